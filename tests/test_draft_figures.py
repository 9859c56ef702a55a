"""`kzeu draft` on figures whose own clause does not settle what they are: a target or a
forecast, a share, a period stated apart from "year-on-year", two figures of one flow, and the
source fields it cannot find. Every text here is invented for the test.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

from kzeu.derive import derived_figures
from kzeu.draft import draft, draft_facts
from kzeu.facts import prove_json
from kzeu.render import json_document
from tests.helpers import listed


def drafted(text: str, date: dt.date | None = None) -> dict[str, Any]:
    """Draft ``text``, prove that the draft loads, and return it with exact numbers."""
    document = json_document(draft(text, date=date))
    prove_json(document)
    data: dict[str, Any] = json.loads(document, parse_float=Decimal)
    return data


def by_figure(data: dict[str, Any]) -> dict[str, tuple[int, dict[str, Any]]]:
    """Return each drafted statistic with its index, keyed by the figure as printed."""
    return {stat["figure"]: (index, stat) for index, stat in enumerate(data["statistics"])}


def flagged(data: dict[str, Any], index: int) -> set[str]:
    """Return the fields of ``statistics[index]`` listed under ``draft``."""
    prefix = f"statistics[{index}]."
    return {path.removeprefix(prefix) for path in listed(data) if path.startswith(prefix)}


# --- targets and forecasts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The envoys said they expected commerce to reach $3 billion by 2031.", "$3 billion"),
        ("The two cabinets aim to bring trade to €900 million.", "€900 million"),
        ("Both ministries plan to raise exports to $450 million next year.", "$450 million"),
        ("Ostrava Steel will invest $70 million in the new rolling mill.", "$70 million"),
        ("Trade is forecast at $2.2 billion for the coming year.", "$2.2 billion"),
        ("Exports should climb to $610 million by 2032.", "$610 million"),
        ("The partners agreed on lifting commerce to $800 million.", "$800 million"),
        ("Imports are set to top $120 million.", "$120 million"),
    ],
)
def test_a_target_or_forecast_is_no_stated_figure(text: str, figure: str) -> None:
    data = drafted(text)
    index, stat = by_figure(data)[figure]
    assert {"label", "flow"} <= flagged(data, index)
    # a period is listed only with the horizon the text sets ("by 2031", "for the coming
    # year"): a target stating none is of no period, and its empty period costs no edit
    horizon = any(words in text for words in ("by 20", "next year", "coming year"))
    assert ("period" in flagged(data, index)) == horizon
    assert (stat["period"] is not None) == horizon
    # the label is a plain label or empty, never marked: the flag says why
    assert "(target or forecast)" not in stat["label"]


def test_a_figure_whose_clause_tells_of_a_plan_after_it_is_listed() -> None:
    data = drafted("Two-way trade of $6 billion is envisaged for the coming decade.")
    index, stat = by_figure(data)["$6 billion"]
    assert stat["label"] in ("", "Trade turnover")
    assert {"label", "flow", "period"} <= flagged(data, index)
    assert stat["period"] == "for the coming decade"


def test_a_figure_for_a_year_after_the_report_is_a_target() -> None:
    data = drafted(
        "VESKGRAD, 4 March 2026 - Trade between Norland and Vesk reached $2 billion in 2025. "
        "Trade of $3.5 billion in 2028 was mentioned in the joint statement."
    )
    figures = by_figure(data)
    now_index, now = figures["$2 billion"]
    assert now["label"] == "Trade turnover"
    assert "label" not in flagged(data, now_index)
    later_index, later = figures["$3.5 billion"]
    assert later["label"] == "Trade turnover"
    assert {"label", "flow", "period"} <= flagged(data, later_index)


def test_a_stated_figure_beside_a_target_keeps_its_label_and_is_not_part_of_it() -> None:
    data = drafted(
        "Trade between Norland and Vesk rose 6% to $840 million in 2025. "
        "The ministers agreed to lift trade to $1.5 billion in 2028, up from a goal of "
        "$1.2 billion. Norland's exports to Vesk were worth $300 million in 2025."
    )
    figures = by_figure(data)
    stated_index, stated = figures["$840 million"]
    assert (stated["label"], stated["period"]) == ("Trade turnover", "2025")
    assert "label" not in flagged(data, stated_index)
    target_index, target = figures["$1.5 billion"]
    assert target["label"] == "Trade turnover"
    assert {"label", "flow", "period"} <= flagged(data, target_index)
    # "up from a goal of" is a comparison with the target, never a second current figure
    earlier_index, earlier = figures["$1.2 billion"]
    assert earlier["id"].startswith("comparison")
    assert {"label", "of"} <= flagged(data, earlier_index)
    # the exports are part of the stated turnover, not of the target
    assert figures["$300 million"][1]["of"] == stated["id"]


# --- periods ------------------------------------------------------------------------------------


def test_year_on_year_is_no_period_and_the_clauses_period_is_taken() -> None:
    data = drafted("Freight trade climbed 9.4% year-on-year to $7.1 billion in the first half.")
    figures = by_figure(data)
    assert figures["9.4%"][1]["period"] == "the first half"
    assert figures["$7.1 billion"][1]["period"] == "the first half"


def test_a_period_left_unread_beside_year_on_year_is_listed() -> None:
    data = drafted("Exports slipped 3 percent year on year to $95 million, officials said.")
    for index, stat in by_figure(data).values():
        assert stat["period"] is None
        assert "period" in flagged(data, index)


def test_a_range_of_months_without_a_year_is_the_period() -> None:
    data = drafted(
        "Turnover between Corvia and Dalmor totalled 2.4 billion euros in March-October, "
        "an 8 percent drop compared with the same period a year before."
    )
    figures = by_figure(data)
    assert figures["2.4 billion euros"][1]["period"] == "March-October"
    index, change = figures["8 percent"]
    assert change["value"] == Decimal(-8)
    assert change["period"] != "the same period"
    assert change["period"] is None or change["period"] == "March-October"
    if change["period"] is None:
        assert "period" in flagged(data, index)


def test_a_period_in_a_form_not_read_is_listed() -> None:
    data = drafted("Norland's exports to Vesk climbed to $30 million in Q3, officials said.")
    index, stat = by_figure(data)["$30 million"]
    assert stat["period"] is None
    assert "period" in flagged(data, index)


def test_a_figure_without_a_period_after_dated_ones_has_its_period_listed() -> None:
    data = drafted(
        "Trade between Norland and Vesk reached $80 million in January-May. "
        "Norland's exports made up $30 million."
    )
    figures = by_figure(data)
    assert figures["$80 million"][1]["period"] == "January-May"
    index, exports = figures["$30 million"]
    # the period before it is proposed, its quote stretched back to state it, and listed
    assert exports["period"] == "January-May"
    assert exports["quote"].startswith("January-May. Norland's exports")
    assert "period" in flagged(data, index)


# --- shares -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Grain sales made up $40 million, or about 62 percent of the total.", "62 percent"),
        ("Machinery accounted for 35% of Vesk's purchases.", "35%"),
        ("Cotton's share of exports stood at 18 per cent.", "18 per cent"),
    ],
)
def test_a_share_is_no_change(text: str, figure: str) -> None:
    data = drafted(text)
    index, stat = by_figure(data)[figure]
    assert stat["kind"] != "change"
    assert stat["unit"] == "percent"
    assert "of" not in stat
    assert {"label", "kind"} <= flagged(data, index)


def test_no_earlier_figure_is_derived_from_a_share() -> None:
    data = drafted(
        "Trade between Norland and Vesk reached $500 million last year. "
        "Norland's exports to Vesk made up $410 million, or nearly 82 percent of the total."
    )
    share = by_figure(data)["82 percent"][1]
    facts = prove_json(json_document({**data, "draft": []}))
    # before, the share was a "change" of the exports: $410 million / 1.82 as last year's
    assert [d.formula for d in derived_figures(facts) if share["id"] in d.inputs] == []
    assert all("/ (1 +" not in d.formula for d in derived_figures(facts))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Imports grew 12% to $90 million.", Decimal(12)),
        ("Exports had risen by 7.5 percent over the year.", Decimal("7.5")),
        ("Trade showed a decline of 4 per cent.", Decimal(-4)),
        ("Turnover was $2 billion, a 15 percent increase.", Decimal(15)),
        ("Freight volumes were down 3% on the year.", Decimal(-3)),
    ],
)
def test_a_change_said_in_words_stays_a_change(text: str, value: Decimal) -> None:
    stat = next(s for s in drafted(text)["statistics"] if s.get("unit") == "percent")
    assert (stat["kind"], stat["value"]) == ("change", value)


# --- two figures of one flow --------------------------------------------------------------------


def test_two_turnovers_of_different_scopes_have_their_labels_listed() -> None:
    data = drafted(
        "Trade between Norland and Vesk was worth 40 million euros last year. "
        "Norland's exports accounted for 25 million euros. "
        "Trade with the wider Arden region reached 130 million euros, the ministry said."
    )
    figures = by_figure(data)
    first, second = figures["40 million euros"][0], figures["130 million euros"][0]
    assert "label" in flagged(data, first)
    assert "label" in flagged(data, second)
    exports_index, exports = figures["25 million euros"]
    assert exports["of"] == figures["40 million euros"][1]["id"]
    assert "of" in flagged(data, exports_index)


def test_two_turnovers_of_different_stated_periods_keep_their_labels() -> None:
    data = drafted(
        "Trade between Norland and Vesk reached $300 million in 2023. "
        "It came to $340 million in 2024, officials said."
    )
    figures = by_figure(data)
    for figure in ("$300 million", "$340 million"):
        index, stat = figures[figure]
        if stat["label"] == "Trade turnover":
            assert "label" not in flagged(data, index)


# --- the source ---------------------------------------------------------------------------------


def test_a_report_without_attribution_lists_it() -> None:
    data = drafted("VESKGRAD, 4 March 2026 - Trade between Norland and Vesk grew 3%.")
    assert "attribution" not in data["source"]
    assert "source.attribution" in listed(data)


def test_an_agency_between_slashes_after_the_dateline_is_the_attribution() -> None:
    data = drafted("VESKGRAD, March 4. /Harbour Press Line/. The ministers met on Tuesday.")
    assert data["source"]["dateline"] == "Veskgrad"
    assert data["source"]["attribution"] == "Harbour Press Line"


def test_a_year_guessed_for_a_date_never_comes_from_a_plan() -> None:
    data = drafted(
        "VESKGRAD, March 4. /Harbour Press Line/. The ministers met on Tuesday. "
        "Norland would open a consulate in Veskgrad in 2029."
    )
    assert data["source"]["published"] is None
    assert "source.published" in listed(data)


def test_a_year_guessed_for_a_date_comes_from_a_year_looked_back_on() -> None:
    data = drafted(
        "VESKGRAD, March 4. /Harbour Press Line/. In 2025, trade reached $80 million. "
        "The sides plan to double it by 2029 and will open a bank branch in 2028."
    )
    assert data["source"]["published"] == "2026-03-04"  # 2025's trade, told in 2026
    assert "source.published" in listed(data)


def test_past_the_figure_limit_the_rest_is_listed_for_the_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kzeu.draft import statistics as figures

    monkeypatch.setattr(figures, "MAX_FIGURES", 3)
    text = "Exports reached $1 billion, $2 billion, $3 billion, $4 billion and $5 billion."
    data = drafted(text, dt.date(2025, 1, 1))
    assert [s["value"] for s in data["statistics"]] == [1, 2, 3]
    assert "statistics" in listed(data)
    monkeypatch.setattr(figures, "MAX_FIGURES", 5)
    assert "statistics" not in listed(drafted(text, dt.date(2025, 1, 1)))


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "scale"),
    [
        (
            "Trade reached 3 trillion 450 billion dollars.",
            "3 trillion 450 billion dollars",
            "3.45",
            "trillion",
        ),
        ("Trade reached $3 trillion 450 billion.", "$3 trillion 450 billion", "3.45", "trillion"),
        (
            "Trade reached 2 billion 140 million dollars.",
            "2 billion 140 million dollars",
            "2.14",
            "billion",
        ),
    ],
)
def test_a_trillion_and_billions_are_one_amount(
    sentence: str, figure: str, value: str, scale: str
) -> None:
    data = drafted("ASTANA - " + sentence)
    (stat,) = data["statistics"]
    assert (stat["figure"], stat["value"], stat["scale"]) == (figure, Decimal(value), scale)
    assert "statistics[0].value" not in listed(data)


def test_a_figure_after_a_part_it_was_not_joined_to_is_listed_not_trusted() -> None:
    report = (
        "ASTANA - The fund holds 300 trillion 450 billion 123 million 456 thousand 789 dollars."
    )
    data = drafted(report)
    (stat,) = data["statistics"]
    assert (stat["figure"], stat["value"]) == ("789 dollars", Decimal(789))
    assert "statistics[0].value" in listed(data)
    reasons = draft_facts(report).reasons()
    assert (
        reasons["statistics[0].value"]
        == "a part of a compound amount before it is not joined to it"
    )
