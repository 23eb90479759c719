#!/usr/bin/env python3
"""Blind set 21: 45 registration-mailbox messages in the many ways Flemish people write.

Written without looking at the parser.  Python 3.11 standard library only.
Every run writes the same bytes: NNN.eml (CRLF line endings) and NNN.json beside
this script.  Messages are numbered in the order they arrived (by Date).
"""

import base64
import datetime as dt
import html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

random.seed(21)
RND = random.Random(21)

TZ = dt.timezone(dt.timedelta(hours=1))
LINDA = ("Linda Boudry", "linda.boudry@kcvs.be")
INVITE_MID = "<8c41d2e07f3a4b1e9a55c0d2e6b7f013@kcvs.be>"
INVITE_SUBJECT = "Uitnodiging: seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018"
INVITE_DATE = dt.datetime(2018, 11, 5, 9, 12, 0, tzinfo=TZ)

INVITE_TEXT = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het gratis seminarie
'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het auditorium
van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

Onthaal met koffie vanaf 9.30 uur, we starten om 10 uur. We sluiten af met
een broodjeslunch rond 12.30 uur.

Inschrijven kan tot en met 2 december met een mailtje naar
linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
"""


def d(day, hh, mm, ss=0):
    return dt.datetime(2018, 11, day, hh, mm, ss, tzinfo=TZ)


def mid(domain, style="hex"):
    if style == "outlook":
        tok = "".join(RND.choice("0123456789ABCDEF") for _ in range(32))
        return f"<{tok[:16]}.{tok[16:]}@{domain}>"
    if style == "apple":
        tok = "".join(RND.choice("0123456789ABCDEF") for _ in range(32))
        return f"<{tok[:8]}-{tok[8:12]}-{tok[12:16]}-{tok[16:20]}-{tok[20:]}@{domain}>"
    if style == "gmail":
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+"
        tok = "".join(RND.choice(alphabet) for _ in range(44))
        return f"<CA{tok}@mail.gmail.com>"
    tok = "".join(RND.choice("0123456789abcdef") for _ in range(24))
    return f"<{tok}@{domain}>"


def quote(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(">" if line == "" else "> " + line)
    return "\n".join(out) + "\n"


def outlook_quote(
    text, sent="maandag 5 november 2018 9:12", to="Linda Boudry", subject=INVITE_SUBJECT
):
    return (
        "\n-----Oorspronkelijk bericht-----\n"
        "Van: Linda Boudry [mailto:linda.boudry@kcvs.be]\n"
        f"Verzonden: {sent}\n"
        f"Aan: {to}\n"
        f"Onderwerp: {subject}\n\n" + text
    )


def gmail_quote(text, when="ma 5 nov. 2018 om 09:12"):
    return f"\nOp {when} schreef Linda Boudry <linda.boudry@kcvs.be>:\n\n" + quote(text)


def confirmation(first, name, town, function, email):
    return (
        f"Beste {first},\n\n"
        "Bedankt voor je inschrijving voor het seminarie 'Stadsorganisaties in\n"
        "transitie' op vrijdag 7 december 2018 in Permeke. We noteerden:\n\n"
        f"Naam: {name}\n"
        f"Stad / gemeente: {town}\n"
        f"Functie: {function}\n"
        f"E-mailadres: {email}\n\n"
        "Begin december volgt nog praktische info.\n\n"
        "Vriendelijke groeten,\n\n"
        "Linda Boudry\n"
        "Kenniscentrum Vlaamse Steden\n"
    )


CONF_SUBJECT = "Bevestiging inschrijving seminarie 7 december"


def text_to_html(text, charset, outlook=True):
    paras = text.strip("\n").split("\n\n")
    body = []
    for p in paras:
        lines = [html.escape(x, quote=False) for x in p.split("\n")]
        if outlook:
            body.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
        else:
            body.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    if outlook:
        head = (
            f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        )
        tail = "\n</div>\n</body>\n</html>\n"
    else:
        head = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n<div dir="ltr">\n'
        tail = "\n</div>\n</body></html>\n"
    return head + "\n".join(body) + tail


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
        if not enc.endswith("\n"):
            enc += "\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("7bit", "8bit"):
        return raw.decode(charset)  # re-encoded to bytes later in the same charset
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    """Return (header_lines, body_str, body_charset)."""
    hdr = [
        f'Content-Type: {ctype}; charset="{charset}"{extra}',
        f"Content-Transfer-Encoding: {cte}",
    ]
    return hdr, encode_body(text, charset, cte), charset


def hval(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(linesep="\n")


def addr(pair, charset="utf-8"):
    name, a = pair
    if not name:
        return a
    return formataddr((name, a), charset=charset)


def fold(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "=?" in value:
        return line
    out, cur = [], line
    while len(cur) > 78:
        cut = cur.rfind(" ", 0, 78)
        if cut <= len(name) + 2:
            break
        out.append(cur[:cut])
        cur = " " + cur[cut + 1 :]
    out.append(cur)
    return "\n".join(out)


def build(m):
    """Build the raw message bytes (LF internally, CRLF at the end)."""
    hcs = m.get("header_charset", "utf-8")
    lines = []
    for k, v in m.get("pre_headers", []):
        lines.append(fold(k, v))
    lines.append("From: " + addr(m["from"], hcs))
    lines.append("To: " + ", ".join(addr(x, hcs) for x in m.get("to", [LINDA])))
    if m.get("cc"):
        lines.append("Cc: " + ", ".join(addr(x, hcs) for x in m["cc"]))
    lines.append(fold("Subject", hval(m["subject"], hcs)))
    lines.append("Date: " + format_datetime(m["date"]))
    lines.append("Message-ID: " + m["mid"])
    if m.get("reply_to_mid"):
        lines.append("In-Reply-To: " + m["reply_to_mid"])
        lines.append("References: " + m["reply_to_mid"])
    for k, v in m.get("headers", []):
        lines.append(fold(k, v))
    lines.append("MIME-Version: 1.0")

    chunks = []  # list of (str, charset) to be encoded and joined
    kind, *spec = m["body"]
    if kind == "plain":
        text, cs, cte = spec
        h, b, bcs = leaf("text/plain", text, cs, cte)
        lines += h
        chunks.append(("\n".join(lines) + "\n\n", "ascii"))
        chunks.append((b, bcs))
    elif kind == "html":
        htm, cs, cte = spec
        h, b, bcs = leaf("text/html", htm, cs, cte)
        lines += h
        chunks.append(("\n".join(lines) + "\n\n", "ascii"))
        chunks.append((b, bcs))
    elif kind == "alt":
        text, htm, cs, cte = spec
        bnd = m.get("boundary") or (
            "_000_" + "".join(RND.choice("0123456789abcdef") for _ in range(24)) + "_"
        )
        lines.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
        chunks.append(("\n".join(lines) + "\n\n", "ascii"))
        chunks.append((f"--{bnd}\n", "ascii"))
        h, b, bcs = leaf("text/plain", text, cs, cte)
        chunks.append(("\n".join(h) + "\n\n", "ascii"))
        chunks.append((b, bcs))
        chunks.append((f"\n--{bnd}\n", "ascii"))
        h, b, bcs = leaf("text/html", htm, cs, cte)
        chunks.append(("\n".join(h) + "\n\n", "ascii"))
        chunks.append((b, bcs))
        chunks.append((f"\n--{bnd}--\n", "ascii"))
    elif kind == "raw":
        ctype, body = spec
        lines.append("Content-Type: " + ctype)
        chunks.append(("\n".join(lines) + "\n\n", "ascii"))
        chunks.append((body, "ascii"))
    else:
        raise ValueError(kind)
    data = b"".join(s.encode(cs) for s, cs in chunks)
    assert b"\r" not in data
    return data.replace(b"\n", b"\r\n")


# ---------------------------------------------------------------------------
# The messages.  Each: date, from, subject, mid, body, label.
# ---------------------------------------------------------------------------

M = []


def reg(name, town, function, email):
    return {"name": name, "municipality": town, "function": function, "email": email}


def add(**kw):
    M.append(kw)


# ----- bounce ---------------------------------------------------------------
bounce_bnd = "8F2A31C0E4.1541405585/mail.kcvs.be"
bounce_body = f"""This is a MIME-encapsulated message.

--{bounce_bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<frans.dewachter@deinze.be>: host deinze-be.mail.protection.outlook.com[104.47.1.36]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    frans.dewachter@deinze.be not found by SMTP address lookup (in reply to
    RCPT TO command)

--{bounce_bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcvs.be
X-Postfix-Queue-ID: 8F2A31C0E4
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Mon,  5 Nov 2018 09:12:04 +0100 (CET)

Final-Recipient: rfc822; frans.dewachter@deinze.be
Original-Recipient: rfc822;frans.dewachter@deinze.be
Action: failed
Status: 5.1.10
Remote-MTA: dns; deinze-be.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    frans.dewachter@deinze.be not found by SMTP address lookup

--{bounce_bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <linda.boudry@kcvs.be>
Received: from [10.0.4.17] (unknown [10.0.4.17])
\tby mail.kcvs.be (Postfix) with ESMTPSA id 8F2A31C0E4;
\tMon,  5 Nov 2018 09:12:04 +0100 (CET)
From: Linda Boudry <linda.boudry@kcvs.be>
To: Linda Boudry <linda.boudry@kcvs.be>
Subject: {INVITE_SUBJECT}
Date: Mon, 5 Nov 2018 09:12:00 +0100
Message-ID: {INVITE_MID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--{bounce_bnd}--
"""
add(
    date=d(5, 9, 13, 5),
    from_=("Mail Delivery System", "MAILER-DAEMON@mail.kcvs.be"),
    subject="Undelivered Mail Returned to Sender",
    mid="<20181105081305.8F2A31C0E4@mail.kcvs.be>",
    headers=[("Auto-Submitted", "auto-replied")],
    body=(
        "raw",
        f'multipart/report; report-type=delivery-status;\n\tboundary="{bounce_bnd}"',
        bounce_body,
    ),
    label=dict(
        kind="bounce",
        registrants=[],
        needs_review=False,
        note="Postfix RFC 3464 DSN for the invitation (recipient left Deinze); "
        "also carries Auto-Submitted: auto-replied, the bounce wins",
    ),
)

# ----- auto-replies ---------------------------------------------------------
add(
    date=d(5, 9, 14, 10),
    from_=("Stijn Vandaele", "stijn.vandaele@kortrijk.be"),
    subject="Automatisch antwoord: " + INVITE_SUBJECT,
    mid=mid("kortrijk.be", "outlook"),
    reply_to_mid=INVITE_MID,
    headers=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("X-Auto-Response-Suppress", "All"),
    ],
    body=(
        "plain",
        """Hey,

'k Zitten tot en met vrijdag 16 november nie op 't werk (ewa, verlof 🌴).
Uw mail wordt nie doorgestuurd, maar 'k lezen 'm as 'k were benne.

Iets dringend? Stuurt dan een mailtje naar personeel@kortrijk.be of belt
mijn collega Nele Coucke.

Tot seffens!
Stijn

Stijn Vandaele
teamleider personeelsadministratie
Stad Kortrijk
Grote Markt 54, 8500 Kortrijk
""",
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="West-Flemish, informal out-of-office ('nie op 't werk', emoji) with Auto-Submitted "
        "and X-Autoreply; signature has name, function, city and a colleague",
    ),
)

add(
    date=d(5, 9, 14, 40),
    from_=("Nadia Boeckx", "nadia.boeckx@edegem.be"),
    subject="Afwezig: " + INVITE_SUBJECT,
    header_charset="iso-8859-1",
    mid=mid("edegem.be", "outlook"),
    reply_to_mid=INVITE_MID,
    headers=[("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")],
    body=(
        "plain",
        """Amai, ge hebt pech: ik zit tot en met vrijdag 9 november in de Ardennen,
zonder bereik en zonder laptop. Ik kan uw mail dus nie lezen en hij wordt
ook nie doorgestuurd. Voor dringende zaken: onthaal@edegem.be.

Ik zal er vanaf maandag 12 november terug zijn, beloofd.

(Dit is een automatisch antwoord, ge moet hier nie op reageren.)

Nadia Boeckx
diensthoofd secretariaat
Gemeente Edegem
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    label=dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="Antwerp-dialect absence note ('Amai, ge hebt pech'); no RFC 3834 headers, only "
        "'Afwezig:' subject, the body's 'automatisch antwoord' and Precedence: bulk; "
        "'ik zal er ... terug zijn' is not a registration",
    ),
)

# ----- registrations ----------------------------------------------------------
t = """Hallo Linda,

Ik zal der zijn hé! 'k Moet maar ne keer over de Leien en 'k sta aan 't
Permeke, dus ge moogt mij zeker noteren.

Naam: Gert Van Roy
Stad / gemeente: 't Stad (Antwerpen dus 😄)
Functie: teamleider rekrutering en selectie
E-mailadres: gert.vanroy@antwerpen.be

Tot de 7de!
Gert
"""
add(
    date=d(5, 9, 41),
    from_=("Van Roy Gert", "gert.vanroy@antwerpen.be"),
    subject="RE: " + INVITE_SUBJECT,
    mid=mid("antwerpen.be", "outlook"),
    reply_to_mid=INVITE_MID,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=(
        "alt",
        t + outlook_quote(INVITE_TEXT),
        text_to_html(t + outlook_quote(INVITE_TEXT), "utf-8"),
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Gert Van Roy",
                "Antwerpen",
                "teamleider rekrutering en selectie",
                "gert.vanroy@antwerpen.be",
            )
        ],
        note="Antwerp dialect ('Ik zal der zijn hé'); 'Stad / gemeente: 't Stad (Antwerpen dus)' "
        "-> Antwerpen; From is surname-first; quoted invitation with empty template below",
    ),
)

add(
    date=d(5, 10, 2),
    from_=("Ward Vanhoutte", "ward.vanhoutte@roeselare.be"),
    subject="Re: " + INVITE_SUBJECT,
    mid=mid("roeselare.be", "apple"),
    reply_to_mid=INVITE_MID,
    headers=[("X-Mailer", "Apple Mail (2.3445.100.39)")],
    body=(
        "plain",
        """Dag Linda,

Ge moogt mij noteren voor 't seminarie in Antwerpen. 'k Ben Ward Vanhoutte,
'k werke bij de stad Roeselare as diensthoofd burgerzaken. Mijn mailadres is
ward.vanhoutte@roeselare.be.

Tot dan!
Ward
""",
        "utf-8",
        "8bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Ward Vanhoutte",
                "Roeselare",
                "diensthoofd burgerzaken",
                "ward.vanhoutte@roeselare.be",
            )
        ],
        note="West-Flemish free text ('Ge moogt mij noteren', ''k werke ... as diensthoofd'): "
        "all four facts in prose, no labels",
    ),
)

t = """Hi Linda,

Ik ben de new business manager bij stad Mechelen (since september 😉) en ik
zou heel graag attenden. Het topic is echt spot on voor ons, we zitten
midden in een re-org.

Name: Jelle Van Looy
City: Mechelen
Function: new business manager
E-mail: jelle.vanlooy@mechelen.be

Looking forward, see you there!
Cheers,
Jelle
"""
add(
    date=d(5, 11, 20),
    from_=("Jelle Van Looy", "jelle.vanlooy@mechelen.be"),
    subject="Re: seminarie 7/12 - count me in",
    mid=mid("mechelen.be", "apple"),
    headers=[("User-Agent", "Microsoft-MacOutlook/10.10.4.181110")],
    body=("alt", t, text_to_html(t, "utf-8", outlook=False), "utf-8", "quoted-printable"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg("Jelle Van Looy", "Mechelen", "new business manager", "jelle.vanlooy@mechelen.be")
        ],
        note="Flemish-English mix ('ik zou graag attenden', 'new business manager') with English "
        "labels Name/City/Function/E-mail",
    ),
)

t = """Yesss 🎉🎉 daar ben ik graag bij!

🙋‍♀️ Naam: Lies Verstraete
🏙️ Stad / gemeente: Gent
💼 Functie: coach interne communicatie
📧 E-mailadres: lies.verstraete@stad.gent

☕ Tot aan de koffie om half tien! 😊
"""
add(
    date=d(5, 13, 5),
    from_=("Lies Verstraete", "lies.verstraete@stad.gent"),
    subject="Inschrijving 🎉",
    mid=mid("mail.gmail.com", "gmail"),
    reply_to_mid=None,
    body=("alt", t, text_to_html(t, "utf-8", outlook=False), "utf-8", "base64"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Lies Verstraete", "Gent", "coach interne communicatie", "lies.verstraete@stad.gent"
            )
        ],
        note="emoji before every label (ZWJ sequence, variation selectors), base64 UTF-8 text+HTML, "
        "B-encoded emoji subject",
    ),
)

t = """Dag Linda,

Merci voor de uitnodiging! Ik ga er zelf nie bij kunnen zijn (dan zit ik
op studiereis in Barcelona 🌞), maar ik heb ze direct doorgestuurd naar
onze diensthoofden. Succes ermee, 't klinkt alleszins straf.

Groetjes,
Griet

Griet Lambrecht
algemeen directeur
Gemeente Boom
"""
add(
    date=d(5, 14, 30),
    from_=("Griet Lambrecht", "griet.lambrecht@boom.be"),
    subject="RE: " + INVITE_SUBJECT,
    mid=mid("boom.be", "outlook"),
    reply_to_mid=INVITE_MID,
    body=(
        "alt",
        t + outlook_quote(INVITE_TEXT),
        text_to_html(t + outlook_quote(INVITE_TEXT), "utf-8"),
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="thanks for the invitation and passed on; 'ik ga er zelf nie bij kunnen zijn' from "
        "someone who never registered is no cancellation; quoted empty template below",
    ),
)

add(
    date=d(6, 8, 5),
    from_=("Dr. J.-B. Lauwers", "jb.lauwers@ieper.be"),
    subject="Inschrijving seminarie 'Stadsorganisaties in transitie'",
    mid=mid("ieper.be"),
    headers=[
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
        )
    ],
    body=(
        "plain",
        """Hooggeachte mevrouw,

Met bijzondere belangstelling heb ik kennis genomen van Uw uitnodiging voor
het seminarie "Stadsorganisaties in transitie". Gaarne wens ik hierop in te
gaan, en ik verzoek U derhalve mij als deelnemer te willen inschrijven.

Ten behoeve van Uw administratie vermeld ik hieronder de gevraagde gegevens:

Naam: Dr. Jan-Baptist Lauwers
Stad: Ieper
Functie: gemeenteraadslid
E-mailadres: jb.lauwers@ieper.be

Met de meeste hoogachting en in dankbare verwachting,

Dr. J.-B. Lauwers
Gemeenteraadslid te Ieper
""",
        "us-ascii",
        "7bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg("Jan-Baptist Lauwers", "Ieper", "gemeenteraadslid", "jb.lauwers@ieper.be")
        ],
        note="old-fashioned letter ('Hooggeachte mevrouw', 'Gaarne', capital 'Uw'); honorific 'Dr.' "
        "dropped; From shows only initials 'J.-B.'",
    ),
)

add(
    date=d(6, 10, 44),
    from_=("VERMEIREN Jozef", "Jozef.Vermeiren@lier.be"),
    subject="INSCHRIJVING SEMINARIE 7 DECEMBER",
    mid=mid("lier.be"),
    headers=[("X-Mailer", "Lotus Notes Release 9.0.1FP10 February 20, 2018")],
    body=(
        "plain",
        """GOEDEMIDDAG MEVROUW BOUDRY,

GRAAG SCHRIJF IK MIJ IN VOOR HET SEMINARIE 'STADSORGANISATIES IN TRANSITIE'
OP VRIJDAG 7 DECEMBER.

NAAM: JOZEF VERMEIREN
STAD: LIER
FUNCTIE: SCHEPEN VAN PERSONEEL EN ICT
E-MAIL: JOZEF.VERMEIREN@LIER.BE

MET VRIENDELIJKE GROETEN,

JOZEF VERMEIREN
SCHEPEN STAD LIER
""",
        "us-ascii",
        "7bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Jozef Vermeiren", "Lier", "schepen van personeel en ICT", "jozef.vermeiren@lier.be"
            )
        ],
        note="everything in CAPITALS (labels, values, address); address must be lower-cased, "
        "municipality is Lier",
    ),
)

t = """Geachte mevrouw,

Ondergetekende, mevrouw Godelieve Van Damme, adjunct-algemeen directeur van
het gemeentebestuur van Zele, wenst zich hierbij in te schrijven voor het
seminarie "Stadsorganisaties in transitie" dat plaatsvindt op vrijdag
7 december 2018 in het auditorium van de bibliotheek Permeke te Antwerpen.

Zij is voor verdere correspondentie bereikbaar op het e-mailadres
godelieve.vandamme@zele.be.

In afwachting van uw bevestiging verblijf ik,

Hoogachtend,

Godelieve Van Damme
Adjunct-algemeen directeur
Gemeentebestuur Zele
"""
add(
    date=d(6, 15, 12),
    from_=("Van Damme Godelieve", "godelieve.vandamme@zele.be"),
    subject="Inschrijving seminarie d.d. 7 december 2018",
    header_charset="windows-1252",
    mid=mid("zele.be", "outlook"),
    headers=[("X-Mailer", "Microsoft Outlook 14.0")],
    body=("html", text_to_html(t, "windows-1252"), "windows-1252", "quoted-printable"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Godelieve Van Damme",
                "Zele",
                "adjunct-algemeen directeur",
                "godelieve.vandamme@zele.be",
            )
        ],
        note="formal civil-service style in the third person ('Ondergetekende ... wenst zich "
        "in te schrijven', 'Zij is bereikbaar'); HTML-only windows-1252 QP; 'gemeentebestuur "
        "van Zele' -> Zele",
    ),
)

add(
    date=d(7, 9, 20),
    from_=("Marleen Thijs", "marleen.thijs@tongeren.be"),
    subject="Insjrieving seminarie",
    header_charset="iso-8859-1",
    mid=mid("tongeren.be"),
    body=(
        "plain",
        """Daag Linda,

Ich wil mich gère insjrieve veur 't seminarie op 7 december. Hie zien mien
gegevens:

Naam: Marleen Thijs
Stad / gemeente: Tongeren
Functie: diensthoofd personeel en organisatie
E-mailadres: marleen.thijs@tongeren.be

Hèl vriendelik bedank en tot dan,
Marleen
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Marleen Thijs",
                "Tongeren",
                "diensthoofd personeel en organisatie",
                "marleen.thijs@tongeren.be",
            )
        ],
        note="Limburg dialect ('Ich wil mich gère insjrieve veur 't seminarie') around a "
        "standard labelled template; ISO-8859-1 QP",
    ),
)

add(
    date=d(7, 11, 57),
    from_=("Frederiek Vandecasteele", "frederiek.vandecasteele@poperinge.be"),
    subject="inschrijivng semenarie",
    mid=mid("poperinge.be", "outlook"),
    body=(
        "plain",
        """Beste Linda,

Graag schijf ik mij in voor het semenarie van 7 dcember.

Naam: Frederiek Vandecasteele
Stat / gemeente: Poperinge
Functie: coordinator personeel en organsatie
Emial: frederiek.vandecasteele@poperinge.be

Met vriendleijke groeten,
Frederiek
""",
        "us-ascii",
        "7bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Frederiek Vandecasteele",
                "Poperinge",
                "coordinator personeel en organsatie",
                "frederiek.vandecasteele@poperinge.be",
            )
        ],
        note="typos everywhere, in the labels too ('Stat / gemeente', 'Emial'); function kept as "
        "typed (no accent, 'organsatie')",
    ),
)

add(
    date=d(7, 16, 48),
    from_=("Katrien Baert", "katrien.baert@kcvs.be"),
    subject="vrijdag?",
    mid=mid("kcvs.be", "outlook"),
    body=(
        "plain",
        """Linda,

Gaan we vrijdag nog iets drinken na 't werk? Amai wat een week.
Allee, laat maar weten, ik trakteer!

x K
""",
        "utf-8",
        "8bit",
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="unrelated colleague mail in colloquial Flemish ('Amai', 'Allee'); 'vrijdag' is not "
        "the event; leave untouched",
    ),
)

add(
    date=d(8, 8, 33),
    from_=("Evelien Claeys", "evelien.claeys@oostende.be"),
    subject="RE: " + INVITE_SUBJECT,
    mid=mid("oostende.be", "outlook"),
    reply_to_mid=INVITE_MID,
    body=(
        "plain",
        """Dag Linda,

Amai, wat een interessant programma! Ik kan niet wachten om te komen.
Schrijf mij zeker in:

Naam: Evelien Claeys
Stad / gemeente: Oostende
Functie: HR-businesspartner
E-mailadres: evelien.claeys@oostende.be

Tot dan!
Evelien
""",
        "utf-8",
        "8bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg("Evelien Claeys", "Oostende", "HR-businesspartner", "evelien.claeys@oostende.be")
        ],
        note="'Ik kan niet wachten om te komen' contains 'ik kan niet ... komen' but is enthusiasm, "
        "not a cancellation",
    ),
)

t = """Linda,

Een seminarie over organisaties in transitie, op een vrijdag, in Antwerpen,
met gratis lunch... ge weet precies hoe ge ne West-Vlaming moet lokken 😉
Allee, 'k kome, al was 't maar voor de broodjes.

Voor de lijste:
Hannes Debaene
algemeen directeur
Stad Izegem
hannes.debaene@izegem.be

PS: als de koffie even slecht is als vorig jaar in Gent, breng ik mijn eigen
thermos mee.
"""
add(
    date=d(8, 12, 15),
    from_=("Hannes Debaene", "hannes.debaene@izegem.be"),
    subject="Re: " + INVITE_SUBJECT,
    mid=mid("izegem.be"),
    reply_to_mid=INVITE_MID,
    body=("plain", t, "utf-8", "quoted-printable"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg("Hannes Debaene", "Izegem", "algemeen directeur", "hannes.debaene@izegem.be")
        ],
        note="joking West-Flemish registration ('al was 't maar voor de broodjes'); the PS mentions "
        "Gent, which is not his municipality",
    ),
)

add(
    date=d(8, 18, 2),
    from_=("Koen Vanwalleghem", "koen.vanwalleghem@menen.be"),
    subject="Seminarie",
    mid=mid("menen.be", "apple"),
    headers=[("X-Mailer", "iPhone Mail (16B92)")],
    body=(
        "plain",
        """hallo linda ik schrijf mij in voor het seminarie punt mijn naam is koen vanwalleghem komma ik werk bij de stad menen als teamleider hr punt mijn mailadres is koen punt vanwalleghem apenstaartje menen punt be punt nieuwe alinea met vriendelijke groeten koen

Verstuurd vanaf mijn iPhone
""",
        "us-ascii",
        "7bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg("Koen Vanwalleghem", "Menen", "teamleider HR", "koen.vanwalleghem@menen.be")
        ],
        note="dictated on a phone without punctuation ('punt', 'komma', 'apenstaartje'); the spoken "
        "address equals the From address; 'stad menen' (Menen is also a verb)",
    ),
)

add(
    date=d(9, 20, 14),
    from_=("Jos Vanderhoven", "jos.vanderhoven@telenet.be"),
    subject="vraagske ivm seminarie",
    mid=mid("telenet.be"),
    body=(
        "plain",
        """Daag Linda,

Ich bin gemeenteraadslid in Bilzen en ich höb dien oetnodiging via
de griffie gekrege. Is 't seminarie ouch toegankelik veur
gemeenteraadsleden, of is 't allein veur 't personeel? En mót ich mich
dan zelf insjrieve of geit dat via de griffie?

Bedank alvast,
Jos Vanderhoven
""",
        "utf-8",
        "8bit",
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="Limburg-dialect question (may council members attend, who registers them?) from a "
        "private address; nobody registers yet; needs a personal answer",
    ),
)

t = """Hey Linda,

Ge kent mij: als het over organisatieverandering gaat, zal ik er niet niet
zijn 😄 Dus zet mij maar op de lijst.

Bram Wouters
projectleider stadsontwikkeling
Stad Leuven
bram.wouters@leuven.be
"""
add(
    date=d(12, 9, 5),
    from_=("Bram Wouters", "bram.wouters@leuven.be"),
    subject="Re: " + INVITE_SUBJECT,
    mid=mid("leuven.be"),
    reply_to_mid=INVITE_MID,
    body=(
        "alt",
        t + gmail_quote(INVITE_TEXT),
        text_to_html(t, "utf-8", outlook=False),
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Bram Wouters",
                "Leuven",
                "projectleider stadsontwikkeling",
                "bram.wouters@leuven.be",
            )
        ],
        note="double negation 'zal ik er niet niet zijn' = he will come, plus 'zet mij maar op de "
        "lijst'; details only in the signature; Gmail-quoted invitation",
    ),
)

add(
    date=d(12, 14, 22),
    from_=("Tine Bogaerts", "tine.bogaerts@turnhout.be"),
    subject="Inschrijving seminarie 7 december",
    header_charset="windows-1252",
    mid=mid("turnhout.be", "outlook"),
    body=(
        "plain",
        """Beste mevrouw Boudry,

Via mijn collega Greet Smets, die de uitnodiging naar mij heeft doorgestuurd omdat zij zelf op 7 december niet kan gaan, kwam ik bij uw seminarie terecht en omdat ik sinds september de nieuwe coördinator strategische planning ben bij de stad Turnhout, waar we net volop bezig zijn met een nieuw organogram en een hele oefening rond organisatiebeheersing, denk ik dat dit seminarie daar perfect bij aansluit, dus zou ik mij graag inschrijven, mijn naam is Tine Bogaerts en u kunt mij altijd bereiken op tine.bogaerts@turnhout.be of op het nummer in mijn handtekening, alvast hartelijk bedankt en tot 7 december in het Permeke.

Tine Bogaerts
Coördinator strategische planning
Stad Turnhout
T 014 40 00 00
""",
        "windows-1252",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Tine Bogaerts",
                "Turnhout",
                "coördinator strategische planning",
                "tine.bogaerts@turnhout.be",
            )
        ],
        note="one long run-on sentence carrying name, town, function and address; the colleague "
        "who 'niet kan gaan' is neither registered nor cancelled; windows-1252 QP",
    ),
)

t = """Dag Linda, ik en mijn collega Sarah Goossens (sarah.goossens@schoten.be, die staat ook in cc) gaan der allebei zijn, ik ben Wouter Peeters en ik ben stafmedewerker personeel en zij is teamverantwoordelijke welzijn, allebei van de gemeente Schoten, tot dan en merci om dat te organiseren!

Wouter
"""
add(
    date=d(13, 10, 10),
    from_=("Wouter Peeters", "wouter.peeters@schoten.be"),
    cc=[("Sarah Goossens", "sarah.goossens@schoten.be")],
    subject="inschrijving 7/12 (2 personen)",
    mid=mid("schoten.be", "outlook"),
    body=("html", text_to_html(t, "utf-8"), "utf-8", "quoted-printable"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Wouter Peeters", "Schoten", "stafmedewerker personeel", "wouter.peeters@schoten.be"
            ),
            reg(
                "Sarah Goossens",
                "Schoten",
                "teamverantwoordelijke welzijn",
                "sarah.goossens@schoten.be",
            ),
        ],
        note="two people in one Antwerp-flavoured run-on sentence ('gaan der allebei zijn'); the "
        "sender's address comes from From, the colleague's from the body/Cc; HTML-only",
    ),
)

t = """Geachte mevrouw Boudry,

Hartelijk dank voor uw uitnodiging. Graag schrijf ik mij in voor het
seminarie.

Naam: Véronique D'hondt
Stad / gemeente: Brugge
Functie: beleidsadviseur organisatieontwikkeling
E-mailadres: veronique.dhondt@brugge.be

Met vriendelijke groet,

Véronique D'hondt
"""
add(
    date=d(13, 11, 31),
    from_=("D'hondt Véronique", "veronique.dhondt@brugge.be"),
    subject="RE: " + INVITE_SUBJECT,
    header_charset="windows-1252",
    mid=mid("brugge.be", "outlook"),
    reply_to_mid=INVITE_MID,
    headers=[
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdR7Kq0d8c1b2e3f4a5b6c7d8e9f0a1b2c=="),
    ],
    body=(
        "alt",
        t + outlook_quote(INVITE_TEXT),
        text_to_html(t + outlook_quote(INVITE_TEXT), "windows-1252"),
        "windows-1252",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Véronique D'hondt",
                "Brugge",
                "beleidsadviseur organisatieontwikkeling",
                "veronique.dhondt@brugge.be",
            )
        ],
        note="formal 'u' register, the plain labelled case in Outlook text+HTML windows-1252 QP, "
        "accented name; the invitation's empty template is quoted below",
    ),
)

t = """Allee, nog niet ingeschreven?

Op vrijdag 7 december organiseren we het gratis seminarie 'Stadsorganisaties
in transitie' in bibliotheek Permeke in Antwerpen. Mail uw naam, stad /
gemeente, functie en e-mailadres naar linda.boudry@kcvs.be, ten laatste op
2 december.

Verder in deze nieuwsbrief:
- Nieuwe cijfers in de Stadsmonitor
- Terugblik op ons netwerk 'centrumsteden'
- Vacature: stafmedewerker onderzoek (m/v/x)

Naam:
Stad / gemeente:
Functie:
E-mailadres:

U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven. Uitschrijven?
Mail naar nieuwsbrief-afmelden@kcvs.be.
"""
add(
    date=d(14, 7, 0),
    from_=("KCVS nieuwsbrief", "nieuwsbrief@kcvs.be"),
    to=[("", "nieuwsbrief@lists.kcvs.be")],
    subject="KCVS-nieuwsbrief november: seminarie, Stadsmonitor en meer",
    mid=mid("lists.kcvs.be"),
    headers=[
        ("List-Id", "KCVS nieuwsbrief <nieuwsbrief.lists.kcvs.be>"),
        ("List-Unsubscribe", "<mailto:nieuwsbrief-afmelden@kcvs.be>"),
        ("Precedence", "bulk"),
    ],
    body=("alt", t, text_to_html(t, "utf-8", outlook=False), "utf-8", "quoted-printable"),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="mass mail (List-Id, List-Unsubscribe) announcing this very seminar with an empty "
        "template and the organiser's address; 'afmelden' is unsubscribe",
    ),
)

add(
    date=d(14, 21, 40),
    from_=("An-Sofie De Wilde", "an-sofie.dewilde@sint-niklaas.be"),
    subject="inschrijving",
    mid=mid("sint-niklaas.be"),
    headers=[("User-Agent", "Roundcube Webmail/1.3.8")],
    body=(
        "plain",
        """hallo linda

ik schrijf me graag in voor het seminarie op 7 december in het permeke

naam: an-sofie de wilde
stad: sint-niklaas
functie: coordinator strategie en financien
mail: an-sofie.dewilde@sint-niklaas.be

groetjes
an-sofie
""",
        "us-ascii",
        "7bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "An-Sofie De Wilde",
                "Sint-Niklaas",
                "coordinator strategie en financien",
                "an-sofie.dewilde@sint-niklaas.be",
            )
        ],
        note="no capitals at all and no accents ('coordinator', 'financien'); lower-case labels; "
        "municipality must come out as Sint-Niklaas",
    ),
)

add(
    date=d(15, 9, 48),
    from_=("Sandra Vanhamel", "sandra.vanhamel@maasmechelen.be"),
    subject="Inschrijving 2 personen Maasmechelen",
    header_charset="windows-1252",
    mid=mid("maasmechelen.be", "outlook"),
    body=(
        "plain",
        """Dag Linda,

Zoudt gij ons tweeën willen inschrijven? Wij komen van Maasmechelen en gaan
samen met de auto.

1) Dirk Houben – algemeen directeur – dirk.houben@maasmechelen.be
2) Sandra Vanhamel – financieel directeur – sandra.vanhamel@maasmechelen.be

Bedankt hè, en tot vrijdag de zevende!
Sandra
""",
        "windows-1252",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg("Dirk Houben", "Maasmechelen", "algemeen directeur", "dirk.houben@maasmechelen.be"),
            reg(
                "Sandra Vanhamel",
                "Maasmechelen",
                "financieel directeur",
                "sandra.vanhamel@maasmechelen.be",
            ),
        ],
        note="'gij' form ('Zoudt gij ons tweeën willen inschrijven?' is a polite request, not a "
        "question to answer); two people in en-dash lines; town only in the sentence",
    ),
)

t = """Hallo Linda,

Normaal gezien kom ik, dus zet mij maar op de lijst. Mijn gegevens:
Pieter-Jan Mertens - Herentals - financieel directeur - pieter-jan.mertens@herentals.be

Groetjes,
PJ
"""
add(
    date=d(15, 13, 37),
    from_=("Pieter-Jan Mertens", "pieter-jan.mertens@herentals.be"),
    subject="Re: " + INVITE_SUBJECT,
    mid=mid("herentals.be"),
    reply_to_mid=INVITE_MID,
    body=(
        "alt",
        t + gmail_quote(INVITE_TEXT),
        text_to_html(t, "utf-8", outlook=False),
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Pieter-Jan Mertens",
                "Herentals",
                "financieel directeur",
                "pieter-jan.mertens@herentals.be",
            )
        ],
        note="'Normaal gezien kom ik' is the Flemish 'yes, I'm coming' (with 'zet mij maar op de "
        "lijst'), not real doubt; one dash-separated line; signed 'PJ'",
    ),
)

add(
    date=d(16, 10, 3),
    from_=("Rik Vandersmissen", "rik.vandersmissen@diest.be"),
    subject="RE: " + INVITE_SUBJECT,
    mid=mid("diest.be", "outlook"),
    reply_to_mid=INVITE_MID,
    body=(
        "plain",
        """Salut Linda,

Hoe is 't? Ik heb uw uitnodiging gezien en ge moogt mij inschrijven, da's
echt iets voor ons. Ik ben sinds kort de nieuwe HR-manager van de stad Diest.

Rik Vandersmissen
HR-manager
rik.vandersmissen@diest.be

Merci en tot de zevende!
"""
        + outlook_quote(INVITE_TEXT),
        "utf-8",
        "8bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[reg("Rik Vandersmissen", "Diest", "HR-manager", "rik.vandersmissen@diest.be")],
        note="Brabant colloquial 'ge'-form ('ge moogt mij inschrijven'); 'Hoe is 't?' is a greeting, "
        "not a question; town in a sentence, the rest in the signature",
    ),
)

t = """Bonjour Linda,

Ik kom graag ne keer kijken hoe dat ze da in Antwerpen doen, allez. Ge
moogt mij op de lijst zetten, merci hein!

Nom / naam: Mohamed El Amrani
Ville de Bruxelles / Stad Brussel
Fonction: adviseur Nederlandstalige aangelegenheden
mohamed.elamrani@brucity.be

Envoyé de mon smartphone
"""
add(
    date=d(16, 15, 26),
    from_=("Mohamed El Amrani", "mohamed.elamrani@brucity.be"),
    subject="inschrijving / inscription 7/12",
    mid=mid("brucity.be"),
    body=("alt", t, text_to_html(t, "utf-8", outlook=False), "utf-8", "base64"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Mohamed El Amrani",
                "Brussel",
                "adviseur Nederlandstalige aangelegenheden",
                "mohamed.elamrani@brucity.be",
            )
        ],
        note="Brussels Flemish with French ('allez', 'merci hein', 'Nom / naam'); 'Ville de "
        "Bruxelles / Stad Brussel' -> Brussel; unlabelled address line; base64",
    ),
)

t = """Geachte mevrouw Boudry,

In opdracht van de schepen mag ik u de inschrijving bezorgen van volgende
personen voor het seminarie van 7 december e.k.:

- Dhr. Luc Bollen, schepen van personeel, luc.bollen@sint-truiden.be
- Mevr. Kathleen Daenen, algemeen directeur, kathleen.daenen@sint-truiden.be

Beide personen zullen aanwezig zijn vanaf 9.30 uur.

Met de meeste hoogachting,

Marijke Stevens
Kabinetsmedewerker
Stad Sint-Truiden
"""
add(
    date=d(19, 10, 15),
    from_=("Secretariaat Stad Sint-Truiden", "secretariaat@sint-truiden.be"),
    subject="Inschrijving seminarie 7 december e.k.",
    header_charset="windows-1252",
    mid=mid("sint-truiden.be", "outlook"),
    body=("html", text_to_html(t, "windows-1252"), "windows-1252", "quoted-printable"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Luc Bollen", "Sint-Truiden", "schepen van personeel", "luc.bollen@sint-truiden.be"
            ),
            reg(
                "Kathleen Daenen",
                "Sint-Truiden",
                "algemeen directeur",
                "kathleen.daenen@sint-truiden.be",
            ),
        ],
        note="formal secretariat mail ('e.k.', 'Met de meeste hoogachting') registering two people "
        "(Dhr./Mevr. dropped); the sender and signer are not registered; HTML-only",
    ),
)

add(
    date=d(19, 16, 40),
    from_=("Sofie Van Aken", "sofie.vanaken@mortsel.be"),
    subject="inschrijving seminarie",
    header_charset="iso-8859-1",
    mid=mid("mortsel.be"),
    body=(
        "plain",
        """Dag mevrouw Boudry,

Als alles goed gaat ben ik erbij op 7 december. Mag ik mij bij deze
inschrijven?

Sofie Van Aken, communicatieverantwoordelijke, stad Mortsel
(sofie.vanaken@mortsel.be)

Vriendelijke groeten,
Sofie
""",
        "iso-8859-1",
        "8bit",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Sofie Van Aken",
                "Mortsel",
                "communicatieverantwoordelijke",
                "sofie.vanaken@mortsel.be",
            )
        ],
        note="conditional wording ('Als alles goed gaat ben ik erbij') with an explicit request to be "
        "registered: a normal sign-up; 'Mag ik mij ... inschrijven?' is a formula, not a question",
    ),
)

add(
    date=d(20, 9, 12),
    from_=("Lukas Verhaegen", "lukas.verhaegen@dilbeek.be"),
    subject="voorlopige inschrijving?",
    mid=mid("dilbeek.be", "outlook"),
    body=(
        "plain",
        """Dag Linda,

Ik zou graag komen, maar ik weet nog niet zeker of het lukt: op 7/12 valt
misschien onze extra gemeenteraad over het meerjarenplan. Kunt ge mij al
voorlopig noteren? Tegen eind november weet ik het zeker en dan laat ik
iets weten.

Naam: Lukas Verhaegen
Gemeente: Dilbeek
Functie: deskundige organisatieontwikkeling
Mail: lukas.verhaegen@dilbeek.be

Groetjes,
Lukas
""",
        "utf-8",
        "8bit",
    ),
    label=dict(
        kind="registration",
        needs_review=True,
        registrants=[
            reg(
                "Lukas Verhaegen",
                "Dilbeek",
                "deskundige organisatieontwikkeling",
                "lukas.verhaegen@dilbeek.be",
            )
        ],
        note="genuinely tentative ('weet nog niet zeker', 'voorlopig noteren?', will confirm later): "
        "complete details, but a person must decide how to record it and answer",
    ),
)

add(
    date=d(20, 14, 3),
    from_=("Jolien Vandenbussche", "jolien.vandenbussche@torhout.be"),
    subject="Re: " + INVITE_SUBJECT,
    mid=mid("torhout.be"),
    reply_to_mid=INVITE_MID,
    body=(
        "plain",
        """Hallo Linda,

'k Zou graag komen. Naam: Jolien Vandenbussche, stad Torhout,
teamverantwoordelijke burgerzaken, jolien.vandenbussche@torhout.be.

Is 't ver stappen van 't station Antwerpen-Centraal naar 't Permeke, of is er
parking in de buurt? Want 'k zou misschien met de auto komen.

Merci!
Jolien
"""
        + gmail_quote(INVITE_TEXT),
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="registration",
        needs_review=True,
        registrants=[
            reg(
                "Jolien Vandenbussche",
                "Torhout",
                "teamverantwoordelijke burgerzaken",
                "jolien.vandenbussche@torhout.be",
            )
        ],
        note="West-Flemish registration in one line plus a practical question (walk from the "
        "station or parking?): register, but a person must answer",
    ),
)

t = """Dag Linda,

Mijn agenda heeft er anders over beslist: er is op 7 december een extra
college ingepland dat ik niet kan missen. Mag je mij van de lijst halen?
Hopelijk tot een volgende keer.

Elke
"""
conf = confirmation(
    "Elke", "Elke Van Camp", "Ninove", "diensthoofd communicatie", "elke.vancamp@ninove.be"
)
add(
    date=d(21, 8, 50),
    from_=("Elke Van Camp", "elke.vancamp@ninove.be"),
    subject="Re: " + CONF_SUBJECT,
    mid=mid("ninove.be"),
    reply_to_mid="<conf-0912a7@kcvs.be>",
    body=(
        "plain",
        t
        + "\nOp 9 nov. 2018, om 10:02, schreef Linda Boudry <linda.boudry@kcvs.be>:\n\n"
        + quote(conf),
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="cancellation",
        needs_review=False,
        registrants=[
            reg("Elke Van Camp", "Ninove", "diensthoofd communicatie", "elke.vancamp@ninove.be")
        ],
        note="indirect cancellation ('Mijn agenda heeft er anders over beslist', 'van de lijst halen') "
        "with 'je'; her details only in the quoted confirmation",
    ),
)

add(
    date=d(21, 22, 17),
    from_=("Kristof Vanbeveren", "kristof.vanbeveren@wetteren.be"),
    subject="seminarie 7/12",
    mid=mid("wetteren.be"),
    headers=[("X-Mailer", "Samsung Mail")],
    body=(
        "plain",
        """hoi linda, schepen vanbeveren hier (wetteren). zet me er maar bij vr 7/12. tot dan! kristof


Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
        "utf-8",
        "base64",
    ),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg("Kristof Vanbeveren", "Wetteren", "schepen", "kristof.vanbeveren@wetteren.be")
        ],
        note="SMS-style one-liner from a politician, all lower case: function 'schepen' and town in "
        "the text, full name from the From header; base64 from a phone",
    ),
)

add(
    date=d(22, 11, 11),
    from_=("Ludo Janssens", "ludo.janssens@skynet.be"),
    subject="Re: " + INVITE_SUBJECT,
    header_charset="iso-8859-1",
    mid=mid("skynet.be"),
    reply_to_mid=INVITE_MID,
    body=(
        "plain",
        """Allee, wa is da hier? Ik krijg dees uitnodiging op mijn privé-adres, maar
ik werk al twee jaar nie meer bij 't Stad, 'k zit op pensioen. Haalt ge mij
uit uw lijst? Merci hé.

Ludo
"""
        + "\n"
        + quote(INVITE_TEXT),
        "iso-8859-1",
        "8bit",
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="Antwerp dialect: a retiree asks to be taken off the mailing list ('Haalt ge mij uit uw "
        "lijst?'); he was never registered, so not a cancellation; a person must act",
    ),
)

add(
    date=d(22, 16, 5),
    from_=("Lieven Dewulf", "lieven.dewulf@diksmuide.be"),
    subject="seminarie 7 december",
    header_charset="iso-8859-1",
    mid=mid("diksmuide.be", "outlook"),
    body=(
        "plain",
        """Linda,

'k Gon der toch nie geroaken de zevende, 't is hier kermis op 't stadhuis
met de begroting. Schrap mij moar van de lijste, 't spiet me.

Lieven Dewulf
beleidsmedewerker financiën
Stad Diksmuide
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    label=dict(
        kind="cancellation",
        needs_review=False,
        registrants=[
            reg(
                "Lieven Dewulf",
                "Diksmuide",
                "beleidsmedewerker financiën",
                "lieven.dewulf@diksmuide.be",
            )
        ],
        note="broad West-Flemish cancellation ('k Gon der toch nie geroaken', 'Schrap mij moar'); "
        "'kermis' is a figure of speech; details from the signature",
    ),
)

t = """Goeiemorgen Linda,

Graag schrijf ik mij in. Ik kan helaas niet om half tien al aanwezig zijn
voor de koffie (schoolpoort 🙃), ik zal er rond tien uur zijn.

Naam: Ilse Vervoort
Gemeente: Brasschaat
Functie: diensthoofd onthaal en burgerzaken
E-mailadres: ilse.vervoort@brasschaat.be

Groetjes,
Ilse
"""
add(
    date=d(23, 7, 58),
    from_=("Ilse Vervoort", "ilse.vervoort@brasschaat.be"),
    subject="Inschrijving seminarie 7/12",
    mid=mid("brasschaat.be", "outlook"),
    body=("alt", t, text_to_html(t, "utf-8"), "utf-8", "quoted-printable"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[
            reg(
                "Ilse Vervoort",
                "Brasschaat",
                "diensthoofd onthaal en burgerzaken",
                "ilse.vervoort@brasschaat.be",
            )
        ],
        note="'Ik kan helaas niet ... aanwezig zijn' only about the 9.30 coffee; she arrives for the "
        "10.00 start, so a plain registration",
    ),
)

t = """Goed nieuws: ik moet niet naar nog maar eens een seminarie.
Slecht nieuws: dat is omdat de begrotingswijziging volledig op mijn bord
beland is. Schrap mij dus maar, met pijn in het hart 😢

Karel
"""
conf = confirmation(
    "Karel", "Karel Bosmans", "Zaventem", "financieel directeur", "karel.bosmans@zaventem.be"
)
add(
    date=d(26, 10, 20),
    from_=("Karel Bosmans", "karel.bosmans@zaventem.be"),
    subject="RE: " + CONF_SUBJECT,
    mid=mid("zaventem.be", "outlook"),
    reply_to_mid="<conf-1b7e44@kcvs.be>",
    body=(
        "alt",
        t
        + outlook_quote(
            conf, sent="dinsdag 6 november 2018 11:40", to="Karel Bosmans", subject=CONF_SUBJECT
        ),
        text_to_html(
            t
            + outlook_quote(
                conf, sent="dinsdag 6 november 2018 11:40", to="Karel Bosmans", subject=CONF_SUBJECT
            ),
            "utf-8",
        ),
        "utf-8",
        "base64",
    ),
    label=dict(
        kind="cancellation",
        needs_review=False,
        registrants=[
            reg("Karel Bosmans", "Zaventem", "financieel directeur", "karel.bosmans@zaventem.be")
        ],
        note="sarcastic cancellation ('Goed nieuws: ik moet niet naar nog maar eens een seminarie'); "
        "'Schrap mij dus maar'; details only in the quoted confirmation; base64",
    ),
)

add(
    date=d(26, 13, 45),
    from_=("Jonas Wuyts", "jonas.wuyts@tielt.be"),
    subject="inschrijving goed ontvangen?",
    mid=mid("tielt.be"),
    body=(
        "plain",
        """Linda,

Slecht nieuws: ik zal er niet zijn... Grapje! 😜 Ik heb mij vorige week al
ingeschreven (dinsdag, denk ik), maar ik heb nog geen bevestiging gekregen.
Is mijn mail wel goed aangekomen?

Groetjes,
Jonas Wuyts
beleidsmedewerker
Stad Tielt
""",
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="joke fake-cancellation ('ik zal er niet zijn... Grapje!') then asks whether an earlier "
        "registration arrived: no new sign-up; the organiser must look it up and answer",
    ),
)

add(
    date=d(27, 9, 30),
    from_=("Annelies Verbruggen", "annelies.verbruggen@temse.be"),
    subject="annulatie inschrijving seminarie",
    mid=mid("temse.be", "outlook"),
    body=(
        "alt",
        """Hallo,

Ik had me ingeschreven voor het seminarie van 7 december maar ik kan er nu
toch niet bij zijn, er is iets tussengekomen. Wil je mijn inschrijving
annuleren?

Groeten,
Annelies Verbruggen
HR-adviseur | Gemeente Temse
""",
        text_to_html(
            """Hallo,

Ik had me ingeschreven voor het seminarie van 7 december maar ik kan er nu
toch niet bij zijn, er is iets tussengekomen. Wil je mijn inschrijving
annuleren?

Groeten,
Annelies Verbruggen
HR-adviseur | Gemeente Temse
""",
            "utf-8",
        ),
        "utf-8",
        "quoted-printable",
    ),
    label=dict(
        kind="cancellation",
        needs_review=False,
        registrants=[
            reg("Annelies Verbruggen", "Temse", "HR-adviseur", "annelies.verbruggen@temse.be")
        ],
        note="past-perfect 'Ik had me ingeschreven ... maar' introducing a cancellation; 'Gemeente "
        "Temse' in a pipe-separated signature",
    ),
)

add(
    date=d(27, 23, 5),
    from_=("Tom De Ridder", "tom.deridder@eeklo.be"),
    subject="7 december",
    mid=mid("eeklo.be"),
    body=(
        "plain",
        """hoi linda
waarschijnlijk ga ik moeten afzeggen voor vrijdag 7 december want er is een audit gepland maar da is nog nie zeker ik laat het zeker nog weten tegen volgende week
tom

tom de ridder - deskundige ict - stad eeklo
""",
        "us-ascii",
        "7bit",
    ),
    label=dict(
        kind="cancellation",
        needs_review=True,
        registrants=[reg("Tom De Ridder", "Eeklo", "deskundige ict", "tom.deridder@eeklo.be")],
        note="tentative cancellation, all lower case, no punctuation ('waarschijnlijk ga ik moeten "
        "afzeggen ... nog nie zeker'): not safe to cancel automatically",
    ),
)

t = """Hoi Linda,

Ik had me eigenlijk al ingeschreven, maar ik zie net dat mijn mail nog
altijd in mijn concepten stond 🙈 Dus bij deze alsnog:

Naam: Hanne Goris
Stad: Lommel
Functie: stafmedewerker HR
E-mailadres: hanne.goris@lommel.be

Sorry voor de verwarring!
Hanne
"""
add(
    date=d(28, 8, 12),
    from_=("Hanne Goris", "hanne.goris@lommel.be"),
    subject="inschrijving (eindelijk)",
    mid=mid("lommel.be", "apple"),
    body=("alt", t, text_to_html(t, "utf-8", outlook=False), "utf-8", "base64"),
    label=dict(
        kind="registration",
        needs_review=False,
        registrants=[reg("Hanne Goris", "Lommel", "stafmedewerker HR", "hanne.goris@lommel.be")],
        note="'Ik had me eigenlijk al ingeschreven, maar' sounds like a cancellation but the old mail "
        "never left; 'bij deze alsnog' registers; base64 text+HTML",
    ),
)

add(
    date=d(28, 15, 50),
    from_=("Nele De Clercq", "nele.declercq@oudenaarde.be"),
    subject="afmelding seminarie 7/12",
    header_charset="windows-1252",
    mid=mid("oudenaarde.be", "outlook"),
    body=(
        "plain",
        """Beste Linda,

Wij zullen er jammer genoeg niet bij zijn, noch ik noch onze
communicatieambtenaar Bert Vanderstraeten: de gemeenteraad is verplaatst
naar vrijdagvoormiddag. Wil je ons allebei van de lijst schrappen?

Vriendelijke groeten,

Nele De Clercq | beleidscoördinator | Stad Oudenaarde
""",
        "windows-1252",
        "8bit",
    ),
    label=dict(
        kind="cancellation",
        needs_review=False,
        registrants=[
            reg(
                "Nele De Clercq", "Oudenaarde", "beleidscoördinator", "nele.declercq@oudenaarde.be"
            ),
            reg("Bert Vanderstraeten", "Oudenaarde", "communicatieambtenaar", None),
        ],
        note="'noch ik noch onze communicatieambtenaar' cancels two people; the colleague has no "
        "address here (null); windows-1252 8bit",
    ),
)

t = """Geachte mevrouw Boudry,

Ondergetekende, Marc Vandenbroucke, algemeen directeur van het lokaal bestuur
Wevelgem, ziet zich tot zijn spijt genoodzaakt zijn inschrijving voor het
seminarie "Stadsorganisaties in transitie" van vrijdag 7 december 2018 in te
trekken, wegens een samenvallende en niet te verplaatsen verplichting.

Hij dankt u voor uw begrip en hoopt op een volgende gelegenheid wel
aanwezig te kunnen zijn.

Hoogachtend,

Marc Vandenbroucke
Algemeen directeur
Gemeente en OCMW Wevelgem
"""
add(
    date=d(29, 10, 0),
    from_=("Vandenbroucke Marc", "marc.vandenbroucke@wevelgem.be"),
    subject="Intrekking inschrijving seminarie 7 december 2018",
    mid=mid("wevelgem.be", "outlook"),
    body=("html", text_to_html(t, "windows-1252"), "windows-1252", "quoted-printable"),
    label=dict(
        kind="cancellation",
        needs_review=False,
        registrants=[
            reg(
                "Marc Vandenbroucke",
                "Wevelgem",
                "algemeen directeur",
                "marc.vandenbroucke@wevelgem.be",
            )
        ],
        note="formal third-person cancellation ('Ondergetekende ... ziet zich genoodzaakt zijn "
        "inschrijving in te trekken'); 'hoopt ... wel aanwezig te kunnen zijn' is about a "
        "future event; HTML-only",
    ),
)

t = """Dag Linda,

Ik kan helaas niet komen op 7 december, maar mijn collega Jens Van Hecke
(teamleider ICT, jens.vanhecke@lokeren.be) zou graag in mijn plaats gaan.
Kan dat?

Groetjes,
Liesbeth
"""
conf = confirmation(
    "Liesbeth", "Liesbeth Roels", "Lokeren", "diensthoofd personeel", "liesbeth.roels@lokeren.be"
)
full = t + outlook_quote(
    conf, sent="woensdag 7 november 2018 14:05", to="Liesbeth Roels", subject=CONF_SUBJECT
)
add(
    date=d(30, 12, 25),
    from_=("Liesbeth Roels", "liesbeth.roels@lokeren.be"),
    subject="RE: " + CONF_SUBJECT,
    mid=mid("lokeren.be", "outlook"),
    reply_to_mid="<conf-77c0d1@kcvs.be>",
    body=("alt", full, text_to_html(full, "utf-8"), "utf-8", "quoted-printable"),
    label=dict(
        kind="cancellation",
        needs_review=True,
        registrants=[
            reg("Liesbeth Roels", "Lokeren", "diensthoofd personeel", "liesbeth.roels@lokeren.be")
        ],
        note="substitution: 'Ik kan helaas niet komen' plus a colleague (with function and address) "
        "in her place; two actions at once, so a person must handle it",
    ),
)


# ---------------------------------------------------------------------------


def main():
    msgs = sorted(M, key=lambda m: m["date"])
    assert len(msgs) == 45, len(msgs)
    for n, m in enumerate(msgs, 1):
        m["from"] = m.pop("from_")
        data = build(m)
        base = os.path.join(OUT, f"{n:03d}")
        with open(base + ".eml", "wb") as f:
            f.write(data)
        lab = m["label"]
        out = {
            "kind": lab["kind"],
            "registrants": lab["registrants"],
            "needs_review": lab["needs_review"],
            "note": lab["note"],
        }
        with open(base + ".json", "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
