"""Tests of ``inbox-worker registrations list | add | cancel`` (people who phone)."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker, undefer

from models.tables import (
    ChangeKind,
    OutboxMessage,
    OutboxPurpose,
    Registrant,
    RegistrantChange,
    RegistrantSource,
    RegistrantStatus,
)
from tests.organiser_support import run_cli, write_config


@pytest.fixture
def config(migrated_database_url: str, tmp_path: Path) -> Path:
    """A config on the test database with room for two."""
    return write_config(tmp_path, migrated_database_url, event={"capacity": 2})


def _registrants(sessions: sessionmaker[Session]) -> list[Registrant]:
    with sessions() as session:
        return list(session.scalars(select(Registrant).order_by(Registrant.id)))


def _outbox(sessions: sessionmaker[Session]) -> list[OutboxMessage]:
    with sessions() as session:
        query = select(OutboxMessage).options(undefer(OutboxMessage.raw)).order_by(OutboxMessage.id)
        return list(session.scalars(query))


def _add(config: Path, name: str, municipality: str, email_address: str, *extra: str) -> str:
    result = run_cli(
        config,
        "registrations",
        "add",
        "--name",
        name,
        "--municipality",
        municipality,
        "--function",
        "diensthoofd",
        "--email",
        email_address,
        *extra,
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_add_without_and_with_confirmation(
    config: Path, db_sessions: sessionmaker[Session]
) -> None:
    output = _add(config, "Jan Peeters", "Gent", "jan@gent.be")
    assert "#1 Jan Peeters: new, registered" in output
    assert _outbox(db_sessions) == []  # no mail without --confirm

    output = _add(config, "Ann Maes", "Mechelen", "Ann.Maes@Mechelen.be", "--confirm")
    assert "confirmation queued for Ann.Maes@mechelen.be" in output
    jan, ann = _registrants(db_sessions)
    assert (jan.source, ann.source) == (RegistrantSource.MANUAL, RegistrantSource.MANUAL)
    assert ann.municipality == "Mechelen" and ann.function == "diensthoofd"
    assert ann.created_by_id is None
    (reply,) = _outbox(db_sessions)
    assert reply.purpose == OutboxPurpose.CONFIRMATION
    assert reply.registrant_id == ann.id
    assert reply.raw is not None
    message = email.message_from_bytes(reply.raw, policy=default)
    assert "Ann Maes" in message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]


def test_add_the_same_person_again_updates(
    config: Path, db_sessions: sessionmaker[Session]
) -> None:
    _add(config, "Jan Peeters", "Gent", "jan@gent.be")
    result = run_cli(
        config,
        "registrations",
        "add",
        "--name",
        "Jan Peeters",
        "--function",
        "schepen",
        "--email",
        "JAN@gent.be",
    )
    assert result.exit_code == 0, result.output
    assert "duplicate-updated" in result.output
    assert "function: 'diensthoofd' -> 'schepen'" in result.output
    (jan,) = _registrants(db_sessions)
    assert jan.function == "schepen"


def test_add_refuses_bad_input(config: Path, db_sessions: sessionmaker[Session]) -> None:
    result = run_cli(config, "registrations", "add", "--name", "X Y", "--email", "not an address")
    assert result.exit_code == 1
    assert "not a valid e-mail address" in result.output
    result = run_cli(config, "registrations", "add", "--name", "X Y", "--confirm")
    assert result.exit_code == 1
    assert "needs an e-mail address" in result.output
    result = run_cli(config, "registrations", "add", "--email", "x@y.be")
    assert result.exit_code == 2  # --name is required
    assert _registrants(db_sessions) == []


def test_cancel_promotes_the_waiting_list(config: Path, db_sessions: sessionmaker[Session]) -> None:
    _add(config, "Jan Peeters", "Gent", "jan@gent.be")
    _add(config, "Ann Maes", "Mechelen", "ann@mechelen.be")
    output = _add(config, "Rob Janssens", "Lier", "rob@lier.be")
    assert "waitlisted" in output

    result = run_cli(config, "registrations", "cancel", "JAN@GENT.BE", "--confirm")
    assert result.exit_code == 0, result.output
    assert "#1 Jan Peeters: cancelled" in result.output
    assert "#3 Rob Janssens: moved up from the waiting list" in result.output
    assert "acknowledgement queued for jan@gent.be" in result.output
    jan, _ann, rob = _registrants(db_sessions)
    assert jan.status == RegistrantStatus.CANCELLED
    assert rob.status == RegistrantStatus.REGISTERED
    purposes = {(o.to_address, o.purpose) for o in _outbox(db_sessions)}
    assert purposes == {
        ("rob@lier.be", OutboxPurpose.PROMOTED),
        ("jan@gent.be", OutboxPurpose.CANCEL_ACK),
    }
    with db_sessions() as session:
        changes = session.scalars(
            select(RegistrantChange.what).where(RegistrantChange.registrant_id == rob.id)
        ).all()
    assert list(changes) == [ChangeKind.CREATED, ChangeKind.PROMOTED]

    result = run_cli(config, "registrations", "cancel", "1")
    assert result.exit_code == 0, result.output
    assert "already cancelled" in result.output
    result = run_cli(config, "registrations", "cancel", "99")
    assert result.exit_code == 1
    assert "no registrant '99'" in result.output


def test_list_with_status_filter(config: Path) -> None:
    _add(config, "Jan Van den Bossche", "Gent", "jan@gent.be")
    _add(config, "Ann Maes", "Mechelen", "ann@mechelen.be")
    _add(config, "Élise Dubois", "Brussel", "elise@brussel.be")
    result = run_cli(config, "registrations", "list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "ID",
        "Name",
        "Municipality",
        "Function",
        "E-mail",
        "Status",
        "Registered",
    ]
    names = [line.split("  ")[1].strip() for line in lines[1:4]]
    assert names == ["Élise Dubois", "Ann Maes", "Jan Van den Bossche"]
    assert lines[-1] == "3 registrant(s)"

    result = run_cli(config, "registrations", "list", "--status", "waitlisted")
    assert result.exit_code == 0, result.output
    assert "Élise Dubois" in result.output and "Ann Maes" not in result.output
    assert result.output.splitlines()[-1] == "1 registrant(s)"
