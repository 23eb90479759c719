#!/usr/bin/env python3
"""Build the blind adversarial test set /tmp/blind9/NNN.eml + NNN.json.

Event: KCVS seminar 'Stadsorganisaties in transitie', Friday 7 December 2018,
Permeke (Antwerpen). Registration by mail to linda.boudry@kcvs.be until and
including 2 December with Naam, Stad / gemeente, Functie, E-mailadres.

About 30 look-alikes (mail that resembles a registration but is not one) and
15 real registrations hidden among them. Deterministic: random.seed first,
no clock, no environment; running it twice gives identical bytes.
"""

import base64
import html
import json
import os
import quopri
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

random.seed(9071218)

OUT = os.path.dirname(os.path.abspath(__file__))
CET = timezone(timedelta(hours=1))
PST = timezone(timedelta(hours=-8))
LINDA = ("Linda Boudry", "linda.boudry@kcvs.be")
INVITE_MID = "<AM5PR0202MB254376B1E0C44F8A9D21C7E3B0C70@AM5PR0202MB2543.eurprd02.prod.outlook.com>"
INVITE_SUBJECT = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018"
INVITE_SENT = "maandag 5 november 2018 10:02"
NEWSLETTER_MID = "<5be2f01c8a7d4.20181105143212.nieuwsbrief@kcvs.be>"

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rnd(n, chars=HEX):
    return "".join(random.choice(chars) for _ in range(n))


def dt(month, day, h, m, s=0, tz=CET):
    return datetime(2018, month, day, h, m, s, tzinfo=tz)


def rfcdate(d):
    return format_datetime(d)


def pfdate(d):
    """Postfix style: 'Mon,  5 Nov 2018 10:02:19 +0100 (CET)'."""
    return f"{d:%a}, {d.day:2d} {d:%b %Y %H:%M:%S} +0100 (CET)"


# ---------------------------------------------------------------- headers


def addr(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{Header(name, 'utf-8').encode()} <{email}>"


def addrs(lst):
    return ", ".join(addr(*a) for a in lst)


def subj(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\n")


def fold(name, value):
    if "\n" in value:
        return f"{name}: {value}"
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    out, cur = [], f"{name}:"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 78 and cur.strip() not in (f"{name}:", ""):
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts


def encode(text, cte, charset="utf-8"):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return b64(raw)
    return text


def b64(raw):
    s = base64.b64encode(raw).decode("ascii")
    return "\n".join(textwrap.wrap(s, 76)) if s else ""


def textpart(text, sub="plain", cte="quoted-printable", charset="utf-8", extra=()):
    hs = [("Content-Type", f'text/{sub}; charset="{charset}"'), ("Content-Transfer-Encoding", cte)]
    return (hs + list(extra), encode(text, cte, charset))


def attachment(raw, ctype, filename):
    hs = [
        ("Content-Type", f'{ctype}; name="{filename}"'),
        ("Content-Description", filename),
        ("Content-Disposition", f'attachment; filename="{filename}"; size={len(raw)}'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return (hs, b64(raw))


def render(part):
    hs, body = part
    return "\n".join(fold(k, v) for k, v in hs) + "\n\n" + body.rstrip("\n")


def multipart(sub, parts, boundary, params="", preamble=None):
    lines = []
    if preamble:
        lines += [preamble, ""]
    for p in parts:
        lines.append("--" + boundary)
        lines.append(render(p))
    lines.append("--" + boundary + "--")
    return (
        [("Content-Type", f'multipart/{sub};{params} boundary="{boundary}"')],
        "\n".join(lines) + "\n",
    )


def boundary(style, local=""):
    if style == "outlook":
        return f"_000_{local[:60]}_"
    if style == "outlook_mixed":
        return f"_004_{local[:60]}_"
    if style == "gmail":
        return "000000000000" + rnd(12)
    if style == "thunderbird":
        return "------------" + rnd(24, ALNUM)
    if style == "apple":
        return f"Apple-Mail-{rnd(8, UHEX)}-{rnd(4, UHEX)}-{rnd(4, UHEX)}-{rnd(4, UHEX)}-{rnd(12, UHEX)}"
    if style == "postfix":
        return f"{rnd(10, UHEX)}.{local}/mx1.kcvs.be"
    return f"----=_Part_{random.randint(100000, 999999)}_{random.randint(100000000, 999999999)}.{random.randint(1541000000000, 1544000000000)}"


def html_outlook(text):
    rows = []
    for line in text.split("\n"):
        rows.append(
            f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>'
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;"
        'font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
        '<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n".join(rows)
        + "\n</div>\n</body>\n</html>\n"
    )


def html_gmail(text):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(html.escape(line))
        else:
            out.append(html.escape(line))
    return '<div dir="ltr">' + "<br>".join(out) + "</div>\n"


# ---------------------------------------------------------------- envelopes


def qid():
    return rnd(6, "0123456789BCDFGHJKLMNPQRSTVWXYZ") + rnd(7, ALNUM)


def ip(kind="203.0.113"):
    return f"{kind}.{random.randint(2, 250)}"


def received(style, sender, date):
    """Received chain, newest first, ending at the KCVS MX."""
    dom = sender.split("@")[1]
    arr = date + timedelta(seconds=random.randint(2, 9))
    if style == "outlook":
        host = f"mail-{random.choice(['am5', 'db5', 've1', 'he1', 'vi1'])}eur0{random.randint(1, 5)}on0{random.randint(100, 139)}.outbound.protection.outlook.com"
        return [
            f"from {host} ({host} [{ip('198.51.100')}])\n\tby mx1.kcvs.be (Postfix) with ESMTPS id {qid()}\n\tfor <linda.boudry@kcvs.be>; {pfdate(arr)}",
        ]
    if style == "gmail":
        h = f"mail-{random.choice(['wr1', 'wm1', 'lf1', 'ed1'])}-f{random.randint(41, 199)}.google.com"
        d2 = (date + timedelta(seconds=1)).astimezone(PST)
        return [
            f"from {h} ({h} [{ip('192.0.2')}])\n\tby mx1.kcvs.be (Postfix) with ESMTPS id {qid()}\n\tfor <linda.boudry@kcvs.be>; {pfdate(arr)}",
            f"by {h} with SMTP id {rnd(3, 'abcdefghijklmnopqrstuvwxyz')}{random.randint(10, 99)}so{random.randint(1000000, 9999999)}{rnd(3, 'abcdefghijklmnopqrstuvwxyz')}.{random.randint(1, 9)}\n\tfor <linda.boudry@kcvs.be>; {format_datetime(d2)} (PST)",
        ]
    if style == "telenet":
        return [
            f"from michel.telenet-ops.be (michel.telenet-ops.be [{ip('198.51.100')}])\n\tby mx1.kcvs.be (Postfix) with ESMTPS id {qid()}\n\tfor <linda.boudry@kcvs.be>; {pfdate(arr)}",
            f"from [192.168.0.{random.randint(10, 60)}] ([{ip('203.0.113')}])\n\tby michel.telenet-ops.be with bizsmtp\n\tid {rnd(16, ALNUM)}; {rfcdate(date + timedelta(seconds=1))}",
        ]
    if style == "internal":
        return [
            f"from mail.kcvs.be (mail.kcvs.be [10.20.1.{random.randint(5, 40)}])\n\tby mx1.kcvs.be (Postfix) with ESMTPS id {qid()}\n\tfor <linda.boudry@kcvs.be>; {pfdate(arr)}",
        ]
    if style == "local":
        return [f"by mx1.kcvs.be (Postfix)\n\tid {qid()}; {pfdate(date)}"]
    # generic: a municipal or commercial relay
    relay = f"{random.choice(['smtp', 'mx-out', 'relay', 'mailgw'])}{random.randint(1, 3)}.{dom}"
    return [
        f"from {relay} ({relay} [{ip('203.0.113')}])\n\tby mx1.kcvs.be (Postfix) with ESMTPS id {qid()}\n\tfor <linda.boudry@kcvs.be>; {pfdate(arr)}",
    ]


def outlook_host():
    return random.choice(
        ["AM0PR02MB", "DB6PR0701MB", "VI1PR0102MB", "HE1PR0401MB", "AM6PR04MB", "DB7PR05MB"]
    ) + str(random.randint(1000, 5999))


def make(
    style,
    frm,
    to,
    subject,
    date,
    body,
    cc=(),
    irt=None,
    refs=None,
    extra=(),
    extra_top=(),
    rp=None,
    mid=None,
    mailer=None,
    lang="nl-BE",
    attach=False,
    env=None,
):
    """Assemble one message. body is a (headers, body) part tuple."""
    h = []
    h.append(("Return-Path", f"<{rp if rp is not None else frm[1]}>"))
    h.append(("X-Original-To", "linda.boudry@kcvs.be"))
    h.append(("Delivered-To", "linda.boudry@kcvs.be"))
    for r in received(env or style, frm[1], date):
        h.append(("Received", r))
    h += list(extra_top)
    host = None
    if mid is None:
        if style == "outlook":
            host = outlook_host()
            mid = f"<{host}{rnd(24, UHEX)}@{host}.eurprd0{random.randint(1, 8)}.prod.outlook.com>"
        elif style == "gmail":
            mid = f"<CA{rnd(1, '+ABCDEFGHJKLMNOPQRS')}{rnd(42, ALNUM + '-_')}@mail.gmail.com>"
        elif style == "apple":
            mid = f"<{rnd(8, UHEX)}-{rnd(4, UHEX)}-{rnd(4, UHEX)}-{rnd(4, UHEX)}-{rnd(12, UHEX)}@{frm[1].split('@')[1]}>"
        else:
            mid = f"<{rnd(8)}-{rnd(4)}-{rnd(4)}-{rnd(4)}-{rnd(12)}@{frm[1].split('@')[1]}>"
    if style == "gmail":
        h.append(("MIME-Version", "1.0"))
        if refs:
            h.append(("References", refs))
        if irt:
            h.append(("In-Reply-To", irt))
        h.append(("From", addr(*frm)))
        h.append(("Date", rfcdate(date)))
        h.append(("Message-ID", mid))
        h.append(("Subject", subj(subject)))
        h.append(("To", addrs(to)))
        if cc:
            h.append(("Cc", addrs(cc)))
    else:
        h.append(("From", addr(*frm)))
        h.append(("To", addrs(to)))
        if cc:
            h.append(("Cc", addrs(cc)))
        h.append(("Subject", subj(subject)))
        if style == "outlook":
            topic = subject
            for p in (
                "RE: ",
                "Re: ",
                "FW: ",
                "Fwd: ",
                "Antw: ",
                "Doorst: ",
                "Automatisch antwoord: ",
                "Gelezen: ",
            ):
                while topic.startswith(p):
                    topic = topic[len(p) :]
            h.append(("Thread-Topic", subj(topic)))
            h.append(
                (
                    "Thread-Index",
                    base64.b64encode(
                        bytes([1, 0xD4])
                        + bytes(random.getrandbits(8) for _ in range(20 if not irt else 25))
                    ).decode(),
                )
            )
        h.append(("Date", rfcdate(date)))
        h.append(("Message-ID", mid))
        if refs:
            h.append(("References", refs))
        if irt:
            h.append(("In-Reply-To", irt))
        if style == "outlook":
            h.append(("Accept-Language", f"{lang}, en-US"))
            h.append(("Content-Language", lang))
            h.append(("X-MS-Has-Attach", "yes" if attach else ""))
            h.append(("X-MS-TNEF-Correlator", ""))
            h.append(("x-originating-ip", f"[{ip('192.0.2')}]"))
        if mailer:
            h.append(mailer)
        h.append(("MIME-Version", "1.0"))
    h += list(extra)
    bh, bb = body
    h += bh
    text = (
        "\n".join(fold(k, v) if v != "" else f"{k}: " for k, v in h)
        + "\n\n"
        + bb.rstrip("\n")
        + "\n"
    )
    return text, mid


def alt(style, text, local=None, htmlfn=None, cte="quoted-printable"):
    """multipart/alternative text + html, as Outlook or Gmail would send it."""
    if style == "outlook":
        b = boundary("outlook", local or rnd(40, UHEX))
        return multipart(
            "alternative",
            [textpart(text, cte=cte), textpart((htmlfn or html_outlook)(text), "html", cte=cte)],
            b,
        )
    if style == "gmail":
        b = boundary("gmail")
        return multipart(
            "alternative", [textpart(text, cte=cte), textpart(html_gmail(text), "html", cte=cte)], b
        )
    b = boundary(style)
    return multipart(
        "alternative", [textpart(text, cte=cte), textpart(html_outlook(text), "html", cte=cte)], b
    )


def with_files(style, inner, files):
    b = boundary("outlook_mixed", rnd(40, UHEX)) if style == "outlook" else boundary(style)
    return multipart("mixed", [inner, *files], b)


def fake_pdf(title):
    s = (
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
        f"4 0 obj\n<< /Title ({title}) >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%EOF\n"
    )
    return s.encode("latin-1") + bytes(random.getrandbits(8) for _ in range(300))


def fake_xlsx():
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(random.getrandbits(8) for _ in range(600))


# ---------------------------------------------------------------- shared text

INVITE_TXT = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het seminarie

Stadsorganisaties in transitie
vrijdag 7 december 2018
auditorium bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen

Steden en gemeenten hervormen volop hun organisatie: de integratie van OCMW en gemeente, nieuwe vormen van leidinggeven en samenwerking, digitalisering. Op dit seminarie stellen we de resultaten van ons onderzoek voor en getuigen drie steden over hun aanpak.

Programma
09u30  onthaal met koffie
10u00  verwelkoming en inleiding
10u15  voorstelling onderzoeksresultaten
11u00  getuigenissen uit de praktijk
12u15  slotdebat
12u30  broodjeslunch

Deelname is gratis. Inschrijven kan tot en met zondag 2 december door een mail te sturen naar linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Projectcoördinator
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be"""


def confirmation(name, muni, func, email):
    return f"""Beste {name},

Bedankt voor uw inschrijving voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke (De Coninckplein 26, 2060 Antwerpen).

U bent ingeschreven met de volgende gegevens:
Naam: {name}
Stad / gemeente: {muni}
Functie: {func}
E-mailadres: {email}

Het onthaal met koffie start om 9u30. Kloppen uw gegevens niet? Antwoord dan gewoon op deze mail.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden"""


def outlook_quote(frm, sent, to, subject, text, cc=None):
    head = f"Van: {frm}\nVerzonden: {sent}\nAan: {to}\n"
    if cc:
        head += f"CC: {cc}\n"
    head += f"Onderwerp: {subject}\n\n"
    return "\n________________________________\n" + head + text


def gt_quote(intro, text):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def R(name, muni, func, email):
    return {"name": name, "municipality": muni, "function": func, "email": email}


def label(kind, regs, review, note):
    return {"kind": kind, "registrants": regs, "needs_review": review, "note": note}


MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


# ================================================================ messages


@msg
def m001():
    # Director forwards the invitation to his team; Linda only in Cc.
    text = """Collega's,

Interessant voor ons traject rond de nieuwe organisatiestructuur na de integratie met het OCMW. Wie wil er mee? Schrijf je zelf in bij Linda (in cc), dan heeft zij meteen jullie gegevens.

Ik kan zelf niet, die vrijdagochtend zit ik in het managementteam.

Marc

Marc Verhaegen
Departementshoofd Organisatieontwikkeling
Stad Mechelen | Grote Markt 21 | 2800 Mechelen
T 015 29 76 41
""" + outlook_quote(
        "Linda Boudry <linda.boudry@kcvs.be>",
        INVITE_SENT,
        "Linda Boudry <linda.boudry@kcvs.be>",
        INVITE_SUBJECT,
        INVITE_TXT,
    )
    e, _ = make(
        "outlook",
        ("Verhaegen Marc", "marc.verhaegen@mechelen.be"),
        [
            ("Claes Sofie", "sofie.claes@mechelen.be"),
            ("Wouters Tom", "tom.wouters@mechelen.be"),
            ("Maes Ine", "ine.maes@mechelen.be"),
        ],
        "FW: " + INVITE_SUBJECT,
        dt(11, 5, 14, 22, 41),
        alt("outlook", text),
        cc=[LINDA],
        refs=INVITE_MID,
        irt=INVITE_MID,
    )
    return e, label(
        "other",
        [],
        False,
        "director forwards the invitation to his team ('schrijf je zelf in bij Linda'), Linda only in Cc; the To names and his signature register nobody",
    )


@msg
def m002():
    text = """Dag Linda,

Graag schrijf ik me in voor het seminarie van 7 december.

Naam: An De Smet
Stad / gemeente: Gent
Functie: teamcoach organisatieontwikkeling
E-mailadres: an.desmet@stad.gent

Los daarvan: proficiat nog met het rapport over de integratie van OCMW en gemeente. We hebben het intern rondgestuurd en het werd erg gesmaakt door ons managementteam.

Vriendelijke groeten,
An

An De Smet
Teamcoach organisatieontwikkeling
Dienst HR - Stad Gent
"""
    e, _ = make(
        "outlook",
        ("De Smet An", "an.desmet@stad.gent"),
        [LINDA],
        "inschrijving 7/12",
        dt(11, 6, 11, 37, 8),
        alt("outlook", text),
    )
    return e, label(
        "registration",
        [R("An De Smet", "Gent", "teamcoach organisatieontwikkeling", "an.desmet@stad.gent")],
        False,
        "plain labelled registration followed by an unrelated compliment about a report (no question)",
    )


@msg
def m003():
    text = """Dag mevrouw Boudry,

Ik heb me vorige week al ingeschreven voor het seminarie van 7 december, maar ik heb nog geen bevestiging ontvangen. Klopt het dat ik op de lijst sta? Ik wil vermijden dat ik voor niets naar Antwerpen rijd.

Met vriendelijke groeten,

Pieter Goossens
Beleidsadviseur personeel
Stad Leuven
Professor Van Overstraetenplein 1, 3000 Leuven
pieter.goossens@leuven.be
"""
    e, _ = make(
        "outlook",
        ("Goossens Pieter", "pieter.goossens@leuven.be"),
        [LINDA],
        "RE: " + INVITE_SUBJECT,
        dt(11, 21, 9, 3, 55),
        alt(
            "outlook",
            text
            + outlook_quote(
                "Linda Boudry <linda.boudry@kcvs.be>",
                INVITE_SENT,
                "Linda Boudry",
                INVITE_SUBJECT,
                INVITE_TXT,
            ),
        ),
        irt=INVITE_MID,
        refs=INVITE_MID,
        env="generic",
    )
    return e, label(
        "other",
        [],
        True,
        "asks whether an earlier registration arrived ('klopt dat?'); full signature but no new sign-up: a person must check the list and answer",
    )


@msg
def m004():
    text = """Geachte mevrouw Boudry,

Via de website van het Kenniscentrum Vlaamse Steden zag ik dat jullie team regelmatig onderzoek doet naar de organisatie van lokale besturen. Graag stel ik mij kandidaat voor een functie als junior onderzoeker, ook al is er momenteel geen vacature.

Mijn gegevens in het kort:

Naam: Jolien Wuyts
Woonplaats: Aalst
Huidige functie: stagiair beleidsondersteuning (Stad Aalst, tot eind december)
Opleiding: master bestuurskunde en publiek management, UGent (2018)
E-mail: jolien.wuyts@gmail.com
Telefoon: 0479 12 34 56

Mijn volledige cv en motivatiebrief vindt u in bijlage. Ik kom graag eens langs voor een kennismakingsgesprek.

Met vriendelijke groeten,
Jolien Wuyts
"""
    inner = alt("gmail", text)
    body = with_files(
        "gmail",
        inner,
        [attachment(fake_pdf("CV Jolien Wuyts"), "application/pdf", "CV_Jolien_Wuyts_2018.pdf")],
    )
    e, _ = make(
        "gmail",
        ("Jolien Wuyts", "jolien.wuyts@gmail.com"),
        [LINDA],
        "Spontane sollicitatie - junior onderzoeker",
        dt(11, 8, 20, 14, 2),
        body,
    )
    return e, label(
        "other",
        [],
        False,
        "spontaneous job application with Naam/Huidige functie/E-mail block and CV attachment; not about the seminar",
    )


@msg
def m005():
    text = """Hoi Linda,

Zoals gevraagd hieronder de deelnemerslijst van ons seminarie 'Wendbare steden' van vorig jaar (13 oktober 2017, Leuven). Misschien kan je deze mensen nog persoonlijk aanschrijven voor 7 december; een aantal van hen staat niet op onze gewone mailinglijst.

Naam                 | Stad / gemeente | Functie                          | E-mailadres
---------------------+-----------------+----------------------------------+--------------------------------
Bram Lenaerts        | Hasselt         | stafmedewerker strategie         | bram.lenaerts@hasselt.be
Nele Vandevelde      | Kortrijk        | HR-manager                       | nele.vandevelde@kortrijk.be
Yves Delanghe        | Brugge          | directeur personeel en organisatie | yves.delanghe@brugge.be
Caroline Pauwels     | Sint-Niklaas    | beleidsmedewerker                | caroline.pauwels@sint-niklaas.be
Luc Janssens         | Genk            | algemeen directeur               | luc.janssens@genk.be

Het is een export uit het oude registratiesysteem, dus een paar adressen kunnen intussen veranderd zijn.

Groetjes,
Koen

Koen Lemmens
Onderzoeker
Kenniscentrum Vlaamse Steden
"""
    e, _ = make(
        "outlook",
        ("Koen Lemmens", "koen.lemmens@kcvs.be"),
        [LINDA],
        "deelnemers Wendbare steden 2017",
        dt(11, 6, 15, 48, 30),
        alt("outlook", text),
        env="internal",
    )
    return e, label(
        "other",
        [],
        False,
        "KCVS colleague pastes the attendee list of last year's event as a mailing suggestion; five complete rows, nobody registers",
    )


@msg
def m006():
    linda_q = """Dag Bart,

Voor ons onderzoek naar de personeelsstructuur van de centrumsteden verzamelen we de cijfers van 2017. Kan je ons het aantal VTE per departement bezorgen, met een opsplitsing statutair / contractueel?

Alvast bedankt,
Linda"""
    text = """Dag Linda,

In bijlage de cijfers van het personeelsbestand op 31/12/2017, per departement. De contractuelen heb ik nu apart gezet, zoals gevraagd. De brandweer zit er niet meer in sinds de overgang naar de zone.

PS: zet mij ook maar op de lijst voor het seminarie op 7 december, dat komt mooi uit.

Groeten,

Bart Vermeulen | Stafmedewerker HR-analyse
Stad Brugge | Burg 12, 8000 Brugge
bart.vermeulen@brugge.be | 050 44 80 17
""" + outlook_quote(
        "Linda Boudry <linda.boudry@kcvs.be>",
        "woensdag 7 november 2018 16:12",
        "Vermeulen Bart <bart.vermeulen@brugge.be>",
        "Aanlevering cijfers personeelsbestand 2017",
        linda_q,
    )
    inner = alt("outlook", text)
    body = with_files(
        "outlook",
        inner,
        [
            attachment(
                fake_xlsx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "personeelsbestand_2017_Brugge.xlsx",
            )
        ],
    )
    e, _ = make(
        "outlook",
        ("Vermeulen Bart", "bart.vermeulen@brugge.be"),
        [LINDA],
        "RE: Aanlevering cijfers personeelsbestand 2017",
        dt(11, 12, 10, 26, 19),
        body,
        irt="<AM0PR02MB3311D2C8E1F04A7789A3D4B2C11E0@AM0PR02MB3311.eurprd02.prod.outlook.com>",
        refs="<AM0PR02MB3311D2C8E1F04A7789A3D4B2C11E0@AM0PR02MB3311.eurprd02.prod.outlook.com>",
        attach=True,
    )
    return e, label(
        "registration",
        [R("Bart Vermeulen", "Brugge", "stafmedewerker HR-analyse", "bart.vermeulen@brugge.be")],
        False,
        "registration as a PS inside a data-delivery thread; name, function and town only in the signature",
    )


@msg
def m007():
    conf = confirmation(
        "Hilde Mertes", "Hasselt", "diensthoofd personeel", "hilde.mertens@hasselt.be"
    )
    text = """Beste,

Ik kreeg onderstaande bevestiging, maar mijn naam is fout gespeld (Mertens, niet Mertes) en ook mijn functie klopt niet: ik ben geen diensthoofd maar afdelingshoofd Personeel en Organisatie. Dat is al de tweede keer dat mijn gegevens bij jullie verkeerd staan. Kunnen jullie dit rechtzetten voor de naamkaartjes en de deelnemerslijst?

Hilde Mertens
Afdelingshoofd Personeel en Organisatie
Stad Hasselt
""" + outlook_quote(
        "Linda Boudry <linda.boudry@kcvs.be>",
        "dinsdag 13 november 2018 17:05",
        "hilde.mertens@hasselt.be",
        "Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'",
        conf,
    )
    e, _ = make(
        "outlook",
        ("Mertens Hilde", "hilde.mertens@hasselt.be"),
        [LINDA],
        "RE: Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'",
        dt(11, 14, 8, 41, 2),
        alt("outlook", text),
        irt="<154212510311.4127.902318845@kcvs.be>",
        refs="<154212510311.4127.902318845@kcvs.be>",
    )
    return e, label(
        "other",
        [],
        True,
        "complaint that quotes the worker's confirmation (full Naam/Stad/Functie/E-mailadres block) and asks to correct name and function: a person must fix the record",
    )


@msg
def m008():
    text = """Beste Linda,

Bedankt voor de uitnodiging. Zelf zit ik die vrijdag op een congres in Utrecht, dus ik moet jammer genoeg passen.

Mijn collega Ruben Devos (in cc), projectleider organisatiebeheersing, wil er wel graag bij zijn. Wil je hem inschrijven? Hij volgt bij ons het dossier van de nieuwe organisatiestructuur op.

Groeten,
Katrien

Katrien Jacobs
Algemeen directeur
Stad Roeselare
"""
    e, _ = make(
        "outlook",
        ("Jacobs Katrien", "katrien.jacobs@roeselare.be"),
        [LINDA],
        "RE: " + INVITE_SUBJECT,
        dt(11, 9, 13, 15, 47),
        alt(
            "outlook",
            text
            + outlook_quote(
                "Linda Boudry <linda.boudry@kcvs.be>",
                INVITE_SENT,
                "Linda Boudry",
                INVITE_SUBJECT,
                INVITE_TXT,
            ),
        ),
        cc=[("Devos Ruben", "ruben.devos@roeselare.be")],
        irt=INVITE_MID,
        refs=INVITE_MID,
    )
    return e, label(
        "registration",
        [
            R(
                "Ruben Devos",
                "Roeselare",
                "projectleider organisatiebeheersing",
                "ruben.devos@roeselare.be",
            )
        ],
        False,
        "writer (never registered) declines and registers her colleague, whose address is only in Cc; the writer is not a registrant",
    )


@msg
def m009():
    text = """Geachte,

Hierbij mijn inschrijving voor de studiedag 'HR in lokale besturen na 2019' van vrijdag 7 december in het ICC in Gent.

Naam: Stijn Hermans
Stad / gemeente: Genk
Functie: HR-businesspartner
E-mailadres: stijn.hermans@genk.be

Ik neem deel aan de namiddagworkshop over competentiemanagement.

Linda, ik zet je even in cc: ik had me ook graag voor jullie seminarie ingeschreven, maar het valt helaas op dezelfde dag. Volgende keer beter!

Met vriendelijke groeten,
Stijn Hermans
"""
    e, _ = make(
        "outlook",
        ("Hermans Stijn", "stijn.hermans@genk.be"),
        [("Studiedag HR Lokale Besturen", "inschrijvingen@hrlokaal-studiedag.be")],
        "Inschrijving studiedag 7 december - Gent",
        dt(11, 13, 10, 2, 33),
        alt("outlook", text),
        cc=[LINDA],
    )
    return e, label(
        "other",
        [],
        False,
        "complete labelled registration, but for another organisation's study day on 7 December in Gent; Linda only in Cc and the writer says he cannot come to the KCVS seminar (never registered, so no cancellation)",
    )


@msg
def m010():
    text = """Geachte mevrouw Boudry,

In naam van schepen Dirk Van de Velde bezorg ik u hierbij zijn inschrijving voor het seminarie 'Stadsorganisaties in transitie' van vrijdag 7 december.

Naam: Dhr. Dirk Van de Velde
Stad / gemeente: Stad Aalst
Functie: schepen van personeel en organisatieontwikkeling
E-mailadres: dirk.vandevelde@aalst.be

Met vriendelijke groet,

Nathalie Baert
Kabinetsmedewerker
Stad Aalst - Kabinet schepen Van de Velde
Werfplein 1, 9300 Aalst
"""
    e, _ = make(
        "outlook",
        ("Baert Nathalie", "nathalie.baert@aalst.be"),
        [LINDA],
        "Inschrijving seminarie 7 december - schepen Van de Velde",
        dt(11, 15, 9, 12, 5),
        alt("outlook", text),
    )
    return e, label(
        "registration",
        [
            R(
                "Dirk Van de Velde",
                "Aalst",
                "schepen van personeel en organisatieontwikkeling",
                "dirk.vandevelde@aalst.be",
            )
        ],
        False,
        "secretary registers the alderman with labelled fields (title 'Dhr.' and 'Stad' to drop); her own signature is not a registrant",
    )


@msg
def m011():
    text = """Dag Linda,

Graag schrijf ik me in voor de eerste sessie van het lerend netwerk 'Leidinggeven op afstand' op donderdag 17 januari 2019 in Brussel.

Naam: Els Wouters
Stad / gemeente: Turnhout
Functie: diensthoofd HR
E-mailadres: els.wouters@turnhout.be

Voor het seminarie van 7 december lukt het me spijtig genoeg niet, maar dit netwerk wil ik zeker volgen.

Groetjes,
Els
"""
    e, _ = make(
        "outlook",
        ("Wouters Els", "els.wouters@turnhout.be"),
        [LINDA],
        "Inschrijving lerend netwerk 17 januari",
        dt(11, 16, 14, 30, 12),
        alt("outlook", text),
    )
    return e, label(
        "other",
        [],
        False,
        "registration for KCVS's January learning network, not for the 7 December seminar (which she says she cannot attend, never having registered); must not produce a seminar confirmation",
    )


@msg
def m012():
    rows = [
        ("Wim Lauwers", "afdelingshoofd interne zaken", "wim.lauwers@sint-niklaas.be"),
        (
            "Sarah Coppens",
            "beleidsmedewerker organisatieontwikkeling",
            "sarah.coppens@sint-niklaas.be",
        ),
        ("Griet Michiels", "HR-consulent", "griet.michiels@sint-niklaas.be"),
    ]
    tr = "\n".join(
        f'<tr><td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">{n}</p></td>'
        f'<td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">{f}</p></td>'
        f'<td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:{m}">{m}</a></p></td></tr>'
        for n, f, m in rows
    )
    body_html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Beste Linda,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vanuit Sint-Niklaas komen we met drie naar het seminarie van 7 december:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid #BFBFBF 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Naam</b></p></td>
<td style="border:solid #BFBFBF 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Functie</b></p></td>
<td style="border:solid #BFBFBF 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>E-mailadres</b></p></td></tr>
{tr}
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Wim komt wellicht pas na de koffie; hij heeft om 9 uur nog een overleg op het stadhuis.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Met vriendelijke groeten,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Griet Michiels</b><o:p></o:p></p>
<p class="MsoNormal">HR-consulent | Personeelsdienst<o:p></o:p></p>
<p class="MsoNormal">Stad Sint-Niklaas | Grote Markt 1 | 9100 Sint-Niklaas<o:p></o:p></p>
</div>
</body>
</html>
"""
    e, _ = make(
        "outlook",
        ("Michiels Griet", "griet.michiels@sint-niklaas.be"),
        [LINDA],
        "Inschrijving 7/12 - Stad Sint-Niklaas (3 personen)",
        dt(11, 19, 11, 5, 51),
        textpart(body_html, "html"),
        env="generic",
    )
    return e, label(
        "registration",
        [
            R(
                "Wim Lauwers",
                "Sint-Niklaas",
                "afdelingshoofd interne zaken",
                "wim.lauwers@sint-niklaas.be",
            ),
            R(
                "Sarah Coppens",
                "Sint-Niklaas",
                "beleidsmedewerker organisatieontwikkeling",
                "sarah.coppens@sint-niklaas.be",
            ),
            R("Griet Michiels", "Sint-Niklaas", "HR-consulent", "griet.michiels@sint-niklaas.be"),
        ],
        False,
        "HTML-only mail with a three-row table (Naam/Functie/E-mailadres), the writer included; the town comes from the sentence and signature",
    )


@msg
def m013():
    text = """Beste Linda Boudry,

Graag nodigen wij u uit op ons netwerkmoment 'Kortrijk Werkt Samen' op donderdag 13 december 2018 om 16 uur in het Broelmuseum, Broelkaai 6 in Kortrijk.

Na twee jaar samenwerking tussen stad, OCMW en de Kortrijkse welzijnspartners blikken we samen terug en kijken we vooruit naar 2019. Schepen Vandenberghe opent het netwerkmoment; achteraf is er een receptie.

Schrijf u in vóór 6 december door te antwoorden op deze mail met:

Naam:
Organisatie:
Functie:
E-mailadres:
Aantal personen:

We kijken ernaar uit u te verwelkomen.

Met vriendelijke groeten,

Team Communicatie en Evenementen
Stad Kortrijk
Grote Markt 54, 8500 Kortrijk
"""
    e, _ = make(
        "outlook",
        ("Stad Kortrijk - Evenementen", "evenementen@kortrijk.be"),
        [LINDA],
        "Uitnodiging netwerkmoment 'Kortrijk Werkt Samen' - 13 december",
        dt(11, 20, 9, 0, 12),
        alt("outlook", text),
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "a city invites Linda to ITS event with an empty 'schrijf u in' form; incoming invitation from a municipal address, nothing to register",
    )


@msg
def m014():
    text = """Beste Linda,

Hierbij bevestigen we de broodjeslunch voor vrijdag 7 december in bibliotheek Permeke: 68 personen, levering om 12u00 via de achteringang (Kerkstraat).

Zoals doorgegeven houden we rekening met de volgende dieetwensen:

- Veerle Jacobs (Stad Lier): vegetarisch
- Johan Claes (Gemeente Beveren): glutenvrij
- Ahmed El Amrani (Stad Vilvoorde): halal
- Mevr. Lies Verbeke (Stad Oostende): lactosevrij
- Dirk Van de Velde (Stad Aalst): geen vis

Soep, broodjes, fruit en water/fruitsap zijn inbegrepen; koffie en thee voorziet de bibliotheek zelf. De factuur volgt na het event.

Met smakelijke groeten,

Tine Wauters
Zaakvoerder
Smakelijk! Catering bvba
Lange Lozanastraat 140, 2018 Antwerpen
"""
    e, _ = make(
        "thunderbird",
        ("Smakelijk! Catering", "info@smakelijk-catering.be"),
        [LINDA],
        "Bevestiging lunch 7/12 Permeke + dieetwensen",
        dt(12, 5, 16, 20, 44),
        textpart(text, cte="8bit"),
        mailer=(
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
        ),
        extra=[("Content-Language", "nl-BE")],
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "caterer's confirmation listing attendees' names and towns with dietary wishes; informational, nobody registers",
    )


@msg
def m015():
    text = """Bonjour Madame Boudry,

Je souhaiterais m'inscrire au séminaire « Stadsorganisaties in transitie » du vendredi 7 décembre.

Nom : Sophie Lambert
Commune : Ville de Bruxelles
Fonction : conseillère en organisation
E-mail : sophie.lambert@brucity.be

Excusez-moi de vous écrire en français ; je comprends bien le néerlandais et je suivrai volontiers les exposés.

Cordialement,

Sophie Lambert
Ville de Bruxelles - Département Organisation
"""
    e, _ = make(
        "other",
        ("Sophie Lambert", "sophie.lambert@brucity.be"),
        [LINDA],
        "Inscription séminaire 7 décembre",
        dt(11, 22, 15, 44, 9),
        textpart(text, cte="base64"),
        mailer=("X-Mailer", "Zimbra 8.8.9_GA_3019 (ZimbraWebClient - FF63 (Win)/8.8.9_GA_3019)"),
        env="generic",
        lang="fr-BE",
    )
    return e, label(
        "registration",
        [
            R(
                "Sophie Lambert",
                "Brussel",
                "conseillère en organisation",
                "sophie.lambert@brucity.be",
            )
        ],
        False,
        "registration in French with French labels (Nom/Commune/Fonction), base64 body; 'Ville de Bruxelles' becomes Brussel",
    )


@msg
def m016():
    text = """NIEUWSBRIEF LOKAAL BESTUUR - november 2018
Vlaams Netwerk Lokaal Bestuur

In dit nummer
1. Na de verkiezingen: starten met een nieuw bestuur
2. Agenda
3. Nieuw in ons netwerk

------------------------------------------------------------
1. NA DE VERKIEZINGEN: STARTEN MET EEN NIEUW BESTUUR
------------------------------------------------------------
Op 1 januari 2019 gaan de nieuwe besturen van start. We bundelden tips voor het opmaken van het meerjarenplan en de eerste kennismaking tussen college en managementteam.
Lees meer: https://www.vnlb-nieuws.be/artikels/starten-met-een-nieuw-bestuur

------------------------------------------------------------
2. AGENDA
------------------------------------------------------------
Seminarie 'Stadsorganisaties in transitie'
Vrijdag 7 december 2018, bibliotheek Permeke, Antwerpen
Organisatie: Kenniscentrum Vlaamse Steden
Hoe verandert de organisatie van onze steden na de integratie van OCMW en gemeente?
Inschrijven: stuur een mail naar linda.boudry@kcvs.be met je Naam, Stad / gemeente, Functie en E-mailadres (tot en met 2 december).

Lerend netwerk HR-directeurs
Dinsdag 11 december 2018, Mechelen
Inschrijven: https://www.vnlb-nieuws.be/agenda/hr-directeurs

------------------------------------------------------------
3. NIEUW IN ONS NETWERK
------------------------------------------------------------
Naam: Hanne Verstraeten
Functie: netwerkcoördinator
E-mail: hanne.verstraeten@vnlb-nieuws.be
Hanne volgt vanaf december de lerende netwerken rond personeel en organisatie op.

------------------------------------------------------------
U ontvangt deze nieuwsbrief omdat u ingeschreven bent op de mailinglijst van het Vlaams Netwerk Lokaal Bestuur.
Uitschrijven: https://www.vnlb-nieuws.be/uitschrijven?u=7f3a21c9
"""
    body = alt("other", text)
    e, _ = make(
        "other",
        ("Vlaams Netwerk Lokaal Bestuur", "nieuwsbrief@vnlb-nieuws.be"),
        [("", "linda.boudry@kcvs.be")],
        "Nieuwsbrief Lokaal Bestuur - november 2018",
        dt(11, 23, 7, 30, 0),
        body,
        rp="bounce-mc.us19_4471230.1203@mail183.vnlb-nieuws.be",
        mid=f"<{rnd(20, ALNUM)}.{rnd(8, HEX)}@mail183.vnlb-nieuws.be>",
        extra=[
            ("List-Id", "Nieuwsbrief Lokaal Bestuur <nieuwsbrief.vnlb-nieuws.be>"),
            (
                "List-Unsubscribe",
                "<mailto:unsubscribe@vnlb-nieuws.be?subject=unsubscribe>, <https://www.vnlb-nieuws.be/uitschrijven?u=7f3a21c9>",
            ),
            ("Precedence", "bulk"),
            ("X-Campaign", "nieuwsbrief-2018-11"),
        ],
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "third-party newsletter (List-Id) that advertises the seminar with 'Inschrijven: stuur een mail ... Naam, Stad / gemeente, Functie' and introduces a staff member with Naam/Functie/E-mail",
    )


@msg
def m017():
    text = """Dag Linda,

Ik had je beloofd dat er iemand van onze dienst naar het seminarie van 7 december zou komen. Mijn collega Jan Peeters, coördinator interne organisatie, zal zich zelf nog inschrijven; hij is deze week met verlof en is pas maandag terug.

Zelf geraak ik er die dag helaas niet.

Groetjes,
Leen

Leen Maes
Diensthoofd personeel
Stad Lier
"""
    e, _ = make(
        "outlook",
        ("Maes Leen", "leen.maes@lier.be"),
        [LINDA],
        "seminarie 7 december",
        dt(11, 26, 16, 5, 38),
        alt("outlook", text),
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "announces that a colleague will register himself later and that the writer will not come (never registered): nothing to do yet",
    )


@msg
def m018():
    text = """Hallo,

Kan ik me nog inschrijven voor vrijdag?

Gert

Verstuurd vanaf mijn iPhone
"""
    b = boundary("apple")
    body = multipart(
        "alternative",
        [
            textpart(text, cte="7bit", charset="us-ascii"),
            textpart(
                '<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head><body dir="auto">Hallo,<div><br></div><div>Kan ik me nog inschrijven voor vrijdag?</div><div><br></div><div>Gert<br><br><div id="AppleMailSignature" dir="ltr">Verstuurd vanaf mijn iPhone</div></div></body></html>',
                "html",
                cte="7bit",
                charset="us-ascii",
            ),
        ],
        b,
    )
    e, _ = make(
        "apple",
        ("Gert De Wilde", "gert.dewilde@telenet.be"),
        [LINDA],
        "Seminarie",
        dt(12, 4, 7, 52, 16),
        body,
        mailer=("X-Mailer", "iPhone Mail (16B92)"),
        env="telenet",
    )
    return e, label(
        "other",
        [],
        True,
        "after the deadline asks 'kan ik me nog inschrijven?' from a private address with no town or function: a person must answer",
    )


@msg
def m019():
    text = """Beste,

Ik wil me graag inschrijven voor het seminarie op 7 december in Permeke.

Naam: Ward Vandenberghe
Functie: organisatiebeheerder
E-mailadres: ward.vandenberghe@kortrijk.be

Alvast bedankt.

Met vriendelijke groeten,
Ward
"""
    e, _ = make(
        "thunderbird",
        ("Ward Vandenberghe", "ward.vandenberghe@kortrijk.be"),
        [LINDA],
        "Inschrijving seminarie",
        dt(11, 27, 8, 58, 3),
        textpart(text, charset="iso-8859-1"),
        mailer=(
            "User-Agent",
            "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:52.0) Gecko/20100101 Thunderbird/52.9.1",
        ),
        extra=[("Content-Language", "nl")],
        env="generic",
    )
    return e, label(
        "registration",
        [
            R(
                "Ward Vandenberghe",
                "Kortrijk",
                "organisatiebeheerder",
                "ward.vandenberghe@kortrijk.be",
            )
        ],
        False,
        "labelled registration without a Stad line: the municipality is known only from the @kortrijk.be address",
    )


@msg
def m020():
    nl = """KCVS Nieuwsbrief - november 2018

Seminarie 'Stadsorganisaties in transitie' - 7 december, Antwerpen
Schrijf je nog snel in: mail je naam, stad of gemeente, functie en e-mailadres naar linda.boudry@kcvs.be.

Nieuwe publicatie: de integratie van OCMW en gemeente in zes centrumsteden.

Je ontvangt deze nieuwsbrief omdat je op de mailinglijst van het Kenniscentrum Vlaamse Steden staat."""
    text = """Goedemiddag,

Graag uitschrijven aub. Ik ga eind dit jaar met pensioen en mijn mailbox wordt daarna afgesloten.

Bedankt voor de vele interessante nieuwsbrieven en nog veel succes!

Rita Van Damme
Administratief medewerker
Stad Oostende
""" + outlook_quote(
        "KCVS nieuwsbrief <nieuwsbrief@kcvs.be>",
        "maandag 5 november 2018 14:32",
        "Van Damme Rita <rita.vandamme@oostende.be>",
        "KCVS Nieuwsbrief november 2018 - Stadsorganisaties in transitie",
        nl,
    )
    e, _ = make(
        "outlook",
        ("Van Damme Rita", "rita.vandamme@oostende.be"),
        [LINDA],
        "RE: KCVS Nieuwsbrief november 2018 - Stadsorganisaties in transitie",
        dt(11, 28, 13, 10, 27),
        alt("outlook", text),
        irt=NEWSLETTER_MID,
        refs=NEWSLETTER_MID,
    )
    return e, label(
        "other",
        [],
        False,
        "'graag uitschrijven' in reply to the KCVS newsletter that mentions the seminar: an unsubscribe from the mailing list by someone who never registered, not a seminar cancellation",
    )


@msg
def m021():
    fwd = """Dag Evelien,

Ik vind het adres van Linda niet direct terug in de uitnodiging. Kan jij me inschrijven voor het seminarie op 7 december?

Naam: Joris Aerts
Stad: Genk
Functie: strategisch coördinator
E-mail: joris.aerts@genk.be

Bedankt!
Joris"""
    text = (
        """Hoi Linda,

Deze kwam bij mij binnen in plaats van bij jou. Kan jij hem verder opvolgen?

Evelien

Evelien Smets
Communicatiemedewerker
Kenniscentrum Vlaamse Steden

"""
        + "________________________________\nVan: Aerts Joris <joris.aerts@genk.be>\nVerzonden: woensdag 28 november 2018 08:47\nAan: Evelien Smets <evelien.smets@kcvs.be>\nOnderwerp: inschrijving seminarie\n\n"
        + fwd
    )
    e, _ = make(
        "outlook",
        ("Evelien Smets", "evelien.smets@kcvs.be"),
        [LINDA],
        "FW: inschrijving seminarie",
        dt(11, 28, 9, 31, 50),
        alt("outlook", text),
        env="internal",
    )
    return e, label(
        "registration",
        [R("Joris Aerts", "Genk", "strategisch coördinator", "joris.aerts@genk.be")],
        False,
        "registration forwarded by a KCVS colleague who received it by mistake; the registrant is the forwarded writer, not the colleague",
    )


@msg
def m022():
    text = """Ik ben afwezig tot en met maandag 10 december en heb beperkt toegang tot mijn mails.
Voor dringende zaken kan u terecht bij het secretariaat Organisatieontwikkeling via organisatie@dendermonde.be of 052 21 40 00.

Je suis absent jusqu'au 10 décembre inclus.

Met vriendelijke groeten,

Filip Claeys
Beleidsmedewerker organisatieontwikkeling
Stad Dendermonde
Franz Courtensstraat 11, 9200 Dendermonde
filip.claeys@dendermonde.be
"""
    e, _ = make(
        "outlook",
        ("Claeys Filip", "filip.claeys@dendermonde.be"),
        [LINDA],
        "Automatisch antwoord: Praktische info seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december",
        dt(12, 3, 10, 0, 41),
        alt("outlook", text),
        irt="<154382760512.3310.771204561@kcvs.be>",
        refs="<154382760512.3310.771204561@kcvs.be>",
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "filip.claeys@dendermonde.be"),
        ],
        rp="",
    )
    return e, label(
        "auto_reply",
        [],
        False,
        "out-of-office answer to the practical-info mail, with a full signature (function, town, address); absent until after the event but not a cancellation",
    )


@msg
def m023():
    text = """Dear participant,

We were unable to verify your registration for the event "Stadsorganisaties in transitie" (7 December 2018).

To keep your seat, please confirm your registration details within 24 hours:

Name:
Organisation:
Function:
E-mail:
Password:

Confirm your registration: http://kcvs-events.registration-confirm.top/verify?id=KCVS-2018-4471

If you do not confirm, your registration will be cancelled automatically.

Kind regards,
Events Team
"""
    h = (
        '<html><body style="font-family:Arial"><p>Dear participant,</p><p>We were unable to verify your registration for the event '
        "&quot;Stadsorganisaties in transitie&quot; (7 December 2018).</p><p>To keep your seat, please confirm your registration details within 24 hours.</p>"
        '<p><a href="http://kcvs-events.registration-confirm.top/verify?id=KCVS-2018-4471" '
        'style="background:#0066cc;color:#fff;padding:10px 20px;text-decoration:none">CONFIRM REGISTRATION</a></p>'
        "<p>If you do not confirm, your registration will be cancelled automatically.</p><p>Kind regards,<br>Events Team</p></body></html>\n"
    )
    body = multipart(
        "alternative",
        [
            textpart(text, cte="7bit", charset="us-ascii"),
            textpart(h, "html", cte="7bit", charset="us-ascii"),
        ],
        boundary("other"),
    )
    e, _ = make(
        "other",
        ("KCVS Events", "no-reply@kcvs-eventsupport.com"),
        [("", "linda.boudry@kcvs.be")],
        "Action required: Confirm your registration #KCVS-2018-4471",
        dt(11, 29, 3, 17, 22),
        body,
        rp="xkq7@vps-41982.hostnode.top",
        extra=[("Reply-To", "support@registration-confirm.top"), ("X-Priority", "1 (Highest)")],
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "phishing 'confirm your registration' for the seminar from a look-alike domain, empty Name/Function form and a password field",
    )


@msg
def m024():
    text = """Uw bericht

 Aan: De Smet An
 Onderwerp: Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'
 Verzonden: dinsdag 6 november 2018 11:40:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

werd gelezen op dinsdag 6 november 2018 13:05:44 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
"""
    orig_mid = "<154150081203.2231.145239871@kcvs.be>"
    host = outlook_host()
    mdn = (
        [("Content-Type", "message/disposition-notification")],
        f"Reporting-UA: {host}.eurprd07.prod.outlook.com; Microsoft Exchange Server\n"
        "Original-Recipient: rfc822;an.desmet@stad.gent\n"
        "Final-Recipient: rfc822;an.desmet@stad.gent\n"
        f"Original-Message-ID: {orig_mid}\n"
        "Disposition: automatic-action/MDN-sent-automatically; displayed\n",
    )
    body = multipart(
        "report",
        [textpart(text), mdn],
        boundary("outlook", host + rnd(30, UHEX)),
        params=" report-type=disposition-notification;",
    )
    e, _ = make(
        "outlook",
        ("De Smet An", "an.desmet@stad.gent"),
        [LINDA],
        "Gelezen: Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'",
        dt(11, 6, 13, 5, 47),
        body,
        extra=[("Auto-Submitted", "auto-replied")],
        rp="",
    )
    return e, label(
        "other",
        [],
        False,
        "read receipt (multipart/report; report-type=disposition-notification) for a registration confirmation: not a bounce and not a new registration; relabelled on import from auto_reply to other, the project's convention for read receipts (as tests/mail/parser/auto_read_receipt.eml)",
    )


@msg
def m025():
    text = """Beste Linda,

Ik weet dat de inschrijvingen afgesloten zijn, maar ik heb pas vandaag groen licht gekregen van mijn diensthoofd. Als het nog kan, schrijf ik me graag in:

Naam: Lotte Vermeersch
Stad / gemeente: Vilvoorde
Functie: HR-medewerker competentiebeleid
E-mailadres: lotte.vermeersch@vilvoorde.be

Met vriendelijke groeten,
Lotte Vermeersch
"""
    e, _ = make(
        "outlook",
        ("Vermeersch Lotte", "lotte.vermeersch@vilvoorde.be"),
        [LINDA],
        "Late inschrijving seminarie 7/12",
        dt(12, 4, 14, 3, 29),
        alt("outlook", text),
        env="generic",
    )
    return e, label(
        "registration",
        [
            R(
                "Lotte Vermeersch",
                "Vilvoorde",
                "HR-medewerker competentiebeleid",
                "lotte.vermeersch@vilvoorde.be",
            )
        ],
        False,
        "late registration (4 December, after the deadline): lateness is the worker's policy, the parse is a plain registration",
    )


@msg
def m026():
    orig = """Dag Linda,

Graag schrijf ik me in voor het seminarie van 7 december.

Naam: Johan Claes
Stad / gemeente: Beveren
Functie: organisatieadviseur
E-mailadres: johan.claes@beveren.be

Groeten,
Johan"""
    text = "+1\n\nSven\n" + outlook_quote(
        "Claes Johan <johan.claes@beveren.be>",
        "maandag 19 november 2018 16:22",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "inschrijving seminarie 7 december",
        orig,
        cc="Van Acker Sven <sven.vanacker@beveren.be>",
    )
    e, _ = make(
        "outlook",
        ("Van Acker Sven", "sven.vanacker@beveren.be"),
        [LINDA],
        "RE: inschrijving seminarie 7 december",
        dt(11, 20, 8, 14, 6),
        alt("outlook", text),
        cc=[("Claes Johan", "johan.claes@beveren.be")],
        irt="<HE1PR0401MB2217A9C3D55E1B0F77A2E9C4D1B40@HE1PR0401MB2217.eurprd04.prod.outlook.com>",
        refs="<HE1PR0401MB2217A9C3D55E1B0F77A2E9C4D1B40@HE1PR0401MB2217.eurprd04.prod.outlook.com>",
        env="generic",
    )
    return e, label(
        "other",
        [],
        True,
        "reply-all '+1' under a colleague's quoted registration: may mean 'me too' (no function given) or mere agreement; the quoted registration was already handled",
    )


@msg
def m027():
    filled = (
        INVITE_TXT.replace("Naam:\n", "Naam: Veerle Jacobs\n")
        .replace("Stad / gemeente:\n", "Stad / gemeente: Lier\n")
        .replace("Functie:\n", "Functie: coördinator strategische planning\n")
        .replace("E-mailadres:\n", "E-mailadres: veerle.jacobs@lier.be\n")
    )
    text = """Dag Linda,

Zie hieronder ingevuld. Tot dan!

Veerle
""" + outlook_quote(
        "Linda Boudry [mailto:linda.boudry@kcvs.be]",
        INVITE_SENT,
        "Linda Boudry",
        INVITE_SUBJECT,
        filled,
    )
    e, _ = make(
        "outlook",
        ("Jacobs Veerle", "veerle.jacobs@lier.be"),
        [LINDA],
        "RE: " + INVITE_SUBJECT,
        dt(11, 7, 9, 21, 14),
        alt("outlook", text),
        irt=INVITE_MID,
        refs=INVITE_MID,
        env="generic",
    )
    return e, label(
        "registration",
        [R("Veerle Jacobs", "Lier", "coördinator strategische planning", "veerle.jacobs@lier.be")],
        False,
        "the fields are filled in inside the quoted invitation (Outlook quote, no '>'); the organiser's own signature in the quote is not a registrant",
    )


@msg
def m028():
    text = """Hallo Linda Boudry,

Koen Lemmens heeft deelgenomen aan je Doodle-peiling "Evaluatie seminarie Stadsorganisaties in transitie - stuurgroep".

Huidige stand (4 deelnemers):

                      ma 17/12 14u | di 18/12 10u | do 20/12 14u
Koen Lemmens                ja     |      ja      |     nee
Marc Verhaegen (Mechelen)   nee    |      ja      |     ja
Katrien Jacobs (Roeselare)  ja     |      ja      |  (ja)
Evelien Smets               ja     |      ja      |     nee

Beste optie tot nu toe: di 18/12 10u (4 stemmen)

Peiling bekijken: https://doodle.com/poll/k3v8m2q9x7w4a5nb

Je ontvangt deze e-mail omdat je meldingen hebt ingeschakeld voor deze peiling.
Doodle AG, Werdstrasse 21, 8021 Zürich
"""
    body = alt("other", text)
    e, _ = make(
        "other",
        ("Doodle", "mailer@doodle.com"),
        [LINDA],
        'Koen Lemmens heeft deelgenomen aan "Evaluatie seminarie Stadsorganisaties in transitie - stuurgroep"',
        dt(12, 6, 11, 48, 2),
        body,
        rp="bounce+2018120610480295@em.doodle.com",
        mid=f"<{rnd(22, ALNUM)}@ismtpd0004p1lon1.sendgrid.net>",
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "Doodle notification about a steering-group evaluation poll: names and towns in a table, mentions the seminar, registers nobody",
    )


@msg
def m029():
    text = """Hallo Linda,

Ik schrijf me in voor 7 december: Dries Segers - Stad Turnhout - projectleider digitale transformatie - dries.segers@turnhout.be

Is er parking in de buurt van Permeke, of kom ik beter met de trein?

Groeten,
Dries
"""
    e, _ = make(
        "gmail",
        ("Dries Segers", "dries.segers@turnhout.be"),
        [LINDA],
        "inschrijving 7 december",
        dt(11, 30, 12, 40, 11),
        alt("gmail", text),
    )
    return e, label(
        "registration",
        [
            R(
                "Dries Segers",
                "Turnhout",
                "projectleider digitale transformatie",
                "dries.segers@turnhout.be",
            )
        ],
        True,
        "one-line dash-separated registration plus a parking question: a registration whose question goes to review",
    )


@msg
def m030():
    fwd = """Dag Koen,

Hierbij mijn inschrijving voor de workshop 'Datagedreven beleid in lokale besturen' van donderdag 22 november.

Naam: Jelle Verstraete
Stad / gemeente: Oostende
Functie: data-analist
E-mailadres: jelle.verstraete@oostende.be

Vriendelijke groeten,
Jelle"""
    text = (
        """Oeps, die was voor Evelien bedoeld (zij doet de inschrijvingen voor de workshop), niet voor jou. Negeer maar!

Koen

"""
        + "________________________________\nVan: Verstraete Jelle <jelle.verstraete@oostende.be>\nVerzonden: maandag 19 november 2018 10:02\nAan: Koen Lemmens <koen.lemmens@kcvs.be>\nOnderwerp: Inschrijving workshop datagedreven beleid 22 november\n\n"
        + fwd
    )
    e, _ = make(
        "outlook",
        ("Koen Lemmens", "koen.lemmens@kcvs.be"),
        [LINDA],
        "FW: Inschrijving workshop datagedreven beleid 22 november",
        dt(11, 19, 10, 15, 37),
        alt("outlook", text),
        env="internal",
    )
    return e, label(
        "other",
        [],
        False,
        "a colleague forwards by mistake a registration for HIS workshop of 22 November and says to ignore it",
    )


@msg
def m031():
    conf = confirmation("Bert Dhondt", "Aalst", "adviseur interne controle", "bert.dhondt@aalst.be")
    arr = dt(11, 16, 11, 2, 7)
    t = """This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bert.dhondt@aalst.be>: host aalst-be.mail.protection.outlook.com[198.51.100.71]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    bert.dhondt@aalst.be not found by SMTP address lookup (in reply to RCPT TO
    command)
"""
    q = qid()
    ds = (
        [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
        f"Reporting-MTA: dns; mx1.kcvs.be\nX-Postfix-Queue-ID: {q}\nX-Postfix-Sender: rfc822; linda.boudry@kcvs.be\n"
        f"Arrival-Date: {pfdate(arr)}\n\n"
        "Final-Recipient: rfc822; bert.dhondt@aalst.be\nOriginal-Recipient: rfc822;bert.dhondt@aalst.be\nAction: failed\n"
        "Status: 5.1.10\nRemote-MTA: dns; aalst-be.mail.protection.outlook.com\n"
        "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
        "    bert.dhondt@aalst.be not found by SMTP address lookup\n",
    )
    orig_h = (
        f"Return-Path: <linda.boudry@kcvs.be>\nReceived: from worker.kcvs.be (worker.kcvs.be [10.20.1.30])\n\tby mx1.kcvs.be (Postfix) with ESMTPSA id {q}\n"
        f"\tfor <bert.dhondt@aalst.be>; {pfdate(arr)}\n"
        "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: bert.dhondt@aalst.be\n"
        "Subject: Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'\n"
        f"Date: {rfcdate(arr - timedelta(seconds=1))}\nMessage-ID: <154236252611.4127.550913207@kcvs.be>\n"
        'Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
        + encode(conf, "quoted-printable")
    )
    orig = (
        [("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
        orig_h,
    )
    body = multipart(
        "report",
        [
            (
                [
                    ("Content-Description", "Notification"),
                    ("Content-Type", 'text/plain; charset="us-ascii"'),
                ],
                t,
            ),
            ds,
            orig,
        ],
        boundary("postfix", str(int((arr + timedelta(seconds=3)).timestamp()))),
        params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.",
    )
    e, _ = make(
        "postfix",
        ("Mail Delivery System", "MAILER-DAEMON@mx1.kcvs.be"),
        [("", "linda.boudry@kcvs.be")],
        "Undelivered Mail Returned to Sender",
        arr + timedelta(seconds=3),
        body,
        rp="",
        mid=f"<{arr:%Y%m%d%H%M%S}.{rnd(10, UHEX)}@mx1.kcvs.be>",
        extra_top=[],
        env="local",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    return e, label(
        "bounce",
        [],
        False,
        "Postfix DSN: the confirmation to a registrant bounced (address does not exist); the returned confirmation carries a full Naam/Stad/Functie/E-mailadres block",
    )


@msg
def m032():
    text = """Geachte,

Hierbij wens ik mij in te schrijven voor het seminarie 'Stadsorganisaties in transitie' van 7 december.

Mevr. Ingrid Schoeters
Schepen van personeel, ICT en burgerzaken
Lokaal Bestuur Zwijndrecht
ingrid.schoeters@zwijndrecht.be

Ik zal er pas rond 10u30 zijn wegens een overleg met de gouverneur die ochtend.

Hoogachtend,
Ingrid Schoeters
"""
    e, _ = make(
        "outlook",
        ("Schoeters Ingrid", "ingrid.schoeters@zwijndrecht.be"),
        [LINDA],
        "Inschrijving seminarie - schepen Schoeters",
        dt(11, 30, 17, 55, 21),
        alt("outlook", text),
        env="generic",
    )
    return e, label(
        "registration",
        [
            R(
                "Ingrid Schoeters",
                "Zwijndrecht",
                "schepen van personeel, ICT en burgerzaken",
                "ingrid.schoeters@zwijndrecht.be",
            )
        ],
        False,
        "unlabelled address-block registration by an alderwoman (title 'Mevr.' and 'Lokaal Bestuur' to drop) with a late-arrival remark, no question",
    )


@msg
def m033():
    conf = confirmation(
        "Sofie Claes",
        "Mechelen",
        "beleidsmedewerker organisatieontwikkeling",
        "sofie.claes@mechelen.be",
    )
    text = """Dag Linda,

Door een extra gemeenteraadscommissie die vrijdagochtend moet ik helaas afzeggen voor het seminarie. Sorry voor het late bericht. Mijn plaats mag naar iemand op de wachtlijst.

Groeten,

Sofie Claes
Beleidsmedewerker organisatieontwikkeling
Stad Mechelen
""" + outlook_quote(
        "Linda Boudry <linda.boudry@kcvs.be>",
        "dinsdag 6 november 2018 09:15",
        "sofie.claes@mechelen.be",
        "Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'",
        conf,
    )
    e, _ = make(
        "outlook",
        ("Claes Sofie", "sofie.claes@mechelen.be"),
        [LINDA],
        "RE: Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'",
        dt(12, 5, 8, 33, 9),
        alt("outlook", text),
        irt="<154149210044.2231.661097230@kcvs.be>",
        refs="<154149210044.2231.661097230@kcvs.be>",
    )
    return e, label(
        "cancellation",
        [
            R(
                "Sofie Claes",
                "Mechelen",
                "beleidsmedewerker organisatieontwikkeling",
                "sofie.claes@mechelen.be",
            )
        ],
        False,
        "cancellation in reply to her confirmation, which is quoted with a full field block (must not be read as a registration)",
    )


@msg
def m034():
    text = """Dag Linda,

Graag schrijven we ons met twee in voor het seminarie van 7 december: ikzelf, Jonas Van den Broeck, algemeen directeur, en mijn collega Elke De Coster (in cc), financieel directeur. Beiden van Stad Ninove.

We zitten net midden in de opmaak van het nieuwe organogram, dus het onderwerp komt als geroepen.

Groeten,
Jonas
"""
    e, _ = make(
        "gmail",
        ("Jonas Van den Broeck", "jonas.vandenbroeck@ninove.be"),
        [LINDA],
        "Seminarie 7/12",
        dt(12, 1, 10, 19, 33),
        alt("gmail", text),
        cc=[("Elke De Coster", "elke.decoster@ninove.be")],
        env="generic",
    )
    return e, label(
        "registration",
        [
            R(
                "Jonas Van den Broeck",
                "Ninove",
                "algemeen directeur",
                "jonas.vandenbroeck@ninove.be",
            ),
            R("Elke De Coster", "Ninove", "financieel directeur", "elke.decoster@ninove.be"),
        ],
        False,
        "two registrations in running prose: the sender (address from From) and a colleague whose address is only in Cc",
    )


@msg
def m035():
    text = """Geachte mevrouw Boudry,

Schepen Van de Velde moet zich helaas verontschuldigen voor het seminarie van vrijdag 7 december wegens een dringende zitting van het college. Mag u hem van de deelnemerslijst schrappen?

Onze excuses voor het ongemak.

Met vriendelijke groet,

Nathalie Baert
Kabinetsmedewerker
Stad Aalst - Kabinet schepen Van de Velde
"""
    e, _ = make(
        "outlook",
        ("Baert Nathalie", "nathalie.baert@aalst.be"),
        [LINDA],
        "Afmelding seminarie 7 december - schepen Van de Velde",
        dt(12, 3, 15, 2, 48),
        alt("outlook", text),
    )
    return e, label(
        "cancellation",
        [R("Van de Velde", "Aalst", "schepen", None)],
        False,
        "secretary cancels for the alderman; this mail names him only as 'schepen Van de Velde' (first name not given, not invented) and gives no address for him",
    )


@msg
def m036():
    text = """Dag Linda,

Ik ben ingeschreven voor vrijdag, maar door een personeelsprobleem kan ik niet weg. Mijn collega komt in mijn plaats:

Lies Verbeke
teamleider HR-administratie
lies.verbeke@oostende.be

Ze heeft wel een lactose-intolerantie, misschien goed om door te geven aan de catering.

Groeten,
Peter Dewulf
Diensthoofd HR
Stad Oostende
"""
    e, _ = make(
        "outlook",
        ("Dewulf Peter", "peter.dewulf@oostende.be"),
        [LINDA],
        "vervanging seminarie vrijdag",
        dt(12, 4, 11, 26, 40),
        alt("outlook", text),
    )
    return e, label(
        "registration",
        [R("Lies Verbeke", "Oostende", "teamleider HR-administratie", "lies.verbeke@oostende.be")],
        True,
        "substitution: a registered participant sends a colleague in his place (sign-up plus implied cancellation): flagged for review per the contract",
    )


@msg
def m037():
    text = """Dag Linda,

Ik kom vrijdag met de auto vanuit Roeselare. Kan ik ergens parkeren in de buurt van Permeke, of raad je de parking aan het Koningin Astridplein aan?

Groeten,

Ruben Devos
Projectleider organisatiebeheersing
Stad Roeselare
"""
    e, _ = make(
        "outlook",
        ("Devos Ruben", "ruben.devos@roeselare.be"),
        [LINDA],
        "parking 7/12",
        dt(12, 5, 13, 58, 0),
        alt("outlook", text),
    )
    return e, label(
        "other",
        [],
        True,
        "a registered participant asks about parking; full signature with function and town but no sign-up",
    )


@msg
def m038():
    text = """Beste,

Op vrijdag 7 december organiseert het Kenniscentrum Vlaamse Steden het seminarie 'Stadsorganisaties in transitie' in het auditorium van bibliotheek Permeke (De Coninckplein 26, 2060 Antwerpen). Er zijn nog enkele plaatsen vrij.

Inschrijven kan nog tot en met zondag 2 december met een mail aan linda.boudry@kcvs.be met:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Bent u al ingeschreven? Dan hoeft u niets te doen.

Met vriendelijke groeten,

Linda Boudry
Projectcoördinator
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be
"""
    e, _ = make(
        "outlook",
        LINDA,
        [LINDA],
        "Herinnering: inschrijven voor 'Stadsorganisaties in transitie' kan nog tot 2 december",
        dt(11, 26, 9, 30, 4),
        alt("outlook", text),
        env="internal",
    )
    return e, label(
        "other",
        [],
        False,
        "the organiser's own reminder (From and To herself, list in Bcc) with the empty template and her own address and signature",
    )


@msg
def m039():
    text = """Dag Linda,

Hieronder mijn gegevens voor het programmaboekje:

Naam: prof. dr. Karel Demuynck
Organisatie: Universiteit Gent, vakgroep Bestuurskunde
Functie: hoofddocent publiek management
E-mailadres: karel.demuynck@ugent.be

Mijn presentatie over de resultaten stuur ik je ten laatste woensdag door. Ik ben er vrijdag vanaf 9u15 voor de technische test.

Tot dan,
Karel
"""
    e, _ = make(
        "thunderbird",
        ("Karel Demuynck", "karel.demuynck@ugent.be"),
        [LINDA],
        "Re: Programma 7 december - gegevens sprekers",
        dt(11, 28, 22, 4, 51),
        textpart(text, cte="8bit"),
        irt="<AM5PR0202MB2543E0A4C7B91D2F3E8A6C1D0B70@AM5PR0202MB2543.eurprd02.prod.outlook.com>",
        refs="<AM5PR0202MB2543E0A4C7B91D2F3E8A6C1D0B70@AM5PR0202MB2543.eurprd02.prod.outlook.com>",
        mailer=(
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
        ),
        extra=[("Content-Language", "nl")],
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "a speaker sends his Naam/Organisatie/Functie/E-mailadres for the programme booklet; speakers are not registrants and nothing needs answering",
    )


@msg
def m040():
    text = """Dag Linda,

Ik stuur dit even vanaf mijn privéadres: ik zit thuis met een zieke dochter en mijn werkmail lukt niet via de VPN.

Naam: Sarah Peeters
Stad / gemeente: Hasselt
Functie: adviseur organisatieontwikkeling
E-mailadres: sarah.peeters@hasselt.be

Hopelijk ben ik nog op tijd!

Groetjes,
Sarah
"""
    e, _ = make(
        "gmail",
        ("Sarah Peeters", "sarahpeeters82@gmail.com"),
        [LINDA],
        "Inschrijving seminarie Stadsorganisaties in transitie",
        dt(12, 2, 21, 47, 30),
        alt("gmail", text),
    )
    return e, label(
        "registration",
        [
            R(
                "Sarah Peeters",
                "Hasselt",
                "adviseur organisatieontwikkeling",
                "sarah.peeters@hasselt.be",
            )
        ],
        False,
        "registration on the last day sent from a private Gmail address; the e-mail to keep is the work address given in the body",
    )


@msg
def m041():
    text = """Beste,

Een collega gaf me jullie uitnodiging voor het seminarie door. Voor 7 december kan ik niet, maar ik zou wel graag jullie nieuwsbrief ontvangen.

Mijn gegevens:
Naam: Michiel Bogaerts
Stad / gemeente: Heist-op-den-Berg
Functie: beleidscoördinator
E-mailadres: michiel.bogaerts@heist-op-den-berg.be

Alvast bedankt!

Michiel Bogaerts
"""
    e, _ = make(
        "outlook",
        ("Bogaerts Michiel", "michiel.bogaerts@heist-op-den-berg.be"),
        [LINDA],
        "Aanvraag nieuwsbrief",
        dt(11, 14, 11, 9, 17),
        alt("outlook", text),
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "complete Naam/Stad/Functie/E-mailadres block, but to subscribe to the newsletter; he explicitly cannot come on 7 December",
    )


@msg
def m042():
    text = """Beste mevrouw Boudry,

Hierbij bevestigen wij uw reservatie van het auditorium van bibliotheek Permeke op vrijdag 7 december 2018 van 8u30 tot 14u00, in theateropstelling voor 80 personen, met projector, twee handmicro's en een spreekgestoelte.

Contactpersoon ter plaatse:
Naam: Youssef Benali
Functie: zaalverantwoordelijke
E-mail: youssef.benali@antwerpen.be
GSM: 0486 55 21 09

De factuur volgt na afloop via het financieel beheer van de stad.

Met vriendelijke groeten,

Gerda Van Loock
Medewerker zaalverhuur
Stad Antwerpen - Bibliotheek Permeke
"""
    e, _ = make(
        "outlook",
        ("Van Loock Gerda", "gerda.vanloock@antwerpen.be"),
        [LINDA],
        "Bevestiging reservatie auditorium Permeke - 7/12/2018",
        dt(11, 27, 14, 16, 2),
        alt("outlook", text),
        env="generic",
    )
    return e, label(
        "other",
        [],
        False,
        "venue confirmation from a municipal address (@antwerpen.be) naming an on-site contact with Naam/Functie/E-mail; informational only",
    )


@msg
def m043():
    text = """Beste Linda,

Bedankt voor de uitnodiging! Ik kan er helaas niet bij zijn op 7 december. Worden de presentaties achteraf gedeeld? Dan volg ik het op die manier op.

Vriendelijke groeten,

Annelies Claes
Stafmedewerker
Stad Dendermonde
"""
    e, _ = make(
        "outlook",
        ("Claes Annelies", "annelies.claes@dendermonde.be"),
        [LINDA],
        "RE: " + INVITE_SUBJECT,
        dt(11, 8, 16, 42, 55),
        alt(
            "outlook",
            text
            + outlook_quote(
                "Linda Boudry <linda.boudry@kcvs.be>",
                INVITE_SENT,
                "Linda Boudry",
                INVITE_SUBJECT,
                INVITE_TXT,
            ),
        ),
        irt=INVITE_MID,
        refs=INVITE_MID,
    )
    return e, label(
        "other",
        [],
        True,
        "declines the invitation (never registered, so not a cancellation) and asks whether the slides will be shared",
    )


@msg
def m044():
    arr = dt(11, 7, 9, 25, 40)
    t = """This is the mail system at host mx1.kcvs.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<veerle.jacobs@lier.be>: connect to mail.lier.be[203.0.113.25]:25: Connection
    timed out
"""
    q = qid()
    ds = (
        [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
        f"Reporting-MTA: dns; mx1.kcvs.be\nX-Postfix-Queue-ID: {q}\nX-Postfix-Sender: rfc822; linda.boudry@kcvs.be\n"
        f"Arrival-Date: {pfdate(arr)}\n\n"
        "Final-Recipient: rfc822; veerle.jacobs@lier.be\nOriginal-Recipient: rfc822;veerle.jacobs@lier.be\nAction: delayed\n"
        f"Status: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mail.lier.be[203.0.113.25]:25:\n    Connection timed out\n"
        f"Will-Retry-Until: {pfdate(arr + timedelta(days=5))}\n",
    )
    hdrs = (
        [
            ("Content-Description", "Undelivered Message Headers"),
            ("Content-Type", "text/rfc822-headers"),
        ],
        f"Return-Path: <linda.boudry@kcvs.be>\nReceived: from worker.kcvs.be (worker.kcvs.be [10.20.1.30])\n\tby mx1.kcvs.be (Postfix) with ESMTPSA id {q}\n"
        f"\tfor <veerle.jacobs@lier.be>; {pfdate(arr)}\n"
        "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: veerle.jacobs@lier.be\n"
        "Subject: Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'\n"
        f"Date: {rfcdate(arr - timedelta(seconds=1))}\nMessage-ID: <154157914001.2231.318802211@kcvs.be>\n"
        'Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n',
    )
    body = multipart(
        "report",
        [
            (
                [
                    ("Content-Description", "Notification"),
                    ("Content-Type", 'text/plain; charset="us-ascii"'),
                ],
                t,
            ),
            ds,
            hdrs,
        ],
        boundary(
            "postfix", str(int((arr + timedelta(hours=4, minutes=1, seconds=12)).timestamp()))
        ),
        params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.",
    )
    d = arr + timedelta(hours=4, minutes=1, seconds=12)
    e, _ = make(
        "postfix",
        ("Mail Delivery System", "MAILER-DAEMON@mx1.kcvs.be"),
        [("", "linda.boudry@kcvs.be")],
        "Delayed Mail (still being retried)",
        d,
        body,
        rp="",
        mid=f"<{d:%Y%m%d%H%M%S}.{rnd(10, UHEX)}@mx1.kcvs.be>",
        env="local",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    return e, label(
        "bounce",
        [],
        False,
        "Postfix delay warning (Action: delayed) for a confirmation; a DSN, so bounce, and nothing to do",
    )


@msg
def m045():
    marc = """Collega's,

Interessant voor ons traject rond de nieuwe organisatiestructuur na de integratie met het OCMW. Wie wil er mee? Schrijf je zelf in bij Linda (in cc), dan heeft zij meteen jullie gegevens.

Ik kan zelf niet, die vrijdagochtend zit ik in het managementteam.

Marc"""
    text = """Dag Linda,

Naar aanleiding van de mail van Marc: ik schrijf me graag in.

Naam: Tom Wouters
Stad: Mechelen
Functie: HR-adviseur
E-mail: tom.wouters@mechelen.be

Ine schrijft zich zelf nog in, zij moet eerst haar agenda nog even checken.

Groeten,
Tom
""" + outlook_quote(
        "Verhaegen Marc <marc.verhaegen@mechelen.be>",
        "maandag 5 november 2018 14:22",
        "Claes Sofie; Wouters Tom; Maes Ine",
        "FW: " + INVITE_SUBJECT,
        marc,
        cc="Linda Boudry <linda.boudry@kcvs.be>",
    )
    e, _ = make(
        "outlook",
        ("Wouters Tom", "tom.wouters@mechelen.be"),
        [LINDA],
        "RE: FW: " + INVITE_SUBJECT,
        dt(11, 6, 8, 51, 26),
        alt("outlook", text),
        irt="<DB7PR05MB4410E2B77C0D19A3F5C28E6A9D5F0@DB7PR05MB4410.eurprd05.prod.outlook.com>",
        refs=INVITE_MID
        + " <DB7PR05MB4410E2B77C0D19A3F5C28E6A9D5F0@DB7PR05MB4410.eurprd05.prod.outlook.com>",
    )
    return e, label(
        "registration",
        [R("Tom Wouters", "Mechelen", "HR-adviseur", "tom.wouters@mechelen.be")],
        False,
        "registration in the director's forward thread; a colleague 'schrijft zich zelf nog in' (not registered here) and the quoted director is not a registrant",
    )


# ================================================================ write


def main():
    assert len(MESSAGES) == 45, len(MESSAGES)
    for i, fn in enumerate(MESSAGES, 1):
        assert fn.__name__ == f"m{i:03d}", fn.__name__
        eml, lab = fn()
        data = eml.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        with open(os.path.join(OUT, f"{i:03d}.eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, f"{i:03d}.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
