"""Strict sender parsing and the header signals: automatic mail, mass mail, threading."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from email.headerregistry import HeaderRegistry
from functools import cached_property
from typing import Final

from inbox_worker.parsing.decode import DecodedMail

logger = logging.getLogger(__name__)

_REGISTRY: Final = HeaderRegistry()
MAX_ADDRESS_HEADER: Final = 2000
ANGLE_ID: Final = re.compile(r"<[^<>\s]{1,500}>")
SIMPLE_ADDRESS: Final = re.compile(
    r"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"
)
UNFOLD: Final = re.compile(r"\r?\n[ \t]+")
EMBEDDED_ADDRESS: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
AUTO_REPLY_HEADERS: Final = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply")
BULK_PRECEDENCE: Final = frozenset({"bulk", "list", "junk"})
DAEMON_DISPLAY: Final = re.compile(
    r"(?i)\b(?:mailer[-_ ]?daemon|postmaster|mail\s+delivery\s+(?:system|subsystem|service)|"
    r"mail\s+deliver\s+system|ndr\s+administrator|delivery\s+status\s+notification)\b"
)
EMPTY_ADDRESS: Final = re.compile(r"^\s*<\s*>\s*$|<\s*>")
# 'Zoë Peeters <zoe.peeters@gent.be>', '"Peeters, Zoë" <…>', '<jan@gent.be>' or 'jan@gent.be':
# words of letters (with ' and -) or a quoted name without escapes or encoded words, and a plain
# dot-atom address, which the header registry reads the same way and without defects.
PLAIN_ADDRESS: Final = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
PLAIN_WORD: Final = r"[^\W\d_](?:[^\W\d_]|['-])*"
PLAIN_QUOTED: Final = r'"(?P<quoted>[^"\\=?\x00-\x1f\x7f]*)"'
PLAIN_MAILBOX: Final = re.compile(
    rf"(?:(?:(?P<name>{PLAIN_WORD}(?: {PLAIN_WORD})*)|{PLAIN_QUOTED}) ?)?<(?P<spec>{PLAIN_ADDRESS})>|"
    rf"(?P<bare>{PLAIN_ADDRESS})"
)
DAEMON_LOCALPARTS: Final = re.compile(
    r"^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|mailerdaemon|bounces?|microsoftexchange[0-9a-f]*|"
    r"mail\.?delivery(?:\.?system)?|nobody-bounce)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Address:
    """One mailbox: display name (may be empty) and lower-case address."""

    name: str
    email: str


@dataclass
class HeaderSignals:
    """What the headers alone say about a message."""

    message_id: str | None = None
    subject: str = ""
    sender: Address | None = None
    sender_problem: str | None = None
    raw_to: str = ""
    raw_cc: str = ""
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    auto_submitted: bool = False
    auto_submitted_value: str = ""
    auto_reply_header: str | None = None
    precedence: str = ""
    list_mail: bool = False
    bulk: bool = False
    exchange_auto: bool = False
    failed_recipients: list[str] = field(default_factory=list)
    daemon_sender: bool = False
    null_return_path: bool = False

    @cached_property
    def to(self) -> list[Address]:
        """The To addresses (parsed on first use: few decisions need them)."""
        return parse_address_list(self.raw_to)

    @cached_property
    def cc(self) -> list[Address]:
        """The Cc addresses (parsed on first use)."""
        return parse_address_list(self.raw_cc)

    def sent_to(self, address: str) -> bool:
        """Whether ``address`` is among the To recipients."""
        return address.lower() in self.raw_to.lower() and any(a.email == address for a in self.to)


def parse_single_address(value: str | None) -> tuple[Address | None, str | None]:
    """Parse a From-like header strictly: exactly one address, no defects, no line breaks.

    Returns the address, or None and the reason it was refused. The header registry of the
    email package is used instead of ``email.utils.getaddresses``, which on this Python splits
    ``alice@example.com <bob@example.com>`` into two addresses (CVE-2023-27043).
    """
    if value is None or not value.strip():
        return None, "no From header"
    if len(value) > MAX_ADDRESS_HEADER:
        return None, "From header too long"
    value = UNFOLD.sub(" ", value).strip()
    if "\r" in value or "\n" in value:
        return None, "line break in the From header"
    mailbox = plain_mailbox(value)
    if mailbox is None:
        found, problem = _registry_mailbox(value)
        if found is None:
            return None, problem
        mailbox = found
    name, written_spec = mailbox
    spec = written_spec.lower()
    if not SIMPLE_ADDRESS.match(spec):
        return None, "From address is not a plain mailbox"
    if spec.count("@") != 1 or value.lower().count(spec) < 1:
        return None, "From address does not appear as written"
    other = EMBEDDED_ADDRESS.search(name)
    if other and other.group(0).lower() != spec:
        return None, "From display name names another address"
    return Address(name=name, email=spec), None


def plain_mailbox(value: str) -> tuple[str, str] | None:
    """(display name, address) of a plain mailbox without the header registry; None otherwise.

    Only forms the registry reads identically and without defects are taken (see PLAIN_MAILBOX).
    """
    match = PLAIN_MAILBOX.fullmatch(value)
    if match is None:
        return None
    name = match.group("name") or match.group("quoted") or ""
    return name, match.group("spec") or match.group("bare")


def _registry_mailbox(value: str) -> tuple[tuple[str, str] | None, str | None]:
    """(display name, address) of a From value read by the header registry, or None and why not."""
    try:
        header = _REGISTRY("from", value)
    except Exception as exc:
        return None, f"From header unparsable ({type(exc).__name__})"
    addresses = list(getattr(header, "addresses", ()))
    if len(addresses) != 1:
        return None, f"From header has {len(addresses)} addresses"
    if header.defects:
        return None, f"From header is malformed ({type(header.defects[0]).__name__})"
    return (addresses[0].display_name or "", addresses[0].addr_spec), None


def parse_address_list(value: str | None) -> list[Address]:
    """Every well-formed address in a To/Cc header; malformed entries are skipped."""
    if not value or len(value) > 20 * MAX_ADDRESS_HEADER:
        return []
    value = UNFOLD.sub(" ", value)
    mailboxes = _plain_mailboxes(value)
    if mailboxes is None:
        mailboxes = _registry_mailboxes(value)
    result: list[Address] = []
    for name, written_spec in mailboxes:
        spec = written_spec.lower()
        if SIMPLE_ADDRESS.match(spec):
            result.append(Address(name=name, email=spec))
    return result


def _plain_mailboxes(value: str) -> list[tuple[str, str]] | None:
    """Every mailbox of a list of plain mailboxes ('A <a@x.be>, b@y.be'); None when one is not."""
    mailboxes: list[tuple[str, str]] = []
    for item in value.split(","):
        mailbox = plain_mailbox(item.strip())
        if mailbox is None:
            return None
        mailboxes.append(mailbox)
    return mailboxes


def _registry_mailboxes(value: str) -> list[tuple[str, str]]:
    """(display name, address) of every mailbox the header registry reads in a To/Cc value."""
    try:
        header = _REGISTRY("to", value)
    except Exception:
        return []
    return [
        (address.display_name or "", address.addr_spec or "")
        for address in getattr(header, "addresses", ())
    ]


def first_message_id(value: str | None) -> str | None:
    """The first <id> in a header value."""
    if not value:
        return None
    match = ANGLE_ID.search(value)
    return match.group(0) if match else None


def read_signals(mail: DecodedMail) -> HeaderSignals:
    """Collect the header signals of one decoded message."""
    signals = HeaderSignals()
    message_id = (mail.header("message-id") or "").strip()
    signals.message_id = message_id[:500] or None
    signals.subject = (mail.header("subject") or "")[:1000]
    signals.sender, signals.sender_problem = parse_single_address(_only_one(mail, "from"))
    signals.raw_to = ", ".join(mail.raw_header_all("to"))
    signals.raw_cc = ", ".join(mail.raw_header_all("cc"))
    signals.in_reply_to = first_message_id(mail.header("in-reply-to"))
    signals.references = ANGLE_ID.findall(mail.header("references") or "")[:100]
    _read_automatic(mail, signals)
    _read_bulk(mail, signals)
    failed = ",".join(mail.raw_header_all("x-failed-recipients"))
    signals.failed_recipients = [a.email for a in parse_address_list(failed)]
    raw_from = " ".join(mail.raw_header_all("from"))
    signals.daemon_sender = (
        bool(DAEMON_DISPLAY.search(raw_from)) or EMPTY_ADDRESS.search(raw_from) is not None
    )
    if signals.sender is not None:
        local = signals.sender.email.split("@")[0]
        signals.daemon_sender = signals.daemon_sender or bool(DAEMON_LOCALPARTS.match(local))
    return_path = " ".join(mail.raw_header_all("return-path")).strip()
    signals.null_return_path = return_path.replace(" ", "") == "<>"
    return signals


def _only_one(mail: DecodedMail, name: str) -> str | None:
    values = mail.raw_header_all(name)
    if len(values) > 1:
        return ", ".join(values)  # two From headers: refused as two addresses
    return values[0] if values else None


def _read_automatic(mail: DecodedMail, signals: HeaderSignals) -> None:
    value = (mail.header("auto-submitted") or "").strip().lower()
    signals.auto_submitted_value = value.split(";")[0].strip()
    signals.auto_submitted = bool(value) and signals.auto_submitted_value != "no"
    for name in AUTO_REPLY_HEADERS:
        header = mail.header(name)
        if header is not None and header.strip().lower() not in ("no", "false", "0"):
            signals.auto_reply_header = name
            break
    signals.precedence = (mail.header("precedence") or "").strip().lower()
    rules_loop = mail.header("x-ms-exchange-inbox-rules-loop") is not None
    suppress = (mail.header("x-auto-response-suppress") or "").strip().lower()
    signals.exchange_auto = rules_loop and bool(suppress)


def _read_bulk(mail: DecodedMail, signals: HeaderSignals) -> None:
    signals.list_mail = any(
        mail.header(name) is not None
        for name in (
            "list-id",
            "list-unsubscribe",
            "list-post",
            "x-campaign",
            "x-mailchimp-campaign",
        )
    )
    signals.bulk = signals.list_mail or signals.precedence in BULK_PRECEDENCE
