#!/usr/bin/env python3
"""Blind set 26: forwards and quoted chains (45 messages).

Deterministic: fixed random seed, fixed dates in November 2018, fixed MIME
boundaries. Writes NNN.eml (CRLF) and NNN.json next to this script.
Python 3.11 standard library only.
"""

import datetime
import json
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime

random.seed(26)
OUT = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=1))

LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
LINDA_ADDR = "linda.boudry@kcvs.be"
SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - 7 december 2018"
CONF_SUBJ = "Bevestiging inschrijving 'Stadsorganisaties in transitie'"

DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_NL_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]


# ---------------------------------------------------------------- helpers
def dt(day, h, m):
    return datetime.datetime(2018, 11, day, h, m, random.randint(0, 59), tzinfo=TZ)


def rfcdate(d):
    return format_datetime(d)


def nl_long(d):
    return f"{DAYS_NL[d.weekday()]} {d.day} november 2018 {d.hour}:{d.minute:02d}"


def nl_gmail(d):
    return f"{DAYS_NL_SHORT[d.weekday()]} {d.day} nov. 2018 om {d.hour:02d}:{d.minute:02d}"


DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def en_long(d):
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{DAYS_EN[d.weekday()]}, November {d.day}, 2018 {h12}:{d.minute:02d} {ampm}"


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            name = '"' + name + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode() + f" <{email}>"


def q(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def mid(n, dom):
    return f"<{n:03d}.{random.randint(10**9, 10**10 - 1)}.set26@{dom}>"


def textpart(body, charset="utf-8", cte="8bit"):
    if cte == "quoted-printable":
        payload = quopri.encodestring(body.encode(charset)).decode("ascii")
    else:
        payload = body
    hdr = f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: {cte}'
    return hdr, payload


def htmlpart(body):
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
        + esc.replace("\n", "<br>\n")
        + "</div></body></html>"
    )
    payload = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable',
        payload,
    )


def multipart(subtype, parts, boundary, extra_ct=""):
    hdr = f'Content-Type: multipart/{subtype};{extra_ct}\n\tboundary="{boundary}"'
    chunks = ["This is a multi-part message in MIME format.", ""]
    for ph, pp in parts:
        chunks.append("--" + boundary)
        chunks.append(ph)
        chunks.append("")
        chunks.append(pp)
    chunks.append("--" + boundary + "--")
    chunks.append("")
    return hdr, "\n".join(chunks)


def rfc822part(inner_bytes_text, filename):
    hdr = (
        f'Content-Type: message/rfc822; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"'
    )
    return hdr, inner_bytes_text


def message(headers, part=None, body=None, charset="utf-8", cte="8bit"):
    """headers: list of (name, value). Either body (str, text/plain) or part=(hdr, payload)."""
    if part is None:
        part = textpart(body, charset, cte)
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    lines.append(part[0])
    return "\n".join(lines) + "\n\n" + part[1].rstrip("\n") + "\n"


def std_headers(n, frm, to, subject, d, dom, cc=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc(subject)), ("Date", rfcdate(d)), ("Message-ID", mid(n, dom))]
    h += list(extra)
    return h


def outlook_block(frm, d, to, subject, cc=None, mailto=True):
    name, email = frm
    v = f"{name} [mailto:{email}]" if mailto else f"{name} <{email}>"
    s = f"Van: {v}\nVerzonden: {nl_long(d)}\nAan: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    s += f"Onderwerp: {subject}\n"
    return s


def orig_block(frm, d, to, subject):
    name, email = frm
    return (
        "-----Oorspronkelijk bericht-----\n"
        f"Van: {name} [mailto:{email}]\nVerzonden: {nl_long(d)}\nAan: {to}\nOnderwerp: {subject}\n"
    )


def owa_block(frm_name, d, to, subject):
    return (
        "________________________________\n"
        f"Van: {frm_name}\nVerzonden: {nl_long(d)}\nAan: {to}\nOnderwerp: {subject}\n"
    )


INV_DATE = datetime.datetime(2018, 11, 8, 14, 2, 11, tzinfo=TZ)

INVITATION = """Beste,

Steden en gemeenten staan voor grote veranderingen: de integratie van OCMW en
gemeente, nieuwe besturen vanaf januari en een digitale dienstverlening die
steeds meer vraagt van de organisatie. Het Kenniscentrum Vlaamse Steden nodigt
u graag uit op het seminarie

    "Stadsorganisaties in transitie"
    vrijdag 7 december 2018
    auditorium bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen

Onthaal met koffie vanaf 9.30 uur, start om 10 uur. We sluiten af met een
broodjeslunch rond 12.30 uur. Deelname is gratis.

Inschrijven kan tot en met 2 december door een mail te sturen naar
linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

U ontvangt een automatische bevestiging van uw inschrijving.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be"""


def invitation_filled(name, muni, func, email):
    return INVITATION.replace(
        "Naam:\nStad / gemeente:\nFunctie:\nE-mailadres:",
        f"Naam: {name}\nStad / gemeente: {muni}\nFunctie: {func}\nE-mailadres: {email}",
    )


def confirmation(name, muni, func, email):
    return f"""Beste {name},

Bedankt voor uw inschrijving voor het seminarie "Stadsorganisaties in
transitie" op vrijdag 7 december 2018 in bibliotheek Permeke, Antwerpen.

Wij noteerden de volgende gegevens:

Naam: {name}
Stad / gemeente: {muni}
Functie: {func}
E-mailadres: {email}

Onthaal met koffie vanaf 9.30 uur, start om 10 uur.

Tot dan!
Kenniscentrum Vlaamse Steden

Dit is een automatisch verzonden bericht."""


def inv_header_outlook():
    return outlook_block(("Linda Boudry", LINDA_ADDR), INV_DATE, "Linda Boudry", SUBJ)


def R(name, muni, func, email):
    return {"name": name, "municipality": muni, "function": func, "email": email}


MESSAGES = []


def add(kind, registrants, review, note, raw):
    MESSAGES.append((kind, registrants, review, note, raw))


# ---------------------------------------------------------------- 001
n = 1
d0 = dt(9, 8, 41)
d1 = dt(9, 9, 3)
d2 = dt(12, 10, 17)
body = f"""Dag Linda,

Graag een inschrijving voor onze burgemeester voor het seminarie van
7 december, zie zijn vraag hieronder.

Met vriendelijke groet,

Nathalie Dewulf
Secretariaat burgemeester
Stad Torhout

{outlook_block(("Koen Vervaet", "koen.vervaet@torhout.be"), d1, "Nathalie Dewulf", "FW: " + SUBJ)}
Nathalie, kan je mij inschrijven? Dank je.
Koen

Koen Vervaet
Burgemeester | Stad Torhout
Markt 1, 8820 Torhout
koen.vervaet@torhout.be

{outlook_block(("Burgemeester Torhout", "burgemeester@torhout.be"), d0, "Koen Vervaet", "FW: " + SUBJ)}
Ter info, via het algemeen adres van de burgemeester binnengekomen.

{inv_header_outlook()}
{INVITATION}
"""
h = std_headers(
    n,
    addr("Nathalie Dewulf", "nathalie.dewulf@torhout.be"),
    LINDA,
    "FW: FW: " + SUBJ,
    d2,
    "torhout.be",
)
add(
    "registration",
    [R("Koen Vervaet", "Torhout", "burgemeester", "koen.vervaet@torhout.be")],
    False,
    "FW: FW: Outlook chain: a secretary forwards the mayor's 'kan je mij inschrijven?'; fields from the mayor's quoted signature; secretary and the general mayor mailbox are not registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 002
n = 2
d0 = dt(12, 16, 40)
d1 = dt(13, 8, 55)
body = f"""Linda,

Deze inschrijving kwam op het algemene adres binnen. Kan jij ze verwerken?

Pieter

---------- Forwarded message ---------
From: Elke Goossens <elke.goossens@mechelen.be>
Date: {nl_gmail(d0)}
Subject: inschrijving seminarie 7 december
To: <info@kcvs.be>


Beste,

Graag schrijf ik mij in voor het seminarie "Stadsorganisaties in transitie".

Naam: Elke Goossens
Stad / gemeente: Mechelen
Functie: beleidsmedewerker organisatieontwikkeling
E-mailadres: elke.goossens@mechelen.be

Vriendelijke groeten,
Elke Goossens
"""
h = std_headers(
    n,
    addr("Pieter Wouters", "pieter.wouters@kcvs.be"),
    LINDA,
    "Fwd: inschrijving seminarie 7 december",
    d1,
    "kcvs.be",
)
add(
    "registration",
    [
        R(
            "Elke Goossens",
            "Mechelen",
            "beleidsmedewerker organisatieontwikkeling",
            "elke.goossens@mechelen.be",
        )
    ],
    False,
    "Gmail '---------- Forwarded message ---------': a KCVS colleague forwards a registration that was sent to info@kcvs.be; the forwarder is not registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 003
n = 3
dc = dt(14, 11, 2)
d1 = dt(26, 17, 48)
body = f"""Beste Linda,

Door een dringende commissie die op 7 december werd gepland, moet ik helaas
afzeggen voor het seminarie. Sorry voor het late bericht.

Groeten,
Hilde Claes

-----Oorspronkelijk bericht-----
Van: Kenniscentrum Vlaamse Steden [mailto:{LINDA_ADDR}]
Verzonden: {nl_long(dc)}
Aan: Hilde Claes
Onderwerp: {CONF_SUBJ}

{confirmation("Hilde Claes", "Hasselt", "teamcoach HR", "hilde.claes@hasselt.be")}
"""
h = std_headers(
    n, addr("Claes Hilde", "hilde.claes@hasselt.be"), LINDA, "RE: " + CONF_SUBJ, d1, "hasselt.be"
)
add(
    "cancellation",
    [R("Hilde Claes", "Hasselt", "teamcoach HR", "hilde.claes@hasselt.be")],
    False,
    "top-posted 'moet ik helaas afzeggen' above her own quoted confirmation ('-----Oorspronkelijk bericht-----'); details from the confirmation",
    message(h, body=body),
)

# ---------------------------------------------------------------- 004
n = 4
d0 = dt(13, 9, 12)
d1 = dt(13, 14, 30)
orig = """Dag Dirk,

Ik zou graag naar dit seminarie gaan, het sluit mooi aan bij ons traject.
Mag ik? Mijn gegevens:

Naam: Sofie Jacobs
Stad / gemeente: Genk
Functie: projectleider organisatieontwikkeling
E-mailadres: sofie.jacobs@genk.be

Groetjes,
Sofie"""
body = f"""Dag Linda,

Graag een inschrijving voor Sofie, zie haar bericht hieronder.
Ik kom ook.

Dirk Schepers
Departementshoofd Organisatie
Stad Genk

Begin doorgestuurd bericht:

Van: Sofie Jacobs <sofie.jacobs@genk.be>
Onderwerp: seminarie KCVS 7/12
Datum: {d0.day} november 2018 om {d0.hour:02d}:{d0.minute:02d}:{d0.second:02d} CET
Aan: Dirk Schepers <dirk.schepers@genk.be>

{orig}
"""
h = std_headers(
    n,
    addr("Dirk Schepers", "dirk.schepers@genk.be"),
    LINDA,
    "Doorgestuurd: seminarie KCVS 7/12",
    d1,
    "genk.be",
    extra=[("X-Mailer", "Apple Mail (2.3445.9.1)")],
)
add(
    "registration",
    [
        R("Sofie Jacobs", "Genk", "projectleider organisatieontwikkeling", "sofie.jacobs@genk.be"),
        R("Dirk Schepers", "Genk", "departementshoofd Organisatie", "dirk.schepers@genk.be"),
    ],
    False,
    "Apple Mail 'Begin doorgestuurd bericht:': the forwarded colleague plus the forwarder, who adds 'Ik kom ook' (fields from his signature, address = sender)",
    message(h, body=body),
)

# ---------------------------------------------------------------- 005
n = 5
d0 = dt(14, 10, 5)
d1 = dt(14, 13, 22)
body = f"""Dag Linda,

Hieronder de vraag van Tom, schrijf hem gerust in. Ikzelf kan die dag
niet, ik zit in een selectiejury.

Annelies Maes
Diensthoofd personeel
Stad Lokeren


-------- Doorgestuurd bericht --------
Onderwerp: 	seminarie Stadsorganisaties in transitie
Datum: 	Wed, {d0.day} Nov 2018 {d0.hour:02d}:{d0.minute:02d}:{d0.second:02d} +0100
Van: 	Tom Van Damme <tom.vandamme@lokeren.be>
Aan: 	Annelies Maes <annelies.maes@lokeren.be>



Hoi Annelies,

Kun jij me inschrijven voor het seminarie van het kenniscentrum op
7 december? Functie mag je zetten als HR-businesspartner.

Tom
"""
h = std_headers(
    n,
    addr("Annelies Maes", "annelies.maes@lokeren.be"),
    LINDA,
    "Fwd: seminarie Stadsorganisaties in transitie",
    d1,
    "lokeren.be",
    extra=[
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
        )
    ],
)
add(
    "registration",
    [R("Tom Van Damme", "Lokeren", "HR-businesspartner", "tom.vandamme@lokeren.be")],
    False,
    "Thunderbird '-------- Doorgestuurd bericht --------': registrant is the forwarded writer (address from the forwarded Van: line); forwarder says 'Ikzelf kan die dag niet' = not registered, not a cancellation",
    message(h, body=body),
)

# ---------------------------------------------------------------- 006
n = 6
d0 = dt(15, 8, 19)
d1 = dt(15, 9, 40)
inner = message(
    [
        ("From", addr("Wim Verhaegen", "wim.verhaegen@turnhout.be")),
        ("To", "inschrijvingen@vlaamsesteden.be"),
        ("Subject", "Inschrijving 7 december"),
        ("Date", rfcdate(d0)),
        ("Message-ID", mid(n, "turnhout.be")),
    ],
    body="""Goedemorgen,

Ik schrijf me graag in voor het seminarie 'Stadsorganisaties in transitie'.

Naam: Wim Verhaegen
Stad: Turnhout
Functie: stadssecretaris
Mail: wim.verhaegen@turnhout.be

Met vriendelijke groeten,
Wim Verhaegen
""",
)
top = textpart("""Hoi Linda,

Deze inschrijving is naar een oud adres gestuurd en kwam bij mij terecht
(zie bijlage). Wil jij ze opnemen in de lijst?

Jef
""")
part = multipart(
    "mixed", [top, rfc822part(inner, "Inschrijving 7 december.eml")], "----=_Set26_006_mixed"
)
h = std_headers(
    n, addr("Jef Smets", "jef.smets@kcvs.be"), LINDA, "FW: Inschrijving 7 december", d1, "kcvs.be"
)
add(
    "registration",
    [R("Wim Verhaegen", "Turnhout", "stadssecretaris", "wim.verhaegen@turnhout.be")],
    False,
    "forward as attached .eml (message/rfc822) by a KCVS colleague: registration sent to an old address; the registrant is inside the attachment, the forwarder is not registered",
    message(h, part=part),
)

# ---------------------------------------------------------------- 007
n = 7
dc = dt(12, 9, 31)
d1 = dt(16, 11, 5)
body = f"""Beste Linda,

Mijn collega Bart kreeg onderstaande bevestiging. Ik zou ook graag komen:

Naam: Lien De Smet
Stad / gemeente: Dendermonde
Functie: beleidsmedewerker strategie
E-mailadres: lien.desmet@dendermonde.be

Alvast bedankt,
Lien

{outlook_block(("Bart Cooreman", "bart.cooreman@dendermonde.be"), dt(16, 10, 50), "Lien De Smet", "FW: " + CONF_SUBJ)}
Lien, iets voor jou? Ik ben ingeschreven.

{outlook_block(("Kenniscentrum Vlaamse Steden", LINDA_ADDR), dc, "Bart Cooreman", CONF_SUBJ)}
{confirmation("Bart Cooreman", "Dendermonde", "algemeen directeur", "bart.cooreman@dendermonde.be")}
"""
h = std_headers(
    n,
    addr("Lien De Smet", "lien.desmet@dendermonde.be"),
    LINDA,
    "FW: FW: " + CONF_SUBJ,
    d1,
    "dendermonde.be",
)
add(
    "registration",
    [R("Lien De Smet", "Dendermonde", "beleidsmedewerker strategie", "lien.desmet@dendermonde.be")],
    False,
    "new registration on top of a colleague's quoted confirmation (FW: FW: Bevestiging inschrijving); the colleague in the confirmation is already registered and must not be added again",
    message(h, body=body),
)

# ---------------------------------------------------------------- 008
n = 8
d1 = dt(13, 10, 2)
body = """Goeiedag,

Ik ben afwezig tot en met maandag 19 november en heb geen toegang tot mijn
mailbox. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u terecht bij het secretariaat personeel:
personeel@kortrijk.be of 056 27 80 00.

Met vriendelijke groeten,

Evelien Vanneste
Stafmedewerker HR
Stad Kortrijk
"""
h = std_headers(
    n,
    addr("Evelien Vanneste", "evelien.vanneste@kortrijk.be"),
    LINDA,
    "Automatisch antwoord: FW: FW: " + SUBJ,
    d1,
    "kortrijk.be",
    extra=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<inv-fw2.20181113@kortrijk.be>"),
    ],
)
add(
    "auto_reply",
    [],
    False,
    "out-of-office (Auto-Submitted: auto-replied) to a forwarded-forwarded invitation; signature has name, function and city but nobody registers",
    message(h, body=body),
)

# ---------------------------------------------------------------- 009
n = 9
d1 = dt(13, 15, 27)
body = f"""Linda Boudry schreef op {INV_DATE.day}/11/2018 om 14:02:
{q(INVITATION)}

Graag schrijf ik mij in:

Naam: Ruben Claeys
Stad / gemeente: Oostende
Functie: adviseur personeel en organisatie
E-mailadres: ruben.claeys@oostende.be

Groeten,
Ruben
"""
h = std_headers(
    n,
    addr("Ruben Claeys", "ruben.claeys@oostende.be"),
    LINDA,
    "Re: " + SUBJ,
    d1,
    "oostende.be",
    extra=[("In-Reply-To", "<invitation-20181108@kcvs.be>")],
)
add(
    "registration",
    [
        R(
            "Ruben Claeys",
            "Oostende",
            "adviseur personeel en organisatie",
            "ruben.claeys@oostende.be",
        )
    ],
    False,
    "bottom-posting: the whole invitation quoted with '> ' (empty template) first, the filled-in template below it",
    message(h, body=body),
)

# ---------------------------------------------------------------- 010
n = 10
d1 = dt(14, 9, 58)
inv_lines = q(INVITATION).split("\n")
out = []
for line in inv_lines:
    out.append(line)
    if line == "> Naam:":
        out.append("Katrien Wuyts")
    elif line == "> Stad / gemeente:":
        out.append("Gemeente Mol")
    elif line == "> Functie:":
        out.append("stafmedewerker organisatiebeheersing")
    elif line == "> E-mailadres:":
        out.append("katrien.wuyts@gemeentemol.be")
    elif line.startswith("> Onthaal met koffie"):
        pass
    elif line.startswith("> broodjeslunch"):
        out.append("\nIk blijf graag voor de lunch.\n")
body = (
    "Hallo Linda,\n\nMijn antwoorden staan tussen de regels.\n\nOp 08-11-18 om 14:02 schreef Linda Boudry:\n"
    + "\n".join(out)
    + "\n\nKatrien\n"
)
h = std_headers(
    n,
    addr("Katrien Wuyts", "katrien.wuyts@gemeentemol.be"),
    LINDA,
    "Re: " + SUBJ,
    d1,
    "gemeentemol.be",
    extra=[
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101 Thunderbird/60.2.1")
    ],
)
add(
    "registration",
    [
        R(
            "Katrien Wuyts",
            "Mol",
            "stafmedewerker organisatiebeheersing",
            "katrien.wuyts@gemeentemol.be",
        )
    ],
    False,
    "interleaved reply: answers on unquoted lines between the quoted '> Naam:' ... '> E-mailadres:' lines, plus a lunch remark after the quoted lunch line; 'Gemeente Mol' -> Mol",
    message(h, body=body),
)

# ---------------------------------------------------------------- 011
n = 11
dA = dt(9, 8, 30)
dB = dt(9, 11, 14)
dC = dt(12, 9, 2)
dD = dt(12, 13, 45)
dE = dt(15, 10, 20)
lvl5 = inv_header_outlook() + "\n" + INVITATION
lvl4 = (
    outlook_block(
        ("Secretariaat Algemeen Directeur", "secretariaat.ad@aalst.be"),
        dA,
        "Geert Mertens",
        "FW: " + SUBJ,
    )
    + "\nTer info doorgestuurd.\n\n"
    + lvl5
)
lvl3 = (
    outlook_block(("Geert Mertens", "geert.mertens@aalst.be"), dB, "Evi Baert", "FW: " + SUBJ)
    + """
Evi, iemand van jouw team zou dit best volgen.

Geert Mertens
Algemeen directeur
Stad Aalst

"""
    + lvl4
)
lvl2 = (
    outlook_block(("Evi Baert", "evi.baert@aalst.be"), dC, "Jonas Roels", "FW: " + SUBJ)
    + """
Jonas, wil jij gaan? Ik kan zelf niet op 7/12.

Evi Baert
Diensthoofd HR
Stad Aalst

"""
    + lvl3
)
lvl1 = (
    outlook_block(("Jonas Roels", "jonas.roels@aalst.be"), dD, "Evi Baert", "RE: FW: " + SUBJ)
    + """
Top, ik ga graag. Ik schrijf me zelf in.

Jonas

"""
    + lvl2
)
body = f"""Dag Linda,

Ik schrijf mij graag in voor 7 december.
Jonas Roels - Stad Aalst - teamleider interne dienstverlening - jonas.roels@aalst.be

Met vriendelijke groeten,

Jonas Roels
Teamleider interne dienstverlening
Stad Aalst

{lvl1}"""
h = std_headers(
    n, addr("Jonas Roels", "jonas.roels@aalst.be"), LINDA, "FW: RE: FW: " + SUBJ, dE, "aalst.be"
)
add(
    "registration",
    [R("Jonas Roels", "Aalst", "teamleider interne dienstverlening", "jonas.roels@aalst.be")],
    False,
    "top-posted registration above 5 quoted Outlook levels (own note, head of HR 'ik kan zelf niet', general director, secretariat, invitation); only the newest text counts; no cancellation",
    message(h, body=body),
)

# ---------------------------------------------------------------- 012
n = 12
d1 = dt(15, 16, 3)
body = f"""Hallo,

Ingevuld hieronder.

Groetjes,
Marleen

{inv_header_outlook()}
{invitation_filled("Marleen Vandenberghe", "Ieper", "schepen van personeel", "marleen.vandenberghe@ieper.be")}
"""
h = std_headers(
    n,
    addr("Marleen Vandenberghe", "marleen.vandenberghe@ieper.be"),
    LINDA,
    "RE: " + SUBJ,
    d1,
    "ieper.be",
)
add(
    "registration",
    [R("Marleen Vandenberghe", "Ieper", "schepen van personeel", "marleen.vandenberghe@ieper.be")],
    False,
    "the replier filled in the template INSIDE the quoted invitation (below the Outlook 'Van:' block); new text only says 'Ingevuld hieronder'",
    message(h, body=body),
)

# ---------------------------------------------------------------- 013
n = 13
d0 = dt(13, 8, 12)
d1 = dt(13, 9, 30)
body = f"""Goedemorgen Linda,

Kan je onze algemeen directeur inschrijven voor het seminarie? Zijn vraag
staat hieronder.

Vriendelijke groet,
Ingrid Lambrecht
Directiesecretariaat
Stad Vilvoorde

{owa_block("Peter Van Hoof", d0, "Ingrid Lambrecht", "FW: " + SUBJ)}
Ingrid, kan je mij inschrijven? Bedankt!

Peter Van Hoof
algemeen directeur
Stad Vilvoorde | Grote Markt, 1800 Vilvoorde
T 02 255 46 00 | peter.vanhoof@vilvoorde.be

{owa_block("Linda Boudry", INV_DATE, "Linda Boudry", SUBJ)}
{INVITATION}
"""
h = std_headers(
    n,
    addr("Ingrid Lambrecht", "ingrid.lambrecht@vilvoorde.be"),
    LINDA,
    "FW: FW: " + SUBJ,
    d1,
    "vilvoorde.be",
)
add(
    "registration",
    [R("Peter Van Hoof", "Vilvoorde", "algemeen directeur", "peter.vanhoof@vilvoorde.be")],
    False,
    "Outlook on the web forward (underscore line, 'Van:' with display name only): secretary forwards the director's 'kan je mij inschrijven?'; his address only in his quoted signature",
    message(h, body=body),
)

# ---------------------------------------------------------------- 014
n = 14
d0 = dt(14, 15, 12)
d1 = dt(14, 16, 40)
body = f"""Ter info: de offerte van de traiteur voor 7/12. Ik heb ze al
goedgekeurd, 80 broodjes en soep. Het definitieve aantal mag tot 4/12.

Jef

-----Oorspronkelijk bericht-----
Van: Traiteur De Smaak [mailto:info@traiteurdesmaak.be]
Verzonden: {nl_long(d0)}
Aan: Jef Smets
Onderwerp: offerte broodjeslunch 7 december

Beste,

In bijlage onze offerte voor de broodjeslunch van vrijdag 7 december in
Permeke (ca. 80 personen). Gelieve het definitieve aantal door te geven
uiterlijk dinsdag 4 december.

Met vriendelijke groeten,
Traiteur De Smaak
"""
h = std_headers(
    n,
    addr("Jef Smets", "jef.smets@kcvs.be"),
    LINDA,
    "FW: offerte broodjeslunch 7 december",
    d1,
    "kcvs.be",
)
add(
    "other",
    [],
    False,
    "internal KCVS forward of the caterer's quote for the lunch: about the event but informational only; no registration, nothing for the worker to answer",
    message(h, body=body),
)

# ---------------------------------------------------------------- 015
n = 15
dA = dt(9, 10, 0)
dB = dt(12, 8, 47)
d1 = dt(16, 14, 11)
body = f"""Beste,

Ik schrijf me graag in voor het seminarie.

Naam: Nele Van Goethem
Stad / gemeente: Sint-Niklaas
Functie: beleidscoördinator interne organisatie
E-mailadres: nele.vangoethem@sint-niklaas.be

Met vriendelijke groeten,
Nele Van Goethem

-----Oorspronkelijk bericht-----
Van: Bram De Vos [mailto:bram.devos@sint-niklaas.be]
Verzonden: {nl_long(dB)}
Aan: DL Departement Organisatie
Onderwerp: FW: FW: {SUBJ}

Ter info, wie interesse heeft kan zich rechtstreeks inschrijven.

Bram De Vos
Departementshoofd Organisatie
Stad Sint-Niklaas

-----Oorspronkelijk bericht-----
Van: Sandra Verstraeten [mailto:sandra.verstraeten@sint-niklaas.be]
Verzonden: {nl_long(dA)}
Aan: Bram De Vos
Onderwerp: FW: {SUBJ}

Bram, voor jouw departement?

Sandra Verstraeten
Secretariaat algemeen directeur

-----Oorspronkelijk bericht-----
Van: Linda Boudry [mailto:{LINDA_ADDR}]
Verzonden: {nl_long(INV_DATE)}
Aan: Linda Boudry
Onderwerp: {SUBJ}

{INVITATION}
"""
h = std_headers(
    n,
    addr("Nele Van Goethem", "nele.vangoethem@sint-niklaas.be"),
    LINDA,
    "FW: FW: FW: " + SUBJ,
    d1,
    "sint-niklaas.be",
)
add(
    "registration",
    [
        R(
            "Nele Van Goethem",
            "Sint-Niklaas",
            "beleidscoördinator interne organisatie",
            "nele.vangoethem@sint-niklaas.be",
        )
    ],
    False,
    "FW: FW: FW: three '-----Oorspronkelijk bericht-----' levels with the earlier forwarders' signatures; only the newest forwarder registers (labelled fields on top)",
    message(h, body=body, cte="quoted-printable"),
)

# ---------------------------------------------------------------- 016
n = 16
dc = dt(13, 14, 20)
dA = dt(27, 8, 5)
d1 = dt(27, 9, 12)
body = f"""Dag Linda,

Zie hieronder: schepen Coppens moet helaas afzeggen voor het seminarie van
7 december. Het college werd verplaatst.

Vriendelijke groeten,
Veerle Huybrechts
Kabinet schepen Coppens
Gemeente Brasschaat

{outlook_block(("Marc Coppens", "marc.coppens@brasschaat.be"), dA, "Veerle Huybrechts", "FW: " + CONF_SUBJ)}
Veerle, ik kan niet meer op 7/12. Wil jij mij afmelden?
Marc

{outlook_block(("Kenniscentrum Vlaamse Steden", LINDA_ADDR), dc, "Marc Coppens", CONF_SUBJ)}
{confirmation("Marc Coppens", "Brasschaat", "schepen van financiën", "marc.coppens@brasschaat.be")}
"""
h = std_headers(
    n,
    addr("Veerle Huybrechts", "veerle.huybrechts@brasschaat.be"),
    LINDA,
    "FW: FW: " + CONF_SUBJ,
    d1,
    "brasschaat.be",
)
add(
    "cancellation",
    [R("Marc Coppens", "Brasschaat", "schepen van financiën", "marc.coppens@brasschaat.be")],
    False,
    "a cabinet secretary forwards the alderman's 'wil jij mij afmelden?' with his quoted confirmation; the alderman is cancelled, not the forwarder",
    message(h, body=body),
)

# ---------------------------------------------------------------- 017
n = 17
d0 = dt(12, 16, 40)
d1 = dt(12, 21, 3)
body = f"""Oeps, ik had een tikfout in het adres gemaakt. Hieronder mijn inschrijving.

Charlotte

---------- Doorgestuurd bericht ---------
Van: Charlotte Wouters <charlotte.wouters84@gmail.com>
Date: {nl_gmail(d0)}
Subject: Inschrijving seminarie 7 december
To: <linda.boudry@kcsv.be>


Beste Linda,

Graag schrijf ik mij in voor het seminarie 'Stadsorganisaties in transitie'.

Naam: Charlotte Wouters
Stad / gemeente: Leuven
Functie: beleidsmedewerker HR
E-mailadres: charlotte.wouters@leuven.be

(Ik stuur dit van thuis, bevestiging graag naar mijn werkadres.)

Groeten,
Charlotte
"""
h = std_headers(
    n,
    addr("Charlotte Wouters", "charlotte.wouters84@gmail.com"),
    LINDA,
    "Fwd: Inschrijving seminarie 7 december",
    d1,
    "mail.gmail.com",
)
add(
    "registration",
    [R("Charlotte Wouters", "Leuven", "beleidsmedewerker HR", "charlotte.wouters@leuven.be")],
    False,
    "Dutch Gmail '---------- Doorgestuurd bericht ---------': she re-sends her own registration that went to a misspelt address; sent from a private Gmail, the work address in the body is hers",
    message(h, body=body),
)

# ---------------------------------------------------------------- 018
n = 18
d0 = dt(15, 11, 44)
d1 = dt(15, 15, 2)
body = f"""Beste Linda,

Hierbij de inschrijving van twee collega's voor 7 december.

Greet Van Looy
Team HR
Stad Herentals

-----Oorspronkelijk bericht-----
Van: Jeroen Peeters [mailto:jeroen.peeters@herentals.be]
Verzonden: {nl_long(d0)}
Aan: Greet Van Looy
CC: Tine Verboven
Onderwerp: seminarie Permeke

Dag Greet,

Tine en ik willen graag naar het seminarie in Permeke. Kan je ons inschrijven?

Jeroen Peeters - stafmedewerker ICT - jeroen.peeters@herentals.be
Tine Verboven - coördinator dienstverlening - tine.verboven@herentals.be

Bedankt!
Jeroen
"""
h = std_headers(
    n,
    addr("Greet Van Looy", "greet.vanlooy@herentals.be"),
    LINDA,
    "FW: seminarie Permeke",
    d1,
    "herentals.be",
)
add(
    "registration",
    [
        R("Jeroen Peeters", "Herentals", "stafmedewerker ICT", "jeroen.peeters@herentals.be"),
        R(
            "Tine Verboven",
            "Herentals",
            "coördinator dienstverlening",
            "tine.verboven@herentals.be",
        ),
    ],
    False,
    "'-----Oorspronkelijk bericht-----' forward by HR of a mail asking to register two colleagues (one line each); the HR forwarder is not registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 019
n = 19
dc = dt(16, 10, 12)
d1 = dt(16, 10, 13)
orig_conf = message(
    [
        ("From", addr("Kenniscentrum Vlaamse Steden", LINDA_ADDR)),
        ("To", "stefaan.devos@ninove.be"),
        ("Subject", CONF_SUBJ),
        ("Date", rfcdate(dc)),
        ("Message-ID", "<conf-019.20181116@kcvs.be>"),
        ("Auto-Submitted", "auto-generated"),
    ],
    body=confirmation(
        "Stefaan De Vos", "Ninove", "diensthoofd financiën", "stefaan.devos@ninove.be"
    ),
)
report_text = textpart("""This is the mail system at host mail.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<stefaan.devos@ninove.be>: host mx.ninove.be[193.191.12.40] said: 550 5.1.1
    <stefaan.devos@ninove.be>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""")
status = (
    "Content-Type: message/delivery-status",
    f"""Reporting-MTA: dns; mail.kcvs.be
X-Postfix-Queue-ID: 4A1F23C0D2
Arrival-Date: {rfcdate(dc)}

Final-Recipient: rfc822; stefaan.devos@ninove.be
Original-Recipient: rfc822;stefaan.devos@ninove.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ninove.be
Diagnostic-Code: smtp; 550 5.1.1 <stefaan.devos@ninove.be>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
)
part = multipart(
    "report",
    [
        report_text,
        status,
        ("Content-Type: message/rfc822\nContent-Description: Undelivered Message", orig_conf),
    ],
    "4A1F23C0D2.1542359593/mail.kcvs.be",
    extra_ct=" report-type=delivery-status;",
)
h = std_headers(
    n,
    "MAILER-DAEMON@mail.kcvs.be (Mail Delivery System)",
    LINDA_ADDR,
    "Undelivered Mail Returned to Sender",
    d1,
    "mail.kcvs.be",
    extra=[("Auto-Submitted", "auto-replied")],
)
add(
    "bounce",
    [],
    False,
    "Postfix multipart/report delivery-status for an automatic confirmation; the returned confirmation (with all four labelled fields) is attached and must not become a registration; bounce wins over Auto-Submitted",
    message(h, part=part),
)

# ---------------------------------------------------------------- 020
n = 20
d0 = dt(19, 8, 35)
d1 = dt(19, 11, 50)
body = f"""Goedemiddag,

Graag schrijf ik schepen Vermeulen (in cc) in voor het seminarie van
7 december. Zie haar vraag hieronder.

Met vriendelijke groeten,
Kim Geens
Secretariaat college
Stad Geel

-----Oorspronkelijk bericht-----
Van: An Vermeulen [mailto:an.vermeulen@geel.be]
Verzonden: {nl_long(d0)}
Aan: Kim Geens
Onderwerp: FW: {SUBJ}

Kim, kan je mij inschrijven? Ook voor de lunch.
An

An Vermeulen
Schepen van personeel en organisatie
Stad Geel

-----Oorspronkelijk bericht-----
Van: Linda Boudry [mailto:{LINDA_ADDR}]
Verzonden: {nl_long(INV_DATE)}
Aan: Linda Boudry
Onderwerp: {SUBJ}

{INVITATION}
"""
h = std_headers(
    n,
    addr("Kim Geens", "kim.geens@geel.be"),
    LINDA,
    "FW: FW: " + SUBJ,
    d1,
    "geel.be",
    cc=addr("An Vermeulen", "an.vermeulen@geel.be"),
)
add(
    "registration",
    [R("An Vermeulen", "Geel", "schepen van personeel en organisatie", "an.vermeulen@geel.be")],
    False,
    "secretary forwards the alderman's quoted 'kan je mij inschrijven?'; the alderman is in Cc ('in cc') and in the quoted Van: line; the secretary is not registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 021
n = 21
d0 = dt(16, 9, 20)
d1 = dt(19, 14, 4)
body = f"""Dag Linda,

Ik kreeg dit van mijn collega Liesbeth. Ik kom ook graag!

Stijn Goris
Beleidsmedewerker personeel
Gemeente Kapellen
03 660 66 00

{outlook_block(("Liesbeth Van Gorp", "liesbeth.vangorp@kapellen.be"), d0, "Stijn Goris", "FW: " + SUBJ)}
Stijn, ik heb me al ingeschreven. Misschien ook iets voor jou?

{inv_header_outlook()}
{INVITATION}
"""
h = std_headers(
    n, addr("Stijn Goris", "stijn.goris@kapellen.be"), LINDA, "FW: FW: " + SUBJ, d1, "kapellen.be"
)
add(
    "registration",
    [R("Stijn Goris", "Kapellen", "beleidsmedewerker personeel", "stijn.goris@kapellen.be")],
    False,
    "forwarder adds 'Ik kom ook graag!' above a colleague's forward ('ik heb me al ingeschreven'); only the forwarder registers, fields from his signature, address = sender",
    message(h, body=body),
)

# ---------------------------------------------------------------- 022
n = 22
dc = dt(20, 9, 15)
d1 = dt(20, 9, 44)
body = f"""Bedankt, tot dan!

Els

Op {nl_gmail(dc).replace(" om", ",")} schreef Kenniscentrum Vlaamse Steden <{LINDA_ADDR}>:
{q(confirmation("Els Jorissen", "Bilzen", "deskundige HR", "els.jorissen@bilzen.be"))}
"""
h = std_headers(
    n, addr("Els Jorissen", "els.jorissen@bilzen.be"), LINDA, "Re: " + CONF_SUBJ, d1, "bilzen.be"
)
add(
    "other",
    [],
    False,
    "'Bedankt, tot dan!' reply to her own confirmation; the quoted confirmation repeats all four labelled fields but nobody new registers",
    message(h, body=body),
)

# ---------------------------------------------------------------- 023
n = 23
d0 = dt(19, 16, 2)
d1 = dt(20, 8, 25)
body = f"""Hi Linda,

Forwarding this for Michiel, he sent it to me instead of you.

Kind regards,
Evelien

Evelien Hendrickx
Stad Tienen

From: Michiel Lenaerts <michiel.lenaerts@tienen.be>
Sent: {en_long(d0)}
To: Evelien Hendrickx <evelien.hendrickx@tienen.be>
Subject: inschrijving seminarie KCVS

Hallo,

Hierbij mijn inschrijving voor 7 december:
Naam: Michiel Lenaerts
Stad / gemeente: Tienen
Functie: directeur vrije tijd
E-mailadres: michiel.lenaerts@tienen.be

Michiel
"""
h = std_headers(
    n,
    addr("Evelien Hendrickx", "evelien.hendrickx@tienen.be"),
    LINDA,
    "FW: inschrijving seminarie KCVS",
    d1,
    "tienen.be",
)
add(
    "registration",
    [R("Michiel Lenaerts", "Tienen", "directeur vrije tijd", "michiel.lenaerts@tienen.be")],
    False,
    "English-locale Outlook forward ('From: / Sent: / To: / Subject:') of a registration sent to the wrong colleague; the forwarder is not registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 024
n = 24
d0 = dt(22, 7, 58)
d1 = dt(22, 9, 10)
body = f"""Linda, deze afmelding kwam bij mij binnen.

Pieter

---------- Forwarded message ---------
From: Joke Desmet <joke.desmet@waregem.be>
Date: {nl_gmail(d0)}
Subject: afmelding seminarie 7/12
To: Pieter Wouters <pieter.wouters@kcvs.be>


Beste,

Ik ben ingeschreven voor het seminarie van 7 december, maar moet helaas
afzeggen wegens ziekte.

Met vriendelijke groeten,
Joke Desmet
Diensthoofd burgerzaken
Stad Waregem
"""
h = std_headers(
    n,
    addr("Pieter Wouters", "pieter.wouters@kcvs.be"),
    LINDA,
    "Fwd: afmelding seminarie 7/12",
    d1,
    "kcvs.be",
)
add(
    "cancellation",
    [R("Joke Desmet", "Waregem", "diensthoofd burgerzaken", "joke.desmet@waregem.be")],
    False,
    "Gmail forward by a KCVS colleague of a cancellation sent to him instead of the organiser; the writer of the forwarded mail is cancelled",
    message(h, body=body),
)

# ---------------------------------------------------------------- 025
n = 25
d1 = dt(20, 13, 33)
out = []
for line in q(INVITATION).split("\n"):
    out.append(line)
    if line.startswith("> broodjeslunch"):
        out.append("\nIk blijf graag voor de lunch (vegetarisch graag).\n")
    if line == "> E-mailadres:":
        out.append("\nJelle Vandamme, Stad Deinze, coördinator welzijn, jelle.vandamme@deinze.be\n")
body = (
    f"""Dag Linda,

Zie mijn antwoorden in de tekst.

-----Original Message-----
From: Linda Boudry <{LINDA_ADDR}>
Sent: {en_long(INV_DATE)}
Subject: {SUBJ}

"""
    + "\n".join(out)
    + "\n\nJelle\n"
)
h = std_headers(
    n, addr("Jelle Vandamme", "jelle.vandamme@deinze.be"), LINDA, "RE: " + SUBJ, d1, "deinze.be"
)
add(
    "registration",
    [R("Jelle Vandamme", "Deinze", "coördinator welzijn", "jelle.vandamme@deinze.be")],
    False,
    "interleaved reply: the details as one comma-separated line right after the quoted empty template, a lunch remark after the quoted lunch line",
    message(h, body=body),
)

# ---------------------------------------------------------------- 026
n = 26
dc = dt(14, 16, 20)
d1 = dt(14, 16, 21)
body = f"""Dit is een automatisch antwoord.

Ik ben met verlof tot en met vrijdag 23 november. Uw bericht wordt na mijn
terugkeer behandeld.

Mieke Hermans
Stad Zottegem

> Van: Kenniscentrum Vlaamse Steden <{LINDA_ADDR}>
> Onderwerp: {CONF_SUBJ}
>
{q(confirmation("Mieke Hermans", "Zottegem", "beleidscoördinator", "mieke.hermans@zottegem.be"))}
"""
h = std_headers(
    n,
    addr("Mieke Hermans", "mieke.hermans@zottegem.be"),
    LINDA,
    "Afwezig: " + CONF_SUBJ,
    d1,
    "zottegem.be",
    extra=[("X-Auto-Response-Suppress", "DR, OOF, AutoReply")],
)
add(
    "auto_reply",
    [],
    False,
    "absence reply without RFC 3834 headers (subject 'Afwezig:', body 'Dit is een automatisch antwoord'); it quotes her confirmation with all four fields: no registration, no cancellation",
    message(h, body=body),
)

# ---------------------------------------------------------------- 027
n = 27
d0 = dt(20, 17, 5)
d1 = dt(21, 8, 47)
inner = message(
    [
        ("From", addr("Filip Dekeyser", "filip.dekeyser@knokke-heist.be")),
        ("To", addr("Eva Martens", "eva.martens@knokke-heist.be")),
        ("Subject", "FW: " + SUBJ),
        ("Date", rfcdate(d0)),
        ("Message-ID", mid(n, "knokke-heist.be")),
    ],
    body=f"""Eva, kan je mij inschrijven voor dit? Dank.
Filip

Filip Dekeyser
Schepen van personeel
Gemeente Knokke-Heist

{inv_header_outlook()}
{INVITATION}
""",
)
top = textpart("""Dag Linda,

Zie bijlage: graag een inschrijving voor onze schepen.

Eva Martens
Secretariaat
""")
part = multipart(
    "mixed", [top, rfc822part(inner, "FW Uitnodiging seminarie.eml")], "----=_Set26_027_mixed"
)
h = std_headers(
    n,
    addr("Eva Martens", "eva.martens@knokke-heist.be"),
    LINDA,
    "FW: FW: " + SUBJ,
    d1,
    "knokke-heist.be",
)
add(
    "registration",
    [
        R(
            "Filip Dekeyser",
            "Knokke-Heist",
            "schepen van personeel",
            "filip.dekeyser@knokke-heist.be",
        )
    ],
    False,
    "secretary attaches the alderman's 'kan je mij inschrijven?' as message/rfc822; his fields from the attached mail's From and signature; the attachment also quotes the empty template",
    message(h, part=part),
)

# ---------------------------------------------------------------- 028
n = 28
d0 = dt(21, 10, 2)
d1 = dt(21, 10, 30)
body = f"""Beste Linda,

Onze schepen is ingeschreven (zie onder). Hij vraagt of er parking is in de
buurt van Permeke, we komen met de wagen uit Lommel.

Groeten,
Ann Swinnen
Secretariaat
Stad Lommel

{outlook_block(("Jan Vanderheyden", "jan.vanderheyden@lommel.be"), d0, "Ann Swinnen", "FW: " + CONF_SUBJ)}
Ann, kan je eens vragen of er parking is? Jan

{outlook_block(("Kenniscentrum Vlaamse Steden", LINDA_ADDR), dt(15, 11, 9), "Jan Vanderheyden", CONF_SUBJ)}
{confirmation("Jan Vanderheyden", "Lommel", "schepen van personeel", "jan.vanderheyden@lommel.be")}
"""
h = std_headers(
    n, addr("Ann Swinnen", "ann.swinnen@lommel.be"), LINDA, "FW: FW: " + CONF_SUBJ, d1, "lommel.be"
)
add(
    "other",
    [],
    True,
    "forwarded chain with a parking question about an already registered alderman (his confirmation quoted); no new registration, but a person must answer",
    message(h, body=body),
)

# ---------------------------------------------------------------- 029
n = 29
dA = dt(9, 9, 15)
dB = dt(9, 13, 2)
dc = dt(12, 9, 40)
dD = dt(12, 10, 3)
dE = dt(21, 15, 58)
lvl5 = inv_header_outlook() + "\n" + INVITATION
lvl4 = (
    outlook_block(("Frank Aerts", "frank.aerts@mortsel.be"), dA, "Team Personeel", "FW: " + SUBJ)
    + "\nWie gaat er mee?\n\n"
    + lvl5
)
lvl3 = (
    outlook_block(
        ("Bieke Janssens", "bieke.janssens@mortsel.be"), dB, "Frank Aerts", "RE: FW: " + SUBJ
    )
    + "\nIk twijfel nog, ga jij?\n\n"
    + lvl4
)
lvl2 = (
    outlook_block(("Kenniscentrum Vlaamse Steden", LINDA_ADDR), dc, "Frank Aerts", CONF_SUBJ)
    + "\n"
    + confirmation("Frank Aerts", "Mortsel", "diensthoofd personeel", "frank.aerts@mortsel.be")
    + "\n\n"
    + lvl3
)
lvl1 = (
    outlook_block(
        ("Frank Aerts", "frank.aerts@mortsel.be"), dD, "Bieke Janssens", "FW: " + CONF_SUBJ
    )
    + "\nIk ben ingeschreven, zie bevestiging.\n\n"
    + lvl2
)
body = f"""Hallo Linda,

Mag ik mij ook nog inschrijven?

Naam: Bieke Janssens
Stad / gemeente: Mortsel
Functie: deskundige personeel
E-mailadres: bieke.janssens@mortsel.be

Dank je!
Bieke

{lvl1}"""
h = std_headers(
    n,
    addr("Bieke Janssens", "bieke.janssens@mortsel.be"),
    LINDA,
    "FW: FW: " + CONF_SUBJ,
    dE,
    "mortsel.be",
)
add(
    "registration",
    [R("Bieke Janssens", "Mortsel", "deskundige personeel", "bieke.janssens@mortsel.be")],
    False,
    "top-posted registration above 5 quoted levels, one of them a colleague's confirmation with all four labelled fields; only the newest text counts",
    message(h, body=body),
)

# ---------------------------------------------------------------- 030
n = 30
dc = dt(13, 11, 50)
d1 = dt(23, 12, 5)
body = f"""Beste Linda,

Ik kan helaas niet meer komen op 7 december. Mijn collega Dries Van den Bossche
(dries.vandenbossche@ninove.be), beleidsmedewerker HR, komt in mijn plaats.

Groeten,
Katleen Pauwels

{outlook_block(("Kenniscentrum Vlaamse Steden", LINDA_ADDR), dc, "Katleen Pauwels", CONF_SUBJ)}
{confirmation("Katleen Pauwels", "Ninove", "stafmedewerker personeel", "katleen.pauwels@ninove.be")}
"""
h = std_headers(
    n,
    addr("Katleen Pauwels", "katleen.pauwels@ninove.be"),
    LINDA,
    "FW: " + CONF_SUBJ,
    d1,
    "ninove.be",
)
add(
    "cancellation",
    [R("Katleen Pauwels", "Ninove", "stafmedewerker personeel", "katleen.pauwels@ninove.be")],
    True,
    "substitution in a forwarded confirmation: she cancels and a colleague (with address and function) comes instead; two actions at once, so a person must handle it",
    message(h, body=body),
)

# ---------------------------------------------------------------- 031
n = 31
d0 = dt(21, 9, 0)
d1 = dt(21, 11, 17)
body = f"""Dag Linda,

Graag een inschrijving voor schepen Vanhoutte (zie haar vraag onder). Ik kom
ook mee.

Kunnen we met de wagen tot aan Permeke, of is er een parking in de buurt?

Sander Deprez
Beleidsmedewerker personeel & organisatie
Stad Harelbeke

{outlook_block(("Ria Vanhoutte", "ria.vanhoutte@harelbeke.be"), d0, "Sander Deprez", "FW: " + SUBJ)}
Sander, schrijf jij mij in? Jij gaat toch ook?

Ria Vanhoutte
Schepen van personeel
Stad Harelbeke

{inv_header_outlook()}
{INVITATION}
"""
h = std_headers(
    n,
    addr("Sander Deprez", "sander.deprez@harelbeke.be"),
    LINDA,
    "FW: FW: " + SUBJ,
    d1,
    "harelbeke.be",
)
add(
    "registration",
    [
        R("Ria Vanhoutte", "Harelbeke", "schepen van personeel", "ria.vanhoutte@harelbeke.be"),
        R(
            "Sander Deprez",
            "Harelbeke",
            "beleidsmedewerker personeel & organisatie",
            "sander.deprez@harelbeke.be",
        ),
    ],
    True,
    "forward of the alderman's request plus 'Ik kom ook mee' by the forwarder (two registrants) AND a parking question: registration that needs review for the question",
    message(h, body=body),
)

# ---------------------------------------------------------------- 032
n = 32
d1 = dt(22, 10, 44)
text = f"""Linda, ik schrijf mij in:
Hanne Van Acker - diensthoofd HR - Stad Eeklo - hanne.vanacker@eeklo.be

Groetjes,
Hanne

{owa_block("Linda Boudry", INV_DATE, "Linda Boudry", SUBJ)}
{INVITATION}
"""
part = multipart(
    "alternative", [textpart(text, cte="quoted-printable"), htmlpart(text)], "_000_set26032eeklo_"
)
h = std_headers(
    n,
    addr("Hanne Van Acker", "hanne.vanacker@eeklo.be"),
    LINDA,
    "FW: " + SUBJ,
    d1,
    "eeklo.be",
    extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
)
add(
    "registration",
    [R("Hanne Van Acker", "Eeklo", "diensthoofd HR", "hanne.vanacker@eeklo.be")],
    False,
    "Outlook on the web forward (multipart/alternative text+HTML): one dash-separated line on top, the forwarded invitation with the empty template below",
    message(h, part=part),
)

# ---------------------------------------------------------------- 033
n = 33
dc = dt(19, 14, 2)
d1 = dt(22, 16, 12)
body = f"""Bedankt! Mijn collega Elise Thys (in cc) wil ook graag komen; zij is
coördinator personeelsbeleid bij onze gemeente.

Patrick

Van: Kenniscentrum Vlaamse Steden <{LINDA_ADDR}>
Verzonden: {nl_long(dc)}
Aan: Patrick Wens <patrick.wens@schoten.be>
Onderwerp: {CONF_SUBJ}

{confirmation("Patrick Wens", "Schoten", "algemeen directeur", "patrick.wens@schoten.be")}
"""
h = std_headers(
    n,
    addr("Patrick Wens", "patrick.wens@schoten.be"),
    LINDA,
    "RE: " + CONF_SUBJ,
    d1,
    "schoten.be",
    cc=addr("Elise Thys", "elise.thys@schoten.be"),
)
add(
    "registration",
    [R("Elise Thys", "Schoten", "coördinator personeelsbeleid", "elise.thys@schoten.be")],
    False,
    "reply to his own quoted confirmation registering a colleague '(in cc)': her address from the Cc header, municipality from the sender's context ('onze gemeente' = Schoten); the sender is already registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 034
n = 34
dA = dt(12, 11, 20)
dc = dt(12, 11, 21)
dB = dt(12, 11, 40)
dC = dt(23, 9, 5)
d1 = dt(23, 9, 50)
lvl5 = orig_block(("Linda Boudry", LINDA_ADDR), INV_DATE, "Linda Boudry", SUBJ) + "\n" + INVITATION
lvl4 = (
    orig_block(("Wouter Maes", "wouter.maes@brugge.be"), dA, "Linda Boudry", "RE: " + SUBJ)
    + """
Beste Linda,

Graag schrijven we ons met twee in:
Wouter Maes, Brugge, stafmedewerker organisatieontwikkeling, wouter.maes@brugge.be
Annick Vermeersch, Brugge, diensthoofd HRM, annick.vermeersch@brugge.be

Wouter

"""
    + lvl5
)
lvl3 = (
    orig_block(("Kenniscentrum Vlaamse Steden", LINDA_ADDR), dc, "Wouter Maes", CONF_SUBJ)
    + "\n"
    + confirmation(
        "Wouter Maes", "Brugge", "stafmedewerker organisatieontwikkeling", "wouter.maes@brugge.be"
    )
    + "\n\n"
    + lvl4
)
lvl2 = (
    orig_block(
        ("Wouter Maes", "wouter.maes@brugge.be"), dB, "Annick Vermeersch", "FW: " + CONF_SUBJ
    )
    + "\nAnnick, we zijn ingeschreven, zie onder.\n\n"
    + lvl3
)
lvl1 = (
    orig_block(
        ("Annick Vermeersch", "annick.vermeersch@brugge.be"),
        dC,
        "Wouter Maes",
        "RE: FW: " + CONF_SUBJ,
    )
    + "\nWouter, de stuurgroep is verplaatst naar 7/12 in de voormiddag. We kunnen dus\nniet naar Antwerpen. Wil jij ons afmelden?\n\n"
    + lvl2
)
body = f"""Beste Linda,

Annick en ik moeten ons helaas allebei verontschuldigen voor 7 december.

Met vriendelijke groeten,
Wouter Maes

{lvl1}"""
h = std_headers(
    n,
    addr("Wouter Maes", "wouter.maes@brugge.be"),
    LINDA,
    "FW: RE: FW: " + CONF_SUBJ,
    d1,
    "brugge.be",
)
add(
    "cancellation",
    [
        R(
            "Wouter Maes",
            "Brugge",
            "stafmedewerker organisatieontwikkeling",
            "wouter.maes@brugge.be",
        ),
        R("Annick Vermeersch", "Brugge", "diensthoofd HRM", "annick.vermeersch@brugge.be"),
    ],
    False,
    "one cancellation for two above 5 quoted levels (colleague's reason, forward, confirmation, their original two-person registration, invitation); details from the quoted registration",
    message(h, body=body),
)

# ---------------------------------------------------------------- 035
n = 35
d1 = dt(22, 20, 14)
filled = invitation_filled(
    "Lieven Bogaert", "Wetteren", "directeur facilitaire diensten", "lieven.bogaert@wetteren.be"
)
body = f"""Ingevuld, zie onder.

Lieven

Verstuurd vanaf mijn iPad

> Op {INV_DATE.day} nov. 2018 om 14:02 heeft Linda Boudry <{LINDA_ADDR}> het volgende geschreven:
>
{q(filled)}
"""
h = std_headers(
    n,
    addr("Lieven Bogaert", "lieven.bogaert@wetteren.be"),
    LINDA,
    "Re: " + SUBJ,
    d1,
    "wetteren.be",
    extra=[("X-Mailer", "iPad Mail (16B92)")],
)
add(
    "registration",
    [
        R(
            "Lieven Bogaert",
            "Wetteren",
            "directeur facilitaire diensten",
            "lieven.bogaert@wetteren.be",
        )
    ],
    False,
    "iPad reply: template filled in inside the '> '-quoted invitation; the new text only says 'Ingevuld, zie onder'",
    message(h, body=body),
)

# ---------------------------------------------------------------- 036
n = 36
d1 = dt(9, 15, 31)
body = f"""Collega's,

Misschien interessant voor jullie. Wie wil gaan, kan zich rechtstreeks
inschrijven bij Linda (in cc). Ikzelf kan niet.

Wim

Wim Loos
Algemeen directeur
Stad Aarschot

{inv_header_outlook()}
{INVITATION}
"""
h = std_headers(
    n,
    addr("Wim Loos", "wim.loos@aarschot.be"),
    "MT Stad Aarschot <mt@aarschot.be>",
    "FW: " + SUBJ,
    d1,
    "aarschot.be",
    cc=LINDA,
)
add(
    "other",
    [],
    False,
    "forward of the invitation to the management team with the organiser in Cc; 'Ikzelf kan niet' from someone never registered is no cancellation; the empty template must not register anyone",
    message(h, body=body),
)

# ---------------------------------------------------------------- 037
n = 37
d0 = dt(23, 11, 2)
d1 = dt(23, 14, 26)
filled = invitation_filled(
    "Ellen Geukens", "Diest", "coördinator interne communicatie", "ellen.geukens@diest.be"
)
body = f"""Linda, zie hieronder.

Jan

{outlook_block(("Ellen Geukens", "ellen.geukens@diest.be"), d0, "Jan Wuyts", "FW: " + SUBJ)}
Jan, ik heb mijn gegevens al ingevuld. Vul jij de jouwe aan en stuur je het door?

Ellen

{inv_header_outlook()}
{filled}
"""
h = std_headers(
    n, addr("Jan Wuyts", "jan.wuyts@diest.be"), LINDA, "FW: FW: " + SUBJ, d1, "diest.be"
)
add(
    "registration",
    [R("Ellen Geukens", "Diest", "coördinator interne communicatie", "ellen.geukens@diest.be")],
    True,
    "the forwarder only writes 'zie hieronder'; a colleague filled in HER details inside the quoted invitation and asked him to add his, which he did not: she registers, whether he also wants to is unclear",
    message(h, body=body),
)

# ---------------------------------------------------------------- 038
n = 38
dc = dt(15, 8, 3)
d1 = dt(28, 8, 12)
body = f"""Op 15-11-18 om 08:03 schreef Kenniscentrum Vlaamse Steden:
{q(confirmation("Bert Ceyssens", "Tongeren", "beleidsmedewerker cultuur", "bert.ceyssens@tongeren.be"))}

Helaas kan ik toch niet komen, er is die dag een gemeenteraadscommissie.
Schrap mij maar van de lijst.

Bert
"""
h = std_headers(
    n,
    addr("Bert Ceyssens", "bert.ceyssens@tongeren.be"),
    LINDA,
    "Re: " + CONF_SUBJ,
    d1,
    "tongeren.be",
    extra=[
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0")
    ],
)
add(
    "cancellation",
    [R("Bert Ceyssens", "Tongeren", "beleidsmedewerker cultuur", "bert.ceyssens@tongeren.be")],
    False,
    "bottom-posted cancellation below his own '> '-quoted confirmation (Thunderbird); details from the quoted confirmation",
    message(h, body=body),
)

# ---------------------------------------------------------------- 039
n = 39
dA = dt(12, 14, 5)
d1 = dt(26, 10, 18)
body = f"""Beste Linda,

Via de stad Mechelen kreeg ik onderstaande uitnodiging. Graag schrijf ik me in:

Naam: Ward Lemmens
Organisatie: Agentschap Binnenlands Bestuur
Functie: beleidsmedewerker lokale besturen
E-mail: ward.lemmens@vlaanderen.be

Met vriendelijke groeten,
Ward Lemmens

{outlook_block(("Elke Goossens", "elke.goossens@mechelen.be"), dA, "Ward Lemmens", "FW: " + SUBJ)}
Ward, dit is misschien ook voor jullie interessant.

Elke Goossens
Beleidsmedewerker organisatieontwikkeling
Stad Mechelen

{inv_header_outlook()}
{INVITATION}
"""
h = std_headers(
    n,
    addr("Lemmens Ward", "ward.lemmens@vlaanderen.be"),
    LINDA,
    "FW: FW: " + SUBJ,
    d1,
    "vlaanderen.be",
)
add(
    "registration",
    [
        R(
            "Ward Lemmens",
            "Agentschap Binnenlands Bestuur",
            "beleidsmedewerker lokale besturen",
            "ward.lemmens@vlaanderen.be",
        )
    ],
    False,
    "registration by someone from a Flemish agency (not a municipality) on top of a forward from a Mechelen contact; the quoted Mechelen signature is not his municipality",
    message(h, body=body),
)

# ---------------------------------------------------------------- 040
n = 40
d1 = dt(26, 13, 59)
body = f"""{outlook_block(("Linda Boudry", LINDA_ADDR), INV_DATE, "Linda Boudry", SUBJ)}
{INVITATION}
"""
h = std_headers(
    n, addr("Sven Debaere", "sven.debaere@menen.be"), LINDA, "FW: " + SUBJ, d1, "menen.be"
)
add(
    "other",
    [],
    True,
    "the invitation forwarded back to the organiser with no text of its own (only the Outlook header block and the empty template); probably meant to register, but nothing to act on: a person must ask",
    message(h, body=body),
)

# ---------------------------------------------------------------- 041
n = 41
d0 = dt(9, 17, 20)
d1 = dt(27, 7, 41)
body = f"""Graag inschrijving: Griet Peeters, algemeen directeur gemeente Boom, griet.peeters@boom.be

Verstuurd vanaf mijn iPhone

Begin doorgestuurd bericht:

> Van: Tom Bogaerts <tom.bogaerts@antwerpen.be>
> Datum: {d0.day} november 2018 om {d0.hour:02d}:{d0.minute:02d}:{d0.second:02d} CET
> Aan: Griet Peeters <griet.peeters@boom.be>
> Onderwerp: Fwd: {SUBJ}
>
> Griet, voor jou? Groet, Tom (Stad Antwerpen)
>
{q(INVITATION)}
"""
h = std_headers(
    n,
    addr("Griet Peeters", "griet.peeters@boom.be"),
    LINDA,
    "Fwd: " + SUBJ,
    d1,
    "boom.be",
    extra=[("X-Mailer", "iPhone Mail (16B92)")],
)
add(
    "registration",
    [R("Griet Peeters", "Boom", "algemeen directeur", "griet.peeters@boom.be")],
    False,
    "iPhone forward ('Begin doorgestuurd bericht:' with '> ' quoted headers) with a one-line registration on top; the quoted Antwerp forwarder is not registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 042
n = 42
d1 = dt(22, 6, 0)
text = """VVSG Nieuwsflash - week 47

Agenda

* 7 december 2018 - Stadsorganisaties in transitie (Kenniscentrum Vlaamse
  Steden), bibliotheek Permeke, Antwerpen. Gratis. Inschrijven tot en met
  2 december bij linda.boudry@kcvs.be met naam, stad / gemeente, functie en
  e-mailadres.

* 11 december 2018 - Lerend netwerk personeelsbeleid, Brussel.

Doorgestuurd door een collega? Schrijf je zelf in op vvsg.be/nieuwsbrief.

U ontvangt deze nieuwsbrief omdat u zich hebt ingeschreven. Afmelden kan via
de link onderaan.
"""
h = std_headers(
    n,
    addr("VVSG Nieuwsflash", "nieuwsbrief@vvsg.be"),
    LINDA_ADDR,
    "VVSG Nieuwsflash week 47: agenda en nieuws",
    d1,
    "mailing.vvsg.be",
    extra=[
        ("List-Id", "VVSG Nieuwsflash <nieuwsflash.vvsg.be>"),
        ("List-Unsubscribe", "<https://www.vvsg.be/nieuwsbrief/afmelden?u=lboudry>"),
        ("Precedence", "bulk"),
    ],
)
add(
    "other",
    [],
    False,
    "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) announcing the seminar and its four fields; 'Afmelden' is unsubscribe; not an auto-reply, not a registration",
    message(h, body=text),
)

# ---------------------------------------------------------------- 043
n = 43
d0 = dt(26, 15, 30)
d1 = dt(27, 10, 2)
inner = message(
    [
        ("From", addr("Joris Timmermans", "joris.timmermans@maaseik.be")),
        ("To", addr("Rita Stevens", "rita.stevens@maaseik.be")),
        ("Subject", "seminarie 7 december"),
        ("Date", rfcdate(d0)),
        ("Message-ID", mid(n, "maaseik.be")),
    ],
    body="""Dag Rita,

Evelyne en ik willen graag naar het seminarie van het kenniscentrum. Kun je
dat doorgeven?

- Joris Timmermans, HR-adviseur, joris.timmermans@maaseik.be
- Evelyne Bosmans, deskundige organisatieontwikkeling, evelyne.bosmans@maaseik.be

Bedankt,
Joris
""",
)
top = textpart(
    """Beste Linda,

In bijlage de inschrijving van twee medewerkers van stad Maaseik.
Ikzelf geraak er helaas niet.

Rita Stevens
Algemeen directeur
Stad Maaseik
""",
    cte="quoted-printable",
)
part = multipart(
    "mixed", [top, rfc822part(inner, "seminarie 7 december.eml")], "----=_Set26_043_mixed"
)
h = std_headers(
    n,
    addr("Rita Stevens", "rita.stevens@maaseik.be"),
    LINDA,
    "FW: seminarie 7 december",
    d1,
    "maaseik.be",
)
add(
    "registration",
    [
        R("Joris Timmermans", "Maaseik", "HR-adviseur", "joris.timmermans@maaseik.be"),
        R(
            "Evelyne Bosmans",
            "Maaseik",
            "deskundige organisatieontwikkeling",
            "evelyne.bosmans@maaseik.be",
        ),
    ],
    False,
    "attached .eml with a two-person list; municipality only in the forwarder's text ('stad Maaseik'); forwarder 'Ikzelf geraak er helaas niet' is not registered and not a cancellation",
    message(h, part=part),
)

# ---------------------------------------------------------------- 044
n = 44
d0 = dt(26, 9, 10)
d1 = dt(27, 11, 36)
body = f"""Op {nl_gmail(d0)} schreef Nathalie Ceulemans <nathalie.ceulemans@sint-truiden.be>:
> Yannick, iets voor jou?
>
> Op {nl_gmail(INV_DATE)} schreef Linda Boudry <{LINDA_ADDR}>:
{q(INVITATION, ">> ")}

Lijkt me interessant. Linda (in aan), graag een inschrijving:

Naam: Yannick Vanderhoven
Stad / gemeente: Sint-Truiden
Functie: beleidsmedewerker financiën
E-mailadres: yannick.vanderhoven@sint-truiden.be

Yannick
"""
h = std_headers(
    n,
    addr("Yannick Vanderhoven", "yannick.vanderhoven@sint-truiden.be"),
    LINDA + ", " + addr("Nathalie Ceulemans", "nathalie.ceulemans@sint-truiden.be"),
    "Re: Fwd: " + SUBJ,
    d1,
    "sint-truiden.be",
)
add(
    "registration",
    [
        R(
            "Yannick Vanderhoven",
            "Sint-Truiden",
            "beleidsmedewerker financiën",
            "yannick.vanderhoven@sint-truiden.be",
        )
    ],
    False,
    "bottom-posting under two quote levels ('> ' colleague, '>> ' invitation with empty template); the registration is at the very bottom; the colleague is not registered",
    message(h, body=body),
)

# ---------------------------------------------------------------- 045
n = 45
dA = dt(27, 16, 2)
dB = dt(28, 8, 15)
d1 = dt(28, 9, 3)
body = f"""Goedemorgen mevrouw Boudry,

Gelieve Dhr. Luc Vandenbroucke, schepen van ICT, in te schrijven voor het
seminarie van 7 december. Zie zijn vraag hieronder.

Met vriendelijke groeten,
Carine Lievens
Secretariaat schepencollege
Stad Geraardsbergen

{outlook_block(("Luc Vandenbroucke", "luc.vandenbroucke@geraardsbergen.be"), dB, "Carine Lievens", "FW: FW: " + SUBJ)}
Carine, kan je mij inschrijven? Ik moet om 14u terug zijn, dus ik blijf niet
voor de lunch. Luc

{outlook_block(("Kabinet burgemeester", "kabinet@geraardsbergen.be"), dA, "Schepencollege", "FW: " + SUBJ)}
Aan de leden van het college, ter info.

{inv_header_outlook()}
{INVITATION}
"""
h = std_headers(
    n,
    addr("Carine Lievens", "carine.lievens@geraardsbergen.be"),
    LINDA,
    "FW: FW: FW: " + SUBJ,
    d1,
    "geraardsbergen.be",
)
add(
    "registration",
    [
        R(
            "Luc Vandenbroucke",
            "Geraardsbergen",
            "schepen van ICT",
            "luc.vandenbroucke@geraardsbergen.be",
        )
    ],
    False,
    "FW: FW: FW: secretary registers 'Dhr.' alderman (honorific dropped) whose 'kan je mij inschrijven?' is quoted; his address from the quoted Van: line; leaving before lunch is no question",
    message(h, body=body),
)


# ---------------------------------------------------------------- write
def main():
    assert len(MESSAGES) == 45, len(MESSAGES)
    for i, (kind, regs, review, note, raw) in enumerate(MESSAGES, 1):
        data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        with open(os.path.join(OUT, f"{i:03d}.eml"), "wb") as f:
            f.write(data)
        label = {"kind": kind, "registrants": regs, "needs_review": review, "note": note}
        with open(os.path.join(OUT, f"{i:03d}.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
