#!/usr/bin/env python3
"""Build a blind test set of 50 e-mails (NNN.eml + NNN.json) for the
KCVS seminar "Stadsorganisaties in transitie" (Fri 7 Dec 2018, Permeke, Antwerpen).

Deterministic: random.seed() first, fixed dates, fixed zip timestamps.
Run:  python3 build.py      (writes next to this file)
"""

import base64
import html
import io
import json
import os
import quopri
import random
import struct
import uuid
import zipfile
import zlib
from datetime import UTC, datetime, timedelta, timezone

random.seed(20181207)

from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(linesep="\r\n", max_line_length=78)

CET = timezone(timedelta(hours=1))
UTC = UTC
PST = timezone(timedelta(hours=-8))

LINDA = "linda.boudry@kcvs.be"
LINDA_FROM = "Linda Boudry <linda.boudry@kcvs.be>"

DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_NL_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONS_NL = [
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
MONS_NL_SHORT = [
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


# ---------------------------------------------------------------- helpers
def d(day, h, m, s=0, month=11):
    return datetime(2018, month, day, h, m, s, tzinfo=CET)


def rfcdate(t, tz=None, pad=False, zone_comment=None):
    if tz is not None:
        t = t.astimezone(tz)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = "%02d" % t.day if pad else str(t.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS_EN[t.weekday()],
        day,
        MONS_EN[t.month - 1],
        t.year,
        t.hour,
        t.minute,
        t.second,
        sign,
        mins // 60,
        mins % 60,
    )
    if zone_comment:
        s += " (%s)" % zone_comment
    return s


def rhex(n, upper=False):
    s = "".join(random.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(random.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def rip(prefix):
    return prefix + ".%d" % random.randint(2, 250)


def hdr(s, charset="utf-8", name="Subject"):
    """RFC 2047-encode a header text if it is not plain ASCII (folded by the generator)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def nl_long(t):
    return "%s %d %s %d %d:%02d" % (
        DAYS_NL[t.weekday()],
        t.day,
        MONS_NL[t.month - 1],
        t.year,
        t.hour,
        t.minute,
    )


def pick_charset(text, prefer=("us-ascii", "windows-1252", "utf-8")):
    for cs in prefer:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def leaf(body, ctype, charset=None, cte="quoted-printable", extra=()):
    """A non-multipart part. ctype is the full Content-Type value (charset included
    if wanted); charset is the codec used to turn text into bytes."""
    m = Message()
    m["Content-Type"] = ctype
    if isinstance(body, str):
        body = body.replace("\r\n", "\n")
        data = body.encode(charset or "utf-8")
    else:
        data = body
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    if cte:
        m["Content-Transfer-Encoding"] = cte
    for k, v in extra:
        m[k] = v
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary, extra_params="", preamble=None, extra=()):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s boundary="%s"' % (subtype, extra_params, boundary)
    for k, v in extra:
        m[k] = v
    for p in parts:
        m.attach(p)
    if preamble is not None:
        m.preamble = preamble
    return m


def embed(inner, ctype="message/rfc822", extra=()):
    m = Message()
    m["Content-Type"] = ctype
    for k, v in extra:
        m[k] = v
    m.set_payload([inner])
    return m


def assemble(headers, body):
    """headers: list of (name, value); ('*', None) marks where the body's own
    Content-* headers go (appended at the end when absent)."""
    content = list(body.items())
    for k in {k for k, _ in content}:
        del body[k]
    placed = False
    for k, v in headers:
        if k == "*":
            for ck, cv in content:
                body[ck] = cv
            placed = True
        else:
            body[k] = v
    if not placed:
        for ck, cv in content:
            body[ck] = cv
    return body


def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg)
    return buf.getvalue()


def flowed(text, width=72):
    """format=flowed (RFC 3676) as Thunderbird writes it: soft breaks end in a space."""
    out = []
    for ln in text.split("\n"):
        q = ""
        while ln.startswith(">"):
            q += ">"
            ln = ln[1:]
            if ln.startswith(" "):
                ln = ln[1:]
        pre = q + " " if q else ""
        if not ln:
            out.append(q)
            continue
        if len(pre) + len(ln) <= width or " " not in ln:
            out.append(pre + ln)
            continue
        words = ln.split(" ")
        cur = ""
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                out.append(pre + cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(pre + cur)
    return "\n".join(out)


def quote_gt(text):
    return "\n".join((">" if not ln else "> " + ln) for ln in text.split("\n"))


def simple_html(text, wrap_div=True):
    out = []
    for ln in text.split("\n"):
        out.append(html.escape(ln) if ln else "")
    body = "<br>\n".join(out)
    return body


# ------------------------------------------------------------ tiny binaries
def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, data):
        return (
            struct.pack(">I", len(data))
            + t
            + data
            + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def docx(paragraphs):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % html.escape(p) for p in paragraphs)
        + "</w:body></w:document>",
    }
    for name, content in files.items():
        zi = zipfile.ZipInfo(name, date_time=(2018, 11, 5, 13, 4, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content.encode("utf-8"))
    z.close()
    return buf.getvalue()


# ------------------------------------------------------------ transport
def rcv_final(helo, rdns, ip, t, secs=None, proto="ESMTPS"):
    secs = random.randint(1, 9) if secs is None else secs
    return (
        "Received",
        "from %s (%s [%s]) by mx.kcvs.be (Postfix) with %s id %s for <%s>; %s"
        % (
            helo,
            rdns,
            ip,
            proto,
            ralnum(10, "BCDFGHJKLMNPQRSTVWXZ0123456789"),
            LINDA,
            rfcdate(t + timedelta(seconds=secs), CET, zone_comment="CET"),
        ),
    )


def envelope(ret_path, final, inner=()):
    hs = [("Return-Path", "<%s>" % ret_path if ret_path else "<>"), ("Delivered-To", LINDA), final]
    hs.extend(inner)
    hs.append(("X-Virus-Scanned", "amavisd-new at kcvs.be"))
    return hs


EXO_POOLS = [
    ("EUR01", "HE1", "104.47.0"),
    ("EUR02", "AM5", "104.47.4"),
    ("EUR03", "DB5", "104.47.10"),
    ("EUR04", "VI1", "104.47.14"),
]


def exo_server():
    return "%sPR0%dMB%04d" % (
        random.choice(["AM0", "DB6", "VI1", "HE1", "AM6", "DB7"]),
        random.choice([1, 2, 4, 7]) * 100 + random.randint(1, 2),
        random.randint(1000, 9999),
    )


def exo(t, sender, submit="mapi"):
    """Exchange Online sender: returns (route headers, message-id)."""
    reg, pod, net = random.choice(EXO_POOLS)
    srv = exo_server()
    dom = "eurprd0%d.prod.outlook.com" % random.choice([1, 2, 4, 5, 7])
    ip = rip(net)
    final = rcv_final(
        "%s-%s-obe.outbound.protection.outlook.com" % (reg, pod),
        "mail-%seur0%slp20%d.outbound.protection.outlook.com"
        % (pod.lower(), reg[-1], random.randint(10, 99)),
        ip,
        t,
    )
    inner = [
        (
            "Received",
            "from %s.%s ([fe80::%s:%s:%s:%s]) by %s.%s ([fe80::%s:%s:%s:%s%%5]) "
            "with mapi id 15.20.1294.%03d; %s"
            % (
                srv,
                dom,
                rhex(4),
                rhex(4),
                rhex(4),
                rhex(4),
                srv,
                dom,
                rhex(4),
                rhex(4),
                rhex(4),
                rhex(4),
                random.randint(10, 60),
                rfcdate(t, UTC, pad=False),
            ),
        )
    ]
    if submit == "smtp":
        inner = [
            (
                "Received",
                "from [192.168.1.%d] (84.196.%d.%d) by %s.%s with Microsoft SMTP Server "
                "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1294.%03d "
                "via Frontend Transport; %s"
                % (
                    random.randint(2, 60),
                    random.randint(1, 250),
                    random.randint(1, 250),
                    srv,
                    dom,
                    random.randint(10, 60),
                    rfcdate(t, UTC),
                ),
            )
        ]
    mid = "<%s%s@%s.%s>" % (srv, rhex(18, True), srv, dom)
    return envelope(sender, final, inner), mid


def onprem(t, sender, domain, gw="mail", exch="EXCH01", ip_prefix="91.183.60"):
    ip = rip(ip_prefix)
    final = rcv_final("%s.%s" % (gw, domain), "%s.%s" % (gw, domain), ip, t)
    inner = [
        (
            "Received",
            "from %s.%s.local (10.%d.%d.%d) by %s.%s.local (10.%d.%d.%d) with "
            "Microsoft SMTP Server (TLS) id 15.1.1531.3; %s"
            % (
                exch,
                domain.split(".")[0],
                random.randint(1, 30),
                random.randint(0, 9),
                random.randint(10, 99),
                exch,
                domain.split(".")[0],
                random.randint(1, 30),
                random.randint(0, 9),
                random.randint(10, 99),
                rfcdate(t, CET),
            ),
        )
    ]
    mid = "<%s@%s.%s.local>" % (rhex(32, True), exch, domain.split(".")[0])
    return envelope(sender, final, inner), mid


def gmail(t, sender):
    n = random.randint(10, 70)
    host = "mail-wm1-f%d.google.com" % n
    final = rcv_final(host, host, "209.85.128.%d" % n, t)
    inner = [
        (
            "Received",
            "by %s with SMTP id %s-v6so%d.%d for <%s>; %s"
            % (
                host,
                ralnum(2, "abcdefghijklmnopqrstuvwxyz") + str(random.randint(1, 9)),
                random.randint(1000000, 9999999),
                random.randint(1, 9),
                LINDA,
                rfcdate(t, PST, pad=True, zone_comment="PST"),
            ),
        )
    ]
    mid = "<CA%s@mail.gmail.com>" % ralnum(
        random.choice([44, 46, 48]),
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=",
    )
    return envelope(sender, final, inner), mid


def telenet(t, sender):
    n = random.randint(100, 130)
    host = "michel.telenet-ops.be"
    final = rcv_final(
        "mailsec%d.telenet-ops.be" % n,
        "mailsec%d.telenet-ops.be" % n,
        "195.130.132.%d" % random.randint(2, 200),
        t,
    )
    inner = [
        (
            "Received",
            "from [192.168.0.%d] ([84.195.%d.%d]) by %s with bizsmtp id %s; %s"
            % (
                random.randint(100, 199),
                random.randint(1, 250),
                random.randint(1, 250),
                host,
                ralnum(18),
                rfcdate(t, CET),
            ),
        )
    ]
    return envelope(sender, final, inner)


def hotmail(t, sender):
    reg, pod, net = random.choice(EXO_POOLS)
    srv = exo_server()
    final = rcv_final(
        "%s-%s-obe.outbound.protection.outlook.com" % (reg, pod),
        "mail-%seur0%slp20%d.outbound.protection.outlook.com"
        % (pod.lower(), reg[-1], random.randint(10, 99)),
        rip(net),
        t,
    )
    inner = [
        (
            "Received",
            "from %s.eurprd0%d.prod.outlook.com ([fe80::%s:%s]) by "
            "%s.eurprd0%d.prod.outlook.com ([fe80::%s:%s%%5]) with mapi id 15.20.1294.%03d; %s"
            % (
                srv,
                4,
                rhex(4),
                rhex(4),
                srv,
                4,
                rhex(4),
                rhex(4),
                random.randint(10, 60),
                rfcdate(t, UTC),
            ),
        )
    ]
    mid = "<%s%s@%s.eurprd04.prod.outlook.com>" % (srv, rhex(18, True), srv)
    return envelope(sender, final, inner), mid


def thread_index():
    return "AdR" + ralnum(29, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


# ------------------------------------------------------------ body styles
OL_STYLE = (
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
    "@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
    "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
    "\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n"
    '\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
    "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n"
    "\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n"
    "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
    "div.WordSection1\n\t{page:WordSection1;}\n--></style>"
)


def ol_para(ln):
    if not ln.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(ln, quote=False)


def ol_html(
    own, qhdr=None, quoted=None, charset="us-ascii", lang="NL-BE", color_quoted=None, images=()
):
    parts = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        OL_STYLE,
        "</head>",
        '<body lang="%s" link="#0563C1" vlink="#954F72">' % lang,
        '<div class="WordSection1">',
    ]
    parts += [ol_para(ln) for ln in own.split("\n")]
    for _name, _data, cid in images:
        parts.append(
            '<p class="MsoNormal"><img width="96" height="48" style="width:1.0in;height:.5in" '
            'id="Afbeelding_x0020_1" src="cid:%s" alt="logo"><o:p></o:p></p>' % cid
        )
    if qhdr:
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        parts.append(
            '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        )
        for k, v in qhdr:
            parts.append(
                '<p class="MsoNormal"><b><span lang="NL">%s:</span></b><span lang="NL"> %s<o:p></o:p></span></p>'
                % (k, html.escape(v, quote=False))
            )
        parts.append("</div>\n</div>")
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for ln in quoted.split("\n"):
            if color_quoted and ln in color_quoted:
                parts.append(
                    '<p class="MsoNormal">%s<span style="color:#1F4E79">%s</span><o:p></o:p></p>'
                    % (
                        html.escape(color_quoted[ln][0], quote=False),
                        html.escape(color_quoted[ln][1], quote=False),
                    )
                )
            else:
                parts.append(ol_para(ln))
    parts += ["</div>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def ol_qhdr(frm, t, to, subj, cc=None, mailto=False):
    if mailto:
        name, em = frm
        f = "%s [mailto:%s] " % (name, em)
    else:
        f = "%s <%s> " % frm
    rows = [("Van", f), ("Verzonden", nl_long(t)), ("Aan", to)]
    if cc:
        rows.append(("CC", cc))
    rows.append(("Onderwerp", subj))
    return rows


def qhdr_text(rows):
    return "\n".join("%s: %s" % (k, v) for k, v in rows)


def outlook_body(
    own,
    qhdr=None,
    quoted=None,
    images=(),
    prefer=("us-ascii", "windows-1252"),
    color_quoted=None,
    attachments=(),
    boundary=None,
):
    """Outlook 2016: multipart/alternative (text/plain + text/html), optionally wrapped
    in multipart/related (inline images) and multipart/mixed (attachments)."""
    tag = rhex(40, True)
    plain = own
    if qhdr:
        plain = own + "\n\n" + qhdr_text(qhdr) + "\n\n" + quoted
    plain = plain + "\n"
    cs = pick_charset(plain + own, prefer)
    htm = ol_html(own, qhdr, quoted, cs, color_quoted=color_quoted, images=images)
    cs_h = pick_charset(htm, prefer)
    alt = multi(
        "alternative",
        [
            leaf(plain, 'text/plain; charset="%s"' % cs, cs),
            leaf(htm, 'text/html; charset="%s"' % cs_h, cs_h),
        ],
        boundary or "_000_%s_" % tag,
    )
    body = alt
    if images:
        parts = [alt]
        for name, data, cid in images:
            parts.append(
                leaf(
                    data,
                    'image/png; name="%s"' % name,
                    cte="base64",
                    extra=[
                        ("Content-Description", name),
                        (
                            "Content-Disposition",
                            'inline; filename="%s"; size=%d; '
                            'creation-date="Mon, 05 Nov 2018 08:00:00 GMT"; '
                            'modification-date="Mon, 05 Nov 2018 08:00:00 GMT"' % (name, len(data)),
                        ),
                        ("Content-ID", "<%s>" % cid),
                    ],
                )
            )
        body = multi("related", parts, "_004_%s_" % tag, ' type="multipart/alternative";')
    if attachments:
        parts = [body]
        for name, ctype, data in attachments:
            parts.append(
                leaf(
                    data,
                    '%s; name="%s"' % (ctype, name),
                    cte="base64",
                    extra=[
                        ("Content-Description", name),
                        (
                            "Content-Disposition",
                            'attachment; filename="%s"; size=%d' % (name, len(data)),
                        ),
                    ],
                )
            )
        body = multi("mixed", parts, "_005_%s_" % tag)
    return body


def outlook_headers(
    frm,
    to,
    subj,
    t,
    mid,
    cc=None,
    inrep=None,
    refs=None,
    tz=UTC,
    lang="nl-BE",
    xmailer=None,
    exo_org=None,
):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("CC", cc))
    hs += [
        ("Subject", hdr(subj, "iso-8859-1")),
        ("Thread-Topic", hdr(strip_prefix(subj), "iso-8859-1")),
        ("Thread-Index", thread_index()),
        ("Date", rfcdate(t, tz)),
        ("Message-ID", mid),
    ]
    if refs:
        hs.append(("References", refs))
    if inrep:
        hs.append(("In-Reply-To", inrep))
    hs += [("Accept-Language", "nl-BE, en-US"), ("Content-Language", lang)]
    if xmailer:
        hs.append(("X-Mailer", xmailer))
    hs += [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if exo_org:
        hs.append(("x-originating-ip", "[%s]" % rip("193.191.%d" % random.randint(1, 250))))
    hs += [("*", None), ("MIME-Version", "1.0")]
    if exo_org:
        hs.append(("X-OriginatorOrg", exo_org))
    return hs


def strip_prefix(s):
    for p in ("RE: ", "Re: ", "FW: ", "Fwd: ", "Antw: ", "Doorst: "):
        if s.startswith(p):
            return strip_prefix(s[len(p) :])
    return s


def gmail_body(own, quote_line=None, quoted=None):
    b = "0000000000" + rhex(18)
    plain = own + "\n"
    if quote_line:
        plain = own + "\n\n" + quote_line + "\n\n" + quote_gt(quoted) + "\n"
    h = (
        '<div dir="ltr">'
        + "".join("<div>%s</div>" % (html.escape(ln) if ln else "<br>") for ln in own.split("\n"))
        + "</div>"
    )
    if quote_line:
        h += (
            '<br><div class="gmail_quote"><div dir="ltr">%s<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            % html.escape(quote_line)
            + simple_html(quoted)
            + "</blockquote></div>"
        )
    h += "\n"
    cte_p = (
        "quoted-printable"
        if not plain.isascii() or max(len(x) for x in plain.split("\n")) > 76
        else "7bit"
    )
    return multi(
        "alternative",
        [
            leaf(plain, 'text/plain; charset="UTF-8"', "utf-8", cte_p if cte_p != "7bit" else None),
            leaf(h, 'text/html; charset="UTF-8"', "utf-8", "quoted-printable"),
        ],
        b,
    )


def gmail_quote_line(t, name=("Linda Boudry", LINDA)):
    return "Op %s %d %s %d om %d:%02d schreef %s <%s>:" % (
        DAYS_NL_SHORT[t.weekday()],
        t.day,
        MONS_NL_SHORT[t.month - 1],
        t.year,
        t.hour,
        t.minute,
        name[0],
        name[1],
    )


def apple_quote_line(t, name=("Linda Boudry", LINDA)):
    return "Op %d %s %d om %02d:%02d heeft %s <%s> het volgende geschreven:" % (
        t.day,
        MONS_NL_SHORT[t.month - 1],
        t.year,
        t.hour,
        t.minute,
        name[0],
        name[1],
    )


# ------------------------------------------------------------ Linda's own mails
SEM = "'Stadsorganisaties in transitie'"
INV_SUBJ = "Uitnodiging seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december 2018"
INV_T = d(5, 10, 12, 31)
INV_MID = "<000c01d474e2$1f7e3a50$5e7aaef0$@kcvs.be>"
INV_TEXT = """Beste,

Lokale besturen veranderen snel: nieuwe bestuursploegen, de integratie van gemeente en OCMW, digitalisering en een krappe arbeidsmarkt. Hoe houden stadsorganisaties daarbij koers?

Het Kenniscentrum Vlaamse Steden nodigt u van harte uit op het seminarie

Stadsorganisaties in transitie
vrijdag 7 december 2018
Permeke, auditorium, De Coninckplein 26, 2060 Antwerpen

09.30 uur   onthaal met koffie
10.00 uur   verwelkoming en inleiding
10.15 uur   resultaten van de bevraging bij de 13 centrumsteden
11.15 uur   panelgesprek met algemeen directeurs en schepenen
12.30 uur   broodjeslunch

Deelname is gratis. Inschrijven kan tot en met 2 december met een mail naar linda.boudry@kcvs.be met de volgende gegevens:

Naam:
Stad / gemeente:
Functie:
E-mailadres:

Wij hopen u op 7 december te mogen verwelkomen.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden
Bischoffsheimlaan 1-8, 1000 Brussel
02 211 55 00 | linda.boudry@kcvs.be"""

REM_SUBJ = "Herinnering: seminarie 'Stadsorganisaties in transitie' - inschrijven tot 2 december"
REM_T = d(26, 10, 0, 12)
REM_MID = "<003b01d48568$6c0e9a20$442bce60$@kcvs.be>"
REM_TEXT = """Beste,

Nog tot en met zondag 2 december kan u zich inschrijven voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het Permeke (De Coninckplein 26, 2060 Antwerpen). Onthaal vanaf 9.30 uur, start om 10.00 uur, broodjeslunch rond 12.30 uur.

Wie al ingeschreven is, hoeft niets meer te doen. Nog niet ingeschreven? Stuur een mail naar linda.boudry@kcvs.be met uw naam, stad / gemeente, functie en e-mailadres.

Met vriendelijke groeten,

Linda Boudry
Kenniscentrum Vlaamse Steden"""

CONF_SUBJ = "Bevestiging inschrijving seminarie 'Stadsorganisaties in transitie'"


def conf_text(name):
    return (
        """Beste %s,

Bedankt voor uw inschrijving voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december 2018 in het Permeke, De Coninckplein 26, 2060 Antwerpen. Het onthaal met koffie start om 9.30 uur.

Kan u toch niet komen? Antwoord dan gewoon op deze e-mail.

Met vriendelijke groeten,
Linda Boudry
Kenniscentrum Vlaamse Steden"""
        % name
    )


def conf_mid():
    return "<%d.%s@worker.kcvs.be>" % (random.randint(1541400000, 1543600000), rhex(12))


PRAC_SUBJ = "Praktische info seminarie 'Stadsorganisaties in transitie' - vrijdag 7 december"
PRAC_T = d(4, 9, 2, 40, month=12)
PRAC_MID = "<005101d48ba7$2d5e8c70$881ba550$@kcvs.be>"
PRAC_TEXT = """Beste deelnemer,

Vrijdag is het zover: het seminarie 'Stadsorganisaties in transitie' in het Permeke, De Coninckplein 26, 2060 Antwerpen.

Bereikbaarheid: het Permeke ligt op tien minuten wandelen van station Antwerpen-Centraal. Wie met de auto komt, parkeert best in een van de openbare parkings in de buurt; aan het Permeke zelf is er geen parking.

Het onthaal met koffie start om 9.30 uur in de foyer van het auditorium. We beginnen om 10.00 uur en sluiten af met een broodjeslunch rond 12.30 uur.

Tot vrijdag!

Linda Boudry
Kenniscentrum Vlaamse Steden"""


def linda_original(subj, t, mid, text, bcc_note=False):
    """Linda's mail as it went out (Outlook 2016 over IMAP/SMTP), for bounces."""
    body = outlook_body(text, boundary="----=_NextPart_000_000D_01D474EA.81A2B0E0")
    hs = [
        ("Return-Path", "<%s>" % LINDA),
        (
            "Received",
            "from LindaPC (ip-81-82-%d-%d.dyn.telenet.be [81.82.%d.%d]) by smtp.kcvs.be "
            "(Postfix) with ESMTPSA id %s; %s"
            % (
                14,
                201,
                14,
                201,
                ralnum(10, "BCDFGHJKLMNPQRSTVWXZ0123456789"),
                rfcdate(t, CET, zone_comment="CET"),
            ),
        ),
        ("From", '"Linda Boudry" <%s>' % LINDA),
        ("To", '"Linda Boudry" <%s>' % LINDA),
        ("Subject", subj),
        ("Date", rfcdate(t, CET)),
        ("Message-ID", INV_MID if mid is None else mid),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index()),
        ("Content-Language", "nl-be"),
    ]
    return assemble(hs, body)


# ------------------------------------------------------------ registry of messages
MESSAGES = []


def reg(name, email, mun, func):
    return {"name": name, "municipality": mun, "function": func, "email": email}


def add(msg, kind, registrants, needs_review, note):
    MESSAGES.append(
        (
            msg,
            {"kind": kind, "registrants": registrants, "needs_review": needs_review, "note": note},
        )
    )


# =====================================================================
# 001  auto-reply (Exchange Online OOF, Kortrijk) to the invitation
# =====================================================================
def m001():
    t = d(5, 10, 12, 58)
    route, mid = exo(t, "")
    own = (
        "Beste,\n\nIk ben afwezig tot en met vrijdag 9 november en heb geen toegang tot mijn mails.\n"
        "Voor dringende zaken kan u contact opnemen met het secretariaat van de dienst "
        "Organisatieontwikkeling, 056 27 80 00.\n\nMet vriendelijke groeten,\nWim Vandenbroucke"
    )
    body = outlook_body(own)
    hs = [
        *route,
        ("From", "Wim Vandenbroucke <wim.vandenbroucke@kortrijk.be>"),
        ("To", LINDA_FROM),
        ("Subject", "Automatisch antwoord: " + INV_SUBJ),
        ("Thread-Topic", INV_SUBJ),
        ("Thread-Index", thread_index()),
        ("Date", rfcdate(t, UTC)),
        ("Message-ID", mid),
        ("References", INV_MID),
        ("In-Reply-To", INV_MID),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"),
        ("auto-submitted", "auto-generated"),
        ("x-ms-exchange-inbox-rules-loop", "wim.vandenbroucke@kortrijk.be"),
        ("X-Auto-Response-Suppress", "All"),
        ("*", None),
        ("MIME-Version", "1.0"),
        ("X-OriginatorOrg", "kortrijk.be"),
    ]
    add(
        assemble(hs, body),
        "auto_reply",
        [],
        False,
        "Exchange Online out-of-office to the invitation (Auto-Submitted: auto-generated, 'Automatisch antwoord:'), names a department phone number only",
    )


# =====================================================================
# 002  bounce (Postfix, user unknown) of the invitation, full message returned
# =====================================================================
def m002():
    t = d(5, 10, 13, 9)
    qid = ralnum(11, "0123456789ABCDEF")
    notice = """This is the mail system at host mailgw.herzele.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<an.devos@herzele.be>: host exch01.herzele.local[10.10.1.15] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)"""
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mailgw.herzele.be"
    b1["X-Postfix-Queue-ID"] = qid
    b1["X-Postfix-Sender"] = "rfc822; " + LINDA
    b1["Arrival-Date"] = rfcdate(t - timedelta(seconds=31), CET, zone_comment="CET")
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; an.devos@herzele.be"
    b2["Original-Recipient"] = "rfc822;an.devos@herzele.be"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Remote-MTA"] = "dns; exch01.herzele.local"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    ds.set_payload([b1, b2])
    orig = linda_original(INV_SUBJ, INV_T, INV_MID, INV_TEXT)
    body = multi(
        "report",
        [
            leaf(
                notice + "\n",
                "text/plain; charset=us-ascii",
                "us-ascii",
                "7bit",
                extra=[("Content-Description", "Notification")],
            ),
            ds,
            embed(orig, extra=[("Content-Description", "Undelivered Message")]),
        ],
        "%s.%d/mailgw.herzele.be" % (qid, 1541409189),
        " report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.\n",
    )
    route = envelope("", rcv_final("mailgw.herzele.be", "mailgw.herzele.be", "91.183.56.41", t))
    hs = [
        *route,
        ("Date", rfcdate(t, CET, zone_comment="CET")),
        ("From", "MAILER-DAEMON@mailgw.herzele.be (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", LINDA),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("Content-Transfer-Encoding", "8bit"),
        ("Message-Id", "<20181105091309.%s@mailgw.herzele.be>" % rhex(8, True)),
    ]
    add(
        assemble(hs, body),
        "bounce",
        [],
        False,
        "Postfix multipart/report (user unknown) with the whole invitation returned as message/rfc822, empty template included; carries Auto-Submitted too",
    )


# =====================================================================
# 003  registration, Gent, Outlook, template filled in above quoted invitation
# =====================================================================
def m003():
    t = d(5, 10, 41, 12)
    route, mid = exo(t, "sofie.vandamme@stad.gent")
    own = """Dag Linda,

Graag schrijf ik mij in voor het seminarie.

Naam: Sofie Van Damme
Stad / gemeente: Gent
Functie: beleidsmedewerker organisatieontwikkeling
E-mailadres: sofie.vandamme@stad.gent

Alvast bedankt!

Vriendelijke groeten,

Sofie Van Damme
Beleidsmedewerker organisatieontwikkeling
Dienst Organisatieontwikkeling – Departement HRM
Stad Gent
Botermarkt 1, 9000 Gent
T 09 266 54 12
www.stad.gent"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Van Damme Sofie <sofie.vandamme@stad.gent>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="stad.gent",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Sofie Van Damme",
                "sofie.vandamme@stad.gent",
                "Gent",
                "beleidsmedewerker organisatieontwikkeling",
            )
        ],
        False,
        "Outlook reply, filled template above the quoted invitation (which repeats the empty template and Linda's address); From shows 'Van Damme Sofie'",
    )


# =====================================================================
# 004  registration, Lubbeek, GroupWise, one sentence
# =====================================================================
def m004():
    t = d(5, 11, 2, 40)
    gwid = "5BE02C46020000C8000%s@gwia.lubbeek.be" % rhex(5, True)
    own = """Dag mevrouw Boudry,

Graag had ik mij ingeschreven voor het seminarie 'Stadsorganisaties in transitie' op 7 december.

Met vriendelijke groeten

Koen Vermeulen
algemeen directeur
Gemeente Lubbeek
Gemeenteplein 1 - 3210 Lubbeek
tel. 016 47 97 00"""
    quoted = ">>> Linda Boudry <linda.boudry@kcvs.be> 5/11/2018 10:12 >>>\n" + INV_TEXT
    plain = own + "\n\n" + quoted + "\n"
    b = "=__Part%s.0__=" % rhex(8, True)
    htm = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="GENERATOR" content="MSHTML 11.00.10570.1001"></head>\n'
        '<body style="MARGIN: 4px 4px 1px; FONT: 10pt Segoe UI">\n'
        + "".join(
            "<DIV>%s</DIV>\n" % (html.escape(ln) if ln else "&nbsp;") for ln in own.split("\n")
        )
        + "<DIV>&nbsp;</DIV>\n<DIV>&gt;&gt;&gt; Linda Boudry &lt;linda.boudry@kcvs.be&gt; 5/11/2018 10:12 &gt;&gt;&gt;</DIV>\n"
        + "".join(
            "<DIV>%s</DIV>\n" % (html.escape(ln) if ln else "&nbsp;") for ln in INV_TEXT.split("\n")
        )
        + "</body></html>\n"
    )
    body = multi(
        "alternative",
        [
            leaf(
                plain,
                "text/plain; charset=US-ASCII",
                "us-ascii",
                "quoted-printable",
                extra=[("Content-Disposition", "inline")],
            ),
            leaf(
                htm,
                "text/html; charset=utf-8",
                "utf-8",
                "quoted-printable",
                extra=[("Content-Disposition", "inline")],
            ),
        ],
        b,
    )
    route = envelope(
        "Koen.Vermeulen@lubbeek.be",
        rcv_final("gwia.lubbeek.be", "gwia.lubbeek.be", "84.199.%d.%d" % (36, 110), t),
    )
    hs = [
        *route,
        ("Message-Id", "<%s>" % gwid),
        ("X-Mailer", "GroupWise Internet Agent 18.0.2 "),
        ("Date", rfcdate(t, CET, pad=False)),
        ("From", '"Koen Vermeulen" <Koen.Vermeulen@lubbeek.be>'),
        ("To", '"Linda Boudry" <linda.boudry@kcvs.be>'),
        ("Subject", "Antw: " + INV_SUBJ),
        ("References", INV_MID),
        ("In-Reply-To", INV_MID),
        ("Mime-Version", "1.0"),
        ("*", None),
    ]
    add(
        assemble(hs, body),
        "registration",
        [reg("Koen Vermeulen", "koen.vermeulen@lubbeek.be", "Lubbeek", "algemeen directeur")],
        False,
        "GroupWise 'Antw:' reply, one polite sentence, signature gives function and municipality; sender address in mixed case",
    )


# =====================================================================
# 005  auto-reply, Schaarbeek, bilingual, only Precedence: bulk + X-Autoreply
# =====================================================================
def m005():
    t = d(5, 10, 15, 27)
    own = """Ik ben afwezig tot en met 12/11/2018. Uw e-mail wordt niet doorgestuurd.
Voor dringende vragen kan u terecht bij de Dienst Personeel, 02 244 75 11.

Je suis absente jusqu'au 12/11/2018 inclus. Votre e-mail ne sera pas transféré.
Pour toute question urgente, veuillez contacter le Service du Personnel, 02 244 75 11.

Nadia Bouzidi"""
    body = leaf(own + "\n", "text/plain; charset=ISO-8859-1", "iso-8859-1", "quoted-printable")
    route = envelope("", rcv_final("smtp.1030.be", "smtp.1030.be", "212.68.214.%d" % 37, t))
    hs = [
        *route,
        ("Date", rfcdate(t, CET, pad=True)),
        ("From", "Nadia Bouzidi <nbouzidi@1030.be>"),
        ("To", LINDA),
        ("Subject", hdr("Afwezig / Absente : " + INV_SUBJ, "iso-8859-1")),
        ("Message-ID", "<vacation.%s.%s@smtp.1030.be>" % (rhex(10), rhex(6))),
        ("In-Reply-To", INV_MID),
        ("Precedence", "bulk"),
        ("X-Autoreply", "yes"),
        ("MIME-Version", "1.0"),
        ("*", None),
    ]
    add(
        assemble(hs, body),
        "auto_reply",
        [],
        False,
        "bilingual Dutch/French absence notice from a Brussels municipality's server vacation program: X-Autoreply + Precedence: bulk, no Auto-Submitted",
    )


# =====================================================================
# 006  other: internal KCVS work mail with a .docx attachment
# =====================================================================
def m006():
    t = d(5, 13, 20, 44)
    own = """Hoi Linda,

In bijlage de ontwerpnota voor de stuurgroep Stadsmonitor van woensdag 14/11. Kan jij tegen vrijdag de paragraaf over de bevraging van de personeelsdiensten nalezen? Vooral de cijfers over het personeelsverloop wil ik nog eens dubbelchecken, want die verschillen nogal van wat Gent en Antwerpen vorig jaar rapporteerden.

Bedankt!
Pieter

Pieter Vandeputte
Onderzoeker
Kenniscentrum Vlaamse Steden"""
    att = docx(
        [
            "Ontwerpnota stuurgroep Stadsmonitor",
            "Versie 3 - 5 november 2018",
            "1. Bevraging personeelsdiensten",
            "2. Personeelsverloop 2015-2017",
        ]
    )
    body = outlook_body(
        own,
        attachments=[
            (
                "Ontwerpnota_stuurgroep_Stadsmonitor_v3.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                att,
            )
        ],
    )
    route = envelope(
        LINDA.replace("linda.boudry", "pieter.vandeputte"),
        rcv_final("smtp.kcvs.be", "smtp.kcvs.be", "10.20.0.4", t, proto="ESMTP"),
    )
    hs = [
        *route,
        ("From", '"Pieter Vandeputte" <pieter.vandeputte@kcvs.be>'),
        ("To", '"Linda Boudry" <%s>' % LINDA),
        ("Subject", "Stadsmonitor: ontwerpnota stuurgroep 14/11"),
        ("Date", rfcdate(t, CET)),
        ("Message-ID", "<001a01d474f4$%s$%s$%s@kcvs.be>" % (rhex(8), rhex(8), rhex(8))),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index()),
        ("Content-Language", "nl-be"),
    ]
    add(
        assemble(hs, body),
        "other",
        [],
        False,
        "internal colleague's unrelated work mail (Stadsmonitor note, .docx attached); nothing to do with the seminar",
    )


# =====================================================================
# 007  registration by the mayor's secretary, Herentals
# =====================================================================
def m007():
    t = d(5, 14, 5, 3)
    route, mid = onprem(t, "els.wuyts@herentals.be", "herentals.be")
    own = """Goedemiddag,

Graag schrijf ik burgemeester Jan Michielsen in voor het seminarie 'Stadsorganisaties in transitie' op vrijdag 7 december in Antwerpen.

Naam: Jan Michielsen
Stad: Herentals
Functie: burgemeester
E-mail: jan.michielsen@herentals.be

Ik heb het alvast in zijn agenda gezet.

Met vriendelijke groeten,

Els Wuyts
Directiesecretariaat – kabinet burgemeester
Stad Herentals
Augustijnenlaan 30, 2200 Herentals
014 28 50 50"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Els Wuyts <els.wuyts@herentals.be>",
        "\"'linda.boudry@kcvs.be'\" <%s>" % LINDA,
        "inschrijving seminarie 7/12 - burgemeester",
        t,
        mid,
        tz=CET,
    )
    add(
        assemble(hs, body),
        "registration",
        [reg("Jan Michielsen", "jan.michielsen@herentals.be", "Herentals", "burgemeester")],
        False,
        "secretary registers the mayor with a filled template incl. his own address; the sender (secretary) is not a registrant",
    )


# =====================================================================
# 008  registration, Maldegem councillor, iPhone, private telenet address
# =====================================================================
def m008():
    t = d(5, 16, 48, 20)
    route = telenet(t, "griet.desmet@telenet.be")
    own = """Hallo Linda

Ik schrijf me graag in voor het seminarie op 7 december.
Griet De Smet, gemeenteraadslid Maldegem

Groetjes
Griet

Verstuurd vanaf mijn iPhone"""
    body = leaf(own + "\n", "text/plain; charset=utf-8", "utf-8", "quoted-printable")
    hs = [
        *route,
        ("From", "Griet De Smet <griet.desmet@telenet.be>"),
        ("*", None),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Inschrijving seminarie"),
        ("Message-Id", "<%s@telenet.be>" % ruuid().upper()),
        ("Date", rfcdate(t, CET)),
        ("To", LINDA),
        ("X-Mailer", "iPhone Mail (16A404)"),
    ]
    add(
        assemble(hs, body),
        "registration",
        [reg("Griet De Smet", "griet.desmet@telenet.be", "Maldegem", "gemeenteraadslid")],
        False,
        "new mail from an iPhone, private telenet address, name+function+town on one line",
    )


# =====================================================================
# 009  registration of two Leuven colleagues, the second in Cc
# =====================================================================
def m009():
    t = d(6, 9, 3, 51)
    route, mid = exo(t, "hilde.wouters@leuven.be")
    own = """Beste Linda,

Mijn collega Pieter Claes (in cc) en ikzelf willen graag deelnemen aan het seminarie van 7 december.

- Hilde Wouters, teamcoach HR-beleid
- Pieter Claes, HR-adviseur bij stad Leuven

Onze mailadressen vind je hierboven.

Met vriendelijke groet,

Hilde Wouters
Teamcoach HR-beleid
Stad Leuven | Professor Van Overstraetenplein 1 | 3000 Leuven
016 27 20 00 | www.leuven.be"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry", INV_SUBJ, mailto=True)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Wouters Hilde <hilde.wouters@leuven.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        cc="Claes Pieter <pieter.claes@leuven.be>",
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="leuven.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg("Hilde Wouters", "hilde.wouters@leuven.be", "Leuven", "teamcoach HR-beleid"),
            reg("Pieter Claes", "pieter.claes@leuven.be", "Leuven", "HR-adviseur"),
        ],
        False,
        "two colleagues in a bullet list; the colleague's address only in the Cc header ('in cc', 'hierboven'); 'bij stad Leuven' not part of the function",
    )


# =====================================================================
# 010  other needing an answer: OCMW staff asks who may attend + parking
# =====================================================================
def m010():
    t = d(6, 10, 17, 5)
    route, mid = onprem(t, "carine.jorissen@sint-truiden.be", "sint-truiden.be", exch="SRVEXCH02")
    own = """Goeiedag,

Ik kreeg de uitnodiging via onze algemeen directeur. Is het seminarie ook bedoeld voor medewerkers van het OCMW, of enkel voor het stadsbestuur? En is er in de buurt van het Permeke een parking waar we terecht kunnen?

Alvast bedankt voor uw antwoord.

Carine Jorissen
Diensthoofd sociale dienst
OCMW Sint-Truiden"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Carine Jorissen <carine.jorissen@sint-truiden.be>",
        "<%s>" % LINDA,
        "vraag ivm seminarie 7 december",
        t,
        mid,
        tz=CET,
        xmailer="Microsoft Outlook 14.0",
    )
    add(
        assemble(hs, body),
        "other",
        [],
        True,
        "questions (is OCMW staff welcome? parking?) without a sign-up; a person must answer; signature has a full name/function/town",
    )


# =====================================================================
# 011  registration, Mechelen, Thunderbird, template filled, quoted with '>'
# =====================================================================
def m011():
    t = d(6, 11, 45, 33)
    route = envelope(
        "tom.peeters@mechelen.be",
        rcv_final("smtp-out.mechelen.be", "smtp-out.mechelen.be", "213.219.150.%d" % 12, t),
        [
            (
                "Received",
                "from [10.1.44.%d] (unknown [10.1.44.%d]) by smtp-out.mechelen.be (Postfix) with ESMTPSA id %s; %s"
                % (
                    87,
                    87,
                    ralnum(10, "BCDFGHJKLMNPQRSTVWXZ0123456789"),
                    rfcdate(t, CET, zone_comment="CET"),
                ),
            )
        ],
    )
    own = """Dag Linda,

Naam: Tom Peeters
Stad / gemeente: Mechelen
Functie: stafmedewerker strategie en organisatie
E-mailadres: tom.peeters@mechelen.be

Groeten,
Tom"""
    plain = own + "\n\nOp 5/11/2018 om 10:12 schreef Linda Boudry:\n" + quote_gt(INV_TEXT) + "\n\n"
    body = leaf(flowed(plain), "text/plain; charset=utf-8; format=flowed", "utf-8", "8bit")
    hs = [
        *route,
        ("Subject", "Re: " + INV_SUBJ),
        ("To", "Linda Boudry <%s>" % LINDA),
        ("References", INV_MID),
        ("From", "Tom Peeters <tom.peeters@mechelen.be>"),
        ("Message-ID", "<%s@mechelen.be>" % ruuid()),
        ("Date", rfcdate(t, CET, pad=False)),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.2.1",
        ),
        ("MIME-Version", "1.0"),
        ("In-Reply-To", INV_MID),
        ("*", None),
        ("Content-Language", "nl-BE"),
    ]
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Tom Peeters",
                "tom.peeters@mechelen.be",
                "Mechelen",
                "stafmedewerker strategie en organisatie",
            )
        ],
        False,
        "Thunderbird plain text (format=flowed, 8bit), bare filled template, whole invitation quoted with '>' below",
    )


# =====================================================================
# 012  registration, Zoersel, town only in the mail domain
# =====================================================================
def m012():
    t = d(6, 15, 30, 2)
    route, mid = exo(t, "ann.goossens@zoersel.be")
    own = """Goedemiddag,

Ik kom graag naar het seminarie op 7 december.

Ann Goossens
Financieel directeur
T 03 298 08 00"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Ann Goossens <ann.goossens@zoersel.be>",
        "'Linda Boudry' <%s>" % LINDA,
        "inschrijving 7 december",
        t,
        mid,
        exo_org="zoersel.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [reg("Ann Goossens", "ann.goossens@zoersel.be", "Zoersel", "financieel directeur")],
        False,
        "two-line sign-up; municipality only from the @zoersel.be domain",
    )


# =====================================================================
# 013  registration, three Brugge colleagues, one without address
# =====================================================================
def m013():
    t = d(7, 8, 55, 16)
    route, mid = exo(t, "bart.vandenberghe@brugge.be")
    own = """Beste Linda,

Vanuit Stad Brugge willen we graag met drie deelnemen aan het seminarie:

Naam: Bart Vandenberghe
Functie: stafmedewerker organisatieontwikkeling
E-mailadres: bart.vandenberghe@brugge.be

Naam: Marijke Dewulf
Functie: diensthoofd personeel
E-mailadres: marijke.dewulf@brugge.be

Naam: Stijn Lannoo
Functie: beleidsmedewerker digitale transformatie

Dank en groeten,
Bart

Bart Vandenberghe
Stafmedewerker organisatieontwikkeling
Stad Brugge – Burg 12, 8000 Brugge
050 44 80 00"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Vandenberghe Bart <bart.vandenberghe@brugge.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="brugge.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Bart Vandenberghe",
                "bart.vandenberghe@brugge.be",
                "Brugge",
                "stafmedewerker organisatieontwikkeling",
            ),
            reg("Marijke Dewulf", "marijke.dewulf@brugge.be", "Brugge", "diensthoofd personeel"),
            reg("Stijn Lannoo", None, "Brugge", "beleidsmedewerker digitale transformatie"),
        ],
        False,
        "three repeated template blocks without a Stad line (town stated once in the intro); third colleague has no address",
    )


# =====================================================================
# 014  other: VVSG newsletter (mailing list)
# =====================================================================
def m014():
    t = d(7, 11, 0, 4)
    cid = rhex(10)
    plain = """VVSG-nieuwsbrief | woensdag 7 november 2018

Bekijk deze nieuwsbrief in je browser: https://us12.campaign-archive.com/?u=%s&id=%s

DE NIEUWE BESTUURSPLOEGEN ZIJN VERKOZEN: WAT NU?
Op 3 december worden de nieuwe gemeenteraden geïnstalleerd. In ons dossier zetten we de belangrijkste stappen op een rij: van de eedaflegging tot het eerste meerjarenplan.
Lees meer: https://www.vvsg.be/nieuws/installatie-gemeenteraden

VORMING: STARTDAG VOOR NIEUWE MANDATARISSEN
Zaterdag 19 januari 2019, Gent. Een dag vol praktische workshops voor nieuwe schepenen en gemeenteraadsleden.
Schrijf je nu in: https://www.vvsg.be/vorming/startdag-mandatarissen

PERSONEEL: NIEUWE RECHTSPOSITIEREGELING
Wat verandert er op 1 januari 2019 voor het personeel van gemeente en OCMW?
Lees meer: https://www.vvsg.be/nieuws/rechtspositieregeling

--
Je ontvangt deze nieuwsbrief omdat je ingeschreven bent op de VVSG-nieuwsbrief.
Uitschrijven: https://vvsg.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=%s
Vereniging van Vlaamse Steden en Gemeenten vzw, Bischoffsheimlaan 1-8, 1000 Brussel""" % (
        rhex(25),
        cid,
        rhex(25),
        rhex(10),
        rhex(10),
    )
    htm = (
        '<!doctype html>\n<html><head><meta charset="UTF-8"><title>VVSG-nieuwsbrief</title></head>\n'
        '<body style="margin:0;padding:0;background:#f2f2f2"><center><table width="600" cellpadding="0" '
        'cellspacing="0" style="background:#ffffff">\n'
        + "".join(
            '<tr><td style="padding:6px 18px;font-family:Arial;font-size:14px">%s</td></tr>\n'
            % (html.escape(p).replace("\n", "<br>"))
            for p in plain.split("\n\n")
        )
        + "</table></center></body></html>\n"
    )
    b = "_----------=_MCPart_%d" % random.randint(100000000, 999999999)
    body = multi(
        "alternative",
        [
            leaf(
                plain + "\n",
                'text/plain; charset="utf-8"; format="fixed"',
                "utf-8",
                "quoted-printable",
            ),
            leaf(htm, 'text/html; charset="utf-8"', "utf-8", "quoted-printable"),
        ],
        b,
    )
    lid = rhex(25)
    route = envelope(
        "bounce-mc.us12_%d.%d-%s@mail%d.suw13.mcdlv.net"
        % (
            random.randint(10000000, 99999999),
            random.randint(100000, 999999),
            "linda.boudry=kcvs.be",
            random.randint(100, 250),
        ),
        rcv_final("mail135.suw13.mcdlv.net", "mail135.suw13.mcdlv.net", "198.2.135.%d" % 31, t),
    )
    hs = [
        *route,
        (
            "DKIM-Signature",
            "v=1; a=rsa-sha256; c=relaxed/relaxed; d=mcsv.net; s=k3; t=1541584804; bh=%s=; h=Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type:MIME-Version; b=%s"
            % (ralnum(43), ralnum(120)),
        ),
        ("Subject", "VVSG-nieuwsbrief: de nieuwe bestuursploegen zijn verkozen, wat nu?"),
        ("From", "VVSG <nieuwsbrief@vvsg.be>"),
        ("Reply-To", "VVSG <nieuwsbrief@vvsg.be>"),
        ("To", "<%s>" % LINDA),
        ("Date", rfcdate(t, UTC, pad=False)),
        ("Message-ID", "<%s.%s@mail135.suw13.mcdlv.net>" % (rhex(20), rhex(6))),
        ("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, rhex(10))),
        ("X-Campaign", "mailchimp%s.%s" % (rhex(25), cid)),
        ("X-campaignid", "mailchimp%s.%s" % (rhex(25), cid)),
        (
            "X-Report-Abuse",
            "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s"
            % (lid, cid, rhex(10)),
        ),
        ("X-MC-User", lid),
        (
            "Feedback-ID",
            "%d:%d.%d:us12:mc"
            % (
                random.randint(10000000, 99999999),
                random.randint(10000000, 99999999),
                random.randint(100000, 999999),
            ),
        ),
        ("List-ID", "%s mcsv.net <%s.%s.list-id.mcsv.net>" % (lid, lid, rhex(10))),
        ("X-Accounttype", "pd"),
        (
            "List-Unsubscribe",
            "<https://vvsg.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us12_%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>"
            % (lid, rhex(10), rhex(10), cid, rhex(20)),
        ),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
        ("*", None),
    ]
    add(
        assemble(hs, body),
        "other",
        [],
        False,
        "VVSG newsletter via MailChimp (List-ID, List-Unsubscribe, Precedence: bulk); mentions 'Schrijf je nu in' for another event",
    )


# =====================================================================
# 015  registration, Roeselare alderman, full sentence + signature
# =====================================================================
def m015():
    t = d(7, 14, 22, 48)
    route, mid = onprem(t, "ruben.vanhoutte@roeselare.be", "roeselare.be", gw="mailgw")
    own = """Beste mevrouw Boudry,

Ik wil mij graag inschrijven voor uw seminarie 'Stadsorganisaties in transitie'. Als schepen van personeel en organisatieontwikkeling volg ik dit thema van nabij, zeker nu de integratie van stad en OCMW eraan komt.

Met vriendelijke groeten,

Ruben Vanhoutte
Schepen van personeel, organisatieontwikkeling en ICT
Stad Roeselare
Botermarkt 2 | 8800 Roeselare"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Ruben Vanhoutte <ruben.vanhoutte@roeselare.be>",
        "linda.boudry@kcvs.be",
        "Inschrijving seminarie 7 december",
        t,
        mid,
        tz=CET,
        xmailer="Microsoft Outlook 16.0",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Ruben Vanhoutte",
                "ruben.vanhoutte@roeselare.be",
                "Roeselare",
                "schepen van personeel, organisatieontwikkeling en ICT",
            )
        ],
        False,
        "formal sentence by an alderman; the function appears twice in slightly different wording (sentence and signature)",
    )


# =====================================================================
# 016  registration, Stad Brussel, bilingual signature with inline logo
# =====================================================================
def m016():
    t = d(8, 9, 40, 7)
    route, mid = exo(t, "lien.verhaegen@brucity.be")
    own = """Beste,

Hierbij mijn inschrijving voor het seminarie van 7 december:

Naam: Lien Verhaegen
Stad / gemeente: Stad Brussel
Functie: HR-adviseur competentiemanagement
E-mailadres: lien.verhaegen@brucity.be

Vriendelijke groeten,

Lien Verhaegen
HR-adviseur | Conseillère RH
Departement Personeel | Département Personnel
Stad Brussel | Ville de Bruxelles
Anspachlaan 6 – Boulevard Anspach 6, 1000 Brussel – Bruxelles"""
    logo = png(24, 12, (0, 84, 150))
    body = outlook_body(
        own, images=[("image001.png", logo, "image001.png@01D4773E.%s" % rhex(8, True))]
    )
    hs = route + outlook_headers(
        "Verhaegen Lien <lien.verhaegen@brucity.be>",
        LINDA_FROM,
        "Inschrijving seminarie 'Stadsorganisaties in transitie'",
        t,
        mid,
        exo_org="brucity.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Lien Verhaegen",
                "lien.verhaegen@brucity.be",
                "Brussel",
                "HR-adviseur competentiemanagement",
            )
        ],
        False,
        "filled template, 'Stad Brussel' with a bilingual NL/FR signature and an inline logo (multipart/related); brucity.be domain",
    )


# =====================================================================
# 017  registration, Vilvoorde, sentence with the function in it (OWA)
# =====================================================================
def m017():
    t = d(8, 16, 5, 39)
    route, mid = exo(t, "yasmina.elkhattabi@vilvoorde.be")
    own = """Dag Linda,

Ik zou graag deelnemen aan het seminarie op 7 december. Ik werk als beleidsmedewerker interne communicatie bij stad Vilvoorde.

Met vriendelijke groet
Yasmina El Khattabi"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry", INV_SUBJ)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Yasmina El Khattabi <yasmina.elkhattabi@vilvoorde.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="vilvoorde.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Yasmina El Khattabi",
                "yasmina.elkhattabi@vilvoorde.be",
                "Vilvoorde",
                "beleidsmedewerker interne communicatie",
            )
        ],
        False,
        "Outlook on the web reply, function and town inside a sentence, short signature",
    )


# =====================================================================
# 018  registration + question (vegetarian lunch), Oostende
# =====================================================================
def m018():
    t = d(9, 10, 30, 55)
    route, mid = exo(t, "lotte.vermeersch@oostende.be")
    own = """Goedemorgen Linda,

Graag schrijf ik mij in voor het seminarie:

Naam: Lotte Vermeersch
Stad / gemeente: Oostende
Functie: beleidsmedewerker personeel en organisatie
E-mailadres: lotte.vermeersch@oostende.be

Is het mogelijk om voor mij een vegetarische lunch te voorzien?

Bedankt en tot dan!
Lotte"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Vermeersch Lotte <lotte.vermeersch@oostende.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="oostende.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Lotte Vermeersch",
                "lotte.vermeersch@oostende.be",
                "Oostende",
                "beleidsmedewerker personeel en organisatie",
            )
        ],
        True,
        "complete template plus a question about a vegetarian lunch: registers, but the question needs a person",
    )


# =====================================================================
# 019  registration, Zonhoven, private hotmail, no function (Mail for Windows 10)
# =====================================================================
def m019():
    t = d(12, 9, 12, 26)
    route, mid = hotmail(t, "marcjanssens62@hotmail.com")
    own = """Goeiedag,

Graag schrijf ik me in voor het seminarie op vrijdag 7 december in het Permeke.

Marc Janssens
Zonhoven

Verzonden vanuit Mail voor Windows 10"""
    b = "_%s-%s-%s-%s-%s_" % (
        rhex(8, True),
        rhex(4, True),
        rhex(4, True),
        rhex(4, True),
        rhex(12, True),
    )
    htm = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator '
        'content="Microsoft Word 15 (filtered medium)"></head><body lang=NL-BE link=blue vlink="#954F72">'
        "<div class=WordSection1>"
        + "".join(ol_para(ln) for ln in own.split("\n"))
        + "</div></body></html>\n"
    )
    body = multi(
        "alternative",
        [
            leaf(own + "\n", 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable"),
            leaf(htm, 'text/html; charset="us-ascii"', "us-ascii", "quoted-printable"),
        ],
        b,
    )
    hs = [
        *route,
        ("From", "marc janssens <marcjanssens62@hotmail.com>"),
        ("To", '"linda.boudry@kcvs.be" <%s>' % LINDA),
        ("Subject", "seminarie 7 december"),
        ("Thread-Topic", "seminarie 7 december"),
        ("Thread-Index", "AQHUem" + ralnum(30)),
        ("Date", rfcdate(t, UTC)),
        ("Message-ID", mid),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("*", None),
        ("MIME-Version", "1.0"),
    ]
    add(
        assemble(hs, body),
        "registration",
        [reg("Marc Janssens", "marcjanssens62@hotmail.com", "Zonhoven", None)],
        False,
        "Mail for Windows 10 via hotmail, lower-case display name, only name and town under the sentence: function missing",
    )


# =====================================================================
# 020  registration, Hasselt, template filled INSIDE the quoted invitation
# =====================================================================
def m020():
    t = d(12, 14, 40, 9)
    route, mid = onprem(
        t, "dries.vanhees@hasselt.be", "hasselt.be", gw="mx1", ip_prefix="193.121.40"
    )
    own = """Dag Linda,

Ik kom graag. Mijn gegevens heb ik hieronder aangevuld.

Groeten,
Dries"""
    filled = (
        INV_TEXT.replace("Naam:\n", "Naam: Dries Vanhees\n")
        .replace("Stad / gemeente:\n", "Stad / gemeente: Hasselt\n")
        .replace("Functie:\n", "Functie: organisatieontwikkelaar\n")
        .replace("E-mailadres:\n", "E-mailadres: dries.vanhees@hasselt.be\n")
    )
    color = {
        "Naam: Dries Vanhees": ("Naam: ", "Dries Vanhees"),
        "Stad / gemeente: Hasselt": ("Stad / gemeente: ", "Hasselt"),
        "Functie: organisatieontwikkelaar": ("Functie: ", "organisatieontwikkelaar"),
        "E-mailadres: dries.vanhees@hasselt.be": ("E-mailadres: ", "dries.vanhees@hasselt.be"),
    }
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ)
    body = outlook_body(own, q, filled, color_quoted=color)
    hs = route + outlook_headers(
        "Dries Vanhees <dries.vanhees@hasselt.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        tz=CET,
        xmailer="Microsoft Outlook 16.0",
    )
    add(
        assemble(hs, body),
        "registration",
        [reg("Dries Vanhees", "dries.vanhees@hasselt.be", "Hasselt", "organisatieontwikkelaar")],
        False,
        "answers inline: fills the template inside the quoted invitation (blue in HTML), short note on top",
    )


# =====================================================================
# 021  other: Outlook meeting request from a KCVS colleague
# =====================================================================
def m021():
    t = d(13, 8, 20, 31)
    uid = "040000008200E00074C5B7101A82E008000000%s" % rhex(32, True)
    plain = """Hoi Linda,

Zullen we de jaarplanning 2019 samen doornemen? Ik heb de eerste versie van de kalender klaar.

Griet"""
    ics = (
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
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
BEGIN:VEVENT
ORGANIZER;CN=Griet Verbeke:mailto:griet.verbeke@kcvs.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Linda Boudry:mailto:linda.boudry@kcvs.be
DESCRIPTION;LANGUAGE=nl-BE:Hoi Linda,\\n\\nZullen we de jaarplanning 2019 samen doornemen? Ik heb de eerste versie van de kalender klaar.\\n\\nGriet\\n
UID:%s
SUMMARY;LANGUAGE=nl-BE:Overleg jaarplanning 2019
DTSTART;TZID=Romance Standard Time:20181120T140000
DTEND;TZID=Romance Standard Time:20181120T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20181113T072031Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vergaderzaal 2.14
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
        % uid
    )
    ics = ics.replace("\n", "\r\n") + "\r\n"
    htm = ol_html(plain)
    tag = rhex(40, True)
    body = multi(
        "alternative",
        [
            leaf(plain + "\n", 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable"),
            leaf(htm, 'text/html; charset="us-ascii"', "us-ascii", "quoted-printable"),
            leaf(
                ics.encode("utf-8"),
                'text/calendar; charset="utf-8"; method=REQUEST',
                None,
                "base64",
            ),
        ],
        "_000_%s_" % tag,
    )
    route = envelope(
        "griet.verbeke@kcvs.be",
        rcv_final("smtp.kcvs.be", "smtp.kcvs.be", "10.20.0.4", t, proto="ESMTP"),
    )
    hs = [
        *route,
        ("From", "Griet Verbeke <griet.verbeke@kcvs.be>"),
        ("To", "Linda Boudry <%s>" % LINDA),
        ("Subject", "Overleg jaarplanning 2019"),
        ("Thread-Topic", "Overleg jaarplanning 2019"),
        ("Thread-Index", thread_index()),
        ("Date", rfcdate(t, CET)),
        ("Message-ID", "<%s@kcvs.be>" % rhex(32, True)),
        ("Accept-Language", "nl-BE, en-US"),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("*", None),
        ("MIME-Version", "1.0"),
    ]
    add(
        assemble(hs, body),
        "other",
        [],
        False,
        "Outlook meeting request (text/calendar METHOD:REQUEST) from a colleague; unrelated to the seminar",
    )


# =====================================================================
# 022  registration, Lier, Outlook for Android, surname only in From
# =====================================================================
def m022():
    t = d(14, 11, 0, 17)
    route, mid = exo(t, "kristof.bosmans@lier.be")
    own = """Hallo,

Ik schrijf me in voor 7/12.
Stad Lier - beleidsmedewerker strategie

Kristof

Outlook voor Android downloaden<https://aka.ms/ghei36>"""
    b = "_000_%s_" % rhex(40, True)
    htm = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
        '<div dir="auto" style="direction: ltr; margin: 0; padding: 0; font-family: sans-serif; font-size: 11pt; color: black; ">\n'
        + "<br>\n".join(html.escape(ln) for ln in own.split("\n")[:6])
        + '<br>\n</div>\n<div dir="auto" style="direction: ltr; margin: 0; padding: 0; font-family: sans-serif; '
        'font-size: 11pt; color: black; ">\n<br>\n</div>\n<span id="OutlookSignature">\n<div dir="auto" '
        'style="direction: ltr; margin: 0; padding: 0; font-family: sans-serif; font-size: 11pt; color: black; ">\n'
        'Outlook voor Android downloaden<a href="https://aka.ms/ghei36">https://aka.ms/ghei36</a></div>\n</span>\n</body>\n</html>\n'
    )
    body = multi(
        "alternative",
        [
            leaf(own + "\n", 'text/plain; charset="us-ascii"', "us-ascii", "quoted-printable"),
            leaf(htm, 'text/html; charset="us-ascii"', "us-ascii", "quoted-printable"),
        ],
        b,
    )
    hs = route + outlook_headers(
        "Bosmans Kristof <kristof.bosmans@lier.be>",
        '"linda.boudry@kcvs.be" <%s>' % LINDA,
        "Inschrijving",
        t,
        mid,
        exo_org="lier.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [reg("Kristof Bosmans", "kristof.bosmans@lier.be", "Lier", "beleidsmedewerker strategie")],
        False,
        "Outlook for Android, terse; the body gives only the first name, the surname is in From ('Bosmans Kristof')",
    )


# =====================================================================
# 023  registration, Genk, forwarded chain with the director's signature
# =====================================================================
def m023():
    t = d(15, 16, 20, 44)
    route, mid = exo(t, "mehmet.yilmaz@genk.be")
    fw_t = d(13, 17, 2, 10)
    own = """Beste Linda,

Onze algemeen directeur heeft mij de uitnodiging doorgestuurd. Ik schrijf mij graag in:

Mehmet Yilmaz – Stad Genk – beleidsmedewerker organisatieontwikkeling – mehmet.yilmaz@genk.be

Groeten,
Mehmet"""
    inner = (
        """Mehmet, iets voor jou? Schrijf je gerust in.

Ludo

Ludo Schepers
Algemeen directeur
Stad Genk
Stadsplein 1, 3600 Genk

"""
        + qhdr_text(ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ))
        + "\n\n"
        + INV_TEXT
    )
    q = ol_qhdr(
        ("Ludo Schepers", "ludo.schepers@genk.be"),
        fw_t,
        "Mehmet Yilmaz <mehmet.yilmaz@genk.be>",
        "FW: " + INV_SUBJ,
    )
    body = outlook_body(own, q, inner)
    hs = route + outlook_headers(
        "Mehmet Yilmaz <mehmet.yilmaz@genk.be>",
        "\"'linda.boudry@kcvs.be'\" <%s>" % LINDA,
        "FW: " + INV_SUBJ,
        t,
        mid,
        exo_org="genk.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Mehmet Yilmaz",
                "mehmet.yilmaz@genk.be",
                "Genk",
                "beleidsmedewerker organisatieontwikkeling",
            )
        ],
        False,
        "forwards the internal FW chain; one dash-separated line registers the sender; the director's note and signature in the chain are not a registration",
    )


# =====================================================================
# 024  other needing an answer: can't come, asks for the slides
# =====================================================================
def m024():
    t = d(16, 10, 5, 50)
    route, mid = exo(t, "sarah.claeys@deinze.be")
    own = """Beste mevrouw Boudry,

Helaas kan ik er op 7 december niet bij zijn, maar het thema interesseert mij sterk. Worden de presentaties achteraf gedeeld met wie niet aanwezig kon zijn?

Met vriendelijke groeten,

Sarah Claeys
Stafmedewerker HR
Stad Deinze"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Claeys Sarah <sarah.claeys@deinze.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="deinze.be",
    )
    add(
        assemble(hs, body),
        "other",
        [],
        True,
        "declines an invitation she never accepted (not a cancellation) and asks whether the slides will be shared: needs an answer",
    )


# =====================================================================
# 025  registration, tentative, Aalst alderman via Gmail
# =====================================================================
def m025():
    t = d(19, 9, 30, 8)
    route, mid = gmail(t, "kareldebacker@gmail.com")
    own = """Dag Linda,

Het seminarie interesseert me zeer. Ik weet alleen nog niet zeker of ik die vrijdag vrij ben, de nieuwe coalitie moet nog een aantal zaken vastleggen. Kan ik me al voorlopig inschrijven? Dan laat ik zo snel mogelijk iets weten.

Karel De Backer
schepen van personeel en organisatie, stad Aalst"""
    body = gmail_body(own, gmail_quote_line(INV_T), INV_TEXT)
    hs = [
        *route,
        ("MIME-Version", "1.0"),
        ("References", INV_MID),
        ("In-Reply-To", INV_MID),
        ("From", "Karel De Backer <kareldebacker@gmail.com>"),
        ("Date", rfcdate(t, CET)),
        ("Message-ID", mid),
        ("Subject", "Re: " + INV_SUBJ),
        ("To", LINDA_FROM),
        ("*", None),
    ]
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Karel De Backer",
                "kareldebacker@gmail.com",
                "Aalst",
                "schepen van personeel en organisatie",
            )
        ],
        True,
        "Gmail reply from a private address: asks to be registered 'voorlopig', not sure he can come: tentative, a person should answer",
    )


# =====================================================================
# 026  registration of director + financial director by the secretariat, Wingene
# =====================================================================
def m026():
    t = d(20, 13, 12, 37)
    route, mid = onprem(t, "secretariaat@wingene.be", "wingene.be", ip_prefix="81.246.79")
    own = """Goedemiddag,

Namens onze algemeen directeur en financieel directeur bezorg ik u graag hun inschrijving voor het seminarie 'Stadsorganisaties in transitie' van 7 december:

1. Geert Vanneste – algemeen directeur – geert.vanneste@wingene.be
2. Lieve Declercq – financieel directeur – lieve.declercq@wingene.be

Met vriendelijke groeten,

Sofie Vandecasteele
Secretariaat
Gemeente en OCMW Wingene
Hoogstraat 2, 8750 Wingene
051 65 50 00"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Secretariaat Wingene <secretariaat@wingene.be>",
        "linda.boudry@kcvs.be",
        "Inschrijving seminarie 7/12",
        t,
        mid,
        tz=CET,
        xmailer="Microsoft Outlook 16.0",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg("Geert Vanneste", "geert.vanneste@wingene.be", "Wingene", "algemeen directeur"),
            reg("Lieve Declercq", "lieve.declercq@wingene.be", "Wingene", "financieel directeur"),
        ],
        False,
        "secretariat (functional address) registers two directors in a numbered list; the secretary herself does not come",
    )


# =====================================================================
# 027  other: thank-you from VVSG, will spread the invitation
# =====================================================================
def m027():
    t = d(21, 10, 44, 2)
    route, mid = exo(t, "joke.maes@vvsg.be")
    own = """Dag Linda,

Bedankt voor de uitnodiging! Ik heb ze doorgestuurd naar de collega's van het team Organisatie en Personeel, en we zetten het seminarie ook in de agenda op onze website.

Groetjes,
Joke

Joke Maes
Stafmedewerker communicatie
VVSG"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Joke Maes <joke.maes@vvsg.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="vvsg.be",
    )
    add(
        assemble(hs, body),
        "other",
        [],
        False,
        "thank-you reply to the invitation that forwards it on; no sign-up, nothing to answer",
    )


# =====================================================================
# 028  registration, Dilbeek, Apple Mail, all on one comma-separated line
# =====================================================================
def m028():
    t = d(22, 15, 55, 21)
    route, _ = exo(t, "inge.cools@dilbeek.be", submit="smtp")
    mid = "<%s@dilbeek.be>" % ruuid().upper()
    own = """Hallo Linda,

Inge Cools, Dilbeek, beleidsmedewerker strategie en interne controle, inge.cools@dilbeek.be

Ik kijk ernaar uit!
Inge"""
    ql = apple_quote_line(INV_T)
    plain = own + "\n\n> " + ql + "\n> \n" + quote_gt(INV_TEXT) + "\n\n"
    b = "Apple-Mail=_%s" % ruuid().upper()
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
        + "".join(
            '<div class="">%s</div>' % (html.escape(ln) if ln else '<br class="">')
            for ln in own.split("\n")
        )
        + '<div class=""><br class=""><blockquote type="cite" class=""><div class="">%s</div><br class="Apple-interchange-newline">'
        % html.escape(ql)
        + simple_html(INV_TEXT)
        + "</blockquote></div></body></html>\n"
    )
    body = multi(
        "alternative",
        [
            leaf(plain, "text/plain; charset=utf-8", "utf-8", "quoted-printable"),
            leaf(htm, "text/html; charset=utf-8", "utf-8", "quoted-printable"),
        ],
        b,
    )
    hs = [
        *route,
        ("From", "Inge Cools <inge.cools@dilbeek.be>"),
        ("*", None),
        ("Mime-Version", "1.0 (Mac OS X Mail 12.1 \\(3445.101.1\\))"),
        ("Subject", "Re: " + INV_SUBJ),
        ("Date", rfcdate(t, CET)),
        ("References", INV_MID),
        ("To", "Linda Boudry <%s>" % LINDA),
        ("In-Reply-To", INV_MID),
        ("Message-Id", mid),
        ("X-Mailer", "Apple Mail (2.3445.101.1)"),
    ]
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Inge Cools",
                "inge.cools@dilbeek.be",
                "Dilbeek",
                "beleidsmedewerker strategie en interne controle",
            )
        ],
        False,
        "Apple Mail reply, the four fields on one comma-separated line without labels",
    )


# =====================================================================
# 029  auto-reply to the reminder, on-prem Exchange, English subject prefix
# =====================================================================
def m029():
    t = d(26, 10, 0, 49)
    route, mid = onprem(
        t, "", "antwerpen.be", gw="smtp-out", exch="DGPEXCH04", ip_prefix="212.123.25"
    )
    own = """Beste,

Bedankt voor uw bericht. Ik ben met verlof tot en met vrijdag 30 november. Vanaf maandag 3 december beantwoord ik uw mail zo snel mogelijk.

Voor dringende vragen kan u terecht bij mijn collega Tim Aerts (tim.aerts@antwerpen.be).

Met vriendelijke groeten,
Jolien Verbist"""
    body = outlook_body(own)
    hs = [
        *route,
        ("From", "Verbist Jolien <jolien.verbist@antwerpen.be>"),
        ("To", "Linda Boudry <%s>" % LINDA),
        ("Subject", "Automatic reply: " + REM_SUBJ),
        ("Thread-Topic", REM_SUBJ),
        ("Thread-Index", thread_index()),
        ("Date", rfcdate(t, CET)),
        ("Message-ID", mid),
        ("References", REM_MID),
        ("In-Reply-To", REM_MID),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Transport-FromEntityHeader", "Hosted"),
        ("auto-submitted", "auto-generated"),
        ("x-ms-exchange-inbox-rules-loop", "jolien.verbist@antwerpen.be"),
        ("X-Auto-Response-Suppress", "All"),
        ("*", None),
        ("MIME-Version", "1.0"),
    ]
    add(
        assemble(hs, body),
        "auto_reply",
        [],
        False,
        "on-prem Exchange out-of-office to the reminder, English 'Automatic reply:' prefix on a Dutch body that names a colleague and his address",
    )


# =====================================================================
# 030  bounce: Postfix delay warning for the reminder
# =====================================================================
def m030():
    t = d(26, 14, 2, 31)
    qid = ralnum(10, "0123456789ABCDEF")
    notice = """This is the mail system at host smtp.kcvs.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<personeel@zwalm.be>: connect to mx.zwalm.be[81.246.68.19]:25: Connection
    timed out"""
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; smtp.kcvs.be"
    b1["X-Postfix-Queue-ID"] = qid
    b1["X-Postfix-Sender"] = "rfc822; " + LINDA
    b1["Arrival-Date"] = rfcdate(REM_T, CET, zone_comment="CET")
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; personeel@zwalm.be"
    b2["Original-Recipient"] = "rfc822;personeel@zwalm.be"
    b2["Action"] = "delayed"
    b2["Status"] = "4.4.1"
    b2["Diagnostic-Code"] = (
        "X-Postfix; connect to mx.zwalm.be[81.246.68.19]:25: Connection timed out"
    )
    b2["Will-Retry-Until"] = rfcdate(REM_T + timedelta(days=5), CET, zone_comment="CET")
    ds.set_payload([b1, b2])
    orig_h = (
        "Return-Path: <%s>\nReceived: from LindaPC (ip-81-82-14-201.dyn.telenet.be [81.82.14.201])\n"
        '\tby smtp.kcvs.be (Postfix) with ESMTPSA id %s;\n\t%s\nFrom: "Linda Boudry" <%s>\n'
        'To: "Linda Boudry" <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n'
        'Content-Type: multipart/alternative;\n\tboundary="----=_NextPart_000_003C_01D48570.CDF21A20"\n'
        "X-Mailer: Microsoft Outlook 16.0\nContent-Language: nl-be\n"
        % (
            LINDA,
            qid,
            rfcdate(REM_T, CET, zone_comment="CET"),
            LINDA,
            LINDA,
            REM_SUBJ,
            rfcdate(REM_T, CET),
            REM_MID,
        )
    )
    body = multi(
        "report",
        [
            leaf(
                notice + "\n",
                "text/plain; charset=us-ascii",
                "us-ascii",
                "7bit",
                extra=[("Content-Description", "Notification")],
            ),
            ds,
            leaf(
                orig_h,
                "text/rfc822-headers",
                "us-ascii",
                "7bit",
                extra=[("Content-Description", "Undelivered Message Headers")],
            ),
        ],
        "%s.%d/smtp.kcvs.be" % (qid, 1543237351),
        " report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.\n",
    )
    route = [
        ("Return-Path", "<>"),
        ("Delivered-To", LINDA),
        (
            "Received",
            "by smtp.kcvs.be (Postfix) id %s; %s"
            % (ralnum(10, "BCDFGHJKLMNPQRSTVWXZ0123456789"), rfcdate(t, CET, zone_comment="CET")),
        ),
    ]
    hs = [
        *route,
        ("Date", rfcdate(t, CET, zone_comment="CET")),
        ("From", "MAILER-DAEMON@smtp.kcvs.be (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)"),
        ("To", LINDA),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("Content-Transfer-Encoding", "8bit"),
        ("Message-Id", "<20181126130231.%s@smtp.kcvs.be>" % rhex(8, True)),
    ]
    add(
        assemble(hs, body),
        "bounce",
        [],
        False,
        "Postfix delay warning (Action: delayed, 4.4.1) for the reminder, text/rfc822-headers only",
    )


# =====================================================================
# 031  registration after the reminder, Ninove, 'E-mailadres: zie afzender'
# =====================================================================
def m031():
    t = d(26, 11, 20, 14)
    route, mid = exo(t, "ellen.vanderlinden@ninove.be")
    own = """Dag Linda,

Goed dat u ons eraan herinnert, het was er bij mij nog niet van gekomen!

Naam: Ellen Van der Linden
Stad / gemeente: Ninove
Functie: beleidsmedewerker HR
E-mailadres: zie afzender

Vriendelijke groeten
Ellen"""
    q = ol_qhdr(("Linda Boudry", LINDA), REM_T, "Linda Boudry <%s>" % LINDA, REM_SUBJ)
    body = outlook_body(own, q, REM_TEXT)
    hs = route + outlook_headers(
        "Ellen Van der Linden <ellen.vanderlinden@ninove.be>",
        LINDA_FROM,
        "RE: " + REM_SUBJ,
        t,
        mid,
        inrep=REM_MID,
        refs=REM_MID,
        exo_org="ninove.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Ellen Van der Linden",
                "ellen.vanderlinden@ninove.be",
                "Ninove",
                "beleidsmedewerker HR",
            )
        ],
        False,
        "reply to the reminder, template with 'E-mailadres: zie afzender' (use the From address)",
    )


# =====================================================================
# 032  cancellation, Lubbeek director (GroupWise), reply to the confirmation
# =====================================================================
def m032():
    t = d(26, 14, 30, 5)
    d(5, 11, 3, 2)
    cmid = conf_mid()
    own = """Beste,

Helaas moet ik mijn inschrijving voor 7 december annuleren: er is die voormiddag een extra vergadering van het college ingepland.
Mijn excuses.

Koen Vermeulen
algemeen directeur
Gemeente Lubbeek"""
    quoted = ">>> Linda Boudry <linda.boudry@kcvs.be> 5/11/2018 11:03 >>>\n" + conf_text(
        "Koen Vermeulen"
    )
    plain = own + "\n\n" + quoted + "\n"
    b = "=__Part%s.0__=" % rhex(8, True)
    htm = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
        '<body style="MARGIN: 4px 4px 1px; FONT: 10pt Segoe UI">\n'
        + "".join(
            "<DIV>%s</DIV>\n" % (html.escape(ln) if ln else "&nbsp;") for ln in plain.split("\n")
        )
        + "</body></html>\n"
    )
    body = multi(
        "alternative",
        [
            leaf(
                plain,
                "text/plain; charset=US-ASCII",
                "us-ascii",
                "quoted-printable",
                extra=[("Content-Disposition", "inline")],
            ),
            leaf(
                htm,
                "text/html; charset=utf-8",
                "utf-8",
                "quoted-printable",
                extra=[("Content-Disposition", "inline")],
            ),
        ],
        b,
    )
    route = envelope(
        "Koen.Vermeulen@lubbeek.be",
        rcv_final("gwia.lubbeek.be", "gwia.lubbeek.be", "84.199.36.110", t),
    )
    hs = [
        *route,
        ("Message-Id", "<5BFBF4250200000C8000%s@gwia.lubbeek.be>" % rhex(4, True)),
        ("X-Mailer", "GroupWise Internet Agent 18.0.2 "),
        ("Date", rfcdate(t, CET)),
        ("From", '"Koen Vermeulen" <Koen.Vermeulen@lubbeek.be>'),
        ("To", '"Linda Boudry" <linda.boudry@kcvs.be>'),
        ("Subject", "Antw: " + CONF_SUBJ),
        ("References", cmid),
        ("In-Reply-To", cmid),
        ("Mime-Version", "1.0"),
        ("*", None),
    ]
    add(
        assemble(hs, body),
        "cancellation",
        [reg("Koen Vermeulen", "koen.vermeulen@lubbeek.be", "Lubbeek", "algemeen directeur")],
        False,
        "GroupWise reply to the automatic confirmation: cancels his own registration ('annuleren'); quoted confirmation below",
    )


# =====================================================================
# 033  substitution, Brugge: Marijke out, Evelien in
# =====================================================================
def m033():
    t = d(27, 9, 15, 40)
    route, mid = exo(t, "bart.vandenberghe@brugge.be")
    ct = d(7, 8, 56, 3)
    cmid = conf_mid()
    own = """Dag Linda,

Marijke Dewulf kan op 7 december helaas niet mee, ze zit die dag in een selectiejury. In haar plaats komt onze collega Evelien Deprez, HR-businesspartner (evelien.deprez@brugge.be).

Kan je dat aanpassen in jullie lijst?

Bedankt!
Bart

Bart Vandenberghe
Stafmedewerker organisatieontwikkeling
Stad Brugge – Burg 12, 8000 Brugge
050 44 80 00"""
    q = ol_qhdr(
        ("Linda Boudry", LINDA), ct, "Vandenberghe Bart <bart.vandenberghe@brugge.be>", CONF_SUBJ
    )
    body = outlook_body(own, q, conf_text("Bart Vandenberghe"))
    hs = route + outlook_headers(
        "Vandenberghe Bart <bart.vandenberghe@brugge.be>",
        LINDA_FROM,
        "RE: " + CONF_SUBJ,
        t,
        mid,
        inrep=cmid,
        refs=cmid,
        exo_org="brugge.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [reg("Evelien Deprez", "evelien.deprez@brugge.be", "Brugge", "HR-businesspartner")],
        True,
        "substitution sent by a third colleague: Marijke Dewulf withdraws, Evelien Deprez comes instead; must go to review",
    )


# =====================================================================
# 034  registration, Vlaamse Gemeenschapscommissie (not a municipality)
# =====================================================================
def m034():
    t = d(27, 12, 0, 22)
    route, mid = exo(t, "joris.vanhecke@vgc.be")
    own = """Beste Linda

Graag schrijf ik me in voor het seminarie van 7 december.

Naam: Joris Van Hecke
Organisatie: Vlaamse Gemeenschapscommissie
Functie: beleidsmedewerker lokaal sociaal beleid
E-mail: joris.vanhecke@vgc.be

Vriendelijke groet
Joris

Joris Van Hecke
Beleidsmedewerker lokaal sociaal beleid
Vlaamse Gemeenschapscommissie
Emile Jacqmainlaan 135, 1000 Brussel"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Van Hecke Joris <joris.vanhecke@vgc.be>",
        LINDA_FROM,
        "Inschrijving Stadsorganisaties in transitie",
        t,
        mid,
        exo_org="vgc.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Joris Van Hecke",
                "joris.vanhecke@vgc.be",
                "Vlaamse Gemeenschapscommissie",
                "beleidsmedewerker lokaal sociaal beleid",
            )
        ],
        False,
        "'Organisatie:' instead of 'Stad / gemeente:'; a Brussels body that is not a municipality (address says 1000 Brussel)",
    )


# =====================================================================
# 035  registration, Anderlecht, sentence + bilingual signature
# =====================================================================
def m035():
    t = d(28, 8, 40, 3)
    route, mid = exo(t, "hgoris@anderlecht.brussels")
    own = """Goedemorgen,

Ik had mij graag ingeschreven voor het seminarie 'Stadsorganisaties in transitie'. Ik ben stafmedewerker Nederlandstalige aangelegenheden bij de gemeente Anderlecht.

Met vriendelijke groeten
Hanne Goris

Gemeente Anderlecht – Commune d'Anderlecht
Raadsplein 1 – Place du Conseil 1
1070 Anderlecht
T 02 558 08 00"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "GORIS Hanne <hgoris@anderlecht.brussels>",
        "linda.boudry@kcvs.be",
        "Inschrijving seminarie",
        t,
        mid,
        exo_org="anderlecht.brussels",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Hanne Goris",
                "hgoris@anderlecht.brussels",
                "Anderlecht",
                "stafmedewerker Nederlandstalige aangelegenheden",
            )
        ],
        False,
        "sentence registration from a Brussels municipality (.brussels domain, 'GORIS Hanne' in From), bilingual signature",
    )


# =====================================================================
# 036  registration of three Antwerpen colleagues in a numbered list
# =====================================================================
def m036():
    t = d(28, 13, 25, 30)
    route, mid = onprem(
        t,
        "liesbeth.peeters@antwerpen.be",
        "antwerpen.be",
        gw="smtp-out",
        exch="DGPEXCH02",
        ip_prefix="212.123.25",
    )
    own = """Beste Linda,

Wij komen graag met drie collega's van stad Antwerpen naar het seminarie:

1. Liesbeth Peeters, teamcoach organisatieontwikkeling, liesbeth.peeters@antwerpen.be
2. Latifa Benali, organisatieadviseur, latifa.benali@antwerpen.be
3. Wouter Mertens, stafmedewerker bedrijfsvoering, wouter.mertens@antwerpen.be

Leuk dat het in het Permeke doorgaat, dat is voor ons om de hoek!

Vriendelijke groeten

Liesbeth Peeters
teamcoach organisatieontwikkeling
Stad Antwerpen | bedrijfsvoering
Grote Markt 1, 2000 Antwerpen"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Peeters Liesbeth <liesbeth.peeters@antwerpen.be>",
        LINDA_FROM,
        "inschrijving seminarie 7 december (3 personen)",
        t,
        mid,
        tz=CET,
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Liesbeth Peeters",
                "liesbeth.peeters@antwerpen.be",
                "Antwerpen",
                "teamcoach organisatieontwikkeling",
            ),
            reg("Latifa Benali", "latifa.benali@antwerpen.be", "Antwerpen", "organisatieadviseur"),
            reg(
                "Wouter Mertens",
                "wouter.mertens@antwerpen.be",
                "Antwerpen",
                "stafmedewerker bedrijfsvoering",
            ),
        ],
        False,
        "three colleagues of the host city in a numbered list, each with function and address",
    )


# =====================================================================
# 037  cancellation of one of two Leuven colleagues (other one in Cc stays)
# =====================================================================
def m037():
    t = d(29, 10, 10, 12)
    route, mid = exo(t, "hilde.wouters@leuven.be")
    ct = d(6, 9, 4, 30)
    cmid = conf_mid()
    own = """Beste Linda,

Ik moet helaas afzeggen voor 7 december, er is iets tussengekomen. Pieter komt wel.

Groeten,

Hilde Wouters
Teamcoach HR-beleid
Stad Leuven | Professor Van Overstraetenplein 1 | 3000 Leuven
016 27 20 00 | www.leuven.be"""
    q = ol_qhdr(("Linda Boudry", LINDA), ct, "Wouters Hilde <hilde.wouters@leuven.be>", CONF_SUBJ)
    body = outlook_body(own, q, conf_text("Hilde Wouters"))
    hs = route + outlook_headers(
        "Wouters Hilde <hilde.wouters@leuven.be>",
        LINDA_FROM,
        "RE: " + CONF_SUBJ,
        t,
        mid,
        cc="Claes Pieter <pieter.claes@leuven.be>",
        inrep=cmid,
        refs=cmid,
        exo_org="leuven.be",
    )
    add(
        assemble(hs, body),
        "cancellation",
        [reg("Hilde Wouters", "hilde.wouters@leuven.be", "Leuven", "teamcoach HR-beleid")],
        False,
        "cancels for herself only; the colleague in Cc still comes and must not be cancelled",
    )


# =====================================================================
# 038  registration, Hoogstraten OCMW chair, iPad with a gmail account
# =====================================================================
def m038():
    t = d(29, 16, 45, 0)
    route, _ = gmail(t, "jef.vangorp@gmail.com")
    own = """Beste mevrouw Boudry,

Graag wil ik deelnemen aan uw seminarie.
Jef Van Gorp
OCMW-voorzitter Hoogstraten

Verzonden vanaf mijn iPad"""
    body = leaf(own + "\n", "text/plain; charset=us-ascii", "us-ascii", "7bit")
    hs = [
        *route,
        ("From", "Jef Van Gorp <jef.vangorp@gmail.com>"),
        ("*", None),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Seminarie 7 december"),
        ("Message-Id", "<%s@gmail.com>" % ruuid().upper()),
        ("Date", rfcdate(t, CET)),
        ("To", LINDA),
        ("X-Mailer", "iPad Mail (16B92)"),
    ]
    add(
        assemble(hs, body),
        "registration",
        [reg("Jef Van Gorp", "jef.vangorp@gmail.com", "Hoogstraten", "OCMW-voorzitter")],
        False,
        "iPad, private gmail, very short; function+town as 'OCMW-voorzitter Hoogstraten'",
    )


# =====================================================================
# 039  other: Politeia newsletter (Flexmail)
# =====================================================================
def m039():
    t = d(30, 9, 0, 41)
    plain = """Nieuw bij Politeia: Handboek voor de gemeenteraad 2019-2024

Beste Linda Boudry,

Op 1 januari 2019 gaan de nieuwe gemeenteraden van start, samen met het nieuwe decreet lokaal bestuur. Ons vernieuwd handboek zet alles op een rij: bevoegdheden van gemeenteraad en college, de integratie van het OCMW, de rol van de algemeen directeur en de financieel directeur.

Bestel nu met 15%% korting tot 15 december: https://www.politeia.be/nl/handboek-gemeenteraad

Opleidingen in december:
- 11/12 Gent - Het nieuwe decreet lokaal bestuur in de praktijk
- 13/12 Leuven - Meerjarenplanning voor beleidsmedewerkers

Met vriendelijke groeten,
Uitgeverij Politeia

U ontvangt deze e-mail omdat u klant bent bij Politeia. Uitschrijven: https://politeia.flexmail.eu/unsubscribe?id=%s""" % rhex(
        24
    )
    htm = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
        + "".join(
            '<p style="font-family:Verdana;font-size:13px">%s</p>'
            % html.escape(p).replace("\n", "<br>")
            for p in plain.split("\n\n")
        )
        + "</body></html>\n"
    )
    b = "----=_Part_%d_%d.%d" % (
        random.randint(100000, 999999),
        random.randint(100000000, 999999999),
        1543564841000 + random.randint(0, 999),
    )
    body = multi(
        "alternative",
        [
            leaf(plain + "\n", "text/plain; charset=iso-8859-1", "iso-8859-1", "quoted-printable"),
            leaf(htm, "text/html; charset=iso-8859-1", "iso-8859-1", "quoted-printable"),
        ],
        b,
    )
    route = envelope(
        "bounce-%s@bounce.flexmail.eu" % rhex(16),
        rcv_final("mta%d.flexmail.eu" % 7, "mta7.flexmail.eu", "185.27.188.%d" % 17, t),
    )
    hs = [
        *route,
        ("Date", rfcdate(t, CET)),
        ("From", "Politeia <info@politeia.be>"),
        ("Reply-To", "info@politeia.be"),
        ("To", "Linda Boudry <%s>" % LINDA),
        (
            "Message-ID",
            "<%s.%d.JavaMail.flexmail@mta7.flexmail.eu>" % (rhex(16), random.randint(1000, 9999)),
        ),
        ("Subject", hdr("Nieuw: Handboek voor de gemeenteraad 2019-2024 – nu met 15% korting")),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("List-Unsubscribe", "<https://politeia.flexmail.eu/unsubscribe?id=%s>" % rhex(24)),
        ("X-Mailer", "Flexmail"),
        ("Precedence", "bulk"),
    ]
    add(
        assemble(hs, body),
        "other",
        [],
        False,
        "commercial newsletter from a publisher (List-Unsubscribe, Precedence: bulk), mentions directors and councils",
    )


# =====================================================================
# 040  registration by a secretary, Tienen director, no address for him
# =====================================================================
def m040():
    t = d(30, 11, 30, 18)
    route, mid = exo(t, "nathalie.pauwels@tienen.be")
    own = """Beste,

Graag schrijf ik onze algemeen directeur, de heer Luc Vandormael, in voor het seminarie van 7 december in Antwerpen.

Met vriendelijke groeten,

Nathalie Pauwels
Directiesecretariaat
Stad Tienen
Grote Markt 27, 3300 Tienen"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Pauwels Nathalie <nathalie.pauwels@tienen.be>",
        LINDA_FROM,
        "Inschrijving seminarie 7/12",
        t,
        mid,
        exo_org="tienen.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [reg("Luc Vandormael", None, "Tienen", "algemeen directeur")],
        False,
        "secretary registers the director ('de heer'), no address given for him: email null; secretary is not a registrant",
    )


# =====================================================================
# 041  cancellation, Roeselare alderman, reply to the confirmation
# =====================================================================
def m041():
    t = d(30, 15, 5, 52)
    route, mid = onprem(t, "ruben.vanhoutte@roeselare.be", "roeselare.be", gw="mailgw")
    ct = d(7, 14, 23, 30)
    cmid = conf_mid()
    own = """Beste mevrouw Boudry,

Door een samenloop van omstandigheden kan ik op 7 december toch niet aanwezig zijn. Mag ik u vragen mij uit te schrijven?

Met vriendelijke groeten,

Ruben Vanhoutte
Schepen van personeel, organisatieontwikkeling en ICT
Stad Roeselare
Botermarkt 2 | 8800 Roeselare"""
    q = ol_qhdr(("Linda Boudry", LINDA), ct, "Ruben Vanhoutte", CONF_SUBJ, mailto=True)
    body = outlook_body(own, q, conf_text("Ruben Vanhoutte"))
    hs = route + outlook_headers(
        "Ruben Vanhoutte <ruben.vanhoutte@roeselare.be>",
        LINDA_FROM,
        "RE: " + CONF_SUBJ,
        t,
        mid,
        inrep=cmid,
        refs=cmid,
        tz=CET,
        xmailer="Microsoft Outlook 16.0",
    )
    add(
        assemble(hs, body),
        "cancellation",
        [
            reg(
                "Ruben Vanhoutte",
                "ruben.vanhoutte@roeselare.be",
                "Roeselare",
                "schepen van personeel, organisatieontwikkeling en ICT",
            )
        ],
        False,
        "formal cancellation ('mij uit te schrijven') replying to the confirmation",
    )


# =====================================================================
# 042  registration on the deadline from a private gmail, work address in body
# =====================================================================
def m042():
    t = d(2, 21, 47, 3, month=12)
    route, mid = gmail(t, "evy.smets@gmail.com")
    own = """Dag Linda,

Hopelijk is het nog niet te laat! Ik stuur dit van thuis uit, vandaar mijn privémail.

Naam: Evy Smets
Gemeente: Kapellen
Functie: beleidsmedewerker personeel en organisatie
E-mailadres: evy.smets@kapellen.be

Groetjes,
Evy"""
    body = gmail_body(own)
    hs = [
        *route,
        ("MIME-Version", "1.0"),
        ("From", "Evy Smets <evy.smets@gmail.com>"),
        ("Date", rfcdate(t, CET)),
        ("Message-ID", mid),
        ("Subject", "Inschrijving seminarie 7 december"),
        ("To", LINDA),
        ("*", None),
    ]
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Evy Smets",
                "evy.smets@kapellen.be",
                "Kapellen",
                "beleidsmedewerker personeel en organisatie",
            )
        ],
        False,
        "Sunday evening on the deadline from a private gmail; the template gives her work address, which is hers",
    )


# =====================================================================
# 043  late registration (after 2 Dec), Ieper, no question asked
# =====================================================================
def m043():
    t = d(3, 8, 30, 29, month=12)
    route, mid = exo(t, "stefaan.lefevere@ieper.be")
    own = """Goedemorgen,

Excuses voor de late reactie, de uitnodiging was in mijn mailbox wat ondergesneeuwd. Graag schrijf ik me nog in voor vrijdag.

Stefaan Lefevere
Diensthoofd welzijn
Stad Ieper"""
    q = ol_qhdr(("Linda Boudry", LINDA), INV_T, "Linda Boudry <%s>" % LINDA, INV_SUBJ)
    body = outlook_body(own, q, INV_TEXT)
    hs = route + outlook_headers(
        "Lefevere Stefaan <stefaan.lefevere@ieper.be>",
        LINDA_FROM,
        "RE: " + INV_SUBJ,
        t,
        mid,
        inrep=INV_MID,
        refs=INV_MID,
        exo_org="ieper.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [reg("Stefaan Lefevere", "stefaan.lefevere@ieper.be", "Ieper", "diensthoofd welzijn")],
        False,
        "registration one day after the deadline, apologises but asks nothing; lateness is policy, not parsing",
    )


# =====================================================================
# 044  cancellation of the mayor by his secretary, Herentals
# =====================================================================
def m044():
    t = d(3, 11, 15, 40, month=12)
    route, mid = onprem(t, "els.wuyts@herentals.be", "herentals.be")
    own = """Goedemorgen,

Burgemeester Jan Michielsen moet zich helaas verontschuldigen voor het seminarie van vrijdag; hij wordt die dag verwacht op een overleg bij de gouverneur.
Mag u hem uitschrijven?

Met vriendelijke groeten,

Els Wuyts
Directiesecretariaat – kabinet burgemeester
Stad Herentals
Augustijnenlaan 30, 2200 Herentals
014 28 50 50"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Els Wuyts <els.wuyts@herentals.be>",
        "\"'linda.boudry@kcvs.be'\" <%s>" % LINDA,
        "afmelding seminarie 7/12 - burgemeester",
        t,
        mid,
        tz=CET,
    )
    add(
        assemble(hs, body),
        "cancellation",
        [reg("Jan Michielsen", None, "Herentals", "burgemeester")],
        False,
        "secretary cancels for the mayor; his address is not in this mail (sender's address is hers)",
    )


# =====================================================================
# 045  other needing an answer: 'did my registration arrive?'
# =====================================================================
def m045():
    t = d(3, 14, 0, 36, month=12)
    route, mid = exo(t, "bert.verlinden@turnhout.be")
    own = """Dag Linda,

Ik heb mij midden november ingeschreven voor het seminarie van vrijdag, maar ik heb nooit een bevestiging ontvangen. Kan je even nakijken of ik op de lijst sta?

Alvast bedankt,

Bert Verlinden
Diensthoofd ICT
Stad Turnhout"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Verlinden Bert <bert.verlinden@turnhout.be>",
        LINDA_FROM,
        "Inschrijving seminarie vrijdag?",
        t,
        mid,
        exo_org="turnhout.be",
    )
    add(
        assemble(hs, body),
        "other",
        [],
        True,
        "asks whether an earlier sign-up (not in this set) arrived; a person must check the list and answer",
    )


# =====================================================================
# 046  cancellation (ill), Hasselt, iPhone reply to the practical info
# =====================================================================
def m046():
    t = d(4, 9, 20, 11, month=12)
    route, _ = onprem(t, "dries.vanhees@hasselt.be", "hasselt.be", gw="mx1", ip_prefix="193.121.40")
    own = """Linda, ik lig met griep in bed en zal vrijdag helaas niet kunnen komen. Sorry!
Dries

Verstuurd vanaf mijn iPhone"""
    plain = own + "\n\n" + apple_quote_line(PRAC_T) + "\n\n" + quote_gt(PRAC_TEXT) + "\n"
    body = leaf(plain, "text/plain; charset=utf-8", "utf-8", "quoted-printable")
    hs = [
        *route,
        ("From", "Dries Vanhees <dries.vanhees@hasselt.be>"),
        ("To", "Linda Boudry <%s>" % LINDA),
        ("Subject", "Re: " + PRAC_SUBJ),
        ("Thread-Topic", PRAC_SUBJ),
        ("Thread-Index", thread_index()),
        ("Date", rfcdate(t, CET)),
        ("Message-ID", "<%s@hasselt.be>" % ruuid().upper()),
        ("References", PRAC_MID),
        ("In-Reply-To", PRAC_MID),
        ("Content-Language", "nl-BE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("*", None),
        ("MIME-Version", "1.0"),
    ]
    add(
        assemble(hs, body),
        "cancellation",
        [reg("Dries Vanhees", "dries.vanhees@hasselt.be", "Hasselt", None)],
        False,
        "short iPhone reply to the practical-info mail: ill, cannot come; no function in this mail, town only from the domain",
    )


# =====================================================================
# 047  auto-reply (Zimbra vacation, subject 'Re:') to the practical info, Mechelen
# =====================================================================
def m047():
    t = d(4, 9, 3, 5, month=12)
    own = """Ik ben afwezig op 4 en 5 december. Vanaf donderdag 6 december lees ik mijn mails opnieuw.
Voor dringende zaken: stafdienst strategie en organisatie, 015 29 75 00.

Tom Peeters"""
    body = leaf(own + "\n", "text/plain; charset=utf-8", "utf-8", "7bit")
    route = envelope(
        "", rcv_final("smtp-out.mechelen.be", "smtp-out.mechelen.be", "213.219.150.12", t)
    )
    hs = [
        *route,
        ("Date", rfcdate(t, CET, pad=False)),
        ("From", "Tom Peeters <tom.peeters@mechelen.be>"),
        ("To", "Linda Boudry <%s>" % LINDA),
        (
            "Message-ID",
            "<%d.%d.%d.JavaMail.zimbra@mechelen.be>"
            % (
                random.randint(100000000, 999999999),
                random.randint(1000, 9999),
                1543910585000 + random.randint(0, 999),
            ),
        ),
        ("In-Reply-To", PRAC_MID),
        ("References", PRAC_MID),
        ("Subject", "Re: " + PRAC_SUBJ),
        ("MIME-Version", "1.0"),
        ("*", None),
        ("Auto-Submitted", "auto-replied (zimbra; vacation)"),
        ("X-Mailer", "Zimbra 8.8.9_GA_3019 (zclient/8.8.9_GA_3019)"),
    ]
    add(
        assemble(hs, body),
        "auto_reply",
        [],
        False,
        "Zimbra vacation reply to the practical-info mail: subject is a plain 'Re:', only the Auto-Submitted header and the wording give it away",
    )


# =====================================================================
# 048  other: 'thanks, see you Friday' reply to the practical info
# =====================================================================
def m048():
    t = d(4, 15, 40, 2, month=12)
    route, mid = exo(t, "lien.verhaegen@brucity.be")
    own = """Dag Linda,

Bedankt voor de praktische info. Tot vrijdag!

Lien"""
    q = ol_qhdr(("Linda Boudry", LINDA), PRAC_T, "Linda Boudry <%s>" % LINDA, PRAC_SUBJ)
    body = outlook_body(own, q, PRAC_TEXT)
    hs = route + outlook_headers(
        "Verhaegen Lien <lien.verhaegen@brucity.be>",
        LINDA_FROM,
        "RE: " + PRAC_SUBJ,
        t,
        mid,
        inrep=PRAC_MID,
        refs=PRAC_MID,
        exo_org="brucity.be",
    )
    add(
        assemble(hs, body),
        "other",
        [],
        False,
        "already-registered participant says thanks for the practical info; no action, no answer needed",
    )


# =====================================================================
# 049  late registration with a question ('is er nog plaats?'), Lokeren
# =====================================================================
def m049():
    t = d(5, 12, 10, 47, month=12)
    route, mid = exo(t, "christophe.vanacker@lokeren.be")
    own = """Beste,

Ik zie nu pas de uitnodiging voor vrijdag. Is er nog een plaatsje vrij? Indien ja, dan schrijf ik me graag in.

Met vriendelijke groeten,

Christophe Van Acker
Schepen van financiën en personeel
Stad Lokeren"""
    q = ol_qhdr(("Linda Boudry", LINDA), REM_T, "Linda Boudry <%s>" % LINDA, REM_SUBJ)
    body = outlook_body(own, q, REM_TEXT)
    hs = route + outlook_headers(
        "Van Acker Christophe <christophe.vanacker@lokeren.be>",
        LINDA_FROM,
        "RE: " + REM_SUBJ,
        t,
        mid,
        inrep=REM_MID,
        refs=REM_MID,
        exo_org="lokeren.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg(
                "Christophe Van Acker",
                "christophe.vanacker@lokeren.be",
                "Lokeren",
                "schepen van financiën en personeel",
            )
        ],
        True,
        "two days before the event, conditional sign-up with a question about room left: a person must decide and answer",
    )


# =====================================================================
# 050  late registration of two, Geel (sender + director)
# =====================================================================
def m050():
    t = d(6, 8, 5, 14, month=12)
    route, mid = exo(t, "nele.verachtert@geel.be")
    own = """Goedemorgen Linda,

We hebben pas gisteren groen licht gekregen, dus sorry voor de late melding. We komen morgen graag met twee: ikzelf en onze algemeen directeur Dirk Peetermans (dirk.peetermans@geel.be).

Groeten,
Nele

Nele Verachtert
Organisatieontwikkelaar
Stad Geel
Werft 20, 2440 Geel"""
    body = outlook_body(own)
    hs = route + outlook_headers(
        "Nele Verachtert <nele.verachtert@geel.be>",
        LINDA_FROM,
        "inschrijving seminarie morgen",
        t,
        mid,
        exo_org="geel.be",
    )
    add(
        assemble(hs, body),
        "registration",
        [
            reg("Nele Verachtert", "nele.verachtert@geel.be", "Geel", "organisatieontwikkelaar"),
            reg("Dirk Peetermans", "dirk.peetermans@geel.be", "Geel", "algemeen directeur"),
        ],
        False,
        "the day before the event, sender ('ikzelf', function only in the signature) plus her director in one sentence",
    )


# =====================================================================
def main():
    builders = [globals()["m%03d" % i] for i in range(1, 51)]
    for b in builders:
        b()
    assert len(MESSAGES) == 50
    for i, (msg, label) in enumerate(MESSAGES, 1):
        with open(os.path.join(OUT, "%03d.eml" % i), "wb") as f:
            f.write(to_bytes(msg))
        with open(os.path.join(OUT, "%03d.json" % i), "w", encoding="utf-8", newline="\n") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
