"""Build the ``.ics`` calendar invitation (iCalendar, METHOD:PUBLISH) that confirmations carry.

PUBLISH rather than REQUEST: a REQUEST is a meeting invitation with attendees, and clients
answer it with Accept/Decline mails — which would land in the very mailbox this worker reads.
A PUBLISH event is shown by Outlook, Gmail, Apple Mail and Thunderbird as an event to add to
the calendar, and sends nothing back. The UID is stable per registrant and event, so a second
confirmation (after a correction, a promotion) updates the same calendar entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Final

from icalendar import Calendar, Event, vCalAddress, vText

from inbox_worker import __version__
from inbox_worker.config import EventConfig

PRODUCT_ID: Final = f"-//inbox-worker//inbox-worker {__version__}//EN"
METHOD: Final = "PUBLISH"
CONTENT_TYPE_PARAMS: Final = {"method": METHOD, "charset": "utf-8"}
UID_HASH_LENGTH: Final = 32
TIMEZONE_MARGIN: Final = dt.timedelta(days=366)


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
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", METHOD)
    calendar.add_component(_event_component(event, uid=uid, description=description, now=now))
    calendar.add_missing_timezones(
        first_date=event.date - TIMEZONE_MARGIN, last_date=event.date + TIMEZONE_MARGIN
    )
    return bytes(calendar.to_ical())


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
