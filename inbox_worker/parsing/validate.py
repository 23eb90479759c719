"""Field validation with pydantic: clean, natural-case names, safe lengths, valid lower-case e-mail."""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Final

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from models.records import Registrant

logger = logging.getLogger(__name__)

MAX_NAME: Final = 120
MAX_MUNICIPALITY: Final = 120
MAX_FUNCTION: Final = 200
MAX_EMAIL: Final = 254
CONTROL: Final = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
HONORIFIC: Final = re.compile(
    r"^(?:(?:dhr|mevr|mevrouw|meneer|mijnheer|de\s+heer|mr|mrs|ms|miss|mw|dr|prof|ir|ing|drs|lic|"
    r"mme|mlle|m|madame|monsieur|herr|frau|sir|dame|ere|eresch|burgemeester|schepen)\.?(?:\s+|$))+",
    re.IGNORECASE,
)
TRAILING_TITLE: Final = re.compile(r",?\s+(?:phd|msc|ma|ba|mba|llm|ir|dr)\.?$", re.IGNORECASE)
LOWER_AFTER_VAN: Final = frozenset({"de", "den", "der", "het", "'t"})
NAME_CHARS: Final = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '’.\-])*$")
WRAPPERS: Final = "\"'“”‘’«»<>[](){}*_ \t:;,."


class CheckedRegistrant(BaseModel):
    """The four registrant fields after validation; a failing field raises ValidationError."""

    model_config = ConfigDict(str_strip_whitespace=True)

    name: str | None = None
    municipality: str | None = None
    function: str | None = None
    email: str | None = None

    @field_validator("name", "municipality", "function")
    @classmethod
    def _plain_text(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if CONTROL.search(value):
            raise ValueError("control characters or line breaks")
        return value or None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        if value is not None:
            if len(value) > MAX_NAME:
                raise ValueError("name too long")
            if not NAME_CHARS.match(value):
                raise ValueError("name has characters a name does not have")
        return value

    @field_validator("municipality")
    @classmethod
    def _municipality(cls, value: str | None) -> str | None:
        if value is not None and len(value) > MAX_MUNICIPALITY:
            raise ValueError("municipality too long")
        return value

    @field_validator("function")
    @classmethod
    def _function(cls, value: str | None) -> str | None:
        if value is not None and len(value) > MAX_FUNCTION:
            raise ValueError("function too long")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if len(value) > MAX_EMAIL or CONTROL.search(value):
            raise ValueError("not an e-mail address")
        try:
            checked = validate_email(value, check_deliverability=False)
        except EmailNotValidError as exc:
            raise ValueError(f"invalid e-mail address: {exc}") from exc
        return checked.normalized.lower()


def clean_text(value: str | None) -> str | None:
    """NFC, single spaces, no wrapping quotes or brackets; None when nothing is left."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value)
    value = " ".join(value.split())
    value = value.strip(WRAPPERS)
    return value or None


def clean_name(value: str | None) -> str | None:
    """A person's name without honorifics, in natural case and given-name-first order."""
    value = clean_text(value)
    if value is None:
        return None
    value = HONORIFIC.sub("", value)
    value = _reorder_or_cut_at_comma(value)
    value = TRAILING_TITLE.sub("", value).strip(WRAPPERS)
    if not value:
        return None
    return natural_case(value.split())


def _reorder_or_cut_at_comma(value: str) -> str:
    """'Verbeke, Wim' -> 'Wim Verbeke'; 'Jan Peeters, schepen' -> 'Jan Peeters'."""
    head, comma, tail = value.partition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or not head:
        return value
    tokens = tail.split()
    if 1 <= len(tokens) <= 2 and all(t[:1].isupper() for t in tokens) and len(head.split()) <= 3:
        return f"{tail} {head}"
    return head


def natural_case(tokens: list[str]) -> str:
    """'WOUTERS Els' -> 'Els Wouters'; 'VAN DEN BOSSCHE Luc' -> 'Luc Van den Bossche'."""
    caps = [t for t in tokens if _is_caps(t)]
    mixed = [t for t in tokens if not _is_caps(t)]
    if caps and mixed and _all_surname_first(tokens):
        tokens = mixed + caps
    result: list[str] = []
    for i, token in enumerate(tokens):
        result.append(_case_token(token, i, result))
    return " ".join(result)


def _is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _all_surname_first(tokens: list[str]) -> bool:
    """Capitals come first and the rest after: 'PEETERS Jan', not 'Jan PEETERS' (already fine)."""
    seen_mixed = False
    for token in tokens:
        if not _is_caps(token):
            seen_mixed = True
        elif seen_mixed:
            return False
    return True


def _case_token(token: str, index: int, done: list[str]) -> str:
    if not (_is_caps(token) or token.islower()):
        return token
    lower = token.lower()
    previous = done[-1].lower() if done else ""
    if index > 0 and lower in LOWER_AFTER_VAN and previous in ("van", "vande", "vanden"):
        return lower
    return "-".join(_capitalise(part) for part in lower.split("-"))


def _capitalise(part: str) -> str:
    for apostrophe in ("'", "’"):
        if apostrophe in part[:3]:
            head, _, tail = part.partition(apostrophe)
            return head.capitalize() + apostrophe + tail.capitalize()
    return part.capitalize()


def check_registrant(
    name: str | None, municipality: str | None, function: str | None, email: str | None
) -> tuple[Registrant, list[str]]:
    """Validate the four fields; a field that fails is dropped (None) and named in the problems."""
    values: dict[str, str | None] = {
        "name": clean_name(name),
        "municipality": clean_text(municipality),
        "function": clean_text(function),
        "email": clean_text(email),
    }
    problems: list[str] = []
    while True:
        try:
            checked = CheckedRegistrant(**values)
            break
        except ValidationError as exc:
            bad = {str(err["loc"][0]) for err in exc.errors() if err.get("loc")}
            if not bad or all(values.get(key) is None for key in bad):
                raise
            for key in sorted(bad):
                problems.append(f"{key} {values[key]!r} failed validation")
                values[key] = None
    return Registrant(**checked.model_dump()), problems
