"""The parser never raises and never hangs: random bytes, mangled mail, and real odd messages."""

from __future__ import annotations

import importlib.util
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbox_worker.parsing import decide, decide_file
from models.records import Decision

MAILS = Path(__file__).parent / "mail" / "parser"
REALWORLD = Path(os.environ.get("INBOX_WORKER_REALWORLD_MAIL", "/work/shared/realworld-mail"))
SLOW_SECONDS = 5.0
SAMPLES = sorted(p.read_bytes() for p in MAILS.glob("*.eml"))


def _cpython_email_data() -> Path | None:
    """CPython's test_email/data folder, when the test package is installed."""
    try:
        spec = importlib.util.find_spec("test.test_email")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "data"
    return folder if folder.is_dir() else None


def _assert_decision(decision: Decision) -> None:
    assert isinstance(decision, Decision)
    assert decision.kind is not None
    if decision.needs_review or decision.kind.value in ("registration", "cancellation"):
        assert decision.reasons
    decision.contract_line("x")  # serialisable


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes(raw: bytes) -> None:
    _assert_decision(decide(raw))


@st.composite
def mutated_mail(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "duplicate"]))
        position = draw(st.integers(min_value=0, max_value=max(0, len(raw) - 1)))
        if action == "flip" and raw:
            raw[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "cut":
            raw = raw[:position] + raw[position + draw(st.integers(0, 200)) :]
        elif action == "insert":
            raw[position:position] = draw(
                st.sampled_from(
                    [
                        b"\r\n",
                        b"--",
                        b"=?utf-8?q?=FF?=",
                        b"\xff\xfe",
                        b">",
                        b"Content-Type: multipart/mixed\r\n",
                        b"\x00",
                    ]
                )
            )
        else:
            raw[position:position] = raw[position : position + 300]
    return bytes(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_mail())
def test_mutations_of_valid_mail(raw: bytes) -> None:
    _assert_decision(decide(raw))


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\r\n\r\n",
        b"From: \r\n\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n" * 50,
        b"Content-Type: message/rfc822\r\n\r\n" * 200,
        b"From: a@b.c\r\nSubject: " + b"=?utf-8?b?" + b"A" * 10000 + b"?=\r\n\r\nx",
        b"From: a@b.c\r\n\r\n" + b"> " * 20000 + b"Naam: " * 5000,
        b"From: a@b.c\r\nContent-Type: text/html\r\n\r\n" + b"<table><tr><td>" * 3000,
    ],
)
def test_pathological_input(raw: bytes) -> None:
    start = time.perf_counter()
    _assert_decision(decide(raw))
    assert time.perf_counter() - start < SLOW_SECONDS


def _message_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.name not in ("README.md", "MANIFEST.tsv")
    )


@pytest.mark.slow
@pytest.mark.skipif(
    not REALWORLD.is_dir(), reason="the realworld-mail folder is not on this machine"
)
def test_every_realworld_message_gets_a_decision() -> None:
    files = _message_files(REALWORLD)
    assert files
    failures = []
    for path in files:
        start = time.perf_counter()
        decision = decide_file(path)
        elapsed = time.perf_counter() - start
        if any(r.startswith("parser error") for r in decision.reasons) or elapsed > SLOW_SECONDS:
            failures.append((path, elapsed, decision.reasons))
    assert not failures


@pytest.mark.skipif(
    _cpython_email_data() is None, reason="CPython's test_email data is not installed"
)
def test_every_cpython_test_email_message_gets_a_decision() -> None:
    folder = _cpython_email_data()
    assert folder is not None
    for path in _message_files(folder):
        decision = decide_file(path)
        _assert_decision(decision)
        assert not any(r.startswith("parser error") for r in decision.reasons), path
