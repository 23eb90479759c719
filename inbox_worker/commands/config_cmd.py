"""``inbox-worker config``: validate the configuration, show it with secrets masked, try the servers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from inbox_worker.cli import AppContext, pass_app
from inbox_worker.errors import InboxWorkerError

if TYPE_CHECKING:
    from inbox_worker.config import Settings


@click.group("config")
def config_group() -> None:
    """Inspect the configuration."""


@config_group.command("check")
@click.option("--connect", is_flag=True, help="Also log in to the IMAP and SMTP servers.")
@pass_app
def check_command(app: AppContext, connect: bool) -> None:
    """Validate the configuration and print it with secrets masked."""
    import yaml

    from inbox_worker.config import masked_dump

    settings = app.settings
    click.echo(f"# {app.config_file}: valid")
    click.echo(yaml.safe_dump(masked_dump(settings), sort_keys=False, allow_unicode=True), nl=False)
    if connect:
        failures = sum(not _try(name, probe, settings) for name, probe in _probes())
        if failures:
            raise click.exceptions.Exit(1)


def _probes() -> list[tuple[str, Callable[[Settings], str]]]:
    from inbox_worker.delivery.smtp import probe_smtp
    from inbox_worker.imap.connection import probe_imap

    return [("IMAP", probe_imap), ("SMTP", probe_smtp)]


def _try(name: str, probe: Callable[[Settings], str], settings: Settings) -> bool:
    try:
        detail = probe(settings)
    except (InboxWorkerError, OSError) as exc:
        click.echo(f"{name}: FAILED: {exc}")
        return False
    click.echo(f"{name}: ok: {detail}")
    return True
