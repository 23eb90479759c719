"""Tests of the review queue: list, show, accept with corrections, reject, and their effects."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker, undefer

from inbox_worker.config import Settings
from inbox_worker.database import create_engine_for, ensure_schema, session_factory
from inbox_worker.review import Corrections, ReviewError, accept, corrected_records
from models.records import Registrant as RegistrantRecord
from models.tables import (
    MessageSource,
    MessageState,
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantSource,
    RegistrantStatus,
    ReviewItem,
    ReviewState,
    ServerState,
    StoredMessage,
)
from tests.dovecot import DovecotServer
from tests.organiser_support import add_message, add_review, raw_mail, run_cli, write_config

RECEIVED = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
PIET = {"name": "Piet Claes", "municipality": "Hasselt", "function": None, "email": None}


def _review_message(
    session: Session,
    uid: int,
    registrants: list[dict[str, Any]],
    reason: str,
    *,
    raw: bytes | None = None,
    source: MessageSource = MessageSource.IMAP,
) -> ReviewItem:
    message_id = f"<m{uid}@hasselt.be>"
    raw = raw or raw_mail(
        "secretariaat@hasselt.be",
        "Inschrijving collega",
        "Graag wil ik mijn collega Piet Claes inschrijven.\nGroeten, Sofie",
        message_id=message_id,
    )
    message = add_message(
        session,
        raw,
        sender="secretariaat@hasselt.be",
        subject="Inschrijving collega",
        message_id=message_id,
        received_at=RECEIVED,
        state=MessageState.REVIEW,
        server_state=ServerState.FLAGGED,
        decision={"registrants": registrants, "language": "nl", "reasons": [reason]},
        uid=uid,
    )
    message.source = source
    return add_review(session, message, reason, created_at=RECEIVED)


@pytest.fixture
def items(db_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Three open items: Piet without a function, an unclear mail, a mail naming two people."""
    html_only = EmailMessage()
    html_only["From"] = "x@leuven.be"
    html_only["Subject"] = "Vraag"
    html_only["Message-ID"] = "<m2@hasselt.be>"
    html_only.set_content("<p>Komt er <b>parking</b>?</p>", subtype="html")
    with db_sessions.begin() as session:
        _review_message(session, 1, [PIET], "no function found")
        _review_message(session, 2, [], "not clear what this is", raw=bytes(html_only))
        two: list[dict[str, Any]] = [
            {
                "name": "Ann Maes",
                "municipality": "Leuven",
                "function": "jurist",
                "email": "ann@leuven.be",
            },
            {"name": "Rob Janssens", "municipality": "Leuven", "function": None, "email": None},
        ]
        _review_message(session, 3, two, "two people, one without address")
    return db_sessions


@pytest.fixture
def config(migrated_database_url: str, tmp_path: Path) -> Path:
    """A config on the test database."""
    return write_config(tmp_path, migrated_database_url)


def _outbox(sessions: sessionmaker[Session]) -> list[OutboxMessage]:
    with sessions() as session:
        query = select(OutboxMessage).options(undefer(OutboxMessage.raw)).order_by(OutboxMessage.id)
        return list(session.scalars(query))


def _message(sessions: sessionmaker[Session], uid: int) -> StoredMessage:
    with sessions() as session:
        return session.scalars(select(StoredMessage).where(StoredMessage.uid == uid)).one()


def test_corrected_records() -> None:
    corrections = Corrections(RegistrantRecord(function="stafmedewerker"))
    assert corrected_records({"registrants": [PIET]}, corrections) == [
        RegistrantRecord(name="Piet Claes", municipality="Hasselt", function="stafmedewerker")
    ]
    assert corrected_records(None, Corrections(RegistrantRecord(name="X Y"))) == [
        RegistrantRecord(name="X Y")
    ]
    two = {"registrants": [PIET, {"name": "Rob"}]}
    with pytest.raises(ReviewError, match="--person"):
        corrected_records(two, corrections)
    picked = corrected_records(two, Corrections(RegistrantRecord(name="Rob Janssens"), person=2))
    assert picked[1].name == "Rob Janssens" and picked[0] == RegistrantRecord(**PIET)
    with pytest.raises(ReviewError, match="between 1 and 2"):
        corrected_records(two, Corrections(RegistrantRecord(name="Z"), person=3))


def test_list_and_show(items: sessionmaker[Session], config: Path) -> None:
    result = run_cli(config, "review", "list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[0] == "1"
    assert "2018-11-20 10:00" in lines[0]  # Brussels time
    assert "secretariaat@hasselt.be" in lines[0] and "(no function found)" in lines[0]
    assert lines[-1] == "3 item(s) to review"

    result = run_cli(config, "review", "show", "1")
    assert result.exit_code == 0, result.output
    assert "Reason:   no function found" in result.output
    assert "Subject: Inschrijving collega" in result.output
    assert "1. name 'Piet Claes', municipality 'Hasselt'" in result.output
    assert "Graag wil ik mijn collega Piet Claes inschrijven." in result.output
    assert "inbox-worker review accept 1" in result.output

    result = run_cli(config, "review", "show", "2")
    assert "Komt er parking?" in result.output
    assert "<b>" not in result.output
    assert "Found by the parser: nobody" in result.output
    result = run_cli(config, "review", "show", "3")
    assert "inbox-worker review accept 3 [--person N]" in result.output

    result = run_cli(config, "review", "show", "99")
    assert result.exit_code == 1
    assert "no review item 99" in result.output


def test_accept_with_corrections(items: sessionmaker[Session], config: Path) -> None:
    result = run_cli(
        config,
        "review",
        "accept",
        "1",
        "--function",
        "stafmedewerker",
        "--email",
        "piet.claes@hasselt.be",
        "--note",
        "gebeld",
    )
    assert result.exit_code == 0, result.output
    assert "Piet Claes: new, registered" in result.output
    assert "confirmation queued for piet.claes@hasselt.be" in result.output
    assert "mail server: the worker will unflag and move the message" in result.output
    assert "not reachable now" in result.output

    with items() as session:
        piet = session.scalars(select(Registrant)).one()
        assert (piet.name, piet.municipality, piet.function, piet.email) == (
            "Piet Claes",
            "Hasselt",
            "stafmedewerker",
            "piet.claes@hasselt.be",
        )
        assert piet.source == RegistrantSource.REVIEW
        assert piet.status == RegistrantStatus.REGISTERED  # the mail came before the deadline
        item = session.get(ReviewItem, 1)
        assert item is not None
        assert (item.state, item.note) == (ReviewState.ACCEPTED, "gebeld")
        assert item.resolved_at is not None
    message = _message(items, 1)
    assert message.state == MessageState.RESOLVED
    assert message.server_state == ServerState.PENDING  # unflag and move: for the IMAP side
    (reply,) = _outbox(items)
    assert reply.purpose == OutboxPurpose.CONFIRMATION
    assert reply.in_reply_to_id == message.id
    assert reply.raw is not None
    mail = email.message_from_bytes(reply.raw, policy=default)
    assert mail["In-Reply-To"] == "<m1@hasselt.be>"
    assert mail["To"] == "Piet Claes <piet.claes@hasselt.be>"

    result = run_cli(config, "review", "accept", "1")
    assert result.exit_code == 1
    assert "already accepted" in result.output
    result = run_cli(config, "review", "list")
    assert result.output.splitlines()[-1] == "2 item(s) to review"


def test_accept_two_people(items: sessionmaker[Session], config: Path) -> None:
    result = run_cli(config, "review", "accept", "3", "--function", "stafmedewerker")
    assert result.exit_code == 1
    assert "--person N" in result.output
    result = run_cli(
        config, "review", "accept", "3", "--person", "2", "--function", "stafmedewerker"
    )
    assert result.exit_code == 0, result.output
    with items() as session:
        people = {r.name: r for r in session.scalars(select(Registrant))}
    assert people["Rob Janssens"].function == "stafmedewerker"
    assert people["Ann Maes"].function == "jurist"
    # Ann is told at her own address; Rob, who has none, through the sender
    assert {(o.to_address, o.purpose) for o in _outbox(items)} == {
        ("ann@leuven.be", OutboxPurpose.CONFIRMATION),
        ("secretariaat@hasselt.be", OutboxPurpose.CONFIRMATION),
    }


def test_accept_needs_someone_to_register(items: sessionmaker[Session], config: Path) -> None:
    result = run_cli(config, "review", "accept", "2")
    assert result.exit_code == 1
    assert "--name" in result.output
    result = run_cli(config, "review", "accept", "2", "--email", "not-an-address")
    assert result.exit_code == 1
    assert "not a valid e-mail address" in result.output
    with items() as session:
        assert session.scalars(select(Registrant)).all() == []


def test_reject_closes_without_reply(items: sessionmaker[Session], config: Path) -> None:
    result = run_cli(config, "review", "reject", "2", "--note", "geen inschrijving", "--no-server")
    assert result.exit_code == 0, result.output
    assert "review item 2 rejected" in result.output
    assert "mail server: the worker will unflag and move the message" in result.output
    with items() as session:
        item = session.get(ReviewItem, 2)
        assert item is not None
        assert (item.state, item.note) == (ReviewState.REJECTED, "geen inschrijving")
        assert session.scalars(select(Registrant)).all() == []
    assert _outbox(items) == []
    message = _message(items, 2)
    assert (message.state, message.server_state) == (MessageState.RESOLVED, ServerState.PENDING)
    result = run_cli(config, "review", "list", "--all")
    assert "[rejected]" in result.output and "[open]" in result.output
    assert result.output.splitlines()[-1] == "3 item(s)"


def test_imported_message_needs_no_server_action(db_sessions: sessionmaker[Session]) -> None:
    with db_sessions.begin() as session:
        item = _review_message(session, 9, [PIET], "no function", source=MessageSource.IMPORT)
        item_id = item.id
    with db_sessions.begin() as session:
        corrections = Corrections(RegistrantRecord(function="jurist"))
        accept(session, Settings(), item_id, corrections, RECEIVED)
    assert _message(db_sessions, 9).server_state == ServerState.DONE


@pytest.mark.dovecot
def test_reject_and_accept_unflag_and_move_on_the_server(
    dovecot: DovecotServer, sqlite_database_url: str, tmp_path: Path
) -> None:
    ensure_schema(sqlite_database_url)
    config = write_config(tmp_path, sqlite_database_url, mailbox=dovecot.mailbox_settings())
    raws = [
        raw_mail("x@leuven.be", f"Vraag {n}", "Hallo", message_id=f"<q{n}@leuven.be>")
        for n in (1, 2)
    ]
    for raw in raws:
        dovecot.append(raw, flags=["\\Flagged"])
    uidvalidity = dovecot.uidvalidity()
    engine = create_engine_for(sqlite_database_url)
    sessions = session_factory(engine)
    try:
        with sessions.begin() as session:
            for uid in (1, 2):
                item = _review_message(session, uid, [PIET], "unclear", raw=raws[uid - 1])
                item.stored_message.message_id = f"<q{uid}@leuven.be>"
                item.stored_message.uidvalidity = uidvalidity
        result = run_cli(config, "review", "reject", "1")
        assert result.exit_code == 0, result.output
        assert "mail server: unflagged and moved to INBOX/Inschrijvingen" in result.output
        result = run_cli(config, "review", "accept", "2", "--function", "jurist")
        assert result.exit_code == 0, result.output
        assert "mail server: unflagged and moved to INBOX/Inschrijvingen" in result.output
        assert dovecot.count("INBOX") == 0
        moved = dovecot.messages("INBOX/Inschrijvingen")
        assert set(moved) == {"<q1@leuven.be>", "<q2@leuven.be>"}
        assert all("\\Flagged" not in flags for copies in moved.values() for flags in copies)
        with sessions() as session:
            states = set(session.scalars(select(StoredMessage.server_state)))
        assert states == {ServerState.MOVED}
    finally:
        engine.dispose()
