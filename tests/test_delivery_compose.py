"""Composition of replies: threading, RFC 3834 and loop headers, parts, languages, .ics, injection."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest

from inbox_worker.config import Settings
from inbox_worker.delivery import invitation
from inbox_worker.delivery.compose import (
    AUTO_SUBMITTED_HEADER,
    LOOP_HEADER,
    ComposedReply,
    Thread,
    UnusableAddress,
    clean_display_name,
    clean_text,
    compose_reply,
    encoded_words,
    header_field,
    mailbox_value,
    reply_subject,
    usable_address,
)
from models.records import Registrant
from models.tables import OutboxPurpose

NOW = dt.datetime(2018, 11, 20, 9, 0, tzinfo=dt.UTC)
JAN = Registrant(
    name="Jan Peeters", municipality="Gent", function="stadssecretaris", email="jan@gent.be"
)
THREAD = Thread("<reg-1@gent.be>", "Inschrijving seminarie", ("<earlier@gent.be>",))
INJECTING_NAMES = [
    "Jan\r\nBcc: evil@attacker.example",
    "Jan\nBcc: evil@attacker.example",
    "Jan\rBcc: evil@attacker.example",
    "=?utf-8?q?Jan=0D=0ABcc=3A_evil=40attacker=2Eexample?=",
    "=?utf-8?b?SmFuDQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=",
    "Jan\u2028Bcc: evil@attacker.example",
    "Jan\x00\x0bBcc: evil@attacker.example",
]


def compose(settings: Settings | None = None, **overrides: Any) -> ComposedReply:
    arguments: dict[str, Any] = {
        "purpose": OutboxPurpose.CONFIRMATION,
        "to_address": "jan@gent.be",
        "to_name": "Jan Peeters",
        "registrants": [JAN],
        "thread": THREAD,
        "language": "nl",
        "now": NOW,
    }
    arguments.update(overrides)
    return compose_reply(settings or Settings(), **arguments)


def parsed(reply: ComposedReply) -> EmailMessage:
    message = email.message_from_bytes(reply.as_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def calendar_of(message: EmailMessage) -> icalendar.Calendar:
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return icalendar.Calendar.from_ical(str(part.get_content()))


# -- headers ----------------------------------------------------------------------------------


def test_reply_is_threaded_under_the_persons_mail() -> None:
    message = parsed(compose())
    assert message["In-Reply-To"] == "<reg-1@gent.be>"
    assert message["References"].split() == ["<earlier@gent.be>", "<reg-1@gent.be>"]
    assert message["Subject"] == "Re: Inschrijving seminarie"


@pytest.mark.parametrize(
    "original",
    ["Re: Inschrijving", "RE: Re: Inschrijving", "Antw: AW: re[2]: Inschrijving", "Inschrijving"],
)
def test_subject_gets_one_re_prefix(original: str) -> None:
    assert reply_subject(original, "fallback") == "Re: Inschrijving"


def test_without_an_original_the_template_subject_is_used() -> None:
    message = parsed(compose(thread=None))
    assert message["Subject"] == "Inschrijving bevestigd: Stadsorganisaties in transitie"
    assert message["In-Reply-To"] is None
    assert message["References"] is None


def test_rfc3834_loop_date_and_message_id_headers() -> None:
    reply = compose()
    message = parsed(reply)
    assert message[AUTO_SUBMITTED_HEADER] == "auto-replied"
    assert message[LOOP_HEADER] == "linda.boudry@kcvs.be"
    assert message["Message-ID"] == reply.message_id
    assert reply.message_id.endswith("@kcvs.be>")
    assert message["Date"].datetime == NOW
    assert message["From"].addresses[0].addr_spec == "linda.boudry@kcvs.be"
    assert message["From"].addresses[0].display_name == (
        "Linda Boudry (Kenniscentrum Vlaamse Steden)"
    )
    assert message["Content-Language"] == "nl"


def test_every_composition_has_its_own_message_id() -> None:
    assert compose().message_id != compose().message_id


def test_the_composed_reply_knows_its_recipient_and_parses_back() -> None:
    reply = compose(to_address=" Jan@Gent.BE ", to_name="Zoë Van den Broeck")
    assert (reply.recipient.addr_spec, reply.recipient.display_name) == (
        "Jan@gent.be",
        "Zoë Van den Broeck",
    )
    assert reply.message["Message-ID"] == reply.message_id
    assert reply.as_bytes().startswith(b"From: ") and b"\r\n\r\n--=_" in reply.as_bytes()


def test_an_invalid_original_message_id_is_not_copied() -> None:
    message = parsed(compose(thread=Thread("<bad id>\r\nX-Evil: 1", "Inschrijving")))
    assert message["In-Reply-To"] is None
    assert message["X-Evil"] is None


# -- header injection and addresses -----------------------------------------------------------


@pytest.mark.parametrize("name", INJECTING_NAMES)
def test_a_line_break_in_a_name_never_adds_a_header(name: str) -> None:
    reply = compose(to_name=name, registrants=[JAN.model_copy(update={"name": name})])
    message = parsed(reply)
    assert message["Bcc"] is None
    assert b"\nBcc:" not in reply.as_bytes()
    (recipient,) = message["To"].addresses
    assert recipient.addr_spec == "jan@gent.be"
    assert "\n" not in recipient.display_name and "\r" not in recipient.display_name


@pytest.mark.parametrize("subject", INJECTING_NAMES)
def test_a_line_break_in_the_original_subject_never_adds_a_header(subject: str) -> None:
    reply = compose(thread=Thread("<reg-1@gent.be>", subject))
    message = parsed(reply)
    assert message["Bcc"] is None
    assert message["Subject"].startswith("Re: Jan")
    assert b"\nBcc:" not in reply.as_bytes()


@pytest.mark.parametrize(
    "address",
    [
        "alice@example.com <bob@example.com>",
        "Alice <alice@example.com>",
        "<alice@example.com>",
        "alice@example.com, bob@example.com",
        "alice@example.com;bob@example.com",
        "alice@example.com\r\nBcc: evil@attacker.example",
        "alice@example.com\x00",
        '"alice smith"@example.com',
        "alice@@example.com",
        "alice@",
        "",
        "jeanne.d'arc@xn--",
        "andré@example.com",
    ],
)
def test_only_a_single_valid_address_is_ever_a_recipient(address: str) -> None:
    assert usable_address(address) is None
    with pytest.raises(UnusableAddress):
        compose(to_address=address)


def test_an_address_in_the_display_name_is_dropped() -> None:
    message = parsed(compose(to_address="bob@example.com", to_name="alice@example.com"))
    (recipient,) = message["To"].addresses
    assert recipient.addr_spec == "bob@example.com"
    assert recipient.display_name == ""
    assert "alice" not in str(message["To"])


def test_usable_addresses_are_normalised() -> None:
    assert usable_address(" Jan.Peeters@Gent.BE ") == "Jan.Peeters@gent.be"
    assert usable_address("jan@stad.gent") == "jan@stad.gent"
    assert usable_address("info@brüssel.example") == "info@xn--brssel-4ya.example"


def test_clean_text_removes_control_characters() -> None:
    assert clean_text("a\tb\r\nc\x00d\u200be") == "a b c d e"


LONG_ATOM = "x" * 300
TRICKY_NAMES = [
    "Aïcha Benali",
    "Zoë Van den Broeck",
    'Jan "de Man" Peeters',
    "Peeters, Jan",
    "O'Brien; Mary (Gent) \\ Brussel",
    'Zoë Peeters, "Jantje" (Gent)',
    "Zoë Van den Broeck-Verhoeven " * 6,
    LONG_ATOM,
    "=?utf-8?q?Jan=0D=0ABcc=3A_evil=40attacker=2Eexample?=",
    "=?utf-8?q?=3D=3Futf-8=3Fq=3FJan=3D0D=3D0ABcc=3F=3D?=",  # decodes to an encoded word
    "Jan =?utf-8?q?x?= Peeters",
    "名前 テスト",
]
TRICKY_SUBJECTS = [
    "Inschrijving seminarie – Zoë",
    'Inschrijving "Stadsorganisaties", Gent; Antwerpen (2)',
    "Zoë " * 70,
    "Inschrijving " * 20,
    "=?utf-8?b?SW5zY2hyaWp2aW5nDQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=",
    "Re: =?utf-8?q?=3D=3Futf-8=3Fq=3Fx=3F=3D?= en meer",
    "éééé" * 60,
    "Zoë Van den Broeck-Verhoeven " * 6,
    "Jan =?utf-8?q?x?= Peeters",
    "Re: Re: Aïcha",
    "名前 テスト" * 30,
    "Inschrijving\u00a0seminarie\u200b Gent\u2028Bcc: x@y.z",
]
EXPECTED_HEADERS = [
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    AUTO_SUBMITTED_HEADER,
    "X-Auto-Response-Suppress",
    LOOP_HEADER,
    "MIME-Version",
    "Content-Type",
    "Content-Language",
]


def header_lines(raw: bytes) -> list[bytes]:
    head, _, _ = raw.partition(b"\r\n\r\n")
    return head.split(b"\r\n")


@pytest.mark.parametrize(("name", "subject"), list(zip(TRICKY_NAMES, TRICKY_SUBJECTS, strict=True)))
def test_tricky_names_and_subjects_parse_back_unchanged(name: str, subject: str) -> None:
    registrant = JAN.model_copy(update={"name": name})
    references = tuple(f"<earlier-{number}@gent.be>" for number in range(8))
    thread = Thread("<reg-1@gent.be>", subject, references)
    reply = compose(to_name=name, registrants=[registrant], thread=thread)
    raw = reply.as_bytes()
    message = parsed(reply)

    assert list(message.keys()) == EXPECTED_HEADERS
    assert not message.defects
    (recipient,) = message["To"].addresses
    assert (recipient.display_name, recipient.addr_spec) == (
        clean_display_name(name),
        "jan@gent.be",
    )
    assert message["Subject"] == reply_subject(subject, "") == reply.subject
    assert message["Message-ID"] == reply.message_id
    assert message["In-Reply-To"] == "<reg-1@gent.be>"
    assert message["References"].split() == [*references, "<reg-1@gent.be>"]
    assert message["From"].addresses[0].addr_spec == "linda.boudry@kcvs.be"
    assert clean_text(name, 120) in body(message, "plain")
    assert calendar_of(message).walk("VEVENT")
    for line in header_lines(raw):
        assert line.isascii() and not line.startswith(b"Bcc")
        assert len(line) <= 998
        assert b"=?" not in line or len(line) <= 76
    long_lines = [line for line in raw.split(b"\r\n") if len(line) > 76]
    assert long_lines == [] or name == LONG_ATOM  # a word of 120 letters cannot be folded


def test_a_display_name_that_needs_many_encoded_words_decodes_exactly() -> None:
    # The standard library's address parser keeps the space between two adjacent encoded
    # words of a display name (RFC 2047 says to drop it), so this uses the plain decoder.
    for name in ["Ω" * 120, "Zoë " * 30, "Zoë, " * 24]:
        value = mailbox_value(name.strip(), "jan@gent.be")
        assert str(make_header(decode_header(value))) == f"{name.strip()} <jan@gent.be>"
        assert all(len(word) <= 67 for word in value.split())


@pytest.mark.parametrize("text", ["plain", "Zoë", " ", "a b", "=?x?=", "名前 テスト" * 20, "é_=?"])
def test_encoded_words_decode_to_the_text(text: str) -> None:
    words = encoded_words(text)
    assert str(make_header(decode_header(" ".join(words)))) == text
    assert all(len(word) <= 67 and word.isascii() and word.isprintable() for word in words)


@pytest.mark.parametrize(
    "value", ["a\r\nBcc: evil@attacker.example", "a\nb", "a\rb", "Zoë", "a\tb"]
)
def test_a_header_value_that_is_not_printable_ascii_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        header_field("Subject", value)


def test_long_header_values_are_folded_at_their_own_spaces() -> None:
    value = " ".join(f"<id-{number}@gent.be>" for number in range(30))
    field = header_field("References", value)
    lines = field.removesuffix("\r\n").split("\r\n")
    assert len(lines) > 1 and all(0 < len(line) <= 76 for line in lines)
    assert all(line.startswith(" <") for line in lines[1:])
    assert "".join(lines) == f"References: {value}"


# -- parts and templates ----------------------------------------------------------------------


def test_text_and_html_parts_show_the_details_and_practical_facts() -> None:
    message = parsed(compose())
    text = body(message, "plain")
    html = body(message, "html")
    for label, value in [
        ("Naam:", "Jan Peeters"),
        ("Stad/gemeente:", "Gent"),
        ("Functie:", "stadssecretaris"),
        ("E-mailadres:", "jan@gent.be"),
    ]:
        assert any(label in line and value in line for line in text.splitlines()), label
    for fact in ["vrijdag 7 december 2018", "9.30 uur", "10.00 uur", "12.30–13.00 uur"]:
        assert fact in text and fact in html
    assert "Auditorium Permeke bibliotheek, De Coninckplein 26, 2060 Antwerpen" in text
    assert "Antwoord dan gewoon op deze mail" in text
    assert text.rstrip().endswith("Linda Boudry\nKenniscentrum Vlaamse Steden")
    assert "Stadsorganisaties in transitie" in html


def test_html_is_escaped() -> None:
    evil = JAN.model_copy(update={"name": "<script>alert(1)</script>", "function": "R&D"})
    html = body(parsed(compose(registrants=[evil], to_name=None)), "html")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "R&amp;D" in html


@pytest.mark.parametrize(
    ("language", "subject", "phrases"),
    [
        ("nl", "Inschrijving bevestigd", ["Beste Jan Peeters,", "Stad/gemeente:", "Met vriendelijke groeten"]),
        ("en", "Registration confirmed", ["Dear Jan Peeters,", "City/municipality:", "Kind regards"]),
        ("fr", "Inscription confirmée", ["Bonjour Jan Peeters,", "Ville/commune :", "Bien cordialement"]),
    ],
)  # fmt: skip
def test_languages(language: str, subject: str, phrases: list[str]) -> None:
    message = parsed(compose(language=language, thread=None))
    assert message["Subject"].startswith(subject)
    assert message["Content-Language"] == language
    text = body(message, "plain")
    for phrase in phrases:
        assert phrase in text


def test_an_unknown_language_falls_back_to_the_configured_default() -> None:
    assert parsed(compose(language="de"))["Content-Language"] == "nl"
    settings = Settings(replies={"default_language": "en"})
    assert parsed(compose(settings, language=None))["Content-Language"] == "en"


@pytest.mark.parametrize(
    "purpose",
    [
        OutboxPurpose.CONFIRMATION,
        OutboxPurpose.SUMMARY,
        OutboxPurpose.ALREADY_REGISTERED,
        OutboxPurpose.LATE,
        OutboxPurpose.WAITLISTED,
        OutboxPurpose.PROMOTED,
        OutboxPurpose.CANCEL_ACK,
        OutboxPurpose.CORRECTION_ACK,
    ],
)
@pytest.mark.parametrize("language", ["nl", "en", "fr"])
def test_every_purpose_renders_in_every_language(purpose: OutboxPurpose, language: str) -> None:
    message = parsed(compose(purpose=purpose, language=language, thread=None))
    assert message["Subject"]
    text = body(message, "plain")
    assert "Linda Boudry" in text
    assert "{{" not in text and "{%" not in text
    assert "\n\n\n" not in text


def test_group_confirmation_lists_everyone() -> None:
    an = Registrant(name="An Smet", municipality="Gent", function="beleidsmedewerker")
    message = parsed(compose(purpose=OutboxPurpose.SUMMARY, registrants=[JAN, an]))
    text = body(message, "plain")
    assert "1. Jan Peeters" in text and "2. An Smet" in text
    assert "beleidsmedewerker" in text


def test_the_purpose_digest_is_not_a_reply() -> None:
    with pytest.raises(ValueError, match="not a reply purpose"):
        compose(purpose=OutboxPurpose.DIGEST)


def test_a_template_in_the_override_folder_wins(tmp_path: Path) -> None:
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "confirmation.txt").write_text(
        '{% extends "nl/_base.txt" %}{% block subject %}Tot op {{ event.date_text }}!'
        "{% endblock %}{% block body %}Eigen tekst voor {{ registrant.name }}.{% endblock %}\n"
    )
    settings = Settings(replies={"templates_dir": str(tmp_path)})
    message = parsed(compose(settings, thread=None))
    assert message["Subject"] == "Tot op vrijdag 7 december 2018!"
    assert "Eigen tekst voor Jan Peeters." in body(message, "plain")
    assert "Dit hebben we genoteerd" in body(message, "html")  # not overridden: shipped


# -- the calendar invitation ------------------------------------------------------------------


def test_the_invitation_has_brussels_times_and_the_venue() -> None:
    message = parsed(compose())
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_filename() == "uitnodiging.ics"
    assert part.get_param("method") == "PUBLISH"
    calendar = calendar_of(message)
    assert calendar["METHOD"] == "PUBLISH"
    (timezone,) = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "Europe/Brussels"
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start == dt.datetime(2018, 12, 7, 10, 0, tzinfo=start.tzinfo)
    assert str(start.tzinfo) == "Europe/Brussels"
    assert start.astimezone(dt.UTC) == dt.datetime(2018, 12, 7, 9, 0, tzinfo=dt.UTC)
    assert event.decoded("DTEND").astimezone(dt.UTC) == dt.datetime(
        2018, 12, 7, 12, 0, tzinfo=dt.UTC
    )
    assert str(event["LOCATION"]) == (
        "Auditorium Permeke bibliotheek, De Coninckplein 26, 2060 Antwerpen"
    )
    assert str(event["SUMMARY"]) == "Stadsorganisaties in transitie"
    assert str(event["ORGANIZER"]) == "mailto:linda.boudry@kcvs.be"
    assert event["ORGANIZER"].params["CN"] == "Linda Boudry"
    assert "9.30 uur" in str(event["DESCRIPTION"])


def test_the_invitation_uid_is_stable_per_registrant() -> None:
    first = calendar_of(parsed(compose())).walk("VEVENT")[0]["UID"]
    again = calendar_of(parsed(compose(purpose=OutboxPurpose.PROMOTED))).walk("VEVENT")[0]["UID"]
    other = JAN.model_copy(update={"email": "an@gent.be", "name": "An Smet"})
    different = calendar_of(parsed(compose(registrants=[other], to_address="an@gent.be")))
    assert first == again
    assert different.walk("VEVENT")[0]["UID"] != first
    assert "jan" not in str(first)


@pytest.mark.parametrize(
    "purpose", [OutboxPurpose.LATE, OutboxPurpose.WAITLISTED, OutboxPurpose.CANCEL_ACK]
)
def test_no_invitation_without_a_place(purpose: OutboxPurpose) -> None:
    message = parsed(compose(purpose=purpose))
    assert all(part.get_content_type() != "text/calendar" for part in message.walk())


def test_no_invitation_when_the_registrant_is_waitlisted() -> None:
    class Row:
        name, municipality, function, email, status = (
            "Jan",
            "Gent",
            None,
            "jan@gent.be",
            "waitlisted",
        )

    message = parsed(compose(purpose=OutboxPurpose.ALREADY_REGISTERED, registrants=[Row()]))
    assert all(part.get_content_type() != "text/calendar" for part in message.walk())
    assert "(op de wachtlijst)" in body(message, "plain")


@pytest.mark.parametrize(
    ("uid", "stamp"),
    [
        ("0123456789abcdef0123456789abcdef@kcvs.be", NOW),
        ("fedcba9876543210fedcba9876543210@" + "long-subdomain." * 5 + "be", NOW),
        ("x@y", dt.datetime(2019, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
    ],
)
def test_the_shared_invitation_frame_gives_the_bytes_of_a_calendar_built_anew(
    uid: str, stamp: dt.datetime
) -> None:
    event = Settings().event
    for description in ["Stadsorganisaties in transitie\nGent, 9.30 uur", "Zoë; a, b\\c " * 20]:
        cached = invitation.build_invitation(event, uid=uid, description=description, now=stamp)
        fresh = invitation.build_invitation_from_scratch(
            event, uid=uid, description=description, now=stamp
        )
        assert cached == fresh


def test_the_calendar_is_built_once_per_event_and_description(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    event = Settings().event
    description = "Only this test's description"
    invitation.build_invitation(event, uid="first@kcvs.be", description=description, now=NOW)
    built_anew: list[str] = []
    original = invitation.build_invitation_from_scratch

    def counting(*args: Any, **kwargs: Any) -> bytes:
        built_anew.append(kwargs["uid"])
        return original(*args, **kwargs)

    monkeypatch.setattr(invitation, "build_invitation_from_scratch", counting)
    for number in range(3):
        uid = f"{number}@kcvs.be"
        data = invitation.build_invitation(event, uid=uid, description=description, now=NOW)
        assert f"UID:{uid}".encode() in data
    assert built_anew == []


def test_a_changed_event_setting_changes_the_invitation() -> None:
    settings = Settings()
    before = calendar_of(parsed(compose(settings)))
    settings.event.venue = "Stadhuis"
    after = calendar_of(parsed(compose(settings)))
    assert str(before.walk("VEVENT")[0]["LOCATION"]).startswith("Auditorium")
    assert str(after.walk("VEVENT")[0]["LOCATION"]).startswith("Stadhuis")
