"""Start-up cost of the command line: what `--help` and the run path import, and what they leave out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from inbox_worker import database
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


@pytest.mark.parametrize("heavy", ["openpyxl", "alembic", "rich", "apscheduler"])
def test_the_run_path_leaves_out(heavy: str) -> None:
    modules = imported_after("import inbox_worker.commands.run, inbox_worker.daemon")
    assert heavy not in modules


def test_a_database_at_head_is_opened_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
    database.upgrade(url)
    code = (
        "from inbox_worker.database import open_database\n"
        f"with open_database({url!r}) as sessions:\n    pass"
    )
    assert "alembic" not in imported_after(code)


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert database.shipped_head() == database.head_revision()


def test_migration_files_that_are_not_plain_leave_the_head_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text('revision = "0002"\ndown_revision: str = "0001"\n')
    monkeypatch.setattr(database, "migrations_dir", lambda: tmp_path)
    assert database.shipped_head() == "0002"
    (versions / "0003_c.py").write_text('revision = make_id()\ndown_revision = "0002"\n')
    assert database.shipped_head() is None
    (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = ("0001", "0002")\n')
    assert database.shipped_head() is None
    (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0001"\n')
    assert database.shipped_head() is None  # two heads: a branch
