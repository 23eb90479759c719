#!/usr/bin/env python3
"""Blind set 18: 45 registration-mailbox messages whose details sit in signatures.

Written without looking at the parser.  Python 3.11 standard library only, deterministic:
every run writes the same bytes.  Writes NNN.eml (CRLF line endings) and NNN.json (the label,
see spec/parse-contract.md) into the directory that holds this script.

    .venv/bin/python tests/mail/blind18/build.py
"""

import base64
import json
import quopri
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parent
random.seed(18)
TZ = timezone(timedelta(hours=1))

LINDA_NAME = "Linda Boudry"
LINDA = "linda.boudry@kcvs.be"
LINDA_ADDR = formataddr((LINDA_NAME, LINDA))


# --------------------------------------------------------------------------- helpers


def T(s):
    """Dedent a triple-quoted block and drop the first/last newline."""
    return textwrap.dedent(s).strip("\n")


def dt(day, hh, mm, ss=0):
    return datetime(2018, 11, day, hh, mm, ss, tzinfo=TZ)


def date_hdr(d):
    return format_datetime(d)


def a(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def h(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


HEX = "0123456789ABCDEF"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rnd(alphabet, n):
    return "".join(random.choice(alphabet) for _ in range(n))


def mid_outlook():
    host = random.choice(
        [
            "AM5PR0102MB2820",
            "DB6PR0402MB2774",
            "VI1PR0701MB2366",
            "HE1PR0802MB2459",
            "AM0PR04MB4417",
        ]
    )
    return f"<{host}{rnd(HEX, 20)}@{host}.eurprd0{random.randint(1, 8)}.prod.outlook.com>"


def mid_gmail():
    return f"<CA{rnd(B64, 8)}+{rnd(B64, 30)}@mail.gmail.com>"


def mid_plain(domain):
    u = rnd("0123456789abcdef", 32)
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"


def boundary(kind="outlook"):
    if kind == "outlook":
        return f"_000_{rnd(HEX, 20)}_"
    if kind == "apple":
        return f"Apple-Mail={rnd(HEX, 8)}-{rnd(HEX, 4)}-{rnd(HEX, 4)}-{rnd(HEX, 4)}-{rnd(HEX, 12)}"
    if kind == "gmail":
        return f"000000000000{rnd('0123456789abcdef', 16)}"
    return f"----=_NextPart_000_{rnd(HEX, 4)}_01D47A2B.{rnd(HEX, 8)}"


def leaf(text, subtype="plain", charset="utf-8", cte="8bit", flowed=False, extra=()):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        if cte == "7bit":
            assert raw.isascii()
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ctype = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ctype += "; format=flowed"
    hdrs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra)
    return hdrs, body


def ser(hdrs, body):
    return "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii") + b"\n" + body


def multi(subtype, parts, bkind="outlook", params="", preamble=b""):
    b = boundary(bkind)
    hdrs = [("Content-Type", f'multipart/{subtype}; boundary="{b}"{params}')]
    body = preamble
    for ph, pb in parts:
        body += b"--" + b.encode() + b"\n" + ser(ph, pb)
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return hdrs, body


def message(top, part):
    raw = ser(list(top) + list(part[0]), part[1])
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


def top_headers(frm, to, subject, when, msgid, cc=None, extra=(), in_reply_to=None, mailer=None):
    hd = [("From", frm), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    hd += [("Subject", h(subject)), ("Date", date_hdr(when)), ("Message-ID", msgid)]
    if in_reply_to:
        hd += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hd += list(extra)
    if mailer:
        hd.append(mailer)
    hd.append(("MIME-Version", "1.0"))
    return hd


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
OUTLOOK_14 = ("X-Mailer", "Microsoft Outlook 14.0")
THUNDERBIRD = (
    "User-Agent",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
)
APPLE = ("X-Mailer", "Apple Mail (2.3445.9.1)")


def t2h(text):
    return "<br>\n".join(
        escape(line, quote=False) if line else "&nbsp;" for line in text.split("\n")
    )


def html_doc(inner, charset="utf-8"):
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        f'charset={charset}">\n</head>\n<body lang="NL-BE">\n'
        f'<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        f"{inner}\n</div>\n</body>\n</html>\n"
    )


def alt(text, html, charset="utf-8", cte="8bit", bkind="outlook"):
    return multi(
        "alternative", [leaf(text, "plain", charset, cte), leaf(html, "html", charset, cte)], bkind
    )


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def nl_long(d):
    return f"{NL_DAYS[d.weekday()]} {d.day} november 2018 {d.hour}:{d.minute:02d}"


def outlook_hdr(frm, when, to, subject, cc=None, mailto=False, original=False):
    name, addr = frm
    van = f"{name} [mailto:{addr}]" if mailto else (f"{name} <{addr}>" if addr else name)
    s = "-----Oorspronkelijk bericht-----\n" if original else ""
    s += f"Van: {van}\nVerzonden: {nl_long(when)}\nAan: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    s += f"Onderwerp: {subject}\n"
    return s


def gtq(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


# --------------------------------------------------------------------------- the organiser's mails

INV_SUBJECT = "Uitnodiging: seminarie 'Stadsorganisaties in transitie' – vrijdag 7 december 2018"
INV_ID = "<DB6PR0102MB26314C1E0A2F4B5A8D0E3B1C4A5B2@DB6PR0102MB2631.eurprd01.prod.outlook.com>"
INV_DT = dt(5, 10, 2, 12)
RE_INV = "RE: " + INV_SUBJECT

LINDA_SIG = T("""
    Linda Boudry
    Stafmedewerker
    Kenniscentrum Vlaamse Steden
    Havenlaan 88 bus 4, 1000 Brussel
    T 02 211 55 27
    linda.boudry@kcvs.be | www.kcvs.be
    """)

INVITE = (
    T("""
    Beste,

    Steden en gemeenten veranderen snel: nieuwe taken, de integratie van OCMW en gemeente, digitalisering en krappe budgetten vragen om wendbare organisaties. Op het seminarie 'Stadsorganisaties in transitie' delen stadssecretarissen, HR-verantwoordelijken en onderzoekers hun ervaringen.

    Wanneer: vrijdag 7 december 2018
    Onthaal met koffie vanaf 9.30 uur, start om 10.00 uur, afsluitende broodjeslunch rond 12.30 uur.
    Waar: auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen

    Deelname is gratis. Inschrijven kan tot en met 2 december met een mail aan linda.boudry@kcvs.be met vermelding van:

    Naam:
    Stad / gemeente:
    Functie:
    E-mailadres:

    Wij kijken ernaar uit u te verwelkomen.

    Met vriendelijke groeten
    """)
    + "\n\n"
    + LINDA_SIG
)


def invite_quoted_outlook(mailto=False):
    return (
        outlook_hdr(
            (LINDA_NAME, LINDA), INV_DT, f"{LINDA_NAME} <{LINDA}>", INV_SUBJECT, mailto=mailto
        )
        + "\n"
        + INVITE
    )


def confirmation(first, naam, stad, functie, mail):
    return (
        T(f"""
        Beste {first},

        Bedankt voor je inschrijving voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in bibliotheek Permeke, Antwerpen. We noteerden:

        Naam: {naam}
        Stad / gemeente: {stad}
        Functie: {functie}
        E-mailadres: {mail}

        Onthaal met koffie vanaf 9.30 uur. Tot dan!

        Met vriendelijke groeten
        """)
        + "\n\n"
        + LINDA_SIG
    )


def R(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


def label(kind, registrants, review, note):
    return {"kind": kind, "registrants": registrants, "needs_review": review, "note": note}


MESSAGES = []


def case(fn):
    MESSAGES.append(fn)
    return fn


# --------------------------------------------------------------------------- 001-045


@case
def m001():
    body = (
        T("""
        Dag Linda,

        Ik kom graag.

        Met vriendelijke groeten

        Lieve Verstraeten
        Beleidsmedewerker organisatieontwikkeling
        Dienst Strategie en Kwaliteit
        Departement Organisatie

        Stad Sint-Truiden
        Kazernestraat 13 | 3800 Sint-Truiden
        T 011 70 14 52 | GSM 0476 21 38 90
        lieve.verstraeten@sint-truiden.be
        www.sint-truiden.be
        Volg ons op Facebook en Instagram: @stadsinttruiden
        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    top = top_headers(
        a("Lieve Verstraeten", "lieve.verstraeten@sint-truiden.be"),
        LINDA_ADDR,
        RE_INV,
        dt(6, 8, 47, 3),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R(
                "Lieve Verstraeten",
                "Sint-Truiden",
                "beleidsmedewerker organisatieontwikkeling",
                "lieve.verstraeten@sint-truiden.be",
            )
        ],
        False,
        "'Ik kom graag.' only: everything from a long signature with two department lines, "
        "postal address, phone/GSM, website and a social handle; quoted invitation with empty template",
    )


@case
def m002():
    sig = (
        "Griet Van Hecke | Teamleider Burgerzaken | Stad Deinze | Markt 1, 9800 Deinze | "
        "T 09 381 95 12 | griet.vanhecke@deinze.be | www.deinze.be"
    )
    text = (
        T("""
        Dag Linda,

        Graag schrijf ik me in voor het seminarie van 7 december in Permeke.

        Groeten
        Griet
        """)
        + "\n\n"
        + sig
    )
    cells = [
        "<b>Griet Van Hecke</b>",
        "Teamleider Burgerzaken",
        "Stad Deinze",
        "Markt 1, 9800 Deinze",
        "T 09 381 95 12",
        '<a href="mailto:griet.vanhecke@deinze.be">griet.vanhecke@deinze.be</a>',
        '<a href="https://www.deinze.be">www.deinze.be</a>',
    ]
    table = (
        '<table cellpadding="0" cellspacing="0" style="border-top:2px solid #00843D">\n<tr>\n'
        + "\n".join(
            f'<td style="padding:4px 10px;font-size:9pt;color:#555">{c}</td>' for c in cells
        )
        + "\n</tr>\n</table>"
    )
    html = html_doc(
        "<p>Dag Linda,</p>\n<p>Graag schrijf ik me in voor het seminarie van 7 december "
        "in Permeke.</p>\n<p>Groeten<br>\nGriet</p>\n" + table
    )
    top = top_headers(
        a("Griet Van Hecke", "griet.vanhecke@deinze.be"),
        LINDA_ADDR,
        "Inschrijving seminarie Stadsorganisaties in transitie",
        dt(6, 11, 15, 40),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html)), label(
        "registration",
        [R("Griet Van Hecke", "Deinze", "teamleider Burgerzaken", "griet.vanhecke@deinze.be")],
        False,
        "HTML signature as a one-row, seven-column table; its text part flattens it into one "
        "pipe-separated line (name | function | Stad Deinze | address | phone | mail | web)",
    )


@case
def m003():
    body = T("""
        Beste Linda,

        Ik moet helaas afzeggen voor het seminarie van 7 december: die ochtend is er een bijzondere gemeenteraad waarop ik aanwezig moet zijn. Sorry voor het late bericht.

        Vriendelijke groeten

        Bram Lenaerts
        Afdelingshoofd Personeel & Organisatie
        Stad Diest – Hasseltsestraat 14, 3290 Diest
        013 35 32 40 | bram.lenaerts@diest.be
        """)
    top = top_headers(
        a("Bram Lenaerts", "bram.lenaerts@diest.be"),
        LINDA_ADDR,
        "Afmelding seminarie 7 december",
        dt(27, 16, 52, 9),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "cancellation",
        [
            R(
                "Bram Lenaerts",
                "Diest",
                "afdelingshoofd Personeel & Organisatie",
                "bram.lenaerts@diest.be",
            )
        ],
        False,
        "fresh cancellation mail without quoted confirmation: who cancels is only in the "
        "signature (function, 'Stad Diest – address' on one line)",
    )


@case
def m004():
    body = (
        T("""
        Hallo Linda,

        Ik kom graag naar het seminarie op 7 december.

        Vriendelijke groet,
        Pieter

        Pieter Goethals | Strategic Policy Advisor
        City of Bruges | Strategy & Organisational Development
        Burg 11, 8000 Bruges, Belgium
        T +32 50 44 81 27 | M +32 478 55 19 02
        pieter.goethals@brugge.be | www.brugge.be

        From: Linda Boudry <linda.boudry@kcvs.be>
        Sent: Monday, November 5, 2018 10:02 AM
        To: Linda Boudry <linda.boudry@kcvs.be>
        """)
        + "\nSubject: "
        + INV_SUBJECT
        + "\n\n"
        + INVITE
    )
    top = top_headers(
        a("Pieter Goethals", "pieter.goethals@brugge.be"),
        LINDA_ADDR,
        RE_INV,
        dt(6, 13, 30, 21),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [R("Pieter Goethals", "Brugge", "Strategic Policy Advisor", "pieter.goethals@brugge.be")],
        False,
        "Dutch one-liner, English signature for a Flemish city ('City of Bruges' -> Brugge, "
        "function in English); English Outlook quote header",
    )


@case
def m005():
    body = T("""
        Goeiedag,

        Ik ben afwezig tot en met maandag 19 november en heb geen toegang tot mijn mails.
        Voor dringende zaken kan u terecht bij mijn collega Marc Dewulf (marc.dewulf@kortrijk.be of 056 27 84 10).

        Met vriendelijke groeten

        Jasper Vanoverbeke
        Diensthoofd Organisatiebeheersing
        Stad Kortrijk | Grote Markt 54, 8500 Kortrijk
        T 056 27 84 22 | GSM 0473 80 11 46
        www.kortrijk.be
        """)
    top = top_headers(
        a("Jasper Vanoverbeke", "jasper.vanoverbeke@kortrijk.be"),
        LINDA_ADDR,
        "Automatisch antwoord: " + INV_SUBJECT,
        dt(5, 10, 2, 58),
        mid_outlook(),
        in_reply_to=INV_ID,
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    return message(top, leaf(body)), label(
        "auto_reply",
        [],
        False,
        "Exchange out-of-office (Auto-Submitted: auto-replied) to the invitation; names a "
        "colleague with address and phone, signature with function, city, phone and GSM",
    )


@case
def m006():
    body = T("""
        Beste mevrouw Boudry,

        Hierbij schrijf ik mij in voor het seminarie van vrijdag 7 december.

        Mvg

        Hans De Smedt
        Coördinator facilitair beheer
        T 09 340 94 71
        """)
    top = top_headers(
        a("De Smedt Hans", "hans.desmedt@lokeren.be"),
        LINDA_ADDR,
        "inschrijving 7/12",
        dt(6, 14, 8, 30),
        mid_outlook(),
        mailer=OUTLOOK_14,
    )
    return message(top, leaf(body)), label(
        "registration",
        [R("Hans De Smedt", "Lokeren", "coördinator facilitair beheer", "hans.desmedt@lokeren.be")],
        False,
        "the municipality is nowhere in the text: only the sender's domain lokeren.be tells it; "
        "From header surname-first ('De Smedt Hans')",
    )


@case
def m007():
    text = T("""
        Dag Linda,

        Ik ben erbij op 7 december!

        Groetjes
        Noor

        [Stad Gent logo]

        Noor Vanderlinden (zij/haar)
        Adviseur organisatieontwikkeling
        Dienst HR – Departement Bedrijfsvoering
        Stad Gent
        Botermarkt 1, 9000 Gent
        T 09 266 71 38
        noor.vanderlinden@stad.gent
        www.stad.gent

        Volg Stad Gent op Facebook | Twitter | Instagram | LinkedIn

        "Samen maken we de stad."
        """)
    html = html_doc(
        T("""
        <p>Dag Linda,</p>
        <p>Ik ben erbij op 7 december!</p>
        <p>Groetjes<br>
        Noor</p>
        <p><img src="cid:logo-stadgent.png" alt="[Stad Gent logo]" width="120" height="40"></p>
        <p style="font-size:9pt"><b>Noor Vanderlinden</b> <span style="color:#888">(zij/haar)</span><br>
        Adviseur organisatieontwikkeling<br>
        Dienst HR – Departement Bedrijfsvoering<br>
        <b>Stad Gent</b><br>
        Botermarkt 1, 9000 Gent<br>
        T 09 266 71 38<br>
        <a href="mailto:noor.vanderlinden@stad.gent">noor.vanderlinden@stad.gent</a><br>
        <a href="https://www.stad.gent">www.stad.gent</a></p>
        <p style="font-size:8pt">Volg Stad Gent op <a href="https://www.facebook.com/stadgent">Facebook</a> | <a href="https://twitter.com/StadGent">Twitter</a> | <a href="https://www.instagram.com/stadgent">Instagram</a> | <a href="https://www.linkedin.com/company/stad-gent">LinkedIn</a></p>
        <p style="font-size:8pt;font-style:italic">"Samen maken we de stad."</p>
        """)
    )
    top = top_headers(
        a("Noor Vanderlinden", "noor.vanderlinden@stad.gent"),
        LINDA_ADDR,
        RE_INV,
        dt(7, 9, 3, 11),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html, cte="quoted-printable")), label(
        "registration",
        [
            R(
                "Noor Vanderlinden",
                "Gent",
                "adviseur organisatieontwikkeling",
                "noor.vanderlinden@stad.gent",
            )
        ],
        False,
        "QP HTML+text; logo as text '[Stad Gent logo]', pronouns '(zij/haar)' after the name "
        "(not part of it), department line, social links, slogan; domain stad.gent",
    )


@case
def m008():
    body = T("""
        Beste Linda,

        Wij komen graag met twee naar het seminarie van 7 december: ikzelf en mijn collega-schepen Marleen Vercauteren (schepen van Welzijn, marleen.vercauteren@dilbeek.be).

        Met vriendelijke groeten

        Johan De Ridder
        Schepen van Personeel en Organisatie | Gemeenteraadslid
        Gemeente Dilbeek
        Dorpsstraat 48, 1700 Dilbeek
        GSM 0495 33 72 18
        johan.deridder@dilbeek.be
        """)
    top = top_headers(
        a("Johan De Ridder", "johan.deridder@dilbeek.be"),
        LINDA_ADDR,
        "Inschrijving seminarie 7 december (2 personen)",
        dt(7, 18, 41, 50),
        mid_plain("dilbeek.be"),
        mailer=APPLE,
    )
    return message(top, leaf(body, cte="quoted-printable")), label(
        "registration",
        [
            R(
                "Johan De Ridder",
                "Dilbeek",
                "schepen van Personeel en Organisatie",
                "johan.deridder@dilbeek.be",
            ),
            R(
                "Marleen Vercauteren",
                "Dilbeek",
                "schepen van Welzijn",
                "marleen.vercauteren@dilbeek.be",
            ),
        ],
        False,
        "two politicians: the sender's details only in a signature with two roles "
        "('Schepen van ... | Gemeenteraadslid'), the colleague in a parenthesis with her address",
    )


@case
def m009():
    body = T("""
        Beste,

        Graag schrijven wij onze algemeen directeur, mevrouw Martine Dierickx, in voor het seminarie 'Stadsorganisaties in transitie' van 7 december.

        Met vriendelijke groeten

        namens het secretariaat
        Els Hendrickx

        Secretariaat Algemeen Directeur
        Gemeente Zaventem
        Stationsstraat 23, 1930 Zaventem
        T 02 715 39 11
        secretariaat.ad@zaventem.be
        """)
    top = top_headers(
        a("Secretariaat Algemeen Directeur", "secretariaat.ad@zaventem.be"),
        LINDA_ADDR,
        "Inschrijving algemeen directeur – seminarie 7/12",
        dt(8, 9, 20, 4),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [R("Martine Dierickx", "Zaventem", "algemeen directeur", None)],
        False,
        "shared mailbox (secretariat) registers the director; the signature names the clerk "
        "(Els Hendrickx, not registered) and the shared address, which is not the director's: email null",
    )


@case
def m010():
    text = (
        T("""
        Beste mevrouw Boudry,

        Hierbij schrijf ik graag onze algemeen directeur, Dirk Baeten, in voor het seminarie van 7 december. Zelf ga ik ook graag mee.

        Met vriendelijke groeten

        Sandra Wils
        Directieassistente
        sandra.wils@mortsel.be | 03 444 17 05

        -- 
        Dirk Baeten
        Algemeen directeur
        Stad Mortsel
        Liersesteenweg 75, 2640 Mortsel
        T 03 444 17 00
        www.mortsel.be
        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    html = html_doc(t2h(text))
    top = top_headers(
        a("Dirk Baeten", "dirk.baeten@mortsel.be"),
        LINDA_ADDR,
        RE_INV,
        dt(8, 10, 5, 33),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html)), label(
        "registration",
        [
            R("Dirk Baeten", "Mortsel", "algemeen directeur", "dirk.baeten@mortsel.be"),
            R("Sandra Wils", "Mortsel", "directieassistente", "sandra.wils@mortsel.be"),
        ],
        False,
        "assistant writes from her boss's account: he is the account owner (sender's address is "
        "his), she adds herself with her own address; two signatures (hers, then his after '-- ')",
    )


@case
def m011():
    body = T("""
        Goedemiddag,

        Ik heb interesse in het seminarie van 7 december, maar ik kom met de wagen vanuit Maasmechelen. Is er parking in de buurt van Permeke, of raadt u de trein aan? Dan schrijf ik me daarna in.

        Alvast bedankt,

        Kevin Bollen
        Beleidsmedewerker personeel
        Gemeente Maasmechelen
        Alden Biesenstraat 2, 3630 Maasmechelen
        T 089 76 97 35
        kevin.bollen@maasmechelen.be
        """)
    top = top_headers(
        a("Kevin Bollen", "kevin.bollen@maasmechelen.be"),
        LINDA_ADDR,
        "Vraag: parking seminarie 7 december",
        dt(8, 13, 12, 45),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "other",
        [],
        True,
        "a practical question before registering ('Dan schrijf ik me daarna in'); complete "
        "signature, but nobody registers yet; needs an answer",
    )


@case
def m012():
    veerle_dt = dt(6, 9, 12, 0)
    body = (
        T("""
        Dag Linda,

        Ik schrijf me graag in voor het seminarie.

        Groeten

        Wim Claessens
        Stafmedewerker personeel
        Stad Beringen
        Mijnschoolstraat 7, 3580 Beringen
        T 011 43 02 58
        """)
        + "\n\n"
        + outlook_hdr(
            ("Veerle Hermans", "veerle.hermans@beringen.be"),
            veerle_dt,
            "Team Personeel & Organisatie <personeel@beringen.be>",
            "FW: " + INV_SUBJECT,
        )
        + "\n"
        + T("""
        Hallo allemaal,

        Misschien interessant voor jullie? Wie wil gaan, schrijft zich zelf in bij Linda Boudry (zie hieronder). Ik kan er zelf niet bij zijn.

        Groetjes

        Veerle Hermans
        Diensthoofd Personeel & Organisatie
        Stad Beringen
        T 011 43 02 50 | GSM 0472 16 90 33
        veerle.hermans@beringen.be
        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    top = top_headers(
        a("Wim Claessens", "wim.claessens@beringen.be"),
        LINDA_ADDR,
        "RE: FW: " + INV_SUBJECT,
        dt(8, 14, 21, 7),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [R("Wim Claessens", "Beringen", "stafmedewerker personeel", "wim.claessens@beringen.be")],
        False,
        "old internal thread below: the head of department's forward with HER signature and "
        "'Ik kan er zelf niet bij zijn' (neither a registrant nor a cancellation), then the invitation",
    )


@case
def m013():
    body = (
        T("""
        Dag Linda,

        Onze collega Evi Moors vroeg me om haar inschrijving aan jou door te sturen; zie hieronder.

        Groeten,
        Ann

        Ann Peeters
        Directiesecretariaat
        Stad Tongeren
        Maastrichterstraat 10, 3700 Tongeren
        T 012 80 00 10
        ann.peeters@tongeren.be

        """)
        + "\n\n"
        + outlook_hdr(
            ("Evi Moors", "evi.moors@tongeren.be"),
            dt(7, 11, 38),
            "Ann Peeters <ann.peeters@tongeren.be>",
            "inschrijving seminarie 7/12",
        )
        + "\n"
        + T("""
        Hoi Ann,

        Wil jij mij inschrijven voor dat seminarie in Antwerpen op 7 december? Ik heb het adres van de organisatoren niet.

        Merci!

        Evi Moors
        Beleidsmedewerker ruimtelijke planning
        Stad Tongeren
        T 012 80 00 67
        """)
    )
    top = top_headers(
        a("Ann Peeters", "ann.peeters@tongeren.be"),
        LINDA_ADDR,
        "FW: inschrijving seminarie 7/12",
        dt(9, 8, 55, 26),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R(
                "Evi Moors",
                "Tongeren",
                "beleidsmedewerker ruimtelijke planning",
                "evi.moors@tongeren.be",
            )
        ],
        False,
        "inline forward: the forwarder's signature (secretariat) is on top and is not registered; "
        "the registrant's function is in her own signature below, her address in the 'Van:' line",
    )


@case
def m014():
    body = (
        T("""
        Beste Linda,

        Hieronder de inschrijving van mijn collega Sarah Luyckx. Ik kom zelf ook mee.

        Met vriendelijke groeten

        Koen Aerts
        Algemeen directeur
        Gemeente Heist-op-den-Berg
        Kerkplein 19, 2220 Heist-op-den-Berg
        T 015 25 05 01

        """)
        + "\n\n"
        + outlook_hdr(
            ("Sarah Luyckx", None), dt(8, 16, 4), "Koen Aerts", "seminarie KCVS", original=True
        )
        + "\n"
        + T("""
        Koen,

        Ik wil graag mee naar het seminarie van het Kenniscentrum. Mijn gegevens:

        Naam: Sarah Luyckx
        Stad / gemeente: Heist-op-den-Berg
        Functie: HR-adviseur
        E-mailadres: sarah.luyckx@heist-op-den-berg.be

        Sarah

        Sarah Luyckx | HR-adviseur | Gemeente Heist-op-den-Berg | T 015 25 05 37
        """)
    )
    top = top_headers(
        a("Koen Aerts", "koen.aerts@heist-op-den-berg.be"),
        LINDA_ADDR,
        "FW: seminarie KCVS",
        dt(9, 10, 17, 2),
        mid_outlook(),
        mailer=OUTLOOK_14,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R(
                "Koen Aerts",
                "Heist-op-den-Berg",
                "algemeen directeur",
                "koen.aerts@heist-op-den-berg.be",
            ),
            R(
                "Sarah Luyckx",
                "Heist-op-den-Berg",
                "HR-adviseur",
                "sarah.luyckx@heist-op-den-berg.be",
            ),
        ],
        False,
        "forward of a colleague's filled-in template, and the forwarder joins ('Ik kom zelf ook "
        "mee'): two registrants, the forwarder's details only in his signature",
    )


@case
def m015():
    conf_dt = dt(14, 9, 31, 5)
    conf_id = mid_outlook()
    inner_top = [
        ("From", LINDA_ADDR),
        ("To", a("Jeroen Van Damme", "jeroen.vandamme@ninoeve.be")),
        ("Subject", "Bevestiging inschrijving seminarie 7 december"),
        ("Date", date_hdr(conf_dt)),
        ("Message-ID", conf_id),
        ("MIME-Version", "1.0"),
    ]
    conf_hdrs, conf_body = leaf(
        confirmation(
            "Jeroen",
            "Jeroen Van Damme",
            "Ninove",
            "stafmedewerker ICT",
            "jeroen.vandamme@ninoeve.be",
        )
    )
    inner = ser(inner_top + conf_hdrs, conf_body)
    notice = (
        T("""
        This is the mail system at host mail.kcvs.be.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <jeroen.vandamme@ninoeve.be>: Host or domain name not found. Name service error
            for name=ninoeve.be type=MX: Host not found, try again
        """)
        + "\n"
    )
    status = (
        T("""
        Reporting-MTA: dns; mail.kcvs.be
        X-Postfix-Queue-ID: 4C1F2A0E3B
        X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
        Arrival-Date: Wed, 14 Nov 2018 09:31:06 +0100 (CET)

        Final-Recipient: rfc822; jeroen.vandamme@ninoeve.be
        Original-Recipient: rfc822;jeroen.vandamme@ninoeve.be
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=ninoeve.be type=MX: Host not found, try again
        """)
        + "\n"
    )
    parts = [
        (
            [
                ("Content-Description", "Notification"),
                ("Content-Type", "text/plain; charset=us-ascii"),
            ],
            notice.encode(),
        ),
        (
            [
                ("Content-Description", "Delivery report"),
                ("Content-Type", "message/delivery-status"),
            ],
            status.encode(),
        ),
        (
            [
                ("Content-Description", "Undelivered Message"),
                ("Content-Type", "message/rfc822"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            inner,
        ),
    ]
    b = "4C1F2A0E3B.1542184266/mail.kcvs.be"
    body = b"This is a MIME-encapsulated message.\n\n"
    for ph, pb in parts:
        body += b"--" + b.encode() + b"\n" + ser(ph, pb)
        if not body.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    top = [
        ("From", "MAILER-DAEMON@mail.kcvs.be (Mail Delivery System)"),
        ("To", LINDA),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date_hdr(dt(14, 9, 31, 7))),
        ("Message-ID", "<20181114083107.6D2B10A1F3@mail.kcvs.be>"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"'),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    raw = "".join(f"{k}: {v}\n" for k, v in top).encode() + b"\n" + body
    return raw.replace(b"\n", b"\r\n"), label(
        "bounce",
        [],
        False,
        "Postfix DSN (multipart/report) for the organiser's confirmation to a mistyped domain; "
        "the returned confirmation lists all four labelled fields and her signature",
    )


@case
def m016():
    body = T("""
        Beste Linda,

        Graag schrijf ik me in voor het seminarie.

        Naam: Femke Van Looy
        Stad / gemeente: Stad Mechelen
        Functie: communicatieadviseur
        E-mailadres: femke.vanlooy@mechelen.be

        Groeten,
        Femke

        Femke Van Looy
        Communicatieadviseur | Team Interne Communicatie
        Stad Mechelen | Grote Markt 21, 2800 Mechelen
        T 015 29 76 54

        ________________________________
        Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n) en kunnen vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en breng de afzender op de hoogte. Vragen over hoe Stad Mechelen met uw persoonsgegevens omgaat? Mail naar privacy@mechelen.be of contacteer onze functionaris voor gegevensbescherming via dpo@mechelen.be. Voor algemene vragen: info@mechelen.be of 015 29 76 00.
        Ce message et ses annexes sont destinés exclusivement au(x) destinataire(s). Questions sur la protection de vos données : privacy@mechelen.be.
        """)
    top = top_headers(
        a("Femke Van Looy", "femke.vanlooy@mechelen.be"),
        LINDA_ADDR,
        "Inschrijving seminarie",
        dt(9, 11, 44, 18),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body, cte="quoted-printable")), label(
        "registration",
        [R("Femke Van Looy", "Mechelen", "communicatieadviseur", "femke.vanlooy@mechelen.be")],
        False,
        "labelled template plus a signature and a bilingual QP disclaimer naming privacy@, dpo@ "
        "and info@mechelen.be (none of them is hers); 'Stad Mechelen' -> Mechelen",
    )


@case
def m017():
    body = (
        "Op 5/11/2018 om 10:02 schreef Linda Boudry:\n"
        + gtq(INVITE)
        + "\n\n"
        + T("""
        Dag Linda,

        Ik kom graag.

        Vriendelijke groeten,

        -- 
        Tine Vandenbroucke
        teamcoach Sociaal Huis
        Stad Oostende
        Vindictivelaan 1, 8400 Oostende
        tel. 059 80 55 71
        """)
    )
    top = top_headers(
        a("Tine Vandenbroucke", "tine.vandenbroucke@oostende.be"),
        LINDA_ADDR,
        "Re: " + INV_SUBJECT,
        dt(9, 15, 2, 40),
        mid_plain("oostende.be"),
        in_reply_to=INV_ID,
        mailer=THUNDERBIRD,
    )
    return message(top, leaf(body, flowed=True)), label(
        "registration",
        [
            R(
                "Tine Vandenbroucke",
                "Oostende",
                "teamcoach Sociaal Huis",
                "tine.vandenbroucke@oostende.be",
            )
        ],
        False,
        "bottom-posted Thunderbird reply (format=flowed): the whole invitation quoted first, "
        "'Ik kom graag.' and a '-- ' signature below it",
    )


@case
def m018():
    text = (
        T("""
        Dag Linda,

        Bedankt voor je snelle antwoord. Dan schrijf ik me graag in.

        Yasmina El Idrissi
        Programmamanager digitale transformatie
        Stad Antwerpen | Bedrijfsvoering
        Grote Markt 1, 2000 Antwerpen
        T 03 338 44 19
        yasmina.elidrissi@antwerpen.be

        """)
        + "\n\n"
        + outlook_hdr(
            (LINDA_NAME, LINDA),
            dt(6, 15, 40),
            "Yasmina El Idrissi <yasmina.elidrissi@antwerpen.be>",
            "RE: vraag over seminarie 7 december",
        )
        + "\n"
        + T("""
        Dag Yasmina,

        Zeker, het seminarie is bedoeld voor iedereen die met de organisatie van een stad bezig is, niet alleen voor HR. Inschrijven kan met een mailtje aan mij met je naam, stad, functie en e-mailadres.

        Groeten,

        """)
        + "\n\n"
        + LINDA_SIG
        + "\n\n"
        + outlook_hdr(
            ("Yasmina El Idrissi", "yasmina.elidrissi@antwerpen.be"),
            dt(6, 11, 2),
            f"{LINDA_NAME} <{LINDA}>",
            "vraag over seminarie 7 december",
        )
        + "\n"
        + T("""
        Dag Linda,

        Is het seminarie ook bedoeld voor wie niet bij HR werkt? Ik werk aan de digitale transformatie van onze stad.

        Yasmina El Idrissi
        Programmamanager digitale transformatie
        Stad Antwerpen | Bedrijfsvoering
        """)
    )
    html = html_doc(t2h(text))
    top = top_headers(
        a("Yasmina El Idrissi", "yasmina.elidrissi@antwerpen.be"),
        LINDA_ADDR,
        "RE: vraag over seminarie 7 december",
        dt(9, 16, 25, 12),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html)), label(
        "registration",
        [
            R(
                "Yasmina El Idrissi",
                "Antwerpen",
                "programmamanager digitale transformatie",
                "yasmina.elidrissi@antwerpen.be",
            )
        ],
        False,
        "top-posted reply, signature ABOVE the quoted thread; below it the organiser's own "
        "signature (Brussels address, her mail) and the registrant's earlier question",
    )


@case
def m019():
    text = T("""
        Beste Linda,

        Graag neem ik deel aan het seminarie 'Stadsorganisaties in transitie' op 7 december.

        Met vriendelijke groeten

        Anaïs Debruyne
        Coördinator participatie
        Stad Kortrijk
        Grote Markt 54, 8500 Kortrijk
        T 056 27 75 31

        Bezoek ons op www.kortrijk.be of in het Huis van de Burger.
        Kortrijk: vandaag al in beweging voor morgen.
        """)
    html = html_doc(
        T("""
        <p>Beste Linda,</p>
        <p>Graag neem ik deel aan het seminarie 'Stadsorganisaties in transitie' op 7 december.</p>
        <p>Met vriendelijke groeten</p>
        <table cellpadding="0" cellspacing="0"><tr>
        <td style="border-right:3px solid #E4003A;padding-right:12px"><img src="cid:image001.png@01D47C11.2A3B4C50" alt="Stad Kortrijk" width="90" height="90"></td>
        <td style="padding-left:12px;font-size:9pt"><b>Anaïs Debruyne</b><br>
        Coördinator participatie<br>
        Stad Kortrijk<br>
        Grote Markt 54, 8500 Kortrijk<br>
        T 056 27 75 31</td>
        </tr></table>
        <p style="font-size:8pt;color:#E4003A">Bezoek ons op <a href="https://www.kortrijk.be">www.kortrijk.be</a> of in het Huis van de Burger.<br>
        Kortrijk: vandaag al in beweging voor morgen.</p>
        """)
    )
    top = top_headers(
        a("Anaïs Debruyne", "anais.debruyne@kortrijk.be"),
        LINDA_ADDR,
        "Inschrijving seminarie 7 december",
        dt(12, 8, 36, 55),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html, cte="quoted-printable")), label(
        "registration",
        [R("Anaïs Debruyne", "Kortrijk", "coördinator participatie", "anais.debruyne@kortrijk.be")],
        False,
        "QP HTML+text, RFC 2047 From with ï; HTML signature in a two-cell table (logo | details); "
        "'Bezoek ons op ...' and a slogan under it",
    )


@case
def m020():
    body = T("""
        Bedankt voor uw bericht.

        Ik ben met verlof tot en met maandag 26 november. Uw e-mail wordt niet doorgestuurd.
        Dringend? Contacteer het secretariaat via secretariaat@harelbeke.be of 056 73 33 00, of mijn collega Pieter Vandewalle (pieter.vandewalle@harelbeke.be).

        Thank you for your message. I am on leave until Monday 26 November.

        Wendy Lefevere
        Teamverantwoordelijke HR
        Stad Harelbeke – Marktplein 1, 8530 Harelbeke
        T 056 73 33 41 | GSM 0479 12 58 63
        Volg Stad Harelbeke op Facebook: facebook.com/stadharelbeke
        """)
    top = top_headers(
        a("Wendy Lefevere", "wendy.lefevere@harelbeke.be"),
        LINDA_ADDR,
        "Afwezig: " + INV_SUBJECT,
        dt(12, 10, 2, 30),
        mid_plain("harelbeke.be"),
        in_reply_to=INV_ID,
        extra=[("X-Autoreply", "yes")],
    )
    return message(top, leaf(body)), label(
        "auto_reply",
        [],
        False,
        "absence reply (X-Autoreply: yes, 'Afwezig:' subject) with a shared secretariat address, "
        "a colleague's address, phone/GSM numbers and a Facebook link in the signature",
    )


@case
def m021():
    body = (
        T("""
        Dag Linda,

        Ik kom graag naar het seminarie, samen met mijn collega Bart Segers (beleidsmedewerker wonen, bart.segers@ronse.be).

        Vriendelijke groeten,

        Nele Jaspers
        Diensthoofd Wonen
        Stad Ronse | Grote Markt 12, 9600 Ronse
        T 055 23 28 41 | nele.jaspers@ronse.be
        """)
        + "\n\n"
        + invite_quoted_outlook(mailto=True)
    )
    top = top_headers(
        a("Nele Jaspers", "nele.jaspers@ronse.be"),
        LINDA_ADDR,
        RE_INV,
        dt(12, 13, 58, 3),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R("Nele Jaspers", "Ronse", "diensthoofd Wonen", "nele.jaspers@ronse.be"),
            R("Bart Segers", "Ronse", "beleidsmedewerker wonen", "bart.segers@ronse.be"),
        ],
        False,
        "sender (details only in her signature) plus a colleague in a parenthesis; Outlook 2013 "
        "'[mailto:]' quote header with the empty template below",
    )


@case
def m022():
    text = T("""
        Dag Linda,

        Zet mij maar op de lijst voor 7 december.

        Jelle

        Jelle Vanneste\tStad Poperinge
        Diensthoofd ICT\tGrote Markt 1, 8970 Poperinge
        T 057 34 62 10\twww.poperinge.be
        jelle.vanneste@poperinge.be
        """)
    html = html_doc(
        T("""
        <p>Dag Linda,</p>
        <p>Zet mij maar op de lijst voor 7 december.</p>
        <p>Jelle</p>
        <table cellpadding="0" cellspacing="0" style="font-size:9pt">
        <tr><td style="padding-right:24px"><b>Jelle Vanneste</b></td><td>Stad Poperinge</td></tr>
        <tr><td style="padding-right:24px">Diensthoofd ICT</td><td>Grote Markt 1, 8970 Poperinge</td></tr>
        <tr><td style="padding-right:24px">T 057 34 62 10</td><td><a href="https://www.poperinge.be">www.poperinge.be</a></td></tr>
        <tr><td style="padding-right:24px"><a href="mailto:jelle.vanneste@poperinge.be">jelle.vanneste@poperinge.be</a></td><td></td></tr>
        </table>
        """)
    )
    top = top_headers(
        a("Jelle Vanneste", "jelle.vanneste@poperinge.be"),
        LINDA_ADDR,
        "Seminarie 7 december",
        dt(13, 9, 9, 9),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html)), label(
        "registration",
        [R("Jelle Vanneste", "Poperinge", "diensthoofd ICT", "jelle.vanneste@poperinge.be")],
        False,
        "two-column signature table flattened row by row with tabs: name and city share a line, "
        "function and postal address share the next",
    )


@case
def m023():
    body = T("""
        Beste,

        Hierbij mijn inschrijving voor het seminarie 'Stadsorganisaties in transitie'.

        Met vriendelijke groet,

        Ellen Van den Berghe
        Jurist
        Dienst Secretariaat
        Stad Izegem

        T  +32 51 33 73 18
        M  +32 497 64 20 81
        E  Ellen.VanDenBerghe@Izegem.be
        W  www.izegem.be
        A  Korenmarkt 10, 8870 Izegem
        """)
    top = top_headers(
        a("Van den Berghe Ellen", "Ellen.VanDenBerghe@izegem.be"),
        LINDA_ADDR,
        "Inschrijving",
        dt(13, 11, 27, 0),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [R("Ellen Van den Berghe", "Izegem", "jurist", "ellen.vandenberghe@izegem.be")],
        False,
        "vCard-style signature (T/M/E/W/A prefixes) with department line; mixed-case address "
        "in signature and From must be lower-cased",
    )


@case
def m024():
    body = T("""
        Beste Linda,

        Ik kom graag naar het seminarie van 7 december.

        Vriendelijke groeten,

        Kathleen Stroobants
        Teamverantwoordelijke Onthaal

        Gemeente Grimbergen
        Prinsenstraat 3, 1850 Grimbergen
        T 02 260 12 11 | info@grimbergen.be
        Bezoek ons op www.grimbergen.be
        Openingsuren onthaal: maandag tot vrijdag van 9 tot 12 uur, woensdag ook van 14 tot 19 uur.
        """)
    top = top_headers(
        a("Kathleen Stroobants", "kathleen.stroobants@grimbergen.be"),
        LINDA_ADDR,
        "Seminarie Stadsorganisaties in transitie",
        dt(13, 14, 40, 22),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R(
                "Kathleen Stroobants",
                "Grimbergen",
                "teamverantwoordelijke Onthaal",
                "kathleen.stroobants@grimbergen.be",
            )
        ],
        False,
        "the only address in the body is the general info@grimbergen.be of the signature; the "
        "registrant's own address is the sender's; 'Bezoek ons op' and opening hours",
    )


@case
def m025():
    conf = confirmation(
        "Bart", "Bart Verhaegen", "Willebroek", "algemeen directeur", "bart.verhaegen@willebroek.be"
    )
    body = (
        T("""
        Beste mevrouw Boudry,

        De heer Verhaegen moet zijn deelname aan het seminarie van 7 december helaas annuleren wegens een dringende afspraak.

        Met vriendelijke groeten

        namens Bart Verhaegen,
        Ilse Goris
        Secretariaat algemeen directeur

        Bart Verhaegen
        Algemeen directeur
        Gemeente Willebroek
        Pastorijstraat 10, 2830 Willebroek
        T 03 866 92 00

        """)
        + "\n\n"
        + outlook_hdr(
            (LINDA_NAME, LINDA),
            dt(12, 16, 5),
            "Bart Verhaegen <bart.verhaegen@willebroek.be>",
            "Bevestiging inschrijving seminarie 7 december",
        )
        + "\n"
        + conf
    )
    top = top_headers(
        a("Bart Verhaegen", "bart.verhaegen@willebroek.be"),
        LINDA_ADDR,
        "RE: Bevestiging inschrijving seminarie 7 december",
        dt(26, 8, 14, 41),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "cancellation",
        [R("Bart Verhaegen", "Willebroek", "algemeen directeur", "bart.verhaegen@willebroek.be")],
        False,
        "assistant cancels from the director's own account ('namens Bart Verhaegen, Ilse Goris'), "
        "his auto-signature under hers; the quoted confirmation repeats his fields",
    )


@case
def m026():
    text = T("""
        Beste mevrouw Boudry,

        Als gemeenteraadslid wil ik graag het seminarie van 7 december bijwonen.

        Met vriendelijke groeten,

        Peter Wauters
        Gemeenteraadslid Asse | fractievoorzitter
        GSM 0486 41 27 93
        www.facebook.com/peterwauters.asse
        """)
    html = '<div dir="ltr">' + t2h(text).replace("\n", "") + "</div>\n"
    top = top_headers(
        a("Peter Wauters", "peter.wauters1968@gmail.com"),
        LINDA_ADDR,
        "Seminarie 7 december",
        dt(14, 21, 12, 7),
        mid_gmail(),
    )
    return message(top, alt(text, html, bkind="gmail")), label(
        "registration",
        [R("Peter Wauters", "Asse", "gemeenteraadslid", "peter.wauters1968@gmail.com")],
        False,
        "council member writing from Gmail; town only in the signature's 'Gemeenteraadslid Asse | "
        "fractievoorzitter' (two roles); private address is his, Facebook link",
    )


@case
def m027():
    body = (
        T("""
        Dag Linda,

        Ik kom graag.

        Joke Van Raemdonck
        Coördinator Welzijn
        Gemeente Temse
        Kouterstraat 1, 9140 Temse
        T 03 710 12 40

        PS: ik verplaats me met een rolstoel. Is het auditorium van Permeke vlot toegankelijk, en is er een aangepaste parkeerplaats in de buurt?
        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    top = top_headers(
        a("Joke Van Raemdonck", "joke.vanraemdonck@temse.be"),
        LINDA_ADDR,
        RE_INV,
        dt(15, 9, 48, 31),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [R("Joke Van Raemdonck", "Temse", "coördinator Welzijn", "joke.vanraemdonck@temse.be")],
        True,
        "registration from the signature, but a PS BELOW the signature asks about wheelchair "
        "access and parking: register, and a person must answer",
    )


@case
def m028():
    body = (
        T("""
        Ik kom graag.

        Met vriendelijke groeten

        Sabine Luyten
        Directieassistente
        Stad Herentals
        T 014 28 50 12
        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    top = top_headers(
        a("Geert Mertens", "geert.mertens@herentals.be"),
        LINDA_ADDR,
        RE_INV,
        dt(15, 11, 3, 50),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [R("Sabine Luyten", "Herentals", "directieassistente", None)],
        True,
        "AMBIGUOUS: 'Ik kom graag.' from Geert Mertens's account but signed by his assistant "
        "Sabine Luyten: is it she who comes, or him? A person must ask (label is a best guess)",
    )


@case
def m029():
    body = T("""
        Dear Ms Boudry,

        Unfortunately I have to cancel my registration for the seminar 'Stadsorganisaties in transitie' on 7 December. Apologies for any inconvenience.

        Kind regards,

        Laura Michiels | Talent Acquisition Lead | City of Hasselt
        Limburgplein 1, 3500 Hasselt, Belgium | +32 11 23 94 17 | laura.michiels@hasselt.be
        she/her
        """)
    top = top_headers(
        a("Laura Michiels", "laura.michiels@hasselt.be"),
        LINDA_ADDR,
        "Cancellation seminar 7 December",
        dt(28, 17, 20, 44),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "cancellation",
        [R("Laura Michiels", "Hasselt", "Talent Acquisition Lead", "laura.michiels@hasselt.be")],
        False,
        "English cancellation with a two-line pipe signature ('City of Hasselt' -> Hasselt) and "
        "pronouns on their own line",
    )


@case
def m030():
    text = T("""
        Beste,

        Naam: Dries Callebaut
        Stad / gemeente: Aalst
        Functie: afdelingshoofd Financiën
        E-mailadres: zie handtekening

        Met vriendelijke groeten

        [cid:image001.png@01D47A2B.5C3E1F20]
        Dries Callebaut
        Afdelingshoofd Financiën
        [Logo Stad Aalst]
        Stad Aalst – Werfplein 1, 9300 Aalst
        T 053 73 22 61
        dries.callebaut@aalst.be
        """)
    html = html_doc(
        T("""
        <p>Beste,</p>
        <p>Naam: Dries Callebaut<br>
        Stad / gemeente: Aalst<br>
        Functie: afdelingshoofd Financiën<br>
        E-mailadres: zie handtekening</p>
        <p>Met vriendelijke groeten</p>
        <p><img src="cid:image001.png@01D47A2B.5C3E1F20" width="200" height="6"><br>
        <b>Dries Callebaut</b><br>
        Afdelingshoofd Financiën<br>
        <img src="cid:image002.png@01D47A2B.5C3E1F20" alt="Logo Stad Aalst" width="110" height="45"><br>
        Stad Aalst – Werfplein 1, 9300 Aalst<br>
        T 053 73 22 61<br>
        <a href="mailto:dries.callebaut@aalst.be">dries.callebaut@aalst.be</a></p>
        """),
        charset="windows-1252",
    )
    top = top_headers(
        a("Dries Callebaut", "dries.callebaut@aalst.be"),
        LINDA_ADDR,
        "inschrijving seminarie",
        dt(15, 14, 2, 19),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html, charset="windows-1252", cte="quoted-printable")), label(
        "registration",
        [R("Dries Callebaut", "Aalst", "afdelingshoofd Financiën", "dries.callebaut@aalst.be")],
        False,
        "windows-1252 QP; labelled template whose E-mailadres says 'zie handtekening': the address "
        "is in the signature, between image placeholders '[cid:...]' and '[Logo Stad Aalst]'",
    )


@case
def m031():
    body = T("""
        Beste Linda,

        Ik wil graag deelnemen aan het seminarie op 7 december.
        (Ik stuur dit vanaf mijn privéadres: mijn werkmail ligt vandaag plat.)

        Vriendelijke groeten,

        Gert Van Dessel
        Diensthoofd Personeel en Organisatie
        Stadhuis – Markt 57, 2500 Lier
        T 03 800 03 21
        """)
    top = top_headers(
        a("Gert Van Dessel", "gert.vandessel@skynet.be"),
        LINDA_ADDR,
        "Inschrijving seminarie 7 december",
        dt(16, 7, 58, 13),
        mid_plain("skynet.be"),
        mailer=APPLE,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R(
                "Gert Van Dessel",
                "Lier",
                "diensthoofd Personeel en Organisatie",
                "gert.vandessel@skynet.be",
            )
        ],
        False,
        "private sender address and no 'Stad Lier': the town is only in the postal address "
        "('Stadhuis – Markt 57, 2500 Lier'); the only address the mail gives is his private one",
    )


@case
def m032():
    body = T("""
        Hallo Linda,

        Heb jij het verslag van de werkgroep HR van 15 november al klaar? Ik zou het graag voorleggen op ons managementteam van volgende week.

        Alvast bedankt!

        Sofie Vanderhoven
        Diensthoofd HR
        Stad Genk
        Stadsplein 1, 3600 Genk
        T 089 65 44 81
        www.genk.be
        """)
    top = top_headers(
        a("Sofie Vanderhoven", "sofie.vanderhoven@genk.be"),
        LINDA_ADDR,
        "verslag werkgroep HR 15 november",
        dt(19, 10, 11, 37),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "other",
        [],
        False,
        "unrelated work mail (minutes of a working group) with a complete signature "
        "(name, function, city): nothing about the seminar, nobody registers",
    )


@case
def m033():
    body = T("""
        Hallo Linda,

        Ik schrijf me in voor het seminarie van 7/12.

        Groeten,
        Jorn

        Jorn Vandenplas
        Projectleider slimme stad
        Stad Leuven | Professor Van Overstraetenplein 1, 3000 Leuven | T 016 27 26 88 | jorn.vandenplas@leuven.be
        Schrijf je in op onze nieuwsbrief: https://www.leuven.be/nieuwsbrief?utm_source=email-handtekening&utm_medium=email&utm_campaign=nieuwsbrief-2018
        Leuven, waar kennis en zorg samenkomen. Bekijk onze vacatures op https://www.leuven.be/vacatures?bron=handtekening
        """)
    top = top_headers(
        a("Jorn Vandenplas", "jorn.vandenplas@leuven.be"),
        LINDA_ADDR,
        "inschrijving 7/12",
        dt(19, 13, 45, 2),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body, cte="quoted-printable")), label(
        "registration",
        [R("Jorn Vandenplas", "Leuven", "projectleider slimme stad", "jorn.vandenplas@leuven.be")],
        False,
        "QP plain text: long signature lines soft-wrapped with '=' line ends and URLs with '=3D'; "
        "city, address, phone and mail on one pipe line",
    )


@case
def m034():
    body = T("""
        Beste,

        Vanuit ons team schrijven we twee collega's in voor het seminarie 'Stadsorganisaties in transitie':

        - Hanne Deroo, teamleider organisatieontwikkeling, hanne.deroo@ieper.be
        - Brecht Vanhee, interne auditor, brecht.vanhee@ieper.be

        Met vriendelijke groeten

        Team Organisatieontwikkeling
        Stad Ieper
        Grote Markt 34, 8900 Ieper
        T 057 45 18 00
        organisatieontwikkeling@ieper.be
        """)
    top = top_headers(
        a("Team Organisatieontwikkeling", "organisatieontwikkeling@ieper.be"),
        LINDA_ADDR,
        "Inschrijving 2 personen seminarie 7 december",
        dt(20, 9, 30, 0),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R("Hanne Deroo", "Ieper", "teamleider organisatieontwikkeling", "hanne.deroo@ieper.be"),
            R("Brecht Vanhee", "Ieper", "interne auditor", "brecht.vanhee@ieper.be"),
        ],
        False,
        "team mailbox registers two named colleagues with their own addresses; the signature "
        "names only the team (city from 'Stad Ieper'), the team address belongs to nobody registered",
    )


@case
def m035():
    conf = confirmation(
        "Thomas", "Thomas Vercoutere", "Menen", "beleidsmedewerker HR", "thomas.vercoutere@menen.be"
    )
    body = (
        T("""
        Beste,

        Ik ben afwezig van maandag 19 tot en met vrijdag 23 november. Uw bericht wordt niet doorgestuurd.
        Voor vragen over personeelszaken kan u terecht bij Lore Demeyere (lore.demeyere@menen.be – 056 52 90 31).

        Thomas Vercoutere
        Beleidsmedewerker HR
        Stad Menen | Grote Markt 1, 8930 Menen
        T 056 52 90 44 | GSM 0471 55 23 80

        """)
        + "\n\n"
        + outlook_hdr(
            (LINDA_NAME, LINDA),
            dt(20, 11, 4),
            "Thomas Vercoutere <thomas.vercoutere@menen.be>",
            "Bevestiging inschrijving seminarie 7 december",
            original=True,
        )
        + "\n"
        + conf
    )
    top = top_headers(
        a("Thomas Vercoutere", "thomas.vercoutere@menen.be"),
        LINDA_ADDR,
        "Automatisch antwoord: Bevestiging inschrijving seminarie 7 december",
        dt(20, 11, 4, 31),
        mid_plain("menen.be"),
        extra=[("Auto-Submitted", "auto-generated")],
    )
    return message(top, leaf(body, cte="quoted-printable")), label(
        "auto_reply",
        [],
        False,
        "QP out-of-office (Auto-Submitted: auto-generated) to the organiser's confirmation; "
        "quotes the confirmation with all four labelled fields; colleague's address and GSM",
    )


@case
def m036():
    body = (
        T("""
        Dag Linda,

        Ik sluit graag aan bij mijn collega: mag je mij ook inschrijven?

        Groetjes
        Lotte

        Lotte Verbruggen
        Stafmedewerker vorming en opleiding
        Gemeente Schoten
        Verbertstraat 3, 2900 Schoten
        T 03 680 09 62

        """)
        + "\n\n"
        + outlook_hdr(
            ("Pieter De Wolf", "pieter.dewolf@schoten.be"),
            dt(19, 9, 15),
            f"{LINDA_NAME} <{LINDA}>",
            "inschrijving seminarie 7 december",
            cc="Lotte Verbruggen <lotte.verbruggen@schoten.be>",
        )
        + "\n"
        + T("""
        Beste Linda,

        Graag schrijf ik me in:

        Naam: Pieter De Wolf
        Stad / gemeente: Schoten
        Functie: diensthoofd HR
        E-mailadres: pieter.dewolf@schoten.be

        Met vriendelijke groeten

        Pieter De Wolf
        Diensthoofd HR
        Gemeente Schoten
        T 03 680 09 60
        """)
    )
    top = top_headers(
        a("Lotte Verbruggen", "lotte.verbruggen@schoten.be"),
        LINDA_ADDR,
        "RE: inschrijving seminarie 7 december",
        dt(20, 14, 6, 58),
        mid_outlook(),
        cc=a("Pieter De Wolf", "pieter.dewolf@schoten.be"),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "registration",
        [
            R(
                "Lotte Verbruggen",
                "Schoten",
                "stafmedewerker vorming en opleiding",
                "lotte.verbruggen@schoten.be",
            )
        ],
        False,
        "reply-all to a colleague's earlier registration (quoted with a filled-in template and his "
        "signature, he is in Cc): only the new sender registers here",
    )


@case
def m037():
    body = T("""
        Beste Linda,

        Helaas moeten mijn collega Wout Gevers (diensthoofd Personeel) en ikzelf onze inschrijving voor het seminarie van 7 december annuleren. Er is die dag een personeelsraad gepland die we niet kunnen verplaatsen.

        Met vriendelijke groeten

        Nathalie Van Gucht
        Stafmedewerker P&O
        Gemeente Brasschaat
        Verhoevenlei 11, 2930 Brasschaat
        T 03 650 02 95
        nathalie.vangucht@brasschaat.be
        """)
    top = top_headers(
        a("Nathalie Van Gucht", "nathalie.vangucht@brasschaat.be"),
        LINDA_ADDR,
        "Annulatie inschrijving seminarie",
        dt(29, 12, 30, 16),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body, cte="base64")), label(
        "cancellation",
        [
            R(
                "Nathalie Van Gucht",
                "Brasschaat",
                "stafmedewerker P&O",
                "nathalie.vangucht@brasschaat.be",
            ),
            R("Wout Gevers", "Brasschaat", "diensthoofd Personeel", None),
        ],
        False,
        "base64 body; one mail cancels two people; the sender's details only in her signature, "
        "the colleague has no address here (null)",
    )


@case
def m038():
    text = (
        T("""
        Beste Linda,

        Ik kom graag naar het seminarie van 7 december.

        Vriendelijke groeten,

        Sven Geukens
        Strategisch coördinator
        Stad Lommel – Hertog Janplein 1, 3920 Lommel
        T 011 39 98 12

        "De beste manier om de toekomst te voorspellen, is haar zelf vorm te geven." – Peter Drucker
        Denk aan het milieu voor je deze e-mail afdrukt.
        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    html = html_doc(t2h(text))
    top = top_headers(
        a("Sven Geukens", "sven.geukens@lommel.be"),
        LINDA_ADDR,
        RE_INV,
        dt(20, 16, 49, 27),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html)), label(
        "registration",
        [R("Sven Geukens", "Lommel", "strategisch coördinator", "sven.geukens@lommel.be")],
        False,
        "signature with a quotation attributed to another person (Peter Drucker) and a 'print' "
        "slogan; HTML+text reply with the invitation quoted",
    )


@case
def m039():
    conf_dt = dt(21, 8, 12, 40)
    conf = confirmation(
        "Sven", "Sven Geukens", "Lommel", "strategisch coördinator", "sven.geukens@lommel.be"
    )
    inner = (
        "Received: from [10.0.0.12] (helo=kcvs-pc07)\n"
        "\tby relay.kcvs.be with esmtpa (Exim 4.91)\n"
        "\t(envelope-from <linda.boudry@kcvs.be>)\n"
        "\tid 1gPL2c-0004Xq-9N\n"
        "\tfor sven.geukens@lommel.be; Wed, 21 Nov 2018 08:12:41 +0100\n"
        f"From: {LINDA_ADDR}\nTo: Sven Geukens <sven.geukens@lommel.be>\n"
        "Subject: Bevestiging inschrijving seminarie 7 december\n"
        f"Date: {date_hdr(conf_dt)}\nMessage-ID: {mid_outlook()}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        + conf
        + "\n"
    )
    body = (
        T("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          sven.geukens@lommel.be
            host mx1.lommel.be [193.191.212.30]
            SMTP error from remote mail server after RCPT TO:<sven.geukens@lommel.be>:
            552 5.2.2 Mailbox full: quota exceeded

        ------ This is a copy of the message, including all the headers. ------

        """)
        + "\n\n"
        + inner
    )
    top = [
        ("Return-path", "<>"),
        ("Envelope-to", LINDA),
        ("From", "Mail Delivery System <Mailer-Daemon@relay.kcvs.be>"),
        ("To", LINDA),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Date", date_hdr(dt(21, 8, 12, 44))),
        ("Message-Id", "<E1gPL2g-0004Xs-Ap@relay.kcvs.be>"),
        ("X-Failed-Recipients", "sven.geukens@lommel.be"),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    raw = "".join(f"{k}: {v}\n" for k, v in top).encode() + b"\n" + body.encode("utf-8")
    return raw.replace(b"\n", b"\r\n"), label(
        "bounce",
        [],
        False,
        "Exim plain-text bounce (mailbox full) of the organiser's confirmation to the registrant of "
        "038; the returned copy repeats his four labelled fields above the organiser's signature",
    )


@case
def m040():
    body = T("""
        Goeiemorgen,

        Graag één plaats voor mij op het seminarie van 7 december.

        Met vriendelijke groeten

        ir. Jeroen Stulens
        Stadsingenieur
        Stad Bilzen – Dienst Openbare Werken
        Eikenlaan 25, 3740 Bilzen
        T 089 51 93 60
        """)
    top = top_headers(
        a("Jeroen Stulens", "jeroen.stulens@bilzen.be"),
        LINDA_ADDR,
        "Inschrijving seminarie",
        dt(22, 10, 33, 3),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body, cte="quoted-printable")), label(
        "registration",
        [R("Jeroen Stulens", "Bilzen", "stadsingenieur", "jeroen.stulens@bilzen.be")],
        False,
        "honorific 'ir.' in the signature's name line (dropped); 'Stad Bilzen – Dienst Openbare "
        "Werken' is the organisation line, the function is 'Stadsingenieur'",
    )


@case
def m041():
    text = T("""
        Nieuwsbrief Lokaal Bestuur Vandaag – november 2018

        1. Webinar 'HR in tijden van integratie OCMW-gemeente'
        Donderdag 13 december, 11 uur. Schrijf je in met je naam, gemeente en functie via webinar@lokaalbestuurvandaag.be.

        2. Nieuw decreet lokaal bestuur: wat verandert er op 1 januari 2019?
        Onze juristen zetten de belangrijkste wijzigingen op een rij.

        3. Bezoek ons op de beurs Lokaal Bestuur Digitaal, stand 14.

        Redactie: An Vermassen, hoofdredacteur – redactie@lokaalbestuurvandaag.be – 02 555 01 23
        Lokaal Bestuur Vandaag, Kunstlaan 40, 1040 Brussel
        Privacy: privacy@lokaalbestuurvandaag.be
        Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven. Uitschrijven: https://www.lokaalbestuurvandaag.be/uitschrijven?id=7f3a91
        """)
    html = html_doc(t2h(text))
    top = top_headers(
        a("Lokaal Bestuur Vandaag", "nieuwsbrief@lokaalbestuurvandaag.be"),
        LINDA,
        "Nieuwsbrief november: HR in transitie, nieuw decreet en meer",
        dt(22, 7, 0, 0),
        mid_plain("mailer.lokaalbestuurvandaag.be"),
        extra=[
            ("List-Id", "Nieuwsbrief Lokaal Bestuur Vandaag <nieuwsbrief.lokaalbestuurvandaag.be>"),
            (
                "List-Unsubscribe",
                "<mailto:uitschrijven@lokaalbestuurvandaag.be?subject=7f3a91>, "
                "<https://www.lokaalbestuurvandaag.be/uitschrijven?id=7f3a91>",
            ),
            ("Precedence", "bulk"),
        ],
    )
    return message(top, alt(text, html)), label(
        "other",
        [],
        False,
        "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) asking for 'naam, gemeente en "
        "functie' for another event; editor's signature and privacy@ address in the footer",
    )


@case
def m042():
    body = T("""
        Dag Linda,

        Ik kan er jammer genoeg niet bij zijn op 7 december. Mijn collega Jolien Van Dyck, beleidsmedewerker personeel (jolien.vandyck@wevelgem.be), komt in mijn plaats.

        Groeten,

        Stijn Vanhoutte
        Diensthoofd Personeel
        Gemeente Wevelgem
        Vanackerestraat 20, 8560 Wevelgem
        T 056 43 34 10
        """)
    top = top_headers(
        a("Stijn Vanhoutte", "stijn.vanhoutte@wevelgem.be"),
        LINDA_ADDR,
        "Seminarie 7 december – vervanging",
        dt(23, 15, 18, 48),
        mid_outlook(),
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "cancellation",
        [R("Stijn Vanhoutte", "Wevelgem", "diensthoofd Personeel", "stijn.vanhoutte@wevelgem.be")],
        True,
        "substitution: the sender (details only in his signature) cancels and a colleague with "
        "function and address takes his place; two actions, so a person must handle it",
    )


@case
def m043():
    text = (
        T("""
        [Logo Stad Tielt]

        Katrien Dewitte
        Beleidsmedewerker organisatiebeheersing
        Stad Tielt | Markt 13, 8700 Tielt
        T 051 42 81 27
        www.tielt.be

        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    html = html_doc(t2h(text))
    top = top_headers(
        a("Katrien Dewitte", "katrien.dewitte@tielt.be"),
        LINDA_ADDR,
        RE_INV,
        dt(26, 11, 51, 5),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html)), label(
        "other",
        [],
        True,
        "reply with no text of its own: only a logo placeholder and the automatic signature above "
        "the quoted invitation; probably meant as a registration, but a person should ask",
    )


@case
def m044():
    text = T("""
        Beste Linda,

        Namens mevrouw Hilde Van Gorp, algemeen directeur, bevestig ik graag haar deelname aan het seminarie 'Stadsorganisaties in transitie' op 7 december. Mevrouw Van Gorp staat in cc.

        Met vriendelijke groeten

        Lies Bogaerts
        Directiesecretariaat – namens Hilde Van Gorp, algemeen directeur
        Gemeente Kapellen
        Hoogboomsteenweg 9, 2950 Kapellen
        T 03 660 66 12
        """)
    html = html_doc(t2h(text))
    top = top_headers(
        a("Lies Bogaerts", "lies.bogaerts@kapellen.be"),
        LINDA_ADDR,
        "Deelname seminarie 7 december",
        dt(27, 9, 7, 33),
        mid_outlook(),
        cc=a("Hilde Van Gorp", "hilde.vangorp@kapellen.be"),
        mailer=OUTLOOK,
    )
    return message(top, alt(text, html)), label(
        "registration",
        [R("Hilde Van Gorp", "Kapellen", "algemeen directeur", "hilde.vangorp@kapellen.be")],
        False,
        "'namens' registration by a secretary: the registrant is named in the body and the "
        "signature, her address only in the Cc header ('staat in cc'); the sender is not registered",
    )


@case
def m045():
    body = (
        T("""
        Dag Linda,

        Bedankt voor de uitnodiging! Ik heb ze doorgestuurd naar onze algemeen directeur en de diensthoofden; wie interesse heeft, schrijft zich zelf in.

        Vriendelijke groeten

        Evelien Dumon
        Communicatieambtenaar
        Stad Torhout
        Markt 2, 8820 Torhout
        T 050 22 11 62 | evelien.dumon@torhout.be
        Bezoek ons op www.torhout.be
        """)
        + "\n\n"
        + invite_quoted_outlook()
    )
    top = top_headers(
        a("Evelien Dumon", "evelien.dumon@torhout.be"),
        LINDA_ADDR,
        RE_INV,
        dt(7, 12, 20, 0),
        mid_outlook(),
        in_reply_to=INV_ID,
        mailer=OUTLOOK,
    )
    return message(top, leaf(body)), label(
        "other",
        [],
        False,
        "thanks, passed on to others; the writer does not register herself although her "
        "signature has all four facts; quoted invitation with empty template",
    )


# --------------------------------------------------------------------------- main


def main():
    assert len(MESSAGES) == 45
    for i, fn in enumerate(MESSAGES, 1):
        assert fn.__name__ == f"m{i:03d}", fn.__name__
        raw, lab = fn()
        (OUT / f"{i:03d}.eml").write_bytes(raw)
        (OUT / f"{i:03d}.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(MESSAGES)} messages to {OUT}")


if __name__ == "__main__":
    main()
