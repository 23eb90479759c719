"""SIGKILL at random points during ``run --once``, again and again: nothing lost, nothing twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

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
EVENT_MAILS = 160
OWN_MAILS = 40
MAX_STARTS = 60
MIN_KILLS = 8
KILL_AFTER_SECONDS = (0.4, 2.5)
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


def stored_count(url: str) -> int:
    try:
        return len(read_database(url).messages)
    except Exception:  # not created yet
        return 0


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
    url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
    log = tmp_path / "worker.log"

    kills = mid_run = 0
    finished = False
    for _start in range(MAX_STARTS):
        before = stored_count(url)
        worker = start_worker(config, log)
        try:
            returncode = worker.wait(rng.uniform(*KILL_AFTER_SECONDS))
        except subprocess.TimeoutExpired:
            worker.send_signal(signal.SIGKILL)
            worker.wait()
            kills += 1
            after = stored_count(url)
            mid_run += before < after < len(mixed)
            continue
        assert returncode == 0, log.read_text()[-3000:]
        finished = True
        break

    print(f"{kills} kills, {mid_run} of them while messages were being handled")
    assert finished, "the worker never got to the end"
    assert kills >= MIN_KILLS and mid_run >= MIN_KILLS // 2

    last_log = tmp_path / "last-run.log"
    last = start_worker(config, last_log)
    assert last.wait(120) == 0
    assert "0 new, 0 already known, 0 moved" in last_log.read_text()

    stored = read_database(url)
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
