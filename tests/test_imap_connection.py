"""Connecting and logging in: TLS verified by default (trustme CA), STARTTLS, XOAUTH2, no secrets in logs."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest

from inbox_worker.config import MailboxConfig, Settings
from inbox_worker.imap.connection import login, open_connection, probe_imap
from inbox_worker.imap.errors import MailboxAuthError, MailboxTlsError, MailboxUnavailable
from tests.dovecot import DovecotServer, free_port

pytestmark = pytest.mark.dovecot


def tls_mailbox(server: DovecotServer, **overrides: Any) -> MailboxConfig:
    values = server.mailbox_settings(security="ssl", port=server.imaps_port)
    values.update(overrides)
    return MailboxConfig(**values)


def test_tls_verification_is_on_by_default(dovecot_tls: DovecotServer) -> None:
    with pytest.raises(MailboxTlsError, match="certificate"):
        open_connection(tls_mailbox(dovecot_tls))


def test_ca_file_makes_the_self_hosted_certificate_trusted(dovecot_tls: DovecotServer) -> None:
    assert dovecot_tls.tls is not None
    mailbox = tls_mailbox(dovecot_tls, ca_file=str(dovecot_tls.tls.ca))
    detail = probe_imap(Settings(mailbox=mailbox))
    assert detail == (
        f"logged in as linda.boudry@kcvs.be at 127.0.0.1:{dovecot_tls.imaps_port} (TLS), "
        "0 messages in INBOX"
    )


def test_the_host_name_is_checked_too(dovecot_tls: DovecotServer) -> None:
    assert dovecot_tls.tls is not None
    # The certificate names 127.0.0.1 only.
    mailbox = tls_mailbox(dovecot_tls, host="localhost", ca_file=str(dovecot_tls.tls.ca))
    with pytest.raises(MailboxTlsError, match=r"(?i)hostname|match"):
        open_connection(mailbox)


def test_starttls_on_the_plain_port(dovecot_tls: DovecotServer) -> None:
    assert dovecot_tls.tls is not None
    plain = dovecot_tls.mailbox_settings(security="starttls")
    with pytest.raises(MailboxTlsError):
        open_connection(MailboxConfig(**plain))
    trusted = MailboxConfig(**{**plain, "ca_file": str(dovecot_tls.tls.ca)})
    detail = probe_imap(Settings(mailbox=trusted))
    assert "(STARTTLS)" in detail


def test_starttls_refused_by_a_server_without_tls(dovecot: DovecotServer) -> None:
    with pytest.raises(MailboxTlsError, match="STARTTLS"):
        open_connection(MailboxConfig(**dovecot.mailbox_settings(security="starttls")))


def test_plain_imap_is_allowed_with_a_warning(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    detail = probe_imap(Settings(mailbox=MailboxConfig(**dovecot.mailbox_settings())))
    assert "(no TLS)" in detail
    assert any("not encrypted" in record.getMessage() for record in caplog.records)


def test_a_wrong_password_is_an_auth_error_without_the_password(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="imapclient")
    secret = "wrong-and-secret-42"
    mailbox = MailboxConfig(**dovecot.mailbox_settings(password=secret))
    with pytest.raises(MailboxAuthError) as failure:
        open_connection(mailbox)
    assert secret not in str(failure.value)
    assert secret not in caplog.text


def test_the_password_never_reaches_the_logs(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="imapclient")
    secret_file = tmp_path / "imap-password"
    secret_file.write_text(dovecot.password + "\n")
    mailbox = MailboxConfig(**dovecot.mailbox_settings(password=None, password_file=secret_file))
    probe_imap(Settings(mailbox=mailbox))
    assert caplog.text  # imapclient did log the conversation ...
    assert dovecot.password not in caplog.text  # ... but not the secret


def test_password_command(dovecot: DovecotServer) -> None:
    command = f"{sys.executable} -c \"print('{dovecot.password}')\""
    mailbox = MailboxConfig(**dovecot.mailbox_settings(password=None, password_command=command))
    assert "0 messages" in probe_imap(Settings(mailbox=mailbox))


def test_no_password_at_all_is_an_auth_error(dovecot: DovecotServer) -> None:
    with pytest.raises(MailboxAuthError, match="no IMAP password"):
        open_connection(MailboxConfig(**dovecot.mailbox_settings(password=None)))


def test_nobody_listening_is_unavailable_quickly() -> None:
    mailbox = MailboxConfig(host="127.0.0.1", port=free_port(), security="none", password="x")
    with pytest.raises(MailboxUnavailable, match="cannot connect"):
        open_connection(mailbox)


class RecordingClient:
    """Stands in for IMAPClient to see which login method is called with what."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def oauth2_login(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append(("oauth2_login", args, kwargs))

    def login(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append(("login", args, kwargs))


def test_xoauth2_with_a_token_from_the_command() -> None:
    command = f"{sys.executable} -c \"print('ya29.token-from-the-helper')\""
    mailbox = MailboxConfig(username="linda.boudry@kcvs.be", oauth2_token_command=command)
    client = RecordingClient()
    login(client, mailbox)
    assert client.calls == [
        (
            "oauth2_login",
            ("linda.boudry@kcvs.be", "ya29.token-from-the-helper"),
            {"mech": "XOAUTH2"},
        )
    ]


def test_a_password_login_when_no_token_command_is_set() -> None:
    mailbox = MailboxConfig(username="linda", password="s3cret")
    client = RecordingClient()
    login(client, mailbox)
    assert client.calls == [("login", ("linda", "s3cret"), {})]
