"""Classification: bounces, automatic replies, mass mail and spam, and what a person's text intends."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Final, NamedTuple

from inbox_worker.parsing import lexicon as lx
from inbox_worker.parsing.decode import DecodedMail
from inbox_worker.parsing.event import EVENT_NOUN_PATTERN, MONTHS, EventContext
from inbox_worker.parsing.headers import HeaderSignals, first_message_id
from inbox_worker.parsing.people import EMAIL
from models.records import BounceReport, Kind

logger = logging.getLogger(__name__)

URL: Final = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
RECIPIENT_FIELD: Final = re.compile(
    r"^(?:final|original)-recipient\s*:\s*(?:rfc822\s*;)?\s*<?(?P<address>[^\s<>;]+@[^\s<>;]+)>?",
    re.IGNORECASE | re.MULTILINE,
)
ACTION_FIELD: Final = re.compile(r"(?im)^action\s*:\s*([a-z]+)")
RETURNED_MARKERS: Final = re.compile(
    r"(?im)^(?:-+\s*(?:below\s+this\s+line|this\s+is\s+a\s+copy|original\s+message|"
    r"undelivered\s+message)|oorspronkelijke\s+berichtkoppen|original\s+message\s+headers|"
    r"return-path:|received:|-{3,}\s*original)"
)
MESSAGE_ID_LINE: Final = re.compile(r"(?im)^message-id:\s*(<[^<>\s]+>)")
DAEMON_ADDRESS: Final = re.compile(
    r"^(?:mailer-daemon|postmaster|mail-daemon|bounce)", re.IGNORECASE
)
UNSUBSCRIBE: Final = re.compile(
    r"(?i)nieuwsbrief|newsletter|mailing|klik\s+hier|click\s+here|mails?\s+meer"
)
AFTER_QUESTION_MARK: Final = re.compile(r"(?<=\?)")
CLAUSE_BREAK: Final = re.compile(r"[;:,.!]\s+")
SENTENCE_BREAK: Final = re.compile(r"(?<=[.!?\n])\s+")
LANGUAGE_TOKEN: Final = re.compile(r"[\w@]+")  # a word as LANGUAGE_WORDS counts it
ADDRESS_OR_LINK: Final = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
LANGUAGES_OF_WORD: Final = {
    word: tuple(lang for lang, common in lx.LANGUAGE_WORDS.items() if word in common)
    for word in set().union(*lx.LANGUAGE_WORDS.values())
}
MASS_MAILBOX: Final = re.compile(r"(?i)no-?reply|newsletter|nieuwsbrief|marketing|news")
STRONG_AUTO_REPLY_VALUES: Final = frozenset({"auto-replied"})
MONTH_ABBREVIATIONS: Final = {
    "jan": 1, "janv": 1, "feb": 2, "febr": 2, "févr": 2, "mrt": 3, "apr": 4, "avr": 4, "jun": 6,
    "jul": 7, "juil": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11,
    "dec": 12, "déc": 12,
}  # fmt: skip
DATE_MENTION: Final = re.compile(
    r"\b(?P<day>[0-3]?\d)\s*(?:/|-|\.)\s*(?P<month>[01]?\d)\b(?![/.-]\d{1,2}\b\s*(?:uur|u|h))|"
    r"\b(?P<day2>[0-3]?\d)\s+(?P<mname>januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december|january|february|march|june|july|august|october|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    + "|".join(MONTH_ABBREVIATIONS)
    + r")\b",
    re.IGNORECASE,
)
MONTH_NUMBERS: Final = {
    **MONTH_ABBREVIATIONS,
    **{name: number for names in MONTHS.values() for number, name in enumerate(names, 1)},
}


MAX_THANKS_CHARS: Final = 200
STRONG_AUTO_SUBJECT: Final = re.compile(
    r"(?i)automati|auto[\s-]?reply|autoreply|out\s+of|réponse|abwesen|antwort|afwezigheids|"
    r"message\s+d['’]absence|absence\s+du\s+bureau"
)
REAL_QUESTION: Final = re.compile(
    r"(?i)\b(?:of|whether|if|si|wanneer|waar|hoe|welke|wat|when|where|how|which|what|nog|still|"
    r"encore|toch|already|al|déjà|als|indien|zonder|without|unless|même|is\s+er|zijn\s+er|is\s+there)\b"
)
ACTION_REQUEST: Final = re.compile(
    r"(?i)\b(?:schrappen|uitschrijven|uit\s+te\s+schrijven|afmelden|annuleren|noteren|inschrijven|"
    r"registreren|aanmelden|op\s+(?:haar|zijn)\s+naam\s+zetten|register|cancel|inscrire|annuler|"
    r"op\s+de\s+(?:deelnemers)?lijst\s+(?:zetten|plaatsen)|toevoegen|add\s+me|sign\s+me\s+up|"
    r"van\s+de\s+(?:deelnemers)?lijst\s+(?:halen|schrappen|verwijderen|afvoeren)|"
    r"(?:take|strike)\s+(?:me|us|her|him|them)\s+off|remove\s+(?:me|us|her|him|them)\s+from|"
    r"add\s+(?:my|our|her|him|them)|een\s+bevestiging\s+(?:sturen|bezorgen|mailen)|"
    r"send\s+(?:me|us|her|him|them)\s+a\s+confirmation)\b"
)
SECOND_PERSON: Final = re.compile(r"(?i)\b(?:je|jij|u|jullie|you|vous|tu)\b")
# 'Mag ik mij inschrijven?': a polite way to register, not a question whether one may.
POLITE_FIRST_PERSON: Final = re.compile(
    r"(?i)^\W*(?:mag|kan|mogen|kunnen)\s+(?:ik|wij|we)\b|^\W*(?:may|can|could)\s+(?:i|we)\b|"
    r"^\W*(?:puis|pouvons)[\s-](?:je|nous)\b"
)


@dataclass
class AutomaticVerdict:
    """What the automatic-mail checks decided, if anything."""

    kind: Kind
    about_event: bool
    reasons: list[str]
    bounce: BounceReport | None = None
    machine_sent: bool = False  # Auto-Submitted mail that answers nobody: a form, a ticket


# -- bounces --------------------------------------------------------------------------------------
def bounce_verdict(mail: DecodedMail, signals: HeaderSignals) -> AutomaticVerdict | None:
    """A delivery status notification (RFC 3464 or a mailer-daemon notice), or None."""
    reason = _bounce_reason(mail, signals)
    if reason is None:
        return None
    report = bounce_report(mail, signals)
    reasons = [reason]
    if report.failed_recipients:
        reasons.append("failed: " + ", ".join(report.failed_recipients[:5]))
    if not report.permanent:
        reasons.append("a delay warning, not yet a failure")
    return AutomaticVerdict(Kind.BOUNCE, True, reasons, report)


def _bounce_reason(mail: DecodedMail, signals: HeaderSignals) -> str | None:
    if mail.content_type == "multipart/report" and "delivery-status" in mail.report_type:
        return "delivery status notification (multipart/report)"
    if signals.failed_recipients:
        return "bounce: X-Failed-Recipients header"
    subject = signals.subject
    head = mail.text[:3000]
    returned = bool(mail.delivery_status.strip() or mail.returned_headers.strip() or mail.attached)
    returned_or_null = returned or signals.null_return_path
    if signals.daemon_sender and (returned_or_null or _says_bounce(subject, head)):
        return (
            "bounce from the mail system ("
            + (signals.sender.email if signals.sender else "no sender")
            + ")"
        )
    if mail.delivery_status.strip() and (signals.null_return_path or _says_bounce(subject, head)):
        return "delivery status notification"
    automatic = signals.auto_submitted or signals.null_return_path or not mail.header("from")
    if automatic and lx.BOUNCE_SUBJECT.search(subject) and lx.BOUNCE_BODY.search(head):
        return "bounce: failure notice"
    return None


def _says_bounce(subject: str, head: str) -> bool:
    return bool(lx.BOUNCE_SUBJECT.search(subject) or lx.BOUNCE_BODY.search(head))


def bounce_report(mail: DecodedMail, signals: HeaderSignals) -> BounceReport:
    """Failed recipients, the bounced Message-ID, and whether the failure is permanent."""
    recipients = _reported_recipients(mail.delivery_status)
    recipients += signals.failed_recipients
    if not recipients:
        recipients = _recipients_in_text(mail, signals)
    unique = list(dict.fromkeys(r for r in recipients if "@" in r))[:20]
    original = _original_message_id(mail, signals)
    status = mail.delivery_status + "\n" + signals.subject + "\n" + mail.text[:1500]
    delayed = bool(lx.DELAY_MARKERS.search(status)) and not re.search(
        r"(?i)action:\s*failed|permanent\s+(?:error|failure)",
        mail.delivery_status + mail.text[:1500],
    )
    return BounceReport(
        failed_recipients=unique, original_message_id=original, permanent=not delayed
    )


def _reported_recipients(status: str) -> list[str]:
    """Recipients of a delivery-status part whose Action is failed or delayed (not 'delivered')."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", status):
        match = RECIPIENT_FIELD.search(block)
        if not match:
            continue
        action = ACTION_FIELD.search(block)
        if action and action.group(1).lower() in ("delivered", "relayed", "expanded"):
            continue
        found.append(match.group("address").lower().strip("."))
    return found


def _recipients_in_text(mail: DecodedMail, signals: HeaderSignals) -> list[str]:
    text = mail.text[:6000]
    marker = RETURNED_MARKERS.search(text)
    if marker:
        text = text[: marker.start()]
    sender = signals.sender.email if signals.sender else ""
    ours = {a.email for a in signals.to}
    found = [e.lower().strip(".") for e in EMAIL.findall(text)]
    return [e for e in found if e != sender and e not in ours and not DAEMON_ADDRESS.match(e)]


def _original_message_id(mail: DecodedMail, signals: HeaderSignals) -> str | None:
    for text in (mail.returned_headers, *(m.header("message-id") or "" for m in mail.attached)):
        match = (
            MESSAGE_ID_LINE.search(text)
            if "\n" in text or text.lower().startswith("message-id")
            else None
        )
        if match:
            return match.group(1)
        found = (
            first_message_id(text)
            if text and not text.lower().startswith(("received", "return"))
            else None
        )
        if found and "message-id" not in text.lower():
            return found
    inline = MESSAGE_ID_LINE.search(mail.text)
    if inline:
        return inline.group(1)
    return signals.in_reply_to or (signals.references[-1] if signals.references else None)


# -- automatic replies and mass mail ---------------------------------------------------------------
def automatic_verdict(
    mail: DecodedMail, signals: HeaderSignals, own_text: str
) -> AutomaticVerdict | None:
    """An auto-reply, a read receipt, mass mail or spam; None for a person's mail."""
    if mail.content_type == "multipart/report" and "disposition-notification" in mail.report_type:
        return AutomaticVerdict(Kind.OTHER, True, ["read receipt (disposition notification)"])
    if mail.content_type == "multipart/report" and "feedback-report" in mail.report_type:
        return AutomaticVerdict(Kind.OTHER, False, ["abuse feedback report"])
    if signals.list_mail:
        return AutomaticVerdict(Kind.OTHER, False, ["mass mail (List-Id / List-Unsubscribe)"])
    calendar = _calendar_answer(mail, signals, own_text)
    if calendar is not None:
        return calendar
    if lx.RECEIPT_SUBJECT.match(signals.subject) and len(own_text) < 1500:
        return AutomaticVerdict(Kind.OTHER, True, ["read or delivery receipt"])
    reason = _auto_reply_reason(mail, signals, own_text)
    if reason is not None:
        return AutomaticVerdict(Kind.AUTO_REPLY, True, [reason])
    if signals.auto_submitted:
        return AutomaticVerdict(
            Kind.OTHER,
            False,
            [f"automatic message (Auto-Submitted: {signals.auto_submitted_value})"],
            machine_sent=True,
        )
    spam = spam_reasons(signals, own_text)
    if spam:
        return AutomaticVerdict(Kind.OTHER, False, spam)
    return None


def _calendar_answer(
    mail: DecodedMail, signals: HeaderSignals, own_text: str
) -> AutomaticVerdict | None:
    """An answer to a calendar invitation: accepted is automatic, unless its comment registers
    or cancels ('kan je mijn collega ook inschrijven?'); declined needs a person."""
    has_calendar = any(a.content_type == "text/calendar" for a in mail.attachments)
    match = lx.CALENDAR_SUBJECT.match(signals.subject)
    if not match or not (
        has_calendar or mail.content_type == "text/calendar" or len(mail.text) < 600
    ):
        return None
    answer = match.group(0).lower()
    if _human_intent(own_text):
        return None
    if re.search(r"accept|geaccepteerd|angenommen", answer) and not re.search(
        r"voorlopig|tentative|provisoire|vorläufig", answer
    ):
        return AutomaticVerdict(Kind.OTHER, True, ["calendar invitation accepted"])
    return None


def _auto_reply_reason(mail: DecodedMail, signals: HeaderSignals, text: str) -> str | None:
    if signals.auto_submitted_value in STRONG_AUTO_REPLY_VALUES:
        return "auto-reply (Auto-Submitted: auto-replied)"
    if signals.auto_reply_header:
        return f"auto-reply ({signals.auto_reply_header} header)"
    if signals.precedence == "auto_reply":
        return "auto-reply (Precedence: auto_reply)"
    if signals.exchange_auto:
        return "auto-reply (Exchange inbox rule)"
    subject = signals.subject
    if lx.AUTO_REPLY_SUBJECT.search(subject) and not lx.FORWARD_SUBJECT.match(subject):
        strong = STRONG_AUTO_SUBJECT.search(subject)
        if strong or _absence_hits(text) >= 1:
            return "auto-reply (subject: " + subject[:60] + ")"
    return _automatic_text_reason(signals, text)


def _automatic_text_reason(signals: HeaderSignals, text: str) -> str | None:
    """An absence message or automatic answer recognised from the body's phrases."""
    subject = signals.subject
    body = text[:2500]
    hits = _absence_hits(body)
    ack = bool(lx.ACK_SUBJECT.search(subject))
    # the body's automatic phrases matter only to the three tests below that can still go either way
    wanted = ack or hits == 1 or (signals.auto_submitted and not hits)
    automatic = wanted and bool(lx.AUTOMATIC_BODY.search(body))
    if signals.auto_submitted and (hits or automatic or ack or _is_reply(signals)):
        return f"automatic answer (Auto-Submitted: {signals.auto_submitted_value})"
    if (hits >= 2 or (hits and automatic)) and len(body) < 2000 and not _human_intent(body):
        return "absence message (recognised from its text)"
    if automatic and ack:
        return "automatic acknowledgement"
    return None


def _absence_hits(text: str) -> int:
    return len({m.group(0).lower() for m in lx.ABSENCE_BODY.finditer(text[:2500])})


def _is_reply(signals: HeaderSignals) -> bool:
    return bool(
        signals.in_reply_to or signals.references or lx.REPLY_SUBJECT.match(signals.subject)
    )


def _human_intent(text: str) -> bool:
    return bool(lx.REGISTER.search(text) or lx.CANCEL_STRONG.search(text))


def spam_reasons(signals: HeaderSignals, own_text: str) -> list[str]:
    """Why a message reads as a newsletter, sales pitch or phishing (empty when it does not)."""
    if lx.REGISTER.search(own_text):  # a registration is never mass mail, whatever else it says
        return []
    text = f"{signals.subject}\n{own_text[:6000]}"
    phrases = {m.group(0).lower() for m in lx.SPAM_PHRASES.finditer(text)}
    urls = len(URL.findall(own_text))
    score = len(phrases) + (1 if urls >= 3 else 0) + (1 if signals.bulk else 0)
    local = signals.sender.email.split("@")[0] if signals.sender else ""
    score += 1 if MASS_MAILBOX.match(local) else 0
    if score >= 2:
        return ["mass mail or spam: " + ", ".join(sorted(phrases)[:4])]
    return []


# -- a person's intent ------------------------------------------------------------------------------
@dataclass
class Intent:
    """What the writer's own text says, sentence by sentence."""

    register: list[str] = field(default_factory=list)
    cancel_strong: list[str] = field(default_factory=list)
    cancel_weak: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    practical: list[str] = field(default_factory=list)
    tentative: list[str] = field(default_factory=list)
    substitution: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    thanks_only: bool = False
    content: str = ""  # the writer's own text, for what is read from it only when asked

    @property
    def cancel(self) -> list[str]:
        """Every sentence that withdraws."""
        return self.cancel_strong + self.cancel_weak

    @cached_property
    def not_registered(self) -> bool:
        """A decline from someone who never registered ('ik was niet ingeschreven')."""
        return bool(lx.NOT_REGISTERED.search(self.content))

    @cached_property
    def was_registered(self) -> bool:
        """Words that show the writer had registered before ('mijn inschrijving')."""
        return bool(lx.WAS_REGISTERED.search(self.content))


def read_intent(sentence_list: list[str], content: str) -> Intent:
    """Sort the writer's sentences by what they do."""
    intent = Intent(content=content)
    for sentence in sentence_list:
        plain = URL.sub(" ", sentence)
        _file_sentence(plain, read_sentence(plain), intent)
    intent.thanks_only = _thanks_only(content, intent)
    return intent


class Reading(NamedTuple):
    """What one sentence does: for each list of an Intent, whether the sentence belongs in it."""

    cancel_strong: bool
    cancel_weak: bool
    register: bool
    question: bool
    practical: bool
    tentative: bool
    substitution: bool
    change: bool


@lru_cache(maxsize=4096)
def read_sentence(sentence: str) -> Reading:
    """What ``sentence`` does (the same every time: template sentences are read once)."""
    strong = lx.CANCEL_STRONG.search(sentence) or (
        lx.CANCEL_VERB.search(sentence) and lx.REGISTRATION_OBJECT.search(sentence)
    )
    cancel_strong = bool(strong) and not UNSUBSCRIBE.search(sentence)
    cancel_weak = not cancel_strong and bool(lx.CANCEL_WEAK.search(sentence))
    cancels = cancel_strong or cancel_weak
    return Reading(
        cancel_strong=cancel_strong,
        cancel_weak=cancel_weak,
        register=not cancels
        and bool(lx.REGISTER.search(sentence))
        and not lx.REGISTER_NEGATED.search(sentence),
        question=_is_question(sentence),
        practical=bool(lx.PRACTICAL_REQUEST.search(sentence)),
        tentative=bool(
            lx.TENTATIVE.search(sentence)
            or (lx.HEDGE.search(sentence) and lx.ATTENDANCE.search(sentence))
        ),
        substitution=bool(lx.SUBSTITUTION.search(sentence)),
        change=bool(lx.CHANGE_REQUEST.search(sentence)),
    )


def _file_sentence(sentence: str, reading: Reading, intent: Intent) -> None:
    """Add ``sentence`` to the lists of ``intent`` that its reading names."""
    filed = (
        (reading.cancel_strong, intent.cancel_strong),
        (reading.cancel_weak, intent.cancel_weak),
        (reading.register, intent.register),
        (reading.question, intent.questions),
        (reading.practical, intent.practical),
        (reading.tentative, intent.tentative),
        (reading.substitution, intent.substitution),
        (reading.change, intent.changes),
    )
    for belongs, sentences in filed:
        if belongs:
            sentences.append(sentence)


def _is_question(sentence: str) -> bool:
    if lx.INDIRECT_QUESTION.search(sentence):
        return True
    if not sentence.rstrip().endswith("?") and "?" not in sentence[:-1]:
        return False
    for part in AFTER_QUESTION_MARK.split(sentence):
        if part.strip().endswith("?") and not _only_asks_the_action(part):
            return True
    return False


def _only_asks_the_action(question: str) -> bool:
    """'Mag je mijn inschrijving schrappen?' asks the organiser for what the worker does anyway.

    A question about whether something is possible ('Mag ik me nog inschrijven?', '… of …')
    is a real question.
    """
    if REAL_QUESTION.search(question):
        return False
    polite = SECOND_PERSON.search(question) or POLITE_FIRST_PERSON.search(_last_clause(question))
    return bool(ACTION_REQUEST.search(question) and polite)


def _last_clause(question: str) -> str:
    """The clause that asks: 'Ik kom graag; mag ik …?' -> 'mag ik …?'."""
    return CLAUSE_BREAK.split(question)[-1]


def _thanks_only(content: str, intent: Intent) -> bool:
    """A short thank-you that asks, changes and announces nothing."""
    busy = intent.register or intent.cancel or intent.questions or intent.practical
    if busy or intent.tentative or intent.substitution:
        return False
    text = URL.sub(" ", content).strip()
    if (
        not text
        or len(text) > MAX_THANKS_CHARS
        or EMAIL.search(text)
        or lx.CHANGE_WORDS.search(text)
    ):
        return False
    return bool(lx.THANKS.search(text))


# -- about the event -----------------------------------------------------------------------------
class EventMentions:
    """What in a text points at the event: each kind of mention is looked for when first asked."""

    def __init__(self, text: str, event: EventContext) -> None:
        self.text = text
        self.event = event

    @cached_property
    def title(self) -> bool:
        """The event's title."""
        return bool(self.event.title_pattern.search(self.text))

    @cached_property
    def venue(self) -> bool:
        """The venue or its street."""
        return bool(self.event.venue_pattern.search(self.text))

    @cached_property
    def organiser(self) -> bool:
        """The organising organisation."""
        return bool(self.event.organisation_pattern.search(self.text))

    @cached_property
    def date(self) -> bool:
        """The event's date."""
        return bool(self.event.date_pattern.search(self.text))

    @cached_property
    def event_word(self) -> bool:
        """A word for a seminar-like event."""
        return bool(EVENT_NOUN_PATTERN.search(self.text))


def event_mentions(text: str, event: EventContext) -> list[str]:
    """What in ``text`` points at the event: its title, venue, organiser, date with an event word."""
    found = EventMentions(text, event)
    kinds = (
        ("title", found.title),
        ("venue", found.venue),
        ("organiser", found.organiser),
        ("date", found.date),
        ("event word", found.event_word),
    )
    return [kind for kind, mentioned in kinds if mentioned]


def other_event(text: str, event: EventContext, mentions: EventMentions | None = None) -> bool:
    """Whether ``text`` is about another event: an event word next to another date, none of ours.

    ``mentions`` are the EventMentions of ``text`` when some are known already.
    """
    found = mentions or EventMentions(text, event)
    if found.title or found.venue or found.date or not found.event_word:
        return False  # an event word in a sentence is one in the text
    for sentence in SENTENCE_BREAK.split(text):
        if not EVENT_NOUN_PATTERN.search(sentence):
            continue
        for match in DATE_MENTION.finditer(sentence):
            if _is_other_date(match, event):
                return True
    return False


def _is_other_date(match: re.Match[str], event: EventContext) -> bool:
    try:
        if match.group("day"):
            day, month = int(match.group("day")), int(match.group("month"))
        else:
            day, month = int(match.group("day2")), MONTH_NUMBERS[match.group("mname").lower()]
    except (TypeError, ValueError, KeyError):
        return False
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return (day, month) != (event.date.day, event.date.month)


def detect_language(text: str) -> str:
    """'nl', 'en' or 'fr': whichever language's common words occur most (Dutch on a tie)."""
    counts = dict.fromkeys(lx.LANGUAGE_WORDS, 0)
    text = ADDRESS_OR_LINK.sub(" ", text[:4000])  # '….be' is no English 'be'
    for token in LANGUAGE_TOKEN.findall(text.lower()):
        for lang in LANGUAGES_OF_WORD.get(token, ()):
            counts[lang] += 1
    best = max(counts, key=lambda lang: (counts[lang], lang == "nl"))
    return best if counts[best] > 0 else "nl"
