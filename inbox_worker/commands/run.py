"""``inbox-worker run``: watch the mailbox (the daemon), or make one pass over it with ``--once``."""

from __future__ import annotations

import logging
import signal
import threading
from datetime import UTC, datetime
from types import FrameType

import click
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.cli import AppContext, pass_app
from inbox_worker.config import Settings
from inbox_worker.runner import Hook, RunHooks, run_forever, run_once

logger = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@click.command("run")
@click.option("--once", is_flag=True, help="One pass over the mailbox, then exit (for cron).")
@click.option(
    "--no-deliver",
    is_flag=True,
    help="Only handle incoming mail; leave the outbox for another run.",
)
@pass_app
def run_command(app: AppContext, once: bool, no_deliver: bool) -> None:
    """Handle new mail in the watched folder: register, reply, move or flag it."""
    settings = app.settings
    stop = threading.Event()
    _stop_on_signals(stop)
    hooks = RunHooks(after_scan=() if no_deliver else (_outbox_hook(settings),))
    if once:
        report = run_once(settings, should_stop=stop.is_set, hooks=hooks)
        click.echo(report.summary())
        return
    run_forever(settings, stop, hooks=hooks)


def _stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM and Ctrl-C finish the message in hand, then stop."""

    def handler(signum: int, frame: FrameType | None) -> None:
        logger.info("signal %s: stopping after the message in hand", signal.Signals(signum).name)
        stop.set()

    for signum in STOP_SIGNALS:
        signal.signal(signum, handler)


def _outbox_hook(settings: Settings) -> Hook:
    """After each scan: deliver the replies that are due and copy them to the Sent folder."""

    def deliver(sessions: sessionmaker[Session]) -> None:
        from inbox_worker.delivery.outbox import deliver_due
        from inbox_worker.delivery.transport import make_transport
        from inbox_worker.imap.source import ImapSentMailbox

        deliver_due(
            sessions,
            settings,
            make_transport(settings),
            datetime.now(UTC),
            sent_mailbox=ImapSentMailbox(settings.mailbox),
        )

    return deliver
