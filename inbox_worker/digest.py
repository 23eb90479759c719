"""The organisers' daily digest: what happened, where things stand, and what needs a person.

``build_digest`` gathers the content, ``render_digest`` makes the mail (Dutch, text and HTML,
the attendee list as a CSV attachment, registrations per day as a bar chart of HTML tables),
and ``send_digest_if_due`` queues it in the outbox once a day: the ``Digest`` row of the day is
committed in the same transaction as the outbox message that carries it, so a restart never
sends a second one.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Final

from jinja2 import (
    Environment,
)
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, sessionmaker

from inbox_worker import templating
from inbox_worker.config import Language, Settings
from inbox_worker.database import transaction
from inbox_worker.delivery.compose import LOOP_HEADER, new_message_id, sender_address
from inbox_worker.delivery.outbox import enqueue_message
from inbox_worker.delivery.render import format_date
from inbox_worker.errors import InboxWorkerError
from inbox_worker.export import AttendeeRow, attendee_rows, csv_bytes
from models.tables import (
    ChangeKind,
    Digest,
    OutboxMessage,
    OutboxPurpose,
    OutboxState,
    Registrant,
    RegistrantChange,
    RegistrantStatus,
    ReviewItem,
    ReviewState,
    StoredMessage,
)

logger = logging.getLogger(__name__)

TEMPLATE_PACKAGE_PATH: Final = "templates/digest"
OVERRIDE_SUBFOLDER: Final = "digest"  # inside replies.templates_dir
TEXT_TEMPLATE: Final = "digest.txt"
HTML_TEMPLATE: Final = "digest.html"
AUTO_SUBMITTED_VALUE: Final = "auto-generated"  # RFC 3834: made by a program, not a reply
ATTACHMENT_NAME: Final = "deelnemers-{day}.csv"
UNKNOWN_MUNICIPALITY: Final = "(onbekend)"
FAILED_DELIVERY_LOOKBACK: Final = timedelta(days=7)
CHART_MAX_DAYS: Final = 62  # the chart shows at most this many days, the most recent ones
BAR_MAX_PIXELS: Final = 300
STATUS_LABELS: Final = {
    RegistrantStatus.REGISTERED: "ingeschreven",
    RegistrantStatus.LATE: "te laat",
    RegistrantStatus.WAITLISTED: "wachtlijst",
    RegistrantStatus.CANCELLED: "geannuleerd",
}
MOVE_LABELS: Final = {
    ChangeKind.PROMOTED: "van de wachtlijst naar ingeschreven",
    ChangeKind.WAITLISTED: "op de wachtlijst gezet",
}
NEW_KINDS: Final = (ChangeKind.CREATED, ChangeKind.REINSTATED)
FIELD_OPTIONS: Final = (
    ("name", "--name"),
    ("municipality", "--municipality"),
    ("function", "--function"),
    ("email", "--email"),
)
PLACEHOLDER: Final = '"…"'
NOTHING_TO_REVIEW: Final = " (niets te bekijken)"


class DigestError(InboxWorkerError):
    """The digest cannot be sent (no recipients configured)."""


# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonLine:
    """A registrant as a line of the digest."""

    registrant_id: int
    name: str
    municipality: str | None
    function: str | None
    email: str | None
    status: str
    at: datetime

    @property
    def details(self) -> str:
        """'Gent, schepen' — the municipality and function that are known."""
        return ", ".join(part for part in (self.municipality, self.function) if part)


@dataclass(frozen=True)
class NoteLine:
    """A registrant or address with a note: a waiting-list move, a bounce, a failed delivery."""

    who: str
    note: str
    at: datetime


@dataclass(frozen=True)
class ReviewLine:
    """An open review item and the commands that resolve it."""

    item_id: int
    subject: str
    sender: str
    reason: str
    received_at: datetime | None
    show_command: str
    accept_command: str
    reject_command: str


@dataclass(frozen=True)
class DayCount:
    """Registrations on one day, with the width of its bar in the chart."""

    day: date
    count: int
    bar_pixels: int


@dataclass(frozen=True)
class Totals:
    """Where the registrations stand."""

    registered: int
    late: int
    waitlisted: int
    cancelled: int
    capacity: int | None

    @property
    def places_left(self) -> int | None:
        """Free places, or None without a capacity limit."""
        return None if self.capacity is None else max(self.capacity - self.registered, 0)

    @property
    def active(self) -> int:
        """Everyone not cancelled."""
        return self.registered + self.late + self.waitlisted


@dataclass(frozen=True)
class DigestContent:
    """Everything one digest says; times in the event's time zone."""

    day: date
    generated_at: datetime
    since: datetime | None
    event_title: str
    event_date_text: str
    new: list[PersonLine] = field(default_factory=list)
    late: list[PersonLine] = field(default_factory=list)
    cancellations: list[PersonLine] = field(default_factory=list)
    waitlist_moves: list[NoteLine] = field(default_factory=list)
    bounces: list[NoteLine] = field(default_factory=list)
    failed_deliveries: list[NoteLine] = field(default_factory=list)
    totals: Totals = field(default_factory=lambda: Totals(0, 0, 0, 0, None))
    municipalities: list[tuple[str, int]] = field(default_factory=list)
    per_day: list[DayCount] = field(default_factory=list)
    reviews: list[ReviewLine] = field(default_factory=list)
    late_waiting: list[PersonLine] = field(default_factory=list)  # all still 'late': decide
    attendees: list[AttendeeRow] = field(default_factory=list)

    @property
    def attention_count(self) -> int:
        """How many things need a person: reviews, late registrations, failed deliveries."""
        return len(self.reviews) + len(self.late_waiting) + len(self.failed_deliveries)

    @property
    def attachment_name(self) -> str:
        """The file name of the CSV attachment."""
        return ATTACHMENT_NAME.format(day=self.day.isoformat())


def build_digest(session: Session, settings: Settings, now: datetime) -> DigestContent:
    """Gather the digest for the day of ``now`` (Europe/Brussels), covering all since the last."""
    zone = settings.event.zone
    local_now = now.astimezone(zone)
    since = last_digest_at(session)
    changes = _changes_since(session, since)
    attendees = attendee_rows(session, zone)
    return DigestContent(
        day=local_now.date(),
        generated_at=local_now,
        since=since.astimezone(zone) if since else None,
        event_title=settings.event.title,
        event_date_text=format_date(settings.event.date, Language.NL),
        new=_people(changes, NEW_KINDS, zone, late=False),
        late=_people(changes, NEW_KINDS, zone, late=True),
        cancellations=_people(changes, (ChangeKind.CANCELLED,), zone),
        waitlist_moves=_moves(changes, zone),
        bounces=_bounces(changes, zone),
        failed_deliveries=_failed_deliveries(session, since, now, zone),
        totals=_totals(session, settings.event.capacity),
        municipalities=_per_municipality(attendees),
        per_day=_per_day(attendees),
        reviews=_reviews(session, zone),
        late_waiting=[
            _person_of_row(row) for row in attendees if row.status == RegistrantStatus.LATE
        ],
        attendees=attendees,
    )


def last_digest_at(session: Session) -> datetime | None:
    """When the last digest was made; None before the first."""
    return session.scalar(select(func.max(Digest.created_at)))


def _changes_since(session: Session, since: datetime | None) -> list[RegistrantChange]:
    query = (
        select(RegistrantChange)
        .options(joinedload(RegistrantChange.registrant))
        .order_by(RegistrantChange.at, RegistrantChange.id)
    )
    if since is not None:
        query = query.where(RegistrantChange.at >= since)
    return list(session.scalars(query))


def _person(registrant: Registrant, at: datetime, zone: tzinfo) -> PersonLine:
    return PersonLine(
        registrant_id=registrant.id,
        name=registrant.name,
        municipality=registrant.municipality,
        function=registrant.function,
        email=registrant.email,
        status=STATUS_LABELS[registrant.status],
        at=at.astimezone(zone),
    )


def _person_of_row(row: AttendeeRow) -> PersonLine:
    return PersonLine(
        registrant_id=row.registrant_id,
        name=row.name,
        municipality=row.municipality,
        function=row.function,
        email=row.email,
        status=row.status_label,
        at=row.registered_at,
    )


def _people(
    changes: Iterable[RegistrantChange],
    kinds: Sequence[ChangeKind],
    zone: tzinfo,
    *,
    late: bool | None = None,
) -> list[PersonLine]:
    """One line per registrant with a change of ``kinds`` (the latest), optionally late only."""
    latest: dict[int, RegistrantChange] = {}
    for change in changes:
        is_late = change.registrant.status == RegistrantStatus.LATE
        if change.what in kinds and (late is None or is_late == late):
            latest[change.registrant_id] = change
    return [_person(c.registrant, c.at, zone) for c in latest.values()]


def _moves(changes: Iterable[RegistrantChange], zone: tzinfo) -> list[NoteLine]:
    return [
        NoteLine(c.registrant.name, MOVE_LABELS[c.what], c.at.astimezone(zone))
        for c in changes
        if c.what in MOVE_LABELS
    ]


def _bounces(changes: Iterable[RegistrantChange], zone: tzinfo) -> list[NoteLine]:
    return [
        NoteLine(_who(c.registrant), c.note or "onbestelbaar", c.at.astimezone(zone))
        for c in changes
        if c.what == ChangeKind.BOUNCED
    ]


def _who(registrant: Registrant) -> str:
    return f"{registrant.name} <{registrant.email}>" if registrant.email else registrant.name


def _failed_deliveries(
    session: Session, since: datetime | None, now: datetime, zone: tzinfo
) -> list[NoteLine]:
    """Replies the SMTP server refused for good, made since the last digest or in the last week."""
    start = min(since or now, now - FAILED_DELIVERY_LOOKBACK)
    failed = session.scalars(
        select(OutboxMessage)
        .where(
            OutboxMessage.state == OutboxState.FAILED,
            OutboxMessage.purpose != OutboxPurpose.DIGEST,
            OutboxMessage.created_at >= start,
        )
        .order_by(OutboxMessage.created_at)
    )
    return [
        NoteLine(o.to_address, o.last_error or "geweigerd", o.created_at.astimezone(zone))
        for o in failed
    ]


def _totals(session: Session, capacity: int | None) -> Totals:
    rows = session.execute(select(Registrant.status, func.count()).group_by(Registrant.status))
    counts = {RegistrantStatus(status): count for status, count in rows.all()}
    return Totals(
        registered=counts.get(RegistrantStatus.REGISTERED, 0),
        late=counts.get(RegistrantStatus.LATE, 0),
        waitlisted=counts.get(RegistrantStatus.WAITLISTED, 0),
        cancelled=counts.get(RegistrantStatus.CANCELLED, 0),
        capacity=capacity,
    )


def _per_municipality(attendees: Iterable[AttendeeRow]) -> list[tuple[str, int]]:
    """Active registrants per municipality, most first, then alphabetically."""
    counts = Counter(
        (row.municipality or UNKNOWN_MUNICIPALITY).strip()
        for row in attendees
        if row.status != RegistrantStatus.CANCELLED
    )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def _per_day(attendees: Iterable[AttendeeRow]) -> list[DayCount]:
    """Registrations per day (when they came in, cancelled ones included), gaps filled with 0."""
    days = Counter(row.registered_at.date() for row in attendees)
    if not days:
        return []
    last = max(days)
    first = max(min(days), last - timedelta(days=CHART_MAX_DAYS - 1))
    highest = max(days.values())
    result = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        count = days.get(day, 0)
        result.append(DayCount(day, count, _bar_pixels(count, highest)))
    return result


def _bar_pixels(count: int, highest: int) -> int:
    if count == 0:
        return 0
    return max(1, round(BAR_MAX_PIXELS * count / highest))


def _reviews(session: Session, zone: tzinfo) -> list[ReviewLine]:
    items = session.scalars(
        select(ReviewItem)
        .where(ReviewItem.state == ReviewState.OPEN)
        .options(joinedload(ReviewItem.stored_message))
        .order_by(ReviewItem.id)
    )
    return [_review_line(item, zone) for item in items]


def _review_line(item: ReviewItem, zone: tzinfo) -> ReviewLine:
    # Imported here: its 85 compiled patterns are needed only when a digest lists review items.
    from inbox_worker.reason_text import dutch_reason

    message = item.stored_message
    received = message.received_at or message.first_seen_at
    return ReviewLine(
        item_id=item.id,
        subject=message.subject or "(geen onderwerp)",
        sender=message.sender or "(onbekende afzender)",
        reason=dutch_reason(item.reason),
        received_at=received.astimezone(zone) if received else None,
        show_command=f"inbox-worker review show {item.id}",
        accept_command=accept_command(item.id, message),
        reject_command=f"inbox-worker review reject {item.id}",
    )


def accept_command(item_id: int, message: StoredMessage) -> str:
    """The accept command, with an option to fill in for every field the parser did not find."""
    registrants = (message.decision or {}).get("registrants") or [{}]
    first = registrants[0] if len(registrants) == 1 else {"name": "", "municipality": ""}
    missing = [option for key, option in FIELD_OPTIONS if not first.get(key)]
    if len(registrants) > 1:
        missing = []
    options = "".join(f" {option} {PLACEHOLDER}" for option in missing)
    return f"inbox-worker review accept {item_id}{options}"


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


def template_environment(templates_dir: Path | None) -> Environment:
    """Jinja2 for the digest: ``<templates_dir>/digest/`` first, then the shipped templates."""
    overrides = templates_dir / OVERRIDE_SUBFOLDER if templates_dir is not None else None
    environment = templating.template_environment(TEMPLATE_PACKAGE_PATH, overrides)
    environment.filters["when"] = _when
    environment.filters["day"] = _day
    return environment


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d-%m-%Y %H:%M") if moment else ""


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def digest_subject(content: DigestContent) -> str:
    """'Inschrijvingen …: overzicht van 21-11-2018 (2 te bekijken)', or '(niets te bekijken)'."""
    subject = f"Inschrijvingen {content.event_title}: overzicht van {_day(content.day)}"
    count = content.attention_count
    return subject + (f" ({count} te bekijken)" if count else NOTHING_TO_REVIEW)


def render_text(content: DigestContent, settings: Settings) -> str:
    """The plain-text digest (also what ``inbox-worker digest --print`` shows)."""
    environment = template_environment(settings.replies.templates_dir)
    return environment.get_template(TEXT_TEMPLATE).render(_variables(content))


def render_html(content: DigestContent, settings: Settings) -> str:
    """The HTML digest: tables and inline styles only, for Outlook and Gmail."""
    environment = template_environment(settings.replies.templates_dir)
    return environment.get_template(HTML_TEMPLATE).render(_variables(content))


def _variables(content: DigestContent) -> dict[str, Any]:
    return {"d": content, "subject": digest_subject(content), "bar_max": BAR_MAX_PIXELS}


def render_digest(
    content: DigestContent, settings: Settings, now: datetime | None = None
) -> EmailMessage:
    """The digest mail to ``digest.recipients``: text, HTML and the attendee list as CSV."""
    recipients = digest_recipients(settings)
    message = EmailMessage(policy=SMTP)
    message["From"] = sender_address(settings)
    message["To"] = [Address(addr_spec=address) for address in recipients]
    message["Subject"] = digest_subject(content)
    message["Date"] = format_datetime((now or content.generated_at).astimezone(settings.event.zone))
    message["Message-ID"] = new_message_id(settings)
    message["Auto-Submitted"] = AUTO_SUBMITTED_VALUE
    message[LOOP_HEADER] = str(settings.smtp.from_address)
    message.set_content(render_text(content, settings), charset="utf-8", cte="quoted-printable")
    message.add_alternative(
        render_html(content, settings), subtype="html", charset="utf-8", cte="quoted-printable"
    )
    message.add_attachment(
        csv_bytes(content.attendees),
        maintype="text",
        subtype="csv",
        filename=content.attachment_name,
        params={"charset": "utf-8"},
    )
    message["Content-Language"] = Language.NL.value
    return message


def digest_recipients(settings: Settings) -> list[str]:
    """The configured recipients; DigestError when there are none."""
    recipients = [str(address) for address in settings.digest.recipients]
    if not recipients:
        raise DigestError("digest.recipients is empty: nobody to send the digest to")
    return recipients


# ---------------------------------------------------------------------------------------------
# Sending once a day
# ---------------------------------------------------------------------------------------------


def digest_day(settings: Settings, now: datetime) -> date:
    """The day (Europe/Brussels) a digest made at ``now`` belongs to."""
    return now.astimezone(settings.event.zone).date()


def due_at(settings: Settings, day: date) -> datetime:
    """When the digest of ``day`` is due: ``digest.time`` in the event's time zone."""
    return datetime.combine(day, settings.digest.time, tzinfo=settings.event.zone)


def is_due(session: Session, settings: Settings, now: datetime) -> bool:
    """Whether today's digest hour has come and no digest has been recorded for today."""
    day = digest_day(settings, now)
    if now < due_at(settings, day):
        return False
    return session.scalar(select(Digest.id).where(Digest.day == day)) is None


def queue_digest(session: Session, settings: Settings, now: datetime) -> Digest:
    """Build and render the digest, put it in the outbox and record the day (not committed).

    A digest already recorded for the day (an explicit ``--send``) is pointed at the new one.
    """
    content = build_digest(session, settings, now)
    message = render_digest(content, settings, now)
    recipients = digest_recipients(settings)
    outbox = enqueue_message(
        session, settings, message, purpose=OutboxPurpose.DIGEST, recipients=recipients, now=now
    )
    digest = session.scalar(select(Digest).where(Digest.day == content.day))
    if digest is None:
        digest = Digest(day=content.day)
        session.add(digest)
    digest.created_at = now
    digest.recipients = recipients
    digest.outbox_message = outbox
    session.flush()
    logger.info(
        "digest of %s queued for %s (%d to review)",
        content.day,
        ", ".join(digest.recipients),
        len(content.reviews),
    )
    return digest


def send_digest_if_due(sessions: sessionmaker[Session], settings: Settings, now: datetime) -> bool:
    """Queue today's digest when its hour has come and none was recorded today; True if queued.

    Safe to call often and from several processes: the day's ``Digest`` row is unique and is
    committed with its outbox message, so at most one digest per day is ever queued.
    """
    if not settings.digest.enabled:
        return False
    try:
        with transaction(sessions) as session:
            if not is_due(session, settings, now):
                return False
            queue_digest(session, settings, now)
    except IntegrityError:
        logger.info("digest of %s: another process queued it first", digest_day(settings, now))
        return False
    return True


def send_digest_now(sessions: sessionmaker[Session], settings: Settings, now: datetime) -> Digest:
    """Queue a digest now, whatever the hour; it counts as today's digest (``digest --send``)."""
    with transaction(sessions) as session:
        return queue_digest(session, settings, now)
