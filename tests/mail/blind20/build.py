#!/usr/bin/env python3
"""Build blind set 20: 45 labelled e-mails from people of other organisations.

Theme: registrants who do not work for one municipality (provinces, Flemish
agencies, VVSG, intercommunales, police and rescue zones, OCMW, AGB,
welfare associations, universities, consultants, students, journalists,
Dutch cities, Brussels bodies, several municipalities at once, home town
instead of employer, politicians on private mail).

Python 3.11 standard library only. Deterministic: fixed seed, fixed dates,
fixed MIME boundaries; every run writes the same bytes.

    .venv/bin/python tests/mail/blind20/build.py

writes NNN.eml (CRLF line endings) and NNN.json beside this script.
"""

from __future__ import annotations

import base64
import json
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent
random.seed(20)

CET = timezone(timedelta(hours=1))
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
INV_SUBJECT = "Uitnodiging seminarie Stadsorganisaties in transitie - 7 december 2018"
INV_MSGID = "<5BE1920A.4070301@kcvs.be>"
CONF_SUBJECT = "Bevestiging inschrijving seminarie 7 december"

INVITATION = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het gratis seminarie
'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het auditorium
van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

Onthaal met koffie vanaf 9.30 uur, start om 10 uur, lunch rond 12.30 uur.

Inschrijven kan tot en met 2 december door een mail te sturen naar
linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
"""


# --------------------------------------------------------------------------
# small MIME toolkit (hand-made so that every byte is under our control)
# --------------------------------------------------------------------------


class Entity:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def text(
    content: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    flowed: bool = False,
) -> Entity:
    raw = content.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    elif cte == "7bit":
        raw.decode("ascii")  # must be pure ASCII
        body = raw
    else:  # 8bit
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Entity([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def multi(subtype: str, parts: list[Entity], boundary: str, params: str = "") -> Entity:
    b = boundary.encode("ascii")
    body = b"This is a multi-part message in MIME format.\n\n" if subtype != "alternative" else b""
    for p in parts:
        body += b"--" + b + b"\n" + p.render() + b"\n"
    body += b"--" + b + b"--\n"
    return Entity([("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"')], body)


def attachment(data: bytes, ctype: str, filename: str) -> Entity:
    return Entity(
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def raw_part(ctype: str, content: str) -> Entity:
    return Entity([("Content-Type", ctype)], content.encode("ascii"))


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def subj(s: str, charset: str = "utf-8") -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def date(day: int, hh: int, mm: int, ss: int = 0) -> str:
    return format_datetime(datetime(2018, 11, day, hh, mm, ss, tzinfo=CET))


def msgid(domain: str) -> str:
    return f"<{random.getrandbits(64):016X}.{random.getrandbits(20):05d}@{domain}>"


def message(top: list[tuple[str, str]], entity: Entity) -> bytes:
    headers = [(k, v) for k, v in top if v is not None]
    headers.append(("MIME-Version", "1.0"))
    headers += entity.headers
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    data = head.encode("ascii") + b"\n" + entity.body
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def quote_gt(s: str) -> str:
    return (
        "\n".join((">" + (" " + line if line else "")) for line in s.rstrip("\n").split("\n"))
        + "\n"
    )


def outlook_quote(
    sent: str, to: str = LINDA, subject: str = INV_SUBJECT, body: str = INVITATION
) -> str:
    return f"Van: {LINDA}\nVerzonden: {sent}\nAan: {to}\nOnderwerp: {subject}\n\n{body}"


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(inner: str, charset: str = "utf-8") -> str:
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f'</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{inner}\n</body>\n</html>\n'
    )


def paras_html(s: str) -> str:
    out = []
    for block in s.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html_escape(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def reg(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


def label(kind, registrants, needs_review, note):
    return {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note}


def std_top(
    frm,
    subject,
    day,
    hh,
    mm,
    domain,
    to=LINDA,
    extra=None,
    cc=None,
    in_reply_to=None,
    charset="utf-8",
):
    top = [("From", frm), ("To", to)]
    if cc:
        top.append(("Cc", cc))
    top += [
        ("Subject", subj(subject, charset)),
        ("Date", date(day, hh, mm, (hh * 7 + mm) % 60)),
        ("Message-ID", msgid(domain)),
    ]
    if in_reply_to:
        top += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    top += list(extra or [])
    return top


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
THREAD = "Thread-Topic"


# --------------------------------------------------------------------------
# the 45 messages
# --------------------------------------------------------------------------


def m001():
    top = [
        ("Return-Path", "<>"),
        ("From", "Mail Delivery System <MAILER-DAEMON@mail.kcvs.be>"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(6, 14, 3, 12)),
        ("Message-ID", "<20181106130312.4F2A81C0B3@mail.kcvs.be>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    notice = """This is the mail system at host mail.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kurt.vanlommel@pzkempenrand.be>: host mx.pzkempenrand.be[192.0.2.41] said:
    550 5.1.1 <kurt.vanlommel@pzkempenrand.be>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mail.kcvs.be
X-Postfix-Queue-ID: 4F2A81C0B3
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Tue,  6 Nov 2018 14:02:51 +0100 (CET)

Final-Recipient: rfc822; kurt.vanlommel@pzkempenrand.be
Original-Recipient: rfc822;kurt.vanlommel@pzkempenrand.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.pzkempenrand.be
Diagnostic-Code: smtp; 550 5.1.1 <kurt.vanlommel@pzkempenrand.be>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = f"""Return-Path: <linda.boudry@kcvs.be>
Received: from PC-LBOUDRY (unknown [10.20.1.57])
\tby mail.kcvs.be (Postfix) with ESMTPSA id 4F2A81C0B3;
\tTue,  6 Nov 2018 14:02:51 +0100 (CET)
From: Linda Boudry <linda.boudry@kcvs.be>
To: Linda Boudry <linda.boudry@kcvs.be>
Subject: {INV_SUBJECT}
Date: Tue, 6 Nov 2018 14:02:44 +0100
Message-ID: {INV_MSGID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    ent = multi(
        "report",
        [
            text(notice, cte="7bit", charset="us-ascii"),
            raw_part("message/delivery-status", status),
            raw_part("text/rfc822-headers", orig),
        ],
        "4F2A81C0B3.1541509392/mail.kcvs.be",
        params=" report-type=delivery-status;",
    )
    return message(top, ent), label(
        "bounce",
        [],
        False,
        "Postfix RFC 3464 DSN (multipart/report) for the invitation sent to a police-zone address that no "
        "longer exists; also carries Auto-Submitted: auto-replied; the failed address must not become a registrant",
    )


def m002():
    body = """Beste,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 16 november en heb
beperkt toegang tot mijn mailbox.
Voor dringende vragen over lokale besturen kunt u terecht bij mijn collega
Bram Nuyts (bram.nuyts@provincieantwerpen.be, 03 240 58 77).

Met vriendelijke groeten,

Lieve Jacobs
Diensthoofd Lokale Besturen
Provincie Antwerpen – Departement Ruimte
Koningin Elisabethlei 22, 2018 Antwerpen
"""
    top = std_top(
        addr("Lieve Jacobs", "lieve.jacobs@provincieantwerpen.be"),
        "Automatisch antwoord: " + INV_SUBJECT,
        6,
        14,
        5,
        "provincieantwerpen.be",
        in_reply_to=INV_MSGID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("Thread-Topic", INV_SUBJECT),
            OUTLOOK,
        ],
    )
    return message(top, text(body)), label(
        "auto_reply",
        [],
        False,
        "Exchange out-of-office from a province (Auto-Submitted: auto-replied, 'Automatisch antwoord:'); "
        "signature has a name, a function, 'Provincie Antwerpen' and a colleague's address",
    )


def m003():
    body = """Beste mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie 'Stadsorganisaties in transitie'.

Naam: Veerle Hendrickx
Stad / gemeente: Provincie Antwerpen
Functie: beleidsadviseur lokale besturen
E-mailadres: veerle.hendrickx@provincieantwerpen.be

Met vriendelijke groeten,

Veerle Hendrickx
Beleidsadviseur lokale besturen
Departement Ruimte – Dienst Gebiedsgerichte Werking
Provincie Antwerpen
Koningin Elisabethlei 22, 2018 Antwerpen
T 03 240 56 12
"""
    top = std_top(
        addr("Veerle Hendrickx", "veerle.hendrickx@provincieantwerpen.be"),
        "Inschrijving seminarie 7 december",
        7,
        9,
        12,
        "provincieantwerpen.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [
            reg(
                "Veerle Hendrickx",
                "Provincie Antwerpen",
                "beleidsadviseur lokale besturen",
                "veerle.hendrickx@provincieantwerpen.be",
            )
        ],
        False,
        "a province under 'Stad / gemeente', kept as written ('Provincie Antwerpen', not 'Antwerpen'); "
        "'2018 Antwerpen' in the signature is no municipality of hers; 8bit UTF-8",
    )


def m004():
    body = """Dag Linda,

Vanuit de VVSG zouden we graag met twee collega's aanwezig zijn op 7 december:
ikzelf (Hanne Goris, stafmedewerker personeel en organisatie,
hanne.goris@vvsg.be) en mijn collega Wouter De Smedt, adviseur lokaal bestuur
en organisatieontwikkeling (wouter.desmedt@vvsg.be, in cc).

Alvast bedankt en tot dan!

Hanne

--
Hanne Goris
Stafmedewerker Personeel & Organisatie
Vereniging van Vlaamse Steden en Gemeenten vzw
Bischoffsheimlaan 1-8, 1000 Brussel
"""
    top = std_top(
        addr("Hanne Goris", "hanne.goris@vvsg.be"),
        "Inschrijving seminarie KCVS",
        7,
        11,
        40,
        "vvsg.be",
        cc=addr("Wouter De Smedt", "wouter.desmedt@vvsg.be"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            )
        ],
    )
    return message(top, text(body, cte="7bit", flowed=True)), label(
        "registration",
        [
            reg(
                "Hanne Goris",
                "VVSG",
                "stafmedewerker personeel en organisatie",
                "hanne.goris@vvsg.be",
            ),
            reg(
                "Wouter De Smedt",
                "VVSG",
                "adviseur lokaal bestuur en organisatieontwikkeling",
                "wouter.desmedt@vvsg.be",
            ),
        ],
        False,
        "two people of the VVSG in one prose sentence ('Vanuit de VVSG'): organisation kept as written; "
        "the signature's full association name and Brussels address are not the municipality",
    )


def m005():
    txt = """VVSG Personeel & Organisatie – nieuwsbrief november 2018

1. Inspiratiedag 'Lokale besturen in verandering' – vrijdag 14 december, Gent
Inschrijven kan tot 7 december via inschrijvingen@vvsg.be met vermelding van:
Naam:
Organisatie:
Functie:
E-mailadres:

2. Ook interessant
Het Kenniscentrum Vlaamse Steden organiseert op 7 december in Antwerpen het
seminarie 'Stadsorganisaties in transitie'. Meer info bij linda.boudry@kcvs.be.

3. Nieuwe publicatie: 'De geïntegreerde organisatie van gemeente en OCMW'

U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven op
nieuwsbrief.vvsg.be. Uitschrijven: https://nieuwsbrief.vvsg.be/afmelden?u=8a71c2
"""
    html = html_doc(
        "<h2>VVSG Personeel &amp; Organisatie &ndash; nieuwsbrief november 2018</h2>\n"
        "<h3>1. Inspiratiedag 'Lokale besturen in verandering' &ndash; vrijdag 14 december, Gent</h3>\n"
        '<p>Inschrijven kan tot 7 december via <a href="mailto:inschrijvingen@vvsg.be">inschrijvingen@vvsg.be</a> '
        "met vermelding van:<br>Naam:<br>Organisatie:<br>Functie:<br>E-mailadres:</p>\n"
        "<h3>2. Ook interessant</h3>\n<p>Het Kenniscentrum Vlaamse Steden organiseert op 7 december in Antwerpen "
        "het seminarie 'Stadsorganisaties in transitie'. Meer info bij linda.boudry@kcvs.be.</p>\n"
        "<h3>3. Nieuwe publicatie: 'De ge&iuml;ntegreerde organisatie van gemeente en OCMW'</h3>\n"
        '<p style="color:#888;font-size:9pt">U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven op '
        'nieuwsbrief.vvsg.be. <a href="https://nieuwsbrief.vvsg.be/afmelden?u=8a71c2">Uitschrijven</a></p>'
    )
    top = std_top(
        addr("VVSG Nieuwsbrief", "nieuwsbrief@vvsg.be"),
        "VVSG Personeel & Organisatie – nieuwsbrief november 2018",
        7,
        16,
        0,
        "nieuwsbrief.vvsg.be",
        to="linda.boudry@kcvs.be",
        extra=[
            ("List-Id", "VVSG Personeel en Organisatie <personeel.nieuwsbrief.vvsg.be>"),
            (
                "List-Unsubscribe",
                "<mailto:afmelden-personeel@nieuwsbrief.vvsg.be>, "
                "<https://nieuwsbrief.vvsg.be/afmelden?u=8a71c2>",
            ),
            ("Precedence", "bulk"),
        ],
    )
    ent = multi("alternative", [text(txt), text(html, "html")], "----=_NextPart_VVSG_20181107_01")
    return message(top, ent), label(
        "other",
        [],
        False,
        "VVSG newsletter (List-Id, List-Unsubscribe, Precedence: bulk) with its own empty 'Naam / Organisatie' "
        "template for another event and a mention of the seminar: mass mail, not a registration",
    )


def m006():
    lines = [
        ("Naam", "Dries Vanmechelen"),
        ("Stad / gemeente", "n.v.t. – Agentschap Binnenlands Bestuur"),
        ("Functie", "accountmanager lokale besturen"),
        ("E-mailadres", "dries.vanmechelen@vlaanderen.be"),
    ]
    sig = """Dries Vanmechelen
accountmanager lokale besturen
Vlaamse overheid
Agentschap Binnenlands Bestuur – Team Lokale Besturen Antwerpen
Lange Kievitstraat 111-113 bus 71, 2018 Antwerpen"""
    txt = (
        "Beste Linda,\n\nGraag schrijf ik mij in voor het seminarie van 7 december:\n\n"
        + "\n".join(f"{k}: {v}" for k, v in lines)
        + "\n\nVriendelijke groeten,\nDries\n\n"
        + sig
        + "\n"
    )
    rows = "\n".join(
        f'<tr><td style="padding:2px 12px 2px 0"><b>{html_escape(k)}</b></td>'
        f"<td>{html_escape(v)}</td></tr>"
        for k, v in lines
    )
    html = html_doc(
        "<p>Beste Linda,</p>\n<p>Graag schrijf ik mij in voor het seminarie van 7 december:</p>\n"
        f'<table border="0" cellspacing="0">\n{rows}\n</table>\n'
        "<p>Vriendelijke groeten,<br>Dries</p>\n"
        f'<p style="color:#555;font-size:9pt">{"<br>".join(html_escape(l) for l in sig.split(chr(10)))}</p>'
    )
    top = std_top(
        addr("Vanmechelen Dries", "dries.vanmechelen@vlaanderen.be"),
        "inschrijving 7/12",
        8,
        8,
        47,
        "vlaanderen.be",
        extra=[OUTLOOK],
    )
    ent = multi("alternative", [text(txt), text(html, "html")], "_000_DB6PR0101MB2472ABB_")
    return message(top, ent), label(
        "registration",
        [
            reg(
                "Dries Vanmechelen",
                "Agentschap Binnenlands Bestuur",
                "accountmanager lokale besturen",
                "dries.vanmechelen@vlaanderen.be",
            )
        ],
        False,
        "Flemish agency instead of a municipality ('n.v.t. – Agentschap Binnenlands Bestuur'): the 'n.v.t.' is "
        "dropped, the agency kept as written; HTML table + text, QP; surname-first From; Antwerpen only in the address",
    )


def m007():
    body = """Beste mevrouw Boudry,

Graag schrijf ik mezelf en twee doctoraatsonderzoekers van onze vakgroep in
voor het seminarie 'Stadsorganisaties in transitie'.

Naam: Prof. dr. Hilde Vanacker
Stad / gemeente: UGent
Functie: hoofddocent publiek management
E-mailadres: hilde.vanacker@ugent.be

Naam: Jonas Meersman
Stad / gemeente: UGent
Functie: doctoraatsonderzoeker
E-mailadres: jonas.meersman@ugent.be

Naam: Amira El Idrissi
Stad / gemeente: UGent
Functie: doctoraatsonderzoeker
E-mailadres: amira.elidrissi@ugent.be

Met vriendelijke groeten,

Hilde Vanacker
Vakgroep Bestuurskunde en Publiek Management
Faculteit Economie en Bedrijfskunde – Universiteit Gent
Apotheekstraat 5, 9000 Gent
"""
    top = std_top(
        addr("Hilde Vanacker", "hilde.vanacker@ugent.be"),
        "Inschrijving seminarie 'Stadsorganisaties in transitie'",
        8,
        10,
        21,
        "ugent.be",
        extra=[("User-Agent", "Roundcube Webmail/1.3.7")],
    )
    return message(top, text(body)), label(
        "registration",
        [
            reg(
                "Hilde Vanacker",
                "UGent",
                "hoofddocent publiek management",
                "hilde.vanacker@ugent.be",
            ),
            reg("Jonas Meersman", "UGent", "doctoraatsonderzoeker", "jonas.meersman@ugent.be"),
            reg("Amira El Idrissi", "UGent", "doctoraatsonderzoeker", "amira.elidrissi@ugent.be"),
        ],
        False,
        "three labelled blocks from a university ('UGent', not the city Gent of the signature's 9000 Gent); "
        "'Prof. dr.' dropped; QP UTF-8",
    )


def m008():
    body = """Beste mevrouw Boudry,

Als schepen van personeel en financiën in Zoersel kom ik graag naar het
seminarie op 7 december. Mijn gemeentelijk mailadres werkt momenteel niet
goed, u mag mij op dit adres bereiken.

Met vriendelijke groet,
Guy Lemmens

Verstuurd vanaf mijn iPhone
"""
    top = std_top(
        addr("Guy Lemmens", "guy.lemmens@telenet.be"),
        "Seminarie 7 december",
        8,
        21,
        14,
        "telenet.be",
        extra=[("X-Mailer", "iPhone Mail (16A404)")],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [
            reg(
                "Guy Lemmens",
                "Zoersel",
                "schepen van personeel en financiën",
                "guy.lemmens@telenet.be",
            )
        ],
        False,
        "an alderman registers from his private Telenet address in one sentence; no other address is given, "
        "so the sender's private address is his; municipality and function from the prose",
    )


def m009():
    body = """Goeiedag,

Bedankt voor uw e-mail. Ik ben met verlof (privé) tot en met maandag 19 november;
uw bericht wordt niet doorgestuurd.
Voor het seminarie van 7 december schrijf ik me in zodra ik terug ben.
Voor dringende zaken: onthaal Interleuven, 016 28 41 00, info@interleuven.be.

Met vriendelijke groeten,
Wim Coppens
ruimtelijk planner, Interleuven
Brouwersstraat 6, 3000 Leuven
"""
    top = std_top(
        addr("Wim Coppens", "wim.coppens@interleuven.be"),
        "RE: " + INV_SUBJECT,
        6,
        14,
        9,
        "interleuven.be",
        in_reply_to=INV_MSGID,
        extra=[("X-Autoreply", "yes"), ("Precedence", "bulk")],
    )
    return message(top, text(body, charset="iso-8859-1")), label(
        "auto_reply",
        [],
        False,
        "out-of-office of an intercommunale employee with only X-Autoreply: yes and Precedence: bulk under a "
        "plain 'RE:' subject; it promises to register later, which is not a registration; ISO-8859-1 QP",
    )


def m010():
    body = """Geachte mevrouw Boudry,

Via collega's van de stad Antwerpen hoorden wij van uw seminarie. Graag melden
wij ons aan met twee collega's uit Nederland:

Naam: Marieke de Vries
Stad / gemeente: Gemeente Rotterdam
Functie: strategisch adviseur organisatieontwikkeling
E-mailadres: m.devries@rotterdam.nl

Naam: Joost van Leeuwen
Stad / gemeente: Gemeente Utrecht
Functie: programmamanager dienstverlening
E-mailadres: j.van.leeuwen@utrecht.nl

Met vriendelijke groet,

Marieke de Vries
Strategisch adviseur Organisatieontwikkeling
Gemeente Rotterdam | Directie Concern
Coolsingel 40, 3011 AD Rotterdam
"""
    top = std_top(
        addr("Vries, Marieke de", "m.devries@rotterdam.nl"),
        "Aanmelding seminarie 7 december",
        9,
        9,
        55,
        "rotterdam.nl",
        cc=addr("Leeuwen, Joost van", "j.van.leeuwen@utrecht.nl"),
        extra=[OUTLOOK],
    )
    return message(top, text(body)), label(
        "registration",
        [
            reg(
                "Marieke de Vries",
                "Rotterdam",
                "strategisch adviseur organisatieontwikkeling",
                "m.devries@rotterdam.nl",
            ),
            reg(
                "Joost van Leeuwen",
                "Utrecht",
                "programmamanager dienstverlening",
                "j.van.leeuwen@utrecht.nl",
            ),
        ],
        False,
        "two Dutch municipalities in one mail ('Gemeente Rotterdam' -> Rotterdam, 'Gemeente Utrecht' -> Utrecht); "
        "'stad Antwerpen' in the prose is not theirs; Dutch 'Achternaam, Voornaam tussenvoegsel' From headers",
    )


def m011():
    body = """Beste Linda,

Ik schrijf me graag in voor het seminarie; zie gegevens hieronder.

Naam: Jens Van Looy
Organisatie: IGEAN
Functie: coördinator intergemeentelijke samenwerking
E-mailadres: jens.vanlooy@igean.be

Met vriendelijke groeten,

Jens Van Looy
IGEAN dienstverlening
Doornaardstraat 60, 2160 Wommelgem
Tel. 03 350 08 08
"""
    top = std_top(
        addr("Jens Van Looy", "jens.vanlooy@igean.be"),
        "inschrijving seminarie",
        9,
        11,
        3,
        "igean.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, charset="iso-8859-1", cte="8bit")), label(
        "registration",
        [
            reg(
                "Jens Van Looy",
                "IGEAN",
                "coördinator intergemeentelijke samenwerking",
                "jens.vanlooy@igean.be",
            )
        ],
        False,
        "intercommunale under the label 'Organisatie:' instead of 'Stad / gemeente:' (IGEAN, as written); "
        "'2160 Wommelgem' in the signature is a trap; ISO-8859-1 in 8bit",
    )


def m012():
    body = """Beste mevrouw Boudry,

Ik ben journaliste bij Knack en werk aan een stuk over de integratie van OCMW
en gemeente. Ik zag de aankondiging van uw seminarie 'Stadsorganisaties in
transitie' op 7 december.

Is het seminarie ook toegankelijk voor pers? En zou het mogelijk zijn om na
afloop even met een van de sprekers te praten en enkele foto's te maken?

Alvast bedankt voor uw antwoord.

Met vriendelijke groeten,

Nathalie Goethals
journaliste binnenland
Knack
Raketstraat 50, 1130 Brussel
"""
    top = std_top(
        addr("Nathalie Goethals", "nathalie.goethals@knack.be"),
        "Persvraag seminarie 7 december",
        9,
        14,
        30,
        "knack.be",
        extra=[OUTLOOK],
    )
    ent = multi(
        "alternative",
        [text(body), text(html_doc(paras_html(body)), "html")],
        "_000_AM5PR0602MB3154KN_",
    )
    return message(top, ent), label(
        "other",
        [],
        True,
        "a journalist asks whether the press may attend and whether she can interview a speaker: no sign-up "
        "yet, a person must answer; name, function and organisation in the signature are a trap",
    )


def m013():
    body = """Geachte,

Hierbij mijn inschrijving voor het seminarie 'Stadsorganisaties in transitie'
(7 december, Permeke).

Naam: Mevr. Ann Verlinden
Stad / gemeente: OCMW Mortsel
Functie: OCMW-secretaris
E-mailadres: ann.verlinden@ocmw-mortsel.be

Met vriendelijke groeten,
Ann Verlinden
Secretaris OCMW Mortsel
Statiestraat 4, 2640 Mortsel
"""
    top = std_top(
        addr("Verlinden Ann", "ann.verlinden@ocmw-mortsel.be"),
        "Inschrijving seminarie",
        12,
        8,
        31,
        "ocmw-mortsel.be",
        extra=[("X-Mailer", "Novell GroupWise Internet Agent 14.2.2")],
    )
    return message(top, text(body, charset="iso-8859-1")), label(
        "registration",
        [reg("Ann Verlinden", "Mortsel", "OCMW-secretaris", "ann.verlinden@ocmw-mortsel.be")],
        False,
        "'OCMW Mortsel' -> Mortsel (the contract strips 'OCMW'); 'Mevr.' dropped; the function keeps its "
        "title 'OCMW-secretaris'; ISO-8859-1 QP, GroupWise",
    )


def m014():
    body = """Dag Linda,

Ik schrijf me graag in:

Naam: Stijn Aerts
Stad / gemeente: Boechout, Hove en Lint
Functie: intergemeentelijk preventiecoördinator
E-mailadres: stijn.aerts@boechout.be

Ik ben in dienst van de intergemeentelijke samenwerking en werk dus voor
Boechout, Hove en Lint tegelijk. Ik weet niet goed welke gemeente jullie willen
noteren; kies gerust wat voor jullie het best past.

Groetjes,
Stijn
"""
    top = std_top(
        addr("Stijn Aerts", "stijn.aerts@boechout.be"),
        "Inschrijving 7 december",
        12,
        10,
        2,
        "boechout.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [
            reg(
                "Stijn Aerts",
                "Boechout, Hove en Lint",
                "intergemeentelijk preventiecoördinator",
                "stijn.aerts@boechout.be",
            )
        ],
        True,
        "one person working for three municipalities at once ('Boechout, Hove en Lint'), who asks the "
        "organiser to choose: no single municipality can be recorded safely, so a person must decide",
    )


def m015():
    rows = [
        ("Sofie Bracke", "Fluvius", "relatiebeheerder lokale besturen", "sofie.bracke@fluvius.be"),
        ("Pieter-Jan De Clercq", "Fluvius", "HR-businesspartner", "pieterjan.declercq@fluvius.be"),
    ]
    sig = "Sofie Bracke\nRelatiebeheerder lokale besturen\nFluvius System Operator cv\nBrusselsesteenweg 199, 9090 Melle"
    txt = (
        "Beste,\n\nWij schrijven ons graag in met twee personen:\n\n"
        "Naam | Stad / gemeente | Functie | E-mailadres\n"
        + "\n".join(" | ".join(r) for r in rows)
        + "\n\nVriendelijke groeten,\n\n"
        + sig
        + "\n"
    )
    th = "".join(
        f'<th style="text-align:left;border:1px solid #999;padding:3px">{h}</th>'
        for h in ("Naam", "Stad / gemeente", "Functie", "E-mailadres")
    )
    trs = "\n".join(
        "<tr>"
        + "".join(f'<td style="border:1px solid #999;padding:3px">{html_escape(c)}</td>' for c in r)
        + "</tr>"
        for r in rows
    )
    html = html_doc(
        "<p>Beste,</p>\n<p>Wij schrijven ons graag in met twee personen:</p>\n"
        f'<table style="border-collapse:collapse">\n<tr>{th}</tr>\n{trs}\n</table>\n'
        "<p>Vriendelijke groeten,</p>\n<p>" + "<br>".join(sig.split("\n")) + "</p>"
    )
    top = std_top(
        addr("Sofie Bracke", "sofie.bracke@fluvius.be"),
        "Inschrijving seminarie 7/12 - Fluvius",
        12,
        13,
        48,
        "fluvius.be",
        cc=addr("Pieter-Jan De Clercq", "pieterjan.declercq@fluvius.be"),
        extra=[OUTLOOK],
    )
    ent = multi(
        "alternative",
        [text(txt, cte="base64"), text(html, "html", cte="base64")],
        "_000_VI1PR07MB4336FLUV_",
    )
    return message(top, ent), label(
        "registration",
        [reg(*rows[0]), reg(*rows[1])],
        False,
        "two people of an intercommunale (Fluvius) in a four-column table, header row with the labels; "
        "base64 text and HTML; '9090 Melle' in the signature is a trap",
    )


def m016():
    body = """Madame Boudry,

Je souhaiterais m'inscrire au séminaire « Stadsorganisaties in transitie » du
7 décembre. Je comprends bien le néerlandais.

Nom : Sophie Dubois
Ville / commune : Commune d'Ixelles
Fonction : directrice des ressources humaines
E-mail : sophie.dubois@ixelles.brussels

Bien à vous,

Sophie Dubois
Directrice des ressources humaines
Commune d'Ixelles
Chaussée d'Ixelles 168, 1050 Ixelles
"""
    top = std_top(
        addr("Sophie Dubois", "sophie.dubois@ixelles.brussels"),
        "Inscription séminaire du 7 décembre",
        13,
        9,
        18,
        "ixelles.brussels",
        charset="iso-8859-1",
        extra=[OUTLOOK],
    )
    return message(top, text(body, charset="iso-8859-1")), label(
        "registration",
        [
            reg(
                "Sophie Dubois",
                "Elsene",
                "directrice des ressources humaines",
                "sophie.dubois@ixelles.brussels",
            )
        ],
        False,
        "a Brussels municipality in French ('Commune d'Ixelles'): canonical Dutch name 'Elsene'; French labels; "
        "ISO-8859-1 QP body and RFC 2047 subject",
    )


def m017():
    new = """Ik kom graag naar het seminarie.

Met vriendelijke groeten

Sara De Wilde
projectmedewerker intergemeentelijke samenwerking
Veneco
Panhuisstraat 1, 9070 Destelbergen
T 09 218 84 12 | sara.dewilde@veneco.be
"""
    quoted = outlook_quote("dinsdag 6 november 2018 14:02")
    txt = new + "\n" + quoted
    html = html_doc(
        paras_html(new)
        + '\n<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt">'
        + paras_html(quoted)
        + "</div>"
    )
    top = std_top(
        addr("Sara De Wilde", "sara.dewilde@veneco.be"),
        "RE: " + INV_SUBJECT,
        13,
        11,
        26,
        "veneco.be",
        in_reply_to=INV_MSGID,
        extra=[("Thread-Topic", INV_SUBJECT), OUTLOOK],
    )
    ent = multi("alternative", [text(txt), text(html, "html")], "_000_HE1PR0801MB1867VEN_")
    return message(top, ent), label(
        "registration",
        [
            reg(
                "Sara De Wilde",
                "Veneco",
                "projectmedewerker intergemeentelijke samenwerking",
                "sara.dewilde@veneco.be",
            )
        ],
        False,
        "'ik kom graag' reply: all fields come from the signature, where the organisation is an intercommunale "
        "(Veneco) and the address names Destelbergen; the quoted invitation has the empty template",
    )


def m018():
    body = """Hallo,

Naam: Evy Moens
Stad/gemeente: Mechelen (woonplaats)
Functie: beleidsmedewerker
E-mailadres: evy.moens@gmail.com

Groetjes,
Evy
"""
    top = std_top(
        addr("Evy Moens", "evy.moens@gmail.com"),
        "inschrijving seminarie",
        13,
        20,
        44,
        "mail.gmail.com",
    )
    html = html_doc(
        '<div dir="ltr">' + "<br>".join(html_escape(l) for l in body.strip().split("\n")) + "</div>"
    )
    ent = multi(
        "alternative",
        [text(body, charset="UTF-8"), text(html, "html", charset="UTF-8")],
        "000000000000a1b2c3057a1d2e3f",
    )
    return message(top, ent), label(
        "registration",
        [reg("Evy Moens", None, "beleidsmedewerker", "evy.moens@gmail.com")],
        True,
        "'Mechelen (woonplaats)': she gives her home town, not her employer, and nothing else (private Gmail, "
        "bare function) says where she works: the municipality cannot be filled in safely",
    )


def m019():
    body = """Goedemorgen,

Naam:\t\t\tDhr. Marc Vandevoorde
Stad / gemeente:\tPolitiezone Kempenrand
Functie:\t\tkorpschef
E-mailadres:\t\tmarc.vandevoorde@pzkempenrand.be

Met vriendelijke groeten,

Hoofdcommissaris Marc Vandevoorde
Korpschef
Politiezone Kempenrand
Kerkplein 3, 2240 Zandhoven
"""
    top = std_top(
        addr("Vandevoorde Marc", "marc.vandevoorde@pzkempenrand.be"),
        "Inschrijving seminarie",
        14,
        7,
        58,
        "pzkempenrand.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="7bit", charset="us-ascii")), label(
        "registration",
        [
            reg(
                "Marc Vandevoorde",
                "Politiezone Kempenrand",
                "korpschef",
                "marc.vandevoorde@pzkempenrand.be",
            )
        ],
        False,
        "a police zone under 'Stad / gemeente' (kept as written); tab-aligned labels; 'Dhr.' dropped; "
        "'Hoofdcommissaris' in the signature is a rank, the stated function is 'korpschef'",
    )


def m020():
    conf = """Beste Bert,

Hartelijk dank voor uw inschrijving voor het seminarie 'Stadsorganisaties in
transitie' op vrijdag 7 december 2018. Wij noteerden:

Naam: Bert Vandenbussche
Stad / gemeente: Farys
Functie: adviseur klantenrelaties lokale besturen
E-mailadres: bert.vandenbussche@farys.be

Tot dan!

Linda Boudry
Kenniscentrum Vlaamse Steden
"""
    body = (
        "Beste Linda,\n\nDoor een samenloop van omstandigheden kan ik op 7 december toch niet komen.\n"
        "Mag ik u vragen mij uit te schrijven?\n\nGroeten,\nBert\n\n"
        + outlook_quote(
            "maandag 12 november 2018 09:14",
            to="Bert Vandenbussche <bert.vandenbussche@farys.be>",
            subject=CONF_SUBJECT,
            body=conf,
        )
    )
    top = std_top(
        addr("Bert Vandenbussche", "bert.vandenbussche@farys.be"),
        "RE: " + CONF_SUBJECT,
        14,
        10,
        6,
        "farys.be",
        in_reply_to="<5BE93A12.1090907@kcvs.be>",
        extra=[OUTLOOK],
    )
    return message(top, text(body)), label(
        "cancellation",
        [
            reg(
                "Bert Vandenbussche",
                "Farys",
                "adviseur klantenrelaties lokale besturen",
                "bert.vandenbussche@farys.be",
            )
        ],
        False,
        "cancellation ('mij uit te schrijven') in reply to the confirmation, which is quoted with all four "
        "fields; the organisation there is the water company Farys (kept as written)",
    )


def m021():
    inner = """<p>Beste Linda,</p>
<p>Mijn collega en ik nemen graag deel aan het seminarie &lsquo;Stadsorganisaties in transitie&rsquo; op 7 december:</p>
<ul>
<li>Thomas Claessens &ndash; Deloitte &ndash; senior manager public sector &ndash; <a href="mailto:tclaessens@deloitte.com">tclaessens@deloitte.com</a></li>
<li>Eline Dewaele &ndash; Deloitte &ndash; consultant public sector &ndash; <a href="mailto:edewaele@deloitte.com">edewaele@deloitte.com</a></li>
</ul>
<p>Met vriendelijke groeten,</p>
<p><b>Thomas Claessens</b><br>Senior Manager | Public Sector<br>Deloitte Consulting &amp; Advisory<br>Gateway building, Luchthaven Brussel Nationaal 1 J, 1930 Zaventem</p>
<p style="color:#999;font-size:8pt">This message (including any attachments) contains confidential information intended for a specific individual and purpose. If you are not the intended recipient, you should delete this message.</p>"""
    top = std_top(
        addr("Claessens, Thomas (BE - Brussels)", "tclaessens@deloitte.com"),
        "Deelname seminarie 7 december",
        14,
        16,
        37,
        "deloitte.com",
        extra=[OUTLOOK],
    )
    return message(top, text(html_doc(inner), "html")), label(
        "registration",
        [
            reg(
                "Thomas Claessens",
                "Deloitte",
                "senior manager public sector",
                "tclaessens@deloitte.com",
            ),
            reg("Eline Dewaele", "Deloitte", "consultant public sector", "edewaele@deloitte.com"),
        ],
        False,
        "HTML-only mail from a consultancy: two people in a bulleted list with en dashes (HTML entities); "
        "'Deloitte' as the organisation; '(BE - Brussels)' in the From name and 1930 Zaventem are traps",
    )


def m022():
    body = """Beste Linda,

Naam: Lien Vanneste
Stad / gemeente: Kortrijk
Functie: projectleider bij AGB Stadsontwikkeling Kortrijk
E-mailadres: lien.vanneste@kortrijk.be

Groeten,
Lien Vanneste
Projectleider
Autonoom Gemeentebedrijf Stadsontwikkeling Kortrijk
Grote Markt 54, 8500 Kortrijk
"""
    top = std_top(
        addr("Lien Vanneste", "lien.vanneste@kortrijk.be"),
        "Inschrijving seminarie 7 december",
        15,
        9,
        5,
        "kortrijk.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [reg("Lien Vanneste", "Kortrijk", "projectleider", "lien.vanneste@kortrijk.be")],
        False,
        "autonomous municipal company (AGB): she fills in 'Kortrijk' herself; the AGB appears only in the "
        "function line, which must lose its organisation ('bij AGB ... Kortrijk') -> 'projectleider'",
    )


def m023():
    body = """Dag Linda,

In bijlage het verslag van de werkgroep regionale samenwerking van dinsdag.
De volgende bijeenkomst is op dinsdag 11 december om 14 uur in het
provinciehuis.

Groeten,
Lieve

Lieve Jacobs
Diensthoofd Lokale Besturen
Provincie Antwerpen
"""
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    top = std_top(
        addr("Lieve Jacobs", "lieve.jacobs@provincieantwerpen.be"),
        "Verslag werkgroep regionale samenwerking 13 november",
        15,
        11,
        50,
        "provincieantwerpen.be",
        extra=[OUTLOOK],
    )
    ent = multi(
        "mixed",
        [text(body), attachment(pdf, "application/pdf", "verslag_werkgroep_20181113.pdf")],
        "_004_DB7PR0402MB3772PROV_",
    )
    return message(top, ent), label(
        "other",
        [],
        False,
        "unrelated work mail from a province contact (minutes of another working group, PDF attached, a "
        "December date): nothing to do with the seminar, leave it alone",
    )


def m024():
    body = """Beste mevrouw Boudry,

Via mijn promotor hoorde ik van uw seminarie. Ik schrijf me graag in:

Naam: Fien Stevens
Stad / gemeente: geen, ik ben student aan de Universiteit Antwerpen
Functie: masterstudent Bestuurskunde
E-mailadres: fien.stevens@student.uantwerpen.be

Vriendelijke groeten,
Fien Stevens
"""
    top = std_top(
        addr("Fien Stevens", "fien.stevens@student.uantwerpen.be"),
        "Inschrijving seminarie",
        15,
        15,
        12,
        "student.uantwerpen.be",
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.13; rv:60.0) Gecko/20100101 Thunderbird/60.2.1",
            )
        ],
    )
    return message(top, text(body, cte="8bit", flowed=True)), label(
        "registration",
        [
            reg(
                "Fien Stevens",
                "Universiteit Antwerpen",
                "masterstudent Bestuurskunde",
                "fien.stevens@student.uantwerpen.be",
            )
        ],
        False,
        "a student: 'geen, ik ben student aan de Universiteit Antwerpen' under 'Stad / gemeente' -> the "
        "university as written (not Antwerpen, not null); whether students may come is policy, not parsing",
    )


def m025():
    body = """Goedemiddag,

Graag schrijf ik twee deelnemers in voor het seminarie van 7 december.

1. Dirk Wuyts – zonecommandant – dirk.wuyts@hvzkempen.be
2. Lies Geudens – diensthoofd HR – lies.geudens@hvzkempen.be

Wij zijn geen gemeente maar een hulpverleningszone: Hulpverleningszone Kempen.

Vriendelijke groet,

Lies Geudens
Diensthoofd HR
Hulpverleningszone Kempen
Kastelsedijk 5, 2480 Dessel
"""
    top = std_top(
        addr("Lies Geudens", "lies.geudens@hvzkempen.be"),
        "Inschrijving seminarie",
        16,
        13,
        33,
        "hvzkempen.be",
        extra=[OUTLOOK],
    )
    ent = multi(
        "alternative",
        [text(body), text(html_doc(paras_html(body)), "html")],
        "_000_AM6PR05MB5671HVZ_",
    )
    return message(top, ent), label(
        "registration",
        [
            reg(
                "Dirk Wuyts",
                "Hulpverleningszone Kempen",
                "zonecommandant",
                "dirk.wuyts@hvzkempen.be",
            ),
            reg(
                "Lies Geudens",
                "Hulpverleningszone Kempen",
                "diensthoofd HR",
                "lies.geudens@hvzkempen.be",
            ),
        ],
        False,
        "fire/rescue zone: two people in a numbered list with en dashes; the organisation is given once for "
        "both, in a sentence ('geen gemeente maar ... Hulpverleningszone Kempen'); 2480 Dessel is a trap",
    )


def m026():
    body = """Beste,

Naam: Joke Segers
Stad / gemeente: Brussel
Functie: projectleider
E-mailadres: joke.segers@vlaanderen.be

Vriendelijke groet,

Joke Segers
Projectleider
Vlaamse overheid
Departement Omgeving
Koning Albert II-laan 20 bus 8, 1000 Brussel
"""
    top = std_top(
        addr("Segers Joke", "joke.segers@vlaanderen.be"),
        "Inschrijving seminarie 7 december",
        16,
        15,
        2,
        "vlaanderen.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body)), label(
        "registration",
        [
            reg(
                "Joke Segers",
                "Vlaamse overheid – Departement Omgeving",
                "projectleider",
                "joke.segers@vlaanderen.be",
            )
        ],
        True,
        "contradiction: 'Stad / gemeente: Brussel' but the signature and address say Vlaamse overheid, "
        "Departement Omgeving in Brussels; Brussel is probably her office location, not her employer, "
        "so a person should decide what to record",
    )


def m027():
    body = """dag Linda,

naam: Nele Ooms
stad / gemeente: Vlaamse overheid – Departement Kanselarij en Bestuur
functie: beleidsadviseur team Lokaal Bestuur
e-mailadres: nele.ooms@vlaanderen.be

tot 7 december!
Nele

Nele Ooms
beleidsadviseur
Vlaamse overheid | Departement Kanselarij en Bestuur
Havenlaan 88 bus 20, 1000 Brussel
"""
    top = std_top(
        addr("Nele Ooms", "nele.ooms@vlaanderen.be"),
        "inschrijving",
        19,
        9,
        41,
        "vlaanderen.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [
            reg(
                "Nele Ooms",
                "Vlaamse overheid – Departement Kanselarij en Bestuur",
                "beleidsadviseur team Lokaal Bestuur",
                "nele.ooms@vlaanderen.be",
            )
        ],
        False,
        "Flemish government department under lower-case labels, kept as written; 'Lokaal Bestuur' in the "
        "function is not the municipality prefix; '1000 Brussel' in the signature is a trap",
    )


def m028():
    body = """Goedemiddag,

Graag schrijf ik mij in voor het seminarie “Stadsorganisaties in transitie”:

Naam: Kaat Verhaegen
Stad / gemeente: Sociaal Huis Lokeren
Functie: teamverantwoordelijke sociale dienst
E-mailadres: kaat.verhaegen@lokeren.be

Met vriendelijke groeten…
Kaat Verhaegen
"""
    top = std_top(
        addr("Kaat Verhaegen", "kaat.verhaegen@lokeren.be"),
        "Inschrijving seminarie “Stadsorganisaties in transitie”",
        19,
        11,
        11,
        "lokeren.be",
        charset="windows-1252",
        extra=[OUTLOOK],
    )
    return message(top, text(body, charset="windows-1252")), label(
        "registration",
        [
            reg(
                "Kaat Verhaegen",
                "Lokeren",
                "teamverantwoordelijke sociale dienst",
                "kaat.verhaegen@lokeren.be",
            )
        ],
        False,
        "'Sociaal Huis Lokeren' is the local OCMW's social house, part of the local government like 'OCMW': "
        "-> Lokeren; windows-1252 QP with curly quotes and an ellipsis, RFC 2047 subject",
    )


def m029():
    body = """Beste mevrouw Boudry,

Ik ben laatstejaarsstudent Politieke Wetenschappen aan de VUB en schrijf mijn
masterproef over de integratie van OCMW en gemeente. Mag ik als student ook
naar het seminarie van 7 december komen, of is het enkel voor personeel en
mandatarissen van steden en gemeenten?

En zou u eventueel tijd hebben voor een kort interview over het Kenniscentrum?

Met vriendelijke groeten,
Ruben Baert
"""
    top = std_top(
        addr("Ruben Baert", "ruben.baert95@gmail.com"),
        "Vraag over seminarie 7 december",
        19,
        22,
        7,
        "mail.gmail.com",
    )
    html = html_doc('<div dir="ltr">' + paras_html(body) + "</div>")
    ent = multi(
        "alternative",
        [text(body, charset="UTF-8"), text(html, "html", charset="UTF-8")],
        "0000000000007f3e21057b0c9a41",
    )
    return message(top, ent), label(
        "other",
        [],
        True,
        "a student asks whether students may attend (and for an interview) before registering: no sign-up, "
        "needs a personal answer",
    )


def m030():
    body = """Dag Linda,

Ik neem graag deel aan het seminarie op 7 december.

Naam: Wannes Peetermans
Organisatie: Möbius
Functie: senior consultant publieke sector
E-mailadres: wannes.peetermans@mobius.eu

Met vriendelijke groeten,

Wannes Peetermans | Senior consultant
Möbius Business Redesign
Kortrijksesteenweg 1107, 9051 Gent
"""
    top = std_top(
        addr("Wannes Peetermans", "wannes.peetermans@mobius.eu"),
        "Inschrijving – seminarie 7 december",
        20,
        8,
        52,
        "mobius.eu",
        charset="windows-1252",
        extra=[OUTLOOK],
    )
    return message(top, text(body, charset="windows-1252")), label(
        "registration",
        [
            reg(
                "Wannes Peetermans",
                "Möbius",
                "senior consultant publieke sector",
                "wannes.peetermans@mobius.eu",
            )
        ],
        False,
        "consultancy under 'Organisatie:' with an umlaut (Möbius, as written); windows-1252 QP body and "
        "RFC 2047 subject with an en dash; '9051 Gent' in the signature is a trap",
    )


def m031():
    body = """Hallo,

Wij schrijven ons graag in, als gemeenteraadsleden van Schoten:

Ilse Van Gorp – gemeenteraadslid – ilse.vangorp@hotmail.com
Raf Bogaerts – gemeenteraadslid en fractievoorzitter

Raf heeft geen mailadres dat hij vaak leest; stuur alles gerust naar mij.

Vriendelijke groeten,
Ilse
"""
    top = std_top(
        addr("Ilse Van Gorp", "ilse.vangorp@hotmail.com"),
        "inschrijving seminarie 7/12",
        20,
        19,
        26,
        "hotmail.com",
    )
    return message(top, text(body, cte="base64")), label(
        "registration",
        [
            reg("Ilse Van Gorp", "Schoten", "gemeenteraadslid", "ilse.vangorp@hotmail.com"),
            reg("Raf Bogaerts", "Schoten", "gemeenteraadslid en fractievoorzitter", None),
        ],
        False,
        "two council members from a private Hotmail address; the municipality is given once in a sentence; "
        "the second has no address of his own (null, not hers: 'stuur alles naar mij' is not his address); base64",
    )


def m032():
    body = """Beste Linda,

Ik had mij ingeschreven voor het seminarie 'Stadsorganisaties in transitie',
maar ik moet helaas afzeggen: net op 7 december werd een raad van bestuur
gepland.

Met vriendelijke groeten,

Annick Smolders
stafmedewerker bestuurszaken
IOK
Antwerpseweg 1, 2440 Geel
"""
    top = std_top(
        addr("Annick Smolders", "annick.smolders@iok.be"),
        "Afmelding seminarie 7 december",
        20,
        14,
        15,
        "iok.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="7bit", charset="us-ascii")), label(
        "cancellation",
        [reg("Annick Smolders", "IOK", "stafmedewerker bestuurszaken", "annick.smolders@iok.be")],
        False,
        "plain cancellation ('ik moet helaas afzeggen') by an intercommunale employee; details from the "
        "signature: IOK (as written), not Geel of '2440 Geel'",
    )


def m033():
    body = """Beste mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie van vrijdag 7 december.

Naam: Ine Vanderstraeten
Stad / gemeente: Haviland
Functie: coördinator intergemeentelijke dienstverlening
E-mailadres: ine.vanderstraeten@haviland.be

Haviland is de intercommunale voor Halle-Vilvoorde; ik werk dagelijks met een
twintigtal gemeenten samen.

Met vriendelijke groeten,
Ine Vanderstraeten
Haviland Intercommunale
Brusselsesteenweg 617, 1731 Zellik
"""
    top = std_top(
        addr("Ine Vanderstraeten", "ine.vanderstraeten@haviland.be"),
        "inschrijving seminarie KCVS",
        21,
        10,
        19,
        "haviland.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body)), label(
        "registration",
        [
            reg(
                "Ine Vanderstraeten",
                "Haviland",
                "coördinator intergemeentelijke dienstverlening",
                "ine.vanderstraeten@haviland.be",
            )
        ],
        False,
        "intercommunale (Haviland) under 'Stad / gemeente'; she works with many municipalities but her "
        "employer is clear, so no review; 'Halle-Vilvoorde' and '1731 Zellik' are traps; QP UTF-8",
    )


def m034():
    body = """Beste mevrouw Boudry,

Ik schrijf mij graag in voor het seminarie van 7 december.

Naam: Karim Benali
Stad / gemeente: Gewestelijke Overheidsdienst Brussel – Brussel Plaatselijke Besturen
Functie: attaché opvolging lokale besturen
E-mailadres: kbenali@gob.brussels

Met vriendelijke groeten,
Bien à vous,

Karim Benali
Attaché
Brussel Plaatselijke Besturen | Bruxelles Pouvoirs locaux
Sint-Lazarusplein 2, 1035 Brussel | Place Saint-Lazare 2, 1035 Bruxelles
"""
    top = std_top(
        addr("Karim Benali", "kbenali@gob.brussels"),
        "Inschrijving seminarie 7/12",
        21,
        14,
        27,
        "gob.brussels",
        extra=[OUTLOOK],
    )
    ent = multi(
        "alternative",
        [text(body), text(html_doc(paras_html(body)), "html")],
        "_000_DB8PR09MB3410GOB_",
    )
    return message(top, ent), label(
        "registration",
        [
            reg(
                "Karim Benali",
                "Gewestelijke Overheidsdienst Brussel – Brussel Plaatselijke Besturen",
                "attaché opvolging lokale besturen",
                "kbenali@gob.brussels",
            )
        ],
        False,
        "Brussels Capital Region administration kept as written (not 'Brussel'); bilingual NL/FR signature "
        "with 'Bruxelles'; text + HTML",
    )


def m035():
    body = """Dag Linda,

Naam: Koen Verbist
Stad / gemeente: Ranst / IGEAN
Functie: schepen van ruimtelijke ordening in Ranst, in het dagelijks leven projectleider bij IGEAN
E-mailadres: koen.verbist@igean.be

Tot dan,
Koen
"""
    top = std_top(
        addr("Koen Verbist", "koen.verbist@igean.be"),
        "inschrijving 7 december",
        22,
        12,
        40,
        "igean.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [
            reg(
                "Koen Verbist",
                "Ranst / IGEAN",
                "schepen van ruimtelijke ordening in Ranst, projectleider bij IGEAN",
                "koen.verbist@igean.be",
            )
        ],
        True,
        "two capacities at once: alderman in Ranst and employee of the intercommunale IGEAN ('Ranst / IGEAN'); "
        "which one he comes for (municipality and function) cannot be decided safely",
    )


def m036():
    inner = """<p>Beste mevrouw Boudry,</p>
<p>Met interesse zagen wij dat u op 7 december een seminarie &lsquo;Stadsorganisaties in transitie&rsquo; organiseert.
TransitieLab begeleidt al meer dan tien steden en gemeenten bij hun organisatieverandering.</p>
<p>Graag stellen wij ons aanbod aan u voor: <b>coaching van leidinggevenden, verandertrajecten en
procesbegeleiding</b>. Plan vrijblijvend een kennismakingsgesprek via
<a href="https://www.transitielab.be/afspraak">www.transitielab.be/afspraak</a>.</p>
<p>Met vriendelijke groeten,<br>Leen Martens<br>Business developer<br>TransitieLab bv</p>
<p style="color:#999;font-size:8pt">Wenst u geen berichten meer van ons te ontvangen?
<a href="https://www.transitielab.be/afmelden">Klik hier om af te melden.</a></p>"""
    top = std_top(
        addr("Leen Martens | TransitieLab", "leen@transitielab.be"),
        "Uw seminarie ‘Stadsorganisaties in transitie’ – wij helpen graag",
        22,
        15,
        5,
        "transitielab.be",
        to="linda.boudry@kcvs.be",
    )
    return message(top, text(html_doc(inner), "html")), label(
        "other",
        [],
        False,
        "HTML-only sales pitch of a consultancy that names the seminar and offers an 'afmelden' link "
        "(unsubscribe, not a cancellation): unrelated mail",
    )


def m037():
    body = """Beste,

Graag schrijf ik mij in voor het seminarie 'Stadsorganisaties in transitie'.

Naam: Dorien Schepens
Stad / gemeente: Welzijnsvereniging Zorgnet Rupel
Functie: coördinator woonzorgcentra
E-mailadres: dorien.schepens@zorgnetrupel.be

Met vriendelijke groet,

Dorien Schepens
Coördinator woonzorgcentra
Welzijnsvereniging Zorgnet Rupel
vereniging van de OCMW's van Boom, Niel en Rumst
"""
    top = std_top(
        addr("Dorien Schepens", "dorien.schepens@zorgnetrupel.be"),
        "Inschrijving seminarie",
        23,
        9,
        34,
        "zorgnetrupel.be",
        extra=[OUTLOOK],
    )
    ent = multi(
        "alternative",
        [text(body), text(html_doc(paras_html(body)), "html")],
        "_000_PR1PR04MB2288ZNR_",
    )
    return message(top, ent), label(
        "registration",
        [
            reg(
                "Dorien Schepens",
                "Welzijnsvereniging Zorgnet Rupel",
                "coördinator woonzorgcentra",
                "dorien.schepens@zorgnetrupel.be",
            )
        ],
        False,
        "welfare association of several OCMWs, kept as written; the signature lists three municipalities "
        "(Boom, Niel, Rumst) but her employer is the association, so no review",
    )


def m038():
    body = """Beste Linda,

Voor het seminarie van 7 december schrijf ik graag mezelf en twee studenten
in. Wij zijn geen stad of gemeente: we komen van de Hogeschool Gent
(opleiding Bestuurskunde).

- Griet Van Hoecke, lector bestuurskunde, griet.vanhoecke@hogent.be
- Robbe Maes, student bestuurskunde
- Yasmine Bouzid, student bestuurskunde

De studenten hebben geen mailadres dat ze vaak lezen; stuur de bevestiging
gerust naar mij.

Vriendelijke groeten,

Griet Van Hoecke
Lector Bestuurskunde – HOGENT
Valentin Vaerwyckweg 1, 9000 Gent
"""
    top = std_top(
        addr("Griet Van Hoecke", "griet.vanhoecke@hogent.be"),
        "Inschrijving 3 personen seminarie",
        23,
        13,
        17,
        "hogent.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [
            reg(
                "Griet Van Hoecke",
                "Hogeschool Gent",
                "lector bestuurskunde",
                "griet.vanhoecke@hogent.be",
            ),
            reg("Robbe Maes", "Hogeschool Gent", "student bestuurskunde", None),
            reg("Yasmine Bouzid", "Hogeschool Gent", "student bestuurskunde", None),
        ],
        False,
        "a lecturer registers herself and two students of a college ('Hogeschool Gent', not Gent); the "
        "students have no address (null, not the lecturer's)",
    )


def m039():
    body = """Beste mevrouw Boudry,

Mijn collega Pieter Dumon en ik hadden ons ingeschreven voor het seminarie
van 7 december. Door een deadline bij een klant moeten wij ons helaas
allebei verontschuldigen.

Met vriendelijke groeten,

Elke Verstraete
Senior consultant
IDEA Consult
Kunstlaan 1-2, 1210 Brussel
"""
    top = std_top(
        addr("Elke Verstraete", "elke.verstraete@ideaconsult.be"),
        "Afmelding seminarie 7 december",
        26,
        8,
        40,
        "ideaconsult.be",
        extra=[OUTLOOK],
    )
    ent = multi(
        "alternative",
        [text(body), text(html_doc(paras_html(body)), "html")],
        "_000_VI1PR02MB5120IDEA_",
    )
    return message(top, ent), label(
        "cancellation",
        [
            reg(
                "Elke Verstraete",
                "IDEA Consult",
                "senior consultant",
                "elke.verstraete@ideaconsult.be",
            ),
            reg("Pieter Dumon", "IDEA Consult", None, None),
        ],
        False,
        "one mail cancels two consultants ('ons ... verontschuldigen'); the colleague has no function or "
        "address here (null); the firm from the signature, not '1210 Brussel'",
    )


def m040():
    body = """Beste Linda,

Naam: Tinne Boeckx
Stad / gemeente: Herenthout
Functie: HR-consulent
E-mailadres: tinne.boeckx@herenthout.be

Ter info: ik ben in dienst van Herenthout, maar via onze gedeelde
personeelsdienst werk ik ook voor Grobbendonk en Vorselaar.

Vriendelijke groeten,
Tinne Boeckx
"""
    top = std_top(
        addr("Tinne Boeckx", "tinne.boeckx@herenthout.be"),
        "Inschrijving seminarie 7 december",
        26,
        11,
        22,
        "herenthout.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body)), label(
        "registration",
        [reg("Tinne Boeckx", "Herenthout", "HR-consulent", "tinne.boeckx@herenthout.be")],
        False,
        "shared-services employee: she also works for Grobbendonk and Vorselaar, but says she is employed by "
        "Herenthout and fills in Herenthout, so the municipality is clear",
    )


def m041():
    body = """Dag mevrouw Boudry,

Ik volg voor de krant de hervorming van de Antwerpse stadsorganisatie en kom
graag luisteren.

Naam: Bart Schoeters
Organisatie: Gazet van Antwerpen
Functie: journalist stadsredactie
E-mailadres: bart.schoeters@gva.be

Groeten,
Bart Schoeters
"""
    top = std_top(
        addr("Bart Schoeters", "bart.schoeters@gva.be"),
        "inschrijving seminarie",
        27,
        10,
        3,
        "gva.be",
    )
    return message(top, text(body, cte="7bit", charset="us-ascii")), label(
        "registration",
        [
            reg(
                "Bart Schoeters",
                "Gazet van Antwerpen",
                "journalist stadsredactie",
                "bart.schoeters@gva.be",
            )
        ],
        False,
        "a journalist registers with the labelled template and no question; the organisation 'Gazet van "
        "Antwerpen' is a newspaper, not the city Antwerpen",
    )


def m042():
    body = """Beste Linda,

Naam: Wout Peeraer
Stad / gemeente: ik woon in Kontich, maar ik werk voor de Provincie Antwerpen
Functie: juridisch adviseur
E-mailadres: wout.peeraer@provincieantwerpen.be

Groeten,
Wout
"""
    top = std_top(
        addr("Wout Peeraer", "wout.peeraer@provincieantwerpen.be"),
        "inschrijving seminarie",
        27,
        14,
        55,
        "provincieantwerpen.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body, cte="8bit")), label(
        "registration",
        [
            reg(
                "Wout Peeraer",
                "Provincie Antwerpen",
                "juridisch adviseur",
                "wout.peeraer@provincieantwerpen.be",
            )
        ],
        False,
        "home town and employer both in the 'Stad / gemeente' line, clearly told apart: the employer "
        "(Provincie Antwerpen, as written) counts, not Kontich",
    )


def m043():
    body = """Beste Linda,

Ik kan op 7 december helaas toch niet aanwezig zijn (mijn lesopdracht werd
verplaatst). Mijn collega Marie Claes, postdoctoraal onderzoeker aan ons
instituut (marie.claes@kuleuven.be), zou graag in mijn plaats komen. Kan dat?

Groeten,
Jeroen

dr. Jeroen Lemaire
onderzoeksleider
KU Leuven – Instituut voor de Overheid
Parkstraat 45 bus 3609, 3000 Leuven
"""
    top = std_top(
        addr("Jeroen Lemaire", "jeroen.lemaire@kuleuven.be"),
        "Seminarie 7 december: vervanging",
        28,
        9,
        27,
        "kuleuven.be",
        extra=[OUTLOOK],
    )
    return message(top, text(body)), label(
        "cancellation",
        [
            reg(
                "Jeroen Lemaire",
                "KU Leuven – Instituut voor de Overheid",
                "onderzoeksleider",
                "jeroen.lemaire@kuleuven.be",
            )
        ],
        True,
        "substitution: a university researcher cancels and a colleague (with address) takes his place, "
        "with a question ('Kan dat?'); two actions at once, a person must handle it",
    )


def m044():
    body = """Goedemiddag,

Naam: Tim Roelants
Stad / gemeente: Publiek Kompas (adviesbureau)
Functie: zaakvoerder
E-mailadres: tim@publiekkompas.be

Is het seminarie ook toegankelijk voor private adviseurs? Zo niet, laat het
gerust weten, dan trek ik mijn inschrijving in.

Met vriendelijke groeten,
Tim Roelants
"""
    top = std_top(
        addr("Tim Roelants", "tim@publiekkompas.be"),
        "Inschrijving seminarie 7 december",
        29,
        13,
        9,
        "publiekkompas.be",
    )
    return message(top, text(body, cte="7bit", charset="us-ascii")), label(
        "registration",
        [reg("Tim Roelants", "Publiek Kompas", "zaakvoerder", "tim@publiekkompas.be")],
        True,
        "a consultant registers and asks whether private advisers may attend: registration with a question "
        "that a person must answer",
    )


def m045():
    conf = """Beste Marieke,

Hartelijk dank voor uw inschrijving voor het seminarie 'Stadsorganisaties in
transitie' op vrijdag 7 december 2018. Wij noteerden:

Naam: Marieke de Vries
Stad / gemeente: Rotterdam
Functie: strategisch adviseur organisatieontwikkeling
E-mailadres: m.devries@rotterdam.nl

Tot dan!

Linda Boudry
Kenniscentrum Vlaamse Steden
"""
    body = (
        "Geachte mevrouw Boudry,\n\n"
        "Helaas moet ik mijn aanmelding voor het seminarie van 7 december intrekken.\n"
        "Mijn collega Joost van Leeuwen (gemeente Utrecht) komt wel, zoals afgesproken.\n\n"
        "Met vriendelijke groet,\n\nMarieke de Vries\nStrategisch adviseur Organisatieontwikkeling\n"
        "Gemeente Rotterdam\n\n"
        + outlook_quote(
            "vrijdag 9 november 2018 16:20",
            to="Vries, Marieke de <m.devries@rotterdam.nl>",
            subject=CONF_SUBJECT,
            body=conf,
        )
    )
    top = std_top(
        addr("Vries, Marieke de", "m.devries@rotterdam.nl"),
        "RE: " + CONF_SUBJECT,
        30,
        8,
        12,
        "rotterdam.nl",
        in_reply_to="<5BE5A5C4.2030104@kcvs.be>",
        extra=[OUTLOOK],
    )
    return message(top, text(body)), label(
        "cancellation",
        [
            reg(
                "Marieke de Vries",
                "Rotterdam",
                "strategisch adviseur organisatieontwikkeling",
                "m.devries@rotterdam.nl",
            )
        ],
        False,
        "Dutch-style cancellation ('mijn aanmelding ... intrekken') of one of the two registered in 010; the "
        "colleague from Utrecht who still comes must not be cancelled; quoted confirmation with her fields",
    )


MESSAGES = [
    m001,
    m002,
    m003,
    m004,
    m005,
    m006,
    m007,
    m008,
    m009,
    m010,
    m011,
    m012,
    m013,
    m014,
    m015,
    m016,
    m017,
    m018,
    m019,
    m020,
    m021,
    m022,
    m023,
    m024,
    m025,
    m026,
    m027,
    m028,
    m029,
    m030,
    m031,
    m032,
    m033,
    m034,
    m035,
    m036,
    m037,
    m038,
    m039,
    m040,
    m041,
    m042,
    m043,
    m044,
    m045,
]


def main() -> None:
    random.seed(20)
    for n, fn in enumerate(MESSAGES, start=1):
        eml, lab = fn()
        (OUT / f"{n:03d}.eml").write_bytes(eml)
        (OUT / f"{n:03d}.json").write_bytes(
            (json.dumps(lab, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        )
    print(f"wrote {len(MESSAGES)} messages to {OUT}")


if __name__ == "__main__":
    main()
