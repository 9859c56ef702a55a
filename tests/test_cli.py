"""Every command in every format, run through the CLI and parsed back; errors and exit codes."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from kzeu import __version__
from tests.conftest import Facts
from tests.helpers import Run, Writer, as_csv, as_json, by_id, ok

# --- people -------------------------------------------------------------------------------------


def test_people_table(run: Run) -> None:
    out = ok(run("people"))
    for text in ("Murat Nurtleu", "Kaja Kallas", "Kassym-Jomart Tokayev", "Foreign Minister"):
        assert text in out
    assert "People — Nurtleu–Kallas meeting, Almaty, 2025-03-28" in out
    assert "Source: report filed in Astana, published 2025-03-28" in out


def test_people_json(run: Run) -> None:
    rows = as_json(run("people", "--format", "json"))
    assert [r["name"] for r in rows] == ["Murat Nurtleu", "Kaja Kallas", "Kassym-Jomart Tokayev"]
    assert list(rows[0]) == ["id", "name", "titles", "affiliation", "role", "quote"]
    assert rows[0]["titles"] == ["Deputy Prime Minister", "Foreign Minister"]
    assert rows[1]["affiliation"] == "European Union"


def test_people_csv(run: Run) -> None:
    rows = as_csv(run("people", "-f", "csv"))
    assert rows[2]["name"] == "Kassym-Jomart Tokayev"
    assert rows[2]["titles"] == "President"
    assert rows[1]["titles"] == (
        "High Representative for Foreign Affairs and Security Policy; "
        "Vice-President of the European Commission"
    )


def test_people_markdown(run: Run) -> None:
    lines = ok(run("people", "-f", "markdown")).splitlines()
    assert lines[0] == "| id | name | titles | affiliation | role | quote |"
    assert lines[1] == "|---|---|---|---|---|---|"
    assert lines[2].startswith("| murat-nurtleu | Murat Nurtleu | Deputy Prime Minister; Foreign")
    assert len(lines) == 5
    assert all(line.count(" | ") == 5 for line in lines[2:])


def test_people_filter_by_affiliation(run: Run) -> None:
    rows = as_json(run("people", "--affiliation", "kazakhstan", "-f", "json"))
    assert [r["id"] for r in rows] == ["murat-nurtleu", "kassym-jomart-tokayev"]


# --- topics -------------------------------------------------------------------------------------


def test_topics_table(run: Run) -> None:
    out = ok(run("topics"))
    assert "Trans-Caspian International Transport Route" in out
    assert "Agenda — Nurtleu–Kallas meeting" in out


def test_topics_json(run: Run) -> None:
    rows = by_id(as_json(run("topics", "-f", "json")))
    assert len(rows) == 13
    visa = rows["eu-visa-regime-agreement"]
    assert visa["raised_by"] == ["murat-nurtleu"]
    assert visa["raised_by_names"] == ["Murat Nurtleu"]
    assert "between Astana and Brussels" in visa["quote"]
    assert rows["trade-economic-partnerships"]["event_name"] == "Kallas–Tokayev meeting"
    assert rows["middle-east-africa-market-access"]["label"] == (
        "Access to the markets of the Middle East and Africa"
    )


def test_topics_csv(run: Run) -> None:
    rows = as_csv(run("topics", "-f", "csv"))
    assert [r["id"] for r in rows][:3] == [
        "kazakh-european-relations",
        "upcoming-events",
        "transport",
    ]
    assert rows[1]["raised_by"] == "murat-nurtleu; kaja-kallas"


def test_topics_markdown(run: Run) -> None:
    lines = ok(run("topics", "-f", "markdown")).splitlines()
    assert lines[0] == "| id | label | raised_by | raised_by_names | event | event_name | quote |"
    assert len(lines) == 2 + 13


def test_topics_raised_by(run: Run) -> None:
    by_name = as_json(run("topics", "--raised-by", "Kaja Kallas", "-f", "json"))
    by_slug = as_json(run("topics", "-r", "kaja-kallas", "-f", "json"))
    assert by_name == by_slug
    assert "long-term-cooperation" in [r["id"] for r in by_name]
    assert "trans-caspian-route" not in [r["id"] for r in by_name]


# --- trade --------------------------------------------------------------------------------------


def test_trade_table(run: Run) -> None:
    out = ok(run("trade"))
    for text in ("USD 49.7 billion", "USD 38.6 billion", "USD 11.1 billion", "+16.9%"):
        assert text in out
    assert "USD 200.7 billion" in out
    assert "more than 3,000 companies" in out
    assert "2005 through the first nine months of 2024" in out
    assert "not stated" in out
    assert "derived: exports − imports" in out
    assert "USD 27.5 billion" in out


def test_trade_json_numbers_are_json_numbers(run: Run) -> None:
    out = ok(run("trade", "-f", "json"))
    assert '"value": 49.7,' in out
    rows = by_id(json.loads(out, parse_float=Decimal))
    assert rows["trade-turnover"]["value"] == Decimal("49.7")
    assert rows["exports"]["value"] == Decimal("38.6")
    assert rows["imports"]["value"] == Decimal("11.1")
    assert rows["trade-turnover-change"]["value"] == Decimal("16.9")
    assert rows["direct-investment-inflow"]["value"] == Decimal("200.7")
    assert rows["european-companies"]["value"] == 3000
    assert rows["trade-turnover"]["period"] is None
    assert rows["trade-turnover"]["derived"] is False
    assert list(rows["trade-turnover"]) == [
        "id", "label", "kind", "value", "currency", "scale", "unit", "qualifier",
        "period", "figure", "derived", "formula", "quote",
    ]  # fmt: skip


def test_trade_derived_rows(run: Run) -> None:
    rows = by_id(as_json(run("trade", "-f", "json")))
    balance = rows["trade-turnover-balance"]
    assert balance["value"] == Decimal("27.5")
    assert balance["derived"] is True
    assert balance["formula"] == "exports − imports"
    assert balance["quote"] is None
    assert rows["exports-share"]["value"].quantize(Decimal("0.01")) == Decimal("77.67")
    assert rows["trade-turnover-previous"]["value"].quantize(Decimal("0.01")) == Decimal("42.51")


def test_trade_no_derived(run: Run) -> None:
    rows = as_json(run("trade", "--no-derived", "-f", "json"))
    assert len(rows) == 7
    assert not any(r["derived"] for r in rows)


def test_trade_csv(run: Run) -> None:
    rows = by_id(as_csv(run("trade", "-f", "csv")))
    assert rows["trade-turnover"]["value"] == "49.7"
    assert rows["trade-turnover"]["figure"] == "$49.7 billion"
    # A figure that is only a signed percentage stays a number for a spreadsheet.
    assert rows["trade-turnover-change"]["figure"] == "+16.9%"
    assert rows["trade-turnover-change"]["value"] == "16.9"
    assert rows["trade-turnover-balance"]["derived"] == "true"


def test_trade_markdown(run: Run) -> None:
    lines = ok(run("trade", "-f", "markdown")).splitlines()
    assert lines[0].startswith("| id | label | kind | value |")
    assert "| trade-turnover | Trade turnover | amount | 49.7 | USD | billion |" in lines[3]


def test_format_is_case_insensitive(run: Run) -> None:
    assert as_json(run("people", "-f", "JSON"))[0]["id"] == "murat-nurtleu"


# --- global options, help, errors ---------------------------------------------------------------


def test_version(run: Run) -> None:
    assert ok(run("--version")) == f"kzeu {__version__}\n"


COMMANDS = [
    "overview",
    "people",
    "topics",
    "events",
    "trade",
    "search",
    "cite",
    "source",
    "check",
    "draft",
    "export",
    "schema",
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run: Run, command: str) -> None:
    out = ok(run(command, "--help"))
    assert out.startswith(f"Usage: kzeu {command} ")
    assert f"Examples: kzeu {command}" in out
    if command not in ("draft", "schema"):
        assert "--format" in out


def test_the_top_level_help_lists_every_command(run: Run) -> None:
    out = ok(run("--help"))
    listed = [line.split()[0] for line in out.split("Commands:")[1].splitlines() if line.strip()]
    assert sorted(listed[: len(COMMANDS)]) == sorted(COMMANDS)


def test_facts_option_and_environment(run: Run, facts_data: Facts, write_facts: Writer) -> None:
    facts_data["people"][0]["role"] = "From another file"
    path = str(write_facts(facts_data))
    assert as_json(run("--facts", path, "people", "-f", "json"))[0]["role"] == "From another file"
    env = {"KZEU_FACTS": path}
    assert as_json(run("people", "-f", "json", env=env))[0]["role"] == "From another file"


def test_bad_facts_file_exits_1_with_one_message(run: Run, tmp_path: Path) -> None:
    result = run("--facts", str(tmp_path / "missing.json"), "trade")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"kzeu: {tmp_path / 'missing.json'}: no such file\n"


def test_invalid_facts_exit_1_with_field_paths(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["people"][2]["titles"] = "President"
    path = write_facts(facts_data)
    result = run("--facts", str(path), "people")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kzeu: {path}: is not a valid facts file (1 problem):",
        "  people[2].titles: Input should be a valid array (got 'President')",
    ]
    assert "Traceback" not in result.output


def test_bad_usage_exits_2(run: Run) -> None:
    result = run("people", "--format", "xml")
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.stderr
    result = run("nonsense")
    assert result.exit_code == 2
    assert "No such command 'nonsense'" in result.stderr
