"""Erasing personal data: everything older than a date (``purge``) or one person (``forget``).

Rows are never deleted, only emptied, so statistics still add up (registrants keep their status
and municipality, messages their kind, state and dates) and ingestion still recognises a purged
message by its folder/UID and its hash, and does not handle it again. What is erased:

* stored messages: the raw bytes, sender, subject, origin, decision, reasons and error;
* registrants: name (replaced by ``ERASED``), function, address, matching keys, bounce reason;
  an ``erased`` change is recorded;
* registrant changes: the values before and after, and the note;
* outbox messages: the raw bytes, recipient and subject (replaced by ``ERASED``), the last error;
  one still waiting to be sent is marked failed instead;
* review items of erased messages: reason and note (open items are closed as rejected);
* worker events: their detail text; digests: their recipient list.

``forget`` also searches every stored text (decoded mail included) for the address and the
person's full name (only names of two words or more, so that a lone first name does not erase
other people's mail) and erases what mentions them. The mail on the IMAP server itself is not
touched: the organiser deletes it in her mail client.
"""

from __future__ import annotations

import email
import html
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email import policy
from typing import Any, Final

from sqlalchemy import ColumnElement, Select, func, null, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.database import transaction
from models.tables import (
    ChangeKind,
    Digest,
    OutboxMessage,
    OutboxState,
    Registrant,
    RegistrantChange,
    ReviewItem,
    ReviewState,
    StoredMessage,
    WorkerEvent,
)

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]

ERASED: Final = "(gewist)"
PURGE_NOTE: Final = "purge"
FORGET_NOTE: Final = "forget"
UNSENT_ERROR: Final = "erased before it was sent"
CHUNK: Final = 500  # ids per UPDATE … WHERE id IN (…)
SCAN_BATCH: Final = 100  # raw messages held in memory at once while scanning
MIN_NAME_WORDS: Final = 2
ERASED_MESSAGE_ID: Final = "<erased-{id}@inbox-worker.invalid>"


@dataclass
class ErasureReport:
    """How many rows of each kind were erased, and (for ``forget``) who."""

    registrants: int = 0
    messages: int = 0
    outbox: int = 0
    changes: int = 0
    review_items: int = 0
    events: int = 0
    digests: int = 0
    people: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """All rows erased."""
        return (
            self.registrants
            + self.messages
            + self.outbox
            + self.changes
            + self.review_items
            + self.events
            + self.digests
        )

    def lines(self) -> list[str]:
        """One line per kind of row, for the command's output."""
        return [
            f"registrants:        {self.registrants}",
            f"stored messages:    {self.messages}",
            f"outbox messages:    {self.outbox}",
            f"registrant changes: {self.changes}",
            f"review items:       {self.review_items}",
            f"worker events:      {self.events}",
            f"digests:            {self.digests}",
        ]


# ---------------------------------------------------------------------------------------------
# Purge: everything older than a date
# ---------------------------------------------------------------------------------------------


def start_of_day(day: date, settings: Settings) -> datetime:
    """Midnight at the start of ``day`` in the event's time zone."""
    return datetime.combine(day, time(0, 0), tzinfo=settings.event.zone)


def purge_before(
    session: Session,
    cutoff: datetime,
    now: datetime,
    *,
    progress: ProgressCallback | None = None,
) -> ErasureReport:
    """Erase the personal data of everything that came in before ``cutoff`` (not committed)."""
    message_ids = _ids(session, _purgeable_messages(cutoff))
    registrant_ids = _ids(session, _purgeable_registrants(cutoff))
    outbox_ids = _ids(session, _purgeable_outbox(cutoff))
    work = _Work(len(message_ids) + len(registrant_ids) + len(outbox_ids), progress)
    report = ErasureReport()
    report.messages = _erase_messages(session, message_ids, work)
    report.review_items = _erase_reviews_of(session, message_ids, now, PURGE_NOTE)
    report.registrants = _erase_registrants(session, registrant_ids, now, PURGE_NOTE, work)
    report.changes = _erase_changes(
        session,
        or_(RegistrantChange.at < cutoff, RegistrantChange.registrant_id.in_(registrant_ids)),
    )
    report.outbox = _erase_outbox(session, outbox_ids, work)
    report.events = _erase_events(session, WorkerEvent.at < cutoff)
    report.digests = _erase_digest_recipients(session, Digest.created_at < cutoff, None)
    logger.info("purged personal data before %s: %d rows", cutoff.isoformat(), report.total)
    return report


def purge_expired(
    sessions: sessionmaker[Session], settings: Settings, now: datetime
) -> ErasureReport | None:
    """Housekeeping: once ``privacy.retention_days`` have passed since the event, purge what is
    older than that many days. None when retention is off or the time has not come."""
    days = settings.privacy.retention_days
    if days is None:
        return None
    today = now.astimezone(settings.event.zone).date()
    if settings.event.date + timedelta(days=days) > today:
        return None
    cutoff = start_of_day(today - timedelta(days=days), settings)
    with transaction(sessions) as session:
        report = purge_before(session, cutoff, now)
    return report


def _purgeable_messages(cutoff: datetime) -> Select[int]:
    arrived = func.coalesce(StoredMessage.received_at, StoredMessage.first_seen_at)
    return select(StoredMessage.id).where(arrived < cutoff, _message_not_erased())


def _purgeable_registrants(cutoff: datetime) -> Select[int]:
    return select(Registrant.id).where(Registrant.created_at < cutoff, Registrant.name != ERASED)


def _purgeable_outbox(cutoff: datetime) -> Select[int]:
    return select(OutboxMessage.id).where(OutboxMessage.created_at < cutoff, _outbox_not_erased())


def _message_not_erased() -> ColumnElement[bool]:
    return or_(
        StoredMessage.raw.is_not(None),
        StoredMessage.sender.is_not(None),
        StoredMessage.subject.is_not(None),
        StoredMessage.decision.is_not(None),
        StoredMessage.origin.is_not(None),
        StoredMessage.error.is_not(None),
    )


def _outbox_not_erased() -> ColumnElement[bool]:
    return or_(OutboxMessage.raw.is_not(None), OutboxMessage.to_address != ERASED)


# ---------------------------------------------------------------------------------------------
# Forget: one person everywhere
# ---------------------------------------------------------------------------------------------


class Needles:
    """What identifies the person: the address (anywhere in a text) and full names (as words)."""

    def __init__(self, address: str, names: Iterable[str]) -> None:
        self.address = address.strip().casefold()
        usable = sorted({" ".join(n.split()) for n in names if len(n.split()) >= MIN_NAME_WORDS})
        self.names = usable
        patterns = [r"\s+".join(re.escape(word) for word in n.split()) for n in usable]
        self._name_pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
            if patterns
            else None
        )

    def in_text(self, text: str | None) -> bool:
        """Whether ``text`` mentions the address or one of the names."""
        if not text:
            return False
        if self.address in text.casefold():
            return True
        return bool(self._name_pattern and self._name_pattern.search(text))

    def in_value(self, value: Any) -> bool:
        """Whether a JSON value (lists, dicts, strings) mentions the person."""
        if isinstance(value, dict):
            return any(self.in_value(v) for v in value.values())
        if isinstance(value, list):
            return any(self.in_value(v) for v in value)
        return isinstance(value, str) and self.in_text(value)

    def in_mail(self, raw: bytes | None) -> bool:
        """Whether a raw mail mentions the person, in its bytes or in any decoded header or part."""
        return raw is not None and any(self.in_text(text) for text in mail_texts(raw))


def mail_texts(raw: bytes) -> Iterator[str]:
    """The texts a person could be named in: raw bytes, decoded headers, decoded parts."""
    yield raw.decode("utf-8", "replace")
    try:
        message = email.message_from_bytes(raw, policy=policy.default)
        for part in message.walk():
            yield from (str(value) for value in part.values())
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                text = _decode(payload, part.get_content_charset())
                yield text
                yield html.unescape(text)
    except Exception:  # malformed mail: the raw bytes above were still searched
        logger.debug("could not decode a stored mail while searching it", exc_info=True)


def _decode(payload: bytes, charset: str | None) -> str:
    try:
        return payload.decode(charset or "utf-8", "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def forget(
    session: Session,
    address: str,
    now: datetime,
    *,
    progress: ProgressCallback | None = None,
) -> ErasureReport:
    """Erase one person (by e-mail address) everywhere (not committed); see the module docstring."""
    key = address.strip().casefold()
    registrants = list(session.scalars(select(Registrant).where(Registrant.email_key == key)))
    needles = Needles(key, [r.name for r in registrants if r.name != ERASED])
    registrant_ids = [r.id for r in registrants]
    report = ErasureReport(people=[_describe(r) for r in registrants])
    message_ids = _messages_about(session, needles, registrant_ids, progress)
    outbox_ids = _outbox_about(session, needles, registrant_ids, message_ids)
    work = _Work(len(message_ids) + len(registrant_ids) + len(outbox_ids), None)
    _rename_message_ids(session, message_ids, needles)
    report.messages = _erase_messages(session, message_ids, work)
    report.review_items = _erase_reviews_of(session, message_ids, now, FORGET_NOTE)
    report.review_items += _scrub_reviews(session, needles)
    report.registrants = _erase_registrants(session, registrant_ids, now, FORGET_NOTE, work)
    report.changes = _erase_changes(session, RegistrantChange.registrant_id.in_(registrant_ids))
    report.changes += _scrub_changes(session, needles)
    report.outbox = _erase_outbox(session, outbox_ids, work)
    report.events = _scrub_events(session, needles)
    report.digests = _erase_digest_recipients(session, None, key)
    logger.info("forgot one person: %d rows erased", report.total)
    return report


def _describe(registrant: Registrant) -> str:
    place = f", {registrant.municipality}" if registrant.municipality else ""
    return f"#{registrant.id} {registrant.name}{place} ({registrant.status.value})"


def _messages_about(
    session: Session,
    needles: Needles,
    registrant_ids: Sequence[int],
    progress: ProgressCallback | None,
) -> list[int]:
    """Messages from the person, that created or changed their record, or that mention them."""
    created = select(Registrant.created_by_id).where(Registrant.id.in_(registrant_ids))
    changed = select(RegistrantChange.stored_message_id).where(
        RegistrantChange.registrant_id.in_(registrant_ids)
    )
    linked = {mid for mid in [*session.scalars(created), *session.scalars(changed)] if mid}
    return sorted(linked | _messages_mentioning(session, needles, progress))


def _messages_mentioning(
    session: Session, needles: Needles, progress: ProgressCallback | None
) -> set[int]:
    total = int(session.scalar(select(func.count()).select_from(StoredMessage)) or 0)
    query = select(
        StoredMessage.id,
        StoredMessage.sender,
        StoredMessage.subject,
        StoredMessage.message_id,
        StoredMessage.decision,
        StoredMessage.error,
        StoredMessage.raw,
    ).execution_options(yield_per=SCAN_BATCH)
    found: set[int] = set()
    for done, row in enumerate(session.execute(query), start=1):
        texts = (row.sender, row.subject, row.message_id, row.error)
        if (
            any(needles.in_text(t) for t in texts)
            or needles.in_value(row.decision)
            or needles.in_mail(row.raw)
        ):
            found.add(row.id)
        if progress is not None and (done % SCAN_BATCH == 0 or done == total):
            progress(done, total)
    return found


def _outbox_about(
    session: Session,
    needles: Needles,
    registrant_ids: Sequence[int],
    message_ids: Sequence[int],
) -> list[int]:
    """Outbox messages to the person, about their record, answering their mail, or naming them."""
    query = select(
        OutboxMessage.id,
        OutboxMessage.to_address,
        OutboxMessage.subject,
        OutboxMessage.last_error,
        OutboxMessage.registrant_id,
        OutboxMessage.in_reply_to_id,
        OutboxMessage.raw,
    ).execution_options(yield_per=SCAN_BATCH)
    registrants, messages = set(registrant_ids), set(message_ids)
    found = []
    for row in session.execute(query):
        linked = row.registrant_id in registrants or row.in_reply_to_id in messages
        texts = (row.to_address, row.subject, row.last_error)
        if linked or any(needles.in_text(t) for t in texts) or needles.in_mail(row.raw):
            found.append(row.id)
    return found


def _rename_message_ids(session: Session, message_ids: Sequence[int], needles: Needles) -> None:
    """A Message-ID that names the person (some clients put the address in it) is replaced."""
    for chunk in _chunks(message_ids):
        rows = session.execute(
            select(StoredMessage.id, StoredMessage.message_id).where(StoredMessage.id.in_(chunk))
        )
        for message_id, header in rows.all():
            if needles.in_text(header):
                session.execute(
                    update(StoredMessage)
                    .where(StoredMessage.id == message_id)
                    .values(message_id=ERASED_MESSAGE_ID.format(id=message_id))
                )


def _scrub_reviews(session: Session, needles: Needles) -> int:
    items = session.scalars(
        select(ReviewItem)
        .where(ReviewItem.reason != ERASED)
        .execution_options(populate_existing=True)
    )
    touched = 0
    for item in items:
        if needles.in_text(item.reason) or needles.in_text(item.note):
            item.reason, item.note = ERASED, None
            touched += 1
    return touched


def _scrub_changes(session: Session, needles: Needles) -> int:
    changes = session.scalars(
        select(RegistrantChange)
        .where(
            or_(
                RegistrantChange.old_values.is_not(None),
                RegistrantChange.new_values.is_not(None),
                RegistrantChange.note.is_not(None),
            )
        )
        .execution_options(populate_existing=True)
    )
    touched = 0
    for change in changes:
        values = [change.old_values, change.new_values]
        if needles.in_value(values) or needles.in_text(change.note):
            change.old_values, change.new_values, change.note = None, None, None
            touched += 1
    return touched


def _scrub_events(session: Session, needles: Needles) -> int:
    events = session.scalars(
        select(WorkerEvent)
        .where(WorkerEvent.detail.is_not(None))
        .execution_options(populate_existing=True)
    )
    touched = 0
    for event in events:
        if needles.in_text(event.detail):
            event.detail = None
            touched += 1
    return touched


# ---------------------------------------------------------------------------------------------
# Erasing rows, shared by purge and forget
# ---------------------------------------------------------------------------------------------


class _Work:
    """Counts erased rows and reports them to an optional progress callback."""

    def __init__(self, total: int, progress: ProgressCallback | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


def _ids(session: Session, query: Select[int]) -> list[int]:
    return list(session.scalars(query.order_by(query.selected_columns[0])))


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _erase_messages(session: Session, ids: Sequence[int], work: _Work) -> int:
    for chunk in _chunks(ids):
        session.execute(
            update(StoredMessage)
            .where(StoredMessage.id.in_(chunk))
            .values(
                raw=None,
                sender=None,
                subject=None,
                origin=None,
                decision=null(),
                reasons=[],
                error=None,
            )
            .execution_options(synchronize_session=False)
        )
        work.advance(len(chunk))
    return len(ids)


def _erase_reviews_of(
    session: Session, message_ids: Sequence[int], now: datetime, note: str
) -> int:
    count = 0
    for chunk in _chunks(message_ids):
        items = session.scalars(select(ReviewItem).where(ReviewItem.stored_message_id.in_(chunk)))
        for item in items:
            item.reason, item.note = ERASED, note
            if item.state == ReviewState.OPEN:
                item.state, item.resolved_at = ReviewState.REJECTED, now
            count += 1
    return count


def _erase_registrants(
    session: Session, ids: Sequence[int], now: datetime, note: str, work: _Work
) -> int:
    for chunk in _chunks(ids):
        session.execute(
            update(Registrant)
            .where(Registrant.id.in_(chunk))
            .values(
                name=ERASED,
                function=None,
                email=None,
                email_key=None,
                name_key=None,
                bounce_reason=None,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        session.add_all(
            RegistrantChange(registrant_id=rid, what=ChangeKind.ERASED, note=note, at=now)
            for rid in chunk
        )
        work.advance(len(chunk))
    session.flush()
    return len(ids)


def _erase_changes(session: Session, condition: ColumnElement[bool]) -> int:
    result = session.execute(
        update(RegistrantChange)
        .where(
            condition,
            RegistrantChange.what != ChangeKind.ERASED,
            or_(
                RegistrantChange.old_values.is_not(None),
                RegistrantChange.new_values.is_not(None),
                RegistrantChange.note.is_not(None),
            ),
        )
        .values(old_values=null(), new_values=null(), note=None)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _erase_outbox(session: Session, ids: Sequence[int], work: _Work) -> int:
    for chunk in _chunks(ids):
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(chunk))
            .values(raw=None, to_address=ERASED, subject=ERASED, last_error=None)
            .execution_options(synchronize_session=False)
        )
        session.execute(  # nothing left to send: the sender must not pick these up
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(chunk), OutboxMessage.state == OutboxState.PENDING)
            .values(state=OutboxState.FAILED, next_attempt_at=None, last_error=UNSENT_ERROR)
            .execution_options(synchronize_session=False)
        )
        work.advance(len(chunk))
    return len(ids)


def _erase_events(session: Session, condition: ColumnElement[bool]) -> int:
    result = session.execute(
        update(WorkerEvent)
        .where(condition, WorkerEvent.detail.is_not(None))
        .values(detail=None)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _erase_digest_recipients(
    session: Session, condition: ColumnElement[bool] | None, address: str | None
) -> int:
    """Empty the recipient lists of the digests matching ``condition``, or drop ``address``."""
    query = select(Digest) if condition is None else select(Digest).where(condition)
    touched = 0
    for digest in session.scalars(query):
        kept = [] if address is None else [r for r in digest.recipients if r.casefold() != address]
        if kept != digest.recipients:
            digest.recipients = kept
            touched += 1
    return touched
