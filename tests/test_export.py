"""Tests of the attendee export: check-in order, CSV with BOM, XLSX, both read back."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.commands.common import terminal_progress
from inbox_worker.export import HEADERS, attendee_rows, export_csv, export_xlsx, split_name
from models.tables import RegistrantSource, RegistrantStatus
from tests.organiser_support import add_message, add_registrant, raw_mail, run_cli, write_config

BRUSSELS = ZoneInfo("Europe/Brussels")
T0 = datetime(2018, 11, 20, 8, 30, tzinfo=UTC)  # 09:30 in Brussels
EXPECTED_ORDER = [
    "Marie d'Hondt",
    "Élise Dubois",
    "Koen Peeters",
    "Jan Van den Bossche",
    "Ann Vandenbroucke",
    "Pieter De Smet",  # cancelled: last
]


@pytest.fixture
def attendees(db_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Six registrants (one cancelled, one by phone) in a migrated database."""
    with db_sessions.begin() as session:
        raw = raw_mail("koen@gent.be", "Inschrijving", "Koen Peeters", message_id="<k1@gent.be>")
        message = add_message(
            session,
            raw,
            sender="koen@gent.be",
            subject="Inschrijving",
            message_id="<k1@gent.be>",
            received_at=T0,
        )
        add_registrant(
            session, "Jan Van den Bossche", "Gent", "diensthoofd", "jan@gent.be", created_at=T0
        )
        add_registrant(session, "Ann Vandenbroucke", "Brugge", None, "ann@brugge.be", created_at=T0)
        add_registrant(
            session,
            "Élise Dubois",
            "Sint-Gillis",
            "schepen",
            "elise@stgilles.brussels",
            created_at=T0,
            status=RegistrantStatus.WAITLISTED,
        )
        add_registrant(
            session,
            "Pieter De Smet",
            "Aalst",
            "stafmedewerker",
            "pieter@aalst.be",
            created_at=T0,
            status=RegistrantStatus.CANCELLED,
        )
        add_registrant(
            session,
            "Marie d'Hondt",
            "Kortrijk",
            "secretaris",
            None,
            created_at=T0,
            source=RegistrantSource.MANUAL,
        )
        add_registrant(
            session,
            "Koen Peeters",
            "Gent",
            "beleidsmedewerker",
            "koen@gent.be",
            created_at=T0,
            created_by=message,
        )
    return db_sessions


def test_split_name_keeps_particles_with_the_surname() -> None:
    assert split_name("Jan Van den Bossche") == ("Jan", "Van den Bossche")
    assert split_name("Marie d'Hondt") == ("Marie", "d'Hondt")
    assert split_name("Anne-Marie Claes") == ("Anne-Marie", "Claes")
    assert split_name("Cher") == ("", "Cher")


def test_rows_in_check_in_order(attendees: sessionmaker[Session]) -> None:
    with attendees() as session:
        rows = attendee_rows(session, BRUSSELS)
        without = attendee_rows(session, BRUSSELS, include_cancelled=False)
    assert [row.name for row in rows] == EXPECTED_ORDER
    assert [row.name for row in without] == EXPECTED_ORDER[:-1]
    koen = rows[2]
    assert koen.source_message_id == "<k1@gent.be>"
    assert koen.registered_at.hour == 9  # 08:30 UTC is 09:30 in Brussels


def test_csv_has_a_bom_and_reads_back(attendees: sessionmaker[Session], tmp_path: Path) -> None:
    with attendees() as session:
        rows = attendee_rows(session, BRUSSELS)
    path = tmp_path / "deelnemers.csv"
    export_csv(rows, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        read = list(csv.DictReader(stream))
    assert list(read[0]) == list(HEADERS)
    assert [line["Naam"] for line in read] == EXPECTED_ORDER
    elise = read[1]
    assert elise["Stad/gemeente"] == "Sint-Gillis"
    assert elise["Status"] == "wachtlijst"
    assert elise["Ingeschreven op"] == "2018-11-20 09:30"
    assert read[-1]["Status"] == "geannuleerd"


def test_xlsx_reads_back(attendees: sessionmaker[Session], tmp_path: Path) -> None:
    with attendees() as session:
        rows = attendee_rows(session, BRUSSELS)
    path = tmp_path / "deelnemers.xlsx"
    export_xlsx(rows, path)
    sheet = load_workbook(path).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == HEADERS
    assert [line[0] for line in values[1:]] == EXPECTED_ORDER
    assert values[1][1] == "Kortrijk"
    assert values[1][3] is None  # no e-mail address
    assert values[3][5] == datetime(2018, 11, 20, 9, 30)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= len("Jan Van den Bossche")


def test_export_command_writes_both_formats(
    attendees: sessionmaker[Session], migrated_database_url: str, tmp_path: Path
) -> None:
    config = write_config(tmp_path, migrated_database_url)
    xlsx = tmp_path / "lijst.xlsx"
    result = run_cli(config, "export", "--format", "xlsx", "-o", str(xlsx))
    assert result.exit_code == 0, result.output
    assert load_workbook(xlsx).active.max_row == len(EXPECTED_ORDER) + 1

    result = run_cli(
        config, "export", "--format", "csv", "--delimiter", "semicolon", "--without-cancelled"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf")
    text = result.stdout_bytes.decode("utf-8-sig")
    read = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert read[0] == list(HEADERS)
    assert [line[0] for line in read[1:]] == EXPECTED_ORDER[:-1]
    assert "\x1b[" not in text  # no progress bar in a pipe


def test_export_of_an_empty_database(migrated_database_url: str, tmp_path: Path) -> None:
    config = write_config(tmp_path, migrated_database_url)
    target = tmp_path / "leeg.csv"
    result = run_cli(config, "export", "-o", str(target))
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8-sig", newline="") as stream:
        assert list(csv.reader(stream)) == [list(HEADERS)]


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    with terminal_progress("Exporteren") as progress:
        assert progress is None
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    with terminal_progress("Exporteren") as progress:
        assert progress is not None
        progress(1, 2)
        progress(2, 2)


def test_export_reports_progress(attendees: sessionmaker[Session], tmp_path: Path) -> None:
    with attendees() as session:
        rows = attendee_rows(session, BRUSSELS)
    calls: list[tuple[int, int]] = []
    export_xlsx(rows, tmp_path / "x.xlsx", progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(rows), len(rows))
