"""Copies of sent replies in the Sent folder of a real Dovecot, next to a real aiosmtpd server."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.database import transaction
from inbox_worker.delivery.outbox import deliver_due, enqueue_reply
from inbox_worker.delivery.sent import ImapSentMailbox, sent_mailbox_for
from inbox_worker.delivery.transport import make_transport
from models.tables import OutboxMessage, OutboxPurpose
from tests.dovecot import SENT_FOLDER, DovecotServer
from tests.smtp_server import SmtpServer

pytestmark = pytest.mark.dovecot

NOW = dt.datetime(2018, 11, 20, 9, 0, tzinfo=dt.UTC)
SEEN = "\\Seen"

Factory = sessionmaker[Session]


def settings_for(dovecot: DovecotServer, smtp: SmtpServer, **mailbox: Any) -> Settings:
    return Settings(mailbox=dovecot.mailbox_settings(**mailbox), smtp=smtp.smtp_settings())


def queue(factory: Factory, settings: Settings, number: int = 1) -> str:
    with transaction(factory) as session:
        reply = enqueue_reply(
            session,
            settings,
            purpose=OutboxPurpose.CONFIRMATION,
            to_address=f"person{number}@gent.be",
            to_name=f"Persoon {number}",
            registrants=[],
            in_reply_to=None,
            language="nl",
            now=NOW,
        )
        return reply.message_id


def deliver(factory: Factory, settings: Settings, now: dt.datetime) -> Any:
    mailbox = sent_mailbox_for(settings)
    assert isinstance(mailbox, ImapSentMailbox)
    return deliver_due(factory, settings, make_transport(settings), now, sent_mailbox=mailbox)


def copied(factory: Factory, message_id: str) -> bool:
    with transaction(factory) as session:
        return session.scalars(
            select(OutboxMessage.copied_to_sent).where(OutboxMessage.message_id == message_id)
        ).one()


def test_a_sent_reply_lands_in_the_sent_folder_marked_read(
    db_sessions: Factory, dovecot: DovecotServer, smtp_server: SmtpServer
) -> None:
    settings = settings_for(dovecot, smtp_server)
    ids = [queue(db_sessions, settings, number) for number in (1, 2)]
    report = deliver(db_sessions, settings, NOW)
    assert (report.sent, report.copied_to_sent, report.ok) == (2, 2, True)
    in_sent = dovecot.messages(SENT_FOLDER)
    assert sorted(in_sent) == sorted(ids)
    assert all(len(copies) == 1 and SEEN in copies[0] for copies in in_sent.values())
    assert all(copied(db_sessions, message_id) for message_id in ids)
    assert len(smtp_server.received) == 2
    assert dovecot.count("INBOX") == 0


def test_the_sent_copy_is_retried_after_the_imap_server_was_down(
    db_sessions: Factory, dovecot: DovecotServer, smtp_server: SmtpServer
) -> None:
    settings = settings_for(dovecot, smtp_server, connect_timeout=2, read_timeout=5)
    message_id = queue(db_sessions, settings)
    dovecot.stop()
    report = deliver(db_sessions, settings, NOW)
    assert report.sent == 1 and report.copy_error
    assert smtp_server.messages_with_id(message_id)
    assert not copied(db_sessions, message_id)
    dovecot.start()
    again = deliver(db_sessions, settings, NOW + dt.timedelta(minutes=1))
    assert (again.sent, again.copied_to_sent) == (0, 1)
    assert list(dovecot.messages(SENT_FOLDER)) == [message_id]
    assert deliver(db_sessions, settings, NOW + dt.timedelta(minutes=2)).copied_to_sent == 0
    assert dovecot.count(SENT_FOLDER) == 1


def test_a_configured_sent_folder_is_created_and_used(
    db_sessions: Factory, dovecot: DovecotServer, smtp_server: SmtpServer
) -> None:
    settings = settings_for(dovecot, smtp_server, sent_folder="Verzonden items")
    message_id = queue(db_sessions, settings)
    assert deliver(db_sessions, settings, NOW).copied_to_sent == 1
    assert list(dovecot.messages("Verzonden items")) == [message_id]
    assert dovecot.count(SENT_FOLDER) == 0
