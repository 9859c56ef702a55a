"""Many meetings: several facts files in every view (kzeu.meetings, kzeu.views).

The three files under tests/fixtures/meetings/ are invented: Tashkent (2023, no figures),
Brussels (2024, figures in EUR) and Astana (2025, figures in USD, one person spelled "ANA
RAMIREZ" with another id where Brussels has "Ana Ramírez"). The shipped facts.json (2025-03-28)
falls between the last two.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from kzeu.meetings import load_meetings
from kzeu.render import CHART_FORMATS
from tests.conftest import FACTS_JSON, ROOT, Facts
from tests.helpers import Run, as_csv, as_json, ok
from tests.test_views_property import FORMATS, assert_no_bug
from tests.test_views_property import as_json as property_json
from tests.test_views_property import facts_files as property_facts
from tests.test_views_property import run as run_property

MEETINGS = ROOT / "tests" / "fixtures" / "meetings"
FOLDER = str(MEETINGS)
SHIPPED = str(FACTS_JSON)
# The four meetings in date order, as keyed.
ORDER = ["tashkent-meeting", "brussels-talks", "nurtleu-kallas-meeting", "astana-talks"]


def four(*args: str) -> list[str]:
    """Return the arguments that read the fixtures' folder and the shipped file."""
    return ["--facts", FOLDER, "--facts", SHIPPED, *args]


def in_date_order(keys: list[str]) -> bool:
    positions = [ORDER.index(k) for k in keys]
    return positions == sorted(positions)


# --- kzeu meetings ------------------------------------------------------------------------------


def test_meetings_lists_each_file_in_date_order_with_counts(run: Run) -> None:
    rows = as_csv(run(*four("meetings", "-f", "csv")))
    assert [r["meeting"] for r in rows] == ORDER
    assert [r["date"] for r in rows] == ["2023-02-02", "2024-06-10", "2025-03-28", "2025-11-20"]
    assert rows[0] == {
        "meeting": "tashkent-meeting",
        "date": "2023-02-02",
        "name": "Saidov–Hakala meeting",
        "place": "Tashkent",
        "participants": "Bakhtiyor Saidov; Terhi Hakala",
        "people": "2",
        "events": "2",
        "topics": "1",
        "statistics": "0",
        "file": str(MEETINGS / "2023-tashkent.json"),
    }
    assert rows[2]["file"] == SHIPPED
    assert [r["statistics"] for r in rows] == ["0", "3", "7", "4"]


def test_meetings_as_json_and_with_one_meeting(run: Run) -> None:
    rows = as_json(run(*four("meetings", "-f", "json")))
    assert rows[3]["participants"] == ["Daulet Serikbayev", "ANA RAMIREZ"]
    assert rows[3]["people"] == 2
    one = as_json(run("meetings", "-f", "json"))
    assert [(r["meeting"], r["date"], r["place"]) for r in one] == [
        ("nurtleu-kallas-meeting", "2025-03-28", "Almaty")
    ]


def test_the_overview_of_several_meetings_lists_them(run: Run) -> None:
    out = ok(run(*four("-f", "tsv", "--fields", "meeting,date,place")))
    assert out.splitlines() == [
        "meeting\tdate\tplace",
        "tashkent-meeting\t2023-02-02\tTashkent",
        "brussels-talks\t2024-06-10\tBrussels",
        "nurtleu-kallas-meeting\t2025-03-28\tAlmaty",
        "astana-talks\t2025-11-20\tAstana",
    ]


# --- the meeting key, first, in every format and every view -------------------------------------

VIEWS = [
    ["people"],
    ["topics"],
    ["events"],
    ["trade"],
    ["search", "trade"],
    ["source"],
    ["meetings"],
]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v[0])
def test_every_view_of_several_meetings_leads_with_the_meeting(run: Run, view: list[str]) -> None:
    rows = as_json(run(*four(*view, "-f", "json")))
    assert rows
    assert all(next(iter(row)) == "meeting" for row in rows)
    keys = [k for row in rows for k in (row["meeting"] if view == ["people"] else [row["meeting"]])]
    assert set(keys) <= set(ORDER)
    if view != ["people"]:
        assert in_date_order(keys)


def _first_keys(fmt: str, out: str) -> tuple[str, list[str]]:
    """Return the first key or header of ``out`` and the meeting of every row."""
    if fmt == "json":
        rows = json.loads(out)
        return next(iter(rows[0])), [r["meeting"] for r in rows]
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        return next(iter(rows[0])), [r["meeting"] for r in rows]
    if fmt == "csv":
        table = list(csv.reader(io.StringIO(out)))
        return table[0][0], [r[0] for r in table[1:]]
    if fmt == "tsv":
        table = [line.split("\t") for line in out.splitlines()]
        return table[0][0], [r[0] for r in table[1:]]
    lines = [line.split("|")[1].strip() for line in out.splitlines() if line.startswith("|")]
    return lines[0], lines[2:]  # markdown: header, rule, rows


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "markdown"])
def test_the_meeting_key_is_first_in_every_format(run: Run, fmt: str) -> None:
    first, meetings = _first_keys(fmt, ok(run(*four("topics", "-f", fmt))))
    assert first == "meeting"
    assert meetings[:1] == ["tashkent-meeting"]
    assert meetings[-2:] == ["astana-talks", "astana-talks"]
    assert in_date_order(meetings)
    assert meetings.count("nurtleu-kallas-meeting") == 13


def test_a_table_of_several_meetings_has_a_heading_per_meeting(run: Run) -> None:
    out = ok(run(*four("events", "-f", "table", "--no-pager")))
    lines = out.splitlines()
    assert lines[0] == "Events — 4 meetings, 2023-02-02 to 2025-11-20"
    assert lines[1].split()[0] == "Event"
    assert lines[3] == "tashkent-meeting"
    assert lines[4].startswith("Saidov–Hakala meeting (held) ")
    assert [line for line in lines if line in ORDER] == ORDER
    assert "Sources: 4 reports (kzeu meetings lists them)" in lines
    # Asked for by name, the meeting is a column again; the data formats always have it.
    asked = ok(run(*four("events", "-f", "table", "--fields", "meeting,name")))
    assert asked.splitlines()[3].split()[0] == "tashkent-meeting"
    assert as_csv(run(*four("events", "-f", "csv")))[0]["meeting"] == "tashkent-meeting"


def test_one_meeting_is_shown_exactly_as_before(run: Run, tmp_path: Path) -> None:
    shutil.copy(FACTS_JSON, tmp_path / "only.json")
    for view in (["people", "-f", "json"], ["trade", "-f", "csv"], ["-f", "json"], ["source"]):
        assert ok(run("--facts", str(tmp_path), *view)) == ok(run(*view))
        assert ok(run(*view)) == ok(run("--facts", SHIPPED, *view))


# --- people across meetings ---------------------------------------------------------------------


def test_a_person_in_two_meetings_is_one_row_by_name_or_by_id(run: Run) -> None:
    rows = {r["id"]: r for r in as_json(run("--facts", FOLDER, "people", "-f", "json"))}
    assert list(rows) == ["bakhtiyor-saidov", "terhi-hakala", "ana-ramirez", "daulet-serikbayev"]
    ana = rows["ana-ramirez"]  # "Ana Ramírez" in Brussels, "ANA RAMIREZ" (a-ramirez) in Astana
    assert ana["meeting"] == ["brussels-talks", "astana-talks"]
    assert ana["name"] == "Ana Ramírez"
    assert ana["titles"] == [
        "European Commissioner for Trade",
        "EU Commissioner for Trade and Economic Security",
    ]
    assert [(h["date"], h["id"], h["name"]) for h in ana["history"]] == [
        ("2024-06-10", "ana-ramirez", "Ana Ramírez"),
        ("2025-11-20", "a-ramirez", "ANA RAMIREZ"),
    ]
    assert rows["daulet-serikbayev"]["meeting"] == ["brussels-talks", "astana-talks"]
    assert rows["daulet-serikbayev"]["titles"] == ["Minister of Trade"]
    assert rows["terhi-hakala"]["meeting"] == ["tashkent-meeting"]


def test_people_of_several_meetings_as_csv_and_as_a_table(run: Run) -> None:
    rows = as_csv(run("--facts", FOLDER, "people", "-f", "csv", "--fields", "meeting,name"))
    assert rows[2] == {"meeting": "brussels-talks; astana-talks", "name": "Ana Ramírez"}
    table = ok(run("--facts", FOLDER, "people", "-f", "table", "--no-pager"))
    assert "2024-06-10: European Commissioner for Trade" in table
    assert "2025-11-20: EU Commissioner for Trade and Economic" in table


def test_the_affiliation_filter_works_across_meetings(run: Run) -> None:
    rows = as_json(run(*four("people", "-a", "union", "-f", "json", "--fields", "id,meeting")))
    assert rows == [
        {"id": "terhi-hakala", "meeting": ["tashkent-meeting"]},
        {"id": "ana-ramirez", "meeting": ["brussels-talks", "astana-talks"]},
        {"id": "kaja-kallas", "meeting": ["nurtleu-kallas-meeting"]},
    ]
    result = run(*four("people", "-a", "asean"))
    # To a pipe: the header of the keys people across meetings has, and no row.
    assert (result.exit_code, result.stdout) == (
        1,
        "meeting\tid\tname\ttitles\taffiliation\thistory\n",
    )
    assert result.stderr == (
        "kzeu: no person has the affiliation 'asean'; affiliations: European Union,"
        " Kazakhstan, Uzbekistan\n"
    )


def test_topics_raised_by_a_person_across_meetings(run: Run) -> None:
    rows = as_json(run(*four("topics", "-r", "serikbayev", "-f", "json")))
    assert [(r["meeting"], r["id"]) for r in rows] == [
        ("astana-talks", "trans-caspian-route"),
        ("astana-talks", "raw-materials"),
    ]
    result = run(*four("topics", "-r", "nobody"))
    assert result.exit_code == 1
    assert result.stderr.startswith("kzeu: no person matches 'nobody'; topics were raised by: ")
    assert "Daulet Serikbayev (daulet-serikbayev)" in result.stderr
    assert "Kaja Kallas (kaja-kallas)" in result.stderr


# --- search and cite ----------------------------------------------------------------------------


def test_search_looks_in_every_meeting(run: Run) -> None:
    rows = as_csv(run(*four("search", "raw", "materials", "-f", "csv", "--fields", "meeting,id")))
    assert sorted({(r["meeting"], r["id"]) for r in rows}) == [
        ("astana-talks", "raw-materials"),
        ("brussels-talks", "brussels-talks"),
        ("brussels-talks", "raw-materials"),
    ]
    result = run(*four("search", "zzzz"))
    assert (result.exit_code, result.stderr) == (1, "kzeu: no fact matches 'zzzz'\n")


def test_cite_meeting_slash_id(run: Run) -> None:
    record = json.loads(ok(run(*four("cite", "Astana-Talks/trade-turnover", "-f", "json"))))
    assert record["meeting"] == "astana-talks"
    assert str(record["value"]) == "41.3"
    assert record["quote"] == (
        "In the first nine months of 2025 trade turnover reached USD 41.3 billion"
    )
    derived = json.loads(
        ok(run(*four("cite", "brussels-talks/trade-turnover-balance", "-f", "json")))
    )
    assert str(derived["value"]) == "21.0"


def test_a_bare_id_in_one_meeting_is_cited(run: Run) -> None:
    out = ok(run(*four("cite", "water-management", "--fields", "meeting,id,quote", "-f", "tsv")))
    assert out.splitlines() == [
        "field\tvalue",
        "meeting\ttashkent-meeting",
        "id\twater-management",
        "quote\twater management",
    ]


def test_a_bare_id_in_several_meetings_is_refused_with_the_candidates(run: Run) -> None:
    result = run(*four("cite", "trade-turnover"))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "kzeu: the id 'trade-turnover' is in 3 meetings: brussels-talks/trade-turnover,"
        " nurtleu-kallas-meeting/trade-turnover, astana-talks/trade-turnover; cite one as"
        " MEETING/ID\nTry 'kzeu cite -h' for help.\n"
    )


def test_cite_an_unknown_meeting_or_id(run: Run) -> None:
    result = run(*four("cite", "paris/imports"))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "kzeu: no meeting has the key 'paris'; meetings: tashkent-meeting, brussels-talks,"
    )
    result = run(*four("cite", "astana-talks/import"))
    assert result.exit_code == 2
    assert "did you mean: astana-talks/imports" in result.stderr


# --- trade: filters and the series over time ----------------------------------------------------


def test_trade_lists_each_reports_figures_with_its_date_and_period(run: Run) -> None:
    out = ok(
        run(
            *four(
                "trade",
                "--flow",
                "turnover",
                "-f",
                "csv",
                "--fields",
                "meeting,date,value,currency,period,quote",
            )
        )
    )
    assert out.splitlines() == [
        "meeting,date,value,currency,period,quote",
        "brussels-talks,2024-06-10,39.4,EUR,2023,Trade turnover between the European Union and"
        " Kazakhstan reached EUR 39.4 billion in 2023",
        "nurtleu-kallas-meeting,2025-03-28,49.7,USD,,The trade turnover between Kazakhstan and"
        " the European Union reached $49.7 billion (+16.9%)",
        "astana-talks,2025-11-20,41.3,USD,the first nine months of 2025,In the first nine months"
        " of 2025 trade turnover reached USD 41.3 billion",
    ]


def test_trade_derives_per_meeting_and_filters_by_currency_and_label(run: Run) -> None:
    rows = as_json(run(*four("trade", "--currency", "eur", "-f", "json")))
    assert {r["meeting"] for r in rows} == {"brussels-talks"}
    # A share or a coverage is in per cent, in no currency: the balance alone is kept.
    assert [r["id"] for r in rows if r["derived"]] == ["trade-turnover-balance"]
    rows = as_json(run(*four("trade", "--label", "balance", "-f", "json")))
    assert [(r["meeting"], str(r["value"])) for r in rows] == [
        ("brussels-talks", "21.0"),
        ("nurtleu-kallas-meeting", "27.5"),
        ("astana-talks", "22.5"),
    ]


def test_trade_filters_with_one_meeting(run: Run) -> None:
    assert as_csv(run("trade", "--flow", "export", "-f", "csv", "--fields", "id")) == [
        {"id": "exports"}
    ]
    result = run("trade", "--currency", "eur", "-f", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (1, [])
    assert result.stderr == "kzeu: no figure matches --currency 'eur'; currencies: USD\n"
    result = run("trade", "--flow", "")
    assert result.exit_code == 2


def test_the_chart_draws_a_filtered_series_over_time(run: Run) -> None:
    out = ok(
        run(*four("trade", "--chart", "--flow", "turnover", "--currency", "usd", "-f", "table"))
    )
    assert out.splitlines() == [
        "Trade — 2 meetings, 2025-03-28 to 2025-11-20",  # the meetings charted, of 4 read
        " Trade turnover",
        " 2025-03-28  ########################################  USD 49.7 billion",
        " 2025-11-20  #################################         USD 41.3 billion",
        "Sources: 4 reports (kzeu meetings lists them)",
    ]
    mixed = run(*four("trade", "--chart", "--flow", "turnover"))
    assert (mixed.exit_code, mixed.stdout) == (1, "")
    assert mixed.stderr == (
        "kzeu: the figures to chart are in EUR, USD: keep one with --currency or --label\n"
    )


def test_a_chart_series_over_time_is_one_measure(run: Run) -> None:
    # USD keeps the shipped file's investment total (2005 to 2024) beside the yearly trade
    # figures: it is a series of its own, never a bar among the turnovers.
    out = ok(run(*four("trade", "--chart", "--currency", "usd", "-f", "table")))
    lines = out.splitlines()
    headings = [line.strip() for line in lines[1:-1] if "#" not in line]
    assert headings == [
        "Trade turnover",
        "Exports",
        "Imports",
        "Gross inflow of direct investment from EU countries",
    ]
    series: dict[str, list[str]] = {}
    heading = ""
    for line in lines[1:-1]:
        if "#" in line:
            series[heading].append(" ".join(line.replace("#", " ").split()))
        else:
            heading = line.strip()
            series[heading] = []
    assert series == {
        "Trade turnover": ["2025-03-28 USD 49.7 billion", "2025-11-20 USD 41.3 billion"],
        "Exports": ["2025-03-28 USD 38.6 billion", "2025-11-20 USD 31.9 billion"],
        "Imports": ["2025-03-28 USD 11.1 billion", "2025-11-20 USD 9.4 billion"],
        "Gross inflow of direct investment from EU countries": ["2025-03-28 USD 200.7 billion"],
    }
    html = ok(run(*four("trade", "--chart", "--currency", "usd", "-f", "html")))
    assert html.count('<th scope="rowgroup" colspan="3">') == 4


# --- loading: folders, the environment, failures -------------------------------------------------


def test_kzeu_facts_may_name_a_folder_or_several_paths(run: Run) -> None:
    env: dict[str, str | None] = {"KZEU_FACTS": FOLDER}
    assert [r["meeting"] for r in as_json(run("meetings", "-f", "json", env=env))] == [
        "tashkent-meeting",
        "brussels-talks",
        "astana-talks",
    ]
    env = {"KZEU_FACTS": os.pathsep.join([SHIPPED, str(MEETINGS / "2023-tashkent.json")])}
    assert [r["meeting"] for r in as_json(run("meetings", "-f", "json", env=env))] == [
        "tashkent-meeting",
        "nurtleu-kallas-meeting",
    ]


def _broken_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "meetings"
    shutil.copytree(MEETINGS, folder)
    (folder / "2024-broken.json").write_text("{not json", encoding="utf-8")
    (folder / "notes.txt").write_text("not read", encoding="utf-8")
    return folder


def test_a_file_that_fails_stops_the_command_naming_it(run: Run, tmp_path: Path) -> None:
    folder = _broken_folder(tmp_path)
    result = run("--facts", str(folder), "people")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(f"kzeu: {folder / '2024-broken.json'}: is not valid JSON")


def test_keep_going_shows_the_rest_and_exits_1(run: Run, tmp_path: Path) -> None:
    folder = _broken_folder(tmp_path)
    result = run("--facts", str(folder), "meetings", "--keep-going", "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kzeu: {folder / '2024-broken.json'}: is not valid JSON")
    assert result.stderr.count("\n") == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["meeting"] for r in rows] == ["tashkent-meeting", "brussels-talks", "astana-talks"]


def test_keep_going_with_nothing_usable(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    result = run("--keep-going", "--facts", str(bad), "people")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == "kzeu: no facts file could be used"


def test_keep_going_does_not_apply_to_draft(run: Run) -> None:
    result = run("--keep-going", "draft", "x.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("kzeu: --keep-going does not apply to kzeu draft")


def test_the_same_meeting_in_two_files_is_refused(run: Run, tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    shutil.copy(FACTS_JSON, copy)
    result = run("--facts", SHIPPED, "--facts", str(copy), "people")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"kzeu: {copy}: holds the same report and meeting as {SHIPPED}: give each meeting once\n"
    )


def _meeting(data: Facts, name: str, day: str | None) -> Facts:
    """Return ``data`` (the shipped facts) as another report of a meeting with the same id."""
    changed: dict[str, Any] = json.loads(json.dumps(data))
    changed["source"]["text"] += f"\nAnother report {name}."
    for event in changed["events"]:
        if event["id"] == changed["meeting"]:
            event["date"] = day
    changed["source"]["published"] = day
    changed["source"]["published_quote"] = None
    return changed


def test_meetings_sharing_an_id_are_keyed_by_date(run: Run, tmp_path: Path, shipped: Facts) -> None:
    for name, day in (("a.json", "2026-01-05"), ("b.json", None), ("c.json", "2026-01-05")):
        text = json.dumps(_meeting(shipped, name, day), ensure_ascii=False)
        (tmp_path / name).write_text(text, encoding="utf-8")
    rows = as_csv(run("--facts", str(tmp_path), "--facts", SHIPPED, "meetings", "-f", "csv"))
    assert [(r["meeting"], r["file"]) for r in rows] == [
        ("2025-03-28-nurtleu-kallas-meeting", SHIPPED),
        ("2026-01-05-nurtleu-kallas-meeting", str(tmp_path / "a.json")),
        ("2026-01-05-nurtleu-kallas-meeting-2", str(tmp_path / "c.json")),
        ("undated-nurtleu-kallas-meeting", str(tmp_path / "b.json")),
    ]


def test_load_meetings_is_the_api_of_the_collection() -> None:
    listed = load_meetings([FOLDER, SHIPPED])
    assert [m.key for m in listed] == ORDER
    assert [m.day for m in listed] == ["2023-02-02", "2024-06-10", "2025-03-28", "2025-11-20"]
    assert listed.by_key("ASTANA-TALKS") is listed.items[3]
    assert listed.span() == "4 meetings, 2023-02-02 to 2025-11-20"


# --- check and completion of several files ------------------------------------------------------


def test_check_checks_every_file_under_its_name(run: Run, tmp_path: Path) -> None:
    folder = _broken_folder(tmp_path)
    result = run("check", "--facts", str(folder), "-f", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert next(iter(rows[0])) == "file"
    files = list(dict.fromkeys(r["file"] for r in rows))
    assert files == [str(folder / n) for n in sorted(p.name for p in folder.glob("*.json"))]
    failed = [(Path(r["file"]).name, r["check"]) for r in rows if r["status"] == "fail"]
    assert failed == [("2024-broken.json", "JSON syntax")]
    table = run("check", "--facts", str(folder), "-f", "table")
    assert table.stdout.splitlines()[-1] == "1 check failed in 1 file"
    assert [r["status"] for r in rows if r["check"] == "quotes verbatim"] == [
        "pass",
        "skip",
        "pass",
        "pass",
    ]


def test_cite_completes_meeting_slash_id_across_meetings(run: Run) -> None:
    result = run(
        env={
            "_KZEU_COMPLETE": "complete_bash",
            "COMP_WORDS": "\n".join(["kzeu", "--facts", FOLDER, "cite", "astana-talks/imp"]),
            "COMP_CWORD": "4",
        },
    )
    assert result.stdout == "astana-talks/imports\nastana-talks/imports-share\n"


# --- any valid files: every view of several meetings gives output or one clean error ------------


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(first=property_facts(), second=property_facts(), third=property_facts())
def test_every_view_of_generated_meetings_exits_0_or_1(
    first: dict[str, Any], second: dict[str, Any], third: dict[str, Any]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, data in (("a.json", first), ("b.json", second), ("c.json", third)):
            (Path(folder) / name).write_text(property_json(data), encoding="utf-8")
        views = [(), ("meetings",), ("people",), ("topics",), ("events",), ("trade",)]
        views += [("source",), ("check",), ("search", "met"), ("trade", "--flow", "turnover")]
        views += [("people", "-a", "e"), ("cite", "source"), ("cite", "x/y")]
        for view in views:
            for fmt in FORMATS:
                args = (*view, "-f", fmt)
                result = run_property(Path(folder), *args)
                codes = (0, 1, 2) if view[:1] == ("cite",) else (0, 1)
                assert_no_bug(result, args, codes)
        for fmt in CHART_FORMATS:
            args = ("trade", "--chart", "--currency", "usd", "-f", fmt.value)
            assert_no_bug(run_property(Path(folder), *args), args)


def test_standard_input_is_one_of_the_meetings(run: Run) -> None:
    tashkent = str(MEETINGS / "2023-tashkent.json")
    shipped = FACTS_JSON.read_text(encoding="utf-8")
    result = run("--facts", "-", "--facts", tashkent, "meetings", "-f", "csv", input=shipped)
    assert [(r["meeting"], r["file"]) for r in as_csv(result)] == [
        ("tashkent-meeting", tashkent),
        ("nurtleu-kallas-meeting", "<stdin>"),
    ]


def test_a_failing_file_of_a_folder_from_the_environment_says_so(run: Run, tmp_path: Path) -> None:
    folder = _broken_folder(tmp_path)
    result = run("people", "--keep-going", "-f", "csv", env={"KZEU_FACTS": str(folder)})
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"kzeu: {folder / '2024-broken.json'} (from KZEU_FACTS): is not valid JSON"
    )
    assert len(as_csv_text(result.stdout)) == 4


def as_csv_text(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_an_empty_folder_is_named(run: Run, tmp_path: Path) -> None:
    result = run("--facts", str(tmp_path), "people")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"kzeu: {tmp_path}: is a folder that holds no *.json file\n"
    check = run("check", "--facts", str(tmp_path))
    assert (check.exit_code, check.stderr) == (1, result.stderr)


def test_the_status_filter_works_across_meetings(run: Run) -> None:
    rows = as_csv(run(*four("events", "-s", "upcoming", "-f", "csv", "--fields", "meeting,id")))
    assert rows == [
        {"meeting": "tashkent-meeting", "id": "economic-forum"},
        {"meeting": "nurtleu-kallas-meeting", "id": "central-asia-eu-summit"},
    ]


def test_keep_going_sets_a_second_copy_of_a_meeting_aside(run: Run, tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"
    shutil.copy(FACTS_JSON, copy)
    tashkent = str(MEETINGS / "2023-tashkent.json")
    result = run(
        "--keep-going", *["--facts", SHIPPED, "--facts", str(copy), "--facts", tashkent],
        "meetings", "-f", "csv", "--fields", "meeting,file",
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr == (
        f"kzeu: {copy}: holds the same report and meeting as {SHIPPED}: give each meeting once\n"
    )
    assert as_csv_text(result.stdout) == [
        {"meeting": "tashkent-meeting", "file": tashkent},
        {"meeting": "nurtleu-kallas-meeting", "file": SHIPPED},
    ]


@pytest.mark.parametrize(
    "view", [("trade",), ("topics",), ("events",), ("search", "trade"), ("people", "-a", "a")]
)
def test_every_row_of_drafts_and_files_beside_them_has_the_same_keys(
    run: Run, tmp_path: Path, view: tuple[str, ...]
) -> None:
    folder = tmp_path / "meetings"
    folder.mkdir()
    report = ROOT / "tests" / "fixtures" / "report-euro.txt"
    assert run("draft", str(report), "-o", str(folder / "vienna.json")).exit_code == 0
    shutil.copy(MEETINGS / "2024-brussels.json", folder / "brussels.json")
    result = run("--facts", str(folder), *view, "-f", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    if view[0] == "people":  # one row a person across meetings: no draft marks to merge
        assert all("draft" not in row for row in rows)
        return
    drafted = {row["meeting"]: row["draft"] for row in rows}
    assert drafted == {"brussels-talks": False, "berger-alimov-meeting": True}
    assert {len(row) for row in rows} == {len(rows[0])}
    assert all(row["unconfirmed"] == [] for row in rows if not row["draft"])
    marked = [row["unconfirmed"] for row in rows if row["draft"]]
    assert any(marked)
    # Drawn, a draft's guesses end with "?", and no column of keys is added.
    drawn = run("--facts", str(folder), *view, "-f", "table")
    assert drawn.exit_code == 0
    assert "?" in drawn.stdout
    assert "Unconfirmed" not in drawn.stdout


def test_an_empty_chart_across_meetings_says_what_is_true(
    run: Run, tmp_path: Path, shipped: Facts
) -> None:
    # No filter, and no turnover stated with its parts in any meeting: no filter to blame.
    unparted = copy.deepcopy(shipped)
    for stat in unparted["statistics"]:
        stat.pop("of", None)
    (tmp_path / "shipped.json").write_text(json.dumps(unparted), encoding="utf-8")
    shutil.copy(MEETINGS / "2023-tashkent.json", tmp_path / "tashkent.json")
    out = ok(run("--facts", str(tmp_path), "trade", "--chart", "-f", "table"))
    assert out.splitlines()[1:-1] == [
        " nothing to chart: no turnover with exports and imports stated as parts of it"
    ]
    out = ok(run(*four("trade", "--chart", "--currency", "yen", "-f", "table")))
    assert out.splitlines()[1:-1] == [" nothing to chart: no figure matches --currency 'yen'"]
    # The shipped file's leading-partner figure is kept, but states no number to draw.
    out = ok(run(*four("trade", "--chart", "--label", "standing", "-f", "table")))
    assert out.splitlines()[1:-1] == [
        " nothing to chart: no figure that --label 'standing' keeps states a number"
    ]


def test_a_chart_of_one_meeting_of_several_is_titled_by_it(run: Run) -> None:
    out = ok(run("--facts", FOLDER, "trade", "--chart", "--currency", "usd", "-f", "table"))
    lines = out.splitlines()
    assert lines[0] == "Trade — Serikbayev–Ramirez talks, Astana, 2025-11-20"
    assert lines[-1] == "Sources: 3 reports (kzeu meetings lists them)"
    assert sum("#" in line for line in lines) == 3
