"""Every listing command in every format, run through the CLI and parsed back; the options every
command shares (--format, --fields, --facts); filters that match nothing; help; exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import get_args

import pytest

from kzeu import __version__
from kzeu.models import Status
from tests.conftest import FACTS_JSON, Facts
from tests.helpers import Run, Writer, as_csv, as_json, by_id, ok

BRUSSELS = FACTS_JSON.parent / "tests" / "fixtures" / "meetings" / "2024-brussels.json"

# --- people -------------------------------------------------------------------------------------


def test_people_table(run: Run) -> None:
    out = ok(run("people", "-f", "table"))
    for text in ("Murat Nurtleu", "Kaja Kallas", "Kassym-Jomart Tokayev", "Foreign Minister"):
        assert text in out
    assert "kassym-jomart-tokayev" in out
    assert "People — Nurtleu–Kallas meeting, Almaty, 2025-03-28" in out
    assert "Source: the Foreign Ministry’s press service (Astana, 2025-03-28)" in out


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


def test_people_jsonl_is_one_object_a_line(run: Run) -> None:
    lines = ok(run("people", "-f", "jsonl")).splitlines()
    assert [json.loads(line)["id"] for line in lines] == [
        "murat-nurtleu",
        "kaja-kallas",
        "kassym-jomart-tokayev",
    ]


@pytest.mark.parametrize("affiliation", ["kazakhstan", "KAZAKHSTAN", "Kazakhstán"])
def test_people_filter_by_affiliation_ignores_case_and_accents(run: Run, affiliation: str) -> None:
    rows = as_json(run("people", "--affiliation", affiliation, "-f", "json"))
    assert [r["id"] for r in rows] == ["murat-nurtleu", "kassym-jomart-tokayev"]


@pytest.mark.parametrize(
    ("typed", "ids"),
    [
        ("eu", ["kaja-kallas"]),
        ("kaz", ["murat-nurtleu", "kassym-jomart-tokayev"]),
        ("UNION europ", ["kaja-kallas"]),
        ("european-union", ["kaja-kallas"]),
    ],
)
def test_an_affiliation_matches_a_part_of_a_word_any_case(
    run: Run, typed: str, ids: list[str]
) -> None:
    assert [r["id"] for r in as_json(run("people", "-a", typed, "-f", "json"))] == ids


def test_an_affiliation_that_matches_nothing_says_which_there_are(run: Run) -> None:
    result = run("people", "-a", "asean", "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []  # a client parses it; the message is on stderr
    assert result.stderr == (
        "kzeu: no person has the affiliation 'asean'; affiliations: European Union, Kazakhstan\n"
    )


# --- topics -------------------------------------------------------------------------------------


def test_topics_table_shows_the_ids_cite_takes(run: Run) -> None:
    out = ok(run("topics", "-f", "table"))
    assert "Trans-Caspian International Transport Route" in out
    assert "Agenda — Nurtleu–Kallas meeting" in out
    assert re.search(r"Joint practical steps .* trans-caspian-route\n", out)


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


KALLAS_TOPICS = [
    "upcoming-events",
    "transport",
    "logistics",
    "green-energy",
    "climate-change",
    "visa-facilitation",
    "long-term-cooperation",
    "ministerial-meeting-outcomes",
]


@pytest.mark.parametrize("person", ["kaja-kallas", "Kaja Kallas", "kallas", "KALLÁS", "kall"])
def test_topics_raised_by_an_id_a_name_a_surname_or_a_part(run: Run, person: str) -> None:
    rows = as_json(run("topics", "--raised-by", person, "-f", "json"))
    assert [r["id"] for r in rows] == KALLAS_TOPICS


def test_raised_by_nobody_known_lists_who_raised_topics(run: Run) -> None:
    result = run("topics", "--raised-by", "borrell", "-f", "table")
    assert result.exit_code == 1
    assert result.stdout == ""  # a table shows nothing
    assert result.stderr == (
        "kzeu: no person matches 'borrell'; topics were raised by: "
        "Murat Nurtleu (murat-nurtleu), Kaja Kallas (kaja-kallas)\n"
    )


def test_raised_by_a_person_who_raised_nothing_says_so(run: Run) -> None:
    result = run("topics", "-r", "tokayev")
    assert result.exit_code == 1
    assert result.stderr == (
        "kzeu: Kassym-Jomart Tokayev raised no topic; topics were raised by: "
        "Murat Nurtleu (murat-nurtleu), Kaja Kallas (kaja-kallas)\n"
    )


# --- events -------------------------------------------------------------------------------------


def test_events_table_shows_ids_and_statuses(run: Run) -> None:
    out = ok(run("events", "-f", "table"))
    assert re.search(r"Central Asia-EU Summit \(upcoming\) .* central-asia-eu-summit\n", out)


@pytest.mark.parametrize("status", ["held", "Held", "HELD"])
def test_the_status_filter_ignores_case(run: Run, status: str) -> None:
    rows = as_json(run("events", "--status", status, "-f", "json"))
    assert [r["id"] for r in rows] == [
        "nurtleu-kallas-meeting",
        "central-asia-eu-ministerial-meeting",
        "kallas-tokayev-meeting",
    ]


def test_a_status_no_event_has_says_which_there_are(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    for event in facts_data["events"]:
        event["status"] = "held"
    result = run("events", "-s", "upcoming", "--facts", str(write_facts(facts_data)))
    assert result.exit_code == 1
    assert result.stderr == "kzeu: no event has the status 'upcoming'; statuses: held\n"


def test_an_unknown_status_is_bad_usage_naming_the_statuses(run: Run) -> None:
    result = run("events", "--status", "cancelled")
    assert result.exit_code == 2
    assert "'cancelled' is not one of 'held', 'upcoming'." in result.stderr


def test_the_status_choices_come_from_the_model(run: Run) -> None:
    statuses = get_args(Status)
    assert statuses == ("held", "upcoming")
    help_text = " ".join(ok(run("events", "--help")).split())
    assert f"Only events with this status: {' or '.join(statuses)} (any case)." in help_text


# --- trade --------------------------------------------------------------------------------------


def test_trade_table(run: Run) -> None:
    out = ok(run("trade", "-f", "table"))
    for text in ("USD 49.7 billion", "USD 38.6 billion", "USD 11.1 billion", "+16.9%"):
        assert text in out
    assert "USD 200.7 billion" in out
    assert "more than 3,000 companies" in out
    assert "(2005 through the first nine months of 2024)" in out
    assert re.search(r"\nTrade balance +≈ USD 27.5 billion +trade-turnover-balance\n", out)
    assert "≈ derived: computed from the stated figures (kzeu cite ID shows how)." in out


TRADE_KEYS = [
    "id", "label", "kind", "value", "value_exact", "currency", "scale", "unit", "qualifier",
    "period", "figure", "derived", "formula", "quote",
]  # fmt: skip


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
    assert list(rows["trade-turnover"]) == TRADE_KEYS
    assert list(rows["exports-share"]) == TRADE_KEYS


def test_one_number_one_spelling_value_as_shown_value_exact_exact(run: Run) -> None:
    rows = by_id(as_json(run("trade", "-f", "json")))
    share = rows["exports-share"]
    assert share["value"] == Decimal("77.7")  # as the table shows it
    assert share["value_exact"] == "77.66599597585513078470824950"
    assert Decimal(share["value_exact"]) == Decimal("38.6") / Decimal("49.7") * 100
    assert rows["trade-turnover-previous"]["value"] == Decimal("42.5")
    assert rows["trade-turnover-previous"]["value_exact"].startswith("42.514970059880")
    # A stated figure is exact as it is.
    assert rows["imports"]["value_exact"] == "11.1"
    assert rows["leading-partner"]["value"] is None
    assert rows["leading-partner"]["value_exact"] is None


def test_trade_derived_rows(run: Run) -> None:
    rows = by_id(as_json(run("trade", "-f", "json")))
    balance = rows["trade-turnover-balance"]
    assert balance["value"] == Decimal("27.5")
    assert balance["value_exact"] == "27.5"
    assert balance["derived"] is True
    assert balance["formula"] == "exports − imports"
    assert balance["quote"] is None


def test_trade_no_derived(run: Run) -> None:
    rows = as_json(run("trade", "--no-derived", "-f", "json"))
    assert len(rows) == 7
    assert not any(r["derived"] for r in rows)


def test_trade_csv(run: Run) -> None:
    lines = ok(run("trade", "-f", "csv")).splitlines()
    assert lines[0] == ",".join(TRADE_KEYS)
    rows = by_id(as_csv(run("trade", "-f", "csv")))
    assert rows["trade-turnover"]["value"] == "49.7"
    assert rows["trade-turnover"]["figure"] == "$49.7 billion"
    # A figure that is only a signed percentage stays a number for a spreadsheet.
    assert rows["trade-turnover-change"]["figure"] == "+16.9%"
    assert rows["trade-turnover-change"]["value"] == "16.9"
    assert rows["trade-turnover-balance"]["derived"] == "true"
    assert rows["imports-share"]["value"] == "22.3"
    assert rows["imports-share"]["value_exact"] == "22.33400402414486921529175050"


def test_trade_markdown(run: Run) -> None:
    lines = ok(run("trade", "-f", "markdown")).splitlines()
    assert lines[0].startswith("| id | label | kind | value | value_exact |")
    assert "| trade-turnover | Trade turnover | amount | 49.7 | 49.7 | USD | billion |" in lines[3]


# --- --fields, in every format ------------------------------------------------------------------


def test_fields_in_json_jsonl_csv_and_markdown(run: Run) -> None:
    rows = as_json(run("people", "--fields", "name,id", "-f", "json"))
    assert rows[0] == {"name": "Murat Nurtleu", "id": "murat-nurtleu"}
    jsonl = ok(run("people", "--fields", "id", "-f", "jsonl")).splitlines()
    assert jsonl == [
        '{"id": "murat-nurtleu"}',
        '{"id": "kaja-kallas"}',
        '{"id": "kassym-jomart-tokayev"}',
    ]
    assert ok(run("trade", "--fields", "id,value,value_exact", "-f", "csv")).splitlines()[:3] == [
        "id,value,value_exact",
        "leading-partner,,",
        "trade-turnover,49.7,49.7",
    ]
    assert ok(run("people", "--fields", "id, name", "-f", "markdown")).splitlines() == [
        "| id | name |",
        "|---|---|",
        "| murat-nurtleu | Murat Nurtleu |",
        "| kaja-kallas | Kaja Kallas |",
        "| kassym-jomart-tokayev | Kassym-Jomart Tokayev |",
    ]


def test_fields_choose_the_table_columns(run: Run) -> None:
    lines = ok(run("people", "--fields", "id,role", "-f", "table")).splitlines()
    assert lines[1].split() == ["ID", "Role"]
    assert "Titles" not in "\n".join(lines)
    # A column the table does not draw by itself is headed by its key as words.
    lines = ok(run("trade", "--fields", "label,value_exact", "-f", "table")).splitlines()
    assert lines[1].split() == ["Label", "Value", "exact"]
    html = ok(run("events", "--fields", "id,status", "-f", "html"))
    assert '<th scope="col">Status</th>' in html
    assert "upcoming" in html
    assert "Samarkand" not in html


def test_fields_of_a_record_choose_its_fields(run: Run) -> None:
    out = ok(run("cite", "imports", "--fields", "value,quote", "-f", "json"))
    assert json.loads(out, parse_float=Decimal) == {
        "value": Decimal("11.1"),
        "quote": "$11.1 billion in imports",
    }
    assert ok(run("cite", "imports", "--fields", "id,value", "-f", "csv")).splitlines() == [
        "field,value",
        "id,imports",
        "value,11.1",
    ]


def test_fields_of_the_export_summary(run: Run, tmp_path: Path) -> None:
    out = ok(run("export", "--sqlite", str(tmp_path / "m.db"), "--fields", "rows", "-f", "csv"))
    assert out.splitlines() == ["rows", "1", "27", "3", "4", "13", "12", "1", "0"]


def test_fields_given_before_the_command(run: Run) -> None:
    assert as_json(run("-f", "json", "--fields", "id", "people")) == [
        {"id": "murat-nurtleu"},
        {"id": "kaja-kallas"},
        {"id": "kassym-jomart-tokayev"},
    ]


def test_an_unknown_field_lists_the_valid_ones(run: Run) -> None:
    result = run("people", "--fields", "id,nam", "-f", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "kzeu: --fields: unknown field 'nam'; valid fields: id, name, titles, affiliation, "
        "role, quote\nTry 'kzeu people -h' for help.\n"
    )


# --- formats ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["JSON", "Json", "json"])
def test_format_is_case_insensitive(run: Run, fmt: str) -> None:
    assert as_json(run("people", "-f", fmt))[0]["id"] == "murat-nurtleu"


def test_a_near_miss_of_a_format_suggests_it(run: Run) -> None:
    result = run("people", "-f", "jsn")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        "'jsn' is not one of 'table', 'tsv', 'json', 'jsonl', 'csv', 'markdown', 'html', 'svg'; "
        "did you mean 'json'?"
    ) in " ".join(result.stderr.split())


def test_bad_usage_exits_2(run: Run) -> None:
    result = run("people", "--format", "xml")
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.stderr
    result = run("nonsense")
    assert result.exit_code == 2
    assert result.stderr == "kzeu: no such command 'nonsense'.\nTry 'kzeu -h' for help.\n"


def test_the_format_before_the_command_gives_the_overview(run: Run) -> None:
    overview = as_json(run("-f", "json"))
    assert isinstance(overview, dict)
    assert overview["where"] == "Almaty"


# --- global options, help -----------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(run: Run, flag: str) -> None:
    assert ok(run(flag)) == f"kzeu {__version__}\n"


COMMANDS = [
    "overview",
    "meetings",
    "people",
    "topics",
    "events",
    "trade",
    "search",
    "cite",
    "source",
    "check",
    "draft",
    "review",
    "export",
    "schema",
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run: Run, command: str) -> None:
    out = ok(run(command, "--help"))
    assert out.startswith(f"Usage: kzeu {command} ")
    examples = out.split("Examples:\n\n")[1].splitlines()
    assert len(examples) >= 1
    assert all(line.split()[0] in ("kzeu", "sqlite3") for line in examples)
    assert ";" not in "".join(examples)
    if command not in ("draft", "schema"):
        assert "--format FORMAT" in out


def test_the_top_level_help_lists_every_command_in_whole_sentences(run: Run) -> None:
    out = ok(run("--help"))
    lines = [line for line in out.split("Commands:")[1].splitlines() if line.startswith("  ")]
    listed = {line.split()[0]: line.split(maxsplit=1)[1] for line in lines[: len(COMMANDS)]}
    assert sorted(listed) == sorted(COMMANDS)
    for command, summary in listed.items():
        assert summary[0].isupper(), command
        assert summary.endswith("."), command
        assert "..." not in summary


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_metavars_are_words_in_capitals(run: Run, command: str) -> None:
    out = ok(run(*command.split(), "--help"))
    for option in re.findall(r"^ +(-[-\w, ]+?)(?:  |$)", out, re.MULTILINE):
        *_, last = option.split()
        if not last.startswith("-"):  # the option takes a value: its metavar
            assert re.fullmatch(r"[A-Z][A-Z\-]*|YYYY-MM-DD", last), (command, option)
    assert not re.search(r"<\w+>|\{\w+\}", out), command  # Typer's <str>, {ID}


# --- --facts and KZEU_FACTS ---------------------------------------------------------------------


def test_facts_option_and_environment(run: Run, facts_data: Facts, write_facts: Writer) -> None:
    facts_data["people"][0]["role"] = "From another file"
    path = str(write_facts(facts_data))
    assert as_json(run("--facts", path, "people", "-f", "json"))[0]["role"] == "From another file"
    assert as_json(run("people", "--facts", path, "-f", "json"))[0]["role"] == "From another file"
    env = {"KZEU_FACTS": path}
    assert as_json(run("people", "-f", "json", env=env))[0]["role"] == "From another file"


def test_every_facts_option_is_read(run: Run, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.json")
    result = run("--facts", missing, "people", "--facts", str(FACTS_JSON), "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr == f"kzeu: {missing}: no such file\n"


def test_facts_from_standard_input(run: Run, facts_data: Facts) -> None:
    facts_data["people"][1]["role"] = "Read from stdin"
    text = json.dumps(facts_data, ensure_ascii=False)
    result = run("people", "--facts", "-", "-f", "json", input=text)
    assert json.loads(ok(result))[1]["role"] == "Read from stdin"
    checked = run("check", "--facts", "-", "-f", "json", input=text)
    assert {r["status"] for r in json.loads(ok(checked))} == {"pass"}


def test_a_bad_facts_file_on_standard_input_is_named_so(run: Run) -> None:
    result = run("--facts", "-", "people", input="{")
    assert result.exit_code == 1
    assert result.stderr.startswith("kzeu: <stdin>: is not valid JSON")
    result = run("--facts", "-", "people", input="")
    assert result.stderr == "kzeu: <stdin>: is empty\n"


def test_an_error_in_a_path_from_kzeu_facts_says_so(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    result = run("people", env={"KZEU_FACTS": str(missing)})
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"kzeu: {missing} (from KZEU_FACTS): no such file")
    # The same path given with --facts is the user's own, and named plainly.
    result = run("people", "--facts", str(missing))
    assert result.stderr.startswith(f"kzeu: {missing}: no such file")


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


@pytest.mark.parametrize("command", ["", *COMMANDS, "help"])
def test_every_example_fits_a_terminal_of_60_columns(command: str) -> None:
    # A line as wide as the terminal or wider is broken by it, its rest starting at column 0.
    from typer.testing import CliRunner

    from kzeu.cli import app

    args = [*command.split(), "--help"]
    out = ok(CliRunner(env={"KZEU_FACTS": None}).invoke(app, args, terminal_width=60))
    examples = out.split("Examples:\n\n")[1].splitlines()
    assert examples, command
    for line in examples:
        assert re.match(r"    (kzeu|sqlite3)\b", line), (command, line)
        assert len(line) < 60, (command, line)
    assert max(len(line) for line in out.splitlines()) <= 60, command


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "markdown"])
@pytest.mark.parametrize(
    ("empty", "full", "message"),
    [
        (("search", "zzz"), ("search", "trade"), "no fact matches 'zzz'"),
        (("people", "-a", "zzz"), ("people",), "no person has the affiliation 'zzz'"),
        (("topics", "-r", "zzz"), ("topics",), "no person matches 'zzz'"),
        (
            ("events", "-s", "upcoming", "--facts", str(BRUSSELS)),
            ("events",),
            "no event has the status 'upcoming'",
        ),
        (("trade", "--label", "zzz"), ("trade",), "no figure matches --label 'zzz'"),
    ],
)
def test_an_empty_result_is_the_formats_empty_document(
    run: Run, fmt: str, empty: tuple[str, ...], full: tuple[str, ...], message: str
) -> None:
    # A client parsing stdout gets a valid document with the listing's keys and no row.
    keys = list(as_json(run(*full, "-f", "json"))[0])
    result = run(*empty, "-f", fmt)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kzeu: {message}")
    assert result.stderr.count("\n") == 1
    out = result.stdout
    if fmt == "json":
        assert json.loads(out) == []
    elif fmt == "jsonl":
        assert out == ""
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(out))) == [keys]
    elif fmt == "tsv":
        assert out == "\t".join(keys) + "\n"
    else:
        head, rule = out.splitlines()
        assert head == "| " + " | ".join(keys) + " |"
        assert re.fullmatch(r"(\|---:?)+\|", rule)
        assert rule.count("|") == len(keys) + 1
    chosen = run(*empty, "-f", fmt, "--fields", f"{keys[1]},{keys[0]}")
    if fmt in ("csv", "tsv"):
        assert chosen.stdout.splitlines()[0] == (keys[1] + "," + keys[0]).replace(
            ",", "," if fmt == "csv" else "\t"
        )
    bad = run(*empty, "-f", fmt, "--fields", "nosuchkey")
    assert (bad.exit_code, bad.stdout) == (2, "")  # bad usage comes first
    assert bad.stderr.startswith("kzeu: --fields: unknown field 'nosuchkey'")
    for drawn in (("-f", "table"), ("-f", "html"), ("-f", "svg")):
        shown = run(*empty, *drawn)
        assert (shown.exit_code, shown.stdout) == (1, "")
        assert shown.stderr.startswith(f"kzeu: {message}")
