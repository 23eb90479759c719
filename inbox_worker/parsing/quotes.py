"""Split a body into the writer's own text and quoted or forwarded blocks; find greeting and signature."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

EMAIL: Final = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
MAX_HEADER_SCAN: Final = 7  # lines after "Van:" that may hold the other Outlook header fields

OUTLOOK_FROM: Final = re.compile(
    r"^\s*\*?(?:van|from|de|von|da|afzender)\s*:\s*\*?\s*(?P<who>.*)$", re.I
)
OUTLOOK_FIELDS: Final = re.compile(
    r"^\s*\*?(?:verzonden|sent|date|datum|envoyé|gesendet|aan|to|à|an|onderwerp|subject|objet|"
    r"betreff|cc|kopie|sent\s+date|verstuurd)\s*:",
    re.I,
)
SEPARATOR: Final = re.compile(
    r"^\s*(?:-{2,}\s*(?:original\s+message|oorspronkelijk\s+bericht|origineel\s+bericht|"
    r"message\s+d'origine|ursprüngliche\s+nachricht|forwarded\s+message|doorgestuurd\s+bericht|"
    r"message\s+transféré|weitergeleitete\s+nachricht|originalnachricht)\s*-{2,}|"
    r"(?:begin\s+forwarded\s+message|begin\s+doorgestuurd\s+bericht|doorgestuurd\s+bericht|"
    r"début\s+du\s+message\s+réexpédié|forwarded\s+message|message\s+transféré)\s*:?)\s*$",
    re.I,
)
FORWARD_SEPARATOR: Final = re.compile(
    r"forward|doorgestuurd|transféré|réexpédié|weitergeleitet", re.I
)
UNDERSCORES: Final = re.compile(r"^\s*_{8,}\s*$")
UNDERSCORE_RUN: Final = "_" * 8  # in every line UNDERSCORES matches
ATTRIBUTION: Final = re.compile(
    r"^\s*(?:>\s*)*(?:(?:op|on|le|am|el|il)\b.{3,300}?\b(?:schreef|wrote|a\s+écrit|schrieb|escribió|"
    r"ha\s+scritto|het\s+volgende\s+geschreven)|.{1,200}?\b(?:schreef|wrote|a\s+écrit|schrieb)"
    # not 'Vorige week schreef ik me in …:': a sentence of the writer's, not an attribution
    r"(?!\s+(?:ik|je|jij|we|wij|hij|zij|u|me|mij|ons|I|we|you|he|she)\b)"
    r"(?:\s+op\s+.{3,80})?)(?:\s+[^:]{1,160}?)?\s*:\s*$",
    re.I,
)
AUTHOR_AFTER_VERB: Final = re.compile(
    r"\b(?:schreef|schrieb)\s+(?P<who>[^:]{2,160}?)\s*:\s*$", re.I
)
ATTRIBUTION_START: Final = re.compile(r"^\s*(?:>\s*)*(?:op|on|le|am)\s+\S", re.I)
QUOTE_PREFIX: Final = re.compile(r"^[ \t]*(?:>[ \t]?)+")
DISCLAIMER: Final = re.compile(
    r"^\s*(?:disclaimer\b|dit\s+(?:e-?mail)?bericht\s+(?:en\s+(?:de\s+)?eventuele\s+bijlagen\s+)?"
    r"(?:is|zijn)\s+vertrouwelijk|dit\s+e-?mailbericht\b|deze\s+e-?mail\s+(?:en\s+)?.{0,40}vertrouwelijk|"
    r"the\s+information\s+(?:contained\s+)?in\s+this|this\s+(?:e-?mail|message)\b.{0,60}\bconfidential|"
    r"ce\s+(?:message|courriel)\b.{0,60}\bconfidentiel|aan\s+(?:de\s+inhoud\s+van\s+)?(?:deze|dit)\s+"
    r"(?:e-?mail|bericht)\s+kunnen\s+geen\s+rechten|denk\s+aan\s+het\s+milieu|please\s+consider\s+the\s+"
    r"environment|vertrouwelijkheidsclausule|confidentiality\s+notice)",
    re.I,
)
RULE_LINE: Final = re.compile(r"^\s*[-=_*~]{6,}\s*$")
SENT_FROM: Final = re.compile(
    r"^\s*(?:verzonden|verstuurd|sent|envoyé|gesendet)\s+(?:vanaf|vanuit|van|met|from|with|de(?:puis)?|von)\s+"
    r"(?:mijn|my|mon|meinem)?\s*\S.{0,60}$",
    re.I,
)
GET_OUTLOOK: Final = re.compile(r"^\s*(?:get|download)\s+outlook\s+for\b", re.I)
CLOSING: Final = re.compile(
    r"^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste|warme|collegiale|fijne|vriendelijk|hartelijk)?\s*"
    r"(?:groet(?:en|jes|ies)?|groeten|groetjes)\s*[,.!]?\s*$|"
    r"^\s*(?:mvg|m\.v\.g\.?|vg|vrgr|gr|grtz|groetjes|groeten|hoogachtend|"
    r"(?:kind|best|warm|many|with\s+kind|with\s+best)\s+(?:regards|wishes)|regards|cheers|"
    r"sincerely|yours\s+sincerely|best|(?:bien\s+)?cordialement|(?:bien\s+)?à\s+vous|"
    r"(?:meilleures\s+)?salutations(?:\s+distinguées)?|sincères\s+salutations|bien\s+à\s+toi|"
    r"mit\s+freundlichen\s+grüßen|viele\s+grüße|thx|thanks|merci|bedankt|dank\s+je|dank\s+u|"
    r"alvast\s+bedankt|alvast\s+dank|dank\s+bij\s+voorbaat|tot\s+(?:dan|later|binnenkort|vrijdag)|"
    r"groeten\s+uit\s+\w+)\s*[,.!]*\s*$",
    re.I,
)
SIGNATURE_DASHES: Final = re.compile(r"^--\s*$")
POSTSCRIPT: Final = re.compile(r"^\s*(?:P\.?\s?S\.?|N\.?\s?B\.?)\s*[:.\-–]?\s+\S", re.IGNORECASE)
GREETING: Final = re.compile(
    r"^\s*(?:beste|geachte|dag|hallo|hoi|hey|hi|dear|hello|goedemorgen|goedemiddag|goeiemorgen|"
    r"goede\s*middag|goedenavond|bonjour|madame|monsieur|chère|cher|mesdames|good\s+morning|"
    r"good\s+afternoon|liebe|lieber|sehr\s+geehrte)\b.{0,60}$",
    re.I,
)


@dataclass
class QuotedBlock:
    """A quoted or forwarded message inside the body: who wrote it and its lines."""

    author_name: str = ""
    author_email: str = ""
    header: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    marked: list[bool] = field(default_factory=list)  # True for lines that carried '>' marks
    forwarded: bool = False

    @property
    def text(self) -> str:
        """The block's text (quote markers removed)."""
        return "\n".join(self.lines)

    @property
    def own(self) -> list[bool]:
        """Per line: typed by the writer, i.e. unmarked after the first '>' line of the block."""
        result: list[bool] = []
        seen_mark = False
        for marked in self.marked:
            seen_mark = seen_mark or marked
            result.append(seen_mark and not marked)
        return result

    @property
    def interleaved(self) -> list[str]:
        """Lines the writer typed between (or after) the quoted lines."""
        return [
            line for line, own in zip(self.lines, self.own, strict=True) if own and line.strip()
        ]


@dataclass
class Body:
    """A body split up: the writer's own lines (greeting, text, signature) and quoted blocks."""

    own: list[str] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    closing: str = ""
    disclaimer: list[str] = field(default_factory=list)
    quoted: list[QuotedBlock] = field(default_factory=list)

    @property
    def own_text(self) -> str:
        """The writer's own text without the signature and disclaimer."""
        return "\n".join(self.text_lines).strip()

    @property
    def interleaved(self) -> list[str]:
        """Lines typed between quoted lines, in every quoted block."""
        return [line for block in self.quoted for line in block.interleaved]


def split_body(text: str) -> Body:
    """Split ``text`` into own lines and quoted blocks, then own lines into text and signature."""
    lines = text.split("\n")
    body = Body()
    start = _first_quote_start(lines)
    if start is not None:
        start = _attribution_before(lines, start)
    own = lines if start is None else lines[:start]
    if start is not None:
        body.quoted = _quoted_blocks(lines[start:])
        if not "".join(own).strip():
            own = _bottom_post(body.quoted)
    own, body.disclaimer = _cut_disclaimer(own)
    own = [line for line in own if not SENT_FROM.match(line) and not GET_OUTLOOK.match(line)]
    body.own = _strip_blank_edges(own)
    body.text_lines, body.closing, body.signature = split_signature(body.own)
    return body


def _bottom_post(blocks: list[QuotedBlock]) -> list[str]:
    """The writer's text under a '>'-quoted mail (bottom-posting), taken out of the last block."""
    if not blocks or not any(blocks[-1].marked):
        return []
    last = blocks[-1]
    end = max(i for i, marked in enumerate(last.marked) if marked) + 1
    tail = last.lines[end:]
    if not "".join(tail).strip():
        return []
    del last.lines[end:], last.marked[end:]
    return tail


def _first_quote_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if _quote_header_length(lines, i):
            return i
        if QUOTE_PREFIX.match(line) and _quoted_run(lines, i) >= 2:
            return i
    return None


def _attribution_before(lines: list[str], start: int) -> int:
    """Move a quote start back over the attribution line(s) just above a '>' run."""
    j = start - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and _quote_header_length(lines, j):
        return j
    if j >= 1 and _quote_header_length(lines, j - 1) == 2:
        return j - 1
    return start


def _quoted_run(lines: list[str], start: int) -> int:
    count = 0
    for line in lines[start : start + 3]:
        if not QUOTE_PREFIX.match(line):
            break
        count += 1
    return count


def _quote_header_length(lines: list[str], i: int) -> int:
    """How many lines starting at ``i`` form a quote header (0 when none starts there)."""
    line = lines[i]
    if len(line) > 400:
        return 0
    underscores = UNDERSCORE_RUN in line and bool(UNDERSCORES.match(line))
    if underscores or SEPARATOR.match(line):
        following = lines[i + 1 : i + 4]
        if underscores and not any(OUTLOOK_FROM.match(x) for x in following):
            return 0
        return 1
    if ":" in line and OUTLOOK_FROM.match(line):
        window = lines[i + 1 : i + 1 + MAX_HEADER_SCAN]
        fields = [j for j, x in enumerate(window) if OUTLOOK_FIELDS.match(x)]
        if len(fields) >= 2:
            return fields[-1] + 2
        return 0
    if _is_attribution(line):
        return 1
    if ATTRIBUTION_START.match(line) and i + 1 < len(lines) and len(line) < 200:
        joined = line.rstrip() + " " + lines[i + 1].strip()
        if _is_attribution(joined):
            return 2
    return 0


def _is_attribution(line: str) -> bool:
    """'Op 3 december schreef Linda Boudry <…>:' (every attribution ends in a colon)."""
    return line.rstrip().endswith(":") and bool(ATTRIBUTION.match(line))


def _quoted_blocks(lines: list[str]) -> list[QuotedBlock]:
    """Cut the quoted part into blocks at each quote header."""
    blocks: list[QuotedBlock] = []
    current: QuotedBlock | None = None
    forwarded = False
    i = 0
    while i < len(lines):
        stripped = QUOTE_PREFIX.sub("", lines[i])
        size = _quote_header_length(lines, i) or _quote_header_length(
            [stripped, *_unquote(lines[i + 1 : i + 8])], 0
        )
        if size:
            header = [QUOTE_PREFIX.sub("", x) for x in lines[i : i + size]]
            forwarded = forwarded or any(
                SEPARATOR.match(x) and FORWARD_SEPARATOR.search(x) for x in header
            )
            current = _new_block(header, forwarded)
            blocks.append(current)
            i += size
            continue
        if current is None:
            current = QuotedBlock()
            blocks.append(current)
        line = lines[i]
        current.lines.append(QUOTE_PREFIX.sub("", line))
        current.marked.append(bool(QUOTE_PREFIX.match(line)))
        i += 1
    return blocks


def _unquote(lines: list[str]) -> list[str]:
    return [QUOTE_PREFIX.sub("", x) for x in lines]


def _new_block(header: list[str], forwarded: bool) -> QuotedBlock:
    block = QuotedBlock(header=header, forwarded=forwarded)
    who = ""
    for line in header:
        match = OUTLOOK_FROM.match(line)
        if match:
            who = match.group("who")
            break
    joined = " ".join(header)
    after_verb = AUTHOR_AFTER_VERB.search(joined)
    if not who and after_verb:
        who = after_verb.group("who")
    if not who:
        who = joined
        who = re.sub(
            r"(?i)\b(?:schreef|wrote|a\s+écrit|schrieb|het\s+volgende\s+geschreven)\b.*$", "", who
        )
        who = re.sub(r"(?i)^.*?\b(?:om|at|à|um)\s+\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm))?,?\s*", "", who)
        who = re.sub(r"(?i)^\s*(?:op|on|le|am)\b.*?\d{4},?\s*", "", who)
        who = re.sub(r"(?i)^\s*heeft\s+", "", who)
    email = EMAIL.search(who)
    block.author_email = email.group(0).lower() if email else ""
    name = EMAIL.sub("", who)
    name = re.sub(r"[<>\[\]()\"]|mailto:|\bheeft\b", " ", name, flags=re.I)
    block.author_name = " ".join(name.split()).strip(" ,;:")
    return block


def _cut_disclaimer(lines: list[str]) -> tuple[list[str], list[str]]:
    for i, line in enumerate(lines):
        if DISCLAIMER.match(line):
            start = i
            while start > 0 and (RULE_LINE.match(lines[start - 1]) or not lines[start - 1].strip()):
                start -= 1
            return lines[:start], lines[start:]
    return lines, []


def _strip_blank_edges(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def split_signature(lines: list[str]) -> tuple[list[str], str, list[str]]:
    """Split own lines into (text, closing phrase, signature lines).

    The signature starts after the last closing phrase ("Met vriendelijke groeten") or a '-- '
    line; without either, there is none.
    """
    cut = None
    closing = ""
    for i, line in enumerate(lines):
        if SIGNATURE_DASHES.match(line):
            cut, closing = i, ""
            break
        if i >= 1 and _is_closing(line):
            cut, closing = i, line.strip()
    if cut is None:
        return lines, "", []
    text = lines[:cut]
    rest = lines[cut + 1 :]
    postscript = next((i for i, x in enumerate(rest) if POSTSCRIPT.match(x)), None)
    if postscript is not None:  # 'PS: schrijf ook mijn collega in': the writer's text again
        text, rest = [*text, "", *rest[postscript:]], rest[:postscript]
    signature = [x for x in rest if x.strip() and not RULE_LINE.match(x)]
    return text, closing, signature


@lru_cache(maxsize=4096)
def _is_closing(line: str) -> bool:
    """Whether ``line`` is a closing phrase ('Met vriendelijke groeten,'); such lines repeat."""
    return bool(CLOSING.match(line))


@lru_cache(maxsize=4096)
def is_greeting(line: str) -> bool:
    """Whether ``line`` is a salutation such as 'Beste Linda,'."""
    return bool(GREETING.match(line)) and len(line.split()) <= 6
