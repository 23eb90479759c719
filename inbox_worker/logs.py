"""Logging set-up: every line carries the Message-ID in hand, as text or as JSON for log collectors."""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Final

NO_MESSAGE: Final = "-"
TEXT_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s [%(message_id)s] %(message)s"
QUIET_LIBRARIES: Final = (
    "imapclient",
    "mailparser",
    "apscheduler",
    "asyncio",
    "alembic",
    "mail-parser",
)

_current_message_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "current_message_id", default=NO_MESSAGE
)


@contextlib.contextmanager
def message_context(message_id: str | None) -> Iterator[None]:
    """Within this block every log line names ``message_id`` (or '-' when it has none)."""
    token = _current_message_id.set(message_id or NO_MESSAGE)
    try:
        yield
    finally:
        _current_message_id.reset(token)


def current_message_id() -> str:
    """The Message-ID the current log lines are about."""
    return _current_message_id.get()


class MessageIdFilter(logging.Filter):
    """Adds ``record.message_id`` from the current message context, unless the call gave one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "message_id"):
            record.message_id = current_message_id()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message_id, message (and exception)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message_id": getattr(record, "message_id", NO_MESSAGE),
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str = "INFO", log_format: str = "text") -> None:
    """Send logs to stderr in the chosen format; third-party chatter is kept at WARNING."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(MessageIdFilter())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
