#!/usr/bin/env python3
"""Build the blind3 borderline test set: NNN.eml + NNN.json (001..045).

Written blind (no access to the parser or its tests). Uses only the stdlib
email package; output is CRLF (policy SMTP).
"""

import datetime
import email
import email.policy
import email.utils
import html
import json
import os
import random
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
CET = datetime.timezone(datetime.timedelta(hours=1))
RNG = random.Random(20181207)
random.seed(20181207)  # MIME boundaries come from the global generator: the same files every run
POL = email.policy.SMTP.clone(max_line_length=120)
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
LINDA_ADDR = "linda.boudry@kcvs.be"
EVENT_SUBJ = "Uitnodiging seminarie Stadsorganisaties in transitie - vrijdag 7 december"
CONF_SUBJ = "Bevestiging inschrijving seminarie Stadsorganisaties in transitie"

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS3 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS = [
    "",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON3 = [
    "",
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]


def d(mo, day, h, mi, s=0):
    return datetime.datetime(2018, mo, day, h, mi, s, tzinfo=CET)


def rfc(dt):
    return email.utils.format_datetime(dt)


def nl_long(dt):
    return f"{DAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month]} {dt.year} {dt:%H:%M}"


def gmail_hdr(dt, who):
    return (
        f"Op {DAYS3[dt.weekday()]} {dt.day} {MON3[dt.month]} {dt.year} om {dt:%H:%M} schreef {who}:"
    )


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(
        RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(n)
    )


def mid_outlook():
    box = (
        "AM"
        + str(RNG.randint(0, 6))
        + "PR0"
        + str(RNG.randint(1, 9))
        + "MB"
        + str(RNG.randint(1000, 9999))
    )
    return f"<{box}{hexs(24).upper()}@{box}.eurprd0{RNG.randint(1, 8)}.prod.outlook.com>"


def mid_gmail():
    return f"<CA{alnum(2)}{alnum(40)}@mail.gmail.com>"


def mid_exch(host):
    return f"<{hexs(32)}@{host}>"


def mid_generic(dt, domain):
    return f"<{dt:%Y%m%d%H%M%S}.{hexs(10)}@{domain}>"


def quote_gt(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def to_html(text):
    paras = html.escape(text).split("\n")
    body = "".join(f'<p class="MsoNormal">{p if p else "&nbsp;"}</p>\n' for p in paras)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body lang="NL-BE">\n<div class="WordSection1">\n'
        + body
        + "</div>\n</body></html>\n"
    )


# ----------------------------------------------------------------- texts
INVITATION = """Beste,

Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het seminarie

Stadsorganisaties in transitie
vrijdag 7 december 2018
Permeke, auditorium - De Coninckplein 26, 2060 Antwerpen

Onthaal met koffie vanaf 9.30 uur, start om 10.00 uur, lunch rond 12.30 uur.
Deelname is gratis.

Inschrijven kan tot en met 2 december door een e-mail te sturen naar linda.boudry@kcvs.be met:
Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be"""

INVITE_DT = d(11, 12, 10, 0)


def confirmation(name, stad, functie, mail):
    return f"""Beste {name},

Bedankt voor je inschrijving voor het seminarie "Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium van Permeke, De Coninckplein 26, 2060 Antwerpen.

We hebben de volgende gegevens genoteerd:
Naam: {name}
Stad / gemeente: {stad}
Functie: {functie}
E-mailadres: {mail}

Het onthaal met koffie start om 9.30 uur, het programma begint om 10.00 uur. Rond 12.30 uur voorzien we een broodjeslunch.

Kan je toch niet komen? Laat het ons dan even weten door op deze mail te antwoorden.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be"""


def outlook_block(frm, dt, to, subject, body, cc=None, sep="________________________________"):
    s = f"\n\n{sep}\nVan: {frm}\nVerzonden: {nl_long(dt)}\nAan: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    s += f"Onderwerp: {subject}\n\n{body}"
    return s


# ----------------------------------------------------------------- builders
def base(frm, to, subject, dt, msgid, cc=None, extra=(), received=None):
    m = EmailMessage(policy=email.policy.default)
    addr = email.utils.parseaddr(frm)[1]
    m["Return-Path"] = f"<{addr}>" if "@" in addr else "<>"
    host = received or ("mail." + addr.split("@")[-1])
    m["Received"] = (
        f"from {host} ({host} [192.0.2.{RNG.randint(2, 250)}]) by mx1.kcvs.be (Postfix) "
        f"with ESMTPS id 4{alnum(11)} for <{LINDA_ADDR}>; {rfc(dt + datetime.timedelta(seconds=RNG.randint(2, 40)))}"
    )
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = rfc(dt)
    m["Message-ID"] = msgid
    for k, v in extra:
        if k.lower() == "content-language":
            PENDING[id(m)] = v  # set_content() drops Content-* headers; re-added in add()
        else:
            m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def text(m, body, charset="utf-8", cte="quoted-printable", html_alt=False, html_cte=None):
    m.set_content(body, charset=charset, cte=cte)
    if html_alt:
        m.add_alternative(to_html(body), subtype="html", charset="utf-8", cte=html_cte or cte)
    return m


def report(m, report_type, parts):
    m["Content-Type"] = f"multipart/report; report-type={report_type}"
    for p in parts:
        m.attach(p)
    return m


def tpart(body, subtype="plain", charset="us-ascii", cte="7bit", desc=None, html_alt=None):
    p = EmailMessage(policy=email.policy.default)
    p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if html_alt is not None:
        p.add_alternative(html_alt, subtype="html", charset="utf-8", cte="quoted-printable")
    if desc:
        p["Content-Description"] = desc
    return p


def dsn(fields, desc="Delivery report"):
    return email.message_from_string(
        f"Content-Description: {desc}\nContent-Type: message/delivery-status\n\n{fields}\n",
        policy=email.policy.default,
    )


def rfc822(inner, desc="Undelivered Message"):
    p = EmailMessage(policy=email.policy.default)
    p.set_content(inner)
    p["Content-Description"] = desc
    return p


def linda_msg(to, subject, body, dt, msgid=None, in_reply_to=None):
    m = EmailMessage(policy=email.policy.default)
    m["From"] = LINDA
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = rfc(dt)
    m["Message-ID"] = msgid or mid_generic(dt, "kcvs.be")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


def outlook_extra(topic, dt, reply_to_id=None, lang="nl-BE"):
    ex = [
        ("Thread-Topic", topic),
        ("Thread-Index", "AdR" + alnum(27) + "=="),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    if reply_to_id:
        ex = [("In-Reply-To", reply_to_id), ("References", reply_to_id), *ex]
    return ex


def R(name, muni, func, mail):
    return {"name": name, "municipality": muni, "function": func, "email": mail}


MESSAGES = {}
PENDING = {}


def add(n, msg, kind, registrants, needs_review, note):
    if id(msg) in PENDING:
        msg["Content-Language"] = PENDING.pop(id(msg))
    MESSAGES[n] = (
        msg,
        {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note},
    )


def conf_id(dt):
    return f"<bevestiging.{dt:%Y%m%d%H%M%S}.{hexs(8)}@kcvs.be>"


# ======================================================================
# 001 cancellation above a quoted confirmation (Outlook)
c_dt = d(11, 20, 14, 12)
cid = conf_id(c_dt)
body = (
    "Dag Linda,\n\nIk kan toch niet komen op 7 december: er is net een bijzondere gemeenteraadscommissie "
    "vastgelegd op diezelfde voormiddag. Sorry voor het late bericht.\n\nGroeten\nGriet\n\n"
    "Griet Vandenbussche\nDiensthoofd organisatieontwikkeling\nStad Kortrijk | Grote Markt 54, 8500 Kortrijk\n"
    "T 056 27 00 00"
    + outlook_block(
        LINDA,
        c_dt,
        "Vandenbussche Griet <griet.vandenbussche@kortrijk.be>",
        CONF_SUBJ,
        confirmation(
            "Griet Vandenbussche",
            "Kortrijk",
            "diensthoofd organisatieontwikkeling",
            "griet.vandenbussche@kortrijk.be",
        ),
    )
)
m = base(
    "Vandenbussche Griet <griet.vandenbussche@kortrijk.be>",
    LINDA,
    "RE: " + CONF_SUBJ,
    d(11, 29, 16, 47),
    mid_outlook(),
    extra=outlook_extra(CONF_SUBJ, c_dt, cid),
    received="mail-ve1eur01on0102.outbound.protection.outlook.com",
)
text(m, body, html_alt=True)
add(
    1,
    m,
    "cancellation",
    [
        R(
            "Griet Vandenbussche",
            "Kortrijk",
            "diensthoofd organisatieontwikkeling",
            "griet.vandenbussche@kortrijk.be",
        )
    ],
    False,
    "'ik kan toch niet komen' written above our quoted confirmation (Outlook, unprefixed quote); the quoted Naam/Stad/Functie/E-mailadres block identifies the person who withdraws",
)

# 002 Dutch Exchange out-of-office with Auto-Submitted
m = base(
    "Peeters Wim <wim.peeters@genk.be>",
    LINDA,
    "Automatisch antwoord: " + CONF_SUBJ,
    d(11, 20, 9, 31),
    mid_exch("EXCH01.genk.local"),
    extra=[
        ("In-Reply-To", conf_id(d(11, 20, 9, 30))),
        ("Thread-Topic", CONF_SUBJ),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "wim.peeters@genk.be"),
        ("Content-Language", "nl-BE"),
    ],
)
text(
    m,
    "Goeiedag,\n\nIk ben afwezig tot en met maandag 26 november. Uw e-mail wordt niet doorgestuurd.\n"
    "Voor dringende zaken kunt u terecht bij het secretariaat van de dienst Organisatieontwikkeling, "
    "tel. 089 65 00 00.\n\nMet vriendelijke groeten,\nWim Peeters\nStad Genk",
    html_alt=True,
)
add(
    2,
    m,
    "auto_reply",
    [],
    False,
    "Exchange out-of-office in Dutch to our confirmation, with Auto-Submitted: auto-replied and X-Auto-Response-Suppress",
)

# 003 'Bedankt!' above a Gmail-quoted confirmation
c_dt = d(11, 27, 9, 15)
conf = confirmation(
    "Sarah Michiels", "Lier", "projectmedewerker interne communicatie", "sarah.michiels@lier.be"
)
m = base(
    "Sarah Michiels <sarah.michiels@lier.be>",
    LINDA,
    "Re: " + CONF_SUBJ,
    d(11, 27, 9, 40),
    mid_gmail(),
    extra=[("In-Reply-To", conf_id(c_dt)), ("References", conf_id(c_dt))],
    received="mail-wr1-f54.google.com",
)
text(m, "Bedankt!\n\nSarah\n\n" + gmail_hdr(c_dt, LINDA) + "\n\n" + quote_gt(conf), cte="8bit")
add(
    3,
    m,
    "other",
    [],
    False,
    "reply 'Bedankt!' above the Gmail-quoted ('> ') confirmation: the quoted labelled fields must not become a new registration; nothing to act on",
)

# 004 registration inside a reply to an unrelated thread
old_dt = d(11, 19, 16, 2)
old = (
    "Beste leden van de werkgroep,\n\nIn bijlage het verslag van onze bijeenkomst van 13 november.\n"
    "Aanwezig: Ward Lenaerts (Hasselt), Ine Dockx (Stad Gent), Patrick Maes (Antwerpen), Linda Boudry (KCVS)\n"
    "Verontschuldigd: Koen Vanhove (Herentals)\n\nOpmerkingen graag tegen 26 november.\n\n"
    "Met vriendelijke groeten,\nLinda Boudry\nKenniscentrum Vlaamse Steden"
)
body = (
    "Dag Linda,\n\nDank voor het verslag, voor mij is het in orde zo.\n\n"
    "Iets anders: ik zou graag deelnemen aan het seminarie 'Stadsorganisaties in transitie' op 7 december. "
    "Bij deze schrijf ik me in:\n\nNaam: Ward Lenaerts\nStad / gemeente: Hasselt\nFunctie: auditor interne controle\n"
    "E-mailadres: ward.lenaerts@hasselt.be\n\nGroeten,\nWard\n"
    + outlook_block(
        LINDA,
        old_dt,
        "werkgroep-interne-controle@kcvs.be",
        "Verslag werkgroep interne controle 13 november",
        old,
    )
)
m = base(
    "Lenaerts Ward <ward.lenaerts@hasselt.be>",
    LINDA,
    "RE: Verslag werkgroep interne controle 13 november",
    d(11, 22, 11, 5),
    mid_exch("hasselt.be"),
    extra=outlook_extra(
        "Verslag werkgroep interne controle 13 november", old_dt, mid_generic(old_dt, "kcvs.be")
    ),
)
text(m, body, html_alt=True)
add(
    4,
    m,
    "registration",
    [R("Ward Lenaerts", "Hasselt", "auditor interne controle", "ward.lenaerts@hasselt.be")],
    False,
    "registration hidden in a reply to an unrelated thread (werkgroep report); the quoted attendee list with other names and towns must not add registrants",
)

# 005 Postfix bounce of the invitation
inv = linda_msg("jan.debacker@lokeren.be", EVENT_SUBJ, INVITATION, INVITE_DT)
m = base(
    "Mail Delivery System <MAILER-DAEMON@mail.kcvs.be>",
    "linda.boudry@kcvs.be",
    "Undelivered Mail Returned to Sender",
    d(11, 12, 10, 2, 14),
    "<20181112090214.4Gk2X71b0Hz@mail.kcvs.be>",
    extra=[("Auto-Submitted", "auto-replied")],
    received="localhost",
)
report(
    m,
    "delivery-status",
    [
        tpart(
            "This is the mail system at host mail.kcvs.be.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<jan.debacker@lokeren.be>: host mx1.lokeren.be[198.51.100.10] said: 550 5.1.1\n"
            "    <jan.debacker@lokeren.be>: Recipient address rejected: User unknown in\n"
            "    virtual mailbox table (in reply to RCPT TO command)",
            desc="Notification",
        ),
        dsn(
            "Reporting-MTA: dns; mail.kcvs.be\nX-Postfix-Queue-ID: 4Gk2X71b0Hz\nX-Postfix-Sender: rfc822; linda.boudry@kcvs.be\n"
            "Arrival-Date: Mon, 12 Nov 2018 10:00:03 +0100 (CET)\n\nFinal-Recipient: rfc822; jan.debacker@lokeren.be\n"
            "Original-Recipient: rfc822;jan.debacker@lokeren.be\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.lokeren.be\n"
            "Diagnostic-Code: smtp; 550 5.1.1 <jan.debacker@lokeren.be>: Recipient address\n    rejected: User unknown in virtual mailbox table"
        ),
        rfc822(inv),
    ],
)
add(
    5,
    m,
    "bounce",
    [],
    False,
    "Postfix multipart/report delivery-status bounce of the invitation (attached original has the empty Naam/Stad/Functie template)",
)

# 006 cancellation in French (Ville de Bruxelles)
m = base(
    "=?iso-8859-1?q?S=E9bastien_Lambotte?= <sebastien.lambotte@brucity.be>",
    LINDA,
    "Annulation inscription - séminaire du 7 décembre",
    d(12, 3, 8, 55),
    mid_outlook(),
    extra=outlook_extra(
        "Annulation inscription - séminaire du 7 décembre", d(12, 3, 8, 55), lang="fr-BE"
    ),
)
text(
    m,
    "Madame Boudry,\n\nJe me suis inscrit la semaine passée au séminaire « Stadsorganisaties in transitie » du vendredi "
    "7 décembre. Malheureusement, je dois annuler ma participation : une réunion du Collège a été déplacée à cette date.\n\n"
    "Je vous prie de bien vouloir m'excuser et de retirer mon nom de la liste des participants.\n\nBien cordialement,\n\n"
    "Sébastien Lambotte\nConseiller en organisation - Département Organisation\nVille de Bruxelles\n"
    "Boulevard Anspach 6, 1000 Bruxelles",
    charset="iso-8859-1",
)
add(
    6,
    m,
    "cancellation",
    [
        R(
            "Sébastien Lambotte",
            "Brussel",
            "conseiller en organisation",
            "sebastien.lambotte@brucity.be",
        )
    ],
    False,
    "cancellation in French, iso-8859-1 QP; 'Ville de Bruxelles' -> canonical Dutch 'Brussel'; function as stated without the department",
)

# 007 correction request -> review
c_dt = d(11, 21, 11, 2)
conf = confirmation("Annelies Verstraete", "Gent", "projectleider", "annelies.verstraete@stad.gent")
body = (
    "Dag Linda,\n\nDank voor de bevestiging. Mijn functie is eigenlijk 'programmamanager organisatieontwikkeling' en niet "
    "'projectleider'. Zou je dat nog kunnen aanpassen op de deelnemerslijst (en de naamkaartjes)?\n\nGroeten,\nAnnelies"
    + outlook_block(
        LINDA, c_dt, "Annelies Verstraete <annelies.verstraete@stad.gent>", CONF_SUBJ, conf
    )
)
m = base(
    "Annelies Verstraete <annelies.verstraete@stad.gent>",
    LINDA,
    "RE: " + CONF_SUBJ,
    d(11, 21, 15, 20),
    mid_outlook(),
    extra=outlook_extra(CONF_SUBJ, c_dt, conf_id(c_dt)),
)
text(m, body, html_alt=True)
add(
    7,
    m,
    "other",
    [],
    True,
    "correction of an existing registration ('mijn functie is eigenlijk ...') above the quoted confirmation: a person must update the record; not a new registration",
)

# 008 French out-of-office WITHOUT Auto-Submitted
m = base(
    "Catherine Dumont <catherine.dumont@ixelles.brussels>",
    LINDA,
    "Réponse automatique : " + EVENT_SUBJ,
    d(11, 12, 10, 3),
    mid_exch("EXMBX02.ixelles.local"),
    extra=[
        ("In-Reply-To", mid_generic(INVITE_DT, "kcvs.be")),
        ("Thread-Topic", EVENT_SUBJ),
        ("Content-Language", "fr-BE"),
    ],
)
text(
    m,
    "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 16 novembre inclus, avec un accès limité à mes e-mails.\n"
    "Pour toute question urgente, veuillez contacter le service GRH au 02 515 61 11.\n\nCordialement,\n\n"
    "Catherine Dumont\nCommune d'Ixelles",
    charset="iso-8859-1",
)
add(
    8,
    m,
    "auto_reply",
    [],
    False,
    "French Exchange out-of-office ('Réponse automatique :') with no Auto-Submitted / X-Autoreply header: only subject and body say so",
)

# 009 late registration on 5 December
m = base(
    "Lien Hendrickx <lien.hendrickx@geel.be>",
    LINDA,
    "Inschrijving seminarie 7/12 (laattijdig)",
    d(12, 5, 14, 22),
    mid_outlook(),
    extra=outlook_extra("Inschrijving seminarie 7/12 (laattijdig)", d(12, 5, 14, 22)),
)
text(
    m,
    "Beste mevrouw Boudry,\n\nIk weet dat de inschrijvingen op 2 december afgesloten zijn, maar als er nog een plaatsje vrij is "
    "kom ik heel graag naar het seminarie van vrijdag.\n\nNaam: Lien Hendrickx\nStad/gemeente: Stad Geel\n"
    "Functie: beleidscoördinator welzijn\nE-mail: lien.hendrickx@geel.be\n\nMet vriendelijke groeten,\nLien Hendrickx",
    html_alt=True,
)
add(
    9,
    m,
    "registration",
    [R("Lien Hendrickx", "Geel", "beleidscoördinator welzijn", "lien.hendrickx@geel.be")],
    False,
    "late registration on 5 December (after the 2 December deadline): lateness is the worker's policy, not the parser's; 'Stad Geel' -> Geel",
)

# 010 newsletter with List-Unsubscribe mentioning the seminar
nl_text = (
    "LOKAAL BESTUUR VANDAAG - nieuwsbrief week 47\n\n"
    "In dit nummer\n- Nieuwe beheers- en beleidscyclus: de eerste meerjarenplannen\n- Personeel: wat verandert er in 2019?\n"
    "- Agenda\n\nAGENDA\n\nVrijdag 7 december 2018 - Seminarie 'Stadsorganisaties in transitie' (Kenniscentrum Vlaamse Steden)\n"
    "Permeke, De Coninckplein 26, 2060 Antwerpen. Gratis. Inschrijven tot en met 2 december bij linda.boudry@kcvs.be "
    "met naam, stad / gemeente, functie en e-mailadres.\n\n"
    "Dinsdag 11 december 2018 - Infosessie digitale gemeenteraad, Brussel\n\n"
    "Je ontvangt deze nieuwsbrief omdat je ingeschreven bent met linda.boudry@kcvs.be.\n"
    "Uitschrijven: https://lokaalbestuurvandaag.be/afmelden?u=8f3a21c9"
)
m = base(
    "Lokaal Bestuur Vandaag <nieuwsbrief@lokaalbestuurvandaag.be>",
    LINDA,
    "Lokaal Bestuur Vandaag - week 47",
    d(11, 23, 7, 0),
    mid_generic(d(11, 23, 7, 0), "mailer.lokaalbestuurvandaag.be"),
    extra=[
        ("List-Id", "Lokaal Bestuur Vandaag <nieuwsbrief.lokaalbestuurvandaag.be>"),
        (
            "List-Unsubscribe",
            "<mailto:unsubscribe-8f3a21c9@lokaalbestuurvandaag.be>, <https://lokaalbestuurvandaag.be/afmelden?u=8f3a21c9>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Mailjet"),
    ],
    received="mailer.lokaalbestuurvandaag.be",
)
text(m, nl_text, html_alt=True)
add(
    10,
    m,
    "other",
    [],
    False,
    "newsletter (List-Id, List-Unsubscribe, Precedence: bulk) whose agenda mentions the seminar, its date and how to register: mass mail, not a registration or auto-reply",
)

# 011 cancellation in English (City of Bruges)
m = base(
    "Hannah Whitfield <hannah.whitfield@brugge.be>",
    LINDA,
    "Cancellation - seminar 7 December",
    d(11, 30, 17, 12),
    mid_outlook(),
    extra=outlook_extra("Cancellation - seminar 7 December", d(11, 30, 17, 12), lang="en-GB"),
)
text(
    m,
    'Dear Ms Boudry,\n\nI registered last week for the seminar "Stadsorganisaties in transitie" on Friday 7 December. '
    "Unfortunately I have to cancel: I will be in Barcelona for a Eurocities working group that week. Please remove me from "
    "the list of participants, and apologies for the inconvenience.\n\nKind regards,\n\nHannah Whitfield\n"
    "International Relations Officer\nCity of Bruges\nBurg 12, 8000 Bruges, Belgium",
    charset="us-ascii",
    cte="7bit",
    html_alt=True,
    html_cte="quoted-printable",
)
add(
    11,
    m,
    "cancellation",
    [
        R(
            "Hannah Whitfield",
            "Brugge",
            "International Relations Officer",
            "hannah.whitfield@brugge.be",
        )
    ],
    False,
    "cancellation in English; 'City of Bruges' -> canonical Dutch 'Brugge'",
)

# 012 Exim plain-text bounce (mailbox full) with inline copy of the reminder
rem_dt = d(11, 28, 8, 58)
exim_body = (
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
    "The following address(es) failed:\n\n  koen.vanhove@herentals.be\n    mailbox is full: retry timeout exceeded\n\n"
    "------ This is a copy of the message, including all the headers. ------\n\n"
    "Return-path: <linda.boudry@kcvs.be>\n"
    "Received: from mail.kcvs.be ([203.0.113.25])\n\tby mx2.herentals.be with esmtps (Exim 4.90_1)\n"
    "\t(envelope-from <linda.boudry@kcvs.be>)\n\tid 1gRv2C-0004kP-Ab\n\tfor koen.vanhove@herentals.be; Wed, 28 Nov 2018 08:58:41 +0100\n"
    "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: koen.vanhove@herentals.be\n"
    "Subject: Herinnering: inschrijven seminarie Stadsorganisaties in transitie kan tot 2 december\n"
    "Date: Wed, 28 Nov 2018 08:58:30 +0100\nMessage-ID: <20181128085830.3e1a77c2@kcvs.be>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=us-ascii\n\n"
    "Beste,\n\nEen korte herinnering: inschrijven voor het seminarie van vrijdag 7 december kan nog tot en met zondag "
    "2 december. Stuur een mail naar linda.boudry@kcvs.be met\nNaam:\nStad / gemeente:\nFunctie:\nE-mailadres:\n\n"
    "Met vriendelijke groeten,\nLinda Boudry\nKenniscentrum Vlaamse Steden"
)
m = base(
    "Mail Delivery System <Mailer-Daemon@mx2.herentals.be>",
    "linda.boudry@kcvs.be",
    "Mail delivery failed: returning message to sender",
    d(11, 28, 9, 0, 12),
    "<E1gRv4e-0004nT-Kq@mx2.herentals.be>",
    extra=[
        ("X-Failed-Recipients", "koen.vanhove@herentals.be"),
        ("Auto-Submitted", "auto-replied"),
    ],
    received="mx2.herentals.be",
)
text(m, exim_body, charset="us-ascii", cte="7bit")
add(
    12,
    m,
    "bounce",
    [],
    False,
    "classic Exim plain-text failure (no multipart/report), Mailer-Daemon sender, X-Failed-Recipients; inline copy of our reminder with its header lines and empty template",
)

# 013 Outlook calendar accept
ics = (
    "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
    "ATTENDEE;PARTSTAT=ACCEPTED;CN=Frank Hermans:mailto:frank.hermans@mol.be\n"
    "COMMENT;LANGUAGE=nl-BE:\nSUMMARY;LANGUAGE=nl-BE:Geaccepteerd: Seminarie Stadsorganisaties in transitie\n"
    "DTSTART;TZID=Romance Standard Time:20181207T093000\nDTEND;TZID=Romance Standard Time:20181207T160000\n"
    "UID:040000008200E00074C5B7101A82E0080000000060F1A5E36286D401000000000000000010000000"
    + hexs(32).upper()
    + "\n"
    "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20181127T120502Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
    "LOCATION;LANGUAGE=nl-BE:Permeke auditorium\\, De Coninckplein 26\\, 2060 Antwerpen\nEND:VEVENT\nEND:VCALENDAR"
)
m = base(
    "Hermans Frank <frank.hermans@mol.be>",
    LINDA,
    "Geaccepteerd: Seminarie Stadsorganisaties in transitie",
    d(11, 27, 13, 5),
    mid_exch("EXCH-MB01.mol.local"),
    extra=[
        ("Thread-Topic", "Seminarie Stadsorganisaties in transitie"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAABg8aXjYobUAQ=="),
    ],
)
m.set_content("", charset="utf-8", cte="7bit")
m.add_alternative(
    ics, subtype="calendar", charset="utf-8", cte="base64", params={"method": "REPLY"}
)
add(
    13,
    m,
    "other",
    [],
    False,
    "Outlook meeting response 'Geaccepteerd:' (text/calendar METHOD:REPLY, empty text part) from someone already invited: nothing to register or answer",
)

# 014 English out-of-office with Auto-Submitted
m = base(
    "Sarah Okafor <sarah.okafor@antwerpen.be>",
    LINDA,
    "Automatic reply: " + EVENT_SUBJ,
    d(11, 12, 10, 4),
    mid_outlook(),
    extra=[
        ("In-Reply-To", mid_generic(INVITE_DT, "kcvs.be")),
        ("Thread-Topic", EVENT_SUBJ),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "en-US"),
    ],
)
text(
    m,
    "Thank you for your email.\n\nI am currently out of the office attending a conference in Lisbon and will be back on "
    "Monday 19 November, with limited access to email in the meantime. For urgent matters please contact "
    "strategie@antwerpen.be.\n\nBest regards,\nSarah Okafor\nSenior Policy Advisor Organisational Development\n"
    "City of Antwerp",
    charset="us-ascii",
    cte="7bit",
    html_alt=True,
    html_cte="quoted-printable",
)
add(
    14,
    m,
    "auto_reply",
    [],
    False,
    "English Exchange 'Automatic reply:' to the invitation, Auto-Submitted: auto-generated; signature gives name, function and town but nobody registers",
)

# 015 secretary cancels for the alderman (colleague)
m = base(
    "Nadia El Khattabi <nadia.elkhattabi@aalst.be>",
    LINDA,
    "Annulering inschrijving schepen Van Damme - seminarie 7 december",
    d(12, 4, 10, 30),
    mid_outlook(),
    cc="Karel Van Damme <karel.vandamme@aalst.be>",
    extra=outlook_extra(
        "Annulering inschrijving schepen Van Damme - seminarie 7 december", d(12, 4, 10, 30)
    ),
)
text(
    m,
    "Beste mevrouw Boudry,\n\nNamens schepen Karel Van Damme (karel.vandamme@aalst.be, in cc) laat ik u weten dat hij "
    "vrijdag 7 december toch niet aanwezig kan zijn op het seminarie 'Stadsorganisaties in transitie': hij moet die dag de "
    "stad vertegenwoordigen op de algemene vergadering van de intercommunale. Mag ik u vragen zijn inschrijving te annuleren?\n\n"
    "Met vriendelijke groet,\n\nNadia El Khattabi\nDirectiesecretaris kabinet\n"
    "Kabinet van schepen Karel Van Damme, schepen van personeel en organisatieontwikkeling\n"
    "Stad Aalst | Grote Markt 3, 9300 Aalst",
    html_alt=True,
)
add(
    15,
    m,
    "cancellation",
    [
        R(
            "Karel Van Damme",
            "Aalst",
            "schepen van personeel en organisatieontwikkeling",
            "karel.vandamme@aalst.be",
        )
    ],
    False,
    "a secretary cancels for the alderman (in cc, address also in body): the registrant withdrawing is the alderman, not the sender",
)

# 016 'RE: Automatisch antwoord' in which the person then registers
ooo_dt = d(11, 20, 17, 3)
linda_ooo = (
    "Beste,\n\nIk ben afwezig van 19 tot en met 23 november. Uw mail wordt na mijn terugkeer behandeld.\n"
    "Inschrijvingen voor het seminarie van 7 december worden wel gewoon verwerkt.\n\n"
    "Met vriendelijke groeten,\nLinda Boudry\nKenniscentrum Vlaamse Steden"
)
body = (
    "Hallo Linda,\n\nGeen probleem! Dan schrijf ik me alvast op deze manier in:\n\nNaam: Kathleen Boeckx\n"
    "Stad / gemeente: Stad Lier\nFunctie: organisatieadviseur\nE-mailadres: kathleen.boeckx@lier.be\n\n"
    "Tot op 7 december,\nKathleen"
    + outlook_block(
        LINDA,
        ooo_dt,
        "Boeckx Kathleen <kathleen.boeckx@lier.be>",
        "Automatisch antwoord: vraag over het seminarie",
        linda_ooo,
    )
)
m = base(
    "Boeckx Kathleen <kathleen.boeckx@lier.be>",
    LINDA,
    "RE: Automatisch antwoord: vraag over het seminarie",
    d(11, 21, 8, 12),
    mid_outlook(),
    extra=outlook_extra("vraag over het seminarie", ooo_dt, mid_generic(ooo_dt, "kcvs.be")),
)
text(m, body, html_alt=True)
add(
    16,
    m,
    "registration",
    [R("Kathleen Boeckx", "Lier", "organisatieadviseur", "kathleen.boeckx@lier.be")],
    False,
    "human reply to Linda's own out-of-office ('RE: Automatisch antwoord:' subject, no auto headers) that registers with labelled fields; 'Stad Lier' -> Lier",
)

# 017 read receipt (disposition-notification, not a bounce)
c_dt = d(11, 28, 11, 30)
mdn = email.message_from_string(
    "Content-Type: message/disposition-notification\n\nReporting-UA: halle.be; Microsoft Exchange Server\n"
    "Final-Recipient: rfc822;tine.willems@halle.be\nOriginal-Message-ID: " + conf_id(c_dt) + "\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n",
    policy=email.policy.default,
)
m = base(
    "Willems Tine <tine.willems@halle.be>",
    LINDA,
    "Gelezen: " + CONF_SUBJ,
    d(11, 28, 11, 45),
    mid_exch("EXMBX01.halle.local"),
    extra=[("Thread-Topic", CONF_SUBJ), ("Content-Language", "nl-BE")],
)
report(
    m,
    "disposition-notification",
    [
        tpart(
            "Uw bericht\n\n  Aan: Willems Tine\n  Onderwerp: "
            + CONF_SUBJ
            + "\n  Verzonden: "
            + nl_long(c_dt)
            + " (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen\n\nis gelezen op "
            + nl_long(d(11, 28, 11, 45))
            + " (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.",
            charset="utf-8",
            cte="quoted-printable",
        ),
        mdn,
    ],
)
add(
    17,
    m,
    "other",
    [],
    False,
    "read receipt ('Gelezen:', multipart/report report-type=disposition-notification): not a delivery-status bounce, not an auto-reply to act on",
)

# 018 Exchange NDR (Dutch) from the recipient's organisation
inv = linda_msg("sofie.vanacker@ninove.be", EVENT_SUBJ, INVITATION, INVITE_DT)
ndr_text = (
    "Uw bericht heeft de volgende ontvangers niet bereikt:\n\n"
    "sofie.vanacker@ninove.be (sofie.vanacker@ninove.be)\n"
    "Uw bericht is niet bezorgd omdat het e-mailadres niet werd gevonden. Controleer het adres en probeer het opnieuw.\n\n"
    "Diagnostische gegevens voor beheerders:\n\nGenererende server: EXCH02.ninove.local\n\nsofie.vanacker@ninove.be\n"
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sofie.vanacker@ninove.be not found by SMTP address lookup'\n\n"
    "Oorspronkelijke berichtkoppen:\n\nFrom: Linda Boudry <linda.boudry@kcvs.be>\nTo: sofie.vanacker@ninove.be\n"
    "Subject: " + EVENT_SUBJ + "\nDate: " + rfc(INVITE_DT)
)
m = base(
    "postmaster@ninove.be",
    "linda.boudry@kcvs.be",
    "Onbestelbaar: " + EVENT_SUBJ,
    d(11, 12, 10, 5),
    mid_exch("EXCH02.ninove.local"),
    extra=[
        ("Thread-Topic", EVENT_SUBJ),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
    ],
    received="mail.ninove.be",
)
report(
    m,
    "delivery-status",
    [
        tpart(ndr_text, charset="utf-8", cte="quoted-printable", html_alt=to_html(ndr_text)),
        dsn(
            "Reporting-MTA: dns;EXCH02.ninove.local\nReceived-From-MTA: dns;mail.kcvs.be\n"
            "Arrival-Date: " + rfc(INVITE_DT + datetime.timedelta(minutes=4)) + "\n\n"
            "Final-Recipient: rfc822;sofie.vanacker@ninove.be\nAction: failed\nStatus: 5.1.10\n"
            "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
        ),
        rfc822(inv),
    ],
)
add(
    18,
    m,
    "bounce",
    [],
    False,
    "Exchange NDR in Dutch ('Onbestelbaar:') from postmaster, multipart/report with HTML alternative; Auto-Submitted present but a bounce wins",
)

# 019 cancellation that names a replacement with full details -> review
m = base(
    "Bart Coppens <bart.coppens@mechelen.be>",
    LINDA,
    "Wijziging inschrijving seminarie 7/12",
    d(12, 3, 13, 40),
    mid_outlook(),
    extra=outlook_extra("Wijziging inschrijving seminarie 7/12", d(12, 3, 13, 40)),
)
text(
    m,
    "Hallo Linda,\n\nIk ben ingeschreven voor het seminarie van vrijdag 7/12, maar kan er helaas niet bij zijn. "
    "Mijn collega komt in mijn plaats:\n\nNaam: Ilse Wuyts\nStad / gemeente: Mechelen\nFunctie: teamcoach HR-beleid\n"
    "E-mailadres: ilse.wuyts@mechelen.be\n\nKan je mijn inschrijving op haar naam zetten?\n\nAlvast bedankt,\n\n"
    "Bart Coppens\nStrategisch coördinator\nStad Mechelen",
    html_alt=True,
)
add(
    19,
    m,
    "cancellation",
    [R("Bart Coppens", "Mechelen", "strategisch coördinator", "bart.coppens@mechelen.be")],
    True,
    "substitution: Bart withdraws and names a replacement (Ilse Wuyts) with full labelled details; the contract says flag substitutions for review, a person must swap the records",
)

# 020 German out-of-office, X-Autoreply only
m = base(
    "Martina Schreiber <martina.schreiber@eupen.be>",
    LINDA,
    "Abwesenheitsnotiz: " + EVENT_SUBJ,
    d(11, 12, 10, 6),
    mid_generic(d(11, 12, 10, 6), "eupen.be"),
    extra=[
        ("In-Reply-To", mid_generic(INVITE_DT, "kcvs.be")),
        ("X-Autoreply", "yes"),
        ("Content-Language", "de-BE"),
    ],
)
text(
    m,
    "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 30. November, "
    "nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.\nIn dringenden Fällen wenden Sie sich bitte an das Sekretariat "
    "der Stadtverwaltung unter 087 59 58 00.\n\nMit freundlichen Grüßen\nMartina Schreiber\nStadt Eupen - Personalabteilung",
    charset="iso-8859-1",
)
add(
    20,
    m,
    "auto_reply",
    [],
    False,
    "German 'Abwesenheitsnotiz' with X-Autoreply: yes and no Auto-Submitted header",
)

# 021 internal mail from a KCVS colleague about catering
m = base(
    "Joke Verbeke <joke.verbeke@kcvs.be>",
    LINDA,
    "catering 7/12",
    d(11, 30, 15, 2),
    mid_outlook(),
    extra=outlook_extra("catering 7/12", d(11, 30, 15, 2)),
    received="mail.kcvs.be",
)
text(
    m,
    "Hoi Linda,\n\nTer info: ik heb met Smakelijk Catering afgesproken voor vrijdag 7/12:\n"
    "- koffie, thee en koekjes vanaf 9u30\n- broodjeslunch om 12u30 voor 85 personen, waarvan 10 vegetarisch\n\n"
    "Als het aantal inschrijvingen nog sterk verandert, geef ik dat dinsdag 4/12 zelf door op basis van de deelnemerslijst.\n\n"
    "Groetjes,\nJoke\n\nJoke Verbeke\nOfficemanager\nKenniscentrum Vlaamse Steden",
    html_alt=True,
)
add(
    21,
    m,
    "other",
    [],
    False,
    "internal FYI from a kcvs.be colleague about catering (headcount, times, signature with function): no registrant, nothing for the worker",
)

# 022 registration forwarded by a KCVS colleague
f_dt = d(11, 26, 11, 2)
fwd = (
    "Dag Sofie,\n\nIk had de uitnodiging voor jullie seminarie over stadsorganisaties gekregen, maar vind de mail niet meer terug. "
    "Kan je me inschrijven?\n\nNaam: Nele Jacobs\nGemeente: Roeselare\nFunctie: teamleider strategische planning\n"
    "Mail: Nele.Jacobs@roeselare.be\n\nBedankt!\nNele"
)
body = (
    "Hoi Linda,\n\nZie onder, kan jij die inschrijven?\n\nThx,\nSofie\n\nSofie Raes\nProjectmedewerker\n"
    "Kenniscentrum Vlaamse Steden"
    + outlook_block(
        "Nele Jacobs <Nele.Jacobs@roeselare.be>",
        f_dt,
        "Sofie Raes <sofie.raes@kcvs.be>",
        "inschrijving seminarie",
        fwd,
    )
)
m = base(
    "Sofie Raes <sofie.raes@kcvs.be>",
    LINDA,
    "FW: inschrijving seminarie",
    d(11, 26, 11, 30),
    mid_outlook(),
    extra=outlook_extra("inschrijving seminarie", f_dt),
    received="mail.kcvs.be",
)
text(m, body, html_alt=True)
add(
    22,
    m,
    "registration",
    [R("Nele Jacobs", "Roeselare", "teamleider strategische planning", "nele.jacobs@roeselare.be")],
    False,
    "registration forwarded by a kcvs.be colleague ('zie onder, kan jij die inschrijven?'): the registrant is Nele from the forwarded part, not the colleague; address lower-cased",
)

# 023 'ik moet helaas afzeggen voor vrijdag' with no sign of an earlier registration -> review
m = base(
    "Pieter Goossens <pieter.goossens@geel.be>",
    LINDA,
    "afzeggen",
    d(12, 5, 18, 3),
    mid_gmail(),
    received="mail-ed1-f66.google.com",
)
text(
    m,
    "Linda,\n\nik moet helaas afzeggen voor vrijdag.\n\nmvg\nPieter",
    charset="us-ascii",
    cte="7bit",
)
add(
    23,
    m,
    "cancellation",
    [R("Pieter Goossens", None, None, "pieter.goossens@geel.be")],
    True,
    "bare 'ik moet helaas afzeggen voor vrijdag' (sent Wednesday 5/12, so Friday = the seminar) but no mention of the seminar, no quote, no sign of a registration: Linda's mailbox has other Friday meetings; a person should check",
)

# 024 KCVS colleague forwards a question from a possible participant -> review
f_dt = d(11, 28, 16, 44)
fwd = (
    "Beste Tom,\n\nIs het seminarie van 7 december ook toegankelijk voor medewerkers van een OCMW of zorgbedrijf, of enkel "
    "voor stadspersoneel? Ik zou graag komen samen met een collega van het sociaal huis.\n\nMet vriendelijke groeten,\n\n"
    "Eva Mertens\nstafmedewerker\nOCMW Beveren\neva.mertens@beveren.be"
)
body = (
    "Linda,\n\ndeze vraag kwam bij mij binnen, kan jij ze beantwoorden?\n\nTom\n\n"
    "---------- Doorgestuurd bericht ---------\nVan: Eva Mertens <eva.mertens@beveren.be>\n"
    f"Datum: {nl_long(f_dt)}\nOnderwerp: vraag seminarie 7 december\nAan: Tom Lievens <tom.lievens@kcvs.be>\n\n"
    + fwd
)
m = base(
    "Tom Lievens <tom.lievens@kcvs.be>",
    LINDA,
    "Fwd: vraag seminarie 7 december",
    d(11, 29, 9, 50),
    mid_gmail(),
    received="mail.kcvs.be",
)
text(m, body, cte="8bit")
add(
    24,
    m,
    "other",
    [],
    True,
    "kcvs.be colleague forwards an outsider's question (may OCMW staff attend? would come with a colleague): not yet a registration; a person must answer",
)

# 025 out-of-office listing alternate contacts as labelled lines
m = base(
    "Kristof Lemmens <kristof.lemmens@leuven.be>",
    LINDA,
    "Automatisch antwoord: " + EVENT_SUBJ,
    d(11, 12, 10, 7),
    mid_exch("mbx03.leuven.local"),
    extra=[
        ("In-Reply-To", mid_generic(INVITE_DT, "kcvs.be")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "nl-BE"),
    ],
)
text(
    m,
    "Beste,\n\nIk ben met ouderschapsverlof tot en met 14 december. Uw mail wordt niet automatisch doorgestuurd.\n"
    "Voor dringende vragen kan u terecht bij:\n\nNaam: An Vermeulen\nStad / gemeente: Leuven\n"
    "Functie: teamverantwoordelijke personeelsbeleid\nE-mail: an.vermeulen@leuven.be\n\n"
    "Naam: Joris Smets\nStad / gemeente: Leuven\nFunctie: adjunct-algemeen directeur\nE-mail: joris.smets@leuven.be\n\n"
    "Met vriendelijke groet,\nKristof Lemmens\nStad Leuven",
    html_alt=True,
)
add(
    25,
    m,
    "auto_reply",
    [],
    False,
    "out-of-office whose body lists two alternate contacts as Naam/Stad/Functie/E-mail blocks: must not become a registration of two people",
)

# 026 Gmail 'Address not found'
q_dt = d(11, 23, 16, 19)
orig = linda_msg(
    "Stijn Demeyer <stijn.demeyer@ieper.be>",
    "Re: vraag over het programma",
    "Dag Stijn,\n\nHet volledige programma volgt begin volgende week; de eerste spreker start om 10.15 uur.\n\n"
    "Groeten,\nLinda",
    q_dt,
    msgid=mid_gmail(),
)
g_text = (
    "** Address not found **\n\nYour message wasn't delivered to stijn.demeyer@ieper.be because the address couldn't be "
    "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
    "The response from the remote server was:\n550 5.1.1 <stijn.demeyer@ieper.be>: Recipient address rejected: User unknown"
)
m = base(
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "linda.boudry@kcvs.be",
    "Delivery Status Notification (Failure)",
    d(11, 23, 16, 20),
    f"<5bf81a2c.1c69fb81.{hexs(5)}.{hexs(4)}SMTPIN_ADDED_MISSING@mx.google.com>",
    extra=[("X-Failed-Recipients", "stijn.demeyer@ieper.be"), ("Auto-Submitted", "auto-replied")],
    received="mail-sor-f69.google.com",
)
report(
    m,
    "delivery-status",
    [
        tpart(g_text, charset="utf-8", cte="7bit", html_alt=to_html(g_text)),
        dsn(
            "Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 23 Nov 2018 07:19:55 -0800 (PST)\n"
            "X-Original-Message-ID: "
            + orig["Message-ID"]
            + "\n\nFinal-Recipient: rfc822; stijn.demeyer@ieper.be\n"
            "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.ieper.be. (198.51.100.33, the server for the domain ieper.be.)\n"
            "Diagnostic-Code: smtp; 550 5.1.1 <stijn.demeyer@ieper.be>: Recipient address rejected: User unknown\n"
            "Last-Attempt-Date: Fri, 23 Nov 2018 07:20:01 -0800 (PST)"
        ),
        rfc822(orig, desc="Undelivered Message"),
    ],
)
add(
    26,
    m,
    "bounce",
    [],
    False,
    "Gmail 'Address not found' DSN (mailer-daemon@googlemail.com, multipart/report) of Linda's reply about the programme",
)

# 027 phishing with fake labelled fields (filled with Linda's own data)
m = base(
    "KCVS Webmail <beheer@kcvs-webmail-verificatie.com>",
    LINDA,
    "Laatste herinnering: bevestig uw inschrijving en uw account",
    d(12, 4, 3, 12),
    mid_generic(d(12, 4, 3, 12), "kcvs-webmail-verificatie.com"),
    extra=[("Reply-To", "verificatie@mailbeheer-support.net"), ("X-Priority", "1 (Highest)")],
    received="vps-4471.hostingcheap.example",
)
text(
    m,
    "Beste gebruiker van linda.boudry@kcvs.be,\n\nUw inschrijving voor het seminarie 'Stadsorganisaties in transitie' en uw "
    "mailbox konden niet worden geverifieerd. Binnen 24 uur wordt uw account geblokkeerd.\n\nBevestig onmiddellijk door "
    "onderstaande gegevens te controleren en te antwoorden met uw wachtwoord:\n\nNaam: Linda Boudry\nStad / gemeente: Antwerpen\n"
    "Functie: Beheerder\nE-mailadres: linda.boudry@kcvs.be\nWachtwoord: ____________\n\n"
    "Of log in via http://kcvs-webmail-verificatie.com/login.php?u=linda.boudry\n\nIT Servicedesk\n"
    "(c) 2018 Webmail Security",
    charset="windows-1252",
)
add(
    27,
    m,
    "other",
    [],
    False,
    "phishing from a look-alike domain with filled-in Naam/Stad/Functie/E-mailadres fields (Linda's own data) and a password request: never a registration",
)

# 028 group of two cancelling (second person in Cc)
m = base(
    "Leen Maes <leen.maes@sint-niklaas.be>",
    LINDA,
    "Afmelding seminarie 7 december (2 personen)",
    d(11, 30, 11, 2),
    mid_outlook(),
    cc="Tom De Bruyne <tom.debruyne@sint-niklaas.be>",
    extra=outlook_extra("Afmelding seminarie 7 december (2 personen)", d(11, 30, 11, 2)),
)
text(
    m,
    "Beste Linda,\n\nMijn collega Tom De Bruyne (in cc) en ik hadden ons ingeschreven voor het seminarie 'Stadsorganisaties "
    "in transitie'. Door de begrotingsbesprekingen, die naar vrijdag 7 december verschoven zijn, kunnen we er helaas allebei "
    "niet bij zijn. Wil je ons beiden uitschrijven?\n\nMet vriendelijke groeten,\n\n"
    "Leen Maes - beleidsadviseur organisatiebeheersing\nTom De Bruyne - financieel directeur\nStad Sint-Niklaas",
    html_alt=True,
)
add(
    28,
    m,
    "cancellation",
    [
        R(
            "Leen Maes",
            "Sint-Niklaas",
            "beleidsadviseur organisatiebeheersing",
            "leen.maes@sint-niklaas.be",
        ),
        R("Tom De Bruyne", "Sint-Niklaas", "financieel directeur", "tom.debruyne@sint-niklaas.be"),
    ],
    False,
    "two people withdraw in one mail; the colleague's address comes from the Cc header ('in cc')",
)

# 029 registration inside a calendar-like message (meeting request)
reg_txt = (
    "Wanneer: vrijdag 7 december 2018 09:30-16:00 (UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs.\n"
    "Waar: Permeke auditorium, De Coninckplein 26, 2060 Antwerpen\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    "Dag Linda,\n\nIk heb het seminarie meteen in mijn agenda gezet; bij deze ook mijn inschrijving:\n\n"
    "Naam: Dhr. Dries Wauters\nStad / gemeente: Oostende\nFunctie: adviseur personeelsbeleid\n"
    "E-mailadres: dries.wauters@oostende.be\n\nGroeten,\nDries"
)
ics_desc = reg_txt.replace("\n", "\\n").replace(",", "\\,")
ics = (
    "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
    "ORGANIZER;CN=Wauters Dries:mailto:dries.wauters@oostende.be\n"
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be\n"
    "DESCRIPTION;LANGUAGE=nl-BE:" + ics_desc + "\n"
    "SUMMARY;LANGUAGE=nl-BE:Inschrijving seminarie Stadsorganisaties in transitie\n"
    "DTSTART;TZID=Romance Standard Time:20181207T093000\nDTEND;TZID=Romance Standard Time:20181207T160000\n"
    "UID:040000008200E00074C5B7101A82E00800000000"
    + hexs(40).upper()
    + "\nDTSTAMP:20181119T131500Z\n"
    "LOCATION;LANGUAGE=nl-BE:Permeke auditorium\\, De Coninckplein 26\\, 2060 Antwerpen\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR"
)
m = base(
    "Wauters Dries <dries.wauters@oostende.be>",
    LINDA,
    "Inschrijving seminarie Stadsorganisaties in transitie",
    d(11, 19, 14, 15),
    mid_outlook(),
    extra=[
        ("Thread-Topic", "Inschrijving seminarie Stadsorganisaties in transitie"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
    ],
)
m.set_content(reg_txt, charset="utf-8", cte="quoted-printable")
m.add_alternative(
    ics, subtype="calendar", charset="utf-8", cte="base64", params={"method": "REQUEST"}
)
add(
    29,
    m,
    "registration",
    [R("Dries Wauters", "Oostende", "adviseur personeelsbeleid", "dries.wauters@oostende.be")],
    False,
    "registration sent as an Outlook meeting request (text/calendar METHOD:REQUEST + 'Wanneer/Waar' text); 'Dhr.' dropped",
)

# 030 registration for a DIFFERENT KCVS event -> review
m = base(
    "Greet Dewulf <greet.dewulf@waregem.be>",
    LINDA,
    "Inschrijving lerend netwerk Personeelsbeleid 24 januari",
    d(12, 6, 9, 30),
    mid_outlook(),
    extra=outlook_extra("Inschrijving lerend netwerk Personeelsbeleid 24 januari", d(12, 6, 9, 30)),
)
text(
    m,
    "Beste Linda,\n\nGraag schrijf ik mij in voor het lerend netwerk 'Personeelsbeleid in kleine steden' van het Kenniscentrum "
    "op donderdag 24 januari 2019 in Gent.\n\nNaam: Greet Dewulf\nStad / gemeente: Waregem\nFunctie: HR-directeur\n"
    "E-mailadres: greet.dewulf@waregem.be\n\nMet vriendelijke groeten,\nGreet Dewulf",
    html_alt=True,
)
add(
    30,
    m,
    "other",
    [],
    True,
    "complete labelled registration, but for a different KCVS event (lerend netwerk, 24 January 2019): must not be confirmed for the 7 December seminar; a person must route it",
)

# 031 vacation reply with a return date (Sieve-style, 'Auto:')
m = base(
    "Els Martens <els.martens@oostende.be>",
    LINDA,
    "Auto: " + CONF_SUBJ,
    d(11, 19, 12, 0, 31),
    mid_generic(d(11, 19, 12, 0, 31), "oostende.be"),
    extra=[
        ("In-Reply-To", conf_id(d(11, 19, 12, 0))),
        ("Auto-Submitted", "auto-replied (vacation)"),
        ("Precedence", "bulk"),
    ],
)
text(
    m,
    "Ik geniet van een welverdiende vakantie en ben terug op maandag 3 december 2018.\n"
    "Tijdens mijn afwezigheid worden e-mails niet gelezen en niet doorgestuurd.\n\nGroetjes,\nEls",
    charset="utf-8",
    cte="8bit",
)
add(
    31,
    m,
    "auto_reply",
    [],
    False,
    "vacation responder ('Auto:' subject, Auto-Submitted: auto-replied (vacation), Precedence: bulk) with a return date, replying to our confirmation",
)

# 032 decline from someone who never registered -> other
inv_q = outlook_block(
    LINDA,
    INVITE_DT,
    "undisclosed-recipients:;",
    EVENT_SUBJ,
    INVITATION,
    sep="-----Oorspronkelijk bericht-----",
)
m = base(
    "Janssens Dirk <dirk.janssens@tienen.be>",
    LINDA,
    "RE: " + EVENT_SUBJ,
    d(11, 13, 9, 12),
    mid_outlook(),
    extra=outlook_extra(EVENT_SUBJ, INVITE_DT, mid_generic(INVITE_DT, "kcvs.be")),
)
text(
    m,
    "Geachte mevrouw Boudry,\n\nBedankt voor de uitnodiging. Helaas kan ik niet ingaan op de uitnodiging: op 7 december zit ik "
    "op een studiedag van de provincie. Ik schrijf me dus niet in.\n\nVeel succes met het seminarie!\n\n"
    "Met vriendelijke groeten,\n\nDirk Janssens\nalgemeen directeur\nStad Tienen" + inv_q,
    html_alt=True,
)
add(
    32,
    m,
    "other",
    [],
    False,
    "a decline of the invitation by someone who never registered ('ik schrijf me dus niet in'): no earlier sign-up to withdraw, so not a cancellation; no answer needed",
)

# 033 speaker confirming the talk (asks a practical question) -> review
m = base(
    "Koen Verhaegen <koen.verhaegen@uhasselt.be>",
    LINDA,
    "Re: Uw bijdrage seminarie 7 december",
    d(11, 14, 16, 40),
    mid_exch("uhasselt.be"),
    extra=outlook_extra(
        "Uw bijdrage seminarie 7 december",
        d(11, 14, 16, 40),
        mid_generic(d(11, 9, 10, 0), "kcvs.be"),
    ),
)
text(
    m,
    "Beste Linda,\n\nIk bevestig graag mijn bijdrage op 7 december: een lezing van 30 minuten over 'Wendbare "
    "stadsorganisaties: lessen uit tien Vlaamse steden', voorzien rond 10.15 uur. Mijn slides bezorg ik je uiterlijk "
    "woensdag 5 december.\n\nIs er in het auditorium een HDMI-aansluiting, of breng ik best zelf een adapter mee?\n\n"
    "Met vriendelijke groeten,\n\nProf. dr. Koen Verhaegen\nhoofddocent bestuurskunde\nUniversiteit Hasselt\n"
    "Martelarenlaan 42, 3500 Hasselt",
    html_alt=True,
)
add(
    33,
    m,
    "other",
    [],
    True,
    "a speaker confirming their talk and asking about HDMI: not a participant registration (signature has name/function/town); a person must answer",
)

# 034 Postfix delay warning
c_dt = d(11, 22, 14, 8)
conf_hdrs = (
    "Return-Path: <linda.boudry@kcvs.be>\nReceived: by mail.kcvs.be (Postfix, from userid 1001)\n"
    "\tid 4Gm9Q02XkKz1; Thu, 22 Nov 2018 14:08:44 +0100 (CET)\n"
    "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: wouter.desmedt@zottegem.be\nSubject: "
    + CONF_SUBJ
    + "\n"
    "Date: " + rfc(c_dt) + "\nMessage-ID: " + conf_id(c_dt) + "\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable"
)
m = base(
    "Mail Delivery System <MAILER-DAEMON@mail.kcvs.be>",
    "linda.boudry@kcvs.be",
    "Delayed Mail (still being retried)",
    d(11, 22, 18, 10, 3),
    "<20181122171003.4GmKv31XfQz@mail.kcvs.be>",
    extra=[("Auto-Submitted", "auto-replied")],
    received="localhost",
)
report(
    m,
    "delivery-status",
    [
        tpart(
            "This is the mail system at host mail.kcvs.be.\n\n####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
            "<wouter.desmedt@zottegem.be>: connect to mx.zottegem.be[198.51.100.77]:25:\n    Connection timed out",
            desc="Notification",
        ),
        dsn(
            "Reporting-MTA: dns; mail.kcvs.be\nX-Postfix-Queue-ID: 4Gm9Q02XkKz1\nX-Postfix-Sender: rfc822; linda.boudry@kcvs.be\n"
            "Arrival-Date: Thu, 22 Nov 2018 14:08:44 +0100 (CET)\n\nFinal-Recipient: rfc822; wouter.desmedt@zottegem.be\n"
            "Original-Recipient: rfc822;wouter.desmedt@zottegem.be\nAction: delayed\nStatus: 4.4.1\n"
            "Diagnostic-Code: X-Postfix; connect to mx.zottegem.be[198.51.100.77]:25:\n    Connection timed out\n"
            "Will-Retry-Until: Tue, 27 Nov 2018 14:08:44 +0100 (CET)"
        ),
        tpart(conf_hdrs, subtype="rfc822-headers", desc="Undelivered Message Headers"),
    ],
)
add(
    34,
    m,
    "bounce",
    [],
    False,
    "Postfix delay warning (Action: delayed, 'THIS IS A WARNING ONLY') for our confirmation; only headers attached",
)

# 035 'Top, tot dan!' above the confirmation
c_dt = d(11, 15, 11, 48)
conf = confirmation("Mohamed Amrani", "Vilvoorde", "diensthoofd ICT", "mohamed.amrani@vilvoorde.be")
m = base(
    "Mohamed Amrani <mohamed.amrani@vilvoorde.be>",
    LINDA,
    "RE: " + CONF_SUBJ,
    d(11, 15, 12, 1),
    mid_outlook(),
    extra=outlook_extra(CONF_SUBJ, c_dt, conf_id(c_dt)),
)
text(
    m,
    "Top, tot dan!\n\nMohamed\n\nVerzonden vanaf Outlook voor iOS"
    + outlook_block(LINDA, c_dt, "Mohamed Amrani <mohamed.amrani@vilvoorde.be>", CONF_SUBJ, conf),
    html_alt=True,
)
add(
    35,
    m,
    "other",
    [],
    False,
    "'Top, tot dan!' above the Outlook-quoted confirmation: already registered, nothing to do",
)

# 036 registration that also thanks for the invitation (reply to the invitation)
inv_q = "\n\n" + gmail_hdr(INVITE_DT, LINDA) + "\n\n" + quote_gt(INVITATION)
m = base(
    "Ann Lambrechts <ann.lambrechts@bilzen.be>",
    LINDA,
    "Re: " + EVENT_SUBJ,
    d(11, 13, 20, 45),
    mid_gmail(),
    extra=[("In-Reply-To", mid_generic(INVITE_DT, "kcvs.be"))],
    received="mail-wm1-f41.google.com",
)
text(
    m,
    "Beste Linda,\n\nBedankt voor de uitnodiging! Ik kom graag.\n\nNaam: Lambrechts Ann\nStad / gemeente: Bilzen\n"
    "Functie: schepen van personeel en communicatie\nE-mailadres: ann.lambrechts@bilzen.be\n\nHartelijke groeten,\nAnn"
    + inv_q,
    cte="base64",
    html_alt=False,
)
add(
    36,
    m,
    "registration",
    [
        R(
            "Lambrechts Ann",
            "Bilzen",
            "schepen van personeel en communicatie",
            "ann.lambrechts@bilzen.be",
        )
    ],
    False,
    "registration that opens with 'bedankt voor de uitnodiging', above the Gmail-quoted invitation with its empty template; base64 body; name written surname-first",
)

# 037 the caterer's order confirmation
m = base(
    "Smakelijk Catering <info@smakelijkcatering.be>",
    LINDA,
    "Bevestiging bestelling 7 december - KCVS / Permeke",
    d(12, 3, 10, 15),
    mid_generic(d(12, 3, 10, 15), "smakelijkcatering.be"),
    received="smtp.smakelijkcatering.be",
)
m.set_content(
    "Geachte mevrouw Boudry,\n\nHartelijk dank voor uw bestelling. Wij bevestigen hierbij:\n\n"
    "Datum: vrijdag 7 december 2018\nLocatie: Permeke, De Coninckplein 26, 2060 Antwerpen (levering via de "
    "zij-ingang om 9 uur)\nOnthaal: koffie, thee en koekjes vanaf 9.30 uur\nLunch: broodjeslunch voor 85 personen "
    "(waarvan 10 vegetarisch) om 12.30 uur\nPrijs: € 14,50 per persoon excl. btw\n\nDe factuur volgt na het evenement. "
    "In bijlage vindt u de orderbevestiging.\n\nMet smakelijke groeten,\n\nKarin Dewitte\nZaakvoerder\n"
    "Smakelijk Catering bv\nTurnhoutsebaan 112, 2140 Antwerpen (Borgerhout)\ninfo@smakelijkcatering.be",
    charset="windows-1252",
    cte="quoted-printable",
)
m.add_attachment(
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n",
    maintype="application",
    subtype="pdf",
    filename="Orderbevestiging_2018-1187.pdf",
)
add(
    37,
    m,
    "other",
    [],
    False,
    "the caterer's order confirmation with attachment (signature with name, function, Antwerpen address; windows-1252 with euro sign): no registrant, nothing for the worker",
)

# 038 Dutch out-of-office with only Precedence: bulk and an 'Afwezig:' subject
m = base(
    "Hilde Wouters <hilde.wouters@roeselare.be>",
    LINDA,
    "Afwezig: " + EVENT_SUBJ,
    d(11, 12, 10, 9),
    mid_generic(d(11, 12, 10, 9), "roeselare.be"),
    extra=[("Precedence", "bulk")],
)
text(
    m,
    "Dit is een automatisch bericht.\n\nIk ben afwezig tot en met vrijdag 16 november en lees mijn mail pas na mijn "
    "terugkeer. Voor dringende zaken: personeelsdienst@roeselare.be of 051 26 21 11.\n\nHilde Wouters\n"
    "Stad Roeselare - Personeelsdienst",
    charset="iso-8859-1",
    cte="quoted-printable",
)
add(
    38,
    m,
    "auto_reply",
    [],
    False,
    "out-of-office with no RFC 3834 headers, only Precedence: bulk (which alone decides nothing), subject 'Afwezig:' and body 'Dit is een automatisch bericht'",
)

# 039 cancellation that also asks whether the slides will be shared -> review
c_dt = d(11, 21, 10, 4)
conf = confirmation(
    "Veerle Claes", "Hasselt", "coördinator interne communicatie", "veerle.claes@hasselt.be"
)
m = base(
    "Veerle Claes <veerle.claes@hasselt.be>",
    LINDA,
    "Re: " + CONF_SUBJ,
    d(12, 3, 7, 30),
    mid_exch("hasselt.be"),
    extra=[
        ("In-Reply-To", conf_id(c_dt)),
        ("References", conf_id(c_dt)),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
        ),
    ],
)
text(
    m,
    "Dag Linda,\n\nSpijtig genoeg moet ik mijn inschrijving annuleren: ik word vrijdag opgenomen voor een kleine ingreep.\n"
    "Worden de presentaties achteraf gedeeld? Dan kan ik ze zeker nog doornemen.\n\nGroeten,\nVeerle\n\n"
    + gmail_hdr(c_dt, LINDA)
    + "\n"
    + quote_gt(conf),
    cte="8bit",
)
add(
    39,
    m,
    "cancellation",
    [R("Veerle Claes", "Hasselt", "coördinator interne communicatie", "veerle.claes@hasselt.be")],
    True,
    "cancellation above the '> '-quoted confirmation that also asks whether the slides will be shared: the question needs a person",
)

# 040 qmail failure notice of our confirmation with the registrant's details inline
c_dt = d(12, 2, 21, 16)
inline = (
    "Return-Path: <linda.boudry@kcvs.be>\nReceived: (qmail 22817 invoked from network); 2 Dec 2018 20:16:59 -0000\n"
    "Received: from mail.kcvs.be (203.0.113.25)\n  by mail.dendermonde.be with SMTP; 2 Dec 2018 20:16:59 -0000\n"
    "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: mathias.vandenbroek@dendermonde.be\nSubject: "
    + CONF_SUBJ
    + "\n"
    "Date: " + rfc(c_dt) + "\nMessage-ID: " + conf_id(c_dt) + "\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n"
    + confirmation(
        "Mathias Van den Broeck",
        "Dendermonde",
        "stafmedewerker secretariaat",
        "mathias.vandenbroek@dendermonde.be",
    )
)
m = base(
    "MAILER-DAEMON@mail.dendermonde.be",
    "linda.boudry@kcvs.be",
    "failure notice",
    d(12, 2, 21, 17),
    "<20181202201700.22820.qmail@mail.dendermonde.be>",
    received="mail.dendermonde.be",
)
text(
    m,
    "Hi. This is the qmail-send program at mail.dendermonde.be.\nI'm afraid I wasn't able to deliver your message to the "
    "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
    "<mathias.vandenbroek@dendermonde.be>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
    "--- Below this line is a copy of the message.\n\n" + inline,
    charset="us-ascii",
    cte="7bit",
)
add(
    40,
    m,
    "bounce",
    [],
    False,
    "qmail plain-text 'failure notice' of our own confirmation, inline copy quotes the registrant's Naam/Stad/Functie/E-mailadres: a bounce, not a (re-)registration",
)

# 041 accessibility / parking question above the confirmation -> review
c_dt = d(11, 27, 16, 31)
conf = confirmation(
    "Marc Debaere", "Ronse", "stafmedewerker gelijke kansen", "marc.debaere@ronse.be"
)
m = base(
    "Debaere Marc <marc.debaere@ronse.be>",
    LINDA,
    "RE: " + CONF_SUBJ,
    d(11, 28, 10, 20),
    mid_outlook(),
    extra=outlook_extra(CONF_SUBJ, c_dt, conf_id(c_dt)),
)
text(
    m,
    "Goedemorgen Linda,\n\nIk ben rolstoelgebruiker en kom met de wagen. Is er bij Permeke een aangepaste parkeerplaats, en "
    "is het auditorium vlot bereikbaar met een lift?\n\nAlvast dank,\nMarc"
    + outlook_block(LINDA, c_dt, "Debaere Marc <marc.debaere@ronse.be>", CONF_SUBJ, conf),
    html_alt=True,
)
add(
    41,
    m,
    "other",
    [],
    True,
    "a registered participant asks about accessible parking and a lift, above the quoted confirmation: a person must answer; not a new registration",
)

# 042 'Automatic reply:' that quotes the original registration
reg_dt = d(11, 23, 9, 58)
c_dt = d(11, 23, 10, 1)
orig_reg = (
    "Beste Linda,\n\nHierbij mijn inschrijving:\nNaam: Lotte Desmet\nStad / gemeente: Stad Gent\n"
    "Functie: beleidsmedewerker personeel en organisatie\nE-mailadres: lotte.desmet@stad.gent\n\nGroetjes,\nLotte"
)
quoted = (
    "\n\n-----Original Message-----\nFrom: Linda Boudry <linda.boudry@kcvs.be>\nSent: Friday, November 23, 2018 10:01 AM\n"
    "To: Lotte Desmet <lotte.desmet@stad.gent>\nSubject: "
    + CONF_SUBJ
    + "\n\n"
    + confirmation(
        "Lotte Desmet",
        "Gent",
        "beleidsmedewerker personeel en organisatie",
        "lotte.desmet@stad.gent",
    )
    + "\n\n-----Original Message-----\nFrom: Lotte Desmet <lotte.desmet@stad.gent>\nSent: Friday, November 23, 2018 9:58 AM\n"
    "To: Linda Boudry <linda.boudry@kcvs.be>\nSubject: inschrijving seminarie 7 december\n\n"
    + orig_reg
)
m = base(
    "Lotte Desmet <lotte.desmet@stad.gent>",
    LINDA,
    "Automatic reply: " + CONF_SUBJ,
    d(11, 23, 10, 2),
    mid_outlook(),
    extra=[
        ("In-Reply-To", conf_id(c_dt)),
        ("Thread-Topic", CONF_SUBJ),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "nl-BE"),
    ],
)
text(
    m,
    "Ik ben afwezig tot en met woensdag 28 november. / I am out of office until Wednesday 28 November.\n"
    "Dringende vragen: personeelsbeleid@stad.gent" + quoted,
)
add(
    42,
    m,
    "auto_reply",
    [],
    False,
    "'Automatic reply:' (X-Auto-Response-Suppress, no Auto-Submitted) whose body quotes our confirmation and the original labelled registration: must not register again",
)

# 043 terse cancellation from a phone
m = base(
    "Jonas Verhoeven <jonas.verhoeven@turnhout.be>",
    LINDA,
    "Seminarie 7/12",
    d(12, 6, 7, 41),
    f"<{hexs(8).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(12).upper()}@turnhout.be>",
    extra=[("X-Mailer", "iPhone Mail (16B92)")],
)
text(
    m,
    "Sorry Linda, toch geen tijd op 7/12, mag je me schrappen van de lijst.\nJonas\n\nVerzonden vanaf mijn iPhone",
    charset="us-ascii",
    cte="7bit",
)
add(
    43,
    m,
    "cancellation",
    [R("Jonas Verhoeven", "Turnhout", None, "jonas.verhoeven@turnhout.be")],
    False,
    "terse phone cancellation ('schrappen van de lijst' for 7/12); no function; the town from the municipal address domain turnhout.be, as the shared corpus labels it (relabelled on import: the writer had null)",
)

# 044 a municipality asks whether the slides will be shared -> review
m = base(
    "Secretariaat algemeen directeur <secretariaat.ad@lokeren.be>",
    LINDA,
    "Presentaties seminarie 7 december",
    d(12, 4, 11, 11),
    mid_outlook(),
    extra=outlook_extra("Presentaties seminarie 7 december", d(12, 4, 11, 11)),
)
text(
    m,
    "Beste,\n\nOnze algemeen directeur kan niet aanwezig zijn op het seminarie van 7 december, maar is zeer geïnteresseerd "
    "in de inhoud. Worden de presentaties na afloop gedeeld met de steden en gemeenten?\n\nMet vriendelijke groeten,\n\n"
    "Secretariaat algemeen directeur\nStad Lokeren\nGroentemarkt 1, 9160 Lokeren",
    html_alt=True,
)
add(
    44,
    m,
    "other",
    [],
    True,
    "a municipality asks whether the slides will be shared; 'kan niet aanwezig zijn' is not a withdrawal of any known registration; a person must answer",
)

# 045 registration after an earlier 'kan niet komen'
inv_q = outlook_block(LINDA, INVITE_DT, "undisclosed-recipients:;", EVENT_SUBJ, INVITATION)
m = base(
    "STEVENS Evi <evi.stevens@tongeren.be>",
    LINDA,
    "RE: " + EVENT_SUBJ,
    d(11, 28, 13, 33),
    mid_outlook(),
    extra=outlook_extra(EVENT_SUBJ, INVITE_DT, mid_generic(INVITE_DT, "kcvs.be")),
)
text(
    m,
    "Dag Linda,\n\nVorige week liet ik nog weten dat ik niet kon komen, maar mijn afspraak van 7 december is geannuleerd. "
    "Ik kom dus toch graag naar het seminarie!\n\nNaam: STEVENS Evi\nStad / gemeente: Tongeren\nFunctie: algemeen directeur\n"
    "E-mailadres: Evi.Stevens@tongeren.be\n\nTot dan,\nEvi" + inv_q,
    html_alt=True,
)
add(
    45,
    m,
    "registration",
    [R("Stevens Evi", "Tongeren", "algemeen directeur", "evi.stevens@tongeren.be")],
    False,
    "registration that mentions an earlier 'ik kon niet komen' (cancellation vocabulary) above the quoted invitation template; upper-case surname and mixed-case address normalised",
)


# ----------------------------------------------------------------- write
def main():
    assert sorted(MESSAGES) == list(range(1, 46)), sorted(MESSAGES)
    for n, (msg, label) in sorted(MESSAGES.items()):
        stem = os.path.join(OUT, f"{n:03d}")
        with open(stem + ".eml", "wb") as f:
            f.write(msg.as_bytes(policy=POL))
        with open(stem + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(MESSAGES)} messages to {OUT}")


if __name__ == "__main__":
    main()
