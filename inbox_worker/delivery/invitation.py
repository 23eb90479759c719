"""Build the ``.ics`` calendar invitation (iCalendar, METHOD:PUBLISH) that confirmations carry.

PUBLISH rather than REQUEST: a REQUEST is a meeting invitation with attendees, and clients
answer it with Accept/Decline mails — which would land in the very mailbox this worker reads.
A PUBLISH event is shown by Outlook, Gmail, Apple Mail and Thunderbird as an event to add to
the calendar, and sends nothing back. The UID is stable per registrant and event, so a second
confirmation (after a correction, a promotion) updates the same calendar entry.

Only the DTSTAMP and UID lines differ from one registrant to the next, so the rest of the
calendar (time zone, times, place, description) is built once per event and description and
the two lines are spliced in: the bytes are exactly those of a calendar built from scratch.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from dataclasses import dataclass
from typing import Any, Final

from icalendar import Calendar, Event, vCalAddress, vDDDTypes, vText
from icalendar.parser import Contentline

from inbox_worker import __version__
from inbox_worker.config import EventConfig

PRODUCT_ID: Final = f"-//inbox-worker//inbox-worker {__version__}//EN"
METHOD: Final = "PUBLISH"
CONTENT_TYPE_PARAMS: Final = {"method": METHOD, "charset": "utf-8"}
UID_HASH_LENGTH: Final = 32
TIMEZONE_MARGIN: Final = dt.timedelta(days=366)
FRAME_CACHE_SIZE: Final = 32  # (event, description) pairs: a few languages of one event

# What the shared frame is built with; the real DTSTAMP and UID lines replace these.
_PLACEHOLDER_UID: Final = "inbox-worker-placeholder-uid@invalid"
_PLACEHOLDER_STAMP: Final = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
CONTENT_LINE_END: Final = b"\r\n"

EventKey = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class _Frame:
    """A calendar's bytes before and after its DTSTAMP and UID lines."""

    head: bytes
    tail: bytes


def invitation_uid(event: EventConfig, person_key: str, domain: str) -> str:
    """A UID that stays the same for one person and one event, and reveals neither."""
    seed = f"{event.title}\x00{event.date.isoformat()}\x00{person_key.strip().lower()}"
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:UID_HASH_LENGTH]
    return f"{digest}@{domain}"


def _local(event: EventConfig, moment: dt.time) -> dt.datetime:
    return dt.datetime.combine(event.date, moment, tzinfo=event.zone)


def build_invitation(
    event: EventConfig,
    *,
    uid: str,
    description: str,
    now: dt.datetime,
) -> bytes:
    """The iCalendar bytes of the event, with a VTIMEZONE for the event's zone."""
    frame = _invitation_frame(_event_key(event), description)
    if frame is None:
        return build_invitation_from_scratch(event, uid=uid, description=description, now=now)
    return frame.head + _stamp_and_uid_lines(uid, now) + frame.tail


def build_invitation_from_scratch(
    event: EventConfig,
    *,
    uid: str,
    description: str,
    now: dt.datetime,
) -> bytes:
    """What :func:`build_invitation` returns, built completely anew (slow: about 1.5 ms)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", METHOD)
    calendar.add_component(_event_component(event, uid=uid, description=description, now=now))
    calendar.add_missing_timezones(
        first_date=event.date - TIMEZONE_MARGIN, last_date=event.date + TIMEZONE_MARGIN
    )
    return bytes(calendar.to_ical())


def _event_key(event: EventConfig) -> EventKey:
    """Every setting of ``event``, hashable: a changed setting means a new frame."""
    return tuple((name, getattr(event, name)) for name in type(event).model_fields)


@functools.lru_cache(maxsize=FRAME_CACHE_SIZE)
def _invitation_frame(key: EventKey, description: str) -> _Frame | None:
    """The calendar around its DTSTAMP and UID lines; ``None`` if they cannot be found once."""
    event = EventConfig.model_construct(**dict(key))
    calendar = build_invitation_from_scratch(
        event, uid=_PLACEHOLDER_UID, description=description, now=_PLACEHOLDER_STAMP
    )
    placeholder = _stamp_and_uid_lines(_PLACEHOLDER_UID, _PLACEHOLDER_STAMP)
    if calendar.count(placeholder) != 1:
        return None
    head, _, tail = calendar.partition(placeholder)
    return _Frame(head, tail)


def _stamp_and_uid_lines(uid: str, now: dt.datetime) -> bytes:
    """The DTSTAMP and UID content lines as icalendar writes them (escaped, folded) in an event."""
    stamp = vDDDTypes(now.astimezone(dt.UTC)).to_ical().decode("ascii")
    lines = [f"DTSTAMP:{stamp}", f"UID:{vText(uid).to_ical().decode('utf-8')}"]
    return b"".join(Contentline(line).to_ical() + CONTENT_LINE_END for line in lines)


def _event_component(event: EventConfig, *, uid: str, description: str, now: dt.datetime) -> Event:
    component = Event()
    component.add("uid", uid)
    component.add("dtstamp", now.astimezone(dt.UTC))
    component.add("sequence", 0)
    component.add("dtstart", _local(event, event.start_time))
    component.add("dtend", _local(event, event.end_time))
    component.add("summary", event.title)
    component.add("location", f"{event.venue}, {event.address}")
    component.add("description", description)
    component.add("status", "CONFIRMED")
    component.add("transp", "OPAQUE")
    component.add("class", "PUBLIC")
    organiser = vCalAddress(f"mailto:{event.organiser_email}")
    organiser.params["cn"] = vText(event.organiser_name)
    component.add("organizer", organiser)
    return component
