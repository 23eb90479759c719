"""Hand-written test mails and small helpers for the IMAP ingestion tests (no shared corpus files)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from inbox_worker.config import Settings, load_settings
from models.tables import OutboxMessage, Registrant, ReviewItem, StoredMessage

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


@dataclass(frozen=True)
class Stored:
    """What the worker's database says, for assertions."""

    messages: dict[str, int]  # Message-ID → rows
    states: dict[str, str]  # Message-ID → state
    server_states: dict[str, str]  # Message-ID → server_state
    registrants: dict[str, int]  # e-mail → rows
    replies: dict[int, int]  # stored message row → outbox rows answering it
    reviews: dict[str, list[str]]  # Message-ID → review reasons
    raw_sizes: dict[str, tuple[int, int]]  # Message-ID → (len(raw), size)


def read_database(url: str) -> Stored:
    """Everything the IMAP tests check, read in one go (on a fresh engine)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with Session(engine) as session:
            rows = session.execute(
                select(
                    StoredMessage.id,
                    StoredMessage.message_id,
                    StoredMessage.state,
                    StoredMessage.server_state,
                    func.length(StoredMessage.raw),
                    StoredMessage.size,
                )
            ).all()
            messages: dict[str, int] = {}
            for row in rows:
                messages[row[1]] = messages.get(row[1], 0) + 1
            registrants: dict[str, int] = {}
            for (email,) in session.execute(select(Registrant.email)):
                registrants[str(email)] = registrants.get(str(email), 0) + 1
            replies: dict[int, int] = {}
            answering = select(OutboxMessage.in_reply_to_id).where(
                OutboxMessage.in_reply_to_id.is_not(None)  # not the digest
            )
            for answered in session.scalars(answering):
                if answered is not None:
                    replies[answered] = replies.get(answered, 0) + 1
            reviews: dict[str, list[str]] = {}
            for message_id, reason in session.execute(
                select(StoredMessage.message_id, ReviewItem.reason).join(ReviewItem.stored_message)
            ):
                reviews.setdefault(str(message_id), []).append(reason)
            return Stored(
                messages=messages,
                states={row[1]: row[2].value for row in rows},
                server_states={row[1]: row[3].value for row in rows},
                registrants=registrants,
                replies=replies,
                reviews=reviews,
                raw_sizes={row[1]: (row[4] or 0, row[5]) for row in rows},
            )
    finally:
        engine.dispose()


def python_path() -> str:
    """PYTHONPATH for a worker child process: this checkout first, then whatever was set."""
    repo = str(Path(__file__).resolve().parents[1])
    return os.pathsep.join(part for part in (repo, os.environ.get("PYTHONPATH", "")) if part)


def message_id_of(raw: bytes) -> str:
    """The Message-ID header of one of the test mails above."""
    for line in raw.splitlines():
        if line.startswith(b"Message-ID: "):
            return line[len(b"Message-ID: ") :].decode()
    raise AssertionError("no Message-ID")
