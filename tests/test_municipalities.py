"""The Belgian municipalities data file and its lookups: names, postcodes, mail domains, prose."""

from __future__ import annotations

import json
from collections import Counter
from importlib.resources import files
from typing import Any

import pytest

from inbox_worker.parsing.municipalities import (
    AMBIGUOUS_NAMES,
    PREFIX_ONLY_NAMES,
    Municipality,
    canonical_municipality_name,
    find_municipalities_in_text,
    lookup_municipality,
    municipalities_for_section,
    municipality_for_domain,
    municipality_for_postcode,
)


def _entries() -> list[dict[str, Any]]:
    text = (files("inbox_worker") / "data" / "municipalities.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["version"] == 1
    entries: list[dict[str, Any]] = document["municipalities"]
    return entries


ENTRIES = _entries()
BY_NAME = {entry["name"]: entry for entry in ENTRIES}
BRUSSELS = {
    "Brussel", "Elsene", "Etterbeek", "Sint-Gillis", "Anderlecht", "Schaarbeek",
    "Sint-Jans-Molenbeek", "Ukkel", "Vorst", "Watermaal-Bosvoorde", "Oudergem",
    "Sint-Pieters-Woluwe", "Sint-Lambrechts-Woluwe", "Evere", "Koekelberg", "Ganshoren", "Jette",
    "Sint-Agatha-Berchem", "Sint-Joost-ten-Node",
}  # fmt: skip


def _names(text: str) -> list[str]:
    return [found.name for found, _ in find_municipalities_in_text(text)]


# -- the data file ------------------------------------------------------------------------------


def test_every_region_is_complete() -> None:
    existing_2018 = Counter(entry["region"] for entry in ENTRIES if not entry.get("since"))
    assert existing_2018["VL"] == 308  # 300 since 2019, 285 since 2025
    assert existing_2018["BR"] == 19
    assert existing_2018["WA"] == 262
    current = Counter(entry["region"] for entry in ENTRIES if entry["merged_into"] is None)
    assert (current["VL"], current["BR"], current["WA"]) == (285, 19, 261)


def test_brussels_has_its_19_municipalities_by_dutch_name() -> None:
    assert {entry["name"] for entry in ENTRIES if entry["region"] == "BR"} == BRUSSELS


def test_canonical_names_are_unique_and_entries_complete() -> None:
    names = Counter(entry["name"] for entry in ENTRIES)
    assert [name for name, count in names.items() if count > 1] == []
    for entry in ENTRIES:
        assert entry["region"] in {"VL", "BR", "WA"}
        assert entry["postcodes"], entry["name"]
        assert all(len(code) == 4 and code.isdigit() for code in entry["postcodes"])
        assert entry["domains"] or entry["name"] in {"Lens"}, entry["name"]


def test_every_merger_names_an_existing_successor_and_a_year() -> None:
    mergers = [entry for entry in ENTRIES if entry["merged_into"]]
    assert len(mergers) == 13 + 23
    for entry in mergers:
        successor = BY_NAME[entry["merged_into"]["name"]]
        assert successor["merged_into"] is None
        assert entry["merged_into"]["year"] in {2019, 2025}
        assert set(entry["postcodes"]) <= set(successor["postcodes"])


@pytest.mark.parametrize(
    ("former", "successor", "year"),
    [
        ("Zingem", "Kruisem", 2019),
        ("Kruishoutem", "Kruisem", 2019),
        ("Nevele", "Deinze", 2019),
        ("Knesselare", "Aalter", 2019),
        ("Zomergem", "Lievegem", 2019),
        ("Sint-Amands", "Puurs-Sint-Amands", 2019),
        ("Overpelt", "Pelt", 2019),
        ("Opglabbeek", "Oudsbergen", 2019),
        ("Kruibeke", "Beveren-Kruibeke-Zwijndrecht", 2025),
        ("Gooik", "Pajottegem", 2025),
        ("Borgloon", "Tongeren-Borgloon", 2025),
        ("Hoeselt", "Bilzen-Hoeselt", 2025),
        ("Ham", "Tessenderlo-Ham", 2025),
        ("Kortessem", "Hasselt", 2025),
        ("Melle", "Merelbeke-Melle", 2025),
        ("De Pinte", "Nazareth-De Pinte", 2025),
        ("Wachtebeke", "Lochristi", 2025),
        ("Moerbeke", "Lokeren", 2025),
        ("Meulebeke", "Tielt", 2025),
        ("Ruiselede", "Wingene", 2025),
        ("Borsbeek", "Antwerpen", 2025),
        ("Bertogne", "Bastenaken", 2025),
    ],
)
def test_mergers(former: str, successor: str, year: int) -> None:
    assert BY_NAME[former]["merged_into"] == {"name": successor, "year": year}


def test_walloon_municipalities_have_dutch_names_where_they_exist() -> None:
    for dutch, french in [
        ("Bergen", "Mons"), ("Luik", "Liège"), ("Namen", "Namur"), ("Doornik", "Tournai"),
        ("Nijvel", "Nivelles"), ("Waver", "Wavre"), ("Aat", "Ath"), ("Edingen", "Enghien"),
        ("Moeskroen", "Mouscron"), ("Komen-Waasten", "Comines-Warneton"),
    ]:  # fmt: skip
        assert french in BY_NAME[dutch]["aliases"]
    assert BY_NAME["Charleroi"]["region"] == "WA"


# -- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stad Gent", "Gent"),
        ("Lokaal bestuur Ronse", "Ronse"),
        ("OCMW Brugge", "Brugge"),
        ("Ghent", "Gent"),
        ("Anvers", "Antwerpen"),
        ("St.-Truiden", "Sint-Truiden"),
        ("St Truiden", "Sint-Truiden"),
        ("Sint Niklaas", "Sint-Niklaas"),
        ("stad en OCMW Hasselt", "Hasselt"),
        ("Stadsbestuur Sint-Niklaas", "Sint-Niklaas"),
        ("City of Ghent", "Gent"),
        ("Ville de Bruxelles", "Brussel"),
        ("Brussel-Stad", "Brussel"),
        ("Stad Antwerpen - district Deurne", "Antwerpen"),
        ("district Deurne", "Antwerpen"),
        ("gemeentebestuur Schoten", "Schoten"),
        ("Gemeente- en OCMW-bestuur Zele", "Zele"),
        ("Stad Gent - dienst Cultuur", "Gent"),
        ("Stad Gent – Dienst Cultuur", "Gent"),
        ("Liège", "Luik"),
        ("liege", "Luik"),
        ("Mons", "Bergen"),
        ("Comines-Warneton", "Komen-Waasten"),
        ("Braine-l’Alleud", "Eigenbrakel"),
        ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
        ("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
        ("Courtrai", "Kortrijk"),
        ("Ypres", "Ieper"),
        ("Fourons", "Voeren"),
        ("Espierres-Helchin", "Spiere-Helkijn"),
        ("Herk-de-Stad", "Herk-de-Stad"),
        ("Herstappe", "Herstappe"),
        ("9000 Gent", "Gent"),
        ("B-9000 Gent", "Gent"),
        ("administration communale de Waterloo", "Waterloo"),
        ("GEMEENTE KNOKKE-HEIST", "Knokke-Heist"),
    ],
)
def test_lookup_names(text: str, name: str) -> None:
    found = lookup_municipality(text)
    assert found is not None and found.name == name
    assert canonical_municipality_name(text) == name


def test_a_former_municipality_is_returned_as_written_with_its_successor() -> None:
    found = lookup_municipality("Gemeente Zwijndrecht")
    assert found == Municipality(
        name="Zwijndrecht",
        successor="Beveren-Kruibeke-Zwijndrecht",
        postcodes=("2070",),
        domains=("zwijndrecht.be",),
    )
    kruibeke = lookup_municipality("Gemeente Kruibeke")
    assert kruibeke is not None and kruibeke.successor == "Beveren-Kruibeke-Zwijndrecht"
    assert canonical_municipality_name("Zingem") == "Zingem"
    assert canonical_municipality_name("Kruisem") == "Kruisem"
    assert canonical_municipality_name("Borsbeek") == "Borsbeek"
    gent = lookup_municipality("Gent")
    assert gent is not None and gent.successor is None


@pytest.mark.parametrize(
    "text",
    [
        "VVSG",
        "Vlaamse overheid",
        "KU Leuven",
        "UGent",
        "Provincie Limburg",
        "Provincie Antwerpen",
        "Agentschap Binnenlands Bestuur",
        "Universiteit Antwerpen",
        "vzw Gent",
        "Intercommunale Leiedal",
        "AG Stadsontwikkeling Gent",
        "politiezone Gent",
        "Deurne",
        "Gent en Aalst",
        "Stad",
        "",
        "Brussels Hoofdstedelijk Gewest",
        "Limburg",
    ],
)
def test_organisations_are_not_municipalities(text: str) -> None:
    assert lookup_municipality(text) is None
    assert canonical_municipality_name(text) is None


# -- postcodes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("postcode", "name"),
    [
        ("9000", "Gent"),
        ("2000", "Antwerpen"),
        ("2018", "Antwerpen"),
        ("2060", "Antwerpen"),
        ("3000", "Leuven"),
        ("1000", "Brussel"),
        ("8000", "Brugge"),
        ("1040", "Etterbeek"),
        ("B-3500", "Hasselt"),
        ("2150", "Borsbeek"),
        ("9150", "Kruibeke"),
        ("9750", "Zingem"),
        ("9910", "Knesselare"),
        ("4000", "Luik"),
    ],
)
def test_postcodes(postcode: str, name: str) -> None:
    found = municipality_for_postcode(postcode)
    assert found is not None and found.name == name


def test_unknown_postcodes() -> None:
    assert municipality_for_postcode("0000") is None
    assert municipality_for_postcode("abc") is None


# -- mail domains -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("jan@stad.gent", "Gent"),
        ("x@antwerpen.be", "Antwerpen"),
        ("x@mail.antwerpen.be", "Antwerpen"),
        ("x@ocmw-brugge.be", "Brugge"),
        ("x@ocmwbrugge.be", "Brugge"),
        ("X@Leuven.BE", "Leuven"),
        ("leuven.be", "Leuven"),
        ("x@sint-niklaas.be", "Sint-Niklaas"),
        ("x@brucity.be", "Brussel"),
        ("x@kruibeke.be", "Kruibeke"),
        ("<x@kortrijk.be>", "Kortrijk"),
    ],
)
def test_domains(address: str, name: str) -> None:
    found = municipality_for_domain(address)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "address",
    ["x@gmail.com", "x@kuleuven.be", "x@student.kuleuven.be", "x@ugent.be", "x@uhasselt.be",
     "x@vvsg.be", "x@vlaanderen.be", "x@gent.nl", "x@be", "nonsense"],
)  # fmt: skip
def test_domains_match_whole_labels_only(address: str) -> None:
    assert municipality_for_domain(address) is None


def test_every_domain_leads_back_to_its_municipality() -> None:
    for entry in ENTRIES:
        for domain in entry["domains"]:
            found = municipality_for_domain(f"someone@{domain}")
            assert found is not None and found.name == entry["name"], domain


# -- prose --------------------------------------------------------------------------------------


def test_names_in_prose_with_their_spans() -> None:
    found = find_municipalities_in_text(
        "Ik werk bij de stad Leuven als schepen, woon in St.-Truiden."
    )
    assert [(m.name, span) for m, span in found] == [
        ("Leuven", "Leuven"),
        ("Sint-Truiden", "St.-Truiden"),
    ]


def test_the_longest_name_wins() -> None:
    assert _names("schepen in Sint-Niklaas en Tielt-Winge") == ["Sint-Niklaas", "Tielt-Winge"]
    assert _names("in sint niklaas") == ["Sint-Niklaas"]
    assert _names("Gemeente Beveren-Kruibeke-Zwijndrecht") == ["Beveren-Kruibeke-Zwijndrecht"]


def test_prose_is_case_and_accent_insensitive_for_ordinary_names() -> None:
    assert _names("ik kom uit gent, liege en LEUVEN") == ["Gent", "Luik", "Leuven"]


def test_ambiguous_words_in_lower_case_prose_are_not_municipalities() -> None:
    text = "as ik een peer eet onder de boom, met ham, een mol en een lens; lo spa huy ans"
    assert _names(text) == []
    assert _names("Boom is mooi. Geel is een kleur.") == []
    assert _names("ik werk in Mol en Boom") == ["Mol", "Boom"]
    assert _names("gemeente lier, 2400 Mol") == ["Lier", "Mol"]


def test_ambiguous_names_in_datelines_count_but_not_after_a_first_name() -> None:
    assert _names("Lier, 3 december 2018") == ["Lier"]
    assert _names("Spa, le 4 décembre 2018") == ["Spa"]
    assert _names("Boom 12 mensen") == []
    assert _names("Graag schrijf ik Lies Mol in. Zij werkt in Geel.") == ["Geel"]


def test_antwerp_districts_count_only_with_the_word_district() -> None:
    assert _names("district Deurne") == ["Antwerpen"]
    assert _names("ik woon in Deurne") == []
    assert lookup_municipality("Deurne") is None


def test_first_names_surnames_and_other_organisations_are_not_municipalities() -> None:
    assert _names("Peer Janssens en Hervé Dupont") == []
    assert _names("Jan Van Damme en Piet De Mol") == []
    assert _names("Komen jullie ook? We komen uit Komen.") == []
    assert _names("KU Leuven, UGent, Universiteit Antwerpen en de Provincie Limburg") == []
    assert _names("de Haven van Antwerpen en de University of Ghent") == []
    assert _names("schepen van Peer") == ["Peer"]


def test_addresses_in_prose_are_not_names() -> None:
    assert _names("mail naar jan@stad.gent of kijk op www.leuven.be") == []


def test_ambiguous_lists_name_real_municipalities() -> None:
    for name in AMBIGUOUS_NAMES | PREFIX_ONLY_NAMES:
        assert lookup_municipality(name) is not None, name


# -- parts of municipalities (deelgemeenten) ----------------------------------------------------
def _sections() -> list[list[str]]:
    text = (files("inbox_worker") / "data" / "sections.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["version"] == 1
    sections: list[list[str]] = document["sections"]
    return sections


SECTIONS = _sections()


def test_every_part_belongs_to_a_current_municipality_that_has_its_postcode() -> None:
    merged_into: dict[str, list[str]] = {}
    for entry in ENTRIES:
        if entry["merged_into"]:
            merged_into.setdefault(entry["merged_into"]["name"], []).append(entry["name"])
    wrong = []
    for name, postcode, municipality in SECTIONS:
        owner = BY_NAME.get(municipality)
        if owner is None or owner["merged_into"]:
            wrong.append((name, municipality, "no current municipality"))
            continue
        family = [owner, *(BY_NAME[former] for former in merged_into.get(municipality, []))]
        if not any(postcode in entry["postcodes"] for entry in family):
            wrong.append((name, municipality, f"postcode {postcode} is not its own"))
    assert not wrong
    assert len(SECTIONS) > 900


def test_no_part_has_the_name_of_a_municipality() -> None:
    assert not [name for name, _, _ in SECTIONS if canonical_municipality_name(name)]


@pytest.mark.parametrize(
    ("part", "owners"),
    [
        ("Heverlee", ["Leuven"]),
        ("Kessel-Lo", ["Leuven"]),
        ("Gentbrugge", ["Gent"]),
        ("Sint-Andries", ["Brugge"]),
        ("Wilrijk", ["Antwerpen"]),
        ("Berchem", ["Antwerpen", "Kluisbergen"]),
        ("Mariakerke", ["Gent", "Oostende"]),
        ("Gent", []),
    ],
)
def test_parts_of_municipalities(part: str, owners: list[str]) -> None:
    assert sorted(found.name for found in municipalities_for_section(part)) == owners
