#!/usr/bin/env python3
"""Build blind set 17: 45 labelled messages with hard names, towns and functions.

Written without looking at the parser. Python 3.11 standard library only and
deterministic: every run writes the same bytes. Each NNN.eml (CRLF line endings)
gets an NNN.json label beside it, in the directory of this script.

    .venv/bin/python tests/mail/blind17/build.py
"""

import base64
import datetime
import html
import json
import quopri
import random
from email.header import Header
from pathlib import Path

OUT = Path(__file__).resolve().parent
random.seed(17)
RNG = random.Random(1717)

ORGANISER = "Linda Boudry <linda.boudry@kcvs.be>"
INVITE_ID = "<kcvs-uitnodiging-20181105.0902@kcvs.be>"
INVITE_SUBJECT = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december 2018"
TZ = datetime.timezone(datetime.timedelta(hours=1))


def T(s):
    """Strip the one leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


INVITE = T("""
Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het gratis seminarie
"Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium
van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

Onthaal met koffie vanaf 9.30 uur, start om 10 uur. We sluiten af met een
broodjeslunch rond 12.30 uur.

Inschrijven kan tot en met 2 december door een mail te sturen naar
linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groet,

Linda Boudry
Kenniscentrum Vlaamse Steden
""")


def quote_gt(text):
    return "".join(("> " + line if line else ">") + "\n" for line in text.splitlines())


def outlook_quote(sent, to):
    return (
        T(f"""
Van: Linda Boudry [mailto:linda.boudry@kcvs.be]
Verzonden: {sent}
Aan: {to}
Onderwerp: {INVITE_SUBJECT}

""")
        + INVITE
    )


def reg(name, municipality, function, email):
    return {"name": name, "municipality": municipality, "function": function, "email": email}


# ---------------------------------------------------------------- MIME helpers


def enc_header(value, charset="utf-8"):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in '()<>[]:;@\\,."'):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), address)
        return f"{name} <{address}>"
    return f"{Header(name, charset).encode()} <{address}>"


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", extra=()):
    head = [
        f'Content-Type: {ctype}; charset="{charset}"{params}',
        f"Content-Transfer-Encoding: {cte}",
    ]
    head.extend(extra)
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(head) + "\n\n").encode("ascii") + body


def boundary():
    return "----=_NextPart_%012x" % RNG.getrandbits(48)


def multipart(subtype, parts, params=""):
    b = boundary()
    out = [
        f'Content-Type: multipart/{subtype}; boundary="{b}"{params}\n\n'.encode("ascii"),
        b"This is a multi-part message in MIME format.\n\n",
    ]
    for p in parts:
        out.append(f"--{b}\n".encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
        out.append(b"\n")
    out.append(f"--{b}--\n".encode("ascii"))
    return b"".join(out)


def text_to_html(text):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(l, quote=False) for l in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        + "\n".join(paras)
        + "\n</body></html>\n"
    )


def body_plain(text, charset="utf-8", cte="quoted-printable", flowed=False):
    params = "; format=flowed" if flowed else ""
    return leaf("text/plain", text, charset, cte, params)


def body_alt(text, html_text=None, charset="utf-8", cte="quoted-printable"):
    if html_text is None:
        html_text = text_to_html(text)
        if charset != "utf-8":
            html_text = html_text.replace("charset=utf-8", f"charset={charset}")
    return multipart(
        "alternative",
        [leaf("text/plain", text, charset, cte), leaf("text/html", html_text, charset, cte)],
    )


def body_html(html_text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", html_text, charset, cte)


def msgid(domain):
    return "<%016X.%06X@%s>" % (RNG.getrandbits(64), RNG.getrandbits(24), domain)


def date_header(day, hh, mm, ss=0):
    d = datetime.datetime(2018, 11, day, hh, mm, ss, tzinfo=TZ)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0100")


def build_message(m):
    h = []
    if m.get("return_path", True):
        h.append(f"Return-Path: <{m['from'][1]}>")
    else:
        h.append("Return-Path: <>")
    h.append(
        "Received: from %s (%s [192.0.2.%d]) by mail.kcvs.be (Postfix) with ESMTPS id %X; %s"
        % (
            m.get("helo", "mail." + m["from"][1].split("@")[1]),
            m.get("helo", "mail." + m["from"][1].split("@")[1]),
            RNG.randrange(10, 250),
            RNG.getrandbits(36),
            date_header(*m["date"]),
        )
    )
    h.append("From: " + addr(*m["from"], charset=m.get("hcharset", "utf-8")))
    h.append("To: " + m.get("to", ORGANISER))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_header(m["subject"], m.get("hcharset", "utf-8")))
    h.append("Date: " + date_header(*m["date"]))
    h.append("Message-ID: " + msgid(m["from"][1].split("@")[1]))
    if m.get("reply_to_invite"):
        h.append("In-Reply-To: " + INVITE_ID)
        h.append("References: " + INVITE_ID)
    h.extend(m.get("headers", []))
    h.append("MIME-Version: 1.0")
    head = ("\n".join(h) + "\n").encode("ascii")
    raw = head + m["body"]
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


OUTLOOK = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AdR0c2VtaW5hcmllMTc="),
    ("Content-Language", "nl-BE"),
]
NOTES = [
    ("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF383 April 12, 2018"),
    ("X-MIMETrack", "Serialize by Router on Notes01/SRV at 2018-11-08"),
]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3445.9.1)")]
IPHONE = [("X-Mailer", "iPhone Mail (16B92)")]
GMAIL = [("X-Gm-Message-State", "AGRZ1gJ7")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.3.8")]


def H(pairs):
    return [f"{k}: {v}" for k, v in pairs]


# ---------------------------------------------------------------- the messages

M = []


def add(**kw):
    M.append(kw)


# R1 Antwerp district Deurne, double first name, particle, mixed-case address
add(
    key="R01",
    date=(7, 9, 14),
    from_=("Van den Bossche Jan-Pieter", "Jan-Pieter.VandenBossche@stad.antwerpen.be"),
    subject="RE: " + INVITE_SUBJECT,
    reply_to_invite=True,
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Dag Linda,

Graag schrijf ik me in voor het seminarie.

Naam: Jan-Pieter Van den Bossche
Stad / gemeente: Deurne
Functie: dir. HR
E-mailadres: Jan-Pieter.VandenBossche@stad.antwerpen.be

Vriendelijke groeten,
Jan-Pieter

Jan-Pieter Van den Bossche
dir. HR district Deurne
Stad Antwerpen | Districtshuis Deurne, Cruyslei 10, 2100 Deurne
T 03 000 41 17

""")
        + outlook_quote("maandag 5 november 2018 9:02", "Van den Bossche Jan-Pieter")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Jan-Pieter Van den Bossche",
                "Antwerpen",
                "dir. HR",
                "jan-pieter.vandenbossche@stad.antwerpen.be",
            )
        ],
        needs_review=False,
        note="deelgemeente/district 'Deurne' written as town with an @stad.antwerpen.be address -> Antwerpen; "
        "double first name with particle; abbreviation 'dir. HR'; mixed-case address lower-cased; "
        "quoted invitation with empty template below",
    ),
)

# R2 IBM Notes, upper-case labels, VANDER ELST surname first, St.-Pieters-Leeuw
add(
    key="R02",
    date=(8, 14, 3),
    from_=("Karolien Vander Elst", "karolien.vanderelst@sint-pieters-leeuw.be"),
    subject="Inschrijving seminarie 7 december",
    headers=H(NOTES),
    hcharset="iso-8859-1",
    body=body_plain(
        T("""
Goedemiddag,

Hierbij mijn inschrijving:

NAAM: VANDER ELST Karolien
STAD / GEMEENTE: St.-Pieters-Leeuw
FUNCTIE: stafmedewerker personeel & organisatie
E-MAILADRES: karolien.vanderelst@sint-pieters-leeuw.be

Met vriendelijke groeten

Karolien Vander Elst
Gemeente Sint-Pieters-Leeuw
"""),
        charset="iso-8859-1",
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Karolien Vander Elst",
                "Sint-Pieters-Leeuw",
                "stafmedewerker personeel & organisatie",
                "karolien.vanderelst@sint-pieters-leeuw.be",
            )
        ],
        needs_review=False,
        note="IBM Notes, upper-case labels, surname first in capitals (VANDER ELST Karolien), "
        "abbreviated double-hyphen town 'St.-Pieters-Leeuw' -> Sint-Pieters-Leeuw",
    ),
)

# R3 HTML-only table, OCMW Sint-Genesius-Rode, Marie-Louise D'Hondt
R3_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style>td{font-family:Calibri,sans-serif;font-size:11pt;padding:2px 8px}</style></head>
<body>
<p>Beste mevrouw Boudry,</p>
<p>Graag had ik mij ingeschreven voor het seminarie &#8220;Stadsorganisaties in transitie&#8221;.</p>
<table border="0" cellspacing="0" cellpadding="0">
<tr><td><b>Naam</b></td><td>Marie-Louise D'Hondt</td></tr>
<tr><td><b>Stad / gemeente</b></td><td>OCMW Sint-Genesius-Rode</td></tr>
<tr><td><b>Functie</b></td><td>diensthoofd Sociale Dienst</td></tr>
<tr><td><b>E-mailadres</b></td><td><a href="mailto:ML.DHondt@ocmw-sint-genesius-rode.be">ML.DHondt@ocmw-sint-genesius-rode.be</a></td></tr>
</table>
<p>Met vriendelijke groet,<br>
Marie-Louise D&#8217;Hondt</p>
<p style="color:#808080;font-size:8pt">Dit bericht is uitsluitend bestemd voor de geadresseerde. OCMW Sint-Genesius-Rode &#8211; Sociaal Huis</p>
</body></html>
""")
add(
    key="R03",
    date=(20, 10, 41),
    from_=("D'Hondt Marie-Louise", "ML.DHondt@ocmw-sint-genesius-rode.be"),
    subject="inschrijving 7/12",
    headers=H(OUTLOOK),
    body=body_html(R3_HTML, charset="windows-1252"),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Marie-Louise D'Hondt",
                "Sint-Genesius-Rode",
                "diensthoofd Sociale Dienst",
                "ml.dhondt@ocmw-sint-genesius-rode.be",
            )
        ],
        needs_review=False,
        note="HTML-only windows-1252 QP table; 'OCMW Sint-Genesius-Rode' -> Sint-Genesius-Rode; "
        "mail domain @ocmw-sint-genesius-rode.be; apostrophe name D'Hondt (straight in the field, "
        "curly in the sign-off)",
    ),
)

# R4 Gent secretariat registers three colleagues
add(
    key="R04",
    date=(9, 11, 26),
    from_=("Secretariaat Departement Bedrijfsvoering", "secretariaat.bedrijfsvoering@stad.gent"),
    subject="Inschrijving 3 collega's – seminarie 7 december",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Beste mevrouw Boudry,

Namens de Stad Gent schrijf ik volgende collega's in voor het seminarie van 7 december:

1. Mevr. Elif Öztürk – beleidsmedewerker diversiteit – elif.ozturk@stad.gent
2. Dhr. Youssef El Khattabi – buurtregisseur Ledeberg – youssef.elkhattabi@stad.gent
3. Mevr. Thi Lan Nguyen – projectmedewerker e-government (zij start pas volgende week en heeft nog geen eigen mailadres)

Met vriendelijke groet,

Nele Claus
Secretariaat Departement Bedrijfsvoering
Stad Gent
Botermarkt 1, 9000 Gent
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg("Elif Öztürk", "Gent", "beleidsmedewerker diversiteit", "elif.ozturk@stad.gent"),
            reg(
                "Youssef El Khattabi",
                "Gent",
                "buurtregisseur Ledeberg",
                "youssef.elkhattabi@stad.gent",
            ),
            reg("Thi Lan Nguyen", "Gent", "projectmedewerker e-government", None),
        ],
        needs_review=False,
        note="secretariat registers three colleagues (sender not registered); non-Flemish names "
        "(Öztürk, El Khattabi, Nguyen) with Mevr./Dhr.; 'Ledeberg' is inside a function, not the town; "
        "third person has no address (null)",
    ),
)

# R5 Nowak, comma surname-first, postcode only
add(
    key="R05",
    date=(12, 8, 52),
    from_=("Agnieszka Nowak", "agnieszka.nowak@mechelen.be"),
    subject="Inschrijving Stadsorganisaties in transitie",
    headers=H(APPLE),
    body=body_plain(
        T("""
Beste Linda,

Naam: Nowak, Agnieszka
Stad / gemeente: 2800
Functie: HR-adviseur rekrutering en selectie
E-mailadres: agnieszka.nowak@mechelen.be

Alvast bedankt,
Agnieszka
"""),
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Agnieszka Nowak",
                "Mechelen",
                "HR-adviseur rekrutering en selectie",
                "agnieszka.nowak@mechelen.be",
            )
        ],
        needs_review=False,
        note="'Nowak, Agnieszka' (surname, comma, first name); town given only as postcode 2800 "
        "(Mechelen, and the address is @mechelen.be)",
    ),
)

# R6 Initials, Heverlee, Thunderbird format=flowed with '>' quoted invitation
add(
    key="R06",
    date=(13, 16, 7),
    from_=("J.-P. Op de Beeck", "jp.opdebeeck@leuven.be"),
    subject="Re: " + INVITE_SUBJECT,
    reply_to_invite=True,
    headers=H(TBIRD),
    body=body_plain(
        T("""
Naam: J.-P. Op de Beeck
Stad / gemeente: Heverlee
Functie: afdelingshoofd Sport
E-mailadres: jp.opdebeeck@leuven.be

Groeten,
J.-P. Op de Beeck

Op 5/11/2018 om 09:02 schreef Linda Boudry:
""")
        + quote_gt(INVITE),
        cte="8bit",
        flowed=True,
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg("J.-P. Op de Beeck", "Leuven", "afdelingshoofd Sport", "jp.opdebeeck@leuven.be")
        ],
        needs_review=False,
        note="initials only (J.-P.), never a full first name anywhere: keep the initials, do not invent; "
        "deelgemeente 'Heverlee' with @leuven.be -> Leuven; lower-case particle 'Op de Beeck'; "
        "format=flowed, '>'-quoted invitation with empty template",
    ),
)

# R7 't Kint, Brugge (Sint-Andries), multipart/alternative
add(
    key="R07",
    date=(14, 13, 30),
    from_=("'t Kint Bieke", "bieke.tkint@brugge.be"),
    subject="Inschrijving seminarie vrijdag 7 december",
    headers=H(OUTLOOK),
    body=body_alt(
        T("""
Dag Linda,

Ik kom graag naar het seminarie in Permeke.

Naam: Bieke 't Kint
Stad / gemeente: Brugge (Sint-Andries)
Functie: stafmedewerker organisatiebeheersing
E-mailadres: bieke.tkint@brugge.be

Groetjes,
Bieke
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Bieke 't Kint",
                "Brugge",
                "stafmedewerker organisatiebeheersing",
                "bieke.tkint@brugge.be",
            )
        ],
        needs_review=False,
        note="surname with the article 't (Bieke 't Kint), From header surname-first; town with deelgemeente "
        "in brackets 'Brugge (Sint-Andries)' -> Brugge; text+HTML alternative, UTF-8 QP",
    ),
)

# R8 French, Saint-Josse-ten-Noode -> Sint-Joost-ten-Node
add(
    key="R08",
    date=(15, 9, 40),
    from_=("Nadia El Amrani", "n.elamrani@sjtn.brussels"),
    subject="Inscription séminaire du 7 décembre",
    hcharset="iso-8859-1",
    body=body_plain(
        T("""
Bonjour Madame Boudry,

Je souhaite m'inscrire au séminaire « Stadsorganisaties in transitie » du 7 décembre.

Nom : Nadia El Amrani
Commune : Saint-Josse-ten-Noode
Fonction : coordinatrice du service Population
E-mail : n.elamrani@sjtn.brussels

Bien à vous,

Nadia El Amrani
Administration communale de Saint-Josse-ten-Noode
Avenue de l'Astronomie 12 - 1210 Bruxelles
"""),
        charset="iso-8859-1",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Nadia El Amrani",
                "Sint-Joost-ten-Node",
                "coordinatrice du service Population",
                "n.elamrani@sjtn.brussels",
            )
        ],
        needs_review=False,
        note="French labels; Brussels commune in French 'Saint-Josse-ten-Noode' -> canonical Dutch "
        "Sint-Joost-ten-Node (the '1210 Bruxelles' postal address is not the municipality); "
        "ISO-8859-1 QP",
    ),
)

# R9 Walloon town Liège with Dutch labels, base64 body
add(
    key="R09",
    date=(16, 10, 5),
    from_=("Olivier Dumont", "olivier.dumont@liege.be"),
    subject="Inschrijving / inscription seminarie 7/12",
    body=body_plain(
        T("""
Goedemorgen,

Ik zou graag deelnemen aan het seminarie.

Naam: Olivier Dumont
Stad / gemeente: Liège
Functie: chef de projet transformation numérique
E-mailadres: olivier.dumont@liege.be

Met vriendelijke groeten / Cordialement,

Olivier Dumont
Ville de Liège
"""),
        cte="base64",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Olivier Dumont",
                "Luik",
                "chef de projet transformation numérique",
                "olivier.dumont@liege.be",
            )
        ],
        needs_review=False,
        note="Walloon city written in French 'Liège' -> canonical Dutch name Luik; function in French; "
        "base64 UTF-8 body",
    ),
)

# R10 English, Mons -> Bergen
add(
    key="R10",
    date=(16, 15, 22),
    from_=("Sophie Lejeune", "sophie.lejeune@ville.mons.be"),
    subject="Registration seminar 7 December",
    body=body_alt(
        T("""
Dear Ms Boudry,

I would like to register for the seminar on 7 December in Antwerp.

Name: Sophie Lejeune
City: Mons
Position: Smart City project manager
E-mail: sophie.lejeune@ville.mons.be

Kind regards,
Sophie Lejeune
"""),
        cte="7bit",
        charset="us-ascii",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Sophie Lejeune",
                "Bergen",
                "Smart City project manager",
                "sophie.lejeune@ville.mons.be",
            )
        ],
        needs_review=False,
        note="English labels; Walloon city 'Mons' -> canonical Dutch name Bergen; 'Antwerp' in the "
        "text is the venue, not her town",
    ),
)

# R11 Oudsbergen, two people, Outlook quote
add(
    key="R11",
    date=(19, 11, 11),
    from_=("Tom Vanderhoydonck", "tom.vanderhoydonck@oudsbergen.be"),
    subject="RE: " + INVITE_SUBJECT,
    reply_to_invite=True,
    headers=H(OUTLOOK),
    body=body_alt(
        T("""
Beste Linda,

Wij komen graag met twee:

Naam: Tom Vanderhoydonck
Stad / gemeente: Oudsbergen (fusie Meeuwen-Gruitrode en Opglabbeek)
Functie: algemeen directeur
E-mailadres: tom.vanderhoydonck@oudsbergen.be

Naam: Ilse Bijnens
Stad / gemeente: Oudsbergen
Functie: financieel directeur
E-mailadres: ilse.bijnens@oudsbergen.be

Met vriendelijke groeten,
Tom

""")
        + outlook_quote("maandag 5 november 2018 9:02", "Tom Vanderhoydonck")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Tom Vanderhoydonck",
                "Oudsbergen",
                "algemeen directeur",
                "tom.vanderhoydonck@oudsbergen.be",
            ),
            reg("Ilse Bijnens", "Oudsbergen", "financieel directeur", "ilse.bijnens@oudsbergen.be"),
        ],
        needs_review=False,
        note="merged municipality from 2019 'Oudsbergen' with the two old names in brackets: "
        "the municipality is Oudsbergen, not Meeuwen-Gruitrode/Opglabbeek; two labelled blocks",
    ),
)

# R12 Pelt, vanden Berghe (lower-case particle) vs From 'Vandenberghe Koen'
add(
    key="R12",
    date=(19, 14, 48),
    from_=("Vandenberghe Koen", "koen.vandenberghe@gemeentepelt.be"),
    subject="inschrijving",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Hallo Linda,

Naam: Koen vanden Berghe
Stad / gemeente: Pelt
Functie: adjunct-algemeen directeur
E-mailadres: koen.vandenberghe@gemeentepelt.be

Mvg,
Koen
"""),
        cte="8bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Koen vanden Berghe",
                "Pelt",
                "adjunct-algemeen directeur",
                "koen.vandenberghe@gemeentepelt.be",
            )
        ],
        needs_review=False,
        note="lower-case split particle 'vanden Berghe' in the Naam field while the From header writes "
        "'Vandenberghe Koen': the field wins; merged municipality Pelt; domain @gemeentepelt.be",
    ),
)

# R13 Lievegem, HTML only with a list of two people
R13_HTML = T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Beste Linda,</div>
<div><br></div>
<div>Vanuit <b>Gemeente Lievegem</b> schrijven we twee personen in:</div>
<ul>
<li>Sarah De Smet, diensthoofd Burgerzaken, <a href="mailto:sarah.desmet@lievegem.be">sarah.desmet@lievegem.be</a></li>
<li>Pieter-Jan Van de Velde, IT-coördinator, <a href="mailto:pieterjan.vandevelde@lievegem.be">pieterjan.vandevelde@lievegem.be</a></li>
</ul>
<div>Met vriendelijke groet,</div>
<div>Sarah De Smet</div>
<div style="color:#888">Gemeente Lievegem &ndash; Lovendegem &middot; Waarschoot &middot; Zomergem</div>
</body></html>
""")
add(
    key="R13",
    date=(20, 9, 3),
    from_=("Sarah De Smet", "sarah.desmet@lievegem.be"),
    subject="Inschrijving seminarie Permeke",
    headers=H(OUTLOOK),
    body=body_html(R13_HTML),
    label=dict(
        kind="registration",
        registrants=[
            reg("Sarah De Smet", "Lievegem", "diensthoofd Burgerzaken", "sarah.desmet@lievegem.be"),
            reg(
                "Pieter-Jan Van de Velde",
                "Lievegem",
                "IT-coördinator",
                "pieterjan.vandevelde@lievegem.be",
            ),
        ],
        needs_review=False,
        note="HTML-only UTF-8 QP with a <ul> of two people; merged municipality 'Gemeente Lievegem' "
        "(old towns listed in the footer are not the municipality); double first name Pieter-Jan",
    ),
)

# R14 Puurs-Sint-Amands, woman with two surnames, signs with one
add(
    key="R14",
    date=(21, 8, 15),
    from_=("Lieve Van de Velde", "lieve.vandevelde@puurs-sint-amands.be"),
    subject="Seminarie 7/12 - inschrijving",
    body=body_plain(
        T("""
Goedemorgen,

Naam: Lieve Van de Velde-Janssens
Stad / gemeente: Puurs-Sint-Amands
Functie: HR-verantwoordelijke
E-mailadres: lieve.vandevelde@puurs-sint-amands.be

Vriendelijke groet,
Lieve Van de Velde
"""),
        charset="us-ascii",
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Lieve Van de Velde-Janssens",
                "Puurs-Sint-Amands",
                "HR-verantwoordelijke",
                "lieve.vandevelde@puurs-sint-amands.be",
            )
        ],
        needs_review=False,
        note="double surname with hyphen in the Naam field (Van de Velde-Janssens) while From/sign-off "
        "use one surname: the field wins; hyphenated merged municipality Puurs-Sint-Amands",
    ),
)

# R15 regional coordinator registers three people from three merged towns
add(
    key="R15",
    date=(21, 16, 20),
    from_=("Evi Maes", "evi.maes@streekoverleg-leiestreek.be"),
    subject="Inschrijving 3 deelnemers - 7 december",
    body=body_plain(
        T("""
Beste Linda,

Vanuit ons intergemeentelijk samenwerkingsverband schrijf ik drie mensen in:

- An Claeys, algemeen directeur, gemeente Kruisem – an.claeys@kruisem.be
- Dirk Van Hecke, beleidscoördinator, Stad Deinze – dirk.vanhecke@deinze.be
- Joke De Vos, teamleider personeel, gemeente Aalter – joke.devos@aalter.be

Zelf kan ik er die dag niet bij zijn.

Vriendelijke groeten,
Evi Maes
coördinator Streekoverleg Leiestreek
"""),
        cte="8bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg("An Claeys", "Kruisem", "algemeen directeur", "an.claeys@kruisem.be"),
            reg("Dirk Van Hecke", "Deinze", "beleidscoördinator", "dirk.vanhecke@deinze.be"),
            reg("Joke De Vos", "Aalter", "teamleider personeel", "joke.devos@aalter.be"),
        ],
        needs_review=False,
        note="third party registers three people from three different (merged) municipalities, "
        "each in one comma/en-dash line with 'gemeente X'/'Stad X'; the sender is not registered "
        "and 'zelf kan ik er niet bij zijn' is no cancellation",
    ),
)

# R16 police zone (not a municipality)
add(
    key="R16",
    date=(22, 10, 12),
    from_=("Hans Van Hoof", "hans.vanhoof@pzrupel.be"),
    subject="Inschrijving seminarie stadsorganisaties",
    body=body_plain(
        T("""
Goeiedag,

Naam: Hans Van Hoof
Stad / gemeente: politiezone Rupel
Functie: directeur personeel en logistiek
E-mailadres: hans.vanhoof@pzrupel.be

Met vriendelijke groet,
Hans Van Hoof
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Hans Van Hoof",
                "politiezone Rupel",
                "directeur personeel en logistiek",
                "hans.vanhoof@pzrupel.be",
            )
        ],
        needs_review=False,
        note="a police zone (several municipalities, not a municipality itself) under 'Stad / gemeente': "
        "kept as written as an organisation",
    ),
)

# R17 AGB Mortsel
add(
    key="R17",
    date=(22, 13, 58),
    from_=("Wendy Jacobs", "wendy.jacobs@mortsel.be"),
    subject="inschrijving seminarie",
    headers=H(ROUNDCUBE),
    body=body_plain(
        T("""
Dag Linda,

Naam: Wendy Jacobs
Stad / gemeente: AGB Mortsel
Functie: zakelijk directeur
E-mailadres: wendy.jacobs@mortsel.be

Groeten,
Wendy
"""),
        charset="us-ascii",
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg("Wendy Jacobs", "Mortsel", "zakelijk directeur", "wendy.jacobs@mortsel.be")
        ],
        needs_review=False,
        note="'AGB Mortsel' (autonomous municipal company, treated like 'OCMW X' / 'Stad X') -> Mortsel; "
        "address on the municipal domain",
    ),
)

# R18 free text, function with the town inside, dr. honorific
add(
    key="R18",
    date=(23, 7, 44),
    from_=("Hilde Vanhoutte", "hilde.vanhoutte@lier.be"),
    subject="Seminarie 7 december",
    headers=H(IPHONE),
    body=body_alt(
        T("""
Beste Linda,

Als algemeen directeur van Stad Lier volg ik de transitie van stadsorganisaties van nabij, dus ik kom graag naar jullie seminarie op 7 december.

Hartelijke groet,

dr. Hilde Vanhoutte
"""),
        cte="base64",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg("Hilde Vanhoutte", "Lier", "algemeen directeur", "hilde.vanhoutte@lier.be")
        ],
        needs_review=False,
        note="free text: function with the town inside ('algemeen directeur van Stad Lier') -> function "
        "'algemeen directeur', municipality Lier; honorific 'dr.' dropped; address from the sender; "
        "base64 text+HTML",
    ),
)

# R19 English labels, Gemeente Zemst, gemeente-x domain, English function
add(
    key="R19",
    date=(23, 11, 9),
    from_=("Thanh Nguyen", "Thanh.Nguyen@gemeente-zemst.be"),
    subject="Registration: Stadsorganisaties in transitie",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Hello,

Please register me for the seminar.

Name: Thanh Nguyen
Municipality: Gemeente Zemst
Job title: Chief Information Officer
E-mail: Thanh.Nguyen@gemeente-zemst.be

Best regards,
Thanh
"""),
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Thanh Nguyen",
                "Zemst",
                "Chief Information Officer",
                "thanh.nguyen@gemeente-zemst.be",
            )
        ],
        needs_review=False,
        note="English labels and English job title; 'Gemeente Zemst' -> Zemst; mail domain "
        "@gemeente-zemst.be; mixed-case address lower-cased",
    ),
)

# R20 surname-first with comma and double surname, postcode 9000
add(
    key="R20",
    date=(26, 9, 30),
    from_=("De Smet-Vercauteren Annemie", "annemie.desmet@stad.gent"),
    subject="Inschrijving 7 december",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Beste,

Naam: De Smet-Vercauteren, Annemie
Stad / gemeente: 9000
Functie: projectleider interne communicatie
E-mailadres: annemie.desmet@stad.gent

Met vriendelijke groeten
Annemie
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Annemie De Smet-Vercauteren",
                "Gent",
                "projectleider interne communicatie",
                "annemie.desmet@stad.gent",
            )
        ],
        needs_review=False,
        note="double surname written first with a comma ('De Smet-Vercauteren, Annemie'); town only as "
        "postcode 9000 (Gent, confirmed by @stad.gent)",
    ),
)

# R21 Antwerp districts Wilrijk and Berchem, two people
add(
    key="R21",
    date=(26, 14, 17),
    from_=("Sander Vermeulen", "sander.vermeulen@stad.antwerpen.be"),
    subject="Inschrijving 2 personen seminarie 7/12",
    headers=H(OUTLOOK),
    body=body_alt(
        T("""
Dag Linda,

Mijn collega uit district Berchem en ik schrijven ons graag in:

Naam: Sander Vermeulen
Stad / gemeente: Wilrijk
Functie: districtssecretaris
E-mailadres: sander.vermeulen@stad.antwerpen.be

Naam: Fatima Aït Lahcen
Stad / gemeente: Berchem
Functie: adviseur participatie
E-mailadres: fatima.aitlahcen@stad.antwerpen.be

Groeten,
Sander Vermeulen
Stad Antwerpen – district Wilrijk
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Sander Vermeulen",
                "Antwerpen",
                "districtssecretaris",
                "sander.vermeulen@stad.antwerpen.be",
            ),
            reg(
                "Fatima Aït Lahcen",
                "Antwerpen",
                "adviseur participatie",
                "fatima.aitlahcen@stad.antwerpen.be",
            ),
        ],
        needs_review=False,
        note="Antwerp districts written as towns ('Wilrijk', 'Berchem', both @stad.antwerpen.be and "
        "'district Berchem') -> Antwerpen; name with diaeresis (Aït Lahcen)",
    ),
)

# R22 Berchem, private address: cannot tell the town
add(
    key="R22",
    date=(27, 20, 51),
    from_=("Lotte Vanden Eynde", "lotte.vandeneynde@gmail.com"),
    subject="inschrijving seminarie",
    headers=H(GMAIL),
    body=body_plain(
        T("""
Hallo,

Ik wil mij graag inschrijven voor het seminarie.

Naam: Lotte Vanden Eynde
Stad / gemeente: Berchem
Functie: beleidsmedewerker lokale economie
E-mailadres: lotte.vandeneynde@gmail.com

Groetjes,
Lotte
"""),
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Lotte Vanden Eynde",
                None,
                "beleidsmedewerker lokale economie",
                "lotte.vandeneynde@gmail.com",
            )
        ],
        needs_review=True,
        note="'Berchem' alone from a private address: district of Antwerpen, Sint-Agatha-Berchem "
        "(Brussels) or Berchem (Kluisbergen); the town cannot be told, so a person must ask",
    ),
)

# R23 contradictory: postcode of Schoten, address and signature of Brasschaat
add(
    key="R23",
    date=(27, 10, 2),
    from_=("Dirk Van Dyck", "dirk.vandyck@brasschaat.be"),
    subject="Inschrijving seminarie 7 december",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Goedemorgen,

Naam: Dirk Van Dyck
Stad / gemeente: 2900
Functie: secretaris
E-mailadres: dirk.vandyck@brasschaat.be

Met vriendelijke groeten,

Dirk Van Dyck
Algemeen directeur – Gemeente Brasschaat
""")
    ),
    label=dict(
        kind="registration",
        registrants=[reg("Dirk Van Dyck", None, "secretaris", "dirk.vandyck@brasschaat.be")],
        needs_review=True,
        note="contradictory town: postcode 2900 is Schoten, but address and signature say Brasschaat "
        "(and the function differs between field and signature); a person must check",
    ),
)

# R24 everything in capitals, ST-TRUIDEN
add(
    key="R24",
    date=(28, 8, 21),
    from_=("ANN-SOFIE VAN DEN BROECK", "ANN-SOFIE.VANDENBROECK@SINT-TRUIDEN.BE"),
    subject="INSCHRIJVING SEMINARIE 7 DECEMBER",
    headers=H(NOTES),
    body=body_plain(
        T("""
GOEDEMORGEN,

NAAM: ANN-SOFIE VAN DEN BROECK
STAD / GEMEENTE: ST-TRUIDEN
FUNCTIE: DIENSTHOOFD PERSONEEL
E-MAILADRES: ANN-SOFIE.VANDENBROECK@SINT-TRUIDEN.BE

MVG
ANN-SOFIE
"""),
        charset="us-ascii",
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Ann-Sofie Van den Broeck",
                "Sint-Truiden",
                "diensthoofd personeel",
                "ann-sofie.vandenbroeck@sint-truiden.be",
            )
        ],
        needs_review=False,
        note="the whole mail in capitals: name, abbreviated town 'ST-TRUIDEN' -> Sint-Truiden, "
        "function and address (lower-cased)",
    ),
)

# R25 Sint-Niklaas, four people in a table with 'idem', one without address
R25_TEXT = T("""
Beste Linda,

We komen met vier vanuit Sint-Niklaas:

Naam\tStad / gemeente\tFunctie\tE-mailadres
Jan-Willem De Wilde\tStadsbestuur Sint-Niklaas\tafdelingshoofd Financiën\tjanwillem.dewilde@sint-niklaas.be
Hanne Van Raemdonck\tidem\tstafmedewerker\thanne.vanraemdonck@sint-niklaas.be
Mustafa Yilmaz\tidem\tdir. Welzijn\tmustafa.yilmaz@sint-niklaas.be
Sien Verstraeten\tidem\tHR business partner\t(volgt nog)

Vriendelijke groeten,
Hanne Van Raemdonck
stafmedewerker
""")
R25_HTML = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste Linda,</p>
<p>We komen met vier vanuit Sint-Niklaas:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>Naam</th><th>Stad / gemeente</th><th>Functie</th><th>E-mailadres</th></tr>
<tr><td>Jan-Willem De Wilde</td><td>Stadsbestuur Sint-Niklaas</td><td>afdelingshoofd Financiën</td><td>janwillem.dewilde@sint-niklaas.be</td></tr>
<tr><td>Hanne Van Raemdonck</td><td>idem</td><td>stafmedewerker</td><td>hanne.vanraemdonck@sint-niklaas.be</td></tr>
<tr><td>Mustafa Yilmaz</td><td>idem</td><td>dir. Welzijn</td><td>mustafa.yilmaz@sint-niklaas.be</td></tr>
<tr><td>Sien Verstraeten</td><td>idem</td><td>HR business partner</td><td>(volgt nog)</td></tr>
</table>
<p>Vriendelijke groeten,<br>Hanne Van Raemdonck<br>stafmedewerker</p>
</body></html>
""")
add(
    key="R25",
    date=(12, 15, 36),
    from_=("Van Raemdonck Hanne", "hanne.vanraemdonck@sint-niklaas.be"),
    subject="Inschrijving 4 personen Sint-Niklaas",
    headers=H(OUTLOOK),
    body=body_alt(R25_TEXT, R25_HTML),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Jan-Willem De Wilde",
                "Sint-Niklaas",
                "afdelingshoofd Financiën",
                "janwillem.dewilde@sint-niklaas.be",
            ),
            reg(
                "Hanne Van Raemdonck",
                "Sint-Niklaas",
                "stafmedewerker",
                "hanne.vanraemdonck@sint-niklaas.be",
            ),
            reg("Mustafa Yilmaz", "Sint-Niklaas", "dir. Welzijn", "mustafa.yilmaz@sint-niklaas.be"),
            reg("Sien Verstraeten", "Sint-Niklaas", "HR business partner", None),
        ],
        needs_review=False,
        note="four people in a table (tab-separated text part, HTML table); 'Stadsbestuur Sint-Niklaas' "
        "then 'idem'; short functions 'stafmedewerker', 'dir. Welzijn', English 'HR business partner'; "
        "'(volgt nog)' is no address (null)",
    ),
)

# R26 Brussels commune bilingual Saint-Gilles / Sint-Gillis
add(
    key="R26",
    date=(14, 9, 2),
    from_=("Piotr Kowalczyk", "pkowalczyk@stgillis.brussels"),
    subject="Inschrijving seminarie 7 december",
    body=body_plain(
        T("""
Beste mevrouw Boudry,

Naam: Piotr Kowalczyk
Stad / gemeente: Saint-Gilles / Sint-Gillis
Functie: coördinator Smart City
E-mailadres: pkowalczyk@stgillis.brussels

Met vriendelijke groeten,
Piotr Kowalczyk
"""),
        cte="8bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Piotr Kowalczyk",
                "Sint-Gillis",
                "coördinator Smart City",
                "pkowalczyk@stgillis.brussels",
            )
        ],
        needs_review=False,
        note="bilingual Brussels commune 'Saint-Gilles / Sint-Gillis' -> Sint-Gillis (not Sint-Gillis-Waas); "
        "Polish name; UTF-8 8bit",
    ),
)

# R27 registration plus an accessibility question
add(
    key="R27",
    date=(15, 16, 44),
    from_=("Hatice Yıldız", "hatice.yildiz@genk.be"),
    subject="Inschrijving + vraag toegankelijkheid",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Beste Linda,

Naam: Hatice Yıldız
Stad / gemeente: Genk
Functie: stafmedewerker diversiteit en inclusie
E-mailadres: hatice.yildiz@genk.be

Ik ben rolstoelgebruiker: is het auditorium van Permeke vlot toegankelijk, en kan ik ergens dichtbij parkeren?

Alvast bedankt,
Hatice
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Hatice Yıldız",
                "Genk",
                "stafmedewerker diversiteit en inclusie",
                "hatice.yildiz@genk.be",
            )
        ],
        needs_review=True,
        note="Turkish name with dotless ı (Yıldız; address without it); clean registration plus an "
        "accessibility/parking question that a person must answer",
    ),
)

# R28 OCMW Lokeren, two people, the second in prose
add(
    key="R28",
    date=(16, 11, 37),
    from_=("Griet Van de Walle", "griet.vandewalle@ocmw-lokeren.be"),
    subject="Inschrijving seminarie 'Stadsorganisaties in transitie'",
    body=body_plain(
        T("""
Dag Linda,

Naam: Griet Van de Walle
Stad / gemeente: OCMW Lokeren
Functie: maatschappelijk werker
E-mailadres: griet.vandewalle@ocmw-lokeren.be

Ook mijn diensthoofd, Rudi Goossens (diensthoofd Sociale Dienst, rudi.goossens@ocmw-lokeren.be), komt graag mee.

Groeten,
Griet
"""),
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Griet Van de Walle",
                "Lokeren",
                "maatschappelijk werker",
                "griet.vandewalle@ocmw-lokeren.be",
            ),
            reg(
                "Rudi Goossens",
                "Lokeren",
                "diensthoofd Sociale Dienst",
                "rudi.goossens@ocmw-lokeren.be",
            ),
        ],
        needs_review=False,
        note="'OCMW Lokeren' -> Lokeren, domain @ocmw-lokeren.be; a second person added in one prose "
        "sentence with function and address in brackets",
    ),
)

# R29 town cannot be told
add(
    key="R29",
    date=(19, 21, 13),
    from_=("Luc D'Haese", "lucdhaese62@telenet.be"),
    subject="inschrijving seminarie 7/12",
    body=body_plain(
        T("""
Beste,

Ik schrijf mij in voor het seminarie van 7 december.

Naam: Luc D'Haese
Functie: schepen van Financiën en Personeel
E-mail: lucdhaese62@telenet.be

Groeten,
Luc D'Haese
"""),
        cte="8bit",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg("Luc D'Haese", None, "schepen van Financiën en Personeel", "lucdhaese62@telenet.be")
        ],
        needs_review=True,
        note="an alderman from a private provider address: no Stad / gemeente anywhere, so the "
        "municipality cannot be told (null) and a person must ask",
    ),
)

# R30 French, Molenbeek-Saint-Jean -> Sint-Jans-Molenbeek
add(
    key="R30",
    date=(20, 13, 25),
    from_=("Aïcha Bouzid", "abouzid@molenbeek.irisnet.be"),
    hcharset="iso-8859-1",
    subject="Inscription au séminaire du 7/12",
    body=body_plain(
        T("""
Madame,

Veuillez trouver ci-dessous mon inscription.

Nom : Aïcha Bouzid
Commune : Molenbeek-Saint-Jean
Fonction : responsable RH
Adresse e-mail : abouzid@molenbeek.irisnet.be

Salutations distinguées,
Aïcha Bouzid
"""),
        charset="iso-8859-1",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Aïcha Bouzid",
                "Sint-Jans-Molenbeek",
                "responsable RH",
                "abouzid@molenbeek.irisnet.be",
            )
        ],
        needs_review=False,
        note="French; 'Molenbeek-Saint-Jean' -> canonical Dutch Sint-Jans-Molenbeek; ISO-8859-1 QP body "
        "and RFC 2047 From",
    ),
)

# R31 no town label, town only inside the function
add(
    key="R31",
    date=(21, 10, 50),
    from_=("Dries Vandenbussche", "dries.vandenbussche@roeselare.be"),
    subject="Inschrijving seminarie",
    headers=H(OUTLOOK),
    body=body_alt(
        T("""
Beste,

Naam: Dries Vandenbussche
Functie: beleidscoördinator bij Stad Roeselare
E-mailadres: dries.vandenbussche@roeselare.be

Met vriendelijke groeten,
Dries
"""),
        charset="windows-1252",
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Dries Vandenbussche",
                "Roeselare",
                "beleidscoördinator",
                "dries.vandenbussche@roeselare.be",
            )
        ],
        needs_review=False,
        note="no Stad / gemeente line: the town is inside the function ('beleidscoördinator bij Stad "
        "Roeselare') -> function without the organisation, municipality Roeselare; windows-1252 QP",
    ),
)

# R32 self plus colleague in Cc, colleague with two surnames
add(
    key="R32",
    date=(22, 15, 5),
    from_=("Kristel Wauters", "kristel.wauters@vilvoorde.be"),
    cc="Van Damme-De Clercq Anneleen <Anneleen.VanDamme@vilvoorde.be>",
    subject="Inschrijving seminarie 7 december",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Dag Linda,

Graag schrijf ik mezelf en mijn collega Anneleen Van Damme-De Clercq (in cc), preventieadviseur, in voor het seminarie van 7 december.

Vriendelijke groeten,

Kristel Wauters
diensthoofd HR
Stad Vilvoorde
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg("Kristel Wauters", "Vilvoorde", "diensthoofd HR", "kristel.wauters@vilvoorde.be"),
            reg(
                "Anneleen Van Damme-De Clercq",
                "Vilvoorde",
                "preventieadviseur",
                "anneleen.vandamme@vilvoorde.be",
            ),
        ],
        needs_review=False,
        note="sender registers herself (details from the signature) and a colleague 'in cc': her address "
        "comes from the Cc header (lower-cased); colleague with two surnames",
    ),
)

# R33 'Gem. Dilbeek', surname-first with particle, abbreviated function
add(
    key="R33",
    date=(23, 9, 55),
    from_=("Sven Vanden Bossche", "sven.vandenbossche@dilbeek.be"),
    subject="inschrijving seminarie 7 dec",
    body=body_plain(
        T("""
Dag Linda,

Naam: Vanden Bossche Sven
Stad / gemeente: Gem. Dilbeek
Functie: AD
E-mailadres: sven.vandenbossche@dilbeek.be

Groeten,
Sven
"""),
        charset="us-ascii",
        cte="7bit",
    ),
    label=dict(
        kind="registration",
        registrants=[reg("Sven Vanden Bossche", "Dilbeek", "AD", "sven.vandenbossche@dilbeek.be")],
        needs_review=False,
        note="surname first with particle ('Vanden Bossche Sven'); abbreviated 'Gem. Dilbeek' -> Dilbeek; "
        "function only the abbreviation 'AD' (kept as stated)",
    ),
)

# R34 English, Antwerp, Vietnamese name order in capitals
add(
    key="R34",
    date=(28, 17, 2),
    from_=("Nguyen Thi Mai", "thimai.nguyen@stad.antwerpen.be"),
    subject="Registration seminar Friday 7 December",
    headers=H(OUTLOOK),
    body=body_alt(
        T("""
Dear Linda,

Sorry for the late reply, I hope there is still a seat.

Name: NGUYEN Thi Mai
City: Antwerp
Position: senior policy officer, urban development
E-mail: thimai.nguyen@stad.antwerpen.be

Kind regards,
Mai
""")
    ),
    label=dict(
        kind="registration",
        registrants=[
            reg(
                "Thi Mai Nguyen",
                "Antwerpen",
                "senior policy officer, urban development",
                "thimai.nguyen@stad.antwerpen.be",
            )
        ],
        needs_review=False,
        note="English labels; family name first in capitals (NGUYEN Thi Mai); 'Antwerp' -> Antwerpen; "
        "'I hope there is still a seat' is before the deadline and asks nothing that needs an answer",
    ),
)

# ---------------------------------------------------------------- cancellations

CONFIRM_JP = T("""
Beste Jan-Pieter,

Bedankt voor je inschrijving voor het seminarie "Stadsorganisaties in transitie"
op vrijdag 7 december 2018. We noteerden:

Naam: Jan-Pieter Van den Bossche
Stad / gemeente: Antwerpen (district Deurne)
Functie: dir. HR
E-mailadres: jan-pieter.vandenbossche@stad.antwerpen.be

Tot dan!
Linda Boudry
Kenniscentrum Vlaamse Steden
""")

add(
    key="C1",
    date=(30, 8, 12),
    from_=("Van den Bossche Jan-Pieter", "jan-pieter.vandenbossche@stad.antwerpen.be"),
    subject="RE: Bevestiging inschrijving seminarie 7 december",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Beste Linda,

Door een dringende districtsraad moet ik helaas afzeggen voor vrijdag. Mijn excuses.

Jan-Pieter

Op 8 nov. 2018 om 10:15 schreef Linda Boudry <linda.boudry@kcvs.be>:
""")
        + quote_gt(CONFIRM_JP)
    ),
    label=dict(
        kind="cancellation",
        registrants=[
            reg(
                "Jan-Pieter Van den Bossche",
                "Antwerpen",
                "dir. HR",
                "jan-pieter.vandenbossche@stad.antwerpen.be",
            )
        ],
        needs_review=False,
        note="cancellation ('moet ik helaas afzeggen') signed with a first name only; full details in the "
        "quoted confirmation ('Antwerpen (district Deurne)')",
    ),
)

add(
    key="C2",
    date=(28, 12, 40),
    from_=("Tom Vanderhoydonck", "tom.vanderhoydonck@oudsbergen.be"),
    subject="Afmelding seminarie 7 december",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Beste Linda,

Ilse Bijnens en ikzelf moeten ons helaas verontschuldigen voor het seminarie van 7 december: die dag valt onze laatste gemeenteraad vóór de fusie.

Met vriendelijke groet,

Tom Vanderhoydonck
algemeen directeur
Gemeente Oudsbergen
"""),
        cte="8bit",
    ),
    label=dict(
        kind="cancellation",
        registrants=[
            reg(
                "Tom Vanderhoydonck",
                "Oudsbergen",
                "algemeen directeur",
                "tom.vanderhoydonck@oudsbergen.be",
            ),
            reg("Ilse Bijnens", "Oudsbergen", None, None),
        ],
        needs_review=False,
        note="one mail cancels two people; the colleague's function and address are not in this mail "
        "(null); 'vóór de fusie' mentions the merger but the municipality stays Oudsbergen",
    ),
)

add(
    key="C3",
    date=(29, 9, 18),
    from_=("Van Raemdonck Hanne", "hanne.vanraemdonck@sint-niklaas.be"),
    subject="Seminarie 7/12: vervanging",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Dag Linda,

Ik moet helaas afzeggen voor 7 december. Mijn collega Jens ’t Seyen (jens.tseyen@sint-niklaas.be), stafmedewerker, wil graag in mijn plaats komen. Kan dat?

Hanne Van Raemdonck
stafmedewerker
Stadsbestuur Sint-Niklaas
""")
    ),
    label=dict(
        kind="cancellation",
        registrants=[
            reg(
                "Hanne Van Raemdonck",
                "Sint-Niklaas",
                "stafmedewerker",
                "hanne.vanraemdonck@sint-niklaas.be",
            )
        ],
        needs_review=True,
        note="substitution: she cancels and a colleague with a typographic-apostrophe surname "
        "(Jens ’t Seyen) takes her place, with a question: a person must handle it",
    ),
)

add(
    key="C4",
    date=(29, 14, 6),
    from_=("Olivier Dumont", "olivier.dumont@liege.be"),
    subject="Annulation - séminaire du 7 décembre",
    hcharset="iso-8859-1",
    body=body_plain(
        T("""
Madame Boudry,

Je dois malheureusement annuler ma participation au séminaire du 7 décembre.
Toutes mes excuses.

Cordialement,

Olivier Dumont
chef de projet transformation numérique
Ville de Liège
"""),
        charset="iso-8859-1",
    ),
    label=dict(
        kind="cancellation",
        registrants=[
            reg(
                "Olivier Dumont",
                "Luik",
                "chef de projet transformation numérique",
                "olivier.dumont@liege.be",
            )
        ],
        needs_review=False,
        note="French cancellation ('annuler ma participation'); 'Ville de Liège' in the signature -> Luik",
    ),
)

# ---------------------------------------------------------------- auto-replies

add(
    key="A1",
    date=(5, 9, 3),
    from_=("D'Hondt Marie-Louise", "ML.DHondt@ocmw-sint-genesius-rode.be"),
    subject="Automatisch antwoord: " + INVITE_SUBJECT,
    reply_to_invite=True,
    headers=H(OUTLOOK) + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=body_plain(
        T("""
Goedendag,

Ik ben afwezig tot en met maandag 19 november en lees mijn mails niet.
Voor dringende vragen kunt u terecht bij sociale.dienst@ocmw-sint-genesius-rode.be.

Met vriendelijke groet,

Marie-Louise D'Hondt
diensthoofd Sociale Dienst
OCMW Sint-Genesius-Rode
""")
    ),
    label=dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="Dutch out-of-office with Auto-Submitted: auto-replied; signature has a particle name, "
        "function, 'OCMW Sint-Genesius-Rode' and a colleague mailbox",
    ),
)

add(
    key="A2",
    date=(5, 9, 4),
    from_=("Karima Haddou", "khaddou@schaerbeek.irisnet.be"),
    hcharset="iso-8859-1",
    subject="Réponse automatique : " + INVITE_SUBJECT,
    reply_to_invite=True,
    headers=["X-Autoreply: yes"],
    body=body_plain(
        T("""
Je suis absente jusqu'au 16 novembre inclus. / Ik ben afwezig tot en met 16 november.

Karima Haddou
Conseillère en organisation / adviseur organisatie
Commune de Schaerbeek / Gemeente Schaarbeek
"""),
        charset="iso-8859-1",
    ),
    label=dict(
        kind="auto_reply",
        registrants=[],
        needs_review=False,
        note="bilingual French/Dutch absence message with only X-Autoreply: yes (no Auto-Submitted); "
        "Schaerbeek/Schaarbeek signature with a function",
    ),
)

# ---------------------------------------------------------------- bounce

B1_BODY = multipart(
    "report",
    [
        leaf(
            "text/plain",
            T("""
This is the mail system at host mail.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<algemeendirecteur@gemeente-kruishoutem.be>: host
    mx.gemeente-kruishoutem.be[192.0.2.25] said: 550 5.1.1
    <algemeendirecteur@gemeente-kruishoutem.be>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""),
            charset="us-ascii",
            cte="7bit",
            extra=["Content-Description: Notification"],
        ),
        (
            b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            + T("""
Reporting-MTA: dns; mail.kcvs.be
X-Postfix-Queue-ID: 4B2C91E0A7
X-Postfix-Sender: rfc822; linda.boudry@kcvs.be
Arrival-Date: Mon,  5 Nov 2018 09:02:11 +0100

Final-Recipient: rfc822; algemeendirecteur@gemeente-kruishoutem.be
Original-Recipient: rfc822;algemeendirecteur@gemeente-kruishoutem.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.gemeente-kruishoutem.be
Diagnostic-Code: smtp; 550 5.1.1 <algemeendirecteur@gemeente-kruishoutem.be>:
    Recipient address rejected: User unknown in virtual mailbox table
""").encode("ascii")
        ),
        (
            b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            + T(f"""
Return-Path: <linda.boudry@kcvs.be>
From: Linda Boudry <linda.boudry@kcvs.be>
To: Linda Boudry <linda.boudry@kcvs.be>
Subject: {INVITE_SUBJECT}
Date: Mon, 05 Nov 2018 09:02:00 +0100
Message-ID: {INVITE_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""").encode("ascii")
        ),
    ],
    params="; report-type=delivery-status",
)

add(
    key="B1",
    date=(5, 9, 2, 14),
    from_=("Mail Delivery System", "MAILER-DAEMON@mail.kcvs.be"),
    helo="localhost",
    return_path=False,
    subject="Undelivered Mail Returned to Sender",
    headers=["Auto-Submitted: auto-replied"],
    body=B1_BODY,
    label=dict(
        kind="bounce",
        registrants=[],
        needs_review=False,
        note="Postfix RFC 3464 DSN (multipart/report) for a mistyped address at a pre-merger municipality "
        "(gemeente-kruishoutem.be, now Kruisem); also carries Auto-Submitted",
    ),
)

# ---------------------------------------------------------------- other

add(
    key="O1",
    date=(13, 11, 2),
    from_=("Pieter Wuyts", "pieter.wuyts@kcvs.be"),
    subject="Nieuwe contactpersonen werkgroep Stadsmonitor",
    body=body_plain(
        T("""
Dag Linda,

Kun jij deze nieuwe contactpersonen toevoegen aan de ledenlijst van de werkgroep Stadsmonitor? Ze vervangen de mensen die met pensioen gaan.

- Naam: Bram Van den Eede – Stad / gemeente: Ninove – Functie: data-analist – bram.vandeneede@ninove.be
- Naam: Katleen 't Hooft – Stad / gemeente: Sint-Niklaas – Functie: stafmedewerker beleidsplanning – katleen.thooft@sint-niklaas.be

De vergadering van januari plannen we later.

Dank je!
Pieter
""")
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="internal KCVS mail about another matter (members of a working group) that uses the same four "
        "labels with names, towns and functions: nobody registers for the seminar",
    ),
)

add(
    key="O2",
    date=(14, 16, 30),
    from_=("Caroline Vandewalle", "caroline.vandewalle@tienen.be"),
    subject="Vraag: stagiair mee naar seminarie?",
    body=body_plain(
        T("""
Beste Linda,

Bij ons loopt momenteel een stagiair bestuurskunde, Mateusz Zieliński (student KU Leuven), die erg geïnteresseerd is in jullie seminarie van 7 december.
Mag hij ook komen, ook al werkt hij niet voor een stad of gemeente? Ik wil eerst weten of dat kan voor ik hem inschrijf.

Vriendelijke groeten,
Caroline Vandewalle
teamcoach Personeel
Stad Tienen
"""),
        cte="8bit",
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="question before registering an intern ('eerst weten of dat kan voor ik hem inschrijf'): "
        "nobody is registered yet and a person must answer",
    ),
)

O3_TEXT = T("""
Lokaal Nieuws - nieuwsbrief november 2018

NIEUWE GEZICHTEN
- Mevr. An Claeys wordt algemeen directeur van de fusiegemeente Kruisem.
- Dhr. Tom Vanderhoydonck leidt de administratie van Oudsbergen.
- Mevr. Elif Öztürk (Stad Gent) is de nieuwe voorzitter van het netwerk Diversiteit.

AGENDA
- 7 december: seminarie "Stadsorganisaties in transitie" (KCVS), Permeke, Antwerpen.
  Inschrijven bij het Kenniscentrum Vlaamse Steden met naam, stad / gemeente, functie en e-mailadres.
- 13 december: studiedag fusies, Gent.

Uitschrijven: https://lokaalnieuws.example/uitschrijven
""")
add(
    key="O3",
    date=(15, 6, 0),
    from_=("Lokaal Nieuws", "nieuwsbrief@lokaalnieuws.example"),
    subject="Lokaal Nieuws november: nieuwe gezichten, fusies en agenda",
    headers=[
        "List-Id: Lokaal Nieuws <nieuwsbrief.lokaalnieuws.example>",
        "List-Unsubscribe: <https://lokaalnieuws.example/uitschrijven>, <mailto:uitschrijven@lokaalnieuws.example>",
        "Precedence: bulk",
    ],
    body=body_alt(O3_TEXT),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=False,
        note="newsletter (List-Id, List-Unsubscribe) naming people with honorifics, merged towns and "
        "functions, and announcing this very seminar: mass mail, not a registration",
    ),
)

add(
    key="O4",
    date=(27, 11, 48),
    from_=("Vandenberghe Koen", "koen.vandenberghe@gemeentepelt.be"),
    subject="Inschrijving goed ontvangen?",
    headers=H(OUTLOOK),
    body=body_plain(
        T("""
Hallo Linda,

Vorige week schreef ik me in voor het seminarie van 7 december (Koen vanden Berghe, adjunct-algemeen directeur, Pelt), maar ik kreeg nog geen bevestiging. Is mijn inschrijving goed aangekomen?

Mvg,
Koen
"""),
        cte="8bit",
    ),
    label=dict(
        kind="other",
        registrants=[],
        needs_review=True,
        note="asks whether an earlier registration arrived; repeats name, function and town in brackets "
        "but registers nobody new: a person must look it up and answer",
    ),
)


# ---------------------------------------------------------------- write


def main():
    order = list(range(len(M)))
    random.shuffle(order)
    keys = []
    for n, idx in enumerate(order, start=1):
        m = dict(M[idx])
        m["from"] = m.pop("from_")
        stem = "%03d" % n
        (OUT / f"{stem}.eml").write_bytes(build_message(m))
        lab = m["label"]
        data = {
            "kind": lab["kind"],
            "registrants": lab["registrants"],
            "needs_review": lab["needs_review"],
            "note": lab["note"],
        }
        (OUT / f"{stem}.json").write_bytes(
            (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        )
        keys.append((stem, m["key"]))
    return keys


if __name__ == "__main__":
    for stem, key in main():
        print(stem, key)
