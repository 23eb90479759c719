"""``inbox-worker import PATH``: feed an mbox file, a Maildir or .eml files through the pipeline."""

from __future__ import annotations

from pathlib import Path

import click

from inbox_worker.cli import AppContext, pass_app


@click.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@pass_app
def import_command(app: AppContext, path: Path) -> None:
    """Import the messages in PATH (mbox file, Maildir, .eml file or folder of .eml files).

    They are handled like mail from the mailbox (registrations, replies, review); no IMAP
    server is changed. Importing the same messages again handles nothing twice.
    """
    from inbox_worker.commands.common import terminal_progress
    from inbox_worker.importer import import_path

    with terminal_progress("Importeren") as progress:
        report = import_path(
            app.settings,
            path,
            progress=None if progress is None else lambda done: progress(done.read, None),
        )
    click.echo(f"{path}: {report.summary()}")
