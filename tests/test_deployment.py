"""The README's deployment recipes as written: the systemd unit is one systemd accepts, and the cron
line runs a whole cycle in cron's bare environment and fails loudly enough for cron to mail it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dovecot import DovecotServer
from tests.imap_helpers import message_id_of, read_database, registration, write_config

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
README_DIRECTORY = "/srv/inbox-worker"
CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*$")
LOOPBACK_WARNING = "is not encrypted (security: none)"
CRON_ENVIRONMENT = {"PATH": "/usr/bin:/bin", "SHELL": "/bin/sh", "LOGNAME": "root"}


def readme_block(language: str) -> str:
    match = re.search(rf"```{language}\n(.*?)```", README.read_text(), re.S)
    assert match, f"the README has no {language} block"
    return match.group(1)


def project_bin() -> Path:
    """The virtualenv's bin directory, where the ``inbox-worker`` console script lives."""
    return Path(sys.executable).parent


def test_the_readme_systemd_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    unit = (
        readme_block("ini")
        .replace(f"{README_DIRECTORY}/.venv/bin", str(project_bin()))
        .replace(README_DIRECTORY, str(REPO))
        .replace("User=inbox-worker", "User=root")
    )
    assert "Restart=on-failure" in unit  # the parser's time limit relies on being started again
    path = tmp_path / "inbox-worker.service"
    path.write_text(unit)
    result = subprocess.run([analyze, "verify", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "inbox-worker.service" not in result.stderr, result.stderr  # no unknown keys


def cron_command(directory: Path) -> str:
    """The README's cron line checked field by field, its command pointed at ``directory``."""
    (line,) = readme_block("cron").strip().splitlines()
    *schedule, command = line.split(maxsplit=5)
    assert len(schedule) == 5 and all(CRON_FIELD.match(field) for field in schedule), schedule
    return command.replace(README_DIRECTORY, str(directory))


def deployed(tmp_path: Path, mailbox: dict[str, object]) -> Path:
    """A directory laid out as the README's: config.yaml and .venv side by side."""
    directory = tmp_path / "srv"
    directory.mkdir()
    (directory / ".venv").symlink_to(project_bin().parent)
    write_config(directory, mailbox)
    return directory


def run_as_cron(command: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/sh", "-c", command],
        env={**CRON_ENVIRONMENT, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.dovecot
def test_the_readme_cron_line_handles_the_mail_in_crons_bare_environment(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    raw = registration(1)
    dovecot.append(raw)
    directory = deployed(tmp_path, dovecot.mailbox_settings())

    result = run_as_cron(cron_command(directory), tmp_path)

    assert result.returncode == 0, result.stderr
    # nothing for cron to mail but the loopback server's plain-text warning
    assert result.stdout == ""
    assert all(LOOPBACK_WARNING in line for line in result.stderr.splitlines()), result.stderr
    stored = read_database(f"sqlite:///{directory / 'worker.sqlite3'}")
    assert stored.states == {message_id_of(raw): "handled"}
    assert len(stored.registrants) == 1
    sent = [path.read_bytes() for path in (directory / "sent-mail").glob("*.eml")]
    answers = [mail for mail in sent if f"In-Reply-To: {message_id_of(raw)}".encode() in mail]
    assert len(answers) == 1  # the confirmation (beside it, the organisers' digest if due)


@pytest.mark.dovecot
def test_a_failing_cron_cycle_exits_non_zero_with_a_reason_for_crons_mail(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    directory = deployed(tmp_path, dovecot.mailbox_settings(password="not-the-password"))

    result = run_as_cron(cron_command(directory), tmp_path)

    assert result.returncode != 0
    assert "not-the-password" not in result.stdout + result.stderr
    assert re.search(r"log ?in|authenticat", result.stderr, re.I), result.stderr
