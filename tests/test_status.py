"""Tests of ``inbox-worker status``: counts, last poll, outbox backlog, recent errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.status import collect_status
from models.tables import (
    FolderCursor,
    MessageState,
    OutboxMessage,
    OutboxPurpose,
    OutboxState,
    RegistrantStatus,
    ServerState,
    WorkerEvent,
)
from tests.organiser_support import (
    add_message,
    add_registrant,
    add_review,
    raw_mail,
    run_cli,
    write_config,
)

T0 = datetime(2018, 11, 20, 8, 0, tzinfo=UTC)


def _fill(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        add_registrant(session, "Jan Peeters", "Gent", "schepen", "jan@gent.be", created_at=T0)
        add_registrant(
            session,
            "An Claes",
            "Mol",
            None,
            "an@mol.be",
            created_at=T0,
            status=RegistrantStatus.CANCELLED,
        )
        raw = raw_mail("x@y.be", "Vraag", "Hallo", message_id="<q@y.be>")
        message = add_message(
            session,
            raw,
            sender="x@y.be",
            subject="Vraag",
            message_id="<q@y.be>",
            received_at=T0,
            state=MessageState.REVIEW,
            server_state=ServerState.FLAGGED,
        )
        add_review(session, message, "no municipality", created_at=T0)
        broken = add_message(
            session,
            b"garbage",
            sender="z@y.be",
            subject="?",
            message_id="<bad@y.be>",
            received_at=T0,
            state=MessageState.FAILED,
            server_state=ServerState.PENDING,
        )
        broken.error = "parser crashed: ValueError"
        session.add(FolderCursor(folder="INBOX", uidvalidity=1, last_uid=42, last_poll_at=T0))
        session.add_all(
            [
                OutboxMessage(
                    message_id="<o1@kcvs.be>",
                    to_address="jan@gent.be",
                    subject="Re: inschrijving",
                    purpose=OutboxPurpose.CONFIRMATION,
                    raw=b"x",
                    created_at=T0,
                ),
                OutboxMessage(
                    message_id="<o2@kcvs.be>",
                    to_address="nobody@gent.be",
                    subject="Re: inschrijving",
                    purpose=OutboxPurpose.CONFIRMATION,
                    raw=b"x",
                    state=OutboxState.FAILED,
                    last_error="550 5.1.1 user unknown",
                    created_at=T0 + timedelta(minutes=1),
                ),
                WorkerEvent(
                    level="ERROR",
                    kind="imap_error",
                    detail="connection refused",
                    at=T0 + timedelta(minutes=2),
                ),
                WorkerEvent(level="INFO", kind="poll_ok", detail=None, at=T0),
            ]
        )


def test_collect_status(db_sessions: sessionmaker[Session]) -> None:
    _fill(db_sessions)
    with db_sessions() as session:
        report = collect_status(session, T0)
    assert report.registrants[RegistrantStatus.REGISTERED] == 1
    assert report.registrants[RegistrantStatus.CANCELLED] == 1
    assert report.registrants[RegistrantStatus.WAITLISTED] == 0
    assert report.messages[MessageState.REVIEW] == 1
    assert report.messages[MessageState.FAILED] == 1
    assert report.server_pending == 1
    assert report.open_reviews == 1
    assert report.last_poll_at == T0
    assert report.outbox[OutboxState.PENDING] == 1
    assert report.outbox[OutboxState.FAILED] == 1
    assert report.oldest_pending_outbox == T0
    details = [e.detail for e in report.errors]
    assert set(details) == {
        "connection refused",
        "550 5.1.1 user unknown",
        "parser crashed: ValueError",
    }
    assert details.index("connection refused") < details.index(
        "550 5.1.1 user unknown"
    )  # newest first


def test_status_command_text_and_json(
    db_sessions: sessionmaker[Session], migrated_database_url: str, tmp_path: Path
) -> None:
    _fill(db_sessions)
    config = write_config(tmp_path, migrated_database_url)
    result = run_cli(config, "status")
    assert result.exit_code == 0, result.output
    assert "registered 1" in result.output
    assert "Last poll:     2018-11-20 09:00" in result.output  # Brussels time
    assert "INBOX: 2018-11-20 09:00, last UID 42" in result.output
    assert "pending 1" in result.output and "failed 1" in result.output
    assert "imap_error: connection refused" in result.output

    result = run_cli(config, "status", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["registrants"]["registered"] == 1
    assert data["outbox"]["failed"] == 1
    assert data["last_poll_at"] == T0.isoformat()


def test_status_of_a_new_database(migrated_database_url: str, tmp_path: Path) -> None:
    result = run_cli(write_config(tmp_path, migrated_database_url), "status")
    assert result.exit_code == 0, result.output
    assert "Last poll:     never" in result.output
    assert "Recent errors: none" in result.output
