"""The reply guard: no reply to machines, lists, spam, ourselves, or more than 3 a day to one address."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import RepliesConfig, Settings, SmtpConfig
from inbox_worker.delivery.compose import LOOP_HEADER
from inbox_worker.reply_guard import (
    GuardVerdict,
    Refusal,
    may_reply,
    replies_in_window,
    replies_in_window_query,
)
from models.records import BounceReport, Decision, Kind
from models.tables import MessageSource, OutboxMessage, OutboxPurpose, StoredMessage

NOW = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
PERSON = "an.peeters@stad.be"
_ids = itertools.count(1)


@pytest.fixture
def session(db_sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session on a migrated database (SQLite and PostgreSQL)."""
    with db_sessions() as opened:
        yield opened


def raw_mail(sender: str = PERSON, *extra_headers: str) -> bytes:
    """A small registration mail with ``extra_headers`` added to its header block."""
    headers = [
        f"From: An Peeters <{sender}>",
        "To: linda.boudry@kcvs.be",
        "Subject: Inschrijving",
        f"Message-ID: <m{next(_ids)}@stad.be>",
        *extra_headers,
    ]
    return ("\r\n".join(headers) + "\r\n\r\nIk schrijf me in.\r\n").encode()


def stored(session: Session, raw: bytes) -> StoredMessage:
    """``raw`` stored as a message of the mailbox."""
    message = StoredMessage(
        source=MessageSource.IMPORT,
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        raw=raw,
        received_at=NOW,
    )
    session.add(message)
    session.flush()
    return message


def registration(
    sender: str | None = PERSON, *, auto_submitted: bool = False, bulk: bool = False
) -> Decision:
    """A plain registration from ``sender``."""
    return Decision(
        kind=Kind.REGISTRATION,
        about_event=True,
        sender=sender,
        auto_submitted=auto_submitted,
        bulk=bulk,
    )


def verdict(
    session: Session,
    decision: Decision | None = None,
    raw: bytes | None = None,
    address: str | None = PERSON,
    settings: Settings | None = None,
) -> GuardVerdict:
    message = stored(session, raw) if raw is not None else None
    return may_reply(
        session, settings or Settings(), address, NOW, decision=decision, message=message
    )


def queue_reply(session: Session, address: str, at: datetime) -> None:
    """An outbox row for ``address`` created at ``at``, as an earlier reply would leave."""
    session.add(
        OutboxMessage(
            message_id=f"<r{next(_ids)}@kcvs.be>",
            to_address=address,
            subject="Re: Inschrijving",
            purpose=OutboxPurpose.CONFIRMATION,
            created_at=at,
        )
    )
    session.flush()


def test_an_ordinary_registration_may_be_answered(session: Session) -> None:
    result = verdict(session, registration(), raw_mail())
    assert result.allowed
    assert result.address == PERSON


@pytest.mark.parametrize(
    ("decision", "refusal"),
    [
        pytest.param(
            Decision(kind=Kind.AUTO_REPLY, sender=PERSON, auto_submitted=True),
            Refusal.AUTO_REPLY,
            id="auto-reply",
        ),
        pytest.param(registration(auto_submitted=True), Refusal.AUTO_REPLY, id="auto-submitted"),
        pytest.param(
            Decision(kind=Kind.BOUNCE, sender="MAILER-DAEMON@stad.be", bounce=BounceReport()),
            Refusal.BOUNCE,
            id="bounce",
        ),
        pytest.param(registration(bulk=True), Refusal.BULK, id="bulk-decided-by-parser"),
        pytest.param(registration(sender=None), Refusal.NO_SENDER, id="ambiguous-sender"),
        pytest.param(registration(sender=""), Refusal.NULL_SENDER, id="null-sender"),
        pytest.param(
            registration(sender="alice@example.com <bob@example.com>"),
            Refusal.NO_SENDER,
            id="two-addresses-in-from",
        ),
        pytest.param(
            registration(sender="mailer-daemon@stad.be"), Refusal.SYSTEM_ADDRESS, id="mailer-daemon"
        ),
        pytest.param(
            registration(sender="Postmaster@stad.be"), Refusal.SYSTEM_ADDRESS, id="postmaster"
        ),
        pytest.param(registration(sender="noreply@stad.be"), Refusal.SYSTEM_ADDRESS, id="noreply"),
        pytest.param(
            registration(sender="no-reply@stad.be"), Refusal.SYSTEM_ADDRESS, id="no-reply"
        ),
        pytest.param(
            registration(sender="linda.boudry@kcvs.be"), Refusal.OWN_ADDRESS, id="own-address"
        ),
    ],
)
def test_the_decision_alone_forbids_a_reply(
    session: Session, decision: Decision, refusal: Refusal
) -> None:
    assert verdict(session, decision, raw_mail()).refusal == refusal


@pytest.mark.parametrize(
    ("header", "refusal"),
    [
        pytest.param("X-Spam-Flag: YES", Refusal.SPAM, id="x-spam-flag"),
        pytest.param(f"{LOOP_HEADER}: linda.boudry@kcvs.be", Refusal.OWN_LOOP_HEADER, id="loop"),
        pytest.param("List-Id: <gemeenten.lists.example>", Refusal.BULK, id="list-id"),
        pytest.param("List-Unsubscribe: <mailto:leave@lists.example>", Refusal.BULK, id="unsub"),
        pytest.param("Precedence: bulk", Refusal.BULK, id="precedence-bulk"),
        pytest.param("Precedence: list", Refusal.BULK, id="precedence-list"),
        pytest.param("Precedence: junk", Refusal.BULK, id="precedence-junk"),
        pytest.param("Auto-Submitted: auto-replied", Refusal.AUTO_REPLY, id="auto-submitted"),
        pytest.param("Return-Path: <>", Refusal.NULL_SENDER, id="null-return-path"),
    ],
)
def test_the_raw_headers_forbid_a_reply(session: Session, header: str, refusal: Refusal) -> None:
    """Even when the parser missed it, the stored raw headers are read again."""
    assert verdict(session, registration(), raw_mail(PERSON, header)).refusal == refusal


@pytest.mark.parametrize(
    "header", ["X-Spam-Flag: NO", "Auto-Submitted: no", "Precedence: first-class"]
)
def test_harmless_headers_allow_a_reply(session: Session, header: str) -> None:
    assert verdict(session, registration(), raw_mail(PERSON, header)).allowed


@pytest.mark.parametrize(
    ("address", "refusal"),
    [
        ("MAILER-DAEMON@mail.stad.be", Refusal.SYSTEM_ADDRESS),
        ("postmaster@stad.be", Refusal.SYSTEM_ADDRESS),
        ("noreply@stad.be", Refusal.SYSTEM_ADDRESS),
        ("no-reply+abc@stad.be", Refusal.SYSTEM_ADDRESS),
        ("do-not-reply@stad.be", Refusal.SYSTEM_ADDRESS),
        ("Linda.Boudry@KCVS.be", Refusal.OWN_ADDRESS),
        ("antwoord@kcvs.be", Refusal.OWN_ADDRESS),
        (None, Refusal.NO_SENDER),
        ("an peeters@stad.be", Refusal.NO_SENDER),
        ("an@stad.be\r\nBcc: x@evil.example", Refusal.NO_SENDER),
    ],
)
def test_recipient_addresses_that_never_get_a_reply(
    session: Session, address: str | None, refusal: Refusal
) -> None:
    settings = Settings(smtp=SmtpConfig(from_address="antwoord@kcvs.be"))
    assert verdict(session, address=address, settings=settings).refusal == refusal


def test_addresses_that_merely_contain_a_system_word_are_fine(session: Session) -> None:
    assert verdict(session, address="noreplyke.jansen@stad.be").allowed
    assert verdict(session, address="daemon.fan@stad.be").allowed
    assert verdict(session, address="an.postmaster@stad.be").allowed


def test_at_most_three_replies_a_day_to_one_address(session: Session) -> None:
    for minutes in (0, 10, 20):
        assert verdict(session, address=PERSON).allowed
        queue_reply(session, PERSON, NOW - timedelta(minutes=minutes))
    refused = verdict(session, address=PERSON.upper())
    assert refused.refusal is Refusal.RATE_LIMIT
    assert verdict(session, address="iemand.anders@stad.be").allowed


def test_the_limit_counts_the_last_24_hours_only(session: Session) -> None:
    for hours in (25, 30, 1):
        queue_reply(session, PERSON, NOW - timedelta(hours=hours))
    assert replies_in_window(session, PERSON, NOW) == 1
    assert verdict(session, address=PERSON).allowed


def test_counting_a_persons_replies_uses_an_index_not_a_scan_of_the_outbox(
    session: Session,
) -> None:
    """The count runs for every mail; on a scan its cost would grow with the whole outbox."""
    for index in range(50):
        queue_reply(session, f"person{index}@example.be", NOW - timedelta(hours=index))
    query = replies_in_window_query("Person7@Example.be", NOW)
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    if session.get_bind().dialect.name == "sqlite":
        explain = f"EXPLAIN QUERY PLAN {compiled}"
    else:  # PostgreSQL rightly scans a table this small; asked not to, it must find the index
        session.execute(text("SET LOCAL enable_seqscan = off"))
        explain = f"EXPLAIN {compiled}"
    plan = " ".join(str(row[-1]) for row in session.execute(text(explain)))
    assert "ix_outbox_messages_lower_to_address_created_at" in plan, plan
    assert replies_in_window(session, "Person7@Example.be", NOW) == 1


def test_the_limit_is_configurable(session: Session) -> None:
    settings = Settings(replies=RepliesConfig(max_per_address_per_day=1))
    queue_reply(session, PERSON, NOW - timedelta(minutes=5))
    assert verdict(session, address=PERSON, settings=settings).refusal is Refusal.RATE_LIMIT


def test_no_replies_at_all_when_disabled(session: Session) -> None:
    settings = Settings(replies=RepliesConfig(enabled=False))
    result = verdict(session, registration(), raw_mail(), settings=settings)
    assert result.refusal is Refusal.REPLIES_DISABLED


def test_a_refusal_is_logged_with_its_reason(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="inbox_worker.reply_guard")
    verdict(session, registration(), raw_mail(PERSON, "X-Spam-Flag: YES"))
    assert f"no reply to {PERSON}: {Refusal.SPAM.value}" in caplog.text
