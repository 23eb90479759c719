"""How the worker is doing: counts by status and state, the last poll, the outbox backlog, errors."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import ColumnElement

from models.tables import (
    Base,
    FolderCursor,
    MessageState,
    OutboxMessage,
    OutboxState,
    Registrant,
    RegistrantStatus,
    ReviewItem,
    ReviewState,
    ServerState,
    StoredMessage,
    WorkerEvent,
)

logger = logging.getLogger(__name__)

RECENT_ERRORS: Final = 10
ERROR_LEVELS: Final = ("ERROR", "CRITICAL")
NEVER: Final = datetime.min.replace(tzinfo=UTC)
EnumT = TypeVar("EnumT", bound=StrEnum)


@dataclass(frozen=True)
class FolderPoll:
    """The last successful poll of one watched folder."""

    folder: str
    last_poll_at: datetime | None
    last_uid: int


@dataclass(frozen=True)
class ErrorLine:
    """One recent problem: when, where it comes from, and what it says."""

    at: datetime | None
    origin: str
    detail: str


@dataclass
class StatusReport:
    """Everything ``inbox-worker status`` shows."""

    generated_at: datetime
    registrants: dict[RegistrantStatus, int]
    messages: dict[MessageState, int]
    server_pending: int
    open_reviews: int
    folders: list[FolderPoll]
    outbox: dict[OutboxState, int]
    oldest_pending_outbox: datetime | None
    errors: list[ErrorLine] = field(default_factory=list)

    @property
    def last_poll_at(self) -> datetime | None:
        """The most recent successful poll of any folder."""
        times = [folder.last_poll_at for folder in self.folders if folder.last_poll_at]
        return max(times, default=None)


def collect_status(session: Session, now: datetime, *, recent: int = RECENT_ERRORS) -> StatusReport:
    """Gather the status report from the database (read only)."""
    return StatusReport(
        generated_at=now,
        registrants=_counts(session, Registrant.status, RegistrantStatus),
        messages=_counts(session, StoredMessage.state, MessageState),
        server_pending=_count_where(
            session, StoredMessage, StoredMessage.server_state == ServerState.PENDING
        ),
        open_reviews=_count_where(session, ReviewItem, ReviewItem.state == ReviewState.OPEN),
        folders=_folders(session),
        outbox=_counts(session, OutboxMessage.state, OutboxState),
        oldest_pending_outbox=session.scalar(
            select(func.min(OutboxMessage.created_at)).where(
                OutboxMessage.state == OutboxState.PENDING
            )
        ),
        errors=recent_errors(session, recent),
    )


def _counts(
    session: Session, column: InstrumentedAttribute[EnumT], enum: type[EnumT]
) -> dict[EnumT, int]:
    """How many rows hold each member of ``enum`` in ``column`` (zero for absent members)."""
    rows = session.execute(select(column, func.count()).group_by(column)).all()
    found = {enum(value): count for value, count in rows}
    return {member: found.get(member, 0) for member in enum}


def _count_where(session: Session, entity: type[Base], condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(entity).where(condition)) or 0)


def _folders(session: Session) -> list[FolderPoll]:
    cursors = session.scalars(select(FolderCursor).order_by(FolderCursor.folder))
    return [FolderPoll(c.folder, c.last_poll_at, c.last_uid) for c in cursors]


def recent_errors(session: Session, limit: int = RECENT_ERRORS) -> list[ErrorLine]:
    """The newest problems: worker errors, failed messages and failed deliveries, newest first."""
    lines = [*_worker_errors(session, limit), *_failed_messages(session, limit)]
    lines += _failed_outbox(session, limit)
    lines.sort(key=lambda line: line.at or NEVER, reverse=True)
    return lines[:limit]


def _worker_errors(session: Session, limit: int) -> list[ErrorLine]:
    events = session.scalars(
        select(WorkerEvent)
        .where(WorkerEvent.level.in_(ERROR_LEVELS))
        .order_by(WorkerEvent.at.desc())
        .limit(limit)
    )
    return [ErrorLine(e.at, e.kind, e.detail or "") for e in events]


def _failed_messages(session: Session, limit: int) -> list[ErrorLine]:
    messages = session.scalars(
        select(StoredMessage)
        .where(StoredMessage.state == MessageState.FAILED)
        .order_by(StoredMessage.updated_at.desc())
        .limit(limit)
    )
    return [
        ErrorLine(m.updated_at, f"message {m.message_id or m.id}", m.error or "failed")
        for m in messages
    ]


def _failed_outbox(session: Session, limit: int) -> list[ErrorLine]:
    failed = session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.state == OutboxState.FAILED)
        .order_by(OutboxMessage.created_at.desc())
        .limit(limit)
    )
    return [
        ErrorLine(o.created_at, f"outbox {o.id} ({o.purpose.value})", o.last_error or "failed")
        for o in failed
    ]
