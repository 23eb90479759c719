"""Labelled fields ('Naam: …', 'Functie' on one line and the value on the next, tables) in nl/en/fr."""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Final


class Field(StrEnum):
    """What a label asks for."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    ORGANISATION = "municipality"
    FUNCTION = "function"
    EMAIL = "email"


LABELS: Final[dict[str, Field]] = {
    **dict.fromkeys(
        [
            "naam", "name", "nom", "volledige naam", "naam en voornaam", "voornaam en naam",
            "naam voornaam", "voornaam naam", "voor en achternaam", "voornaam en achternaam",
            "naam deelnemer", "deelnemer", "naam van de deelnemer", "full name", "your name",
            "participant", "attendee", "nom complet", "nom et prenom", "prenom et nom", "aanvrager",
            "nom prenom", "prenom nom", "naam en familienaam",
        ],
        Field.NAME,
    ),
    **dict.fromkeys(["voornaam", "first name", "firstname", "given name", "prenom"], Field.FIRST_NAME),
    **dict.fromkeys(
        ["achternaam", "familienaam", "last name", "lastname", "surname", "family name",
         "nom de famille"],
        Field.LAST_NAME,
    ),
    **dict.fromkeys(
        [
            "stad gemeente", "stad of gemeente", "gemeente stad", "stad", "gemeente", "stad en gemeente",
            "stad gemeente organisatie", "gemeente organisatie", "stad organisatie", "bestuur",
            "lokaal bestuur", "organisatie", "organisation", "organization", "bedrijf", "werkgever",
            "instelling", "entiteit", "organisatie bestuur", "bestuur organisatie", "city",
            "municipality", "city municipality", "town", "city town", "local authority", "employer",
            "company", "ville", "commune", "ville commune", "commune ville", "administration",
            "organisme", "employeur", "institution", "stad gemeente bestuur", "gemeente ocmw",
            "stad ocmw", "overheid", "dienst organisatie", "organisatie dienst",
        ],
        Field.ORGANISATION,
    ),
    **dict.fromkeys(
        [
            "functie", "function", "position", "job title", "jobtitle", "role", "rol",
            "fonction", "poste", "functietitel", "job", "functie titel", "graad",
            "job function", "your position", "functie rol", "functieomschrijving", "functie dienst",
            "functie en dienst", "functie afdeling", "dienst en functie", "functie en afdeling",
        ],
        Field.FUNCTION,
    ),
    **dict.fromkeys(
        [
            "e mailadres", "emailadres", "e mail", "email", "mail", "mailadres", "e mail adres",
            "email adres", "email address", "e mail address", "adresse e mail", "adresse mail",
            "adresse email", "courriel", "e mailadres deelnemer", "mailadres deelnemer",
            "e mailadres werk", "werk e mail", "mail adres", "elektronisch adres",
        ],
        Field.EMAIL,
    ),
}  # fmt: skip
# Whose field a label asks for, after the field: 'E-mail aanvrager', 'Functie deelnemer'.
LABEL_OWNER: Final = re.compile(
    r"\s+(?:van\s+(?:de|het)\s+)?(?:deelnemer|aanvrager|aanvraagster|participant|attendee|"
    r"requester|demandeur|medewerker|persoon)$"
)
LABEL_LINE: Final = re.compile(
    r"^\s*(?:(?:[-*•·▪◦]|\d{1,2}[.)]|\(\d{1,2}\))\s*)?(?P<label>[^\W\d_][\w /&+.’'()-]{0,40}?)\s*"
    r"(?P<sep>:|\||=|\t|\s[-–—]\s|\s{2,}|\s*[-–—]>)\s*(?P<value>.*?)\s*$"
)
LABEL_ONLY: Final = re.compile(r"^\s*(?:[-*•·]\s*)?(?P<label>[^\W\d_][\w /&+.’'-]{0,40}?)\s*:?\s*$")
CELL_SPLIT: Final = re.compile(r"\s*\|\s*|\t+|\s{3,}")
# A table cell that repeats the one above it ('idem', 'id.', 'ditto', '"').
SAME_AS_ABOVE: Final = re.compile(r"(?i)\s*(?:idem|id\.|dito|ditto|same|\"|〃|'')\s*$")
MAILTO: Final = re.compile(r"<mailto:[^>]*>|\[mailto:[^\]]*\]|\(mailto:[^)]*\)", re.IGNORECASE)
EMAIL: Final = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
MAX_LINE: Final = 300
MIN_ROW_CELLS: Final = 2
INLINE_SPLIT: Final = re.compile(r"\s+[-–—|/]\s+|\s*[;|]\s*|,\s+|\t+")
MAX_PLAIN_PART_WORDS: Final = 2  # 'Dienst/functie': the part that names no field stays short
MIN_FUZZY: Final = 5  # shorter labels (naam, mail, stad) must be spelled right
MAX_VALUE_WORDS: Final = {Field.NAME: 8, Field.FIRST_NAME: 4, Field.LAST_NAME: 6}
MAX_GAP_LINES: Final = 2  # unlabelled lines that may separate the fields of one person
NOT_ALPHANUMERIC: Final = re.compile(r"[^a-z0-9]+")
INITIAL_AT_END: Final = re.compile(r"\b\w\.$")


@dataclass
class Labelled:
    """One person's labelled fields as written (not yet validated)."""

    values: dict[Field, str] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)
    line: int = 0

    @property
    def name(self) -> str | None:
        """The full name, joined from first and last name when given separately ('Nom' beside
        'Prénom' is the surname)."""
        name, first = self.values.get(Field.NAME), self.values.get(Field.FIRST_NAME)
        if name and first and _fold(first) not in _fold(name):
            return f"{first} {name}"
        if name:
            return name
        parts = [first, self.values.get(Field.LAST_NAME)]
        joined = " ".join(p for p in parts if p)
        return joined or None

    def get(self, key: Field) -> str | None:
        """The value of ``key`` or None."""
        return self.values.get(key) or None


LetterTable = dict[int, None]  # a str.translate table that deletes a word's letters


def _letters(word: str) -> LetterTable:
    return dict.fromkeys(map(ord, word))


def _by_length(labels: dict[str, Field]) -> dict[int, list[tuple[int, str, Field, LetterTable]]]:
    """The labels long enough for typos, by length: (position in ``labels``, label, field, its
    letters)."""
    found: dict[int, list[tuple[int, str, Field, LetterTable]]] = {}
    for position, (known, kind) in enumerate(labels.items()):
        if len(known) >= MIN_FUZZY:
            found.setdefault(len(known), []).append((position, known, kind, _letters(known)))
    return found


FUZZY_LABELS: Final = _by_length(LABELS)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = NOT_ALPHANUMERIC.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def label_field(label: str) -> Field | None:
    """The field a label names, tolerant of case, punctuation and one typo."""
    folded = _fold(label)
    if not folded or len(folded) > 40:
        return None
    if folded in LABELS:
        return LABELS[folded]
    whose = LABEL_OWNER.search(folded)
    if whose and whose.start() > 0:  # 'E-mail aanvrager', 'Functie van de deelnemer'
        return label_field(folded[: whose.start()])
    if "/" in label:
        return _bilingual_field(label)
    if len(folded) < MIN_FUZZY:
        return None
    limit = 1 if len(folded) < 9 else 2
    best: tuple[int, Field] | None = None
    for known, kind in _fuzzy_candidates(folded, limit):
        distance = _edit_distance(folded, known, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, kind)
    return best[1] if best else None


def _bilingual_field(label: str) -> Field | None:
    """'Naam / Nom', 'Functie / Fonction': one field named in two languages; also 'Dienst/functie',
    'Graad / functie': one field beside a short word that names none."""
    parts = [part for part in label.split("/") if part.strip()]
    kinds = {label_field(part) for part in parts}
    known = kinds - {None}
    if len(known) != 1:
        return None
    if None in kinds and any(len(_fold(part).split()) > MAX_PLAIN_PART_WORDS for part in parts):
        return None
    return known.pop()


def _fuzzy_candidates(folded: str, limit: int) -> list[tuple[str, Field]]:
    """Labels (in LABELS order) that may be within ``limit`` typos of ``folded``.

    Such a label has a length within ``limit`` of it, shares its first or last letter (one typo
    leaves one of them as it was), and each typo brings in at most one letter the other word lacks.
    """
    found: list[tuple[int, str, Field, LetterTable]] = []
    for length in range(len(folded) - limit, len(folded) + limit + 1):
        found.extend(FUZZY_LABELS.get(length, ()))
    found.sort(key=lambda entry: entry[0])
    first, last = folded[0], folded[-1]
    mine = _letters(folded)
    return [
        (known, kind)
        for _, known, kind, theirs in found
        if (known[0] == first or known[-1] == last)
        and len(folded.translate(theirs)) <= limit
        and len(known.translate(mine)) <= limit
    ]


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), cut off above ``limit``.

    Any distance above ``limit`` is given as ``limit + 1``. Only cells within ``limit`` of the
    diagonal are computed: the distance to any other cell is already more than ``limit``.
    """
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    previous2: list[int] = []
    previous = [min(j, over) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [min(i, over)] + [over] * len(b)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cb = b[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = min(value, over)
        if min(current) > limit:
            return over
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=8192)
def match_label(line: str) -> tuple[Field, str, str] | None:
    """(field, label as written, value) when ``line`` is a labelled field, else None."""
    if len(line) > MAX_LINE:
        return None
    match = LABEL_LINE.match(line)
    if match:
        kind = label_field(match.group("label"))
        if kind is not None:
            return kind, match.group("label").strip(), clean_value(match.group("value"))
    only = LABEL_ONLY.match(line)
    if only and line.rstrip().endswith(":"):
        kind = label_field(only.group("label"))
        if kind is not None:
            return kind, only.group("label").strip(), ""
    return None


def clean_value(value: str) -> str:
    """A field value without mailto renderings, wrapping quotes or a trailing full stop."""
    value = MAILTO.sub("", value)
    value = value.strip().strip("\"'“”‘’«»[]").strip()
    if value.endswith(".") and not INITIAL_AT_END.search(value):
        value = value[:-1].strip()
    return value


def plausible(kind: Field, value: str) -> bool:
    """Whether ``value`` can be the value of a ``kind`` field (an e-mail field needs an address)."""
    if not value or len(value) > 200:
        return False
    if kind == Field.EMAIL:
        return bool(EMAIL.search(value))
    if match_label(value) is not None or label_field(value) is not None:
        return False
    limit = MAX_VALUE_WORDS.get(kind)
    return limit is None or len(value.split()) <= limit


def split_inline_fields(
    lines: list[str], accept: list[bool] | None
) -> tuple[list[str], list[bool] | None]:
    """'Naam: Jan - Stad: Gent - Functie: jurist' becomes three lines (accept flags follow)."""
    out: list[str] = []
    flags: list[bool] = []
    for i, line in enumerate(lines):
        several = line.count(":") >= 2 and len(line) <= MAX_LINE  # one colon: one field at most
        parts = INLINE_SPLIT.split(line) if several else [line]
        labelled = [p for p in parts if ":" in p and match_label(p) is not None]
        pieces = parts if len(labelled) >= 2 and len(labelled) == len(parts) else [line]
        out.extend(pieces)
        flags.extend([accept[i] if accept is not None and i < len(accept) else True] * len(pieces))
    return out, (flags if accept is not None else None)


def labelled_people(lines: list[str], accept: list[bool] | None = None) -> list[Labelled]:
    """Every person described by labelled fields or a labelled table in ``lines``.

    ``accept`` marks the lines whose values count (the writer's own lines among quoted ones);
    a label may come from any line, its value only from an accepted one.
    """
    lines, accept = split_inline_fields(lines, accept)
    people, used = _table_people(lines, accept)
    current: Labelled | None = None
    gap = 0
    i = 0
    while i < len(lines):
        if i in used:
            i += 1
            continue
        found = match_label(lines[i])
        if found is None:
            if lines[i].strip():
                gap += 1
            i += 1
            continue
        kind, label, value = found
        value_line = i
        if not value:
            value, value_line = _next_line_value(lines, i, kind)
        i = value_line + 1
        if not value or not plausible(kind, value) or not _accepted(accept, value_line):
            continue
        if current is None or kind in current.values or gap > MAX_GAP_LINES:
            current = Labelled(line=value_line)
            people.append(current)
        current.values[kind] = value
        current.labels.append(label.lower())
        gap = 0
    return [p for p in people if p.values]


def _accepted(accept: list[bool] | None, index: int) -> bool:
    return accept is None or (0 <= index < len(accept) and accept[index])


def _next_line_value(lines: list[str], i: int, kind: Field) -> tuple[str, int]:
    """The value typed on the line after a bare label. One blank line may sit between for an
    address, or when the next label follows the value the same way (a two-column table that a
    mailer turned into one cell per paragraph: 'Naam', '', 'Jan Peeters', '', 'Functie', …)."""
    for j in (i + 1, i + 2):
        if j >= len(lines):
            break
        candidate = lines[j].strip()
        if not candidate:
            continue
        if match_label(candidate) is not None:
            return "", i
        if j == i + 2 and kind != Field.EMAIL and not _label_after_gap(lines, j):
            return "", i
        return clean_value(candidate), j
    return "", i


def _label_after_gap(lines: list[str], j: int) -> bool:
    """Whether a blank line and then a label follow line ``j``."""
    return (
        j + 2 < len(lines)
        and not lines[j + 1].strip()
        and match_label(lines[j + 2].strip()) is not None
    )


def _table_people(lines: list[str], accept: list[bool] | None) -> tuple[list[Labelled], set[int]]:
    """Rows under a header row whose cells are all labels ('Naam | Functie | E-mail')."""
    people: list[Labelled] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        kinds = [label_field(c) for c in cells]
        if len(cells) < 2 or any(k is None for k in kinds):
            i += 1
            continue
        used.add(i)
        starts = _column_starts(lines[i], cells)
        i += 1
        while i < len(lines):
            row = _cells(lines[i])
            if starts and len(row) < len(cells):  # 'Yannick Vandenbroucke  HR-adviseur': 2 spaces
                row = _sliced(lines[i], starts) or row
            if not MIN_ROW_CELLS <= len(row) <= len(cells) or any(label_field(c) for c in row):
                break
            pairs = _aligned(kinds, row)
            if not pairs:
                break
            used.add(i)
            if _accepted(accept, i):
                above = people[-1].values if people and people[-1].line == i - 1 else {}
                person = Labelled(line=i)
                for kind, value in pairs:
                    value = above.get(kind, value) if kind and SAME_AS_ABOVE.match(value) else value
                    if kind is not None and plausible(kind, clean_value(value)):
                        person.values[kind] = clean_value(value)
                person.labels = [c.lower() for c in cells]
                people.append(person)
            i += 1
    return people, used


def _column_starts(header: str, cells: list[str]) -> list[int]:
    """Where each header cell starts, for a table aligned with spaces (no tabs, no pipes)."""
    if "\t" in header or "|" in header:
        return []
    starts, position = [], 0
    for cell in cells:
        position = header.find(cell, position)
        if position < 0:
            return []
        starts.append(position)
        position += len(cell)
    return starts


def _sliced(line: str, starts: list[int]) -> list[str]:
    """A row cut at the header's column starts, when each cut falls on a space."""
    if len(line) <= starts[-1] or any(line[s - 1 : s] not in (" ", "") for s in starts[1:]):
        return []
    bounds = [*starts, len(line)]
    cells = [line[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return cells if all(cells) else []


def _cells(line: str) -> list[str]:
    """The cells of a table row; between pipes an empty cell keeps its place."""
    if ";" in line and "|" not in line and "\t" not in line:  # a CSV row: 'Naam;Stad;Functie'
        cells = [c.strip() for c in next(csv.reader([line.strip()], delimiter=";"), [])]
        return cells if len(cells) >= MIN_ROW_CELLS and all(cells) else []
    if len(line) > MAX_LINE or ("|" not in line and "\t" not in line and "   " not in line.strip()):
        return []
    if "|" in line:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if any(CELL_SPLIT.search(c) for c in cells):  # pipes and tabs mixed: no places to keep
            return [c.strip() for c in CELL_SPLIT.split(line.strip()) if c.strip()]
        return cells if sum(1 for c in cells if c) >= 1 else []
    return [c.strip() for c in CELL_SPLIT.split(line.strip()) if c.strip()]


def _aligned(kinds: list[Field | None], row: list[str]) -> list[tuple[Field | None, str]]:
    """Row values under their columns; a short row (empty cells lost) fills the columns in
    order, skipping a column its value cannot be (an address under 'Functie')."""
    if len(row) == len(kinds):
        return list(zip(kinds, row, strict=True))
    pairs: list[tuple[Field | None, str]] = []
    column = 0
    for value in row:
        while column < len(kinds) and not _fits(kinds[column], value, kinds):
            column += 1
        if column == len(kinds):
            return []
        pairs.append((kinds[column], value))
        column += 1
    return pairs


def _fits(kind: Field | None, value: str, kinds: list[Field | None]) -> bool:
    if kind is None:
        return False
    if Field.EMAIL in kinds and kind != Field.EMAIL and EMAIL.search(value):
        return False
    return plausible(kind, clean_value(value))
