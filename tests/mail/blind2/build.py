#!/usr/bin/env python3
"""Build a blind test set of 45 labelled e-mails for the KCVS seminar registration parser.

Writes NNN.eml (raw RFC 5322, CRLF) and NNN.json (expected label) into the directory of
this script.  Stdlib only.  Deterministic: running it twice gives the same bytes.
"""

import hashlib
import html
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
CET = timezone(timedelta(hours=1))
LINDA = '"Linda Boudry" <linda.boudry@kcvs.be>'
INVITE_MID = "<6F0D2C1BA7E44C0E9B1D5A3F28C7E911@EXCH02.kcvs.local>"
INVITE_SUBJECT = (
    "Uitnodiging seminarie 'Stadsorganisaties in transitie' \u2013 vrijdag 7 december 2018"
)
CONFIRM_SUBJECT = "Bevestiging inschrijving seminarie 7 december"


# --------------------------------------------------------------------------- helpers


def d(day, month, hh, mm, ss=0):
    return format_datetime(datetime(2018, month, day, hh, mm, ss, tzinfo=CET))


def hexid(n, salt, length=32):
    return hashlib.sha1(f"{n}-{salt}".encode()).hexdigest()[:length].upper()


def mid(n, style, domain):
    h = hexid(n, style)
    if style == "exchange":
        return f"<{h}@{domain}>"
    if style == "o365":
        host = "DB6PR0" + h[:3] + "MB" + h[3:7]
        return f"<{host}{h[7:27]}@{host}.eurprd0{int(h[0], 16) % 9 + 1}.prod.outlook.com>"
    if style == "gmail":
        b = hashlib.sha1(f"{n}gm".encode()).digest()
        import base64

        tok = base64.b64encode(b + b[:9]).decode().rstrip("=").replace("/", "_")
        return f"<CA{tok[:46]}@mail.gmail.com>"
    if style == "apple":
        hl = h.lower()
        u = f"{hl[:8]}-{hl[8:12]}-{hl[12:16]}-{hl[16:20]}-{hl[20:32]}".upper()
        return f"<{u}@{domain}>"
    if style == "tb":
        hl = hexid(n, "tb").lower()
        return f"<{hl[:8]}-{hl[8:12]}-{hl[12:16]}-{hl[16:20]}-{hl[20:32]}@{domain}>"
    raise ValueError(style)


def linkify(s):
    """Escape a text line for HTML and turn e-mail addresses and URLs into links."""
    s = html.escape(s, quote=False)
    s = re.sub(
        r"([\w.+\'-]+@[\w-]+(?:\.[\w-]+)+)",
        lambda m: f'<a href="mailto:{m.group(1)}">{m.group(1)}</a>',
        s,
    )
    s = re.sub(
        r"(?<![/@\w])((?:https?://)?www\.[\w./-]+|https://[\w./-]+)",
        lambda m: '<a href="{}">{}</a>'.format(
            m.group(1) if m.group(1).startswith("http") else "http://" + m.group(1), m.group(1)
        ),
        s,
    )
    return s


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
\t{{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}}
a:visited, span.MsoHyperlinkFollowed
\t{{mso-style-priority:99;
\tcolor:#954F72;
\ttext-decoration:underline;}}
span.E-mailStijl17
\t{{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=NL-BE link="#0563C1" vlink="#954F72">
<div class=WordSection1>
"""


def mso_p(line, raw=False, style=None):
    if line == "":
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    body = line if raw else linkify(line)
    if style:
        body = f"<span style='{style}'>{body}</span>"
    return f"<p class=MsoNormal>{body}<o:p></o:p></p>"


def outlook_html(lines, cs="windows-1252", tail=""):
    """lines: list of str (escaped+linkified) or ('raw', html) tuples."""
    out = [OUTLOOK_HEAD.format(cs=cs)]
    for ln in lines:
        if isinstance(ln, tuple):
            out.append(ln[1])
        else:
            out.append(mso_p(ln))
    out.append(tail)
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def outlook_sig(lines, color="#1F3864"):
    out = []
    for i, ln in enumerate(lines):
        if ln == "":
            out.append(mso_p(""))
            continue
        b = linkify(ln)
        if i == 0:
            b = f"<b><span style='font-size:10.0pt;color:{color}'>{b}</span></b>"
        else:
            b = f"<span style='font-size:9.0pt;color:{color}'>{b}</span>"
        out.append(("raw", f"<p class=MsoNormal>{b}<o:p></o:p></p>"))
    return out


def disclaimer_html(text):
    return (
        "raw",
        "<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>"
        + html.escape(text, quote=False)
        + "<o:p></o:p></span></p>",
    )


def gmail_html(lines, sig=None):
    body = "<br>".join(linkify(x) for x in lines)
    s = f'<div dir="ltr">{body}'
    if sig:
        s += (
            '<br clear="all"><div><br></div>-- <br><div dir="ltr" class="gmail_signature" '
            'data-smartmail="gmail_signature"><div dir="ltr">'
            + "<br>".join(linkify(x) for x in sig)
            + "</div></div>"
        )
    return s + "</div>\n"


def gmail_html_divs(lines):
    parts = []
    for x in lines:
        parts.append("<div><br></div>" if x == "" else f"<div>{linkify(x)}</div>")
    return '<div dir="ltr">' + "".join(parts) + "</div>\n"


def apple_html(lines):
    parts = []
    for x in lines:
        if x == "":
            parts.append('<div class=""><br class=""></div>')
        elif isinstance(x, tuple):
            parts.append(x[1])
        else:
            parts.append(f'<div class="">{linkify(x)}</div>')
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
        + "".join(parts)
        + "</body></html>"
    )


def text(lines):
    return "\n".join(lines) + "\n"


def new(n, frm, to, subject, date, msgid, cc=None, extra=()):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def thread_index(n):
    import base64

    return base64.b64encode(hashlib.sha1(f"ti{n}".encode()).digest()[:22]).decode()


def ox(n, subject, lang="nl-BE"):
    return [
        ("Thread-Topic", subject.replace("RE: ", "").replace("FW: ", "")),
        ("Thread-Index", thread_index(n)),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


# ---------------------------------------------------------------------- the invitation

INVITE_LINES = [
    "Beste,",
    "",
    "Het Kenniscentrum Vlaamse Steden nodigt u van harte uit op het seminarie",
    "",
    "Stadsorganisaties in transitie",
    "vrijdag 7 december 2018",
    "Permeke, auditorium \u2013 De Coninckplein 26, 2060 Antwerpen",
    "",
    "9.30 uur: onthaal met koffie",
    "10.00 uur: start van het programma",
    "ca. 12.30 uur: broodjeslunch",
    "",
    "Steden veranderen snel: nieuwe taken, integratie van gemeente en OCMW, digitalisering en "
    "krappere budgetten vragen om wendbare organisaties. Op dit seminarie delen stadssecretarissen, "
    "HR-verantwoordelijken en onderzoekers hun ervaringen.",
    "",
    "Deelname is gratis. Inschrijven kan tot en met zondag 2 december 2018 met een e-mail aan "
    "linda.boudry@kcvs.be. Vermeld daarin:",
    "",
    "Naam:",
    "Stad / gemeente:",
    "Functie:",
    "E-mailadres:",
    "",
    "Met vriendelijke groeten,",
    "",
    "Linda Boudry",
    "Kenniscentrum Vlaamse Steden",
    "linda.boudry@kcvs.be | 02 211 55 00",
]


def invite_quoted_text(prefix="> "):
    return [(prefix + x).rstrip() if x else prefix.rstrip() for x in INVITE_LINES]


def invite_outlook_quote(to_line="Linda Boudry"):
    hdr = (
        "raw",
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
        "<p class=MsoNormal><b><span lang=NL style='mso-fareast-language:NL-BE'>Van:</span></b>"
        "<span lang=NL style='mso-fareast-language:NL-BE'> Linda Boudry &lt;linda.boudry@kcvs.be&gt; <br>"
        "<b>Verzonden:</b> maandag 12 november 2018 10:03<br>"
        f"<b>Aan:</b> {html.escape(to_line)}<br>"
        "<b>Onderwerp:</b> " + html.escape(INVITE_SUBJECT) + "<o:p></o:p></span></p>\n</div>",
    )
    out = [("raw", "<div>"), hdr, ""]
    for x in INVITE_LINES:
        if x == "Stadsorganisaties in transitie":
            out.append(
                (
                    "raw",
                    f"<p class=MsoNormal><b><span style='font-size:14.0pt;color:#C00000'>{x}</span></b><o:p></o:p></p>",
                )
            )
        else:
            out.append(x)
    out.append(("raw", "</div>"))
    return out


# ------------------------------------------------------------------------- messages

MSGS = []


def reg(*people):
    return [dict(name=p[0], municipality=p[1], function=p[2], email=p[3]) for p in people]


def add(n, msg, kind, registrants, needs_review, note, style):
    MSGS.append(
        (
            n,
            msg,
            dict(kind=kind, registrants=registrants, needs_review=needs_review, note=note),
            style,
        )
    )


def raw_msg(s):
    """A message given as raw text (LF in source) -> bytes with CRLF."""
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# 001 Outlook HTML-only, QP windows-1252, labelled paragraphs, long disclaimer --------------
n = 1
subj = "inschrijving seminarie 7/12"
m = new(
    n,
    '"Vermeersch H\u00e9l\u00e8ne" <helene.vermeersch@brugge.be>',
    LINDA,
    subj,
    d(13, 11, 9, 12, 41),
    mid(n, "exchange", "EXMBX03.brugge.local"),
    extra=ox(n, subj),
)
body = [
    "Dag Linda,",
    "",
    "Graag schrijf ik mij in voor het seminarie \u2018Stadsorganisaties in transitie\u2019 op vrijdag 7 december.",
    "",
    "Naam: H\u00e9l\u00e8ne Vermeersch",
    "Stad / gemeente: Stad Brugge",
    "Functie: beleidsadviseur organisatieontwikkeling",
    "E-mailadres: helene.vermeersch@brugge.be",
    "",
    "Alvast bedankt!",
    "H\u00e9l\u00e8ne",
    "",
]
body += outlook_sig(
    [
        "H\u00e9l\u00e8ne Vermeersch",
        "Beleidsadviseur organisatieontwikkeling",
        "Stad Brugge \u2013 Dienst Organisatiebeheersing",
        "Burg 12, 8000 Brugge",
        "T 050 44 81 27 | www.brugge.be",
    ]
)
body += [
    "",
    disclaimer_html(
        "DISCLAIMER: Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n) "
        "en kunnen vertrouwelijke informatie bevatten. Indien u dit bericht per vergissing ontvangen heeft, "
        "wordt u verzocht de afzender onmiddellijk te verwittigen en het bericht te vernietigen. Het is "
        "verboden dit bericht zonder toestemming te kopi\u00ebren, te verspreiden of te gebruiken. Stad Brugge "
        "kan niet aansprakelijk worden gesteld voor de volledige en correcte overbrenging van de informatie "
        "in dit bericht, noch voor vertraging in de ontvangst ervan. Uw persoonsgegevens (naam, functie, "
        "e-mailadres) worden verwerkt overeenkomstig de Algemene Verordening Gegevensbescherming; meer info "
        "via privacy@brugge.be."
    ),
]
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        (
            "H\u00e9l\u00e8ne Vermeersch",
            "Brugge",
            "beleidsadviseur organisatieontwikkeling",
            "helene.vermeersch@brugge.be",
        )
    ),
    False,
    'Outlook HTML-only (MsoNormal/<o:p>), quoted-printable windows-1252, labelled fields, "Stad Brugge" -> Brugge; '
    'long disclaimer that itself names "naam, functie, e-mailadres" and privacy@ address',
    "Outlook HTML-only QP cp1252, labelled fields + disclaimer",
)

# 002 Gmail from private address, work address in body, <br>-separated --------------------
n = 2
subj = "Inschrijving seminarie Stadsorganisaties in transitie"
lines = [
    "Beste mevrouw Boudry,",
    "",
    "Ik wil mij graag inschrijven voor het seminarie op 7 december in Permeke.",
    "",
    "Naam: Koen De Smet",
    "Stad / gemeente: Lokeren",
    "Functie: gemeenteraadslid",
    "E-mailadres: koen.desmet@lokeren.be",
    "",
    "Ik stuur dit vanaf mijn priv\u00e9adres, maar de bevestiging mag gerust naar mijn adres bij de stad hierboven.",
    "",
    "Met vriendelijke groeten",
    "Koen De Smet",
]
m = new(
    n,
    "Koen De Smet <koendesmet1976@gmail.com>",
    "linda.boudry@kcvs.be",
    subj,
    d(13, 11, 21, 47, 3),
    mid(n, "gmail", ""),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(gmail_html(lines), subtype="html", charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(("Koen De Smet", "Lokeren", "gemeenteraadslid", "koen.desmet@lokeren.be")),
    False,
    "Gmail from a private gmail address; the labelled E-mailadres in the body is the work address and is the one to record",
    "Gmail private address, work address in body, <br> lines",
)

# 003 Outlook HTML-only, 2-column key/value table, QP windows-1252 -------------------------
n = 3
subj = "Inschrijving 7 december"
m = new(
    n,
    '"Van Roy Anouk" <anouk.vanroy@leuven.be>',
    LINDA,
    subj,
    d(14, 11, 8, 31, 55),
    mid(n, "exchange", "SRV-EXCH01.leuven.local"),
    extra=ox(n, subj),
)
rows = [
    ("Naam", "Anouk Van Roy"),
    ("Stad / gemeente", "Leuven"),
    ("Functie", "teamcoach digitale dienstverlening"),
    ("E-mailadres", "anouk.vanroy@leuven.be"),
]
tbl = [
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
]
for k, v in rows:
    tbl.append(
        "<tr>\n<td width=170 valign=top style='width:127.6pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"<p class=MsoNormal><b>{k}<o:p></o:p></b></p>\n</td>\n"
        "<td width=340 valign=top style='width:255.2pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"<p class=MsoNormal>{linkify(v)}<o:p></o:p></p>\n</td>\n</tr>"
    )
tbl.append("</table>")
body = [
    "Hallo Linda,",
    "",
    "Hierbij mijn inschrijving voor het seminarie:",
    "",
    ("raw", "\n".join(tbl)),
    "",
    "Tot dan!",
    "Anouk",
    "",
]
body += outlook_sig(
    [
        "Anouk Van Roy",
        "Teamcoach digitale dienstverlening",
        "Stad Leuven | Professor Van Overstraetenplein 1 | 3000 Leuven",
        "T +32 16 27 22 48 | www.leuven.be",
    ],
    color="#E30613",
)
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        ("Anouk Van Roy", "Leuven", "teamcoach digitale dienstverlening", "anouk.vanroy@leuven.be")
    ),
    False,
    "Outlook HTML-only; the four fields are in a two-column Word table (label cell | value cell), no colons",
    "Outlook HTML-only, key/value table",
)

# 004 Numbered list, three colleagues, sender not attending --------------------------------
n = 4
subj = "Inschrijvingen stad Mechelen - seminarie 7 december"
lines = [
    "Beste Linda,",
    "",
    "Namens de dienst HR van stad Mechelen schrijf ik graag volgende collega's in voor het seminarie "
    "'Stadsorganisaties in transitie' van vrijdag 7 december:",
    "",
    "1. Jan Peeters \u2013 jurist \u2013 jan.peeters@mechelen.be",
    "2. Dorien Verbist \u2013 HR-businesspartner \u2013 dorien.verbist@mechelen.be",
    "3. Mohamed Azzouzi \u2013 co\u00f6rdinator interne communicatie \u2013 mohamed.azzouzi@mechelen.be",
    "",
    "Ikzelf kan er helaas niet bij zijn.",
    "",
    "Vriendelijke groeten,",
    "",
    "Sofie Wouters",
    "Administratief medewerker HR",
    "Stad Mechelen",
    "Grote Markt 21, 2800 Mechelen",
    "tel. 015 29 76 51",
]
m = new(
    n,
    '"Wouters Sofie" <sofie.wouters@mechelen.be>',
    LINDA,
    subj,
    d(14, 11, 14, 2, 10),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        ("Jan Peeters", "Mechelen", "jurist", "jan.peeters@mechelen.be"),
        ("Dorien Verbist", "Mechelen", "HR-businesspartner", "dorien.verbist@mechelen.be"),
        (
            "Mohamed Azzouzi",
            "Mechelen",
            "co\u00f6rdinator interne communicatie",
            "mohamed.azzouzi@mechelen.be",
        ),
    ),
    False,
    'numbered list "1. Name \u2013 function \u2013 email" (en dashes); municipality only in the intro sentence; '
    "the sender (HR secretary) explicitly does not attend and must not be registered",
    "plain text numbered list, 3 colleagues, sender not attending",
)

# 005 Paragraph naming two colleagues with their functions (Apple Mail) --------------------
n = 5
subj = "Inschrijving seminarie 7/12"
lines = [
    "Dag Linda,",
    "",
    "Op vraag van onze algemeen directeur schrijf ik twee collega's in voor het seminarie van 7 december: "
    "Annelies Claes, diensthoofd personeel en organisatie, en Pieter Goossens, HR-adviseur verandermanagement. "
    "Hun mailadressen zijn annelies.claes@hasselt.be en pieter.goossens@hasselt.be.",
    "",
    "Dank je wel,",
    "Griet",
    "",
    "Griet Jacobs",
    "Directiesecretariaat",
    "Stad Hasselt",
    "Limburgplein 1, 3500 Hasselt",
]
m = new(
    n,
    "Griet Jacobs <griet.jacobs@hasselt.be>",
    "Linda Boudry <linda.boudry@kcvs.be>",
    subj,
    d(15, 11, 11, 26, 37),
    mid(n, "apple", "hasselt.be"),
    extra=[("X-Mailer", "Apple Mail (2.3445.100.39)")],
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(apple_html(lines), subtype="html", charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        (
            "Annelies Claes",
            "Hasselt",
            "diensthoofd personeel en organisatie",
            "annelies.claes@hasselt.be",
        ),
        (
            "Pieter Goossens",
            "Hasselt",
            "HR-adviseur verandermanagement",
            "pieter.goossens@hasselt.be",
        ),
    ),
    False,
    "one running paragraph names two colleagues with functions, addresses in a separate sentence in the same order; "
    "sender (secretary) does not register herself; town only in signature",
    "Apple Mail, prose paragraph with 2 colleagues",
)

# 006 "Ik schrijf mezelf en mijn collega X (x@...) in" -----------------------------------
n = 6
subj = "Seminarie 7/12"
body = [
    "Hoi Linda,",
    "",
    "Ik schrijf mezelf en mijn collega Bram Vandenberghe (bram.vandenberghe@kortrijk.be) in voor het seminarie "
    "op 7/12. Bram is projectleider stadsvernieuwing.",
    "",
    "Groetjes,",
    "Lies",
    "",
]
body += outlook_sig(
    [
        "Lies Demeyere",
        "Stadsarchitect",
        "Stad Kortrijk \u2013 Grote Markt 54, 8500 Kortrijk",
        "T 056 27 84 10 | lies.demeyere@kortrijk.be",
    ],
    color="#00A0AF",
)
m = new(
    n,
    '"Demeyere Lies" <lies.demeyere@kortrijk.be>',
    LINDA,
    subj,
    d(15, 11, 16, 58, 2),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(outlook_html(body, cs="utf-8"), subtype="html", charset="utf-8", cte="base64")
add(
    n,
    m,
    "registration",
    reg(
        ("Lies Demeyere", "Kortrijk", "stadsarchitect", "lies.demeyere@kortrijk.be"),
        (
            "Bram Vandenberghe",
            "Kortrijk",
            "projectleider stadsvernieuwing",
            "bram.vandenberghe@kortrijk.be",
        ),
    ),
    False,
    'Outlook HTML-only base64: "mezelf en mijn collega X (address)"; sender\'s own name/function/town only in signature',
    "Outlook HTML-only base64, self + colleague",
)

# 007 Excel paste with header row, "NAAM Voornaam" ----------------------------------------
n = 7
subj = "Inschrijvingen Aalst seminarie Stadsorganisaties in transitie"
people7 = [
    ("DE BACKER Ellen", "Aalst", "directeur interne zaken", "ellen.debacker@aalst.be"),
    ("MERTENS Kristof", "Aalst", "diensthoofd ICT", "kristof.mertens@aalst.be"),
    ("VAN IMPE Nele", "Aalst", "stafmedewerker organisatiebeheersing", "nele.vanimpe@aalst.be"),
    ("D'HAESE Sven", "Aalst", "schepen van personeel", "sven.dhaese@aalst.be"),
]
hdr7 = ("Naam", "Stad / gemeente", "Functie", "E-mailadres")
tlines = (
    [
        "Beste Linda,",
        "",
        "Hieronder de inschrijvingen vanuit stad Aalst (rechtstreeks uit onze Excel-lijst gekopieerd):",
        "",
        "\t".join(hdr7),
    ]
    + ["\t".join(p) for p in people7]
    + [
        "",
        "Bedankt en tot de 7de,",
        "Nele",
        "",
        "Nele Van Impe",
        "Stafmedewerker organisatiebeheersing",
        "Stad Aalst",
        "Werfplein 1, 9300 Aalst",
    ]
)
xl = [
    "<table border=0 cellpadding=0 cellspacing=0 width=620 style='width:465pt;border-collapse:collapse'>",
    "<tr style='height:15.0pt'>",
]
for h in hdr7:
    xl.append(
        f"<td nowrap style='background:#D9E1F2;border:solid windowtext 1.0pt;padding:0cm 3.5pt 0cm 3.5pt;height:15.0pt'>"
        f"<p class=MsoNormal><b><span style='color:black;mso-fareast-language:NL-BE'>{h}<o:p></o:p></span></b></p></td>"
    )
xl.append("</tr>")
for p in people7:
    xl.append("<tr style='height:15.0pt'>")
    for v in p:
        xl.append(
            "<td nowrap valign=bottom style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 3.5pt 0cm 3.5pt;height:15.0pt'>"
            f"<p class=MsoNormal><span style='color:black;mso-fareast-language:NL-BE'>{html.escape(v)}<o:p></o:p></span></p></td>"
        )
    xl.append("</tr>")
xl.append("</table>")
body = [
    "Beste Linda,",
    "",
    "Hieronder de inschrijvingen vanuit stad Aalst (rechtstreeks uit onze Excel-lijst gekopieerd):",
    "",
    ("raw", "\n".join(xl)),
    "",
    "Bedankt en tot de 7de,",
    "Nele",
    "",
]
body += outlook_sig(
    [
        "Nele Van Impe",
        "Stafmedewerker organisatiebeheersing",
        "Stad Aalst",
        "Werfplein 1, 9300 Aalst",
    ]
)
m = new(
    n,
    '"Van Impe Nele" <nele.vanimpe@aalst.be>',
    LINDA,
    subj,
    d(16, 11, 10, 4, 48),
    mid(n, "exchange", "MBX01.aalst.local"),
    extra=ox(n, subj),
)
m.set_content(text(tlines), charset="windows-1252", cte="quoted-printable")
m.add_alternative(
    outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable"
)
add(
    n,
    m,
    "registration",
    reg(
        ("Ellen De Backer", "Aalst", "directeur interne zaken", "ellen.debacker@aalst.be"),
        ("Kristof Mertens", "Aalst", "diensthoofd ICT", "kristof.mertens@aalst.be"),
        ("Nele Van Impe", "Aalst", "stafmedewerker organisatiebeheersing", "nele.vanimpe@aalst.be"),
        ("Sven D'Haese", "Aalst", "schepen van personeel", "sven.dhaese@aalst.be"),
    ),
    False,
    "Excel paste: header row Naam/Stad/Functie/E-mailadres then 4 rows; tab-separated in text/plain, Excel-styled table in "
    'HTML; names as "SURNAME Firstname" (incl. VAN IMPE, D\'HAESE); the sender is one of the four',
    "Excel paste (tabs + HTML table), 4 people, SURNAME Firstname",
)

# 008 Separate labelled blocks per person ---------------------------------------------
n = 8
subj = "Inschrijving seminarie - 2 personen stad Genk"
lines = [
    "Beste,",
    "",
    "Wij schrijven ons graag in met twee personen.",
    "",
    "Deelnemer 1",
    "Naam: Vanessa Pirotte",
    "Stad / gemeente: Genk",
    "Functie: afdelingshoofd strategie en organisatie",
    "E-mailadres: vanessa.pirotte@genk.be",
    "",
    "Deelnemer 2",
    "Naam: Ilse Lenaerts",
    "Stad / gemeente: Genk",
    "Functie: interne auditor",
    "E-mailadres: ilse.lenaerts@genk.be",
    "",
    "Met vriendelijke groet,",
    "Vanessa Pirotte",
    "Stad Genk | Stadsplein 1, 3600 Genk | 089 65 32 11",
]
m = new(
    n,
    '"Pirotte Vanessa" <vanessa.pirotte@genk.be>',
    LINDA,
    subj,
    d(16, 11, 13, 40, 19),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="iso-8859-1", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines, cs="iso-8859-1"),
    subtype="html",
    charset="iso-8859-1",
    cte="quoted-printable",
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "Vanessa Pirotte",
            "Genk",
            "afdelingshoofd strategie en organisatie",
            "vanessa.pirotte@genk.be",
        ),
        ("Ilse Lenaerts", "Genk", "interne auditor", "ilse.lenaerts@genk.be"),
    ),
    False,
    'two complete labelled blocks headed "Deelnemer 1/2"; iso-8859-1',
    "labelled block per person, 2 people",
)

# 009 Seven people, <br>-separated semicolon lines in Outlook HTML --------------------------
n = 9
subj = "Inschrijving delegatie stad Antwerpen (7 personen) - seminarie 7/12"
people9 = [
    ("Bart Segers", "bedrijfsdirecteur personeel en organisatie", "bart.segers@antwerpen.be"),
    ("Ann Wuyts", "programmamanager organisatieontwikkeling", "ann.wuyts@antwerpen.be"),
    ("Karim Benali", "HR-consultant", "karim.benali@antwerpen.be"),
    ("Evi Van Hoof", "stafmedewerker bestuurszaken", "evi.vanhoof@antwerpen.be"),
    ("Dries Geerts", "data-analist", "dries.geerts@antwerpen.be"),
    ("Marieke Thys", "juriste", "marieke.thys@antwerpen.be"),
    ("Steven Aerts", "teamleider interne communicatie", "steven.aerts@antwerpen.be"),
]
plines = "<br>\n".join(linkify("; ".join(p)) for p in people9)
body = [
    "Beste Linda,",
    "",
    "Omdat het seminarie bij ons in Antwerpen doorgaat, komen we graag met een delegatie van zeven mensen. "
    "Hieronder hun gegevens (naam; functie; e-mailadres), allen van stad Antwerpen:",
    "",
    ("raw", f"<p class=MsoNormal>{plines}<o:p></o:p></p>"),
    "",
    "Groeten,",
    "Bart",
    "",
]
body += outlook_sig(
    [
        "Bart Segers",
        "Bedrijfsdirecteur Personeel en Organisatie",
        "Stad Antwerpen",
        "Grote Markt 1, 2000 Antwerpen",
        "www.antwerpen.be",
    ],
    color="#CF0039",
)
m = new(
    n,
    '"Segers Bart" <bart.segers@antwerpen.be>',
    LINDA,
    subj,
    d(19, 11, 9, 5, 30),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(*[(p[0], "Antwerpen", p[1], p[2]) for p in people9]),
    False,
    'seven people in one mail, one "name; function; email" line each separated by <br> inside a single MsoNormal paragraph; '
    "municipality stated once for all. Decision: needs_review false - every entry is complete and unambiguous, the sender "
    "is one of the seven and asks nothing; the number of seats per city is an organiser policy (like lateness), not a parse doubt",
    'Outlook HTML-only, 7 people as <br> lines "name; function; email"',
)

# 010 "VAN DE VELDE Griet" ------------------------------------------------------------
n = 10
subj = "Inschrijving"
body = [
    "Goeiemiddag,",
    "",
    "Hierbij mijn inschrijving voor vrijdag 7 december:",
    "",
    (
        "raw",
        "<p class=MsoNormal>Naam: VAN DE VELDE Griet<br>Stad/gemeente: Oostende<br>"
        'Functie: afdelingshoofd Burgerzaken<br>E-mail: <a href="mailto:griet.vandevelde@oostende.be">'
        "griet.vandevelde@oostende.be</a><o:p></o:p></p>",
    ),
    "",
    "Vriendelijke groeten,",
    "",
]
body += outlook_sig(
    [
        "VAN DE VELDE Griet",
        "Afdelingshoofd Burgerzaken",
        "Stad Oostende | Vindictivelaan 1, 8400 Oostende",
        "T 059 80 55 00",
    ]
)
m = new(
    n,
    '"VAN DE VELDE Griet" <griet.vandevelde@oostende.be>',
    LINDA,
    subj,
    d(19, 11, 12, 48, 51),
    mid(n, "exchange", "OSTEXCH02.oostende.local"),
    extra=ox(n, subj),
)
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        (
            "Griet Van de Velde",
            "Oostende",
            "afdelingshoofd Burgerzaken",
            "griet.vandevelde@oostende.be",
        )
    ),
    False,
    'name written "VAN DE VELDE Griet" (surname in capitals first, particle surname) in body, signature and display name; '
    'fields as <br> lines inside one paragraph; label "E-mail:" rather than E-mailadres',
    "Outlook HTML-only, SURNAME Firstname with particles",
)

# 011 Prof. dr. Katrien de Clercq, university, not a municipality ----------------------------
n = 11
subj = "Inschrijving seminarie 7 december 2018"
lines = [
    "Geachte mevrouw Boudry,",
    "",
    "Graag had ik mij ingeschreven voor het seminarie 'Stadsorganisaties in transitie'.",
    "",
    "Naam: Prof. dr. Katrien de Clercq",
    "Stad / gemeente: n.v.t. (Universiteit Gent, vakgroep Politieke Wetenschappen)",
    "Functie: hoofddocent bestuurskunde",
    "E-mailadres: Katrien.DeClercq@UGent.be",
    "",
    "Met vriendelijke groeten,",
    "",
    "Prof. dr. Katrien de Clercq",
    "Vakgroep Politieke Wetenschappen \u2013 Universiteit Gent",
    "Universiteitstraat 8, 9000 Gent",
    "tel. +32 9 264 68 00",
]
m = new(
    n,
    "Katrien De Clercq <Katrien.DeClercq@UGent.be>",
    "linda.boudry@kcvs.be",
    subj,
    d(20, 11, 17, 15, 6),
    mid(n, "tb", "UGent.be"),
    extra=[
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
        ),
        ("Content-Language", "nl"),
    ],
)
m.set_content(text(lines), charset="utf-8", cte="8bit")
add(
    n,
    m,
    "registration",
    reg(
        (
            "Katrien de Clercq",
            "Universiteit Gent",
            "hoofddocent bestuurskunde",
            "katrien.declercq@ugent.be",
        )
    ),
    False,
    'titles "Prof. dr." to drop, lower-case particle "de Clercq" (display name writes "De Clercq"); Stad/gemeente "n.v.t." '
    'with the university given - non-municipal organisation as written (not "Gent" from the postal address); '
    "mixed-case address lower-cased; Thunderbird plain text 8bit",
    "Thunderbird plain text, Prof. dr., university not a town",
)

# 012 ir. Wim D'Hooge, Outlook HTML + vCard attachment ------------------------------------
n = 12
subj = "Inschrijving seminarie Stadsorganisaties in transitie"
body = [
    "Dag mevrouw Boudry,",
    "",
    "Ik schrijf mij graag in voor het seminarie van 7 december.",
    "",
    (
        "raw",
        "<p class=MsoNormal>Naam: ir. Wim D'Hooge<o:p></o:p></p>\n"
        "<p class=MsoNormal>Stad: Sint-Niklaas<o:p></o:p></p>\n"
        "<p class=MsoNormal>Functie: ingenieur-directeur Openbaar Domein<o:p></o:p></p>\n"
        '<p class=MsoNormal>Mail: <a href="mailto:wim.dhooge@sint-niklaas.be">wim.dhooge@sint-niklaas.be</a><o:p></o:p></p>',
    ),
    "",
    "Mijn visitekaartje zit in bijlage.",
    "",
    "Met vriendelijke groeten,",
    "",
]
body += outlook_sig(
    [
        "ir. Wim D'Hooge",
        "Ingenieur-directeur",
        "Departement Openbaar Domein \u2013 Stad Sint-Niklaas",
        "Grote Markt 1, 9100 Sint-Niklaas",
    ]
)
m = new(
    n,
    '"D\'Hooge Wim" <wim.dhooge@sint-niklaas.be>',
    LINDA,
    subj,
    d(20, 11, 8, 7, 22),
    mid(n, "exchange", "EXCH-SN01.sint-niklaas.local"),
    extra=ox(n, subj),
)
m.set_content(outlook_html(body, cs="utf-8"), subtype="html", charset="utf-8", cte="base64")
vcard = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=nl-be:D'Hooge;Wim\r\nFN:ir. Wim D'Hooge\r\n"
    "ORG:Stad Sint-Niklaas;Departement Openbaar Domein\r\nTITLE:Ingenieur-directeur\r\n"
    "TEL;WORK;VOICE:+32 3 778 30 00\r\nADR;WORK;PREF:;;Grote Markt 1;Sint-Niklaas;;9100;Belgi\u00eb\r\n"
    "EMAIL;PREF;INTERNET:wim.dhooge@sint-niklaas.be\r\nREV:20181120T070000Z\r\nEND:VCARD\r\n"
)
m.add_attachment(
    vcard, subtype="x-vcard", charset="utf-8", cte="quoted-printable", filename="Wim D'Hooge.vcf"
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "Wim D'Hooge",
            "Sint-Niklaas",
            "ingenieur-directeur Openbaar Domein",
            "wim.dhooge@sint-niklaas.be",
        )
    ),
    False,
    'title "ir." to drop, apostrophe surname D\'Hooge; multipart/mixed: Outlook HTML (base64 utf-8) plus a .vcf business '
    'card attachment repeating the data; labels "Stad:" and "Mail:"',
    "Outlook HTML base64 + vCard attachment, ir. D'Hooge",
)

# 013 Name only in the signature ----------------------------------------------------
n = 13
subj = "Seminarie 7 december"
lines = [
    "Dag Linda,",
    "",
    "Ik had graag deelgenomen aan het seminarie van 7 december. Mag je me inschrijven?",
    "",
    "Bedankt!",
    "",
    "Met vriendelijke groet",
    "",
    "Tom Vercammen",
    "beleidsmedewerker strategische planning",
    "Stad Turnhout \u2013 Campus Blairon 200, 2300 Turnhout",
    "T 014 44 33 63",
]
body = lines[:8] + outlook_sig(lines[8:])
m = new(
    n,
    '"Vercammen Tom" <tom.vercammen@turnhout.be>',
    LINDA,
    subj,
    d(21, 11, 10, 22, 44),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(body, cs="utf-8"), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "Tom Vercammen",
            "Turnhout",
            "beleidsmedewerker strategische planning",
            "tom.vercammen@turnhout.be",
        )
    ),
    False,
    "no labelled fields at all: a one-line request, name/function/town only in the signature, address = sender",
    "Outlook alt, no fields, data only in signature",
)

# 014 Display name differs from the signed/registered name ------------------------------
n = 14
subj = "Inschrijving seminarie vrijdag 7/12"
lines = [
    "Hallo Linda,",
    "",
    "Ik kom graag naar het seminarie op 7 december.",
    "",
    "Naam: Rik Maes",
    "Stad / gemeente: Roeselare",
    "Functie: algemeen directeur",
    "E-mailadres: hendrik.maes@roeselare.be",
    "",
    "Groeten,",
    "Rik",
    "",
    "Rik Maes",
    "Algemeen directeur",
    "Stad Roeselare",
    "Botermarkt 2, 8800 Roeselare",
]
m = new(
    n,
    '"Maes Hendrik" <hendrik.maes@roeselare.be>',
    LINDA,
    subj,
    d(21, 11, 15, 31, 9),
    mid(n, "exchange", "RSLEXCH01.roeselare.local"),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines[:12] + outlook_sig(lines[12:]), cs="utf-8"),
    subtype="html",
    charset="utf-8",
    cte="quoted-printable",
)
add(
    n,
    m,
    "registration",
    reg(("Rik Maes", "Roeselare", "algemeen directeur", "hendrik.maes@roeselare.be")),
    False,
    'display name "Maes Hendrik" (official first name) differs from the name he writes and signs with ("Rik Maes"); '
    "record the name as written in the Naam field",
    "display name differs from written name",
)

# 015 secretariaat@ on behalf of the burgemeester, her address given --------------------
n = 15
subj = "Deelname burgemeester - seminarie 7 december"
body = [
    "Geachte mevrouw Boudry,",
    "",
    "In naam van burgemeester Hilde Vanstraelen bevestig ik haar deelname aan het seminarie "
    "\u2018Stadsorganisaties in transitie\u2019 op vrijdag 7 december 2018.",
    "",
    "Naam: Hilde Vanstraelen",
    "Stad / gemeente: Sint-Truiden",
    "Functie: burgemeester",
    "E-mailadres: hilde.vanstraelen@sint-truiden.be",
    "",
    "Met vriendelijke groeten,",
    "",
]
body += outlook_sig(
    [
        "Kathleen Houben",
        "Kabinetsmedewerker \u2013 secretariaat burgemeester",
        "Stad Sint-Truiden",
        "Kazernestraat 13, 3800 Sint-Truiden",
        "T 011 70 12 34 | secretariaat.burgemeester@sint-truiden.be",
    ]
)
m = new(
    n,
    '"Secretariaat Burgemeester" <secretariaat.burgemeester@sint-truiden.be>',
    LINDA,
    subj,
    d(22, 11, 9, 44, 17),
    mid(n, "exchange", "EXCH01.sint-truiden.local"),
    extra=ox(n, subj),
)
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(("Hilde Vanstraelen", "Sint-Truiden", "burgemeester", "hilde.vanstraelen@sint-truiden.be")),
    False,
    "generic secretariaat@ mailbox registers the burgemeester; the staff member who writes (signature) is not a "
    "registrant; the burgemeester's own address is given in the fields",
    "generic secretariaat@ for burgemeester, Outlook HTML-only",
)

# 016 info@ on behalf of a schepen, no personal address -----------------------------------
n = 16
subj = "Seminarie Stadsorganisaties in transitie - deelname schepen"
lines = [
    "Goedemiddag,",
    "",
    "Schepen Dirk Vandenbroeck (schepen van personeel, organisatie en ICT) wenst deel te nemen aan het "
    "seminarie van 7 december in Antwerpen.",
    "",
    "Met vriendelijke groeten,",
    "",
    "Onthaal gemeente Herent",
    "Gemeenteplein 1, 3020 Herent",
    "016 85 20 00 \u2013 info@herent.be",
]
m = new(
    n,
    '"Gemeente Herent" <info@herent.be>',
    "linda.boudry@kcvs.be",
    subj,
    d(22, 11, 13, 3, 58),
    mid(n, "exchange", "mail.herent.be"),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(("Dirk Vandenbroeck", "Herent", "schepen van personeel, organisatie en ICT", None)),
    False,
    "info@ mailbox registers a schepen; no address is given for him and the sender is not him, so email null "
    "(info@herent.be belongs to the reception desk, not the registrant); function only in parentheses",
    "info@ on behalf of schepen, email null",
)

# 017 bestuurszaken@ on behalf of a schepen who is in Cc -----------------------------------
n = 17
subj = "Inschrijving seminarie 7/12 - schepen Verlinden"
lines = [
    "Beste,",
    "",
    "Schepen An Verlinden (in cc) neemt graag deel aan het seminarie van vrijdag 7 december. "
    "Zij is schepen van personeel en interne organisatie.",
    "",
    "Vriendelijke groeten",
    "",
    "Team Bestuurszaken",
    "Stad Lier",
    "Paradeplein 2, 2500 Lier",
]
m = new(
    n,
    '"Bestuurszaken Lier" <bestuurszaken@lier.be>',
    LINDA,
    subj,
    d(23, 11, 11, 12, 33),
    mid(n, "o365", ""),
    cc='"Verlinden An" <an.verlinden@lier.be>',
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines, cs="utf-8"), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "An Verlinden",
            "Lier",
            "schepen van personeel en interne organisatie",
            "an.verlinden@lier.be",
        )
    ),
    False,
    'bestuurszaken@ mailbox registers a schepen "(in cc)": her address comes from the Cc header; town only in the '
    "team signature",
    "generic bestuurszaken@, registrant address in Cc",
)

# 018 telenet private address, town only in prose/signature ------------------------------
n = 18
subj = "inschrijving 7 dec"
lines = [
    "Dag mevrouw Boudry,",
    "",
    "Als gemeenteraadslid in Zoersel ben ik erg ge\u00efnteresseerd in het seminarie van 7 december in Permeke. "
    "Graag schrijf ik mij in.",
    "",
    "Vriendelijke groet,",
    "Marc Lauwers",
    "gemeenteraadslid Zoersel",
    "0476 31 88 20",
]
m = new(
    n,
    "Marc Lauwers <marc.lauwers@telenet.be>",
    "linda.boudry@kcvs.be",
    subj,
    d(23, 11, 20, 16, 45),
    mid(n, "tb", "telenet.be"),
    extra=[("User-Agent", "Roundcube Webmail/1.3.6"), ("X-Sender", "marc.lauwers@telenet.be")],
)
m.set_content(text(lines), charset="iso-8859-1", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(("Marc Lauwers", "Zoersel", "gemeenteraadslid", "marc.lauwers@telenet.be")),
    False,
    'private telenet address (the only address, so it is his); municipality only in prose "gemeenteraadslid in Zoersel" '
    "and signature; iso-8859-1 QP",
    "telenet webmail, politician, town in prose",
)

# 019 skynet private address, work address explicitly in fields (Apple Mail HTML-only) -----
n = 19
subj = "Inschrijving seminarie"
lines = [
    "Beste Linda,",
    "",
    "Onze mailserver ligt er vandaag uit, daarom stuur ik mijn inschrijving vanop mijn priv\u00e9adres.",
    "",
    "Naam: Geert Van Damme",
    "Stad / gemeente: Ieper",
    "Functie: stafmedewerker bestuursondersteuning",
    "E-mailadres: geert.vandamme@ieper.be",
    "",
    "Gelieve de bevestiging naar mijn werkadres te sturen.",
    "",
    "Groeten,",
    "Geert",
]
m = new(
    n,
    "g.vandamme@skynet.be",
    "Linda Boudry <linda.boudry@kcvs.be>",
    subj,
    d(26, 11, 7, 52, 8),
    mid(n, "apple", "skynet.be"),
    extra=[("X-Mailer", "Apple Mail (2.3445.9.1)")],
)
m.set_content(apple_html(lines), subtype="html", charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        (
            "Geert Van Damme",
            "Ieper",
            "stafmedewerker bestuursondersteuning",
            "geert.vandamme@ieper.be",
        )
    ),
    False,
    "Apple Mail HTML-only from a private skynet address with no display name; the work address in the fields is the one "
    "to record (he asks the confirmation to go there, which is what the label records)",
    "Apple Mail HTML-only, private skynet sender, work address in body",
)

# 020 French, Ville de Bruxelles -----------------------------------------------------
n = 20
subj = "Inscription s\u00e9minaire 7 d\u00e9cembre"
lines = [
    "Madame Boudry,",
    "",
    "Je souhaite m\u2019inscrire au s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb du vendredi 7 d\u00e9cembre.",
    "",
    "Nom : Sophie Lambert",
    "Commune : Ville de Bruxelles",
    "Fonction : conseill\u00e8re en organisation",
    "Courriel : sophie.lambert@brucity.be",
    "",
    "Je comprends le n\u00e9erlandais, pas de souci pour la langue.",
    "",
    "Bien cordialement,",
    "",
    "Sophie Lambert",
    "Conseill\u00e8re en organisation \u2013 D\u00e9partement Organisation",
    "Ville de Bruxelles | Boulevard Anspach 6, 1000 Bruxelles",
    "T +32 2 279 22 11",
]
m = new(
    n,
    "Lambert Sophie <sophie.lambert@brucity.be>",
    LINDA,
    subj,
    d(26, 11, 14, 20, 31),
    mid(n, "exchange", "BXLEXCH03.brucity.local"),
    extra=ox(n, subj, "fr-BE"),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines[:13] + outlook_sig(lines[13:]), cs="utf-8"),
    subtype="html",
    charset="utf-8",
    cte="quoted-printable",
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "Sophie Lambert",
            "Brussel",
            "conseill\u00e8re en organisation",
            "sophie.lambert@brucity.be",
        )
    ),
    False,
    'French labels Nom/Commune/Fonction/Courriel with space before colon; "Ville de Bruxelles" -> Brussel',
    "French (Brussels), labelled fields",
)

# 021 French, Ville de Namur, two people ----------------------------------------------
n = 21
subj = "Inscription de deux personnes - s\u00e9minaire du 7 d\u00e9cembre"
lines = [
    "Bonjour Madame Boudry,",
    "",
    "Nous souhaitons inscrire deux personnes de la Ville de Namur au s\u00e9minaire du 7 d\u00e9cembre :",
    "",
    "- Nom : Olivier Dumont",
    "  Fonction : directeur g\u00e9n\u00e9ral adjoint",
    "  Courriel : olivier.dumont@ville.namur.be",
    "",
    "- Nom : Nathalie Collard",
    "  Fonction : responsable du service GRH",
    "  Courriel : nathalie.collard@ville.namur.be",
    "",
    "Merci d\u2019avance et \u00e0 bient\u00f4t \u00e0 Anvers.",
    "",
    "Olivier Dumont",
    "Directeur g\u00e9n\u00e9ral adjoint",
    "Ville de Namur",
    "H\u00f4tel de Ville, 5000 Namur",
]
m = new(
    n,
    "Olivier Dumont <olivier.dumont@ville.namur.be>",
    "linda.boudry@kcvs.be",
    subj,
    d(27, 11, 9, 2, 14),
    mid(n, "o365", ""),
    extra=ox(n, subj, "fr-BE"),
)
m.set_content(text(lines), charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        (
            "Olivier Dumont",
            "Namen",
            "directeur g\u00e9n\u00e9ral adjoint",
            "olivier.dumont@ville.namur.be",
        ),
        (
            "Nathalie Collard",
            "Namen",
            "responsable du service GRH",
            "nathalie.collard@ville.namur.be",
        ),
    ),
    False,
    'French, two dash-led blocks without a commune line each; "Ville de Namur" in the intro -> Namen; '
    '"Anvers" in the closing is the venue, not their town',
    "French (Namur), 2 blocks",
)

# 022 French HTML table with separate Nom / Prénom columns, cabinet mailbox ---------------
n = 22
subj = "Inscriptions s\u00e9minaire KCVS 07/12"
cols = ["Nom", "Pr\u00e9nom", "Commune", "Fonction", "Courriel"]
rows22 = [
    ["MATHIEU", "Julie", "Schaerbeek", "\u00e9chevine du Personnel", "jmathieu@1030.be"],
    ["NGOMA", "Patrick", "Schaerbeek", "secr\u00e9taire communal", "pngoma@1030.be"],
]
t = [
    '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">',
    "<tr>" + "".join(f'<th style="background:#eeeeee">{c}</th>' for c in cols) + "</tr>",
]
for r in rows22:
    t.append("<tr>" + "".join(f"<td>{linkify(c)}</td>" for c in r) + "</tr>")
t.append("</table>")
lines_pre = [
    "Madame,",
    "",
    "Je souhaite inscrire l\u2019\u00e9chevine du Personnel et notre secr\u00e9taire communal au s\u00e9minaire "
    "\u00ab Stadsorganisaties in transitie \u00bb du 7 d\u00e9cembre. Vous trouverez leurs coordonn\u00e9es ci-dessous.",
    "",
]
lines_post = [
    "",
    "Avec mes remerciements,",
    "",
    "Malika Bensa\u00efd",
    "Collaboratrice de cabinet",
    "Cabinet de l\u2019\u00e9chevine Julie Mathieu \u2013 Commune de Schaerbeek",
    "Place Colignon, 1030 Schaerbeek",
]
hbody = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
    + "".join("<div><br></div>" if x == "" else f"<div>{linkify(x)}</div>" for x in lines_pre)
    + "\n".join(t)
    + "".join("<div><br></div>" if x == "" else f"<div>{linkify(x)}</div>" for x in lines_post)
    + "</body></html>\n"
)
ptext = text(lines_pre + ["\t".join(cols)] + ["\t".join(r) for r in rows22] + lines_post)
m = new(
    n,
    '"Cabinet Mathieu" <cabinet.mathieu@1030.be>',
    "linda.boudry@kcvs.be",
    subj,
    d(27, 11, 15, 47, 0),
    mid(n, "tb", "1030.be"),
    extra=[
        ("X-Mailer", "Zimbra 8.8.9_GA_3019 (ZimbraWebClient - GC70 (Win)/8.8.9_GA_3019)"),
        ("Thread-Topic", subj),
    ],
)
m.set_content(ptext, charset="utf-8", cte="quoted-printable")
m.add_alternative(hbody, subtype="html", charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        ("Julie Mathieu", "Schaarbeek", "\u00e9chevine du Personnel", "jmathieu@1030.be"),
        ("Patrick Ngoma", "Schaarbeek", "secr\u00e9taire communal", "pngoma@1030.be"),
    ),
    False,
    'French HTML table with separate Nom and Pr\u00e9nom columns (surname in capitals); "Schaerbeek" -> Schaarbeek; '
    "sent from a cabinet mailbox by a collaborator who is not a registrant (her name and the \u00e9chevine's name also appear in the signature)",
    "French HTML table Nom|Pr\u00e9nom split, cabinet mailbox",
)

# 023 English, international city network -------------------------------------------
n = 23
subj = "Registration - seminar 7 December (Stadsorganisaties in transitie)"
lines = [
    "Dear Ms Boudry,",
    "",
    "Thank you for the invitation, which our member city Ghent forwarded to us. I would be glad to attend the "
    "seminar on 7 December in Antwerp.",
    "",
    "Name: Laura Bianchi",
    "Organisation: European Network of Mid-sized Cities (ENMC), Brussels office",
    "Position: Policy Officer, Governance & Public Administration",
    "Email: laura.bianchi@enmc.eu",
    "",
    "I understand the seminar will be in Dutch; that is fine, I follow it reasonably well.",
    "",
    "Kind regards,",
    "",
    "Laura Bianchi",
    "Policy Officer | European Network of Mid-sized Cities",
    "Square de Meeus 1, 1000 Brussels",
    "www.enmc.eu | @ENMC_cities",
]
m = new(
    n,
    "Laura Bianchi <laura.bianchi@enmc.eu>",
    LINDA,
    subj,
    d(28, 11, 10, 33, 12),
    mid(n, "gmail", ""),
)
m.set_content(text(lines), charset="utf-8", cte="7bit")
m.add_alternative(
    gmail_html(lines[:13], sig=lines[13:]), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "Laura Bianchi",
            "European Network of Mid-sized Cities (ENMC)",
            "Policy Officer, Governance & Public Administration",
            "laura.bianchi@enmc.eu",
        )
    ),
    False,
    "English; non-municipal organisation kept as written; Ghent, Antwerp and Brussels all appear but none is her employer",
    "English, international network (not a town)",
)

# 024 Mixed Dutch/English, Gmail-style from stad.gent, emoji --------------------------------
n = 24
subj = "Registration / inschrijving 7/12"
lines = [
    "Hi Linda,",
    "",
    "I'd like to register voor het seminarie op 7 december \u2013 sorry for mixing languages, mijn Nederlands is "
    "nog work in progress \U0001f642",
    "",
    "Name / naam: Rachel O'Connor",
    "City: Ghent",
    "Functie: international relations officer",
    "E-mail: rachel.oconnor@stad.gent",
    "",
    "Thanks a lot & tot dan!",
    "Rachel",
]
sig = [
    "Rachel O'Connor",
    "International Relations Officer",
    "Stad Gent \u2013 Dienst Internationale Relaties",
    "Stadhuis, Botermarkt 1, 9000 Gent",
]
m = new(
    n,
    "Rachel O'Connor <rachel.oconnor@stad.gent>",
    "linda.boudry@kcvs.be",
    subj,
    d(28, 11, 16, 5, 40),
    mid(n, "gmail", ""),
)
m.set_content(text([*lines, "", "-- ", *sig]), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    gmail_html_divs(lines)[:-7] + '<br clear="all"><div><br></div>-- <br><div dir="ltr" '
    'class="gmail_signature">' + "<br>".join(linkify(x) for x in sig) + "</div></div>\n",
    subtype="html",
    charset="utf-8",
    cte="quoted-printable",
)
add(
    n,
    m,
    "registration",
    reg(("Rachel O'Connor", "Gent", "international relations officer", "rachel.oconnor@stad.gent")),
    False,
    'mixed English/Dutch labels (Name / naam, City, Functie, E-mail), "Ghent" -> Gent, emoji, Gmail <div dir="ltr"> with '
    "one <div> per line, apostrophe surname",
    "mixed NL/EN, Gmail divs, emoji",
)

# 025 Heavy noise: phone, postal address, links, emoji, vCard-like signature, disclaimer ----
n = 25
subj = "\U0001f4c5 Inschrijving 7/12 - Stadsorganisaties in transitie"
lines = [
    "Dag Linda \U0001f44b",
    "",
    "Hierbij mijn inschrijving voor 7/12 (info gevonden via https://www.kcvs.be/agenda/stadsorganisaties-in-transitie):",
    "",
    "Naam: Jolien Cooreman",
    "Stad / gemeente: Dendermonde",
    "Functie: directeur ondersteunende diensten",
    "E-mailadres: jolien.cooreman@dendermonde.be",
    "GSM (op de dag zelf): +32 (0)475 61 22 90",
    "",
    "Ik kom met de trein tot Antwerpen-Centraal, dus geen parking nodig \U0001f60a",
    "",
    "Groetjes!",
    "",
    "--",
    "Jolien Cooreman",
    "Directeur ondersteunende diensten",
    "Stad Dendermonde",
    "Adres: Franz Courtensstraat 11, 9200 Dendermonde",
    "Tel.: +32 52 21 39 56 | GSM: +32 475 61 22 90",
    "E-mail: jolien.cooreman@dendermonde.be",
    "Web: www.dendermonde.be | Facebook: https://www.facebook.com/stad.dendermonde",
    "",
    "\u267b Denk aan het milieu voor je deze e-mail afdrukt.",
    "",
    "Deze e-mail en alle bijgevoegde bestanden zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Stad Dendermonde verwerkt uw persoonsgegevens (naam, functie, e-mailadres, telefoonnummer) conform de AVG. "
    "Heeft u een vraag over uw gegevens? Contacteer onze DPO via privacy@dendermonde.be. This e-mail and any "
    "attachments are confidential and intended solely for the addressee. If you have received it in error, "
    "please notify the sender and delete it.",
]
m = new(
    n,
    "Jolien Cooreman <jolien.cooreman@dendermonde.be>",
    LINDA,
    subj,
    d(29, 11, 12, 11, 26),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(
        lines[:14] + outlook_sig(lines[15:22]) + ["", lines[23], "", disclaimer_html(lines[25])],
        cs="utf-8",
    ),
    subtype="html",
    charset="utf-8",
    cte="quoted-printable",
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "Jolien Cooreman",
            "Dendermonde",
            "directeur ondersteunende diensten",
            "jolien.cooreman@dendermonde.be",
        )
    ),
    False,
    "labelled fields drowned in noise: emoji in subject and body, URL, extra GSM field, postal address with postcode, "
    "vCard-like signature (Adres/Tel./E-mail/Web), DPO privacy@ address and a bilingual disclaimer naming the fields; "
    "mentions parking but asks no question",
    "noise: emoji, links, phones, disclaimer",
)

# 026 iPhone, everything in one sentence ------------------------------------------------
n = 26
subj = "Seminarie 7/12"
body26 = (
    "Dag Linda, graag inschrijven voor 7/12: Nathalie Mertens, schepen van onderwijs en personeel, "
    "gemeente Heist-op-den-Berg, nathalie.mertens@heist-op-den-berg.be. Dank! Nathalie\n\n"
    "Verzonden vanaf mijn iPhone\n"
)
m = new(
    n,
    "Nathalie Mertens <nathalie.mertens@heist-op-den-berg.be>",
    "Linda Boudry <linda.boudry@kcvs.be>",
    subj,
    d(29, 11, 22, 54, 3),
    mid(n, "apple", "heist-op-den-berg.be"),
    extra=[("X-Mailer", "iPhone Mail (16B92)")],
)
m.set_content(body26, charset="utf-8", cte="quoted-printable")
m.replace_header("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=yes')
add(
    n,
    m,
    "registration",
    reg(
        (
            "Nathalie Mertens",
            "Heist-op-den-Berg",
            "schepen van onderwijs en personeel",
            "nathalie.mertens@heist-op-den-berg.be",
        )
    ),
    False,
    'iPhone, all four values in one comma-separated sentence with no labels; "gemeente Heist-op-den-Berg"; '
    '"Verzonden vanaf mijn iPhone"',
    "iPhone one-liner, comma list, no labels",
)

# 027 Late registration on 4 December ----------------------------------------------
n = 27
subj = "Late inschrijving seminarie vrijdag"
lines = [
    "Beste Linda,",
    "",
    "Ik zie nu pas dat de inschrijvingen zondag afgesloten werden \u2013 sorry voor de late melding. "
    "Ik sluit vrijdag toch heel graag nog aan.",
    "",
    "Naam: Bert Moens",
    "Stad/gemeente: Vilvoorde",
    "Functie: organisatiedeskundige",
    "E-mailadres: bert.moens@vilvoorde.be",
    "",
    "Groeten,",
    "Bert",
]
m = new(
    n,
    '"Moens Bert" <bert.moens@vilvoorde.be>',
    LINDA,
    subj,
    d(4, 12, 8, 16, 50),
    mid(n, "exchange", "VILEX01.vilvoorde.local"),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines, cs="utf-8"), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "registration",
    reg(("Bert Moens", "Vilvoorde", "organisatiedeskundige", "bert.moens@vilvoorde.be")),
    False,
    "sent Tue 4 Dec 2018, after the 2 Dec deadline: still a registration (lateness is worker policy, not parsing); "
    "apologises but asks no question",
    "late registration (4 Dec)",
)

# 028 Reply above the quoted invitation, name in signature ------------------------------
n = 28
subj = "RE: " + INVITE_SUBJECT
body = ["Dag Linda,", "", "Ik kom graag! Mag je mij inschrijven?", "", "Groeten,", ""]
body += outlook_sig(
    [
        "Evelien Smets",
        "Beleidsmedewerker personeel",
        "Gemeente Beerse",
        "Bisschopslaan 34, 2340 Beerse",
    ]
)
body += ["", *invite_outlook_quote()]
m = new(
    n,
    '"Smets Evelien" <evelien.smets@beerse.be>',
    LINDA,
    subj,
    d(30, 11, 10, 2, 15),
    mid(n, "exchange", "EXCH.beerse.local"),
    extra=[("In-Reply-To", INVITE_MID), ("References", INVITE_MID), *ox(n, subj)],
)
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(("Evelien Smets", "Beerse", "beleidsmedewerker personeel", "evelien.smets@beerse.be")),
    False,
    "Outlook HTML-only reply on top of the full quoted invitation (with its empty Naam/Stad/Functie/E-mailadres template, "
    "Linda's name and address); registrant data only in the top signature",
    "reply above quoted invitation, data in signature",
)

# 029 Fills in the quoted invitation's empty fields inline ---------------------------------
n = 29
subj = "Re: " + INVITE_SUBJECT
q = []
for x in invite_quoted_text():
    if x == "> Naam:":
        x = "> Naam: Jeroen Wuyts"
    elif x == "> Stad / gemeente:":
        x = "> Stad / gemeente: Boom"
    elif x == "> Functie:":
        x = "> Functie: diensthoofd secretariaat"
    elif x == "> E-mailadres:":
        x = "> E-mailadres: jeroen.wuyts@boom.be"
    q.append(x)
lines = [
    "Hallo,",
    "",
    "Zie hieronder ingevuld.",
    "",
    "Jeroen",
    "",
    "Op 12/11/2018 om 10:03 schreef Linda Boudry:",
    *q,
]
m = new(
    n,
    "Jeroen Wuyts <jeroen.wuyts@boom.be>",
    "Linda Boudry <linda.boudry@kcvs.be>",
    subj,
    d(30, 11, 14, 37, 21),
    mid(n, "tb", "boom.be"),
    extra=[
        ("In-Reply-To", INVITE_MID),
        ("References", INVITE_MID),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; WOW64; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
        ),
        ("Content-Language", "nl"),
    ],
)
m.set_content(text(lines), charset="utf-8", cte="8bit")
m.replace_header("Content-Type", "text/plain; charset=utf-8; format=flowed")
add(
    n,
    m,
    "registration",
    reg(("Jeroen Wuyts", "Boom", "diensthoofd secretariaat", "jeroen.wuyts@boom.be")),
    False,
    'values typed inside the quoted invitation ("> Naam: Jeroen Wuyts"): the data is only in ">"-quoted lines; '
    "Thunderbird plain text format=flowed",
    "fields filled inline in the quoted invitation",
)

# 030 Registers and asks a practical question --------------------------------------
n = 30
subj = "Inschrijving + vraagje parking"
lines = [
    "Beste Linda,",
    "",
    "Graag schrijf ik mij in voor het seminarie:",
    "",
    "Naam: Karolien Jansen",
    "Stad / gemeente: Tienen",
    "Functie: adjunct-algemeen directeur",
    "E-mailadres: karolien.jansen@tienen.be",
    "",
    "Nog een praktische vraag: is er parking voorzien in de buurt van Permeke, of raad je aan met de trein te komen? "
    "Ik ben momenteel wat minder mobiel en wil liefst niet te ver stappen.",
    "",
    "Alvast bedankt,",
    "Karolien",
]
m = new(
    n,
    '"Jansen Karolien" <karolien.jansen@tienen.be>',
    LINDA,
    subj,
    d(1, 12, 9, 9, 9),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(outlook_html(lines), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(("Karolien Jansen", "Tienen", "adjunct-algemeen directeur", "karolien.jansen@tienen.be")),
    True,
    "complete registration plus a practical question (parking / mobility) that needs a personal answer: registration with "
    "needs_review true",
    "registration + parking question (review)",
)

# 031 Tentative registration ---------------------------------------------------------
n = 31
subj = "Seminarie 7 december"
lines = [
    "Hallo Linda,",
    "",
    "Schrijf me maar al in voor 7 december; als mijn agenda het toelaat kom ik zeker. Er staat die ochtend "
    "mogelijk nog een schepencollege gepland, dat weet ik pas volgende week.",
    "",
    "Stijn Verhaegen",
    "Schepen van personeel en organisatie",
    "Gemeente Zaventem",
    "stijn.verhaegen@zaventem.be",
]
m = new(
    n,
    "Stijn Verhaegen <stijn.verhaegen@zaventem.be>",
    LINDA,
    subj,
    d(21, 11, 18, 40, 2),
    mid(n, "apple", "zaventem.be"),
    extra=[("X-Mailer", "iPad Mail (16A404)")],
)
m.set_content(
    text(lines) + "\nVerstuurd vanaf mijn iPad\n", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "registration",
    reg(
        (
            "Stijn Verhaegen",
            "Zaventem",
            "schepen van personeel en organisatie",
            "stijn.verhaegen@zaventem.be",
        )
    ),
    True,
    'tentative ("als mijn agenda het toelaat", may have a college meeting): a registration, but an organiser should look',
    "tentative registration (review)",
)

# 032 Apple Mail HTML-only, Molenbeek written in French --------------------------------
n = 32
subj = "inschrijving seminarie KCVS"
lines = [
    "Beste mevrouw Boudry,",
    "",
    "Hierbij mijn inschrijving voor het seminarie van vrijdag 7 december:",
    "",
    ("raw", '<div class=""><b class="">Naam</b>: Yassine El Amrani</div>'),
    ("raw", '<div class=""><b class="">Gemeente</b>: Molenbeek-Saint-Jean</div>'),
    ("raw", '<div class=""><b class="">Functie</b>: co\u00f6rdinator wijkcontracten</div>'),
    (
        "raw",
        '<div class=""><b class="">Mail</b>: <a href="mailto:yelamrani@molenbeek.irisnet.be" class="">'
        "yelamrani@molenbeek.irisnet.be</a></div>",
    ),
    "",
    "Met vriendelijke groeten,",
    "Yassine El Amrani",
]
m = new(
    n,
    "Yassine El Amrani <yelamrani@molenbeek.irisnet.be>",
    LINDA,
    subj,
    d(2, 12, 19, 12, 48),
    mid(n, "apple", "molenbeek.irisnet.be"),
    extra=[("X-Mailer", "Apple Mail (2.3445.100.39)")],
)
m.set_content(apple_html(lines), subtype="html", charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(
        (
            "Yassine El Amrani",
            "Sint-Jans-Molenbeek",
            "co\u00f6rdinator wijkcontracten",
            "yelamrani@molenbeek.irisnet.be",
        )
    ),
    False,
    "Apple Mail HTML-only with bold labels in <b>; Dutch text but the municipality written in French "
    '"Molenbeek-Saint-Jean" -> Sint-Jans-Molenbeek; sent on the deadline day',
    "Apple Mail HTML-only, French town name",
)

# 033 Cancellation (Outlook HTML-only cp1252) -------------------------------------------
n = 33
subj = "Afmelding seminarie 7/12"
body = [
    "Dag Linda,",
    "",
    "Helaas moet ik mijn inschrijving voor vrijdag annuleren: er is een crisisoverleg ingepland dat ik niet kan "
    "verplaatsen. Sorry voor het late bericht!",
    "",
    "Groeten,",
    "",
]
body += outlook_sig(
    [
        "Anouk Van Roy",
        "Teamcoach digitale dienstverlening",
        "Stad Leuven | Professor Van Overstraetenplein 1 | 3000 Leuven",
    ],
    color="#E30613",
)
m = new(
    n,
    '"Van Roy Anouk" <anouk.vanroy@leuven.be>',
    LINDA,
    subj,
    d(5, 12, 16, 22, 7),
    mid(n, "exchange", "SRV-EXCH01.leuven.local"),
    extra=ox(n, subj),
)
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "cancellation",
    reg(
        ("Anouk Van Roy", "Leuven", "teamcoach digitale dienstverlening", "anouk.vanroy@leuven.be")
    ),
    False,
    'plain own cancellation ("mijn inschrijving annuleren"), data in signature',
    "cancellation, Outlook HTML-only",
)

# 034 French cancellation naming a colleague who still comes --------------------------------
n = 34
subj = "Annulation - s\u00e9minaire du 7 d\u00e9cembre"
lines = [
    "Bonjour Madame Boudry,",
    "",
    "Je suis au regret de devoir annuler ma participation au s\u00e9minaire de vendredi. "
    "Mon coll\u00e8gue Olivier Dumont sera bien pr\u00e9sent.",
    "",
    "Bien \u00e0 vous,",
    "",
    "Nathalie Collard",
    "Responsable du service GRH",
    "Ville de Namur",
]
m = new(
    n,
    "Nathalie Collard <nathalie.collard@ville.namur.be>",
    "linda.boudry@kcvs.be",
    subj,
    d(4, 12, 11, 48, 30),
    mid(n, "o365", ""),
    extra=ox(n, subj, "fr-BE"),
)
m.set_content(text(lines), charset="iso-8859-1", cte="quoted-printable")
add(
    n,
    m,
    "cancellation",
    reg(
        (
            "Nathalie Collard",
            "Namen",
            "responsable du service GRH",
            "nathalie.collard@ville.namur.be",
        )
    ),
    False,
    "French cancellation; the colleague named in it still attends and must not be cancelled",
    "French cancellation",
)

# 035 Secretary cancels for the burgemeester --------------------------------------------
n = 35
subj = "Afmelding burgemeester - seminarie 7 december"
lines = [
    "Geachte mevrouw Boudry,",
    "",
    "Burgemeester Hilde Vanstraelen is helaas verhinderd op vrijdag 7 december en zal dus niet aanwezig kunnen zijn "
    "op het seminarie. Zij verontschuldigt zich.",
    "",
    "Met vriendelijke groeten,",
    "",
    "Kathleen Houben",
    "Kabinetsmedewerker \u2013 secretariaat burgemeester",
    "Stad Sint-Truiden",
]
m = new(
    n,
    '"Secretariaat Burgemeester" <secretariaat.burgemeester@sint-truiden.be>',
    LINDA,
    subj,
    d(3, 12, 10, 5, 40),
    mid(n, "exchange", "EXCH01.sint-truiden.local"),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines, cs="utf-8"), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "cancellation",
    reg(("Hilde Vanstraelen", "Sint-Truiden", "burgemeester", None)),
    False,
    "generic secretariat cancels for the burgemeester; this mail gives no address for her (sender is not her) so email "
    "null; the writing staff member is not the one cancelled",
    "cancellation on behalf of burgemeester",
)

# 036 Substitution --------------------------------------------------------------
n = 36
subj = "Wijziging inschrijving Genk"
lines = [
    "Dag Linda,",
    "",
    "Ik kan zelf helaas niet komen op 7/12. Mijn collega Tine Vermeulen (tine.vermeulen@genk.be), deskundige HR, "
    "komt in mijn plaats. Ilse Lenaerts komt wel gewoon.",
    "",
    "Groeten,",
    "Vanessa Pirotte",
    "Stad Genk | Stadsplein 1, 3600 Genk",
]
m = new(
    n,
    '"Pirotte Vanessa" <vanessa.pirotte@genk.be>',
    LINDA,
    subj,
    d(3, 12, 15, 30, 0),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="iso-8859-1", cte="quoted-printable")
add(
    n,
    m,
    "registration",
    reg(("Tine Vermeulen", "Genk", "deskundige HR", "tine.vermeulen@genk.be")),
    True,
    "substitution: sender withdraws and a colleague takes her place (a third colleague stays): needs review per the "
    "contract; labelled as registration of the substitute",
    "substitution (review)",
)

# 037 Out-of-office with Auto-Submitted --------------------------------------------
n = 37
subj = "Automatisch antwoord: " + CONFIRM_SUBJECT
lines = [
    "Beste,",
    "",
    "Ik ben afwezig tot en met maandag 26 november en heb geen toegang tot mijn mailbox.",
    "",
    "Voor dringende zaken kunt u terecht bij mijn collega:",
    "Naam: Annelies Claes",
    "Functie: diensthoofd personeel en organisatie",
    "E-mail: annelies.claes@hasselt.be",
    "",
    "Met vriendelijke groeten,",
    "Pieter Goossens",
]
m = new(
    n,
    '"Goossens Pieter" <pieter.goossens@hasselt.be>',
    LINDA,
    subj,
    d(19, 11, 9, 1, 3),
    mid(n, "exchange", "HSEXCH02.hasselt.local"),
    extra=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "pieter.goossens@hasselt.be"),
        ("Content-Language", "nl-BE"),
    ],
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "auto_reply",
    [],
    False,
    'out-of-office with Auto-Submitted: auto-replied; body contains a full labelled "Naam/Functie/E-mail" block for the stand-in',
    "out-of-office (Auto-Submitted) with labelled stand-in",
)

# 038 French/Dutch auto-reply without RFC 3834 headers ---------------------------------
n = 38
subj = "R\u00e9ponse automatique\u00a0: RE: Inscription s\u00e9minaire 7 d\u00e9cembre"
lines = [
    "Bonjour,",
    "",
    "Je suis absente du bureau jusqu\u2019au 3 d\u00e9cembre inclus. Votre message sera trait\u00e9 \u00e0 mon retour.",
    "",
    "Ik ben afwezig tot en met 3 december. Uw bericht wordt behandeld na mijn terugkeer.",
    "",
    "Sophie Lambert",
    "Ville de Bruxelles \u2013 D\u00e9partement Organisation",
]
m = new(
    n,
    "Lambert Sophie <sophie.lambert@brucity.be>",
    LINDA,
    subj,
    d(27, 11, 7, 30, 12),
    mid(n, "exchange", "BXLEXCH03.brucity.local"),
    extra=[("X-Auto-Response-Suppress", "All"), ("Content-Language", "fr-BE")],
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "auto_reply",
    [],
    False,
    'bilingual out-of-office recognisable only from subject "R\u00e9ponse automatique :" (with no-break space) and body; no '
    "Auto-Submitted/X-Autoreply header",
    "French auto-reply, subject only",
)

# 039 Bounce: multipart/report with the original invitation ------------------------------
n = 39
orig = new(
    0,
    LINDA,
    "jan.peters@mechelen.be",
    INVITE_SUBJECT,
    d(12, 11, 10, 3, 0),
    INVITE_MID,
    extra=[("Content-Language", "nl-BE")],
)
orig.set_content(text(INVITE_LINES), charset="utf-8", cte="quoted-printable")
orig_text = orig.as_string(policy=SMTP.clone(linesep="\n"))
bounce = f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx1.kcvs.be>
To: linda.boudry@kcvs.be
Subject: Undelivered Mail Returned to Sender
Date: {d(12, 11, 10, 3, 9)}
Message-ID: <20181112090309.5B3C21A0042@mx1.kcvs.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="5B3C21A0042.1542013389/mx1.kcvs.be"

This is a MIME-encapsulated message.

--5B3C21A0042.1542013389/mx1.kcvs.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jan.peters@mechelen.be>: host mechelen-be.mail.protection.outlook.com[104.47.2.36]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    jan.peters@mechelen.be not found by SMTP address lookup (in reply to RCPT TO
    command)

--5B3C21A0042.1542013389/mx1.kcvs.be
Content-Description: Delivery report
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: 5B3C21A0042
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Mon, 12 Nov 2018 10:03:02 +0100 (CET)

Final-Recipient: rfc822; jan.peters@mechelen.be
Original-Recipient: rfc822;jan.peters@mechelen.be
Action: failed
Status: 5.1.10
Remote-MTA: dns; mechelen-be.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    jan.peters@mechelen.be not found by SMTP address lookup

--5B3C21A0042.1542013389/mx1.kcvs.be
Content-Description: Undelivered Message
Content-Type: message/rfc822

{orig_text}
--5B3C21A0042.1542013389/mx1.kcvs.be--
"""
add(
    n,
    raw_msg(bounce),
    "bounce",
    [],
    False,
    "Postfix multipart/report delivery-status (also carries Auto-Submitted: bounce wins); the returned invitation with "
    "its empty template and Linda's address is attached as message/rfc822",
    "Postfix DSN with returned invitation",
)

# 040 Delay warning ---------------------------------------------------------------
n = 40
delay = f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx1.kcvs.be>
To: linda.boudry@kcvs.be
Subject: Delayed Mail (still being retried)
Date: {d(20, 11, 14, 12, 40)}
Message-ID: <20181120131240.9A7F11A0051@mx1.kcvs.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9A7F11A0051.1542719560/mx1.kcvs.be"

This is a MIME-encapsulated message.

--9A7F11A0051.1542719560/mx1.kcvs.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is the mail system at host mx1.kcvs.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<griet.vandevelde@oostende.be>: connect to mail.oostende.be[193.191.32.17]:25:
    Connection timed out

--9A7F11A0051.1542719560/mx1.kcvs.be
Content-Description: Delivery report
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: 9A7F11A0051
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Tue, 20 Nov 2018 10:05:11 +0100 (CET)

Final-Recipient: rfc822; griet.vandevelde@oostende.be
Original-Recipient: rfc822;griet.vandevelde@oostende.be
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.oostende.be[193.191.32.17]:25:
    Connection timed out
Will-Retry-Until: Sun, 25 Nov 2018 10:05:11 +0100 (CET)

--9A7F11A0051.1542719560/mx1.kcvs.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers; charset=us-ascii
Content-Transfer-Encoding: 7bit

From: "Linda Boudry" <linda.boudry@kcvs.be>
To: "VAN DE VELDE Griet" <griet.vandevelde@oostende.be>
Subject: {CONFIRM_SUBJECT}
Date: {d(20, 11, 10, 5, 9)}
Message-ID: <B1C04E7F29A94C63A1D2F0E6C5B8D377@EXCH02.kcvs.local>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--9A7F11A0051.1542719560/mx1.kcvs.be--
"""
add(
    n,
    raw_msg(delay),
    "bounce",
    [],
    False,
    "delay warning (Action: delayed, 4.4.1) for Linda's confirmation to a registrant; only headers returned",
    "Postfix delay DSN",
)

# 041 Newsletter listing the seminar in its agenda ----------------------------------------
n = 41
subj = "Lokaal Bestuur Actueel \u2013 nieuwsbrief november 2018"
lines = [
    "Lokaal Bestuur Actueel \u2013 november 2018",
    "",
    "AGENDA",
    "",
    "7 december 2018 \u2013 Stadsorganisaties in transitie (KCVS), Permeke, Antwerpen. Gratis. Inschrijven tot 2 december "
    "bij linda.boudry@kcvs.be met vermelding van naam, stad/gemeente, functie en e-mailadres.",
    "",
    "13 december 2018 \u2013 Webinar: de nieuwe beleids- en beheerscyclus in de praktijk. Inschrijven via onze website.",
    "",
    "IN DE KIJKER",
    "",
    "Integratie gemeente en OCMW: drie besturen vertellen hoe het loopt, een maand voor de start.",
    "",
    "U ontvangt deze nieuwsbrief omdat u zich inschreef op www.lokaalbestuur-actueel.be.",
    "Uitschrijven: https://www.lokaalbestuur-actueel.be/nieuwsbrief/uitschrijven?u=8f2c1e",
]
hlines = "".join(
    "<p><br></p>" if x == "" else f'<p style="font-family:Arial;font-size:14px">{linkify(x)}</p>'
    for x in lines
)
nl_html = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lokaal Bestuur Actueel</title></head>'
    '<body><table width="600" align="center"><tr><td>'
    + hlines
    + "</td></tr></table></body></html>\n"
)
m = new(
    n,
    "Lokaal Bestuur Actueel <nieuwsbrief@lokaalbestuur-actueel.be>",
    "linda.boudry@kcvs.be",
    subj,
    d(22, 11, 6, 0, 0),
    "<20181122050000.1a2b3c4d5e@mailing.lokaalbestuur-actueel.be>",
    extra=[
        ("List-Id", "Lokaal Bestuur Actueel <nieuwsbrief.lokaalbestuur-actueel.be>"),
        (
            "List-Unsubscribe",
            "<https://www.lokaalbestuur-actueel.be/nieuwsbrief/uitschrijven?u=8f2c1e>, "
            "<mailto:uitschrijven@lokaalbestuur-actueel.be?subject=unsubscribe>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ],
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(nl_html, subtype="html", charset="utf-8", cte="quoted-printable")
add(
    n,
    m,
    "other",
    [],
    False,
    "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) whose agenda advertises this very seminar and its "
    "registration fields; not an auto-reply, not a registration, needs no answer",
    "newsletter mentioning the seminar",
)

# 042 Internal HR mail with a labelled Naam/Functie/E-mailadres block -------------------------
n = 42
subj = "Welkom aan onze nieuwe collega"
lines = [
    "Dag iedereen,",
    "",
    "Op maandag 3 december start een nieuwe collega in het team Onderzoek. Heet hem alvast welkom!",
    "",
    "Naam: Pieterjan Cools",
    "Functie: onderzoeker lokale besturen",
    "E-mailadres: pieterjan.cools@kcvs.be",
    "Toestel: 5512",
    "",
    "Pieterjan is ook aanwezig op ons seminarie van 7 december in Antwerpen.",
    "",
    "Hartelijke groet,",
    "Team HR",
    "Kenniscentrum Vlaamse Steden",
]
m = new(
    n,
    '"HR KCVS" <hr@kcvs.be>',
    "alle-medewerkers@kcvs.be",
    subj,
    d(28, 11, 8, 45, 0),
    mid(n, "exchange", "EXCH02.kcvs.local"),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines, cs="utf-8"), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "other",
    [],
    False,
    "internal staff announcement to all KCVS staff: labelled Naam/Functie/E-mailadres block and a mention of the seminar, "
    "but nobody signs up; needs no answer",
    "internal HR mail with labelled fields (trap)",
)

# 043 Question only, not attending -------------------------------------------------
n = 43
subj = "Vraag over seminarie 7 december"
lines = [
    "Beste Linda,",
    "",
    "Ik kan zelf niet aanwezig zijn op 7 december. Worden de presentaties achteraf gedeeld, en komt er een verslag? "
    "Dat zou ik graag doorsturen naar ons managementteam.",
    "",
    "Vriendelijke groeten,",
    "",
    "Inge Dewilde",
    "Algemeen directeur",
    "Stad Ronse",
]
m = new(
    n,
    '"Dewilde Inge" <inge.dewilde@ronse.be>',
    LINDA,
    subj,
    d(26, 11, 11, 1, 50),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines, cs="utf-8"), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "other",
    [],
    True,
    "question about slides/report from someone who says she cannot attend: not a registration, needs a personal answer",
    "question only, not attending (review)",
)

# 044 Forward to colleagues with Linda in Cc -----------------------------------------
n = 44
subj = "FW: " + INVITE_SUBJECT
body = [
    "Beste collega's,",
    "",
    "Interessant seminarie voor wie met organisatieontwikkeling bezig is. Inschrijven doe je zelf bij Linda (in cc), "
    "ten laatste 2 december.",
    "",
    "Groeten,",
    "Peter",
    "",
]
body += outlook_sig(["Peter Baert", "Algemeen directeur", "Stad Mortsel", "Mortsel.be"])
body += ["", *invite_outlook_quote("Peter Baert")]
m = new(
    n,
    '"Baert Peter" <peter.baert@mortsel.be>',
    '"Leidinggevenden Mortsel" <leidinggevenden@mortsel.be>',
    subj,
    d(14, 11, 8, 12, 30),
    mid(n, "exchange", "EXMORT01.mortsel.local"),
    cc=LINDA,
    extra=ox(n, subj),
)
m.set_content(outlook_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")
add(
    n,
    m,
    "other",
    [],
    False,
    'an algemeen directeur forwards the invitation to his managers with Linda in Cc ("Linda (in cc)"): nobody registers, '
    "nothing to answer; contains the empty template",
    "forward of invitation with Linda in Cc",
)

# 045 Venue booking confirmation with labelled fields ----------------------------------
n = 45
subj = "Bevestiging reservatie auditorium Permeke \u2013 vrijdag 7 december 2018"
lines = [
    "Beste mevrouw Boudry,",
    "",
    "Hierbij bevestigen wij uw reservatie:",
    "",
    "Naam aanvrager: Linda Boudry",
    "Organisatie: Kenniscentrum Vlaamse Steden",
    "E-mailadres: linda.boudry@kcvs.be",
    "Datum: vrijdag 7 december 2018",
    "Zaal: auditorium (capaciteit 150 personen)",
    "Uren: 9.00 \u2013 14.00 uur (incl. op- en afbouw)",
    "Techniek: beamer, 2 handmicro\u2019s, spreekgestoelte",
    "",
    "De factuur volgt na het evenement.",
    "",
    "Met vriendelijke groeten,",
    "",
    "Zaalverhuur Permeke",
    "Bibliotheek Permeke \u2013 De Coninckplein 26, 2060 Antwerpen",
]
m = new(
    n,
    '"Zaalverhuur Permeke" <zaalverhuur.permeke@antwerpen.be>',
    "linda.boudry@kcvs.be",
    subj,
    d(6, 11, 14, 25, 0),
    mid(n, "o365", ""),
    extra=ox(n, subj),
)
m.set_content(text(lines), charset="utf-8", cte="quoted-printable")
m.add_alternative(
    outlook_html(lines, cs="utf-8"), subtype="html", charset="utf-8", cte="quoted-printable"
)
add(
    n,
    m,
    "other",
    [],
    False,
    "the venue confirms Linda's room booking: labelled Naam/E-mailadres with Linda's own data, the seminar date and venue "
    "address, but no registration and nothing to answer",
    "venue booking confirmation (trap)",
)


# --------------------------------------------------------------------------- write


def main():
    random.seed(20181207)  # MIME boundaries come from the random module: keep output reproducible
    assert [x[0] for x in MSGS] == list(range(1, 46)), [x[0] for x in MSGS]
    for n, msg, label, _style in MSGS:
        data = (
            msg if isinstance(msg, bytes) else msg.as_bytes(policy=SMTP.clone(max_line_length=160))
        )
        with open(os.path.join(OUT, f"{n:03d}.eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, f"{n:03d}.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(OUT, "INDEX.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tkind\tregistrants\tneeds_review\tstyle\n")
        for n, _msg, label, style in MSGS:
            f.write(
                f"{n:03d}\t{label['kind']}\t{len(label['registrants'])}\t{str(label['needs_review']).lower()}\t{style}\n"
            )


if __name__ == "__main__":
    main()
