"""The SMTP and folder transports against a real aiosmtpd server: TLS, login, XOAUTH2, outcomes."""

from __future__ import annotations

import email
import email.policy
import logging
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from inbox_worker.config import Settings, SmtpConfig
from inbox_worker.delivery.folder import FolderTransport
from inbox_worker.delivery.smtp import DeliveryError, SmtpSender, probe_smtp
from inbox_worker.delivery.transport import (
    OutgoingMail,
    PermanentFailure,
    Sent,
    TemporaryFailure,
    make_transport,
)
from tests.smtp_server import OAUTH2_TOKEN, PASSWORD, USERNAME, SmtpServer, free_port


def mail(number: int = 1, to: str = "jan@gent.be") -> OutgoingMail:
    message_id = f"<test-{number}@kcvs.be>"
    raw = (
        f"From: linda.boudry@kcvs.be\r\nTo: {to}\r\nSubject: test {number}\r\n"
        f"Message-ID: {message_id}\r\n\r\nHallo {number}\r\n"
    ).encode()
    return OutgoingMail(message_id, "linda.boudry@kcvs.be", (to,), raw)


def sender_for(server: SmtpServer, **overrides: Any) -> SmtpSender:
    return SmtpSender(SmtpConfig(**server.smtp_settings(**overrides)))


def token_command(token: str) -> str:
    return shlex.join([sys.executable, "-c", f"print({token!r})"])


# -- outcomes ---------------------------------------------------------------------------------


def test_plain_delivery_arrives_with_its_envelope(smtp_server: SmtpServer) -> None:
    sender = sender_for(smtp_server)
    assert sender.send(mail()) == Sent()
    sender.close()
    (received,) = smtp_server.received
    assert received.mail_from == "linda.boudry@kcvs.be"
    assert received.rcpt_tos == ("jan@gent.be",)
    assert received.message["Message-ID"] == "<test-1@kcvs.be>"


def test_one_connection_carries_several_messages(smtp_server: SmtpServer) -> None:
    sender = sender_for(smtp_server)
    assert [sender.send(mail(n)) for n in (1, 2, 3)] == [Sent()] * 3
    sender.close()
    assert len(smtp_server.received) == 3


def test_a_connection_dropped_between_messages_is_reopened(smtp_server: SmtpServer) -> None:
    sender = sender_for(smtp_server)
    assert sender.send(mail(1)) == Sent()
    smtp_server.stop()
    smtp_server.start()
    assert sender.send(mail(2)) == Sent()
    sender.close()
    assert [r.message["Subject"] for r in smtp_server.received] == ["test 1", "test 2"]


@pytest.mark.parametrize("answer", ["450 4.2.1 Mailbox busy", "452 4.5.3 Too many recipients"])
def test_a_4xx_recipient_refusal_is_temporary(smtp_server: SmtpServer, answer: str) -> None:
    smtp_server.refuse_recipients(answer)
    result = sender_for(smtp_server).send(mail())
    assert result == TemporaryFailure(answer, outage=False)


def test_a_5xx_recipient_refusal_is_permanent_with_the_answer(smtp_server: SmtpServer) -> None:
    smtp_server.refuse_recipients("550 5.1.1 <jan@gent.be>: Recipient address rejected")
    result = sender_for(smtp_server).send(mail())
    assert result == PermanentFailure(550, "550 5.1.1 <jan@gent.be>: Recipient address rejected")


def test_a_5xx_after_data_is_permanent(smtp_server: SmtpServer) -> None:
    smtp_server.refuse_data("554 5.7.1 Message rejected as spam")
    result = sender_for(smtp_server).send(mail())
    assert result == PermanentFailure(554, "554 5.7.1 Message rejected as spam")


def test_a_421_is_an_outage(smtp_server: SmtpServer) -> None:
    smtp_server.refuse_data("421 4.3.2 Service shutting down")
    result = sender_for(smtp_server).send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage


def test_a_refused_connection_is_an_outage() -> None:
    config = SmtpConfig(host="127.0.0.1", port=free_port(), security="none", timeout=2)
    result = SmtpSender(config).send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
    assert "Connection refused" in result.reason or "ConnectionRefused" in result.reason


def test_security_none_is_warned_about(
    smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="inbox_worker.delivery"):
        sender_for(smtp_server).send(mail())
    assert "without TLS" in caplog.text


# -- TLS and login ----------------------------------------------------------------------------


def test_starttls_with_the_ca_file_and_a_password(smtp_server_tls: SmtpServer) -> None:
    sender = sender_for(smtp_server_tls)
    assert sender.send(mail()) == Sent()
    sender.close()
    (received,) = smtp_server_tls.received
    assert received.login == USERNAME


def test_implicit_tls_with_a_password(smtps_server: SmtpServer) -> None:
    sender = sender_for(smtps_server)
    assert sender.send(mail()) == Sent()
    sender.close()
    assert smtps_server.received[0].login == USERNAME


@pytest.mark.parametrize("server_fixture", ["smtp_server_tls", "smtps_server"])
def test_an_untrusted_certificate_is_refused(
    server_fixture: str, request: pytest.FixtureRequest
) -> None:
    server: SmtpServer = request.getfixturevalue(server_fixture)
    result = sender_for(server, ca_file=None).send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
    assert "certificate" in result.reason.lower()
    assert server.received == []


def test_starttls_missing_from_the_server_is_refused(smtp_server: SmtpServer) -> None:
    result = sender_for(smtp_server, security="starttls").send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
    assert "STARTTLS" in result.reason


def test_xoauth2_with_a_token_from_the_command(
    smtp_server_tls: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    sender = sender_for(
        smtp_server_tls, password=None, oauth2_token_command=token_command(OAUTH2_TOKEN)
    )
    with caplog.at_level(logging.DEBUG):
        assert sender.send(mail()) == Sent()
        sender.close()
    assert smtp_server_tls.received[0].login == USERNAME
    assert OAUTH2_TOKEN not in caplog.text


def test_a_wrong_token_is_an_outage_not_a_permanent_failure(smtp_server_tls: SmtpServer) -> None:
    sender = sender_for(
        smtp_server_tls, password=None, oauth2_token_command=token_command("expired")
    )
    result = sender.send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
    assert result.reason.startswith("login refused: 535")


def test_a_wrong_password_is_an_outage_and_never_logged(
    smtp_server_tls: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        result = sender_for(smtp_server_tls, password="wrong-secret").send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
    assert "535" in result.reason
    assert "wrong-secret" not in caplog.text + result.reason
    assert PASSWORD not in caplog.text


def test_a_missing_login_is_an_outage_not_a_permanent_failure(
    smtp_server_tls: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="inbox_worker.delivery"):
        result = sender_for(smtp_server_tls, password=None).send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
    assert result.reason.startswith("login required: 530")
    assert "sending without login" in caplog.text


def test_a_failing_password_command_is_an_outage(smtp_server_tls: SmtpServer) -> None:
    sender = sender_for(smtp_server_tls, password=None, password_command="false")
    result = sender.send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
    assert "credentials" in result.reason


# -- probe ------------------------------------------------------------------------------------


def test_probe_reports_the_login(smtp_server_tls: SmtpServer) -> None:
    settings = Settings(smtp=smtp_server_tls.smtp_settings())
    detail = probe_smtp(settings)
    assert f"127.0.0.1:{smtp_server_tls.port}" in detail
    assert f"logged in as {USERNAME}" in detail


def test_probe_failure_names_the_server_not_the_secret(smtp_server_tls: SmtpServer) -> None:
    settings = Settings(smtp=smtp_server_tls.smtp_settings(password="wrong-secret"))
    with pytest.raises(DeliveryError) as caught:
        probe_smtp(settings)
    assert "535" in str(caught.value)
    assert "wrong-secret" not in str(caught.value)


def test_probe_of_the_folder_transport(tmp_path: Path) -> None:
    settings = Settings(smtp={"transport": "folder", "folder": str(tmp_path / "out")})
    assert "folder" in probe_smtp(settings)


# -- the folder transport ---------------------------------------------------------------------


def test_the_folder_transport_writes_eml_files(tmp_path: Path) -> None:
    settings = Settings(smtp={"transport": "folder", "folder": str(tmp_path / "out")})
    transport = make_transport(settings)
    assert isinstance(transport, FolderTransport)
    assert transport.send(mail(1)) == Sent()
    assert transport.send(mail(2)) == Sent()
    files = sorted((tmp_path / "out").iterdir())
    assert [path.name.split("-", 1)[1] for path in files] == [
        "test-1_kcvs.be.eml",
        "test-2_kcvs.be.eml",
    ]
    assert files[0].name[:8].isdigit()
    message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert message["Message-ID"] == "<test-1@kcvs.be>"


def test_an_unwritable_folder_is_an_outage(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = FolderTransport(blocker / "out").send(mail())
    assert isinstance(result, TemporaryFailure)
    assert result.outage
