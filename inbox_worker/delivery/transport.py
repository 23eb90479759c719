"""What every transport shares: the mail to send, the typed outcomes, and the Transport protocol."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from inbox_worker.config import Settings, SmtpTransport


@dataclass(frozen=True)
class OutgoingMail:
    """One message as it goes on the wire: envelope sender, envelope recipients and raw bytes."""

    message_id: str
    envelope_from: str
    recipients: tuple[str, ...]
    raw: bytes


@dataclass(frozen=True)
class Sent:
    """The server accepted the message ("250"); ``refused`` lists recipients it refused anyway."""

    refused: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TemporaryFailure:
    """Try again later: a 4xx answer, a refused connection, a timeout.

    ``outage`` means the server (or our login to it) is unavailable, so every other message
    would fail the same way; otherwise only this message was turned away for now.
    """

    reason: str
    outage: bool = False


@dataclass(frozen=True)
class PermanentFailure:
    """The server refused the message for good (5xx); ``answer`` is what it said."""

    code: int
    answer: str


SendResult = Sent | TemporaryFailure | PermanentFailure


class Transport(Protocol):
    """Something that delivers raw messages; it may keep a connection open until ``close``."""

    def send(self, mail: OutgoingMail) -> SendResult:
        """Deliver one message and say how it went; never raises for delivery problems."""
        ...

    def close(self) -> None:
        """Release any connection; the transport may be used again afterwards."""
        ...


def make_transport(settings: Settings) -> Transport:
    """The transport the configuration asks for: SMTP, or a folder of .eml files."""
    if settings.smtp.transport is SmtpTransport.FOLDER:
        from inbox_worker.delivery.folder import FolderTransport

        return FolderTransport(settings.smtp.folder)
    from inbox_worker.delivery.smtp import SmtpSender

    return SmtpSender(settings.smtp)
