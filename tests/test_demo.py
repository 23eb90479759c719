"""The demo as a newcomer runs it: no server, no config, an attendee table and a digest."""

from __future__ import annotations

import email
from pathlib import Path

from click.testing import CliRunner

from inbox_worker.cli import main


def test_demo_prints_the_attendees_and_the_digest_and_writes_the_replies(tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    result = CliRunner().invoke(main, ["--log-level", "warning", "demo", "--dir", str(directory)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Attendees" in out and "The organisers' digest" in out
    assert "Naam" in out and "E-mailadres" in out
    assert "Stadsorganisaties in transitie" in out
    assert "WAT UW AANDACHT VRAAGT" in out

    replies = sorted((directory / "replies").glob("*.eml"))
    assert len(replies) >= 10
    parsed = [email.message_from_bytes(path.read_bytes()) for path in replies]
    confirmations = [m for m in parsed if m["In-Reply-To"] and m["Auto-Submitted"]]
    assert confirmations, "no threaded, auto-submitted reply was written"
    assert all(m["From"] and "linda.boudry@kcvs.be" in m["From"] for m in parsed)


def test_demo_starts_afresh_each_time(tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    runner = CliRunner()
    first = runner.invoke(main, ["--log-level", "warning", "demo", "--dir", str(directory)])
    second = runner.invoke(main, ["--log-level", "warning", "demo", "--dir", str(directory)])
    assert first.exit_code == second.exit_code == 0
    line = next(text for text in second.stdout.splitlines() if text.startswith("mail read:"))
    assert "0 already known" in line
