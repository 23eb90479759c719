"""Bytes to text for mail: declared, undeclared and wrongly declared charsets, and RFC 2047 headers."""

from __future__ import annotations

import codecs
import email.header
import logging
import re
from typing import Final

logger = logging.getLogger(__name__)

# Labels that mean "Western European" in practice; windows-1252 is a superset of the printable
# range of ISO-8859-1 and what Outlook and Notes really send when they say latin-1.
WESTERN_ALIASES: Final = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp819"})
WESTERN: Final = "windows-1252"
UNKNOWN_LABELS: Final = frozenset(
    {"unknown-8bit", "x-unknown", "unknown", "x-user-defined", "8bit"}
)
CONTROL_CHARS: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
ENCODED_WORD: Final = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?]*\?=")
ADJACENT_WORDS: Final = re.compile(r"(=\?[^?\s]+\?[bBqQ]\?[^?]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?)")
FOLDING: Final = re.compile(r"\r?\n[ \t]*|\r")


def _known_codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in UNKNOWN_LABELS:
        return None
    if label in WESTERN_ALIASES:
        return WESTERN
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` as the text it most probably is.

    Strict UTF-8 wins when the bytes are valid UTF-8 and not plain ASCII (a wrong latin-1 label
    on UTF-8 text is far more common than the reverse); then the declared charset; then
    windows-1252, which accepts every byte.
    """
    if data.isascii():
        return data.decode("ascii")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _known_codec(declared)
    if codec and codec not in {"utf-8", "ascii"}:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode(WESTERN, errors="replace")


def repair_surrogates(text: str) -> str:
    """Undo the surrogate escapes the email package leaves for raw 8-bit bytes in headers."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return decode_bytes(raw)


def decode_header_text(value: object) -> str:
    """A header value as one clean line of text: RFC 2047 decoded, 8-bit bytes repaired, unfolded."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        text = _join_chunks(email.header.decode_header(value))
    else:
        text = repair_surrogates(str(value))
        if "\n" in text or "\r" in text:
            text = FOLDING.sub(" ", text)
        if ENCODED_WORD.search(text):
            text = _decode_encoded_words(text)
    return clean_line(text)


def _decode_encoded_words(text: str) -> str:
    """Replace each RFC 2047 encoded word by its text; white space between two of them goes."""
    text = ADJACENT_WORDS.sub(r"\1", text)

    def one(match: re.Match[str]) -> str:
        try:
            return _join_chunks(email.header.decode_header(match.group(0)))
        except Exception:  # a malformed encoded word stays as it came
            logger.debug("undecodable encoded word %r", match.group(0))
            return match.group(0)

    return ENCODED_WORD.sub(one, text)


def _join_chunks(chunks: list[tuple[bytes | str, str | None]]) -> str:
    parts: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            parts.append(decode_bytes(chunk, charset))
        else:
            parts.append(chunk)
    return "".join(parts)


def clean_line(text: str) -> str:
    """Remove control characters and line breaks; fold runs of white space."""
    text = CONTROL_CHARS.sub("", text)
    return " ".join(text.split())
