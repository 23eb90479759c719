"""``inbox-worker demo``: run the whole main job on the sample inbox, with no server and no config."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from rich.table import Table

    from inbox_worker.demo.walkthrough import DemoResult
    from inbox_worker.export import AttendeeRow

PIPE_WIDTH = 160  # a pipe or a log file has no width; wide enough for the attendee table


@click.command("demo")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-output"),
    show_default=True,
    help="Folder for the demo's database and replies (emptied first).",
)
@click.option(
    "--inbox",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="An mbox, Maildir or folder of .eml files instead of the sample inbox.",
)
def demo_command(directory: Path, inbox: Path | None) -> None:
    """Import the sample inbox, write the replies to a folder, show the attendees and the digest."""
    from rich.console import Console

    from inbox_worker.demo.walkthrough import DEMO_NOW, run_demo

    result = run_demo(directory, DEMO_NOW, inbox)
    console = Console(width=None if Console().is_terminal else PIPE_WIDTH)
    console.rule("What the worker did")
    console.print(f"mail read: {result.imported.summary()}")
    console.print(f"replies: {result.delivery.summary()} (written to {result.replies_folder}/)")
    console.print(f"waiting for a person: {result.open_reviews} message(s)")
    console.rule("Attendees")
    console.print(attendee_table(result))
    console.rule("The organisers' digest")
    click.echo(result.digest_text, nl=False)


def attendee_table(result: DemoResult) -> Table:
    """The attendee list as a terminal table, in check-in order."""
    from rich.table import Table

    table = Table(show_lines=False)
    for heading in ("#", "Naam", "Stad / gemeente", "Functie", "E-mailadres", "Status"):
        table.add_column(heading)
    for number, row in enumerate(result.attendees, 1):
        table.add_row(str(number), *_cells(row))
    return table


def _cells(row: AttendeeRow) -> list[str]:
    return [row.name, row.municipality or "", row.function or "", row.email or "", row.status_label]
