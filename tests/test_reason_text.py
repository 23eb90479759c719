"""The digest's Dutch wording of review reasons: every template translated, dynamic parts kept."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.config import Settings
from inbox_worker.digest import build_digest, render_html, render_text
from inbox_worker.ingest import ServerTask, default_decider
from inbox_worker.reason_text import (
    ACTION_WORDS,
    ALL_RULES,
    KIND_WORDS,
    REFUSAL_WORDS,
    SEPARATOR,
    dutch_reason,
)
from inbox_worker.reply_guard import Refusal
from inbox_worker.review_reasons import (
    CHANGED_REASON,
    DEFAULT_REVIEW_REASON,
    FAILED_REASON,
    OVERSIZE_REASON,
    SERVER_FAILED_REASON,
    SET_ASIDE_REASON,
    ReviewReason,
)
from models.records import Kind
from models.tables import MessageState
from tests.organiser_support import add_message, add_review, raw_mail

SNIPPET = "'ik kan helaas niet komen…'"

# (reason as stored, the dynamic parts that must come through unchanged)
POLICY_EXAMPLES: list[tuple[str, tuple[str, ...]]] = [
    (DEFAULT_REVIEW_REASON, ()),
    *[(reason.value, ()) for reason in ReviewReason],
    (
        f"{ReviewReason.UNKNOWN_CANCELLATION.value}: Jan Peeters, els@mol.be",
        ("Jan Peeters, els@mol.be",),
    ),
    *[
        (f"a {kind} in mail that is never answered: {refusal.value}", ())
        for kind in ("registration", "cancellation")
        for refusal in Refusal
        if refusal is not Refusal.REPLIES_DISABLED
    ],
    ("a registrant needs a name or an e-mail address", ()),  # RegistrationError
]
STORED_EXAMPLES: list[tuple[str, tuple[str, ...]]] = [
    (OVERSIZE_REASON.format(size=31457280, limit=26214400), ("31457280", "26214400")),
    (FAILED_REASON.format(error="KeyError: 'x'; disk full"), ("KeyError: 'x'; disk full",)),
    (SET_ASIDE_REASON.format(deaths=3), ("3",)),
    *[
        (
            SERVER_FAILED_REASON.format(action=task.value, error="NO [TRYCREATE]"),
            ("NO [TRYCREATE]",),
        )
        for task in ServerTask
    ],
    (
        CHANGED_REASON.format(
            after="registration, needs review: Jan Peeters / Gent; Ann Maes / Gent",
            before="other: nobody",
        ),
        ("Jan Peeters / Gent; Ann Maes / Gent",),
    ),
    (
        CHANGED_REASON.format(after="cancellation: Els Wouters", before="no decision"),
        ("Els Wouters",),
    ),
]
PARSER_EXAMPLES: list[tuple[str, tuple[str, ...]]] = [
    ("cannot read the file: Permission denied", ("Permission denied",)),
    ("parser error: ValueError: bad header", ("ValueError: bad header",)),
    ("not an e-mail message: no headers", ()),
    ("the organiser's own mail", ()),
    ("does not say which event it is about", ()),
    ("sender address not trusted (two From addresses)", ("two From addresses",)),
    ("names and addresses, nothing about the event", ()),
    ("written to the organiser: it may be a registration", ()),
    ("a registration for another event", ()),
    ("written to the organiser by mistake: the writer believes it is done", ()),
    ("details typed between the quoted lines", ()),
    ("template filled in inside the quoted invitation", ()),
    ("details in the subject", ()),
    ("forwarded message from Piet Claes", ("Piet Claes",)),
    ("says they cannot come, but no sign of an earlier registration", ()),
    ("both a withdrawal and a registration", ()),
    ("registers and withdraws in one mail", ()),
    (f"cancellation: {SNIPPET}", (SNIPPET,)),
    ("registration: 'graag schrijf ik me in'", ("'graag schrijf ik me in'",)),
    ("the writer still comes, but who withdraws is unclear", ()),
    ("'we' withdraw, but who 'we' are is not clear", ()),
    ("someone other than the writer withdraws, not found by name", ()),
    ("question needs an answer: 'is er parking?'", ("'is er parking?'",)),
    ("practical request: 'vegetarisch graag'", ("'vegetarisch graag'",)),
    ("tentative: 'misschien kom ik'", ("'misschien kom ik'",)),
    ("substitution: 'Eva komt in mijn plaats'", ("'Eva komt in mijn plaats'",)),
    ("asks to change details: 'mijn adres is gewijzigd'", ("'mijn adres is gewijzigd'",)),
    ("registration without any details of who comes", ()),
    ("details may be in the attachment", ()),
    ("7 people in one mail", ("7",)),
    ("a registrant without a name", ()),
    ("only a first name: Wim", ("Wim",)),
    ("no town or municipality for Koen Desmet", ("Koen Desmet",)),
    ("a place that is no known municipality: Antwerpn", ("Antwerpn",)),
    ("the writer does not come, and no one else is found", ()),
    ("a function of more than 12 words", ("12",)),
    ("the mail says Brussel, the signature Vlaamse overheid", ("Brussel", "Vlaamse overheid")),
    (
        "a registration for another edition: 'een volgende editie'",
        ("'een volgende editie'",),
    ),
    (
        "only an attachment, which may hold a registration: inschrijving.pdf",
        ("inschrijving.pdf",),
    ),
    ("several municipalities: Boechout, Hove en Lint", ("Boechout, Hove en Lint",)),
    ("a municipality and something else: Ranst / IGEAN", ("Ranst / IGEAN",)),
    ("a place of residence, not of work: Mechelen (woonplaats)", ("Mechelen (woonplaats)",)),
    (
        "a part of more than one municipality: Meldert (Aalst / Hoegaarden / Lummen)",
        ("Meldert", "Aalst / Hoegaarden / Lummen"),
    ),
    ("says they cannot come, yet gives details or registers", ()),
    ("details, but no word of registering", ()),
    ("details in an attached text file", ()),
    ("an automatic reply that also asks to register", ()),
    ("asks to be taken off a mailing list", ()),
    ("the address is of Knesselare, the mail says Aalter", ("Knesselare", "Aalter")),
    ("named, but does not come: Pieter De Wilde", ("Pieter De Wilde",)),
    ("the writer registers others and does not come", ()),
    ("a colleague of the organiser: an@kcvs.be", ("an@kcvs.be",)),
    ("the organiser's own details: not a registration", ()),
    ("a short yes to the invitation, without details: it may be a registration", ()),
    ("a reply to the organiser's mail that changes or completes a registration", ()),
    ("registration in bulk mail", ()),
    ("a colleague comes along, but who is not clear", ()),
    ("someone else comes along: Eva", ("Eva",)),
    ("more people, whose names follow later", ()),
    ("says 3 people come, 2 found", ("3", "2")),
    ("two candidate names: Jan Peeters / J. Peeters", ("Jan Peeters / J. Peeters",)),
    ("cannot tell who withdraws", ()),
    ("not about the event", ()),
    ("internal mail from the organiser's own organisation: she reads it herself", ()),
    ("the organiser is only informed (in Cc)", ()),
    ("a thank-you, nothing to do", ()),
    ("declines the invitation", ()),
    ("about the event, but neither a registration nor a cancellation", ()),
    ("labelled fields: naam, gemeente", ("naam, gemeente",)),
    ("people listed in the text", ()),
    ("function 'x' failed validation", ("'x'",)),  # validate.check_registrant
    ("email 'jan@@gent' failed validation", ("'jan@@gent'",)),
    ("failed: jan@gent.be, els@mol.be", ("jan@gent.be, els@mol.be",)),
    ("a delay warning, not yet a failure", ()),
    ("delivery status notification (multipart/report)", ()),
    ("delivery status notification", ()),
    ("bounce: X-Failed-Recipients header", ()),
    ("bounce from the mail system (mailer-daemon@gent.be)", ("mailer-daemon@gent.be",)),
    ("bounce: failure notice", ()),
    ("read receipt (disposition notification)", ()),
    ("abuse feedback report", ()),
    ("mass mail (List-Id / List-Unsubscribe)", ()),
    ("read or delivery receipt", ()),
    ("automatic message (Auto-Submitted: auto-generated)", ("auto-generated",)),
    ("automatic message (Auto-Submitted: auto-generated) about the event", ("auto-generated",)),
    ("read from the original attached to a spam filter's report", ()),
    ("calendar invitation accepted", ()),
    ("auto-reply (Auto-Submitted: auto-replied)", ("Auto-Submitted: auto-replied",)),
    ("auto-reply (X-Autoreply header)", ("X-Autoreply",)),
    ("auto-reply (Precedence: auto_reply)", ("Precedence: auto_reply",)),
    ("auto-reply (Exchange inbox rule)", ()),
    ("auto-reply (subject: Afwezig: Jan)", ("Afwezig: Jan",)),
    ("automatic answer (Auto-Submitted: auto-generated)", ("auto-generated",)),
    ("absence message (recognised from its text)", ()),
    ("automatic acknowledgement", ()),
    ("mass mail or spam: gratis, webinar", ("gratis, webinar",)),
]
EXAMPLES = POLICY_EXAMPLES + STORED_EXAMPLES + PARSER_EXAMPLES


@pytest.mark.parametrize(("reason", "kept"), EXAMPLES, ids=[r[:50] for r, _ in EXAMPLES])
def test_every_template_is_translated(reason: str, kept: tuple[str, ...]) -> None:
    dutch = dutch_reason(reason)
    assert dutch != reason
    for part in kept:
        assert part in dutch


def test_every_rule_has_an_example() -> None:
    unused = [
        rule.pattern.pattern
        for rule in ALL_RULES
        if not any(rule.apply(reason) is not None for reason, _ in EXAMPLES)
    ]
    assert unused == []


def test_every_reason_the_parser_gives_for_the_projects_mail_is_in_dutch() -> None:
    """A reason added to the parser later needs a rule too, or the digest shows it in English."""
    decide = default_decider(Settings())
    mail = sorted((Path(__file__).parent / "mail").rglob("*.eml"))
    assert len(mail) > 100
    english = {
        reason: path.name
        for path in mail
        for reason in decide(path.read_bytes()).reasons
        if dutch_reason(reason) == reason
    }
    assert english == {}


def test_fixed_words_are_all_known() -> None:
    assert {refusal.value for refusal in Refusal} <= set(REFUSAL_WORDS)
    assert {task.value for task in ServerTask} <= set(ACTION_WORDS)
    assert {kind.value for kind in Kind} <= set(KIND_WORDS)


def test_examples_in_dutch() -> None:
    assert dutch_reason(FAILED_REASON.format(error="boom")) == "verwerking mislukt: boom"
    assert dutch_reason(ReviewReason.UNKNOWN_CANCELLATION.value) == (
        "een afmelding voor iemand die niet ingeschreven is"
    )
    assert dutch_reason(f"cancellation: {SNIPPET}") == f"afmelding: {SNIPPET}"
    assert dutch_reason(
        "a cancellation in mail that is never answered: the address is our own"
    ) == ("een afmelding in een mail waarop we nooit antwoorden: het is ons eigen adres")
    assert dutch_reason("name 'Jan' failed validation") == "naam 'Jan' is niet geldig"
    assert dutch_reason(SERVER_FAILED_REASON.format(action="flag", error="x")) == (
        "de mail kon op de IMAP-server niet gemarkeerd worden: x"
    )


def test_joined_reason_is_translated_part_by_part() -> None:
    reason = SEPARATOR.join([f"cancellation: {SNIPPET}", "registers and withdraws in one mail"])
    assert dutch_reason(reason) == (
        f"afmelding: {SNIPPET}; schrijft in én meldt af in dezelfde mail"
    )


def test_unknown_reason_comes_back_unchanged() -> None:
    assert dutch_reason("something new the parser says") == "something new the parser says"
    assert dutch_reason("") == ""
    joined = "details in the subject; something new; 3 people in one mail"
    assert (
        dutch_reason(joined) == "gegevens in het onderwerp; something new; 3 personen in één mail"
    )


def test_digest_shows_the_reason_in_dutch(db_sessions: sessionmaker[Session]) -> None:
    received = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
    reason = f"{ReviewReason.UNKNOWN_CANCELLATION.value}: Els Wouters"
    with db_sessions.begin() as session:
        raw = raw_mail("els@mol.be", "Afmelding", "Ik kan niet komen.", message_id="<a@mol.be>")
        message = add_message(
            session,
            raw,
            sender="els@mol.be",
            subject="Afmelding",
            message_id="<a@mol.be>",
            received_at=received,
            state=MessageState.REVIEW,
        )
        add_review(session, message, reason, created_at=received)
    settings = Settings()
    with db_sessions() as session:
        content = build_digest(session, settings, datetime(2018, 11, 21, 7, 30, tzinfo=UTC))
    dutch = "een afmelding voor iemand die niet ingeschreven is: Els Wouters"
    for part in (render_text(content, settings), render_html(content, settings)):
        assert dutch in part
        assert ReviewReason.UNKNOWN_CANCELLATION.value not in part
