#!/usr/bin/env python3
"""Build the blind11 test set: 45 short/informal mails to linda.boudry@kcvs.be.

Deterministic: random.seed() first, every id and boundary comes from the seeded
generator, files are written with CRLF line ends.  Run:  python3 build.py
"""

import html as htmlmod
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

random.seed(20181207)

OUT = os.path.dirname(os.path.abspath(__file__))
POL = SMTP.clone(max_line_length=78, refold_source="none")
TZ = timezone(timedelta(hours=1))

LINDA_NAME = "Linda Boudry"
LINDA = "linda.boudry@kcvs.be"
LINDA_FMT = formataddr((LINDA_NAME, LINDA))

HEX = "0123456789abcdef"


def rhex(n, upper=False):
    s = "".join(random.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ralnum(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(random.choice(alphabet) for _ in range(n))


def uuid_upper():
    return "-".join([rhex(8, True), rhex(4, True), rhex(4, True), rhex(4, True), rhex(12, True)])


def dt(d, h, m, s=0, month=11):
    return datetime(2018, month, d, h, m, s, tzinfo=TZ)


# ---------------------------------------------------------------- the invitation
INV_DATE = dt(15, 9, 14, 27)
INV_MID = "<AM6PR0402MB3365C1A7E2F04B9D8E1C7A55D4E90@AM6PR0402MB3365.eurprd04.prod.outlook.com>"
INV_SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' \u2013 vrijdag 7 december 2018"

INV_TEXT = """Beste,

Steden en gemeenten veranderen snel: nieuwe taken, krappere budgetten, een
andere verhouding met de inwoner. Hoe houden stadsorganisaties die transitie
in goede banen?

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het gratis seminarie

Stadsorganisaties in transitie

Wanneer: vrijdag 7 december 2018
Waar: Permeke, auditorium, De Coninckplein 26, 2060 Antwerpen

09.30 uur       onthaal met koffie
10.00 uur       start seminarie
ca. 12.30 uur   broodjeslunch

Het seminarie richt zich tot personeelsleden en mandatarissen van de Vlaamse
steden en gemeenten.

Inschrijven kan tot en met 2 december met een mailtje aan
linda.boudry@kcvs.be met volgende gegevens:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Stafmedewerker
Kenniscentrum Vlaamse Steden vzw
linda.boudry@kcvs.be | www.kcvs.be"""

CONF_SUBJ = "Bevestiging inschrijving: Stadsorganisaties in transitie (7 december 2018)"


def conf_text(name, town, func, mail):
    return f"""Beste {name},

Bedankt voor uw inschrijving voor het seminarie 'Stadsorganisaties in
transitie' op vrijdag 7 december 2018 in Permeke (De Coninckplein 26,
2060 Antwerpen). Onthaal met koffie vanaf 9.30 uur.

We noteerden:
Naam: {name}
Stad / gemeente: {town}
Functie: {func}
E-mailadres: {mail}

Kan u toch niet komen? Laat het ons weten door op deze mail te antwoorden.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden vzw"""


# ---------------------------------------------------------------- quoting styles
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_NL_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS_NL = [
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
MONTHS_NL_SHORT = [
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
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = [
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


def prefix(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def q_iphone(text, d=INV_DATE, who=LINDA_NAME, addr=LINDA):
    head = (
        f"Op {d.day} {MONTHS_NL_SHORT[d.month - 1]} {d.year} om {d:%H:%M} heeft "
        f"{who} <{addr}> het volgende geschreven:"
    )
    return head + "\n\n" + prefix(text)


def q_iphone_en(text, d=INV_DATE, who=LINDA_NAME, addr=LINDA):
    head = f"On {d.day} Nov {d.year}, at {d:%H:%M}, {who} <{addr}> wrote:"
    return head + "\n\n" + prefix(text)


def q_gmail(text, d=INV_DATE, who=LINDA_NAME, addr=LINDA):
    head = (
        f"Op {DAYS_NL_SHORT[d.weekday()]} {d.day} {MONTHS_NL_SHORT[d.month - 1]} {d.year} "
        f"om {d:%H:%M} schreef {who} <{addr}>:"
    )
    return head + "\n\n" + prefix(text)


def outlook_head_nl(d=INV_DATE, who=LINDA_NAME, addr=LINDA, to=LINDA_NAME, subj=INV_SUBJ, cc=None):
    lines = [
        f"Van: {who} <{addr}>",
        f"Verzonden: {DAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month - 1]} {d.year} {d.hour}:{d:%M}",
        f"Aan: {to}",
    ]
    if cc:
        lines.append(f"CC: {cc}")
    lines.append(f"Onderwerp: {subj}")
    return lines


def q_outlook_nl(text, **kw):
    return "\n".join(["_" * 32, *outlook_head_nl(**kw)]) + "\n\n" + text


def outlook_head_en(d=INV_DATE, who=LINDA_NAME, addr=LINDA, to=LINDA_NAME, subj=INV_SUBJ):
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return [
        f"From: {who} <{addr}>",
        f"Sent: {DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} "
        f"{h12}:{d:%M}:{d:%S} {ampm}",
        f"To: {to}",
        f"Subject: {subj}",
    ]


def q_outlook_android(text, **kw):
    return "\n".join(["_" * 32, *outlook_head_en(**kw)]) + "\n\n" + text


def q_samsung(text, d=INV_DATE, who=LINDA_NAME, addr=LINDA, subj=INV_SUBJ):
    return (
        "\n-------- Oorspronkelijk bericht --------\n"
        f"Van: {who} <{addr}> \n"
        f"Datum: {d:%d/%m/%y} {d:%H:%M} (GMT+01:00) \n"
        f"Aan: {who} <{addr}> \n"
        f"Onderwerp: {subj} \n\n" + text
    )


# ---------------------------------------------------------------- HTML helpers
def h(text):
    return htmlmod.escape(text, quote=False)


def html_lines(text):
    out = []
    for l in text.split("\n"):
        out.append("<div>" + (h(l) if l else "<br>") + "</div>")
    return "\n".join(out)


def html_outlook(top, head_lines, quoted):
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
        '</head>\n<body lang="NL-BE" link="#0563C1">\n<div class="WordSection1">\n'
        + "\n".join(f'<p class="MsoNormal">{h(l) if l else "&nbsp;"}</p>' for l in top.split("\n"))
        + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        + '<p class="MsoNormal">'
        + "<br>\n".join(
            f"<b>{h(l.split(': ', 1)[0])}:</b> {h(l.split(': ', 1)[1])}" for l in head_lines
        )
        + "</p>\n</div>\n"
        + "\n".join(
            f'<p class="MsoNormal">{h(l) if l else "&nbsp;"}</p>' for l in quoted.split("\n")
        )
        + "\n</div>\n</body>\n</html>\n"
    )


def html_gmail(top, attrib, quoted):
    return (
        '<div dir="ltr">' + "<br>".join(h(l) for l in top.split("\n")) + "</div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + h(attrib)
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + "<br>".join(h(l) for l in quoted.split("\n"))
        + "</blockquote></div>\n"
    )


def html_android(top, head_lines, quoted):
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="auto">' + "<br>".join(h(l) for l in top.split("\n")) + "</div>"
        '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
        '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        + "<br>".join(
            f"<b>{h(l.split(': ', 1)[0])}:</b> {h(l.split(': ', 1)[1])}" for l in head_lines
        )
        + "</font><div>&nbsp;</div></div><div>"
        + "<br>".join(h(l) for l in quoted.split("\n"))
        + "</div></body></html>\n"
    )


# ---------------------------------------------------------------- message ids / trace
def mid_iphone(domain):
    return f"<{uuid_upper()}@{domain}>"


def mid_gmail():
    return "<CA" + ralnum(2) + "+" + ralnum(36) + "@mail.gmail.com>"


def mid_o365(prefix_="AM0PR"):
    box = f"{prefix_}{random.randint(1, 9):02d}MB{random.randint(1000, 9999)}"
    return f"<{box}{rhex(28, True)}@{box}.eurprd0{random.randint(1, 8)}.prod.outlook.com>"


def mid_exchange(domain, host="EXMBX01"):
    return f"<{rhex(32, True)}@{host}.{domain}>"


def mid_android():
    return f"<{ralnum(8)}-{ralnum(4)}-{ralnum(4)}@email.android.com>"


def mid_generic(domain):
    return f"<{rhex(8)}.{rhex(8)}.{random.randint(10000, 99999)}@{domain}>"


def thread_index():
    import base64

    return base64.b64encode(bytes(random.randrange(256) for _ in range(22))).decode()


def received(d, helo, ip):
    qid = rhex(10, True)
    return (
        f"from {helo} ({helo} [{ip}]) by mx1.kcvs.be (Postfix) with ESMTPS id {qid} "
        f"for <{LINDA}>; {format_datetime(d + timedelta(seconds=2))}"
    )


# ---------------------------------------------------------------- builder
def build(
    frm,
    subject,
    date,
    text=None,
    html=None,
    to=LINDA_FMT,
    cc=None,
    mid=None,
    irt=None,
    refs=None,
    extra=(),
    cte="quoted-printable",
    helo=None,
    ip=None,
    html_only=False,
    mime_version="1.0",
):
    m = EmailMessage(policy=POL)
    addr = frm[1] if isinstance(frm, tuple) else frm
    m["Return-Path"] = f"<{addr}>"
    m["Delivered-To"] = LINDA
    m["Received"] = received(
        date,
        helo or "mail." + addr.split("@")[1],
        ip
        or f"{random.randint(20, 212)}.{random.randint(0, 255)}."
        f"{random.randint(0, 255)}.{random.randint(1, 254)}",
    )
    m["From"] = formataddr(frm) if isinstance(frm, tuple) else frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    set_text(m, "Subject", subject)
    m["Date"] = format_datetime(date)
    set_ids(m, "Message-ID", mid)
    if irt:
        set_ids(m, "In-Reply-To", irt)
    if refs:
        set_ids(m, "References", refs)
    for k, v in extra:
        if k in ("Thread-Topic", "List-Unsubscribe", "List-Id"):
            set_text(m, k, v)
        else:
            m[k] = v
    m["MIME-Version"] = mime_version
    if html_only:
        m.set_content(html, subtype="html", charset="utf-8", cte=cte)
    else:
        m.set_content(text, charset="utf-8", cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=cte)
    return m.as_bytes(policy=POL)


def fold_ascii(name, value, width=76):
    """Fold an ASCII header value at spaces, as a mail client would."""
    words = value.split(" ")
    lines, cur = [], name + ": "
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() and not cur.endswith(": "):
            lines.append(cur.rstrip(" "))
            cur = " " + w + " "
        else:
            cur += w + " "
    lines.append(cur.rstrip(" "))
    return "\n".join(lines)[len(name) + 2 :]


def enc_text(name, value):
    """Raw (already encoded and folded) value for an unstructured header."""
    try:
        value.encode("ascii")
        return fold_ascii(name, value)
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode(linesep="\n")


def set_text(m, name, value):
    m.set_raw(name, enc_text(name, value))


def set_ids(m, name, value):
    m.set_raw(name, "\n ".join(value.split()))


def reg(name, town, func, mail):
    return {"name": name, "municipality": town, "function": func, "email": mail}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def re_inv():
    return "RE: " + INV_SUBJ


def ios_extra():
    return [("X-Mailer", "iPhone Mail (16B92)")]


def outlook_extra(topic=INV_SUBJ):
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", thread_index()),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


# ================================================================ registrations
@case
def c_ik_kom_iphone():
    frm = ("An Claes", "an.claes@leuven.be")
    d = dt(15, 10, 2, 41)
    body = "Ik kom!\n\nVerstuurd vanaf mijn iPhone\n\n" + q_iphone(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        body,
        mid=mid_iphone("leuven.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=ios_extra(),
        helo="mailgw2.leuven.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("An Claes", "Leuven", None, "an.claes@leuven.be")],
        needs_review=False,
        note="iPhone reply 'Ik kom!' above the quoted invitation; name from display name, town only from the municipal domain leuven.be, no function",
    )


@case
def c_graag_outlook():
    frm = ("Pieter Van den Broeck", "pieter.vandenbroeck@mechelen.be")
    d = dt(15, 11, 37, 5)
    top = (
        "Graag!\n\nPieter Van den Broeck\nDeskundige organisatieontwikkeling\nStad Mechelen\n"
        "T 015 29 00 00"
    )
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    html = html_outlook(top, outlook_head_nl(), INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html,
        mid=mid_exchange("mechelen.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="smtp.mechelen.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg(
                "Pieter Van den Broeck",
                "Mechelen",
                "deskundige organisatieontwikkeling",
                "pieter.vandenbroeck@mechelen.be",
            )
        ],
        needs_review=False,
        note="Outlook desktop reply 'Graag!' + signature with function and 'Stad Mechelen'; quoted invitation with empty template below",
    )


@case
def c_count_me_in():
    frm = ("Sofie Maes", "sofie.maes@stad.gent")
    d = dt(15, 12, 48, 19)
    top = "Yes, count me in \U0001f44d\n\nSent from Outlook for Android <https://aka.ms/ghei36>"
    text = top + "\n\n" + q_outlook_android(INV_TEXT)
    html = html_android(
        "Yes, count me in \U0001f44d\n\nSent from Outlook for Android", outlook_head_en(), INV_TEXT
    )
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html,
        mid=mid_o365("DB6PR"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[
            ("Thread-Topic", INV_SUBJ),
            ("Thread-Index", thread_index()),
            ("X-MS-Exchange-Organization-SCL", "-1"),
            ("Content-Language", "en-US"),
        ],
        helo="mail-db5eur01on0102.outbound.protection.outlook.com",
        cte="base64",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Sofie Maes", "Gent", None, "sofie.maes@stad.gent")],
        needs_review=False,
        note="English one-liner with emoji from Outlook for Android (base64 parts); stad.gent domain names Gent; no function",
    )


@case
def c_zet_me_erbij():
    frm = ("Wouters Bart", "bart.wouters@hasselt.be")
    d = dt(16, 8, 3, 52)
    top = "Zet me erbij\nBart\n\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.\n"
    text = top + q_samsung(INV_TEXT)
    raw = build(
        frm, "Re: " + INV_SUBJ, d, text, mid=mid_android(), irt=INV_MID, helo="mailrelay.hasselt.be"
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Bart Wouters", "Hasselt", None, "bart.wouters@hasselt.be")],
        needs_review=False,
        note="Samsung mail, display name 'Wouters Bart' surname first (address shows Bart = first name), signed 'Bart'; town from hasselt.be",
    )


@case
def c_ik_ben_erbij_gmail():
    frm = ("Katrien Janssens", "katrien.janssens@gmail.com")
    d = dt(16, 21, 12, 4)
    top = "Ik ben erbij.\n\nKatrien Janssens\nGemeenteraadslid Zemst"
    attrib = f"Op do 15 nov. 2018 om 09:14 schreef Linda Boudry <{LINDA}>:"
    text = top + "\n\n" + q_gmail(INV_TEXT)
    html = html_gmail(top, attrib, INV_TEXT)
    raw = build(
        frm,
        re_inv().replace("RE: ", "Re: "),
        d,
        text,
        html,
        mid=mid_gmail(),
        irt=INV_MID,
        refs=INV_MID,
        helo="mail-wr1-f54.google.com",
        ip="209.85.221.54",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg("Katrien Janssens", "Zemst", "gemeenteraadslid", "katrien.janssens@gmail.com")
        ],
        needs_review=False,
        note="Gmail reply from a private address; town and function only from the two-line signature 'Gemeenteraadslid Zemst'",
    )


@case
def c_aanwezig():
    frm = ("Dirk Peeters", "dirk.peeters@telenet.be")
    d = dt(16, 13, 20, 33)
    text = "Aanwezig\n\n" + q_gmail(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_generic("telenet.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[("User-Agent", "Telenet Webmail")],
        helo="mail.telenet.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Dirk Peeters", None, None, "dirk.peeters@telenet.be")],
        needs_review=False,
        note="one word 'Aanwezig' above quoted invitation; private telenet.be address says nothing about the town: municipality null, function null",
    )


@case
def c_ingeschreven_graag():
    frm = ("Els Vermeulen", "els.vermeulen@kortrijk.be")
    d = dt(19, 14, 5, 11)
    top = "Ingeschreven graag\n\nEls Vermeulen | teamcoach HR | Stad Kortrijk"
    html = (
        "<html><body><p>Ingeschreven graag</p><p>&nbsp;</p>"
        '<p style="color:#7f7f7f">Els Vermeulen | teamcoach HR | Stad Kortrijk</p></body></html>\n'
    )
    raw = build(
        frm,
        "Stadsorganisaties in transitie",
        d,
        top,
        html,
        mid=mid_exchange("kortrijk.be", "EXCH02"),
        extra=[
            ("Thread-Topic", "Stadsorganisaties in transitie"),
            ("Thread-Index", thread_index()),
            ("Content-Language", "nl-NL"),
        ],
        cte="7bit",
        helo="mx.kortrijk.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Els Vermeulen", "Kortrijk", "teamcoach HR", "els.vermeulen@kortrijk.be")],
        needs_review=False,
        note="new mail (not a reply), subject is the seminar title, 'Ingeschreven graag' + one-line pipe signature",
    )


@case
def c_ok_voor_mij():
    frm = ("Tom De Smet", "tom.desmet@aalst.be")
    d = dt(19, 16, 41, 28)
    top = "Ok voor mij\nTom"
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    head = outlook_head_nl()
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, head, INV_TEXT),
        mid=mid_o365("VI1PR"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail-ve1eur02on0611.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Tom De Smet", "Aalst", None, "tom.desmet@aalst.be")],
        needs_review=False,
        note="Outlook reply 'Ok voor mij / Tom'; surname only from display name, town from aalst.be",
    )


@case
def c_kom_graag_groetjes():
    frm = ("An Willems", "an.willems@genk.be")
    d = dt(20, 7, 58, 2)
    text = "Kom graag, groetjes\nAn\n\n" + q_iphone(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_iphone("genk.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=ios_extra(),
        helo="smtp.genk.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("An Willems", "Genk", None, "an.willems@genk.be")],
        needs_review=False,
        note="'Kom graag, groetjes / An' from iPhone without device signature; full name from display name, town from genk.be",
    )


@case
def c_top_ik_kom_schepen():
    frm = ("Jeroen Lambrecht", "jeroen.lambrecht@brugge.be")
    d = dt(20, 22, 17, 45)
    top = (
        "Top, ik kom\n\nJeroen Lambrecht\nSchepen van personeel en organisatie\nStad Brugge\n\n"
        "Verstuurd vanaf mijn iPad"
    )
    text = top + "\n\n" + q_iphone(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_iphone("brugge.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[("X-Mailer", "iPad Mail (16B92)")],
        helo="mx2.brugge.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg(
                "Jeroen Lambrecht",
                "Brugge",
                "schepen van personeel en organisatie",
                "jeroen.lambrecht@brugge.be",
            )
        ],
        needs_review=False,
        note="iPad reply of a politician: 'Top, ik kom' + signature with mandate and 'Stad Brugge'",
    )


@case
def c_ik_schuif_aan():
    frm = ("Yasmine El Amrani", "yasmine.elamrani@antwerpen.be")
    d = dt(21, 12, 30, 9)
    top = "Ik schuif aan \U0001f642\n\nYasmine"
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, outlook_head_nl(), INV_TEXT),
        mid=mid_o365("AM5PR"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail-am5eur03on0128.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Yasmine El Amrani", "Antwerpen", None, "yasmine.elamrani@antwerpen.be")],
        needs_review=False,
        note="'Ik schuif aan' with smiley; town Antwerpen from antwerpen.be (the venue is also in Antwerpen, which the quote repeats)",
    )


@case
def c_jep_ik_kom_ook():
    frm = ("Wim Claeys", "wim.claeys@roeselare.be")
    d = dt(21, 15, 2, 36)
    karen_d = dt(21, 14, 47, 10)
    karen_text = "Ik kom graag!\n\nKaren Dumont\nCommunicatie\nStad Roeselare"
    top = "Jep, ik kom ook\n\nWim Claeys\nStafmedewerker strategie\nStad Roeselare"
    quoted = (
        q_outlook_nl(
            karen_text,
            d=karen_d,
            who="Karen Dumont",
            addr="karen.dumont@roeselare.be",
            to="Linda Boudry <linda.boudry@kcvs.be>",
            cc="Wim Claeys <wim.claeys@roeselare.be>",
            subj=re_inv(),
        )
        + "\n\n"
        + q_outlook_nl(INV_TEXT)
    )
    text = top + "\n\n" + quoted
    karen_mid = mid_exchange("roeselare.be")
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        to=LINDA_FMT,
        cc=formataddr(("Karen Dumont", "karen.dumont@roeselare.be")),
        mid=mid_exchange("roeselare.be"),
        irt=karen_mid,
        refs=INV_MID + " " + karen_mid,
        extra=outlook_extra(),
        helo="mail.roeselare.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg("Wim Claeys", "Roeselare", "stafmedewerker strategie", "wim.claeys@roeselare.be")
        ],
        needs_review=False,
        note="reply-all 'Jep, ik kom ook' to a colleague's own sign-up (colleague in Cc, her mail quoted): only the sender registers here",
    )


@case
def c_niet_missen():
    frm = ("Griet Verstraete", "griet.verstraete@sint-niklaas.be")
    d = dt(22, 9, 44, 0)
    top = "Dat wil ik niet missen!\n\nGriet Verstraete\nAlgemeen directeur\nStad Sint-Niklaas"
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, outlook_head_nl(), INV_TEXT),
        mid=mid_o365("HE1PR"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail-he1eur01on0088.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg(
                "Griet Verstraete",
                "Sint-Niklaas",
                "algemeen directeur",
                "griet.verstraete@sint-niklaas.be",
            )
        ],
        needs_review=False,
        note="enthusiastic 'Dat wil ik niet missen!' (no word 'kom' or 'inschrijven') + signature with function",
    )


@case
def c_met_twee_joris():
    frm = ("Lies Mertens", "lies.mertens@turnhout.be")
    d = dt(22, 17, 3, 14)
    text = "Ik kom met 2 (ik + Joris)\n\nVerstuurd vanaf mijn iPhone\n\n" + q_iphone(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_iphone("turnhout.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=ios_extra(),
        helo="mail.turnhout.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg("Lies Mertens", "Turnhout", None, "lies.mertens@turnhout.be"),
            reg("Joris", None, None, None),
        ],
        needs_review=True,
        note="'Ik kom met 2 (ik + Joris)': second person has only a first name, no address, no town; an organiser must ask who Joris is",
    )


@case
def c_inschrijving_empty_body():
    frm = ("Koen Segers", "koen.segers@lokeren.be")
    d = dt(23, 10, 11, 56)
    text = (
        "\n\n--\nKoen Segers\nBeleidsmedewerker personeel\nStad Lokeren\nMarkt 2, 9160 Lokeren\n"
        "tel. 09 340 00 00\n"
    )
    raw = build(
        frm,
        "inschrijving",
        d,
        text,
        mid=mid_exchange("lokeren.be", "MAIL01"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl-be")],
        cte="7bit",
        helo="mail.lokeren.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg("Koen Segers", "Lokeren", "beleidsmedewerker personeel", "koen.segers@lokeren.be")
        ],
        needs_review=False,
        note="subject 'inschrijving' only, empty body apart from the '--' signature (name, function, town, street address)",
    )


@case
def c_zie_onderwerp():
    frm = ("Hanne Goossens", "hanne.goossens@lier.be")
    d = dt(23, 13, 26, 40)
    text = "zie onderwerp\n\nVerstuurd vanaf mijn iPhone"
    raw = build(
        frm,
        "Inschrijving 7/12: Hanne Goossens - Stad Lier - communicatieambtenaar",
        d,
        text,
        mid=mid_iphone("lier.be"),
        extra=ios_extra(),
        cte="7bit",
        helo="smtp.lier.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg("Hanne Goossens", "Lier", "communicatieambtenaar", "hanne.goossens@lier.be")
        ],
        needs_review=False,
        note="'zie onderwerp': all data in the subject line 'Inschrijving 7/12: name - Stad Lier - function'",
    )


@case
def c_graag_ingeschreven_private():
    frm = ("Marc Vandenberghe", "marc.vdberghe@skynet.be")
    d = dt(24, 11, 8, 31)
    text = "Graag ingeschreven voor 7/12.\nMarc\n\nSent from my iPhone"
    raw = build(
        frm,
        "seminarie 7/12",
        d,
        text,
        mid=mid_iphone("skynet.be"),
        extra=ios_extra(),
        cte="7bit",
        helo="mailsec.skynet.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Marc Vandenberghe", None, None, "marc.vdberghe@skynet.be")],
        needs_review=False,
        note="new short mail from a private skynet.be address; surname only from display name; no town, no function",
    )


@case
def c_upper_surname_first():
    frm = ("DE BACKER Ilse", "ilse.debacker@vilvoorde.be")
    d = dt(26, 8, 52, 17)
    top = "Ik kom ook graag.\nIlse"
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, outlook_head_nl(), INV_TEXT),
        mid=mid_exchange("vilvoorde.be", "EXMBX03"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail.vilvoorde.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Ilse De Backer", "Vilvoorde", None, "ilse.debacker@vilvoorde.be")],
        needs_review=False,
        note="display name 'DE BACKER Ilse' (upper-case surname first) -> Ilse De Backer; town from vilvoorde.be",
    )


@case
def c_op_de_lijst_html_only():
    frm = ("Verbeke Joke", "joke.verbeke@ieper.be")
    d = dt(26, 12, 14, 3)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Arial;font-size:10pt"><div>Zet mij maar op de lijst \U0001f642</div>'
        "<div><br></div><div>Joke</div><div><br></div>"
        '<blockquote style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">'
        f"<div><b>Van:</b> Linda Boudry &lt;{LINDA}&gt;<br><b>Verzonden:</b> donderdag 15 november 2018 9:14<br>"
        f"<b>Onderwerp:</b> {h(INV_SUBJ)}</div><div><br></div>"
        + "<br>".join(h(l) for l in INV_TEXT.split("\n"))
        + "</blockquote></body></html>\n"
    )
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        html=html,
        html_only=True,
        mid=mid_generic("ieper.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[("User-Agent", "Zimbra Web Client")],
        helo="zimbra.ieper.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Joke Verbeke", "Ieper", None, "joke.verbeke@ieper.be")],
        needs_review=False,
        note="HTML-only webmail reply 'Zet mij maar op de lijst' with emoji; display name 'Verbeke Joke' surname first; town from ieper.be",
    )


@case
def c_schepen_gmail():
    frm = ("Schepen Bert Cools", "bert.cools@gmail.com")
    d = dt(26, 19, 55, 48)
    top = "Ik kom graag.\nBert Cools, schepen van ICT, Herentals"
    attrib = f"Op do 15 nov. 2018 om 09:14 schreef Linda Boudry <{LINDA}>:"
    text = top + "\n\n" + q_gmail(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        html_gmail(top, attrib, INV_TEXT),
        mid=mid_gmail(),
        irt=INV_MID,
        refs=INV_MID,
        helo="mail-lf1-f43.google.com",
        ip="209.85.167.43",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Bert Cools", "Herentals", "schepen van ICT", "bert.cools@gmail.com")],
        needs_review=False,
        note="politician on Gmail, display name prefixed 'Schepen'; one line 'Bert Cools, schepen van ICT, Herentals' gives all data",
    )


@case
def c_ik_kom_android():
    frm = ("Evelien Dewulf", "evelien.dewulf@waregem.be")
    d = dt(27, 7, 21, 12)
    top = "Ik kom \U0001f642\n\nGet Outlook for Android <https://aka.ms/ghei36>"
    text = top + "\n\n" + q_outlook_android(INV_TEXT)
    html = html_android("Ik kom \U0001f642\n\nGet Outlook for Android", outlook_head_en(), INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html,
        mid=mid_o365("DB7PR"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[("Thread-Topic", INV_SUBJ), ("Thread-Index", thread_index())],
        helo="mail-db8eur05on0119.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Evelien Dewulf", "Waregem", None, "evelien.dewulf@waregem.be")],
        needs_review=False,
        note="'Ik kom' + smiley, English 'Get Outlook for Android' footer, English quote header above the Dutch invitation",
    )


@case
def c_one_line_data():
    frm = ("Stijn Peeters", "stijn.peeters@geel.be")
    d = dt(27, 10, 3, 7)
    top = "Ik kom graag: Stijn Peeters, Geel, diensthoofd ICT"
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, outlook_head_nl(), INV_TEXT),
        mid=mid_exchange("geel.be", "EX2016"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail.geel.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Stijn Peeters", "Geel", "diensthoofd ICT", "stijn.peeters@geel.be")],
        needs_review=False,
        note="all data in one comma-separated line after 'Ik kom graag:'; no labels",
    )


@case
def c_ik_kom_parking():
    frm = ("Sarah Jacobs", "sarah.jacobs@boom.be")
    d = dt(28, 13, 40, 22)
    text = "Ik kom! Is er parking in de buurt?\n\nVerstuurd vanaf mijn iPhone\n\n" + q_iphone(
        INV_TEXT
    )
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_iphone("boom.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=ios_extra(),
        helo="mail.boom.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Sarah Jacobs", "Boom", None, "sarah.jacobs@boom.be")],
        needs_review=True,
        note="registers and asks about parking in the same line: registration, but the question needs a person",
    )


@case
def c_fw_ik_wil_ook():
    frm = ("Hilde Smets", "hilde.smets@mortsel.be")
    d = dt(28, 16, 9, 50)
    bram_d = dt(16, 11, 2, 3)
    bram = (
        "Misschien iets voor jou?\n\nBram\n\n"
        + "\n".join(["_" * 32, *outlook_head_nl(to="Linda Boudry")])
        + "\n\n"
        + INV_TEXT
    )
    top = "Ik wil ook graag komen.\n\nHilde Smets\nStad Mortsel"
    fw_head = outlook_head_nl(
        d=bram_d,
        who="Bram Jacobs",
        addr="bram.jacobs@mortsel.be",
        to="Hilde Smets <hilde.smets@mortsel.be>",
        subj="FW: " + INV_SUBJ,
    )
    text = top + "\n\n" + "\n".join(["_" * 32, *fw_head]) + "\n\n" + bram
    raw = build(
        frm,
        "FW: " + INV_SUBJ,
        d,
        text,
        html_outlook(top, fw_head, bram),
        mid=mid_exchange("mortsel.be"),
        extra=outlook_extra("FW: " + INV_SUBJ),
        helo="mail.mortsel.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Hilde Smets", "Mortsel", None, "hilde.smets@mortsel.be")],
        needs_review=False,
        note="forward of an invitation a colleague (Bram Jacobs) had forwarded to her; only Hilde registers, Bram is only in the quoted forward",
    )


@case
def c_kom_graag_win10():
    frm = ("Jan Debaere", "jan.debaere@kuurne.be")
    d = dt(29, 9, 12, 38)
    top = (
        "Kom graag.\n\nJan Debaere\nfinancieel directeur gemeente Kuurne\n\n"
        "Verzonden vanuit Mail voor Windows 10"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="NL-BE"><div class="WordSection1">'
        + html_lines(top)
        + '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>Van: </b>Linda Boudry<br>'
        "<b>Verzonden: </b>donderdag 15 november 2018 9:14<br><b>Onderwerp: </b>"
        + h(INV_SUBJ)
        + "</p></div>"
        + html_lines(INV_TEXT)
        + "</div></body></html>\n"
    )
    text = (
        top
        + "\n\nVan: Linda Boudry\nVerzonden: donderdag 15 november 2018 9:14\nAan: Linda Boudry\n"
        "Onderwerp: " + INV_SUBJ + "\n\n" + INV_TEXT
    )
    raw = build(
        frm,
        "RE: " + INV_SUBJ,
        d,
        text,
        html,
        mid=mid_generic("kuurne.be"),
        irt=INV_MID,
        helo="mail.kuurne.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Jan Debaere", "Kuurne", "financieel directeur", "jan.debaere@kuurne.be")],
        needs_review=False,
        note="Windows 10 Mail reply 'Kom graag.'; function line includes 'gemeente Kuurne' which belongs in municipality, not function",
    )


@case
def c_twee_met_cc():
    frm = ("Ruben Hendrickx", "ruben.hendrickx@heist-op-den-berg.be")
    d = dt(29, 14, 27, 1)
    top = (
        "Wij komen met 2: ik en mijn collega Ann (in cc).\n\nGroeten,\nRuben Hendrickx\n"
        "Diensthoofd personeel\nGemeente Heist-op-den-Berg"
    )
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, outlook_head_nl(), INV_TEXT),
        cc=formataddr(("Vervoort Ann", "ann.vervoort@heist-op-den-berg.be")),
        mid=mid_o365("AM6PR"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail-am6eur05on0701.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="registration",
        registrants=[
            reg(
                "Ruben Hendrickx",
                "Heist-op-den-Berg",
                "diensthoofd personeel",
                "ruben.hendrickx@heist-op-den-berg.be",
            ),
            reg("Ann Vervoort", "Heist-op-den-Berg", None, "ann.vervoort@heist-op-den-berg.be"),
        ],
        needs_review=False,
        note="two people: sender + 'mijn collega Ann (in cc)'; Ann's full name and address from the Cc header ('Vervoort Ann'), town from the shared municipal domain",
    )


@case
def c_bare_address():
    frm = "jo.vermeiren@zoersel.be"
    d = dt(30, 11, 45, 9)
    text = "Ik kom. Jo\n\n" + q_gmail(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_generic("zoersel.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[("User-Agent", "Roundcube Webmail/1.3.8")],
        helo="webmail.zoersel.be",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Jo Vermeiren", "Zoersel", None, "jo.vermeiren@zoersel.be")],
        needs_review=False,
        note="From header is a bare address (no display name), signed 'Jo': full name from the address jo.vermeiren, town from zoersel.be",
    )


@case
def c_subject_only_ipad_late():
    frm = ("Leen Aerts", "leen.aerts@hotmail.com")
    d = dt(3, 7, 30, 44, month=12)
    text = "\n\nVerstuurd vanaf mijn iPad"
    raw = build(
        frm,
        "Ik kom naar het seminarie van 7/12",
        d,
        text,
        mid=mid_iphone("hotmail.com"),
        extra=[("X-Mailer", "iPad Mail (16B92)")],
        cte="7bit",
        helo="mail-oln040092070101.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="registration",
        registrants=[reg("Leen Aerts", None, None, "leen.aerts@hotmail.com")],
        needs_review=False,
        note="the whole message is the subject 'Ik kom naar het seminarie van 7/12' + iPad footer; private hotmail address: town null; sent 3 Dec (late: worker policy, still a registration)",
    )


# ================================================================ short non-registrations
@case
def c_ok_bedankt_confirmation():
    frm = ("Nele Peeters", "nele.peeters@zottegem.be")
    conf_d = dt(19, 10, 2, 11)
    conf_mid = f"<kcvs-reg-{rhex(12)}@kcvs.be>"
    d = dt(19, 10, 31, 2)
    text = "Ok, bedankt\n\nVerstuurd vanaf mijn iPhone\n\n" + q_iphone(
        conf_text("Nele Peeters", "Zottegem", "projectleider", "nele.peeters@zottegem.be"), d=conf_d
    )
    raw = build(
        frm,
        "Re: " + CONF_SUBJ,
        d,
        text,
        mid=mid_iphone("zottegem.be"),
        irt=conf_mid,
        refs=INV_MID + " " + conf_mid,
        extra=ios_extra(),
        helo="mail.zottegem.be",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="'Ok, bedankt' in reply to the worker's confirmation; the quoted confirmation repeats Naam/Stad/Functie/E-mailadres filled in: no new registration",
    )


@case
def c_goed_ontvangen():
    frm = ("Marleen Coppens", "marleen.coppens@dendermonde.be")
    d = dt(15, 9, 40, 18)
    top = (
        "Goed ontvangen.\n\nMet vriendelijke groet,\nMarleen Coppens\nSecretariaat algemeen directeur\n"
        "Stad Dendermonde"
    )
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, outlook_head_nl(), INV_TEXT),
        mid=mid_exchange("dendermonde.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail.dendermonde.be",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="'Goed ontvangen' (acknowledgement by a secretariat) in reply to the invitation: not a sign-up, nothing to answer",
    )


@case
def c_is_het_gratis():
    frm = ("Kevin Martens", "kevin.martens@hotmail.com")
    d = dt(16, 18, 22, 37)
    text = "Is het gratis?\n\nVerstuurd vanaf mijn iPhone\n\n" + q_iphone(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_iphone("hotmail.com"),
        irt=INV_MID,
        refs=INV_MID,
        extra=ios_extra(),
        helo="mail-oln040092065013.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="question only ('Is het gratis?') above the quoted invitation: a person must answer; not a sign-up",
    )


@case
def c_livestream():
    frm = ("Lotte Van Damme", "lotte.vandamme@diest.be")
    d = dt(20, 11, 15, 3)
    text = "Dag Linda,\n\nKomt er een livestream?\n\nGroetjes\nLotte"
    raw = build(
        frm,
        "Seminarie 7 december",
        d,
        text,
        mid=mid_o365("AM4PR"),
        extra=[
            ("Thread-Topic", "Seminarie 7 december"),
            ("Thread-Index", thread_index()),
            ("Content-Language", "nl-BE"),
        ],
        cte="7bit",
        helo="mail-am4eur02on0110.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="new short mail asking whether there is a livestream: a question for the organiser, not a registration",
    )


@case
def c_ik_kan_niet():
    frm = ("Frank Baert", "frank.baert@tielt.be")
    d = dt(17, 10, 6, 55)
    text = "Ik kan niet, sorry\n\nVerstuurd vanaf mijn iPhone\n\n" + q_iphone(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_iphone("tielt.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=ios_extra(),
        helo="mail.tielt.be",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="declines the invitation itself (reply to the invitation, never a sign-up): per the contract a cancellation withdraws an earlier sign-up, so this is 'other'",
    )


@case
def c_wie_van_gent():
    frm = ("Jonas Deprez", "jonas.deprez@stad.gent")
    d = dt(21, 8, 49, 30)
    top = "Wie komt er nog van Gent?\n\nJonas"
    text = top + "\n\n" + q_outlook_nl(INV_TEXT)
    raw = build(
        frm,
        re_inv(),
        d,
        text,
        html_outlook(top, outlook_head_nl(), INV_TEXT),
        mid=mid_o365("DB6PR"),
        irt=INV_MID,
        refs=INV_MID,
        extra=outlook_extra(),
        helo="mail-db3eur04on0117.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="question about other participants from Gent (names Gent, stad.gent sender) without signing up; organiser must answer",
    )


@case
def c_interessant():
    frm = ("Ellen Michiels", "ellen.michiels@halle.be")
    d = dt(22, 14, 18, 26)
    text = "Interessant!\n\n" + q_gmail(INV_TEXT)
    attrib = f"Op do 15 nov. 2018 om 09:14 schreef Linda Boudry <{LINDA}>:"
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        html_gmail("Interessant!", attrib, INV_TEXT),
        mid=mid_gmail(),
        irt=INV_MID,
        refs=INV_MID,
        helo="mail-ed1-f66.google.com",
        ip="209.85.208.66",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="'Interessant!' only: interest, not clearly a sign-up; a careful organiser would ask rather than confirm",
    )


@case
def c_thumbs_only():
    frm = ("Guy Smolders", "guy.smolders@tienen.be")
    d = dt(23, 19, 2, 47)
    text = "\U0001f44d\n\n" + q_iphone(INV_TEXT)
    raw = build(
        frm,
        "Re: " + INV_SUBJ,
        d,
        text,
        mid=mid_iphone("tienen.be"),
        irt=INV_MID,
        refs=INV_MID,
        extra=ios_extra(),
        helo="mail.tienen.be",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="emoji-only reply (thumbs up) to the invitation: could be a sign-up or just 'seen'; a person must decide",
    )


# ================================================================ others
@case
def c_ooo_dutch_autosubmitted():
    frm = ("Veerle Hermans", "veerle.hermans@leuven.be")
    d = dt(15, 9, 14, 58)
    text = (
        "Beste,\n\nIk ben afwezig tot en met vrijdag 23 november en heb geen toegang tot mijn mails.\n"
        "Voor dringende zaken kan u terecht bij mijn collega Tim Jacobs (tim.jacobs@leuven.be, "
        "016 27 00 00).\n\nMet vriendelijke groeten,\nVeerle Hermans\nTeamleider personeel\nStad Leuven"
    )
    raw = build(
        frm,
        "Automatisch antwoord: " + INV_SUBJ,
        d,
        text,
        mid=mid_exchange("leuven.be", "EXMBX05"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "veerle.hermans@leuven.be"),
        ],
        cte="7bit",
        helo="mailgw1.leuven.be",
    )
    return raw, dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="Exchange out-of-office to the invitation (Auto-Submitted: auto-replied); body names a colleague, an address and 'Stad Leuven'",
    )


@case
def c_afwezig_tot_maandag():
    frm = ("Bart Lemmens", "bart.lemmens@genk.be")
    d = dt(23, 16, 55, 31)
    text = "Afwezig tot maandag.\nBart"
    raw = build(
        frm,
        "Afwezig tot maandag",
        d,
        text,
        mid=mid_generic("genk.be"),
        irt=f"<{uuid_upper()}@kcvs.be>",
        extra=[("X-Autoreply", "yes"), ("Precedence", "bulk")],
        cte="7bit",
        helo="smtp.genk.be",
    )
    return raw, dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="very short out-of-office 'Afwezig tot maandag' (X-Autoreply: yes, Precedence: bulk), subject without any 'automatisch antwoord' marker",
    )


@case
def c_ooo_subject_only():
    frm = ("Stefanie Wuyts", "stefanie.wuyts@mechelen.be")
    d = dt(20, 10, 3, 12)
    conf_mid = f"<kcvs-reg-{rhex(12)}@kcvs.be>"
    text = (
        "Bedankt voor uw bericht. Ik ben met ouderschapsverlof tot 1 maart 2019.\n"
        "Uw mail wordt niet doorgestuurd."
    )
    raw = build(
        frm,
        "Automatisch antwoord: " + CONF_SUBJ,
        d,
        text,
        mid=mid_exchange("mechelen.be"),
        irt=conf_mid,
        refs=conf_mid,
        extra=[("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")],
        cte="7bit",
        helo="smtp.mechelen.be",
    )
    return raw, dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="out-of-office to a confirmation, no Auto-Submitted/X-Autoreply: only the subject 'Automatisch antwoord:' and the body say so (Precedence: bulk alone decides nothing)",
    )


@case
def c_ooo_english():
    frm = ("Koenraad De Wilde", "koenraad.dewilde@ec.europa.eu")
    d = dt(15, 9, 15, 44)
    text = (
        "I am out of the office until 3 December with limited access to e-mail.\n"
        "For urgent matters please contact the unit secretariat.\n\nKind regards,\nKoenraad De Wilde"
    )
    raw = build(
        frm,
        "Automatic reply: " + INV_SUBJ,
        d,
        text,
        mid=mid_exchange("ec.europa.eu", "S-DC1-MBX12"),
        irt=INV_MID,
        refs=INV_MID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "en-US"),
        ],
        cte="7bit",
        helo="mx.ec.europa.eu",
    )
    return raw, dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="English Exchange out-of-office ('Automatic reply:', Auto-Submitted: auto-replied) to the invitation",
    )


@case
def c_ticket_ack():
    frm = ("Stad Aalst - Infolijn", "info@aalst.be")
    d = dt(15, 9, 16, 7)
    text = (
        "Beste,\n\nUw bericht werd goed ontvangen en kreeg referentie 2018-11-04471.\n"
        "We behandelen uw vraag zo snel mogelijk, uiterlijk binnen 5 werkdagen.\n\n"
        "Dit is een automatisch bericht, u hoeft hier niet op te antwoorden.\n\nStad Aalst\nInfolijn 053 77 00 00"
    )
    raw = build(
        frm,
        "[#2018-11-04471] " + INV_SUBJ,
        d,
        text,
        mid=mid_generic("aalst.be"),
        irt=INV_MID,
        extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "TOPdesk")],
        helo="mail.aalst.be",
    )
    return raw, dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="helpdesk ticket acknowledgement ('Uw bericht werd goed ontvangen', Auto-Submitted: auto-generated) from a city info address",
    )


def raw_crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


@case
def c_bounce_dsn():
    d = dt(19, 10, 2, 14)
    bnd = f"{rhex(10, True)}.{random.randint(1542000000, 1542999999)}/mx1.kcvs.be"
    orig_mid = f"<kcvs-reg-{rhex(12)}@kcvs.be>"
    qid = rhex(10, True)
    orig_date = format_datetime(dt(19, 10, 2, 11))
    s = f"""Return-Path: <>
Delivered-To: {LINDA}
Received: by mx1.kcvs.be (Postfix) id {qid}; {format_datetime(d)}
Date: {format_datetime(d)}
From: MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: {LINDA}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{bnd}"
Content-Transfer-Encoding: 8bit
Message-Id: <{rhex(8)}.{qid}@mx1.kcvs.be>

This is a MIME-encapsulated message.

--{bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pieter.goethals@stad.gnet>: Host or domain name not found. Name service error
    for name=stad.gnet type=A: Host not found

--{bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {LINDA}
Arrival-Date: {orig_date}

Final-Recipient: rfc822; pieter.goethals@stad.gnet
Original-Recipient: rfc822;pieter.goethals@stad.gnet
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=stad.gnet type=A: Host not found

--{bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Linda Boudry <{LINDA}>
To: Pieter Goethals <pieter.goethals@stad.gnet>
Subject: {CONF_SUBJ}
Date: {orig_date}
Message-ID: {orig_mid}
Auto-Submitted: auto-replied

--{bnd}--
"""
    return raw_crlf(s), dict(
        kind="bounce",
        registrants=[],
        needs_review=False,
        note="Postfix DSN (multipart/report delivery-status) for a confirmation sent to a mistyped address (stad.gnet)",
    )


@case
def c_delay_warning():
    d = dt(27, 14, 33, 50)
    bnd = f"{rhex(10, True)}.{random.randint(1543000000, 1543999999)}/mx1.kcvs.be"
    qid = rhex(10, True)
    orig_date = format_datetime(dt(27, 10, 33, 12))
    s = f"""Return-Path: <>
Delivered-To: {LINDA}
Received: by mx1.kcvs.be (Postfix) id {qid}; {format_datetime(d)}
Date: {format_datetime(d)}
From: MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: {LINDA}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{bnd}"
Content-Transfer-Encoding: 8bit
Message-Id: <{rhex(8)}.{qid}@mx1.kcvs.be>

This is a MIME-encapsulated message.

--{bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kcvs.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<an.verhaegen@ronse.be>: connect to mail.ronse.be[193.191.0.10]:25: Connection
    timed out

--{bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {LINDA}
Arrival-Date: {orig_date}

Final-Recipient: rfc822; an.verhaegen@ronse.be
Original-Recipient: rfc822;an.verhaegen@ronse.be
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.ronse.be[193.191.0.10]:25:
    Connection timed out
Will-Retry-Until: {format_datetime(dt(2, 10, 33, 12, month=12))}

--{bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Linda Boudry <{LINDA}>
To: An Verhaegen <an.verhaegen@ronse.be>
Subject: {CONF_SUBJ}
Date: {orig_date}
Message-ID: <kcvs-reg-{rhex(12)}@kcvs.be>

--{bnd}--
"""
    return raw_crlf(s), dict(
        kind="bounce",
        registrants=[],
        needs_review=False,
        note="Postfix delay warning (Action: delayed, 'THIS IS A WARNING ONLY') for a confirmation: still a bounce",
    )


@case
def c_newsletter():
    frm = ("Lokaal Nieuws", "nieuwsbrief@lokaalnieuws-vlaanderen.be")
    d = dt(22, 7, 0, 0)
    text = (
        "Lokaal Nieuws - editie november 2018\n\n"
        "Agenda\n"
        "* 29/11 Vormingsdag 'Digitale dienstverlening' (Gent) - schrijf je nu in!\n"
        "* 7/12 Seminarie 'Stadsorganisaties in transitie' (KCVS, Antwerpen)\n"
        "* 13/12 Netwerkmoment personeelsdiensten (Leuven)\n\n"
        "Kort\n"
        "Steeds meer gemeenten werken samen rond personeelsbeleid. Lees het hele artikel op onze website.\n\n"
        "Je ontvangt deze nieuwsbrief omdat je ingeschreven bent op Lokaal Nieuws.\n"
        "Uitschrijven: https://lokaalnieuws-vlaanderen.be/uitschrijven?u=8f3a2c\n"
    )
    raw = build(
        frm,
        "Lokaal Nieuws | november 2018: agenda en kort nieuws",
        d,
        text,
        mid=f"<{rhex(24)}@mail{random.randint(10, 99)}.mcsv.net>",
        extra=[
            ("List-Id", "Lokaal Nieuws <nieuwsbrief.lokaalnieuws-vlaanderen.be>"),
            (
                "List-Unsubscribe",
                "<https://lokaalnieuws-vlaanderen.be/uitschrijven?u=8f3a2c>, "
                "<mailto:unsubscribe@lokaalnieuws-vlaanderen.be>",
            ),
            ("Precedence", "bulk"),
            ("X-Mailer", "Mailchimp Mailer"),
        ],
        helo="mail77.atl11.rsgsv.net",
        ip="198.2.133.77",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="newsletter (List-Id, List-Unsubscribe) whose agenda mentions this seminar and 'schrijf je nu in': mass mail, not a registration nor an auto-reply",
    )


@case
def c_colleague_unrelated():
    frm = ("Peter Declercq", "peter.declercq@kcvs.be")
    d = dt(26, 10, 21, 8)
    text = "Hoi Linda,\n\nKan je me de presentatie van gisteren nog eens doorsturen? Thx!\n\nPeter"
    raw = build(
        frm,
        "presentatie",
        d,
        text,
        mid=mid_o365("AM0PR"),
        extra=[
            ("Thread-Topic", "presentatie"),
            ("Thread-Index", thread_index()),
            ("Content-Language", "nl-BE"),
        ],
        cte="7bit",
        helo="mail-am0eur02on0090.outbound.protection.outlook.com",
    )
    return raw, dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="short internal mail from a KCVS colleague about something else: ordinary mail, left untouched",
    )


# ================================================================ write
def main():
    order = list(range(len(CASES)))
    random.Random(11).shuffle(order)
    assert len(CASES) == 45, len(CASES)
    # generate in definition order (so ids/boundaries do not depend on the shuffle), then number
    built = [fn() for fn in CASES]
    for num, idx in enumerate(order, 1):
        raw, label = built[idx]
        base = os.path.join(OUT, f"{num:03d}")
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".json", "w", encoding="utf-8", newline="\n") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
