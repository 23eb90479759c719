"""The daemon as the organiser runs it: a simulated day against a real Dovecot and aiosmtpd,
one daemon per database, and a prompt, loss-free stop on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from inbox_worker.config import Settings
from inbox_worker.daemon import WorkerDaemon, run_cycle
from inbox_worker.database import open_database
from models.tables import Digest
from tests.dovecot import DovecotServer
from tests.imap_helpers import (
    message_id_of,
    python_path,
    read_database,
    registration,
    settings_for,
    write_config,
)
from tests.smtp_server import SmtpServer

BRUSSELS = ZoneInfo("Europe/Brussels")
DIGEST_ADDRESS = "organisatie@kcvs.be"
DIGEST_SUBJECT_START = "Inschrijvingen"
GENEROUS_SECONDS = 30.0
FAST_SCHEDULE = {
    "idle": True,
    "idle_renew_seconds": 60,
    "poll_interval": 1,
    "outbox_interval": 0.2,
    "digest_check_interval": 0.2,
}


class TestClock:
    """A clock the test moves by hand; the daemon's jobs read it."""

    __test__ = False

    def __init__(self, start: datetime) -> None:
        self.moment = start
        self.lock = threading.Lock()

    def __call__(self) -> datetime:
        with self.lock:
            return self.moment

    def set(self, moment: datetime) -> None:
        with self.lock:
            self.moment = moment


def wait_for(condition: Callable[[], bool], timeout: float = GENEROUS_SECONDS) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:.0f} s")
        time.sleep(0.05)


@contextmanager
def running_daemon(settings: Settings, clock: TestClock) -> Iterator[WorkerDaemon]:
    daemon = WorkerDaemon(settings, clock=clock)
    thread = threading.Thread(target=daemon.run, name="test-daemon")
    thread.start()
    try:
        yield daemon
    finally:
        daemon.stop_event.set()
        thread.join(GENEROUS_SECONDS)
        assert not thread.is_alive(), "the daemon did not stop"


def digests(smtp: SmtpServer) -> list[str]:
    return [
        str(item.message["Subject"]).strip()
        for item in smtp.received
        if str(item.message["Subject"]).strip().startswith(DIGEST_SUBJECT_START)
    ]


def replies_to(smtp: SmtpServer, address: str) -> int:
    return sum(1 for item in smtp.received if address in item.rcpt_tos)


@pytest.fixture
def day_settings(dovecot: DovecotServer, smtp_server: SmtpServer, tmp_path: Path) -> Settings:
    return settings_for(
        tmp_path,
        dovecot.mailbox_settings(),
        smtp=smtp_server.smtp_settings(),
        schedule=FAST_SCHEDULE,
        digest={"recipients": [DIGEST_ADDRESS], "time": "08:00"},
    )


def test_a_simulated_day_mail_in_replies_out_one_digest_across_a_restart(
    dovecot: DovecotServer, smtp_server: SmtpServer, day_settings: Settings
) -> None:
    morning = datetime(2018, 11, 20, 7, 0, tzinfo=BRUSSELS)
    clock = TestClock(morning)
    first, second = registration(1, morning), registration(2, morning)
    address_of = {
        raw: raw.split(b"E-mail: ")[1].split(b"\r\n")[0].decode() for raw in (first, second)
    }

    with running_daemon(day_settings, clock):
        dovecot.append(first, when=morning)
        wait_for(lambda: replies_to(smtp_server, address_of[first]) == 1)
        time.sleep(1.0)  # several digest checks pass before the hour: none is sent
        assert digests(smtp_server) == []

        clock.set(morning.replace(hour=8, minute=0, second=30))
        wait_for(lambda: len(digests(smtp_server)) == 1)

    # A restart later that morning: new mail is answered, and no second digest goes out.
    clock.set(morning.replace(hour=11))
    with running_daemon(day_settings, clock):
        dovecot.append(second, when=morning.replace(hour=10, minute=45))
        wait_for(lambda: replies_to(smtp_server, address_of[second]) == 1)
        time.sleep(1.0)
        assert len(digests(smtp_server)) == 1

        clock.set(morning + timedelta(days=1, hours=1, minutes=5))  # the next day, 08:05
        wait_for(lambda: len(digests(smtp_server)) == 2)

    assert replies_to(smtp_server, address_of[first]) == 1
    assert replies_to(smtp_server, address_of[second]) == 1
    assert [item for item in smtp_server.received if DIGEST_ADDRESS in item.rcpt_tos]
    stored = read_database(day_settings.database.url)
    assert stored.registrants == {address_of[first]: 1, address_of[second]: 1}
    with open_database(day_settings.database.url) as sessions, sessions() as session:
        days = session.execute(select(Digest.day, Digest.sent_at).order_by(Digest.day)).all()
    assert [day for day, _ in days] == [morning.date(), morning.date() + timedelta(days=1)]
    assert all(sent_at is not None for _, sent_at in days)


def test_run_once_does_a_whole_cycle_for_cron(
    dovecot: DovecotServer, smtp_server: SmtpServer, day_settings: Settings
) -> None:
    when = datetime(2018, 11, 21, 9, 30, tzinfo=BRUSSELS)
    raw = registration(3, when)
    dovecot.append(raw, when=when)
    report = run_cycle(day_settings, lambda: when)
    assert report.ok, report.summary()
    assert report.mail is not None and report.mail.new == 1
    assert report.digest_queued  # 09:30 is past the digest's hour and none was sent today
    assert len(digests(smtp_server)) == 1
    assert replies_to(smtp_server, message_address(raw)) == 1

    again = run_cycle(day_settings, lambda: when + timedelta(minutes=5))
    assert again.ok and again.mail is not None and again.mail.new == 0
    assert not again.digest_queued
    assert len(smtp_server.received) == 2


def test_run_once_fails_when_replies_cannot_be_sent(
    dovecot: DovecotServer, smtp_server: SmtpServer, day_settings: Settings
) -> None:
    when = datetime(2018, 11, 21, 7, 30, tzinfo=BRUSSELS)
    dovecot.append(registration(4, when), when=when)
    smtp_server.stop()
    report = run_cycle(day_settings, lambda: when)
    assert not report.ok
    assert any(line.startswith("replies:") for line in report.failures)


def message_address(raw: bytes) -> str:
    return raw.split(b"E-mail: ")[1].split(b"\r\n")[0].decode()


# ---------------------------------------------------------------------------------------------
# The daemon as a process: one per database, SIGTERM
# ---------------------------------------------------------------------------------------------


def start_worker(config: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": python_path()}
    return subprocess.Popen(
        [sys.executable, "-m", "inbox_worker", "--config", str(config), "run", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_line(process: subprocess.Popen[str], text: str) -> list[str]:
    seen: list[str] = []
    assert process.stderr is not None
    deadline = time.monotonic() + GENEROUS_SECONDS
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            break
        seen.append(line)
        if text in line:
            return seen
    raise AssertionError(f"{text!r} never logged; got:\n{''.join(seen)}")


def test_second_daemon_refuses_and_sigterm_stops_the_first_quickly_losing_nothing(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path, dovecot.mailbox_settings(), schedule=FAST_SCHEDULE)
    messages = [registration(index) for index in range(10, 40)]
    first = start_worker(config)
    try:
        wait_for_line(first, "daemon started")
        second = start_worker(config)
        _, err = second.communicate(timeout=GENEROUS_SECONDS)
        assert second.returncode != 0
        assert "another daemon" in err and "running on this database" in err

        dovecot.append_many(messages)
        url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
        wait_for(lambda: len(read_database(url).messages) >= 3)
        started = time.monotonic()
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=GENEROUS_SECONDS)
        assert time.monotonic() - started < 5.0
        assert first.returncode == 0
    finally:
        if first.poll() is None:
            first.kill()

    finish = start_worker(config, "--once")
    finish.communicate(timeout=120)
    assert finish.returncode == 0
    stored = read_database(f"sqlite:///{tmp_path / 'worker.sqlite3'}")
    assert stored.messages == {message_id_of(raw): 1 for raw in messages}
    assert all(count == 1 for count in stored.registrants.values())
    assert all(count == 1 for count in stored.replies.values())
