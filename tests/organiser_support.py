"""Helpers for the tests of the organisers' tools: a config file, CLI runs, rows to start from."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner, Result
from sqlalchemy import LargeBinary, String, Text, select
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from inbox_worker.cli import main
from models.tables import (
    Base,
    ChangeKind,
    MessageSource,
    MessageState,
    Registrant,
    RegistrantChange,
    RegistrantSource,
    RegistrantStatus,
    ReviewItem,
    ServerState,
    StoredMessage,
)

EVENT_ADDRESS = "linda.boudry@kcvs.be"
CLOSED_PORT = 1  # tcpmux: nothing listens there on a test machine


def write_config(tmp_path: Path, database_url: str, **sections: dict[str, Any]) -> Path:
    """A config file pointing at ``database_url``; ``sections`` override keys per section."""
    data: dict[str, Any] = {
        "database": {"url": database_url},
        "smtp": {"transport": "folder", "folder": str(tmp_path / "sent")},
        # a mailbox that refuses at once: commands that try the server fall back quickly
        "mailbox": {
            "host": "127.0.0.1",
            "port": CLOSED_PORT,
            "security": "none",
            "connect_timeout": 2,
        },
        "event": {"capacity": 120},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def run_cli(config: Path, *args: str) -> Result:
    """Run ``inbox-worker --config CONFIG ARGS…`` in-process and return the result."""
    return CliRunner().invoke(main, ["--config", str(config), *args], catch_exceptions=False)


def raw_mail(
    sender: str,
    subject: str,
    body: str,
    *,
    message_id: str,
    date: datetime | None = None,
    sender_name: str | None = None,
    cte: str | None = None,
) -> bytes:
    """A small plain-text mail to the organiser, as bytes."""
    message = EmailMessage()
    message["From"] = f"{sender_name} <{sender}>" if sender_name else sender
    message["To"] = EVENT_ADDRESS
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message["Date"] = format_datetime(date or datetime(2018, 11, 20, 9, 0, tzinfo=UTC))
    message.set_content(body, cte=cte)
    return bytes(message)


def add_message(
    session: Session,
    raw: bytes,
    *,
    sender: str,
    subject: str,
    message_id: str,
    received_at: datetime,
    state: MessageState = MessageState.HANDLED,
    server_state: ServerState = ServerState.MOVED,
    decision: dict[str, Any] | None = None,
    uid: int | None = None,
) -> StoredMessage:
    """A stored message as ingestion would leave it."""
    message = StoredMessage(
        source=MessageSource.IMAP,
        folder="INBOX",
        uidvalidity=1,
        uid=uid,
        message_id=message_id,
        sha256=hashlib.sha256(raw).hexdigest(),
        raw=raw,
        size=len(raw),
        received_at=received_at,
        sender=sender,
        subject=subject,
        about_event=True,
        decision=decision,
        state=state,
        server_state=server_state,
    )
    session.add(message)
    session.flush()
    return message


def add_registrant(
    session: Session,
    name: str,
    municipality: str | None,
    function: str | None,
    email: str | None,
    *,
    created_at: datetime,
    status: RegistrantStatus = RegistrantStatus.REGISTERED,
    source: RegistrantSource = RegistrantSource.MAIL,
    created_by: StoredMessage | None = None,
) -> Registrant:
    """A registrant row as the registrations use cases would leave it."""
    registrant = Registrant(
        name=name,
        municipality=municipality,
        function=function,
        email=email,
        email_key=email.lower() if email else None,
        name_key=f"{name.casefold()}|{(municipality or '').casefold()}",
        status=status,
        source=source,
        created_by=created_by,
        created_at=created_at,
        updated_at=created_at,
        cancelled_at=created_at if status == RegistrantStatus.CANCELLED else None,
    )
    session.add(registrant)
    session.flush()
    return registrant


def add_review(
    session: Session, message: StoredMessage, reason: str, *, created_at: datetime
) -> ReviewItem:
    """An open review item for ``message``."""
    item = ReviewItem(stored_message=message, reason=reason, created_at=created_at)
    session.add(item)
    session.flush()
    return item


def text_columns_containing(session: Session, needles: list[str]) -> list[str]:
    """Every ``table.column#id`` whose text, JSON or bytes value contains one of ``needles``."""
    lowered = [needle.casefold() for needle in needles]
    found = []
    for table in Base.metadata.sorted_tables:
        columns = [
            c for c in table.columns if isinstance(c.type, String | Text | LargeBinary | JSON)
        ]
        if not columns:
            continue
        for row in session.execute(select(table)).mappings():
            for column in columns:
                value = row[column.name]
                text = _as_text(value)
                if text and any(needle in text.casefold() for needle in lowered):
                    found.append(f"{table.name}.{column.name}#{row.get('id', '?')}")
    return found


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes | memoryview):
        return bytes(value).decode("utf-8", "replace")
    return str(value)


def add_change(
    session: Session,
    registrant: Registrant,
    what: ChangeKind,
    at: datetime,
    *,
    note: str | None = None,
    message: StoredMessage | None = None,
) -> RegistrantChange:
    """A registrant change as the registrations use cases would record it."""
    change = RegistrantChange(
        registrant=registrant, stored_message=message, what=what, note=note, at=at
    )
    session.add(change)
    session.flush()
    return change
