"""Model invariants: each broken rule is a validation error at the path of the field at fault."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from kzeu.facts import InvalidFacts, parse_facts, prove_facts
from kzeu.models import FactsFile
from kzeu.stated import figure_states
from tests.conftest import Facts


def errors_of(data: Facts) -> list[tuple[str, tuple[Any, ...]]]:
    """Return the (type, location) of every problem the loader finds: the shape, then the proof."""
    path = Path("facts.json")
    with pytest.raises(InvalidFacts) as caught:
        prove_facts(path, parse_facts(path, json.dumps(data).encode("utf-8")))
    return [(e["type"], tuple(e["loc"])) for e in caught.value.errors]


def test_the_shipped_data_is_valid(facts_data: Facts) -> None:
    facts = FactsFile.model_validate_json(json.dumps(facts_data))
    assert len(facts.people) == 3


def test_a_quote_not_in_the_source_is_rejected(facts_data: Facts) -> None:
    facts_data["people"][1]["quote"] = "Kaja Kallas, the EU's foreign policy chief"
    assert ("quote_not_in_source", ("people", 1, "quote")) in errors_of(facts_data)


def test_a_straight_apostrophe_does_not_match_a_curly_one(facts_data: Facts) -> None:
    facts_data["source"]["attribution_quote"] = "according to the Foreign Ministry's press service"
    assert ("quote_not_in_source", ("source", "attribution_quote")) in errors_of(facts_data)


def test_a_duplicate_id_is_rejected(facts_data: Facts) -> None:
    facts_data["topics"][0]["id"] = "kaja-kallas"
    assert errors_of(facts_data) == [("duplicate_id", ("topics", 0, "id"))]


def test_an_unknown_reference_is_rejected(facts_data: Facts) -> None:
    facts_data["topics"][2]["raised_by"] = ["murat-nurtleu", "ursula-von-der-leyen"]
    facts_data["meeting"] = "no-such-event"
    assert errors_of(facts_data) == [
        ("unknown_reference", ("meeting",)),
        ("unknown_reference", ("topics", 2, "raised_by", 1)),
    ]


def test_a_value_its_quote_does_not_state_is_rejected(facts_data: Facts) -> None:
    facts_data["events"][1]["place"] = "Tashkent"
    facts_data["people"][0]["titles"] = ["Prime Minister", "Foreign Minister", "Ambassador"]
    assert errors_of(facts_data) == [
        ("value_not_in_quote", ("people", 0, "titles")),
        ("value_not_in_quote", ("events", 1, "place")),
    ]


def test_a_value_that_is_not_in_its_figure_is_rejected(facts_data: Facts) -> None:
    facts_data["statistics"][3]["value"] = 38.5
    assert errors_of(facts_data) == [("value_not_in_figure", ("statistics", 3, "value"))]


def test_negative_amounts_are_rejected_but_negative_changes_are_not(facts_data: Facts) -> None:
    facts_data["statistics"][1].update(value=-49.7)
    facts_data["statistics"][2].update(value=-16.9)
    assert errors_of(facts_data) == [("negative_amount", ("statistics", 1, "value"))]


def test_an_unknown_key_is_rejected(facts_data: Facts) -> None:
    facts_data["people"][0]["nickname"] = "M.N."
    assert errors_of(facts_data) == [("extra_forbidden", ("people", 0, "nickname"))]


def test_a_wrong_type_names_its_field(facts_data: Facts) -> None:
    facts_data["statistics"][1]["value"] = "lots"
    assert errors_of(facts_data) == [("decimal_type", ("statistics", 1, "value"))]


def test_standing_has_no_value_and_others_need_one(facts_data: Facts) -> None:
    facts_data["statistics"][0]["value"] = 1
    del facts_data["statistics"][1]["value"]
    assert errors_of(facts_data) == [
        ("unexpected_value", ("statistics", 0, "value")),
        ("missing_value", ("statistics", 1, "value")),
    ]


def test_models_are_frozen(facts_data: Facts) -> None:
    facts = FactsFile.model_validate_json(json.dumps(facts_data))
    with pytest.raises(ValidationError):
        facts.people[0].name = "Someone Else"  # type: ignore[misc]


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_are_rejected(facts_data: Facts, number: str) -> None:
    text = json.dumps(facts_data).replace('"value": 49.7', f'"value": {number}')
    with pytest.raises(ValidationError) as caught:
        FactsFile.model_validate_json(text)
    assert [e["loc"] for e in caught.value.errors()] == [("statistics", 1, "value")]


@pytest.mark.parametrize(
    ("value", "figure", "states"),
    [
        ("3000", "3,000 companies", True),
        ("3000", "3000 companies", True),
        ("-16.90", "-16.9%", True),
        ("1", "$1.0 billion", True),
        ("5.7", "$15.7 billion", False),
        ("15", "15.7%", False),
        ("7", "15.7%", False),
        ("9", "9th", False),
        ("300", "3,000", False),
        ("1.5", "1,5%", False),
        # Letters joined to a number, as reports print them: a scale after, a code before.
        ("4.1", "$4.1bn", True),
        ("3.2", "3.2m euros", True),
        ("2.5", "EUR2.5 billion", True),
        ("21", "21st", False),
        ("5.7", "EUR15.7bn", False),
    ],
)
def test_a_figure_states_a_value_as_a_whole_number(value: str, figure: str, states: bool) -> None:
    assert figure_states(Decimal(value), figure) is states


def test_instances_given_the_same_fields_share_one_set_of_them(facts_data: Facts) -> None:
    facts_data["statistics"][0].pop("unit", None)
    facts = FactsFile.model_validate_json(json.dumps(facts_data))
    first, second = facts.people[0], facts.people[1]
    assert first.model_fields_set == {"id", "name", "titles", "affiliation", "role", "quote"}
    assert first.model_fields_set is second.model_fields_set
    stat = facts.statistics[0]
    assert "unit" not in stat.model_fields_set
    assert stat.model_dump(exclude_unset=True).keys() == stat.model_fields_set
    copied = first.model_copy(update={"role": "Another role"})
    assert copied.role == "Another role"
    assert first.model_fields_set is second.model_fields_set
    assert second.model_fields_set == first.model_fields_set
    assert len(second.model_fields_set) == 6
