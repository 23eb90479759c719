"""``inbox-worker run``: the daemon, or with ``--once`` one whole cycle for cron."""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

import click

from inbox_worker.cli import EXIT_FAILURE, AppContext, pass_app

logger = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@click.command("run")
@click.option(
    "--once",
    is_flag=True,
    help="One whole cycle (fetch, decide, send, digest if due), then exit: for cron.",
)
@click.option(
    "--no-deliver",
    is_flag=True,
    help="With --once: only handle incoming mail; leave the outbox for another run.",
)
@pass_app
def run_command(app: AppContext, once: bool, no_deliver: bool) -> None:
    """Watch the mailbox: register, reply, move or flag new mail; send replies and the digest."""
    from inbox_worker.daemon import WorkerDaemon, run_cycle

    settings = app.settings
    if once:
        report = run_cycle(settings, deliver=not no_deliver)
        click.echo(report.summary())
        if not report.ok:
            raise click.exceptions.Exit(EXIT_FAILURE)
        return
    stop = threading.Event()
    _stop_on_signals(stop)
    daemon = WorkerDaemon(settings, stop)
    daemon.run()
    if daemon.failed:
        raise click.exceptions.Exit(EXIT_FAILURE)


def _stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM and Ctrl-C finish the message in hand, then stop."""

    def handler(signum: int, frame: FrameType | None) -> None:
        logger.info("signal %s: stopping after the message in hand", signal.Signals(signum).name)
        stop.set()

    for signum in STOP_SIGNALS:
        signal.signal(signum, handler)
