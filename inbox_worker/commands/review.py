"""``inbox-worker review list | show | accept | reject``: the messages that need a person."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Final

import click

from inbox_worker.cli import AppContext, pass_app

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from inbox_worker.review import ReviewDetail, ReviewSummary

TIME_FORMAT: Final = "%Y-%m-%d %H:%M"

no_server_option = click.option(
    "--no-server",
    is_flag=True,
    help="Do not touch the mail server now: the worker unflags and moves the message later.",
)
SUBJECT_WIDTH: Final = 40


def _when(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime(TIME_FORMAT) if moment else "-"


@click.group("review")
def review_group() -> None:
    """The messages the worker left for a person: list, show, accept or reject them."""


@review_group.command("list")
@click.option("--all", "include_resolved", is_flag=True, help="Also accepted and rejected items.")
@pass_app
def list_command(app: AppContext, include_resolved: bool) -> None:
    """List the open review items, oldest first."""
    from inbox_worker.database import open_database
    from inbox_worker.review import list_items

    settings = app.settings
    with open_database(settings.database.url) as sessions, sessions() as session:
        items = list_items(session, include_resolved=include_resolved)
    for item in items:
        click.echo(summary_line(item, settings.event.zone, include_resolved))
    click.echo(f"{len(items)} item(s)" + ("" if include_resolved else " to review"))


def summary_line(item: ReviewSummary, zone: tzinfo, with_state: bool) -> str:
    """'12  2018-11-20 10:03  jan@gent.be  Inschrijving…  reason'."""
    subject = item.subject if len(item.subject) <= SUBJECT_WIDTH else item.subject[:39] + "…"
    state = f"[{item.state.value}] " if with_state else ""
    when = _when(item.received_at, zone)
    return f"{item.item_id:>4}  {state}{when}  {item.sender}  {subject}  ({item.reason})"


@review_group.command("show")
@click.argument("item_id", type=int)
@pass_app
def show_command(app: AppContext, item_id: int) -> None:
    """Show one item: the mail, what the parser found, why it needs a person."""
    from inbox_worker.database import open_database
    from inbox_worker.review import show_item

    settings = app.settings
    with open_database(settings.database.url) as sessions, sessions() as session:
        detail = show_item(session, item_id)
    click.echo("\n".join(detail_lines(detail, settings.event.zone)))


def detail_lines(detail: ReviewDetail, zone: tzinfo) -> list[str]:
    """The item as text: state, reason, headers, the people found, the body, the commands."""
    item = detail.summary
    lines = [
        f"Review item {item.item_id} ({item.state.value})",
        f"Reason:   {item.reason}",
        f"Received: {_when(item.received_at, zone)}",
    ]
    if detail.resolved_at is not None:
        lines.append(f"Resolved: {_when(detail.resolved_at, zone)}  {detail.note or ''}".rstrip())
    lines += [f"{name}: {value}" for name, value in detail.headers]
    lines.append("Found by the parser:" if detail.registrants else "Found by the parser: nobody")
    for number, person in enumerate(detail.registrants, start=1):
        fields = ", ".join(f"{key} {value!r}" for key, value in person.items() if value)
        lines.append(f"  {number}. {fields}")
    lines += ["", detail.body, ""]
    which = " [--person N]" if len(detail.registrants) > 1 else ""
    lines += [
        f"Accept: inbox-worker review accept {item.item_id}{which} "
        "[--name … --municipality … --function … --email …]",
        f"Reject: inbox-worker review reject {item.item_id} [--note …]",
    ]
    return lines


@review_group.command("accept")
@click.argument("item_id", type=int)
@click.option("--name", default=None, help="The right name.")
@click.option("--municipality", default=None, help="The right city or municipality.")
@click.option("--function", "function_", default=None, help="The right function.")
@click.option("--email", default=None, help="The right e-mail address.")
@click.option(
    "--person", type=int, default=None, help="Which person (1, 2, …) the corrections are for."
)
@click.option("--note", default=None, help="A note kept with the item.")
@no_server_option
@pass_app
def accept_command(
    app: AppContext,
    item_id: int,
    name: str | None,
    municipality: str | None,
    function_: str | None,
    email: str | None,
    person: int | None,
    note: str | None,
    no_server: bool,
) -> None:
    """Register the people of the message (with corrections) and send their confirmations."""
    from inbox_worker.database import open_database
    from inbox_worker.manual import clean_record
    from inbox_worker.review import Corrections, accept

    settings = app.settings
    corrections = Corrections(clean_record(name, municipality, function_, email), person)
    with open_database(settings.database.url) as sessions:
        with sessions.begin() as session:
            done = accept(session, settings, item_id, corrections, datetime.now(UTC), note=note)
            for result in done.registered.results:
                who = result.registrant
                click.echo(f"#{who.id} {who.name}: {result.outcome.value}, {who.status.value}")
            for reply in done.registered.replies:
                click.echo(f"{reply.purpose.value} queued for {reply.to_address}")
            message_id = done.item.stored_message_id
        click.echo(f"review item {item_id} accepted")
        _finish_on_server(app, sessions, message_id, no_server)


@review_group.command("reject")
@click.argument("item_id", type=int)
@click.option("--note", default=None, help="Why, kept with the item.")
@no_server_option
@pass_app
def reject_command(app: AppContext, item_id: int, note: str | None, no_server: bool) -> None:
    """Close the item without registering anyone and without a reply."""
    from inbox_worker.database import open_database
    from inbox_worker.review import reject

    settings = app.settings
    with open_database(settings.database.url) as sessions:
        with sessions.begin() as session:
            item = reject(session, item_id, datetime.now(UTC), note=note)
            message_id = item.stored_message_id
        click.echo(f"review item {item_id} rejected")
        _finish_on_server(app, sessions, message_id, no_server)


def _finish_on_server(
    app: AppContext, sessions: sessionmaker[Session], message_id: int, no_server: bool
) -> None:
    """Unflag and move the message now, unless told not to; else the worker does it later."""
    from inbox_worker.review import LATER, complete_on_server

    if no_server:
        click.echo(f"mail server: {LATER}")
        return
    outcome = complete_on_server(sessions, app.settings, message_id)
    click.echo(f"mail server: {outcome.detail}")
