"""General patterns of mail, each with its own small example built here."""

from __future__ import annotations

from email.message import EmailMessage

from inbox_worker.parsing import decide
from models.records import Decision, Kind

ORGANISER = "Linda Boudry <linda.boudry@kcvs.be>"
TITLE = "Stadsorganisaties in transitie"


def mail(
    body: str,
    subject: str = f"Inschrijving {TITLE}",
    sender: str = "Greet Maes <greet.maes@herent.be>",
    cc: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ORGANISER
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Message-ID"] = "<general@example.be>"
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    return message.as_bytes()


def people(decision: Decision) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(r.name, r.municipality, r.function, r.email) for r in decision.registrants]


# -- automatic mail that is not an auto-reply -----------------------------------------------------
def test_read_receipt_is_other_mail() -> None:
    decision = decide(
        mail(
            "Uw bericht is gelezen op donderdag 29 november 2018 10:12.",
            subject=f"Gelezen: {TITLE}",
        )
    )
    assert (decision.kind, decision.needs_review) == (Kind.OTHER, False)


def test_accepted_meeting_is_other_mail() -> None:
    decision = decide(mail("", subject=f"Geaccepteerd: {TITLE}"))
    assert (decision.kind, decision.needs_review) == (Kind.OTHER, False)


# -- another event -------------------------------------------------------------------------------
def test_registration_for_another_event_sent_to_the_organiser_needs_an_answer() -> None:
    body = (
        "Dag Linda,\n\nGraag schrijf ik mij in voor de studiedag Lokale Economie op 14 maart.\n\n"
        "Naam: Greet Maes\nGemeente: Herent\nFunctie: ambtenaar lokale economie\n"
        "E-mail: greet.maes@herent.be\n\nGroeten,\nGreet Maes\n"
    )
    decision = decide(mail(body, subject="Inschrijving studiedag Lokale Economie"))
    assert decision.kind == Kind.OTHER
    assert decision.needs_review


# -- how many come --------------------------------------------------------------------------------
def test_wrapped_sentence_keeps_the_colleagues_and_their_functions() -> None:
    body = (
        f"Dag Linda,\n\nVoor {TITLE} komen we met z'n drieën uit Herent: ikzelf, mijn collega Bert\n"
        "Claes (jeugdconsulent) en\nSara Lemmens (stedenbouwkundige).\n\n"
        "Groeten\nGreet Maes\nteamleider vrije tijd\nGemeente Herent\n"
    )
    decision = decide(mail(body))
    assert sorted(people(decision)) == [
        ("Bert Claes", "Herent", "jeugdconsulent", None),
        ("Greet Maes", "Herent", "teamleider vrije tijd", "greet.maes@herent.be"),
        ("Sara Lemmens", "Herent", "stedenbouwkundige", None),
    ]
    assert not decision.needs_review


def test_more_people_said_than_named_goes_to_review() -> None:
    body = (
        f"Dag Linda,\n\nWe zijn met 4 personen van de dienst burgerzaken op {TITLE}.\n"
        "Ik schrijf mezelf en mijn collega Bert Claes in.\n\nGroeten\nGreet Maes\n"
    )
    decision = decide(mail(body))
    assert decision.kind == Kind.REGISTRATION
    assert decision.needs_review
    assert any("4 people" in r for r in decision.reasons)


def test_names_that_follow_later_go_to_review() -> None:
    body = (
        f"Beste,\n\nIk kom graag naar {TITLE}, samen met twee collega's van de jeugddienst.\n"
        "Hun namen bezorg ik je volgende week nog.\n\nGreet Maes\n"
    )
    decision = decide(mail(body))
    assert decision.needs_review
    assert any("follow later" in r for r in decision.reasons)
