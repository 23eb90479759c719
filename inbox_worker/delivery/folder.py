"""A transport that writes each message as ``<timestamp>-<id>.eml`` into a folder (demo, dry runs)."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from inbox_worker.delivery.transport import OutgoingMail, SendResult, Sent, TemporaryFailure

log = logging.getLogger(__name__)

SUFFIX: Final = ".eml"
TIMESTAMP_FORMAT: Final = "%Y%m%dT%H%M%S%fZ"
MAX_ID_LENGTH: Final = 80
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_name(mail: OutgoingMail, moment: datetime) -> str:
    """``<UTC timestamp>-<Message-ID made safe for a file name>.eml``."""
    safe_id = _UNSAFE.sub("_", mail.message_id.strip("<>"))[:MAX_ID_LENGTH].strip("._") or "mail"
    return f"{moment.astimezone(UTC).strftime(TIMESTAMP_FORMAT)}-{safe_id}{SUFFIX}"


class FolderTransport:
    """Writes messages into ``folder`` (created when missing) instead of sending them."""

    def __init__(self, folder: Path, clock: Callable[[], datetime] | None = None) -> None:
        self._folder = folder
        self._clock = clock or (lambda: datetime.now(UTC))

    def send(self, mail: OutgoingMail) -> SendResult:
        """Write the message atomically (a temporary file renamed into place)."""
        target = self._folder / file_name(mail, self._clock())
        temporary = target.with_name(f".{target.name}.tmp")
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(mail.raw)
            os.replace(temporary, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            return TemporaryFailure(
                f"cannot write to {self._folder}: {error.strerror}", outage=True
            )
        log.debug("wrote %s", target)
        return Sent()

    def close(self) -> None:
        """Nothing to release."""
