"""``inbox-worker db``: bring the database schema up to date."""

from __future__ import annotations

import click

from inbox_worker.cli import AppContext, pass_app


@click.group("db")
def db_group() -> None:
    """Manage the database."""


@db_group.command("upgrade")
@click.option("--revision", default="head", show_default=True, help="Migration to upgrade to.")
@pass_app
def upgrade_command(app: AppContext, revision: str) -> None:
    """Create the database, or apply the migrations it lacks."""
    from inbox_worker import database

    url = app.settings.database.url
    database.upgrade(url, revision)
    click.echo(f"{database.mask_url(url)}: at revision {database.current_revision(url)}")
