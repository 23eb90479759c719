"""``inbox-worker purge`` and ``forget``: erase personal data by date, or one person everywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from inbox_worker.cli import AppContext, pass_app

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inbox_worker.commands.common import ProgressCallback
    from inbox_worker.privacy import ErasureReport

    Eraser = Callable[[Session, ProgressCallback | None], ErasureReport]

dry_run_option = click.option(
    "--dry-run", is_flag=True, help="Show what would be erased, and erase nothing."
)
yes_option = click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")


@click.command("purge")
@click.option(
    "--before",
    "before",
    required=True,
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Erase what came in before this day (YYYY-MM-DD, in the event's time zone).",
)
@dry_run_option
@yes_option
@pass_app
def purge_command(app: AppContext, before: datetime, dry_run: bool, yes: bool) -> None:
    """Erase the personal data and raw mail of everything that came in before a day."""
    from inbox_worker.privacy import purge_before, start_of_day

    cutoff = start_of_day(before.date(), app.settings)
    if not (yes or dry_run):
        click.confirm(f"Erase all personal data from before {before.date()}?", abort=True)
    now = datetime.now(UTC)
    report = _run(app, lambda s, p: purge_before(s, cutoff, now, progress=p), dry_run=dry_run)
    _print(report, dry_run)


@click.command("forget")
@click.argument("address")
@dry_run_option
@yes_option
@pass_app
def forget_command(app: AppContext, address: str, dry_run: bool, yes: bool) -> None:
    """Erase one person, by e-mail address, everywhere: records, raw mail, outbox."""
    from inbox_worker.privacy import forget

    if not (yes or dry_run):
        click.confirm(f"Erase everything about {address}?", abort=True)
    now = datetime.now(UTC)
    report = _run(app, lambda s, p: forget(s, address, now, progress=p), dry_run=dry_run)
    for person in report.people:
        click.echo(f"registrant {person}")
    _print(report, dry_run)
    if report.messages and not dry_run:
        click.echo("The mail itself is still in the mailbox: delete it in your mail client.")


def _run(app: AppContext, erase: Eraser, *, dry_run: bool) -> ErasureReport:
    """Erase in one transaction, committed unless ``dry_run``."""
    from inbox_worker.commands.common import terminal_progress
    from inbox_worker.database import open_database

    with open_database(app.settings.database.url) as sessions, sessions() as session:
        with terminal_progress("Erasing") as progress:
            report = erase(session, progress)
        if dry_run:
            session.rollback()
        else:
            session.commit()
    return report


def _print(report: ErasureReport, dry_run: bool) -> None:
    click.echo("Would erase:" if dry_run else "Erased:")
    for line in report.lines():
        click.echo(f"  {line}")
