"""The proof's quick paths give the answers of its full checks: every unknown reference named
at once, and a value stated in whole words (or not) wherever it sits in its quote."""

from __future__ import annotations

import json

import pytest

from kzeu.facts import InvalidFacts, prove_json
from kzeu.stated import StatedValues, whole
from tests.conftest import Facts


def problems(data: Facts) -> list[tuple[str, str]]:
    with pytest.raises(InvalidFacts) as raised:
        prove_json(json.dumps(data))
    return [(".".join(map(str, e["loc"])), e["msg"]) for e in raised.value.errors]


def test_every_kind_of_unknown_reference_is_named(facts_data: Facts) -> None:
    facts_data["meeting"] = "no-such-meeting"
    facts_data["events"][1]["participants"] = [facts_data["people"][0]["id"], "ghost"]
    facts_data["topics"][2]["raised_by"] = ["nobody"]
    facts_data["topics"][3]["event"] = "no-event"
    facts_data["statistics"][2]["of"] = "no-statistic"
    assert problems(facts_data) == [
        ("meeting", "no event has this id"),
        ("events.1.participants.1", "no person has this id"),
        ("topics.2.raised_by.0", "no person has this id"),
        ("topics.3.event", "no event has this id"),
        ("statistics.2.of", "no statistic has this id"),
    ]


def test_a_file_whose_references_all_resolve_is_proven(facts_data: Facts) -> None:
    facts = prove_json(json.dumps(facts_data))
    assert facts.meeting == facts_data["meeting"]
    assert len(facts.topics) == len(facts_data["topics"])


@pytest.mark.parametrize(
    ("quote", "value", "stated"),
    [
        ("Alice Smith spoke", "Alice Smith", True),  # at the start
        ("it was Alice Smith", "Alice Smith", True),  # at the end
        ("so said (Alice Smith), then", "Alice Smith", True),  # punctuation around
        ("Alice Smith", "Alice Smith", True),  # the whole quote
        ("Alice Smith spoke", "Ice Smith", False),  # inside a word
        ("Alice Smithers spoke", "Alice Smith", False),  # a word goes on
        ("up 15.7 percent", "15", False),  # a decimal part goes on
        ("up 15.7 percent", "5.7", False),
        ("up 15. Then", "15", True),  # a full stop, not a decimal point
        ("Zoë Ñandú spoke", "Ñandú", True),  # letters beyond ASCII around a space
        ("ZoëÑandú spoke", "Ñandú", False),
        ("ALICE SMITH spoke", "Alice Smith", True),  # any case: the marked search
        ("Alice\n  Smith spoke", "Alice Smith", True),  # a wrapped line
    ],
)
def test_a_value_is_stated_in_whole_words_only(quote: str, value: str, stated: bool) -> None:
    assert StatedValues(10**9).states(quote, value) is stated
    start = quote.find(value)
    if start >= 0:  # the quick path agrees with the rule of whole words where both apply
        assert whole(quote, start, start + len(value)) is stated
