"""What the worker does about one decided message: its effects in the database and on the server.

``apply_decision`` runs inside the transaction that stores the message; it returns what must
happen on the IMAP server once that transaction has committed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from models.records import Decision, Kind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inbox_worker.config import Settings
    from models.tables import StoredMessage

logger = logging.getLogger(__name__)


class ServerAction(StrEnum):
    """What to do with a message on the IMAP server after its effects are committed."""

    MOVE_TO_PROCESSED = "move"
    FLAG_FOR_REVIEW = "flag"
    LEAVE_UNTOUCHED = "leave"


class MessageState(StrEnum):
    """Where a stored message stands in the worker's eyes."""

    HANDLED = "handled"
    REVIEW = "review"
    IGNORED = "ignored"
    FAILED = "failed"


@dataclass
class PolicyOutcome:
    """The result of applying a decision: the message's state, the server action, and why."""

    state: MessageState
    server_action: ServerAction
    review_reason: str | None = None
    registrant_ids: list[int] = field(default_factory=list)
    outbox_ids: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def apply_decision(
    session: Session,
    settings: Settings,
    message: StoredMessage,
    decision: Decision,
    now: datetime,
) -> PolicyOutcome:
    """Record the effects of ``decision`` for ``message`` (not yet committed) and say what follows."""
    if decision.needs_review:
        reason = "; ".join(decision.reasons) or "the parser was not sure"
        return PolicyOutcome(MessageState.REVIEW, ServerAction.FLAG_FOR_REVIEW, review_reason=reason)
    if not decision.about_event:
        return PolicyOutcome(MessageState.IGNORED, ServerAction.LEAVE_UNTOUCHED)
    if decision.kind in (Kind.AUTO_REPLY, Kind.BOUNCE):
        return PolicyOutcome(MessageState.HANDLED, ServerAction.MOVE_TO_PROCESSED)
    if decision.kind == Kind.OTHER:
        return PolicyOutcome(MessageState.IGNORED, ServerAction.LEAVE_UNTOUCHED)
    return PolicyOutcome(MessageState.HANDLED, ServerAction.MOVE_TO_PROCESSED)
