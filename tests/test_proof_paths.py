"""The proof's quick paths give the answers of its full checks: every unknown reference named
at once, and a value stated in whole words (or not) wherever it sits in its quote."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzeu.facts import InvalidFacts, prove_json
from kzeu.stated import StatedValues, figure_states, whole
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


def _figure_states_in_full(value: Decimal, figure: str) -> bool:
    """The rule of ``figure_states`` without its quick path: every number printed, in turn."""
    from kzeu import stated

    for number in stated._NUMBER.finditer(figure):
        start, end = number.span()
        if (start > 0 and figure[start - 1] in "0123456789") or stated._ORDINAL.match(figure, end):
            continue
        written = number.group()
        if "," in written:
            if stated._GROUPED.fullmatch(written) is None:
                continue
            written = written.replace(",", "")
        if "." in written.partition(".")[2]:
            continue
        if Decimal(written) == abs(value):
            return True
    return False


@pytest.mark.parametrize(
    ("value", "figure", "stated"),
    [
        ("6.5", "$6.5 billion", True),
        ("6.5", "$16.5 billion", False),
        ("6.5", "$6.55 billion", False),
        ("6.5", "1.6.5 units", False),
        ("15", "the 15th time", False),
        ("15", "15 times", True),
        ("1500", "1,500 tonnes", True),
        ("-3", "down 3 per cent", True),
        ("0.5", "EUR0.5bn", True),
        ("2", "2.", True),
        ("2", "2.0 points", True),  # a number printed otherwise: the full rule
        ("1E+3", "1000 cars", True),
    ],
)
def test_a_figure_prints_its_value_as_the_full_rule_says(
    value: str, figure: str, stated: bool
) -> None:
    assert figure_states(Decimal(value), figure) is stated
    assert _figure_states_in_full(Decimal(value), figure) is stated


_AROUND = st.text(alphabet="0123456789.,$ thbE+-", max_size=6)


@settings(max_examples=500, deadline=None)
@given(
    st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False),
    _AROUND,
    _AROUND,
)
def test_the_quick_path_agrees_with_the_full_rule(value: Decimal, before: str, after: str) -> None:
    # The value printed as Decimal writes it, with anything around it: where the quick path
    # looks first.
    figure = before + str(abs(value)) + after
    assert figure_states(value, figure) is _figure_states_in_full(value, figure)
