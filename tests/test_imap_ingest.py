"""Ingestion against a real Dovecot: each message handled exactly once, the person's own mail untouched.

The worker runs as the command line does (``python -m inbox_worker run --once``) for the large
cases, and in-process where a test needs to look inside (a spy, a failing parser, a restart).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from inbox_worker.config import Settings
from inbox_worker.database import open_database
from inbox_worker.imap.source import MailSource
from inbox_worker.ingest import Origin, default_decider, store_message
from inbox_worker.runner import run_once
from models.records import Decision
from tests.dovecot import DovecotServer
from tests.imap_helpers import (
    large,
    message_id_of,
    personal,
    python_path,
    read_database,
    registration,
    settings_for,
    write_config,
)

pytestmark = pytest.mark.dovecot

REPO = Path(__file__).resolve().parents[1]
PROCESSED = "INBOX/Inschrijvingen"
CLI_TIMEOUT_SECONDS = 600


def run_cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m inbox_worker --config CONFIG run --once ARGS`` as cron would run it."""
    return subprocess.run(
        [sys.executable, "-m", "inbox_worker", "--config", str(config), "run", "--once", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT_SECONDS,
        env={**os.environ, "PYTHONPATH": python_path()},
        check=False,
    )


@pytest.fixture
def settings(dovecot: DovecotServer, tmp_path: Path) -> Settings:
    return settings_for(tmp_path, dovecot.mailbox_settings())


@pytest.mark.slow
def test_500_messages_are_each_handled_once_and_a_second_run_does_nothing(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    events = [registration(index) for index in range(450)]
    own = [personal(index) for index in range(50)]
    mixed = [raw for pair in zip(events[:50], own, strict=True) for raw in pair] + events[50:]
    dovecot.append_many(mixed)
    config = write_config(tmp_path, dovecot.mailbox_settings(fetch_batch_size=40))
    url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"

    first = run_cli(config, "--no-deliver")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "500 new (450 handled, 50 ignored), 0 already known, 450 moved" in first.stdout

    stored = read_database(url)
    assert len(stored.messages) == 500 and set(stored.messages.values()) == {1}
    assert len(stored.registrants) == 450 and set(stored.registrants.values()) == {1}
    assert len(stored.replies) == 450 and set(stored.replies.values()) == {1}
    processed = dovecot.messages(PROCESSED)
    assert set(processed) == {message_id_of(raw) for raw in events}
    assert all(len(copies) == 1 for copies in processed.values())
    assert dovecot.messages("INBOX") == {message_id_of(raw): [frozenset()] for raw in own}

    second = run_cli(config, "--no-deliver")
    assert second.returncode == 0, second.stderr[-3000:]
    assert "0 new, 0 already known, 0 moved" in second.stdout, second.stdout
    assert read_database(url) == stored
    assert dovecot.messages(PROCESSED) == processed


def test_mail_not_about_the_event_keeps_its_folder_and_its_flags(
    dovecot: DovecotServer, settings: Settings
) -> None:
    flag_sets = [(), ("\\Seen",), ("\\Answered", "\\Seen"), ("$Label1",), ("\\Flagged",)]
    for index, flags in enumerate(flag_sets):
        dovecot.append(personal(index), flags=flags)
    dovecot.append(registration(1), flags=("\\Seen",))
    before = dovecot.messages("INBOX")

    report = run_once(settings)

    assert report.new == 6 and report.moved == 1
    after = dovecot.messages("INBOX")
    del before["<registration-00001@antwerpen.be>"]
    assert after == before
    assert after == {
        message_id_of(personal(index)): [frozenset(flags)] for index, flags in enumerate(flag_sets)
    }
    assert set(dovecot.messages(PROCESSED)) == {"<registration-00001@antwerpen.be>"}


def test_a_new_uidvalidity_handles_nothing_twice(dovecot: DovecotServer, tmp_path: Path) -> None:
    folder, processed = "Aanmeldingen", "Verwerkt"
    messages = [registration(index) for index in range(10)] + [personal(i) for i in range(3)]
    dovecot.append_many(messages, folder=folder)
    settings = settings_for(
        tmp_path, dovecot.mailbox_settings(folder=folder, processed_folder=processed)
    )
    first = run_once(settings)
    assert (first.new, first.moved) == (13, 10)
    stored = read_database(settings.database.url)
    validity = dovecot.uidvalidity(folder)

    # The folder is deleted and recreated with the same messages (a restore, a migration).
    dovecot.delete_folder(folder)
    dovecot.append_many(messages, folder=folder)
    assert dovecot.uidvalidity(folder) != validity

    second = run_once(settings)
    assert (second.new, second.duplicates, second.moved, second.flagged) == (0, 13, 0, 0)
    assert read_database(settings.database.url) == stored
    assert dovecot.count(folder) == 13  # the copies are left where the person put them
    assert dovecot.count(processed) == 10

    third = run_once(settings)
    assert (third.new, third.duplicates) == (0, 0)


def test_a_pending_move_follows_the_message_to_its_new_uid(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    folder = "Aanmeldingen"
    raw = registration(4)
    dovecot.append(raw, folder=folder)
    settings = settings_for(tmp_path, dovecot.mailbox_settings(folder=folder))
    validity = dovecot.uidvalidity(folder)
    # A crash right after the commit: stored and decided, not yet moved.
    with open_database(settings.database.url) as sessions:
        origin = Origin.imap(folder, validity, 1, received_at=datetime.now(UTC), size=len(raw))
        pending = store_message(sessions, settings, raw, origin)
    assert pending.pending is not None
    dovecot.delete_folder(folder)
    dovecot.append_many([personal(1), raw], folder=folder)

    report = run_once(settings)

    assert (report.new, report.duplicates, report.moved) == (1, 1, 1)
    assert list(dovecot.messages(folder)) == ["<team-00001@kcvs.be>"]
    assert list(dovecot.messages(PROCESSED)) == [message_id_of(raw)]
    stored = read_database(settings.database.url)
    assert stored.server_states[message_id_of(raw)] == "moved"
    assert len(stored.registrants) == 1


def test_a_crash_between_commit_and_move_is_completed_by_the_next_run(
    dovecot: DovecotServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.append_many([registration(index) for index in range(5)])
    import inbox_worker.runner as runner

    with monkeypatch.context() as patch:
        patch.setattr(runner, "complete_server_actions", crash)
        with pytest.raises(SystemExit):
            run_once(settings)
    stored = read_database(settings.database.url)
    assert set(stored.server_states.values()) == {"pending"}
    assert len(stored.messages) >= 1
    assert dovecot.count("INBOX") == 5

    report = run_once(settings)

    assert report.moved == 5 and report.new == 5 - len(stored.messages)
    assert dovecot.count("INBOX") == 0 and dovecot.count(PROCESSED) == 5
    final = read_database(settings.database.url)
    assert set(final.server_states.values()) == {"moved"}
    assert set(final.messages.values()) == {1} and len(final.registrants) == 5


def crash(*args: object, **kwargs: object) -> None:
    raise SystemExit("killed between the commit and the server action")


def test_an_oversize_message_goes_to_review_without_being_downloaded(
    dovecot: DovecotServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = large(1, 300_000)
    dovecot.append(big)
    dovecot.append(registration(2))
    settings = settings_for(tmp_path, dovecot.mailbox_settings(max_message_bytes=100_000))
    whole_fetches: list[int] = []
    real_fetch = MailSource.fetch

    def spy(self: MailSource, uids: Any, *, header_only: bool = False) -> Any:
        if not header_only:
            whole_fetches.extend(uids)
        return real_fetch(self, uids, header_only=header_only)

    monkeypatch.setattr(MailSource, "fetch", spy)

    report = run_once(settings)

    assert whole_fetches == [2]
    assert (report.oversize, report.flagged, report.moved) == (1, 1, 1)
    stored = read_database(settings.database.url)
    big_id = message_id_of(big)
    assert stored.states[big_id] == "review"
    raw_length, size = stored.raw_sizes[big_id]
    assert size == len(big) and raw_length < 2_000
    assert any("too large" in reason for reason in stored.reviews[big_id])
    assert dovecot.messages("INBOX") == {big_id: [frozenset({"\\Flagged"})]}


def test_only_mail_received_since_the_configured_day_counts(
    dovecot: DovecotServer, settings: Settings
) -> None:
    dovecot.append(registration(1), when=datetime(2018, 11, 1, 9, 0, tzinfo=UTC))
    dovecot.append(registration(2), when=datetime(2018, 11, 6, 9, 0, tzinfo=UTC))

    report = run_once(settings)

    assert report.new == 1
    stored = read_database(settings.database.url)
    assert set(stored.messages) == {"<registration-00002@leuven.be>"}
    assert dovecot.messages("INBOX") == {"<registration-00001@antwerpen.be>": [frozenset()]}


def test_bad_mail_goes_to_review_and_holds_up_nothing(
    dovecot: DovecotServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.append_many([registration(index) for index in range(6)])
    real = default_decider(settings)
    broken_parser = message_id_of(registration(1))
    broken_policy = message_id_of(registration(3))

    def decider(raw: bytes) -> Decision:
        if message_id_of(raw) == broken_parser:
            raise ValueError("the parser tripped")
        return real(raw)

    import inbox_worker.ingest as ingest

    real_apply = ingest.apply_decision

    def apply(session: Any, settings: Settings, message: Any, decision: Decision, now: Any) -> Any:
        outcome = real_apply(session, settings, message, decision, now)
        if message.message_id == broken_policy:
            raise RuntimeError("the policy tripped after registering")
        return outcome

    monkeypatch.setattr(ingest, "apply_decision", apply)

    report = run_once(settings, decider=decider)

    assert report.states == {"failed": 2, "handled": 4}
    assert (report.moved, report.flagged) == (4, 2)
    stored = read_database(settings.database.url)
    assert stored.reviews[broken_parser] == ["processing failed: ValueError: the parser tripped"]
    assert "RuntimeError" in stored.reviews[broken_policy][0]
    assert len(stored.registrants) == 4  # the failed policy's registration was rolled back
    flagged = dovecot.messages("INBOX")
    assert flagged == {
        broken_parser: [frozenset({"\\Flagged"})],
        broken_policy: [frozenset({"\\Flagged"})],
    }
    assert run_once(settings).new == 0  # and it is not tried again and again


def test_dovecot_stopped_and_started_in_the_middle_of_a_batch(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    dovecot.append_many([registration(index) for index in range(30)])
    settings = settings_for(tmp_path, dovecot.mailbox_settings(fetch_batch_size=10))
    real = default_decider(settings)
    calls = 0
    start_again = threading.Timer(2.0, dovecot.start)

    def decider(raw: bytes) -> Decision:
        nonlocal calls
        calls += 1
        if calls == 14:  # in the middle of the second batch
            dovecot.stop()
            start_again.start()
        return real(raw)

    report = run_once(settings, decider=decider)
    start_again.join()

    assert report.reconnects >= 1
    assert report.new == 30 and report.moved == 30
    stored = read_database(settings.database.url)
    assert set(stored.messages.values()) == {1} and len(stored.registrants) == 30
    assert dovecot.count("INBOX") == 0 and dovecot.count(PROCESSED) == 30


def wait_for(condition: Callable[[], bool], timeout: float) -> float:
    """Seconds until ``condition()`` holds; fails after ``timeout``."""
    started = datetime.now(UTC)
    while True:
        elapsed = (datetime.now(UTC) - started).total_seconds()
        if condition():
            return elapsed
        if elapsed > timeout:
            raise AssertionError(f"not done after {timeout} s")
        threading.Event().wait(0.05)
