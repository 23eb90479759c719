"""Who a message is about: registrants from labels, tables, lists, sentences, signatures and headers."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from inbox_worker.parsing import lexicon as lx
from inbox_worker.parsing.event import EventContext
from inbox_worker.parsing.fields import Field, Labelled, labelled_people
from inbox_worker.parsing.headers import Address
from inbox_worker.parsing.people import (
    EMAIL,
    LIST_PREFIX,
    NAME,
    TITLES_OF_OFFICE_PATTERN,
    Card,
    ListEntry,
    clean_function,
    fold,
    is_function,
    is_generic_mailbox,
    is_person_name,
    name_words,
    organisation_in,
    parse_card,
    parse_list_line,
    person_from_display,
    strip_honorific,
)
from inbox_worker.parsing.places import (
    canonical_municipality,
    explicit_municipality,
    municipality_of_address,
    place_doubt,
    resolve_organisation,
)
from inbox_worker.parsing.quotes import is_greeting

logger = logging.getLogger(__name__)

SENTENCE_SPLIT: Final = re.compile(
    r"(?<=[.!?])(?<!\b[Mm]evr\.)(?<!\b[Dd]hr\.)(?<!\b[Pp]rof\.)(?<!\b[DdMm]r\.)(?<!\b[Mm]w\.)(?<!\bMrs\.)"
    r"\s+(?=[A-ZÀ-Ý0-9“\"'‘(])"
)
SENTENCE_END: Final = re.compile(r"[.!?]")  # SENTENCE_SPLIT splits only after one of these
WRAPPED: Final = re.compile(r"[\w,;’'\-]$")
WRAPPED_ASIDE: Final = re.compile(r"\((?:[a-zà-ÿ]|in\s+cc\b)")
WRAP_WIDTH: Final = 60  # a line this long that stops mid-sentence was wrapped by the mailer
NEW_LINE_ITEM: Final = re.compile(r"^(?:[-*•·▪>]|\d{1,2}[.)]|[\w /-]{1,25}:)")
CONNECTIVE_END: Final = re.compile(r"(?i)\s(?:en|and|et|met|van|voor|bij|mijn|onze|with|avec)$")
SELF_ROLE: Final = re.compile(
    r"\b(?:ik\s+ben|ik\s+werk\s+als|ik\s+werk|i\s+am|i'm|i\s+work\s+as|je\s+suis|je\s+travaille\s+comme|"
    r"(?:mijn|my|ma)\s+(?:functie|function|job\s+title|role|fonction)\s*(?:is|:|=|est))"
    r"\s+(?:momenteel\s+|sinds\s+kort\s+|er\s+|nu\s+|currently\s+|actuellement\s+)?"
    r"(?:als\s+|een\s+|de\s+|het\s+|a\s+|an\s+|the\s+|un\s+|une\s+)?(?P<rest>[^.;!?\n()]{3,140})",
    re.IGNORECASE,
)
# 'Als gemeenteraadslid van Bornem zou ik graag …', 'Als directeur volg ik …': the writer's role
# in an opening clause, then the verb (Dutch puts it before 'ik').
SELF_AS: Final = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:als|as|en\s+tant\s+que)\s+(?P<rest>[^,.;!?\n]{3,80}?)\s*,?\s+"
    r"(?:zou|wil|kom|ben|schrijf|wens|neem|ga|meld|would|will|am|i|je|j['’]|[a-zà-ÿ]+\s+ik)\b",
    re.IGNORECASE,
)
SELF_ORG_ROLE: Final = re.compile(
    r"\b(?:ik\s+werk|i\s+work|je\s+travaille)\s+(?:bij|voor|in|at|for|à|au|chez)\s+(?P<org>[^.;!?\n()]{3,80}?(?:\s*\([^()]{1,60}\))?)"
    r"\s+(?:als|as|comme)\s+(?:a\s+|an\s+|een\s+)?(?P<function>[^.;!?\n(),]{3,80}?)(?=\s+(?:en|and|et)\s|[.;!?\n(),]|$)",
    re.IGNORECASE,
)
THIRD_PERSON_ROLE: Final = re.compile(
    r"\b(?P<first>[A-ZÀ-Ý][\w'’-]+)\s+(?:is|werkt\s+als|works\s+as|est)\s+(?:de\s+|een\s+|the\s+|a\s+)?"
    r"(?P<rest>[^.;!?\n()]{3,140})"
)
TITLE_WORDS: Final = (
    r"collega(?:'s)?|colleague|collègue|directeur|directrice|diensthoofd|afdelingshoofd|"
    r"stadssecretaris|algemeen\s+directeur|schepen|burgemeester|medewerker|medewerkster|teamleider|"
    r"manager|director|head|voorzitter|secretaris|adviseur|coördinator|coordinator"
)
# 'schepen Vanbeveren hier': the writer introduces herself by title and surname.
SELF_HERE: Final = re.compile(
    rf"(?i)\b(?P<title>{TITLES_OF_OFFICE_PATTERN})\s+(?P<name>[\w'’-]+)\s+hier\b"
)
# A relative clause after a name that says the person does not come.
NOT_COMING_CLAUSE: Final = re.compile(
    r"(?i)^\s*,\s*(?:die|wie|who|qui)\b[^,.;!?]{0,120}?\b(?:niet|nie|geen|not|cannot|can't|pas)\b"
    r"[^,.;!?]{0,30}?\b(?:kan|kunnen|komt|komen|gaat|gaan|zal|zijn|is|come|attend|make\s+it|vient|peut)\b"
)
MIN_READ_BULLETS: Final = 2  # a list is a list when at least this many of its lines are read
BULLET_HEAD: Final = re.compile(r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,20})\s*(?:\(|,|[-–—]|$)")
STREET_WORD: Final = re.compile(r"(?i)(?:straat|plein|steenweg|dreef|kaai|laan)$")
# 'X te Antwerpen' names a place ('in Antwerp'), not a person with the particle 'te'.
PLACE_AFTER_TE: Final = re.compile(r"\s[Tt]e\s+(?P<place>[A-ZÀ-Ý][\w'’-]+)$")
# Words that do not continue a title before a name ('mijn collega uit Gent, …').
TITLE_LINKS: Final = r"(?:uit|van|bij|in|en|of|die|dat|met|voor|op|from|at|and|de|du|et)"
HONORIFIC_WORDS: Final = r"de\s+heer|mevrouw|meneer|mijnheer|dhr\.?|mevr\.?|mr\.?|mrs\.?|ms\.?|madame|monsieur|dr\.?|prof\.?"
THIRD_PARTY: Final = re.compile(
    rf"(?i:\b(?:mijn|onze|ons|m'n|my|our|mon|ma|notre)\s+(?P<role>(?:\w+\s+)?(?:{TITLE_WORDS})"
    rf"(?-i:(?:\s+(?!{TITLE_LINKS}\b)[a-zà-ÿ][a-zà-ÿ-]+){{0,2}}))"
    rf"\s*,?\s+(?:(?:{HONORIFIC_WORDS})\s+)?)(?P<name>{NAME})"
)
TITLED: Final = re.compile(
    rf"(?i:\b(?P<title>schepen|burgemeester|{HONORIFIC_WORDS})\s+)(?P<name>{NAME})"
)
NAME_WITH_ADDRESS: Final = re.compile(
    rf"(?P<name>{NAME})\s*[(<\[]\s*(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s*[)>\]]"
)
AFTER_NAME: Final = re.compile(
    r"^\s*\((?P<paren>[^()]{1,160})\)(?:\s*,\s*(?P<apposition>[^,.;!?\n]{3,80}))?"
)
APPOSITION: Final = re.compile(r"^\s*,\s*(?P<apposition>[^,.;!?\n]{3,80})")
IN_CC: Final = re.compile(r"\b(?:in\s+)?(?:cc|kopie|copy|copie)\b", re.IGNORECASE)
# The writer registers (or cancels for) themself: a reflexive registration verb, or "ik en …".
SELF_INCLUDED: Final = re.compile(
    r"(?:\b(?:mezelf|mijzelf|ikzelf|mezelve|myself|moi-même|ondergetekende|le\s+soussigné|la\s+soussignée|the\s+undersigned)\b|"
    r"\b(?:voor\s+mij\s+ook|ook\s+voor\s+mij|idem\s+voor\s+mij|me\s+too|same\s+for\s+me|moi\s+aussi)\b|"
    r"^\W*ik\s+ook\b|"
    r"\bschrijf\s+(?:ik\s+)?(?:\w+\s+){0,2}?(?:me|mij)\b|\bmeld\s+(?:ik\s+)?(?:me|mij)\b|"
    r"\b(?:me|mij)\s+(?:\w+\s+){0,3}?(?:inschrijven|in\s+te\s+schrijven|ingeschreven|aanmelden|"
    r"aan\s+te\s+melden|uitschrijven|uit\s+te\s+schrijven|afmelden|af\s+te\s+melden|verontschuldigen)\b|"
    r"\bik\s+(?:kom|neem|ben\s+erbij|ben\s+er\s+bij|zal\s+er\s+zijn|kan\s+(?:\w+\s+){0,3}?niet)\b|"
    r"\bik\s+en\s+(?:mijn|m'n|onze)\b|\ben\s+(?:ik|mij|mezelf|ikzelf)\b|\b(?:mij|mezelf)\s+en\b|"
    r"\b(?:wij|we)\s+(?:komen|zijn|nemen|willen|zouden|moeten|kunnen)\b|\b(?:wij|we)\s+schrijven\s+ons\b|\bons\s+(?:\w+\s+){0,2}?"
    r"(?:inschrijven|aanmelden|verontschuldigen|afmelden)\b|\bmijn\s+(?:inschrijving|deelname|aanwezigheid)\b|"
    r"\bi\s+(?:would|'d|will|'ll|am|want|wish|can(?:not|'t)?|won't)\b|\bmy\s+(?:registration|attendance)\b|"
    r"\bmy\s+colleague\s+and\s+i\b|\bm['’](?:inscri|excus)|\bje\s+(?:souhaite|voudrais|dois|ne)\b|"
    r"\bmon\s+inscription\b|\bnous\b)",
    re.IGNORECASE,
)
SELF_EXCLUDED: Final = re.compile(
    r"(?:\bzelf\s+(?:kan|kon|zal|ga|ben)\s+(?:ik\s+)?(?:\w+\s+){0,2}?(?:niet|verhinderd)|"
    r"\bik\s+(?:kan|zal)\s+zelf\s+niet|\bmyself\s+i\s+(?:can(?:not|'t)|won't)|"
    r"\bi\s+(?:can(?:not|'t)|won't)\s+(?:attend|come)\s+myself|"
    r"\b(?:ik\s+ben|ik\s+was|ik\s+had\s+me|i\s+am|i'm|i\s+have|je\s+suis)\s+(?:al|reeds|already|déjà)\s+"
    r"(?:ingeschreven|registered|inscrite?))",
    re.IGNORECASE,
)
SIGNED_FIRST_NAME: Final = re.compile(r"[A-ZÀ-Ý][\w’'-]{1,20}")
COLLEAGUE_ROLE: Final = re.compile(r"(?i)coll[eè]g")
ADDRESS_WORD_SPLIT: Final = re.compile(r"[._-]+")
MAX_REGISTRANTS: Final = 25
PAIR_SHARING: Final = re.compile(
    r"^(?P<first>[^,;()]{3,40}?)\s+(?:en|and|et)\s+(?P<second>[^,;()]{3,40}?),\s*"
    r"(?:beiden|allebei|allebeide|both|tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux)\s+(?P<rest>.{3,80})$",
    re.IGNORECASE,
)
MIN_GROUP_ON_A_LINE: Final = 2
SEMICOLON: Final = re.compile(r"\s*;\s*")
MAX_TITLE_WORDS: Final = 7  # 'schepen van personeel en interne organisatie', not a clause
MIN_SURNAME_IN_ADDRESS: Final = 4  # shorter surnames (Op, Wu) turn up in unrelated addresses
MAX_LIST_CHARS: Final = 250
LAST_SENTENCE: Final = re.compile(
    r"[.!?]\s+([A-ZÀ-Ý][^.!?]{5,200})$"
)  # a wrapped list line longer than this is prose
# Besides the people listed, the writer comes too.
SELF_TOO: Final = re.compile(
    r"\b(?:mezelf|mijzelf|ikzelf|myself|moi-même)\b|\b(?:ik|wij|we)\s+(?:kom|komen|ben|zijn|schrijf|neem)\s+"
    r"(?:er\s+|me\s+|mij\s+|zelf\s+)*ook\b|\book\s+ik(?:zelf)?\b|\bi\s+(?:will|'ll)\s+(?:also|come\s+too)\b|"
    r"\bmoi\s+aussi\b|\b(?:voor\s+mij\s+ook|ook\s+voor\s+mij|idem\s+voor\s+mij|me\s+too)\b|"
    r"\b(?:ik|we|wij)\s+(?:kom|komen)(?:\s+(?:graag|zelf|ook))*\s*,?\s*samen\s+met\b",
    re.IGNORECASE,
)
# A name in the middle of a sentence (after a lower-case word or a comma): at the start of a
# sentence a capitalised word is too often just the first word.
BARE_NAME: Final = re.compile(rf"(?<=[a-zà-ÿ,:;] )(?P<name>{NAME})(?![\w@])")
# A name opening a sentence, with the writer: 'Ilse Bijnens en ikzelf moeten ons verontschuldigen'.
NAME_AND_WRITER: Final = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=\n))(?P<name>{NAME})\s+(?:en|and|et)\s+"
    r"(?i:ik|ikzelf|mijzelf|mezelf|i|myself|moi|moi-même)\b"
)
OBJECT_PRONOUN: Final = re.compile(  # and 'we'/'ons': 'X en ik hadden ons ingeschreven. We …'
    r"(?i)\b(?:hem|haar|hen|hun|ze|him|her|them|la|le|les|lui|leur|we|wij|ons|us|nous|"
    r"hij|zij|zijn|he|she|his)\b"
)
MANY_SPLIT: Final = re.compile(r"\s*[;/&]\s*|,\s*|\s+(?:en|and|et)\s+")
NAME_PAREN: Final = re.compile(r"^(?P<name>[^()]{3,80}?)\s*\((?P<aside>[^()]{2,80})\)\s*$")
NAME_COMMA: Final = re.compile(r"^(?P<name>[^(),]{3,80}?)\s*,\s*(?P<aside>[^,]{2,80})$")
THEIR_ADDRESS: Final = re.compile(
    r"(?i)\b(?:zijn|haar|his|her|son)\s+(?:e-?mail(?:adres|\s+address)?|mailadres|adres|address|"
    r"adresse(?:\s+e-?mail)?)"
    r"\s+(?:is|:|est)\s+(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)
THEIR_ROLE: Final = re.compile(
    r"(?i)\b(?:hij|zij|ze|he|she|il|elle)\s+(?:is|werkt\s+als|works\s+as|est)\s+"
    r"(?:de\s+|een\s+|onze\s+|the\s+|a\s+|an\s+|our\s+)?(?P<rest>[^.;!?\n()]{3,120})"
)
MY_ADDRESS: Final = re.compile(
    r"(?i)\b(?:mijn|my|mon)\s+(?:(?:werk|professionele?|work|office)\s*)?(?:e-?mail(?:adres)?|mailadres|"
    r"adres|address|adresse(?:\s+e-?mail)?|courriel)\s+(?:(?:is|:|est)\s+)?(?:nu\s+|now\s+)?"
    r"(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
)


@dataclass
class Person:
    """A person found in a message, before validation."""

    name: str | None = None
    municipality: str | None = None
    function: str | None = None
    email: str | None = None
    source: str = ""
    in_cc: bool = False
    is_writer: bool = False
    labels: list[str] = field(default_factory=list)
    place_doubt: str | None = None  # why the 'Stad / gemeente' given cannot be recorded as is

    def words(self) -> frozenset[str]:
        """The person's name words, folded."""
        return name_words(self.name)

    def absorb(self, other: Person) -> None:
        """Fill fields this person lacks from ``other`` (the same person seen elsewhere)."""
        if other.name and (not self.name or len(other.words()) > len(self.words())):
            self.name = other.name
        self.municipality = self.municipality or other.municipality
        self.function = self.function or other.function
        self.email = self.email or other.email
        self.in_cc = self.in_cc or other.in_cc
        self.labels.extend(x for x in other.labels if x not in self.labels)
        self.place_doubt = self.place_doubt or other.place_doubt


@dataclass
class Source:
    """Text written by one person: the mail itself, or a forwarded or attached message."""

    text_lines: list[str]
    signature: list[str]
    author_name: str | None
    author_email: str | None
    cc: list[Address] = field(default_factory=list)
    extra_labelled: list[Labelled] = field(default_factory=list)
    label: str = "mail"
    cards: list[Card] = field(default_factory=list)  # attached business cards (vCards)

    @property
    def text(self) -> str:
        """The writer's own text as one string."""
        return "\n".join(self.text_lines)


@dataclass
class Writer:
    """What is known about the person who wrote a source."""

    name: str | None = None
    email: str | None = None
    function: str | None = None
    municipality: str | None = None
    generic: bool = False
    first_name: str | None = None
    display: str | None = None

    def words(self) -> frozenset[str]:
        """The writer's name words, folded."""
        return name_words(self.name)


@dataclass
class Extraction:
    """The people of a source and how they were found."""

    writer: Writer
    people: list[Person]
    labelled: bool
    notes: list[str] = field(default_factory=list)


def sentences(text: str) -> list[str]:
    """The text cut into sentences: at sentence ends and at line ends, except inside wrapped prose."""
    chunks: list[str] = []
    last_line = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            chunks.append("")
            last_line = ""
            continue
        previous = chunks[-1] if chunks else ""
        # WRAPPED looks at the last character only (a chunk never ends in a line break)
        if previous and WRAPPED.match(previous[-1]) and _continues(last_line, stripped):
            chunks[-1] = f"{previous} {stripped}"
        else:
            chunks.append(stripped)
        last_line = stripped
    result: list[str] = []
    for chunk in chunks:
        if not SENTENCE_END.search(chunk):  # no full stop, no sentences to split
            result.extend([chunk.strip()] if chunk.strip() else [])
            continue
        result.extend(s.strip() for s in SENTENCE_SPLIT.split(chunk) if s and s.strip())
    return result


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence of ``previous`` (prose wrapped by the mailer)."""
    if line[0].islower() or WRAPPED_ASIDE.match(line) or CONNECTIVE_END.search(previous):
        return True
    wrapped = len(previous) >= WRAP_WIDTH and " " in previous
    return wrapped and not NEW_LINE_ITEM.match(line)


# -- the writer -----------------------------------------------------------------------------------
def writer_of(source: Source, event: EventContext) -> Writer:
    """Name, address, function and municipality of the person who wrote ``source``."""
    writer = Writer(email=source.author_email, display=source.author_name)
    writer.generic = is_generic_mailbox(source.author_email, source.author_name)
    display = person_from_display(source.author_name, source.author_email)
    hint = name_words(display)
    card = parse_card(source.signature, hint)
    body_card = _card_in_text(source, hint)
    names = [n for n in (card.name, body_card.name) if n and len(name_words(n)) >= 2]
    writer.name = _best_name(display, names)
    writer.first_name = _signed_first_name(source)
    _self_facts(source, writer, event)
    mine = MY_ADDRESS.search(source.text)
    if mine:
        writer.email = mine.group("email").lower()
        writer.generic = False
    own_card = _own_vcard(source, writer)
    writer.name = writer.name or own_card.name
    writer.function = writer.function or card.function or body_card.function or own_card.function
    writer.municipality = (
        writer.municipality
        or card.municipality
        or body_card.municipality
        or (resolve_organisation(card.organisation) if card.organisation else None)
        or own_card.municipality
        or municipality_of_address(source.author_email)
    )
    return writer


def _others_cards(source: Source, writer: Writer) -> list[Person]:
    """Attached business cards of other people ('zijn contactgegevens vindt u in bijlage')."""
    own = _own_vcard(source, writer)
    return [
        Person(
            name=strip_honorific(card.name),
            municipality=card.municipality
            or (resolve_organisation(card.organisation) if card.organisation else None),
            function=card.function,
            email=card.emails[0] if card.emails else None,
            source="business card",
        )
        for card in source.cards
        if card is not own and card.name and is_person_name(card.name)
    ]


def _own_vcard(source: Source, writer: Writer) -> Card:
    """The attached business card of the writer (same address, or the same name), if any."""
    for card in source.cards:
        same_address = bool(writer.email) and writer.email in card.emails
        shared = name_words(card.name) & (writer.words() | name_words(writer.display))
        if same_address or len(shared) >= min(2, len(name_words(card.name))):
            return card
    return Card()


def _best_name(display: str | None, signed: list[str]) -> str | None:
    if display and signed:
        longest = max(signed, key=lambda n: len(name_words(n)))
        if name_words(display) & name_words(longest):
            return longest if len(name_words(longest)) > len(name_words(display)) else display
        return longest
    return display or (signed[0] if signed else None)


def _signed_first_name(source: Source) -> str | None:
    lines = [x.strip(" ,.!") for x in source.signature[:1] + source.text_lines[-2:] if x.strip()]
    for line in reversed(lines):
        if SIGNED_FIRST_NAME.fullmatch(line) and fold(line) not in {
            "groeten",
            "bedankt",
        }:
            return line
    return None


def _card_in_text(source: Source, hint: frozenset[str]) -> Card:
    """A signature-like block inside the own text (no closing phrase before it)."""
    lines = source.text_lines
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].strip()
        if not text:
            continue
        words = name_words(text)
        if (hint and len(words & hint) >= 2) or (is_person_name(text) and i >= len(lines) - 8):
            block = [x for x in lines[i : i + 8] if x.strip()]
            if len(block) >= 2:
                return parse_card(block, hint)
    return Card()


def _self_facts(source: Source, writer: Writer, event: EventContext) -> None:
    for match in SELF_ORG_ROLE.finditer(source.text):
        if is_function(match.group("function")):
            writer.function = writer.function or clean_function(match.group("function"))
            writer.municipality = writer.municipality or organisation_in(
                " bij " + match.group("org")
            )
    here = SELF_HERE.search(source.text)  # 'schepen Vanbeveren hier (Wetteren)'
    if here and writer.words() and fold(here.group("name")) in writer.words():
        writer.function = writer.function or here.group("title").lower()
    for match in SELF_AS.finditer(source.text):
        rest = match.group("rest").strip()
        if is_function(rest) and not is_person_name(rest):
            writer.function = writer.function or clean_function(rest)
            writer.municipality = writer.municipality or organisation_in(rest)
    for match in SELF_ROLE.finditer(source.text):
        rest = _after_own_name(match.group("rest").strip())
        if not is_function(rest.split(" bij ")[0]) and not is_function(rest):
            continue
        writer.function = writer.function or clean_function(rest)
        writer.municipality = writer.municipality or organisation_in(rest)
    writer.municipality = writer.municipality or explicit_municipality(source.text, event)


# -- candidates -----------------------------------------------------------------------------------
def people_in(source: Source, event: EventContext, sentences_with_intent: list[str]) -> Extraction:
    """Every person ``source`` registers or cancels, with the writer's facts filled in."""
    writer = writer_of(source, event)
    labelled = labelled_persons(source, keep_fragments=True)
    fragments = [p for p in labelled if not (p.name or p.email)]
    labelled = [p for p in labelled if p.name or p.email]
    if len(fragments) == 1 and not labelled:  # 'Functie: …' alone: the writer's own
        writer.function = fragments[0].function or writer.function
        writer.municipality = fragments[0].municipality or writer.municipality
    explicit = (
        labelled + _listed(source) + _contact_blocks(source, writer) + _others_cards(source, writer)
    )
    notes: list[str] = []
    people = _merge(explicit)
    if people:
        notes.append(
            "labelled fields: " + ", ".join(_label_names(people))
            if _has_labels(people)
            else "people listed in the text"
        )
    prose = sentences(source.text)  # a fact wrapped over two lines is one sentence
    mentioned = _merge(_mentioned(source, prose, sentences_with_intent, event, writer))
    explicit_people = bool(people)
    for person in mentioned:
        twin = _twin(person, people)
        if twin is not None:
            twin.absorb(person)
        elif not explicit_people or _is_additional(person, source):
            people.append(person)
    for person in people:
        person.is_writer = _is_writer(person, writer, people)
    if not any(p.is_writer for p in people) and _writer_included(source, people):
        people.insert(0, Person(source="writer", is_writer=True))
    _resolve_cc(people, source.cc)
    for person in people:
        _complete(person, writer)
    refine_bare_titles(people, "\n".join([*prose, *source.signature]))
    for person in people:  # 'Els haar adres: els.verhaeghe@…', '… naar haar: hilde.goossens@…'
        if not person.is_writer and not person.email:
            person.email = _address_by_surname(person, source.text, writer)
    _from_address_to_its_owner(people, source)
    _surnames_completed(people, source, writer)
    return Extraction(
        writer=writer, people=people[:MAX_REGISTRANTS], labelled=bool(explicit), notes=notes
    )


def _from_address_to_its_owner(people: list[Person], source: Source) -> None:
    """A secretary writes 'namens' the person the From header names (Sender: the secretariat):
    that person, registered without an address, has the From address."""
    owner = person_from_display(source.author_name, source.author_email)
    if not owner or not source.author_email or any(p.email == source.author_email for p in people):
        return
    named = [p for p in people if not p.email and p.words() and p.words() == name_words(owner)]
    if len(named) == 1:
        named[0].email = source.author_email


def _surnames_completed(people: list[Person], source: Source, writer: Writer) -> None:
    """'De heer Verhaegen moet afzeggen' in a mail from Bart Verhaegen: the one full name in
    the mail that ends in that surname."""
    known = [
        person_from_display(source.author_name, source.author_email),
        writer.name,
        *(p.name for p in people),
    ]
    full_names = {name for name in known if name and len(name.split()) >= 2}
    for person in people:
        if not person.name or len(person.name.split()) != 1:
            continue
        surname = fold(person.name)
        matches = {name for name in full_names if fold(name.split()[-1]) == surname}
        if len(matches) == 1:
            person.name = matches.pop()


def _has_labels(people: list[Person]) -> bool:
    return any(p.labels for p in people)


def _label_names(people: list[Person]) -> list[str]:
    seen: list[str] = []
    for person in people:
        for label in person.labels:
            if label not in seen:
                seen.append(label)
    return seen


def labelled_persons(source: Source, keep_fragments: bool = False) -> list[Person]:
    """The people of the labelled fields and tables of ``source``, fields resolved; with
    ``keep_fragments``, also fields that name nobody ('Functie: …' on its own)."""
    found = labelled_people(source.text_lines) + source.extra_labelled
    people: list[Person] = []
    for item in [one for block in found for one in _split_people(block)]:
        _move_aside_to_function(item)
        organisation = item.get(Field.ORGANISATION)
        email = item.get(Field.EMAIL)
        address = EMAIL.search(email) if email else None
        function = item.get(Field.FUNCTION)
        municipality = resolve_organisation(organisation) if organisation else None
        if function and not municipality:
            municipality = organisation_in(function)
        people.append(
            Person(
                name=item.name,
                municipality=municipality,
                function=clean_function(function) if function else None,
                email=address.group(0).lower() if address else None,
                source="labels",
                labels=item.labels,
                place_doubt=place_doubt(organisation),
            )
        )
    return [p for p in people if keep_fragments or p.name or p.email]


def _split_people(item: Labelled) -> list[Labelled]:
    """'Naam: Jan Peeters en Els Wouters' with two addresses: one labelled block, two people."""
    name = item.values.get(Field.NAME) or ""
    names = [n.strip() for n in MANY_SPLIT.split(name) if n.strip()]
    if len(names) < 2 or not all(is_person_name(n) for n in names):
        return [item]
    emails = EMAIL.findall(item.values.get(Field.EMAIL) or "")
    people: list[Labelled] = []
    for index, one in enumerate(names):
        values = {Field.NAME: one}
        if len(emails) == len(names):
            values[Field.EMAIL] = emails[index]
        for key in (Field.FUNCTION, Field.ORGANISATION):
            value = _share(item.values.get(key), index, len(names))
            if value:
                values[key] = value
        people.append(Labelled(values=values, labels=item.labels, line=item.line))
    return people


def _share(value: str | None, index: int, count: int) -> str | None:
    """One value for everyone, or the index-th of as many values as people."""
    if not value:
        return None
    parts = [p.strip() for p in MANY_SPLIT.split(value) if p.strip()]
    if len(parts) == count:
        return parts[index]
    return value if len(parts) == 1 else None


def _move_aside_to_function(item: Labelled) -> None:
    """'Naam: Jan Peeters (jurist)' or 'Naam: Jan Peeters, jurist': the aside is the function."""
    name = item.values.get(Field.NAME)
    if not name:
        return
    match = NAME_PAREN.match(name)
    if match is None:
        match = NAME_COMMA.match(name)
        if match is None or not is_function(match.group("aside")):
            return
    item.values[Field.NAME] = match.group("name").strip()
    aside = match.group("aside").strip()
    if is_function(aside) and Field.FUNCTION not in item.values:
        item.values[Field.FUNCTION] = clean_function(aside)


def _listed(source: Source) -> list[Person]:
    """The people on list lines; a bullet among read ones that names only someone's first name
    ('- Jeroen (ook van de personeelsdienst)') is kept as that name, for a person to complete."""
    people: list[Person] = []
    unread: list[str] = []
    for line in _unwrapped_lists(source.text_lines):
        entries = _entries_on(line)
        if not entries and LIST_PREFIX.match(line):
            unread.append(line)
        for entry in entries:
            people.append(
                Person(
                    name=entry.name,
                    municipality=entry.municipality,
                    function=entry.function,
                    email=entry.email,
                    source="list",
                )
            )
    if len(people) >= MIN_READ_BULLETS:
        people += [
            Person(name=name, source="list") for name in map(_bare_first_name, unread) if name
        ]
    return people


def _bare_first_name(line: str) -> str | None:
    """'- Jeroen (ook van de personeelsdienst)' -> 'Jeroen'."""
    head = BULLET_HEAD.match(LIST_PREFIX.sub("", line).strip())
    return head.group("first") if head else None


def _pair_sharing_a_function(line: str) -> list[ListEntry]:
    """'Bert Vandaele en Els Verhaeghe, beiden buurtwerker in Heule': two people, one function."""
    match = PAIR_SHARING.match(line.strip().rstrip("."))
    if match is None or not all(is_person_name(match.group(k)) for k in ("first", "second")):
        return []
    rest = match.group("rest")
    if not is_function(rest):
        return []
    function, municipality = clean_function(rest), organisation_in(rest)
    return [
        ListEntry(name=match.group(k).strip(), function=function, municipality=municipality)
        for k in ("first", "second")
    ]


def _entries_on(line: str) -> list[ListEntry]:
    """The people on one line: 'A (x); B (y); C (z)' holds three, most lines one or none."""
    segments = [x for x in SEMICOLON.split(line) if x.strip()]
    if len(segments) >= MIN_GROUP_ON_A_LINE:
        several = [parse_list_line(x.strip().rstrip(".")) for x in segments]
        if sum(entry is not None for entry in several) >= MIN_GROUP_ON_A_LINE:
            return [entry for entry in several if entry is not None]
    pair = _pair_sharing_a_function(line)
    if pair:
        return pair
    entry = parse_list_line(line)
    tail = LAST_SENTENCE.search(line)
    if entry is None and tail:  # 'I'll be there! Jan Peeters, policy officer, City of Ghent'
        entry = parse_list_line(tail.group(1))
    return [entry] if entry is not None else []


def _unwrapped_lists(lines: list[str]) -> list[str]:
    """Lines, with a line that ends in a comma joined to the next ('Jan Peeters, Gent,' + '…')."""
    joined: list[str] = []
    carry = ""
    for line in lines:
        if not line.strip() and carry:  # a blank line ends the carried line
            joined.append(carry)
            carry = ""
        text = f"{carry} {line.strip()}" if carry else line
        if is_greeting(line):  # 'Hallo Linda,' is no list that goes on
            joined.append(text)
            carry = ""
            continue
        if text.rstrip().endswith(",") and len(text) < MAX_LIST_CHARS:
            carry = text.rstrip()
            continue
        joined.append(text)
        carry = ""
    if carry:
        joined.append(carry)
    return joined


def _contact_blocks(source: Source, writer: Writer) -> list[Person]:
    """Unlabelled lines in the template's order: name, city, function, address (one per line).

    A block needs an address, except right after another person's block: the next colleague's
    address may be missing ('De heer Wim Lauwers / Gemeente Zaventem / preventieadviseur').
    """
    people: list[Person] = []
    lines = source.text_lines
    i, follows_person = 0, False
    while i < len(lines):
        block: list[str] = []
        while i < len(lines) and lines[i].strip() and len(lines[i]) <= 90:
            block.append(lines[i])
            i += 1
        i += 1
        if not block:
            continue
        person = _contact_block(block, writer, follows_person)
        follows_person = person is not None
        if person is not None:
            people.append(person)
    return people


def _contact_block(block: list[str], writer: Writer, follows_person: bool) -> Person | None:
    """One block of contact lines as a person, or None when it names nobody who comes."""
    if block[0].rstrip().endswith(":") and not is_person_name(block[0].strip(" :")):
        block = block[1:]  # 'Inschrijving voor 7 december:' above the lines
    has_address = any("@" in x and EMAIL.search(x) for x in block)
    if not 2 <= len(block) <= 7 or not (has_address or follows_person):
        return None
    if not is_person_name(block[0].strip()) or any(len(x.split()) > 8 for x in block):
        return None
    card = parse_card(block, writer.words())
    municipality = card.municipality or (
        resolve_organisation(card.organisation) if card.organisation else None
    )
    if not has_address and not (card.function and municipality):
        return None
    if not has_address and writer.words() and name_words(card.name) <= writer.words():
        return None  # the writer's own signature
    email = next((e for e in card.emails), None)
    return Person(
        name=card.name,
        municipality=municipality,
        function=card.function,
        email=email,
        source="contact lines",
    )


def _mentioned(
    source: Source,
    prose: list[str],
    intent_sentences: list[str],
    event: EventContext,
    writer: Writer,
) -> list[Person]:
    """People named in the sentences that register or cancel ('mijn collega Jan Peeters (in cc)');
    ``prose`` is the source's text cut into sentences."""
    people: list[Person] = []
    text = "\n".join(_with_antecedents(prose, intent_sentences))
    for match in _name_matches(text):
        person = _person_at(match, text, event)
        # 'onze algemeen directeur, Dirk Baeten': never the writer, even from his own account
        possessed = match.re is THIRD_PARTY
        if person is not None and (
            possessed or not (writer.words() and person.words() <= writer.words())
        ):
            people.append(person)
    people = _merge(people)
    joined = "\n".join(prose)
    for person in people:
        _third_person_facts(person, joined)
        _own_line_facts(person, [*source.text_lines, *source.signature])
    _pronoun_facts(people, joined)
    return people


@lru_cache(maxsize=1024)
def _name_matches(text: str) -> tuple[re.Match[str], ...]:
    """Where ``text`` may name a person: after a role or a title, before an address, or bare.

    Memoised: the sentences of a registration template are the same in every mail.
    """
    found: list[re.Match[str]] = []
    for pattern in (THIRD_PARTY, TITLED, NAME_WITH_ADDRESS, BARE_NAME, NAME_AND_WRITER):
        if pattern is NAME_WITH_ADDRESS and "@" not in text:
            continue  # the address needs its '@'
        for match in pattern.finditer(text):
            bare = pattern is BARE_NAME or pattern is NAME_AND_WRITER
            if bare and not is_person_name(match.group("name")):
                continue
            found.append(match)
    return tuple(found)


def _with_antecedents(every: list[str], intent_sentences: list[str]) -> list[str]:
    """Intent sentences (among ``every`` sentence), each preceded by the sentence its
    'hem'/'haar'/'her' points back to."""
    if not intent_sentences:
        return []
    wanted = set(intent_sentences)
    result: list[str] = []
    for i, sentence in enumerate(every):
        if sentence not in wanted:
            continue
        if i > 0 and OBJECT_PRONOUN.search(sentence) and every[i - 1] not in result:
            result.append(every[i - 1])
        result.append(sentence)
    return result or intent_sentences


def _person_at(match: re.Match[str], text: str, event: EventContext) -> Person | None:
    name = _trim_name(match.group("name"))
    if (
        not name
        or fold(name) in {fold(event.organiser_name)}
        or name_words(name) <= name_words(event.organiser_name)
        or event.venue_pattern.search(name)  # 'bibliotheek Permeke te Antwerpen'
        or _names_a_place(name)
    ):
        return None
    line_start = text.rfind("\n", 0, match.start()) + 1
    if is_greeting(text[line_start : match.end() + 2]):
        return None
    person = Person(name=name, source="sentence")
    groups = match.groupdict()
    if groups.get("email"):
        person.email = groups["email"].lower()
    title = (groups.get("title") or "").lower().rstrip(".")
    if title in ("schepen", "burgemeester"):
        person.function = title
    role = groups.get("role") or ""
    if is_function(role) and not COLLEAGUE_ROLE.search(role):
        person.function = role.strip()
    tail = text[match.end() : match.end() + 260]
    if NOT_COMING_CLAUSE.match(tail):
        return None  # 'mijn collega Greet Smets, die zelf niet kan gaan, …'
    after = AFTER_NAME.match(tail) or APPOSITION.match(tail)
    if after:
        _read_after_name(person, after.groupdict())
    return person


def _after_own_name(rest: str) -> str:
    """'Ik ben Pieter-Jan De Smet en ik werk als afdelingshoofd …': the role after the name."""
    name, joined, after = rest.partition(" en ")
    if not joined or not is_person_name(name.strip(" ,")):
        return rest
    again = SELF_ROLE.search(after)
    return again.group("rest").strip() if again else after.strip()


def _names_a_place(name: str) -> bool:
    """'Permeke te Antwerpen': 'te' and a municipality (a Dutch name may have 'te': 'Jan te
    Winkel'); 'Hasselt Limburgplein': a municipality and a street of a signature's address."""
    place = PLACE_AFTER_TE.search(name)
    if place and canonical_municipality(place.group("place")):
        return True
    words = name.split()
    return any(STREET_WORD.search(word) for word in words) and any(
        canonical_municipality(word) for word in words
    )


def _trim_name(name: str) -> str | None:
    tokens = name.split()
    while tokens and fold(tokens[-1]) in {"en", "and", "et", "van", "de", "der", "den"}:
        tokens.pop()
    text = " ".join(tokens)
    return strip_honorific(text) if tokens else None


def _read_after_name(person: Person, groups: dict[str, str | None]) -> None:
    """What the brackets and the apposition after a name say: '(diensthoofd, jan@…)'."""
    paren = groups.get("paren") or ""
    email = EMAIL.search(paren)
    if email:
        person.email = person.email or email.group(0).lower()
        role = paren[: email.start()].strip(" ,;:-–")  # '(diensthoofd Sociale Dienst, rudi@…)'
        if role and is_function(role) and _more_precise(role, person.function):
            person.function = clean_function(role)
    elif IN_CC.search(paren) and len(paren.split()) <= 3:
        person.in_cc = True
    elif is_function(paren):
        person.function = clean_function(paren)
        person.municipality = person.municipality or organisation_in(paren)
    apposition = groups.get("apposition") or ""
    if apposition and is_function(apposition) and _more_precise(apposition, person.function):
        person.function = clean_function(apposition)


def _more_precise(apposition: str, function: str | None) -> bool:
    """'Schepen X, schepen van personeel': the apposition says more than the title before the name."""
    if not function:
        return True
    return fold(apposition).startswith(fold(function)) and len(apposition) > len(function)


def _pronoun_facts(people: list[Person], text: str) -> None:
    """'Zijn e-mailadres is …', 'hij is diensthoofd …': facts about the one colleague named."""
    others = [p for p in people if p.source == "sentence"]
    if len(others) != 1:
        return
    person = others[0]
    address = THEIR_ADDRESS.search(text)
    if address and not person.email:
        person.email = address.group("email").lower()
    role = THEIR_ROLE.search(text)
    if role and is_function(role.group("rest")) and not person.function:
        person.function = clean_function(role.group("rest"))
        person.municipality = person.municipality or organisation_in(role.group("rest"))


def _own_line_facts(person: Person, lines: list[str]) -> None:
    """'Tom De Bruyne - financieel directeur' on a line of its own (a shared signature)."""
    words = person.words()
    if not words or (person.function and person.email):
        return
    for line in lines:
        entry = parse_list_line(line) if len(line) < MAX_LIST_CHARS else None
        if entry is not None and name_words(entry.name) == words:
            person.function = person.function or entry.function
            person.email = person.email or entry.email
            person.municipality = person.municipality or entry.municipality
            return


def refine_bare_titles(people: list[Person], text: str) -> None:
    """'schepen' said before the name, 'schepen van personeel en organisatie' said elsewhere (in a
    later sentence, a pronoun's, the signature): the fuller title, when the text has only one."""
    for person in people:
        title = person.function
        if not title or len(title.split()) > 1 or sum(p.function == title for p in people) > 1:
            continue
        pattern = re.compile(
            rf"\b{re.escape(title)}\s+(?:van|voor|de|du|des|for|of)\s+(?P<rest>[^.,;:!?\n()]{{3,80}})",
            re.IGNORECASE,
        )
        fuller = {
            fold(found): found
            for match in pattern.finditer(text)
            if not _names_a_town(match.group("rest"))  # 'schepen van Lier': the town, no portfolio
            for found in [clean_function(match.group(0))]
        }
        if len(fuller) == 1 and len(next(iter(fuller.values())).split()) <= MAX_TITLE_WORDS:
            person.function = next(iter(fuller.values()))


def _names_a_town(text: str) -> bool:
    words = text.split()
    return any(canonical_municipality(" ".join(words[:n])) for n in (1, 2, 3))


def _third_person_facts(person: Person, text: str) -> None:
    """'Hilde is …' or 'Mevrouw Goossens is schepen van …' (a fuller title wins)."""
    words = person.words()
    for match in THIRD_PERSON_ROLE.finditer(text):
        if fold(match.group("first")) not in words:
            continue
        rest = match.group("rest")
        if is_function(rest):
            if not person.function or _more_precise(clean_function(rest), person.function):
                person.function = clean_function(rest)
            person.municipality = person.municipality or organisation_in(rest)


def _address_by_surname(person: Person, text: str, writer: Writer) -> str | None:
    surname = fold((person.name or "").split()[-1]) if person.name else ""
    if len(surname) < MIN_SURNAME_IN_ADDRESS:
        return None
    found = {
        address.lower()
        for address in EMAIL.findall(text)
        if surname in fold(address.split("@")[0]) and address.lower() != writer.email
    }
    return found.pop() if len(found) == 1 else None


def _merge(people: list[Person]) -> list[Person]:
    merged: list[Person] = []
    for person in people:
        twin = _twin(person, merged)
        if twin is None:
            merged.append(person)
        else:
            twin.absorb(person)
    return merged


def _twin(person: Person, others: list[Person]) -> Person | None:
    for other in others:
        if person.email and other.email and person.email == other.email:
            return other
        a, b = person.words(), other.words()
        if a and b and (a <= b or b <= a) and not (person.email and other.email):
            return other
    return None


def _is_additional(person: Person, source: Source) -> bool:
    """A person named in a sentence next to labelled people: a colleague added in prose."""
    return bool(person.email or person.function or person.in_cc)


def _is_writer(person: Person, writer: Writer, people: list[Person]) -> bool:
    if person.email and writer.email and person.email == writer.email:
        return True
    words, mine = person.words(), writer.words()
    if words and mine and len(words & mine) >= min(2, len(words)):
        return True
    if person.email and writer.email and not words:
        return False
    return len(people) == 1 and not person.name and not person.email


def _writer_included(source: Source, people: list[Person]) -> bool:
    """Whether the writer also registers (or cancels) besides the people found."""
    text = source.text
    if SELF_EXCLUDED.search(text):
        return False
    if not people:
        return True
    if any(p.source in ("labels", "list", "contact lines") for p in people):
        return bool(SELF_TOO.search(text))
    return bool(SELF_INCLUDED.search(text)) and not lx.WRITES_FOR_SOMEONE.search(text)


def _resolve_cc(people: list[Person], cc: list[Address]) -> None:
    for person in people:
        if person.email or not person.name:
            continue
        for address in cc:
            words = name_words(address.name) | set(
                ADDRESS_WORD_SPLIT.split(fold(address.email.split("@")[0]))
            )
            if len(person.words() & words) >= min(2, len(person.words())) or (
                person.in_cc and len(cc) == 1
            ):
                person.email = address.email
                full = person_from_display(address.name, address.email)
                if full and len(person.words()) < 2 and person.words() < name_words(full):
                    person.name = full  # 'mijn collega Nele (in cc)': Nele Vandenberghe
                break


def writer_as_person(writer: Writer) -> Person:
    """The writer as a registrant, with every fact known about them."""
    person = Person(source="writer", is_writer=True)
    _complete(person, writer)
    return person


def _initials_of(short: str | None, full: str | None) -> bool:
    """'J. Peeters' abbreviates 'Jan Peeters': same surname, initials that fit the given names."""
    if not short or not full:
        return False
    short_words, full_words = short.replace(".", ". ").split(), full.split()
    initials = [w for w in short_words if len(w.rstrip(".")) == 1]
    rest = [fold(w) for w in short_words if len(w.rstrip(".")) > 1]
    if not initials or not rest or len(full_words) <= len(rest):
        return False
    given = full_words[: len(full_words) - len(rest)]
    return [fold(w) for w in full_words[-len(rest) :]] == rest and all(
        fold(g).startswith(fold(i.rstrip("."))) for i, g in zip(initials, given, strict=False)
    )


def _complete(person: Person, writer: Writer) -> None:
    """Fill what the writer's facts say: all of them for the writer, the employer for colleagues."""
    if person.is_writer:
        person.name = person.name if len(person.words()) >= 2 else (writer.name or person.name)
        if _initials_of(person.name, writer.name):  # 'J. Peeters' signed by Jan Peeters
            person.name = writer.name
        person.function = person.function or writer.function
        if not person.email and not writer.generic:
            person.email = writer.email
        person.municipality = (
            person.municipality or writer.municipality or municipality_of_address(person.email)
        )
        return
    same_employer = not person.email or (
        writer.email and person.email.split("@")[-1] == writer.email.split("@")[-1]
    )
    if not person.municipality:
        person.municipality = municipality_of_address(person.email)
    if not person.municipality and same_employer:
        person.municipality = writer.municipality
