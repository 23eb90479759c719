"""What the parser knows about the event: its title, date, venue and organiser, as search patterns."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from inbox_worker.config import EventConfig

MONTHS: Final = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
# Words that name a seminar-like event in general; together with a date or the title they say
# that a mail is about *an* event, the title and venue say it is about *ours*.
EVENT_NOUNS: Final = (
    r"seminarie|seminar|séminaire|studiedag|studienamiddag|studievoormiddag|colloquium|colloque|"
    r"congres|congrès|conference|conferentie|symposium|workshop|event|evenement|événement|"
    r"bijeenkomst|infosessie|informatiesessie|sessie|lezing|netwerkmoment|journée d'étude|"
    r"lerend\s+netwerk|lerende\s+netwerken|netwerkdag|themadag|inspiratiedag|webinar|vorming|"
    r"opleiding|training|rondetafel|formation|réseau\s+apprenant|learning\s+network"
)


@dataclass(frozen=True)
class EventContext:
    """The event the mailbox collects registrations for; defaults match the shipped config."""

    title: str = "Stadsorganisaties in transitie"
    date: dt.date = dt.date(2018, 12, 7)
    venue: str = "Auditorium Permeke bibliotheek"
    address: str = "De Coninckplein 26, 2060 Antwerpen"
    organisation: str = "Kenniscentrum Vlaamse Steden"
    organiser_name: str = "Linda Boudry"
    organiser_email: str = "linda.boudry@kcvs.be"
    extra_organiser_emails: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_config(cls, event: EventConfig) -> EventContext:
        """The context for the ``event`` section of the configuration."""
        return cls(
            title=event.title,
            date=event.date,
            venue=event.venue,
            address=event.address,
            organisation=event.organisation,
            organiser_name=event.organiser_name,
            organiser_email=str(event.organiser_email).lower(),
        )

    @property
    def organiser_domain(self) -> str:
        """The mail domain of the organiser (their colleagues forward mail from it)."""
        return self.organiser_email.rpartition("@")[2].lower()

    @cached_property
    def organiser_addresses(self) -> frozenset[str]:
        """Every address that belongs to the organiser, lower-case."""
        return frozenset(a.lower() for a in (self.organiser_email, *self.extra_organiser_emails))

    @cached_property
    def venue_city(self) -> str:
        """The city of the venue: the last word group after the postcode of the address."""
        match = re.search(r"\b\d{4}\s+([^\d,]+)$", self.address.strip())
        return match.group(1).strip() if match else ""

    @cached_property
    def title_pattern(self) -> re.Pattern[str]:
        """The event's title, tolerant of case, quotes and line breaks."""
        words = [re.escape(w) for w in self.title.split()]
        return re.compile(r"\b" + r"\W+".join(words) + r"\b", re.IGNORECASE)

    @cached_property
    def date_pattern(self) -> re.Pattern[str]:
        """The event's date as people write it: 7 december, 7/12, 07-12, December 7, 7 déc."""
        day, month = self.date.day, self.date.month
        names = [MONTHS[lang][month - 1] for lang in MONTHS]
        shorts = [n[:3] + r"\.?" for n in names]
        month_alt = "|".join(sorted({*names, *shorts}, key=len, reverse=True))
        numeric = rf"0?{day}\s*[/.-]\s*0?{month}(?!\d)"
        spoken = rf"0?{day}(?:st|nd|rd|th|e|er|ste|de)?\s+(?:of\s+)?(?:{month_alt})\b"
        english = rf"(?:{month_alt})\s+0?{day}(?:st|nd|rd|th)?\b"
        return re.compile(rf"(?<![\d/.-])(?:{numeric}|{spoken}|{english})", re.IGNORECASE)

    @cached_property
    def venue_pattern(self) -> re.Pattern[str]:
        """Distinctive words of the venue and its street (not the city: people live there too)."""
        street = self.address.split(",")[0]
        street = re.sub(r"\s*\d+\w*$", "", street).strip()
        words = [w for w in self.venue.split() if len(w) > 3 and w[0].isupper()]
        words = [w for w in words if w.lower() not in {"auditorium", "zaal", "bibliotheek"}]
        parts = [re.escape(w) for w in words]
        if street:
            parts.append(re.escape(street))
        if not parts:
            return re.compile(r"(?!x)x")
        return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)

    @cached_property
    def organisation_pattern(self) -> re.Pattern[str]:
        """The organiser's organisation by name or by its initials (KCVS)."""
        initials = "".join(w[0] for w in self.organisation.split() if w[0].isupper())
        domain_word = self.organiser_domain.split(".")[0]
        parts = {re.escape(self.organisation), re.escape(domain_word)}
        if len(initials) >= 3:
            parts.add(re.escape(initials))
        return re.compile(r"\b(?:" + "|".join(sorted(parts)) + r")\b", re.IGNORECASE)


EVENT_NOUN_PATTERN: Final = re.compile(rf"\b(?:{EVENT_NOUNS})s?\b", re.IGNORECASE)
DEFAULT_EVENT: Final = EventContext()
