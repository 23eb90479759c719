"""``inbox-worker digest``: show the organisers' daily digest, or send it now."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from inbox_worker.cli import AppContext, pass_app


@click.command("digest")
@click.option("--print", "show", is_flag=True, help="Print the digest as text (the default).")
@click.option(
    "--send",
    is_flag=True,
    help="Queue the digest for sending now, whatever the hour; it counts as today's digest.",
)
@pass_app
def digest_command(app: AppContext, show: bool, send: bool) -> None:
    """Show the daily digest, or send it to digest.recipients now."""
    from inbox_worker.database import open_database
    from inbox_worker.digest import build_digest, render_text, send_digest_now

    if show and send:
        raise click.UsageError("choose --print or --send, not both")
    settings = app.settings
    now = datetime.now(UTC)
    with open_database(settings.database.url) as sessions:
        if send:
            digest = send_digest_now(sessions, settings, now)
            recipients = ", ".join(digest.recipients)
            click.echo(f"digest of {digest.day} queued for {recipients}; the outbox sends it")
            return
        with sessions() as session:
            content = build_digest(session, settings, now)
    click.echo(render_text(content, settings), nl=False)
