"""Compose a reply as a threaded MIME message: safe headers, text and HTML parts, an invitation.

Nothing taken from an incoming mail reaches a header as it came: names and subjects are decoded,
stripped of control characters (a CR/LF, raw or encoded, can never start a header of its own)
and written through ``email.headerregistry`` objects under ``email.policy.SMTP``; an address is
used only when it is one plain, valid addr-spec.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
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


class UnusableAddress(ValueError):
    """The recipient is not one plain, valid e-mail address; nothing is sent to it."""


@dataclass(frozen=True)
class Thread:
    """What a reply threads under: the Message-ID and subject of the mail it answers."""

    message_id: str | None
    subject: str
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class ComposedReply:
    """A reply ready for the outbox."""

    message: EmailMessage
    message_id: str
    recipient: Address
    subject: str

    def as_bytes(self) -> bytes:
        """The complete message as it goes on the wire (CRLF line ends)."""
        return self.message.as_bytes(policy=SMTP)


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


def recipient_address(to_address: str, to_name: str | None) -> Address:
    """The To address; UnusableAddress unless ``to_address`` is one valid addr-spec."""
    address = usable_address(to_address)
    if address is None:
        raise UnusableAddress(f"not a single valid e-mail address: {clean_text(to_address)!r}")
    return Address(display_name=clean_display_name(to_name), addr_spec=address)


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
    message = EmailMessage(policy=SMTP)
    _set_headers(message, settings, recipient, subject, message_id, thread, now)
    message.set_content(rendered.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    if with_invitation:
        _attach_invitation(message, settings, recipient, views, variables, lang, now)
    message[CONTENT_LANGUAGE_HEADER] = lang.value  # after the parts: set_content clears Content-*
    return ComposedReply(message, message_id, recipient, subject)


def _first_name_or_name(display_name: str, views: Sequence[render.RegistrantView]) -> str:
    """How to greet: the name in the To header, else the only registrant's name, else nobody."""
    if display_name:
        return display_name
    if len(views) == 1:
        return views[0].name
    return ""


def _set_headers(
    message: EmailMessage,
    settings: Settings,
    recipient: Address,
    subject: str,
    message_id: str,
    thread: Thread | None,
    now: datetime,
) -> None:
    message["From"] = sender_address(settings)
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = format_datetime(now.astimezone(settings.event.zone))
    message["Message-ID"] = message_id
    chain = references_chain(thread) if thread else []
    original = valid_message_id(thread.message_id) if thread else None
    if original:
        message["In-Reply-To"] = original
    if chain:
        message["References"] = " ".join(chain)
    message[AUTO_SUBMITTED_HEADER] = AUTO_SUBMITTED_VALUE
    message[AUTO_RESPONSE_SUPPRESS_HEADER] = AUTO_RESPONSE_SUPPRESS_VALUE
    message[LOOP_HEADER] = str(settings.smtp.from_address)


def _attach_invitation(
    message: EmailMessage,
    settings: Settings,
    recipient: Address,
    views: Sequence[render.RegistrantView],
    variables: dict[str, Any],
    language: Language,
    now: datetime,
) -> None:
    person = views[0].email or views[0].name if len(views) == 1 else ""
    domain = str(settings.smtp.from_address).rpartition("@")[2]
    uid = invitation.invitation_uid(settings.event, person or recipient.addr_spec, domain)
    description = render.render_invitation_text(settings.replies.templates_dir, language, variables)
    data = invitation.build_invitation(settings.event, uid=uid, description=description, now=now)
    message.add_attachment(
        data,
        maintype="text",
        subtype="calendar",
        filename=INVITATION_FILENAMES[language],
        params=dict(invitation.CONTENT_TYPE_PARAMS),
    )
