"""Decide whether the worker may reply: never to machines, lists, spam, itself, or too often to one address."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import Message
from email.parser import BytesHeaderParser
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from sqlalchemy import Select, func, select

from inbox_worker.delivery.compose import LOOP_HEADER, usable_address
from models.records import Decision, Kind
from models.tables import OutboxMessage, OutboxPurpose

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inbox_worker.config import Settings
    from models.tables import StoredMessage

logger = logging.getLogger(__name__)

RATE_WINDOW: Final = timedelta(hours=24)
SPAM_FLAG_HEADER: Final = "X-Spam-Flag"
SPAM_FLAG_YES: Final = "yes"
LIST_HEADERS: Final = ("List-Id", "List-Unsubscribe", "List-Post")
BULK_PRECEDENCES: Final = frozenset({"bulk", "list", "junk"})
AUTOREPLY_HEADERS: Final = ("X-Autoreply", "X-Autorespond")
NULL_SENDERS: Final = frozenset({"", "<>"})
# Local parts of addresses that belong to machines: mailer-daemon, postmaster, noreply and kin.
SYSTEM_LOCAL_PART: Final = re.compile(
    r"^(?:mailer[-_.]?daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply)(?:[-+_.].*)?$",
    re.IGNORECASE,
)
# Purposes that count towards the per-address limit: every reply, not the organisers' digest.
RATE_LIMITED_PURPOSES: Final = frozenset(set(OutboxPurpose) - {OutboxPurpose.DIGEST})


class Refusal(StrEnum):
    """Why the worker does not reply."""

    REPLIES_DISABLED = "replies are disabled in the configuration"
    AUTO_REPLY = "the message is an automatic reply"
    BOUNCE = "the message is a bounce"
    BULK = "the message is mass mail (list or bulk)"
    SPAM = "the message is marked as spam"
    OWN_LOOP_HEADER = "the message carries our own loop header"
    NULL_SENDER = "the message has a null sender"
    NO_SENDER = "the sender is missing, unparseable or ambiguous"
    SYSTEM_ADDRESS = "the address belongs to a machine (mailer-daemon, postmaster, noreply)"
    OWN_ADDRESS = "the address is our own"
    RATE_LIMIT = "the daily reply limit for this address is reached"


@dataclass(frozen=True)
class GuardVerdict:
    """Whether a reply may go to ``address``; when not, the reason."""

    address: str | None
    refusal: Refusal | None = None

    @property
    def allowed(self) -> bool:
        """True when nothing stands in the way of the reply."""
        return self.refusal is None

    def __str__(self) -> str:
        if self.refusal is None:
            return f"reply to {self.address} allowed"
        return f"no reply to {self.address or '(nobody)'}: {self.refusal.value}"


def may_reply(
    session: Session,
    settings: Settings,
    address: str | None,
    now: datetime,
    *,
    decision: Decision | None = None,
    message: StoredMessage | None = None,
) -> GuardVerdict:
    """Whether a reply to ``address`` may be queued now, answering ``message`` (if any); logged."""
    refusal = message_refusal(settings, decision, message)
    usable = usable_address(address)
    if refusal is None:
        refusal = address_refusal(session, settings, usable, now)
    verdict = GuardVerdict(usable or address, refusal)
    if verdict.allowed:
        logger.debug("%s", verdict)
    else:
        logger.info("%s", verdict)
    return verdict


def message_refusal(
    settings: Settings, decision: Decision | None, message: StoredMessage | None
) -> Refusal | None:
    """Why the incoming mail must not be answered at all, or ``None``."""
    if not settings.replies.enabled:
        return Refusal.REPLIES_DISABLED
    if decision is not None:
        refusal = decision_refusal(decision) or sender_refusal(settings, decision.sender)
        if refusal is not None:
            return refusal
    if message is not None:
        return header_refusal(settings, raw_headers(message))
    return None


def decision_refusal(decision: Decision) -> Refusal | None:
    """What the parser already saw: automatic replies, bounces, mass mail, a missing sender."""
    if decision.kind == Kind.BOUNCE or decision.bounce is not None:
        return Refusal.BOUNCE
    if decision.kind == Kind.AUTO_REPLY or decision.auto_submitted:
        return Refusal.AUTO_REPLY
    if decision.bulk:
        return Refusal.BULK
    return None


def sender_refusal(settings: Settings, sender: str | None) -> Refusal | None:
    """Why mail from ``sender`` gets no reply at all: null, unusable, a machine's, or our own."""
    if sender is not None and sender.strip() in NULL_SENDERS:
        return Refusal.NULL_SENDER
    return _recipient_refusal(settings, usable_address(sender))


def raw_headers(message: StoredMessage) -> Message | None:
    """The header block of the stored raw message, parsed without the body; ``None`` if purged."""
    raw = message.raw
    if not raw:
        return None
    return BytesHeaderParser().parsebytes(raw)


def header_refusal(settings: Settings, headers: Message | None) -> Refusal | None:
    """What only the raw headers tell: spam flag, our loop header, list and bulk mail, null sender."""
    if headers is None:
        return None
    checks = (
        (_is_spam(headers), Refusal.SPAM),
        (_has_own_loop_header(headers), Refusal.OWN_LOOP_HEADER),
        (_is_auto_submitted(headers), Refusal.AUTO_REPLY),
        (_is_bulk(headers), Refusal.BULK),
        (_has_null_return_path(headers), Refusal.NULL_SENDER),
    )
    return next((refusal for failed, refusal in checks if failed), None)


def address_refusal(
    session: Session, settings: Settings, address: str | None, now: datetime
) -> Refusal | None:
    """Why ``address`` (already checked as one plain addr-spec, or ``None``) must get no reply."""
    refusal = _recipient_refusal(settings, address)
    limit = settings.replies.max_per_address_per_day
    if (
        refusal is None
        and address is not None
        and replies_in_window(session, address, now) >= limit
    ):
        return Refusal.RATE_LIMIT
    return refusal


def _recipient_refusal(settings: Settings, address: str | None) -> Refusal | None:
    """Why a (usable or ``None``) address may never get a reply: none, a machine's, our own."""
    if address is None:
        return Refusal.NO_SENDER
    if is_system_address(address):
        return Refusal.SYSTEM_ADDRESS
    if is_own_address(settings, address):
        return Refusal.OWN_ADDRESS
    return None


def is_system_address(address: str) -> bool:
    """Whether the address is a machine's: mailer-daemon, postmaster, noreply, no-reply, ..."""
    local_part = address.rpartition("@")[0]
    return bool(SYSTEM_LOCAL_PART.match(local_part))


def is_own_address(settings: Settings, address: str) -> bool:
    """Whether the address is the organiser's or the one our replies come from."""
    own = {str(settings.event.organiser_email).lower(), str(settings.smtp.from_address).lower()}
    return address.strip().lower() in own


def replies_in_window(session: Session, address: str, now: datetime) -> int:
    """How many replies went (or wait to go) to ``address`` in the 24 hours before ``now``."""
    return int(session.scalar(replies_in_window_query(address, now)) or 0)


def replies_in_window_query(address: str, now: datetime) -> Select[int]:
    """The count of :func:`replies_in_window` (it uses the index on the lower-cased recipient)."""
    return select(func.count(OutboxMessage.id)).where(
        func.lower(OutboxMessage.to_address) == address.strip().lower(),
        OutboxMessage.created_at > now - RATE_WINDOW,
        OutboxMessage.purpose.in_(RATE_LIMITED_PURPOSES),
    )


def _header_values(headers: Message, name: str) -> list[str]:
    return [str(value).strip() for value in headers.get_all(name, [])]


def _is_spam(headers: Message) -> bool:
    return any(
        value.lower() == SPAM_FLAG_YES for value in _header_values(headers, SPAM_FLAG_HEADER)
    )


def _has_own_loop_header(headers: Message) -> bool:
    return bool(_header_values(headers, LOOP_HEADER))


def _is_auto_submitted(headers: Message) -> bool:
    auto = [value.lower() for value in _header_values(headers, "Auto-Submitted")]
    if any(value and not value.startswith("no") for value in auto):
        return True
    return any(_header_values(headers, name) for name in AUTOREPLY_HEADERS)


def _is_bulk(headers: Message) -> bool:
    if any(_header_values(headers, name) for name in LIST_HEADERS):
        return True
    precedence = {value.lower() for value in _header_values(headers, "Precedence")}
    return bool(precedence & BULK_PRECEDENCES)


def _has_null_return_path(headers: Message) -> bool:
    paths = _header_values(headers, "Return-Path")
    return any(path.replace(" ", "") in NULL_SENDERS for path in paths)
