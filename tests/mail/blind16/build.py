#!/usr/bin/env python3
"""Blind set 16: 45 messages as mail clients write them.

Written without looking at the parser. Python 3.11 standard library only, deterministic:
every run writes the same bytes. Writes NNN.eml (CRLF line endings) and NNN.json (the
expected label, see shared/spec/parse-contract.md) into the directory of this script.

    .venv/bin/python tests/mail/blind16/build.py
"""

import base64
import datetime
import html
import json
import os
import quopri
import random
import re
import struct
import zlib
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(16016)
TZ = datetime.timezone(datetime.timedelta(hours=1))

LINDA = "Linda Boudry <linda.boudry@kcvs.be>"


# --------------------------------------------------------------------------- helpers


def date(day, hh, mm, ss=0):
    """RFC 5322 date in November 2018, Belgian winter time."""
    return format_datetime(datetime.datetime(2018, 11, day, hh, mm, ss, tzinfo=TZ))


def rhex(n, alphabet="0123456789ABCDEF"):
    return "".join(random.choice(alphabet) for _ in range(n))


B64CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def mid_exchange(host):
    return f"<{rhex(4)}{rhex(8)}{rhex(20)}@{host}>"


def mid_o365(tenant="eurprd01"):
    box = "DB6PR01" + rhex(2, "0123456789") + "MB" + rhex(4, "0123456789")
    return f"<{box}{rhex(28)}@{box}.{tenant}.prod.exchangelabs.com>"


def mid_gmail():
    return "<CA" + rhex(8, B64CH) + "+" + rhex(30, B64CH) + "@mail.gmail.com>"


def mid_apple(domain):
    return f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{domain}>"


def mid_notes(domain):
    return f"<OF{rhex(8)}.{rhex(8)}-ONC12583{rhex(2)}.{rhex(8)}-C12583{rhex(2)}.{rhex(8)}@{domain}>"


def boundary_outlook():
    return "_000_" + rhex(40) + "_"


def boundary_gmail():
    return "000000000000" + rhex(16, "0123456789abcdef")


def boundary_apple():
    return "Apple-Mail=_" + rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12)


def hdr(text, charset="utf-8", mode="Q"):
    """RFC 2047 encoded-words, folded so that no word exceeds 75 characters."""
    prefix = f"=?{charset}?{mode}?"
    if mode == "Q":
        words, cur = [], ""
        for ch in text:
            if ch == " ":
                r = "_"
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                r = ch
            else:
                r = "".join(f"={x:02X}" for x in ch.encode(charset))
            if cur and len(prefix) + len(cur) + len(r) + 2 > 75:
                words.append(cur)
                cur = ""
            cur += r
        words.append(cur)
        return "\n ".join(prefix + w + "?=" for w in words)
    chunks, cur = [], b""
    for ch in text:
        bs = ch.encode(charset)
        if cur and len(prefix) + len(base64.b64encode(cur + bs)) + 2 > 75:
            chunks.append(cur)
            cur = b""
        cur += bs
    chunks.append(cur)
    return "\n ".join(prefix + base64.b64encode(c).decode("ascii") + "?=" for c in chunks)


def subj(text, charset="utf-8", mode="Q"):
    if text.isascii():
        return text
    return hdr(text, charset, mode)


def addr(name, email, charset="utf-8", mode="Q"):
    if not name:
        return email
    if not name.isascii():
        return f"{hdr(name, charset, mode)} <{email}>"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def body_encode(text, cte, charset):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode("ascii")
    if cte in ("7bit", "8bit"):
        return text.encode(charset).decode("latin-1")
    raise ValueError(cte)


def leaf(ctype, text, cte, charset, extra=()):
    return (
        [f"Content-Type: {ctype}", *extra, f"Content-Transfer-Encoding: {cte}"],
        body_encode(text, cte, charset),
    )


def binleaf(ctype, data, extra=()):
    return (
        [f"Content-Type: {ctype}", *extra, "Content-Transfer-Encoding: base64"],
        base64.encodebytes(data).decode("ascii"),
    )


def render(part):
    h, b = part
    if not b.endswith("\n"):
        b += "\n"
    return "\n".join(h) + "\n\n" + b


def multipart(sub, parts, boundary, params="", preamble="", ctname="Content-Type"):
    h = [f'{ctname}: multipart/{sub};\n\tboundary="{boundary}"{params}']
    b = preamble
    for p in parts:
        b += f"--{boundary}\n" + render(p)
    b += f"--{boundary}--\n"
    return (h, b)


def message(headers, part):
    return "\n".join(list(headers) + part[0]) + "\n\n" + part[1]


def to_wire(s):
    assert "\r" not in s
    if not s.endswith("\n"):
        s += "\n"
    return s.replace("\n", "\r\n").encode("latin-1")


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 0))
        + chunk(b"IEND", b"")
    )


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")


def linkify(escaped):
    return EMAIL_RE.sub(lambda m: f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', escaped)


def esc(s):
    return html.escape(s, quote=False)


def reg(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


def label(kind, registrants, needs_review, note):
    return {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note}


# ------------------------------------------------------------------- the invitation

INV_MID = "<AM6PR02MB44714E2C1D0B7F3A9C5E81D2B6A30@AM6PR02MB4471.eurprd02.prod.outlook.com>"
INV_SUBJ = "Uitnodiging seminarie Stadsorganisaties in transitie – 7 december 2018"
INV_SENT_NL = "maandag 12 november 2018 10:14"

INV_LINES = [
    "Beste,",
    "",
    "Het Kenniscentrum Vlaamse Steden (KCVS) nodigt u van harte uit op het gratis seminarie",
    "",
    "Stadsorganisaties in transitie",
    "",
    "op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.",
    "",
    "Programma",
    "9.30 uur: onthaal met koffie",
    "10.00 uur: start van het seminarie",
    "ca. 12.30 uur: broodjeslunch",
    "",
    "Steden en gemeenten staan voor grote veranderingen: de integratie van OCMW en gemeente, de "
    "digitalisering van de dienstverlening en nieuwe verwachtingen van burgers en medewerkers. Hoe "
    "passen stadsorganisaties zich daaraan aan? Drie steden vertellen over hun aanpak, daarna is er "
    "ruimte voor vragen en gesprek.",
    "",
    "Deelname is gratis, maar inschrijven is verplicht. Schrijf u in tot en met zondag 2 december met "
    "een e-mail aan linda.boudry@kcvs.be en vermeld daarin:",
    "",
    "Naam:",
    "Stad / gemeente:",
    "Functie:",
    "E-mailadres:",
    "",
    "Wij kijken ernaar uit u te verwelkomen!",
    "",
    "Met vriendelijke groeten,",
    "",
    "Linda Boudry",
    "Kenniscentrum Vlaamse Steden",
    "Arenbergstraat 5, 1000 Brussel",
    "T 02 211 55 00 | linda.boudry@kcvs.be | www.kcvs.be",
]


def inv_text():
    return "\n".join(INV_LINES) + "\n"


def inv_quoted(prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in INV_LINES) + "\n"


def inv_html_plain():
    """The invitation as a <div>/<br> fragment (Gmail, Apple quoting)."""
    out = []
    for l in INV_LINES:
        if l == "Stadsorganisaties in transitie":
            out.append(f"<b>{esc(l)}</b><br>")
        elif l:
            out.append(linkify(esc(l)) + "<br>")
        else:
            out.append("<br>")
    return "<div>" + "\n".join(out) + "</div>"


def mso(inner):
    return f'<p class="MsoNormal">{inner}<o:p></o:p></p>'


MSO_EMPTY = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def inv_html_outlook():
    out = []
    for l in INV_LINES:
        if not l:
            out.append(MSO_EMPTY)
        elif l == "Stadsorganisaties in transitie":
            out.append(mso(f'<b><span style="font-size:14.0pt;color:#C00000">{esc(l)}</span></b>'))
        else:
            out.append(mso(linkify(esc(l))))
    return "\n".join(out)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
%IMG%<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.E-mailStijl17
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def outlook_html(inner, charset="windows-1252", vml=False):
    img = (
        (
            "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\n"
            "o\\:* {behavior:url(#default#VML);}\nw\\:* {behavior:url(#default#VML);}\n"
            ".shape {behavior:url(#default#VML);}\n</style><![endif]-->"
        )
        if vml
        else ""
    )
    return (
        OUTLOOK_HEAD.replace("%CHARSET%", charset).replace("%IMG%", img)
        + inner
        + "\n"
        + OUTLOOK_TAIL
    )


def outlook_quote_header_html(frm, sent, to, subject):
    return (
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><b><span lang="NL">Van:</span></b><span lang="NL"> {esc(frm)} <br>\n'
        f"<b>Verzonden:</b> {esc(sent)}<br>\n"
        f"<b>Aan:</b> {esc(to)}<br>\n"
        f"<b>Onderwerp:</b> {esc(subject)}<o:p></o:p></span></p>\n"
        "</div>\n</div>\n" + MSO_EMPTY
    )


def outlook_quote_header_text(frm, sent, to, subject):
    return f"Van: {frm} \nVerzonden: {sent}\nAan: {to}\nOnderwerp: {subject}\n\n"


def outlook_inv_quote_html():
    return (
        outlook_quote_header_html(LINDA, INV_SENT_NL, LINDA, INV_SUBJ) + "\n" + inv_html_outlook()
    )


def outlook_inv_quote_text():
    return outlook_quote_header_text(LINDA, INV_SENT_NL, LINDA, INV_SUBJ) + inv_text()


def invitation_message():
    """The organiser's own invitation, as returned inside a bounce."""
    b = "_000_AM6PR02MB4471C2E1A0B1F3E5D2A7C9F1B6A30AM6PR02MB4471eurp_"
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', inv_text(), "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inv_html_outlook()),
                "quoted-printable",
                "cp1252",
            ),
        ],
        b,
    )
    return message(
        [
            f"From: {LINDA}",
            f"To: {LINDA}",
            f"Subject: {subj(INV_SUBJ, 'windows-1252')}",
            f"Date: {date(12, 10, 14, 12)}",
            f"Message-ID: {INV_MID}",
            "Accept-Language: nl-BE, en-US",
            "Content-Language: nl-BE",
            "MIME-Version: 1.0",
        ],
        alt,
    )


def confirmation_lines(first, fields):
    out = [
        f"Beste {first},",
        "",
        "Bedankt voor je inschrijving voor het seminarie Stadsorganisaties in transitie op vrijdag "
        "7 december 2018 in bibliotheek Permeke (Antwerpen). We noteerden:",
        "",
    ]
    out += fields
    out += [
        "",
        "Praktische informatie volgt in de week voor het seminarie.",
        "",
        "Met vriendelijke groeten,",
        "",
        "Linda Boudry",
        "Kenniscentrum Vlaamse Steden",
    ]
    return out


def fields4(name, muni, func, email):
    return [
        f"Naam: {name}",
        f"Stad / gemeente: {muni}",
        f"Functie: {func}",
        f"E-mailadres: {email}",
    ]


CONF_SUBJ = "Bevestiging inschrijving seminarie 7 december"

# ------------------------------------------------------------------ disclaimers etc.

DISCL_GENT = (
    "Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n) en "
    "kunnen vertrouwelijke informatie bevatten. Hebt u dit bericht per vergissing ontvangen, "
    "verwittig dan onmiddellijk de afzender en verwijder het bericht. Stad Gent aanvaardt geen "
    "aansprakelijkheid voor schade die voortvloeit uit het gebruik van dit bericht. Stad Gent "
    "verwerkt persoonsgegevens conform de Algemene Verordening Gegevensbescherming (AVG); meer "
    "info op www.stad.gent/privacy of via privacy@stad.gent."
)

DISCL_KORTRIJK_NL = (
    "DISCLAIMER: Dit bericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd "
    "voor de geadresseerde(n). Indien u dit bericht onterecht ontvangen hebt, verzoeken wij u "
    "de afzender te verwittigen via info@kortrijk.be en het bericht te vernietigen. Elke "
    "openbaarmaking, vermenigvuldiging of verspreiding is verboden. Stad Kortrijk kan niet "
    "aansprakelijk gesteld worden voor de volledige en correcte overbrenging van dit bericht."
)
DISCL_KORTRIJK_EN = (
    "This message and any attachments are confidential and intended solely for the addressee(s). "
    "If you have received this message in error, please notify the sender at info@kortrijk.be "
    "and destroy it. Any disclosure, copying or distribution is prohibited. The City of Kortrijk "
    "cannot be held liable for the complete and correct transmission of this message."
)

DISCL_ANTWERPEN = (
    "Disclaimer: de inhoud van dit bericht en de bijlagen is uitsluitend bestemd voor de "
    "geadresseerde. Gebruik, verspreiding of kopiëren door anderen is niet toegestaan. Bent u "
    "niet de bedoelde ontvanger, meld dit dan aan de afzender en wis het bericht. Meer info: "
    "www.antwerpen.be/disclaimer"
)

DISCL_KCVS = (
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Het Kenniscentrum Vlaamse Steden "
    "verwerkt uw gegevens volgens zijn privacyverklaring (www.kcvs.be/privacy). / This message is "
    "intended for the addressee only."
)

LOGO_KORTRIJK = png(96, 32, (0xE3, 0x00, 0x1B))
LOGO_BRUGGE = png(80, 40, (0x1D, 0x3C, 0x78))
LOGO_GEEL = png(64, 24, (0x00, 0x7A, 0x4D))
LOGO_IEPER = png(72, 28, (0x8B, 0x1A, 0x2B))

# ---------------------------------------------------------------------- the messages

MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


# ----- registrations ----------------------------------------------------------------


@msg
def reg_gent_outlook_bold():
    name, email = "Annick Verstraete", "annick.verstraete@stad.gent"
    inner = "\n".join(
        [
            mso("Dag Linda,"),
            MSO_EMPTY,
            mso(
                "Graag schrijf ik mij in voor het seminarie ‘Stadsorganisaties in transitie’ op 7 december."
            ),
            MSO_EMPTY,
            mso("<b>Naam</b>: Annick Verstraete"),
            mso("<b>Stad / gemeente</b>: Stad Gent"),
            mso("<b>Functie</b>: beleidsadviseur organisatieontwikkeling"),
            mso(f'<b>E-mailadres</b>: <a href="mailto:{email}">{email}</a>'),
            MSO_EMPTY,
            mso("Met vriendelijke groeten"),
            MSO_EMPTY,
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
            "<tr>",
            '<td width="8" style="width:6.0pt;background:#0094D4;padding:0cm 0cm 0cm 0cm"></td>',
            '<td valign="top" style="padding:0cm 0cm 0cm 8.0pt">',
            mso('<b><span style="font-size:10.0pt;color:#0094D4">Annick Verstraete</span></b>'),
            mso('<span style="font-size:9.0pt">beleidsadviseur</span>'),
            mso('<span style="font-size:9.0pt">Dienst Organisatieontwikkeling</span>'),
            mso('<span style="font-size:9.0pt">Stad Gent | Botermarkt 1, 9000 Gent</span>'),
            mso('<span style="font-size:9.0pt">T 09 266 52 10 | www.stad.gent</span>'),
            "</td>",
            "</tr>",
            "</table>",
            MSO_EMPTY,
            mso(f'<span style="font-size:7.5pt;color:#A6A6A6">{esc(DISCL_GENT)}</span>'),
        ]
    )
    headers = [
        "Received: from DB6PR0102MB2563.eurprd01.prod.exchangelabs.com ([fe80::7c1d:2a:b3e1:4f90])\n"
        " by DB6PR0102MB2563.eurprd01.prod.exchangelabs.com ([fe80::7c1d:2a:b3e1:4f90%5]) with mapi id\n"
        " 15.20.1339.019; Tue, 13 Nov 2018 07:52:11 +0000",
        f"From: {addr('Verstraete Annick', email)}",
        f"To: {LINDA}",
        "Subject: Inschrijving seminarie 7 december",
        "Thread-Topic: Inschrijving seminarie 7 december",
        "Thread-Index: AdR7J2k0Hq1bX9VhQkeZ3v1K8sTZfQ==",
        f"Date: {date(13, 8, 52, 11)}",
        f"Message-ID: {mid_o365()}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
    ]
    part = leaf(
        'text/html; charset="windows-1252"', outlook_html(inner), "quoted-printable", "cp1252"
    )
    return message(headers, part), label(
        "registration",
        [reg(name, "Gent", "beleidsadviseur organisatieontwikkeling", email)],
        False,
        "Outlook HTML-only (no text/plain), windows-1252 QP; bold labels '<b>Naam</b>: ...' in MsoNormal "
        "paragraphs; signature table and a grey disclaimer containing privacy@stad.gent; 'Stad Gent' -> Gent",
    )


@msg
def reg_leuven_gmail_quote():
    email = "thomas.wuyts@leuven.be"
    mine = [
        "Dag Linda,",
        "",
        "Ik kom graag. Mijn gegevens:",
        "",
        "Naam: Thomas Wuyts",
        "Stad / gemeente: Leuven",
        "Functie: projectleider smart city",
        f"E-mailadres: {email}",
        "",
        "Groeten,",
        "Thomas",
    ]
    text = (
        "\n".join(mine)
        + "\n\nOp ma 12 nov. 2018 om 10:14 schreef Linda Boudry <linda.boudry@kcvs.be>:\n\n"
        + inv_quoted()
    )
    h_mine = "".join(f"<div>{linkify(esc(l))}</div>" if l else "<div><br></div>" for l in mine)
    htm = (
        f'<div dir="ltr">{h_mine}</div><br><div class="gmail_quote"><div dir="ltr">Op ma 12 nov. 2018 om '
        '10:14 schreef Linda Boudry &lt;<a href="mailto:linda.boudry@kcvs.be">linda.boudry@kcvs.be</a>&gt;:<br>'
        '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">\n' + inv_html_plain() + "\n</blockquote></div>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8"),
        ],
        boundary_gmail(),
    )
    headers = [
        "MIME-Version: 1.0",
        f"References: {INV_MID}",
        f"In-Reply-To: {INV_MID}",
        f"From: Thomas Wuyts <{email}>",
        f"Date: {date(12, 11, 3, 40)}",
        f"Message-ID: {mid_gmail()}",
        f"Subject: {subj('Re: ' + INV_SUBJ)}",
        f"To: {LINDA}",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Thomas Wuyts", "Leuven", "projectleider smart city", email)],
        False,
        "Gmail reply (multipart/alternative, UTF-8 QP): filled-in labels on top, the whole invitation with "
        "its empty template quoted below in '> ' lines and in a gmail_quote blockquote",
    )


@msg
def reg_mechelen_iphone_quote():
    email = "eline.maes@mechelen.be"
    mine = [
        "Hoi Linda,",
        "",
        f"Ik schrijf me graag in voor 7 december: Eline Maes, teamcoach HR bij stad Mechelen, {email}.",
        "",
        "Tot dan!",
        "Eline",
        "",
        "Verstuurd vanaf mijn iPhone",
    ]
    intro = "Op 12 nov. 2018 om 10:14 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:"
    text = "\n".join(mine) + "\n\n" + intro + "\n\n" + inv_quoted()
    h_mine = "".join(f"<div>{linkify(esc(l))}</div>" if l else "<div><br></div>" for l in mine[:-1])
    htm = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto">{h_mine}<div id="AppleMailSignature" dir="ltr">Verstuurd vanaf mijn iPhone</div>'
        f'<div dir="ltr"><br>{esc(intro).replace("linda.boudry@kcvs.be", linkify("linda.boudry@kcvs.be"))}<br><br></div>'
        f'<blockquote type="cite"><div dir="ltr">{inv_html_plain()}</div></blockquote></body></html>'
    )
    alt = multipart(
        "alternative",
        [
            leaf("text/plain;\n\tcharset=utf-8", text, "quoted-printable", "utf-8"),
            leaf("text/html;\n\tcharset=utf-8", htm, "quoted-printable", "utf-8"),
        ],
        boundary_apple(),
    )
    headers = [
        f"From: Eline Maes <{email}>",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {date(12, 12, 47, 5)}",
        f"Subject: {subj('Re: ' + INV_SUBJ)}",
        f"Message-Id: {mid_apple('mechelen.be')}",
        f"References: {INV_MID}",
        f"In-Reply-To: {INV_MID}",
        f"To: {LINDA}",
        "X-Mailer: iPhone Mail (16B92)",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Eline Maes", "Mechelen", "teamcoach HR", email)],
        False,
        "iPhone reply ('Verstuurd vanaf mijn iPhone'), one sentence with all facts ('teamcoach HR bij stad "
        "Mechelen'), the invitation with its empty template quoted in full (blockquote type=cite)",
    )


@msg
def reg_antwerpen_table_three():
    rows = [
        (
            "Dirk Van Looy",
            "Stad Antwerpen",
            "directeur personeel en organisatie",
            "dirk.vanlooy@stad.antwerpen.be",
        ),
        (
            "Sanne Peeters",
            "Stad Antwerpen",
            "HR-businesspartner",
            "sanne.peeters@stad.antwerpen.be",
        ),
        (
            "Youssef El Amrani",
            "Stad Antwerpen",
            "data-analist",
            "youssef.elamrani@stad.antwerpen.be",
        ),
    ]
    head = ("Naam", "Stad / gemeente", "Functie", "E-mailadres")
    td = '<td valign="top" style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
    table = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">',
        "<tr>" + "".join(f"{td}{mso('<b>' + esc(c) + '</b>')}</td>" for c in head) + "</tr>",
    ]
    for r in rows:
        cells = list(map(esc, r[:3])) + [f'<a href="mailto:{r[3]}">{r[3]}</a>']
        table.append("<tr>" + "".join(f"{td}{mso(c)}</td>" for c in cells) + "</tr>")
    table.append("</table>")
    inner = "\n".join(
        [
            mso("Beste Linda,"),
            MSO_EMPTY,
            mso("Wij komen graag met drie mensen van de stad Antwerpen naar het seminarie:"),
            MSO_EMPTY,
            *table,
            MSO_EMPTY,
            mso("Met vriendelijke groet,"),
            MSO_EMPTY,
            mso("<b>Dirk Van Looy</b>"),
            mso("Directeur Personeel en Organisatie"),
            mso("Stad Antwerpen | Grote Markt 1, 2000 Antwerpen"),
            MSO_EMPTY,
            mso(f'<span style="font-size:8.0pt;color:gray">{esc(DISCL_ANTWERPEN)}</span>'),
        ]
    )
    tlines = [
        "Beste Linda,",
        "",
        "Wij komen graag met drie mensen van de stad Antwerpen naar het seminarie:",
        "",
    ]
    for r in [head] + rows:
        tlines += list(r) + [""]
    tlines += [
        "Met vriendelijke groet,",
        "",
        "Dirk Van Looy",
        "Directeur Personeel en Organisatie",
        "Stad Antwerpen | Grote Markt 1, 2000 Antwerpen",
        "",
        DISCL_ANTWERPEN,
    ]
    alt = multipart(
        "alternative",
        [
            leaf(
                'text/plain; charset="windows-1252"',
                "\n".join(tlines),
                "quoted-printable",
                "cp1252",
            ),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: Van Looy Dirk <{rows[0][3]}>",
        f"To: {LINDA}",
        "Subject: inschrijving seminarie 7/12 - 3 personen Stad Antwerpen",
        "Thread-Topic: inschrijving seminarie 7/12 - 3 personen Stad Antwerpen",
        f"Date: {date(14, 9, 20, 33)}",
        f"Message-ID: {mid_exchange('EXMBX04.antwerpen.local')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "X-MS-Has-Attach:",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [
            reg("Dirk Van Looy", "Antwerpen", "directeur personeel en organisatie", rows[0][3]),
            reg("Sanne Peeters", "Antwerpen", "HR-businesspartner", rows[1][3]),
            reg("Youssef El Amrani", "Antwerpen", "data-analist", rows[2][3]),
        ],
        False,
        "three people in an Outlook HTML table with a header row (Naam | Stad / gemeente | Functie | "
        "E-mailadres); the text/plain alternative has one cell per line; 'Stad Antwerpen' -> Antwerpen",
    )


@msg
def reg_turnhout_notes():
    email = "marc.claes@turnhout.be"
    subject = "Antwoord: " + INV_SUBJ.replace("–", "-")
    mine = [
        "Beste Linda,",
        "",
        "Graag schrijf ik mij in voor het seminarie.",
        "",
        "Naam : Marc Claes",
        "Stad/gemeente : Turnhout",
        "Functie : afdelingshoofd Financiën",
        f"E-mail : {email}",
        "",
        "Met vriendelijke groeten,",
        "",
        "Marc Claes",
        "Afdelingshoofd Financiën",
        "Stad Turnhout",
        "Campus Blairon 200, 2300 Turnhout",
        "Tel. 014 44 33 00",
    ]
    qh = [
        "Van:\tLinda Boudry <linda.boudry@kcvs.be>",
        "Aan:\tLinda Boudry <linda.boudry@kcvs.be>",
        "Datum:\t12/11/2018 10:14",
        "Onderwerp:\tUitnodiging seminarie Stadsorganisaties in transitie - 7 december 2018",
    ]
    text = "\n".join(mine) + "\n\n\n\n" + "\n".join(qh) + "\n\n\n\n" + inv_text()
    hm = "<br>".join(linkify(esc(l)) for l in mine)
    hq = "<br>".join(
        f'<font size="2" color="#5F5F5F">{esc(l.split(chr(9))[0])}</font>'
        f'<font size="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{linkify(esc(l.split(chr(9))[1]))}</font>'
        for l in qh
    )
    hi = "<br>".join(linkify(esc(l)) for l in INV_LINES)
    htm = (
        '<html><body><p><font size="2" face="sans-serif">'
        + hm
        + "</font><br><br><br>"
        + hq
        + '<br><hr width="100%" size="2" align="left" '
        'noshade style="color:#8091A5; "><br><br><br><font size="2" face="sans-serif">'
        + hi
        + "</font><br></p></body></html>"
    )
    b = "0__=4EBB0978DFE2E2A88f9e8a93df938690918c4EBB0978DFE2E2A8"
    alt = multipart(
        "alternative",
        [
            leaf("text/plain; charset=ISO-8859-1", text, "quoted-printable", "latin-1"),
            leaf(
                "text/html; charset=ISO-8859-1",
                htm,
                "quoted-printable",
                "latin-1",
                extra=["Content-Disposition: inline"],
            ),
        ],
        b,
        ctname="Content-type",
    )
    headers = [
        f"In-Reply-To: {INV_MID}",
        f"References: {INV_MID}",
        f"Subject: {subject}",
        f"To: {LINDA}",
        "X-Mailer: IBM Notes Release 9.0.1FP10 SHF68 April 24, 2018",
        f"Message-ID: {mid_notes('turnhout.be')}",
        f"From: Marc Claes <{email}>",
        f"Date: {date(14, 11, 3, 27)}",
        "X-MIMETrack: Serialize by Router on SRVDOM02/Turnhout(Release 9.0.1FP10 HF383|September 14, 2018) at\n"
        " 14/11/2018 11:03:28",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Marc Claes", "Turnhout", "afdelingshoofd Financiën", email)],
        False,
        "IBM Notes reply, ISO-8859-1 QP (ë): labels with a space before the colon; Notes' tab-separated "
        "Van/Aan/Datum/Onderwerp block and the unquoted (no '>') invitation with its empty template below",
    )


@msg
def reg_heist_samsung():
    email = "noor.heylen@heist-op-den-berg.be"
    mine = [
        "Dag Linda,",
        "",
        "Graag schrijf ik me in voor het seminarie van 7 december in Permeke.",
        f"Noor Heylen, schepen van personeel en organisatie, gemeente Heist-op-den-Berg, {email}",
        "",
        "Groetjes",
        "Noor",
    ]
    sig = "Verzonden vanaf mijn Samsung Galaxy-smartphone."
    text = "\n".join(mine) + "\n\n\n\n" + sig + "\n"
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(f'<div dir="auto">{esc(l) if l else "<br>"}</div>' for l in mine)
        + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        f'<div style="font-size:85%;color:#575757" dir="auto">{sig}</div></div></body></html>'
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "base64", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "base64", "utf-8"),
        ],
        "--_com.samsung.android.email_" + rhex(15, "0123456789") + "0",
    )
    headers = [
        f"Message-ID: <{rhex(16, '0123456789abcdef')}.{rhex(8, '0123456789')}.samsung.android.email@heist-op-den-berg.be>",
        f"Date: {date(15, 19, 42, 17)}",
        "Subject: Inschrijving 7/12",
        f"From: Noor Heylen <{email}>",
        f"To: {LINDA}",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Noor Heylen", "Heist-op-den-Berg", "schepen van personeel en organisatie", email)],
        False,
        "Samsung Email: both parts base64 UTF-8, dir=auto divs; all four facts on one comma-separated line; "
        "a politician (schepen)",
    )


@msg
def reg_zottegem_telenet_webmail():
    shown = "Ludo.VanDamme@telenet.be"
    mine = [
        "Goedemiddag,",
        "",
        "Als gemeenteraadslid in Zottegem volg ik de hervorming van onze stadsorganisatie van nabij. "
        "Ik kom dus graag naar jullie seminarie.",
        "",
        "Naam: Ludo Van Damme",
        "Stad / gemeente: Zottegem",
        "Functie: gemeenteraadslid",
        f"E-mailadres: {shown}",
        "",
        "Met vriendelijke groeten,",
        "Ludo Van Damme",
    ]
    text = "\n".join(mine) + "\n"
    htm = (
        '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
        + "".join(
            f"<div>{linkify(esc(l)) if l else '<br data-mce-bogus=&quot;1&quot;>'}</div>"
            for l in mine
        )
        + "</div></body></html>"
    )
    htm = htm.replace("&quot;1&quot;", '"1"')
    alt = multipart(
        "alternative",
        [
            leaf("text/plain; charset=utf-8", text, "7bit", "utf-8"),
            leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8"),
        ],
        "=_"
        + rhex(8, "0123456789abcdef")
        + "-"
        + rhex(4, "0123456789abcdef")
        + "-"
        + rhex(4, "0123456789abcdef")
        + "-"
        + rhex(4, "0123456789abcdef")
        + "-"
        + rhex(12, "0123456789abcdef"),
    )
    headers = [
        "Received: from mailbox-zimbra-c2.telenet-ops.be (mailbox-zimbra-c2.telenet-ops.be [195.130.132.98])\n"
        "\tby mail.kcvs.be (Postfix) with ESMTP id 4A2B11C0A3F; Sat, 17 Nov 2018 15:12:44 +0100 (CET)",
        f"Date: {date(17, 15, 12, 40)}",
        f"From: Ludo Van Damme <{shown}>",
        f"To: {LINDA}",
        f"Message-ID: <{rhex(10, '0123456789')}.{rhex(7, '0123456789')}.{rhex(13, '0123456789')}.JavaMail.zimbra@telenet.be>",
        "Subject: seminarie stadsorganisaties",
        "MIME-Version: 1.0",
        "X-Mailer: Zimbra 8.8.9_GA_3019 (ZimbraWebClient - GC70 (Win)/8.8.9_GA_3019)",
        "Thread-Index: 5Xk1y7Lw2hqTqxXAKVQnLbkMZh9wkQ==",
        "Thread-Topic: seminarie stadsorganisaties",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Ludo Van Damme", "Zottegem", "gemeenteraadslid", "ludo.vandamme@telenet.be")],
        False,
        "Telenet webmail (Zimbra), private address: a council member; mixed-case address must be lower-cased",
    )


@msg
def reg_tongeren_skynet_8bit():
    work = "josee.baeten@tongeren.be"
    mine = [
        "Beste mevrouw Boudry,",
        "",
        "Ik stuur dit van thuis uit omdat mijn werkmail vandaag niet werkt. Graag schrijf ik me in voor "
        "het seminarie van vrijdag 7 december.",
        "",
        "Naam: Josée Baeten",
        "Stad / gemeente: Tongeren",
        "Functie: diensthoofd burgerzaken",
        f"E-mailadres (werk): {work}",
        "",
        "Met vriendelijke groet,",
        "Josée Baeten",
    ]
    part = leaf("text/plain; charset=ISO-8859-1", "\n".join(mine), "8bit", "latin-1")
    headers = [
        "Received: from webmail.skynet.be (unknown [10.66.12.4])\n\tby mx.kcvs.be (Postfix) with ESMTP;"
        " Fri, 16 Nov 2018 20:05:31 +0100 (CET)",
        f"Date: {date(16, 20, 5, 29)}",
        f"From: {addr('Josée Baeten', 'josee.baeten@skynet.be', 'iso-8859-1')}",
        f"To: {LINDA}",
        f"Message-ID: <{rhex(9, '0123456789')}.{rhex(5, '0123456789')}.{rhex(13, '0123456789')}@webmail.skynet.be>",
        "Subject: Inschrijving seminarie",
        "MIME-Version: 1.0",
        "X-Priority: 3",
        "Importance: Medium",
        "X-Mailer: Open-Xchange Mailer v7.8.4-Rev39",
    ]
    return message(headers, part), label(
        "registration",
        [reg("Josée Baeten", "Tongeren", "diensthoofd burgerzaken", work)],
        False,
        "Skynet webmail (Open-Xchange) from a private address, 8-bit ISO-8859-1 body (é) and an ISO-8859-1 "
        "Q-encoded From; the registrant's address is the work address in the body ('E-mailadres (werk)')",
    )


@msg
def reg_lier_proximus_two():
    blocks = [
        ("Kaat Segers", "Lier", "stafmedewerker communicatie", "kaat.segers@lier.be"),
        ("Bert Jacobs", "Lier", "webredacteur", "bert.jacobs@lier.be"),
    ]
    mine = ["Dag Linda,", "", "Mijn collega en ik willen graag deelnemen aan het seminarie:", ""]
    for b in blocks:
        mine += fields4(*b) + [""]
    mine += ["Vriendelijke groeten,", "Kaat"]
    text = "\n".join(mine)
    hp = []
    for b in blocks:
        hp.append(
            "<p>"
            + "<br>".join(
                f"{esc(l.split(': ')[0])}:&nbsp;{linkify(esc(l.split(': ')[1]))}"
                for l in fields4(*b)
            )
            + "</p>"
        )
    htm = (
        '<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n'
        "  <p>Dag Linda,</p>\n  <p>Mijn collega en ik willen graag deelnemen aan het seminarie:</p>\n  "
        + "\n  ".join(hp)
        + "\n  <p>Vriendelijke groeten,<br>Kaat</p>\n </body>\n</html>"
    )
    alt = multipart(
        "alternative",
        [
            leaf("text/plain; charset=UTF-8", text, "7bit", "utf-8"),
            leaf("text/html; charset=UTF-8", htm, "7bit", "utf-8"),
        ],
        "----=_Part_"
        + rhex(6, "0123456789")
        + "_"
        + rhex(9, "0123456789")
        + "."
        + rhex(13, "0123456789"),
    )
    headers = [
        f"Date: {date(18, 21, 33, 2)}",
        "From: Kaat Segers <kaat.segers67@proximus.be>",
        f"To: {LINDA}",
        f"Message-ID: <{rhex(9, '0123456789')}.{rhex(6, '0123456789')}.{rhex(13, '0123456789')}@webmail.proximus.be>",
        "Subject: Inschrijving seminarie",
        "MIME-Version: 1.0",
        "X-Priority: 3",
        "Importance: Medium",
        "X-Mailer: Open-Xchange Mailer v7.8.4-Rev44",
    ]
    return message(headers, alt), label(
        "registration",
        [reg(*b) for b in blocks],
        False,
        "Proximus webmail from a private address: two labelled blocks, each with its own work address "
        "(not the sender's); HTML uses '&nbsp;' after the colons and <br> line breaks",
    )


def kortrijk_sig_html(cid):
    return "\n".join(
        [
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
            "<tr>",
            f'<td width="110" valign="top" style="width:82.5pt;padding:0cm 5.4pt 0cm 0cm"><p class="MsoNormal">'
            f'<img width="96" height="32" style="width:1.0in;height:.3333in" id="Afbeelding_x0020_1" '
            f'src="cid:{cid}" alt="Stad Kortrijk"><o:p></o:p></p></td>',
            '<td valign="top" style="border:none;border-left:solid #E3001B 1.5pt;padding:0cm 5.4pt 0cm 5.4pt">',
            mso('<b><span style="font-size:10.0pt">Kristof Michiels</span></b>'),
            mso('<span style="font-size:9.0pt">Diensthoofd Stadsontwikkeling</span>'),
            mso('<span style="font-size:9.0pt">Stad Kortrijk</span>'),
            mso('<span style="font-size:9.0pt">Grote Markt 54, 8500 Kortrijk</span>'),
            mso(
                '<span style="font-size:9.0pt">T +32 56 27 84 10 | <a href="mailto:kristof.michiels@kortrijk.be">'
                "kristof.michiels@kortrijk.be</a></span>"
            ),
            "</td>",
            "</tr>",
            "</table>",
            MSO_EMPTY,
            mso(f'<span style="font-size:7.0pt;color:#7F7F7F">{esc(DISCL_KORTRIJK_NL)}</span>'),
            MSO_EMPTY,
            mso(
                f'<span lang="EN-GB" style="font-size:7.0pt;color:#7F7F7F">{esc(DISCL_KORTRIJK_EN)}</span>'
            ),
        ]
    )


KORTRIJK_SIG_TEXT = [
    "",
    "[Stad Kortrijk]",
    "Kristof Michiels",
    "Diensthoofd Stadsontwikkeling",
    "Stad Kortrijk",
    "Grote Markt 54, 8500 Kortrijk",
    "T +32 56 27 84 10 | kristof.michiels@kortrijk.be",
    "",
    DISCL_KORTRIJK_NL,
    "",
    DISCL_KORTRIJK_EN,
]


@msg
def reg_kortrijk_logo_prose():
    email = "kristof.michiels@kortrijk.be"
    cid = "image001.png@01D47B2E.5A1C3F40"
    body = [
        "Beste Linda,",
        "",
        "Hierbij bevestig ik graag mijn deelname aan het seminarie ‘Stadsorganisaties in transitie’ op "
        "7 december in Permeke.",
        "",
        "Met vriendelijke groeten,",
    ]
    inner = "\n".join(
        [*(mso(esc(l)) if l else MSO_EMPTY for l in body), MSO_EMPTY, kortrijk_sig_html(cid)]
    )
    text = "\n".join(body + KORTRIJK_SIG_TEXT)
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner, vml=True),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    related = multipart(
        "related",
        [
            alt,
            binleaf(
                'image/png; name="image001.png"',
                LOGO_KORTRIJK,
                extra=[
                    "Content-Description: image001.png",
                    f'Content-Disposition: inline; filename="image001.png"; size={len(LOGO_KORTRIJK)};\n'
                    '\tcreation-date="Tue, 13 Nov 2018 15:20:11 GMT";\n\tmodification-date="Tue, 13 Nov 2018 15:20:11 GMT"',
                    f"Content-ID: <{cid}>",
                ],
            ),
        ],
        boundary_outlook(),
        params=';\n\ttype="multipart/alternative"',
    )
    headers = [
        f"From: Michiels Kristof <{email}>",
        f"To: {LINDA}",
        "Subject: deelname seminarie 7 december",
        "Thread-Topic: deelname seminarie 7 december",
        f"Date: {date(13, 16, 20, 2)}",
        f"Message-ID: {mid_exchange('SRV-EXCH01.stad.kortrijk.local')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "X-MS-Has-Attach: yes",
        "MIME-Version: 1.0",
    ]
    return message(headers, related), label(
        "registration",
        [reg("Kristof Michiels", "Kortrijk", "Diensthoofd Stadsontwikkeling", email)],
        False,
        "Outlook multipart/related with the city logo as inline cid: image; prose registration, all facts "
        "from the signature table; bilingual disclaimer containing info@kortrijk.be",
    )


def vcard21(fn, n, org, title, tel, adr, email):
    return (
        "\n".join(
            [
                "BEGIN:VCARD",
                "VERSION:2.1",
                f"N;LANGUAGE=nl-be:{n}",
                f"FN:{fn}",
                f"ORG:{org}",
                f"TITLE:{title}",
                f"TEL;WORK;VOICE:{tel}",
                f"ADR;WORK;PREF:{adr}",
                f"EMAIL;PREF;INTERNET:{email}",
                "REV:20181119T090512Z",
                "END:VCARD",
            ]
        )
        + "\n"
    )


@msg
def reg_brugge_vcard_logo():
    email = "elise.vandenbussche@brugge.be"
    cid = "image001.png@01D47FE4.0A7C12B0"
    body = [
        "Dag Linda,",
        "",
        "Ik schrijf mij graag in voor het seminarie van 7 december:",
        "",
        "Naam: Elise Vandenbussche",
        "Stad / gemeente: Brugge",
        "Functie: coördinator klantenbeleid",
        f"E-mailadres: {email}",
        "",
        "Mijn visitekaartje zit in bijlage.",
        "",
        "Vriendelijke groeten,",
        "",
        "Elise",
    ]
    sig_h = [
        "",
        f'<img width="80" height="40" id="Afbeelding_x0020_2" src="cid:{cid}" alt="Brugge">',
        "<b>Elise Vandenbussche</b>",
        "coördinator klantenbeleid",
        "Stad Brugge – Burg 12, 8000 Brugge",
        "T 050 44 80 00",
    ]
    inner = "\n".join(
        [
            *(mso(linkify(esc(l))) if l else MSO_EMPTY for l in body),
            *(mso(l) if l else MSO_EMPTY for l in sig_h),
        ]
    )
    text = "\n".join(
        body
        + [
            "",
            "[Brugge]",
            "Elise Vandenbussche",
            "coördinator klantenbeleid",
            "Stad Brugge – Burg 12, 8000 Brugge",
            "T 050 44 80 00",
        ]
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner, vml=True),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    related = multipart(
        "related",
        [
            alt,
            binleaf(
                'image/png; name="image001.png"',
                LOGO_BRUGGE,
                extra=[
                    "Content-Description: image001.png",
                    f'Content-Disposition: inline; filename="image001.png"; size={len(LOGO_BRUGGE)}',
                    f"Content-ID: <{cid}>",
                ],
            ),
        ],
        boundary_outlook(),
        params=';\n\ttype="multipart/alternative"',
    )
    vcf = vcard21(
        "Elise Vandenbussche",
        "Vandenbussche;Elise",
        "Stad Brugge;Dienst Klantenbeleid",
        "coordinator klantenbeleid",
        "+32 50 44 80 00",
        ";;Burg 12;Brugge;;8000;Belgie",
        email,
    )
    card = binleaf(
        'text/x-vcard; name="Elise Vandenbussche.vcf"',
        vcf.replace("\n", "\r\n").encode("ascii"),
        extra=[
            "Content-Description: Elise Vandenbussche.vcf",
            f'Content-Disposition: attachment; filename="Elise Vandenbussche.vcf"; size={len(vcf) + vcf.count(chr(10))}',
        ],
    )
    mixed = multipart("mixed", [related, card], boundary_outlook())
    headers = [
        f"From: Vandenbussche Elise <{email}>",
        f"To: {LINDA}",
        "Subject: Inschrijving seminarie Stadsorganisaties in transitie",
        "Thread-Topic: Inschrijving seminarie Stadsorganisaties in transitie",
        f"Date: {date(19, 10, 5, 48)}",
        f"Message-ID: {mid_exchange('EXCH2016-MB1.brugge.local')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "X-MS-Has-Attach: yes",
        "MIME-Version: 1.0",
    ]
    return message(headers, mixed), label(
        "registration",
        [reg("Elise Vandenbussche", "Brugge", "coördinator klantenbeleid", email)],
        False,
        "Outlook multipart/mixed > related > alternative: labelled fields, inline logo (cid:) and a vCard "
        "attachment of the same person (must not add a second registrant)",
    )


@msg
def reg_sinttruiden_owa_nbsp():
    email = "pieterjan.dewilde@sint-truiden.be"
    htm = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n<div id="divtagdefaultwrapper" style="font-size:12pt;color:#000000;'
        'font-family:Calibri,Helvetica,sans-serif;" dir="ltr">\n'
        "<p>Goedemorgen,</p>\n<p><br>\n</p>\n<p>Graag schrijf ik mij in voor het seminarie op 7&nbsp;december:</p>\n"
        "<p><br>\n</p>\n"
        "<p>Naam:&nbsp;Pieter-Jan De&nbsp;Wilde<br>\n"
        "Stad&nbsp;/&nbsp;gemeente:&nbsp;Sint-Truiden<br>\n"
        "Functie:&nbsp;coördinator&nbsp;informatieveiligheid<br>\n"
        f'E-mailadres:&nbsp;<a href="mailto:{email}" class="OWAAutoLink" id="LPlnk401522">{email}</a></p>\n'
        "<p><br>\n</p>\n<p>Met vriendelijke groeten,</p>\n<p>Pieter-Jan</p>\n</div>\n</body>\n</html>\n"
    )
    part = leaf('text/html; charset="iso-8859-1"', htm, "quoted-printable", "latin-1")
    headers = [
        f"From: Pieter-Jan De Wilde <{email}>",
        f"To: {LINDA}",
        "Subject: Inschrijving seminarie",
        "Thread-Topic: Inschrijving seminarie",
        "Thread-Index: AQHUgA8ZsV3n4yTq0kuk7w1bTy6S2A==",
        f"Date: {date(19, 14, 44, 3)}",
        f"Message-ID: {mid_o365('eurprd08')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "X-MS-Has-Attach:",
        "X-Originating-IP: [81.82.201.17]",
        "MIME-Version: 1.0",
    ]
    return message(headers, part), label(
        "registration",
        [reg("Pieter-Jan De Wilde", "Sint-Truiden", "coördinator informatieveiligheid", email)],
        False,
        "Outlook Web App, HTML-only ISO-8859-1 QP: non-breaking spaces inside labels, name and function "
        "('Stad&nbsp;/&nbsp;gemeente', 'coördinator&nbsp;informatieveiligheid'), <br> line breaks",
    )


@msg
def reg_geel_secretary_two():
    sender = "ann.smolders@geel.be"
    cid = "image001.png@01D480B1.3C2D5E60"
    body_h = [
        mso("Dag Linda,"),
        MSO_EMPTY,
        mso("Graag schrijf ik volgende collega’s in voor het seminarie van 7 december:"),
        MSO_EMPTY,
        '<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]>'
        '<span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;'
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Marie Goris, afdelingshoofd Welzijn – "
        '<a href="mailto:marie.goris@geel.be">marie.goris@geel.be</a><o:p></o:p></p>',
        '<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]>'
        '<span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;'
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Jeroen Aerts, beleidsmedewerker "
        "armoedebestrijding<o:p></o:p></p>",
        MSO_EMPTY,
        mso("Alvast bedankt!"),
        MSO_EMPTY,
        mso("Met vriendelijke groeten,"),
        MSO_EMPTY,
        mso(
            f'<img width="64" height="24" id="Afbeelding_x0020_3" src="cid:{cid}" alt="Stad Geel">'
        ),
        mso("<b>Ann Smolders</b>"),
        mso("Directiesecretariaat"),
        mso("Stad Geel – Werft 20, 2440 Geel"),
        mso("T 014 56 60 00"),
        MSO_EMPTY,
    ]
    inner = "\n".join(body_h) + "\n" + outlook_inv_quote_html()
    text = (
        "\n".join(
            [
                "Dag Linda,",
                "",
                "Graag schrijf ik volgende collega’s in voor het seminarie van 7 december:",
                "",
                "•         Marie Goris, afdelingshoofd Welzijn – marie.goris@geel.be",
                "•         Jeroen Aerts, beleidsmedewerker armoedebestrijding",
                "",
                "Alvast bedankt!",
                "",
                "Met vriendelijke groeten,",
                "",
                "[Stad Geel]",
                "Ann Smolders",
                "Directiesecretariaat",
                "Stad Geel – Werft 20, 2440 Geel",
                "T 014 56 60 00",
                "",
                "",
            ]
        )
        + outlook_inv_quote_text()
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner, vml=True),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    related = multipart(
        "related",
        [
            alt,
            binleaf(
                'image/png; name="image001.png"',
                LOGO_GEEL,
                extra=[
                    "Content-Description: image001.png",
                    f'Content-Disposition: inline; filename="image001.png"; size={len(LOGO_GEEL)}',
                    f"Content-ID: <{cid}>",
                ],
            ),
        ],
        boundary_outlook(),
        params=';\n\ttype="multipart/alternative"',
    )
    headers = [
        f"From: Smolders Ann <{sender}>",
        f"To: {LINDA}",
        f"Subject: {subj('RE: ' + INV_SUBJ, 'windows-1252')}",
        f"Thread-Topic: {subj(INV_SUBJ, 'windows-1252')}",
        f"Date: {date(20, 9, 12, 55)}",
        f"Message-ID: {mid_exchange('GEEL-EXCH02.stadgeel.local')}",
        f"References: {INV_MID}",
        f"In-Reply-To: {INV_MID}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, related), label(
        "registration",
        [
            reg("Marie Goris", "Geel", "afdelingshoofd Welzijn", "marie.goris@geel.be"),
            reg("Jeroen Aerts", "Geel", "beleidsmedewerker armoedebestrijding", None),
        ],
        False,
        "Outlook reply by a secretary (not herself registered): two colleagues in an MsoListParagraph bullet "
        "list, the second without an address (null); town only from the signature; quoted invitation with "
        "'Van:/Verzonden:/Aan:/Onderwerp:' header and empty template below",
    )


@msg
def reg_hasselt_apple_bold():
    email = "wout.hermans@hasselt.be"
    mine = [
        "Dag Linda,",
        "",
        "Ik ben er graag bij.",
        "",
        "Naam: Wout Hermans",
        "Stad / gemeente: Hasselt",
        "Functie: strategisch coördinator",
        f"E-mailadres: {email}",
        "",
        "Groeten,",
        "Wout",
    ]
    intro = "Op 12 nov. 2018, om 10:14 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:"
    text = "\n".join(mine) + "\n\n> " + intro + "\n> \n" + inv_quoted()
    hm = [
        "Dag Linda,",
        "",
        "Ik ben er graag bij.",
        "",
        '<b class="">Naam:</b> Wout Hermans',
        '<b class="">Stad / gemeente:</b> Hasselt',
        '<b class="">Functie:</b> strategisch coördinator',
        f'<b class="">E-mailadres:</b> <a href="mailto:{email}" class="">{email}</a>',
        "",
        "Groeten,",
        "Wout",
    ]
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
        + hm[0]
        + "".join(
            f'<div class="">{l}</div>' if l else '<div class=""><br class=""></div>' for l in hm[1:]
        )
        + '<div class=""><br class=""><blockquote type="cite" class=""><div class="">Op 12 nov. 2018, om 10:14 '
        'heeft Linda Boudry &lt;<a href="mailto:linda.boudry@kcvs.be" class="">linda.boudry@kcvs.be</a>&gt; het '
        'volgende geschreven:</div><br class="Apple-interchange-newline"><div class="">'
        + inv_html_plain()
        + '</div></blockquote></div><br class=""></body></html>'
    )
    alt = multipart(
        "alternative",
        [
            leaf("text/plain;\n\tcharset=utf-8", text, "quoted-printable", "utf-8"),
            leaf("text/html;\n\tcharset=utf-8", htm, "quoted-printable", "utf-8"),
        ],
        boundary_apple(),
    )
    headers = [
        f"From: Wout Hermans <{email}>",
        "Mime-Version: 1.0 (Mac OS X Mail 12.1 \\(3445.101.1\\))",
        f"Subject: {subj('Re: ' + INV_SUBJ)}",
        f"Date: {date(13, 7, 58, 31)}",
        f"References: {INV_MID}",
        f"To: {LINDA}",
        f"In-Reply-To: {INV_MID}",
        f"Message-Id: {mid_apple('hasselt.be')}",
        "X-Mailer: Apple Mail (2.3445.101.1)",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Wout Hermans", "Hasselt", "strategisch coördinator", email)],
        False,
        "Apple Mail (macOS) reply: bold labels in the HTML part, Apple's 'Op ... het volgende geschreven:' "
        "quote with the full invitation and its empty template",
    )


@msg
def reg_ronse_latin1_qp():
    email = "anais.verbruggen@ronse.be"
    lines = [
        "Goeiemiddag,",
        "",
        "Hierbij mijn inschrijving voor het seminarie van vrijdag 7 december.",
        "",
        "Naam: Anaïs Verbruggen",
        "Stad / gemeente: Ronse",
        "Functie: coördinator vrije tijd",
        f"E-mailadres: {email}",
        "",
        "Vriendelijke groeten,",
        "",
        "Anaïs Verbruggen",
        "Coördinator vrije tijd",
        "Stad Ronse",
        "Grote Markt 12, 9600 Ronse",
        "Tel. 055 23 27 00",
    ]
    part = leaf('text/plain; charset="iso-8859-1"', "\n".join(lines), "quoted-printable", "latin-1")
    headers = [
        f"From: {addr('Anaïs Verbruggen', email, 'iso-8859-1')}",
        f"To: {addr('Linda Boudry', 'linda.boudry@kcvs.be')}",
        f"Subject: {subj('Inschrijving seminarie: Anaïs Verbruggen', 'iso-8859-1')}",
        f"Date: {date(21, 13, 30, 9)}",
        f"Message-ID: <000001d4819e${rhex(8, '0123456789abcdef')}${rhex(8, '0123456789abcdef')}@ronse.be>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 14.0",
        "Thread-Index: AdSBnhV3p7Yx5D4bQ7GcwRjz0x3Tbg==",
        "Content-Language: nl-be",
    ]
    return message(headers, part), label(
        "registration",
        [reg("Anaïs Verbruggen", "Ronse", "coördinator vrije tijd", email)],
        False,
        "Outlook 2010 plain text, ISO-8859-1 quoted-printable (ï, ö); ISO-8859-1 Q-encoded From and Subject",
    )


@msg
def reg_lommel_cp1252_base64():
    email = "frederic.vandevelde@lommel.be"
    lines = [
        "Beste Linda,",
        "",
        "Met veel interesse las ik de uitnodiging voor “Stadsorganisaties in transitie”. Ik schrijf me graag in:",
        "",
        "Naam: Frédéric Vandevelde",
        "Stad / gemeente: Stad Lommel",
        "Functie: adviseur organisatiebeheersing en audit",
        f"E-mailadres: {email}",
        "",
        "Met vriendelijke groet,",
        "Frédéric Vandevelde",
        "Stad Lommel – Hertog Janplein 1, 3920 Lommel",
    ]
    text = "\n".join(lines)
    inner = "\n".join(mso(linkify(esc(l))) if l else MSO_EMPTY for l in lines)
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "base64", "cp1252"),
            leaf('text/html; charset="windows-1252"', outlook_html(inner), "base64", "cp1252"),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: {addr('Vandevelde Frédéric', email, 'windows-1252', 'B')}",
        f"To: {LINDA}",
        f"Subject: {subj('Inschrijving – Frédéric Vandevelde', 'windows-1252', 'B')}",
        f"Date: {date(21, 15, 17, 44)}",
        f"Message-ID: {mid_exchange('MAIL01.lommel.local')}",
        "Accept-Language: nl-BE",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
        "X-MailScanner-ID: 4A1C22F0B4.A7E31",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Frédéric Vandevelde", "Lommel", "adviseur organisatiebeheersing en audit", email)],
        False,
        "both parts base64 windows-1252 (a mail gateway re-encoded them), curly double quotes, en dash; "
        "B-encoded windows-1252 From/Subject; 'Stad Lommel' -> Lommel",
    )


@msg
def reg_lokeren_table_infoaddr():
    email = "lies.vanhecke@lokeren.be"
    rows = [
        ("Naam", "Lies Van Hecke"),
        ("Stad / gemeente", "Stad Lokeren"),
        ("Functie", "communicatieadviseur"),
        ("E-mailadres", email),
    ]
    td1 = '<td width="160" valign="top" style="width:120.0pt;background:#F2F2F2;padding:2.0pt 5.4pt 2.0pt 5.4pt">'
    td2 = '<td width="300" valign="top" style="width:225.0pt;padding:2.0pt 5.4pt 2.0pt 5.4pt">'
    table = [
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="460" '
        'style="width:345.0pt;border-collapse:collapse">'
    ]
    for k, v in rows:
        table.append(
            f"<tr>{td1}{mso('<b>' + esc(k) + '</b>')}</td>{td2}{mso(linkify(esc(v)))}</td></tr>"
        )
    table.append("</table>")
    sig = [
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
        '<tr><td style="border:none;border-top:solid #F39200 2.25pt;padding:4.0pt 0cm 0cm 0cm">',
        mso('<b><span style="font-size:9.0pt;color:#F39200">STAD LOKEREN</span></b>'),
        mso('<span style="font-size:8.0pt">Groentemarkt 1 | 9160 Lokeren</span>'),
        mso(
            '<span style="font-size:8.0pt">T 09 340 94 00 | <a href="mailto:info@lokeren.be">info@lokeren.be</a>'
            " | www.lokeren.be</span>"
        ),
        "</td></tr></table>",
    ]
    inner = "\n".join(
        [
            mso("Dag Linda,"),
            MSO_EMPTY,
            mso("Hieronder mijn gegevens voor het seminarie:"),
            MSO_EMPTY,
            *table,
            MSO_EMPTY,
            mso("Groetjes,"),
            mso("Lies"),
            MSO_EMPTY,
            *sig,
        ]
    )
    text_rows = []
    for k, v in rows:
        text_rows += [k, "", v, ""]
    text = "\n".join(
        [
            "Dag Linda,",
            "",
            "Hieronder mijn gegevens voor het seminarie:",
            "",
            *text_rows,
            "Groetjes,",
            "Lies",
            "",
            "STAD LOKEREN",
            "Groentemarkt 1 | 9160 Lokeren",
            "T 09 340 94 00 | info@lokeren.be | www.lokeren.be",
        ]
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="us-ascii"', text, "quoted-printable", "ascii"),
            leaf(
                'text/html; charset="us-ascii"',
                outlook_html(inner, "us-ascii"),
                "quoted-printable",
                "ascii",
            ),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: Lies Van Hecke <{email}>",
        f"To: {LINDA}",
        "Subject: seminarie 7 december",
        "Thread-Topic: seminarie 7 december",
        f"Date: {date(22, 8, 41, 20)}",
        f"Message-ID: {mid_o365('eurprd04')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Lies Van Hecke", "Lokeren", "communicatieadviseur", email)],
        False,
        "Outlook: the four fields in a two-column HTML table (label cell | value cell, plain text puts them on "
        "separate lines); the signature table holds the general address info@lokeren.be",
    )


@msg
def reg_knokke_gmail_ir():
    email = "hans.debruyne@knokke-heist.be"
    mine = [
        "Beste,",
        "",
        "Graag had ik mij ingeschreven voor het seminarie op 7 december.",
        "",
        "Naam: ir. Hans De Bruyne",
        "Stad / gemeente: Knokke-Heist",
        "Functie: ingenieur-diensthoofd openbare werken",
        f"E-mailadres: {email}",
        "",
        "Met dank,",
    ]
    sig = [
        "ir. Hans De Bruyne",
        "ingenieur-diensthoofd openbare werken",
        "Gemeente Knokke-Heist",
        "Alfred Verweeplein 1, 8300 Knokke-Heist",
    ]
    text = "\n".join(mine) + "\n\n-- \n" + "\n".join(sig) + "\n"
    htm = (
        '<div dir="ltr">'
        + "".join(f"<div>{linkify(esc(l)) if l else '<br>'}</div>" for l in mine)
        + '<div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
        '<div dir="ltr"><div><font color="#0b5394"><b>'
        + esc(sig[0])
        + "</b></font></div><div>"
        + "</div><div>".join(esc(s) for s in sig[1:])
        + "</div></div></div></div>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "7bit", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8"),
        ],
        boundary_gmail(),
    )
    headers = [
        "MIME-Version: 1.0",
        f"From: Hans De Bruyne <{email}>",
        f"Date: {date(22, 11, 26, 5)}",
        f"Message-ID: {mid_gmail()}",
        "Subject: Inschrijving seminarie Stadsorganisaties in transitie",
        f"To: {LINDA}",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Hans De Bruyne", "Knokke-Heist", "ingenieur-diensthoofd openbare werken", email)],
        False,
        "Gmail (G Suite) with a gmail_signature div; honorific 'ir.' before the name must be dropped",
    )


@msg
def reg_oostende_oneliner_htmlonly():
    email = "nele.vandamme@oostende.be"
    sig = [
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
        "<tr>",
        '<td valign="top" style="padding:0cm 5.4pt 0cm 0cm">',
        mso('<b><span style="font-size:10.0pt;color:#003D7C">Nele Vandamme</span></b>'),
        mso('<span style="font-size:9.0pt;color:#003D7C">Diensthoofd interne communicatie</span>'),
        mso('<span style="font-size:9.0pt">Stad Oostende</span>'),
        mso('<span style="font-size:9.0pt">Vindictivelaan 1, 8400 Oostende</span>'),
        mso('<span style="font-size:9.0pt">+32 59 80 55 00</span>'),
        "</td>",
        "</tr>",
        "</table>",
        MSO_EMPTY,
    ]
    inner = "\n".join([mso("Ja, ik kom graag!"), MSO_EMPTY, *sig]) + "\n" + outlook_inv_quote_html()
    part = leaf(
        'text/html; charset="windows-1252"', outlook_html(inner), "quoted-printable", "cp1252"
    )
    headers = [
        f"From: Nele Vandamme <{email}>",
        f"To: {LINDA}",
        f"Subject: {subj('RE: ' + INV_SUBJ, 'windows-1252')}",
        f"Thread-Topic: {subj(INV_SUBJ, 'windows-1252')}",
        f"Date: {date(23, 10, 2, 16)}",
        f"Message-ID: {mid_exchange('OOSTENDE-MBX3.stadoostende.local')}",
        f"References: {INV_MID}",
        f"In-Reply-To: {INV_MID}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, part), label(
        "registration",
        [reg("Nele Vandamme", "Oostende", "Diensthoofd interne communicatie", email)],
        False,
        "Outlook HTML-only reply 'Ja, ik kom graag!': name, function and city only in the signature table, "
        "address from From; the invitation with its empty template quoted below",
    )


@msg
def reg_mortsel_iphone_three():
    email = "griet.vandyck@mortsel.be"
    lines = [
        "Dag Linda,",
        "",
        "Graag 3 plaatsen voor Mortsel:",
        "- mezelf, Griet Van Dyck, algemeen directeur",
        "- Ilse Janssens, directeur vrije tijd, ilse.janssens@mortsel.be",
        "- Kevin Peeters, teamleider sport",
        "",
        "Groeten",
        "Griet",
        "",
        "Verstuurd vanaf mijn iPhone",
    ]
    part = leaf("text/plain;\n\tcharset=utf-8", "\n".join(lines), "quoted-printable", "utf-8")
    headers = [
        f"From: Griet Van Dyck <{email}>",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {date(23, 17, 55, 38)}",
        "Subject: Seminarie 7/12",
        f"Message-Id: {mid_apple('mortsel.be')}",
        f"To: {LINDA}",
        "X-Mailer: iPhone Mail (16B92)",
    ]
    return message(headers, part), label(
        "registration",
        [
            reg("Griet Van Dyck", "Mortsel", "algemeen directeur", email),
            reg("Ilse Janssens", "Mortsel", "directeur vrije tijd", "ilse.janssens@mortsel.be"),
            reg("Kevin Peeters", "Mortsel", "teamleider sport", None),
        ],
        False,
        "iPhone plain text, three people in a dash list ('mezelf, ...' is the sender, address from From); the "
        "third has no address (null); the town only in 'Graag 3 plaatsen voor Mortsel'",
    )


@msg
def reg_no_town_gmail_private():
    email = "bjorn.maes78@gmail.com"
    mine = [
        "Hallo,",
        "",
        "Ik zou graag deelnemen aan het seminarie op 7 december.",
        "",
        "Naam: Bjorn Maes",
        "Functie: gemeenteraadslid",
        f"E-mail: {email}",
        "",
        "Mvg,",
        "Bjorn",
    ]
    text = "\n".join(mine) + "\n"
    htm = (
        '<div dir="ltr">'
        + "".join(f"<div>{linkify(esc(l)) if l else '<br>'}</div>" for l in mine)
        + "</div>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "7bit", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "7bit", "utf-8"),
        ],
        boundary_gmail(),
    )
    headers = [
        "MIME-Version: 1.0",
        f"From: Bjorn Maes <{email}>",
        f"Date: {date(24, 22, 10, 51)}",
        f"Message-ID: {mid_gmail()}",
        "Subject: inschrijving",
        f"To: {LINDA}",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Bjorn Maes", None, "gemeenteraadslid", email)],
        True,
        "Gmail from a private address: a council member who gives no town at all (no label, no signature, "
        "gmail.com); the organiser must ask which municipality",
    )


@msg
def reg_bilzen_secretariat_nonames():
    sender = "secretariaat.burgemeester@bilzen.be"
    lines = [
        "Geachte,",
        "",
        "Graag schrijven wij de burgemeester en haar kabinetschef in voor het seminarie ‘Stadsorganisaties in "
        "transitie’ van vrijdag 7 december.",
        "",
        "Met vriendelijke groet,",
        "",
        "Secretariaat burgemeester",
        "Stad Bilzen",
        "Markt 1, 3740 Bilzen",
    ]
    alt = multipart(
        "alternative",
        [
            leaf(
                'text/plain; charset="windows-1252"', "\n".join(lines), "quoted-printable", "cp1252"
            ),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html("\n".join(mso(esc(l)) if l else MSO_EMPTY for l in lines)),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: Secretariaat Burgemeester <{sender}>",
        f"To: {LINDA}",
        "Subject: inschrijving burgemeester + kabinetschef",
        "Thread-Topic: inschrijving burgemeester + kabinetschef",
        f"Date: {date(26, 9, 37, 14)}",
        f"Message-ID: {mid_exchange('EXCH.bilzen.local')}",
        "Accept-Language: nl-BE",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [reg(None, "Bilzen", "burgemeester", None), reg(None, "Bilzen", "kabinetschef", None)],
        True,
        "a mayor's secretariat registers 'de burgemeester en haar kabinetschef' without names or addresses; "
        "the sender (a shared mailbox) is not a registrant; names must be asked",
    )


@msg
def reg_boom_macoutlook_dhr():
    email = "filip.bogaerts@boom.be"
    lines_h = [
        "Beste mevrouw Boudry,",
        "",
        "Hierbij mijn inschrijving voor het seminarie:",
        "",
        "<b>Naam:</b> Dhr. Filip Bogaerts<br>\n<b>Stad / gemeente:</b> Gemeente Boom<br>\n"
        "<b>Functie:</b> schepen van personeel en ICT<br>\n"
        f'<b>E-mail:</b> <a href="mailto:{email}">{email}</a>',
        "",
        "Met vriendelijke groeten,",
        "Filip Bogaerts",
        "Schepen gemeente Boom",
    ]
    lines_t = [
        "Beste mevrouw Boudry,",
        "",
        "Hierbij mijn inschrijving voor het seminarie:",
        "",
        "Naam: Dhr. Filip Bogaerts",
        "Stad / gemeente: Gemeente Boom",
        "Functie: schepen van personeel en ICT",
        f"E-mail: {email}",
        "",
        "Met vriendelijke groeten,",
        "Filip Bogaerts",
        "Schepen gemeente Boom",
    ]
    htm = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Title" content="">'
        '<meta name="Keywords" content=""><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n"
        '\tfont-size:12.0pt;\n\tfont-family:"Calibri",sans-serif;}\n--></style></head>'
        '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
        + "".join(mso(l) if l else MSO_EMPTY for l in lines_h)
        + "</div></body></html>"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', "\n".join(lines_t), "quoted-printable", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8"),
        ],
        "B_" + rhex(10, "0123456789") + "_" + rhex(9, "0123456789"),
    )
    headers = [
        "User-Agent: Microsoft-MacOutlook/10.10.4.181110",
        f"Date: {date(26, 13, 8, 49)}",
        "Subject: Inschrijving seminarie 7 december",
        f"From: Filip Bogaerts <{email}>",
        f"To: {LINDA}",
        f"Message-ID: <{rhex(8, '0123456789ABCDEF')}.{rhex(5, '0123456789ABCDEF')}%{email}>",
        "Thread-Topic: Inschrijving seminarie 7 december",
        "Mime-version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Filip Bogaerts", "Boom", "schepen van personeel en ICT", email)],
        False,
        "Outlook for Mac, UTF-8 QP: bold labels with <br> inside one paragraph, 'Dhr.' dropped, 'Gemeente "
        "Boom' -> Boom, label 'E-mail:'",
    )


@msg
def reg_maasmechelen_android_plusone():
    email = "jolien.wouters@maasmechelen.be"
    lines = [
        "Dag Linda,",
        "",
        "Ik schrijf me graag in: Jolien Wouters, teamverantwoordelijke onthaal, gemeente Maasmechelen.",
        "Normaal breng ik ook een collega van het onthaal mee, haar naam laat ik nog weten.",
        "",
        "Groetjes",
        "Jolien",
        "",
        "Outlook voor Android downloaden<https://aka.ms/ghei36>",
    ]
    htm = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        + "".join(f'<div dir="auto">{esc(l) if l else "<br>"}</div>\n' for l in lines[:-1])
        + '<div dir="auto">Outlook voor Android downloaden<a href="https://aka.ms/ghei36">'
        "</a></div>\n</body>\n</html>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="utf-8"', "\n".join(lines), "base64", "utf-8"),
            leaf('text/html; charset="utf-8"', htm, "base64", "utf-8"),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: Jolien Wouters <{email}>",
        f"To: {LINDA}",
        "Subject: Inschrijving seminarie 7/12",
        "Thread-Topic: Inschrijving seminarie 7/12",
        f"Date: {date(27, 7, 49, 2)}",
        f"Message-ID: {mid_o365('eurprd07')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "X-MS-Exchange-Organization-SCL: -1",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Jolien Wouters", "Maasmechelen", "teamverantwoordelijke onthaal", email)],
        True,
        "Outlook for Android, base64 UTF-8: registers herself and announces an unnamed colleague ('haar naam "
        "laat ik nog weten'): only she is registered for now; a person must follow up on the colleague",
    )


@msg
def reg_herentals_plaintext_zieafzender():
    email = "bram.lemmens@herentals.be"
    mine = [
        "Naam: Bram Lemmens",
        "Stad / gemeente: Herentals",
        "Functie: interne preventieadviseur",
        "E-mailadres: zie afzender",
        "",
        "Groeten,",
        "Bram",
        "",
        "",
        "-----Oorspronkelijk bericht-----",
        "Van: Linda Boudry [mailto:linda.boudry@kcvs.be] ",
        f"Verzonden: {INV_SENT_NL}",
        "Aan: Linda Boudry",
        f"Onderwerp: {INV_SUBJ}",
        "",
    ]
    part = leaf(
        'text/plain; charset="windows-1252"',
        "\n".join(mine) + "\n" + inv_text(),
        "quoted-printable",
        "cp1252",
    )
    headers = [
        f"From: Bram Lemmens <{email}>",
        f"To: {LINDA}",
        f"Subject: {subj('RE: ' + INV_SUBJ, 'windows-1252')}",
        f"Date: {date(27, 10, 30, 45)}",
        f"Message-ID: <00b401d48628${rhex(8, '0123456789abcdef')}${rhex(8, '0123456789abcdef')}@herentals.be>",
        f"In-Reply-To: {INV_MID}",
        f"References: {INV_MID}",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AQIh8m3Kc1bV5N6tG+9mF4vQ0pC2rw==",
        "Content-Language: nl-be",
    ]
    return message(headers, part), label(
        "registration",
        [reg("Bram Lemmens", "Herentals", "interne preventieadviseur", email)],
        False,
        "Outlook plain-text reply, template filled in at the top with 'E-mailadres: zie afzender' (the From "
        "address); '-----Oorspronkelijk bericht-----' and the unquoted invitation with its empty template",
    )


@msg
def reg_deinze_gmail_vegetarian():
    email = "lisa.moens@deinze.be"
    mine = [
        "Dag Linda,",
        "",
        "Ik schrijf me in voor het seminarie:",
        "",
        "Naam: Lisa Moens",
        "Stad / gemeente: Deinze",
        "Functie: beleidsadviseur duurzaamheid",
        f"E-mailadres: {email}",
        "",
        "Ik ben vegetariër: is er bij de lunch ook een vegetarisch broodje?",
        "",
        "Bedankt!",
        "Lisa",
    ]
    text = "\n".join(mine) + "\n"
    htm = (
        '<div dir="ltr">'
        + "".join(f"<div>{linkify(esc(l)) if l else '<br>'}</div>" for l in mine)
        + "</div>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8"),
        ],
        boundary_gmail(),
    )
    headers = [
        "MIME-Version: 1.0",
        f"From: Lisa Moens <{email}>",
        f"Date: {date(28, 12, 15, 37)}",
        f"Message-ID: {mid_gmail()}",
        "Subject: Inschrijving + vraag lunch",
        f"To: {LINDA}",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Lisa Moens", "Deinze", "beleidsadviseur duurzaamheid", email)],
        True,
        "clean Gmail registration plus a question about a vegetarian lunch: register, but a person must answer",
    )


@msg
def reg_schoten_vcard_only():
    email = "hanne.vermeiren@schoten.be"
    lines = [
        "Dag Linda,",
        "",
        "Graag schrijf ik mij in voor het seminarie van 7 december.",
        "Mijn contactgegevens vindt u in de bijgevoegde vCard.",
        "",
        "Vriendelijke groet,",
        "Hanne",
    ]
    vcf = (
        "\n".join(
            [
                "BEGIN:VCARD",
                "VERSION:3.0",
                "PRODID:-//Apple Inc.//Mac OS X 10.14.1//EN",
                "N:Vermeiren;Hanne;;;",
                "FN:Hanne Vermeiren",
                "ORG:Gemeente Schoten;Personeelsdienst",
                "TITLE:HR-adviseur",
                f"EMAIL;type=INTERNET;type=WORK;type=pref:{email}",
                "TEL;type=WORK;type=VOICE;type=pref:+32 3 680 09 00",
                "item1.ADR;type=WORK;type=pref:;;Verbertstraat 3;Schoten;;2900;België",
                "item1.X-ABADR:be",
                "END:VCARD",
            ]
        )
        + "\n"
    )
    b = boundary_apple()
    mixed = multipart(
        "mixed",
        [
            leaf("text/plain;\n\tcharset=us-ascii", "\n".join(lines) + "\n\n", "7bit", "ascii"),
            (
                [
                    'Content-Disposition: attachment;\n\tfilename="Hanne Vermeiren.vcf"',
                    'Content-Type: text/vcard;\n\tcharset=utf-8;\n\tx-unix-mode=0644;\n\tname="Hanne Vermeiren.vcf"',
                    "Content-Transfer-Encoding: quoted-printable",
                ],
                body_encode(vcf, "quoted-printable", "utf-8"),
            ),
            leaf("text/plain;\n\tcharset=us-ascii", "\n", "7bit", "ascii"),
        ],
        b,
    )
    headers = [
        f"From: Hanne Vermeiren <{email}>",
        "Mime-Version: 1.0 (Mac OS X Mail 12.1 \\(3445.101.1\\))",
        "Subject: Inschrijving seminarie",
        f"Date: {date(28, 16, 40, 22)}",
        f"Message-Id: {mid_apple('schoten.be')}",
        f"To: {LINDA}",
        "X-Mailer: Apple Mail (2.3445.101.1)",
    ]
    return message(headers, mixed), label(
        "registration",
        [reg("Hanne Vermeiren", "Schoten", "HR-adviseur", email)],
        False,
        "Apple Mail with a vCard attachment (QP UTF-8) and no details in the text: town (ORG 'Gemeente "
        "Schoten') and function (TITLE) only in the vCard; name and address also in From",
    )


@msg
def reg_zaventem_table_mevrouw():
    sender = "sarah.aerts@zaventem.be"
    rows = [
        ("Mevrouw Tine Verhulst", "Gemeente Zaventem", "HR-directeur", "tine.verhulst@zaventem.be"),
        ("De heer Wim Lauwers", "Gemeente Zaventem", "preventieadviseur", ""),
    ]
    head = ("Naam", "Stad / gemeente", "Functie", "E-mailadres")
    td = '<td width="150" valign="top" style="width:112.5pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
    table = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">',
        "<tr>" + "".join(f"{td}{mso('<b>' + esc(c) + '</b>')}</td>" for c in head) + "</tr>",
    ]
    for r in rows:
        cells = [
            mso(esc(r[0])),
            mso(esc(r[1])),
            mso(esc(r[2])),
            mso(f'<a href="mailto:{r[3]}">{r[3]}</a>') if r[3] else MSO_EMPTY,
        ]
        table.append("<tr>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
    table.append("</table>")
    lines = [
        "Beste Linda,",
        "",
        "Graag schrijf ik onderstaande collega’s in voor het seminarie van 7 december:",
    ]
    after = [
        "",
        "Met vriendelijke groeten,",
        "",
        "Sarah Aerts",
        "Personeelsdienst",
        "Gemeente Zaventem",
    ]
    inner = "\n".join(
        [
            *(mso(esc(l)) if l else MSO_EMPTY for l in lines),
            MSO_EMPTY,
            *table,
            *(mso(esc(l)) if l else MSO_EMPTY for l in after),
        ]
    )
    tl = lines + [""]
    for r in [head] + rows:
        tl += [c for c in r] + [""]
    text = "\n".join(tl + after)
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: Aerts Sarah <{sender}>",
        f"To: {LINDA}",
        "Subject: inschrijving 2 collega's seminarie",
        "Thread-Topic: inschrijving 2 collega's seminarie",
        f"Date: {date(29, 9, 5, 12)}",
        f"Message-ID: {mid_o365('eurprd06')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [
            reg("Tine Verhulst", "Zaventem", "HR-directeur", "tine.verhulst@zaventem.be"),
            reg("Wim Lauwers", "Zaventem", "preventieadviseur", None),
        ],
        False,
        "HR assistant (not registered) fills an Outlook table for two colleagues; honorifics 'Mevrouw' and "
        "'De heer' in the name cells; the second e-mail cell is empty (null); 'Gemeente Zaventem' -> Zaventem",
    )


@msg
def reg_ieper_cc_colleague():
    email = "ellen.vanneste@ieper.be"
    cc = "Jan.Dewulf@ieper.be"
    cid = "image002.png@01D487E2.6B0F9A10"
    body = [
        "Dag Linda,",
        "",
        "Graag schrijf ik mezelf en mijn collega Jan Dewulf (in cc) in voor het seminarie. Jan is net als ik "
        "beleidsmedewerker cultuur.",
        "",
        "Vriendelijke groeten,",
        "",
    ]
    sig = ["Ellen Vanneste", "beleidsmedewerker cultuur", "Stad Ieper | Grote Markt 34, 8900 Ieper"]
    inner = "\n".join(
        [
            *(mso(esc(l)) if l else MSO_EMPTY for l in body),
            mso(
                f'<img width="72" height="28" id="Afbeelding_x0020_4" src="cid:{cid}" alt="Ieper">'
            ),
            mso("<b>" + esc(sig[0]) + "</b>"),
            *(mso(esc(s)) for s in sig[1:]),
            MSO_EMPTY,
        ]
    )
    inner += "\n" + outlook_inv_quote_html()
    text = "\n".join(body + ["[Ieper]"] + sig + ["", ""]) + outlook_inv_quote_text()
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner, vml=True),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    related = multipart(
        "related",
        [
            alt,
            binleaf(
                'image/png; name="image002.png"',
                LOGO_IEPER,
                extra=[
                    "Content-Description: image002.png",
                    f'Content-Disposition: inline; filename="image002.png"; size={len(LOGO_IEPER)}',
                    f"Content-ID: <{cid}>",
                ],
            ),
        ],
        boundary_outlook(),
        params=';\n\ttype="multipart/alternative"',
    )
    headers = [
        f"From: Vanneste Ellen <{email}>",
        f"To: {LINDA}",
        f"CC: Dewulf Jan <{cc}>",
        f"Subject: {subj('RE: ' + INV_SUBJ, 'windows-1252')}",
        f"Thread-Topic: {subj(INV_SUBJ, 'windows-1252')}",
        f"Date: {date(29, 14, 22, 7)}",
        f"Message-ID: {mid_exchange('IEPER-EX01.ieper.local')}",
        f"References: {INV_MID}",
        f"In-Reply-To: {INV_MID}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, related), label(
        "registration",
        [
            reg("Ellen Vanneste", "Ieper", "beleidsmedewerker cultuur", email),
            reg("Jan Dewulf", "Ieper", "beleidsmedewerker cultuur", "jan.dewulf@ieper.be"),
        ],
        False,
        "Outlook reply for herself and a colleague 'in cc': his (mixed-case) address only in the Cc header, "
        "his function by reference ('net als ik'); inline logo; quoted invitation with empty template",
    )


@msg
def reg_brasschaat_galaxytab():
    email = "ria.vangorp@brasschaat.be"
    lines = [
        "Hallo Linda,",
        "",
        f"Hierbij mijn inschrijving: Ria Van Gorp, schepen van burgerzaken en personeel, gemeente Brasschaat "
        f"({email}).",
        "",
        "Groeten,",
        "Ria",
        "",
        "",
        "Verstuurd vanaf mijn Galaxy Tab",
    ]
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(f'<div dir="auto">{linkify(esc(l)) if l else "<br>"}</div>' for l in lines[:-1])
        + '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
        f"{lines[-1]}</div></div></body></html>"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', "\n".join(lines), "base64", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "base64", "utf-8"),
        ],
        "--_com.samsung.android.email_" + rhex(15, "0123456789") + "0",
    )
    headers = [
        f"Message-ID: <{rhex(16, '0123456789abcdef')}.{rhex(8, '0123456789')}.samsung.android.email@brasschaat.be>",
        f"Date: {date(30, 18, 3, 26)}",
        f"Subject: {hdr('Inschrijving seminarie – Ria Van Gorp', 'UTF-8', 'B')}",
        f"From: {hdr('Ria Van Gorp', 'UTF-8', 'B')} <{email}>",
        f"To: {LINDA}",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "registration",
        [reg("Ria Van Gorp", "Brasschaat", "schepen van burgerzaken en personeel", email)],
        False,
        "Samsung Galaxy Tab, base64 parts, B-encoded UTF-8 Subject and From (needlessly encoded ASCII name); "
        "facts in one sentence with the address in brackets",
    )


# ----- cancellations ---------------------------------------------------------------


@msg
def canc_leuven_gmail():
    email = "thomas.wuyts@leuven.be"
    mine = [
        "Dag Linda,",
        "",
        "Ik moet helaas afzeggen voor 7 december: er is die ochtend een gemeenteraadscommissie die ik niet "
        "kan missen. Sorry en veel succes met het seminarie!",
        "",
        "Groeten,",
        "Thomas",
    ]
    conf = confirmation_lines(
        "Thomas", fields4("Thomas Wuyts", "Leuven", "projectleider smart city", email)
    )
    intro = "Op ma 12 nov. 2018 om 14:02 schreef Linda Boudry <linda.boudry@kcvs.be>:"
    text = (
        "\n".join(mine)
        + "\n\n"
        + intro
        + "\n\n"
        + "\n".join("> " + l if l else ">" for l in conf)
        + "\n"
    )
    htm = (
        '<div dir="ltr">'
        + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in mine)
        + '</div><br><div class="gmail_quote"><div dir="ltr">Op ma 12 nov. 2018 om 14:02 schreef Linda Boudry '
        '&lt;<a href="mailto:linda.boudry@kcvs.be">linda.boudry@kcvs.be</a>&gt;:<br></div><blockquote '
        'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex"><div>'
        + "<br>".join(linkify(esc(l)) for l in conf)
        + "</div></blockquote></div>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8"),
        ],
        boundary_gmail(),
    )
    conf_mid = "<AM6PR02MB44718B1E2C0F4D9A6C3E57A1B6A30@AM6PR02MB4471.eurprd02.prod.outlook.com>"
    headers = [
        "MIME-Version: 1.0",
        f"References: {INV_MID} {conf_mid}",
        f"In-Reply-To: {conf_mid}",
        f"From: Thomas Wuyts <{email}>",
        f"Date: {date(28, 8, 30, 12)}",
        f"Message-ID: {mid_gmail()}",
        f"Subject: Re: {CONF_SUBJ}",
        f"To: {LINDA}",
    ]
    return message(headers, alt), label(
        "cancellation",
        [reg("Thomas Wuyts", "Leuven", "projectleider smart city", email)],
        False,
        "Gmail cancellation ('ik moet helaas afzeggen') replying to the confirmation, which is quoted below "
        "with all four labelled fields",
    )


@msg
def canc_mechelen_iphone():
    email = "eline.maes@mechelen.be"
    mine = [
        "Hoi Linda,",
        "",
        "Sorry, ik zal er op 7 december toch niet bij zijn: ik moet die dag een personeelsbijeenkomst leiden. "
        "Mag je mij van de lijst schrappen?",
        "",
        "Eline",
        "",
        "Verstuurd vanaf mijn iPhone",
    ]
    conf = confirmation_lines("Eline", fields4("Eline Maes", "Mechelen", "teamcoach HR", email))
    intro = "Op 13 nov. 2018 om 09:01 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:"
    text = (
        "\n".join(mine)
        + "\n\n> "
        + intro
        + "\n> \n"
        + "\n".join("> " + l if l else ">" for l in conf)
        + "\n"
    )
    part = leaf("text/plain;\n\tcharset=utf-8", text, "quoted-printable", "utf-8")
    conf_mid = "<AM6PR02MB4471A07C33E5D1B2F9E4C6D8B6A30@AM6PR02MB4471.eurprd02.prod.outlook.com>"
    headers = [
        f"From: Eline Maes <{email}>",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {date(26, 21, 14, 50)}",
        f"Subject: Re: {CONF_SUBJ}",
        f"Message-Id: {mid_apple('mechelen.be')}",
        f"References: {conf_mid}",
        f"In-Reply-To: {conf_mid}",
        f"To: {LINDA}",
        "X-Mailer: iPhone Mail (16B92)",
    ]
    return message(headers, part), label(
        "cancellation",
        [reg("Eline Maes", "Mechelen", "teamcoach HR", email)],
        False,
        "iPhone plain-text cancellation ('Mag je mij van de lijst schrappen?'); her details only in the "
        "'>'-quoted confirmation",
    )


@msg
def canc_mortsel_one_of_three():
    email = "griet.vandyck@mortsel.be"
    mine = [
        "Dag Linda,",
        "",
        "Onze teamleider sport, Kevin Peeters, moet jammer genoeg afhaken: hij zit die dag op opleiding. "
        "Ilse en ik komen wel zoals gepland.",
        "",
        "Groeten,",
        "",
        "Griet Van Dyck",
        "Algemeen directeur",
        "Stad Mortsel",
    ]
    conf = [
        "Beste Griet,",
        "",
        "Bedankt voor je inschrijving. We noteerden voor Mortsel:",
        "",
        "- Griet Van Dyck, algemeen directeur (griet.vandyck@mortsel.be)",
        "- Ilse Janssens, directeur vrije tijd (ilse.janssens@mortsel.be)",
        "- Kevin Peeters, teamleider sport",
        "",
        "Met vriendelijke groeten,",
        "",
        "Linda Boudry",
        "Kenniscentrum Vlaamse Steden",
    ]
    qh = outlook_quote_header_text(
        LINDA, "maandag 26 november 2018 09:15", f"Griet Van Dyck <{email}>", "RE: Seminarie 7/12"
    )
    text = "\n".join(mine) + "\n\n" + qh + "\n".join(conf) + "\n"
    inner = (
        "\n".join(mso(esc(l)) if l else MSO_EMPTY for l in mine)
        + "\n"
        + MSO_EMPTY
        + "\n"
        + outlook_quote_header_html(
            LINDA,
            "maandag 26 november 2018 09:15",
            f"Griet Van Dyck <{email}>",
            "RE: Seminarie 7/12",
        )
        + "\n"
        + "\n".join(mso(linkify(esc(l))) if l else MSO_EMPTY for l in conf)
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: Griet Van Dyck <{email}>",
        f"To: {LINDA}",
        "Subject: RE: Seminarie 7/12",
        "Thread-Topic: Seminarie 7/12",
        f"Date: {date(30, 11, 11, 40)}",
        f"Message-ID: {mid_exchange('MORTSEL-EX.mortsel.local')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "cancellation",
        [reg("Kevin Peeters", "Mortsel", "teamleider sport", None)],
        False,
        "Outlook: the sender cancels for one of the three people she registered; the other two (named in the "
        "text and in the quoted confirmation) stay registered; Kevin has no address of his own (null)",
    )


@msg
def canc_turnhout_notes():
    email = "marc.claes@turnhout.be"
    mine = [
        "Beste Linda,",
        "",
        "Door omstandigheden moet ik mijn deelname aan het seminarie van 7 december annuleren. Mijn excuses.",
        "",
        "Met vriendelijke groeten,",
        "",
        "Marc Claes",
        "Afdelingshoofd Financiën",
        "Stad Turnhout",
        "Campus Blairon 200, 2300 Turnhout",
        "Tel. 014 44 33 00",
    ]
    conf = confirmation_lines(
        "Marc", fields4("Marc Claes", "Turnhout", "afdelingshoofd Financiën", email)
    )
    qh = [
        "Van:\tLinda Boudry <linda.boudry@kcvs.be>",
        f"Aan:\tMarc Claes <{email}>",
        "Datum:\t14/11/2018 15:30",
        f"Onderwerp:\t{CONF_SUBJ}",
    ]
    text = "\n".join(mine) + "\n\n\n\n" + "\n".join(qh) + "\n\n\n\n" + "\n".join(conf) + "\n"
    part = leaf("text/plain; charset=ISO-8859-1", text, "quoted-printable", "latin-1")
    headers = [
        f"Subject: Antwoord: {CONF_SUBJ}",
        f"To: {LINDA}",
        "X-Mailer: IBM Notes Release 9.0.1FP10 SHF68 April 24, 2018",
        f"Message-ID: {mid_notes('turnhout.be')}",
        f"From: Marc Claes <{email}>",
        f"Date: {date(29, 16, 45, 3)}",
        "X-MIMETrack: Serialize by Router on SRVDOM02/Turnhout(Release 9.0.1FP10 HF383|September 14, 2018) at\n"
        " 29/11/2018 16:45:04",
        "MIME-Version: 1.0",
    ]
    return message(headers, part), label(
        "cancellation",
        [reg("Marc Claes", "Turnhout", "afdelingshoofd Financiën", email)],
        False,
        "IBM Notes plain text, ISO-8859-1 QP: 'deelname ... annuleren'; Notes' tab-separated header block and "
        "the unquoted confirmation with his fields below",
    )


@msg
def canc_kortrijk_substitution():
    email = "kristof.michiels@kortrijk.be"
    cid = "image001.png@01D48886.1F2E3D40"
    body = [
        "Beste Linda,",
        "",
        "Ik kan op 7 december helaas niet aanwezig zijn door een dringende vergadering van het college. Mijn "
        "collega Bart Smet (bart.smet@kortrijk.be), diensthoofd Omgeving, komt in mijn plaats. Kan je zijn "
        "naam op de lijst zetten?",
        "",
        "Met vriendelijke groeten,",
    ]
    inner = "\n".join(
        [
            *(mso(linkify(esc(l))) if l else MSO_EMPTY for l in body),
            MSO_EMPTY,
            kortrijk_sig_html(cid),
        ]
    )
    text = "\n".join(body + KORTRIJK_SIG_TEXT)
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="windows-1252"', text, "quoted-printable", "cp1252"),
            leaf(
                'text/html; charset="windows-1252"',
                outlook_html(inner, vml=True),
                "quoted-printable",
                "cp1252",
            ),
        ],
        boundary_outlook(),
    )
    related = multipart(
        "related",
        [
            alt,
            binleaf(
                'image/png; name="image001.png"',
                LOGO_KORTRIJK,
                extra=[
                    "Content-Description: image001.png",
                    f'Content-Disposition: inline; filename="image001.png"; size={len(LOGO_KORTRIJK)}',
                    f"Content-ID: <{cid}>",
                ],
            ),
        ],
        boundary_outlook(),
        params=';\n\ttype="multipart/alternative"',
    )
    headers = [
        f"From: Michiels Kristof <{email}>",
        f"To: {LINDA}",
        "Subject: seminarie 7/12: vervanging",
        "Thread-Topic: seminarie 7/12: vervanging",
        f"Date: {date(30, 9, 58, 33)}",
        f"Message-ID: {mid_exchange('SRV-EXCH01.stad.kortrijk.local')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "X-MS-Has-Attach: yes",
        "MIME-Version: 1.0",
    ]
    return message(headers, related), label(
        "cancellation",
        [reg("Kristof Michiels", "Kortrijk", "Diensthoofd Stadsontwikkeling", email)],
        True,
        "substitution: he cancels and a colleague (Bart Smet, with address and function) takes his place; two "
        "actions at once, so a person must handle it; inline logo and bilingual disclaimer",
    )


# ----- auto-replies ----------------------------------------------------------------


@msg
def auto_aalst_outlook_ooo():
    email = "veerle.depauw@aalst.be"
    lines = [
        "Beste,",
        "",
        "Ik ben afwezig tot en met maandag 19 november. Uw bericht wordt niet doorgestuurd.",
        "Voor dringende vragen kunt u terecht bij mijn collega Dries Van Impe (dries.vanimpe@aalst.be).",
        "",
        "Met vriendelijke groeten,",
        "",
        "Veerle De Pauw",
        "Teamleider organisatieontwikkeling",
        "Stad Aalst",
    ]
    inner = "\n".join(mso(linkify(esc(l))) if l else MSO_EMPTY for l in lines)
    part = leaf(
        'text/html; charset="windows-1252"', outlook_html(inner), "quoted-printable", "cp1252"
    )
    headers = [
        f"From: De Pauw Veerle <{email}>",
        f"To: {LINDA}",
        f"Subject: {subj('Automatisch antwoord: ' + INV_SUBJ, 'windows-1252')}",
        f"Thread-Topic: {subj(INV_SUBJ, 'windows-1252')}",
        f"Date: {date(12, 10, 14, 41)}",
        f"Message-ID: {mid_exchange('AALST-MBX01.aalst.local')}",
        f"References: {INV_MID}",
        f"In-Reply-To: {INV_MID}",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: veerle.depauw@aalst.be",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, part), label(
        "auto_reply",
        [],
        False,
        "Exchange out-of-office, HTML-only windows-1252 QP, 'Automatisch antwoord:' Q-encoded subject, "
        "Auto-Submitted: auto-generated; signature with name, function and city",
    )


@msg
def auto_tielt_gmail_vacation():
    email = "koen.verhaeghe@tielt.be"
    lines = [
        "Dag,",
        "",
        "Bedankt voor je bericht. Ik ben met ouderschapsverlof tot en met 30 november en lees "
        "mijn mails niet.",
        "Voor dringende zaken: ict@tielt.be of 051 42 81 00.",
        "",
        "Koen Verhaeghe",
        "Stafmedewerker ICT - Stad Tielt",
    ]
    text = "\n".join(lines) + "\n"
    htm = (
        '<div dir="ltr">'
        + "".join(f"<div>{linkify(esc(l)) if l else '<br>'}</div>" for l in lines)
        + "</div>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "7bit", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "7bit", "utf-8"),
        ],
        boundary_gmail(),
    )
    headers = [
        "MIME-Version: 1.0",
        f"From: Koen Verhaeghe <{email}>",
        f"Date: {date(12, 10, 15, 33)}",
        f"Message-ID: {mid_gmail()}",
        f"In-Reply-To: {INV_MID}",
        f"References: {INV_MID}",
        f"Subject: {subj('Re: ' + INV_SUBJ)}",
        f"To: {LINDA}",
        "Auto-Submitted: auto-replied",
        "Precedence: bulk",
    ]
    return message(headers, alt), label(
        "auto_reply",
        [],
        False,
        "Gmail vacation responder: plain 'Re:' subject, recognisable by Auto-Submitted: auto-replied (with "
        "Precedence: bulk) and the body",
    )


@msg
def auto_beringen_domino_nohdr():
    email = "greet.swinnen@beringen.be"
    lines = [
        "Dit is een automatisch antwoord.",
        "",
        "Ik ben afwezig vanaf 12/11/2018 en ben terug op 23/11/2018.",
        "",
        "Ik zal uw bericht beantwoorden zodra ik terug ben. Voor dringende zaken kunt u contact opnemen met "
        "het secretariaat (secretariaat@beringen.be).",
        "",
        "Greet Swinnen",
        "Algemeen directeur",
        "Stad Beringen",
    ]
    part = leaf("text/plain; charset=ISO-8859-1", "\n".join(lines), "quoted-printable", "latin-1")
    headers = [
        f"Subject: Afwezigheidsmelding: {subj(INV_SUBJ.replace('–', '-'))}",
        f"From: Greet Swinnen <{email}>",
        f"To: {LINDA}",
        f"Date: {date(12, 10, 15, 7)}",
        f"Message-ID: {mid_notes('beringen.be')}",
        "X-Mailer: Lotus Domino Release 9.0.1FP10",
        "MIME-Version: 1.0",
    ]
    return message(headers, part), label(
        "auto_reply",
        [],
        False,
        "Domino absence notice without any RFC 3834 or X-Autoreply header: only the subject "
        "'Afwezigheidsmelding:' and the body ('Dit is een automatisch antwoord.') say so",
    )


# ----- bounces ---------------------------------------------------------------------


@msg
def bounce_ninove_exchange():
    rcpt = "jan.verhaegen@ninove.be"
    host = "AM6PR02MB4471.eurprd02.prod.outlook.com"
    text = "\n".join(
        [
            f"Uw bericht kan niet worden bezorgd bij {rcpt}.",
            "",
            "Het e-mailadres bestaat niet of is niet meer in gebruik. Controleer het adres en probeer het opnieuw.",
            "",
            "Diagnostische gegevens voor beheerders:",
            "",
            f"Genererende server: {host}",
            "",
            rcpt,
            f"Remote Server returned '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table'",
            "",
            "Oorspronkelijke berichtkoppen:",
            "",
            f"Message-ID: {INV_MID}",
            f"Subject: {INV_SUBJ}",
        ]
    )
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">Uw bericht kan niet worden bezorgd bij <a '
        f'href="mailto:{rcpt}">{rcpt}</a>.</font></b></p><p><font size="2" face="Tahoma">Het e-mailadres '
        'bestaat niet of is niet meer in gebruik.</font></p><p><font color="#808080" size="2" face="Tahoma">'
        f"Diagnostische gegevens voor beheerders:<br><br>Genererende server: {host}<br><br>{rcpt}<br>Remote "
        f"Server returned '550 5.1.1 &lt;{rcpt}&gt;: Recipient address rejected: User unknown in virtual "
        "mailbox table'</font></p></body></html>"
    )
    notice = multipart(
        "alternative",
        [
            leaf("text/plain; charset=utf-8", text, "quoted-printable", "utf-8"),
            leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8"),
        ],
        "_000_" + rhex(32) + "_",
    )
    dsn = (
        ["Content-Type: message/delivery-status"],
        "\n".join(
            [
                f"Reporting-MTA: dns;{host}",
                f"Received-From-MTA: dns;{host}",
                "Arrival-Date: Mon, 12 Nov 2018 09:14:12 +0000",
                "",
                f"Final-Recipient: rfc822;{rcpt}",
                "Action: failed",
                "Status: 5.1.1",
                f"Diagnostic-Code: smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in "
                "virtual mailbox table",
                "Remote-MTA: dns;mx1.ninove.be",
            ]
        )
        + "\n",
    )
    orig = (["Content-Type: message/rfc822"], invitation_message())
    report = multipart(
        "report",
        [notice, dsn, orig],
        "_002_" + rhex(32) + "_",
        params=";\n\treport-type=delivery-status",
    )
    headers = [
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kcvs.be>",
        f"To: {LINDA}",
        f"Date: {date(12, 10, 14, 52)}",
        f"Subject: {subj('Onbestelbaar: ' + INV_SUBJ)}",
        f"Message-ID: <{rhex(8, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}-{rhex(4, '0123456789abcdef')}"
        f"-{rhex(4, '0123456789abcdef')}-{rhex(12, '0123456789abcdef')}@{host}>",
        f"In-Reply-To: {INV_MID}",
        f"References: {INV_MID}",
        "Thread-Topic: " + subj(INV_SUBJ),
        "Content-Language: nl-NL",
        "X-MS-Exchange-Message-Is-Ndr:",
        "X-MS-Exchange-Organization-SCL: -1",
        "MIME-Version: 1.0",
    ]
    return message(headers, report), label(
        "bounce",
        [],
        False,
        "Office 365 NDR in Dutch ('Onbestelbaar:'): multipart/report with an alternative notice, "
        "message/delivery-status (5.1.1) and the whole invitation, empty template included, as message/rfc822",
    )


@msg
def bounce_hoogstraten_postfix():
    rcpt = "els.vanrompaey@hoogstraten.be"
    qid = "6B2F1C0A3D"
    text = "\n".join(
        [
            "This is the mail system at host mx1.hoogstraten.be.",
            "",
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients. It's attached below.",
            "",
            "For further assistance, please send mail to postmaster.",
            "",
            "If you do so, please include this problem report. You can",
            "delete your own text from the attached returned message.",
            "",
            "                   The mail system",
            "",
            f"<{rcpt}>: host 10.20.1.15[10.20.1.15] said: 552 5.2.2 Mailbox full:",
            "    quota exceeded (in reply to RCPT TO command)",
        ]
    )
    dsn = (
        ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
        "\n".join(
            [
                "Reporting-MTA: dns; mx1.hoogstraten.be",
                f"X-Postfix-Queue-ID: {qid}",
                "X-Postfix-Sender: rfc822; linda.boudry@kcvs.be",
                "Arrival-Date: Mon, 12 Nov 2018 10:14:31 +0100 (CET)",
                "",
                f"Final-Recipient: rfc822; {rcpt}",
                f"Original-Recipient: rfc822;{rcpt}",
                "Action: failed",
                "Status: 5.2.2",
                "Remote-MTA: dns; 10.20.1.15",
                "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded",
            ]
        )
        + "\n",
    )
    inv = invitation_message()
    inv_headers = inv.split("\n\n", 1)[0] + "\n"
    rh = (
        ["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
        "Received: from EUR02-AM5-obe.outbound.protection.outlook.com (mail-am5eur02lp0210.outbound.protection"
        ".outlook.com [104.47.4.210])\n\tby mx1.hoogstraten.be (Postfix) with ESMTPS id 6B2F1C0A3D\n\tfor "
        f"<{rcpt}>; Mon, 12 Nov 2018 10:14:31 +0100 (CET)\n" + inv_headers,
    )
    report = multipart(
        "report",
        [
            (
                ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                text + "\n",
            ),
            dsn,
            rh,
        ],
        f"{qid}.1542014190/mx1.hoogstraten.be",
        params=";\n\treport-type=delivery-status",
        preamble="This is a MIME-encapsulated message.\n\n",
    )
    headers = [
        "Return-Path: <>",
        "Received: by mx1.hoogstraten.be (Postfix)\n\tid 8E1F21C0A40; Mon, 12 Nov 2018 10:16:30 +0100 (CET)",
        f"Date: {date(12, 10, 16, 30)}",
        "From: MAILER-DAEMON@mx1.hoogstraten.be (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        "To: linda.boudry@kcvs.be",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        "Content-Transfer-Encoding: 8bit",
        "Message-Id: <20181112091630.8E1F21C0A40@mx1.hoogstraten.be>",
    ]
    return message(headers, report), label(
        "bounce",
        [],
        False,
        "Postfix DSN (mailbox full, 5.2.2): multipart/report with text/rfc822-headers of the invitation; also "
        "carries Auto-Submitted: auto-replied, but a bounce wins",
    )


# ----- other -----------------------------------------------------------------------


@msg
def other_edegem_parking_question():
    email = "veerle.aerts@edegem.be"
    mine = [
        "Dag Linda,",
        "",
        "Is er in de buurt van Permeke parkeergelegenheid voor bezoekers, of kom ik beter met de trein? Ik zou "
        "met de auto uit Edegem komen. Als dat lukt, schrijf ik me nadien in.",
        "",
        "Alvast bedankt,",
        "Veerle",
    ]
    text = (
        "\n".join(mine)
        + "\n\nOp ma 12 nov. 2018 om 10:14 schreef Linda Boudry <linda.boudry@kcvs.be>:\n\n"
        + inv_quoted()
    )
    htm = (
        '<div dir="ltr">'
        + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in mine)
        + '</div><br><div class="gmail_quote"><div dir="ltr">Op ma 12 nov. 2018 om 10:14 schreef Linda Boudry '
        '&lt;<a href="mailto:linda.boudry@kcvs.be">linda.boudry@kcvs.be</a>&gt;:<br></div><blockquote '
        'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">\n' + inv_html_plain() + "\n</blockquote></div>\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable", "utf-8"),
            leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8"),
        ],
        boundary_gmail(),
    )
    headers = [
        "MIME-Version: 1.0",
        f"References: {INV_MID}",
        f"In-Reply-To: {INV_MID}",
        f"From: Veerle Aerts <{email}>",
        f"Date: {date(15, 10, 21, 9)}",
        f"Message-ID: {mid_gmail()}",
        f"Subject: {subj('Re: ' + INV_SUBJ)}",
        f"To: {LINDA}",
    ]
    return message(headers, alt), label(
        "other",
        [],
        True,
        "question about parking before registering ('schrijf ik me nadien in'): no registration yet; Gmail "
        "reply with the invitation and its empty template quoted; needs an answer",
    )


@msg
def other_welzijnsvereniging_question():
    email = "stijn.vermeersch@wvzuidwest.be"
    lines = [
        "Beste mevrouw Boudry,",
        "",
        "Ik werk voor een welzijnsvereniging waarin vijf OCMW’s samenwerken. Is het seminarie ook open voor "
        "medewerkers van zo’n vereniging, of enkel voor steden en gemeenten? Zo ja, dan schrijf ik graag drie "
        "collega’s in.",
        "",
        "Met vriendelijke groeten,",
        "",
        "Stijn Vermeersch",
        "Coördinator",
        "Welzijnsvereniging Zuid-West",
    ]
    inner = "\n".join(mso(esc(l)) if l else MSO_EMPTY for l in lines)
    part = leaf(
        'text/html; charset="windows-1252"', outlook_html(inner), "quoted-printable", "cp1252"
    )
    headers = [
        f"From: Stijn Vermeersch <{email}>",
        f"To: {LINDA}",
        "Subject: Vraag over seminarie 7 december",
        "Thread-Topic: Vraag over seminarie 7 december",
        f"Date: {date(20, 15, 35, 56)}",
        f"Message-ID: {mid_o365('eurprd03')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, part), label(
        "other",
        [],
        True,
        "Outlook HTML-only question whether staff of an inter-municipal welfare association may come; a "
        "conditional 'zo ja, dan schrijf ik ... in' is not yet a registration; needs an answer",
    )


@msg
def other_sister_ipad():
    lines = [
        "Hoi Lin,",
        "",
        "Mama wordt 70 op zondag 2 december! Ik heb ons al ingeschreven voor de brunch in De Zomer: naam, "
        "aantal personen (9), alles doorgegeven. Breng jij de bloemen mee? Ik zorg voor de taart 🎂",
        "",
        "Dikke kus",
        "An",
        "",
        "Verstuurd vanaf mijn iPad",
    ]
    part = leaf("text/plain;\n\tcharset=utf-8", "\n".join(lines), "quoted-printable", "utf-8")
    headers = [
        "From: An Boudry <an.boudry@telenet.be>",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {date(24, 9, 12, 18)}",
        f"Subject: {hdr('Zondag 2/12 bij mama 🎂', 'utf-8', 'Q')}",
        f"Message-Id: {mid_apple('telenet.be')}",
        f"To: {LINDA}",
        "X-Mailer: iPad Mail (16B92)",
    ]
    return message(headers, part), label(
        "other",
        [],
        False,
        "personal mail from her sister (iPad, emoji in a Q-encoded subject) that says 'ingeschreven' and "
        "'naam, aantal personen' about a family brunch: unrelated, leave it",
    )


@msg
def other_kcvs_colleague_annual_report():
    email = "pieter.vanhove@kcvs.be"
    lines = [
        "Dag Linda,",
        "",
        "Kan jij tegen vrijdag 30/11 de cijfers van de lerende netwerken aanleveren voor het jaarverslag 2018? "
        "Aantal sessies, deelnemers per stad en een korte evaluatie volstaan.",
        "",
        "Alvast bedankt!",
        "Pieter",
        "",
        "Pieter Vanhove",
        "Communicatie",
        "Kenniscentrum Vlaamse Steden",
        "",
        DISCL_KCVS,
    ]
    text = "\n".join(lines)
    inner = (
        "\n".join(mso(linkify(esc(l))) if l else MSO_EMPTY for l in lines[:-1])
        + "\n"
        + mso(f'<span style="font-size:7.5pt;color:gray">{esc(DISCL_KCVS)}</span>')
    )
    alt = multipart(
        "alternative",
        [
            leaf('text/plain; charset="us-ascii"', text, "quoted-printable", "ascii"),
            leaf(
                'text/html; charset="us-ascii"',
                outlook_html(inner, "us-ascii"),
                "quoted-printable",
                "ascii",
            ),
        ],
        boundary_outlook(),
    )
    headers = [
        f"From: Pieter Vanhove <{email}>",
        f"To: {LINDA}",
        "Subject: Jaarverslag 2018 - input tegen vrijdag",
        "Thread-Topic: Jaarverslag 2018 - input tegen vrijdag",
        f"Date: {date(21, 11, 50, 31)}",
        f"Message-ID: {mid_o365('eurprd02')}",
        "Accept-Language: nl-BE, en-US",
        "Content-Language: nl-BE",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "other",
        [],
        False,
        "internal KCVS work mail (annual report figures) with a disclaimer: unrelated to the seminar",
    )


@msg
def other_newsletter_webinar():
    frm = "nieuwsbrief@netwerklokaalbestuur.be"
    rows = [
        (
            "Webinar: personeelsbeleid na de integratie OCMW-gemeente",
            "Donderdag 13 december 2018, 11.00 uur. Schrijf je in met je naam, organisatie en functie via "
            "onze website.",
        ),
        (
            "Nieuwe publicatie: de lokale organisatie van morgen",
            "Download gratis de bundel met tien praktijkvoorbeelden uit steden en gemeenten.",
        ),
    ]
    blocks = []
    for t, d in rows:
        blocks.append(
            '<tr><td style="padding:12px 24px;font-family:Arial,sans-serif"><h2 style="font-size:18px;'
            f'color:#1F4E79;margin:0 0 6px 0">{esc(t)}</h2><p style="font-size:14px;margin:0">{esc(d)}</p>'
            '<p style="margin:8px 0 0 0"><a href="https://netwerklokaalbestuur.be/r/'
            + rhex(10, "abcdef0123456789")
            + '" style="color:#ffffff;background:#1F4E79;padding:6px 12px;text-decoration:none">Lees meer'
            "</a></p></td></tr>"
        )
    htm = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nieuwsbrief november</title></head>'
        '<body style="margin:0;background:#eeeeee"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
        '<tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:22px;color:#1F4E79">Netwerk Lokaal '
        "Bestuur – nieuwsbrief november 2018</td></tr>"
        + "".join(blocks)
        + '<tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:11px;color:#888888">Je ontvangt '
        'deze nieuwsbrief omdat je ingeschreven bent op onze mailinglijst. <a href="https://netwerklokaalbestuur'
        '.be/uitschrijven">Uitschrijven</a></td></tr></table></td></tr></table></body></html>'
    )
    text = (
        "Netwerk Lokaal Bestuur – nieuwsbrief november 2018\n\n"
        + "\n\n".join(f"{t}\n{d}\nLees meer: https://netwerklokaalbestuur.be/" for t, d in rows)
        + "\n\nJe ontvangt deze nieuwsbrief omdat je ingeschreven bent op onze mailinglijst.\n"
        "Uitschrijven: https://netwerklokaalbestuur.be/uitschrijven\n"
    )
    alt = multipart(
        "alternative",
        [
            leaf("text/plain; charset=utf-8", text, "quoted-printable", "utf-8"),
            leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8"),
        ],
        "_----------=_" + rhex(20, "0123456789"),
    )
    headers = [
        f"From: Netwerk Lokaal Bestuur <{frm}>",
        "To: linda.boudry@kcvs.be",
        f"Subject: {subj('Nieuwsbrief november – webinar personeelsbeleid en nieuwe publicatie')}",
        f"Date: {date(22, 6, 0, 4)}",
        f"Message-ID: <{rhex(24, '0123456789abcdef')}@mail.netwerklokaalbestuur.be>",
        "List-Id: Nieuwsbrief Netwerk Lokaal Bestuur <nieuwsbrief.netwerklokaalbestuur.be>",
        "List-Unsubscribe: <mailto:unsubscribe@netwerklokaalbestuur.be?subject=uitschrijven>,\n"
        " <https://netwerklokaalbestuur.be/uitschrijven>",
        "Precedence: bulk",
        "MIME-Version: 1.0",
    ]
    return message(headers, alt), label(
        "other",
        [],
        False,
        "HTML newsletter (List-Id, List-Unsubscribe, Precedence: bulk) in layout tables, inviting to another "
        "event with 'naam, organisatie en functie': mass mail, not a registration and not an auto-reply",
    )


# --------------------------------------------------------------------------- main


def main():
    if len(MESSAGES) != 45:
        raise SystemExit(f"expected 45 messages, have {len(MESSAGES)}")
    order = list(range(len(MESSAGES)))
    random.Random(1616).shuffle(order)
    for n, idx in enumerate(order, 1):
        raw, lab = MESSAGES[idx]()
        with open(os.path.join(OUT, f"{n:03d}.eml"), "wb") as f:
            f.write(to_wire(raw))
        with open(os.path.join(OUT, f"{n:03d}.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
