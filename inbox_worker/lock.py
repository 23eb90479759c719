"""One daemon per database: a named lock row, kept alive by heartbeats, that a second daemon respects."""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.database import transaction
from inbox_worker.errors import InboxWorkerError
from models.tables import DaemonLock

logger = logging.getLogger(__name__)

DAEMON_LOCK_NAME: Final = "daemon"
HEARTBEAT_INTERVAL: Final = timedelta(seconds=20)
STALE_AFTER: Final = timedelta(seconds=90)


class DaemonAlreadyRunning(InboxWorkerError):
    """Another daemon holds the lock on this database and is alive."""


class LockLost(InboxWorkerError):
    """This daemon's lock was taken over (its heartbeats stopped for too long)."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock: a host name and a process id, written as ``host:pid``."""

    host: str
    pid: int

    @classmethod
    def this_process(cls) -> LockHolder:
        """The holder that stands for the running process."""
        return cls(socket.gethostname(), os.getpid())

    @classmethod
    def parse(cls, text: str) -> LockHolder:
        """Read ``host:pid``; an unreadable pid becomes 0 (never alive)."""
        host, _, pid = text.rpartition(":")
        return cls(host, int(pid) if pid.isdigit() else 0)

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}"

    def is_gone(self) -> bool:
        """True when the holder is a process of this host that no longer exists."""
        if self.host != socket.gethostname() or self.pid <= 0:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


def acquire(factory: sessionmaker[Session], holder: LockHolder, now: datetime) -> None:
    """Take the daemon lock, or raise DaemonAlreadyRunning naming who holds it."""
    try:
        with transaction(factory) as session:
            row = session.get(DaemonLock, DAEMON_LOCK_NAME, with_for_update=True)
            if row is None:
                session.add(_new_lock(holder, now))
            else:
                _take_over_if_free(row, holder, now)
    except IntegrityError:
        raise DaemonAlreadyRunning(
            "another daemon took the lock on this database at the same moment"
        ) from None
    logger.info("daemon lock taken by %s", holder)


def _new_lock(holder: LockHolder, now: datetime) -> DaemonLock:
    return DaemonLock(name=DAEMON_LOCK_NAME, holder=str(holder), acquired_at=now, heartbeat_at=now)


def _take_over_if_free(row: DaemonLock, holder: LockHolder, now: datetime) -> None:
    previous = LockHolder.parse(row.holder)
    stale = now - row.heartbeat_at > STALE_AFTER
    if previous != holder and not stale and not previous.is_gone():
        expires = row.heartbeat_at + STALE_AFTER
        raise DaemonAlreadyRunning(
            f"another daemon ({previous}) is running on this database since "
            f"{row.acquired_at:%Y-%m-%d %H:%M:%S} UTC; if it is gone, its lock expires at "
            f"{expires:%H:%M:%S} UTC"
        )
    if previous != holder:
        logger.warning("taking over the daemon lock of %s, which is gone or silent", previous)
    row.holder = str(holder)
    row.acquired_at = now
    row.heartbeat_at = now


def heartbeat(factory: sessionmaker[Session], holder: LockHolder, now: datetime) -> None:
    """Tell other processes this daemon is alive; raise LockLost if another took the lock."""
    with transaction(factory) as session:
        row = session.get(DaemonLock, DAEMON_LOCK_NAME, with_for_update=True)
        if row is None or row.holder != str(holder):
            raise LockLost(f"the daemon lock is now held by {row.holder if row else 'nobody'}")
        row.heartbeat_at = now


def release(factory: sessionmaker[Session], holder: LockHolder) -> None:
    """Give the lock up, if this process still holds it."""
    with transaction(factory) as session:
        row = session.get(DaemonLock, DAEMON_LOCK_NAME, with_for_update=True)
        if row is not None and row.holder == str(holder):
            session.delete(row)
    logger.info("daemon lock released by %s", holder)
