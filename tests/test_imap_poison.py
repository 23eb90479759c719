"""A message that kills the worker outright (no exception to catch) is set aside, not retried forever."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inbox_worker.ingest import MAX_HANDLING_DEATHS
from tests.dovecot import DovecotServer
from tests.imap_helpers import (
    message_id_of,
    python_path,
    read_database,
    registration,
    write_config,
)

pytestmark = pytest.mark.dovecot

REPO = Path(__file__).resolve().parents[1]
PROCESSED = "INBOX/Inschrijvingen"
POISON_MARK = "X-Test-Poison"
CRASH_STATUS = 70  # the poisoned worker ends itself, as a segfault or the OOM killer would
MAX_RUNS = 10

# run --once, with a parser that ends the process (os._exit: no exception, no cleanup) on any
# message carrying the poison header, as a crash in a C extension or the OOM killer would.
WORKER = textwrap.dedent(
    f"""
    import os, sys
    from pathlib import Path
    from inbox_worker.config import load_settings
    from inbox_worker.ingest import default_decider
    from inbox_worker.runner import run_once

    settings = load_settings(Path(sys.argv[1]), require_file=True)
    parse = default_decider(settings)

    def poisoned(raw):
        if b"{POISON_MARK}:" in raw:
            os._exit({CRASH_STATUS})
        return parse(raw)

    run_once(settings, decider=poisoned)
    """
)


def poison(index: int) -> bytes:
    """A registration like the others, but it kills the worker's parser."""
    return registration(index).replace(b"\r\n\r\n", f"\r\n{POISON_MARK}: yes\r\n\r\n".encode(), 1)


def run_worker(config: Path) -> int:
    result = subprocess.run(
        [sys.executable, "-c", WORKER, str(config)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": python_path()},
        capture_output=True,
        timeout=120,
    )
    assert result.returncode in (0, CRASH_STATUS), result.stderr.decode()[-3000:]
    return result.returncode


def test_a_message_that_kills_the_worker_is_set_aside_and_the_others_are_handled(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    good = [registration(index) for index in range(9)]
    bad = poison(100)
    dovecot.append_many([*good[:4], bad, *good[4:]])
    config = write_config(tmp_path, dovecot.mailbox_settings(fetch_batch_size=10))

    statuses = []
    while len(statuses) < MAX_RUNS and (not statuses or statuses[-1] != 0):
        statuses.append(run_worker(config))

    # it died on the poison as many times as allowed, then set it aside and finished
    assert statuses == [CRASH_STATUS] * MAX_HANDLING_DEATHS + [0]
    stored = read_database(f"sqlite:///{tmp_path / 'worker.sqlite3'}")
    bad_id = message_id_of(bad)
    assert stored.states[bad_id] == "failed"
    assert any(f"stopped {MAX_HANDLING_DEATHS} times" in r for r in stored.reviews[bad_id])
    # every other message handled exactly once, none held up by the poison
    assert {message_id_of(raw) for raw in good} <= {
        message_id for message_id, state in stored.states.items() if state == "handled"
    }
    assert set(stored.messages.values()) == {1}
    assert len(stored.registrants) == len(good) and set(stored.registrants.values()) == {1}
    # on the server: the poison waits for a person, flagged, in the inbox; the rest moved
    assert list(dovecot.messages("INBOX")) == [bad_id]
    assert "\\Flagged" in dovecot.messages("INBOX")[bad_id][0]
    assert len(dovecot.messages(PROCESSED)) == len(good)
