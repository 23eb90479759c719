"""Render the text and HTML of a reply from Jinja2 templates (shipped, or overridden from a folder).

Templates live in ``inbox_worker/templates/replies/<language>/``: per purpose a ``<name>.txt``
(which also defines the ``subject`` block) and a ``<name>.html``, plus ``invitation.txt`` for
the calendar description. A file with the same relative name in ``replies.templates_dir`` wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from jinja2 import (
    Environment,
    Template,
    TemplateNotFound,
)

from inbox_worker import templating
from inbox_worker.config import EventConfig, Language
from models.tables import OutboxPurpose

TEMPLATE_PACKAGE_PATH: Final = "templates/replies"
TEXT_SUFFIX: Final = ".txt"
HTML_SUFFIX: Final = ".html"
SUBJECT_BLOCK: Final = "subject"
INVITATION_TEMPLATE: Final = "invitation"

# The template file (stem) of each reply purpose.
PURPOSE_TEMPLATES: Final[Mapping[OutboxPurpose, str]] = {
    OutboxPurpose.CONFIRMATION: "confirmation",
    OutboxPurpose.SUMMARY: "group_confirmation",
    OutboxPurpose.ALREADY_REGISTERED: "already_registered",
    OutboxPurpose.LATE: "late",
    OutboxPurpose.WAITLISTED: "waitlisted",
    OutboxPurpose.PROMOTED: "promoted",
    OutboxPurpose.CANCEL_ACK: "cancel_ack",
    OutboxPurpose.CORRECTION_ACK: "correction_ack",
}

_WEEKDAYS: Final[Mapping[Language, tuple[str, ...]]] = {
    Language.NL: ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    Language.EN: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    Language.FR: ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_MONTHS: Final[Mapping[Language, tuple[str, ...]]] = {
    Language.NL: _words(
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    Language.EN: _words(
        "January February March April May June July August September October November December"
    ),
    Language.FR: _words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
}
_FREE_WORDS: Final = frozenset({"gratis", "free", "gratuit", "gratuite", "0", "€ 0", "0 €"})


@dataclass(frozen=True)
class RegistrantView:
    """One registrant's details as a template shows them (already cleaned of control characters)."""

    name: str
    municipality: str
    function: str
    email: str
    status: str


@dataclass(frozen=True)
class EventView:
    """The practical facts of the event, formatted for one language."""

    title: str
    date_text: str
    deadline_text: str
    doors_open_text: str
    start_text: str
    end_text: str
    lunch_text: str | None
    venue: str
    address: str
    location: str
    price: str
    is_free: bool
    organiser_name: str
    organisation: str
    organiser_email: str


@dataclass(frozen=True)
class RenderedReply:
    """The subject, plain text and HTML of one reply."""

    subject: str
    text: str
    html: str


def format_date(day: dt.date, language: Language) -> str:
    """A date written out the way a letter in ``language`` does: 'vrijdag 7 december 2018'."""
    weekday = _WEEKDAYS[language][day.weekday()]
    month = _MONTHS[language][day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"


def format_time(moment: dt.time, language: Language) -> str:
    """A clock time as written in ``language``: '9.30 uur', '9:30', '9h30'."""
    if language is Language.NL:
        return f"{moment.hour}.{moment.minute:02d} uur"
    if language is Language.FR:
        return f"{moment.hour}h{moment.minute:02d}"
    return f"{moment.hour}:{moment.minute:02d}"


def _time_range(start: dt.time, end: dt.time, language: Language) -> str:
    if language is Language.NL:
        return f"{start.hour}.{start.minute:02d}–{end.hour}.{end.minute:02d} uur"
    return f"{format_time(start, language)}–{format_time(end, language)}"


def event_view(event: EventConfig, language: Language) -> EventView:
    """The event's facts for the templates, with dates and times written for ``language``."""
    lunch = None
    if event.lunch_start is not None and event.lunch_end is not None:
        lunch = _time_range(event.lunch_start, event.lunch_end, language)
    return EventView(
        title=event.title,
        date_text=format_date(event.date, language),
        deadline_text=format_date(event.registration_deadline, language),
        doors_open_text=format_time(event.doors_open, language),
        start_text=format_time(event.start_time, language),
        end_text=format_time(event.end_time, language),
        lunch_text=lunch,
        venue=event.venue,
        address=event.address,
        location=f"{event.venue}, {event.address}",
        price=event.price,
        is_free=event.price.strip().lower() in _FREE_WORDS,
        organiser_name=event.organiser_name,
        organisation=event.organisation,
        organiser_email=str(event.organiser_email),
    )


def template_environment(templates_dir: Path | None) -> Environment:
    """The reply templates: the override folder (if any) first, then the shipped templates."""
    return templating.template_environment(TEMPLATE_PACKAGE_PATH, templates_dir)


def template_name(purpose: OutboxPurpose) -> str:
    """The template stem of a reply purpose; ValueError for a purpose that is not a reply."""
    try:
        return PURPOSE_TEMPLATES[purpose]
    except KeyError:
        raise ValueError(f"{purpose.value!r} is not a reply purpose") from None


def _load(environment: Environment, language: Language, stem: str, suffix: str) -> Template:
    """The template in ``language``, falling back to Dutch when a translation is missing."""
    try:
        return environment.get_template(f"{language.value}/{stem}{suffix}")
    except TemplateNotFound:
        if language is Language.NL:
            raise
        return environment.get_template(f"{Language.NL.value}/{stem}{suffix}")


def _render_subject(template: Template, variables: Mapping[str, Any]) -> str:
    block = template.blocks.get(SUBJECT_BLOCK)
    if block is None:
        return ""
    return " ".join("".join(block(template.new_context(dict(variables)))).split())


def render_reply(
    templates_dir: Path | None,
    purpose: OutboxPurpose,
    language: Language,
    variables: Mapping[str, Any],
) -> RenderedReply:
    """Render the subject, text and HTML of a reply of ``purpose`` in ``language``."""
    environment = template_environment(templates_dir)
    stem = template_name(purpose)
    text_template = _load(environment, language, stem, TEXT_SUFFIX)
    html_template = _load(environment, language, stem, HTML_SUFFIX)
    return RenderedReply(
        subject=_render_subject(text_template, variables),
        text=text_template.render(variables),
        html=html_template.render(variables),
    )


def render_invitation_text(
    templates_dir: Path | None, language: Language, variables: Mapping[str, Any]
) -> str:
    """The description of the calendar invitation, in ``language``."""
    environment = template_environment(templates_dir)
    template = _load(environment, language, INVITATION_TEMPLATE, TEXT_SUFFIX)
    return template.render(variables).strip()


def template_variables(
    *,
    purpose: OutboxPurpose,
    event: EventView,
    recipient_name: str,
    registrants: Sequence[RegistrantView],
    has_invitation: bool,
    confirms_each_registrant: bool,
) -> dict[str, Any]:
    """The variables every reply template can use."""
    return {
        "confirms_each_registrant": confirms_each_registrant,
        "purpose": purpose.value,
        "event": event,
        "recipient_name": recipient_name,
        "registrants": list(registrants),
        "registrant": registrants[0] if registrants else None,
        "has_invitation": has_invitation,
    }
