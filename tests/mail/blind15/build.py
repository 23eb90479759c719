#!/usr/bin/env python3
"""Build the blind15 test set: 45 labelled e-mails (politicians, cabinets, formal style).

Deterministic: random.seed() first, every date fixed, every boundary and id drawn from the
seeded generator in a fixed order. Output: NNN.eml (CRLF, RFC 5322) and NNN.json beside it.
"""

import base64
import hashlib
import html as htmlmod
import json
import os
import random
import string
import textwrap
from datetime import timedelta
from email.headerregistry import Address
from email.message import EmailMessage, Message, MIMEPart
from email.policy import SMTP, default
from email.utils import format_datetime, parsedate_to_datetime

random.seed(20181207)

OUT = os.path.dirname(os.path.abspath(__file__))
LINDA = ("Linda Boudry", "linda.boudry@kcvs.be")
INVITE_MID = "<AM0PR05MB4210D3E1A8C3F0B1B2E8C7D9A4E20@AM0PR05MB4210.eurprd05.prod.outlook.com>"
INVITE_SUBJECT = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018"
CONFIRM_SUBJECT = "Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'"

INVITATION = """Beste,

Op vrijdag 7 december 2018 organiseert het Kenniscentrum Vlaamse Steden (KCVS) het gratis seminarie "Stadsorganisaties in transitie" voor mandatarissen en medewerkers van steden en gemeenten. Hoe bereiden we onze organisaties voor op de integratie van OCMW en gemeente, op de nieuwe legislatuur en op een veranderende arbeidsmarkt?

Praktisch:
- vrijdag 7 december 2018
- auditorium van de Permeke-bibliotheek, De Coninckplein 26, 2060 Antwerpen
- onthaal met koffie vanaf 9.30 uur, start om 10 uur, afsluitende lunch rond 12.30 uur

Inschrijven kan tot en met zondag 2 december door een e-mail te sturen naar linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Projectmedewerker
Kenniscentrum Vlaamse Steden vzw
Paviljoenstraat 9, 1030 Brussel
T 02 211 55 90"""


def confirmation(salutation, name, town, function, email):
    return f"""{salutation},

Bedankt voor uw inschrijving voor het seminarie "Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium van de Permeke-bibliotheek, De Coninckplein 26, 2060 Antwerpen. Wij noteerden:

Naam: {name}
Stad / gemeente: {town}
Functie: {function}
E-mailadres: {email}

Onthaal met koffie vanaf 9.30 uur, start om 10 uur.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden vzw"""


# ---------------------------------------------------------------- random helpers


def rnd(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(random.choice(alphabet) for _ in range(n))


def hexs(n, upper=True):
    s = rnd(n, "0123456789abcdef")
    return s.upper() if upper else s


def uuid_like(upper=True):
    h = hexs(32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ip(net):
    return f"{net}.{random.randint(10, 250)}"


def message_id(style, domain):
    if style == "o365":
        host = f"{rnd(4)}PR0{random.randint(1, 9)}MB{random.randint(1000, 9999)}"
        return f"<{host}{hexs(32)}@{host}.eurprd0{random.randint(1, 8)}.prod.outlook.com>"
    if style == "exchange":
        return f"<{hexs(32, False)}@srv-exch0{random.randint(1, 4)}.{domain.split('.')[0]}.local>"
    if style in ("apple", "ipad"):
        return f"<{uuid_like()}@{domain}>"
    if style == "gmail":
        return "<CA" + rnd(45, string.ascii_letters + string.digits + "+_-") + "@mail.gmail.com>"
    if style == "android":
        return f"<{uuid_like(False)}@email.android.com>"
    if style == "thunderbird":
        return f"<{uuid_like(False)}@{domain}>"
    return f"<{hexs(16, False)}.{random.randint(10000, 99999)}@{domain}>"


def boundary(style):
    if style in ("o365", "exchange"):
        return "_000_" + hexs(40) + "_"
    if style in ("apple", "ipad"):
        return f"Apple-Mail-{uuid_like()}"
    if style in ("gmail", "android"):
        return "000000000000" + hexs(12, False)
    if style == "thunderbird":
        return "------------" + rnd(24, string.ascii_letters + string.digits)
    return "----=_NextPart_000_" + hexs(4) + "_01D4" + hexs(4) + "." + hexs(8)


RELAYS = {
    "o365": lambda d: (
        f"EUR0{random.randint(1, 4)}-{rnd(2)}1-obe.outbound.protection.outlook.com",
        f"mail-{rnd(2).lower()}1eur0{random.randint(1, 4)}lp20{random.randint(10, 99)}.outbound.protection.outlook.com",
        ip("203.0.113"),
    ),
    "exchange": lambda d: (f"mail.{d}", f"mail.{d}", ip("198.51.100")),
    "gmail": lambda d: (
        f"mail-wr1-f{random.randint(40, 70)}.google.com",
        f"mail-wr1-f{random.randint(40, 70)}.google.com",
        ip("192.0.2"),
    ),
    "android": lambda d: (
        f"mail-ed1-f{random.randint(40, 70)}.google.com",
        f"mail-ed1-f{random.randint(40, 70)}.google.com",
        ip("192.0.2"),
    ),
    "telenet": lambda d: ("michel.telenet-ops.be", "michel.telenet-ops.be", ip("198.51.100")),
    "skynet": lambda d: ("smtp.skynet.be", "smtp.skynet.be", ip("198.51.100")),
}


def received(relay_kind, domain, date):
    helo, rdns, addr = RELAYS[relay_kind](domain)
    when = parsedate_to_datetime(date) + timedelta(seconds=random.randint(2, 40))
    qid = rnd(14, string.ascii_letters + string.digits)
    return (
        f"from {helo} ({rdns} [{addr}])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
        f"\n\tby mx1.kcvs.be (Postfix) with ESMTPS id {qid}\n\tfor <linda.boudry@kcvs.be>; {format_datetime(when)}"
    )


def raw(m, name, value):
    """Append a header exactly as written (pre-folded with \\n\\t); written unchanged by OUT_POLICY."""
    m._headers.append((name, value))


def reorder(m):
    """MIME-Version, Content-Type, Content-Transfer-Encoding last (as most clients write them)."""
    tail = ("mime-version", "content-type", "content-transfer-encoding")
    head = [h for h in m._headers if h[0].lower() not in tail]
    rest = sorted(
        (h for h in m._headers if h[0].lower() in tail), key=lambda h: tail.index(h[0].lower())
    )
    m._headers = head + rest


OUT_POLICY = SMTP.clone(refold_source="none")


# ---------------------------------------------------------------- body helpers


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_header(date_nl, frm=LINDA, to=LINDA, subject=INVITE_SUBJECT):
    return (
        f"Van: {frm[0]} <{frm[1]}>\nVerzonden: {date_nl}\n"
        f"Aan: {to[0]} <{to[1]}>\nOnderwerp: {subject}"
    )


def to_html(text, font="Calibri", size="11.0pt"):
    paras = []
    for line in text.split("\n"):
        esc = htmlmod.escape(line) if line else "&nbsp;"
        paras.append(
            f'<p class="MsoNormal"><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">{esc}</span></p>'
        )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style><!-- p.MsoNormal {margin:0cm;margin-bottom:.0001pt;} --></style>\n</head>\n"
        '<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n".join(paras)
        + "\n</div>\n</body>\n</html>\n"
    )


def simple_html(text):
    body = "<br>\n".join(htmlmod.escape(l) for l in text.split("\n"))
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="auto">{body}</body></html>\n'


def wrap(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def pdf_bytes(lines, title):
    """A small, valid one-page PDF with the letter as real text (Helvetica, WinAnsi)."""

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 10.5 Tf", "14 TL", "60 790 Td"]
    for l in lines:
        ops.append(f"({esc(l)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        (
            "<< /Title ("
            + esc(title)
            + ") /Producer (Microsoft\\256 Word 2016) /CreationDate (D:20181114101500+01'00') >>"
        ).encode("cp1252"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    fid = hashlib.md5(bytes(out)).hexdigest().upper()
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R /ID [<{fid}> <{fid}>] >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


# ---------------------------------------------------------------- message builder

MAILERS = {
    "exchange": [("X-Mailer", "Microsoft Outlook 16.0")],
    "apple": [("X-Mailer", "iPhone Mail (16A404)")],
    "ipad": [("X-Mailer", "iPad Mail (16B92)")],
    "thunderbird": [
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
        ),
        ("Content-Language", "nl"),
    ],
    "gmail": [],
    "android": [],
    "o365": [],
}


def build(spec):
    style = spec["style"]
    frm_name, frm_addr = spec["frm"]
    domain = frm_addr.split("@")[1]
    date = spec["date"]
    relay = spec.get("relay") or {
        "o365": "o365",
        "exchange": "exchange",
        "gmail": "gmail",
        "android": "android",
    }.get(style, "exchange")
    m = EmailMessage(policy=default)
    m["Return-Path"] = f"<{spec.get('envelope', frm_addr)}>"
    m["X-Original-To"] = LINDA[1]
    m["Delivered-To"] = LINDA[1]
    raw(m, "Received", received(relay, domain, date))
    if style == "o365":
        raw(
            m,
            "Received",
            f"from {rnd(4)}PR0{random.randint(1, 9)}MB{random.randint(1000, 9999)}.eurprd0{random.randint(1, 8)}.prod.outlook.com "
            f"([fe80::{hexs(4, False)}:{hexs(4, False)}:{hexs(4, False)}:{hexs(4, False)}]) by\n\t"
            f"{rnd(4)}PR0{random.randint(1, 9)}MB{random.randint(1000, 9999)}.eurprd0{random.randint(1, 8)}.prod.outlook.com "
            f"([fe80::{hexs(4, False)}:{hexs(4, False)}:{hexs(4, False)}:{hexs(4, False)}%4]) with mapi id\n\t15.20.1339.019; {date}",
        )
    elif relay == "exchange":
        raw(
            m,
            "Received",
            f"from SRV-EXCH0{random.randint(1, 4)}.{domain.split('.')[0]}.local ({ip('10.10.1')}) by\n "
            f"mail.{domain} ({ip('10.10.1')}) with Microsoft SMTP Server (TLS) id 15.1.1531.3; {date}",
        )
    m["From"] = Address(frm_name, addr_spec=frm_addr) if frm_name else frm_addr
    m["To"] = ", ".join(str(Address(n, addr_spec=a)) for n, a in spec.get("to", [LINDA]))
    if spec.get("cc"):
        m["Cc"] = ", ".join(str(Address(n, addr_spec=a)) for n, a in spec["cc"])
    m["Subject"] = spec["subject"]
    if style in ("o365", "exchange"):
        topic = spec["subject"]
        for p in ("RE: ", "Re: ", "FW: ", "TR: ", "Automatisch antwoord: ", "Afwezig: "):
            if topic.startswith(p):
                topic = topic[len(p) :]
        m["Thread-Topic"] = topic
        m["Thread-Index"] = base64.b64encode(
            bytes(random.getrandbits(8) for _ in range(22))
        ).decode()
    m["Date"] = date
    mid = spec.get("mid") or message_id(style, domain)
    raw(m, "Message-ID", mid)
    if spec.get("in_reply_to"):
        raw(m, "In-Reply-To", spec["in_reply_to"])
        raw(m, "References", spec.get("references", spec["in_reply_to"]))
    if style in ("o365", "exchange"):
        m["Accept-Language"] = "nl-BE, en-US"
        m["X-MS-Has-Attach"] = "yes" if spec.get("attachments") else ""
        m["X-MS-TNEF-Correlator"] = ""
        m["x-originating-ip"] = f"[{ip('10.20.4')}]"
    for k, v in MAILERS.get(style, []):
        if k != "Content-Language":
            m[k] = v
    for k, v in spec.get("extra", []):
        raw(m, k, v)

    text = spec.get("text")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    if style == "thunderbird" and text:
        text = wrap(text)
    html = spec.get("html")
    if html == "auto":
        html = to_html(text) if style in ("o365", "exchange") else simple_html(text)
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html:
            m.add_alternative(
                html, subtype="html", charset="utf-8", cte=spec.get("html_cte", "quoted-printable")
            )
    else:
        m.set_content(
            html, subtype="html", charset="utf-8", cte=spec.get("html_cte", "quoted-printable")
        )
    for fname, data, maintype, subtype in spec.get("attachments", []):
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if style in ("o365", "exchange"):
        m["Content-Language"] = "nl-BE"
    elif style == "thunderbird":
        m["Content-Language"] = "nl"
    reorder(m)
    for part in m.walk():
        if part is not m:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(style))
    return m


def build_bounce(spec):
    date = spec["date"]
    m = EmailMessage(policy=default)
    m["Return-Path"] = "<>"
    m["X-Original-To"] = LINDA[1]
    m["Delivered-To"] = LINDA[1]
    raw(m, "Received", f"by mx1.kcvs.be (Postfix)\n\tid {rnd(10)}; {date}")
    m["Date"] = date
    m["From"] = "MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = LINDA[1]
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    raw(m, "Message-ID", f"<20181122100610.{rnd(10)}@mx1.kcvs.be>")
    m["Content-Type"] = "multipart/report; report-type=delivery-status"

    notice = MIMEPart(policy=default)
    notice.set_content(spec["notice"], charset="us-ascii", cte="7bit")
    notice["Content-Description"] = "Notification"

    ds = Message(policy=default)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in spec["dsn_blocks"]:
        b = Message(policy=default)
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)

    orig = spec["original"]
    rfc = Message(policy=default)
    rfc["Content-Description"] = "Undelivered Message"
    rfc["Content-Type"] = "message/rfc822"
    rfc.set_payload([orig])

    m.set_payload([notice, ds, rfc])
    m.set_boundary(rnd(12, "0123456789ABCDEF") + ".1542877570/mx1.kcvs.be")
    return m


# ---------------------------------------------------------------- the messages


def reg(name, town, function, email):
    return {"name": name, "municipality": town, "function": function, "email": email}


INVITE_QUOTE_OUTLOOK = outlook_header("maandag 5 november 2018 10:02") + "\n\n" + INVITATION
APPLE_INVITE_QUOTE = (
    "Op 5 nov. 2018 om 10:02 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n\n"
    + quote(INVITATION)
)

SPECS = []


def add(**kw):
    SPECS.append(kw)


# 001 -- formal letter with letterhead, the mayor and two aldermen, by the mayor's secretary
add(
    style="exchange",
    frm=("Greet Van Gool", "greet.vangool@zoersel.be"),
    subject="Inschrijving seminarie 7 december - burgemeester en schepenen Zoersel",
    date="Wed, 07 Nov 2018 11:24:09 +0100",
    html="auto",
    text="""GEMEENTE ZOERSEL
Secretariaat van de burgemeester
Handelslei 167 - 2980 Zoersel
T 03 298 00 00

Uw kenmerk: uitnodiging van 5 november 2018
Ons kenmerk: SEC/BGM/2018-0412
Zoersel, 7 november 2018

Betreft: inschrijving seminarie "Stadsorganisaties in transitie" van 7 december 2018

Geachte mevrouw Boudry,

In antwoord op uw uitnodiging bevestig ik u graag dat de burgemeester en twee schepenen van onze gemeente aan het seminarie zullen deelnemen. Hieronder vindt u de gevraagde gegevens.

1. Naam: Lieven Dierckx
   Stad / gemeente: Zoersel
   Functie: burgemeester
   E-mailadres: lieven.dierckx@zoersel.be

2. Naam: Anja Verbist
   Stad / gemeente: Zoersel
   Functie: schepen van Financiën, Personeel, ICT en Erediensten
   E-mailadres: anja.verbist@zoersel.be

3. Naam: Dirk Verlinden
   Stad / gemeente: Zoersel
   Functie: schepen van Ruimtelijke Ordening, Mobiliteit en Landbouw
   E-mailadres: dirk.verlinden@zoersel.be

Met de meeste hoogachting,

Namens de burgemeester,

Greet Van Gool
Directiesecretaris van de burgemeester
Gemeente Zoersel""",
    label=dict(
        kind="registration",
        registrants=[
            reg("Lieven Dierckx", "Zoersel", "burgemeester", "lieven.dierckx@zoersel.be"),
            reg(
                "Anja Verbist",
                "Zoersel",
                "schepen van Financiën, Personeel, ICT en Erediensten",
                "anja.verbist@zoersel.be",
            ),
            reg(
                "Dirk Verlinden",
                "Zoersel",
                "schepen van Ruimtelijke Ordening, Mobiliteit en Landbouw",
                "dirk.verlinden@zoersel.be",
            ),
        ],
        needs_review=False,
        note="letterhead + Uw/Ons kenmerk in the body; the mayor's secretary registers 'de burgemeester en twee schepenen', each with labelled fields; the sender (secretary) is not a registrant",
    ),
)

# 002 -- the mayor registers himself in one line from his phone, quoted invitation with empty template
add(
    style="apple",
    frm=("Jef Goossens", "jef.goossens@herentals.be"),
    relay="exchange",
    subject="Re: " + INVITE_SUBJECT,
    date="Tue, 06 Nov 2018 07:41:52 +0100",
    in_reply_to=INVITE_MID,
    text="Ik kom graag. Jef Goossens, burgemeester\n\nVerzonden vanaf mijn iPhone\n\n"
    + APPLE_INVITE_QUOTE,
    label=dict(
        kind="registration",
        registrants=[reg("Jef Goossens", "Herentals", "burgemeester", "jef.goossens@herentals.be")],
        needs_review=False,
        note="one line from the mayor's iPhone; municipality only from the @herentals.be domain; the quoted invitation's empty Naam/Stad/Functie/E-mailadres template and Linda's address must not become a registrant",
    ),
)

# 003 -- auto-reply from a mayor's cabinet mailbox (RFC 3834 header)
add(
    style="exchange",
    frm=("Kabinet Burgemeester Kortrijk", "kabinet.burgemeester@kortrijk.be"),
    envelope="",
    subject="Automatisch antwoord: " + INVITE_SUBJECT,
    date="Mon, 05 Nov 2018 10:02:31 +0100",
    in_reply_to=INVITE_MID,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Geachte,

Hartelijk dank voor uw bericht aan het kabinet van de burgemeester van Kortrijk. Uw e-mail werd goed ontvangen en wordt zo spoedig mogelijk behandeld.

Uitnodigingen voor de burgemeester worden door het secretariaat opgevolgd. U ontvangt bericht indien de burgemeester kan deelnemen.

Voor dringende vragen kunt u tijdens de kantooruren terecht op het nummer 056 27 00 00.

Met vriendelijke groeten,

Kabinet van de burgemeester
Stad Kortrijk""",
    label=dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="cabinet auto-reply with Auto-Submitted: auto-replied; 'u ontvangt bericht indien de burgemeester kan deelnemen' is not a registration",
    ),
)

# 004 -- cabinet mailbox registers the mayor, all mail for him via the cabinet
add(
    style="exchange",
    frm=("Kabinet Burgemeester Leuven", "kabinet.burgemeester@leuven.be"),
    subject="Inschrijving burgemeester - seminarie KCVS 7/12",
    date="Thu, 08 Nov 2018 14:05:17 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Namens burgemeester Pieter Claessens dank ik u voor de uitnodiging voor het seminarie "Stadsorganisaties in transitie". De burgemeester neemt graag deel.

Naam: Pieter Claessens
Stad / gemeente: Leuven
Functie: burgemeester
E-mailadres: kabinet.burgemeester@leuven.be (alle correspondentie voor de burgemeester verloopt via het kabinet)

Met vriendelijke groeten,

Sofie Lambrechts
Kabinetschef van de burgemeester
Stad Leuven
Professor Van Overstraetenplein 1, 3000 Leuven""",
    label=dict(
        kind="registration",
        registrants=[
            reg("Pieter Claessens", "Leuven", "burgemeester", "kabinet.burgemeester@leuven.be")
        ],
        needs_review=False,
        note="cabinet mailbox writes for the mayor; the E-mailadres field explicitly gives the cabinet address for him; the cabinet chief who signs is not a registrant",
    ),
)

# 005 -- council member from a private address with a party signature
add(
    style="thunderbird",
    frm=("Koen Vermeiren", "koen.vermeiren@telenet.be"),
    relay="telenet",
    subject="inschrijving seminarie 7 december",
    date="Fri, 09 Nov 2018 21:37:05 +0100",
    cte="7bit",
    text="""Beste mevrouw Boudry,

Via een collega-raadslid kreeg ik uw uitnodiging voor het seminarie van 7 december in de Permeke-bibliotheek. Graag schrijf ik mij in.

Met vriendelijke groet,

--
Koen Vermeiren
Gemeenteraadslid
CD&V Kapellen
gsm 0476 21 43 65""",
    label=dict(
        kind="registration",
        registrants=[
            reg("Koen Vermeiren", "Kapellen", "gemeenteraadslid", "koen.vermeiren@telenet.be")
        ],
        needs_review=False,
        note="private telenet address; municipality only from the party signature 'CD&V Kapellen' (the party is not the organisation)",
    ),
)

# 006 -- council member in one town who works for another town, says so explicitly
add(
    style="exchange",
    frm=("Tom Heylen", "tom.heylen@mortsel.be"),
    subject="Inschrijving seminarie 'Stadsorganisaties in transitie'",
    date="Mon, 12 Nov 2018 12:48:30 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie van 7 december.

Kleine toelichting: ik stuur deze mail vanaf mijn werkadres bij stad Mortsel, maar ik neem deel in mijn hoedanigheid van gemeenteraadslid in Boechout. Ik neem die dag verlof.

Naam: Tom Heylen
Stad / gemeente: Boechout
Functie: gemeenteraadslid
E-mailadres: tom.heylen@skynet.be

Met vriendelijke groeten,

Tom Heylen
Deskundige personeel
Stad Mortsel | Dienst HR
T 03 444 17 17""",
    label=dict(
        kind="registration",
        registrants=[reg("Tom Heylen", "Boechout", "gemeenteraadslid", "tom.heylen@skynet.be")],
        needs_review=False,
        note="sent from his Mortsel work address with a Mortsel staff signature, but he states he comes as council member of Boechout and gives a private address in the fields: Boechout / gemeenteraadslid / skynet address",
    ),
)

# 007 -- staff member in one place, OCMW council member in another, capacity not stated
add(
    style="exchange",
    frm=("Els Deprez", "els.deprez@lier.be"),
    subject="seminarie 7/12",
    date="Tue, 13 Nov 2018 08:55:12 +0100",
    text="""Dag Linda,

Ik zou graag komen naar het seminarie op 7 december. Ik ben teamverantwoordelijke HR bij het OCMW van Lier en zetel daarnaast sinds 2013 in de OCMW-raad van Nijlen, dus het thema raakt me op twee fronten.

Kan je me inschrijven?

Groetjes,
Els

Els Deprez
Teamverantwoordelijke HR
OCMW Lier""",
    label=dict(
        kind="registration",
        registrants=[reg("Els Deprez", "Lier", "teamverantwoordelijke HR", "els.deprez@lier.be")],
        needs_review=True,
        note="two capacities (HR staff at OCMW Lier, OCMW council member in Nijlen) and she does not say in which one she comes; a careful organiser checks before printing a badge. Fields given are the most likely reading (work address and signature)",
    ),
)

# 008 -- the mayor's secretary cancels for the mayor
add(
    style="exchange",
    frm=("Martine Wuyts", "martine.wuyts@lokeren.be"),
    subject="Afmelding burgemeester Van Hecke - seminarie 7 december",
    date="Wed, 28 Nov 2018 16:02:44 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Burgemeester Filip Van Hecke had zich ingeschreven voor het seminarie "Stadsorganisaties in transitie" van vrijdag 7 december. Door een onverwacht bijeengeroepen bijzondere gemeenteraad op diezelfde voormiddag kan hij helaas niet aanwezig zijn. Mag ik u vragen zijn inschrijving te annuleren?

De burgemeester betreurt dit ten zeerste en wenst u een geslaagd seminarie.

Met vriendelijke groeten,

Martine Wuyts
Directiesecretaris van de burgemeester
Stad Lokeren
Groentemarkt 1, 9160 Lokeren""",
    label=dict(
        kind="cancellation",
        registrants=[reg("Filip Van Hecke", "Lokeren", "burgemeester", None)],
        needs_review=False,
        note="secretary cancels for the mayor; his own address is not given (the sender is the secretary), so email null; the secretary is not a registrant",
    ),
)

# 009 -- formal letter as PDF, only a cover line in the body
PDF_NINOVE = pdf_bytes(
    [
        "STAD NINOVE",
        "Centrumlaan 100 - 9400 Ninove",
        "",
        "Kenniscentrum Vlaamse Steden vzw",
        "t.a.v. mevrouw Linda Boudry",
        "Paviljoenstraat 9",
        "1030 Brussel",
        "",
        "Uw kenmerk: uitnodiging van 5 november 2018",
        "Ons kenmerk: CBS/2018/2291",
        "Ninove, 13 november 2018",
        "",
        "Betreft: seminarie 'Stadsorganisaties in transitie' van 7 december 2018",
        "",
        "Geachte mevrouw Boudry,",
        "",
        "Het college van burgemeester en schepenen heeft in zitting van 12 november 2018 kennis",
        "genomen van uw uitnodiging en duidt mevrouw Veerle Van der Linden, schepen van Onderwijs,",
        "Jeugd en Gelijke Kansen, aan om het stadsbestuur op het seminarie te vertegenwoordigen.",
        "",
        "Naam: Veerle Van der Linden",
        "Stad / gemeente: Ninove",
        "Functie: schepen van Onderwijs, Jeugd en Gelijke Kansen",
        "E-mailadres: veerle.vanderlinden@ninove.be",
        "",
        "Hoogachtend,",
        "",
        "Namens het college,",
        "",
        "De algemeen directeur                                   De burgemeester",
    ],
    "Brief KCVS seminarie",
)
add(
    style="exchange",
    frm=("Secretariaat Stad Ninove", "secretariaat@ninove.be"),
    subject="Inschrijving seminarie KCVS",
    date="Wed, 14 Nov 2018 10:31:08 +0100",
    html="auto",
    text="""Geachte,

In bijlage vindt u onze brief met betrekking tot uw uitnodiging.

Met vriendelijke groeten,

Secretariaat
Stad Ninove""",
    attachments=[("Brief KCVS seminarie 7 december.pdf", PDF_NINOVE, "application", "pdf")],
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Veerle Van der Linden",
                "Ninove",
                "schepen van Onderwijs, Jeugd en Gelijke Kansen",
                "veerle.vanderlinden@ninove.be",
            )
        ],
        needs_review=True,
        note="registration only inside the attached PDF letter (college decision designating an alderman); body is a cover line; a person must read the attachment",
    ),
)

# 010 -- Dr. title, short formal confirmation, fields only in signature
add(
    style="exchange",
    frm=("Dr. An Verhaegen", "an.verhaegen@tienen.be"),
    subject="Deelname seminarie 7 december 2018",
    date="Thu, 15 Nov 2018 18:20:40 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Hartelijk dank voor de uitnodiging. Hierbij bevestig ik graag mijn deelname aan het seminarie "Stadsorganisaties in transitie" op vrijdag 7 december 2018 in Antwerpen.

Hoogachtend,

Dr. An Verhaegen
Schepen van Welzijn, Gezondheid en Gelijke Kansen
Stad Tienen
Grote Markt 27, 3300 Tienen""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "An Verhaegen",
                "Tienen",
                "schepen van Welzijn, Gezondheid en Gelijke Kansen",
                "an.verhaegen@tienen.be",
            )
        ],
        needs_review=False,
        note="'Hierbij bevestig ik mijn deelname' = registration; no labelled fields, everything from the signature; Dr. dropped from the name",
    ),
)

# 011 -- protocol / seating question from a cabinet
add(
    style="exchange",
    frm=("Kabinet burgemeester Hasselt", "kabinet.burgemeester@hasselt.be"),
    subject="Vraag protocol - seminarie 7 december",
    date="Fri, 16 Nov 2018 11:12:55 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Onze burgemeester schreef zich op 8 november in voor het seminarie "Stadsorganisaties in transitie".

Met het oog op de voorbereiding hadden wij graag vernomen of er voor de aanwezige burgemeesters een protocolaire plaatsing voorzien is in het auditorium, en of u wenst dat de burgemeester bij de opening een kort woord richt tot de deelnemers. Kan de dienstwagen ook kort aan de ingang op het De Coninckplein stoppen?

Wij kijken uit naar uw antwoord.

Met vriendelijke groeten,

Kabinet van de burgemeester
Stad Hasselt
Limburgplein 1, 3500 Hasselt""",
    label=dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="protocol/seating/speech question about an earlier registration; not a new registration; someone must answer",
    ),
)

# 012 -- alderman with a long portfolio, Outlook reply with the invitation below
add(
    style="o365",
    frm=("Bart Lenaerts", "bart.lenaerts@geel.be"),
    subject="RE: " + INVITE_SUBJECT,
    date="Mon, 19 Nov 2018 09:03:27 +0100",
    html="auto",
    in_reply_to=INVITE_MID,
    text="""Geachte mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie.

Naam: Bart Lenaerts
Stad / gemeente: Geel
Functie: schepen van Financiën, Personeel, ICT en Erediensten
E-mailadres: bart.lenaerts@geel.be

Met vriendelijke groeten,

Bart Lenaerts
Schepen van Financiën, Personeel, ICT en Erediensten
Stad Geel

"""
    + INVITE_QUOTE_OUTLOOK,
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Bart Lenaerts",
                "Geel",
                "schepen van Financiën, Personeel, ICT en Erediensten",
                "bart.lenaerts@geel.be",
            )
        ],
        needs_review=False,
        note="labelled fields, long portfolio with commas; unprefixed Outlook quote of the invitation (empty template) below must be ignored",
    ),
)

# 013 -- incoming alderman (new legislature), both roles in the Functie field
add(
    style="apple",
    frm=("Sarah Claes", "sarah.claes@brasschaat.be"),
    relay="exchange",
    subject="Inschrijving seminarie 7/12",
    date="Tue, 20 Nov 2018 22:14:09 +0100",
    html="auto",
    text="""Beste mevrouw Boudry,

Ik schrijf mij graag in voor het seminarie. Het thema komt voor mij als geroepen: ik ben vanaf januari schepen van Cultuur, Toerisme en Evenementen en zal dan mee de omvorming van onze gemeentelijke organisatie in goede banen moeten leiden.

Naam: Sarah Claes
Stad / gemeente: Brasschaat
Functie: gemeenteraadslid (vanaf januari 2019 schepen van Cultuur, Toerisme en Evenementen)
E-mailadres: sarah.claes@brasschaat.be

Vriendelijke groeten,
Sarah Claes""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Sarah Claes",
                "Brasschaat",
                "gemeenteraadslid (vanaf januari 2019 schepen van Cultuur, Toerisme en Evenementen)",
                "sarah.claes@brasschaat.be",
            )
        ],
        needs_review=False,
        note="incoming alderman: the Functie field states both the current and the future role; function as stated in the field",
    ),
)

# 014 -- outgoing alderman, still alderman on 7 December
add(
    style="exchange",
    frm=("Geert Van Looy", "geert.vanlooy@bornem.be"),
    subject="aanmelding seminarie Stadsorganisaties in transitie",
    date="Wed, 21 Nov 2018 13:30:00 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Graag meld ik mij aan voor het seminarie van 7 december in de Permeke-bibliotheek.

Ik ben nog tot 31 december schepen van Ruimtelijke Ordening en Wonen in Bornem. Vanaf januari maak ik na de verkiezingen geen deel meer uit van het college, maar ik blijf als gemeenteraadslid actief en het onderwerp blijft mij boeien.

Met de meeste hoogachting,

Geert Van Looy
Schepen van Ruimtelijke Ordening en Wonen
Gemeente Bornem""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Geert Van Looy",
                "Bornem",
                "schepen van Ruimtelijke Ordening en Wonen",
                "geert.vanlooy@bornem.be",
            )
        ],
        needs_review=False,
        note="outgoing alderman: on 7 December he is still schepen (signature and 'nog tot 31 december'); his future council seat is not his function for this event",
    ),
)

# 015 -- Mr. (lawyer), chair of the council, writing from his law firm
add(
    style="exchange",
    frm=("Mr. Pieter De Clercq", "pieter.declercq@advocatendeclercq.be"),
    subject="Seminarie 7 december - inschrijving",
    date="Thu, 22 Nov 2018 17:45:21 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Als voorzitter van de gemeenteraad van Dendermonde schrijf ik mij graag in voor uw seminarie van vrijdag 7 december.

Met hoogachting,

Mr. Pieter De Clercq
Voorzitter van de gemeenteraad Dendermonde

Advocatenkantoor De Clercq
Kerkstraat 41, 9200 Dendermonde
T 052 21 33 10

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht verkeerdelijk ontving, gelieve de afzender te verwittigen en het bericht te verwijderen.""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Pieter De Clercq",
                "Dendermonde",
                "voorzitter van de gemeenteraad",
                "pieter.declercq@advocatendeclercq.be",
            )
        ],
        needs_review=False,
        note="Mr. (meester, lawyer) dropped; private law-firm address is his; 'Advocatenkantoor De Clercq' is not his organisation for this event, Dendermonde is",
    ),
)

# 016 -- ir. title, values typed into the quoted invitation template
add(
    style="o365",
    frm=("Stijn Debruyne", "stijn.debruyne@roeselare.be"),
    subject="RE: " + INVITE_SUBJECT,
    date="Fri, 23 Nov 2018 08:12:37 +0100",
    html="auto",
    in_reply_to=INVITE_MID,
    text="""Geachte mevrouw Boudry,

Zie hieronder ingevuld.

Hoogachtend,
ir. Stijn Debruyne
Schepen van Openbare Werken, Mobiliteit en Energie
Stad Roeselare

"""
    + INVITE_QUOTE_OUTLOOK.replace(
        "Naam:\nStad / gemeente:\nFunctie:\nE-mailadres:",
        "Naam: ir. Stijn Debruyne\nStad / gemeente: Roeselare\nFunctie: schepen van Openbare Werken, Mobiliteit en Energie\nE-mailadres: stijn.debruyne@roeselare.be",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Stijn Debruyne",
                "Roeselare",
                "schepen van Openbare Werken, Mobiliteit en Energie",
                "stijn.debruyne@roeselare.be",
            )
        ],
        needs_review=False,
        note="he filled in the template inside the quoted invitation ('Zie hieronder ingevuld'); ir. dropped from the name",
    ),
)

# 017 -- alderman cancels in a formal letter
add(
    style="exchange",
    frm=("Ingrid Maes", "ingrid.maes@wetteren.be"),
    subject="Afmelding seminarie 7 december",
    date="Mon, 26 Nov 2018 10:40:02 +0100",
    html="auto",
    text="""WETTEREN
Kabinet schepen Ingrid Maes
Markt 1, 9230 Wetteren

Uw kenmerk: uw bevestiging van 9 november 2018
Ons kenmerk: KAB/IM/2018/233
Wetteren, 26 november 2018

Betreft: afmelding seminarie "Stadsorganisaties in transitie"

Geachte mevrouw Boudry,

Tot mijn spijt moet ik mijn inschrijving voor het seminarie van vrijdag 7 december annuleren. Op die dag wordt in onze gemeente de budgetwijziging voorbereid en mijn aanwezigheid is daar vereist.

Ik dank u voor uw begrip.

Met de meeste hoogachting,

Ingrid Maes
Schepen van Onderwijs en Kinderopvang""",
    label=dict(
        kind="cancellation",
        registrants=[
            reg(
                "Ingrid Maes",
                "Wetteren",
                "schepen van Onderwijs en Kinderopvang",
                "ingrid.maes@wetteren.be",
            )
        ],
        needs_review=False,
        note="formal cancellation with letterhead and Uw/Ons kenmerk; municipality from letterhead/domain",
    ),
)

# 018 -- 'Namens het college', the chief executive and an alderman (no address for him)
add(
    style="exchange",
    frm=("Marleen Smet", "marleen.smet@duffel.be"),
    subject="Uw uitnodiging seminarie 7 december 2018 - vertegenwoordiging gemeente Duffel",
    date="Tue, 13 Nov 2018 15:21:48 +0100",
    html="auto",
    text="""Gemeente Duffel
Secretariaat
Stationsstraat 20, 2570 Duffel

Uw kenmerk: uitnodiging van 5 november 2018
Ons kenmerk: SEC/2018/1187
Duffel, 13 november 2018

Geachte mevrouw Boudry,

Namens het college van burgemeester en schepenen dank ik u voor uw uitnodiging. Het college besliste in zitting van 12 november 2018 dat de heer Luc Vercammen, schepen van Personeel en Organisatieontwikkeling, en ondergetekende het gemeentebestuur op het seminarie zullen vertegenwoordigen.

Mijn gegevens:
Naam: Marleen Smet
Stad / gemeente: Duffel
Functie: algemeen directeur
E-mailadres: marleen.smet@duffel.be

Schepen Vercammen kunt u bereiken via ons secretariaat.

Hoogachtend,

Namens het college van burgemeester en schepenen,

Marleen Smet
Algemeen directeur""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Luc Vercammen", "Duffel", "schepen van Personeel en Organisatieontwikkeling", None
            ),
            reg("Marleen Smet", "Duffel", "algemeen directeur", "marleen.smet@duffel.be"),
        ],
        needs_review=False,
        note="college letter: the alderman is named in prose with no address of his own (email null, not the secretariat); 'ondergetekende' = the chief executive with labelled fields",
    ),
)

# 019 -- out-of-office without RFC 3834 headers, only subject/body, Precedence: bulk
add(
    style="exchange",
    frm=("Wim Geerts", "wim.geerts@schoten.be"),
    envelope="",
    subject="Afwezig: " + INVITE_SUBJECT,
    date="Mon, 05 Nov 2018 10:03:10 +0100",
    in_reply_to=INVITE_MID,
    extra=[("Precedence", "bulk")],
    text="""Goeiedag,

Ik ben afwezig tot en met vrijdag 16 november en heb in die periode geen toegang tot mijn mailbox. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u terecht bij het kabinet van de burgemeester via kabinet@schoten.be of 03 680 09 00.

Met vriendelijke groeten,
Wim Geerts
Schepen van Financiën en Sport
Gemeente Schoten""",
    label=dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="alderman's out-of-office: no Auto-Submitted header, only 'Afwezig:' subject, absence body and Precedence: bulk; signature must not become a registrant",
    ),
)

# 020 -- city secretariat registers four people in a table (HTML table + tab-separated plain text)
T020 = [
    ("Lieve Van Damme", "Sint-Niklaas", "burgemeester", "lieve.vandamme@sint-niklaas.be"),
    ("Kris Bogaert", "Sint-Niklaas", "OCMW-voorzitter", "kris.bogaert@sint-niklaas.be"),
    (
        "Frank Mertens",
        "Sint-Niklaas",
        "schepen van Economie, Middenstand en Markten",
        "frank.mertens@sint-niklaas.be",
    ),
    ("Hilde Raes", "Sint-Niklaas", "algemeen directeur", "hilde.raes@sint-niklaas.be"),
]
_intro020 = (
    "Namens het stadsbestuur van Sint-Niklaas schrijf ik volgende personen in voor het seminarie "
    '"Stadsorganisaties in transitie" van 7 december 2018:'
)
_sig020 = [
    "Met de meeste hoogachting,",
    "",
    "Nele Pauwels",
    "Stadssecretariaat",
    "Stad Sint-Niklaas",
    "Grote Markt 1, 9100 Sint-Niklaas",
]
_rows = "".join(
    "<tr>"
    + "".join(
        f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">{htmlmod.escape(c)}</p></td>'
        for c in r
    )
    + "</tr>\n"
    for r in [("Naam", "Stad / gemeente", "Functie", "E-mailadres"), *T020]
)
HTML020 = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
    '<body lang="NL-BE"><div class="WordSection1">\n<p class="MsoNormal">Geachte mevrouw Boudry,</p>\n'
    '<p class="MsoNormal">&nbsp;</p>\n'
    f'<p class="MsoNormal">{htmlmod.escape(_intro020)}</p>\n<p class="MsoNormal">&nbsp;</p>\n'
    '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
    + _rows
    + '</table>\n<p class="MsoNormal">&nbsp;</p>\n'
    + "\n".join(f'<p class="MsoNormal">{htmlmod.escape(l) if l else "&nbsp;"}</p>' for l in _sig020)
    + "\n</div></body></html>\n"
)
add(
    style="exchange",
    frm=("Stadssecretariaat Sint-Niklaas", "stadssecretariaat@sint-niklaas.be"),
    subject="Inschrijvingen Stad Sint-Niklaas - seminarie 7 december",
    date="Thu, 22 Nov 2018 11:05:33 +0100",
    text="Geachte mevrouw Boudry,\n\n"
    + _intro020
    + "\n\nNaam\tStad / gemeente\tFunctie\tE-mailadres\n"
    + "\n".join("\t".join(r) for r in T020)
    + "\n\n"
    + "\n".join(_sig020),
    html=HTML020,
    label=dict(
        kind="registration",
        registrants=[reg(*r) for r in T020],
        needs_review=False,
        note="four registrants in a table (HTML table, tab-separated in text/plain): mayor, OCMW chair, alderman, chief executive; the signing secretary is not a registrant",
    ),
)

# 021 -- OCMW chair, prose, signature with 'OCMW Beveren'
add(
    style="exchange",
    frm=("Hugo Martens", "hugo.martens@ocmwbeveren.be"),
    subject="inschrijving seminarie 7 december",
    date="Wed, 14 Nov 2018 09:50:11 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Als voorzitter van de OCMW-raad van Beveren volg ik de integratie van OCMW en gemeente van nabij op. Graag neem ik dan ook deel aan uw seminarie van 7 december.

Met vriendelijke groeten,

Hugo Martens
Voorzitter OCMW-raad
OCMW Beveren
Oude Zandstraat 92, 9120 Beveren""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Hugo Martens",
                "Beveren",
                "voorzitter van de OCMW-raad",
                "hugo.martens@ocmwbeveren.be",
            )
        ],
        needs_review=False,
        note="OCMW chair; 'OCMW Beveren' -> Beveren (OCMW prefix dropped); function in prose and signature",
    ),
)

# 022 -- the mayor and two aldermen whose names are not known yet
add(
    style="exchange",
    frm=("Kabinet burgemeester Kontich", "kabinet@kontich.be"),
    subject="Seminarie 7/12 - burgemeester en twee schepenen",
    date="Mon, 26 Nov 2018 14:40:55 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Graag bevestigen wij de aanwezigheid van burgemeester Hilde Van den Broeck en twee schepenen op het seminarie van vrijdag 7 december. Welke schepenen de burgemeester zullen vergezellen, wordt pas op het college van volgende maandag beslist; wij bezorgen u hun namen zo snel mogelijk daarna.

Met vriendelijke groeten,

Kabinet van de burgemeester
Gemeente Kontich
Gemeenteplein 1, 2550 Kontich""",
    label=dict(
        kind="registration",
        registrants=[reg("Hilde Van den Broeck", "Kontich", "burgemeester", None)],
        needs_review=True,
        note="the mayor plus 'twee schepenen' whose names will follow: two seats to reserve without names; the mayor's own address is not given (cabinet mailbox is not her); an organiser must follow up",
    ),
)

# 023 -- substitution: the alderman cannot come, his cabinet member comes instead
add(
    style="exchange",
    frm=("Ann Somers", "ann.somers@edegem.be"),
    subject="Wijziging inschrijving seminarie 7 december",
    date="Fri, 30 Nov 2018 09:14:27 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Schepen Jan Wouters (Personeel en Organisatie) had zich ingeschreven voor het seminarie van 7 december. Door een samenvallende afspraak kan hij er helaas niet bij zijn. In zijn plaats komt zijn kabinetsmedewerker, mevrouw Lotte Smets (lotte.smets@edegem.be).

Met vriendelijke groeten,

Ann Somers
Secretariaat schepen Wouters
Gemeente Edegem""",
    label=dict(
        kind="cancellation",
        registrants=[reg("Jan Wouters", "Edegem", "schepen van Personeel en Organisatie", None)],
        needs_review=True,
        note="substitution (Jan Wouters out, Lotte Smets in) sent by a secretary: the contract says flag for review",
    ),
)

# 024 -- French letter from a Brussels municipality (canonical Dutch name Sint-Gillis)
add(
    style="exchange",
    frm=("Nathalie Dubois", "ndubois@stgilles.brussels"),
    subject="Inscription séminaire du 7 décembre",
    date="Tue, 27 Nov 2018 16:33:19 +0100",
    html="auto",
    cte="base64",
    text="""Madame Boudry,

Je vous remercie pour votre invitation. Je souhaite m'inscrire au séminaire « Stadsorganisaties in transitie » du vendredi 7 décembre.

Nom : Nathalie Dubois
Commune : Saint-Gilles
Fonction : échevine des Finances et du Personnel
E-mail : ndubois@stgilles.brussels

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Nathalie Dubois
Échevine des Finances et du Personnel
Commune de Saint-Gilles
Place Maurice Van Meenen 39, 1060 Saint-Gilles""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Nathalie Dubois",
                "Sint-Gillis",
                "échevine des Finances et du Personnel",
                "ndubois@stgilles.brussels",
            )
        ],
        needs_review=False,
        note="French, base64 body; Saint-Gilles -> canonical Dutch Sint-Gillis; function as written in French",
    ),
)

# 025 -- request for an invitation for the whole council
add(
    style="exchange",
    frm=("Jan Vos", "jan.vos@gemeentemol.be"),
    subject="Uitnodiging seminarie voor alle gemeenteraadsleden?",
    date="Thu, 15 Nov 2018 10:22:40 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Uw uitnodiging voor het seminarie "Stadsorganisaties in transitie" werd op het college besproken. Het college acht het onderwerp zeer relevant voor de volledige gemeenteraad, zeker nu de nieuwe raad in januari 2019 wordt geïnstalleerd.

Zou u een uitnodiging kunnen richten aan alle 29 leden van onze gemeenteraad, of mogen wij uw uitnodiging intern verspreiden? Graag vernemen wij ook hoeveel plaatsen er nog beschikbaar zijn, zodat wij de raadsleden correct kunnen informeren.

Hoogachtend,

Jan Vos
Algemeen directeur
Gemeente Mol""",
    label=dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="asks for an invitation for all 29 council members and for free seats; nobody is registered yet (not even the sender); must be answered",
    ),
)

# 026 -- mayor, surname in capitals first, also member of the Flemish Parliament
add(
    style="exchange",
    frm=("VAN ROMPAEY Hilde", "hilde.vanrompaey@heist-op-den-berg.be"),
    subject="Inschrijving seminarie 7 december 2018",
    date="Tue, 13 Nov 2018 07:58:03 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Graag neem ik deel aan het seminarie.

Naam: VAN ROMPAEY Hilde
Stad / gemeente: Heist-op-den-Berg
Functie: burgemeester
E-mailadres: hilde.vanrompaey@heist-op-den-berg.be

Hoogachtend,

Hilde Van Rompaey
Burgemeester van Heist-op-den-Berg
Vlaams Volksvertegenwoordiger""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Hilde Van Rompaey",
                "Heist-op-den-Berg",
                "burgemeester",
                "hilde.vanrompaey@heist-op-den-berg.be",
            )
        ],
        needs_review=False,
        note="SURNAME-first capitals in the field; hyphenated municipality; the parliamentary mandate in the signature is not the stated function",
    ),
)

# 027 -- cabinet forwards the mayor's own request (his address in the forwarded header)
add(
    style="exchange",
    frm=("Kabinet burgemeester Lommel", "kabinet@lommel.be"),
    subject="FW: seminarie KCVS",
    date="Fri, 16 Nov 2018 14:27:36 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Hieronder de vraag van burgemeester Rik Jansen. Graag had ik hem ingeschreven voor het seminarie "Stadsorganisaties in transitie" op 7 december.

Met vriendelijke groeten,

Evi Hendrikx
Kabinetsmedewerker burgemeester
Stad Lommel

Van: Rik Jansen <rik.jansen@lommel.be>
Verzonden: vrijdag 16 november 2018 08:11
Aan: Kabinet burgemeester <kabinet@lommel.be>
Onderwerp: seminarie KCVS

Evi, wil jij mij inschrijven voor dat seminarie van KCVS op 7/12 in Antwerpen? Dank, Rik

Verzonden vanaf mijn iPad""",
    label=dict(
        kind="registration",
        registrants=[reg("Rik Jansen", "Lommel", "burgemeester", "rik.jansen@lommel.be")],
        needs_review=False,
        note="cabinet forwards the mayor's own note; his address is in the forwarded Van: line; the cabinet member who forwards is not a registrant",
    ),
)

# 028 -- late registration after the deadline
add(
    style="exchange",
    frm=("Katrien Deleu", "katrien.deleu@wevelgem.be"),
    subject="Laattijdige inschrijving seminarie 7 december",
    date="Tue, 04 Dec 2018 08:47:16 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Ik besef dat de inschrijvingstermijn op 2 december verstreken is, maar mijn agenda is pas gisteren vrijgekomen. Graag schrijf ik mij toch nog in, als dat nog kan.

Naam: Katrien Deleu
Stad / gemeente: Wevelgem
Functie: schepen van Personeel, Communicatie en Burgerzaken
E-mailadres: katrien.deleu@wevelgem.be

Met vriendelijke groeten,
Katrien Deleu""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Katrien Deleu",
                "Wevelgem",
                "schepen van Personeel, Communicatie en Burgerzaken",
                "katrien.deleu@wevelgem.be",
            )
        ],
        needs_review=False,
        note="late sign-up (4 December): lateness is the worker's policy, not the parser's",
    ),
)

# 029 -- registration plus a practical question (official car, parking)
add(
    style="gmail",
    frm=("Marc De Smedt", "marc.desmedt@vilvoorde.be"),
    relay="gmail",
    subject="Inschrijving + vraag parking",
    date="Wed, 21 Nov 2018 19:02:58 +0100",
    html="auto",
    text="""Beste mevrouw Boudry,

Hierbij schrijf ik mij in voor het seminarie van 7 december.

Naam: Marc De Smedt
Stad / gemeente: Vilvoorde
Functie: schepen van Financiën en Patrimonium
E-mailadres: marc.desmedt@vilvoorde.be

Ik kom met de dienstwagen. Is er parkeergelegenheid voorzien aan of in de buurt van de Permeke-bibliotheek, of raadt u aan met de trein te komen?

Met vriendelijke groeten,
Marc De Smedt""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Marc De Smedt",
                "Vilvoorde",
                "schepen van Financiën en Patrimonium",
                "marc.desmedt@vilvoorde.be",
            )
        ],
        needs_review=True,
        note="registration + parking question: registration, but someone must answer",
    ),
)

# 030 -- bounce of a confirmation (Postfix DSN)
_orig030 = EmailMessage(policy=default)
_orig030["From"] = "Linda Boudry <linda.boudry@kcvs.be>"
_orig030["To"] = "frank.mertens@sint-niklaas.be"
_orig030["Subject"] = CONFIRM_SUBJECT
_orig030["Date"] = "Thu, 22 Nov 2018 11:06:05 +0100"
raw(_orig030, "Message-ID", "<154287756512.4120.7731@worker.kcvs.be>")
_orig030["Auto-Submitted"] = "auto-generated"
_orig030.set_content(
    confirmation(
        "Beste heer Mertens",
        "Frank Mertens",
        "Sint-Niklaas",
        "schepen van Economie, Middenstand en Markten",
        "frank.mertens@sint-niklaas.be",
    ),
    charset="utf-8",
    cte="quoted-printable",
)
SPECS.append(
    dict(
        bounce=True,
        date="Thu, 22 Nov 2018 11:06:10 +0100",
        notice="""This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<frank.mertens@sint-niklaas.be>: host mail.sint-niklaas.be[198.51.100.61] said:
    550 5.1.1 <frank.mertens@sint-niklaas.be>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
        dsn_blocks=[
            [
                ("Reporting-MTA", "dns; mx1.kcvs.be"),
                ("X-Postfix-Queue-ID", "4F2kQ91XbJz1vN"),
                ("X-Postfix-Sender", "rfc822; linda.boudry@kcvs.be"),
                ("Arrival-Date", "Thu, 22 Nov 2018 11:06:05 +0100 (CET)"),
            ],
            [
                ("Final-Recipient", "rfc822; frank.mertens@sint-niklaas.be"),
                ("Original-Recipient", "rfc822;frank.mertens@sint-niklaas.be"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Remote-MTA", "dns; mail.sint-niklaas.be"),
                (
                    "Diagnostic-Code",
                    "smtp; 550 5.1.1 <frank.mertens@sint-niklaas.be>: Recipient address rejected: User unknown in virtual mailbox table",
                ),
            ],
        ],
        original=_orig030,
        label=dict(
            kind="bounce",
            registrants=[],
            needs_review=False,
            note="Postfix multipart/report DSN for a confirmation sent to an alderman; Auto-Submitted is present but the bounce wins; the returned confirmation's fields must not become a registrant",
        ),
    )
)

# 031 -- cabinet member registers the alderman, her address via Cc
add(
    style="exchange",
    frm=("Joke Verheyen", "joke.verheyen@turnhout.be"),
    cc=[("Katrien Hendrickx", "katrien.hendrickx@turnhout.be")],
    subject="Inschrijving schepen Hendrickx - seminarie 7/12",
    date="Mon, 19 Nov 2018 15:55:50 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Schepen Katrien Hendrickx (in cc) neemt graag deel aan het seminarie "Stadsorganisaties in transitie" van vrijdag 7 december.

Naam: Katrien Hendrickx
Stad / gemeente: Turnhout
Functie: schepen van Jeugd, Sport en Internationale Samenwerking
E-mailadres: zie cc

Met vriendelijke groeten,

Joke Verheyen
Kabinetsmedewerker
Stad Turnhout""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Katrien Hendrickx",
                "Turnhout",
                "schepen van Jeugd, Sport en Internationale Samenwerking",
                "katrien.hendrickx@turnhout.be",
            )
        ],
        needs_review=False,
        note="'E-mailadres: zie cc': the alderman's address is taken from the Cc header; the sender (cabinet member) is not a registrant",
    ),
)

# 032 -- provincial deputy (not a municipality), by his cabinet chief
add(
    style="exchange",
    frm=("Leen Joris", "leen.joris@provincieantwerpen.be"),
    subject="Seminarie Stadsorganisaties in transitie - deelname gedeputeerde",
    date="Fri, 09 Nov 2018 11:40:02 +0100",
    html="auto",
    text="""PROVINCIE ANTWERPEN
Kabinet gedeputeerde Ludo Verbeeck
Koningin Elisabethlei 22, 2018 Antwerpen

Antwerpen, 9 november 2018

Geachte mevrouw Boudry,

Gedeputeerde Verbeeck dankt u voor de uitnodiging en zal graag aanwezig zijn op het seminarie van 7 december.

Naam: Ludo Verbeeck
Organisatie: Provincie Antwerpen
Functie: gedeputeerde voor Economie, Erfgoed en Gebiedsgerichte Werking
E-mailadres: ludo.verbeeck@provincieantwerpen.be

Met vriendelijke groeten,

Namens de gedeputeerde,

Leen Joris
Kabinetschef""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Ludo Verbeeck",
                "Provincie Antwerpen",
                "gedeputeerde voor Economie, Erfgoed en Gebiedsgerichte Werking",
                "ludo.verbeeck@provincieantwerpen.be",
            )
        ],
        needs_review=False,
        note="provincial deputy: organisation is the province, not the city of Antwerpen (letterhead address 2018 Antwerpen is a trap); cabinet chief signs",
    ),
)

# 033 -- the mayor of 002 cancels in one line from his phone, quoting the confirmation
add(
    style="apple",
    frm=("Jef Goossens", "jef.goossens@herentals.be"),
    relay="exchange",
    subject="Re: " + CONFIRM_SUBJECT,
    date="Thu, 29 Nov 2018 22:51:07 +0100",
    in_reply_to="<154148531812.4120.2209@worker.kcvs.be>",
    text="Sorry Linda, moet toch afzeggen. Gemeenteraad verschoven naar vrijdagvoormiddag.\n\nJef\n\nVerzonden vanaf mijn iPhone\n\n"
    "Op 6 nov. 2018 om 07:42 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n\n"
    + quote(
        confirmation(
            "Beste heer Goossens",
            "Jef Goossens",
            "Herentals",
            "burgemeester",
            "jef.goossens@herentals.be",
        )
    ),
    label=dict(
        kind="cancellation",
        registrants=[reg("Jef Goossens", "Herentals", "burgemeester", "jef.goossens@herentals.be")],
        needs_review=False,
        note="one-line cancellation from the phone, signed only 'Jef'; identity from the sender and the quoted confirmation",
    ),
)

# 034 -- unrelated formal invitation to Linda herself (New Year reception)
add(
    style="o365",
    frm=("Kabinet van de burgemeester", "kabinet.burgemeester@stad.gent"),
    to=[("Linda Boudry", "linda.boudry@kcvs.be")],
    subject="Uitnodiging nieuwjaarsreceptie Stad Gent - maandag 7 januari 2019",
    date="Wed, 28 Nov 2018 10:00:12 +0100",
    html="auto",
    text="""STAD GENT
Kabinet van de burgemeester
Stadhuis, Botermarkt 1, 9000 Gent

Ons kenmerk: KAB/PROT/2018/0981
Gent, 28 november 2018

Geachte mevrouw Boudry,

Namens het college van burgemeester en schepenen heb ik het genoegen u uit te nodigen op de nieuwjaarsreceptie van Stad Gent, op maandag 7 januari 2019 om 19 uur in de Pacificatiezaal van het stadhuis.

Gelieve uw aanwezigheid te bevestigen vóór 20 december via protocol@stad.gent, met vermelding van uw naam, organisatie en functie.

Met de meeste hoogachting,

Voor het college,
De burgemeester""",
    label=dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="formal invitation TO Linda for another event (asks her for name/organisation/function): unrelated to the seminar, leave it alone",
    ),
)

# 035 -- party group secretariat registers two council members
add(
    style="gmail",
    frm=("Fractiesecretariaat Groen Gent", "fractie@groengent.be"),
    relay="gmail",
    subject="Inschrijving twee raadsleden - seminarie 7 december",
    date="Tue, 20 Nov 2018 13:17:44 +0100",
    html="auto",
    text="""Beste mevrouw Boudry,

Twee leden van onze gemeenteraadsfractie willen graag deelnemen aan het seminarie:

- Naam: Bram Vanhove
  Stad / gemeente: Gent
  Functie: gemeenteraadslid
  E-mailadres: bram.vanhove@stad.gent

- Naam: Yasmine El Amrani
  Stad / gemeente: Gent
  Functie: gemeenteraadslid en fractievoorzitter
  E-mailadres: yasmine.elamrani@stad.gent

Alvast bedankt!

Met groene groeten,
Jonas Coppens
fractiesecretaris Groen Gent""",
    label=dict(
        kind="registration",
        registrants=[
            reg("Bram Vanhove", "Gent", "gemeenteraadslid", "bram.vanhove@stad.gent"),
            reg(
                "Yasmine El Amrani",
                "Gent",
                "gemeenteraadslid en fractievoorzitter",
                "yasmine.elamrani@stad.gent",
            ),
        ],
        needs_review=False,
        note="party group secretary registers two council members with labelled fields; the party is not the organisation; the secretary is not a registrant",
    ),
)

# 036 -- second PDF letter, the cover line names the alderman but the details are in the PDF
PDF_BILZEN = pdf_bytes(
    [
        "STAD BILZEN",
        "Kabinet van de burgemeester",
        "Markt 1 - 3740 Bilzen",
        "",
        "Bilzen, 23 november 2018",
        "",
        "Aan het Kenniscentrum Vlaamse Steden",
        "t.a.v. mevrouw L. Boudry",
        "",
        "Betreft: inschrijving seminarie 'Stadsorganisaties in transitie' - 7 december 2018",
        "",
        "Geachte mevrouw Boudry,",
        "",
        "Hierbij schrijven wij de volgende mandataris in voor het seminarie:",
        "",
        "Naam: Frank Aerts",
        "Stad / gemeente: Bilzen",
        "Functie: schepen van Sociale Zaken, Wonen en Senioren",
        "E-mailadres: frank.aerts@bilzen.be",
        "",
        "Met de meeste hoogachting,",
        "",
        "Voor het kabinet van de burgemeester,",
        "Lies Vanhoudt",
    ],
    "Inschrijving schepen Aerts",
)
add(
    style="exchange",
    frm=("Kabinet burgemeester Bilzen", "kabinet@bilzen.be"),
    subject="Inschrijving schepen Aerts",
    date="Fri, 23 Nov 2018 11:48:21 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

In bijlage de inschrijving van schepen Frank Aerts voor het seminarie van 7 december.

Met vriendelijke groeten,
Kabinet van de burgemeester
Stad Bilzen""",
    attachments=[("Inschrijving_schepen_Aerts_KCVS.pdf", PDF_BILZEN, "application", "pdf")],
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Frank Aerts",
                "Bilzen",
                "schepen van Sociale Zaken, Wonen en Senioren",
                "frank.aerts@bilzen.be",
            )
        ],
        needs_review=True,
        note="cover line names 'schepen Frank Aerts'; portfolio and address only in the attached PDF; a person must open the attachment",
    ),
)

# 037 -- cabinet cancels for the mayor and one alderman
add(
    style="exchange",
    frm=("Kabinet burgemeester Halle", "kabinet.burgemeester@halle.be"),
    subject="Afmelding seminarie 7 december - burgemeester en schepen Hermans",
    date="Mon, 03 Dec 2018 09:30:45 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Met spijt moeten wij u meedelen dat burgemeester Ann Peeters en schepen Mark Hermans, die zich eerder inschreven voor het seminarie "Stadsorganisaties in transitie", op vrijdag 7 december toch niet aanwezig kunnen zijn. Zij worden die voormiddag verwacht op een overleg bij de provinciegouverneur.

Wij danken u voor uw begrip en wensen u een boeiend seminarie.

Met vriendelijke groeten,

Kabinet van de burgemeester
Stad Halle""",
    label=dict(
        kind="cancellation",
        registrants=[
            reg("Ann Peeters", "Halle", "burgemeester", None),
            reg("Mark Hermans", "Halle", "schepen", None),
        ],
        needs_review=False,
        note="cabinet mailbox cancels two people; their own addresses are not given (email null); alderman's function is just 'schepen'",
    ),
)

# 038 -- alderman registers herself and her cabinet member
add(
    style="apple",
    frm=("Charlotte Vandenberghe", "charlotte.vandenberghe@knokke-heist.be"),
    relay="exchange",
    subject="inschrijving 7 december",
    date="Wed, 07 Nov 2018 17:10:03 +0100",
    html="auto",
    text="""Geachte mevrouw Boudry,

Graag schrijf ik mezelf en mijn kabinetsmedewerker in voor het seminarie.

Naam: Charlotte Vandenberghe
Stad / gemeente: Knokke-Heist
Functie: schepen van Personeel, Onderwijs en Sport
E-mailadres: charlotte.vandenberghe@knokke-heist.be

Naam: Pieter-Jan Decock
Stad / gemeente: Knokke-Heist
Functie: kabinetsmedewerker
E-mailadres: pieterjan.decock@knokke-heist.be

Met vriendelijke groeten,
Charlotte Vandenberghe
Schepen

Verstuurd vanaf mijn iPhone""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Charlotte Vandenberghe",
                "Knokke-Heist",
                "schepen van Personeel, Onderwijs en Sport",
                "charlotte.vandenberghe@knokke-heist.be",
            ),
            reg(
                "Pieter-Jan Decock",
                "Knokke-Heist",
                "kabinetsmedewerker",
                "pieterjan.decock@knokke-heist.be",
            ),
        ],
        needs_review=False,
        note="two labelled blocks: the alderman herself and her cabinet member",
    ),
)

# 039 -- auto-reply to a confirmation, X-Autoreply only
add(
    style="exchange",
    frm=("Rudi Janssens", "rudi.janssens@genk.be"),
    envelope="",
    subject="Re: " + CONFIRM_SUBJECT,
    date="Fri, 30 Nov 2018 12:00:02 +0100",
    in_reply_to="<154357560011.4120.5120@worker.kcvs.be>",
    extra=[("X-Autoreply", "yes")],
    text="""Dit is een automatisch antwoord.

Schepen Rudi Janssens is met verlof tot en met maandag 3 december. Uw bericht wordt niet automatisch doorgestuurd. Voor dringende zaken kunt u contact opnemen met zijn kabinet: kabinet.janssens@genk.be, tel. 089 65 44 11.""",
    label=dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="auto-reply to a confirmation (X-Autoreply: yes, 'Re:' subject); must not be answered or read as a registration",
    ),
)

# 040 -- reply to his own confirmation, adds a fellow alderman
add(
    style="exchange",
    frm=("Guy Verstraeten", "guy.verstraeten@temse.be"),
    subject="RE: " + CONFIRM_SUBJECT,
    date="Mon, 26 Nov 2018 11:19:38 +0100",
    html="auto",
    in_reply_to="<154262102455.4120.8312@worker.kcvs.be>",
    text="""Beste mevrouw Boudry,

Dank voor de bevestiging. Mag ik er ook mijn collega-schepen Greet Jacobs bij inschrijven?

Naam: Greet Jacobs
Stad / gemeente: Temse
Functie: schepen van Sociale Zaken en Wonen
E-mailadres: greet.jacobs@temse.be

Met vriendelijke groeten,

Guy Verstraeten
Schepen van Financiën en Lokale Economie
Gemeente Temse

"""
    + outlook_header(
        "maandag 19 november 2018 10:30",
        to=("Guy Verstraeten", "guy.verstraeten@temse.be"),
        subject=CONFIRM_SUBJECT,
    )
    + "\n\n"
    + confirmation(
        "Beste heer Verstraeten",
        "Guy Verstraeten",
        "Temse",
        "schepen van Financiën en Lokale Economie",
        "guy.verstraeten@temse.be",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Greet Jacobs",
                "Temse",
                "schepen van Sociale Zaken en Wonen",
                "greet.jacobs@temse.be",
            )
        ],
        needs_review=False,
        note="reply to his own confirmation adding a colleague; only Greet Jacobs is new (the sender is already registered, his data is in the quoted confirmation)",
    ),
)

# 041 -- letterhead, 'dhr.' in the name field, ISO-8859-1 quoted-printable
add(
    style="exchange",
    frm=("Patrick Vandaele", "patrick.vandaele@ieper.be"),
    subject="Deelname seminarie van 7 december 2018",
    date="Thu, 08 Nov 2018 10:44:30 +0100",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""STAD IEPER
Kabinet schepen Patrick Vandaele
Grote Markt 34, 8900 Ieper

Uw kenmerk: -
Ons kenmerk: SCH/PV/2018-117
Datum: 8 november 2018

Geachte mevrouw Boudry,

Met genoegen neem ik deel aan het seminarie "Stadsorganisaties in transitie". Het thema sluit naadloos aan bij de hervorming die wij na de integratie van het OCMW in de stad doorvoeren, en ik kijk dan ook uit naar de ideeën die daar aan bod komen.

Hierbij de gevraagde gegevens:
Naam: dhr. Patrick Vandaele
Stad / gemeente: Ieper
Functie: schepen van Burgerzaken, Erediensten en Begraafplaatsen
E-mailadres: patrick.vandaele@ieper.be

Met de meeste hoogachting,

Patrick Vandaele
Schepen""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Patrick Vandaele",
                "Ieper",
                "schepen van Burgerzaken, Erediensten en Begraafplaatsen",
                "patrick.vandaele@ieper.be",
            )
        ],
        needs_review=False,
        note="ISO-8859-1 text/plain only; letterhead with Uw/Ons kenmerk; 'dhr.' dropped from the name",
    ),
)

# 042 -- municipality that merges on 1 January 2019
add(
    style="thunderbird",
    frm=("Mieke Van de Velde", "mieke.vandevelde@nevele.be"),
    relay="exchange",
    subject="Inschrijving seminarie KCVS",
    date="Fri, 30 Nov 2018 14:35:12 +0100",
    text="""Beste mevrouw Boudry,

Hierbij mijn inschrijving. Ons gemeentebestuur fusioneert op 1 januari met Deinze, dus het thema kon niet actueler zijn.

Naam: Mieke Van de Velde
Stad / gemeente: Nevele (vanaf 1 januari 2019 Deinze)
Functie: schepen van Cultuur en Vrije Tijd
E-mailadres: mieke.vandevelde@nevele.be

Vriendelijke groet,
Mieke Van de Velde""",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Mieke Van de Velde",
                "Nevele",
                "schepen van Cultuur en Vrije Tijd",
                "mieke.vandevelde@nevele.be",
            )
        ],
        needs_review=False,
        note="merging municipality: on 7 December she works for Nevele; the parenthetical future name Deinze is not part of the municipality",
    ),
)

# 043 -- mayor from a private Gmail address on his phone, one line
add(
    style="android",
    frm=("Dirk Callaerts", "dirk.callaerts@gmail.com"),
    subject="7/12",
    date="Sat, 24 Nov 2018 08:16:44 +0100",
    html="auto",
    text="""Graag inschrijven voor het seminarie van 7/12.
Dirk Callaerts, burgemeester Puurs

Verzonden vanaf mijn Samsung Galaxy-smartphone.""",
    label=dict(
        kind="registration",
        registrants=[reg("Dirk Callaerts", "Puurs", "burgemeester", "dirk.callaerts@gmail.com")],
        needs_review=False,
        note="mayor from a private gmail on his phone; municipality only from 'burgemeester Puurs'",
    ),
)

# 044 -- newsletter (mass mail) about the new legislature, with its own 'schrijf u in'
add(
    style="newsletter",
    frm=("VVSG Lokaal", "nieuwsbrief@vvsg.be"),
    relay="exchange",
    envelope="bounce-412-88123@mail.vvsg.be",
    subject="Lokaal nieuws: klaar voor de nieuwe legislatuur? Schrijf u in voor onze infosessies",
    date="Thu, 15 Nov 2018 07:00:00 +0100",
    html="auto",
    extra=[
        ("List-Id", "VVSG Lokaal nieuwsbrief <lokaal.nieuwsbrief.vvsg.be>"),
        (
            "List-Unsubscribe",
            "<https://www.vvsg.be/nieuwsbrief/afmelden?u=88123>, <mailto:afmelden@vvsg.be?subject=afmelden>",
        ),
        ("Precedence", "bulk"),
    ],
    text="""LOKAAL NIEUWS - 15 november 2018

Klaar voor de nieuwe legislatuur?
Op 1 januari 2019 gaan de nieuwe gemeenteraden van start en worden OCMW en gemeente volledig geïntegreerd. Nieuwe burgemeesters, schepenen en raadsleden kunnen terecht op onze infosessies 'Startklaar als mandataris'.

Schrijf u in via www.vvsg.be/startklaar (naam, gemeente, functie en e-mailadres volstaan).

Ook in deze nieuwsbrief:
- Het nieuwe Decreet over het lokaal bestuur in tien vragen
- Deontologische code: een model voor uw raad
- Vacatures bij lokale besturen

U ontvangt deze nieuwsbrief omdat u bent ingeschreven op Lokaal nieuws. Afmelden kan via www.vvsg.be/nieuwsbrief/afmelden.""",
    label=dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="newsletter with List-Id/List-Unsubscribe about the new legislature; its 'schrijf u in' and field list are for another event",
    ),
)

# 045 -- HTML-only formal letter from an alderman's cabinet chief
HTML045 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{font-family:Arial,sans-serif;font-size:10pt}</style></head>
<body lang="NL-BE">
<table width="100%" cellpadding="0" cellspacing="0" style="border-bottom:2px solid #C8102E">
<tr><td><b>STAD AALST</b><br>Kabinet schepen Tine Van der Straeten<br>Grote Markt 3, 9300 Aalst</td>
<td align="right">Uw kenmerk: uitnodiging 05/11/2018<br>Ons kenmerk: KAB-TVDS/2018/311<br>Aalst, 27 november 2018</td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:10pt">Geachte mevrouw Boudry,</p>
<p style="font-family:Arial,sans-serif;font-size:10pt">Namens schepen Tine Van der Straeten laat ik u weten dat zij graag deelneemt aan het seminarie &quot;Stadsorganisaties in transitie&quot; van vrijdag 7 december 2018.</p>
<p style="font-family:Arial,sans-serif;font-size:10pt">
<b>Naam:</b> Tine Van der Straeten<br>
<b>Stad / gemeente:</b> Aalst<br>
<b>Functie:</b> schepen van Burgerzaken, Personeel, Informatica en Patrimonium<br>
<b>E-mailadres:</b> <a href="mailto:tine.vanderstraeten@aalst.be">tine.vanderstraeten@aalst.be</a></p>
<p style="font-family:Arial,sans-serif;font-size:10pt">Hoogachtend,</p>
<p style="font-family:Arial,sans-serif;font-size:10pt">Bieke Cools<br>Kabinetschef<br>
<a href="mailto:bieke.cools@aalst.be">bieke.cools@aalst.be</a> | 053 77 93 00</p>
</body></html>
"""
add(
    style="exchange",
    frm=("Bieke Cools", "bieke.cools@aalst.be"),
    subject="Inschrijving seminarie 'Stadsorganisaties in transitie' - schepen Van der Straeten",
    date="Tue, 27 Nov 2018 09:26:14 +0100",
    text=None,
    html=HTML045,
    html_cte="base64",
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Tine Van der Straeten",
                "Aalst",
                "schepen van Burgerzaken, Personeel, Informatica en Patrimonium",
                "tine.vanderstraeten@aalst.be",
            )
        ],
        needs_review=False,
        note="HTML-only (base64) letter with a letterhead table (Uw/Ons kenmerk); fields in <b> labels; the cabinet chief who signs is not a registrant",
    ),
)


# ---------------------------------------------------------------- write


def main():
    assert len(SPECS) == 45, len(SPECS)
    for i, spec in enumerate(SPECS, 1):
        msg = build_bounce(spec) if spec.get("bounce") else build(spec)
        data = msg.as_bytes(policy=OUT_POLICY)
        with open(os.path.join(OUT, f"{i:03d}.eml"), "wb") as f:
            f.write(data)
        lab = spec["label"]
        lab = {
            "kind": lab["kind"],
            "registrants": lab["registrants"],
            "needs_review": lab["needs_review"],
            "note": lab["note"],
        }
        with open(os.path.join(OUT, f"{i:03d}.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
