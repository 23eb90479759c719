"""A message that kills the worker outright (no exception to catch) is set aside, not retried forever."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from inbox_worker.ingest import MAX_HANDLING_DEATHS
from inbox_worker.watchdog import EXIT_PARSE_TIMEOUT
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
PARSE_TIMEOUT_SECONDS = 1

# run --once, with a parser that, on any message carrying the poison header, either ends the
# process (os._exit: no exception, no cleanup), as a crash in a C extension or the OOM killer
# would, or never returns from a regular expression (catastrophic backtracking, GIL held).
WORKER = textwrap.dedent(
    f"""
    import os, re, sys
    from pathlib import Path
    from inbox_worker.config import load_settings
    from inbox_worker.ingest import default_decider
    from inbox_worker.logs import configure_logging
    from inbox_worker.runner import run_once

    configure_logging()
    settings = load_settings(Path(sys.argv[1]), require_file=True)
    parse = default_decider(settings)
    poison = sys.argv[2]

    def poisoned(raw):
        if b"{POISON_MARK}:" in raw:
            if poison == "crash":
                os._exit({CRASH_STATUS})
            re.match(r"(a+)+$", "a" * 64 + "!")
        return parse(raw)

    run_once(settings, decider=poisoned)
    """
)


def poison(index: int) -> bytes:
    """A registration like the others, but it kills the worker's parser."""
    return registration(index).replace(b"\r\n\r\n", f"\r\n{POISON_MARK}: yes\r\n\r\n".encode(), 1)


@dataclass(frozen=True)
class WorkerRun:
    status: int
    stderr: str


def run_worker(config: Path, kind: str) -> WorkerRun:
    result = subprocess.run(
        [sys.executable, "-c", WORKER, str(config), kind],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": python_path()},
        capture_output=True,
        timeout=120,
    )
    return WorkerRun(result.returncode, result.stderr.decode(errors="replace"))


def runs_until_clean(config: Path, kind: str) -> list[WorkerRun]:
    runs: list[WorkerRun] = []
    while len(runs) < MAX_RUNS and (not runs or runs[-1].status != 0):
        runs.append(run_worker(config, kind))
    return runs


@pytest.mark.parametrize(
    ("kind", "death_status"), [("crash", CRASH_STATUS), ("hang", EXIT_PARSE_TIMEOUT)]
)
def test_a_message_that_kills_or_hangs_the_worker_is_set_aside_and_the_others_are_handled(
    dovecot: DovecotServer, tmp_path: Path, kind: str, death_status: int
) -> None:
    good = [registration(index) for index in range(9)]
    bad = poison(100)
    dovecot.append_many([*good[:4], bad, *good[4:]])
    settings = dovecot.mailbox_settings(fetch_batch_size=10, parse_timeout=PARSE_TIMEOUT_SECONDS)
    config = write_config(tmp_path, settings)

    runs = runs_until_clean(config, kind)
    bad_id = message_id_of(bad)

    # it died on the poison as many times as allowed, then set it aside and finished
    assert [run.status for run in runs] == [death_status] * MAX_HANDLING_DEATHS + [0], runs[-1]
    if kind == "hang":  # the stacks show where the parse hung
        assert f"Timeout (0:00:0{PARSE_TIMEOUT_SECONDS})!" in runs[0].stderr
        assert "in poisoned" in runs[0].stderr
    # the next run names the message it stopped on
    assert any(
        bad_id in line and "stopped 1 time(s)" in line for line in runs[1].stderr.splitlines()
    ), runs[1].stderr
    stored = read_database(f"sqlite:///{tmp_path / 'worker.sqlite3'}")
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
