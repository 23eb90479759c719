"""A registration mail from the inbox to the registrant's confirmation and back, against the real
Dovecot and aiosmtpd: threaded, with the invitation, a copy in Sent, and no reply to what must
never be answered."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from inbox_worker.config import Settings
from inbox_worker.daemon import run_cycle
from inbox_worker.delivery.compose import LOOP_HEADER
from tests.dovecot import DovecotServer
from tests.imap_helpers import message_id_of, registration, settings_for
from tests.smtp_server import SmtpServer

BRUSSELS = ZoneInfo("Europe/Brussels")
RECEIVED = datetime(2018, 11, 22, 10, 5, tzinfo=BRUSSELS)
PROCESSED = "INBOX/Inschrijvingen"
SENT = "Sent"


@pytest.fixture
def settings(dovecot: DovecotServer, smtp_server: SmtpServer, tmp_path: Path) -> Settings:
    return settings_for(
        tmp_path,
        dovecot.mailbox_settings(),
        smtp=smtp_server.smtp_settings(),
        digest={"enabled": False},
    )


def registrant_address(raw: bytes) -> str:
    return raw.split(b"E-mail: ")[1].split(b"\r\n")[0].decode()


def calendar_of(message: EmailMessage) -> Calendar:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return Calendar.from_ical(part.get_payload(decode=True))
    raise AssertionError("no text/calendar part")


def test_a_registration_is_confirmed_threaded_with_an_invitation_and_filed(
    dovecot: DovecotServer, smtp_server: SmtpServer, settings: Settings
) -> None:
    raw = registration(7, RECEIVED)
    dovecot.append(raw, when=RECEIVED)
    report = run_cycle(settings, lambda: RECEIVED)
    assert report.ok, report.summary()

    (delivered,) = smtp_server.received
    assert delivered.rcpt_tos == (registrant_address(raw),)
    reply = delivered.message
    original_id = message_id_of(raw)
    assert reply["In-Reply-To"] == original_id
    assert original_id in reply["References"]
    assert str(reply["Subject"]).startswith("Re: ")
    assert reply["Auto-Submitted"] == "auto-replied"
    event = calendar_of(reply).walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    assert start.astimezone(BRUSSELS) == datetime(2018, 12, 7, 10, 0, tzinfo=BRUSSELS)
    assert "De Coninckplein 26" in str(event.get("LOCATION"))

    assert original_id in dovecot.messages(PROCESSED)
    assert original_id not in dovecot.messages("INBOX")
    assert reply["Message-ID"] in dovecot.messages(SENT)


def with_headers(raw: bytes, headers: str, sender: str | None = None) -> bytes:
    head, body = raw.split(b"\r\n\r\n", 1)
    if sender is not None:
        lines = [line for line in head.split(b"\r\n") if not line.startswith(b"From:")]
        head = b"\r\n".join([f"From: {sender}".encode(), *lines])
    return head + b"\r\n" + headers.encode() + b"\r\n\r\n" + body


NEVER_ANSWERED = {
    "auto-reply": ("Auto-Submitted: auto-replied", None),
    "mailing list": ("List-Id: <nieuws.vvsg.be>\r\nList-Unsubscribe: <mailto:x@vvsg.be>", None),
    "spam-flagged": ("X-Spam-Flag: YES", None),
    "our own reply coming back": (f"{LOOP_HEADER}: linda.boudry@kcvs.be", None),
    "mailer-daemon": ("X-Note: none", "Mail Delivery System <MAILER-DAEMON@mx.brugge.be>"),
    "ambiguous sender": ("X-Note: none", "alice@example.com <bob@example.com>"),
}


@pytest.mark.parametrize("case", sorted(NEVER_ANSWERED))
def test_mail_that_must_never_be_answered_gets_no_reply(
    case: str, dovecot: DovecotServer, smtp_server: SmtpServer, settings: Settings
) -> None:
    headers, sender = NEVER_ANSWERED[case]
    raw = with_headers(registration(8, RECEIVED), headers, sender)
    dovecot.append(raw, when=RECEIVED)
    report = run_cycle(settings, lambda: RECEIVED)
    assert report.ok, report.summary()
    assert smtp_server.received == [], f"{case}: a reply was sent"
