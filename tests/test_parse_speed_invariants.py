"""The parser's shortcuts give exactly what the slow paths they stand in for would give."""

from __future__ import annotations

import itertools
import random
from email.message import Message

import pytest

from inbox_worker.parsing import decode, fields, headers
from inbox_worker.parsing.decode import DecodedMail

MAILBOX_PARTS = [
    "Jan",
    "Peeters",
    "O'Brien",
    "Van-Damme",
    "Dr.",
    "José",
    '"Peeters, Jan"',
    "jan.peeters@gent.be",
    "<jan.peeters@gent.be>",
    "<a..b@gent.be>",
    "<x+y@sub.gent.be>",
    "<Jan.Peeters@GENT.BE>",
    "<jan@gent>",
    "<-x@gent.be>",
    "=?utf-8?q?Jan?=",
    "(comment)",
    "<>",
    "",
]


def _candidates() -> list[str]:
    values = []
    for count in (1, 2, 3):
        for parts in itertools.product(MAILBOX_PARTS, repeat=count):
            values.extend({" ".join(parts), "".join(parts), "  ".join(parts)})
    return values


def test_plain_mailbox_reads_as_the_header_registry_does() -> None:
    taken = 0
    for value in _candidates():
        plain = headers.plain_mailbox(value)
        if plain is None:
            continue
        taken += 1
        assert (plain, None) == headers._registry_mailbox(value), value
    assert taken > 100


def test_plain_mailbox_with_any_letter_reads_as_the_header_registry_does() -> None:
    letters = [chr(code) for code in range(0x80, 0x30000, 97) if chr(code).isalpha()]
    for letter in letters:
        for value in (f"Zo{letter} Pe{letter}ters <z@g.be>", f"{letter}-{letter}'x <z@g.be>"):
            plain = headers.plain_mailbox(value)
            assert plain is not None
            assert (plain, None) == headers._registry_mailbox(value), value


@pytest.mark.parametrize(
    "value",
    [
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Linda Boudry <linda.boudry@kcvs.be>, jan@gent.be",
        "a@b.be,c@d.be , E F<e.f@g.be>",
        '"Boudry, Linda" <linda.boudry@kcvs.be>, jan@gent.be',
        "undisclosed-recipients:;",
        "a@b.be,",
        "Dr. Jan <jan@gent.be>",
    ],
)
def test_plain_mailbox_lists_read_as_the_header_registry_does(value: str) -> None:
    plain = headers._plain_mailboxes(value)
    if plain is not None:
        assert plain == headers._registry_mailboxes(value)


def _plain_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), the whole table."""
    table = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = int(a[i - 1] != b[j - 1])
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


def _nearest_label(folded: str) -> fields.Field | None:
    """The first label with the fewest typos, looked for in every label (the slow way)."""
    limit = 1 if len(folded) < 9 else 2
    best: tuple[int, fields.Field] | None = None
    for known, kind in fields.LABELS.items():
        if len(known) < fields.MIN_FUZZY or (known[0] != folded[0] and known[-1] != folded[-1]):
            continue
        distance = _plain_distance(folded, known)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, kind)
    return best[1] if best else None


def _typos(word: str, rng: random.Random) -> str:
    letters = list(word)
    for _ in range(rng.randint(0, 3)):
        position = rng.randrange(len(letters) + 1)
        letter = rng.choice("abdeilmnorstu ")
        edit = rng.randrange(4)
        if edit == 0:
            letters.insert(position, letter)
        elif position < len(letters) - 1:
            if edit == 1:
                del letters[position]
            elif edit == 2:
                letters[position] = letter
            else:
                letters[position], letters[position + 1] = letters[position + 1], letters[position]
    return "".join(letters)


def test_label_typos_find_the_label_a_full_search_finds() -> None:
    rng = random.Random(7)
    words = [*fields.LABELS, "an peeters", "beleidsmedewerker", "stad gent", "jan@gent.be"]
    for _ in range(600):
        folded = fields._fold(_typos(rng.choice(words), rng))
        if len(folded) < fields.MIN_FUZZY or folded in fields.LABELS:
            continue
        assert fields.label_field(folded) == _nearest_label(folded), folded


def test_header_lookup_follows_changed_headers() -> None:
    mail = DecodedMail(headers=[("subject", "a"), ("from", "x@y.be"), ("subject", "b")])
    assert (mail.header("Subject"), mail.header("to")) == ("a", None)
    mail.headers.append(("to", "z@y.be"))
    assert mail.header("TO") == "z@y.be"
    mail.headers = [("subject", "c")]
    assert (mail.header("subject"), mail.header("from")) == ("c", None)


def test_plain_charset_reads_as_get_content_charset() -> None:
    pieces = [
        ["text/plain", " TEXT/HTML ", "a=b", '"a"'],
        [";", " ; ", "", ";;"],
        ["charset", "CHARSET", " charset ", "charset*", "xcharset"],
        ["=", " = ", ""],
        ["utf-8", '"UTF-8"', '"utf-8', "us-ascii ", '"a b"', "", "x:y", "utf-8''x"],
        ["", "; format=flowed", '; format="flowed"', "; charset=latin1", '; a="b;c"', "\r\n"],
    ]
    taken = 0
    for parts in itertools.product(*pieces):
        part = Message()
        part["Content-Type"] = "".join(parts)
        taken += decode.PLAIN_CHARSET.fullmatch(part["Content-Type"]) is not None
        assert decode.content_charset(part) == part.get_content_charset(), part["Content-Type"]
    assert taken > 100
