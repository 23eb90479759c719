"""The project's labelled mail sets, judged as the parse contract judges them: no message is wrong
while it claims to need no person (no silent error, no false confirmation), and the share decided
without a person does not fall below what was measured."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from inbox_worker.parsing import decide
from models.records import Decision, Registrant

MAIL = Path(__file__).parent / "mail"
# set -> automation floor, a little under the share measured when the set was last scored
AUTOMATION_FLOORS = {
    "samples": 0.85,
    "more": 0.89,
    "blind": 0.75,
    "blind2": 0.8,
    "blind3": 0.73,
    "blind4": 0.72,
    "blind5": 0.58,
    "blind6": 0.77,  # 0.78 until towns abroad ('Rotterdam') went to a person
    "blind7": 0.75,
    "blind8": 0.71,
    "blind9": 0.45,
    "blind10": 0.53,
    "blind11": 0.55,
    "blind12": 0.35,
    "blind13": 0.62,
    "blind14": 0.78,
    "blind15": 0.73,
    "blind16": 0.8,
    "blind17": 0.82,
    "blind18": 0.75,
    "blind19": 0.64,
    "blind20": 0.55,
    "blind21": 0.48,
    "blind22": 0.6,
    "blind23": 0.66,
    "blind24": 0.57,
    "blind25": 0.7,
    "blind26": 0.68,
    "blind27": 0.77,
}
# Silent errors found by a blind set and not mended yet: they must keep failing until they are.
KNOWN_GAPS = {
    "blind14/022.eml": "'Stad Lier - beleidsmedewerker strategie' under a first name: no function",
    "blind15/007.eml": "works for one municipality, sits on another's council: which role is not asked",
    "blind20/032.eml": "a cancellation whose employer is only initials in the signature ('IOK')",
    "blind22/041.eml": "after the event, no word of it: a no-show's question is left as personal mail",
    "blind23/012.eml": "a forwarded thread whose last message registers: the forward is not read",
    "blind23/018.eml": "'kan jij Eline ook noteren?' with her address only in the To header",
    "blind23/027.eml": "a reply-all that registers the writer: her function only in her quoted block",
    "blind23/043.eml": "a shared mailbox replies for an alderman '(in cc)': the mailbox is taken",
    "blind24/025.eml": "'Naam (functie) – e-mail' bullets: the function in brackets is not read",
    "blind25/015.eml": "a windows-1252 body declared as UTF-8: 'Renée' comes out as 'Renee'",
    "blind25/043.eml": "two politicians on one terse line: 'schepen van personeel' not read",
    "blind25/044.eml": "an empty mail titled 'Inschrijving 7/12': the label wants a person, the corpus does not",
    "blind26/024.eml": "a colleague forwards a cancellation sent to him: its writer withdraws, not him",
    "blind26/025.eml": "an interleaved reply: the details line right under the quoted template",
    "blind26/037.eml": "'zie hieronder' above a colleague's details filled into the quoted invitation",
    "blind27/042.eml": "a registered person's lunch question with no word of the event: left as personal mail",
}
HONORIFICS = frozenset(  # as words() reads them: without their dots
    {"dhr", "mevr", "mevrouw", "meneer", "mijnheer", "mr", "mrs", "dr", "prof", "ir"}
)
MIN_FUNCTION_F1 = 0.6
WORD = re.compile(r"[\w'’&-]+")


def labelled(set_name: str) -> list[Path]:
    return sorted((MAIL / set_name).glob("[0-9][0-9][0-9].eml"))


def case(path: Path) -> Any:
    key = f"{path.parent.name}/{path.name}"
    gap = KNOWN_GAPS.get(key)
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(path, id=key, marks=marks)


CASES = [case(path) for name in AUTOMATION_FLOORS for path in labelled(name)]


def fold(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def words(text: str | None) -> set[str]:
    return set(WORD.findall(fold(text)))


def f1(expected: str | None, found: str | None) -> float:
    want, got = words(expected), words(found)
    common = len(want & got)
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


def field_problems(want: dict[str, Any], got: Registrant) -> list[str]:
    problems = []
    if words(want["name"]) - HONORIFICS != words(got.name) - HONORIFICS:
        problems.append(f"name {got.name!r}, want {want['name']!r}")
    if fold(want["email"]) != fold(got.email):
        problems.append(f"email {got.email!r}, want {want['email']!r}")
    same_place = fold(want["municipality"]) == fold(got.municipality)
    if not same_place and f1(want["municipality"], got.municipality) < MIN_FUNCTION_F1:
        problems.append(f"municipality {got.municipality!r}, want {want['municipality']!r}")
    both_empty = not want["function"] and not got.function
    if not both_empty and f1(want["function"], got.function) < MIN_FUNCTION_F1:
        problems.append(f"function {got.function!r}, want {want['function']!r}")
    return problems


def partner(want: dict[str, Any], found: list[Registrant]) -> Registrant | None:
    """The registrant found for an expected one: by e-mail address, then by name."""
    for registrant in found:
        if want["email"] and fold(want["email"]) == fold(registrant.email):
            return registrant
    for registrant in found:
        if words(want["name"]) - HONORIFICS == words(registrant.name) - HONORIFICS:
            return registrant
    return None


def problems_of(expected: dict[str, Any], decision: Decision) -> list[str]:
    """What is wrong in ``decision`` by the contract's rules; nothing when a person looks anyway."""
    if decision.needs_review:
        return []
    if expected["needs_review"]:
        return ["decided alone, but a person must look"]
    if decision.kind.value != expected["kind"]:
        return [f"kind {decision.kind.value}, want {expected['kind']}"]
    wanted = expected["registrants"]
    if len(wanted) != len(decision.registrants):
        return [f"{len(decision.registrants)} registrants, want {len(wanted)}"]
    problems = []
    for want in wanted:
        got = partner(want, decision.registrants)
        problems += field_problems(want, got) if got else [f"missing {want['name']!r}"]
    return problems


@pytest.mark.parametrize("path", CASES)
def test_no_message_is_wrong_while_it_claims_to_need_no_person(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    decision = decide(path.read_bytes())
    assert not [r for r in decision.reasons if r.startswith("parser error")]
    assert problems_of(expected, decision) == [], expected.get("note")


@pytest.mark.parametrize("set_name", sorted(AUTOMATION_FLOORS))
def test_the_share_decided_without_a_person_holds(set_name: str) -> None:
    cases = labelled(set_name)
    assert len(cases) >= 40
    automatic = sum(not decide(path.read_bytes()).needs_review for path in cases)
    assert automatic / len(cases) >= AUTOMATION_FLOORS[set_name]


def test_the_judge_finds_a_wrong_field_a_wrong_kind_and_a_missed_review() -> None:
    path = labelled("blind")[0]
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    decision = decide(path.read_bytes())
    assert problems_of(expected, decision) == []
    first = decision.registrants[0]
    wrong_town = {**expected["registrants"][0], "municipality": "Oostende"}
    assert field_problems(wrong_town, first) == [
        f"municipality {first.municipality!r}, want 'Oostende'"
    ]
    assert problems_of({**expected, "kind": "cancellation"}, decision)
    assert problems_of({**expected, "needs_review": True}, decision)
