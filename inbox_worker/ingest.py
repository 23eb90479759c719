"""The ingestion use case: one raw message recognised or decided, stored with its effects, then acted on.

For every batch of messages, in ONE database transaction (each message in a savepoint of its
own): recognise each (its server location, or Message-ID plus SHA-256 of the raw bytes, which
survives a UIDVALIDITY change), else store the raw bytes, the parser's decision and the policy's
effects, and advance the folder cursor. Only after that commit does anything change on the IMAP
server, and the change is recorded afterwards (``server_state``). A crash at any point leaves either nothing (the message is fetched again) or
everything recorded (the message is recognised, and a pending server action is completed by the
next scan). A message that fails is recorded as failed with the error and goes to review. A
message that kills the worker outright (no exception: a crash, the OOM killer) is found by its
``HandlingAttempt`` row, handled alone next time, and after ``MAX_HANDLING_DEATHS`` deaths stored
unparsed as failed, to review.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, Protocol, cast

from sqlalchemy import CursorResult, and_, delete, or_, select, update
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.database import transaction
from inbox_worker.imap.errors import ServerActionError
from inbox_worker.logs import message_context
from inbox_worker.policy import PolicyOutcome, ServerAction, apply_decision
from inbox_worker.review_reasons import (
    FAILED_REASON,
    OVERSIZE_REASON,
    SERVER_FAILED_REASON,
    SET_ASIDE_REASON,
)
from models.records import Decision
from models.tables import (
    FolderCursor,
    HandlingAttempt,
    MessageSource,
    MessageState,
    ReviewItem,
    ServerState,
    StoredMessage,
)

if TYPE_CHECKING:
    from inbox_worker.config import Settings

logger = logging.getLogger(__name__)

Decider = Callable[[bytes], Decision]

MAX_ATTEMPTS: Final = 5  # tries of a message's server action before it is left to a person
MAX_ERROR_LENGTH: Final = 2000
MAX_MESSAGE_ID_LENGTH: Final = 998
HEADER_END: Final = re.compile(rb"\r?\n\r?\n")
MESSAGE_ID_TOKEN: Final = re.compile(r"<[^<>\s]+>")
MAX_HANDLING_DEATHS: Final = 3  # runs that may die while handling a message before it is set aside


class ServerTask(StrEnum):
    """What the IMAP side does for a committed message whose ``server_state`` is pending."""

    MOVE = "move"  # handled event mail: to the processed folder
    FLAG = "flag"  # needs a person: \\Flagged and unread, left in place
    UNFLAG_AND_MOVE = "unflag-and-move"  # resolved in the review queue: unflag, then move


# What a stored message still needs on the server, from its state (the policy pairs them so:
# handled → move, review → flag; a failure goes to review; the review queue resolves).
PENDING_TASKS: Final = {
    MessageState.HANDLED: ServerTask.MOVE,
    MessageState.REVIEW: ServerTask.FLAG,
    MessageState.FAILED: ServerTask.FLAG,
    MessageState.RESOLVED: ServerTask.UNFLAG_AND_MOVE,
}
POLICY_TASKS: Final = {
    ServerAction.MOVE_TO_PROCESSED: ServerTask.MOVE,
    ServerAction.FLAG_FOR_REVIEW: ServerTask.FLAG,
}
DONE_STATES: Final = {
    ServerTask.MOVE: ServerState.MOVED,
    ServerTask.FLAG: ServerState.FLAGGED,
    ServerTask.UNFLAG_AND_MOVE: ServerState.MOVED,
}


class Disposition(StrEnum):
    """How a message was met."""

    NEW = "new"  # stored and decided now
    DUPLICATE = "duplicate"  # the same Message-ID and bytes were stored before (elsewhere)
    KNOWN = "known"  # this very server location was stored before


@dataclass(frozen=True)
class Origin:
    """Where a raw message comes from: an IMAP folder location, or an imported file."""

    source: MessageSource
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    received_at: datetime | None = None
    size: int | None = None
    complete: bool = True  # False: only the header was downloaded (oversize)
    label: str | None = None  # for imports: the file (and position) it was read from

    @classmethod
    def imap(
        cls,
        folder: str,
        uidvalidity: int,
        uid: int,
        *,
        received_at: datetime | None,
        size: int,
        complete: bool = True,
    ) -> Origin:
        """A message at ``uid`` in ``folder`` (with that UIDVALIDITY)."""
        return cls(MessageSource.IMAP, folder, uidvalidity, uid, received_at, size, complete)

    @classmethod
    def imported(cls, label: str, received_at: datetime | None = None) -> Origin:
        """A message read by ``inbox-worker import`` from ``label``."""
        return cls(MessageSource.IMPORT, received_at=received_at, label=label)

    @property
    def on_server(self) -> bool:
        """Whether the message sits in an IMAP folder the worker may change."""
        return self.source is MessageSource.IMAP and self.uid is not None


@dataclass(frozen=True)
class ProcessedMessage:
    """What became of one message: its row, how it was met, its state, what the server needs."""

    stored_id: int
    message_id: str | None
    disposition: Disposition
    state: MessageState
    uid: int | None = None
    pending: ServerTask | None = None  # still to do on the server; None when nothing is
    error: str | None = None


@dataclass(frozen=True)
class PendingAction:
    """A committed message whose move or flag on the server is not done (or not recorded) yet."""

    stored_id: int
    message_id: str | None
    uid: int
    action: ServerTask


@dataclass
class ServerReport:
    """What one round of server actions did."""

    moved: int = 0
    flagged: int = 0
    failed: int = 0


class ServerActions(Protocol):
    """The server side of the pipeline: change messages of the selected folder by UID."""

    def move(self, uids: int | Sequence[int], folder: str) -> None:
        """Move the messages to ``folder`` (created if missing)."""
        ...

    def flag_for_review(self, uids: int | Sequence[int]) -> None:
        """Mark the messages \\Flagged and unread."""
        ...

    def unflag(self, uids: int | Sequence[int]) -> None:
        """Remove \\Flagged from the messages."""
        ...


# ---------------------------------------------------------------------------------------------
# One message
# ---------------------------------------------------------------------------------------------


def process_raw(
    session_factory: sessionmaker[Session],
    settings: Settings,
    raw: bytes,
    origin: Origin,
    *,
    server: ServerActions | None = None,
    decider: Decider | None = None,
    now: datetime | None = None,
) -> ProcessedMessage:
    """Recognise or decide one message and commit it with its effects; then act on the server.

    Without ``server`` the pending server action is left in the result (and in the database,
    as ``server_state`` pending) for the caller to complete with :func:`complete_server_actions`.
    """
    message_id = header_message_id(raw)
    with message_context(message_id):
        processed = store_message(
            session_factory, settings, raw, origin, decider=decider, now=now, message_id=message_id
        )
        if server is not None and processed.pending is not None and processed.uid is not None:
            action = PendingAction(
                processed.stored_id, message_id, processed.uid, processed.pending
            )
            report = complete_server_actions(session_factory, settings, server, [action])
            if not report.failed:
                processed = replace(processed, pending=None)
        return processed


def store_message(
    session_factory: sessionmaker[Session],
    settings: Settings,
    raw: bytes,
    origin: Origin,
    *,
    decider: Decider | None = None,
    now: datetime | None = None,
    message_id: str | None = None,
) -> ProcessedMessage:
    """The database half of :func:`process_raw`: one transaction, or a recorded failure."""
    incoming = IncomingMessage(raw, origin, message_id or header_message_id(raw))
    return store_messages(session_factory, settings, [incoming], decider=decider, now=now)[0]


@dataclass(frozen=True)
class IncomingMessage:
    """A raw message to store, where it comes from, and the Message-ID its header gives."""

    raw: bytes
    origin: Origin
    message_id: str | None
    deaths: int = 0  # runs that died while handling it (see HandlingAttempt)

    @classmethod
    def of(cls, raw: bytes, origin: Origin) -> IncomingMessage:
        return cls(raw, origin, header_message_id(raw))

    @property
    def set_aside(self) -> str | None:
        """Why the message is stored unparsed, as failed: it killed the worker too often."""
        if self.deaths < MAX_HANDLING_DEATHS:
            return None
        return SET_ASIDE_REASON.format(deaths=self.deaths)


def store_messages(
    session_factory: sessionmaker[Session],
    settings: Settings,
    messages: Sequence[IncomingMessage],
    *,
    decider: Decider | None = None,
    now: datetime | None = None,
) -> list[ProcessedMessage]:
    """Store a batch in ONE transaction (one durable commit), each message in a savepoint.

    A message whose handling fails is rolled back to its own savepoint and recorded as failed
    (to review) in the same transaction, so it never holds up the others. A failure of the
    database itself rolls the whole batch back: nothing is changed on the server, and every
    message of the batch is fetched again later.
    """
    now = now or datetime.now(UTC)
    decide = decider or default_decider(settings)
    with transaction(session_factory) as session:
        results = [_store_one(session, settings, incoming, decide, now) for incoming in messages]
        origins = [incoming.origin for incoming in messages]
        _advance_cursors(session, origins)
        _end_attempts(session, origins)
        return results


def _store_one(
    session: Session,
    settings: Settings,
    incoming: IncomingMessage,
    decider: Decider,
    now: datetime,
) -> ProcessedMessage:
    raw, origin, message_id = incoming.raw, incoming.origin, incoming.message_id
    digest = hashlib.sha256(raw).hexdigest()
    with message_context(message_id):
        try:
            with session.begin_nested():
                return _store(session, settings, incoming, digest, decider, now)
        except Exception as exc:
            if _transient(exc):
                raise  # the database is away or busy: the batch is fetched again later
            logger.exception("storing the message failed; recording the failure")
            with session.begin_nested():
                return _record_failure(session, raw, origin, message_id, digest, exc, now)


def _store(
    session: Session,
    settings: Settings,
    incoming: IncomingMessage,
    digest: str,
    decider: Decider,
    now: datetime,
) -> ProcessedMessage:
    raw, origin, message_id = incoming.raw, incoming.origin, incoming.message_id
    known, twin = _find_stored(session, origin, message_id, digest)
    if known is not None:
        logger.debug("already stored at this location (UID %s)", origin.uid)
        return _result(known, Disposition.KNOWN)
    if twin is not None:
        return _recognise(session, twin, origin)
    decision = _decide(settings, incoming, decider)
    stored = _new_row(raw, origin, message_id, digest, now)
    if isinstance(decision, Decision):
        _copy_decision(stored, decision)
    session.add(stored)
    session.flush()  # the policy refers to the message by its id
    action = _apply(session, settings, stored, decision, now)
    stored.server_state = _initial_server_state(origin, action)
    logger.info(
        "stored as %s; server: %s",
        stored.state.value,
        "pending " + action.value if stored.server_state is ServerState.PENDING else "nothing",
    )
    return _result(stored, Disposition.NEW)


def _result(stored: StoredMessage, disposition: Disposition) -> ProcessedMessage:
    return ProcessedMessage(
        stored_id=stored.id,
        message_id=stored.message_id,
        disposition=disposition,
        state=stored.state,
        uid=stored.uid,
        pending=pending_action(stored),
        error=stored.error,
    )


def pending_action(stored: StoredMessage) -> ServerTask | None:
    """The server action a stored message still waits for, or None."""
    if stored.server_state is not ServerState.PENDING or stored.source is not MessageSource.IMAP:
        return None
    if stored.attempts >= MAX_ATTEMPTS:
        return None
    return PENDING_TASKS.get(stored.state)


def _find_stored(
    session: Session, origin: Origin, message_id: str | None, digest: str
) -> tuple[StoredMessage | None, StoredMessage | None]:
    """(the row at this server location, the first row with the same Message-ID and bytes)."""
    same_bytes = StoredMessage.sha256 == digest
    if message_id is None:
        same_message = and_(same_bytes, StoredMessage.message_id.is_(None))
    else:
        fitted = _fit(message_id, MAX_MESSAGE_ID_LENGTH)
        same_message = and_(same_bytes, StoredMessage.message_id == fitted)
    condition = same_message
    if origin.on_server:
        at_location = and_(
            StoredMessage.folder == origin.folder,
            StoredMessage.uidvalidity == origin.uidvalidity,
            StoredMessage.uid == origin.uid,
        )
        condition = or_(at_location, same_message)
    rows = session.scalars(select(StoredMessage).where(condition).order_by(StoredMessage.id))
    known = twin = None
    for row in rows:
        if origin.on_server and (row.folder, row.uidvalidity, row.uid) == (
            origin.folder,
            origin.uidvalidity,
            origin.uid,
        ):
            known = row
        elif twin is None:
            twin = row
    return known, twin


def _find_at_location(session: Session, origin: Origin) -> StoredMessage | None:
    if not origin.on_server:
        return None
    query = select(StoredMessage).where(
        StoredMessage.folder == origin.folder,
        StoredMessage.uidvalidity == origin.uidvalidity,
        StoredMessage.uid == origin.uid,
    )
    return session.scalars(query).first()


def _recognise(session: Session, twin: StoredMessage, origin: Origin) -> ProcessedMessage:
    """The same message again (another UID, a new UIDVALIDITY, an import): nothing handled twice.

    A copy is left where it is, unless the original's own server action was never completed:
    then that action follows the message to where it is now.
    """
    stale = (twin.folder, twin.uidvalidity) != (origin.folder, origin.uidvalidity)
    if origin.on_server and stale and pending_action(twin) is not None:
        logger.info(
            "already stored (row %s) with its server action pending: it now is UID %s in %s",
            twin.id,
            origin.uid,
            origin.folder,
        )
        twin.folder, twin.uidvalidity, twin.uid = origin.folder, origin.uidvalidity, origin.uid
    else:
        logger.info("already stored (row %s): a copy, left as it is", twin.id)
    session.flush()
    result = _result(twin, Disposition.DUPLICATE)
    return result if twin.uid == origin.uid else replace(result, pending=None, uid=origin.uid)


def _new_row(
    raw: bytes, origin: Origin, message_id: str | None, digest: str, now: datetime
) -> StoredMessage:
    return StoredMessage(
        source=origin.source,
        folder=origin.folder,
        uidvalidity=origin.uidvalidity,
        uid=origin.uid,
        origin=origin.label,
        message_id=_fit(message_id, MAX_MESSAGE_ID_LENGTH) if message_id else None,
        sha256=digest,
        raw=raw,
        size=origin.size if origin.size is not None else len(raw),
        received_at=origin.received_at,
        first_seen_at=now,
        state=MessageState.RECEIVED,
        server_state=ServerState.PENDING,
        attempts=1,
    )


@dataclass(frozen=True)
class _NoDecision:
    """Why a message has no decision: too large to download (review) or the parser failed."""

    state: MessageState
    reason: str
    error: str | None = None


def _decide(
    settings: Settings, incoming: IncomingMessage, decider: Decider
) -> Decision | _NoDecision:
    """The parser's decision, or why there is none."""
    raw, origin, set_aside = incoming.raw, incoming.origin, incoming.set_aside
    if set_aside is not None:
        logger.error("not parsed: %s", set_aside)
        return _NoDecision(MessageState.FAILED, set_aside, set_aside)
    if not origin.complete:
        size = origin.size if origin.size is not None else len(raw)
        limit = settings.mailbox.max_message_bytes
        return _NoDecision(MessageState.REVIEW, OVERSIZE_REASON.format(size=size, limit=limit))
    try:
        return decider(raw)
    except Exception as exc:
        logger.exception("the parser failed")
        error = _fit(_describe(exc), MAX_ERROR_LENGTH)
        return _NoDecision(MessageState.FAILED, FAILED_REASON.format(error=error), error)


def _apply(
    session: Session,
    settings: Settings,
    stored: StoredMessage,
    decision: Decision | _NoDecision,
    now: datetime,
) -> ServerAction:
    """Apply the decision in a savepoint; a failure is recorded on the message (to review)."""
    if isinstance(decision, _NoDecision):
        stored.error = decision.error
        return _to_review(session, stored, decision.reason, decision.state, now)
    try:
        with session.begin_nested():
            outcome = apply_decision(session, settings, stored, decision, now)
    except Exception as exc:
        logger.exception("applying the decision failed")
        return _fail(session, stored, exc, now)
    return _adopt(stored, outcome, now)


def _copy_decision(stored: StoredMessage, decision: Decision) -> None:
    stored.decision = decision.model_dump(mode="json")
    stored.kind = decision.kind
    stored.needs_review = decision.needs_review
    stored.about_event = decision.about_event
    stored.reasons = list(decision.reasons)
    stored.sender = _fit(decision.sender, 320) if decision.sender else None
    stored.subject = decision.subject


def _adopt(stored: StoredMessage, outcome: PolicyOutcome, now: datetime) -> ServerAction:
    stored.state = outcome.state
    stored.handled_at = now
    expected = PENDING_TASKS.get(stored.state)
    if POLICY_TASKS.get(outcome.server_action) is not expected:
        logger.warning(
            "the policy asked for %s with state %s; a resumed run would do %s",
            outcome.server_action.value,
            stored.state.value,
            expected.value if expected else "nothing",
        )
    return outcome.server_action


def _fail(
    session: Session, stored: StoredMessage, exc: BaseException, now: datetime
) -> ServerAction:
    stored.error = _fit(_describe(exc), MAX_ERROR_LENGTH)
    reason = FAILED_REASON.format(error=stored.error)
    return _to_review(session, stored, reason, MessageState.FAILED, now)


def _to_review(
    session: Session, stored: StoredMessage, reason: str, state: MessageState, now: datetime
) -> ServerAction:
    stored.state = state
    stored.handled_at = now
    stored.reasons = [*(stored.reasons or []), reason]
    session.add(ReviewItem(stored_message=stored, reason=reason, created_at=now))
    logger.warning("to review: %s", reason)
    return ServerAction.FLAG_FOR_REVIEW


def _initial_server_state(origin: Origin, action: ServerAction) -> ServerState:
    if not origin.on_server:
        return ServerState.DONE
    if action is ServerAction.LEAVE_UNTOUCHED:
        return ServerState.UNTOUCHED
    return ServerState.PENDING


def _record_failure(
    session: Session,
    raw: bytes,
    origin: Origin,
    message_id: str | None,
    digest: str,
    exc: BaseException,
    now: datetime,
) -> ProcessedMessage:
    """After the main transaction failed: a minimal row, failed and in review, so nothing blocks."""
    known = _find_at_location(session, origin)
    if known is not None:
        return _result(known, Disposition.KNOWN)
    stored = _new_row(raw, origin, message_id, digest, now)
    session.add(stored)
    _fail(session, stored, exc, now)
    stored.server_state = _initial_server_state(origin, ServerAction.FLAG_FOR_REVIEW)
    session.flush()
    return _result(stored, Disposition.NEW)


# ---------------------------------------------------------------------------------------------
# Folder cursors
# ---------------------------------------------------------------------------------------------


def earlier_deaths(
    session_factory: sessionmaker[Session], folder: str, uidvalidity: int, uids: Sequence[int]
) -> dict[int, int]:
    """For those of these UIDs that a run died while handling: how many times (read only)."""
    with transaction(session_factory, durable=False) as session:
        query = select(HandlingAttempt.uid, HandlingAttempt.attempts).where(
            *_attempts_of(folder, uidvalidity, uids)
        )
        return {uid: attempts for uid, attempts in session.execute(query)}


def begin_attempts(
    session_factory: sessionmaker[Session], folder: str, uidvalidity: int, uids: Sequence[int]
) -> dict[int, int]:
    """Note that handling these UIDs begins (committed now); for each, how many earlier runs
    died while handling it. Not durable: it guards against a crash of the process."""
    now = datetime.now(UTC)
    with transaction(session_factory, durable=False) as session:
        rows = {
            row.uid: row
            for row in session.scalars(
                select(HandlingAttempt).where(*_attempts_of(folder, uidvalidity, uids))
            )
        }
        deaths = {}
        for uid in uids:
            row = rows.get(uid)
            if row is None:
                row = HandlingAttempt(folder=folder, uidvalidity=uidvalidity, uid=uid, attempts=0)
                session.add(row)
            deaths[uid] = row.attempts
            row.attempts, row.started_at = row.attempts + 1, now
        return deaths


def forget_attempts(
    session_factory: sessionmaker[Session], folder: str, uidvalidity: int, uids: Sequence[int]
) -> None:
    """The handling of these UIDs stopped without a death (a stop, an error): not counted."""
    if uids:
        with transaction(session_factory, durable=False) as session:
            session.execute(delete(HandlingAttempt).where(*_attempts_of(folder, uidvalidity, uids)))


def _end_attempts(session: Session, origins: Sequence[Origin]) -> None:
    """In the batch's own transaction: its messages are handled, their attempts end with it."""
    by_folder: dict[tuple[str, int], list[int]] = {}
    for origin in origins:
        if origin.on_server and origin.folder and origin.uidvalidity and origin.uid:
            by_folder.setdefault((origin.folder, origin.uidvalidity), []).append(origin.uid)
    for (folder, uidvalidity), uids in by_folder.items():
        session.execute(delete(HandlingAttempt).where(*_attempts_of(folder, uidvalidity, uids)))


def _attempts_of(folder: str, uidvalidity: int, uids: Sequence[int]) -> tuple[Any, ...]:
    return (
        HandlingAttempt.folder == folder,
        HandlingAttempt.uidvalidity == uidvalidity,
        HandlingAttempt.uid.in_(list(uids)),
    )


def load_cursor(session: Session, folder: str) -> FolderCursor:
    """The cursor of ``folder``, created (empty) when the folder is new to the worker."""
    cursor = session.scalars(select(FolderCursor).where(FolderCursor.folder == folder)).first()
    if cursor is None:
        cursor = FolderCursor(folder=folder, uidvalidity=None, last_uid=0)
        session.add(cursor)
        session.flush()
    return cursor


def _advance_cursors(session: Session, origins: Sequence[Origin]) -> None:
    """Each folder's cursor moves up to the highest UID of the batch in it."""
    highest: dict[tuple[str | None, int | None], Origin] = {}
    for origin in origins:
        key = (origin.folder, origin.uidvalidity)
        if key not in highest or (origin.uid or 0) > (highest[key].uid or 0):
            highest[key] = origin
    for origin in highest.values():
        _advance_cursor(session, origin)


def _advance_cursor(session: Session, origin: Origin) -> None:
    """The folder's cursor moves up to this UID (one UPDATE when the UIDVALIDITY is known)."""
    if not origin.on_server or origin.folder is None or origin.uid is None:
        return
    moved = session.execute(
        update(FolderCursor)
        .where(
            FolderCursor.folder == origin.folder,
            FolderCursor.uidvalidity == origin.uidvalidity,
            FolderCursor.last_uid < origin.uid,
        )
        .values(last_uid=origin.uid)
        .execution_options(synchronize_session=False)
    )
    if cast("CursorResult[Any]", moved).rowcount:
        return
    cursor = load_cursor(session, origin.folder)
    if cursor.uidvalidity != origin.uidvalidity:
        cursor.uidvalidity, cursor.last_uid = origin.uidvalidity, origin.uid


# ---------------------------------------------------------------------------------------------
# Server actions, after the commit
# ---------------------------------------------------------------------------------------------


def pending_server_actions(
    session_factory: sessionmaker[Session], folder: str, uidvalidity: int
) -> list[PendingAction]:
    """Messages of this folder (at this UIDVALIDITY) whose server action is still to be done."""
    with transaction(session_factory) as session:
        query = (
            select(StoredMessage)
            .where(
                StoredMessage.source == MessageSource.IMAP,
                StoredMessage.folder == folder,
                StoredMessage.uidvalidity == uidvalidity,
                StoredMessage.server_state == ServerState.PENDING,
                StoredMessage.attempts < MAX_ATTEMPTS,
            )
            .order_by(StoredMessage.uid)
        )
        found = []
        for stored in session.scalars(query):
            action = pending_action(stored)
            if action is not None and stored.uid is not None:
                found.append(PendingAction(stored.id, stored.message_id, stored.uid, action))
        return found


def complete_server_actions(
    session_factory: sessionmaker[Session],
    settings: Settings,
    server: ServerActions,
    actions: Sequence[PendingAction],
) -> ServerReport:
    """Move or flag the messages (one command per kind where possible) and record each result.

    A refused command is retried message by message; a message that keeps failing is counted
    in ``attempts`` and, at the last attempt, left to a person with a review item.
    """
    report = ServerReport()
    done: list[tuple[PendingAction, str | None]] = []
    for task in ServerTask:
        group = [item for item in actions if item.action is task]
        if group:
            done.extend(_perform(settings, server, task, group))
    _record_server_results(session_factory, done, report)
    return report


def _perform(
    settings: Settings,
    server: ServerActions,
    task: ServerTask,
    group: Sequence[PendingAction],
) -> list[tuple[PendingAction, str | None]]:
    """Each item with None when done, or the error; connection failures propagate."""

    def run(uids: Sequence[int]) -> None:
        if task is ServerTask.FLAG:
            server.flag_for_review(uids)
            return
        if task is ServerTask.UNFLAG_AND_MOVE:
            server.unflag(uids)
        server.move(uids, settings.mailbox.processed_folder)

    try:
        run([item.uid for item in group])
        return [(item, None) for item in group]
    except ServerActionError as exc:
        if len(group) == 1:
            return [(group[0], str(exc))]
    return [(item, _try_one(run, item)) for item in group]


def _try_one(run: Callable[[Sequence[int]], None], item: PendingAction) -> str | None:
    try:
        run([item.uid])
    except ServerActionError as exc:
        return str(exc)
    return None


def _record_server_results(
    session_factory: sessionmaker[Session],
    results: Sequence[tuple[PendingAction, str | None]],
    report: ServerReport,
) -> None:
    if not results:
        return
    now = datetime.now(UTC)
    with transaction(session_factory) as session:
        for item, error in results:
            stored = session.get(StoredMessage, item.stored_id)
            if stored is None:
                continue
            with message_context(item.message_id):
                _record_one(session, stored, item, error, now, report)


def _record_one(
    session: Session,
    stored: StoredMessage,
    item: PendingAction,
    error: str | None,
    now: datetime,
    report: ServerReport,
) -> None:
    if error is None:
        stored.server_state = DONE_STATES[item.action]
        if stored.server_state is ServerState.MOVED:
            report.moved += 1
        else:
            report.flagged += 1
        logger.debug("server: %s", stored.server_state.value)
        return
    report.failed += 1
    stored.attempts += 1
    stored.error = _fit(error, MAX_ERROR_LENGTH)
    logger.warning(
        "server action %s failed (try %d): %s", item.action.value, stored.attempts, error
    )
    if stored.attempts >= MAX_ATTEMPTS:
        reason = SERVER_FAILED_REASON.format(action=item.action.value, error=error)
        session.add(ReviewItem(stored_message=stored, reason=reason, created_at=now))
        logger.error("giving up on the server action: %s", reason)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def default_decider(settings: Settings) -> Decider:
    """The parser's entry point, for the configured event (imported late: a large module)."""
    from inbox_worker.parsing import EventContext, decide

    event = EventContext.from_config(settings.event)

    def decide_for_event(raw: bytes) -> Decision:
        return decide(raw, event)

    return decide_for_event


def header_message_id(raw: bytes) -> str | None:
    """The ``<...>`` token of the Message-ID header, read from the header block only."""
    match = HEADER_END.search(raw)
    header = raw[: match.start()] if match else raw
    value = BytesHeaderParser(policy=compat32).parsebytes(header).get("Message-ID")
    if value is None:
        return None
    token = MESSAGE_ID_TOKEN.search(str(value))
    text = token.group(0) if token else str(value).strip()
    return text or None


def _transient(exc: BaseException) -> bool:
    """A failure of the database connection rather than of this message."""
    return isinstance(exc, OperationalError | InterfaceError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    )


def _describe(exc: BaseException) -> str:
    return f"{exc.__class__.__name__}: {exc}"


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
