"""``inbox-worker registrations list | add | cancel``: the registration list by hand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

import click

from inbox_worker.cli import AppContext, pass_app

if TYPE_CHECKING:
    from inbox_worker.export import AttendeeRow

# The values of models.tables.RegistrantStatus, spelled out so that the command line need not
# import SQLAlchemy to build its options (tests/test_cli_imports.py keeps the two equal).
STATUS_CHOICES: Final = ["registered", "late", "waitlisted", "cancelled"]
COLUMNS: Final = ("ID", "Name", "Municipality", "Function", "E-mail", "Status", "Registered")
TIME_FORMAT: Final = "%Y-%m-%d %H:%M"


@click.group("registrations")
def registrations_group() -> None:
    """List, add and cancel registrations (for people who phone)."""


@registrations_group.command("list")
@click.option(
    "--status",
    "statuses",
    type=click.Choice(STATUS_CHOICES),
    multiple=True,
    help="Only these statuses (repeat the option for several).",
)
@pass_app
def list_command(app: AppContext, statuses: tuple[str, ...]) -> None:
    """List the registrants, sorted by surname, cancelled ones last."""
    from inbox_worker.database import open_database
    from inbox_worker.export import attendee_rows

    settings = app.settings
    with open_database(settings.database.url) as sessions, sessions() as session:
        rows = attendee_rows(session, settings.event.zone)
    if statuses:
        rows = [row for row in rows if row.status.value in statuses]
    for line in table_lines(rows):
        click.echo(line)
    click.echo(f"{len(rows)} registrant(s)")


def table_lines(rows: Sequence[AttendeeRow]) -> list[str]:
    """The rows as aligned columns of text, with a header line."""
    cells = [
        [
            str(row.registrant_id),
            row.name,
            row.municipality or "",
            row.function or "",
            row.email or "",
            row.status.value,
            row.registered_at.strftime(TIME_FORMAT),
        ]
        for row in rows
    ]
    widths = [max(len(text) for text in column) for column in zip(COLUMNS, *cells, strict=False)]
    return [
        "  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip()
        for line in [list(COLUMNS), *cells]
    ]


@registrations_group.command("add")
@click.option("--name", required=True, help="First name and surname.")
@click.option("--municipality", default=None, help="City or municipality.")
@click.option("--function", "function_", default=None, help="Function or job title.")
@click.option("--email", default=None, help="E-mail address.")
@click.option("--confirm", is_flag=True, help="Send the person a confirmation by e-mail.")
@pass_app
def add_command(
    app: AppContext,
    name: str,
    municipality: str | None,
    function_: str | None,
    email: str | None,
    confirm: bool,
) -> None:
    """Register someone by hand (source 'manual'); no mail unless --confirm."""
    from inbox_worker.database import open_database
    from inbox_worker.manual import add_by_hand, clean_record

    settings = app.settings
    record = clean_record(name, municipality, function_, email)
    with open_database(settings.database.url) as sessions, sessions.begin() as session:
        done = add_by_hand(session, settings, record, datetime.now(UTC), confirm=confirm)
        (result,) = done.results
        person = result.registrant
        click.echo(f"#{person.id} {person.name}: {result.outcome.value}, {person.status.value}")
        for field_name, (before, after) in result.changes.items():
            click.echo(f"  {field_name}: {before!r} -> {after!r}")
        if done.replies:
            click.echo(f"confirmation queued for {done.replies[0].to_address}")


@registrations_group.command("cancel")
@click.argument("who", metavar="ID|EMAIL")
@click.option("--confirm", is_flag=True, help="Send the person an acknowledgement by e-mail.")
@pass_app
def cancel_command(app: AppContext, who: str, confirm: bool) -> None:
    """Cancel a registration by number or e-mail address; the waiting list moves up."""
    from inbox_worker.database import open_database
    from inbox_worker.manual import cancel_by_hand

    settings = app.settings
    with open_database(settings.database.url) as sessions, sessions.begin() as session:
        result, ack = cancel_by_hand(session, settings, who, datetime.now(UTC), confirm=confirm)
        person = result.registrant
        if result.already_cancelled:
            click.echo(f"#{person.id} {person.name} was already cancelled")
            return
        click.echo(f"#{person.id} {person.name}: cancelled")
        for promoted in result.promoted:
            click.echo(f"#{promoted.id} {promoted.name}: moved up from the waiting list")
        if ack is not None:
            click.echo(f"acknowledgement queued for {ack.to_address}")
