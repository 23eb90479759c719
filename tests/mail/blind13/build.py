#!/usr/bin/env python3
"""Build the blind13 test set: 45 labelled e-mails for the KCVS seminar
"Stadsorganisaties in transitie" (Fri 7 Dec 2018, Permeke, Antwerpen).

Focus: registrations that reach the organiser (linda.boudry@kcvs.be) through
someone else (KCVS colleagues, HR departments, secretaries, VVSG/province
contacts) or only in an attachment.

Deterministic: random.seed() first; every MIME boundary and generated id is
drawn from the seeded generator, every date is fixed, zip/pdf bytes are fixed.
Run:  python3 build.py   (writes NNN.eml + NNN.json next to this file)
"""

import random

random.seed(13071218)

import html
import io
import json
import os
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
LINDA_ADDR = "linda.boudry@kcvs.be"

BUILDERS = []


def mail(n):
    def deco(fn):
        BUILDERS.append((n, fn))
        return fn

    return deco


# ---------------------------------------------------------------- helpers


def rhex(k):
    return "".join(random.choice("0123456789abcdef") for _ in range(k))


def rHEX(k):
    return rhex(k).upper()


def ralnum(k):
    return "".join(
        random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(k)
    )


def mid(style, domain):
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(40)
    if style == "outlook":
        return "<%s%s@%s>" % (rHEX(4), ralnum(20), domain)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rHEX(8), rHEX(4), rHEX(4), rHEX(4), rHEX(12), domain)
    if style == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)
    return "<%s.%s@%s>" % (rhex(16), rhex(8), domain)


def received(helo, ip, date, by="mx1.kcvs.be"):
    return "from %s (%s [%s]) by %s (Postfix) with ESMTPS id %s for <%s>; %s" % (
        helo,
        helo,
        ip,
        by,
        rHEX(10),
        LINDA_ADDR,
        date,
    )


def new(frm, to, subject, date, msgid, cc=None, recv=(), extra=(), ret=None):
    m = EmailMessage()
    if ret:
        m["Return-Path"] = "<%s>" % ret
    for r in recv:
        m["Received"] = r
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    for k, v in extra:
        m[k] = v
    return m


def outlook_extra(attach=False):
    return [
        ("Thread-Topic", None),
        ("Thread-Index", "AQH" + ralnum(25) + "=="),
        ("Accept-Language", "nl-BE, en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]


def outlook(frm, to, subject, date, domain, cc=None, recv=(), attach=False, ret=None):
    extra = []
    for k, v in outlook_extra(attach=attach):
        if k == "Thread-Topic":
            v = subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "FW: ") else subject
        if v == "":
            continue
        extra.append((k, v))
    return new(
        frm, to, subject, date, mid("outlook", domain), cc=cc, recv=recv, extra=extra, ret=ret
    )


def to_html(text, font="Calibri", quote_from=None):
    """Plain text to a simple mail-client HTML rendering."""
    out = []
    for line in text.split("\n"):
        out.append(html.escape(line) if line else "&nbsp;")
    body = "<br>\n".join(out)
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n'
        "</div>\n</body>\n</html>\n" % (font, body)
    )


def text(m, body, charset="utf-8", cte="quoted-printable"):
    m.set_content(body, charset=charset, cte=cte)


def alt(m, body, charset="utf-8", cte="quoted-printable", font="Calibri", html_body=None):
    m.set_content(body, charset=charset, cte=cte)
    m.add_alternative(
        html_body if html_body is not None else to_html(body, font),
        subtype="html",
        charset=charset,
        cte="quoted-printable",
    )


def set_boundaries(m, style):
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            if style == "gmail":
                b = "000000000000" + rhex(12)
            elif style == "outlook":
                b = "_%03d_%s%s_" % (random.randrange(1000), rHEX(12), ralnum(20))
            elif style == "apple":
                b = "Apple-Mail=_%s-%s-%s-%s-%s" % (rHEX(8), rHEX(4), rHEX(4), rHEX(4), rHEX(12))
            elif style == "tb":
                b = "------------" + ralnum(24)
            else:
                b = None
            if b:
                part.set_boundary(b)


def R(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


def label(kind, registrants, needs_review, note):
    return {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note}


def vcard(lines):
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def xlsx(rows):
    """A minimal but valid .xlsx workbook (inline strings), byte-for-byte stable."""

    def cell(ref, v):
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, html.escape(v))

    sheet_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(cell("%s%d" % ("ABCD"[j], i), v) for j, v in enumerate(row))
        sheet_rows.append('<row r="%d">%s</row>' % (i, cells))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Inschrijvingen" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>%s</sheetData></worksheet>" % "".join(sheet_rows),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2018, 11, 20, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf(lines):
    """A minimal one-page PDF with the given text lines (Helvetica)."""

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Producer (Microsoft\xae Word 2016) /CreationDate (D:20181121103000+01'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        xref,
    )
    return bytes(out)


INVITATION = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het seminarie

    Stadsorganisaties in transitie
    vrijdag 7 december 2018
    Permeke-bibliotheek (auditorium), De Coninckplein 26, 2060 Antwerpen

Onthaal met koffie vanaf 9.30 uur, we starten om 10.00 uur. Rond 12.30 uur
sluiten we af met een broodjeslunch. Deelname is gratis.

Inschrijven kan tot en met 2 december met een mailtje aan Linda Boudry
(linda.boudry@kcvs.be) met de volgende gegevens:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden"""

SIG_SARAH = """Sarah Claeys
projectmedewerker
Kenniscentrum Vlaamse Steden
sarah.claeys@kcvs.be | 02 555 01 23"""

SIG_KOEN = """Koen De Smet
onderzoeker | Kenniscentrum Vlaamse Steden
koen.desmet@kcvs.be"""

SIG_ELLEN = """Ellen Van Acker
communicatie
Kenniscentrum Vlaamse Steden"""

SIG_NATHALIE = """Nathalie Goossens
secretariaat
Kenniscentrum Vlaamse Steden
T 02 555 01 00 | secretariaat@kcvs.be"""


# ------------------------------------------------- forwards by KCVS colleagues


@mail(1)
def m001():
    orig = """Goedemiddag,

Graag schrijf ik mij in voor het seminarie 'Stadsorganisaties in transitie'.

Naam: Pieter Vanhove
Stad / gemeente: Kortrijk
Functie: teamleider organisatieontwikkeling
E-mailadres: pieter.vanhove@kortrijk.be

Met vriendelijke groet,
Pieter Vanhove"""
    body = (
        "Voor jou, Linda.\n\nGroetjes,\nSarah\n\n" + SIG_SARAH + "\n\n"
        "________________________________\n"
        "Van: Pieter Vanhove <pieter.vanhove@kortrijk.be>\n"
        "Verzonden: dinsdag 13 november 2018 14:02\n"
        "Aan: info@kcvs.be\n"
        "Onderwerp: Inschrijving seminarie 7 december\n\n" + orig + "\n"
    )
    m = outlook(
        "Sarah Claeys <sarah.claeys@kcvs.be>",
        LINDA,
        "FW: Inschrijving seminarie 7 december",
        "Tue, 13 Nov 2018 15:21:07 +0000",
        "kcvs.be",
        recv=[
            received(
                "mail-eopbgr.outbound.protection.outlook.com",
                "40.107.6.91",
                "Tue, 13 Nov 2018 16:21:09 +0100",
            )
        ],
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Pieter Vanhove",
                "Kortrijk",
                "teamleider organisatieontwikkeling",
                "pieter.vanhove@kortrijk.be",
            )
        ],
        False,
        "Outlook forward (FW:, 'Van:/Verzonden:/Aan:/Onderwerp:' block) of a mail to info@kcvs.be, "
        "colleague's note 'Voor jou, Linda' and her KCVS signature above it; the registrant is the original sender",
    )


@mail(2)
def m002():
    orig = """Dag Koen,

Kan je mij inschrijven voor jullie seminarie van 7 december? We zijn in Brugge
net gestart met een nieuw organogram, dus het thema komt als geroepen.

naam: Hanne Verstraete
stad: Brugge
functie: HR-businesspartner
mail: hanne.verstraete@brugge.be

Dank je!
Hanne"""
    body = (
        "\n\n---------- Forwarded message ---------\n"
        "From: Hanne Verstraete <hanne.verstraete@brugge.be>\n"
        "Date: Wed, 14 Nov 2018 at 09:47\n"
        "Subject: inschrijving 7/12\n"
        "To: <koen.desmet@kcvs.be>\n\n\n" + orig + "\n"
    )
    m = new(
        "Koen De Smet <koen.desmet@kcvs.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Fwd: inschrijving 7/12",
        "Wed, 14 Nov 2018 10:03:51 +0100",
        mid("gmail", ""),
        recv=[
            received("mail-wr1-f54.google.com", "209.85.221.54", "Wed, 14 Nov 2018 10:03:53 +0100")
        ],
        extra=[("X-Gm-Message-State", "AGRZ1g" + ralnum(40))],
    )
    alt(
        m,
        body,
        font="arial",
        html_body='<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr">'
        '---------- Forwarded message ---------<br>From: <b class="gmail_sendername">Hanne Verstraete</b> '
        '<span dir="ltr">&lt;<a href="mailto:hanne.verstraete@brugge.be">hanne.verstraete@brugge.be</a>&gt;</span><br>'
        'Date: Wed, 14 Nov 2018 at 09:47<br>Subject: inschrijving 7/12<br>To: &lt;<a href="mailto:koen.desmet@kcvs.be">'
        "koen.desmet@kcvs.be</a>&gt;<br></div><br><br>"
        + "<br>\n".join(html.escape(x) for x in orig.split("\n"))
        + "</div></div>\n",
    )
    set_boundaries(m, "gmail")
    return m, label(
        "registration",
        [R("Hanne Verstraete", "Brugge", "HR-businesspartner", "hanne.verstraete@brugge.be")],
        False,
        "Gmail forward with no note of the colleague ('---------- Forwarded message ---------' with "
        "English From/Date/Subject/To); lower-case labels naam/stad/functie/mail in the forwarded text",
    )


@mail(3)
def m003():
    orig = """Beste Ellen,

Via onze algemeen directeur kreeg ik jullie uitnodiging. Ik kom graag naar het
seminarie op 7 december in de Permeke. Ik ben in Lokeren schepen van
personeel en organisatie.

Vriendelijke groeten

Wim Goethals
Schepen van personeel en organisatie
Stad Lokeren
wim.goethals@lokeren.be"""
    body = (
        "Voor jou, Linda! Kwam bij mij terecht.\n\nEllen\n\n"
        "Begin doorgestuurd bericht:\n\n"
        "Van: Wim Goethals <wim.goethals@lokeren.be>\n"
        "Onderwerp: Seminarie stadsorganisaties\n"
        "Datum: 15 november 2018 om 11:20:33 CET\n"
        "Aan: Ellen Van Acker <ellen.vanacker@kcvs.be>\n\n" + orig + "\n"
    )
    hb = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="word-wrap: break-word;" class="">Voor jou, Linda! Kwam bij mij terecht.<div class="">'
        '<br class="">Ellen<br class=""><div><br class=""><blockquote type="cite" class="">'
        '<div class="">Begin doorgestuurd bericht:</div><br class="Apple-interchange-newline">'
        '<div style="margin:0px;"><b>Van: </b>Wim Goethals &lt;<a href="mailto:wim.goethals@lokeren.be">'
        'wim.goethals@lokeren.be</a>&gt;</div><div style="margin:0px;"><b>Onderwerp: </b><b>Seminarie '
        'stadsorganisaties</b></div><div style="margin:0px;"><b>Datum: </b>15 november 2018 om 11:20:33 CET'
        '</div><div style="margin:0px;"><b>Aan: </b>Ellen Van Acker &lt;<a href="mailto:ellen.vanacker@kcvs.be">'
        'ellen.vanacker@kcvs.be</a>&gt;</div><br class=""><div class="">'
        + '<br class="">\n'.join(html.escape(x) for x in orig.split("\n"))
        + '</div></blockquote></div><br class=""></div></body></html>\n'
    )
    m = new(
        "Ellen Van Acker <ellen.vanacker@kcvs.be>",
        "Linda Boudry <linda.boudry@kcvs.be>",
        "Fwd: Seminarie stadsorganisaties",
        "Thu, 15 Nov 2018 11:42:10 +0100",
        mid("apple", "kcvs.be"),
        recv=[received("mail.kcvs.be", "193.191.204.17", "Thu, 15 Nov 2018 11:42:12 +0100")],
        extra=[("X-Mailer", "Apple Mail (2.3445.9.1)")],
    )
    alt(m, body, html_body=hb)
    set_boundaries(m, "apple")
    return m, label(
        "registration",
        [
            R(
                "Wim Goethals",
                "Lokeren",
                "schepen van personeel en organisatie",
                "wim.goethals@lokeren.be",
            )
        ],
        False,
        "Apple Mail forward ('Begin doorgestuurd bericht:' Van/Onderwerp/Datum/Aan) with note 'Voor jou, Linda!'; "
        "prose registration, function and town in the sentence and the signature",
    )


@mail(4)
def m004():
    orig = """Goeiedag,

Wij willen graag met twee personen deelnemen aan het seminarie van 7 december:

1. Femke Jacobs - Genk - diensthoofd personeel - femke.jacobs@genk.be
2. Rudi Schoofs - Genk - financieel directeur - rudi.schoofs@genk.be

Alvast bedankt,
Femke Jacobs"""
    body = (
        "Hallo Linda,\n\nDeze kwam binnen op het secretariaat.\n\nNathalie\n\n"
        + SIG_NATHALIE
        + "\n\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Femke Jacobs <femke.jacobs@genk.be>\n"
        "Verzonden: woensdag 21 november 2018 16:15\n"
        "Aan: secretariaat@kcvs.be\n"
        "Onderwerp: inschrijving seminarie 7/12 - 2 personen\n\n" + orig + "\n"
    )
    m = outlook(
        "Secretariaat KCVS <secretariaat@kcvs.be>",
        LINDA,
        "FW: inschrijving seminarie 7/12 - 2 personen",
        "Thu, 22 Nov 2018 08:31:44 +0000",
        "kcvs.be",
        recv=[
            received(
                "mail-eopbgr.outbound.protection.outlook.com",
                "40.107.6.88",
                "Thu, 22 Nov 2018 09:31:46 +0100",
            )
        ],
    )
    m["Sender"] = "Nathalie Goossens <nathalie.goossens@kcvs.be>"
    text(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R("Femke Jacobs", "Genk", "diensthoofd personeel", "femke.jacobs@genk.be"),
            R("Rudi Schoofs", "Genk", "financieel directeur", "rudi.schoofs@genk.be"),
        ],
        False,
        "forward from the shared secretariaat@kcvs.be box (Sender: a colleague), '-----Oorspronkelijk bericht-----' "
        "block; two registrants on numbered dash-separated lines",
    )


@mail(5)
def m005():
    orig = """Beste,

Is het seminarie van 7 december ook open voor medewerkers van ons Sociaal Huis
(vroeger OCMW)? En loopt het programma nog door in de namiddag of stopt het
na de lunch? Dan kan ik mijn collega's beter informeren.

Met vriendelijke groeten,
Marleen Dewaele
stafmedewerker welzijn
Stad Roeselare"""
    body = (
        "Linda, kan jij hierop antwoorden? Ik weet niet hoeveel plaatsen er nog zijn.\n\nKoen\n\n"
        "Van: Marleen Dewaele <marleen.dewaele@roeselare.be>\n"
        "Verzonden: maandag 19 november 2018 10:05\n"
        "Aan: Koen De Smet <koen.desmet@kcvs.be>\n"
        "Onderwerp: vraag seminarie 7 december\n\n" + orig + "\n"
    )
    m = outlook(
        "Koen De Smet <koen.desmet@kcvs.be>",
        LINDA,
        "FW: vraag seminarie 7 december",
        "Mon, 19 Nov 2018 10:48:02 +0000",
        "kcvs.be",
        recv=[
            received(
                "mail-eopbgr.outbound.protection.outlook.com",
                "40.107.6.90",
                "Mon, 19 Nov 2018 11:48:04 +0100",
            )
        ],
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "other",
        [],
        True,
        "colleague forwards a question (open for Sociaal Huis staff? programme after lunch?) asking Linda to "
        "answer; no one registers",
    )


@mail(6)
def m006():
    orig = """Beste,

Ik had mij ingeschreven voor het seminarie van 7 december, maar ik moet helaas
afzeggen: die voormiddag is er een extra gemeenteraadscommissie.

Sorry voor het ongemak.

Tom Lambrecht
stafmedewerker strategie
Stad Aalst"""
    body = (
        "Ter info: een afmelding via de info-box.\n\nSarah\n\n" + SIG_SARAH + "\n\n"
        "________________________________\n"
        "Van: Tom Lambrecht <tom.lambrecht@aalst.be>\n"
        "Verzonden: donderdag 29 november 2018 17:40\n"
        "Aan: info@kcvs.be\n"
        "Onderwerp: afmelding seminarie\n\n" + orig + "\n"
    )
    m = outlook(
        "Sarah Claeys <sarah.claeys@kcvs.be>",
        LINDA,
        "FW: afmelding seminarie",
        "Fri, 30 Nov 2018 08:12:19 +0000",
        "kcvs.be",
        recv=[
            received(
                "mail-eopbgr.outbound.protection.outlook.com",
                "40.107.6.91",
                "Fri, 30 Nov 2018 09:12:21 +0100",
            )
        ],
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "cancellation",
        [R("Tom Lambrecht", "Aalst", "stafmedewerker strategie", "tom.lambrecht@aalst.be")],
        False,
        "colleague forwards a cancellation from the info box ('moet helaas afzeggen'); the person cancelling "
        "is the original sender, not the colleague",
    )


@mail(7)
def m007():
    body = """Hoi Linda,

Mag ik mij ook inschrijven voor 7 december? Ik zou graag meeluisteren voor
ons onderzoekstraject rond personeelsbeleid in de centrumsteden. Als de zaal
vol zit, geef ik uiteraard mijn plaats aan iemand van een stad.

Naam: An Peeters
Stad / gemeente: KCVS
Functie: stafmedewerker onderzoek
E-mailadres: an.peeters@kcvs.be

An"""
    m = outlook(
        "An Peeters <an.peeters@kcvs.be>",
        LINDA,
        "inschrijving 7/12",
        "Tue, 20 Nov 2018 13:02:55 +0000",
        "kcvs.be",
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("An Peeters", "KCVS", "stafmedewerker onderzoek", "an.peeters@kcvs.be")],
        True,
        "a KCVS colleague signs herself up for her own organisation's seminar (not city staff, offers to give "
        "up her seat): the organiser decides, so review",
    )


@mail(8)
def m008():
    inner = new(
        "Dirk Vermeulen <dirk.vermeulen@oostende.be>",
        "info@kcvs.be",
        "Inschrijving Stadsorganisaties in transitie",
        "Fri, 16 Nov 2018 09:14:37 +0100",
        mid("outlook", "oostende.be"),
        recv=[
            (
                "from mail.oostende.be (mail.oostende.be [194.78.11.40]) by mx1.kcvs.be (Postfix) "
                "with ESMTPS id 4F2A1C0B3E for <info@kcvs.be>; Fri, 16 Nov 2018 09:14:40 +0100"
            )
        ],
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    text(
        inner,
        """Geachte,

Hierbij mijn inschrijving voor het seminarie op 7 december.

Naam: Dirk Vermeulen
Gemeente: Oostende
Functie: algemeen directeur
E-mail: dirk.vermeulen@oostende.be

Hoogachtend,
Dirk Vermeulen
""",
        cte="7bit",
    )
    m = outlook(
        "Ellen Van Acker <ellen.vanacker@kcvs.be>",
        LINDA,
        "FW: Inschrijving Stadsorganisaties in transitie",
        "Fri, 16 Nov 2018 10:30:03 +0000",
        "kcvs.be",
        attach=True,
    )
    alt(m, "Linda, zie bijlage. Deze zat in de info-mailbox.\n\nEllen\n\n" + SIG_ELLEN + "\n")
    m.add_attachment(inner, cte="7bit", filename="Inschrijving Stadsorganisaties in transitie.eml")
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Dirk Vermeulen", "Oostende", "algemeen directeur", "dirk.vermeulen@oostende.be")],
        False,
        "colleague forwards the original mail as an attachment (message/rfc822); body only 'zie bijlage'; "
        "labelled fields inside the attached message",
    )


@mail(9)
def m009():
    reply = """Naam: Kathleen Wouters
Stad / gemeente: Turnhout
Functie: beleidscoördinator personeel
E-mailadres: kathleen.wouters@turnhout.be

Groeten,
Kathleen"""
    body = (
        "Ter info, Linda. Ze antwoordde op mijn doorgestuurde uitnodiging.\n\nKoen\n\n"
        "Van: Kathleen Wouters <kathleen.wouters@turnhout.be>\n"
        "Verzonden: vrijdag 23 november 2018 15:51\n"
        "Aan: Koen De Smet <koen.desmet@kcvs.be>\n"
        "Onderwerp: RE: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december\n\n"
        + reply
        + "\n\n"
        "Van: Koen De Smet <koen.desmet@kcvs.be>\n"
        "Verzonden: vrijdag 23 november 2018 11:20\n"
        "Aan: Kathleen Wouters <kathleen.wouters@turnhout.be>\n"
        "Onderwerp: FW: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december\n\n"
        "Dag Kathleen, misschien iets voor jou?\n\n"
        "Van: Linda Boudry <linda.boudry@kcvs.be>\n"
        "Verzonden: maandag 5 november 2018 09:00\n"
        "Onderwerp: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december\n\n"
        + INVITATION
        + "\n"
    )
    m = outlook(
        "Koen De Smet <koen.desmet@kcvs.be>",
        LINDA,
        "FW: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december",
        "Fri, 23 Nov 2018 15:02:40 +0000",
        "kcvs.be",
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Kathleen Wouters",
                "Turnhout",
                "beleidscoördinator personeel",
                "kathleen.wouters@turnhout.be",
            )
        ],
        False,
        "colleague forwards a reply to the invitation: filled-in fields at the top of a three-level chain "
        "that ends with the invitation's empty template and Linda's own address",
    )


@mail(10)
def m010():
    body = (
        "Linda, voor jou. Het adres van de afzender is bij het doorsturen blijkbaar weggevallen, sorry.\n\n"
        "Sarah\n\n"
        "________________________________\n"
        "Van: Bart Hermans\n"
        "Verzonden: woensdag 28 november 2018 20:13\n"
        "Aan: Info KCVS\n"
        "Onderwerp: seminarie 7 december\n\n"
        "Goeieavond,\n\n"
        "Ik schrijf me graag in voor het seminarie: Bart Hermans, schepen van ICT en\n"
        "personeel in Lier.\n\n"
        "Bart\n"
    )
    m = outlook(
        "Sarah Claeys <sarah.claeys@kcvs.be>",
        LINDA,
        "FW: seminarie 7 december",
        "Thu, 29 Nov 2018 07:55:31 +0000",
        "kcvs.be",
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Bart Hermans", "Lier", "schepen van ICT en personeel", None)],
        True,
        "forwarded registration whose original sender address was lost ('Van: Bart Hermans' only) and the "
        "body gives none: the forwarding colleague's address is not his, so a person must find it",
    )


@mail(11)
def m011():
    orig = """Dag,

Mijn collega Joris Van Damme had zich ingeschreven voor het seminarie van
7 december, maar hij kan helaas niet. Ik kom in zijn plaats.

Eva Moens
teamcoach personeelsbeleid
Stad Sint-Niklaas"""
    body = (
        "Linda, een vervanging, voor jou.\n\nSarah\n\n"
        "________________________________\n"
        "Van: Eva Moens <eva.moens@sint-niklaas.be>\n"
        "Verzonden: maandag 26 november 2018 14:27\n"
        "Aan: info@kcvs.be\n"
        "Onderwerp: vervanging seminarie 7/12\n\n" + orig + "\n"
    )
    m = outlook(
        "Sarah Claeys <sarah.claeys@kcvs.be>",
        LINDA,
        "FW: vervanging seminarie 7/12",
        "Mon, 26 Nov 2018 14:40:12 +0000",
        "kcvs.be",
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Eva Moens", "Sint-Niklaas", "teamcoach personeelsbeleid", "eva.moens@sint-niklaas.be")],
        True,
        "forwarded substitution: Eva comes instead of her registered colleague Joris (who should be "
        "cancelled): review as the contract asks",
    )


@mail(12)
def m012():
    body = (
        """Linda,

Griet Maes van stad Aalst belde net naar het secretariaat: ze wil zich graag
inschrijven voor het seminarie van 7 december. Ze is teamcoach HR.
Haar mailadres: griet.maes@aalst.be

Kan jij haar een bevestiging sturen?

Nathalie

"""
        + SIG_NATHALIE
    )
    m = outlook(
        "Nathalie Goossens <nathalie.goossens@kcvs.be>",
        LINDA,
        "telefonische inschrijving",
        "Wed, 21 Nov 2018 11:18:09 +0000",
        "kcvs.be",
    )
    text(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Griet Maes", "Aalst", "teamcoach HR", "griet.maes@aalst.be")],
        False,
        "colleague passes on a phone registration in her own words (name, town, function, address in prose); "
        "the colleague herself and her signature are not registrants",
    )


# ------------------------------------------------- group registrations by HR


@mail(13)
def m013():
    csv = (
        "\ufeffNaam;Stad;Functie;E-mail\r\n"
        "Lieven De Cock;Gent;directeur HR;lieven.decock@stad.gent\r\n"
        "Sofie Van Hecke;Gent;adviseur organisatieontwikkeling;sofie.vanhecke@stad.gent\r\n"
        "Mehdi El Amrani;Gent;HR-consultant;mehdi.elamrani@stad.gent\r\n"
        "Joke Verhaeghe;Gent;schepen van personeel;joke.verhaeghe@stad.gent\r\n"
    )
    m = outlook(
        "Ine Baert <ine.baert@stad.gent>",
        LINDA,
        "Inschrijvingen seminarie 7 december - Stad Gent",
        "Mon, 26 Nov 2018 09:03:27 +0000",
        "stad.gent",
        attach=True,
        recv=[
            received(
                "mail-am5eur03lp0112.outbound.protection.outlook.com",
                "104.47.8.112",
                "Mon, 26 Nov 2018 10:03:30 +0100",
            )
        ],
    )
    alt(
        m,
        "Goedemorgen,\n\nIn bijlage de inschrijvingen.\n\nMet vriendelijke groeten,\n\n"
        "Ine Baert\nadministratief medewerker\nDepartement HR\nStad Gent\n",
    )
    m.add_attachment(
        csv.encode("utf-8"),
        maintype="text",
        subtype="csv",
        filename="inschrijvingen seminarie KCVS.csv",
        params={"charset": "utf-8"},
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R("Lieven De Cock", "Gent", "directeur HR", "lieven.decock@stad.gent"),
            R(
                "Sofie Van Hecke",
                "Gent",
                "adviseur organisatieontwikkeling",
                "sofie.vanhecke@stad.gent",
            ),
            R("Mehdi El Amrani", "Gent", "HR-consultant", "mehdi.elamrani@stad.gent"),
            R("Joke Verhaeghe", "Gent", "schepen van personeel", "joke.verhaeghe@stad.gent"),
        ],
        False,
        "HR sends an attached CSV (text/csv, UTF-8 with BOM, ';', header Naam;Stad;Functie;E-mail, base64); body "
        "only 'In bijlage de inschrijvingen'; the HR sender is not a registrant",
    )


@mail(14)
def m014():
    txt = """INSCHRIJVINGEN SEMINARIE KCVS - 7 DECEMBER 2018
Stad Leuven

1) Naam: Katrien Janssens
   Functie: diensthoofd HR
   E-mail: katrien.janssens@leuven.be

2) Naam: Bert Van Roey
   Functie: projectleider digitale transformatie
   E-mail: bert.vanroey@leuven.be

3) Naam: Saskia Lemmens
   Functie: adjunct-algemeen directeur
   E-mail: saskia.lemmens@leuven.be
"""
    m = new(
        "Personeelsdienst Stad Leuven <personeel@leuven.be>",
        LINDA,
        "inschrijvingen Leuven",
        "Tue, 27 Nov 2018 14:45:00 +0100",
        mid("tb", "leuven.be"),
        recv=[received("smtp.leuven.be", "193.190.2.35", "Tue, 27 Nov 2018 14:45:03 +0100")],
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 "
                "Thunderbird/60.3.1",
            )
        ],
    )
    text(
        m,
        "Beste,\n\nIn bijlage de inschrijvingen van stad Leuven voor 7 december.\n\nGroeten\n"
        "Personeelsdienst Stad Leuven\n",
        cte="7bit",
    )
    m.add_attachment(
        txt,
        subtype="plain",
        charset="utf-8",
        cte="quoted-printable",
        filename="inschrijvingen_leuven.txt",
    )
    set_boundaries(m, "tb")
    return m, label(
        "registration",
        [
            R("Katrien Janssens", "Leuven", "diensthoofd HR", "katrien.janssens@leuven.be"),
            R(
                "Bert Van Roey",
                "Leuven",
                "projectleider digitale transformatie",
                "bert.vanroey@leuven.be",
            ),
            R("Saskia Lemmens", "Leuven", "adjunct-algemeen directeur", "saskia.lemmens@leuven.be"),
        ],
        False,
        "Thunderbird mail from the Leuven HR box with an attached .txt list (numbered blocks, town only in the list "
        "heading and the mail domain); the functional sender is not a registrant",
    )


@mail(15)
def m015():
    rows = [
        ["Naam", "Stad", "Functie", "E-mail"],
        ["Dirk Vanderhoydonck", "Hasselt", "algemeen directeur", "dirk.vanderhoydonck@hasselt.be"],
        ["Liesbeth Moors", "Hasselt", "diensthoofd personeel", "liesbeth.moors@hasselt.be"],
        ["Youssef Amrani", "Hasselt", "data-analist HR", "youssef.amrani@hasselt.be"],
    ]
    m = outlook(
        "Kim Lenaerts <kim.lenaerts@hasselt.be>",
        LINDA,
        "inschrijvingen seminarie",
        "Wed, 28 Nov 2018 10:11:52 +0000",
        "hasselt.be",
        attach=True,
        recv=[
            received(
                "mail-db5eur01lp2052.outbound.protection.outlook.com",
                "104.47.2.52",
                "Wed, 28 Nov 2018 11:11:55 +0100",
            )
        ],
    )
    alt(
        m,
        "Dag Linda,\n\nIn bijlage de inschrijvingen.\n\nGroeten,\nKim Lenaerts\nPersoneelsdienst\n",
    )
    m.add_attachment(
        xlsx(rows),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="Inschrijvingen KCVS 7 december.xlsx",
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Dirk Vanderhoydonck",
                "Hasselt",
                "algemeen directeur",
                "dirk.vanderhoydonck@hasselt.be",
            ),
            R("Liesbeth Moors", "Hasselt", "diensthoofd personeel", "liesbeth.moors@hasselt.be"),
            R("Youssef Amrani", "Hasselt", "data-analist HR", "youssef.amrani@hasselt.be"),
        ],
        True,
        "group registration only inside a binary Excel .xlsx attachment (registrants listed as they are in the "
        "sheet); body says only 'In bijlage de inschrijvingen': a person must open it",
    )


@mail(16)
def m016():
    rows = [
        ("Naam", "Stad", "Functie", "E-mail"),
        ("Veerle Van den Bossche", "Mechelen", "HR-manager", "veerle.vandenbossche@mechelen.be"),
        (
            "Kristof Geerts",
            "Mechelen",
            "coördinator organisatiebeheersing",
            "kristof.geerts@mechelen.be",
        ),
        ("Amira Benali", "Mechelen", "schepen van personeel", "amira.benali@mechelen.be"),
    ]
    plain = (
        "Beste Linda,\n\nHieronder de inschrijvingen van stad Mechelen voor het seminarie van "
        "7 december.\n\n"
        + "\n".join("\t".join(r) for r in rows)
        + "\n\nMet vriendelijke groeten,\n\nJolien Wouters\nteam HR\nStad Mechelen\n"
    )
    tr = []
    for i, r in enumerate(rows):
        tag = "b" if i == 0 else "span"
        tr.append(
            "<tr>"
            + "".join(
                '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
                "<%s>%s</%s></p></td>" % (tag, html.escape(c), tag)
                for c in r
            )
            + "</tr>"
        )
    hb = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body lang="NL-BE"><div class="WordSection1"><p class="MsoNormal">Beste Linda,</p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Hieronder de inschrijvingen van stad Mechelen '
        'voor het seminarie van 7 december.</p><p class="MsoNormal">&nbsp;</p>'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
        + "\n".join(tr)
        + '</table><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Met vriendelijke groeten,'
        '</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Jolien Wouters<br>team HR<br>Stad Mechelen</p>'
        "</div></body></html>\n"
    )
    m = outlook(
        "Jolien Wouters <jolien.wouters@mechelen.be>",
        LINDA,
        "Inschrijvingen Mechelen 7/12",
        "Thu, 29 Nov 2018 13:25:40 +0000",
        "mechelen.be",
    )
    alt(m, plain, html_body=hb)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Veerle Van den Bossche",
                "Mechelen",
                "HR-manager",
                "veerle.vandenbossche@mechelen.be",
            ),
            R(
                "Kristof Geerts",
                "Mechelen",
                "coördinator organisatiebeheersing",
                "kristof.geerts@mechelen.be",
            ),
            R("Amira Benali", "Mechelen", "schepen van personeel", "amira.benali@mechelen.be"),
        ],
        False,
        "table pasted in the body: tab-separated in text/plain, Word <table> in text/html; header row "
        "Naam/Stad/Functie/E-mail; HR sender signs below and is not a registrant",
    )


@mail(17)
def m017():
    csv = (
        "Naam;Stad;Functie;E-mail\r\n"
        "Stéphanie Vanneste;Stad Roeselare;coördinator welzijn;stephanie.vanneste@roeselare.be\r\n"
        'Frédéric D\'hondt;Stad Roeselare;"beleidsmedewerker personeel; verloning";frederic.dhondt@roeselare.be\r\n'
        "Ann-Sophie Callewaert;Stad Roeselare;diensthoofd HR;ann-sophie.callewaert@roeselare.be\r\n"
        ";;;\r\n"
    )
    m = outlook(
        "Lore Vandekerckhove <lore.vandekerckhove@roeselare.be>",
        LINDA,
        "inschrijvingen",
        "Fri, 30 Nov 2018 11:02:14 +0000",
        "roeselare.be",
        attach=True,
    )
    text(m, "in bijlage de inschrijvingen\n\nLore Vandekerckhove\nHR Roeselare\n", cte="7bit")
    m.add_attachment(
        csv.encode("windows-1252"),
        maintype="text",
        subtype="csv",
        filename="deelnemers_roeselare.csv",
        params={"charset": "windows-1252"},
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Stéphanie Vanneste",
                "Roeselare",
                "coördinator welzijn",
                "stephanie.vanneste@roeselare.be",
            ),
            R(
                "Frédéric D'hondt",
                "Roeselare",
                "beleidsmedewerker personeel; verloning",
                "frederic.dhondt@roeselare.be",
            ),
            R(
                "Ann-Sophie Callewaert",
                "Roeselare",
                "diensthoofd HR",
                "ann-sophie.callewaert@roeselare.be",
            ),
        ],
        False,
        "attached CSV in windows-1252 with accents, 'Stad Roeselare' in the Stad column, a quoted field containing "
        "';' and an empty trailing ';;;' row; plain body 'in bijlage de inschrijvingen'",
    )


@mail(18)
def m018():
    csv = (
        "Naam;Stad;Functie;E-mail\r\n"
        "Hans Verbeke;Sint-Niklaas;algemeen directeur;hans.verbeke@sint-niklaas.be\r\n"
        "Lies Wouters;Sint-Niklaas;HR-adviseur;lies.wouters@sint-niklaas.be\r\n"
        "Karim Ouali;Sint-Niklaas;teamleider personeelsadministratie;karim.ouali@sint-niklaas.be\r\n"
    )
    m = outlook(
        "Nele Baeten <nele.baeten@sint-niklaas.be>",
        LINDA,
        "inschrijvingen Sint-Niklaas",
        "Wed, 28 Nov 2018 15:36:21 +0000",
        "sint-niklaas.be",
        attach=True,
    )
    alt(
        m,
        "Dag Linda,\n\nIn bijlage de inschrijvingen. Opgelet: Lies Wouters moet nog bevestigen of ze "
        "vrij is, die mag je voorlopig nog niet inschrijven. Ik laat het je weten.\n\n"
        "Groeten,\nNele Baeten\nDienst personeel en organisatie\n",
    )
    m.add_attachment(
        csv, subtype="csv", charset="utf-8", cte="base64", filename="inschrijvingen.csv"
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R("Hans Verbeke", "Sint-Niklaas", "algemeen directeur", "hans.verbeke@sint-niklaas.be"),
            R(
                "Karim Ouali",
                "Sint-Niklaas",
                "teamleider personeelsadministratie",
                "karim.ouali@sint-niklaas.be",
            ),
        ],
        True,
        "attached CSV of three, but the body says one of them (Lies Wouters) must not be registered yet: "
        "a person must act; labelled with the two who are meant",
    )


@mail(19)
def m019():
    txt = (
        "Deelnemers stad Antwerpen - seminarie KCVS 7 december\r\n"
        "\r\n"
        "Els Wuyts | bedrijfsdirecteur personeel | els.wuyts@antwerpen.be\r\n"
        "Nabil Azzouzi | talentmanager | nabil.azzouzi@antwerpen.be\r\n"
        "Gert Peeters | adviseur verandermanagement | gert.peeters@antwerpen.be\r\n"
    )
    m = new(
        "Ilse Van Dyck <ilse.vandyck@antwerpen.be>",
        LINDA,
        "Seminarie 7/12: deelnemers Antwerpen",
        "Thu, 29 Nov 2018 16:04:45 +0100",
        mid("apple", "antwerpen.be"),
        recv=[
            received("smtp-out.antwerpen.be", "195.130.153.7", "Thu, 29 Nov 2018 16:04:49 +0100")
        ],
        extra=[("X-Mailer", "Microsoft Outlook for Mac 16.19 (181109)")],
    )
    text(
        m,
        "Dag Linda,\n\nIn bijlage de inschrijvingen van onze dienst.\n\nVriendelijke groet,\nIlse Van Dyck\n"
        "Personeel & Organisatie | Stad Antwerpen\n",
        cte="7bit",
    )
    m.add_attachment(
        txt.encode("ascii"),
        maintype="application",
        subtype="octet-stream",
        filename="deelnemers.txt",
    )
    set_boundaries(m, "apple")
    return m, label(
        "registration",
        [
            R("Els Wuyts", "Antwerpen", "bedrijfsdirecteur personeel", "els.wuyts@antwerpen.be"),
            R("Nabil Azzouzi", "Antwerpen", "talentmanager", "nabil.azzouzi@antwerpen.be"),
            R(
                "Gert Peeters",
                "Antwerpen",
                "adviseur verandermanagement",
                "gert.peeters@antwerpen.be",
            ),
        ],
        False,
        "Outlook for Mac attaches a plain .txt list as application/octet-stream (filename deelnemers.txt), "
        "'name | function | address' lines; town from the list title and the mail domain",
    )


@mail(20)
def m020():
    lines = [
        "Stad Kortrijk - inschrijvingen seminarie KCVS 7/12/2018",
        "",
        "Naam                Functie                         E-mail",
        "Ruben Declercq      adviseur organisatieontwikkeling  ruben.declercq@kortrijk.be",
        "Evelien Callens     HR-manager                      evelien.callens@kortrijk.be",
    ]
    m = outlook(
        "Sigrid Maertens <sigrid.maertens@kortrijk.be>",
        LINDA,
        "inschrijvingen Kortrijk",
        "Fri, 30 Nov 2018 09:47:03 +0000",
        "kortrijk.be",
        attach=True,
    )
    alt(m, "Beste,\n\nIn bijlage de inschrijvingen (pdf).\n\nMvg\nSigrid Maertens\n")
    m.add_attachment(
        pdf(lines), maintype="application", subtype="pdf", filename="inschrijvingen_kortrijk.pdf"
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Ruben Declercq",
                "Kortrijk",
                "adviseur organisatieontwikkeling",
                "ruben.declercq@kortrijk.be",
            ),
            R("Evelien Callens", "Kortrijk", "HR-manager", "evelien.callens@kortrijk.be"),
        ],
        True,
        "group registration only in a binary PDF attachment; body 'In bijlage de inschrijvingen (pdf)': "
        "a person must open it",
    )


# ------------------------------------------------- attached .eml and vCards


@mail(21)
def m021():
    inner = new(
        "Hilde Verlinden <hilde.verlinden@geel.be>",
        "Martine Cools <martine.cools@geel.be>",
        "inschrijving KCVS 7/12",
        "Mon, 19 Nov 2018 18:22:10 +0100",
        mid("outlook", "geel.be"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    text(
        inner,
        """Martine,

Kan jij mij inschrijven voor het seminarie van KCVS op 7 december in
Antwerpen? Zie hieronder mijn gegevens.

Naam: Hilde Verlinden
Stad: Geel
Functie: burgemeester
E-mail: hilde.verlinden@geel.be

Dank je,
Hilde
""",
        cte="7bit",
    )
    m = outlook(
        "Martine Cools <martine.cools@geel.be>",
        LINDA,
        "inschrijving burgemeester Geel",
        "Tue, 20 Nov 2018 08:40:26 +0000",
        "geel.be",
        attach=True,
    )
    alt(
        m,
        "Geachte mevrouw Boudry,\n\nIn bijlage vindt u de inschrijving van onze burgemeester voor het "
        "seminarie van 7 december.\n\nMet vriendelijke groeten,\n\nMartine Cools\nsecretariaat burgemeester\n"
        "Stad Geel\n",
    )
    m.add_attachment(inner, cte="7bit", filename="inschrijving KCVS 7-12.eml")
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Hilde Verlinden", "Geel", "burgemeester", "hilde.verlinden@geel.be")],
        False,
        "the mayor's secretary attaches the mayor's own mail (message/rfc822) with labelled fields; the "
        "secretary (sender) is not a registrant",
    )


@mail(22)
def m022():
    vc = vcard(
        [
            "N:Van Rompaey;Leen;;;",
            "FN:Leen Van Rompaey",
            "ORG:Gemeente Zemst;Personeelsdienst",
            "TITLE:beleidsmedewerker personeel",
            "TEL;TYPE=WORK,VOICE:+32 15 00 00 00",
            "EMAIL;TYPE=INTERNET,WORK:leen.vanrompaey@zemst.be",
            "ADR;TYPE=WORK:;;Gemeenteplein 1;Zemst;;1980;België",
            "REV:2018-11-20T09:00:00Z",
        ]
    )
    m = new(
        "Leen Van Rompaey <leen.vanrompaey@zemst.be>",
        LINDA,
        "seminarie 7 december",
        "Tue, 20 Nov 2018 12:03:33 +0100",
        mid("tb", "zemst.be"),
        recv=[received("mail.zemst.be", "91.183.60.21", "Tue, 20 Nov 2018 12:03:36 +0100")],
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; WOW64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            )
        ],
    )
    text(
        m,
        "Dag Linda,\n\nIk kom graag naar het seminarie op 7 december. Mijn gegevens vind je in de "
        "bijlage.\n\nLeen\n",
    )
    m.add_attachment(
        vc,
        subtype="vcard",
        charset="utf-8",
        cte="quoted-printable",
        filename="leen_van_rompaey.vcf",
    )
    set_boundaries(m, "tb")
    return m, label(
        "registration",
        [R("Leen Van Rompaey", "Zemst", "beleidsmedewerker personeel", "leen.vanrompaey@zemst.be")],
        False,
        "function and municipality only in an attached vCard (ORG 'Gemeente Zemst;Personeelsdienst', "
        "TITLE); body just 'mijn gegevens vind je in de bijlage'",
    )


@mail(23)
def m023():
    vc = vcard(
        [
            "N:Deprez;Filip;;ir.;",
            "FN:ir. Filip Deprez",
            "ORG:Stad Ieper",
            "TITLE:algemeen directeur",
            "EMAIL;TYPE=INTERNET:filip.deprez@ieper.be",
            "TEL;TYPE=WORK:+32 57 00 00 00",
        ]
    )
    m = outlook(
        "Sandra Debaene <sandra.debaene@ieper.be>",
        LINDA,
        "inschrijving algemeen directeur",
        "Mon, 26 Nov 2018 13:15:08 +0000",
        "ieper.be",
        attach=True,
    )
    alt(
        m,
        "Beste,\n\nGraag een inschrijving voor onze algemeen directeur voor het seminarie van "
        "7 december. Zijn contactgegevens vindt u in bijlage.\n\nMvg,\nSandra Debaene\nsecretariaat\n",
    )
    m.add_attachment(
        vc.encode("utf-8"), maintype="text", subtype="x-vcard", filename="Filip Deprez.vcf"
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Filip Deprez", "Ieper", "algemeen directeur", "filip.deprez@ieper.be")],
        False,
        "secretary registers her director; his data only in an attached vCard (text/x-vcard, base64, "
        "'ir.' prefix in N/FN); the secretary is not a registrant",
    )


@mail(24)
def m024():
    v1 = vcard(
        [
            "N:Claes;Bram;;;",
            "FN:Bram Claes",
            "ORG:Stad Tienen;Personeelsdienst",
            "TITLE:diensthoofd personeel",
            "EMAIL;TYPE=WORK:bram.claes@tienen.be",
        ]
    )
    v2 = vcard(
        [
            "N:Stevens;Nele;;;",
            "FN:Nele Stevens",
            "ORG:Stad Tienen;Personeelsdienst",
            "TITLE:HR-adviseur",
            "EMAIL;TYPE=WORK:nele.stevens@tienen.be",
        ]
    )
    m = outlook(
        "Bram Claes <bram.claes@tienen.be>",
        LINDA,
        "Seminarie 7/12",
        "Tue, 27 Nov 2018 10:20:55 +0000",
        "tienen.be",
        attach=True,
    )
    alt(
        m,
        "Hallo,\n\nWij komen met twee naar het seminarie: ikzelf en mijn collega. Onze visitekaartjes "
        "zitten in bijlage.\n\nBram\n",
    )
    m.add_attachment(
        v1.encode("utf-8"), maintype="text", subtype="x-vcard", filename="Bram Claes.vcf"
    )
    m.add_attachment(
        v2.encode("utf-8"), maintype="text", subtype="x-vcard", filename="Nele Stevens.vcf"
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R("Bram Claes", "Tienen", "diensthoofd personeel", "bram.claes@tienen.be"),
            R("Nele Stevens", "Tienen", "HR-adviseur", "nele.stevens@tienen.be"),
        ],
        False,
        "two vCard attachments ('visitekaartjes'), one for the sender and one for his colleague; body names neither "
        "function nor colleague",
    )


# ------------------------------------------------- via VVSG / province contacts


@mail(25)
def m025():
    body = """Dag Linda,

Enkele kleinere gemeenten vroegen me of ze mee mogen naar jullie seminarie.
Kan jij deze mensen inschrijven?

- Marc Peeters, algemeen directeur, gemeente Herent (marc.peeters@herent.be)
- Sanne Maes, HR-verantwoordelijke, gemeente Kapellen (sanne.maes@kapellen.be)
- Johan Wauters, schepen van personeel, gemeente Bocholt (johan.wauters@bocholt.be)

Alvast bedankt!
Ilse

Ilse Wouters
adviseur personeel en organisatie
VVSG - Vereniging van Vlaamse Steden en Gemeenten
ilse.wouters@vvsg.be"""
    m = outlook(
        "Ilse Wouters <ilse.wouters@vvsg.be>",
        LINDA,
        "inschrijvingen seminarie 7/12 via VVSG",
        "Wed, 21 Nov 2018 14:50:17 +0000",
        "vvsg.be",
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R("Marc Peeters", "Herent", "algemeen directeur", "marc.peeters@herent.be"),
            R("Sanne Maes", "Kapellen", "HR-verantwoordelijke", "sanne.maes@kapellen.be"),
            R("Johan Wauters", "Bocholt", "schepen van personeel", "johan.wauters@bocholt.be"),
        ],
        False,
        "VVSG contact: 'kan jij deze mensen inschrijven?' with a bullet list (name, function, 'gemeente X', address "
        "in brackets); the VVSG sender is not a registrant",
    )


@mail(26)
def m026():
    orig = """Dag Griet,

Onze algemeen directeur en ikzelf willen graag naar het seminarie van KCVS in
Antwerpen. Kan jij dat doorgeven?

Naam: Peter Schepers
Functie: personeelsverantwoordelijke
E-mail: peter.schepers@maasmechelen.be

Naam: Ann Jacobs
Functie: algemeen directeur
E-mail: ann.jacobs@maasmechelen.be

Gemeente Maasmechelen

Groeten
Peter"""
    body = (
        "Hoi Linda,\n\nkan jij deze mensen inschrijven? Ze vroegen het via ons.\n\nGroetjes\nGriet\n\n"
        "Griet Vanhoutte\nProvincie Limburg - dienst lokale besturen\n\n"
        "Van: Peter Schepers <peter.schepers@maasmechelen.be>\n"
        "Verzonden: dinsdag 20 november 2018 09:31\n"
        "Aan: Griet Vanhoutte <griet.vanhoutte@limburg.be>\n"
        "Onderwerp: seminarie KCVS\n\n" + orig + "\n"
    )
    m = outlook(
        "Griet Vanhoutte <griet.vanhoutte@limburg.be>",
        LINDA,
        "FW: seminarie KCVS",
        "Tue, 20 Nov 2018 10:02:44 +0000",
        "limburg.be",
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Peter Schepers",
                "Maasmechelen",
                "personeelsverantwoordelijke",
                "peter.schepers@maasmechelen.be",
            ),
            R("Ann Jacobs", "Maasmechelen", "algemeen directeur", "ann.jacobs@maasmechelen.be"),
        ],
        False,
        "province contact forwards a municipality's mail with 'kan jij deze mensen inschrijven?'; two labelled "
        "blocks without a town line, town given once below them ('Gemeente Maasmechelen')",
    )


@mail(27)
def m027():
    body = """Dag Linda,

Kan jij deze mensen inschrijven voor 7 december?

  * Lut Desmet, schepen van personeel, Poperinge
  * Koen Vandenbussche, algemeen directeur, Diksmuide

Hun e-mailadressen heb ik niet bij de hand; ze nemen zelf contact op als er
nog iets nodig is.

Groet,
Stefaan Dewitte
Provincie West-Vlaanderen
stefaan.dewitte@west-vlaanderen.be"""
    m = new(
        "Stefaan Dewitte <stefaan.dewitte@west-vlaanderen.be>",
        LINDA,
        "inschrijving 2 personen",
        "Thu, 22 Nov 2018 16:27:31 +0100",
        mid("tb", "west-vlaanderen.be"),
        recv=[
            received("smtp.west-vlaanderen.be", "193.191.172.11", "Thu, 22 Nov 2018 16:27:35 +0100")
        ],
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            )
        ],
    )
    text(m, body, cte="7bit")
    set_boundaries(m, "tb")
    return m, label(
        "registration",
        [
            R("Lut Desmet", "Poperinge", "schepen van personeel", None),
            R("Koen Vandenbussche", "Diksmuide", "algemeen directeur", None),
        ],
        False,
        "province contact registers two people without their addresses: email null for both (the sender's "
        "address is not theirs)",
    )


@mail(28)
def m028():
    body = """Dag Linda,

Ik kom zelf ook graag naar het seminarie. Kan jij deze mensen inschrijven:

Tine Goris - Provincie Antwerpen - stafmedewerker lokale besturen - tine.goris@provincieantwerpen.be
Wouter Smets - Herentals - algemeen directeur - wouter.smets@herentals.be
Lotte Geens - Mol - HR-coördinator - lotte.geens@gemeentemol.be

Bedankt!
Tine"""
    m = outlook(
        "Tine Goris <tine.goris@provincieantwerpen.be>",
        LINDA,
        "inschrijvingen 7 december",
        "Mon, 26 Nov 2018 15:44:09 +0000",
        "provincieantwerpen.be",
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Tine Goris",
                "Provincie Antwerpen",
                "stafmedewerker lokale besturen",
                "tine.goris@provincieantwerpen.be",
            ),
            R("Wouter Smets", "Herentals", "algemeen directeur", "wouter.smets@herentals.be"),
            R("Lotte Geens", "Mol", "HR-coördinator", "lotte.geens@gemeentemol.be"),
        ],
        False,
        "province contact registers herself ('ik kom zelf ook') and two municipal people, dash-separated lines; "
        "her organisation is a province, kept as written",
    )


# ------------------------------------------------- direct registrations


@mail(29)
def m029():
    m = new(
        "Dries Van de Velde <dries.vandevelde@stad.gent>",
        LINDA,
        "Inschrijving seminarie 7 december",
        "Thu, 08 Nov 2018 09:12:44 +0100",
        mid("tb", "stad.gent"),
        recv=[received("mail.stad.gent", "193.191.180.5", "Thu, 08 Nov 2018 09:12:47 +0100")],
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 "
                "Thunderbird/60.2.1",
            )
        ],
    )
    text(
        m,
        """Beste Linda,

Graag schrijf ik mij in.

Naam: Dries Van de Velde
Stad / gemeente: Gent
Functie: projectleider organisatieontwikkeling
E-mailadres: dries.vandevelde@stad.gent

Groeten,
Dries
""",
        cte="7bit",
    )
    set_boundaries(m, "tb")
    return m, label(
        "registration",
        [
            R(
                "Dries Van de Velde",
                "Gent",
                "projectleider organisatieontwikkeling",
                "dries.vandevelde@stad.gent",
            )
        ],
        False,
        "plain direct registration with the four labelled fields (contrast case)",
    )


@mail(30)
def m030():
    hb = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        "<p>Goedemiddag,</p><p>Hierbij mijn inschrijving:</p>"
        '<table border="0" cellpadding="2">'
        "<tr><td><b>Naam</b></td><td>Mevr. Nadia Bouzid</td></tr>"
        "<tr><td><b>Stad / gemeente</b></td><td>Stad Antwerpen</td></tr>"
        "<tr><td><b>Functie</b></td><td>HR-businesspartner</td></tr>"
        '<tr><td><b>E-mailadres</b></td><td><a href="mailto:nadia.bouzid@antwerpen.be">nadia.bouzid@antwerpen.be'
        "</a></td></tr></table><p>Vriendelijke groet,<br>Nadia Bouzid</p></body></html>\n"
    )
    m = new(
        "Nadia Bouzid <nadia.bouzid@antwerpen.be>",
        LINDA,
        "inschrijving",
        "Fri, 09 Nov 2018 12:31:05 +0100",
        mid("", "antwerpen.be"),
        recv=[
            received("smtp-out.antwerpen.be", "195.130.153.7", "Fri, 09 Nov 2018 12:31:09 +0100")
        ],
        extra=[("X-Mailer", "IBM Notes Release 9.0.1FP10 HF383")],
    )
    m.set_content(hb, subtype="html", charset="utf-8", cte="quoted-printable")
    return m, label(
        "registration",
        [R("Nadia Bouzid", "Antwerpen", "HR-businesspartner", "nadia.bouzid@antwerpen.be")],
        False,
        "HTML-only mail, fields in a two-column table; 'Mevr.' dropped, 'Stad Antwerpen' -> Antwerpen",
    )


@mail(31)
def m031():
    m = outlook(
        "Jelle Debruyne <Jelle.Debruyne@Kortrijk.be>",
        LINDA,
        "seminarie stadsorganisaties",
        "Mon, 12 Nov 2018 08:44:19 +0000",
        "kortrijk.be",
    )
    alt(
        m,
        "Dag Linda,\n\nGraag schrijf ik me in voor het seminarie op 7 december. Ik kijk ernaar uit.\n\n"
        "Met vriendelijke groet,\n\nJelle Debruyne\nbeleidsadviseur personeel & organisatie\n"
        "T 056 00 00 00\n",
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Jelle Debruyne",
                "Kortrijk",
                "beleidsadviseur personeel & organisatie",
                "jelle.debruyne@kortrijk.be",
            )
        ],
        False,
        "prose registration, function only in the signature, town only from the mail domain "
        "(Jelle.Debruyne@Kortrijk.be, mixed case -> lower-case)",
    )


@mail(32)
def m032():
    m = new(
        "Joëlle Mertens <joelle.mertens@sint-pieters-leeuw.be>",
        LINDA,
        "Inschrijving – seminarie 7/12",
        "Wed, 14 Nov 2018 16:02:37 +0100",
        mid("", "sint-pieters-leeuw.be"),
        recv=[
            received("mx.sint-pieters-leeuw.be", "81.246.77.2", "Wed, 14 Nov 2018 16:02:41 +0100")
        ],
        extra=[("X-Mailer", "Zimbra 8.8.9_GA_3019 (ZimbraWebClient - FF63 (Win)/8.8.9_GA_3019)")],
    )
    alt(
        m,
        "Beste,\n\nIk schrijf me graag in voor ‘Stadsorganisaties in transitie’.\n\n"
        "Naam : Joëlle Mertens\nGemeente : Sint-Pieters-Leeuw\nFunctie : coördinator interne dienstverlening\n"
        "E-mail : joelle.mertens@sint-pieters-leeuw.be\n\nMet vriendelijke groeten,\nJoëlle\n",
        font="Arial",
    )
    return m, label(
        "registration",
        [
            R(
                "Joëlle Mertens",
                "Sint-Pieters-Leeuw",
                "coördinator interne dienstverlening",
                "joelle.mertens@sint-pieters-leeuw.be",
            )
        ],
        False,
        "UTF-8 quoted-printable with ë and typographic quotes, RFC 2047 From and Subject, "
        "'Naam :' with a space before the colon",
    )


@mail(33)
def m033():
    body = (
        "Naam: Geert Vandamme\nStad / gemeente: Oudenaarde\nFunctie: algemeen directeur\n"
        "E-mailadres: geert.vandamme@oudenaarde.be\n\n"
        "Van: Linda Boudry <linda.boudry@kcvs.be>\n"
        "Verzonden: maandag 5 november 2018 09:00\n"
        "Aan: Linda Boudry <linda.boudry@kcvs.be>\n"
        "Onderwerp: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december\n\n"
        + INVITATION
        + "\n"
    )
    m = outlook(
        "Geert Vandamme <geert.vandamme@oudenaarde.be>",
        LINDA,
        "RE: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december",
        "Tue, 06 Nov 2018 07:58:12 +0000",
        "oudenaarde.be",
    )
    m["In-Reply-To"] = (
        "<VI1PR0601MB2141D8A3C2B1F0E9A7C4B5D2E3F41@VI1PR0601MB2141.eurprd06.prod.outlook.com>"
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Geert Vandamme", "Oudenaarde", "algemeen directeur", "geert.vandamme@oudenaarde.be")],
        False,
        "Outlook reply: filled-in template above the quoted invitation with its empty template",
    )


@mail(34)
def m034():
    m = new(
        "Sara Vermeersch <sara.vermeersch@brugge.be>",
        LINDA,
        "nog inschrijven 7/12?",
        "Tue, 04 Dec 2018 08:15:40 +0100",
        mid("gmail", ""),
        recv=[
            received("mail-wm1-f45.google.com", "209.85.128.45", "Tue, 04 Dec 2018 08:15:43 +0100")
        ],
    )
    alt(
        m,
        "Dag Linda,\n\nIk weet dat de inschrijvingen zondag afgesloten werden, maar is het toch nog mogelijk om "
        "erbij te zijn? Dan schrijf ik me bij deze in.\n\nSara Vermeersch\nstafmedewerker HR\nStad Brugge\n",
        font="arial",
    )
    set_boundaries(m, "gmail")
    return m, label(
        "registration",
        [R("Sara Vermeersch", "Brugge", "stafmedewerker HR", "sara.vermeersch@brugge.be")],
        False,
        "late registration after the 2 December deadline: still a registration (lateness is the worker's "
        "policy); Google-hosted city mail",
    )


@mail(35)
def m035():
    m = outlook(
        "Tim Jaspers <tim.jaspers@hasselt.be>",
        LINDA,
        "inschrijving + vraag",
        "Thu, 15 Nov 2018 19:07:33 +0000",
        "hasselt.be",
    )
    alt(
        m,
        "Goedenavond,\n\nNaam: Tim Jaspers\nStad: Hasselt\nFunctie: schepen van personeel en ICT\n"
        "E-mail: tim.jaspers@hasselt.be\n\nKan ik ergens in de buurt van de Permeke parkeren, of raadt u de "
        "trein aan?\n\nMvg\nTim Jaspers\n",
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [R("Tim Jaspers", "Hasselt", "schepen van personeel en ICT", "tim.jaspers@hasselt.be")],
        True,
        "registration plus a parking question: registration, question to review",
    )


@mail(36)
def m036():
    m = outlook(
        "Caroline Dierickx <caroline.dierickx@dendermonde.be>",
        LINDA,
        "inschrijving schepen Van Hoecke",
        "Fri, 16 Nov 2018 10:55:02 +0000",
        "dendermonde.be",
    )
    alt(
        m,
        "Beste mevrouw Boudry,\n\nNamens schepen Luc Van Hoecke schrijf ik hem graag in voor het seminarie.\n\n"
        "Naam: Luc Van Hoecke\nGemeente: Dendermonde\nFunctie: schepen van personeel\n"
        "E-mail: luc.vanhoecke@dendermonde.be\n\nMet vriendelijke groeten,\nCaroline Dierickx\n"
        "secretariaat college van burgemeester en schepenen\n",
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R(
                "Luc Van Hoecke",
                "Dendermonde",
                "schepen van personeel",
                "luc.vanhoecke@dendermonde.be",
            )
        ],
        False,
        "secretary registers her alderman directly in the body; only he is registered",
    )


@mail(37)
def m037():
    m = outlook(
        "Elke Maes <elke.maes@lier.be>",
        LINDA,
        "inschrijving seminarie",
        "Mon, 19 Nov 2018 09:30:48 +0000",
        "lier.be",
        cc="Tom Verbist <tom.verbist@lier.be>",
    )
    alt(
        m,
        "Dag Linda,\n\nIk schrijf me graag in voor 7 december, samen met mijn collega Tom Verbist (in cc). "
        "Ik ben diensthoofd HR, Tom is preventieadviseur. We werken allebei voor stad Lier.\n\n"
        "Groeten,\nElke Maes\n",
    )
    set_boundaries(m, "outlook")
    return m, label(
        "registration",
        [
            R("Elke Maes", "Lier", "diensthoofd HR", "elke.maes@lier.be"),
            R("Tom Verbist", "Lier", "preventieadviseur", "tom.verbist@lier.be"),
        ],
        False,
        "sender plus a colleague 'in cc' whose address is only in the Cc header",
    )


@mail(38)
def m038():
    m = new(
        "Mieke De Bruyne <miekedebruyne@gmail.com>",
        LINDA,
        "Inschrijving",
        "Sat, 24 Nov 2018 21:48:06 +0100",
        mid("gmail", ""),
        recv=[
            received("mail-ed1-f49.google.com", "209.85.208.49", "Sat, 24 Nov 2018 21:48:09 +0100")
        ],
    )
    alt(
        m,
        "Beste,\n\nNaam: Mieke De Bruyne\nStad: Ninove\nFunctie: gemeenteraadslid\n"
        "E-mail: miekedebruyne@gmail.com\n\nVriendelijke groeten,\nMieke\n\nVerzonden vanaf mijn iPhone\n",
        font="arial",
    )
    set_boundaries(m, "gmail")
    return m, label(
        "registration",
        [R("Mieke De Bruyne", "Ninove", "gemeenteraadslid", "miekedebruyne@gmail.com")],
        False,
        "council member registers from a private Gmail address; town only in the field",
    )


# ------------------------------------------------- other mail


@mail(39)
def m039():
    body = """VVSG-nieuwsbrief Personeel & Organisatie - november 2018

In deze editie
- Nieuwe rechtspositieregeling: de stand van zaken
- Agenda

Agenda
- 29 november: lerend netwerk HR-directeurs, Brussel
- 7 december: seminarie 'Stadsorganisaties in transitie' (Kenniscentrum
  Vlaamse Steden), Permeke, Antwerpen. Inschrijven tot 2 december bij
  linda.boudry@kcvs.be met naam, stad / gemeente, functie en e-mailadres.
- 13 december: infosessie arbeidsrecht, Gent

Je ontvangt deze nieuwsbrief omdat je ingeschreven bent op de VVSG-nieuwsbrieven.
Uitschrijven: https://www.vvsg.be/nieuwsbrief/uitschrijven"""
    m = new(
        "VVSG Nieuwsbrief <nieuwsbrief@vvsg.be>",
        LINDA,
        "Nieuwsbrief Personeel & Organisatie - november 2018",
        "Thu, 22 Nov 2018 07:00:12 +0100",
        mid("", "mail.vvsg.be"),
        ret="bounce-%s@mail.vvsg.be" % rhex(10),
        recv=[received("mail.vvsg.be", "185.41.28.30", "Thu, 22 Nov 2018 07:00:15 +0100")],
        extra=[
            ("List-Id", "VVSG Personeel en Organisatie <po.nieuwsbrief.vvsg.be>"),
            (
                "List-Unsubscribe",
                "<https://www.vvsg.be/nieuwsbrief/uitschrijven>, <mailto:unsubscribe@mail.vvsg.be>",
            ),
            ("Precedence", "bulk"),
        ],
    )
    alt(m, body, font="Verdana")
    return m, label(
        "other",
        [],
        False,
        "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) whose agenda mentions the seminar and "
        "the registration fields",
    )


@mail(40)
def m040():
    m = new(
        "Hilde Coppens <hilde.coppens@zele.be>",
        LINDA,
        "Automatisch antwoord: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december",
        "Mon, 05 Nov 2018 09:00:41 +0100",
        mid("outlook", "zele.be"),
        recv=[received("mail.zele.be", "91.183.61.7", "Mon, 05 Nov 2018 09:00:44 +0100")],
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            (
                "In-Reply-To",
                "<VI1PR0601MB2141D8A3C2B1F0E9A7C4B5D2E3F41@VI1PR0601MB2141.eurprd06.prod.outlook.com>",
            ),
        ],
    )
    alt(
        m,
        "Goeiedag,\n\nIk ben met verlof tot en met maandag 19 november. Uw mail wordt niet doorgestuurd.\n"
        "Voor dringende vragen kunt u terecht bij de personeelsdienst: personeel@zele.be.\n\n"
        "Hilde Coppens\nalgemeen directeur\nGemeente Zele\n",
    )
    return m, label(
        "auto_reply",
        [],
        False,
        "out-of-office answer to the invitation (Auto-Submitted: auto-replied) with name, function, town "
        "and another address in it",
    )


@mail(41)
def m041():
    boundary = "4A1B2C3D4E.1541404802/mx1.kcvs.be"
    raw = """Return-Path: <>
Received: by mx1.kcvs.be (Postfix) id 4A1B2C3D4E; Mon,  5 Nov 2018 09:00:02 +0100 (CET)
Date: Mon,  5 Nov 2018 09:00:02 +0100 (CET)
From: MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: linda.boudry@kcvs.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="%(b)s"
Content-Transfer-Encoding: 7bit
Message-Id: <20181105080002.5B6C7D8E9F@mx1.kcvs.be>

This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jan.desmedt@zottegem.be>: host mail.zottegem.be[91.183.62.10] said: 550
    5.1.1 <jan.desmedt@zottegem.be>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: 4A1B2C3D4E
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Mon,  5 Nov 2018 09:00:01 +0100 (CET)

Final-Recipient: rfc822; jan.desmedt@zottegem.be
Original-Recipient: rfc822;jan.desmedt@zottegem.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.zottegem.be
Diagnostic-Code: smtp; 550 5.1.1 <jan.desmedt@zottegem.be>: Recipient address
    rejected: User unknown in virtual mailbox table

--%(b)s
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Linda Boudry <linda.boudry@kcvs.be>
To: Linda Boudry <linda.boudry@kcvs.be>
Subject: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december
Date: Mon, 5 Nov 2018 08:00:00 +0000
Message-ID: <VI1PR0601MB2141D8A3C2B1F0E9A7C4B5D2E3F41@VI1PR0601MB2141.eurprd06.prod.outlook.com>

--%(b)s--
""" % {"b": boundary}
    return raw.replace("\n", "\r\n").encode("ascii"), label(
        "bounce",
        [],
        False,
        "Postfix multipart/report delivery-status bounce of the invitation (user unknown); carries "
        "Auto-Submitted too, the bounce wins",
    )


@mail(42)
def m042():
    m = new(
        "Bert Van Cauwenberghe <bert.vancauwenberghe@ronse.be>",
        LINDA,
        "vraag seminarie",
        "Wed, 21 Nov 2018 14:12:09 +0100",
        mid("tb", "ronse.be"),
        recv=[received("mail.ronse.be", "91.183.63.99", "Wed, 21 Nov 2018 14:12:12 +0100")],
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 "
                "Thunderbird/60.3.1",
            )
        ],
    )
    text(
        m,
        "Beste Linda,\n\nIs het auditorium van de Permeke toegankelijk met een rolstoel? En is er ook een "
        "vegetarische lunch? Dan beslis ik of ik kom.\n\nGroeten,\nBert Van Cauwenberghe\n"
        "toegankelijkheidsambtenaar\nStad Ronse\n",
    )
    set_boundaries(m, "tb")
    return m, label(
        "other",
        [],
        True,
        "direct question (wheelchair access, vegetarian lunch) before deciding to come: not yet a "
        "registration, a person must answer",
    )


@mail(43)
def m043():
    m = outlook(
        "Nathalie Goossens <nathalie.goossens@kcvs.be>",
        "Team KCVS <team@kcvs.be>",
        "Notulen teamoverleg 19/11",
        "Tue, 20 Nov 2018 08:05:51 +0000",
        "kcvs.be",
    )
    alt(
        m,
        "Dag allemaal,\n\nHierbij de korte notulen van het teamoverleg van maandag.\n\n"
        "1. Jaarplanning 2019: Koen maakt een eerste voorstel tegen 10/12.\n"
        "2. Seminarie 7/12: catering besteld voor 80 personen; Linda bezorgt de definitieve aantallen op 3/12. "
        "Sarah en Ellen helpen aan het onthaal vanaf 9 uur.\n"
        "3. Nieuwe laptops: levering in januari.\n\n"
        "Volgend overleg: maandag 3 december om 10 uur.\n\nNathalie\n\n" + SIG_NATHALIE + "\n",
    )
    set_boundaries(m, "outlook")
    return m, label(
        "other",
        [],
        False,
        "internal team minutes to a KCVS team list that mention the seminar's catering and colleagues by "
        "name: nothing to register, nothing to answer",
    )


@mail(44)
def m044():
    m = new(
        "Koen De Smet <koen.desmet@kcvs.be>",
        LINDA,
        "Automatisch antwoord: aanwezigheidslijst 7/12",
        "Fri, 23 Nov 2018 16:40:03 +0000",
        mid("outlook", "kcvs.be"),
        extra=[
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "koen.desmet@kcvs.be"),
        ],
    )
    alt(
        m,
        "Ik ben afwezig tot maandag 26 november. Voor vragen over het seminarie van 7 december kan je "
        "terecht bij Linda Boudry (linda.boudry@kcvs.be).\n\nKoen De Smet\n",
    )
    return m, label(
        "auto_reply",
        [],
        False,
        "a KCVS colleague's Exchange out-of-office ('Automatisch antwoord:', Auto-Submitted: "
        "auto-generated) pointing to Linda for the seminar",
    )


@mail(45)
def m045():
    body = (
        "Dag Marc,\n\nMisschien interessant voor jullie team? Inschrijven kan rechtstreeks bij Linda (in cc), "
        "tot 2 december.\n\nGroeten,\nSarah\n\n" + SIG_SARAH + "\n\n"
        "________________________________\n"
        "Van: Linda Boudry <linda.boudry@kcvs.be>\n"
        "Verzonden: maandag 5 november 2018 09:00\n"
        "Aan: Linda Boudry <linda.boudry@kcvs.be>\n"
        "Onderwerp: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december\n\n"
        + INVITATION
        + "\n"
    )
    m = outlook(
        "Sarah Claeys <sarah.claeys@kcvs.be>",
        "Marc Dierckx <marc.dierckx@mechelen.be>",
        "FW: Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december",
        "Wed, 07 Nov 2018 10:14:26 +0000",
        "kcvs.be",
        cc=LINDA,
    )
    alt(m, body)
    set_boundaries(m, "outlook")
    return m, label(
        "other",
        [],
        False,
        "a KCVS colleague forwards the invitation to a city contact with Linda in Cc ('bij Linda (in cc)'): "
        "no registration; neither Linda nor Marc is a registrant",
    )


# ---------------------------------------------------------------- output


def strip_mime_version(part, is_root):
    """MIME-Version belongs on a message's top level only, as real clients write it."""
    if not is_root:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        strip_mime_version(part.get_payload(0), True)
    elif part.get_content_maintype() == "multipart":
        for sub in part.get_payload():
            strip_mime_version(sub, False)


def main():
    for n, fn in sorted(BUILDERS):
        msg, lab = fn()
        if isinstance(msg, bytes):
            data = msg
        else:
            if "MIME-Version" not in msg:
                msg["MIME-Version"] = "1.0"
            strip_mime_version(msg, True)
            buf = io.BytesIO()
            BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
            data = buf.getvalue()
        with open(os.path.join(OUT, "%03d.eml" % n), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, "%03d.json" % n), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")
    print("wrote %d messages to %s" % (len(BUILDERS), OUT))


if __name__ == "__main__":
    main()
