"""The long-running worker and the cron cycle: the mailbox loop in its own thread, the outbox,
the digest, housekeeping and the lock heartbeat as APScheduler 3 jobs, all on one clock."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from inbox_worker import lock
from inbox_worker.config import Settings
from inbox_worker.database import open_database
from inbox_worker.delivery.outbox import DEFAULT_BATCH, DeliveryReport, deliver_due
from inbox_worker.delivery.sent import sent_mailbox_for
from inbox_worker.delivery.transport import make_transport
from inbox_worker.digest import send_digest_if_due
from inbox_worker.errors import InboxWorkerError
from inbox_worker.lock import LockHolder, LockLost
from inbox_worker.privacy import purge_expired
from inbox_worker.runner import (
    Clock,
    Daemon,
    RunHooks,
    RunReport,
    run_once,
    utc_clock,
)

if TYPE_CHECKING:
    from apscheduler.events import JobExecutionEvent
    from apscheduler.schedulers.background import BackgroundScheduler

logger = logging.getLogger(__name__)

_T = TypeVar("_T")
# A periodic use case: what it needs is the database, the configuration and the time.
UseCase = Callable[[sessionmaker[Session], Settings, datetime], object]

OUTBOX_JOB: Final = "outbox"
DIGEST_JOB: Final = "digest"
HOUSEKEEPING_JOB: Final = "housekeeping"
HEARTBEAT_JOB: Final = "heartbeat"
DIGEST_MISFIRE_GRACE_SECONDS: Final = 3600
HOUSEKEEPING_INTERVAL: Final = timedelta(hours=6)
STOP_POLL_SECONDS: Final = 0.2
MAILBOX_JOIN_SECONDS: Final = 10.0


# ---------------------------------------------------------------------------------------------
# The jobs: use cases on (sessions, settings, now), shared by the daemon and run --once
# ---------------------------------------------------------------------------------------------


def deliver_outbox(
    sessions: sessionmaker[Session],
    settings: Settings,
    now: datetime,
    *,
    limit: int | None = DEFAULT_BATCH,
) -> DeliveryReport:
    """Send the replies that are due (at most ``limit``; None: all), then copy them to the Sent
    folder."""
    return deliver_due(
        sessions,
        settings,
        make_transport(settings),
        now,
        sent_mailbox=sent_mailbox_for(settings),
        limit=limit,
    )


def send_digest(sessions: sessionmaker[Session], settings: Settings, now: datetime) -> bool:
    """Queue today's digest if its hour has come (once a day, whatever restarts) and deliver it."""
    queued = send_digest_if_due(sessions, settings, now)
    if queued:
        deliver_outbox(sessions, settings, now)
    return queued


def housekeeping(sessions: sessionmaker[Session], settings: Settings, now: datetime) -> None:
    """Erase personal data past the retention period."""
    report = purge_expired(sessions, settings, now)
    if report is not None and report.total:
        logger.info("housekeeping: purged %d rows of personal data", report.total)


# ---------------------------------------------------------------------------------------------
# run --once: one whole cycle for cron
# ---------------------------------------------------------------------------------------------


@dataclass
class CycleReport:
    """What one cron cycle did, and what failed in it."""

    mail: RunReport | None = None
    delivery: DeliveryReport | None = None
    digest_queued: bool = False
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every step of the cycle succeeded."""
        return not self.failures

    def summary(self) -> str:
        """One line per step, for the terminal and cron's mail."""
        lines = [
            f"mail: {self.mail.summary() if self.mail else 'not read'}",
            f"replies: {self.delivery.summary() if self.delivery else 'not sent'}",
            f"digest: {'queued for sending' if self.digest_queued else 'not due'}",
        ]
        lines.extend(f"FAILED: {failure}" for failure in self.failures)
        return "\n".join(lines)


def run_cycle(settings: Settings, clock: Clock = utc_clock, *, deliver: bool = True) -> CycleReport:
    """Fetch and decide new mail, send due replies, queue the digest if due: once, under the lock."""
    report = CycleReport()
    with open_database(settings.database.url) as sessions, _holding_lock(sessions, clock):
        report.mail = _step(
            report, "mail", lambda: run_once(settings, clock=clock, sessions=sessions)
        )
        if report.mail is not None and report.mail.failed:
            report.failures.append(f"mail: {report.mail.failed} message(s) could not be handled")
        report.digest_queued = bool(
            _step(report, "digest", lambda: send_digest_if_due(sessions, settings, clock()))
        )
        if deliver:
            report.delivery = _step(
                report, "replies", lambda: deliver_outbox(sessions, settings, clock(), limit=None)
            )
            if report.delivery is not None and not report.delivery.ok:
                report.failures.append(f"replies: {report.delivery.summary()}")
    return report


def _step(report: CycleReport, name: str, action: Callable[[], _T]) -> _T | None:
    """Run one step of the cycle; a failure is recorded and the next steps still run."""
    try:
        return action()
    except InboxWorkerError as exc:  # an operational failure we understand: one line is enough
        logger.error("%s failed: %s", name, exc)
        failure: Exception = exc
    except Exception as exc:
        logger.exception("%s failed unexpectedly", name)
        failure = exc
    report.failures.append(f"{name}: {failure.__class__.__name__}: {failure}")
    return None


@contextmanager
def _holding_lock(sessions: sessionmaker[Session], clock: Clock) -> Iterator[LockHolder]:
    """Hold the daemon lock for the length of a block (so cron never overlaps a daemon)."""
    holder = LockHolder.this_process()
    lock.acquire(sessions, holder, clock())
    try:
        yield holder
    finally:
        lock.release(sessions, holder)


# ---------------------------------------------------------------------------------------------
# The daemon
# ---------------------------------------------------------------------------------------------


class WorkerDaemon:
    """The daemon: the lock, the mailbox thread and the scheduled jobs, until told to stop."""

    def __init__(
        self,
        settings: Settings,
        stop_event: threading.Event | None = None,
        clock: Clock = utc_clock,
    ) -> None:
        self.settings = settings
        self.stop_event = stop_event or threading.Event()
        self.clock = clock
        self.failed = False

    def run(self) -> None:
        """Take the lock, start the jobs and the mailbox loop; return once stopped."""
        with (
            open_database(self.settings.database.url) as sessions,
            _holding_lock(sessions, self.clock) as me,
        ):
            scheduler = self._scheduler(sessions, me)
            mailbox = self._mailbox_thread(sessions, scheduler)
            scheduler.start()
            mailbox.start()
            logger.info("daemon started as %s", me)
            try:
                self._wait_for_stop(mailbox)
            finally:
                self.stop_event.set()
                mailbox.join(MAILBOX_JOIN_SECONDS)
                scheduler.shutdown(wait=True)
        logger.info("daemon stopped")

    def _wait_for_stop(self, mailbox: threading.Thread) -> None:
        while not self.stop_event.wait(STOP_POLL_SECONDS):
            if not mailbox.is_alive():
                logger.error("the mailbox loop ended unexpectedly; stopping")
                self.failed = True
                return

    def _mailbox_thread(
        self, sessions: sessionmaker[Session], scheduler: BackgroundScheduler
    ) -> threading.Thread:
        def deliver_soon(_: sessionmaker[Session]) -> None:
            job = scheduler.get_job(OUTBOX_JOB)
            if job is not None:
                job.modify(next_run_time=datetime.now(UTC))

        loop = Daemon(
            self.settings, sessions, self.stop_event, RunHooks((deliver_soon,)), clock=self.clock
        )
        return threading.Thread(target=loop.run, name="mailbox", daemon=True)

    def _scheduler(self, sessions: sessionmaker[Session], me: LockHolder) -> BackgroundScheduler:
        """The periodic jobs, each with an explicit id; the first runs of the use cases are now."""
        # Imported here: run --once (cron) needs no scheduler.
        from apscheduler.events import EVENT_JOB_ERROR
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(
            timezone=self.settings.event.zone,
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        schedule = self.settings.schedule
        use_cases: list[tuple[str, UseCase, float, dict[str, object]]] = [
            (OUTBOX_JOB, deliver_outbox, schedule.outbox_interval, {}),
            (
                DIGEST_JOB,
                send_digest,
                schedule.digest_check_interval,
                {"misfire_grace_time": DIGEST_MISFIRE_GRACE_SECONDS},
            ),
            (HOUSEKEEPING_JOB, housekeeping, HOUSEKEEPING_INTERVAL.total_seconds(), {}),
        ]
        for job_id, use_case, seconds, options in use_cases:
            scheduler.add_job(
                self._job(use_case, sessions), "interval", seconds=seconds, id=job_id,
                replace_existing=True, next_run_time=datetime.now(UTC), **options,
            )  # fmt: skip
        scheduler.add_job(
            self._heartbeat(sessions, me), "interval", id=HEARTBEAT_JOB, replace_existing=True,
            seconds=lock.HEARTBEAT_INTERVAL.total_seconds(),
        )  # fmt: skip
        scheduler.add_listener(self._on_job_error, EVENT_JOB_ERROR)
        return scheduler

    def _job(self, use_case: UseCase, sessions: sessionmaker[Session]) -> Callable[[], None]:
        """A use case as a scheduler job: on the daemon's clock, and not once stopping."""

        def run() -> None:
            if not self.stop_event.is_set():
                _run_job(use_case, sessions, self.settings, self.clock)

        return run

    def _heartbeat(self, sessions: sessionmaker[Session], me: LockHolder) -> Callable[[], None]:
        def beat() -> None:
            try:
                lock.heartbeat(sessions, me, self.clock())
            except LockLost as exc:
                logger.error("%s; stopping", exc)
                self.failed = True
                self.stop_event.set()

        return beat

    def _on_job_error(self, event: JobExecutionEvent) -> None:
        logger.error("job %s failed: %s", event.job_id, event.exception)


def _run_job(
    action: UseCase,
    sessions: sessionmaker[Session],
    settings: Settings,
    clock: Clock,
) -> None:
    try:
        action(sessions, settings, clock())
    except Exception:
        logger.exception("job %s failed; it runs again at its next time", action.__name__)
