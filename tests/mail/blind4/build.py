#!/usr/bin/env python3
"""Build a blind, labelled set of 50 e-mails (NNN.eml + NNN.json) for the
registration parser of the KCVS seminar 'Stadsorganisaties in transitie'
(Friday 7 December 2018, Permeke, Antwerpen).

Deterministic: random.seed() is called first, every date is fixed, and the
generator's MIME boundaries come from the seeded random module.
Run:  python3 build.py      (writes into the directory of this script)
"""

import datetime
import html
import io
import json
import os
import random
from email import policy, utils
from email.generator import BytesGenerator
from email.header import Header
from email.message import MIMEPart

random.seed(4207122018)

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP  # RFC-compliant, CRLF line endings
TZ = datetime.timezone(datetime.timedelta(hours=1))  # CET (Nov/Dec)

LINDA_ADDR = "linda.boudry@kcvs.be"
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = [
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
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)


def rfc(d):
    return utils.format_datetime(d)


def nl_long(d):
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def nl_short(d):
    return f"{DAYS[d.weekday()][:2]} {d.day} {MONTHS[d.month - 1][:3]}. {d.year} om {d:%H:%M}"


def en_long(d):
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return (
        f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day:02d}, {d.year} {h}:{d:%M} {ampm}"
    )


def hexs(n, alphabet="0123456789abcdef"):
    return "".join(random.choice(alphabet) for _ in range(n))


def qid():
    return hexs(10, "0123456789ABCDEF")


def mid_outlook(domain):
    return f"<{hexs(6)}01d4{hexs(4)}${hexs(8)}${hexs(8)}$@{domain}>"


def mid_o365(tenant_host):
    return (
        f"<{tenant_host}{hexs(8).upper()}{hexs(8).upper()}{hexs(8).upper()}"
        f"@{tenant_host}.eurprd0{random.randint(1, 8)}.prod.outlook.com>"
    )


def mid_gmail():
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return f"<CA{''.join(random.choice(alpha) for _ in range(44))}@mail.gmail.com>"


def mid_uuid(domain):
    return f"<{hexs(8).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(12).upper()}@{domain}>"


def mid_tb(domain):
    return f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@{domain}>"


def mid_notes(domain):
    return f"<OF{hexs(8).upper()}.{hexs(8).upper()}-ONC1258{hexs(3).upper()}.{hexs(6).upper()}-C1258{hexs(3).upper()}.{hexs(6).upper()}@{domain}>"


def thread_index():
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "AdR" + "".join(random.choice(alpha) for _ in range(29)) + "=="


def received_in(d, host, ip, delay=3, tls=True, extra_before=()):
    """Received headers (newest first) for mail arriving at KCVS from outside."""
    t1 = d + datetime.timedelta(seconds=delay)
    t2 = t1 + datetime.timedelta(seconds=1)
    with_ = "ESMTPS" if tls else "ESMTP"
    hdrs = [
        (
            "Received",
            f"from mx1.kcvs.be (10.20.0.5) by EXCH01.kcvs.local (10.20.0.12) with "
            f"Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) "
            f"id 15.1.1531.3; {rfc(t2)}",
        ),
        (
            "Received",
            f"from {host} ({host} [{ip}]) by mx1.kcvs.be (Postfix) with {with_} "
            f"id {qid()} for <{LINDA_ADDR}>; {rfc(t1)}",
        ),
    ]
    for h in extra_before:
        hdrs.append(("Received", h))
    return hdrs


def received_internal(d):
    t = d + datetime.timedelta(seconds=1)
    return [
        (
            "Received",
            f"from EXCH01.kcvs.local (10.20.0.12) by EXCH01.kcvs.local (10.20.0.12) "
            f"with Microsoft SMTP Server (version=TLS1_2, "
            f"cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1531.3 "
            f"via Mailbox Transport; {rfc(t)}",
        )
    ]


def o365_host():
    return f"mail-{random.choice(['db5', 'he1', 'am5', 've1'])}eur0{random.randint(1, 3)}on0{random.randint(100, 139)}.outbound.protection.outlook.com"


def o365_ip():
    return f"40.107.{random.randint(0, 15)}.{random.randint(20, 140)}"


def gmail_host():
    return (
        f"mail-{random.choice(['wr1', 'wm1', 'ed1', 'lf1'])}-f{random.randint(41, 70)}.google.com"
    )


def gmail_ip():
    return f"209.85.{random.choice([128, 167, 208, 221])}.{random.randint(41, 70)}"


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------
def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", params=None):
    p = MIMEPart(policy=POL)
    p.set_content(body, subtype=subtype, charset=charset, cte=cte, params=params or {})
    return p


def alt(txt, htm, charset="utf-8", cte="quoted-printable", hcte=None):
    p = text(txt, charset, cte)
    p.add_alternative(htm, subtype="html", charset=charset, cte=hcte or cte)
    return p


def esc(s):
    return html.escape(s, quote=False)


def html_outlook(txt, charset="utf-8", lang="NL-BE"):
    paras = []
    for line in txt.split("\n"):
        paras.append(f"<p class=MsoNormal>{esc(line) if line.strip() else '&nbsp;'}<o:p></o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head>'
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
        f'<body lang={lang} link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
        + "\n".join(paras)
        + "\n</div></body></html>\n"
    )


def html_lines(txt):
    return "<br>\n".join(esc(l) for l in txt.split("\n"))


def html_gmail(top, attrib=None, quoted=None):
    h = f'<div dir="ltr">{html_lines(top)}</div>'
    if attrib:
        h += (
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_lines(quoted)}</blockquote></div>'
        )
    return h + "\n"


def finish(part, headers):
    """Put the envelope headers in front of the body part's own Content-* headers."""
    body_headers = list(part._headers)
    part._headers = []
    for k, v in headers:
        if k in ("Subject", "Thread-Topic") and not v.isascii():
            # encode the whole subject as clients do (avoids the stdlib's mixed folding)
            part._headers.append((k, Header(v, "utf-8", header_name=k).encode(maxlinelen=76)))
        elif k in ("Subject", "Thread-Topic", "From") and v.isascii() and len(k) + 2 + len(v) > 78:
            # fold at the last space that fits, as mail clients do
            cut = v.rfind(" ", 0, 78 - len(k) - 2)
            part._headers.append((k, v[:cut] + "\n" + v[cut:]))
        else:
            part[k] = v
    part._headers.extend(body_headers)
    return part


def dump(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POL).flatten(msg)
    return buf.getvalue()


def reg(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


MESSAGES = []


def add(msg, kind, registrants, needs_review, note):
    MESSAGES.append(
        (
            msg,
            {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note},
        )
    )


def std(frm, to, subject, d, mid, cc=None, extra=(), reply_to=None, in_reply_to=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Date", rfc(d)), ("Message-ID", mid)]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    h += list(extra)
    return h


def outlook_extra(version="16.0", lang="nl-be"):
    return [
        ("Thread-Index", thread_index()),
        ("X-Mailer", f"Microsoft Outlook {version}"),
        ("Content-Language", lang),
    ]


# --------------------------------------------------------------------------
# the organiser's own mails that get quoted
# --------------------------------------------------------------------------
INV_SUBJECT = "Uitnodiging seminarie 'Stadsorganisaties in transitie' – 7 december 2018"
INV_DATE = dt("2018-11-05 10:14:32")
INV_MID = "<004a01d474e8$5c2b1e90$14815bb0$@kcvs.be>"
CONF_SUBJECT = "Bevestiging inschrijving: Stadsorganisaties in transitie (7 december 2018)"
REMINDER_SUBJECT = "Herinnering: inschrijven seminarie 7 december kan nog tot 2/12"

LINDA_SIG = """Linda Boudry
Stafmedewerker
Kenniscentrum Vlaamse Steden vzw
Koningsstraat 55 bus 3, 1000 Brussel
T 02 211 55 14 | linda.boudry@kcvs.be"""

INVITATION = f"""Geachte,

Het Kenniscentrum Vlaamse Steden (KCVS) nodigt u van harte uit op het seminarie

    Stadsorganisaties in transitie
    vrijdag 7 december 2018
    auditorium bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen

Hoe bereiden de centrumsteden en gemeenten hun organisatie voor op de nieuwe legislatuur? Na de integratie van OCMW en gemeente, de nieuwe beleids- en beheerscyclus en de digitale transformatie staan stadsorganisaties voor grote keuzes. Drie steden delen hun ervaringen, daarna gaan we in gesprek.

Programma
09.30 uur   onthaal met koffie
10.00 uur   start seminarie
± 12.30 uur netwerklunch

Deelname is gratis. Inschrijven kan tot en met 2 december door een e-mail te sturen naar linda.boudry@kcvs.be met de volgende gegevens:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

We kijken ernaar uit u te mogen verwelkomen.

Met vriendelijke groeten,

{LINDA_SIG}"""


def confirmation(first, name, muni, func, email):
    return f"""Beste {first},

Bedankt voor je inschrijving voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

We noteerden de volgende gegevens:

Naam: {name}
Stad / gemeente: {muni}
Functie: {func}
E-mailadres: {email}

Het onthaal met koffie start om 9.30 uur, het seminarie begint om 10 uur en we sluiten af met een lunch rond 12.30 uur.

Kan je toch niet komen? Laat het ons even weten door op deze mail te antwoorden.

Met vriendelijke groeten,

{LINDA_SIG}"""


def q_outlook(
    d,
    to,
    subject,
    body,
    frm="Linda Boudry <linda.boudry@kcvs.be>",
    sep="________________________________",
):
    return (
        f"\n\n{sep}\nVan: {frm}\nVerzonden: {nl_long(d)}\nAan: {to}\nOnderwerp: {subject}\n\n{body}"
    )


def q_outlook16(d, to, subject, body, frm="Linda Boudry <linda.boudry@kcvs.be>"):
    return f"\n\nVan: {frm} \nVerzonden: {nl_long(d)}\nAan: {to}\nOnderwerp: {subject}\n\n{body}"


def gt(body):
    return "\n".join(("> " + l) if l else ">" for l in body.split("\n"))


DISCLAIMER_NL = (
    "Disclaimer: dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de "
    "geadresseerde(n) en kunnen vertrouwelijke informatie bevatten. Bent u niet de "
    "geadresseerde, verwittig dan de afzender en verwijder het bericht. Het bestuur kan "
    "niet aansprakelijk worden gesteld voor schade die voortvloeit uit het gebruik van "
    "dit bericht."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the "
    "addressee(s). If you have received this message in error, please notify the "
    "sender and delete it. The city accepts no liability for any damage caused by "
    "the use of this e-mail."
)


# ==========================================================================
# 001  registration - Outlook 2016 desktop, formal, labelled fields, Kortrijk
# ==========================================================================
d = dt("2018-11-05 11:02:13")
body = f"""Geachte mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie 'Stadsorganisaties in transitie' van vrijdag 7 december.

Naam: An Verhaegen
Stad / gemeente: Stad Kortrijk
Functie: beleidsmedewerker wonen
E-mailadres: an.verhaegen@kortrijk.be

Met vriendelijke groeten,

An Verhaegen
Beleidsmedewerker wonen
Stad Kortrijk – Team Wonen
Grote Markt 54, 8500 Kortrijk
T 056 27 74 12
www.kortrijk.be

{DISCLAIMER_NL}"""
m = finish(
    alt(body, html_outlook(body, "windows-1252"), charset="windows-1252"),
    received_in(d, "mail.kortrijk.be", "193.191.180.37")
    + std(
        "Verhaegen An <an.verhaegen@kortrijk.be>",
        LINDA,
        "Inschrijving seminarie Stadsorganisaties in transitie",
        d,
        mid_outlook("kortrijk.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
AN = reg("An Verhaegen", "Kortrijk", "beleidsmedewerker wonen", "an.verhaegen@kortrijk.be")
add(
    m,
    "registration",
    [AN],
    False,
    "plain labelled registration (Outlook HTML+text, windows-1252); 'Stad Kortrijk' -> Kortrijk; Dutch disclaimer in signature",
)

# ==========================================================================
# 002  auto-reply - Exchange out-of-office to the invitation, Brugge
# ==========================================================================
d = dt("2018-11-05 10:15:02")
body = """Beste,

Ik ben afwezig tot en met vrijdag 9 november en heb geen toegang tot mijn mailbox. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kan u contact opnemen met het secretariaat van de dienst Organisatiebeheersing via 050 44 81 10 of organisatiebeheersing@brugge.be.

Met vriendelijke groeten,

Stefaan Van Hecke
diensthoofd organisatiebeheersing
Stad Brugge"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, "mail.brugge.be", "195.0.124.18")
    + std(
        "Van Hecke Stefaan <stefaan.vanhecke@brugge.be>",
        LINDA,
        "Automatisch antwoord: " + INV_SUBJECT,
        d,
        mid_outlook("brugge.be"),
        in_reply_to=INV_MID,
        extra=[
            ("Thread-Topic", INV_SUBJECT),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "stefaan.vanhecke@brugge.be"),
            ("Content-Language", "nl-BE"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "auto_reply",
    [],
    False,
    "Exchange out-of-office to the invitation (Auto-Submitted: auto-replied); the body gives a name, function and town but registers nobody",
)

# ==========================================================================
# 003  registration - Outlook on the web, one line above the quoted invitation
# ==========================================================================
d = dt("2018-11-05 13:15:40")
body = "Ik kom ook af!\n\nGroetjes\nSofie" + q_outlook(
    INV_DATE, "Linda Boudry", INV_SUBJECT, INVITATION
)
m = finish(
    alt(
        body,
        html_lines(body).join(
            [
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Calibri,Helvetica,sans-serif; font-size:12pt">',
                "</div></body></html>\n",
            ]
        ),
    ),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Claes Sofie <sofie.claes@genk.be>",
        LINDA,
        "RE: " + INV_SUBJECT,
        d,
        mid_o365("AM0PR0702MB3691"),
        in_reply_to=INV_MID,
        extra=[
            ("Thread-Topic", INV_SUBJECT),
            ("Thread-Index", thread_index()),
            ("Accept-Language", "nl-BE, en-US"),
            ("Content-Language", "nl-BE"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ],
    )
    + [("MIME-Version", "1.0")],
)
SOFIE = reg("Sofie Claes", "Genk", None, "sofie.claes@genk.be")
add(
    m,
    "registration",
    [SOFIE],
    False,
    "one line 'Ik kom ook af!' above the quoted invitation with its EMPTY Naam/Stad/Functie/E-mailadres template and Linda's signature (Brussel address); name from display name 'Claes Sofie', Genk from @genk.be, no function given",
)

# ==========================================================================
# 004  bounce - Exchange NDR (Dutch) for the invitation, original attached
# ==========================================================================
d = dt("2018-11-05 10:15:11")
inner = finish(
    text(INVITATION, "utf-8", "quoted-printable"),
    [
        ("From", LINDA),
        ("To", LINDA),
        ("Bcc", "marc.dewitte@roeselare.be"),
        ("Subject", INV_SUBJECT),
        ("Date", rfc(INV_DATE)),
        ("Message-ID", INV_MID),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("MIME-Version", "1.0"),
    ],
)
ndr_txt = f"""Het bericht kan niet worden bezorgd bij de volgende ontvangers:

marc.dewitte@roeselare.be
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem zich blijft voordoen.

Diagnostische gegevens voor beheerders:

Genererende server: EXCH01.kcvs.local

marc.dewitte@roeselare.be
mx.roeselare.be
Remote Server returned '550 5.1.1 <marc.dewitte@roeselare.be>: Recipient address rejected: User unknown in virtual mailbox table'

Oorspronkelijke berichtkoppen:

From: {LINDA}
Subject: {INV_SUBJECT}
Date: {rfc(INV_DATE)}
Message-ID: {INV_MID}
"""
rep = MIMEPart(policy=POL)
rep["Content-Type"] = "multipart/report; report-type=delivery-status"
rep.attach(text(ndr_txt, "utf-8", "quoted-printable"))
ds = MIMEPart(policy=POL)
ds["Content-Type"] = "message/delivery-status"
b1 = MIMEPart(policy=POL)
b1["Reporting-MTA"] = "dns;EXCH01.kcvs.local"
b1["Received-From-MTA"] = "dns;EXCH01.kcvs.local"
b1["Arrival-Date"] = rfc(INV_DATE)
b2 = MIMEPart(policy=POL)
b2["Original-Recipient"] = "rfc822;marc.dewitte@roeselare.be"
b2["Final-Recipient"] = "rfc822;marc.dewitte@roeselare.be"
b2["Action"] = "failed"
b2["Status"] = "5.1.1"
b2["Remote-MTA"] = "dns;mx.roeselare.be"
b2["Diagnostic-Code"] = (
    "smtp;550 5.1.1 <marc.dewitte@roeselare.be>: Recipient address rejected: User unknown in virtual mailbox table"
)
ds.set_payload([b1, b2])
rep.attach(ds)
wrap = MIMEPart(policy=POL)
wrap.set_content(inner)
rep.attach(wrap)
m = finish(
    rep,
    received_internal(d)
    + std(
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kcvs.be>",
        LINDA,
        "Onbestelbaar: " + INV_SUBJECT,
        d,
        f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@EXCH01.kcvs.local>",
        in_reply_to=INV_MID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "nl-NL"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "bounce",
    [],
    False,
    "Exchange NDR (multipart/report, delivery-status, Dutch text) for the invitation; also carries Auto-Submitted (bounce wins); the attached original holds the empty template",
)

# ==========================================================================
# 005  other - VVSG newsletter with its own 'schrijf je in'
# ==========================================================================
d = dt("2018-11-06 08:30:00")
body = """VVSG-nieuwsbrief | dinsdag 6 november 2018

Bekijk deze nieuwsbrief in je browser: https://www.vvsg.be/nieuwsbrief/2018-11-06

IN DE KIJKER
Lokale Besturen Congres 2019: de inschrijvingen zijn open
Op 14 februari 2019 verwelkomen we nieuwe en herverkozen mandatarissen in Gent. Schrijf je nu in via het online formulier: vermeld je naam, je bestuur en je functie. Leden betalen 95 euro.
Inschrijven: https://www.vvsg.be/congres2019

Nieuwe handleiding organisatiebeheersing
Hoe zet je als algemeen directeur een goed systeem van organisatiebeheersing op? Onze nieuwe handleiding geeft praktische tips.

Vacatures bij lokale besturen
- Stad Mechelen zoekt een diensthoofd personeel (m/v/x)
- Gemeente Zemst zoekt een beleidsmedewerker mobiliteit

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven met linda.boudry@kcvs.be.
Uitschrijven: https://www.vvsg.be/nieuwsbrief/uitschrijven?u=7f3a9c

VVSG vzw – Vereniging van Vlaamse Steden en Gemeenten
Bischoffsheimlaan 1-8, 1000 Brussel"""
htm = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>VVSG-nieuwsbrief</title></head>'
    '<body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0">'
    '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,sans-serif">'
    + "".join(
        f'<tr><td style="padding:6px 20px">{esc(l)}</td></tr>'
        for l in body.split("\n")
        if l.strip()
    )
    + "</table></td></tr></table></body></html>\n"
)
m = finish(
    alt(body, htm),
    received_in(d, "mta42.flexmail.eu", "185.52.224.42")
    + std(
        "VVSG <nieuwsbrief@vvsg.be>",
        "linda.boudry@kcvs.be",
        "VVSG-nieuwsbrief 6 november: inschrijvingen Lokale Besturen Congres open",
        d,
        f"<{hexs(16)}.{hexs(6)}@mta42.flexmail.eu>",
        extra=[
            ("List-Id", "VVSG nieuwsbrief <nieuwsbrief.vvsg.be>"),
            (
                "List-Unsubscribe",
                "<https://www.vvsg.be/nieuwsbrief/uitschrijven?u=7f3a9c>, <mailto:unsubscribe-7f3a9c@flexmail.eu>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Flexmail"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "other",
    [],
    False,
    "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) that invites to sign up for another event; not an auto-reply, not a registration",
)

# ==========================================================================
# 006  registration - Thunderbird, three colleagues from Antwerpen
# ==========================================================================
d = dt("2018-11-06 09:47:21")
body = """Dag Linda,

Vanuit de dienst Organisatieontwikkeling van Stad Antwerpen komen we graag met drie naar het seminarie:

1. Karen Jacobs – teamcoach dienstverlening – karen.jacobs@antwerpen.be
2. Wouter Van den Broeck – adviseur organisatieontwikkeling – wouter.vandenbroeck@antwerpen.be
3. Fatima El Amrani – HR-businesspartner (zij heeft nog geen mailadres, ze start pas volgende week)

Alvast bedankt!

Karen

-- 
Karen Jacobs
teamcoach dienstverlening
Stad Antwerpen | Bedrijfsvoering | Organisatieontwikkeling
Francis Wellesplein 1, 2018 Antwerpen
T 03 338 55 21
"""
m = finish(
    text(body, "utf-8", "8bit", params={"format": "flowed"}),
    received_in(d, "smtp.antwerpen.be", "194.7.154.12")
    + std(
        "Karen Jacobs <karen.jacobs@antwerpen.be>",
        LINDA,
        "Inschrijving 3 deelnemers Stad Antwerpen – seminarie 7/12",
        d,
        mid_tb("antwerpen.be"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            ),
            ("Content-Language", "nl"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
KAREN = reg("Karen Jacobs", "Antwerpen", "teamcoach dienstverlening", "karen.jacobs@antwerpen.be")
WOUTER = reg(
    "Wouter Van den Broeck",
    "Antwerpen",
    "adviseur organisatieontwikkeling",
    "wouter.vandenbroeck@antwerpen.be",
)
FATIMA = reg("Fatima El Amrani", "Antwerpen", "HR-businesspartner", None)
add(
    m,
    "registration",
    [KAREN, WOUTER, FATIMA],
    False,
    "numbered list of three colleagues (Thunderbird, format=flowed, 8bit); the third has no address yet -> null; postcode '2018 Antwerpen' in the signature looks like a year",
)

# ==========================================================================
# 007  registration - Lotus Notes, Mechelen, aligned labels, Notes quote
# ==========================================================================
d = dt("2018-11-06 15:22:04")
body = f"""Beste mevrouw Boudry,

Hierbij mijn inschrijving voor het seminarie van 7 december:

Naam                 : Marleen Stevens
Stad / gemeente      : Mechelen
Functie              : dienstverantwoordelijke ICT
E-mailadres          : Marleen.Stevens@mechelen.be

Met vriendelijke groeten

Marleen Stevens
Dienstverantwoordelijke ICT
Stad Mechelen - Grote Markt 21 - 2800 Mechelen
tel. 015 29 76 43



Van:        Linda Boudry <linda.boudry@kcvs.be>
Aan:        Linda Boudry <linda.boudry@kcvs.be>
Datum:        05/11/2018 10:14
Onderwerp:        Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december 2018
________________________________



{INVITATION.replace("–", "-")}
"""
m = finish(
    text(body, "ISO-8859-1", "quoted-printable"),
    received_in(d, "smtp.mechelen.be", "193.191.215.66", tls=False)
    + std(
        "Marleen Stevens <Marleen.Stevens@mechelen.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Antw: " + INV_SUBJECT.replace("–", "-"),
        d,
        mid_notes("mechelen.be"),
        in_reply_to=INV_MID,
        extra=[
            ("X-Mailer", "Lotus Notes Release 8.5.3FP6 November 21, 2013"),
            (
                "X-MIMETrack",
                "Serialize by Router on MECHSMTP01/Stad Mechelen(Release 9.0.1FP10|January 13, 2018) at 06/11/2018 15:22:06",
            ),
        ],
    )
    + [("MIME-Version", "1.0")],
)
MARLEEN = reg(
    "Marleen Stevens", "Mechelen", "dienstverantwoordelijke ICT", "marleen.stevens@mechelen.be"
)
add(
    m,
    "registration",
    [MARLEEN],
    False,
    "Lotus Notes plain text ISO-8859-1, labels padded with spaces before the colon, mixed-case address lower-cased; Notes-style quote of the invitation with the empty template",
)

# ==========================================================================
# 008  registration - Gmail, private address, data only in the signature
# ==========================================================================
d = dt("2018-11-07 07:58:45")
attrib = f"Op {nl_short(INV_DATE)} schreef Linda Boudry <{LINDA_ADDR}>:"
top = "Zet mij maar op de lijst! 👍\n\nTom Wuyts\ngemeenteraadslid Turnhout\n0477 21 38 90"
body = top + "\n\n" + attrib + "\n\n" + gt(INVITATION) + "\n"
m = finish(
    alt(body, html_gmail(top, attrib, INVITATION)),
    received_in(
        d,
        gmail_host(),
        gmail_ip(),
        extra_before=[
            f"by mail-wr1-f54.google.com with SMTP id u3-v6so9874521wrq.12 for <{LINDA_ADDR}>; {rfc(d)}"
        ],
    )
    + std(
        "Tom Wuyts <tomwuyts78@gmail.com>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Re: " + INV_SUBJECT,
        d,
        mid_gmail(),
        in_reply_to=INV_MID,
    )
    + [("MIME-Version", "1.0")],
)
TOM = reg("Tom Wuyts", "Turnhout", "gemeenteraadslid", "tomwuyts78@gmail.com")
add(
    m,
    "registration",
    [TOM],
    False,
    "'Zet mij maar op de lijst!' on Gmail from a private address; function and town only in the signature ('gemeenteraadslid Turnhout'); '>'-quoted invitation with empty template below",
)

# ==========================================================================
# 009  other - phishing spam
# ==========================================================================
d = dt("2018-11-07 03:12:09")
htm = """<html><body style="font-family:Arial">
<p>Beste gebruiker <b>linda.boudry@kcvs.be</b>,</p>
<p>Uw mailbox heeft 98% van de opslaglimiet bereikt. Binnenkomende berichten worden vanaf vandaag geweigerd.</p>
<p>Om uw account te behouden moet u uw gegevens binnen 24 uur bevestigen:</p>
<p><a href="http://kcvs-be.mailbox-validatie.info/login.php?u=linda.boudry">KLIK HIER OM TE VALIDEREN</a></p>
<p>Met vriendelijke groet,<br>Webmail Beheerder<br>IT Helpdesk</p>
<p style="font-size:9px">&copy; 2018 Webmail Support. Alle rechten voorbehouden.</p>
</body></html>
"""
m = finish(
    text(htm, "utf-8", "base64", subtype="html"),
    received_in(d, "vps2231.hostsila.ru", "91.215.152.77", tls=False)
    + std(
        '"Webmail Beheer" <support@mailbox-validatie.info>',
        "linda.boudry@kcvs.be",
        "Uw mailbox heeft de opslaglimiet bereikt (98%)",
        d,
        f"<{hexs(20)}@vps2231.hostsila.ru>",
        reply_to="helpdesk.webmail@yandex.com",
        extra=[
            ("X-Priority", "1 (Highest)"),
            ("X-Mailer", "PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(m, "other", [], False, "phishing spam (HTML only, base64); nothing to do with the event")

# ==========================================================================
# 010  registration - French, Ville de Bruxelles
# ==========================================================================
d = dt("2018-11-07 14:36:50")
body = """Madame,

Je souhaiterais m'inscrire au séminaire « Stadsorganisaties in transitie » du 7 décembre prochain.

Nom : Sophie Lambert
Ville / commune : Ville de Bruxelles
Fonction : conseillère en stratégie
E-mail : sophie.lambert@brucity.be

Je vous remercie d'avance et vous prie d'agréer, Madame, mes salutations distinguées.

Sophie Lambert
Conseillère en stratégie – Strategisch adviseur
Ville de Bruxelles – Stad Brussel
Département Organisation – Departement Organisatie
Boulevard Anspach 6, 1000 Bruxelles
+32 2 279 24 61"""
m = finish(
    alt(body, html_outlook(body, lang="FR-BE")),
    received_in(d, "smtp2.brucity.be", "193.58.112.21")
    + std(
        "Sophie Lambert <sophie.lambert@brucity.be>",
        "linda.boudry@kcvs.be",
        "Inscription séminaire du 7 décembre",
        d,
        mid_outlook("brucity.be"),
        extra=outlook_extra("16.0", "fr-be"),
    )
    + [("MIME-Version", "1.0")],
)
SOPHIE = reg("Sophie Lambert", "Brussel", "conseillère en stratégie", "sophie.lambert@brucity.be")
add(
    m,
    "registration",
    [SOPHIE],
    False,
    "French labelled fields (Nom / Ville / Fonction); 'Ville de Bruxelles' -> canonical Dutch 'Brussel'; bilingual signature",
)

# ==========================================================================
# 011  registration - secretary registers her director, Leuven
# ==========================================================================
d = dt("2018-11-08 09:05:33")
body = """Beste mevrouw Boudry,

Graag schrijf ik de heer Dirk Verbeeck, algemeen directeur van Stad Leuven, in voor het seminarie 'Stadsorganisaties in transitie' op 7 december.

Zijn e-mailadres is dirk.verbeeck@leuven.be.

Alvast bedankt.

Met vriendelijke groeten

Nathalie Goossens
Directieassistente
namens Dirk Verbeeck, algemeen directeur
Stad Leuven | Professor Van Overstraetenplein 1, 3000 Leuven
016 27 20 05"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Goossens Nathalie <nathalie.goossens@leuven.be>",
        LINDA,
        "Inschrijving dhr. Verbeeck – seminarie 7 december",
        d,
        mid_o365("DB6PR0601MB2214"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Dirk Verbeeck", "Leuven", "algemeen directeur", "dirk.verbeeck@leuven.be")],
    False,
    "a directieassistente registers her director; the sender (and her 'namens Dirk Verbeeck, algemeen directeur' signature) is not a registrant; 'van Stad Leuven' is the organisation, not the function",
)

# ==========================================================================
# 012  registration - OWA HTML only, 'Hey Linda!', surname is a town
# ==========================================================================
d = dt("2018-11-08 12:41:17")
htm = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
    '<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
    "Hey Linda!<br><br>Ik ben van de partij op 7 december 🙂 Voor jullie lijst: Koen Mechelen, "
    "co&ouml;rdinator strategische planning bij Stad Hasselt.<br><br>Tot dan!<br>Koen</div></body></html>\n"
)
m = finish(
    text(htm, "utf-8", "quoted-printable", subtype="html"),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Mechelen Koen <koen.mechelen@hasselt.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "inschrijving 7/12",
        d,
        mid_o365("HE1PR0401MB1833"),
        extra=[
            ("Thread-Topic", "inschrijving 7/12"),
            ("Thread-Index", thread_index()),
            ("Accept-Language", "nl-BE, en-US"),
            ("Content-Language", "nl-BE"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [
        reg(
            "Koen Mechelen",
            "Hasselt",
            "coördinator strategische planning",
            "koen.mechelen@hasselt.be",
        )
    ],
    False,
    "HTML-only OWA mail, informal 'Hey Linda! Ik ben van de partij'; surname 'Mechelen' is a town but he works for Stad Hasselt; data in one sentence with an HTML entity (co&ouml;rdinator)",
)

# ==========================================================================
# 013  other - internal KCVS work mail
# ==========================================================================
d = dt("2018-11-09 10:22:48")
body = """Hoi Linda,

Kunnen we donderdagnamiddag even samenzitten voor de begroting 2019? Ik wil de personeelskosten en de werkingsmiddelen voor de lerende netwerken nog eens overlopen voor de raad van bestuur van 18 december.

Past 14 uur voor jou? Anders vrijdagvoormiddag.

Pieter

Pieter Van Damme
stafmedewerker financiën
Kenniscentrum Vlaamse Steden vzw
T 02 211 55 19"""
m = finish(
    alt(body, html_outlook(body)),
    received_internal(d)
    + std(
        "Pieter Van Damme <pieter.vandamme@kcvs.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Begroting 2019 – even afstemmen?",
        d,
        mid_outlook("kcvs.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(m, "other", [], False, "ordinary internal work mail from a colleague; leave untouched")

# ==========================================================================
# 014  registration - Outlook HTML table, surname 'Van Lier', Aalst
# ==========================================================================
d = dt("2018-11-09 14:03:27")
rows = [
    ("Naam", "Greet Van Lier"),
    ("Stad / gemeente", "Aalst"),
    ("Functie", "afdelingshoofd burgerzaken"),
    ("E-mailadres", "greet.vanlier@aalst.be"),
]
sig = """Met vriendelijke groeten,

Greet Van Lier
Afdelingshoofd Burgerzaken
Stad Aalst | Werf 9, 9300 Aalst
T 053 77 21 40"""
txt = (
    "Beste Linda,\n\nHierbij mijn inschrijving:\n\n"
    + "\n".join(f"{a}\t{b}" for a, b in rows)
    + "\n\n"
    + sig
    + q_outlook16(INV_DATE, "Linda Boudry <linda.boudry@kcvs.be>", INV_SUBJECT, INVITATION)
)
table = (
    '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">'
    + "".join(
        f'<tr><td width=180 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
        f"<p class=MsoNormal><b>{esc(a)}<o:p></o:p></b></p></td>"
        f'<td width=300 valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
        f"<p class=MsoNormal>{esc(b)}<o:p></o:p></p></td></tr>"
        for a, b in rows
    )
    + "</table>"
)
hbody = html_outlook("Beste Linda,\n\nHierbij mijn inschrijving:\n")
quoted_html = html_outlook(
    sig + q_outlook16(INV_DATE, "Linda Boudry <linda.boudry@kcvs.be>", INV_SUBJECT, INVITATION)
)
hbody = hbody.replace(
    "\n</div></body></html>\n",
    "\n" + table + "\n" + quoted_html.split("<div class=WordSection1>\n", 1)[1],
)
m = finish(
    alt(txt, hbody),
    received_in(d, "mail.aalst.be", "81.82.199.30")
    + std(
        "Van Lier Greet <greet.vanlier@aalst.be>",
        LINDA,
        "RE: " + INV_SUBJECT,
        d,
        mid_outlook("aalst.be"),
        in_reply_to=INV_MID,
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Greet Van Lier", "Aalst", "afdelingshoofd burgerzaken", "greet.vanlier@aalst.be")],
    False,
    "fields in a two-column HTML table (tab-separated in the text part), empty template quoted below; surname 'Van Lier' contains the town Lier but she works for Aalst",
)

# ==========================================================================
# 015  registration - private address, town only as a postcode in the address
# ==========================================================================
d = dt("2018-11-12 21:17:55")
body = """Goeiedag,

Graag een plaatsje voor mij op het seminarie van 7 december. Ik stuur dit even van thuis uit, mijn werkmail doet raar sinds de update.

Vriendelijke groeten,

Kristof Aerts
diensthoofd financiën
Administratief Centrum, Campus Blairon 200, 2300
T 014 44 33 50
"""
m = finish(
    text(body, "iso-8859-1", "quoted-printable"),
    received_in(d, "michel.telenet-ops.be", "195.130.137.88")
    + std(
        '"Kristof Aerts" <kristof.aerts@telenet.be>',
        "<linda.boudry@kcvs.be>",
        "inschrijving seminarie 7/12",
        d,
        f"<{hexs(16).upper()}@KristofPC>",
        extra=[
            ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
            ("X-Priority", "3"),
            ("X-MSMail-Priority", "Normal"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Kristof Aerts", "Turnhout", "diensthoofd financiën", "kristof.aerts@telenet.be")],
    False,
    "sender registers himself from a private telenet address; the town appears only as postcode 2300 (Turnhout) in his work address; no labels",
)

# ==========================================================================
# 016  registration - English, Dr., City of Ghent
# ==========================================================================
d = dt("2018-11-12 16:44:02")
body = f"""Dear Ms Boudry,

I would like to register for the seminar 'Stadsorganisaties in transitie' on 7 December. My Dutch is still work in progress, so I hope English is fine!

Name: Dr. Michael O'Connor
City: City of Ghent
Position: international relations officer
E-mail: michael.oconnor@stad.gent

Kind regards,
Michael

Dr. Michael O'Connor
International Relations Officer
City of Ghent | Department of Strategy and Coordination
Botermarkt 1, 9000 Gent, Belgium
+32 9 266 52 87

{DISCLAIMER_EN}"""
m = finish(
    alt(body, html_outlook(body, lang="EN-GB")),
    received_in(d, o365_host(), o365_ip())
    + std(
        "O'Connor Michael <michael.oconnor@stad.gent>",
        LINDA,
        "Registration seminar 7 December",
        d,
        mid_o365("VI1PR0902MB2046"),
        extra=outlook_extra("16.0", "en-gb"),
    )
    + [("MIME-Version", "1.0")],
)
MICHAEL = reg(
    "Michael O'Connor", "Gent", "international relations officer", "michael.oconnor@stad.gent"
)
add(
    m,
    "registration",
    [MICHAEL],
    False,
    "English labels (Name / City / Position / E-mail); 'Dr.' dropped; 'City of Ghent' -> Gent; English disclaimer",
)

# ==========================================================================
# 017  registration - data in the subject line, Sint-Niklaas
# ==========================================================================
d = dt("2018-11-13 08:51:30")
body = (
    "Dag mevrouw Boudry,\n\nZie onderwerp. Mijn functie: teamleider burgerzaken.\n\nGroeten,\nEllen"
)
m = finish(
    alt(
        body,
        html_outlook(body, "us-ascii"),
        charset="us-ascii",
        cte="7bit",
        hcte="quoted-printable",
    ),
    received_in(d, "mail.sint-niklaas.be", "62.235.78.140")
    + std(
        "Ellen Maes <ellen.maes@sint-niklaas.be>",
        "'Linda Boudry' <linda.boudry@kcvs.be>",
        "Inschrijving: Ellen Maes, Stad Sint-Niklaas",
        d,
        mid_outlook("sint-niklaas.be"),
        extra=outlook_extra("14.0"),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Ellen Maes", "Sint-Niklaas", "teamleider burgerzaken", "ellen.maes@sint-niklaas.be")],
    False,
    "name and town only in the subject 'Inschrijving: Ellen Maes, Stad Sint-Niklaas'; function in the body; Outlook 2010",
)

# ==========================================================================
# 018  other - thank-you to the confirmation (Sofie Claes)
# ==========================================================================
d = dt("2018-11-13 10:05:12")
conf_d = dt("2018-11-05 13:16:02")
conf = confirmation("Sofie", "Sofie Claes", "Genk", "(niet opgegeven)", "sofie.claes@genk.be")
body = "Super, bedankt! Tot de 7de.\n\nSofie" + q_outlook(conf_d, "Claes Sofie", CONF_SUBJECT, conf)
m = finish(
    alt(
        body,
        html_lines(body).join(
            [
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Calibri,Helvetica,sans-serif; font-size:12pt">',
                "</div></body></html>\n",
            ]
        ),
    ),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Claes Sofie <sofie.claes@genk.be>",
        LINDA,
        "RE: " + CONF_SUBJECT,
        d,
        mid_o365("AM0PR0702MB3691"),
        extra=[
            ("Thread-Topic", CONF_SUBJECT),
            ("Thread-Index", thread_index()),
            ("Accept-Language", "nl-BE, en-US"),
            ("Content-Language", "nl-BE"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "other",
    [],
    False,
    "thank-you reply to the confirmation; the quoted confirmation repeats all four fields but nothing new is asked or registered",
)

# ==========================================================================
# 019  registration - display name 'Claeys Bart (Stad Gent)', signature data
# ==========================================================================
d = dt("2018-11-14 11:30:08")
BART_SIG = """Bart Claeys
Projectleider digitale transformatie
Dienst Data en Informatie
Stad Gent
Botermarkt 1, 9000 Gent
T 09 266 71 34 | M 0494 55 62 10"""
body = f"""Dag Linda,

Graag een plaatsje op het seminarie van 7 december!

Mvg

{BART_SIG}

Denk aan het milieu voor u deze e-mail afdrukt. {DISCLAIMER_NL}"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, o365_host(), o365_ip())
    + std(
        '"Claeys Bart (Stad Gent)" <Bart.Claeys@stad.gent>',
        LINDA,
        "inschrijving seminarie 7 december",
        d,
        mid_o365("AM6PR0502MB3814"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
BART = reg("Bart Claeys", "Gent", "projectleider digitale transformatie", "bart.claeys@stad.gent")
add(
    m,
    "registration",
    [BART],
    False,
    "display name 'Claeys Bart (Stad Gent)' (surname first, organisation in brackets); 'Graag een plaatsje'; function only in the signature; address lower-cased",
)

# ==========================================================================
# 020  registration - two colleagues, the second in Cc, Brugge
# ==========================================================================
d = dt("2018-11-14 15:12:44")
STIJN_SIG = f"""Stijn Deprez
Strategisch coördinator
Stad Brugge – Directie Organisatiebeheersing
Burg 12, 8000 Brugge
T 050 44 80 27

{DISCLAIMER_NL}

{DISCLAIMER_EN}"""
body = f"""Beste Linda,

Graag schrijf ik mezelf en mijn collega Lotte Vandamme (in cc) in voor het seminarie van 7 december.
Ikzelf ben strategisch coördinator, Lotte is beleidsmedewerker organisatiebeheersing. We werken allebei bij Stad Brugge.

Met vriendelijke groeten,

{STIJN_SIG}"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, "mail.brugge.be", "195.0.124.18")
    + std(
        "Deprez Stijn <stijn.deprez@brugge.be>",
        LINDA,
        "Inschrijving seminarie 7/12 – 2 personen Stad Brugge",
        d,
        mid_outlook("brugge.be"),
        cc="Vandamme Lotte <lotte.vandamme@brugge.be>",
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
STIJN = reg("Stijn Deprez", "Brugge", "strategisch coördinator", "stijn.deprez@brugge.be")
LOTTE = reg(
    "Lotte Vandamme",
    "Brugge",
    "beleidsmedewerker organisatiebeheersing",
    "lotte.vandamme@brugge.be",
)
add(
    m,
    "registration",
    [STIJN, LOTTE],
    False,
    "sender plus colleague 'Lotte Vandamme (in cc)': her address comes from the Cc header; functions in a sentence; Dutch and English disclaimers",
)

# ==========================================================================
# 021  auto-reply - Exchange automatic reply (English + Dutch) to a confirmation
# ==========================================================================
d = dt("2018-11-12 16:45:30")
body = """Thank you for your e-mail. I am attending a conference abroad until 19 November with limited access to e-mail. For urgent matters, please contact internationaal@stad.gent.

Bedankt voor uw e-mail. Ik ben in het buitenland tot 19 november en lees mijn mails slechts beperkt. Voor dringende zaken kan u terecht bij internationaal@stad.gent.

Michael O'Connor
International Relations Officer – City of Ghent"""
m = finish(
    alt(body, html_outlook(body, lang="EN-GB")),
    received_in(d, o365_host(), o365_ip())
    + std(
        "O'Connor Michael <michael.oconnor@stad.gent>",
        LINDA,
        "Automatic reply: " + CONF_SUBJECT,
        d,
        mid_o365("VI1PR0902MB2046"),
        extra=[
            ("Thread-Topic", CONF_SUBJECT),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "en-GB"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "michael.oconnor@stad.gent"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "auto_reply",
    [],
    False,
    "Exchange 'Automatic reply:' to the confirmation (Auto-Submitted: auto-generated), bilingual; sender is a registrant but this registers nothing",
)

# ==========================================================================
# 022  registration - iPhone, self + colleague without address, Roeselare
# ==========================================================================
d = dt("2018-11-15 17:48:19")
body = """Hoi Linda,

Graag een plaatsje voor mij en mijn collega Bert Willems (jeugdconsulent) op het seminarie van 7 december.

Groetjes
Sarah

Verstuurd vanaf mijn iPhone"""
m = finish(
    text(body, "utf-8", "quoted-printable"),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Sarah Lemmens <sarah.lemmens@roeselare.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Seminarie 7/12",
        d,
        mid_uuid("roeselare.be"),
        extra=[("X-Mailer", "iPhone Mail (16A404)")],
    )
    + [("Mime-Version", "1.0 (1.0)")],
)
add(
    m,
    "registration",
    [
        reg("Sarah Lemmens", "Roeselare", None, "sarah.lemmens@roeselare.be"),
        reg("Bert Willems", "Roeselare", "jeugdconsulent", None),
    ],
    False,
    "iPhone, 'graag een plaatsje voor mij en mijn collega'; sender's function not given (null); colleague has a function but no address (null); Roeselare from @roeselare.be",
)

# ==========================================================================
# 023  other (review) - question about the event, no registration
# ==========================================================================
d = dt("2018-11-16 09:12:55")
body = """Goeiemorgen,

Een vraagje over het seminarie van 7 december: is het ook open voor OCMW-raadsleden? Vanaf januari zetelen zij toch in de gemeenteraad.
En is er parking in de buurt van het Permeke of komen we best met de trein?

Alvast bedankt voor uw antwoord.

Rudi Hermans
stafmedewerker bestuurszaken
Stad Genk | Stadsplein 1, 3600 Genk
T 089 65 36 12"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Hermans Rudi <rudi.hermans@genk.be>",
        LINDA,
        "vraag seminarie 7 december",
        d,
        mid_o365("AM0PR0702MB3712"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "other",
    [],
    True,
    "questions about the event (who may attend, parking) that a person must answer; the signature gives name/function/town but he does not sign up",
)

# ==========================================================================
# 024  registration - Android (Samsung), base64, 'Mevr.', private address
# ==========================================================================
d = dt("2018-11-16 19:33:02")
body = """Beste Linda,
Bij deze mijn inschrijving.
Naam: Mevr. Ingrid De Bock
Stad: Aalst
Functie: schepen van cultuur
Email: ingrid.debock@skynet.be
Groeten
Ingrid



Verzonden vanaf mijn Samsung Galaxy-smartphone."""
htm = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
    + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in body.split("\n"))
    + "</div></body></html>\n"
)
m = finish(
    alt(body, htm, charset="utf-8", cte="base64"),
    received_in(d, "mailrelay113.skynet.be", "195.238.20.113")
    + std(
        "ingrid debock <ingrid.debock@skynet.be>",
        "linda.boudry@kcvs.be",
        "Inschrijving",
        d,
        f"<{hexs(20)}.{random.randint(1000, 9999)}@email.android.com>",
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Ingrid De Bock", "Aalst", "schepen van cultuur", "ingrid.debock@skynet.be")],
    False,
    "Samsung Android mail, base64 parts; labels 'Stad:'/'Email:'; honorific 'Mevr.' dropped; display name in lower case; private address",
)

# ==========================================================================
# 025  registration - Exchange '-----Original Message-----', filled template
# ==========================================================================
d = dt("2018-11-19 08:14:40")
body = f"""Naam: Hans Wouters
Stad / gemeente: Gemeente Schoten
Functie: diensthoofd personeel en organisatie
E-mailadres: hans.wouters@schoten.be

Mvg,
Hans

-----Original Message-----
From: Linda Boudry [mailto:linda.boudry@kcvs.be] 
Sent: {en_long(INV_DATE)}
To: Linda Boudry
Subject: {INV_SUBJECT}

{INVITATION}
"""
m = finish(
    text(body, "windows-1252", "quoted-printable"),
    received_in(d, "mail.schoten.be", "91.183.41.22")
    + std(
        "Wouters Hans <Hans.Wouters@schoten.be>",
        "'Linda Boudry' <linda.boudry@kcvs.be>",
        "RE: " + INV_SUBJECT,
        d,
        mid_outlook("schoten.be"),
        in_reply_to=INV_MID,
        extra=[
            ("Thread-Index", thread_index()),
            ("X-Mailer", "Microsoft Office Outlook 12.0"),
            ("Content-Language", "nl-be"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [
        reg(
            "Hans Wouters",
            "Schoten",
            "diensthoofd personeel en organisatie",
            "hans.wouters@schoten.be",
        )
    ],
    False,
    "filled-in template on top, '-----Original Message-----' with the empty template below (two templates, only the first counts); 'Gemeente Schoten' -> Schoten; plain text windows-1252",
)

# ==========================================================================
# 026  cancellation - reply to the confirmation, An Verhaegen (Kortrijk)
# ==========================================================================
d = dt("2018-11-19 13:27:09")
conf_d = dt("2018-11-05 11:03:00")
body = (
    "Beste Linda,\n\nIk moet helaas afzeggen voor 7 december: er is die ochtend een gemeenteraadscommissie "
    "die ik niet kan missen. Hopelijk een volgende keer!\n\nMet vriendelijke groeten,\n\nAn Verhaegen\n"
    "Beleidsmedewerker wonen\nStad Kortrijk – Team Wonen\nT 056 27 74 12"
    + q_outlook16(
        conf_d,
        "Verhaegen An <an.verhaegen@kortrijk.be>",
        CONF_SUBJECT,
        confirmation(
            "An", "An Verhaegen", "Kortrijk", "beleidsmedewerker wonen", "an.verhaegen@kortrijk.be"
        ),
    )
)
m = finish(
    alt(body, html_outlook(body, "windows-1252"), charset="windows-1252"),
    received_in(d, "mail.kortrijk.be", "193.191.180.37")
    + std(
        "Verhaegen An <an.verhaegen@kortrijk.be>",
        LINDA,
        "RE: " + CONF_SUBJECT,
        d,
        mid_outlook("kortrijk.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "cancellation",
    [AN],
    False,
    "'Ik moet helaas afzeggen' above the quoted confirmation (which repeats her four fields)",
)

# ==========================================================================
# 027  registration - Apple Mail, icloud, 'ik kom ook af', Zemst
# ==========================================================================
d = dt("2018-11-20 20:06:31")
body = """Hallo Linda,

Ik kom ook af! Ik ben sinds september mobiliteitsambtenaar in Zemst, dus dit onderwerp komt als geroepen.

Groetjes,
Joke Verstraeten
"""
m = finish(
    text(body, "utf-8", "quoted-printable"),
    received_in(d, "st43p00im-zteg10063501.me.com", "17.58.63.179")
    + std(
        "Joke Verstraeten <joke.verstraeten@icloud.com>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Seminarie Stadsorganisaties in transitie",
        d,
        mid_uuid("icloud.com"),
        extra=[("X-Mailer", "Apple Mail (2.3445.101.1)")],
    )
    + [("Mime-Version", "1.0 (Mac OS X Mail 12.1 \\(3445.101.1\\))")],
)
add(
    m,
    "registration",
    [reg("Joke Verstraeten", "Zemst", "mobiliteitsambtenaar", "joke.verstraeten@icloud.com")],
    False,
    "Apple Mail from icloud; 'Ik kom ook af!'; function and municipality (not a centre city) only in a sentence 'mobiliteitsambtenaar in Zemst'",
)

# ==========================================================================
# 028  bounce - Postfix delay warning for a confirmation
# ==========================================================================
d = dt("2018-11-20 21:34:15")
orig_d = dt("2018-11-16 19:34:40")
warn = """This is the mail system at host mx1.kcvs.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 day(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ingrid.debock@skynet.be>: host mx.skynet.be[195.238.5.129] said: 452 4.2.2
    Mailbox temporarily over quota (in reply to RCPT TO command)
"""
rep = MIMEPart(policy=POL)
rep["Content-Type"] = "multipart/report; report-type=delivery-status"
p1 = text(warn, "us-ascii", "7bit")
p1["Content-Description"] = "Notification"
rep.attach(p1)
ds = MIMEPart(policy=POL)
ds["Content-Description"] = "Delivery report"
ds["Content-Type"] = "message/delivery-status"
b1 = MIMEPart(policy=POL)
b1["Reporting-MTA"] = "dns; mx1.kcvs.be"
b1["X-Postfix-Queue-ID"] = "7D2E11C0B24"
b1["X-Postfix-Sender"] = "rfc822; linda.boudry@kcvs.be"
b1["Arrival-Date"] = rfc(orig_d)
b2 = MIMEPart(policy=POL)
b2["Final-Recipient"] = "rfc822; ingrid.debock@skynet.be"
b2["Original-Recipient"] = "rfc822;ingrid.debock@skynet.be"
b2["Action"] = "delayed"
b2["Status"] = "4.2.2"
b2["Remote-MTA"] = "dns; mx.skynet.be"
b2["Diagnostic-Code"] = "smtp; 452 4.2.2 Mailbox temporarily over quota"
b2["Will-Retry-Until"] = rfc(orig_d + datetime.timedelta(days=5))
ds.set_payload([b1, b2])
rep.attach(ds)
hdr_txt = (
    f"Received: from EXCH01.kcvs.local (10.20.0.12) by mx1.kcvs.be (Postfix) with ESMTPS id 7D2E11C0B24;\n"
    f" {rfc(orig_d)}\nFrom: {LINDA}\nTo: ingrid debock <ingrid.debock@skynet.be>\n"
    f"Subject: {CONF_SUBJECT}\nDate: {rfc(orig_d)}\nMessage-ID: {mid_outlook('kcvs.be')}\n"
    f'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n'
)
p3 = text(hdr_txt, "us-ascii", "7bit", subtype="rfc822-headers")
p3["Content-Description"] = "Undelivered Message Headers"
rep.attach(p3)
m = finish(
    rep,
    received_internal(d)
    + std(
        "Mail Delivery System <MAILER-DAEMON@mx1.kcvs.be>",
        "linda.boudry@kcvs.be",
        "Delayed Mail (still being retried)",
        d,
        "<20181120203415.3A6D21C0B30@mx1.kcvs.be>",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "bounce",
    [],
    False,
    "Postfix delay warning (Action: delayed) for a confirmation, with only the original headers (text/rfc822-headers)",
)

# ==========================================================================
# 029  registration - 'VERMEERSCH Katrien', boss in Cc NOT registered, Oostende
# ==========================================================================
d = dt("2018-11-21 10:40:19")
body = """Geachte mevrouw Boudry,

Hierbij bezorg ik u mijn inschrijving voor het seminarie van 7 december:

Naam: VERMEERSCH Katrien
Stad / gemeente: Oostende
Functie: beleidsadviseur
E-mailadres: katrien.vermeersch@oostende.be

Mijn diensthoofd Pieter De Wilde zet ik in cc ter info; hij kan zelf niet aanwezig zijn.

Met vriendelijke groeten,

Katrien Vermeersch
Beleidsadviseur | Dienst Strategie en Organisatie
Stad Oostende | Vindictivelaan 1, 8400 Oostende
T 059 80 55 00"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, "mail.oostende.be", "213.219.140.51")
    + std(
        "Vermeersch Katrien <katrien.vermeersch@oostende.be>",
        LINDA,
        "Inschrijving seminarie 'Stadsorganisaties in transitie'",
        d,
        mid_outlook("oostende.be"),
        cc="De Wilde Pieter <pieter.dewilde@oostende.be>",
        extra=outlook_extra("15.0"),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Katrien Vermeersch", "Oostende", "beleidsadviseur", "katrien.vermeersch@oostende.be")],
    False,
    "name written 'VERMEERSCH Katrien'; her diensthoofd is in Cc only for information and explicitly not coming: must not be registered",
)

# ==========================================================================
# 030  registration - cabinet staff, signature 'namens' an alderman, Mechelen
# ==========================================================================
d = dt("2018-11-21 14:58:02")
body = """Beste mevrouw Boudry,

Ik schrijf me graag in voor het seminarie van 7 december. Schepen Peeters kan er zelf helaas niet bij zijn, maar ik volg het dossier organisatieontwikkeling voor het kabinet op.

Met vriendelijke groet,

Els Van Hoof
kabinetsmedewerker
namens Jan Peeters, schepen van Financiën en Personeel
Stad Mechelen | Grote Markt 21, 2800 Mechelen | 015 29 76 12"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, "smtp.mechelen.be", "193.191.215.66")
    + std(
        "Els Van Hoof <els.vanhoof@mechelen.be>",
        LINDA,
        "Inschrijving seminarie 7 december",
        d,
        mid_outlook("mechelen.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Els Van Hoof", "Mechelen", "kabinetsmedewerker", "els.vanhoof@mechelen.be")],
    False,
    "she registers herself; her signature names a second person ('namens Jan Peeters, schepen van Financiën en Personeel') who is explicitly NOT coming",
)

# ==========================================================================
# 031  other - minutes of a steering group, attendance list, PDF attached
# ==========================================================================
d = dt("2018-11-22 11:15:37")
body = """Beste leden van de stuurgroep,

In bijlage vinden jullie het verslag van de stuurgroep centrumsteden van 20 november.

Aanwezig:
- Bart Claeys, projectleider digitale transformatie (Gent)
- Greet Van Lier, afdelingshoofd burgerzaken (Aalst)
- Linda Boudry, stafmedewerker (KCVS)
- Evelien Wauters, beleidscoördinator (Gent), verslag

Opmerkingen graag tegen 30 november. De volgende stuurgroep vindt plaats op 17 januari in Leuven.

Met vriendelijke groeten,
Evelien Wauters
beleidscoördinator
Stad Gent – Dienst Beleidsparticipatie"""
p = alt(body, html_outlook(body))
pdf = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
p.add_attachment(
    pdf,
    maintype="application",
    subtype="pdf",
    filename="Verslag stuurgroep centrumsteden 2018-11-20.pdf",
)
m = finish(
    p,
    received_in(d, o365_host(), o365_ip())
    + std(
        "Wauters Evelien <evelien.wauters@stad.gent>",
        "Claeys Bart <bart.claeys@stad.gent>, Van Lier Greet <greet.vanlier@aalst.be>, Linda Boudry <linda.boudry@kcvs.be>",
        "Verslag stuurgroep centrumsteden 20/11",
        d,
        mid_o365("AM6PR0502MB3902"),
        extra=[*outlook_extra(), ("X-MS-Has-Attach", "yes")],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "other",
    [],
    False,
    "unrelated work mail: steering-group minutes with an attendance list (names, functions, towns) and a PDF; not about the seminar",
)

# ==========================================================================
# 032  registration - French, Ixelles alderwoman
# ==========================================================================
d = dt("2018-11-22 16:20:45")
body = """Bonjour Madame Boudry,

Suite à votre invitation, je serai présente au séminaire du 7 décembre.

Nom : Hélène Dufrasne
Commune : Commune d'Ixelles
Fonction : échevine de la Participation citoyenne
Courriel : hdufrasne@ixelles.brussels

Bien cordialement,

Hélène Dufrasne
Échevine de la Participation citoyenne
Commune d'Ixelles – Gemeente Elsene
Chaussée d'Ixelles 168, 1050 Ixelles"""
m = finish(
    alt(body, html_outlook(body, lang="FR-BE")),
    received_in(d, "smtp.ixelles.brussels", "91.199.116.30")
    + std(
        "Hélène Dufrasne <HDufrasne@ixelles.brussels>",
        "linda.boudry@kcvs.be",
        "Séminaire du 7 décembre – inscription",
        d,
        mid_outlook("ixelles.brussels"),
        extra=outlook_extra("16.0", "fr-be"),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [
        reg(
            "Hélène Dufrasne",
            "Elsene",
            "échevine de la Participation citoyenne",
            "hdufrasne@ixelles.brussels",
        )
    ],
    False,
    "French, encoded display name; 'Commune d'Ixelles' -> canonical Dutch 'Elsene'; function kept as stated in French; address lower-cased",
)

# ==========================================================================
# 033  cancellation - iPhone, new short mail, Mechelen
# ==========================================================================
d = dt("2018-11-23 07:41:12")
body = """Dag Linda,

Sorry, ik kan toch niet komen op 7 december (samenvallende stuurgroep). Mag je mij van de lijst schrappen?

Groetjes
Marleen

Verstuurd vanaf mijn iPhone"""
m = finish(
    text(body, "utf-8", "quoted-printable"),
    received_in(d, "smtp.mechelen.be", "193.191.215.66")
    + std(
        "Marleen Stevens <marleen.stevens@mechelen.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Seminarie 7/12 - afmelding",
        d,
        mid_uuid("mechelen.be"),
        extra=[("X-Mailer", "iPhone Mail (16B92)")],
    )
    + [("Mime-Version", "1.0 (1.0)")],
)
add(
    m,
    "cancellation",
    [reg("Marleen Stevens", "Mechelen", None, "marleen.stevens@mechelen.be")],
    False,
    "short iPhone cancellation as a new mail (no quote): name from display name, Mechelen from the domain, no function in this message",
)

# ==========================================================================
# 034  registration - forwarded inline by a KCVS colleague, Vilvoorde
# ==========================================================================
d = dt("2018-11-23 10:02:56")
fw_d = dt("2018-11-23 09:41:20")
body = f"""Hoi Linda,

Deze kwam bij mij terecht in plaats van bij jou. Kan jij ze op de lijst zetten?

Pieter

Van: Nadia Bouzid <nadia.bouzid@vilvoorde.be> 
Verzonden: {nl_long(fw_d)}
Aan: Pieter Van Damme <pieter.vandamme@kcvs.be>
Onderwerp: inschrijving seminarie

Beste,

Ik zou graag deelnemen aan het seminarie 'Stadsorganisaties in transitie' op 7 december. Ik ben diversiteitsambtenaar bij de stad Vilvoorde.

Vriendelijke groet,
Nadia Bouzid
Stad Vilvoorde
Grote Markt 1, 1800 Vilvoorde"""
m = finish(
    alt(body, html_outlook(body)),
    received_internal(d)
    + std(
        "Pieter Van Damme <pieter.vandamme@kcvs.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "FW: inschrijving seminarie",
        d,
        mid_outlook("kcvs.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Nadia Bouzid", "Vilvoorde", "diversiteitsambtenaar", "nadia.bouzid@vilvoorde.be")],
    False,
    "inline forward ('FW:') by a KCVS colleague: the registrant is the original sender inside the forward, her address from the 'Van:' line; the forwarder is not registered",
)

# ==========================================================================
# 035  other (review) - reply to the confirmation correcting the function
# ==========================================================================
d = dt("2018-11-26 09:18:33")
conf_d = dt("2018-11-14 11:31:10")
body = (
    "Dag Linda,\n\nKleine correctie: sinds 1 november is mijn functie 'programmaregisseur digitale stad' "
    "(niet meer projectleider digitale transformatie). Kan je dat aanpassen op de lijst en op de naamkaartjes?\n\n"
    "Dank!\nBart\n\n"
    + BART_SIG
    + q_outlook16(
        conf_d,
        "Claeys Bart (Stad Gent) <Bart.Claeys@stad.gent>",
        CONF_SUBJECT,
        confirmation(
            "Bart",
            "Bart Claeys",
            "Gent",
            "projectleider digitale transformatie",
            "bart.claeys@stad.gent",
        ),
    )
)
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, o365_host(), o365_ip())
    + std(
        '"Claeys Bart (Stad Gent)" <Bart.Claeys@stad.gent>',
        LINDA,
        "RE: " + CONF_SUBJECT,
        d,
        mid_o365("AM6PR0502MB3814"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "other",
    [],
    True,
    "reply to the confirmation correcting the function (old function still in his signature and in the quote): a person must apply the change",
)

# ==========================================================================
# 036  registration + question (review), Beringen, non-ASCII name
# ==========================================================================
d = dt("2018-11-26 14:07:51")
body = """Beste mevrouw Boudry,

Ik wil mij graag inschrijven voor het seminarie van 7 december.

Naam: Gökhan Yılmaz
Stad / gemeente: Beringen
Functie: beleidsmedewerker diversiteit
E-mailadres: gokhan.yilmaz@beringen.be

Nog een vraag: is er een vegetarische of halal optie bij de lunch? En kan ik mijn wagen ergens kwijt in de buurt van het Permeke?

Met vriendelijke groeten,
Gökhan Yılmaz"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Gökhan Yılmaz <gokhan.yilmaz@beringen.be>",
        LINDA,
        "Inschrijving + vraag lunch",
        d,
        mid_o365("DB7PR0102MB3077"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [
        reg(
            "Gökhan Yılmaz",
            "Beringen",
            "beleidsmedewerker diversiteit",
            "gokhan.yilmaz@beringen.be",
        )
    ],
    True,
    "clean registration (non-ASCII name, encoded display name) that also asks two questions (lunch, parking): registration, but a person must answer",
)

# ==========================================================================
# 037  auto-reply - Zimbra vacation message (X-Autoreply) to the reminder
# ==========================================================================
d = dt("2018-11-27 09:31:04")
body = """Ik ben met verlof tot en met 3 december. Uw bericht wordt niet doorgestuurd.
Voor dringende vragen: secretariaat@zwijndrecht.be - 03 253 55 11.

Annelies Goris
algemeen directeur
Gemeente Zwijndrecht"""
m = finish(
    text(body, "utf-8", "7bit"),
    received_in(d, "mail.zwijndrecht.be", "81.246.64.18")
    + std(
        "Annelies Goris <annelies.goris@zwijndrecht.be>",
        "linda.boudry@kcvs.be",
        "Afwezigheidsbericht: " + REMINDER_SUBJECT,
        d,
        f"<{random.randint(10**8, 10**9)}.{random.randint(10**5, 10**6)}.{random.randint(10**12, 10**13)}.JavaMail.zimbra@zwijndrecht.be>",
        in_reply_to="<007c01d48628$2b9e1f40$82da5dc0$@kcvs.be>",
        extra=[
            ("X-Autoreply", "yes"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Zimbra 8.8.9_GA_3019 (zclient/8.8.9_GA_3019)"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "auto_reply",
    [],
    False,
    "Zimbra vacation message to the reminder (X-Autoreply: yes, Precedence: bulk, no Auto-Submitted); signature has name, function and municipality",
)

# ==========================================================================
# 038  registration - substitution (review), Genk
# ==========================================================================
d = dt("2018-11-27 15:50:36")
body = """Dag Linda,

Ik had me vorige week ingeschreven voor het seminarie, maar ik moet die dag naar een stuurgroep in Brussel. Mijn collega Tine Vos komt in mijn plaats. Zij is teamleider HR; haar e-mailadres is tine.vos@genk.be.

Mvg
Dirk Vandenbussche
afdelingshoofd personeel
Stad Genk"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Vandenbussche Dirk <dirk.vandenbussche@genk.be>",
        LINDA,
        "Vervanging inschrijving seminarie 7/12",
        d,
        mid_o365("AM0PR0702MB3688"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Tine Vos", "Genk", "teamleider HR", "tine.vos@genk.be")],
    True,
    "substitution: the sender withdraws and a colleague comes in his place; contract says flag for review (the sender's earlier registration must be removed by hand)",
)

# ==========================================================================
# 039  registration - secretary registers two people in an HTML table, Hasselt
# ==========================================================================
d = dt("2018-11-28 11:26:10")
people = [
    ("Luc Vanderhoven", "schepen van personeel en organisatie", "luc.vanderhoven@hasselt.be"),
    ("Marijke Daems", "financieel directeur", "marijke.daems@hasselt.be"),
]
intro = (
    "Geachte mevrouw Boudry,\n\nIn opdracht van het college schrijf ik volgende personen in voor het seminarie "
    "'Stadsorganisaties in transitie' van 7 december:\n"
)
outro = (
    "\nBeiden zijn verbonden aan Stad Hasselt.\n\nMet vriendelijke groeten,\n\nAnn Peeters\n"
    "Secretariaat college van burgemeester en schepenen\nStad Hasselt\nLimburgplein 1, 3500 Hasselt\nT 011 23 90 04"
)
txt = (
    intro
    + "\nNaam\tFunctie\tE-mailadres\n"
    + "\n".join("\t".join(r) for r in people)
    + "\n"
    + outro
)
table = (
    '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">'
    "<tr>"
    + "".join(
        f'<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class=MsoNormal><b>{h}</b></p></td>'
        for h in ("Naam", "Functie", "E-mailadres")
    )
    + "</tr>"
    + "".join(
        "<tr>"
        + "".join(
            f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal>{esc(c)}<o:p></o:p></p></td>'
            for c in r
        )
        + "</tr>"
        for r in people
    )
    + "</table>"
)
hi = html_outlook(intro)
ho = html_outlook(outro).split("<div class=WordSection1>\n", 1)[1]
htm = hi.replace("\n</div></body></html>\n", "\n" + table + "\n" + ho)
m = finish(
    alt(txt, htm),
    received_in(d, "mail.hasselt.be", "193.190.127.45")
    + std(
        "Peeters Ann <ann.peeters@hasselt.be>",
        LINDA,
        "Inschrijving seminarie 7 december – schepen Vanderhoven en financieel directeur",
        d,
        mid_outlook("hasselt.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [
        reg(
            "Luc Vanderhoven",
            "Hasselt",
            "schepen van personeel en organisatie",
            "luc.vanderhoven@hasselt.be",
        ),
        reg("Marijke Daems", "Hasselt", "financieel directeur", "marijke.daems@hasselt.be"),
    ],
    False,
    "secretariat registers two people in a three-column HTML table (tab-separated in text); the sender is not registered; town in a sentence below the table",
)

# ==========================================================================
# 040  other - internal calendar invitation
# ==========================================================================
d = dt("2018-11-28 16:02:44")
body = """Hoi allemaal,

Teamoverleg december: jaarplanning 2019 en verdeling van de lerende netwerken.

Pieter"""
ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Pieter Van Damme:mailto:pieter.vandamme@kcvs.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be
DESCRIPTION;LANGUAGE=nl-BE:Teamoverleg december: jaarplanning 2019 en verdeling van de lerende netwerken.
SUMMARY;LANGUAGE=nl-BE:Teamoverleg december
DTSTART;TZID=Romance Standard Time:20181210T100000
DTEND;TZID=Romance Standard Time:20181210T113000
UID:040000008200E00074C5B7101A82E0080000000{hexs(40).upper()}
DTSTAMP:20181128T150244Z
LOCATION;LANGUAGE=nl-BE:Vergaderzaal 2
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
p = alt(body, html_outlook(body))
p.add_alternative(
    ics, subtype="calendar", charset="utf-8", cte="base64", params={"method": "REQUEST"}
)
m = finish(
    p,
    received_internal(d)
    + std(
        "Pieter Van Damme <pieter.vandamme@kcvs.be>",
        "KCVS team <team@kcvs.be>",
        "Teamoverleg december",
        d,
        mid_outlook("kcvs.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "other",
    [],
    False,
    "internal Outlook meeting request (text/calendar METHOD:REQUEST); unrelated to the seminar",
)

# ==========================================================================
# 041  registration (review) - 'ikzelf of mijn collega', undecided, Kortrijk
# ==========================================================================
d = dt("2018-11-29 08:33:26")
body = """Dag Linda,

Ikzelf of mijn collega Veerle zal deelnemen aan het seminarie, maar we weten nog niet wie van ons beiden die vrijdag vrij is. Zet voorlopig maar één van ons op de lijst, ik laat ten laatste 5 december weten wie komt.

Groeten,
Jeroen Smets
stafmedewerker HR
Stad Kortrijk"""
m = finish(
    alt(body, html_gmail(body)),
    received_in(d, gmail_host(), gmail_ip())
    + std(
        "Jeroen Smets <jeroen.smets@kortrijk.be>",
        "linda.boudry@kcvs.be",
        "seminarie 7/12",
        d,
        mid_gmail(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Jeroen Smets", "Kortrijk", "stafmedewerker HR", "jeroen.smets@kortrijk.be")],
    True,
    "undecided: 'ikzelf of mijn collega Veerle', who comes is not yet known; a careful organiser would hold it for review",
)

# ==========================================================================
# 042  cancellation - French, Ville de Bruxelles
# ==========================================================================
d = dt("2018-11-29 17:12:09")
body = """Madame Boudry,

Je dois malheureusement annuler ma participation au séminaire du 7 décembre en raison d'un conseil communal extraordinaire.

Avec mes excuses et mes meilleures salutations,

Sophie Lambert
Conseillère en stratégie – Strategisch adviseur
Ville de Bruxelles – Stad Brussel"""
m = finish(
    alt(body, html_outlook(body, lang="FR-BE")),
    received_in(d, "smtp2.brucity.be", "193.58.112.21")
    + std(
        "Sophie Lambert <sophie.lambert@brucity.be>",
        "linda.boudry@kcvs.be",
        "Annulation inscription séminaire 7/12",
        d,
        mid_outlook("brucity.be"),
        extra=outlook_extra("16.0", "fr-be"),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "cancellation",
    [SOPHIE],
    False,
    "French cancellation ('je dois malheureusement annuler'); function and town from the bilingual signature",
)

# ==========================================================================
# 043  registration - 'stadssecretaris van Roeselare', private address
# ==========================================================================
d = dt("2018-11-30 13:45:52")
body = """Dag Linda,

Ik ben van de partij op 7 december.

Wim Desmet, stadssecretaris van Roeselare

-- 
Verstuurd met Thunderbird vanaf thuis
"""
m = finish(
    text(body, "utf-8", "8bit", params={"format": "flowed"}),
    received_in(d, "andre.telenet-ops.be", "195.130.132.48")
    + std(
        "Wim Desmet <wdesmet@telenet.be>",
        LINDA,
        "Seminarie 7 december",
        d,
        mid_tb("telenet.be"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.13; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
            ),
            ("Content-Language", "nl-BE"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "registration",
    [reg("Wim Desmet", "Roeselare", "stadssecretaris", "wdesmet@telenet.be")],
    False,
    "job title containing the town ('stadssecretaris van Roeselare'): function 'stadssecretaris', municipality Roeselare; private address, nothing else to go on",
)

# ==========================================================================
# 044  cancellation - one of three colleagues withdrawn, Antwerpen
# ==========================================================================
d = dt("2018-11-30 16:20:03")
body = """Dag Linda,

Onze nieuwe HR-businesspartner Fatima El Amrani (ingeschreven via mijn mail van 6/11) kan helaas niet mee op 7 december. Wouter en ik komen wel! Mag je haar van de lijst halen?

Bedankt,
Karen

-- 
Karen Jacobs
teamcoach dienstverlening
Stad Antwerpen | Bedrijfsvoering | Organisatieontwikkeling
"""
m = finish(
    text(body, "utf-8", "8bit", params={"format": "flowed"}),
    received_in(d, "smtp.antwerpen.be", "194.7.154.12")
    + std(
        "Karen Jacobs <karen.jacobs@antwerpen.be>",
        LINDA,
        "Afmelding collega seminarie 7/12",
        d,
        mid_tb("antwerpen.be"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
            ),
            ("Content-Language", "nl"),
        ],
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "cancellation",
    [FATIMA],
    False,
    "the sender cancels a colleague (no address given -> null) and explicitly stays registered herself with Wouter: only Fatima is cancelled",
)

# ==========================================================================
# 045  registration - late (after 2 Dec), Outlook for Android, Zoersel
# ==========================================================================
d = dt("2018-12-03 07:52:18")
body = """Dag Linda,

Ik ben wat laat (sorry!), maar als het nog kan: graag een plaatsje op het seminarie van vrijdag.

Bart Janssens
algemeen directeur
Gemeente en OCMW Zoersel

Outlook voor Android downloaden<https://aka.ms/ghei36>"""
m = finish(
    alt(
        body,
        html_lines(body).join(
            [
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">',
                "</div></body></html>\n",
            ]
        ),
    ),
    received_in(d, o365_host(), o365_ip())
    + std(
        "Bart Janssens <bart.janssens@zoersel.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Seminarie vrijdag",
        d,
        mid_o365("VI1PR0701MB2863"),
    )
    + [("MIME-Version", "1.0")],
)
JANSSENS = reg("Bart Janssens", "Zoersel", "algemeen directeur", "bart.janssens@zoersel.be")
add(
    m,
    "registration",
    [JANSSENS],
    False,
    "late registration after the 2 December deadline (lateness is policy, not parsing); 'Gemeente en OCMW Zoersel' -> Zoersel; Outlook for Android footer",
)

# ==========================================================================
# 046  auto-reply - out-of-office detectable only from subject/body, quotes the confirmation
# ==========================================================================
d = dt("2018-12-03 08:06:40")
conf_d = dt("2018-12-03 08:06:31")
body = (
    "Goeiedag,\n\nIk volg op 3 en 4 december een opleiding en lees mijn mails slechts beperkt. "
    "Vanaf woensdag 5 december ben ik terug bereikbaar.\nVoor dringende zaken: secretariaat@zoersel.be of 03 298 08 00.\n\n"
    "Met vriendelijke groeten,\nBart Janssens\nalgemeen directeur\nGemeente en OCMW Zoersel"
    + q_outlook16(
        conf_d,
        "Bart Janssens <bart.janssens@zoersel.be>",
        CONF_SUBJECT,
        confirmation(
            "Bart", "Bart Janssens", "Zoersel", "algemeen directeur", "bart.janssens@zoersel.be"
        ),
    )
)
m = finish(
    text(body, "utf-8", "quoted-printable"),
    received_in(d, "mail.zoersel.be", "84.199.52.90")
    + std(
        "Bart Janssens <bart.janssens@zoersel.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Afwezig: " + CONF_SUBJECT,
        d,
        f"<{hexs(16)}@mail.zoersel.be>",
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "auto_reply",
    [],
    False,
    "out-of-office with no RFC 3834 header (only 'Afwezig:' subject and body); it quotes the confirmation with all four fields, which must not become a registration",
)

# ==========================================================================
# 047  other (review) - request to forward the invitation to someone
# ==========================================================================
d = dt("2018-12-03 14:10:27")
body = """Goeiemiddag,

Kan u de uitnodiging voor het seminarie van 7 december ook bezorgen aan onze nieuwe stadssecretaris, Marc Daems (marc.daems@turnhout.be)? Ik weet niet zeker of hij ze ontvangen heeft, hij is pas in dienst.

Bedankt!
Lien Hendrickx
directiesecretariaat
Stad Turnhout"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, "mail.turnhout.be", "193.121.186.30")
    + std(
        "Hendrickx Lien <lien.hendrickx@turnhout.be>",
        LINDA,
        "uitnodiging seminarie",
        d,
        mid_outlook("turnhout.be"),
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "other",
    [],
    True,
    "asks to forward the invitation to a named person with function and address; not a registration of him or her, but a person must act (and the deadline has passed)",
)

# ==========================================================================
# 048  bounce - qmail plain-text failure notice, copy of the practical-info mail
# ==========================================================================
d = dt("2018-12-04 10:31:55")
orig_d = dt("2018-12-04 10:31:40")
practical = f"""Beste deelnemer,

Vrijdag is het zover: het seminarie 'Stadsorganisaties in transitie' in het auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

Praktisch:
- onthaal met koffie vanaf 9.30 uur, start om 10 uur, lunch rond 12.30 uur
- Permeke ligt op 5 minuten wandelen van station Antwerpen-Centraal
- parkeren kan in de parking Koningin Astrid

Tot vrijdag!

{LINDA_SIG}"""
fail = f"""Hi. This is the qmail-send program at mx.kapellen.be.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jos.vermeiren@kapellen.be>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <linda.boudry@kcvs.be>
Received: (qmail 21877 invoked from network); 4 Dec 2018 09:31:41 -0000
Received: from mx1.kcvs.be (HELO mx1.kcvs.be) (185.47.128.19)
  by mx.kapellen.be with SMTP; 4 Dec 2018 09:31:41 -0000
From: Linda Boudry <linda.boudry@kcvs.be>
To: Linda Boudry <linda.boudry@kcvs.be>
Subject: Praktische info seminarie vrijdag 7 december
Date: {rfc(orig_d)}
Message-ID: {mid_outlook("kcvs.be")}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{practical}
"""
m = finish(
    text(fail, "utf-8", "8bit"),
    received_in(d, "mx.kapellen.be", "81.83.9.14", tls=False)
    + std(
        "MAILER-DAEMON@mx.kapellen.be",
        "linda.boudry@kcvs.be",
        "failure notice",
        d,
        f"<20181204093155.{random.randint(10000, 99999)}.qmail@mx.kapellen.be>",
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "bounce",
    [],
    False,
    "qmail 'failure notice' in plain text (no multipart/report) with a copy of the practical-info mail",
)

# ==========================================================================
# 049  cancellation - partial: sender cancels, colleague still comes, Brugge
# ==========================================================================
d = dt("2018-12-05 12:18:44")
body = f"""Beste Linda,

Lotte komt vrijdag wel, maar ik moet helaas afzeggen: er is een extra directiecomité ingepland.

Met vriendelijke groeten,

{STIJN_SIG}"""
m = finish(
    alt(body, html_outlook(body)),
    received_in(d, "mail.brugge.be", "195.0.124.18")
    + std(
        "Deprez Stijn <stijn.deprez@brugge.be>",
        LINDA,
        "Afmelding seminarie 7/12",
        d,
        mid_outlook("brugge.be"),
        cc="Vandamme Lotte <lotte.vandamme@brugge.be>",
        extra=outlook_extra(),
    )
    + [("MIME-Version", "1.0")],
)
add(
    m,
    "cancellation",
    [STIJN],
    False,
    "partial cancellation: the sender withdraws, the colleague in Cc explicitly still comes and must not be cancelled",
)

# ==========================================================================
# 050  other - supplier invoice with PDF, unrelated
# ==========================================================================
d = dt("2018-12-06 09:02:10")
body = """Geachte klant,

In bijlage vindt u factuur 2018/1187 voor het drukwerk van het jaarverslag 2017-2018 (250 exemplaren).
Gelieve het bedrag van 1.842,50 euro over te maken vóór 5 januari 2019 met vermelding van het factuurnummer.

Met vriendelijke groeten,

Drukkerij Vanmierlo bvba
Industriepark 14, 2220 Heist-op-den-Berg
BTW BE 0431.562.118"""
p = text(body, "utf-8", "quoted-printable")
p.add_attachment(pdf, maintype="application", subtype="pdf", filename="Factuur_2018-1187.pdf")
m = finish(
    p,
    received_in(d, "smtp.drukkerijvanmierlo.be", "178.208.42.77")
    + std(
        "Facturatie Drukkerij Vanmierlo <facturatie@drukkerijvanmierlo.be>",
        "linda.boudry@kcvs.be",
        "Factuur 2018/1187",
        d,
        f"<{hexs(24)}@drukkerijvanmierlo.be>",
        extra=[("X-Mailer", "Exact Online")],
    )
    + [("MIME-Version", "1.0")],
)
add(m, "other", [], False, "unrelated supplier invoice with a PDF attachment")


# --------------------------------------------------------------------------
def client_boundaries(msg):
    """Give multipart containers a boundary in the style of the sending client."""
    mailer = (msg.get("X-Mailer", "") + " " + msg.get("Message-ID", "")).lower()
    for part in msg.walk():
        if not part.is_multipart():
            continue
        if "outlook" in mailer or "exchange" in mailer:
            b = f"----=_NextPart_{hexs(3).upper()}_{hexs(4).upper()}_01D4{hexs(4).upper()}.{hexs(8).upper()}"
        elif "gmail" in mailer:
            b = "000000000000" + hexs(16)
        elif "android" in mailer:
            b = "--_com.samsung.android.email_" + "".join(
                random.choice("0123456789") for _ in range(15)
            )
        else:
            continue  # stdlib default boundary (seeded)
        part.set_boundary(b)


assert len(MESSAGES) == 50, len(MESSAGES)
for i, (msg, label) in enumerate(MESSAGES, 1):
    client_boundaries(msg)
    with open(os.path.join(OUT, f"{i:03d}.eml"), "wb") as f:
        f.write(dump(msg))
    with open(os.path.join(OUT, f"{i:03d}.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(label, ensure_ascii=False, indent=2) + "\n")
print(f"wrote {len(MESSAGES)} messages to {OUT}")
