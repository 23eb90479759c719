"""The daemon against a real Dovecot: IDLE within seconds, reconnects after a restart, stops promptly."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from inbox_worker.config import Settings
from inbox_worker.runner import RunHooks, RunReport, run_forever
from tests.dovecot import DovecotServer
from tests.imap_helpers import message_id_of, read_database, registration, settings_for

pytestmark = pytest.mark.dovecot

PROCESSED = "INBOX/Inschrijvingen"
IDLE_LATENCY_TARGET_SECONDS = 2.0
GENEROUS_SECONDS = 30.0


def wait_for(condition: Callable[[], bool], timeout: float = GENEROUS_SECONDS) -> float:
    """Seconds until ``condition()`` holds; fails after ``timeout``."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"still not done after {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - started


class RunningDaemon:
    """A daemon in a thread, with what the test needs to watch and stop it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stop = threading.Event()
        self.report: RunReport | None = None
        self.scans = threading.Event()
        self.thread = threading.Thread(target=self._run, name="daemon", daemon=True)

    def _run(self) -> None:
        hooks = RunHooks(after_scan=(lambda sessions: self.scans.set(),))
        self.report = run_forever(self.settings, self.stop, hooks=hooks)

    def stored(self) -> set[str]:
        try:
            return set(read_database(self.settings.database.url).messages)
        except OperationalError:  # the daemon has not created the schema yet
            return set()

    def handled(self, message_id: str) -> Callable[[], bool]:
        return lambda: message_id in self.stored()

    def waiting(self) -> None:
        """Until the daemon has finished its first scan; right after that it waits for mail."""
        wait_for(self.scans.is_set)
        time.sleep(0.2)  # the IDLE command is on its way


@contextmanager
def daemon(settings: Settings) -> Iterator[RunningDaemon]:
    running = RunningDaemon(settings)
    running.thread.start()
    try:
        yield running
    finally:
        running.stop.set()
        running.thread.join(10)
        assert not running.thread.is_alive(), "the daemon did not stop"


@pytest.fixture
def settings(dovecot: DovecotServer, tmp_path: Path) -> Settings:
    return settings_for(tmp_path, dovecot.mailbox_settings())


def test_a_message_appended_during_idle_is_handled_within_two_seconds(
    dovecot: DovecotServer, settings: Settings
) -> None:
    dovecot.append(registration(1))
    with daemon(settings) as running:
        wait_for(running.handled(message_id_of(registration(1))))
        running.waiting()  # now it waits in IDLE
        dovecot.append(registration(2))
        appended = time.monotonic()
        wait_for(running.handled(message_id_of(registration(2))))
        latency = time.monotonic() - appended
        wait_for(lambda: dovecot.count(PROCESSED) == 2)
    print(f"IDLE latency: {latency:.3f} s")
    assert latency < IDLE_LATENCY_TARGET_SECONDS


def test_dovecot_restarted_during_idle_the_daemon_reconnects_and_carries_on(
    dovecot: DovecotServer, settings: Settings
) -> None:
    with daemon(settings) as running:
        dovecot.append(registration(1))
        wait_for(running.handled(message_id_of(registration(1))))
        running.waiting()
        dovecot.stop()
        time.sleep(1.5)
        dovecot.start()
        dovecot.append(registration(2))
        wait_for(running.handled(message_id_of(registration(2))))
        wait_for(lambda: dovecot.count(PROCESSED) == 2)
    assert running.report is not None and running.report.reconnects >= 1


def test_a_hard_kill_of_the_server_during_idle_is_noticed(
    dovecot: DovecotServer, settings: Settings
) -> None:
    with daemon(settings) as running:
        running.waiting()
        dovecot.kill()  # no BYE, the connection just ends
        time.sleep(0.5)
        dovecot.start()
        dovecot.append(registration(3))
        wait_for(running.handled(message_id_of(registration(3))))
    assert running.report is not None and running.report.reconnects >= 1


def test_the_daemon_stops_promptly(dovecot: DovecotServer, settings: Settings) -> None:
    running = RunningDaemon(settings)
    running.thread.start()
    running.waiting()
    asked = time.monotonic()
    running.stop.set()
    running.thread.join(10)
    assert not running.thread.is_alive()
    assert time.monotonic() - asked < 2.0


def test_without_idle_the_daemon_polls(dovecot: DovecotServer, tmp_path: Path) -> None:
    settings = settings_for(
        tmp_path, dovecot.mailbox_settings(), schedule={"idle": False, "poll_interval": 1}
    )
    with daemon(settings) as running:
        running.waiting()
        dovecot.append(registration(4))
        elapsed = wait_for(running.handled(message_id_of(registration(4))))
    assert elapsed < 5
