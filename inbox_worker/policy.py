"""What the worker does about one decided message: its effects in the database and on the server.

``apply_decision`` runs inside the transaction that stores the message; it returns what must
happen on the IMAP server once that transaction has committed. One short function per kind of
message; the use cases themselves live in :mod:`inbox_worker.registrations`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from inbox_worker import registrations, reply_guard
from inbox_worker.logs import message_context
from inbox_worker.registrations import (
    CancellationResult,
    RegistrationError,
    RegistrationResult,
    email_key,
    fold,
    send_reply,
)
from inbox_worker.review_reasons import (
    DEFAULT_REVIEW_REASON,
    UNANSWERABLE_REASON,
    ReviewReason,
)
from models.records import BounceReport, Decision, Kind
from models.records import Registrant as RegistrantRecord
from models.tables import (
    MessageState,
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantSource,
    RegistrantStatus,
    ReviewItem,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inbox_worker.config import Settings
    from models.tables import StoredMessage

logger = logging.getLogger(__name__)

# An automatic reply from an address we wrote to this recently answers our mail.
AUTO_REPLY_WINDOW: Final = timedelta(days=7)


class ServerAction(StrEnum):
    """What to do with a message on the IMAP server after its effects are committed."""

    MOVE_TO_PROCESSED = "move"
    FLAG_FOR_REVIEW = "flag"
    LEAVE_UNTOUCHED = "leave"


@dataclass
class PolicyOutcome:
    """The result of applying a decision: the message's state, the server action, and why."""

    state: MessageState
    server_action: ServerAction
    review_reason: str | None = None
    registrant_ids: list[int] = field(default_factory=list)
    outbox_ids: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    """Everything a handler needs about the message in hand."""

    session: Session
    settings: Settings
    message: StoredMessage
    decision: Decision
    now: datetime

    @property
    def received_at(self) -> datetime:
        """When the server received the mail (INTERNALDATE), which decides lateness."""
        return self.message.received_at or self.message.first_seen_at or self.now

    def reply(
        self,
        purpose: OutboxPurpose,
        to_address: str | None,
        to_name: str | None,
        registrants: Sequence[Registrant],
    ) -> OutboxMessage | None:
        """Queue a reply answering this message, when the reply guard allows it."""
        return send_reply(
            self.session,
            self.settings,
            purpose=purpose,
            to_address=to_address,
            to_name=to_name,
            registrants=registrants,
            message=self.message,
            language=self.decision.language,
            now=self.now,
            decision=self.decision,
        )


def apply_decision(
    session: Session,
    settings: Settings,
    message: StoredMessage,
    decision: Decision,
    now: datetime,
) -> PolicyOutcome:
    """Record the effects of ``decision`` for ``message`` (not yet committed) and say what follows."""
    with message_context(decision.message_id or message.message_id):
        outcome = _decide(Context(session, settings, message, decision, now))
        session.flush()
        logger.info(
            "%s: %s, server %s%s",
            decision.kind.value,
            outcome.state.value,
            outcome.server_action.value,
            f" ({'; '.join(outcome.notes)})" if outcome.notes else "",
        )
        return outcome


def _decide(ctx: Context) -> PolicyOutcome:
    decision = ctx.decision
    ours = registrations.find_our_reply(ctx.session, [decision.in_reply_to, *decision.references])
    if decision.kind == Kind.BOUNCE:
        return _bounce(ctx, ours)
    if decision.kind == Kind.AUTO_REPLY:
        return _auto_reply(ctx, ours)
    if decision.needs_review:
        return _review(ctx, "; ".join(decision.reasons) or DEFAULT_REVIEW_REASON)
    if ours is not None:
        return _reply_to_ours(ctx, ours)
    if not decision.about_event:
        return _ignored("not about the event")
    unanswerable = _unanswerable(ctx)
    if unanswerable is not None:
        return _review(ctx, unanswerable)
    handlers: dict[Kind, Callable[[Context], PolicyOutcome]] = {
        Kind.REGISTRATION: _registration,
        Kind.CANCELLATION: _cancellation,
    }
    handler = handlers.get(decision.kind)
    if handler is None:
        return _ignored("about the event, but nothing to do: left for the organiser")
    return handler(ctx)


def _unanswerable(ctx: Context) -> str | None:
    """Why a registration or cancellation must go to a person: mail we may never answer (spam,
    our own loop, an ambiguous or machine sender, a list) would otherwise change the list unseen."""
    if ctx.decision.kind not in (Kind.REGISTRATION, Kind.CANCELLATION):
        return None
    refusal = reply_guard.message_refusal(ctx.settings, ctx.decision, ctx.message)
    if refusal is None or refusal is reply_guard.Refusal.REPLIES_DISABLED:
        return None
    return UNANSWERABLE_REASON.format(kind=ctx.decision.kind.value, refusal=refusal.value)


# ---------------------------------------------------------------------------------------------
# Outcomes
# ---------------------------------------------------------------------------------------------


def _ignored(note: str) -> PolicyOutcome:
    return PolicyOutcome(MessageState.IGNORED, ServerAction.LEAVE_UNTOUCHED, notes=[note])


def _handled(
    ctx: Context,
    note: str,
    registrants: Sequence[Registrant] = (),
    replies: Sequence[OutboxMessage | None] = (),
) -> PolicyOutcome:
    ctx.session.flush()
    return PolicyOutcome(
        MessageState.HANDLED,
        ServerAction.MOVE_TO_PROCESSED,
        registrant_ids=[person.id for person in registrants],
        outbox_ids=[reply.id for reply in replies if reply is not None],
        notes=[note],
    )


def _review(ctx: Context, why: str) -> PolicyOutcome:
    """Flag the message for a person, with an open review item saying why."""
    reason = str(why)
    ctx.session.add(ReviewItem(stored_message=ctx.message, reason=reason, created_at=ctx.now))
    return PolicyOutcome(
        MessageState.REVIEW, ServerAction.FLAG_FOR_REVIEW, review_reason=reason, notes=[reason]
    )


# ---------------------------------------------------------------------------------------------
# Machine mail: bounces and automatic replies
# ---------------------------------------------------------------------------------------------


def _bounce(ctx: Context, ours: OutboxMessage | None) -> PolicyOutcome:
    """A bounce of our reply marks its registrants; any other bounce is the person's own."""
    report = ctx.decision.bounce or BounceReport()
    bounced = registrations.bounced_reply(ctx.session, report) or ours
    if bounced is None:
        return _ignored("a bounce of mail that is not ours")
    marked = registrations.mark_bounced(ctx.session, report, ctx.message, ctx.now, reply=bounced)
    note = f"a bounce of our {bounced.purpose.value}; {len(marked)} registrant(s) marked"
    return _handled(ctx, note, marked)


def _auto_reply(ctx: Context, ours: OutboxMessage | None) -> PolicyOutcome:
    """An automatic reply to our mail is handled silently; any other is the person's own."""
    if ours is None and ctx.decision.about_event:
        since = ctx.now - AUTO_REPLY_WINDOW
        if registrations.sent_to(ctx.session, [ctx.decision.sender], since):
            return _handled(ctx, "an automatic reply from someone we just wrote to")
    if ours is None:
        return _ignored("an automatic reply to mail that is not ours")
    return _handled(ctx, f"an automatic reply to our {ours.purpose.value}")


# ---------------------------------------------------------------------------------------------
# Registrations
# ---------------------------------------------------------------------------------------------


def _registration(ctx: Context) -> PolicyOutcome:
    """Register each person; reply to them (or to the sender who acts for them)."""
    records = ctx.decision.registrants
    if not records:
        return _review(ctx, ReviewReason.NO_REGISTRANTS)
    if any(not record.name and not record.email for record in records):
        return _review(ctx, ReviewReason.NO_NAME)
    try:
        results = _register_all(ctx, records)
    except RegistrationError as exc:
        return _review(ctx, str(exc))
    replies = _registration_replies(ctx, results)
    people = [result.registrant for result in results]
    summary = ", ".join(
        f"{r.registrant.name}: {r.outcome.value} {r.registrant.status.value}" for r in results
    )
    return _handled(ctx, f"registration of {summary}", people, replies)


def _register_all(ctx: Context, records: Sequence[RegistrantRecord]) -> list[RegistrationResult]:
    results: list[RegistrationResult] = []
    for record in records:
        result = registrations.register(
            ctx.session,
            ctx.settings,
            record,
            ctx.message,
            ctx.received_at,
            RegistrantSource.MAIL,
            language=ctx.decision.language,
            now=ctx.now,
            exclude_ids=[done.registrant.id for done in results],
        )
        ctx.session.flush()
        results.append(result)
    return results


def _registration_replies(
    ctx: Context, results: Sequence[RegistrationResult]
) -> list[OutboxMessage | None]:
    if len(results) == 1:
        return [_single_reply(ctx, results[0])]
    people = [result.registrant for result in results]
    sender = ctx.decision.sender
    replies = [ctx.reply(OutboxPurpose.SUMMARY, sender, ctx.decision.sender_name, people)]
    if ctx.settings.replies.confirm_each_registrant:
        replies.extend(_individual_reply(ctx, result) for result in results)
    return replies


def _single_reply(ctx: Context, result: RegistrationResult) -> OutboxMessage | None:
    """To the registrant's own address; without one, to the sender who acts for them."""
    person = result.registrant
    if person.email:
        return ctx.reply(result.reply_purpose, person.email, person.name, [person])
    return ctx.reply(result.reply_purpose, ctx.decision.sender, ctx.decision.sender_name, [person])


def _individual_reply(ctx: Context, result: RegistrationResult) -> OutboxMessage | None:
    """In a group: a confirmation of their own to each registrant with an address not the sender's."""
    person = result.registrant
    if person.email_key is None or person.email_key == email_key(ctx.decision.sender):
        return None
    return ctx.reply(result.reply_purpose, person.email, person.name, [person])


# ---------------------------------------------------------------------------------------------
# Cancellations
# ---------------------------------------------------------------------------------------------


def _cancellation(ctx: Context, ours: OutboxMessage | None = None) -> PolicyOutcome:
    """Cancel each person named (or the sender); acknowledge; an unknown person goes to review."""
    records = ctx.decision.registrants or [
        RegistrantRecord(name=ctx.decision.sender_name, email=ctx.decision.sender)
    ]
    found = [(record, _cancellation_target(ctx, record, ours)) for record in records]
    people = [person for _record, person in found if person is not None]
    unknown = [record for record, person in found if person is None]
    results = [
        registrations.cancel(ctx.session, ctx.settings, p, ctx.message, ctx.now) for p in people
    ]
    replies = _cancellation_replies(ctx, results)
    if unknown:
        names = ", ".join(record.name or record.email or "?" for record in unknown)
        outcome = _review(ctx, f"{ReviewReason.UNKNOWN_CANCELLATION.value}: {names}")
        ctx.session.flush()
        outcome.registrant_ids = [person.id for person in people]
        outcome.outbox_ids = [reply.id for reply in replies if reply is not None]
        return outcome
    return _handled(ctx, f"cancellation of {', '.join(p.name for p in people)}", people, replies)


def _cancellation_target(
    ctx: Context, record: RegistrantRecord, ours: OutboxMessage | None
) -> Registrant | None:
    person = registrations.find_for_cancellation(ctx.session, record, ctx.decision.sender)
    if person is None and ours is not None:
        person = _target_among(registrations.registrants_of_reply(ctx.session, ours), record)
    return person


def _cancellation_replies(
    ctx: Context, results: Sequence[CancellationResult]
) -> list[OutboxMessage | None]:
    """One acknowledgement to the sender, plus the promotion notices already queued."""
    if not results:
        return []
    people = [result.registrant for result in results]
    ack = ctx.reply(OutboxPurpose.CANCEL_ACK, ctx.decision.sender, ctx.decision.sender_name, people)
    promotions = [reply for result in results for reply in result.promotion_replies]
    return [ack, *promotions]


# ---------------------------------------------------------------------------------------------
# Replies to our own mail
# ---------------------------------------------------------------------------------------------


def _reply_to_ours(ctx: Context, ours: OutboxMessage) -> PolicyOutcome:
    """A correction, a cancellation or a thank-you in reply to our mail; else review."""
    kind = ctx.decision.kind
    if kind == Kind.REGISTRATION:
        return _correction(ctx, ours)
    if kind == Kind.CANCELLATION:
        return _cancellation(ctx, ours)
    if kind == Kind.OTHER and ctx.decision.about_event:
        return _handled(ctx, f"a thank-you for our {ours.purpose.value}: nothing to do")
    return _review(ctx, ReviewReason.OTHER_REPLY)


def _correction(ctx: Context, ours: OutboxMessage) -> PolicyOutcome:
    """Corrected details of the person our mail was about: update and acknowledge."""
    records = ctx.decision.registrants
    candidates = registrations.registrants_of_reply(ctx.session, ours)
    person = _target_among(candidates, records[0]) if len(records) == 1 else None
    if person is None:
        return _review(ctx, ReviewReason.UNCLEAR_CORRECTION)
    if person.status == RegistrantStatus.CANCELLED:
        return _review(ctx, ReviewReason.CANCELLED_CORRECTION)
    result = registrations.apply_correction(ctx.session, person, records[0], ctx.message, ctx.now)
    if not result.changes:
        return _handled(
            ctx, f"a reply repeating the details of {person.name}: nothing to do", [person]
        )
    ack = ctx.reply(
        OutboxPurpose.CORRECTION_ACK, ctx.decision.sender, ctx.decision.sender_name, [person]
    )
    return _handled(
        ctx, f"correction of {person.name}: {', '.join(result.changes)}", [person], [ack]
    )


def _target_among(candidates: Sequence[Registrant], record: RegistrantRecord) -> Registrant | None:
    """Which of the people our mail was about ``record`` means; ``None`` when unclear."""
    key = email_key(record.email)
    by_address = [person for person in candidates if key and person.email_key == key]
    if len(by_address) == 1:
        return by_address[0]
    by_name = [
        person for person in candidates if record.name and fold(person.name) == fold(record.name)
    ]
    if len(by_name) == 1:
        return by_name[0]
    if len(candidates) == 1 and not _names_another_person(candidates[0], record):
        return candidates[0]
    return None


def _names_another_person(person: Registrant, record: RegistrantRecord) -> bool:
    """Whether ``record`` has both another name and another address than ``person``."""
    other_name = bool(record.name) and fold(record.name) != fold(person.name)
    other_address = bool(record.email) and email_key(record.email) != person.email_key
    return other_name and other_address
