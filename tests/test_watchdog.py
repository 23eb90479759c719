"""The parser's time limit: a call that ends in time leaves no timer behind; one that does not ends
the process with the stacks on stderr."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inbox_worker.watchdog import EXIT_PARSE_TIMEOUT, time_limited

REPO = Path(__file__).resolve().parents[1]
LIMIT_SECONDS = 0.3


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_call_that_ends_in_time_returns_its_value_and_leaves_no_timer() -> None:
    result = run_python(
        f"""
        import time
        from inbox_worker.watchdog import time_limited
        double = time_limited(lambda n: 2 * n, {LIMIT_SECONDS})
        print([double(n) for n in range(3)])
        time.sleep({LIMIT_SECONDS * 3})  # a timer left armed would end the process here
        print("still alive")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[0, 2, 4]", "still alive"]


def test_a_call_past_its_limit_ends_the_process_and_shows_where_it_was() -> None:
    result = run_python(
        f"""
        import time
        from inbox_worker.watchdog import time_limited
        def stuck_in_the_parser(seconds):
            time.sleep(seconds)
        time_limited(stuck_in_the_parser, {LIMIT_SECONDS})(30)
        print("not reached")
        """
    )
    assert result.returncode == EXIT_PARSE_TIMEOUT
    assert "not reached" not in result.stdout
    assert "Timeout" in result.stderr and "stuck_in_the_parser" in result.stderr


def test_an_error_in_the_call_propagates_and_cancels_the_limit() -> None:
    def failing(_: bytes) -> None:
        raise ValueError("unparseable")

    with pytest.raises(ValueError, match="unparseable"):
        time_limited(failing, LIMIT_SECONDS)(b"")
    # had the timer stayed armed, the test process itself would end within LIMIT_SECONDS
    assert time_limited(len, LIMIT_SECONDS)(b"abc") == 3


def test_it_works_when_stderr_is_captured_without_a_file_descriptor(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert time_limited(str.upper, LIMIT_SECONDS)("ok") == "OK"
