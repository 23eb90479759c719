"""The attendee list for a check-in desk, as rows and as CSV (UTF-8 with BOM) or XLSX files.

Order: active registrants first (registered, late, waiting list), then the cancelled ones, each
group sorted by surname and then first name. Cancelled people are listed last rather than left
out, so that someone who cancelled and comes anyway is still found at the desk;
``include_cancelled=False`` leaves them out. Surnames follow the Belgian convention: a particle
written as part of the name ("Van den Bossche", "De Smet", "d'Hondt") belongs to the surname and
counts in the order, and spaces, hyphens, apostrophes, accents and case are ignored, so
"Van den Bossche" sorts beside "Vandenbossche".
"""

from __future__ import annotations

import csv
import io
import logging
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO, Any, Final

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.tables import Registrant, RegistrantStatus, StoredMessage, registered_at_of

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while rows are written."""

HEADERS: Final = (
    "Naam",
    "Stad/gemeente",
    "Functie",
    "E-mailadres",
    "Status",
    "Ingeschreven op",
    "Message-ID",
)
REGISTERED_AT_COLUMN: Final = HEADERS.index("Ingeschreven op")
STATUS_LABELS: Final = {
    RegistrantStatus.REGISTERED: "ingeschreven",
    RegistrantStatus.LATE: "te laat",
    RegistrantStatus.WAITLISTED: "wachtlijst",
    RegistrantStatus.CANCELLED: "geannuleerd",
}
DATETIME_TEXT_FORMAT: Final = "%Y-%m-%d %H:%M"
XLSX_DATETIME_FORMAT: Final = "yyyy-mm-dd hh:mm"
XLSX_SHEET_TITLE: Final = "Deelnemers"
XLSX_MIN_WIDTH: Final = 8
XLSX_MAX_WIDTH: Final = 60
XLSX_WIDTH_PADDING: Final = 2
CSV_ENCODING: Final = "utf-8-sig"  # the BOM makes Excel read the accents right
PROGRESS_EVERY: Final = 200
# Lower-cased particles that start a surname when they follow the first name.
SURNAME_PARTICLES: Final = frozenset(
    {"van", "vanden", "vander", "de", "den", "der", "del", "della", "di", "da", "du", "le", "la"}
    | {"d'", "t'", "ten", "ter", "te", "op", "in", "von", "zu", "mac", "mc", "o'", "st.", "sint"}
)
ELISION_PREFIXES: Final = ("d'", "d’", "t'", "t’", "o'", "o’")


@dataclass(frozen=True)
class AttendeeRow:
    """One line of the attendee list."""

    registrant_id: int
    name: str
    municipality: str | None
    function: str | None
    email: str | None
    status: RegistrantStatus
    registered_at: datetime  # in the event's time zone
    source_message_id: str | None

    @property
    def status_label(self) -> str:
        """The status in Dutch, as organisers read it."""
        return STATUS_LABELS[self.status]

    def as_texts(self) -> list[str]:
        """The row as the strings of a CSV line, in the order of ``HEADERS``."""
        return [
            self.name,
            self.municipality or "",
            self.function or "",
            self.email or "",
            self.status_label,
            self.registered_at.strftime(DATETIME_TEXT_FORMAT),
            self.source_message_id or "",
        ]


def split_name(name: str) -> tuple[str, str]:
    """``(first names, surname)`` of a full name, keeping particles with the surname."""
    words = name.split()
    if len(words) < 2:
        return "", name.strip()
    for index in range(1, len(words) - 1):
        if _is_particle(words[index]):
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words[:-1]), words[-1]


def _is_particle(word: str) -> bool:
    lowered = word.lower()
    return lowered in SURNAME_PARTICLES or lowered.startswith(ELISION_PREFIXES)


def _collation_key(text: str) -> str:
    """Case, accents, spaces and punctuation ignored: "Van den Bossche" ~ "Vandenbossche"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isalnum())


def check_in_sort_key(row: AttendeeRow) -> tuple[bool, str, str, str, int]:
    """Active before cancelled, then surname, then first names (see the module docstring)."""
    first, surname = split_name(row.name)
    return (
        row.status == RegistrantStatus.CANCELLED,
        _collation_key(surname),
        _collation_key(first),
        row.name,
        row.registrant_id,
    )


def _registration_columns() -> Select[*tuple[Any, ...]]:
    """Each registrant's columns with those of the message that registered them: plain rows,
    no ORM objects and no message bodies, so a list of thousands stays small."""
    return select(
        Registrant.id,
        Registrant.name,
        Registrant.municipality,
        Registrant.function,
        Registrant.email,
        Registrant.status,
        Registrant.created_at,
        StoredMessage.received_at,
        StoredMessage.message_id,
    ).outerjoin(StoredMessage, Registrant.created_by_id == StoredMessage.id)


def attendee_rows(
    session: Session, zone: tzinfo, *, include_cancelled: bool = True
) -> list[AttendeeRow]:
    """Every registrant as an AttendeeRow, in check-in order; times in ``zone``."""
    query = _registration_columns()
    if not include_cancelled:
        query = query.where(Registrant.status != RegistrantStatus.CANCELLED)
    rows = [_row_of(row, zone) for row in session.execute(query)]
    return sorted(rows, key=check_in_sort_key)


def _row_of(row: Any, zone: tzinfo) -> AttendeeRow:
    return AttendeeRow(
        registrant_id=row.id,
        name=row.name,
        municipality=row.municipality,
        function=row.function,
        email=row.email,
        status=row.status,
        registered_at=registered_at_of(row.received_at, row.created_at).astimezone(zone),
        source_message_id=row.message_id,
    )


def write_csv(
    rows: Sequence[AttendeeRow],
    stream: IO[str],
    *,
    delimiter: str = ",",
    progress: ProgressCallback | None = None,
) -> None:
    """Write the header and ``rows`` as CSV text to ``stream`` (opened with ``CSV_ENCODING``)."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for _done, row in _counted(rows, progress):
        writer.writerow(row.as_texts())


def csv_bytes(rows: Sequence[AttendeeRow], *, delimiter: str = ",") -> bytes:
    """The CSV file as bytes, UTF-8 with a BOM (the digest's attachment)."""
    buffer = io.StringIO()
    write_csv(rows, buffer, delimiter=delimiter)
    return buffer.getvalue().encode(CSV_ENCODING)


def export_csv(
    rows: Sequence[AttendeeRow],
    path: Path,
    *,
    delimiter: str = ",",
    progress: ProgressCallback | None = None,
) -> None:
    """Write the attendee list to ``path`` as CSV in UTF-8 with a BOM."""
    with path.open("w", encoding=CSV_ENCODING, newline="") as stream:
        write_csv(rows, stream, delimiter=delimiter, progress=progress)
    logger.info("exported %d attendees to %s", len(rows), path)


def export_xlsx(
    rows: Sequence[AttendeeRow], path: Path, *, progress: ProgressCallback | None = None
) -> None:
    """Write the attendee list to ``path`` as an Excel workbook (bold frozen header, widths)."""
    from openpyxl import Workbook  # openpyxl is slow to import: only the XLSX export needs it
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = XLSX_SHEET_TITLE
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for _done, row in _counted(rows, progress):
        sheet.append(_xlsx_values(row))
        sheet.cell(
            row=sheet.max_row, column=REGISTERED_AT_COLUMN + 1
        ).number_format = XLSX_DATETIME_FORMAT
    sheet.freeze_panes = "A2"
    _set_column_widths(sheet, rows)
    workbook.save(path)
    logger.info("exported %d attendees to %s", len(rows), path)


def _xlsx_values(row: AttendeeRow) -> list[object]:
    values: list[object] = [text or None for text in row.as_texts()]
    # Excel has no time zones: the local time of the event, without offset.
    values[REGISTERED_AT_COLUMN] = row.registered_at.replace(tzinfo=None)
    return values


def _set_column_widths(sheet: Any, rows: Sequence[AttendeeRow]) -> None:
    from openpyxl.utils import get_column_letter

    longest = [len(header) for header in HEADERS]
    for row in rows:
        longest = [
            max(width, len(text)) for width, text in zip(longest, row.as_texts(), strict=True)
        ]
    for index, width in enumerate(longest, start=1):
        fitted = min(max(width + XLSX_WIDTH_PADDING, XLSX_MIN_WIDTH), XLSX_MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = fitted


def _counted(
    rows: Sequence[AttendeeRow], progress: ProgressCallback | None
) -> Iterable[tuple[int, AttendeeRow]]:
    """The rows with their running count, reporting progress every ``PROGRESS_EVERY`` rows."""
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        yield done, row
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
