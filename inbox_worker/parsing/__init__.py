"""The parser: from one raw message to a Decision (kind, registrants, review flag, reasons)."""

from __future__ import annotations

from pathlib import Path

from inbox_worker.parsing.decide import decide
from inbox_worker.parsing.event import DEFAULT_EVENT, EventContext
from models.records import Decision, Kind

__all__ = ["DEFAULT_EVENT", "EventContext", "decide", "decide_file"]


def decide_file(path: str | Path, event: EventContext | None = None) -> Decision:
    """Decide one message stored in a file; an unreadable file is an 'other' needing review."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return Decision(
            kind=Kind.OTHER,
            needs_review=True,
            reasons=[f"cannot read the file: {exc.strerror or type(exc).__name__}"],
        )
    return decide(raw, event)
