"""The review queue: messages the worker would not decide alone, and the organiser's verdict.

Accepting registers the people of the message (with the organiser's corrections) through the
registrations use cases and queues their confirmations; rejecting closes the item without a
reply. Either way the message becomes ``resolved`` with ``server_state = pending``: on the IMAP
server it must still lose its ``\\Flagged`` and move to the processed folder, which the IMAP side
does after this transaction has committed: ``complete_on_server`` tries it at once, and the
worker's next run does it otherwise (a message that came from an import has no server copy, and
is marked ``done`` at once).
"""

from __future__ import annotations

import email
import logging
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.database import transaction
from inbox_worker.errors import InboxWorkerError
from inbox_worker.manual import FIELDS, InputError, Registered, register_people
from models.records import Registrant as RegistrantRecord
from models.tables import (
    MessageSource,
    MessageState,
    RegistrantSource,
    ReviewItem,
    ReviewState,
    ServerState,
    StoredMessage,
)

logger = logging.getLogger(__name__)

BODY_MAX_CHARS: Final = 6000
LATER: Final = "the worker will unflag and move the message on its next run"
SHOWN_HEADERS: Final = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
BLOCK_TAGS: Final = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table")


class ReviewError(InboxWorkerError):
    """A review item that does not exist, is already resolved, or cannot be accepted as asked."""


@dataclass(frozen=True)
class ReviewSummary:
    """One line of ``review list``."""

    item_id: int
    state: ReviewState
    received_at: datetime | None
    sender: str
    subject: str
    reason: str


@dataclass
class ReviewDetail:
    """Everything ``review show`` tells about an item."""

    summary: ReviewSummary
    message_id: str | None
    headers: list[tuple[str, str]] = field(default_factory=list)
    registrants: list[dict[str, Any]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    body: str = ""
    note: str | None = None
    resolved_at: datetime | None = None


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


def list_items(session: Session, *, include_resolved: bool = False) -> list[ReviewSummary]:
    """The open review items (or all of them), oldest first."""
    query = select(ReviewItem).options(joinedload(ReviewItem.stored_message))
    if not include_resolved:
        query = query.where(ReviewItem.state == ReviewState.OPEN)
    return [_summary(item) for item in session.scalars(query.order_by(ReviewItem.id))]


def _summary(item: ReviewItem) -> ReviewSummary:
    message = item.stored_message
    return ReviewSummary(
        item_id=item.id,
        state=item.state,
        received_at=message.received_at or message.first_seen_at,
        sender=message.sender or "(unknown sender)",
        subject=message.subject or "(no subject)",
        reason=item.reason,
    )


def get_item(session: Session, item_id: int) -> ReviewItem:
    """The review item ``item_id``; ReviewError when there is none."""
    item = session.get(ReviewItem, item_id, options=[joinedload(ReviewItem.stored_message)])
    if item is None:
        raise ReviewError(f"no review item {item_id}")
    return item


def show_item(session: Session, item_id: int) -> ReviewDetail:
    """The item with its message: headers, what the parser found, and the readable text."""
    item = get_item(session, item_id)
    message = item.stored_message
    decision = message.decision or {}
    parsed = _parse(message.raw)
    return ReviewDetail(
        summary=_summary(item),
        message_id=message.message_id,
        headers=_headers(parsed),
        registrants=list(decision.get("registrants") or []),
        reasons=list(message.reasons or decision.get("reasons") or []),
        body=_body_text(parsed),
        note=item.note,
        resolved_at=item.resolved_at,
    )


def _parse(raw: bytes | None) -> EmailMessage | None:
    if raw is None:
        return None
    parsed = email.message_from_bytes(raw, policy=policy.default)
    return parsed if isinstance(parsed, EmailMessage) else None


def _headers(parsed: EmailMessage | None) -> list[tuple[str, str]]:
    if parsed is None:
        return []
    shown = []
    for name in SHOWN_HEADERS:
        try:
            value = parsed.get(name)
        except Exception:  # a malformed header must not hide the rest
            value = None
        if value is not None:
            shown.append((name, " ".join(str(value).split())))
    return shown


def _body_text(parsed: EmailMessage | None) -> str:
    """The message's text (its HTML turned into text when it has no text part), shortened."""
    if parsed is None:
        return "(the raw message is not stored: it was purged)"
    try:
        part = parsed.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else ""
    except (LookupError, KeyError, ValueError):
        return "(the message text cannot be decoded)"
    if part is not None and part.get_content_subtype() == "html":
        content = html_to_text(content)
    text = "\n".join(line.rstrip() for line in str(content).strip().splitlines())
    if len(text) > BODY_MAX_CHARS:
        text = text[:BODY_MAX_CHARS] + "\n[…]"
    return text


def html_to_text(markup: str) -> str:
    """Readable text of an HTML mail: line breaks at <br> and block ends, inline text kept whole."""
    from bs4 import BeautifulSoup  # slow to import, and only `review show` of an HTML mail needs it

    soup = BeautifulSoup(markup, "html.parser")
    for hidden in soup.find_all(["script", "style", "head"]):
        hidden.decompose()
    for tag in soup.find_all(BLOCK_TAGS):
        tag.append("\n")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    lines = [" ".join(line.split()) for line in soup.get_text("").splitlines()]
    return "\n".join(lines).strip()


# ---------------------------------------------------------------------------------------------
# Deciding
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corrections:
    """What the organiser typed over the parser's findings; ``person`` picks one of several."""

    record: RegistrantRecord = field(default_factory=RegistrantRecord)
    person: int | None = None  # 1-based

    @property
    def given(self) -> bool:
        """Whether any field is corrected."""
        return any(getattr(self.record, name) is not None for name in FIELDS)


@dataclass(frozen=True)
class Accepted:
    """The accepted item, with the registrations made and the replies queued."""

    item: ReviewItem
    registered: Registered


def _open_item(session: Session, item_id: int) -> ReviewItem:
    item = get_item(session, item_id)
    if item.state != ReviewState.OPEN:
        raise ReviewError(f"review item {item_id} is already {item.state.value}")
    return item


def corrected_records(
    decision: dict[str, Any] | None, corrections: Corrections
) -> list[RegistrantRecord]:
    """The registrants of the decision with the corrections applied (to the chosen person)."""
    found = [
        RegistrantRecord(**{name: entry.get(name) for name in FIELDS})
        for entry in (decision or {}).get("registrants") or []
    ]
    if not found:
        found = [RegistrantRecord()]
    if not corrections.given:
        return found
    index = _corrected_index(len(found), corrections.person)
    values = found[index].model_dump()
    values.update(corrections.record.model_dump(exclude_none=True))
    found[index] = RegistrantRecord(**values)
    return found


def _corrected_index(count: int, person: int | None) -> int:
    if person is None:
        if count > 1:
            raise ReviewError(
                f"this message names {count} people: say whose details you correct with --person N"
            )
        return 0
    if not 1 <= person <= count:
        raise ReviewError(f"--person must be between 1 and {count}")
    return person - 1


def accept(
    session: Session,
    settings: Settings,
    item_id: int,
    corrections: Corrections,
    now: datetime,
    *,
    note: str | None = None,
) -> Accepted:
    """Register the people of the item's message (corrected) and queue their confirmations."""
    item = _open_item(session, item_id)
    message = item.stored_message
    records = corrected_records(message.decision, corrections)
    unnamed = [i + 1 for i, record in enumerate(records) if not (record.name or record.email)]
    if unnamed:
        raise ReviewError("give at least a --name (or an --email) for the person to register")
    try:
        registered = register_people(
            session,
            settings,
            records,
            message=message,
            source=RegistrantSource.REVIEW,
            received_at=message.received_at or message.first_seen_at or now,
            language=(message.decision or {}).get("language"),
            now=now,
            reply=True,
        )
    except (ValueError, InputError) as exc:
        raise ReviewError(f"cannot register: {exc}") from exc
    _resolve(item, ReviewState.ACCEPTED, now, note)
    names = ", ".join(result.registrant.name for result in registered.results)
    logger.info("review item %d accepted: %s", item_id, names)
    return Accepted(item, registered)


def reject(session: Session, item_id: int, now: datetime, *, note: str | None = None) -> ReviewItem:
    """Close the item without registering anyone or replying."""
    item = _open_item(session, item_id)
    _resolve(item, ReviewState.REJECTED, now, note)
    logger.info("review item %d rejected", item_id)
    return item


def _resolve(item: ReviewItem, state: ReviewState, now: datetime, note: str | None) -> None:
    """Close the item; the message is resolved and still has to be unflagged and moved."""
    item.state = state
    item.resolved_at = now
    item.note = note
    message: StoredMessage = item.stored_message
    message.state = MessageState.RESOLVED
    message.needs_review = False
    message.handled_at = now
    message.server_state = (
        ServerState.PENDING if message.source == MessageSource.IMAP else ServerState.DONE
    )
    message.attempts = 0  # a fresh server action: earlier failed tries do not count against it


# ---------------------------------------------------------------------------------------------
# On the IMAP server, after the commit
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerOutcome:
    """Whether the message was unflagged and moved now, and what to tell the organiser."""

    done: bool
    detail: str


def complete_on_server(
    sessions: sessionmaker[Session], settings: Settings, stored_message_id: int
) -> ServerOutcome:
    """Unflag and move the resolved message now, over IMAP; when the mailbox cannot be reached
    the state stays pending and the worker does it on its next run."""
    from inbox_worker.imap.source import MailSource
    from inbox_worker.ingest import complete_server_actions, pending_server_actions

    with transaction(sessions) as session:
        message = session.get(StoredMessage, stored_message_id)
        if message is None or message.server_state != ServerState.PENDING:
            return ServerOutcome(True, "nothing to do on the mail server")
        folder, uidvalidity = message.folder, message.uidvalidity
    if folder is None or uidvalidity is None:
        return ServerOutcome(True, "nothing to do on the mail server")
    try:
        with MailSource.open(settings.mailbox) as source:
            status = source.select(folder)
            pending = pending_server_actions(sessions, folder, status.uidvalidity)
            mine = [action for action in pending if action.stored_id == stored_message_id]
            report = complete_server_actions(sessions, settings, source, mine)
    except (InboxWorkerError, OSError) as exc:
        logger.warning("mail server not reachable now (%s): the worker will move the message", exc)
        return ServerOutcome(False, f"{LATER} (the mail server is not reachable now: {exc})")
    if status.uidvalidity != uidvalidity or not mine:
        return ServerOutcome(False, f"{LATER} (the folder {folder} has changed)")
    if report.failed:
        return ServerOutcome(False, f"{LATER} (the mail server refused it now)")
    return ServerOutcome(True, f"unflagged and moved to {settings.mailbox.processed_folder}")
