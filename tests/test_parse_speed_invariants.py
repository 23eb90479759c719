"""The parser's shortcuts give exactly what the slow paths they stand in for would give."""

from __future__ import annotations

import itertools

import pytest

from inbox_worker.parsing import headers

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
