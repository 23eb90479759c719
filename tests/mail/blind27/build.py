#!/usr/bin/env python3
"""Blind set 27: a realistic week (20-26 November 2018) of linda.boudry@kcvs.be's mailbox.

Deterministic: stdlib only, fixed seed, fixed dates. Writes NNN.eml (CRLF) and NNN.json
next to this script. Run: .venv/bin/python tests/mail/blind27/build.py
"""

import base64
import json
import os
import quopri
import random
from email.header import Header

random.seed(27)
OUT = os.path.dirname(os.path.abspath(__file__))
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
INV_SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018"
CONF_SUBJ = "Bevestiging inschrijving: Stadsorganisaties in transitie (7 december)"
INV_MID = "<5BEC1A2E.4F3@kcvs.be>"

INVITATION = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het gratis seminarie
"Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium
van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.
Onthaal met koffie vanaf 9.30 uur, start om 10.00 uur, lunch rond 12.30 uur.

Inschrijven kan tot en met 2 december via linda.boudry@kcvs.be met vermelding van:
Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
"""


def confirmation(first, name, muni, func, email):
    return f"""Beste {first},

Bedankt voor uw inschrijving voor het seminarie "Stadsorganisaties in transitie"
op vrijdag 7 december 2018 (Permeke, De Coninckplein 26, Antwerpen). Wij noteerden:

Naam: {name}
Stad / gemeente: {muni}
Functie: {func}
E-mailadres: {email}

Tot dan!
Linda Boudry
Kenniscentrum Vlaamse Steden
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- MIME helpers
def enc_words(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    n = enc_words(name)
    if n == name and any(c in name for c in ",.()"):
        n = '"%s"' % name
    return f"{n} <{email}>"


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
        if not body.endswith(b"\n"):
            body += b"\n"
    body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    hs = [f'Content-Type: {ctype}; charset="{charset}"{extra}', f"Content-Transfer-Encoding: {cte}"]
    return hs, body


def multi(subtype, parts, extra=""):
    bd = "----=_Part_%d_%d" % (random.randint(100000, 999999), random.randint(1000000, 9999999))
    out = b"This is a multi-part message in MIME format.\r\n\r\n"
    for hs, body in parts:
        out += b"--" + bd.encode() + b"\r\n" + "\r\n".join(hs).encode() + b"\r\n\r\n" + body
        if not body.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + bd.encode() + b"--\r\n"
    return [f'Content-Type: multipart/{subtype};{extra} boundary="{bd}"'], out


def alt(text, html, charset="utf-8", cte="quoted-printable"):
    return multi(
        "alternative",
        [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
    )


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    inner = "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Calibri,sans-serif;font-size:11pt">\n'
        + inner
        + "\n</body></html>\n"
    )


def message(headers, part):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if k == "Subject":
            v = enc_words(v)
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    ph, body = part
    lines.extend(ph)
    return ("\r\n".join(lines) + "\r\n\r\n").encode().replace(b"\n ", b"\r\n ").replace(
        b"\r\r\n", b"\r\n"
    ) + body


def std(frm, date, mid, subject, to=LINDA, cc=None, irt=None, mailer=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", mid)]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    if mailer:
        h.append(mailer)
    h += list(extra)
    return h


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
OUTLOOK14 = ("X-Mailer", "Microsoft Outlook 14.0")
TB = (
    "User-Agent",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
)
APPLE = ("X-Mailer", "Apple Mail (2.3445.100.39)")
IPHONE = ("X-Mailer", "iPhone Mail (16B92)")
GW = ("X-Mailer", "GroupWise Internet Agent 18.0.1")
NOTES = ("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 June 26, 2018")
OWA = ("X-MS-Has-Attach", "")
ROUNDCUBE = ("User-Agent", "Roundcube Webmail/1.3.8")

OUTLOOK_HDR = (
    "Van: Linda Boudry <linda.boudry@kcvs.be>\nVerzonden: woensdag 14 november 2018 10:02\n"
    "Onderwerp: " + INV_SUBJ + "\n"
)


def reg(name, muni, func, email):
    return {"name": name, "municipality": muni, "function": func, "email": email}


MSGS = []


def add(raw, kind, registrants, review, note):
    MSGS.append(
        (raw, {"kind": kind, "registrants": registrants, "needs_review": review, "note": note})
    )


# 001 ---------------------------------------------------------------- Antwerpen, labelled, Outlook alt QP
t = (
    """Beste Linda,

Graag schrijf ik mij in voor het seminarie van 7 december.

Naam: Sofie Verhaegen
Stad / gemeente: Antwerpen
Functie: beleidsmedewerker personeel en organisatie
E-mailadres: sofie.verhaegen@antwerpen.be

Alvast bedankt!

Sofie Verhaegen
Beleidsmedewerker personeel en organisatie
Stad Antwerpen | Grote Markt 1 | 2000 Antwerpen
T 03 338 21 47

-----Oorspronkelijk bericht-----
"""
    + OUTLOOK_HDR
    + "\n"
    + INVITATION
)
add(
    message(
        std(
            addr("Verhaegen Sofie", "Sofie.Verhaegen@antwerpen.be"),
            "Tue, 20 Nov 2018 08:47:12 +0100",
            "<AM5PR0701MB2291A1C3@AM5PR0701MB2291.eurprd07.prod.outlook.com>",
            "RE: " + INV_SUBJ,
            irt=INV_MID,
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [
        reg(
            "Sofie Verhaegen",
            "Antwerpen",
            "beleidsmedewerker personeel en organisatie",
            "sofie.verhaegen@antwerpen.be",
        )
    ],
    False,
    "classic labelled reply above the quoted invitation (empty template and the organiser's address below); From in 'Surname Firstname' order with mixed case",
)

# 002 ---------------------------------------------------------------- newsletter
t = """VVSG Nieuwsflash - 20 november 2018

* Nieuwe gemeenteraden: startpakket voor mandatarissen nu online
* Lokale besturen en de GDPR: de stand van zaken
* Opleiding 'Organisatiebeheersing voor beginners' - nog enkele plaatsen vrij
* Vacatures bij lokale besturen

Lees de volledige nieuwsbrief op www.vvsg.be.

U ontvangt deze nieuwsbrief omdat u ingeschreven bent op VVSG Nieuwsflash.
Uitschrijven: https://www.vvsg.be/nieuwsbrief/afmelden
"""
add(
    message(
        std(
            addr("VVSG", "nieuwsbrief@vvsg.be"),
            "Tue, 20 Nov 2018 09:00:03 +0100",
            "<20181120080003.1F2A3@mailing.vvsg.be>",
            "VVSG Nieuwsflash: startpakket nieuwe mandatarissen",
            to="linda.boudry@kcvs.be",
            extra=[
                ("List-Id", "VVSG Nieuwsflash <nieuwsflash.vvsg.be>"),
                ("List-Unsubscribe", "<https://www.vvsg.be/nieuwsbrief/afmelden?u=8831>"),
                ("Precedence", "bulk"),
            ],
        ),
        alt(t, html_of(t)),
    ),
    "other",
    [],
    False,
    "VVSG newsletter (List-Id, List-Unsubscribe): ordinary work mail, no reply, not the event",
)

# 003 ---------------------------------------------------------------- Gent, sentences, Thunderbird plain
t = """Dag Linda,

Ik zou graag deelnemen aan het seminarie 'Stadsorganisaties in transitie' op 7 december.
Ik ben Pieter-Jan De Smet en ik werk als afdelingshoofd Organisatieontwikkeling bij Stad
Gent. Je kan mij bereiken op pieterjan.desmet@stad.gent.

Vriendelijke groet,
Pieter-Jan
"""
add(
    message(
        std(
            addr("Pieter-Jan De Smet", "pieterjan.desmet@stad.gent"),
            "Tue, 20 Nov 2018 09:31:40 +0100",
            "<3f1c0d2a-7b1e-2e44-9a1d-55c0e2b81f10@stad.gent>",
            "inschrijving seminarie 7/12",
            mailer=TB,
        ),
        leaf("text/plain", t, cte="7bit", extra="; format=flowed"),
    ),
    "registration",
    [
        reg(
            "Pieter-Jan De Smet",
            "Gent",
            "afdelingshoofd Organisatieontwikkeling",
            "pieterjan.desmet@stad.gent",
        )
    ],
    False,
    "all four fields in running sentences, no labels; 'bij Stad Gent' is the organisation, not part of the function",
)

# 004 ---------------------------------------------------------------- Hasselt secretariat, HTML table, 2 people
t = """Geachte mevrouw Boudry,

Namens het kabinet van de burgemeester schrijf ik volgende personen in voor het seminarie van 7 december:

Naam | Functie | E-mail
Hilde Claessens | burgemeester | -
Tom Vrancken | kabinetschef | tom.vrancken@hasselt.be

Stad Hasselt

Met vriendelijke groeten,

Ann Wouters
Secretariaat burgemeester
Stad Hasselt | Limburgplein 1 | 3500 Hasselt
"""
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="NL-BE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Geachte mevrouw Boudry,</p>
<p>Namens het kabinet van de burgemeester schrijf ik volgende personen in voor het seminarie van 7 december:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Naam</th><th>Functie</th><th>E-mail</th></tr>
<tr><td>Hilde Claessens</td><td>burgemeester</td><td>-</td></tr>
<tr><td>Tom Vrancken</td><td>kabinetschef</td><td><a href="mailto:tom.vrancken@hasselt.be">tom.vrancken@hasselt.be</a></td></tr>
</table>
<p>Stad Hasselt</p>
<p>Met vriendelijke groeten,</p>
<p><b>Ann Wouters</b><br>Secretariaat burgemeester<br>Stad Hasselt | Limburgplein 1 | 3500 Hasselt</p>
</body></html>
"""
add(
    message(
        std(
            addr("Wouters Ann", "ann.wouters@hasselt.be"),
            "Tue, 20 Nov 2018 10:05:55 +0100",
            "<DB6PR0601MB2135E0F2C1@DB6PR0601MB2135.eurprd06.prod.outlook.com>",
            "Inschrijving burgemeester en kabinetschef - seminarie 7 december",
            mailer=OUTLOOK,
        ),
        alt(t, h),
    ),
    "registration",
    [
        reg("Hilde Claessens", "Hasselt", "burgemeester", None),
        reg("Tom Vrancken", "Hasselt", "kabinetschef", "tom.vrancken@hasselt.be"),
    ],
    False,
    "mayor's secretariat registers two others in an HTML table (not the sender); mayor has '-' as e-mail, so null",
)

# 005 ---------------------------------------------------------------- auto reply Exchange Dutch
t = """Ik ben afwezig tot en met maandag 26 november 2018 en heb geen toegang tot mijn mails.
Voor dringende zaken kan u terecht bij mijn collega Veerle Dewulf (veerle.dewulf@brugge.be).

Met vriendelijke groet,
Stefaan Goethals
Teamverantwoordelijke HR-beleid
Stad Brugge
"""
add(
    message(
        std(
            addr("Goethals Stefaan", "stefaan.goethals@brugge.be"),
            "Tue, 20 Nov 2018 10:12:07 +0000",
            "<f6a1c8e0a2d84bd0b3d2a9e1c07d1a2b@EXBRU02.brugge.local>",
            "Automatisch antwoord: " + INV_SUBJ,
            irt=INV_MID,
            extra=[
                ("Auto-Submitted", "auto-replied"),
                ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "stefaan.goethals@brugge.be"),
            ],
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "auto_reply",
    [],
    False,
    "Exchange out-of-office with Auto-Submitted: auto-replied; signature and a colleague's address must not register anyone",
)

# 006 ---------------------------------------------------------------- Leuven, signature only
t = (
    """Hallo Linda,

Ik kom graag!

Groetjes,

Karen Peetermans
teamcoach HR
Stad Leuven | Professor Van Overstraetenplein 1 | 3000 Leuven
karen.peetermans@leuven.be | 016 27 25 18

Van: Linda Boudry [mailto:linda.boudry@kcvs.be]
Verzonden: woensdag 14 november 2018 10:02
Onderwerp: """
    + INV_SUBJ
    + "\n\n"
    + INVITATION
)
add(
    message(
        std(
            addr("Karen Peetermans", "karen.peetermans@leuven.be"),
            "Tue, 20 Nov 2018 11:20:31 +0100",
            "<0a9b01d480b2$4c1e2f90$e45a8eb0$@leuven.be>",
            "RE: " + INV_SUBJ,
            irt=INV_MID,
            mailer=OUTLOOK14,
            extra=[("Thread-Index", "AdR8c2xPq9Yb7QkZQcm1lRk2Q0YxBQ==")],
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [reg("Karen Peetermans", "Leuven", "teamcoach HR", "karen.peetermans@leuven.be")],
    False,
    "'Ik kom graag!' with every field in the signature; quoted invitation with empty template below",
)

# 007 ---------------------------------------------------------------- question parking
t = """Goedemiddag,

Ik overweeg om naar het seminarie te komen, maar ik zou met de wagen komen vanuit Turnhout.
Is er parkeergelegenheid aan Permeke of raden jullie een parking in de buurt aan?
Dan schrijf ik me daarna in.

Mvg,
Bert Van Gorp
Stad Turnhout - dienst Personeel
"""
add(
    message(
        std(
            addr("Bert Van Gorp", "bert.vangorp@turnhout.be"),
            "Tue, 20 Nov 2018 13:02:18 +0100",
            "<5BF3F6FA020000A10003A1B2@gw.turnhout.be>",
            "parking seminarie 7 dec?",
            mailer=GW,
        ),
        leaf("text/plain", t, charset="iso-8859-1", cte="quoted-printable"),
    ),
    "other",
    [],
    True,
    "parking question; explicitly not yet a registration ('dan schrijf ik me daarna in'): a person must answer",
)

# 008 ---------------------------------------------------------------- Mechelen, HTML only OWA
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,sans-serif;font-size:10pt">
<div>Beste,</div><div><br></div>
<div>Hierbij mijn inschrijving:</div><div><br></div>
<div><b>Naam:</b> Wim Van den Broeck</div>
<div><b>Stad/gemeente:</b> Mechelen</div>
<div><b>Functie:</b> strategisch coördinator</div>
<div><b>E-mail:</b> <a href="mailto:wim.vandenbroeck@mechelen.be">wim.vandenbroeck@mechelen.be</a></div>
<div><br></div><div>Groeten,</div><div>Wim</div>
</div></body></html>
"""
add(
    message(
        std(
            addr("Van den Broeck Wim", "wim.vandenbroeck@mechelen.be"),
            "Wed, 21 Nov 2018 08:15:44 +0000",
            "<VI1PR07MB3327B6E91F0C@VI1PR07MB3327.eurprd07.prod.outlook.com>",
            "Inschrijving seminarie",
            extra=[OWA, ("X-MS-TNEF-Correlator", "")],
        ),
        leaf("text/html", h, cte="base64"),
    ),
    "registration",
    [
        reg(
            "Wim Van den Broeck",
            "Mechelen",
            "strategisch coördinator",
            "wim.vandenbroeck@mechelen.be",
        )
    ],
    False,
    "HTML-only (base64, Outlook Web App), bold labels with 'Stad/gemeente' and 'E-mail' spelling",
)

# 009 ---------------------------------------------------------------- Kortrijk, 3 people list, latin-1
t = """Beste Linda,

Vanuit Stad Kortrijk schrijven volgende personen zich in voor 7 december:

- Nathalie Desmet, directeur HR (ikzelf)
- Jolien Vandekerckhove, HR-businesspartner, jolien.vandekerckhove@kortrijk.be
- Bram Debrabandere, organisatieontwikkelaar, bram.debrabandere@kortrijk.be

Dank je wel en tot dan,
Nathalie

--
Nathalie Desmet | directeur HR | Stad Kortrijk
Grote Markt 54, 8500 Kortrijk | 056 27 82 00
"""
add(
    message(
        std(
            addr("Nathalie Desmet", "nathalie.desmet@kortrijk.be"),
            "Wed, 21 Nov 2018 09:02:00 +0100",
            "<0b7e01d48168$2aa1c0b0$7fe54210$@kortrijk.be>",
            "inschrijving 3 pers. Kortrijk",
            cc="jolien.vandekerckhove@kortrijk.be, bram.debrabandere@kortrijk.be",
            mailer=OUTLOOK,
        ),
        leaf("text/plain", t, charset="iso-8859-1", cte="8bit"),
    ),
    "registration",
    [
        reg("Nathalie Desmet", "Kortrijk", "directeur HR", "nathalie.desmet@kortrijk.be"),
        reg(
            "Jolien Vandekerckhove",
            "Kortrijk",
            "HR-businesspartner",
            "jolien.vandekerckhove@kortrijk.be",
        ),
        reg(
            "Bram Debrabandere",
            "Kortrijk",
            "organisatieontwikkelaar",
            "bram.debrabandere@kortrijk.be",
        ),
    ],
    False,
    "dash list of three including the sender ('ikzelf', address from From); ISO-8859-1 8bit",
)

# 010 ---------------------------------------------------------------- colleague, unrelated
t = """Hoi Linda,

De teamvergadering van donderdag schuift op naar 14u (Joost heeft 's ochtends de raad van bestuur).
Kan jij de cijfers over de personeelsbarometer meebrengen? Dan kunnen we die samen overlopen.

Thx!
Hanne
"""
add(
    message(
        std(
            addr("Hanne Claeys", "hanne.claeys@kcvs.be"),
            "Wed, 21 Nov 2018 09:40:26 +0100",
            "<AM6PR02MB4215C2D0A8@AM6PR02MB4215.eurprd02.prod.outlook.com>",
            "teamvergadering donderdag -> 14u",
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "other",
    [],
    False,
    "colleague about a team meeting: her own work mail, not the event",
)

# 011 ---------------------------------------------------------------- Brugge alderman, iPad
t = """Beste mevrouw Boudry,

Het onderwerp van uw seminarie sluit mooi aan bij de hervorming die we in Brugge voorbereiden, dus ik ben er graag bij op 7 december.
Mieke Vanhoutte, schepen van personeel en organisatie, Brugge (mieke.vanhoutte@brugge.be).

Met vriendelijke groeten
Mieke Vanhoutte

Verzonden vanaf mijn iPad"""
add(
    message(
        std(
            addr("Mieke Vanhoutte", "mieke.vanhoutte@brugge.be"),
            "Wed, 21 Nov 2018 10:54:09 +0100",
            "<8E2A4C7B-1D3F-4E0A-9C61-3B7F0D2E9A44@brugge.be>",
            "Seminarie 7 december",
            mailer=("X-Mailer", "iPad Mail (16B92)"),
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "registration",
    [
        reg(
            "Mieke Vanhoutte",
            "Brugge",
            "schepen van personeel en organisatie",
            "mieke.vanhoutte@brugge.be",
        )
    ],
    False,
    "alderman writes from her iPad; fields in one comma sentence",
)

# 012 ---------------------------------------------------------------- Oostende cancellation reply to confirmation
c = confirmation(
    "Dirk", "Dirk Vermeersch", "Oostende", "diensthoofd communicatie", "dirk.vermeersch@oostende.be"
)
t = """Beste Linda,

Door een verplaatste collegezitting moet ik helaas afzeggen voor 7 december. Sorry voor het ongemak.

Groeten,
Dirk

Op 16 nov. 2018, om 14:22 heeft Linda Boudry <linda.boudry@kcvs.be> het volgende geschreven:

""" + quote(c)
add(
    message(
        std(
            addr("Dirk Vermeersch", "dirk.vermeersch@oostende.be"),
            "Wed, 21 Nov 2018 11:30:47 +0100",
            "<B1C2D3E4-5F60-4718-8293-A4B5C6D7E8F9@oostende.be>",
            "Re: " + CONF_SUBJ,
            irt="<5BEEC3A1.7D2@kcvs.be>",
            mailer=APPLE,
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "cancellation",
    [reg("Dirk Vermeersch", "Oostende", "diensthoofd communicatie", "dirk.vermeersch@oostende.be")],
    False,
    "cancellation in reply to the confirmation; function and city only in the quoted confirmation (Apple Mail)",
)

# 013 ---------------------------------------------------------------- Sint-Niklaas reg + question
t = """Goeiedag,

Naam: Evelyne Maes
Stad / gemeente: Sint-Niklaas
Functie: adjunct-algemeen directeur
E-mailadres: evelyne.maes@sint-niklaas.be

Ik kom met de trein: is het ver stappen van Antwerpen-Centraal naar Permeke, of neem ik beter de tram?

Vriendelijke groeten,
Evelyne Maes
"""
add(
    message(
        std(
            addr("Maes Evelyne", "evelyne.maes@sint-niklaas.be"),
            "Wed, 21 Nov 2018 13:48:33 +0100",
            "<HE1PR0802MB2298F3A1B0@HE1PR0802MB2298.eurprd08.prod.outlook.com>",
            "Inschrijving + vraagje",
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [
        reg(
            "Evelyne Maes",
            "Sint-Niklaas",
            "adjunct-algemeen directeur",
            "evelyne.maes@sint-niklaas.be",
        )
    ],
    True,
    "complete labelled registration plus a question about the route from the station: register, but a person must answer",
)

# 014 ---------------------------------------------------------------- Lier, GroupWise, mixed sentence + fields
t = """Beste Linda,

Ik wil graag deelnemen aan het seminarie op 7 december.
Mijn gegevens: Greet Wuyts - teamleider Burgerzaken - stad Lier - greet.wuyts@lier.be

Vriendelijke groeten
Greet
"""
add(
    message(
        std(
            addr("Greet Wuyts", "greet.wuyts@lier.be"),
            "Wed, 21 Nov 2018 14:01:12 +0100",
            "<5BF5584802000085000BC3D1@gw.lier.be>",
            "Re: " + INV_SUBJ,
            irt=INV_MID,
            mailer=GW,
        ),
        multi("mixed", [leaf("text/plain", t, cte="7bit")]),
    ),
    "registration",
    [reg("Greet Wuyts", "Lier", "teamleider Burgerzaken", "greet.wuyts@lier.be")],
    False,
    "GroupWise multipart/mixed with a single text part; one dash-separated line 'name - function - stad Lier - address'",
)

# 015 ---------------------------------------------------------------- Genk councillor from gmail
t = """Dag Linda

Naam: An Schepers
Stad: Genk
Functie: gemeenteraadslid
Mail: an.schepers@gmail.com

groetjes An
"""
add(
    message(
        std(
            addr("An Schepers", "an.schepers@gmail.com"),
            "Wed, 21 Nov 2018 20:37:58 +0100",
            "<CAF3x9kTq1Ym8wNDd2+Rr0GZk7u@mail.gmail.com>",
            "Inschrijving",
            to="linda.boudry@kcvs.be",
        ),
        alt(t, '<div dir="ltr">' + t.replace("\n", "<br>\n") + "</div>\n"),
    ),
    "registration",
    [reg("An Schepers", "Genk", "gemeenteraadslid", "an.schepers@gmail.com")],
    False,
    "councillor uses her private Gmail address, given in the body; short labels 'Stad:' and 'Mail:'",
)

# 016 ---------------------------------------------------------------- Vilvoorde table 2 people
t = """Beste Linda,

Vanuit stad Vilvoorde komen volgende personen naar het seminarie:

Naam               Functie                         E-mail
Kristof Moens      beleidscoördinator              kristof.moens@vilvoorde.be
Sara Lemmens       medewerker interne communicatie sara.lemmens@vilvoorde.be

Met vriendelijke groet,
Kristof Moens
"""
h = """<html><body style="font-family:Arial;font-size:10pt">
<p>Beste Linda,</p>
<p>Vanuit stad Vilvoorde komen volgende personen naar het seminarie:</p>
<table cellspacing="0" cellpadding="3" style="border:1px solid #999">
<tr style="background:#ddd"><td><b>Naam</b></td><td><b>Functie</b></td><td><b>E-mail</b></td></tr>
<tr><td>Kristof Moens</td><td>beleidscoördinator</td><td>kristof.moens@vilvoorde.be</td></tr>
<tr><td>Sara Lemmens</td><td>medewerker interne communicatie</td><td>sara.lemmens@vilvoorde.be</td></tr>
</table>
<p>Met vriendelijke groet,<br>Kristof Moens</p>
</body></html>
"""
add(
    message(
        std(
            addr("Kristof Moens", "kristof.moens@vilvoorde.be"),
            "Wed, 21 Nov 2018 15:26:03 +0100",
            "<d41f7c2e-0a9b-4b1d-8e6f-2c3a5b7d9e01@vilvoorde.be>",
            "Deelname Vilvoorde 7/12",
            mailer=TB,
        ),
        alt(t, h),
    ),
    "registration",
    [
        reg("Kristof Moens", "Vilvoorde", "beleidscoördinator", "kristof.moens@vilvoorde.be"),
        reg(
            "Sara Lemmens",
            "Vilvoorde",
            "medewerker interne communicatie",
            "sara.lemmens@vilvoorde.be",
        ),
    ],
    False,
    "two people in a table (HTML table / aligned text columns); city only in the intro sentence",
)

# 017 ---------------------------------------------------------------- printer quote
t = """Geachte mevrouw Boudry,

In bijlage vindt u onze offerte voor het drukken van het jaarverslag 2018:
- 250 exemplaren, A4, 48 pagina's, vierkleurendruk, mat gelamineerde cover
- Prijs: EUR 2.340,00 excl. btw, levering 3 weken na goedkeuring drukproef

Deze offerte is 30 dagen geldig. Aarzel niet om ons te contacteren bij vragen.

Met vriendelijke groeten,
Peter Van Dessel
Drukkerij Van Dessel nv - Boom
"""
add(
    message(
        std(
            addr("Peter Van Dessel", "offertes@drukkerijvandessel.be"),
            "Wed, 21 Nov 2018 16:44:20 +0100",
            "<20181121154420.5512@drukkerijvandessel.be>",
            "Offerte 2018-1187 jaarverslag",
            mailer=ROUNDCUBE,
        ),
        multi(
            "mixed",
            [
                leaf("text/plain", t, cte="quoted-printable"),
                (
                    [
                        'Content-Type: application/pdf; name="offerte-2018-1187.pdf"',
                        "Content-Transfer-Encoding: base64",
                        'Content-Disposition: attachment; filename="offerte-2018-1187.pdf"',
                    ],
                    base64.encodebytes(b"%PDF-1.4\n% offerte 2018-1187\n%%EOF\n").replace(
                        b"\n", b"\r\n"
                    ),
                ),
            ],
        ),
    ),
    "other",
    [],
    False,
    "printer's quote for the annual report, with PDF attachment: unrelated work mail",
)

# 018 ---------------------------------------------------------------- Aalst signature only
t = """Beste,

Graag 1 plaats voor mij op 7 december.

Met vriendelijke groeten,

Evi Van der Linden
Algemeen directeur
Stad Aalst
Werfplein 1 - 9300 Aalst
evi.vanderlinden@aalst.be
"""
add(
    message(
        std(
            addr("Evi Van der Linden", "evi.vanderlinden@aalst.be"),
            "Thu, 22 Nov 2018 07:58:15 +0100",
            "<7c21a3e4-6d5f-11e8-b0c2-aalst01@aalst.be>",
            "seminarie 7 december",
            mailer=TB,
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "registration",
    [reg("Evi Van der Linden", "Aalst", "algemeen directeur", "evi.vanderlinden@aalst.be")],
    False,
    "one line 'graag 1 plaats voor mij', all fields from the signature",
)

# 019 ---------------------------------------------------------------- question is het gratis
t = """Beste mevrouw,

Ik ben sinds kort gemeenteraadslid in Lier en kreeg uw uitnodiging doorgestuurd.
Moet er iets betaald worden voor deelname, en is de lunch inbegrepen?

Dank u,
Jan Heylen
"""
add(
    message(
        std(
            addr("Jan Heylen", "jan.heylen@telenet.be"),
            "Thu, 22 Nov 2018 08:33:51 +0100",
            "<002901d48230$5d1f0a20$175d1e60$@telenet.be>",
            "vraag ivm seminarie",
            mailer=OUTLOOK14,
        ),
        leaf("text/plain", t, charset="windows-1252", cte="quoted-printable"),
    ),
    "other",
    [],
    True,
    "'is het gratis?' question from a councillor, no sign-up: a person must answer",
)

# 020 ---------------------------------------------------------------- Roeselare one-liner android
t = """Inschrijving: Lotte Vanneste, Roeselare, projectleider organisatieontwikkeling, lotte.vanneste@roeselare.be

Verzonden vanaf mijn Samsung Galaxy-smartphone.
"""
add(
    message(
        std(
            addr("Lotte Vanneste", "lotte.vanneste@roeselare.be"),
            "Thu, 22 Nov 2018 09:12:40 +0100",
            "<sfd5f1a8.a2b3c4d5e6f70819@email.android.com>",
            "Inschrijving 7/12",
        ),
        alt(t, '<div dir="auto">' + t.replace("\n", "<br>") + "</div>\n", cte="base64"),
    ),
    "registration",
    [
        reg(
            "Lotte Vanneste",
            "Roeselare",
            "projectleider organisatieontwikkeling",
            "lotte.vanneste@roeselare.be",
        )
    ],
    False,
    "single comma-separated line from an Android phone (base64 parts)",
)

# 021 ---------------------------------------------------------------- Herentals cancellation
t = """Beste Linda,

Ik had me vorige week ingeschreven voor het seminarie van 7 december, maar er is intussen een
gemeenteraadscommissie op diezelfde voormiddag gepland. Ik zal er dus spijtig genoeg niet bij zijn.
Wil je mij van de lijst schrappen?

Groeten,
Jef Mertens
schepen van personeel en financiën
Stad Herentals
"""
add(
    message(
        std(
            addr("Mertens Jef", "jef.mertens@herentals.be"),
            "Thu, 22 Nov 2018 10:05:22 +0100",
            "<MWHPR14MB1550A7E2@MWHPR14MB1550.namprd14.prod.outlook.com>",
            "Afmelding seminarie 7 december",
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "cancellation",
    [
        reg(
            "Jef Mertens",
            "Herentals",
            "schepen van personeel en financiën",
            "jef.mertens@herentals.be",
        )
    ],
    False,
    "fresh cancellation (no quoted thread); 'van de lijst schrappen'; fields from the signature",
)

# 022 ---------------------------------------------------------------- Brussel
t = """Goedemorgen,

Naam: Sarah El Amrani
Stad / gemeente: Stad Brussel
Functie: coördinator Nederlandstalige dienstverlening
E-mailadres: sarah.elamrani@brucity.be

Bedankt en tot 7 december.
"""
add(
    message(
        std(
            addr("EL AMRANI Sarah", "sarah.elamrani@brucity.be"),
            "Thu, 22 Nov 2018 10:41:09 +0100",
            "<OF7A3B2C1D.4E5F6A7B-ONC1258345.0039E1A2@brucity.be>",
            "Inschrijving / Inscription seminarie 07/12",
            mailer=NOTES,
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [
        reg(
            "Sarah El Amrani",
            "Brussel",
            "coördinator Nederlandstalige dienstverlening",
            "sarah.elamrani@brucity.be",
        )
    ],
    False,
    "Brussels: 'Stad Brussel' -> Brussel; surname in capitals in the From header (IBM Notes)",
)

# 023 ---------------------------------------------------------------- question stagiair
t = """Dag Linda,

Ik ben al ingeschreven voor 7 december. Mag mijn stagiaire ook mee? Ze schrijft haar
bachelorproef over verandertrajecten in lokale besturen en het thema past dus perfect.
Als het mag, bezorg ik je haar gegevens.

Vriendelijke groeten,
Joke Stevens
HR-adviseur - Stad Tienen
"""
add(
    message(
        std(
            addr("Joke Stevens", "joke.stevens@tienen.be"),
            "Thu, 22 Nov 2018 11:17:36 +0100",
            "<5BF690A0.8070409@tienen.be>",
            "stagiaire mee naar seminarie?",
            mailer=TB,
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "other",
    [],
    True,
    "'mag een stagiaire mee?': no name for the intern, and the sender is already registered; needs an answer",
)

# 024 ---------------------------------------------------------------- English auto reply
t = """Thank you for your message. I am out of the office until Monday 26 November with limited access to e-mail.
For urgent matters please contact the secretariat: secretariaat@zaventem.be.

Kind regards,
Lieve Peeters
Gemeente Zaventem
"""
add(
    message(
        std(
            addr("Peeters Lieve", "lieve.peeters@zaventem.be"),
            "Thu, 22 Nov 2018 11:50:02 +0000",
            "<1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d@EXCH01.zaventem.local>",
            "Automatic reply: " + CONF_SUBJ,
            irt="<5BF6A1C0.3A1@kcvs.be>",
            extra=[("X-Auto-Response-Suppress", "All")],
        ),
        alt(t, html_of(t)),
    ),
    "auto_reply",
    [],
    False,
    "English 'Automatic reply:' to a confirmation, only X-Auto-Response-Suppress; quoted confirmation absent",
)

# 025 ---------------------------------------------------------------- Ieper 4 people numbered, latin-1 QP
t = """Beste mevrouw Boudry,

Hierbij de inschrijvingen vanuit Stad Ieper voor het seminarie van vrijdag 7 december:

1. Marleen Vandamme - diensthoofd HR - marleen.vandamme@ieper.be
2. Frederik Dehaene - algemeen directeur - frederik.dehaene@ieper.be
3. Ellen Decroos - deskundige organisatieontwikkeling - ellen.decroos@ieper.be
4. Tijs Lamote - schepen van personeel - tijs.lamote@ieper.be

Met vriendelijke groeten,
Marleen Vandamme
Diensthoofd HR | Stad Ieper | Grote Markt 1, 8900 Ieper
"""
add(
    message(
        std(
            addr("Marleen Vandamme", "marleen.vandamme@ieper.be"),
            "Thu, 22 Nov 2018 13:25:49 +0100",
            "<OFA1B2C3D4.E5F60718-ONC1258345.0049A7B1@ieper.be>",
            "Inschrijvingen Stad Ieper (4 personen)",
            mailer=NOTES,
        ),
        leaf("text/plain", t, charset="iso-8859-1", cte="quoted-printable"),
    ),
    "registration",
    [
        reg("Marleen Vandamme", "Ieper", "diensthoofd HR", "marleen.vandamme@ieper.be"),
        reg("Frederik Dehaene", "Ieper", "algemeen directeur", "frederik.dehaene@ieper.be"),
        reg(
            "Ellen Decroos", "Ieper", "deskundige organisatieontwikkeling", "ellen.decroos@ieper.be"
        ),
        reg("Tijs Lamote", "Ieper", "schepen van personeel", "tijs.lamote@ieper.be"),
    ],
    False,
    "numbered list of four, sender among them; ISO-8859-1 quoted-printable",
)

# 026 ---------------------------------------------------------------- Lokeren change of function
c = confirmation(
    "Hans", "Hans Van Hecke", "Lokeren", "teamleider Burgerzaken", "hans.vanhecke@lokeren.be"
)
t = (
    """Beste Linda,

Kleine correctie: sinds 1 november ben ik afdelingshoofd Burgerzaken (niet langer teamleider).
Zou je dat willen aanpassen op de deelnemerslijst en het naamkaartje?

Dank je!
Hans

-----Oorspronkelijk bericht-----
Van: Linda Boudry <linda.boudry@kcvs.be>
Verzonden: vrijdag 16 november 2018 09:41
Aan: Van Hecke Hans <hans.vanhecke@lokeren.be>
Onderwerp: """
    + CONF_SUBJ
    + "\n\n"
    + c
)
add(
    message(
        std(
            addr("Van Hecke Hans", "hans.vanhecke@lokeren.be"),
            "Thu, 22 Nov 2018 14:40:03 +0100",
            "<AM0PR04MB4307D1E2F3@AM0PR04MB4307.eurprd04.prod.outlook.com>",
            "RE: " + CONF_SUBJ,
            irt="<5BEE8251.2C0@kcvs.be>",
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [reg("Hans Van Hecke", "Lokeren", "afdelingshoofd Burgerzaken", "hans.vanhecke@lokeren.be")],
    True,
    "change of details on an existing registration (new function; old one in the quoted confirmation): a person must update the list",
)

# 027 ---------------------------------------------------------------- meeting invite other project
t = """Werkgroep Stadsmonitor - overleg indicatoren 2019
Wanneer: donderdag 29 november 2018 14:00-16:00
Waar: KCVS, vergaderzaal 2

Agenda: selectie nieuwe indicatoren, planning bevraging 2020.
Joost
"""
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Joost Verbeke:mailto:joost.verbeke@kcvs.be
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be
SUMMARY;LANGUAGE=nl-BE:Werkgroep Stadsmonitor - overleg indicatoren 2019
DTSTART;TZID=Romance Standard Time:20181129T140000
DTEND;TZID=Romance Standard Time:20181129T160000
UID:040000008200E00074C5B7101A82E00800000000B0D3F1A7
LOCATION;LANGUAGE=nl-BE:KCVS vergaderzaal 2
DTSTAMP:20181122T141500Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
add(
    message(
        std(
            addr("Joost Verbeke", "joost.verbeke@kcvs.be"),
            "Thu, 22 Nov 2018 15:15:00 +0100",
            "<DB7PR02MB39618C4A@DB7PR02MB3961.eurprd02.prod.outlook.com>",
            "Werkgroep Stadsmonitor - overleg indicatoren 2019",
            mailer=OUTLOOK,
        ),
        multi(
            "alternative",
            [
                leaf("text/plain", t),
                leaf("text/calendar", ics, cte="7bit", extra="; method=REQUEST"),
            ],
        ),
    ),
    "other",
    [],
    False,
    "meeting request (text/calendar) for another project from a colleague: unrelated work mail",
)

# 028 ---------------------------------------------------------------- Sint-Truiden secretariat for alderman
t = """Beste,

In naam van schepen Koen Dirix (schepen van personeel en organisatieontwikkeling) wil ik hem
graag inschrijven voor het seminarie "Stadsorganisaties in transitie" van 7 december.
Zijn e-mailadres is koen.dirix@sint-truiden.be.

Met vriendelijke groeten,

Nele Vanhamel
Secretariaat College
Stad Sint-Truiden
"""
add(
    message(
        std(
            addr("Nele Vanhamel", "nele.vanhamel@sint-truiden.be"),
            "Fri, 23 Nov 2018 08:20:11 +0100",
            "<000c01d482f7$1b2a3c40$51fe2b50$@sint-truiden.be>",
            "inschrijving schepen Dirix",
            cc="koen.dirix@sint-truiden.be",
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [
        reg(
            "Koen Dirix",
            "Sint-Truiden",
            "schepen van personeel en organisatieontwikkeling",
            "koen.dirix@sint-truiden.be",
        )
    ],
    False,
    "secretariat registers an alderman, not herself; his address in the body (and Cc)",
)

# 029 ---------------------------------------------------------------- Deinze HTML-only labelled
h = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="NL-BE"><div class="WordSection1">
<p class="MsoNormal">Beste Linda,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ik schrijf me graag in:<o:p></o:p></p>
<p class="MsoNormal"><b>Naam</b>: Ruben Verstraete<o:p></o:p></p>
<p class="MsoNormal"><b>Stad / gemeente</b>: Deinze<o:p></o:p></p>
<p class="MsoNormal"><b>Functie</b>: beleidsmedewerker strategie en organisatie<o:p></o:p></p>
<p class="MsoNormal"><b>E-mailadres</b>: <a href="mailto:ruben.verstraete@deinze.be">ruben.verstraete@deinze.be</a><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Groeten,<o:p></o:p></p>
<p class="MsoNormal">Ruben<o:p></o:p></p></div></body></html>
"""
add(
    message(
        std(
            addr("Ruben Verstraete", "ruben.verstraete@deinze.be"),
            "Fri, 23 Nov 2018 09:03:27 +0100",
            "<000301d482fd$6c7a8e10$456faa30$@deinze.be>",
            "inschrijving",
            mailer=OUTLOOK,
        ),
        leaf("text/html", h, charset="windows-1252", cte="quoted-printable"),
    ),
    "registration",
    [
        reg(
            "Ruben Verstraete",
            "Deinze",
            "beleidsmedewerker strategie en organisatie",
            "ruben.verstraete@deinze.be",
        )
    ],
    False,
    "HTML-only Word markup (MsoNormal, windows-1252 QP) with bold labels",
)

# 030 ---------------------------------------------------------------- accessibility question
t = """Goedemorgen,

Een collega van ons die zich wil inschrijven, verplaatst zich met een rolstoel.
Is het auditorium van Permeke vlot toegankelijk (lift, aangepast toilet)?
Kunnen we eventueel een plaats vooraan reserveren?

Alvast bedankt,
Ingrid Peeters
Diversiteitsambtenaar
Gemeente Anderlecht - Nederlandstalige cel
"""
add(
    message(
        std(
            addr("Ingrid Peeters", "ipeeters@anderlecht.brussels"),
            "Fri, 23 Nov 2018 09:48:55 +0100",
            "<BN6PR1101MB2161A3B4@BN6PR1101MB2161.namprd11.prod.outlook.com>",
            "Toegankelijkheid Permeke",
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "other",
    [],
    True,
    "accessibility question for an unnamed colleague who has not registered yet: a person must answer",
)

# 031 ---------------------------------------------------------------- Kortrijk Bram cancels
t = """Hoi Linda,

Nathalie schreef mij vorige week in, maar ik zit op 7 december op opleiding in Brussel.
Ik moet dus helaas afzeggen. Nathalie en Jolien komen wel.

Groetjes
Bram Debrabandere
organisatieontwikkelaar | Stad Kortrijk
"""
add(
    message(
        std(
            addr("Bram Debrabandere", "bram.debrabandere@kortrijk.be"),
            "Fri, 23 Nov 2018 10:30:18 +0100",
            "<2c5d8e1f-3a4b-4c6d-9e0f-7a8b9c0d1e2f@kortrijk.be>",
            "afmelding 7 december",
            mailer=TB,
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "cancellation",
    [
        reg(
            "Bram Debrabandere",
            "Kortrijk",
            "organisatieontwikkelaar",
            "bram.debrabandere@kortrijk.be",
        )
    ],
    False,
    "one of the three Kortrijk registrants (009) cancels for himself only; the colleagues still come",
)

# 032 ---------------------------------------------------------------- bounce
orig = f"""From: Linda Boudry <linda.boudry@kcvs.be>
To: jan.dewolf@knokke-heist.be
Subject: {CONF_SUBJ}
Date: Fri, 23 Nov 2018 10:52:41 +0100
Message-ID: <5BF7CF99.1E4@kcvs.be>
"""
dsn = """Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: 42LQ3F1Xz9z1Kq
Arrival-Date: Fri, 23 Nov 2018 10:52:41 +0100

Final-Recipient: rfc822; jan.dewolf@knokke-heist.be
Original-Recipient: rfc822;jan.dewolf@knokke-heist.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; knokkeheist-be.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
t = """This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jan.dewolf@knokke-heist.be>: host knokkeheist-be.mail.protection.outlook.com said:
    550 5.1.1 RESOLVER.ADR.RecipNotFound; not found (in reply to RCPT TO command)
"""
add(
    message(
        [
            ("From", "MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)"),
            ("To", "linda.boudry@kcvs.be"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", "Fri, 23 Nov 2018 10:52:44 +0100"),
            ("Message-ID", "<20181123095244.7A2B01C03F@mx1.kcvs.be>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        multi(
            "report",
            [
                leaf("text/plain", t, charset="us-ascii", cte="7bit"),
                (["Content-Type: message/delivery-status"], dsn.replace("\n", "\r\n").encode()),
                (["Content-Type: text/rfc822-headers"], orig.replace("\n", "\r\n").encode()),
            ],
            extra=" report-type=delivery-status;",
        ),
    ),
    "bounce",
    [],
    False,
    "Postfix DSN for a confirmation sent to a mistyped address (user unknown); also carries Auto-Submitted",
)

# 033 ---------------------------------------------------------------- Mol, colleague in cc
t = """Beste Linda,

Graag schrijf ik mezelf en mijn collega Joris Geudens (in cc) in voor het seminarie.

- Sien Luyten, diensthoofd personeel, gemeente Mol
- Joris Geudens, preventieadviseur, gemeente Mol

Met vriendelijke groeten,
Sien Luyten
"""
add(
    message(
        std(
            addr("Luyten Sien", "sien.luyten@gemeentemol.be"),
            "Fri, 23 Nov 2018 11:34:00 +0100",
            "<VE1PR06MB6109B2C3@VE1PR06MB6109.eurprd06.prod.outlook.com>",
            "Inschrijving Mol (2)",
            cc=addr("Geudens Joris", "joris.geudens@gemeentemol.be"),
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [
        reg("Sien Luyten", "Mol", "diensthoofd personeel", "sien.luyten@gemeentemol.be"),
        reg("Joris Geudens", "Mol", "preventieadviseur", "joris.geudens@gemeentemol.be"),
    ],
    False,
    "two people; the colleague's address comes from the Cc header the body points to ('in cc'); domain gemeentemol.be",
)

# 034 ---------------------------------------------------------------- colleague draft
t = """Linda,

Hierbij de ontwerptekst voor het hoofdstuk 'Personeel' van de Stadsmonitor. Kan je er tegen
woensdag naar kijken? Vooral de grafieken over leeftijdsopbouw twijfel ik nog aan.

Merci,
Joost
"""
add(
    message(
        std(
            addr("Joost Verbeke", "joost.verbeke@kcvs.be"),
            "Fri, 23 Nov 2018 14:10:36 +0100",
            "<DB7PR02MB3961A1B2C3@DB7PR02MB3961.eurprd02.prod.outlook.com>",
            "Stadsmonitor - hoofdstuk Personeel (ontwerp)",
            mailer=OUTLOOK,
        ),
        multi(
            "mixed",
            [
                leaf("text/plain", t),
                (
                    [
                        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="Stadsmonitor_Personeel_v3.docx"',
                        "Content-Transfer-Encoding: base64",
                        'Content-Disposition: attachment; filename="Stadsmonitor_Personeel_v3.docx"',
                    ],
                    base64.encodebytes(b"PK\x03\x04 not really a docx").replace(b"\n", b"\r\n"),
                ),
            ],
        ),
    ),
    "other",
    [],
    False,
    "colleague sends a draft chapter for another project: unrelated work mail",
)

# 035 ---------------------------------------------------------------- Tongeren iPhone Saturday
t = """Beste Linda, ik schrijf mij graag in voor 7/12.
Greet Ramaekers, schepen van personeel en organisatie, Tongeren

Verstuurd vanaf mijn iPhone"""
add(
    message(
        std(
            addr("Greet Ramaekers", "greet.ramaekers@tongeren.be"),
            "Sat, 24 Nov 2018 10:17:52 +0100",
            "<7D1E2F3A-4B5C-4D6E-8F90-A1B2C3D4E5F6@tongeren.be>",
            "Seminarie",
            mailer=IPHONE,
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "registration",
    [
        reg(
            "Greet Ramaekers",
            "Tongeren",
            "schepen van personeel en organisatie",
            "greet.ramaekers@tongeren.be",
        )
    ],
    False,
    "weekend iPhone mail, two lines; address from the From header",
)

# 036 ---------------------------------------------------------------- Mechelen substitution
t = """Dag Linda,

Ik raak helaas niet vrij op 7 december. Mijn collega Els Jacobs (els.jacobs@mechelen.be,
beleidsadviseur organisatie) zou graag in mijn plaats komen. Kan dat?

Groeten,
Wim Van den Broeck
strategisch coördinator - Stad Mechelen
"""
add(
    message(
        std(
            addr("Van den Broeck Wim", "wim.vandenbroeck@mechelen.be"),
            "Sun, 25 Nov 2018 19:44:08 +0000",
            "<VI1PR07MB3327C4D5E6@VI1PR07MB3327.eurprd07.prod.outlook.com>",
            "Vervanging seminarie 7/12",
            extra=[OWA],
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "cancellation",
    [
        reg(
            "Wim Van den Broeck",
            "Mechelen",
            "strategisch coördinator",
            "wim.vandenbroeck@mechelen.be",
        )
    ],
    True,
    "substitution: Wim (008) withdraws and names Els Jacobs as replacement, with a question; two actions, a person must handle it",
)

# 037 ---------------------------------------------------------------- Lommel honorific
t = """Geachte,

Hierbij schrijf ik mij in voor het seminarie Stadsorganisaties in transitie.

Naam: Mevr. Inge Bollen
Stad / gemeente: Stad Lommel
Functie: financieel directeur
E-mailadres: inge.bollen@lommel.be

Hoogachtend,
Mevr. Inge Bollen
"""
add(
    message(
        std(
            addr("Bollen Inge", "inge.bollen@lommel.be"),
            "Sun, 25 Nov 2018 20:12:30 +0100",
            "<5BFAF3DE.9090504@lommel.be>",
            "Inschrijving seminarie",
            mailer=TB,
        ),
        leaf("text/plain", t, charset="iso-8859-1", cte="7bit"),
    ),
    "registration",
    [reg("Inge Bollen", "Lommel", "financieel directeur", "inge.bollen@lommel.be")],
    False,
    "labelled, honorific 'Mevr.' in the name and 'Stad Lommel' to strip",
)

# 038 ---------------------------------------------------------------- bilingual auto reply
t = """Ik ben afwezig tot 28/11. Uw bericht wordt niet doorgestuurd.
Je suis absente jusqu'au 28/11. Votre message ne sera pas transmis.

Nadia Boukhari
Gemeente Anderlecht / Commune d'Anderlecht
"""
add(
    message(
        std(
            addr("Nadia Boukhari", "nboukhari@anderlecht.brussels"),
            "Mon, 26 Nov 2018 07:02:11 +0100",
            "<e1f2a3b4c5d64e7f8091a2b3c4d5e6f7@anderlecht.brussels>",
            "Afwezig / Absente: " + INV_SUBJ,
            irt=INV_MID,
            extra=[
                ("Auto-Submitted", "auto-replied"),
                ("Precedence", "bulk"),
                ("X-Autoreply", "yes"),
            ],
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "auto_reply",
    [],
    False,
    "bilingual Dutch/French absence reply with Auto-Submitted, X-Autoreply and Precedence: bulk",
)

# 039 ---------------------------------------------------------------- Halle forwarded invitation
t = (
    """Dag Linda,

Onze schepen stuurde me jouw uitnodiging door. Ik ben er graag bij:

Naam: Nele Depauw
Stad / gemeente: Halle
Functie: beleidscoördinator
E-mailadres: nele.depauw@halle.be

Groetjes,
Nele

---------- Doorgestuurd bericht ----------
Van: Luc Verhulst <luc.verhulst@halle.be>
Datum: ma 19 nov. 2018 om 17:05
Onderwerp: Fwd: """
    + INV_SUBJ
    + """
Aan: Nele Depauw <nele.depauw@halle.be>

Nele, iets voor jou?
Luc

"""
    + quote(INVITATION)
)
add(
    message(
        std(
            addr("Nele Depauw", "nele.depauw@halle.be"),
            "Mon, 26 Nov 2018 08:29:47 +0100",
            "<CAH7bq+8sL2kQz1n0mXvR5t@mail.gmail.com>",
            "Fwd: Fwd: " + INV_SUBJ,
        ),
        alt(t, html_of(t)),
    ),
    "registration",
    [reg("Nele Depauw", "Halle", "beleidscoördinator", "nele.depauw@halle.be")],
    False,
    "registration above a forwarded chain: the forwarding alderman (Luc Verhulst) is named but not registered",
)

# 040 ---------------------------------------------------------------- Genk change of address
c = confirmation("An", "An Schepers", "Genk", "gemeenteraadslid", "an.schepers@gmail.com")
t = """Hoi Linda

Kan je voor verdere communicatie mijn adres van de stad gebruiken: an.schepers@genk.be
Mijn gmail lees ik niet zo vaak.

An

Op wo 21 nov. 2018 om 21:05 schreef Linda Boudry <linda.boudry@kcvs.be>:

""" + quote(c)
add(
    message(
        std(
            addr("An Schepers", "an.schepers@gmail.com"),
            "Mon, 26 Nov 2018 09:14:03 +0100",
            "<CAF3x9kR2pLq7e4nB1+Zx8yWv3s@mail.gmail.com>",
            "Re: " + CONF_SUBJ,
            to="Linda Boudry <linda.boudry@kcvs.be>",
            irt="<5BF5BD4F.0A1@kcvs.be>",
        ),
        alt(t, '<div dir="ltr">' + html_of(t) + "</div>\n"),
    ),
    "registration",
    [reg("An Schepers", "Genk", "gemeenteraadslid", "an.schepers@genk.be")],
    True,
    "change of e-mail address for an existing registration (015), sent from the old Gmail address: a person must update it",
)

# 041 ---------------------------------------------------------------- Hasselt cancels mayor only
t = """Geachte mevrouw Boudry,

Burgemeester Hilde Claessens moet zich helaas verontschuldigen voor het seminarie van 7 december
wegens een andere verplichting. Kabinetschef Tom Vrancken komt wel zoals voorzien.

Met vriendelijke groeten,

Ann Wouters
Secretariaat burgemeester
Stad Hasselt
"""
add(
    message(
        std(
            addr("Wouters Ann", "ann.wouters@hasselt.be"),
            "Mon, 26 Nov 2018 10:02:44 +0100",
            "<DB6PR0601MB2135F1A2B3@DB6PR0601MB2135.eurprd06.prod.outlook.com>",
            "Afmelding burgemeester - seminarie 7 december",
            mailer=OUTLOOK,
        ),
        alt(t, html_of(t)),
    ),
    "cancellation",
    [reg("Hilde Claessens", "Hasselt", "burgemeester", None)],
    False,
    "secretariat cancels the mayor (registered in 004); the kabinetschef still comes and is not cancelled; mayor has no own address here",
)

# 042 ---------------------------------------------------------------- vegetarian question
t = """Dag Linda,

Ik ben ingeschreven via mijn diensthoofd Nathalie Desmet (Stad Kortrijk).
Ik eet vegetarisch: is er bij de lunch een vegetarische optie voorzien?

Alvast bedankt!
Jolien Vandekerckhove
"""
add(
    message(
        std(
            addr("Jolien Vandekerckhove", "jolien.vandekerckhove@kortrijk.be"),
            "Mon, 26 Nov 2018 10:45:19 +0100",
            "<9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@kortrijk.be>",
            "lunch 7/12 - vegetarisch?",
            mailer=TB,
        ),
        leaf("text/plain", t, cte="quoted-printable"),
    ),
    "other",
    [],
    True,
    "already-registered person (009) asks about a vegetarian lunch: no new sign-up, a person must answer",
)

# 043 ---------------------------------------------------------------- Maasmechelen Notes base64 HTML
h = """<html><body><font size="2" face="sans-serif">Beste mevrouw Boudry,</font><br><br>
<font size="2" face="sans-serif">Graag registreer ik mij voor het seminarie van 7 december in Antwerpen.</font><br><br>
<font size="2" face="sans-serif">Naam: Rudi Bex<br>Gemeente: Maasmechelen<br>Functie: algemeen directeur<br>E-mailadres: rudi.bex@maasmechelen.be</font><br><br>
<font size="2" face="sans-serif">Met vriendelijke groeten,<br>Rudi Bex</font><br>
<font size="1" face="sans-serif" color="#808080">Gemeente Maasmechelen - Graaf de Geloeslaan 1 - 3630 Maasmechelen</font>
</body></html>
"""
tt = """Beste mevrouw Boudry,

Graag registreer ik mij voor het seminarie van 7 december in Antwerpen.

Naam: Rudi Bex
Gemeente: Maasmechelen
Functie: algemeen directeur
E-mailadres: rudi.bex@maasmechelen.be

Met vriendelijke groeten,
Rudi Bex
Gemeente Maasmechelen - Graaf de Geloeslaan 1 - 3630 Maasmechelen
"""
add(
    message(
        std(
            addr("Rudi Bex", "rudi.bex@maasmechelen.be"),
            "Mon, 26 Nov 2018 11:31:06 +0100",
            "<OF2B3C4D5E.6F7A8B9C-ONC1258348.003F1A2B@maasmechelen.be>",
            "Registratie seminarie 7/12",
            mailer=NOTES,
        ),
        alt(tt, h, cte="base64"),
    ),
    "registration",
    [reg("Rudi Bex", "Maasmechelen", "algemeen directeur", "rudi.bex@maasmechelen.be")],
    False,
    "IBM Notes, base64 parts, label 'Gemeente:'",
)

# 044 ---------------------------------------------------------------- Eeklo SURNAME Firstname, Waregem colleague
t = """Goeiemiddag,

Wij komen graag met twee:

DE VOS Mathias - stadssecretaris - Eeklo - mathias.devos@eeklo.be
MARTENS Leen - beleidsmedewerker HR - Eeklo - leen.martens@eeklo.be

Mvg
Mathias De Vos
"""
add(
    message(
        std(
            addr("De Vos Mathias", "mathias.devos@eeklo.be"),
            "Mon, 26 Nov 2018 13:07:38 +0100",
            "<5BFBE20A.2060708@eeklo.be>",
            "inschrijving Eeklo",
            mailer=APPLE,
        ),
        leaf("text/plain", t, cte="base64"),
    ),
    "registration",
    [
        reg("Mathias De Vos", "Eeklo", "stadssecretaris", "mathias.devos@eeklo.be"),
        reg("Leen Martens", "Eeklo", "beleidsmedewerker HR", "leen.martens@eeklo.be"),
    ],
    False,
    "two lines in 'SURNAME Firstname - function - city - mail' order; base64 plain text",
)

# 045 ---------------------------------------------------------------- Bilzen fills in quoted template
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Ingevuld hieronder. Tot 7 december!</p>
<p>Jo</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>Van:</b> Linda Boudry &lt;linda.boudry@kcvs.be&gt;<br><b>Verzonden:</b> woensdag 14 november 2018 10:02<br>
<b>Onderwerp:</b> Uitnodiging seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018</p></div>
<p>Beste,</p>
<p>Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het gratis seminarie "Stadsorganisaties in transitie"
op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.
Onthaal met koffie vanaf 9.30 uur, start om 10.00 uur, lunch rond 12.30 uur.</p>
<p>Inschrijven kan tot en met 2 december via linda.boudry@kcvs.be met vermelding van:<br>
Naam: <span style="color:#1F497D">Jo Lenaerts</span><br>
Stad / gemeente: <span style="color:#1F497D">Bilzen</span><br>
Functie: <span style="color:#1F497D">deskundige personeel en organisatie</span><br>
E-mailadres: <span style="color:#1F497D">jo.lenaerts@bilzen.be</span></p>
<p>Met vriendelijke groeten,</p>
<p>Linda Boudry<br>Kenniscentrum Vlaamse Steden</p>
</body></html>
"""
tt = (
    """Ingevuld hieronder. Tot 7 december!

Jo

Van: Linda Boudry <linda.boudry@kcvs.be>
Verzonden: woensdag 14 november 2018 10:02
Onderwerp: """
    + INV_SUBJ
    + INVITATION.replace("Naam:\n", "Naam: Jo Lenaerts\n")
    .replace("Stad / gemeente:\n", "Stad / gemeente: Bilzen\n")
    .replace("Functie:\n", "Functie: deskundige personeel en organisatie\n")
    .replace("E-mailadres:\n", "E-mailadres: jo.lenaerts@bilzen.be\n")
    .replace("Beste,", "\n\nBeste,", 1)
)
add(
    message(
        std(
            addr("Lenaerts Jo", "jo.lenaerts@bilzen.be"),
            "Mon, 26 Nov 2018 15:52:20 +0100",
            "<AM6PR07MB5624E8F9A0@AM6PR07MB5624.eurprd07.prod.outlook.com>",
            "RE: " + INV_SUBJ,
            irt=INV_MID,
            mailer=OUTLOOK,
        ),
        alt(tt, h),
    ),
    "registration",
    [reg("Jo Lenaerts", "Bilzen", "deskundige personeel en organisatie", "jo.lenaerts@bilzen.be")],
    False,
    "answers typed into the quoted invitation's own template (coloured in HTML), above them only 'Ingevuld hieronder'",
)


def main():
    assert len(MSGS) == 45, len(MSGS)
    for i, (raw, label) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, "%03d.eml" % i), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, "%03d.json" % i), "w", encoding="utf-8", newline="\n") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
