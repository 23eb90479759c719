#!/usr/bin/env python3
"""Build the project's own labelled sample inbox for "Stadsorganisaties in transitie".

Writes tests/mail/samples/NNN.eml + NNN.json (one hand-written case per function below, the
function's docstring is the label's note), tests/mail/samples/README.md and the demo mailbox
inbox_worker/demo/sample-inbox.mbox.  Everything is built with the stdlib email package
(compat32 Message / MIME parts serialised by BytesGenerator) and is deterministic: fixed dates
between 5 November and 6 December 2018 (+0100), Message-IDs and MIME boundaries derived from
the case's function name.  People, phone numbers and non-municipal mailboxes are invented; the
municipal mail domains are real.

    .venv/bin/python tests/mail/samples/build.py
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import struct
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, quoprimime
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MBOX = ROOT / "inbox_worker" / "demo" / "sample-inbox.mbox"
TZ = timezone(timedelta(hours=1))
KINDS = ("registration", "cancellation", "auto_reply", "bounce", "other")

ORG_NAME = "Linda Boudry"
ORG_EMAIL = "linda.boudry@kcvs.be"
ORG = f"{ORG_NAME} <{ORG_EMAIL}>"
SP = " "  # a trailing space (format=flowed soft break)
SIG = "-- "  # the signature separator, trailing space included

# --------------------------------------------------------------------------------------------
# small helpers: dates, ids, encoded words
# --------------------------------------------------------------------------------------------


def when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)


def rfcdate(stamp: str, shift: int = 0) -> str:
    return format_datetime(when(stamp) + timedelta(seconds=shift))


def digest(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()


def ew(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words, split between words so that each stays short (at most 58 characters where words allow)."""

    def one(piece: str) -> str:
        raw = piece.encode(charset)
        if enc == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        return quoprimime.header_encode(raw, charset)

    words = text.split(" ")
    pieces: list[str] = []
    for i, word in enumerate(words):
        word = word + (" " if i < len(words) - 1 else "")
        if pieces and len(one(pieces[-1] + word)) <= 58:
            pieces[-1] += word
        else:
            pieces.append(word)
    return " ".join(one(p) for p in pieces)


def who(name: str, email: str, charset: str = "utf-8", enc: str = "q") -> str:
    if name.isascii():
        if any(c in name for c in ',.;:()"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def message_id(style: str, domain: str, seed: str) -> str:
    h = digest(seed)
    hu = h.upper()
    digits = "".join(str(int(c, 16) % 10) for c in h)
    if style == "exchange":
        return f"<{hu[:32]}@exch0{digits[0]}.{domain}>"
    if style == "o365":
        host = f"AM{digits[1] or 5}PR0{digits[2]}{digits[3]}{digits[4]}MB{digits[5:9]}"
        return f"<{host}{hu[:20]}@{host}.eurprd0{digits[9] or 4}.prod.outlook.com>"
    if style == "gmail":
        token = base64.urlsafe_b64encode(bytes.fromhex(h + h[:10])).decode().rstrip("=")
        return f"<CA{token[:38]}@mail.gmail.com>"
    if style == "apple":
        return f"<{hu[:8]}-{hu[8:12]}-{hu[12:16]}-{hu[16:20]}-{hu[20:32]}@{domain}>"
    if style == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "roundcube":
        return f"<{h[:32]}@webmail.{domain}>"
    if style == "zimbra":
        return f"<{int(h[:7], 16)}.{int(h[7:13], 16)}.{int(h[13:19], 16)}.JavaMail.zimbra@{domain}>"
    if style == "groupwise":
        return f"<5B{hu[:6]}02000{hu[6:9]}000{hu[9:14]}@gw.{domain}>"
    if style == "notes":
        return f"<OF{hu[:8]}.{hu[8:16]}-ONC1258343.{hu[16:24]}-C1258343.{hu[24:32]}@{domain}>"
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def thread_index(seed: str) -> str:
    return base64.b64encode(b"\x01\xd4" + bytes.fromhex(digest("ti" + seed))).decode()


def boundary(seed: str, n: int = 0) -> str:
    return f"----=_Part_{n}_{digest(f'b{n}{seed}')[:20]}"


def test_net_ip(seed: str) -> str:
    h = digest("ip" + seed)
    net = ("192.0.2", "198.51.100", "203.0.113")[int(h[0], 16) % 3]
    return f"{net}.{int(h[1:3], 16) % 250 + 2}"


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def encode_body(body: str, charset: str, cte: str) -> str:
    raw = body.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":  # the encoded text keeps CRLF line ends, as clients send it
        return base64.encodebytes(body.replace("\n", "\r\n").encode(charset)).decode("ascii")
    return raw.decode("ascii", "surrogateescape")


def text(
    body: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    params: str = "",
    quote_charset: bool = True,
) -> Message:
    part = Message()
    cs = f'"{charset}"' if quote_charset else charset
    part["Content-Type"] = f"text/{subtype}; charset={cs}{params}"
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(encode_body(body, charset, cte))
    return part


def multi(subtype: str, seed: str, n: int, *parts: Message, params: str = "") -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};{params} boundary="{boundary(seed, n)}"'
    for p in parts:
        m.attach(p)
    return m


def attachment(
    data: bytes, ctype: str, filename: str, disposition: str = "attachment", cid: str | None = None
) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Description"] = filename
    part["Content-Disposition"] = f'{disposition}; filename="{filename}"; size={len(data)}'
    if cid:
        part["Content-ID"] = f"<{cid}>"
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def rfc822(inner: Message, description: str | None = None) -> Message:
    part = Message()
    part["Content-Type"] = "message/rfc822"
    if description:
        part["Content-Description"] = description
    part.set_payload([inner])
    return part


def delivery_status(
    per_message: list[tuple[str, str]], per_recipient: list[tuple[str, str]]
) -> Message:
    part = Message()
    part["Content-Description"] = "Delivery report"
    part["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in (per_message, per_recipient):
        b = Message()
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    part.set_payload(blocks)
    return part


def envelope(headers: list[tuple[str, str]], body: Message, mime: bool = True) -> Message:
    """A top-level message: the given headers, MIME-Version, then the body part's own headers."""
    msg = Message()
    for k, v in headers:
        msg[k] = v
    if mime:
        msg["MIME-Version"] = "1.0"
    for k, v in body.items():
        msg[k] = v
    msg.set_payload(body._payload)
    msg.preamble = body.preamble
    return msg


def tiny_pdf(lines: list[str], title: str) -> bytes:
    """A valid one-page PDF (Helvetica, WinAnsi) that shows the given lines."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 11 Tf 16 TL 72 770 Td\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET"
    stream = content.encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (Microsoft Word 2016) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        xref,
    )
    return bytes(out)


def tiny_png(rgb: tuple[int, int, int], width: int = 24, height: int = 8) -> bytes:
    """A small solid-colour PNG (a stand-in for a signature logo)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# --------------------------------------------------------------------------------------------
# headers of one message: trace, addressing, client
# --------------------------------------------------------------------------------------------

CLIENTS = {
    # name: (message-id style, extra headers)
    "outlook": ("exchange", [("X-Mailer", "Microsoft Outlook 16.0")]),
    "outlook2010": ("exchange", [("X-Mailer", "Microsoft Outlook 14.0")]),
    "o365": ("o365", []),
    "owa": ("exchange", [("X-Mailer", "Microsoft OWA 15.1")]),
    "apple": ("apple", [("X-Mailer", "Apple Mail (2.3445.100.39)")]),
    "iphone": ("apple", [("X-Mailer", "iPhone Mail (16B92)")]),
    "outlook-ios": ("o365", []),
    "thunderbird": (
        "thunderbird",
        [
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            ),
            ("Content-Language", "nl"),
        ],
    ),
    "gmail": ("gmail", []),
    "roundcube": ("roundcube", [("User-Agent", "Roundcube Webmail/1.3.8")]),
    "zimbra": (
        "zimbra",
        [("X-Mailer", "Zimbra 8.7.11_GA_1854 (ZimbraWebClient - FF63 (Win)/8.7.11_GA_1854)")],
    ),
    "groupwise": ("groupwise", [("X-Mailer", "GroupWise 18.0.1")]),
    "notes": (
        "notes",
        [
            ("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF383 February 05, 2018"),
            ("X-MIMETrack", "Serialize by Router on SRVNOTES01 at 06-11-2018 14:03:11"),
        ],
    ),
    "system": ("system", []),
}

EXCHANGE_CLIENTS = {"outlook", "outlook2010", "o365", "owa", "outlook-ios"}


def hdrs(
    seed: str,
    frm: str,
    subject: str,
    stamp: str,
    client: str,
    *,
    to: str = ORG,
    cc: str | None = None,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    return_path: str | None = None,
    mid: str | None = "auto",
    relay: str | None = None,
) -> list[tuple[str, str]]:
    """Trace headers as the KCVS mail exchanger adds them, then the sender's own headers."""
    addr = frm.rsplit("<", 1)[-1].rstrip(">").strip()
    domain = addr.split("@", 1)[1]
    relay = relay or (
        "mail-sor-f41.google.com"
        if client == "gmail"
        else f"{domain.replace('.', '-')}.mail.protection.outlook.com"
        if client in ("o365", "outlook-ios")
        else f"mail.{domain}"
    )
    ip = test_net_ip(seed)
    qid = digest("q" + seed)[:10].upper()
    out: list[tuple[str, str]] = [
        ("Return-Path", f"<{return_path if return_path is not None else addr}>"),
        (
            "Received",
            f"from {relay} ({relay} [{ip}]) by mx.kcvs.be (Postfix) with ESMTPS id {qid} "
            f"for <{ORG_EMAIL}>; {rfcdate(stamp, 3)}",
        ),
    ]
    style, client_headers = CLIENTS[client]
    out += [("From", frm), ("To", to)]
    if cc:
        out.append(("Cc", cc))
    if reply_to:
        out.append(("Reply-To", reply_to))
    out += [("Subject", subject), ("Date", rfcdate(stamp))]
    if mid == "auto":
        out.append(("Message-ID", message_id(style, domain, seed)))
    elif mid:
        out.append(("Message-ID", mid))
    if in_reply_to:
        out.append(("In-Reply-To", in_reply_to))
        out.append(("References", references or in_reply_to))
    if client in EXCHANGE_CLIENTS:
        topic = subject
        for prefix in ("RE: ", "Re: ", "FW: ", "Antw: ", "Antw.: "):
            if topic.startswith(prefix):
                topic = topic[len(prefix) :]
        out += [
            ("Thread-Topic", topic),
            ("Thread-Index", thread_index(seed)),
            ("Accept-Language", "nl-BE, en-US"),
            ("Content-Language", "nl-BE"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    out += client_headers
    out += extra or []
    return out


# --------------------------------------------------------------------------------------------
# the organiser's own mails, quoted or returned in many cases
# --------------------------------------------------------------------------------------------

INVITE_SUBJECT = "Uitnodiging: Stadsorganisaties in transitie - vrijdag 7 december 2018"
INVITE_STAMP = "2018-11-05 10:02:14"
INVITE_MID = "<7E1C0B9A44D24F0B8A3D5C21E6F0A9B2@exch01.kcvs.be>"
INVITATION = """Beste,

Steden en gemeenten bouwen hun organisatie volop om: de integratie van OCMW
en gemeente, nieuwe vormen van samenwerking, digitalisering en krappere
budgetten vragen om andere structuren en een andere manier van werken.
Het Kenniscentrum Vlaamse Steden brengt praktijkmensen en onderzoekers
daarover samen op het seminarie

   Stadsorganisaties in transitie
   vrijdag 7 december 2018
   Permeke (auditorium), De Coninckplein 26, 2060 Antwerpen

09.30 u.          onthaal met koffie
10.00 u.          start van het seminarie
12.30 - 13.00 u.  broodjeslunch

Deelname is gratis. Inschrijven kan tot en met 2 december 2018 met een mail
aan linda.boudry@kcvs.be waarin u vermeldt:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Wij hopen u op 7 december te mogen verwelkomen.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be
"""

REMINDER_SUBJECT = "Herinnering: Stadsorganisaties in transitie - vrijdag 7 december 2018"
REMINDER_STAMP = "2018-11-26 09:30:05"
REMINDER_MID = "<2B9F6D1E0C8A4B7DA5E3F1C0D9B8A7E6@exch01.kcvs.be>"
REMINDER = """Beste,

Nog even ter herinnering: op vrijdag 7 december 2018 vindt het seminarie
"Stadsorganisaties in transitie" plaats in Permeke, De Coninckplein 26,
2060 Antwerpen (onthaal vanaf 9.30 u.).

Wie nog niet ingeschreven is, kan dat tot en met zondag 2 december met een
mail aan linda.boudry@kcvs.be met:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Bent u al ingeschreven, dan hoeft u niets meer te doen.

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden
"""

PRACTICAL_SUBJECT = "Praktische info: Stadsorganisaties in transitie, vrijdag 7 december"
PRACTICAL_STAMP = "2018-11-28 14:00:00"
PRACTICAL_MID = "<9C4E2A7B1D3F4E6A8B0C2D4E6F8A0B1C@exch01.kcvs.be>"

CONFIRM_SUBJECT = "Bevestiging inschrijving: Stadsorganisaties in transitie (7 december 2018)"


def confirmation(greeting: str, people: list[tuple[str, str, str, str]]) -> str:
    blocks = "\n\n".join(
        f"Naam: {n}\nStad / gemeente: {m}\nFunctie: {f}\nE-mailadres: {e}" for n, m, f, e in people
    )
    return f"""Beste {greeting},

Hartelijk dank voor uw inschrijving voor het seminarie "Stadsorganisaties in
transitie". Wij noteerden:

{blocks}

Tot vrijdag 7 december in Permeke, De Coninckplein 26, 2060 Antwerpen
(onthaal met koffie vanaf 9.30 u.).

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden
"""


def gt(body: str) -> str:
    """Quote with '> ' the way Thunderbird, Gmail and Apple Mail do."""
    return "\n".join(("> " + line) if line else ">" for line in body.rstrip("\n").split("\n"))


def outlook_block(sent: str, subject: str, to: str = ORG, old: bool = False) -> str:
    if old:
        return (
            "-----Oorspronkelijk bericht-----\n"
            f"Van: {ORG_NAME} [mailto:{ORG_EMAIL}] \n"
            f"Verzonden: {sent}\n"
            f"Aan: {to}\n"
            f"Onderwerp: {subject}\n"
        )
    return f"Van: {ORG}\nVerzonden: {sent}\nAan: {to}\nOnderwerp: {subject}\n"


def html_of(plain: str, style: str = "outlook") -> str:
    """A plausible HTML twin of a plain-text body, in the given client's style."""
    lines = [html.escape(x) for x in plain.rstrip("\n").split("\n")]
    if style == "gmail":
        inner = "<br>".join(lines)
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        inner = "".join(f"<div>{x or '<br>'}</div>" for x in lines)
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
            f' class="">{inner}</body></html>\n'
        )
    paras = "\n".join(
        f'<p class="MsoNormal">{x or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for x in lines
    )
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style>
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
{paras}
</div>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------


def person(
    name: str | None, municipality: str | None, function: str | None, email: str | None
) -> dict:
    return {"name": name, "municipality": municipality, "function": function, "email": email}


def label(kind: str, *registrants: dict, review: bool = False) -> dict:
    return {"kind": kind, "registrants": list(registrants), "needs_review": review}


Case = tuple[Message, dict]

# ============================================================================================
# the cases, in arrival order
# ============================================================================================


def auto_exchange_nl() -> Case:
    """Dutch Exchange out-of-office ('Automatisch antwoord:') with Auto-Submitted; the body names a colleague's address and the signature a function and city"""
    s = "auto_exchange_nl"
    body = """Beste,

Ik ben afwezig tot en met maandag 12 november. Uw mail wordt niet doorgestuurd.
Voor dringende vragen kunt u terecht bij mijn collega Ruben Mortier
(ruben.mortier@brugge.be, 050 44 87 10).

Met vriendelijke groeten,

Annick Goethals
teamcoach HR
Stad Brugge
"""
    h = hdrs(
        s,
        "Goethals Annick <annick.goethals@brugge.be>",
        "Automatisch antwoord: " + INVITE_SUBJECT,
        "2018-11-05 10:02:31",
        "outlook",
        in_reply_to=INVITE_MID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "annick.goethals@brugge.be"),
        ],
    )
    return envelope(h, multi("alternative", s, 1, text(body), text(html_of(body), "html"))), label(
        "auto_reply"
    )


def bounce_exchange_ndr_en() -> Case:
    """English Exchange NDR ('Undeliverable:'), multipart/report with delivery-status and the returned invitation headers as text/rfc822-headers"""
    s = "bounce_exchange_ndr_en"
    rcpt = "mieke.vos@hamme.be"
    human = f"""Delivery has failed to these recipients or groups:

{rcpt}
The e-mail address you entered couldn't be found. Please check the recipient's e-mail
address and try to resend the message. If the problem continues, please contact your
helpdesk.

Diagnostic information for administrators:

Generating server: EXCH02.hamme.be

{rcpt}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from mx.kcvs.be (203.0.113.25) by EXCH02.hamme.be (10.12.0.22)
 with Microsoft SMTP Server id 15.1.1531.3; {rfcdate(INVITE_STAMP, 20)}
From: {ORG}
To: {ORG}
Subject: {INVITE_SUBJECT}
Date: {rfcdate(INVITE_STAMP)}
Message-ID: {INVITE_MID}
"""
    headers_part = text(
        f"""Received: from mx.kcvs.be (203.0.113.25) by EXCH02.hamme.be (10.12.0.22)
 with Microsoft SMTP Server id 15.1.1531.3; {rfcdate(INVITE_STAMP, 20)}
From: {ORG}
To: {ORG}
Subject: {INVITE_SUBJECT}
Date: {rfcdate(INVITE_STAMP)}
Message-ID: {INVITE_MID}
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
""",
        "rfc822-headers",
        "us-ascii",
        "7bit",
    )
    ds = delivery_status(
        [
            ("Reporting-MTA", "dns;EXCH02.hamme.be"),
            ("Received-From-MTA", "dns;mx.kcvs.be"),
            ("Arrival-Date", rfcdate(INVITE_STAMP, 20)),
        ],
        [
            ("Original-Recipient", f"rfc822;{rcpt}"),
            ("Final-Recipient", f"rfc822;{rcpt}"),
            ("Action", "failed"),
            ("Status", "5.1.10"),
            (
                "Diagnostic-Code",
                "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            ),
        ],
    )
    h = hdrs(
        s,
        "Microsoft Outlook <postmaster@hamme.be>",
        "Undeliverable: " + INVITE_SUBJECT,
        "2018-11-05 10:02:58",
        "system",
        return_path="",
        in_reply_to=INVITE_MID,
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        mid=message_id("exchange", "hamme.be", s),
    )
    body = multi(
        "report",
        s,
        1,
        multi(
            "alternative",
            s,
            2,
            text(human, cte="7bit", charset="us-ascii"),
            text(html_of(human), "html", cte="quoted-printable"),
        ),
        ds,
        headers_part,
        params=" report-type=delivery-status;",
    )
    return envelope(h, body), label("bounce")


def auto_ticket_roeselare() -> Case:
    """ticket-system acknowledgement from a city's general mailbox (Auto-Submitted: auto-generated, Precedence: bulk, ticket number in the subject)"""
    s = "auto_ticket_roeselare"
    body = """Geachte,

Wij hebben uw bericht goed ontvangen. Uw vraag werd geregistreerd onder
referentienummer 181105-000312 en wordt zo snel mogelijk door de bevoegde
dienst behandeld. Wij streven ernaar u binnen vijf werkdagen te antwoorden.

Vermeld dit referentienummer bij verdere correspondentie over deze vraag.

Dit is een automatisch gegenereerd bericht. Gelieve niet op deze e-mail te
antwoorden.

Met vriendelijke groeten,
Klantendienst Stad Roeselare
"""
    h = hdrs(
        s,
        "Klantendienst Stad Roeselare <noreply@roeselare.be>",
        f"[Ticket #181105-000312] {INVITE_SUBJECT}",
        "2018-11-05 10:03:12",
        "system",
        return_path="bounces@roeselare.be",
        in_reply_to=INVITE_MID,
        extra=[
            ("Auto-Submitted", "auto-generated"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Klantenportaal Ticketing 4.2"),
        ],
    )
    return envelope(h, text(body, cte="quoted-printable")), label("auto_reply")


def auto_fr_brussels() -> Case:
    """French/Dutch absence message with X-Autoreply and Precedence: bulk, ISO-8859-1 quoted-printable body and RFC 2047 subject"""
    s = "auto_fr_brussels"
    body = """Bonjour,

Je suis absente du bureau jusqu'au vendredi 9 novembre inclus. Votre message
ne sera pas transféré. Pour toute question urgente, vous pouvez contacter le
secrétariat du département Personnel au 02 279 00 00.

Ik ben afwezig tot en met vrijdag 9 november. Uw bericht wordt niet
doorgestuurd. Voor dringende vragen kunt u het secretariaat van het
departement Personeel bereiken op 02 279 00 00.

Nathalie Dubois
Conseillère en organisation - Ville de Bruxelles
"""
    h = hdrs(
        s,
        "Nathalie Dubois <nathalie.dubois@brucity.be>",
        ew("Réponse automatique :", "iso-8859-1") + " " + INVITE_SUBJECT,
        "2018-11-05 10:04:05",
        "system",
        in_reply_to=INVITE_MID,
        extra=[("X-Autoreply", "yes"), ("Precedence", "bulk")],
        mid=message_id("exchange", "brucity.be", s),
    )
    return envelope(h, text(body, charset="iso-8859-1")), label("auto_reply")


def auto_de_eupen() -> Case:
    """German out-of-office ('Abwesenheitsnotiz:') with Auto-Submitted: auto-replied, UTF-8 quoted-printable"""
    s = "auto_de_eupen"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag,
16. November, nicht im Büro und habe keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie
sich bitte an die Zentrale der Stadtverwaltung: 087 59 58 00.

Mit freundlichen Grüßen

Klaus Mertes
Personalabteilung - Stadt Eupen
"""
    h = hdrs(
        s,
        "Klaus Mertes <klaus.mertes@eupen.be>",
        "Abwesenheitsnotiz: " + INVITE_SUBJECT,
        "2018-11-05 10:05:44",
        "system",
        in_reply_to=INVITE_MID,
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        mid=message_id("exchange", "eupen.be", s),
    )
    return envelope(h, text(body)), label("auto_reply")


def auto_nl_no_headers() -> Case:
    """Dutch holiday reply with subject 'Afwezig' and no auto-reply header at all: only the wording shows it is automatic"""
    s = "auto_nl_no_headers"
    body = """Dank u voor uw bericht.

Ik ben met vakantie tot en met vrijdag 16 november en lees mijn mails niet.
Uw bericht wordt niet automatisch doorgestuurd. Voor dringende vragen kunt u
terecht bij secretariaat@lommel.be.

Raf Claesen
strategisch coördinator
Stad Lommel
"""
    h = hdrs(
        s,
        "Raf Claesen <raf.claesen@lommel.be>",
        "Afwezig",
        "2018-11-05 10:06:10",
        "groupwise",
        in_reply_to=INVITE_MID,
    )
    return envelope(h, text(body, cte="8bit")), label("auto_reply")


def reg_brugge_labels() -> Case:
    """the plain case: the four labels exactly as asked, Outlook plain text; 'Stad Brugge' -> Brugge"""
    s = "reg_brugge_labels"
    body = """Dag Linda,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam: Pieter Vanhoutte
Stad / gemeente: Stad Brugge
Functie: diensthoofd personeelsbeleid
E-mailadres: pieter.vanhoutte@brugge.be

Vriendelijke groeten,
Pieter

--
Pieter Vanhoutte
Diensthoofd Personeelsbeleid
Stad Brugge - Departement HR
T 050 44 81 23
"""
    h = hdrs(
        s,
        "Vanhoutte Pieter <pieter.vanhoutte@brugge.be>",
        "Inschrijving seminarie 7 december",
        "2018-11-05 10:41:07",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Pieter Vanhoutte",
            "Brugge",
            "diensthoofd personeelsbeleid",
            "pieter.vanhoutte@brugge.be",
        ),
    )


def reg_kortrijk_dash_typos() -> Case:
    """labels with ' - ' separators and typos ('Fuctie', 'E-mail adres'); Apple Mail text+HTML"""
    s = "reg_kortrijk_dash_typos"
    body = """Hallo,

Ik wil graag deelnemen aan jullie seminarie.

Naam - Lotte Vandenbussche
Stad / gemeente - Kortrijk
Fuctie - projectleider interne communicatie
E-mail adres - lotte.vandenbussche@kortrijk.be

Groetjes,
Lotte
"""
    h = hdrs(
        s,
        "Lotte Vandenbussche <lotte.vandenbussche@kortrijk.be>",
        "inschrijving",
        "2018-11-05 11:20:43",
        "apple",
    )
    alt = multi(
        "alternative",
        s,
        1,
        text(body, cte="7bit", charset="us-ascii"),
        text(html_of(body, "apple"), "html"),
    )
    return envelope(h, alt), label(
        "registration",
        person(
            "Lotte Vandenbussche",
            "Kortrijk",
            "projectleider interne communicatie",
            "lotte.vandenbussche@kortrijk.be",
        ),
    )


def reg_ieper_outlook_quote() -> Case:
    """Outlook reply: filled-in template on top with 'address<mailto:address>', the invitation with its empty template quoted below a 'Van:/Verzonden:' block"""
    s = "reg_ieper_outlook_quote"
    body = f"""Naam: Bram Lefever
Stad / gemeente: Ieper
Functie: financieel directeur
E-mailadres: bram.lefever@ieper.be<mailto:bram.lefever@ieper.be>

Groeten,
Bram

{outlook_block("maandag 5 november 2018 10:02", INVITE_SUBJECT)}
{INVITATION}"""
    h = hdrs(
        s,
        "Bram Lefever <bram.lefever@ieper.be>",
        "RE: " + INVITE_SUBJECT,
        "2018-11-05 11:52:19",
        "o365",
        in_reply_to=INVITE_MID,
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body), "html"))
    return envelope(h, alt), label(
        "registration",
        person("Bram Lefever", "Ieper", "financieel directeur", "bram.lefever@ieper.be"),
    )


def reg_roeselare_tabs() -> Case:
    """tab-separated labels, Outlook 2010 windows-1252 quoted-printable ('coördinator')"""
    s = "reg_roeselare_tabs"
    body = (
        "Goedemorgen,\n\nHierbij mijn inschrijving:\n\n"
        "Naam\t\t\tJoris Debruyne\n"
        "Stad / gemeente\t\tRoeselare\n"
        "Functie\t\t\tcoördinator organisatieontwikkeling\n"
        "E-mailadres\t\tjoris.debruyne@roeselare.be\n\n"
        "Met vriendelijke groet,\nJoris Debruyne\nStad Roeselare\n"
    )
    h = hdrs(
        s,
        "Joris Debruyne <joris.debruyne@roeselare.be>",
        "Inschrijving Stadsorganisaties in transitie",
        "2018-11-05 14:03:51",
        "outlook2010",
    )
    return envelope(h, text(body, charset="windows-1252")), label(
        "registration",
        person(
            "Joris Debruyne",
            "Roeselare",
            "coördinator organisatieontwikkeling",
            "joris.debruyne@roeselare.be",
        ),
    )


def reg_leuven_nextline_flowed() -> Case:
    """each value on the line below its label; Thunderbird format=flowed with soft line breaks"""
    s = "reg_leuven_nextline_flowed"
    body = f"""Beste Linda,

Bij deze wil ik me graag inschrijven voor het seminarie "Stadsorganisaties{SP}
in transitie" op vrijdag 7 december in Permeke.

Naam:
Annelies Smets

Stad / gemeente:
Leuven

Functie:
adviseur strategische planning

E-mailadres:
annelies.smets@leuven.be

Met vriendelijke groet,
Annelies Smets

{SIG}
Annelies Smets
Stad Leuven | Strategische cel
"""
    h = hdrs(
        s,
        "Annelies Smets <annelies.smets@leuven.be>",
        "Inschrijving 7 december",
        "2018-11-05 15:37:02",
        "thunderbird",
    )
    part = text(body, charset="utf-8", cte="7bit", params="; format=flowed", quote_charset=False)
    return envelope(h, part), label(
        "registration",
        person(
            "Annelies Smets", "Leuven", "adviseur strategische planning", "annelies.smets@leuven.be"
        ),
    )


def other_colleague_meeting() -> Case:
    """a KCVS colleague about moving an internal meeting: the organiser's own unrelated mail"""
    s = "other_colleague_meeting"
    body = """Hoi Linda,

Kunnen we ons overleg over de jaarplanning 2019 van dinsdag naar woensdag
14 november verschuiven? Dinsdag zit ik de hele dag in Brussel.
Woensdag na 13 u. past voor mij, ik boek dan het kleine vergaderzaaltje.

Laat je maar iets weten.

Tijs
"""
    h = hdrs(
        s,
        "Tijs Vermeire <tijs.vermeire@kcvs.be>",
        "overleg jaarplanning",
        "2018-11-05 16:12:40",
        "outlook",
        relay="exch01.kcvs.be",
    )
    return envelope(h, text(body)), label("other")


def reg_lochristi_prose() -> Case:
    """free-text registration: function and municipality only inside a sentence ('stafmedewerker personeel bij de gemeente Lochristi'); OWA"""
    s = "reg_lochristi_prose"
    body = """Goedemiddag mevrouw Boudry,

Graag had ik mij ingeschreven voor jullie seminarie op 7 december. Ik werk
sinds kort als stafmedewerker personeel bij de gemeente Lochristi, en het
thema sluit mooi aan bij een traject dat we hier net opstarten.

Alvast bedankt,
Hanne Van Damme
"""
    h = hdrs(
        s,
        "Hanne Van Damme <hanne.vandamme@lochristi.be>",
        "seminarie 7/12",
        "2018-11-06 08:47:25",
        "owa",
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body), "html"))
    return envelope(h, alt), label(
        "registration",
        person(
            "Hanne Van Damme",
            "Lochristi",
            "stafmedewerker personeel",
            "hanne.vandamme@lochristi.be",
        ),
    )


def reg_oostende_signature_logo() -> Case:
    """one-line registration, every field from the signature; multipart/related HTML with an inline logo"""
    s = "reg_oostende_signature_logo"
    body = """Dag Linda,

Hierbij schrijf ik me in voor het seminarie van 7 december.

Met vriendelijke groeten

Sofie Claeys
beleidsmedewerker organisatieontwikkeling
Stad Oostende - Dienst Strategie & Organisatie
T +32 59 80 55 01
sofie.claeys@oostende.be
www.oostende.be
"""
    htmlbody = html_of(body).replace(
        "</div>\n</body>",
        '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D475B2.3C1E4A90"'
        ' alt="Stad Oostende"></p>\n</div>\n</body>',
    )
    related = multi(
        "related",
        s,
        2,
        text(htmlbody, "html"),
        attachment(
            tiny_png((0, 84, 147)),
            "image/png",
            "image001.png",
            "inline",
            cid="image001.png@01D475B2.3C1E4A90",
        ),
        params=' type="text/html";',
    )
    h = hdrs(
        s,
        "Claeys Sofie <sofie.claeys@oostende.be>",
        "Inschrijving seminarie",
        "2018-11-06 09:15:33",
        "outlook",
    )
    alt = multi("alternative", s, 1, text(body), related)
    return envelope(h, alt), label(
        "registration",
        person(
            "Sofie Claeys",
            "Oostende",
            "beleidsmedewerker organisatieontwikkeling",
            "sofie.claeys@oostende.be",
        ),
    )


def reg_genk_html_table() -> Case:
    """HTML-only Outlook mail (windows-1252 QP) registering three colleagues in a Naam | Functie | E-mail table"""
    s = "reg_genk_html_table"
    rows = [
        ("Ilse Janssens", "diensthoofd organisatiebeheersing", "ilse.janssens@genk.be"),
        ("Mehmet Yilmaz", "beleidsadviseur personeel", "mehmet.yilmaz@genk.be"),
        ("Kristof Vanhees", "coördinator digitalisering", "kristof.vanhees@genk.be"),
    ]
    cell = '<td width="{w}" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{v}<o:p></o:p></p></td>'
    trs = [
        "<tr>"
        + "".join(
            cell.format(w=w, v=f"<b>{v}</b>")
            for w, v in ((180, "Naam"), (260, "Functie"), (220, "E-mail"))
        )
        + "</tr>"
    ]
    for n, f, e in rows:
        trs.append(
            "<tr>"
            + cell.format(w=180, v=n)
            + cell.format(w=260, v=html.escape(f))
            + cell.format(w=220, v=f'<a href="mailto:{e}">{e}</a>')
            + "</tr>"
        )
    table = (
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
        + "\n".join(trs)
        + "\n</table>"
    )
    htmlbody = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:"Cambria Math";}}
@font-face {{font-family:Calibri;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1; text-decoration:underline;}}
table.MsoTableGrid {{border:solid windowtext 1.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style>
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Beste Linda,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vanuit stad Genk schrijven we graag deze drie collega’s in voor het seminarie “Stadsorganisaties in transitie” van 7 december:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{table}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vriendelijke groeten,<o:p></o:p></p>
<p class="MsoNormal">Ilse<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Ilse Janssens</span></b><br>
<span style="color:#1F3864">Diensthoofd Organisatiebeheersing | Stad Genk</span><br>
<span style="color:#1F3864">T 089 65 00 00</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Dit bericht is uitsluitend bestemd voor de geadresseerde. Stad Genk kan niet aansprakelijk gesteld worden voor de inhoud van dit bericht.</span><o:p></o:p></p>
</div>
</body>
</html>
"""
    h = hdrs(
        s,
        "Janssens Ilse <ilse.janssens@genk.be>",
        "Inschrijving seminarie 7 december - stad Genk",
        "2018-11-06 10:30:12",
        "outlook",
    )
    return envelope(h, text(htmlbody, "html", "windows-1252")), label(
        "registration", *(person(n, "Genk", f, e) for n, f, e in rows)
    )


def reg_zottegem_thunderbird_quote() -> Case:
    """Thunderbird reply ('Op 5/11/2018 om 10:02 schreef ...:') with short labels 'Stad:' and 'Mail:' above the '>'-quoted invitation and its empty template; format=flowed"""
    s = "reg_zottegem_thunderbird_quote"
    body = f"""Dag Linda,

Ik schrijf me graag in:

Naam: Wouter Van de Velde
Stad: Zottegem
Functie: algemeen directeur
Mail: wouter.vandevelde@zottegem.be

Tot dan!
Wouter

Op 5/11/2018 om 10:02 schreef Linda Boudry:
{gt(INVITATION)}
"""
    h = hdrs(
        s,
        "Wouter Van de Velde <wouter.vandevelde@zottegem.be>",
        "Re: " + INVITE_SUBJECT,
        "2018-11-06 13:05:58",
        "thunderbird",
        in_reply_to=INVITE_MID,
    )
    part = text(body, cte="8bit", params="; format=flowed", quote_charset=False)
    return envelope(h, part), label(
        "registration",
        person(
            "Wouter Van de Velde", "Zottegem", "algemeen directeur", "wouter.vandevelde@zottegem.be"
        ),
    )


def reg_lier_oorspronkelijk() -> Case:
    """'dhr.' honorific in the name; the invitation quoted under '-----Oorspronkelijk bericht-----' with a '[mailto:]' Van: line"""
    s = "reg_lier_oorspronkelijk"
    body = f"""Beste mevrouw Boudry

Ik zou graag aanwezig zijn op het seminarie.

Naam: dhr. Tom Verhaegen
Stad / gemeente: Lier
Functie: teamverantwoordelijke HR
E-mailadres: tom.verhaegen@lier.be

Met vriendelijke groeten
Tom Verhaegen

{outlook_block("maandag 5 november 2018 10:02", INVITE_SUBJECT, old=True)}
{INVITATION}"""
    h = hdrs(
        s,
        "Verhaegen Tom <tom.verhaegen@lier.be>",
        "RE: " + INVITE_SUBJECT,
        "2018-11-06 16:44:09",
        "outlook2010",
        in_reply_to=INVITE_MID,
    )
    return envelope(h, text(body, charset="iso-8859-1")), label(
        "registration",
        person("Tom Verhaegen", "Lier", "teamverantwoordelijke HR", "tom.verhaegen@lier.be"),
    )


def reg_mechelen_list() -> Case:
    """three colleagues as a bulleted list 'name (function) - address', the sender among them"""
    s = "reg_mechelen_list"
    body = """Dag Linda,

Vanuit stad Mechelen komen we graag met drie naar het seminarie op 7 december:

* Evelien Goossens (stafmedewerker bestuurszaken) - evelien.goossens@mechelen.be
* Dirk Van Roey (afdelingshoofd interne zaken) - dirk.vanroey@mechelen.be
* Nadia El Amrani (HR business partner) - nadia.elamrani@mechelen.be

Ik ben zelf de eerste op de lijst.

Vriendelijke groet,
Evelien Goossens
Stad Mechelen
"""
    h = hdrs(
        s,
        "Evelien Goossens <evelien.goossens@mechelen.be>",
        "Inschrijving 3 personen Mechelen",
        "2018-11-07 09:02:44",
        "outlook",
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body), "html"))
    return envelope(h, alt), label(
        "registration",
        person(
            "Evelien Goossens",
            "Mechelen",
            "stafmedewerker bestuurszaken",
            "evelien.goossens@mechelen.be",
        ),
        person(
            "Dirk Van Roey", "Mechelen", "afdelingshoofd interne zaken", "dirk.vanroey@mechelen.be"
        ),
        person("Nadia El Amrani", "Mechelen", "HR business partner", "nadia.elamrani@mechelen.be"),
    )


def reg_turnhout_colleague() -> Case:
    """'mijn collega X en ik': the sender (details in her signature) and a colleague whose function and address are in the sentence"""
    s = "reg_turnhout_colleague"
    body = """Hallo Linda,

Mijn collega Wim Peeters en ik schrijven ons graag in voor het seminarie
"Stadsorganisaties in transitie". Wim is teamleider burgerzaken, zijn
mailadres is wim.peeters@turnhout.be.

Groeten,

Katleen Hermans
Stafmedewerker strategie en organisatie
Stad Turnhout
014 44 21 87
"""
    h = hdrs(
        s,
        "Katleen Hermans <katleen.hermans@turnhout.be>",
        "Inschrijving seminarie",
        "2018-11-07 11:26:15",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Katleen Hermans",
            "Turnhout",
            "stafmedewerker strategie en organisatie",
            "katleen.hermans@turnhout.be",
        ),
        person("Wim Peeters", "Turnhout", "teamleider burgerzaken", "wim.peeters@turnhout.be"),
    )


def other_invoice() -> Case:
    """a printer's invoice with a PDF attachment: unrelated business mail"""
    s = "other_invoice"
    body = """Geachte mevrouw Boudry,

In bijlage vindt u factuur F2018-1187 voor het drukwerk "Jaarverslag 2017"
(250 exemplaren, geleverd op 31 oktober).

Gelieve het bedrag van EUR 1.482,30 over te maken binnen 30 dagen op
rekening BE00 0000 0000 0000 met vermelding van het factuurnummer.

Met vriendelijke groeten,
Boekhouding Drukkerij De Letterzetter bvba
"""
    pdf = tiny_pdf(
        [
            "Drukkerij De Letterzetter bvba",
            "FACTUUR F2018-1187",
            "Klant: Kenniscentrum Vlaamse Steden",
            "Jaarverslag 2017 - 250 ex.",
            "Totaal te betalen: EUR 1.482,30",
        ],
        "Factuur F2018-1187",
    )
    h = hdrs(
        s,
        "Drukkerij De Letterzetter <facturatie@deletterzetter.be>",
        "Factuur F2018-1187",
        "2018-11-07 14:10:00",
        "outlook",
    )
    mixed = multi("mixed", s, 1, text(body), attachment(pdf, "application/pdf", "F2018-1187.pdf"))
    return envelope(h, mixed), label("other")


def reg_herentals_secretary_mayor() -> Case:
    """a mayor's secretary registers the burgemeester in prose: the registrant is the mayor, who gets no address of his own (null)"""
    s = "reg_herentals_secretary_mayor"
    body = """Geachte mevrouw Boudry,

Namens burgemeester Marc Dierckx schrijf ik hem graag in voor het seminarie
"Stadsorganisaties in transitie" van vrijdag 7 december in Antwerpen.
De bevestiging mag naar dit adres; ik zet het seminarie dan in zijn
agenda.

Met vriendelijke groeten,

Greet Van Looy
Secretariaat burgemeester
Stad Herentals
"""
    h = hdrs(
        s,
        "Greet Van Looy <greet.vanlooy@herentals.be>",
        "Inschrijving burgemeester Dierckx",
        "2018-11-08 09:33:27",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration", person("Marc Dierckx", "Herentals", "burgemeester", None)
    )


def reg_vilvoorde_cc_director() -> Case:
    """the director's assistant registers 'mevrouw Veerle Cools'; her address is only in the Cc header ('zij staat in cc'); the sender is not registered"""
    s = "reg_vilvoorde_cc_director"
    body = """Beste,

Ik wil graag onze algemeen directeur, mevrouw Veerle Cools, inschrijven voor
het seminarie op 7 december. Zij staat in cc.

Vriendelijke groet,
Lieve Mertens
Directiesecretariaat
Stad Vilvoorde
"""
    h = hdrs(
        s,
        "Lieve Mertens <lieve.mertens@vilvoorde.be>",
        "inschrijving seminarie 7/12",
        "2018-11-08 10:58:02",
        "outlook",
        cc="Veerle Cools <Veerle.Cools@vilvoorde.be>",
    )
    return envelope(h, text(body)), label(
        "registration",
        person("Veerle Cools", "Vilvoorde", "algemeen directeur", "veerle.cools@vilvoorde.be"),
    )


def reg_beveren_latin1() -> Case:
    """ISO-8859-1 body in 8bit (ë, ö) with ' : ' labels and 'Bestuur : Gemeente Beveren'; ISO-8859-1 Q-encoded From; Zimbra"""
    s = "reg_beveren_latin1"
    body = """Goeiedag,

Graag schrijf ik me in voor de studiedag van 7 december.

Naam : Gaëlle Verstraeten
Bestuur : Gemeente Beveren
Functie : coördinator personeel & organisatie
E-mail : gaelle.verstraeten@beveren.be

Met vriendelijke groeten,
Gaëlle
"""
    h = hdrs(
        s,
        who("Gaëlle Verstraeten", "gaelle.verstraeten@beveren.be", "iso-8859-1"),
        "Inschrijving studiedag 7 december",
        "2018-11-08 14:21:36",
        "zimbra",
    )
    return envelope(h, text(body, charset="iso-8859-1", cte="8bit")), label(
        "registration",
        person(
            "Gaëlle Verstraeten",
            "Beveren",
            "coördinator personeel & organisatie",
            "gaelle.verstraeten@beveren.be",
        ),
    )


def reg_tielt_cp1252() -> Case:
    """windows-1252 quoted-printable with curly quotes and en dash; 'Voornaam' + 'Achternaam' labels; 'Organisatie: Stad Tielt – secretariaat' -> Tielt"""
    s = "reg_tielt_cp1252"
    body = """Beste Linda,

Hieronder mijn gegevens voor het seminarie “Stadsorganisaties in transitie”.

Voornaam: Frédérique
Achternaam: Desmet
Organisatie: Stad Tielt – secretariaat
Functie: juriste
E-mailadres: frederique.desmet@tielt.be

Dank u wel!
Frédérique
"""
    h = hdrs(
        s,
        who("Frédérique Desmet", "frederique.desmet@tielt.be", "windows-1252"),
        ew("Inschrijving “Stadsorganisaties in transitie”", "windows-1252"),
        "2018-11-09 08:55:14",
        "outlook2010",
    )
    return envelope(h, text(body, charset="windows-1252")), label(
        "registration",
        person("Frédérique Desmet", "Tielt", "juriste", "frederique.desmet@tielt.be"),
    )


def other_question_colleagues() -> Case:
    """a question whether more colleagues may come before registering them: nobody registers yet, a person must answer"""
    s = "other_question_colleagues"
    body = """Dag Linda,

Bij ons zijn meerdere mensen geïnteresseerd in het seminarie van 7 december.
Is het aantal plaatsen per stad beperkt, of mogen er ook twee collega's van
het OCMW mee? Dan stuur ik je daarna hun gegevens door.

Groeten,
Bieke Van Gils
Stad Hoogstraten
"""
    h = hdrs(
        s,
        "Bieke Van Gils <bieke.vangils@hoogstraten.be>",
        "Vraag over seminarie 7 december",
        "2018-11-09 10:12:50",
        "outlook",
    )
    return envelope(h, text(body)), label("other", review=True)


def reg_lokeren_base64_ios() -> Case:
    """Outlook for iOS: base64 UTF-8 text and HTML, B-encoded From; unlabelled lines in template order (name, 'Stad Lokeren', function, address)"""
    s = "reg_lokeren_base64_ios"
    body = """Dag Linda

Inschrijving voor vrijdag 7 december:
Zoë Van Hecke
Stad Lokeren
Teamverantwoordelijke onthaal
zoe.vanhecke@lokeren.be

Groeten
Zoë

Outlook voor iOS downloaden<https://aka.ms/o0ukef>
"""
    h = hdrs(
        s,
        who("Zoë Van Hecke", "zoe.vanhecke@lokeren.be", enc="b"),
        "Inschrijving",
        "2018-11-09 12:40:31",
        "outlook-ios",
    )
    alt = multi(
        "alternative", s, 1, text(body, cte="base64"), text(html_of(body), "html", cte="base64")
    )
    return envelope(h, alt), label(
        "registration",
        person(
            "Zoë Van Hecke", "Lokeren", "teamverantwoordelijke onthaal", "zoe.vanhecke@lokeren.be"
        ),
    )


def reg_waregem_rfc2047() -> Case:
    """UTF-8 Q-encoded From and Subject (Jérôme), 8bit UTF-8 body, an extra 'Dienst:' label and 'Email:'"""
    s = "reg_waregem_rfc2047"
    body = """Goedemorgen Linda,

Ik schrijf me graag in voor het seminarie op 7 december.

Naam: Jérôme Declercq
Stad / gemeente: Waregem
Dienst: Personeel & Organisatie
Functie: HR-adviseur
Email: jerome.declercq@waregem.be

Vriendelijke groeten,
Jérôme
"""
    h = hdrs(
        s,
        who("Jérôme Declercq", "jerome.declercq@waregem.be"),
        ew("Inschrijving seminarie – Jérôme Declercq"),
        "2018-11-12 09:18:40",
        "thunderbird",
    )
    return envelope(h, text(body, cte="8bit")), label(
        "registration",
        person("Jérôme Declercq", "Waregem", "HR-adviseur", "jerome.declercq@waregem.be"),
    )


def bounce_qmail() -> Case:
    """qmail plain-text 'failure notice' without MIME headers after a week in the queue; the returned invitation with its empty template follows inline"""
    s = "bounce_qmail"
    returned = f"""Return-Path: <{ORG_EMAIL}>
Received: (qmail 28133 invoked from network); 5 Nov 2018 09:02:20 -0000
Received: from mx.kcvs.be (203.0.113.25)
  by mail.debrugvzw.be with SMTP; 5 Nov 2018 09:02:20 -0000
From: {ORG}
To: {ORG}
Subject: {INVITE_SUBJECT}
Date: {rfcdate(INVITE_STAMP)}
Message-ID: {INVITE_MID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{INVITATION}"""
    body = f"""Hi. This is the qmail-send program at mail.debrugvzw.be.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@debrugvzw.be>:
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.

{returned}"""
    h = [
        ("Return-Path", "<>"),
        (
            "Received",
            f"from mail.debrugvzw.be (mail.debrugvzw.be [{test_net_ip(s)}]) by mx.kcvs.be "
            f"(Postfix) with ESMTP id 9E2D41A0C3 for <{ORG_EMAIL}>; {rfcdate('2018-11-12 10:03:27')}",
        ),
        ("Date", rfcdate("2018-11-12 10:03:24")),
        ("From", "MAILER-DAEMON@mail.debrugvzw.be"),
        ("To", ORG_EMAIL),
        ("Subject", "failure notice"),
    ]
    part = Message()
    part.set_payload(body.encode("utf-8").decode("ascii", "surrogateescape"))
    return envelope(h, part, mime=False), label("bounce")


def reg_dendermonde_surname_first() -> Case:
    """surname-first upper-case name 'DE SMET Katrien', mixed-case address to lower-case; GroupWise, LF line ends"""
    s = "reg_dendermonde_surname_first"
    body = """Goedemorgen,

Inschrijving seminarie 7/12:

Naam: DE SMET Katrien
Stad/gemeente: Dendermonde
Functie: deskundige interne controle
E-mailadres: Katrien.DeSmet@dendermonde.be

mvg
Katrien De Smet
"""
    h = hdrs(
        s,
        "Katrien De Smet <Katrien.DeSmet@dendermonde.be>",
        "Inschrijving",
        "2018-11-12 11:47:03",
        "groupwise",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "registration",
        person(
            "Katrien De Smet",
            "Dendermonde",
            "deskundige interne controle",
            "katrien.desmet@dendermonde.be",
        ),
    )


def other_newsletter() -> Case:
    """a newsletter (List-Id, List-Unsubscribe, Precedence: bulk) that itself invites to register for its own webinar with name, organisation and function"""
    s = "other_newsletter"
    body = """HR Lokaal - nieuwsbrief november 2018

In dit nummer:
- De nieuwe rechtspositieregeling: wat verandert er op 1 januari?
- Praktijk: hoe Deinze haar personeelsdiensten integreerde
- Webinar "Competentiemanagement in kleine besturen", 13 december 2018

WEBINAR - schrijf nu in!
Stuur uw naam, organisatie en functie naar webinar@hrlokaal.be en u
ontvangt de link een dag op voorhand. Deelname is gratis.

U ontvangt deze nieuwsbrief omdat u ingeschreven bent op de mailinglijst van
HR Lokaal. Uitschrijven: https://www.hrlokaal.be/nieuwsbrief/afmelden
"""
    h = hdrs(
        s,
        "HR Lokaal <nieuwsbrief@hrlokaal.be>",
        "HR Lokaal nieuwsbrief - november 2018",
        "2018-11-13 07:00:00",
        "system",
        return_path="bounce-2018-11-13-lb@news.hrlokaal.be",
        to=ORG_EMAIL,
        relay="news.hrlokaal.be",
        extra=[
            ("List-Id", "HR Lokaal nieuwsbrief <nieuwsbrief.hrlokaal.be>"),
            (
                "List-Unsubscribe",
                "<mailto:afmelden@hrlokaal.be?subject=unsubscribe>, "
                "<https://www.hrlokaal.be/nieuwsbrief/afmelden?id=48213>",
            ),
            ("Precedence", "bulk"),
            ("X-Mailer", "Mailing-o-matic 3.1"),
        ],
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body, "gmail"), "html"))
    return envelope(h, alt), label("other")


def reg_sinttruiden_honorifics() -> Case:
    """academic honorifics 'dr. ir.' before the name; 'Stad/gemeente :' with a space before the colon"""
    s = "reg_sinttruiden_honorifics"
    body = """Geachte,

Graag neem ik deel aan het seminarie.

Naam : dr. ir. Koen Lambrechts
Stad/gemeente : Sint-Truiden
Functie : strategisch coördinator
E-mailadres : koen.lambrechts@sint-truiden.be

Hoogachtend,
dr. ir. Koen Lambrechts
"""
    h = hdrs(
        s,
        "Koen Lambrechts <koen.lambrechts@sint-truiden.be>",
        "Deelname seminarie 7 december",
        "2018-11-13 09:36:22",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Koen Lambrechts",
            "Sint-Truiden",
            "strategisch coördinator",
            "koen.lambrechts@sint-truiden.be",
        ),
    )


def reg_english_bruges() -> Case:
    """registration in English with English labels; 'City: Bruges' -> Brugge"""
    s = "reg_english_bruges"
    body = """Dear Ms Boudry,

I would like to register for the seminar on 7 December.

Name: Sarah O'Neill
City: Bruges
Job title: international relations officer
Email: sarah.oneill@brugge.be

Kind regards,
Sarah
"""
    h = hdrs(
        s,
        "Sarah O'Neill <sarah.oneill@brugge.be>",
        "Registration seminar 7 December",
        "2018-11-13 15:12:48",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "registration",
        person(
            "Sarah O'Neill", "Brugge", "international relations officer", "sarah.oneill@brugge.be"
        ),
    )


def reg_french_courtrai() -> Case:
    """registration in French with French labels (Nom / Ville / Fonction / Courriel); 'Courtrai' -> Kortrijk"""
    s = "reg_french_courtrai"
    body = """Bonjour Madame Boudry,

Je souhaiterais m'inscrire au séminaire « Stadsorganisaties in transitie » du
vendredi 7 décembre.

Nom : Amélie Vandamme
Ville : Courtrai
Fonction : chargée de mission ressources humaines
Courriel : amelie.vandamme@kortrijk.be

Bien à vous,
Amélie Vandamme
"""
    h = hdrs(
        s,
        who("Amélie Vandamme", "amelie.vandamme@kortrijk.be"),
        ew("Inscription séminaire 7 décembre"),
        "2018-11-14 10:20:16",
        "apple",
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Amélie Vandamme",
            "Kortrijk",
            "chargée de mission ressources humaines",
            "amelie.vandamme@kortrijk.be",
        ),
    )


def reg_french_ixelles_prose() -> Case:
    """French prose: 'secrétaire communale adjointe à la commune d'Ixelles' -> canonical Dutch Elsene; name from the signature"""
    s = "reg_french_ixelles_prose"
    body = """Madame,

Je travaille comme secrétaire communale adjointe à la commune d'Ixelles et je
souhaite participer au séminaire du 7 décembre à Anvers. Pourriez-vous
m'inscrire ?

Merci d'avance et bonne journée,

Céline Lambert
Commune d'Ixelles
"""
    h = hdrs(
        s,
        who("Céline Lambert", "celine.lambert@ixelles.be", "iso-8859-1"),
        ew("Inscription au séminaire du 7 décembre", "iso-8859-1"),
        "2018-11-14 11:05:39",
        "outlook",
    )
    return envelope(h, text(body, charset="iso-8859-1")), label(
        "registration",
        person(
            "Céline Lambert", "Elsene", "secrétaire communale adjointe", "celine.lambert@ixelles.be"
        ),
    )


def reg_skw_abbrev() -> Case:
    """abbreviated municipality 'Gemeente St.-Katelijne-Waver' under 'Gemeente/stad' -> Sint-Katelijne-Waver; 'E-mail adres' label"""
    s = "reg_skw_abbrev"
    body = """Beste,

Graag had ik mij ingeschreven voor het seminarie van 7 december:

Naam: Joke Van den Broeck
Gemeente/stad: Gemeente St.-Katelijne-Waver
Functie: personeelsverantwoordelijke
E-mail adres: joke.vandenbroeck@sint-katelijne-waver.be

Dank u,
Joke
"""
    h = hdrs(
        s,
        "Joke Van den Broeck <joke.vandenbroeck@sint-katelijne-waver.be>",
        "Inschrijving seminarie",
        "2018-11-14 14:48:57",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Joke Van den Broeck",
            "Sint-Katelijne-Waver",
            "personeelsverantwoordelijke",
            "joke.vandenbroeck@sint-katelijne-waver.be",
        ),
    )


def other_phishing() -> Case:
    """phishing spam in Dutch (a parcel 'could not be delivered', pay a fee via a link)"""
    s = "other_phishing"
    plain = """Beste klant,

Uw pakket met trackingnummer 3232 1458 7720 0019 kon vandaag niet geleverd
worden omdat er nog verzendkosten (EUR 1,99) openstaan.

Betaal binnen 48 uur via onderstaande link, anders wordt het pakket
teruggestuurd naar de afzender:

http://bpost-levering-be.com/track/3232145877200019

Met vriendelijke groeten,
Klantendienst
"""
    htmlbody = """<html><body style="font-family:Arial">
<p><img src="http://bpost-levering-be.com/img/logo.png" alt="logo"></p>
<p>Beste klant,</p>
<p>Uw pakket met trackingnummer <b>3232 1458 7720 0019</b> kon vandaag niet geleverd worden omdat er nog verzendkosten (EUR 1,99) openstaan.</p>
<p><a href="http://bpost-levering-be.com/track/3232145877200019" style="background:#ef2637;color:#fff;padding:8px 16px">Betaal nu</a></p>
<p>Zonder betaling binnen 48 uur wordt het pakket teruggestuurd naar de afzender.</p>
</body></html>
"""
    h = hdrs(
        s,
        "bpost <info@bpost-levering-be.com>",
        "Uw pakket kon niet geleverd worden",
        "2018-11-15 03:12:09",
        "system",
        to=ORG_EMAIL,
        relay="vps2231.hostingfarm.example",
        return_path="www-data@vps2231.hostingfarm.example",
    )
    alt = multi("alternative", s, 1, text(plain), text(htmlbody, "html"))
    return envelope(h, alt), label("other")


def reg_ocmw_geel() -> Case:
    """'Organisatie: OCMW Geel' -> Geel; Notes mail with the labels in a different order"""
    s = "reg_ocmw_geel"
    body = """Goedemiddag,

Hierbij mijn inschrijving voor het seminarie "Stadsorganisaties in transitie".

Functie: diensthoofd sociale dienst
Naam: Marleen Vos
Organisatie: OCMW Geel
E-mailadres: marleen.vos@geel.be

Met vriendelijke groeten

Marleen Vos
"""
    h = hdrs(
        s,
        "Marleen Vos <marleen.vos@geel.be>",
        "Inschrijving seminarie 7/12",
        "2018-11-15 09:50:31",
        "notes",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "registration",
        person("Marleen Vos", "Geel", "diensthoofd sociale dienst", "marleen.vos@geel.be"),
    )


def reg_zele_signature() -> Case:
    """'Graag schrijf ik mij in' with all details in a '-- ' signature naming 'Gemeente en OCMW Zele'"""
    s = "reg_zele_signature"
    body = f"""Beste Linda,

Graag schrijf ik mij in voor het seminarie van 7 december in Permeke.

Tot dan,
Nico

{SIG}
Nico Van Hoorebeke
Algemeen directeur
Gemeente en OCMW Zele
nico.vanhoorebeke@zele.be | 052 45 00 00
"""
    h = hdrs(
        s,
        "Nico Van Hoorebeke <nico.vanhoorebeke@zele.be>",
        "seminarie Stadsorganisaties in transitie",
        "2018-11-15 13:31:12",
        "thunderbird",
    )
    return envelope(h, text(body, cte="7bit", charset="us-ascii")), label(
        "registration",
        person("Nico Van Hoorebeke", "Zele", "algemeen directeur", "nico.vanhoorebeke@zele.be"),
    )


def reg_wetteren_roundcube() -> Case:
    """'Lokaal Bestuur Wetteren' -> Wetteren under the label 'Bestuur:'; Roundcube"""
    s = "reg_wetteren_roundcube"
    body = """Beste Linda,

Ik schrijf mij graag in voor "Stadsorganisaties in transitie".

Naam: Ruth De Cock
Bestuur: Lokaal Bestuur Wetteren
Functie: stafmedewerker organisatieontwikkeling
E-mailadres: ruth.decock@wetteren.be

Vriendelijke groeten,
Ruth De Cock
"""
    h = hdrs(
        s,
        "Ruth De Cock <ruth.decock@wetteren.be>",
        "Inschrijving",
        "2018-11-16 10:07:45",
        "roundcube",
    )
    return envelope(
        h, text(body, cte="7bit", charset="us-ascii", params="; format=flowed", quote_charset=False)
    ), label(
        "registration",
        person(
            "Ruth De Cock",
            "Wetteren",
            "stafmedewerker organisatieontwikkeling",
            "ruth.decock@wetteren.be",
        ),
    )


def reg_vlaamse_overheid() -> Case:
    """non-municipal organisation 'Vlaamse overheid – Departement Kanselarij en Bestuur' under 'Organisatie:', kept as written"""
    s = "reg_vlaamse_overheid"
    body = """Beste mevrouw Boudry,

Graag schrijf ik mij in voor het seminarie op 7 december.

Naam: Hilde Aerts
Organisatie: Vlaamse overheid – Departement Kanselarij en Bestuur
Functie: beleidsmedewerker lokale besturen
E-mailadres: hilde.aerts@vlaanderen.be

Met vriendelijke groet,

Hilde Aerts
Beleidsmedewerker
Vlaamse overheid – Departement Kanselarij en Bestuur
Boudewijnlaan 30, 1000 Brussel
"""
    h = hdrs(
        s,
        "Aerts Hilde <hilde.aerts@vlaanderen.be>",
        "Inschrijving seminarie 7 december",
        "2018-11-16 11:45:04",
        "o365",
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Hilde Aerts",
            "Vlaamse overheid – Departement Kanselarij en Bestuur",
            "beleidsmedewerker lokale besturen",
            "hilde.aerts@vlaanderen.be",
        ),
    )


def reg_vvsg_signature() -> Case:
    """'ik kom graag luisteren' with the details in the signature of a VVSG staff member (non-municipal, kept as 'VVSG'); the Brussels address is not a municipality"""
    s = "reg_vvsg_signature"
    body = """Dag Linda,

Ik kom graag luisteren op 7 december; mag je mij op de lijst zetten?

Bedankt!

Wannes Coppens
stafmedewerker personeelsbeleid
VVSG
Bischoffsheimlaan 1-8, 1000 Brussel
wannes.coppens@vvsg.be
"""
    h = hdrs(
        s, "Wannes Coppens <wannes.coppens@vvsg.be>", "7 december", "2018-11-19 09:10:20", "o365"
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Wannes Coppens", "VVSG", "stafmedewerker personeelsbeleid", "wannes.coppens@vvsg.be"
        ),
    )


def reg_provincie_antwerpen() -> Case:
    """'Stad / gemeente: Provincie Antwerpen': a province, kept as written, not the city Antwerpen"""
    s = "reg_provincie_antwerpen"
    body = """Goedemiddag,

Naam: Stijn Deckers
Stad / gemeente: Provincie Antwerpen
Functie: organisatieadviseur
E-mailadres: stijn.deckers@provincieantwerpen.be

Groeten,
Stijn
"""
    h = hdrs(
        s,
        "Deckers Stijn <stijn.deckers@provincieantwerpen.be>",
        "inschrijving 7 december",
        "2018-11-19 14:22:38",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "registration",
        person(
            "Stijn Deckers",
            "Provincie Antwerpen",
            "organisatieadviseur",
            "stijn.deckers@provincieantwerpen.be",
        ),
    )


def reg_ugent() -> Case:
    """a researcher of Universiteit Gent (non-municipal, kept as written; not the city Gent)"""
    s = "reg_ugent"
    body = """Beste Linda,

Vanuit ons onderzoek naar de integratie van OCMW en gemeente volg ik het
thema van dichtbij. Graag schrijf ik me in:

Naam: Elke Maes
Stad / gemeente: Universiteit Gent
Functie: doctoraatsonderzoeker bestuurskunde
E-mailadres: elke.maes@ugent.be

Vriendelijke groeten,
Elke Maes
Vakgroep Bestuurskunde en Publiek Management, Universiteit Gent
"""
    h = hdrs(
        s,
        "Elke Maes <Elke.Maes@UGent.be>",
        "Inschrijving seminarie 7/12",
        "2018-11-20 10:03:58",
        "thunderbird",
    )
    return envelope(h, text(body, cte="7bit", charset="us-ascii")), label(
        "registration",
        person(
            "Elke Maes",
            "Universiteit Gent",
            "doctoraatsonderzoeker bestuurskunde",
            "elke.maes@ugent.be",
        ),
    )


def reg_vzw() -> Case:
    """a vzw as organisation ('Wijkwerking De Brug vzw', kept as written) under 'Stad / gemeente'"""
    s = "reg_vzw"
    body = """Hallo,

Via een partnerorganisatie kreeg ik jullie uitnodiging door. Graag schrijf
ik me in:

Naam: Yasmine Bouzid
Stad / gemeente: Wijkwerking De Brug vzw
Functie: coördinator
E-mailadres: yasmine.bouzid@debrugvzw.be

Groetjes,
Yasmine
"""
    h = hdrs(
        s,
        "Yasmine Bouzid <yasmine.bouzid@debrugvzw.be>",
        "inschrijving seminarie",
        "2018-11-20 15:40:11",
        "roundcube",
    )
    return envelope(h, text(body, cte="8bit")), label(
        "registration",
        person(
            "Yasmine Bouzid",
            "Wijkwerking De Brug vzw",
            "coördinator",
            "yasmine.bouzid@debrugvzw.be",
        ),
    )


def reg_leiedal() -> Case:
    """an intercommunale ('intercommunale Leiedal', kept as written); the signature's Kortrijk address is not her employer"""
    s = "reg_leiedal"
    body = """Beste,

Hierbij mijn inschrijving voor 7 december.

Naam: Inge Vanneste
Organisatie: intercommunale Leiedal
Functie: projectleider bestuurlijke samenwerking
E-mailadres: inge.vanneste@leiedal.be

Met vriendelijke groeten,

Inge Vanneste
Leiedal | President Kennedypark 10 | 8500 Kortrijk
"""
    h = hdrs(
        s,
        "Inge Vanneste <inge.vanneste@leiedal.be>",
        "Inschrijving seminarie",
        "2018-11-21 09:12:05",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "registration",
        person(
            "Inge Vanneste",
            "intercommunale Leiedal",
            "projectleider bestuurlijke samenwerking",
            "inge.vanneste@leiedal.be",
        ),
    )


def bounce_postfix_confirmation() -> Case:
    """Postfix RFC 3464 DSN (multipart/report, Auto-Submitted) returning a confirmation whose four filled-in fields must not become a registrant"""
    s = "bounce_postfix_confirmation"
    rcpt = "jens.verbrugen@roeselare.be"
    conf_h = [
        ("From", ORG),
        ("To", f"Jens Verbruggen <{rcpt}>"),
        ("Subject", CONFIRM_SUBJECT),
        ("Date", rfcdate("2018-11-21 09:34:50")),
        ("Message-ID", "<C3D8A1F0B7E24A6C9D15@exch01.kcvs.be>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    conf = envelope(
        conf_h,
        text(
            confirmation("Jens", [("Jens Verbruggen", "Roeselare", "beleidsmedewerker ICT", rcpt)])
        ),
    )
    human = f"""This is the mail system at host mx.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.roeselare.be[198.51.100.61] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    ds = delivery_status(
        [
            ("Reporting-MTA", "dns; mx.kcvs.be"),
            ("X-Postfix-Queue-ID", "5F3C21A07B"),
            ("X-Postfix-Sender", f"rfc822; {ORG_EMAIL}"),
            ("Arrival-Date", rfcdate("2018-11-21 09:34:51")),
        ],
        [
            ("Final-Recipient", f"rfc822; {rcpt}"),
            ("Original-Recipient", f"rfc822;{rcpt}"),
            ("Action", "failed"),
            ("Status", "5.1.1"),
            ("Remote-MTA", "dns; mail.roeselare.be"),
            (
                "Diagnostic-Code",
                f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
            ),
        ],
    )
    h = [
        ("Return-Path", "<>"),
        ("Received", f"by mx.kcvs.be (Postfix) id 7A0B31A0D2; {rfcdate('2018-11-21 09:35:02')}"),
        ("Date", rfcdate("2018-11-21 09:35:02")),
        ("From", "MAILER-DAEMON@mx.kcvs.be (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ORG_EMAIL),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20181121083502.7A0B31A0D2@mx.kcvs.be>"),
    ]
    notif = text(human, charset="us-ascii", cte="7bit")
    notif["Content-Description"] = "Notification"
    body = multi(
        "report",
        s,
        1,
        notif,
        ds,
        rfc822(conf, "Undelivered Message"),
        params=" report-type=delivery-status;",
    )
    body.preamble = "This is a MIME-encapsulated message."
    return envelope(h, body), label("bounce")


def other_calendar_invite() -> Case:
    """a meeting invitation (text/calendar METHOD:REQUEST, subject 'Uitnodiging: ...') from a partner for another meeting"""
    s = "other_calendar_invite"
    plain = """Overleg lerend netwerk HR-directeurs: agenda volgt.

Locatie: VVSG, Bischoffsheimlaan 1-8, Brussel, zaal 3.03
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Jolien Van Acker:mailto:jolien.vanacker@vvsg.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be
DESCRIPTION;LANGUAGE=nl-BE:Overleg lerend netwerk HR-directeurs: agenda volgt.
SUMMARY;LANGUAGE=nl-BE:Overleg lerend netwerk HR-directeurs
DTSTART:20181218T130000Z
DTEND:20181218T150000Z
UID:040000008200E00074C5B7101A82E00800000000D0A2C6E4A581D401000000000000000010000000
DTSTAMP:20181121T153000Z
LOCATION;LANGUAGE=nl-BE:VVSG\\, zaal 3.03
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    h = hdrs(
        s,
        "Jolien Van Acker <jolien.vanacker@vvsg.be>",
        "Uitnodiging: Overleg lerend netwerk HR-directeurs @ di 18 dec. 2018 14:00 - 16:00",
        "2018-11-21 16:30:00",
        "o365",
    )
    cal = text(ics, "calendar", cte="7bit", params="; method=REQUEST")
    alt = multi("alternative", s, 1, text(plain), text(html_of(plain), "html"), cal)
    return envelope(h, alt), label("other")


def reg_halle_gmail_private() -> Case:
    """sent from a private Gmail address in the evening: the registrant's address is the work address in the body, not the sender's"""
    s = "reg_halle_gmail_private"
    body = """Dag Linda,

Ik stuur dit even vanaf mijn privéadres, want ik kan thuis niet aan mijn
werkmail. Ik zou graag komen naar het seminarie van 7 december.

Bert Devos
stad Halle - diensthoofd personeel en organisatie
werkadres: bert.devos@halle.be (graag de bevestiging daarheen)

Groeten,
Bert
"""
    h = hdrs(
        s,
        "Bert Devos <bert.devos73@gmail.com>",
        "Inschrijving seminarie 7 december",
        "2018-11-21 20:14:26",
        "gmail",
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body, "gmail"), "html"))
    return envelope(h, alt), label(
        "registration",
        person(
            "Bert Devos", "Halle", "diensthoofd personeel en organisatie", "bert.devos@halle.be"
        ),
    )


def review_maldegem_maybe() -> Case:
    """conditional registration ('misschien kom ik', depends on a council meeting): register, but a person should look"""
    s = "review_maldegem_maybe"
    body = """Dag Linda,

Ik weet nog niet zeker of ik kan: die week valt onze gemeenteraad en ik
weet nog niet of de voorbereiding dan rond is. Misschien kom ik dus; zet me
voorlopig maar op de lijst, ik laat het ten laatste 5 december weten.

Naam: Jonas De Vos
Gemeente: Maldegem
Functie: beleidscoördinator
E-mailadres: jonas.devos@maldegem.be

Groeten,
Jonas
"""
    h = hdrs(
        s,
        "Jonas De Vos <jonas.devos@maldegem.be>",
        "misschien inschrijving 7/12",
        "2018-11-22 10:00:12",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration",
        person("Jonas De Vos", "Maldegem", "beleidscoördinator", "jonas.devos@maldegem.be"),
        review=True,
    )


def review_harelbeke_question() -> Case:
    """registration plus a question (will the slides be sent afterwards, may she leave at noon?): register, and a person must answer"""
    s = "review_harelbeke_question"
    body = """Beste Linda,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam: Charlotte Verhelst
Stad / gemeente: Harelbeke
Functie: teamcoördinator HR
E-mailadres: charlotte.verhelst@harelbeke.be

Ik moet wel om 12 u. vertrekken voor een college. Worden de presentaties
achteraf doorgestuurd? Dan kan ik de namiddag nog nalezen.

Vriendelijke groeten,
Charlotte
"""
    h = hdrs(
        s,
        "Verhelst Charlotte <charlotte.verhelst@harelbeke.be>",
        "inschrijving + vraag",
        "2018-11-23 09:41:30",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration",
        person(
            "Charlotte Verhelst",
            "Harelbeke",
            "teamcoördinator HR",
            "charlotte.verhelst@harelbeke.be",
        ),
        review=True,
    )


def review_boom_pdf() -> Case:
    """the details are only in an attached PDF registration form ('zie bijlage'): a person has to open it (label from the PDF's text)"""
    s = "review_boom_pdf"
    body = """Goedemorgen,

In bijlage mijn ingevuld inschrijvingsformulier voor het seminarie.

Groeten,
Jeroen
"""
    pdf = tiny_pdf(
        [
            "Inschrijving seminarie Stadsorganisaties in transitie - 7 december 2018",
            "",
            "Naam: Jeroen Luyten",
            "Stad / gemeente: Boom",
            "Functie: diensthoofd secretariaat",
            "E-mailadres: jeroen.luyten@boom.be",
        ],
        "Inschrijving seminarie",
    )
    h = hdrs(
        s, "Jeroen Luyten <jeroen.luyten@boom.be>", "inschrijving", "2018-11-23 11:15:47", "outlook"
    )
    mixed = multi(
        "mixed", s, 1, text(body), attachment(pdf, "application/pdf", "inschrijving_seminarie.pdf")
    )
    return envelope(h, mixed), label(
        "registration",
        person("Jeroen Luyten", "Boom", "diensthoofd secretariaat", "jeroen.luyten@boom.be"),
        review=True,
    )


def review_mol_two_candidates() -> Case:
    """one place for 'Els Wouters of Bart Geudens', still to be decided: it is unknown who comes, so a person must follow up"""
    s = "review_mol_two_candidates"
    body = """Beste,

Wij willen graag iemand van onze dienst personeel afvaardigen naar het
seminarie van 7 december. Het wordt Els Wouters of Bart Geudens, afhankelijk
van de planning; ik laat nog weten wie van de twee het wordt. Kan u alvast
een plaats voor ons reserveren?

Met vriendelijke groeten,

Kristien Bogaerts
Diensthoofd personeel
Gemeente Mol
"""
    h = hdrs(
        s,
        "Kristien Bogaerts <kristien.bogaerts@gemeentemol.be>",
        "plaats seminarie 7 december",
        "2018-11-23 14:02:33",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration", person(None, "Mol", None, None), review=True
    )


def other_parking_question() -> Case:
    """a practical question (is there parking near Permeke, or take the train?) from someone already registered: no new data, needs an answer"""
    s = "other_parking_question"
    body = """Goedemorgen Linda,

Ik ben ingeschreven voor vrijdag 7 december. Is er parking in de buurt van
Permeke, of raden jullie aan om met de trein te komen? Ik kom van
Geraardsbergen en twijfel.

Alvast bedankt,
Bart Maes
"""
    h = hdrs(
        s,
        "Bart Maes <bart.maes@geraardsbergen.be>",
        "parking Permeke?",
        "2018-11-26 08:35:10",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label("other", review=True)


def auto_en_antwerp() -> Case:
    """English 'Out of Office:' reply to the reminder with Auto-Submitted; signature with a function and 'City of Antwerp'"""
    s = "auto_en_antwerp"
    body = """Thank you for your e-mail.

I am attending a conference abroad until Friday 30 November, with limited
access to e-mail. I will respond as soon as possible after my return.
For urgent matters please contact our office at +32 3 338 00 00.

Best regards,
Tom Wauters
Programme manager organisational development | City of Antwerp
"""
    h = hdrs(
        s,
        "Wauters Tom <tom.wauters@antwerpen.be>",
        "Out of Office: " + REMINDER_SUBJECT,
        "2018-11-26 09:30:45",
        "outlook",
        in_reply_to=REMINDER_MID,
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label("auto_reply")


def reg_mortsel_gmail_reminder() -> Case:
    """reply to the reminder from a municipal Google account: one comma-separated line of details above a Gmail 'Op ... schreef ...:' quote with the empty template"""
    s = "reg_mortsel_gmail_reminder"
    body = f"""Goedemorgen Linda,

Ik had het nog niet gedaan, dus bij deze: Ann Wouters, Mortsel,
beleidscoördinator interne organisatie, ann.wouters@mortsel.be

Groetjes,
Ann

Op ma 26 nov. 2018 om 09:30 schreef Linda Boudry <linda.boudry@kcvs.be>:

{gt(REMINDER)}
"""
    h = hdrs(
        s,
        "Ann Wouters <ann.wouters@mortsel.be>",
        "Re: " + REMINDER_SUBJECT,
        "2018-11-26 10:15:22",
        "gmail",
        in_reply_to=REMINDER_MID,
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body, "gmail"), "html"))
    return envelope(h, alt), label(
        "registration",
        person(
            "Ann Wouters",
            "Mortsel",
            "beleidscoördinator interne organisatie",
            "ann.wouters@mortsel.be",
        ),
    )


def bounce_delay_warning() -> Case:
    """Postfix delay warning ('Delayed Mail (still being retried)'): multipart/report with Action: delayed and the reminder's headers"""
    s = "bounce_delay_warning"
    rcpt = "secretariaat@knokke-heist.be"
    human = f"""This is the mail system at host mx.kcvs.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mail.knokke-heist.be[198.51.100.88]:25: Connection timed out
"""
    ds = delivery_status(
        [
            ("Reporting-MTA", "dns; mx.kcvs.be"),
            ("X-Postfix-Queue-ID", "3D4E51A0F1"),
            ("X-Postfix-Sender", f"rfc822; {ORG_EMAIL}"),
            ("Arrival-Date", rfcdate(REMINDER_STAMP, 2)),
        ],
        [
            ("Final-Recipient", f"rfc822; {rcpt}"),
            ("Original-Recipient", f"rfc822;{rcpt}"),
            ("Action", "delayed"),
            ("Status", "4.4.1"),
            (
                "Diagnostic-Code",
                "X-Postfix; connect to mail.knokke-heist.be[198.51.100.88]:25: Connection timed out",
            ),
            ("Will-Retry-Until", rfcdate("2018-12-01 09:30:07")),
        ],
    )
    returned = text(
        f"""Return-Path: <{ORG_EMAIL}>
From: {ORG}
To: {ORG}
Subject: {REMINDER_SUBJECT}
Date: {rfcdate(REMINDER_STAMP)}
Message-ID: {REMINDER_MID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""",
        "rfc822-headers",
        "us-ascii",
        "7bit",
    )
    returned["Content-Description"] = "Undelivered Message Headers"
    notif = text(human, charset="us-ascii", cte="7bit")
    notif["Content-Description"] = "Notification"
    h = [
        ("Return-Path", "<>"),
        ("Received", f"by mx.kcvs.be (Postfix) id 8F2A11A0E4; {rfcdate('2018-11-26 13:31:40')}"),
        ("Date", rfcdate("2018-11-26 13:31:40")),
        ("From", "MAILER-DAEMON@mx.kcvs.be (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)"),
        ("To", ORG_EMAIL),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20181126123140.8F2A11A0E4@mx.kcvs.be>"),
    ]
    body = multi("report", s, 1, notif, ds, returned, params=" report-type=delivery-status;")
    body.preamble = "This is a MIME-encapsulated message."
    return envelope(h, body), label("bounce")


def other_received_question() -> Case:
    """'is mijn inschrijving goed ontvangen?': asks about an earlier registration without repeating the data; the organiser must look it up"""
    s = "other_received_question"
    body = """Hallo Linda,

Ik heb me vorige week ingeschreven voor het seminarie van 7 december, maar
ik heb nog geen bevestiging gekregen. Is mijn inschrijving goed ontvangen?

Dank je,
Sien Vermeersch
Stad Deinze
"""
    h = hdrs(
        s,
        "Sien Vermeersch <sien.vermeersch@deinze.be>",
        "inschrijving ontvangen?",
        "2018-11-27 09:20:41",
        "owa",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label("other", review=True)


def other_signature_only() -> Case:
    """a reply with no text of its own: only an Outlook signature above the quoted invitation and its empty template"""
    s = "other_signature_only"
    body = f"""

Met vriendelijke groeten,

Dries Maertens
Diensthoofd ICT
Stad Torhout
T 050 22 11 00

{outlook_block("maandag 5 november 2018 10:02", INVITE_SUBJECT)}
{INVITATION}"""
    h = hdrs(
        s,
        "Dries Maertens <dries.maertens@torhout.be>",
        "RE: " + INVITE_SUBJECT,
        "2018-11-27 11:02:06",
        "outlook",
        in_reply_to=INVITE_MID,
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body), "html"))
    return envelope(h, alt), label("other", review=True)


def review_knokke_dietary() -> Case:
    """clean registration with a dietary request (vegetarian, nut allergy) for the sandwich lunch that a person must handle"""
    s = "review_knokke_dietary"
    body = """Beste,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam: Lien Dewulf
Stad / gemeente: Knokke-Heist
Functie: adviseur personeel
E-mailadres: lien.dewulf@knokke-heist.be

Ik ben vegetariër en heb een notenallergie: kan daar bij de broodjeslunch
rekening mee gehouden worden?

Dank u,
Lien Dewulf
"""
    h = hdrs(
        s,
        "Lien Dewulf <lien.dewulf@knokke-heist.be>",
        "Inschrijving seminarie + lunch",
        "2018-11-28 08:40:19",
        "outlook",
    )
    return envelope(h, text(body)), label(
        "registration",
        person("Lien Dewulf", "Knokke-Heist", "adviseur personeel", "lien.dewulf@knokke-heist.be"),
        review=True,
    )


def auto_registered_precedence() -> Case:
    """a registered participant's absence reply to the practical-info mail with only 'Precedence: auto_reply'; must not be read as a cancellation"""
    s = "auto_registered_precedence"
    body = """Ik ben afwezig op 28 en 29 november. Vanaf vrijdag 30 november ben ik
opnieuw bereikbaar. Uw mail wordt niet doorgestuurd.

Pieter Vanhoutte
Diensthoofd Personeelsbeleid
Stad Brugge
"""
    h = hdrs(
        s,
        "Vanhoutte Pieter <pieter.vanhoutte@brugge.be>",
        "Afwezig: " + PRACTICAL_SUBJECT,
        "2018-11-28 14:05:13",
        "system",
        in_reply_to=PRACTICAL_MID,
        extra=[("Precedence", "auto_reply")],
        mid=message_id("exchange", "brugge.be", s),
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label("auto_reply")


def review_wevelgem_substitution() -> Case:
    """substitution: a registered colleague cannot come and the sender comes in his place; two changes at once, so a person must handle it"""
    s = "review_wevelgem_substitution"
    body = """Dag Linda,

Mijn collega Stefaan Lagae was ingeschreven voor 7 december, maar hij kan
niet meer. Ik kom in zijn plaats.

Naam: Nele Vandewalle
Gemeente: Wevelgem
Functie: personeelsconsulent
E-mailadres: nele.vandewalle@wevelgem.be

Groeten,
Nele
"""
    h = hdrs(
        s,
        "Nele Vandewalle <nele.vandewalle@wevelgem.be>",
        "vervanging inschrijving Wevelgem",
        "2018-11-29 10:22:57",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "registration",
        person("Nele Vandewalle", "Wevelgem", "personeelsconsulent", "nele.vandewalle@wevelgem.be"),
        review=True,
    )


def cancel_izegem_plain() -> Case:
    """plain cancellation ('moet ik mijn inschrijving helaas annuleren'); the details come from the signature"""
    s = "cancel_izegem_plain"
    body = """Beste Linda,

Door een dringende vergadering die op vrijdag 7 december gepland werd, moet
ik mijn inschrijving voor het seminarie helaas annuleren. Sorry voor het
ongemak.

Met vriendelijke groeten,

Lien Vercruysse
communicatieambtenaar
Stad Izegem
"""
    h = hdrs(
        s,
        "Lien Vercruysse <lien.vercruysse@izegem.be>",
        "Annulering inschrijving 7 december",
        "2018-11-29 15:45:08",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "cancellation",
        person("Lien Vercruysse", "Izegem", "communicatieambtenaar", "lien.vercruysse@izegem.be"),
    )


def cancel_brasschaat_schepen() -> Case:
    """a schepen's secretariat cancels for the schepen: the cancelled person is not the sender and has no address here (null)"""
    s = "cancel_brasschaat_schepen"
    body = """Goedemorgen,

Schepen Hilde Van Gorp, schepen van personeel en organisatie, kan jammer
genoeg niet aanwezig zijn op het seminarie van 7 december. Wilt u haar van
de deelnemerslijst schrappen?

Met vriendelijke groeten,

Secretariaat schepencollege
Gemeente Brasschaat
"""
    h = hdrs(
        s,
        "Secretariaat schepencollege <secretariaat@brasschaat.be>",
        "Afmelding schepen Van Gorp",
        "2018-11-30 09:08:34",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "cancellation",
        person("Hilde Van Gorp", "Brasschaat", "schepen van personeel en organisatie", None),
    )


def cancel_turnhout_partial() -> Case:
    """partial cancellation in reply to a two-person confirmation: 'Wim komt niet meer, ik wel'; only the colleague is cancelled"""
    s = "cancel_turnhout_partial"
    conf = confirmation(
        "Katleen",
        [
            (
                "Katleen Hermans",
                "Turnhout",
                "stafmedewerker strategie en organisatie",
                "katleen.hermans@turnhout.be",
            ),
            ("Wim Peeters", "Turnhout", "teamleider burgerzaken", "wim.peeters@turnhout.be"),
        ],
    )
    body = f"""Dag Linda,

Kleine wijziging: mijn collega Wim Peeters komt vrijdag toch niet mee, hij
moet die dag een selectieproef afnemen. Ik kom wel.

Groeten,
Katleen

{outlook_block("donderdag 8 november 2018 9:14", CONFIRM_SUBJECT, to="Katleen Hermans <katleen.hermans@turnhout.be>")}
{conf}"""
    h = hdrs(
        s,
        "Katleen Hermans <katleen.hermans@turnhout.be>",
        "RE: " + CONFIRM_SUBJECT,
        "2018-12-03 08:30:25",
        "outlook",
        in_reply_to="<5A7C0E2B9D14473F8B6A@exch01.kcvs.be>",
    )
    return envelope(h, text(body)), label(
        "cancellation",
        person("Wim Peeters", "Turnhout", "teamleider burgerzaken", "wim.peeters@turnhout.be"),
    )


def other_different_event() -> Case:
    """the organiser's own registration confirmation for a DIFFERENT event (another organiser's congress); her own name and fields appear labelled"""
    s = "other_different_event"
    body = """Beste Linda,

Bedankt voor je inschrijving voor het Congres Slimme Steden op donderdag
24 januari 2019 in Gent (ICC). Hieronder je gegevens:

Naam: Linda Boudry
Organisatie: Kenniscentrum Vlaamse Steden
Functie: stafmedewerker
E-mail: linda.boudry@kcvs.be

Je badge en het programma ontvang je een week voor het congres.

Tot dan!
Het congresteam
"""
    h = hdrs(
        s,
        "Congres Slimme Steden <registratie@slimmestedencongres.be>",
        "Bevestiging van je inschrijving - Congres Slimme Steden 2019",
        "2018-12-03 11:00:41",
        "system",
        to=ORG_EMAIL,
        return_path="bounce@mail.slimmestedencongres.be",
    )
    alt = multi("alternative", s, 1, text(body), text(html_of(body, "gmail"), "html"))
    return envelope(h, alt), label("other")


def reg_ninove_late() -> Case:
    """late registration (Tuesday 4 December, after the deadline), complete, apologising for the delay but asking nothing"""
    s = "reg_ninove_late"
    body = """Beste Linda,

Excuses voor de late inschrijving, ik zag de uitnodiging nu pas. Ik kom
graag naar het seminarie van vrijdag.

Naam: Pascale Van der Linden
Stad / gemeente: Ninove
Functie: HR-manager
E-mailadres: pascale.vanderlinden@ninove.be

Vriendelijke groeten,
Pascale Van der Linden
"""
    h = hdrs(
        s,
        "Pascale Van der Linden <pascale.vanderlinden@ninove.be>",
        "Inschrijving seminarie 7/12",
        "2018-12-04 09:55:18",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "registration",
        person("Pascale Van der Linden", "Ninove", "HR-manager", "pascale.vanderlinden@ninove.be"),
    )


def cancel_english_bruges() -> Case:
    """cancellation in English from the person registered in English earlier; details from her signature ('City of Bruges' -> Brugge)"""
    s = "cancel_english_bruges"
    body = """Dear Linda,

I'm afraid I have to cancel my registration for Friday's seminar: I have
been asked to join a delegation to our twin city that day. I'm sorry for
the late notice.

Kind regards,

Sarah O'Neill
International Relations Officer | City of Bruges
"""
    h = hdrs(
        s,
        "Sarah O'Neill <sarah.oneill@brugge.be>",
        "Cancellation - seminar 7 December",
        "2018-12-05 17:20:33",
        "outlook",
    )
    return envelope(h, text(body, charset="us-ascii", cte="7bit")), label(
        "cancellation",
        person(
            "Sarah O'Neill", "Brugge", "International Relations Officer", "sarah.oneill@brugge.be"
        ),
    )


def cancel_aarschot_iphone() -> Case:
    """late-evening iPhone cancellation ('ziek, ik moet afzeggen'); her details only in the quoted confirmation"""
    s = "cancel_aarschot_iphone"
    conf = confirmation(
        "Griet",
        [("Griet Peeters", "Aarschot", "stafmedewerker welzijn", "griet.peeters@aarschot.be")],
    )
    body = f"""Sorry Linda, ik ben ziek en moet afzeggen voor morgen.

Griet

Verstuurd vanaf mijn iPhone

> Op 14 nov. 2018 om 11:02 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:
>
{gt(conf)}
"""
    h = hdrs(
        s,
        "Griet Peeters <griet.peeters@aarschot.be>",
        "Re: " + CONFIRM_SUBJECT,
        "2018-12-06 21:48:02",
        "iphone",
        in_reply_to="<E0B4C9A2F17D4E58A3C6@exch01.kcvs.be>",
    )
    return envelope(h, text(body, cte="quoted-printable")), label(
        "cancellation",
        person("Griet Peeters", "Aarschot", "stafmedewerker welzijn", "griet.peeters@aarschot.be"),
    )


CASES: list[Callable[[], Case]] = [
    auto_exchange_nl,
    bounce_exchange_ndr_en,
    auto_ticket_roeselare,
    auto_fr_brussels,
    auto_de_eupen,
    auto_nl_no_headers,
    reg_brugge_labels,
    reg_kortrijk_dash_typos,
    reg_ieper_outlook_quote,
    reg_roeselare_tabs,
    reg_leuven_nextline_flowed,
    other_colleague_meeting,
    reg_lochristi_prose,
    reg_oostende_signature_logo,
    reg_genk_html_table,
    reg_zottegem_thunderbird_quote,
    reg_lier_oorspronkelijk,
    reg_mechelen_list,
    reg_turnhout_colleague,
    other_invoice,
    reg_herentals_secretary_mayor,
    reg_vilvoorde_cc_director,
    reg_beveren_latin1,
    reg_tielt_cp1252,
    other_question_colleagues,
    reg_lokeren_base64_ios,
    reg_waregem_rfc2047,
    bounce_qmail,
    reg_dendermonde_surname_first,
    other_newsletter,
    reg_sinttruiden_honorifics,
    reg_english_bruges,
    reg_french_courtrai,
    reg_french_ixelles_prose,
    reg_skw_abbrev,
    other_phishing,
    reg_ocmw_geel,
    reg_zele_signature,
    reg_wetteren_roundcube,
    reg_vlaamse_overheid,
    reg_vvsg_signature,
    reg_provincie_antwerpen,
    reg_ugent,
    reg_vzw,
    reg_leiedal,
    bounce_postfix_confirmation,
    other_calendar_invite,
    reg_halle_gmail_private,
    review_maldegem_maybe,
    review_harelbeke_question,
    review_boom_pdf,
    review_mol_two_candidates,
    other_parking_question,
    auto_en_antwerp,
    reg_mortsel_gmail_reminder,
    bounce_delay_warning,
    other_received_question,
    other_signature_only,
    review_knokke_dietary,
    auto_registered_precedence,
    review_wevelgem_substitution,
    cancel_izegem_plain,
    cancel_brasschaat_schepen,
    cancel_turnhout_partial,
    other_different_event,
    reg_ninove_late,
    cancel_english_bruges,
    cancel_aarschot_iphone,
]

# places where the label is a reading, not a given (listed in the README)
JUDGEMENT = {
    "reg_herentals_secretary_mayor": "the mayor has no address of his own in the mail: `email` null, "
    "although the secretary asks for the confirmation at hers",
    "reg_vilvoorde_cc_director": "the director's address comes from the Cc header because the body says "
    "'zij staat in cc'; it is lower-cased (Veerle.Cools@ -> veerle.cools@)",
    "reg_tielt_cp1252": "'Stad Tielt – secretariaat' names a department of the city: municipality Tielt",
    "reg_french_ixelles_prose": "'commune d'Ixelles' -> canonical Dutch 'Elsene'; the address stays @ixelles.be",
    "reg_vvsg_signature": "VVSG and its Brussels street address: municipality 'VVSG', not Brussel",
    "reg_provincie_antwerpen": "'Provincie Antwerpen' is kept as written; it is not the city Antwerpen",
    "reg_ugent": "'Universiteit Gent' kept as written (not Gent); the From header's Elke.Maes@UGent.be is the "
    "same address as the body's",
    "reg_leiedal": "the intercommunale is the organisation; its Kortrijk address is not her municipality",
    "reg_halle_gmail_private": "the registrant's address is the work address in the body, not the Gmail sender",
    "review_boom_pdf": "labelled from the PDF's text; the mail body gives only a first name",
    "review_mol_two_candidates": "one registrant with only the municipality known: who comes is undecided",
    "review_wevelgem_substitution": "only the newcomer is listed; the colleague she replaces is the reason for review",
    "cancel_brasschaat_schepen": "the schepen's function as the secretariat writes it; no address of her own (null)",
    "cancel_turnhout_partial": "only Wim Peeters is cancelled; his function and address come from the quoted "
    "confirmation, which also lists the sender, who stays registered",
    "cancel_aarschot_iphone": "all four fields come from the quoted confirmation",
    "auto_registered_precedence": "an absence reply from a registrant is not a cancellation",
    "other_different_event": "the organiser's own labelled data in another organiser's confirmation registers nobody",
}

# cases written with bare LF line ends (as some mail stores keep them)
LF_CASES = {"reg_dendermonde_surname_first", "other_question_colleagues"}


# ============================================================================================
# output
# ============================================================================================


def serialise(msg: Message, linesep: str) -> bytes:
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep=linesep)).flatten(msg)
    return buf.getvalue()


def mbox_entry(raw: bytes, msg: Message) -> bytes:
    rp = (msg.get("Return-Path") or "").strip("<> ") or "MAILER-DAEMON"
    date = datetime.strptime(msg["Date"], "%a, %d %b %Y %H:%M:%S %z").astimezone(UTC)
    from_line = f"From {rp} {date.strftime('%a %b %d %H:%M:%S %Y')}\n".encode()
    body = raw.replace(b"\r\n", b"\n")
    lines = [(b">" + x) if x.lstrip(b">").startswith(b"From ") else x for x in body.split(b"\n")]
    body = b"\n".join(lines)
    if not body.endswith(b"\n"):
        body += b"\n"
    return from_line + body + b"\n"


def readme(rows: list[tuple[str, dict]]) -> str:
    counts: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
    for _, lab in rows:
        counts[lab["kind"]][0] += 1
        counts[lab["kind"]][1] += lab["needs_review"]
    people = sum(len(lab["registrants"]) for _, lab in rows)
    out = [
        "# Sample inbox: the project's own labelled mail",
        "",
        f"{len(rows)} hand-written messages as they could have reached linda.boudry@kcvs.be between 5 November and",
        '6 December 2018 about the KCVS seminar "Stadsorganisaties in transitie" (7 December 2018, Permeke,',
        "Antwerpen), with the expected parse for each (`NNN.eml` + `NNN.json`, labels as in",
        "`shared/spec/parse-contract.md`).  Generated by `build.py` (one function per case, stdlib `email`);",
        "the same messages form the demo mailbox `inbox_worker/demo/sample-inbox.mbox`.  People, phone numbers",
        "and non-municipal mailboxes are invented; municipal mail domains are real.",
        "",
        "    .venv/bin/python tests/mail/samples/build.py      # rewrite everything (deterministic)",
        '    python3 ../shared/score.py tests/mail/samples --cmd ".venv/bin/inbox-worker parse --json" -v',
        "",
        "| kind | messages | of which needs_review |",
        "| --- | --- | --- |",
    ]
    for k in KINDS:
        out.append(f"| {k} | {counts[k][0]} | {counts[k][1]} |")
    out.append(f"| total | {len(rows)} | {sum(c[1] for c in counts.values())} |")
    out += [
        "",
        f"{people} registrant records in all.  `review` marks `needs_review: true`.",
        "",
        "## Cases",
        "",
    ]
    for num, lab in rows:
        flag = " review" if lab["needs_review"] else ""
        out.append(f"- {num} `{lab['kind']}`{flag}: {lab['note']}")
    numbers = {fn.__name__: f"{i:03d}" for i, fn in enumerate(CASES, 1)}
    out += ["", "## Judgement calls", ""]
    for name, why in JUDGEMENT.items():
        out.append(f"- {numbers[name]}: {why}")
    return "\n".join(out) + "\n"


def check(folder: Path) -> None:
    emls = sorted(folder.glob("*.eml"))
    for eml in emls:
        msg = message_from_bytes(eml.read_bytes())
        assert msg.get("From"), f"{eml.name}: no From"
        for part in msg.walk():
            part.get_payload(decode=True)
        lab = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        assert set(lab) == {"kind", "registrants", "needs_review", "note"}, eml.name
        assert lab["kind"] in KINDS and isinstance(lab["needs_review"], bool), eml.name
        if lab["kind"] not in ("registration", "cancellation"):
            assert lab["registrants"] == [], eml.name
        else:
            assert lab["registrants"], eml.name
        for r in lab["registrants"]:
            assert set(r) == {"name", "municipality", "function", "email"}, eml.name
            assert r["email"] is None or r["email"] == r["email"].lower(), eml.name
    print(f"checked {len(emls)} messages", file=sys.stderr)


def main() -> None:
    names = [f.__name__ for f in CASES]
    assert len(set(names)) == len(names)
    for old in list(HERE.glob("[0-9][0-9][0-9].eml")) + list(HERE.glob("[0-9][0-9][0-9].json")):
        old.unlink()
    rows = []
    mbox = bytearray()
    for i, fn in enumerate(CASES, 1):
        num = f"{i:03d}"
        msg, lab = fn()
        assert fn.__doc__ and "\n" not in fn.__doc__.strip(), fn.__name__
        lab["note"] = fn.__doc__.strip()
        raw = serialise(msg, "\n" if fn.__name__ in LF_CASES else "\r\n")
        (HERE / f"{num}.eml").write_bytes(raw)
        (HERE / f"{num}.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append((num, lab))
        mbox += mbox_entry(raw, msg)
    (HERE / "README.md").write_text(readme(rows), encoding="utf-8")
    MBOX.parent.mkdir(parents=True, exist_ok=True)
    init = MBOX.parent / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Demo data: a sample inbox for trying the worker without a real mailbox."""\n'
        )
    MBOX.write_bytes(bytes(mbox))
    check(HERE)


if __name__ == "__main__":
    main()
