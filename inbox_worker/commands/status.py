"""``inbox-worker status``: counts, the last successful poll, the outbox backlog and recent errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any, Final

import click

from inbox_worker.cli import AppContext, pass_app

if TYPE_CHECKING:
    from inbox_worker.status import StatusReport

TIME_FORMAT: Final = "%Y-%m-%d %H:%M"
LABEL_WIDTH: Final = 15


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
@pass_app
def status_command(app: AppContext, as_json: bool) -> None:
    """Show counts by status and state, the last poll, the outbox backlog and recent errors."""
    from inbox_worker.database import open_database
    from inbox_worker.status import collect_status

    settings = app.settings
    with open_database(settings.database.url) as sessions, sessions() as session:
        report = collect_status(session, datetime.now(UTC))
    if as_json:
        click.echo(json.dumps(status_as_dict(report), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(status_lines(report, settings.event.zone)))


def _when(moment: datetime | None, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime(TIME_FORMAT) if moment else "never"


def _line(label: str, text: str) -> str:
    return f"{label + ':':<{LABEL_WIDTH}}{text}"


def _counted(counts: dict[Any, int]) -> str:
    return ", ".join(f"{key.value} {count}" for key, count in counts.items())


def status_lines(report: StatusReport, zone: tzinfo) -> list[str]:
    """The report as lines of text, times in ``zone``."""
    total = sum(report.registrants.values())
    lines = [
        _line("Registrants", f"{_counted(report.registrants)} (total {total})"),
        _line("Messages", _counted(report.messages)),
        _line("Server", f"{report.server_pending} message(s) with a server action pending"),
        _line("Open reviews", str(report.open_reviews)),
        _line("Last poll", _when(report.last_poll_at, zone)),
    ]
    lines += [
        _line("", f"{f.folder}: {_when(f.last_poll_at, zone)}, last UID {f.last_uid}")
        for f in report.folders
    ]
    outbox = _counted(report.outbox)
    if report.oldest_pending_outbox is not None:
        outbox += f" (oldest pending {_when(report.oldest_pending_outbox, zone)})"
    lines.append(_line("Outbox", outbox))
    lines.append(_line("Recent errors", "none" if not report.errors else ""))
    lines += [f"  {_when(e.at, zone)}  {e.origin}: {e.detail}" for e in report.errors]
    return lines


def status_as_dict(report: StatusReport) -> dict[str, Any]:
    """The report as JSON-ready data (times in ISO 8601, UTC)."""

    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return {
        "generated_at": iso(report.generated_at),
        "registrants": {key.value: count for key, count in report.registrants.items()},
        "messages": {key.value: count for key, count in report.messages.items()},
        "server_actions_pending": report.server_pending,
        "open_reviews": report.open_reviews,
        "last_poll_at": iso(report.last_poll_at),
        "folders": [
            {"folder": f.folder, "last_poll_at": iso(f.last_poll_at), "last_uid": f.last_uid}
            for f in report.folders
        ],
        "outbox": {key.value: count for key, count in report.outbox.items()},
        "oldest_pending_outbox": iso(report.oldest_pending_outbox),
        "recent_errors": [
            {"at": iso(e.at), "origin": e.origin, "detail": e.detail} for e in report.errors
        ],
    }
