"""Log lines as an operator reads them: each names the Message-ID in hand, as text or JSON."""

from __future__ import annotations

import json
import logging

import pytest

from inbox_worker.logs import configure_logging, message_context


@pytest.fixture(autouse=True)
def _restore_logging() -> object:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_text_lines_carry_the_message_id(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", "text")
    log = logging.getLogger("inbox_worker.test")
    with message_context("<abc@example.be>"):
        log.info("decided registration")
    log.info("between messages")
    lines = capsys.readouterr().err.strip().splitlines()
    assert "[<abc@example.be>] decided registration" in lines[0]
    assert "[-] between messages" in lines[1]


def test_json_lines_parse_and_carry_the_message_id(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("DEBUG", "json")
    log = logging.getLogger("inbox_worker.test")
    with message_context("<x@y>"):
        try:
            raise ValueError("broken part")
        except ValueError:
            log.exception("could not parse")
    entry = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert entry["message_id"] == "<x@y>"
    assert entry["level"] == "ERROR"
    assert entry["message"] == "could not parse"
    assert "ValueError: broken part" in entry["exception"]


def test_nested_contexts_restore_the_outer_message_id(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", "text")
    log = logging.getLogger("inbox_worker.test")
    with message_context("<outer@x>"):
        with message_context("<inner@x>"):
            log.info("inner")
        log.info("outer")
    err = capsys.readouterr().err
    assert "[<inner@x>] inner" in err and "[<outer@x>] outer" in err
