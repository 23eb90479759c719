#!/usr/bin/env python3
"""Build the blind7 test set: 45 hand-written messy e-mails (NNN.eml) with labels (NNN.json).

Deterministic: random.seed() first, fixed dates, fixed zip timestamps.  Every message is built
as raw bytes by hand (the stdlib email generator would tidy things up).
Run:  python3 build.py        (writes into the directory of this script)
"""

import base64
import io
import json
import os
import quopri
import random
import struct
import zipfile
import zlib

random.seed(20181207)

OUT = os.path.dirname(os.path.abspath(__file__))
LINDA = "Linda Boudry <linda.boudry@kcvs.be>"

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def rhex(n, upper=True):
    s = "".join(random.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(n):
    return "".join(
        random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(n)
    )


def b_outlook():
    return "_000_%s_" % rhex(40)


def b_outlook_rel():
    return "_004_%s_" % rhex(40)


def b_outlook_mixed():
    return "_005_%s_" % rhex(40)


def b_gmail():
    return "000000000000" + rhex(14, upper=False)


def b_apple():
    return "Apple-Mail=_%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def b_tbird():
    return "------------" + ralnum(24)


def b_generic():
    return "----=_Part_%d_%d.%d" % (
        random.randint(10000, 99999),
        random.randint(100000000, 999999999),
        1541000000000 + random.randint(0, 9999999),
    )


def outlook_mid(domain="eurprd04.prod.outlook.com"):
    srv = random.choice(["AM0PR0602MB", "DB6PR0701MB", "VI1PR04MB", "HE1PR0501MB", "AM6PR08MB"])
    srv += str(random.randint(1000, 9999))
    return "<%s%s@%s.%s>" % (srv, rhex(32), srv, domain)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def b64t(data):
    """base64 of a text body, with CRLF line ends inside as real clients do"""
    return b64(crlf(data))


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def enc_b(text, charset="utf-8", maxbytes=42):
    """RFC 2047 B encoded-words, split on character boundaries, joined by folding."""
    words, cur = [], b""
    for ch in text:
        cb = ch.encode(charset)
        if len(cur) + len(cb) > maxbytes:
            words.append(cur)
            cur = b""
        cur += cb
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode()) for w in words)


def enc_q(text, charset="iso-8859-1"):
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif (c.isalnum() and b < 128) or (c in ".-!*+/" and b < 128):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def headers(pairs):
    return "".join("%s: %s\n" % (k, v) for k, v in pairs)


def part(hdrs, body):
    """hdrs: list of (k, v); body: str (ascii) or bytes."""
    if isinstance(body, str):
        body = body.encode("ascii")
    return headers(hdrs).encode("ascii") + b"\n" + body


def multipart(boundary, parts, preamble="", epilogue=""):
    out = preamble.encode("ascii")
    for p in parts:
        out += b"\n--" + boundary.encode("ascii") + b"\n" + p
        if not p.endswith(b"\n"):
            pass
    out += b"\n--" + boundary.encode("ascii") + b"--\n" + epilogue.encode("ascii")
    return out


def message(hdrs, body):
    return part(hdrs, body)


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def png(w, h, rgb):
    """A small valid PNG, deterministic."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


WORD_HEAD = r"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\:* {behavior:url(#default#VML);}
o\:* {behavior:url(#default#VML);}
w\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
a:visited, span.MsoHyperlinkFollowed
	{mso-style-priority:99;
	color:#954F72;
	text-decoration:underline;}
span.E-mailStijl17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
"""
WORD_TAIL = "</div>\n</body>\n</html>\n"


def mp(text=None, style=None):
    """One Outlook MsoNormal paragraph."""
    if text is None:
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    if style:
        text = "<span style='%s'>%s</span>" % (style, text)
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % text


def word_html(inner, charset="windows-1252"):
    return WORD_HEAD % charset + inner + WORD_TAIL


def label(kind, registrants, needs_review, note):
    regs = [dict(name=r[0], municipality=r[1], function=r[2], email=r[3]) for r in registrants]
    return {"kind": kind, "registrants": regs, "needs_review": needs_review, "note": note}


MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


# quoted invitation text, reused in several replies (written for this set)
INVITE_NL = (
    "Beste,\n\n"
    "Het Kenniscentrum Vlaamse Steden nodigt u graag uit op het seminarie "
    '"Stadsorganisaties in transitie" op vrijdag 7 december 2018 in het auditorium van '
    "bibliotheek Permeke, De Coninckplein 26, 2060 Antwerpen. Onthaal met koffie vanaf 9.30 uur, "
    "start om 10 uur, lunch rond 12.30 uur. Deelname is gratis.\n\n"
    "Inschrijven kan tot en met 2 december bij Linda Boudry (linda.boudry@kcvs.be) met vermelding van:\n"
    "Naam:\nStad / gemeente:\nFunctie:\nE-mailadres:\n\n"
    "Met vriendelijke groeten,\nLinda Boudry\nKenniscentrum Vlaamse Steden\n"
)

# --------------------------------------------------------------------------------------------
# 001-030: Dutch registrations
# --------------------------------------------------------------------------------------------


@msg
def m001():
    s = "color:#1F497D"
    inner = (
        mp("Beste Linda,", s)
        + mp()
        + mp(
            "Hierbij mijn inschrijving voor het seminarie \u201cStadsorganisaties in transitie\u201d "
            "van vrijdag 7 december:",
            s,
        )
        + mp()
        + mp(
            "<b><span style='color:#1F497D'>Naam</span></b><span style='color:#1F497D'>: "
            "Sofie Verstraete</span>"
        )
        + mp(
            "<b><span style='color:#1F497D'>Stad / gemeente</span></b><span style='color:#1F497D'>: "
            "Kortrijk</span>"
        )
        + mp(
            "<b><span style='color:#1F497D'>Functie</span></b><span style='color:#1F497D'>: "
            "beleidsmedewerker HR &amp; organisatieontwikkeling</span>"
        )
        + mp(
            "<b><span style='color:#1F497D'>E-mailadres</span></b><span style='color:#1F497D'>: "
            '<a href="mailto:Sofie.Verstraete@kortrijk.be">Sofie.Verstraete@kortrijk.be</a></span>'
        )
        + mp()
        + mp("Met vriendelijke groeten,", s)
        + mp()
        + "<p class=\"MsoNormal\"><span style='color:#1F497D;mso-fareast-language:NL-BE'>"
        '<!--[if gte vml 1]><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" '
        'o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">\n'
        '<v:stroke joinstyle="miter" />\n<v:formulas>\n<v:f eqn="if lineDrawn pixelLineWidth 0" />\n'
        '</v:formulas>\n<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect" />\n'
        '<o:lock v:ext="edit" aspectratio="t" />\n</v:shapetype><v:shape id="Afbeelding_x0020_1" '
        'o:spid="_x0000_i1025" type="#_x0000_t75" alt="Logo Stad Kortrijk" '
        "style='width:90pt;height:30pt;visibility:visible'>\n"
        '<v:imagedata src="cid:image001.png@01D47A6B.2F6B5A30" o:title="" />\n</v:shape><![endif]-->'
        '<![if !vml]><img width="120" height="40" style=\'width:1.25in;height:.4166in\' '
        'src="cid:image001.png@01D47A6B.2F6B5A30" alt="Logo Stad Kortrijk" '
        'v:shapes="Afbeelding_x0020_1"><![endif]></span><o:p></o:p></p>\n'
        + mp("<b>Sofie Verstraete</b>", "font-size:9.0pt;color:#1F497D")
        + mp("Beleidsmedewerker HR &amp; organisatieontwikkeling", "font-size:9.0pt;color:#1F497D")
        + mp("Stad Kortrijk &#8211; Grote Markt 54, 8500 Kortrijk", "font-size:9.0pt;color:#1F497D")
        + mp("T 056 27 00 00", "font-size:9.0pt;color:#1F497D")
        + mp()
        + mp(
            "<i>Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht "
            "onterecht ontvangt, gelieve de afzender te verwittigen en het bericht te verwijderen.</i>",
            "font-size:7.5pt;color:gray",
        )
    )
    html = word_html(inner)
    hd = [
        ("From", "Sofie Verstraete <Sofie.Verstraete@kortrijk.be>"),
        ("To", LINDA),
        ("Subject", "Inschrijving seminarie Stadsorganisaties in transitie"),
        ("Thread-Topic", "Inschrijving seminarie Stadsorganisaties in transitie"),
        ("Thread-Index", "AdR6a2Xb3c9PqB0GT0i3aG1nYJpPRA=="),
        ("Date", "Mon, 12 Nov 2018 09:14:37 +0000"),
        ("Message-ID", outlook_mid()),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="windows-1252"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(html.encode("cp1252")))
    return raw, label(
        "registration",
        [
            (
                "Sofie Verstraete",
                "Kortrijk",
                "beleidsmedewerker HR & organisatieontwikkeling",
                "sofie.verstraete@kortrijk.be",
            )
        ],
        False,
        "HTML-only Outlook Word-HTML (MsoNormal, <o:p>, conditional comments, VML logo with "
        "alt text, image not attached), windows-1252 QP with curly quotes; labels in <b>; "
        "address written in mixed case (label lower-case); &amp; in the function",
    )


@msg
def m002():
    bnd = b_outlook()
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">'
        "Dag Linda,<br>\n&nbsp;<br>\nIk schrijf me graag in voor het seminarie van 7&nbsp;december. "
        "Mijn gegevens:<br>\n&nbsp;</div>\n"
        '<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
        "<tbody>\n"
        '<tr>\n<td width="160" valign="top" %s><p style="margin:0"><b>Naam</b></p></td>\n'
        '<td width="300" valign="top" %s><p style="margin:0">Pieter&nbsp;De&nbsp;Smet</p></td>\n</tr>\n'
        '<tr>\n<td width="160" valign="top" %s><p style="margin:0"><b>Stad / gemeente</b></p></td>\n'
        '<td width="300" valign="top" %s><p style="margin:0">Stad Gent</p></td>\n</tr>\n'
        '<tr>\n<td width="160" valign="top" %s><p style="margin:0"><b>Functie</b></p></td>\n'
        '<td width="300" valign="top" %s><p style="margin:0">adjunct-stadssecretaris</p></td>\n</tr>\n'
        '<tr>\n<td width="160" valign="top" %s><p style="margin:0"><b>E-mailadres</b></p></td>\n'
        '<td width="300" valign="top" %s><p style="margin:0"><a href="mailto:pieter.desmet@stad.gent">'
        "pieter.desmet@stad.gent</a></p></td>\n</tr>\n"
        "</tbody>\n</table>\n"
        "<div>&nbsp;</div>\n<div>Vriendelijke groeten,</div>\n<div>&nbsp;</div>\n"
        '<table border="0" cellspacing="0" cellpadding="0" width="520">\n<tr>\n'
        '<td width="110" valign="top" style="border-right:solid #00A0DF 1.5pt;padding:0 8pt 0 0">'
        '<img width="100" height="100" src="cid:image001.png@01D47BCA.99D0E460" alt="Logo Stad Gent"></td>\n'
        '<td valign="top" style="padding:0 0 0 8pt">\n'
        '<table border="0" cellspacing="0" cellpadding="0">\n'
        '<tr><td><b><span style="color:#00A0DF;font-size:10pt">Pieter De Smet</span></b></td></tr>\n'
        '<tr><td><span style="font-size:9pt">adjunct-stadssecretaris</span></td></tr>\n'
        '<tr><td><span style="font-size:9pt">Departement Bedrijfsvoering</span></td></tr>\n'
        '<tr><td><span style="font-size:9pt">Stadhuis &#8211; Botermarkt 1, 9000 Gent</span></td></tr>\n'
        '<tr><td><span style="font-size:9pt"><a href="https://stad.gent">stad.gent</a></span></td></tr>\n'
        "</table>\n</td>\n</tr>\n</table>\n"
        "</body></html>\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="utf-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            "",
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="utf-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(html.encode("utf-8")),
        ),
    ]
    hd = [
        ("From", '"De Smet Pieter" <pieter.desmet@stad.gent>'),
        ("To", LINDA),
        ("Subject", "inschrijving 7/12"),
        ("Date", "Tue, 6 Nov 2018 16:02:11 +0000"),
        ("Message-ID", outlook_mid()),
        ("Content-Language", "nl-BE"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Pieter De Smet", "Gent", "adjunct-stadssecretaris", "pieter.desmet@stad.gent")],
        False,
        "multipart/alternative whose text/plain part is empty; HTML table with labels in <b> "
        "and values in separate cells, &nbsp; inside the name; nested-table Outlook signature "
        'with <img alt="Logo Stad Gent">; From display name reversed',
    )


@msg
def m003():
    bnd = b_generic()
    html = (
        '<html><body><div dir="ltr"><div>Dag Linda,</div><div><br></div>'
        "<div>Graag schrijf ik me in voor het seminarie &lsquo;Stadsorganisaties in transitie&rsquo;."
        "</div><div><br></div>"
        "<div>Naam:&nbsp;Zo&euml;&nbsp;Dierickx</div>\n"
        "<div>Stad /&nbsp;gemeente:&nbsp;Eeklo</div>\n"
        "<div>Functie:&nbsp;co&ouml;rdinator&nbsp;wijkwerking</div>\n"
        '<div>E-mailadres:&nbsp;<a href="mailto:zoe.dierickx@eeklo.be" target="_blank">'
        "zoe.dierickx@eeklo.be</a></div>\n"
        "<div><br></div><div>Vriendelijke groet,</div><div>Zo&euml;</div>"
        '<div><br></div><div><span style="color:rgb(136,136,136)">Stad Eeklo&nbsp;&#8211;&nbsp;'
        "Dienst Samenleven</span></div></div></body></html>\n"
    )
    text = "Dit bericht is in HTML. Open het in een programma dat HTML kan tonen.\n"
    parts = [
        part(
            [
                ("Content-Type", "text/plain; charset=us-ascii"),
                ("Content-Transfer-Encoding", "7bit"),
            ],
            text,
        ),
        part(
            [
                ("Content-Type", "text/html; charset=us-ascii"),
                ("Content-Transfer-Encoding", "7bit"),
            ],
            html,
        ),
    ]
    hd = [
        ("Return-Path", "<zoe.dierickx@eeklo.be>"),
        ("From", '"Zoe Dierickx" <zoe.dierickx@eeklo.be>'),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "seminarie 7 december"),
        ("Date", "Wed, 14 Nov 2018 11:40:02 +0100 (CET)"),
        (
            "Message-ID",
            "<%d.%d.%d.JavaMail.zimbra@eeklo.be>"
            % (random.randint(1000000, 9999999), random.randint(100, 999), 1542192002000),
        ),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Zimbra 8.8.9_GA_3019 (ZimbraWebClient - GC70 (Win)/8.8.9_GA_3019)"),
        ("Content-Type", 'multipart/alternative; \n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Zo\u00eb Dierickx", "Eeklo", "co\u00f6rdinator wijkwerking", "zoe.dierickx@eeklo.be")],
        False,
        'text/plain alternative only says "Dit bericht is in HTML"; HTML is a <div> per line '
        "with &nbsp; between words and entities (&euml; &ouml; &lsquo;), all declared us-ascii; "
        'name with diaeresis only in the HTML (From header has plain "Zoe")',
    )


@msg
def m004():
    def sp(words, style="font-size:11.0pt;font-family:Arial"):
        return " ".join('<span style="%s">%s</span>' % (style, w) for w in words.split(" "))

    html = (
        (
            '<html><head><meta charset="utf-8"></head><body>'
            + sp("Goeiemorgen Linda,")
            + "<br><br>"
            + sp("Ik schrijf me in voor 7 december &#8211; m&rsquo;n agenda is al geblokt.")
            + "<br>"
            + sp("Hieronder m&rsquo;n gegevens.")
            + "<br>\n<br>"
            + '<span style="font-size:11.0pt"><b>Naam</b></span><span>:</span>&nbsp;'
            + sp("Karel Van den Broeck")
            + "<br>"
            + '<span style="font-size:11.0pt"><b>Stad / gemeente</b></span><span>:</span>&nbsp;'
            + sp("Stad Leuven")
            + "<br>"
            + '<span style="font-size:11.0pt"><b>Functie</b></span><span>:</span>&nbsp;'
            + sp("schepen van mobiliteit")
            + "<br>"
            + '<span style="font-size:11.0pt"><b>E-mailadres</b></span><span>:</span>&nbsp;'
            + '<span style="font-size:11.0pt"><a href="mailto:karel.vandenbroeck@leuven.be">'
            "karel.vandenbroeck@leuven.be</a></span><br>\n<br>"
            + sp("Hartelijke groet,")
            + "<br>"
            + sp("Karel")
            + "<br><br><br>"
            + '<span style="font-size:8pt;color:#999">'
            + sp(
                "Kabinet schepen Van den Broeck &#8211; "
                "Professor Van Overstraetenplein 1, 3000 Leuven",
                "font-size:8pt;color:#999",
            )
            + "</span><br>"
            + "</body></html>\n"
        )
        .replace("<br>", "<br>\n")
        .replace("\n\n", "\n")
    )
    hd = [
        ("From", "Karel Van den Broeck <karel.vandenbroeck@leuven.be>"),
        ("To", LINDA),
        ("Subject", "Stadsorganisaties in transitie"),
        ("Date", "Thu, 8 Nov 2018 07:55:20 +0100"),
        ("Message-ID", "<%s@leuven.be>" % rhex(24, upper=False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    raw = message(hd, html.encode("utf-8"))
    return raw, label(
        "registration",
        [
            (
                "Karel Van den Broeck",
                "Leuven",
                "schepen van mobiliteit",
                "karel.vandenbroeck@leuven.be",
            )
        ],
        False,
        "HTML-only <br> soup with a <span style> around every single word, &nbsp; after the "
        'labels, &#8211; and &rsquo; entities; politician (schepen); "Stad Leuven" -> Leuven',
    )


@msg
def m005():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body dir="ltr">\n'
        '<div style="font-family:Calibri,sans-serif;font-size:11pt">Dag mevrouw Boudry,<br><br>\n'
        "Hieronder vindt u de inschrijving van onze burgemeester voor het seminarie van 7 december."
        "<br><br>Met vriendelijke groet,<br>Nele Vos<br>Secretariaat burgemeester &#8211; Stad Tienen</div>\n"
        "<div><br></div>\n"
        '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
        "<div><b>Van:</b> Marleen Goossens &lt;marleen.goossens@tienen.be&gt;<br>\n"
        "<b>Verzonden:</b> maandag 19 november 2018 17:03<br>\n"
        "<b>Aan:</b> Secretariaat burgemeester<br>\n"
        "<b>Onderwerp:</b> seminarie Antwerpen</div>\n<div><br></div>\n"
        "<div>Nele, wil jij mij inschrijven voor dat seminarie bij het Kenniscentrum? "
        "Dit zijn de gegevens die ze vragen:</div>\n"
        "<div>Naam: Marleen Goossens</div>\n<div>Stad: Tienen</div>\n<div>Functie: burgemeester</div>\n"
        "<div>E-mail: marleen.goossens@tienen.be</div>\n<div>Dank je!</div>\n<div>Marleen</div>\n"
        "</blockquote>\n</body></html>\n"
    )
    hd = [
        ("From", "Secretariaat burgemeester <secretariaat.burgemeester@tienen.be>"),
        ("To", LINDA),
        ("Subject", "Doorst: seminarie Antwerpen"),
        ("Date", "Tue, 20 Nov 2018 08:31:44 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    raw = message(hd, b64t(html.encode("utf-8")))
    return raw, label(
        "registration",
        [("Marleen Goossens", "Tienen", "burgemeester", "marleen.goossens@tienen.be")],
        False,
        "HTML-only base64; secretariat forwards the mayor's request: the fields are inside a "
        "<blockquote>; the secretary (Nele Vos, sender address) is not a registrant",
    )


@msg
def m006():
    body = (
        "Beste Linda,\n\n"
        "Hierbij mijn inschrijving voor het seminarie =E2=80=9CStadsorganisaties in tra=\n"
        "nsitie=E2=80=9D op 7 december.\n\n"
        "Naam: Bart Vanhou=\ntte\n"
        "Stad / gemeente: Roese=\nlare\n"
        "Functie: diensthoofd omgev=\ning\n"
        "E-mailadres: bart.vanhou=\ntte@roese=\nlare.be\n\n"
        "Met vriendelijke groeten,=20\nBart\n\n"
        "--=20\nStad Roeselare | Botermarkt 2, 8800 Roeselare | T 051 26 21 11\n"
        "https://www.roeselare.be/co=\nntact?dienst=3Domgeving\n"
    )
    hd = [
        ("From", "Bart Vanhoutte <bart.vanhoutte@roeselare.be>"),
        ("To", LINDA),
        ("Subject", "inschrijving seminarie"),
        ("Date", "Fri, 9 Nov 2018 13:20:05 +0100"),
        ("Message-ID", "<%s@roeselare.be>" % rhex(20, upper=False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, body)
    return raw, label(
        "registration",
        [("Bart Vanhoutte", "Roeselare", "diensthoofd omgeving", "bart.vanhoutte@roeselare.be")],
        False,
        "text/plain QP with soft line breaks inside the name, the town, the function and twice "
        "inside the e-mail address; =20 and =3D; UTF-8 curly quotes as =E2=80=9C",
    )


@msg
def m007():
    text = (
        "Dag Linda,\n\nIk zou graag deelnemen aan het seminarie op 7 december. Mijn gegevens: "
        "Griet Dewulf, afdelingshoofd burgerzaken bij de stad Oostende, griet.dewulf@oostende.be.\n\n"
        "Alvast bedankt!\nGriet\n\nVerstuurd vanaf mijn Android-toestel.\n"
    )
    hd = [
        ("From", '"Dewulf Griet" <griet.dewulf@oostende.be>'),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Seminarie"),
        ("Date", "Sat, 10 Nov 2018 21:17:59 +0100"),
        ("Message-ID", "<%s.%s@email.android.com>" % (rhex(8, False), rhex(12, False))),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "base64"),
    ]
    raw = message(hd, b64t(text.encode("utf-8")))
    return raw, label(
        "registration",
        [("Griet Dewulf", "Oostende", "afdelingshoofd burgerzaken", "griet.dewulf@oostende.be")],
        False,
        "single text/plain part in base64 (Android); fields in one prose sentence, no labels; "
        '"bij de stad Oostende" is the organisation, not part of the function',
    )


@msg
def m008():
    text = (
        "Beste Linda,\n\n"
        "Ik schrijf me graag in voor \u201cStadsorganisaties in transitie\u201d op 7 december \u2013 "
        "fijn dat het gratis is, bij ons kost een studiedag al snel 150 \u20ac per persoon.\n\n"
        "Naam: Els D\u2019hondt\n"
        "Stad / gemeente: Turnhout\n"
        "Functie: teamleider HR\n"
        "E-mailadres: els.dhondt@turnhout.be\n\n"
        "Groetjes,\nEls\n\n"
        "\u2018Samen maken we Turnhout\u2019\n"
    )
    hd = [
        ("From", "=?iso-8859-1?Q?Els_D=92hondt?= <els.dhondt@turnhout.be>"),
        ("To", LINDA),
        ("Subject", "inschrijving 7 december"),
        ("Date", "Wed, 21 Nov 2018 10:02:41 +0100"),
        ("Message-ID", "<%s@turnhout.be>" % rhex(26, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="iso-8859-1"'),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    raw = message(hd, text.encode("cp1252"))
    return raw, label(
        "registration",
        [("Els D\u2019hondt", "Turnhout", "teamleider HR", "els.dhondt@turnhout.be")],
        False,
        "windows-1252 bytes (0x93/0x94 curly quotes, 0x96 en-dash, 0x80 euro, 0x92 apostrophe "
        "in the surname) declared as iso-8859-1, 8bit; also in the RFC 2047 From name; the name "
        "is written with a right single quotation mark (U+2019)",
    )


@msg
def m009():
    text = (
        "Hallo Linda,\n\nInschrijving voor het seminarie van vrijdag 7/12:\n\n"
        "Naam: Fr\u00e9d\u00e9ric Van Acker\n"
        "Stad/gemeente: Sint-Niklaas\n"
        "Functie: co\u00f6rdinator jeugddienst\n"
        "E-mailadres: frederic.vanacker@sint-niklaas.be\n\n"
        "Groeten,\nFr\u00e9d\u00e9ric\n"
    )
    hd = [
        ("From", "Frederic Van Acker <frederic.vanacker@sint-niklaas.be>"),
        ("To", LINDA),
        ("Subject", "Inschrijving"),
        ("Date", "Thu, 15 Nov 2018 14:48:09 +0100"),
        ("Message-ID", "<%s@mail.sint-niklaas.be>" % rhex(18, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="us-ascii"'),
        ("Content-Transfer-Encoding", "7bit"),
    ]
    raw = message(hd, text.encode("utf-8"))
    return raw, label(
        "registration",
        [
            (
                "Fr\u00e9d\u00e9ric Van Acker",
                "Sint-Niklaas",
                "co\u00f6rdinator jeugddienst",
                "frederic.vanacker@sint-niklaas.be",
            )
        ],
        False,
        "UTF-8 bytes (é, ö) in a part declared charset=us-ascii, CTE 7bit (deliberate lie; the "
        "stdlib decodes with replacement characters unless the parser sniffs UTF-8)",
    )


@msg
def m010():
    bnd = b_generic()
    text = (
        "Goedemiddag,\n\nHierbij schrijf ik mij in voor het seminarie.\n\n"
        "Naam : St\u00e9phanie Mertens\n"
        "Stad / gemeente : Hasselt\n"
        "Functie : communicatieambtenaar\n"
        "E-mailadres : stephanie.mertens@hasselt.be\n\n"
        "Met vriendelijke groeten,\n\nSt\u00e9phanie Mertens\n"
    )
    parts = [
        part(
            [("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")],
            text.encode("latin-1"),
        ),
        part(
            [
                ("Content-Type", 'image/png; name="logo_hasselt.png"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", 'inline; filename="logo_hasselt.png"'),
            ],
            b64(png(24, 12, (200, 16, 46))),
        ),
    ]
    hd = [
        ("From", "stephanie.mertens@hasselt.be"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Inschrijving seminarie 07/12"),
        ("Date", "Mon, 19 Nov 2018 12:05:33 +0100"),
        ("Message-ID", "<%s@hasselt.be>" % rhex(22, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed; boundary="%s"' % bnd),
    ]
    raw = message(
        hd, multipart(bnd, parts, preamble="This is a multi-part message in MIME format.\n")
    )
    return raw, label(
        "registration",
        [
            (
                "St\u00e9phanie Mertens",
                "Hasselt",
                "communicatieambtenaar",
                "stephanie.mertens@hasselt.be",
            )
        ],
        False,
        'multipart/mixed; the text part has "Content-Type: text/plain" with no charset at all '
        "and carries latin-1 bytes (é) as 8bit; space before each colon; inline PNG logo; bare "
        "From address without display name",
    )


@msg
def m011():
    subj = enc_b("Inschrijving seminarie \u2018Stadsorganisaties in transitie\u2019 \u2013 7/12")
    text = (
        "Dag Linda,\n\nIk kom graag naar het seminarie op 7 december in Permeke.\n"
        "Functie: beleidsco\u00f6rdinator cultuur\n\n"
        "Vriendelijke groet\nRen\u00e9e\n\n"
        "Stad Brugge \u2013 Cultuur\nBurg 12, 8000 Brugge\n"
    )
    hd = [
        ("From", enc_q("Ren\u00e9e Baert") + " <renee.baert@brugge.be>"),
        ("To", LINDA),
        ("Subject", subj),
        ("Date", "Fri, 16 Nov 2018 09:12:00 +0100"),
        ("Message-ID", "<%s@brugge.be>" % rhex(30, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(text.encode("utf-8")))
    return raw, label(
        "registration",
        [
            (
                "Ren\u00e9e Baert",
                "Brugge",
                "beleidsco\u00f6rdinator cultuur",
                "renee.baert@brugge.be",
            )
        ],
        False,
        "Subject as two =?utf-8?B?...?= words; the full name appears only in the "
        '=?iso-8859-1?Q?Ren=E9e_Baert?= From display name (body signs "Renée"); town from the '
        "signature and the @brugge.be domain",
    )


@msg
def m012():
    subj = (
        "=?utf-8?Q?RE=3A_Uitnodiging_seminarie_=E2=80=98Stadsorganisaties_in_tr?=\n"
        " =?utf-8?Q?ansitie=E2=80=99_=E2=80=93_vrijdag_7_december_2018_?=\n"
        " =?utf-8?Q?=E2=80=93_Permeke?= Antwerpen - inschrijving dienst\n"
        " Organisatieontwikkeling en HR stad Lier (2 personen)"
    )
    text = (
        "Hallo Linda,\n\nVanuit Lier komen we met twee collega's:\n\n"
        "1. Tom Janssens \u2013 organisatieontwikkelaar \u2013 tom.janssens@lier.be\n"
        "2. Liesbeth Peeters \u2013 HR-businesspartner \u2013 liesbeth.peeters@lier.be\n\n"
        "Groeten,\nTom\n\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Linda Boudry <linda.boudry@kcvs.be>\n"
        "Verzonden: maandag 5 november 2018 10:00\n"
        "Onderwerp: Uitnodiging seminarie \u2018Stadsorganisaties in transitie\u2019\n\n"
        + INVITE_NL
    )
    hd = [
        ("From", "Tom Janssens <tom.janssens@lier.be>"),
        ("To", LINDA),
        ("Subject", subj),
        ("Date", "Thu, 22 Nov 2018 15:33:27 +0100"),
        ("Message-ID", "<%s@lier.be>" % rhex(24, False)),
        ("In-Reply-To", "<kcvs-uitnodiging-20181105@kcvs.be>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    raw = message(hd, text.encode("utf-8"))
    return raw, label(
        "registration",
        [
            ("Tom Janssens", "Lier", "organisatieontwikkelaar", "tom.janssens@lier.be"),
            ("Liesbeth Peeters", "Lier", "HR-businesspartner", "liesbeth.peeters@lier.be"),
        ],
        False,
        "long subject folded over four lines, mixing Q encoded-words (one split mid-word) and "
        "plain text; the town (Lier) is only in the subject and the mail domain; two numbered "
        "registrants separated by en-dashes; quoted invitation with empty template below",
    )


@msg
def m013():
    text = (
        "Hoi Linda,\n\n"
        "Na wat omzwervingen kreeg ik jouw uitnodiging van een collega door. Ik wil \n"
        "me graag inschrijven voor het seminarie \u2018Stadsorganisaties in transitie\u2019 \n"
        "op vrijdag 7 december in Permeke.\n\n"
        "Naam: Wouter Claeys\n"
        "Stad / gemeente: Aalst\n"
        "Functie: beleidsmedewerker strategische planning en \n"
        "organisatieontwikkeling\n"
        "E-mailadres: wouter.claeys@aalst.be\n\n"
        "Dank je en tot dan,\nWouter\n\n"
        "-- \nWouter Claeys\nStad Aalst\n\n"
        "Op 8/11/2018 om 14:22 schreef Evelien Martens:\n"
        "> Wouter, misschien iets voor jou? \n"
        "> Groet, Evelien\n"
        ">\n"
        ">> Beste, het Kenniscentrum Vlaamse Steden nodigt u uit op het seminarie \n"
        '>> "Stadsorganisaties in transitie". Schrijf u in tot en met 2 december \n'
        ">> bij linda.boudry@kcvs.be met vermelding van Naam, Stad / gemeente, \n"
        ">> Functie en E-mailadres.\n"
    )
    hd = [
        ("From", "Wouter Claeys <wouter.claeys@aalst.be>"),
        ("To", LINDA),
        ("Subject", "Fwd: Uitnodiging seminarie"),
        ("Date", "Fri, 23 Nov 2018 08:09:51 +0100"),
        ("Message-ID", "<%s-%s-%s@aalst.be>" % (rhex(8, False), rhex(4, False), rhex(12, False))),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; WOW64; rv:60.0) Gecko/20100101 Thunderbird/60.3.1",
        ),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8; format=flowed"),
        ("Content-Language", "nl"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    raw = message(hd, text.encode("utf-8"))
    return raw, label(
        "registration",
        [
            (
                "Wouter Claeys",
                "Aalst",
                "beleidsmedewerker strategische planning en organisatieontwikkeling",
                "wouter.claeys@aalst.be",
            )
        ],
        False,
        "Thunderbird format=flowed with trailing spaces: the Functie value is one flowed line "
        'wrapped over two physical lines; "-- " signature; quoted forward (Evelien Martens is '
        "not a registrant)",
    )


@msg
def m014():
    text = (
        "Naam: Dirk Willems\nStad: Genk\nFunctie: algemeen directeur\nMail: dirk.willems@genk.be\n\n"
        "Verzonden vanaf mijn iPhone\n"
    )
    hd = [
        ("Content-Type", "text/plain;\n\tcharset=us-ascii"),
        ("Content-Transfer-Encoding", "7bit"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Inschrijving"),
        ("From", "Dirk Willems <dirk.willems@genk.be>"),
        ("X-Mailer", "iPhone Mail (16B92)"),
        ("Message-Id", "<%s-%s-%s-%s-%s@genk.be>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ("Date", "Sun, 25 Nov 2018 19:44:03 +0100"),
        ("To", "linda.boudry@kcvs.be"),
    ]
    raw = message(hd, text)
    return raw, label(
        "registration",
        [("Dirk Willems", "Genk", "algemeen directeur", "dirk.willems@genk.be")],
        False,
        "LF-only line endings throughout (not CRLF); iPhone mail, four bare labelled lines with "
        'short labels "Stad:" and "Mail:"',
    )


@msg
def m015():
    text = (
        "\ufeffNaam: Inge Vermeulen\n"
        "Stad / gemeente: Ieper\n"
        "Functie: stafmedewerker organisatiebeheersing\n"
        "E-mailadres: inge.vermeulen@ieper.be\n\n"
        "Beste Linda, bovenstaand mijn gegevens voor het seminarie van 7 december. Groet, Inge\n"
    )
    hd = [
        ("From", "Inge Vermeulen <inge.vermeulen@ieper.be>"),
        ("To", LINDA),
        ("Subject", "Inschrijving Stadsorganisaties in transitie"),
        ("Date", "Mon, 26 Nov 2018 11:11:11 +0100"),
        ("Message-ID", "<%s@ieper.be>" % rhex(20, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    raw = message(hd, text.encode("utf-8"))
    return raw, label(
        "registration",
        [
            (
                "Inge Vermeulen",
                "Ieper",
                "stafmedewerker organisatiebeheersing",
                "inge.vermeulen@ieper.be",
            )
        ],
        False,
        "the text body starts with a UTF-8 byte order mark (EF BB BF) glued to the first label "
        '"Naam:"; fields first, greeting after',
    )


@msg
def m016():
    bnd = b_outlook_mixed()
    body = "Beste Linda,\n\nIn bijlage vind je mijn inschrijving.\n\nGroet,\nNathalie\n"
    att = (
        "Naam: Nathalie Desmet\r\nStad / gemeente: Waregem\r\nFunctie: diensthoofd welzijn\r\n"
        "E-mailadres: nathalie.desmet@waregem.be\r\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="us-ascii"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(body.encode()),
        ),
        part(
            [
                ("Content-Type", 'text/plain; name="inschrijving.txt"'),
                ("Content-Description", "inschrijving.txt"),
                (
                    "Content-Disposition",
                    'attachment; filename="inschrijving.txt"; size=%d;\n'
                    '\tcreation-date="Tue, 27 Nov 2018 09:40:12 GMT";\n'
                    '\tmodification-date="Tue, 27 Nov 2018 09:40:12 GMT"' % len(att),
                ),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64(att.encode("cp1252")),
        ),
    ]
    hd = [
        ("From", "Nathalie Desmet <nathalie.desmet@waregem.be>"),
        ("To", LINDA),
        ("Subject", "inschrijving"),
        ("Date", "Tue, 27 Nov 2018 09:41:00 +0000"),
        ("Message-ID", outlook_mid()),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Nathalie Desmet", "Waregem", "diensthoofd welzijn", "nathalie.desmet@waregem.be")],
        False,
        "the fields are only in an attached inschrijving.txt (base64, CRLF inside, no charset "
        'parameter); the body just says "In bijlage vind je mijn inschrijving"',
    )


def docx_bytes(rows):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def cell(t):
        return (
            '<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">'
            "%s</w:t></w:r></w:p></w:tc>" % t
        )

    table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    )
    for r in rows:
        table += "<w:tr>" + "".join(cell(c) for c in r) + "</w:tr>"
    table += "</w:tbl>"
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="%s"><w:body>'
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Inschrijvingsformulier seminarie Stadsorganisaties in transitie"
        "</w:t></w:r></w:p>%s<w:p/><w:sectPr/></w:body></w:document>" % (W, table)
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    )
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in (
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/document.xml", doc),
        ):
            zi = zipfile.ZipInfo(name, date_time=(2018, 11, 26, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return bio.getvalue()


@msg
def m017():
    bnd = b_outlook_mixed()
    body = (
        "Goedemiddag,\n\nIn bijlage het ingevulde inschrijvingsformulier voor onze dienst.\n\n"
        "Mvg\nJan Hermans\nStad Dendermonde\n"
    )
    doc = docx_bytes(
        [
            ("Naam", "Stad / gemeente", "Functie", "E-mailadres"),
            ("Jan Hermans", "Dendermonde", "diensthoofd personeel", "jan.hermans@dendermonde.be"),
            ("Eva Ooms", "Dendermonde", "HR-adviseur", "eva.ooms@dendermonde.be"),
        ]
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="us-ascii"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(body.encode()),
        ),
        part(
            [
                (
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n"
                    '\tname="Inschrijving seminarie 7 december.docx"',
                ),
                ("Content-Description", "Inschrijving seminarie 7 december.docx"),
                (
                    "Content-Disposition",
                    'attachment;\n\tfilename="Inschrijving seminarie 7 december.docx"; '
                    "size=%d" % len(doc),
                ),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64(doc),
        ),
    ]
    hd = [
        ("From", "Jan Hermans <jan.hermans@dendermonde.be>"),
        ("To", LINDA),
        ("Subject", "Inschrijvingsformulier seminarie"),
        ("Date", "Mon, 26 Nov 2018 15:21:30 +0000"),
        ("Message-ID", outlook_mid()),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [
            ("Jan Hermans", "Dendermonde", "diensthoofd personeel", "jan.hermans@dendermonde.be"),
            ("Eva Ooms", "Dendermonde", "HR-adviseur", "eva.ooms@dendermonde.be"),
        ],
        True,
        "registration only inside a binary .docx attachment (a table with two people); the body "
        "gives no names besides the sender's: a person must open the file, so needs_review",
    )


@msg
def m018():
    bnd = b_generic()
    body = (
        "Hallo Linda,\n\nIk schrijf me in voor 7 december:\n"
        "Jeroen Smets\nprojectleider stadsvernieuwing\nStad Vilvoorde\njeroen.smets@vilvoorde.be\n\n"
        "Ik heb er meteen een agenda-item van gemaakt (zie bijlage), handig voor wie nog twijfelt.\n\n"
        "Groeten\nJeroen\n"
    )
    ics = (
        "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\n"
        "METHOD:PUBLISH\nBEGIN:VEVENT\n"
        'ORGANIZER;CN="Jeroen Smets":mailto:jeroen.smets@vilvoorde.be\n'
        'ATTENDEE;CN="Sara Lenaerts";RSVP=TRUE:mailto:sara.lenaerts@vilvoorde.be\n'
        "DTSTART:20181207T083000Z\nDTEND:20181207T120000Z\nDTSTAMP:20181127T101500Z\n"
        "LOCATION:Permeke\\, De Coninckplein 26\\, 2060 Antwerpen\n"
        "SUMMARY;LANGUAGE=nl-BE:Seminarie Stadsorganisaties in transitie (KCVS)\n"
        "DESCRIPTION:Koffie 9u30\\, start 10u\\, lunch rond 12u30.\\nInschrijven bij li\n"
        " nda.boudry@kcvs.be\n"
        "UID:040000008200E00074C5B7101A82E00800000000%s\nSEQUENCE:0\nTRANSP:OPAQUE\n"
        "END:VEVENT\nEND:VCALENDAR\n" % rhex(32)
    )
    parts = [
        part(
            [("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "7bit")],
            body,
        ),
        part(
            [
                (
                    "Content-Type",
                    "text/calendar; charset=UTF-8; method=PUBLISH; name=seminarie.ics",
                ),
                ("Content-Disposition", "attachment; filename=seminarie.ics"),
                ("Content-Transfer-Encoding", "7bit"),
            ],
            ics,
        ),
    ]
    hd = [
        ("From", "Jeroen Smets <jeroen.smets@vilvoorde.be>"),
        ("To", LINDA),
        ("Subject", "inschrijving + agenda"),
        ("Date", "Tue, 27 Nov 2018 11:16:40 +0100"),
        ("Message-ID", "<%s@vilvoorde.be>" % rhex(28, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed; boundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [
            (
                "Jeroen Smets",
                "Vilvoorde",
                "projectleider stadsvernieuwing",
                "jeroen.smets@vilvoorde.be",
            )
        ],
        False,
        'unlabelled block (name / function / "Stad Vilvoorde" / address on separate lines) plus '
        "an .ics attachment (METHOD:PUBLISH) whose ATTENDEE Sara Lenaerts is not registered",
    )


@msg
def m019():
    bnd = b_generic()
    body = "Ik schrijf me in, zie kaartje\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.\n"
    vcf = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Van Hove;Ellen;;;\nFN:Ellen Van Hove\n"
        "ORG:Stad Mechelen;Personeel en Organisatie\nTITLE:adviseur organisatieontwikkeling\n"
        "TEL;TYPE=WORK,VOICE:+32 15 29 76 00\nEMAIL;TYPE=PREF,INTERNET:ellen.vanhove@mechelen.be\n"
        "ADR;TYPE=WORK:;;Grote Markt 21;Mechelen;;2800;Belgi\u00eb\nEND:VCARD\n"
    )
    parts = [
        part(
            [("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "7bit")],
            body,
        ),
        part(
            [
                ("Content-Type", 'text/x-vcard; charset=UTF-8; name="Ellen Van Hove.vcf"'),
                ("Content-Disposition", 'attachment; filename="Ellen Van Hove.vcf"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(vcf.encode("utf-8")),
        ),
    ]
    hd = [
        ("From", "ellen.vanhove@mechelen.be"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Seminarie 7/12"),
        ("Date", "Wed, 28 Nov 2018 07:02:18 +0100"),
        ("Message-ID", "<%s@email.android.com>" % rhex(16, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed; boundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [
            (
                "Ellen Van Hove",
                "Mechelen",
                "adviseur organisatieontwikkeling",
                "ellen.vanhove@mechelen.be",
            )
        ],
        False,
        'body says only "Ik schrijf me in, zie kaartje"; name, organisation (ORG: Stad Mechelen), '
        "TITLE and e-mail come from the attached .vcf (QP); bare From address",
    )


@msg
def m020():
    bnd = b_outlook_mixed()
    body = (
        "Linda,\n\nGraag inschrijving voor onderstaande persoon:\n\n"
        "Naam: LAMBRECHTS Marc\nStad / gemeente: Geel\nFunctie: ombudsman\n"
        "E-mailadres: marc.lambrechts@geel.be\n\nDank u,\n\nMarc Lambrechts\nOmbudsdienst Stad Geel\n"
    )
    tnef = b"\x78\x9f\x3e\x22" + bytes(random.getrandbits(8) for _ in range(1400))
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="iso-8859-1"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(body.encode("latin-1")),
        ),
        part(
            [
                ("Content-Type", 'application/ms-tnef; name="winmail.dat"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", 'attachment; filename="winmail.dat"'),
            ],
            b64(tnef),
        ),
    ]
    hd = [
        ("From", '"Lambrechts Marc" <marc.lambrechts@geel.be>'),
        ("To", LINDA),
        ("Subject", "inschrijving seminarie"),
        ("Date", "Wed, 28 Nov 2018 13:37:00 +0100"),
        ("Message-ID", "<%s@EXCH01.geel.local>" % rhex(40)),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", "<%s@EXCH01.geel.local>" % rhex(40)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Marc Lambrechts", "Geel", "ombudsman", "marc.lambrechts@geel.be")],
        False,
        "plain text part beside an application/ms-tnef winmail.dat (opaque binary); surname in "
        'capitals first ("LAMBRECHTS Marc")',
    )


@msg
def m021():
    b1, b2 = b_apple(), b_apple()
    cid = "%s-%s-%s-%s-%s@home" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    text = (
        "Hoi Linda,\n\nIk kom graag naar het seminarie van 7 december. Ik ben schepen van personeel "
        "en organisatie in Sint-Truiden.\n\nTot dan!\n\n\n"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
        'class="">Hoi Linda,<div class=""><br class=""></div><div class="">Ik kom graag naar het seminarie '
        "van 7 december. Ik ben schepen van personeel en organisatie in Sint-Truiden.</div>"
        '<div class=""><br class=""></div><div class="">Tot dan!</div><div class=""><br class=""></div>'
        '<div class=""><img apple-inline="yes" id="%s" width="320" height="90" src="cid:%s" class="">'
        "</div></body></html>" % (rhex(8), cid)
    )
    rel = multipart(
        b2,
        [
            part(
                [
                    ("Content-Transfer-Encoding", "quoted-printable"),
                    ("Content-Type", "text/html;\n\tcharset=utf-8"),
                ],
                qp(html.encode("utf-8")),
            ),
            part(
                [
                    ("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", "inline;\n\tfilename=handtekening.png"),
                    ("Content-Type", 'image/png;\n\tx-unix-mode=0644;\n\tname="handtekening.png"'),
                    ("Content-Id", "<%s>" % cid),
                ],
                b64(png(32, 9, (90, 90, 90))),
            ),
        ],
    )
    alt = multipart(
        b1,
        [
            part(
                [
                    ("Content-Transfer-Encoding", "quoted-printable"),
                    ("Content-Type", "text/plain;\n\tcharset=utf-8"),
                ],
                qp(text.encode("utf-8")),
            ),
            part(
                [("Content-Type", 'multipart/related;\n\ttype="text/html";\n\tboundary="%s"' % b2)],
                rel,
            ),
        ],
    )
    hd = [
        ("From", "An Vandeput <an.vandeput@sint-truiden.be>"),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % b1),
        ("Mime-Version", "1.0 (Mac OS X Mail 12.1 \\(3445.101.1\\))"),
        ("Subject", "Seminarie 7 december"),
        ("Date", "Thu, 29 Nov 2018 22:10:45 +0100"),
        ("To", LINDA),
        (
            "Message-Id",
            "<%s-%s-%s-%s-%s@sint-truiden.be>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)),
        ),
        ("X-Mailer", "Apple Mail (2.3445.101.1)"),
    ]
    raw = message(hd, alt)
    return raw, label(
        "registration",
        [
            (
                "An Vandeput",
                "Sint-Truiden",
                "schepen van personeel en organisatie",
                "an.vandeput@sint-truiden.be",
            )
        ],
        False,
        "Apple Mail: multipart/alternative with multipart/related; the signature is an inline "
        "image only, so the name comes from the From display name; function and town in prose",
    )


@msg
def m022():
    bnd = b_outlook_mixed()
    inner = message(
        [
            ("From", "Bram D'hooghe <bram.dhooghe@lokeren.be>"),
            ("To", "Secretariaat <secretariaat@lokeren.be>"),
            ("Subject", "inschrijving seminarie Antwerpen"),
            ("Date", "Thu, 29 Nov 2018 09:02:13 +0000"),
            ("Message-ID", outlook_mid()),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="us-ascii"'),
            ("Content-Transfer-Encoding", "7bit"),
        ],
        "Hallo,\n\nVoor het seminarie van het Kenniscentrum op 7/12:\n\n"
        "Naam: Bram D'hooghe\nStad / gemeente: Lokeren\nFunctie: beleidsadviseur lokale economie\n"
        "E-mailadres: bram.dhooghe@lokeren.be\n\nBram\n",
    )
    body = (
        "Dag Linda,\n\nOnze collega Bram stuurde zijn inschrijving naar ons secretariaat in plaats van "
        "naar jou. Zie bijlage.\n\nMet vriendelijke groet,\nAnnick Baeten\nSecretariaat Stad Lokeren\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="us-ascii"'),
                ("Content-Transfer-Encoding", "7bit"),
            ],
            body,
        ),
        part(
            [
                ("Content-Type", "message/rfc822"),
                (
                    "Content-Disposition",
                    'attachment;\n\tfilename="inschrijving seminarie Antwerpen.eml"',
                ),
            ],
            inner,
        ),
    ]
    hd = [
        ("From", "Secretariaat Stad Lokeren <secretariaat@lokeren.be>"),
        ("To", LINDA),
        ("Subject", "FW: inschrijving seminarie Antwerpen"),
        ("Date", "Thu, 29 Nov 2018 10:15:02 +0000"),
        ("Message-ID", outlook_mid()),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [
            (
                "Bram D'hooghe",
                "Lokeren",
                "beleidsadviseur lokale economie",
                "bram.dhooghe@lokeren.be",
            )
        ],
        False,
        "secretariat forwards a colleague's mail as a message/rfc822 attachment; the fields are "
        "only inside the attached message; sender and Annick Baeten are not registrants",
    )


@msg
def m023():
    sents = [
        "Beste Linda, wat fijn dat jullie dit seminarie organiseren want bij ons in Herentals zitten we volop "
        "in een transitie die officieel pas op 1 januari 2019 start met de integratie van OCMW en gemeente, "
        "maar waarvan de voorbereiding ons nu al bijna twee jaar bezighoudt, met een stuurgroep, zes "
        "werkgroepen, een nieuw organogram dat al drie keer herschreven is en een managementteam dat "
        "ondertussen ook van samenstelling veranderde omdat onze vorige algemeen directeur met pensioen ging",
        "ik merk dat veel collega's zich afvragen wat er van hun job wordt, en eerlijk gezegd weten we dat "
        "zelf ook nog niet altijd, want de rechtspositieregeling moet nog geharmoniseerd worden, de "
        "verloningsschalen liggen niet gelijk en ook de werkplekken verhuizen, zodat de vraag hoe je zo'n "
        "verandering goed begeleidt heel concreet is geworden",
        "vorig jaar was mijn collega Ilse Verachtert van de personeelsdienst op jullie studiedag over "
        "leiderschap en zij kwam terug met een hele lijst ideeen die we deels al hebben uitgeprobeerd, onder "
        "meer de intervisiegroepen voor leidinggevenden en een interne nieuwsbrief over de fusie, al liep dat "
        "laatste wat vast omdat niemand er echt tijd voor had",
        "en daarom schrijf ik me heel graag in voor vrijdag 7 december, mijn gegevens zijn Koenraad Wauters, "
        "verantwoordelijke interne controle bij de stad Herentals, koenraad.wauters@herentals.be, en ik kom "
        "met de trein zodat ik de koffie om half tien zeker haal",
        "wat mij vooral interesseert is hoe andere steden hun organisatiebeheersing hebben aangepakt tijdens "
        "zo'n integratie, want de decreetgever verwacht een systeem van interne controle voor de hele nieuwe "
        "organisatie terwijl de twee huidige systemen totaal anders zijn opgebouwd, met andere risicoanalyses, "
        "andere procedures en zelfs andere software voor het opvolgen van acties",
        "ik heb ook gelezen dat Mechelen en Kortrijk daar al verder in staan en ik hoop dat er in de pauze of "
        "tijdens de lunch tijd is om met hen te praten, want uit ervaring weet ik dat je op zulke dagen vaak "
        "meer leert aan de koffietafel dan uit de presentaties zelf, al wil ik daarmee de sprekers niet "
        "tekortdoen",
        "mocht je op zoek zijn naar een getuigenis uit een kleinere centrumstad voor een volgende editie dan "
        "wil ik daar gerust eens over nadenken, ik heb de voorbije maanden heel wat materiaal verzameld over "
        "wat wel en niet werkte, ook over de communicatie naar het personeel en de rol van de vakbonden in "
        "het hele traject",
        "wat ook meespeelt is dat we na de verkiezingen van oktober een nieuw bestuur krijgen met een andere "
        "coalitie, zodat het meerjarenplan opnieuw op tafel ligt en we de organisatie moeten hertekenen rond "
        "doelstellingen die nog niet eens vastliggen, wat het voor de diensten niet eenvoudiger maakt om "
        "vooruit te kijken of om vacatures in te vullen",
        "bij ons loopt er bovendien een traject rond plaatsonafhankelijk werken en een nieuw "
        "documentbeheersysteem, twee projecten die op papier los van de integratie staan maar in de praktijk "
        "door dezelfde mensen gedragen worden, zodat de werkdruk bij enkele sleutelfiguren erg hoog ligt",
        "alvast bedankt voor de organisatie en tot binnenkort in Antwerpen, met vriendelijke groeten, Koenraad",
    ]
    para = ". ".join(s[0].upper() + s[1:] if i else s for i, s in enumerate(sents)) + "."
    assert len(para) >= 3000, len(para)
    text = para + "\n"
    hd = [
        ("From", "Koenraad Wauters <koenraad.wauters@herentals.be>"),
        ("To", LINDA),
        ("Subject", "seminarie 7/12"),
        ("Date", "Fri, 30 Nov 2018 16:58:00 +0100"),
        ("Message-ID", "<%s@herentals.be>" % rhex(24, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(text.encode("utf-8")))
    return raw, label(
        "registration",
        [
            (
                "Koenraad Wauters",
                "Herentals",
                "verantwoordelijke interne controle",
                "koenraad.wauters@herentals.be",
            )
        ],
        False,
        "one single paragraph of %d characters without a line break (QP soft breaks on the wire); "
        "the registration is buried in the middle; colleague Ilse Verachtert and the towns "
        "Mechelen/Kortrijk are distractors" % len(para),
    )


@msg
def m024():
    text = (
        "Dag Linda,\n\nIk schrijf me graag in voor het seminarie van 7 december.\n\nTot dan,\nSarah\n\n"
        "-- \nSarah Coppens\nDeskundige personeel en organisatie\n"
        "Stad Ninove | Centrumlaan 100, 9400 Ninove\nT 054 31 32 33\nsarah.coppens@ninove.be\n\n"
        "PS: schrijf aub ook mijn collega Jonas Peeters in (jonas.peeters@ninove.be), hij rijdt met mij mee.\n"
    )
    hd = [
        ("From", "Sarah Coppens <sarah.coppens@ninove.be>"),
        ("To", LINDA),
        ("Subject", "Inschrijving"),
        ("Date", "Tue, 13 Nov 2018 10:10:10 +0100"),
        ("Message-ID", "<%s@ninove.be>" % rhex(22, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
        ("Content-Transfer-Encoding", "7bit"),
    ]
    raw = message(hd, text)
    return raw, label(
        "registration",
        [
            (
                "Sarah Coppens",
                "Ninove",
                "deskundige personeel en organisatie",
                "sarah.coppens@ninove.be",
            ),
            ("Jonas Peeters", "Ninove", None, "jonas.peeters@ninove.be"),
        ],
        False,
        'details of the sender only in the "-- " signature; a PS *after* the signature registers '
        'a colleague (town from "mijn collega" and @ninove.be, no function given)',
    )


@msg
def m025():
    b_rel, b_alt = b_outlook_rel(), b_outlook()
    cid1 = "image001.png@01D48A2B.5E3C1F40"
    cid2 = "image002.png@01D48A2B.5E3C1F40"
    text = (
        "Hallo Linda,\n\nGraag schrijf ik me in voor het seminarie.\n\n"
        "Naam: Wim Goethals\nStad / gemeente: Gent\nFunctie: beleidsmedewerker klimaat\n"
        "E-mailadres: wim.goethals@stad.gent<mailto:wim.goethals@stad.gent>\n\n"
        "Met vriendelijke groeten\n\n[cid:%s]\nWim Goethals\nBeleidsmedewerker klimaat\n"
        "Milieu- en Klimaatdienst\nStad Gent\nT +32 9 266 00 00\n"
        "www.stad.gent<http://www.stad.gent/>\n[cid:%s]<https://www.facebook.com/stadgent>\n\n"
        "Stad Gent verwerkt persoonsgegevens volgens de privacyverklaring<https://stad.gent/privacy>.\n"
        % (cid1, cid2)
    )
    inner = (
        mp("Hallo Linda,")
        + mp()
        + mp("Graag schrijf ik me in voor het seminarie.")
        + mp()
        + mp("Naam: Wim Goethals")
        + mp("Stad / gemeente: Gent")
        + mp("Functie: beleidsmedewerker klimaat")
        + mp('E-mailadres: <a href="mailto:wim.goethals@stad.gent">wim.goethals@stad.gent</a>')
        + mp()
        + mp("Met vriendelijke groeten")
        + mp()
        + mp(
            '<img width="80" height="80" id="Afbeelding_x0020_1" src="cid:%s" alt="Logo Stad Gent">'
            % cid1
        )
        + mp("<b>Wim Goethals</b>", "font-size:9pt")
        + mp("Beleidsmedewerker klimaat", "font-size:9pt")
        + mp("Milieu- en Klimaatdienst", "font-size:9pt")
        + mp("Stad Gent", "font-size:9pt")
        + mp(
            '<a href="https://www.facebook.com/stadgent"><img border="0" width="16" height="16" '
            'src="cid:%s" alt="Facebook"></a>' % cid2
        )
    )
    html = word_html(inner)
    alt = multipart(
        b_alt,
        [
            part(
                [
                    ("Content-Type", 'text/plain; charset="windows-1252"'),
                    ("Content-Transfer-Encoding", "quoted-printable"),
                ],
                qp(text.encode("cp1252")),
            ),
            part(
                [
                    ("Content-Type", 'text/html; charset="windows-1252"'),
                    ("Content-Transfer-Encoding", "quoted-printable"),
                ],
                qp(html.encode("cp1252")),
            ),
        ],
    )
    rel = multipart(
        b_rel,
        [
            part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b_alt)], alt),
            part(
                [
                    ("Content-Type", 'image/png; name="image001.png"'),
                    ("Content-Description", "image001.png"),
                    ("Content-Disposition", 'inline; filename="image001.png"; size=200'),
                    ("Content-ID", "<%s>" % cid1),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                b64(png(16, 16, (0, 160, 223))),
            ),
            part(
                [
                    ("Content-Type", 'image/png; name="image002.png"'),
                    ("Content-Description", "image002.png"),
                    ("Content-Disposition", 'inline; filename="image002.png"; size=120'),
                    ("Content-ID", "<%s>" % cid2),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                b64(png(8, 8, (59, 89, 152))),
            ),
        ],
    )
    hd = [
        ("From", "Goethals Wim <wim.goethals@stad.gent>"),
        ("To", LINDA),
        ("Subject", "inschrijving seminarie 7 december"),
        ("Date", "Wed, 7 Nov 2018 14:25:51 +0000"),
        ("Message-ID", outlook_mid()),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
        (
            "Content-Type",
            'multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % b_rel,
        ),
    ]
    raw = message(hd, rel)
    return raw, label(
        "registration",
        [("Wim Goethals", "Gent", "beleidsmedewerker klimaat", "wim.goethals@stad.gent")],
        False,
        'Outlook multipart/related > alternative: the text part has "[cid:image001.png@01D48...]" '
        'placeholders and "address<mailto:address>" / "url<http://...>" link remnants',
    )


@msg
def m026():
    text = (
        "Dag Linda,\n\nHierbij mijn inschrijving:\n\n"
        "Naam:\t\t\tJef Wouters\nStad / gemeente:\tGemeente Mol\nFunctie:\t\tpreventieadviseur\n"
        "E-mailadres:\t\tjef.wouters@gemeentemol.be\n\nMet vriendelijke groeten\n\n"
        "Jef Wouters\nGemeente Mol - Dienst Preventie\n"
        "______________________________________________\n"
        "Disclaimer: http://www.gemeentemol.be/disclaimer\n"
    )
    html = (
        '<font size=2 face="sans-serif">Dag Linda,</font><br><br><font size=2 face="sans-serif">'
        "Hierbij mijn inschrijving:</font><br><br>"
        '<table><tr><td><font size=2 face="sans-serif">Naam:</font><td><font size=2 face="sans-serif">'
        'Jef Wouters</font>\n<tr><td><font size=2 face="sans-serif">Stad / gemeente:</font>'
        '<td><font size=2 face="sans-serif">Gemeente Mol</font>\n<tr><td><font size=2 face="sans-serif">'
        'Functie:</font><td><font size=2 face="sans-serif">preventieadviseur</font>\n'
        '<tr><td><font size=2 face="sans-serif">E-mailadres:</font><td><font size=2 face="sans-serif">'
        'jef.wouters@gemeentemol.be</font></table><br><font size=2 face="sans-serif">Met vriendelijke '
        'groeten</font><br><br><font size=2 face="sans-serif">Jef Wouters<br>Gemeente Mol - Dienst '
        'Preventie</font><br><font size=1 face="sans-serif">______________________________________________'
        "<br>Disclaimer: http://www.gemeentemol.be/disclaimer</font>\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="US-ASCII"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(text.encode()),
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="US-ASCII"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(html.encode()),
        ),
    ]
    hd = [
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Inschrijving seminarie"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "IBM Notes Release 9.0.1FP10 August 17, 2018"),
        ("Message-ID", "<OF%s.%s-ON%s.%s@gemeentemol.be>" % (rhex(8), rhex(8), rhex(8), rhex(8))),
        ("From", "Jef Wouters <jef.wouters@gemeentemol.be>"),
        ("Date", "Thu, 15 Nov 2018 10:44:29 +0100"),
        (
            "X-MIMETrack",
            "Serialize by Router on SRV-NOTES01/Gemeente Mol(Release 9.0.1FP10|August  17, 2018)"
            " at\n 15/11/2018 10:44:30",
        ),
        ("Content-Type", 'multipart/alternative; boundary="=_alternative %s_="' % rhex(16)),
    ]
    # Notes puts a space inside the boundary; keep it consistent with the header just written
    bnd = hd[-1][1].split('boundary="')[1][:-1]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Jef Wouters", "Mol", "preventieadviseur", "jef.wouters@gemeentemol.be")],
        False,
        "IBM Notes: tab-aligned labels in the text part, <font> soup and an unclosed <td> table in "
        'the HTML, boundary containing a space; "Gemeente Mol" -> Mol (domain gemeentemol.be)',
    )


@msg
def m027():
    bnd = b_outlook()
    people = [
        ("Leen Jacobs", "bedrijfsdirecteur HR", "leen.jacobs@antwerpen.be"),
        ("Mohamed Azzouzi", "teamcoach", "mohamed.azzouzi@antwerpen.be"),
        (
            "Kristof Van Looy",
            "business partner organisatieontwikkeling",
            "kristof.vanlooy@antwerpen.be",
        ),
    ]
    text = "Beste Linda,\n\nVanuit de stad Antwerpen schrijven we ons met drie in:\n\n\nNaam\n\nFunctie\n\nE-mailadres\n\n"
    for n, f, e in people:
        text += "%s\n\n%s\n\n%s<mailto:%s>\n\n" % (n, f, e, e)
    text += "\nThuismatch dus, we zien je op 7 december!\n\nLeen\n"
    td = (
        '<td width="208" valign="top" style=\'width:155.8pt;border:solid windowtext 1.0pt;'
        "padding:0cm 5.4pt 0cm 5.4pt'>"
    )
    rows = ""
    for n, f, e in [("<b>Naam</b>", "<b>Functie</b>", "<b>E-mailadres</b>"), *people]:
        if not e.startswith("<b>"):
            e = '<a href="mailto:%s">%s</a>' % (e, e)
        rows += "<tr>\n" + "".join("%s\n%s</td>\n" % (td, mp(c)) for c in (n, f, e)) + "</tr>\n"
    inner = (
        mp("Beste Linda,")
        + mp()
        + mp("Vanuit de stad Antwerpen schrijven we ons met drie in:")
        + mp()
        + '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        "style='border-collapse:collapse;border:none'>\n<tbody>\n"
        + rows
        + "</tbody>\n</table>\n"
        + mp()
        + mp("Thuismatch dus, we zien je op 7 december!")
        + mp()
        + mp("Leen")
    )
    html = word_html(inner, "utf-8")
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="utf-8"'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64t(text.encode("utf-8")),
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="utf-8"'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64t(html.encode("utf-8")),
        ),
    ]
    hd = [
        ("From", "Jacobs Leen <leen.jacobs@antwerpen.be>"),
        ("To", LINDA),
        ("Subject", "inschrijving Stad Antwerpen (3 pers.)"),
        ("Date", "Mon, 19 Nov 2018 08:20:14 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [(n, "Antwerpen", f, e) for n, f, e in people],
        False,
        "three people in a Word MsoTableGrid table (both parts base64); Outlook's text rendering "
        "puts every cell on its own line with blank lines between and <mailto:> remnants; the "
        "town is said once above the table",
    )


@msg
def m028():
    bnd = b_outlook()
    text = (
        "Beste Linda,\n\nIk raak op 7 december helaas niet weg (begrotingsbespreking). Mijn collega "
        "Tine Dubois, deskundige organisatieontwikkeling, komt in mijn plaats. Haar adres: "
        "tine.dubois@zottegem.be\n\nMvg\nKoen Vermeersch\nStad Zottegem\n\n"
        "Van: Linda Boudry <linda.boudry@kcvs.be>\nVerzonden: dinsdag 13 november 2018 09:12\n"
        "Aan: Vermeersch Koen <koen.vermeersch@zottegem.be>\nOnderwerp: RE: inschrijving\n\n"
        "Beste Koen,\n\nJe inschrijving voor het seminarie van 7 december is genoteerd.\n\n"
        "Naam: Koen Vermeersch\nStad / gemeente: Zottegem\nFunctie: financieel directeur\n"
        "E-mailadres: koen.vermeersch@zottegem.be\n\nTot dan,\nLinda\n"
    )
    inner = (
        mp("Beste Linda,")
        + mp()
        + mp(
            "Ik raak op 7 december helaas niet weg (begrotingsbespreking). Mijn collega <b>Tine Dubois</b>, "
            "deskundige organisatieontwikkeling, komt in mijn plaats. Haar adres: "
            '<a href="mailto:tine.dubois@zottegem.be">tine.dubois@zottegem.be</a>'
        )
        + mp()
        + mp("Mvg")
        + mp("Koen Vermeersch")
        + mp("Stad Zottegem")
        + mp()
        + "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
        + mp(
            "<b>Van:</b> Linda Boudry &lt;linda.boudry@kcvs.be&gt; <br><b>Verzonden:</b> dinsdag 13 november "
            "2018 09:12<br><b>Aan:</b> Vermeersch Koen &lt;koen.vermeersch@zottegem.be&gt;<br>"
            "<b>Onderwerp:</b> RE: inschrijving"
        )
        + "</div>\n"
        + mp()
        + mp("Beste Koen,")
        + mp()
        + mp("Je inschrijving voor het seminarie van 7 december is genoteerd.")
        + mp()
        + mp("Naam: Koen Vermeersch")
        + mp("Stad / gemeente: Zottegem")
        + mp("Functie: financieel directeur")
        + mp("E-mailadres: koen.vermeersch@zottegem.be")
        + mp()
        + mp("Tot dan,")
        + mp("Linda")
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="us-ascii"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(text.encode()),
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="us-ascii"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(word_html(inner, "us-ascii").encode()),
        ),
    ]
    hd = [
        ("From", "Vermeersch Koen <koen.vermeersch@zottegem.be>"),
        ("To", LINDA),
        ("CC", "Dubois Tine <tine.dubois@zottegem.be>"),
        ("Subject", "RE: inschrijving"),
        ("Date", "Wed, 28 Nov 2018 17:45:02 +0000"),
        ("Message-ID", outlook_mid()),
        ("In-Reply-To", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [
            (
                "Tine Dubois",
                "Zottegem",
                "deskundige organisatieontwikkeling",
                "tine.dubois@zottegem.be",
            )
        ],
        True,
        "substitution: the registered sender (his data in the quoted confirmation) sends his "
        "colleague in his place; the worker must not act on its own (needs_review); Tine in Cc",
    )


@msg
def m029():
    bnd = b_gmail()
    text = (
        "Beste Linda,\n\nHierbij mijn inschrijving:\n\nNaam: Dries Vandenberghe\nStad / gemeente: Harelbeke\n"
        "Functie: stadsingenieur\nE-mailadres: dries.vandenberghe@harelbeke.be\n\n"
        "Is er parking voorzien in de buurt van Permeke, of kom ik beter met de trein?\n\n"
        "Groeten,\nDries\n"
    )
    html = (
        '<div dir="ltr"><div>Beste Linda,</div><div><br></div><div>Hierbij mijn inschrijving:</div>'
        "<div><br></div><div><b>Naam</b>: Dries Vandenberghe</div><div><b>Stad / gemeente</b>: Harelbeke</div>"
        "<div><b>Functie</b>: stadsingenieur</div><div><b>E-mailadres</b>: "
        '<a href="mailto:dries.vandenberghe@harelbeke.be">dries.vandenberghe@harelbeke.be</a></div>'
        "<div><br></div><div>Is er parking voorzien in de buurt van Permeke, of kom ik beter met de "
        "trein?</div><div><br></div><div>Groeten,</div><div>Dries</div></div>\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="UTF-8"'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64t(text.encode()),
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="UTF-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(html.encode()),
        ),
    ]
    hd = [
        ("MIME-Version", "1.0"),
        ("From", "Dries Vandenberghe <dries.vandenberghe@harelbeke.be>"),
        ("Date", "Thu, 22 Nov 2018 12:00:48 +0100"),
        ("Message-ID", "<CA+%s@mail.gmail.com>" % ralnum(40)),
        ("Subject", "Inschrijving + vraag parking"),
        ("To", LINDA),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Dries Vandenberghe", "Harelbeke", "stadsingenieur", "dries.vandenberghe@harelbeke.be")],
        True,
        "clean registration plus a question about parking: registration, but the question needs "
        "a person (needs_review); text part base64, HTML part QP",
    )


@msg
def m030():
    bnd = b_gmail()
    text = (
        "Dag Linda,\n\nAls gemeenteraadslid in Wetteren wil ik graag deelnemen.\n\n"
        "*Naam:* Kim Verhaegen\n*Stad / gemeente:* Wetteren\n*Functie:* gemeenteraadslid\n"
        "*E-mailadres:* kim.verhaegen73@gmail.com\n\nVriendelijke groeten,\nKim\n\n-- \n"
        "<https://www.facebook.com/kimverhaegen.wetteren>\nKim Verhaegen\nGemeenteraadslid Wetteren\n"
    )
    html = (
        '<div dir="ltr"><div dir="ltr"><div>Dag Linda,</div><div><br></div><div>Als '
        '<span style="font-family:arial,sans-serif">gemeenteraadslid</span> in Wetteren wil ik graag '
        "deelnemen.</div><div><br></div><div><b>Naam:</b> Kim Verhaegen</div><div><b>Stad / gemeente:</b>"
        "&nbsp;Wetteren</div><div><b>Functie:</b>&nbsp;gemeenteraadslid</div><div><b>E-mailadres:</b>&nbsp;"
        '<a href="mailto:kim.verhaegen73@gmail.com">kim.verhaegen73@gmail.com</a></div><div><br></div>'
        '<div>Vriendelijke groeten,</div><div>Kim</div></div><br clear="all"><div><br></div>-- <br>'
        '<div dir="ltr" class="gmail_signature"><div dir="ltr"><a href="https://www.facebook.com/'
        'kimverhaegen.wetteren"><img src="https://ci3.googleusercontent.com/proxy/%s" alt="Facebook"></a>'
        "<br>Kim Verhaegen<br>Gemeenteraadslid Wetteren</div></div></div>\n" % ralnum(30)
    )
    parts = [
        part([("Content-Type", 'text/plain; charset="UTF-8"')], text),
        part(
            [
                ("Content-Type", 'text/html; charset="UTF-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(html.encode()),
        ),
    ]
    hd = [
        ("MIME-Version", "1.0"),
        ("From", "Kim Verhaegen <kim.verhaegen73@gmail.com>"),
        ("Date", "Sat, 24 Nov 2018 10:31:12 +0100"),
        ("Message-ID", "<CAF%s@mail.gmail.com>" % ralnum(40)),
        ("Subject", "Inschrijving seminarie 7/12"),
        ("To", "linda.boudry@kcvs.be"),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Kim Verhaegen", "Wetteren", "gemeenteraadslid", "kim.verhaegen73@gmail.com")],
        False,
        "Gmail from a private gmail.com address (town only from the text); the text part shows "
        'Gmail\'s *bold* asterisks around the labels; "-- " signature with link remnant',
    )


# --------------------------------------------------------------------------------------------
# 031-045: other kinds (and two non-Dutch registrations), equally messy
# --------------------------------------------------------------------------------------------


@msg
def m031():
    inner = (
        mp("Dit is een automatisch antwoord.", "color:#1F497D")
        + mp()
        + mp(
            "Dank u voor uw bericht. Ik ben met verlof tot en met maandag 26 november en heb geen toegang "
            "tot mijn mailbox. Uw bericht wordt niet doorgestuurd.",
            "color:#1F497D",
        )
        + mp()
        + mp(
            "Voor dringende zaken kan u terecht bij mijn collega An Peeters "
            '(<a href="mailto:an.peeters@menen.be">an.peeters@menen.be</a>, 056 52 10 00).',
            "color:#1F497D",
        )
        + mp()
        + mp("Met vriendelijke groeten,", "color:#1F497D")
        + mp()
        + '<table border="0" cellpadding="0"><tr><td><img src="cid:image001.jpg@01D47F00.AA1B2C30" '
        'alt="Logo Stad Menen" width="60"></td><td>'
        + mp("<b>Hans Vandamme</b>", "font-size:9pt")
        + mp("Diensthoofd personeel", "font-size:9pt")
        + mp("Stad Menen &#8211; Grote Markt 1, 8930 Menen", "font-size:9pt")
        + "</td></tr></table>\n"
    )
    hd = [
        ("From", "Hans Vandamme <hans.vandamme@menen.be>"),
        ("To", LINDA),
        ("Subject", "Uitnodiging seminarie Stadsorganisaties in transitie"),
        ("Date", "Mon, 5 Nov 2018 10:00:31 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="iso-8859-1"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(word_html(inner, "iso-8859-1").encode("latin-1")))
    return raw, label(
        "auto_reply",
        [],
        False,
        "out-of-office in Word-HTML only, with no auto-reply headers at all (no Auto-Submitted, "
        'no X-Autoreply, subject unchanged without "Automatisch antwoord"); only the body says '
        "so; signature with name/function/town and a colleague's address must not register",
    )


@msg
def m032():
    bnd = "%s.%d/mx1.kcvs.be" % (rhex(11), 1542712345)
    orig = message(
        [
            ("Return-Path", "<linda.boudry@kcvs.be>"),
            ("From", LINDA),
            ("To", "Jan Peeters <jan.peters@stad.gent>"),
            ("Subject", "Bevestiging inschrijving seminarie 7 december"),
            ("Date", "Tue, 20 Nov 2018 12:12:20 +0100"),
            ("Message-ID", "<kcvs-bev-%s@kcvs.be>" % rhex(10, False)),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "8bit"),
        ],
        (
            b"Beste Jan,\n\nJe inschrijving is bevestigd:\n\nNaam: Jan Peeters\nStad / gemeente: Gent\n"
            b"Functie: beleidsmedewerker mobiliteit\nE-mailadres: jan.peters@stad.gent\n\n"
            b"Tot vrijdag 7 december in Permeke!\nLinda Boudry\n"
        ),
    )
    notice = (
        "This is the mail system at host mx1.kcvs.be.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more "
        "recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the "
        "attached returned message.\n\n                   The mail system\n\n"
        "<jan.peters@stad.gent>: host stad-gent.mail.protection.outlook.com[104.47.2.36]\n"
        "    said: 550 5.4.1 Recipient address rejected: Access denied (in reply to\n    RCPT TO command)\n"
    )
    dsn = (
        "Reporting-MTA: dns; mx1.kcvs.be\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; "
        "linda.boudry@kcvs.be\nArrival-Date: Tue, 20 Nov 2018 12:12:20 +0100 (CET)\n\n"
        "Final-Recipient: rfc822; jan.peters@stad.gent\nOriginal-Recipient: rfc822;jan.peters@stad.gent\n"
        "Action: failed\nStatus: 5.4.1\nRemote-MTA: dns; stad-gent.mail.protection.outlook.com\n"
        "Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied\n" % rhex(11)
    )
    parts = [
        part(
            [
                ("Content-Description", "Notification"),
                ("Content-Type", "text/plain; charset=us-ascii"),
            ],
            notice,
        ),
        part(
            [
                ("Content-Description", "Delivery report"),
                ("Content-Type", "message/delivery-status"),
            ],
            dsn,
        ),
        part(
            [
                ("Content-Description", "Undelivered Message"),
                ("Content-Type", "message/rfc822"),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64(crlf(orig)),
        ),
    ]
    hd = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.kcvs.be (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "linda.boudry@kcvs.be"),
        ("Auto-Submitted", "auto-replied"),
        ("Date", "Tue, 20 Nov 2018 12:12:22 +0100 (CET)"),
        ("Message-Id", "<%s@mx1.kcvs.be>" % rhex(20)),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts, preamble="This is a MIME-encapsulated message.\n"))
    return raw, label(
        "bounce",
        [],
        False,
        "Postfix DSN (multipart/report, delivery-status); the returned confirmation is a "
        "message/rfc822 part in base64 (deliberately non-conforming CTE for message/rfc822; "
        "the stdlib parses the base64 as a headerless message and records "
        "MissingHeaderBodySeparatorDefect) carrying filled-in fields; "
        "Auto-Submitted present too: bounce wins",
    )


@msg
def m033():
    bnd, b_alt = b_outlook(), b_outlook()
    text = (
        "Bezorging vertraagd voor deze ontvangers of groepen:\n\n"
        "Stephanie Mertens (stephanie.mertens@hasselt.be)<mailto:stephanie.mertens@hasselt.be>\n\n"
        "Onderwerp: Bevestiging inschrijving seminarie 7 december\n\n"
        "Dit bericht is nog niet bezorgd. De bezorging wordt automatisch opnieuw geprobeerd.\n\n"
        "Server pas 24 uur geprobeerd. Geen actie vereist.\n"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
        '<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td style="font-family:Segoe UI;'
        'font-size:17pt;color:#c09853">Bezorging vertraagd voor deze ontvangers of groepen:</td></tr>'
        '<tr><td><a href="mailto:stephanie.mertens@hasselt.be">Stephanie Mertens '
        "(stephanie.mertens@hasselt.be)</a></td></tr><tr><td>Onderwerp: Bevestiging inschrijving seminarie 7 "
        "december</td></tr><tr><td>Dit bericht is nog niet bezorgd. De bezorging wordt automatisch opnieuw "
        "geprobeerd.</td></tr></table></body></html>\n"
    )
    alt = multipart(
        b_alt,
        [
            part(
                [
                    ("Content-Type", 'text/plain; charset="utf-8"'),
                    ("Content-Transfer-Encoding", "quoted-printable"),
                ],
                qp(text.encode()),
            ),
            part(
                [
                    ("Content-Type", 'text/html; charset="utf-8"'),
                    ("Content-Transfer-Encoding", "quoted-printable"),
                ],
                qp(html.encode()),
            ),
        ],
    )
    dsn = (
        "Reporting-MTA: dns;AM0PR0602MB3475.eurprd06.prod.outlook.com\n"
        "Received-From-MTA: dns;AM0PR0602MB3475.eurprd06.prod.outlook.com\n"
        "Arrival-Date: Tue, 27 Nov 2018 08:02:11 +0000\n\n"
        "Final-Recipient: rfc822;stephanie.mertens@hasselt.be\nAction: delayed\nStatus: 4.4.7\n"
        "Will-Retry-Until: Thu, 29 Nov 2018 08:02:11 +0000\n"
        "X-Display-Name: Stephanie Mertens\n"
    )
    rhdrs = (
        "From: Linda Boudry <linda.boudry@kcvs.be>\nTo: stephanie.mertens@hasselt.be\n"
        "Subject: Bevestiging inschrijving seminarie 7 december\nDate: Tue, 27 Nov 2018 08:02:09 +0000\n"
        'Message-ID: <kcvs-bev-%s@kcvs.be>\nContent-Type: text/plain; charset="utf-8"\nMIME-Version: 1.0\n'
        % rhex(10, False)
    )
    parts = [
        part(
            [
                (
                    "Content-Type",
                    'multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % b_alt,
                )
            ],
            alt,
        ),
        part([("Content-Type", "message/delivery-status")], dsn),
        part([("Content-Type", "text/rfc822-headers")], rhdrs),
    ]
    hd = [
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kcvs.be>"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "Vertraagd: Bevestiging inschrijving seminarie 7 december"),
        ("Date", "Wed, 28 Nov 2018 08:02:15 +0000"),
        ("Message-ID", outlook_mid()),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "nl-NL"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "bounce",
        [],
        False,
        'Exchange delay warning in Dutch ("Vertraagd:", Action: delayed, 4.4.7), multipart/report '
        "with a nested alternative and text/rfc822-headers; recipient name with mailto remnant",
    )


@msg
def m034():
    bnd = b_outlook()
    summ = "Seminarie 7/12 \u2013 draaiboek overlopen"
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
        "BEGIN:VTIMEZONE\nTZID:Romance Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
        "BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Tom Lauwers:mailto:tom.lauwers@kcvs.be\n"
        "COMMENT;LANGUAGE=nl-BE:\\n\nSUMMARY;LANGUAGE=nl-BE:Geaccepteerd: %s\n"
        "DTSTART;TZID=Romance Standard Time:20181129T140000\nDTEND;TZID=Romance Standard Time:20181129T150000\n"
        "UID:040000008200E00074C5B7101A82E00800000000%s\nCLASS:PUBLIC\nPRIORITY:5\n"
        "DTSTAMP:20181121T091502Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
        "LOCATION;LANGUAGE=nl-BE:Vergaderzaal 2 KCVS\nEND:VEVENT\nEND:VCALENDAR\n"
        % (summ, rhex(32))
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="utf-8"'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64(b"\n"),
        ),
        part(
            [
                ("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64t(ics.encode("utf-8")),
        ),
    ]
    hd = [
        ("From", "Tom Lauwers <tom.lauwers@kcvs.be>"),
        ("To", LINDA),
        ("Subject", enc_b("Geaccepteerd: " + summ)),
        ("Thread-Topic", enc_b(summ)),
        ("Date", "Wed, 21 Nov 2018 09:15:02 +0000"),
        ("Message-ID", outlook_mid()),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "other",
        [],
        False,
        "Outlook calendar reply (METHOD:REPLY, PARTSTAT=ACCEPTED) from a KCVS colleague to Linda's "
        "internal prep meeting; text part is a base64 blank line; not a registration",
    )


@msg
def m035():
    def row(title, body):
        return (
            '<tr><td style="padding:0 30px 20px 30px">\n<table role="presentation" width="100%%" cellpadding="0" '
            'cellspacing="0" border="0"><tr><td style="font-family:Arial,sans-serif;font-size:18px;'
            'color:#e30613;font-weight:bold">%s</td></tr>\n<tr><td style="font-family:Arial,sans-serif;'
            'font-size:14px;line-height:20px;color:#333333">%s</td></tr></table>\n</td></tr>\n'
            % (title, body)
        )

    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
        'xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Nieuwsbrief</title>'
        "<!--[if mso]><style>table{border-collapse:collapse}</style><![endif]--></head>\n"
        '<body style="margin:0;padding:0;background:#f2f2f2">\n<span style="display:none;font-size:1px;'
        'color:#f2f2f2;max-height:0;overflow:hidden">Agenda december, nieuwe publicaties en vacatures '
        "&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</span>\n"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">'
        '<tr><td align="center">\n<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'border="0" bgcolor="#ffffff">\n<tr><td style="padding:20px 30px"><img src="https://nieuws.'
        'lokaalbestuur-nieuws.be/img/header.png" width="540" alt="Lokaal Bestuur Nieuws &#8211; editie '
        'november 2018" /></td></tr>\n'
        + row(
            "Agenda",
            "Vrijdag 7 december 2018 &#8211; <b>Stadsorganisaties in transitie</b>, seminarie "
            "van het Kenniscentrum Vlaamse Steden in Permeke, Antwerpen. Gratis. Inschrijven tot en met 2 "
            'december bij Linda Boudry (<a href="mailto:linda.boudry@kcvs.be">linda.boudry@kcvs.be</a>) '
            "met vermelding van naam, stad/gemeente, functie en e-mailadres.",
        )
        + row(
            "Nieuwe publicatie",
            "Het handboek &lsquo;Organisatiebeheersing na de integratie&rsquo; is "
            "verschenen. Bestel het via onze webshop.",
        )
        + row(
            "Vacature",
            "De stad Mechelen zoekt een <b>beleidsco&ouml;rdinator HR</b>. Meer info: "
            "jobs@mechelen.be.",
        )
        + '<tr><td style="padding:20px 30px;font-family:Arial;font-size:11px;color:#999999">U ontvangt deze '
        'nieuwsbrief omdat u zich hebt ingeschreven. <a href="https://nieuws.lokaalbestuur-nieuws.be/u?id='
        '%s">Uitschrijven</a> | <a href="https://nieuws.lokaalbestuur-nieuws.be/p">Voorkeuren</a></td></tr>'
        '\n</table>\n</td></tr></table>\n<img src="https://nieuws.lokaalbestuur-nieuws.be/o/%s.gif" '
        'width="1" height="1" alt="" />\n</body></html>\n' % (rhex(16, False), rhex(24, False))
    )
    uid = rhex(16, False)
    hd = [
        ("From", "Lokaal Bestuur Nieuws <nieuwsbrief@lokaalbestuur-nieuws.be>"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", enc_b("Nieuwsbrief november \u2013 agenda, publicaties, vacatures")),
        ("Date", "Thu, 15 Nov 2018 06:00:00 +0000"),
        ("Message-ID", "<%s.%s@mail.lokaalbestuur-nieuws.be>" % (rhex(12, False), uid)),
        ("List-Id", "<nieuwsbrief.lokaalbestuur-nieuws.be>"),
        (
            "List-Unsubscribe",
            "<https://nieuws.lokaalbestuur-nieuws.be/u?id=%s>,\n <mailto:unsubscribe@"
            "lokaalbestuur-nieuws.be?subject=%s>" % (uid, uid),
        ),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/html; charset=UTF-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(html.encode("utf-8")))
    return raw, label(
        "other",
        [],
        False,
        "HTML-only newsletter in nested role=presentation tables with List-Id/List-Unsubscribe; "
        "its agenda item announces this very seminar and quotes the required fields; a vacancy "
        "with a job title and a jobs@ address is another decoy",
    )


@msg
def m036():
    def obf(word):
        out = ""
        for i, c in enumerate(word):
            out += "&#x%X;" % ord(c) if i % 2 else c
            if i % 3 == 2:
                out += "&#8203;"
        return out

    filler = " ".join(
        random.choice(
            [
                "gemeente",
                "vrijdag",
                "functie",
                "bibliotheek",
                "naam",
                "koffie",
                "transitie",
                "stad",
                "seminarie",
                "inschrijving",
                "lunch",
            ]
        )
        for _ in range(60)
    )
    html = (
        "<html><head><style>.x9{display:none!important}.z{font-size:0}</style></head><body>"
        '<div class="x9">%s</div>\n<center><table width="480"><tr><td style="font-family:Verdana">'
        '<p>%s <b>%s</b></p>\n<p>%s<span class="z">qzx</span> 98%% %s<span class="z">wrt</span>. %s</p>\n'
        '<p><a href="http://kcvs-be.mailbox-verify.xyz/owa/?u=linda.boudry@kcvs.be" style="background:#0072c6;'
        'color:#fff;padding:10px 20px;text-decoration:none">%s</a></p>\n'
        '<p style="font-size:10px;color:#aaa">&copy; 2018 Micr&#x6F;soft Corporation</p>'
        '</td></tr></table></center><div style="font-size:1px;color:#ffffff">%s</div></body></html>\n'
        % (
            filler,
            obf("Beste gebruiker"),
            obf("linda.boudry@kcvs.be"),
            obf("Uw mailbox is"),
            obf("vol"),
            obf("Bevestig binnen 24 uur uw account om verlies van berichten te voorkomen"),
            obf("Account bevestigen"),
            filler[::-1],
        )
    )
    hd = [
        (
            "Return-Path",
            "<bounce-%s@srv%d.mailbox-verify.xyz>" % (rhex(6, False), random.randint(10, 99)),
        ),
        ("From", "%s <helpdesk@kcvs-be.mailbox-verify.xyz>" % enc_b("IT\u2011Helpdesk KCVS")),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", enc_b("\u26a0 Uw mailbox is 98% vol \u2013 actie vereist")),
        ("Date", "Sun, 18 Nov 2018 03:14:15 +0300"),
        ("Message-ID", "<%s@kcvs-be.mailbox-verify.xyz>" % rhex(30, False)),
        ("X-Priority", "1 (Highest)"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    raw = message(hd, b64t(html.encode("utf-8")))
    return raw, label(
        "other",
        [],
        False,
        "phishing spam: base64 HTML with alternate characters as hex entities, zero-width spaces "
        "inside words, hidden divs full of event words (naam, functie, stad, inschrijving); "
        "lookalike sender domain",
    )


@msg
def m037():
    inner = (
        mp("Beste Linda,")
        + mp()
        + mp(
            "Door een samenvallende gemeenteraadscommissie moet ik helaas afzeggen voor het seminarie van "
            "7&nbsp;december. Wil je mijn inschrijving schrappen? Sorry voor het ongemak!"
        )
        + mp()
        + mp("Met vriendelijke groeten,")
        + mp()
        + '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tr>'
        '<td style=\'padding:0 10pt 0 0\'><p class="MsoNormal"><img width="50" height="60" '
        'src="cid:image001.png@01D48600.11223340" alt="Logo Stad Halle"></p></td><td>'
        + mp("<b>Lotte Hendrickx</b>", "font-size:9pt;color:#003366")
        + mp("Jurist", "font-size:9pt;color:#003366")
        + mp("Stad Halle &#8211; Dienst Juridische Zaken", "font-size:9pt;color:#003366")
        + mp(
            '<a href="mailto:lotte.hendrickx@halle.be">lotte.hendrickx@halle.be</a>',
            "font-size:9pt",
        )
        + "</td></tr></table>\n"
    )
    hd = [
        ("From", "Hendrickx Lotte <lotte.hendrickx@halle.be>"),
        ("To", LINDA),
        ("Subject", "RE: Bevestiging inschrijving seminarie 7 december"),
        ("Date", "Fri, 30 Nov 2018 11:20:00 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="windows-1252"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    raw = message(hd, b64t(word_html(inner).encode("cp1252")))
    return raw, label(
        "cancellation",
        [("Lotte Hendrickx", "Halle", "jurist", "lotte.hendrickx@halle.be")],
        False,
        "cancellation in Word-HTML only, base64 windows-1252; the person's data only in a "
        "two-cell signature table with a logo",
    )


@msg
def m038():
    text = (
        "Beste Linda,\n\nIk kan toch niet aanwezig zijn op 7/12 en er komt ook niemand in mijn plaats. "
        "Gelieve mij uit te schrijven.\n\nGroeten\nPieterjan\n\n"
        "Op wo 14 nov. 2018 om 10:02 schreef Linda Boudry <linda.boudry@kcvs.be>:\n\n"
        "> Beste Pieterjan,\n>\n> Je inschrijving is genoteerd:\n>\n> Naam: Pieterjan Verbeke\n"
        "> Stad / gemeente: Knokke-Heist\n> Functie: diensthoofd toerisme\n"
        "> E-mailadres: pieterjan.verbeke@knokke-heist.be\n>\n> Tot dan,\n> Linda\n>\n"
    )
    hd = [
        ("From", "Pieterjan Verbeke <pieterjan.verbeke@knokke-heist.be>"),
        ("To", LINDA),
        ("Subject", "Re: inschrijving seminarie"),
        ("Date", "Thu, 29 Nov 2018 18:03:44 +0100"),
        ("Message-ID", "<%s@knokke-heist.be>" % rhex(24, False)),
        ("References", "<kcvs-bev-%s@kcvs.be>" % rhex(10, False)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(text.encode("utf-8")))
    return raw, label(
        "cancellation",
        [
            (
                "Pieterjan Verbeke",
                "Knokke-Heist",
                "diensthoofd toerisme",
                "pieterjan.verbeke@knokke-heist.be",
            )
        ],
        False,
        'plain QP cancellation; name/town/function only in the quoted confirmation ("> Naam:"), '
        "which must not turn it into a registration; explicitly no substitute",
    )


@msg
def m039():
    inner = (
        mp("Dag Linda,")
        + mp()
        + mp(
            "Is er parking voorzien bij Permeke? Ik kom met de wagen vanuit Lommel. En kan ik me ook nog "
            "inschrijven als mijn diensthoofd al ingeschreven is, of is het maar &eacute;&eacute;n persoon "
            "per stad?"
        )
        + mp()
        + mp("Alvast bedankt,")
        + mp("Veerle")
        + mp()
        + "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        + mp(
            "<b>Van:</b> Linda Boudry<br><b>Verzonden:</b> maandag 5 november 2018 10:00<br>"
            "<b>Onderwerp:</b> Uitnodiging seminarie Stadsorganisaties in transitie"
        )
        + "</div>"
        + mp()
        + '<blockquote style="margin-left:30pt">'
        + "".join(mp(l if l else None) for l in INVITE_NL.replace('"', "&quot;").split("\n"))
        + "</blockquote>\n"
    )
    hd = [
        ("From", "Claes Veerle <veerle.claes@lommel.be>"),
        ("To", LINDA),
        ("Subject", "RE: Uitnodiging seminarie Stadsorganisaties in transitie"),
        ("Date", "Tue, 6 Nov 2018 09:48:10 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(word_html(inner, "utf-8").encode("utf-8")))
    return raw, label(
        "other",
        [],
        True,
        "HTML-only reply with two questions (parking; may a second person of the same town come) "
        "and the quoted invitation with its empty Naam/Stad/Functie template in a <blockquote>; "
        "no registration, a person must answer",
    )


@msg
def m040():
    rows = [
        ("<b>Naam</b>", "<b>Brengt mee</b>", "<b>E-mail</b>"),
        ("Linda Boudry", "kerstkoekjes", "linda.boudry@kcvs.be"),
        ("Tom Lauwers", "gl&uuml;hwein", "tom.lauwers@kcvs.be"),
        ("Sarah Peeters", "hapjes", "sarah.peeters@kcvs.be"),
        ("Bert Van Damme", "?", "bert.vandamme@kcvs.be"),
    ]
    tbl = (
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
        + "".join(
            "<tr>" + "".join('<td width="150" valign="top">%s</td>' % mp(c) for c in r) + "</tr>\n"
            for r in rows
        )
        + "</table>\n"
    )
    inner = (
        mp("Hoi allemaal,")
        + mp()
        + mp(
            "Op donderdag 20 december houden we onze kerstdrink na het teamoverleg. Vul gerust aan wat je "
            "meebrengt &#8211; Bert, jij staat nog open!"
        )
        + mp()
        + tbl
        + mp()
        + mp("Groetjes,")
        + mp("Sarah")
    )
    hd = [
        ("From", "Sarah Peeters <sarah.peeters@kcvs.be>"),
        ("To", "Team KCVS <team@kcvs.be>"),
        ("Subject", enc_b("Kerstdrink 20/12 \u2013 wie brengt wat mee?")),
        ("Date", "Mon, 26 Nov 2018 13:02:55 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/html; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(hd, qp(word_html(inner, "utf-8").encode("utf-8")))
    return raw, label(
        "other",
        [],
        False,
        'internal KCVS team mail about the Christmas drink: a Word table with a "Naam"/"E-mail" '
        "header and four colleagues; unrelated to the seminar, must be left alone",
    )


@msg
def m041():
    text = (
        "Linda, ter info, misschien interessant voor jou. Ik ga zelf niet.\nTom\n\n"
        "________________________________\n"
        "Van: VVSG Vorming <vorming@vvsg.be>\nVerzonden: woensdag 21 november 2018 16:00\n"
        "Aan: Lauwers Tom <tom.lauwers@kcvs.be>\n"
        "Onderwerp: Uitnodiging studiedag \u2018Lokale besturen en data\u2019 \u2013 15 januari 2019\n\n"
        "Beste,\n\nOp dinsdag 15 januari 2019 organiseert VVSG een studiedag over datagedreven werken in "
        "lokale besturen. Schrijf u in voor 8 januari via vorming@vvsg.be met vermelding van:\n\n"
        "Naam:\nOrganisatie:\nFunctie:\nE-mailadres:\n\nDeelnameprijs: 95 \u20ac (leden), 145 \u20ac "
        "(niet-leden).\n\nMet vriendelijke groeten,\nVVSG Vorming\n"
    )
    hd = [
        ("From", "Tom Lauwers <tom.lauwers@kcvs.be>"),
        ("To", LINDA),
        (
            "Subject",
            enc_b(
                "FW: Uitnodiging studiedag \u2018Lokale besturen en data\u2019 \u2013 15 januari 2019"
            ),
        ),
        ("Date", "Thu, 22 Nov 2018 07:45:12 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="iso-8859-15"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    raw = message(
        hd,
        qp(
            text.replace("\u2018", "'")
            .replace("\u2019", "'")
            .replace("\u2013", "-")
            .encode("iso-8859-15")
        ),
    )
    return raw, label(
        "other",
        [],
        False,
        "colleague forwards another organisation's invitation (different event, empty "
        "Naam/Organisatie/Functie template) FYI; iso-8859-15 QP (euro sign =A4); not about this "
        "seminar",
    )


@msg
def m042():
    bnd = b_outlook()
    text = (
        "Madame Boudry,\n\nJe souhaiterais m\u2019inscrire au s\u00e9minaire \u00ab\u00a0Stadsorganisaties in "
        "transitie\u00a0\u00bb du 7 d\u00e9cembre.\n\nNom\u00a0: Isabelle Lambert\n"
        "Ville / commune\u00a0: Ville de Bruxelles\nFonction\u00a0: conseill\u00e8re en organisation\n"
        "E-mail\u00a0: isabelle.lambert@brucity.be\n\nBien \u00e0 vous,\n\nIsabelle Lambert\n"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
        + "".join(
            '<p class="MsoNormal">%s</p>\n' % (l.replace("\u00a0", "&nbsp;") or "&nbsp;")
            for l in text.split("\n")
        )
        + "</body></html>\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="windows-1252"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(text.encode("cp1252")),
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="windows-1252"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(html.encode("cp1252")),
        ),
    ]
    hd = [
        ("From", enc_q("Isabelle Lambert (Ville de Bruxelles)") + " <isabelle.lambert@brucity.be>"),
        ("To", LINDA),
        ("Subject", enc_q("Inscription s\u00e9minaire 7 d\u00e9cembre")),
        ("Date", "Wed, 14 Nov 2018 15:10:09 +0000"),
        ("Message-ID", outlook_mid()),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [
            (
                "Isabelle Lambert",
                "Brussel",
                "conseill\u00e8re en organisation",
                "isabelle.lambert@brucity.be",
            )
        ],
        False,
        "French registration, windows-1252 QP, non-breaking spaces before the colons and inside "
        'guillemets; "Ville de Bruxelles" -> Brussel; Q-encoded subject and display name',
    )


@msg
def m043():
    bnd = b_gmail()
    html = (
        '<div dir="ltr">Dear Ms Boudry,<div><br></div><div>I&#39;d like to register for the seminar on '
        "7&nbsp;December.</div><div><br></div><div>Name: Emma Wouters</div><div>City: Bruges</div>"
        '<div>Position: smart city programme manager</div><div>E-mail: <a href="mailto:emma.wouters@brugge.be">'
        "emma.wouters@brugge.be</a></div><div><br></div><div>I understand Dutch well, so a Dutch-language "
        "programme is no problem.</div><div><br></div><div>Kind regards,</div><div>Emma</div></div>\n"
    )
    text = (
        "Dear Ms Boudry,\n\nI'd like to register for the seminar on 7 December.\n\nName: Emma Wouters\n"
        "City: Bruges\nPosition: smart city programme manager\nE-mail: emma.wouters@brugge.be\n\n"
        "I understand Dutch well, so a Dutch-language programme is no problem.\n\nKind regards,\nEmma\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="UTF-8"'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64t(text.encode()),
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="UTF-8"'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64t(html.encode()),
        ),
    ]
    hd = [
        ("MIME-Version", "1.0"),
        ("From", "Emma Wouters <emma.wouters@brugge.be>"),
        ("Date", "Tue, 27 Nov 2018 20:14:33 +0100"),
        ("Message-ID", "<CAK%s@mail.gmail.com>" % ralnum(40)),
        ("Subject", "Registration seminar 7 December"),
        ("To", "linda.boudry@kcvs.be"),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "registration",
        [("Emma Wouters", "Brugge", "smart city programme manager", "emma.wouters@brugge.be")],
        False,
        'English registration, both parts base64; "Bruges" -> Brugge',
    )


@msg
def m044():
    bnd = b_outlook()
    text = (
        "Beste,\n\nUw bericht werd goed ontvangen en kreeg ticketnummer 2018110471.\n"
        "We behandelen uw vraag binnen 5 werkdagen. Antwoord niet op deze e-mail.\n\n"
        "Stad Turnhout \u2013 Onthaal\n\n"
        "---- Uw bericht ----\n" + INVITE_NL
    )
    html = (
        '<html><body><table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial">'
        '<tr><td bgcolor="#004b87" style="color:#fff;padding:10px"><b>Stad Turnhout &#8211; Onthaal</b></td></tr>'
        '<tr><td style="padding:10px">Beste,<br><br>Uw bericht werd goed ontvangen en kreeg ticketnummer '
        "<b>2018110471</b>.<br>We behandelen uw vraag binnen 5 werkdagen. Antwoord niet op deze e-mail."
        '</td></tr><tr><td style="padding:10px;color:#666;font-size:12px">---- Uw bericht ----<br>'
        + INVITE_NL.replace("\n", "<br>\n")
        + "</td></tr></table></body></html>\n"
    )
    parts = [
        part(
            [
                ("Content-Type", 'text/plain; charset="utf-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(text.encode("utf-8")),
        ),
        part(
            [
                ("Content-Type", 'text/html; charset="utf-8"'),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(html.encode("utf-8")),
        ),
    ]
    hd = [
        ("From", "Stad Turnhout - Onthaal <info@turnhout.be>"),
        ("To", "linda.boudry@kcvs.be"),
        ("Subject", "[Ticket#2018110471] Uitnodiging seminarie Stadsorganisaties in transitie"),
        ("Date", "Mon, 5 Nov 2018 10:00:48 +0100"),
        ("Message-ID", "<ticket.2018110471.%s@helpdesk.turnhout.be>" % rhex(8, False)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/alternative; boundary="%s"' % bnd),
    ]
    raw = message(hd, multipart(bnd, parts))
    return raw, label(
        "auto_reply",
        [],
        False,
        "ticket-system acknowledgement (Auto-Submitted: auto-replied, Precedence: bulk) from a "
        "town's info address, quoting the invitation with its empty template",
    )


@msg
def m045():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div dir="auto">Super, bedankt Linda! Tot 7 december.</div><div dir="auto"><br></div>'
        '<div dir="auto">Griet</div><br><div class="gmail_quote"><div dir="ltr">Op di 13 nov. 2018 '
        '09:30 schreef Linda Boudry &lt;<a href="mailto:linda.boudry@kcvs.be">linda.boudry@kcvs.be</a>'
        '&gt;:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc '
        'solid;padding-left:1ex"><div>Beste Griet,<br><br>Je inschrijving is bevestigd:<br><br>'
        "Naam: Griet Dewulf<br>Stad / gemeente: Oostende<br>Functie: afdelingshoofd burgerzaken<br>"
        "E-mailadres: griet.dewulf@oostende.be<br><br>Tot vrijdag 7 december in Permeke!<br>Linda Boudry"
        "</div></blockquote></div></body></html>\n"
    )
    hd = [
        ("From", '"Dewulf Griet" <griet.dewulf@oostende.be>'),
        ("To", LINDA),
        ("Subject", "Re: Bevestiging inschrijving seminarie 7 december"),
        ("Date", "Tue, 13 Nov 2018 12:40:00 +0100"),
        ("Message-ID", "<%s.%s@email.android.com>" % (rhex(8, False), rhex(12, False))),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Transfer-Encoding", "base64"),
    ]
    raw = message(hd, b64t(html.encode("utf-8")))
    return raw, label(
        "other",
        [],
        False,
        "thank-you reply to the confirmation, HTML-only base64; the quoted confirmation in a "
        "<blockquote> carries all four fields but nothing new is asked or registered",
    )


# --------------------------------------------------------------------------------------------


def main():
    assert len(MESSAGES) == 45, len(MESSAGES)
    for i, fn in enumerate(MESSAGES, 1):
        assert fn.__name__ == "m%03d" % i, fn.__name__
        raw, lab = fn()
        if i != 14:  # 014 deliberately keeps LF-only line endings
            raw = crlf(raw)
        with open(os.path.join(OUT, "%03d.eml" % i), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, "%03d.json" % i), "w", encoding="ascii") as f:
            json.dump(lab, f, indent=2, ensure_ascii=True)
            f.write("\n")


if __name__ == "__main__":
    main()
