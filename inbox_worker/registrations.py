"""The registration use cases: register, cancel (with promotion), correct, mark bounced, reply.

They work inside the caller's transaction and commit nothing, so that the ingestion pipeline, the
``registrations`` commands and the review queue record a registration and its replies at once.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, or_, select, text

from inbox_worker.delivery.outbox import enqueue_reply
from inbox_worker.reply_guard import may_reply
from inbox_worker.review_reasons import NO_NAME_ERROR
from models.records import BounceReport, Decision
from models.records import Registrant as RegistrantRecord
from models.tables import (
    NAME_LENGTH,
    ChangeKind,
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantChange,
    RegistrantSource,
    RegistrantStatus,
    StoredMessage,
    utc_now,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inbox_worker.config import Settings

logger = logging.getLogger(__name__)

FIELDS: Final = ("name", "municipality", "function", "email")
NAME_KEY_SEPARATOR: Final = "|"
NAME_KEY_LENGTH: Final = 2 * NAME_LENGTH + 1
# Key of the PostgreSQL transaction lock that serialises capacity decisions ("inbox-rg" in hex).
REGISTRATION_LOCK_KEY: Final = 0x696E626F782D7267
# Statuses of a person who still counts as registering (not cancelled).
ACTIVE_STATUSES: Final = (
    RegistrantStatus.REGISTERED,
    RegistrantStatus.LATE,
    RegistrantStatus.WAITLISTED,
)
# Changes a message makes to the people it is about (not promotions it caused for others).
CHANGES_BY_THE_SENDER: Final = (
    ChangeKind.CREATED,
    ChangeKind.UPDATED,
    ChangeKind.REINSTATED,
    ChangeKind.CANCELLED,
)
STATUS_PURPOSES: Final = {
    RegistrantStatus.REGISTERED: OutboxPurpose.CONFIRMATION,
    RegistrantStatus.LATE: OutboxPurpose.LATE,
    RegistrantStatus.WAITLISTED: OutboxPurpose.WAITLISTED,
    RegistrantStatus.CANCELLED: OutboxPurpose.CANCEL_ACK,
}


class RegistrationError(ValueError):
    """A registration that cannot be recorded (no name and no address to call the person by)."""


class Outcome(StrEnum):
    """What ``register`` did."""

    NEW = "new"
    REINSTATED = "reinstated"  # was cancelled, registers again
    UPDATED = "duplicate-updated"  # known person, some details changed
    UNCHANGED = "duplicate-unchanged"  # known person, same details


Changes = dict[str, tuple[Any, Any]]


@dataclass
class RegistrationResult:
    """The registrant after ``register``, what happened, and the fields that changed."""

    registrant: Registrant
    outcome: Outcome
    changes: Changes = field(default_factory=dict)

    @property
    def is_duplicate(self) -> bool:
        """Whether the person was already registered (and is still)."""
        return self.outcome in (Outcome.UPDATED, Outcome.UNCHANGED)

    @property
    def reply_purpose(self) -> OutboxPurpose:
        """The reply this registration calls for."""
        if self.is_duplicate:
            return OutboxPurpose.ALREADY_REGISTERED
        return STATUS_PURPOSES[self.registrant.status]


@dataclass
class CancellationResult:
    """The cancelled registrant, whether it was already cancelled, and who moved up."""

    registrant: Registrant
    already_cancelled: bool
    promoted: list[Registrant] = field(default_factory=list)
    promotion_replies: list[OutboxMessage] = field(default_factory=list)


@dataclass
class CorrectionResult:
    """The corrected registrant and the fields that changed (empty: nothing to correct)."""

    registrant: Registrant
    changes: Changes = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Keys and lookups
# ---------------------------------------------------------------------------------------------


def email_key(address: str | None) -> str | None:
    """The address as matched: trimmed and lower-cased; ``None`` when there is none."""
    if not address or not address.strip():
        return None
    return address.strip().lower()


def fold(value: str | None) -> str:
    """Text compared loosely: accents removed, case folded, white space collapsed."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def name_key(name: str | None, municipality: str | None) -> str | None:
    """'name|municipality' folded, for matching a person without an address."""
    if not name or not fold(name):
        return None
    return f"{fold(name)}{NAME_KEY_SEPARATOR}{fold(municipality)}"[:NAME_KEY_LENGTH]


def find_registrant(
    session: Session, record: RegistrantRecord, *, exclude_ids: Collection[int] = ()
) -> Registrant | None:
    """The known person ``record`` describes: same address, or same name and municipality.

    With an address, a person recorded without one but with the same name and municipality is
    the same person too (registered by phone, say). ``exclude_ids`` are never matched.
    """
    key = email_key(record.email)
    names = name_key(record.name, record.municipality)
    candidates = (
        select(Registrant)
        .where(Registrant.id.not_in(list(exclude_ids)))
        .order_by(Registrant.status == RegistrantStatus.CANCELLED, Registrant.id)
    )
    if key is not None:
        found = session.scalars(candidates.where(Registrant.email_key == key)).first()
        if found is not None or names is None:
            return found
        candidates = candidates.where(Registrant.email_key.is_(None))
    if names is None:
        return None
    return session.scalars(candidates.where(Registrant.name_key == names)).first()


def find_for_cancellation(
    session: Session, record: RegistrantRecord, sender: str | None
) -> Registrant | None:
    """Who a cancellation means: as ``find_registrant``, else the only active registrant of
    that name who has the sender's address or was registered by the sender."""
    found = find_registrant(session, record)
    if found is not None or not record.name:
        return found
    sender_key = email_key(sender)
    if sender_key is None:
        return None
    query = (
        select(Registrant)
        .outerjoin(StoredMessage, Registrant.created_by_id == StoredMessage.id)
        .where(
            Registrant.status.in_(ACTIVE_STATUSES),
            or_(Registrant.email_key == sender_key, func.lower(StoredMessage.sender) == sender_key),
        )
    )
    wanted = fold(record.name)
    matches = [person for person in session.scalars(query) if fold(person.name) == wanted]
    return matches[0] if len(matches) == 1 else None


def message_id_variants(message_ids: Iterable[str | None]) -> set[str]:
    """Each Message-ID with and without its angle brackets, for matching stored values."""
    variants: set[str] = set()
    for value in message_ids:
        core = (value or "").strip().strip("<>").strip()
        if core:
            variants.update({core, f"<{core}>"})
    return variants


def find_our_reply(session: Session, message_ids: Iterable[str | None]) -> OutboxMessage | None:
    """The reply of ours that one of ``message_ids`` names (In-Reply-To, References, a DSN)."""
    variants = message_id_variants(message_ids)
    if not variants:
        return None
    query = select(OutboxMessage).where(OutboxMessage.message_id.in_(variants))
    return session.scalars(query.order_by(OutboxMessage.id.desc())).first()


def sent_to(session: Session, addresses: Iterable[str | None], since: datetime) -> bool:
    """Whether we queued a reply to one of ``addresses`` after ``since``."""
    keys = {key for key in (email_key(address) for address in addresses) if key}
    if not keys:
        return False
    query = select(OutboxMessage.id).where(
        func.lower(OutboxMessage.to_address).in_(keys), OutboxMessage.created_at >= since
    )
    return session.scalars(query.limit(1)).first() is not None


def registrants_of_reply(session: Session, reply: OutboxMessage) -> list[Registrant]:
    """The registrants a reply of ours was about: its own, else those its mail registered."""
    if reply.registrant is not None:
        return [reply.registrant]
    if reply.in_reply_to_id is None:
        return []
    query = (
        select(Registrant)
        .join(RegistrantChange, RegistrantChange.registrant_id == Registrant.id)
        .where(
            RegistrantChange.stored_message_id == reply.in_reply_to_id,
            RegistrantChange.what.in_(CHANGES_BY_THE_SENDER),
        )
        .distinct()
        .order_by(Registrant.id)
    )
    return list(session.scalars(query))


# ---------------------------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------------------------


def is_late(settings: Settings, received_at: datetime) -> bool:
    """Whether mail the server received at ``received_at`` missed the (inclusive) deadline."""
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError(f"naive datetime {received_at!r}: give a time zone")
    local_day = received_at.astimezone(settings.event.zone).date()
    return local_day > settings.event.registration_deadline


def registered_count(session: Session) -> int:
    """How many people hold a place."""
    query = select(func.count(Registrant.id)).where(
        Registrant.status == RegistrantStatus.REGISTERED
    )
    return int(session.scalar(query) or 0)


def places_left(session: Session, settings: Settings) -> int | None:
    """Free places, or ``None`` when the event has no capacity limit."""
    capacity = settings.event.capacity
    if capacity is None:
        return None
    return max(capacity - registered_count(session), 0)


def new_status(session: Session, settings: Settings, received_at: datetime) -> RegistrantStatus:
    """The status of a new registration: late after the deadline, waitlisted when full."""
    if is_late(settings, received_at):
        return RegistrantStatus.LATE
    if places_left(session, settings) == 0:
        return RegistrantStatus.WAITLISTED
    return RegistrantStatus.REGISTERED


def lock_registrations(session: Session) -> None:
    """Serialise capacity decisions between writers (PostgreSQL; SQLite's BEGIN IMMEDIATE does)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REGISTRATION_LOCK_KEY})


def register(
    session: Session,
    settings: Settings,
    record: RegistrantRecord,
    message: StoredMessage | None,
    received_at: datetime,
    source: RegistrantSource,
    *,
    language: str | None = None,
    now: datetime | None = None,
    exclude_ids: Collection[int] = (),
) -> RegistrationResult:
    """Record ``record`` as registering: a new registrant, or the known one brought up to date.

    ``received_at`` (when the server received the mail, or now for a phone call) decides
    whether it is late; a full event puts new people on the waiting list.
    """
    now = now or utc_now()
    lock_registrations(session)
    existing = find_registrant(session, record, exclude_ids=exclude_ids)
    if existing is None:
        result = _create(session, settings, record, message, received_at, source, language, now)
    elif existing.status == RegistrantStatus.CANCELLED:
        result = _reinstate(session, settings, existing, record, message, received_at, now)
    else:
        result = _update_duplicate(session, existing, record, message, now)
    logger.info(
        "registration of %s: %s, status %s",
        result.registrant.name,
        result.outcome.value,
        result.registrant.status.value,
    )
    return result


def _create(
    session: Session,
    settings: Settings,
    record: RegistrantRecord,
    message: StoredMessage | None,
    received_at: datetime,
    source: RegistrantSource,
    language: str | None,
    now: datetime,
) -> RegistrationResult:
    name = record.name or record.email
    if not name:
        raise RegistrationError(NO_NAME_ERROR)
    status = new_status(session, settings, received_at)
    registrant = Registrant(
        name=name,
        municipality=record.municipality,
        function=record.function,
        email=record.email,
        email_key=email_key(record.email),
        name_key=name_key(name, record.municipality),
        language=language,
        status=status,
        source=source,
        waitlist_position=_next_waitlist_position(session) if _waiting(status) else None,
        created_by=message,
        created_at=now,
        updated_at=now,
    )
    session.add(registrant)
    _record_change(session, registrant, ChangeKind.CREATED, message, now, None, _values(registrant))
    return RegistrationResult(registrant, Outcome.NEW)


def _reinstate(
    session: Session,
    settings: Settings,
    registrant: Registrant,
    record: RegistrantRecord,
    message: StoredMessage | None,
    received_at: datetime,
    now: datetime,
) -> RegistrationResult:
    changes = _apply_fields(registrant, record)
    status = new_status(session, settings, received_at)
    changes["status"] = (registrant.status.value, status.value)
    registrant.status = status
    registrant.cancelled_at = None
    registrant.waitlist_position = _next_waitlist_position(session) if _waiting(status) else None
    registrant.updated_at = now
    _record_changes(session, registrant, ChangeKind.REINSTATED, message, now, changes)
    return RegistrationResult(registrant, Outcome.REINSTATED, changes)


def _update_duplicate(
    session: Session,
    registrant: Registrant,
    record: RegistrantRecord,
    message: StoredMessage | None,
    now: datetime,
) -> RegistrationResult:
    changes = _apply_fields(registrant, record)
    if not changes:
        return RegistrationResult(registrant, Outcome.UNCHANGED)
    registrant.updated_at = now
    _record_changes(session, registrant, ChangeKind.UPDATED, message, now, changes)
    return RegistrationResult(registrant, Outcome.UPDATED, changes)


def _waiting(status: RegistrantStatus) -> bool:
    return status == RegistrantStatus.WAITLISTED


def _next_waitlist_position(session: Session) -> int:
    highest = session.scalar(select(func.max(Registrant.waitlist_position)))
    return int(highest or 0) + 1


def _apply_fields(registrant: Registrant, record: RegistrantRecord) -> Changes:
    """Copy the fields ``record`` gives (not ``None``) that differ; the changes, old and new."""
    changes: Changes = {}
    for name in FIELDS:
        value = getattr(record, name)
        if value is not None and value != getattr(registrant, name):
            changes[name] = (getattr(registrant, name), value)
            setattr(registrant, name, value)
    if changes:
        registrant.email_key = email_key(registrant.email)
        registrant.name_key = name_key(registrant.name, registrant.municipality)
    return changes


def _values(registrant: Registrant) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(registrant, name) for name in FIELDS}
    values["status"] = registrant.status.value
    return values


def _record_changes(
    session: Session,
    registrant: Registrant,
    what: ChangeKind,
    message: StoredMessage | None,
    now: datetime,
    changes: Changes,
    note: str | None = None,
) -> None:
    old = {name: before for name, (before, _after) in changes.items()}
    new = {name: after for name, (_before, after) in changes.items()}
    _record_change(session, registrant, what, message, now, old, new, note)


def _record_change(
    session: Session,
    registrant: Registrant,
    what: ChangeKind,
    message: StoredMessage | None,
    now: datetime,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    note: str | None = None,
) -> None:
    change = RegistrantChange(
        registrant=registrant,
        stored_message=message,
        what=what,
        old_values=old,
        new_values=new,
        note=note,
        at=now,
    )
    session.add(change)


# ---------------------------------------------------------------------------------------------
# Cancel and promote
# ---------------------------------------------------------------------------------------------


def cancel(
    session: Session,
    settings: Settings,
    registrant: Registrant,
    message: StoredMessage | None,
    now: datetime | None = None,
) -> CancellationResult:
    """Cancel ``registrant``; a place that frees up goes to the first on the waiting list."""
    now = now or utc_now()
    lock_registrations(session)
    if registrant.status == RegistrantStatus.CANCELLED:
        logger.info("cancellation of %s: already cancelled", registrant.name)
        return CancellationResult(registrant, already_cancelled=True)
    before = registrant.status
    registrant.status = RegistrantStatus.CANCELLED
    registrant.cancelled_at = now
    registrant.waitlist_position = None
    registrant.updated_at = now
    changes: Changes = {"status": (before.value, RegistrantStatus.CANCELLED.value)}
    _record_changes(session, registrant, ChangeKind.CANCELLED, message, now, changes)
    result = CancellationResult(registrant, already_cancelled=False)
    if before == RegistrantStatus.REGISTERED:
        session.flush()
        result.promoted, result.promotion_replies = promote_waiting(session, settings, message, now)
    logger.info("cancellation of %s (was %s)", registrant.name, before.value)
    return result


def waiting_list(session: Session) -> list[Registrant]:
    """The waiting list, first in line first."""
    query = (
        select(Registrant)
        .where(Registrant.status == RegistrantStatus.WAITLISTED)
        .order_by(
            Registrant.waitlist_position.is_(None),
            Registrant.waitlist_position,
            Registrant.created_at,
            Registrant.id,
        )
    )
    return list(session.scalars(query))


def promote_waiting(
    session: Session, settings: Settings, message: StoredMessage | None, now: datetime
) -> tuple[list[Registrant], list[OutboxMessage]]:
    """Give each free place to the next on the waiting list, and tell them."""
    free = places_left(session, settings)
    if free is None:
        free = len(waiting_list(session))
    promoted = waiting_list(session)[:free]
    replies: list[OutboxMessage] = []
    for registrant in promoted:
        registrant.status = RegistrantStatus.REGISTERED
        registrant.waitlist_position = None
        registrant.updated_at = now
        changes: Changes = {
            "status": (RegistrantStatus.WAITLISTED.value, RegistrantStatus.REGISTERED.value)
        }
        _record_changes(session, registrant, ChangeKind.PROMOTED, message, now, changes)
        logger.info("promotion of %s from the waiting list", registrant.name)
        reply = _tell_promoted(session, settings, registrant, now)
        if reply is not None:
            replies.append(reply)
    return promoted, replies


def _tell_promoted(
    session: Session, settings: Settings, registrant: Registrant, now: datetime
) -> OutboxMessage | None:
    """The 'you have a place' reply, threaded under their own registration mail."""
    origin = registrant.created_by
    address = registrant.email or (origin.sender if origin is not None else None)
    if address is None:
        logger.warning("promotion of %s: no address to tell them", registrant.name)
        return None
    return send_reply(
        session,
        settings,
        purpose=OutboxPurpose.PROMOTED,
        to_address=address,
        to_name=registrant.name,
        registrants=[registrant],
        message=origin,
        language=registrant.language,
        now=now,
        check_message=False,
    )


# ---------------------------------------------------------------------------------------------
# Correct
# ---------------------------------------------------------------------------------------------


def apply_correction(
    session: Session,
    registrant: Registrant,
    record: RegistrantRecord,
    message: StoredMessage | None,
    now: datetime | None = None,
) -> CorrectionResult:
    """Take the corrected fields of ``record`` (those it gives) into ``registrant``."""
    now = now or utc_now()
    changes = _apply_fields(registrant, record)
    if changes:
        registrant.updated_at = now
        _record_changes(session, registrant, ChangeKind.CORRECTED, message, now, changes)
    logger.info("correction of %s: %s", registrant.name, ", ".join(changes) or "nothing changed")
    return CorrectionResult(registrant, changes)


# ---------------------------------------------------------------------------------------------
# Bounces of our replies
# ---------------------------------------------------------------------------------------------


def bounced_reply(session: Session, report: BounceReport) -> OutboxMessage | None:
    """The reply of ours a bounce reports: by the bounced Message-ID when the report gives one
    (another Message-ID means the person's own mail bounced), else by a failed recipient."""
    if report.original_message_id:
        return find_our_reply(session, [report.original_message_id])
    keys = {key for key in (email_key(address) for address in report.failed_recipients) if key}
    if not keys:
        return None
    query = select(OutboxMessage).where(func.lower(OutboxMessage.to_address).in_(keys))
    return session.scalars(query.order_by(OutboxMessage.id.desc())).first()


def mark_bounced(
    session: Session,
    report: BounceReport,
    message: StoredMessage | None,
    now: datetime | None = None,
    *,
    reply: OutboxMessage | None = None,
) -> list[Registrant]:
    """Mark the registrants whose reply of ours bounced for good (for the digest); who they are.

    ``reply`` is the bounced reply when the caller already found it; else the report names it.
    """
    now = now or utc_now()
    reply = reply or bounced_reply(session, report)
    if reply is None or not report.permanent:
        return []
    bounced = _bounced_registrants(session, reply, report)
    reason = _bounce_reason(reply, report)
    for registrant in bounced:
        if registrant.bounced_at is not None:
            continue
        registrant.bounced_at = now
        registrant.bounce_reason = reason
        _record_change(session, registrant, ChangeKind.BOUNCED, message, now, None, None, reason)
        logger.info("bounce: the reply to %s did not arrive", registrant.name)
    return bounced


def _bounced_registrants(
    session: Session, reply: OutboxMessage, report: BounceReport
) -> list[Registrant]:
    to_key = email_key(reply.to_address)
    keys = {email_key(address) for address in [*report.failed_recipients, reply.to_address]}
    keys.discard(None)
    about = registrants_of_reply(session, reply)
    found = {person.id: person for person in about if person.email_key in (None, to_key)}
    if keys:
        query = select(Registrant).where(Registrant.email_key.in_(keys))
        found.update({person.id: person for person in session.scalars(query)})
    return [found[key] for key in sorted(found)]


def _bounce_reason(reply: OutboxMessage, report: BounceReport) -> str:
    recipients = ", ".join(report.failed_recipients) or reply.to_address
    return f"our {reply.purpose.value} to {recipients} bounced ({reply.message_id})"


# ---------------------------------------------------------------------------------------------
# Replies
# ---------------------------------------------------------------------------------------------


def send_reply(
    session: Session,
    settings: Settings,
    *,
    purpose: OutboxPurpose,
    to_address: str | None,
    to_name: str | None,
    registrants: Sequence[Registrant],
    message: StoredMessage | None,
    language: str | None,
    now: datetime,
    decision: Decision | None = None,
    check_message: bool = True,
) -> OutboxMessage | None:
    """Queue a reply when the reply guard allows it (``None`` when it does not).

    ``check_message`` False skips the checks of the mail answered (a promotion answers no mail
    of its own, it only threads under the person's registration); the address is always checked.
    """
    verdict = may_reply(
        session,
        settings,
        to_address,
        now,
        decision=decision if check_message else None,
        message=message if check_message else None,
    )
    if not verdict.allowed or verdict.address is None:
        return None
    return enqueue_reply(
        session,
        settings,
        purpose=purpose,
        to_address=verdict.address,
        to_name=to_name,
        registrants=list(registrants),
        in_reply_to=message,
        language=language,
        now=now,
    )
