"""Tests of purge and forget: personal data gone from every column, statistics intact."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.privacy import ERASED, Needles, forget, purge_before, purge_expired, start_of_day
from models.tables import (
    ChangeKind,
    Digest,
    MessageState,
    OutboxMessage,
    OutboxPurpose,
    OutboxState,
    Registrant,
    RegistrantChange,
    RegistrantStatus,
    ReviewItem,
    ReviewState,
    ServerState,
    StoredMessage,
    WorkerEvent,
)
from tests.organiser_support import (
    add_message,
    add_registrant,
    add_review,
    raw_mail,
    run_cli,
    text_columns_containing,
    write_config,
)

OLD = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
NEW = datetime(2018, 12, 5, 9, 0, tzinfo=UTC)
JAN = ["Jan Peeters", "jan.peeters@gent.be"]
ELS = ["Els Wouters", "els@mol.be"]
ROB = ["Rob Janssens", "rob@lier.be"]


def _outbox(
    session: Session, to: str, raw: bytes, *, created_at: datetime, **values: object
) -> OutboxMessage:
    fields: dict[str, object] = {"purpose": OutboxPurpose.CONFIRMATION, **values}
    message = OutboxMessage(
        message_id=f"<out-{session.scalar(select(func.count()).select_from(OutboxMessage))}@kcvs.be>",
        to_address=to,
        subject="Re: Inschrijving",
        raw=raw,
        created_at=created_at,
        **fields,
    )
    session.add(message)
    session.flush()
    return message


def _digest_raw(names: list[str]) -> bytes:
    digest = EmailMessage()
    digest["Subject"] = "Dagelijks overzicht"
    digest.set_content("Nieuwe inschrijvingen: zie bijlage.")
    csv_text = "Naam\r\n" + "\r\n".join(names) + "\r\n"
    digest.add_attachment(
        csv_text.encode("utf-8-sig"), maintype="text", subtype="csv", filename="deelnemers.csv"
    )
    return bytes(digest)


def _scenario(sessions: sessionmaker[Session]) -> None:
    """Jan (old, by his own mail and named in a secretary's mail), Els (old), Rob (new)."""
    with sessions.begin() as session:
        jan_mail = raw_mail(
            JAN[1], "Inschrijving", "Naam: Jan Peeters\nGemeente: Gent", message_id="<j1@gent.be>"
        )
        m_jan = add_message(
            session,
            jan_mail,
            sender=JAN[1],
            subject="Inschrijving Jan Peeters",
            message_id="<j1@gent.be>",
            received_at=OLD,
            uid=1,
            decision={"registrants": [{"name": JAN[0], "email": JAN[1]}]},
        )
        # A secretary's mail naming both; the body is base64 (accents), so the name is encoded.
        secretary = raw_mail(
            "secretariaat@mol.be",
            "Twee collega's",
            "Graag inschrijven: Els Wouters (Mol) en Jan  Peeters (Gent). Groetjes, Anaïs 🙂",
            message_id="<s1@mol.be>",
            cte="base64",
        )
        assert b"Jan  Peeters" not in secretary
        m_sec = add_message(
            session,
            secretary,
            sender="secretariaat@mol.be",
            subject="Twee collega's",
            message_id="<s1@mol.be>",
            received_at=OLD,
            uid=2,
        )
        els_mail = raw_mail(ELS[1], "Inschrijving", "Els Wouters, Mol", message_id="<e1@mol.be>")
        m_els = add_message(
            session,
            els_mail,
            sender=ELS[1],
            subject="Inschrijving",
            message_id="<e1@mol.be>",
            received_at=OLD,
            uid=3,
        )
        rob_mail = raw_mail(ROB[1], "Inschrijving", "Rob Janssens, Lier", message_id="<r1@lier.be>")
        m_rob = add_message(
            session,
            rob_mail,
            sender=ROB[1],
            subject="Inschrijving",
            message_id="<r1@lier.be>",
            received_at=NEW,
            uid=4,
        )
        question = raw_mail(JAN[1], "Parkeren?", "Kan ik parkeren? Jan", message_id="<j2@gent.be>")
        m_q = add_message(
            session,
            question,
            sender=JAN[1],
            subject="Parkeren?",
            message_id="<j2@gent.be>",
            received_at=OLD,
            uid=5,
            state=MessageState.REVIEW,
            server_state=ServerState.FLAGGED,
        )
        add_review(session, m_q, f"question from {JAN[1]}", created_at=OLD)

        jan = add_registrant(
            session, JAN[0], "Gent", "schepen", JAN[1], created_at=OLD, created_by=m_jan
        )
        els = add_registrant(
            session, ELS[0], "Mol", "secretaris", ELS[1], created_at=OLD, created_by=m_els
        )
        rob = add_registrant(
            session, ROB[0], "Lier", "jurist", ROB[1], created_at=NEW, created_by=m_rob
        )
        session.add_all(
            [
                RegistrantChange(
                    registrant=jan,
                    stored_message=m_jan,
                    what=ChangeKind.CREATED,
                    new_values={"name": JAN[0], "email": JAN[1]},
                    at=OLD,
                ),
                RegistrantChange(
                    registrant=jan,
                    stored_message=m_sec,
                    what=ChangeKind.UPDATED,
                    old_values={"function": None},
                    new_values={"function": "schepen"},
                    at=OLD,
                ),
                RegistrantChange(
                    registrant=els,
                    stored_message=m_els,
                    what=ChangeKind.CREATED,
                    new_values={"name": ELS[0]},
                    at=OLD,
                ),
                RegistrantChange(
                    registrant=rob,
                    stored_message=m_rob,
                    what=ChangeKind.CREATED,
                    new_values={"name": ROB[0]},
                    at=NEW,
                ),
                WorkerEvent(
                    level="ERROR", kind="smtp_error", detail=f"452 {JAN[1]}: mailbox full", at=OLD
                ),
                WorkerEvent(
                    level="ERROR", kind="smtp_error", detail=f"452 {ROB[1]}: mailbox full", at=NEW
                ),
            ]
        )
        _outbox(
            session,
            JAN[1],
            b"Beste Jan Peeters, ...",
            created_at=OLD,
            registrant=jan,
            in_reply_to=m_jan,
        )
        _outbox(session, ELS[1], b"Beste Els Wouters, ...", created_at=OLD, registrant=els)
        _outbox(
            session,
            JAN[1],
            b"Beste Jan Peeters, nog eens",
            created_at=OLD,
            state=OutboxState.PENDING,
            registrant=jan,
        )
        _outbox(session, ROB[1], b"Beste Rob Janssens, ...", created_at=NEW, registrant=rob)
        digest_out = _outbox(
            session,
            "linda.boudry@kcvs.be",
            _digest_raw([JAN[0], ELS[0]]),
            created_at=OLD,
            purpose=OutboxPurpose.DIGEST,
        )
        session.add(
            Digest(
                day=date(2018, 11, 21),
                recipients=["linda.boudry@kcvs.be"],
                outbox_message=digest_out,
                created_at=OLD,
            )
        )


def _counts(session: Session) -> dict[str, int]:
    tables = (StoredMessage, Registrant, OutboxMessage, ReviewItem, WorkerEvent, Digest)
    return {
        t.__name__: int(session.scalar(select(func.count()).select_from(t)) or 0) for t in tables
    }


def test_needles_match_names_as_words_and_addresses_anywhere() -> None:
    needles = Needles("Jan.Peeters@Gent.be", ["Jan Peeters", "Jan"])
    assert needles.names == ["Jan Peeters"]  # a lone first name is not used
    assert needles.in_text("mail voor JAN.PEETERS@gent.be")
    assert needles.in_text("ingeschreven: jan\n peeters, Gent")
    assert not needles.in_text("Jan Peetersen")
    assert not needles.in_text("Jan komt ook")
    assert needles.in_value({"registrants": [{"name": "Jan Peeters"}]})
    assert needles.in_mail(_digest_raw(["Jan Peeters"]))  # inside a base64 attachment


def test_forget_erases_one_person_everywhere(db_sessions: sessionmaker[Session]) -> None:
    _scenario(db_sessions)
    with db_sessions() as session:
        before = _counts(session)
        assert text_columns_containing(session, JAN)
    with db_sessions.begin() as session:
        report = forget(session, "JAN.PEETERS@GENT.BE", NEW)
    assert report.registrants == 1
    assert report.messages == 3  # his registration, his question, the secretary's mail
    assert report.outbox == 3  # two replies to him and the digest that lists him
    assert report.people == ["#1 Jan Peeters, Gent (registered)"]
    with db_sessions() as session:
        assert text_columns_containing(session, JAN) == []
        assert _counts(session) == before  # nothing deleted: statistics still add up
        jan = session.get(Registrant, 1)
        assert jan is not None
        assert (jan.name, jan.email, jan.function, jan.municipality) == (ERASED, None, None, "Gent")
        assert jan.status == RegistrantStatus.REGISTERED
        assert jan.changes[-1].what == ChangeKind.ERASED
        secretary = session.scalars(select(StoredMessage).where(StoredMessage.uid == 2)).one()
        assert secretary.raw is None
        review = session.scalars(select(ReviewItem)).one()
        assert review.state == ReviewState.REJECTED
        pending = session.scalars(
            select(OutboxMessage).where(OutboxMessage.state == OutboxState.PENDING)
        ).all()
        assert sorted(o.to_address for o in pending) == [ELS[1], ROB[1]]  # Jan's will not go out
        # the others are untouched
        assert len(text_columns_containing(session, [ELS[1]])) >= 4
        assert text_columns_containing(session, [ROB[0]])
        els_mail = session.scalars(select(StoredMessage).where(StoredMessage.uid == 3)).one()
        assert els_mail.raw is not None


def test_purge_before_a_day(db_sessions: sessionmaker[Session]) -> None:
    _scenario(db_sessions)
    settings = Settings()
    cutoff = start_of_day(date(2018, 12, 1), settings)
    with db_sessions() as session:
        before = _counts(session)
    with db_sessions.begin() as session:
        report = purge_before(session, cutoff, NEW)
    assert (report.registrants, report.messages, report.outbox) == (2, 4, 4)
    with db_sessions() as session:
        assert text_columns_containing(session, [*JAN, *ELS, "secretariaat@mol.be"]) == []
        assert text_columns_containing(session, ROB)  # newer than the cutoff: kept
        assert _counts(session) == before
        statuses = session.scalars(select(Registrant.status)).all()
        assert statuses.count(RegistrantStatus.REGISTERED) == 3
        municipalities = sorted(m or "" for m in session.scalars(select(Registrant.municipality)))
        assert municipalities == ["Gent", "Lier", "Mol"]
    with db_sessions.begin() as session:
        again = purge_before(session, cutoff, NEW)
    assert (again.registrants, again.messages, again.outbox) == (0, 0, 0)


def test_purge_expired_waits_for_the_retention_period(db_sessions: sessionmaker[Session]) -> None:
    _scenario(db_sessions)
    settings = Settings()  # event 2018-12-07, 180 days
    assert purge_expired(db_sessions, settings, datetime(2019, 1, 1, tzinfo=UTC)) is None
    settings.privacy.retention_days = None
    assert purge_expired(db_sessions, settings, datetime(2020, 1, 1, tzinfo=UTC)) is None
    settings.privacy.retention_days = 180
    report = purge_expired(db_sessions, settings, datetime(2019, 6, 10, tzinfo=UTC))
    assert report is not None and report.registrants == 3
    with db_sessions() as session:
        assert text_columns_containing(session, [*JAN, *ELS, *ROB]) == []


def test_purge_and_forget_commands(
    db_sessions: sessionmaker[Session], migrated_database_url: str, tmp_path: Path
) -> None:
    _scenario(db_sessions)
    config = write_config(tmp_path, migrated_database_url)
    result = run_cli(config, "forget", JAN[1], "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Would erase:" in result.output and "registrants:        1" in result.output
    with db_sessions() as session:
        assert text_columns_containing(session, JAN)  # a dry run erases nothing

    result = run_cli(config, "forget", JAN[1])  # no --yes: asks, and "n" aborts
    assert result.exit_code != 0

    result = run_cli(config, "forget", JAN[1], "--yes")
    assert result.exit_code == 0, result.output
    assert "registrant #1 Jan Peeters, Gent (registered)" in result.output
    assert "stored messages:    3" in result.output

    result = run_cli(config, "purge", "--before", "2018-12-01", "--yes")
    assert result.exit_code == 0, result.output
    assert "registrants:        1" in result.output  # Els; Jan was already erased
    with db_sessions() as session:
        assert text_columns_containing(session, [*JAN, *ELS]) == []
        assert text_columns_containing(session, ROB)


@pytest.mark.parametrize("bad", ["2018-13-01", "yesterday"])
def test_purge_needs_a_date(bad: str, tmp_path: Path) -> None:
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'x.sqlite3'}")
    result = run_cli(config, "purge", "--before", bad, "--yes")
    assert result.exit_code == 2
    assert "--before" in result.output


def test_start_of_day_is_brussels_midnight() -> None:
    assert start_of_day(date(2018, 12, 1), Settings()) == datetime(2018, 11, 30, 23, 0, tzinfo=UTC)
    assert timedelta(hours=1) == datetime(2018, 12, 1, tzinfo=UTC) - start_of_day(
        date(2018, 12, 1), Settings()
    )
