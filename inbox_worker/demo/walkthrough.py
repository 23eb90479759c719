"""The demo: the whole main job on embedded defaults, with the sample inbox and no servers."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from inbox_worker.config import DatabaseConfig, Settings, SmtpConfig, SmtpTransport
from inbox_worker.daemon import deliver_outbox
from inbox_worker.database import open_database
from inbox_worker.delivery.outbox import DeliveryReport
from inbox_worker.digest import build_digest, render_text, send_digest_now
from inbox_worker.export import AttendeeRow, attendee_rows
from inbox_worker.importer import ImportReport, import_path
from models.tables import ReviewItem, ReviewState

SAMPLE_INBOX: Final = "sample-inbox.mbox"
# The sample inbox tells the story of the 2018 seminar, up to the evening before; the demo runs
# on the morning of the event, when the organiser reads the last digest and prints the list.
DEMO_NOW: Final = datetime(2018, 12, 7, 7, 30, tzinfo=ZoneInfo("Europe/Brussels"))
DATABASE_FILE: Final = "demo.sqlite3"
REPLIES_FOLDER: Final = "replies"


@dataclass(frozen=True)
class DemoResult:
    """What the demo did and what it shows: counts, the attendee list and the digest."""

    directory: Path
    imported: ImportReport
    delivery: DeliveryReport
    attendees: list[AttendeeRow]
    open_reviews: int
    digest_text: str

    @property
    def replies_folder(self) -> Path:
        """Where the replies were written instead of being sent."""
        return self.directory / REPLIES_FOLDER


def sample_inbox() -> Path:
    """The project's own sample inbox, shipped inside the package."""
    path = resources.files("inbox_worker.demo") / SAMPLE_INBOX
    assert isinstance(path, Path), "the package must be installed as files"
    return path


def demo_settings(directory: Path) -> Settings:
    """The embedded defaults, with a SQLite file and a replies folder in ``directory``."""
    return Settings(
        database=DatabaseConfig(url=f"sqlite:///{(directory / DATABASE_FILE).resolve()}"),
        smtp=SmtpConfig(transport=SmtpTransport.FOLDER, folder=directory / REPLIES_FOLDER),
    )


def run_demo(directory: Path, now: datetime, inbox: Path | None = None) -> DemoResult:
    """Start afresh in ``directory``: import the inbox, send the replies, make the digest."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    settings = demo_settings(directory)
    imported = import_path(settings, inbox or sample_inbox(), clock=lambda: now)
    with open_database(settings.database.url) as sessions:
        with sessions() as session:
            digest_text = render_text(build_digest(session, settings, now), settings)
        send_digest_now(sessions, settings, now)
        delivery = deliver_outbox(sessions, settings, now)
        with sessions() as session:
            attendees = attendee_rows(session, settings.event.zone)
            open_reviews = session.scalar(
                select(func.count())
                .select_from(ReviewItem)
                .where(ReviewItem.state == ReviewState.OPEN)
            )
    return DemoResult(directory, imported, delivery, attendees, open_reviews or 0, digest_text)
