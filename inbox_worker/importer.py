"""``inbox-worker import``: feed an mbox file, a Maildir or a folder of .eml files through the pipeline.

Imported messages go through the same recognition, decision and policy as mail fetched over
IMAP (origin ``import``), in the order they are read; nothing changes on any IMAP server.
Importing the same file twice handles nothing twice (Message-ID plus hash).
"""

from __future__ import annotations

import email.utils
import logging
import mailbox
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from inbox_worker.config import Settings
from inbox_worker.database import open_database
from inbox_worker.errors import InboxWorkerError
from inbox_worker.ingest import (
    Decider,
    Disposition,
    Origin,
    default_decider,
    header_message_id,
    process_raw,
)
from inbox_worker.logs import message_context
from inbox_worker.runner import Clock, utc_clock

logger = logging.getLogger(__name__)

EML_SUFFIX: Final = ".eml"
MAILDIR_SUBFOLDERS: Final = ("cur", "new", "tmp")
MBOX_MAGIC: Final = b"From "
FROM_LINE_DATE_FIELDS: Final = 5  # "From sender Www Mmm dd hh:mm:ss yyyy"


class ImportSourceError(InboxWorkerError):
    """The path to import is missing, unreadable, or neither an mbox, a Maildir nor .eml files."""


@dataclass(frozen=True)
class RawMail:
    """One message read from a file: its bytes, where it came from, when it was received."""

    raw: bytes
    label: str
    received_at: datetime | None


@dataclass
class ImportReport:
    """What an import did."""

    read: int = 0
    new: int = 0
    duplicates: int = 0
    states: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for the command line."""
        states = ", ".join(f"{count} {state}" for state, count in sorted(self.states.items()))
        detail = f" ({states})" if states else ""
        return f"{self.read} read, {self.new} new{detail}, {self.duplicates} already known"


def import_path(
    settings: Settings,
    path: Path,
    *,
    decider: Decider | None = None,
    progress: Callable[[ImportReport], object] | None = None,
    clock: Clock = utc_clock,
) -> ImportReport:
    """Import every message under ``path`` (mbox file, Maildir, .eml file or folder of them)."""
    messages = read_messages(path)
    report = ImportReport()
    decider = decider or default_decider(settings)
    with open_database(settings.database.url) as sessions:
        for mail in messages:
            origin = Origin.imported(mail.label, mail.received_at)
            processed = process_raw(
                sessions, settings, mail.raw, origin, decider=decider, now=clock()
            )
            report.read += 1
            if processed.disposition is Disposition.NEW:
                report.new += 1
                state = processed.state.value
                report.states[state] = report.states.get(state, 0) + 1
            else:
                report.duplicates += 1
            if progress is not None:
                progress(report)
    logger.info("import of %s: %s", path, report.summary())
    return report


def read_messages(path: Path) -> Iterator[RawMail]:
    """The messages under ``path``, in a stable order; raises ImportSourceError for a bad path."""
    if not path.exists():
        raise ImportSourceError(f"{path}: no such file or folder")
    if path.is_dir():
        if all((path / name).is_dir() for name in MAILDIR_SUBFOLDERS):
            return _read_maildir(path)
        return _read_eml_folder(path)
    if _looks_like_mbox(path):
        return _read_mbox(path)
    return _read_eml_files([path])


def _looks_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MBOX_MAGIC)) == MBOX_MAGIC
    except OSError as exc:
        raise ImportSourceError(f"{path}: cannot read: {exc.strerror}") from None


def _read_mbox(path: Path) -> Iterator[RawMail]:
    box = mailbox.mbox(path, create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            message = box.get_message(key)
            raw = box.get_bytes(key)
            when = _from_line_date(message.get_from()) or _date_header(raw)
            yield RawMail(raw, f"{path}#{index + 1}", when)
    finally:
        box.close()


def _read_maildir(path: Path) -> Iterator[RawMail]:
    box = mailbox.Maildir(path, create=False)
    keyed = sorted((box.get_message(key).get_date(), key) for key in box.iterkeys())
    for delivered, key in keyed:
        raw = box.get_bytes(key)
        yield RawMail(raw, f"{path}/{key}", datetime.fromtimestamp(delivered, UTC))


def _read_eml_folder(path: Path) -> Iterator[RawMail]:
    files = sorted(item for item in path.rglob(f"*{EML_SUFFIX}") if item.is_file())
    if not files:
        raise ImportSourceError(f"{path}: neither a Maildir nor a folder with {EML_SUFFIX} files")
    return _read_eml_files(files)


def _read_eml_files(files: list[Path]) -> Iterator[RawMail]:
    for file in files:
        try:
            raw = file.read_bytes()
        except OSError as exc:
            with message_context(None):
                logger.error("skipping %s: %s", file, exc.strerror)
            continue
        with message_context(header_message_id(raw)):
            logger.debug("read %s", file)
        yield RawMail(raw, str(file), _date_header(raw))


def _from_line_date(from_line: str) -> datetime | None:
    """The date of an mbox ``From `` line (asctime format, UTC by convention)."""
    parts = from_line.split()
    if len(parts) < FROM_LINE_DATE_FIELDS + 1:
        return None
    try:
        parsed = datetime.strptime(" ".join(parts[-5:]), "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC)


def _date_header(raw: bytes) -> datetime | None:
    """The message's Date header as an aware datetime, or None."""
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    for line in head.decode("ascii", "replace").splitlines():
        if line.lower().startswith("date:"):
            try:
                parsed = email.utils.parsedate_to_datetime(line[5:].strip())
            except (TypeError, ValueError):
                return None
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None
