"""Recognising people in text: names, job titles, contact cards (signatures) and list lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final

from inbox_worker.parsing.event import MONTHS
from inbox_worker.parsing.places import (
    EXPLICIT_PLACE,
    canonical_municipality,
    is_address_line,
    is_organisation,
    resolve_organisation,
    section_owners,
)

PARTICLE: Final = (
    r"(?:van|de|der|den|vanden|vander|vande|ter|ten|te|le|la|du|des|d['’]|von|di|da|del|dos|'t)"
)
CAP_WORD: Final = r"[A-ZÀ-ÖØ-Þ](?:[\w'’]*[\w])?(?:-[A-ZÀ-ÖØ-Þa-zà-ÿ][\w'’]*)*"
NAME: Final = rf"{CAP_WORD}(?:\s+(?:{PARTICLE}\s+)*{CAP_WORD}){{0,4}}"
NAME_PATTERN: Final = re.compile(rf"^{NAME}$")
HONORIFIC_PREFIX: Final = re.compile(
    r"^(?:(?:dhr|mevr|mevrouw|meneer|mijnheer|de\s+heer|mr|mrs|ms|mw|dr|prof|ir|ing|drs|mme|mlle|"
    r"madame|monsieur|m)\.?\s+)+",
    re.IGNORECASE,
)
EMAIL: Final = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
PHONE: Final = re.compile(
    r"^(?:t|tel|tél|telefoon|phone|gsm|mob|mobile|m|f|fax|p|direct|vast)?\.?\s*:?\s*\+?[\d(][\d\s()./-]{6,}$",
    re.IGNORECASE,
)
URL: Final = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:be|com|org|eu|net|nl|brussels|gent|vlaanderen)\b/?\s*$",
    re.I,
)
CID: Final = re.compile(r"^\s*\[(?:cid|image|logo)[^\]]*\]\s*$", re.IGNORECASE)
CARD_SPLIT: Final = re.compile(r"\s+[|–—]\s+|\s*\|\s*|\s+-\s+|,\s+|\s*•\s*")
MAX_LIST_LINE: Final = 250
# 'teamleider burgerzaken, zijn collega …': a comma that starts a clause ends the job title.
CLAUSE_AFTER_COMMA: Final = re.compile(
    r"\s*,\s+[A-ZÀ-Ý][\w'’-]+\s+(?:is|werkt|was)\b.*$|"  # ', Tom is preventieadviseur'
    r"\s*,\s+(?:zijn|haar|hun|hij|zij|ze|die|dat|dit|wat|want|omdat|maar|ik|we|wij|u|je|het|"
    r"his|her|their|he|she|they|who|which|that|because|but|i|il|elle|qui|que|car|mais|son|sa|ses)\b.*$|"
    r"\s+(?:en|maar|and|but|et|mais)\s+(?:zou|zal|wil|kom|ben|heb|neem|ik|would|will|am|i|je|j['’]|"
    r"serai|voudrais|souhaite)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
VCARD_FOLD: Final = re.compile(r"\n[ \t]")
MAX_VCARD_LINES: Final = 200
MAX_VCARD_VALUE: Final = 200
LIST_PREFIX: Final = re.compile(r"^\s*(?:[-*•·▪◦>]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\))\s+")
LIST_SPLIT: Final = re.compile(
    r"\s+[–—-]\s+|\s*[|;]\s*|,\s*|\s*\(\s*|\s*\)\s*[,;:–-]?\s*|\s+/\s+|\s*\t\s*|\s{3,}"
)
LIST_SEPARATOR: Final = re.compile(r"\s[–—-]\s|[|;,()\t]|\s/\s|\s{3}")  # where LIST_SPLIT can split
ROLE_STEMS: Final = (
    "werker", "archivaris", "bibliothecaris", "informaticus", "analyst", "engineer", "assistant",
    "secretary", "clerk", "councillor", "councilor", "alderman", "mayor", "researcher", "lecturer",
    "gestionnaire", "juriste", "échevin", "échevine", "bourgmestre", "secrétaire", "coordinateur",
    "coordinatrice", "directeur", "adjoint", "adjointe", "stagiaire", "student", "intern",
    "medewerker", "medewerkster", "adviseur", "adviseuse", "advisor", "adviser", "coördinator",
    "coordinator", "coördinatrice", "coordinatrice", "directeur", "directrice", "director",
    "diensthoofd", "afdelingshoofd", "hoofd", "teamleider", "leider", "coach", "secretaris",
    "secretaresse", "schepen", "burgemeester", "raadslid", "voorzitter", "manager", "consulent",
    "deskundige", "assistent", "assistente", "expert", "verantwoordelijke", "officer", "conseiller",
    "conseillère", "chargé", "chargée", "responsable", "ambtenaar", "docent", "professor",
    "onderzoeker", "jurist", "architect", "planner", "analist", "boekhouder", "businesspartner",
    "specialist", "ingenieur", "bediende", "functionaris", "controller", "auditor", "ombudsman",
    "ombudsvrouw", "griffier", "consultant", "commissaris", "inspecteur", "administrateur",
    "woordvoerder", "attaché", "stagiair", "trainee", "kabinetschef", "beheerder", "partner",
    "bestuurder", "administrator", "head", "chef", "lead", "supervisor", "strateeg", "ontwerper",
    "designer", "developer", "programmeur", "medewerkers", "begeleider", "bemiddelaar", "agent",
    "consultante", "animator", "gedelegeerde", "délégué", "déléguée", "stafmedewerker", "directeur-generaal",
    "opbouwwerker", "maatschappelijk", "preventieadviseur", "psycholoog", "economist", "econoom",
    "kundige", "socioloog", "criminoloog", "pedagoog", "ergotherapeut", "kinesitherapeut",
    "verpleger", "verpleegster", "conciërge", "hr-partner", "inspectrice", "rédacteur",
    "rédactrice", "gemeentesecretaris", "raadsheer", "councilman", "regisseur", "mandataris",
    "redacteur", "ondersteuner", "ontwikkelaar", "toezichter", "opzichter", "hulpverlener",
    "ambassadeur", "kwartiermaker", "vertegenwoordiger", "afgevaardigde", "bestuurslid",
    "commissielid", "commandant", "korpschef", "kapitein", "luitenant",
    # German (East Belgium): Finanzdirektorin, Abteilungsleiter, Sachbearbeiterin, Referentin
    "direktor", "direktorin", "leiter", "leiterin", "mitarbeiter", "mitarbeiterin", "referent",
    "referentin", "sachbearbeiter", "sachbearbeiterin", "bürgermeister", "bürgermeisterin",
    "schöffe", "schöffin", "sekretär", "sekretärin", "berater", "beraterin",
)  # fmt: skip
SHORT_ROLES: Final = frozenset({"head", "chef", "lead", "agent"})
MAX_EMPLOYER_WORDS: Final = 6
MAX_EMPLOYER_CELL_WORDS: Final = 3  # a list cell that is only the employer: 'Deloitte'
INITIALS: Final = re.compile(r"[A-Z]{2,6}")
EMPLOYER_PREPOSITIONS: Final = frozenset({"bij", "at", "chez"})
# The cells of a signature laid out in columns: pipes, or tabs where a table was flattened.
CARD_CELL: Final = re.compile(r"\s+\|\s+|\t+| {3,}")
# Parts of municipalities that are also given names: a line 'Veerle' under a mail is a name.
GIVEN_NAME_PLACES: Final = frozenset({"veerle"})
NOT_NAME_WORDS: Final = frozenset(
    [
        "stad",
        "gemeente",
        "dienst",
        "team",
        "secretariaat",
        "directie",
        "afdeling",
        "departement",
        "beste",
        "dag",
        "hallo",
        "graag",
        "groeten",
        "groet",
        "met",
        "vriendelijke",
        "ik",
        "wij",
        "we",
        "het",
        "een",
        "seminarie",
        "studiedag",
        "inschrijving",
        "uitnodiging",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "tel",
        "gsm",
        "fax",
        "www",
        "ocmw",
        "provincie",
        "vlaamse",
        "overheid",
        "city",
        "ville",
        "kind",
        "regards",
        "best",
        "thanks",
        "bedankt",
        "tot",
        "dan",
        "sorry",
        "hoi",
        "hi",
        "dear",
        "hello",
        "bonjour",
        "mvg",
        "vg",
        "info",
        "onthaal",
        "klantencontact",
        "beheer",
        "administratie",
        "personeel",
        "organisatie",
        "communicatie",
        "financiën",
        "burgerzaken",
        "welzijn",
        "kabinet",
        "college",
        "schepencollege",
        "verzonden",
        "sent",
        "aan",
        "onderwerp",
        "subject",
        "from",
        "to",
        "cc",
        "naam",
        "name",
        "functie",
        "stad/gemeente",
        "e-mail",
        "mail",
        "disclaimer",
        "brussel",
        "vlaanderen",
        "belgium",
        "belgië",
        "agentschap",
        "universiteit",
        "vzw",
        "kenniscentrum",
        "steden",
        "gemeenten",
        "nieuwsbrief",
        "mailbox",
        "postmaster",
        "delivery",
        "system",
        "mailer",
        "daemon",
        "noreply",
        "no-reply",
        "reply",
        "re",
        "fw",
        "tr",
        "aw",
        "antw",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "the",
        "and",
        "of",
        "for",
        "my",
        "our",
        "je",
        "vous",
        "nous",
        "les",
        "et",
        "pour",
        "alvast",
        "zie",
        "hieronder",
        "bijlage",
        "groetjes",
        "cordialement",
        "merci",
        "madame",
        "monsieur",
        "linda",
        "ps",
        "nb",
        "lokaal",
        "bestuur",
        "stadsbestuur",
        "gemeentebestuur",
        "zone",
        "politie",
        "brandweer",
        "sociaal",
        "huis",
        "www",
    ]
    + MONTHS["nl"]
)
DEPARTMENT: Final = re.compile(
    r"(?i)^(?:dienst|afdeling|departement|team|cel|directie|secretariaat|kabinet|sector|cluster|"
    r"bureau|service|department|division|unit|office|groep|group|domein|entiteit|staf|"
    r"directiesecretariaat|stafdienst|gemeentehuis|stadhuis|administratief\s+centrum)\b"
)
MAX_ROLE_WORDS: Final = 8
TRAILING_PLACE: Final = re.compile(
    r"[\s,–-]+(?P<place>(?i:stad|gemeente|ocmw|lokaal\s+bestuur|city\s+of|ville\s+de)\s+[A-ZÀ-Ý][\w'’ -]*)$"
)
TRAILING_ORG: Final = re.compile(
    r"(?:\s*,\s*|\s*\(\s*|\s+[–|-]\s+)(?P<org>[^,()|–]{3,60}?)\s*\)?\s*$"
)
# What a cut leaves hanging: 'Mayor of the' (City of Brussels), 'diensthoofd van de' (stad Gent).
DANGLING_WORDS: Final = re.compile(
    r"(?:\s+(?:of|the|van|de|het|der|la|le|du|des|bij|at|for|voor|in|à|au|pour))+$|"
    # 'bij Stad' whose town went to the next line
    r"\s+(?:bij|van|voor)\s+(?:de\s+|het\s+)?(?:stad|gemeente|ocmw|lokaal\s+bestuur)$",
    re.IGNORECASE,
)
LEADING_ARTICLE: Final = re.compile(r"^(?:the|de|het|la|le|l['’])\s*(?=\w)", re.IGNORECASE)
# 'projectleider bij onze stad', '… bij ons': the employer, said without its name
OWN_EMPLOYER: Final = re.compile(
    r"\s+(?:(?:bij|van|in|voor|at|for|with|à|chez)\s+(?:onze|mijn|our|notre|ma|mon)\s+(?:stad|gemeente|"
    r"organisatie|bestuur|administratie|city|municipality|organi[sz]ation|ville|commune)\b|"
    r"(?:bij|in|at)\s+(?:onze|mijn|our|my)\s+(?:dienst|afdeling|team|directie|department|service)\s*$|"
    r"(?:bij|chez)\s+(?:ons|nous)\b).*$",
    re.IGNORECASE,
)
# 'buurtwerker in Heule': where the work is, not the job
PLACE_OF_WORK: Final = re.compile(r"(?<=\w)\s+(?:in|te)\s+[A-ZÀ-Ý][\w'’-]+$")
# 'data analyst in the Data & Information team': where in the organisation, not the job
TEAM_AFTER: Final = re.compile(
    r"\s+(?:in|of|with|within)\s+the\s+[^,;]{1,60}?\b(?:team|department|unit|division|service)\b.*$",
    re.IGNORECASE,
)
# 'sinds september mobiliteitsambtenaar', 'momenteel waarnemend …': when, not what
LEADING_TIME: Final = re.compile(
    r"^(?:(?:sinds|sedert|vanaf|since|depuis)\s+(?:kort|enkele\s+\w+|\w+(?:\s+\d{4})?)|"
    r"momenteel|nu|voorlopig|currently|now|actuellement|(?:in|te|bij)\s+(?:(?i:stad|gemeente)\s+)?[A-ZÀ-Ý][\w'’-]+|"
    r"(?:net|zoals|evenals|ook)\s+(?:als\s+)?(?:ik|mij|mijzelf)|eveneens|ook|like\s+me|also|comme\s+moi)"
    r"\s*,?\s+(?=\w)",
    re.IGNORECASE,
)
LABEL_LIKE: Final = re.compile(r"^[^\W\d_][\w /&.-]{0,25}:\s*\S")
MAX_CARD_LINES: Final = 10
MAX_FUNCTION_TAIL_WORDS: Final = 5
WORD_CHARS: Final = re.compile(r"[\w']+")
PARTICLE_WORD: Final = re.compile(PARTICLE, re.IGNORECASE)
ROLE_TOKEN_SPLIT: Final = re.compile(r"[\s/&,()+-]+")
LOCAL_PART_SPLIT: Final = re.compile(r"[._-]+")
CLAUSE_AFTER_ORGANISATION: Final = re.compile(
    r"\s+(?:en|and|et|,)\s+(?:we|wij|ik|i|je|nous|dus|maar)\b"
)
GENERIC_MAILBOX: Final = re.compile(
    r"^(?:info|secretariaat|secretariat|onthaal|contact|admin|office|kabinet|personeel|hr|"
    r"communicatie|noreply|no-reply|donotreply|support|helpdesk|mailbox|postmaster|mailer-daemon|"
    r"klantencontact|burgerzaken|welkom|balie|team|dienst|algemeen|general|bestuur|college)\b",
    re.IGNORECASE,
)


@dataclass
class Card:
    """What a block of contact lines says: a name, job title, employer and address."""

    name: str | None = None
    function: str | None = None
    organisation: str | None = None
    municipality: str | None = None
    emails: list[str] = field(default_factory=list)
    lines_used: int = 0


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, accents removed: for comparing words."""
    text = unicodedata.normalize("NFKD", text.casefold()).replace("’", "'")
    return "".join(c for c in text if not unicodedata.combining(c))


ROLE_SUFFIXES: Final = tuple(fold(s) for s in ROLE_STEMS if s not in SHORT_ROLES)


@lru_cache(maxsize=8192)
def name_words(text: str | None) -> frozenset[str]:
    """The words of a name, folded, honorifics left out."""
    if not text:
        return frozenset()
    text = HONORIFIC_PREFIX.sub("", text.strip())
    return frozenset(w for w in WORD_CHARS.findall(fold(text)) if len(w) > 1 or w.isalpha())


def strip_honorific(text: str) -> str:
    """'Mevr. Katrien Dierckx' -> 'Katrien Dierckx'."""
    return HONORIFIC_PREFIX.sub("", text.strip()).strip()


@lru_cache(maxsize=4096)
def is_person_name(text: str | None, minimum_words: int = 2) -> bool:
    """Whether ``text`` reads as a person's name: capitalised words, no job or place words."""
    if not text:
        return False
    text = strip_honorific(text).strip(" ,.;:")
    if not text or len(text) > 60 or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    if "\t" in text or "   " in text:  # table cells ('Nom    Prénom    Commune'), not one name
        return False
    if not NAME_PATTERN.match(text):
        return False
    tokens = text.split()
    if any(len(t.strip(".")) < 2 and not t.endswith(".") for t in tokens):
        return False  # 'Unfortunately I'
    real = [t for t in tokens if not PARTICLE_WORD.fullmatch(t)]
    if len(real) < minimum_words or len(tokens) > 6:
        return False
    folded = [fold(t) for t in tokens]
    if any(t in NOT_NAME_WORDS for t in folded):
        return False
    return not is_function(text) and canonical_municipality(text) is None


@lru_cache(maxsize=4096)
def is_function(text: str | None) -> bool:
    """Whether ``text`` contains a job title word (beleidsmedewerker, diensthoofd, schepen…)."""
    if not text:
        return False
    for token in ROLE_TOKEN_SPLIT.split(fold(text)):
        if token in SHORT_ROLES or token.endswith(ROLE_SUFFIXES):  # a token has no line break
            return True
    return False


def is_generic_mailbox(address: str | None, display: str | None) -> bool:
    """A shared mailbox (info@, secretariaat@, 'Stad X - Klantencontact') is not a person."""
    local = (address or "").split("@")[0]
    if local and GENERIC_MAILBOX.match(local):
        return True
    return bool(display) and person_from_display(display, address) is None


@lru_cache(maxsize=4096)
def person_from_display(display: str | None, address: str | None) -> str | None:
    """A person's name from a From display name, given-name first when the address shows it.

    'Verbeke Wim' with wim.verbeke@… -> 'Wim Verbeke'. None for mailboxes and organisations.
    """
    if not display:
        return None
    display = strip_honorific(display.strip().strip("\"'"))
    display = DISPLAY_ASIDE.sub("", display).strip() or display  # 'Claeys Bart (Stad Gent)'
    display = _without_leading_title(display)  # 'Schepen Bert Cools'
    display = _capitalised_from_address(display, address)  # 'hilde peeters' <hildepeeters67@…>
    surname, comma, given = display.partition(",")
    if comma and given.strip() and is_person_name(f"{given.strip()} {surname.strip()}"):
        return f"{given.strip()} {surname.strip()}"
    if not is_person_name(display):
        return None
    tokens = display.split()
    local = fold((address or "").split("@")[0])
    parts = [p for p in LOCAL_PART_SPLIT.split(local) if p]
    if len(tokens) >= 2 and parts and fold(tokens[-1]) == parts[0] and fold(tokens[0]) != parts[0]:
        return " ".join([tokens[-1], *tokens[:-1]])
    return display


def _without_leading_title(display: str) -> str:
    words = display.split()
    if len(words) >= 3 and fold(words[0]) in TITLE_BEFORE_NAME:
        return " ".join(words[1:])
    return display


def _capitalised_from_address(display: str, address: str | None) -> str:
    """'hilde peeters' with hildepeeters67@… is Hilde Peeters: lower case only, every word in
    the address."""
    if display != display.lower() or not address:
        return display
    local = fold(address.split("@")[0])
    words = display.split()
    if len(words) >= 2 and all(len(w) > 1 and fold(w) in local for w in words):
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return display


# Titles of office written before a name: 'Schepen Bert Cools', 'burgemeester Rik Jansen'.
TITLES_OF_OFFICE: Final = (
    "schepen", "burgemeester", "districtsburgemeester", "raadslid", "gemeenteraadslid",
    "voorzitter", "directeur", "algemeen directeur", "financieel directeur", "stadssecretaris",
    "gemeentesecretaris", "kabinetschef", "échevin", "échevine", "bourgmestre", "alderman",
    "mayor", "councillor",
)  # fmt: skip
TITLE_BEFORE_NAME: Final = frozenset(TITLES_OF_OFFICE)
# The titles as one regular-expression alternation, longest first ('algemeen directeur' before
# 'directeur'), spaces matching any run of white space.
TITLES_OF_OFFICE_PATTERN: Final = "|".join(
    re.escape(title).replace(r"\ ", r"\s+")
    for title in sorted(TITLES_OF_OFFICE, key=len, reverse=True)
)
DISPLAY_ASIDE: Final = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$|\s+[|–—-]\s+[^|–—-]+$")
ORG_PREPOSITION: Final = re.compile(
    r"\s+(?:bij|van|voor|at|of|for|with|chez|auprès\s+de|à\s+la|de\s+la|du|aan|in|der|bei|von)\s+"
    r"(?:de\s+|het\s+|the\s+|la\s+|l['’]|le\s+)?",
    re.IGNORECASE,
)


def _organisation_split(text: str) -> tuple[str, str | None]:
    """Split 'function bij org' at the first preposition after which an organisation follows."""
    for match in ORG_PREPOSITION.finditer(text):
        org = text[match.end() :].strip(" ,.;:")
        org = CLAUSE_AFTER_ORGANISATION.split(org)[0].strip(" ,.;:")
        org = LEADING_ARTICLE.sub("", org)
        at_employer = match.group(0).split()[0].casefold() in EMPLOYER_PREPOSITIONS
        if _names_organisation(org) or (at_employer and _initials_first(org)):
            return text[: match.start()], org  # 'jurist bij IGEAN', not 'schepen van ICT'
    return _trailing_organisation(text)


def _trailing_organisation(text: str) -> tuple[str, str | None]:
    """'adviseur (stad Gent)', 'diensthoofd HR, stad Gent', 'coördinator Gemeente Zele'."""
    aside = TRAILING_ORG.search(text)
    if aside and aside.start() > 0 and _names_organisation(aside.group("org")):
        return text[: aside.start()], aside.group("org").strip()
    place = TRAILING_PLACE.search(text)
    if place and place.start() > 0 and canonical_municipality(place.group("place")):
        return text[: place.start()], place.group("place").strip()
    return text, None


def clean_function(text: str) -> str:
    """A job title without the organisation after it ('… bij de stad Leuven', '… stad Gent')."""
    text = LEADING_TIME.sub("", CLAUSE_AFTER_COMMA.sub("", text).strip(" ,.;:-–"))
    text = PLACE_OF_WORK.sub("", TEAM_AFTER.sub("", OWN_EMPLOYER.sub("", text)))
    function, _ = _organisation_split(text)
    trailing = TRAILING_PLACE.search(function)
    if trailing and trailing.start() > 0 and canonical_municipality(trailing.group("place")):
        function = function[: trailing.start()]
    return DANGLING_WORDS.sub("", function.strip(" ,.;:-–")).strip(" ,.;:-–")


def _names_organisation(text: str) -> bool:
    text = text.strip(" ,.;:")
    return bool(EXPLICIT_PLACE.match(text) or canonical_municipality(text) or is_organisation(text))


def _employer_name(part: str) -> bool:
    """A list cell that can only be the employer: a short capitalised name, no digits."""
    words = part.split()
    return (
        0 < len(words) <= MAX_EMPLOYER_CELL_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(char.isdigit() for char in part)
        and not is_person_name(part)
    )


def _initials_first(text: str) -> bool:
    """A short phrase that opens with an organisation's initials ('IOK', 'AGB …')."""
    words = text.split()
    return (
        bool(words)
        and INITIALS.fullmatch(words[0]) is not None
        and len(words) <= MAX_EMPLOYER_WORDS
    )


def organisation_in(text: str) -> str | None:
    """The employer a function phrase names after 'bij'/'van'/'at' (canonical when a municipality)."""
    _, org = _organisation_split(text)
    if not org:
        return None
    org = org.split(",")[0].strip()  # 'Eurocities, working from our Brussels office'
    explicit = EXPLICIT_PLACE.search(org)
    if explicit:
        found = canonical_municipality(explicit.group(0))
        if found:
            return found
    return resolve_organisation(org)


def parse_card(lines: list[str], hint_name: frozenset[str] = frozenset()) -> Card:
    """Read a signature or contact block: name, job title, employer, addresses."""
    card = Card()
    after_name = False
    cells = [cell for line in lines[:MAX_CARD_LINES] for cell in CARD_CELL.split(line)]
    for cell in cells:  # 'Naam | Functie | Stad X | Markt 1, 9800 X': each cell as a line
        text = cell.strip().strip("*_")
        if not text or CID.match(text):
            continue
        if "@" in text:  # an address has one
            card.emails.extend(e.lower() for e in EMAIL.findall(text))
        if LABEL_LIKE.match(text) and not PHONE.match(text):
            after_name = False
            continue  # 'Functie: …' is a labelled field, read elsewhere
        if (
            EMAIL.fullmatch(text)
            or (len(text.split()) <= 2 and URL.search(text))
            or PHONE.match(text)
        ):
            after_name = False
            continue
        if not is_address_line(text):
            after_name = _read_card_line(card, text, hint_name, after_name)
    return card


def _read_card_line(card: Card, text: str, hint_name: frozenset[str], after_name: bool) -> bool:
    """Fill ``card`` from one line; returns whether the next line follows the name line."""
    function_open = False
    for part in [p.strip() for p in CARD_SPLIT.split(text) if p.strip()]:
        if ("@" in part and EMAIL.search(part)) or PHONE.match(part) or URL.search(part):
            function_open = False
            continue
        if card.name is None and _card_name(part, hint_name):
            card.name = strip_honorific(part)
            after_name = True
            continue
        found = _card_place(part)
        if found or (is_organisation(part) and not is_function(part)):
            card.municipality = card.municipality or found
            card.organisation = card.organisation or (None if found else part)
            function_open = False
            continue
        if function_open and card.function and len(part.split()) <= MAX_FUNCTION_TAIL_WORDS:
            card.function = f"{card.function}, {part}"
            continue
        if _is_card_function(card, part, after_name, hint_name):
            function, town = _function_and_town(part)
            card.function = clean_function(function)
            function_open = True
            card.municipality = card.municipality or town
        after_name = False
    return after_name


def _is_card_function(card: Card, part: str, after_name: bool, hint_name: frozenset[str]) -> bool:
    if card.function is not None or (hint_name and name_words(part) <= hint_name):
        return False
    return is_function(part) or (after_name and _plain_role_line(part))


def _plain_role_line(part: str) -> bool:
    """The line under a name that is neither a department nor anything else recognisable."""
    return len(part.split()) <= MAX_ROLE_WORDS and not DEPARTMENT.match(part)


def _place_after_function(part: str) -> str | None:
    found = organisation_in(part)
    return found if found and canonical_municipality(found) else None


def _function_and_town(part: str) -> tuple[str, str | None]:
    """A function phrase and the town it names: 'directeur van Stad Gent' -> (as is, 'Gent');
    'Gemeenteraadslid Zemst', 'burgemeester Puurs' -> the function without the town, and the town."""
    after = _place_after_function(part)
    if after:
        return part, after
    words = part.split()
    for size in (1, 2):
        if len(words) > size and words[-size][:1].isupper():
            town = canonical_municipality(" ".join(words[-size:]))
            if town:
                return " ".join(words[:-size]).rstrip(" ,-–"), town
    return part, None


def _card_name(part: str, hint: frozenset[str]) -> bool:
    if hint and name_words(part) and name_words(part) <= hint | {""} and len(name_words(part)) >= 2:
        return True
    return is_person_name(part)


def _card_place(part: str) -> str | None:
    explicit = EXPLICIT_PLACE.search(part)
    if explicit and explicit.start() == 0:
        found = canonical_municipality(explicit.group(0))
        if found or explicit.end() < len(part.rstrip(" ,.;")):
            return found
        return explicit.group("place")  # 'Municipality of Eindhoven': a town the data lacks
    if len(part.split()) <= 3 and not is_function(part):
        found = canonical_municipality(part)
        if found or fold(part) in GIVEN_NAME_PLACES:
            return found
        return part.strip() if section_owners(part) else None  # 'Heverlee': settled later
    return None


@dataclass
class ListEntry:
    """One person on a list line ('1. Jan Peeters – diensthoofd – jan@…')."""

    name: str
    function: str | None = None
    municipality: str | None = None
    email: str | None = None
    bullet: bool = False


def parse_list_line(line: str) -> ListEntry | None:
    """A person on one line with separators; None when the line is not one."""
    entry = _parsed_list_line(line)
    return replace(entry) if entry is not None else None


@lru_cache(maxsize=4096)
def _parsed_list_line(line: str) -> ListEntry | None:
    """parse_list_line, memoised (template lines repeat); callers get a copy of the entry."""
    if len(line) > MAX_LIST_LINE:
        return None
    bullet = bool(LIST_PREFIX.match(line))
    text = LIST_PREFIX.sub("", line).strip()
    entry = _list_entry(text, bullet)
    lead, colon, rest = text.rpartition(":")
    if entry is None and colon and rest.strip() and not lead.lower().endswith("mailto"):
        entry = _list_entry(rest.strip(), bullet)  # 'Mijn gegevens: Jan Peeters, stad Gent, …'
    return entry


def _list_entry(text: str, bullet: bool) -> ListEntry | None:
    if not LIST_SEPARATOR.search(text):
        return None  # LIST_SPLIT finds nothing to split at: one part
    parts = [p.strip(" .") for p in LIST_SPLIT.split(text) if p and p.strip(" .")]
    if len(parts) < 2 or not is_person_name(parts[0]):
        return None
    entry = ListEntry(name=strip_honorific(parts[0]), bullet=bullet)
    rest: list[str] = []
    for part in parts[1:]:
        email = EMAIL.search(part) if "@" in part else None
        if email:
            entry.email = entry.email or email.group(0).lower()
        elif entry.municipality is None and _card_place(part):
            entry.municipality = _card_place(part)
        elif entry.municipality is None and is_organisation(part) and not is_function(part):
            entry.municipality = part  # 'Provincie Antwerpen', kept as written
        elif not PHONE.match(part):
            rest.append(part)
    functions = [p for p in rest if is_function(p)]
    if functions:
        function, town = _function_and_town(functions[0])  # 'burgemeester Puurs'
        entry.function = clean_function(function)
        entry.municipality = entry.municipality or town or organisation_in(functions[0])
    named = [p for p in rest if p not in functions and _employer_name(p)]
    if entry.municipality is None and functions and len(named) == 1:
        entry.municipality = named[0]  # 'Thomas Claessens – Deloitte – senior manager – …'
    if not (entry.email or entry.function or (bullet and rest)):
        return None
    return entry


def parse_vcard(text: str) -> Card:
    """An attached business card (vCard 2.1-4.0): full name, title, organisation, addresses."""
    card = Card()
    for name, value in _vcard_properties(text):
        if name == "FN" and not card.name:
            card.name = strip_honorific(value) or None
        elif name in ("TITLE", "ROLE") and not card.function and is_function(value):
            card.function = clean_function(value)
        elif name == "ORG" and not card.organisation:
            card.organisation = value.split(";")[0].strip() or None
        elif name == "EMAIL" and EMAIL.fullmatch(value):
            card.emails.append(value.lower())
    if card.organisation:
        card.municipality = canonical_municipality(card.organisation) or resolve_organisation(
            card.organisation
        )
    return card


def _vcard_properties(text: str) -> list[tuple[str, str]]:
    """(NAME, value) for each line of a vCard, folded lines joined, parameters dropped."""
    unfolded = VCARD_FOLD.sub("", text.replace("\r\n", "\n"))
    found: list[tuple[str, str]] = []
    for line in unfolded.split("\n")[:MAX_VCARD_LINES]:
        key, sep, value = line.partition(":")
        if not sep:
            continue
        name = key.split(";")[0].split(".")[-1].strip().upper()
        value = value.replace("\\,", ",").replace("\\n", " ").strip()
        if value and len(value) <= MAX_VCARD_VALUE:
            found.append((name, value))
    return found
