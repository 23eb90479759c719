#!/usr/bin/env python3
"""Build the blind6 test set: 45 labelled e-mails (mostly French / English /
bilingual / German) for the KCVS seminar "Stadsorganisaties in transitie".

Deterministic: random.seed() first, fixed dates and Message-IDs, CRLF output.
Run:  python3 build.py   (writes NNN.eml + NNN.json next to this script)
"""

import email.quoprimime
import json
import os
import random
import string
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

random.seed(20181207)

HERE = os.path.dirname(os.path.abspath(__file__))
CET = timezone(timedelta(hours=1))
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"
INVITE_ID = "<AM6PR0102MB33457A1C2D94F8B0E3@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>"
INVITE_SUBJ = "Uitnodiging: seminarie Stadsorganisaties in transitie \u2013 7 december 2018"
CONFIRM_SUBJ = "Bevestiging inschrijving seminarie 7 december"


def dt(day, month, hh, mm, ss=0):
    return datetime(2018, month, day, hh, mm, ss, tzinfo=CET)


def rnd(chars, n):
    return "".join(random.choice(chars) for _ in range(n))


def mid(style, domain, when):
    """Deterministic Message-ID in the style of a given mail client."""
    if style == "outlook":
        host = (
            "AM" + rnd("0123456789", 1) + "PR0" + rnd("0123456789", 1) + "MB" + rnd("0123456789", 4)
        )
        return "<%s%s@%s.eurprd0%s.prod.outlook.com>" % (
            host,
            rnd("0123456789ABCDEF", 16),
            host,
            rnd("1234", 1),
        )
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % rnd(string.ascii_letters + string.digits + "+_", 44)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (
            rnd("0123456789ABCDEF", 8),
            rnd("0123456789ABCDEF", 4),
            rnd("0123456789ABCDEF", 4),
            rnd("0123456789ABCDEF", 4),
            rnd("0123456789ABCDEF", 12),
            domain,
        )
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (
            rnd("0123456789abcdef", 8),
            rnd("0123456789abcdef", 4),
            rnd("0123456789abcdef", 4),
            rnd("0123456789abcdef", 4),
            rnd("0123456789abcdef", 12),
            domain,
        )
    # generic MTA style
    return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), rnd("0123456789", 6), domain)


def reg(name, municipality, function, email):
    if email is not None:
        assert email == email.lower(), email
    return {"name": name, "municipality": municipality, "function": function, "email": email}


def label(kind, registrants, needs_review, note):
    return {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note}


def simple(
    frm,
    subject,
    when,
    body,
    *,
    to=LINDA,
    cc=None,
    charset="utf-8",
    cte="quoted-printable",
    html=None,
    style="outlook",
    domain=None,
    in_reply_to=None,
    extra=(),
):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    dom = domain or frm.rsplit("@", 1)[1].rstrip(">")
    m["Message-ID"] = mid(style, dom, when)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte=cte)
    if html is not None:
        m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    return m.as_bytes(policy=policy.SMTP)


def boundary():
    return "----=_Part_%s_%s" % (rnd("0123456789", 6), rnd("0123456789", 10))


def raw_report(headers, text_ct, text_cte, text_body, status_blocks, orig_headers):
    """A multipart/report; report-type=delivery-status, assembled by hand."""
    b = boundary()
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines.append("Content-Type: multipart/report; report-type=delivery-status;")
    lines.append('\tboundary="%s"' % b)
    lines.append("")
    lines.append("This is a MIME-encapsulated message.")
    lines.append("")
    lines.append("--" + b)
    lines.append("Content-Type: " + text_ct)
    lines.append("Content-Transfer-Encoding: " + text_cte)
    lines.append("")
    lines.extend(text_body.split("\n"))
    lines.append("")
    lines.append("--" + b)
    lines.append("Content-Type: message/delivery-status")
    lines.append("")
    for blk in status_blocks:
        for k, v in blk:
            lines.append("%s: %s" % (k, v))
        lines.append("")
    lines.append("--" + b)
    lines.append("Content-Type: text/rfc822-headers")
    lines.append("")
    for k, v in orig_headers:
        lines.append("%s: %s" % (k, v))
    lines.append("")
    lines.append("--" + b + "--")
    lines.append("")
    return "\r\n".join(lines).encode("ascii")


def qp(text):
    return email.quoprimime.body_encode(text.encode("utf-8").decode("latin-1"), maxlinelen=76)


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))


INVITATION_TEXT = """Beste collega,

Het Kenniscentrum Vlaamse Steden nodigt u van harte uit op het gratis
seminarie "Stadsorganisaties in transitie" op vrijdag 7 december 2018
in het auditorium van bibliotheek Permeke, De Coninckplein 26,
2060 Antwerpen. Onthaal met koffie vanaf 9.30 uur, we starten om
10 uur. Rond 12.30 uur sluiten we af met een broodjeslunch.

Inschrijven kan tot en met 2 december met een mail aan
linda.boudry@kcvs.be, met vermelding van:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden"""

CONFIRM_TEXT = """Beste,

Hartelijk dank voor uw inschrijving. Hierbij bevestig ik uw deelname
aan het seminarie "Stadsorganisaties in transitie" op vrijdag
7 december 2018 in bibliotheek Permeke, Antwerpen.

Tot dan!
Linda Boudry
Kenniscentrum Vlaamse Steden"""

MSGS = {}

# ---------------------------------------------------------------- 001
MSGS[1] = (
    simple(
        "Claire Dubois <claire.dubois@ixelles.brussels>",
        "Inscription s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb",
        dt(12, 11, 9, 14, 22),
        """Bonjour Madame Boudry,

Je souhaiterais m'inscrire au s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb du vendredi 7 d\u00e9cembre prochain.

Nom : Mme Claire Dubois
Commune : Ixelles
Fonction : coordinatrice du plan strat\u00e9gique transversal
Adresse e-mail : claire.dubois@ixelles.brussels

Je vous remercie d'avance et vous prie d'agr\u00e9er, Madame, mes salutations distingu\u00e9es.

Claire Dubois
Coordinatrice PST
Commune d'Ixelles
Chauss\u00e9e d'Ixelles 168 \u2013 1050 Ixelles
T. 02 515 61 00
""",
        extra=[("Content-Language", "fr-BE"), ("Thread-Topic", "Inscription seminaire")],
    ),
    label(
        "registration",
        [
            reg(
                "Claire Dubois",
                "Elsene",
                "coordinatrice du plan strat\u00e9gique transversal",
                "claire.dubois@ixelles.brussels",
            )
        ],
        False,
        "French labelled fields (Nom / Commune / Fonction / Adresse e-mail); 'Mme' dropped; 'Ixelles' -> canonical Dutch 'Elsene'",
    ),
)

# ---------------------------------------------------------------- 002
MSGS[2] = (
    simple(
        "Marta Kowalczyk <marta.kowalczyk@eurocities.eu>",
        "Registration - Stadsorganisaties in transitie, 7 December",
        dt(13, 11, 11, 2, 41),
        """Dear Linda,

Thank you for passing on the invitation through our working group on public services. I'd like to sign up for the seminar on 7 December in Antwerp. My Dutch is limited, but a colleague from Ghent has offered to whisper-translate the key points, so I'll manage.

I'm a policy advisor at Eurocities, working from our Brussels office.

Best regards,
Marta Kowalczyk

Marta Kowalczyk
Policy Advisor \u2013 Governance
Eurocities
Square de Mee\u00fbs 1, 1000 Brussels, Belgium
""",
        extra=[("Content-Language", "en-GB")],
    ),
    label(
        "registration",
        [reg("Marta Kowalczyk", "Eurocities", "policy advisor", "marta.kowalczyk@eurocities.eu")],
        False,
        "English free-text sign-up from a city network: municipality is the organisation as written ('Eurocities'), not Brussels (office location) nor Ghent (colleague); email = sender",
    ),
)

# ---------------------------------------------------------------- 003
MSGS[3] = (
    simple(
        "Karim Benali <karim.benali@1030.be>",
        "Inscription 7 d\u00e9cembre",
        dt(13, 11, 15, 37, 5),
        """Bonjour,

Suite \u00e0 votre invitation, nous serons deux de la commune de Schaerbeek :

- Karim Benali, chef du service Organisation et M\u00e9thodes (moi-m\u00eame)
- Julie Mertens, conseill\u00e8re en gestion du changement, m\u00eame service

Julie est en cong\u00e9 cette semaine, je me permets donc de l'inscrire \u00e9galement.

Bien \u00e0 vous,

Karim Benali
Chef de service Organisation & M\u00e9thodes
Commune de Schaerbeek \u2013 Place Colignon, 1030 Schaerbeek
""",
        cte="8bit",
        style="thunderbird",
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            )
        ],
    ),
    label(
        "registration",
        [
            reg(
                "Karim Benali",
                "Schaarbeek",
                "chef du service Organisation et M\u00e9thodes",
                "karim.benali@1030.be",
            ),
            reg("Julie Mertens", "Schaarbeek", "conseill\u00e8re en gestion du changement", None),
        ],
        False,
        "'Nous serons deux': sender plus a colleague; the colleague has no address given -> email null (never the sender's); 'Schaerbeek' -> 'Schaarbeek'",
    ),
)

# ---------------------------------------------------------------- 004
MSGS[4] = (
    simple(
        "Van Damme Pierre <pvandamme@anderlecht.brussels>",
        "Inscription / Inschrijving \u2013 07/12/2018",
        dt(14, 11, 8, 51, 13),
        """Madame Boudry, Geachte mevrouw Boudry,

Je vous prie de bien vouloir m'inscrire au s\u00e9minaire du 7 d\u00e9cembre.
Graag schrijf ik mij in voor het seminarie van 7 december.

Nom / Naam : Pierre Van Damme
Commune / Gemeente : Anderlecht
Fonction / Functie : Directeur / Directeur
Courriel / E-mail : pvandamme@anderlecht.brussels

Cordialement, Met vriendelijke groeten,

Pierre Van Damme
Directeur / Directeur
D\u00e9partement Ressources humaines / Departement Human Resources
Commune d'Anderlecht / Gemeente Anderlecht
Place du Conseil 1 / Raadsplein 1 \u2013 1070 Anderlecht
""",
    ),
    label(
        "registration",
        [reg("Pierre Van Damme", "Anderlecht", "Directeur", "pvandamme@anderlecht.brussels")],
        False,
        "bilingual FR/NL labels 'Nom / Naam' etc.; function 'Directeur / Directeur' is the same word twice -> 'Directeur'; From display name in 'SURNAME First' order",
    ),
)

# ---------------------------------------------------------------- 005
MSGS[5] = (
    simple(
        "Sandrine Collard <sandrine.collard@charleroi.be>",
        "R\u00e9ponse automatique : Absent(e) du bureau",
        dt(8, 11, 10, 4, 57),
        """Bonjour,

Je suis absente du bureau jusqu'au lundi 19 novembre inclus, sans acc\u00e8s \u00e0 mes courriels.

Pour toute question urgente, vous pouvez contacter le secr\u00e9tariat de la Direction g\u00e9n\u00e9rale au 071 86 00 00 ou \u00e0 l'adresse secretariat.dg@charleroi.be.

Cordialement,

Sandrine Collard
Directrice adjointe \u2013 Direction g\u00e9n\u00e9rale
Ville de Charleroi
""",
        in_reply_to=INVITE_ID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "fr-BE"),
        ],
    ),
    label(
        "auto_reply",
        [],
        False,
        "French Exchange out-of-office to the invitation (Auto-Submitted: auto-replied); name, function and a secretariat address in it must not become a registration",
    ),
)

# ---------------------------------------------------------------- 006
MSGS[6] = (
    simple(
        "Sanne Verhoef <S.Verhoef@rotterdam.nl>",
        "RE: " + INVITE_SUBJ,
        dt(15, 11, 9, 22, 18),
        """Hi Linda,

Please count me in for the 7th! A colleague in Antwerp passed on your invitation. I'm writing in English because our international team reads along on this topic.

Name: Sanne Verhoef
City: Rotterdam
Position: programme manager organisational development
Email: s.verhoef@rotterdam.nl

Kind regards,
Sanne

Sanne Verhoef | Programme Manager Organisational Development
Gemeente Rotterdam | Concernstaf
Coolsingel 40, 3011 AD Rotterdam

-----Original Message-----
From: Linda Boudry <linda.boudry@kcvs.be>
Sent: donderdag 8 november 2018 10:02
Subject: """
        + INVITE_SUBJ
        + "\n\n"
        + INVITATION_TEXT
        + "\n",
        in_reply_to=INVITE_ID,
        extra=[("Content-Language", "en-US")],
    ),
    label(
        "registration",
        [
            reg(
                "Sanne Verhoef",
                "Rotterdam",
                "programme manager organisational development",
                "s.verhoef@rotterdam.nl",
            )
        ],
        False,
        "English labels Name / City / Position / Email above a quoted (Outlook-style, unprefixed) Dutch invitation whose empty template must be ignored; From address in mixed case -> lower-case",
    ),
)

# ---------------------------------------------------------------- 007
MSGS[7] = (
    simple(
        "Nadia El Amrani <nelamrani@uccle.brussels>",
        "Inscription de Mme l'\u00e9chevine Lambotte \u2013 s\u00e9minaire 7/12",
        dt(15, 11, 14, 8, 30),
        """Madame,

Pourriez-vous inscrire notre \u00e9chevine au s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb du 7 d\u00e9cembre \u00e0 Anvers ?

Nom : Mme Val\u00e9rie Lambotte
Fonction : \u00e9chevine du Personnel et de la Simplification administrative
Commune : Uccle
Courriel : valerie.lambotte@uccle.brussels

Mme Lambotte viendra en train ; elle n'aura donc pas besoin de place de parking.

Avec mes remerciements,

Nadia El Amrani
Secr\u00e9tariat de l'\u00e9chevine Val\u00e9rie Lambotte
Administration communale d'Uccle
Place Jean Vander Elst 29 \u2013 1180 Uccle
""",
    ),
    label(
        "registration",
        [
            reg(
                "Val\u00e9rie Lambotte",
                "Ukkel",
                "\u00e9chevine du Personnel et de la Simplification administrative",
                "valerie.lambotte@uccle.brussels",
            )
        ],
        False,
        "secretary registers the alderwoman ('Pourriez-vous inscrire notre \u00e9chevine'): only the \u00e9chevine is a registrant, with her own address; 'Uccle' -> 'Ukkel'",
    ),
)

# ---------------------------------------------------------------- 008
MSGS[8] = (
    simple(
        "Birgit Schr\u00f6der <birgit.schroeder@eupen.be>",
        'Anmeldung Seminar "Stadsorganisaties in transitie"',
        dt(16, 11, 10, 45, 2),
        """Sehr geehrte Frau Boudry,

hiermit melde ich mich f\u00fcr das Seminar am 7. Dezember in Antwerpen an.

Name: Birgit Schr\u00f6der
Gemeinde: Eupen
Funktion: Personalleiterin
E-Mail: birgit.schroeder@eupen.be

Ich verstehe Niederl\u00e4ndisch gut, spreche es aber nicht flie\u00dfend.
Das d\u00fcrfte f\u00fcr die Vortr\u00e4ge aber reichen.

Mit freundlichen Gr\u00fc\u00dfen

Birgit Schr\u00f6der
Personalleiterin
Stadt Eupen
Rathausplatz 14, 4700 Eupen
""",
        cte="8bit",
        extra=[("Content-Language", "de-BE")],
    ),
    label(
        "registration",
        [reg("Birgit Schr\u00f6der", "Eupen", "Personalleiterin", "birgit.schroeder@eupen.be")],
        False,
        "German labelled fields (Name / Gemeinde / Funktion / E-Mail), 8bit UTF-8 body",
    ),
)

# ---------------------------------------------------------------- 009
MSGS[9] = (
    simple(
        "Emma Hartley <emma.hartley@utrecht.nl>",
        "RE: " + CONFIRM_SUBJ,
        dt(28, 11, 16, 12, 44),
        """Dear Linda,

I'm afraid I can no longer attend on 7 December - our city council has scheduled an extra budget session that day and I need to be there. Could you please take me off the list of participants? Sorry for the trouble, and I hope there will be a next edition.

Best wishes,
Emma Hartley
Strategic Advisor, Organisational Change
Municipality of Utrecht

From: Linda Boudry <linda.boudry@kcvs.be>
Sent: 16 November 2018 11:30
To: Emma Hartley <emma.hartley@utrecht.nl>
Subject: """
        + CONFIRM_SUBJ
        + "\n\n"
        + CONFIRM_TEXT
        + "\n",
        in_reply_to="<AM6PR0102MB3345C0FF1EE0000A1@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
    ),
    label(
        "cancellation",
        [
            reg(
                "Emma Hartley",
                "Utrecht",
                "Strategic Advisor, Organisational Change",
                "emma.hartley@utrecht.nl",
            )
        ],
        False,
        "English cancellation in reply to the confirmation ('I'm afraid I can no longer attend'); 'Municipality of Utrecht' -> 'Utrecht'",
    ),
)

# ---------------------------------------------------------------- 010
MSGS[10] = (
    simple(
        "LEJEUNE Marc <Marc.Lejeune@liege.be>",
        "Inscription s\u00e9minaire KCVS",
        dt(16, 11, 13, 5, 9),
        """Bonjour,

Veuillez m'inscrire au s\u00e9minaire du 7 d\u00e9cembre 2018 \u00e0 la biblioth\u00e8que Permeke.

Nom : LEJEUNE
Pr\u00e9nom : Marc
Ville : Li\u00e8ge
Fonction : directeur du d\u00e9partement des Ressources humaines
Adresse e-mail : marc.lejeune@liege.be

Merci et \u00e0 bient\u00f4t,
Marc Lejeune
Ville de Li\u00e8ge
""",
    ),
    label(
        "registration",
        [
            reg(
                "Marc Lejeune",
                "Luik",
                "directeur du d\u00e9partement des Ressources humaines",
                "marc.lejeune@liege.be",
            )
        ],
        False,
        "'Veuillez m'inscrire' with split Nom (upper-case) / Pr\u00e9nom fields -> one name; 'Li\u00e8ge' -> 'Luik'",
    ),
)

# ---------------------------------------------------------------- 011
MSGS[11] = (
    simple(
        "Isabelle Moreau <imoreau@stgilles.brussels>",
        "Inschrijving seminarie 7 december / Inscription s\u00e9minaire 7 d\u00e9cembre",
        dt(19, 11, 9, 31, 56),
        """Beste mevrouw Boudry,

Graag neem ik deel aan het seminarie "Stadsorganisaties in transitie" op 7 december.

Ch\u00e8re Madame Boudry,

Je participerai volontiers au s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb le 7 d\u00e9cembre.

--
Isabelle Moreau
Cheffe de service / Diensthoofd
Service du Personnel / Dienst Personeel
Commune de Saint-Gilles / Gemeente Sint-Gillis
Place Maurice Van Meenen 39 / Maurice Van Meenenplein 39
1060 Bruxelles / Brussel
imoreau@stgilles.brussels
""",
    ),
    label(
        "registration",
        [
            reg(
                "Isabelle Moreau",
                "Sint-Gillis",
                "Cheffe de service / Diensthoofd",
                "imoreau@stgilles.brussels",
            )
        ],
        False,
        "bilingual body, no labels: everything comes from the bilingual signature; function 'Cheffe de service / Diensthoofd' (department line 'Service du Personnel / Dienst Personeel' is not the function); municipality Sint-Gillis, not Brussel from the postal line",
    ),
)

# ---------------------------------------------------------------- 012
MSGS[12] = (
    simple(
        "Tom Whitfield <tom.whitfield@stad.gent>",
        "Seminar 7 December - sign up",
        dt(19, 11, 12, 17, 3),
        """Hello Linda,

My manager forwarded your invitation. I'd like to sign up for the seminar on Friday 7 December. I'm originally from Manchester and my Dutch is still a work in progress, so apologies for writing in English.

A bit about me: I work as a data analyst in the Data & Information team of the City of Ghent, mostly on our internal organisation dashboards.

Looking forward to it,
Tom

--
Tom Whitfield
Data Analyst | Data & Informatie
Stad Gent
Botermarkt 1, 9000 Gent
""",
        cte="7bit",
        style="apple",
        domain="stad.gent",
        extra=[("X-Mailer", "Apple Mail (2.3445.9.1)")],
    ),
    label(
        "registration",
        [reg("Tom Whitfield", "Gent", "data analyst", "tom.whitfield@stad.gent")],
        False,
        "expat at Stad Gent writing English free text; 'City of Ghent' -> 'Gent' (Manchester is his origin, not his employer)",
    ),
)

# ---------------------------------------------------------------- 013
MSGS[13] = (
    simple(
        "Anne-Catherine Dethier <annecatherine.dethier@ville.namur.be>",
        "S\u00e9minaire du 7 d\u00e9cembre",
        dt(20, 11, 8, 2, 27),
        """Bonjour Madame,

Je serai pr\u00e9sente au s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb le vendredi 7 d\u00e9cembre. Merci pour l'invitation !

Anne-Catherine Dethier
Directrice g\u00e9n\u00e9rale
Ville de Namur
H\u00f4tel de Ville \u2013 5000 Namur
Courriel : annecatherine.dethier@ville.namur.be
""",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Madame,</p>
<p>Je serai pr\u00e9sente au s\u00e9minaire &laquo;&nbsp;Stadsorganisaties in transitie&nbsp;&raquo; le vendredi 7 d\u00e9cembre. Merci pour l'invitation&nbsp;!</p>
<table style="border-left:3px solid #c8102e;padding-left:8px"><tr><td>
<b>Anne-Catherine Dethier</b><br>
Directrice g\u00e9n\u00e9rale<br>
Ville de Namur<br>
H\u00f4tel de Ville &ndash; 5000 Namur<br>
Courriel&nbsp;: <a href="mailto:annecatherine.dethier@ville.namur.be">annecatherine.dethier@ville.namur.be</a>
</td></tr></table>
</body></html>
""",
    ),
    label(
        "registration",
        [
            reg(
                "Anne-Catherine Dethier",
                "Namen",
                "Directrice g\u00e9n\u00e9rale",
                "annecatherine.dethier@ville.namur.be",
            )
        ],
        False,
        "'Je serai pr\u00e9sente' = sign-up; multipart/alternative text+HTML; details only in the signature; 'Namur' -> 'Namen'",
    ),
)

# ---------------------------------------------------------------- 014
_w = dt(20, 11, 10, 12, 5)
MSGS[14] = (
    raw_report(
        [
            ("Return-Path", "<>"),
            ("From", "MAILER-DAEMON@mail.kcvs.be (Mail Delivery System)"),
            ("To", "linda.boudry@kcvs.be"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", format_datetime(_w)),
            ("Message-ID", "<20181120091205.4F2A81C0A3@mail.kcvs.be>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        "text/plain; charset=us-ascii",
        "7bit",
        """This is the mail system at host mail.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tom.whitfield@stad.gent.be>: Host or domain name not found. Name service
    error for name=stad.gent.be type=A: Host not found""",
        [
            [
                ("Reporting-MTA", "dns; mail.kcvs.be"),
                ("X-Postfix-Queue-ID", "4F2A81C0A3"),
                ("X-Postfix-Sender", "rfc822; linda.boudry@kcvs.be"),
                ("Arrival-Date", format_datetime(_w - timedelta(seconds=2))),
            ],
            [
                ("Final-Recipient", "rfc822; tom.whitfield@stad.gent.be"),
                ("Original-Recipient", "rfc822;tom.whitfield@stad.gent.be"),
                ("Action", "failed"),
                ("Status", "5.4.4"),
                (
                    "Diagnostic-Code",
                    "X-Postfix; Host or domain name not found. Name service error for\r\n    name=stad.gent.be type=A: Host not found",
                ),
            ],
        ],
        [
            ("From", "Linda Boudry <linda.boudry@kcvs.be>"),
            ("To", "Tom Whitfield <tom.whitfield@stad.gent.be>"),
            ("Subject", CONFIRM_SUBJ),
            ("Date", format_datetime(_w - timedelta(seconds=3))),
            (
                "Message-ID",
                "<AM6PR0102MB3345D41E77A0B3C2@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
            ),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="utf-8"'),
        ],
    ),
    label(
        "bounce",
        [],
        False,
        "Postfix DSN (multipart/report delivery-status) for the confirmation sent to a mistyped address; also carries Auto-Submitted, but a bounce wins",
    ),
)

# ---------------------------------------------------------------- 015
MSGS[15] = (
    simple(
        "Julie Martin <julie.martin.mons@gmail.com>",
        "Inscription \u2013 s\u00e9minaire Stadsorganisaties in transitie",
        dt(21, 11, 7, 48, 12),
        """Bonjour,

Je vous \u00e9cris depuis mon adresse priv\u00e9e car notre messagerie est en panne ce matin.

Je m'inscris au s\u00e9minaire du 7 d\u00e9cembre :

Nom : Julie Martin
Ville : Mons
Fonction : cheffe de projet Smart City
Adresse e-mail : julie.martin@ville.mons.be

Merci d'envoyer la confirmation \u00e0 mon adresse professionnelle.

Julie Martin
""",
        style="gmail",
        domain="mail.gmail.com",
        cte="base64",
    ),
    label(
        "registration",
        [
            reg(
                "Julie Martin",
                "Bergen",
                "cheffe de projet Smart City",
                "julie.martin@ville.mons.be",
            )
        ],
        False,
        "sent from a private Gmail address but the body gives the work address -> the body's address wins; 'Mons' -> 'Bergen'; base64 body",
    ),
)

# ---------------------------------------------------------------- 016
MSGS[16] = (
    simple(
        '"Dr. Hanne Claes" <hanne.claes@uantwerpen.be>',
        "Registration for the seminar on 7 December",
        dt(21, 11, 14, 26, 39),
        """Dear Ms Boudry,

I would like to register for the seminar "Stadsorganisaties in transitie". I am a postdoctoral researcher at the University of Antwerp (research group Public Administration and Management), working on organisational reform in Flemish and Dutch cities, so the programme is very relevant to my project.

Kind regards,

Dr Hanne Claes
Postdoctoral researcher
University of Antwerp - Faculty of Social Sciences
Sint-Jacobstraat 2, 2000 Antwerpen
""",
        cte="7bit",
    ),
    label(
        "registration",
        [
            reg(
                "Hanne Claes",
                "University of Antwerp",
                "postdoctoral researcher",
                "hanne.claes@uantwerpen.be",
            )
        ],
        False,
        "university researcher: a non-municipal organisation as written ('University of Antwerp'), not 'Antwerpen'; 'Dr' dropped",
    ),
)

# ---------------------------------------------------------------- 017
MSGS[17] = (
    simple(
        "Olivier Lambert <olivier.lambert@charleroi.be>",
        "RE: " + CONFIRM_SUBJ,
        dt(3, 12, 17, 55, 21),
        """Bonjour Madame Boudry,

Je dois malheureusement me d\u00e9sinscrire du s\u00e9minaire du 7 d\u00e9cembre : une r\u00e9union du coll\u00e8ge communal a \u00e9t\u00e9 d\u00e9plac\u00e9e \u00e0 ce vendredi et ma pr\u00e9sence y est indispensable.

Je vous prie d'excuser ce contretemps et vous souhaite une excellente journ\u00e9e d'\u00e9tude.

Olivier Lambert
Directeur g\u00e9n\u00e9ral adjoint
Ville de Charleroi

De : Linda Boudry <linda.boudry@kcvs.be>
Envoy\u00e9 : mardi 20 novembre 2018 15:02
\u00c0 : Olivier Lambert <olivier.lambert@charleroi.be>
Objet : """
        + CONFIRM_SUBJ
        + "\n\n"
        + CONFIRM_TEXT
        + "\n",
        in_reply_to="<AM6PR0102MB3345B2C07D1A9E44@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
    ),
    label(
        "cancellation",
        [
            reg(
                "Olivier Lambert",
                "Charleroi",
                "Directeur g\u00e9n\u00e9ral adjoint",
                "olivier.lambert@charleroi.be",
            )
        ],
        False,
        "'Je dois malheureusement me d\u00e9sinscrire' in reply to the confirmation; Charleroi has no Dutch name and keeps its own",
    ),
)

# ---------------------------------------------------------------- 018
MSGS[18] = (
    simple(
        "Ingrid Margraff <ingrid.margraff@eupen.be>",
        "Abwesenheitsnotiz: " + INVITE_SUBJ,
        dt(8, 11, 10, 3, 11),
        """Vielen Dank f\u00fcr Ihre Nachricht.

Ich bin bis einschlie\u00dflich 23. November nicht im B\u00fcro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F\u00e4llen wenden Sie sich bitte an das Sekretariat der Generaldirektion: sekretariat@eupen.be, Tel. 087 59 58 00.

Mit freundlichen Gr\u00fc\u00dfen
Ingrid Margraff
Stellvertretende Generaldirektorin
Stadt Eupen
""",
        in_reply_to=INVITE_ID,
        extra=[("X-Autoreply", "yes"), ("Content-Language", "de-DE")],
    ),
    label(
        "auto_reply",
        [],
        False,
        "German 'Abwesenheitsnotiz' with X-Autoreply header (no Auto-Submitted); signature and secretariat address must not become a registration",
    ),
)

# ---------------------------------------------------------------- 019
MSGS[19] = (
    simple(
        "Leila Haddad <leila.haddad@brucity.be>",
        "Inscriptions / Inschrijvingen \u2013 s\u00e9minaire 7.12 / seminarie 7.12",
        dt(22, 11, 11, 40, 0),
        """Ch\u00e8re Madame Boudry, Beste mevrouw Boudry,

Veuillez trouver ci-dessous les inscriptions de la Ville de Bruxelles.
Hieronder vindt u de inschrijvingen van de Stad Brussel.

Nom / Naam       | Fonction / Functie          | Courriel / E-mail
-----------------+-----------------------------+---------------------------
Leila Haddad     | conseill\u00e8re en organisation | leila.haddad@brucity.be
Bart Claessens   | afdelingshoofd              | bart.claessens@brucity.be
Sophie Lemaire   | gestionnaire de projets     | sophie.lemaire@brucity.be

Cordialement / Met vriendelijke groeten,

Leila Haddad
Conseill\u00e8re en organisation / Organisatieadviseur
D\u00e9partement Organisation / Departement Organisatie
Ville de Bruxelles / Stad Brussel
Boulevard Anspach 6 / Anspachlaan 6 \u2013 1000 Bruxelles / Brussel
""",
        cte="8bit",
    ),
    label(
        "registration",
        [
            reg(
                "Leila Haddad",
                "Brussel",
                "conseill\u00e8re en organisation",
                "leila.haddad@brucity.be",
            ),
            reg("Bart Claessens", "Brussel", "afdelingshoofd", "bart.claessens@brucity.be"),
            reg(
                "Sophie Lemaire", "Brussel", "gestionnaire de projets", "sophie.lemaire@brucity.be"
            ),
        ],
        False,
        "bilingual cover text and a plain-text table of three people (sender included), each function in its own language; 'Ville de Bruxelles / Stad Brussel' -> 'Brussel'",
    ),
)

# ---------------------------------------------------------------- 020
MSGS[20] = (
    simple(
        "Genevi\u00e8ve Thiry <genevieve.thiry@liege.be>",
        "Question \u2013 s\u00e9minaire du 7 d\u00e9cembre",
        dt(22, 11, 15, 3, 48),
        """Bonjour Madame Boudry,

Plusieurs coll\u00e8gues francophones de la Ville de Li\u00e8ge sont int\u00e9ress\u00e9s par votre s\u00e9minaire du 7 d\u00e9cembre. Avant de nous inscrire, pourriez-vous nous dire si une interpr\u00e9tation simultan\u00e9e vers le fran\u00e7ais est pr\u00e9vue, ou \u00e0 d\u00e9faut si les supports des pr\u00e9sentations seront disponibles en fran\u00e7ais ?

En vous remerciant d'avance,

Genevi\u00e8ve Thiry
Attach\u00e9e \u2013 Service de la Strat\u00e9gie
Ville de Li\u00e8ge
genevieve.thiry@liege.be
""",
    ),
    label(
        "other",
        [],
        True,
        "French question about interpretation/translation before registering ('Avant de nous inscrire'): about the event, a person must answer, nobody registers yet",
    ),
)

# ---------------------------------------------------------------- 021
MSGS[21] = (
    simple(
        "Rosa Mulder <r.mulder@amsterdam.nl>",
        "RE: " + CONFIRM_SUBJ,
        dt(23, 11, 10, 19, 33),
        """Hi Linda,

Thanks for confirming my registration. Could you add my colleague Priya Nair (in cc) as well? She is a senior policy advisor on workforce planning in our HR department and would be very interested in the case studies.

Many thanks,
Rosa

Rosa Mulder
Programme Manager Organisational Development
City of Amsterdam
""",
        cc="Priya Nair <P.Nair@amsterdam.nl>",
        cte="7bit",
        in_reply_to="<AM6PR0102MB3345F9E1A0C3B7D5@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
    ),
    label(
        "registration",
        [
            reg(
                "Priya Nair",
                "Amsterdam",
                "senior policy advisor on workforce planning",
                "p.nair@amsterdam.nl",
            )
        ],
        False,
        "'Could you add my colleague ... (in cc)': only the colleague is new (sender already confirmed); her address comes from the Cc header, lower-cased",
    ),
)

# ---------------------------------------------------------------- 022
MSGS[22] = (
    simple(
        "Nathalie Leroy <nathalie.leroy@tournai.be>",
        "Participation au s\u00e9minaire du 7/12",
        dt(26, 11, 9, 9, 9),
        """Bonjour,

Je suis Nathalie Leroy, conseill\u00e8re en pr\u00e9vention \u00e0 la Ville de Tournai, et je souhaiterais participer au s\u00e9minaire du 7 d\u00e9cembre \u00e0 Anvers. Pouvez-vous m'inscrire ?

Bien cordialement,
Nathalie Leroy
""",
    ),
    label(
        "registration",
        [
            reg(
                "Nathalie Leroy",
                "Doornik",
                "conseill\u00e8re en pr\u00e9vention",
                "nathalie.leroy@tournai.be",
            )
        ],
        False,
        "one-sentence French self-introduction; function without '\u00e0 la Ville de Tournai'; 'Tournai' -> 'Doornik'; 'Pouvez-vous m'inscrire ?' is the request itself, not an open question",
    ),
)

# ---------------------------------------------------------------- 023
MSGS[23] = (
    simple(
        "Sarah Williams <s.williams@eindhoven.nl>",
        "Automatic reply: " + INVITE_SUBJ,
        dt(9, 11, 8, 0, 41),
        """Thank you for your email.

I am out of the office until Monday 19 November with limited access to email. For urgent matters regarding international relations, please contact international@eindhoven.nl.

Kind regards,
Sarah Williams
International Relations Officer
Municipality of Eindhoven
""",
        cte="7bit",
        in_reply_to=INVITE_ID,
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "s.williams@eindhoven.nl"),
        ],
    ),
    label(
        "auto_reply",
        [],
        False,
        "English 'Automatic reply:' out-of-office with Auto-Submitted: auto-replied",
    ),
)

# ---------------------------------------------------------------- 024
MSGS[24] = (
    simple(
        "Beno\u00eet Vandenberghe <benoit.vandenberghe@mouscron.be>",
        "Inscription s\u00e9minaire du 7 d\u00e9cembre",
        dt(26, 11, 13, 58, 17),
        """Bonjour Madame Boudry,

Veuillez trouver ci-dessous mon inscription au s\u00e9minaire \u00ab Stadsorganisaties in transitie \u00bb :

Nom : Beno\u00eet Vandenberghe
Commune : Mouscron
Fonction : directeur financier
Courriel : benoit.vandenberghe@mouscron.be

Bien \u00e0 vous,

Beno\u00eet Vandenberghe
Directeur financier \u2013 Ville de Mouscron
""".replace("\u2013", "-"),
        charset="iso-8859-1",
        style="thunderbird",
    ),
    label(
        "registration",
        [
            reg(
                "Beno\u00eet Vandenberghe",
                "Moeskroen",
                "directeur financier",
                "benoit.vandenberghe@mouscron.be",
            )
        ],
        False,
        "ISO-8859-1 quoted-printable body; label 'Courriel'; 'Mouscron' -> 'Moeskroen'",
    ),
)

# ---------------------------------------------------------------- 025
MSGS[25] = (
    simple(
        "Annick Verheyen <annick.verheyen@etterbeek.brussels>",
        "D\u00e9sinscription / Annulering inschrijving \u2013 7/12",
        dt(4, 12, 8, 33, 0),
        """Madame Boudry, Mevrouw Boudry,

Je dois malheureusement annuler mon inscription au s\u00e9minaire du 7 d\u00e9cembre.
Helaas moet ik mijn inschrijving voor het seminarie van 7 december annuleren.

Avec mes excuses / Met excuses,

Annick Verheyen
Directrice / Directrice
Service du Personnel / Dienst Personeel
Commune d'Etterbeek / Gemeente Etterbeek
""",
    ),
    label(
        "cancellation",
        [reg("Annick Verheyen", "Etterbeek", "Directrice", "annick.verheyen@etterbeek.brussels")],
        False,
        "bilingual FR/NL cancellation; signature 'Directrice / Directrice' -> 'Directrice'; department line is not the function",
    ),
)

# ---------------------------------------------------------------- 026
MSGS[26] = (
    simple(
        "Claire O'Neill <claire.oneill@energy-cities.eu>",
        "Sign-up + question about language",
        dt(27, 11, 12, 4, 50),
        """Dear Linda,

I'd like to sign up for "Stadsorganisaties in transitie" on 7 December.

Name: Claire O'Neill
Organisation: Energy Cities
Position: project officer, local governance
Email: claire.oneill@energy-cities.eu

One question: will the presentations be in Dutch only, or will there be some English? It would help me decide whether to bring a Dutch-speaking colleague.

Best,
Claire
""",
        cte="7bit",
        style="gmail",
        domain="mail.gmail.com",
    ),
    label(
        "registration",
        [
            reg(
                "Claire O'Neill",
                "Energy Cities",
                "project officer, local governance",
                "claire.oneill@energy-cities.eu",
            )
        ],
        True,
        "registration plus a real question about the language of the presentations: registration, question goes to review",
    ),
)

# ---------------------------------------------------------------- 027
MSGS[27] = (
    simple(
        "Jean-Luc Renard <jlrenard@forest.brussels>",
        "RE: " + INVITE_SUBJ,
        dt(9, 11, 16, 40, 28),
        """Bonjour Madame,

Je m'inscris volontiers.

M. Jean-Luc Renard
\u00c9chevin de l'Organisation administrative et du Personnel
Commune de Forest

Le 8 nov. 2018 \u00e0 10:02, Linda Boudry <linda.boudry@kcvs.be> a \u00e9crit :
"""
        + quote(INVITATION_TEXT)
        + "\n",
        style="apple",
        domain="forest.brussels",
        in_reply_to=INVITE_ID,
        extra=[("X-Mailer", "iPad Mail (16B92)")],
    ),
    label(
        "registration",
        [
            reg(
                "Jean-Luc Renard",
                "Vorst",
                "\u00c9chevin de l'Organisation administrative et du Personnel",
                "jlrenard@forest.brussels",
            )
        ],
        False,
        "two-word French reply on top of the '>'-quoted Dutch invitation (empty Naam/Stad/Functie template, Linda's address); 'M.' dropped; 'Forest' -> 'Vorst'",
    ),
)

# ---------------------------------------------------------------- 028
MSGS[28] = (
    simple(
        "Thomas Kreusch <thomas.kreusch@st.vith.be>",
        "Anmeldung \u2013 Seminar 7. Dezember",
        dt(27, 11, 15, 15, 15),
        """Sehr geehrte Frau Boudry,

wir m\u00f6chten uns zu zweit f\u00fcr das Seminar "Stadsorganisaties in transitie" anmelden:

1. Thomas Kreusch, Generaldirektor der Gemeinde Sankt Vith, thomas.kreusch@st.vith.be
2. Monika Jost, Finanzdirektorin, monika.jost@st.vith.be

Mit freundlichen Gr\u00fc\u00dfen

Thomas Kreusch
Generaldirektor
Gemeinde Sankt Vith
Hauptstra\u00dfe 43, 4780 Sankt Vith
""",
    ),
    label(
        "registration",
        [
            reg("Thomas Kreusch", "Sankt Vith", "Generaldirektor", "thomas.kreusch@st.vith.be"),
            reg("Monika Jost", "Sankt Vith", "Finanzdirektorin", "monika.jost@st.vith.be"),
        ],
        False,
        "German numbered list of two people; 'der Gemeinde Sankt Vith' is the organisation, not part of the function; Sankt Vith is also the Dutch name",
    ),
)

# ---------------------------------------------------------------- 029
MSGS[29] = (
    simple(
        "Aur\u00e9lie Dumont <adumont@woluwe1200.be>",
        "Inscription au s\u00e9minaire",
        dt(28, 11, 10, 26, 7),
        """Bonjour,

Je souhaiterais m'inscrire au s\u00e9minaire du vendredi 7 d\u00e9cembre.

Nom : Aur\u00e9lie Dumont
Commune : Woluwe-Saint-Lambert
Fonction : responsable de la cellule Strat\u00e9gie et Qualit\u00e9
Courriel : adumont@woluwe1200.be

Je serai peut-\u00eatre accompagn\u00e9e de notre stagiaire, si c'est possible ; je vous confirmerai son nom d\u00e8s que possible.

Bien \u00e0 vous,
Aur\u00e9lie Dumont
""",
        cte="base64",
    ),
    label(
        "registration",
        [
            reg(
                "Aur\u00e9lie Dumont",
                "Sint-Lambrechts-Woluwe",
                "responsable de la cellule Strat\u00e9gie et Qualit\u00e9",
                "adumont@woluwe1200.be",
            )
        ],
        True,
        "base64 body; 'Woluwe-Saint-Lambert' -> 'Sint-Lambrechts-Woluwe'; an unnamed possible second person ('si c'est possible') is an implicit question for the organiser -> review",
    ),
)

# ---------------------------------------------------------------- 030
MSGS[30] = (
    simple(
        "Sarah Williams <s.williams@eindhoven.nl>",
        "Cancellation - Stadsorganisaties in transitie",
        dt(30, 11, 9, 47, 25),
        """Dear Linda,

Unfortunately my colleague Jeroen Smits (j.smits@eindhoven.nl), who registered last week, can no longer attend the seminar on 7 December: he has been called to a crisis team meeting that day. Please cancel his registration.

He asked me to pass on his apologies.

Kind regards,
Sarah Williams
International Relations Officer
Municipality of Eindhoven
""",
        cte="7bit",
    ),
    label(
        "cancellation",
        [reg("Jeroen Smits", "Eindhoven", None, "j.smits@eindhoven.nl")],
        False,
        "cancellation on behalf of a colleague: the cancelled person is the colleague (address in the body), not the sender; his function is not given -> null",
    ),
)

# ---------------------------------------------------------------- 031
_w = dt(16, 11, 9, 2, 44)
MSGS[31] = (
    raw_report(
        [
            (
                "From",
                "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kcvs.be>",
            ),
            ("To", "Linda Boudry <linda.boudry@kcvs.be>"),
            ("Subject", "=?utf-8?q?Non_remis_=3A_Bevestiging_inschrijving_seminarie_7_december?="),
            ("Date", format_datetime(_w)),
            (
                "Message-ID",
                "<7c1e4a02-9b3d-4f7e-a1c2-5d8e9f0a1b2c@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
            ),
            (
                "In-Reply-To",
                "<AM6PR0102MB33459A8E1F20C4D3@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
            ),
            ("Content-Language", "fr-FR"),
            ("X-MS-Exchange-Message-Is-Ndr", "yes"),
        ],
        'text/plain; charset="utf-8"',
        "quoted-printable",
        qp("""Votre message n'a pas pu être remis à valerie.lambote@uccle.brussels car l'adresse e-mail est introuvable. Vérifiez l'adresse du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre service d'assistance.

Diagnostics pour les administrateurs :

Serveur de génération : AM6PR0102MB3345.eurprd01.prod.exchangelabs.com

valerie.lambote@uccle.brussels
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

En-têtes du message d'origine :

Subject: Bevestiging inschrijving seminarie 7 december
From: Linda Boudry <linda.boudry@kcvs.be>
To: valerie.lambote@uccle.brussels"""),
        [
            [
                ("Reporting-MTA", "dns;AM6PR0102MB3345.eurprd01.prod.exchangelabs.com"),
                ("Received-From-MTA", "dns;AM6PR0102MB3345.eurprd01.prod.exchangelabs.com"),
                ("Arrival-Date", format_datetime(_w - timedelta(seconds=1))),
            ],
            [
                ("Final-Recipient", "rfc822;valerie.lambote@uccle.brussels"),
                ("Action", "failed"),
                ("Status", "5.1.10"),
                (
                    "Diagnostic-Code",
                    "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                ),
            ],
        ],
        [
            ("From", "Linda Boudry <linda.boudry@kcvs.be>"),
            ("To", "valerie.lambote@uccle.brussels"),
            ("Subject", CONFIRM_SUBJ),
            ("Date", format_datetime(_w - timedelta(seconds=2))),
            (
                "Message-ID",
                "<AM6PR0102MB33459A8E1F20C4D3@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
            ),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="utf-8"'),
        ],
    ),
    label(
        "bounce",
        [],
        False,
        "French Exchange NDR 'Non remis :' (multipart/report delivery-status) for the confirmation sent to a misspelt Uccle address; no Auto-Submitted header",
    ),
)

# ---------------------------------------------------------------- 032
MSGS[32] = (
    simple(
        "Christophe Henrard <christophe.henrard@ville.namur.be>",
        "RE: " + INVITE_SUBJ,
        dt(12, 11, 18, 21, 4),
        """Bonjour Madame Boudry,

Merci pour l'invitation, je ne pourrai malheureusement pas venir : le 7 d\u00e9cembre tombe en plein conseil communal budg\u00e9taire. Je transmets volontiers l'information aux coll\u00e8gues du service du personnel.

Bonne journ\u00e9e,

Christophe Henrard
\u00c9chevin des Finances
Ville de Namur
""",
        in_reply_to=INVITE_ID,
    ),
    label(
        "other",
        [],
        False,
        "polite decline of the invitation by someone who never signed up: not a cancellation (there is nothing to withdraw), not a registration, and nothing a person must answer -> other without review",
    ),
)

# ---------------------------------------------------------------- 033
MSGS[33] = (
    simple(
        "Nathalie Jacobs <njacobs@molenbeek.irisnet.be>",
        "Inscription / Inschrijving",
        dt(29, 11, 11, 11, 11),
        """Bonjour Madame Boudry, Goedendag mevrouw Boudry,

Je souhaite participer au s\u00e9minaire du 7 d\u00e9cembre.
Ik wil graag deelnemen aan het seminarie van 7 december.

Nom / Naam : Nathalie Jacobs
Commune / Gemeente : Molenbeek-Saint-Jean / Sint-Jans-Molenbeek
Fonction / Functie : Secr\u00e9taire communale / Gemeentesecretaris
E-mail : njacobs@molenbeek.irisnet.be

Bien \u00e0 vous, Met vriendelijke groeten,
Nathalie Jacobs
""",
    ),
    label(
        "registration",
        [
            reg(
                "Nathalie Jacobs",
                "Sint-Jans-Molenbeek",
                "Secr\u00e9taire communale / Gemeentesecretaris",
                "njacobs@molenbeek.irisnet.be",
            )
        ],
        False,
        "bilingual labels with both language values in Commune and Fonction; municipality is the Dutch one of the pair; function kept as written (either half alone is a partial match)",
    ),
)

# ---------------------------------------------------------------- 034
_nl_text = """EUROCITIES FLASH - November 2018
Cities' workforce of the future

In this issue
- Mayors call for a stronger urban agenda in the next EU budget
- New report: how cities recruit and keep digital talent
- Peer review visit to Ghent on participatory budgeting
- Register now: Social Affairs Forum, 5-6 March 2019

Register now
Name, city, position and email are all we need. Registration closes on 31 January.

You are receiving this newsletter because you subscribed to Eurocities Flash.
Unsubscribe: https://eurocities.eu/newsletter/unsubscribe?u=7f3c2a
Eurocities asbl, Square de Meeus 1, 1000 Brussels
"""
_nl_html = """<!DOCTYPE html>
<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#00205b;color:#fff;padding:16px"><h1 style="margin:0">EUROCITIES FLASH</h1>November 2018</td></tr>
<tr><td style="padding:16px">
<h2>Cities' workforce of the future</h2>
<ul>
<li>Mayors call for a stronger urban agenda in the next EU budget</li>
<li>New report: how cities recruit and keep digital talent</li>
<li>Peer review visit to Ghent on participatory budgeting</li>
<li>Register now: Social Affairs Forum, 5-6 March 2019</li>
</ul>
<p><a href="https://eurocities.eu/events/social-affairs-forum-2019">Register now</a> &ndash; name, city, position and email are all we need. Registration closes on 31 January.</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:16px">You are receiving this newsletter because you subscribed to Eurocities Flash.<br>
<a href="https://eurocities.eu/newsletter/unsubscribe?u=7f3c2a">Unsubscribe</a> | Eurocities asbl, Square de Meeus 1, 1000 Brussels</td></tr>
</table></body></html>
"""
MSGS[34] = (
    simple(
        "Eurocities <newsletter@eurocities.eu>",
        "Eurocities Flash | November 2018: cities' workforce of the future",
        dt(14, 11, 7, 0, 3),
        _nl_text,
        html=_nl_html,
        to="linda.boudry@kcvs.be",
        style="generic",
        domain="mailer.eurocities.eu",
        extra=[
            ("List-Id", "Eurocities Flash <flash.eurocities.eu>"),
            (
                "List-Unsubscribe",
                "<https://eurocities.eu/newsletter/unsubscribe?u=7f3c2a>, <mailto:unsubscribe@eurocities.eu?subject=unsubscribe>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("Reply-To", "communications@eurocities.eu"),
        ],
    ),
    label(
        "other",
        [],
        False,
        "English newsletter (List-Id, List-Unsubscribe, Precedence: bulk) with 'Register now' for a different event: mass mail, not an auto-reply, not about this seminar",
    ),
)

# ---------------------------------------------------------------- 035
MSGS[35] = (
    simple(
        "Thierry Wouters <twouters@jette.brussels>",
        "Remplacement \u2013 s\u00e9minaire du 7 d\u00e9cembre",
        dt(30, 11, 14, 2, 38),
        """Bonjour Madame Boudry,

Ma coll\u00e8gue Caroline Dehon, qui s'\u00e9tait inscrite au s\u00e9minaire du 7 d\u00e9cembre, ne pourra finalement pas y assister. Je viendrai \u00e0 sa place.

Nom : Thierry Wouters
Commune : Jette
Fonction : chef du service GRH
Adresse e-mail : twouters@jette.brussels

Merci d'avance,
Thierry Wouters
""",
    ),
    label(
        "registration",
        [reg("Thierry Wouters", "Jette", "chef du service GRH", "twouters@jette.brussels")],
        True,
        "substitution ('Je viendrai \u00e0 sa place'): new person registers while a colleague drops out; the contract says flag for review",
    ),
)

# ---------------------------------------------------------------- 036
MSGS[36] = (
    simple(
        "Anouk de Boer <anouk.deboer@groningen.nl>",
        "Registration of three colleagues - 7 December seminar",
        dt(29, 11, 16, 30, 59),
        """Dear Ms Boudry,

On behalf of the Municipality of Groningen I would like to register the following three people for the seminar on 7 December:

- Mr Hendrik Zijlstra, programme director, h.zijlstra@groningen.nl
- Anouk de Boer (myself), HR business partner, anouk.deboer@groningen.nl
- Dr Femke Postma, senior researcher (Research & Statistics), f.postma@groningen.nl

We will travel together by train from Groningen, so there is no need for parking.

Kind regards,
Anouk de Boer
HR Business Partner
Municipality of Groningen
""",
        cte="7bit",
    ),
    label(
        "registration",
        [
            reg("Hendrik Zijlstra", "Groningen", "programme director", "h.zijlstra@groningen.nl"),
            reg("Anouk de Boer", "Groningen", "HR business partner", "anouk.deboer@groningen.nl"),
            reg("Femke Postma", "Groningen", "senior researcher", "f.postma@groningen.nl"),
        ],
        False,
        "English bullet list of three incl. the sender; 'Mr' and 'Dr' dropped; team name in brackets is not part of the function",
    ),
)

# ---------------------------------------------------------------- 037
MSGS[37] = (
    simple(
        "Marie-H\u00e9l\u00e8ne Lecomte <mh.lecomte@cpasbxl.brussels>",
        "Inscription \u2013 Stadsorganisaties in transitie",
        dt(30, 11, 11, 18, 46),
        """Bonjour,

Je souhaiterais m'inscrire \u00e0 votre s\u00e9minaire du 7 d\u00e9cembre.

Nom : Marie-H\u00e9l\u00e8ne Lecomte
Organisation : CPAS de Bruxelles
Fonction : assistante sociale en chef
Adresse e-mail : mh.lecomte@cpasbxl.brussels

Bien cordialement,
Marie-H\u00e9l\u00e8ne Lecomte
""",
    ),
    label(
        "registration",
        [
            reg(
                "Marie-H\u00e9l\u00e8ne Lecomte",
                "Brussel",
                "assistante sociale en chef",
                "mh.lecomte@cpasbxl.brussels",
            )
        ],
        False,
        "'CPAS de Bruxelles' is the French 'OCMW Brussel': the OCMW/CPAS prefix goes, leaving the municipality 'Brussel'",
    ),
)

# ---------------------------------------------------------------- 038
MSGS[38] = (
    simple(
        "Birgit Schr\u00f6der <birgit.schroeder@eupen.be>",
        "AW: " + CONFIRM_SUBJ,
        dt(5, 12, 8, 12, 40),
        """Sehr geehrte Frau Boudry,

leider kann ich nicht teilnehmen: Am 7. Dezember findet kurzfristig eine Sitzung des Stadtrats statt. Bitte streichen Sie mich von der Teilnehmerliste.

Mit freundlichen Gr\u00fc\u00dfen
Birgit Schr\u00f6der
Personalleiterin
Stadt Eupen

Von: Linda Boudry <linda.boudry@kcvs.be>
Gesendet: Freitag, 16. November 2018 14:20
An: Birgit Schr\u00f6der <birgit.schroeder@eupen.be>
Betreff: """
        + CONFIRM_SUBJ
        + "\n\n"
        + CONFIRM_TEXT
        + "\n",
        in_reply_to="<AM6PR0102MB334511E2D3C4B5A6@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
        extra=[("Content-Language", "de-DE")],
    ),
    label(
        "cancellation",
        [reg("Birgit Schr\u00f6der", "Eupen", "Personalleiterin", "birgit.schroeder@eupen.be")],
        False,
        "German 'Leider kann ich nicht teilnehmen' in reply (AW:) to her confirmation",
    ),
)

# ---------------------------------------------------------------- 039
MSGS[39] = (
    simple(
        "Genevi\u00e8ve Thiry <genevieve.thiry@liege.be>",
        "Absence du bureau \u2013 RE: Question \u2013 s\u00e9minaire du 7 d\u00e9cembre",
        dt(23, 11, 9, 15, 2),
        """Bonjour,

Ceci est un message automatique. Je suis en formation jusqu'au vendredi 30 novembre et je ne consulte pas mes courriels. Votre message sera trait\u00e9 \u00e0 mon retour.

Pour les demandes urgentes : secretariat.strategie@liege.be

Genevi\u00e8ve Thiry
Attach\u00e9e \u2013 Service de la Strat\u00e9gie
Ville de Li\u00e8ge
""",
        in_reply_to="<AM6PR0102MB3345AB12CD34EF56@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
    ),
    label(
        "auto_reply",
        [],
        False,
        "French out-of-office with no RFC 3834 headers: only the subject ('Absence du bureau') and body ('Ceci est un message automatique') say so; the quoted subject mentions the seminar",
    ),
)

# ---------------------------------------------------------------- 040
MSGS[40] = (
    simple(
        "Ingrid Larsen <ingrid.larsen@aarhus.dk>",
        "Seminar 7 December - open to non-Belgian cities?",
        dt(20, 11, 13, 44, 10),
        """Dear Ms Boudry,

A colleague at Eurocities forwarded your invitation. Is the seminar also open to participants from cities outside Belgium? If so, I would be happy to join, and I can follow presentations in Dutch reasonably well.

I work as a chief consultant in the Mayor's Department of Aarhus Municipality.

Best regards,
Ingrid Larsen
Chief Consultant
Aarhus Kommune, Denmark
""",
        cte="7bit",
    ),
    label(
        "other",
        [],
        True,
        "English question whether foreign participants may come; a conditional 'If so, I would be happy to join' is not yet a registration -> a person must answer",
    ),
)

# ---------------------------------------------------------------- 041
MSGS[41] = (
    simple(
        '"Service du Personnel / Dienst Personeel" <personnel@evere.brussels>',
        "Inschrijving / Inscription \u2013 seminarie 7 december",
        dt(1, 12, 10, 5, 0),
        """Geachte mevrouw Boudry,
Wij schrijven graag onze algemeen directeur in voor het seminarie van 7 december.

Madame Boudry,
Nous souhaitons inscrire notre directeur g\u00e9n\u00e9ral au s\u00e9minaire du 7 d\u00e9cembre.

Naam / Nom : Michel Goossens
Functie / Fonction : Algemeen directeur / Directeur g\u00e9n\u00e9ral
E-mail : mgoossens@evere.brussels

Met vriendelijke groeten / Cordialement,

Sarah Lambrechts
Service du Personnel / Dienst Personeel
Commune d'Evere / Gemeente Evere
""",
    ),
    label(
        "registration",
        [
            reg(
                "Michel Goossens",
                "Evere",
                "Algemeen directeur / Directeur g\u00e9n\u00e9ral",
                "mgoossens@evere.brussels",
            )
        ],
        False,
        "bilingual HR mailbox registers its director general; the sender (HR officer) is not a registrant; no Gemeente label, municipality from the signature 'Commune d'Evere / Gemeente Evere'",
    ),
)

# ---------------------------------------------------------------- 042
MSGS[42] = (
    simple(
        "Luc Vanderstraeten <lvanderstraeten@woluwe1150.be>",
        "RE: " + CONFIRM_SUBJ + " / Confirmation d'inscription",
        dt(5, 12, 15, 27, 31),
        """Beste mevrouw Boudry,
Helaas kan ik op 7 december niet aanwezig zijn. Wilt u mijn inschrijving schrappen?

Ch\u00e8re Madame Boudry,
Malheureusement, je ne pourrai pas \u00eatre pr\u00e9sent le 7 d\u00e9cembre. Pouvez-vous annuler mon inscription ?

Luc Vanderstraeten
Coordinateur / Co\u00f6rdinator
Cellule Smart City / Cel Smart City
Commune de Woluwe-Saint-Pierre / Gemeente Sint-Pieters-Woluwe
""",
        in_reply_to="<AM6PR0102MB3345770AB1C2D3E4@AM6PR0102MB3345.eurprd01.prod.exchangelabs.com>",
    ),
    label(
        "cancellation",
        [
            reg(
                "Luc Vanderstraeten",
                "Sint-Pieters-Woluwe",
                "Coordinateur / Co\u00f6rdinator",
                "lvanderstraeten@woluwe1150.be",
            )
        ],
        False,
        "bilingual NL/FR cancellation in reply to the confirmation; 'Woluwe-Saint-Pierre' -> 'Sint-Pieters-Woluwe'",
    ),
)

# ---------------------------------------------------------------- 043
MSGS[43] = (
    simple(
        "Aoife Brennan <aoife.brennan@mechelen.be>",
        "Late registration - 7 December",
        dt(4, 12, 9, 3, 26),
        """Dear Linda,

I realise the registration deadline was last Sunday, but I only heard about the seminar yesterday from a colleague. I hope you can still add me to the list.

Name: Aoife Brennan
City: Mechelen (Stad Mechelen)
Position: digital transformation coordinator
Email: aoife.brennan@mechelen.be

Thank you, and apologies for the short notice.
Aoife
""",
        cte="7bit",
    ),
    label(
        "registration",
        [
            reg(
                "Aoife Brennan",
                "Mechelen",
                "digital transformation coordinator",
                "aoife.brennan@mechelen.be",
            )
        ],
        False,
        "late English sign-up after the 2 December deadline: lateness is the worker's policy, not the parser's",
    ),
)

# ---------------------------------------------------------------- 044
MSGS[44] = (
    simple(
        "S\u00e9bastien Gilson <sebastien.gilson@brulocalis.brussels>",
        "Inscription s\u00e9minaire KCVS",
        dt(2, 12, 20, 14, 52),
        """Bonjour Linda,

Comme \u00e9voqu\u00e9 lors de notre rencontre \u00e0 la VVSG, je serai des v\u00f4tres le 7 d\u00e9cembre.

Nom : S\u00e9bastien Gilson
Organisation : Brulocalis
Fonction : conseiller juridique
Courriel : sebastien.gilson@brulocalis.brussels

\u00c0 vendredi !

S\u00e9bastien Gilson
Conseiller juridique
Brulocalis \u2013 Association Ville et Communes de la R\u00e9gion de Bruxelles-Capitale
Rue d'Arlon 53 \u2013 1040 Bruxelles
""",
        cte="8bit",
    ),
    label(
        "registration",
        [
            reg(
                "S\u00e9bastien Gilson",
                "Brulocalis",
                "conseiller juridique",
                "sebastien.gilson@brulocalis.brussels",
            )
        ],
        False,
        "association of Brussels municipalities: non-municipal organisation as written ('Brulocalis'), not VVSG (mentioned) nor Brussel (address); sent on the deadline day",
    ),
)

# ---------------------------------------------------------------- 045
MSGS[45] = (
    simple(
        "Koen Delvaux <kdelvaux@ibsa.brussels>",
        "Demande de donn\u00e9es / Vraag naar gegevens \u2013 Stadsmonitor",
        dt(6, 12, 11, 50, 16),
        """Ch\u00e8re Madame Boudry,
Pour notre publication sur les communes bruxelloises, nous aimerions utiliser quelques indicateurs de la Stadsmonitor 2017 (personnel communal par habitant). Pourriez-vous nous indiquer la personne de contact au KCVS ?

Beste mevrouw Boudry,
Voor onze publicatie over de Brusselse gemeenten willen we graag enkele indicatoren uit de Stadsmonitor 2017 gebruiken (gemeentepersoneel per inwoner). Kunt u ons de contactpersoon bij het KCVS bezorgen?

Cordialement / Met vriendelijke groeten,
Koen Delvaux
Statisticien / Statisticus
IBSA / BISA \u2013 Institut Bruxellois de Statistique et d'Analyse
""",
    ),
    label(
        "other",
        [],
        False,
        "bilingual work mail unrelated to the seminar (data request): ordinary mail for Linda's own inbox, left alone; its question is not about the event",
    ),
)


def main():
    assert sorted(MSGS) == list(range(1, 46))
    for n in sorted(MSGS):
        raw, lab = MSGS[n]
        with open(os.path.join(HERE, "%03d.eml" % n), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, "%03d.json" % n), "w", encoding="utf-8") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
