"""Which municipality or organisation a piece of text names: canonical Dutch names, others as written."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from types import ModuleType
from typing import Final

from inbox_worker.parsing.event import EventContext

MUNICIPALITIES_MODULE: Final = "inbox_worker.parsing.municipalities"

ADMIN_PREFIX: Final = (
    r"(?i:stad\s+en\s+ocmw|gemeente\s+en\s+ocmw|stad|gemeente|ocmw|lokaal\s+bestuur|stadsbestuur|"
    r"gemeentebestuur|stadsadministratie|gemeenteadministratie|city\s+of|ville\s+de|commune\s+de|"
    r"municipality\s+of|town\s+of|administration\s+communale\s+de|cpas\s+de|"
    r"stadt|gemeinde)"
)
PLACE_NAME: Final = r"[A-ZÀ-Ý][\w'’.]*(?:[\s-]+(?:[A-ZÀ-Ý][\w'’.]*|sur|lez|aan|op|de|bij)){0,3}"
EXPLICIT_PLACE: Final = re.compile(
    rf"(?<![\w-]){ADMIN_PREFIX}\s+(?:(?i:van|of|de|d['’])\s*)?(?P<place>{PLACE_NAME})"
)
POSTCODE_ONLY: Final = re.compile(r"(?:[bB]-?)?[1-9]\d{3}")
# The districts of the city of Antwerp: each names the city in a signature ('district Deurne').
ANTWERP_DISTRICTS: Final = frozenset(
    {"antwerpen", "berchem", "borgerhout", "deurne", "ekeren", "hoboken", "merksem", "wilrijk",
     "berendrecht-zandvliet-lillo"}
)  # fmt: skip
LEADING_POSTCODE: Final = re.compile(r"^\s*(?:[bB]-?)?[1-9]\d{3}\s+(?=[^\W\d])")
NOT_APPLICABLE: Final = re.compile(
    r"^\s*(?:n\.?\s?v\.?\s?t\.?|nvt|n/a|n\.a\.|niet\s+van\s+toepassing|geen|none|nihil|"
    r"not\s+applicable|sans\s+objet|-+|/+|–|—)(?=\s|[-–—/,:;(]|$)\s*[-–—/,:;]*\s*",
    re.IGNORECASE,
)
WRAPPERS: Final = " \t-–—/,:;.()[]\"'“”‘’"
PART_SPLIT: Final = re.compile(r"\s+[-–—|]\s+|\s*\|\s*|,\s*|\s*/\s*|\s*\(\s*|\s*\)\s*")
# 'Universiteit Gent, vakgroep Politieke Wetenschappen': the organisation, not its department
SUB_UNIT: Final = re.compile(
    r"\s*,\s*(?:vakgroep|faculteit|afdeling|dienst|team|cel|onderzoeksgroep|faculty|research\s+group)"
    r"\b.*$",
    re.IGNORECASE,
)
ORGANISATION_WORDS: Final = re.compile(
    r"(?i)(?<![\w-])(?:provincie|province|provinz|vlaamse\s+overheid|vlaanderen|federale|fod|spf|"
    r"agentschap|departement|ministerie|ministère|kabinet|universiteit|university|université|"
    r"hogeschool|haute\s+école|college|ku\s*leuven|ugent|vub|ulb|uantwerpen|uhasselt|vives|odisee|"
    r"vzw|asbl|vvsg|intercommunale|politiezone|hulpverleningszone|brandweer|kenniscentrum|"
    r"vereniging|association|brulocalis|instituut|institute|institut|ziekenhuis|hospital|"
    r"woonmaatschappij|huisvestingsmaatschappij|welzijnsvereniging|nv|bv|bvba|sa|srl|"
    r"company|consult(?:ing|ancy)?|eurocities|audit\s+vlaanderen|rekenhof)(?![\w-])"
)
# Where a person lives, said in a 'Stad / gemeente' field.
RESIDENCE: Final = re.compile(
    r"(?i)\b(?:woonplaats|woonachtig|ik\s+woon|wonende|domicilie|thuis|residence|home\s+town|"
    r"domicile|j['’]habite)\b"
)
# The employer said in a sentence: '… maar ik werk voor de Provincie Antwerpen', 'student aan …'.
EMPLOYER_CLAUSE: Final = re.compile(
    r"(?i)\b(?:ik\s+)?(?:werk|werkzaam|actief|student|studeer|tewerkgesteld|work|employed)\w*"
    r"(?:\s+(?:als|as)\s+[^,;]{1,40}?)?\s+(?:voor|bij|aan|op|for|at)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?P<employer>(?-i:[A-ZÀ-Ý])[^,.;!?()]{1,80})"
)
# Alternatives in one field: 'Ranst / IGEAN', 'Boechout, Hove en Lint', 'Gent & Lochristi'.
ALTERNATIVES_SPLIT: Final = re.compile(r"\s*/\s*|\s*,\s*|\s+(?:en|&|and|or)\s+")
ASIDE: Final = re.compile(r"\([^()]*\)?")
ONLY_ADMIN_WORDS: Final = re.compile(rf"{ADMIN_PREFIX}(?:\s+{ADMIN_PREFIX})*", re.IGNORECASE)
# Small talk around a municipality in a field: "'t Stad (Antwerpen dus 😄", 'Gent natuurlijk'.
FILLER_WORDS: Final = frozenset(
    {"'t", "’t", "t", "dus", "natuurlijk", "uiteraard", "hé", "he", "zeker", "eigenlijk", "ja"}
)
WORD_RUN: Final = re.compile(r"[’']?[^\W\d_][\w’'-]*")
VENUE_CONTEXT: Final = re.compile(r"(?i)\b(?:in|te|naar|to|à|en|near|nabij)\s+$")
POSTCODE_BEFORE: Final = re.compile(r"\b[1-9]\d{3}\s*$")
STREET_LINE: Final = re.compile(
    r"(?i)\b(?:straat|laan|lei|plein|steenweg|weg|dreef|kaai|markt|rue|avenue|boulevard|place|"
    r"chaussée|square|street|road)\b\.?\s*\d|\b[1-9]\d{3}\s+[A-ZÀ-Ý]|\bbus\s+\d|\bpostbus\b"
)


@lru_cache(maxsize=1)
def _registry() -> ModuleType:
    """The municipality data module, imported on first use (the parser loads without it)."""
    return importlib.import_module(MUNICIPALITIES_MODULE)


@lru_cache(maxsize=4096)
def canonical_municipality(text: str) -> str | None:
    """The canonical Dutch name of the municipality ``text`` names ('Stad Gent' -> 'Gent')."""
    text = text.strip(WRAPPERS)
    if not text or len(text) > 120 or ORGANISATION_WORDS.search(text):
        return None
    found = _registry().lookup_municipality(text)
    return found.name if found is not None else None


def strip_not_applicable(value: str) -> str:
    """'n.v.t. – KU Leuven' -> 'KU Leuven'; '/ (Vlaamse overheid)' -> 'Vlaamse overheid'."""
    previous = None
    value = value.strip()
    while previous != value:
        previous = value
        value = NOT_APPLICABLE.sub("", value).strip()
        if value.startswith("(") and value.endswith(")"):
            value = value[1:-1].strip()
    return value.strip(WRAPPERS)


def resolve_organisation(value: str | None) -> str | None:
    """A labelled 'Stad / gemeente' value: canonical municipality, else the organisation as written.

    A sentence gives the employer it names ('ik woon in Kontich, maar ik werk voor de Provincie
    Antwerpen' -> 'Provincie Antwerpen').
    """
    if not value:
        return None
    value = LEADING_POSTCODE.sub("", strip_not_applicable(value))
    employer = EMPLOYER_CLAUSE.search(value)
    if employer:
        value = employer.group("employer").strip(WRAPPERS)
    if not value:
        return None
    whole = canonical_municipality(value)
    if whole:
        return whole
    if not ORGANISATION_WORDS.search(value):
        for part in PART_SPLIT.split(value):
            found = canonical_municipality(part) if part.strip() else None
            if found:
                return found
        explicit = EXPLICIT_PLACE.search(value)
        if explicit:
            found = canonical_municipality(explicit.group(0))
            if found:
                return found
            if explicit.start() == 0 and explicit.end() == len(value):
                return explicit.group("place")  # 'Gemeente Zele' unknown to the data: 'Zele'
        plain = " ".join(w for w in WORD_RUN.findall(value) if w.casefold() not in FILLER_WORDS)
        found = canonical_municipality(plain) if plain != value else None
        if found:
            return found  # "'t Stad (Antwerpen dus 😄": the municipality and small talk
    return SUB_UNIT.sub("", value).strip()


def place_doubt(value: str | None) -> str | None:
    """Why a labelled 'Stad / gemeente' value cannot be recorded safely, or None: it names
    several municipalities ('Boechout, Hove en Lint'), a municipality beside something else
    ('Ranst / IGEAN'), or where the person lives rather than works ('Mechelen (woonplaats)')."""
    if not value:
        return None
    if EMPLOYER_CLAUSE.search(value):
        return None  # 'ik woon in Kontich, maar ik werk voor …': the employer is said
    if RESIDENCE.search(value):
        return f"a place of residence, not of work: {value}"
    found = _registry().find_municipalities_in_text(value)
    if len({municipality.successor or municipality.name for municipality, _ in found}) > 1:
        return f"several municipalities: {value}"  # not 'Nevele (vanaf 2019 Deinze)': one merger
    main = ASIDE.sub(" ", value)  # '(fusie Meeuwen-Gruitrode en Opglabbeek)' explains
    parts = [part.strip(WRAPPERS) for part in ALTERNATIVES_SPLIT.split(main)]
    content = [part for part in parts if part and not _filler_part(part)]
    places = {canonical_municipality(part) or part.casefold() for part in content}
    if len(content) > 1 and len(places) > 1 and any(canonical_municipality(p) for p in content):
        return f"a municipality and something else: {value}"
    return None


def _filler_part(part: str) -> bool:
    """'Gemeente' of 'Gemeente/OCMW Zele', a department ('dienst Cultuur'), an address."""
    return bool(
        ONLY_ADMIN_WORDS.fullmatch(part)
        or SUB_UNIT.match(", " + part)
        or any(char.isdigit() for char in part)  # 'Grote Markt 57', '2500 Lier'
    )


def settle_municipality(
    value: str | None, address: str | None, function: str | None = None
) -> str | None:
    """The municipality a registrant's place finally is: a bare postcode, 'district Deurne' or a
    part of one municipality ('Heverlee') gives its municipality; a part of several ('Berchem')
    gives the one of the person's municipal mail domain (Antwerp's for a district's office,
    'districtsraadslid'), else stays as written; another place the data does not know gives way
    to the municipality of that domain."""
    if not value:
        return value
    stripped = value.strip()
    if POSTCODE_ONLY.fullmatch(stripped):
        found = _registry().municipality_for_postcode(stripped)
        return found.name if found is not None else value
    district = stripped.casefold().removeprefix("district ")
    if district != stripped.casefold() and district in ANTWERP_DISTRICTS:
        return "Antwerpen"
    if canonical_municipality(stripped) or is_organisation(stripped):
        return value  # 'AG Stadsplanning Antwerpen' is an organisation, kept as written
    owners = section_owners(stripped)
    by_address = municipality_of_address(address)
    if len(owners) == 1:
        return owners[0]
    if owners and "Antwerpen" in owners and "district" in (function or "").casefold():
        return "Antwerpen"  # only Antwerp has districts
    if owners:
        return by_address if by_address in owners else value
    if " " in stripped:
        return value
    return by_address or value


def section_owners(place: str) -> list[str]:
    """The municipalities with a part named ``place`` ('Berchem' -> Antwerpen, Kluisbergen)."""
    return [found.name for found in _registry().municipalities_for_section(place)]


def municipality_of_address(address: str | None) -> str | None:
    """The municipality a municipal mail domain belongs to (jan@stad.gent -> Gent), else None."""
    if not address or "@" not in address:
        return None
    found = _registry().municipality_for_domain(address.lower())
    return found.name if found is not None else None


def explicit_municipality(text: str, event: EventContext) -> str | None:
    """The first 'stad X' / 'gemeente X' / 'City of X' in running text that is not the venue's city."""
    for match in EXPLICIT_PLACE.finditer(text):
        found = canonical_municipality(match.group(0))
        if not found:
            continue
        if _is_venue_mention(text, match.start(), found, event):
            continue
        return found
    return None


def _is_venue_mention(text: str, start: int, found: str, event: EventContext) -> bool:
    venue = canonical_municipality(event.venue_city) if event.venue_city else None
    if found != venue:
        return False
    before = text[max(0, start - 40) : start]
    return bool(VENUE_CONTEXT.search(before) or POSTCODE_BEFORE.search(before))


def is_address_line(line: str) -> bool:
    """Whether ``line`` is a street address or a postcode and city (not someone's employer)."""
    return bool(STREET_LINE.search(line))


def is_organisation(text: str) -> bool:
    """Whether ``text`` names a non-municipal organisation (a province, agency, university, vzw…)."""
    return bool(ORGANISATION_WORDS.search(text))
