"""Compose a reply as threaded MIME bytes: safe headers, text and HTML parts, an invitation.

Nothing taken from an incoming mail reaches a header as it came: names and subjects are decoded,
stripped of control characters (a CR/LF, raw or encoded, can never start a header of its own),
RFC 2047-encoded unless they are plain ASCII and folded only at their own spaces, and every
header line must be printable ASCII; an address is used only when it is one plain, valid
addr-spec. Headers are written as text, not parsed again through ``email.headerregistry``.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import functools
import math
import re
import secrets
import string
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any, Final

from email_validator import EmailNotValidError, validate_email

from inbox_worker.config import Language, Settings
from inbox_worker.delivery import invitation, render
from models.tables import OutboxPurpose, RegistrantStatus

# Headers of every reply.
AUTO_SUBMITTED_HEADER: Final = "Auto-Submitted"
AUTO_SUBMITTED_VALUE: Final = "auto-replied"  # RFC 3834: a reply made by a program
LOOP_HEADER: Final = "X-Inbox-Worker-Loop"  # value: the organiser's address; never answer it
AUTO_RESPONSE_SUPPRESS_HEADER: Final = "X-Auto-Response-Suppress"  # Exchange: no OOF to us
AUTO_RESPONSE_SUPPRESS_VALUE: Final = "All"
CONTENT_LANGUAGE_HEADER: Final = "Content-Language"

# How the message is written.
CRLF: Final = "\r\n"
MIME_VERSION_FIELD: Final = b"MIME-Version: 1.0\r\n"
HEADER_LINE_LENGTH: Final = 76  # RFC 2047: a line with an encoded word is at most 76 long
LONGEST_HEADER_NAME: Final = "Subject: "  # of the headers that can carry encoded words
ENCODED_WORD_LENGTH: Final = HEADER_LINE_LENGTH - len(LONGEST_HEADER_NAME)
Q_WORD_PREFIX: Final = "=?utf-8?q?"
B_WORD_PREFIX: Final = "=?utf-8?b?"
WORD_SUFFIX: Final = "?="
BASE64_QUANTUM_BYTES: Final = 3  # base64 writes every 3 bytes as 4 characters
BASE64_QUANTUM_CHARS: Final = 4
BOUNDARY_PREFIX: Final = "=_"  # never occurs in quoted-printable or base64 text
BOUNDARY_RANDOM_BYTES: Final = 16
ADDRESS_CACHE_SIZE: Final = 4096  # validated addresses: the reply guard and compose ask twice

REPLY_PREFIX: Final = "Re: "
MAX_NAME_LENGTH: Final = 120
MAX_SUBJECT_LENGTH: Final = 200
MAX_ADDRESS_LENGTH: Final = 254
MAX_MESSAGE_ID_LENGTH: Final = 250
MAX_REFERENCES: Final = 20

REPLY_PURPOSES: Final = frozenset(render.PURPOSE_TEMPLATES)
# Purposes whose reply carries the calendar invitation (when someone in it has a place).
INVITATION_PURPOSES: Final = frozenset(
    {
        OutboxPurpose.CONFIRMATION,
        OutboxPurpose.SUMMARY,
        OutboxPurpose.ALREADY_REGISTERED,
        OutboxPurpose.PROMOTED,
        OutboxPurpose.CORRECTION_ACK,
    }
)
INVITATION_FILENAMES: Final = {
    Language.NL: "uitnodiging.ics",
    Language.EN: "invitation.ics",
    Language.FR: "invitation.ics",
}

_REPLY_PREFIXES = re.compile(r"^(?:\s*(?:re|aw|antw|sv|réf|ref)(?:\[\d+\])?\s*:\s*)+", re.I)
_MESSAGE_ID = re.compile(r"^<[!-;=?-~]+>$")  # printable ASCII without '<', '>' or spaces
_ADDRESS_FORBIDDEN = re.compile(r"[\s<>(),;:\"\\\[\]]")
_NAME_FORBIDDEN = re.compile(r"[@<>]")
_PHRASE_SPECIALS = re.compile(r'[][\\()<>@,:;".]')  # not atext: a display name with one is quoted
_QUOTED_PAIR = re.compile(r'(["\\])')
# RFC 2047 5(3): what a 'Q' encoded word in a phrase may carry as it is.
_Q_LITERAL: Final = frozenset(string.ascii_letters + string.digits + "!*+-/")
_TEXT_ROOM: Final = ENCODED_WORD_LENGTH - len(Q_WORD_PREFIX) - len(WORD_SUFFIX)


class UnusableAddress(ValueError):
    """The recipient is not one plain, valid e-mail address; nothing is sent to it."""


@dataclass(frozen=True)
class Thread:
    """What a reply threads under: the Message-ID and subject of the mail it answers."""

    message_id: str | None
    subject: str
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recipient:
    """Who a reply goes to: one valid addr-spec and a cleaned display name (maybe empty)."""

    addr_spec: str
    display_name: str = ""


@dataclass(frozen=True)
class ComposedReply:
    """A reply ready for the outbox."""

    raw: bytes
    message_id: str
    recipient: Recipient
    subject: str

    def as_bytes(self) -> bytes:
        """The complete message as it goes on the wire (CRLF line ends)."""
        return self.raw

    @property
    def message(self) -> EmailMessage:
        """The reply parsed back by the standard library (for inspection; parsed on each call)."""
        parsed = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


# ---------------------------------------------------------------------------------------------
# Cleaning what came from outside
# ---------------------------------------------------------------------------------------------


def _decode_encoded_words(value: str) -> str:
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value


def clean_text(value: str | None, max_length: int = MAX_SUBJECT_LENGTH) -> str:
    """One line of text: encoded words decoded, control characters and line breaks made spaces."""
    if not value:
        return ""
    decoded = _decode_encoded_words(value)
    visible = "".join(
        " " if unicodedata.category(char)[0] == "C" or char in "\u2028\u2029" else char
        for char in decoded
    )
    return " ".join(visible.split())[:max_length].strip()


def clean_display_name(value: str | None) -> str:
    """A display name safe for a header; empty when it looks like an address (no spoofing)."""
    name = clean_text(value, MAX_NAME_LENGTH)
    return "" if _NAME_FORBIDDEN.search(name) else name


def usable_address(value: str | None) -> str | None:
    """``value`` when it is exactly one valid addr-spec (domain in ASCII), else ``None``.

    ``alice@example.com <bob@example.com>``, lists, display names, quoted local parts, control
    characters and non-ASCII local parts are all refused.
    """
    if not value:
        return None
    candidate = value.strip()
    if len(candidate) > MAX_ADDRESS_LENGTH or _ADDRESS_FORBIDDEN.search(candidate):
        return None
    if not candidate.isprintable() or candidate.count("@") != 1:
        return None
    return _validated_address(candidate)


@functools.lru_cache(maxsize=ADDRESS_CACHE_SIZE)
def _validated_address(candidate: str) -> str | None:
    """The normalised ``candidate`` when email-validator accepts it (asked once per address)."""
    try:
        checked = validate_email(
            candidate,
            check_deliverability=False,
            allow_smtputf8=False,
            allow_quoted_local=False,
            allow_domain_literal=False,
        )
    except EmailNotValidError:
        return None
    return str(checked.ascii_email or checked.normalized)


def recipient_address(to_address: str, to_name: str | None) -> Recipient:
    """The To address; UnusableAddress unless ``to_address`` is one valid addr-spec."""
    address = usable_address(to_address)
    if address is None:
        raise UnusableAddress(f"not a single valid e-mail address: {clean_text(to_address)!r}")
    return Recipient(addr_spec=address, display_name=clean_display_name(to_name))


def sender_address(settings: Settings) -> Address:
    """The From address of every reply, from the SMTP configuration."""
    return Address(
        display_name=clean_display_name(settings.smtp.from_name),
        addr_spec=str(settings.smtp.from_address),
    )


def valid_message_id(value: str | None) -> str | None:
    """``value`` when it is a well-formed ``<...>`` Message-ID, else ``None``."""
    if not value:
        return None
    candidate = value.strip()
    if len(candidate) > MAX_MESSAGE_ID_LENGTH or not _MESSAGE_ID.match(candidate):
        return None
    return candidate


def reply_subject(original: str | None, fallback: str) -> str:
    """'Re: <original subject>' without stacking prefixes; ``fallback`` when there is none."""
    subject = _REPLY_PREFIXES.sub("", clean_text(original)).strip()
    if not subject:
        return clean_text(fallback)
    return REPLY_PREFIX + subject


def references_chain(thread: Thread) -> list[str]:
    """The References of a reply: the original's own, then its Message-ID, valid ones only."""
    chain: list[str] = []
    for candidate in (*thread.references, thread.message_id):
        message_id = valid_message_id(candidate)
        if message_id and message_id not in chain:
            chain.append(message_id)
    if len(chain) > MAX_REFERENCES:
        chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
    return chain


def new_message_id(settings: Settings) -> str:
    """A fresh Message-ID in the organiser's domain."""
    domain = str(settings.smtp.from_address).rpartition("@")[2]
    return make_msgid(domain=domain)


# ---------------------------------------------------------------------------------------------
# Registrants and language
# ---------------------------------------------------------------------------------------------


def registrant_view(registrant: Any) -> render.RegistrantView:
    """The details of a registrant (a table row or a parser record) as the templates show them."""
    status = getattr(registrant, "status", None)
    return render.RegistrantView(
        name=clean_text(getattr(registrant, "name", None), MAX_NAME_LENGTH),
        municipality=clean_text(getattr(registrant, "municipality", None), MAX_NAME_LENGTH),
        function=clean_text(getattr(registrant, "function", None), MAX_NAME_LENGTH),
        email=usable_address(getattr(registrant, "email", None)) or "",
        status=str(getattr(status, "value", status) or RegistrantStatus.REGISTERED.value),
    )


def reply_language(language: str | None, settings: Settings) -> Language:
    """The language to write in: the person's, when we have templates for it, else the default."""
    if language:
        code = language.strip().lower()[:2]
        if code in {member.value for member in Language}:
            return Language(code)
    return settings.replies.default_language


def _wants_invitation(purpose: OutboxPurpose, registrants: Sequence[render.RegistrantView]) -> bool:
    if purpose not in INVITATION_PURPOSES:
        return False
    if not registrants:
        return True
    return any(view.status == RegistrantStatus.REGISTERED.value for view in registrants)


# ---------------------------------------------------------------------------------------------
# The message
# ---------------------------------------------------------------------------------------------


def compose_reply(
    settings: Settings,
    *,
    purpose: OutboxPurpose,
    to_address: str,
    to_name: str | None,
    registrants: Iterable[Any],
    thread: Thread | None,
    language: str | None,
    now: datetime,
    message_id: str | None = None,
) -> ComposedReply:
    """Build the complete reply; UnusableAddress when ``to_address`` cannot be used."""
    recipient = recipient_address(to_address, to_name)
    lang = reply_language(language, settings)
    views = [registrant_view(registrant) for registrant in registrants]
    with_invitation = _wants_invitation(purpose, views)
    variables = render.template_variables(
        purpose=purpose,
        event=render.event_view(settings.event, lang),
        recipient_name=_first_name_or_name(recipient.display_name, views),
        registrants=views,
        has_invitation=with_invitation,
        confirms_each_registrant=settings.replies.confirm_each_registrant,
    )
    rendered = render.render_reply(settings.replies.templates_dir, purpose, lang, variables)
    subject = reply_subject(thread.subject if thread else None, rendered.subject)
    message_id = message_id or new_message_id(settings)
    calendar = None
    if with_invitation:
        calendar = _invitation_part(settings, recipient, views, variables, lang, now)
    headers = _reply_headers(settings, recipient, subject, message_id, thread, now)
    body = _reply_body(rendered, lang, calendar)
    return ComposedReply(headers + MIME_VERSION_FIELD + body, message_id, recipient, subject)


def _first_name_or_name(display_name: str, views: Sequence[render.RegistrantView]) -> str:
    """How to greet: the name in the To header, else the only registrant's name, else nobody."""
    if display_name:
        return display_name
    if len(views) == 1:
        return views[0].name
    return ""


# ---------------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------------


def header_field(name: str, value: str) -> str:
    """``Name: value`` and CRLF, folded at the value's own spaces into lines of at most 76.

    ValueError unless ``value`` is printable ASCII: a line break can never end up in it.
    """
    if not (value.isascii() and value.isprintable()):
        raise ValueError(f"the {name} header would not be one line of printable ASCII")
    words = value.split(" ")
    lines = [f"{name}: {words[0]}"]
    for word in words[1:]:
        if word and len(lines[-1]) + 1 + len(word) > HEADER_LINE_LENGTH:
            lines.append(" " + word)
        else:
            lines[-1] += " " + word
    return CRLF.join(lines) + CRLF


def encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 encoded words in UTF-8, each short enough for one header line.

    'Q' or 'B', whichever is shorter (as the standard library chooses). Words are split between
    characters, never inside one; decoded and joined they give ``text``.
    """
    q_pieces = [_q_encoded(char) for char in text]
    if sum(map(len, q_pieces)) <= _base64_length(len(text.encode("utf-8"))):
        return [Q_WORD_PREFIX + chunk + WORD_SUFFIX for chunk in _packed(q_pieces, _TEXT_ROOM)]
    byte_room = _TEXT_ROOM // BASE64_QUANTUM_CHARS * BASE64_QUANTUM_BYTES
    # Each character's UTF-8 bytes as Latin-1 text: one character per byte, for _packed.
    byte_pieces = [char.encode("utf-8").decode("latin-1") for char in text]
    return [
        B_WORD_PREFIX + base64.b64encode(chunk.encode("latin-1")).decode("ascii") + WORD_SUFFIX
        for chunk in _packed(byte_pieces, byte_room)
    ]


def _base64_length(byte_count: int) -> int:
    return BASE64_QUANTUM_CHARS * math.ceil(byte_count / BASE64_QUANTUM_BYTES)


def _packed(pieces: Sequence[str], room: int) -> list[str]:
    """Consecutive ``pieces`` joined into strings of at most ``room`` characters, in order."""
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) > room:
            chunks.append(current)
            current = ""
        current += piece
    if current:
        chunks.append(current)
    return chunks


def _q_encoded(char: str) -> str:
    if char in _Q_LITERAL:
        return char
    if char == " ":
        return "_"
    return "".join(f"={byte:02X}" for byte in char.encode("utf-8"))


def _needs_encoding(text: str) -> bool:
    """Whether ``text`` must be encoded: not ASCII, or it could be read as an encoded word."""
    return not text.isascii() or "=?" in text


def _needs_encoding_in_phrase(word: str) -> bool:
    """Whether a word of a display name next to encoded words must be encoded too."""
    return _needs_encoding(word) or _PHRASE_SPECIALS.search(word) is not None


def _encoded_runs(text: str, needs_encoding: Callable[[str], bool]) -> str:
    """``text`` with each run of words that need it as encoded words, other words as they are.

    A space inside a run is encoded with it; a space next to a plain word stays a space: both
    survive decoding.
    """
    tokens: list[str] = []
    run: list[str] = []
    for word in text.split(" "):
        if needs_encoding(word):
            run.append(word)
            continue
        if run:
            tokens += encoded_words(" ".join(run))
            run = []
        tokens.append(word)
    if run:
        tokens += encoded_words(" ".join(run))
    return " ".join(tokens)


def unstructured_value(text: str) -> str:
    """A Subject-like header value: plain ASCII words as they are, the others encoded."""
    return _encoded_runs(text, _needs_encoding) if _needs_encoding(text) else text


def mailbox_value(display_name: str, addr_spec: str) -> str:
    """``Name <addr-spec>`` (or the bare addr-spec): the name quoted or encoded as it needs."""
    if not display_name:
        return addr_spec
    if _needs_encoding(display_name):
        phrase = _encoded_runs(display_name, _needs_encoding_in_phrase)
    elif _PHRASE_SPECIALS.search(display_name):
        phrase = '"' + _QUOTED_PAIR.sub(r"\\\1", display_name) + '"'
    else:
        phrase = display_name
    return f"{phrase} <{addr_spec}>"


@functools.lru_cache(maxsize=8)
def _from_field(from_name: str, from_address: str) -> str:
    """The From header of every reply (the same for all of them: built once)."""
    if usable_address(from_address) is None:
        raise ValueError(f"smtp.from_address is not one plain ASCII address: {from_address!r}")
    return header_field("From", mailbox_value(clean_display_name(from_name), from_address))


def _reply_headers(
    settings: Settings,
    recipient: Recipient,
    subject: str,
    message_id: str,
    thread: Thread | None,
    now: datetime,
) -> bytes:
    fields = [
        _from_field(settings.smtp.from_name, str(settings.smtp.from_address)),
        header_field("To", mailbox_value(recipient.display_name, recipient.addr_spec)),
        header_field("Subject", unstructured_value(subject)),
        header_field("Date", format_datetime(now.astimezone(settings.event.zone))),
        header_field("Message-ID", message_id),
    ]
    original = valid_message_id(thread.message_id) if thread else None
    if original:
        fields.append(header_field("In-Reply-To", original))
    chain = references_chain(thread) if thread else []
    if chain:
        fields.append(header_field("References", " ".join(chain)))
    fields += [
        header_field(AUTO_SUBMITTED_HEADER, AUTO_SUBMITTED_VALUE),
        header_field(AUTO_RESPONSE_SUPPRESS_HEADER, AUTO_RESPONSE_SUPPRESS_VALUE),
        header_field(LOOP_HEADER, str(settings.smtp.from_address)),
    ]
    return "".join(fields).encode("ascii")


# ---------------------------------------------------------------------------------------------
# MIME parts: each is its Content-* header lines, an empty line and its encoded body
# ---------------------------------------------------------------------------------------------


def _reply_body(
    rendered: render.RenderedReply, language: Language, calendar: bytes | None
) -> bytes:
    """Text and HTML as alternatives, with the invitation beside them when there is one."""
    texts = [_text_part(rendered.text, "plain"), _text_part(rendered.html, "html")]
    language_field = header_field(CONTENT_LANGUAGE_HEADER, language.value)
    if calendar is None:
        return _multipart("alternative", texts, language_field)
    return _multipart("mixed", [_multipart("alternative", texts), calendar], language_field)


def _text_part(text: str, subtype: str) -> bytes:
    """A UTF-8 text part, quoted-printable, with CRLF line ends and a final line end."""
    body = b"\r\n".join(text.encode("utf-8").splitlines()) + b"\r\n"
    headers = header_field("Content-Type", f'text/{subtype}; charset="utf-8"') + header_field(
        "Content-Transfer-Encoding", "quoted-printable"
    )
    return headers.encode("ascii") + b"\r\n" + binascii.b2a_qp(body, istext=True)


def _multipart(subtype: str, parts: Sequence[bytes], extra_fields: str = "") -> bytes:
    """A multipart of ``parts`` under a fresh random boundary; ``extra_fields`` after its type."""
    boundary = BOUNDARY_PREFIX + secrets.token_hex(BOUNDARY_RANDOM_BYTES)
    header = header_field("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')
    delimiter = b"--" + boundary.encode("ascii")
    chunks = [(header + extra_fields).encode("ascii"), b"\r\n"]
    for part in parts:
        chunks += [delimiter, b"\r\n", part, b"\r\n"]
    chunks += [delimiter, b"--\r\n"]
    return b"".join(chunks)


def _parameters(params: Mapping[str, str]) -> str:
    """MIME parameters, each value quoted; ValueError for a value that cannot be quoted simply."""
    for value in params.values():
        if _QUOTED_PAIR.search(value):
            raise ValueError(f"MIME parameter value needs escaping: {value!r}")
    return "".join(f'; {name}="{value}"' for name, value in params.items())


def _invitation_part(
    settings: Settings,
    recipient: Recipient,
    views: Sequence[render.RegistrantView],
    variables: dict[str, Any],
    language: Language,
    now: datetime,
) -> bytes:
    person = views[0].email or views[0].name if len(views) == 1 else ""
    domain = str(settings.smtp.from_address).rpartition("@")[2]
    uid = invitation.invitation_uid(settings.event, person or recipient.addr_spec, domain)
    description = render.render_invitation_text(settings.replies.templates_dir, language, variables)
    data = invitation.build_invitation(settings.event, uid=uid, description=description, now=now)
    content_type = "text/calendar" + _parameters(invitation.CONTENT_TYPE_PARAMS)
    disposition = "attachment" + _parameters({"filename": INVITATION_FILENAMES[language]})
    headers = (
        header_field("Content-Type", content_type)
        + header_field("Content-Disposition", disposition)
        + header_field("Content-Transfer-Encoding", "base64")
    )
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return headers.encode("ascii") + b"\r\n" + body
