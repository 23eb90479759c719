"""The decision for one message: kind, registrants, review flag and reasons, from all the other modules."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Final

from inbox_worker.logs import message_context
from inbox_worker.parsing import lexicon as lx
from inbox_worker.parsing.classify import (
    AutomaticVerdict,
    EventMentions,
    Intent,
    automatic_verdict,
    bounce_verdict,
    detect_language,
    other_event,
    read_intent,
    read_sentence,
)
from inbox_worker.parsing.decode import DecodedMail, decode
from inbox_worker.parsing.event import DEFAULT_EVENT, EventContext
from inbox_worker.parsing.extract import (
    Extraction,
    Person,
    Source,
    Writer,
    labelled_persons,
    people_in,
    refine_bare_titles,
    sentences,
    writer_as_person,
)
from inbox_worker.parsing.fields import Field, Labelled, labelled_people
from inbox_worker.parsing.headers import Address, HeaderSignals, read_signals
from inbox_worker.parsing.people import (
    TITLES_OF_OFFICE_PATTERN,
    fold,
    is_person_name,
    name_words,
    parse_list_line,
    parse_vcard,
    person_from_display,
)
from inbox_worker.parsing.places import (
    canonical_municipality,
    is_organisation,
    municipality_of_address,
    section_owners,
    settle_municipality,
)
from inbox_worker.parsing.quotes import Body, QuotedBlock, is_greeting, split_body, split_signature
from inbox_worker.parsing.validate import check_registrant
from models.records import Decision, Kind, Registrant

logger = logging.getLogger(__name__)

MAX_AUTOMATIC_REGISTRANTS: Final = 10
DOCUMENT_TYPES: Final = re.compile(
    r"(?i)application/(?:pdf|msword|vnd\.|rtf|octet-stream|ms-tnef)|image/|text/csv"
)
REGISTRATION_VERB: Final = re.compile(
    r"(?i)\b(?:inschrijv\w*|noteren|noteer|aanmeld\w*|register\w*|sign\s+up|inscri\w*)\b"
)
THIRD_PERSON_OBJECT: Final = re.compile(r"(?i)\b(?:haar|hem|hen|her|him|them|la|le|lui)\b")
# 'Mag je me daar alvast voor inschrijven?': the registration points at the sentence before.
POINTS_BACK: Final = re.compile(r"(?i)\b(?:daar|daarvoor|ervoor|hiervoor|there|for\s+it|y)\b")
# Longer than any title of office: a sentence was read as the function (dictated mail, a
# run-on line); the longest seen is 'gemeenteraadslid (vanaf januari 2019 schepen van …)'.
MAX_FUNCTION_WORDS: Final = 12
SPAM_FILTER_REPORT: Final = re.compile(
    r"(?i)spam\s+detection\s+software,\s+running\s+on\s+the\s+system|"
    r"the\s+original\s+message\s+has\s+been\s+attached\s+to\s+this"
)
# Above a forwarded registration: 'Ik kom zelf ook mee', 'zelf ga ik ook', 'I'll join too'.
FORWARDER_COMES_TOO: Final = re.compile(
    r"(?i)\b(?:ik\s+(?:kom|ga)\s+(?:zelf\s+)?ook(?:\s+mee)?|zelf\s+(?:kom|ga)\s+ik\s+ook|"
    r"ikzelf\s+(?:kom|ga)\s+ook|ook\s+ik\s+(?:kom|ga)|i(?:'ll|\s+will)\s+(?:also\s+)?"
    r"(?:come|join|attend)(?:\s+too|\s+as\s+well)?|je\s+viendrai\s+aussi)\b"
)
SUBJECT_CANCEL: Final = re.compile(
    r"(?i)\b(?:afmelding|afmelden|annulering|annuleren|annulatie|uitschrijving|uitschrijven|afzeggen|"
    r"cancel(?:l?ation)?|annulation|désinscription|verontschuldig\w*)\b"
)
FORWARD_WORDS: Final = re.compile(
    r"(?i)\b(?:hieronder|onderstaand\w*|hierbij\s+doorgestuurd|doorgestuurd|stuur\s+(?:ik\s+)?(?:\w+\s+)?door|"
    r"in\s+bijlage|als\s+bijlage|zie\s+(?:haar|zijn|zijn|de)\s+mail|below|attached|forward\w*|ci-dessous|"
    r"en\s+pièce\s+jointe|transf[èé]r\w*)\b"
)
SNIPPET: Final = 70
RAW_HEADER_SCAN: Final = 65536
RAW_MESSAGE_ID: Final = re.compile(rb"(?im)^message-id:[ \t]*(<[^<>\r\n]{1,500}>)")
LONE_NAME: Final = re.compile(r"\s*[A-ZÀ-Ý][\w’'-]{1,20}[.!]?\s*")
TEMPLATE_FIELDS: Final = 3
MIN_GROUP: Final = 2
PUBLIC_MAIL_DOMAINS: Final = frozenset(
    {"gmail.com", "hotmail.com", "outlook.com", "live.com", "yahoo.com", "telenet.be", "skynet.be",
     "proximus.be", "icloud.com", "me.com", "hotmail.be", "live.be", "msn.com", "scarlet.be"}
)  # fmt: skip
COMPANION: Final = re.compile(
    r"\b(?:en|met|and|with|et|avec)\s+(?P<first>[A-ZÀ-Ý][a-zà-ÿ’'-]{1,20})\b(?!\s*[A-ZÀ-Ý(])"
)
THIRD_PERSON_SUBJECT: Final = re.compile(
    r"^\W*(?P<first>[A-ZÀ-Ý][a-zà-ÿ’'-]+)\s+(?:kan|komt|zal|moet|raakt|geraakt|is|can|will|won't|cannot|"
    r"can't|ne)\s+(?!(?:ik|we|wij|i|je|u|jij|er\s+(?:ik|we|wij))\b)"
)
NOT_A_SUBJECT: Final = frozenset(
    {
        "ik",
        "wij",
        "we",
        "i",
        "je",
        "nous",
        "dat",
        "dit",
        "het",
        "er",
        "ook",
        "this",
        "it",
        "that",
        "there",
        "ce",
    }
)
FIRST_NAME_WORD: Final = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ’'-]{1,20}\b")
SUBJECT_DETAILS: Final = re.compile(
    r"(?i)^\s*(?:(?:re|antw|aw|fw|fwd|tr|wg)\s*:\s*)?(?:inschrijving|aanmelding|registratie|"
    r"registration|inscription|deelname)(?:\s+[\w/.]+){0,4}?\s*[:–—-]\s*(?P<rest>.{5,200})$"
)
# 'Zie onderwerp': the text points at the subject, which says what the mail is.
SEE_SUBJECT: Final = re.compile(
    r"(?i)\b(?:zie|cf\.?|see|voir|siehe)\s+(?:het\s+|the\s+|l['’])?(?:onderwerp|titel|subject|objet|betreff)\b"
)
SUBJECT_PREFIXES: Final = re.compile(r"(?i)^(?:\s*(?:re|antw|aw|réf|sv|vs|fw|fwd|tr|wg)\s*:\s*)+")
SUBJECT_ONLY_REGISTRATION: Final = re.compile(
    r"(?i)^(?:inschrijving|aanmelding|registratie|inscription|registration|anmeldung)\b"
)
INVITATION_WORD: Final = re.compile(r"(?i)\buitnodiging\b")
SUBJECT_REGISTRATION: Final = re.compile(
    r"(?i)\b(?:inschrijving(?:en)?|inschrijven|aanmelding(?:en)?|aanmelden|deelname|registraties?|"
    r"registrations?|register|inscriptions?|participation|afmelding(?:en)?|annulering|cancel\w*|"
    r"anmeld\w*|teilnahme|inscri\w*|sign\s+up)\b"
)


@dataclass
class Context:
    """Everything known about one message while deciding."""

    mail: DecodedMail
    signals: HeaderSignals
    body: Body
    event: EventContext
    content: str = ""
    intent: Intent = field(default_factory=Intent)
    reasons: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    organiser_blocks: list[QuotedBlock] = field(default_factory=list)
    forwarded: bool = False  # the people come from a forwarded message, not the writer's own text

    @property
    def replied_to_organiser(self) -> bool:
        """Whether the mail quotes one of the organiser's mails."""
        return bool(self.organiser_blocks)

    @cached_property
    def said(self) -> list[str]:
        """The writer's own text cut into sentences, once per message."""
        return sentences(self.content)

    @cached_property
    def mentions(self) -> EventMentions:
        """What in the subject and the writer's own text points at the event."""
        return EventMentions(f"{self.signals.subject}\n{self.content}", self.event)

    @cached_property
    def about_other_event(self) -> bool:
        """Whether the subject and the writer's own text are about another event."""
        return other_event(self.mentions.text, self.event, self.mentions)

    def quotes(self, pattern: lx.Phrases) -> bool:
        """Whether a quoted organiser mail matches ``pattern`` (invitation, confirmation…)."""
        return any(pattern.search(block.text) for block in self.organiser_blocks)


def decide(raw: bytes, event: EventContext | None = None) -> Decision:
    """Decide what ``raw`` (one RFC 5322 message) is; never raises."""
    event = event or DEFAULT_EVENT
    raw = raw if isinstance(raw, bytes) else bytes(raw)
    with message_context(_raw_message_id(raw)):
        try:
            mail = decode(raw)
        except Exception as exc:  # the decoder is defensive; this is the last line of defence
            logger.exception("could not decode the message")
            return _failure(None, exc)
        message_id = (mail.header("message-id") or "").strip()[:500] or None
        try:
            decision = _decide(mail, event)
        except Exception as exc:
            logger.exception("parser failed on message %s", message_id)
            return _failure(message_id, exc)
        logger.debug(
            "message %s: %s%s (%s)",
            message_id,
            decision.kind.value,
            ", review" if decision.needs_review else "",
            "; ".join(decision.reasons),
        )
        return decision


def _raw_message_id(raw: bytes) -> str | None:
    """The Message-ID as written in the header block, for log lines before decoding."""
    match = RAW_MESSAGE_ID.search(raw[:RAW_HEADER_SCAN])
    return match.group(1).decode("ascii", "replace") if match else None


def _failure(message_id: str | None, exc: BaseException) -> Decision:
    text = str(exc).replace("\n", " ")[:200]
    return Decision(
        message_id=message_id,
        kind=Kind.OTHER,
        needs_review=True,
        reasons=[f"parser error: {type(exc).__name__}: {text}"],
    )


def _base(mail: DecodedMail, signals: HeaderSignals) -> Decision:
    return Decision(
        message_id=signals.message_id,
        sender=signals.sender.email if signals.sender else None,
        sender_name=signals.sender.name or None if signals.sender else None,
        subject=signals.subject,
        in_reply_to=signals.in_reply_to,
        references=signals.references,
        auto_submitted=signals.auto_submitted,
        bulk=signals.bulk,
    )


def _decide(mail: DecodedMail, event: EventContext) -> Decision:
    original = _spam_filter_original(mail)
    if original is not None:  # the filter's report is not the mail: the mail is attached
        decision = _decide(original, event)
        decision.message_id = mail.header("message-id") or decision.message_id
        # a person tells a false alarm from spam; the reply guard answers no mail marked as spam
        decision.reasons.append("read from the original attached to a spam filter's report")
        decision.needs_review = True
        return decision
    signals = read_signals(mail)
    decision = _base(mail, signals)
    if not mail.has_headers:
        return _finish(decision, Kind.OTHER, ["not an e-mail message: no headers"], review=True)
    bounce = bounce_verdict(mail, signals)
    if bounce is not None:
        decision.bounce = bounce.bounce
        decision.about_event = True
        decision.language = detect_language(mail.text)
        return _finish(decision, Kind.BOUNCE, bounce.reasons)
    body = split_body(mail.text)
    context = Context(mail=mail, signals=signals, body=body, event=event)
    context.content = _content(body)
    decision.language = detect_language(f"{signals.subject}\n{context.content}")
    automatic = automatic_verdict(mail, signals, "\n".join(body.own))
    if automatic is not None and _machine_mail_about_event(automatic, context):
        return _read_machine_mail(decision, context, automatic.reasons[0])
    if automatic is not None:
        decision.about_event = automatic.about_event
        wish = automatic.kind == Kind.AUTO_REPLY and _registers(context.content)
        reasons = [*automatic.reasons, *(["an automatic reply that also asks to register"] * wish)]
        return _finish(decision, automatic.kind, reasons, review=wish)
    if signals.sender is not None and signals.sender.email in event.organiser_addresses:
        return _finish(decision, Kind.OTHER, ["the organiser's own mail"])
    return _decide_human(decision, context)


def _spam_filter_original(mail: DecodedMail) -> DecodedMail | None:
    """The message a spam filter wrapped in its report (SpamAssassin's report_safe), if any."""
    if len(mail.attached) != 1 or not SPAM_FILTER_REPORT.search(mail.text[:2000]):
        return None
    return mail.attached[0]


def _machine_mail_about_event(automatic: AutomaticVerdict, ctx: Context) -> bool:
    """A machine's message (a web form, a ticket system: Auto-Submitted, not an answer to mail)
    that names the event: what it carries is read, and a person checks it."""
    if not automatic.machine_sent:
        return False
    mentions = ctx.mentions
    return mentions.title or (mentions.date and mentions.event_word)


def _read_machine_mail(decision: Decision, ctx: Context, reason: str) -> Decision:
    decision = _decide_human(decision, ctx)
    decision.reasons.append(f"{reason} about the event")
    decision.needs_review = True
    return decision


def _content(body: Body) -> str:
    """The writer's own sentences: no greeting line, no lone first name signing off."""
    lines = [x for x in body.text_lines if not is_greeting(x)]
    while lines and (not lines[-1].strip() or LONE_NAME.fullmatch(lines[-1])):
        lines.pop()
    return "\n".join(lines).strip()


def _finish(decision: Decision, kind: Kind, reasons: list[str], review: bool = False) -> Decision:
    decision.kind = kind
    decision.reasons = [r for r in dict.fromkeys(reasons) if r]
    decision.needs_review = review
    if kind not in (Kind.REGISTRATION, Kind.CANCELLATION):
        decision.registrants = []
    if kind in (Kind.AUTO_REPLY, Kind.BOUNCE):
        decision.about_event = True
    return decision


# -- a person's mail ------------------------------------------------------------------------------
def _decide_human(decision: Decision, ctx: Context) -> Decision:
    filed = _registration_file(ctx)
    if filed is not None:  # no words, only 'inschrijving.pdf': a person opens it
        decision.about_event = True
        reason = f"only an attachment, which may hold a registration: {filed}"
        return _finish(decision, Kind.OTHER, [reason], review=True)
    ctx.organiser_blocks = [b for b in ctx.body.quoted if _by_organiser(b, ctx.event)]
    ctx.intent = read_intent(ctx.said, ctx.content)
    if not ctx.content.strip() or SEE_SUBJECT.search(ctx.content):
        _read_the_subject(ctx)
    if _short_yes_to_invitation(ctx):
        ctx.intent.register.append(ctx.content.strip() or "(a short yes)")
    main = _main_source(ctx)
    extraction = people_in(main, ctx.event, _intent_sentences(ctx.intent))
    forwarded = _forwarded(ctx, extraction)
    if forwarded is not None:
        own, own_intent = extraction, ctx.intent
        extraction, ctx.intent = forwarded
        ctx.forwarded = True
        _keep_the_forwarders_asks(own_intent, ctx.intent)
        if FORWARDER_COMES_TOO.search(ctx.content):
            _forwarder_comes_too(own, extraction)
        _titles_from_the_forwarders_note(ctx.content, extraction)
    extraction = _without_organiser(ctx, extraction)
    if forwarded is None:
        _complete_from_quoted_authors(ctx, extraction)
    kind = _kind(ctx, extraction)
    anchored = _about_event(ctx, extraction)
    acting = kind in (Kind.REGISTRATION, Kind.CANCELLATION)
    if acting and _for_other_event(ctx):
        return _other_event(decision, ctx)
    another_edition = _another_edition(ctx) if kind == Kind.REGISTRATION else None
    if another_edition:
        decision.about_event = True
        reason = f"a registration for another edition: {_snippet(another_edition)}"
        return _finish(decision, Kind.OTHER, [reason], review=True)
    if acting and not anchored:
        if not (ctx.intent.register or ctx.intent.cancel):
            return _unanchored_people(decision, ctx)
        ctx.review.append("does not say which event it is about")
    decision.about_event = acting or anchored
    if decision.about_event and ctx.signals.sender is None:
        ctx.review.append(f"sender address not trusted ({ctx.signals.sender_problem})")
    if kind == Kind.REGISTRATION:
        decision.registrants = _registrants(ctx, extraction)
        _review_registration(ctx, extraction, decision.registrants)
    elif kind == Kind.CANCELLATION:
        decision.registrants = _cancelled(ctx, extraction)
        _review_cancellation(ctx, decision.registrants)
    else:
        _review_other(ctx, decision.about_event)
    reasons = ctx.reasons + ctx.review
    return _finish(decision, kind, reasons, review=bool(ctx.review))


def _without_organiser(ctx: Context, extraction: Extraction) -> Extraction:
    """The organiser's own details (a venue's booking, a form she filled in) register nobody."""
    ours = ctx.event.organiser_addresses
    people = [p for p in extraction.people if not (p.email and p.email.lower() in ours)]
    if len(people) == len(extraction.people):
        return extraction
    ctx.reasons.append("the organiser's own details: not a registration")
    labelled = extraction.labelled and any(p.labels for p in people)
    return replace(extraction, people=people, labelled=labelled)


def _unanchored_people(decision: Decision, ctx: Context) -> Decision:
    """People's details with nothing about the event: written to the organiser, a person looks."""
    reasons = ["names and addresses, nothing about the event"]
    direct = _addressed_to_organiser(ctx) and not ctx.signals.bulk
    if direct:
        reasons.append("written to the organiser: it may be a registration")
    return _finish(decision, Kind.OTHER, reasons, review=direct)


def _another_edition(ctx: Context) -> str | None:
    """The sentence that asks to register for a later edition ('noteren voor een volgende
    editie'), or that names the edition the next sentence's 'daarvoor' points at."""
    said = ctx.said
    for index, sentence in enumerate(said):
        if sentence not in ctx.intent.register and not REGISTRATION_VERB.search(sentence):
            continue
        if lx.ANOTHER_EDITION.search(sentence):
            return sentence
        before = said[index - 1] if index > 0 else ""
        if POINTS_BACK.search(sentence) and lx.ANOTHER_EDITION.search(before):
            return before
    return None


def _other_event(decision: Decision, ctx: Context) -> Decision:
    """A registration for another event: a person who wrote it to the organiser needs an answer."""
    reasons = ["a registration for another event"]
    personal = bool(ctx.intent.register or ctx.intent.cancel) and not ctx.signals.bulk
    mistaken = personal and _addressed_to_organiser(ctx)
    if mistaken:
        reasons.append("written to the organiser by mistake: the writer believes it is done")
    return _finish(decision, Kind.OTHER, reasons, review=mistaken)


def _by_organiser(block: QuotedBlock, event: EventContext) -> bool:
    if block.author_email and block.author_email in event.organiser_addresses:
        return True
    if block.author_name and name_words(block.author_name) >= name_words(event.organiser_name):
        return bool(name_words(event.organiser_name))
    return bool(lx.INVITATION_QUOTE.search(block.text) and event.title_pattern.search(block.text))


def _intent_sentences(intent: Intent) -> list[str]:
    return list(dict.fromkeys(intent.register + intent.cancel))


def _main_source(ctx: Context) -> Source:
    signals = ctx.signals
    extra: list[Labelled] = []
    for block in ctx.body.quoted:
        if any(block.own):
            extra += labelled_people(block.lines, accept=block.own)
            if extra:
                ctx.reasons.append("details typed between the quoted lines")
    for block in ctx.organiser_blocks:
        if lx.INVITATION_QUOTE.search(block.text) and not lx.CONFIRMATION_QUOTE.search(block.text):
            filled = labelled_people(block.lines)
            if filled:
                extra += filled
                ctx.reasons.append("template filled in inside the quoted invitation")
    for text in ctx.mail.text_files:
        filed = labelled_people(text.splitlines())
        if filed:
            extra += filed
            ctx.reasons.append("details in an attached text file")
    subject_person = _subject_details(signals.subject)
    if subject_person is not None:
        extra.append(subject_person)
        ctx.reasons.append("details in the subject")
    return Source(
        text_lines=ctx.body.text_lines,
        signature=ctx.body.signature,
        author_name=signals.sender.name if signals.sender else None,
        author_email=signals.sender.email if signals.sender else None,
        cc=_copied(signals, ctx.event),
        extra_labelled=extra,
        cards=[parse_vcard(text) for text in ctx.mail.vcards],
    )


def _subject_details(subject: str) -> Labelled | None:
    """'Inschrijving: Jan Peeters, Stad Gent, jurist': one person's details in the subject."""
    match = SUBJECT_DETAILS.match(subject)
    entry = parse_list_line(match.group("rest")) if match else None
    if entry is None:
        return None
    values = {
        key: value
        for key, value in (
            (Field.NAME, entry.name),
            (Field.FUNCTION, entry.function),
            (Field.ORGANISATION, entry.municipality),
            (Field.EMAIL, entry.email),
        )
        if value
    }
    return Labelled(values=values, labels=["onderwerp"])


def _copied(signals: HeaderSignals, event: EventContext) -> list[Address]:
    """Cc and To recipients other than the organiser: where a colleague 'in cc' is found."""
    if not (signals.raw_cc.strip() or "," in signals.raw_to):
        return []
    return [a for a in signals.cc + signals.to if a.email not in event.organiser_addresses]


def _forwarded(ctx: Context, main: Extraction) -> tuple[Extraction, Intent] | None:
    """A registration forwarded inline or as an attached message, when the mail itself has none."""
    if main.labelled or ctx.intent.cancel:
        return None
    forward_subject = bool(lx.FORWARD_SUBJECT.match(ctx.signals.subject))
    if not (forward_subject or FORWARD_WORDS.search(ctx.content) or ctx.mail.attached):
        return None
    sender = ctx.signals.sender.email if ctx.signals.sender else None
    found: list[tuple[Source, Extraction, Intent]] = []
    for source in _forwarded_sources(ctx):
        if source.author_email and source.author_email == sender and not forward_subject:
            continue  # the writer's own earlier mail, quoted: not a forward
        content = "\n".join(x for x in source.text_lines if x.strip() and not is_greeting(x))
        intent = read_intent(sentences(content), content)
        extraction = people_in(source, ctx.event, _intent_sentences(intent))
        if intent.register or intent.cancel or intent.substitution or extraction.labelled:
            found.append((source, extraction, intent))
    if not found:
        return None
    source, extraction, intent = _innermost_asked_for(found)
    who = source.author_name or source.author_email or "someone"
    ctx.reasons.append(f"forwarded message from {who}")
    return extraction, intent


def _registration_file(ctx: Context) -> str | None:
    """The name of the attached document a wordless mail consists of, when it names a
    registration or withdrawal ('inschrijving.pdf', 'afmelding seminarie.docx')."""
    if ctx.content.strip() or ctx.body.quoted:
        return None
    for attachment in ctx.mail.attachments:
        name = attachment.filename or ""
        document = DOCUMENT_TYPES.search(attachment.content_type) and not attachment.inline
        if document and (REGISTRATION_VERB.search(name) or SUBJECT_CANCEL.search(name)):
            return name
    return None


def _keep_the_forwarders_asks(own: Intent, forwarded: Intent) -> None:
    """What the forwarder herself asks above a forward ('Staat hij al op de lijst?') still needs
    a person, whoever the forwarded mail registers."""
    forwarded.questions += own.questions
    forwarded.practical += own.practical
    forwarded.tentative += own.tentative
    forwarded.substitution += own.substitution
    forwarded.changes += own.changes


def _forwarder_comes_too(own: Extraction, forwarded: Extraction) -> None:
    """'Hieronder de inschrijving van mijn collega. Ik kom zelf ook mee.': the forwarder too."""
    writer = next((person for person in own.people if person.is_writer), None)
    if writer is None or any(_same_person(writer, person) for person in forwarded.people):
        return
    forwarded.people.insert(0, writer)


def _complete_from_quoted_authors(ctx: Context, extraction: Extraction) -> None:
    """'Hieronder de inschrijving van schepen Van Roy' above Kristof Van Roy's forwarded mail:
    his whole name and address come from that mail's header, his title from its text; a
    registrant named in full without an address gets the address of his own quoted mail."""
    for block in ctx.body.quoted:
        if block in ctx.organiser_blocks or not block.author_email:
            continue
        author = person_from_display(block.author_name, block.author_email)
        for person in extraction.people:
            words = person.words()
            if person.email or not words or not author or not words <= name_words(author):
                continue
            person.name, person.email = author, block.author_email.lower()
            if person.function:
                kept = [w for w in person.function.split() if fold(w) not in words]
                person.function = " ".join(kept) or None
            refine_bare_titles([person], "\n".join(block.lines))


def _titles_from_the_forwarders_note(note: str, extraction: Extraction) -> None:
    """'Hieronder de vraag van burgemeester Rik Jansen': his title, said by the forwarder."""
    for person in extraction.people:
        if person.function or not person.name:
            continue
        match = re.search(
            rf"\b({TITLES_OF_OFFICE_PATTERN})\s+{re.escape(person.name)}\b", note, re.I
        )
        if match:
            person.function = match.group(1).lower()


def _innermost_asked_for(
    found: list[tuple[Source, Extraction, Intent]],
) -> tuple[Source, Extraction, Intent]:
    """Down a forward chain: 'graag doorsturen voor de inschrijving van Wout' above Wout's own
    request is about Wout's request: the deeper message whose writer the outer one names."""
    chosen = found[0]
    for deeper in found[1:]:
        author = person_from_display(deeper[0].author_name, deeper[0].author_email)
        first = fold(author.split()[0]) if author else ""
        outer = chosen[2]
        if first and any(first in name_words(s) for s in outer.register + outer.cancel):
            chosen = deeper
    return chosen


def _forwarded_sources(ctx: Context) -> list[Source]:
    sources: list[Source] = []
    for attached in ctx.mail.attached:
        signals = read_signals(attached)
        if signals.sender and signals.sender.email in ctx.event.organiser_addresses:
            continue
        body = split_body(attached.text)
        sources.append(
            Source(
                text_lines=body.text_lines,
                signature=body.signature,
                author_name=signals.sender.name if signals.sender else None,
                author_email=signals.sender.email if signals.sender else None,
                cc=signals.cc,
                label="attached message",
            )
        )
    for block in ctx.body.quoted:
        if block in ctx.organiser_blocks:
            continue
        text, _, signature = split_signature([x for x in block.lines])
        sources.append(
            Source(
                text_lines=text,
                signature=signature,
                author_name=block.author_name or None,
                author_email=block.author_email or None,
                label="forwarded text",
            )
        )
    return sources


def _registered_before(ctx: Context) -> bool:
    """Signs of an earlier registration: the writer says so, quotes a confirmation, or the subject."""
    subject = ctx.signals.subject
    return (
        ctx.intent.was_registered
        or ctx.quotes(lx.CONFIRMATION_QUOTE)
        or bool(SUBJECT_CANCEL.search(subject))
        or bool(lx.REPLY_SUBJECT.match(subject) and SUBJECT_REGISTRATION.search(subject))
    )


def _declined(ctx: Context) -> bool:
    """A 'cannot come' that declines the invitation rather than withdrawing a registration."""
    if ctx.intent.not_registered:
        return True
    return ctx.quotes(lx.INVITATION_QUOTE) and not _registered_before(ctx)


def _kind(ctx: Context, extraction: Extraction) -> Kind:
    intent = ctx.intent
    if intent.cancel_strong and not intent.register and lx.NEWSLETTER.search(ctx.signals.subject):
        ctx.review.append("asks to be taken off a mailing list")
        return Kind.OTHER
    cancel = bool(intent.cancel_strong) or bool(intent.cancel_weak and not _declined(ctx))
    register = bool(intent.register) or extraction.labelled
    if register and cancel and _only_the_writer_stays_away(ctx):
        cancel = False  # 'ik schrijf drie collega's in; zelf ben ik verhinderd'
    if cancel and not intent.cancel_strong and not _registered_before(ctx):
        ctx.review.append("says they cannot come, but no sign of an earlier registration")
    if cancel and register:
        ctx.reasons.append("both a withdrawal and a registration")
        if not intent.substitution:
            ctx.review.append("registers and withdraws in one mail")
        return (
            Kind.CANCELLATION if intent.cancel_strong or intent.substitution else Kind.REGISTRATION
        )
    if cancel:
        ctx.reasons.append("cancellation: " + _snippet(intent.cancel[0]))
        return Kind.CANCELLATION
    if register:
        if intent.register:
            ctx.reasons.append("registration: " + _snippet(intent.register[0]))
        _review_doubtful_registration(ctx, extraction)
        return Kind.REGISTRATION
    return Kind.OTHER


def _review_doubtful_registration(ctx: Context, extraction: Extraction) -> None:
    """Details that may not be a registration for this event: a person looks."""
    intent = ctx.intent
    others = [p for p in extraction.people if not p.is_writer]
    about_others = all(  # 'mijn diensthoofd X zet ik in cc; hij kan niet'
        any(p.words() and p.words() <= name_words(s) for p in others) for s in intent.cancel_weak
    )
    if intent.cancel_weak and not _writer_stays_away(ctx, others) and not about_others:
        ctx.review.append("says they cannot come, yet gives details or registers")
    elif not intent.register and not _asks_to_register(ctx):
        ctx.review.append("details, but no word of registering")


def _asks_to_register(ctx: Context) -> bool:
    """Labelled details with a word of registering: subject, text or the quoted invitation."""
    return bool(
        SUBJECT_REGISTRATION.search(ctx.signals.subject)
        or SUBJECT_REGISTRATION.search(ctx.content)
        or ctx.quotes(lx.INVITATION_QUOTE)
        or ctx.quotes(lx.REGISTRATION_CONTEXT)  # a reply to the organiser's reminder
        or lx.HERE_ARE_MY_DETAILS.search(ctx.content)
    )


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return f"'{text[:SNIPPET]}…'" if len(text) > SNIPPET else f"'{text}'"


def _about_event(ctx: Context, extraction: Extraction) -> bool:
    """Whether the mail points at the event: title, venue, date, a reply, our template filled in."""
    found = ctx.mentions
    if not ctx.replied_to_organiser and ctx.about_other_event:
        return False
    if found.title or found.venue or ((found.date or found.organiser) and found.event_word):
        return True
    if ctx.replied_to_organiser or _template_filled(extraction):
        return True
    to_organiser = _addressed_to_organiser(ctx)
    if to_organiser and (found.event_word or SUBJECT_REGISTRATION.search(ctx.signals.subject)):
        return True
    return found.date and bool(ctx.intent.register or ctx.intent.cancel)


def _template_filled(extraction: Extraction) -> bool:
    """At least three of the invitation's four fields, labelled: the invitation's own template."""
    for person in extraction.people:
        given = [person.name, person.municipality, person.function, person.email]
        if person.labels and sum(1 for value in given if value) >= TEMPLATE_FIELDS:
            return True
    return False


def _addressed_to_organiser(ctx: Context) -> bool:
    return any(ctx.signals.sent_to(address) for address in ctx.event.organiser_addresses)


def _for_other_event(ctx: Context) -> bool:
    return not ctx.replied_to_organiser and ctx.about_other_event


# -- registrants ----------------------------------------------------------------------------------
def _validated(ctx: Context, people: list[Person]) -> list[Registrant]:
    registrants: list[Registrant] = []
    for person in people:
        municipality = settle_municipality(person.municipality, person.email, person.function)
        registrant, problems = check_registrant(
            person.name, municipality, person.function, person.email
        )
        ctx.review.extend(problems)
        if person.place_doubt:
            ctx.review.append(person.place_doubt)
        registrants.append(registrant)
    return registrants


def _registrants(ctx: Context, extraction: Extraction) -> list[Registrant]:
    ctx.reasons.extend(extraction.notes)
    people = extraction.people
    others = [p for p in people if not p.is_writer]
    if _writer_stays_away(ctx, others):
        people = others  # 'ik schrijf volgende collega's in; ikzelf kan er niet bij zijn'
        ctx.reasons.append("the writer registers others and does not come")
    elif ctx.intent.cancel and _only_the_writer_stays_away(ctx):
        ctx.review.append("the writer does not come, and no one else is found")
    absent = [p for p in people if _only_said_not_to_come(ctx.said, p)]
    if absent and len(absent) < len(people):  # 'mijn diensthoofd X zet ik in cc; hij kan niet'
        people = [p for p in people if p not in absent]
        ctx.reasons.extend(f"named, but does not come: {p.name}" for p in absent)
    if not people:
        return []
    return _validated(ctx, people)


def _only_the_writer_stays_away(ctx: Context) -> bool:
    """Every 'cannot come' of a mail that registers is the writer's own ('zelf kan ik niet');
    a firm 'ik moet passen' only from a writer with no sign of an earlier registration."""
    intent = ctx.intent
    said = intent.cancel_weak + (intent.cancel_strong if not _registered_before(ctx) else [])
    return (
        bool(intent.register)
        and len(said) == len(intent.cancel_weak) + len(intent.cancel_strong)
        and all(lx.WRITER_STAYS_AWAY.search(sentence) for sentence in said)
    )


def _writer_stays_away(ctx: Context, others: list[Person]) -> bool:
    """The writer registers ``others`` and says she herself does not come ('ikzelf kan niet')."""
    return bool(others) and any(lx.WRITER_STAYS_AWAY.search(s) for s in ctx.intent.cancel)


def _only_said_not_to_come(said: list[str], person: Person) -> bool:
    """A colleague named only in sentences (of ``said``) that say someone cannot come."""
    if person.is_writer or person.labels or not person.name:
        return False
    words = person.words()
    named_in = [s for s in said if words <= name_words(s)]
    return bool(named_in) and all(read_sentence(s).cancel_weak for s in named_in)


def _cancelled(ctx: Context, extraction: Extraction) -> list[Registrant]:
    confirmed = _confirmed_people(ctx)
    people = _who_withdraws(ctx, extraction, confirmed)
    people = people or [writer_as_person(extraction.writer)]
    known_details = confirmed + _quoted_labelled_people(ctx)
    for person in people:
        for known in known_details:
            if _same_person(person, known):
                person.function = known.function or person.function
                person.municipality = known.municipality or person.municipality
                person.email = person.email or known.email
                person.name = person.name or known.name
    return _validated(ctx, people)


def _who_withdraws(ctx: Context, extraction: Extraction, confirmed: list[Person]) -> list[Person]:
    """The people a cancellation is about: the writer, a colleague, or everyone confirmed."""
    people = extraction.people
    withdrawing = " ".join(_with_whom_they_mean(ctx))
    if ctx.intent.substitution:  # the substitute does not withdraw: the writer does
        return [p for p in people if p.is_writer]
    if lx.STILL_COMING.search(ctx.content):  # 'Wim komt niet meer, ik wel'
        people = [p for p in people if not p.is_writer]
        if not people:
            ctx.review.append("the writer still comes, but who withdraws is unclear")
        return people
    if _group_withdraws(withdrawing):  # 'we moeten allebei afzeggen'
        if len(confirmed) >= len(people) and len(confirmed) > 1:
            return [Person(name=p.name, email=p.email) for p in confirmed]
        if len(people) < MIN_GROUP:
            ctx.review.append("'we' withdraw, but who 'we' are is not clear")
        return people
    others = [p for p in people if not p.is_writer]
    if others and lx.ON_BEHALF.search(ctx.content):  # 'namens schepen X …', 'zijn inschrijving'
        return others
    named = _first_names_withdrawing(withdrawing, confirmed, extraction)
    if named and not lx.SELF_WITHDRAWAL.search(withdrawing):
        return [p for p in people if not p.is_writer] + named
    if not named and not any(not p.is_writer for p in people) and _someone_else(ctx, extraction):
        ctx.review.append("someone other than the writer withdraws, not found by name")
    return people


def _with_whom_they_mean(ctx: Context) -> list[str]:
    """The withdrawing sentences, each after the sentence its 'haar'/'hem' points back to
    ('Ellen zal er niet bij zijn. Kan je haar van de lijst schrappen?')."""
    said = ctx.said
    found: list[str] = []
    for sentence in ctx.intent.cancel:
        index = said.index(sentence) if sentence in said else -1
        before = said[index - 1] if index > 0 else ""
        pointed = before and THIRD_PERSON_OBJECT.search(sentence)
        if pointed and before not in found and before not in ctx.intent.cancel:
            found.append(before)
        if sentence not in found:
            found.append(sentence)
    return found


def _someone_else(ctx: Context, extraction: Extraction) -> bool:
    """'Eva kan niet komen', 'mijn collega kan niet': a third person withdraws."""
    writer = extraction.writer
    first = fold(writer.first_name or next(iter((writer.name or "").split()), ""))
    for sentence in ctx.intent.cancel:
        if lx.COLLEAGUE_WORD.search(sentence):
            return True
        subject = THIRD_PERSON_SUBJECT.match(sentence)
        if subject and fold(subject.group("first")) not in {first, *NOT_A_SUBJECT}:
            return True
    return False


def _group_withdraws(text: str) -> bool:
    if lx.PLURAL_WITHDRAWAL.search(text):
        return True
    return bool(lx.WE_WITHDRAW.search(text)) and not lx.SELF_WITHDRAWAL.search(text)


def _first_names_withdrawing(
    text: str, confirmed: list[Person], extraction: Extraction
) -> list[Person]:
    """'Eva kan niet komen': a confirmed colleague named by first name in a withdrawing sentence."""
    words = {fold(w) for w in FIRST_NAME_WORD.findall(text)}
    writer_words = extraction.writer.words()
    found: list[Person] = []
    for known in confirmed:
        first = fold((known.name or "").split()[0]) if known.name else ""
        if first and first in words and not (known.words() & writer_words):
            found.append(Person(name=known.name, email=known.email))
    return found


def _confirmed_people(ctx: Context) -> list[Person]:
    """The people of the organiser's confirmations quoted in the mail."""
    confirmations = [b for b in ctx.organiser_blocks if lx.CONFIRMATION_QUOTE.search(b.text)]
    return [person for block in confirmations for person in _block_people(block)]


def _quoted_labelled_people(ctx: Context) -> list[Person]:
    """The labelled details quoted in a thread ('> Naam: …'), to complete who withdraws."""
    others = [b for b in ctx.body.quoted if b not in ctx.organiser_blocks]
    return [person for block in others for person in _block_people(block)]


def _block_people(block: QuotedBlock) -> list[Person]:
    """The people of the labelled fields in one quoted block."""
    return labelled_persons(
        Source(text_lines=block.lines, signature=[], author_name=None, author_email=None)
    )


def _same_person(a: Person, b: Person) -> bool:
    if a.email and b.email:
        return a.email == b.email
    return bool(a.words() and b.words() and len(a.words() & b.words()) >= min(2, len(a.words())))


# -- review ---------------------------------------------------------------------------------------
def _review_common(ctx: Context) -> None:
    intent = ctx.intent
    if intent.questions:
        ctx.review.append("question needs an answer: " + _snippet(intent.questions[0]))
    if intent.practical:
        ctx.review.append("practical request: " + _snippet(intent.practical[0]))
    if intent.tentative:
        ctx.review.append("tentative: " + _snippet(intent.tentative[0]))
    if intent.substitution:
        ctx.review.append("substitution: " + _snippet(intent.substitution[0]))
    if intent.changes:
        ctx.review.append("asks to change details: " + _snippet(intent.changes[0]))


def _review_registration(
    ctx: Context, extraction: Extraction, registrants: list[Registrant]
) -> None:
    _review_common(ctx)
    if not registrants:
        ctx.review.append("registration without any details of who comes")
    if _document_attached(ctx) and not extraction.labelled:
        ctx.review.append("details may be in the attachment")
    if len(registrants) > MAX_AUTOMATIC_REGISTRANTS:
        ctx.review.append(f"{len(registrants)} people in one mail")
    for registrant in registrants:
        _review_registrant(ctx, extraction.writer, registrant)
    if ctx.quotes(lx.CONFIRMATION_QUOTE) or ctx.quotes(lx.ORGANISER_QUESTION):
        ctx.review.append(
            "a reply to the organiser's mail that changes or completes a registration"
        )
    if ctx.signals.bulk:
        ctx.review.append("registration in bulk mail")
    _review_head_count(ctx, len(registrants))
    _review_unnamed_company(ctx, extraction, registrants)
    _review_names(ctx, extraction)


def _review_registrant(ctx: Context, writer: Writer, registrant: Registrant) -> None:
    """What a person checks about one registrant: the name, the function, whose address."""
    if not registrant.name:
        ctx.review.append("a registrant without a name")
    elif len(registrant.name.split()) < 2:
        ctx.review.append(f"only a first name: {registrant.name}")
    if registrant.function and len(registrant.function.split()) > MAX_FUNCTION_WORDS:
        ctx.review.append(f"a function of more than {MAX_FUNCTION_WORDS} words")
    if _organisers_colleague(ctx, registrant.email):
        ctx.review.append(f"a colleague of the organiser: {registrant.email}")
    _review_place(ctx, writer, registrant)


def _review_place(ctx: Context, writer: Writer, registrant: Registrant) -> None:
    """What a person checks about a registrant's municipality (the list of attendees is by town)."""
    said, by_address = registrant.municipality, municipality_of_address(registrant.email)
    if not said:
        who = registrant.name or registrant.email or "a registrant"
        ctx.review.append(f"no town or municipality for {who}")
        return
    known = canonical_municipality(said)
    if known and by_address and said != by_address:
        ctx.review.append(f"the address is of {by_address}, the mail says {said}")
    employer = _signed_employer(writer, registrant)
    if known and employer:
        ctx.review.append(f"the mail says {said}, the signature {employer}")
    owners = section_owners(said)
    if owners:
        ctx.review.append(f"a part of more than one municipality: {said} ({' / '.join(owners)})")
    elif _unknown_place(said):
        ctx.review.append(f"a place that is no known municipality: {said}")


def _signed_employer(writer: Writer, registrant: Registrant) -> str | None:
    """The writer's employer in her signature when it is no municipality ('Vlaamse overheid'),
    for the writer's own registration: a town beside it may be where her office stands."""
    if not writer.email or registrant.email != writer.email:
        return None
    employer = writer.municipality
    return employer if employer and is_organisation(employer) else None


def _unknown_place(place: str) -> bool:
    """One word that names no municipality and no organisation: a part of a municipality the
    data lacks, a typing error ('Antwerpn') or a town abroad; a person decides which."""
    return (
        len(place.split()) == 1
        and not place.isupper()  # 'KCVS', 'VVSG': an organisation's initials
        and not canonical_municipality(place)
        and not is_organisation(place)
    )


def _review_unnamed_company(
    ctx: Context, extraction: Extraction, registrants: list[Registrant]
) -> None:
    """'Ik en mijn collega komen', '… en Eva ook': someone comes along who is not a registrant."""
    if len(registrants) > 1 or any(not p.is_writer for p in extraction.people):
        return
    # 'Kan je onderstaande collega inschrijven?' above a forward: that colleague is the registrant
    if lx.COLLEAGUES_COME.search(ctx.content) and not ctx.forwarded:
        ctx.review.append("a colleague comes along, but who is not clear")
        return
    known = {w for r in registrants for w in name_words(r.name)}
    for sentence in ctx.intent.register:
        for match in COMPANION.finditer(sentence):
            if fold(match.group("first")) not in known:
                ctx.review.append(f"someone else comes along: {match.group('first')}")
                return


def _review_head_count(ctx: Context, found: int) -> None:
    """'We komen met drie' with two people found, or names that follow later: a person checks."""
    if lx.NAMES_LATER.search(ctx.content):
        ctx.review.append("more people, whose names follow later")
    stated = stated_head_count(ctx.content)
    if stated is not None and stated != found:
        ctx.review.append(f"says {stated} people come, {found} found")


def stated_head_count(text: str) -> int | None:
    """The number of people the writer says will come ('we komen met drie'), if said once."""
    counts = set()
    for match in lx.HEAD_COUNT.finditer(text):
        word = lx.COUNT_WORD.findall(match.group(0))[-1]
        counts.add(int(word) if word.isdigit() else lx.NUMBER_WORDS[word])
    return counts.pop() if len(counts) == 1 else None


def _review_names(ctx: Context, extraction: Extraction) -> None:
    writer = extraction.writer
    display = writer.display or ""
    for person in extraction.people:
        if not person.is_writer or not person.name or not display or not is_person_name(display):
            continue
        if not (name_words(display) & person.words()) and not _same_mailbox(person, writer.email):
            ctx.review.append(f"two candidate names: {person.name} / {display}")


def _same_mailbox(person: Person, address: str | None) -> bool:
    if not address or not person.name:
        return False
    local = fold(address.split("@")[0])
    return any(w in local for w in person.words() if len(w) > 2)


def _review_cancellation(ctx: Context, registrants: list[Registrant]) -> None:
    ctx.intent.changes = [s for s in ctx.intent.changes if s not in ctx.intent.cancel]
    _review_common(ctx)
    for registrant in registrants:
        if not registrant.name and not registrant.email:
            ctx.review.append("cannot tell who withdraws")


def _review_other(ctx: Context, about_event: bool) -> None:
    if not about_event:
        ctx.reasons.append("not about the event")
        return
    if _from_organisers_colleague(ctx) and not _passes_on_a_question(ctx):
        ctx.reasons.append(
            "internal mail from the organiser's own organisation: she reads it herself"
        )
        return
    intent = ctx.intent
    to_organiser = _addressed_to_organiser(ctx)
    forward_only = bool(lx.FORWARD_SUBJECT.match(ctx.signals.subject)) and not to_organiser
    copied_only = not to_organiser and bool(ctx.signals.raw_cc.strip())
    declined = intent.cancel_weak and (intent.not_registered or ctx.quotes(lx.INVITATION_QUOTE))
    if forward_only or copied_only:
        ctx.reasons.append("the organiser is only informed (in Cc)")
    elif _needs_a_person(intent):
        _review_common(ctx)
    elif intent.thanks_only and _agrees_to_invitation(ctx):
        ctx.review.append(
            "a short yes to the invitation, without details: it may be a registration"
        )
    elif intent.thanks_only:
        ctx.reasons.append("a thank-you, nothing to do")
    elif declined:
        ctx.reasons.append("declines the invitation")
    else:
        ctx.review.append("about the event, but neither a registration nor a cancellation")
    if _document_attached(ctx) and ctx.review:
        ctx.review.append("details may be in the attachment")


def _read_the_subject(ctx: Context) -> None:
    """A mail whose only words are its subject ('Afmelding seminarie 7/12', 'Ik kom naar het
    seminarie', a new mail 'Inschrijving' above a signature): the subject is what it says."""
    subject = SUBJECT_PREFIXES.sub("", ctx.signals.subject).strip()
    if not subject:
        return
    said = read_intent([subject], subject)
    ctx.intent.register += said.register
    ctx.intent.cancel_strong += said.cancel_strong
    ctx.intent.cancel_weak += said.cancel_weak
    new_mail = not lx.REPLY_SUBJECT.match(ctx.signals.subject)
    if new_mail and not said.cancel and SUBJECT_ONLY_REGISTRATION.match(subject):
        ctx.intent.register.append(subject)


def _registers(content: str) -> bool:
    """Whether the writer's own text registers someone ('ik kom graag naar het seminarie')."""
    return bool(read_intent(sentences(content), content).register)


def _short_yes_to_invitation(ctx: Context) -> bool:
    """'Graag!' or 'Aanwezig' as the whole answer to the invitation: a registration."""
    if ctx.intent.register or ctx.intent.cancel or ctx.intent.questions:
        return False
    # the first own line: 'Graag!' may read as a closing, or stand above an unmarked signature
    answer = next((line.strip() for line in ctx.body.own if line.strip()), "")
    if not answer or not lx.SHORT_YES.search(answer):
        return False
    subject = ctx.signals.subject
    replies_to_invitation = lx.REPLY_SUBJECT.match(subject) and INVITATION_WORD.search(subject)
    return ctx.quotes(lx.INVITATION_QUOTE) or bool(replies_to_invitation)


def _agrees_to_invitation(ctx: Context) -> bool:
    """'ok', 'prima, tot dan' above the quoted invitation (not above our confirmation)."""
    if not ctx.quotes(lx.INVITATION_QUOTE) or ctx.quotes(lx.CONFIRMATION_QUOTE):
        return False
    return bool(lx.AGREEMENT.search(ctx.content))


def _from_organisers_colleague(ctx: Context) -> bool:
    """A colleague of the organiser (same own mail domain) writes: internal work mail."""
    sender = ctx.signals.sender
    return sender is not None and _organisers_colleague(ctx, sender.email)


def _passes_on_a_question(ctx: Context) -> bool:
    """A colleague forwards someone else's question about the event: the organiser answers it."""
    for block in ctx.body.quoted:
        if block in ctx.organiser_blocks or _organisers_colleague(ctx, block.author_email):
            continue
        text = "\n".join(block.lines)
        if _needs_a_person(read_intent(sentences(text), text)):
            return True
    return False


def _organisers_colleague(ctx: Context, address: str | None) -> bool:
    """An address of the organiser's own organisation (not a public mail service)."""
    domain = ctx.event.organiser_domain
    if not address or not domain or domain in PUBLIC_MAIL_DOMAINS:
        return False
    return address.rpartition("@")[2].lower() == domain


def _needs_a_person(intent: Intent) -> bool:
    """A question, a request, a doubt, a change or a substitution: a person answers."""
    asks = intent.questions or intent.practical or intent.changes
    return bool(asks or intent.tentative or intent.substitution)


def _document_attached(ctx: Context) -> bool:
    return any(DOCUMENT_TYPES.search(a.content_type) and not a.inline for a in ctx.mail.attachments)
