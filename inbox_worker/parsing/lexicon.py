"""The words and phrases the parser recognises, in Dutch, English and French (some German)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

ESCAPES: Final = re.compile(r"\\.")


class Phrases:
    """A case-insensitive phrase pattern, matched on lower-cased text (several times faster).

    The pattern is written in lower case; the text is lower-cased before each match.
    """

    __slots__ = ("pattern",)

    def __init__(self, source: str) -> None:
        if any(ch.isupper() for ch in ESCAPES.sub("", source)):
            raise ValueError(f"phrase patterns are written in lower case: {source[:60]!r}")
        self.pattern = re.compile(source)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, case-insensitively."""
        return self.pattern.search(text.lower())

    def match(self, text: str) -> re.Match[str] | None:
        """A match at the start of ``text``, case-insensitively."""
        return self.pattern.match(text.lower())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``text``, case-insensitively."""
        return self.pattern.finditer(text.lower())

    def findall(self, text: str) -> list[Any]:
        """Every match in ``text`` as strings, case-insensitively."""
        return self.pattern.findall(text.lower())


def phrases(source: str) -> Phrases:
    """A compiled phrase pattern (see Phrases)."""
    return Phrases(source)


# A few filler words between the parts of a phrase ("ik kan er morgen helaas toch niet bij").
GAP: Final = r"(?:[\w’'-]+[\s,]+){0,5}?"
WIDE_GAP: Final = r"(?:[\w’'()@.-]+[\s,]+){0,8}?"  # an address in brackets ('Bram (bram@…) in')
IN_END: Final = (
    r"(?=\s*(?:voor|op|bij|als|a\.?u\.?b\b|alsjeblieft|alstublieft|svp|please|[.,:;!()]|$))"
)
SHORT_GAP: Final = r"(?:[\w’'-]+[\s,]+){0,3}?"

# -- automatic replies ------------------------------------------------------------------------
AUTO_REPLY_SUBJECT: Final = phrases(
    r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:"
    r"automatisch(?:e)?\s+(?:antwoord|beantwoord|reply|respons)|automatic\s+reply|auto[\s-]?reply|"
    r"autoreply|auto[\s-]?response|automatic\s+response|out\s+of\s+(?:the\s+)?office|"
    r"afwezig(?:heid)?(?:smelding|sbericht)?|niet\s+aanwezig|met\s+verlof|vakantie\b|"
    r"réponse\s+automatique|reponse\s+automatique|absent(?:e)?\b|absence\b|"
    r"abwesenheits(?:notiz|meldung)|automatische\s+antwort|risposta\s+automatica|"
    r"respuesta\s+automática|autosvar|automatisch\s+bericht|on\s+leave|away\s+from"
    r")",
)
ACK_SUBJECT: Final = phrases(
    r"(?:uw\s+(?:bericht|e-?mail|vraag|melding)\s+(?:werd|is)\s+(?:goed\s+)?ontvangen|"
    r"ontvangstbevestiging|we\s+have\s+received\s+your|your\s+(?:message|request|e-?mail)\s+"
    r"(?:has\s+been|was)\s+received|accusé\s+de\s+réception|ticket\s+(?:\#|nr|number)|"
    r"\[(?:ticket|case|ref)|\b[a-z]{2,6}-\d{4}-\d{3,}\b|lesebestätigung|read\s+receipt|"
    r"gelezen:|read:|lu\s*:)",
)
RECEIPT_SUBJECT: Final = phrases(
    r"^\s*(?:gelezen|niet\s+gelezen|read|not\s+read|lu|non\s+lu|gelesen|ungelesen|bezorgd|delivered|"
    r"afgeleverd|remis|zugestellt)\s*:"
)
CALENDAR_SUBJECT: Final = phrases(
    r"^\s*(?:geaccepteerd|voorlopig\s+geaccepteerd|geweigerd|accepted|tentative|tentatively\s+accepted|"
    r"declined|accepté|provisoire|refusé|angenommen|mit\s+vorbehalt\s+angenommen|abgelehnt)\s*:"
)
# Body phrases of absence messages; one is a hint, two make an auto-reply of a short mail.
ABSENCE_BODY: Final = phrases(
    r"(?:ik\s+ben\s+(?:momenteel\s+|tijdelijk\s+|vandaag\s+)?(?:afwezig|met\s+verlof|op\s+vakantie|"
    r"niet\s+(?:op\s+kantoor|bereikbaar|aanwezig))|afwezig\s+(?:tot|van|tijdens|t/m|vanaf)|"
    r"met\s+(?:ouderschaps|zwangerschaps|bevallings)?verlof\s+tot|"
    r"terug\s+(?:op\s+kantoor|aanwezig|bereikbaar)|opnieuw\s+(?:aanwezig|bereikbaar)|"
    r"(?:wordt|worden)\s+(?:niet\s+(?:automatisch\s+)?doorgestuurd|niet\s+gelezen)|"
    r"lees\s+(?:mijn|geen)\s+(?:e-?)?mails?\s+niet|beperkte\s+toegang\s+tot|"
    r"voor\s+dringende\s+(?:zaken|vragen)|in\s+dringende\s+gevallen|"
    r"dit\s+(?:e-?mail)?adres\s+is\s+niet\s+(?:langer|meer)\s+in\s+gebruik|"
    r"niet\s+meer\s+werkzaam\s+bij|(?:ben|is)\s+met\s+pensioen|"
    r"(?:i\s+am|i'm)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:annual\s+|parental\s+|sick\s+)?leave|"
    r"on\s+holiday|on\s+vacation|absent)|out\s+of\s+(?:the\s+)?office\s+(?:until|till|from)|"
    r"limited\s+access\s+to\s+(?:e-?mail|my\s+mail)|for\s+urgent\s+(?:matters|questions|issues)|"
    r"will\s+not\s+be\s+(?:reading|checking)|no\s+longer\s+in\s+use|will\s+be\s+back\s+on|"
    r"je\s+suis\s+(?:actuellement\s+)?absente?|en\s+congé|pour\s+toute\s+(?:question\s+)?urgen|"
    r"(?:ne\s+seront\s+pas|ne\s+sera\s+pas)\s+(?:transférés?|lus?)|de\s+retour\s+le|"
    r"ich\s+bin\s+(?:bis|vom|ab)|abwesend|nicht\s+im\s+büro)",
)
AUTOMATIC_BODY: Final = phrases(
    r"(?:dit\s+is\s+een\s+automatisch(?:\s+(?:verzonden|gegenereerd))?\s+(?:bericht|antwoord|e-?mail)|"
    r"automatisch\s+(?:verzonden|gegenereerd)\s+bericht|u\s+hoeft\s+(?:hier)?op\s+niet\s+te\s+antwoorden|"
    r"this\s+is\s+an\s+automa(?:ted|tic)\s+(?:reply|response|message)|do\s+not\s+reply\s+to\s+this|"
    r"ceci\s+est\s+un\s+(?:message|réponse)\s+automatique|uw\s+(?:bericht|e-?mail)\s+(?:werd|is)\s+"
    r"(?:goed\s+)?ontvangen|referentienummer|we\s+have\s+received\s+your|automatische\s+antwort)",
)

# -- bounces ------------------------------------------------------------------------------------
BOUNCE_SUBJECT: Final = phrases(
    r"(?:undeliver(?:ed|able)|undelivered\s+mail|returned\s+mail|return(?:ed)?\s+to\s+sender|"
    r"delivery\s+(?:status\s+notification|failure|failed|has\s+failed|problem|report|notification)|"
    r"mail\s+delivery\s+(?:failed|failure|system|subsystem)|failure\s+notice|non[\s-]?remis|"
    r"onbestelbaar|niet\s+(?:af\s*te\s*leveren|bezorgd|afgeleverd)|bezorging\s+mislukt|"
    r"unzustellbar|nicht\s+zustellbar|warning:\s+message\s+.*delayed|delayed\s+mail|"
    r"delivery\s+delayed|vertraagd|could\s+not\s+be\s+delivered|message\s+not\s+delivered|"
    r"non\s+distribuable|échec\s+de\s+(?:la\s+)?remise|mail\s+system\s+error|"
    r"rejected|returned\s+message|nondeliverable|error\s+sending\s+your\s+(?:mail|message)|"
    r"mail\s+failure|failed\s+delivery|failure\s+delivery|could\s+not\s+send|mail\s+failed|"
    r"delivery\s+(?:status|error)|unable\s+to\s+deliver|non[\s-]delivery|ndr\b)",
)
BOUNCE_BODY: Final = phrases(
    r"(?:could\s+not\s+be\s+delivered|was\s+not\s+delivered|wasn't\s+able\s+to\s+deliver|"
    r"delivery\s+to\s+the\s+following\s+recipients?\s+failed|permanent\s+(?:error|failure)|"
    r"the\s+following\s+address(?:\(es\))?\s+failed|user\s+unknown|no\s+such\s+user|"
    r"mailbox\s+(?:unavailable|not\s+found|full|quota)|recipient\s+address\s+rejected|"
    r"kan\s+niet\s+worden\s+bezorgd|niet\s+worden\s+afgeleverd|problemen\s+met\s+de\s+bezorging|"
    r"n'a\s+pas\s+pu\s+être\s+(?:remis|distribué)|konnte\s+nicht\s+zugestellt|"
    r"has\s+not\s+yet\s+been\s+delivered|delivery\s+attempts\s+will\s+continue|"
    r"this\s+is\s+the\s+mail\s+system\s+at|qmail-send|mail\s+delivery\s+software|"
    r"not\s+listed\s+in\s+(?:domino\s+)?directory|5\.\d\.\d+|#5\.\d\.\d|"
    r"trouble\s+delivering|error\s+delivering|returned\s+permanent\s+errors?|refused\s+to\s+accept|"
    r"unable\s+to\s+deliver|delivery\s+has\s+failed|could\s+not\s+deliver|"
    r"(?:host|domain)\s+not\s+found|undeliverable)",
)
DELAY_MARKERS: Final = phrases(
    r"(?:action:\s*delayed|has\s+not\s+yet\s+been\s+delivered|delivery\s+attempts\s+will\s+continue|"
    r"\bdelayed\b|vertraagd|will\s+retry|temporar(?:y|ily)\s+(?:failure|error|unavailable)|"
    r"status:\s*4\.\d)",
)

# -- mass mail and spam ------------------------------------------------------------------------
SPAM_PHRASES: Final = phrases(
    r"(?:unsubscribe|uitschrijven\s*:|afmelden\s*:|klik\s+hier\s+om\s+(?:u|je)\s+af\s+te\s+melden|"
    r"geen\s+(?:mails?|e-mails|nieuwsbrief)\s+meer\s+(?:van\s+ons\s+)?ontvangen|"
    r"do\s+not\s+wish\s+to\s+receive|se\s+désabonner|désinscription|"
    r"bekijk\s+(?:deze\s+e-?mail|dit\s+bericht)\s+in\s+(?:je|uw)\s+browser|view\s+(?:this\s+)?(?:e-?mail\s+)?in\s+(?:your\s+)?browser|"
    r"nieuwsbrief|newsletter|attendees?\s+list|verified\s+contacts|e-?mail\s+list|mailing\s+list\s+of|"
    r"(?:valideer|verifieer|bevestig)\s+(?:uw|je)\s+(?:account|mailbox|wachtwoord)|"
    r"(?:verify|validate|confirm)\s+your\s+(?:account|mailbox|password)|opslaglimiet|"
    r"mailbox\s+(?:is\s+)?(?:vol|full)|quota\s+exceeded|wachtwoord\s+verloopt|password\s+expires|"
    r"korting|discount|offerte|special\s+offer|promotie|vrijblijvend|pricing|price\s+list|"
    r"act\s+now|limited\s+time|winnaar|you\s+have\s+won|lottery|bitcoin|crypto|seo\b|"
    r"backlinks|marketing\s+(?:executive|manager|campaign)|lead\s+generation|"
    r"webinar\b|\bprijs(?:lijst)?\b|online[\s-]?(?:versie|version)|webversie|web\s+version|"
    r"aanbieding|angebot|exklusiv|\bpromo\b|(?:€|eur)\s?\d+[,.]\d{2})",
)

# -- human intents ------------------------------------------------------------------------------
_GROUP: Final = (
    r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|beiden|allebei|tweeën|drieën|vieren|vijven|zessen)"
)
_COMPANION_WORD: Final = (
    r"(?:collega(?:['’]?s)?|medewerkers?|medewerksters?|diensthoofd|directeur|directrice|schepen|"
    r"burgemeester|partner|stagiair(?:e)?)"
)
REGISTER: Final = phrases(
    r"(?:"
    # Dutch: schrijf ... in / inschrijven / inschrijving / deelnemen / kom graag
    r"\bschrijf\s+(?:ik\s+|we\s+|wij\s+)?" + WIDE_GAP + r"in\b" + IN_END + "|"
    r"\bschrijven\s+(?:we\s+|wij\s+)?" + WIDE_GAP + r"in\b" + IN_END + "|"
    r"\b(?:mij|me|mezelf|hem|haar|hen|ons|ze)\s+"
    + SHORT_GAP
    + r"(?:graag\s+)?(?:in\s+)?(?:te\s+)?inschrijven\b|"
    r"\b(?:wil|zou|wens|mag|kan|kunnen|willen)\b\s+" + GAP + r"inschrijven\b|"
    r"\binschrijven\s+(?:voor|op)\b|"
    r"\b(?:had|hadden)\s+" + SHORT_GAP + r"(?:graag\s+)" + SHORT_GAP + r"ingeschreven\b|"
    r"\bgraag\s+(?:had|hadden)\s+(?:ik|we|wij)\s+" + SHORT_GAP + r"ingeschreven\b|"
    r"\bgraag\s+(?:had|hadden|zou|zouden)\s+(?:ik|we|wij)\s+(?:mij|me|ons|mezelf)\s+(?:willen\s+)?(?:inschrijven|ingeschreven)\b|"
    r"\b(?:graag|hierbij|bij\s+deze)\s+" + SHORT_GAP + r"inschrijving\b|"
    r"\b(?:mijn|onze|een|de)\s+inschrijving\s+(?:voor|van|op)\b|"
    r"\b(?:hierbij|bij\s+deze)\s+(?:mijn|onze)\s+(?:inschrijving|gegevens|deelname)\b|"
    r"\b(?:neem|neemt|nemen)\s+" + SHORT_GAP + r"(?:graag\s+)?deel\b|"
    r"\b(?:wil|willen|komt|komen|gaat|gaan)\s+(?:ook\s+|graag\s+|eveneens\s+){0,3}mee\b(?!\s*(?:niet|geen))|"
    r"\b(?:komt|komen)\s+(?:\w+\s+){0,2}?graag\b|\b(?:en|dus)\s+(?:kom|komen)\s+(?:\w+\s+){0,2}?graag\b|"
    r"\b(?:we|wij)\s+(?:komen|zijn)\s+(?:graag\s+)?(?:met\s+(?:z['’]n\s+|zijn\s+|ons\s+)?"
    + _GROUP
    + r"|samen)\b|"
    r"\b(?:komen|zijn)\s+(?:we|wij)\s+(?:graag\s+)?met\s+(?:z['’]n\s+|zijn\s+|ons\s+)?"
    + _GROUP
    + r"\b|\b(?:zal|zullen)\s+(?:\w+\s+){0,2}?aanwezig\s+zijn\b|"
    r"\b(?:wil|zou|wens|willen|zouden|graag)\s+" + SHORT_GAP + r"deelnemen\b|"
    # 'wenst deel te nemen', 'wens mij in te schrijven'
    r"\b(?:wens|wenst|wensen|verlang|verlangt|graag)\s+"
    + SHORT_GAP
    + r"(?:deel\s+te\s+nemen|in\s+te\s+schrijven|aanwezig\s+te\s+zijn)\b|"
    r"\bbevestig\s+" + SHORT_GAP + r"(?:mijn|onze)\s+(?:deelname|aanwezigheid|komst)\b|"
    r"\b(?:ik|we|wij)\s+(?:kom|komen)\s+" + SHORT_GAP + r"graag\b|"
    r"\b(?:kom|komen)\s+(?:ik|we|wij)\s+graag\b|"
    r"\b(?:ik|we|wij)\s+(?:ben|zijn|zal|zullen)\s+(?:er\s+)?(?:zeker\s+|graag\s+|alvast\s+)?"
    r"(?:bij|erbij|aanwezig(?:\s+zijn)?)\b(?!\s*(?:niet|geen))|"
    r"\b(?:ik|we|wij)\s+(?:wil|willen)\s+(?:graag\s+)?(?:komen|aanwezig\s+zijn)\b|"
    r"\bgraag\s+(?:\d+|een|één|twee|drie|vier|vijf)\s+(?:plaatsen|plaatsjes?|plaats|plekjes?|plek|plekken|inschrijvingen?)\b|"
    # 'ik breng mijn collega X mee', 'kan mijn collega X ook nog mee?'
    r"\b(?:breng|brengen|neem|nemen)\s+(?:ik\s+|we\s+|wij\s+)?(?:graag\s+|ook\s+)?(?:mijn|onze|een|m['’]n)\s+"
    r"(?:\w+\s+)?" + _COMPANION_WORD + r"\b(?:\s+[\w'’-]+){0,4}?\s+mee\b|"
    r"\b(?:kan|mag|kunnen|mogen)\s+(?:mijn|onze|m['’]n)\s+(?:\w+\s+)?"
    + _COMPANION_WORD
    + r"\b(?:\s+[\w'’-]+){0,4}?\s+(?:ook\s+)?(?:nog\s+)?(?:mee|meekomen|deelnemen)\b|"
    # 'mijn collega Nele wil graag naar het seminarie komen'
    r"\b(?:wil|wilt|willen)\s+(?:graag|ook|heel\s+graag|ook\s+graag)\s+(?:\w+\s+){0,6}?"
    r"(?:komen|deelnemen|aanwezig\s+zijn)\b|"
    # 'kom graag', 'ik kom 🙂', 'ik schuif aan', 'zet me erbij', 'dat wil ik niet missen'
    r"^\W*kom\s+(?:zeker\s+)?graag\b|\b(?:ik|we|wij)\s+(?:kom|komen)\s*\W*$|"
    r"\b(?:schuif|schuiven)\s+(?:ik\s+|we\s+|wij\s+)?(?:graag\s+|ook\s+|mee\s+)?aan\b|"
    r"\b(?:zet|noteer)\s+(?:mij|me|ons)\s+(?:\w+\s+)?erbij\b|"
    r"\b(?:wil|zou)\s+ik\s+(?:niet|voor\s+geen\s+geld)\s+(?:willen\s+)?missen\b|"
    # 'zet mij maar op de lijst', 'noteer mij maar', 'schrijf ik de heer X, …, in voor'
    r"\b(?:zet|noteer|noteert|zetten)\s+(?:je\s+|u\s+)?(?:mij|me|ons|mezelf)\s+(?:\w+\s+){0,2}?"
    r"(?:op\s+de\s+(?:\w+)?lijst|(?:maar|ook)\b)|"
    r"\bschrijf\s+(?:ik|we|wij)\s+(?:[^.!?\n]|(?:mevr|dhr|dr|prof|mr|mw)\.){3,120}?\bin\s+(?:voor|op)\b|"
    r"\bgraag\s+een\s+inschrijving\b|\bgraag\s+(?:ingeschreven|inschrijven)\b|"
    # 'Ingeschreven graag', 'Inschrijving aub', 'mag je mij ook noteren: …'
    r"^\W*(?:ingeschreven|inschrijving|inschrijven)\s+(?:graag|a\.?u\.?b\.?|svp|alsjeblieft|alstublieft)(?!\w)|"
    r"\b(?:mag|kan|wil|wilt|kunt|mogen|kunnen)\s+(?:je|jij|u|jullie)\s+(?:mij|me|ons|hem|haar)\s+"
    r"(?:ook\s+|graag\s+|nog\s+|maar\s+){0,2}(?:noteren|opschrijven|op\s+de\s+(?:\w+)?lijst\s+zetten)\b|"
    # a reply-all to a registration: 'Voor mij ook graag', 'Ik ook!', 'Idem voor mij'
    r"^\W*(?:voor\s+mij\s+ook|ook\s+voor\s+mij|idem\s+voor\s+mij|ik\s+ook|me\s+too|same\s+for\s+me|"
    r"moi\s+aussi)\b(?!\s+(?:niet|nie|not|pas)\b)|"
    r"\b(?:ik|we|wij)\s+(?:ben|zijn)\s+er\s+(?:graag\s+|zeker\s+)?bij\b|"
    r"\bmeld(?:en)?\s+(?:ik\s+|we\s+|wij\s+)?(?:mij|me|mezelf|ons|hem|haar)\s+"
    + SHORT_GAP
    + r"aan\b|"
    r"\b(?:mij|me|mezelf|ons|hem|haar)\s+"
    + SHORT_GAP
    + r"(?:graag\s+)?(?:aan\s+te\s+melden|aanmelden)\b|"
    r"\b(?:hierbij|graag|bij\s+deze)\s+" + SHORT_GAP + r"aanmelding\b|"
    r"\b(?:hierbij|bij\s+deze|hieronder|in\s+bijlage)\s+(?:\w+\s+){0,2}?(?:inschrijvingen|aanmeldingen|"
    r"deelnemers|inschrijving\s+van)\b|\b(?:mijn|onze)\s+aanmelding\s+(?:voor|van)\b|"
    r"\b(?:ik|we|wij)\s+(?:kom|komen)\s*(?:[!.]|$|\s+(?:zeker|ook|er\s+graag|naar\s+(?:het|de|uw|jullie)\s+\w+))|"
    r"\b(?:ik|we|wij)\s+(?:ben|zijn)\s+(?:zeker\s+)?van\s+de\s+partij\b|\breken\s+(?:maar\s+)?op\s+(?:mij|ons)\b|"
    r"\b(?:ik|we|wij)\s+(?:zal|zullen)\s+er\s+(?:graag\s+|zeker\s+)?zijn\b|"
    r"\breserveer\s+(?:ik\s+|we\s+)?(?:graag\s+)?(?:een\s+|\d+\s+|twee\s+|drie\s+)?(?:plaats|plaatsje|plaatsen|plek|plekje)\b|"
    r"\b(?:plaats|plaatsje|plaatsen|plek)\s+(?:\w+\s+){0,2}?(?:reserveren|vrijhouden|voorbehouden)\b|"
    r"\b(?:ik|we|wij)\s+(?:zou|zouden)\s+(?:graag\s+)?(?:aanwezig\s+zijn|komen|deelnemen)\b|"
    r"\b(?:komt|komen)\s+(?:er\s+)?ook(?:\s+graag)?\b(?!\s+(?:niet|geen))|\b(?:is|zijn)\s+er\s+ook\s+bij\b|"
    r"\b(?:ik|we|wij)\s+(?:kom|komen)\s+(?:graag\s+|ook\s+)?samen\s+met\b|"
    r"\b(?:zou|zouden|wil|willen|wens|wensen)\s+(?:ik\s+|we\s+|wij\s+)?(?:er\s+)?(?:graag\s+|ook\s+|heel\s+){1,2}"
    r"(?:aanwezig\s+zijn|bij\s+zijn|erbij\s+zijn|komen|deelnemen)\b|"
    r"\b(?:zou|zouden|wil|willen|wens|wensen)\s+(?:ik|we|wij)\s+(?:er\s+)?"
    r"(?:aanwezig\s+zijn|bij\s+zijn|erbij\s+zijn|komen|deelnemen)\b|"
    r"\b(?:schrijf|schrijven)\s+(?:ik\s+|we\s+|wij\s+)?(?:graag\s+|hierbij\s+|bij\s+deze\s+)(?:[^.!?\n]|(?:mevr|dhr|dr|prof|mr|mw)\.){3,120}?"
    r"\bin\s+(?:voor|op)\b|"
    # English
    r"\b(?:i|we)\s*(?:would|'d|’d|wish|want|like)\s+"
    + SHORT_GAP
    + r"(?:to\s+)?(?:register|attend|sign\s+up|join|participate)\b|"
    r"\bplease\s+(?:register|sign\s+up|book)\b|\b(?:register|sign\s+up)\s+(?:me|us|my\s+colleague)\b|"
    r"\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:add|register|sign\s+up|include|book)\s+(?:me|us|my|our)\b|"
    r"\b(?:ich|wir)\s+(?:möchte|möchten|würde|würden)\s+(?:\w+\s+){0,6}?(?:anmelden|teilnehmen)\b|"
    r"\b(?:i|we)\s*(?:will|shall|'ll)\s+(?:be\s+)?(?:attend|attending|join|joining|there|present)\b|"
    r"\b(?:i|we)\s+(?:am|are)\s+(?:happy|glad|pleased)\s+to\s+(?:attend|join|register)\b|\bsign\s+me\s+up\b|"
    r"\bcount\s+(?:me|us)\s+in\b|\bconfirm\s+(?:my|our)\s+(?:attendance|participation)\b|"
    # French
    r"\b(?:je|nous)\s+(?:souhaite(?:rais)?|voudrais|veux|aimerais|souhaitons|voudrions)\s+"
    r"(?:m'|m’|l'|l’|nous\s+|vous\s+|les\s+)?(?:inscrire|participer|assister)|"
    r"\b(?:je\s+m['’]inscris|veuillez\s+(?:m['’]|nous\s+)inscrire|inscription\s+(?:de|pour|au)\b)|"
    r"\bje\s+(?:participerai|serai\s+présente?|viendrai)\b|\bconfirme\s+(?:ma|notre)\s+(?:participation|présence)\b|"
    r"\bnous\s+(?:participerons|serons\s+présents?|viendrons)\b|\bmerci\s+de\s+(?:m['’]|nous\s+)inscrire\b"
    r")",
)
REGISTER_NEGATED: Final = phrases(
    r"(?:\b(?:nog\s+niet|niet|nooit|geen)\s+(?:\w+\s+){0,2}?ingeschreven|"
    r"\bvoor\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}?inschrijf|\bof\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}?"
    r"(?:nog\s+)?(?:kan|kunnen|mag|mogen)\s+(?:\w+\s+){0,3}?inschrijven|"
    r"\b(?:was|ben|zijn|waren)\s+(?:al\s+|reeds\s+)?ingeschreven|\bheb\s+(?:me|mij|ons)\s+(?:\w+\s+){0,5}?ingeschreven|"
    r"\bzichzelf\s+inschrijven|\bschrijft\s+zich\b|\bwie\s+(?:interesse|zin)\s+heeft|"
    r"\bwie\s+(?:wil|graag\s+wil|mee\s+wil)\b|\bkan\s+zich\s+(?:\w+\s+){0,2}?inschrijven\b|"
    # 'ik schrijf me dus niet in', 'je ne m'inscris pas', 'I won't register'
    r"\bschrijf\s+(?:ik\s+)?(?:me|mij|ons)\s+(?:\w+\s+){0,2}?(?:niet|nog\s+niet)\s+in\b|"
    r"\bniet\s+(?:\w+\s+)?(?:deel\s+te\s+nemen|in\s+te\s+schrijven|aanwezig\s+te\s+zijn)\b|"
    r"\b(?:zet|noteer)\s+(?:\w+\s+){0,3}?(?:niet|nog\s+niet)\b|"
    r"\bkom\w*\s+(?:\w+\s+){0,3}?langs\b|"
    r"\b(?:breng|brengen|neem|nemen|kan|mag)\s+(?:\w+\s+){0,6}?niet\s+(?:\w+\s+)?mee\b|"
    r"\bne\s+m['’]\s*inscri\w*\s+pas\b|\b(?:won't|will\s+not|do\s+not|don't)\s+register\b)",
)
CANCEL_STRONG: Final = phrases(
    r"(?:\bafzeggen\b|\bafmelden\b|\bafmelding\b|\bmeld\s+" + SHORT_GAP + r"af\b|"
    r"\babsagen\b|\b(?:mich|uns)\s+(?:\w+\s+){0,2}?abmelden\b|"
    r"\bafhaken\b|\bhaak\s+(?:ik\s+)?(?:\w+\s+){0,2}?af\b|"
    r"\b(?:mag|mogen|kan|kunnen|moet|mag\s+je)\s+(?:\w+\s+){0,3}?geschrapt\s+worden\b|"
    r"\buit\s+te\s+schrijven\b|\buitschrijven\b|\bschrijf\s+(?:me|mij|hem|haar|ons)\s+(?:\w+\s+){0,3}?uit\b|"
    r"\b(?:inschrijving|deelname)\s+(?:\w+\s+){0,2}?(?:schrappen|intrekken|annuleren|laten\s+vervallen)\b|"
    r"\bschrap(?:pen)?\s+(?:me|mij|hem|haar|mijn|zijn|onze)\b|"
    r"\b(?:me|mij|ons|hem|haar)\s+(?:\w+\s+){0,2}?(?:schrappen|(?:van|uit)\s+de\s+(?:\w+)?lijst\s+(?:halen|schrappen|verwijderen))\b|"
    r"\b(?:me|mij|ons|hem|haar)\s+(?:\w+\s+){0,3}?verontschuldigen\b|\bverontschuldig\b|"
    r"\bverstek\s+(?:laten\s+)?gaan\b|\bmoet(?:en)?\s+(?:\w+\s+){0,3}?passen\b|\bforfait\s+(?:\w+\s+)?geven\b|"
    r"\bgeef\s+(?:\w+\s+){0,2}?forfait\b|\binschrijving\s+(?:\w+\s+){0,2}?(?:ongedaan|intrekken)|"
    r"\bwithdraw(?:s|ing)?\s+(?:my|our|from)\b|\bretirer\s+mon\s+inscription\b|"
    r"\b(?:have\s+to|need\s+to|must|like\s+to|want\s+to|please|to|will|i)\s+cancel\b|"
    r"\bcancel(?:l?ing|l?ed)?\s+(?:my|our|his|her|the|their|this)\s+(?:\w+\s+)?"
    r"(?:registration|participation|attendance|place|seat|spot|booking|sign[\s-]?up)\b|"
    r"\bcancell?ation\s+(?:of|for)\s+(?:my|our|the|his|her)\b|\bunregister\b|\bderegister\b|"
    r"\bdésinscri|\bdesinscri|\bme\s+désister|\b(?:dois|devons|devrai|vais)\s+(?:\w+\s+)?(?:m|nous)['’\s]\s*excuser)"
)
# Verbs that cancel only when what they cancel is the registration ("annuleer mijn inschrijving").
CANCEL_VERB: Final = phrases(
    r"(?:\bannuleer\w*|\bannulering\b|\bannuleren\b|\bzeg(?:gen)?\s+"
    + SHORT_GAP
    + r"af\b|\bannuler\b|"
    r"\bannulation\b)"
)
REGISTRATION_OBJECT: Final = phrases(
    r"\b(?:inschrijving|deelname|aanwezigheid|plaats|plaatsje|komst|seminarie|studiedag|sessie|"
    r"registration|participation|attendance|inscription|séminaire|présence|mij|me|ons|hem|haar|"
    r"moi|nous)\b"
)
CANCEL_WEAK: Final = phrases(
    r"(?:\b(?:kunnen|zullen|komen)\s+(?:\w+\s+){0,2}?geen\s+van\s+(?:beiden|allen|ons)\s+(?:\w+\s+)?"
    r"(?:komen|aanwezig|deelnemen|mee)?|\bgeen\s+van\s+(?:beiden|allen|ons)\s+(?:\w+\s+){0,2}?"
    r"(?:kan|kunnen|zal|zullen|komt|komen|raakt|geraakt)\b|"
    r"\b(?:kan|kunnen|zal|zullen|ga|gaan)\s+"
    + GAP
    + r"(?:niet|toch\s+niet|niet\s+meer)\s+"
    + SHORT_GAP
    + r"(?:komen|aanwezig|deelnemen|mee|bij\s+zijn|erbij\s+zijn|bijwonen|gaan)\b|"
    r"\b(?:geraak|geraakt|geraken|raak|raakt|raken)\s+(?:er\s+)?"
    + SHORT_GAP
    + r"niet\s+(?:\w+\s+){0,2}?(?:bij|naartoe|heen)\b|"
    r"\bben\s+(?:\w+\s+){0,2}?verhinderd\b|\bverhinderd\b|"
    r"\b(?:komt|kom|komen)\s+(?:\w+\s+){0,3}?(?:toch\s+)?niet\s+(?:meer\s+)?(?:mee|af|opdagen)\b|"
    r"\b(?:komt|kom|komen)\s+(?:\w+\s+){0,3}?toch\s+niet\b|"
    # subordinate order: '… dat hij toch niet aanwezig kan zijn'
    r"\b(?:toch\s+)?niet\s+(?:meer\s+)?(?:aanwezig|komen|deelnemen|erbij)\s+(?:kan|kunnen|zal|zullen)\b|"
    r"\blukt\s+(?:het\s+)?(?:me|mij|ons)\s+(?:\w+\s+){0,2}?niet\b|"
    r"\b(?:kan|kunnen)\s+(?:ik|we|wij)\s+(?:er\s+)?(?:helaas\s+|jammer\s+genoeg\s+|spijtig\s+genoeg\s+)?"
    r"niet\s*(?:[,.;!]|$|\s+maar\b)|"
    r"\b(?:valt|vallen)\s+(?:\w+\s+){0,3}?(?:op\s+dezelfde\s+dag|samen\s+met)\b|"
    r"\bhad\s+(?:me|mij|ons)\s+(?:\w+\s+){0,5}?ingeschreven,?\s+maar\b|"
    r"\b(?:toch\s+)?niet\s+(?:meer\s+)?(?:kan|kunnen|zal|zullen)\s+(?:komen|deelnemen|aanwezig\s+zijn|erbij\s+zijn|bij\s+zijn)\b|"
    r"\b(?:kan|kunnen)\s+(?:\w+\s+){0,2}?niet\s+(?:in)?gaan\s+op\s+(?:de|uw|je|jullie|uw\s+vriendelijke)\s+uitnodiging\b|"
    r"\b(?:can|could|will)\s+no\s+longer\s+(?:\w+\s+){0,2}?(?:attend|come|make\s+it|join|be\s+there|participate)\b|"
    r"\b(?:kann|können)\s+(?:ich\s+|wir\s+)?(?:\w+\s+){0,2}?(?:leider\s+)?nicht\s+(?:\w+\s+){0,2}?(?:teilnehmen|kommen|dabei\s+sein)\b|"
    r"\b(?:can(?:not|'t|\s+not)|won't|will\s+not|unable\s+to|not\s+(?:be\s+)?able\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:attend|come|make\s+it|join|be\s+there|participate)\b|"
    r"\bne\s+(?:pourrai|pourrons|peux|pouvons)\s+(?:\w+\s+){0,2}?pas\s+(?:\w+\s+){0,2}?"
    r"(?:venir|assister|participer|être\s+présente?)|\bempêchée?\b)",
)
# The writer says she herself does not come ('ikzelf kan er niet bij zijn', 'zelf kan ik niet').
WRITER_STAYS_AWAY: Final = phrases(
    r"\b(?:ikzelf|ik\s+zelf)\b[^.!?]{0,60}?\bniet\b|\bzelf\s+(?:kan|kon|zal|ga|ben)\s+ik\b[^.!?]{0,40}?\bniet\b|"
    r"\b(?:kan|kon|zal)\s+ik\s+zelf\s+niet\b|\bi\s+(?:myself\s+)?(?:can(?:not|'t)|won't)\b[^.!?]{0,30}?\bmyself\b|"
    r"\bmoi-même\b[^.!?]{0,40}?\bpas\b|"
    # 'Zelf ben ik die dag helaas verhinderd', 'Zelf zit ik op een congres, dus ik moet passen'
    r"\bzelf\s+(?:ben|zit|ga|kan|moet)\s+ik\b[^.!?]{0,80}?\b(?:verhinderd|afwezig|passen|niet)\b"
)
# Writing for someone else: 'namens schepen X', 'on behalf of', 'au nom de'.
WRITING_FOR: Final = r"\bnamens\b|\bon\s+behalf\b|\bau\s+nom\b"
WRITES_FOR_SOMEONE: Final = phrases(WRITING_FOR)
# … and what such a writer says about the other person's place: 'zijn inschrijving'.
ON_BEHALF: Final = phrases(
    WRITING_FOR + r"|\bin\s+naam\s+van\b|\bde\s+la\s+part\s+d[eu]\b|"
    r"\b(?:zijn|haar)\s+(?:inschrijving|deelname|plaats)\b|"
    r"\b(?:his|her)\s+(?:registration|place|seat)\b|\bson\s+inscription\b"
)
# After a colleague's withdrawal: the writer still comes ("Wim komt niet meer, ik wel").
STILL_COMING: Final = phrases(
    r"\b(?:ik|ikzelf|wij|we)\s+(?:kom|komen|ben|zijn|blijf|blijven|zal|zullen)\s+(?:er\s+)?(?:\w+\s+){0,2}?wel\b|"
    r"(?:,|\ben|\bmaar)\s+(?:ik|ikzelf|wij|we)\s+wel\b|\bikzelf\s+(?:kom|ben)\s+(?:er\s+)?wel\b|"
    r"\b(?:ik|wij|we)\s+(?:kom|komen)\s+(?:\w+\s+)?(?:nog\s+steeds|nog\s+altijd|gewoon)\b|"
    r"\bi\s+(?:will|'ll|am)\s+still\s+(?:come|coming|attend|attending|be\s+there)\b|"
    r"\bbut\s+i\s+(?:will|am)\b|\bje\s+(?:viendrai|serai)\s+(?:quand\s+même|toujours|bien)\b"
)
# Everyone of a group withdraws ("we moeten allebei afzeggen", "geen van beiden").
PLURAL_WITHDRAWAL: Final = phrases(
    r"\b(?:allebei|beiden|beide\s+collega|geen\s+van\s+(?:beiden|allen|ons|de\s+\w+)|met\s+z['’]n\s+\w+ën|"
    r"both\s+of\s+us|neither\s+of\s+us|we\s+both|all\s+of\s+us|tous\s+les\s+deux|aucun\s+de\s+nous)\b"
)
# 'We kunnen niet komen': the group withdraws, unless the writer speaks of themself in it too.
WE_WITHDRAW: Final = phrases(
    r"\b(?:wij|we|nous)\s+(?:\w+\s+){0,2}?(?:kunnen|moeten|zullen|gaan|can(?:not|'t)?|must|will|won't|"
    r"devons|pourrons|serons)\b"
)
# The writer withdraws too: a first-person word in the withdrawing sentence.
# The writer withdraws herself; French 'je' only before a verb ('kan je …' is Dutch 'you').
SELF_WITHDRAWAL: Final = phrases(
    r"\b(?:ik|me|mij|mezelf|mijn|i|my|myself|moi|mon|ma)\b|"
    r"\bje\s+(?:ne|dois|suis|vais|peux|serai|regrette)\b|\bj['’]"
)
COLLEAGUE_WORD: Final = phrases(
    r"\b(?:mijn|onze|m['’]n|my|our|mon|ma|notre)\s+(?:\w+\s+)?(?:collega|colleague|collègue|diensthoofd|"
    r"directeur|directrice|director|schepen|burgemeester|medewerker|medewerkster)s?\b"
)
# A registration that brings colleagues along without naming them.
COLLEAGUES_COME: Final = phrases(
    r"\b(?:collega['’]?s?|colleagues?|collègues?|medewerkers)\b[^.!?\n]{0,60}?\b(?:mee|ook|komen|komt|"
    r"inschrijven|in\s+voor|come|coming|join|attend|register|viendr\w*|inscri\w*)\b|"
    r"\b(?:ik|me|mij|mezelf|i|myself|moi)\s+(?:en|and|et)\s+(?:\w+\s+){0,3}?(?:collega['’]?s?|colleagues?|collègues?)\b|"
    r"\b(?:met|with|avec)\s+(?:\w+\s+){0,2}?(?:collega['’]?s?|colleagues?|collègues?)\b"
)
# "ik was niet ingeschreven", "zelf kan ik niet": a decline from someone who never registered.
NOT_REGISTERED: Final = phrases(
    r"(?:\b(?:ik\s+)?(?:had|heb|was)\s+(?:me\s+|mij\s+)?(?:ook\s+)?(?:nog\s+)?(?:niet|nooit)\s+"
    r"(?:\w+\s+){0,2}?ingeschreven|\bzelf\s+(?:kan|kon|zal|ga)\b|\b(?:ik\s+zelf|ikzelf)\s+(?:kan|zal)\b|"
    r"\b(?:kan|kon|zal)\s+(?:ik\s+)?zelf\s+niet\b|\bmyself\b|\bmoi-même\b|"
    r"\bdank\s+(?:u\s+|je\s+)?(?:wel\s+)?voor\s+de\s+uitnodiging|\bbedankt\s+voor\s+de\s+uitnodiging|"
    r"\bthanks?\s+(?:you\s+)?for\s+the\s+invitation|\bmerci\s+pour\s+l['’]invitation|"
    r"\bwas\s+not\s+registered|\bhadn't\s+registered)",
)
# Words that show the writer had registered before ("mijn inschrijving", "toch", "niet meer").
WAS_REGISTERED: Final = phrases(
    r"(?:\b(?:mijn|onze|zijn|haar|de)\s+inschrijving\b|\btoch\s+niet\b|\bniet\s+meer\b|"
    r"\bingeschreven\s+(?:was|had|heb)\b|\bwas\s+ingeschreven|\bhad\s+(?:me|mij|hem|haar)\s+ingeschreven|"
    r"\bmy\s+registration\b|\bregistered\b|\bmon\s+inscription\b|\bafmelding\b)",
)
SUBSTITUTION: Final = phrases(
    r"(?:\bin\s+(?:mijn|zijn|haar|onze)\s+plaats\b|\bin\s+de\s+plaats\s+van\b|\bvervang(?:t|en|ing|er)?\b|"
    r"\bkomt\s+(?:\w+\s+){0,2}?in\s+(?:mijn|zijn|haar)\s+plaats|\bop\s+(?:haar|zijn)\s+naam\s+zetten|"
    r"\b(?:neemt|nemen|neem)\s+(?:\w+\s+){0,2}?(?:mijn|zijn|haar|onze)\s+plaats\s+(?:in|over)\b|"
    r"\b(?:take|takes)\s+(?:over\s+)?(?:my|his|her)\s+(?:place|seat|spot)\b|"
    r"\binstead\s+of\s+(?:me|him|her)\b|\bin\s+(?:my|his|her)\s+place\b|\breplac(?:e|es|ing)\s+me\b|"
    r"\bsubstitut|\bà\s+ma\s+place\b|\bme\s+remplacer|\bremplacera\b|"
    r"\bmaar\s+(?:mijn|onze|m['’]n)\s+(?:\w+\s+){0,4}?(?:wel|komt|zal)\b|"
    r"\bbut\s+my\s+(?:\w+\s+){0,4}?(?:will|can|is)\b|\bmais\s+(?:mon|ma|notre)\s+coll)",
)
# A later edition of the event, or another time: 'noteren voor een volgende editie', 'next time'.
ANOTHER_EDITION: Final = phrases(
    r"\b(?:een\s+|de\s+|het\s+)?(?:volgende|tweede|derde|nieuwe|latere)\s+(?:editie|keer|sessie|"
    r"seminarie)\b|\b(?:the\s+)?next\s+(?:edition|time|session|seminar)\b|"
    r"\bla\s+prochaine\s+(?:édition|fois|session)\b"
)
# Doubt about coming: strong phrases on their own, hedge words only next to coming or registering.
TENTATIVE: Final = phrases(
    r"(?:\bonder\s+voorbehoud\b|\bnog\s+niet?\s+(?:helemaal\s+|100\s*%\s+)?zeker\b|"
    r"\bik\s+laat\s+(?:het\s+|u\s+|je\s+)?(?:\w+\s+){0,3}?(?:nog\s+)?weten\s+(?:of|tegen|zodra|als)\b|"
    r"\bniet\s+zeker\s+of\s+(?:ik|we|wij)\s+(?:kan|kunnen|zal|zullen|kom|komen)|"
    r"\b(?:als|indien|zolang)\s+(?:het|mijn\s+(?:agenda|planning|uurrooster))\s+(?:het\s+)?(?:lukt|past|toelaat)|"
    r"\b(?:agenda|planning)\s+(?:\w+\s+){0,2}?(?:het\s+)?toelaat\b|\bweet\s+ik\s+pas\b|"
    r"\bsi\s+mon\s+agenda\s+le\s+permet\b|\bschedule\s+permitting\b|"
    r"\bik\s+probeer\s+(?:te\s+komen|erbij)|\btentative(?:ly)?\b|\bnot\s+(?:yet\s+)?sure\s+(?:if|whether)\b|"
    r"\bsous\s+réserve\b|\bpas\s+encore\s+sûre?\b|\bif\s+(?:my\s+schedule|i\s+can)\b|"
    # waiting for someone's permission, or a confirmation that is still to come
    r"\b(?:toestemming|goedkeuring|akkoord|fiat)\b[^.!?\n]{0,40}?\b(?:nog|moet|afwachten|wacht|krijg)\b|"
    r"\b(?:moet|moeten)\s+(?:\w+\s+){0,3}?nog\s+(?:toestemming|goedkeuring|akkoord)|"
    r"\b(?:nog\s+)?(?:toestemming|goedkeuring)\s+(?:\w+\s+){0,3}?(?:vragen|krijgen|afwachten)\b|"
    r"\bik\s+(?:laat|bevestig)\s+(?:het\s+)?(?:je|u|jou)?\s*(?:nog\s+|later\s+|zo\s+snel\s+mogelijk\s+)"
    r"(?:\w+\s+)?(?:weten|definitief|bevestigen)|\bbevestig\s+(?:ik\s+)?(?:nog|later)\b|"
    r"\bwacht\w*\s+(?:\w+\s+){0,3}?(?:toestemming|goedkeuring|akkoord)\b|"
    r"\b(?:approval|permission)\s+(?:from|of)\b|\bwill\s+confirm\s+later\b|\bi['’]ll\s+let\s+you\s+know\b|"
    r"\bautorisation\b|\bje\s+vous\s+confirmerai\b)"
)
HEDGE: Final = phrases(
    r"(?:\bmisschien\b|\bmogelijks?\b|\beventueel\b|\bwellicht\b|\bvoorlopig\b|\bmaybe\b|"
    r"\bperhaps\b|\bpossibly\b|\bpeut[\s-]être\b|\béventuellement\b)"
)
ATTENDANCE: Final = phrases(
    r"(?:\b(?:kom|komen|aanwezig|deelnemen|deel|erbij|inschrijven|inschrijving|ingeschreven|lukt|geraak|"
    r"aansluiten|meekomen|attend|come|join|make\s+it|register|venir|participer|assister)\b)"
)
PRACTICAL_REQUEST: Final = phrases(
    r"(?:glutenvrij|gluten[\s-]?free|sans\s+gluten|coeliakie|vegetari|vegan|veganistisch|végétarien|"
    r"halal|koosjer|kosher|lactose|allergi|allergy|allergie|dieet|diet(?:ary)?|régime|"
    r"rolstoel|wheelchair|fauteuil\s+roulant|mindervalide|toegankelijk\s+voor|"
    r"tolk|interpreter|interprète|attest|certificaat|certificate|factuur|invoice|facture|"
    r"parkeer|parking|overnachting|hotel)",
)
INDIRECT_QUESTION: Final = phrases(
    r"(?:\bgraag\s+had\s+ik\s+(?:\w+\s+){0,3}?(?:geweten|vernomen)|\blaat\s+(?:je|u|jij|me|mij)\s+"
    r"(?:\w+\s+){0,2}?(?:iets\s+)?weten\b|\bkan\s+u\s+(?:\w+\s+){0,3}?(?:laten\s+weten|bevestigen\s+of)|"
    r"\bik\s+vroeg\s+me\s+af\b|\bi\s+was\s+wondering\b|\bplease\s+let\s+me\s+know\s+(?:if|whether)\b|"
    r"\bpourriez[\s-]vous\s+(?:me\s+|nous\s+)?(?:dire|confirmer\s+si|indiquer|faire\s+savoir)\b|"
    r"\bje\s+me\s+demandais\b)",
)
THANKS: Final = phrases(
    r"(?:\bdank(?:\s+(?:u|je|jullie))?(?:\s+wel)?\b|\bbedankt\b|\bmerci\b|\bthanks?\b|\bthank\s+you\b|"
    r"\btop\b|\bsuper\b|\bprima\b|\bperfect\b|\bok(?:e|ay|ido)?\b|\bgenoteerd\b|\bontvangen\b|"
    r"\btot\s+(?:dan|binnenkort|vrijdag|straks)\b|\bgreat\b|\bparfait\b|\bsee\s+you\b|\bà\s+bientôt\b|"
    r"\bfijn\b|\bgoed\b|\bin\s+orde\b|\bnoted\b|\bgreat\b)",
)
# 'graag uitschrijven' under a newsletter: off the mailing list, not off the seminar
NEWSLETTER: Final = phrases(
    r"\bnieuwsbrief|\bnewsletter|\bmailinglijst|\bmailing\s+list|\blettre\s+d['’]information"
)
# An organiser's mail about registering (invitation, reminder): details sent in reply register.
REGISTRATION_CONTEXT: Final = phrases(
    r"\binschrijv\w*|\bingeschreven\b|\bherinnering\b|\baanmeld\w*"
)
# 'bij deze: Ann Wouters, Mortsel, …': the details are handed over as asked
HERE_ARE_MY_DETAILS: Final = phrases(r"\b(?:bij\s+deze|hierbij)\b")
# A whole answer to the invitation that says yes: 'Graag!', 'Aanwezig', 'Ok voor mij'
SHORT_YES: Final = phrases(
    r"^\W*(?:graag|heel\s+graag|aanwezig|ok(?:é|e|ay)?\s+voor\s+mij|ik\s+doe\s+mee|"
    r"count\s+me\s+in|yes(?:\s+please)?|avec\s+plaisir|volontiers)\W*$"
)
# Words of a short answer that agree rather than thank ("ok", "prima", "tot dan"): said to the
# invitation they may well mean "I come", so a person asks.
AGREEMENT: Final = phrases(
    r"(?:\bok(?:e|é|ay|ido)?\b|\btop\b|\bprima\b|\bperfect\b|\bgoed\b|\bin\s+orde\b|"
    r"\bakkoord\b|\bafgesproken\b|\btot\s+(?:dan|binnenkort|vrijdag|straks)\b|\bsee\s+you\b|"
    r"\bà\s+bientôt\b|\bparfait\b|\bd'accord\b|\bsounds\s+good\b)",
)
# A request to change registered details ("wijzig mijn e-mailadres"): a person applies it.
CHANGE_REQUEST: Final = phrases(
    r"\bverkeerd\s+(?:\w+\s+){0,2}?(?:getypt|gespeld|doorgegeven|ingevuld|geschreven)\b|"
    r"\b(?:wijzig\w*|gewijzigd\w*|aanpass\w*|aangepast|verander\w*|corrigeer\w*|correctie|"
    r"rechtzetting|(?:ander|nieuw)e?\s+(?:e-?mail(?:adres)?|mailadres|adres|functie)|update|"
    r"change\s+(?:my|the)|correct(?:ion)?\s+(?:of|to)|modifier|modification)\b"
)
CHANGE_WORDS: Final = phrases(
    r"\b(?:nieuwe?|gewijzigd|wijziging|gewijzigde|veranderd|verander|correctie|vergissing|foutief|fout|"
    r"aanpassen|aanpassing|aangepast|changed|change|new\s+address|update|corrected|correction|nouvelle?|"
    r"modifi\w*|erreur)\b"
)
# -- how many people come ------------------------------------------------------------------------
NUMBER_WORDS: Final = {
    "een": 1, "één": 1, "one": 1, "un": 1, "une": 1,
    "twee": 2, "two": 2, "deux": 2, "beiden": 2, "allebei": 2, "both": 2, "tweeën": 2,
    "drie": 3, "three": 3, "trois": 3, "drieën": 3,
    "vier": 4, "four": 4, "quatre": 4, "vieren": 4,
    "vijf": 5, "five": 5, "cinq": 5, "vijven": 5,
    "zes": 6, "six": 6, "zessen": 6,
}  # fmt: skip
_COUNT: Final = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
COUNT_WORD: Final = phrases(r"\b" + _COUNT + r"\b")
HEAD_COUNT: Final = phrases(
    r"\b(?:we|wij|nous)\s+(?:komen|zijn|zullen|serons|seront|will\s+be|are)\s+(?:\w+\s+){0,2}?"
    r"(?:met\s+)?(?:z['’]n\s+|zijn\s+|ons\s+)?" + _COUNT + r"\b(?!\s*(?:uur|u\b|h\b|december|dec))|"
    r"\b(?:met|voor)\s+(?:z['’]n\s+|zijn\s+|ons\s+)" + _COUNT + r"\b|"
    r"\b" + _COUNT + r"\s+(?:personen|deelnemers|mensen|plaatsen|inschrijvingen|people|persons|"
    r"participants|attendees|seats|personnes|places)\b|"
    r"\b(?:there\s+will\s+be|we['’]ll\s+be)\s+" + _COUNT + r"\s+of\s+us\b"
)
NAMES_LATER: Final = phrases(
    r"\b(?:namen|naam|gegevens)\b[^.!?\n]{0,40}?\b(?:volg\w*|laat\s+ik|bezorg\s+ik|geef\s+ik|"
    r"stuur\s+ik|doorgeven|bezorgen|meedelen)\b[^.!?\n]{0,30}?\b(?:nog|later|asap)\b|"
    r"\b(?:later|nog)\s+(?:\w+\s+){0,3}?(?:weten|door|doorgeven|bezorgen)\s+wie\b|"
    r"\bnames?\b[^.!?\n]{0,30}?\b(?:will\s+follow|to\s+follow|later)\b|\bnoms?\b[^.!?\n]{0,30}?\b(?:suivr\w+|suivre|plus\s+tard)\b|"
    r"\bnog\s+(?:niet\s+)?(?:bekend|beslist)\s+wie\b|\bwie\s+(?:er\s+)?(?:precies\s+)?"
    r"(?:komt|meegaat|gaat)\s+(?:\w+\s+){0,2}?(?:nog\s+)?(?:niet\s+)?(?:bekend|beslist|zeker)"
)

FORWARD_SUBJECT: Final = phrases(r"^\s*(?:fw|fwd|tr|wg|doorst|trans)\s*:")
REPLY_SUBJECT: Final = phrases(r"^\s*(?:re|antw|aw|réf|sv|vs)\s*:")
ATTACHMENT_WORDS: Final = phrases(
    r"(?:\bin\s+(?:de\s+)?bijlage\b|\bbijgevoegd|\bzie\s+bijlage|\battached\b|\battachment\b|"
    r"\bpièce\s+jointe\b|\bci[\s-]joint)",
)
ORGANISER_QUESTION: Final = phrases(
    r"(?:mag\s+ik\s+(?:u|je|jou)\s+(?:nog\s+)?vragen|kan\s+u\s+(?:nog\s+)?(?:even\s+)?(?:laten\s+weten|bevestigen)|"
    r"wat\s+(?:is\s+)?uw\s+functie|could\s+you\s+(?:please\s+)?(?:let\s+me\s+know|confirm))",
)
# The organiser's (or the worker's) confirmation, quoted in a reply: the writer was registered.
CONFIRMATION_QUOTE: Final = phrases(
    r"(?:(?:dank|bedankt)\s+(?:\w+\s+){0,3}?voor\s+(?:uw|je|jouw)\s+(?:inschrijving|aanmelding|registratie)|"
    r"(?:wij|we)\s+noteerden|(?:dit|deze\s+gegevens)\s+(?:hebben\s+(?:wij|we)|werden)\s+genoteerd|"
    r"hebben\s+(?:wij|we)\s+genoteerd|(?:je|u)\s+bent\s+(?:nu\s+)?ingeschreven|inschrijving\s+bevestigd|"
    r"(?:uw|je)\s+inschrijving\s+(?:is|werd)\s+(?:goed\s+)?(?:ontvangen|genoteerd|bevestigd)|"
    # not the invitation's promise 'u ontvangt een (automatische) bevestiging van uw inschrijving'
    r"(?<!een\s)(?<!automatische\s)bevestiging\s+(?:van\s+)?(?:uw|je)\s+inschrijving|praktische\s+informatie|"
    r"thank\s+you\s+for\s+(?:your\s+)?(?:registering|registration)|registration\s+confirmed|"
    r"your\s+registration\s+(?:is|has\s+been)\s+confirmed|you\s+are\s+(?:now\s+)?registered|"
    r"details\s+we\s+(?:have\s+)?noted|merci\s+pour\s+votre\s+inscription|inscription\s+(?:est\s+)?confirmée|"
    r"ce\s+que\s+nous\s+avons\s+noté)"
)
INVITATION_QUOTE: Final = phrases(
    r"(?:nodigt\s+u\s+(?:\w+\s+){0,3}?uit|inschrijven\s+is\s+verplicht|met\s+vermelding\s+van|"
    r"inschrijven\s+kan\s+tot|vermeld\s+(?:daarin|hierbij|in\s+uw\s+mail)|"
    r"u\s+kan\s+zich\s+(?:\w+\s+){0,6}?inschrijven|herinneren\s+we\s+u|heeft\s+u\s+zich\s+nog\s+niet\s+ingeschreven|"
    r"invites?\s+you|vous\s+invite)",
)

# -- language -----------------------------------------------------------------------------------
# A language's common words, lower case; in text they count as whole words (between characters
# other than letters, digits, '_' and '@').
LANGUAGE_WORDS: Final = {
    "nl": frozenset(
        [
            "ik",
            "het",
            "een",
            "van",
            "voor",
            "graag",
            "mijn",
            "met",
            "niet",
            "dat",
            "wij",
            "we",
            "groeten",
            "bedankt",
            "beste",
            "dag",
            "hierbij",
            "kan",
            "zijn",
            "ook",
            "naar",
            "maar",
            "wordt",
            "u",
            "uw",
            "jullie",
            "heb",
            "ben",
            "wil",
            "zou",
            "deze",
            "dit",
            "mij",
            "op",
            "bij",
            "vriendelijke",
        ]
    ),
    "en": frozenset(
        [
            "i",
            "you",
            "the",
            "and",
            "of",
            "for",
            "my",
            "with",
            "not",
            "that",
            "we",
            "regards",
            "thank",
            "dear",
            "would",
            "like",
            "please",
            "to",
            "will",
            "be",
            "is",
            "this",
            "have",
            "am",
            "your",
            "kind",
            "best",
        ]
    ),
    "fr": frozenset(
        [
            "je",
            "vous",
            "le",
            "la",
            "les",
            "et",
            "des",
            "pour",
            "mon",
            "ma",
            "avec",
            "pas",
            "sur",
            "que",
            "est",
            "nous",
            "cordialement",
            "merci",
            "bonjour",
            "madame",
            "monsieur",
            "du",
            "au",
            "une",
            "suis",
            "votre",
            "bien",
        ]
    ),
}
