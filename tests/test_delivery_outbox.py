"""The outbox on SQLite and PostgreSQL, delivering to a real aiosmtpd: once, retried, failed, logged."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.database import transaction
from inbox_worker.delivery import outbox
from inbox_worker.delivery.compose import AUTO_SUBMITTED_HEADER, LOOP_HEADER, UnusableAddress
from inbox_worker.delivery.outbox import (
    DeliveryReport,
    deliver_due,
    due_messages,
    enqueue_message,
    enqueue_reply,
    retry_delay,
)
from inbox_worker.delivery.smtp import SmtpSender
from inbox_worker.delivery.transport import make_transport
from inbox_worker.logs import NO_MESSAGE, MessageIdFilter
from models.tables import (
    MessageSource,
    OutboxMessage,
    OutboxPurpose,
    OutboxState,
    Registrant,
    StoredMessage,
)
from tests.smtp_server import SmtpServer

NOW = dt.datetime(2018, 11, 20, 9, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)

Factory = sessionmaker[Session]


def settings_for(server: SmtpServer, **smtp: Any) -> Settings:
    return Settings(smtp=server.smtp_settings(**smtp))


def stored_message(number: int = 1) -> StoredMessage:
    return StoredMessage(
        source=MessageSource.IMAP,
        folder="INBOX",
        uidvalidity=1,
        uid=number,
        message_id=f"<registration-{number}@gent.be>",
        sha256=f"{number:064x}",
        raw=b"Subject: Inschrijving\r\n\r\nIk kom graag.\r\n",
        size=40,
        received_at=NOW,
        sender=f"person{number}@gent.be",
        subject="Inschrijving seminarie",
        decision={"references": ["<invitation@kcvs.be>"], "language": "nl"},
    )


def queue(
    factory: Factory,
    settings: Settings,
    number: int = 1,
    *,
    purpose: OutboxPurpose = OutboxPurpose.CONFIRMATION,
    now: dt.datetime = NOW,
) -> str:
    """Store a registration mail and its registrant, queue the reply; return its Message-ID."""
    with transaction(factory) as session:
        message = stored_message(number)
        person = Registrant(
            name=f"Persoon {number}",
            municipality="Gent",
            function="projectleider",
            email=f"person{number}@gent.be",
            email_key=f"person{number}@gent.be",
            created_by=message,
        )
        session.add_all([message, person])
        reply = enqueue_reply(
            session,
            settings,
            purpose=purpose,
            to_address=f"person{number}@gent.be",
            to_name=f"Persoon {number}",
            registrants=[person],
            in_reply_to=message,
            language="nl",
            now=now,
        )
        return reply.message_id


def row(factory: Factory, message_id: str) -> OutboxMessage:
    with transaction(factory) as session:
        found = session.scalars(
            select(OutboxMessage).where(OutboxMessage.message_id == message_id)
        ).one()
        session.expunge(found)
        return found


def deliver(
    factory: Factory, settings: Settings, now: dt.datetime, **options: Any
) -> DeliveryReport:
    return deliver_due(factory, settings, make_transport(settings), now, **options)


def parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


# -- queueing ---------------------------------------------------------------------------------


def test_enqueue_stores_the_complete_reply_in_the_policys_transaction(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    message_id = queue(db_sessions, settings)
    stored = row(db_sessions, message_id)
    assert stored.state is OutboxState.PENDING
    assert stored.to_address == "person1@gent.be"
    assert stored.subject == "Re: Inschrijving seminarie"
    assert stored.purpose is OutboxPurpose.CONFIRMATION
    assert stored.next_attempt_at == NOW and stored.created_at == NOW
    assert stored.in_reply_to_id is not None and stored.registrant_id is not None
    raw = row_raw(db_sessions, message_id)
    message = parsed(raw)
    assert message["Message-ID"] == message_id
    assert message["In-Reply-To"] == "<registration-1@gent.be>"
    assert message["References"].split() == ["<invitation@kcvs.be>", "<registration-1@gent.be>"]


def row_raw(factory: Factory, message_id: str) -> bytes:
    with transaction(factory) as session:
        raw = session.scalars(
            select(OutboxMessage.raw).where(OutboxMessage.message_id == message_id)
        ).one()
    assert raw is not None
    return raw


def test_enqueue_rolls_back_with_the_policys_transaction(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    with pytest.raises(RuntimeError), transaction(db_sessions) as session:
        enqueue_reply(
            session,
            settings,
            purpose=OutboxPurpose.CONFIRMATION,
            to_address="jan@gent.be",
            to_name="Jan",
            registrants=[],
            in_reply_to=None,
            language=None,
            now=NOW,
        )
        raise RuntimeError("the policy failed after queueing")
    with transaction(db_sessions) as session:
        assert due_messages(session, NOW) == []


def test_enqueue_refuses_an_unusable_address(db_sessions: Factory) -> None:
    with pytest.raises(UnusableAddress), transaction(db_sessions) as session:
        enqueue_reply(
            session,
            Settings(),
            purpose=OutboxPurpose.CONFIRMATION,
            to_address="alice@example.com <bob@example.com>",
            to_name=None,
            registrants=[],
            in_reply_to=None,
            language=None,
            now=NOW,
        )


# -- delivery ---------------------------------------------------------------------------------


def test_a_reply_arrives_once_threaded_with_the_invitation(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    message_id = queue(db_sessions, settings)
    report = deliver(db_sessions, settings, NOW)
    assert (report.sent, report.ok) == (1, True)
    (received,) = smtp_server.received
    assert received.mail_from == "linda.boudry@kcvs.be"
    assert received.rcpt_tos == ("person1@gent.be",)
    message = received.message
    assert message["Message-ID"] == message_id
    assert message["In-Reply-To"] == "<registration-1@gent.be>"
    assert message[AUTO_SUBMITTED_HEADER] == "auto-replied"
    assert message[LOOP_HEADER] == "linda.boudry@kcvs.be"
    (ics,) = [part for part in message.walk() if part.get_content_type() == "text/calendar"]
    event = icalendar.Calendar.from_ical(str(ics.get_content())).walk("VEVENT")[0]
    assert event.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2018, 12, 7, 9, tzinfo=dt.UTC)
    assert received.data.replace(b"\r\n", b"\n") == row_raw(db_sessions, message_id).replace(
        b"\r\n", b"\n"
    )
    stored = row(db_sessions, message_id)
    assert (stored.state, stored.attempts, stored.sent_at) == (OutboxState.SENT, 1, NOW)
    assert deliver(db_sessions, settings, NOW + MINUTE).sent == 0
    assert len(smtp_server.received) == 1


def test_server_down_for_the_first_attempts_then_up_delivers_once(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    message_id = queue(db_sessions, settings)
    smtp_server.stop()
    first = deliver(db_sessions, settings, NOW)
    assert first.outage and first.sent == 0
    assert row(db_sessions, message_id).next_attempt_at == NOW + MINUTE
    assert deliver(db_sessions, settings, NOW + MINUTE / 2).outage is None  # not due yet
    assert row(db_sessions, message_id).attempts == 1
    second = deliver(db_sessions, settings, NOW + MINUTE)
    assert second.outage
    stored = row(db_sessions, message_id)
    assert (stored.attempts, stored.next_attempt_at) == (2, NOW + 3 * MINUTE)
    smtp_server.start()
    third = deliver(db_sessions, settings, NOW + 3 * MINUTE)
    assert third.sent == 1
    assert len(smtp_server.messages_with_id(message_id)) == 1
    stored = row(db_sessions, message_id)
    assert (stored.state, stored.attempts, stored.last_error) == (OutboxState.SENT, 3, None)
    assert deliver(db_sessions, settings, NOW + 60 * MINUTE).sent == 0
    assert len(smtp_server.received) == 1


def test_a_5xx_is_recorded_as_failed_with_the_answer_and_not_retried(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    message_id = queue(db_sessions, settings)
    smtp_server.refuse_recipients("550 5.1.1 <person1@gent.be>: Recipient address rejected")
    report = deliver(db_sessions, settings, NOW)
    assert (report.failed, report.ok) == (1, False)
    stored = row(db_sessions, message_id)
    assert stored.state is OutboxState.FAILED
    assert stored.last_error == "550 5.1.1 <person1@gent.be>: Recipient address rejected"
    assert stored.next_attempt_at is None
    smtp_server.accept()
    assert deliver(db_sessions, settings, NOW + dt.timedelta(days=1)).sent == 0
    assert row(db_sessions, message_id).attempts == 1
    assert smtp_server.received == []


def test_a_4xx_for_one_message_does_not_stop_the_others(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    ids = [queue(db_sessions, settings, number) for number in (1, 2)]
    smtp_server.refuse_recipients("450 4.2.0 Greylisted, try again later")
    report = deliver(db_sessions, settings, NOW)
    assert (report.deferred, report.outage) == (2, None)
    for message_id in ids:
        stored = row(db_sessions, message_id)
        assert stored.last_error == "450 4.2.0 Greylisted, try again later"
        assert stored.next_attempt_at == NOW + MINUTE


def test_temporary_failures_back_off_exponentially_then_fail(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(
        smtp_server, max_attempts=4, retry_base_seconds=60, retry_max_seconds=150
    )
    message_id = queue(db_sessions, settings)
    smtp_server.refuse_recipients("451 4.3.0 Local error")
    moment, waits = NOW, []
    for _ in range(3):
        deliver(db_sessions, settings, moment)
        stored = row(db_sessions, message_id)
        assert stored.next_attempt_at is not None
        waits.append(stored.next_attempt_at - moment)
        moment = stored.next_attempt_at
    assert waits == [dt.timedelta(seconds=60), dt.timedelta(seconds=120), dt.timedelta(seconds=150)]
    report = deliver(db_sessions, settings, moment)
    assert report.failed == 1
    stored = row(db_sessions, message_id)
    assert stored.state is OutboxState.FAILED
    assert stored.attempts == 4
    assert stored.last_error == "gave up after 4 attempts: 451 4.3.0 Local error"


def test_retry_delay_doubles_and_is_capped() -> None:
    config = Settings(smtp={"retry_base_seconds": 30, "retry_max_seconds": 600}).smtp
    assert [retry_delay(n, config).total_seconds() for n in range(1, 8)] == [
        30,
        60,
        120,
        240,
        480,
        600,
        600,
    ]
    assert retry_delay(10_000, config).total_seconds() == 600


def test_an_outage_is_logged_once_for_many_messages(
    db_sessions: Factory, smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(smtp_server)
    ids = [queue(db_sessions, settings, number) for number in range(1, 6)]
    smtp_server.stop()
    with caplog.at_level(logging.WARNING, logger="inbox_worker"):
        report = deliver(db_sessions, settings, NOW)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "unavailable" in warnings[0].getMessage()
    assert "5 message(s)" in warnings[0].getMessage()
    assert report.postponed == 4
    rows = [row(db_sessions, message_id) for message_id in ids]
    assert [r.attempts for r in rows] == [1, 0, 0, 0, 0]
    assert {r.next_attempt_at for r in rows} == {NOW + MINUTE}
    smtp_server.start()
    assert deliver(db_sessions, settings, NOW + MINUTE).sent == 5


def test_every_log_line_names_a_message_id(
    db_sessions: Factory, smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(smtp_server)
    caplog.handler.addFilter(MessageIdFilter())
    with caplog.at_level(logging.DEBUG, logger="inbox_worker.delivery"):
        message_id = queue(db_sessions, settings)
        deliver(db_sessions, settings, NOW)
    lines = [r for r in caplog.records if r.name.startswith("inbox_worker.delivery.outbox")]
    about_message = [r for r in lines if not r.getMessage().startswith("delivery: ")]
    assert about_message
    assert all(getattr(r, "message_id", NO_MESSAGE) == message_id for r in about_message)
    sent_line = next(r.getMessage() for r in lines if r.getMessage().startswith("sent to"))
    assert sent_line == "sent to person1@gent.be in reply to <registration-1@gent.be>"


def test_a_crash_after_the_250_resends_the_same_message_id(
    db_sessions: Factory, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_for(smtp_server)
    message_id = queue(db_sessions, settings)
    real_record: Callable[..., Any] = outbox._record

    def crash(*args: Any, **kwargs: Any) -> None:
        raise SystemExit("killed between the server's 250 and the commit")

    monkeypatch.setattr(outbox, "_record", crash)
    with pytest.raises(SystemExit):
        deliver(db_sessions, settings, NOW)
    monkeypatch.setattr(outbox, "_record", real_record)
    assert row(db_sessions, message_id).state is OutboxState.PENDING
    assert deliver(db_sessions, settings, NOW + MINUTE).sent == 0  # still claimed
    assert deliver(db_sessions, settings, NOW + 10 * MINUTE).sent == 1
    copies = smtp_server.messages_with_id(message_id)
    assert len(copies) == 2
    assert copies[0].data == copies[1].data
    assert row(db_sessions, message_id).state is OutboxState.SENT


def test_an_erased_message_is_failed_not_sent(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    message_id = queue(db_sessions, settings)
    with transaction(db_sessions) as session:
        session.scalars(select(OutboxMessage)).one().raw = None
    assert deliver(db_sessions, settings, NOW).sent == 0
    assert row(db_sessions, message_id).state is OutboxState.FAILED
    assert smtp_server.received == []


def test_a_queued_digest_goes_to_every_recipient(
    db_sessions: Factory, smtp_server: SmtpServer
) -> None:
    settings = settings_for(smtp_server)
    digest = EmailMessage()
    digest["Subject"] = "Dagelijks overzicht"
    digest.set_content("3 nieuwe inschrijvingen")
    with transaction(db_sessions) as session:
        queued = enqueue_message(
            session,
            settings,
            digest,
            purpose=OutboxPurpose.DIGEST,
            recipients=["linda.boudry@kcvs.be", "collega@kcvs.be"],
            now=NOW,
        )
        message_id = queued.message_id
    assert deliver(db_sessions, settings, NOW).sent == 1
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("linda.boudry@kcvs.be", "collega@kcvs.be")
    assert received.message["Message-ID"] == message_id
    assert received.message["Subject"] == "Dagelijks overzicht"


def test_the_folder_transport_delivers_the_outbox_to_files(
    db_sessions: Factory, tmp_path: Path
) -> None:
    settings = Settings(smtp={"transport": "folder", "folder": str(tmp_path / "mail")})
    ids = [queue(db_sessions, settings, number) for number in (1, 2)]
    assert deliver(db_sessions, settings, NOW).sent == 2
    files = sorted((tmp_path / "mail").glob("*.eml"))
    assert len(files) == 2
    assert {parsed(path.read_bytes())["Message-ID"] for path in files} == set(ids)


def test_smtp_over_starttls_with_login(db_sessions: Factory, smtp_server_tls: SmtpServer) -> None:
    settings = settings_for(smtp_server_tls)
    message_id = queue(db_sessions, settings)
    report = deliver_due(db_sessions, settings, SmtpSender(settings.smtp), NOW)
    assert report.sent == 1
    assert smtp_server_tls.messages_with_id(message_id)[0].login == settings.smtp.username


# -- copies in the Sent folder ----------------------------------------------------------------


class FakeSentFolder:
    """A Sent folder that records appends, or fails while ``broken``."""

    def __init__(self, broken: bool = False) -> None:
        self.broken = broken
        self.appended: list[tuple[bytes, dt.datetime]] = []
        self.closed = 0

    def append_sent(self, messages: Sequence[tuple[bytes, dt.datetime]]) -> None:
        if self.broken:
            raise ConnectionRefusedError("IMAP server down")
        self.appended.extend(messages)

    def close(self) -> None:
        self.closed += 1


def test_a_failing_sent_copy_never_blocks_delivery_and_is_retried(
    db_sessions: Factory, smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_for(smtp_server)
    ids = [queue(db_sessions, settings, number) for number in (1, 2)]
    broken = FakeSentFolder(broken=True)
    with caplog.at_level(logging.WARNING, logger="inbox_worker"):
        report = deliver(db_sessions, settings, NOW, sent_mailbox=broken)
    assert report.sent == 2
    assert report.copy_error and "IMAP server down" in report.copy_error
    assert len([r for r in caplog.records if "Sent folder" in r.getMessage()]) == 1
    assert not any(row(db_sessions, message_id).copied_to_sent for message_id in ids)
    working = FakeSentFolder()
    again = deliver(db_sessions, settings, NOW + MINUTE, sent_mailbox=working)
    assert (again.sent, again.copied_to_sent) == (0, 2)
    assert [parsed(raw)["Message-ID"] for raw, _ in working.appended] == ids
    assert [when for _, when in working.appended] == [NOW, NOW]
    assert all(row(db_sessions, message_id).copied_to_sent for message_id in ids)
    assert working.closed == 1
    assert (
        deliver(db_sessions, settings, NOW + 2 * MINUTE, sent_mailbox=working).copied_to_sent == 0
    )
