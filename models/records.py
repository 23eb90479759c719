"""Pydantic records for what the parser decides about one message: its kind, registrants and reasons."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Kind(StrEnum):
    """The five kinds of message of the parse contract."""

    REGISTRATION = "registration"
    CANCELLATION = "cancellation"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"


class Registrant(BaseModel):
    """One person a message registers or cancels: the four fields the invitation asks for.

    A field the message does not give is ``None``; validation (lengths, control characters,
    e-mail syntax, natural case) is done by the parser's validation module before a record is made.
    """

    model_config = ConfigDict(frozen=True)

    name: str | None = None
    municipality: str | None = None
    function: str | None = None
    email: str | None = None


class BounceReport(BaseModel):
    """What a delivery status notification says: who could not be reached, and which mail bounced."""

    model_config = ConfigDict(frozen=True)

    failed_recipients: list[str] = Field(default_factory=list)
    original_message_id: str | None = None
    permanent: bool = True


class Decision(BaseModel):
    """The parser's answer for one raw message; the JSON line of ``inbox-worker parse``.

    ``about_event`` separates mail the worker must handle (or flag) from the person's own mail,
    which it leaves exactly as found. ``sender`` is the From address parsed strictly, or ``None``
    when it cannot be trusted.
    """

    message_id: str | None = None
    kind: Kind = Kind.OTHER
    registrants: list[Registrant] = Field(default_factory=list)
    needs_review: bool = False
    reasons: list[str] = Field(default_factory=list)
    about_event: bool = False
    language: str = "nl"
    sender: str | None = None
    sender_name: str | None = None
    subject: str = ""
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    auto_submitted: bool = False
    bulk: bool = False
    bounce: BounceReport | None = None

    def contract_line(self, file: str) -> dict[str, object]:
        """The keys of the parse contract, in its order, for one JSON line."""
        return {
            "file": file,
            "message_id": self.message_id,
            "kind": self.kind.value,
            "registrants": [r.model_dump() for r in self.registrants],
            "needs_review": self.needs_review,
            "reasons": list(self.reasons),
        }
