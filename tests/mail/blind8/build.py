#!/usr/bin/env python3
"""Build a blind, labelled test set of registration e-mails (set "blind8").

Event: KCVS seminar "Stadsorganisaties in transitie", Friday 7 December 2018,
auditorium Permeke, De Coninckplein 26, 2060 Antwerpen. Registration by mail to
Linda Boudry <linda.boudry@kcvs.be> until and including 2 December with
Naam, Stad / gemeente, Functie, E-mailadres.

Writes NNN.eml (CRLF, RFC 5322) and NNN.json (label) into the folder of this
script. Deterministic: random.seed() first, fixed dates and Message-IDs, so a
second run gives byte-identical files.
"""

import datetime
import email.policy
import json
import os
import random
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

random.seed(20181207)

HERE = os.path.dirname(os.path.abspath(__file__))
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
CET = datetime.timezone(datetime.timedelta(hours=1))
INVITE_ID = "<5BE00F3A.7010203@kcvs.be>"


def d(day, hh, mm, month=11):
    return datetime.datetime(2018, month, day, hh, mm, random.randrange(60), tzinfo=CET)


def mid(domain, style):
    r = random.getrandbits(64)
    if style == "outlook":
        return "<AM%dPR0%dMB%04d%012X@%s>" % (
            random.randrange(2, 7),
            random.randrange(1, 9),
            random.randrange(10000),
            r & 0xFFFFFFFFFFFF,
            domain,
        )
    if style == "gmail":
        return "<CA+%016x%s@mail.gmail.com>" % (r, "bq" + str(random.randrange(100, 999)))
    return "<%016x.%d@%s>" % (r, random.randrange(1000, 9999), domain)


INVITE = """\
Beste,

Het Kenniscentrum Vlaamse Steden nodigt u van harte uit op het gratis seminarie

   "Stadsorganisaties in transitie"
   vrijdag 7 december 2018
   Auditorium bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen

Onthaal met koffie vanaf 9.30 uur, we starten om 10 uur, lunch rond 12.30 uur.

Inschrijven kan tot en met 2 december met een mail aan linda.boudry@kcvs.be
met vermelding van:
Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden vzw
linda.boudry@kcvs.be"""


def quote_outlook(sent="maandag 5 november 2018 10:14"):
    return (
        "\n\nVan: Linda Boudry <linda.boudry@kcvs.be>\nVerzonden: %s\n"
        "Onderwerp: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december\n\n%s\n"
        % (sent, INVITE)
    )


def quote_gmail():
    body = "\n".join(("> " + l) if l else ">" for l in INVITE.split("\n"))
    return (
        "\n\nOp ma 5 nov. 2018 om 10:14 schreef Linda Boudry <linda.boudry@kcvs.be>:\n\n"
        + body
        + "\n"
    )


CASES = []


def case(
    n,
    frm,
    subject,
    date,
    body,
    kind,
    regs,
    review,
    note,
    *,
    to=LINDA,
    cc=None,
    extra=(),
    cte="quoted-printable",
    charset="utf-8",
    html=None,
    domain=None,
    style="plain",
    mailer=None,
    reply=False,
):
    CASES.append(
        dict(
            n=n,
            frm=frm,
            subject=subject,
            date=date,
            body=body,
            kind=kind,
            regs=regs,
            review=review,
            note=note,
            to=to,
            cc=cc,
            extra=extra,
            cte=cte,
            charset=charset,
            html=html,
            domain=domain,
            style=style,
            mailer=mailer,
            reply=reply,
        )
    )


# --------------------------------------------------------------------------- 001
case(
    1,
    '"Dewinter Els" <Els.Dewinter@roeselare.be>',
    "Inschrijving seminarie Stadsorganisaties in transitie",
    d(7, 9, 2),
    """\
Beste mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie 'Stadsorganisaties in transitie' op
vrijdag 7 december.

Naam: Mevr. Els Dewinter
Stad / gemeente: Stad Roeselare
Functie: beleidsmedewerker personeel en organisatie
E-mailadres: Els.Dewinter@roeselare.be

Met vriendelijke groeten,
Els Dewinter
""",
    "registration",
    [
        (
            "Els Dewinter",
            "Roeselare",
            "beleidsmedewerker personeel en organisatie",
            "els.dewinter@roeselare.be",
        )
    ],
    False,
    "labelled fields; honorific 'Mevr.' inside the Naam value is dropped; 'Stad Roeselare' -> Roeselare; mixed-case address lower-cased",
    domain="roeselare.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 002
case(
    2,
    "Sofie Vermeulen <sofie.vermeulen@stad.gent>",
    "inschrijving seminarie 7/12",
    d(8, 14, 41),
    """\
Dag Linda,

Wij komen met drie: ik, mijn collega An Peeters (an.peeters@stad.gent) en ons
diensthoofd Marc Claes. Voor Marc mag je de bevestiging gewoon naar mij sturen.

Tot dan!

Sofie Vermeulen
beleidsadviseur organisatieontwikkeling
Stad Gent - Dienst Organisatieontwikkeling
Botermarkt 1, 9000 Gent
"""
    + quote_gmail(),
    "registration",
    [
        (
            "Sofie Vermeulen",
            "Gent",
            "beleidsadviseur organisatieontwikkeling",
            "sofie.vermeulen@stad.gent",
        ),
        ("An Peeters", "Gent", None, "an.peeters@stad.gent"),
        ("Marc Claes", "Gent", "diensthoofd", None),
    ],
    False,
    "'ik, mijn collega X (addr) en ons diensthoofd Y' in one sentence; sender from From/signature; "
    "An has no stated function ('collega' is not one); Marc has no address of his own (null, not the sender's); "
    "quoted invitation with empty template and Linda's own address below must be ignored",
    domain="stad.gent",
    reply=True,
)

# --------------------------------------------------------------------------- 003
case(
    3,
    "Nele Schepers <nele.schepers@hasselt.be>",
    "Inschrijvingen seminarie 7 december",
    d(9, 11, 20),
    """\
Goedemiddag,

Graag schrijf ik volgende personen in voor het seminarie op 7 december in
Antwerpen:

Bart Hermans, algemeen directeur, bart.hermans@hasselt.be
Ilse Wouters, financieel directeur, ilse.wouters@hasselt.be
Koen Lemmens, schepen van Financiën en Personeel, koen.lemmens@hasselt.be

Zelf kan ik er helaas niet bij zijn.

Vriendelijke groet,

Nele Schepers
directiesecretariaat
Stad Hasselt
""",
    "registration",
    [
        ("Bart Hermans", "Hasselt", "algemeen directeur", "bart.hermans@hasselt.be"),
        ("Ilse Wouters", "Hasselt", "financieel directeur", "ilse.wouters@hasselt.be"),
        (
            "Koen Lemmens",
            "Hasselt",
            "schepen van Financiën en Personeel",
            "koen.lemmens@hasselt.be",
        ),
    ],
    False,
    "secretary registers three others, one per line 'naam, functie, adres'; the function "
    "'schepen van Financiën en Personeel' contains 'en' and must not be split; the sender is not registered",
    domain="hasselt.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 004
case(
    4,
    "Veerle Dhondt <veerle.dhondt@lebbeke.be>",
    "Seminarie KCVS - inschrijving Lebbeke",
    d(12, 16, 5),
    """\
Beste Linda,

Vanuit Lebbeke komen we met drie. Inschrijving voor: Wim De Smedt (algemeen directeur van Gemeente en OCMW Lebbeke); Veerle Dhondt (financieel directeur); Luc Van Damme (voorzitter bijzonder comité voor de sociale dienst).

Bevestiging mag naar mij.

Groeten,
Veerle
""",
    "registration",
    [
        ("Wim De Smedt", "Lebbeke", "algemeen directeur", None),
        ("Veerle Dhondt", "Lebbeke", "financieel directeur", "veerle.dhondt@lebbeke.be"),
        ("Luc Van Damme", "Lebbeke", "voorzitter bijzonder comité voor de sociale dienst", None),
    ],
    False,
    "three people on one long line separated by ';' with functions in brackets; the sender (Veerle) is the "
    "middle one and gets the From address; 'van Gemeente en OCMW Lebbeke' is organisation, not function",
    domain="lebbeke.be",
    cte="8bit",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 005
case(
    5,
    "Tine Mertens <tine.mertens@geel.be>",
    "inschrijving 7 december",
    d(12, 20, 33),
    """\
Hallo,

Wij schrijven ons graag in met twee:

Naam: Tine Mertens / Dries Goossens
Stad / gemeente: Geel
Functie: teamcoach Welzijn / beleidsmedewerker jeugd
E-mailadres: tine.mertens@geel.be / dries.goossens@geel.be

Groetjes,
Tine
""",
    "registration",
    [
        ("Tine Mertens", "Geel", "teamcoach Welzijn", "tine.mertens@geel.be"),
        ("Dries Goossens", "Geel", "beleidsmedewerker jeugd", "dries.goossens@geel.be"),
    ],
    False,
    "one labelled block with two people in parallel, values separated by '/' (note the label "
    "'Stad / gemeente' itself also contains a slash); fields pair up by position",
    domain="geel.be",
    style="gmail",
    cte="7bit",
)

# --------------------------------------------------------------------------- 006
case(
    6,
    "Pieter Vanhecke <pieter.vanhecke@leuven.be>",
    "Automatisch antwoord: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december",
    d(5, 10, 15),
    """\
Bedankt voor uw bericht. Ik ben afwezig tot en met maandag 26 november en heb
in die periode geen toegang tot mijn mails.

Voor dringende vragen kunt u terecht bij mijn collega:
Naam: Anke Smolders
Functie: teamleider HR
Stad Leuven
E-mailadres: anke.smolders@leuven.be

Met vriendelijke groeten,
Pieter Vanhecke
""",
    "auto_reply",
    [],
    False,
    "out-of-office (Auto-Submitted: auto-replied) to the invitation; the stand-in colleague is given with "
    "labelled details but nobody registers",
    domain="leuven.be",
    style="outlook",
    extra=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", INVITE_ID),
    ],
)

# --------------------------------------------------------------------------- 007
case(
    7,
    '"Peeters Jan" <jan.peeters@aalst.be>',
    "Inschrijving seminarie",
    d(13, 8, 47),
    """\
Geachte,

Hierbij mijn inschrijving voor het seminarie van 7 december:

Naam: J. Peeters
Stad / gemeente: Aalst
Functie: diensthoofd Burgerzaken stad Aalst
E-mailadres: jan.peeters@aalst.be

Mvg,
J. Peeters
""",
    "registration",
    [("Jan Peeters", "Aalst", "diensthoofd Burgerzaken", "jan.peeters@aalst.be")],
    False,
    "body gives only the initial 'J. Peeters'; the From header of the same person (same address) "
    "gives 'Peeters Jan', so a careful organiser lists Jan Peeters (taken from the message, not invented); "
    "'stad Aalst' is the organisation, not part of the function",
    domain="aalst.be",
    style="outlook",
    mailer="Microsoft Outlook 14.0",
)

# --------------------------------------------------------------------------- 008
case(
    8,
    "Pieter D'Haese <pieter.dhaese@zottegem.be>",
    "Seminarie 7 december",
    d(13, 13, 12),
    """\
Dag Linda,

Ik kom graag naar het seminarie op 7 december, samen met mijn collega M. Wuyts
van de dienst Ruimtelijke Ordening.

Naam: Pieter D'Haese
Stad / gemeente: Zottegem
Functie: ruimtelijk planner
E-mailadres: pieter.dhaese@zottegem.be

Groeten,
Pieter
""",
    "registration",
    [
        ("Pieter D'Haese", "Zottegem", "ruimtelijk planner", "pieter.dhaese@zottegem.be"),
        ("M. Wuyts", "Zottegem", None, None),
    ],
    True,
    "sender fully labelled, plus a colleague known only as 'M. Wuyts' with no first name, no function "
    "('van de dienst Ruimtelijke Ordening' is a service) and no address: a careful organiser would ask "
    "for the full name before putting it on the list -> review",
    domain="zottegem.be",
    cte="8bit",
)

# --------------------------------------------------------------------------- 009
case(
    9,
    "Marijke Claeys <marijke.claeys@lokeren.be>",
    "Inschrijving Stad Lokeren - seminarie 7 december",
    d(14, 10, 3),
    """\
Beste,

Voor Stad Lokeren schrijven wij de volgende collega's in voor het seminarie
'Stadsorganisaties in transitie':

Deelnemers:
- Katrien Van den Bossche-De Smet – coördinator Team Wonen
- Ahmed El Amrani – projectmedewerker buurtwerk
- Lies Verstraete – directeur Vrije Tijd

Graag een bevestiging naar mij.

Vriendelijke groeten

Marijke Claeys
secretariaat Vrije Tijd
Stad Lokeren
""",
    "registration",
    [
        ("Katrien Van den Bossche-De Smet", "Lokeren", "coördinator Team Wonen", None),
        ("Ahmed El Amrani", "Lokeren", "projectmedewerker buurtwerk", None),
        ("Lies Verstraete", "Lokeren", "directeur Vrije Tijd", None),
    ],
    False,
    "'Deelnemers:' list of 'Naam – functie' (en dash), town given once at the top; compound particle "
    "surname and a Moroccan name; no addresses and the sender is not among them, so all emails null",
    domain="lokeren.be",
    cte="8bit",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 010
case(
    10,
    "Jan Wouters <jan.wouters@turnhout.be>",
    "Inschrijving 2 deelnemers Turnhout",
    d(14, 15, 50),
    """\
Goedemorgen mevrouw Boudry,

Wij schrijven ons met twee in voor het seminarie van vrijdag 7 december.

Deelnemer 1
Naam: Dhr. ir. Jan Wouters
Stad / gemeente: Turnhout
Functie: stadsingenieur
E-mailadres: jan.wouters@turnhout.be

Deelnemer 2
Naam: Nathalie de la Croix
Stad / gemeente: Turnhout
Functie: diensthoofd Mobiliteit
E-mailadres: nathalie.delacroix@turnhout.be

Met vriendelijke groet,

ir. Jan Wouters
Stadsingenieur – Stad Turnhout
""",
    "registration",
    [
        ("Jan Wouters", "Turnhout", "stadsingenieur", "jan.wouters@turnhout.be"),
        (
            "Nathalie de la Croix",
            "Turnhout",
            "diensthoofd Mobiliteit",
            "nathalie.delacroix@turnhout.be",
        ),
    ],
    False,
    "two labelled blocks 'Deelnemer 1' / 'Deelnemer 2'; 'Dhr. ir.' dropped from the name; particle 'de la'",
    domain="turnhout.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 011
case(
    11,
    "Geert Vanderstraeten <geert.vanderstraeten@bilzen.be>",
    "Seminarie 7/12 - Bilzen",
    d(15, 9, 28),
    """\
Hallo Linda,

We komen met 4 vanuit Bilzen naar het seminarie:
- Geert Vanderstraeten, algemeen directeur
- Inge Thijs, diensthoofd HR
- Rudi Nelissen, schepen van Personeel

Groeten,
Geert
""",
    "registration",
    [
        ("Geert Vanderstraeten", "Bilzen", "algemeen directeur", "geert.vanderstraeten@bilzen.be"),
        ("Inge Thijs", "Bilzen", "diensthoofd HR", None),
        ("Rudi Nelissen", "Bilzen", "schepen van Personeel", None),
    ],
    True,
    "says 'we komen met 4' but names only three: a careful organiser asks who the fourth is -> review; "
    "the three named are labelled, the sender is the first line",
    domain="bilzen.be",
    cte="7bit",
)

# --------------------------------------------------------------------------- 012
case(
    12,
    '"VANDE VELDE Hilde" <Hilde.VandeVelde@Ronse.be>',
    "INSCHRIJVING 7 DECEMBER",
    d(15, 11, 2),
    """\
NAAM: VANDE VELDE HILDE
STAD / GEMEENTE: RONSE
FUNCTIE: DIENSTHOOFD ONTHAAL EN COMMUNICATIE
E-MAILADRES: Hilde.VandeVelde@Ronse.be

(graag inschrijven voor het seminarie van 7 december)
""",
    "registration",
    [
        (
            "Hilde Vande Velde",
            "Ronse",
            "diensthoofd onthaal en communicatie",
            "hilde.vandevelde@ronse.be",
        )
    ],
    False,
    "everything in capitals, surname first ('VANDE VELDE HILDE'); labels in capitals too; address lower-cased",
    domain="ronse.be",
    cte="7bit",
    charset="us-ascii",
)

# --------------------------------------------------------------------------- 013
case(
    13,
    "Sofie Bracke <sofie.bracke@zele.be>",
    "RE: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december",
    d(16, 12, 55),
    """\
Hallo Linda,

Ik wil graag deelnemen aan het seminarie op 7 december in Permeke. Ik ben
communicatieambtenaar bij de gemeente Zele.

Groetjes,
Sofie
"""
    + quote_outlook(),
    "registration",
    [("Sofie Bracke", "Zele", "communicatieambtenaar", "sofie.bracke@zele.be")],
    False,
    "free text, signed with the first name only; surname only in the From header; the quoted invitation "
    "(empty template, venue in 2060 Antwerpen, Linda's address) must not add anyone",
    domain="zele.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
    reply=True,
)

# --------------------------------------------------------------------------- 014
case(
    14,
    "Ilse Wouters <ilse.wouters@hasselt.be>",
    "Afmelding seminarie 7 december",
    d(28, 17, 40),
    """\
Beste Linda,

Ik werd door ons secretariaat ingeschreven voor het seminarie van 7 december,
maar ik moet helaas afzeggen: die dag valt samen met de gemeenteraad over het
budget. Onze algemeen directeur Bart Hermans en schepen Koen Lemmens komen wel.

Met vriendelijke groet,

Ilse Wouters
financieel directeur
Stad Hasselt
ilse.wouters@hasselt.be
""",
    "cancellation",
    [("Ilse Wouters", "Hasselt", "financieel directeur", "ilse.wouters@hasselt.be")],
    False,
    "the sender withdraws her own earlier registration; two colleagues named as still coming are neither "
    "cancelled nor newly registered",
    domain="hasselt.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 015
case(
    15,
    '"Dienst Personeel Stad Izegem" <personeel@izegem.be>',
    "Inschrijving seminarie KCVS",
    d(16, 14, 18),
    """\
Beste Linda,

Ik zou graag deelnemen aan het seminarie van 7 december.

Naam: Nadia Yılmaz
Stad / gemeente: Izegem
Functie: HR business partner
E-mailadres: nadia.yilmaz@izegem.be

(Ik stuur dit vanuit onze gedeelde mailbox; de bevestiging mag naar mijn eigen adres.)

Vriendelijke groeten,
Nadia Yılmaz
""",
    "registration",
    [("Nadia Yılmaz", "Izegem", "HR business partner", "nadia.yilmaz@izegem.be")],
    False,
    "sent from a shared departmental mailbox; the registrant's own address is in the body (not the "
    "shared From address); Turkish dotless i in the name; English job title",
    domain="izegem.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 016
case(
    16,
    "Agnieszka Wiśniewska <agnieszka.wisniewska@sint-niklaas.be>",
    "Inschrijving seminarie 'Stadsorganisaties in transitie'",
    d(19, 8, 31),
    """\
Beste mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie "Stadsorganisaties in transitie".

Naam: Agnieszka Wiśniewska
Stad / gemeente: Sint-Niklaas
Functie: data analyst
E-mailadres: agnieszka.wisniewska@sint-niklaas.be

Met vriendelijke groeten,
Agnieszka Wiśniewska
""",
    "registration",
    [
        (
            "Agnieszka Wiśniewska",
            "Sint-Niklaas",
            "data analyst",
            "agnieszka.wisniewska@sint-niklaas.be",
        )
    ],
    False,
    "Polish name with diacritics (RFC 2047 in From, base64 body); English job title; hyphenated town",
    domain="sint-niklaas.be",
    cte="base64",
    mailer="Mozilla/5.0 Thunderbird/60.3.0",
)

# --------------------------------------------------------------------------- 017
case(
    17,
    "Kathleen Moens <kathleen.moens@ninove.be>",
    "inschrijving seminarie",
    d(19, 16, 2),
    """\
Dag Linda,

Ik stuur dit even vanop de pc van Kathleen, mijn eigen mailbox doet vandaag
moeilijk.

Graag schrijf ik mij in voor het seminarie van 7 december.

Ward Vanhoutte
algemeen directeur
Stad Ninove
""",
    "registration",
    [("Ward Vanhoutte", "Ninove", "algemeen directeur", None)],
    False,
    "From header (Kathleen Moens) is not the person who writes and registers (Ward Vanhoutte); "
    "Ward gives no address of his own, so email is null (the sender's address is not his)",
    domain="ninove.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 018
case(
    18,
    "Fatma Kaya <fatma.kaya@antwerpen.be>",
    "Deelname seminarie 7 december",
    d(20, 9, 14),
    """\
Beste,

Als districtsschepen van Jeugd en Onderwijs in Borgerhout wil ik graag deelnemen
aan het seminarie op 7 december.

Fatma Kaya
districtsschepen van Jeugd en Onderwijs
District Borgerhout
fatma.kaya@antwerpen.be
""",
    "registration",
    [
        (
            "Fatma Kaya",
            "Antwerpen",
            "districtsschepen van Jeugd en Onderwijs",
            "fatma.kaya@antwerpen.be",
        )
    ],
    False,
    "Borgerhout is a district of the city of Antwerp (not a municipality); the @antwerpen.be address "
    "confirms it, so a careful organiser lists the municipality as Antwerpen",
    domain="antwerpen.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 019
case(
    19,
    "VVSG Lokaal Nieuws <nieuwsbrief@vvsg.be>",
    "Lokaal Nieuws - week 47: agenda, vacatures en opleidingen",
    d(20, 6, 0),
    """\
LOKAAL NIEUWS - week 47
=======================

AGENDA

* Seminarie "Stadsorganisaties in transitie" (Kenniscentrum Vlaamse Steden)
  vrijdag 7 december 2018, Permeke, Antwerpen
  Sprekers:
  - Griet Lievens, algemeen directeur, Stad Kortrijk (griet.lievens@kortrijk.be)
  - Hans Vercammen, organisatieadviseur, Stad Mechelen (hans.vercammen@mechelen.be)
  Inschrijven: naam, stad/gemeente, functie en e-mailadres naar linda.boudry@kcvs.be

* Infosessie nieuwe decreet lokaal bestuur - 11 december, Brussel

VACATURES

* Gemeente Kapellen zoekt een financieel directeur (m/v)

--
U ontvangt deze nieuwsbrief omdat u ingeschreven bent op Lokaal Nieuws.
Uitschrijven: https://www.vvsg.be/nieuwsbrief/uitschrijven
""",
    "other",
    [],
    False,
    "mailing-list newsletter (List-Id, List-Unsubscribe, Precedence: bulk) announcing the seminar with "
    "speakers' full details; nobody registers; the worker leaves it alone",
    to="linda.boudry@kcvs.be",
    domain="vvsg.be",
    extra=[
        ("List-Id", "Lokaal Nieuws <lokaalnieuws.vvsg.be>"),
        (
            "List-Unsubscribe",
            "<https://www.vvsg.be/nieuwsbrief/uitschrijven>, <mailto:uitschrijven@vvsg.be>",
        ),
        ("Precedence", "bulk"),
    ],
)

# --------------------------------------------------------------------------- 020
case(
    20,
    "Kevin De Groote <kevin.degroote@telenet.be>",
    "Re: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december",
    d(21, 21, 46),
    """\
Hallo,

Ik ben districtsraadslid in Deurne en wil graag inschrijven.

Naam: Kevin De Groote
Stad / gemeente: Deurne
Functie: districtsraadslid
E-mailadres: kevin.degroote@telenet.be

Groeten,
Kevin
"""
    + quote_gmail(),
    "registration",
    [("Kevin De Groote", "Antwerpen", "districtsraadslid", "kevin.degroote@telenet.be")],
    False,
    "Deurne is a district of the city of Antwerp; the function (districtsraadslid) confirms it, so the "
    "municipality is Antwerpen although a private address is used; quoted invitation below",
    domain="telenet.be",
    style="plain",
    mailer="Mozilla/5.0 Thunderbird/60.3.1",
    reply=True,
)

# --------------------------------------------------------------------------- 021
case(
    21,
    "Leen Van Hecke <leen.vanhecke@stad.gent>",
    "Inschrijving seminarie",
    d(21, 10, 22),
    """\
Beste Linda,

Graag schrijf ik mij in:

Naam: Leen Van Hecke
Stad / gemeente: Ledeberg
Functie: centrumleider lokaal dienstencentrum
E-mailadres: leen.vanhecke@stad.gent

Vriendelijke groeten,
Leen
""",
    "registration",
    [("Leen Van Hecke", "Gent", "centrumleider lokaal dienstencentrum", "leen.vanhecke@stad.gent")],
    False,
    "Ledeberg is a deelgemeente of Gent (no administration of its own) and the @stad.gent address "
    "confirms it: municipality Gent",
    domain="stad.gent",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 022
case(
    22,
    "Bert Vandaele <bert.vandaele@kortrijk.be>",
    "RE: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december",
    d(22, 13, 9),
    """\
Dag Linda,

Graag schrijven wij ons in voor 7 december:
Bert Vandaele en Els Verhaeghe, beiden buurtwerker in Heule.
Els haar adres: els.verhaeghe@kortrijk.be

Groet,
Bert
"""
    + quote_outlook(),
    "registration",
    [
        ("Bert Vandaele", "Kortrijk", "buurtwerker", "bert.vandaele@kortrijk.be"),
        ("Els Verhaeghe", "Kortrijk", "buurtwerker", "els.verhaeghe@kortrijk.be"),
    ],
    False,
    "two names joined by 'en' on one line sharing one function; Heule is a deelgemeente of Kortrijk "
    "(both addresses @kortrijk.be): municipality Kortrijk; quoted invitation below",
    domain="kortrijk.be",
    cte="8bit",
    mailer="Microsoft Outlook 16.0",
    reply=True,
)

# --------------------------------------------------------------------------- 023
case(
    23,
    "Johan Ruysschaert <johan.ruysschaert@nevele.be>",
    "Inschrijving seminarie 7 december",
    d(22, 15, 37),
    """\
Geachte mevrouw Boudry,

Op 1 januari fusioneert onze gemeente met Deinze, vandaar dat het thema van uw
seminarie ons bijzonder aanspreekt. Ik schrijf mij graag in.

Naam: Johan Ruysschaert
Stad / gemeente: Nevele
Functie: algemeen directeur
E-mailadres: johan.ruysschaert@nevele.be

Hoogachtend,
Johan Ruysschaert
""",
    "registration",
    [("Johan Ruysschaert", "Nevele", "algemeen directeur", "johan.ruysschaert@nevele.be")],
    False,
    "Nevele merges into Deinze on 1 January 2019, but on 7 December 2018 it is still his municipality and "
    "he writes Nevele: labelled as written (Deinze is only mentioned as the merger partner)",
    domain="nevele.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 024
case(
    24,
    "Annelies De Baets <annelies.debaets@knesselare.be>",
    "Inschrijving seminarie",
    d(23, 9, 51),
    """\
Beste,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam: Annelies De Baets
Stad / gemeente: Aalter (fusiegemeente Aalter-Knesselare vanaf 2019)
Functie: coördinator fusietraject
E-mailadres: annelies.debaets@knesselare.be

Vriendelijke groeten,
Annelies De Baets
""",
    "registration",
    [("Annelies De Baets", "Aalter", "coördinator fusietraject", "annelies.debaets@knesselare.be")],
    True,
    "she writes 'Aalter' (the merged municipality from 2019) while her address is @knesselare.be, still a "
    "separate municipality in December 2018: labelled Aalter as written, but Knesselare is defensible, so "
    "a careful organiser would look -> review",
    domain="knesselare.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 025
case(
    25,
    "Tom Verbist <tom.verbist@mortsel.be>",
    "Inschrijving lerend netwerk wijkgericht werken",
    d(23, 11, 4),
    """\
Beste Linda,

Graag schrijf ik mij in voor het lerend netwerk 'Wijkgericht werken' op
17 januari in Gent.

Naam: Tom Verbist
Stad / gemeente: Mortsel
Functie: wijkregisseur
E-mailadres: tom.verbist@mortsel.be

Groeten,
Tom
""",
    "other",
    [],
    True,
    "a fully labelled registration, but for a different KCVS event (17 January, Gent), not for the seminar "
    "of 7 December: must not be confirmed as a seminar registration; Linda has to handle it -> review",
    domain="mortsel.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 026
case(
    26,
    "Hanne Lambrechts <hanne.lambrechts@gmail.com>",
    "inschrijving seminarie",
    d(24, 10, 12),
    """\
Dag mevrouw Boudry,

Naam: Hanne Lambrechts
Stad / gemeente: 3000
Functie: beleidsmedewerker duurzaamheid
E-mailadres: hanne.lambrechts@gmail.com

Ik werk bij de stad maar stuur dit vanop mijn privéadres.

Groeten,
Hanne
""",
    "registration",
    [
        (
            "Hanne Lambrechts",
            "Leuven",
            "beleidsmedewerker duurzaamheid",
            "hanne.lambrechts@gmail.com",
        )
    ],
    False,
    "town given only as postcode 3000 (= Leuven, a single municipality); private gmail address used",
    domain="gmail.com",
    style="gmail",
)

# --------------------------------------------------------------------------- 027
case(
    27,
    "Céline Dubois <celine.dubois@cpas-mouscron.be>",
    "Inscription séminaire du 7 décembre",
    d(26, 9, 0),
    """\
Madame Boudry,

Je souhaite m'inscrire au séminaire « Stadsorganisaties in transitie » du
7 décembre.

Nom : Céline Dubois
Ville / commune : CPAS de Mouscron
Fonction : directrice générale adjointe
E-mail : Celine.Dubois@cpas-mouscron.be

Bien à vous,
Céline Dubois
""",
    "registration",
    [
        (
            "Céline Dubois",
            "Moeskroen",
            "directrice générale adjointe",
            "celine.dubois@cpas-mouscron.be",
        )
    ],
    False,
    "French mail (ISO-8859-1, quoted-printable); the town is named only through the CPAS "
    "('CPAS de Mouscron'): canonical Dutch name Moeskroen",
    domain="cpas-mouscron.be",
    charset="iso-8859-1",
    style="outlook",
    mailer="Microsoft Outlook 15.0",
)

# --------------------------------------------------------------------------- 028
case(
    28,
    "Marleen Vanbrabant <marleen.vanbrabant@ocmwtienen.be>",
    "seminarie 7 december",
    d(26, 14, 27),
    """\
Goedemiddag Linda,

Ik werk als hoofdmaatschappelijk werker bij het OCMW Tienen en schrijf me graag
in voor het seminarie op 7 december.

Marleen Vanbrabant
hoofdmaatschappelijk werker
""",
    "registration",
    [
        (
            "Marleen Vanbrabant",
            "Tienen",
            "hoofdmaatschappelijk werker",
            "marleen.vanbrabant@ocmwtienen.be",
        )
    ],
    False,
    "the town is named only through the OCMW ('OCMW Tienen' -> Tienen); free text, signature without town",
    domain="ocmwtienen.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 029
case(
    29,
    "Dirk Van Hoeylandt <dirk.vanhoeylandt@police.belgium.eu>",
    "Inschrijving seminarie",
    d(26, 16, 45),
    """\
Goedemiddag,

Naam: Dirk Van Hoeylandt
Stad / gemeente: Politiezone Rupel
Functie: directeur beleidsondersteuning
E-mailadres: dirk.vanhoeylandt@police.belgium.eu

Met vriendelijke groeten,
Dirk Van Hoeylandt
""",
    "registration",
    [
        (
            "Dirk Van Hoeylandt",
            "Politiezone Rupel",
            "directeur beleidsondersteuning",
            "dirk.vanhoeylandt@police.belgium.eu",
        )
    ],
    False,
    "a police zone covering several municipalities: non-municipal organisation, kept as written",
    domain="police.belgium.eu",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 030
case(
    30,
    "Ruth Desmet <ruth.desmet@leiedal.be>",
    "Deelname seminarie 7/12",
    d(27, 8, 58),
    """\
Beste Linda,

Ik ben ruimtelijk planner bij intercommunale Leiedal (Kortrijk) en zou graag
deelnemen aan het seminarie op 7 december.

Alvast bedankt,
Ruth Desmet
""",
    "registration",
    [("Ruth Desmet", "intercommunale Leiedal", "ruimtelijk planner", "ruth.desmet@leiedal.be")],
    False,
    "works for an intercommunale (non-municipal organisation, kept as written); '(Kortrijk)' is where it "
    "sits, not the municipality she works for",
    domain="leiedal.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 031
case(
    31,
    "Joris Vandenberghe <joris.vandenberghe@mechelen.be>",
    "Afwezig: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december",
    d(5, 10, 16),
    """\
Ik ben met verlof tot en met 3 december.

Tijdens mijn afwezigheid kunt u terecht bij Joke Verlinden, diensthoofd
Secretariaat (joke.verlinden@mechelen.be, 015 29 00 00).

Met vriendelijke groeten,
Joris Vandenberghe
Stad Mechelen
""",
    "auto_reply",
    [],
    False,
    "out-of-office recognisable only from subject ('Afwezig:') and body, no RFC 3834 headers; names a "
    "stand-in with full details, nobody registers",
    domain="mechelen.be",
    style="outlook",
    cte="7bit",
    charset="us-ascii",
    extra=[("In-Reply-To", INVITE_ID)],
)

# --------------------------------------------------------------------------- 032
case(
    32,
    "Kristof Janssens <kristof.janssens@mechelen.be>",
    "Seminarie 7 december - Mechelen",
    d(27, 13, 31),
    """\
Dag Linda,

Volgende mensen van stad Mechelen komen graag naar het seminarie:

Kristof Janssens – strategisch coördinator
Eline Maes – HR business partner
Tom Verbeeck – Chief Digital Officer

Bevestiging graag naar mij.

Kristof
""",
    "registration",
    [
        ("Kristof Janssens", "Mechelen", "strategisch coördinator", "kristof.janssens@mechelen.be"),
        ("Eline Maes", "Mechelen", "HR business partner", None),
        ("Tom Verbeeck", "Mechelen", "Chief Digital Officer", None),
    ],
    False,
    "one per line 'naam – functie'; the first line is the sender (gets the From address); the others have "
    "no address (null); English job titles in a Dutch mail",
    domain="mechelen.be",
    cte="8bit",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 033
case(
    33,
    "Stijn Lauwers <stijn.lauwers@genk.be>",
    "Seminarie 7 december - vervanging",
    d(28, 9, 19),
    """\
Dag Linda,

Ik had me ingeschreven voor 7 december, maar kan er toch niet bij zijn. Mijn
collega Bram Ter Beek (bram.terbeek@genk.be), beleidscoördinator, komt in mijn
plaats.

Groeten,
Stijn Lauwers
Stad Genk
""",
    "registration",
    [("Bram Ter Beek", "Genk", "beleidscoördinator", "bram.terbeek@genk.be")],
    True,
    "substitution: Stijn withdraws and colleague Bram Ter Beek comes instead; the contract says to flag "
    "substitutions for review (label: Bram registered)",
    domain="genk.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 034
case(
    34,
    "Gert Lambrecht <gert.lambrecht@oudenaarde.be>",
    "Inschrijving + vraag parking",
    d(28, 11, 42),
    """\
Beste Linda,

Hierbij mijn inschrijving:

Naam: Gert Lambrecht
Stad / gemeente: Oudenaarde
Functie: medewerker communicatie, pers en protocol
E-mailadres: gert.lambrecht@oudenaarde.be

Is er parking in de buurt van Permeke, of raad je aan om met de trein te komen?

Groeten,
Gert
""",
    "registration",
    [
        (
            "Gert Lambrecht",
            "Oudenaarde",
            "medewerker communicatie, pers en protocol",
            "gert.lambrecht@oudenaarde.be",
        )
    ],
    True,
    "registration plus a question (parking) that Linda must answer -> review; the function contains a "
    "comma and 'en'",
    domain="oudenaarde.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 035
case(
    35,
    "Sarah Claessens <sarah.claessens@beveren.be>",
    "Vraag over seminarie 7 december",
    d(29, 15, 3),
    """\
Beste mevrouw Boudry,

Ik twijfel nog of ik kan komen op 7 december. Weet u al of de presentaties
achteraf gedeeld worden? Dan kan ik ze eventueel nalezen.

Met vriendelijke groeten,

Sarah Claessens
beleidsmedewerker organisatiebeheersing
Gemeente Beveren
sarah.claessens@beveren.be
""",
    "other",
    [],
    True,
    "question about the seminar with a full signature but no registration ('ik twijfel nog'): other, "
    "someone must answer -> review",
    domain="beveren.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 036
case(
    36,
    "Jeroen Smits <jeroen.smits@dendermonde.be>",
    "inschrijving seminarie 7/12",
    d(29, 10, 10),
    """\
Hallo Linda,

Ik schrijf me graag in voor het seminarie van 7 december; ik ben diensthoofd
Secretariaat. Mijn collega Sarah (in cc) komt ook mee, zij is jurist bij onze
dienst.

Groeten,
Jeroen
""",
    "registration",
    [
        ("Jeroen Smits", "Dendermonde", "diensthoofd Secretariaat", "jeroen.smits@dendermonde.be"),
        ("Sarah Vandamme", "Dendermonde", "jurist", "sarah.vandamme@dendermonde.be"),
    ],
    False,
    "colleague named by first name only with '(in cc)': her surname and address come from the Cc header "
    "(lower-cased); the town is given only by the @dendermonde.be domain",
    cc='"Vandamme Sarah" <Sarah.Vandamme@dendermonde.be>',
    domain="dendermonde.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 037
case(
    37,
    "Liesbeth Baert <liesbeth.baert@wetteren.be>",
    "RE: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december",
    d(30, 9, 25),
    """\
Goedemorgen,

Namens schepen Geert Bogaert schrijf ik hem in voor het seminarie:

Naam: Geert Bogaert
Stad / gemeente: Wetteren
Functie: schepen van Financiën en Personeel
E-mailadres: geert.bogaert@wetteren.be

Vriendelijke groeten,

Liesbeth Baert
kabinetssecretariaat
Gemeente Wetteren
"""
    + quote_outlook(),
    "registration",
    [
        (
            "Geert Bogaert",
            "Wetteren",
            "schepen van Financiën en Personeel",
            "geert.bogaert@wetteren.be",
        )
    ],
    False,
    "secretary registers her schepen with labelled fields; she herself is not registered; quoted invitation "
    "template below",
    domain="wetteren.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
    reply=True,
)

# --------------------------------------------------------------------------- 038
case(
    38,
    "Sophie Lambert <sophie.lambert@brucity.be>",
    "Registration seminar 7 December",
    d(30, 14, 14),
    """\
Dear Ms Boudry,

I would like to register for the seminar "Stadsorganisaties in transitie" on
7 December.

Name: Sophie Lambert
City: Brussels
Function: change manager
E-mail: sophie.lambert@brucity.be

Kind regards,
Sophie Lambert
""",
    "registration",
    [("Sophie Lambert", "Brussel", "change manager", "sophie.lambert@brucity.be")],
    False,
    "English mail with English labels; 'Brussels' with a City of Brussels (@brucity.be) address -> "
    "canonical Dutch name Brussel",
    domain="brucity.be",
    cte="7bit",
    charset="us-ascii",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 039
case(
    39,
    "Wendy Decock <wendy.decock@oostende.be>",
    "Inschrijving seminarie - Stad Oostende",
    d(3, 10, 48, month=12),
    """\
Beste Linda,

Vanuit Stad Oostende schrijven we ons in met twee:

Naam                   Functie                               E-mail
Wendy Decock           teamverantwoordelijke Personeel       wendy.decock@oostende.be
Yannick Vandenbroucke  HR-adviseur, competentiemanagement    yannick.vandenbroucke@oostende.be

Met vriendelijke groeten,
Wendy Decock
""",
    "registration",
    [
        ("Wendy Decock", "Oostende", "teamverantwoordelijke Personeel", "wendy.decock@oostende.be"),
        (
            "Yannick Vandenbroucke",
            "Oostende",
            "HR-adviseur, competentiemanagement",
            "yannick.vandenbroucke@oostende.be",
        ),
    ],
    False,
    "multipart/alternative: HTML table and a column-aligned plain-text version with the same two people; "
    "one function contains a comma; town said once in the intro",
    html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste Linda,</p>
<p>Vanuit Stad Oostende schrijven we ons in met twee:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Naam</th><th>Functie</th><th>E-mail</th></tr>
<tr><td>Wendy Decock</td><td>teamverantwoordelijke Personeel</td><td><a href="mailto:wendy.decock@oostende.be">wendy.decock@oostende.be</a></td></tr>
<tr><td>Yannick Vandenbroucke</td><td>HR-adviseur, competentiemanagement</td><td><a href="mailto:yannick.vandenbroucke@oostende.be">yannick.vandenbroucke@oostende.be</a></td></tr>
</table>
<p>Met vriendelijke groeten,<br>Wendy Decock</p>
</body></html>
""",
    domain="oostende.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 040
case(
    40,
    "Sofie Vermeulen <sofie.vermeulen@stad.gent>",
    "Re: inschrijving seminarie 7/12",
    d(3, 15, 7, month=12),
    """\
Dag Linda,

Kleine wijziging: ons diensthoofd Marc Claes kan toch niet komen op 7 december,
hij moet naar een gemeenteraadscommissie. An Peeters en ikzelf komen wel.

Groetjes,
Sofie

Sofie Vermeulen
beleidsadviseur organisatieontwikkeling
Stad Gent
""",
    "cancellation",
    [("Marc Claes", "Gent", "diensthoofd", None)],
    False,
    "the sender cancels one colleague from an earlier group registration; she and An Peeters stay "
    "registered and must not appear; Marc has no address (null)",
    domain="stad.gent",
    style="gmail",
)

# --------------------------------------------------------------------------- 041
case(
    41,
    "Evelien Mortier <evelien.mortier@lokeren.be>",
    "Late inschrijving seminarie 7 december",
    d(4, 8, 39, month=12),
    """\
Beste Linda,

Ik weet dat de inschrijvingen op 2 december afgesloten werden, maar als er nog
een plaatsje vrij is, kom ik graag.

Naam: Evelien Mortier
Stad / gemeente: Lokeren
Functie: coördinator Team Wonen - Stad Lokeren
E-mailadres: evelien.mortier@lokeren.be

Alvast bedankt!
Evelien
""",
    "registration",
    [("Evelien Mortier", "Lokeren", "coördinator Team Wonen", "evelien.mortier@lokeren.be")],
    False,
    "late registration after the deadline (lateness is the worker's policy, still a registration); the "
    "function value carries '- Stad Lokeren', which is the organisation and is dropped",
    domain="lokeren.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 042
case(
    42,
    "Saar Lenaerts <saar.lenaerts@herentals.be>",
    "inschrijving seminarie KCVS",
    d(30, 11, 56),
    """\
Dag Linda,

Graag schrijf ik twee personen in: onze schepen van Personeel en Organisatie
Jef Nys en ikzelf (kabinetsmedewerker).
Jef kan je bereiken op jef.nys@herentals.be.

Groeten,
Saar Lenaerts
""",
    "registration",
    [
        ("Jef Nys", "Herentals", "schepen van Personeel en Organisatie", "jef.nys@herentals.be"),
        ("Saar Lenaerts", "Herentals", "kabinetsmedewerker", "saar.lenaerts@herentals.be"),
    ],
    False,
    "two people joined by 'en' right after a function that itself contains 'en'; town only from the "
    "@herentals.be domain; sender is the second registrant",
    domain="herentals.be",
    style="gmail",
    cte="7bit",
)


# --------------------------------------------------------------------------- 043 (bounce)
def build_bounce():
    orig = EmailMessage()
    orig["From"] = LINDA
    orig["To"] = "wim.desmet@lebbeke.be"
    orig["Subject"] = "Bevestiging inschrijving seminarie 7 december"
    orig["Date"] = format_datetime(d(13, 9, 2))
    orig["Message-ID"] = mid("kcvs.be", "plain")
    orig["MIME-Version"] = "1.0"
    orig.set_content(
        """\
Beste Wim,

Bedankt voor je inschrijving voor het seminarie "Stadsorganisaties in transitie"
op vrijdag 7 december 2018. We noteerden:

Naam: Wim De Smedt
Stad / gemeente: Lebbeke
Functie: algemeen directeur
E-mailadres: wim.desmet@lebbeke.be

Tot dan!
Linda Boudry
Kenniscentrum Vlaamse Steden
""",
        charset="utf-8",
        cte="quoted-printable",
    )

    outer = MIMEMultipart("report", report_type="delivery-status")
    outer["From"] = "Mail Delivery System <MAILER-DAEMON@mx1.kcvs.be>"
    outer["To"] = "linda.boudry@kcvs.be"
    outer["Subject"] = "Undelivered Mail Returned to Sender"
    outer["Date"] = format_datetime(d(13, 9, 3))
    outer["Message-ID"] = mid("mx1.kcvs.be", "plain")
    outer["Auto-Submitted"] = "auto-replied"
    outer.preamble = "This is a MIME-encapsulated message."
    outer.attach(
        MIMEText(
            """\
This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<wim.desmet@lebbeke.be>: host mail.lebbeke.be[195.0.2.25] said: 550 5.1.1
    <wim.desmet@lebbeke.be>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""",
            "plain",
            "us-ascii",
        )
    )
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.kcvs.be"
    b1["X-Postfix-Queue-ID"] = "4Ht2Kq0Zy1z9sN"
    b1["Arrival-Date"] = "Tue, 13 Nov 2018 09:02:41 +0100 (CET)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; wim.desmet@lebbeke.be"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Remote-MTA"] = "dns; mail.lebbeke.be"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <wim.desmet@lebbeke.be>: Recipient address rejected"
    ds.attach(b1)
    ds.attach(b2)
    outer.attach(ds)
    outer.attach(MIMEMessage(orig))
    return outer


CASES.append(
    dict(
        n=43,
        builder=build_bounce,
        kind="bounce",
        regs=[],
        review=False,
        note="Postfix DSN (multipart/report, delivery-status) for Linda's own confirmation; the "
        "returned message contains a full labelled registrant block that must not be "
        "registered again",
    )
)

# --------------------------------------------------------------------------- 044
case(
    44,
    "Annemie Roels <annemie.roels@vilvoorde.be>",
    "FW: Uitnodiging seminarie Stadsorganisaties in transitie - 7 december",
    d(6, 16, 20),
    """\
Dag Katrien en Hans,

Misschien iets voor jullie twee: Katrien als beleidsmedewerker HR, Hans als
teamcoach Burgerzaken? Wie wil gaan, schrijft zich zelf in bij Linda (in cc)
met naam, stad, functie en e-mailadres. Ik kan zelf niet.

Groeten,
Annemie

Annemie Roels
algemeen directeur
Stad Vilvoorde
"""
    + quote_outlook().replace("\n\nVan:", "\n\n-----Oorspronkelijk bericht-----\nVan:", 1),
    "other",
    [],
    False,
    "internal forward of the invitation to two colleagues, Linda only in Cc for information; names and "
    "functions are mentioned but nobody registers (they are told to register themselves); nothing to answer",
    to="Katrien Wauters <katrien.wauters@vilvoorde.be>, Hans De Ridder <hans.deridder@vilvoorde.be>",
    cc=LINDA,
    domain="vilvoorde.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)

# --------------------------------------------------------------------------- 045
case(
    45,
    "Pieter-Jan Segers <pieterjan.segers@kcvs.be>",
    "Stuurgroep Centrumstedenmonitor - ledenlijst",
    d(21, 11, 11),
    """\
Hoi Linda,

Kun je voor de stuurgroep van de Centrumstedenmonitor de ledenlijst even
nakijken voor ik de uitnodiging voor januari verstuur? Er zijn twee nieuwe
leden:

Naam: Peter Segers
Stad / gemeente: Genk
Functie: stadssecretaris
E-mailadres: peter.segers@genk.be

Naam: Inge Van Dyck
Stad / gemeente: Leuven
Functie: diensthoofd Data en Analyse
E-mailadres: inge.vandyck@leuven.be

Bedankt!
PJ
""",
    "other",
    [],
    False,
    "internal KCVS mail about another project (steering group member list) with labelled person blocks; "
    "not about the seminar, nothing for the worker: left alone",
    domain="kcvs.be",
    style="outlook",
    mailer="Microsoft Outlook 16.0",
)


# --------------------------------------------------------------------------- build
def build_message(c):
    if "builder" in c:
        return c["builder"]()
    msg = EmailMessage()
    msg["From"] = c["frm"]
    msg["To"] = c["to"]
    if c["cc"]:
        msg["Cc"] = c["cc"]
    msg["Subject"] = c["subject"]
    msg["Date"] = format_datetime(c["date"])
    msg["Message-ID"] = mid(c["domain"], c["style"])
    if c["reply"]:
        msg["In-Reply-To"] = INVITE_ID
        msg["References"] = INVITE_ID
    for k, v in c["extra"]:
        msg[k] = v
    if c["mailer"]:
        msg["X-Mailer"] = c["mailer"]
    msg["MIME-Version"] = "1.0"
    msg.set_content(c["body"], charset=c["charset"], cte=c["cte"])
    if c["html"]:
        msg.add_alternative(c["html"], subtype="html", charset=c["charset"], cte=c["cte"])
    return msg


def label(c):
    return {
        "kind": c["kind"],
        "registrants": [
            dict(name=n, municipality=m, function=f, email=e) for (n, m, f, e) in c["regs"]
        ],
        "needs_review": c["review"],
        "note": c["note"],
    }


def main():
    assert [c["n"] for c in sorted(CASES, key=lambda c: c["n"])] == list(range(1, 46))
    for c in sorted(CASES, key=lambda c: c["n"]):
        data = build_message(c).as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(HERE, "%03d.eml" % c["n"]), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, "%03d.json" % c["n"]), "w", encoding="utf-8") as f:
            f.write(json.dumps(label(c), ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
