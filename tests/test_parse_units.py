"""Focused checks of the parser's parts: charsets, HTML, quotes, labels, names, senders, signals."""

from __future__ import annotations

import pytest

from inbox_worker.parsing.charsets import decode_bytes, decode_header_text
from inbox_worker.parsing.classify import detect_language, read_intent
from inbox_worker.parsing.decode import decode, unflow
from inbox_worker.parsing.extract import sentences
from inbox_worker.parsing.fields import Field, label_field, labelled_people, match_label
from inbox_worker.parsing.headers import parse_single_address
from inbox_worker.parsing.htmltext import html_to_text
from inbox_worker.parsing.quotes import split_body
from inbox_worker.parsing.validate import check_registrant, clean_name


# -- decoding -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ("coördinator".encode(), None, "coördinator"),
        ("coördinator".encode("latin-1"), None, "coördinator"),
        ("D’Haene – …".encode("cp1252"), "iso-8859-1", "D’Haene – …"),
        ("é".encode(), "iso-8859-1", "é"),  # a wrong latin-1 label on UTF-8
        (b"plain", "x-unknown", "plain"),
    ],
)
def test_charsets(data: bytes, declared: str | None, text: str) -> None:
    assert decode_bytes(data, declared) == text


def test_encoded_words_and_raw_bytes_in_headers() -> None:
    assert (
        decode_header_text("=?iso-8859-1?q?R=E9ponse?= =?iso-8859-1?q?_automatique?=")
        == "Réponse automatique"
    )
    assert decode_header_text("=?utf-8?b?Q2hsb8Or?= <c@x.be>") == "Chloë <c@x.be>"
    assert decode_header_text("Ren\udce9 <r@b.be>") == "René <r@b.be>"


def test_format_flowed() -> None:
    assert (
        unflow("een lange \nregel\n> geciteerd \n> stuk\n-- \nsig")
        == "een lange regel\n> geciteerd stuk\n-- \nsig"
    )


def test_html_keeps_rows_items_and_quotes() -> None:
    html = (
        "<style>p{}</style><p>Dag</p><ul><li>een</li><li>twee</li></ul>"
        "<table><tr><td>Naam</td><td>Jan Peeters</td></tr><tr><td>Functie</td><td>jurist</td></tr></table>"
        "<blockquote>oud</blockquote>"
    )
    assert html_to_text(html).splitlines() == [
        "Dag",
        "- een",
        "- twee",
        "Naam | Jan Peeters",
        "Functie | jurist",
        "> oud",
    ]


def test_html_only_mail_and_attachments() -> None:
    raw = (
        b"From: a@b.be\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Naam: Jan</p>\r\n--b\r\n"
        b"Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\nxx\r\n--b--\r\n"
    )
    mail = decode(raw)
    assert mail.text == "Naam: Jan"
    assert [a.filename for a in mail.attachments] == ["a.pdf"]


# -- senders ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "address"),
    [
        ("Jan Peeters <Jan.Peeters@Gent.be>", "jan.peeters@gent.be"),
        ("=?utf-8?q?Chlo=C3=AB?= <c@mol.be>", "c@mol.be"),
        ("jan@gent.be (Jan)", "jan@gent.be"),
        ("alice@example.com <bob@example.com>", None),  # CVE-2023-27043
        ("a@b.be, c@d.be", None),
        ('"alice@example.com" <bob@example.com>', None),
        ("Jan <jan@gent.be> <other@evil.be>", None),
        ("", None),
    ],
)
def test_strict_sender(header: str, address: str | None) -> None:
    parsed, problem = parse_single_address(header)
    assert (parsed.email if parsed else None) == address
    assert (problem is None) == (address is not None)


# -- quotes -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "header",
    [
        "Van: Linda Boudry <linda.boudry@kcvs.be>\nVerzonden: maandag 5 november 2018 10:02\nAan: X\nOnderwerp: Y",
        "-----Oorspronkelijk bericht-----\nVan: Linda Boudry\nVerzonden: maandag\nAan: X",
        "Op 5 nov. 2018 om 10:02 schreef Linda Boudry <linda.boudry@kcvs.be>:",
        "On Mon, Nov 5, 2018 at 10:02 AM Linda Boudry <linda.boudry@kcvs.be> wrote:",
        "Le lun. 5 nov. 2018 à 10:02, Linda Boudry <linda.boudry@kcvs.be> a écrit :",
        "---------- Forwarded message ---------\nFrom: Linda Boudry <linda.boudry@kcvs.be>",
    ],
)
def test_quote_headers_end_the_own_text(header: str) -> None:
    body = split_body(f"Ik kom graag.\n\nJan\n\n{header}\n\n> Naam:\n> Functie:\n")
    assert body.own_text.startswith("Ik kom graag.")
    assert "Naam" not in "\n".join(body.own)
    assert body.quoted


def test_answers_typed_between_quoted_lines() -> None:
    body = split_body(
        "Zie hieronder.\n\nOp 5/11 schreef Linda Boudry:\n> Naam:\nJan Peeters\n> Functie:\njurist\n"
    )
    assert body.interleaved == ["Jan Peeters", "jurist"]


def test_signature_and_disclaimer() -> None:
    body = split_body(
        "Ik kom graag.\n\nMet vriendelijke groeten,\nJan Peeters\nJurist\nStad Gent\n\n"
        "Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk.\n"
    )
    assert body.own_text == "Ik kom graag."
    assert body.signature == ["Jan Peeters", "Jurist", "Stad Gent"]
    assert body.disclaimer


# -- labels -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Naam", Field.NAME),
        ("NAAM", Field.NAME),
        ("Voornaam", Field.FIRST_NAME),
        ("Familienaam", Field.LAST_NAME),
        ("Stad / gemeente", Field.ORGANISATION),
        ("stad/gemeente", Field.ORGANISATION),
        ("Organisatie", Field.ORGANISATION),
        ("Ville / commune", Field.ORGANISATION),
        ("Functie", Field.FUNCTION),
        ("Funtie", Field.FUNCTION),
        ("Position", Field.FUNCTION),
        ("E-mailadres", Field.EMAIL),
        ("E-mailades", Field.EMAIL),
        ("Courriel", Field.EMAIL),
        ("Onderwerp", None),
        ("Naar", None),
        ("Dienst/functie", Field.FUNCTION),
        ("Graad / functie", Field.FUNCTION),
        ("Naam / functie", None),  # two fields in one label: which value is which is unclear
        ("Datum en uur van aankomst / functie", None),
        ("Voornaam + naam", Field.NAME),
    ],
)
def test_labels(label: str, field: Field | None) -> None:
    assert label_field(label) == field


@pytest.mark.parametrize(
    "line",
    [
        "Naam: Jan Peeters",
        "naam - Jan Peeters",
        "Naam\t\tJan Peeters",
        "Naam | Jan Peeters",
        "Naam    : Jan Peeters",
        "Voornaam + naam: Jan Peeters",
    ],
)
def test_label_separators(line: str) -> None:
    found = match_label(line)
    assert found is not None
    assert found[0] == Field.NAME and found[2] == "Jan Peeters"


def test_several_people_in_labelled_blocks_and_tables() -> None:
    lines = [
        "Naam: Jan",
        "Functie: a",
        "Naam: Piet",
        "Functie: b",
        "",
        "Naam | E-mail",
        "An | an@x.be",
        "El | el@x.be",
    ]
    people = labelled_people(lines)
    assert [p.name for p in people] == ["An", "El", "Jan", "Piet"]


# -- names and validation ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("PEETERS Jan", "Jan Peeters"),
        ("Dhr. VAN DEN BOSSCHE Luc", "Luc Van den Bossche"),
        ("Mevr. Ingrid Cools", "Ingrid Cools"),
        ("Prof. dr. Katrien Vanhaecht", "Katrien Vanhaecht"),
        ("Verbeke, Wim", "Wim Verbeke"),
        ("Stijn D’Haene", "Stijn D’Haene"),
    ],
)
def test_names_in_natural_case(raw: str, name: str) -> None:
    assert clean_name(raw) == name


def test_invalid_fields_are_dropped_and_reported() -> None:
    registrant, problems = check_registrant("Jan Peeters", "Gent", "jurist\x07", "not-an-address")
    assert registrant.email is None and registrant.function is None
    assert len(problems) == 2
    registrant, problems = check_registrant("Jan Peeters", None, None, "Jan.Peeters@Stad.GENT")
    assert registrant.email == "jan.peeters@stad.gent" and not problems


# -- intent and language ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Graag schrijf ik mij in voor het seminarie.", "register"),
        ("Hierbij meld ik mij aan.", "register"),
        ("I would like to register for the seminar.", "register"),
        ("Je souhaite m'inscrire au séminaire.", "register"),
        ("Ik moet helaas afzeggen.", "cancel"),
        ("Unfortunately I have to cancel my registration.", "cancel"),
        ("Je dois annuler ma participation.", "cancel"),
        ("Is er parking in de buurt?", "question"),
        ("Mag je mijn inschrijving schrappen?", "cancel"),
        ("Ik kom misschien.", "tentative"),
        ("Mijn collega komt in mijn plaats.", "substitution"),
        ("Ik eet glutenvrij.", "practical"),
    ],
)
def test_intent(text: str, what: str) -> None:
    intent = read_intent(sentences(text), text)
    found = {
        "register": bool(intent.register),
        "cancel": bool(intent.cancel),
        "question": bool(intent.questions),
        "tentative": bool(intent.tentative),
        "substitution": bool(intent.substitution),
        "practical": bool(intent.practical),
    }
    assert found[what], found
    if what == "cancel":
        assert not intent.questions  # asking for the cancellation itself needs no answer


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Graag schrijf ik mij in voor het seminarie.", "nl"),
        ("I would like to register for the seminar, thank you.", "en"),
        ("Je souhaite m'inscrire au séminaire, merci.", "fr"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een andere vergadering moeten annuleren om te kunnen komen.",
        "Koptelefoon met Active Noise Cancellation.",
        "Excusez-moi pour le retard.",
        "Klik hier om u af te melden voor de nieuwsbrief.",
        "Ik kan niet wachten!",
    ],
)
def test_not_a_cancellation(text: str) -> None:
    assert not read_intent(sentences(text), text).cancel


@pytest.mark.parametrize(
    "text", ["Misschien tot dan!", "Bedankt, misschien interessant voor later."]
)
def test_pleasantries_are_not_doubt(text: str) -> None:
    assert not read_intent(sentences(text), text).tentative
