"""Start-up cost of the command line: what `--help` and the run path import, and what they leave out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from inbox_worker.cli import COMMANDS, main
from inbox_worker.commands.registrations import STATUS_CHOICES
from models.tables import RegistrantStatus

REPO = Path(__file__).resolve().parents[1]


def imported_after(code: str) -> set[str]:
    """The names in sys.modules after running ``code`` in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_help_imports_no_database_config_or_output_library() -> None:
    modules = imported_after(
        "from inbox_worker.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    )
    heavy = {"sqlalchemy", "pydantic", "pydantic_settings", "alembic", "openpyxl", "rich", "jinja2"}
    assert not heavy & modules


def test_every_listed_command_is_found_under_its_name() -> None:
    context = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(context, name)
        assert command is not None and command.name == name


def test_status_choices_are_the_registrant_statuses() -> None:
    assert [status.value for status in RegistrantStatus] == STATUS_CHOICES


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    listed = result.output.split("Commands:")[1].split()
    assert set(COMMANDS) <= set(listed)
