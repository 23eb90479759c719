#!/usr/bin/env python3
"""Build a blind, hand-labelled test set of 45 e-mails for the KCVS seminar mailbox.

Each message is written as NNN.eml (CRLF, bytes as on the wire) with NNN.json beside it.
All names, addresses and texts are invented for this set.
"""

import base64
import datetime
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
LINDA_ADDR = "linda.boudry@kcvs.be"
INV_MID = "<kcvs.inv.20181105.0902.7f3a@kcvs.be>"
INV_SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018"
CET = datetime.timezone(datetime.timedelta(hours=1))

INVITATION = """Beste,

Het Kenniscentrum Vlaamse Steden (KCVS) nodigt u graag uit op het seminarie
'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het auditorium van
bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

Onthaal met koffie vanaf 9.30 uur, start om 10 uur. We sluiten af met een lunch
rond 12.30 uur. Deelname is gratis.

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


def confirmation(first, name, town, function, email):
    return f"""Beste {first},

Bedankt voor je inschrijving voor het seminarie 'Stadsorganisaties in transitie'
op vrijdag 7 december 2018 (bibliotheek Permeke, De Coninckplein 26, Antwerpen).
We noteerden:

Naam: {name}
Stad / gemeente: {town}
Functie: {function}
E-mailadres: {email}

Tot dan!

Linda Boudry
Kenniscentrum Vlaamse Steden
"""


# ---------------------------------------------------------------- helpers


def dt(day, hh, mm, ss=0, month=11):
    return format_datetime(datetime.datetime(2018, month, day, hh, mm, ss, tzinfo=CET))


def enc(text, charset="utf-8"):
    """RFC 2047-encode a header text when it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def quote(text, prefix="> "):
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n")
    )


def P(headers, body):
    """A MIME entity: header lines plus an already-encoded body (bytes)."""
    if isinstance(body, str):
        body = body.encode("ascii")
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(headers) + "\n\n").encode("ascii") + body


def T(subtype, text, charset="utf-8", cte="7bit", extra=(), params=""):
    """A text/* entity with the body encoded as asked."""
    if cte == "quoted-printable":
        body = quopri.encodestring(text.encode(charset))
    elif cte == "base64":
        body = base64.encodebytes(text.replace("\n", "\r\n").encode(charset))
    else:
        body = text.encode(charset)
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{params}']
    headers.append(f"Content-Transfer-Encoding: {cte}")
    headers.extend(extra)
    return P(headers, body)


def MP(
    subtype,
    parts,
    boundary,
    params="",
    extra=(),
    preamble="This is a multi-part message in MIME format.\n",
):
    out = (f'Content-Type: multipart/{subtype}; {params}boundary="{boundary}"\n').encode()
    for e in extra:
        out += (e + "\n").encode()
    out += b"\n" + preamble.encode()
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + p
    out += b"\n--" + boundary.encode() + b"--\n"
    return out


def received(host, ip, day, hh, mm, qid):
    return (
        f"Received: from {host} ({host} [{ip}])\n"
        f"\tby mx1.kcvs.be (Postfix) with ESMTPS id {qid}\n"
        f"\tfor <{LINDA_ADDR}>; {dt(day, hh, mm)}"
    )


def std(
    frm_name,
    frm_addr,
    subject,
    day,
    hh,
    mm,
    mid,
    *,
    to=LINDA,
    cc=None,
    extra=(),
    charset="utf-8",
    host=None,
    ip="192.0.2.10",
    qid="4KQ7Z01ABCzxy",
    subj_charset=None,
):
    domain = frm_addr.split("@")[1]
    host = host or f"mail.{domain}"
    lines = [
        f"Return-Path: <{frm_addr}>",
        f"X-Original-To: {LINDA_ADDR}",
        f"Delivered-To: {LINDA_ADDR}",
        received(host, ip, day, hh, mm + 1 if mm < 59 else mm, qid),
        f"From: {addr(frm_name, frm_addr, charset)}",
        f"To: {to}",
    ]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [
        f"Subject: {enc(subject, subj_charset or charset)}",
        f"Date: {dt(day, hh, mm)}",
        f"Message-ID: {mid}",
    ]
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    return lines


def M(header_lines, entity):
    return ("\n".join(header_lines) + "\n").encode("ascii") + entity


CASES = []


def case(n, raw, kind, registrants, needs_review, note):
    CASES.append(
        (
            n,
            raw,
            {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note},
        )
    )


def R(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


OUTLOOK = [
    "X-Mailer: Microsoft Outlook 16.0",
    "Content-Language: nl-BE",
    "X-MS-Has-Attach:",
    "X-MS-TNEF-Correlator:",
]


def outlook_html(inner, charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;}}
--></style>
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def p(text):
    return f'<p class="MsoNormal">{text}<o:p></o:p></p>'


def td(text, bold=False, width=200):
    t = f"<b>{text}</b>" if bold else text
    return (
        f'<td width="{width}" valign="top" style="width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;'
        f'padding:0cm 5.4pt 0cm 5.4pt">\n<p class="MsoNormal">{t}<o:p></o:p></p>\n</td>'
    )


def table(rows, bold_first_col=False, bold_first_row=False):
    out = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">',
        "<tbody>",
    ]
    for i, row in enumerate(rows):
        out.append("<tr>")
        for j, cell in enumerate(row):
            out.append(td(cell, bold=(bold_first_col and j == 0) or (bold_first_row and i == 0)))
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


# ======================================================================
# REGISTRATIONS 001-018
# ======================================================================

# 001 unusual labels, unusual order
text = """Dag Linda,

Hierbij mijn inschrijving voor 7/12:

Mail: an.claeys@kortrijk.be
Voornaam + naam: An Claeys
Bestuur: Stad Kortrijk
Dienst/functie: Personeel & Organisatie - diensthoofd

Groetjes
An
"""
case(
    1,
    M(
        std(
            "An Claeys",
            "an.claeys@kortrijk.be",
            "inschrijving seminarie 7/12",
            6,
            8,
            41,
            "<1541490060.4411.an.claeys@kortrijk.be>",
            ip="192.0.2.21",
            qid="4KR1a02Xyzq1",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "registration",
    [R("An Claeys", "Kortrijk", "diensthoofd Personeel & Organisatie", "an.claeys@kortrijk.be")],
    False,
    "labels 'Mail', 'Voornaam + naam', 'Bestuur', 'Dienst/functie' in unusual order; 'Stad Kortrijk' -> Kortrijk",
)

# 002 one-line sentence from a phone
text = (
    "Dag mevrouw Boudry, ik ben Koen Wuyts, diensthoofd personeel bij de gemeente Zoersel, en kom graag "
    "naar het seminarie op 7 december. Vriendelijke groet, Koen\n\nVerzonden vanaf mijn iPhone\n"
)
case(
    2,
    M(
        std(
            "Wuyts Koen",
            "koen.wuyts@zoersel.be",
            "Seminarie 7 december",
            6,
            21,
            7,
            "<8D2F6C1E-77B1-4C0E-9C31-0A5E1F2B9D44@zoersel.be>",
            ip="198.51.100.33",
            qid="4KR9b11Qwer2",
            extra=["X-Mailer: iPhone Mail (16A366)"],
        ),
        T("plain", text, "us-ascii", "7bit", params="; format=flowed"),
    ),
    "registration",
    [R("Koen Wuyts", "Zoersel", "diensthoofd personeel", "koen.wuyts@zoersel.be")],
    False,
    "one long sentence 'ik ben X, diensthoofd personeel bij de gemeente Y, en kom graag'; From display is 'Wuyts Koen'",
)

# 003 Outlook HTML table, windows-1252 quoted-printable, accents in name
plain = """Beste Linda,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam\tH\u00e9l\u00e8ne Dewaele
Stad / gemeente\tStad Roeselare
Functie\tafdelingshoofd organisatieontwikkeling
E-mailadres\thelene.dewaele@roeselare.be

Met vriendelijke groeten

H\u00e9l\u00e8ne Dewaele
Afdelingshoofd organisatieontwikkeling
Stad Roeselare \u2013 Botermarkt 2, 8800 Roeselare
"""
inner = "\n".join(
    [
        p("Beste Linda,"),
        p("&nbsp;"),
        p("Graag schrijf ik mij in voor het seminarie van 7 december."),
        p("&nbsp;"),
        table(
            [
                ["Naam", "H\u00e9l\u00e8ne Dewaele"],
                ["Stad / gemeente", "Stad Roeselare"],
                ["Functie", "afdelingshoofd organisatieontwikkeling"],
                [
                    "E-mailadres",
                    '<a href="mailto:helene.dewaele@roeselare.be">helene.dewaele@roeselare.be</a>',
                ],
            ],
            bold_first_col=True,
        ),
        p("&nbsp;"),
        p("Met vriendelijke groeten"),
        p("&nbsp;"),
        p('<b><span style="color:#1F3864">H\u00e9l\u00e8ne Dewaele</span></b>'),
        p('<span style="color:#1F3864">Afdelingshoofd organisatieontwikkeling</span>'),
        p('<span style="color:#1F3864">Stad Roeselare \u2013 Botermarkt 2, 8800 Roeselare</span>'),
    ]
)
body = MP(
    "alternative",
    [
        T("plain", plain, "windows-1252", "quoted-printable"),
        T("html", outlook_html(inner, "windows-1252"), "windows-1252", "quoted-printable"),
    ],
    "_000_AM6PR0102MB3190C1D1E2F3A4B5C6D7E8F9AM6PR0102MB3190_",
    preamble="",
)
case(
    3,
    M(
        std(
            "Dewaele H\u00e9l\u00e8ne",
            "helene.dewaele@roeselare.be",
            "RE: Uitnodiging seminarie 'Stadsorganisaties in transitie' \u2013 7 december",
            7,
            9,
            12,
            "<AM6PR0102MB3190C1D1E2F3A4B5C6D7E8F9@AM6PR0102MB3190.eurprd01.prod.exchangelabs.com>",
            charset="windows-1252",
            ip="203.0.113.41",
            qid="4KRt3c7Hhj3",
            host="mail-am6eur01lp2054.outbound.protection.outlook.com",
            extra=[
                f"In-Reply-To: {INV_MID}",
                f"References: {INV_MID}",
                "Thread-Topic: Uitnodiging seminarie 'Stadsorganisaties in transitie'",
                "Thread-Index: AdR2Kq1xg8H3b0ZxQe2l7m2Y3jQ9BQ==",
                *OUTLOOK,
            ],
        ),
        body,
    ),
    "registration",
    [
        R(
            "H\u00e9l\u00e8ne Dewaele",
            "Roeselare",
            "afdelingshoofd organisatieontwikkeling",
            "helene.dewaele@roeselare.be",
        )
    ],
    False,
    "Outlook multipart/alternative, windows-1252 QP, two-column HTML table; accented name; From display surname-first",
)

# 004 data only in the signature
text = """Goedemiddag,

Ik schrijf me graag in voor het seminarie van vrijdag 7 december in Permeke.

Met vriendelijke groeten

--
Bart Van den Broeck
Strategisch co\u00f6rdinator
Stad Mechelen | Stadsontwikkeling
Grote Markt 21 - 2800 Mechelen
T 015 29 76 54
bart.vandenbroeck@mechelen.be
www.mechelen.be

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht
per vergissing ontving, gelieve de afzender te verwittigen en het bericht te wissen.
"""
case(
    4,
    M(
        std(
            "Bart Van den Broeck",
            "bart.vandenbroeck@mechelen.be",
            "deelname 7/12",
            7,
            13,
            55,
            "<f1c2d9e0a7b64e3c8a1d55e0c3b2a911@mechelen.be>",
            ip="192.0.2.77",
            qid="4KS0d55Plm4",
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "registration",
    [
        R(
            "Bart Van den Broeck",
            "Mechelen",
            "strategisch co\u00f6rdinator",
            "bart.vandenbroeck@mechelen.be",
        )
    ],
    False,
    "one sentence + signature carries function, city and address; double-particle surname; disclaimer",
)

# 005 reply above the quoted invitation (Gmail style)
text = (
    """Naam: Griet De Smet-Vermeulen
Stad / gemeente: Sint-Niklaas
Functie: algemeen directeur
E-mailadres: griet.desmet@sint-niklaas.be

Tot dan!
Griet

Op ma 5 nov. 2018 om 10:02 schreef Linda Boudry <linda.boudry@kcvs.be>:

"""
    + quote(INVITATION)
    + "\n"
)
case(
    5,
    M(
        std(
            "Griet De Smet-Vermeulen",
            "griet.desmet@sint-niklaas.be",
            "Re: " + INV_SUBJ,
            8,
            10,
            3,
            "<CAK3mY0x9vQ2pL7nT1fR8sD4wE6hU5jZ0cB@mail.gmail.com>",
            ip="209.85.128.68",
            qid="4KSp0e71Jkl5",
            host="mail-wm1-f68.google.com",
            extra=[f"In-Reply-To: {INV_MID}", f"References: {INV_MID}"],
        ),
        T("plain", text, "UTF-8", "7bit"),
    ),
    "registration",
    [
        R(
            "Griet De Smet-Vermeulen",
            "Sint-Niklaas",
            "algemeen directeur",
            "griet.desmet@sint-niklaas.be",
        )
    ],
    False,
    "filled-in template above the quoted invitation (which has the empty template); hyphenated double surname",
)

# 006 forwarded mail registering a colleague
text = """Dag Linda,

Kan je onderstaande collega inschrijven voor het seminarie van 7 december?
Zelf heb ik die dag een andere afspraak.

Groeten,
Els Janssens
Secretariaat Stadsontwikkeling \u2013 Stad Leuven

-----Oorspronkelijk bericht-----
Van: Maes Pieter <pieter.maes@leuven.be>
Verzonden: donderdag 15 november 2018 08:47
Aan: Janssens Els <els.janssens@leuven.be>
Onderwerp: inschrijving seminarie KCVS

Hoi Els,

Zou jij me willen inschrijven voor dat seminarie van het Kenniscentrum op 7/12?
Jij hebt de uitnodiging gekregen, ik niet.
Gegevens: Pieter Maes, beleidsadviseur organisatieontwikkeling, stad Leuven, pieter.maes@leuven.be

Merci!
Pieter
"""
case(
    6,
    M(
        std(
            "Janssens Els",
            "els.janssens@leuven.be",
            "FW: inschrijving seminarie KCVS",
            15,
            9,
            20,
            "<DB6PR0601MB2215A0B1C2D3E4F5A6B7C8D9E0F1@DB6PR0601MB2215.eurprd06.prod.outlook.com>",
            ip="203.0.113.58",
            qid="4KZx2f10Aab6",
            host="mail-db6eur06lp2058.outbound.protection.outlook.com",
            extra=[
                "Thread-Topic: inschrijving seminarie KCVS",
                "Thread-Index: AQHUfLc2xJ0m3g4bS0iL1qk8cX1k5Q==",
                *OUTLOOK,
            ],
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "registration",
    [
        R(
            "Pieter Maes",
            "Leuven",
            "beleidsadviseur organisatieontwikkeling",
            "pieter.maes@leuven.be",
        )
    ],
    False,
    "forward: sender (Els) registers the colleague whose data is in the forwarded mail; sender is not a registrant",
)

# 007 secretary registering a schepen
text = """Geachte mevrouw Boudry,

Graag schrijf ik schepen Hilde Goossens in voor het seminarie 'Stadsorganisaties in
transitie' van vrijdag 7 december. Mevrouw Goossens is schepen van personeel en
organisatie. Gelieve de bevestiging rechtstreeks naar haar te sturen:
hilde.goossens@lier.be.

Met vriendelijke groeten,

Sabine Op de Beeck
Directiesecretaris
Stad Lier \u2013 Kabinet burgemeester en schepenen
Marktplein 57, 2500 Lier
"""
case(
    7,
    M(
        std(
            "Secretariaat Schepencollege",
            "secretariaat.college@lier.be",
            "Inschrijving schepen Goossens \u2013 seminarie 7 december",
            12,
            11,
            4,
            "<5BE9516C020000A300091F2E@lier.be>",
            ip="198.51.100.90",
            qid="4KWa7g22Bcd7",
            extra=["X-Mailer: GroupWise 18.0.1"],
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "registration",
    [R("Hilde Goossens", "Lier", "schepen van personeel en organisatie", "hilde.goossens@lier.be")],
    False,
    "secretary (shared mailbox) registers a schepen in prose; the schepen's own address given in the body; secretary is not a registrant",
)

# 008 three colleagues as bullets, one without address
text = """Dag Linda,

Vanuit Stad Genk komen we met drie:

\u2022 Tom Peeters \u2013 algemeen directeur \u2013 tom.peeters@genk.be
\u2022 Ilse Vanmechelen \u2013 adjunct-algemeen directeur \u2013 ilse.vanmechelen@genk.be
\u2022 Nathalie Jacobs \u2013 HR-businesspartner (haar mailadres bezorg ik je nog)

Vriendelijke groeten
Tom
"""
case(
    8,
    M(
        std(
            "Tom Peeters",
            "tom.peeters@genk.be",
            "Inschrijving Stad Genk",
            9,
            16,
            38,
            "<000c01d4784a$9e2b1f40$da815dc0$@genk.be>",
            ip="192.0.2.112",
            qid="4KU3h09Cde8",
            extra=[
                "X-Mailer: Microsoft Outlook 16.0",
                "Thread-Index: AdR4SnV0kC5yq8mGRu2nYfRk0lx2Vg==",
                "Content-Language: nl-be",
            ],
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "registration",
    [
        R("Tom Peeters", "Genk", "algemeen directeur", "tom.peeters@genk.be"),
        R("Ilse Vanmechelen", "Genk", "adjunct-algemeen directeur", "ilse.vanmechelen@genk.be"),
        R("Nathalie Jacobs", "Genk", "HR-businesspartner", None),
    ],
    False,
    "three colleagues as bullet lines with en dashes; third has no address yet -> email null",
)

# 009 semicolon-separated, two people
text = """Hallo,

Wij schrijven ons graag in (naam; stad; functie; e-mail):

Hanne Vos; Hasselt; teamleider personeelsadministratie; hanne.vos@hasselt.be
Raf Geebelen; Hasselt; stafmedewerker HR; raf.geebelen@hasselt.be

Groeten,
Hanne
"""
case(
    9,
    M(
        std(
            "Hanne Vos",
            "hanne.vos@hasselt.be",
            "aanmelding seminarie",
            13,
            14,
            26,
            "<b7a8e2f0-3c41-4f7e-9d2b-6a1e0c5d8f93@hasselt.be>",
            ip="198.51.100.14",
            qid="4KXb8i33Def9",
            extra=[
                "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
                "Content-Language: nl",
            ],
        ),
        T("plain", text, "utf-8", "7bit", params="; format=flowed"),
    ),
    "registration",
    [
        R("Hanne Vos", "Hasselt", "teamleider personeelsadministratie", "hanne.vos@hasselt.be"),
        R("Raf Geebelen", "Hasselt", "stafmedewerker HR", "raf.geebelen@hasselt.be"),
    ],
    False,
    "two colleagues, semicolon-separated rows with a header line in parentheses",
)

# 010 French registration, Brussels
text = """Madame,

Je souhaite m'inscrire au s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb du vendredi 7 d\u00e9cembre.

Nom : Am\u00e9lie Dubois-Lef\u00e8vre
Ville / commune : Ville de Bruxelles
Fonction : directrice du d\u00e9partement Ressources humaines
Adresse e-mail : amelie.dubois@brucity.be

Je vous remercie d'avance et vous prie d'agr\u00e9er, Madame, mes salutations distingu\u00e9es.

Am\u00e9lie Dubois-Lef\u00e8vre
"""
case(
    10,
    M(
        std(
            "Am\u00e9lie Dubois",
            "amelie.dubois@brucity.be",
            "Inscription s\u00e9minaire du 7 d\u00e9cembre",
            14,
            10,
            48,
            "<6f2e1d0c9b8a4736a5b4c3d2e1f0a9b8@brucity.be>",
            ip="192.0.2.150",
            qid="4KYc9j44Efg0",
            extra=["Content-Language: fr-BE"],
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "registration",
    [
        R(
            "Am\u00e9lie Dubois-Lef\u00e8vre",
            "Brussel",
            "directrice du d\u00e9partement Ressources humaines",
            "amelie.dubois@brucity.be",
        )
    ],
    False,
    "French labels (Nom, Ville / commune, Fonction, Adresse e-mail); 'Ville de Bruxelles' -> Brussel; body name longer than From display",
)

# 011 English registration, Ghent
text = """Dear Ms Boudry,

A colleague forwarded your invitation. I would like to register for the seminar on
7 December (I understand Dutch well enough to follow).

Name: Sarah O'Neill
City: Ghent
Position: EU policy advisor (Strategy & Coordination)
Email: sarah.oneill@stad.gent

Kind regards,
Sarah
"""
case(
    11,
    M(
        std(
            "Sarah O'Neill",
            "sarah.oneill@stad.gent",
            "Registration \u2013 seminar 7 December",
            16,
            15,
            2,
            "<VI1PR09MB2718B3C4D5E6F7A8B9C0D1E2@VI1PR09MB2718.eurprd09.prod.outlook.com>",
            ip="203.0.113.72",
            qid="4Lb0k55Fgh1",
            host="mail-ve1eur03lp2072.outbound.protection.outlook.com",
            extra=["Content-Language: en-GB"],
        ),
        T("plain", text, "us-ascii", "7bit"),
    ),
    "registration",
    [R("Sarah O'Neill", "Gent", "EU policy advisor", "sarah.oneill@stad.gent")],
    False,
    "English labels (Name, City, Position, Email); 'Ghent' -> Gent; apostrophe in surname",
)

# 012 base64 UTF-8 body, diaeresis
text = """Beste Linda,

Ik wil graag deelnemen aan het seminarie op 7 december.

Naam: Jo\u00eblle No\u00ebl
Gemeente: Dilbeek
Functie: afdelingshoofd Burgerzaken
E-mailadres: joelle.noel@dilbeek.be

Hartelijke groeten,
Jo\u00eblle
"""
case(
    12,
    M(
        std(
            "Jo\u00eblle No\u00ebl",
            "joelle.noel@dilbeek.be",
            "Inschrijving seminarie",
            19,
            8,
            17,
            "<20181119081700.3F2A1C0B@dilbeek.be>",
            ip="198.51.100.201",
            qid="4Ld1l66Ghi2",
        ),
        T("plain", text, "utf-8", "base64"),
    ),
    "registration",
    [R("Jo\u00eblle No\u00ebl", "Dilbeek", "afdelingshoofd Burgerzaken", "joelle.noel@dilbeek.be")],
    False,
    "base64-encoded UTF-8 body; name with diaeresis; UTF-8 encoded From",
)

# 013 municipality only in the e-mail domain
text = """Hallo Linda,

Graag een plaatsje voor het seminarie van 7/12.
Naam: Wim Claes
Functie: projectleider digitalisering

mvg
Wim
"""
case(
    13,
    M(
        std(
            "Wim Claes",
            "wim.claes@oostende.be",
            "inschrijving",
            20,
            12,
            31,
            "<3b1d7e22a0c94f6b8e7d12c0aa55f013@oostende.be>",
            ip="192.0.2.180",
            qid="4Lf2m77Hij3",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "registration",
    [R("Wim Claes", "Oostende", "projectleider digitalisering", "wim.claes@oostende.be")],
    False,
    "no municipality field: only the sender domain oostende.be tells the town; address only in From",
)

# 014 municipality truly unknown (private address, no town anywhere)
text = """Goeiedag,

Als gemeenteraadslid wil ik graag deelnemen aan het seminarie over
stadsorganisaties op 7 december. Mag ik mij hierbij inschrijven?

Dirk Lemmens
Gemeenteraadslid
"""
case(
    14,
    M(
        std(
            "Dirk Lemmens",
            "dirk.lemmens61@gmail.com",
            "seminarie",
            21,
            19,
            45,
            "<CAF4rT9pZ2qW8xYvN3kL0oJ6mB1cD7sE5gH@mail.gmail.com>",
            ip="209.85.221.44",
            qid="4Lg3n88Ijk4",
            host="mail-wr1-f44.google.com",
        ),
        T("plain", text, "UTF-8", "7bit"),
    ),
    "registration",
    [R("Dirk Lemmens", None, "gemeenteraadslid", "dirk.lemmens61@gmail.com")],
    True,
    "a council member registers from a gmail address: no town anywhere, so municipality null and a person must ask",
)

# 015 e-mail address in body differs from sender (8bit body)
text = """Dag Linda,

Ik stuur dit vanaf mijn priv\u00e9adres omdat mijn werkmail vandaag plat ligt. Wil je
voor de bevestiging en verdere info mijn werkadres gebruiken?

Naam: Ellen Martens
Gemeente: Brasschaat
Functie: deskundige communicatie
E-mail: ellen.martens@brasschaat.be

Bedankt!
Ellen
"""
case(
    15,
    M(
        std(
            "Ellen Martens",
            "ellen.martens@telenet.be",
            "Inschrijving seminarie 7 december",
            22,
            7,
            58,
            "<1542869880.128734.ellen.martens@telenet.be>",
            ip="195.130.137.80",
            qid="4Lh4o99Jkl5",
            host="michel.telenet-ops.be",
        ),
        T("plain", text, "utf-8", "8bit"),
    ),
    "registration",
    [R("Ellen Martens", "Brasschaat", "deskundige communicatie", "ellen.martens@brasschaat.be")],
    False,
    "sent from a private address; body gives the work address to use -> email is the body address; 8bit UTF-8",
)

# 016 registration plus a question -> review
text = """Goedemorgen Linda,

Naam en voornaam: Vandenberghe Lieve
Stad: Turnhout
Functie: teamcoach dienstverlening
E-mail: lieve.vandenberghe@turnhout.be

Ik eet vegetarisch, kan daar bij de lunch rekening mee gehouden worden? En is het
een probleem als ik al rond 12 uur vertrek?

Alvast bedankt,
Lieve
"""
case(
    16,
    M(
        std(
            "Vandenberghe Lieve",
            "lieve.vandenberghe@turnhout.be",
            "Inschrijving + vraagje lunch",
            23,
            9,
            9,
            "<000001d482f1$7c1e9a20$745bce60$@turnhout.be>",
            ip="192.0.2.199",
            qid="4Lj5p00Klm6",
            extra=["X-Mailer: Microsoft Outlook 16.0"],
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "registration",
    [
        R(
            "Lieve Vandenberghe",
            "Turnhout",
            "teamcoach dienstverlening",
            "lieve.vandenberghe@turnhout.be",
        )
    ],
    True,
    "labelled registration ('Naam en voornaam' surname first) plus questions on vegetarian lunch / leaving early: a person must answer",
)

# 017 Outlook HTML table of four colleagues, windows-1252 QP
people = [
    (
        "Karel Van Damme",
        "Stad Antwerpen",
        "bedrijfsdirecteur Personeel",
        "karel.vandamme@antwerpen.be",
    ),
    (
        "Sofie D\u2019hondt",
        "Stad Antwerpen",
        "teamleider talentontwikkeling",
        "sofie.dhondt@antwerpen.be",
    ),
    (
        "In\u00e8s Benali",
        "Stad Antwerpen",
        "beleidsmedewerker diversiteit",
        "ines.benali@antwerpen.be",
    ),
    (
        "Frederik Smolders",
        "Antwerpen (district Borgerhout)",
        "districtssecretaris",
        "frederik.smolders@antwerpen.be",
    ),
]
plain = "Dag Linda,\n\nWij komen met vier personen naar het seminarie:\n\nNaam\tStad/gemeente\tFunctie\tE-mailadres\n"
plain += "".join("\t".join(r) + "\n" for r in people)
plain += "\nGroeten,\n\nKarel Van Damme\nBedrijfsdirecteur Personeel\nStad Antwerpen\n"
inner = "\n".join(
    [
        p("Dag Linda,"),
        p("&nbsp;"),
        p("Wij komen met vier personen naar het seminarie:"),
        p("&nbsp;"),
        table(
            [["Naam", "Stad/gemeente", "Functie", "E-mailadres"]] + [list(r) for r in people],
            bold_first_row=True,
        ),
        p("&nbsp;"),
        p("Groeten,"),
        p("&nbsp;"),
        p("<b>Karel Van Damme</b>"),
        p("Bedrijfsdirecteur Personeel"),
        p("Stad Antwerpen"),
    ]
)
body = MP(
    "alternative",
    [
        T("plain", plain, "windows-1252", "quoted-printable"),
        T("html", outlook_html(inner, "windows-1252"), "windows-1252", "quoted-printable"),
    ],
    "_000_HE1PR0701MB2170E1F2A3B4C5D6E7F8A9B0HE1PR0701MB2170_",
    preamble="",
)
case(
    17,
    M(
        std(
            "Van Damme Karel",
            "karel.vandamme@antwerpen.be",
            "Inschrijving seminarie 7/12 - 4 personen",
            26,
            10,
            14,
            "<HE1PR0701MB2170E1F2A3B4C5D6E7F8A9B0@HE1PR0701MB2170.eurprd07.prod.outlook.com>",
            charset="windows-1252",
            ip="203.0.113.91",
            qid="4Lm6q11Lmn7",
            host="mail-he1eur02lp2091.outbound.protection.outlook.com",
            extra=[
                "Thread-Topic: Inschrijving seminarie 7/12 - 4 personen",
                "Thread-Index: AdSFZ0m2bQ3Yy9a1T0i5c8oK2s7Xbw==",
                *OUTLOOK,
            ],
        ),
        body,
    ),
    "registration",
    [
        R(
            "Karel Van Damme",
            "Antwerpen",
            "bedrijfsdirecteur Personeel",
            "karel.vandamme@antwerpen.be",
        ),
        R(
            "Sofie D\u2019hondt",
            "Antwerpen",
            "teamleider talentontwikkeling",
            "sofie.dhondt@antwerpen.be",
        ),
        R(
            "In\u00e8s Benali",
            "Antwerpen",
            "beleidsmedewerker diversiteit",
            "ines.benali@antwerpen.be",
        ),
        R(
            "Frederik Smolders",
            "Antwerpen",
            "districtssecretaris",
            "frederik.smolders@antwerpen.be",
        ),
    ],
    False,
    "Outlook HTML table with header row, four colleagues; windows-1252 QP (typographic apostrophe, accent); a district of Antwerpen is still Antwerpen",
)

# 018 non-municipal organisation, surname in capitals
text = """Goedemorgen,

Graag registreer ik mij voor het seminarie.

Naam: VERSTRAETEN Marleen
Organisatie: Vlaamse overheid \u2013 Agentschap Binnenlands Bestuur
Functie: beleidsadviseur lokale besturen
Mail: marleen.verstraeten@vlaanderen.be

Met vriendelijke groet
"""
case(
    18,
    M(
        std(
            "Verstraeten Marleen (ABB)",
            "marleen.verstraeten@vlaanderen.be",
            "Inschrijving seminarie 'Stadsorganisaties in transitie'",
            27,
            8,
            50,
            "<AM0PR09MB2452F0E1D2C3B4A59687A6B5@AM0PR09MB2452.eurprd09.prod.outlook.com>",
            ip="203.0.113.12",
            qid="4Ln7r22Mno8",
            host="mail-am5eur02lp2012.outbound.protection.outlook.com",
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "registration",
    [
        R(
            "Marleen Verstraeten",
            "Vlaamse overheid \u2013 Agentschap Binnenlands Bestuur",
            "beleidsadviseur lokale besturen",
            "marleen.verstraeten@vlaanderen.be",
        )
    ],
    False,
    "'Organisatie:' label with a non-municipal organisation (kept as written); surname in capitals first",
)

# ======================================================================
# CANCELLATIONS 019-023
# ======================================================================

text = """Beste Linda,

Door een verplaatste gemeenteraadscommissie moet ik helaas afzeggen voor het
seminarie van vrijdag 7 december. Kan je mij uitschrijven? Misschien tot een
volgende keer.

Groeten,
Nele Vermeersch
Diensthoofd HR
Stad Ieper
"""
case(
    19,
    M(
        std(
            "Nele Vermeersch",
            "nele.vermeersch@ieper.be",
            "Afmelding seminarie 7 december",
            28,
            11,
            36,
            "<a41f0c9e7d2b4c58b6e1f3a2d9c8e7b6@ieper.be>",
            ip="192.0.2.61",
            qid="4Lp8s33Nop9",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "cancellation",
    [R("Nele Vermeersch", "Ieper", "diensthoofd HR", "nele.vermeersch@ieper.be")],
    False,
    "'moet ik helaas afzeggen' for herself; data from signature",
)

text = """Bonjour Madame Boudry,

Je dois malheureusement annuler ma participation au s\u00e9minaire du 7 d\u00e9cembre,
en raison d'un conseil communal extraordinaire.

Avec mes excuses,

Marc Lambert
Directeur g\u00e9n\u00e9ral
Commune de Rhode-Saint-Gen\u00e8se
"""
case(
    20,
    M(
        std(
            "Marc Lambert",
            "m.lambert@rhode-saint-genese.be",
            "Annulation - s\u00e9minaire 7 d\u00e9cembre",
            28,
            16,
            5,
            "<20181128160500.GA7781@rhode-saint-genese.be>",
            ip="198.51.100.122",
            qid="4Lq9t44Opq0",
            extra=["Content-Language: fr"],
            subj_charset="iso-8859-1",
        ),
        T("plain", text, "iso-8859-1", "quoted-printable"),
    ),
    "cancellation",
    [
        R(
            "Marc Lambert",
            "Sint-Genesius-Rode",
            "directeur g\u00e9n\u00e9ral",
            "m.lambert@rhode-saint-genese.be",
        )
    ],
    False,
    "French cancellation ('Je dois malheureusement annuler'), ISO-8859-1 QP; 'Rhode-Saint-Gen\u00e8se' -> Sint-Genesius-Rode",
)

text = """Dag Linda,

Mijn collega Ann Wouters (stafmedewerker communicatie) is voor langere tijd ziek
en zal dus niet op het seminarie van 7 december kunnen zijn. Mag je haar
inschrijving schrappen?

Alvast bedankt,
Jef Mertens
Diensthoofd communicatie
Stad Herentals
"""
case(
    21,
    M(
        std(
            "Jef Mertens",
            "jef.mertens@herentals.be",
            "Ann Wouters - seminarie 7/12",
            29,
            9,
            44,
            "<5C0F1B2A3D4E5F60718293A4@herentals.be>",
            ip="192.0.2.233",
            qid="4Lr0u55Pqr1",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "cancellation",
    [R("Ann Wouters", "Herentals", "stafmedewerker communicatie", None)],
    False,
    "a colleague cancels for someone else; the cancelled person is Ann (no address given -> null), not the sender",
)

text = """Dag Linda,

Ik raak op 7 december toch niet vrij. Mijn collega Tine Hermans, teamverantwoordelijke
personeel, komt in mijn plaats (tine.hermans@geel.be, zie cc). Kan je mijn
inschrijving op haar naam zetten?

Groeten
Bram Smets
Stad Geel
"""
case(
    22,
    M(
        std(
            "Bram Smets",
            "bram.smets@geel.be",
            "Vervanging inschrijving seminarie",
            29,
            14,
            12,
            "<9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b@geel.be>",
            ip="198.51.100.47",
            qid="4Ls1v66Qrs2",
            cc="Tine Hermans <tine.hermans@geel.be>",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "cancellation",
    [R("Bram Smets", "Geel", None, "bram.smets@geel.be")],
    True,
    "substitution: Bram withdraws and Tine Hermans (Geel, teamverantwoordelijke personeel, tine.hermans@geel.be) takes his place; the organiser must do both -> review",
)

conf = confirmation(
    "Karolien",
    "Karolien Pauwels",
    "Lokeren",
    "co\u00f6rdinator strategie en organisatieontwikkeling",
    "karolien.pauwels@lokeren.be",
)
conf_html = "".join(p(line if line else "&nbsp;") for line in conf.split("\n"))
inner = "\n".join(
    [
        p("Beste Linda,"),
        p("&nbsp;"),
        p(
            "Helaas moeten mijn collega Sven Aerts en ikzelf onze inschrijving voor 7 december annuleren: "
            "het college heeft die ochtend een extra zitting ingepland."
        ),
        p("Sorry voor het ongemak."),
        p("&nbsp;"),
        p("Met vriendelijke groeten,"),
        p("&nbsp;"),
        p("<b>Karolien Pauwels</b>"),
        p("Co\u00f6rdinator strategie en organisatieontwikkeling"),
        p("Stad Lokeren"),
        p("&nbsp;"),
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
        p(
            "<b>Van:</b> Linda Boudry &lt;linda.boudry@kcvs.be&gt; <br><b>Verzonden:</b> dinsdag 13 november 2018 11:20<br>"
            "<b>Aan:</b> Pauwels Karolien &lt;karolien.pauwels@lokeren.be&gt;<br>"
            "<b>Onderwerp:</b> Bevestiging inschrijving seminarie 7 december"
        ),
        "</div>",
        p("&nbsp;"),
        conf_html,
    ]
)
case(
    23,
    M(
        std(
            "Pauwels Karolien",
            "karolien.pauwels@lokeren.be",
            "RE: Bevestiging inschrijving seminarie 7 december",
            30,
            8,
            3,
            "<DB7PR02MB3978C0D1E2F3A4B5C6D7E8F9@DB7PR02MB3978.eurprd02.prod.outlook.com>",
            ip="203.0.113.133",
            qid="4Lt2w77Rst3",
            host="mail-db3eur04lp2133.outbound.protection.outlook.com",
            extra=[
                "In-Reply-To: <kcvs.conf.20181113.1120.k1@kcvs.be>",
                "References: <kcvs.conf.20181113.1120.k1@kcvs.be>",
                "Thread-Topic: Bevestiging inschrijving seminarie 7 december",
                "Thread-Index: AQHUe0s4Fv1c0n2cQ0iI3U5m8rZb2aWIdQ==",
                *OUTLOOK,
            ],
        ),
        T("html", outlook_html(inner, "utf-8"), "utf-8", "quoted-printable"),
    ),
    "cancellation",
    [
        R(
            "Karolien Pauwels",
            "Lokeren",
            "co\u00f6rdinator strategie en organisatieontwikkeling",
            "karolien.pauwels@lokeren.be",
        ),
        R("Sven Aerts", "Lokeren", None, None),
    ],
    False,
    "HTML-only Outlook reply to the confirmation: two people cancel (sender and colleague without address); quoted confirmation has filled fields",
)

# ======================================================================
# AUTO-REPLIES 024-028
# ======================================================================

text = """Bedankt voor uw bericht.

Ik ben afwezig tot en met vrijdag 16 november en heb geen toegang tot mijn
mailbox. Voor dringende zaken kunt u terecht bij het secretariaat:
secretariaat@zottegem.be of 09 364 64 64.

Jan Verbeke
Algemeen directeur
Stad Zottegem
"""
case(
    24,
    M(
        std(
            "Jan Verbeke",
            "jan.verbeke@zottegem.be",
            "Afwezig: " + INV_SUBJ,
            5,
            10,
            4,
            "<auto.0f3e9a.20181105100411@zottegem.be>",
            ip="192.0.2.88",
            qid="4KQ8x88Stu4",
            extra=[
                f"In-Reply-To: {INV_MID}",
                f"References: {INV_MID}",
                "Auto-Submitted: auto-replied",
                "X-Autoreply: yes",
            ],
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "auto_reply",
    [],
    False,
    "Dutch out-of-office with Auto-Submitted: auto-replied and X-Autoreply; signature has name/function/town",
)

text = """Bonjour,

Je suis absente du bureau jusqu'au 19 novembre inclus. Votre message ne sera pas
transf\u00e9r\u00e9. En cas d'urgence, veuillez contacter Mme Delphine Roland
(delphine.roland@mouscron.be).

Cordialement,
Sophie Lemaire
"""
case(
    25,
    M(
        std(
            "Sophie Lemaire",
            "sophie.lemaire@mouscron.be",
            "R\u00e9ponse automatique\u00a0: " + INV_SUBJ,
            5,
            10,
            6,
            "<b1a2c3d4e5f60718a9b0c1d2@EXCH01.mouscron.local>",
            ip="198.51.100.160",
            qid="4KQ9y99Tuv5",
            extra=[
                f"In-Reply-To: {INV_MID}",
                f"References: {INV_MID}",
                "Auto-Submitted: auto-replied",
                "X-Auto-Response-Suppress: All",
                "Content-Language: fr-BE",
            ],
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "auto_reply",
    [],
    False,
    "French out-of-office ('R\u00e9ponse automatique', 'absente du bureau') with Auto-Submitted header",
)

text = """Thank you for your e-mail.

I am currently out of the office attending a conference in Lisbon and will return on
Monday 12 November. I will have limited access to e-mail. For urgent matters please
contact my colleague Bert Lauwers (bert.lauwers@kortrijk.be).

Best regards,
Pieter-Jan Willems
"""
case(
    26,
    M(
        std(
            "Willems Pieter-Jan",
            "pieterjan.willems@kortrijk.be",
            "Automatic reply: " + INV_SUBJ,
            5,
            10,
            9,
            "<VI1PR0402MB3341A1B2C3D4E5F6A7B8C9D0@VI1PR0402MB3341.eurprd04.prod.outlook.com>",
            ip="203.0.113.199",
            qid="4KQa0a00Uvw6",
            host="mail-vi1eur04lp2199.outbound.protection.outlook.com",
            extra=[
                f"In-Reply-To: {INV_MID}",
                f"References: {INV_MID}",
                "Thread-Topic: " + INV_SUBJ,
                "Content-Language: en-US",
            ],
        ),
        T("plain", text, "us-ascii", "7bit"),
    ),
    "auto_reply",
    [],
    False,
    "English out-of-office, subject 'Automatic reply:', no RFC 3834 headers at all",
)

text = """Dit is een automatisch antwoord.

Ik ben met verlof van 5 tot en met 16 november. Uw mail wordt niet doorgestuurd.
Voor dringende vragen over personeelszaken kan u terecht bij personeel@diest.be.

Kristof Lenaerts
Diensthoofd personeel
Stad Diest
"""
case(
    27,
    M(
        std(
            "Kristof Lenaerts",
            "kristof.lenaerts@diest.be",
            "Re: " + INV_SUBJ,
            5,
            10,
            11,
            "<vacation.5be00d1f.a72c@diest.be>",
            ip="192.0.2.144",
            qid="4KQb1b11Vwx7",
            extra=[f"In-Reply-To: {INV_MID}", f"References: {INV_MID}", "Precedence: bulk"],
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "auto_reply",
    [],
    False,
    "subject 'Re:' only, Precedence: bulk only, body says it is an automatic leave reply; signature carries name/function/town",
)

text = """Ik ben afwezig op donderdag 22 en vrijdag 23 november.
Vanaf maandag 26 november beantwoord ik graag uw mail.

Veerle Claessens
Functie: beleidsco\u00f6rdinator
Stad Bilzen
E-mail: veerle.claessens@bilzen.be
Tel.: 089 51 92 00
"""
case(
    28,
    M(
        std(
            "Veerle Claessens",
            "veerle.claessens@bilzen.be",
            "Automatisch antwoord: Bevestiging inschrijving seminarie 7 december",
            22,
            10,
            30,
            "<autoreply.20181122103000.77e1@bilzen.be>",
            ip="198.51.100.176",
            qid="4Lh5c22Wxy8",
            extra=["In-Reply-To: <kcvs.conf.20181122.1029.v2@kcvs.be>", "Precedence: auto_reply"],
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "auto_reply",
    [],
    False,
    "auto-reply to Linda's confirmation: 'Automatisch antwoord' subject, Precedence: auto_reply; signature has labelled Functie/E-mail lines",
)

# ======================================================================
# BOUNCES 029-032
# ======================================================================

invitation_original = M(
    [
        f"Return-Path: <{LINDA_ADDR}>",
        "Received: from DB8PR01MB5210.eurprd01.prod.exchangelabs.com (mail-db8eur01lp2050.outbound.protection.outlook.com [203.0.113.50])",
        "\tby mx1.kcvs.be (Postfix) with ESMTPS id 4KQ7A11Bxyz",
        f"\tfor <g.dekeyser@wetteren.be>; {dt(5, 10, 2)}",
        f"From: {LINDA}",
        f"To: {LINDA}",
        f"Subject: {INV_SUBJ}",
        f"Date: {dt(5, 10, 2)}",
        f"Message-ID: {INV_MID}",
        "MIME-Version: 1.0",
    ],
    T("plain", INVITATION, "utf-8", "7bit"),
)

notice = """This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<g.dekeyser@wetteren.be>: host mail.wetteren.be[198.51.100.9] said: 550 5.1.1
    <g.dekeyser@wetteren.be>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: 4KQ7A11Bxyz
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Mon,  5 Nov 2018 10:02:21 +0100 (CET)

Final-Recipient: rfc822; g.dekeyser@wetteren.be
Original-Recipient: rfc822;g.dekeyser@wetteren.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.wetteren.be
Diagnostic-Code: smtp; 550 5.1.1 <g.dekeyser@wetteren.be>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
body = MP(
    "report",
    [
        P(
            ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
            notice,
        ),
        P(
            ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            status,
        ),
        P(
            [
                "Content-Description: Undelivered Message",
                "Content-Type: message/rfc822",
                "Content-Transfer-Encoding: 7bit",
            ],
            invitation_original,
        ),
    ],
    "4KQ7B22Cxyz.1541408542/mx1.kcvs.be",
    params="report-type=delivery-status;\n\t",
    extra=["Content-Transfer-Encoding: 7bit"],
    preamble="This is a MIME-encapsulated message.\n",
)
case(
    29,
    M(
        [
            "Return-Path: <>",
            f"X-Original-To: {LINDA_ADDR}",
            f"Delivered-To: {LINDA_ADDR}",
            f"Received: by mx1.kcvs.be (Postfix)\n\tid 4KQ7B22Cxyz; {dt(5, 10, 2, 22)}",
            f"Date: {dt(5, 10, 2, 22)}",
            "From: MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            f"To: {LINDA_ADDR}",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            "Message-Id: <20181105090222.4KQ7B22Cxyz@mx1.kcvs.be>",
        ],
        body,
    ),
    "bounce",
    [],
    False,
    "Postfix DSN multipart/report (5.1.1 user unknown) with Auto-Submitted; returned invitation holds the empty template",
)

conf_sander = confirmation(
    "Sander",
    "Sander Wouman",
    "Maaseik",
    "stafmedewerker organisatieontwikkeling",
    "sander.wouman@maaseik.be",
)
original = (
    "Return-Path: <linda.boudry@kcvs.be>\n"
    f"Received: from mx1.kcvs.be (mx1.kcvs.be [192.0.2.5])\n  by mail.hostingbe.net with SMTP; {dt(14, 11, 31)}\n"
    f"From: {LINDA}\nTo: sander.wouman@maaseik.be\n"
    "Subject: Bevestiging inschrijving seminarie 7 december\n"
    f"Date: {dt(14, 11, 30)}\nMessage-ID: <kcvs.conf.20181114.1130.s7@kcvs.be>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n" + conf_sander
)
text = (
    """Hi. This is the qmail-send program at mail.hostingbe.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sander.wouman@maaseik.be>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

"""
    + original
)
case(
    30,
    M(
        [
            "Return-Path: <>",
            f"X-Original-To: {LINDA_ADDR}",
            f"Delivered-To: {LINDA_ADDR}",
            f"Received: from mail.hostingbe.net (mail.hostingbe.net [198.51.100.250])\n\tby mx1.kcvs.be (Postfix) with SMTP id 4KY2d33Xyz9\n\tfor <{LINDA_ADDR}>; {dt(14, 11, 31, 40)}",
            f"Date: {dt(14, 11, 31, 38)}",
            "From: MAILER-DAEMON@mail.hostingbe.net",
            f"To: {LINDA_ADDR}",
            "Subject: failure notice",
            "Message-ID: <20181114103138.21877.qmail@mail.hostingbe.net>",
            "MIME-Version: 1.0",
        ],
        T("plain", text, "us-ascii", "7bit"),
    ),
    "bounce",
    [],
    False,
    "qmail 'failure notice' (plain text, no DSN part) returning Linda's confirmation, which carries filled-in Naam/Functie/E-mailadres",
)

notice = """This is the mail system at host mx1.kcvs.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

                   The mail system

<info@ocmw-kinrooi.be>: connect to mail.ocmw-kinrooi.be[198.51.100.31]:25:
    Connection timed out
"""
status = """Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: 4KQ7C33Dxyz
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Mon,  5 Nov 2018 10:02:21 +0100 (CET)

Final-Recipient: rfc822; info@ocmw-kinrooi.be
Original-Recipient: rfc822;info@ocmw-kinrooi.be
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.ocmw-kinrooi.be[198.51.100.31]:25:
    Connection timed out
Will-Retry-Until: Sat, 10 Nov 2018 10:02:21 +0100 (CET)
"""
headers_only = f"""Return-Path: <linda.boudry@kcvs.be>
From: {LINDA}
To: {LINDA}
Subject: {INV_SUBJ}
Date: {dt(5, 10, 2)}
Message-ID: {INV_MID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
body = MP(
    "report",
    [
        P(
            ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
            notice,
        ),
        P(
            ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            status,
        ),
        P(
            [
                "Content-Description: Undelivered Message Headers",
                "Content-Type: text/rfc822-headers",
            ],
            headers_only,
        ),
    ],
    "4KQ7D44Exyz.1541422942/mx1.kcvs.be",
    params="report-type=delivery-status;\n\t",
    preamble="This is a MIME-encapsulated message.\n",
)
case(
    31,
    M(
        [
            "Return-Path: <>",
            f"X-Original-To: {LINDA_ADDR}",
            f"Delivered-To: {LINDA_ADDR}",
            f"Received: by mx1.kcvs.be (Postfix)\n\tid 4KQ7D44Exyz; {dt(5, 14, 2, 22)}",
            f"Date: {dt(5, 14, 2, 22)}",
            "From: MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)",
            "Subject: Delayed Mail (still being retried)",
            f"To: {LINDA_ADDR}",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            "Message-Id: <20181105130222.4KQ7D44Exyz@mx1.kcvs.be>",
        ],
        body,
    ),
    "bounce",
    [],
    False,
    "Postfix delay warning: multipart/report with Action: delayed and text/rfc822-headers",
)

conf_ex = confirmation(
    "Rik", "Rik Degroote", "Wevelgem", "diensthoofd interne zaken", "rik.degroote@wevelgem.be"
)
ndr_text = """Delivery has failed to these recipients or groups:

rik.degroote@wevelgem.be
The e-mail address you entered couldn't be found. Please check the recipient's
e-mail address and try to resend the message. If the problem continues, please
contact your helpdesk.

Diagnostic information for administrators:

Generating server: DB8PR01MB5210.eurprd01.prod.exchangelabs.com

rik.degroote@wevelgem.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: Linda Boudry <linda.boudry@kcvs.be>
To: rik.degroote@wevelgem.be
Subject: Bevestiging inschrijving seminarie 7 december
Date: Thu, 15 Nov 2018 14:05:11 +0100
"""
ndr_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:rik.degroote@wevelgem.be">rik.degroote@wevelgem.be</a><br>
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.<br>
</p></font>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: DB8PR01MB5210.eurprd01.prod.exchangelabs.com</p>
<p>rik.degroote@wevelgem.be<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</font>
</body></html>
"""
status = """Reporting-MTA: dns;DB8PR01MB5210.eurprd01.prod.exchangelabs.com
Received-From-MTA: dns;DB8PR01MB5210.eurprd01.prod.exchangelabs.com
Arrival-Date: Thu, 15 Nov 2018 13:05:12 +0000

Final-Recipient: rfc822;rik.degroote@wevelgem.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
orig = M(
    [
        f"From: {LINDA}",
        "To: rik.degroote@wevelgem.be",
        "Subject: Bevestiging inschrijving seminarie 7 december",
        f"Date: {dt(15, 14, 5, 11)}",
        "Message-ID: <kcvs.conf.20181115.1405.r3@kcvs.be>",
        "MIME-Version: 1.0",
    ],
    T("plain", conf_ex, "utf-8", "7bit"),
)
body = MP(
    "report",
    [
        MP(
            "alternative",
            [T("plain", ndr_text, "us-ascii", "7bit"), T("html", ndr_html, "us-ascii", "7bit")],
            "_002_DB8PR01MB5210NDRalt_",
            preamble="",
        ),
        P(["Content-Type: message/delivery-status"], status),
        P(["Content-Type: message/rfc822"], orig),
    ],
    "_000_DB8PR01MB5210NDR_",
    params="report-type=delivery-status;\n\t",
    preamble="",
)
case(
    32,
    M(
        [
            "Return-Path: <>",
            f"X-Original-To: {LINDA_ADDR}",
            f"Delivered-To: {LINDA_ADDR}",
            f"Received: from DB8PR01MB5210.eurprd01.prod.exchangelabs.com (mail-db8eur01lp2050.outbound.protection.outlook.com [203.0.113.50])\n\tby mx1.kcvs.be (Postfix) with ESMTPS id 4KZ3e44Yza0\n\tfor <{LINDA_ADDR}>; {dt(15, 14, 5, 14)}",
            "From: Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kcvs.onmicrosoft.com>",
            f"To: {LINDA}",
            "Subject: Undeliverable: Bevestiging inschrijving seminarie 7 december",
            f"Date: {dt(15, 14, 5, 13)}",
            "Message-ID: <6a1f7e2c-9b3d-4e58-a0c4-d2b1f9e87c65@DB8PR01MB5210.eurprd01.prod.exchangelabs.com>",
            "In-Reply-To: <kcvs.conf.20181115.1405.r3@kcvs.be>",
            "Content-Language: en-US",
            "X-MS-Exchange-Message-Is-Ndr:",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ],
        body,
    ),
    "bounce",
    [],
    False,
    "Exchange Online NDR ('Undeliverable:'), multipart/report with nested alternative text+HTML; returned confirmation has filled fields",
)

# ======================================================================
# OTHER 033-045
# ======================================================================

text = """Hoi Linda,

Kun jij tegen woensdag hoofdstuk 3 van het jaarverslag 2018 nalezen? Ik heb de
cijfers over de centrumsteden aangevuld, maar de tekst over de personeelsbarometer
moet nog eens kritisch bekeken worden. De versie staat op de gedeelde schijf onder
Publicaties > Jaarverslag > concept_v3.docx.

Thanks!
Jeroen
"""
case(
    33,
    M(
        std(
            "Jeroen Hendrickx",
            "jeroen.hendrickx@kcvs.be",
            "Nalezen jaarverslag 2018",
            8,
            15,
            40,
            "<AM4PR01MB1825D9C8B7A6F5E4D3C2B1A0@AM4PR01MB1825.eurprd01.prod.exchangelabs.com>",
            ip="203.0.113.50",
            qid="4KT3f55Abc1",
            host="mail-db8eur01lp2050.outbound.protection.outlook.com",
            extra=["Thread-Topic: Nalezen jaarverslag 2018", *OUTLOOK],
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "other",
    [],
    False,
    "unrelated internal work mail from a KCVS colleague",
)

news_plain = """VVSG-NIEUWSBRIEF | week 47 - 2018

* Nieuwe lokale besturen: het startpakket voor de bestuursperiode 2019-2024
* Personeel: nieuwe rechtspositieregeling, wat verandert er op 1 januari?
* Inschrijven: VVSG-trefdag 'Lokale besturen aan zet' - 17 januari 2019, Brussel
  Schrijf je in via www.vvsg.be/trefdag met je naam, bestuur en functie.

Je ontvangt deze nieuwsbrief omdat je ingeschreven bent op de VVSG-nieuwsbrief.
Uitschrijven: https://nieuwsbrief.vvsg.be/unsubscribe?u=8f3a1c&id=lb77
"""
news_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>VVSG-nieuwsbrief</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td><h1 style="color:#d4002a">VVSG-nieuwsbrief | week 47 - 2018</h1></td></tr>
<tr><td><h2>Nieuwe lokale besturen</h2><p>Het startpakket voor de bestuursperiode 2019-2024.</p></td></tr>
<tr><td><h2>Personeel</h2><p>Nieuwe rechtspositieregeling: wat verandert er op 1 januari?</p></td></tr>
<tr><td><h2>VVSG-trefdag 'Lokale besturen aan zet'</h2><p>17 januari 2019, Brussel. <a href="https://www.vvsg.be/trefdag">Schrijf je in</a> met je naam, bestuur en functie.</p></td></tr>
<tr><td style="font-size:11px;color:#777">Je ontvangt deze nieuwsbrief omdat je ingeschreven bent. <a href="https://nieuwsbrief.vvsg.be/unsubscribe?u=8f3a1c&amp;id=lb77">Uitschrijven</a></td></tr>
</table></td></tr></table></body></html>
"""
body = MP(
    "alternative",
    [
        T("plain", news_plain, "utf-8", "quoted-printable"),
        T("html", news_html, "utf-8", "quoted-printable"),
    ],
    "_----------=_MCPart_1842093375",
    preamble="",
)
case(
    34,
    M(
        std(
            "VVSG-nieuwsbrief",
            "nieuwsbrief@vvsg.be",
            "VVSG-nieuwsbrief: startpakket nieuwe besturen, trefdag 17 januari",
            20,
            6,
            0,
            "<0.1.8F.A3C.1D47F2B9C5E6A10.0@mail175.atl21.mcdlv.net>",
            ip="198.51.100.175",
            qid="4Lf1z99Bcd2",
            host="mail175.atl21.mcdlv.net",
            to="linda.boudry@kcvs.be",
            extra=[
                "List-Unsubscribe: <https://nieuwsbrief.vvsg.be/unsubscribe?u=8f3a1c&id=lb77>, <mailto:unsubscribe-lb77@nieuwsbrief.vvsg.be>",
                "List-Id: VVSG nieuwsbrief <8f3a1c.list-id.mcsv.net>",
                "Precedence: bulk",
                "X-Mailer: MailChimp Mailer - **CID8f3a1c**",
            ],
        ),
        body,
    ),
    "other",
    [],
    False,
    "newsletter with List-Unsubscribe/List-Id/Precedence: bulk; mentions inschrijven for another event",
)

text = """Dag Linda,

Ik ben ingeschreven voor vrijdag 7 december. Is er parking voorzien aan Permeke,
of raad je aan om de trein te nemen? Ik kom vanuit Mortsel.

Groet,
Hans Verhaegen
"""
case(
    35,
    M(
        std(
            "Hans Verhaegen",
            "hans.verhaegen@mortsel.be",
            "vraag parking seminarie",
            21,
            13,
            22,
            "<c3d4e5f6a7b84c9d0e1f2a3b4c5d6e7f@mortsel.be>",
            ip="192.0.2.58",
            qid="4Lg4a00Cde3",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "other",
    [],
    True,
    "question about parking from an already registered person; no new registration",
)

text = """Hoi Linda,

Ik ben al ingeschreven voor het seminarie. Mag ik eventueel nog een collega
meebrengen? Ze twijfelt nog, ik laat het je zeker weten.

Evi
"""
case(
    36,
    M(
        std(
            "Evi Poelmans",
            "evi.poelmans@tienen.be",
            "Re: Bevestiging inschrijving seminarie 7 december",
            22,
            16,
            50,
            "<CAH8x2Lk4pQ9wZ1vB7nM3cR6tY0uI5oE2aS@mail.gmail.com>",
            ip="209.85.208.51",
            qid="4Lh6b11Def4",
            host="mail-ed1-f51.google.com",
            extra=["In-Reply-To: <kcvs.conf.20181109.0915.e4@kcvs.be>"],
        ),
        T("plain", text, "UTF-8", "7bit"),
    ),
    "other",
    [],
    True,
    "'mag ik een collega meebrengen?' with no data for the colleague: a person must answer",
)

conf = confirmation(
    "Stefaan", "Stefaan Willaert", "Izegem", "algemeen directeur", "stefaan.willaert@izegem.be"
)
text = (
    "Bedankt Linda, tot dan!\n\nStefaan\n\n-----Oorspronkelijk bericht-----\n"
    "Van: Linda Boudry [mailto:linda.boudry@kcvs.be]\nVerzonden: maandag 12 november 2018 9:40\n"
    "Aan: Willaert Stefaan\nOnderwerp: Bevestiging inschrijving seminarie 7 december\n\n" + conf
)
case(
    37,
    M(
        std(
            "Willaert Stefaan",
            "stefaan.willaert@izegem.be",
            "RE: Bevestiging inschrijving seminarie 7 december",
            12,
            10,
            2,
            "<000601d47a6b$1c2d3e40$54576bc0$@izegem.be>",
            ip="198.51.100.63",
            qid="4KWb2c22Efg5",
            extra=[
                "In-Reply-To: <kcvs.conf.20181112.0940.s5@kcvs.be>",
                "X-Mailer: Microsoft Outlook 16.0",
            ],
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "other",
    [],
    False,
    "thank-you reply to the confirmation; the quoted confirmation holds filled-in Naam/Stad/Functie/E-mailadres",
)

cal = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Marijke Coppens:mailto:marijke.coppens@kcvs.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linda Boudry:
 mailto:linda.boudry@kcvs.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jeroen Hendri
 ckx:mailto:jeroen.hendrickx@kcvs.be
DESCRIPTION;LANGUAGE=nl-BE:Agenda: jaarplanning 2019\\, verdeling studiedagen
 \\, budget.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C9A1F2E97FD401000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F9
SUMMARY;LANGUAGE=nl-BE:Overleg jaarplanning 2019
DTSTART;TZID=Romance Standard Time:20181129T140000
DTEND;TZID=Romance Standard Time:20181129T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20181119T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vergaderzaal 2
END:VEVENT
END:VCALENDAR
"""
plain = "Agenda: jaarplanning 2019, verdeling studiedagen, budget.\n"
body = MP(
    "alternative",
    [
        T("plain", plain, "utf-8", "7bit"),
        T("calendar", cal, "utf-8", "7bit", params="; method=REQUEST"),
    ],
    "_001_AM4PR01MB1825CALINV_",
    preamble="",
)
case(
    38,
    M(
        std(
            "Marijke Coppens",
            "marijke.coppens@kcvs.be",
            "Uitnodiging: Overleg jaarplanning 2019 @ do 29 nov 2018 14:00 - 15:30",
            19,
            11,
            15,
            "<AM4PR01MB1825A0B9C8D7E6F5A4B3C2D1@AM4PR01MB1825.eurprd01.prod.exchangelabs.com>",
            ip="203.0.113.50",
            qid="4Ld2d33Fgh6",
            host="mail-db8eur01lp2050.outbound.protection.outlook.com",
            extra=["Thread-Topic: Overleg jaarplanning 2019", *OUTLOOK],
        ),
        body,
    ),
    "other",
    [],
    False,
    "internal Outlook meeting request (text/calendar METHOD:REQUEST), subject starts with 'Uitnodiging:'",
)

spam_html = """<html><body style="font-family:Segoe UI,Arial">
<p>Beste gebruiker linda.boudry@kcvs.be,</p>
<p>Uw mailbox heeft <b>98%</b> van de opslaglimiet bereikt. Binnenkomende berichten worden binnen 24 uur geweigerd.</p>
<p><a href="http://kcvs-be.mailbox-verify.info/owa/login.php?u=linda.boudry">VERIFIEER UW ACCOUNT NU</a></p>
<p>Naam: linda.boudry<br>Functie: Gebruiker<br>E-mail: linda.boudry@kcvs.be</p>
<p>&copy; 2018 Microsoft Office 365 Team</p>
</body></html>
"""
case(
    39,
    M(
        std(
            "Office 365 Beheer",
            "no-reply@mailbox-verify.info",
            "Uw mailbox is 98% vol \u2013 actie vereist",
            25,
            3,
            17,
            "<20181125031712.9F8E7D6C5B@srv7.mailbox-verify.info>",
            ip="198.51.100.240",
            qid="4Ll7e44Ghi7",
            host="srv7.mailbox-verify.info",
            to="linda.boudry@kcvs.be",
            extra=["X-Priority: 1 (Highest)"],
        ),
        T("html", spam_html, "utf-8", "quoted-printable"),
    ),
    "other",
    [],
    False,
    "phishing 'mailbox vol' spam, HTML only, with fake Naam/Functie/E-mail lines about Linda herself",
)

text = (
    "ok\n\nVerzonden vanaf mijn iPad\n\n"
    "> Op 5 nov. 2018 om 10:02 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n>\n"
    + quote(INVITATION)
    + "\n"
)
case(
    40,
    M(
        std(
            "Luc Van Hoof",
            "luc.vanhoof@boom.be",
            "Re: " + INV_SUBJ,
            6,
            18,
            12,
            "<4E1B2C3D-5F6A-4B7C-8D9E-0F1A2B3C4D5E@boom.be>",
            ip="192.0.2.92",
            qid="4KR8f55Hij8",
            extra=[
                f"In-Reply-To: {INV_MID}",
                f"References: {INV_MID}",
                "X-Mailer: iPad Mail (16B92)",
            ],
        ),
        T("plain", text, "us-ascii", "7bit"),
    ),
    "other",
    [],
    True,
    "reply to the invitation saying only 'ok' above the quoted invitation: unclear whether it is a sign-up -> a person must ask",
)

text = """Dag Linda,

Graag schrijf ik me in voor de eerste bijeenkomst van het lerend netwerk HR op
donderdag 24 januari 2019 in Brussel.

Naam: Sam Dierckx
Stad: Lommel
Functie: HR-adviseur
E-mail: sam.dierckx@lommel.be

Groeten,
Sam
"""
case(
    41,
    M(
        std(
            "Sam Dierckx",
            "sam.dierckx@lommel.be",
            "Inschrijving lerend netwerk HR - 24 januari",
            26,
            14,
            33,
            "<7a6b5c4d3e2f41a0b9c8d7e6f5a4b3c2@lommel.be>",
            ip="198.51.100.81",
            qid="4Lm8g66Ijk9",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "other",
    [],
    False,
    "complete labelled registration, but for a different event (lerend netwerk HR, 24 januari 2019), not for this seminar",
)

text = """Goedemiddag,

Ik zag dat inschrijven voor het seminarie kan tot en met 2 december. Ik weet pas
volgende week of ik op 7 december vrij ben. Kan ik me na de deadline nog
inschrijven, of is het dan te laat?

Mvg,
Koenraad Bogaert
"""
case(
    42,
    M(
        std(
            "Koenraad Bogaert",
            "koenraad.bogaert@waregem.be",
            "Inschrijven na 2 december?",
            30,
            12,
            47,
            "<e2d3c4b5a6f74e8d9c0b1a2f3e4d5c6b@waregem.be>",
            ip="192.0.2.47",
            qid="4Lt3h77Jkl0",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "other",
    [],
    True,
    "asks whether registering after the deadline is possible, without registering or giving data",
)

text = """Beste mevrouw Boudry,

Zoals besproken vindt u in bijlage onze offerte voor de broodjeslunch op vrijdag
7 december om 12.30 uur in bibliotheek Permeke, voor ongeveer 80 personen.

Gelieve ons uiterlijk op 3 december het definitieve aantal deelnemers en het
aantal vegetarische lunches te bezorgen.

Met vriendelijke groeten,

Nadia El Amrani
Broodjes & Co \u2013 catering
Lange Kievitstraat 12, 2018 Antwerpen
"""
fake_pdf = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
body = MP(
    "mixed",
    [
        T("plain", text, "utf-8", "quoted-printable"),
        P(
            [
                'Content-Type: application/pdf; name="Offerte_2018-117_KCVS.pdf"',
                'Content-Disposition: attachment; filename="Offerte_2018-117_KCVS.pdf"',
                "Content-Transfer-Encoding: base64",
            ],
            base64.encodebytes(fake_pdf),
        ),
    ],
    "----=_Part_40211_1993012218.1542709211000",
)
case(
    43,
    M(
        std(
            "Broodjes & Co",
            "info@broodjesenco.be",
            "Offerte broodjeslunch 7 december \u2013 Permeke",
            20,
            11,
            20,
            "<1302547869.40212.1542709211000@webmail.broodjesenco.be>",
            ip="198.51.100.99",
            qid="4Lf3i88Klm1",
        ),
        body,
    ),
    "other",
    [],
    False,
    "caterer's quote for the seminar lunch (mentions 7 december, Permeke, participants) with a PDF attachment: about the event but nothing for the worker",
)

text = """Beste,

Hierbij bevestigen wij uw reservatie.

Reservatienummer: PMK-2018-0934
Naam aanvrager: Linda Boudry
Organisatie: Kenniscentrum Vlaamse Steden
Functie: projectco\u00f6rdinator
E-mail: linda.boudry@kcvs.be
Zaal: auditorium (120 plaatsen)
Datum: vrijdag 7 december 2018, 09.00 - 14.00 uur
Adres: De Coninckplein 26, 2060 Antwerpen

Met vriendelijke groeten,
Bibliotheek Permeke - Zaalverhuur
Stad Antwerpen
"""
case(
    44,
    M(
        std(
            "Bibliotheek Permeke - Zaalverhuur",
            "zaalverhuur.permeke@antwerpen.be",
            "Bevestiging reservatie auditorium \u2013 vrijdag 7 december 2018",
            9,
            9,
            5,
            "<resv.PMK-2018-0934.20181109@antwerpen.be>",
            ip="192.0.2.120",
            qid="4KU2j99Lmn2",
        ),
        T("plain", text, "utf-8", "quoted-printable"),
    ),
    "other",
    [],
    False,
    "venue's room-booking confirmation with labelled Naam/Organisatie/Functie/E-mail of Linda herself, for 7 december at Permeke",
)

text = """Dag Linda,

Voor een nota aan ons college zoek ik de meest recente cijfers over het
personeelsbestand van de 13 centrumsteden (koppen en VTE, liefst per
beleidsdomein). Heeft het Kenniscentrum die ergens gebundeld?

Alvast bedankt!

Jonas Vercammen
Beleidsmedewerker HR-strategie
Stad Gent | Dienst HR
Botermarkt 1, 9000 Gent
jonas.vercammen@stad.gent
"""
case(
    45,
    M(
        std(
            "Jonas Vercammen",
            "jonas.vercammen@stad.gent",
            "Vraag: cijfers personeelsbestand centrumsteden",
            27,
            15,
            18,
            "<VI1PR0901MB2104C9B8A7F6E5D4C3B2A1F0@VI1PR0901MB2104.eurprd09.prod.outlook.com>",
            ip="203.0.113.104",
            qid="4Ln9k00Mno3",
            host="mail-vi1eur09lp2104.outbound.protection.outlook.com",
        ),
        T("plain", text, "utf-8", "7bit"),
    ),
    "other",
    [],
    False,
    "unrelated work question from a city employee with a full signature (name, function, town, address)",
)


# ---------------------------------------------------------------- write


def main():
    assert len(CASES) == 45, len(CASES)
    seen = set()
    for n, raw, label in CASES:
        assert n not in seen
        seen.add(n)
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, f"{n:03d}.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, f"{n:03d}.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
