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
    assert figures["exports-share"].value + figures["imports-share"].value == Decimal(100)
    assert figures["trade-turnover-coverage"].display_value == Decimal("347.7")
    assert figures["trade-turnover-previous"].display_value == Decimal("42.5")
    assert figures["trade-turnover-previous"].value * Decimal("1.169") == Decimal("49.7")


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
