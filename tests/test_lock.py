"""One daemon per database: the lock refuses a second holder, expires when silent, and is released."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker import lock
from inbox_worker.lock import DaemonAlreadyRunning, LockHolder, LockLost
from models.tables import DaemonLock

NOW = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
OTHER_HOST = LockHolder("other-host.example", 4242)


def test_second_holder_is_refused_with_a_clear_message(db_sessions: sessionmaker[Session]) -> None:
    lock.acquire(db_sessions, OTHER_HOST, NOW)
    with pytest.raises(DaemonAlreadyRunning, match=r"other-host\.example:4242"):
        lock.acquire(db_sessions, LockHolder.this_process(), NOW + timedelta(seconds=5))


def test_silent_holder_loses_the_lock(db_sessions: sessionmaker[Session]) -> None:
    lock.acquire(db_sessions, OTHER_HOST, NOW)
    me = LockHolder.this_process()
    lock.acquire(db_sessions, me, NOW + lock.STALE_AFTER + timedelta(seconds=1))
    with pytest.raises(LockLost):
        lock.heartbeat(db_sessions, OTHER_HOST, NOW + lock.STALE_AFTER + timedelta(seconds=2))
    lock.heartbeat(db_sessions, me, NOW + lock.STALE_AFTER + timedelta(seconds=2))


def test_heartbeats_keep_the_lock(db_sessions: sessionmaker[Session]) -> None:
    lock.acquire(db_sessions, OTHER_HOST, NOW)
    later = NOW
    for _ in range(10):
        later += lock.HEARTBEAT_INTERVAL
        lock.heartbeat(db_sessions, OTHER_HOST, later)
    with pytest.raises(DaemonAlreadyRunning):
        lock.acquire(db_sessions, LockHolder.this_process(), later + timedelta(seconds=1))


def test_a_dead_process_on_this_host_frees_the_lock_at_once(
    db_sessions: sessionmaker[Session],
) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = LockHolder(LockHolder.this_process().host, int(finished.stdout))
    lock.acquire(db_sessions, dead, NOW)
    lock.acquire(db_sessions, LockHolder.this_process(), NOW + timedelta(seconds=1))


def test_release_lets_the_next_daemon_start(db_sessions: sessionmaker[Session]) -> None:
    me = LockHolder.this_process()
    lock.acquire(db_sessions, OTHER_HOST, NOW)
    lock.release(db_sessions, OTHER_HOST)
    lock.acquire(db_sessions, me, NOW + timedelta(seconds=1))
    with db_sessions() as session:
        row = session.get(DaemonLock, lock.DAEMON_LOCK_NAME)
        assert row is not None and row.holder == str(me)
    lock.release(db_sessions, OTHER_HOST)  # not the holder: changes nothing
    with db_sessions() as session:
        assert session.get(DaemonLock, lock.DAEMON_LOCK_NAME) is not None
