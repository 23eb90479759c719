"""General patterns of mail, each with its own small example built here."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest

from inbox_worker.parsing import decide
from inbox_worker.parsing.classify import read_intent
from inbox_worker.parsing.fields import Field, label_field, labelled_people
from inbox_worker.parsing.htmltext import html_to_text
from inbox_worker.parsing.people import clean_function, organisation_in, person_from_display
from inbox_worker.parsing.places import place_doubt, resolve_organisation, settle_municipality
from models.records import Decision, Kind

ORGANISER = "Linda Boudry <linda.boudry@kcvs.be>"
TITLE = "Stadsorganisaties in transitie"


def message_to_organiser(
    body: str,
    subject: str = f"Inschrijving {TITLE}",
    sender: str = "Greet Maes <greet.maes@herent.be>",
    cc: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """A plain mail to the organiser, for tests that add parts to it."""
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
    return message


def mail(
    body: str,
    subject: str = f"Inschrijving {TITLE}",
    sender: str = "Greet Maes <greet.maes@herent.be>",
    cc: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    return message_to_organiser(body, subject, sender, cc, headers).as_bytes()


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


# -- tables with empty cells ----------------------------------------------------------------------
def test_html_table_keeps_the_place_of_an_empty_cell() -> None:
    html = (
        "<table><tr><td>Naam</td><td>Functie</td><td>E-mail</td></tr>"
        "<tr><td>Jan Peeters</td><td></td><td>jan.peeters@herent.be</td></tr></table>"
    )
    assert html_to_text(html).splitlines() == [
        "Naam | Functie | E-mail",
        "Jan Peeters | | jan.peeters@herent.be",
    ]
    people = labelled_people(html_to_text(html).splitlines())
    assert [p.values for p in people] == [
        {Field.NAME: "Jan Peeters", Field.EMAIL: "jan.peeters@herent.be"}
    ]


def test_spaced_table_row_without_its_last_cell_keeps_the_person() -> None:
    body = (
        f"Beste,\n\nIk schrijf twee collega's in voor {TITLE}:\n\n"
        "Naam\tGemeente\tFunctie\tE-mailadres\n"
        "Bert Claes\tHerent\tjeugdconsulent\tbert.claes@herent.be\n"
        "Sara Lemmens\tHerent\tstedenbouwkundige\t\n\n"
        "Groeten\nGreet Maes\nsecretariaat\n"
    )
    decision = decide(mail(body))
    assert sorted(people(decision)) == [
        ("Bert Claes", "Herent", "jeugdconsulent", "bert.claes@herent.be"),
        ("Sara Lemmens", "Herent", "stedenbouwkundige", None),
    ]


def test_a_table_cell_with_an_aside_does_not_run_into_the_name() -> None:
    body = (
        f"Dag Linda,\n\nWij komen met twee naar {TITLE}:\n\n"
        "Naam\tStad/gemeente\tFunctie\tE-mailadres\n"
        "Karel Van Damme\tStad Antwerpen\tbedrijfsdirecteur\tkarel.vandamme@antwerpen.be\n"
        "Frederik Smolders\tAntwerpen (district Borgerhout)\tdistrictssecretaris\t"
        "frederik.smolders@antwerpen.be\n\nGroeten,\nKarel Van Damme\n"
    )
    decision = decide(mail(body, sender="Karel Van Damme <karel.vandamme@antwerpen.be>"))
    assert sorted(people(decision)) == [
        ("Frederik Smolders", "Antwerpen", "districtssecretaris", "frederik.smolders@antwerpen.be"),
        ("Karel Van Damme", "Antwerpen", "bedrijfsdirecteur", "karel.vandamme@antwerpen.be"),
    ]


# -- details with nothing about the event ---------------------------------------------------------
def test_list_of_people_sent_to_the_organiser_is_never_dropped_silently() -> None:
    body = (
        "Dag Linda,\n\n"
        "- Bert Claes, jeugdconsulent, Gemeente Herent, bert.claes@herent.be\n"
        "- Sara Lemmens, stedenbouwkundige, Gemeente Herent, sara.lemmens@herent.be\n\n"
        "Groeten\nGreet\n"
    )
    decision = decide(mail(body, subject="Herent"))
    assert decision.needs_review or decision.kind == Kind.REGISTRATION


def test_here_are_the_registrations() -> None:
    body = (
        "Dag Linda,\n\nHierbij de inschrijvingen van onze dienst:\n\n"
        "- Bert Claes, jeugdconsulent, Gemeente Herent, bert.claes@herent.be\n"
        "- Sara Lemmens, stedenbouwkundige, Gemeente Herent, sara.lemmens@herent.be\n\n"
        "Groeten\nGreet Maes\n"
    )
    decision = decide(mail(body, subject="Seminarie"))
    assert decision.kind == Kind.REGISTRATION
    assert len(decision.registrants) == 2


# -- bilingual labels -----------------------------------------------------------------------------
def test_bilingual_labels_name_one_field() -> None:
    body = (
        "Bonjour, goedemorgen,\n\n"
        f"Inscription / inschrijving {TITLE}\n\n"
        "Nom / Naam : Lucie Dubois\nVille / Stad : Ville de Bruxelles\n"
        "Fonction / Functie : gestionnaire de projets RH\nCourriel / E-mail : l.dubois@brucity.be\n"
    )
    decision = decide(mail(body, sender="Lucie Dubois <l.dubois@brucity.be>"))
    assert people(decision) == [
        ("Lucie Dubois", "Brussel", "gestionnaire de projets RH", "l.dubois@brucity.be")
    ]


# -- partial cancellation -------------------------------------------------------------------------
def test_a_colleague_withdraws_and_the_writer_still_comes() -> None:
    body = (
        "Dag Linda,\n\nMijn collega Bert Claes komt op 7 december toch niet mee, "
        "hij heeft een gemeenteraad. Ik kom wel.\n\nGroeten\nGreet Maes\n"
    )
    decision = decide(mail(body, subject=f"RE: Bevestiging inschrijving {TITLE}"))
    assert decision.kind == Kind.CANCELLATION
    assert [r.name for r in decision.registrants] == ["Bert Claes"]


# -- an attached business card --------------------------------------------------------------------
def test_attached_vcard_gives_the_writers_function_and_municipality() -> None:
    message = EmailMessage()
    message["From"] = "Greet Maes <greet.maes@herent.be>"
    message["To"] = ORGANISER
    message["Subject"] = f"Inschrijving {TITLE}"
    message.set_content(
        f"Dag Linda,\n\nIk kom graag naar {TITLE}. Mijn gegevens in de bijlage.\n\nGreet\n"
    )
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Maes;Greet\r\nFN:Greet Maes\r\n"
        "ORG:Gemeente Herent;Dienst vrije\r\n tijd\r\nTITLE:teamleider vrije tijd\r\n"
        "EMAIL;TYPE=INTERNET:greet.maes@herent.be\r\nEND:VCARD\r\n"
    )
    message.add_attachment(
        card.encode(), maintype="text", subtype="x-vcard", filename="Greet Maes.vcf"
    )
    decision = decide(message.as_bytes())
    assert people(decision) == [
        ("Greet Maes", "Herent", "teamleider vrije tijd", "greet.maes@herent.be")
    ]


# -- titles, honorifics and appositions around a name ---------------------------------------------
def test_role_comma_honorific_name() -> None:
    body = (
        "Goedemiddag,\n\nGraag schrijf ik onze stadssecretaris, de heer Koen Wuyts, in voor "
        f"{TITLE}. Hij staat in cc.\n\nMvg\nAn Segers\nsecretariaat\n"
    )
    decision = decide(
        mail(
            body,
            sender="An Segers <an.segers@herent.be>",
            cc="Koen Wuyts <koen.wuyts@herent.be>",
        )
    )
    assert people(decision) == [("Koen Wuyts", "Herent", "stadssecretaris", "koen.wuyts@herent.be")]


def test_apposition_refines_the_title_before_the_name() -> None:
    body = (
        "Geachte,\n\nSchepen Els Goris, schepen van cultuur en jeugd, kan helaas niet aanwezig zijn "
        f"op {TITLE}. Mag u haar schrappen?\n\nSecretariaat schepencollege\n"
    )
    decision = decide(mail(body, sender="Kabinet burgemeester <kabinet@herent.be>"))
    assert decision.kind == Kind.CANCELLATION
    assert [r.function for r in decision.registrants] == ["schepen van cultuur en jeugd"]


# -- polite requests are not questions ------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Mag ik me inschrijven voor het seminarie van 7 december?", False),
        ("Ik kom graag; kan je mij op de deelnemerslijst zetten?", False),
        ("Pourriez-vous m'inscrire au séminaire ?", False),
        ("May I register for the seminar?", False),
        ("Mag ik me nog inschrijven?", True),
        ("Kan ik me inschrijven als ik geen ambtenaar ben?", True),
        ("Pourriez-vous me dire si le parking est gratuit ?", True),
        ("Wil je mij van de deelnemerslijst schrappen?", False),
        ("Could you take me off the list, please?", False),
        ("Kan je hem een bevestiging sturen?", False),
        ("Could you add my colleague Ann Smets as well?", False),
        ("Kan je me van de lijst halen of moet ik een formulier invullen?", True),
    ],
)
def test_polite_registration_requests(sentence: str, question: bool) -> None:
    assert bool(read_intent([sentence], sentence).questions) == question


# -- the writer's role in a clause ----------------------------------------------------------------
def test_role_in_an_opening_as_clause_from_a_private_address() -> None:
    body = (
        f"Goedenavond,\n\nAls schepen van onderwijs van Herent wil ik graag deelnemen aan {TITLE}.\n\n"
        "Vriendelijke groeten,\nDirk Janssens\n"
    )
    decision = decide(mail(body, sender="Dirk Janssens <dirk.janssens@skynet.be>"))
    assert people(decision) == [
        ("Dirk Janssens", "Herent", "schepen van onderwijs", "dirk.janssens@skynet.be")
    ]
    assert not decision.needs_review


def test_inverted_wish_to_attend_is_a_registration() -> None:
    decision = decide(mail(f"Beste,\n\nOp {TITLE} zou ik er graag bij zijn.\n\nGreet Maes\n"))
    assert decision.kind == Kind.REGISTRATION


def test_a_clause_after_a_comma_is_not_part_of_the_function() -> None:
    assert clean_function("diensthoofd burgerzaken, die ook de verkiezingen regelt") == (
        "diensthoofd burgerzaken"
    )
    assert (
        clean_function("schepen van cultuur, jeugd en sport")
        == "schepen van cultuur, jeugd en sport"
    )


# -- unlabelled details ---------------------------------------------------------------------------
def test_contact_lines_under_an_intro_line() -> None:
    body = (
        "Hallo,\n\nMijn inschrijving:\nGreet Maes\nGemeente Herent\nteamleider vrije tijd\n"
        "greet.maes@herent.be\n\nGroeten\nGreet\n"
    )
    decision = decide(mail(body))
    assert people(decision) == [
        ("Greet Maes", "Herent", "teamleider vrije tijd", "greet.maes@herent.be")
    ]


def test_details_on_one_wrapped_comma_line() -> None:
    body = (
        f"Dag Linda,\n\nVoor {TITLE}, hier mijn gegevens: Greet Maes, Herent,\n"
        "teamleider vrije tijd, greet.maes@herent.be\n\nGroetjes\nGreet\n"
    )
    decision = decide(mail(body))
    assert people(decision) == [
        ("Greet Maes", "Herent", "teamleider vrije tijd", "greet.maes@herent.be")
    ]


def test_details_only_in_the_subject() -> None:
    body = "\nGreet Maes\nTeamleider vrije tijd\nGemeente Herent | Markt 1 | 3020 Herent\n"
    decision = decide(
        mail(body, subject="Aanmelding - Greet Maes, Gemeente Herent, teamleider vrije tijd")
    )
    assert decision.kind == Kind.REGISTRATION
    assert people(decision) == [
        ("Greet Maes", "Herent", "teamleider vrije tijd", "greet.maes@herent.be")
    ]


def test_a_subject_naming_the_event_is_not_a_person() -> None:
    decision = decide(mail("Ik kom graag.\n\nGreet Maes\n", subject=f"Inschrijving: {TITLE}"))
    assert [r.name for r in decision.registrants] == ["Greet Maes"]


# -- registration verbs split around the person ---------------------------------------------------
def test_separable_verb_around_an_honorific_and_an_apposition() -> None:
    body = (
        "Goedemiddag,\n\nWe schrijven graag dhr. Luc Verbist, diensthoofd ICT van de gemeente "
        f"Herent, in voor {TITLE}. Zijn e-mailadres is luc.verbist@herent.be.\n\nMvg\nSecretariaat\n"
    )
    decision = decide(mail(body, sender="Secretariaat Herent <secretariaat@herent.be>"))
    assert decision.kind == Kind.REGISTRATION
    assert people(decision) == [
        ("Luc Verbist", "Herent", "diensthoofd ICT", "luc.verbist@herent.be")
    ]


def test_wish_without_a_repeated_subject() -> None:
    body = f"Hallo,\n\nIk ben jeugdconsulent en zou graag aanwezig zijn op {TITLE}.\n\nBert Claes\n"
    decision = decide(mail(body, sender="Bert Claes <bert.claes@herent.be>"))
    assert decision.kind == Kind.REGISTRATION
    assert people(decision) == [("Bert Claes", "Herent", "jeugdconsulent", "bert.claes@herent.be")]


# -- colleagues who come too, or instead ----------------------------------------------------------
def test_a_colleague_who_comes_too_is_registered() -> None:
    body = f"Dag,\n\nIk schrijf me in voor {TITLE}. Collega Bert Claes komt ook.\n\nGreet Maes\n"
    assert [r.name for r in decide(mail(body)).registrants] == ["Greet Maes", "Bert Claes"]


def test_coming_together_with_named_colleagues() -> None:
    body = f"Dag,\n\nIk kom samen met Bert Claes en Sara Lemmens naar {TITLE}.\n\nGreet Maes\n"
    names = sorted(r.name or "" for r in decide(mail(body)).registrants)
    assert names == ["Bert Claes", "Greet Maes", "Sara Lemmens"]


def test_a_decline_with_a_colleague_who_does_come_goes_to_review() -> None:
    body = (
        f"Dag,\n\nZelf geraak ik niet op {TITLE}, maar onze jeugdconsulent Bert Claes komt wel.\n\n"
        "Greet Maes\n"
    )
    assert decide(mail(body)).needs_review


def test_works_at_an_organisation_with_a_department_aside() -> None:
    body = (
        f"Goedemorgen,\n\nIk schrijf me in voor {TITLE}. Ik werk bij de gemeente Herent "
        "(dienst vrije tijd) als teamleider.\n\nGreet Maes\n"
    )
    assert people(decide(mail(body))) == [
        ("Greet Maes", "Herent", "teamleider", "greet.maes@herent.be")
    ]


@pytest.mark.parametrize(
    "waiting",
    [
        "Mijn diensthoofd moet wel nog toestemming geven.",
        "Ik wacht nog op de goedkeuring van mijn leidinggevende.",
        "Ik laat het je nog weten.",
    ],
)
def test_a_registration_that_waits_for_permission_goes_to_review(waiting: str) -> None:
    body = f"Dag,\n\nIk zou graag inschrijven voor {TITLE}. {waiting}\n\nGreet Maes\n"
    decision = decide(mail(body))
    assert decision.needs_review
    assert any("tentative" in r for r in decision.reasons)


def test_waiting_for_the_confirmation_is_not_doubt() -> None:
    body = f"Dag,\n\nIk schrijf me in voor {TITLE}. Ik wacht op uw bevestiging.\n\nGreet Maes\n"
    assert not decide(mail(body)).needs_review


# -- who withdraws --------------------------------------------------------------------------------
CONFIRMED_TWO = (
    "\n\nVan: Linda Boudry <linda.boudry@kcvs.be>\nVerzonden: dinsdag 6 november 2018 10:00\n"
    "Aan: Greet Maes <greet.maes@herent.be>\n"
    f"Onderwerp: Bevestiging inschrijving: {TITLE} (7 december 2018)\n\n"
    "Beste,\n\nHartelijk dank voor uw inschrijving. Wij noteerden:\n\n"
    "Naam: Greet Maes\nStad / gemeente: Herent\nFunctie: teamleider vrije tijd\n"
    "E-mailadres: greet.maes@herent.be\n\n"
    "Naam: Bert Claes\nStad / gemeente: Herent\nFunctie: jeugdconsulent\n"
    "E-mailadres: bert.claes@herent.be\n\nMet vriendelijke groeten,\nLinda Boudry\n"
)
REPLY = f"RE: Bevestiging inschrijving: {TITLE}"


def withdrawn(body: str) -> tuple[list[str | None], bool]:
    decision = decide(mail(body, subject=REPLY))
    assert decision.kind == Kind.CANCELLATION
    return sorted(r.email or "" for r in decision.registrants), decision.needs_review


def test_a_colleague_named_by_first_name_withdraws() -> None:
    body = "Dag Linda,\n\nBert kan er helaas niet bij zijn, hij is ziek.\n\nGreet" + CONFIRMED_TWO
    assert withdrawn(body) == (["bert.claes@herent.be"], False)


def test_both_withdraw() -> None:
    body = "Dag Linda,\n\nWe moeten helaas allebei afzeggen.\n\nGreet" + CONFIRMED_TWO
    assert withdrawn(body) == (["bert.claes@herent.be", "greet.maes@herent.be"], False)


def test_only_the_writer_withdraws_though_she_says_we() -> None:
    body = "Dag Linda,\n\nIk moet me helaas afmelden, we hebben een audit.\n\nGreet" + CONFIRMED_TWO
    assert withdrawn(body) == (["greet.maes@herent.be"], False)


def test_an_unknown_colleague_withdrawing_goes_to_review() -> None:
    body = f"Dag Linda,\n\nMijn collega kan helaas niet komen naar {TITLE}.\n\nGreet Maes\n"
    decision = decide(mail(body, subject="Afmelding"))
    assert decision.needs_review


# -- company that is not named --------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        f"Ik en een collega van de jeugddienst komen graag naar {TITLE}.",
        f"Ik kom graag naar {TITLE}, en Bert ook.",
        f"Ik kom graag naar {TITLE} met twee collega's.",
    ],
)
def test_unnamed_company_goes_to_review(sentence: str) -> None:
    decision = decide(
        mail(f"Dag Linda,\n\n{sentence}\n\nGreet Maes\nteamleider\nGemeente Herent\n")
    )
    assert decision.kind == Kind.REGISTRATION
    assert decision.needs_review


def test_a_named_colleague_is_not_unnamed_company() -> None:
    body = (
        f"Dag Linda,\n\nGraag schrijf ik mijn collega Bert Claes in voor {TITLE}.\n\nGreet Maes\n"
    )
    decision = decide(mail(body, cc="Bert Claes <bert.claes@herent.be>"))
    assert not decision.needs_review


def test_a_question_from_the_organisers_own_colleague_is_internal_mail() -> None:
    body = f"Hoi Linda,\n\nHoeveel stoelen moeten we klaarzetten voor {TITLE}?\n\nPieter\n"
    decision = decide(mail(body, sender="Pieter Claes <pieter.claes@kcvs.be>", subject="Zaal"))
    assert (decision.kind, decision.needs_review) == (Kind.OTHER, False)


def test_details_after_the_sentence_on_the_same_line() -> None:
    body = "Hi Linda, count me in! Greet Maes, youth policy officer, Municipality of Herent"
    assert people(decide(mail(body, subject=f"RE: {TITLE}"))) == [
        ("Greet Maes", "Herent", "youth policy officer", "greet.maes@herent.be")
    ]


@pytest.mark.parametrize(
    ("text", "function", "organisation"),
    [
        ("teamleider vrije tijd, gemeente Herent", "teamleider vrije tijd", "Herent"),
        ("jeugdconsulent (Gemeente Herent)", "jeugdconsulent", "Herent"),
        ("stedenbouwkundige - OCMW Herent", "stedenbouwkundige", "Herent"),
        ("diensthoofd HR en organisatie", "diensthoofd HR en organisatie", None),
        ("diensthoofd HR, ICT en facility", "diensthoofd HR, ICT en facility", None),
    ],
)
def test_function_with_its_employer_after_a_comma_or_in_brackets(
    text: str, function: str, organisation: str | None
) -> None:
    assert clean_function(text) == function
    assert organisation_in(text) == organisation


# -- English and French on someone's behalf -------------------------------------------------------
def test_english_on_behalf_with_his_address_in_a_sentence() -> None:
    body = (
        "Dear Linda,\n\nOn behalf of Mr. Luc Verbist, head of ICT of the Municipality of Herent, "
        f"I would like to register him for {TITLE}. His e-mail address is luc.verbist@herent.be.\n\n"
        "Kind regards,\nAn Segers\n"
    )
    decision = decide(mail(body, sender="An Segers <an.segers@herent.be>"))
    assert people(decision) == [("Luc Verbist", "Herent", "head of ICT", "luc.verbist@herent.be")]


def test_french_on_behalf_registers_the_named_person() -> None:
    body = (
        "Madame,\n\nAu nom de Mme Lucie Dubois, échevine de la culture, je souhaite l'inscrire "
        "au séminaire du 7 décembre.\n\nLe secrétariat\n"
    )
    decision = decide(mail(body, sender="Secrétariat <secretariat@herent.be>"))
    assert decision.kind == Kind.REGISTRATION
    assert [r.name for r in decision.registrants] == ["Lucie Dubois"]


def test_english_colleague_not_able_to_attend() -> None:
    body = (
        f"Dear Linda,\n\nMy colleague Bert Claes will sadly not be able to attend {TITLE}.\n\nGreet"
    )
    decision = decide(mail(body, subject="Cancellation"))
    assert decision.kind == Kind.CANCELLATION
    assert [r.name for r in decision.registrants] == ["Bert Claes"]


INVITATION_QUOTED = (
    "\n\n> Op 5 nov. 2018 om 10:02 heeft Linda Boudry het volgende geschreven:\n>\n"
    f"> Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het seminarie '{TITLE}'\n"
    "> op vrijdag 7 december 2018. Inschrijven kan tot en met 2 december door een mail te\n"
    "> sturen naar linda.boudry@kcvs.be met vermelding van:\n>\n"
    "> Naam:\n> Stad / gemeente:\n> Functie:\n> E-mailadres:\n"
)


@pytest.mark.parametrize(
    ("answer", "review"),
    [
        ("ok", True),
        ("Prima, tot dan!", True),
        ("Bedankt voor de uitnodiging.", False),
    ],
)
def test_a_short_yes_to_the_invitation_goes_to_a_person_a_thank_you_does_not(
    answer: str, review: bool
) -> None:
    decision = decide(
        mail(answer + "\n\nVerzonden vanaf mijn iPad" + INVITATION_QUOTED, subject=f"Re: {TITLE}")
    )
    assert decision.kind == Kind.OTHER and decision.registrants == []
    assert decision.needs_review is review


def test_a_registrant_without_any_town_goes_to_review() -> None:
    body = f"Goeiedag,\n\nGraag schrijf ik mij in voor {TITLE}.\n\nKoen Desmet\nstafmedewerker\n"
    decision = decide(mail(body, sender="Koen Desmet <koen.desmet@skynet.be>"))
    assert people(decision) == [("Koen Desmet", None, "stafmedewerker", "koen.desmet@skynet.be")]
    assert decision.needs_review
    assert "no town or municipality for Koen Desmet" in decision.reasons


def test_a_secretary_registers_a_schepen_with_her_title_and_address_in_later_sentences() -> None:
    body = (
        "Geachte mevrouw Boudry,\n\n"
        f"Graag schrijf ik schepen Hilde Goossens in voor het seminarie '{TITLE}'. Mevrouw\n"
        "Goossens is schepen van personeel en organisatie. Gelieve de bevestiging rechtstreeks\n"
        "naar haar te sturen: hilde.goossens@lier.be.\n\n"
        "Met vriendelijke groeten,\n\nSabine Op de Beeck\nDirectiesecretaris\nStad Lier\n"
    )
    decision = decide(mail(body, sender="Secretariaat <secretariaat.college@lier.be>"))
    assert people(decision) == [
        ("Hilde Goossens", "Lier", "schepen van personeel en organisatie", "hilde.goossens@lier.be")
    ]


def test_an_address_of_someone_else_is_not_given_to_the_registrant() -> None:
    body = (
        f"Beste,\n\nGraag schrijf ik schepen Hilde Goossens in voor {TITLE}.\n"
        "Vragen? Mail naar jan.peeters@lier.be.\n\nSabine Op de Beeck\nStad Lier\n"
    )
    decision = decide(mail(body, sender="Secretariaat <secretariaat.college@lier.be>"))
    assert [(r.name, r.email) for r in decision.registrants] == [("Hilde Goossens", None)]


def test_the_organisers_own_details_register_nobody() -> None:
    body = (
        "Beste,\n\nHierbij bevestigen wij uw reservatie van het auditorium.\n\n"
        "Naam aanvrager: Linda Boudry\nOrganisatie: Kenniscentrum Vlaamse Steden\n"
        "Functie: projectcoördinator\nE-mail: linda.boudry@kcvs.be\n"
        "Datum: vrijdag 7 december 2018\n\nBibliotheek Permeke\n"
    )
    decision = decide(
        mail(body, subject="Bevestiging reservatie", sender="Permeke <zaal@antwerpen.be>")
    )
    assert decision.kind == Kind.OTHER and decision.registrants == []
    assert "the organiser's own details: not a registration" in decision.reasons


def test_the_colleague_below_a_forward_is_the_registrant_not_someone_unknown() -> None:
    body = (
        "Dag Linda,\n\nKan je onderstaande collega inschrijven voor het seminarie van 7 december?\n\n"
        "Groeten,\nEls Janssens\n\n-----Oorspronkelijk bericht-----\n"
        "Van: Maes Pieter <pieter.maes@leuven.be>\nVerzonden: donderdag 15 november 2018 08:47\n"
        "Aan: Janssens Els <els.janssens@leuven.be>\nOnderwerp: inschrijving seminarie\n\n"
        f"Hoi Els,\n\nZou jij me willen inschrijven voor {TITLE} op 7/12?\n"
        "Gegevens: Pieter Maes, beleidsadviseur, stad Leuven, pieter.maes@leuven.be\n\nPieter\n"
    )
    decision = decide(
        mail(body, subject="FW: inschrijving seminarie", sender="Els <els.janssens@leuven.be>")
    )
    assert people(decision) == [
        ("Pieter Maes", "Leuven", "beleidsadviseur", "pieter.maes@leuven.be")
    ]
    assert not decision.needs_review, decision.reasons


def test_a_decline_that_says_it_does_not_register_is_no_registration() -> None:
    body = (
        "Geachte mevrouw Boudry,\n\nBedankt voor de uitnodiging. Helaas kan ik niet ingaan op de "
        f"uitnodiging voor {TITLE}: ik zit op een studiedag. Ik schrijf me dus niet in.\n\n"
        "Dirk Janssens\nalgemeen directeur\nStad Tienen\n"
    )
    decision = decide(mail(body, sender="Dirk Janssens <dirk.janssens@tienen.be>"))
    assert decision.kind == Kind.OTHER and decision.registrants == []


def test_a_registration_for_another_learning_network_date_is_not_confirmed() -> None:
    body = (
        "Beste Linda,\n\nGraag schrijf ik mij in voor het lerend netwerk 'Personeelsbeleid' op "
        "donderdag 24 januari 2019 in Gent.\n\nNaam: Greet Dewulf\nStad / gemeente: Waregem\n"
        "Functie: HR-directeur\nE-mailadres: greet.dewulf@waregem.be\n"
    )
    decision = decide(mail(body, subject="Inschrijving lerend netwerk 24 januari"))
    assert decision.kind == Kind.OTHER and decision.needs_review


def test_a_meeting_on_another_abbreviated_date_is_not_about_the_event() -> None:
    decision = decide(
        mail(
            "Overleg lerend netwerk HR-directeurs: agenda volgt.\n",
            subject="Uitnodiging: Overleg lerend netwerk HR-directeurs @ di 18 dec. 2018 14:00",
            sender="Jolien <jolien@vvsg.be>",
        )
    )
    assert decision.kind == Kind.OTHER and not decision.about_event


def test_a_registration_if_the_agenda_allows_goes_to_a_person() -> None:
    body = (
        f"Hallo Linda,\n\nSchrijf me maar al in voor {TITLE}; als mijn agenda het toelaat kom ik "
        "zeker.\n\nGreet Maes\nschepen\nGemeente Herent\n"
    )
    decision = decide(mail(body))
    assert decision.kind == Kind.REGISTRATION and decision.needs_review
    assert any(reason.startswith("tentative:") for reason in decision.reasons)


def test_a_colleague_of_the_organiser_is_never_confirmed_alone() -> None:
    body = (
        "Dag iedereen,\n\nEen nieuwe collega start in het team Onderzoek.\n\n"
        "Naam: Pieterjan Cools\nFunctie: onderzoeker\nE-mailadres: pieterjan.cools@kcvs.be\n\n"
        f"Pieterjan is ook aanwezig op ons seminarie {TITLE} van 7 december.\n\nTeam HR\n"
    )
    decision = decide(mail(body, subject="Welkom", sender="HR KCVS <hr@kcvs.be>"))
    assert decision.needs_review
    assert "a colleague of the organiser: pieterjan.cools@kcvs.be" in decision.reasons


def test_a_secretary_cancels_on_behalf_of_the_schepen_in_cc() -> None:
    body = (
        "Beste mevrouw Boudry,\n\nNamens schepen Karel Van Damme (karel.vandamme@aalst.be, in cc) "
        f"laat ik u weten dat hij toch niet aanwezig kan zijn op {TITLE}. Mag ik u vragen zijn "
        "inschrijving te annuleren?\n\nNadia El Khattabi\nDirectiesecretaris kabinet\n"
        "Kabinet van schepen Karel Van Damme, schepen van personeel en organisatieontwikkeling\n"
        "Stad Aalst\n"
    )
    decision = decide(
        mail(
            body,
            subject="Annulering inschrijving schepen Van Damme",
            sender="Nadia El Khattabi <nadia.elkhattabi@aalst.be>",
            cc="Karel Van Damme <karel.vandamme@aalst.be>",
        )
    )
    assert decision.kind == Kind.CANCELLATION
    assert people(decision) == [
        (
            "Karel Van Damme",
            "Aalst",
            "schepen van personeel en organisatieontwikkeling",
            "karel.vandamme@aalst.be",
        )
    ]


def test_a_bare_title_before_the_name_takes_the_portfolio_a_later_sentence_gives() -> None:
    body = (
        "Beste,\n\nSchepen An Verlinden (in cc) neemt graag deel aan het seminarie van vrijdag "
        "7 december. Zij is schepen van personeel en interne organisatie.\n\n"
        "Team Bestuurszaken\nStad Lier\n"
    )
    decision = decide(
        mail(
            body,
            sender="Bestuurszaken Lier <bestuurszaken@lier.be>",
            cc="Verlinden An <an.verlinden@lier.be>",
        )
    )
    assert people(decision) == [
        (
            "An Verlinden",
            "Lier",
            "schepen van personeel en interne organisatie",
            "an.verlinden@lier.be",
        )
    ]


def test_a_title_followed_by_a_town_is_not_a_portfolio() -> None:
    body = (
        "Goeiedag,\n\nAls gemeenteraadslid van Bornem zou ik graag aanwezig zijn op het seminarie "
        "van 7 december.\n\nTom Peeters\ngemeenteraadslid\n"
    )
    decision = decide(mail(body, sender="Tom Peeters <tom.peeters@telenet.be>"))
    assert [r.function for r in decision.registrants] == ["gemeenteraadslid"]


def test_a_department_after_the_organisation_is_left_out() -> None:
    body = (
        f"Graag schrijf ik mij in voor {TITLE}.\n\nNaam: Katrien De Clercq\n"
        "Stad / gemeente: n.v.t. (Universiteit Gent, vakgroep Politieke Wetenschappen)\n"
        "Functie: hoofddocent bestuurskunde\nE-mailadres: katrien.declercq@ugent.be\n"
    )
    decision = decide(mail(body, sender="Katrien De Clercq <katrien.declercq@ugent.be>"))
    assert [r.municipality for r in decision.registrants] == ["Universiteit Gent"]


@pytest.mark.parametrize(
    ("sentence", "registers"),
    [
        ("Ik wens deel te nemen aan het seminarie.", True),
        ("De schepen wenst deel te nemen aan het seminarie.", True),
        ("Ik wens mij in te schrijven voor het seminarie.", True),
        ("Ik schrijf mezelf en mijn collega Bram (bram@kortrijk.be) in voor het seminarie.", True),
        ("Ik wens niet deel te nemen.", False),
        ("U bent uitgenodigd om deel te nemen aan het seminarie.", False),
    ],
)
def test_more_ways_to_say_i_register(sentence: str, registers: bool) -> None:
    assert read_intent([sentence], sentence).register == ([sentence] if registers else [])


def test_a_template_filled_in_inside_any_quoted_invitation_of_the_organiser() -> None:
    body = (
        "Hallo,\n\nZie hieronder ingevuld.\n\nJeroen\n\n"
        "Op 12/11/2018 om 10:03 schreef Linda Boudry:\n> Beste,\n>\n"
        f"> Het Kenniscentrum Vlaamse Steden nodigt u van harte uit op het seminarie {TITLE}.\n>\n"
        "> Inschrijven kan tot en met 2 december met een e-mail. Vermeld daarin:\n>\n"
        "> Naam: Jeroen Wuyts\n> Stad / gemeente: Boom\n> Functie: diensthoofd secretariaat\n"
        "> E-mailadres: jeroen.wuyts@boom.be\n>\n> Linda Boudry\n"
    )
    decision = decide(
        mail(body, subject=f"Re: Uitnodiging {TITLE}", sender="Jeroen <jeroen.wuyts@boom.be>")
    )
    assert people(decision) == [
        ("Jeroen Wuyts", "Boom", "diensthoofd secretariaat", "jeroen.wuyts@boom.be")
    ]


def test_a_table_with_nom_and_prenom_columns_gives_whole_names() -> None:
    body = (
        "Madame,\n\nJe souhaite inscrire l'échevine et notre secrétaire communal au séminaire "
        f"« {TITLE} » du 7 décembre.\n\n"
        "Nom\tPrénom\tCommune\tFonction\tCourriel\n"
        "MATHIEU\tJulie\tSchaerbeek\téchevine du Personnel\tjmathieu@1030.be\n"
        "NGOMA\tPatrick\tSchaerbeek\tsecrétaire communal\tpngoma@1030.be\n\n"
        "Malika Bensaïd\nCollaboratrice de cabinet\n"
    )
    decision = decide(mail(body, sender="Cabinet <cabinet.mathieu@1030.be>"))
    assert sorted(people(decision)) == [
        ("Julie Mathieu", "Schaarbeek", "échevine du Personnel", "jmathieu@1030.be"),
        ("Patrick Ngoma", "Schaarbeek", "secrétaire communal", "pngoma@1030.be"),
    ]


def test_a_secretary_registers_colleagues_and_says_she_does_not_come_herself() -> None:
    body = (
        "Beste Linda,\n\nNamens de dienst HR schrijf ik graag volgende collega's in voor het "
        f"seminarie '{TITLE}':\n\n1. Jan Peeters – jurist – jan.peeters@mechelen.be\n"
        "2. Dorien Verbist – HR-businesspartner – dorien.verbist@mechelen.be\n\n"
        "Ikzelf kan er helaas niet bij zijn.\n\nSofie Wouters\nAdministratief medewerker HR\n"
        "Stad Mechelen\n"
    )
    decision = decide(mail(body, sender="Wouters Sofie <sofie.wouters@mechelen.be>"))
    assert decision.kind == Kind.REGISTRATION and not decision.needs_review, decision.reasons
    assert [r.name for r in decision.registrants] == ["Jan Peeters", "Dorien Verbist"]


def test_two_colleagues_withdraw_and_the_shared_signature_gives_the_second_ones_function() -> None:
    body = (
        "Beste Linda,\n\nMijn collega Tom De Bruyne (in cc) en ik hadden ons ingeschreven voor "
        f"{TITLE}. Door de begroting kunnen we er helaas allebei niet bij zijn. Wil je ons "
        "beiden uitschrijven?\n\nMet vriendelijke groeten,\n\n"
        "Leen Maes - beleidsadviseur organisatiebeheersing\nTom De Bruyne - financieel directeur\n"
        "Stad Sint-Niklaas\n"
    )
    decision = decide(
        mail(
            body,
            subject="Afmelding seminarie",
            sender="Leen Maes <leen.maes@sint-niklaas.be>",
            cc="Tom De Bruyne <tom.debruyne@sint-niklaas.be>",
        )
    )
    assert decision.kind == Kind.CANCELLATION and not decision.needs_review, decision.reasons
    assert sorted(people(decision)) == [
        (
            "Leen Maes",
            "Sint-Niklaas",
            "beleidsadviseur organisatiebeheersing",
            "leen.maes@sint-niklaas.be",
        ),
        ("Tom De Bruyne", "Sint-Niklaas", "financieel directeur", "tom.debruyne@sint-niklaas.be"),
    ]


def test_strike_me_from_the_list_is_a_cancellation() -> None:
    decision = decide(
        mail(
            "Sorry Linda, toch geen tijd op 7/12, mag je me schrappen van de lijst.\nJonas\n",
            subject="Seminarie 7/12",
            sender="Jonas Verhoeven <jonas.verhoeven@turnhout.be>",
        )
    )
    assert decision.kind == Kind.CANCELLATION
    assert [r.email for r in decision.registrants] == ["jonas.verhoeven@turnhout.be"]


@pytest.mark.parametrize(
    ("sentence", "registers"),
    [
        ("Zet mij maar op de lijst!", True),
        ("Noteer mij maar.", True),
        ("Zet me niet op de lijst.", False),
        ("Graag een plaatsje voor mij op het seminarie van 7 december.", True),
        ("Ik ben wat laat, maar als het nog kan: graag een plaatsje op het seminarie.", True),
        (
            "Graag schrijf ik de heer Dirk Verbeeck, algemeen directeur van Stad Leuven, in voor het seminarie.",
            True,
        ),
    ],
)
def test_everyday_ways_to_sign_up(sentence: str, registers: bool) -> None:
    assert bool(read_intent([sentence], sentence).register) is registers


def test_a_colleague_in_cc_who_does_not_come_is_not_registered() -> None:
    body = (
        f"Geachte mevrouw Boudry,\n\nHierbij mijn inschrijving voor {TITLE}:\n\n"
        "Naam: VERMEERSCH Katrien\nStad / gemeente: Oostende\nFunctie: beleidsadviseur\n"
        "E-mailadres: katrien.vermeersch@oostende.be\n\n"
        "Mijn diensthoofd Pieter De Wilde zet ik in cc ter info; hij kan zelf niet aanwezig zijn.\n"
    )
    decision = decide(
        mail(
            body,
            sender="Vermeersch Katrien <katrien.vermeersch@oostende.be>",
            cc="De Wilde Pieter <pieter.dewilde@oostende.be>",
        )
    )
    assert [r.name for r in decision.registrants] == ["Katrien Vermeersch"]
    assert "named, but does not come: Pieter De Wilde" in decision.reasons


def test_when_someone_started_is_not_part_of_the_function() -> None:
    body = (
        "Hallo Linda,\n\nIk kom ook af! Ik ben sinds september mobiliteitsambtenaar in Zemst.\n\n"
        "Joke Verstraeten\n"
    )
    decision = decide(mail(body, sender="Joke Verstraeten <joke.verstraeten@icloud.com>"))
    assert people(decision) == [
        ("Joke Verstraeten", "Zemst", "mobiliteitsambtenaar", "joke.verstraeten@icloud.com")
    ]


def test_a_display_name_with_the_city_in_brackets_is_the_writer() -> None:
    body = (
        "Dag Linda,\n\nGraag een plaatsje op het seminarie van 7 december!\n\nBart Claeys\n"
        "Projectleider digitale transformatie\nStad Gent\n"
    )
    decision = decide(mail(body, sender='"Claeys Bart (Stad Gent)" <Bart.Claeys@stad.gent>'))
    assert people(decision) == [
        ("Bart Claeys", "Gent", "Projectleider digitale transformatie", "bart.claeys@stad.gent")
    ]


FORWARD_CHAIN = (
    "Beste,\n\nHierbij de inschrijving van onze collega (zie onderaan).\n\nJoke Hermans\n"
    "Directiesecretariaat\nStad Roeselare\n\n"
    "Van: Vanhoutte Dirk <dirk.vanhoutte@roeselare.be>\nVerzonden: vrijdag 23 november 2018 17:02\n"
    "Aan: Hermans Joke <joke.hermans@roeselare.be>\nOnderwerp: TR: seminarie Antwerpen 7/12\n\n"
    "Joke, graag doorsturen naar het KCVS voor de inschrijving van Wout. Ik ga zelf niet.\n\n"
    "Dirk Vanhoutte\nalgemeen directeur\nStad Roeselare\n\n"
    "Van: Declercq Wout <wout.declercq@roeselare.be>\nVerzonden: donderdag 22 november 2018 9:48\n"
    "Aan: Vanhoutte Dirk <dirk.vanhoutte@roeselare.be>\nOnderwerp: seminarie Antwerpen 7/12\n\n"
    f"Dag Dirk,\n\nIk zou graag deelnemen aan het seminarie {TITLE} op 7 december. Mijn gegevens: "
    "Wout Declercq – beleidsmedewerker interne communicatie – wout.declercq@roeselare.be.\n\n"
    "Wout\n"
)


def test_down_a_forward_chain_the_person_the_forwarder_names_registers() -> None:
    decision = decide(
        mail(
            FORWARD_CHAIN,
            subject="TR: TR: seminarie Antwerpen 7/12",
            sender="Hermans Joke <joke.hermans@roeselare.be>",
        )
    )
    assert [(r.name, r.email) for r in decision.registrants] == [
        ("Wout Declercq", "wout.declercq@roeselare.be")
    ]


def test_a_surname_above_a_forward_takes_the_forwarded_writers_name_address_and_title() -> None:
    body = (
        "Dag Linda,\n\nHieronder de inschrijving van schepen Van Roy. Als het kan, ga ik zelf ook "
        "graag mee:\n\nJonas Verbist\nkabinetsmedewerker\nStad Lier\njonas.verbist@lier.be\n\n"
        "---------- Forwarded message ---------\nFrom: Kristof Van Roy <kristof.vanroy@lier.be>\n"
        "Date: Fri, Nov 16, 2018 at 7:58 AM\nSubject: seminarie KCVS\n"
        "To: Jonas Verbist <jonas.verbist@lier.be>\n\n\nJonas,\n\nKan jij mij inschrijven voor het "
        "seminarie van het KCVS op 7 december? Functie: schepen van personeel en organisatie.\n\n"
        "Kristof\n"
    )
    decision = decide(
        mail(body, subject="Fwd: seminarie KCVS", sender="Jonas Verbist <jonas.verbist@lier.be>")
    )
    assert sorted(people(decision)) == [
        ("Jonas Verbist", "Lier", "kabinetsmedewerker", "jonas.verbist@lier.be"),
        (
            "Kristof Van Roy",
            "Lier",
            "schepen van personeel en organisatie",
            "kristof.vanroy@lier.be",
        ),
    ]


def test_a_registration_typed_under_the_quoted_invitation_is_the_writers_own() -> None:
    body = (
        "Op 12/11/2018 om 09:14 schreef Linda Boudry:\n> Beste collega,\n>\n"
        f"> Het Kenniscentrum Vlaamse Steden nodigt u uit op het seminarie {TITLE}.\n"
        "> Inschrijven kan tot en met zondag 2 december met een mail met daarin:\n"
        "> Naam:\n> Stad / gemeente:\n> Functie:\n> E-mailadres:\n>\n> Linda Boudry\n\n"
        "Dag Linda,\n\nGraag schrijf ik mij in voor dit seminarie:\n"
        "Lotte Verhaegen, HR-businesspartner, gemeente Mol (lotte.verhaegen@mol.be)\n\nLotte\n"
    )
    decision = decide(
        mail(body, subject=f"Re: Uitnodiging {TITLE}", sender="Lotte <lotte.verhaegen@mol.be>")
    )
    assert people(decision) == [
        ("Lotte Verhaegen", "Mol", "HR-businesspartner", "lotte.verhaegen@mol.be")
    ]


def test_i_fear_i_can_no_longer_come_is_a_withdrawal() -> None:
    sentence = "Ik vrees dat ik vrijdag toch niet meer kan komen."
    assert read_intent([sentence], sentence).cancel_weak == [sentence]


@pytest.mark.parametrize(
    ("sentence", "registers"),
    [
        ("Kan mijn collega Wim Coppens ook nog mee?", True),
        ("Ik breng mijn collega Femke De Clercq mee.", True),
        ("Ik neem mijn laptop mee.", False),
        ("Ik breng mijn collega niet mee.", False),
    ],
)
def test_bringing_a_colleague_along_registers_the_colleague(sentence: str, registers: bool) -> None:
    assert bool(read_intent([sentence], sentence).register) is registers


@pytest.mark.parametrize(
    ("said", "function"),
    [
        (
            "projectleider organisatiebeheersing bij onze stad",
            "projectleider organisatiebeheersing",
        ),
        ("beleidsmedewerker strategie bij ons", "beleidsmedewerker strategie"),
        ("hoofd van onze dienst personeel", "hoofd van onze dienst personeel"),
    ],
)
def test_our_city_is_the_employer_not_part_of_the_function(said: str, function: str) -> None:
    assert clean_function(said) == function


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("I'm afraid I can no longer attend the seminar.", "cancel_weak"),
        ("Leider kann ich nicht teilnehmen.", "cancel_weak"),
        ("Ich muss leider absagen.", "cancel_strong"),
        ("Could you add my colleague Priya Nair (in cc)?", "register"),
        ("Wir möchten uns zu zweit für das Seminar anmelden.", "register"),
    ],
)
def test_english_and_german_sign_ups_and_withdrawals(sentence: str, reading: str) -> None:
    assert getattr(read_intent([sentence], sentence), reading) == [sentence]


def test_german_titles_and_foreign_towns_in_a_signature() -> None:
    body = (
        "Sehr geehrte Frau Boudry,\n\nwir möchten uns zu zweit für das Seminar "
        f"{TITLE} anmelden:\n\n1. Thomas Kreusch, Generaldirektor der Gemeinde Sankt Vith, "
        "thomas.kreusch@st.vith.be\n2. Monika Jost, Finanzdirektorin, monika.jost@st.vith.be\n\n"
        "Thomas Kreusch\nGeneraldirektor\nGemeinde Sankt Vith\n"
    )
    decision = decide(mail(body, sender="Thomas Kreusch <thomas.kreusch@st.vith.be>"))
    assert people(decision) == [
        ("Thomas Kreusch", "Sankt Vith", "Generaldirektor", "thomas.kreusch@st.vith.be"),
        ("Monika Jost", "Sankt Vith", "Finanzdirektorin", "monika.jost@st.vith.be"),
    ]


def test_a_colleague_withdrawn_in_english_by_a_municipality_abroad() -> None:
    body = (
        "Dear Linda,\n\nUnfortunately my colleague Jeroen Smits (j.smits@eindhoven.nl), who "
        "registered last week, can no longer attend the seminar on 7 December. Please cancel his "
        "registration.\n\nKind regards,\nSarah Williams\nInternational Relations Officer\n"
        "Municipality of Eindhoven\n"
    )
    decision = decide(
        mail(body, subject="Cancellation", sender="Sarah Williams <s.williams@eindhoven.nl>")
    )
    assert decision.kind == Kind.CANCELLATION
    assert people(decision) == [("Jeroen Smits", "Eindhoven", None, "j.smits@eindhoven.nl")]


@pytest.mark.parametrize(
    ("said", "function"),
    [("data analyst in the Data & Information team", "data analyst")],
)
def test_the_team_is_not_part_of_an_english_function(said: str, function: str) -> None:
    assert clean_function(said) == function


def test_a_function_labelled_on_its_own_line_is_the_writers() -> None:
    body = (
        "Dag Linda,\n\nIk kom graag naar het seminarie op 7 december in Permeke.\n"
        "Functie: beleidscoördinator cultuur\n\nVriendelijke groet\nRenée\n"
    )
    decision = decide(mail(body, sender="Renée Baert <renee.baert@brugge.be>"))
    assert people(decision) == [
        ("Renée Baert", "Brugge", "beleidscoördinator cultuur", "renee.baert@brugge.be")
    ]


def test_a_postscript_after_the_signature_is_the_writers_text() -> None:
    body = (
        f"Dag Linda,\n\nIk schrijf me graag in voor {TITLE}.\n\nSarah\n\n-- \nSarah Coppens\n"
        "Deskundige personeel en organisatie\nStad Ninove\n\n"
        "PS: schrijf aub ook mijn collega Jonas Peeters in (jonas.peeters@ninove.be).\n"
    )
    decision = decide(mail(body, sender="Sarah Coppens <sarah.coppens@ninove.be>"))
    assert [(r.name, r.email) for r in decision.registrants] == [
        ("Sarah Coppens", "sarah.coppens@ninove.be"),
        ("Jonas Peeters", "jonas.peeters@ninove.be"),
    ]


def test_a_plain_part_that_only_points_at_the_html_part_gives_way_to_it() -> None:
    message = message_to_organiser(
        "Dit bericht is in HTML.\n",
        subject="Inschrijving",
        sender="Zoe Dierickx <zoe.dierickx@eeklo.be>",
    )
    message.add_alternative(
        f"<div>Graag schrijf ik me in voor {TITLE}.</div><div>Naam: Zo&euml; Dierickx</div>"
        "<div>Stad / gemeente: Eeklo</div><div>Functie: co&ouml;rdinator wijkwerking</div>",
        subtype="html",
    )
    decision = decide(message.as_bytes())
    assert people(decision) == [
        ("Zoë Dierickx", "Eeklo", "coördinator wijkwerking", "zoe.dierickx@eeklo.be")
    ]


@pytest.mark.parametrize(
    ("said", "address", "municipality"),
    [
        ("3000", "kim.aerts@gmail.com", "Leuven"),
        ("Merksem", "an@telenet.be", "Antwerpen"),
        ("Deurne", "an@telenet.be", "Deurne"),  # Antwerp's district or a part of Diest
        ("Deurne", "an@diest.be", "Diest"),
        ("Ledeberg", "jan.peeters@stad.gent", "Gent"),
        ("AG Stadsplanning Antwerpen", "an@antwerpen.be", "AG Stadsplanning Antwerpen"),
        ("Politiezone Rupel", "an@boom.be", "Politiezone Rupel"),
        ("Mechelen", "an@mechelen.be", "Mechelen"),
    ],
)
def test_where_a_registrant_works_is_settled(said: str, address: str, municipality: str) -> None:
    assert settle_municipality(said, address) == municipality


def test_a_town_that_contradicts_the_municipal_address_goes_to_a_person() -> None:
    body = (
        f"Beste,\n\nGraag schrijf ik mij in voor {TITLE}.\n\nNaam: Lies Maes\n"
        "Stad / gemeente: Aalter\nFunctie: diensthoofd\nE-mailadres: lies.maes@knesselare.be\n"
    )
    decision = decide(mail(body, sender="Lies Maes <lies.maes@knesselare.be>"))
    assert decision.needs_review
    assert "the address is of Knesselare, the mail says Aalter" in decision.reasons


def test_an_initial_in_the_name_is_completed_from_the_writers_own_from_header() -> None:
    body = (
        f"Hierbij mijn inschrijving voor {TITLE}:\n\nNaam: J. Peeters\nStad / gemeente: Aalst\n"
        "Functie: diensthoofd Burgerzaken\nE-mailadres: jan.peeters@aalst.be\n"
    )
    decision = decide(mail(body, sender="Peeters Jan <jan.peeters@aalst.be>"))
    assert [r.name for r in decision.registrants] == ["Jan Peeters"]


def test_three_people_on_one_line_between_semicolons() -> None:
    body = (
        "Beste Linda,\n\nVanuit Lebbeke komen we met drie. Inschrijving voor: Wim De Smedt "
        "(algemeen directeur); Veerle Dhondt (financieel directeur); Luc Van Damme (voorzitter "
        "bijzonder comité voor de sociale dienst).\n\nGroeten,\nVeerle\n"
    )
    decision = decide(mail(body, sender="Veerle Dhondt <veerle.dhondt@lebbeke.be>"))
    assert [r.name for r in decision.registrants] == [
        "Wim De Smedt",
        "Veerle Dhondt",
        "Luc Van Damme",
    ]


def test_a_colleague_withdraws_while_the_writer_and_another_still_come() -> None:
    body = (
        "Dag Linda,\n\nKleine wijziging: ons diensthoofd Marc Claes kan toch niet komen op "
        "7 december. An Peeters en ikzelf komen wel.\n\nSofie\n"
    )
    decision = decide(
        mail(body, subject="Re: inschrijving seminarie", sender="Sofie <sofie.vermeulen@stad.gent>")
    )
    assert decision.kind == Kind.CANCELLATION
    assert [r.name for r in decision.registrants] == ["Marc Claes"]


LABELLED_DETAILS = (
    "Naam: Michiel Bogaerts\nStad / gemeente: Heist-op-den-Berg\nFunctie: beleidscoördinator\n"
    "E-mailadres: michiel.bogaerts@heist-op-den-berg.be\n"
)


@pytest.mark.parametrize(
    ("text", "subject", "why"),
    [
        (
            "Voor 7 december kan ik niet, maar ik ontvang graag jullie nieuwsbrief.\n\n"
            + LABELLED_DETAILS,
            "Aanvraag nieuwsbrief",
            "registers and withdraws in one mail",
        ),
        (
            "Hieronder mijn gegevens voor het programmaboekje:\n\n" + LABELLED_DETAILS,
            "Re: Programma 7 december - gegevens sprekers",
            "details, but no word of registering",
        ),
        (
            "Graag schrijf ik me in voor het lerend netwerk op 17 januari 2019.\n\n"
            + LABELLED_DETAILS
            + "\nVoor het seminarie van 7 december lukt het me spijtig genoeg niet.\n",
            "Inschrijving lerend netwerk",
            "registers and withdraws in one mail",
        ),
    ],
)
def test_labelled_details_that_may_not_register_for_this_event_go_to_a_person(
    text: str, subject: str, why: str
) -> None:
    decision = decide(mail(f"Beste,\n\n{text}", subject=subject))
    assert decision.needs_review and why in decision.reasons


def test_unsubscribing_from_the_newsletter_is_not_a_cancellation() -> None:
    decision = decide(
        mail(
            "Graag uitschrijven aub.\n\nRita Van Damme\n",
            subject="RE: KCVS Nieuwsbrief november 2018 - Stadsorganisaties in transitie",
        )
    )
    assert decision.kind == Kind.OTHER and decision.needs_review


def test_coming_by_for_an_interview_is_not_a_registration() -> None:
    sentence = "Ik kom graag eens langs voor een kennismakingsgesprek."
    assert read_intent([sentence], sentence).register == []


def test_two_people_sharing_one_function_on_one_line() -> None:
    body = (
        "Dag Linda,\n\nGraag schrijven wij ons in voor 7 december:\n"
        "Bert Vandaele en Els Verhaeghe, beiden buurtwerker in Heule.\n"
        "Els haar adres: els.verhaeghe@kortrijk.be\n\nBert\n"
    )
    decision = decide(mail(body, sender="Bert Vandaele <bert.vandaele@kortrijk.be>"))
    assert people(decision) == [
        ("Bert Vandaele", "Kortrijk", "buurtwerker", "bert.vandaele@kortrijk.be"),
        ("Els Verhaeghe", "Kortrijk", "buurtwerker", "els.verhaeghe@kortrijk.be"),
    ]


def test_a_table_aligned_with_spaces_is_cut_at_the_header_columns() -> None:
    body = (
        "Beste Linda,\n\nVanuit Stad Oostende schrijven we ons in met twee:\n\n"
        "Naam                   Functie                               E-mail\n"
        "Wendy Decock           teamverantwoordelijke Personeel       wendy.decock@oostende.be\n"
        "Yannick Vandenbroucke  HR-adviseur, competentiemanagement    "
        "yannick.vandenbroucke@oostende.be\n\nWendy Decock\n"
    )
    decision = decide(mail(body, sender="Wendy Decock <wendy.decock@oostende.be>"))
    assert [(r.name, r.function) for r in decision.registrants] == [
        ("Wendy Decock", "teamverantwoordelijke Personeel"),
        ("Yannick Vandenbroucke", "HR-adviseur, competentiemanagement"),
    ]
    assert decision.language == "nl"  # the '.be' of the addresses is no English 'be'


@pytest.mark.parametrize(
    "answer", ["Kom graag.", "Ik kom 🙂", "Ik schuif aan", "Zet me erbij", "Graag!", "Aanwezig"]
)
def test_a_short_yes_in_reply_to_the_invitation_registers(answer: str) -> None:
    decision = decide(
        mail(
            answer + "\n\nVerzonden vanaf mijn iPhone" + INVITATION_QUOTED,
            subject=f"Re: Uitnodiging {TITLE}",
            sender="An Peeters <an.peeters@genk.be>",
        )
    )
    assert decision.kind == Kind.REGISTRATION
    assert people(decision) == [("An Peeters", "Genk", None, "an.peeters@genk.be")]


@pytest.mark.parametrize(
    ("display", "address", "name"),
    [
        ("Schepen Bert Cools", "bert.cools@gmail.com", "Bert Cools"),
        ("hilde peeters", "hildepeeters67@telenet.be", "Hilde Peeters"),
        ("jan", "jan@x.be", None),
    ],
)
def test_a_display_name_with_a_title_or_in_lower_case(
    display: str, address: str, name: str | None
) -> None:
    assert person_from_display(display, address) == name


def test_my_work_address_without_a_colon_is_the_writers() -> None:
    body = (
        "Dag Linda,\n\nDoor ziekte kan ik vrijdag niet komen naar het seminarie. Ingeschreven ben "
        "ik met mijn werkadres hilde.peeters@zemst.be.\n\nHilde Peeters\nalgemeen directeur, "
        "gemeente Zemst\n"
    )
    decision = decide(
        mail(body, subject="afmelding vrijdag", sender="hilde peeters <hildepeeters67@telenet.be>")
    )
    assert decision.kind == Kind.CANCELLATION
    assert [r.email for r in decision.registrants] == ["hilde.peeters@zemst.be"]


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Afmelding seminarie 7/12", Kind.CANCELLATION),
        ("Ik kom naar het seminarie van 7/12", Kind.REGISTRATION),
        ("inschrijving", Kind.REGISTRATION),
    ],
)
def test_a_mail_that_says_it_all_in_its_subject(subject: str, kind: Kind) -> None:
    body = "-- \nAn Peeters\ndiensthoofd personeel\nStad Lier\n"
    decision = decide(mail(body, subject=subject, sender="An Peeters <an.peeters@lier.be>"))
    assert decision.kind == kind
    assert [r.email for r in decision.registrants] == ["an.peeters@lier.be"]


@pytest.mark.parametrize(
    "sentence", ["Ik moet helaas afhaken.", "Dit mag geschrapt worden.", "Ik haak helaas af."]
)
def test_more_ways_to_withdraw(sentence: str) -> None:
    assert read_intent([sentence], sentence).cancel_strong == [sentence]


def test_a_signature_line_of_function_and_town() -> None:
    body = "Zet mij maar op de lijst!\n\nTom Wuyts\ngemeenteraadslid Turnhout\n0477 21 38 90\n"
    decision = decide(mail(body, sender="Tom Wuyts <tomwuyts78@gmail.com>"))
    assert people(decision) == [
        ("Tom Wuyts", "Turnhout", "gemeenteraadslid", "tomwuyts78@gmail.com")
    ]


def test_details_in_an_attached_csv_or_text_file() -> None:
    message = message_to_organiser(
        "Beste Linda,\n\nIn bijlage de inschrijvingen van Stad Lier.\n\nTeam HR\n",
        subject=f"Inschrijvingen {TITLE}",
        sender="HR Lier <hr@lier.be>",
    )
    message.add_attachment(
        "Naam;Stad;Functie;E-mail\r\nAn Peeters;Lier;jurist;an.peeters@lier.be\r\n"
        "Jan Maes;Lier;diensthoofd ICT;jan.maes@lier.be\r\n",
        subtype="csv",
        filename="inschrijvingen.csv",
    )
    decision = decide(message.as_bytes())
    assert people(decision) == [
        ("An Peeters", "Lier", "jurist", "an.peeters@lier.be"),
        ("Jan Maes", "Lier", "diensthoofd ICT", "jan.maes@lier.be"),
    ]


def test_a_colleague_forwards_a_substitution_it_goes_to_a_person() -> None:
    body = (
        "Linda, een vervanging, voor jou.\n\nSarah\n\n________________________________\n"
        "Van: Eva Moens <eva.moens@sint-niklaas.be>\nVerzonden: maandag 26 november 2018 14:27\n"
        "Aan: info@kcvs.be\nOnderwerp: vervanging seminarie 7/12\n\nDag,\n\n"
        "Mijn collega Joris Van Damme had zich ingeschreven voor het seminarie van 7 december, "
        "maar hij kan helaas niet. Ik kom in zijn plaats.\n\nEva Moens\n"
    )
    decision = decide(
        mail(body, subject="FW: vervanging seminarie 7/12", sender="Sarah <sarah.claeys@kcvs.be>")
    )
    assert decision.needs_review


def test_a_colleague_forwards_an_outside_question_it_goes_to_a_person() -> None:
    body = (
        "Linda, kan jij hierop antwoorden?\n\nSarah\n\n-----Oorspronkelijk bericht-----\n"
        "Van: Els Wouters <els.wouters@mol.be>\nVerzonden: maandag 26 november 2018 14:27\n"
        "Aan: info@kcvs.be\nOnderwerp: seminarie\n\n"
        f"Is het seminarie {TITLE} ook open voor medewerkers van het Sociaal Huis?\n\nEls\n"
    )
    decision = decide(mail(body, subject="FW: seminarie", sender="Sarah <sarah.claeys@kcvs.be>"))
    assert decision.kind == Kind.OTHER and decision.needs_review


@pytest.mark.parametrize(
    ("said", "function"),
    [
        ("in Lokeren schepen van personeel en organisatie", "schepen van personeel en organisatie"),
        ("diensthoofd HR, Tom is preventieadviseur", "diensthoofd HR"),
    ],
)
def test_a_place_before_or_a_clause_after_the_function_is_left_out(
    said: str, function: str
) -> None:
    assert clean_function(said) == function


def test_a_sentence_with_schreef_and_a_colon_is_not_a_quote_header() -> None:
    body = (
        "Dag Linda,\n\nVorige week schreef ik me in voor het seminarie, maar ik zie nu dat ik mijn "
        "mailadres verkeerd had getypt. Daarom nog eens, nu correct:\n\nNaam: Joke Verhaegen\n"
        "Stad / gemeente: Zottegem\nFunctie: HR-adviseur\nE-mailadres: joke.verhaegen@zottegem.be\n"
    )
    decision = decide(mail(body, sender="Joke Verhaegen <joke.verhaegen@zottegem.be>"))
    assert decision.kind == Kind.REGISTRATION and decision.needs_review
    assert any(reason.startswith("asks to change details") for reason in decision.reasons)


def test_a_colleague_who_wants_to_come_while_the_writer_does_not() -> None:
    body = (
        "Dag Linda,\n\nMijn collega Nele (in cc) wil graag naar het seminarie van 7 december komen. "
        "Zij is teamverantwoordelijke onthaal bij de stad Ronse. Zelf kan ik er helaas niet bij "
        "zijn.\n\nDries Verstraete\nAlgemeen directeur\nStad Ronse\n"
    )
    decision = decide(
        mail(
            body,
            subject="Seminarie 7 december - collega Nele",
            sender="Dries Verstraete <dries.verstraete@ronse.be>",
            cc="Nele Vandenberghe <nele.vandenberghe@ronse.be>",
        )
    )
    assert [(r.name, r.email) for r in decision.registrants] == [
        ("Nele Vandenberghe", "nele.vandenberghe@ronse.be")
    ]


def test_an_out_of_office_that_also_asks_to_register_goes_to_a_person() -> None:
    decision = decide(
        mail(
            "Ik ben afwezig tot 3 december. Ik kom graag naar het seminarie van 7 december.\n",
            subject="Automatisch antwoord: Uitnodiging seminarie",
            headers={"Auto-Submitted": "auto-replied"},
        )
    )
    assert decision.kind == Kind.AUTO_REPLY and decision.needs_review


def test_the_business_card_of_someone_else_registers_that_person() -> None:
    message = message_to_organiser(
        "Beste,\n\nGraag een inschrijving voor onze algemeen directeur voor het seminarie van "
        "7 december. Zijn contactgegevens vindt u in bijlage.\n\nSandra Debaene\nsecretariaat\n",
        subject="Inschrijving seminarie",
        sender="Sandra Debaene <sandra.debaene@ieper.be>",
    )
    message.add_attachment(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Deprez;Filip;;ir.;\r\nFN:ir. Filip Deprez\r\n"
        "ORG:Stad Ieper\r\nTITLE:algemeen directeur\r\nEMAIL:filip.deprez@ieper.be\r\nEND:VCARD\r\n",
        subtype="x-vcard",
        filename="filip.vcf",
    )
    decision = decide(message.as_bytes())
    assert people(decision) == [
        ("Filip Deprez", "Ieper", "algemeen directeur", "filip.deprez@ieper.be")
    ]


def test_a_province_on_a_list_line_is_the_organisation() -> None:
    body = (
        "Dag Linda,\n\nIk kom zelf ook graag naar het seminarie. Kan jij deze mensen inschrijven:\n\n"
        "Tine Goris - Provincie Antwerpen - stafmedewerker lokale besturen - "
        "tine.goris@provincieantwerpen.be\n"
        "Wouter Smets - Herentals - algemeen directeur - wouter.smets@herentals.be\n\nTine\n"
    )
    decision = decide(mail(body, sender="Tine Goris <tine.goris@provincieantwerpen.be>"))
    assert [(r.name, r.municipality) for r in decision.registrants] == [
        ("Tine Goris", "Provincie Antwerpen"),
        ("Wouter Smets", "Herentals"),
    ]


def test_a_secretary_cancels_for_the_mayor_named_in_the_sentence_before() -> None:
    body = (
        "Geachte mevrouw Boudry,\n\nBurgemeester Filip Van Hecke had zich ingeschreven voor het "
        f"seminarie {TITLE}. Door een bijzondere gemeenteraad kan hij helaas niet aanwezig zijn. "
        "Mag ik u vragen zijn inschrijving te annuleren?\n\nMartine Wuyts\n"
        "Directiesecretaris van de burgemeester\nStad Lokeren\n"
    )
    decision = decide(
        mail(body, subject="Afmelding burgemeester", sender="Martine <martine.wuyts@lokeren.be>")
    )
    assert decision.kind == Kind.CANCELLATION
    assert people(decision) == [("Filip Van Hecke", "Lokeren", "burgemeester", None)]


def test_a_name_with_function_and_town_on_one_line() -> None:
    body = "Graag inschrijven voor het seminarie van 7/12.\nDirk Callaerts, burgemeester Puurs\n"
    decision = decide(mail(body, sender="Dirk Callaerts <dirk.callaerts@gmail.com>"))
    assert people(decision) == [
        ("Dirk Callaerts", "Puurs", "burgemeester", "dirk.callaerts@gmail.com")
    ]


def test_a_details_line_under_a_greeting_that_ends_in_a_comma() -> None:
    body = (
        "Hallo Linda,\n\nInge Cools, Dilbeek, beleidsmedewerker strategie, inge.cools@dilbeek.be\n\n"
        "Ik kijk ernaar uit!\nInge\n" + INVITATION_QUOTED
    )
    decision = decide(
        mail(body, subject=f"Re: Uitnodiging {TITLE}", sender="Inge Cools <inge.cools@dilbeek.be>")
    )
    assert people(decision) == [
        ("Inge Cools", "Dilbeek", "beleidsmedewerker strategie", "inge.cools@dilbeek.be")
    ]


def test_sent_from_windows_mail_is_no_function() -> None:
    body = f"Graag schrijf ik me in voor {TITLE}.\n\nMarc Janssens\nZonhoven\n\nVerzonden vanuit Mail voor Windows 10\n"
    decision = decide(mail(body, sender="marc janssens <marcjanssens62@hotmail.com>"))
    assert people(decision) == [("Marc Janssens", "Zonhoven", None, "marcjanssens62@hotmail.com")]


# -- names, towns and functions that were read wrongly without a word of doubt ----------------
def test_a_table_cell_idem_repeats_the_cell_above() -> None:
    body = (
        "Wij komen met drie:\n\nNaam\tStad / gemeente\tFunctie\tE-mailadres\n"
        "Lotte Claes\tStad Tienen\tjurist\tlotte.claes@tienen.be\n"
        "Wout Jacobs\tidem\tarchivaris\twout.jacobs@gmail.com\n"
        "Nina Hermans\tid.\tHR-adviseur\t\n"
    )
    decision = decide(mail(body, sender="Lotte Claes <lotte.claes@tienen.be>"))
    assert [(r.name, r.municipality) for r in decision.registrants] == [
        ("Lotte Claes", "Tienen"),
        ("Wout Jacobs", "Tienen"),
        ("Nina Hermans", "Tienen"),
    ]


@pytest.mark.parametrize(
    ("said", "town"), [("Gem. Kapelle-op-den-Bos", "Kapelle-op-den-Bos"), ("AGB Lommel", "Lommel")]
)
def test_an_abbreviated_or_autonomous_municipality_is_the_municipality(
    said: str, town: str
) -> None:
    body = (
        "Graag schrijf ik me in.\n\nNaam: Karel Smet\n"
        f"Stad / gemeente: {said}\nFunctie: directeur\nE-mailadres: karel.smet@gmail.com\n"
    )
    decision = decide(mail(body, sender="Karel Smet <karel.smet@gmail.com>"))
    assert people(decision) == [("Karel Smet", town, "directeur", "karel.smet@gmail.com")]
    assert not decision.needs_review


def test_an_opening_role_clause_before_the_verb_gives_the_writers_function() -> None:
    body = (
        "Als stafmedewerker van de gemeente Bonheiden zie ik de integratie met het OCMW van dichtbij,"
        " dus ik kom graag naar het seminarie.\n\nGroeten,\nAnnelies Wouters\n"
    )
    decision = decide(mail(body, sender="Annelies Wouters <annelies.wouters@bonheiden.be>"))
    assert people(decision) == [
        ("Annelies Wouters", "Bonheiden", "stafmedewerker", "annelies.wouters@bonheiden.be")
    ]


def test_brackets_after_a_name_with_function_and_address_give_both() -> None:
    body = (
        "Naam: Sofie Lenaerts\nStad / gemeente: Bilzen\nFunctie: jurist\n"
        "E-mailadres: sofie.lenaerts@bilzen.be\n\nOok mijn teamleider, Pieter Gielen (teamleider "
        "Burgerzaken, pieter.gielen@bilzen.be), komt mee.\n"
    )
    decision = decide(mail(body, sender="Sofie Lenaerts <sofie.lenaerts@bilzen.be>"))
    assert people(decision)[1] == (
        "Pieter Gielen",
        "Bilzen",
        "teamleider Burgerzaken",
        "pieter.gielen@bilzen.be",
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Koen Dierickx en ikzelf schrijven ons graag in voor het seminarie.", Kind.REGISTRATION),
        (
            "Koen Dierickx en ik moeten ons helaas verontschuldigen voor het seminarie.",
            Kind.CANCELLATION,
        ),
    ],
)
def test_a_colleague_named_before_en_ik_at_the_start_of_a_sentence(
    sentence: str, kind: Kind
) -> None:
    body = f"Beste Linda,\n\n{sentence}\n\nVriendelijke groeten,\nMarleen Peeters\nschepen\nGemeente Hove\n"
    decision = decide(mail(body, sender="Marleen Peeters <marleen.peeters@hove.be>"))
    assert decision.kind == kind
    assert [r.name for r in decision.registrants] == ["Marleen Peeters", "Koen Dierickx"]


def test_the_next_colleagues_lines_without_an_address_still_name_a_registrant() -> None:
    body = (
        "Graag schrijf ik onderstaande collega's in:\n\nEls Wuyts\nStad Herentals\n"
        "diensthoofd personeel\nels.wuyts@herentals.be\n\nDe heer Bart Verstraeten\n"
        "Stad Herentals\nbeleidsmedewerker\n\nMet vriendelijke groeten,\n\nMieke Goris\n"
        "Personeelsdienst\nStad Herentals\n"
    )
    decision = decide(mail(body, sender="Mieke Goris <mieke.goris@herentals.be>"))
    assert people(decision) == [
        ("Els Wuyts", "Herentals", "diensthoofd personeel", "els.wuyts@herentals.be"),
        ("Bart Verstraeten", "Herentals", "beleidsmedewerker", None),
    ]


def test_like_me_is_not_part_of_a_function() -> None:
    assert clean_function("net als ik beleidsmedewerker jeugd") == "beleidsmedewerker jeugd"
    assert clean_function("zoals ik, projectleider") == "projectleider"


def test_a_title_with_its_field_before_a_name() -> None:
    body = "Onze coördinator welzijn, Hanne Bosmans, kan helaas niet komen naar het seminarie.\n"
    decision = decide(mail(body, sender="Tom Claes <tom.claes@kontich.be>"))
    assert decision.kind == Kind.CANCELLATION
    assert people(decision) == [("Hanne Bosmans", "Kontich", "coördinator welzijn", None)]


def test_a_neighbourhood_director_is_a_function() -> None:
    body = "Graag schrijf ik in:\n\n1. Jonas Maes – buurtregisseur Kiel – jonas.maes@gmail.com\n"
    decision = decide(mail(body, sender="Jonas Maes <jonas.maes@gmail.com>"))
    assert people(decision)[0][2] == "buurtregisseur Kiel"


@pytest.mark.parametrize("place", ["Lovendegm", "Mechlen", "Rotterdam"])
def test_one_word_that_is_no_known_municipality_goes_to_a_person(place: str) -> None:
    body = (
        "Ik schrijf me in.\n\nNaam: Joke Van Dyck\n"
        f"Stad / gemeente: {place}\nFunctie: jurist\nE-mailadres: joke.vandyck@gmail.com\n"
    )
    decision = decide(mail(body, sender="Joke Van Dyck <joke.vandyck@gmail.com>"))
    assert decision.needs_review
    assert f"a place that is no known municipality: {place}" in decision.reasons


@pytest.mark.parametrize("place", ["VVSG", "Vlaamse Gemeenschapscommissie", "Heist-op-den-Berg"])
def test_organisations_and_known_municipalities_need_no_person(place: str) -> None:
    body = (
        "Ik schrijf me in.\n\nNaam: Joke Van Dyck\n"
        f"Stad / gemeente: {place}\nFunctie: jurist\nE-mailadres: joke.vandyck@gmail.com\n"
    )
    decision = decide(mail(body, sender="Joke Van Dyck <joke.vandyck@gmail.com>"))
    assert not decision.needs_review, decision.reasons


def test_labels_and_values_each_in_their_own_paragraph() -> None:
    lines = (
        "Naam:\n\nLien Cuypers\n\nStad / gemeente:\n\nStad Geel\n\nFunctie:\n\njeugdconsulent\n\n"
        "E-mailadres:\n\nlien.cuypers@geel.be\n\nGroetjes,\nLien"
    ).splitlines()
    assert [p.values for p in labelled_people(lines)] == [
        {
            Field.NAME: "Lien Cuypers",
            Field.ORGANISATION: "Stad Geel",
            Field.FUNCTION: "jeugdconsulent",
            Field.EMAIL: "lien.cuypers@geel.be",
        }
    ]


def test_an_empty_label_does_not_take_a_value_from_two_lines_down() -> None:
    lines = "Naam:\n\nMet vriendelijke groeten,\nLien".splitlines()
    assert labelled_people(lines) == []


def test_see_subject_reads_the_details_in_the_subject() -> None:
    decision = decide(
        mail(
            "zie onderwerp\n\nVerzonden vanaf mijn Samsung Galaxy",
            subject="Inschrijving 7 dec: Bert Wouters - Gemeente Ranst - preventieadviseur",
            sender="Bert Wouters <bert.wouters@ranst.be>",
        )
    )
    assert decision.kind == Kind.REGISTRATION
    assert people(decision) == [
        ("Bert Wouters", "Ranst", "preventieadviseur", "bert.wouters@ranst.be")
    ]
    assert not decision.needs_review


def test_my_function_is_in_a_sentence() -> None:
    body = "Dag Linda,\n\nIk kom graag naar het seminarie. Mijn functie is beleidscoördinator.\n\nGroeten,\nEva Jacobs\nGemeente Kasterlee\n"
    decision = decide(mail(body, sender="Eva Jacobs <eva.jacobs@kasterlee.be>"))
    assert people(decision) == [
        ("Eva Jacobs", "Kasterlee", "beleidscoördinator", "eva.jacobs@kasterlee.be")
    ]


def _registered_in(place: str, address: str, function: str = "jurist") -> Decision:
    body = (
        "Ik schrijf me in.\n\nNaam: Joke Van Dyck\n"
        f"Stad / gemeente: {place}\nFunctie: {function}\nE-mailadres: {address}\n"
    )
    return decide(mail(body, sender=f"Joke Van Dyck <{address}>"))


def test_a_part_of_one_municipality_is_that_municipality() -> None:
    decision = _registered_in("Wondelgem", "joke.vandyck@telenet.be")
    assert [r.municipality for r in decision.registrants] == ["Gent"]
    assert not decision.needs_review


@pytest.mark.parametrize(
    ("address", "function", "municipality"),
    [
        ("joke.vandyck@stad.antwerpen.be", "jurist", "Antwerpen"),
        ("joke.vandyck@kluisbergen.be", "jurist", "Kluisbergen"),
        ("joke.vandyck@gmail.com", "districtsschepen", "Antwerpen"),
    ],
)
def test_a_part_of_two_municipalities_is_told_by_the_address_or_a_district_office(
    address: str, function: str, municipality: str
) -> None:
    decision = _registered_in("Berchem", address, function)
    assert [r.municipality for r in decision.registrants] == [municipality]
    assert not decision.needs_review


def test_a_part_of_two_municipalities_without_more_goes_to_a_person() -> None:
    decision = _registered_in("Berchem", "joke.vandyck@gmail.com")
    assert decision.needs_review
    assert "a part of more than one municipality: Berchem (Antwerpen / Kluisbergen)" in (
        decision.reasons
    )


def test_a_part_of_a_municipality_on_a_list_line_and_a_given_name_under_the_mail() -> None:
    body = (
        "Graag schrijf ik in:\n\n1. Jan Peeters – Kessel-Lo – jurist – jan.peeters@gmail.com\n"
        "2. Veerle Smets – Wilrijk – archivaris – veerle.smets@gmail.com\n\nGroeten,\nVeerle\n"
    )
    decision = decide(mail(body, sender="Veerle Smets <veerle.smets@gmail.com>"))
    assert [r.municipality for r in decision.registrants] == ["Leuven", "Antwerpen"]
    assert not decision.needs_review


# -- mail written or touched by systems ---------------------------------------------------------
def test_a_web_forms_registration_is_read_and_checked_by_a_person() -> None:
    body = (
        f'Nieuwe inzending voor het formulier "Inschrijving {TITLE}".\n\nNaam: Jo Lemmens\n'
        "Stad / gemeente: Zandhoven\nFunctie: stafmedewerker\nE-mailadres: jo.lemmens@zandhoven.be\n"
    )
    decision = decide(
        mail(
            body,
            subject="Nieuwe inzending formulier",
            sender="Website <no-reply@formulieren.example.be>",
            headers={"Auto-Submitted": "auto-generated"},
        )
    )
    assert decision.kind == Kind.REGISTRATION
    assert people(decision) == [
        ("Jo Lemmens", "Zandhoven", "stafmedewerker", "jo.lemmens@zandhoven.be")
    ]
    assert decision.needs_review
    assert "automatic message (Auto-Submitted: auto-generated) about the event" in decision.reasons


def test_a_machines_message_not_about_the_event_stays_other_mail() -> None:
    decision = decide(
        mail(
            "Uw wachtwoord verloopt over 5 dagen.",
            subject="Wachtwoord verloopt",
            sender="IT <no-reply@kcvs.be>",
            headers={"Auto-Submitted": "auto-generated"},
        )
    )
    assert decision.kind == Kind.OTHER
    assert not decision.needs_review


def test_a_winmail_dat_may_hold_the_details() -> None:
    message = message_to_organiser("", subject="Inschrijving seminarie")
    message.add_attachment(
        b"\x78\x9f\x3e\x22" + bytes(60),
        maintype="application",
        subtype="ms-tnef",
        filename="winmail.dat",
    )
    decision = decide(message.as_bytes())
    assert decision.needs_review
    assert "details may be in the attachment" in decision.reasons


def test_a_secretary_writes_namens_the_owner_of_the_from_address() -> None:
    body = (
        "Namens burgemeester Wim Caeyers schrijf ik hem in voor het seminarie.\n\n"
        "Naam: Wim Caeyers\nStad / gemeente: Oud-Heverlee\nFunctie: burgemeester\n\n"
        "Met vriendelijke groeten,\nAnja Wouters\nSecretariaat\n"
    )
    decision = decide(
        mail(
            body,
            sender="Wim Caeyers <wim.caeyers@oud-heverlee.be>",
            headers={"Sender": "Secretariaat <secretariaat@oud-heverlee.be>"},
        )
    )
    assert people(decision) == [
        ("Wim Caeyers", "Oud-Heverlee", "burgemeester", "wim.caeyers@oud-heverlee.be")
    ]


def test_an_accepted_calendar_answer_that_registers_a_colleague() -> None:
    body = (
        "Staat in mijn agenda. Kan je mijn collega ook inschrijven?\n\nNaam: Nora Peeters\n"
        "Gemeente: Beerse\nFunctie: jurist\nE-mail: nora.peeters@beerse.be\n"
    )
    decision = decide(
        mail(body, subject=f"Geaccepteerd: {TITLE}", sender="Bram Geys <bram.geys@beerse.be>")
    )
    assert decision.kind == Kind.REGISTRATION
    assert [r.name for r in decision.registrants] == ["Nora Peeters"]


def test_a_plain_accepted_calendar_answer_is_other_mail() -> None:
    decision = decide(
        mail("", subject=f"Geaccepteerd: {TITLE}", sender="Bram Geys <bram.geys@beerse.be>")
    )
    assert decision.kind == Kind.OTHER


def test_a_spam_filters_report_is_read_through_to_the_original() -> None:
    original = mail(
        "Graag schrijf ik me in.\n\nNaam: Stef Luyten\nStad / gemeente: Hamont-Achel\n"
        "Functie: ICT-coördinator\nE-mailadres: stef.luyten@hamont-achel.be\n",
        sender="Stef Luyten <stef.luyten@hamont-achel.be>",
    )
    report = message_to_organiser(
        'Spam detection software, running on the system "mx.example.be", has identified this '
        "incoming email as possible spam.  The original message has been attached to this so "
        "you can view it.\n",
        subject="*** SPAM *** Inschrijving",
        sender="Stef Luyten <stef.luyten@hamont-achel.be>",
        headers={"X-Spam-Flag": "YES"},
    )
    report.add_attachment(email.message_from_bytes(original, policy=email.policy.default))
    decision = decide(report.as_bytes())
    assert decision.kind == Kind.REGISTRATION
    assert people(decision) == [
        ("Stef Luyten", "Hamont-Achel", "ICT-coördinator", "stef.luyten@hamont-achel.be")
    ]
    assert decision.needs_review


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("E-mail aanvrager", Field.EMAIL),
        ("Functie van de deelnemer", Field.FUNCTION),
        ("Aanvrager", Field.NAME),
        ("Vestiging", None),
    ],
)
def test_labels_that_say_whose_field_it_is(label: str, field: Field | None) -> None:
    assert label_field(label) == field


# -- details in signatures ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "signature",
    [
        "Wout Peeters | Diensthoofd Burgerzaken | Stad Tielt | Markt 1, 8700 Tielt | T 051 42 81 00",
        "Wout Peeters\tStad Tielt\nDiensthoofd Burgerzaken\tMarkt 1, 8700 Tielt",
        "Wout Peeters     Stad Tielt\nDiensthoofd Burgerzaken     Markt 1, 8700 Tielt",
    ],
)
def test_a_signature_laid_out_in_columns(signature: str) -> None:
    body = f"Dag Linda,\n\nIk schrijf me graag in voor het seminarie.\n\nWout\n\n{signature}\n"
    decision = decide(mail(body, sender="Wout Peeters <wout.peeters@tielt.be>"))
    assert people(decision) == [
        ("Wout Peeters", "Tielt", "Diensthoofd Burgerzaken", "wout.peeters@tielt.be")
    ]


def test_a_surname_with_a_title_is_the_full_name_of_the_mail() -> None:
    body = (
        "De heer Claes moet zijn deelname aan het seminarie helaas annuleren.\n\n"
        "Met vriendelijke groeten,\nnamens Geert Claes,\nLinde Maes\nSecretariaat\n"
    )
    decision = decide(
        mail(body, subject="Afmelding seminarie", sender="Geert Claes <geert.claes@bornem.be>")
    )
    assert decision.kind == Kind.CANCELLATION
    assert [r.name for r in decision.registrants] == ["Geert Claes"]


def test_an_assistant_registers_her_director_from_his_account_and_herself() -> None:
    body = (
        "Hierbij schrijf ik graag onze burgemeester, Luc Vos, in voor het seminarie. "
        "Zelf ga ik ook graag mee.\n\nMet vriendelijke groeten\n\nFien Smolders\nDirectieassistente\n"
        "fien.smolders@grobbendonk.be\n\n-- \nLuc Vos\nBurgemeester\nGemeente Grobbendonk\n"
    )
    decision = decide(mail(body, sender="Luc Vos <luc.vos@grobbendonk.be>"))
    assert sorted((r.name, r.email) for r in decision.registrants) == [
        ("Fien Smolders", "fien.smolders@grobbendonk.be"),
        ("Luc Vos", "luc.vos@grobbendonk.be"),
    ]


def test_the_forwarder_who_comes_too_is_registered_with_the_forwarded_colleague() -> None:
    body = (
        "Beste Linda,\n\nHieronder de inschrijving van mijn collega. Ik kom zelf ook mee.\n\n"
        "Groeten,\nPeter Hendrickx\nStafmedewerker\nGemeente Schilde\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Mira Geens\nVerzonden: donderdag 8 november 2018\n"
        "Aan: Peter Hendrickx\nOnderwerp: seminarie\n\nIk wil graag mee naar het seminarie.\n\n"
        "Naam: Mira Geens\nStad / gemeente: Schilde\nFunctie: jurist\n"
        "E-mailadres: mira.geens@schilde.be\n"
    )
    decision = decide(
        mail(body, subject="FW: seminarie", sender="Peter Hendrickx <peter.hendrickx@schilde.be>")
    )
    assert sorted(r.name or "" for r in decision.registrants) == ["Mira Geens", "Peter Hendrickx"]


@pytest.mark.parametrize(
    ("sentence", "registers"),
    [
        ("Ingeschreven graag", True),
        ("Inschrijving aub!", True),
        ("Schrijf me in aub.", True),
        ("Mag je mij ook noteren voor 7 december?", True),
        ("Kunt u mij op de deelnemerslijst zetten?", True),
        ("Mag je mij niet noteren?", False),
        ("Ik ben nog niet ingeschreven.", False),
    ],
)
def test_short_ways_to_ask_to_be_registered(sentence: str, registers: bool) -> None:
    intent = read_intent([sentence], sentence)
    assert bool(intent.register) == registers
    assert not intent.questions


def test_the_writer_registers_colleagues_and_is_away_herself() -> None:
    body = (
        "Ik schrijf graag twee collega's in voor het seminarie:\n\n"
        "1. Tine Aerts – jurist – tine.aerts@lier.be\n2. Bram Wouters – archivaris – "
        "bram.wouters@lier.be\n\nZelf zit ik die dag op een congres, dus ik moet jammer genoeg "
        "passen.\n\nGroeten,\nKatrien Peeters\nStad Lier\n"
    )
    decision = decide(mail(body, sender="Katrien Peeters <katrien.peeters@lier.be>"))
    assert decision.kind == Kind.REGISTRATION
    assert [r.name for r in decision.registrants] == ["Tine Aerts", "Bram Wouters"]
    assert not decision.needs_review


def test_the_writer_is_away_and_the_colleague_is_not_named() -> None:
    body = (
        "Ik schrijf graag een collega in voor het seminarie. Zelf ben ik die dag verhinderd.\n\n"
        "Groeten,\nKatrien Peeters\nStad Lier\n"
    )
    decision = decide(mail(body, sender="Katrien Peeters <katrien.peeters@lier.be>"))
    assert decision.needs_review


def test_a_registered_writer_who_passes_and_registers_a_colleague_goes_to_a_person() -> None:
    body = (
        "Graag schrijf ik mijn collega Bram Wouters (bram.wouters@lier.be) in. Zelf moet ik "
        "helaas passen.\n\nGroeten,\nKatrien Peeters\nStad Lier\n\n"
        "Op 12 nov. 2018 schreef Linda Boudry <linda.boudry@kcvs.be>:\n"
        "> Bedankt voor je inschrijving voor het seminarie.\n> We noteerden de volgende gegevens:\n"
        "> Naam: Katrien Peeters\n"
    )
    decision = decide(
        mail(
            body,
            subject=f"Re: Bevestiging inschrijving {TITLE}",
            sender="Katrien Peeters <katrien.peeters@lier.be>",
        )
    )
    assert decision.needs_review


@pytest.mark.parametrize(
    "sentence",
    ["Mijn collega Stijn Cools neemt graag mijn plaats in.", "My colleague will take my place."],
)
def test_someone_taking_my_place_is_a_substitution(sentence: str) -> None:
    assert read_intent([sentence], sentence).substitution


# -- the many ways people write -----------------------------------------------------------------
def test_the_undersigned_in_a_formal_letter_and_the_venue_is_no_person() -> None:
    body = (
        "Geachte mevrouw,\n\nOndergetekende, mevrouw Hilde Mertens, stafmedewerker van het "
        "gemeentebestuur van Zoersel, wenst zich hierbij in te schrijven voor het seminarie dat "
        "plaatsvindt in de bibliotheek Permeke te Antwerpen.\n\nHoogachtend,\n\nHilde Mertens\n"
    )
    decision = decide(mail(body, sender="Mertens Hilde <hilde.mertens@zoersel.be>"))
    assert [r.name for r in decision.registrants] == ["Hilde Mertens"]


def test_small_talk_around_the_municipality_in_its_field() -> None:
    assert resolve_organisation("'t Stad (Antwerpen dus 😄") == "Antwerpen"
    assert resolve_organisation("Gent natuurlijk!") == "Gent"
    assert resolve_organisation("AG Stadsplanning Antwerpen") == "AG Stadsplanning Antwerpen"


def test_a_sentence_read_as_a_function_goes_to_a_person() -> None:
    body = (
        "ik schrijf mij in voor het seminarie punt ik werk bij de stad menen als teamleider hr punt "
        "mijn mailadres is koen punt claes apenstaartje menen punt be punt nieuwe alinea groeten\n"
    )
    decision = decide(mail(body, sender="Koen Claes <koen.claes@menen.be>"))
    assert decision.needs_review


def test_a_colleague_who_does_not_come_in_a_relative_clause_is_no_registrant() -> None:
    body = (
        "Via mijn collega Greet Smets, die zelf op 7 december niet kan gaan, hoorde ik van het "
        "seminarie, dus ik schrijf me graag in.\n\nTine Bogaerts\nStad Turnhout\n"
    )
    decision = decide(mail(body, sender="Tine Bogaerts <tine.bogaerts@turnhout.be>"))
    assert [r.name for r in decision.registrants] == ["Tine Bogaerts"]


def test_a_title_and_surname_introduce_the_writer() -> None:
    body = "hoi linda, schepen claes hier (ranst). zet me er maar bij op 7/12. tot dan!\n"
    decision = decide(mail(body, sender="Wim Claes <wim.claes@ranst.be>"))
    assert people(decision) == [("Wim Claes", "Ranst", "schepen", "wim.claes@ranst.be")]


@pytest.mark.parametrize(
    "sentence",
    [
        "waarschijnlijk moet ik afzeggen maar da is nog nie zeker",
        "Ik kom normaal, ik laat je nog weten of het lukt.",
    ],
)
def test_doubt_in_colloquial_words_is_tentative(sentence: str) -> None:
    assert read_intent([sentence], sentence).tentative


# -- people of other organisations, and the grey zone of 'Stad / gemeente' -----------------------
@pytest.mark.parametrize(
    ("said", "recorded"),
    [
        ("Sociaal Huis Wetteren", "Wetteren"),
        ("ik woon in Boom, maar ik werk voor de Provincie Antwerpen", "Provincie Antwerpen"),
        ("geen, ik ben student aan de Universiteit Gent", "Universiteit Gent"),
        ("Nevele (vanaf 1 januari 2019 Deinze)", "Nevele"),
    ],
)
def test_what_the_municipality_field_records(said: str, recorded: str) -> None:
    assert resolve_organisation(said) == recorded
    assert place_doubt(said) is None


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("Boechout, Hove en Lint", "several municipalities: Boechout, Hove en Lint"),
        ("Ranst / IGEAN", "a municipality and something else: Ranst / IGEAN"),
        ("Mechelen (woonplaats)", "a place of residence, not of work: Mechelen (woonplaats)"),
    ],
)
def test_a_municipality_field_that_cannot_be_recorded_goes_to_a_person(
    said: str, reason: str
) -> None:
    body = (
        "Ik schrijf me in.\n\nNaam: Joke Van Dyck\n"
        f"Stad / gemeente: {said}\nFunctie: jurist\nE-mailadres: joke.vandyck@gmail.com\n"
    )
    decision = decide(mail(body, sender="Joke Van Dyck <joke.vandyck@gmail.com>"))
    assert decision.needs_review
    assert reason in decision.reasons


@pytest.mark.parametrize(
    "said", ["Stad en OCMW Gent", "Gemeente/OCMW Zele", "Stad Lier, Grote Markt 57"]
)
def test_one_municipality_in_many_words_is_no_doubt(said: str) -> None:
    assert place_doubt(said) is None


def test_an_employer_after_bij_in_initials_is_no_part_of_the_function() -> None:
    assert clean_function("jurist bij IGEAN") == "jurist"
    assert clean_function("projectleider bij AGB Stadsontwikkeling Kortrijk") == "projectleider"
    assert clean_function("schepen van ICT") == "schepen van ICT"


def test_the_employer_cell_of_a_list_line() -> None:
    body = (
        "Mijn collega en ik nemen graag deel aan het seminarie:\n\n"
        "- Ruben Goris – Möbius – senior consultant – ruben.goris@mobius.eu\n"
        "- Lore Wouters – Möbius – consultant – lore.wouters@mobius.eu\n"
    )
    decision = decide(mail(body, sender="Ruben Goris <ruben.goris@mobius.eu>"))
    assert [(r.name, r.municipality, r.function) for r in decision.registrants] == [
        ("Ruben Goris", "Möbius", "senior consultant"),
        ("Lore Wouters", "Möbius", "consultant"),
    ]


def test_a_fire_zone_commander_has_a_function() -> None:
    body = "Graag schrijf ik in:\n\n1. Dirk Wuyts – zonecommandant – dirk.wuyts@hvzkempen.be\n"
    decision = decide(mail(body, sender="Dirk Wuyts <dirk.wuyts@hvzkempen.be>"))
    assert [r.function for r in decision.registrants] == ["zonecommandant"]


def test_a_town_beside_a_signature_of_another_employer_goes_to_a_person() -> None:
    body = (
        "Naam: Joke Segers\nStad / gemeente: Brussel\nFunctie: projectleider\n"
        "E-mailadres: joke.segers@vlaanderen.be\n\nVriendelijke groet,\n\nJoke Segers\n"
        "Projectleider\nVlaamse overheid\nDepartement Omgeving\n"
    )
    decision = decide(mail(body, sender="Segers Joke <joke.segers@vlaanderen.be>"))
    assert decision.needs_review
    assert "the mail says Brussel, the signature Vlaamse overheid" in decision.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Kan je mijn collega noteren voor een volgende editie?\n\nNaam: Lies Maes\n"
        "Stad / gemeente: Tielt\nFunctie: jurist\nE-mailadres: lies.maes@tielt.be\n",
        "Ik lees dat er in het voorjaar een tweede editie komt. Mag je me daar alvast voor "
        "inschrijven?\n\nNaam: Lies Maes\nStad / gemeente: Tielt\nFunctie: jurist\n"
        "E-mailadres: lies.maes@tielt.be\n",
    ],
)
def test_a_registration_for_a_later_edition_goes_to_a_person(body: str) -> None:
    decision = decide(mail(body, sender="Lies Maes <lies.maes@tielt.be>"))
    assert decision.kind == Kind.OTHER
    assert decision.needs_review
    assert not decision.registrants


def test_offering_help_for_a_later_edition_while_registering_is_a_registration() -> None:
    body = (
        "Graag schrijf ik me in voor het seminarie van 7 december. Mocht je voor een volgende "
        "editie een spreker zoeken, ik denk graag mee.\n\nNaam: Lies Maes\nStad / gemeente: Tielt\n"
        "Functie: jurist\nE-mailadres: lies.maes@tielt.be\n"
    )
    decision = decide(mail(body, sender="Lies Maes <lies.maes@tielt.be>"))
    assert decision.kind == Kind.REGISTRATION


# -- reply-all and threads ----------------------------------------------------------------------
CONFIRMATION_FOR_ELLEN = (
    "\n\n________________________________\nVan: Linda Boudry <linda.boudry@kcvs.be>\n"
    "Verzonden: vrijdag 16 november 2018 14:00\nAan: Ellen Smet <ellen.smet@zottegem.be>\n"
    "Onderwerp: Bevestiging inschrijving\n\nBeste Ellen,\n\nBedankt voor uw inschrijving voor het "
    f"seminarie {TITLE}. We noteerden de volgende gegevens:\n\nNaam: Ellen Smet\n"
    "Stad / gemeente: Zottegem\nFunctie: deskundige HR\nE-mailadres: ellen.smet@zottegem.be\n"
)


def test_a_manager_cancels_for_the_colleague_she_names_before_haar() -> None:
    body = (
        "Linda, Ellen zal er op 7 december niet bij zijn, zij is langere tijd afwezig. Kan je haar "
        "van de lijst schrappen?\n\nPeter Maes\nAfdelingshoofd\nStad Zottegem"
        + CONFIRMATION_FOR_ELLEN
    )
    decision = decide(
        mail(
            body,
            subject="RE: Bevestiging inschrijving",
            sender="Peter Maes <peter.maes@zottegem.be>",
        )
    )
    assert decision.kind == Kind.CANCELLATION
    assert [r.email for r in decision.registrants] == ["ellen.smet@zottegem.be"]


def test_a_withdrawal_takes_the_writers_details_from_her_block_quoted_in_the_thread() -> None:
    body = (
        "Ik haak helaas af. Linda, wil je mij schrappen?\n\nNele\n\n"
        "Op do 15 nov. 2018 om 09:40 schreef Wim Roels <wim.roels@beveren.be>:\n"
        "> Wij schrijven ons in:\n>\n> Naam: Nele Goris\n> Stad / gemeente: Beveren\n"
        "> Functie: teamverantwoordelijke burgerzaken\n> E-mailadres: nele.goris@beveren.be\n"
    )
    decision = decide(
        mail(
            body, subject="Re: Inschrijving seminarie", sender="Nele Goris <nele.goris@beveren.be>"
        )
    )
    assert decision.kind == Kind.CANCELLATION
    assert people(decision) == [
        ("Nele Goris", "Beveren", "teamverantwoordelijke burgerzaken", "nele.goris@beveren.be")
    ]


@pytest.mark.parametrize("answer", ["Voor mij ook graag.", "Idem voor mij, Linda."])
def test_a_me_too_reply_all_registers_the_writer(answer: str) -> None:
    body = (
        f"{answer}\n\nVriendelijke groeten,\n\nEva Peeters\nCommunicatiecoördinator\nStad Ninove\n\n"
        "________________________________\nVan: Raf Cosyns <raf.cosyns@ninove.be>\n"
        "Verzonden: maandag 26 november 2018 13:30\nAan: Linda Boudry <linda.boudry@kcvs.be>\n"
        "Onderwerp: Inschrijving seminarie\n\nBeste Linda,\n\nNaam: Raf Cosyns\n"
        "Stad / gemeente: Ninove\nFunctie: strategisch coördinator\nE-mailadres: raf.cosyns@ninove.be\n"
    )
    decision = decide(
        mail(
            body, subject="RE: Inschrijving seminarie", sender="Eva Peeters <eva.peeters@ninove.be>"
        )
    )
    assert decision.kind == Kind.REGISTRATION
    assert [r.email for r in decision.registrants] == ["eva.peeters@ninove.be"]


def test_the_forwarders_own_question_above_a_forward_goes_to_a_person() -> None:
    body = (
        "Dag Linda,\n\nJan zegt dat hij zich heeft ingeschreven. Staat hij al op de lijst?\n\n"
        "Kim Vrancken\n\n________________________________\nVan: Jan Bijnens "
        "<jan.bijnens@maasmechelen.be>\nVerzonden: maandag 26 november 2018 8:02\n"
        "Aan: Linda Boudry <linda.boudry@kcvs.be>\nOnderwerp: seminarie 7 december\n\n"
        "Ik schrijf me graag in.\nJan Bijnens, Maasmechelen, stafmedewerker, jan.bijnens@maasmechelen.be\n"
    )
    decision = decide(
        mail(
            body,
            subject="FW: seminarie 7 december",
            sender="Kim Vrancken <kim.vrancken@maasmechelen.be>",
        )
    )
    assert decision.needs_review
    assert "question needs an answer: 'Staat hij al op de lijst?'" in decision.reasons


# -- groups and minimal mail --------------------------------------------------------------------
def test_a_bullet_with_only_a_first_name_among_read_ones_goes_to_a_person() -> None:
    body = (
        "Graag inschrijven:\n- Sofie Claes, HR-medewerker, sofie.claes@ninove.be\n"
        "- Jeroen (ook van de personeelsdienst)\n- Annick Smet, stadssecretaris, "
        "annick.smet@ninove.be\n\nThx!\nSofie\n"
    )
    decision = decide(mail(body, sender="Sofie Claes <sofie.claes@ninove.be>"))
    assert "Jeroen" in [r.name for r in decision.registrants]
    assert "only a first name: Jeroen" in decision.reasons


def test_struck_through_html_is_what_the_writer_took_back() -> None:
    html = "<p>Naam: <del>Tom Smet</del> Lien Goris</p><p><s>weg</s>blijft</p>"
    assert html_to_text(html).splitlines() == ["Naam: Lien Goris", "blijft"]


def test_i_come_together_with_a_list_includes_the_writer() -> None:
    body = (
        "Hoi Linda,\n\nIk kom graag, samen met:\n- Nico Goris (algemeen directeur), "
        "nico.goris@edegem.be\n- Sandra Peeters (schepen), sandra.peeters@edegem.be\n\n"
        "Groetjes,\nElke Meeusen\nStafmedewerker\nGemeente Edegem\n"
    )
    decision = decide(mail(body, sender="Elke Meeusen <elke.meeusen@edegem.be>"))
    assert [r.name for r in decision.registrants] == [
        "Elke Meeusen",
        "Nico Goris",
        "Sandra Peeters",
    ]


def test_a_signature_address_is_no_person() -> None:
    body = "Aanwezig\n\nNele Wuyts\nDeskundige personeelsbeleid\nStad Hasselt\nLimburgplein 1, 3500 Hasselt\n"
    decision = decide(
        mail(body, subject=f"RE: Uitnodiging {TITLE}", sender="Nele Wuyts <nele.wuyts@hasselt.be>")
    )
    assert [r.name for r in decision.registrants] == ["Nele Wuyts"]


def test_a_wordless_mail_with_a_registration_file_goes_to_a_person() -> None:
    message = message_to_organiser("", subject="")
    message.add_attachment(
        b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="inschrijving.pdf"
    )
    decision = decide(message.as_bytes())
    assert decision.needs_review
    assert decision.about_event


# -- forwards, quoted chains and an ordinary week ------------------------------------------------
INVITATION_PROMISING_A_CONFIRMATION = (
    "\n\nVan: Linda Boudry [mailto:linda.boudry@kcvs.be]\nVerzonden: donderdag 8 november 2018\n"
    f"Onderwerp: Uitnodiging seminarie {TITLE}\n\nBeste,\n\nHet Kenniscentrum Vlaamse Steden "
    f"nodigt u uit op het seminarie {TITLE} op vrijdag 7 december 2018.\n\nInschrijven kan tot en "
    "met 2 december met vermelding van:\n\nNaam:\nStad / gemeente:\nFunctie:\nE-mailadres:\n\n"
    "U ontvangt een automatische bevestiging van uw inschrijving.\n"
)


def test_the_invitations_promise_of_a_confirmation_is_no_confirmation() -> None:
    body = (
        "Ik kom graag.\n\nNaam: Bart Claes\nStad / gemeente: Aarschot\nFunctie: jurist\n"
        "E-mailadres: bart.claes@aarschot.be\n" + INVITATION_PROMISING_A_CONFIRMATION
    )
    decision = decide(
        mail(body, subject=f"RE: Uitnodiging {TITLE}", sender="Bart Claes <bart.claes@aarschot.be>")
    )
    assert decision.kind == Kind.REGISTRATION
    assert not decision.needs_review, decision.reasons


def test_whoever_wants_to_go_can_register_is_no_registration() -> None:
    body = (
        "Collega's,\n\nMisschien interessant. Wie wil gaan, kan zich rechtstreeks inschrijven bij "
        "Linda (in cc). Ikzelf kan niet.\n\nWim Loos\n" + INVITATION_PROMISING_A_CONFIRMATION
    )
    decision = decide(
        mail(
            body,
            subject=f"FW: Uitnodiging {TITLE}",
            sender="Wim Loos <wim.loos@aarschot.be>",
            cc=ORGANISER,
        )
    )
    assert decision.kind == Kind.OTHER
    assert not decision.registrants


def test_i_am_name_and_i_work_as_gives_the_function() -> None:
    body = (
        f"Ik zou graag deelnemen aan {TITLE}.\nIk ben Pieter-Jan Smet en ik werk als afdelingshoofd "
        "Organisatieontwikkeling bij Stad\nGent.\n\nVriendelijke groet,\nPieter-Jan\n"
    )
    decision = decide(mail(body, sender="Pieter-Jan Smet <pieterjan.smet@stad.gent>"))
    assert people(decision) == [
        (
            "Pieter-Jan Smet",
            "Gent",
            "afdelingshoofd Organisatieontwikkeling",
            "pieterjan.smet@stad.gent",
        )
    ]
