#!/usr/bin/env python3
"""Blind set 19: 45 registration-mailbox messages written or touched by systems.

Written without looking at the parser. Python 3.11 standard library only.
Every run writes the same bytes: NNN.eml (CRLF line endings) and NNN.json beside
this script (001..045). Rebuild with:

    .venv/bin/python tests/mail/blind19/build.py
"""

from __future__ import annotations

import base64
import io
import json
import os
import quopri
import random
import struct
import zipfile
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(19191)

LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
INVITE_SUBJECT = "Uitnodiging seminarie 'Stadsorganisaties in transitie' – vrijdag 7 december 2018"
CONFIRM_SUBJECT = "Bevestiging inschrijving seminarie Stadsorganisaties in transitie"
INVITE_MID = "<5be01f3a.7c21.kcvs.uitnodiging@kcvs.be>"
SEMINAR = "Seminarie Stadsorganisaties in transitie"

INVITE_TEXT = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het gratis seminarie
"Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium
van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

Onthaal met koffie vanaf 9.30 uur, start om 10.00 uur. We sluiten af met een
broodjeslunch rond 12.30 uur.

Inschrijven kan tot en met 2 december via linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be
"""

OUTLOOK_INVITE_HDR = """Van: Linda Boudry <linda.boudry@kcvs.be>
Verzonden: maandag 5 november 2018 10:12
Aan: Linda Boudry <linda.boudry@kcvs.be>
Onderwerp: Uitnodiging seminarie 'Stadsorganisaties in transitie' – vrijdag 7 december 2018
"""


# --------------------------------------------------------------------------- helpers


def token(n: int = 16) -> str:
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def mid(domain: str) -> str:
    return f"<{token(12)}.{token(8)}@{domain}>"


def boundary(prefix: str = "b") -> str:
    return f"{prefix}_{token(24)}"


def addr(name: str | None, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ",.;:()<>@\"'"):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def subj(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76)) + "\n"


def headers(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"{k}: {v}\n" for k, v in pairs)


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    extra: str = "",
) -> str:
    ct = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\n'
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    else:  # 7bit / 8bit
        body = text
    return ct + f"Content-Transfer-Encoding: {cte}\n\n" + body


def multipart(subtype: str, parts: list[str], bnd: str, params: str = "") -> str:
    out = f'Content-Type: multipart/{subtype}; boundary="{bnd}"{params}\n\n'
    for p in parts:
        out += f"--{bnd}\n" + p
        if not p.endswith("\n"):
            out += "\n"
    out += f"--{bnd}--\n"
    return out


def multipart_body(parts: list[str], bnd: str) -> str:
    """Body of a multipart whose Content-Type is written in the top headers."""
    out = "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{bnd}\n" + p
        if not p.endswith("\n"):
            out += "\n"
    out += f"--{bnd}--\n"
    return out


def attachment(ctype: str, filename: str, data: bytes) -> str:
    return (
        f'Content-Type: {ctype}; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(data)
    )


def quote(text: str, prefix: str = "> ") -> str:
    return "".join((prefix + line).rstrip() + "\n" for line in text.rstrip("\n").split("\n"))


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text: str) -> str:
    paras = []
    for line in text.rstrip("\n").split("\n"):
        paras.append(f'<p class="MsoNormal">{html_escape(line) or "&nbsp;"}</p>')
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head>\n<body lang="NL-BE">\n<div class="WordSection1">\n'
        + "\n".join(paras)
        + "\n</div>\n</body></html>\n"
    )


def fixed_zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2018, 11, 21, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def xlsx(rows: list[list[str]]) -> bytes:
    def cell_ref(c: int, r: int) -> str:
        return f"{chr(ord('A') + c)}{r}"

    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(
            f'<c r="{cell_ref(c, r)}" t="inlineStr"><is><t>{html_escape(v)}</t></is></c>'
            for c, v in enumerate(row)
        )
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = [
        (
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        ),
        (
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        ),
        (
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Deelnemers" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
        (
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        ),
        (
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows)
            + "</sheetData></worksheet>",
        ),
    ]
    return fixed_zip(files)


def docx(paragraphs: list[str]) -> bytes:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html_escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    files = [
        (
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        ),
        (
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        ),
        (
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        ),
    ]
    return fixed_zip(files)


def tnef(subject: str, body: str) -> bytes:
    """A small TNEF stream (winmail.dat): version, code page, class, subject, body."""

    def attr(level: int, att: int, data: bytes) -> bytes:
        return (
            struct.pack("<BII", level, att, len(data))
            + data
            + struct.pack("<H", sum(data) & 0xFFFF)
        )

    out = struct.pack("<IH", 0x223E9F78, 0x4A21)
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += attr(1, 0x00069007, struct.pack("<II", 1252, 0))  # attOemCodepage
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")  # attMessageClass
    out += attr(1, 0x00018004, subject.encode("cp1252") + b"\x00")  # attSubject
    out += attr(1, 0x0002800C, body.replace("\n", "\r\n").encode("cp1252") + b"\x00")  # attBody
    return out


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

SEMINAR_UID = "040000008200E00074C5B7101A82E00800000000A0F3C1D2B274D401000000000000000010000000C4E1E2B5F0A3B94C8B0E2D9A5F7C6B12"


def ics_reply(
    partstat: str, prefix: str, name: str, email: str, comment: str | None, stamp: str
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "METHOD:REPLY",
        "PRODID:Microsoft Exchange Server 2016",
        "VERSION:2.0",
        VTIMEZONE.rstrip("\n"),
        "BEGIN:VEVENT",
        f"ATTENDEE;PARTSTAT={partstat};CN={name}:mailto:{email}",
    ]
    if comment:
        esc = (
            comment.replace("\\", "\\\\")
            .replace(",", "\\,")
            .replace(";", "\\;")
            .replace("\n", "\\n")
        )
        lines.append(f"COMMENT;LANGUAGE=nl-BE:{esc}")
    lines += [
        f"SUMMARY;LANGUAGE=nl-BE:{prefix}: {SEMINAR}",
        "DTSTART;TZID=Romance Standard Time:20181207T093000",
        "DTEND;TZID=Romance Standard Time:20181207T140000",
        f"UID:{SEMINAR_UID}",
        "ORGANIZER;CN=Linda Boudry:mailto:linda.boudry@kcvs.be",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=nl-BE:Permeke (auditorium)\\, De Coninckplein 26\\, 2060 Antwerpen",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    text = "\n".join(lines) + "\n"
    # fold long lines at 74 octets as RFC 5545 asks
    folded = []
    for line in text.split("\n")[:-1]:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\n".join(folded) + "\n"


def calendar_part(ics: str, method: str) -> str:
    return (
        f'Content-Type: text/calendar; charset="utf-8"; method={method}\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(ics.replace("\n", "\r\n").encode("utf-8"))
    )


def outlook_headers(
    date: str,
    frm: str,
    to: str,
    subject: str,
    domain: str,
    extra: list[tuple[str, str]] | None = None,
) -> list[tuple[str, str]]:
    h = [
        ("From", frm),
        ("To", to),
        ("Subject", subj(subject)),
        (
            "Thread-Topic",
            subj(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "FW:") else subject),
        ),
        ("Thread-Index", "AdSA" + token(20)),
        ("Date", date),
        ("Message-ID", mid(domain)),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    if extra:
        h += extra
    h.append(("MIME-Version", "1.0"))
    return h


def person(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


MESSAGES = []


def message(fn):
    MESSAGES.append(fn)
    return fn


# --------------------------------------------------------------------------- registrations


@message
def reg_tsv_header():
    body = """Dag Linda,

Hieronder de inschrijvingen vanuit Stad Kortrijk, rechtstreeks geplakt uit onze opleidingslijst:

Naam\tStad / gemeente\tFunctie\tE-mailadres
Ann Vandeputte\tStad Kortrijk\tHR-businesspartner\tann.vandeputte@kortrijk.be
Frederik Lannoy\tStad Kortrijk\tafdelingshoofd Organisatieontwikkeling\tfrederik.lannoy@kortrijk.be
Ines Deconinck\tStad Kortrijk\tstafmedewerker strategische planning\tInes.Deconinck@kortrijk.be

Alvast bedankt!
Ann

Ann Vandeputte
HR-businesspartner | Stad Kortrijk
Grote Markt 54, 8500 Kortrijk
"""
    h = outlook_headers(
        "Mon, 12 Nov 2018 09:41:07 +0100",
        addr("Vandeputte Ann", "ann.vandeputte@kortrijk.be"),
        LINDA,
        "Inschrijving seminarie 7/12 - Stad Kortrijk",
        "kortrijk.be",
    )
    raw = headers(h) + text_part(body, cte="8bit")
    label = (
        "registration",
        [
            person(
                "Ann Vandeputte", "Kortrijk", "HR-businesspartner", "ann.vandeputte@kortrijk.be"
            ),
            person(
                "Frederik Lannoy",
                "Kortrijk",
                "afdelingshoofd Organisatieontwikkeling",
                "frederik.lannoy@kortrijk.be",
            ),
            person(
                "Ines Deconinck",
                "Kortrijk",
                "stafmedewerker strategische planning",
                "ines.deconinck@kortrijk.be",
            ),
        ],
        False,
        "three rows pasted from a spreadsheet, tab-separated with a header row (8bit); 'Stad Kortrijk' -> Kortrijk; mixed-case address lower-cased; the sender is one of the rows",
    )
    return raw, label


@message
def reg_tsv_noheader():
    body = """Goedemiddag,

Graag schrijf ik volgende personen in voor het seminarie van 7 december:

Sien De Waele\tLokeren\tdiensthoofd Personeel\tsien.dewaele@lokeren.be
Bert Van Hecke\tLokeren\talgemeen directeur\tbert.vanhecke@lokeren.be

Groeten,
Bert Van Hecke
Algemeen directeur
Stad Lokeren
"""
    h = outlook_headers(
        "Tue, 13 Nov 2018 14:05:52 +0100",
        addr("Bert Van Hecke", "bert.vanhecke@lokeren.be"),
        LINDA,
        "inschrijving",
        "lokeren.be",
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person("Sien De Waele", "Lokeren", "diensthoofd Personeel", "sien.dewaele@lokeren.be"),
            person("Bert Van Hecke", "Lokeren", "algemeen directeur", "bert.vanhecke@lokeren.be"),
        ],
        False,
        "two tab-separated spreadsheet rows without a header row, columns in the template order; quoted-printable keeps the tabs",
    )
    return raw, label


@message
def reg_csv_header():
    body = """Beste Linda,

Ik kopieer even de export uit ons registratiebestand voor het seminarie:

naam;stad/gemeente;functie;e-mailadres
Lore Vanacker;Stad Gent;adviseur organisatiebeheersing;lore.vanacker@stad.gent
Mehdi El Amrani;Stad Gent;programmamanager digitalisering;mehdi.elamrani@stad.gent
Hanne Verstraete;Stad Gent;coördinator HR-beleid;hanne.verstraete@stad.gent
Tijs Van Parys;Stad Gent;schepen van personeel;

Vriendelijke groeten,

Lore Vanacker
Adviseur organisatiebeheersing
Stad Gent – Departement Bedrijfsvoering
"""
    h = outlook_headers(
        "Wed, 14 Nov 2018 11:17:30 +0100",
        addr("Lore Vanacker", "lore.vanacker@stad.gent"),
        LINDA,
        "Deelnemers Stad Gent – seminarie Stadsorganisaties in transitie",
        "stad.gent",
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Lore Vanacker", "Gent", "adviseur organisatiebeheersing", "lore.vanacker@stad.gent"
            ),
            person(
                "Mehdi El Amrani",
                "Gent",
                "programmamanager digitalisering",
                "mehdi.elamrani@stad.gent",
            ),
            person(
                "Hanne Verstraete", "Gent", "coördinator HR-beleid", "hanne.verstraete@stad.gent"
            ),
            person("Tijs Van Parys", "Gent", "schepen van personeel", None),
        ],
        False,
        "semicolon CSV with a lower-case header row, four people; the last row has an empty address field (null, not the sender's)",
    )
    return raw, label


@message
def reg_csv_quoted_noheader():
    body = (
        """Linda,

Wij komen met twee:

"Opsomer Griet";"Harelbeke";"beleidscoördinator";"griet.opsomer@harelbeke.be"
"Vanneste Dries";"Harelbeke";"deskundige ICT, informatieveiligheid";"DRIES.VANNESTE@HARELBEKE.BE"

Groetjes,
Griet

"""
        + OUTLOOK_INVITE_HDR
        + "\n"
        + INVITE_TEXT
    )
    h = outlook_headers(
        "Thu, 15 Nov 2018 08:58:14 +0100",
        addr("Opsomer Griet", "griet.opsomer@harelbeke.be"),
        LINDA,
        "RE: " + INVITE_SUBJECT,
        "harelbeke.be",
        [("In-Reply-To", INVITE_MID), ("References", INVITE_MID)],
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Griet Opsomer", "Harelbeke", "beleidscoördinator", "griet.opsomer@harelbeke.be"
            ),
            person(
                "Dries Vanneste",
                "Harelbeke",
                "deskundige ICT, informatieveiligheid",
                "dries.vanneste@harelbeke.be",
            ),
        ],
        False,
        "quoted semicolon CSV without header, surname first, a comma inside a quoted function, an upper-case address; quoted invitation with empty template below",
    )
    return raw, label


@message
def reg_csv_reordered_header():
    body = """Beste,

Voor het seminarie op 7 december schrijven we deze twee medewerkers in (export uit ons vormingssysteem):

E-mail;Naam;Functie;Gemeente
kevin.vandamme@menen.be;Kevin Vandamme;teamverantwoordelijke Burgerzaken;Menen
nathalie.debruyne@menen.be;Nathalie Debruyne;directeur Vrije Tijd;Menen

Met vriendelijke groet
Team Vorming
Stad Menen
"""
    h = outlook_headers(
        "Fri, 16 Nov 2018 15:22:03 +0100",
        addr("Vorming Stad Menen", "vorming@menen.be"),
        LINDA,
        "Inschrijvingen seminarie 7 december (Menen)",
        "menen.be",
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Kevin Vandamme",
                "Menen",
                "teamverantwoordelijke Burgerzaken",
                "kevin.vandamme@menen.be",
            ),
            person(
                "Nathalie Debruyne", "Menen", "directeur Vrije Tijd", "nathalie.debruyne@menen.be"
            ),
        ],
        False,
        "semicolon CSV whose header puts the columns in another order (E-mail;Naam;Functie;Gemeente); sent from a team mailbox that is not registered",
    )
    return raw, label


@message
def reg_excel_html_only():
    rows = [
        ("Naam", "Stad / gemeente", "Functie", "E-mailadres"),
        (
            "Jolien Van der Stock",
            "Stad Zottegem",
            "diensthoofd Onthaal en Burgerzaken",
            "jolien.vanderstock@zottegem.be",
        ),
        ("Tim De Clercq", "Stad Zottegem", "IT-coördinator", "tim.declercq@zottegem.be"),
    ]
    trs = []
    for i, r in enumerate(rows):
        style = ' style="font-weight:700"' if i == 0 else ""
        tds = "".join(
            f'<td nowrap="" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            f'<p class="MsoNormal"><span{style}>{html_escape(v)}</span></p></td>'
            for v in r
        )
        trs.append(f'<tr style="height:15.0pt">{tds}</tr>')
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
        '<body lang="NL-BE"><div class="WordSection1">\n'
        '<p class="MsoNormal">Beste Linda,</p>\n<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Graag schrijven we onderstaande collega&#8217;s in voor het seminarie van 7 december:</p>\n'
        '<p class="MsoNormal">&nbsp;</p>\n'
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="640" '
        'style="width:480.0pt;border-collapse:collapse">\n<tbody>\n'
        + "\n".join(trs)
        + "\n</tbody>\n</table>\n"
        '<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">Met vriendelijke groeten,</p>\n'
        '<p class="MsoNormal">Jolien Van der Stock<br>Diensthoofd Onthaal en Burgerzaken<br>Stad Zottegem</p>\n'
        "</div></body></html>\n"
    )
    bnd = boundary("_000_")
    h = outlook_headers(
        "Mon, 19 Nov 2018 10:03:48 +0100",
        addr("Jolien Van der Stock", "jolien.vanderstock@zottegem.be"),
        LINDA,
        "Inschrijving seminarie - Zottegem",
        "zottegem.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    raw = headers(h) + "\n" + multipart_body([text_part("\n"), text_part(html, "html")], bnd)
    label = (
        "registration",
        [
            person(
                "Jolien Van der Stock",
                "Zottegem",
                "diensthoofd Onthaal en Burgerzaken",
                "jolien.vanderstock@zottegem.be",
            ),
            person("Tim De Clercq", "Zottegem", "IT-coördinator", "tim.declercq@zottegem.be"),
        ],
        False,
        "Excel range pasted into Outlook: the text/plain part is empty, the two people are only in an HTML table with a header row",
    )
    return raw, label


@message
def reg_webform_forwarded():
    body = """Hoi Linda,

Deze kwam binnen via het inschrijvingsformulier op onze website (de formulierenmodule stuurt alles nog naar info@). Kan jij ze mee opnemen in de lijst?

Pieter

Pieter Smolders
Webbeheerder | Kenniscentrum Vlaamse Steden

Van: Website KCVS <no-reply@kcvs.be>
Verzonden: maandag 19 november 2018 14:02
Aan: info@kcvs.be
Onderwerp: Nieuwe inzending formulier "Inschrijving seminarie 7 december"

Er is een nieuwe inzending voor het formulier "Inschrijving seminarie 7 december".

Naam: Wouter Bellens
Gemeente: Zoersel
Functie: beleidsmedewerker personeel en organisatie
E-mail: wouter.bellens@zoersel.be
Opmerkingen: -

Ingediend op: 19/11/2018 14:02
IP-adres: 192.0.2.41
Bekijk de inzending: https://www.kcvs.be/admin/formulieren/inzendingen/1187
"""
    h = outlook_headers(
        "Mon, 19 Nov 2018 16:20:11 +0100",
        addr("Pieter Smolders", "pieter.smolders@kcvs.be"),
        LINDA,
        'FW: Nieuwe inzending formulier "Inschrijving seminarie 7 december"',
        "kcvs.be",
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Wouter Bellens",
                "Zoersel",
                "beleidsmedewerker personeel en organisatie",
                "wouter.bellens@zoersel.be",
            ),
        ],
        False,
        "a KCVS colleague forwards a web-form notification ('Nieuwe inzending formulier'); the registrant is in the form fields, the forwarder and no-reply/info addresses are not",
    )
    return raw, label


@message
def reg_webform_direct():
    body = """Er is een nieuwe inzending voor het formulier "Inschrijving seminarie 7 december".

Naam
Charlotte D'Hondt

Stad / gemeente
Gemeente en OCMW Wetteren

Functie
algemeen directeur

E-mailadres
charlotte.dhondt@wetteren.be

Dieetwensen
(leeg)

Ingediend op 22/11/2018 09:47 door anoniem.
Dit bericht werd automatisch verstuurd door de website van het Kenniscentrum Vlaamse Steden.
"""
    h = [
        ("From", addr("Website KCVS", "no-reply@kcvs.be")),
        ("Reply-To", "charlotte.dhondt@wetteren.be"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", 'Nieuwe inzending formulier "Inschrijving seminarie 7 december"'),
        ("Date", "Thu, 22 Nov 2018 09:47:31 +0100"),
        ("Message-ID", mid("www.kcvs.be")),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Webform 5.x (https://www.kcvs.be)"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body, cte="8bit")
    label = (
        "registration",
        [
            person(
                "Charlotte D'Hondt",
                "Wetteren",
                "algemeen directeur",
                "charlotte.dhondt@wetteren.be",
            ),
        ],
        False,
        "web-form notification straight from no-reply@kcvs.be with Auto-Submitted: auto-generated: a machine-sent registration, not an automatic answer; labels with the value on the next line; 'Gemeente en OCMW Wetteren' -> Wetteren",
    )
    return raw, label


@message
def reg_topdesk():
    body = """##- Typ uw antwoord boven deze lijn -##

Geachte mevrouw Boudry,

Via onze servicedesk vroeg een collega om hem in te schrijven voor uw seminarie "Stadsorganisaties in transitie" van 7 december. Hieronder de gegevens uit de melding.

Meldingnummer: M1811 0457
Aanvrager: Vanhees, Dirk
Afdeling: Facilitaire Dienst
Functie aanvrager: coördinator facilitaire dienst
E-mail aanvrager: dirk.vanhees@sint-truiden.be
Vestiging: Stadhuis Sint-Truiden

Korte omschrijving: Inschrijving seminarie KCVS 7/12
Verzoek: Graag inschrijving voor het seminarie in Antwerpen op 7 december. Ik kom met de trein.

Met vriendelijke groeten,

Nele Swinnen
Secretariaat algemeen directeur
Stad Sint-Truiden

Gelieve bij antwoord het meldingnummer M1811 0457 in het onderwerp te behouden.
"""
    h = [
        ("From", addr("TOPdesk Stad Sint-Truiden", "topdesk@sint-truiden.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Melding M1811 0457 - Inschrijving seminarie KCVS 7/12"),
        ("Date", "Tue, 20 Nov 2018 11:34:09 +0100"),
        ("Message-ID", mid("topdesk.sint-truiden.be")),
        ("X-Mailer", "TOPdesk"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Dirk Vanhees",
                "Sint-Truiden",
                "coördinator facilitaire dienst",
                "dirk.vanhees@sint-truiden.be",
            ),
        ],
        False,
        "TOPdesk relays a ticket ('Typ uw antwoord boven deze lijn', reference M1811 0457): the registrant is the ticket's requester ('Vanhees, Dirk'), not the handling secretary or the topdesk@ sender",
    )
    return raw, label


@message
def reg_zendesk():
    body = """##- Typ uw antwoord boven deze lijn -##

Uw aanvraag (38215) is bijgewerkt. Antwoord op deze e-mail of ga naar https://hr-mortsel.zendesk.com/hc/requests/38215 om een opmerking toe te voegen.

----------------------------------------------

Sam Peeters (HR-helpdesk Mortsel)

20 nov. 2018 10:15 CET

Beste mevrouw Boudry,

Onze collega Veerle Aerts, teamleider Burgerzaken, wil graag deelnemen aan het seminarie "Stadsorganisaties in transitie" op 7 december. Haar e-mailadres is veerle.aerts@mortsel.be.

Wilt u haar inschrijven?

Vriendelijke groet,
Sam Peeters
HR-helpdesk – Stad Mortsel

----------------------------------------------

Veerle Aerts

19 nov. 2018 16:40 CET

Hallo HR, kunnen jullie mij inschrijven voor het seminarie van KCVS in Antwerpen? Ik vind niet hoe dat moet.

--------------------------------
Deze e-mail is verzonden aan linda.boudry@kcvs.be.
Mogelijk gemaakt door Zendesk
[QK2MVL-R94E]
"""
    h = [
        ("From", addr("Sam Peeters (HR-helpdesk Mortsel)", "support@hr-mortsel.zendesk.com")),
        ("Reply-To", addr("HR-helpdesk Mortsel", "support+id38215@hr-mortsel.zendesk.com")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", subj("[HR-helpdesk Mortsel] Re: Inschrijving seminarie KCVS")),
        ("Date", "Tue, 20 Nov 2018 10:15:44 +0100"),
        ("Message-ID", mid("zendesk.com")),
        ("X-Mailer", "Zendesk Mailer"),
        ("X-Zendesk-From-Account-Id", "7c1a2e9"),
        ("MIME-Version", "1.0"),
    ]
    bnd = boundary("--==_mimepart_")
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"; charset=UTF-8'))
    raw = (
        headers(h)
        + "\n"
        + multipart_body([text_part(body), text_part(html_from_text(body), "html")], bnd)
    )
    label = (
        "registration",
        [
            person("Veerle Aerts", "Mortsel", "teamleider Burgerzaken", "veerle.aerts@mortsel.be"),
        ],
        False,
        "Zendesk-style helpdesk relays a colleague's request with a ticket number and 'reply above this line'; the agent (Sam Peeters) and the zendesk addresses are not registrants",
    )
    return raw, label


@message
def reg_sent_on_behalf():
    body = """Beste mevrouw Boudry,

Namens schepen Katrien Wuyts bezorg ik u graag haar inschrijving voor het seminarie van 7 december.

Naam: Katrien Wuyts
Stad / gemeente: Herentals
Functie: schepen van personeel en organisatie

Met vriendelijke groeten,

Leen Mertens
Secretariaat schepencollege
Stad Herentals
"""
    h = outlook_headers(
        "Wed, 21 Nov 2018 13:48:26 +0100",
        addr("Katrien Wuyts", "katrien.wuyts@herentals.be"),
        LINDA,
        "Inschrijving seminarie 7 december - schepen Wuyts",
        "herentals.be",
        [("Sender", addr("Secretariaat schepencollege", "secretariaat@herentals.be"))],
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Katrien Wuyts",
                "Herentals",
                "schepen van personeel en organisatie",
                "katrien.wuyts@herentals.be",
            ),
        ],
        False,
        "Outlook 'namens' (Sender: the secretariat, From: the alderman); no address in the body, so the From address is hers; the signature (Leen Mertens) is not a registrant",
    )
    return raw, label


@message
def reg_via_workflow():
    body = """Dit bericht werd verstuurd via Werkstroom, het documentbeheersysteem van Gemeente Heist-op-den-Berg, namens Koen Lemmens.
Antwoorden op dit bericht komen terecht bij de afzender.

----------------------------------------------------------------------
Dossier: 2018/4471 – Vorming en opleiding – externe studiedag
Taak: Inschrijving versturen
----------------------------------------------------------------------

Beste,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam: Koen Lemmens
Stad / gemeente: Heist-op-den-Berg
Functie: financieel directeur
E-mailadres: koen.lemmens@heist-op-den-berg.be

Met vriendelijke groet,
Koen Lemmens

----------------------------------------------------------------------
Werkstroom – automatisch gegenereerd bericht. Niet antwoorden op no-reply@werkstroom.heist-op-den-berg.be.
"""
    h = [
        ("From", addr("Koen Lemmens via Werkstroom", "no-reply@werkstroom.heist-op-den-berg.be")),
        ("Reply-To", addr("Koen Lemmens", "koen.lemmens@heist-op-den-berg.be")),
        ("To", "linda.boudry@kcvs.be"),
        (
            "Subject",
            subj('Inschrijving seminarie "Stadsorganisaties in transitie" (dossier 2018/4471)'),
        ),
        ("Date", "Wed, 21 Nov 2018 16:02:58 +0100"),
        ("Message-ID", mid("werkstroom.heist-op-den-berg.be")),
        ("X-Mailer", "Werkstroom 4.2"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Koen Lemmens",
                "Heist-op-den-Berg",
                "financieel directeur",
                "koen.lemmens@heist-op-den-berg.be",
            ),
        ],
        False,
        "sent 'via' a document-management system from a no-reply address with Reply-To to the person; the footer says 'automatisch gegenereerd' but it is a real registration",
    )
    return raw, label


@message
def reg_external_tag():
    body = """[EXTERNAL] Deze e-mail is afkomstig van buiten het Kenniscentrum Vlaamse Steden. Klik niet op links en open geen bijlagen tenzij u de afzender herkent.

Beste Linda,

Ik schrijf me graag in voor het seminarie.

Naam: Sofie Wauters
Stad / gemeente: Gemeente Dilbeek
Functie: organisatiebeheerder
E-mailadres: sofie.wauters@dilbeek.be

Vriendelijke groeten,
Sofie
"""
    h = outlook_headers(
        "Thu, 22 Nov 2018 09:12:40 +0100",
        addr("Sofie Wauters", "sofie.wauters@dilbeek.be"),
        LINDA,
        "[EXTERNAL] Inschrijving seminarie 7 december",
        "dilbeek.be",
        [("X-MS-Exchange-Organization-SCL", "1")],
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person("Sofie Wauters", "Dilbeek", "organisatiebeheerder", "sofie.wauters@dilbeek.be"),
        ],
        False,
        "the receiving gateway prepends '[EXTERNAL]' to the subject and a warning banner to the body; otherwise a plain labelled registration ('Gemeente Dilbeek' -> Dilbeek)",
    )
    return raw, label


@message
def reg_extern_tag_reply():
    body = (
        """Dag Linda,

Ik kom graag naar het seminarie op 7 december. Mijn gegevens staan hieronder in de handtekening.

Met vriendelijke groeten

Jelle Vanderhoydonck
Teamleider Omgeving
Stad Beringen
jelle.vanderhoydonck@beringen.be

"""
        + OUTLOOK_INVITE_HDR
        + "\n"
        + INVITE_TEXT
    )
    h = outlook_headers(
        "Thu, 22 Nov 2018 11:26:05 +0100",
        addr("Jelle Vanderhoydonck", "jelle.vanderhoydonck@beringen.be"),
        LINDA,
        "[EXTERN] RE: " + INVITE_SUBJECT,
        "beringen.be",
        [("In-Reply-To", INVITE_MID), ("References", INVITE_MID)],
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Jelle Vanderhoydonck",
                "Beringen",
                "teamleider Omgeving",
                "jelle.vanderhoydonck@beringen.be",
            ),
        ],
        False,
        "'[EXTERN] RE:' subject; 'ik kom graag' with all fields from the signature; the quoted invitation below has the empty template",
    )
    return raw, label


@message
def reg_spam_report_safe():
    original = headers(
        [
            (
                "Received",
                "from mail.maasmechelen.be (unknown [192.0.2.77])\n\tby mx1.kcvs.be (Postfix) with ESMTP id 4B1F2C0A; Fri, 23 Nov 2018 08:51:12 +0100 (CET)",
            ),
            ("From", addr("Yannick Hoebers", "yannick.hoebers@maasmechelen.be")),
            ("To", "linda.boudry@kcvs.be"),
            ("Subject", "Inschrijving seminarie"),
            ("Date", "Fri, 23 Nov 2018 08:50:57 +0100"),
            ("Message-ID", "<20181123085057.2c4e@maasmechelen.be>"),
            ("MIME-Version", "1.0"),
        ]
    ) + text_part(
        """Beste mevrouw Boudry,

Graag schrijf ik me in voor het seminarie "Stadsorganisaties in transitie".

Naam: Yannick Hoebers
Stad / gemeente: Maasmechelen
Functie: preventieadviseur
E-mailadres: yannick.hoebers@maasmechelen.be

Met vriendelijke groet,
Yannick Hoebers
""",
        charset="iso-8859-1",
    )
    report = """Spam detection software, running on the system "mx1.kcvs.be",
has identified this incoming email as possible spam.  The original
message has been attached to this so you can view it or label
similar future email.  If you have any questions, see
postmaster@kcvs.be for details.

Content preview:  Beste mevrouw Boudry, Graag schrijf ik me in voor het seminarie
   "Stadsorganisaties in transitie". Naam: Yannick Hoebers Stad / gemeente: Maasmechelen
   [...]

Content analysis details:   (5.4 points, 5.0 required)

 pts rule name              description
---- ---------------------- --------------------------------------------------
 1.3 RDNS_NONE              Delivered to internal network by a host with no rDNS
 2.0 KCVS_NEWDOMAIN_BL      Sender domain seen less than 5 times
 1.1 MISSING_MID_LOCAL      Message-ID local part looks generated
 1.0 TVD_SPACE_RATIO        No description available.
"""
    bnd = "----------=_5BF7B1C0.3E0F1C2A"
    h = [
        (
            "Received",
            "from localhost by mx1.kcvs.be\n\twith SpamAssassin (version 3.4.2);\n\tFri, 23 Nov 2018 08:51:13 +0100",
        ),
        ("From", addr("Yannick Hoebers", "yannick.hoebers@maasmechelen.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "*** SPAM *** Inschrijving seminarie"),
        ("Date", "Fri, 23 Nov 2018 08:50:57 +0100"),
        ("Message-Id", "<20181123085057.2c4e@maasmechelen.be>"),
        ("X-Spam-Checker-Version", "SpamAssassin 3.4.2 (2018-09-13) on mx1.kcvs.be"),
        ("X-Spam-Flag", "YES"),
        ("X-Spam-Level", "*****"),
        (
            "X-Spam-Status",
            "Yes, score=5.4 required=5.0 tests=KCVS_NEWDOMAIN_BL,\n\tMISSING_MID_LOCAL,RDNS_NONE,TVD_SPACE_RATIO autolearn=no\n\tautolearn_force=no version=3.4.2",
        ),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/mixed; boundary="{bnd}"'),
    ]
    parts = [
        "Content-Type: text/plain; charset=iso-8859-1\nContent-Disposition: inline\nContent-Transfer-Encoding: 8bit\n\n"
        + report,
        "Content-Type: message/rfc822; x-spam-type=original\nContent-Description: original message before SpamAssassin\n"
        "Content-Disposition: attachment\nContent-Transfer-Encoding: 8bit\n\n" + original,
    ]
    raw = headers(h) + "\n" + multipart_body(parts, bnd)
    label = (
        "registration",
        [
            person(
                "Yannick Hoebers",
                "Maasmechelen",
                "preventieadviseur",
                "yannick.hoebers@maasmechelen.be",
            ),
        ],
        False,
        "false positive of the spam filter: '*** SPAM ***' subject and SpamAssassin report_safe wrapping; the real registration is only inside the attached message/rfc822; postmaster@kcvs.be in the report is a trap",
    )
    return raw, label


@message
def reg_spam_tag_private():
    body = """Dag mevrouw Boudry,

Ik stuur dit vanuit mijn privémail omdat ik vandaag thuis werk en mijn werkmail niet bereik.

Naam: Els Schoofs
Stad / gemeente: Bilzen
Functie: diensthoofd Sociaal Huis
E-mailadres (werk): els.schoofs@bilzen.be

Groeten,
Els
"""
    h = [
        (
            "Received",
            "from smtp.telenet.be (smtp.telenet.be [192.0.2.140])\n\tby mx1.kcvs.be (Postfix) with ESMTPS id 9A3D1C07; Fri, 23 Nov 2018 19:30:41 +0100 (CET)",
        ),
        ("From", addr("Els Schoofs", "els.schoofs73@telenet.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "*** SPAM *** inschrijving 7 december"),
        ("Date", "Fri, 23 Nov 2018 19:30:22 +0100"),
        ("Message-ID", mid("telenet.be")),
        ("X-Spam-Flag", "YES"),
        ("X-Spam-Score", "6.1"),
        (
            "X-Spam-Status",
            "Yes, score=6.1 required=5.0 tests=FREEMAIL_FROM,RDNS_DYNAMIC,\n\tTO_NO_BRKTS_DYNIP",
        ),
        ("User-Agent", "Telenet Webmail"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person("Els Schoofs", "Bilzen", "diensthoofd Sociaal Huis", "els.schoofs@bilzen.be"),
        ],
        False,
        "'*** SPAM ***' tag on a genuine registration from a private address; the registrant's address is the work address in the body, not the sender's",
    )
    return raw, label


@message
def reg_html_only_labels():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste Linda,</p>
<p>Graag bevestig ik mijn deelname aan het seminarie van 7 december.</p>
<p><b>Naam:</b>&nbsp;H&eacute;l&egrave;ne Thijs<br>
<b>Stad / gemeente:</b>&nbsp;Stad Tongeren<br>
<b>Functie:</b>&nbsp;communicatiemedewerker<br>
<b>E-mailadres:</b>&nbsp;<a href="mailto:helene.thijs@tongeren.be">helene.thijs@tongeren.be</a></p>
<p>Met vriendelijke groeten,<br>H&eacute;l&egrave;ne</p>
</div></body></html>
"""
    bnd = boundary("=_alt_")
    h = [
        ("From", addr("Hélène Thijs", "helene.thijs@tongeren.be")),
        ("To", LINDA),
        ("Subject", "Inschrijving seminarie"),
        ("Date", "Mon, 26 Nov 2018 08:17:19 +0100"),
        ("Message-ID", mid("tongeren.be")),
        ("X-Mailer", "Zimbra 8.8.9_GA_3019 (ZimbraWebClient - GC70)"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{bnd}"'),
    ]
    raw = (
        headers(h)
        + "\n"
        + multipart_body([text_part("", cte="7bit"), text_part(html, "html")], bnd)
    )
    label = (
        "registration",
        [
            person(
                "Hélène Thijs", "Tongeren", "communicatiemedewerker", "helene.thijs@tongeren.be"
            ),
        ],
        False,
        "text/plain part completely empty; the labelled fields are only in the HTML part, with &nbsp; and character entities (H&eacute;l&egrave;ne); RFC 2047 From",
    )
    return raw, label


@message
def reg_winmail_with_text():
    body = """Goeiemorgen Linda,

Ik wil mij graag inschrijven:

Naam: Lieven Van der Linden
Stad / gemeente: Ninove
Functie: diensthoofd Burgerzaken
E-mailadres: lieven.vanderlinden@ninove.be

Vriendelijke groet,
Lieven
"""
    bnd = boundary("_004_")
    h = outlook_headers(
        "Mon, 26 Nov 2018 09:55:31 +0100",
        addr("Lieven Van der Linden", "lieven.vanderlinden@ninove.be"),
        LINDA,
        "Inschrijving seminarie 7/12",
        "ninove.be",
    )
    h = [x if x[0] != "X-MS-Has-Attach" else ("X-MS-Has-Attach", "yes") for x in h]
    h.append(("Content-Type", f'multipart/mixed; boundary="{bnd}"'))
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(body, charset="iso-8859-1"),
                attachment(
                    "application/ms-tnef", "winmail.dat", tnef("Inschrijving seminarie 7/12", body)
                ),
            ],
            bnd,
        )
    )
    label = (
        "registration",
        [
            person(
                "Lieven Van der Linden",
                "Ninove",
                "diensthoofd Burgerzaken",
                "lieven.vanderlinden@ninove.be",
            ),
        ],
        False,
        "Outlook rich-text mail: readable text/plain part plus an application/ms-tnef winmail.dat attachment that repeats it",
    )
    return raw, label


@message
def reg_winmail_only():
    content = """Beste,

Hierbij mijn inschrijving voor het seminarie van 7 december.

Naam: Sabine De Koker
Stad / gemeente: Stad Geraardsbergen
Functie: stafmedewerker lokale economie
E-mailadres: sabine.dekoker@geraardsbergen.be

Met vriendelijke groeten,
Sabine De Koker
"""
    bnd = boundary("_005_")
    h = outlook_headers(
        "Mon, 26 Nov 2018 14:40:02 +0100",
        addr("De Koker Sabine", "sabine.dekoker@geraardsbergen.be"),
        LINDA,
        "Inschrijving seminarie",
        "geraardsbergen.be",
    )
    h = [x if x[0] != "X-MS-Has-Attach" else ("X-MS-Has-Attach", "yes") for x in h]
    h = [
        x
        if x[0] != "X-MS-TNEF-Correlator"
        else ("X-MS-TNEF-Correlator", "<" + token(20) + "@geraardsbergen.be>")
        for x in h
    ]
    h.append(("Content-Type", f'multipart/mixed; boundary="{bnd}"'))
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part("\n", cte="7bit"),
                attachment(
                    "application/ms-tnef", "winmail.dat", tnef("Inschrijving seminarie", content)
                ),
            ],
            bnd,
        )
    )
    label = (
        "registration",
        [
            person(
                "Sabine De Koker",
                "Geraardsbergen",
                "stafmedewerker lokale economie",
                "sabine.dekoker@geraardsbergen.be",
            ),
        ],
        True,
        "empty text/plain part, the whole message is only inside a winmail.dat (TNEF) attachment: a person has to open it with a TNEF reader; the labels give what is inside",
    )
    return raw, label


@message
def reg_xlsx_attachment():
    body = """Dag Linda,

In bijlage de lijst met de collega's van Stad Antwerpen die graag deelnemen aan het seminarie van 7 december.

Groeten,
Sandra

Sandra Goris
Teamleider talentmanagement
Stad Antwerpen
"""
    rows = [
        ["Naam", "Stad / gemeente", "Functie", "E-mailadres"],
        [
            "Sandra Goris",
            "Stad Antwerpen",
            "teamleider talentmanagement",
            "sandra.goris@antwerpen.be",
        ],
        [
            "Karim Benali",
            "Stad Antwerpen",
            "programmaleider organisatieontwikkeling",
            "karim.benali@antwerpen.be",
        ],
        ["Jolien Van Looy", "Stad Antwerpen", "bedrijfsjurist", "jolien.vanlooy@antwerpen.be"],
        [
            "Raf Verbist",
            "Stad Antwerpen",
            "stafmedewerker bedrijfsvoering",
            "raf.verbist@antwerpen.be",
        ],
    ]
    bnd = boundary("_006_")
    h = outlook_headers(
        "Tue, 27 Nov 2018 10:08:45 +0100",
        addr("Goris Sandra", "sandra.goris@antwerpen.be"),
        LINDA,
        "Inschrijvingen Stad Antwerpen seminarie 7/12",
        "antwerpen.be",
    )
    h = [x if x[0] != "X-MS-Has-Attach" else ("X-MS-Has-Attach", "yes") for x in h]
    h.append(("Content-Type", f'multipart/mixed; boundary="{bnd}"'))
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(body),
                attachment(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "deelnemers_stad_antwerpen.xlsx",
                    xlsx(rows),
                ),
            ],
            bnd,
        )
    )
    label = (
        "registration",
        [
            person(
                "Sandra Goris",
                "Antwerpen",
                "teamleider talentmanagement",
                "sandra.goris@antwerpen.be",
            ),
            person(
                "Karim Benali",
                "Antwerpen",
                "programmaleider organisatieontwikkeling",
                "karim.benali@antwerpen.be",
            ),
            person("Jolien Van Looy", "Antwerpen", "bedrijfsjurist", "jolien.vanlooy@antwerpen.be"),
            person(
                "Raf Verbist",
                "Antwerpen",
                "stafmedewerker bedrijfsvoering",
                "raf.verbist@antwerpen.be",
            ),
        ],
        True,
        "the registrants are only in an attached .xlsx (the text says 'in bijlage de lijst'): a person has to open it; the labels list the four rows of the sheet",
    )
    return raw, label


@message
def reg_docx_attachment():
    body = """Beste,

In bijlage mijn ingevuld inschrijvingsformulier.

Groeten,
Ruben
"""
    paras = [
        "Inschrijvingsformulier seminarie \u201cStadsorganisaties in transitie\u201d",
        "Vrijdag 7 december 2018 \u2013 Permeke, Antwerpen",
        "",
        "Naam: Ruben Verhaegen",
        "Stad / gemeente: Gemeente Brasschaat",
        "Functie: HR-deskundige",
        "E-mailadres: ruben.verhaegen@brasschaat.be",
    ]
    bnd = boundary("_007_")
    h = outlook_headers(
        "Tue, 27 Nov 2018 15:31:12 +0100",
        addr("Ruben Verhaegen", "ruben.verhaegen@brasschaat.be"),
        LINDA,
        "inschrijving",
        "brasschaat.be",
    )
    h = [x if x[0] != "X-MS-Has-Attach" else ("X-MS-Has-Attach", "yes") for x in h]
    h.append(("Content-Type", f'multipart/mixed; boundary="{bnd}"'))
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(body),
                attachment(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Inschrijving_seminarie_Verhaegen.docx",
                    docx(paras),
                ),
            ],
            bnd,
        )
    )
    label = (
        "registration",
        [
            person(
                "Ruben Verhaegen", "Brasschaat", "HR-deskundige", "ruben.verhaegen@brasschaat.be"
            ),
        ],
        True,
        "text says only 'in bijlage mijn ingevuld inschrijvingsformulier': the fields are in an attached .docx, a person has to open it",
    )
    return raw, label


@message
def reg_cc_colleagues():
    body = """Beste Linda,

Ik schrijf graag drie collega's van Stad Lommel in voor het seminarie van 7 december. Zij staan alle drie in cc; ons secretariaat staat ter info ook in cc.

- Lies Bogaerts, diensthoofd Personeel
- Stijn Jacobs, projectleider organisatieontwikkeling
- Hatice Yilmaz, beleidsmedewerker diversiteit

Zelf ben ik die dag helaas verhinderd.

Met vriendelijke groeten,

Ludo Vanhout
Algemeen directeur
Stad Lommel
"""
    cc = ",\n ".join(
        [
            addr("Lies Bogaerts", "lies.bogaerts@lommel.be"),
            addr("Stijn Jacobs", "stijn.jacobs@lommel.be"),
            addr("Hatice Yilmaz", "hatice.yilmaz@lommel.be"),
            addr("Secretariaat Stad Lommel", "secretariaat@lommel.be"),
        ]
    )
    h = outlook_headers(
        "Wed, 28 Nov 2018 09:02:37 +0100",
        addr("Ludo Vanhout", "ludo.vanhout@lommel.be"),
        LINDA,
        "Inschrijving 3 collega's - seminarie 7 december",
        "lommel.be",
        [("Cc", cc)],
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person("Lies Bogaerts", "Lommel", "diensthoofd Personeel", "lies.bogaerts@lommel.be"),
            person(
                "Stijn Jacobs",
                "Lommel",
                "projectleider organisatieontwikkeling",
                "stijn.jacobs@lommel.be",
            ),
            person(
                "Hatice Yilmaz",
                "Lommel",
                "beleidsmedewerker diversiteit",
                "hatice.yilmaz@lommel.be",
            ),
        ],
        False,
        "a director registers three colleagues whose addresses are only in Cc ('alle drie in cc'); the secretariat in Cc and the sender ('zelf helaas verhinderd', never registered) are not registrants",
    )
    return raw, label


@message
def reg_calendar_accept_colleague():
    comment = """Dag Linda,

Ik heb de afspraak uit je bevestiging in mijn agenda gezet, bedankt. Mijn collega wil ook graag mee, kan je haar ook inschrijven?

Naam: Eline Goethals
Gemeente: Evergem
Functie: beleidsmedewerker communicatie
E-mail: eline.goethals@evergem.be

Groetjes,
Annelies
"""
    bnd = boundary("_000_")
    h = outlook_headers(
        "Wed, 28 Nov 2018 11:44:09 +0100",
        addr("Annelies Van de Velde", "annelies.vandevelde@evergem.be"),
        LINDA,
        "Geaccepteerd: " + SEMINAR,
        "evergem.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    ics = ics_reply(
        "ACCEPTED",
        "Geaccepteerd",
        "Annelies Van de Velde",
        "annelies.vandevelde@evergem.be",
        comment,
        "20181128T104409Z",
    )
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(comment),
                text_part(html_from_text(comment), "html"),
                calendar_part(ics, "REPLY"),
            ],
            bnd,
        )
    )
    label = (
        "registration",
        [
            person(
                "Eline Goethals",
                "Evergem",
                "beleidsmedewerker communicatie",
                "eline.goethals@evergem.be",
            ),
        ],
        False,
        "Outlook 'Geaccepteerd:' reply (text/calendar METHOD:REPLY) to the .ics in her own confirmation, with a comment that registers a colleague: only the colleague is new; the accepting sender is already registered",
    )
    return raw, label


@message
def reg_reply_to_newsletter():
    body = """Hallo,

Ik zag in jullie nieuwsbrief het seminarie van 7 december. Ik schrijf me graag in:

Naam: Joke Van Gool
Stad / gemeente: Hoogstraten
Functie: stafmedewerker organisatiebeheersing
E-mailadres: joke.vangool@hoogstraten.be

Vriendelijke groet,
Joke

Van: Kenniscentrum Vlaamse Steden <nieuwsbrief@kcvs.be>
Verzonden: donderdag 8 november 2018 10:00
Aan: joke.vangool@hoogstraten.be
Onderwerp: Nieuwsbrief KCVS – november 2018

NIEUWSBRIEF KENNISCENTRUM VLAAMSE STEDEN – NOVEMBER 2018

* Seminarie "Stadsorganisaties in transitie" – vrijdag 7 december, Permeke Antwerpen
  Gratis. Inschrijven tot en met 2 december bij linda.boudry@kcvs.be.

* Nieuwe publicatie: Centrumsteden in cijfers 2018

* Terugblik: lerend netwerk wijkgericht werken

Je ontvangt deze nieuwsbrief omdat je ingeschreven bent op de mailinglijst van het Kenniscentrum Vlaamse Steden.
Afmelden <https://www.kcvs.be/nieuwsbrief/afmelden?u=3f9a1c&id=77be21>  |  Voorkeuren wijzigen  |  Bekijk in je browser
"""
    h = outlook_headers(
        "Thu, 08 Nov 2018 13:26:50 +0100",
        addr("Joke Van Gool", "joke.vangool@hoogstraten.be"),
        addr("Kenniscentrum Vlaamse Steden", "nieuwsbrief@kcvs.be"),
        "RE: Nieuwsbrief KCVS – november 2018",
        "hoogstraten.be",
        [("Cc", LINDA)],
    )
    raw = headers(h) + text_part(body)
    label = (
        "registration",
        [
            person(
                "Joke Van Gool",
                "Hoogstraten",
                "stafmedewerker organisatiebeheersing",
                "joke.vangool@hoogstraten.be",
            ),
        ],
        False,
        "reply to the KCVS newsletter (organiser in Cc): a labelled registration above a quoted newsletter whose footer says 'Afmelden' and 'ingeschreven op de mailinglijst' (not a cancellation)",
    )
    return raw, label


# --------------------------------------------------------------------------- cancellations


@message
def can_calendar_decline_comment():
    comment = """Beste Linda,

Ik moet helaas afzeggen: op 7 december valt onze begrotingsbespreking. Veel succes met het seminarie!

Met vriendelijke groeten
Dieter Vansteenkiste
Diensthoofd Financiën
Gemeente Knokke-Heist
"""
    bnd = boundary("_000_")
    h = outlook_headers(
        "Thu, 29 Nov 2018 08:31:56 +0100",
        addr("Dieter Vansteenkiste", "dieter.vansteenkiste@knokke-heist.be"),
        LINDA,
        "Geweigerd: " + SEMINAR,
        "knokke-heist.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    ics = ics_reply(
        "DECLINED",
        "Geweigerd",
        "Dieter Vansteenkiste",
        "dieter.vansteenkiste@knokke-heist.be",
        comment,
        "20181129T073156Z",
    )
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(comment),
                text_part(html_from_text(comment), "html"),
                calendar_part(ics, "REPLY"),
            ],
            bnd,
        )
    )
    label = (
        "cancellation",
        [
            person(
                "Dieter Vansteenkiste",
                "Knokke-Heist",
                "diensthoofd Financiën",
                "dieter.vansteenkiste@knokke-heist.be",
            ),
        ],
        False,
        "Outlook 'Geweigerd:' reply (METHOD:REPLY, PARTSTAT=DECLINED) to the .ics of his confirmation, with a comment 'ik moet helaas afzeggen' and a signature: a clear cancellation",
    )
    return raw, label


@message
def can_calendar_decline_bare():
    bnd = boundary("_000_")
    h = outlook_headers(
        "Thu, 29 Nov 2018 17:12:20 +0100",
        addr("Ruben Deprez", "ruben.deprez@izegem.be"),
        LINDA,
        "Geweigerd: " + SEMINAR,
        "izegem.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    ics = ics_reply(
        "DECLINED", "Geweigerd", "Ruben Deprez", "ruben.deprez@izegem.be", None, "20181129T161220Z"
    )
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part("\n", cte="7bit"),
                text_part(
                    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                    "<body></body></html>\n",
                    "html",
                ),
                calendar_part(ics, "REPLY"),
            ],
            bnd,
        )
    )
    label = (
        "cancellation",
        [
            person("Ruben Deprez", None, None, "ruben.deprez@izegem.be"),
        ],
        True,
        "bare 'Geweigerd:' calendar reply with no text at all: probably a withdrawal, but it may be calendar housekeeping (deleted item, delegate); a person should check before cancelling. The contract has no calendar rule; labelled as a human assistant would read it",
    )
    return raw, label


@message
def can_on_behalf():
    body = """Geachte mevrouw Boudry,

Namens schepen Marnix De Backer moet ik u helaas laten weten dat hij niet aanwezig kan zijn op het seminarie van 7 december: die ochtend is er een bijkomende zitting van het schepencollege. Wilt u zijn inschrijving schrappen?

Marnix De Backer is schepen van financiën van de gemeente Temse.

Met vriendelijke groeten,

Ilse Bracke
Kabinetsmedewerker
Gemeente Temse
"""
    h = outlook_headers(
        "Fri, 30 Nov 2018 10:47:03 +0100",
        addr("Marnix De Backer", "marnix.debacker@temse.be"),
        LINDA,
        "Afmelding seminarie 7 december - schepen De Backer",
        "temse.be",
        [("Sender", addr("Kabinet schepenen Temse", "kabinet@temse.be"))],
    )
    raw = headers(h) + text_part(body)
    label = (
        "cancellation",
        [
            person(
                "Marnix De Backer", "Temse", "schepen van financiën", "marnix.debacker@temse.be"
            ),
        ],
        False,
        "cancellation sent 'namens' (Sender: kabinet@, From: the alderman); the cancelled person is the alderman with the From address, not the signing staff member",
    )
    return raw, label


@message
def can_excel_html_only():
    rows = [
        ("Naam", "Gemeente", "Functie", "E-mailadres"),
        (
            "Bram Vandenbussche",
            "Gemeente Wevelgem",
            "beleidsmedewerker lokale economie",
            "bram.vandenbussche@wevelgem.be",
        ),
        (
            "Kaat Dewitte",
            "Gemeente Wevelgem",
            "deskundige communicatie",
            "kaat.dewitte@wevelgem.be",
        ),
    ]
    trs = "\n".join(
        "<tr>"
        + "".join(
            f'<td style="padding:0 6pt;border:1px solid #999">{html_escape(v)}</td>' for v in r
        )
        + "</tr>"
        for r in rows
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
        "<p>Beste Linda,</p>\n"
        "<p>Helaas moeten volgende collega&#8217;s van gemeente Wevelgem zich afmelden voor het seminarie van 7 december:</p>\n"
        f'<table cellspacing="0" cellpadding="0">\n{trs}\n</table>\n'
        "<p>Excuses voor het late bericht.</p>\n"
        "<p>Met vriendelijke groeten,<br>Evi Decock<br>HR-medewerker<br>Gemeente Wevelgem</p>\n</body></html>\n"
    )
    bnd = boundary("_000_")
    h = outlook_headers(
        "Fri, 30 Nov 2018 14:19:38 +0100",
        addr("Evi Decock", "evi.decock@wevelgem.be"),
        LINDA,
        "[EXTERNAL] Afmelding seminarie 7/12 - 2 personen Wevelgem",
        "wevelgem.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    raw = (
        headers(h)
        + "\n"
        + multipart_body([text_part("", cte="7bit"), text_part(html, "html")], bnd)
    )
    label = (
        "cancellation",
        [
            person(
                "Bram Vandenbussche",
                "Wevelgem",
                "beleidsmedewerker lokale economie",
                "bram.vandenbussche@wevelgem.be",
            ),
            person(
                "Kaat Dewitte", "Wevelgem", "deskundige communicatie", "kaat.dewitte@wevelgem.be"
            ),
        ],
        False,
        "'[EXTERNAL]' subject; HTML-only (empty text part) cancellation of two colleagues listed in a pasted table; the HR sender herself is not cancelled",
    )
    return raw, label


# --------------------------------------------------------------------------- auto-replies


@message
def auto_exchange_ooo():
    body = """Bedankt voor uw bericht.

Ik ben afwezig tot en met maandag 26 november 2018 en heb geen toegang tot mijn mailbox. Voor dringende zaken kunt u terecht bij het secretariaat via secretariaat@deinze.be.

Met vriendelijke groeten,

Gert Demeyere
Afdelingshoofd Interne Zaken
Stad Deinze
"""
    h = [
        ("From", addr("Gert Demeyere", "gert.demeyere@deinze.be")),
        ("To", LINDA),
        ("Subject", subj("Automatisch antwoord: " + CONFIRM_SUBJECT)),
        ("Thread-Topic", subj(CONFIRM_SUBJECT)),
        ("Date", "Tue, 20 Nov 2018 09:12:44 +0100"),
        ("Message-ID", mid("deinze.be")),
        ("In-Reply-To", "<conf.8f21c0@kcvs.be>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "gert.demeyere@deinze.be"),
        ("Content-Language", "nl-BE"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "auto_reply",
        [],
        False,
        "Exchange out-of-office ('Automatisch antwoord:', Auto-Submitted: auto-replied) to a confirmation; signature with name, function and city; secretariat address in the body",
    )
    return raw, label


@message
def auto_topdesk_ack():
    body = """##- Typ uw antwoord boven deze lijn -##

Beste Linda Boudry,

Bedankt voor uw bericht aan info@edegem.be. Uw e-mail werd geregistreerd als melding I1811 1033 en doorgestuurd naar de bevoegde dienst. U ontvangt binnen vijf werkdagen een antwoord.

Onderwerp van uw bericht: Uitnodiging seminarie 'Stadsorganisaties in transitie' – vrijdag 7 december 2018

Dit is een automatisch gegenereerd bericht; antwoorden op deze e-mail worden aan de melding toegevoegd.

Servicedesk Gemeente Edegem
"""
    h = [
        ("From", addr("Servicedesk Gemeente Edegem", "servicedesk@edegem.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", subj("Melding I1811 1033 geregistreerd: " + INVITE_SUBJECT)),
        ("Date", "Mon, 05 Nov 2018 10:13:02 +0100"),
        ("Message-ID", mid("topdesk.edegem.be")),
        ("In-Reply-To", INVITE_MID),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("X-Mailer", "TOPdesk"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "auto_reply",
        [],
        False,
        "TOPdesk acknowledgement from a municipality's general mailbox to the invitation (Auto-Submitted: auto-generated, Precedence: bulk, ticket number, 'reply above this line')",
    )
    return raw, label


@message
def auto_extern_parental_leave():
    body = """Beste,

Ik ben met ouderschapsverlof tot en met 3 januari 2019. Uw bericht wordt niet doorgestuurd. Voor vragen over personeelszaken kunt u terecht bij hrm@asse.be.

Dear sender,

I am on parental leave until 3 January 2019. Your message will not be forwarded. For HR matters please contact hrm@asse.be.

Kathleen Vanderstraeten
Teamverantwoordelijke HRM
Gemeente Asse
"""
    h = [
        ("From", addr("Kathleen Vanderstraeten", "kathleen.vanderstraeten@asse.be")),
        ("To", LINDA),
        ("Subject", subj("[EXTERN] Afwezig: " + INVITE_SUBJECT)),
        ("Date", "Mon, 05 Nov 2018 10:14:37 +0100"),
        ("Message-ID", mid("asse.be")),
        ("In-Reply-To", INVITE_MID),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "auto_reply",
        [],
        False,
        "bilingual parental-leave reply to the invitation, '[EXTERN] Afwezig:' subject tag added by the gateway, X-Autoreply: yes and Precedence: bulk but no Auto-Submitted",
    )
    return raw, label


# --------------------------------------------------------------------------- bounces


@message
def bounce_gmail_dsn():
    original = headers(
        [
            ("From", LINDA),
            ("To", "joris.vandenbroeck@zaventem.be"),
            ("Subject", subj(INVITE_SUBJECT)),
            ("Date", "Mon, 5 Nov 2018 10:12:06 +0100"),
            ("Message-ID", "<CAF3v9kq1Lb0ZQx@mail.gmail.com>"),
            ("MIME-Version", "1.0"),
        ]
    ) + text_part(INVITE_TEXT)
    human = """
** Adres niet gevonden **

Je bericht is niet bezorgd bij joris.vandenbroeck@zaventem.be omdat het adres niet is gevonden of geen e-mail kan ontvangen.

Het antwoord van de externe server is:

550 5.1.1 <joris.vandenbroeck@zaventem.be>: Recipient address rejected: User unknown in virtual mailbox table
"""
    status = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; linda.boudry@kcvs.be
Arrival-Date: Mon, 05 Nov 2018 01:12:06 -0800 (PST)
X-Original-Message-ID: <CAF3v9kq1Lb0ZQx@mail.gmail.com>

Final-Recipient: rfc822; joris.vandenbroeck@zaventem.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.zaventem.be. (192.0.2.25, the server for the domain zaventem.be.)
Diagnostic-Code: smtp; 550 5.1.1 <joris.vandenbroeck@zaventem.be>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 05 Nov 2018 01:12:08 -0800 (PST)
"""
    bnd = "000000000000" + token(16)
    h = [
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", "Mon, 05 Nov 2018 01:12:08 -0800 (PST)"),
        ("Message-ID", f"<5be0{token(12)}.1c69fb81.{token(6)}@mx.google.com>"),
        ("X-Failed-Recipients", "joris.vandenbroeck@zaventem.be"),
        ("Auto-Submitted", "auto-replied"),
        ("References", "<CAF3v9kq1Lb0ZQx@mail.gmail.com>"),
        ("In-Reply-To", "<CAF3v9kq1Lb0ZQx@mail.gmail.com>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/report; boundary="{bnd}"; report-type=delivery-status'),
    ]
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(human, charset="UTF-8"),
                "Content-Type: message/delivery-status\n\n" + status,
                "Content-Type: message/rfc822\n\n" + original,
            ],
            bnd,
        )
    )
    label = (
        "bounce",
        [],
        False,
        "Google-style RFC 3464 DSN in Dutch ('Adres niet gevonden'), Auto-Submitted too; the whole invitation with its empty template is returned as message/rfc822",
    )
    return raw, label


@message
def bounce_gateway_notice():
    orig_hdrs = headers(
        [
            ("From", LINDA),
            ("To", "katrijn.verbeek@schoten.be"),
            ("Subject", subj(CONFIRM_SUBJECT)),
            ("Date", "Wed, 21 Nov 2018 09:30:11 +0100"),
            ("Message-ID", "<conf.5d0a33@kcvs.be>"),
        ]
    )
    human = """Dit is een automatisch bericht van de e-mailbeveiliging van Gemeente Schoten.

Uw bericht kon niet worden afgeleverd bij een of meer ontvangers.

  Ontvanger : katrijn.verbeek@schoten.be
  Onderwerp : Bevestiging inschrijving seminarie Stadsorganisaties in transitie
  Reden     : 550 5.1.1 Onbekende gebruiker / Unknown user

Controleer het adres en probeer het opnieuw. Antwoord niet op dit bericht.
"""
    bnd = boundary("NDR_")
    h = [
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mailgw.schoten.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", subj("Onbestelbaar: " + CONFIRM_SUBJECT)),
        ("Date", "Wed, 21 Nov 2018 09:30:15 +0100"),
        ("Message-ID", mid("mailgw.schoten.be")),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/mixed; boundary="{bnd}"'),
    ]
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(human, cte="7bit", charset="us-ascii"),
                "Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
                + orig_hdrs,
            ],
            bnd,
        )
    )
    label = (
        "bounce",
        [],
        False,
        "mail-gateway failure notice from MAILER-DAEMON for a confirmation (multipart/mixed, not multipart/report) with Auto-Submitted: auto-replied: a bounce wins",
    )
    return raw, label


@message
def bounce_delivered_dsn():
    orig_hdrs = headers(
        [
            ("From", LINDA),
            ("To", "lien.declercq@torhout.be"),
            ("Subject", subj(CONFIRM_SUBJECT)),
            ("Date", "Fri, 23 Nov 2018 14:02:40 +0100"),
            ("Message-ID", "<conf.b71e02@kcvs.be>"),
        ]
    )
    human = """Uw bericht is bezorgd bij de volgende ontvangers:

lien.declercq@torhout.be (lien.declercq@torhout.be)

Onderwerp: Bevestiging inschrijving seminarie Stadsorganisaties in transitie
"""
    status = """Reporting-MTA: dns;EXCH02.torhout.local
Arrival-Date: Fri, 23 Nov 2018 13:02:44 +0000

Final-Recipient: rfc822;lien.declercq@torhout.be
Action: delivered
Status: 2.0.0
"""
    bnd = boundary("_dsn_")
    h = [
        ("From", addr("Microsoft Outlook", "postmaster@torhout.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", subj("Bezorgd: " + CONFIRM_SUBJECT)),
        ("Date", "Fri, 23 Nov 2018 13:02:45 +0000"),
        ("Message-ID", mid("EXCH02.torhout.local")),
        ("In-Reply-To", "<conf.b71e02@kcvs.be>"),
        ("Content-Language", "nl-BE"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/report; report-type=delivery-status; boundary="{bnd}"'),
    ]
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(human),
                "Content-Type: message/delivery-status\n\n" + status,
                "Content-Type: text/rfc822-headers\n\n" + orig_hdrs,
            ],
            bnd,
        )
    )
    label = (
        "bounce",
        [],
        False,
        "positive Exchange delivery notification ('Bezorgd:', Action: delivered, Status 2.0.0) as RFC 3464 multipart/report delivery-status: by the contract's letter every delivery status notification is a bounce (like a delay warning); nothing to act on",
    )
    return raw, label


# --------------------------------------------------------------------------- other


@message
def other_calendar_accept_bare():
    bnd = boundary("_000_")
    h = outlook_headers(
        "Tue, 20 Nov 2018 15:40:27 +0100",
        addr("Hanne Vermeersch", "hanne.vermeersch@tielt.be"),
        LINDA,
        "Geaccepteerd: " + SEMINAR,
        "tielt.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    ics = ics_reply(
        "ACCEPTED",
        "Geaccepteerd",
        "Hanne Vermeersch",
        "hanne.vermeersch@tielt.be",
        None,
        "20181120T144027Z",
    )
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part("\n", cte="7bit"),
                text_part(
                    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                    "<body></body></html>\n",
                    "html",
                ),
                calendar_part(ics, "REPLY"),
            ],
            bnd,
        )
    )
    label = (
        "other",
        [],
        False,
        "bare Outlook 'Geaccepteerd:' (METHOD:REPLY, PARTSTAT=ACCEPTED) to the .ics in a confirmation: calendar bookkeeping of someone already registered, no new data. No contract rule for calendar replies; a human would just let the calendar record it",
    )
    return raw, label


@message
def other_read_receipt():
    human = """Uw bericht

  Aan: Wendy De Baets
  Onderwerp: Bevestiging inschrijving seminarie Stadsorganisaties in transitie
  Verzonden: dinsdag 20 november 2018 9:12:03 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs

werd gelezen op dinsdag 20 november 2018 11:40:27 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs.
"""
    mdn = """Reporting-UA: EXCH01.ronse.local; Microsoft Exchange Server 2016
Final-Recipient: rfc822;wendy.debaets@ronse.be
Original-Message-ID: <conf.3a91f7@kcvs.be>
Disposition: manual-action/MDN-sent-manually; displayed
"""
    bnd = boundary("_mdn_")
    h = [
        ("From", addr("Wendy De Baets", "wendy.debaets@ronse.be")),
        ("To", LINDA),
        ("Subject", subj("Gelezen: " + CONFIRM_SUBJECT)),
        ("Date", "Tue, 20 Nov 2018 11:40:29 +0100"),
        ("Message-ID", mid("ronse.be")),
        ("References", "<conf.3a91f7@kcvs.be>"),
        ("Content-Language", "nl-BE"),
        ("MIME-Version", "1.0"),
        (
            "Content-Type",
            f'multipart/report; report-type=disposition-notification; boundary="{bnd}"',
        ),
    ]
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(human),
                "Content-Type: message/disposition-notification\n\n" + mdn,
            ],
            bnd,
        )
    )
    label = (
        "other",
        [],
        False,
        "read receipt ('Gelezen:', RFC 8098 disposition-notification sent manually): not a delivery-status report and not an absence reply; nothing to do",
    )
    return raw, label


@message
def other_newsletter():
    text = """LOKAAL BESTUURD – nieuwsbrief voor lokale besturen – nr. 44, november 2018

IN DEZE NIEUWSBRIEF
- Nieuwe regels voor de beleids- en beheerscyclus
- Agenda: studiedagen en seminaries in december
- Vacatures bij lokale besturen

AGENDA
7 december – Seminarie "Stadsorganisaties in transitie" (Kenniscentrum Vlaamse Steden), Permeke, Antwerpen.
Gratis. Inschrijven tot en met 2 december bij linda.boudry@kcvs.be met naam, stad/gemeente, functie en e-mailadres.

13 december – Workshop "Wendbaar organiseren" (Leuven). Inschrijven via de website.

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven op lokaalbestuurd.be.
Uitschrijven: https://lokaalbestuurd.be/nieuwsbrief/uitschrijven?e=bGluZGEuYm91ZHJ5QGtjdnMuYmU
"""
    bnd = boundary("=_nl_")
    h = [
        ("From", addr("Lokaal Bestuurd", "nieuwsbrief@lokaalbestuurd.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", subj("Lokaal Bestuurd nr. 44 – agenda december: seminaries en studiedagen")),
        ("Date", "Thu, 15 Nov 2018 07:00:03 +0100"),
        ("Message-ID", mid("mail.lokaalbestuurd.be")),
        ("List-Id", "Lokaal Bestuurd nieuwsbrief <nieuwsbrief.lokaalbestuurd.be>"),
        (
            "List-Unsubscribe",
            "<https://lokaalbestuurd.be/nieuwsbrief/uitschrijven?e=bGluZGEuYm91ZHJ5QGtjdnMuYmU>,\n <mailto:uitschrijven@lokaalbestuurd.be?subject=unsubscribe>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign-Id", "lb-2018-44"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{bnd}"'),
    ]
    raw = (
        headers(h)
        + "\n"
        + multipart_body([text_part(text), text_part(html_from_text(text), "html")], bnd)
    )
    label = (
        "other",
        [],
        False,
        "third-party newsletter (List-Id, List-Unsubscribe, Precedence: bulk) whose agenda mentions the seminar and repeats the four fields and Linda's address: not a registration",
    )
    return raw, label


@message
def other_mailing_list_post():
    body = """Dag collega's,

Ik ben ingeschreven voor het seminarie "Stadsorganisaties in transitie" van KCVS op 7 december in Antwerpen. Rijdt er nog iemand vanuit de Westhoek? Ik heb nog twee plaatsen in de wagen.

Groeten,

Stefaan Coucke
HR-adviseur
Stad Poperinge
stefaan.coucke@poperinge.be
_______________________________________________
HR-netwerk mailinglijst
hr-netwerk@lijst.hrcentrumsteden.be
Uitschrijven of instellingen wijzigen: https://lijst.hrcentrumsteden.be/mailman/listinfo/hr-netwerk
"""
    h = [
        ("From", addr("Stefaan Coucke", "stefaan.coucke@poperinge.be")),
        ("To", addr("HR-netwerk centrumsteden", "hr-netwerk@lijst.hrcentrumsteden.be")),
        ("Subject", "[HR-netwerk] Carpool naar seminarie KCVS 7/12?"),
        ("Date", "Fri, 16 Nov 2018 12:04:51 +0100"),
        ("Message-ID", mid("poperinge.be")),
        ("Sender", addr("HR-netwerk", "hr-netwerk-bounces@lijst.hrcentrumsteden.be")),
        ("List-Id", "HR-netwerk centrumsteden <hr-netwerk.lijst.hrcentrumsteden.be>"),
        (
            "List-Unsubscribe",
            "<https://lijst.hrcentrumsteden.be/mailman/options/hr-netwerk>,\n <mailto:hr-netwerk-request@lijst.hrcentrumsteden.be?subject=unsubscribe>",
        ),
        ("List-Post", "<mailto:hr-netwerk@lijst.hrcentrumsteden.be>"),
        ("Precedence", "list"),
        ("X-BeenThere", "hr-netwerk@lijst.hrcentrumsteden.be"),
        ("X-Mailman-Version", "2.1.23"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "other",
        [],
        False,
        "Mailman list traffic (List-Id, unsubscribe footer) about carpooling: 'ik ben ingeschreven' plus a full signature, but nobody registers with the organiser",
    )
    return raw, label


@message
def other_mass_mail_cc():
    names = [
        "an.dhondt",
        "bart.desmet",
        "caroline.vanderveken",
        "dirk.praet",
        "els.cooreman",
        "filip.moens",
        "geert.vanimpe",
        "hilde.debruyn",
        "ilse.vandesande",
        "jan.vandevelde",
        "karen.schelfhout",
        "luc.vanaelst",
        "marijke.deneve",
        "nico.debrabandere",
        "olivia.mertens",
        "patrick.dewolf",
        "quinten.desmedt",
        "rita.vandenberghe",
        "steven.cornelis",
        "tine.haegeman",
        "urbain.verhoeven",
        "veerle.pieters",
        "wim.deroover",
        "yves.bauwens",
    ]
    to = ",\n ".join(f"{n}@aalst.be" for n in names)
    body = (
        """Beste diensthoofden,

Ter info sturen we jullie onderstaande uitnodiging van het Kenniscentrum Vlaamse Steden door. Wie wil deelnemen, schrijft zich zelf in bij Linda Boudry (linda.boudry@kcvs.be, in cc) vóór 2 december. Laat het ook aan team Vorming weten, voor de registratie van je opleidingsuren.

Met vriendelijke groeten,

Team Vorming – Personeelsdienst
Stad Aalst

"""
        + OUTLOOK_INVITE_HDR
        + "\n"
        + INVITE_TEXT
    )
    h = outlook_headers(
        "Tue, 06 Nov 2018 08:45:19 +0100",
        addr("Personeelsdienst Stad Aalst", "personeelsdienst@aalst.be"),
        to,
        "FW: " + INVITE_SUBJECT,
        "aalst.be",
        [("Cc", LINDA)],
    )
    raw = headers(h) + text_part(body)
    label = (
        "other",
        [],
        False,
        "mass mail of a city's HR to 24 department heads in To, organiser in Cc: passes the invitation on (empty template quoted); nobody registers and nothing is asked of the organiser",
    )
    return raw, label


@message
def other_teams_invite():
    text = """Hallo allemaal,

Ons maandelijks teamoverleg, deze keer met de jaarplanning 2019.

________________________________________________________________________________
Deelnemen aan Microsoft Teams-vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE4ZGUtOWM2%40thread.v2/0?context=%7b%22Tid%22%3a%22kcvs%22%7d>
Meer informatie over Teams<https://aka.ms/JoinTeamsMeeting> | Vergaderingsopties<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""
    ics_lines = [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2016",
        "VERSION:2.0",
        VTIMEZONE.rstrip("\n"),
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Jeroen Wellens:mailto:jeroen.wellens@kcvs.be",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter Smolders:mailto:pieter.smolders@kcvs.be",
        "SUMMARY;LANGUAGE=nl-BE:Teamoverleg KCVS – jaarplanning 2019",
        "DTSTART;TZID=Romance Standard Time:20181212T140000",
        "DTEND;TZID=Romance Standard Time:20181212T153000",
        "UID:040000008200E00074C5B7101A82E00800000000D1B2A3C4E574D40100000000000000001000000077A1B2C3D4E5F60718293A4B5C6D7E8F",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20181122T080511Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE4ZGUtOWM2%40thread.v2/0",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = ""
    for line in "\n".join(ics_lines).split("\n"):
        while len(line.encode("utf-8")) > 74:
            ics += line[:70] + "\n"
            line = " " + line[70:]
        ics += line + "\n"
    bnd = boundary("_000_")
    h = outlook_headers(
        "Thu, 22 Nov 2018 09:05:11 +0100",
        addr("Jeroen Wellens", "jeroen.wellens@kcvs.be"),
        LINDA + ", " + addr("Pieter Smolders", "pieter.smolders@kcvs.be"),
        "Teamoverleg KCVS – jaarplanning 2019",
        "kcvs.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(text),
                text_part(html_from_text(text), "html"),
                calendar_part(ics, "REQUEST"),
            ],
            bnd,
        )
    )
    label = (
        "other",
        [],
        False,
        "internal Microsoft Teams meeting request (text/calendar METHOD:REQUEST) for an unrelated team meeting; the organiser's own calendar traffic",
    )
    return raw, label


@message
def other_ticket_question():
    body = """Geachte mevrouw Boudry,

Een collega van onze dienst Welzijn, Carla Wouters, overweegt deel te nemen aan het seminarie "Stadsorganisaties in transitie" van 7 december. Zij verplaatst zich met een rolstoel. Is het auditorium van Permeke rolstoeltoegankelijk, en is er in de buurt een aangepaste parkeerplaats? Dan kan zij beslissen of ze zich inschrijft.

Met vriendelijke groet,

Greet Vandermeulen
Onthaal – Stad Diest

[Ticket#2018112310000087]
Gelieve het ticketnummer in het onderwerp te behouden wanneer u antwoordt.
"""
    h = [
        ("From", addr("Onthaal Stad Diest", "onthaal@diest.be")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "[Ticket#2018112310000087] Vraag over toegankelijkheid seminarie 7 december"),
        ("Date", "Fri, 23 Nov 2018 10:22:18 +0100"),
        ("Message-ID", mid("otrs.diest.be")),
        ("X-Mailer", "OTRS Mail Service (6.0)"),
        ("X-Powered-By", "OTRS (https://otrs.com/)"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "other",
        [],
        True,
        "OTRS ticket-system mail relaying an accessibility question for a colleague who only 'overweegt' to come: no registration yet, needs a personal answer",
    )
    return raw, label


@message
def other_webform_question():
    body = """Er is een nieuwe inzending voor het formulier "Contact".

Naam: Tim Heylen
Organisatie: Gemeente Willebroek
E-mail: tim.heylen@willebroek.be
Onderwerp: seminarie 7 december
Bericht: Goedemiddag, wordt het seminarie van 7 december opgenomen of gestreamd? Ik kan die dag zelf niet naar Antwerpen komen, maar ik zou de presentaties graag bekijken. Alvast bedankt.

Ingediend op 26/11/2018 13:05.
Dit bericht werd automatisch verstuurd door de website van het Kenniscentrum Vlaamse Steden.
"""
    h = [
        ("From", addr("Website KCVS", "no-reply@kcvs.be")),
        ("Reply-To", "tim.heylen@willebroek.be"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", 'Nieuwe inzending formulier "Contact"'),
        ("Date", "Mon, 26 Nov 2018 13:05:40 +0100"),
        ("Message-ID", mid("www.kcvs.be")),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Webform 5.x (https://www.kcvs.be)"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body)
    label = (
        "other",
        [],
        True,
        "contact-form notification (Auto-Submitted: auto-generated) carrying a question about a recording/stream from someone who cannot come: not a registration, not an auto-reply; needs an answer",
    )
    return raw, label


@message
def other_unsubscribe_request():
    body = (
        """Goedemorgen,

Gelieve mij uit uw verzendlijst te halen: ik werk sinds 1 november niet meer voor de gemeente Boom en ben niet langer de juiste persoon voor deze uitnodigingen.

Mvg,
Nadia Ouali

"""
        + OUTLOOK_INVITE_HDR
        + "\n"
        + INVITE_TEXT
    )
    h = outlook_headers(
        "Wed, 07 Nov 2018 09:18:33 +0100",
        addr("Nadia Ouali", "nadia.ouali@boom.be"),
        LINDA,
        "RE: " + INVITE_SUBJECT,
        "boom.be",
        [("In-Reply-To", INVITE_MID), ("References", INVITE_MID)],
    )
    raw = headers(h) + text_part(body)
    label = (
        "other",
        [],
        True,
        "reply to the invitation asking to be taken off the mailing list ('uit uw verzendlijst halen'): nobody registered, so not a cancellation; a person must update the list",
    )
    return raw, label


@message
def other_calendar_tentative():
    comment = """Dag Linda,

Ik zet het voorlopig in mijn agenda. Mogelijk moet ik die ochtend naar het college; als ik niet kan komen, laat ik het je tijdig weten.

Groeten,
Jan
"""
    bnd = boundary("_000_")
    h = outlook_headers(
        "Wed, 21 Nov 2018 17:55:02 +0100",
        addr("Jan Verlinden", "jan.verlinden@kapellen.be"),
        LINDA,
        "Voorlopig geaccepteerd: " + SEMINAR,
        "kapellen.be",
    )
    h.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    ics = ics_reply(
        "TENTATIVE",
        "Voorlopig geaccepteerd",
        "Jan Verlinden",
        "jan.verlinden@kapellen.be",
        comment,
        "20181121T165502Z",
    )
    raw = (
        headers(h)
        + "\n"
        + multipart_body(
            [
                text_part(comment),
                text_part(html_from_text(comment), "html"),
                calendar_part(ics, "REPLY"),
            ],
            bnd,
        )
    )
    label = (
        "other",
        [],
        False,
        "'Voorlopig geaccepteerd:' (PARTSTAT=TENTATIVE) to the .ics of his confirmation: he stays registered and will write if he cannot come; neither a new registration nor a cancellation, nothing to do yet",
    )
    return raw, label


@message
def other_outlook_recall():
    body = """Jonas Verhulst wil het bericht "Inschrijving seminarie 7 december" terughalen.
"""
    h = [
        ("From", addr("Jonas Verhulst", "jonas.verhulst@maldegem.be")),
        ("To", LINDA),
        ("Subject", "Terughalen: Inschrijving seminarie 7 december"),
        ("Thread-Topic", "Inschrijving seminarie 7 december"),
        ("Date", "Tue, 27 Nov 2018 16:48:10 +0100"),
        ("Message-ID", mid("maldegem.be")),
        ("Content-Language", "nl-BE"),
        ("X-MS-Exchange-Organization-RecallMessage", "1"),
        ("MIME-Version", "1.0"),
    ]
    raw = headers(h) + text_part(body, cte="7bit", charset="us-ascii")
    label = (
        "other",
        [],
        True,
        "Outlook recall request ('Terughalen:') for an earlier registration mail: not itself a cancellation, but the earlier registration may have been wrong; a person must check",
    )
    return raw, label


# --------------------------------------------------------------------------- main


def main() -> None:
    built = [fn() for fn in MESSAGES]
    assert len(built) == 45, len(built)
    order = list(range(len(built)))
    random.shuffle(order)
    for f in os.listdir(OUT):
        if f[:3].isdigit() and f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    for n, idx in enumerate(order, start=1):
        raw, (kind, registrants, review, note) = built[idx]
        data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        with open(os.path.join(OUT, f"{n:03d}.eml"), "wb") as fh:
            fh.write(data)
        label = {"kind": kind, "registrants": registrants, "needs_review": review, "note": note}
        with open(os.path.join(OUT, f"{n:03d}.json"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(label, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
