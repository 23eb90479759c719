"""The configuration as a user meets it: the shipped file, overrides, secrets and clear errors."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from inbox_worker.cli import main
from inbox_worker.config import (
    MASK,
    Security,
    load_settings,
    masked_dump,
)
from inbox_worker.errors import ConfigError, SecretError

REPO = Path(__file__).resolve().parents[1]
SHIPPED_CONFIG = REPO / "config.yaml"


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_shipped_config_describes_the_seminar() -> None:
    settings = load_settings(SHIPPED_CONFIG, require_file=True)
    event = settings.event
    assert event.title == "Stadsorganisaties in transitie"
    assert event.date == dt.date(2018, 12, 7)
    assert event.date.weekday() == 4  # a Friday
    assert event.registration_deadline == dt.date(2018, 12, 2)
    assert (event.doors_open, event.start_time) == (dt.time(9, 30), dt.time(10, 0))
    assert "De Coninckplein 26, 2060 Antwerpen" in event.address
    assert event.organiser_email == "linda.boudry@kcvs.be"
    assert settings.mailbox.security is Security.SSL


def test_every_key_of_the_shipped_file_has_a_comment() -> None:
    for number, line in enumerate(SHIPPED_CONFIG.read_text().splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("- "):
            continue
        assert "#" in line or stripped.endswith(":"), f"line {number} has no comment: {line}"


def test_relative_sqlite_file_lives_beside_the_config(tmp_path: Path) -> None:
    config = tmp_path / "cfg.yaml"
    config.write_text("database:\n  url: sqlite:///data/reg.sqlite3\n")
    settings = load_settings(config)
    assert settings.database.url == f"sqlite:///{tmp_path / 'data' / 'reg.sqlite3'}"


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "cfg.yaml"
    config.write_text("mailbox:\n  host: file.example\n  port: 993\n")
    monkeypatch.setenv("INBOX_WORKER__MAILBOX__HOST", "env.example")
    monkeypatch.setenv("INBOX_WORKER__SMTP__PORT", "2525")
    monkeypatch.setenv("INBOX_WORKER__DATABASE__URL", "postgresql+psycopg://u:pw@db/x")
    settings = load_settings(config)
    assert settings.mailbox.host == "env.example"
    assert settings.mailbox.port == 993
    assert settings.smtp.port == 2525
    assert settings.database.url == "postgresql+psycopg://u:pw@db/x"


def test_config_file_from_environment_variable(tmp_path: Path) -> None:
    config = tmp_path / "other.yaml"
    config.write_text("event:\n  capacity: 120\n")
    code, out, _ = run_cli("config", "check", env={"INBOX_WORKER_CONFIG": str(config)})
    assert code == 0
    assert "capacity: 120" in out


def test_mistyped_key_is_named_in_one_line_with_status_2(tmp_path: Path) -> None:
    config = tmp_path / "cfg.yaml"
    config.write_text("mailbox:\n  hots: imap.example.org\n")
    code, out, err = run_cli("--config", str(config), "config", "check")
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "mailbox.hots" in lines[0] and "unknown key" in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("smtp:\n  port: many\n", "smtp.port"),
        ("mailbox:\n  security: tls13\n", "mailbox.security"),
        ("event:\n  registration_deadline: someday\n", "event.registration_deadline"),
        ("digest:\n  recipients: [not-an-address]\n", "digest.recipients.0"),
        ("schedul:\n  idle: true\n", "schedul"),
        ("mailbox: [1, 2\n", "invalid YAML"),
        ("- just\n- a list\n", "top level must be a mapping"),
    ],
)
def test_bad_configuration_gives_a_clear_message(tmp_path: Path, text: str, expected: str) -> None:
    config = tmp_path / "cfg.yaml"
    config.write_text(text)
    code, _, err = run_cli("--config", str(config), "config", "check")
    assert code == 2
    assert expected in err
    assert "Traceback" not in err


def test_missing_explicit_config_file_is_an_error(tmp_path: Path) -> None:
    code, _, err = run_cli("--config", str(tmp_path / "absent.yaml"), "config", "check")
    assert code == 2
    assert "no such configuration file" in err


def test_unreadable_config_file_is_an_error(tmp_path: Path) -> None:
    config = tmp_path / "cfg.yaml"
    config.write_bytes(b"event:\n  title: \xff\xfe\n")
    code, _, err = run_cli("--config", str(config), "config", "check")
    assert code == 2
    assert "cannot read" in err


def test_password_from_file_and_command(tmp_path: Path) -> None:
    secret = tmp_path / "imap.secret"
    secret.write_text("s3cret-from-file\n")
    config = tmp_path / "cfg.yaml"
    script = tmp_path / "secret.py"
    script.write_text("print('s3cret-from-command')\nprint('second line is ignored')\n")
    config.write_text(
        "mailbox:\n  password_file: imap.secret\n"
        f"smtp:\n  password_command: {sys.executable} {script}\n"
    )
    settings = load_settings(config)
    assert settings.mailbox.resolve_password() == "s3cret-from-file"
    assert settings.smtp.resolve_password() == "s3cret-from-command"


def test_failing_password_command_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "cfg.yaml"
    config.write_text(f"smtp:\n  password_command: '{sys.executable} -c \"exit(3)\"'\n")
    settings = load_settings(config)
    with pytest.raises(SecretError, match="status 3"):
        settings.smtp.resolve_password()
    assert issubclass(SecretError, ConfigError)


def test_check_masks_every_secret(tmp_path: Path) -> None:
    config = tmp_path / "cfg.yaml"
    config.write_text(
        "mailbox:\n  password: hunter2-imap\nsmtp:\n  password: hunter2-smtp\n"
        "database:\n  url: postgresql+psycopg://app:hunter2-db@db.example/reg\n"
    )
    code, out, _ = run_cli("--config", str(config), "config", "check")
    assert code == 0
    assert "hunter2" not in out
    assert out.count(MASK) == 2
    assert "postgresql+psycopg://app:***@db.example/reg" in out
    dumped = masked_dump(load_settings(config))
    assert dumped["mailbox"]["password"] == MASK


def test_version_and_help() -> None:
    code, out, _ = run_cli("--version")
    assert code == 0 and "inbox-worker" in out
    code, out, _ = run_cli("--help")
    assert code == 0
    for command in ("config", "db"):
        assert command in out


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    code, _, err = run_cli(
        "--config", str(SHIPPED_CONFIG), "config", "check", env={"INBOX_WORKER__SMTP__PORT": "x"}
    )
    assert code == 2
    assert "INBOX_WORKER__SMTP__PORT (environment): smtp.port" in err
