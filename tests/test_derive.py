"""Derived figures: computed from the model in exact decimals, each with its formula."""

from __future__ import annotations

import json
from decimal import Decimal

from kzeu.derive import derived_figures, parts_add_up, trade_parts
from kzeu.models import FactsFile
from tests.conftest import Facts


def model(data: Facts) -> FactsFile:
    return FactsFile.model_validate_json(json.dumps(data))


def test_figures_from_the_report(facts_data: Facts) -> None:
    figures = {d.id: d for d in derived_figures(model(facts_data))}
    assert figures["trade-turnover-balance"].value == Decimal("27.5")
    assert figures["trade-turnover-balance"].formula == "exports − imports"
    assert figures["trade-turnover-balance"].currency == "USD"
    assert figures["exports-share"].display_value == Decimal("77.7")
    assert figures["imports-share"].display_value == Decimal("22.3")
    shares = [figures[f"{part}-share"].value for part in ("exports", "imports")]
    assert sum(v for v in shares if v is not None) == Decimal(100)
    assert figures["trade-turnover-coverage"].display_value == Decimal("347.7")
    assert figures["trade-turnover-previous"].display_value == Decimal("42.5")
    previous = figures["trade-turnover-previous"].value
    assert previous is not None
    assert previous * Decimal("1.169") == Decimal("49.7")


def test_values_follow_the_facts_not_literals(facts_data: Facts) -> None:
    facts_data["source"]["text"] += "\nExports were $40 billion and imports $9 billion."
    stats = facts_data["statistics"]
    stats[3].update(value=40, figure="$40 billion", quote="Exports were $40 billion")
    stats[4].update(value=9, figure="$9 billion", quote="imports $9 billion")
    figures = {d.id: d for d in derived_figures(model(facts_data))}
    assert figures["trade-turnover-balance"].value == Decimal(31)
    assert figures["trade-turnover-coverage"].display_value == Decimal("444.4")


def test_no_parts_no_trade_figures(facts_data: Facts) -> None:
    for stat in facts_data["statistics"]:
        stat.pop("of", None)
    assert derived_figures(model(facts_data)) == []


def test_parts_add_up_within_rounding(facts_data: Facts) -> None:
    (parts,) = trade_parts(model(facts_data))
    assert parts_add_up(parts) == (True, Decimal("49.7"), Decimal("0.15"))
    facts_data["source"]["text"] += " $39.6 billion"
    facts_data["statistics"][3].update(value=39.6, figure="$39.6 billion", quote="$39.6 billion")
    (parts,) = trade_parts(model(facts_data))
    assert parts_add_up(parts)[0] is False


def with_values(data: Facts, turnover: str, exports: str, imports: str) -> FactsFile:
    """Return the shipped facts with the turnover and its parts stated anew, in one sentence."""
    data["source"]["text"] += (
        f"\nTurnover was ${turnover} billion, exports ${exports} billion,"
        f" imports ${imports} billion."
    )
    stats = data["statistics"]
    for stat, value in zip(stats[1:2] + stats[3:5], (turnover, exports, imports), strict=True):
        stat.update(value=float(value), figure=f"${value} billion", quote=f"${value} billion")
        stat.pop("qualifier", None)
        stat.pop("period", None)
    return FactsFile.model_validate_json(json.dumps(data).replace("1e-15", "0.000000000000001"))


def test_a_zero_turnover_gives_shares_that_are_not_computable(facts_data: Facts) -> None:
    figures = {d.id: d for d in derived_figures(with_values(facts_data, "0", "5", "2"))}
    share = figures["exports-share"]
    assert (share.value, share.display_value) == (None, None)
    assert share.reason == "trade-turnover is 0: a division by zero"
    assert figures["trade-turnover-balance"].value == Decimal(3)
    assert figures["trade-turnover-coverage"].display_value == Decimal("250.0")


def test_zero_imports_give_a_coverage_that_is_not_computable(facts_data: Facts) -> None:
    figures = {d.id: d for d in derived_figures(with_values(facts_data, "5", "5", "0"))}
    assert figures["trade-turnover-coverage"].value is None
    assert figures["trade-turnover-coverage"].reason == "imports is 0: a division by zero"
    assert figures["imports-share"].value == Decimal(0)


def test_a_change_of_minus_100_percent_has_no_previous_value(facts_data: Facts) -> None:
    facts_data["source"]["text"] += " It fell by -100%."
    facts_data["statistics"][2].update(value=-100, figure="-100%", quote="It fell by -100%.")
    facts_data["statistics"][2].pop("period", None)
    figures = {d.id: d for d in derived_figures(model(facts_data))}
    previous = figures["trade-turnover-previous"]
    assert (previous.value, previous.reason) == (
        None,
        "trade-turnover-change is -100%: a division by zero",
    )


def test_a_huge_share_is_rounded_for_display(facts_data: Facts) -> None:
    facts = with_values(facts_data, "999999999999999", "999999999999999", "1e-15")
    coverage = {d.id: d for d in derived_figures(facts)}["trade-turnover-coverage"]
    assert coverage.value == Decimal("9.99999999999999E+31")
    assert coverage.display_value == Decimal("99999999999999900000000000000000.0")


def test_no_window_is_inferred_past_the_calendar() -> None:
    import datetime as dt

    from kzeu.derive import inferred_window

    assert inferred_window("next week", dt.date(9999, 12, 31)) is None
    assert inferred_window("yesterday", dt.date(1, 1, 1)) is None
    assert inferred_window("last week", dt.date(1, 1, 1)) is None
    assert inferred_window("tomorrow", dt.date(9999, 12, 30)) == (
        dt.date(9999, 12, 31),
        dt.date(9999, 12, 31),
    )


def with_mixed_scales(data: Facts) -> Facts:
    """Return the shipped facts with a turnover in billions and its parts in millions."""
    data["source"]["text"] += (
        "\nTurnover reached $1.2 billion, of which exports were $980 million"
        " and imports $220 million."
    )
    stats = data["statistics"]
    for stat, (value, figure) in zip(
        stats[1:2] + stats[3:5],
        (("1.2", "$1.2 billion"), ("980", "$980 million"), ("220", "$220 million")),
        strict=True,
    ):
        scale = figure.split()[-1]
        number = float(value) if "." in value else int(value)
        stat.update(value=number, figure=figure, quote=figure, scale=scale)
        stat.pop("qualifier", None)
        stat.pop("period", None)
    return data


def test_parts_in_another_scale_are_compared_in_the_turnovers(facts_data: Facts) -> None:
    facts = model(with_mixed_scales(facts_data))
    (parts,) = trade_parts(facts)
    assert parts.in_turnover_scale(parts.exports) == Decimal("0.980")
    assert parts_add_up(parts) == (True, Decimal("1.200"), Decimal("0.0510"))
    figures = {d.id: d for d in derived_figures(facts)}
    balance = figures["trade-turnover-balance"]
    assert (balance.value, balance.scale, balance.places) == (Decimal("0.760"), "billion", 3)
    assert figures["exports-share"].display_value == Decimal("81.7")
    assert figures["imports-share"].display_value == Decimal("18.3")
    assert figures["trade-turnover-coverage"].display_value == Decimal("445.5")
