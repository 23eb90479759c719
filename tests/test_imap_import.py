"""``import`` (mbox, Maildir, .eml) and ``reprocess`` through the same pipeline, on SQLite and PostgreSQL."""

from __future__ import annotations

import mailbox
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from inbox_worker.cli import main
from inbox_worker.config import Settings
from inbox_worker.importer import ImportSourceError, import_path, read_messages
from inbox_worker.ingest import header_message_id
from inbox_worker.reprocess import ChangeResult, reprocess
from inbox_worker.runner import Backoff, plan_batches
from models.records import Decision, Kind
from models.tables import MessageSource, ReviewItem, ReviewState, ServerState, StoredMessage
from tests.imap_helpers import (
    message_id_of,
    personal,
    read_database,
    registration,
    settings_for,
    write_config,
)

UNUSED_MAILBOX: dict[str, Any] = {"host": "127.0.0.1", "port": 1, "security": "none"}
MESSAGES = [registration(1), personal(2), registration(3)]


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return settings_for(tmp_path, UNUSED_MAILBOX, database={"url": database_url})


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.mbox(path)
    for raw in messages:
        box.add(mailbox.mboxMessage(raw))
    box.flush()
    box.close()
    return path


def write_maildir(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.Maildir(path, create=True)
    for raw in messages:
        box.add(mailbox.MaildirMessage(raw))
    return path


def write_eml_folder(path: Path, messages: list[bytes]) -> Path:
    path.mkdir()
    for index, raw in enumerate(messages):
        (path / f"{index:03d}.eml").write_bytes(raw)
    return path


@pytest.mark.parametrize("writer", [write_mbox, write_maildir, write_eml_folder])
def test_every_kind_of_file_is_read_in_order(writer: Any, tmp_path: Path) -> None:
    source = writer(tmp_path / "mail", MESSAGES)
    read = list(read_messages(source))
    assert [message_id_of(mail.raw) for mail in read] == [message_id_of(m) for m in MESSAGES]
    assert all(mail.raw.replace(b"\r\n", b"\n").strip() for mail in read)
    assert all(mail.received_at is not None and mail.received_at.tzinfo for mail in read)


def test_a_single_eml_file_and_bad_paths(tmp_path: Path) -> None:
    single = tmp_path / "one.eml"
    single.write_bytes(registration(5))
    assert [message_id_of(mail.raw) for mail in read_messages(single)] == [
        message_id_of(registration(5))
    ]
    with pytest.raises(ImportSourceError, match="no such file"):
        read_messages(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportSourceError, match=r"\.eml"):
        read_messages(tmp_path / "empty")


def test_import_goes_through_the_pipeline_once(settings: Settings, tmp_path: Path) -> None:
    source = write_mbox(tmp_path / "inschrijvingen.mbox", MESSAGES)

    first = import_path(settings, source)
    again = import_path(settings, source)

    assert (first.read, first.new, first.duplicates) == (3, 3, 0)
    assert first.states == {"handled": 2, "ignored": 1}
    assert (again.read, again.new, again.duplicates) == (3, 0, 3)
    stored = read_database(settings.database.url)
    assert set(stored.messages.values()) == {1}
    assert len(stored.registrants) == 2 and len(stored.replies) == 2
    assert set(stored.server_states.values()) == {ServerState.DONE.value}


def test_the_import_command(tmp_path: Path) -> None:
    folder = write_eml_folder(tmp_path / "eml", MESSAGES)
    config = write_config(tmp_path, UNUSED_MAILBOX)
    result = CliRunner().invoke(main, ["--config", str(config), "import", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (
        f"{folder}: 3 read, 3 new (2 handled, 1 ignored), 0 already known"
    )


def old_parser(raw: bytes) -> Decision:
    """A parser that understood nothing: every mail is the organiser's own."""
    return Decision(message_id=header_message_id(raw), kind=Kind.OTHER, about_event=False)


def stored_rows(url: str) -> dict[str, StoredMessage]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with Session(engine) as session:
            rows = session.scalars(select(StoredMessage)).all()
            return {row.message_id or "": row for row in rows}
    finally:
        engine.dispose()


def test_reprocess_shows_then_applies_a_better_decision(settings: Settings, tmp_path: Path) -> None:
    source = write_eml_folder(tmp_path / "eml", MESSAGES)
    import_path(settings, source, decider=old_parser)
    assert read_database(settings.database.url).registrants == {}

    preview = reprocess(settings)
    assert [change.result for change in preview] == [ChangeResult.PREVIEW] * 2
    assert {change.message_id for change in preview} == {
        message_id_of(registration(1)),
        message_id_of(registration(3)),
    }
    assert preview[0].before is not None and preview[0].before.kind == "other"
    assert preview[0].after.kind == "registration"
    assert read_database(settings.database.url).registrants == {}  # nothing changed yet

    applied = reprocess(settings, apply=True)

    assert [change.result for change in applied] == [ChangeResult.REAPPLIED] * 2
    stored = read_database(settings.database.url)
    assert len(stored.registrants) == 2 and len(stored.replies) == 2
    assert stored.states[message_id_of(registration(1))] == "handled"
    assert reprocess(settings, apply=True) == []  # and nothing changes a second time


def test_reprocess_never_redoes_effects_it_sends_the_message_to_review(
    settings: Settings, tmp_path: Path
) -> None:
    source = write_eml_folder(tmp_path / "eml", [registration(7)])
    import_path(settings, source)
    before = read_database(settings.database.url)
    assert len(before.registrants) == 1

    changes = reprocess(settings, apply=True, decider=old_parser)

    assert [change.result for change in changes] == [ChangeResult.TO_REVIEW]
    after = read_database(settings.database.url)
    assert after.registrants == before.registrants and after.replies == before.replies
    [reason] = after.reviews[message_id_of(registration(7))]
    assert reason.startswith("reprocess: the parser now decides other")


def test_reprocess_selects_by_message_id_and_day(settings: Settings, tmp_path: Path) -> None:
    source = write_eml_folder(tmp_path / "eml", MESSAGES)
    import_path(settings, source, decider=old_parser)
    wanted = message_id_of(registration(3)).strip("<>")  # brackets are optional

    by_id = reprocess(settings, message_ids=[wanted])
    assert [change.message_id for change in by_id] == [f"<{wanted}>"]
    assert reprocess(settings, since=date(2030, 1, 1)) == []
    assert len(reprocess(settings, since=date(2018, 11, 1))) == 2


def test_the_reprocess_command(tmp_path: Path) -> None:
    folder = write_eml_folder(tmp_path / "eml", [registration(1)])
    config = write_config(tmp_path, UNUSED_MAILBOX)
    settings = settings_for(tmp_path, UNUSED_MAILBOX)
    import_path(settings, folder, decider=old_parser)
    runner = CliRunner()

    shown = runner.invoke(main, ["--config", str(config), "reprocess", "--since", "2018-11-01"])
    assert shown.exit_code == 0, shown.output
    assert "[would change]" in shown.stdout and "1 message(s) would change" in shown.stdout

    applied = runner.invoke(main, ["--config", str(config), "reprocess", "--apply"])
    assert applied.exit_code == 0, applied.output
    assert "[re-applied]" in applied.stdout and "1 message(s) changed" in applied.stdout


def test_reprocess_closes_the_old_review_item_and_schedules_the_move(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, UNUSED_MAILBOX)
    with_review = [registration(2)]

    def unsure(raw: bytes) -> Decision:
        return Decision(
            message_id=header_message_id(raw),
            kind=Kind.REGISTRATION,
            about_event=True,
            needs_review=True,
            reasons=["not sure"],
        )

    import_path(settings, write_eml_folder(tmp_path / "eml", with_review), decider=unsure)
    engine = create_engine(settings.database.url, poolclass=NullPool)
    with Session(engine) as session, session.begin():
        # Pretend the message came from IMAP and was flagged there.
        row = session.scalars(select(StoredMessage)).one()
        row.source, row.folder, row.uidvalidity, row.uid = MessageSource.IMAP, "INBOX", 7, 3
        row.server_state = ServerState.FLAGGED

    [change] = reprocess(settings, apply=True)

    assert change.result is ChangeResult.REAPPLIED
    with Session(engine) as session:
        row = session.scalars(select(StoredMessage)).one()
        assert (row.state.value, row.server_state) == ("handled", ServerState.PENDING)
        items = session.scalars(select(ReviewItem)).all()
        assert [item.state for item in items] == [ReviewState.REJECTED]
        assert items[0].note and items[0].note.startswith("superseded")
    engine.dispose()


def test_header_message_id_reads_only_the_header() -> None:
    raw = (
        b"Subject: x\r\nMessage-ID:\r\n <abc@example.org> (comment)\r\n\r\nMessage-ID: <body@x>\r\n"
    )
    assert header_message_id(raw) == "<abc@example.org>"
    assert header_message_id(b"Subject: none\r\n\r\nMessage-ID: <body@x>\r\n") is None


def test_batches_respect_count_and_bytes() -> None:
    sizes = {1: 10, 2: 10, 3: 100, 4: 10, 5: 10}
    assert list(plan_batches([1, 2, 3, 4, 5], sizes, count=2, budget=1000)) == [[1, 2], [3, 4], [5]]
    assert list(plan_batches([1, 2, 3, 4, 5], sizes, count=50, budget=30)) == [
        [1, 2],
        [3],
        [4, 5],
    ]


def test_backoff_doubles_up_to_the_cap_and_resets() -> None:
    backoff = Backoff(start=1, maximum=5)
    assert [backoff.next() for _ in range(5)] == [1, 2, 4, 5, 5]
    backoff.reset()
    assert backoff.next() == 1


def test_received_at_of_imported_mail_comes_from_the_file(tmp_path: Path) -> None:
    [mail] = read_messages(write_eml_folder(tmp_path / "eml", [registration(1)]))
    assert mail.received_at == datetime(2018, 11, 12, 9, 15, tzinfo=UTC)


def test_a_failure_outside_the_policy_is_recorded_in_a_second_transaction(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import inbox_worker.ingest as ingest

    broken = message_id_of(registration(3))
    real_copy = ingest._copy_decision

    def copy(stored: StoredMessage, decision: Decision) -> None:
        if stored.message_id == broken:
            raise ValueError("a value the database would refuse")
        real_copy(stored, decision)

    monkeypatch.setattr(ingest, "_copy_decision", copy)
    report = import_path(settings, write_eml_folder(tmp_path / "eml", MESSAGES))

    assert report.states == {"handled": 1, "ignored": 1, "failed": 1}
    stored = read_database(settings.database.url)
    assert stored.states[broken] == "failed"
    assert stored.reviews[broken] == [
        "processing failed: ValueError: a value the database would refuse"
    ]
    assert len(stored.registrants) == 1
    assert import_path(settings, tmp_path / "eml").duplicates == 3  # not tried again
