"""``config check --connect`` against the real servers: it says what worked and what did not."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from inbox_worker.cli import main
from tests.dovecot import DovecotServer
from tests.imap_helpers import write_config
from tests.smtp_server import SmtpServer


def test_connect_logs_in_to_both_servers(
    dovecot: DovecotServer, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path, dovecot.mailbox_settings(), smtp=smtp_server.smtp_settings())
    result = CliRunner().invoke(main, ["--config", str(config), "config", "check", "--connect"])
    assert result.exit_code == 0, result.output
    assert "IMAP: ok" in result.stdout
    assert "SMTP: ok" in result.stdout
    assert dovecot.password not in result.output


def test_connect_reports_a_wrong_password_and_exits_non_zero(
    dovecot: DovecotServer, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    mailbox = dovecot.mailbox_settings(password="not-the-password")
    config = write_config(tmp_path, mailbox, smtp=smtp_server.smtp_settings())
    result = CliRunner().invoke(main, ["--config", str(config), "config", "check", "--connect"])
    assert result.exit_code == 1
    assert "IMAP: FAILED" in result.stdout
    assert "SMTP: ok" in result.stdout
    assert "not-the-password" not in result.output
