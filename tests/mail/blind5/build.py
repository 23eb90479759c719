#!/usr/bin/env python3
"""Build a blind test set of 45 registration e-mails (threads and forwards).

Event: "Stadsorganisaties in transitie", Kenniscentrum Vlaamse Steden (KCVS),
vrijdag 7 december 2018, Permeke, Antwerpen. Mailbox: linda.boudry@kcvs.be.

Writes NNN.eml (raw RFC 5322, CRLF) and NNN.json (expected label) next to this
script. Deterministic: random.seed() first, all boundaries and ids come from it.
"""

import base64
import datetime
import html
import json
import os
import quopri
import random
import textwrap
from email import policy
from email.message import Message
from email.utils import format_datetime

random.seed(5207122018)

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(linesep="\r\n")
TZ = datetime.timezone(datetime.timedelta(hours=1))

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def dt(y, mo, d, h, mi, s=0):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def rhex(n, upper=False):
    s = "".join(random.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(n):
    return "".join(
        random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(n)
    )


def ew(text, charset, b=False):
    """One RFC 2047 encoded word (split when too long)."""
    data = text.encode(charset)
    if b:
        out = []
        step = 36
        for i in range(0, len(data), step):
            chunk = data[i : i + step]
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(chunk).decode("ascii")))
        return " ".join(out)
    pieces = []
    cur = ""
    for ch in text:
        enc = ""
        for byte in ch.encode(charset):
            c = chr(byte)
            if c == " ":
                enc += "_"
            elif (c.isalnum() and byte < 128) or (c in "-!*+/" and byte < 128):
                enc += c
            else:
                enc += "=%02X" % byte
        if len(cur) + len(enc) > 40:
            pieces.append(cur)
            cur = ""
        cur += enc
    if cur:
        pieces.append(cur)
    return " ".join("=?%s?Q?%s?=" % (charset, p) for p in pieces)


def enc(s, charset="utf-8", b=False):
    """Encode a header text, only the words that need it."""
    if s.isascii():
        return s
    words = s.split(" ")
    out, run = [], []

    def flush():
        if run:
            out.append(ew(" ".join(run), charset, b))
            run.clear()

    for w in words:
        if w.isascii():
            flush()
            out.append(w)
        else:
            run.append(w)
    flush()
    return " ".join(out)


def addr(pair, charset="utf-8", b=False):
    name, mail = pair
    if not name:
        return mail
    if not name.isascii():
        return "%s <%s>" % (enc(name, charset, b), mail)
    if any(c in name for c in ',.;:()<>@"'):
        return '"%s" <%s>' % (name.replace('"', ""), mail)
    return "%s <%s>" % (name, mail)


def addrs(v, charset="utf-8", b=False):
    if v is None:
        return None
    if isinstance(v, tuple):
        v = [v]
    return ", ".join(addr(p, charset, b) for p in v)


def disp(pair):
    """Address as shown inside a quoted header block."""
    name, mail = pair
    return "%s <%s>" % (name, mail) if name else mail


def disps(v):
    if isinstance(v, tuple):
        v = [v]
    return "; ".join(disp(p) for p in v)


def disps_comma(v):
    if isinstance(v, tuple):
        v = [v]
    return ", ".join(disp(p) for p in v)


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=""):
    m = Message()
    m["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, charset, extra)
    m["Content-Transfer-Encoding"] = cte
    data = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        assert data.isascii()
        payload = data.decode("ascii")
    else:  # 8bit
        payload = data.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    for p in parts:
        m.attach(p)
    return m


def rfc822_part(inner, filename=None):
    m = Message()
    if filename:
        m["Content-Type"] = 'message/rfc822; name="%s"' % filename
        m["Content-Disposition"] = 'attachment; filename="%s"' % filename
    else:
        m["Content-Type"] = "message/rfc822"
    m.attach(inner)
    return m


def binary_part(data, ctype, filename):
    m = Message()
    m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    m["Content-Description"] = filename
    m["Content-Disposition"] = 'attachment; filename="%s"; size=%d' % (filename, len(data))
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def build(headers, body):
    m = Message()
    for k, v in headers:
        if v is None:
            continue
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m.set_payload(body._payload)
    return m


# boundaries and ids per client
def b_gmail():
    return "000000000000" + rhex(16)


def b_outlook(host):
    return "_000_%s%s_" % (host, rhex(30, upper=True))


def b_apple():
    return "Apple-Mail=_%s-%s-%s-%s-%s" % (
        rhex(8, True),
        rhex(4, True),
        rhex(4, True),
        rhex(4, True),
        rhex(12, True),
    )


def b_tb():
    return "------------" + ralnum(24)


def mid_outlook(host):
    return "<%s%sD8C30@%s.eurprd01.prod.exchangelabs.com>" % (host, rhex(28, True), host)


def mid_exchange(domain):
    return "<%s@%s>" % (rhex(32), domain)


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % ralnum(44)


def mid_apple(domain):
    return "<%s-%s-%s-%s-%s@%s>" % (
        rhex(8, True),
        rhex(4, True),
        rhex(4, True),
        rhex(4, True),
        rhex(12, True),
        domain,
    )


def mid_tb(domain):
    return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)


def thread_index():
    return base64.b64encode(bytes(random.randrange(256) for _ in range(22))).decode("ascii")


def hdrs(
    frm,
    to,
    subject,
    date,
    mid,
    cc=None,
    irt=None,
    refs=None,
    extra_top=(),
    extra=(),
    charset="utf-8",
    b=False,
    reply_to=None,
):
    h = list(extra_top)
    h += [
        ("From", addrs(frm, charset, b)),
        ("To", addrs(to, charset, b)),
        ("Cc", addrs(cc, charset, b)),
        ("Reply-To", addrs(reply_to, charset, b)),
        ("Subject", enc(subject, charset, b)),
        ("Date", format_datetime(date)),
        ("Message-ID", mid),
        ("In-Reply-To", irt),
        ("References", refs),
    ]
    h += list(extra)
    return h


def outlook_extra(subject, topic_prefixes=("RE: ", "TR: ", "FW: ", "Re: ", "Fwd: ")):
    topic = subject
    changed = True
    while changed:
        changed = False
        for p in topic_prefixes:
            if topic.startswith(p):
                topic = topic[len(p) :]
                changed = True
    return [
        ("Thread-Topic", enc(topic)),
        ("Thread-Index", thread_index()),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def wrap(text, width=74):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def gt(text, wrapw=74):
    t = wrap(text.rstrip("\n"), wrapw) if wrapw else text.rstrip("\n")
    return (
        "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l) for l in t.split("\n"))
        + "\n"
    )


DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MAANDEN = [
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
DAG_K = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MND_K = [
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
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def nl_long(d):
    return "%s %d %s %d %d:%02d" % (
        DAGEN[d.weekday()],
        d.day,
        MAANDEN[d.month - 1],
        d.year,
        d.hour,
        d.minute,
    )


def gmail_nl(d):
    return "%s %d %s %d om %02d:%02d" % (
        DAG_K[d.weekday()],
        d.day,
        MND_K[d.month - 1],
        d.year,
        d.hour,
        d.minute,
    )


def gmail_en(d):
    h = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (
        DAY_EN[d.weekday()],
        MON_EN[d.month - 1],
        d.day,
        d.year,
        h,
        d.minute,
        "AM" if d.hour < 12 else "PM",
    )


def apple_en(d):
    return "%d %s %d at %02d:%02d:%02d CET" % (
        d.day,
        MONTH_EN[d.month - 1],
        d.year,
        d.hour,
        d.minute,
        d.second,
    )


def outlook_block(frm, sent, to, subject, cc=None, sep=""):
    lines = []
    if sep:
        lines.append(sep)
    lines.append("Van: %s" % disps(frm))
    lines.append("Verzonden: %s" % nl_long(sent))
    lines.append("Aan: %s" % disps(to))
    if cc:
        lines.append("CC: %s" % disps(cc))
    lines.append("Onderwerp: %s" % subject)
    return "\n".join(lines) + "\n"


def gmail_fwd_block(frm, date, subject, to, cc=None):
    lines = [
        "---------- Forwarded message ---------",
        "From: %s" % disp(frm),
        "Date: %s" % gmail_en(date),
        "Subject: %s" % subject,
        "To: %s" % disps_comma(to),
    ]
    if cc:
        lines.append("Cc: %s" % disps_comma(cc))
    return "\n".join(lines) + "\n\n\n"


def tb_fwd_block(frm, date, subject, to):
    return (
        "-------- Doorgestuurd bericht --------\n"
        "Onderwerp: \t%s\nDatum: \t%s\nVan: \t%s\nAan: \t%s\n\n\n\n"
        % (subject, format_datetime(date), disp(frm), disps_comma(to))
    )


# ---------------------------- HTML renderings -----------------------------


def esc(s):
    return html.escape(s, quote=False)


def p2h(text, pcls=None):
    """Plain text to simple HTML paragraphs."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [esc(l) for l in p.split("\n")]
        if pcls:
            out.append('<p class="%s">%s</p>' % (pcls, "<br>\n".join(lines)))
        else:
            out.append("<div>%s</div><div><br></div>" % "<br>\n".join(lines))
    return "\n".join(out)


OUTLOOK_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;"
    'font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
    '<body lang="NL-BE" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
)
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"

HDR_LABELS = ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:")


def outlook_html(plain, charset):
    """Render an Outlook plain body (with Van:/Verzonden: blocks) as Outlook HTML."""
    out = [OUTLOOK_HEAD % charset]
    blocks = plain.strip("\n").split("\n\n")
    for blk in blocks:
        lines = blk.split("\n")
        if lines and lines[0] in (
            "-----Oorspronkelijk bericht-----",
            "________________________________",
        ):
            lines = lines[1:]
        if (
            lines
            and lines[0].startswith("Van: ")
            and any(l.startswith("Onderwerp: ") for l in lines)
        ):
            cells = []
            for l in lines:
                lab = l.split(" ", 1)[0]
                if lab in HDR_LABELS:
                    cells.append("<b>%s</b> %s" % (lab, esc(l[len(lab) + 1 :])))
                else:
                    cells.append(esc(l))
            out.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                '<p class="MsoNormal">%s</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>'
                % "<br>\n".join(cells)
            )
        else:
            out.append(
                '<p class="MsoNormal">%s</p>\n<p class="MsoNormal">&nbsp;</p>'
                % "<br>\n".join(esc(l) if l else "&nbsp;" for l in lines)
            )
    out.append(OUTLOOK_TAIL)
    return "\n".join(out)


def gmail_quote_html(top, attribution, quoted_html):
    return (
        '<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
        % (p2h(top), esc(attribution), quoted_html)
    )


def gmail_fwd_html(top, fwd_plain_header, fwd_html_body):
    lines = fwd_plain_header.strip("\n").split("\n")
    head = esc(lines[0]) + "<br>" + "<br>".join(esc(l) for l in lines[1:])
    return (
        '<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
        "<br><br>%s</div>\n" % (p2h(top), head, fwd_html_body)
    )


def wrap_html(inner, charset="UTF-8"):
    return inner


# --------------------------------------------------------------------------
# the event's own mails (quoted all over the place)
# --------------------------------------------------------------------------

LINDA = ("Linda Boudry", "linda.boudry@kcvs.be")
SUBJ_INV = "Uitnodiging seminarie: Stadsorganisaties in transitie – vrijdag 7 december 2018"
SUBJ_CONF = "Bevestiging inschrijving: Stadsorganisaties in transitie"
SUBJ_REM = "Herinnering: Stadsorganisaties in transitie – vrijdag 7 december"
INV_DATE = dt(2018, 11, 12, 9, 14, 3)
INV_ID = mid_outlook("DB6PR0102MB2741")
REM_DATE = dt(2018, 12, 4, 8, 0, 12)

INVITE = """Beste collega,

De organisaties van onze steden en gemeenten staan voor grote veranderingen: nieuwe bestuursploegen na de verkiezingen, de integratie van OCMW en gemeente, digitalisering en krappe budgetten. Hoe hou je als organisatie koers, en wat vraagt dat van leidinggevenden en mandatarissen?

Het Kenniscentrum Vlaamse Steden (KCVS) nodigt stadsmedewerkers en mandatarissen graag uit op het gratis seminarie

Stadsorganisaties in transitie
vrijdag 7 december 2018
Auditorium bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen

9.30 uur: onthaal met koffie
10.00 uur: start van het programma
rond 12.30 uur: broodjeslunch

Inschrijven kan tot en met zondag 2 december, met een mail aan linda.boudry@kcvs.be met daarin:
Naam:
Stad / gemeente:
Functie:
E-mailadres:

Deelname is gratis, maar het aantal plaatsen is beperkt.

Met vriendelijke groet,

Linda Boudry
Projectmedewerker
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be
"""


def conf_text(first, name, muni, func, email):
    return """Beste %s,

Bedankt voor je inschrijving. We verwachten je graag op het seminarie "Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium van bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen.

We noteerden de volgende gegevens:
Naam: %s
Stad / gemeente: %s
Functie: %s
E-mailadres: %s

Het onthaal met koffie begint om 9.30 uur, het programma om 10 uur. Rond 12.30 uur sluiten we af met een broodjeslunch.

Klopt er iets niet, of kan je toch niet komen? Antwoord dan gewoon op deze mail.

Met vriendelijke groet,

Linda Boudry
Kenniscentrum Vlaamse Steden
linda.boudry@kcvs.be
""" % (first, name, muni, func, email)


def rem_text(first):
    return (
        """Beste %s,

Nog even ter herinnering: deze vrijdag, 7 december, vindt het seminarie "Stadsorganisaties in transitie" plaats. Je bent ingeschreven en we kijken ernaar uit je te verwelkomen.

Waar: auditorium bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen (op wandelafstand van het station Antwerpen-Centraal)
Wanneer: onthaal met koffie vanaf 9.30 uur, start om 10 uur, broodjeslunch rond 12.30 uur

Kan je toch niet komen? Laat het ons dan even weten, dan geven we je plaats door aan iemand van de wachtlijst.

Tot vrijdag!

Linda Boudry
Kenniscentrum Vlaamse Steden
"""
        % first
    )


def conf_id(d):
    return "<bevestiging.%s.%s@kcvs.be>" % (d.strftime("%Y%m%d%H%M%S"), rhex(6))


def rem_id():
    return "<herinnering.20181204.%s@kcvs.be>" % rhex(10)


def R(name, muni, func, email):
    return {"name": name, "municipality": muni, "function": func, "email": email}


def label(kind, regs, review, note):
    return {"kind": kind, "registrants": regs, "needs_review": review, "note": note}


MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


# --------------------------------------------------------------------------
# 001  director forwards invitation, colleague registers above the forward
# --------------------------------------------------------------------------
@msg
def m001():
    sofie = ("Wuyts Sofie", "sofie.wuyts@mechelen.be")
    marc = ("Goossens Marc", "marc.goossens@mechelen.be")
    marc_date = dt(2018, 11, 13, 8, 47, 21)
    subj = "TR: TR: " + SUBJ_INV
    body = (
        """Dag Linda,

Marc Goossens stuurde me onderstaande uitnodiging door. Ik schrijf me graag in:

Naam: Sofie Wuyts
Stad / gemeente: Mechelen
Functie: beleidsadviseur organisatieontwikkeling
E-mailadres: sofie.wuyts@mechelen.be

Alvast bedankt!

Met vriendelijke groeten

Sofie Wuyts
beleidsadviseur organisatieontwikkeling
Stad Mechelen – HR & Organisatie
Grote Markt 21 | 2800 Mechelen

"""
        + outlook_block(
            marc, marc_date, sofie, "TR: " + SUBJ_INV, sep="-----Oorspronkelijk bericht-----"
        )
        + """
Sofie,

Interessant met het oog op de integratie van het OCMW volgend jaar. Wil jij gaan? Schrijf je dan zelf in bij Linda Boudry.

Marc

Marc Goossens
algemeen directeur
Stad Mechelen

"""
        + outlook_block(LINDA, INV_DATE, LINDA, SUBJ_INV, sep="-----Oorspronkelijk bericht-----")
        + "\n"
        + INVITE
    )
    h = hdrs(
        sofie,
        LINDA,
        subj,
        dt(2018, 11, 13, 10, 22, 40),
        mid_exchange("EXMBX02.mechelen.be"),
        extra=[*outlook_extra(subj), ("X-Mailer", "Microsoft Outlook 16.0")],
        charset="windows-1252",
    )
    m = build(h, text_part(body, charset="windows-1252"))
    return m, label(
        "registration",
        [
            R(
                "Sofie Wuyts",
                "Mechelen",
                "beleidsadviseur organisatieontwikkeling",
                "sofie.wuyts@mechelen.be",
            )
        ],
        False,
        "Outlook plain text, forward chain Linda -> director -> colleague; colleague registers herself with "
        'labelled fields above two "-----Oorspronkelijk bericht-----" blocks; director (algemeen directeur) '
        "and the empty invitation template must not register",
    )


# --------------------------------------------------------------------------
# 002  secretary forwards colleague's request (details only in the forward)
# --------------------------------------------------------------------------
@msg
def m002():
    nadia = ("El Amrani Nadia", "nadia.elamrani@kortrijk.be")
    pieter = ("Vandenbussche Pieter", "pieter.vandenbussche@kortrijk.be")
    subj = "TR: seminarie KCVS 7/12"
    body = (
        """Beste mevrouw Boudry

Mijn collega Pieter Vandenbussche vroeg me om hem in te schrijven voor het seminarie van 7 december. Zijn gegevens vindt u in zijn mail hieronder.

Met vriendelijke groeten

Nadia El Amrani
Directiesecretariaat
Stad Kortrijk
Grote Markt 54, 8500 Kortrijk

"""
        + outlook_block(
            pieter,
            dt(2018, 11, 14, 16, 32, 5),
            nadia,
            "seminarie KCVS 7/12",
            sep="________________________________",
        )
        + """
Dag Nadia,

Zou jij mij willen inschrijven voor het seminarie "Stadsorganisaties in transitie" van het Kenniscentrum op 7 december? De uitnodiging zit normaal in de mailbox van het directiecomité.

Gegevens:
Pieter Vandenbussche
diensthoofd personeelsbeleid
Stad Kortrijk
pieter.vandenbussche@kortrijk.be

Merci!
Pieter
"""
    )
    host = "AM5PR0101MB2290"
    h = hdrs(
        nadia, LINDA, subj, dt(2018, 11, 15, 9, 5, 12), mid_outlook(host), extra=outlook_extra(subj)
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [
            R(
                "Pieter Vandenbussche",
                "Kortrijk",
                "diensthoofd personeelsbeleid",
                "pieter.vandenbussche@kortrijk.be",
            )
        ],
        False,
        'secretary forwards a colleague\'s request (Outlook "Van:/Verzonden:/Aan:/Onderwerp:" under an underscore '
        "line); the registrant's details appear only in the forwarded part; the secretary is not a registrant",
    )


# --------------------------------------------------------------------------
# 003  Gmail forward of a schepen's request; forwarder adds himself
# --------------------------------------------------------------------------
@msg
def m003():
    jonas = ("Jonas Verbist", "jonas.verbist@lier.be")
    kristof = ("Kristof Van Roy", "kristof.vanroy@lier.be")
    kdate = dt(2018, 11, 16, 7, 58, 44)
    inner = """Jonas,

Kan jij mij inschrijven voor het seminarie van het KCVS op 7 december in Antwerpen (Permeke)? Functie: schepen van personeel en organisatie.

Thx
Kristof

--
Kristof Van Roy
Schepen van personeel en organisatie
Stad Lier
"""
    top = """Dag Linda,

Hieronder de inschrijving van schepen Van Roy. Als het kan, ga ik zelf ook graag mee:

Jonas Verbist
kabinetsmedewerker
Stad Lier
jonas.verbist@lier.be

Groeten,
Jonas
"""
    fwd = gmail_fwd_block(kristof, kdate, "seminarie KCVS", jonas)
    plain = top + "\n" + fwd + inner
    htmlb = gmail_fwd_html(top, fwd, '<div dir="ltr">%s</div>' % p2h(inner))
    subj = "Fwd: seminarie KCVS"
    h = hdrs(
        jonas, LINDA, subj, dt(2018, 11, 16, 9, 12, 30), mid_gmail(), refs=mid_gmail(), irt=None
    )
    # References: the forwarded message id (Gmail keeps it); In-Reply-To as well
    h = [(k, v) for k, v in h if k != "In-Reply-To"]
    refs = dict(h)["References"]
    h.insert([k for k, _ in h].index("References"), ("In-Reply-To", refs))
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [
            R(
                "Kristof Van Roy",
                "Lier",
                "schepen van personeel en organisatie",
                "kristof.vanroy@lier.be",
            ),
            R("Jonas Verbist", "Lier", "kabinetsmedewerker", "jonas.verbist@lier.be"),
        ],
        False,
        'Gmail "---------- Forwarded message ---------" of a schepen\'s request (his address only in the forwarded '
        "From: line); the forwarder adds himself with his own details above the forward: two registrants",
    )


# --------------------------------------------------------------------------
# 004  Apple "Begin forwarded message:" of her own mail sent to the wrong person
# --------------------------------------------------------------------------
@msg
def m004():
    els = ("Els Martens", "els.martens@sint-niklaas.be")
    tom = ("Tom Wouters", "tom.wouters@kcvs.be")
    odate = dt(2018, 11, 20, 14, 2, 11)
    orig = """Beste Tom,

Graag schrijf ik me in voor het seminarie "Stadsorganisaties in transitie".

Naam: Els Martens
Stad / gemeente: Sint-Niklaas
Functie: teamcoach HR
E-mailadres: els.martens@sint-niklaas.be

Vriendelijke groet,
Els Martens
"""
    fwd_head = "From: %s\nDate: %s\nTo: %s\nSubject: Inschrijving seminarie 7 december\n\n" % (
        disp(els),
        apple_en(odate),
        disp(tom),
    )
    body = """Dag Linda,

Tom liet me weten dat jij de inschrijvingen doet, dus ik stuur mijn mail van vorige week nog eens door. Sorry voor de omweg!

Groetjes,
Els

Verzonden vanaf mijn iPhone

Begin forwarded message:

""" + gt(fwd_head + orig, 0)
    h = hdrs(
        els,
        LINDA,
        "Fwd: Inschrijving seminarie 7 december",
        dt(2018, 11, 22, 18, 40, 2),
        mid_apple("sint-niklaas.be"),
        extra=[("X-Mailer", "iPhone Mail (16B92)")],
    )
    return build(h, text_part(body, charset="utf-8")), label(
        "registration",
        [R("Els Martens", "Sint-Niklaas", "teamcoach HR", "els.martens@sint-niklaas.be")],
        False,
        'iPhone "Begin forwarded message:" with ">"-quoted original; she forwards her own labelled registration '
        "that she had sent to a former KCVS contact; the only fields are inside the forwarded part",
    )


# --------------------------------------------------------------------------
# 005  Thunderbird "-------- Doorgestuurd bericht --------"
# --------------------------------------------------------------------------
@msg
def m005():
    griet = ("Griet Lemmens", "griet.lemmens@genk.be")
    ahmed = ("Ahmed Yilmaz", "ahmed.yilmaz@genk.be")
    body = (
        """Hallo Linda,

Ik stuur je de vraag van Ahmed door. Kan je hem inschrijven?

Groeten,
Griet

-- 
Griet Lemmens
managementassistent
Stad Genk


"""
        + tb_fwd_block(ahmed, dt(2018, 11, 19, 13, 41, 27), "inschrijving seminarie", griet)
        + """Hoi Griet,

Zou jij mij kunnen inschrijven voor het seminarie "Stadsorganisaties in transitie" van 7 december? Ik ben sinds september teamleider digitale transformatie, mijn mailadres is ahmed.yilmaz@genk.be.

Bedankt!
Ahmed

"""
    )
    h = hdrs(
        griet,
        LINDA,
        "Fwd: inschrijving seminarie",
        dt(2018, 11, 19, 14, 3, 50),
        mid_tb("genk.be"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 "
                "Thunderbird/60.3.1",
            ),
            ("Content-Language", "nl"),
        ],
    )
    return build(h, text_part(body, charset="utf-8", cte="8bit")), label(
        "registration",
        [R("Ahmed Yilmaz", "Genk", "teamleider digitale transformatie", "ahmed.yilmaz@genk.be")],
        False,
        'Thunderbird "-------- Doorgestuurd bericht --------" with tab-separated Onderwerp/Datum/Van/Aan table, '
        "UTF-8 8bit; the colleague's prose request is only in the forwarded part; forwarder (managementassistent) "
        "is not a registrant",
    )


# --------------------------------------------------------------------------
# 006  registration forwarded as an attached .eml (message/rfc822)
# --------------------------------------------------------------------------
@msg
def m006():
    katrien = ("Katrien Aerts", "katrien.aerts@herentals.be")
    an = ("An Vermeulen", "an.vermeulen@herentals.be")
    inner_body = """Katrien,

Wil je dit aan het kenniscentrum bezorgen?

Naam: An Vermeulen
Stad / gemeente: Herentals
Functie: burgemeester
E-mailadres: an.vermeulen@herentals.be

Dank je!
An
"""
    host = "VI1PR0102MB3181"
    ih = hdrs(
        an,
        katrien,
        "inschrijving seminarie 7 december",
        dt(2018, 11, 21, 7, 12, 9),
        mid_outlook(host),
        extra=outlook_extra("inschrijving seminarie 7 december"),
    )
    inner = build(ih, text_part(inner_body, charset="us-ascii", cte="7bit"))
    top = """Beste Linda,

In bijlage stuur ik je de inschrijving van onze burgemeester voor het seminarie van 7 december. Ze had haar mail aan mij gericht in plaats van aan jou.

Met vriendelijke groeten,

Katrien Aerts
kabinetssecretaris burgemeester
Stad Herentals
"""
    subj = "TR: inschrijving seminarie 7 december"
    h = hdrs(
        katrien,
        LINDA,
        subj,
        dt(2018, 11, 21, 8, 30, 41),
        mid_outlook(host),
        extra=[*outlook_extra(subj)[:-2], ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")],
    )
    alt = multipart(
        "alternative",
        [text_part(top), text_part(outlook_html(top, "utf-8"), "html")],
        b_outlook(host),
    )
    body_m = multipart(
        "mixed", [alt, rfc822_part(inner, "inschrijving seminarie 7 december.eml")], b_outlook(host)
    )
    return build(h, body_m), label(
        "registration",
        [R("An Vermeulen", "Herentals", "burgemeester", "an.vermeulen@herentals.be")],
        False,
        "forward as attachment: multipart/mixed with the burgemeester's labelled registration as a message/rfc822 "
        ".eml; the forwarder (kabinetssecretaris) is not a registrant",
    )


# --------------------------------------------------------------------------
# 007  three-level forward chain; only the innermost person registers
# --------------------------------------------------------------------------
@msg
def m007():
    joke = ("Hermans Joke", "joke.hermans@roeselare.be")
    dirk = ("Vanhoutte Dirk", "dirk.vanhoutte@roeselare.be")
    lies = ("Debaere Lies", "lies.debaere@roeselare.be")
    wout = ("Declercq Wout", "wout.declercq@roeselare.be")
    s0 = "seminarie Antwerpen 7/12"
    body = (
        """Beste,

Hierbij de inschrijving van onze collega (zie onderaan).

Vriendelijke groet,

Joke Hermans
Directiesecretariaat
Stad Roeselare

"""
        + outlook_block(dirk, dt(2018, 11, 23, 17, 2), joke, "TR: TR: " + s0)
        + """
Joke, graag doorsturen naar het KCVS voor de inschrijving van Wout. Ik ga zelf niet.

Dirk

Dirk Vanhoutte
algemeen directeur
Stad Roeselare

"""
        + outlook_block(lies, dt(2018, 11, 22, 11, 15), dirk, "TR: " + s0)
        + """
Dirk,

Wout vraagt of hij naar dit seminarie mag. Voor mij is dat ok. Kan jij hem laten inschrijven?

Lies

Lies Debaere
departementshoofd Organisatie & Personeel
Stad Roeselare

"""
        + outlook_block(wout, dt(2018, 11, 22, 9, 48), lies, s0)
        + """
Dag Lies,

Ik zou graag deelnemen aan het seminarie "Stadsorganisaties in transitie" van het KCVS op vrijdag 7 december in Antwerpen. Mijn gegevens voor de inschrijving: Wout Declercq – beleidsmedewerker interne communicatie – wout.declercq@roeselare.be.

Mag ik?

Wout

Wout Declercq
beleidsmedewerker interne communicatie
Stad Roeselare
"""
    )
    subj = "TR: TR: TR: " + s0
    h = hdrs(
        joke,
        LINDA,
        subj,
        dt(2018, 11, 26, 8, 51, 3),
        mid_exchange("SRV-EXCH01.roeselare.be"),
        extra=[*outlook_extra(subj), ("X-Mailer", "Microsoft Outlook 16.0")],
        charset="windows-1252",
    )
    return build(h, text_part(body, charset="windows-1252")), label(
        "registration",
        [
            R(
                "Wout Declercq",
                "Roeselare",
                "beleidsmedewerker interne communicatie",
                "wout.declercq@roeselare.be",
            )
        ],
        False,
        "three-level Outlook forward chain (secretariat <- algemeen directeur <- departementshoofd <- employee); "
        'only the innermost employee registers; "Ik ga zelf niet" from the director is not a cancellation; '
        "windows-1252 QP with en dashes",
    )


# --------------------------------------------------------------------------
# 008  inline reply: answers typed under the quoted invitation template
# --------------------------------------------------------------------------
@msg
def m008():
    hanne = ("Hanne Vandeputte", "hanne.vandeputte@gmail.com")
    q = gt(INVITE)
    q = q.replace("> Naam:\n", "> Naam:\nHanne Vandeputte\n")
    q = q.replace("> Stad / gemeente:\n", "> Stad / gemeente:\nIeper\n")
    q = q.replace("> Functie:\n", "> Functie:\ngemeenteraadslid\n")
    q = q.replace("> E-mailadres:\n", "> E-mailadres:\nhanne.vandeputte@gmail.com\n")
    assert q.count("Hanne") == 1
    body = (
        "Dag Linda,\n\nGraag! Ik heb mijn gegevens hieronder tussen je tekst gezet.\n\nHanne\n\n"
        "Op %s schreef %s:\n\n" % (gmail_nl(INV_DATE), disp(LINDA))
    ) + q
    subj = "Re: " + SUBJ_INV
    h = hdrs(hanne, LINDA, subj, dt(2018, 11, 12, 21, 37, 55), mid_gmail(), irt=INV_ID, refs=INV_ID)
    return build(h, text_part(body, charset="UTF-8")), label(
        "registration",
        [R("Hanne Vandeputte", "Ieper", "gemeenteraadslid", "hanne.vandeputte@gmail.com")],
        False,
        'inline reply to the invitation: the answers are typed unquoted under each ">"-quoted template label; '
        "private gmail address given as hers; venue address in the quote must not become the municipality",
    )


# --------------------------------------------------------------------------
# 009  reply to confirmation: correction of the e-mail address
# --------------------------------------------------------------------------
@msg
def m009():
    st = ("Stefaan De Smet", "stefaan.desmet@gmail.com")
    cdate = dt(2018, 11, 17, 10, 4, 51)
    cid = conf_id(cdate)
    conf = conf_text(
        "Stefaan",
        "Stefaan De Smet",
        "Aalst",
        "afdelingshoofd facilitair beheer",
        "stefaan.desmet@gmail.com",
    )
    top = """Hallo Linda,

Bedankt voor de bevestiging. Zou je mijn e-mailadres willen aanpassen naar mijn werkadres, stefaan.desmet@aalst.be? Mijn gmail lees ik maar zelden.

Groeten,
Stefaan
"""
    attrib = "Op %s schreef %s:" % (gmail_nl(cdate), disp(LINDA))
    plain = top + "\n" + attrib + "\n\n" + gt(conf)
    htmlb = gmail_quote_html(top, attrib, p2h(conf))
    subj = "Re: " + SUBJ_CONF
    h = hdrs(st, LINDA, subj, dt(2018, 11, 18, 20, 11, 7), mid_gmail(), irt=cid, refs=cid)
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [
            R(
                "Stefaan De Smet",
                "Aalst",
                "afdelingshoofd facilitair beheer",
                "stefaan.desmet@aalst.be",
            )
        ],
        True,
        "reply to the confirmation asking to change the registered e-mail address (gmail -> work address); an "
        "update of an existing registration, not a new one: a person must apply it; label shows the corrected data",
    )


# --------------------------------------------------------------------------
# 010  reply to confirmation: "kan mijn collega ook nog mee?"
# --------------------------------------------------------------------------
@msg
def m010():
    car = ("Janssens Caroline", "caroline.janssens@leuven.be")
    cdate = dt(2018, 11, 19, 11, 2, 37)
    cid = conf_id(cdate)
    conf = conf_text(
        "Caroline",
        "Caroline Janssens",
        "Leuven",
        "teamverantwoordelijke kwaliteit en organisatiebeheersing",
        "caroline.janssens@leuven.be",
    )
    body = (
        """Dag Linda,

Bedankt voor de bevestiging. Kan mijn collega Wim Coppens ook nog mee? Hij is projectleider organisatiebeheersing bij onze stad; zijn e-mailadres is wim.coppens@leuven.be.

Groetjes,
Caroline

Caroline Janssens
Teamverantwoordelijke kwaliteit en organisatiebeheersing
Stad Leuven
Professor Van Overstraetenplein 1, 3000 Leuven

"""
        + outlook_block(LINDA, cdate, car, SUBJ_CONF)
        + "\n"
        + conf
    )
    host = "HE1PR0102MB3395"
    subj = "RE: " + SUBJ_CONF
    h = hdrs(
        car,
        LINDA,
        subj,
        dt(2018, 11, 19, 13, 40, 2),
        mid_outlook(host),
        irt=cid,
        refs=cid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [
            R(
                "Wim Coppens",
                "Leuven",
                "projectleider organisatiebeheersing",
                "wim.coppens@leuven.be",
            )
        ],
        False,
        "Outlook top-post reply to the confirmation adding a colleague with function and address; the quoted "
        'confirmation (no ">" markers) holds the sender\'s own fields, which must not register her again',
    )


# --------------------------------------------------------------------------
# 011  reply to confirmation: cancellation
# --------------------------------------------------------------------------
@msg
def m011():
    bram = ("Bram Van den Broeck", "bram.vandenbroeck@dendermonde.be")
    cdate = dt(2018, 11, 15, 14, 26, 8)
    cid = conf_id(cdate)
    conf = conf_text(
        "Bram",
        "Bram Van den Broeck",
        "Dendermonde",
        "stafmedewerker strategische planning",
        "bram.vandenbroeck@dendermonde.be",
    )
    body = (
        """Beste Linda,

Door een extra zitting van de gemeenteraad op 7 december moet ik jammer genoeg afzeggen voor het seminarie. Wil je mijn inschrijving schrappen? Misschien kan iemand van de wachtlijst mijn plaats krijgen.

Met vriendelijke groet,
Bram Van den Broeck

"""
        + outlook_block(LINDA, cdate, bram, SUBJ_CONF, sep="________________________________")
        + "\n"
        + conf
    )
    host = "AM6PR0102MB3014"
    subj = "RE: " + SUBJ_CONF
    h = hdrs(
        bram,
        LINDA,
        subj,
        dt(2018, 11, 28, 16, 54, 19),
        mid_outlook(host),
        irt=cid,
        refs=cid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [
            text_part(body, charset="iso-8859-1"),
            text_part(outlook_html(body, "iso-8859-1"), "html", charset="iso-8859-1"),
        ],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "cancellation",
        [
            R(
                "Bram Van den Broeck",
                "Dendermonde",
                "stafmedewerker strategische planning",
                "bram.vandenbroeck@dendermonde.be",
            )
        ],
        False,
        'OWA reply to his confirmation: "moet ik jammer genoeg afzeggen"; the withdrawing person is the sender, '
        "his town and function as registered are in the quoted confirmation; iso-8859-1",
    )


# --------------------------------------------------------------------------
# 012  bottom-posted "bedankt" to the confirmation
# --------------------------------------------------------------------------
@msg
def m012():
    lies = ("Liesbeth Goris", "liesbeth.goris@geel.be")
    cdate = dt(2018, 11, 16, 10, 31, 45)
    cid = conf_id(cdate)
    conf = conf_text(
        "Liesbeth",
        "Liesbeth Goris",
        "Geel",
        "coördinator personeelsdienst",
        "liesbeth.goris@geel.be",
    )
    body = (
        "Op 16/11/2018 om 10:31 schreef Linda Boudry:\n"
        + gt(conf, 72)
        + "\nBedankt Linda, tot de 7de!\n\nLiesbeth\n"
    )
    h = hdrs(
        lies,
        LINDA,
        "Re: " + SUBJ_CONF,
        dt(2018, 11, 16, 11, 2, 13),
        mid_tb("geel.be"),
        irt=cid,
        refs=cid,
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:60.0) Gecko/20100101 Thunderbird/60.3.0",
            ),
            ("Content-Language", "nl-BE"),
        ],
    )
    return build(h, text_part(body, charset="utf-8", cte="8bit", extra="; format=flowed")), label(
        "other",
        [],
        False,
        'bottom-posted thank-you under the ">"-quoted confirmation with her full fields; nothing to do, no new '
        "registration",
    )


# --------------------------------------------------------------------------
# 013  question in reply to confirmation, HTML only with blockquote
# --------------------------------------------------------------------------
@msg
def m013():
    noemie = ("Noémie Maes", "noemie.maes@brugge.be")
    cdate = dt(2018, 11, 21, 9, 40, 2)
    cid = conf_id(cdate)
    conf = conf_text(
        "Noémie",
        "Noémie Maes",
        "Brugge",
        "beleidsmedewerker personeel en organisatie",
        "noemie.maes@brugge.be",
    )
    htmlb = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
        'class="">Dag Linda,<div class=""><br class=""></div><div class="">Bedankt voor de bevestiging! '
        "Nog een praktische vraag: kan ik ergens in de buurt van Permeke parkeren, of kom ik beter met de "
        'trein? Ik kom vanuit Brugge.</div><div class=""><br class=""></div><div class="">Groetjes,</div>'
        '<div class="">Noémie</div><div class=""><br class=""><div><br class=""><blockquote type="cite" '
        'class=""><div class="">Op %d nov. 2018, om %02d:%02d heeft Linda Boudry &lt;linda.boudry@kcvs.be&gt; '
        'het volgende geschreven:</div><br class="Apple-interchange-newline"><div class="">%s</div>'
        '</blockquote></div><br class=""></div></body></html>\n'
        % (cdate.day, cdate.hour, cdate.minute, p2h(conf))
    )
    h = hdrs(
        noemie,
        LINDA,
        "Re: " + SUBJ_CONF,
        dt(2018, 11, 21, 12, 18, 33),
        mid_apple("brugge.be"),
        irt=cid,
        refs=cid,
        extra=[("X-Mailer", "Apple Mail (2.3445.100.39)")],
    )
    return build(h, text_part(htmlb, "html", charset="utf-8")), label(
        "other",
        [],
        True,
        'Apple Mail HTML-only reply (blockquote type="cite" holding the confirmation) asking about parking: a '
        "question a person must answer, no new registration",
    )


# --------------------------------------------------------------------------
# 014  inline reply to confirmation that changes town, function and address
# --------------------------------------------------------------------------
@msg
def m014():
    ilse = ("Ilse Van Damme", "ilse.vandamme@wetteren.be")
    cdate = dt(2018, 11, 20, 15, 47, 30)
    cid = conf_id(cdate)
    conf = conf_text(
        "Ilse",
        "Ilse Van Damme",
        "Lokeren",
        "adjunct-algemeen directeur",
        "ilse.vandamme@lokeren.be",
    )
    q = gt(conf, 72)
    q = q.replace(
        "> Stad / gemeente: Lokeren\n", "> Stad / gemeente: Lokeren\n\nWordt: Wetteren\n\n"
    )
    q = q.replace(
        "> Functie: adjunct-algemeen directeur\n",
        "> Functie: adjunct-algemeen directeur\n\nWordt: algemeen directeur\n\n",
    )
    q = q.replace(
        "> E-mailadres: ilse.vandamme@lokeren.be\n",
        "> E-mailadres: ilse.vandamme@lokeren.be\n\nWordt: ilse.vandamme@wetteren.be\n\n",
    )
    assert q.count("Wordt:") == 3
    body = (
        """Dag Linda,

Er is intussen wat veranderd: sinds 1 december werk ik niet meer in Lokeren. Zie mijn aanpassingen hieronder. Ik kom wel nog steeds!

Ilse

Op 20-11-2018 om 15:47 schreef Linda Boudry:
"""
        + q
    )
    h = hdrs(
        ilse,
        LINDA,
        "Re: " + SUBJ_CONF,
        dt(2018, 12, 3, 9, 26, 41),
        mid_tb("wetteren.be"),
        irt=cid,
        refs=cid,
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 "
                "Thunderbird/60.3.1",
            ),
            ("Content-Language", "nl"),
        ],
    )
    return build(h, text_part(body, charset="utf-8")), label(
        "registration",
        [R("Ilse Van Damme", "Wetteren", "algemeen directeur", "ilse.vandamme@wetteren.be")],
        True,
        'inline reply to her confirmation: "Wordt: ..." typed under the quoted Stad/Functie/E-mailadres lines '
        "(new town, new function, new address); an update of an existing registration that a person must apply",
    )


# --------------------------------------------------------------------------
# 015  reply to reminder: "ik kom nog steeds"
# --------------------------------------------------------------------------
@msg
def m015():
    koen = ("Dewulf Koen", "koen.dewulf@oostende.be")
    rid = rem_id()
    body = (
        """Dag Linda,

Ik ben er vrijdag zeker bij. Tot dan!

Koen

Koen Dewulf
Coördinator strategie en organisatie
Stad Oostende

"""
        + outlook_block(LINDA, REM_DATE, koen, SUBJ_REM)
        + "\n"
        + rem_text("Koen")
    )
    host = "DB7PR01MB4413"
    subj = "RE: " + SUBJ_REM
    h = hdrs(
        koen,
        LINDA,
        subj,
        dt(2018, 12, 4, 9, 12, 55),
        mid_outlook(host),
        irt=rid,
        refs=rid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "other",
        [],
        False,
        "reply to the reminder confirming he still comes; he is already registered, nothing changes, so it is not "
        "a (new) registration and needs no answer",
    )


# --------------------------------------------------------------------------
# 016  reply to reminder: cannot come after all
# --------------------------------------------------------------------------
@msg
def m016():
    sarah = ("Sarah Mertens", "sarah.mertens@vilvoorde.be")
    rid = rem_id()
    rem = rem_text("Sarah")
    top = """Hallo Linda,

Ik vrees dat ik vrijdag toch niet meer kan komen: er is net een dringend overleg met het college ingepland op dezelfde voormiddag. Sorry voor de late melding, en veel succes met het seminarie!

Sarah

--
Sarah Mertens | deskundige personeel en organisatie | Stad Vilvoorde
"""
    attrib = "Op %s schreef %s:" % (gmail_nl(REM_DATE), disp(LINDA))
    plain = top + "\n" + attrib + "\n\n" + gt(rem)
    htmlb = gmail_quote_html(top, attrib, p2h(rem))
    h = hdrs(
        sarah, LINDA, "Re: " + SUBJ_REM, dt(2018, 12, 5, 7, 44, 12), mid_gmail(), irt=rid, refs=rid
    )
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "cancellation",
        [
            R(
                "Sarah Mertens",
                "Vilvoorde",
                "deskundige personeel en organisatie",
                "sarah.mertens@vilvoorde.be",
            )
        ],
        False,
        'Gmail (G Suite) top-post reply to the reminder: "ik vrees dat ik vrijdag toch niet meer kan komen"; '
        "town and function from the one-line signature",
    )


# --------------------------------------------------------------------------
# 017  auto-reply to the reminder
# --------------------------------------------------------------------------
@msg
def m017():
    peter = ("Claes Peter", "peter.claes@hasselt.be")
    rid = rem_id()
    body = """Beste,

Ik ben afwezig tot en met woensdag 5 december en lees mijn mails niet. Voor dringende vragen kan u terecht bij mijn collega Evelien Nijs (evelien.nijs@hasselt.be) of op het algemene nummer van de dienst personeel.

Met vriendelijke groet,
Peter Claes
Stad Hasselt
"""
    subj = "Automatisch antwoord: " + SUBJ_REM
    host = "AM0PR01MB5187"
    h = hdrs(
        peter,
        LINDA,
        subj,
        dt(2018, 12, 4, 8, 0, 31),
        mid_outlook(host),
        irt=rid,
        refs=rid,
        extra=[
            *outlook_extra(subj)[:2],
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "nl-BE"),
        ],
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "auto_reply",
        [],
        False,
        'Exchange out-of-office answer to the reminder (Auto-Submitted: auto-replied, "Automatisch antwoord:"); '
        "mentions a colleague's name and address, which is no registration",
    )


# --------------------------------------------------------------------------
# 018  bottom-posted registration under the quoted invitation (Thunderbird)
# --------------------------------------------------------------------------
@msg
def m018():
    lotte = ("Lotte Verhaegen", "lotte.verhaegen@mol.be")
    body = (
        "Op 12/11/2018 om 09:14 schreef Linda Boudry:\n"
        + gt(INVITE, 72)
        + """
Dag Linda,

Graag schrijf ik mij in voor dit seminarie:
Lotte Verhaegen, HR-businesspartner, gemeente Mol (lotte.verhaegen@mol.be)

Groeten,
Lotte
"""
    )
    h = hdrs(
        lotte,
        LINDA,
        "Re: " + SUBJ_INV,
        dt(2018, 11, 14, 15, 9, 8),
        mid_tb("mol.be"),
        irt=INV_ID,
        refs=INV_ID,
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.2.1",
            ),
            ("Content-Language", "nl-BE"),
        ],
    )
    return build(h, text_part(body, charset="iso-8859-15", cte="quoted-printable")), label(
        "registration",
        [R("Lotte Verhaegen", "Mol", "HR-businesspartner", "lotte.verhaegen@mol.be")],
        False,
        'bottom-posted reply: the whole ">"-quoted invitation (empty template, Linda\'s signature, Antwerp venue) '
        "comes first, the one-line registration below it; iso-8859-15",
    )


# --------------------------------------------------------------------------
# 019  Outlook HTML reply to invitation, "Ik had graag deelgenomen"
# --------------------------------------------------------------------------
@msg
def m019():
    dries = ("Willems Dries", "dries.willems@tienen.be")
    body = (
        """Beste Linda,

Ik had graag deelgenomen aan het seminarie "Stadsorganisaties in transitie". Mijn gegevens: Dries Willems – communicatieverantwoordelijke – Stad Tienen – dries.willems@tienen.be.

Vriendelijke groeten,
Dries

"""
        + outlook_block(LINDA, INV_DATE, LINDA, SUBJ_INV)
        + "\n"
        + INVITE
    )
    host = "AM6PR01MB4902"
    subj = "RE: " + SUBJ_INV
    h = hdrs(
        dries,
        LINDA,
        subj,
        dt(2018, 11, 13, 14, 1, 26),
        mid_outlook(host),
        irt=INV_ID,
        refs=INV_ID,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [
            text_part(body, charset="windows-1252"),
            text_part(outlook_html(body, "windows-1252"), "html", charset="windows-1252"),
        ],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [R("Dries Willems", "Tienen", "communicatieverantwoordelijke", "dries.willems@tienen.be")],
        False,
        'Outlook multipart/alternative reply over the invitation; Flemish polite "Ik had graag deelgenomen" means '
        '"I would like to take part", with details on one line separated by en dashes',
    )


# --------------------------------------------------------------------------
# 020  reply-all from a person who was only in Cc of a colleague's registration
# --------------------------------------------------------------------------
@msg
def m020():
    ev = ("Evelien Nijs", "evelien.nijs@hasselt.be")
    jer = ("Jeroen Smets", "jeroen.smets@hasselt.be")
    bert = ("Bert Jacobs", "bert.jacobs@hasselt.be")
    jdate = dt(2018, 11, 14, 16, 20, 33)
    jid = mid_gmail()
    orig = """Beste Linda,

Graag schrijf ik mij in voor het seminarie "Stadsorganisaties in transitie".

Naam: Jeroen Smets
Stad / gemeente: Hasselt
Functie: strategisch coördinator
E-mailadres: jeroen.smets@hasselt.be

Mijn collega's Evelien en Bert (in cc) laten zelf nog weten of ze meekomen.

Met vriendelijke groeten,
Jeroen Smets
Stad Hasselt
"""
    top = """Dag Linda,

Ik ga graag mee met Jeroen. Mijn gegevens:
Evelien Nijs
beleidsmedewerker HR
evelien.nijs@hasselt.be

Groetjes,
Evelien
"""
    attrib = "Op %s schreef %s:" % (gmail_nl(jdate), disp(jer))
    plain = top + "\n" + attrib + "\n\n" + gt(orig)
    htmlb = gmail_quote_html(top, attrib, p2h(orig))
    h = hdrs(
        ev,
        [jer, LINDA],
        "Re: Inschrijving seminarie 7/12",
        dt(2018, 11, 15, 8, 58, 2),
        mid_gmail(),
        cc=bert,
        irt=jid,
        refs=jid,
    )
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [R("Evelien Nijs", "Hasselt", "beleidsmedewerker HR", "evelien.nijs@hasselt.be")],
        False,
        "reply-all from a colleague who was only in Cc of Jeroen's registration; the quoted mail holds Jeroen's "
        "full labelled registration, which must not be registered again; Bert (still in Cc) does not register",
    )


# --------------------------------------------------------------------------
# 021  secretary adds a second person on the old thread (quoted boss registration)
# --------------------------------------------------------------------------
@msg
def m021():
    mar = ("Cools Marleen", "marleen.cools@turnhout.be")
    odate = dt(2018, 11, 15, 10, 12, 7)
    cdate = dt(2018, 11, 15, 10, 14, 50)
    cid = conf_id(cdate)
    host = "AM5PR0102MB2787"
    conf = conf_text(
        "Geert", "Geert Van Looy", "Turnhout", "algemeen directeur", "geert.vanlooy@turnhout.be"
    )
    orig = """Beste Linda,

Graag schrijf ik de algemeen directeur in voor het seminarie van 7 december.

Naam: Geert Van Looy
Stad / gemeente: Turnhout
Functie: algemeen directeur
E-mailadres: geert.vanlooy@turnhout.be

Met vriendelijke groeten

Marleen Cools
Directiesecretariaat
Stad Turnhout
"""
    body = (
        """Beste Linda,

Mag ik nog een tweede persoon van onze organisatie inschrijven?

Naam: Lien Peeters
Functie: adjunct-algemeen directeur
E-mailadres: lien.peeters@turnhout.be

Alvast bedankt!

Marleen Cools
Directiesecretariaat
Stad Turnhout
Campus Blairon 200, 2300 Turnhout

"""
        + outlook_block(LINDA, cdate, mar, SUBJ_CONF)
        + "\n"
        + conf
        + "\n"
        + outlook_block(mar, odate, LINDA, "Inschrijving seminarie 7 december")
        + "\n"
        + orig
    )
    subj = "RE: " + SUBJ_CONF
    h = hdrs(
        mar,
        LINDA,
        subj,
        dt(2018, 11, 27, 11, 33, 20),
        mid_outlook(host),
        irt=cid,
        refs="%s %s" % (mid_outlook(host), cid),
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [R("Lien Peeters", "Turnhout", "adjunct-algemeen directeur", "lien.peeters@turnhout.be")],
        False,
        "secretary replies on the thread of her boss's registration to add a second person (no Stad field: town "
        'from her signature "van onze organisatie" and the turnhout.be address); the quoted confirmation and the '
        "quoted original both hold the boss's full fields, which must not be registered again",
    )


# --------------------------------------------------------------------------
# 022  Gmail forward of a colleague's forwarded confirmation
# --------------------------------------------------------------------------
@msg
def m022():
    jens = ("Jens Bogaert", "jens.bogaert@sint-truiden.be")
    kim = ("Kim Van Hoof", "kim.vanhoof@sint-truiden.be")
    cdate = dt(2018, 11, 20, 9, 3, 10)
    kdate = dt(2018, 11, 20, 14, 14, 52)
    conf = conf_text(
        "Kim",
        "Kim Van Hoof",
        "Sint-Truiden",
        "teamcoach data en analyse",
        "kim.vanhoof@sint-truiden.be",
    )
    kim_top = "Jens, ik ben ingeschreven! Ga je mee? Dan kunnen we samen met de trein.\n\nKim\n"
    top = """Dag Linda,

Kim stuurde me dit door. Ik ga graag mee; kan je mij ook inschrijven?

Jens Bogaert
data-analist
Stad Sint-Truiden
jens.bogaert@sint-truiden.be
"""
    f1 = gmail_fwd_block(kim, kdate, "Fwd: " + SUBJ_CONF, jens)
    f2 = gmail_fwd_block(LINDA, cdate, SUBJ_CONF, kim)
    plain = top + "\n" + f1 + kim_top + "\n" + f2 + conf
    inner_html = gmail_fwd_html(kim_top, f2, "<div>%s</div>" % p2h(conf))
    htmlb = gmail_fwd_html(top, f1, inner_html)
    h = hdrs(jens, LINDA, "Fwd: Fwd: " + SUBJ_CONF, dt(2018, 11, 20, 16, 2, 9), mid_gmail())
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [R("Jens Bogaert", "Sint-Truiden", "data-analist", "jens.bogaert@sint-truiden.be")],
        False,
        "two nested Gmail forwards: the confirmation for Kim, forwarded by Kim to Jens, forwarded by Jens to Linda "
        'with his own details; subject is "Fwd: Fwd: Bevestiging inschrijving"; Kim must not be registered again',
    )


# --------------------------------------------------------------------------
# 023  Cc several colleagues, only two register (one of them "in cc")
# --------------------------------------------------------------------------
@msg
def m023():
    ruben = ("Desmet Ruben", "ruben.desmet@waregem.be")
    ann = ("Vanneste Ann", "ann.vanneste@waregem.be")
    joris = ("Callewaert Joris", "joris.callewaert@waregem.be")
    tineke = ("Lams Tineke", "tineke.lams@waregem.be")
    body = """Beste Linda,

Graag schrijf ik mezelf en mijn collega Ann Vanneste (in cc) in voor het seminarie van 7 december.

- Ruben Desmet, diensthoofd ICT
- Ann Vanneste, teamverantwoordelijke burgerzaken

Joris en Tineke zet ik ter info ook in cc; zij laten zelf nog weten of ze erbij kunnen zijn.

Met vriendelijke groeten

Ruben Desmet
Diensthoofd ICT
Stad Waregem
"""
    host = "VI1PR01MB3822"
    subj = "Inschrijving seminarie Stadsorganisaties in transitie"
    h = hdrs(
        ruben,
        LINDA,
        subj,
        dt(2018, 11, 20, 10, 45, 1),
        mid_outlook(host),
        cc=[ann, joris, tineke],
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [
            R("Ruben Desmet", "Waregem", "diensthoofd ICT", "ruben.desmet@waregem.be"),
            R(
                "Ann Vanneste",
                "Waregem",
                "teamverantwoordelijke burgerzaken",
                "ann.vanneste@waregem.be",
            ),
        ],
        False,
        'three colleagues in Cc, only the sender and Ann (address from the Cc header, "in cc") register; Joris and '
        "Tineke are in Cc for information only",
    )


# --------------------------------------------------------------------------
# 024  reply-all by a Cc'd director to the colleague, quoting her registration
# --------------------------------------------------------------------------
@msg
def m024():
    dirk = ("Vercruysse Dirk", "dirk.vercruysse@menen.be")
    annelies = ("Vandenberghe Annelies", "annelies.vandenberghe@menen.be")
    host = "DB6PR0101MB2456"
    odate = dt(2018, 11, 21, 9, 2, 44)
    oid = mid_outlook(host)
    orig = """Beste Linda,

Hierbij mijn inschrijving voor het seminarie van 7 december:

Naam: Annelies Vandenberghe
Stad / gemeente: Menen
Functie: HR-verantwoordelijke
E-mailadres: annelies.vandenberghe@menen.be

Groeten,
Annelies
"""
    body = (
        """Annelies,

Prima dat je gaat. Breng je achteraf kort verslag uit op het managementteam van 11 december?

Dirk

Dirk Vercruysse
algemeen directeur
Stad Menen

"""
        + outlook_block(annelies, odate, LINDA, "Inschrijving seminarie 7 december", cc=dirk)
        + "\n"
        + orig
    )
    subj = "RE: Inschrijving seminarie 7 december"
    h = hdrs(
        dirk,
        annelies,
        subj,
        dt(2018, 11, 21, 12, 7, 30),
        mid_outlook(host),
        cc=LINDA,
        irt=oid,
        refs=oid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "other",
        [],
        False,
        "reply-all by the director (who was in Cc) to his colleague, Linda now in Cc; the quoted mail is "
        "Annelies's complete registration, already received: nothing new, no answer needed",
    )


# --------------------------------------------------------------------------
# 025  group mail from a city to several organisers, three people
# --------------------------------------------------------------------------
@msg
def m025():
    sec = ("Secretariaat Bedrijfsvoering", "secretariaat.bedrijfsvoering@antwerpen.be")
    jef = ("Jef Op de Beeck", "jef.opdebeeck@kcvs.be")
    info = ("KCVS", "info@kcvs.be")
    rows = [
        ("Yasmine Bouzid", "teamleider HR-advies", "yasmine.bouzid@antwerpen.be"),
        ("Thomas Van Gorp", "programmamanager digitalisering", "thomas.vangorp@antwerpen.be"),
        ("Dhr. Luc Van Hove", "bedrijfsdirecteur organisatie", "luc.vanhove@antwerpen.be"),
    ]
    plain = (
        """Beste organisatoren,

Namens Stad Antwerpen schrijven we volgende medewerkers in voor het seminarie "Stadsorganisaties in transitie" van vrijdag 7 december:

Naam | Functie | E-mailadres
"""
        + "".join("%s | %s | %s\n" % r for r in rows)
        + """
Fijn dat het seminarie in onze stad plaatsvindt!

Met vriendelijke groeten

Secretariaat Bedrijfsvoering
Stad Antwerpen
Grote Markt 1, 2000 Antwerpen
"""
    )
    trs = "".join(
        '<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt">%s</td>'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt">%s</td>'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><a href="mailto:%s">%s</a></td></tr>\n'
        % (esc(a), esc(b), c, c)
        for a, b, c in rows
    )
    htmlb = (
        OUTLOOK_HEAD
        % "utf-8"
        + '<p class="MsoNormal">Beste organisatoren,</p>\n<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Namens Stad Antwerpen schrijven we volgende medewerkers in voor het seminarie '
        '&#8220;Stadsorganisaties in transitie&#8221; van vrijdag 7 december:</p>\n<p class="MsoNormal">&nbsp;</p>\n'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
        '<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><b>Naam</b></td>'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><b>Functie</b></td>'
        '<td style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"><b>E-mailadres</b></td></tr>\n'
        + trs
        + '</table>\n<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Fijn dat het seminarie in onze stad plaatsvindt!</p>\n<p class="MsoNormal">&nbsp;</p>\n'
        '<p class="MsoNormal">Met vriendelijke groeten<br>\n<br>\nSecretariaat Bedrijfsvoering<br>\n'
        "Stad Antwerpen<br>\nGrote Markt 1, 2000 Antwerpen</p>\n" + OUTLOOK_TAIL
    )
    host = "AM0PR06MB4100"
    subj = "Inschrijvingen Stad Antwerpen – seminarie 7 december"
    h = hdrs(
        sec,
        [LINDA, jef, info],
        subj,
        dt(2018, 11, 26, 14, 20, 18),
        mid_outlook(host),
        extra=outlook_extra(subj),
    )
    body_m = multipart("alternative", [text_part(plain), text_part(htmlb, "html")], b_outlook(host))
    return build(h, body_m), label(
        "registration",
        [
            R("Yasmine Bouzid", "Antwerpen", "teamleider HR-advies", "yasmine.bouzid@antwerpen.be"),
            R(
                "Thomas Van Gorp",
                "Antwerpen",
                "programmamanager digitalisering",
                "thomas.vangorp@antwerpen.be",
            ),
            R(
                "Luc Van Hove",
                "Antwerpen",
                "bedrijfsdirecteur organisatie",
                "luc.vanhove@antwerpen.be",
            ),
        ],
        False,
        "group mailbox of a city writes to three KCVS addresses at once; three people in a pipe/HTML table "
        '(no Stad column: "Namens Stad Antwerpen"); "Dhr." dropped; the group mailbox itself is no registrant',
    )


# --------------------------------------------------------------------------
# 026  registration as PS in a thread about benchmark figures
# --------------------------------------------------------------------------
@msg
def m026():
    jol = ("Vandamme Jolien", "jolien.vandamme@knokke-heist.be")
    ldate = dt(2018, 11, 19, 15, 30, 12)
    host = "AM6PR0102MB2299"
    lid = mid_outlook("DB6PR0102MB2741")
    lmail = """Dag Jolien,

Zou je de cijfers over het personeelsbestand 2017 nog kunnen bezorgen? We willen de benchmark begin december afronden.

Alvast bedankt,
Linda

Linda Boudry
Projectmedewerker
Kenniscentrum Vlaamse Steden
"""
    body = (
        """Dag Linda,

Hieronder de gevraagde cijfers voor de benchmark (toestand 31/12/2017):
- personeelsbestand: 412 medewerkers, 371,6 VTE
- aandeel contractuelen: 38 %
- gemiddelde leeftijd: 44,2 jaar

De cijfers van het OCMW zitten er nog niet in; die volgen begin december.

PS: ik zag de uitnodiging voor het seminarie van 7 december passeren. Mag je mij daar ook voor inschrijven? Functie: HR-analist.

Groeten,
Jolien

Jolien Vandamme
HR-analist
Gemeente Knokke-Heist

"""
        + outlook_block(LINDA, ldate, jol, "Benchmark personeelsbestand 2017")
        + "\n"
        + lmail
    )
    subj = "RE: Benchmark personeelsbestand 2017"
    h = hdrs(
        jol,
        LINDA,
        subj,
        dt(2018, 11, 21, 10, 5, 44),
        mid_outlook(host),
        irt=lid,
        refs=lid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [R("Jolien Vandamme", "Knokke-Heist", "HR-analist", "jolien.vandamme@knokke-heist.be")],
        False,
        "thread about benchmark staff figures; a PS asks to be registered for 7 December; town from the signature "
        '"Gemeente Knokke-Heist", address from From',
    )


# --------------------------------------------------------------------------
# 027  registration inside a working-group date thread (reply-all, Cc others)
# --------------------------------------------------------------------------
@msg
def m027():
    joelle = ("Joëlle Pauwels", "joelle.pauwels@ninove.be")
    gert = ("Gert Vervaeke", "gert.vervaeke@ieper.be")
    nico = ("Nico Bruynooghe", "nico.bruynooghe@torhout.be")
    ldate = dt(2018, 11, 22, 16, 10, 0)
    gdate = dt(2018, 11, 23, 8, 44, 19)
    lid = mid_outlook("DB6PR0102MB2741")
    gid = mid_exchange("mail.ieper.be")
    subj0 = "Werkgroep organisatiebeheersing – datum volgende bijeenkomst"
    lmail = """Dag allemaal,

Voor onze volgende bijeenkomst stel ik twee data voor: dinsdag 18 december of donderdag 20 december, telkens om 14 uur in Brussel. Laat je even weten wat past?

Groeten,
Linda
"""
    gmail_ = """Voor mij past 18/12 het best.

Gert Vervaeke
auditor
Stad Ieper
"""
    top = """Dag Linda,

Dinsdag 18 december past voor mij, de 20ste niet.

En nu ik toch mail: ik kom ook naar het seminarie van 7 december.
Naam: Joëlle Pauwels
Stad / gemeente: Ninove
Functie: interne auditor
E-mailadres: joelle.pauwels@ninove.be

Groetjes,
Joëlle
"""
    a1 = "Op %s schreef %s:" % (gmail_nl(gdate), disp(gert))
    a2 = "Op %s schreef %s:" % (gmail_nl(ldate), disp(LINDA))
    quoted = gmail_ + "\n" + a2 + "\n\n" + gt(lmail)
    plain = top + "\n" + a1 + "\n\n" + gt(quoted)
    inner_html = gmail_quote_html(gmail_, a2, p2h(lmail))
    htmlb = gmail_quote_html(top, a1, inner_html)
    h = hdrs(
        joelle,
        [gert, LINDA],
        "Re: " + subj0,
        dt(2018, 11, 23, 9, 30, 5),
        mid_gmail(),
        cc=nico,
        irt=gid,
        refs="%s %s" % (lid, gid),
    )
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [R("Joëlle Pauwels", "Ninove", "interne auditor", "joelle.pauwels@ninove.be")],
        False,
        "reply-all in a working-group scheduling thread (another member in Cc, his signature quoted); the labelled "
        "registration for 7 December sits in the middle of the answer about the meeting date",
    )


# --------------------------------------------------------------------------
# 028  speaker thread: the speaker registers a colleague as participant
# --------------------------------------------------------------------------
@msg
def m028():
    veerle = ("Lambrecht Veerle", "veerle.lambrecht@leuven.be")
    ldate = dt(2018, 11, 26, 11, 20, 3)
    lid = mid_outlook("DB6PR0102MB2741")
    host = "HE1PR0101MB2101"
    lmail = """Dag Veerle,

Zou je je presentatie tegen vrijdag 30 november kunnen doorsturen? Dan zetten we ze op voorhand op de laptop in de zaal. En hoe laat ben je er ongeveer?

Groeten,
Linda
"""
    body = (
        """Dag Linda,

In bijlage vind je mijn presentatie al (tot woensdag kan ik nog kleine wijzigingen doen). Ik zal rond 9.30 uur in Permeke zijn om alles te testen.

Mijn collega Arne Lemaire wil graag mee als deelnemer. Kan je hem inschrijven? Arne is beleidsmedewerker strategie bij ons, arne.lemaire@leuven.be.

Tot vrijdag!
Veerle

Veerle Lambrecht
Programmadirecteur organisatieontwikkeling
Stad Leuven

"""
        + outlook_block(LINDA, ldate, veerle, "Presentatie 7 december")
        + "\n"
        + lmail
    )
    subj = "RE: Presentatie 7 december"
    h = hdrs(
        veerle,
        LINDA,
        subj,
        dt(2018, 11, 30, 15, 48, 27),
        mid_outlook(host),
        irt=lid,
        refs=lid,
        extra=[*outlook_extra(subj)[:-2], ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")],
    )
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 842 595]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    alt = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    body_m = multipart(
        "mixed",
        [alt, binary_part(pdf, "application/pdf", "Leuven_organisatie_in_transitie.pdf")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [R("Arne Lemaire", "Leuven", "beleidsmedewerker strategie", "arne.lemaire@leuven.be")],
        False,
        "speaker's reply about her slides (PDF attached); she asks to register a colleague as participant; the "
        'speaker herself is not a registrant; town from "bij ons" + signature Stad Leuven',
    )


# --------------------------------------------------------------------------
# 029  registration as side note in a thread about another event
# --------------------------------------------------------------------------
@msg
def m029():
    wendy = ("Wendy Geerts", "wendy.geerts@brasschaat.be")
    ldate = dt(2018, 11, 27, 10, 2, 51)
    lid = mid_outlook("DB6PR0102MB2741")
    lmail = """Dag Wendy,

Voor de workshop rond de Stadsmonitor zoeken we nog deelnemers uit kleinere gemeenten. Zou jij er op donderdag 24 januari 2019 bij kunnen zijn (voormiddag, in Brussel)?

Groeten,
Linda
"""
    top = """Hoi Linda,

24 januari lukt, ik zet het in mijn agenda. Stuur je nog een uitnodiging?

En voor het seminarie van 7 december mag je mij ook noteren: Wendy Geerts, beleidscoördinator, gemeente Brasschaat.

Groetjes,
Wendy
"""
    attrib = "Op %s schreef %s:" % (gmail_nl(ldate), disp(LINDA))
    plain = top + "\n" + attrib + "\n\n" + gt(lmail)
    htmlb = gmail_quote_html(top, attrib, p2h(lmail))
    h = hdrs(
        wendy,
        LINDA,
        "Re: Workshop Stadsmonitor – 24 januari",
        dt(2018, 11, 27, 13, 15, 40),
        mid_gmail(),
        irt=lid,
        refs=lid,
    )
    body_m = multipart(
        "alternative",
        [
            text_part(plain, charset="UTF-8", cte="base64"),
            text_part(htmlb, "html", charset="UTF-8", cte="base64"),
        ],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [R("Wendy Geerts", "Brasschaat", "beleidscoördinator", "wendy.geerts@brasschaat.be")],
        False,
        "thread about another event (Stadsmonitor workshop in January, which she accepts): that is not this "
        "event; the one-line registration for 7 December is; base64 bodies",
    )


# --------------------------------------------------------------------------
# 030  registration in a meeting-rescheduling thread; town only from @stad.gent
# --------------------------------------------------------------------------
@msg
def m030():
    pj = ("Pieter-Jan Stevens", "pieterjan.stevens@stad.gent")
    ldate = dt(2018, 11, 26, 17, 5, 9)
    lid = mid_outlook("DB6PR0102MB2741")
    host = "AM4PR0901MB1203"
    lmail = """Dag Pieter-Jan,

De stuurgroep van 27/11 moeten we helaas verplaatsen. Kan je op woensdag 28/11 om 14 uur, of op vrijdag 30/11 om 10 uur?

Groeten,
Linda
"""
    body = (
        """Dag Linda,

Woensdag 28/11 om 14 uur is ok voor mij.

Schrijf me ook maar in voor "Stadsorganisaties in transitie" als er nog plaats is; ik ben er graag bij.

Groeten,

Pieter-Jan Stevens
Expert organisatieontwikkeling
Dienst Organisatieontwikkeling
Woodrow Wilsonplein 1, 9000 Gent

"""
        + outlook_block(LINDA, ldate, pj, "Stuurgroep – nieuwe datum")
        + "\n"
        + lmail
    )
    subj = "RE: Stuurgroep – nieuwe datum"
    h = hdrs(
        pj,
        LINDA,
        subj,
        dt(2018, 11, 27, 8, 31, 56),
        mid_outlook(host),
        irt=lid,
        refs=lid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [
            R(
                "Pieter-Jan Stevens",
                "Gent",
                "expert organisatieontwikkeling",
                "pieterjan.stevens@stad.gent",
            )
        ],
        False,
        'meeting-rescheduling thread; "Schrijf me ook maar in" for the seminar; the town is given by the '
        "@stad.gent address and the 9000 Gent postal address, not by a Stad field",
    )


# --------------------------------------------------------------------------
# 031  unrelated internal thread
# --------------------------------------------------------------------------
@msg
def m031():
    jef = ("Jef Op de Beeck", "jef.opdebeeck@kcvs.be")
    ldate = dt(2018, 11, 28, 16, 40, 10)
    host = "DB6PR0102MB2741"
    lid = mid_outlook(host)
    lmail = """Jef,

Hierbij mijn tekst over de Stadsmonitor voor het jaarverslag. Hij is wat lang, knip gerust.

Linda
"""
    body = (
        """Linda,

Bedankt voor je tekst. Hij moet inderdaad nog wat korter: we hebben maximaal 2.500 tekens per hoofdstuk. Kan jij hem zelf inkorten tegen maandag? De cijfers over de deelname van de steden mogen blijven.

Jef

Jef Op de Beeck
Coördinator
Kenniscentrum Vlaamse Steden

"""
        + outlook_block(LINDA, ldate, jef, "Jaarverslag 2018 – tekst Stadsmonitor")
        + "\n"
        + lmail
    )
    subj = "RE: Jaarverslag 2018 – tekst Stadsmonitor"
    h = hdrs(
        jef,
        LINDA,
        subj,
        dt(2018, 11, 29, 9, 3, 2),
        mid_outlook("DB7PR01MB4551"),
        irt=lid,
        refs=lid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook("DB7PR01MB4551"),
    )
    return build(h, body_m), label(
        "other",
        [],
        False,
        "internal thread about the annual report text; nothing to do with the seminar; left alone",
    )


# --------------------------------------------------------------------------
# 032  internal colleague forwards a registration that came in on info@
# --------------------------------------------------------------------------
@msg
def m032():
    sanne = ("Sanne Dierckx", "sanne.dierckx@kcvs.be")
    chantal = ("Verbeke Chantal", "chantal.verbeke@zele.be")
    info = ("Info KCVS", "info@kcvs.be")
    orig = """Geachte,

Hierbij wens ik mij in te schrijven voor het seminarie "Stadsorganisaties in transitie" op 7 december.

Mevr. Chantal Verbeke
Financieel directeur
Gemeente Zele

Met vriendelijke groeten,
Chantal Verbeke
"""
    body = (
        """Linda,

Deze inschrijving kwam binnen op info@. Ik stuur ze door.

Groetjes,
Sanne

Sanne Dierckx
Onthaal en administratie
Kenniscentrum Vlaamse Steden

"""
        + outlook_block(
            chantal,
            dt(2018, 11, 29, 21, 15, 40),
            info,
            "Inschrijving",
            sep="________________________________",
        )
        + "\n"
        + orig
    )
    host = "DB7PR01MB4119"
    subj = "TR: Inschrijving"
    h = hdrs(
        sanne, LINDA, subj, dt(2018, 11, 30, 8, 40, 3), mid_outlook(host), extra=outlook_extra(subj)
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [R("Chantal Verbeke", "Zele", "financieel directeur", "chantal.verbeke@zele.be")],
        False,
        "a KCVS colleague forwards a registration that arrived on info@; the registrant's address is only in the "
        'forwarded "Van:" line; "Mevr." dropped; the KCVS forwarder is not a registrant',
    )


# --------------------------------------------------------------------------
# 033  director forwards the invitation to his team, Linda in Cc
# --------------------------------------------------------------------------
@msg
def m033():
    marc = ("Vanhee Marc", "marc.vanhee@izegem.be")
    team = [
        ("Deprez Stijn", "stijn.deprez@izegem.be"),
        ("Vandewalle Eline", "eline.vandewalle@izegem.be"),
        ("Coussement Bart", "bart.coussement@izegem.be"),
    ]
    body = (
        """Collega's,

Zie onderstaande uitnodiging van het KCVS. Wie interesse heeft, schrijft zich zelf in bij Linda Boudry (in cc); de uitnodiging vermeldt welke gegevens ze nodig heeft.

Marc

Marc Vanhee
algemeen directeur
Stad Izegem

"""
        + outlook_block(LINDA, INV_DATE, LINDA, SUBJ_INV)
        + "\n"
        + INVITE
    )
    host = "AM5PR0701MB2610"
    subj = "TR: " + SUBJ_INV
    h = hdrs(
        marc,
        team,
        subj,
        dt(2018, 11, 13, 7, 55, 12),
        mid_outlook(host),
        cc=LINDA,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "other",
        [],
        False,
        "a director forwards the invitation to three team members with Linda in Cc, asking them to register "
        "themselves; nobody registers in this mail; the empty template must not become a registration",
    )


# --------------------------------------------------------------------------
# 034  forward of two registrations as two attached messages
# --------------------------------------------------------------------------
@msg
def m034():
    sab = ("Sabine Lenaerts", "sabine.lenaerts@vvsg.be")
    hans = ("Verlinden Hans", "hans.verlinden@halle.be")
    ger = ("Géraldine Dubois", "geraldine.dubois@vlaanderen.be")
    host = "AM6PR08MB3287"
    h1 = hdrs(
        hans,
        sab,
        "RE: VVSG-nieuwsbrief november",
        dt(2018, 11, 23, 10, 1, 1),
        mid_exchange("halle.be"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl-BE")],
    )
    m1 = build(
        h1,
        text_part(
            """Beste,

Graag schrijf ik me in voor het seminarie over stadsorganisaties in transitie op 7 december in Permeke, dat in jullie nieuwsbrief stond.

Hans Verlinden
stafmedewerker bestuurszaken
Stad Halle
""",
            charset="us-ascii",
            cte="7bit",
        ),
    )
    h2 = hdrs(
        ger,
        sab,
        "seminarie 7 december",
        dt(2018, 11, 24, 13, 30, 45),
        mid_outlook("AM0PR09MB2611"),
        extra=outlook_extra("seminarie 7 december"),
    )
    m2 = build(
        h2,
        text_part(
            """Dag Sabine,

Ik zag in de nieuwsbrief het seminarie van het KCVS. Mag ik me via jou inschrijven?

Naam: Géraldine Dubois
Organisatie: Agentschap Binnenlands Bestuur
Functie: beleidsmedewerker lokale besturen
E-mail: geraldine.dubois@vlaanderen.be

Groeten,
Géraldine
""",
            charset="utf-8",
        ),
    )
    top = """Dag Linda,

Via onze nieuwsbrief kwamen deze twee inschrijvingen voor jullie seminarie bij mij terecht. Ik stuur ze je als bijlage door.

Groeten,
Sabine

Sabine Lenaerts
stafmedewerker organisatieontwikkeling
VVSG
"""
    subj = "TR: inschrijvingen seminarie 7 december"
    h = hdrs(
        sab,
        LINDA,
        subj,
        dt(2018, 11, 26, 9, 14, 22),
        mid_outlook(host),
        extra=[*outlook_extra(subj)[:-2], ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")],
    )
    alt = multipart(
        "alternative",
        [text_part(top), text_part(outlook_html(top, "utf-8"), "html")],
        b_outlook(host),
    )
    body_m = multipart(
        "mixed",
        [
            alt,
            rfc822_part(m1, "RE VVSG-nieuwsbrief november.eml"),
            rfc822_part(m2, "seminarie 7 december.eml"),
        ],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [
            R("Hans Verlinden", "Halle", "stafmedewerker bestuurszaken", "hans.verlinden@halle.be"),
            R(
                "Géraldine Dubois",
                "Agentschap Binnenlands Bestuur",
                "beleidsmedewerker lokale besturen",
                "geraldine.dubois@vlaanderen.be",
            ),
        ],
        False,
        "a VVSG staff member forwards two registrations as two message/rfc822 attachments (one prose with the "
        "address only in its From header, one labelled with a non-municipal organisation); forwarder not registered",
    )


# --------------------------------------------------------------------------
# 035  substitution in reply to the confirmation
# --------------------------------------------------------------------------
@msg
def m035():
    tom = ("Segers Tom", "tom.segers@tongeren.be")
    cdate = dt(2018, 11, 18, 19, 2, 33)
    cid = conf_id(cdate)
    conf = conf_text("Tom", "Tom Segers", "Tongeren", "diensthoofd HR", "tom.segers@tongeren.be")
    body = (
        """Beste Linda,

Ik kan er jammer genoeg niet bij zijn op 7 december. Mijn collega Evi Jacobs (teamleider personeelsadministratie, evi.jacobs@tongeren.be) komt in mijn plaats.

Met vriendelijke groet,
Tom Segers

"""
        + outlook_block(LINDA, cdate, tom, SUBJ_CONF)
        + "\n"
        + conf
    )
    host = "DB6PR07MB3046"
    subj = "RE: " + SUBJ_CONF
    h = hdrs(
        tom,
        LINDA,
        subj,
        dt(2018, 11, 29, 17, 22, 8),
        mid_outlook(host),
        cc=("Jacobs Evi", "evi.jacobs@tongeren.be"),
        irt=cid,
        refs=cid,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [
            R(
                "Evi Jacobs",
                "Tongeren",
                "teamleider personeelsadministratie",
                "evi.jacobs@tongeren.be",
            )
        ],
        True,
        "substitution in a reply to the confirmation: Tom withdraws and his colleague (in Cc) takes his place; "
        "both a cancellation and a registration, which a person should handle",
    )


# --------------------------------------------------------------------------
# 036  reply to reminder: adds a colleague after the deadline and asks a question
# --------------------------------------------------------------------------
@msg
def m036():
    veerle = ("Veerle Hendrickx", "veerle.hendrickx@schoten.be")
    rid = rem_id()
    body = """Dag Linda,

Ik kom nog steeds. Mijn collega Stijn Huybrechts wil ook graag mee; kan dat nog? Hij is diensthoofd bestuurszaken, stijn.huybrechts@schoten.be.

Is er trouwens een vegetarische optie bij de lunch? Ik eet geen vlees.

Veerle Hendrickx
Gemeente Schoten

Op 4-12-2018 om 08:00 schreef Linda Boudry:
""" + gt(rem_text("Veerle"), 72)
    h = hdrs(
        veerle,
        LINDA,
        "Re: " + SUBJ_REM,
        dt(2018, 12, 4, 10, 31, 14),
        mid_tb("schoten.be"),
        irt=rid,
        refs=rid,
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 "
                "Thunderbird/60.3.2",
            ),
            ("Content-Language", "nl"),
        ],
    )
    return build(h, text_part(body, charset="windows-1252")), label(
        "registration",
        [
            R(
                "Stijn Huybrechts",
                "Schoten",
                "diensthoofd bestuurszaken",
                "stijn.huybrechts@schoten.be",
            )
        ],
        True,
        'reply to the reminder (after the 2 December deadline): "ik kom nog steeds" for herself (already '
        "registered) plus a colleague to add, and a question about vegetarian lunch that a person must answer",
    )


# --------------------------------------------------------------------------
# 037  a forwarded reminder leads a colleague to register
# --------------------------------------------------------------------------
@msg
def m037():
    mich = ("Michiel Goethals", "michiel.goethals@deinze.be")
    saar = ("Saar Van de Velde", "saar.vandevelde@deinze.be")
    sdate = dt(2018, 12, 4, 9, 40, 2)
    rem = rem_text("Saar")
    saar_top = "Michiel, is dit niet iets voor jou? Er zijn volgens mij nog plaatsen.\n\nSaar\n"
    f1 = gmail_fwd_block(LINDA, REM_DATE, SUBJ_REM, saar)
    top = """Beste Linda,

Mijn collega Saar stuurde me de herinnering door. Ik had me niet ingeschreven, maar als er nog plaats is, kom ik graag:
Michiel Goethals, juridisch adviseur, Stad Deinze.

Vriendelijke groet,
Michiel Goethals
"""
    attrib = "Op %s schreef %s:" % (gmail_nl(sdate), disp(saar))
    quoted = saar_top + "\n" + f1 + rem
    plain = top + "\n" + attrib + "\n\n" + gt(quoted)
    htmlb = gmail_quote_html(top, attrib, gmail_fwd_html(saar_top, f1, "<div>%s</div>" % p2h(rem)))
    sid = mid_gmail()
    h = hdrs(
        mich,
        LINDA,
        "Re: Fwd: " + SUBJ_REM,
        dt(2018, 12, 4, 11, 2, 50),
        mid_gmail(),
        cc=saar,
        irt=sid,
        refs=sid,
    )
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [R("Michiel Goethals", "Deinze", "juridisch adviseur", "michiel.goethals@deinze.be")],
        False,
        "late sign-up (4 December) replying to a colleague's forward of her reminder; Saar (in Cc, already "
        "registered, addressed in the quoted reminder) is not registered again",
    )


# --------------------------------------------------------------------------
# 038  bounce of a confirmation
# --------------------------------------------------------------------------
@msg
def m038():
    cdate = dt(2018, 11, 26, 14, 5, 12)
    cid = conf_id(cdate)
    bad = "griet.dhondt@zottegem.bee"
    ih = hdrs(LINDA, ("Griet D'Hondt", bad), SUBJ_CONF, cdate, cid)
    inner = build(
        ih,
        text_part(conf_text("Griet", "Griet D'Hondt", "Zottegem", "stafmedewerker welzijn", bad)),
    )
    note = text_part(
        """This is the mail system at host mail.kcvs.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: Host or domain name not found. Name service error for
    name=zottegem.bee type=AAAA: Host not found
"""
        % bad,
        charset="us-ascii",
        cte="7bit",
    )
    note["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mail.kcvs.be"
    b1["X-Postfix-Queue-ID"] = "4F2C81A0B3"
    b1["X-Postfix-Sender"] = "rfc822; linda.boudry@kcvs.be"
    b1["Arrival-Date"] = format_datetime(cdate)
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + bad
    b2["Original-Recipient"] = "rfc822;" + bad
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = (
        "X-Postfix; Host or domain name not found. Name service error for "
        "name=zottegem.bee type=AAAA: Host not found"
    )
    ds.set_payload([b1, b2])
    orig = rfc822_part(inner)
    orig["Content-Description"] = "Undelivered Message"
    bnd = "4F2C81A0B3.%d/mail.kcvs.be" % (1543237512 + random.randrange(100))
    rep = multipart("report", [note, ds, orig], bnd, extra="; report-type=delivery-status")
    h = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mail.kcvs.be (Mail Delivery System)"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", format_datetime(dt(2018, 11, 26, 14, 5, 14))),
        ("Message-ID", "<20181126130514.7D3E91A0B4@mail.kcvs.be>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return build(h, rep), label(
        "bounce",
        [],
        False,
        "Postfix DSN (multipart/report delivery-status, Auto-Submitted too) for a confirmation sent to a mistyped "
        "address; the returned confirmation holds full Naam/Stad/Functie/E-mailadres fields, no registration",
    )


# --------------------------------------------------------------------------
# 039  out-of-office to the confirmation, recognisable only by subject/body
# --------------------------------------------------------------------------
@msg
def m039():
    mar = ("Marijke Bosmans", "marijke.bosmans@lokeren.be")
    cdate = dt(2018, 11, 23, 15, 1, 40)
    cid = conf_id(cdate)
    body = """Dit is een automatisch antwoord.

Ik ben met verlof tot en met maandag 3 december. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kan u contact opnemen met het algemeen nummer van Stad Lokeren.

Marijke Bosmans
"""
    h = hdrs(
        mar,
        LINDA,
        "Afwezig: " + SUBJ_CONF,
        dt(2018, 11, 23, 15, 1, 44),
        mid_exchange("webmail.lokeren.be"),
        irt=cid,
        refs=cid,
        extra=[("Precedence", "bulk"), ("X-Mailer", "Zimbra 8.8.9_GA_3019")],
    )
    return build(h, text_part(body, charset="utf-8", cte="7bit")), label(
        "auto_reply",
        [],
        False,
        'vacation reply to a confirmation without RFC 3834 header: only Precedence: bulk, the "Afwezig:" subject '
        'and "Dit is een automatisch antwoord" in the body',
    )


# --------------------------------------------------------------------------
# 040  mailing-list (Google Group) forward of the invitation
# --------------------------------------------------------------------------
@msg
def m040():
    ellen = ("Ellen Verstraeten", "ellen.verstraeten@oudenaarde.be")
    grp = "hr-netwerk-vlaamse-steden@googlegroups.com"
    top = """Dag collega's,

Misschien interessant voor wie begin december nog tijd heeft: zie onderstaande uitnodiging van het KCVS. Ik ben zelf al ingeschreven.

Ellen
"""
    fwd = gmail_fwd_block(LINDA, INV_DATE, SUBJ_INV, LINDA)
    footer = """
-- 
Je hebt dit bericht ontvangen omdat je bent geabonneerd op de groep 'HR-netwerk Vlaamse steden' van Google Groepen.
Als je je wilt afmelden bij deze groep en je wilt geen e-mails meer van de groep ontvangen, stuur je een e-mail naar hr-netwerk-vlaamse-steden+unsubscribe@googlegroups.com.
"""
    plain = top + "\n" + fwd + INVITE + footer
    htmlb = (
        gmail_fwd_html(top, fwd, "<div>%s</div>" % p2h(INVITE))
        + "<p></p>\n"
        + p2h(footer.strip("\n"))
    )
    subj = "[hr-netwerk] Fwd: " + SUBJ_INV
    h = hdrs(
        ("'Ellen Verstraeten' via HR-netwerk Vlaamse steden", grp),
        ("HR-netwerk Vlaamse steden", grp),
        subj,
        dt(2018, 11, 13, 12, 20, 5),
        mid_gmail(),
        reply_to=ellen,
        extra=[
            ("X-Original-Sender", ellen[1]),
            ("Precedence", "list"),
            (
                "Mailing-list",
                "list %s; contact hr-netwerk-vlaamse-steden+owners@googlegroups.com" % grp,
            ),
            ("List-ID", "<hr-netwerk-vlaamse-steden.googlegroups.com>"),
            ("X-Google-Group-Id", "118823405517"),
            (
                "List-Post",
                "<https://groups.google.com/group/hr-netwerk-vlaamse-steden/post>, <mailto:%s>"
                % grp,
            ),
            (
                "List-Help",
                "<https://support.google.com/a/answer/3338862>, "
                "<mailto:hr-netwerk-vlaamse-steden+help@googlegroups.com>",
            ),
            (
                "List-Unsubscribe",
                "<mailto:googlegroups-manage+118823405517+unsubscribe@googlegroups.com>, "
                "<https://groups.google.com/group/hr-netwerk-vlaamse-steden/subscribe>",
            ),
        ],
    )
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "other",
        [],
        False,
        "Google Groups mailing-list forward of the invitation (List-ID, List-Unsubscribe, Precedence: list); "
        '"Ik ben zelf al ingeschreven" is no sign-up; mass mail, never answered',
    )


# --------------------------------------------------------------------------
# 041  Outlook HTML reply to invitation, registrant only in the signature
# --------------------------------------------------------------------------
@msg
def m041():
    joris = ("Joris Van Gestel", "joris.vangestel@zoersel.be")
    body = (
        """Beste Linda,

Ik neem graag deel aan het seminarie op 7 december.

Met vriendelijke groet,

Joris Van Gestel
Algemeen directeur
Gemeente en OCMW Zoersel
Handelslei 167, 2980 Zoersel

"""
        + outlook_block(LINDA, INV_DATE, LINDA, SUBJ_INV)
        + "\n"
        + INVITE
    )
    host = "AM0PR0402MB3571"
    subj = "RE: " + SUBJ_INV
    h = hdrs(
        joris,
        LINDA,
        subj,
        dt(2018, 11, 12, 10, 2, 19),
        mid_outlook(host),
        irt=INV_ID,
        refs=INV_ID,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [
            text_part(body, charset="windows-1252"),
            text_part(outlook_html(body, "windows-1252"), "html", charset="windows-1252"),
        ],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "registration",
        [R("Joris Van Gestel", "Zoersel", "algemeen directeur", "joris.vangestel@zoersel.be")],
        False,
        "one-sentence reply over the quoted invitation; name, function and town only in the signature "
        '("Gemeente en OCMW Zoersel"); the venue address 2060 Antwerpen in the quote is not his town',
    )


# --------------------------------------------------------------------------
# 042  forward from a private gmail, work address given in the body
# --------------------------------------------------------------------------
@msg
def m042():
    kath = ("Kathleen Verhulst", "kathleen.verhulst74@gmail.com")
    top = """Hoi Linda,

Ik stuur dit vanop mijn privéadres omdat mijn werkmail vandaag plat ligt. Ik schrijf me graag in:

Naam: Kathleen Verhulst
Gemeente: Zottegem
Functie: schepen van personeel
E-mailadres: kathleen.verhulst@zottegem.be

Groetjes,
Kathleen
"""
    fwd = gmail_fwd_block(LINDA, INV_DATE, SUBJ_INV, LINDA)
    plain = top + "\n" + fwd + INVITE
    htmlb = gmail_fwd_html(top, fwd, "<div>%s</div>" % p2h(INVITE))
    h = hdrs(kath, LINDA, "Fwd: " + SUBJ_INV, dt(2018, 11, 30, 13, 17, 3), mid_gmail())
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [
            R(
                "Kathleen Verhulst",
                "Zottegem",
                "schepen van personeel",
                "kathleen.verhulst@zottegem.be",
            )
        ],
        False,
        "sent from a private gmail forwarding the invitation; the labelled fields give her work address, which is "
        "the one to record (not the sender address); the forwarded template is empty",
    )


# --------------------------------------------------------------------------
# 043  answer to Linda's follow-up question completing an incomplete registration
# --------------------------------------------------------------------------
@msg
def m043():
    sven = ("Sven Claeys", "sven.claeys@telenet.be")
    odate = dt(2018, 11, 24, 22, 3, 1)
    ldate = dt(2018, 11, 26, 9, 10, 40)
    oid = mid_apple("telenet.be")
    lid = mid_outlook("DB6PR0102MB2741")
    orig = "Graag inschrijven voor 7/12.\n\nSven Claeys\n"
    lmail = """Dag Sven,

Bedankt voor je inschrijving. Mag ik nog vragen voor welke stad of gemeente je werkt en wat je functie is?

Groeten,
Linda
"""
    quoted = lmail + "\nOp %s schreef %s:\n\n" % (gmail_nl(odate), disp(sven)) + gt(orig)
    top = """Dag Linda,

Ik werk bij stad Harelbeke als preventieadviseur.

Sven
"""
    attrib = "Op %s schreef %s:" % (gmail_nl(ldate), disp(LINDA))
    plain = top + "\n" + attrib + "\n\n" + gt(quoted)
    htmlb = gmail_quote_html(
        top,
        attrib,
        gmail_quote_html(lmail, "Op %s schreef %s:" % (gmail_nl(odate), disp(sven)), p2h(orig)),
    )
    h = hdrs(
        sven,
        LINDA,
        "Re: inschrijving",
        dt(2018, 11, 26, 19, 45, 12),
        mid_gmail(),
        irt=lid,
        refs="%s %s" % (oid, lid),
    )
    body_m = multipart(
        "alternative",
        [text_part(plain, charset="UTF-8"), text_part(htmlb, "html", charset="UTF-8")],
        b_gmail(),
    )
    return build(h, body_m), label(
        "registration",
        [R("Sven Claeys", "Harelbeke", "preventieadviseur", "sven.claeys@telenet.be")],
        True,
        "answer to Linda's human follow-up on an incomplete sign-up; it completes an existing registration (name "
        "only in the quoted original) rather than making a new one: a person should merge it",
    )


# --------------------------------------------------------------------------
# 044  registrant forwards her confirmation to a colleague, Linda in Cc
# --------------------------------------------------------------------------
@msg
def m044():
    karen = ("Willaert Karen", "karen.willaert@torhout.be")
    lars = ("De Vos Lars", "lars.devos@torhout.be")
    cdate = dt(2018, 11, 27, 15, 33, 0)
    conf = conf_text(
        "Karen",
        "Karen Willaert",
        "Torhout",
        "beleidsmedewerker organisatieontwikkeling",
        "karen.willaert@torhout.be",
    )
    body = (
        """Lars,

Ter info: ik ben ingeschreven voor het seminarie van 7 december (zie hieronder). Als jij ook wil gaan, kan je je inschrijven bij Linda (in cc). Dan rijden we samen.

Karen

"""
        + outlook_block(LINDA, cdate, karen, SUBJ_CONF)
        + "\n"
        + conf
    )
    host = "AM6PR06MB5044"
    subj = "TR: " + SUBJ_CONF
    h = hdrs(
        karen,
        lars,
        subj,
        dt(2018, 11, 28, 8, 12, 37),
        mid_outlook(host),
        cc=LINDA,
        extra=outlook_extra(subj),
    )
    body_m = multipart(
        "alternative",
        [text_part(body), text_part(outlook_html(body, "utf-8"), "html")],
        b_outlook(host),
    )
    return build(h, body_m), label(
        "other",
        [],
        False,
        "a registrant forwards her own confirmation to a colleague with Linda in Cc; the colleague is only invited "
        "to register, she herself is already registered: nothing to do",
    )


# --------------------------------------------------------------------------
# 045  reply to reminder: "ik kom nog steeds" and brings a colleague
# --------------------------------------------------------------------------
@msg
def m045():
    bjorn = ("Verstraete Bjorn", "bjorn.verstraete@eeklo.be")
    rid = rem_id()
    body = (
        """Dag Linda,

Ik kom vrijdag zeker. Ik breng mijn collega Femke De Clercq mee; zij is beleidsmedewerker organisatiebeheersing (femke.declercq@eeklo.be). Ik hoop dat dat nog lukt.

Groeten,
Bjorn

Bjorn Verstraete
Diensthoofd personeel
Stad Eeklo

"""
        + outlook_block(LINDA, REM_DATE, bjorn, SUBJ_REM, sep="-----Oorspronkelijk bericht-----")
        + "\n"
        + rem_text("Bjorn")
    )
    subj = "RE: " + SUBJ_REM
    h = hdrs(
        bjorn,
        LINDA,
        subj,
        dt(2018, 12, 4, 14, 6, 20),
        mid_exchange("EXCH2016.eeklo.be"),
        irt=rid,
        refs=rid,
        extra=[*outlook_extra(subj), ("X-Mailer", "Microsoft Outlook 16.0")],
        charset="windows-1252",
    )
    return build(h, text_part(body, charset="windows-1252")), label(
        "registration",
        [
            R(
                "Femke De Clercq",
                "Eeklo",
                "beleidsmedewerker organisatiebeheersing",
                "femke.declercq@eeklo.be",
            )
        ],
        False,
        "reply to the reminder: he still comes (already registered) and brings a colleague, whose details are "
        "given: only the colleague is a (late) registration",
    )


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def main():
    assert len(MESSAGES) == 45, len(MESSAGES)
    for i, fn in enumerate(MESSAGES, 1):
        assert fn.__name__ == "m%03d" % i, fn.__name__
        m, lab = fn()
        data = m.as_bytes(policy=POL)
        with open(os.path.join(OUT, "%03d.eml" % i), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, "%03d.json" % i), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
