"""Hand-written test mails and small helpers for the IMAP ingestion tests (no shared corpus files)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml

from inbox_worker.config import Settings, load_settings

ORGANISER = "Linda Boudry <linda.boudry@kcvs.be>"
FIRST_NAMES = [
    "An",
    "Bart",
    "Carine",
    "Dirk",
    "Els",
    "Filip",
    "Greet",
    "Hans",
    "Ilse",
    "Jan",
    "Katrien",
    "Luc",
    "Marleen",
    "Nico",
    "Oona",
    "Pieter",
    "Quinten",
    "Rita",
    "Sofie",
    "Tom",
    "Ursula",
    "Veerle",
    "Wim",
    "Xavier",
    "Yves",
    "Zoë",
]
LAST_NAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "Desmet",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martens",
    "Vermeulen",
    "Hermans",
    "Michiels",
    "Pauwels",
    "Aerts",
    "Coppens",
]
TOWNS = (
    "Gent",
    "Antwerpen",
    "Leuven",
    "Brugge",
    "Mechelen",
    "Hasselt",
    "Kortrijk",
    "Aalst",
    "Genk",
    "Oostende",
    "Sint-Niklaas",
    "Roeselare",
    "Turnhout",
)
FUNCTIONS = ("beleidsmedewerker", "stadssecretaris", "diensthoofd personeel", "projectleider")


def people() -> Iterator[tuple[str, str, str, str]]:
    """(name, town, function, address) for as many distinct people as the tests need."""
    for index, (last, first) in enumerate(itertools.product(LAST_NAMES, FIRST_NAMES)):
        town = TOWNS[index % len(TOWNS)]
        function = FUNCTIONS[index % len(FUNCTIONS)]
        local = f"{first}.{last}".lower().replace(" ", "").replace("ë", "e")
        domain = town.lower().replace("-", "") + ".be"
        yield f"{first} {last}", town, function, f"{local}@{domain}"


def registration(index: int, when: datetime | None = None) -> bytes:
    """A plain registration for the seminar by person number ``index``."""
    name, town, function, address = next(itertools.islice(people(), index, None))
    date = format_datetime(when) if when else "Mon, 12 Nov 2018 10:15:00 +0100"
    text = (
        f"From: {name} <{address}>\r\n"
        f"To: {ORGANISER}\r\n"
        "Subject: Inschrijving seminarie Stadsorganisaties in transitie\r\n"
        f"Date: {date}\r\n"
        f"Message-ID: <registration-{index:05d}@{address.split('@')[1]}>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "Beste Linda,\r\n\r\n"
        "Graag schrijf ik mij in voor het seminarie Stadsorganisaties in transitie "
        "op vrijdag 7 december.\r\n\r\n"
        f"Naam: {name}\r\n"
        f"Stad/gemeente: {town}\r\n"
        f"Functie: {function}\r\n"
        f"E-mail: {address}\r\n\r\n"
        "Met vriendelijke groeten,\r\n"
        f"{name}\r\n"
    )
    return text.encode("utf-8")


def personal(index: int) -> bytes:
    """Mail that has nothing to do with the event: the organiser's own business."""
    text = (
        "From: Koen Segers <koen.segers@kcvs.be>\r\n"
        f"To: {ORGANISER}\r\n"
        f"Subject: Agenda teamvergadering week {index}\r\n"
        "Date: Tue, 13 Nov 2018 09:00:00 +0100\r\n"
        f"Message-ID: <team-{index:05d}@kcvs.be>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Hoi Linda,\r\n\r\n"
        "Hierbij de agenda voor de teamvergadering van dinsdag: budget 2019, de nieuwe "
        "website en de verlofplanning.\r\n\r\n"
        "Groetjes,\r\nKoen\r\n"
    )
    return text.encode("utf-8")


def large(index: int, size: int) -> bytes:
    """A registration carrying a big attachment, ``size`` bytes or more in all."""
    head = (
        registration(index)
        .split(b"\r\n\r\n", 1)[0]
        .replace(
            b"Content-Type: text/plain; charset=utf-8",
            b'Content-Type: multipart/mixed; boundary="b"',
        )
    )
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\r\n"
    body = (
        b"--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n--b\r\n"
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + line * (size // len(line) + 1)
        + b"--b--\r\n"
    )
    return head + b"\r\n\r\n" + body


def write_config(directory: Path, mailbox: dict[str, Any], **sections: Any) -> Path:
    """A config file for a worker pointed at a test server, with a SQLite database beside it."""
    data: dict[str, Any] = {
        "mailbox": mailbox,
        "database": {"url": f"sqlite:///{directory / 'worker.sqlite3'}"},
        "smtp": {"transport": "folder", "folder": str(directory / "sent-mail")},
        "schedule": {"idle": True, "idle_renew_seconds": 60, "poll_interval": 2},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    path = directory / "config.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def settings_for(directory: Path, mailbox: dict[str, Any], **sections: Any) -> Settings:
    """Settings loaded from a config file written by :func:`write_config`."""
    return load_settings(write_config(directory, mailbox, **sections), require_file=True)
