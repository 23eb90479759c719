"""Registrations an organiser makes herself (by phone, from the review queue), with their replies.

Thin use cases over :mod:`inbox_worker.registrations`: they check what a person typed, register
or cancel, and queue the reply through the reply guard, inside the caller's transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_worker.config import Settings
from inbox_worker.delivery.compose import MAX_NAME_LENGTH, clean_text, usable_address
from inbox_worker.errors import InboxWorkerError
from inbox_worker.registrations import (
    CancellationResult,
    RegistrationResult,
    cancel,
    email_key,
    register,
    send_reply,
)
from models.records import Registrant as RegistrantRecord
from models.tables import (
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantSource,
    StoredMessage,
)

logger = logging.getLogger(__name__)

FIELDS: Final = ("name", "municipality", "function", "email")
LAST_MINUTE: Final = time(23, 59)


class InputError(InboxWorkerError):
    """What the organiser typed cannot be used (a bad address, an unknown registrant…)."""


@dataclass
class Registered:
    """The registrations made and the replies queued for them."""

    results: list[RegistrationResult]
    replies: list[OutboxMessage] = field(default_factory=list)


def clean_record(
    name: str | None = None,
    municipality: str | None = None,
    function: str | None = None,
    email: str | None = None,
) -> RegistrantRecord:
    """A registrant record from typed values: one line each, the address checked."""
    address = None
    if email is not None and email.strip():
        address = usable_address(email)
        if address is None:
            raise InputError(f"not a valid e-mail address: {clean_text(email)!r}")
    return RegistrantRecord(
        name=clean_text(name, MAX_NAME_LENGTH) or None,
        municipality=clean_text(municipality, MAX_NAME_LENGTH) or None,
        function=clean_text(function, MAX_NAME_LENGTH) or None,
        email=address,
    )


def register_people(
    session: Session,
    settings: Settings,
    records: Sequence[RegistrantRecord],
    *,
    message: StoredMessage | None,
    source: RegistrantSource,
    received_at: datetime,
    language: str | None,
    now: datetime,
    reply: bool,
) -> Registered:
    """Register each record and, with ``reply``, queue their confirmations (not committed).

    Each person with an address of their own gets their own reply; those without one are
    answered through the message's sender (one reply listing them all when there are several).
    """
    results: list[RegistrationResult] = []
    for record in records:
        result = register(
            session,
            settings,
            record,
            message,
            received_at,
            source,
            language=language,
            now=now,
            exclude_ids=[done.registrant.id for done in results],
        )
        session.flush()
        results.append(result)
    registered = Registered(results)
    if reply:
        registered.replies = _replies(session, settings, results, message, language, now)
    return registered


def _replies(
    session: Session,
    settings: Settings,
    results: Sequence[RegistrationResult],
    message: StoredMessage | None,
    language: str | None,
    now: datetime,
) -> list[OutboxMessage]:
    own = [result for result in results if result.registrant.email]
    through_sender = [result for result in results if not result.registrant.email]
    queued = [
        _reply(session, settings, r.reply_purpose, r.registrant.email, [r], message, language, now)
        for r in own
    ]
    sender = message.sender if message is not None else None
    if len(through_sender) == 1:
        only = through_sender[0]
        queued.append(
            _reply(session, settings, only.reply_purpose, sender, [only], message, language, now)
        )
    elif through_sender:
        purpose = OutboxPurpose.SUMMARY
        queued.append(
            _reply(session, settings, purpose, sender, through_sender, message, language, now)
        )
    return [reply for reply in queued if reply is not None]


def _reply(
    session: Session,
    settings: Settings,
    purpose: OutboxPurpose,
    to_address: str | None,
    results: Sequence[RegistrationResult],
    message: StoredMessage | None,
    language: str | None,
    now: datetime,
) -> OutboxMessage | None:
    """One reply through the reply guard; the organiser decided, so only the address is checked."""
    people = [result.registrant for result in results]
    reply = send_reply(
        session,
        settings,
        purpose=purpose,
        to_address=to_address,
        to_name=people[0].name if len(people) == 1 else None,
        registrants=people,
        message=message,
        language=language,
        now=now,
        check_message=False,
    )
    if reply is None:
        logger.warning("no %s reply to %s: the reply guard refused", purpose.value, to_address)
    return reply


def add_by_hand(
    session: Session,
    settings: Settings,
    record: RegistrantRecord,
    now: datetime,
    *,
    confirm: bool,
) -> Registered:
    """Register someone who phoned (source 'manual'); a confirmation only with ``confirm``.

    The organiser decides, so a registration by hand is never late (the capacity still holds:
    when the event is full, the person goes on the waiting list).
    """
    if not record.name:
        raise InputError("a registration by hand needs a name")
    if confirm and not record.email:
        raise InputError("a confirmation needs an e-mail address")
    return register_people(
        session,
        settings,
        [record],
        message=None,
        source=RegistrantSource.MANUAL,
        received_at=on_time(settings, now),
        language=None,
        now=now,
        reply=confirm,
    )


def on_time(settings: Settings, now: datetime) -> datetime:
    """``now``, or the last minute of the deadline day when that has passed."""
    event = settings.event
    last_minute = datetime.combine(event.registration_deadline, LAST_MINUTE, tzinfo=event.zone)
    return min(now, last_minute)


def find_registrant(session: Session, id_or_email: str) -> Registrant:
    """The registrant with this number or e-mail address; InputError when there is none."""
    text = id_or_email.strip()
    if text.isdigit():
        found = session.get(Registrant, int(text))
    else:
        query = select(Registrant).where(Registrant.email_key == email_key(text))
        found = session.scalars(query.order_by(Registrant.id)).first()
    if found is None:
        raise InputError(f"no registrant {text!r}")
    return found


def cancel_by_hand(
    session: Session,
    settings: Settings,
    id_or_email: str,
    now: datetime,
    *,
    confirm: bool,
) -> tuple[CancellationResult, OutboxMessage | None]:
    """Cancel a registrant (whoever moves up from the waiting list is told); an acknowledgement
    to the person only with ``confirm``."""
    registrant = find_registrant(session, id_or_email)
    result = cancel(session, settings, registrant, None, now)
    ack = None
    if confirm and not result.already_cancelled:
        if not registrant.email:
            raise InputError(f"registrant #{registrant.id} has no e-mail address to confirm to")
        ack = send_reply(
            session,
            settings,
            purpose=OutboxPurpose.CANCEL_ACK,
            to_address=registrant.email,
            to_name=registrant.name,
            registrants=[registrant],
            message=registrant.created_by,
            language=registrant.language,
            now=now,
            check_message=False,
        )
    return result, ack
