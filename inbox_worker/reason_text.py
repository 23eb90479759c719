"""Dutch wording of review reasons, for the organisers' digest."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from inbox_worker.review_reasons import (
    CHANGED_REASON,
    DEFAULT_REVIEW_REASON,
    FAILED_REASON,
    NO_NAME_ERROR,
    OVERSIZE_REASON,
    SERVER_FAILED_REASON,
    SET_ASIDE_REASON,
    UNANSWERABLE_REASON,
    ReviewReason,
)

SEPARATOR: Final = "; "  # how the policy joins the parser's reasons
PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")

KIND_WORDS: Final[Mapping[str, str]] = {
    "registration": "inschrijving",
    "cancellation": "afmelding",
    "auto_reply": "automatisch antwoord",
    "bounce": "onbestelbare mail",
    "other": "ander bericht",
}
FLAG_WORDS: Final[Mapping[str, str]] = {
    **KIND_WORDS,
    "needs review": "na te kijken",
    "not about the event": "niet over het seminarie",
}
SUMMARY_WORDS: Final[Mapping[str, str]] = {
    "nobody": "niemand",
    "no decision": "geen beslissing",
    "(no decision)": "(geen beslissing)",
}
FIELD_WORDS: Final[Mapping[str, str]] = {
    "name": "naam",
    "municipality": "gemeente",
    "function": "functie",
    "email": "e-mailadres",
}
ACTION_WORDS: Final[Mapping[str, str]] = {
    "move": "verplaatst",
    "flag": "gemarkeerd",
    "unflag-and-move": "ontmarkeerd en verplaatst",
}
REFUSAL_WORDS: Final[Mapping[str, str]] = {
    "replies are disabled in the configuration": "antwoorden staan uit in de instellingen",
    "the message is an automatic reply": "het is een automatisch antwoord",
    "the message is a bounce": "het is een melding van een onbestelbare mail",
    "the message is mass mail (list or bulk)": "het is massamail (mailinglijst of bulk)",
    "the message is marked as spam": "de mail is als spam gemarkeerd",
    "the message carries our own loop header": "de mail draagt onze eigen lus-header",
    "the message has a null sender": "de mail heeft een lege afzender",
    "the sender is missing, unparseable or ambiguous": (
        "de afzender ontbreekt, is onleesbaar of is niet eenduidig"
    ),
    "the address belongs to a machine (mailer-daemon, postmaster, noreply)": (
        "het adres is van een computer, niet van een persoon (mailer-daemon, postmaster, noreply)"
    ),
    "the address is our own": "het is ons eigen adres",
    "the daily reply limit for this address is reached": (
        "het maximum aantal antwoorden per dag voor dit adres is bereikt"
    ),
}


def _word(table: Mapping[str, str]) -> Callable[[str], str]:
    """A translator for one fixed set of words; anything else stays as it is."""
    return lambda value: table.get(value, value)


def _decision_summary(text: str) -> str:
    """'registration, needs review: Jan / Gent' (see reprocess.DecisionSummary) in Dutch."""
    if text in SUMMARY_WORDS:
        return SUMMARY_WORDS[text]
    flags, colon, people = text.partition(": ")
    dutch_flags = ", ".join(FLAG_WORDS.get(flag, flag) for flag in flags.split(", "))
    return f"{dutch_flags}{colon}{SUMMARY_WORDS.get(people, people)}"


# Dynamic parts that come from a small fixed set are translated too; the rest stays as written.
GROUP_WORDS: Final[Mapping[str, Callable[[str], str]]] = {
    "kind": _word(KIND_WORDS),
    "refusal": _word(REFUSAL_WORDS),
    "field": _word(FIELD_WORDS),
    "action": _word(ACTION_WORDS),
    "after": _decision_summary,
    "before": _decision_summary,
}


@dataclass(frozen=True)
class Rule:
    """One English reason template as a regex, and its Dutch wording with the same groups."""

    pattern: re.Pattern[str]
    dutch: str

    def apply(self, text: str) -> str | None:
        """The Dutch wording of ``text``, or None when this rule does not fit it."""
        match = self.pattern.fullmatch(text)
        if match is None:
            return None
        values = {name: _group_value(name, value) for name, value in match.groupdict().items()}
        return self.dutch.format(**values)


def _group_value(name: str, value: str) -> str:
    translate = GROUP_WORDS.get(name)
    return translate(value) if translate else value


def rule(english: str, dutch: str) -> Rule:
    """A rule from an English template ('processing failed: {error}'): literal text, and each
    placeholder a named group that takes any text."""
    parts = PLACEHOLDER.split(english)  # literal, name, literal, name, …, literal
    regex = "".join(
        f"(?P<{part}>.*?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
    )
    return Rule(re.compile(r"\A" + regex, re.DOTALL), dutch)


# Review items made in one piece (review_reasons: ingest, reprocess, policy): matched on the
# whole reason first, since their dynamic part may itself contain the separator.
WHOLE_RULES: Final = (
    rule(
        OVERSIZE_REASON,
        "te groot om af te halen: {size} bytes (mailbox.max_message_bytes staat op {limit})",
    ),
    rule(FAILED_REASON, "verwerking mislukt: {error}"),
    rule(
        SET_ASIDE_REASON,
        "het programma is {deaths} keer gestopt tijdens het verwerken van deze mail; "
        "bewaard zonder ze te lezen",
    ),
    rule(
        SERVER_FAILED_REASON,
        "de mail kon op de IMAP-server niet {action} worden: {error}",
    ),
    rule(
        CHANGED_REASON,
        "opnieuw verwerkt: het programma beslist nu {after} (was {before}); wat eerder op basis "
        "van de vorige beslissing werd opgeslagen, blijft ongewijzigd",
    ),
    rule(DEFAULT_REVIEW_REASON, "het programma was niet zeker"),
    rule(ReviewReason.NO_REGISTRANTS, "een inschrijving waarin niemand genoemd wordt"),
    rule(
        ReviewReason.NO_NAME,
        "een deelnemer zonder naam of e-mailadres",
    ),
    rule(
        ReviewReason.UNKNOWN_CANCELLATION,
        "een afmelding voor iemand die niet ingeschreven is",
    ),
    rule(
        f"{ReviewReason.UNKNOWN_CANCELLATION.value}: {{names}}",
        "een afmelding voor iemand die niet ingeschreven is: {names}",
    ),
    rule(
        ReviewReason.UNCLEAR_CORRECTION,
        "een antwoord op onze bevestiging: niet duidelijk van wie de gegevens aangepast worden",
    ),
    rule(
        ReviewReason.CANCELLED_CORRECTION,
        "een antwoord op onze mail met gegevens van iemand die zich had afgemeld",
    ),
    rule(
        ReviewReason.OTHER_REPLY,
        "een antwoord op onze bevestiging dat geen verbetering en geen bedankje is",
    ),
    rule(
        UNANSWERABLE_REASON,
        "een {kind} in een mail waarop we nooit antwoorden: {refusal}",
    ),
    rule(
        NO_NAME_ERROR,
        "een deelnemer moet een naam of een e-mailadres hebben",
    ),
)

# The parser's reasons (parsing/*.py), joined by the policy with SEPARATOR: matched part by part.
PART_RULES: Final = (
    rule("cannot read the file: {error}", "kan het bestand niet lezen: {error}"),
    rule("parser error: {error}", "fout bij het lezen van de mail: {error}"),
    rule("not an e-mail message: no headers", "geen e-mail: de kopregels ontbreken"),
    rule("the organiser's own mail", "een mail van de organisator zelf"),
    rule("does not say which event it is about", "zegt niet over welk evenement het gaat"),
    rule("sender address not trusted ({problem})", "afzenderadres niet betrouwbaar ({problem})"),
    rule(
        "names and addresses, nothing about the event",
        "namen en adressen, maar niets over het seminarie",
    ),
    rule(
        "written to the organiser: it may be a registration",
        "gericht aan de organisator: het kan een inschrijving zijn",
    ),
    rule("a registration for another event", "een inschrijving voor een ander evenement"),
    rule(
        "written to the organiser by mistake: the writer believes it is done",
        "per vergissing naar de organisator gestuurd: de afzender denkt dat het in orde is",
    ),
    rule("details typed between the quoted lines", "gegevens tussen de geciteerde regels getypt"),
    rule(
        "template filled in inside the quoted invitation",
        "het invulstrookje ingevuld in de geciteerde uitnodiging",
    ),
    rule("details in the subject", "gegevens in het onderwerp"),
    rule("forwarded message from {who}", "doorgestuurde mail van {who}"),
    rule(
        "says they cannot come, but no sign of an earlier registration",
        "laat weten niet te kunnen komen, maar er is geen eerdere inschrijving te vinden",
    ),
    rule("both a withdrawal and a registration", "zowel een afmelding als een inschrijving"),
    rule("registers and withdraws in one mail", "schrijft in én meldt af in dezelfde mail"),
    rule("cancellation: {snippet}", "afmelding: {snippet}"),
    rule("registration: {snippet}", "inschrijving: {snippet}"),
    rule(
        "the writer still comes, but who withdraws is unclear",
        "de afzender komt zelf wel, maar het is niet duidelijk wie zich afmeldt",
    ),
    rule(
        "'we' withdraw, but who 'we' are is not clear",
        "'wij' melden ons af, maar het is niet duidelijk wie 'wij' zijn",
    ),
    rule(
        "someone other than the writer withdraws, not found by name",
        "iemand anders dan de afzender meldt zich af, maar de naam is niet gevonden",
    ),
    rule("question needs an answer: {snippet}", "vraag die een antwoord nodig heeft: {snippet}"),
    rule("practical request: {snippet}", "praktische vraag: {snippet}"),
    rule("tentative: {snippet}", "nog niet zeker: {snippet}"),
    rule("substitution: {snippet}", "vervanging: {snippet}"),
    rule("asks to change details: {snippet}", "vraagt om gegevens aan te passen: {snippet}"),
    rule(
        "registration without any details of who comes",
        "inschrijving zonder gegevens van wie er komt",
    ),
    rule("details may be in the attachment", "de gegevens staan misschien in de bijlage"),
    rule("{count} people in one mail", "{count} personen in één mail"),
    rule("a registrant without a name", "een deelnemer zonder naam"),
    rule("only a first name: {name}", "alleen een voornaam: {name}"),
    rule("no town or municipality for {who}", "geen stad of gemeente voor {who}"),
    rule(
        "the mail says {said}, the signature {employer}",
        "de mail zegt {said}, de handtekening {employer}",
    ),
    rule(
        "a registration for another edition: {snippet}",
        "een inschrijving voor een andere editie: {snippet}",
    ),
    rule(
        "only an attachment, which may hold a registration: {name}",
        "alleen een bijlage, die een inschrijving kan bevatten: {name}",
    ),
    rule("several municipalities: {value}", "meer dan één gemeente: {value}"),
    rule(
        "a municipality and something else: {value}",
        "een gemeente en nog iets anders: {value}",
    ),
    rule(
        "a place of residence, not of work: {value}",
        "een woonplaats, niet de werkplaats: {value}",
    ),
    rule(
        "a function of more than {count} words",
        "een functie van meer dan {count} woorden",
    ),
    rule(
        "the writer does not come, and no one else is found",
        "de schrijver komt zelf niet, en niemand anders is gevonden",
    ),
    rule(
        "a part of more than one municipality: {place} ({owners})",
        "een deelgemeente van meer dan één gemeente: {place} ({owners})",
    ),
    rule(
        "a place that is no known municipality: {place}",
        "een plaats die geen bekende gemeente is: {place}",
    ),
    rule(
        "says they cannot come, yet gives details or registers",
        "zegt niet te kunnen komen, maar geeft gegevens of schrijft in",
    ),
    rule("details, but no word of registering", "gegevens, maar geen woord over inschrijven"),
    rule("details in an attached text file", "gegevens in een bijgevoegd tekstbestand"),
    rule(
        "an automatic reply that also asks to register",
        "een automatisch antwoord dat ook om een inschrijving vraagt",
    ),
    rule("asks to be taken off a mailing list", "vraagt om van een mailinglijst gehaald te worden"),
    rule(
        "the address is of {by_address}, the mail says {said}",
        "het adres is van {by_address}, de mail zegt {said}",
    ),
    rule("named, but does not come: {name}", "genoemd, maar komt niet: {name}"),
    rule(
        "the writer registers others and does not come",
        "de afzender schrijft anderen in en komt zelf niet",
    ),
    rule("a colleague of the organiser: {address}", "een collega van de organisator: {address}"),
    rule(
        "the organiser's own details: not a registration",
        "de eigen gegevens van de organisator: geen inschrijving",
    ),
    rule(
        "a short yes to the invitation, without details: it may be a registration",
        "een kort ja op de uitnodiging, zonder gegevens: misschien een inschrijving",
    ),
    rule(
        "a reply to the organiser's mail that changes or completes a registration",
        "een antwoord op een mail van de organisator dat een inschrijving wijzigt of aanvult",
    ),
    rule("registration in bulk mail", "inschrijving in een massamail"),
    rule(
        "a colleague comes along, but who is not clear",
        "er komt een collega mee, maar niet duidelijk wie",
    ),
    rule("someone else comes along: {name}", "er komt nog iemand mee: {name}"),
    rule("more people, whose names follow later", "meer personen, de namen volgen later"),
    rule(
        "says {stated} people come, {found} found",
        "schrijft dat er {stated} personen komen, {found} gevonden",
    ),
    rule("two candidate names: {first} / {second}", "twee mogelijke namen: {first} / {second}"),
    rule("cannot tell who withdraws", "niet duidelijk wie zich afmeldt"),
    rule("not about the event", "niet over het seminarie"),
    rule(
        "internal mail from the organiser's own organisation: she reads it herself",
        "interne mail van de eigen organisatie: die leest de organisator zelf",
    ),
    rule("the organiser is only informed (in Cc)", "de organisator staat enkel in Cc, ter info"),
    rule("a thank-you, nothing to do", "een bedankje, niets te doen"),
    rule("declines the invitation", "slaat de uitnodiging af"),
    rule(
        "about the event, but neither a registration nor a cancellation",
        "over het seminarie, maar geen inschrijving en geen afmelding",
    ),
    rule("labelled fields: {labels}", "ingevulde velden: {labels}"),
    rule("people listed in the text", "personen opgesomd in de tekst"),
    rule("{field} {value} failed validation", "{field} {value} is niet geldig"),
    rule("failed: {recipients}", "niet afgeleverd aan: {recipients}"),
    rule("a delay warning, not yet a failure", "een melding van vertraging, nog niet mislukt"),
    rule(
        "delivery status notification (multipart/report)",
        "afleveringsbericht (multipart/report)",
    ),
    rule("delivery status notification", "afleveringsbericht"),
    rule("bounce: X-Failed-Recipients header", "onbestelbare mail: header X-Failed-Recipients"),
    rule(
        "bounce from the mail system ({sender})",
        "melding van onbestelbare mail door het mailsysteem ({sender})",
    ),
    rule("bounce: failure notice", "onbestelbare mail: foutmelding"),
    rule("read receipt (disposition notification)", "leesbevestiging"),
    rule("abuse feedback report", "melding van misbruik"),
    rule("mass mail (List-Id / List-Unsubscribe)", "massamail (List-Id / List-Unsubscribe)"),
    rule("read or delivery receipt", "lees- of ontvangstbevestiging"),
    rule(
        "read from the original attached to a spam filter's report",
        "gelezen uit het origineel dat de spamfilter bij zijn rapport voegde",
    ),
    rule(
        "automatic message (Auto-Submitted: {value}) about the event",
        "automatisch bericht (Auto-Submitted: {value}) over het seminarie",
    ),
    rule(
        "automatic message (Auto-Submitted: {value})",
        "automatisch bericht (Auto-Submitted: {value})",
    ),
    rule("calendar invitation accepted", "agenda-uitnodiging aanvaard"),
    rule("auto-reply (subject: {subject})", "automatisch antwoord (onderwerp: {subject})"),
    rule("auto-reply (Exchange inbox rule)", "automatisch antwoord (regel in Exchange)"),
    rule("auto-reply ({header} header)", "automatisch antwoord (header {header})"),
    rule("auto-reply ({detail})", "automatisch antwoord ({detail})"),
    rule(
        "automatic answer (Auto-Submitted: {value})",
        "automatisch antwoord (Auto-Submitted: {value})",
    ),
    rule(
        "absence message (recognised from its text)",
        "afwezigheidsbericht (herkend aan de tekst)",
    ),
    rule("automatic acknowledgement", "automatische ontvangstbevestiging"),
    rule("mass mail or spam: {phrases}", "massamail of spam: {phrases}"),
)
ALL_RULES: Final = WHOLE_RULES + PART_RULES


def _translate(text: str, rules: tuple[Rule, ...]) -> str | None:
    for candidate in rules:
        dutch = candidate.apply(text)
        if dutch is not None:
            return dutch
    return None


def dutch_part(part: str) -> str:
    """One reason in Dutch; a reason without a known template comes back unchanged."""
    return _translate(part, ALL_RULES) or part


def dutch_reason(reason: str) -> str:
    """A stored review reason in Dutch: a whole-message reason at once, else part by part."""
    whole = _translate(reason, WHOLE_RULES)
    if whole is not None:
        return whole
    return SEPARATOR.join(dutch_part(part) for part in reason.split(SEPARATOR))
