#!/usr/bin/env python3
"""Build blind test set 'blind10': withdrawals, changes and automatic answers
for the KCVS seminar "Stadsorganisaties in transitie" (Fri 7 Dec 2018, Permeke, Antwerpen).

Deterministic: random is seeded first, all dates and Message-IDs are fixed,
so running this twice gives byte-identical .eml and .json files.
"""

import random

random.seed(20181207)

import json
import os
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
CET = timezone(timedelta(hours=1))
POL = policy.SMTP  # CRLF, 8bit allowed
POL32 = policy.compat32.clone(linesep="\r\n")

LINDA = Address("Linda Boudry", "linda.boudry", "kcvs.be")
LINDA_S = "Linda Boudry <linda.boudry@kcvs.be>"
EVENT = "Stadsorganisaties in transitie"
CONF_SUBJ = "Bevestiging inschrijving: " + EVENT
REM_SUBJ = "Herinnering: " + EVENT + " - vrijdag 7 december"
REM_ID = "<herinnering-20181204.0900@kcvs.be>"
REM_DATE = datetime(2018, 12, 4, 9, 0, 12, tzinfo=CET)

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = [
    "",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
SHORTD = ["ma", "di", "wo", "do", "vr", "za", "zo"]
SHORTM = [
    "",
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]

LABELS = {}


def d(mo, day, h, mi, s=0):
    return datetime(2018, mo, day, h, mi, s, tzinfo=CET)


def long_nl(dt):
    return "%s %d %s %d %02d:%02d" % (
        DAYS[dt.weekday()],
        dt.day,
        MONTHS[dt.month],
        dt.year,
        dt.hour,
        dt.minute,
    )


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def confirmation_text(first, people):
    lines = [
        "Beste %s," % first,
        "",
        'Bedankt voor je inschrijving voor het seminarie "%s" op vrijdag 7 december 2018.' % EVENT,
        "We noteerden de volgende gegevens:",
        "",
    ]
    for i, p in enumerate(people):
        if i:
            lines.append("")
        lines += [
            "Naam: " + p[0],
            "Stad / gemeente: " + p[1],
            "Functie: " + p[2],
            "E-mailadres: " + p[3],
        ]
    lines += [
        "",
        "Plaats: auditorium bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen",
        "Onthaal met koffie vanaf 9.30 uur, start om 10.00 uur, lunch rond 12.30 uur.",
        "",
        "Met vriendelijke groeten,",
        "Linda Boudry",
        "Kenniscentrum Vlaamse Steden",
    ]
    return "\n".join(lines)


REMINDER_TEXT = "\n".join(
    [
        "Beste deelnemer,",
        "",
        'Graag herinneren we je aan het seminarie "%s" op vrijdag 7 december 2018' % EVENT,
        "in het auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.",
        "Onthaal met koffie vanaf 9.30 uur, we starten om 10.00 uur. De lunch is voorzien rond 12.30 uur.",
        "",
        "Kan je toch niet komen? Laat het ons dan even weten door op deze mail te antwoorden.",
        "",
        "Tot vrijdag!",
        "Linda Boudry",
        "Kenniscentrum Vlaamse Steden",
    ]
)


def gmail_attrib(dt, who=LINDA_S):
    return "Op %s %d %s %d om %02d:%02d schreef %s:" % (
        SHORTD[dt.weekday()],
        dt.day,
        SHORTM[dt.month],
        dt.year,
        dt.hour,
        dt.minute,
        who,
    )


def outlook_block(dt, to, subject, body, frm="Linda Boudry <linda.boudry@kcvs.be>", cc=None):
    lines = [
        "-----Oorspronkelijk bericht-----",
        "Van: " + frm,
        "Verzonden: " + long_nl(dt),
        "Aan: " + to,
    ]
    if cc:
        lines.append("CC: " + cc)
    lines += ["Onderwerp: " + subject, "", body]
    return "\n".join(lines)


def received(host, ip, dt, by="mx1.kcvs.be"):
    return "from %s (%s [%s]) by %s with ESMTPS id %s for <linda.boudry@kcvs.be>; %s" % (
        host,
        host,
        ip,
        by,
        "%08X" % random.getrandbits(32),
        format_datetime(dt),
    )


def base_headers(
    msg, n, frm, to, subject, date, mid, cc=None, irt=None, refs=None, rcv=None, extra=()
):
    if rcv:
        for r in rcv:
            msg["Received"] = r
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = mid
    if irt:
        msg["In-Reply-To"] = irt
    if refs:
        msg["References"] = refs
    for k, v in extra:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def simple(
    n, frm, to, subject, date, mid, body, cte="quoted-printable", html=None, html_only=False, **kw
):
    msg = EmailMessage(policy=POL)
    base_headers(msg, n, frm, to, subject, date, mid, **kw)
    if html_only:
        msg.set_content(html, subtype="html", charset="utf-8", cte=cte)
    else:
        msg.set_content(body, charset="utf-8", cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    return msg


def tidy_report(outer):
    """Top-level headers first as an MTA writes them; no MIME-Version inside parts."""
    for k in ("Content-Type", "MIME-Version"):
        v = outer[k]
        del outer[k]
        outer[k] = v
    for part in outer.get_payload():
        del part["MIME-Version"]


def write(n, msg, label, pol=POL):
    name = "%03d" % n
    data = msg.as_bytes(policy=pol)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=2)
        f.write("\n")
    LABELS[name] = label


def R(name, muni, func, email):
    return {
        "name": name,
        "municipality": muni,
        "function": func,
        "email": email.lower() if email else None,
    }


def L(kind, regs, nr, note):
    return {"kind": kind, "registrants": regs, "needs_review": nr, "note": note}


def conf_id(tag):
    return "<bevestiging-%s@kcvs.be>" % tag


def html_wrap(paras):
    body = "".join("<p>%s</p>\n" % p for p in paras)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "</head>\n<body>\n" + body + "</body></html>\n"
    )


# ---------------------------------------------------------------------------
# CANCELLATIONS 001-020
# ---------------------------------------------------------------------------

# 001 "ik moet helaas afhaken", Gmail-style reply to the confirmation
p = ("Griet Van Damme", "Gent", "beleidsmedewerker personeel", "griet.vandamme@gent.be")
cd = d(11, 20, 14, 12)
body = (
    "Dag Linda,\n\nIk moet helaas afhaken voor vrijdag 7 december, er is intussen een "
    "selectieprocedure op die dag vastgelegd.\nVeel succes met het seminarie!\n\nGriet\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Griet", [p]))
)
m = simple(
    1,
    "Van Damme Griet <griet.vandamme@gent.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(11, 28, 8, 47),
    "<CAGv7x1Qp0d3n@mail.gent.be>",
    body,
    irt=conf_id("gent-vandamme"),
    refs=conf_id("gent-vandamme"),
    rcv=[received("mail.gent.be", "193.190.77.14", d(11, 28, 8, 47, 9))],
    extra=[("User-Agent", "Mozilla/5.0 Thunderbird/60.3.1"), ("Content-Language", "nl")],
)
write(
    1,
    m,
    L(
        "cancellation",
        [R(*p)],
        False,
        "plain withdrawal ('ik moet helaas afhaken') signed with first name only; full name, "
        "town, function and address confirmed in the quoted confirmation",
    ),
)

# 002 "ik zal er niet bij zijn", fresh mail with a misleading subject
body = (
    "Beste mevrouw Boudry,\n\nIk had mij twee weken geleden ingeschreven voor het seminarie "
    "over stadsorganisaties in transitie, maar ik zal er op 7 december niet bij zijn: ik "
    "moet die dag een opleiding geven die niet meer te verplaatsen is.\n\nMijn excuses en "
    "alvast bedankt om mij van de lijst te halen.\n\nMet vriendelijke groet,\n\n"
    "Katrien Nys\nbeleidsadviseur HR\nStad Leuven | Professor Van Overstraetenplein 1 | 3000 Leuven\n"
    "tel. 016 27 00 00\n"
)
m = simple(
    2,
    "Katrien Nys <katrien.nys@leuven.be>",
    LINDA_S,
    "Inschrijving seminarie 7 december",
    d(11, 29, 10, 3, 55),
    "<5BFF9A13.4D2E.00A1.0@leuven.be>",
    body,
    rcv=[received("smtp.leuven.be", "195.35.112.40", d(11, 29, 10, 4, 1))],
    extra=[("X-Mailer", "GroupWise Internet Agent 18.0.1")],
)
write(
    2,
    m,
    L(
        "cancellation",
        [R("Katrien Nys", "Leuven", "beleidsadviseur HR", "katrien.nys@leuven.be")],
        False,
        "fresh mail whose subject says 'Inschrijving' but the body withdraws "
        "('ik zal er niet bij zijn'); details from the signature",
    ),
)

# 003 "schrap mij maar", reply to the reminder, mixed-case sender address
body = (
    "Linda,\n\nSchrap mij maar van de lijst, het lukt vrijdag niet meer.\n\n"
    "Koen Martens | diensthoofd burgerzaken | Stad Mechelen\n\n"
    + gmail_attrib(REM_DATE)
    + "\n"
    + quote(REMINDER_TEXT)
)
m = simple(
    3,
    "Koen Martens <Koen.Martens@mechelen.be>",
    LINDA_S,
    "RE: " + REM_SUBJ,
    d(12, 4, 11, 20, 31),
    "<AM6PR0102MB3345C1@AM6PR0102MB3345.eurprd01.prod.outlook.com>",
    body,
    irt=REM_ID,
    refs=REM_ID,
    rcv=[
        received(
            "mail-am6eur01.outbound.protection.outlook.com", "40.107.0.61", d(12, 4, 11, 20, 40)
        )
    ],
    extra=[("Thread-Topic", REM_SUBJ), ("Content-Language", "nl-BE")],
)
write(
    3,
    m,
    L(
        "cancellation",
        [R("Koen Martens", "Mechelen", "diensthoofd burgerzaken", "koen.martens@mechelen.be")],
        False,
        "'schrap mij maar' in reply to the reminder (which holds no personal details); "
        "sender address has capitals, label lower-case",
    ),
)

# 004 ill, writes from a private address but names the registered work address
body = (
    "Dag Linda,\n\nDoor ziekte kan ik vrijdag niet komen naar het seminarie. Ik zit thuis en "
    "stuur dit daarom van mijn privéadres; ingeschreven ben ik met mijn werkadres "
    "hilde.peeters@zemst.be.\n\nSorry en groeten,\nHilde Peeters\nalgemeen directeur, "
    "gemeente Zemst\n"
)
m = simple(
    4,
    "hilde peeters <hildepeeters67@telenet.be>",
    LINDA_S,
    "afmelding vrijdag",
    d(12, 5, 7, 58, 2),
    "<000c01d48c5a$1f2e3a40$5d8aaec0$@telenet.be>",
    body,
    cte="8bit",
    rcv=[received("smtp-out.telenet.be", "195.130.132.44", d(12, 5, 7, 58, 9))],
    extra=[
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdSMWhyG3FbNkq1oR2m0sVZf3J1p6g=="),
    ],
)
write(
    4,
    m,
    L(
        "cancellation",
        [R("Hilde Peeters", "Zemst", "algemeen directeur", "hilde.peeters@zemst.be")],
        False,
        "illness withdrawal sent from a private telenet address; the body names the "
        "registered work address, which is hers for this registration",
    ),
)

# 005 "mijn agenda laat het toch niet toe", Outlook reply with a header block quote
p = (
    "Stijn Wouters",
    "Hasselt",
    "afdelingshoofd organisatieontwikkeling",
    "stijn.wouters@hasselt.be",
)
cd = d(11, 19, 16, 41)
body = (
    "Beste Linda,\n\nMijn agenda laat het toch niet toe om op 7/12 aanwezig te zijn. Mag je mij "
    "uitschrijven?\n\nBedankt en groeten,\nStijn\n\n"
    + outlook_block(
        cd, "Stijn Wouters <stijn.wouters@hasselt.be>", CONF_SUBJ, confirmation_text("Stijn", [p])
    )
)
html = html_wrap(
    [
        "Beste Linda,",
        "Mijn agenda laat het toch niet toe om op 7/12 aanwezig te zijn. Mag je mij uitschrijven?",
        "Bedankt en groeten,<br>Stijn",
        "<hr><b>Van:</b> Linda Boudry &lt;linda.boudry@kcvs.be&gt;<br><b>Verzonden:</b> "
        + long_nl(cd)
        + "<br><b>Aan:</b> Stijn Wouters &lt;stijn.wouters@hasselt.be&gt;"
        "<br><b>Onderwerp:</b> " + CONF_SUBJ,
        confirmation_text("Stijn", [p]).replace("\n", "<br>\n"),
    ]
)
m = simple(
    5,
    "Stijn Wouters <stijn.wouters@hasselt.be>",
    LINDA_S,
    "RE: " + CONF_SUBJ,
    d(11, 30, 13, 5, 40),
    "<7A2C1E0F9B3D4E0B8F21C0D1@EXCH02.hasselt.local>",
    body,
    html=html,
    irt=conf_id("hasselt-wouters"),
    refs=conf_id("hasselt-wouters"),
    rcv=[received("mail.hasselt.be", "91.183.50.23", d(11, 30, 13, 5, 51))],
    extra=[
        ("Thread-Topic", CONF_SUBJ),
        ("Thread-Index", "AdSIs0f1Ykq3oZ7nQb2tQv8Hk5ErLw=="),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "nl-BE"),
    ],
)
write(
    5,
    m,
    L(
        "cancellation",
        [R(*p)],
        False,
        "'mijn agenda laat het toch niet toe', Outlook multipart reply; the confirmation is "
        "quoted after a Van:/Verzonden: block without '>' markers",
    ),
)

# 006 two people: "we kunnen jammer genoeg niet meer komen", colleague in Cc
body = (
    "Dag Linda,\n\nWe kunnen jammer genoeg niet meer komen op 7 december: zowel ikzelf als "
    "mijn collega Bart Goossens (in cc), onze preventieadviseur, worden die dag op een "
    "crisisoefening verwacht.\nWil je ons allebei schrappen?\n\nVriendelijke groeten,\n\n"
    "Sarah De Smet\nteamleider HRM\nStad Aalst\n"
)
m = simple(
    6,
    "Sarah De Smet <sarah.desmet@aalst.be>",
    LINDA_S,
    "RE: " + CONF_SUBJ,
    d(11, 27, 15, 22, 8),
    "<d9e1a6b0c2f74a55@aalst.be>",
    body,
    cc="Bart Goossens <bart.goossens@aalst.be>",
    irt=conf_id("aalst-desmet"),
    refs=conf_id("aalst-desmet"),
    rcv=[received("mx.aalst.be", "81.82.200.17", d(11, 27, 15, 22, 15))],
    extra=[("Content-Language", "nl-BE")],
)
write(
    6,
    m,
    L(
        "cancellation",
        [
            R("Sarah De Smet", "Aalst", "teamleider HRM", "sarah.desmet@aalst.be"),
            R("Bart Goossens", "Aalst", "preventieadviseur", "bart.goossens@aalst.be"),
        ],
        False,
        "two people withdraw ('we kunnen jammer genoeg niet meer komen'); the colleague's address comes "
        "from the Cc header the body points to; no quote kept",
    ),
)

# 007 partial withdrawal: one of three colleagues
ppl = [
    (
        "Annelies Claes",
        "Kortrijk",
        "directeur personeel en organisatie",
        "annelies.claes@kortrijk.be",
    ),
    ("Tom Vandenberghe", "Kortrijk", "adviseur personeelsbeleid", "tom.vandenberghe@kortrijk.be"),
    ("Eline Maes", "Kortrijk", "HR-consulent", "eline.maes@kortrijk.be"),
]
cd = d(11, 16, 9, 30)
body = (
    "Beste Linda,\n\nEen kleine aanpassing: Tom Vandenberghe kan er op 7 december helaas niet bij "
    "zijn. Eline en ik komen wel, zoals gepland.\n\nGroeten,\nAnnelies Claes\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Annelies", ppl))
)
m = simple(
    7,
    "Annelies Claes <annelies.claes@kortrijk.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(12, 3, 16, 10, 44),
    "<3f1b9c2e-8a77-4f0e-9d61-2b5a0c7e1d90@kortrijk.be>",
    body,
    irt=conf_id("kortrijk-claes"),
    refs=conf_id("kortrijk-claes"),
    rcv=[received("smtp.kortrijk.be", "185.12.4.33", d(12, 3, 16, 10, 50))],
)
write(
    7,
    m,
    L(
        "cancellation",
        [R(*ppl[1])],
        False,
        "partial withdrawal: one of three registered colleagues drops out, the sender and the "
        "third colleague still come; his details from the quoted three-person confirmation",
    ),
)

# 008 secretary withdraws for the mayor
p = ("Marc Verhaegen", "Sint-Niklaas", "burgemeester", "marc.verhaegen@sint-niklaas.be")
cd = d(11, 14, 11, 2)
body = (
    "Geachte mevrouw Boudry,\n\nNamens burgemeester Marc Verhaegen wil ik zijn inschrijving voor "
    "het seminarie van 7 december annuleren. Door een gewijzigde planning van de "
    "gemeenteraad is hij die dag niet beschikbaar.\n\nMet vriendelijke groeten,\n\n"
    "Nadia El Amrani\nmanagementassistent kabinet burgemeester\nStad Sint-Niklaas\n\n"
    + outlook_block(
        cd,
        "Nadia El Amrani <nadia.elamrani@sint-niklaas.be>",
        CONF_SUBJ,
        confirmation_text("Marc", [p]),
    )
)
m = simple(
    8,
    "El Amrani Nadia <nadia.elamrani@sint-niklaas.be>",
    LINDA_S,
    "RE: " + CONF_SUBJ,
    d(11, 26, 9, 14, 3),
    "<DB6PR0901MB1111E2A0@DB6PR0901MB1111.eurprd09.prod.outlook.com>",
    body,
    cc="Marc Verhaegen <marc.verhaegen@sint-niklaas.be>",
    irt=conf_id("sintniklaas-verhaegen"),
    refs=conf_id("sintniklaas-verhaegen"),
    rcv=[
        received(
            "mail-db6eur09.outbound.protection.outlook.com", "40.107.5.88", d(11, 26, 9, 14, 12)
        )
    ],
    extra=[("Thread-Topic", CONF_SUBJ), ("Content-Language", "nl-BE")],
)
write(
    8,
    m,
    L(
        "cancellation",
        [R(*p)],
        False,
        "a secretary withdraws the mayor she registered; the cancelled person is the mayor "
        "(details in the quoted confirmation), not the sender",
    ),
)

# 009 first name only, the quoted confirmation gives the rest
p = ("Wim Verbruggen", "Turnhout", "stadssecretaris", "wim.verbruggen@turnhout.be")
cd = d(11, 21, 10, 15)
body = (
    "Sorry Linda, ik kan toch niet komen.\nGroetjes, Wim\n\nVerzonden vanaf mijn iPhone\n\n"
    "> Op 21 nov. 2018 om 10:15 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n>\n"
    + quote(confirmation_text("Wim", [p]))
)
m = simple(
    9,
    "Verbruggen Wim <wim.verbruggen@turnhout.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(12, 1, 19, 2, 11),
    "<A1C5E2B7-4D3F-4A88-9E0C-7F2B1D6E9A31@turnhout.be>",
    body,
    irt=conf_id("turnhout-verbruggen"),
    refs=conf_id("turnhout-verbruggen"),
    rcv=[received("mail.turnhout.be", "212.71.8.90", d(12, 1, 19, 2, 20))],
    extra=[("X-Mailer", "iPhone Mail (16B92)")],
)
write(
    9,
    m,
    L(
        "cancellation",
        [R(*p)],
        False,
        "two-line iPhone withdrawal signed 'Wim'; surname, town, function from the quoted "
        "confirmation",
    ),
)

# 010 withdrawal in the subject only; body is just the signature
body = (
    "\n\n--\nIne Jacobs\nCoördinator welzijn\nStad Lier\nT 03 800 05 00\nine.jacobs@lier.be\n"
    "www.lier.be\n"
)
m = simple(
    10,
    "Ine Jacobs <ine.jacobs@lier.be>",
    LINDA_S,
    "Afmelding seminarie 7/12",
    d(11, 30, 8, 31, 17),
    "<20181130073117.4e1c@lier.be>",
    body,
    rcv=[received("mx01.lier.be", "194.78.33.2", d(11, 30, 8, 31, 25))],
)
write(
    10,
    m,
    L(
        "cancellation",
        [R("Ine Jacobs", "Lier", "Coördinator welzijn", "ine.jacobs@lier.be")],
        False,
        "withdrawal in the subject only ('Afmelding seminarie 7/12'); body empty but "
        "for the signature",
    ),
)

# 011 English
body = (
    "Dear Ms Boudry,\n\nUnfortunately I will not be able to attend the seminar on 7 December "
    "after all. Please cancel my registration; apologies for the inconvenience.\n\n"
    "Kind regards,\n\nSophie Laurent\nSmart City policy officer\nCity of Brussels\n"
)
m = simple(
    11,
    "Sophie Laurent <sophie.laurent@brucity.be>",
    LINDA_S,
    "Cancellation - seminar 7 December",
    d(11, 28, 17, 45, 0),
    "<8c41e0a2b7d94f6a9a2e@brucity.be>",
    body,
    cte="7bit",
    rcv=[received("smtp.brucity.be", "91.198.21.7", d(11, 28, 17, 45, 6))],
    extra=[("Content-Language", "en-GB")],
)
write(
    11,
    m,
    L(
        "cancellation",
        [R("Sophie Laurent", "Brussel", "Smart City policy officer", "sophie.laurent@brucity.be")],
        False,
        "English withdrawal; 'City of Brussels' is Brussel, the brucity.be domain alone "
        "would not say so",
    ),
)

# 012 French, commune d'Ixelles (= Elsene)
body = (
    "Madame,\n\nJe dois malheureusement annuler ma participation au séminaire « Stadsorganisaties "
    "in transitie » du vendredi 7 décembre. Un conseil communal extraordinaire a été fixé ce "
    "jour-là.\n\nVeuillez m'en excuser.\n\nBien à vous,\n\nMme Claire Dumont\nConseillère en "
    "organisation\nCommune d'Ixelles\n"
)
m = simple(
    12,
    "Claire Dumont <claire.dumont@ixelles.brussels>",
    LINDA_S,
    "Annulation participation séminaire du 7/12",
    d(11, 29, 14, 9, 58),
    "<5c00ea5e.1c69fb81.8a3d2@ixelles.brussels>",
    body,
    rcv=[received("mail.ixelles.brussels", "193.191.210.70", d(11, 29, 14, 10, 4))],
    extra=[("Content-Language", "fr-BE")],
)
write(
    12,
    m,
    L(
        "cancellation",
        [
            R(
                "Claire Dumont",
                "Elsene",
                "Conseillère en organisation",
                "claire.dumont@ixelles.brussels",
            )
        ],
        False,
        "French withdrawal from the commune d'Ixelles (canonical Dutch name Elsene); 'Mme' dropped",
    ),
)

# 013 cancels and names a replacement with details (substitution -> review)
body = (
    "Beste Linda,\n\nIk moet helaas afzeggen voor het seminarie van 7 december. Mijn collega "
    "neemt mijn plaats in:\n\nNaam: Nathalie Bogaert\nStad / gemeente: Dendermonde\n"
    "Functie: stafmedewerker strategie\nE-mailadres: nathalie.bogaert@dendermonde.be\n\n"
    "Kan je de inschrijving op haar naam zetten?\n\nBedankt!\nJeroen Van Hecke\n"
    "strategisch coördinator\nStad Dendermonde\n"
)
m = simple(
    13,
    "Jeroen Van Hecke <jeroen.vanhecke@dendermonde.be>",
    LINDA_S,
    "Afzegging + vervanging seminarie 7 december",
    d(11, 27, 11, 36, 12),
    "<0f7a4b2c9d8e@dendermonde.be>",
    body,
    cc="Nathalie Bogaert <nathalie.bogaert@dendermonde.be>",
    rcv=[received("mail.dendermonde.be", "62.197.118.5", d(11, 27, 11, 36, 20))],
)
write(
    13,
    m,
    L(
        "cancellation",
        [
            R(
                "Jeroen Van Hecke",
                "Dendermonde",
                "strategisch coördinator",
                "jeroen.vanhecke@dendermonde.be",
            )
        ],
        True,
        "substitution: the sender cancels and names a replacement with all four labelled "
        "fields; the contract says flag substitutions for review (labelled as the "
        "cancellation of the sender; with review any kind/fields are accepted)",
    ),
)

# 014 cancels but asks for the slides (needs an answer)
p = ("Elke Vandamme", "Ronse", "directeur vrije tijd", "elke.vandamme@ronse.be")
cd = d(11, 22, 13, 50)
body = (
    "Dag Linda,\n\nIk zal er op 7 december toch niet bij kunnen zijn, sorry. Het thema "
    "interesseert me wel heel erg: kunnen jullie mij achteraf de presentaties of slides "
    "bezorgen?\n\nAlvast bedankt,\nElke\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Elke", [p]))
)
m = simple(
    14,
    "Elke Vandamme <elke.vandamme@ronse.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(12, 3, 9, 12, 40),
    "<CAL3x9d0W2e5Hq@ronse.be>",
    body,
    irt=conf_id("ronse-vandamme"),
    refs=conf_id("ronse-vandamme"),
    rcv=[received("mail.ronse.be", "213.219.150.9", d(12, 3, 9, 12, 47))],
)
write(
    14,
    m,
    L(
        "cancellation",
        [R(*p)],
        True,
        "withdrawal plus a request for the slides afterwards: the cancellation is clear but "
        "the question needs a human answer",
    ),
)

# 015 tentative: "ik kom misschien toch niet"
p = ("Luc Vermeiren", "Geel", "diensthoofd personeel", "luc.vermeiren@geel.be")
cd = d(11, 23, 10, 5)
body = (
    "Dag Linda,\n\nIk kom misschien toch niet op 7 december: de kans bestaat dat ons "
    "managementteam die voormiddag een extra vergadering inplant. Ik weet het pas begin "
    "volgende week en laat je dan iets weten.\n\nGroeten,\nLuc\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Luc", [p]))
)
m = simple(
    15,
    "Luc Vermeiren <luc.vermeiren@geel.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(11, 29, 16, 55, 2),
    "<20181129155502.GA4471@geel.be>",
    body,
    irt=conf_id("geel-vermeiren"),
    refs=conf_id("geel-vermeiren"),
    rcv=[received("smtp.geel.be", "185.54.12.80", d(11, 29, 16, 55, 9))],
)
write(
    15,
    m,
    L(
        "other",
        [],
        True,
        "tentative ('ik kom misschien toch niet', will confirm next week): not yet a "
        "withdrawal, a person keeps an eye on it",
    ),
)

# 016 terse reply to the reminder, name only, town only from the mail domain
body = (
    "Beste,\n\nik moet afzeggen voor vrijdag. Excuses.\n\nBram Declercq\n\n"
    "Van: Linda Boudry\nVerzonden: "
    + long_nl(REM_DATE)
    + "\nOnderwerp: "
    + REM_SUBJ
    + "\n\n"
    + REMINDER_TEXT
)
m = simple(
    16,
    "Declercq Bram <bram.declercq@roeselare.be>",
    LINDA_S,
    "RE: " + REM_SUBJ,
    d(12, 4, 14, 2, 9),
    "<4B7E21A0C93F4E1D@roeselare.be>",
    body,
    irt=REM_ID,
    refs=REM_ID,
    rcv=[received("mail.roeselare.be", "84.199.31.4", d(12, 4, 14, 2, 15))],
)
write(
    16,
    m,
    L(
        "cancellation",
        [R("Bram Declercq", "Roeselare", None, "bram.declercq@roeselare.be")],
        False,
        "terse 'ik moet afzeggen' to the reminder; no function anywhere, the "
        "municipal domain names Roeselare",
    ),
)

# 017 a colleague withdraws an ill colleague, no address for him
body = (
    "Beste mevrouw Boudry,\n\nOnze collega Jef Aerts, ICT-coördinator bij Stad Brugge, is "
    "langdurig ziek. Hij zal dus niet aanwezig zijn op het seminarie van 7 december. "
    "Mogen jullie hem van de deelnemerslijst schrappen?\n\nMet vriendelijke groeten,\n\n"
    "Veerle Dumon\nsecretariaat ICT\nStad Brugge\n"
)
m = simple(
    17,
    "Veerle Dumon <veerle.dumon@brugge.be>",
    LINDA_S,
    "Deelname Jef Aerts seminarie 7/12",
    d(11, 30, 10, 44, 30),
    "<1543571070.2281.veerle.dumon@brugge.be>",
    body,
    rcv=[received("mail.brugge.be", "193.58.41.12", d(11, 30, 10, 44, 37))],
)
write(
    17,
    m,
    L(
        "cancellation",
        [R("Jef Aerts", "Brugge", "ICT-coördinator", None)],
        False,
        "a colleague withdraws an ill colleague; his own address is not given, so null "
        "(the sender is not the cancelled person)",
    ),
)

# 018 an alderman from a private gmail address
body = (
    "Beste Linda,\n\nWegens een verplaatste schepencollegezitting moet ik mijn deelname aan het "
    "seminarie op 7 december annuleren. Spijtig, ik had er echt naar uitgekeken.\n\n"
    "Groeten,\nAn Wuyts\nSchepen van personeel en organisatie\nGemeente Boechout\n"
)
m = simple(
    18,
    "An Wuyts <an.wuyts.boechout@gmail.com>",
    LINDA_S,
    "annulatie seminarie",
    d(11, 26, 21, 33, 5),
    "<CAF9yP3wQk2ZbA1v7_Tn0sE@mail.gmail.com>",
    body,
    rcv=[received("mail-wr1-f41.google.com", "209.85.221.41", d(11, 26, 21, 33, 14))],
    extra=[("X-Google-Smtp-Source", "AFSGD/Vn3bQ1x0e")],
)
write(
    18,
    m,
    L(
        "cancellation",
        [
            R(
                "An Wuyts",
                "Boechout",
                "Schepen van personeel en organisatie",
                "an.wuyts.boechout@gmail.com",
            )
        ],
        False,
        "alderman withdraws from a private gmail address; municipality from the signature, "
        "address is the sender's",
    ),
)

# 019 forwards her own confirmation: "dit mag geschrapt worden"
p = ("Lotte Hermans", "Vilvoorde", "coördinator interne communicatie", "lotte.hermans@vilvoorde.be")
cd = d(11, 15, 15, 20)
body = (
    "Dag Linda,\n\nDit mag geschrapt worden, ik ben die week met verlof (helemaal vergeten bij "
    "het inschrijven).\n\nGroet,\nLotte\n\n---------- Forwarded message ---------\n"
    "From: Linda Boudry <linda.boudry@kcvs.be>\nDate: " + format_datetime(cd) + "\n"
    "Subject: "
    + CONF_SUBJ
    + "\nTo: <lotte.hermans@vilvoorde.be>\n\n"
    + confirmation_text("Lotte", [p])
)
m = simple(
    19,
    "Lotte Hermans <lotte.hermans@vilvoorde.be>",
    LINDA_S,
    "Fwd: " + CONF_SUBJ,
    d(11, 28, 12, 1, 1),
    "<CAO4kq8T1d@vilvoorde.be>",
    body,
    refs=conf_id("vilvoorde-hermans"),
    rcv=[received("mail.vilvoorde.be", "109.88.14.220", d(11, 28, 12, 1, 8))],
)
write(
    19,
    m,
    L(
        "cancellation",
        [R(*p)],
        False,
        "forwards her own confirmation back with 'dit mag geschrapt worden'; details from "
        "the forwarded confirmation",
    ),
)

# 020 late, HTML-only
html = html_wrap(
    [
        "Beste Linda,",
        "Sorry voor het late bericht, maar ik zal er <b>morgen</b> niet bij zijn: "
        "dringende zaken op het stadhuis.",
        "Groeten,",
        '<span style="color:#1F4E79"><b>Dirk Lambrecht</b> | diensthoofd communicatie'
        " | Stad Oostende</span><br>Vindictivelaan 1, 8400 Oostende",
    ]
)
m = simple(
    20,
    "Dirk Lambrecht <dirk.lambrecht@oostende.be>",
    LINDA_S,
    "seminarie morgen",
    d(12, 6, 21, 40, 26),
    "<VI1PR06MB4445E9@VI1PR06MB4445.eurprd06.prod.outlook.com>",
    None,
    html=html,
    html_only=True,
    cte="base64",
    rcv=[
        received(
            "mail-vi1eur06.outbound.protection.outlook.com", "40.107.2.77", d(12, 6, 21, 40, 33)
        )
    ],
    extra=[("Content-Language", "nl-BE")],
)
write(
    20,
    m,
    L(
        "cancellation",
        [R("Dirk Lambrecht", "Oostende", "diensthoofd communicatie", "dirk.lambrecht@oostende.be")],
        False,
        "late withdrawal the evening before ('morgen'), HTML-only base64 body",
    ),
)

# ---------------------------------------------------------------------------
# CHANGES 021-028 (replies to the confirmation)
# ---------------------------------------------------------------------------

# 021 new e-mail address
p = ("Mieke De Smedt", "Gent", "coördinator leiderschapsontwikkeling", "mieke.desmedt@gent.be")
cd = d(11, 19, 9, 48)
body = (
    "Dag Linda,\n\nVanaf 1 december verandert mijn e-mailadres in mieke.desmedt@stad.gent. "
    "Kan je dat aanpassen bij mijn inschrijving, zodat de herinnering en eventuele "
    "praktische info op het juiste adres toekomen?\n\nDank je!\nMieke\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Mieke", [p]))
)
m = simple(
    21,
    "Mieke De Smedt <mieke.desmedt@gent.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(11, 26, 13, 37, 22),
    "<CAG2pL7e9Kq@mail.gent.be>",
    body,
    irt=conf_id("gent-desmedt"),
    refs=conf_id("gent-desmedt"),
    rcv=[received("mail.gent.be", "193.190.77.14", d(11, 26, 13, 37, 29))],
)
write(
    21,
    m,
    L(
        "other",
        [],
        True,
        "change of e-mail address for an existing registration: not a new sign-up; a person "
        "updates the record",
    ),
)

# 022 corrected function
p = ("Kristof Jans", "Sint-Truiden", "beleidsmedewerker", "kristof.jans@sint-truiden.be")
cd = d(11, 20, 11, 3)
body = (
    "Hallo,\n\nKleine correctie: mijn functie is niet 'beleidsmedewerker' maar 'teamcoach "
    "burgerzaken'. Voor de naamkaartjes misschien handig om aan te passen.\n\n"
    "Groeten,\nKristof Jans\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Kristof", [p]))
)
m = simple(
    22,
    "Kristof Jans <kristof.jans@sint-truiden.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(11, 20, 11, 58, 30),
    "<5BF3E8D2.6060203@sint-truiden.be>",
    body,
    irt=conf_id("sinttruiden-jans"),
    refs=conf_id("sinttruiden-jans"),
    rcv=[received("mail.sint-truiden.be", "77.109.97.3", d(11, 20, 11, 58, 37))],
    extra=[("User-Agent", "Mozilla/5.0 Thunderbird/52.9.1")],
)
write(
    22,
    m,
    L(
        "other",
        [],
        True,
        "correction of the function of an already confirmed registrant; the quoted "
        "confirmation holds the labelled fields (old function) but nobody signs up anew",
    ),
)

# 023 name spelling
p = (
    "Evelien Van der Straeten",
    "Ieper",
    "projectleider organisatieontwikkeling",
    "evelien.vanderstraeten@ieper.be",
)
cd = d(11, 21, 14, 30)
body = (
    "Beste Linda,\n\nMijn familienaam wordt aan elkaar geschreven: Vanderstraeten, niet "
    "Van der Straeten. Zou je dat willen aanpassen voor de deelnemerslijst?\n\n"
    "Vriendelijke groet,\nEvelien Vanderstraeten\n\n"
    + outlook_block(
        cd, "evelien.vanderstraeten@ieper.be", CONF_SUBJ, confirmation_text("Evelien", [p])
    )
)
m = simple(
    23,
    "Evelien Vanderstraeten <evelien.vanderstraeten@ieper.be>",
    LINDA_S,
    "RE: " + CONF_SUBJ,
    d(11, 21, 15, 2, 45),
    "<1D3B6F2A8C@ieper.be>",
    body,
    irt=conf_id("ieper-vanderstraeten"),
    refs=conf_id("ieper-vanderstraeten"),
    rcv=[received("mail.ieper.be", "91.183.12.70", d(11, 21, 15, 2, 51))],
    extra=[("Thread-Topic", CONF_SUBJ)],
)
write(
    23,
    m,
    L(
        "other",
        [],
        True,
        "spelling correction of the registrant's surname; a person edits the record",
    ),
)

# 024 "mijn collega komt in mijn plaats" with details
p = ("Johan Smeets", "Genk", "HR-manager", "johan.smeets@genk.be")
cd = d(11, 15, 10, 20)
body = (
    "Dag Linda,\n\nIk kan zelf niet meer, maar mijn collega komt in mijn plaats:\n\n"
    "Naam: Sofie Peeters\nStad / gemeente: Genk\nFunctie: HR-businesspartner\n"
    "E-mailadres: sofie.peeters@genk.be\n\nGroeten,\nJohan\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Johan", [p]))
)
m = simple(
    24,
    "Johan Smeets <johan.smeets@genk.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(11, 29, 8, 15, 0),
    "<b1e2c3d4e5f6a7b8@genk.be>",
    body,
    irt=conf_id("genk-smeets"),
    refs=conf_id("genk-smeets"),
    rcv=[received("mail.genk.be", "213.118.70.5", d(11, 29, 8, 15, 6))],
)
write(
    24,
    m,
    L(
        "registration",
        [R("Sofie Peeters", "Genk", "HR-businesspartner", "sofie.peeters@genk.be")],
        True,
        "substitution in reply to the confirmation: the colleague's labelled details are a "
        "new sign-up and the sender's registration must go; contract: review",
    ),
)

# 025 "ik kom met twee i.p.v. alleen", colleague's details labelled in the body
p = ("Ruben Peeters", "Mortsel", "algemeen directeur", "ruben.peeters@mortsel.be")
cd = d(11, 13, 16, 2)
body = (
    "Beste Linda,\n\nIk kom met twee in plaats van alleen: mijn collega wil ook graag "
    "deelnemen. Haar gegevens:\n\nNaam: Lies Verhoeven\nStad / gemeente: Mortsel\n"
    "Functie: stafmedewerker organisatiebeheersing\nE-mailadres: lies.verhoeven@mortsel.be\n\n"
    "Bedankt!\nRuben\n\n" + gmail_attrib(cd) + "\n\n" + quote(confirmation_text("Ruben", [p]))
)
m = simple(
    25,
    "Ruben Peeters <ruben.peeters@mortsel.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(11, 22, 10, 40, 13),
    "<CAB1x2Yz3a@mortsel.be>",
    body,
    irt=conf_id("mortsel-peeters"),
    refs=conf_id("mortsel-peeters"),
    rcv=[received("mail.mortsel.be", "81.246.80.12", d(11, 22, 10, 40, 20))],
)
write(
    25,
    m,
    L(
        "registration",
        [
            R(
                "Lies Verhoeven",
                "Mortsel",
                "stafmedewerker organisatiebeheersing",
                "lies.verhoeven@mortsel.be",
            )
        ],
        False,
        "'ik kom met twee i.p.v. alleen': registers one added colleague with labelled fields; "
        "the sender is already confirmed (quoted) and must not be registered again",
    ),
)

# 026 adds a colleague who is in Cc
p = ("Pieter Wouters", "Tienen", "stafmedewerker personeel", "pieter.wouters@tienen.be")
cd = d(11, 14, 12, 11)
body = (
    "Hallo Linda,\n\nIk breng mijn collega Ann Thys (in cc) mee; zij is teamleider onthaal "
    "bij stad Tienen. Kunnen jullie haar ook noteren voor 7 december?\n\nMerci,\nPieter\n\n"
    + gmail_attrib(cd)
    + "\n\n"
    + quote(confirmation_text("Pieter", [p]))
)
m = simple(
    26,
    "Pieter Wouters <pieter.wouters@tienen.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(11, 23, 14, 27, 51),
    "<20181123132751.7f3a@tienen.be>",
    body,
    cc="Ann Thys <ann.thys@tienen.be>",
    irt=conf_id("tienen-wouters"),
    refs=conf_id("tienen-wouters"),
    rcv=[received("mail.tienen.be", "195.207.9.44", d(11, 23, 14, 27, 58))],
)
write(
    26,
    m,
    L(
        "registration",
        [R("Ann Thys", "Tienen", "teamleider onthaal", "ann.thys@tienen.be")],
        False,
        "adds a colleague ('in cc') to an existing registration: registers her only, "
        "her address from the Cc header",
    ),
)

# 027 arrives late: a question about attendance, no sign-up, no withdrawal
p = ("Sven Mertens", "Heist-op-den-Berg", "beleidscoördinator", "sven.mertens@heist-op-den-berg.be")
cd = d(11, 20, 9, 5)
body = (
    "Dag Linda,\n\nIk zal pas rond 11 uur kunnen aansluiten door een andere vergadering die ik "
    "niet kan annuleren. Is dat een probleem, of mis ik dan het belangrijkste deel?\n\n"
    "Groeten,\nSven\n\n" + gmail_attrib(cd) + "\n\n" + quote(confirmation_text("Sven", [p]))
)
m = simple(
    27,
    "Sven Mertens <sven.mertens@heist-op-den-berg.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(12, 3, 11, 48, 6),
    "<CAK8Tq1pR@heist-op-den-berg.be>",
    body,
    irt=conf_id("heist-mertens"),
    refs=conf_id("heist-mertens"),
    rcv=[received("mail.heist-op-den-berg.be", "94.143.190.30", d(12, 3, 11, 48, 13))],
)
write(
    27,
    m,
    L(
        "other",
        [],
        True,
        "a confirmed registrant will arrive late and asks if that is a problem; 'niet kan "
        "annuleren' concerns another meeting; needs an answer",
    ),
)

# 028 re-instates after an earlier withdrawal (and asks), after the deadline
p = (
    "Tine Vermeulen",
    "Beveren",
    "beleidsmedewerker organisatieontwikkeling",
    "tine.vermeulen@beveren.be",
)
cd = d(11, 16, 14, 0)
prev = "Beste Linda,\n\nIk moet helaas afzeggen voor 7 december.\n\nTine"
body = (
    "Dag Linda,\n\nVorige week meldde ik me af, maar de vergadering die toen gepland stond is "
    "intussen geannuleerd. Kan ik toch nog komen? Mijn gegevens blijven dezelfde als "
    "hieronder.\n\nGroeten,\nTine\n\n"
    + gmail_attrib(d(11, 26, 8, 30), "Tine Vermeulen <tine.vermeulen@beveren.be>")
    + "\n"
    + quote(prev)
    + "\n>\n> "
    + gmail_attrib(cd)
    + "\n"
    + quote(quote(confirmation_text("Tine", [p])))
)
m = simple(
    28,
    "Tine Vermeulen <tine.vermeulen@beveren.be>",
    LINDA_S,
    "Re: " + CONF_SUBJ,
    d(12, 3, 8, 5, 19),
    "<CAN0v7eRm3@beveren.be>",
    body,
    irt="<CAN0v7eRm1@beveren.be>",
    refs=conf_id("beveren-vermeulen") + " <CAN0v7eRm1@beveren.be>",
    rcv=[received("mail.beveren.be", "91.176.44.2", d(12, 3, 8, 5, 26))],
)
write(
    28,
    m,
    L(
        "registration",
        [R(*p)],
        True,
        "re-registration after an earlier withdrawal, phrased as a question and sent after "
        "the deadline; quoted text holds both 'afzeggen' and 'geannuleerd'",
    ),
)

# ---------------------------------------------------------------------------
# AUTOMATIC ANSWERS 029-039
# ---------------------------------------------------------------------------

# 029 Dutch out-of-office to the confirmation, Auto-Submitted
body = (
    "Beste,\n\nIk ben afwezig tot en met maandag 26 november. Uw e-mail wordt niet "
    "doorgestuurd. Voor dringende vragen kunt u terecht op 014 33 08 00.\n\nEvi Peeters\n"
)
m = simple(
    29,
    "Peeters Evi <evi.peeters@mol.be>",
    LINDA_S,
    "Automatisch antwoord: " + CONF_SUBJ,
    d(11, 21, 10, 16, 2),
    "<f2a1d0e9c8b7@mol.be>",
    body,
    irt=conf_id("mol-peeters"),
    refs=conf_id("mol-peeters"),
    rcv=[received("mail.mol.be", "178.50.3.19", d(11, 21, 10, 16, 7))],
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
)
write(
    29,
    m,
    L(
        "auto_reply",
        [],
        False,
        "Dutch out-of-office to the confirmation with Auto-Submitted: auto-replied",
    ),
)

# 030 out-of-office to the reminder, no auto headers, "afwezig tot en met 7 december"
body = (
    "Goedendag,\n\nIk ben afwezig tot en met 7 december en heb geen toegang tot mijn mailbox. "
    "Uw bericht wordt na mijn terugkeer behandeld.\nVoor dringende zaken: "
    "personeel@lommel.be.\n\nMet vriendelijke groeten,\nGert Thijs\n"
)
m = simple(
    30,
    "Gert Thijs <gert.thijs@lommel.be>",
    LINDA_S,
    "Afwezig: " + REM_SUBJ,
    d(12, 4, 9, 0, 40),
    "<9e8d7c6b5a40@lommel.be>",
    body,
    cte="8bit",
    irt=REM_ID,
    refs=REM_ID,
    rcv=[received("mail.lommel.be", "81.83.17.9", d(12, 4, 9, 0, 44))],
)
write(
    30,
    m,
    L(
        "auto_reply",
        [],
        False,
        "out-of-office to the reminder without any auto headers; subject 'Afwezig:' and "
        "'afwezig tot en met 7 december' (the event date) must not read as a withdrawal",
    ),
)

# 031 French out-of-office, X-Autoreply
body = (
    "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 10 décembre inclus. Votre message "
    "ne sera pas transféré. En cas d'urgence, veuillez contacter le secrétariat communal au "
    "02 558 08 00.\n\nCordialement,\nIsabelle Moreau\n"
)
m = simple(
    31,
    "Isabelle Moreau <imoreau@anderlecht.brussels>",
    LINDA_S,
    "Réponse automatique : " + REM_SUBJ,
    d(12, 4, 9, 1, 3),
    "<auto.5c063f67.3a2@anderlecht.brussels>",
    body,
    irt=REM_ID,
    refs=REM_ID,
    rcv=[received("smtp.anderlecht.brussels", "193.191.214.4", d(12, 4, 9, 1, 8))],
    extra=[("X-Autoreply", "yes"), ("Content-Language", "fr-BE")],
)
write(
    31,
    m,
    L(
        "auto_reply",
        [],
        False,
        "French out-of-office to the reminder, X-Autoreply: yes, absent past the event date",
    ),
)

# 032 English out-of-office, Precedence: auto_reply only
body = (
    "Thank you for your message. I am currently out of the office with limited access to "
    "e-mail and will return on 3 December. For urgent matters please contact "
    "hr@leuven.be.\n\nBest regards,\nMartin Schmidt\n"
)
m = simple(
    32,
    "Martin Schmidt <martin.schmidt@leuven.be>",
    LINDA_S,
    "Automatic reply: " + CONF_SUBJ,
    d(11, 27, 15, 40, 1),
    "<ar-20181127144001@leuven.be>",
    body,
    cte="7bit",
    irt=conf_id("leuven-schmidt"),
    refs=conf_id("leuven-schmidt"),
    rcv=[received("smtp.leuven.be", "195.35.112.40", d(11, 27, 15, 40, 5))],
    extra=[("Precedence", "auto_reply")],
)
write(
    32,
    m,
    L(
        "auto_reply",
        [],
        False,
        "English out-of-office to the confirmation, only 'Precedence: auto_reply' and the "
        "'Automatic reply:' subject",
    ),
)

# 033 out-of-office with a stand-in's full labelled signature
body = (
    "Beste,\n\nIk ben met verlof tot en met 9 december. Tijdens mijn afwezigheid wordt u "
    "verder geholpen door mijn collega:\n\nNaam: Karel De Wilde\nStad / gemeente: Lokeren\n"
    "Functie: adjunct-diensthoofd personeel\nE-mail: karel.dewilde@lokeren.be\n\n"
    "Met vriendelijke groeten,\nHanne Van Acker\n"
)
m = simple(
    33,
    "Hanne Van Acker <hanne.vanacker@lokeren.be>",
    LINDA_S,
    "Automatisch antwoord: " + REM_SUBJ,
    d(12, 4, 9, 0, 31),
    "<oof-7731c2@lokeren.be>",
    body,
    irt=REM_ID,
    refs=REM_ID,
    rcv=[received("mail.lokeren.be", "91.182.204.66", d(12, 4, 9, 0, 36))],
    extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")],
)
write(
    33,
    m,
    L(
        "auto_reply",
        [],
        False,
        "out-of-office to the reminder whose body holds a stand-in's full labelled "
        "Naam/Stad/Functie/E-mail block: not a registration",
    ),
)

# 034 mailbox-full bounce of the reminder (RFC 3464)
rcpt = "jo.vanlaere@wetteren.be"
outer = MIMEMultipart("report", report_type="delivery-status")
outer["Received"] = received("mx1.kcvs.be", "127.0.0.1", d(12, 4, 9, 0, 59), by="mail.kcvs.be")
outer["From"] = "Mail Delivery System <MAILER-DAEMON@mail.kcvs.be>"
outer["To"] = "linda.boudry@kcvs.be"
outer["Subject"] = "Undelivered Mail Returned to Sender"
outer["Date"] = format_datetime(d(12, 4, 9, 0, 58))
outer["Message-ID"] = "<20181204080058.3B1F2A0611@mail.kcvs.be>"
outer["Auto-Submitted"] = "auto-replied"
outer.preamble = "This is a MIME-encapsulated message."
human = MIMEText(
    "This is the mail system at host mail.kcvs.be.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "<%s>: host mx.wetteren.be[185.44.90.12] said: 552 5.2.2\n"
    "    Mailbox full: mailbox quota exceeded (in reply to RCPT TO command)\n" % rcpt,
    "plain",
    "us-ascii",
)
human["Content-Description"] = "Notification"
ds = Message()
ds["Content-Type"] = "message/delivery-status"
ds["Content-Description"] = "Delivery report"
pm = Message()
pm["Reporting-MTA"] = "dns; mail.kcvs.be"
pm["X-Postfix-Queue-ID"] = "3B1F2A0611"
pm["Arrival-Date"] = format_datetime(REM_DATE)
pr = Message()
pr["Final-Recipient"] = "rfc822; " + rcpt
pr["Original-Recipient"] = "rfc822;" + rcpt
pr["Action"] = "failed"
pr["Status"] = "5.2.2"
pr["Remote-MTA"] = "dns; mx.wetteren.be"
pr["Diagnostic-Code"] = "smtp; 552 5.2.2 Mailbox full: mailbox quota exceeded"
ds.set_payload([pm, pr])
hdrs = MIMEText(
    "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: Jo Van Laere <%s>\nSubject: %s\n"
    "Date: %s\nMessage-ID: %s\n" % (rcpt, REM_SUBJ, format_datetime(REM_DATE), REM_ID),
    "rfc822-headers",
    "us-ascii",
)
hdrs["Content-Description"] = "Undelivered Message Headers"
outer.attach(human)
outer.attach(ds)
outer.attach(hdrs)
tidy_report(outer)
write(
    34,
    outer,
    L(
        "bounce",
        [],
        False,
        "Postfix mailbox-full DSN (multipart/report, 5.2.2) for the reminder; also "
        "carries Auto-Submitted, the bounce wins",
    ),
    pol=POL32,
)

# 035 "mailbox no longer in use" auto-answer from someone who left
body = (
    "Dit e-mailadres is niet langer in gebruik. Tom Lenaerts is niet meer werkzaam bij Stad "
    "Halle. Uw bericht werd niet doorgestuurd.\n\nVoor algemene vragen kunt u terecht bij "
    "info@halle.be of op 02 365 95 10.\n\nDit is een automatisch gegenereerd bericht.\n"
)
m = simple(
    35,
    "Tom Lenaerts <tom.lenaerts@halle.be>",
    LINDA_S,
    "Automatisch antwoord: " + REM_SUBJ,
    d(12, 4, 9, 0, 22),
    "<noreply-4411a@halle.be>",
    body,
    irt=REM_ID,
    refs=REM_ID,
    rcv=[received("mail.halle.be", "62.197.70.15", d(12, 4, 9, 0, 27))],
    extra=[("Auto-Submitted", "auto-replied")],
)
write(
    35,
    m,
    L(
        "auto_reply",
        [],
        False,
        "'mailbox no longer in use, person left Stad Halle' auto-answer to the reminder: an "
        "automatic answer, never replied to; it withdraws nobody by itself (no person wrote "
        "it), so no cancellation; the contract gives no review rule for it",
    ),
)

# 036 Exchange recall of an earlier registration mail
rsubj = "Inschrijving seminarie Stadsorganisaties in transitie"
body = "Joris Lemmens wil het bericht '%s' intrekken.\n" % rsubj
m = simple(
    36,
    "Lemmens Joris <joris.lemmens@herentals.be>",
    LINDA_S,
    "Intrekken: " + rsubj,
    d(11, 22, 14, 31, 7),
    "<HE1PR0402MB2811A0C1@HE1PR0402MB2811.eurprd04.prod.outlook.com>",
    body,
    rcv=[
        received(
            "mail-he1eur04.outbound.protection.outlook.com", "40.107.7.93", d(11, 22, 14, 31, 15)
        )
    ],
    extra=[
        ("Thread-Topic", rsubj),
        ("Thread-Index", "AdSCZ5xK0q1lM3nXQy6bWv2pT8dLrA=="),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "nl-BE"),
    ],
)
write(
    36,
    m,
    L(
        "other",
        [],
        True,
        "Exchange recall of the sender's earlier registration mail ('wil het bericht ... "
        "intrekken'): not a withdrawal in words, but it may mean the registration should not "
        "stand or a corrected one follows; a person checks",
    ),
)

# 037 Dutch out-of-office with only Precedence: bulk, quoting the reminder
body = (
    "Bedankt voor uw bericht. Ik ben momenteel niet op kantoor en lees mijn mails vanaf "
    "woensdag 5 december opnieuw.\n\nMvg,\nNele Coppens\n\n"
    "-----Oorspronkelijk bericht-----\n" + REMINDER_TEXT
)
m = simple(
    37,
    "Nele Coppens <nele.coppens@waregem.be>",
    LINDA_S,
    "Afwezigheidsmelding",
    d(12, 4, 9, 0, 50),
    "<a5b6c7d8e9f0@waregem.be>",
    body,
    irt=REM_ID,
    rcv=[received("mail.waregem.be", "193.121.180.8", d(12, 4, 9, 0, 55))],
    extra=[("Precedence", "bulk")],
)
write(
    37,
    m,
    L(
        "auto_reply",
        [],
        False,
        "Dutch out-of-office ('Afwezigheidsmelding') with only Precedence: bulk; quotes the "
        "reminder's 'Kan je toch niet komen?' line",
    ),
)

# 038 delivery delay warning for a confirmation
rcpt = "bert.desmet@zottegem.be"
conf_subj_date = d(11, 22, 11, 12)
outer = MIMEMultipart("report", report_type="delivery-status")
outer["From"] = "Microsoft Outlook <postmaster@kcvs.be>"
outer["To"] = "Linda Boudry <linda.boudry@kcvs.be>"
outer["Subject"] = "Vertraagd: " + CONF_SUBJ
outer["Date"] = format_datetime(d(11, 22, 15, 13, 2))
outer["Message-ID"] = "<5f3e2d1c-0b9a-48c7-a6e5-d4c3b2a19f80@kcvs.be>"
outer["Auto-Submitted"] = "auto-generated"
human = MIMEText(
    "Levering is vertraagd voor deze geadresseerden of groepen:\n\n%s\n\n"
    "Onderwerp: %s\n\n"
    "Dit bericht is nog niet afgeleverd. Er worden nog steeds pogingen gedaan om het af te leveren.\n\n"
    "De server blijft het bericht nog 1 dag, 19 uur en 59 minuten proberen af te leveren. Als "
    "het bericht dan nog niet is afgeleverd, ontvangt u een melding.\n" % (rcpt, CONF_SUBJ),
    "plain",
    "utf-8",
)
ds = Message()
ds["Content-Type"] = "message/delivery-status"
pm = Message()
pm["Reporting-MTA"] = "dns;AM0PR01MB4098.eurprd01.prod.exchangelabs.com"
pm["Received-From-MTA"] = "dns;mail.kcvs.be"
pm["Arrival-Date"] = format_datetime(conf_subj_date)
pr = Message()
pr["Final-Recipient"] = "rfc822;" + rcpt
pr["Action"] = "delayed"
pr["Status"] = "4.4.7"
pr["Will-Retry-Until"] = format_datetime(d(11, 24, 11, 12))
pr["X-Display-Name"] = "Bert De Smet"
ds.set_payload([pm, pr])
hdrs = MIMEText(
    "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
    % (rcpt, CONF_SUBJ, format_datetime(conf_subj_date), conf_id("zottegem-desmet")),
    "rfc822-headers",
    "us-ascii",
)
outer.attach(human)
outer.attach(ds)
outer.attach(hdrs)
tidy_report(outer)
write(
    38,
    outer,
    L(
        "bounce",
        [],
        False,
        "Exchange delay warning (Action: delayed, 4.4.7) for a confirmation; Dutch "
        "'Vertraagd:' subject; a delay counts as a bounce",
    ),
    pol=POL32,
)

# 039 out-of-office that quotes the whole confirmation with labelled fields
p = ("Frank Willems", "Maasmechelen", "algemeen directeur", "frank.willems@maasmechelen.be")
cd = d(11, 23, 13, 40)
body = (
    "Ik ben afwezig van 23 november tot en met 2 december. Uw bericht wordt niet "
    "doorgestuurd; ik antwoord na mijn terugkeer.\n\nFrank Willems\n\n"
    "----- Oorspronkelijk bericht -----\n\n" + confirmation_text("Frank", [p])
)
m = simple(
    39,
    "Frank Willems <frank.willems@maasmechelen.be>",
    LINDA_S,
    "Automatisch antwoord: " + CONF_SUBJ,
    d(11, 23, 13, 40, 9),
    "<oof.20181123124009@maasmechelen.be>",
    body,
    irt=conf_id("maasmechelen-willems"),
    refs=conf_id("maasmechelen-willems"),
    rcv=[received("mail.maasmechelen.be", "81.241.2.30", d(11, 23, 13, 40, 14))],
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
)
write(
    39,
    m,
    L(
        "auto_reply",
        [],
        False,
        "out-of-office to the confirmation that quotes it in full (labelled Naam/Stad/"
        "Functie/E-mailadres): not a registration",
    ),
)

# ---------------------------------------------------------------------------
# OTHERS 040-045 (cancelling something else)
# ---------------------------------------------------------------------------

# 040 internal: team meeting cancelled
body = (
    "Hoi allemaal,\n\nHet teamoverleg van maandag 3 december gaat niet door: ik ben die dag "
    "op een opleiding. We schuiven de punten door naar de week erna.\n\nGroetjes,\nKoen\n"
)
m = simple(
    40,
    "Koen Daems <koen.daems@kcvs.be>",
    "Linda Boudry <linda.boudry@kcvs.be>, Wouter Peeters <wouter.peeters@kcvs.be>, "
    "Saar Lambrechts <saar.lambrechts@kcvs.be>",
    "Teamoverleg maandag 3/12 geannuleerd",
    d(11, 29, 17, 2, 44),
    "<c4d5e6f7a8b9@kcvs.be>",
    body,
    rcv=[received("mail.kcvs.be", "10.0.0.12", d(11, 29, 17, 2, 46))],
)
write(
    40,
    m,
    L(
        "other",
        [],
        False,
        "internal KCVS mail cancelling a team meeting; nothing to do with the seminar",
    ),
)

# 041 newsletter unsubscribe confirmation
body = (
    "Beste Linda,\n\nJe bent afgemeld voor de nieuwsbrief 'Lokaal Personeelsbeleid'. Je "
    "ontvangt vanaf nu geen nieuwsbrieven meer op linda.boudry@kcvs.be.\n\n"
    "Was dit een vergissing? Schrijf je dan opnieuw in via onze website.\n\n"
    "Het redactieteam\n"
)
m = simple(
    41,
    "Nieuwsbrief Lokaal Personeelsbeleid <noreply@lokaalpersoneelsbeleid.be>",
    "linda.boudry@kcvs.be",
    "Je bent afgemeld",
    d(11, 27, 8, 3, 0),
    "<unsub.88231.20181127@lokaalpersoneelsbeleid.be>",
    body,
    cte="7bit",
    rcv=[received("mta3.mailservice.eu", "185.107.232.19", d(11, 27, 8, 3, 2))],
    extra=[("X-Mailer", "mailservice-nl 4.2")],
)
write(
    41,
    m,
    L(
        "other",
        [],
        False,
        "transactional confirmation that Linda is unsubscribed ('afgemeld') from someone "
        "else's newsletter",
    ),
)

# 042 mailing-list mail: another study day is cancelled
body = (
    "Beste leden,\n\nDe studiedag 'Lokale financiën 2019' van vrijdag 14 december gaat "
    "helaas niet door wegens te weinig inschrijvingen. Wie zich al had ingeschreven, "
    "ontvangt het inschrijvingsgeld terug.\n\nWe plannen een nieuwe datum in het voorjaar.\n\n"
    "Netwerk Lokale Besturen\n\n--\nJe ontvangt deze mail als lid van het netwerk. "
    "Uitschrijven: https://lijsten.netwerklokalebesturen.be/uitschrijven\n"
)
m = simple(
    42,
    "Netwerk Lokale Besturen <info@netwerklokalebesturen.be>",
    "leden@lijsten.netwerklokalebesturen.be",
    "Studiedag Lokale financiën 14/12 gaat niet door",
    d(11, 30, 11, 0, 0),
    "<list-20181130-0037@lijsten.netwerklokalebesturen.be>",
    body,
    rcv=[received("lijsten.netwerklokalebesturen.be", "145.239.11.80", d(11, 30, 11, 2, 31))],
    extra=[
        ("List-Id", "Leden Netwerk Lokale Besturen <leden.lijsten.netwerklokalebesturen.be>"),
        ("List-Unsubscribe", "<https://lijsten.netwerklokalebesturen.be/uitschrijven>"),
        ("Precedence", "list"),
    ],
)
write(
    42,
    m,
    L(
        "other",
        [],
        False,
        "mailing-list mail (List-Id) announcing that another study day is cancelled",
    ),
)

# 043 the venue cancels a different room booking
body = (
    "Beste mevrouw Boudry,\n\nZoals gevraagd hebben we uw reservatie van vergaderzaal 2 op "
    "woensdag 12 december (14.00-17.00 uur) geannuleerd. Er worden geen kosten "
    "aangerekend.\n\nUw reservatie van het auditorium op vrijdag 7 december blijft "
    "uiteraard behouden.\n\nMet vriendelijke groet,\nZaalverhuur Permeke\n"
    "De Coninckplein 25-26, 2060 Antwerpen\n"
)
m = simple(
    43,
    "Zaalverhuur Permeke <zaalverhuur.permeke@antwerpen.be>",
    LINDA_S,
    "Annulatie reservatie vergaderzaal 2 - 12/12",
    d(11, 28, 10, 21, 5),
    "<res-2018-1212-vz2@antwerpen.be>",
    body,
    rcv=[received("smtp.antwerpen.be", "185.28.12.7", d(11, 28, 10, 21, 11))],
)
write(
    43,
    m,
    L(
        "other",
        [],
        False,
        "the venue confirms cancelling a different room booking on 12 December; sender "
        "has a municipal Antwerp address and mentions 7 December, but nobody registers or "
        "withdraws",
    ),
)

# 044 a registrant cancels a different meeting and confirms she is coming
body = (
    "Dag Linda,\n\nVoor de stuurgroep Stadsmonitor van dinsdag 11 december moet ik helaas "
    "afzeggen, ik zit dan in de begrotingsbesprekingen. Kan mijn collega Ward de notulen "
    "krijgen?\n\nVrijdag op het seminarie ben ik er wel, tot dan!\n\nKaat Verlinden\n"
    "stafmedewerker stadsontwikkeling\nStad Antwerpen\n"
)
m = simple(
    44,
    "Kaat Verlinden <kaat.verlinden@antwerpen.be>",
    LINDA_S,
    "Stuurgroep Stadsmonitor 11/12",
    d(12, 5, 13, 17, 38),
    "<8a7b6c5d4e3f@antwerpen.be>",
    body,
    rcv=[received("smtp.antwerpen.be", "185.28.12.7", d(12, 5, 13, 17, 44))],
)
write(
    44,
    m,
    L(
        "other",
        [],
        False,
        "'moet ik helaas afzeggen' concerns a different steering-group meeting; she says "
        "she will be at the seminar; ordinary work mail for Linda, not for the worker",
    ),
)

# 045 calendar cancellation of an internal prep meeting
ics = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Saar Lambrechts:mailto:saar.lambrechts@kcvs.be",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be",
        "SUMMARY;LANGUAGE=nl-BE:Geannuleerd: Voorbereiding sprekers seminarie",
        "DTSTART;TZID=Romance Standard Time:20181205T140000",
        "DTEND;TZID=Romance Standard Time:20181205T150000",
        "UID:040000008200E00074C5B7101A82E0080000000050A1C3E2B986D401000000000000000010000000",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "DTSTAMP:20181203T083000Z",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)
ics = (
    "\r\n".join(
        "\r\n ".join(line[i : i + 74] for i in range(0, len(line), 74))
        for line in ics.split("\r\n")
    )
    + "\r\n"
)
body = "De voorbereiding met de sprekers valt weg: we overlopen alles telefonisch.\n\nSaar\n"
m = EmailMessage(policy=POL)
base_headers(
    m,
    45,
    "Saar Lambrechts <saar.lambrechts@kcvs.be>",
    LINDA_S,
    "Geannuleerd: Voorbereiding sprekers seminarie",
    d(12, 3, 9, 30, 0),
    "<AM5PR0101MB2209C0@AM5PR0101MB2209.eurprd01.prod.outlook.com>",
    rcv=[received("mail.kcvs.be", "10.0.0.14", d(12, 3, 9, 30, 2))],
    extra=[("Thread-Topic", "Voorbereiding sprekers seminarie"), ("Content-Language", "nl-BE")],
)
m.set_content(body, charset="utf-8", cte="quoted-printable")
m.add_alternative(ics, subtype="calendar", charset="utf-8", cte="7bit", params={"method": "CANCEL"})
write(
    45,
    m,
    L(
        "other",
        [],
        False,
        "Outlook meeting cancellation (text/calendar METHOD:CANCEL) of an internal speakers' "
        "prep meeting; about the seminar but needs no answer and withdraws nobody",
    ),
)

print("wrote %d messages to %s" % (len(LABELS), OUT))
