"""``inbox-worker reprocess``: run the (improved) parser again on stored raw messages; show or apply.

A message whose earlier decision left no trace (in review, failed or ignored, and nothing
registered, changed or queued from it) is decided and applied afresh with ``apply``. A message
whose earlier decision already had effects keeps them: it goes to review with both decisions,
so that a person corrects what needs correcting and nothing is registered or answered twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.database import open_database, transaction
from inbox_worker.ingest import Decider, default_decider
from inbox_worker.logs import message_context
from inbox_worker.policy import ServerAction, apply_decision
from inbox_worker.review_reasons import CHANGED_REASON
from models.records import Decision
from models.tables import (
    MessageSource,
    MessageState,
    OutboxMessage,
    Registrant,
    RegistrantChange,
    ReviewItem,
    ReviewState,
    ServerState,
    StoredMessage,
)

logger = logging.getLogger(__name__)

# Earlier states after which a fresh decision may be applied (when nothing came of them).
REAPPLICABLE: Final = frozenset(
    {MessageState.RECEIVED, MessageState.REVIEW, MessageState.FAILED, MessageState.IGNORED}
)
SUPERSEDED_NOTE: Final = "superseded: the message was reprocessed on {day}"


class ChangeResult(StrEnum):
    """What happened to a message whose decision changes."""

    PREVIEW = "would change"
    REAPPLIED = "re-applied"
    TO_REVIEW = "sent to review"


@dataclass(frozen=True)
class DecisionSummary:
    """The parts of a decision that matter to a person comparing two of them."""

    kind: str
    needs_review: bool
    about_event: bool
    registrants: tuple[str, ...]
    reasons: tuple[str, ...]

    @classmethod
    def of(cls, decision: Decision) -> DecisionSummary:
        """The summary of a parsed decision."""
        people = tuple(
            " / ".join(str(value or "") for value in person.model_dump().values())
            for person in decision.registrants
        )
        return cls(
            decision.kind.value,
            decision.needs_review,
            decision.about_event,
            people,
            tuple(decision.reasons),
        )

    @classmethod
    def stored(cls, data: dict[str, Any] | None) -> DecisionSummary | None:
        """The summary of a decision as stored (JSON), or None when there is none."""
        if not data:
            return None
        return cls.of(Decision.model_validate(data))

    def describe(self) -> str:
        """A short human description."""
        flags = [self.kind]
        if self.needs_review:
            flags.append("needs review")
        if not self.about_event:
            flags.append("not about the event")
        people = "; ".join(self.registrants) or "nobody"
        return f"{', '.join(flags)}: {people}"

    def essential(self) -> tuple[object, ...]:
        """What must be equal for two decisions to count as the same (reasons are wording)."""
        return (self.kind, self.needs_review, self.about_event, self.registrants)


@dataclass(frozen=True)
class Change:
    """One message whose decision changes: before, after, and what was done about it."""

    stored_id: int
    message_id: str | None
    before: DecisionSummary | None
    after: DecisionSummary
    result: ChangeResult

    def describe(self) -> str:
        """Lines for the command line."""
        before = self.before.describe() if self.before else "(no decision)"
        return (
            f"{self.message_id or '(no Message-ID)'} [{self.result.value}]\n"
            f"  before: {before}\n  after:  {self.after.describe()}"
        )


def reprocess(
    settings: Settings,
    since: date | None = None,
    message_ids: Sequence[str] = (),
    apply: bool = False,
    *,
    decider: Decider | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> list[Change]:
    """Decide the stored messages again; list what changes, and change it when ``apply``."""
    decide = decider or default_decider(settings)
    changes: list[Change] = []
    with open_database(settings.database.url) as sessions:
        selected = _selected(sessions, settings, since, message_ids)
        for done, stored_id in enumerate(selected, 1):
            change = _reprocess_one(sessions, settings, stored_id, decide, apply)
            if change is not None:
                changes.append(change)
            if progress is not None:
                progress(done, len(selected))
    return changes


def _selected(
    sessions: sessionmaker[Session],
    settings: Settings,
    since: date | None,
    message_ids: Sequence[str],
) -> list[int]:
    query = select(StoredMessage.id).where(StoredMessage.raw.is_not(None))
    if since is not None:
        start = datetime.combine(since, time(0), settings.event.zone).astimezone(UTC)
        received = func.coalesce(StoredMessage.received_at, StoredMessage.first_seen_at)
        query = query.where(received >= start)
    if message_ids:
        wanted = {_bracketed(value) for value in message_ids}
        query = query.where(StoredMessage.message_id.in_(sorted(wanted)))
    with transaction(sessions) as session:
        return list(session.scalars(query.order_by(StoredMessage.id)))


def _bracketed(message_id: str) -> str:
    value = message_id.strip()
    return value if value.startswith("<") else f"<{value}>"


def _reprocess_one(
    sessions: sessionmaker[Session],
    settings: Settings,
    stored_id: int,
    decide: Decider,
    apply: bool,
) -> Change | None:
    with transaction(sessions) as session:
        stored = session.get_one(StoredMessage, stored_id)
        raw = stored.raw or b""
        with message_context(stored.message_id):
            if len(raw) < stored.size:
                logger.info("skipped: only the header was stored (too large)")
                return None
            decision = decide(raw)
            before = DecisionSummary.stored(stored.decision)
            after = DecisionSummary.of(decision)
            if before is not None and before.essential() == after.essential():
                return None
            result = ChangeResult.PREVIEW
            if apply:
                result = _apply(session, settings, stored, decision, before, after)
            logger.info("decision %s: %s", result.value, after.describe())
            return Change(stored.id, stored.message_id, before, after, result)


def _apply(
    session: Session,
    settings: Settings,
    stored: StoredMessage,
    decision: Decision,
    before: DecisionSummary | None,
    after: DecisionSummary,
) -> ChangeResult:
    now = datetime.now(UTC)
    if stored.state in REAPPLICABLE and not _has_effects(session, stored):
        _reapply(session, settings, stored, decision, now)
        return ChangeResult.REAPPLIED
    described = before.describe() if before else "no decision"
    reason = CHANGED_REASON.format(after=after.describe(), before=described)
    session.add(ReviewItem(stored_message=stored, reason=reason, created_at=now))
    return ChangeResult.TO_REVIEW


def _has_effects(session: Session, stored: StoredMessage) -> bool:
    """Whether anything was registered, changed or queued because of this message."""
    query = select(
        or_(
            exists().where(Registrant.created_by_id == stored.id),
            exists().where(RegistrantChange.stored_message_id == stored.id),
            exists().where(OutboxMessage.in_reply_to_id == stored.id),
        )
    )
    return bool(session.scalar(query))


def _reapply(
    session: Session, settings: Settings, stored: StoredMessage, decision: Decision, now: datetime
) -> None:
    _close_open_reviews(session, stored, now)
    stored.decision = decision.model_dump(mode="json")
    stored.kind = decision.kind
    stored.needs_review = decision.needs_review
    stored.about_event = decision.about_event
    stored.reasons = list(decision.reasons)
    stored.error = None
    with session.begin_nested():
        outcome = apply_decision(session, settings, stored, decision, now)
    stored.state = MessageState(outcome.state.value)
    stored.handled_at = now
    _reschedule_server_action(stored, outcome.server_action)


def _close_open_reviews(session: Session, stored: StoredMessage, now: datetime) -> None:
    items = session.scalars(
        select(ReviewItem).where(
            ReviewItem.stored_message_id == stored.id, ReviewItem.state == ReviewState.OPEN
        )
    )
    for item in items:
        item.state = ReviewState.REJECTED
        item.resolved_at = now
        item.note = SUPERSEDED_NOTE.format(day=now.date().isoformat())


def _reschedule_server_action(stored: StoredMessage, action: ServerAction) -> None:
    """Let the next scan move or flag the message; never undo what the person may rely on."""
    if stored.source is not MessageSource.IMAP:
        return
    move_again = (
        action is ServerAction.MOVE_TO_PROCESSED and stored.server_state is not ServerState.MOVED
    )
    flag_now = (
        action is ServerAction.FLAG_FOR_REVIEW and stored.server_state is ServerState.UNTOUCHED
    )
    if move_again or flag_now:
        stored.server_state, stored.attempts = ServerState.PENDING, 1
