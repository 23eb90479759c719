"""End to end: the project's own example mails in tests/mail/parser get the decision a person expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_worker.parsing import decide, decide_file
from models.records import Decision, Kind

MAILS = Path(__file__).parent / "mail" / "parser"


def parsed(name: str) -> Decision:
    return decide_file(MAILS / name)


def people(decision: Decision) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(r.name, r.municipality, r.function, r.email) for r in decision.registrants]


@pytest.mark.parametrize(
    ("name", "kind", "review"),
    [
        ("reg_labelled_plain.eml", Kind.REGISTRATION, False),
        ("reg_next_line_typo.eml", Kind.REGISTRATION, False),
        ("reg_html_table.eml", Kind.REGISTRATION, False),
        ("reg_list_two.eml", Kind.REGISTRATION, False),
        ("reg_sentence_signature.eml", Kind.REGISTRATION, False),
        ("reg_on_behalf_cc.eml", Kind.REGISTRATION, False),
        ("reg_english.eml", Kind.REGISTRATION, False),
        ("reg_french.eml", Kind.REGISTRATION, False),
        ("reg_latin1_8bit.eml", Kind.REGISTRATION, False),
        ("reg_undeclared_utf8.eml", Kind.REGISTRATION, False),
        ("reg_flowed.eml", Kind.REGISTRATION, False),
        ("reg_forwarded_attachment.eml", Kind.REGISTRATION, False),
        ("broken_mime.eml", Kind.REGISTRATION, False),
        ("reg_outlook_html_signature.eml", Kind.REGISTRATION, False),
        ("reg_gmail_html_reply.eml", Kind.REGISTRATION, False),
        ("reg_adds_colleague.eml", Kind.REGISTRATION, False),
        ("reg_inline_fields.eml", Kind.REGISTRATION, False),
        ("reg_numbered_blocks.eml", Kind.REGISTRATION, False),
        ("reg_english_free_text.eml", Kind.REGISTRATION, False),
        ("cancel_apple_html_quote.eml", Kind.CANCELLATION, False),
        ("cancel_worker_confirmation.eml", Kind.CANCELLATION, False),
        ("auto_calendar_accepted.eml", Kind.OTHER, False),
        ("auto_read_receipt.eml", Kind.OTHER, False),
        ("other_forward_info_cc.eml", Kind.OTHER, False),
        ("cancel_plain.eml", Kind.CANCELLATION, False),
        ("cancel_quoted_confirmation.eml", Kind.CANCELLATION, False),
        ("cancel_english.eml", Kind.CANCELLATION, False),
        ("auto_reply_header.eml", Kind.AUTO_REPLY, False),
        ("auto_reply_body_only.eml", Kind.AUTO_REPLY, False),
        ("auto_reply_german.eml", Kind.AUTO_REPLY, False),
        ("bounce_dsn.eml", Kind.BOUNCE, False),
        ("bounce_delay.eml", Kind.BOUNCE, False),
        ("bounce_qmail.eml", Kind.BOUNCE, False),
        ("decline_not_registered.eml", Kind.OTHER, False),
        ("other_thanks.eml", Kind.OTHER, False),
        ("other_personal.eml", Kind.OTHER, False),
        ("other_newsletter.eml", Kind.OTHER, False),
        ("other_spam.eml", Kind.OTHER, False),
        ("empty.eml", Kind.OTHER, False),
    ],
)
def test_kind_and_review(name: str, kind: Kind, review: bool) -> None:
    decision = parsed(name)
    assert decision.kind == kind, decision.reasons
    assert decision.needs_review is review, decision.reasons
    assert decision.reasons


@pytest.mark.parametrize(
    "name",
    [
        "reg_question_parking.eml",
        "reg_tentative.eml",
        "reg_substitution.eml",
        "reg_attachment_only.eml",
        "other_question.eml",
        "sender_cve.eml",
    ],
)
def test_doubtful_mail_goes_to_review(name: str) -> None:
    decision = parsed(name)
    assert decision.needs_review, decision.reasons
    assert decision.about_event


def test_labelled_fields_are_validated_and_canonical() -> None:
    assert people(parsed("reg_labelled_plain.eml")) == [
        ("Joke Verhulst", "Brugge", "teamleider onthaal", "joke.verhulst@brugge.be")
    ]


def test_value_on_next_line_and_misspelt_labels() -> None:
    assert people(parsed("reg_next_line_typo.eml")) == [
        ("Dries Maes", "Leuven", "jurist omgevingsrecht", "dries.maes@leuven.be")
    ]


def test_html_table_rows_become_people() -> None:
    assert people(parsed("reg_html_table.eml")) == [
        ("Ann Wouters", "Sint-Niklaas", "HR-adviseur", "ann.wouters@sint-niklaas.be"),
        (
            "Pieter De Smet",
            "Sint-Niklaas",
            "diensthoofd Financiën",
            "pieter.desmet@sint-niklaas.be",
        ),
    ]


def test_list_with_honorific_and_colleague_without_address() -> None:
    assert people(parsed("reg_list_two.eml")) == [
        ("Hilde Van Dam", "Gent", "beleidsadviseur personeel", "hilde.vandam@gent.be"),
        ("Koen Baert", "Gent", "teamcoach facilitair", None),
    ]


def test_facts_from_a_sentence_and_name_from_the_from_header() -> None:
    assert people(parsed("reg_sentence_signature.eml")) == [
        (
            "Sara Verbruggen",
            "Mechelen",
            "projectleider organisatieontwikkeling",
            "sara.verbruggen@mechelen.be",
        )
    ]


def test_registration_on_behalf_takes_the_address_from_cc() -> None:
    decision = parsed("reg_on_behalf_cc.eml")
    assert people(decision) == [
        ("Wim Lambrecht", "Oostende", "algemeen directeur", "wim.lambrecht@oostende.be")
    ]


def test_english_and_french_labels_and_city_names() -> None:
    english = parsed("reg_english.eml")
    assert people(english) == [
        ("Emma Jones", "Antwerpen", "senior policy officer", "emma.jones@antwerpen.be")
    ]
    assert english.language == "en"
    french = parsed("reg_french.eml")
    assert people(french) == [
        ("Chloé Lefèvre", "Brussel", "conseillère RH", "chloe.lefevre@brucity.be")
    ]
    assert french.language == "fr"


@pytest.mark.parametrize("name", ["reg_latin1_8bit.eml", "reg_undeclared_utf8.eml"])
def test_charsets_declared_or_not(name: str) -> None:
    (registrant,) = parsed(name).registrants
    assert registrant.function is not None and "coördinator" in registrant.function
    assert "\ufffd" not in (registrant.name or "")


def test_format_flowed_lines_are_joined() -> None:
    (registrant,) = parsed("reg_flowed.eml").registrants
    assert registrant.function == "beleidsmedewerker strategische planning"


def test_forwarded_attachment_registers_its_writer_not_the_forwarder() -> None:
    assert people(parsed("reg_forwarded_attachment.eml")) == [
        ("Ruben Smet", "Genk", "diensthoofd communicatie", "ruben.smet@genk.be")
    ]


def test_cancellation_details_come_from_the_quoted_confirmation() -> None:
    assert people(parsed("cancel_quoted_confirmation.eml")) == [
        ("Dries Maes", "Leuven", "jurist omgevingsrecht", "dries.maes@leuven.be")
    ]


def test_quoted_confirmation_registers_nobody() -> None:
    decision = parsed("other_thanks.eml")
    assert decision.registrants == []
    assert decision.about_event


def test_bounce_report_names_the_failed_recipient_and_the_bounced_message() -> None:
    decision = parsed("bounce_dsn.eml")
    assert decision.bounce is not None
    assert decision.bounce.failed_recipients == ["piet.oud@gent.be"]
    assert decision.bounce.original_message_id == "<invitation-123@kcvs.be>"
    assert decision.bounce.permanent
    delay = parsed("bounce_delay.eml")
    assert delay.bounce is not None and not delay.bounce.permanent
    qmail = parsed("bounce_qmail.eml")
    assert qmail.bounce is not None and qmail.bounce.failed_recipients == ["info@oude-vzw.be"]


def test_auto_replies_and_bounces_are_about_the_event() -> None:
    for name in ("auto_reply_header.eml", "bounce_qmail.eml"):
        assert parsed(name).about_event


def test_unrelated_mail_is_left_alone() -> None:
    for name in ("other_personal.eml", "other_newsletter.eml", "other_spam.eml", "empty.eml"):
        decision = parsed(name)
        assert not decision.about_event, name
        assert not decision.needs_review, name


def test_ambiguous_from_header_is_never_trusted() -> None:
    decision = parsed("sender_cve.eml")
    assert decision.sender is None
    assert all(r.email != "attacker@evil.example" for r in decision.registrants)
    assert any("not trusted" in reason for reason in decision.reasons)


def test_header_signals() -> None:
    newsletter = parsed("other_newsletter.eml")
    assert newsletter.bulk
    auto = parsed("auto_reply_header.eml")
    assert auto.auto_submitted
    assert auto.sender == "joke.verhulst@brugge.be"
    assert auto.message_id == "<auto-header@brugge.be>"


def test_unreadable_file_gets_a_review_decision(tmp_path: Path) -> None:
    decision = decide_file(tmp_path / "missing.eml")
    assert decision.kind == Kind.OTHER and decision.needs_review
    assert "cannot read" in decision.reasons[0]


def test_not_a_message() -> None:
    decision = decide(b"\x00\x01 this is not mail at all")
    assert decision.kind == Kind.OTHER
    assert decision.needs_review


def test_signature_in_an_outlook_html_table() -> None:
    assert people(parsed("reg_outlook_html_signature.eml")) == [
        ("Katrien Vandamme", "Kortrijk", "Teamcoach Personeel", "katrien.vandamme@kortrijk.be")
    ]


def test_gmail_html_quote_is_not_the_writers_text() -> None:
    assert people(parsed("reg_gmail_html_reply.eml")) == [
        ("Wout Peeters", "Gent", "Diensthoofd Burgerzaken", "wout.peeters@gent.be")
    ]


def test_colleague_added_to_an_existing_registration() -> None:
    assert people(parsed("reg_adds_colleague.eml")) == [
        ("Els Wouters", "Gent", None, "els.wouters@gent.be")
    ]


def test_several_fields_on_one_line_and_numbered_blocks() -> None:
    assert people(parsed("reg_inline_fields.eml")) == [
        ("Lies Martens", "Aalst", "communicatieambtenaar", "lies.martens@aalst.be")
    ]
    assert people(parsed("reg_numbered_blocks.eml")) == [
        ("Ann Peeters", "Genk", "HR-manager", "ann.peeters@genk.be"),
        ("Bart Jacobs", "Genk", "diensthoofd financiën", "bart.jacobs@genk.be"),
    ]


def test_english_sentence_and_city_of_ghent() -> None:
    assert people(parsed("reg_english_free_text.eml")) == [
        ("John Peters", "Gent", "data analyst", "john.peters@stad.gent")
    ]


def test_apple_html_cancellation_reads_the_quoted_confirmation() -> None:
    assert people(parsed("cancel_apple_html_quote.eml")) == [
        ("Lies Claes", "Leuven", "archivaris", "lies.claes@leuven.be")
    ]


def test_reply_to_the_workers_own_confirmation() -> None:
    assert people(parsed("cancel_worker_confirmation.eml")) == [
        ("Jan Peeters", "Gent", "jurist", "jan.peeters@gent.be")
    ]


def test_several_people_in_one_labelled_block() -> None:
    assert people(parsed("reg_two_in_one_block.eml")) == [
        ("Jan Peeters", "Gent", "jurist", "jan.peeters@gent.be"),
        ("Els Wouters", "Gent", "HR-adviseur", "els.wouters@gent.be"),
    ]
