"""``inbox-worker reprocess``: decide stored messages again and show (or ``--apply``) what changes."""

from __future__ import annotations

import datetime as dt

import click

from inbox_worker.cli import AppContext, pass_app


@click.command("reprocess")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Only messages received on or after this day (YYYY-MM-DD).",
)
@click.option("--apply", "apply_changes", is_flag=True, help="Change what differs (else: show).")
@click.argument("message_ids", nargs=-1)
@pass_app
def reprocess_command(
    app: AppContext, since: dt.datetime | None, apply_changes: bool, message_ids: tuple[str, ...]
) -> None:
    """Run the parser again on stored messages (all, --since DATE, or the MESSAGE-IDs given).

    Without --apply nothing changes. With it, a message that led to nothing yet is decided
    afresh; one whose earlier decision already registered or answered someone goes to review.
    """
    from inbox_worker.commands.common import terminal_progress
    from inbox_worker.reprocess import reprocess

    with terminal_progress("Opnieuw lezen") as progress:
        changes = reprocess(
            app.settings,
            since=since.date() if since else None,
            message_ids=message_ids,
            apply=apply_changes,
            progress=progress,
        )
    for change in changes:
        click.echo(change.describe())
    verb = "changed" if apply_changes else "would change"
    click.echo(f"{len(changes)} message(s) {verb}")
