"""`inbox-worker parse FILE…`: what the worker would decide for each message file, and why."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from inbox_worker.errors import ConfigError

if TYPE_CHECKING:
    from inbox_worker.parsing import EventContext
    from models.records import Decision

logger = logging.getLogger(__name__)


def _load_event(ctx: click.Context) -> EventContext:
    """The event of the configuration when one can be loaded; the shipped defaults otherwise.

    `parse` only reads files, so a broken configuration costs a warning, not the output.
    """
    from inbox_worker.parsing import DEFAULT_EVENT, EventContext

    app = ctx.obj
    if app is None or not hasattr(type(app), "settings"):
        return DEFAULT_EVENT
    try:
        return EventContext.from_config(app.settings.event)
    except ConfigError as exc:
        logger.warning("configuration not usable (%s); using the default event", exc)
        return DEFAULT_EVENT


def json_line(decision: Decision, file: str) -> str:
    """One JSON Lines record: the contract's keys, then a few extra ones."""
    line = decision.contract_line(file)
    line["about_event"] = decision.about_event
    line["language"] = decision.language
    line["sender"] = decision.sender
    text = json.dumps(line, ensure_ascii=False)
    return text.encode("utf-8", "replace").decode(
        "utf-8"
    )  # a stray surrogate cannot stop the output


def summary(decision: Decision, file: str) -> list[str]:
    """A short readable account of one decision."""
    flag = "REVIEW" if decision.needs_review else "auto"
    lines = [
        f"{file}: {decision.kind.value} [{flag}]"
        + ("" if decision.about_event else " (not about the event)")
    ]
    for registrant in decision.registrants:
        fields = [registrant.name, registrant.municipality, registrant.function, registrant.email]
        lines.append("  - " + " | ".join(f or "—" for f in fields))
    lines.extend(f"    · {reason}" for reason in decision.reasons)
    return lines


@click.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file (JSON Lines).")
@click.pass_context
def parse_command(ctx: click.Context, files: tuple[str, ...], as_json: bool) -> None:
    """Show what the worker would decide for each message FILE (raw .eml), and why."""
    from inbox_worker.parsing import decide_file

    event = _load_event(ctx)
    console = None
    if not as_json and sys.stdout.isatty():
        from rich.console import Console

        console = Console()
    for file in files:
        decision = decide_file(Path(file), event)
        if as_json:
            click.echo(json_line(decision, file))
        elif console is not None:
            for text in summary(decision, file):
                console.print(text, markup=False, highlight=False)
        else:
            click.echo("\n".join(summary(decision, file)))
