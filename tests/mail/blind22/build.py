#!/usr/bin/env python3
"""Blind set 22: 45 messages around the registration deadline and the day of the event.

Written without looking at the parser. Deterministic: fixed seed, fixed dates, no clock,
no environment. Writes NNN.eml (CRLF, raw RFC 5322 bytes) and NNN.json (expected label)
into the directory that holds this script.

    .venv/bin/python tests/mail/blind22/build.py
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(22_2018_12_07)
CRLF = "\r\n"
CET = dt.timezone(dt.timedelta(hours=1))

LINDA = ("Linda Boudry", "linda.boudry@kcvs.be")

# --------------------------------------------------------------------------------------------
# small helpers


def date(day: int, hh: int, mm: int, ss: int = 0, month: int = 12) -> str:
    d = dt.datetime(2018, month, day, hh, mm, ss, tzinfo=CET)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0100")


def hexid(n: int) -> str:
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def mid(domain: str, style: str = "outlook") -> str:
    if style == "outlook":
        return f"<{hexid(8)}{hexid(8)}.{hexid(6)}@{domain}>"
    if style == "apple":
        return f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{domain}>"
    if style == "gmail":
        tail = "".join(
            RNG.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
            for _ in range(40)
        )
        return f"<CAH{tail}@mail.gmail.com>"
    return f"<{hexid(12).lower()}.{hexid(6).lower()}@{domain}>"


def boundary(prefix: str = "----=_NextPart_000_") -> str:
    return f"{prefix}{hexid(4)}_{hexid(8)}.{hexid(8)}"


def ip() -> str:
    return f"{RNG.choice([81, 85, 91, 193, 194, 195, 212])}.{RNG.randint(1, 254)}.{RNG.randint(1, 254)}.{RNG.randint(1, 254)}"


def received(host: str, when: str) -> str:
    return (
        f"from {host} ({host} [{ip()}])\r\n\tby mx1.kcvs.be (Postfix) with ESMTPS id {hexid(10)}\r\n"
        f"\tfor <linda.boudry@kcvs.be>; {when}"
    )


def enc(s: str, charset: str = "utf-8") -> str:
    """RFC 2047 for a header value when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(linesep="\r\n")


def addr(name: str, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def leaf(
    ctype: str, text: str, charset: str, cte: str, params: str = ""
) -> tuple[list[str], bytes]:
    data = text.replace("\r\n", "\n")
    if not data.endswith("\n"):
        data += "\n"
    if cte == "quoted-printable":
        body = quopri.encodestring(data.encode(charset)).replace(b"\n", b"\r\n")
    elif cte == "base64":
        body = base64.encodebytes(data.replace("\n", "\r\n").encode(charset)).replace(
            b"\n", b"\r\n"
        )
    else:
        body = data.replace("\n", "\r\n").encode(charset)
    hdrs = [
        f'Content-Type: {ctype}; charset="{charset}"{params}',
        f"Content-Transfer-Encoding: {cte}",
    ]
    return hdrs, body


def multipart(
    subtype: str,
    parts: list[tuple[list[str], bytes]],
    bnd: str | None = None,
    params: str = "",
    preamble: str | None = None,
) -> tuple[list[str], bytes]:
    bnd = bnd or boundary()
    out = b""
    if preamble:
        out += preamble.encode() + b"\r\n\r\n"
    for hdrs, body in parts:
        out += b"--" + bnd.encode() + b"\r\n"
        out += (CRLF.join(hdrs) + CRLF + CRLF).encode()
        out += body
        if not body.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + bnd.encode() + b"--\r\n"
    return [f'Content-Type: multipart/{subtype};{params}\r\n\tboundary="{bnd}"'], out


def message(
    headers: list[tuple[str, str]], top: tuple[list[str], bytes], mime: bool = True
) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    lines += top[0]
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + top[1]


def outlook_html(text: str, charset: str) -> str:
    """Render plain text the way Outlook's HTML part looks: one <p class=MsoNormal> per line."""
    paras = []
    for line in text.replace("\r\n", "\n").rstrip("\n").split("\n"):
        paras.append(
            f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"}</p>'
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;"
        'font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
        '<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n".join(paras)
        + "\n</div>\n</body>\n</html>\n"
    )


def simple_html(text: str) -> str:
    """Gmail/phone style HTML: <div dir=ltr> with <br> between lines."""
    body = "<br>\n".join(
        html.escape(l, quote=False) for l in text.replace("\r\n", "\n").rstrip("\n").split("\n")
    )
    return f'<div dir="ltr">{body}</div>\n'


def alt(
    text: str,
    charset: str,
    cte: str,
    html_text: str | None = None,
    html_cte: str | None = None,
    flavour: str = "outlook",
) -> tuple[list[str], bytes]:
    if html_text is None:
        html_text = outlook_html(text, charset) if flavour == "outlook" else simple_html(text)
    return multipart(
        "alternative",
        [
            leaf("text/plain", text, charset, cte),
            leaf("text/html", html_text, charset, html_cte or cte),
        ],
    )


def quote(text: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------------------------
# the organiser's own mails, which come back quoted

INVITE_SUBJ = "Uitnodiging: Stadsorganisaties in transitie – vrijdag 7 december 2018"
INVITE_MID = "<000c01d47b3a$5e2f1a40$1a8d4ec0$@kcvs.be>"
REMINDER_SUBJ = "Herinnering: seminarie Stadsorganisaties in transitie – inschrijven tot 2 december"
REMINDER_MID = "<001e01d486f1$0b6c2a10$22448e30$@kcvs.be>"
CONFIRM_SUBJ = "Bevestiging inschrijving seminarie 7 december"
PRACT_SUBJ = "Praktische info seminarie 7 december"
PRACT_MID = "<004a01d48bb7$c2d61f30$48825d90$@kcvs.be>"
SLIDES_SUBJ = "Slides en verslag seminarie Stadsorganisaties in transitie"
SLIDES_MID = "<007101d49099$4f3e8a20$edbb9e60$@kcvs.be>"

INVITE_BODY = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het seminarie

Stadsorganisaties in transitie
vrijdag 7 december 2018
Permeke, auditorium – De Coninckplein 26, 2060 Antwerpen

Onthaal met koffie vanaf 9.30 uur, start om 10 uur. We sluiten af met een broodjeslunch rond 12.30 uur.
Deelname is gratis.

Inschrijven kan tot en met 2 december via linda.boudry@kcvs.be, met vermelding van:
Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden
"""

REMINDER_BODY = """Beste,

Nog tot en met zondag 2 december kan u zich inschrijven voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in Permeke, Antwerpen.

Stuur een mail naar linda.boudry@kcvs.be met:
Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden
"""

PRACT_BODY = """Beste deelnemer,

Fijn dat u erbij bent op het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december. Nog enkele praktische afspraken:

- Locatie: Permeke, auditorium, De Coninckplein 26, 2060 Antwerpen (5 minuten wandelen van station Antwerpen-Centraal).
- Onthaal met koffie vanaf 9.30 uur, start om 10 uur stipt.
- We sluiten af met een broodjeslunch rond 12.30 uur.

Kan u toch niet komen? Laat het ons dan even weten, dan passen we de catering aan.

Tot vrijdag!
Linda Boudry
Kenniscentrum Vlaamse Steden
"""

SLIDES_BODY = """Beste deelnemer,

Bedankt voor uw aanwezigheid op het seminarie van vrijdag 7 december. In bijlage vindt u de slides van de sprekers en een kort verslag.

In het voorjaar van 2019 organiseren we een tweede editie; de uitnodiging volgt in februari.

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden
"""


def confirm_body(first: str, name: str, muni: str, func: str, email: str) -> str:
    return f"""Beste {first},

Bedankt voor je inschrijving voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in Permeke (De Coninckplein 26, 2060 Antwerpen). We noteerden:

Naam: {name}
Stad / gemeente: {muni}
Functie: {func}
E-mailadres: {email}

Onthaal met koffie vanaf 9.30 uur, start om 10 uur. Praktische info volgt begin december.

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden
"""


def outlook_quote_header(sent: str, to: str, subject: str, mailto: bool = False) -> str:
    van = (
        "Linda Boudry [mailto:linda.boudry@kcvs.be] "
        if mailto
        else "Linda Boudry <linda.boudry@kcvs.be>"
    )
    return f"Van: {van}\nVerzonden: {sent}\nAan: {to}\nOnderwerp: {subject}\n\n"


def reg(name, muni, func, email):
    return {"name": name, "municipality": muni, "function": func, "email": email}


def label(kind, registrants, review, note):
    return {"kind": kind, "registrants": registrants, "needs_review": review, "note": note}


MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


# --------------------------------------------------------------------------------------------
# Wednesday 28 November


@msg
def m001():
    text = """Beste Linda,

Graag schrijf ik me in voor het seminarie 'Stadsorganisaties in transitie' van vrijdag 7 december.

Naam: Ward Vanhoutte
Stad / gemeente: Stad Kortrijk
Functie: teamcoördinator strategische planning
E-mailadres: ward.vanhoutte@kortrijk.be

Met vriendelijke groeten,
Ward
"""
    d = date(28, 8, 47, 12, month=11)
    raw = message(
        [
            ("Received", received("mail.kortrijk.be", d)),
            ("From", addr("Ward Vanhoutte", "ward.vanhoutte@kortrijk.be")),
            ("X-Mailer", "Apple Mail (2.3445.9.1)"),
            ("Subject", "Inschrijving seminarie 7 december"),
            ("Date", d),
            ("To", addr(*LINDA)),
            ("Message-Id", mid("kortrijk.be", "apple")),
        ],
        leaf("text/plain", text, "utf-8", "8bit"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Ward Vanhoutte",
                "Kortrijk",
                "teamcoördinator strategische planning",
                "ward.vanhoutte@kortrijk.be",
            )
        ],
        False,
        "on time (28 November), the four labels as asked; 'Stad Kortrijk' -> Kortrijk; 8bit UTF-8 Apple Mail",
    )


@msg
def m002():
    text = """Bedankt voor uw bericht.

Ik ben afwezig tot en met maandag 3 december en heb geen toegang tot mijn mails. Uw bericht wordt niet doorgestuurd.
Voor dringende zaken kan u terecht bij mijn collega Bram Hermans (bram.hermans@turnhout.be, 014 44 33 21).

Met vriendelijke groeten,

Evi Van Gorp
beleidsmedewerker personeel
Stad Turnhout
"""
    d = date(28, 9, 31, 5, month=11)
    raw = message(
        [
            ("Received", received("mail.turnhout.be", d)),
            ("From", addr("Evi Van Gorp", "evi.vangorp@turnhout.be")),
            ("To", addr(*LINDA)),
            ("Subject", enc("Automatisch antwoord: " + REMINDER_SUBJ)),
            ("Thread-Topic", enc(REMINDER_SUBJ)),
            ("Date", d),
            ("Message-ID", mid("turnhout.be")),
            ("In-Reply-To", REMINDER_MID),
            ("References", REMINDER_MID),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "evi.vangorp@turnhout.be"),
        ],
        alt(text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "auto_reply",
        [],
        False,
        "Exchange out-of-office to the reminder (Auto-Submitted: auto-replied); 'afwezig tot en met 3 december' "
        "is a date near the deadline, the signature names a person, function, city and a colleague's address",
    )


@msg
def m003():
    d = date(28, 9, 31, 40, month=11)
    qid = "7C1A52A0F3"
    bnd = f"{qid}.1543393900/mx1.kcvs.be"
    notice = """This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<griet.desaeger@zottegem.be>: host mail.zottegem.be[193.191.5.17] said: 550
    5.1.1 <griet.desaeger@zottegem.be>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Wed, 28 Nov 2018 09:31:35 +0100 (CET)

Final-Recipient: rfc822; griet.desaeger@zottegem.be
Original-Recipient: rfc822;griet.desaeger@zottegem.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.zottegem.be
Diagnostic-Code: smtp; 550 5.1.1 <griet.desaeger@zottegem.be>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    orig = f"""Return-Path: <linda.boudry@kcvs.be>
Received: from KCVSPC014 (unknown [10.12.0.14])
\tby mx1.kcvs.be (Postfix) with ESMTPSA id {qid}
\tfor <griet.desaeger@zottegem.be>; Wed, 28 Nov 2018 09:31:35 +0100 (CET)
From: "Linda Boudry" <linda.boudry@kcvs.be>
To: <griet.desaeger@zottegem.be>
Subject: {enc(REMINDER_SUBJ)}
Date: Wed, 28 Nov 2018 09:31:33 +0100
Message-ID: {REMINDER_MID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
    parts = [
        (
            ["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'],
            notice.replace("\n", "\r\n").encode(),
        ),
        (
            ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            status.replace("\n", "\r\n").encode(),
        ),
        (
            [
                "Content-Description: Undelivered Message Headers",
                "Content-Type: text/rfc822-headers",
            ],
            orig.replace("\n", "\r\n").encode(),
        ),
    ]
    top = multipart("report", parts, bnd, params=" report-type=delivery-status;")
    raw = message(
        [
            ("Return-Path", "<>"),
            (
                "Received",
                "by mx1.kcvs.be (Postfix)\r\n\tid 8E02B2A0F5; Wed, 28 Nov 2018 09:31:40 +0100 (CET)",
            ),
            ("Date", d),
            ("From", "MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "linda.boudry@kcvs.be"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20181128083140.8E02B2A0F5@mx1.kcvs.be>"),
        ],
        (top[0] + ["Content-Description: Notification"], top[1]),
    )
    return raw, label(
        "bounce",
        [],
        False,
        "Postfix RFC 3464 DSN for the deadline reminder (user unknown at zottegem.be), with Auto-Submitted "
        "and the reminder's headers returned as text/rfc822-headers",
    )


@msg
def m004():
    text = """Dag Linda,

Ik kom graag naar jullie seminarie op 7 december. Mijn gegevens:

- Naam: Joke Verstraeten
- Stad / gemeente: Herentals
- Functie: deskundige organisatiebeheersing
- E-mailadres: joke.verstraeten@herentals.be

Voor de VVSG-studiedag over de nieuwe rechtspositieregeling op vrijdag 14 december ben ik trouwens ook al ingeschreven – misschien tot dan.

Groetjes,
Joke

--
Joke Verstraeten | deskundige organisatiebeheersing
Stad Herentals | Augustijnenlaan 30, 2200 Herentals
T 014 28 50 50
"""
    d = date(28, 15, 40, 22, month=11)
    raw = message(
        [
            ("Received", received("mail.herentals.be", d)),
            ("From", addr("Joke Verstraeten", "joke.verstraeten@herentals.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Inschrijving 7/12"),
            ("Date", d),
            ("Message-ID", mid("herentals.be")),
            ("Thread-Index", "AdSHLq" + hexid(16)),
            ("Content-Language", "nl-BE"),
        ],
        alt(text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Joke Verstraeten",
                "Herentals",
                "deskundige organisatiebeheersing",
                "joke.verstraeten@herentals.be",
            )
        ],
        False,
        "dash-bulleted labels; another event (VVSG study day, 14 December) mentioned in passing must not "
        "change anything; Outlook multipart/alternative, QP",
    )


# --------------------------------------------------------------------------------------------
# Thursday 29 - Friday 30 November


@msg
def m005():
    text = """Nieuwsbrief Lokaal Bestuur Vandaag – 29 november 2018

AGENDA

* vrijdag 7 december – Stadsorganisaties in transitie (Kenniscentrum Vlaamse Steden), Permeke, Antwerpen. Gratis, inschrijven tot 2 december via linda.boudry@kcvs.be.
* vrijdag 14 december – Studiedag nieuwe rechtspositieregeling (VVSG), Brussel.
* dinsdag 22 januari – Netwerkdag HR in lokale besturen, Gent. Schrijf u in met uw naam, organisatie en functie via ons webformulier.

IN DE KIJKER

Fusiegemeenten 2019: wat verandert er op 1 januari voor uw personeel?

U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld op lokaalbestuurvandaag.be.
Afmelden: https://lokaalbestuurvandaag.be/nieuwsbrief/afmelden?u=8f31c2
"""
    htmlp = (
        '<html><body style="font-family:Arial,sans-serif">\n'
        "<h1>Nieuwsbrief Lokaal Bestuur Vandaag</h1>\n<p>29 november 2018</p>\n<h2>Agenda</h2>\n<ul>\n"
        "<li><b>vrijdag 7 december</b> – Stadsorganisaties in transitie (Kenniscentrum Vlaamse Steden), Permeke, "
        "Antwerpen. Gratis, inschrijven tot 2 december via "
        '<a href="mailto:linda.boudry@kcvs.be">linda.boudry@kcvs.be</a>.</li>\n'
        "<li><b>vrijdag 14 december</b> – Studiedag nieuwe rechtspositieregeling (VVSG), Brussel.</li>\n"
        "<li><b>dinsdag 22 januari</b> – Netwerkdag HR in lokale besturen, Gent. Schrijf u in met uw naam, "
        "organisatie en functie via ons webformulier.</li>\n</ul>\n<h2>In de kijker</h2>\n"
        "<p>Fusiegemeenten 2019: wat verandert er op 1 januari voor uw personeel?</p>\n"
        '<p style="font-size:9pt;color:#888">U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld op '
        'lokaalbestuurvandaag.be. <a href="https://lokaalbestuurvandaag.be/nieuwsbrief/afmelden?u=8f31c2">'
        "Afmelden</a></p>\n</body></html>\n"
    )
    d = date(29, 7, 0, 3, month=11)
    raw = message(
        [
            ("Received", received("out3.mailer.lokaalbestuurvandaag.be", d)),
            ("From", addr("Lokaal Bestuur Vandaag", "nieuwsbrief@lokaalbestuurvandaag.be")),
            ("To", "linda.boudry@kcvs.be"),
            (
                "Subject",
                enc("Nieuwsbrief: fusiegemeenten, rechtspositie en de agenda van december"),
            ),
            ("Date", d),
            ("Message-ID", "<nb-20181129-4471.8f31c2@lokaalbestuurvandaag.be>"),
            ("List-Id", "Nieuwsbrief Lokaal Bestuur Vandaag <nieuwsbrief.lokaalbestuurvandaag.be>"),
            (
                "List-Unsubscribe",
                "<https://lokaalbestuurvandaag.be/nieuwsbrief/afmelden?u=8f31c2>,\r\n"
                " <mailto:afmelden@lokaalbestuurvandaag.be?subject=afmelden>",
            ),
            ("Precedence", "bulk"),
        ],
        alt(text, "utf-8", "quoted-printable", html_text=htmlp),
    )
    return raw, label(
        "other",
        [],
        False,
        "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) whose agenda lists this seminar, its "
        "deadline and the organiser's address, plus other events: mass mail, not about a registration",
    )


@msg
def m006():
    htmlb = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Beste mevrouw Boudry,</p>
<p>Hierbij mijn inschrijving voor het seminarie &laquo;Stadsorganisaties in transitie&raquo; van 7&nbsp;december:</p>
<p>Naam: Katelijne Vanneste<br>
Stad / gemeente: Oostende<br>
Functie: schepen van personeel en organisatie<br>
E-mailadres: <a href="mailto:katelijne.vanneste@oostende.be">katelijne.vanneste@oostende.be</a></p>
<p>Met vriendelijke groet,</p>
<p><b>Katelijne Vanneste</b><br>
Schepen van personeel en organisatie<br>
Stad Oostende &ndash; Vindictivelaan 1, 8400 Oostende</p>
</body>
</html>
"""
    d = date(29, 16, 22, 51, month=11)
    raw = message(
        [
            ("Received", received("smtp.oostende.be", d)),
            ("From", addr("Vanneste Katelijne", "katelijne.vanneste@oostende.be")),
            ("To", addr(*LINDA)),
            ("Subject", "inschrijving seminarie"),
            ("Date", d),
            ("Message-ID", mid("oostende.be", "other")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        leaf("text/html", htmlb, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Katelijne Vanneste",
                "Oostende",
                "schepen van personeel en organisatie",
                "katelijne.vanneste@oostende.be",
            )
        ],
        False,
        "HTML-only (no text/plain), labels separated by <br>, HTML entities; a schepen registers herself; "
        "From header is surname-first",
    )


@msg
def m007():
    text = """Beste Linda,

Vorige week schreef ik me in voor het seminarie van 7 december, maar door een gewijzigde planning van het college moet ik helaas afzeggen. Mijn excuses.

Met vriendelijke groet,

Pieter-Jan Lams
Afdelingshoofd Personeel & Organisatie
Gemeente Knokke-Heist
Alfred Verweeplein 1 – 8300 Knokke-Heist
"""
    d = date(30, 11, 47, 9, month=11)
    raw = message(
        [
            ("Received", received("mail.knokke-heist.be", d)),
            ("From", addr("Pieter-Jan Lams", "pieterjan.lams@knokke-heist.be", "windows-1252")),
            ("To", addr(*LINDA)),
            ("Subject", "Afmelding seminarie 7/12"),
            ("Date", d),
            ("Message-ID", mid("knokke-heist.be")),
            ("Content-Language", "nl-BE"),
        ],
        alt(text, "windows-1252", "quoted-printable"),
    )
    return raw, label(
        "cancellation",
        [
            reg(
                "Pieter-Jan Lams",
                "Knokke-Heist",
                "afdelingshoofd Personeel & Organisatie",
                "pieterjan.lams@knokke-heist.be",
            )
        ],
        False,
        "cancellation before the deadline that starts in the past tense ('vorige week schreef ik me in'); "
        "details from the signature; windows-1252 QP multipart/alternative",
    )


@msg
def m008():
    text = """Goeiemiddag,

Ik zou graag naar het seminarie van 7 december komen, maar ik weet pas op dinsdag 4 december of mijn verlofaanvraag voor die week geweigerd wordt.
Kan ik me dan na de deadline van 2 december nog inschrijven, of schrijf ik me beter nu al in en meld ik me af als het niet lukt?

Alvast bedankt,

Nele Coppens
HR-consulent
Stad Geraardsbergen
"""
    d = date(30, 14, 5, 40, month=11)
    raw = message(
        [
            ("Received", received("mail.geraardsbergen.be", d)),
            ("From", addr("Nele Coppens", "nele.coppens@geraardsbergen.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Vraag over inschrijving na 2 december"),
            ("Date", d),
            ("Message-ID", mid("geraardsbergen.be")),
        ],
        leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
    )
    return raw, label(
        "other",
        [],
        True,
        "question about registering after the deadline; she does not register (yet): needs a personal answer; "
        "ISO-8859-1 QP",
    )


# --------------------------------------------------------------------------------------------
# Saturday 1 - Sunday 2 December (deadline day included)


@msg
def m009():
    text = (
        "Dag Linda,\n\nIk moet helaas afzeggen: onze gemeenteraad werd verplaatst naar vrijdag 7 december in de "
        "voormiddag, en daar moet ik bij zijn. Hopelijk een volgende keer.\n\nGroeten,\nHans\n\n"
        + outlook_quote_header(
            "maandag 26 november 2018 14:02", "Hans Van Looy <hans.vanlooy@lier.be>", CONFIRM_SUBJ
        )
        + confirm_body(
            "Hans", "Hans Van Looy", "Lier", "algemeen directeur", "hans.vanlooy@lier.be"
        )
    )
    d = date(1, 9, 12, 30)
    raw = message(
        [
            ("Received", received("mail.lier.be", d)),
            ("From", addr("Van Looy Hans", "hans.vanlooy@lier.be")),
            ("To", addr(*LINDA)),
            ("Subject", "RE: " + CONFIRM_SUBJ),
            ("Date", d),
            ("Message-ID", mid("lier.be")),
            ("In-Reply-To", "<002f01d48596$1b2c3d40$51847bc0$@kcvs.be>"),
            ("References", "<002f01d48596$1b2c3d40$51847bc0$@kcvs.be>"),
        ],
        leaf("text/plain", text, "utf-8", "8bit"),
    )
    return raw, label(
        "cancellation",
        [reg("Hans Van Looy", "Lier", "algemeen directeur", "hans.vanlooy@lier.be")],
        False,
        "cancellation in reply to the confirmation (fields only in the quoted confirmation); 'hopelijk een "
        "volgende keer' is no request; Saturday mail",
    )


@msg
def m010():
    text = """Beste,

Ik stuur dit vanaf mijn privéadres omdat ik dit weekend niet aan mijn werkmail kan, en de deadline is morgen al.

Naam: Sarah Baert
Stad: Lokeren
Functie: diensthoofd communicatie
Mail: sarah.baert@lokeren.be

Gelieve de bevestiging naar mijn werkadres te sturen.

Vriendelijke groeten,
Sarah Baert
"""
    d = date(1, 10, 31, 2)
    raw = message(
        [
            (
                "Received",
                "by mail-wr1-f54.google.com with SMTP id j2so"
                + hexid(6).lower()
                + "\r\n\tfor <linda.boudry@kcvs.be>; "
                + d,
            ),
            ("From", addr("Sarah Baert", "sarahbaert84@gmail.com")),
            ("Date", d),
            ("Message-ID", mid("", "gmail")),
            ("Subject", "Inschrijving seminarie Stadsorganisaties in transitie"),
            ("To", "linda.boudry@kcvs.be"),
        ],
        alt(text, "UTF-8", "quoted-printable", flavour="gmail"),
    )
    return raw, label(
        "registration",
        [reg("Sarah Baert", "Lokeren", "diensthoofd communicatie", "sarah.baert@lokeren.be")],
        False,
        "last-minute (Saturday, deadline 'morgen') from a private Gmail address; the registrant's address is "
        "the work address in the body; short labels 'Stad:' and 'Mail:'",
    )


@msg
def m011():
    text = """Dag Linda,

Nog net op tijd, hoop ik!

Naam: Dries Vangeel
Stad / gemeente: Sint-Truiden
Functie: beleidscoördinator strategie en financiën
E-mailadres: dries.vangeel@sint-truiden.be

Tot vrijdag de 7de,
Dries
"""
    d = date(1, 22, 47, 55)
    raw = message(
        [
            ("Received", received("mail.sint-truiden.be", d)),
            ("From", addr("Dries Vangeel", "dries.vangeel@sint-truiden.be")),
            ("To", addr(*LINDA)),
            ("Subject", enc("Inschrijving 7/12 – nog net op tijd")),
            ("Date", d),
            ("Message-ID", mid("sint-truiden.be", "other")),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
            ),
            ("Content-Language", "nl"),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Dries Vangeel",
                "Sint-Truiden",
                "beleidscoördinator strategie en financiën",
                "dries.vangeel@sint-truiden.be",
            )
        ],
        False,
        "last-minute (Saturday 22:47) with 'hoop ik!' (no question); RFC 2047 subject with en dash; UTF-8 QP",
    )


@msg
def m012():
    text = (
        "Goedemorgen,\n\nGraag schrijf ik me in voor het seminarie op 7 december. Ik werk als beleidsadviseur "
        "personeel bij de gemeente Schoten.\n\nVriendelijke groeten,\nTine Claessens\n\n"
        "Tine Claessens | beleidsadviseur personeel\nGemeente Schoten | Verbertstraat 3, 2900 Schoten\n"
        "T 03 680 09 00\n\n"
        + outlook_quote_header(
            "dinsdag 13 november 2018 10:35",
            "Linda Boudry <linda.boudry@kcvs.be>",
            INVITE_SUBJ,
            mailto=True,
        )
        + INVITE_BODY
    )
    d = date(2, 11, 3, 18)
    raw = message(
        [
            ("Received", received("mail.schoten.be", d)),
            ("From", addr("Tine Claessens", "tine.claessens@schoten.be")),
            ("To", addr(*LINDA)),
            ("Subject", enc("RE: " + INVITE_SUBJ, "windows-1252")),
            ("Date", d),
            ("Message-ID", mid("schoten.be")),
            ("In-Reply-To", INVITE_MID),
            ("References", INVITE_MID),
        ],
        leaf("text/plain", text, "windows-1252", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Tine Claessens",
                "Schoten",
                "beleidsadviseur personeel",
                "tine.claessens@schoten.be",
            )
        ],
        False,
        "deadline day (Sunday 2 December), prose registration in reply to the invitation; empty template in "
        "the quoted invitation below; windows-1252 QP",
    )


@msg
def m013():
    text = """Beste Linda,

Hierbij nog snel mijn inschrijving voor vrijdag:

Naam\tJeroen Lenaerts
Stad / gemeente\tStad Tongeren
Functie\tfinancieel directeur
E-mailadres\tjeroen.lenaerts@tongeren.be

Met vriendelijke groeten,
Jeroen Lenaerts
"""
    rows = [
        ("Naam", "Jeroen Lenaerts"),
        ("Stad / gemeente", "Stad Tongeren"),
        ("Functie", "financieel directeur"),
        (
            "E-mailadres",
            '<a href="mailto:jeroen.lenaerts@tongeren.be">jeroen.lenaerts@tongeren.be</a>',
        ),
    ]
    table = "".join(
        f'<tr><td width="160" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>{k}</b></p></td>'
        f'<td width="300" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">{v}</p></td></tr>\n'
        for k, v in rows
    )
    htmlb = outlook_html(
        "Beste Linda,\n\nHierbij nog snel mijn inschrijving voor vrijdag:\n", "windows-1252"
    ).replace(
        "</div>\n</body>",
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">\n' + table + "</table>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">Met vriendelijke groeten,</p>\n'
        '<p class="MsoNormal">Jeroen Lenaerts</p>\n</div>\n</body>',
    )
    d = date(2, 20, 15, 44)
    raw = message(
        [
            ("Received", received("mail.tongeren.be", d)),
            ("From", addr("Jeroen Lenaerts", "jeroen.lenaerts@tongeren.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Inschrijving seminarie vrijdag 7 december"),
            ("Date", d),
            ("Message-ID", mid("tongeren.be")),
            ("Content-Language", "nl-BE"),
        ],
        alt(text, "windows-1252", "quoted-printable", html_text=htmlb),
    )
    return raw, label(
        "registration",
        [reg("Jeroen Lenaerts", "Tongeren", "financieel directeur", "jeroen.lenaerts@tongeren.be")],
        False,
        "deadline evening; tab-separated labels in text/plain and a bordered two-column table in the HTML part; "
        "'Stad Tongeren' -> Tongeren",
    )


@msg
def m014():
    text = """Hallo Linda,

Het is nog 2 december, dus we zijn nog net op tijd :-) Graag schrijf ik twee 
personen in:

1) Naam: Lies Vanderhoydonck
    Stad / gemeente: Lokaal Bestuur Beringen
    Functie: stafmedewerker organisatieontwikkeling
    E-mailadres: lies.vanderhoydonck@beringen.be

2) Naam: Mehmet Yildiz
    Stad / gemeente: Lokaal Bestuur Beringen
    Functie: HR-partner
    E-mailadres: mehmet.yildiz@beringen.be

Groetjes,
Lies
"""
    d = date(2, 23, 41, 7)
    raw = message(
        [
            ("Received", received("mail.beringen.be", d)),
            ("From", addr("Lies Vanderhoydonck", "lies.vanderhoydonck@beringen.be")),
            ("To", addr(*LINDA)),
            ("Subject", "inschrijving 2 personen"),
            ("Date", d),
            ("Message-ID", mid("beringen.be", "other")),
            (
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            ),
        ],
        leaf("text/plain", text, "us-ascii", "7bit", params="; format=flowed"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Lies Vanderhoydonck",
                "Beringen",
                "stafmedewerker organisatieontwikkeling",
                "lies.vanderhoydonck@beringen.be",
            ),
            reg("Mehmet Yildiz", "Beringen", "HR-partner", "mehmet.yildiz@beringen.be"),
        ],
        False,
        "23:41 on the deadline day, two numbered labelled blocks; 'Lokaal Bestuur Beringen' -> Beringen; format=flowed",
    )


# --------------------------------------------------------------------------------------------
# Monday 3 - Tuesday 4 December (after the deadline)


@msg
def m015():
    text = """Beste Linda,

Ik weet dat het te laat is – de inschrijvingen sloten gisteren – maar ik schrijf me toch nog graag in. Mijn excuses voor de laattijdigheid.

Naam: Bavo Dhondt
Stad / gemeente: Deinze
Functie: projectleider fusie Deinze-Nevele
E-mailadres: bavo.dhondt@deinze.be

Met vriendelijke groeten,
Bavo Dhondt
"""
    d = date(3, 8, 15, 33)
    raw = message(
        [
            ("Received", received("mail.deinze.be", d)),
            ("From", addr("Bavo Dhondt", "bavo.dhondt@deinze.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Inschrijving (laattijdig) seminarie 7 december"),
            ("Date", d),
            ("Message-ID", mid("deinze.be")),
        ],
        leaf("text/plain", text, "utf-8", "8bit"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Bavo Dhondt",
                "Deinze",
                "projectleider fusie Deinze-Nevele",
                "bavo.dhondt@deinze.be",
            )
        ],
        False,
        "late ('ik weet dat het te laat is'), complete, no question: lateness is the worker's policy; "
        "a second municipality (Nevele) inside the function is not his municipality",
    )


@msg
def m016():
    text = """Geachte mevrouw Boudry,

Namens burgemeester Geert De Cock (in cc) wil ik hem alsnog inschrijven voor het seminarie 'Stadsorganisaties in transitie' van vrijdag 7 december.
We beseffen dat de inschrijvingstermijn verstreken is; hopelijk kan hij toch nog aansluiten.

Met vriendelijke groeten,

Martine Lauwers
Directiesecretariaat
Gemeente Dilbeek
Gemeenteplein 1, 1700 Dilbeek
"""
    d = date(3, 10, 40, 16)
    raw = message(
        [
            ("Received", received("mail.dilbeek.be", d)),
            ("From", addr("Martine Lauwers", "martine.lauwers@dilbeek.be")),
            ("To", addr(*LINDA)),
            ("Cc", addr("Geert De Cock", "geert.decock@dilbeek.be")),
            ("Subject", "Inschrijving burgemeester De Cock - seminarie 7/12"),
            ("Date", d),
            ("Message-ID", mid("dilbeek.be")),
        ],
        alt(text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [reg("Geert De Cock", "Dilbeek", "burgemeester", "geert.decock@dilbeek.be")],
        False,
        "late (3 December) registration of the mayor by his secretariat; his address only in the Cc header "
        "('(in cc)'); the sender is not registered; 'hopelijk kan hij toch nog aansluiten' is no question",
    )


@msg
def m017():
    text = """Dag Linda,

Ik had me ingeschreven voor vrijdag 7 december, maar ik moet helaas afzeggen: er is die dag een personeelsvergadering die ik niet kan verplaatsen.
Zouden jullie de presentaties achteraf kunnen doorsturen? Dat zou ik erg appreciëren.

Groeten,

Annelies Van der Schueren
Teamleider HR
Stad Ninove
"""
    d = date(3, 13, 20, 2)
    raw = message(
        [
            ("Received", received("mail.ninove.be", d)),
            ("From", addr("Annelies Van der Schueren", "annelies.vanderschueren@ninove.be")),
            ("To", addr(*LINDA)),
            ("Subject", "afzegging seminarie"),
            ("Date", d),
            ("Message-ID", mid("ninove.be")),
        ],
        leaf("text/plain", text, "iso-8859-1", "8bit"),
    )
    return raw, label(
        "cancellation",
        [
            reg(
                "Annelies Van der Schueren",
                "Ninove",
                "teamleider HR",
                "annelies.vanderschueren@ninove.be",
            )
        ],
        True,
        "cancellation plus a request for the slides: cancel, but a person must answer; ISO-8859-1 8bit (ë)",
    )


@msg
def m018():
    text = """Goedemorgen,

Ik zag pas gisteren de uitnodiging passeren via een collega. Ik weet dat het te laat is, maar is er nog een plaatsje vrij? Zo ja, dan schrijf ik me graag in:

Naam – Koen Ramaekers
Stad / gemeente – Bilzen
Functie – diensthoofd facility
E-mailadres – koen.ramaekers@bilzen.be

Laat u iets weten of het nog kan?

Vriendelijke groet,
Koen Ramaekers
"""
    d = date(4, 9, 5, 27)
    raw = message(
        [
            ("Received", received("mail.bilzen.be", d)),
            ("From", addr("Koen Ramaekers", "koen.ramaekers@bilzen.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Nog plaats op 7 december?"),
            ("Date", d),
            ("Message-ID", mid("bilzen.be")),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [reg("Koen Ramaekers", "Bilzen", "diensthoofd facility", "koen.ramaekers@bilzen.be")],
        True,
        "late (4 December) and conditional: 'is er nog een plaatsje vrij? ... laat u iets weten': registers, "
        "but asks for an answer; en-dash separators",
    )


@msg
def m019():
    text = """Bedankt voor uw bericht.

Ik ben afwezig op woensdag 5 en donderdag 6 december. Vrijdag 7 december ben ik op het seminarie in Antwerpen. Vanaf maandag 10 december lees ik mijn mails opnieuw.

Met vriendelijke groeten,
Kristof Wuyts
beleidsmedewerker organisatieontwikkeling
Gemeente Zaventem
"""
    d = date(4, 11, 1, 12)
    raw = message(
        [
            ("Received", received("mail.zaventem.be", d)),
            ("From", addr("Kristof Wuyts", "kristof.wuyts@zaventem.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Automatisch antwoord: " + PRACT_SUBJ),
            ("Date", d),
            ("Message-ID", mid("zaventem.be")),
            ("In-Reply-To", PRACT_MID),
            ("References", PRACT_MID),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        alt(text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "auto_reply",
        [],
        False,
        "out-of-office to the practical-info mail that itself says he will be at the seminar on 7 December: "
        "neither a registration nor a cancellation",
    )


@msg
def m020():
    text = (
        "Dag Linda,\n\nBedankt voor de praktische info. Ik kom met de auto vanuit Kortrijk: waar kan ik het best "
        "parkeren? Is er een parking in de buurt van de Permeke, of raad je aan om toch met de trein te komen?\n\n"
        "Groeten,\nWard\n\n-----Oorspronkelijk bericht-----\n"
        + outlook_quote_header(
            "dinsdag 4 december 2018 11:00",
            "Ward Vanhoutte <ward.vanhoutte@kortrijk.be>",
            PRACT_SUBJ,
        )
        + PRACT_BODY
    )
    d = date(4, 13, 37, 50)
    raw = message(
        [
            ("Received", received("mail.kortrijk.be", d)),
            ("From", addr("Ward Vanhoutte", "ward.vanhoutte@kortrijk.be")),
            ("To", addr(*LINDA)),
            ("Subject", "RE: " + PRACT_SUBJ),
            ("Date", d),
            ("Message-ID", mid("kortrijk.be")),
            ("In-Reply-To", PRACT_MID),
            ("References", PRACT_MID),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "other",
        [],
        True,
        "parking question from a registered participant (see 001), in reply to the practical info: "
        "needs a personal answer; registers nobody",
    )


@msg
def m021():
    htmlb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste,</p>
<p>Mevr. Hilde Goris, HR-directeur (<a href="mailto:hilde.goris@mechelen.be">hilde.goris@mechelen.be</a>), en dhr. Wouter Smets, HR-adviseur, beiden van Stad Mechelen, kunnen op 7 december helaas niet aanwezig zijn op het seminarie. Gelieve hun inschrijving te annuleren.</p>
<p>Met dank,</p>
<p>Nadia El Amrani<br>Secretariaat Bedrijfsvoering – Stad Mechelen</p>
</div>
</body></html>
"""
    d = date(4, 15, 10, 3)
    raw = message(
        [
            ("Received", received("mail.mechelen.be", d)),
            ("From", addr("Secretariaat Bedrijfsvoering", "bedrijfsvoering@mechelen.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Annulatie inschrijving Goris en Smets"),
            ("Date", d),
            ("Message-ID", mid("mechelen.be")),
        ],
        leaf("text/html", htmlb, "windows-1252", "quoted-printable"),
    )
    return raw, label(
        "cancellation",
        [
            reg("Hilde Goris", "Mechelen", "HR-directeur", "hilde.goris@mechelen.be"),
            reg("Wouter Smets", "Mechelen", "HR-adviseur", None),
        ],
        False,
        "a secretariat (functional mailbox) cancels two people in one sentence; honorifics dropped; the second has "
        "no address (null, not the sender's); HTML-only windows-1252",
    )


# --------------------------------------------------------------------------------------------
# Wednesday 5 December


@msg
def m022():
    text = """Dag Linda,

Ik heb me vorige week woensdag ingeschreven voor het seminarie, maar ik heb nog geen bevestiging ontvangen (mijn collega wel, en gisteren ook de praktische info).
Kan je even nakijken of mijn inschrijving goed is aangekomen?

Alvast bedankt,
Bieke Verlinden
Gemeente Hamme
"""
    d = date(5, 8, 50, 41)
    raw = message(
        [
            ("Received", received("mail.hamme.be", d)),
            ("From", addr("Bieke Verlinden", "bieke.verlinden@hamme.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Ben ik ingeschreven?"),
            ("Date", d),
            ("Message-ID", mid("hamme.be")),
        ],
        leaf("text/plain", text, "us-ascii", "7bit"),
    )
    return raw, label(
        "other",
        [],
        True,
        "asks whether her earlier registration arrived and gives no registration data (no function): the "
        "organiser must look it up and answer",
    )


@msg
def m023():
    text = """Beste Linda,

Mijn collega kreeg gisteren de praktische info voor vrijdag, ik niet. Ik had me toch ingeschreven? Ik dacht het toch, eind november al.
Voor alle zekerheid nog eens mijn gegevens:

Naam: Jens Peetermans
Stad / gemeente: Heist-op-den-Berg
Functie: adviseur interne controle
E-mailadres: jens.peetermans@heist-op-den-berg.be

Kan je laten weten of het in orde is?

Groet,
Jens
"""
    d = date(5, 10, 12, 8)
    raw = message(
        [
            ("Received", received("mail.heist-op-den-berg.be", d)),
            ("From", addr("Jens Peetermans", "jens.peetermans@heist-op-den-berg.be")),
            ("To", addr(*LINDA)),
            ("Subject", enc("Deelnemerslijst – sta ik er niet op?")),
            ("Date", d),
            ("Message-ID", mid("heist-op-den-berg.be")),
        ],
        alt(text, "utf-8", "base64"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Jens Peetermans",
                "Heist-op-den-Berg",
                "adviseur interne controle",
                "jens.peetermans@heist-op-den-berg.be",
            )
        ],
        True,
        "past tense 'ik had me toch ingeschreven?' with the full labelled data again: a (possibly duplicate) "
        "registration plus a question that needs an answer; base64 multipart/alternative",
    )


@msg
def m024():
    text = """Beste,

Ik dacht dat ik me vorige week had ingeschreven, maar ik vind mijn mail terug in mijn concepten: hij is dus nooit vertrokken. Bij deze alsnog, met excuses voor de laattijdigheid.

Naam: Ellen Dewaele
Stad/gemeente: Gemeente Brasschaat
Functie: beleidsmedewerker welzijn
E-mailadres: ellen.dewaele@brasschaat.be

Vriendelijke groeten,
Ellen Dewaele
"""
    d = date(5, 14, 30, 19)
    raw = message(
        [
            ("Received", received("mail.brasschaat.be", d)),
            ("From", addr("Ellen Dewaele", "ellen.dewaele@brasschaat.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Inschrijving seminarie 7 december (alsnog)"),
            ("Date", d),
            ("Message-ID", mid("brasschaat.be")),
        ],
        leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Ellen Dewaele",
                "Brasschaat",
                "beleidsmedewerker welzijn",
                "ellen.dewaele@brasschaat.be",
            )
        ],
        False,
        "past tense 'ik dacht dat ik me had ingeschreven' but the earlier mail never left: a plain late "
        "registration without a question; 'Stad/gemeente' without spaces; ISO-8859-1 QP",
    )


@msg
def m025():
    text = """Dag Linda,

Helaas kan ik vrijdag niet komen. Mijn collega Tom Vanhoof, diensthoofd personeel (tom.vanhoof@diest.be), komt in mijn plaats. Is dat in orde?

Groeten,

Marijke Geens
algemeen directeur
Stad Diest
"""
    d = date(5, 16, 45, 0)
    raw = message(
        [
            ("Received", received("mail.diest.be", d)),
            ("From", addr("Marijke Geens", "marijke.geens@diest.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Vervanging seminarie vrijdag"),
            ("Date", d),
            ("Message-ID", mid("diest.be")),
        ],
        leaf("text/plain", text, "utf-8", "8bit"),
    )
    return raw, label(
        "cancellation",
        [reg("Marijke Geens", "Diest", "algemeen directeur", "marijke.geens@diest.be")],
        True,
        "substitution two days before: she cancels and a colleague (with function and address) takes her "
        "place, plus a question; a person must handle it",
    )


# --------------------------------------------------------------------------------------------
# Thursday 6 December (the day before)


@msg
def m026():
    text = """Beste Linda,

Ik moet helaas afzeggen voor morgen: er is een dringende zitting van het vast bureau ingepland. Sorry voor het “late” bericht…

Met vriendelijke groeten,

Bart Vanlerberghe
Stadssecretaris
Stad Izegem – Korenmarkt 10, 8870 Izegem
"""
    d = date(6, 9, 20, 14)
    raw = message(
        [
            ("Received", received("mail.izegem.be", d)),
            ("From", addr("Bart Vanlerberghe", "bart.vanlerberghe@izegem.be")),
            ("To", addr(*LINDA)),
            ("Subject", enc("Afmelding – seminarie morgen", "windows-1252")),
            ("Date", d),
            ("Message-ID", mid("izegem.be")),
            ("Content-Language", "nl-BE"),
        ],
        alt(text, "windows-1252", "quoted-printable"),
    )
    return raw, label(
        "cancellation",
        [reg("Bart Vanlerberghe", "Izegem", "stadssecretaris", "bart.vanlerberghe@izegem.be")],
        False,
        "day-before cancellation ('afzeggen voor morgen'); windows-1252 QP with curly quotes and ellipsis; "
        "windows-1252 RFC 2047 subject",
    )


@msg
def m027():
    text = """Dag Linda,

Ik weet dat het eigenlijk te laat is, maar wij zouden morgen graag nog met drie komen. We hebben de uitnodiging te laat gezien, sorry daarvoor.

1. Veerle Dirkx – teamleider HR – veerle.dirkx@lommel.be
2. Jan Swinnen – algemeen directeur – jan.swinnen@lommel.be
3. Maria Gielen – schepen van personeel (zij heeft geen gemeentelijk mailadres)

Alle drie voor Gemeente Lommel.

Groetjes,
Veerle
"""
    d = date(6, 11, 5, 46)
    raw = message(
        [
            ("Received", received("mail.lommel.be", d)),
            ("From", addr("Veerle Dirkx", "veerle.dirkx@lommel.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Inschrijving 3 personen Lommel"),
            ("Date", d),
            ("Message-ID", mid("lommel.be")),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [
            reg("Veerle Dirkx", "Lommel", "teamleider HR", "veerle.dirkx@lommel.be"),
            reg("Jan Swinnen", "Lommel", "algemeen directeur", "jan.swinnen@lommel.be"),
            reg("Maria Gielen", "Lommel", "schepen van personeel", None),
        ],
        False,
        "the day before, three people on en-dash lines with the municipality stated once below; the third has no "
        "address (null); late but no question",
    )


@msg
def m028():
    text = (
        "Bedankt voor de bevestiging, tot vrijdag!\n\nDries\n\n"
        "Op 06-12-18 om 10:02 schreef Linda Boudry:\n"
        + quote(
            confirm_body(
                "Dries",
                "Dries Vangeel",
                "Sint-Truiden",
                "beleidscoördinator strategie en financiën",
                "dries.vangeel@sint-truiden.be",
            )
        )
    )
    d = date(6, 12, 10, 31)
    raw = message(
        [
            ("Received", received("mail.sint-truiden.be", d)),
            ("From", addr("Dries Vangeel", "dries.vangeel@sint-truiden.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Re: " + CONFIRM_SUBJ),
            ("Date", d),
            ("Message-ID", mid("sint-truiden.be", "other")),
            ("In-Reply-To", "<009a01d48d4c$7e1a2b30$7a4e8190$@kcvs.be>"),
            ("References", "<009a01d48d4c$7e1a2b30$7a4e8190$@kcvs.be>"),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
            ),
        ],
        leaf("text/plain", text, "utf-8", "8bit"),
    )
    return raw, label(
        "other",
        [],
        False,
        "'bedankt, tot vrijdag!' reply to the confirmation (see 011); the '>'-quoted confirmation repeats all "
        "four labelled fields but registers nobody new",
    )


@msg
def m029():
    text = """Dag Linda,

Mijn collega Lieselot Desmedt had graag deelgenomen aan het seminarie, maar morgen lukt echt niet meer. Kan je haar noteren voor een volgende editie van jullie seminariereeks?

Haar gegevens:
Naam: Lieselot Desmedt
Stad / gemeente: Tielt
Functie: organisatiedeskundige
E-mailadres: lieselot.desmedt@tielt.be

Dank je!
Pascale Vandewalle
Stad Tielt
"""
    d = date(6, 15, 2, 25)
    raw = message(
        [
            ("Received", received("mail.tielt.be", d)),
            ("From", addr("Pascale Vandewalle", "pascale.vandewalle@tielt.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Volgende editie?"),
            ("Date", d),
            ("Message-ID", mid("tielt.be")),
        ],
        alt(text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "other",
        [],
        True,
        "a colleague 'for next time': complete labelled template, but explicitly NOT for this seminar "
        "('morgen lukt echt niet'); not a registration for the event; someone must note it and answer",
    )


@msg
def m030():
    text = """Dag Linda, mijn agenda is toch vrijgekomen, ik kom morgen graag naar het seminarie.

Jef Van Camp
schepen van personeel en financiën, gemeente Boom

Verstuurd vanaf mijn iPhone
"""
    d = date(6, 18, 44, 37)
    raw = message(
        [
            ("Received", received("mail.boom.be", d)),
            ("From", addr("Jef Van Camp", "jef.vancamp@boom.be")),
            ("X-Mailer", "iPhone Mail (16B92)"),
            ("Subject", "Morgen"),
            ("Date", d),
            ("To", "linda.boudry@kcvs.be"),
            ("Message-Id", mid("boom.be", "apple")),
        ],
        leaf("text/plain", text, "utf-8", "base64"),
    )
    return raw, label(
        "registration",
        [reg("Jef Van Camp", "Boom", "schepen van personeel en financiën", "jef.vancamp@boom.be")],
        False,
        "day-before one-liner from an iPhone (base64): 'ik kom morgen graag'; municipality 'Boom' is also a "
        "common Dutch word; everything from the short signature",
    )


# --------------------------------------------------------------------------------------------
# Friday 7 December: the day itself


@msg
def m031():
    text = """Goedemorgen Linda,

Mijn collega Dirk Somers (diensthoofd ICT) heeft zich vanochtend ziek gemeld en kan dus vandaag niet naar het seminarie komen. Hij vroeg me om hem af te melden.

Groeten,
Greet Van Dyck
dienst HR – Gemeente Kapellen
"""
    d = date(7, 6, 55, 10)
    raw = message(
        [
            ("Received", received("mail.kapellen.be", d)),
            ("From", addr("Greet Van Dyck", "greet.vandyck@kapellen.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Dirk Somers kan vandaag niet komen"),
            ("Date", d),
            ("Message-ID", mid("kapellen.be")),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "cancellation",
        [reg("Dirk Somers", "Kapellen", "diensthoofd ICT", None)],
        False,
        "day-of cancellation on behalf of a sick colleague of the same municipality; the cancelled person is "
        "not the sender and has no address here (null)",
    )


@msg
def m032():
    text = """Goedemorgen,

Ik zie nu pas dat de inschrijvingen al afgesloten zijn, maar ik schrijf me toch nog in voor vandaag: ik ben er om half tien.

Naam: Hanne Mariën
Stad/gemeente: Edegem
Functie: coördinator interne dienstverlening
E-mailadres: hanne.marien@edegem.be

Tot straks!
Hanne
"""
    d = date(7, 7, 2, 44)
    raw = message(
        [
            ("Received", received("mail.edegem.be", d)),
            ("From", addr("Hanne Mariën", "hanne.marien@edegem.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Inschrijving voor vandaag"),
            ("Date", d),
            ("Message-ID", mid("edegem.be")),
            ("X-Mailer", "Outlook for Android"),
        ],
        alt(text, "utf-8", "base64", flavour="gmail"),
    )
    return raw, label(
        "registration",
        [
            reg(
                "Hanne Mariën",
                "Edegem",
                "coördinator interne dienstverlening",
                "hanne.marien@edegem.be",
            )
        ],
        False,
        "registration on the morning of the event (07:02), complete and unconditional: still a registration, "
        "lateness is policy; RFC 2047 From (ë), base64 multipart/alternative",
    )


@msg
def m033():
    text = (
        "Dag Linda, ik ben ziek, ik kan vandaag niet komen. Sorry!\nInge\n\nVerstuurd vanaf mijn iPhone\n\n"
        "Op 26 nov. 2018 om 15:20 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n\n"
        + quote(
            confirm_body(
                "Inge",
                "Inge Verbist",
                "Mortsel",
                "diensthoofd personeel",
                "inge.verbist@mortsel.be",
            )
        )
    )
    d = date(7, 7, 31, 3)
    raw = message(
        [
            ("Received", received("mail.mortsel.be", d)),
            ("From", addr("Inge Verbist", "inge.verbist@mortsel.be")),
            ("X-Mailer", "iPhone Mail (16B92)"),
            ("Subject", "Re: " + CONFIRM_SUBJ),
            ("Date", d),
            ("To", addr(*LINDA)),
            ("In-Reply-To", "<003c01d4859a$2d1e4f10$875aed30$@kcvs.be>"),
            ("References", "<003c01d4859a$2d1e4f10$875aed30$@kcvs.be>"),
            ("Message-Id", mid("mortsel.be", "apple")),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "cancellation",
        [reg("Inge Verbist", "Mortsel", "diensthoofd personeel", "inge.verbist@mortsel.be")],
        False,
        "'ik ben ziek, ik kan vandaag niet komen' on the morning itself: cancels an existing registration; "
        "her details only in the quoted confirmation",
    )


@msg
def m034():
    text = """Goedemorgen,

Ik weet dat het erg laat is, maar mag ik vandaag nog aansluiten? Ik zou de trein van 9 uur nemen en rond 10.15 uur aankomen.

Filip Van Hoey – Gemeente Temse – beleidsmedewerker ICT – filip.vanhoey@temse.be

Graag een kort seintje of het kan.

Filip
"""
    d = date(7, 8, 10, 29)
    raw = message(
        [
            ("Received", received("mail.temse.be", d)),
            ("From", addr("Filip Van Hoey", "filip.vanhoey@temse.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Vandaag nog aansluiten?"),
            ("Date", d),
            ("Message-ID", mid("temse.be")),
        ],
        alt(text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "registration",
        [reg("Filip Van Hoey", "Temse", "beleidsmedewerker ICT", "filip.vanhoey@temse.be")],
        True,
        "morning of the event, conditional ('mag ik vandaag nog aansluiten? ... graag een seintje'): a "
        "registration that needs a personal answer; all four facts on one en-dash line",
    )


@msg
def m035():
    text = """Geachte,

Schepen Lieve Van Damme (lieve.vandamme@wetteren.be), schepen van personeel en organisatieontwikkeling, laat zich verontschuldigen voor het seminarie van vandaag: zij moet dringend naar een crisisoverleg.

Met vriendelijke groeten,

Kabinet burgemeester en schepenen
Gemeente Wetteren
"""
    d = date(7, 8, 40, 55)
    raw = message(
        [
            ("Received", received("mail.wetteren.be", d)),
            ("From", addr("Kabinet Wetteren", "kabinet@wetteren.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Verontschuldiging schepen Van Damme"),
            ("Date", d),
            ("Message-ID", mid("wetteren.be")),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "cancellation",
        [
            reg(
                "Lieve Van Damme",
                "Wetteren",
                "schepen van personeel en organisatieontwikkeling",
                "lieve.vandamme@wetteren.be",
            )
        ],
        False,
        "day-of 'laat zich verontschuldigen' sent by a cabinet mailbox for an alderman; her address in the "
        "body; title 'Schepen' before the name is not part of the name",
    )


@msg
def m036():
    text = """Ik ben bijna aan de Permeke. Waar moet ik parkeren? Mag ik op het De Coninckplein zelf staan?
Jeroen

Verzonden vanaf mijn Samsung Galaxy-smartphone.
"""
    d = date(7, 9, 20, 6)
    raw = message(
        [
            ("Received", received("mail.tongeren.be", d)),
            ("From", addr("Jeroen Lenaerts", "jeroen.lenaerts@tongeren.be")),
            ("To", "linda.boudry@kcvs.be"),
            ("Subject", "Parking?"),
            ("Date", d),
            (
                "Message-ID",
                "<"
                + hexid(8).lower()
                + "-"
                + hexid(4).lower()
                + "-"
                + hexid(12).lower()
                + "@email.android.com>",
            ),
        ],
        alt(text, "utf-8", "base64", flavour="gmail"),
    )
    return raw, label(
        "other",
        [],
        True,
        "'waar moet ik parkeren?' on the day (09:20) from a registered participant (see 013): needs an "
        "answer; registers nobody; base64 phone mail",
    )


@msg
def m037():
    text = """Dag Linda, ik sta in de file op de Ring aan de Kennedytunnel. Ik kom wat later, ik schat rond 10.20 uur. Sorry!
Tine

Verstuurd vanaf mijn iPhone
"""
    d = date(7, 9, 48, 21)
    raw = message(
        [
            ("Received", received("mail.schoten.be", d)),
            ("From", addr("Tine Claessens", "tine.claessens@schoten.be")),
            ("X-Mailer", "iPhone Mail (16B92)"),
            ("Subject", "File"),
            ("Date", d),
            ("To", "linda.boudry@kcvs.be"),
            ("Message-Id", mid("schoten.be", "apple")),
        ],
        leaf("text/plain", text, "us-ascii", "7bit"),
    )
    return raw, label(
        "other",
        [],
        False,
        "'ik sta in de file, ik kom wat later' from a registered participant (see 012): she still comes, so "
        "neither a cancellation nor a registration, and nothing to answer",
    )


@msg
def m038():
    text = """Linda, ik sta aan het onthaal maar mijn naam staat niet op de deelnemerslijst. Ik had me toch ingeschreven, eind november? Kan je me toevoegen?

Nathan De Wilde, Gemeente Zele, stafmedewerker personeel, nathan.dewilde@zele.be

Verzonden vanaf mijn Samsung Galaxy-smartphone.
"""
    d = date(7, 9, 52, 48)
    raw = message(
        [
            ("Received", received("mail.zele.be", d)),
            ("From", addr("Nathan De Wilde", "nathan.dewilde@zele.be")),
            ("To", "linda.boudry@kcvs.be"),
            ("Subject", "Niet op de lijst"),
            ("Date", d),
            (
                "Message-ID",
                "<"
                + hexid(8).lower()
                + "-"
                + hexid(4).lower()
                + "-"
                + hexid(12).lower()
                + "@email.android.com>",
            ),
        ],
        alt(text, "utf-8", "base64", flavour="gmail"),
    )
    return raw, label(
        "registration",
        [reg("Nathan De Wilde", "Zele", "stafmedewerker personeel", "nathan.dewilde@zele.be")],
        True,
        "at the reception desk on the day: 'ik had me toch ingeschreven?' plus all four facts on one line and "
        "'kan je me toevoegen?': a registration with a question someone must answer at once",
    )


# --------------------------------------------------------------------------------------------
# after the event


@msg
def m039():
    text = """Beste Linda,

Nog eens bedankt voor de boeiende voormiddag gisteren! Vooral de getuigenis over de integratie van stad en OCMW was erg herkenbaar.
Ik kijk al uit naar de volgende editie.

Vriendelijke groeten,
Joke
"""
    d = date(8, 10, 15, 2)
    raw = message(
        [
            ("Received", received("mail.herentals.be", d)),
            ("From", addr("Joke Verstraeten", "joke.verstraeten@herentals.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Bedankt!"),
            ("Date", d),
            ("Message-ID", mid("herentals.be")),
        ],
        alt(text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "other",
        [],
        False,
        "post-event thank-you (Saturday 8 December), mentions the next edition without asking anything",
    )


@msg
def m040():
    text = """Dag Linda,

Bedankt voor het interessante seminarie van vrijdag. Zou ik de slides van de presentatie over het nieuwe organogram kunnen krijgen? Ik zou ze graag gebruiken op ons managementteam.

Groetjes,
Lies Vanderhoydonck
Lokaal Bestuur Beringen
"""
    d = date(10, 9, 30, 11)
    raw = message(
        [
            ("Received", received("mail.beringen.be", d)),
            ("From", addr("Lies Vanderhoydonck", "lies.vanderhoydonck@beringen.be")),
            ("To", addr(*LINDA)),
            ("Subject", "slides?"),
            ("Date", d),
            ("Message-ID", mid("beringen.be", "other")),
        ],
        leaf("text/plain", text, "utf-8", "8bit"),
    )
    return raw, label(
        "other",
        [],
        True,
        "post-event 'mag ik de slides?': needs a personal answer; registers nobody",
    )


@msg
def m041():
    htmlb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial;font-size:10pt">
<p>Beste Linda,</p>
<p>Sorry dat ik er vrijdag niet was – ik werd ’s ochtends ziek en ben vergeten om me af te melden.</p>
<p>Is het mogelijk om de presentaties nog te ontvangen?</p>
<p>Vriendelijke groeten,<br>Ellen Dewaele<br>beleidsmedewerker welzijn – Gemeente Brasschaat</p>
</div></body></html>
"""
    d = date(10, 11, 12, 40)
    raw = message(
        [
            ("Received", received("mail.brasschaat.be", d)),
            ("From", addr("Ellen Dewaele", "ellen.dewaele@brasschaat.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Sorry voor vrijdag"),
            ("Date", d),
            ("Message-ID", mid("brasschaat.be")),
        ],
        leaf("text/html", htmlb, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "other",
        [],
        True,
        "no-show apologises after the event ('vergeten om me af te melden') and asks for the slides: the event "
        "is over, so no cancellation to act on; needs an answer; HTML-only",
    )


@msg
def m042():
    text = """Dit is een automatisch antwoord.

Ik ben met verlof tot en met vrijdag 14 december. Uw bericht wordt niet doorgestuurd.
Voor dringende vragen kan u terecht bij hr@beringen.be.

Mehmet Yildiz
HR-partner
"""
    d = date(10, 14, 3, 26)
    raw = message(
        [
            ("Received", received("mail.beringen.be", d)),
            ("From", addr("Mehmet Yildiz", "mehmet.yildiz@beringen.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Afwezigheidsmelding"),
            ("Date", d),
            ("Message-ID", mid("beringen.be", "other")),
            ("In-Reply-To", SLIDES_MID),
            ("References", SLIDES_MID),
            ("Precedence", "bulk"),
        ],
        leaf("text/plain", text, "utf-8", "quoted-printable"),
    )
    return raw, label(
        "auto_reply",
        [],
        False,
        "absence reply to the slides mail with only Precedence: bulk (no Auto-Submitted, no List-*); the "
        "subject 'Afwezigheidsmelding' and 'Dit is een automatisch antwoord' decide",
    )


@msg
def m043():
    text = """Dag Linda,

Mijn excuses dat ik vrijdag niet ben komen opdagen zonder te verwittigen, er kwam last minute een crisisoverleg tussen. Het spijt me, zeker omdat ik me zo laat nog had ingeschreven.

Groeten,
Jef Van Camp
schepen van personeel en financiën, gemeente Boom
"""
    d = date(11, 8, 30, 15)
    raw = message(
        [
            ("Received", received("mail.boom.be", d)),
            ("From", addr("Jef Van Camp", "jef.vancamp@boom.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Excuses voor vrijdag"),
            ("Date", d),
            ("Message-ID", mid("boom.be")),
        ],
        leaf("text/plain", text, "iso-8859-1", "8bit"),
    )
    return raw, label(
        "other",
        [],
        False,
        "no-show apology four days after the event (see 030), no question: nothing left to cancel and nothing "
        "to answer, so not a cancellation; ISO-8859-1 8bit",
    )


@msg
def m044():
    text = (
        "Dag Linda,\n\nBedankt voor de slides. Ik lees in je mail dat er in het voorjaar een tweede editie komt. "
        "Mag je me daar alvast voor inschrijven?\n\nNaam: Ruth Claes\nStad / gemeente: Westerlo\n"
        "Functie: organisatiebeheerder\nE-mailadres: ruth.claes@westerlo.be\n\nGroeten,\nRuth\n\n"
        + outlook_quote_header(
            "maandag 10 december 2018 13:58", "Linda Boudry <linda.boudry@kcvs.be>", SLIDES_SUBJ
        )
        + SLIDES_BODY
    )
    d = date(11, 15, 0, 4)
    raw = message(
        [
            ("Received", received("mail.westerlo.be", d)),
            ("From", addr("Ruth Claes", "ruth.claes@westerlo.be")),
            ("To", addr(*LINDA)),
            ("Subject", "RE: " + SLIDES_SUBJ),
            ("Date", d),
            ("Message-ID", mid("westerlo.be")),
            ("In-Reply-To", SLIDES_MID),
            ("References", SLIDES_MID),
        ],
        alt(text, "windows-1252", "quoted-printable"),
    )
    return raw, label(
        "other",
        [],
        True,
        "after the event, asks to be registered for the NEXT edition (spring 2019) with a complete labelled "
        "template: no registration for this seminar; a person must note it and answer",
    )


@msg
def m045():
    text = """Hoi Linda,

Proficiat nog met vrijdag, ik hoorde alleen maar goede reacties!

Kan jij voor de stuurgroep van woensdag 19 december een zaaltje reserveren in de Permeke? Liefst vanaf 14 uur, voor een tiental personen.

Dank je!
Tom

Tom Hendrickx
Kenniscentrum Vlaamse Steden
"""
    d = date(12, 9, 5, 38)
    raw = message(
        [
            ("From", addr("Tom Hendrickx", "tom.hendrickx@kcvs.be")),
            ("To", addr(*LINDA)),
            ("Subject", "Zaal stuurgroep 19 december"),
            ("Date", d),
            ("Message-ID", mid("kcvs.be")),
        ],
        leaf("text/plain", text, "utf-8", "8bit"),
    )
    return raw, label(
        "other",
        [],
        False,
        "internal colleague mail a week later: congratulations on the seminar in passing, then a room booking "
        "for another meeting; Linda's own work, not the organisers' review queue",
    )


# --------------------------------------------------------------------------------------------


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    assert len(MESSAGES) == 45, len(MESSAGES)
    for i, fn in enumerate(MESSAGES, 1):
        assert fn.__name__ == f"m{i:03d}", fn.__name__
        raw, lab = fn()
        with open(os.path.join(OUT, f"{i:03d}.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, f"{i:03d}.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
