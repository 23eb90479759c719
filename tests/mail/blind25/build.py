#!/usr/bin/env python3
"""Blind set 25: minimal and odd messages for the registration-mail parser.

Deterministic: fixed seed, fixed dates, fixed boundaries. Writes NNN.eml (CRLF) and
NNN.json beside this script. Python 3.11 standard library only.
"""

import base64
import json
import os
import random
from email import quoprimime
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(25)

ORG = "Linda Boudry <linda.boudry@kcvs.be>"
INV_SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' – vrijdag 7 december 2018"
INV_BODY = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het seminarie
'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het auditorium
van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.
Onthaal met koffie vanaf 9.30 uur, start om 10 uur, lunch rond 12.30 uur.
Deelname is gratis.

Inschrijven kan tot en met 2 december door een mail te sturen naar
linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden
"""


def h(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def addr(name, email):
    return f"{h(name)} <{email}>" if name else email


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(text, charset="utf-8"):
    return quoprimime.body_encode(
        crlf(text).encode(charset).decode("latin-1"), maxlinelen=76, eol="\r\n"
    ).encode("latin-1")


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def outlook_quote(date_nl, to, subj=INV_SUBJ, body=INV_BODY):
    return (
        f"\nVan: Linda Boudry [mailto:linda.boudry@kcvs.be]\nVerzonden: {date_nl}\n"
        f"Aan: {to}\nOnderwerp: {subj}\n\n{body}"
    )


def day(d, hh, mm, ss=0):
    wd = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(d - 1) % 7]  # 1 Nov 2018 = Thursday
    return f"{wd}, {d} Nov 2018 {hh:02d}:{mm:02d}:{ss:02d} +0100"


_mid = [0]


def build(headers, body=b"", blank=True, raw_headers=False):
    """headers: list of (name, value). body: bytes (already CRLF) or str (plain, encoded utf-8)."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    head = "\r\n".join(lines).encode("utf-8" if raw_headers else "ascii") + b"\r\n"
    if isinstance(body, str):
        body = crlf(body).encode("utf-8")
    if not blank:
        return head
    return head + b"\r\n" + body


def std(
    frm,
    subj,
    date,
    mid,
    to=ORG,
    extra=(),
    ct='text/plain; charset="utf-8"',
    cte="quoted-printable",
    mime=True,
):
    hs = [
        ("From", frm),
        ("To", to),
        ("Subject", h(subj) if subj is not None else None),
        ("Date", date),
        ("Message-ID", f"<{mid}>"),
    ]
    if mime:
        hs.append(("MIME-Version", "1.0"))
        if ct:
            hs.append(("Content-Type", ct))
        if cte:
            hs.append(("Content-Transfer-Encoding", cte))
    hs.extend(extra)
    return hs


def R(name, muni, func, email):
    return {"name": name, "municipality": muni, "function": func, "email": email}


MSGS = []


def add(kind, regs, review, note, data):
    MSGS.append((data, {"kind": kind, "registrants": regs, "needs_review": review, "note": note}))


# ---------------------------------------------------------------- registrations (15)

add(
    "registration",
    [R("Koen Van Damme", None, None, "koen.vandamme@mechelen.be")],
    True,
    "subject 'Inschrijving 7/12' and an empty body: intent is clear but no function and no stated municipality (only the mail domain hints at Mechelen); a person must complete it",
    build(
        std(
            addr("Koen Van Damme", "koen.vandamme@mechelen.be"),
            "Inschrijving 7/12",
            day(12, 8, 41),
            "CAF7x1a9Q@mail.mechelen.be",
            cte="7bit",
        ),
        b"",
    ),
)

add(
    "registration",
    [R("Nele Wuyts", "Hasselt", "deskundige personeelsbeleid", "nele.wuyts@hasselt.be")],
    False,
    "one-word body 'Aanwezig' as a reply to the invitation; all fields from the signature; quoted invitation with empty template below",
    build(
        std(
            addr("Nele Wuyts", "nele.wuyts@hasselt.be"),
            "RE: " + INV_SUBJ,
            day(7, 9, 3),
            "AM6PR02MB4411.hasselt.be@outlook.com",
        ),
        qp(
            "Aanwezig\n\nNele Wuyts\nDeskundige personeelsbeleid\nStad Hasselt\nLimburgplein 1, 3500 Hasselt\nT 011 23 90 00\n"
            + outlook_quote("dinsdag 6 november 2018 10:12", "Nele Wuyts")
        ),
    ),
)

add(
    "registration",
    [R("Sofie Claeys", None, None, "sofie.claeys@kortrijk.be")],
    True,
    "'Ok!' from an iPhone above the quoted invitation: only the From header gives name and address; no function, municipality only implied by the domain; a person must ask",
    build(
        std(
            addr("Sofie Claeys", "sofie.claeys@kortrijk.be"),
            "Re: " + INV_SUBJ,
            day(6, 18, 22),
            "5E1D2A44-0B1C-4F5E-9A77-21C1F0A3B8E2@kortrijk.be",
        ),
        qp(
            "Ok!\n\nVerstuurd vanaf mijn iPhone\n\n> Op 6 nov. 2018 om 10:12 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n>\n"
            + quote_gt(INV_BODY)
        ),
    ),
)

add(
    "registration",
    [
        R(
            "Bert Lemmens",
            "Beringen",
            "schepen van personeel en organisatie",
            "bert.lemmens@beringen.be",
        )
    ],
    False,
    "one-word 'Ja' reply to the invitation; name, function and 'Gemeente Beringen' from the signature",
    build(
        std(
            addr("Bert Lemmens", "bert.lemmens@beringen.be"),
            "RE: " + INV_SUBJ,
            day(8, 21, 47),
            "0b9c1e2f.beringen.be@mail.beringen.be",
        ),
        qp(
            "Ja\n\n--\nBert Lemmens\nschepen van personeel en organisatie\nGemeente Beringen\n"
            + outlook_quote("dinsdag 6 november 2018 10:12", "Bert Lemmens")
        ),
    ),
)

add(
    "registration",
    [
        R(
            "An Stevens",
            "Leuven",
            "afdelingshoofd strategie & organisatieontwikkeling",
            "an.stevens@leuven.be",
        )
    ],
    False,
    "subject says 'Inschrijving', the body is only a signature block carrying all four fields; no quoted invitation",
    build(
        std(
            addr("Stevens An", "an.stevens@leuven.be"),
            "Inschrijving seminarie 7 december",
            day(13, 11, 5),
            "9f1a2b3c4d@leuven.be",
        ),
        qp(
            "Met vriendelijke groet,\n\nAn Stevens\nAfdelingshoofd Strategie & Organisatieontwikkeling\nStad Leuven\n"
            "Professor Van Overstraetenplein 1, 3000 Leuven\nan.stevens@leuven.be | 016 27 20 00\n"
        ),
    ),
)

add(
    "registration",
    [
        R(
            "Marc Lambert",
            "Sint-Genesius-Rode",
            "secrétaire communal",
            "marc.lambert@sint-genesius-rode.be",
        )
    ],
    False,
    "Dutch subject, French body with labelled fields (Nom/Commune/Fonction/E-mail); 'Rhode-Saint-Genèse' -> Sint-Genesius-Rode; 'Anvers' in the text is the venue, not his municipality",
    build(
        std(
            addr("Marc Lambert", "marc.lambert@sint-genesius-rode.be"),
            "Inschrijving seminarie 7/12",
            day(14, 15, 30),
            "20181114153000.7731@sint-genesius-rode.be",
        ),
        qp(
            "Bonjour Madame Boudry,\n\nJe souhaite participer au séminaire du 7 décembre à Anvers.\n\n"
            "Nom : Marc Lambert\nCommune : Rhode-Saint-Genèse\nFonction : secrétaire communal\n"
            "E-mail : marc.lambert@sint-genesius-rode.be\n\nBien cordialement,\nMarc Lambert\n"
        ),
    ),
)

utf16 = (
    "Beste Linda,\n\nGraag schrijf ik me in voor het seminarie.\n\nNaam: Anaïs Verbeke\nStad / gemeente: Brugge\n"
    "Functie: projectleider digitale transformatie\nE-mailadres: anais.verbeke@brugge.be\n\nGroeten,\nAnaïs\n"
)
add(
    "registration",
    [
        R(
            "Anaïs Verbeke",
            "Brugge",
            "projectleider digitale transformatie",
            "anais.verbeke@brugge.be",
        )
    ],
    False,
    "body in UTF-16 (with BOM, CRLF), base64; labelled fields with a diaeresis in the name",
    build(
        std(
            addr("Anaïs Verbeke", "anais.verbeke@brugge.be"),
            "Inschrijving",
            day(9, 10, 17),
            "utf16.8812@brugge.be",
            ct='text/plain; charset="utf-16"',
            cte="base64",
        ),
        b64(crlf(utf16).encode("utf-16")),
    ),
)

add(
    "registration",
    [
        R(
            "Frédéric Cools",
            "Oostende",
            "coördinator organisatieontwikkeling",
            "frederic.cools@oostende.be",
        )
    ],
    False,
    "declared charset iso-8859-1 but the 8bit body is UTF-8 (naive decoding gives 'FrÃ©dÃ©ric' / 'coÃ¶rdinator'); labelled fields",
    build(
        std(
            addr("Frederic Cools", "frederic.cools@oostende.be"),
            "inschrijving 7 december",
            day(15, 8, 2),
            "wrongcs.4411@oostende.be",
            ct='text/plain; charset="iso-8859-1"',
            cte="8bit",
        ),
        "Hallo,\n\nNaam: Frédéric Cools\nStad / gemeente: Oostende\nFunctie: coördinator organisatieontwikkeling\n"
        "E-mailadres: frederic.cools@oostende.be\n\nMet dank,\nFrédéric\n",
    ),
)

add(
    "registration",
    [R("Zoë Maes", "Roeselare", "beleidsmedewerker participatie", "zoe.maes@roeselare.be")],
    False,
    "no MIME-Version and no Content-Type header; raw 8bit UTF-8 body (ë) with labelled fields",
    build(
        std(
            addr("Zoe Maes", "zoe.maes@roeselare.be"),
            "Inschrijving seminarie",
            day(16, 13, 55),
            "nomime.2291@roeselare.be",
            mime=False,
        ),
        "Dag Linda,\n\nIk kom graag naar het seminarie op 7 december.\n\nNaam: Zoë Maes\nStad / gemeente: Roeselare\n"
        "Functie: beleidsmedewerker participatie\nE-mailadres: zoe.maes@roeselare.be\n\nZoë\n",
    ),
)

add(
    "registration",
    [
        R(
            "Inès Van de Velde",
            "Sint-Truiden",
            "diensthoofd burgerzaken",
            "ines.vandevelde@sint-truiden.be",
        )
    ],
    False,
    "raw unencoded UTF-8 in From and Subject headers (Inès, en dash); the body itself is proper quoted-printable UTF-8 with labelled fields ('Gemeente:')",
    build(
        [
            ("From", '"Inès Van de Velde" <ines.vandevelde@sint-truiden.be>'),
            ("To", ORG),
            ("Subject", "Inschrijving seminarie – 7 december"),
            ("Date", day(19, 9, 44)),
            ("Message-ID", "<rawhdr.5530@sint-truiden.be>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="utf-8"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ],
        qp(
            "Dag Linda,\n\nIk schrijf mij graag in:\n\nNaam: Inès Van de Velde\nGemeente: Sint-Truiden\n"
            "Functie: diensthoofd burgerzaken\nE-mailadres: ines.vandevelde@sint-truiden.be\n\nGroetjes,\nInès\n"
        ),
        raw_headers=True,
    ),
)

long_line = (
    "Beste mevrouw Boudry, naar aanleiding van uw uitnodiging voor het seminarie Stadsorganisaties in transitie "
    "wil ik u eerst en vooral danken voor het initiatief, want binnen onze stad zijn we net gestart met een "
    "grondige herziening van het organogram, de integratie van stad en OCMW en de invoering van een nieuw "
    "beleids- en beheerscyclusmodel, en het lijkt me bijzonder leerrijk om ervaringen uit te wisselen met "
    "collega's uit andere centrumsteden die voor gelijkaardige uitdagingen staan op het vlak van "
    "personeelsbeleid, digitalisering en interne communicatie; daarom schrijf ik mij graag in met de "
    "volgende gegevens: Naam: Wim Jacobs – Stad / gemeente: Turnhout – Functie: strategisch coördinator – "
    "E-mailadres: wim.jacobs@turnhout.be – en ik kijk er naar uit om u op 7 december in Antwerpen te "
    "ontmoeten; mocht er nog iets nodig zijn, dan hoor ik het graag, met vriendelijke groeten, Wim Jacobs, "
    "strategisch coördinator, Stad Turnhout, Campus Blairon 200, 2300 Turnhout."
)
add(
    "registration",
    [R("Wim Jacobs", "Turnhout", "strategisch coördinator", "wim.jacobs@turnhout.be")],
    False,
    f"whole body is one unwrapped 8bit line of {len(long_line.encode('utf-8'))} bytes (beyond the RFC 5322 998 limit) with inline labels; 'Antwerpen' is the venue",
    build(
        std(
            addr("Wim Jacobs", "wim.jacobs@turnhout.be"),
            "Seminarie 7 december",
            day(20, 16, 12),
            "longline.6671@turnhout.be",
            cte="8bit",
        ),
        long_line + "\n",
    ),
)

hidden = """Dag Linda,

Dank voor je snelle reactie op ons voorstel van vorige week. Ik heb het
intussen met onze financiële dienst en met de schepen besproken, en we
zitten op één lijn over de cofinanciering: de stad kan 20 % van het
projectbudget dragen, op voorwaarde dat de personeelskosten voor de
projectcoördinator volledig onder het programma vallen.

Een paar open punten waar ik graag jouw mening over hoor:

1. Kunnen we de indieningsdatum van 15 januari nog halen als het
   partnerschapsakkoord pas half december door het college gaat?
2. Wie neemt het penvoerderschap op: KCVS of een van de steden?
3. Is het zinvol om Mechelen en Leuven al in deze fase mee aan tafel
   te vragen, of wachten we beter tot de conceptnota klaar is?

Ik stuur je in bijlage (volgt morgen) ook de eerste ruwe begroting.
Die is nog niet afgetoetst bij de financieel directeur, dus graag
nog niet verder verspreiden.

Verder vroeg Johan of jullie nog contactgegevens hebben van de mensen
van het Europese programmasecretariaat in Rijsel; hij wil hen
polsen over de communicatieverplichtingen.

PS: voor jullie seminarie van 7 december mag je mij trouwens ook
noteren: Evelien De Smet, Stad Aalst, programmamanager Europese
projecten, evelien.desmet@aalst.be.

Hartelijke groeten,
Evelien

--
Evelien De Smet
Programmamanager Europese projecten
Stad Aalst | Werfplein 1, 9300 Aalst
053 77 93 00
"""
add(
    "registration",
    [
        R(
            "Evelien De Smet",
            "Aalst",
            "programmamanager Europese projecten",
            "evelien.desmet@aalst.be",
        )
    ],
    True,
    "registration hidden in a PS of a long unrelated project mail that asks the organiser three questions: register, but a person must read and answer the rest",
    build(
        std(
            addr("Evelien De Smet", "evelien.desmet@aalst.be"),
            "Re: projectaanvraag Interreg – stand van zaken",
            day(21, 17, 38),
            "hidden.9920@aalst.be",
        ),
        qp(hidden),
    ),
)

PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 260 >>
stream
BT /F1 12 Tf 72 760 Td (Inschrijving seminarie 7 december 2018) Tj 0 -24 Td (Naam: Joke Verlinden) Tj 0 -18 Td (Stad / gemeente: Dendermonde) Tj 0 -18 Td (Functie: stafmedewerker HR) Tj 0 -18 Td (E-mailadres: joke.verlinden@dendermonde.be) Tj ET
endstream
endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""
add(
    "registration",
    [R("Joke Verlinden", "Dendermonde", "stafmedewerker HR", "joke.verlinden@dendermonde.be")],
    True,
    "no subject, no text part at all: multipart/mixed holding only a PDF 'inschrijving.pdf' with the filled-in form; a person has to open it",
    build(
        std(
            addr("Joke Verlinden", "joke.verlinden@dendermonde.be"),
            None,
            day(22, 7, 58),
            "pdfonly.1187@dendermonde.be",
            ct='multipart/mixed; boundary="=_b25_pdf"',
            cte=None,
        ),
        b'--=_b25_pdf\r\nContent-Type: application/pdf; name="inschrijving.pdf"\r\n'
        b'Content-Disposition: attachment; filename="inschrijving.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + b64(PDF.replace(b"\n", b"\r\n"))
        + b"--=_b25_pdf--\r\n",
    ),
)

add(
    "registration",
    [
        R("Jos Van Gorp", "Lier", "burgemeester", None),
        R("Lies Wouters", "Lier", "schepen van personeel", None),
    ],
    False,
    "terse secretariat mail registering two politicians in one line; neither has an own address (null); the functional sender address is nobody's",
    build(
        std(
            addr("Secretariaat burgemeester", "secretariaat.burgemeester@lier.be"),
            "inschrijving",
            day(23, 11, 20),
            "sec.3310@lier.be",
        ),
        qp(
            "Graag 2 plaatsen voor Stad Lier: burgemeester Jos Van Gorp en schepen van personeel Lies Wouters.\nMvg\nSecretariaat burgemeester\n"
        ),
    ),
)

add(
    "registration",
    [R("Tom Peeters", "Mol", "diensthoofd ICT", "tom.peeters@gemeentemol.be")],
    False,
    "everything in the subject ('Inschrijving 7/12: Tom Peeters, Gemeente Mol, diensthoofd ICT, address'); the message has no body and not even the blank line after the headers",
    build(
        std(
            addr("Tom Peeters", "tom.peeters@gemeentemol.be"),
            "Inschrijving 7/12: Tom Peeters, Gemeente Mol, diensthoofd ICT, tom.peeters@gemeentemol.be",
            day(26, 12, 1),
            "subjonly.4402@gemeentemol.be",
            cte="7bit",
        ),
        blank=False,
    ),
)

# ---------------------------------------------------------------- cancellations (4)

add(
    "cancellation",
    [R("Dirk Smets", None, None, "dirk.smets@telenet.be")],
    False,
    "subject-only 'Afmelding 7/12' with an empty body from a private address; only name and address are known",
    build(
        std(
            addr("Dirk Smets", "dirk.smets@telenet.be"),
            "Afmelding 7/12",
            day(27, 22, 14),
            "cancsubj.2231@telenet.be",
            cte="7bit",
        ),
        b"",
    ),
)

conf = (
    "Beste Hanne,\n\nBedankt voor je inschrijving voor het seminarie 'Stadsorganisaties in transitie' op 7 december.\n"
    "We noteerden:\n\nNaam: Hanne Vermeulen\nStad / gemeente: Mechelen\nFunctie: teamleider communicatie\n"
    "E-mailadres: hanne.vermeulen@mechelen.be\n\nTot dan!\nLinda Boudry\n"
)
add(
    "cancellation",
    [R("Hanne Vermeulen", "Mechelen", "teamleider communicatie", "hanne.vermeulen@mechelen.be")],
    False,
    "iPhone one-liner 'Kan toch niet komen, sorry!' above the quoted confirmation that holds all four fields",
    build(
        std(
            addr("Hanne Vermeulen", "hanne.vermeulen@mechelen.be"),
            "Re: Bevestiging inschrijving seminarie 7 december",
            day(28, 7, 12),
            "B7C1-44AF@mechelen.be",
        ),
        qp(
            "Kan toch niet komen, sorry!\n\nVerstuurd vanaf mijn iPhone\n\n> Op 20 nov. 2018 om 14:02 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n>\n"
            + quote_gt(conf)
        ),
    ),
)

html = (
    "<html><body><p>Dag Linda,</p><p>Helaas &#x1F61E; moet ik afzeggen voor 7/12 &ndash; er valt een gemeenteraad samen.</p>"
    "<p>Jan De Wolf<br>algemeen directeur<br>Gemeente Zemst</p></body></html>"
).replace("&#x1F61E;", "😞")
add(
    "cancellation",
    [R("Jan De Wolf", "Zemst", "algemeen directeur", "jan.dewolf@zemst.be")],
    False,
    "HTML-only, base64 UTF-8, with an emoji; 'moet ik afzeggen' and a signature",
    build(
        std(
            addr("Jan De Wolf", "jan.dewolf@zemst.be"),
            "afmelding",
            day(29, 14, 26),
            "htmlcanc.7781@zemst.be",
            ct='text/html; charset="utf-8"',
            cte="base64",
        ),
        b64(html.encode("utf-8")),
    ),
)

add(
    "cancellation",
    [R("Renée Goris", "Ninove", "teamverantwoordelijke financiën", "renee.goris@ninove.be")],
    False,
    "declared charset utf-8 but the 8bit body is windows-1252 (é as a lone 0xE9 byte); plain 'afmelden' with a signature",
    build(
        std(
            addr("Renee Goris", "renee.goris@ninove.be"),
            "Seminarie 7 december",
            day(30, 9, 9),
            "cp1252.5512@ninove.be",
            cte="8bit",
        ),
        crlf(
            "Beste Linda,\n\nIk moet me helaas afmelden voor het seminarie van 7 december.\n\nRenée Goris\n"
            "teamverantwoordelijke financiën\nStad Ninove\n"
        ).encode("cp1252"),
    ),
)

# ---------------------------------------------------------------- auto-replies (2)

add(
    "auto_reply",
    [],
    False,
    "minimal out-of-office ('Afwezig t.e.m. 3/12.') with Auto-Submitted: auto-replied",
    build(
        std(
            addr("Wouter Coppens", "wouter.coppens@ieper.be"),
            "Automatisch antwoord: " + INV_SUBJ,
            day(6, 10, 13),
            "ooo.1001@ieper.be",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        ),
        qp("Afwezig t.e.m. 3/12.\n"),
    ),
)

add(
    "auto_reply",
    [],
    False,
    "out-of-office recognised only by subject 'Afwezig:' and body; only Precedence: bulk, no Auto-Submitted; mentions 7 december by coincidence",
    build(
        std(
            "kathleen.maes@herentals.be",
            "Afwezig: " + INV_SUBJ,
            day(6, 10, 14),
            "ooo.1002@herentals.be",
            extra=[("Precedence", "bulk")],
        ),
        qp("Ik ben met verlof tot en met 7 december. Uw mail wordt niet doorgestuurd.\n"),
    ),
)

# ---------------------------------------------------------------- bounces (2)

add(
    "bounce",
    [],
    False,
    "qmail-style 'failure notice' from MAILER-DAEMON, plain text, with the invitation (and its empty template) copied below",
    build(
        std(
            "MAILER-DAEMON@smtp.kcvs.be",
            "failure notice",
            day(6, 10, 15),
            "qmail.1541493300@smtp.kcvs.be",
            cte="8bit",
        ),
        "Hi. This is the qmail-send program at smtp.kcvs.be.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<bart.deryck@zottegem.be>:\n"
        "193.191.0.10 does not like recipient.\nRemote host said: 550 5.1.1 <bart.deryck@zottegem.be>: Recipient address rejected: User unknown\n\n"
        "--- Below this line is a copy of the message.\n\nFrom: Linda Boudry <linda.boudry@kcvs.be>\nTo: bart.deryck@zottegem.be\n"
        "Subject: " + h(INV_SUBJ) + "\n\n" + INV_BODY,
    ),
)

dsn = (
    b"--=_b25_dsn\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
    + crlf(
        "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n"
        "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n"
        "       piet.vanhove@lokeren.be\n"
    ).encode()
    + b"\r\n--=_b25_dsn\r\nContent-Type: message/delivery-status\r\n\r\n"
    + crlf(
        "Reporting-MTA: dns; smtp.kcvs.be\nArrival-Date: Tue, 6 Nov 2018 10:12:40 +0100\n\n"
        "Final-Recipient: rfc822; piet.vanhove@lokeren.be\nAction: delayed\nStatus: 4.4.7\n"
        "Will-Retry-Until: Fri, 9 Nov 2018 10:12:40 +0100\n"
    ).encode()
    + b"\r\n--=_b25_dsn\r\nContent-Type: text/rfc822-headers\r\n\r\n"
    + crlf(
        "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: piet.vanhove@lokeren.be\nSubject: "
        + h(INV_SUBJ)
        + "\nDate: Tue, 6 Nov 2018 10:12:00 +0100\n"
    ).encode()
    + b"\r\n--=_b25_dsn--\r\n"
)
add(
    "bounce",
    [],
    False,
    "multipart/report delivery-status delay warning (Action: delayed) with Auto-Submitted: auto-generated",
    build(
        std(
            "postmaster@smtp.kcvs.be",
            "Delivery Status Notification (Delay)",
            day(7, 14, 12),
            "dsn.delay.7710@smtp.kcvs.be",
            ct='multipart/report; report-type=delivery-status; boundary="=_b25_dsn"',
            cte=None,
            extra=[("Auto-Submitted", "auto-generated")],
        ),
        dsn,
    ),
)

# ---------------------------------------------------------------- other (22)

add(
    "other",
    [],
    False,
    "reply to the invitation 'Dank je, ik geef het door aan mijn collega's': registers nobody and asks nothing",
    build(
        std(
            addr("Marleen Peeters", "marleen.peeters@lokeren.be"),
            "RE: " + INV_SUBJ,
            day(7, 8, 30),
            "fwd.2201@lokeren.be",
        ),
        qp(
            "Dank je, ik geef het door aan mijn collega's.\n\nMarleen\n"
            + outlook_quote("dinsdag 6 november 2018 10:12", "Marleen Peeters")
        ),
    ),
)

add(
    "other",
    [],
    True,
    "reply to the invitation whose body is only a phone number: meaning unclear (call me?), a person must look",
    build(
        std(
            addr("Luc Maes", "luc.maes@waregem.be"),
            "RE: " + INV_SUBJ,
            day(8, 12, 3),
            "phone.3301@waregem.be",
        ),
        qp("0478 21 43 65\n" + outlook_quote("dinsdag 6 november 2018 10:12", "Luc Maes")),
    ),
)

add(
    "other",
    [],
    True,
    "one-word 'Nee' reply to the invitation: a decline by someone not registered, or a withdrawal; ambiguous, a person looks",
    build(
        std(
            addr("Geert Vos", "geert.vos@ieper.be"),
            "Re: " + INV_SUBJ,
            day(9, 9, 9),
            "nee.5501@ieper.be",
        ),
        qp(
            "Nee\n\n> Op di 6 nov. 2018 om 10:12 schreef Linda Boudry <linda.boudry@kcvs.be>:\n>\n"
            + quote_gt(INV_BODY)
        ),
    ),
)

conf2 = (
    "Beste Ruben,\n\nBedankt voor je inschrijving voor het seminarie 'Stadsorganisaties in transitie' op 7 december.\n"
    "We noteerden:\n\nNaam: Ruben Claes\nStad / gemeente: Genk\nFunctie: HR-businesspartner\n"
    "E-mailadres: ruben.claes@genk.be\n\nTot dan!\nLinda Boudry\n"
)
add(
    "other",
    [],
    False,
    "'👍' (only an emoji) in reply to the organiser's confirmation, which is quoted with all four fields: an acknowledgement, nothing to register or answer",
    build(
        std(
            addr("Ruben Claes", "ruben.claes@genk.be"),
            "Re: Bevestiging inschrijving seminarie 7 december",
            day(21, 9, 1),
            "thumb.6601@genk.be",
            ct='text/plain; charset="utf-8"',
            cte="base64",
        ),
        b64(
            crlf(
                "👍\n\n> Op 20 nov. 2018 om 14:05 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:\n>\n"
                + quote_gt(conf2)
            ).encode("utf-8")
        ),
    ),
)

add(
    "other",
    [],
    False,
    "organiser's note-to-self (from and to herself): to-do list naming registered people and cities; must not become a registration",
    build(
        std(ORG, "notities seminarie", day(14, 18, 2), "note1.kcvs@kcvs.be"),
        qp(
            "- catering Permeke bevestigen (45 pers., 2 x veggie)\n- badges laten drukken\n- AV-check auditorium do 6/12\n"
            "- ingeschreven tot nu: Nele Wuyts (Hasselt), Bert Lemmens (Beringen), An Stevens (Leuven)\n"
            "- Koen Van Damme (Mechelen): functie nog vragen\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "organiser's note-to-self with a draft of the empty template and her own address; no registration",
    build(
        std(ORG, "7/12", day(2, 16, 40), "note2.kcvs@kcvs.be"),
        qp(
            "tekst voor herinneringsmail:\n\nNog niet ingeschreven? Dat kan nog tot en met 2 december via linda.boudry@kcvs.be.\n\n"
            "Naam:\nStad / gemeente:\nFunctie:\nE-mailadres:\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "private: dentist appointment reminder for Friday 7 December in Antwerpen (coincidence)",
    build(
        std(
            addr("Tandartspraktijk Zuid", "afspraken@tandartspraktijkzuid.be"),
            "Herinnering: uw afspraak op vrijdag 7 december",
            day(23, 6, 0),
            "reminder.88123@tandartspraktijkzuid.be",
        ),
        qp(
            "Beste Linda Boudry,\n\nWij herinneren u aan uw afspraak bij dr. Vandenbroucke op vrijdag 7 december om 16.30 uur.\n"
            "Adres: Volkstraat 12, 2000 Antwerpen.\nKunt u niet komen? Verwittig ons minstens 24 uur vooraf op 03 238 00 00.\n\n"
            "Tandartspraktijk Zuid\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "private family message ('ik kom 7 december naar Antwerpen') from her sister's private address",
    build(
        std(
            addr("Sarah Boudry", "sarah.boudry@gmail.com"),
            "7 december",
            day(18, 20, 31),
            "CAJfam77@mail.gmail.com",
            to="Linda <linda.boudry@kcvs.be>",
        ),
        qp(
            "Hey zus,\n\nIk kom 7 december naar Antwerpen voor de kerstmarkt met de kinderen. Heb jij 's avonds tijd om iets te eten?\n"
            "Mama komt misschien ook mee.\n\nxx Sarah\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "private webshop order confirmation, delivery on 7 December to an Antwerpen address; List-Unsubscribe",
    build(
        std(
            addr("Bol Boekhandel", "noreply@boekenshop-example.be"),
            "Je bestelling 4021-1187 is onderweg",
            day(24, 3, 15),
            "order.40211187@boekenshop-example.be",
            to="linda.boudry@kcvs.be",
            extra=[("List-Unsubscribe", "<mailto:unsubscribe@boekenshop-example.be>")],
        ),
        qp(
            "Hallo Linda,\n\nGoed nieuws: je bestelling 4021-1187 wordt geleverd op vrijdag 7 december.\n\n"
            "1 x 'De stad van morgen' (paperback)   EUR 24,99\n\nLeveradres:\nLinda Boudry\nDriekoningenstraat 4\n2600 Antwerpen\n\n"
            "Afmelden voor onze nieuwsbrief? Klik hier.\n"
        ),
    ),
)


def calmsg(frm, subj, date, mid, method, summary, start, end, loc, plain, attendee_status=None):
    att = (
        f"ATTENDEE;PARTSTAT={attendee_status};CN=Linda Boudry:mailto:linda.boudry@kcvs.be\n"
        if attendee_status
        else "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be\n"
    )
    ics = (
        f"BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:{method}\n"
        f"BEGIN:VEVENT\nUID:{mid}\nDTSTAMP:20181105T090000Z\nDTSTART:{start}\nDTEND:{end}\nSUMMARY:{summary}\n"
        f"LOCATION:{loc}\nORGANIZER;CN=Organisator:mailto:{frm.split('<')[-1].rstrip('>')}\n{att}END:VEVENT\nEND:VCALENDAR\n"
    )
    body = (
        b'--=_b25_cal\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
        + qp(plain)
        + b'\r\n--=_b25_cal\r\nContent-Type: text/calendar; charset="utf-8"; method='
        + method.encode()
        + b"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + qp(ics)
        + b"\r\n--=_b25_cal--\r\n"
    )
    return build(
        std(frm, subj, date, mid, ct='multipart/alternative; boundary="=_b25_cal"', cte=None), body
    )


add(
    "other",
    [],
    False,
    "her own work: Outlook meeting request for the KCVS team meeting (text/calendar METHOD:REQUEST)",
    calmsg(
        addr("Pieter Daems", "pieter.daems@kcvs.be"),
        "Uitnodiging: Teamoverleg KCVS",
        day(5, 9, 0),
        "teamoverleg.2018.11@kcvs.be",
        "REQUEST",
        "Teamoverleg KCVS",
        "20181128T090000",
        "20181128T103000",
        "Vergaderzaal 2, Brussel",
        "Wanneer: woensdag 28 november 2018 9:00-10:30\nWaar: Vergaderzaal 2\n\nAgenda volgt.\n",
    ),
)

add(
    "other",
    [],
    False,
    "her own work: meeting request 'Uitnodiging: Stuurgroep Centrumsteden' on 7 December afternoon in Antwerpen; 'Uitnodiging' and the date are a trap",
    calmsg(
        addr("Karen Lauwers", "karen.lauwers@antwerpen.be"),
        "Uitnodiging: Stuurgroep Centrumsteden – 7 december 14:00",
        day(12, 14, 0),
        "stuurgroep.20181207@antwerpen.be",
        "REQUEST",
        "Stuurgroep Centrumsteden",
        "20181207T140000",
        "20181207T160000",
        "Stadhuis Antwerpen, Grote Markt 1",
        "Wanneer: vrijdag 7 december 2018 14:00-16:00\nWaar: Stadhuis Antwerpen\n\nGraag aanwezig na jullie seminarie in Permeke.\n",
    ),
)

add(
    "other",
    [],
    False,
    "her own work: 'Geaccepteerd:' meeting response (METHOD:REPLY, PARTSTAT=ACCEPTED) with an empty text part; acceptance of a meeting, not a registration",
    calmsg(
        addr("Pieter Daems", "pieter.daems@kcvs.be"),
        "Geaccepteerd: Overleg catering seminarie",
        day(15, 10, 2),
        "accept.4410@kcvs.be",
        "REPLY",
        "Overleg catering seminarie",
        "20181120T110000",
        "20181120T113000",
        "Bureau Linda",
        "",
        "ACCEPTED",
    ),
)

add(
    "other",
    [],
    False,
    "newsletter (List-Id, List-Unsubscribe) announcing other study days and 'schrijf je nu in'; mass mail",
    build(
        std(
            addr("VVSG Nieuwsbrief", "nieuwsbrief@vvsg-example.be"),
            "VVSG Nieuwsbrief – november 2018",
            day(20, 6, 30),
            "nb.2018.11@vvsg-example.be",
            to="linda.boudry@kcvs.be",
            extra=[
                ("List-Id", "VVSG nieuwsbrief <nieuwsbrief.vvsg-example.be>"),
                ("List-Unsubscribe", "<https://vvsg-example.be/afmelden?u=8812>"),
                ("Precedence", "bulk"),
            ],
        ),
        qp(
            "In deze nieuwsbrief:\n\n* Studiedag Lokale besturen en HR – 7 december, Antwerpen. Schrijf je nu in!\n"
            "* Nieuwe handleiding beleids- en beheerscyclus\n* Vacatures bij steden en gemeenten\n\nAfmelden voor deze nieuwsbrief\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "colleague's leave request (work mail about the Christmas holidays); unrelated",
    build(
        std(
            addr("Pieter Daems", "pieter.daems@kcvs.be"),
            "verlof kerstperiode",
            day(16, 11, 45),
            "verlof.1133@kcvs.be",
        ),
        qp(
            "Linda,\n\nIk zou graag verlof nemen van 24/12 t.e.m. 4/1. Is dat ok voor de planning?\n\nPieter\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "payslip notification from the payroll service (Auto-Submitted: auto-generated, which is not an auto-reply to a person's mail); unrelated",
    build(
        std(
            addr("Personeelsdienst", "payroll@kcvs.be"),
            "Je loonbrief van november 2018 staat klaar",
            day(27, 5, 0),
            "loon.201811.17@kcvs.be",
            to="linda.boudry@kcvs.be",
            extra=[("Auto-Submitted", "auto-generated")],
        ),
        qp(
            "Beste medewerker,\n\nJe loonbrief van november 2018 staat klaar in het personeelsportaal.\n\nPersoneelsdienst\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "private: partner answers 'Ok!' to 'Re: vanavond' (the same one-word reply as a registration elsewhere, but private)",
    build(
        std(
            addr("Tim", "tim.verbist@telenet.be"),
            "Re: vanavond",
            day(22, 15, 3),
            "ok.tim.99@telenet.be",
            to="Linda <linda.boudry@kcvs.be>",
        ),
        qp(
            "Ok!\n\n> Op 22 nov. 2018 om 14:50 schreef Linda Boudry <linda.boudry@kcvs.be>:\n> Kun jij de kinderen ophalen? Ik moet nog de badges voor 7/12 afwerken.\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "colleague answers 'Ja' to a lunch question; unrelated",
    build(
        std(
            addr("Pieter Daems", "pieter.daems@kcvs.be"),
            "RE: lunch morgen?",
            day(26, 16, 10),
            "ja.lunch.4@kcvs.be",
        ),
        qp(
            "Ja\n\n-----Oorspronkelijk bericht-----\nVan: Linda Boudry\nOnderwerp: lunch morgen?\n\nZin om morgen samen te lunchen?\n"
        ),
    ),
)

add(
    "other",
    [],
    False,
    "empty mail with only an attachment from the office scanner (scan PDF); unrelated",
    build(
        std(
            addr("Scanner 2e verdieping", "scanner@kcvs.be"),
            "Scan_20181115_0931",
            day(15, 9, 31),
            "scan.20181115093101@kcvs.be",
            to="linda.boudry@kcvs.be",
            ct='multipart/mixed; boundary="=_b25_scan"',
            cte=None,
        ),
        b'--=_b25_scan\r\nContent-Type: application/pdf; name="Scan_20181115_0931.pdf"\r\n'
        b'Content-Disposition: attachment; filename="Scan_20181115_0931.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + b64(b"%PDF-1.4\r\n% scanned image\r\n%%EOF\r\n")
        + b"--=_b25_scan--\r\n",
    ),
)

add(
    "other",
    [],
    True,
    "one-word question 'Parking?' in reply to the invitation: no registration, a person must answer",
    build(
        std(
            addr("Stefaan Wouters", "stefaan.wouters@vilvoorde.be"),
            "RE: " + INV_SUBJ,
            day(10, 8, 17),
            "parking.71@vilvoorde.be",
        ),
        qp("Parking?\n" + outlook_quote("dinsdag 6 november 2018 10:12", "Stefaan Wouters")),
    ),
)

add(
    "other",
    [],
    False,
    "another organisation's mass invitation to its own event on 7 December in Antwerpen ('schrijf je in', empty form fields); List-Unsubscribe",
    build(
        std(
            addr("Vereniging Stedenbouw", "events@stedenbouw-example.be"),
            "Uitnodiging: netwerkavond 7 december – Antwerpen",
            day(9, 7, 0),
            "event.netwerk.1207@stedenbouw-example.be",
            to="linda.boudry@kcvs.be",
            extra=[("List-Unsubscribe", "<mailto:leave@stedenbouw-example.be>")],
        ),
        qp(
            "Beste,\n\nGraag nodigen we u uit op onze netwerkavond op vrijdag 7 december in Antwerpen (deSingel).\n"
            "Schrijf je in via ons formulier met naam, organisatie en functie.\n\nNaam:\nOrganisatie:\nFunctie:\n\n"
            "Uitschrijven\n"
        ),
    ),
)

report = (
    "Dag Linda, hierbij het verslag van de werkgroep personeelsbeleid van 14 november in Antwerpen. "
    * 3
    + "Aanwezig waren de vertegenwoordigers van Gent, Leuven, Mechelen, Brugge en Antwerpen; zij bespraken de evaluatie van de "
    "leidinggevenden, het nieuwe competentiemodel en de samenwerking met de OCMW-diensten na de integratie. "
    + "Volgende werkgroep: 7 december na het seminarie, indien de zaal vrij is. "
    * 2
)
add(
    "other",
    [],
    False,
    "colleague's meeting report as one very long unwrapped line mentioning 'Aanwezig', city names, Antwerpen and 7 december; no registration",
    build(
        std(
            addr("Pieter Daems", "pieter.daems@kcvs.be"),
            "verslag werkgroep personeelsbeleid 14/11",
            day(19, 17, 2),
            "verslag.1411@kcvs.be",
            cte="8bit",
        ),
        report + "\nPieter\n",
    ),
)

add(
    "other",
    [],
    False,
    "print shop: the seminar badges are ready; vendor mail about the event that needs no answer",
    build(
        std(
            addr("Drukkerij Peeters", "info@drukkerij-example.be"),
            "Uw drukwerk is klaar: badges seminarie 7/12",
            day(30, 11, 40),
            "druk.5521@drukkerij-example.be",
        ),
        qp(
            "Beste mevrouw Boudry,\n\nUw bestelling (60 badges 'Stadsorganisaties in transitie') is klaar en kan afgehaald worden.\n\n"
            "Drukkerij Peeters\n"
        ),
    ),
)

# ---------------------------------------------------------------- write

assert len(MSGS) == 45, len(MSGS)
order = list(range(len(MSGS)))
random.shuffle(order)
for f in os.listdir(OUT):
    if f[:3].isdigit() and f.endswith((".eml", ".json")):
        os.remove(os.path.join(OUT, f))
for n, i in enumerate(order, 1):
    data, label = MSGS[i]
    with open(os.path.join(OUT, f"{n:03d}.eml"), "wb") as fh:
        fh.write(data)
    with open(os.path.join(OUT, f"{n:03d}.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(label, ensure_ascii=False, indent=2) + "\n")
print(f"wrote {len(MSGS)} messages to {OUT}")
