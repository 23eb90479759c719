"""The worker's loops over the watched IMAP folder: one pass (``run --once``) and the daemon.

A scan completes the server actions an earlier run left pending, then handles every message
above the folder's cursor (received on or after ``mailbox.since``) in UID order: sizes first,
bodies in batches, each batch stored in one commit before anything changes on the server (one
message at a time after the worker died while handling that batch). The daemon scans after
every (re)connect and then waits in IDLE (renewed regularly) or polls.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Final

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.database import open_database, transaction
from inbox_worker.errors import ConfigError, DatabaseError
from inbox_worker.imap.errors import ImapError, MailboxUnavailable
from inbox_worker.imap.source import FetchedMessage, FolderStatus, MailSource
from inbox_worker.ingest import (
    MAX_HANDLING_DEATHS,
    Decider,
    Disposition,
    IncomingMessage,
    Origin,
    PendingAction,
    ProcessedMessage,
    ServerReport,
    begin_attempts,
    complete_server_actions,
    default_decider,
    earlier_deaths,
    forget_attempts,
    load_cursor,
    pending_server_actions,
    store_messages,
)
from inbox_worker.logs import message_context
from inbox_worker.watchdog import time_limited
from models.tables import MessageState

logger = logging.getLogger(__name__)

ONCE_MAX_RECONNECTS: Final = 6
ONCE_BACKOFF_MAX_SECONDS: Final = 30.0
DAEMON_BACKOFF_MAX_SECONDS: Final = 300.0
BACKOFF_START_SECONDS: Final = 1.0
FETCH_BYTE_BUDGET: Final = 32 * 1024 * 1024  # at most this much mail in memory per batch

# A hook gets the session factory of the run (for example to deliver the outbox).
Hook = Callable[[sessionmaker[Session]], object]
# Where "now" comes from: the real time, or a clock a test controls.
Clock = Callable[[], datetime]


def utc_clock() -> datetime:
    """The real time, aware, in UTC."""
    return datetime.now(UTC)


@dataclass
class RunReport:
    """What a run did, in counts."""

    scans: int = 0
    new: int = 0
    duplicates: int = 0
    known: int = 0
    oversize: int = 0
    states: dict[str, int] = field(default_factory=dict)
    moved: int = 0
    flagged: int = 0
    server_failures: int = 0
    reconnects: int = 0

    @property
    def handled(self) -> int:
        """Messages stored and decided in this run."""
        return self.new

    def count(self, processed: ProcessedMessage) -> None:
        """Add one processed message."""
        if processed.disposition is Disposition.DUPLICATE:
            self.duplicates += 1
        elif processed.disposition is Disposition.KNOWN:
            self.known += 1
        else:
            self.new += 1
            self.states[processed.state.value] = self.states.get(processed.state.value, 0) + 1

    def add_server(self, server: ServerReport) -> None:
        """Add the results of one round of server actions."""
        self.moved += server.moved
        self.flagged += server.flagged
        self.server_failures += server.failed

    def summary(self) -> str:
        """One line for logs and the command line."""
        states = ", ".join(f"{count} {state}" for state, count in sorted(self.states.items()))
        parts = [f"{self.new} new" + (f" ({states})" if states else "")]
        parts += [f"{self.duplicates} already known", f"{self.moved} moved"]
        parts += [f"{self.flagged} flagged"]
        if self.oversize:
            parts.append(f"{self.oversize} too large")
        if self.server_failures:
            parts.append(f"{self.server_failures} server actions failed")
        if self.reconnects:
            parts.append(f"{self.reconnects} reconnects")
        return ", ".join(parts)

    @property
    def failed(self) -> int:
        """Messages that failed in this run (they are in review)."""
        return self.states.get(MessageState.FAILED.value, 0)


@dataclass
class Backoff:
    """Exponential waits between reconnects: start, doubled each time, capped; reset on success."""

    start: float = BACKOFF_START_SECONDS
    maximum: float = DAEMON_BACKOFF_MAX_SECONDS
    _next: float = 0.0

    def next(self) -> float:
        """The next wait in seconds."""
        self._next = self.start if self._next == 0 else min(self._next * 2, self.maximum)
        return self._next

    def reset(self) -> None:
        """After a success: the next wait is the shortest again."""
        self._next = 0.0


@dataclass
class RunHooks:
    """Seams for the scheduler and the CLI: called after every scan (delivery, heartbeats...)."""

    after_scan: Sequence[Hook] = ()


# ---------------------------------------------------------------------------------------------
# One scan of the watched folder
# ---------------------------------------------------------------------------------------------


class FolderScanner:
    """Scans the watched folder on an open connection and handles what is new."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        report: RunReport,
        should_stop: Callable[[], bool],
        decider: Decider | None = None,
        clock: Clock = utc_clock,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.report = report
        self.should_stop = should_stop
        self.clock = clock
        self.decider = time_limited(
            decider or default_decider(settings), settings.mailbox.parse_timeout
        )
        self.folder = settings.mailbox.folder

    def scan(self, source: MailSource) -> None:
        """Complete pending server actions, then handle every new message in UID order."""
        status = source.select(self.folder)
        last_uid = self._cursor_position(status)
        self._complete(
            source, pending_server_actions(self.sessions, self.folder, status.uidvalidity)
        )
        uids = source.new_uids(last_uid, self.settings.mailbox.since)
        self.report.scans += 1
        if not uids:
            return
        sizes = source.sizes(uids)
        logger.info("%d new message(s) in %s", len(sizes), self.folder)
        for batch in plan_batches([uid for uid in uids if uid in sizes], sizes, self._batch_size):
            if self.should_stop():
                return
            self._handle_batch(source, status, batch, sizes)

    @property
    def _batch_size(self) -> int:
        return self.settings.mailbox.fetch_batch_size

    def _cursor_position(self, status: FolderStatus) -> int:
        """The highest UID handled, or 0 for a new folder or a new UIDVALIDITY (full rescan)."""
        with transaction(self.sessions) as session:
            cursor = load_cursor(session, self.folder)
            cursor.last_poll_at = self.clock()
            if cursor.uidvalidity == status.uidvalidity:
                return cursor.last_uid
            if cursor.uidvalidity is not None:
                logger.warning(
                    "UIDVALIDITY of %s changed from %s to %s: rescanning; messages already "
                    "stored are recognised by Message-ID and hash",
                    self.folder,
                    cursor.uidvalidity,
                    status.uidvalidity,
                )
            cursor.uidvalidity, cursor.last_uid = status.uidvalidity, 0
            return 0

    def _handle_batch(
        self,
        source: MailSource,
        status: FolderStatus,
        batch: Sequence[int],
        sizes: dict[int, int],
    ) -> None:
        limit = self.settings.mailbox.max_message_bytes
        whole = [uid for uid in batch if sizes[uid] <= limit]
        oversize = [uid for uid in batch if sizes[uid] > limit]
        fetched = [*source.fetch(whole), *source.fetch(oversize, header_only=True)]
        if self.should_stop():
            return
        incoming = sorted(
            (self._incoming(status, message, limit) for message in fetched),
            key=lambda item: item.origin.uid or 0,
        )
        if earlier_deaths(self.sessions, self.folder, status.uidvalidity, [m.uid for m in fetched]):
            logger.warning(
                "the worker stopped while handling some of these %d message(s): one at a time",
                len(incoming),
            )
            groups = [[item] for item in incoming]  # so that only the culprit is set aside
        else:
            groups = [incoming] if incoming else []
        for group in groups:
            if self.should_stop():
                return
            self._attempt_group(source, status, group)

    def _attempt_group(
        self, source: MailSource, status: FolderStatus, group: list[IncomingMessage]
    ) -> None:
        """Note the attempt, store the group, act on the server; an attempt that ends in an
        error rather than a death of the worker is not counted."""
        uids = [item.origin.uid for item in group if item.origin.uid is not None]
        deaths = begin_attempts(self.sessions, self.folder, status.uidvalidity, uids)
        group = [replace(item, deaths=deaths.get(item.origin.uid or 0, 0)) for item in group]
        for item in group:
            if item.deaths:
                with message_context(item.message_id):
                    logger.warning(
                        "the worker stopped %d time(s) while handling this message (a crash, or "
                        "parsing past mailbox.parse_timeout); set aside after %d",
                        item.deaths,
                        MAX_HANDLING_DEATHS,
                    )
        try:
            self._store_group(source, group)
        except BaseException:
            self._forget_attempts(status, uids)
            raise

    def _store_group(self, source: MailSource, group: Sequence[IncomingMessage]) -> None:
        """Store messages in one transaction, then act on the server for them."""
        processed = store_messages(
            self.sessions, self.settings, group, decider=self.decider, now=self.clock()
        )
        pending: list[PendingAction] = []
        for result in processed:
            self.report.count(result)
            if result.pending is not None and result.uid is not None:
                pending.append(
                    PendingAction(result.stored_id, result.message_id, result.uid, result.pending)
                )
        self._complete(source, pending)

    def _forget_attempts(self, status: FolderStatus, uids: Sequence[int]) -> None:
        """Messages left unhandled by a stop or an error: that was no death of the worker."""
        try:
            forget_attempts(self.sessions, self.folder, status.uidvalidity, uids)
        except Exception as exc:  # the database may be what failed; the next run copes
            logger.warning(
                "could not clear the handling attempts of %d message(s): %s", len(uids), exc
            )

    def _incoming(
        self, status: FolderStatus, message: FetchedMessage, limit: int
    ) -> IncomingMessage:
        complete = message.complete and message.size <= limit
        origin = Origin.imap(
            self.folder,
            status.uidvalidity,
            message.uid,
            received_at=message.internaldate,
            # The bytes we hold; for a message too large to fetch, the size the server gave.
            size=len(message.raw) if complete else message.size,
            complete=complete,
        )
        if not origin.complete:
            self.report.oversize += 1
        return IncomingMessage.of(message.raw, origin)

    def _complete(self, source: MailSource, pending: Sequence[PendingAction]) -> None:
        if pending:
            server = complete_server_actions(self.sessions, self.settings, source, pending)
            self.report.add_server(server)


def plan_batches(
    uids: Sequence[int], sizes: dict[int, int], count: int, budget: int = FETCH_BYTE_BUDGET
) -> Iterator[list[int]]:
    """UIDs in order, in batches of at most ``count`` messages and about ``budget`` bytes."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = min(sizes.get(uid, 0), budget)
        if batch and (len(batch) >= count or total + size > budget):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


# ---------------------------------------------------------------------------------------------
# The database
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# run --once
# ---------------------------------------------------------------------------------------------


def run_once(
    settings: Settings,
    *,
    should_stop: Callable[[], bool] | None = None,
    hooks: RunHooks | None = None,
    decider: Decider | None = None,
    sleep: Callable[[float], object] | None = None,
    clock: Clock = utc_clock,
    sessions: sessionmaker[Session] | None = None,
) -> RunReport:
    """One pass over the watched folder, reconnecting a few times if the server goes away.

    ``sessions``: the caller's open database (else it is opened, and closed at the end)."""
    if sessions is None:
        with open_database(settings.database.url) as opened:
            return run_once(
                settings,
                should_stop=should_stop,
                hooks=hooks,
                decider=decider,
                sleep=sleep,
                clock=clock,
                sessions=opened,
            )
    stop = should_stop or (lambda: False)
    wait = sleep or threading.Event().wait
    report = RunReport()
    backoff = Backoff(maximum=ONCE_BACKOFF_MAX_SECONDS)
    scanner = FolderScanner(settings, sessions, report, stop, decider, clock)
    while True:
        try:
            with MailSource.open(settings.mailbox) as source:
                scanner.scan(source)
            break
        except MailboxUnavailable as exc:
            if report.reconnects >= ONCE_MAX_RECONNECTS or stop():
                raise
            report.reconnects += 1
            delay = backoff.next()
            logger.warning("%s; connecting again in %.0f s", exc, delay)
            wait(delay)
    _run_hooks(hooks, sessions)
    logger.info("run: %s", report.summary())
    return report


def _run_hooks(hooks: RunHooks | None, sessions: sessionmaker[Session]) -> None:
    for hook in hooks.after_scan if hooks else ():
        try:
            hook(sessions)
        except Exception:
            logger.exception("a hook after the scan failed")


# ---------------------------------------------------------------------------------------------
# The daemon
# ---------------------------------------------------------------------------------------------


class Daemon:
    """Scan, then wait for news (IDLE or polling), again and again; reconnect with backoff."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        stop_event: threading.Event,
        hooks: RunHooks | None = None,
        decider: Decider | None = None,
        clock: Clock = utc_clock,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.stop_event = stop_event
        self.hooks = hooks
        self.report = RunReport()
        self.backoff = Backoff(maximum=DAEMON_BACKOFF_MAX_SECONDS)
        self.scanner = FolderScanner(
            settings, sessions, self.report, stop_event.is_set, decider, clock
        )

    def run(self) -> RunReport:
        """Until the stop event is set."""
        while not self.stop_event.is_set():
            try:
                self._session()
            except ConfigError:
                raise  # a configuration problem (a password command that fails): a person must act
            except (ImapError, DatabaseError, SQLAlchemyError) as exc:
                self._pause_after(exc)
            except Exception as exc:  # a bug must not end the daemon: log it, back off, go on
                logger.exception("unexpected error in the mailbox loop")
                self._pause_after(exc)
        logger.info("daemon stopped: %s", self.report.summary())
        return self.report

    def _session(self) -> None:
        """One connection's life: scan at once, then wait and scan until it breaks or we stop."""
        with MailSource.open(self.settings.mailbox) as source:
            use_idle = self.settings.schedule.idle and source.supports_idle
            logger.info("connected; waiting for mail with %s", "IDLE" if use_idle else "polling")
            while not self.stop_event.is_set():
                self.scanner.scan(source)
                self.backoff.reset()
                _run_hooks(self.hooks, self.sessions)
                self._wait(source, use_idle)

    def _wait(self, source: MailSource, use_idle: bool) -> None:
        schedule = self.settings.schedule
        if use_idle:
            source.wait_for_news(schedule.idle_renew_seconds, self.stop_event.is_set)
        else:
            self.stop_event.wait(schedule.poll_interval)

    def _pause_after(self, exc: Exception) -> None:
        delay = self.backoff.next()
        self.report.reconnects += 1
        level = logging.WARNING if isinstance(exc, MailboxUnavailable) else logging.ERROR
        logger.log(level, "%s; trying again in %.0f s", _one_line(exc), delay)
        self.stop_event.wait(delay)


def run_forever(
    settings: Settings,
    stop_event: threading.Event,
    *,
    hooks: RunHooks | None = None,
    decider: Decider | None = None,
) -> RunReport:
    """The daemon: handle mail as it arrives until ``stop_event`` is set (then finish the message
    in hand and return). Call it from the main thread or from a thread of a scheduler."""
    with open_database(settings.database.url) as sessions:
        return Daemon(settings, sessions, stop_event, hooks, decider).run()


def _one_line(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return f"{exc.__class__.__name__}: {text}"
