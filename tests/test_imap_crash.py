"""SIGKILL at random points during ``run --once``, again and again: nothing lost, nothing twice."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inbox_worker.ingest import MAX_HANDLING_DEATHS
from tests.dovecot import DovecotServer
from tests.imap_helpers import (
    personal,
    python_path,
    read_database,
    registration,
    write_config,
)

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
PROCESSED = "INBOX/Inschrijvingen"
EVENT_MAILS = 240
OWN_MAILS = 60
MAX_KILLS = 40  # then one start runs to the end: on a slow machine a kill may come every message
MIN_KILLS = 10
FINAL_RUN_TIMEOUT_SECONDS = 300
BLIND_KILL_SECONDS = (0.0, 2.0)  # one kill in four: anywhere, start-up and connecting included
KILL_AFTER_PROGRESS_SECONDS = (0.0, 0.1)  # the others: while messages are being handled
PROGRESS_TIMEOUT_SECONDS = 60.0
SEED = 20181207


def start_worker(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "inbox_worker", "--config", str(config), "run", "--once"],
            cwd=REPO,
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": python_path()},
        )


def stored_count(database: Path) -> int:
    """How many messages the worker has committed (0 before it created its tables)."""
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=30)) as connection:
            return int(connection.execute("SELECT count(*) FROM stored_messages").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def most_deaths(database: Path) -> int:
    """The most runs that died while handling one message not yet stored (0 if none)."""
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=30)) as connection:
            row = connection.execute("SELECT max(attempts) FROM handling_attempts").fetchone()
            return int(row[0] or 0)
    except sqlite3.OperationalError:
        return 0


def wait_for_progress(worker: subprocess.Popen[bytes], database: Path, before: int) -> None:
    """Until the worker has committed a message more, or has ended."""
    deadline = time.monotonic() + PROGRESS_TIMEOUT_SECONDS
    while worker.poll() is None and stored_count(database) <= before:
        assert time.monotonic() < deadline, "the worker makes no progress"
        time.sleep(0.02)


def kill_at_random(
    worker: subprocess.Popen[bytes], database: Path, before: int, rng: random.Random
) -> bool:
    """Kill the worker at a random point; False when it ended by itself first.

    A message that runs died with twice is handled first and alone in the next run: that run is
    killed only after its first commit, so no message dies MAX_HANDLING_DEATHS times in hand,
    which would rightly set it aside as poison (that is test_imap_poison's subject, not this).
    """
    blind = rng.random() < 0.25
    if blind and most_deaths(database) < MAX_HANDLING_DEATHS - 1:
        delay = rng.uniform(*BLIND_KILL_SECONDS)
    else:
        wait_for_progress(worker, database, before)
        delay = rng.uniform(*KILL_AFTER_PROGRESS_SECONDS)
    try:
        worker.wait(delay)
    except subprocess.TimeoutExpired:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        return True
    return False


def test_killed_at_random_points_every_message_is_handled_exactly_once(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    events = [registration(index) for index in range(EVENT_MAILS)]
    own = [personal(index) for index in range(OWN_MAILS)]
    mixed = [*events[:OWN_MAILS], *own, *events[OWN_MAILS:]]
    rng.shuffle(mixed)
    dovecot.append_many(mixed)
    config = write_config(tmp_path, dovecot.mailbox_settings(fetch_batch_size=10))
    database = tmp_path / "worker.sqlite3"
    log = tmp_path / "worker.log"

    kills = mid_run = 0
    finished = False
    for _start in range(MAX_KILLS):
        before = stored_count(database)
        worker = start_worker(config, log)
        if kill_at_random(worker, database, before, rng):
            kills += 1
            mid_run += before < stored_count(database) < len(mixed)
            continue
        assert worker.returncode == 0, log.read_text()[-3000:]
        finished = True
        break
    if not finished:  # killed as often as wanted: this start may run to the end
        worker = start_worker(config, log)
        assert worker.wait(FINAL_RUN_TIMEOUT_SECONDS) == 0, log.read_text()[-3000:]

    print(f"{kills} kills, {mid_run} of them while messages were being handled")
    assert kills >= MIN_KILLS and mid_run >= MIN_KILLS // 2

    last_log = tmp_path / "last-run.log"
    last = start_worker(config, last_log)
    assert last.wait(120) == 0
    assert "0 new, 0 already known, 0 moved" in last_log.read_text()

    stored = read_database(f"sqlite:///{database}")
    assert len(stored.messages) == len(mixed) and set(stored.messages.values()) == {1}
    assert set(stored.server_states.values()) <= {"moved", "untouched"}
    assert len(stored.registrants) == EVENT_MAILS and set(stored.registrants.values()) == {1}
    assert len(stored.replies) == EVENT_MAILS and set(stored.replies.values()) == {1}
    processed = dovecot.messages(PROCESSED)
    assert len(processed) == EVENT_MAILS
    assert all(len(copies) == 1 for copies in processed.values())
    inbox = dovecot.messages("INBOX")
    assert len(inbox) == OWN_MAILS
    assert all(copies == [frozenset()] for copies in inbox.values())
