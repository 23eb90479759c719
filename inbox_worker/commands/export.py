"""``inbox-worker export``: the attendee list as CSV or XLSX, sorted for a check-in desk."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from inbox_worker.cli import AppContext, pass_app

if TYPE_CHECKING:
    from inbox_worker.export import AttendeeRow

DELIMITERS: Final = {"comma": ",", "semicolon": ";"}


@click.command("export")
@click.option(
    "--format",
    "file_format",
    type=click.Choice(["csv", "xlsx"]),
    default="csv",
    show_default=True,
    help="CSV (UTF-8 with a BOM) or an Excel workbook.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="File to write; default: CSV to standard output, XLSX to deelnemers.xlsx.",
)
@click.option(
    "--delimiter",
    type=click.Choice(sorted(DELIMITERS)),
    default="comma",
    show_default=True,
    help="CSV field separator; Excel with Belgian or Dutch regional settings expects semicolon.",
)
@click.option(
    "--without-cancelled",
    is_flag=True,
    help="Leave cancelled registrations out (by default they come last).",
)
@pass_app
def export_command(
    app: AppContext,
    file_format: str,
    output: Path | None,
    delimiter: str,
    without_cancelled: bool,
) -> None:
    """Export the attendee list, sorted by surname, cancelled registrations last."""
    from inbox_worker.commands.common import terminal_progress
    from inbox_worker.database import open_database
    from inbox_worker.export import attendee_rows, export_csv, export_xlsx

    settings = app.settings
    with open_database(settings.database.url) as sessions, sessions() as session:
        rows = attendee_rows(session, settings.event.zone, include_cancelled=not without_cancelled)
    separator = DELIMITERS[delimiter]
    with terminal_progress("Exporteren") as progress:
        if file_format == "xlsx":
            target = output or Path("deelnemers.xlsx")
            export_xlsx(rows, target, progress=progress)
        elif output is None:
            _csv_to_stdout(rows, separator)
            return
        else:
            target = output
            export_csv(rows, target, delimiter=separator, progress=progress)
    click.echo(f"{len(rows)} deelnemers geschreven naar {target}", err=True)


def _csv_to_stdout(rows: Sequence[AttendeeRow], separator: str) -> None:
    """CSV (with its BOM) to standard output, for a pipe or a redirect."""
    from inbox_worker.export import csv_bytes

    click.echo(csv_bytes(rows, delimiter=separator), nl=False)
