#!/usr/bin/env python3
"""Blind set 23: reply-all messages and threads with several people.

Writes NNN.eml (CRLF, raw RFC 5322 bytes) and NNN.json (expected label) for
45 messages into the directory of this script.  Deterministic: the same bytes
on every run (fixed random seed, fixed dates, fixed boundaries).

Python 3.11, standard library only.
"""

import base64
import datetime
import email.header
import email.utils
import html
import json
import os
import quopri
import random

random.seed(2318)

OUT = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=1))

LINDA_NAME = "Linda Boudry"
LINDA = "linda.boudry@kcvs.be"
LINDA_Q = f"{LINDA_NAME} <{LINDA}>"

INV_SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018"
CONF_SUBJ = "Bevestiging inschrijving: Stadsorganisaties in transitie (7 december 2018)"

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def d(day, hour, minute):
    """A fixed moment in November 2018, Brussels winter time."""
    return datetime.datetime(2018, 11, day, hour, minute, random.randint(0, 59), tzinfo=TZ)


def rfc_date(t):
    return email.utils.format_datetime(t)


def mid(domain, style="plain"):
    if style == "outlook":
        core = "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36))
        return f"<{core}@{domain}>"
    if style == "gmail":
        core = "CA" + "".join(
            random.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-")
            for _ in range(44)
        )
        return f"<{core}@mail.gmail.com>"
    if style == "apple":
        core = (
            "".join(random.choice("0123456789ABCDEF") for _ in range(8))
            + "-"
            + "".join(random.choice("0123456789ABCDEF") for _ in range(4))
            + "-"
            + "".join(random.choice("0123456789ABCDEF") for _ in range(4))
            + "-"
            + "".join(random.choice("0123456789ABCDEF") for _ in range(12))
        )
        return f"<{core}@{domain}>"
    core = "%016x.%08x" % (random.getrandbits(64), random.getrandbits(32))
    return f"<{core}@{domain}>"


def boundary():
    return "----=_Part_%d_%d.%d" % (
        random.randint(10000, 99999),
        random.getrandbits(30),
        1542000000000 + random.randint(0, 99999999),
    )


def thread_index():
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(22))).decode()


def addr(name, a):
    return email.utils.formataddr((name, a), charset="utf-8")


def addrs(*pairs):
    return ",\n ".join(addr(n, a) for n, a in pairs)


def subj(s):
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


def q(name, a):
    """Address as shown inside a quoted header block."""
    return f"{name} <{a}>"


def nl_long(t):
    return f"{DAYS[t.weekday()]} {t.day} november 2018 {t.hour}:{t.minute:02d}"


def en_long(t):
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"{DAYS_EN[t.weekday()]}, November {t.day}, 2018 {h}:{t.minute:02d} {ampm}"


def outlook_nl(frm, t, to, subject, cc=None, sep="________________________________"):
    lines = [sep] if sep else []
    lines += [f"Van: {frm}", f"Verzonden: {nl_long(t)}", f"Aan: {to}"]
    if cc:
        lines.append(f"CC: {cc}")
    lines.append(f"Onderwerp: {subject}")
    return "\n".join(lines) + "\n\n"


def outlook_nl_orig(frm, t, to, subject, cc=None):
    lines = [
        "-----Oorspronkelijk bericht-----",
        f"Van: {frm}",
        f"Verzonden: {nl_long(t)}",
        f"Aan: {to}",
    ]
    if cc:
        lines.append(f"CC: {cc}")
    lines.append(f"Onderwerp: {subject}")
    return "\n".join(lines) + "\n\n"


def outlook_en(frm, t, to, subject, cc=None):
    lines = [f"From: {frm}", f"Sent: {en_long(t)}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n"


def gmail_attr(t, name, a):
    return f"Op {DAYS_SHORT[t.weekday()]} {t.day} nov. 2018 om {t.hour:02d}:{t.minute:02d} schreef {name} <{a}>:\n"


def apple_attr(t, name, a):
    return f"Op {t.day} nov. 2018 om {t.hour:02d}:{t.minute:02d} heeft {name} <{a}> het volgende geschreven:\n"


def gquote(text):
    """Gmail style: '>' added per level ('>> ' for the second level)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line == "":
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


def tquote(text):
    """Thunderbird / Apple style: '> ' added per level ('> > ')."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append("> " + line if line else ">")
    return "\n".join(out) + "\n"


def fwd_nl(frm, t, to, subject, cc=None):
    lines = [
        "---------- Doorgestuurd bericht ---------",
        f"Van: {frm}",
        f"Date: {DAYS_SHORT[t.weekday()]} {t.day} nov. 2018 om {t.hour:02d}:{t.minute:02d}",
        f"Subject: {subject}",
        f"To: {to}",
    ]
    if cc:
        lines.append(f"Cc: {cc}")
    return "\n".join(lines) + "\n\n"


# --------------------------------------------------------------------------
# fixed texts of the organiser
# --------------------------------------------------------------------------


def invitation():
    return """Beste collega,

Steden en gemeenten zitten volop in verandering: de integratie van OCMW en
gemeente, de start van een nieuwe legislatuur, digitalisering en krappe
budgetten dwingen stadsorganisaties om anders te werken. Het Kenniscentrum
Vlaamse Steden nodigt u daarom van harte uit op het seminarie

    Stadsorganisaties in transitie

op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke,
De Coninckplein 26, 2060 Antwerpen.

Onthaal met koffie vanaf 9.30 uur, we starten om 10 uur. Rond 12.30 uur
sluiten we af met een lunch. Deelname is gratis.

Inschrijven kan tot en met 2 december met een mail aan
linda.boudry@kcvs.be met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

We kijken ernaar uit u te verwelkomen!

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
"""


INV_DATE = datetime.datetime(2018, 11, 12, 10, 4, 0, tzinfo=TZ)


def confirmation(greet, people):
    blocks = "\n".join(
        f"Naam: {n}\nStad / gemeente: {c}\nFunctie: {f}\nE-mail: {m}\n" for n, c, f, m in people
    )
    if len(people) == 1:
        head = (
            'Bedankt voor uw inschrijving voor het seminarie "Stadsorganisaties in\n'
            'transitie" op vrijdag 7 december 2018 in het auditorium van bibliotheek\n'
            "Permeke, De Coninckplein 26, 2060 Antwerpen. Onthaal met koffie vanaf\n"
            "9.30 uur, start om 10 uur.\n\nWij noteerden volgende gegevens:\n"
        )
    else:
        head = (
            'Bedankt voor jullie inschrijving voor het seminarie "Stadsorganisaties in\n'
            'transitie" op vrijdag 7 december 2018 in het auditorium van bibliotheek\n'
            "Permeke, De Coninckplein 26, 2060 Antwerpen. Onthaal met koffie vanaf\n"
            "9.30 uur, start om 10 uur.\n\nWij noteerden volgende gegevens:\n"
        )
    return (
        f"Beste {greet},\n\n{head}\n{blocks}\n"
        "Kan u toch niet komen? Laat het ons dan weten door op deze mail te\n"
        "antwoorden.\n\nMet vriendelijke groeten,\n\nLinda Boudry\nKenniscentrum Vlaamse Steden\n"
    )


LINDA_SIG = """Linda Boudry
Kenniscentrum Vlaamse Steden
"""


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"], body


def to_html(text, charset="utf-8"):
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append(
            "<div>" + (html.escape(line).replace("  ", "&nbsp; ") if line else "<br>") + "</div>"
        )
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '">\n</head>\n<body>\n'
        + "\n".join(rows)
        + "\n</body>\n</html>\n"
    )


def multipart(subtype, parts, params=""):
    b = boundary()
    body = b""
    for hl, bd in parts:
        body += b"--" + b.encode() + b"\n" + "\n".join(hl).encode() + b"\n\n" + bd
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype};{params}\n boundary="{b}"'], body


def alt(text, charset="utf-8", cte="quoted-printable"):
    return multipart(
        "alternative",
        [text_part(text, charset, cte), text_part(to_html(text, charset), charset, cte, "html")],
    )


def message(headers, part):
    hl, body = part
    lines = [f"{k}: {v}" for k, v in headers] + ["MIME-Version: 1.0"] + hl
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def std_headers(frm, to, subject, t, msgid, cc=None, irt=None, refs=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subj(subject)), ("Date", rfc_date(t)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs)))
    h += list(extra)
    return h


def outlook_extra():
    return [
        ("Thread-Topic", None),
        ("Thread-Index", thread_index()),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]


def ol(headers, topic):
    """Fill in Thread-Topic for Outlook headers."""
    return [(k, subj(topic) if (k == "Thread-Topic") else v) for k, v in headers]


def reg(name, municipality, function, mail):
    return {"name": name, "municipality": municipality, "function": function, "email": mail}


MESSAGES = []


def add(raw, kind, registrants, needs_review, note):
    MESSAGES.append(
        (
            raw,
            {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note},
        )
    )


# ==========================================================================
# The messages
# ==========================================================================

# --- Mechelen thread: Annelies registers, Bram replies-all "Ik ook!", Nele's out-of-office
ANN_M = ("Annelies Smets", "annelies.smets@mechelen.be")
BRAM = ("Bram Peeters", "bram.peeters@mechelen.be")
NELE = ("Nele Verbruggen", "nele.verbruggen@mechelen.be")
MECH_SUBJ = "Inschrijving seminarie 7 december"
MECH_T0 = d(16, 9, 41)
MECH_MID0 = mid("AM5PR0201MB2345.eurprd02.prod.outlook.com")
MECH_BODY0 = """Dag Linda,

Graag schrijf ik me in voor het seminarie van 7 december in Permeke.

Naam: Annelies Smets
Stad / gemeente: Mechelen
Functie: HR-business partner
E-mailadres: annelies.smets@mechelen.be

Bram en Nele zet ik in cc, misschien willen zij ook mee.

Groeten,
Annelies
"""


def m_mechelen_ikook():
    t = d(16, 10, 2)
    msgid = mid("AM5PR0201MB1187.eurprd02.prod.outlook.com")
    text = (
        "Ik ook!\n\nBram\n\n"
        "Bram Peeters\nTeamleider organisatieontwikkeling\nStad Mechelen | Grote Markt 21 | 2800 Mechelen\n"
        "T 015 12 34 56\nwww.mechelen.be\n\n"
        + outlook_nl(q(*ANN_M), MECH_T0, LINDA_Q, MECH_SUBJ, f"{q(*BRAM)}; {q(*NELE)}")
        + MECH_BODY0
    )
    h = std_headers(
        addr(*BRAM),
        addrs(ANN_M, (LINDA_NAME, LINDA)),
        "RE: " + MECH_SUBJ,
        t,
        msgid,
        cc=addr(*NELE),
        irt=MECH_MID0,
        refs=[MECH_MID0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, MECH_SUBJ), alt(text)),
        "registration",
        [
            reg(
                "Bram Peeters",
                "Mechelen",
                "teamleider organisatieontwikkeling",
                "bram.peeters@mechelen.be",
            )
        ],
        False,
        "Outlook reply-all 'Ik ook!' to a colleague's registration: only the writer (details from his signature) "
        "registers; Annelies's quoted labelled block must not be registered again",
    )
    return msgid


def m_mechelen_oof(irt):
    # Linda answered the thread with reply-all ('genoteerd voor Annelies en Bram'); Nele's out-of-office answers her
    linda_mid = mid("kcvs.be")
    t = d(16, 11, 15)
    text = """Beste,

Ik ben afwezig tot en met maandag 26 november en heb geen toegang tot mijn mails.
Uw bericht wordt niet doorgestuurd. Voor dringende zaken kan u terecht bij
personeel@mechelen.be of op het nummer 015 12 34 00.

Met vriendelijke groeten,

Nele Verbruggen
Deskundige rekrutering en selectie
Stad Mechelen
"""
    h = std_headers(
        addr(*NELE),
        addr(LINDA_NAME, LINDA),
        "Automatisch antwoord: RE: " + MECH_SUBJ,
        t,
        mid("AM5PR0201MB3390.eurprd02.prod.outlook.com"),
        irt=linda_mid,
        refs=[MECH_MID0, irt, linda_mid],
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "nele.verbruggen@mechelen.be"),
            ("Content-Language", "nl-BE"),
        ],
    )
    add(
        message(h, alt(text)),
        "auto_reply",
        [],
        False,
        "Exchange out-of-office of a Cc'd colleague, answering Linda's reply-all in the thread (Auto-Submitted: "
        "auto-replied); "
        "signature with name, function and city is not a registration",
    )


# --- Gent: Gmail reply-all "Voor mij ook graag!"
def m_gent_voormijook():
    pieter = ("Pieter De Wilde", "pieter.dewilde@stad.gent")
    lies = ("Lies Van Hecke", "lies.vanhecke@stad.gent")
    t0 = d(16, 9, 12)
    mid0 = mid("", "gmail")
    body0 = """Dag Linda,

Hierbij mijn inschrijving voor 'Stadsorganisaties in transitie':

Naam: Pieter De Wilde
Stad / gemeente: Gent
Functie: teamverantwoordelijke strategische planning
E-mailadres: pieter.dewilde@stad.gent

Lies (in cc) laat zelf nog weten of ze meegaat.

Vriendelijke groeten,
Pieter

--
Pieter De Wilde
Teamverantwoordelijke strategische planning
Stad Gent - Departement Strategie en Coördinatie
"""
    t = d(16, 11, 27)
    text = (
        "Voor mij ook graag!\n\nLies\n\n-- \nLies Van Hecke\nBeleidsadviseur HR | Departement Personeel en "
        "Organisatie\nStad Gent\nBotermarkt 1, 9000 Gent\n\n"
        + gmail_attr(t0, *pieter)
        + "\n"
        + gquote(body0)
    )
    h = std_headers(
        addr(*lies),
        addrs(pieter, (LINDA_NAME, LINDA)),
        "Re: Inschrijving Stadsorganisaties in transitie",
        t,
        mid("", "gmail"),
        irt=mid0,
        refs=[mid0],
    )
    add(
        message(h, alt(text)),
        "registration",
        [reg("Lies Van Hecke", "Gent", "beleidsadviseur HR", "lies.vanhecke@stad.gent")],
        False,
        "Gmail reply-all 'Voor mij ook graag!' with '>' quoting: writer registers from her '-- ' signature; "
        "Pieter's quoted labelled registration is not repeated",
    )


# --- Turnhout: "Idem." with signature
def m_turnhout_idem():
    hanne = ("Hanne Verbist", "hanne.verbist@turnhout.be")
    kris = ("Kris Wouters", "kris.wouters@turnhout.be")
    dries = ("Dries Van Gils", "dries.vangils@turnhout.be")
    t0 = d(19, 8, 55)
    mid0 = mid("turnhout.be")
    body0 = """Beste Linda,

Ik wil me graag inschrijven voor het seminarie op 7 december.

Naam: Hanne Verbist
Stad / gemeente: Stad Turnhout
Functie: beleidsmedewerker personeel
E-mailadres: hanne.verbist@turnhout.be

Mijn collega's Kris en Dries staan in cc, zij laten zelf weten of ze komen.

Met vriendelijke groet,
Hanne Verbist
"""
    t = d(19, 9, 20)
    text = (
        "Idem.\n\nKris Wouters\nafdelingshoofd Personeel\nStad Turnhout\nCampus Blairon 200 - 2300 Turnhout\n\n"
        + outlook_nl(
            q(*hanne), t0, LINDA_Q, "inschrijving seminarie KCVS", f"{q(*kris)}; {q(*dries)}"
        )
        + body0
    )
    h = std_headers(
        addr(*kris),
        addrs(hanne, (LINDA_NAME, LINDA)),
        "RE: inschrijving seminarie KCVS",
        t,
        mid("turnhout.be"),
        cc=addr(*dries),
        irt=mid0,
        refs=[mid0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "inschrijving seminarie KCVS"), alt(text, "windows-1252")),
        "registration",
        [reg("Kris Wouters", "Turnhout", "afdelingshoofd Personeel", "kris.wouters@turnhout.be")],
        False,
        "one-word reply-all 'Idem.': the writer registers, every field from his signature/From; the quoted "
        "registration of Hanne (and Dries in cc) must not be registered",
    )


# --- Leuven: iPhone "Ik ga ook mee" with From only
def m_leuven_iphone():
    evi = ("Evi Maes", "evi.maes@leuven.be")
    jeroen = ("Jeroen Claes", "jeroen.claes@leuven.be")
    t0 = d(19, 14, 2)
    mid0 = mid("leuven.be")
    body0 = """Dag Linda,

Graag schrijf ik me in:

Naam: Evi Maes
Stad / gemeente: Leuven
Functie: beleidsmedewerker organisatieontwikkeling
E-mailadres: evi.maes@leuven.be

Jeroen, ga jij ook mee?

Groetjes,
Evi
"""
    t = d(19, 17, 48)
    text = "Ik ga ook mee \U0001f44d\n\nVerstuurd vanaf mijn iPhone\n\n" + tquote(
        apple_attr(t0, *evi) + "\n" + body0
    )
    h = std_headers(
        addr(*jeroen),
        addrs(evi, (LINDA_NAME, LINDA)),
        "Re: Inschrijving 7/12",
        t,
        mid("leuven.be", "apple"),
        irt=mid0,
        refs=[mid0],
        extra=[("X-Mailer", "iPhone Mail (16B92)")],
    )
    add(
        message(h, text_part(text, flowed=True)),
        "registration",
        [reg("Jeroen Claes", "Leuven", None, "jeroen.claes@leuven.be")],
        True,
        "iPhone reply-all 'Ik ga ook mee' with no signature: name and address only from From, city only from the "
        "domain and the quoted thread, no function at all; a person should complete it. Evi's quoted block is "
        "not his",
    )


# --- Kortrijk thread: registration of two (colleague via 'zie cc'), cancellation by the Cc'd colleague,
#     and "past niet" from a Cc'd person who never registered
WOUTER = ("Wouter Vandecasteele", "wouter.vandecasteele@kortrijk.be")
TINE = ("Tine Goossens", "tine.goossens@kortrijk.be")
JOLIEN = ("Jolien Deprez", "jolien.deprez@kortrijk.be")
KORT_SUBJ = "Inschrijving seminarie Stadsorganisaties in transitie"
KORT_T0 = d(20, 10, 15)
KORT_MID0 = mid("EXCH01.kortrijk.local")
KORT_BODY0 = """Beste Linda,

Wij schrijven ons graag in voor "Stadsorganisaties in transitie" op 7 december:

Naam: Wouter Vandecasteele
Stad / gemeente: Kortrijk
Functie: directeur organisatieontwikkeling
E-mailadres: wouter.vandecasteele@kortrijk.be

Naam: Tine Goossens
Stad / gemeente: Kortrijk
Functie: stafmedewerker strategie
E-mailadres: zie cc

Jolien (ook in cc) laat zelf nog weten of ze meekomt.

Met vriendelijke groet,
Wouter

Wouter Vandecasteele
Directeur organisatieontwikkeling
Stad Kortrijk
"""


def m_kortrijk_reg():
    h = std_headers(
        addr(*WOUTER),
        addr(LINDA_NAME, LINDA),
        KORT_SUBJ,
        KORT_T0,
        KORT_MID0,
        cc=addrs(TINE, JOLIEN),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, KORT_SUBJ), alt(KORT_BODY0)),
        "registration",
        [
            reg(
                "Wouter Vandecasteele",
                "Kortrijk",
                "directeur organisatieontwikkeling",
                "wouter.vandecasteele@kortrijk.be",
            ),
            reg(
                "Tine Goossens", "Kortrijk", "stafmedewerker strategie", "tine.goossens@kortrijk.be"
            ),
        ],
        False,
        "registration of two sent to Linda with colleagues in Cc; the second block says 'E-mailadres: zie cc', so "
        "Tine's address comes from the Cc header; Jolien (also in cc) is not registered",
    )


def m_kortrijk_cancel():
    t = d(21, 8, 37)
    text = (
        "Hallo Linda,\n\nIk kan toch niet op 7 december: er valt die dag een teamdag die niet meer verschoven "
        "kan worden.\nMag je mij terug schrappen? Wouter komt wel.\n\nSorry en groetjes,\nTine\n\n"
        "Tine Goossens\nStafmedewerker strategie\nStad Kortrijk\n\n"
        + outlook_nl(q(*WOUTER), KORT_T0, LINDA_Q, KORT_SUBJ, f"{q(*TINE)}; {q(*JOLIEN)}")
        + KORT_BODY0
    )
    h = std_headers(
        addr(*TINE),
        addrs(WOUTER, (LINDA_NAME, LINDA)),
        "RE: " + KORT_SUBJ,
        t,
        mid("EXCH02.kortrijk.local"),
        cc=addr(*JOLIEN),
        irt=KORT_MID0,
        refs=[KORT_MID0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, KORT_SUBJ), alt(text)),
        "cancellation",
        [reg("Tine Goossens", "Kortrijk", "stafmedewerker strategie", "tine.goossens@kortrijk.be")],
        False,
        "reply-all 'ik kan toch niet' by the Cc'd colleague who was registered in the first mail (quoted): cancels "
        "only her; 'Wouter komt wel' keeps the other registrant",
    )


def m_kortrijk_pastniet():
    t = d(20, 13, 5)
    text = (
        "Dag Linda, dag Wouter,\n\nVoor mij past het helaas niet, die vrijdag staat de persconferentie over de "
        "begroting gepland.\nVeel plezier in Antwerpen!\n\nJolien\n\nJolien Deprez\nCommunicatieadviseur\n"
        "Stad Kortrijk\n\n"
        + outlook_nl(q(*WOUTER), KORT_T0, LINDA_Q, KORT_SUBJ, f"{q(*TINE)}; {q(*JOLIEN)}")
        + KORT_BODY0
    )
    h = std_headers(
        addr(*JOLIEN),
        addrs(WOUTER, (LINDA_NAME, LINDA)),
        "RE: " + KORT_SUBJ,
        t,
        mid("EXCH01.kortrijk.local"),
        cc=addr(*TINE),
        irt=KORT_MID0,
        refs=[KORT_MID0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, KORT_SUBJ), alt(text)),
        "other",
        [],
        False,
        "reply-all 'voor mij past het helaas niet' from the Cc'd colleague who was NOT registered in the quoted "
        "mail: not a cancellation, nothing to do; the quoted mail has two labelled blocks",
    )


# --- Oostende thread: "Ik kom ook mee" with own labelled block; OOF of another Cc'd colleague
STIJN = ("Stijn Vanhee", "stijn.vanhee@oostende.be")
FEMKE = ("Femke Lams", "femke.lams@oostende.be")
BERT = ("Bert Lippens", "bert.lippens@oostende.be")
OOST_SUBJ = "inschrijving seminarie 7/12"
OOST_T0 = d(20, 15, 30)
OOST_MID0 = mid("oostende.be")
OOST_BODY0 = """Dag Linda,

Graag schrijf ik mij in voor het seminarie van 7 december:

Naam: Stijn Vanhee
Stad / gemeente: Oostende
Functie: diensthoofd personeel
E-mailadres: stijn.vanhee@oostende.be

Femke en Bert in cc: wie meegaat, antwoordt best gewoon aan allen.

Groeten,
Stijn
"""


def m_oostende_ikkomookmee():
    t = d(20, 16, 12)
    msgid = mid("oostende.be")
    text = (
        "Ik kom ook mee!\n\nNaam: Femke Lams\nStad / gemeente: Oostende\nFunctie: deskundige interne "
        "communicatie\nE-mailadres: femke.lams@oostende.be\n\nGroetjes,\nFemke\n\n"
        + outlook_en(q(*STIJN), OOST_T0, LINDA_Q, OOST_SUBJ, f"{q(*FEMKE)}; {q(*BERT)}")
        + OOST_BODY0
    )
    h = std_headers(
        addr(*FEMKE),
        addrs(STIJN, (LINDA_NAME, LINDA)),
        "RE: " + OOST_SUBJ,
        t,
        msgid,
        cc=addr(*BERT),
        irt=OOST_MID0,
        refs=[OOST_MID0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, OOST_SUBJ), alt(text)),
        "registration",
        [
            reg(
                "Femke Lams",
                "Oostende",
                "deskundige interne communicatie",
                "femke.lams@oostende.be",
            )
        ],
        False,
        "reply-all 'Ik kom ook mee!' with her own labelled block on top; Stijn's labelled block below an English "
        "Outlook header (From/Sent/To) must not be registered again",
    )
    return msgid


def m_oostende_oof(irt):
    # Linda answered the thread with reply-all; Bert's holiday responder answers her
    linda_mid = mid("kcvs.be")
    t = d(20, 17, 2)
    text = """Dit is een automatisch antwoord.

Ik ben met verlof tot en met vrijdag 23 november. Vanaf maandag 26 november
lees ik mijn mails opnieuw.

Bert Lippens
Stafmedewerker HR
Stad Oostende
"""
    h = std_headers(
        addr(*BERT),
        addr(LINDA_NAME, LINDA),
        "Afwezig: RE: " + OOST_SUBJ,
        t,
        mid("oostende.be"),
        irt=linda_mid,
        refs=[OOST_MID0, irt, linda_mid],
        extra=[("X-Autoreply", "yes"), ("Precedence", "bulk")],
    )
    add(
        message(h, text_part(text, "iso-8859-1", "8bit")),
        "auto_reply",
        [],
        False,
        "holiday auto-reply of a Cc'd colleague to Linda's reply-all in the thread (X-Autoreply: yes, 'Afwezig:' subject, "
        "Precedence: bulk); no RFC 3834 Auto-Submitted header",
    )


# --- Brugge: thread between two colleagues forwarded; only the forward note registers
def m_brugge_fwdthread():
    joke = ("Joke Desmet", "joke.desmet@brugge.be")
    tom = ("Tom Vandenbussche", "tom.vandenbussche@brugge.be")
    t1 = d(20, 9, 14)
    t2 = d(20, 11, 3)
    t = d(20, 11, 26)
    text = (
        "Dag Linda,\n\nHieronder ons mailverkeer over jullie seminarie. Tom kan niet, maar ik schrijf me graag "
        "in:\n\nJoke Desmet \u2013 Stad Brugge \u2013 beleidscoördinator personeel \u2013 joke.desmet@brugge.be\n\n"
        "Vriendelijke groet,\nJoke\n\n"
        + outlook_nl_orig("Vandenbussche Tom", t2, "Desmet Joke", "RE: seminarie KCVS 7/12")
        + "Ik kan niet, ik zit die dag de hele voormiddag op de gemeenteraadscommissie. Ga jij?\n\n"
        "Tom Vandenbussche\nDiensthoofd HR-administratie\nStad Brugge\n\n"
        + outlook_nl_orig("Desmet Joke", t1, "Vandenbussche Tom", "seminarie KCVS 7/12")
        + "Tom, heb jij interesse in dit seminarie? Zie uitnodiging hieronder.\nJoke\n\n"
        + outlook_nl_orig(LINDA_Q, INV_DATE, "Desmet Joke", INV_SUBJ)
        + invitation()
    )
    h = std_headers(
        addr(*joke),
        addr(LINDA_NAME, LINDA),
        "FW: seminarie KCVS 7/12",
        t,
        mid("brugge.be"),
        cc=addr(*tom),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "seminarie KCVS 7/12"), alt(text, "windows-1252")),
        "registration",
        [reg("Joke Desmet", "Brugge", "beleidscoördinator personeel", "joke.desmet@brugge.be")],
        False,
        "forwarded thread between two colleagues: only the forward note on top registers (one line with en "
        "dashes); Tom declines in the thread and is not registered; the quoted invitation has the empty template",
    )


# --- Aalst: forwarded thread where the last message in the thread holds the registration
def m_aalst_fwdlast():
    koen = ("Koen Van den Bossche", "koen.vandenbossche@aalst.be")
    sara = ("Sara De Bruyn", "sara.debruyn@aalst.be")
    t1 = d(21, 10, 2)
    t2 = d(21, 13, 45)
    t = d(21, 14, 10)
    text = (
        "Linda,\n\nZie onderaan: ikzelf kan niet komen, maar Sara wel. Haar gegevens staan in haar "
        "antwoord.\n\nKoen\n\n"
        + outlook_nl(q(*sara), t2, q(*koen), "RE: seminarie Stadsorganisaties in transitie")
        + "Ja, ik wil wel! Dit zijn mijn gegevens voor de inschrijving:\n\n"
        "Naam: Sara De Bruyn\nStad / gemeente: Aalst\nFunctie: consulent organisatieontwikkeling\n"
        "E-mailadres: sara.debruyn@aalst.be\n\nMerci om het door te sturen!\nSara\n\n"
        + outlook_nl(q(*koen), t1, q(*sara), "seminarie Stadsorganisaties in transitie")
        + "Hoi Sara,\n\nIk geraak er op 7 december niet, ik heb dan een sollicitatiedag. Wil jij misschien gaan? "
        "Dan stuur ik je gegevens door naar Linda.\n\nKoen Van den Bossche\nAfdelingshoofd HR\nStad Aalst\n"
    )
    h = std_headers(
        addr(*koen),
        addr(LINDA_NAME, LINDA),
        "FW: seminarie Stadsorganisaties in transitie",
        t,
        mid("aalst.be"),
        cc=addr(*sara),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "seminarie Stadsorganisaties in transitie"), alt(text)),
        "registration",
        [
            reg(
                "Sara De Bruyn",
                "Aalst",
                "consulent organisatieontwikkeling",
                "sara.debruyn@aalst.be",
            )
        ],
        False,
        "forwarded two-person thread: the registration is the last message in the thread (Sara's labelled block "
        "below a 'Van:' header); the forwarder says he does not come and is not registered",
    )


# --- Hasselt: reply to ANOTHER person's forwarded confirmation
def m_hasselt_otherconf():
    ann = ("Ann Vermeiren", "ann.vermeiren@hasselt.be")
    guy = ("Guy Stevens", "guy.stevens@hasselt.be")
    tc = d(19, 11, 2)
    tf = d(21, 9, 30)
    t = d(21, 15, 55)
    text = (
        "Beste Linda,\n\nMijn collega Ann stuurde me haar bevestiging door. Ik wil me graag ook inschrijven:\n"
        "Guy Stevens, diensthoofd ICT, Stad Hasselt, guy.stevens@hasselt.be\n\nAlvast bedankt!\nGuy\n\n"
        + outlook_nl(q(*ann), tf, q(*guy), "FW: " + CONF_SUBJ)
        + "Guy, ik ben ingeschreven, misschien ook iets voor jou?\nAnn\n\n"
        + outlook_nl(LINDA_Q, tc, q(*ann), CONF_SUBJ)
        + confirmation(
            "Ann",
            [("Ann Vermeiren", "Hasselt", "beleidsmedewerker HR", "ann.vermeiren@hasselt.be")],
        )
    )
    h = std_headers(
        addr(*guy),
        addr(LINDA_NAME, LINDA),
        "RE: FW: " + CONF_SUBJ,
        t,
        mid("hasselt.be"),
        cc=addr(*ann),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, CONF_SUBJ), alt(text)),
        "registration",
        [reg("Guy Stevens", "Hasselt", "diensthoofd ICT", "guy.stevens@hasselt.be")],
        False,
        "reply to another person's confirmation that was forwarded to him: he registers himself in one comma line; "
        "Ann's details in the quoted confirmation are not a new registration",
    )


# --- Genk: confirmation forwarded to the boss 'zie hieronder', boss replies-all 'zet mij er ook bij'
def m_genk_boss():
    sarah = ("Sarah Jacobs", "sarah.jacobs@genk.be")
    marc = ("Marc Verlinden", "marc.verlinden@genk.be")
    tc = d(22, 8, 40)
    tf = d(22, 9, 5)
    t = d(22, 12, 31)
    text = (
        "Linda, zet mij er ook bij aub.\n\nMarc Verlinden\nAlgemeen directeur\nStad Genk\n\n"
        + outlook_nl(q(*sarah), tf, q(*marc), "FW: " + CONF_SUBJ, LINDA_Q)
        + "Marc, zie hieronder. Als je ook wil gaan, klik dan gewoon op 'allen beantwoorden', Linda staat in cc.\n\n"
        "Sarah\n\n"
        + outlook_nl(LINDA_Q, tc, q(*sarah), CONF_SUBJ)
        + confirmation(
            "Sarah",
            [("Sarah Jacobs", "Genk", "teamcoach talentmanagement", "sarah.jacobs@genk.be")],
        )
    )
    h = std_headers(
        addr(*marc),
        addr(*sarah),
        "RE: FW: " + CONF_SUBJ,
        t,
        mid("genk.be"),
        cc=addr(LINDA_NAME, LINDA),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, CONF_SUBJ), alt(text)),
        "registration",
        [reg("Marc Verlinden", "Genk", "algemeen directeur", "marc.verlinden@genk.be")],
        False,
        "boss replies-all 'zet mij er ook bij' to a forwarded confirmation (Linda in Cc): registers the boss from "
        "his signature, not Sarah whose confirmation is quoted",
    )


# --- Lier: To = the alderman, Linda in Cc, explicit details
def m_lier_cc():
    katleen = ("Katleen Mertens", "katleen.mertens@lier.be")
    pieter = ("Pieter Hermans", "pieter.hermans@lier.be")
    t = d(22, 14, 17)
    text = """Dag Pieter,

Zoals gevraagd geef ik je inschrijving door voor het seminarie van 7 december in Permeke.

Linda, kan jij Pieter noteren? Zijn gegevens:
Naam: Pieter Hermans
Stad / gemeente: Lier
Functie: schepen van personeel en organisatie
E-mailadres: pieter.hermans@lier.be

Groeten,

Katleen Mertens
Secretariaat burgemeester en schepenen
Stad Lier
"""
    h = std_headers(
        addr(*katleen),
        addr(*pieter),
        "Seminarie KCVS 7 december",
        t,
        mid("lier.be"),
        cc=addr(LINDA_NAME, LINDA),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "Seminarie KCVS 7 december"), alt(text)),
        "registration",
        [
            reg(
                "Pieter Hermans",
                "Lier",
                "schepen van personeel en organisatie",
                "pieter.hermans@lier.be",
            )
        ],
        False,
        "mail To the alderman with Linda only in Cc ('Linda, kan jij Pieter noteren?'): the alderman registers with "
        "labelled fields; the secretary who writes is not registered",
    )


# --- Brasschaat: To = Eline, Linda in Cc, her address only in the To header
def m_brasschaat_to():
    dirk = ("Dirk Van Gorp", "dirk.vangorp@brasschaat.be")
    eline = ("Eline Aerts", "eline.aerts@brasschaat.be")
    t = d(22, 16, 40)
    text = """Hoi Eline,

Fijn dat je meegaat naar het seminarie in Antwerpen op 7/12. Ikzelf sta al op de lijst.

Linda (in cc): kan jij Eline ook noteren? Ze is sinds deze maand onze nieuwe HR-business partner. Haar mailadres zie je hierboven bij 'Aan'.

Groet,
Dirk

Dirk Van Gorp
HR-manager
Gemeente Brasschaat
"""
    h = std_headers(
        addr(*dirk),
        addr(*eline),
        "seminarie 7/12",
        t,
        mid("brasschaat.be"),
        cc=addr(LINDA_NAME, LINDA),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "seminarie 7/12"), alt(text)),
        "registration",
        [reg("Eline Aerts", "Brasschaat", "HR-business partner", "eline.aerts@brasschaat.be")],
        False,
        "To is the colleague, Linda in Cc ('Linda, kan jij Eline ook noteren?'): Eline's address is only in the To "
        "header, which the body points to; the writer is already registered and is not registered again",
    )


# --- Roeselare: To = a registered colleague, Linda in Cc, writer registers herself
def m_roeselare_cc_self():
    ruben = ("Ruben Debruyne", "ruben.debruyne@roeselare.be")
    lien = ("Lien Vermeersch", "lien.vermeersch@roeselare.be")
    t0 = d(19, 10, 10)
    t1 = d(23, 8, 50)
    t = d(23, 9, 22)
    text = (
        "Ruben, leuk, ik ga ook! Kunnen we samen rijden?\n\n"
        "Linda, kan jij mij ook noteren?\nLien Vermeersch, projectleider dienstverlening, Stad Roeselare "
        "(lien.vermeersch@roeselare.be)\n\nBedankt!\nLien\n\n"
        + outlook_nl(q(*ruben), t1, q(*lien), "FW: inschrijving seminarie KCVS")
        + "Lien, ter info: ik heb me ingeschreven voor dit seminarie, zie hieronder. Iets voor jou?\n\nRuben\n\n"
        + outlook_nl(q(*ruben), t0, LINDA_Q, "inschrijving seminarie KCVS")
        + "Beste Linda,\n\nNaam: Ruben Debruyne\nStad / gemeente: Roeselare\nFunctie: teamleider burgerzaken\n"
        "E-mailadres: ruben.debruyne@roeselare.be\n\nGroeten,\nRuben\n"
    )
    h = std_headers(
        addr(*lien),
        addr(*ruben),
        "RE: FW: inschrijving seminarie KCVS",
        t,
        mid("roeselare.be"),
        cc=addr(LINDA_NAME, LINDA),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "inschrijving seminarie KCVS"), alt(text)),
        "registration",
        [
            reg(
                "Lien Vermeersch",
                "Roeselare",
                "projectleider dienstverlening",
                "lien.vermeersch@roeselare.be",
            )
        ],
        False,
        "To is a colleague (already registered, his registration quoted two levels down), Linda in Cc: only the "
        "writer registers herself ('Linda, kan jij mij ook noteren?')",
    )


# --- Sint-Niklaas: long Outlook thread, 5 levels, top registers the writer only
def m_sintniklaas_long():
    els = ("Els Maes", "els.maes@sint-niklaas.be")
    an = ("An Van Damme", "an.vandamme@sint-niklaas.be")
    koen = ("Koen Smet", "koen.smet@sint-niklaas.be")
    bart = ("Bart De Clercq", "bart.declercq@sint-niklaas.be")
    t3 = d(13, 8, 31)
    t2 = d(13, 9, 15)
    t1 = d(13, 10, 2)
    t = d(23, 11, 48)
    team = f"{q(*an)}; {q(*koen)}; {q(*bart)}"
    text = (
        "Dag Linda,\n\nNa wat heen-en-weer gemail (zie onder) ga ik uiteindelijk toch mee. Graag ook mij "
        "inschrijven:\nBart De Clercq, teamleider welzijn bij Stad Sint-Niklaas.\n\nGroet,\nBart\n\n"
        "Bart De Clercq\nTeamleider welzijn\nStad Sint-Niklaas\n\n"
        + outlook_nl(
            q(*koen),
            t1,
            f"{q(*an)}; {LINDA_Q}",
            "RE: seminarie Stadsorganisaties in transitie",
            f"{q(*els)}; {q(*bart)}",
        )
        + "Ik kan niet, ik zit die week op opleiding in Gent.\nKoen\n\n"
        + outlook_nl(
            q(*an),
            t2,
            f"{q(*els)}; {LINDA_Q}",
            "RE: seminarie Stadsorganisaties in transitie",
            f"{q(*koen)}; {q(*bart)}",
        )
        + "Ik! Linda (toegevoegd), hierbij mijn inschrijving:\n\nNaam: An Van Damme\nStad / gemeente: "
        "Sint-Niklaas\nFunctie: coördinator personeelsbeleid\nE-mailadres: an.vandamme@sint-niklaas.be\n\nAn\n\n"
        + outlook_nl(q(*els), t3, team, "FW: " + INV_SUBJ)
        + "Collega's, wie gaat er mee naar dit seminarie? Ik kan zelf niet.\nEls\n\n"
        + outlook_nl(LINDA_Q, INV_DATE, q(*els), INV_SUBJ)
        + invitation()
    )
    h = std_headers(
        addr(*bart),
        addrs((LINDA_NAME, LINDA)),
        "RE: seminarie Stadsorganisaties in transitie",
        t,
        mid("sint-niklaas.be"),
        cc=addrs(els, an, koen),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "seminarie Stadsorganisaties in transitie"), alt(text)),
        "registration",
        [
            reg(
                "Bart De Clercq",
                "Sint-Niklaas",
                "teamleider welzijn",
                "bart.declercq@sint-niklaas.be",
            )
        ],
        False,
        "long Outlook thread, five levels (invitation, forward, An's labelled registration, Koen declines, Bart on "
        "top): only Bart registers; An's quoted block is not new and Koen/Els are not registrants",
    )


# --- Dendermonde: 4-level thread, top registers two with labelled blocks; organiser's own copy of the reply
DKAT = ("Katrien Van Hoof", "katrien.vanhoof@dendermonde.be")
DVEER = ("Veerle Dierickx", "veerle.dierickx@dendermonde.be")
DFRANK = ("Frank Baeyens", "frank.baeyens@dendermonde.be")
DEND_SUBJ = "inschrijving seminarie 7 december"
DEND_T = d(23, 14, 5)
DEND_MID = mid("dendermonde.be")
DEND_TOP = """Beste Linda,

Na overleg (zie hieronder) schrijf ik volgende twee personen in:

Naam: Mevr. Veerle Dierickx
Stad / gemeente: Stad Dendermonde
Functie: algemeen directeur
E-mailadres: veerle.dierickx@dendermonde.be

Naam: Dhr. Frank Baeyens
Stad / gemeente: Stad Dendermonde
Functie: financieel directeur
E-mailadres: frank.baeyens@dendermonde.be

Met vriendelijke groeten,

Katrien Van Hoof
Directiesecretariaat
Stad Dendermonde
"""


def dend_lower():
    t1 = d(23, 11, 20)
    t2 = d(23, 10, 48)
    t3 = d(23, 9, 2)
    return (
        outlook_nl(q(*DVEER), t1, q(*DKAT), "RE: seminarie KCVS", q(*DFRANK))
        + "Katrien, schrijf Frank en mij in aub. Pascal (schepen) kan niet, die heeft college.\nVeerle\n\n"
        + outlook_nl(q(*DFRANK), t2, q(*DKAT), "RE: seminarie KCVS", q(*DVEER))
        + "Ok voor mij.\nFrank\n\n"
        + outlook_nl(q(*DKAT), t3, f"{q(*DVEER)}; {q(*DFRANK)}", "seminarie KCVS")
        + "Dag Veerle, dag Frank,\n\nWillen jullie naar dit seminarie? Dan schrijf ik jullie in.\n\nKatrien\n\n"
        + outlook_nl(LINDA_Q, INV_DATE, q(*DKAT), INV_SUBJ)
        + invitation()
    )


def m_dendermonde_two():
    text = DEND_TOP + "\n" + dend_lower()
    h = std_headers(
        addr(*DKAT),
        addr(LINDA_NAME, LINDA),
        DEND_SUBJ,
        DEND_T,
        DEND_MID,
        cc=addrs(DVEER, DFRANK),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, DEND_SUBJ), alt(text)),
        "registration",
        [
            reg(
                "Veerle Dierickx",
                "Dendermonde",
                "algemeen directeur",
                "veerle.dierickx@dendermonde.be",
            ),
            reg(
                "Frank Baeyens",
                "Dendermonde",
                "financieel directeur",
                "frank.baeyens@dendermonde.be",
            ),
        ],
        False,
        "secretariat registers two directors with labelled blocks on top of a four-level internal thread "
        "(honorifics Mevr./Dhr. dropped, 'Stad Dendermonde' -> Dendermonde); the writer and the schepen who "
        "'kan niet' are not registrants",
    )


def m_dendermonde_lindacopy():
    t = d(23, 16, 30)
    text = (
        "Beste Katrien,\n\nIk heb mevrouw Dierickx en de heer Baeyens genoteerd. Zij ontvangen elk nog een "
        "automatische bevestiging.\n\nMet vriendelijke groeten,\n\n"
        + LINDA_SIG
        + "\n"
        + outlook_nl(q(*DKAT), DEND_T, LINDA_Q, DEND_SUBJ, f"{q(*DVEER)}; {q(*DFRANK)}")
        + DEND_TOP
    )
    h = std_headers(
        addr(LINDA_NAME, LINDA),
        addr(*DKAT),
        "RE: " + DEND_SUBJ,
        t,
        mid("kcvs.be"),
        cc=addrs(DVEER, DFRANK),
        irt=DEND_MID,
        refs=[DEND_MID],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, DEND_SUBJ), alt(text)),
        "other",
        [],
        False,
        "the organiser's own reply-all (her Bcc copy, From: Linda) saying both are noted; the quoted registration "
        "with two labelled blocks must not be registered again",
    )


# --- Tienen: Gmail thread with '>' levels, Linda added, two colleagues register
def m_tienen_gmail():
    evelien = ("Evelien Cuypers", "evelien.cuypers@tienen.be")
    nick = ("Nick Jorissen", "nick.jorissen@tienen.be")
    lotte = ("Lotte Hendrickx", "lotte.hendrickx@tienen.be")
    t3 = d(19, 16, 5)
    t2 = d(20, 14, 50)
    t1 = d(20, 15, 22)
    t = d(20, 15, 40)
    lvl3 = fwd_nl(q(LINDA_NAME, LINDA), INV_DATE, q(*evelien), INV_SUBJ) + invitation()
    lvl3 = "Ter info, iets voor jullie?\nEvelien\n\n" + lvl3
    lvl2 = "Zullen we samen gaan? Ik kan rijden.\n\n" + gmail_attr(t3, *evelien) + gquote(lvl3)
    lvl1 = "Goed idee. Zet jij ons allebei op de lijst?\n\n" + gmail_attr(t2, *nick) + gquote(lvl2)
    text = (
        "Dag Linda,\n\nIk voeg je even toe aan ons gesprekje. We willen ons allebei inschrijven:\n\n"
        "- Nick Jorissen, beleidsmedewerker strategie, nick.jorissen@tienen.be\n"
        "- Lotte Hendrickx, organisatiecoach, lotte.hendrickx@tienen.be\n\n"
        "Allebei van Stad Tienen.\n\nGroetjes,\nNick\n\n" + gmail_attr(t1, *lotte) + gquote(lvl1)
    )
    h = std_headers(
        addr(*nick),
        addrs((LINDA_NAME, LINDA), lotte),
        "Re: Fwd: " + INV_SUBJ,
        t,
        mid("", "gmail"),
        cc=addr(*evelien),
    )
    add(
        message(h, alt(text)),
        "registration",
        [
            reg(
                "Nick Jorissen", "Tienen", "beleidsmedewerker strategie", "nick.jorissen@tienen.be"
            ),
            reg("Lotte Hendrickx", "Tienen", "organisatiecoach", "lotte.hendrickx@tienen.be"),
        ],
        False,
        "Gmail thread with '>', '>>', '>>>' levels between colleagues; Linda is added on the last message which "
        "registers two people in a dash list, city in a separate sentence; Evelien (forwarder) is not registered",
    )


# --- Geel: reply-all registers writer + a colleague not on the thread (no address)
def m_geel_plus():
    jens = ("Jens Helsen", "jens.helsen@geel.be")
    inge = ("Inge Vos", "inge.vos@geel.be")
    t0 = d(21, 9, 0)
    mid0 = mid("geel.be")
    t = d(21, 10, 33)
    text = (
        "Dag Linda,\n\nIk kom ook, en ik breng onze nieuwe collega Sam Geukens mee (stafmedewerker ICT). "
        "Hij heeft nog geen mailadres, dat volgt pas volgende maand.\n\nGroeten,\n\n"
        "Inge Vos\nBeleidscoördinator interne zaken\nStad Geel\n\n"
        + outlook_nl(q(*jens), t0, LINDA_Q, "Inschrijving", q(*inge))
        + "Beste Linda,\n\nNaam: Jens Helsen\nStad / gemeente: Geel\nFunctie: jurist\n"
        "E-mailadres: jens.helsen@geel.be\n\nInge (cc) laat zelf nog iets weten.\n\nJens\n"
    )
    h = std_headers(
        addr(*inge),
        addrs(jens, (LINDA_NAME, LINDA)),
        "RE: Inschrijving",
        t,
        mid("geel.be"),
        irt=mid0,
        refs=[mid0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "Inschrijving"), alt(text)),
        "registration",
        [
            reg("Inge Vos", "Geel", "beleidscoördinator interne zaken", "inge.vos@geel.be"),
            reg("Sam Geukens", "Geel", "stafmedewerker ICT", None),
        ],
        False,
        "reply-all registering the writer (signature) plus a new colleague who is not on the thread and has no "
        "address yet (email null); Jens's quoted block is not repeated",
    )


# --- Lokeren: "Ik ook graag! Jan (in cc) kan niet" -> writer only, Jan never registered
def m_lokeren_jankanniet():
    sven = ("Sven Bracke", "sven.bracke@lokeren.be")
    marieke = ("Marieke Van Acker", "marieke.vanacker@lokeren.be")
    jan = ("Jan De Meyer", "jan.demeyer@lokeren.be")
    t0 = d(22, 10, 11)
    mid0 = mid("lokeren.be")
    t = d(22, 10, 58)
    body0 = (
        "Beste Linda,\n\nIk schrijf me in voor 7 december:\nSven Bracke\nStad Lokeren\nteamverantwoordelijke "
        "HR-administratie\nsven.bracke@lokeren.be\n\nIk heb Jan en Marieke in cc gezet, misschien gaan zij ook "
        "mee.\n\nSven\n"
    )
    text = (
        "Ik ook graag! Jan (in cc) kan niet, die heeft verlof die week.\n\n"
        "Marieke Van Acker - deskundige personeel - Stad Lokeren\n\n"
        + gmail_attr(t0, *sven)
        + gquote(body0)
    )
    h = std_headers(
        addr(*marieke),
        addrs(sven, (LINDA_NAME, LINDA)),
        "Re: inschrijving 7 december",
        t,
        mid("", "gmail"),
        cc=addr(*jan),
        irt=mid0,
        refs=[mid0],
    )
    add(
        message(h, text_part(text)),
        "registration",
        [
            reg(
                "Marieke Van Acker",
                "Lokeren",
                "deskundige personeel",
                "marieke.vanacker@lokeren.be",
            )
        ],
        False,
        "reply-all 'Ik ook graag! Jan (in cc) kan niet': only the writer registers; Jan was never registered, so "
        "this is no cancellation; 'in cc' here does not point to a registrant's address",
    )


# --- Schoten: "Idem voor mij" from an alderman's private Gmail address
def m_schoten_privgmail():
    ann = ("Ann Geerts", "ann.geerts@schoten.be")
    guido = ("Guido Leysen", "guido.leysen.schoten@gmail.com")
    t0 = d(26, 8, 20)
    mid0 = mid("schoten.be")
    t = d(26, 19, 42)
    body0 = (
        "Beste Linda,\n\nGraag mijn inschrijving voor het seminarie:\n\nNaam: Ann Geerts\nStad / gemeente: "
        "Gemeente Schoten\nFunctie: algemeen directeur\nE-mailadres: ann.geerts@schoten.be\n\n"
        "Schepen Leysen zet ik in cc; hij was ook geïnteresseerd.\n\nMet vriendelijke groeten,\nAnn Geerts\n"
    )
    text = (
        "Idem voor mij, Linda.\n\nGuido Leysen\nSchepen van personeel en ICT\nGemeente Schoten\n\n"
        + gmail_attr(t0, *ann)
        + gquote(body0)
    )
    h = std_headers(
        addr(*guido),
        addrs(ann, (LINDA_NAME, LINDA)),
        "Re: Inschrijving seminarie 7/12",
        t,
        mid("", "gmail"),
        irt=mid0,
        refs=[mid0],
    )
    add(
        message(h, alt(text)),
        "registration",
        [
            reg(
                "Guido Leysen",
                "Schoten",
                "schepen van personeel en ICT",
                "guido.leysen.schoten@gmail.com",
            )
        ],
        False,
        "'Idem voor mij' reply-all by an alderman from his private Gmail address: his address is the sender's "
        "(none in the body); the quoted registration of the algemeen directeur is not repeated",
    )


# --- Vilvoorde: "Wij ook!" -- who is 'wij'?
def m_vilvoorde_wijook():
    kristof = ("Kristof Janssens", "kristof.janssens@vilvoorde.be")
    sanne = ("Sanne Wuyts", "sanne.wuyts@vilvoorde.be")
    team = [
        ("Jonas Pauwels", "jonas.pauwels@vilvoorde.be"),
        ("Ilse Bosmans", "ilse.bosmans@vilvoorde.be"),
        sanne,
    ]
    t0 = d(26, 11, 5)
    mid0 = mid("vilvoorde.be")
    t = d(26, 11, 40)
    body0 = (
        "Dag Linda,\n\nIk schrijf me graag in.\n\nNaam: Kristof Janssens\nStad / gemeente: Vilvoorde\n"
        "Functie: teamleider rekrutering\nE-mailadres: kristof.janssens@vilvoorde.be\n\n"
        "Het team HR zet ik in cc.\n\nKristof\n"
    )
    text = (
        "Wij ook! \U0001f60a\n\nSanne\n\nSanne Wuyts\nTeamcoach HR\nStad Vilvoorde\n\n"
        + outlook_nl(
            q(*kristof), t0, LINDA_Q, "Inschrijving seminarie", "; ".join(q(*p) for p in team)
        )
        + body0
    )
    h = std_headers(
        addr(*sanne),
        addrs(kristof, (LINDA_NAME, LINDA)),
        "RE: Inschrijving seminarie",
        t,
        mid("vilvoorde.be"),
        cc=addrs(*team[:2]),
        irt=mid0,
        refs=[mid0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "Inschrijving seminarie"), alt(text)),
        "registration",
        [reg("Sanne Wuyts", "Vilvoorde", "teamcoach HR", "sanne.wuyts@vilvoorde.be")],
        True,
        "reply-all 'Wij ook!' from one member of a Cc'd team: she registers, but 'wij' may include Jonas and Ilse "
        "(in cc) or not; a person must ask who comes",
    )


# --- Ieper: reply to a forwarded confirmation, 'zelfde stad als Lieve'
def m_ieper_zelfdestad():
    lieve = ("Lieve Vandenbroucke", "lieve.vandenbroucke@ieper.be")
    tim = ("Tim Lannoo", "tim.lannoo@ieper.be")
    tc = d(23, 15, 0)
    tf = d(26, 9, 12)
    t = d(26, 9, 47)
    text = (
        "Dag Linda,\n\nIk schrijf me ook graag in, zelfde stad als Lieve hieronder.\n\nNaam: Tim Lannoo\n"
        "Functie: webredacteur\nE-mailadres: tim.lannoo@ieper.be\n\nBedankt!\nTim\n\n"
        + outlook_nl(q(*lieve), tf, q(*tim), "FW: " + CONF_SUBJ)
        + "Tim, zie hieronder, schrijf je ook in! Gewoon Linda mailen.\nLieve\n\n"
        + outlook_nl(LINDA_Q, tc, q(*lieve), CONF_SUBJ)
        + confirmation(
            "Lieve",
            [
                (
                    "Lieve Vandenbroucke",
                    "Ieper",
                    "diensthoofd communicatie",
                    "lieve.vandenbroucke@ieper.be",
                )
            ],
        )
    )
    h = std_headers(
        addr(*tim),
        addr(LINDA_NAME, LINDA),
        "RE: FW: " + CONF_SUBJ,
        t,
        mid("ieper.be"),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, CONF_SUBJ), alt(text)),
        "registration",
        [reg("Tim Lannoo", "Ieper", "webredacteur", "tim.lannoo@ieper.be")],
        False,
        "reply to another person's forwarded confirmation: Naam/Functie/E-mailadres given, city only as 'zelfde "
        "stad als Lieve hieronder' (Ieper in the quoted confirmation); Lieve is not registered again",
    )


# --- Ninove: reply-all writer + the mayor; Linda's reply-all then bounces for a mistyped Cc
NIN_RAF = ("Raf Cosyns", "raf.cosyns@ninove.be")
NIN_EV = ("Evelyne Van der Linden", "evelyne.vanderlinden@ninove.be")
NIN_SUBJ = "Inschrijving KCVS-seminarie"
NIN_T0 = d(26, 13, 30)
NIN_MID0 = mid("ninove.be")
NIN_BODY0 = (
    "Beste Linda,\n\nNaam: Raf Cosyns\nStad / gemeente: Ninove\nFunctie: strategisch coördinator\n"
    "E-mailadres: raf.cosyns@ninove.be\n\nGroeten,\nRaf\n"
)
NIN_T1 = d(26, 14, 2)
NIN_MID1 = mid("ninove.be")
NIN_BODY1 = (
    "Voor mij ook graag. Ook onze burgemeester wil mee:\n\nDhr. Wim Van Lierde, burgemeester, "
    "wim.vanlierde@ninove.be\n\nVriendelijke groeten,\n\nEvelyne Van der Linden\nCommunicatiecoördinator\n"
    "Stad Ninove\n"
)


def m_ninove_mayor():
    text = (
        NIN_BODY1
        + "\n"
        + outlook_nl(q(*NIN_RAF), NIN_T0, LINDA_Q, NIN_SUBJ, q(*NIN_EV))
        + NIN_BODY0
    )
    h = std_headers(
        addr(*NIN_EV),
        addrs(NIN_RAF, (LINDA_NAME, LINDA)),
        "RE: " + NIN_SUBJ,
        NIN_T1,
        NIN_MID1,
        irt=NIN_MID0,
        refs=[NIN_MID0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, NIN_SUBJ), alt(text)),
        "registration",
        [
            reg(
                "Evelyne Van der Linden",
                "Ninove",
                "communicatiecoördinator",
                "evelyne.vanderlinden@ninove.be",
            ),
            reg("Wim Van Lierde", "Ninove", "burgemeester", "wim.vanlierde@ninove.be"),
        ],
        False,
        "reply-all 'Voor mij ook graag' plus the mayor on one line ('Dhr.' dropped); the writer's details come "
        "from her signature; Raf's quoted block is not repeated",
    )


def m_ninove_bounce():
    t_linda = d(26, 15, 10)
    linda_mid = mid("kcvs.be")
    bad = "raf.cosijns@ninove.be"
    linda_text = (
        "Dag Evelyne, dag Raf,\n\nGenoteerd: Raf, Evelyne en burgemeester Van Lierde. Jullie krijgen elk "
        "nog een bevestiging.\n\nMet vriendelijke groeten,\n\n"
        + LINDA_SIG
        + "\n"
        + outlook_nl(q(*NIN_EV), NIN_T1, f"{q(*NIN_RAF)}; {LINDA_Q}", "RE: " + NIN_SUBJ)
        + NIN_BODY1
        + "\n"
        + outlook_nl(q(*NIN_RAF), NIN_T0, LINDA_Q, NIN_SUBJ, q(*NIN_EV))
        + NIN_BODY0
    )
    orig_h = std_headers(
        addr(LINDA_NAME, LINDA),
        addrs(NIN_EV, ("Raf Cosyns", bad)),
        "RE: " + NIN_SUBJ,
        t_linda,
        linda_mid,
        irt=NIN_MID1,
        refs=[NIN_MID0, NIN_MID1],
    )
    orig = message(orig_h, text_part(linda_text)).replace(b"\r\n", b"\n")
    t = d(26, 15, 11)
    expl = f"""This is the mail system at host mx1.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{bad}>: host ninove-be.mail.protection.outlook.com[104.47.2.36]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {bad} not
    found by SMTP address lookup (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; mx1.kcvs.be
X-Postfix-Queue-ID: 4F2B71C0A3
X-Postfix-Sender: rfc822; {LINDA}
Arrival-Date: {rfc_date(t_linda)}

Final-Recipient: rfc822; {bad}
Original-Recipient: rfc822;{bad}
Action: failed
Status: 5.1.10
Remote-MTA: dns; ninove-be.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    {bad} not found by SMTP address lookup
"""
    parts = [
        (
            ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
            expl.encode(),
        ),
        (
            ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            status.encode(),
        ),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig),
    ]
    part = multipart("report", parts, " report-type=delivery-status;")
    h = [
        ("From", "MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)"),
        ("To", LINDA),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", rfc_date(t)),
        ("Message-ID", "<20181126141102.4F2B71C0A3@mx1.kcvs.be>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    add(
        message(h, part),
        "bounce",
        [],
        False,
        "Postfix DSN (multipart/report, 5.1.10) for Linda's own reply-all with a mistyped Cc; the returned message "
        "quotes a thread with a labelled block and the mayor's details, none of which is a registration",
    )


# --- Herentals: assistant forwards her boss's 'ja, schrijf me maar in'
def m_herentals_boss():
    nat = ("Nathalie Peeters", "nathalie.peeters@herentals.be")
    bart = ("Bart Lemmens", "bart.lemmens@herentals.be")
    t2 = d(26, 9, 0)
    t1 = d(26, 16, 44)
    t = d(27, 8, 15)
    text = (
        "Dag Linda,\n\nZie hieronder: onze stadssecretaris komt graag. Zijn gegevens staan in zijn "
        "handtekening.\n\nVriendelijke groeten,\nNathalie Peeters\nDirectieassistent\nStad Herentals\n\n"
        + outlook_nl("Lemmens Bart", t1, "Peeters Nathalie", "RE: seminarie 7/12 Antwerpen")
        + "Ja, schrijf me maar in.\nBart\n\nBart Lemmens\nStadssecretaris\nStad Herentals\n"
        "bart.lemmens@herentals.be\n\n"
        + outlook_nl("Peeters Nathalie", t2, "Lemmens Bart", "seminarie 7/12 Antwerpen")
        + "Bart, wil je hiernaar toe? Dan schrijf ik je in.\nNathalie\n\n"
        + outlook_nl(LINDA_Q, INV_DATE, q(*nat), INV_SUBJ)
        + invitation()
    )
    h = std_headers(
        addr(*nat),
        addr(LINDA_NAME, LINDA),
        "FW: seminarie 7/12 Antwerpen",
        t,
        mid("herentals.be"),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "seminarie 7/12 Antwerpen"), alt(text)),
        "registration",
        [reg("Bart Lemmens", "Herentals", "stadssecretaris", "bart.lemmens@herentals.be")],
        False,
        "assistant forwards an internal thread: the boss's 'Ja, schrijf me maar in' (second level) registers him "
        "with the details of his quoted signature; the forwarder is not registered; invitation template at the "
        "bottom",
    )


# --- Lommel: reply-all registration + vegetarian lunch question
def m_lommel_veggie():
    maarten = ("Maarten Bex", "maarten.bex@lommel.be")
    jolien = ("Jolien Vanderhoydonck", "jolien.vanderhoydonck@lommel.be")
    t0 = d(27, 10, 0)
    mid0 = mid("lommel.be")
    t = d(27, 10, 25)
    body0 = (
        "Dag Linda,\n\nNaam: Maarten Bex\nStad / gemeente: Lommel\nFunctie: afdelingshoofd burgerzaken\n"
        "E-mailadres: maarten.bex@lommel.be\n\nMaarten\n"
    )
    text = (
        "Ik kom ook mee. Linda, is er ook een vegetarische lunch voorzien? Ik eet geen vlees of vis.\n\n"
        "Jolien Vanderhoydonck\nBeleidsmedewerker personeel\nStad Lommel\n\n"
        + outlook_nl(q(*maarten), t0, LINDA_Q, "inschrijving seminarie", q(*jolien))
        + body0
    )
    h = std_headers(
        addr(*jolien),
        addrs(maarten, (LINDA_NAME, LINDA)),
        "RE: inschrijving seminarie",
        t,
        mid("lommel.be"),
        irt=mid0,
        refs=[mid0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "inschrijving seminarie"), alt(text)),
        "registration",
        [
            reg(
                "Jolien Vanderhoydonck",
                "Lommel",
                "beleidsmedewerker personeel",
                "jolien.vanderhoydonck@lommel.be",
            )
        ],
        True,
        "reply-all 'Ik kom ook mee' with a dietary question (vegetarian lunch): registration of the writer only, "
        "but a person must answer the question",
    )


# --- Mortsel: shared secretariat mailbox, alderman 'in cc'
def m_mortsel_secretariat():
    johan = ("Johan Meeus", "johan.meeus@mortsel.be")
    secr = ("Secretariaat Stad Mortsel", "secretariaat@mortsel.be")
    hilde = ("Hilde Van Dyck", "hilde.vandyck@mortsel.be")
    t0 = d(27, 9, 10)
    mid0 = mid("mortsel.be")
    t = d(27, 13, 22)
    body0 = (
        "Beste mevrouw Boudry,\n\nIk schrijf mij graag in voor het seminarie.\n\nNaam: Johan Meeus\n"
        "Stad / gemeente: Mortsel\nFunctie: algemeen directeur\nE-mailadres: johan.meeus@mortsel.be\n\n"
        "Met vriendelijke groeten,\nJohan Meeus\n"
    )
    text = (
        "Beste Linda,\n\nIn navolging van de inschrijving van onze algemeen directeur hieronder: ook schepen "
        "Hilde Van Dyck (in cc) komt mee. Zij is schepen van personeel en financiën.\n\n"
        "Met vriendelijke groeten,\nSofie\nSecretariaat Stad Mortsel\n\n"
        + outlook_nl(q(*johan), t0, LINDA_Q, "Inschrijving seminarie 7 december", q(*secr))
        + body0
    )
    h = std_headers(
        addr(*secr),
        addrs(johan, (LINDA_NAME, LINDA)),
        "RE: Inschrijving seminarie 7 december",
        t,
        mid("mortsel.be"),
        cc=addr(*hilde),
        irt=mid0,
        refs=[mid0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "Inschrijving seminarie 7 december"), alt(text)),
        "registration",
        [
            reg(
                "Hilde Van Dyck",
                "Mortsel",
                "schepen van personeel en financiën",
                "hilde.vandyck@mortsel.be",
            )
        ],
        False,
        "reply-all from a shared secretariat mailbox: the alderman '(in cc)' registers with the Cc address; the "
        "sender is a mailbox, not a registrant; the director's quoted block is not repeated",
    )


# --- Deinze: Gmail thread with Linda, 'Ja graag!' with signature
def m_deinze_jagraag():
    joris = ("Joris Vanhoutte", "joris.vanhoutte@deinze.be")
    t2 = d(27, 11, 0)
    t1 = d(27, 14, 20)
    t = d(27, 14, 41)
    sig = "-- \nJoris Vanhoutte | coördinator organisatieontwikkeling | Stad Deinze | joris.vanhoutte@deinze.be\n"
    lvl2 = (
        "Dag Linda,\n\nIs er nog plaats op het seminarie van 7 december? Een collega stuurde me de "
        "uitnodiging door.\n\nJoris\n\n" + sig
    )
    lvl1 = (
        "Dag Joris,\n\nJa hoor, er is nog plaats. Zal ik je inschrijven? Dan heb ik je naam, stad/gemeente, "
        "functie en e-mailadres nodig.\n\nGroeten,\nLinda\n\n"
        + gmail_attr(t2, *joris)
        + gquote(lvl2)
    )
    text = (
        "Ja graag! Alles staat in mijn handtekening :-)\n\nJoris\n\n"
        + sig
        + "\n"
        + gmail_attr(t1, LINDA_NAME, LINDA)
        + gquote(lvl1)
    )
    h = std_headers(
        addr(*joris), addr(LINDA_NAME, LINDA), "Re: Nog plaats op 7 december?", t, mid("", "gmail")
    )
    add(
        message(h, alt(text)),
        "registration",
        [
            reg(
                "Joris Vanhoutte",
                "Deinze",
                "coördinator organisatieontwikkeling",
                "joris.vanhoutte@deinze.be",
            )
        ],
        False,
        "Gmail '>'/'>>' thread with the organiser: 'Ja graag!' answers her 'Zal ik je inschrijven?'; all four "
        "fields are in his '-- ' signature (pipe-separated)",
    )


# --- Antwerpen: confirmation sent to two, one cancels via reply-all
def m_antwerpen_cancel_one():
    karel = ("Karel Jacobs", "karel.jacobs@antwerpen.be")
    sien = ("Sien Verstraeten", "sien.verstraeten@antwerpen.be")
    tc = d(20, 9, 30)
    midc = mid("kcvs.be")
    t = d(28, 8, 5)
    text = (
        "Dag Linda,\n\nIk moet helaas afzeggen, er is die ochtend een dringende vergadering met het "
        "managementteam. Karel komt wel.\n\nGroeten,\nSien\n\n"
        + outlook_nl(LINDA_Q, tc, f"{q(*karel)}; {q(*sien)}", CONF_SUBJ)
        + confirmation(
            "Karel en Sien",
            [
                ("Karel Jacobs", "Antwerpen", "programmamanager", "karel.jacobs@antwerpen.be"),
                (
                    "Sien Verstraeten",
                    "Antwerpen",
                    "adviseur organisatiebeheersing",
                    "sien.verstraeten@antwerpen.be",
                ),
            ],
        )
    )
    h = std_headers(
        addr(*sien),
        addrs((LINDA_NAME, LINDA), karel),
        "RE: " + CONF_SUBJ,
        t,
        mid("antwerpen.be"),
        irt=midc,
        refs=[midc],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, CONF_SUBJ), alt(text)),
        "cancellation",
        [
            reg(
                "Sien Verstraeten",
                "Antwerpen",
                "adviseur organisatiebeheersing",
                "sien.verstraeten@antwerpen.be",
            )
        ],
        False,
        "reply-all to a confirmation for two people: only the writer cancels ('Karel komt wel'); her details come "
        "from her block in the quoted confirmation",
    )


# --- Zottegem: manager writes To the employee, Linda in Cc, cancels for her
def m_zottegem_manager():
    peter = ("Peter Van Wesemael", "peter.vanwesemael@zottegem.be")
    ellen = ("Ellen De Vos", "ellen.devos@zottegem.be")
    tc = d(16, 14, 0)
    tf = d(16, 14, 20)
    t = d(28, 9, 50)
    text = (
        "Ellen, beterschap!\n\nLinda, Ellen zal er op 7 december niet bij zijn, zij is voor langere tijd "
        "afwezig. Kan je haar van de lijst schrappen?\n\nMet vriendelijke groeten,\n\nPeter Van Wesemael\n"
        "Afdelingshoofd Personeel & Organisatie\nStad Zottegem\n\n"
        + outlook_nl(q(*ellen), tf, q(*peter), "FW: " + CONF_SUBJ)
        + "Peter, ter info: ik ben ingeschreven.\nEllen\n\n"
        + outlook_nl(LINDA_Q, tc, q(*ellen), CONF_SUBJ)
        + confirmation(
            "Ellen", [("Ellen De Vos", "Zottegem", "deskundige HR", "ellen.devos@zottegem.be")]
        )
    )
    h = std_headers(
        addr(*peter),
        addr(*ellen),
        "RE: FW: " + CONF_SUBJ,
        t,
        mid("zottegem.be"),
        cc=addr(LINDA_NAME, LINDA),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, CONF_SUBJ), alt(text)),
        "cancellation",
        [reg("Ellen De Vos", "Zottegem", "deskundige HR", "ellen.devos@zottegem.be")],
        False,
        "manager writes To the employee with Linda in Cc and cancels for her; the cancelled person is the "
        "employee (details from her quoted confirmation), not the sender",
    )


# --- Beveren: Gmail thread with three quoted registrations, the writer cancels herself only
def m_beveren_gmail_cancel():
    wim = ("Wim Roels", "wim.roels@beveren.be")
    nele = ("Nele Van Goethem", "nele.vangoethem@beveren.be")
    sandra = ("Sandra Verhulst", "sandra.verhulst@beveren.be")
    t2 = d(15, 9, 40)
    t1 = d(15, 11, 5)
    t = d(28, 12, 14)
    lvl2 = (
        "Beste Linda,\n\nWij schrijven ons in:\n\nNaam: Wim Roels\nStad / gemeente: Beveren\nFunctie: "
        "algemeen directeur\nE-mailadres: wim.roels@beveren.be\n\nNaam: Nele Van Goethem\nStad / gemeente: "
        "Beveren\nFunctie: teamverantwoordelijke burgerzaken\nE-mailadres: nele.vangoethem@beveren.be\n\n"
        "Groeten,\nWim\n"
    )
    lvl1 = (
        "Ik sluit me aan:\n\nNaam: Sandra Verhulst\nStad / gemeente: Beveren\nFunctie: HR-coördinator\n"
        "E-mailadres: sandra.verhulst@beveren.be\n\nSandra\n\n"
        + gmail_attr(t2, *wim)
        + gquote(lvl2)
    )
    text = (
        "Hallo allemaal,\n\nIk haak helaas af: mijn schoonmoeder wordt die dag geopereerd. Wim en Sandra gaan "
        "nog wel.\nLinda, wil je mij schrappen?\n\nNele\n\n"
        + gmail_attr(t1, *sandra)
        + gquote(lvl1)
    )
    h = std_headers(
        addr(*nele),
        addrs(sandra, wim, (LINDA_NAME, LINDA)),
        "Re: Inschrijving seminarie 7 december",
        t,
        mid("", "gmail"),
    )
    add(
        message(h, alt(text)),
        "cancellation",
        [
            reg(
                "Nele Van Goethem",
                "Beveren",
                "teamverantwoordelijke burgerzaken",
                "nele.vangoethem@beveren.be",
            )
        ],
        False,
        "Gmail thread with '>' and '>>' levels holding three labelled blocks; the writer cancels only herself, "
        "her details from her quoted block; Wim and Sandra stay registered",
    )


# --- Knokke-Heist: long Outlook thread, cancellation on top, own registration three levels down
def m_knokke_long_cancel():
    geert = ("Geert Dumon", "geert.dumon@knokke-heist.be")
    fred = ("Frederik Dewulf", "frederik.dewulf@knokke-heist.be")
    isa = ("Isabelle Casteleyn", "isabelle.casteleyn@knokke-heist.be")
    pj = ("Pieter-Jan Vermeulen", "pieterjan.vermeulen@knokke-heist.be")
    t3 = d(13, 8, 12)
    t2 = d(14, 10, 30)
    t1 = d(14, 16, 2)
    t = d(28, 15, 37)
    subj_ = "seminarie Stadsorganisaties in transitie"
    text = (
        "Linda,\n\nSorry, ik moet me toch afmelden voor 7/12: het valt samen met de extra gemeenteraad over de "
        "begroting. Isabelle en Pieter-Jan blijven ingeschreven.\n\nFrederik\n\n"
        + outlook_nl(LINDA_Q, t1, q(*fred), "RE: " + subj_, f"{q(*isa)}; {q(*pj)}; {q(*geert)}")
        + "Dag Frederik,\n\nGenoteerd voor jullie drie; jullie krijgen elk nog een bevestiging.\n\n"
        "Groeten,\nLinda\n\n"
        + outlook_nl(q(*fred), t2, LINDA_Q, "RE: " + subj_, f"{q(*isa)}; {q(*pj)}; {q(*geert)}")
        + "Dag Linda,\n\nWij komen met drie:\n\nNaam: Frederik Dewulf\nStad / gemeente: Knokke-Heist\n"
        "Functie: diensthoofd financiën\nE-mailadres: frederik.dewulf@knokke-heist.be\n\n"
        "Naam: Isabelle Casteleyn\nStad / gemeente: Knokke-Heist\nFunctie: beleidsmedewerker personeel\n"
        "E-mailadres: isabelle.casteleyn@knokke-heist.be\n\n"
        "Naam: Pieter-Jan Vermeulen\nStad / gemeente: Knokke-Heist\nFunctie: ICT-coördinator\n"
        "E-mailadres: pieterjan.vermeulen@knokke-heist.be\n\nFrederik\n\n"
        + outlook_nl(q(*geert), t3, f"{q(*fred)}; {q(*isa)}; {q(*pj)}", "FW: " + INV_SUBJ)
        + "Frederik, wie van jullie team gaat hier naartoe? Schrijf jullie zelf in.\nGeert\n\n"
        + outlook_nl(LINDA_Q, INV_DATE, q(*geert), INV_SUBJ)
        + invitation()
    )
    h = std_headers(
        addr(*fred),
        addr(LINDA_NAME, LINDA),
        "RE: " + subj_,
        t,
        mid("knokke-heist.be"),
        cc=addrs(isa, pj, geert),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, subj_), alt(text, "windows-1252")),
        "cancellation",
        [
            reg(
                "Frederik Dewulf",
                "Knokke-Heist",
                "diensthoofd financiën",
                "frederik.dewulf@knokke-heist.be",
            )
        ],
        False,
        "five-level Outlook thread: the top message cancels only the writer, whose own labelled block is three "
        "levels down next to two colleagues who stay registered",
    )


# --- Mol: two cancel at once via reply-all
def m_mol_both_cancel():
    lore = ("Lore Mertens", "lore.mertens@gemeentemol.be")
    pieter = ("Pieter Vos", "pieter.vos@gemeentemol.be")
    tc = d(14, 11, 0)
    t0 = d(14, 10, 35)
    t = d(29, 8, 44)
    body0 = (
        "Dag Linda,\n\nGraag schrijf ik mezelf en mijn collega in:\n\nNaam: Lore Mertens\nStad / gemeente: "
        "Gemeente Mol\nFunctie: HR-adviseur\nE-mailadres: lore.mertens@gemeentemol.be\n\nNaam: Pieter Vos\n"
        "Stad / gemeente: Gemeente Mol\nFunctie: preventieadviseur\nE-mailadres: pieter.vos@gemeentemol.be\n\n"
        "Groeten,\nLore\n"
    )
    text = (
        "Dag Linda,\n\nWij kunnen allebei niet meer komen: er is die vrijdag een crisisoverleg waar we allebei "
        "bij moeten zijn. Sorry!\n\nLore & Pieter\n\n"
        + outlook_nl(LINDA_Q, tc, q(*lore), "RE: inschrijving", q(*pieter))
        + "Dag Lore,\n\nGenoteerd voor jullie beiden, bevestiging volgt.\n\nLinda\n\n"
        + outlook_nl(q(*lore), t0, LINDA_Q, "inschrijving", q(*pieter))
        + body0
    )
    h = std_headers(
        addr(*lore),
        addr(LINDA_NAME, LINDA),
        "RE: inschrijving",
        t,
        mid("gemeentemol.be"),
        cc=addr(*pieter),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "inschrijving"), alt(text)),
        "cancellation",
        [
            reg("Lore Mertens", "Mol", "HR-adviseur", "lore.mertens@gemeentemol.be"),
            reg("Pieter Vos", "Mol", "preventieadviseur", "pieter.vos@gemeentemol.be"),
        ],
        False,
        "reply-all 'Wij kunnen allebei niet meer': one mail cancels both people of the quoted registration "
        "(both blocks two levels down, 'Gemeente Mol' -> Mol)",
    )


# --- Halle: substitution by reply-all
def m_halle_substitution():
    sarah = ("Sarah Deneyer", "sarah.deneyer@halle.be")
    joris = ("Joris Vandevelde", "joris.vandevelde@halle.be")
    tc = d(21, 10, 0)
    t = d(29, 10, 12)
    text = (
        "Beste Linda,\n\nIk kan helaas niet op 7 december, maar mijn collega Joris Vandevelde (in cc) neemt mijn "
        "plaats in. Hij is ook beleidsmedewerker, bij de dienst strategie.\n\nGroeten,\nSarah\n\n"
        + outlook_nl(LINDA_Q, tc, q(*sarah), CONF_SUBJ)
        + confirmation(
            "Sarah",
            [
                (
                    "Sarah Deneyer",
                    "Halle",
                    "beleidsmedewerker organisatieontwikkeling",
                    "sarah.deneyer@halle.be",
                )
            ],
        )
    )
    h = std_headers(
        addr(*sarah),
        addr(LINDA_NAME, LINDA),
        "RE: " + CONF_SUBJ,
        t,
        mid("halle.be"),
        cc=addr(*joris),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, CONF_SUBJ), alt(text)),
        "cancellation",
        [
            reg(
                "Sarah Deneyer",
                "Halle",
                "beleidsmedewerker organisatieontwikkeling",
                "sarah.deneyer@halle.be",
            )
        ],
        True,
        "substitution on a reply to the confirmation: she cancels and the colleague in cc takes her place; two "
        "actions at once, so a person must handle it",
    )


# --- Harelbeke: 'Dank je!' reply-all to the organiser's reply
def m_harelbeke_dankje():
    leen = ("Leen Vanneste", "leen.vanneste@harelbeke.be")
    stef = ("Stef Decock", "stef.decock@harelbeke.be")
    t0 = d(22, 9, 10)
    t1 = d(22, 11, 30)
    t = d(22, 11, 47)
    text = (
        "Dank je!\n\nLeen\n\n"
        + outlook_nl(LINDA_Q, t1, q(*stef), "RE: inschrijving 7 december", q(*leen))
        + "Dag Stef,\n\nIk heb jullie allebei genoteerd, jullie krijgen nog elk een bevestiging.\n\n"
        "Met vriendelijke groeten,\nLinda\n\n"
        + outlook_nl(q(*stef), t0, LINDA_Q, "inschrijving 7 december", q(*leen))
        + "Beste Linda,\n\nNaam: Stef Decock\nStad / gemeente: Harelbeke\nFunctie: diensthoofd "
        "personeelsadministratie\nE-mailadres: stef.decock@harelbeke.be\n\nNaam: Leen Vanneste\n"
        "Stad / gemeente: Harelbeke\nFunctie: HR-medewerker\nE-mailadres: leen.vanneste@harelbeke.be\n\n"
        "Stef\n"
    )
    h = std_headers(
        addr(*leen),
        addrs((LINDA_NAME, LINDA), stef),
        "RE: inschrijving 7 december",
        t,
        mid("harelbeke.be"),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "inschrijving 7 december"), alt(text)),
        "other",
        [],
        False,
        "reply-all that only says 'Dank je!' to the organiser's 'genoteerd': no action; the quoted registration "
        "with two labelled blocks (one of them the writer's) is not new",
    )


# --- Sint-Truiden: car-pool chat among registered colleagues, Linda still in Cc
def m_sinttruiden_carpool():
    hanne = ("Hanne Jorissen", "hanne.jorissen@sint-truiden.be")
    wim = ("Wim Brouns", "wim.brouns@sint-truiden.be")
    kat = ("Katrien Vanhees", "katrien.vanhees@sint-truiden.be")
    t0 = d(23, 9, 15)
    mid0 = mid("sint-truiden.be")
    t = d(28, 16, 20)
    body0 = (
        "Beste Linda,\n\nGraag schrijven wij ons met drie in:\n\nHanne Jorissen, HR-business partner, "
        "hanne.jorissen@sint-truiden.be\nWim Brouns, teamleider ICT, wim.brouns@sint-truiden.be\n"
        "Katrien Vanhees, stafmedewerker communicatie, katrien.vanhees@sint-truiden.be\n\n"
        "Alle drie van Stad Sint-Truiden.\n\nHanne\n"
    )
    text = (
        "Wie rijdt er mee vanuit Sint-Truiden? Ik vertrek om 8.15 uur aan het stadhuis en heb nog twee plaatsen "
        "vrij. Parkeren doen we aan de Kievitplein-parking.\n\nWim\n\n"
        + gmail_attr(t0, *hanne)
        + gquote(body0)
    )
    h = std_headers(
        addr(*wim),
        addrs(hanne, kat),
        "Re: Inschrijving seminarie",
        t,
        mid("", "gmail"),
        cc=addr(LINDA_NAME, LINDA),
        irt=mid0,
        refs=[mid0],
    )
    add(
        message(h, text_part(text)),
        "other",
        [],
        False,
        "car-pool chat between three registered colleagues, Linda left in Cc: nothing for her to do; the quoted "
        "registration of three people is not new",
    )


# --- Tongeren: question in a reply-all (parking), writer already registered in the quoted mail
def m_tongeren_parking():
    ingrid = ("Ingrid Thijs", "ingrid.thijs@tongeren.be")
    luc = ("Luc Reynders", "luc.reynders@tongeren.be")
    t0 = d(21, 11, 11)
    mid0 = mid("tongeren.be")
    t = d(29, 13, 3)
    body0 = (
        "Dag Linda,\n\nNaam: Ingrid Thijs\nStad / gemeente: Tongeren\nFunctie: beleidsmedewerker\n"
        "E-mailadres: ingrid.thijs@tongeren.be\n\nNaam: Luc Reynders\nStad / gemeente: Tongeren\n"
        "Functie: schepen van personeel\nE-mailadres: luc.reynders@tongeren.be\n\nIngrid\n"
    )
    text = (
        "Linda, nog een vraagje: is er parking in de buurt van Permeke? Schepen Reynders en ik komen met de "
        "wagen.\n\nIngrid Thijs\nStad Tongeren\n\n"
        + outlook_nl(q(*ingrid), t0, LINDA_Q, "Inschrijving seminarie KCVS", q(*luc))
        + body0
    )
    h = std_headers(
        addr(*ingrid),
        addr(LINDA_NAME, LINDA),
        "RE: Inschrijving seminarie KCVS",
        t,
        mid("tongeren.be"),
        cc=addr(*luc),
        irt=mid0,
        refs=[mid0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "Inschrijving seminarie KCVS"), alt(text)),
        "other",
        [],
        True,
        "question about parking in a reply to their own earlier registration (quoted, two labelled blocks): no new "
        "registration, but the organiser must answer",
    )


# --- Diest: FYI forward of the invitation to colleagues, Linda in Cc
def m_diest_fyi():
    mieke = ("Mieke Cuyvers", "mieke.cuyvers@diest.be")
    team = [
        ("Gert Vanhout", "gert.vanhout@diest.be"),
        ("Sofie Daems", "sofie.daems@diest.be"),
        ("Ward Lenaerts", "ward.lenaerts@diest.be"),
    ]
    t = d(14, 8, 55)
    text = (
        "Collega's,\n\nZie uitnodiging hieronder. Wie interesse heeft, kan zich rechtstreeks inschrijven bij "
        "Linda (in cc) met de gevraagde gegevens.\n\nMieke Cuyvers\nAlgemeen directeur\nStad Diest\n\n"
        + outlook_nl(LINDA_Q, INV_DATE, q(*mieke), INV_SUBJ)
        + invitation()
    )
    h = std_headers(
        addr(*mieke),
        addrs(*team),
        "FW: " + INV_SUBJ,
        t,
        mid("diest.be"),
        cc=addr(LINDA_NAME, LINDA),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, INV_SUBJ), alt(text)),
        "other",
        [],
        False,
        "forward of the invitation to colleagues with Linda in Cc: nobody registers (the writer does not either); "
        "the forwarded invitation has the empty template",
    )


# --- Maasmechelen: 'staat Jan al op de lijst?' in a thread
def m_maasmechelen_check():
    kim = ("Kim Vrancken", "kim.vrancken@maasmechelen.be")
    jan = ("Jan Bijnens", "jan.bijnens@maasmechelen.be")
    t0 = d(26, 8, 2)
    t1 = d(29, 14, 31)
    t = d(29, 15, 2)
    text = (
        "Dag Linda,\n\nJan (in cc) zegt dat hij zich vorige week heeft ingeschreven, maar hij kreeg geen "
        "bevestiging. Staat hij al op de lijst? Zijn mail zie je hieronder.\n\nKim Vrancken\nTeamleider HR\n"
        "Gemeente Maasmechelen\n\n"
        + outlook_nl(q(*jan), t1, q(*kim), "FW: seminarie 7 december")
        + "Kim, ik heb nog niets terug gehoord van het KCVS. Kan jij eens vragen?\nJan\n\n"
        + outlook_nl(q(*jan), t0, LINDA_Q, "seminarie 7 december")
        + "Dag Linda,\n\nIk schrijf me graag in.\nJan Bijnens, Maasmechelen, stafmedewerker organisatie, "
        "jan.bijnens@maasmechelen.be\n\nJan\n"
    )
    h = std_headers(
        addr(*kim),
        addr(LINDA_NAME, LINDA),
        "RE: FW: seminarie 7 december",
        t,
        mid("maasmechelen.be"),
        cc=addr(*jan),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "seminarie 7 december"), alt(text)),
        "other",
        [],
        True,
        "a team leader asks whether a colleague's earlier registration (quoted two levels down) arrived: the "
        "organiser must look it up and answer; registering him again automatically could duplicate him",
    )


# --- KCVS internal: unrelated thread with Linda in Cc
def m_kcvs_unrelated():
    piet = ("Piet Van Rompaey", "piet.vanrompaey@kcvs.be")
    hilde = ("Hilde Segers", "hilde.segers@kcvs.be")
    tom = ("Tom Dhondt", "tom.dhondt@kcvs.be")
    t1 = d(15, 9, 5)
    t = d(15, 9, 40)
    text = (
        "Voor mij past woensdag 28/11 om 14 uur. Het verslag van vorige keer stuur ik nog rond.\n\nTom\n\n"
        + outlook_nl(
            q(*hilde),
            t1,
            f"{q(*piet)}; {q(*tom)}",
            "RE: stuurgroep Centrumsteden verplaatst",
            LINDA_Q,
        )
        + "Ik kan niet op 21/11, dan zit ik in Brussel. Zullen we 28/11 voorstellen?\nHilde\n\n"
        + outlook_nl(
            q(*piet),
            d(14, 17, 50),
            f"{q(*hilde)}; {q(*tom)}",
            "stuurgroep Centrumsteden verplaatst",
            LINDA_Q,
        )
        + "Dag allen,\n\nDe stuurgroep Centrumsteden van 19/11 wordt verplaatst. Wie kan wanneer?\n\nPiet\n"
    )
    h = std_headers(
        addr(*tom),
        addrs(piet, hilde),
        "RE: stuurgroep Centrumsteden verplaatst",
        t,
        mid("kcvs.be"),
        cc=addr(LINDA_NAME, LINDA),
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "stuurgroep Centrumsteden verplaatst"), alt(text)),
        "other",
        [],
        False,
        "unrelated internal KCVS thread (rescheduling a steering group) with Linda in Cc: 'ik kan niet op 21/11' "
        "is not about the seminar; leave it alone",
    )


# --- Wetteren: 'ik denk er nog over na' reply-all
def m_wetteren_twijfel():
    bram = ("Bram Van de Velde", "bram.vandevelde@wetteren.be")
    elke = ("Elke Schelfhout", "elke.schelfhout@wetteren.be")
    t0 = d(27, 15, 12)
    mid0 = mid("wetteren.be")
    t = d(27, 16, 1)
    body0 = (
        "Beste Linda,\n\nGraag schrijf ik me in:\n\nNaam: Bram Van de Velde\nStad / gemeente: Wetteren\n"
        "Functie: algemeen directeur\nE-mailadres: bram.vandevelde@wetteren.be\n\nElke staat in cc.\n\nBram\n"
    )
    text = (
        "Bedankt om mij in cc te zetten, Bram. Ik denk er nog even over na en laat het Linda zelf weten als ik "
        "meega.\n\nElke\n\nElke Schelfhout\nFinancieel directeur\nGemeente Wetteren\n\n"
        + outlook_nl(q(*bram), t0, LINDA_Q, "inschrijving seminarie 7/12", q(*elke))
        + body0
    )
    h = std_headers(
        addr(*elke),
        addrs(bram, (LINDA_NAME, LINDA)),
        "RE: inschrijving seminarie 7/12",
        t,
        mid("wetteren.be"),
        irt=mid0,
        refs=[mid0],
        extra=outlook_extra(),
    )
    add(
        message(ol(h, "inschrijving seminarie 7/12"), alt(text)),
        "other",
        [],
        False,
        "reply-all 'ik denk er nog over na' from the Cc'd colleague: not (yet) a registration and no question; "
        "the quoted block is Bram's, already registered",
    )


# ==========================================================================


def main():
    # build in a fixed order (the Mechelen and Oostende auto-replies need the reply's Message-ID)
    irt = m_mechelen_ikook()
    m_gent_voormijook()
    m_kortrijk_reg()
    m_turnhout_idem()
    m_kcvs_unrelated()
    m_leuven_iphone()
    m_kortrijk_cancel()
    irt2 = m_oostende_ikkomookmee()
    m_mechelen_oof(irt)
    m_brugge_fwdthread()
    m_diest_fyi()
    m_aalst_fwdlast()
    m_hasselt_otherconf()
    m_antwerpen_cancel_one()
    m_genk_boss()
    m_kortrijk_pastniet()
    m_lier_cc()
    m_brasschaat_to()
    m_harelbeke_dankje()
    m_roeselare_cc_self()
    m_zottegem_manager()
    m_sintniklaas_long()
    m_oostende_oof(irt2)
    m_dendermonde_two()
    m_tienen_gmail()
    m_sinttruiden_carpool()
    m_geel_plus()
    m_beveren_gmail_cancel()
    m_lokeren_jankanniet()
    m_dendermonde_lindacopy()
    m_schoten_privgmail()
    m_vilvoorde_wijook()
    m_knokke_long_cancel()
    m_ieper_zelfdestad()
    m_tongeren_parking()
    m_ninove_mayor()
    m_ninove_bounce()
    m_mol_both_cancel()
    m_herentals_boss()
    m_maasmechelen_check()
    m_lommel_veggie()
    m_halle_substitution()
    m_mortsel_secretariat()
    m_wetteren_twijfel()
    m_deinze_jagraag()
    assert len(MESSAGES) == 45, len(MESSAGES)
    for i, (raw, label) in enumerate(MESSAGES, 1):
        with open(os.path.join(OUT, f"{i:03d}.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, f"{i:03d}.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(label, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
