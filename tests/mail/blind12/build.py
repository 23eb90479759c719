#!/usr/bin/env python3
"""Blind test set 12 for the KCVS registration parser.

Mails that do several things at once (register + question, register + cancel,
thank-you + colleague, out-of-office with a personal note, bounces that carry a
person's words ...), mixed with plain single-intent mail for contrast.

Deterministic: random.seed() first, explicit dates and Message-IDs, CRLF output.
Run:  python3 build.py   (writes NNN.eml + NNN.json next to this file)
"""

import base64
import hashlib
import html
import json
import os
import random
import textwrap
from datetime import timedelta
from email import policy
from email.header import Header
from email.headerregistry import HeaderRegistry, MessageIDHeader
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, parsedate_to_datetime

random.seed(1207)  # MIME boundaries come from `random`; seeding makes them repeat

OUT = os.path.dirname(os.path.abspath(__file__))
# default policy with CRLF line endings; In-Reply-To / References are treated as msg-id
# headers so that a long Outlook id is folded (or not) like a Message-ID, never
# turned into RFC 2047 encoded-words
_REG = HeaderRegistry()
_REG.map_to_type("in-reply-to", MessageIDHeader)
_REG.map_to_type("references", MessageIDHeader)
POL = policy.SMTP.clone(header_factory=_REG)
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
INV_ID = "<AM6PR02MB44713F0C2D9E8B7A61C5E0F4B2D49@AM6PR02MB4471.eurprd02.prod.outlook.com>"
INV_SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' \u2013 7 december 2018"
CONF_SUBJ = "Bevestiging inschrijving: Stadsorganisaties in transitie (7 december 2018)"

INVITATION = """Beste,

Graag nodigen we u uit op het gratis seminarie "Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

Onthaal met koffie vanaf 9.30 uur, we starten om 10 uur. Rond 12.30 uur is er een broodjeslunch.

Inschrijven kan tot en met 2 december met een mailtje naar linda.boudry@kcvs.be, met vermelding van:
Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden (KCVS)"""


def confirmation(name, muni, func, mail):
    return f"""Beste {name},

Bedankt voor je inschrijving voor het seminarie "Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke (De Coninckplein 26, 2060 Antwerpen).

We noteerden:
Naam: {name}
Stad / gemeente: {muni}
Functie: {func}
E-mailadres: {mail}

Onthaal met koffie vanaf 9.30 uur, we starten om 10 uur.

Tot dan!
Linda Boudry
Kenniscentrum Vlaamse Steden"""


# ---------------------------------------------------------------- helpers
def h(seed, n=32):
    return hashlib.sha1(seed.encode()).hexdigest().upper()[:n]


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def flowed(text, width=72):
    """format=flowed: wrap long lines, soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip())
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def html_outlook(text):
    rows = []
    for l in text.split("\n"):
        if l.strip():
            rows.append(f'<p class="MsoNormal">{html.escape(l)}<o:p></o:p></p>')
        else:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;"
        'font-size:11.0pt;font-family:"Calibri",sans-serif;mso-fareast-language:EN-US;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        '<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n".join(rows)
        + "\n</div>\n</body>\n</html>\n"
    )


def html_simple(text, style="font-family:arial,sans-serif"):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append(
            f'<div style="{style}">'
            + "<br>".join(html.escape(l) for l in p.split("\n"))
            + "</div><div><br></div>"
        )
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def html_apple(text):
    out = []
    for l in text.split("\n"):
        out.append("<div>" + (html.escape(l) if l.strip() else '<br class="">') + "</div>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
        + "".join(out)
        + "</body></html>\n"
    )


def set_text_header(m, name, value):
    """Unstructured header. Non-ASCII values are encoded whole, as mail clients do
    (=?utf-8?B?...?= chunks), instead of the stdlib's word-by-word folding, which
    can leave a doubled space where it folds before an encoded word."""
    if value.isascii():
        m[name] = value
    else:
        enc = Header(value, "utf-8", header_name=name).encode(linesep="\r\n", maxlinelen=76)
        m._headers.append((name, enc))  # pre-folded source form; written verbatim


def received(host, ip, by, qid, date):
    # the receiving MTA stamps a few seconds after the client's Date
    dt = parsedate_to_datetime(date) + timedelta(seconds=int(qid, 36) % 37 + 2)
    date = format_datetime(dt)
    return (
        f"from {host} ({host} [{ip}]) by {by} (Postfix) with ESMTPS id {qid} "
        f"for <linda.boudry@kcvs.be>; {date} (CET)"
    )


def base_headers(m, frm_addr, rcv_host, rcv_ip, date, qid=None):
    qid = qid or h(date + frm_addr, 10)
    m["Return-Path"] = f"<{frm_addr}>"
    m["X-Original-To"] = "linda.boudry@kcvs.be"
    m["Delivered-To"] = "linda.boudry@kcvs.be"
    m["Received"] = received(rcv_host, rcv_ip, "mx1.kcvs.be", qid, date)


OUTLOOK_HOSTS = [
    "mail-am5eur02lp2051.outbound.protection.outlook.com",
    "mail-db5eur01lp2058.outbound.protection.outlook.com",
    "mail-ve1eur03lp2054.outbound.protection.outlook.com",
    "mail-he1eur04lp2050.outbound.protection.outlook.com",
]


def build(spec):
    """Generic person-written message. spec keys: n, client, frm, addr, to, cc, subject, date,
    text, reply_to_id, refs, extra (list of header pairs)."""
    n = spec["n"]
    client = spec["client"]
    m = EmailMessage(policy=POL)
    date = spec["date"]
    addr = spec["addr"]
    seed = f"{n}-{addr}"
    if client in ("outlook", "outlook_smtp", "owa"):
        host = OUTLOOK_HOSTS[n % len(OUTLOOK_HOSTS)]
        base_headers(m, addr, host, f"104.47.{n % 20 + 1}.{50 + n}", date)
    elif client == "gmail":
        base_headers(m, addr, f"mail-wr1-f{40 + n}.google.com", f"209.85.221.{40 + n}", date)
    elif client in ("apple", "iphone"):
        base_headers(m, addr, f"smtp{n % 5 + 1}.telenet-ops.be", f"195.130.132.{n}", date)
    else:
        dom = addr.split("@")[1]
        base_headers(m, addr, f"mail.{dom}", f"193.191.{n % 200}.{10 + n}", date)
    m["From"] = spec["frm"]
    m["To"] = spec.get("to", LINDA)
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    set_text_header(m, "Subject", spec["subject"])
    dom = addr.split("@")[1]
    if client in ("outlook", "owa"):
        set_text_header(
            m,
            "Thread-Topic",
            spec["subject"].split(": ", 1)[1]
            if spec["subject"][:3].upper() in ("RE:", "FW:")
            else spec["subject"],
        )
        m["Thread-Index"] = thread_index(seed)
        m["Date"] = date
        mid = f"<AM{n % 9}PR0{n % 7 + 1}MB{1000 + n * 37}{h(seed, 26)}@AM{n % 9}PR0{n % 7 + 1}MB{1000 + n * 37}.eurprd0{n % 7 + 1}.prod.outlook.com>"
    elif client == "outlook_smtp":
        m["Date"] = date
        mid = f"<00{h(seed, 10).lower()}$3f2a1b00${h(seed + 'x', 8).lower()}@{dom}>"
    elif client == "gmail":
        m["Date"] = date
        mid = (
            "<CA"
            + base64.b64encode(hashlib.sha1(seed.encode()).digest())
            .decode()
            .rstrip("=")
            .replace("/", "_")
            + "@mail.gmail.com>"
        )
    elif client == "thunderbird":
        m["Date"] = date
        u = h(seed, 32).lower()
        mid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    elif client in ("apple", "iphone"):
        m["Date"] = date
        u = h(seed, 32)
        mid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    elif client == "notes":
        m["Date"] = date
        mid = f"<OF{h(seed, 8)}.{h(seed + 'a', 8)}-ONC1258{n:03d}.00{h(seed + 'b', 6)}-C1258{n:03d}.00{h(seed + 'c', 6)}@{dom}>"
    elif client == "groupwise":
        m["Date"] = date
        mid = f"<5B{h(seed, 6)}020000{h(seed + 'g', 8)}@gw.{dom}>"
    else:
        raise ValueError(client)
    m["Message-ID"] = mid
    if spec.get("reply_to_id"):
        m["In-Reply-To"] = spec["reply_to_id"]
        m["References"] = spec.get("refs", spec["reply_to_id"])
    if client in ("outlook", "owa"):
        m["Accept-Language"] = "nl-BE, en-US"
        m["X-MS-Has-Attach"] = ""
        m["X-MS-TNEF-Correlator"] = ""
        m["x-originating-ip"] = f"[10.{n % 40}.{n * 3 % 250}.{n + 11}]"
    elif client == "outlook_smtp":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Index"] = thread_index(seed)
    elif client == "thunderbird":
        m["User-Agent"] = (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0"
        )
    elif client == "apple":
        m["X-Mailer"] = "Apple Mail (2.3445.9.1)"
        m["Mime-Version"] = "1.0 (Mac OS X Mail 11.5 \\(3445.9.1\\))"
    elif client == "iphone":
        m["X-Mailer"] = "iPhone Mail (16B92)"
        m["Mime-Version"] = "1.0 (1.0)"
    elif client == "notes":
        m["X-Mailer"] = "IBM Notes Release 9.0.1FP10 SHF261 January 02, 2018"
        m["X-KeepSent"] = (
            f"{h(seed, 8)}:{h(seed + 'k', 8)}-C1258{n:03d}:00{h(seed + 'm', 6)}; type=4; name=$KeepSent"
        )
    elif client == "groupwise":
        m["X-Mailer"] = "GroupWise 18.0.1"
    for k, v in spec.get("extra", []):
        m[k] = v

    text = spec["text"]
    if client in ("outlook", "owa"):
        m.set_content(text, charset="utf-8", cte="quoted-printable")
        m.add_alternative(
            html_outlook(text), subtype="html", charset="utf-8", cte="quoted-printable"
        )
    elif client == "outlook_smtp":
        m.set_content(text, charset="iso-8859-1", cte="quoted-printable")
        m.add_alternative(
            html_outlook(text), subtype="html", charset="iso-8859-1", cte="quoted-printable"
        )
    elif client == "gmail":
        m.set_content(text, charset="utf-8", cte="quoted-printable")
        m.add_alternative(
            html_simple(text), subtype="html", charset="utf-8", cte="quoted-printable"
        )
    elif client == "thunderbird":
        m.set_content(flowed(text), charset="utf-8", cte="8bit")
        m.set_param("format", "flowed")
    elif client == "apple":
        m.set_content(text, charset="utf-8", cte="quoted-printable")
        m.add_alternative(html_apple(text), subtype="html", charset="utf-8", cte="quoted-printable")
    elif client == "iphone":
        m.set_content(text, charset="utf-8", cte="quoted-printable")
    elif client == "notes":
        m.set_content(text, charset="ISO-8859-1", cte="quoted-printable")
        m.add_alternative(
            html_simple(text, "font-family:sans-serif;font-size:10pt"),
            subtype="html",
            charset="ISO-8859-1",
            cte="base64",
        )
    elif client == "groupwise":
        m.set_content(text, charset="utf-8", cte="quoted-printable")
        m.add_alternative(
            html_simple(text, "font-family:Segoe UI;font-size:10pt"),
            subtype="html",
            charset="utf-8",
            cte="quoted-printable",
        )
    # set_content() drops Content-* headers, so language headers go in afterwards
    if client in ("outlook", "owa"):
        m["Content-Language"] = "nl-BE"
    elif client == "outlook_smtp":
        m["Content-Language"] = "nl-be"
    elif client == "thunderbird":
        m["Content-Language"] = "nl"
    # client-typical multipart boundaries
    if m.is_multipart():
        if client in ("outlook", "owa"):
            b = f"_000_AM{n % 9}PR0{n % 7 + 1}MB{1000 + n * 37}{h(seed, 20)}_"
        elif client == "outlook_smtp":
            b = f"----=_NextPart_000_{h(seed, 4)}_01D4{h(seed + 'p', 4)}.{h(seed + 'q', 8)}"
        elif client == "gmail":
            b = "0000000000" + h(seed + "gm", 18).lower()
        elif client == "apple":
            u = h(seed + "ap", 32)
            b = f"Apple-Mail=_{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        elif client == "notes":
            b = f"=_alternative 00{h(seed + 'nb', 6)}C1258{n:03d}_="
        elif client == "groupwise":
            b = f"=__Part{h(seed + 'gw', 8)}.0__="
        else:
            b = None
        if b:
            m.set_boundary(b)
    return m


def R(name, muni, func, mail):
    return {"name": name, "municipality": muni, "function": func, "email": mail}


MESSAGES = []


def add(spec, kind, regs, review, note):
    spec["label"] = {"kind": kind, "registrants": regs, "needs_review": review, "note": note}
    MESSAGES.append(spec)


# ---------------------------------------------------------------- 001
add(
    dict(
        n=1,
        client="outlook",
        frm='"Vermeulen Sofie" <Sofie.Vermeulen@leuven.be>',
        addr="Sofie.Vermeulen@leuven.be",
        subject="Inschrijving seminarie 7 december",
        date="Tue, 06 Nov 2018 09:14:27 +0100",
        text="""Dag Linda,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam: Sofie Vermeulen
Stad / gemeente: Leuven
Functie: beleidsmedewerker personeel en organisatie
E-mailadres: sofie.vermeulen@leuven.be

Met vriendelijke groeten,

Sofie Vermeulen
Beleidsmedewerker personeel en organisatie
Stad Leuven | Professor Van Overstraetenplein 1, 3000 Leuven
T 016 27 20 00""",
    ),
    "registration",
    [
        R(
            "Sofie Vermeulen",
            "Leuven",
            "beleidsmedewerker personeel en organisatie",
            "sofie.vermeulen@leuven.be",
        )
    ],
    False,
    "plain labelled registration (contrast); display name in 'Last First' order, mixed-case sender address",
)

# ---------------------------------------------------------------- 002
add(
    dict(
        n=2,
        client="outlook",
        frm="Pieter De Smedt <pieter.desmedt@mechelen.be>",
        addr="pieter.desmedt@mechelen.be",
        subject="deelname seminarie Stadsorganisaties in transitie",
        date="Wed, 07 Nov 2018 14:02:51 +0100",
        text="""Beste mevrouw Boudry,

Ik zou graag deelnemen aan het seminarie 'Stadsorganisaties in transitie' op 7 december. Mijn gegevens:

Pieter De Smedt
Stad Mechelen
teamcoach HR
pieter.desmedt@mechelen.be

Ik kom waarschijnlijk met de wagen. Weet u of er in de buurt van de Permeke een parking is waar ik terecht kan, of raadt u eerder het openbaar vervoer aan?

Alvast bedankt,
Pieter De Smedt""",
    ),
    "registration",
    [R("Pieter De Smedt", "Mechelen", "teamcoach HR", "pieter.desmedt@mechelen.be")],
    True,
    "registration plus a parking question: registers, but a person must answer the question",
)

# ---------------------------------------------------------------- 003
add(
    dict(
        n=3,
        client="apple",
        frm="Annelies Claes <annelies.claes@turnhout.be>",
        addr="annelies.claes@turnhout.be",
        subject="Seminarie 7/12",
        date="Wed, 07 Nov 2018 21:37:09 +0100",
        text="""Hallo Linda,

Hierbij mijn inschrijving voor het seminarie van vrijdag 7 december in Permeke. Ik ben Annelies Claes, diensthoofd organisatiebeheersing bij de stad Turnhout, en je kan me bereiken op annelies.claes@turnhout.be.

Het thema sluit perfect aan bij het veranderingstraject waar we in Turnhout middenin zitten, dus ik kijk er echt naar uit.

Hartelijke groet,
Annelies""",
    ),
    "registration",
    [
        R(
            "Annelies Claes",
            "Turnhout",
            "diensthoofd organisatiebeheersing",
            "annelies.claes@turnhout.be",
        )
    ],
    False,
    "prose registration (no labels) + a remark that needs no answer ('ik kijk er echt naar uit')",
)

# ---------------------------------------------------------------- 004
add(
    dict(
        n=4,
        client="outlook",
        frm="Els Janssens <els.janssens@hasselt.be>",
        addr="els.janssens@hasselt.be",
        subject="Seminarie 7 december - Bart kan niet, ik wel",
        date="Thu, 15 Nov 2018 11:48:30 +0100",
        text="""Beste Linda,

Mijn collega Bart Wouters schreef zich vorige week in voor het seminarie op 7 december, maar hij moet die dag onverwacht naar een gemeenteraadscommissie en zal er dus niet bij zijn. Mag je zijn inschrijving schrappen?

Zelf kom ik wel graag. Voor de volledigheid:
Naam: Els Janssens
Stad / gemeente: Hasselt
Functie: adviseur strategie en organisatie
E-mailadres: els.janssens@hasselt.be

Bedankt en groetjes,
Els""",
    ),
    "registration",
    [R("Els Janssens", "Hasselt", "adviseur strategie en organisatie", "els.janssens@hasselt.be")],
    True,
    "registers the writer AND cancels a colleague (Bart Wouters) who had registered earlier: two actions, one of them on someone else's record; a person must look",
)

# ---------------------------------------------------------------- 005
add(
    dict(
        n=5,
        client="outlook",
        frm="Nathalie Bosmans <nathalie.bosmans@genk.be>",
        addr="nathalie.bosmans@genk.be",
        subject="Extra inschrijving seminarie 7/12",
        date="Fri, 16 Nov 2018 08:55:12 +0100",
        text="""Dag Linda,

Ik heb me vorige week al ingeschreven voor Stadsorganisaties in transitie (en de bevestiging gekregen, dank je). Nu wil ook mijn collega van facility graag mee. Kan je hem ook noteren?

Naam: Koen Maes
Stad/gemeente: Genk
Functie: afdelingshoofd facility
E-mail: koen.maes@genk.be

Groeten,
Nathalie Bosmans
Coördinator interne dienstverlening
Stad Genk
Stadsplein 1, 3600 Genk""",
    ),
    "registration",
    [R("Koen Maes", "Genk", "afdelingshoofd facility", "koen.maes@genk.be")],
    False,
    "registers a colleague; the writer says she already registered earlier and must not be registered again",
)

# ---------------------------------------------------------------- 006
add(
    dict(
        n=6,
        client="groupwise",
        frm="Tine Vandamme <tine.vandamme@aalst.be>",
        addr="tine.vandamme@aalst.be",
        subject="seminarie 7 december: aanpassing + collega",
        date="Mon, 19 Nov 2018 10:21:44 +0100",
        text="""Hallo Linda,

Bij mijn inschrijving van 14 november heb ik als functie 'stafmedewerker' opgegeven, maar sinds deze maand ben ik coördinator organisatieontwikkeling. Zou je dat nog kunnen aanpassen op de deelnemerslijst (en op het naamkaartje, als die er zijn)?

Intussen heeft ook mijn collega Wim Goossens interesse. Mag ik hem meteen inschrijven?
Wim Goossens - projectleider digitalisering - Stad Aalst - wim.goossens@aalst.be

Dank je wel!
Tine Vandamme
Stad Aalst""",
    ),
    "registration",
    [R("Wim Goossens", "Aalst", "projectleider digitalisering", "wim.goossens@aalst.be")],
    True,
    "registers a colleague and asks to correct the function on the writer's own earlier registration; the correction needs a person",
)

# ---------------------------------------------------------------- 007
add(
    dict(
        n=7,
        client="outlook",
        frm="Lotte Verbeke <lotte.verbeke@roeselare.be>",
        addr="lotte.verbeke@roeselare.be",
        subject="Inschrijving Stadsorganisaties in transitie",
        date="Mon, 19 Nov 2018 13:30:05 +0100",
        text="""Goedemiddag,

Ik schrijf me in voor het seminarie op 7 december:
Naam: Lotte Verbeke
Stad / gemeente: OCMW Roeselare
Functie: directeur welzijn
E-mailadres: lotte.verbeke@roeselare.be

Ik zou eventueel iemand van mijn team willen meebrengen, maar die weet nog niet zeker of ze die dag vrij is. Kan dat nog, of is er een maximum aantal plaatsen per stad?

Met vriendelijke groet,
Lotte Verbeke""",
    ),
    "registration",
    [R("Lotte Verbeke", "Roeselare", "directeur welzijn", "lotte.verbeke@roeselare.be")],
    True,
    "registration + asks whether she may bring an unnamed colleague (question, and no second registrant); 'OCMW Roeselare' -> Roeselare",
)

# ---------------------------------------------------------------- 008
add(
    dict(
        n=8,
        client="outlook",
        frm="Jolien Van Damme <jolien.vandamme@brugge.be>",
        addr="jolien.vandamme@brugge.be",
        subject="Seminarie KCVS 7/12 - vervanging Marc Hermans",
        date="Tue, 20 Nov 2018 16:12:38 +0100",
        text="""Beste Linda,

Mijn diensthoofd, Marc Hermans, had zich ingeschreven voor het seminarie, maar hij zit op 7 december in Wenen voor een Europees project. Hij vroeg of ik in zijn plaats kan gaan, en dat wil ik zeker.

Jolien Van Damme
beleidsadviseur personeel
Stad Brugge
jolien.vandamme@brugge.be

Vriendelijke groeten""",
    ),
    "registration",
    [R("Jolien Van Damme", "Brugge", "beleidsadviseur personeel", "jolien.vandamme@brugge.be")],
    True,
    "substitution: the writer comes instead of her registered boss (Marc Hermans); the contract says flag substitutions",
)

# ---------------------------------------------------------------- 009
add(
    dict(
        n=9,
        client="gmail",
        frm="Hanne Wuyts <hanne.wuyts@sint-niklaas.be>",
        addr="hanne.wuyts@sint-niklaas.be",
        subject="Inschrijving + vraagje lerend netwerk",
        date="Wed, 21 Nov 2018 09:03:17 +0100",
        text="""Dag Linda,

Ik kom graag naar 'Stadsorganisaties in transitie' op 7 december. Ik ben coördinator participatie bij de stad Sint-Niklaas, mailadres hanne.wuyts@sint-niklaas.be.

Op jullie website las ik dat KCVS in het voorjaar ook een lerend netwerk rond burgerparticipatie opstart. Daar zou ik graag meer over weten: wanneer begint het en hoe kan je je kandidaat stellen?

Groetjes,
Hanne Wuyts""",
    ),
    "registration",
    [R("Hanne Wuyts", "Sint-Niklaas", "coördinator participatie", "hanne.wuyts@sint-niklaas.be")],
    True,
    "registration + asks for information about another KCVS event (learning network): a person must answer",
)

# ---------------------------------------------------------------- 010
add(
    dict(
        n=10,
        client="outlook",
        frm="Dirk Mertens <dirk.mertens@kortrijk.be>",
        addr="dirk.mertens@kortrijk.be",
        subject="Afmelding seminarie 7 december",
        date="Mon, 03 Dec 2018 08:41:56 +0100",
        text="""Beste Linda,

Spijtig genoeg moet ik mijn deelname aan het seminarie van 7 december annuleren: er is die ochtend een extra college ingepland waar ik niet onderuit kan.

Worden de presentaties achteraf verspreid? Ik had me er echt op verheugd en zou ze graag doornemen.

Met vriendelijke groeten,
Dirk Mertens
adjunct-algemeen directeur
Stad Kortrijk""",
    ),
    "cancellation",
    [R("Dirk Mertens", "Kortrijk", "adjunct-algemeen directeur", "dirk.mertens@kortrijk.be")],
    True,
    "cancellation + asks whether the slides will be shared: a person must answer",
)

# ---------------------------------------------------------------- 011
add(
    dict(
        n=11,
        client="notes",
        frm="Greet Peeters <greet.peeters@lier.be>",
        addr="greet.peeters@lier.be",
        subject="Seminarie 7 december: Ann Jacobs wordt vervangen",
        date="Tue, 27 Nov 2018 09:26:40 +0100",
        text="""Goeiemorgen,

Ann Jacobs, die ingeschreven is voor het seminarie van vrijdag 7 december, is langdurig afwezig en zal niet kunnen komen. Haar collega Joris Lambrechts gaat in haar plaats. Zijn gegevens:

Joris Lambrechts
teamleider burgerzaken
Stad Lier
joris.lambrechts@lier.be

Met vriendelijke groeten,

Greet Peeters
Secretariaat algemeen directeur
Stad Lier
Paradeplein 2, 2500 Lier""",
    ),
    "registration",
    [R("Joris Lambrechts", "Lier", "teamleider burgerzaken", "joris.lambrechts@lier.be")],
    True,
    "secretary cancels Ann Jacobs and registers a named replacement with details: substitution, flag for review; the secretary herself is no registrant",
)

# ---------------------------------------------------------------- 012
CONF12 = "<conf-20181108-101544-7a3e@kcvs.be>"
add(
    dict(
        n=12,
        client="gmail",
        frm="Bert Lemmens <bert.lemmens@stad.gent>",
        addr="bert.lemmens@stad.gent",
        subject="Re: " + CONF_SUBJ,
        date="Thu, 08 Nov 2018 12:47:02 +0100",
        reply_to_id=CONF12,
        text="""Hoi Linda,

Dank je voor de bevestiging! Nog een vraagje: ik eet geen vlees. Is er bij de broodjeslunch ook een vegetarische optie, of breng ik beter zelf iets mee?

Groetjes,
Bert

Op do 8 nov. 2018 om 10:15 schreef Linda Boudry <linda.boudry@kcvs.be>:

"""
        + quote(
            confirmation(
                "Bert Lemmens",
                "Gent",
                "stafmedewerker organisatieontwikkeling",
                "bert.lemmens@stad.gent",
            )
        ),
    ),
    "other",
    [],
    True,
    "thank-you to the confirmation + vegetarian-lunch question; already registered (details only in the quoted confirmation), so no new registration but a person must answer",
)

# ---------------------------------------------------------------- 013
CONF13 = "<conf-20181112-143208-19cd@kcvs.be>"
add(
    dict(
        n=13,
        client="outlook",
        frm="Marijke Dewitte <marijke.dewitte@oostende.be>",
        addr="marijke.dewitte@oostende.be",
        subject="RE: " + CONF_SUBJ,
        date="Mon, 12 Nov 2018 15:09:33 +0100",
        reply_to_id=CONF13,
        text="""Hallo Linda,

Bedankt voor de snelle bevestiging. Ik heb er mijn collega van communicatie over verteld en zij wil zich ook inschrijven: Evi Stevens, stafmedewerker communicatie, evi.stevens@oostende.be.

Tot 7 december!
Marijke

-----Oorspronkelijk bericht-----
Van: Linda Boudry <linda.boudry@kcvs.be>
Verzonden: maandag 12 november 2018 14:32
Aan: Marijke Dewitte <marijke.dewitte@oostende.be>
Onderwerp: """
        + CONF_SUBJ
        + """

"""
        + confirmation(
            "Marijke Dewitte", "Oostende", "teamverantwoordelijke HR", "marijke.dewitte@oostende.be"
        ),
    ),
    "registration",
    [R("Evi Stevens", "Oostende", "stafmedewerker communicatie", "evi.stevens@oostende.be")],
    False,
    "thank-you to the confirmation + registers a colleague (Evi Stevens); the writer's labelled details in the quoted confirmation must not be registered again",
)

# ---------------------------------------------------------------- 014  out-of-office with a personal note
add(
    dict(
        n=14,
        client="outlook",
        frm="Katrien Dewulf <katrien.dewulf@ieper.be>",
        addr="katrien.dewulf@ieper.be",
        subject="Automatisch antwoord: " + INV_SUBJ,
        date="Mon, 05 Nov 2018 10:12:48 +0100",
        reply_to_id=INV_ID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "katrien.dewulf@ieper.be"),
        ],
        text="""Bedankt voor uw bericht. Ik ben afwezig tot en met maandag 26 november en lees mijn mails niet. Voor dringende zaken kunt u terecht bij het secretariaat: 057 45 18 00 of secretariaat@ieper.be.

Linda (KCVS): ik zag de aankondiging van jullie seminarie van 7 december al passeren. Ik kom graag naar het seminarie, noteer me maar als algemeen directeur van Ieper (katrien.dewulf@ieper.be).

Katrien Dewulf
Algemeen directeur
Stad Ieper""",
    ),
    "auto_reply",
    [],
    True,
    "Exchange out-of-office (Auto-Submitted: auto-replied) whose pre-written text also says she wants to come: it is an auto-reply, never answered automatically, but the registration wish means a person must look",
)

# ---------------------------------------------------------------- 016
add(
    dict(
        n=16,
        client="outlook_smtp",
        frm="Ruben Declercq <ruben.declercq@dendermonde.be>",
        addr="ruben.declercq@dendermonde.be",
        subject="afzeggen seminarie 7/12",
        date="Thu, 29 Nov 2018 17:20:11 +0100",
        text="""Dag Linda,

Ik moet helaas afzeggen voor het seminarie van 7 december, er is iets tussengekomen. Mag je me van de lijst halen?

Met vriendelijke groeten,
Ruben Declercq
Diensthoofd HR
Stad Dendermonde""",
    ),
    "cancellation",
    [R("Ruben Declercq", "Dendermonde", "diensthoofd HR", "ruben.declercq@dendermonde.be")],
    False,
    "plain cancellation (contrast); function and city from the signature",
)

# ---------------------------------------------------------------- 017
add(
    dict(
        n=17,
        client="thunderbird",
        frm="Ingrid Van Looy <ingrid.vanlooy@geel.be>",
        addr="ingrid.vanlooy@geel.be",
        subject="Inschrijving seminarie",
        date="Fri, 09 Nov 2018 18:05:22 +0100",
        text="""Beste Linda,

Mooi initiatief, dit seminarie! Ik schrijf me graag in.

Naam: Mevr. Ingrid Van Looy
Stad / gemeente: Geel
Functie: schepen van personeel en organisatie
E-mailadres: ingrid.vanlooy@geel.be

Vriendelijke groeten,
Ingrid Van Looy""",
    ),
    "registration",
    [
        R(
            "Ingrid Van Looy",
            "Geel",
            "schepen van personeel en organisatie",
            "ingrid.vanlooy@geel.be",
        )
    ],
    False,
    "registration + compliment ('mooi initiatief') that needs no answer; honorific 'Mevr.' dropped",
)

# ---------------------------------------------------------------- 018
add(
    dict(
        n=18,
        client="outlook",
        frm="Geert Lauwers <geert.lauwers@vilvoorde.be>",
        addr="geert.lauwers@vilvoorde.be",
        subject="Inschrijving en vraag toegankelijkheid",
        date="Tue, 13 Nov 2018 12:15:00 +0100",
        text="""Beste,

Ik wil me graag inschrijven voor het seminarie 'Stadsorganisaties in transitie'.
Naam: Geert Lauwers
Stad/gemeente: Vilvoorde
Functie: gemeenteraadslid
E-mailadres: geert.lauwers@vilvoorde.be

Ik verplaats me in een rolstoel. Is het auditorium van Permeke vlot toegankelijk, en is er een aangepaste parkeerplaats in de buurt?

Met dank,
Geert Lauwers""",
    ),
    "registration",
    [R("Geert Lauwers", "Vilvoorde", "gemeenteraadslid", "geert.lauwers@vilvoorde.be")],
    True,
    "registration + wheelchair-access question",
)

# ---------------------------------------------------------------- 019
add(
    dict(
        n=19,
        client="gmail",
        frm="Sarah Michiels <sarah.michiels@halle.be>",
        addr="sarah.michiels@halle.be",
        subject="Seminarie 7 december",
        date="Wed, 14 Nov 2018 20:44:31 +0100",
        text="""Hoi Linda,

Ik schrijf me in voor 7 december:
Sarah Michiels, stafmedewerker personeel, Stad Halle, sarah.michiels@halle.be

Worden de slides van de sprekers achteraf rondgestuurd? Dan kan ik ze ook delen met mijn collega's die niet mee kunnen.

Tot dan,
Sarah""",
    ),
    "registration",
    [R("Sarah Michiels", "Halle", "stafmedewerker personeel", "sarah.michiels@halle.be")],
    True,
    "one-line registration + question about the slides (+ 'tot dan')",
)

# ---------------------------------------------------------------- 020
add(
    dict(
        n=20,
        client="outlook",
        frm="Tom Hendrikx <tom.hendrikx@maasmechelen.be>",
        addr="tom.hendrikx@maasmechelen.be",
        subject="Inschrijving seminarie KCVS",
        date="Thu, 15 Nov 2018 07:58:19 +0100",
        text="""Goedemorgen,

Graag 1 plaats voor mij op het seminarie van 7 december.
- Naam: Tom Hendrikx
- Gemeente: Maasmechelen
- Functie: algemeen directeur
- Mail: tom.hendrikx@maasmechelen.be

Ik kom met de trein. Is Permeke makkelijk te voet bereikbaar vanaf Antwerpen-Centraal, of neem ik beter de tram?

Groeten,
Tom Hendrikx""",
    ),
    "registration",
    [R("Tom Hendrikx", "Maasmechelen", "algemeen directeur", "tom.hendrikx@maasmechelen.be")],
    True,
    "bulleted registration + question about walking from Antwerpen-Centraal",
)

# ---------------------------------------------------------------- 022
add(
    dict(
        n=22,
        client="outlook",
        frm="Veerle Martens <veerle.martens@knokke-heist.be>",
        addr="veerle.martens@knokke-heist.be",
        subject="Inschrijving 3 personen - seminarie 7 december",
        date="Fri, 16 Nov 2018 11:11:52 +0100",
        text="""Dag Linda,

De vorige editie van jullie seminarie was top, dus we komen dit jaar met drie collega's van Knokke-Heist:

Veerle Martens - HR-business partner - veerle.martens@knokke-heist.be
Frederik Dhondt - diensthoofd financiën - frederik.dhondt@knokke-heist.be
Yasmina El Amrani - projectmedewerker organisatieontwikkeling - yasmina.elamrani@knokke-heist.be

Groetjes en tot 7 december,
Veerle""",
    ),
    "registration",
    [
        R(
            "Veerle Martens",
            "Knokke-Heist",
            "HR-business partner",
            "veerle.martens@knokke-heist.be",
        ),
        R(
            "Frederik Dhondt",
            "Knokke-Heist",
            "diensthoofd financiën",
            "frederik.dhondt@knokke-heist.be",
        ),
        R(
            "Yasmina El Amrani",
            "Knokke-Heist",
            "projectmedewerker organisatieontwikkeling",
            "yasmina.elamrani@knokke-heist.be",
        ),
    ],
    False,
    "group registration of three (writer included) + remark 'de vorige editie was top' that needs no answer",
)

# ---------------------------------------------------------------- 023
add(
    dict(
        n=23,
        client="outlook",
        frm="Daniel O'Connor <daniel.oconnor@stad.gent>",
        addr="daniel.oconnor@stad.gent",
        subject="Registration - seminar 7 December",
        date="Mon, 19 Nov 2018 15:36:44 +0100",
        text="""Dear Ms Boudry,

A colleague forwarded your invitation. My Dutch is still a work in progress, but I would very much like to attend the seminar on 7 December.

Name: Daniel O'Connor
City: Ghent
Position: data strategy advisor
E-mail: daniel.oconnor@stad.gent

Looking forward to it.

Kind regards,
Daniel O'Connor""",
    ),
    "registration",
    [R("Daniel O'Connor", "Gent", "data strategy advisor", "daniel.oconnor@stad.gent")],
    False,
    "English registration + 'looking forward to it'; 'Ghent' -> Gent; remark about his Dutch asks nothing",
)

# ---------------------------------------------------------------- 024
add(
    dict(
        n=24,
        client="outlook",
        frm="Sophie Lambert <sophie.lambert@brucity.be>",
        addr="sophie.lambert@brucity.be",
        subject="Inscription séminaire du 7 décembre",
        date="Tue, 20 Nov 2018 10:07:26 +0100",
        text="""Bonjour Madame Boudry,

Je souhaiterais m'inscrire au séminaire « Stadsorganisaties in transitie » du vendredi 7 décembre.

Nom : Sophie Lambert
Ville / commune : Ville de Bruxelles
Fonction : conseillère en organisation
E-mail : sophie.lambert@brucity.be

Les exposés seront-ils uniquement en néerlandais ? Je comprends bien le néerlandais, mais une version française des slides serait un plus.

Bien cordialement,
Sophie Lambert""",
    ),
    "registration",
    [R("Sophie Lambert", "Brussel", "conseillère en organisation", "sophie.lambert@brucity.be")],
    True,
    "French registration + language question; 'Ville de Bruxelles' -> Brussel",
)

# ---------------------------------------------------------------- 025
add(
    dict(
        n=25,
        client="outlook_smtp",
        frm="Kristof Aerts <kristof.aerts@tienen.be>",
        addr="kristof.aerts@tienen.be",
        subject="inschrijving seminarie KCVS",
        date="Thu, 22 Nov 2018 16:48:03 +0100",
        text="""Dag Linda,

Ik vertrek morgen met verlof en ben pas terug op 3 december, dus net na jullie deadline. Daarom schrijf ik me nu al in:

Kristof Aerts
Stad Tienen
teamleider personeelsadministratie
kristof.aerts@tienen.be

Antwoorden hoeft niet meteen, ik zie de bevestiging wel als ik terug ben.

Groeten,
Kristof""",
    ),
    "registration",
    [R("Kristof Aerts", "Tienen", "teamleider personeelsadministratie", "kristof.aerts@tienen.be")],
    False,
    "a person (not an auto-responder) mentions his leave while registering: must not be mistaken for an out-of-office",
)

# ---------------------------------------------------------------- 026
add(
    dict(
        n=26,
        client="groupwise",
        frm="An Dewaele <an.dewaele@geraardsbergen.be>",
        addr="an.dewaele@geraardsbergen.be",
        subject="Afwezig: " + INV_SUBJ,
        date="Mon, 05 Nov 2018 10:13:05 +0100",
        reply_to_id=INV_ID,
        extra=[("X-Autoreply", "yes"), ("Precedence", "bulk")],
        text="""Ik ben afwezig tot en met 12 november. Uw mail wordt niet doorgestuurd. Voor dringende vragen kunt u terecht op personeel@geraardsbergen.be.

Met vriendelijke groeten,
An Dewaele""",
    ),
    "auto_reply",
    [],
    False,
    "plain out-of-office to the invitation (X-Autoreply + Precedence: bulk), nothing about the event (contrast)",
)

# ---------------------------------------------------------------- 027
add(
    dict(
        n=27,
        client="outlook",
        frm="Laura Willems <laura.willems@sint-truiden.be>",
        addr="laura.willems@sint-truiden.be",
        subject="Inschrijving seminarie 7 december",
        date="Fri, 23 Nov 2018 13:19:48 +0100",
        text="""Beste Linda,

Ik schrijf me in voor het seminarie op 7 december.

Laura Willems
diensthoofd onthaal en burgerzaken
Stad Sint-Truiden
laura.willems@sint-truiden.be

Ik heb die namiddag een raadscommissie. Is het een probleem als ik meteen na de lunch vertrek, of loopt het programma nog door in de namiddag?

Vriendelijke groet,
Laura""",
    ),
    "registration",
    [
        R(
            "Laura Willems",
            "Sint-Truiden",
            "diensthoofd onthaal en burgerzaken",
            "laura.willems@sint-truiden.be",
        )
    ],
    True,
    "registration + question about leaving after lunch",
)

# ---------------------------------------------------------------- 028
add(
    dict(
        n=28,
        client="iphone",
        frm="Wouter Smet <wouter.smet@lokeren.be>",
        addr="wouter.smet@lokeren.be",
        subject="Seminarie 7/12",
        date="Sat, 24 Nov 2018 09:02:40 +0100",
        text="""Schrijf me in aub: Wouter Smet, ruimtelijk planner, stad Lokeren. Tot dan!

Verstuurd vanaf mijn iPhone""",
    ),
    "registration",
    [R("Wouter Smet", "Lokeren", "ruimtelijk planner", "wouter.smet@lokeren.be")],
    False,
    "terse phone registration + 'tot dan'; e-mail is the sender's",
)

# ---------------------------------------------------------------- 029
add(
    dict(
        n=29,
        client="outlook",
        frm="Sandra De Wilde <sandra.dewilde@deinze.be>",
        addr="sandra.dewilde@deinze.be",
        subject="Inschrijving schepen Vos - seminarie 7 december",
        date="Mon, 26 Nov 2018 11:34:57 +0100",
        text="""Goedemiddag mevrouw Boudry,

In naam van schepen Hilde Vos schrijf ik haar graag in voor het seminarie 'Stadsorganisaties in transitie' van 7 december.

Naam: Hilde Vos
Stad: Deinze
Functie: schepen van personeel en organisatie
E-mailadres: hilde.vos@deinze.be

Mevrouw Vos laat weten dat ze blij is dat KCVS dit thema op de agenda zet.

Met vriendelijke groeten,
Sandra De Wilde
Kabinetsmedewerker
Stad Deinze""",
    ),
    "registration",
    [R("Hilde Vos", "Deinze", "schepen van personeel en organisatie", "hilde.vos@deinze.be")],
    False,
    "cabinet staff registers an alderman + a remark that needs no answer; the sender is not a registrant",
)

# ---------------------------------------------------------------- 030
add(
    dict(
        n=30,
        client="gmail",
        frm="Kim Vandenbussche <kim.vandenbussche@herentals.be>",
        addr="kim.vandenbussche@herentals.be",
        subject="7 december - wijziging deelnemer",
        date="Wed, 28 Nov 2018 19:22:10 +0100",
        text="""Dag Linda,

Helaas kan ik er op 7 december toch niet bij zijn, we hebben die dag een personeelsfeest dat ik mee organiseer. Mijn collega Stijn Cools neemt graag mijn plaats in. Hij is beleidsmedewerker organisatieontwikkeling bij de stad Herentals, zijn mailadres is stijn.cools@herentals.be.

Sorry voor de late wijziging en bedankt!
Kim""",
    ),
    "registration",
    [
        R(
            "Stijn Cools",
            "Herentals",
            "beleidsmedewerker organisatieontwikkeling",
            "stijn.cools@herentals.be",
        )
    ],
    True,
    "writer cancels her own registration and names a replacement with details: substitution, flag for review",
)

# ---------------------------------------------------------------- 031
CONF31 = "<conf-20181114-093102-5b8f@kcvs.be>"
add(
    dict(
        n=31,
        client="iphone",
        frm="Ellen Bogaerts <ellen.bogaerts@mechelen.be>",
        addr="ellen.bogaerts@mechelen.be",
        subject="Re: " + CONF_SUBJ,
        date="Wed, 14 Nov 2018 09:58:21 +0100",
        reply_to_id=CONF31,
        text="""Top, bedankt! Tot vrijdag de 7de.

Verstuurd vanaf mijn iPhone

> Op 14 nov. 2018 om 09:31 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:
>
"""
        + quote(
            confirmation(
                "Ellen Bogaerts",
                "Mechelen",
                "stafmedewerker strategie",
                "ellen.bogaerts@mechelen.be",
            )
        ),
    ),
    "other",
    [],
    False,
    "thank-you to the confirmation only (contrast); the quoted confirmation must not trigger a second registration",
)

# ---------------------------------------------------------------- 032
CONF32 = "<conf-20181120-140215-c4d1@kcvs.be>"
add(
    dict(
        n=32,
        client="thunderbird",
        frm="Nico Van Hove <nico.vanhove@roeselare.be>",
        addr="nico.vanhove@roeselare.be",
        subject="Re: " + CONF_SUBJ,
        date="Tue, 20 Nov 2018 14:40:07 +0100",
        reply_to_id=CONF32,
        text="""Dag Linda,

Bedankt voor de bevestiging. Krijgen we na afloop ook een deelnameattest? Dat hebben we nodig voor ons vormingsdossier.

Groeten,
Nico

Op 20-11-2018 om 14:02 schreef Linda Boudry:
"""
        + quote(
            confirmation(
                "Nico Van Hove", "Roeselare", "HR-adviseur vorming", "nico.vanhove@roeselare.be"
            )
        ),
    ),
    "other",
    [],
    True,
    "thank-you to the confirmation + question about an attendance certificate: no new registration, a person must answer",
)

# ---------------------------------------------------------------- 033
add(
    dict(
        n=33,
        client="outlook",
        frm="Eline Coppens <eline.coppens@ninove.be>",
        addr="eline.coppens@ninove.be",
        subject="inschrijving",
        date="Tue, 27 Nov 2018 10:50:29 +0100",
        text="""Dag Linda,

Naam: Eline Coppens
Stad / gemeente: Ninove
Functie: stafmedewerker beleid en organisatie
E-mailadres: eline.coppens@ninove.be

Ik was in juni ook op jullie studiedag over wonen en zorg in de stad, en die heeft ons echt vooruit geholpen. Benieuwd wat dit seminarie zal brengen!

Groeten,
Eline""",
    ),
    "registration",
    [
        R(
            "Eline Coppens",
            "Ninove",
            "stafmedewerker beleid en organisatie",
            "eline.coppens@ninove.be",
        )
    ],
    False,
    "registration + mention of an earlier KCVS event as a compliment only (no request): no review needed",
)

# ---------------------------------------------------------------- 034
add(
    dict(
        n=34,
        client="outlook",
        frm="Pascale Dupont <pascale.dupont@kcvs.be>",
        addr="pascale.dupont@kcvs.be",
        subject="netwerk jeugd + budget 2019",
        date="Wed, 28 Nov 2018 08:17:35 +0100",
        text="""Hoi Linda,

Zou jij vanaf januari ook de inschrijvingen voor het lerend netwerk jeugd willen opvolgen? Katleen gaat met zwangerschapsverlof en ik leg het graag bij iemand die de mailbox toch al bijhoudt.

Kan je me ook tegen vrijdag je budgetvoorstel voor 2019 bezorgen? Dan neem ik het mee naar de stuurgroep.

Succes met de laatste loodjes voor het seminarie!
Pascale""",
    ),
    "other",
    [],
    False,
    "internal KCVS colleague mail (other work, mentions 'inschrijvingen' and 'seminarie'): not about registering, left alone",
)

# ---------------------------------------------------------------- 035
add(
    dict(
        n=35,
        client="outlook",
        frm="Bavo Segers <bavo.segers@aarschot.be>",
        addr="bavo.segers@aarschot.be",
        subject="Inschrijving Stadsorganisaties in transitie",
        date="Thu, 29 Nov 2018 14:25:13 +0100",
        text="""Beste Linda,

Hierbij mijn inschrijving:

Naam:\tBavo Segers
Stad / gemeente:\tAarschot
Functie:\tafdelingshoofd interne zaken
E-mailadres:\tbavo.segers@aarschot.be

Alvast bedankt voor de organisatie.

Bavo Segers""",
    ),
    "registration",
    [R("Bavo Segers", "Aarschot", "afdelingshoofd interne zaken", "bavo.segers@aarschot.be")],
    False,
    "plain labelled registration with tab separators (contrast) + a thank-you that needs no answer",
)

# ---------------------------------------------------------------- 036
add(
    dict(
        n=36,
        client="apple",
        frm="Lien Dierckx <lien.dierckx@beringen.be>",
        addr="lien.dierckx@beringen.be",
        subject="Inschrijving 2 personen Beringen",
        date="Fri, 30 Nov 2018 12:02:44 +0100",
        text="""Hallo Linda,

Wij komen met twee naar het seminarie op 7 december:

Lien Dierckx, beleidscoördinator, lien.dierckx@beringen.be
Johan Geerts, schepen van organisatieontwikkeling, johan.geerts@beringen.be

Allebei van de stad Beringen. Is de lunch inbegrepen, of moeten we daar iets voor betalen?

Groetjes,
Lien""",
    ),
    "registration",
    [
        R("Lien Dierckx", "Beringen", "beleidscoördinator", "lien.dierckx@beringen.be"),
        R(
            "Johan Geerts",
            "Beringen",
            "schepen van organisatieontwikkeling",
            "johan.geerts@beringen.be",
        ),
    ],
    True,
    "two registrants + question whether lunch is included",
)

# ---------------------------------------------------------------- 037
add(
    dict(
        n=37,
        client="outlook",
        frm="Mohamed Benali <mohamed.benali@willebroek.be>",
        addr="mohamed.benali@willebroek.be",
        subject="Inschrijving seminarie 7/12",
        date="Fri, 30 Nov 2018 15:41:09 +0100",
        text="""Beste Linda,

Ik schrijf me in voor het seminarie 'Stadsorganisaties in transitie'.

Naam: Mohamed Benali
Gemeente: Willebroek
Functie: teamcoördinator sociale dienst
E-mailadres: mohamed.benali@willebroek.be

Ik eet halal of vegetarisch; zouden jullie daar bij de lunch rekening mee willen houden?

Met dank,
Mohamed""",
    ),
    "registration",
    [
        R(
            "Mohamed Benali",
            "Willebroek",
            "teamcoördinator sociale dienst",
            "mohamed.benali@willebroek.be",
        )
    ],
    True,
    "registration + dietary request for the lunch (a person must note it / answer)",
)

# ---------------------------------------------------------------- 038
add(
    dict(
        n=38,
        client="outlook",
        frm="Dries Verstraete <dries.verstraete@ronse.be>",
        addr="dries.verstraete@ronse.be",
        cc="Nele Vandenberghe <nele.vandenberghe@ronse.be>",
        subject="Seminarie 7 december - collega Nele",
        date="Sat, 01 Dec 2018 10:30:52 +0100",
        text="""Dag Linda,

Mijn collega Nele (in cc) wil graag naar het seminarie van 7 december komen. Zij is teamverantwoordelijke onthaal bij de stad Ronse. Zelf kan ik er helaas niet bij zijn, ik heb die dag college.

Vriendelijke groeten,
Dries Verstraete
Algemeen directeur
Stad Ronse""",
    ),
    "registration",
    [
        R(
            "Nele Vandenberghe",
            "Ronse",
            "teamverantwoordelijke onthaal",
            "nele.vandenberghe@ronse.be",
        )
    ],
    False,
    "registers a colleague whose full name and address are in Cc; the writer's 'ik kan er niet bij zijn' is no cancellation (he never registered)",
)

# ---------------------------------------------------------------- 040
add(
    dict(
        n=40,
        client="outlook",
        frm="Bart Claeys <bart.claeys@waregem.be>",
        addr="bart.claeys@waregem.be",
        subject="7 december",
        date="Fri, 30 Nov 2018 09:09:09 +0100",
        text="""Hallo Linda,

Graag één plaats voor mij op 7 december. Mooi initiatief trouwens, dit soort uitwisseling tussen steden hebben we nodig.

Met vriendelijke groet

Bart Claeys
Financieel directeur
Stad Waregem
T 056 62 12 11 | bart.claeys@waregem.be""",
    ),
    "registration",
    [R("Bart Claeys", "Waregem", "financieel directeur", "bart.claeys@waregem.be")],
    False,
    "registration whose details are only in the signature + a compliment",
)

# ---------------------------------------------------------------- 041
add(
    dict(
        n=41,
        client="outlook",
        frm="Joke Verhaegen <joke.verhaegen@zottegem.be>",
        addr="joke.verhaegen@zottegem.be",
        subject="Inschrijving seminarie (correct mailadres)",
        date="Sun, 02 Dec 2018 21:14:36 +0100",
        text="""Dag Linda,

Vorige week schreef ik me in voor het seminarie, maar ik zie nu dat ik mijn mailadres verkeerd had getypt (jok.verhaegen@zottegem.be). Daarom nog eens, nu correct:

Naam: Joke Verhaegen
Stad / gemeente: Zottegem
Functie: HR-adviseur
E-mailadres: joke.verhaegen@zottegem.be

Sorry voor de dubbele mail!
Joke""",
    ),
    "registration",
    [R("Joke Verhaegen", "Zottegem", "HR-adviseur", "joke.verhaegen@zottegem.be")],
    True,
    "re-registration that corrects the e-mail address of an earlier one (old mistyped address in the text): the earlier record must be fixed by a person",
)

# ---------------------------------------------------------------- 042
add(
    dict(
        n=42,
        client="outlook",
        frm="Jeroen Peeters <jeroen.peeters@gemeentemol.be>",
        addr="jeroen.peeters@gemeentemol.be",
        subject="RE: " + INV_SUBJ,
        date="Mon, 05 Nov 2018 13:52:18 +0100",
        reply_to_id=INV_ID,
        text="""Hierbij mijn gegevens, zie hieronder ingevuld. Tot dan!

Jeroen

Van: Linda Boudry <linda.boudry@kcvs.be>
Verzonden: maandag 5 november 2018 10:12
Aan: Linda Boudry <linda.boudry@kcvs.be>
Onderwerp: """
        + INV_SUBJ
        + "\n\n"
        + INVITATION.replace("Naam:\n", "Naam: Dhr. Jeroen Peeters\n")
        .replace("Stad / gemeente:\n", "Stad / gemeente: Gemeente Mol\n")
        .replace("Functie:\n", "Functie: afdelingshoofd mens en organisatie\n")
        .replace("E-mailadres:\n", "E-mailadres: jeroen.peeters@gemeentemol.be\n"),
    ),
    "registration",
    [
        R(
            "Jeroen Peeters",
            "Mol",
            "afdelingshoofd mens en organisatie",
            "jeroen.peeters@gemeentemol.be",
        )
    ],
    False,
    "reply that fills in the template inside the quoted invitation + 'tot dan'; 'Dhr.' dropped, 'Gemeente Mol' -> Mol; Linda's address in the quote is no registrant",
)

# ---------------------------------------------------------------- 043
add(
    dict(
        n=43,
        client="notes",
        frm="Sven Huybrechts <sven.huybrechts@heist-op-den-berg.be>",
        addr="sven.huybrechts@heist-op-den-berg.be",
        subject="Inschrijving seminarie + parkeren",
        date="Wed, 21 Nov 2018 11:44:02 +0100",
        text="""Dag Linda,

Ik wil mezelf en mijn collega Ilse Van Gorp inschrijven voor het seminarie van 7 december. Ik ben kwaliteitscoördinator, Ilse is directeur ondersteunende diensten, allebei bij de gemeente Heist-op-den-Berg.

We rijden samen met de dienstwagen. Kunnen we die ergens kwijt in de buurt van het De Coninckplein?

Groeten,
Sven Huybrechts""",
    ),
    "registration",
    [
        R(
            "Sven Huybrechts",
            "Heist-op-den-Berg",
            "kwaliteitscoördinator",
            "sven.huybrechts@heist-op-den-berg.be",
        ),
        R("Ilse Van Gorp", "Heist-op-den-Berg", "directeur ondersteunende diensten", None),
    ],
    True,
    "writer + colleague (no address given for her -> null) + parking question",
)

# ---------------------------------------------------------------- 044
add(
    dict(
        n=44,
        client="outlook_smtp",
        frm="Frank De Backer <frank.debacker@eeklo.be>",
        addr="frank.debacker@eeklo.be",
        subject="Seminarie 7 december - livestream?",
        date="Tue, 27 Nov 2018 15:03:50 +0100",
        text="""Beste,

Ik kan op 7 december niet naar Antwerpen komen, maar het thema interesseert me wel. Wordt het seminarie gestreamd of opgenomen?

Vriendelijke groet,
Frank De Backer
Stad Eeklo""",
    ),
    "other",
    [],
    True,
    "question only (livestream?), no registration and no earlier registration to cancel: a person must answer (contrast)",
)

# ---------------------------------------------------------------- 045
add(
    dict(
        n=45,
        client="gmail",
        frm="Elke Smets <elke.smets@torhout.be>",
        addr="elke.smets@torhout.be",
        subject="inschrijving 7/12 en afmelding 23/11",
        date="Mon, 19 Nov 2018 17:27:15 +0100",
        text="""Dag Linda,

Ik schrijf me graag in voor 'Stadsorganisaties in transitie' op 7 december: Elke Smets, stafmedewerker strategische planning, stad Torhout, elke.smets@torhout.be.

Voor de netwerkdag planning en control van 23 november moet ik jammer genoeg afzeggen, daar is intussen een audit op gepland. Kan je me daar van de lijst halen?

Bedankt!
Elke""",
    ),
    "registration",
    [R("Elke Smets", "Torhout", "stafmedewerker strategische planning", "elke.smets@torhout.be")],
    True,
    "registers for the seminar AND cancels another KCVS event (23 November): the second request needs a person",
)


# ---------------------------------------------------------------- special: newsletter 021
def build_021():
    m = EmailMessage(policy=POL)
    date = "Thu, 22 Nov 2018 07:30:00 +0100"
    m["Return-Path"] = "<bounce-4471-8812@mail.vvsg.be>"
    m["X-Original-To"] = "linda.boudry@kcvs.be"
    m["Delivered-To"] = "linda.boudry@kcvs.be"
    m["Received"] = received(
        "mta12.mail.vvsg.be", "185.41.28.12", "mx1.kcvs.be", "4B0J8Q1z7Pz9vX", date
    )
    m["From"] = "VVSG <nieuwsbrief@vvsg.be>"
    m["To"] = "linda.boudry@kcvs.be"
    m["Subject"] = "VVSG-nieuwsbrief: vormingen en studiedagen in december"
    m["Date"] = date
    m["Message-ID"] = "<20181122063000.4471.8812@mail.vvsg.be>"
    m["List-Id"] = "VVSG nieuwsbrief <nieuwsbrief.vvsg.be>"
    m["List-Unsubscribe"] = (
        "<mailto:unsubscribe-4471-8812@mail.vvsg.be>, <https://www.vvsg.be/nieuwsbrief/uitschrijven?u=8812>"
    )
    m["Precedence"] = "bulk"
    text = """VVSG-nieuwsbrief - 22 november 2018

VORMINGEN EN STUDIEDAGEN

Studiedag: lokaal personeelsbeleid na de verkiezingen
Dinsdag 11 december 2018, Brussel. Hoe zet je een nieuwe bestuursploeg en de administratie op één lijn? Schrijf je in via onze website.

Vorming: organisatiebeheersing voor beginners
Donderdag 20 december 2018, Gent. Nog enkele plaatsen vrij.

Ook interessant: het Kenniscentrum Vlaamse Steden organiseert op 7 december het seminarie "Stadsorganisaties in transitie" in Antwerpen.

Je ontvangt deze nieuwsbrief omdat je ingeschreven bent op de VVSG-nieuwsbrief. Uitschrijven kan via de link onderaan.
VVSG vzw - Bischoffsheimlaan 1-8, 1000 Brussel"""
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    m.add_alternative(
        html_simple(text, "font-family:Verdana,sans-serif;font-size:13px"),
        subtype="html",
        charset="utf-8",
        cte="quoted-printable",
    )
    return m


add(
    dict(n=21, special=build_021),
    "other",
    [],
    False,
    "newsletter (List-Id, List-Unsubscribe) that mentions studiedagen, 'schrijf je in' and even this seminar: mass mail, left alone",
)


# ---------------------------------------------------------------- special: DSN 015
def build_015():
    date = "Wed, 21 Nov 2018 16:05:14 +0100"
    orig = EmailMessage(policy=POL)
    orig["From"] = LINDA
    orig["To"] = "luc.vandenbroeck@zaventm.be"
    orig["Subject"] = CONF_SUBJ
    orig["Date"] = "Wed, 21 Nov 2018 16:05:11 +0100"
    orig["Message-ID"] = "<conf-20181121-160511-e20a@kcvs.be>"
    orig["In-Reply-To"] = "<5BF573D2.7040401@zaventem.be>"
    person = """Beste Linda,

Graag schrijf ik me in voor het seminarie van 7 december. Ik kijk ernaar uit!

Naam: Luc Van den Broeck
Stad / gemeente: Zaventem
Functie: diensthoofd personeel
E-mailadres: luc.vandenbroeck@zaventm.be

Groeten,
Luc"""
    orig.set_content(
        confirmation(
            "Luc Van den Broeck", "Zaventem", "diensthoofd personeel", "luc.vandenbroeck@zaventm.be"
        )
        + "\n\n----- Je bericht -----\n"
        + quote(person),
        charset="utf-8",
        cte="quoted-printable",
    )

    m = EmailMessage(policy=POL)
    m["Return-Path"] = "<>"
    m["X-Original-To"] = "linda.boudry@kcvs.be"
    m["Delivered-To"] = "linda.boudry@kcvs.be"
    m["Received"] = "by mx1.kcvs.be (Postfix) id 4B2C91A0034; " + date + " (CET)"
    m["Date"] = date
    m["From"] = "MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = "linda.boudry@kcvs.be"
    m["Auto-Submitted"] = "auto-replied"
    m["Message-Id"] = "<20181121150514.4B2C91A0034@mx1.kcvs.be>"
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = "multipart/report; report-type=delivery-status"

    p1 = MIMEPart(policy=POL)
    p1.set_content(
        """This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<luc.vandenbroeck@zaventm.be>: Host or domain name not found. Name service error
    for name=zaventm.be type=MX: Host not found, try again
""",
        charset="us-ascii",
        cte="7bit",
    )
    p1["Content-Description"] = "Notification"

    b1 = MIMEPart(policy=POL)
    b1["Reporting-MTA"] = "dns; mx1.kcvs.be"
    b1["X-Postfix-Queue-ID"] = "4B2C91A0034"
    b1["X-Postfix-Sender"] = "rfc822; linda.boudry@kcvs.be"
    b1["Arrival-Date"] = "Wed, 21 Nov 2018 16:05:11 +0100 (CET)"
    b2 = MIMEPart(policy=POL)
    b2["Final-Recipient"] = "rfc822; luc.vandenbroeck@zaventm.be"
    b2["Original-Recipient"] = "rfc822;luc.vandenbroeck@zaventm.be"
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = (
        "X-Postfix; Host or domain name not found. Name service error for name=zaventm.be type=MX: Host not found, try again"
    )
    p2 = MIMEPart(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    p2.set_payload([b1, b2])

    p3 = MIMEPart(policy=POL)
    p3["Content-Description"] = "Undelivered Message"
    p3["Content-Type"] = "message/rfc822"
    p3.set_payload([orig])

    for p in (p1, p2, p3):
        m.attach(p)
    m.set_boundary("4B2C91A0034.1542812714/mx1.kcvs.be")
    return m


add(
    dict(n=15, special=build_015),
    "bounce",
    [],
    False,
    "Postfix DSN (multipart/report, Auto-Submitted) for a confirmation sent to a mistyped address; the returned message quotes the person's own registration note with labelled fields: still a bounce, no registrants",
)


# ---------------------------------------------------------------- special: qmail failure notice 039
def build_039():
    date = "Thu, 29 Nov 2018 11:02:37 +0100"
    original = """Return-Path: <linda.boudry@kcvs.be>
Received: (qmail 23117 invoked from network); 29 Nov 2018 10:02:35 -0000
Received: from mx1.kcvs.be (HELO mx1.kcvs.be) (91.183.40.17)
  by mail.oudenaarde.be with SMTP; 29 Nov 2018 10:02:35 -0000
From: Linda Boudry <linda.boudry@kcvs.be>
To: Geert De Vos <geert.devos@oudenaarde.be>
Subject: RE: inschrijving seminarie 7/12
Date: Thu, 29 Nov 2018 10:02:31 +0000
Message-ID: <AM6PR02MB4471A0B1C2D3E4F5@AM6PR02MB4471.eurprd02.prod.outlook.com>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Beste Geert,

U mag zeker een collega meebrengen. Stuur me gewoon even zijn of haar gegevens door, dan zet ik die mee op de lijst.

Vriendelijke groeten,
Linda

-----Oorspronkelijk bericht-----
Van: Geert De Vos <geert.devos@oudenaarde.be>
Verzonden: woensdag 28 november 2018 16:40
Aan: Linda Boudry <linda.boudry@kcvs.be>
Onderwerp: inschrijving seminarie 7/12

Dag mevrouw Boudry,

Naam: Geert De Vos
Stad / gemeente: Oudenaarde
Functie: beleidsmedewerker interne organisatie
E-mailadres: geert.devos@oudenaarde.be

Kan ik eventueel iemand meebrengen? Ik kijk er alvast naar uit.

Geert De Vos
"""
    text = (
        """Hi. This is the qmail-send program at mail.oudenaarde.be.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<geert.devos@oudenaarde.be>:
552 5.2.2 Mailbox quota exceeded: geert.devos@oudenaarde.be

--- Below this line is a copy of the message.

"""
        + original
    )
    m = EmailMessage(policy=POL)
    m["Return-Path"] = "<>"
    m["X-Original-To"] = "linda.boudry@kcvs.be"
    m["Delivered-To"] = "linda.boudry@kcvs.be"
    m["Received"] = received(
        "mail.oudenaarde.be", "193.191.150.44", "mx1.kcvs.be", "4B5Cq21mZ0z1Rt", date
    )
    m["Date"] = "29 Nov 2018 10:02:37 -0000"
    m["From"] = "MAILER-DAEMON@mail.oudenaarde.be"
    m["To"] = "linda.boudry@kcvs.be"
    m["Subject"] = "failure notice"
    m["Message-ID"] = "<1543485757.23121.qmail@mail.oudenaarde.be>"
    m.set_content(text, charset="utf-8", cte="8bit")
    return m


add(
    dict(n=39, special=build_039),
    "bounce",
    [],
    False,
    "qmail 'failure notice' (plain text, no DSN part) returning Linda's answer; the copy quotes a person's registration and question ('kan ik iemand meebrengen?'): still only a bounce",
)


# ---------------------------------------------------------------- write
def main():
    MESSAGES.sort(key=lambda s: s["n"])
    nums = [s["n"] for s in MESSAGES]
    assert nums == list(range(1, 46)), nums
    for spec in MESSAGES:
        m = spec["special"]() if "special" in spec else build(spec)
        raw = m.as_bytes(policy=POL)
        base = os.path.join(OUT, f"{spec['n']:03d}")
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(spec["label"], f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
