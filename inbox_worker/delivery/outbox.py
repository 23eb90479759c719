"""The outbox: replies queued inside the policy's transaction, delivered with retries, copied to Sent.

A reply is composed completely (raw bytes and Message-ID) when it is queued, in the transaction
that records the registration it answers, so it is never lost and never changes. Delivery claims
a batch of due messages in one transaction, sends each outside any transaction, and records each
outcome right after the server's answer: a crash between the "250" and that commit may send the
same bytes (the same Message-ID) once more, never a different reply and never none. That
bookkeeping commits without waiting for the disk (``transaction(..., durable=False)``): a power
cut could also repeat the replies of the last moments, never lose one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any, Final, Protocol, cast

from sqlalchemy import CursorResult, Select, or_, select, update
from sqlalchemy.orm import Session, joinedload, sessionmaker, undefer

from inbox_worker.config import Settings, SmtpConfig
from inbox_worker.database import transaction
from inbox_worker.delivery.compose import (
    REPLY_PURPOSES,
    Thread,
    UnusableAddress,
    compose_reply,
    new_message_id,
    sender_address,
    usable_address,
)
from inbox_worker.delivery.transport import (
    OutgoingMail,
    PermanentFailure,
    SendResult,
    Sent,
    TemporaryFailure,
    Transport,
)
from inbox_worker.logs import message_context
from models.records import Registrant as RegistrantRecord
from models.tables import (
    Digest,
    OutboxMessage,
    OutboxPurpose,
    OutboxState,
    Registrant,
    StoredMessage,
)

log = logging.getLogger(__name__)

RECIPIENT_SEPARATOR: Final = ", "
DEFAULT_BATCH: Final = 200  # replies one delivery job sends at most (run --once: all)
CLAIM_BATCH: Final = 50  # replies claimed per transaction
SENT_COPY_BATCH: Final = 50  # replies appended to the Sent folder per IMAP command
CLAIM_GRACE: Final = timedelta(seconds=60)
ERASED_ERROR: Final = "the message was erased before it could be sent"
SENT_FLAGS: Final = ("\\Seen",)
# Purposes whose copy goes to the organiser's Sent folder (the digest is hers already).
COPIED_PURPOSES: Final = frozenset(set(OutboxPurpose) - {OutboxPurpose.DIGEST})


class SentMailbox(Protocol):
    """Where copies of sent replies go: the organiser's Sent folder, over IMAP."""

    def append_sent(self, messages: Sequence[tuple[bytes, datetime]]) -> None:
        """Append the messages (raw bytes, date), marked as read; all or none; raise on failure."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


@dataclass
class DeliveryReport:
    """What one delivery run did."""

    sent: int = 0
    deferred: int = 0  # a temporary failure: tried again later
    failed: int = 0  # refused for good, or out of attempts
    postponed: int = 0  # not tried because the server was unavailable
    copied_to_sent: int = 0
    outage: str | None = None
    copy_error: str | None = None

    @property
    def ok(self) -> bool:
        """True when nothing failed, the server was reachable and Sent copies worked."""
        return self.failed == 0 and self.outage is None and self.copy_error is None

    def summary(self) -> str:
        """One line for logs and ``run --once``."""
        parts = [
            f"{self.sent} sent",
            f"{self.deferred} deferred",
            f"{self.failed} failed",
            f"{self.postponed} postponed",
            f"{self.copied_to_sent} copied to Sent",
        ]
        if self.outage:
            parts.append(f"server unavailable: {self.outage}")
        if self.copy_error:
            parts.append(f"Sent copy failed: {self.copy_error}")
        return ", ".join(parts)


@dataclass(frozen=True)
class _Claimed:
    """A message claimed for one attempt, with what its log lines mention."""

    outbox_id: int
    mail: OutgoingMail
    attempts: int
    in_reply_to: str | None
    purpose: OutboxPurpose


# ---------------------------------------------------------------------------------------------
# Queueing
# ---------------------------------------------------------------------------------------------


def thread_of(message: StoredMessage | None) -> Thread | None:
    """What a reply to ``message`` threads under: its Message-ID, subject and References."""
    if message is None:
        return None
    decision: dict[str, Any] = message.decision or {}
    references = decision.get("references") or []
    if not isinstance(references, list):
        references = []
    return Thread(
        message_id=message.message_id,
        subject=message.subject or str(decision.get("subject") or ""),
        references=tuple(str(item) for item in references if isinstance(item, str)),
    )


def enqueue_reply(
    session: Session,
    settings: Settings,
    *,
    purpose: OutboxPurpose,
    to_address: str,
    to_name: str | None,
    registrants: Sequence[Registrant | RegistrantRecord],
    in_reply_to: StoredMessage | None,
    language: str | None,
    now: datetime,
) -> OutboxMessage:
    """Compose a reply and add it to the outbox in ``session``'s transaction (flushed, not committed).

    Raises UnusableAddress when ``to_address`` is not one valid address, ValueError when
    ``purpose`` is not a reply purpose.
    """
    if purpose not in REPLY_PURPOSES:
        raise ValueError(f"{purpose.value!r} is not a reply purpose")
    composed = compose_reply(
        settings,
        purpose=purpose,
        to_address=to_address,
        to_name=to_name,
        registrants=registrants,
        thread=thread_of(in_reply_to),
        language=language,
        now=now,
    )
    rows = [item for item in registrants if isinstance(item, Registrant)]
    outbox = OutboxMessage(
        message_id=composed.message_id,
        to_address=composed.recipient.addr_spec,
        subject=composed.subject,
        purpose=purpose,
        raw=composed.as_bytes(),
        in_reply_to=in_reply_to,
        registrant=rows[0] if len(registrants) == 1 and rows else None,
        state=OutboxState.PENDING,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(outbox)
    session.flush()
    with message_context(composed.message_id):
        log.info(
            "queued %s reply to %s%s",
            purpose.value,
            composed.recipient.addr_spec,
            _in_reply_to_text(in_reply_to.message_id if in_reply_to else None),
        )
    return outbox


def enqueue_message(
    session: Session,
    settings: Settings,
    message: EmailMessage,
    *,
    purpose: OutboxPurpose,
    recipients: Sequence[str],
    now: datetime,
) -> OutboxMessage:
    """Queue a message built elsewhere (the digest); From, Date and Message-ID are added if absent."""
    addresses = [usable_address(recipient) for recipient in recipients]
    valid = [address for address in addresses if address]
    if not valid or len(valid) != len(addresses):
        raise UnusableAddress(f"unusable recipients: {list(recipients)!r}")
    if message["From"] is None:
        message["From"] = sender_address(settings)
    if message["To"] is None:
        message["To"] = [Address(addr_spec=address) for address in valid]
    if message["Date"] is None:
        message["Date"] = format_datetime(now.astimezone(settings.event.zone))
    if message["Message-ID"] is None:
        message["Message-ID"] = new_message_id(settings)
    outbox = OutboxMessage(
        message_id=str(message["Message-ID"]).strip(),
        to_address=RECIPIENT_SEPARATOR.join(valid),
        subject=str(message["Subject"] or ""),
        purpose=purpose,
        raw=message.as_bytes(policy=SMTP),
        state=OutboxState.PENDING,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(outbox)
    session.flush()
    with message_context(outbox.message_id):
        log.info("queued %s to %s", purpose.value, outbox.to_address)
    return outbox


def _in_reply_to_text(message_id: str | None) -> str:
    return f" in reply to {message_id}" if message_id else ""


# ---------------------------------------------------------------------------------------------
# What is due
# ---------------------------------------------------------------------------------------------


def _due(now: datetime) -> Any:
    return (OutboxMessage.state == OutboxState.PENDING) & or_(
        OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now
    )


def due_messages(session: Session, now: datetime, limit: int | None = None) -> list[OutboxMessage]:
    """Pending messages whose next attempt is due at ``now``, oldest first."""
    return list(session.scalars(_due_query(now, limit)))


def _due_query(now: datetime, limit: int | None) -> Select[OutboxMessage]:
    return (
        select(OutboxMessage)
        .where(_due(now))
        .order_by(OutboxMessage.created_at, OutboxMessage.id)
        .limit(limit)
    )


def retry_delay(attempts: int, config: SmtpConfig) -> timedelta:
    """The wait after ``attempts`` failed tries: the base, doubled each time, capped."""
    exponent = max(attempts - 1, 0)
    seconds = min(config.retry_base_seconds * 2.0 ** min(exponent, 62), config.retry_max_seconds)
    return timedelta(seconds=seconds)


# ---------------------------------------------------------------------------------------------
# Delivery
# ---------------------------------------------------------------------------------------------


def deliver_due(
    session_factory: sessionmaker[Session],
    settings: Settings,
    transport: Transport,
    now: datetime,
    *,
    sent_mailbox: SentMailbox | None = None,
    limit: int | None = DEFAULT_BATCH,
) -> DeliveryReport:
    """Send the due messages (at most ``limit``; None: all), oldest first, claiming a batch at
    a time; on an outage stop, log it once and postpone the rest.

    Afterwards, when ``sent_mailbox`` is given, copy sent replies to the Sent folder (also
    those an earlier run could not copy); a failure there is logged and never blocks delivery.
    """
    report = DeliveryReport()
    tried = 0
    try:
        while limit is None or tried < limit:
            size = CLAIM_BATCH if limit is None else min(CLAIM_BATCH, limit - tried)
            claimed = _claim_due(session_factory, settings, now, size)
            tried += len(claimed)
            if not claimed or not _deliver_claimed(
                session_factory, settings, transport, claimed, now, report
            ):
                break
    finally:
        transport.close()
    if sent_mailbox is not None:
        copy_to_sent(session_factory, sent_mailbox, report)
    if tried or report.copied_to_sent or report.copy_error:
        log.info("delivery: %s", report.summary())
    return report


def _deliver_claimed(
    session_factory: sessionmaker[Session],
    settings: Settings,
    transport: Transport,
    claimed: Sequence[_Claimed],
    now: datetime,
    report: DeliveryReport,
) -> bool:
    """Send each claimed message and record its outcome at once (a crash resends at most the
    one in hand); False when the server is unavailable and the run should stop."""
    for position, item in enumerate(claimed):
        with message_context(item.mail.message_id):
            result = _send(transport, item.mail)
            retry_at = _record(session_factory, settings, item, result, now, report)
            if isinstance(result, TemporaryFailure) and result.outage:
                unsent = [other.outbox_id for other in claimed[position + 1 :]]
                _handle_outage(
                    session_factory, result.reason, retry_at, item.outbox_id, unsent, now, report
                )
                return False
    return True


def _send(transport: Transport, mail: OutgoingMail) -> SendResult:
    try:
        return transport.send(mail)
    except Exception as error:  # a transport must not raise; if one does, treat it as an outage
        log.exception("the transport failed unexpectedly")
        return TemporaryFailure(f"{error.__class__.__name__}: {error}", outage=True)


def _claim_due(
    session_factory: sessionmaker[Session], settings: Settings, now: datetime, size: int
) -> list[_Claimed]:
    """Take up to ``size`` due messages for one attempt each, in one transaction: their lease
    keeps any other sender away from them meanwhile (on PostgreSQL, rows another sender is
    claiming are skipped)."""
    lease_until = now + timedelta(seconds=settings.smtp.timeout * 4) + CLAIM_GRACE
    query = (
        _due_query(now, size)
        .options(
            undefer(OutboxMessage.raw),
            joinedload(OutboxMessage.in_reply_to).load_only(StoredMessage.message_id),
        )
        .with_for_update(skip_locked=True, of=OutboxMessage)
    )
    claimed = []
    with transaction(session_factory, durable=False) as session:
        for message in session.scalars(query).unique():
            message.next_attempt_at = lease_until
            if message.raw is None:
                _fail_erased(message)
                continue
            claimed.append(_claimed(message, settings))
    return claimed


def _claimed(message: OutboxMessage, settings: Settings) -> _Claimed:
    in_reply_to = message.in_reply_to.message_id if message.in_reply_to else None
    mail = OutgoingMail(
        message_id=message.message_id,
        envelope_from=str(settings.smtp.from_address),
        recipients=tuple(message.to_address.split(RECIPIENT_SEPARATOR)),
        raw=message.raw or b"",
    )
    return _Claimed(message.id, mail, message.attempts, in_reply_to, message.purpose)


def _fail_erased(message: OutboxMessage) -> None:
    message.state = OutboxState.FAILED
    message.last_error = ERASED_ERROR
    message.next_attempt_at = None
    with message_context(message.message_id):
        log.warning("not sent: %s", ERASED_ERROR)


def _record(
    session_factory: sessionmaker[Session],
    settings: Settings,
    claimed: _Claimed,
    result: SendResult,
    now: datetime,
    report: DeliveryReport,
) -> datetime | None:
    """Store the outcome of one attempt; return when the message will be tried again, if ever."""
    with transaction(session_factory, durable=False) as session:
        if isinstance(result, Sent):
            _mark_sent(session, result, claimed, now, report)
            return None
        message = session.get_one(OutboxMessage, claimed.outbox_id)
        message.attempts = claimed.attempts + 1
        if isinstance(result, PermanentFailure):
            _mark_failed(message, result.answer, report)
            return None
        return _mark_deferred(message, result, settings.smtp, now, report)


def _mark_sent(
    session: Session, result: Sent, claimed: _Claimed, now: datetime, report: DeliveryReport
) -> None:
    """One UPDATE, without loading the row (the common case, once per reply)."""
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == claimed.outbox_id)
        .values(
            state=OutboxState.SENT,
            sent_at=now,
            attempts=claimed.attempts + 1,
            next_attempt_at=None,
            last_error=None,
        )
        .execution_options(synchronize_session=False)
    )
    if claimed.purpose is OutboxPurpose.DIGEST:  # its day records when it really went out
        session.execute(
            update(Digest).where(Digest.outbox_message_id == claimed.outbox_id).values(sent_at=now)
        )
    report.sent += 1
    recipients = RECIPIENT_SEPARATOR.join(claimed.mail.recipients)
    log.info("sent to %s%s", recipients, _in_reply_to_text(claimed.in_reply_to))
    for address, answer in result.refused.items():
        log.warning("the server refused recipient %s: %s", address, answer)


def _mark_failed(message: OutboxMessage, error: str, report: DeliveryReport) -> None:
    message.state = OutboxState.FAILED
    message.next_attempt_at = None
    message.last_error = error
    report.failed += 1
    log.warning("not sent to %s, failed for good: %s", message.to_address, error)


def _mark_deferred(
    message: OutboxMessage,
    result: TemporaryFailure,
    config: SmtpConfig,
    now: datetime,
    report: DeliveryReport,
) -> datetime | None:
    retry_at = now + retry_delay(message.attempts, config)
    if message.attempts >= config.max_attempts:
        _mark_failed(message, f"gave up after {message.attempts} attempts: {result.reason}", report)
        return retry_at
    message.next_attempt_at = retry_at
    message.last_error = result.reason
    report.deferred += 1
    if not result.outage:  # an outage is logged once for the whole run, by _handle_outage
        log.warning(
            "not sent to %s (attempt %d), trying again at %s: %s",
            message.to_address,
            message.attempts,
            retry_at.isoformat(timespec="seconds"),
            result.reason,
        )
    return retry_at


def _handle_outage(
    session_factory: sessionmaker[Session],
    reason: str,
    retry_at: datetime | None,
    failed_id: int,
    unsent_ids: Sequence[int],
    now: datetime,
    report: DeliveryReport,
) -> None:
    """Postpone every other due message (and those claimed but not tried) to the same retry
    time, and say so once."""
    retry_at = retry_at or now
    with transaction(session_factory, durable=False) as session:
        postponed = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id != failed_id,
                OutboxMessage.state == OutboxState.PENDING,
                or_(
                    OutboxMessage.next_attempt_at.is_(None),
                    OutboxMessage.next_attempt_at < retry_at,
                    OutboxMessage.id.in_(unsent_ids),
                ),
            )
            .values(next_attempt_at=retry_at, last_error=reason)
            .execution_options(synchronize_session=False)
        )
        report.postponed = cast(CursorResult[Any], postponed).rowcount
    report.outage = reason
    log.warning(
        "mail server unavailable (%s): %d message(s) wait until %s",
        reason,
        report.postponed + 1,
        retry_at.isoformat(timespec="seconds"),
    )


# ---------------------------------------------------------------------------------------------
# Copies in the Sent folder
# ---------------------------------------------------------------------------------------------


def _uncopied(session_factory: sessionmaker[Session], limit: int) -> list[_SentCopy]:
    with transaction(session_factory) as session:
        query = (
            select(
                OutboxMessage.id,
                OutboxMessage.message_id,
                OutboxMessage.raw,
                OutboxMessage.sent_at,
                OutboxMessage.created_at,
            )
            .where(
                OutboxMessage.state == OutboxState.SENT,
                OutboxMessage.copied_to_sent.is_(False),
                OutboxMessage.purpose.in_(COPIED_PURPOSES),
                OutboxMessage.raw.is_not(None),
            )
            .order_by(OutboxMessage.sent_at, OutboxMessage.id)
            .limit(limit)
        )
        return [
            _SentCopy(row.id, row.message_id, row.raw or b"", row.sent_at or row.created_at)
            for row in session.execute(query)
        ]


@dataclass(frozen=True)
class _SentCopy:
    """A sent reply still to be copied to the Sent folder."""

    outbox_id: int
    message_id: str
    raw: bytes
    when: datetime


def copy_to_sent(
    session_factory: sessionmaker[Session],
    sent_mailbox: SentMailbox,
    report: DeliveryReport | None = None,
    limit: int | None = None,
) -> DeliveryReport:
    """Append every sent reply not yet copied to the Sent folder, a batch per IMAP command
    (outside any transaction: IMAP must not hold the database); stop at the first failure."""
    report = report if report is not None else DeliveryReport()
    remaining = limit
    try:
        while remaining is None or remaining > 0:
            size = SENT_COPY_BATCH if remaining is None else min(SENT_COPY_BATCH, remaining)
            batch = _uncopied(session_factory, size)
            if not batch or not _copy_batch(session_factory, sent_mailbox, batch, report):
                break
            remaining = None if remaining is None else remaining - len(batch)
    finally:
        _close_mailbox(sent_mailbox)
    return report


def _copy_batch(
    session_factory: sessionmaker[Session],
    sent_mailbox: SentMailbox,
    batch: Sequence[_SentCopy],
    report: DeliveryReport,
) -> bool:
    """Append one batch and record it; False (and the error in the report) when it failed."""
    try:
        sent_mailbox.append_sent([(copy.raw, copy.when) for copy in batch])
    except Exception as error:  # IMAP errors come in many classes; none may stop delivery
        report.copy_error = f"{error.__class__.__name__}: {error}"
        log.warning(
            "could not copy to the Sent folder, %d or more repl%s will be copied later: %s",
            len(batch),
            "y" if len(batch) == 1 else "ies",
            report.copy_error,
        )
        return False
    with transaction(session_factory, durable=False) as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_([copy.outbox_id for copy in batch]))
            .values(copied_to_sent=True)
            .execution_options(synchronize_session=False)
        )
    for copy in batch:
        with message_context(copy.message_id):
            log.debug("copied to the Sent folder")
    report.copied_to_sent += len(batch)
    return True


def _close_mailbox(sent_mailbox: SentMailbox) -> None:
    try:
        sent_mailbox.close()
    except Exception as error:  # closing a broken connection must not hide the run's result
        log.debug("closing the Sent folder connection failed: %s", error)
