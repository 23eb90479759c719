"""Recognise the Belgian municipality that a name, postcode, mail domain or prose refers to."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, Final

Key = tuple[str, ...]


def _word_set(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


@dataclass(frozen=True)
class Municipality:
    """A municipality as it was at the time of writing, with what it has since merged into."""

    name: str  # canonical Dutch name, as the person's municipality at the time
    successor: str | None  # the merged municipality it became part of, if any
    postcodes: tuple[str, ...]
    domains: tuple[str, ...]


# Names that are also common words or first names: in prose they count only when written with a
# capital (not opening a sentence or line) or after a municipal prefix ('gemeente Mol', '2400 Mol').
AMBIGUOUS_NAMES: Final = frozenset(
    {
        # Dutch words
        "Alken", "As", "Asse", "Balen", "Bergen", "Bever", "Bocholt", "Boom", "Bree", "Damme",
        "De Haan", "De Panne", "De Pinte", "Duffel", "Eeklo", "Essen", "Geel", "Graven", "Hal",
        "Halen", "Halle", "Ham", "Hamme", "Heers", "Herne", "Hove", "Kapellen", "Landen", "Lede",
        "Lessen", "Lier", "Lint", "Luik", "Malle", "Meise", "Melle", "Menen", "Mol", "Namen",
        "Nazareth", "Niel", "Olen", "Pelt", "Puurs", "Putte", "Ranst", "Schoten", "Staden",
        "Tienen", "Voeren", "Vorst", "Waver", "Wellen", "Wingene", "Zele",
        # French, English and German words
        "Aubel", "Beaumont", "Bouillon", "Celles", "Clavier", "Dour", "Forest", "Héron", "Huy",
        "Lens", "Manage", "Rochefort", "Silly", "Spa", "Visé", "Wanze",
    }
)  # fmt: skip
# Names that are also first names, saints or places abroad: in prose only after a municipal prefix.
PREFIX_ONLY_NAMES: Final = frozenset(
    {"Amel", "Ans", "Brecht", "Herve", "Jette", "Komen", "Lille", "Peer",
     "Saint-Nicolas", "Verlaine"}
)  # fmt: skip

# Words that may surround a municipality's name in a 'municipality' field ('Stad en OCMW Gent',
# 'Gem. Dilbeek', 'AGB Mortsel': a municipality's autonomous company).
MUNICIPAL_WORDS: Final = _word_set(
    "stad stads gemeente ocmw en lokaal bestuur stadsbestuur gemeentebestuur administratie "
    "stadsadministratie gemeenteadministratie stadhuis gemeentehuis het van city town "
    "municipality of the council hall ville commune de d la administration communale cpas "
    "stadt gemeinde stadtverwaltung gemeindeverwaltung gem agb autonoom gemeentebedrijf sociaal huis"
)
# Prefixes that make a following ambiguous name a municipality in prose.
PREFIXES: Final[tuple[Key, ...]] = tuple(
    tuple(phrase.split())
    for phrase in (
        "stad", "gemeente", "ocmw", "stadsbestuur", "gemeentebestuur", "lokaal bestuur",
        "city of", "town of", "municipality of", "ville de", "ville d", "commune de", "commune d",
        "cpas de", "cpas d", "burgemeester van", "schepen van", "stadt", "gemeinde",
    )
)  # fmt: skip
# Words right before a name that make it part of another organisation ('KU Leuven').
FOREIGN_BEFORE: Final = _word_set(
    "ku uz az uc universiteit university universite hogeschool provincie province provinz "
    "politiezone pz hulpverleningszone arrondissement regio bisdom haven luchthaven"
)
SURNAME_PARTICLES: Final = frozenset(
    {"Van", "Vanden", "Vander", "Vande", "De", "Den", "Der", "Ver"}
)
ANTWERP_DISTRICTS: Final[frozenset[Key]] = frozenset(
    tuple(name.split())
    for name in (
        "antwerpen", "berchem", "borgerhout", "deurne", "ekeren", "hoboken", "merksem",
        "wilrijk", "bezali", "berendrecht zandvliet lillo",
    )
)  # fmt: skip
DOMAIN_PREFIXES: Final = (
    "ocmw-", "ocmw", "cpas-", "cpas", "stad-", "stad", "gemeente-", "gemeente",
    "ville-de-", "villede", "commune-de-", "commune-",
)  # fmt: skip
TOKEN_FOLDS: Final = {"sint": "st", "saint": "st", "sankt": "st", "sainte": "ste"}
LIGATURES: Final = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})
WORD: Final = re.compile(r"[^\W_][^\W_\u0300-\u036f]*(?:[\u0300-\u036f]+[^\W_]*)*")
NAME_GAP: Final = re.compile(r"[ \t\u00a0.\-‐‑'’]{1,3}")
OPENERS: Final = " \t\u00a0\"'“‘(*-•"
DEPARTMENT: Final = re.compile(r"\s+[-–—|]\s+|\s*[,(/:;]\s*")
DATELINE: Final = re.compile(
    r",?(?:\s*(?:le|den|the))?\s*\d{1,2}(?:\s*[./-]\s*\d{1,2}|\s*(?:jan|feb|f[ée]v|maa|mar|apr|"
    r"avr|mei|mai|may|jun|jui|jul|aug|ao[uû]|sep|o[ck]t|nov|d[ée]c)\w*)",
    re.IGNORECASE,
)
POSTCODE: Final = re.compile(r"(?<!\d)[1-9]\d{3}(?!\d)")


@dataclass(frozen=True)
class _Registry:
    names: dict[Key, Municipality]
    postcodes: dict[str, Municipality]
    domains: dict[str, Municipality]
    longest: int
    ambiguous: frozenset[Key]
    prefix_only: frozenset[Key]
    sections: dict[Key, tuple[Municipality, ...]]


@lru_cache(maxsize=16384)
def _fold(word: str) -> str:
    """One word compared case- and accent-insensitively, with 'Sint'/'Saint'/'St' as one."""
    word = unicodedata.normalize("NFKD", word.casefold().translate(LIGATURES))
    word = "".join(char for char in word if not unicodedata.combining(char))
    return TOKEN_FOLDS.get(word, word)


def _key(text: str) -> Key:
    """'St.-Truiden' -> ('st', 'truiden'); 'Liège' -> ('liege',)."""
    return tuple(_fold(match.group()) for match in WORD.finditer(text))


@cache
def _registry() -> _Registry:
    """The indexes over the packaged data file, built once."""
    source = files("inbox_worker") / "data" / "municipalities.json"
    entries: list[dict[str, Any]] = json.loads(source.read_text(encoding="utf-8"))["municipalities"]
    pairs = [(_municipality(entry), entry) for entry in entries]
    names = _name_index(pairs)
    return _Registry(
        names=names,
        postcodes=_postcode_index(pairs),
        domains={domain: found for found, _ in pairs for domain in found.domains},
        longest=max(len(key) for key in names),
        ambiguous=frozenset(_key(name) for name in AMBIGUOUS_NAMES),
        prefix_only=frozenset(_key(name) for name in PREFIX_ONLY_NAMES),
        sections=_section_index(names),
    )


def _section_index(names: dict[Key, Municipality]) -> dict[Key, tuple[Municipality, ...]]:
    """Each part of a municipality ('Heverlee') -> the municipalities that have a part so named."""
    source = files("inbox_worker") / "data" / "sections.json"
    rows: list[list[str]] = json.loads(source.read_text(encoding="utf-8"))["sections"]
    index: dict[Key, tuple[Municipality, ...]] = {}
    for name, _postcode, municipality in rows:
        owner = names[_key(municipality)]
        known = index.get(_key(name), ())
        if owner not in known:
            index[_key(name)] = (*known, owner)
    return index


def _municipality(entry: dict[str, Any]) -> Municipality:
    merged = entry.get("merged_into")
    return Municipality(
        name=entry["name"],
        successor=merged["name"] if merged else None,
        postcodes=tuple(entry.get("postcodes", ())),
        domains=tuple(domain.lower() for domain in entry.get("domains", ())),
    )


def _name_index(pairs: list[tuple[Municipality, dict[str, Any]]]) -> dict[Key, Municipality]:
    """Canonical names first, so an alias never hides a municipality of that name."""
    index: dict[Key, Municipality] = {}
    for found, _ in pairs:
        index.setdefault(_key(found.name), found)
    for found, entry in pairs:
        for alias in entry.get("aliases", ()):
            index.setdefault(_key(alias), found)
    return index


def _postcode_index(pairs: list[tuple[Municipality, dict[str, Any]]]) -> dict[str, Municipality]:
    """A postcode names its municipality of 2018 (merged ones first), else the smallest with it."""
    index: dict[str, Municipality] = {}
    for found, _ in sorted(
        pairs, key=lambda pair: (pair[0].successor is None, len(pair[0].postcodes))
    ):
        for postcode in found.postcodes:
            index.setdefault(postcode, found)
    return index


def _match_at(tokens: Key, start: int, registry: _Registry) -> tuple[Municipality, int] | None:
    """The longest municipality name starting at ``tokens[start]``, and how many tokens it spans."""
    if tokens[start] == "district":
        for size in (3, 1):
            district = tokens[start + 1 : start + 1 + size]
            if len(district) == size and district in ANTWERP_DISTRICTS:
                return registry.names[("antwerpen",)], size + 1
    for size in range(min(registry.longest, len(tokens) - start), 0, -1):
        found = registry.names.get(tokens[start : start + size])
        if found is not None:
            return found, size
    return None


def _only_municipality(tokens: Key) -> Municipality | None:
    """The one municipality ``tokens`` name, if every other word is a municipal word or postcode."""
    registry, start = _registry(), 0
    found: set[Municipality] = set()
    while start < len(tokens):
        match = _match_at(tokens, start, registry)
        if match is not None:
            found.add(match[0])
            start += match[1]
        elif _is_filler(tokens, start):
            start += 1
        else:
            return None
    return found.pop() if len(found) == 1 else None


def _is_filler(tokens: Key, index: int) -> bool:
    """A municipal word, a postcode or the 'B' of 'B-9000'."""
    word = tokens[index]
    if word in MUNICIPAL_WORDS or POSTCODE.fullmatch(word):
        return True
    return word == "b" and bool(POSTCODE.fullmatch(" ".join(tokens[index + 1 : index + 2])))


def lookup_municipality(text: str) -> Municipality | None:
    """The municipality a name field gives ('Stad Gent', 'OCMW Brugge', 'Ville de Bruxelles').

    Other organisations ('KU Leuven', 'Provincie Limburg', 'vzw …') give None; a trailing department
    ('Stad Gent - dienst Cultuur') is dropped when what comes before it is a municipality.
    """
    found = _only_municipality(_key(text))
    if found is None:
        head = DEPARTMENT.split(text, maxsplit=1)[0]
        if head != text and head.strip():
            found = _only_municipality(_key(head))
    return found


def canonical_municipality_name(text: str) -> str | None:
    """The canonical Dutch name of the municipality ``text`` names, else None."""
    found = lookup_municipality(text)
    return found.name if found is not None else None


def municipalities_for_section(text: str) -> tuple[Municipality, ...]:
    """The municipalities that have a part named ``text`` ('Heverlee' -> Leuven; 'Berchem' ->
    Antwerpen and Kluisbergen), none when ``text`` names no part of a municipality."""
    return _registry().sections.get(_key(text), ())


def municipality_for_postcode(postcode: str) -> Municipality | None:
    """The municipality a Belgian postcode ('9000', 'B-2000') belonged to in 2018, else None."""
    match = POSTCODE.search(postcode)
    return _registry().postcodes.get(match.group()) if match else None


def municipality_for_domain(domain_or_address: str) -> Municipality | None:
    """The municipality whose mail domain an address uses ('jan@stad.gent' -> Gent), else None.

    Domains compare on whole labels ('kuleuven.be' is not 'leuven.be'); subdomains count
    ('mail.antwerpen.be'), as do 'ocmw-'/'ocmw'/'stad'/'gemeente' in front of a known domain.
    """
    domain = domain_or_address.strip().rsplit("@", 1)[-1].strip(" \t<>.").lower()
    labels = [label for label in domain.split(".") if label]
    registry = _registry()
    for start in range(len(labels) - 1):
        for candidate in _domain_candidates(labels[start:]):
            found = registry.domains.get(candidate)
            if found is not None:
                return found
    return None


def _domain_candidates(labels: list[str]) -> Iterator[str]:
    yield ".".join(labels)
    for prefix in DOMAIN_PREFIXES:
        if labels[0].startswith(prefix) and len(labels[0]) > len(prefix):
            yield ".".join([labels[0][len(prefix) :], *labels[1:]])


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str
    key: str


def find_municipalities_in_text(text: str) -> list[tuple[Municipality, str]]:
    """Every municipality named in prose, in order, with the text that names it.

    Whole words only, the longest name first ('Sint-Niklaas'), case- and accent-insensitive, except
    for AMBIGUOUS_NAMES and PREFIX_ONLY_NAMES, which need a capital or a municipal prefix.
    """
    words = [_Word(m.start(), m.end(), m.group(), _fold(m.group())) for m in WORD.finditer(text)]
    registry, index = _registry(), 0
    found: list[tuple[Municipality, str]] = []
    while index < len(words):
        match = _text_match_at(text, words, index, registry)
        if match is None:
            index += 1
            continue
        found.append((match[0], text[words[index].start : words[index + match[1] - 1].end]))
        index += match[1]
    return found


def _text_match_at(
    text: str, words: list[_Word], index: int, registry: _Registry
) -> tuple[Municipality, int] | None:
    """The longest acceptable municipality name at ``words[index]``, and how many words it spans."""
    run = _tight_run(text, words, index, registry.longest + 1)
    match = _match_at(tuple(word.key for word in run), 0, registry)
    if match is None:
        return None
    key = tuple(word.key for word in run[: match[1]])
    last = run[match[1] - 1]
    if _in_address(text, words[index].start, last.end):
        return None
    if key[0] == "district" or _acceptable(text, words, index, key, registry):
        return match
    return None


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the name is part of a mail address, domain or URL ('jan@stad.gent', 'leuven.be')."""
    before, after = text[start - 1 : start] if start else "", text[end : end + 2]
    return (
        before in ("@", ".", "/") or after[:1] == "@" or (after[:1] == "." and after[1:].isalnum())
    )


def _tight_run(text: str, words: list[_Word], index: int, limit: int) -> list[_Word]:
    """The words from ``index`` on that are joined only by spaces, hyphens, dots or apostrophes."""
    run = [words[index]]
    for word in words[index + 1 : index + limit]:
        if not NAME_GAP.fullmatch(text[run[-1].end : word.start]):
            break
        run.append(word)
    return run


def _acceptable(text: str, words: list[_Word], index: int, key: Key, registry: _Registry) -> bool:
    """Whether a name found in prose is meant as a municipality here."""
    before = tuple(word.key for word in words[max(0, index - 3) : index])
    if _after_organisation_word(before):
        return False
    if _has_prefix(before):
        return True
    if index and words[index - 1].text in SURNAME_PARTICLES:
        return False
    if key in registry.prefix_only:
        return False
    if key in registry.ambiguous:
        return _capitalised(words[index].text) and _placed_as_a_name(text, words, index, len(key))
    return True


def _placed_as_a_name(text: str, words: list[_Word], index: int, size: int) -> bool:
    """A capitalised ambiguous name counts in running text ('in Mol') or a dateline ('Mol, 3 mei'),
    not opening a sentence ('Boom is…') nor after a capitalised word ('Lies Mol')."""
    start, end = words[index].start, words[index + size - 1].end
    if DATELINE.match(text, end):
        return True
    if _opens_sentence(text, start):
        return False
    previous = words[index - 1] if index else None
    return not (previous and previous.text[:1].isupper() and text[previous.end : start] == " ")


def _after_organisation_word(before: Key) -> bool:
    """'KU Leuven', 'Provincie Antwerpen', 'Haven van Antwerpen', 'University of Ghent'."""
    if before and before[-1] in FOREIGN_BEFORE:
        return True
    return len(before) >= 2 and before[-1] in ("van", "of", "de") and before[-2] in FOREIGN_BEFORE


def _has_prefix(before: Key) -> bool:
    """Whether the words before a name end in a municipal prefix or a postcode."""
    if before and POSTCODE.fullmatch(before[-1]):
        return True
    return any(
        before[-len(prefix) :] == prefix for prefix in PREFIXES if len(before) >= len(prefix)
    )


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(OPENERS)
    return not before or before[-1] in ".!?:\r\n"
