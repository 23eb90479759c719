"""Raw message bytes to decoded headers, the best body text, attachments and attached messages."""

from __future__ import annotations

import email
import email.message
import logging
import re
from dataclasses import dataclass, field
from typing import Final

import mailparser

from inbox_worker.parsing.charsets import decode_bytes, decode_header_text, repair_surrogates
from inbox_worker.parsing.htmltext import html_to_text

logger = logging.getLogger(__name__)


class _QuietUnhandledParts(logging.Filter):
    """mail-parser warns for every part type it does not render (delivery reports): expected here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "not handled" not in record.getMessage()


logging.getLogger("mailparser.core").addFilter(_QuietUnhandledParts())

MAX_DEPTH: Final = 4  # nested message/rfc822 levels that are still read
MAX_PARTS: Final = 300  # MIME parts read per message; the rest is ignored
MAX_HEADERS: Final = 500  # header fields read per message
MAX_TEXT_CHARS: Final = 300_000  # body text kept for analysis
MAX_RAW_BYTES: Final = 30 * 1024 * 1024
LINE_ENDS: Final = re.compile(r"\r\n?")
INVISIBLE: Final = re.compile(r"[\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad]")
CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
REPORT_PARTS: Final = frozenset({"message/delivery-status", "message/global-delivery-status"})
HEADER_PARTS: Final = frozenset({"text/rfc822-headers", "message/rfc822-headers"})
MESSAGE_PARTS: Final = frozenset({"message/rfc822", "message/global"})
BODY_TYPES: Final = frozenset({"text/plain", "text/html"})
# A plain part that only points at the HTML one: 'Dit bericht is in HTML', 'View it in a browser'
HTML_STAND_IN: Final = re.compile(
    r"(?i)\bhtml\b|\bbrowser\b|\bnavigateur\b|\bweergeven\b|\bcannot\s+be\s+displayed\b"
)
HTML_STAND_IN_CHARS: Final = 200
VCARD_TYPES: Final = frozenset({"text/vcard", "text/x-vcard", "text/directory"})
# 'text/plain; charset=utf-8' (other simple parameters may follow): get_content_charset would
# return the charset in lower case, so it can be read without parsing every parameter.
TOKEN: Final = r"[A-Za-z0-9_.:+-]+"
PLAIN_CHARSET: Final = re.compile(
    rf"[^;\"\\=]*;[ \t]*(?i:charset)[ \t]*=[ \t]*(?:(?P<bare>{TOKEN})|\"(?P<quoted>{TOKEN})\")[ \t]*"
    rf"(?:;[ \t]*[A-Za-z0-9_-]+[ \t]*=[ \t]*(?:{TOKEN}|\"[A-Za-z0-9_.:+ /=-]*\")[ \t]*)*"
)
MAX_VCARDS: Final = 5
MAX_TEXT_FILES: Final = 3
MAX_TEXT_FILE_BYTES: Final = 50_000
TEXT_FILE_TYPES: Final = frozenset({"text/plain", "text/csv"})
TEXT_FILE_SUFFIXES: Final = (".txt", ".csv")
MAX_VCARD_BYTES: Final = 20_000


@dataclass(frozen=True)
class Attachment:
    """A part that is not body text: its type, file name and size in bytes."""

    content_type: str
    filename: str | None
    size: int
    inline: bool = False  # shown inside the body (a logo in a signature), not a file to open


@dataclass
class DecodedMail:
    """One message, decoded: header values as clean text, the body as text, and what it carries."""

    headers: list[tuple[str, str]] = field(default_factory=list)
    raw_headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str = "text/plain"
    report_type: str = ""
    text: str = ""
    html_only: bool = False
    attachments: list[Attachment] = field(default_factory=list)
    attached: list[DecodedMail] = field(default_factory=list)
    delivery_status: str = ""
    returned_headers: str = ""
    problems: list[str] = field(default_factory=list)
    vcards: list[str] = field(default_factory=list)  # attached business cards, as text
    text_files: list[str] = field(default_factory=list)  # attached .txt and .csv files, as text
    _first_values: dict[str, str] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _indexed: tuple[list[tuple[str, str]], int] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        return self._first_value_index().get(name.lower())

    def _first_value_index(self) -> dict[str, str]:
        """Each header name's first value, built again when ``headers`` is replaced or grows."""
        indexed, count = self._indexed or (None, 0)
        if indexed is not self.headers or count != len(self.headers):
            self._first_values = {}
            for key, value in self.headers:
                self._first_values.setdefault(key, value)
            self._indexed = (self.headers, len(self.headers))
        return self._first_values

    def raw_header_all(self, name: str) -> list[str]:
        """Every value of header ``name`` as written (8-bit bytes repaired, words not decoded)."""
        wanted = name.lower()
        return [v for k, v in self.raw_headers if k == wanted]

    def header_all(self, name: str) -> list[str]:
        """Every value of header ``name``, in order."""
        wanted = name.lower()
        return [v for k, v in self.headers if k == wanted]

    @property
    def has_headers(self) -> bool:
        """Whether this looks like a message at all (some RFC 5322 header is present)."""
        known = {
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "received",
            "mime-version",
            "content-type",
        }
        return any(k in known for k, _ in self.headers)


@dataclass
class _Walk:
    """State while walking the MIME tree of one message."""

    mail: DecodedMail
    depth: int
    parts_seen: int = 0
    texts: list[str] = field(default_factory=list)


def parse_message(raw: bytes) -> email.message.Message:
    """The MIME tree of ``raw``: mail-parser first, the stdlib parser when it fails."""
    try:
        parsed = mailparser.parse_from_bytes(raw)
        message = parsed.message
        if isinstance(message, email.message.Message):
            return message
    except Exception as exc:  # mail-parser gives up on some broken MIME; the stdlib never does
        logger.debug("mail-parser failed (%s); using the email package", type(exc).__name__)
    return email.message_from_bytes(raw)


def decode(raw: bytes) -> DecodedMail:
    """Decode one raw message."""
    if len(raw) > MAX_RAW_BYTES:
        raw = raw[:MAX_RAW_BYTES]
    message = parse_message(raw)
    return decode_message(message, depth=0)


def decode_message(message: email.message.Message, depth: int) -> DecodedMail:
    """Decode a parsed message (also an attached one)."""
    mail = DecodedMail()
    mail.raw_headers = _raw_headers(message)
    mail.headers = [(k, decode_header_text(v)) for k, v in mail.raw_headers]
    mail.content_type = _content_type(message)
    if _may_have_param(message, "report-type"):
        mail.report_type = _param(message, "report-type")
    walk = _Walk(mail=mail, depth=depth)
    _visit(message, walk)
    text = "\n\n".join(t for t in walk.texts if t.strip())
    mail.text = _normalise(text)[:MAX_TEXT_CHARS]
    defects = getattr(message, "defects", [])
    mail.problems.extend(type(d).__name__ for d in defects[:5])
    return mail


def _raw_headers(message: email.message.Message) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    try:
        items = list(message.raw_items())  # as written: .items() would re-parse them
    except Exception:
        return headers
    for name, value in items[:MAX_HEADERS]:
        try:
            headers.append((str(name).strip().lower(), repair_surrogates(str(value))))
        except Exception:  # one undecodable header must not cost the message
            logger.debug("undecodable header %r", name, exc_info=True)
    return headers


def _may_have_param(part: email.message.Message, name: str) -> bool:
    """Whether the Content-Type header names parameter ``name`` at all (get_param parses it)."""
    value = part.get("content-type")
    return value is not None and name in str(value).lower()


def _param(part: email.message.Message, name: str) -> str:
    """A Content-Type parameter's value in lower case ('' when absent)."""
    return str(part.get_param(name, "") or "").lower()


def content_charset(part: email.message.Message) -> str | None:
    """What ``part.get_content_charset()`` gives, read directly from a plain Content-Type header."""
    value = part.get("content-type")
    match = PLAIN_CHARSET.fullmatch(value) if isinstance(value, str) else None
    if match is not None:
        return (match.group("bare") or match.group("quoted")).lower()
    return part.get_content_charset() if _may_have_param(part, "charset") else None


def _content_type(part: email.message.Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "text/plain"


def _visit(part: email.message.Message, walk: _Walk) -> None:
    walk.parts_seen += 1
    if walk.parts_seen > MAX_PARTS:
        return
    ctype = _content_type(part)
    if ctype in REPORT_PARTS:
        walk.mail.delivery_status += _report_text(part) + "\n"
    elif ctype in MESSAGE_PARTS:
        _visit_attached_message(part, walk)
    elif part.is_multipart():
        _visit_multipart(part, ctype, walk)
    elif ctype in HEADER_PARTS:
        walk.mail.returned_headers += _part_text(part) + "\n"
    elif _is_body_text(part, ctype):
        text = _part_text(part)
        if ctype == "text/html":
            text = html_to_text(text)
        walk.texts.append(text)
    else:
        _add_attachment(part, ctype, walk)


def _visit_multipart(part: email.message.Message, ctype: str, walk: _Walk) -> None:
    payload = part.get_payload()
    if not isinstance(payload, list):
        return
    children = [c for c in payload if isinstance(c, email.message.Message)]
    if ctype == "multipart/alternative":
        best = _best_alternative(children)
        if best is not None:
            if _content_type(best) == "text/html" and not walk.texts:
                walk.mail.html_only = True
            _visit(best, walk)
        return
    for child in children:
        _visit(child, walk)


def _best_alternative(children: list[email.message.Message]) -> email.message.Message | None:
    """text/plain (when it has text) before anything else, then HTML, then the first part."""
    plain = [c for c in children if _content_type(c) == "text/plain" and _has_text(_part_text(c))]
    if plain:
        return plain[0]
    for child in children:
        ctype = _content_type(child)
        if ctype == "text/html" or (child.is_multipart() and ctype != "multipart/alternative"):
            return child
    return children[0] if children else None


def _has_text(text: str) -> bool:
    """Text, not a stand-in for the HTML part ('Dit bericht is in HTML')."""
    stripped = text.strip()
    return bool(stripped) and not (
        len(stripped) < HTML_STAND_IN_CHARS and HTML_STAND_IN.search(stripped)
    )


def _visit_attached_message(part: email.message.Message, walk: _Walk) -> None:
    payload = part.get_payload()
    first = payload[0] if isinstance(payload, list) and payload else None
    inner = first if isinstance(first, email.message.Message) else None
    if inner is None:
        raw = part.get_payload(decode=True)
        if isinstance(raw, bytes) and raw.strip():
            inner = email.message_from_bytes(raw)
    if inner is None:
        return
    if walk.depth + 1 > MAX_DEPTH:
        walk.mail.problems.append("attached message nested too deeply")
        return
    walk.mail.attached.append(decode_message(inner, walk.depth + 1))


def _is_body_text(part: email.message.Message, ctype: str) -> bool:
    """Inline text/plain and text/html are body text; a named attachment or other type is not."""
    if ctype not in BODY_TYPES:
        return False
    disposition = str(part.get("Content-Disposition", "") or "").lower()
    if not disposition.startswith("attachment"):
        return True
    try:
        filename = part.get_filename()
    except Exception:
        filename = None
    return not filename


def _report_text(part: email.message.Message) -> str:
    """A delivery-status part as 'Field: value' lines (the email package parses it into blocks)."""
    payload = part.get_payload()
    if not isinstance(payload, list):
        return _part_text(part)
    lines: list[str] = []
    for block in payload:
        if isinstance(block, email.message.Message):
            lines.extend(f"{k}: {decode_header_text(v)}" for k, v in block.raw_items())
            lines.append("")
    return "\n".join(lines)


def _add_attachment(part: email.message.Message, ctype: str, walk: _Walk) -> None:
    try:
        filename = part.get_filename()
    except Exception:
        filename = None
    payload = part.get_payload(decode=True)
    size = len(payload) if isinstance(payload, bytes) else 0
    name = decode_header_text(filename) if filename else None
    disposition = str(part.get("Content-Disposition", "") or "").strip().lower()
    inline = disposition.startswith("inline") or (
        not disposition and part.get("Content-ID") is not None
    )
    walk.mail.attachments.append(Attachment(ctype, name, size, inline))
    is_card = ctype in VCARD_TYPES or (name or "").lower().endswith(".vcf")
    if is_card and isinstance(payload, bytes) and len(walk.mail.vcards) < MAX_VCARDS:
        walk.mail.vcards.append(decode_bytes(payload[:MAX_VCARD_BYTES], part.get_content_charset()))
    is_text = ctype in TEXT_FILE_TYPES or (name or "").lower().endswith(TEXT_FILE_SUFFIXES)
    room = len(walk.mail.text_files) < MAX_TEXT_FILES
    if is_text and room and not inline and not is_card and isinstance(payload, bytes):
        text = decode_bytes(payload[:MAX_TEXT_FILE_BYTES], part.get_content_charset())
        walk.mail.text_files.append(text.replace("\r\n", "\n"))


def _part_text(part: email.message.Message) -> str:
    """The decoded text of a leaf part: transfer encoding, charset and format=flowed undone."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        charset = content_charset(part)
    except Exception:
        charset = None
    text = decode_bytes(payload, charset)
    if _may_have_param(part, "format") and _param(part, "format") == "flowed":
        delsp = _param(part, "delsp") == "yes"
        text = unflow(text, delsp)
    return text


def unflow(text: str, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed: join soft-broken lines, keep quote depth, unstuff spaces."""
    out: list[str] = []
    buffer = ""
    depth_of_buffer = -1
    for line in LINE_ENDS.sub("\n", text).split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]
        if buffer and depth != depth_of_buffer:
            out.append(_quoted(buffer, depth_of_buffer))
            buffer = ""
        soft = content.endswith(" ") and content.rstrip() != "--"
        if soft:
            buffer += content[:-1] if delsp else content
            depth_of_buffer = depth
            continue
        out.append(_quoted(buffer + content, depth))
        buffer = ""
    if buffer:
        out.append(_quoted(buffer, depth_of_buffer))
    return "\n".join(out)


def _quoted(text: str, depth: int) -> str:
    return ("> " * depth + text) if depth else text


def _normalise(text: str) -> str:
    text = LINE_ENDS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    text = CONTROL.sub("", text)
    return text.replace("\u00a0", " ").replace("\t", "    ")
