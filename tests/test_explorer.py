"""The explorer commands: overview, events, search, cite, source, check, schema, chart, svg/html."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzeu.search import Folded, Query, find, fold
from tests.conftest import FACTS_JSON, Facts
from tests.helpers import Run, Writer, as_json, ok


def as_object(result: Any) -> dict[str, Any]:
    """Return the one JSON object a successful run printed (numbers as exact decimals)."""
    data: dict[str, Any] = json.loads(ok(result), parse_float=Decimal)
    assert isinstance(data, dict)
    return data


# --- overview -----------------------------------------------------------------------------------


def test_no_arguments_prints_the_overview(run: Run) -> None:
    out = ok(run("-f", "table"))
    assert out.startswith("Overview — Nurtleu–Kallas meeting, Almaty, 2025-03-28")
    assert "Kaja Kallas, European Union" in out
    assert "Trade turnover: USD 49.7 billion" in out
    assert "Next: kzeu" not in out  # a hint, for a terminal only (see test_terminal.py)
    assert ok(run()).startswith("field\tvalue\nmeeting\t")  # a pipe gets TSV
    assert ok(run("--help")).startswith("Usage: kzeu [OPTIONS] COMMAND [ARGS]...")


def test_overview_json_is_one_object_of_typed_values(run: Run) -> None:
    overview = as_object(run("overview", "-f", "json"))
    assert list(overview) == [
        "meeting", "where", "when", "who", "purpose", "agenda", "figures", "related", "source",
    ]  # fmt: skip
    assert overview["meeting"] == {"id": "nurtleu-kallas-meeting", "name": "Nurtleu–Kallas meeting"}
    assert overview["where"] == "Almaty"
    assert overview["when"] == "2025-03-28"
    assert overview["who"][0] == {
        "id": "murat-nurtleu",
        "name": "Murat Nurtleu",
        "titles": ["Deputy Prime Minister", "Foreign Minister"],
        "affiliation": "Kazakhstan",
    }
    assert len(overview["agenda"]) == 13
    assert overview["agenda"][7] == {
        "id": "trans-caspian-route",
        "label": "Joint practical steps on the Trans-Caspian International Transport Route",
    }
    assert overview["figures"][0] == {
        "id": "trade-turnover",
        "label": "Trade turnover",
        "kind": "amount",
        "value": Decimal("49.7"),
        "currency": "USD",
        "scale": "billion",
        "unit": None,
        "qualifier": None,
        "period": None,
    }
    assert overview["figures"][-1]["value"] == 3000
    assert overview["figures"][-1]["qualifier"] == "more than"
    assert overview["related"][0] == {
        "id": "central-asia-eu-summit",
        "name": "Central Asia-EU Summit",
        "place": "Samarkand",
        "timing": "next week",
        "status": "upcoming",
    }
    assert overview["source"] == {
        "published": "2025-03-28",
        "dateline": "Astana",
        "attribution": "the Foreign Ministry’s press service",
        "outlet": None,
        "title": None,
        "url": None,
    }


def test_overview_in_other_formats(run: Run) -> None:
    line = ok(run("overview", "-f", "jsonl"))
    assert line.count("\n") == 1
    assert json.loads(line)["where"] == "Almaty"
    rows = list(csv.reader(io.StringIO(ok(run("overview", "-f", "csv", "--fields", "where,who")))))
    assert rows[0] == ["field", "value"]
    assert rows[1] == ["where", "Almaty"]
    assert json.loads(rows[2][1])[1]["name"] == "Kaja Kallas"  # objects as JSON text


def test_overview_of_a_meeting_without_place_or_date_says_not_stated(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    meeting = facts_data["events"][0]
    meeting.update(place=None, date=None, timing=None, purpose=None)
    path = str(write_facts(facts_data))
    overview = as_object(run("--facts", path, "-f", "json"))
    assert (overview["where"], overview["when"], overview["purpose"]) == (None, None, None)
    out = ok(run("--facts", path, "-f", "table"))
    assert re.search(r"where +not stated", out)


# --- events -------------------------------------------------------------------------------------


def test_events_json(run: Run) -> None:
    rows = {r["id"]: r for r in as_json(run("events", "-f", "json"))}
    summit = rows["central-asia-eu-summit"]
    assert (summit["place"], summit["timing"], summit["status"]) == (
        "Samarkand",
        "next week",
        "upcoming",
    )
    # 2025-03-28 is a Friday: "next week" is Monday 31 March to Sunday 6 April, inferred.
    assert (summit["window_start"], summit["window_end"]) == ("2025-03-31", "2025-04-06")
    assert summit["window_inferred"] is True
    ministerial = rows["central-asia-eu-ministerial-meeting"]
    assert (ministerial["place"], ministerial["timing"], ministerial["status"]) == (
        "Ashgabat",
        "recently held",
        "held",
    )
    assert ministerial["window_start"] is None
    assert rows["nurtleu-kallas-meeting"]["date"] == "2025-03-28"
    assert rows["kallas-tokayev-meeting"]["participant_names"] == [
        "Kaja Kallas",
        "Kassym-Jomart Tokayev",
    ]


def test_events_table_marks_the_window_inferred(run: Run) -> None:
    assert "2025-03-31 to 2025-04-06 (inferred)" in ok(run("events", "-f", "table"))


def test_events_filter_by_status(run: Run) -> None:
    assert [r["id"] for r in as_json(run("events", "--status", "upcoming", "-f", "json"))] == [
        "central-asia-eu-summit"
    ]
    assert len(as_json(run("events", "-s", "held", "-f", "json"))) == 3
    assert run("events", "--status", "cancelled").exit_code == 2


# --- search -------------------------------------------------------------------------------------


def test_search_visa_finds_the_visa_topics(run: Run) -> None:
    rows = as_json(run("search", "visa", "-f", "json"))
    ids = {r["id"] for r in rows}
    assert {"visa-facilitation", "eu-visa-regime-agreement"} <= ids
    assert all("visa" in r["text"].casefold() for r in rows)
    assert {(r["kind"], r["field"]) for r in rows} == {
        ("topic", "label"),
        ("topic", "quote"),
        ("person", "role"),
    }


def test_search_ignores_dash_style_and_finds_both_events(run: Run) -> None:
    rows = as_json(run("search", "central asia-eu", "-f", "json"))
    events = {r["id"] for r in rows if r["kind"] == "event"}
    assert events == {"central-asia-eu-summit", "central-asia-eu-ministerial-meeting"}
    assert "Central Asia – EU" in {m for r in rows for m in r["matched"]}


def test_search_ignores_quote_style_and_case(run: Run) -> None:
    rows = as_json(run("search", "MINISTRY'S", "-f", "json"))
    assert {(r["kind"], r["field"]) for r in rows} == {
        ("source", "attribution"),
        ("source", "attribution_quote"),
    }
    assert rows[0]["matched"] == ["Ministry’s"]


def test_search_highlights_in_markdown(run: Run) -> None:
    out = ok(run("search", "samarkand", "-f", "markdown"))
    assert "the Central Asia-EU Summit in **Samarkand** next week" in out


def test_search_finds_derived_figures_by_their_label(run: Run) -> None:
    rows = as_json(run("search", "balance", "-f", "json"))
    assert rows == [
        {
            "kind": "derived",
            "id": "trade-turnover-balance",
            "field": "label",
            "text": "Trade balance",
            "matched": ["balance"],
        }
    ]


def test_search_without_a_match_exits_1_like_grep(run: Run) -> None:
    result = run("search", "Beijing", "-f", "table")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "kzeu: no fact matches 'Beijing'\n"


@pytest.mark.parametrize("query", ["¨", "  ", "\u0301"])
def test_a_query_that_folds_to_no_word_is_a_usage_error(run: Run, query: str) -> None:
    result = run("search", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "kzeu: search needs some text to find" in result.stderr


def test_folding() -> None:
    assert fold("Central Asia – EU") == "central asia - eu"
    assert fold("Ministry’s Café") == "ministry's cafe"
    assert find("Kallas’ visit to Astana – Brussels", "astana-brussels") == ((17, 34),)
    assert Query("Trans  Caspian").words == ("trans", "caspian")
    assert Query("trans caspian").matches("Trans-Caspian route")
    assert Query("kazakh european").matches("Kazakh-European relations")
    assert not Query("kazakh asian").matches("Kazakh-European relations")


# --- cite and source ----------------------------------------------------------------------------


def test_cite_json_is_one_object_with_the_sentence_and_a_citation(run: Run) -> None:
    cited = as_object(run("cite", "imports", "-f", "json"))
    assert cited["fact"] == "statistic"
    assert cited["value"] == Decimal("11.1")
    assert cited["quote"] == "$11.1 billion in imports"
    assert cited["sentence"].startswith("The trade turnover between Kazakhstan")
    assert cited["sentence"].endswith("and $11.1 billion in imports.")
    assert cited["citation"] == (
        "“$11.1 billion in imports” — the Foreign Ministry’s press service, 2025-03-28"
    )
    article = json.loads(FACTS_JSON.read_text(encoding="utf-8"))["source"]["text"]
    assert article[cited["quote_start"] : cited["quote_end"]] == "$11.1 billion in imports"
    assert json.loads(ok(run("cite", "imports", "-f", "jsonl")))["quote"] == cited["quote"]


def test_cite_markdown_is_a_block_quote_with_its_citation(run: Run) -> None:
    assert ok(run("cite", "imports", "-f", "markdown")).splitlines() == [
        "> The trade turnover between Kazakhstan and the European Union reached $49.7 billion"
        " (+16.9%), including $38.6 billion in exports from Kazakhstan and"
        " **$11.1 billion in imports**.",
        ">",
        "> — the Foreign Ministry’s press service, 2025-03-28",
    ]


def test_a_citation_names_outlet_title_and_url_where_known(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["source"].update(
        outlet="The Daily Example",
        title="Ministers meet, talk trade",
        url="https://example.org/a_b?x=1",
    )
    path = str(write_facts(facts_data))
    cited = as_object(run("cite", "imports", "--facts", path, "-f", "json"))
    # The title is quoted, so that its own commas do not run into the rest.
    assert cited["citation"] == (
        "“$11.1 billion in imports” — The Daily Example, “Ministers meet, talk trade”, "
        "2025-03-28, https://example.org/a_b?x=1"
    )
    block = ok(run("cite", "imports", "--facts", path, "-f", "markdown")).splitlines()
    assert block[-1] == (
        "> — The Daily Example, “Ministers meet, talk trade”, 2025-03-28, "
        "<https://example.org/a_b?x=1>"
    )
    source = as_object(run("source", "--facts", path, "-f", "json"))
    assert (source["outlet"], source["title"], source["url"]) == (
        "The Daily Example",
        "Ministers meet, talk trade",
        "https://example.org/a_b?x=1",
    )


@pytest.mark.parametrize(
    ("start", "escaped"),
    [("# Heading", "\\# Heading"), ("+ Item", "\\+ Item"), ("- Item", "\\- Item"),
     ("12) Item", "12\\) Item"), ("=== Rule", "\\=== Rule")],
)  # fmt: skip
def test_a_cited_sentence_never_becomes_a_heading_or_list(
    run: Run, facts_data: Facts, write_facts: Writer, start: str, escaped: str
) -> None:
    text = facts_data["source"]["text"]
    facts_data["source"]["text"] = text + f"\n\n{start} stated here."
    facts_data["topics"][0]["quote"] = "stated here"  # the sentence's start stays plain text
    block = ok(
        run(
            "cite",
            facts_data["topics"][0]["id"],
            "--facts",
            str(write_facts(facts_data)),
            "-f",
            "markdown",
        )
    )
    assert block.splitlines()[0] == f"> {escaped} **stated here**."
    assert "\n\n" not in block


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://example.org/x", "https://example.org/a b", "example.org"]
)
def test_a_source_url_must_be_http_or_https(
    run: Run, facts_data: Facts, write_facts: Writer, url: str
) -> None:
    facts_data["source"]["url"] = url
    result = run("source", "--facts", str(write_facts(facts_data)))
    assert result.exit_code == 1
    assert "source.url: String should match pattern" in result.stderr


def test_a_source_url_is_shown_escaped(run: Run, facts_data: Facts, write_facts: Writer) -> None:
    facts_data["source"]["url"] = "https://example.org/\u202eevil"
    out = ok(run("source", "--facts", str(write_facts(facts_data)), "-f", "table"))
    assert "https://example.org/\\u202eevil" in out
    assert "\u202e" not in out


def test_cite_markdown_highlights_the_quote(run: Run) -> None:
    out = ok(run("cite", "kaja-kallas", "-f", "markdown"))
    assert "**EU High Representative for Foreign Affairs" in out


def test_cite_a_derived_figure_shows_its_formula(run: Run) -> None:
    cited = as_object(run("cite", "trade-turnover-balance", "-f", "json"))
    assert cited["fact"] == "derived"
    assert cited["value"] == Decimal("27.5")
    assert cited["value_exact"] == "27.5"
    assert cited["formula"] == "exports − imports"
    assert cited["inputs"] == [
        {"id": "exports", "quote": "including $38.6 billion in exports from Kazakhstan"},
        {"id": "imports", "quote": "$11.1 billion in imports"},
    ]
    share = as_object(run("cite", "exports-share", "-f", "json"))
    assert share["value"] == Decimal("77.7")
    assert share["value_exact"] == "77.66599597585513078470824950"


def test_cite_suggests_a_derived_id(run: Run) -> None:
    result = run("cite", "trade-balance")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "kzeu: no fact has the id 'trade-balance'; did you mean: trade-turnover-balance"
    )
    assert "did you mean: trade-turnover-balance?" in run("cite", "balance").stderr
    assert run("cite", "").stderr == (
        "kzeu: no fact has the id ''; see kzeu search TEXT\nTry 'kzeu cite -h' for help.\n"
    )


def test_cite_unknown_id_suggests_close_ones_and_exits_2(run: Run) -> None:
    result = run("cite", "kaja-kalas")
    assert result.exit_code == 2
    assert result.stderr == (
        "kzeu: no fact has the id 'kaja-kalas'; did you mean: kaja-kallas?\n"
        "Try 'kzeu cite -h' for help.\n"
    )


def test_source_prints_the_report(run: Run) -> None:
    report = as_object(run("source", "-f", "json"))
    assert list(report) == [
        "published",
        "dateline",
        "attribution",
        "outlet",
        "title",
        "url",
        "text",
    ]
    assert report["outlet"] is None
    assert report["published"] == "2025-03-28"
    assert report["dateline"] == "Astana"
    assert report["attribution"] == "the Foreign Ministry’s press service"
    assert report["text"].startswith(" date 2025-03-28 ASTANA –")
    assert "More than 3,000 European companies" in ok(run("source"))
    assert json.loads(ok(run("source", "-f", "jsonl")))["dateline"] == "Astana"


# --- check --------------------------------------------------------------------------------------


def test_check_passes_on_the_shipped_file(run: Run) -> None:
    rows = as_json(run("check", "-f", "json"))
    assert [(r["check"], r["status"]) for r in rows] == [
        ("readable", "pass"),
        ("unique keys", "pass"),
        ("JSON syntax", "pass"),
        ("schema", "pass"),
        ("unique ids", "pass"),
        ("references", "pass"),
        ("quotes verbatim", "pass"),
        ("values stated", "pass"),
        ("trade adds up", "pass"),
        ("nothing unconfirmed", "pass"),
    ]


def test_check_names_the_file_as_it_was_given(run: Run, tmp_path: Path) -> None:
    text = FACTS_JSON.read_text(encoding="utf-8")
    assert ok(run("check", "-f", "table", input=text)).startswith("Check: the packaged facts.json")
    assert ok(run("check", "--facts", "-", "-f", "table", input=text)).startswith("Check: <stdin>")
    from_env = ok(run("check", "-f", "table", env={"KZEU_FACTS": str(FACTS_JSON)}))
    assert from_env.startswith(f"Check: {FACTS_JSON} (from KZEU_FACTS)")
    result = run("check", "-f", "json", env={"KZEU_FACTS": str(tmp_path / "none.json")})
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["status"] == "fail"


def test_check_fails_when_exports_were_changed(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["source"]["text"] += " $40.6 billion"
    facts_data["statistics"][3].update(value=40.6, figure="$40.6 billion", quote="$40.6 billion")
    result = run("check", "--facts", str(write_facts(facts_data)), "-f", "json")
    assert result.exit_code == 1
    rows = {r["check"]: r for r in json.loads(result.stdout)}
    assert rows["trade adds up"]["status"] == "fail"
    assert rows["trade adds up"]["detail"] == [
        "exports + imports = 51.7, trade-turnover = 49.7 (tolerance 0.15)"
    ]
    assert rows["quotes verbatim"]["status"] == "pass"


def test_check_reports_every_failing_check(
    run: Run, shipped: Facts, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["people"][0]["quote"] = "Nurtleu said so"
    facts_data["topics"][0]["id"] = "kaja-kallas"
    facts_data["topics"][1]["raised_by"] = ["nobody"]
    path = write_facts(facts_data)
    result = run("check", "-f", "csv", "--facts", str(path))
    assert result.exit_code == 1
    rows = {r["check"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["unique ids"]["status"] == "fail"
    assert (
        rows["unique ids"]["detail"]
        == "topics[0].id: id is already used by people.1 (got 'kaja-kallas')"
    )
    assert (
        rows["references"]["detail"]
        == "topics[1].raised_by[0]: no person has this id (got 'nobody')"
    )
    assert rows["quotes verbatim"]["status"] == "fail"
    assert rows["schema"]["status"] == "pass"
    assert rows["trade adds up"]["status"] == "skip"
    # The verdict counts in words: "4 checks failed", never "4 check(s)".
    table = run("check", "-f", "table", "--facts", str(path))
    assert table.stdout.splitlines()[-1] == "4 checks failed"
    facts_data = copy.deepcopy(shipped)
    facts_data["topics"][1]["raised_by"] = ["nobody"]
    table = run("check", "-f", "table", "--facts", str(write_facts(facts_data)))
    assert table.stdout.splitlines()[-1] == "1 check failed"


def test_check_a_file_with_a_schema_error_skips_the_cross_checks(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    del facts_data["meeting"]
    result = run("check", "--facts", str(write_facts(facts_data)), "-f", "json")
    assert result.exit_code == 1
    statuses = {r["check"]: r["status"] for r in json.loads(result.stdout)}
    assert statuses["schema"] == "fail"
    assert statuses["quotes verbatim"] == "skip"


def test_check_an_unreadable_file(run: Run, tmp_path: Path) -> None:
    result = run("check", "--facts", str(tmp_path / "none.json"), "-f", "json")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert rows[0] == {"check": "readable", "status": "fail", "detail": ["no such file"]}
    assert {r["status"] for r in rows[1:]} == {"skip"}


# --- schema -------------------------------------------------------------------------------------


def test_schema_is_valid_json_schema_that_accepts_the_shipped_file(
    run: Run, shipped: Facts
) -> None:
    schema = json.loads(ok(run("schema")))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(shipped, schema)
    assert "verbatim" in schema["$defs"]["Person"]["properties"]["quote"]["description"]
    broken = dict(shipped, people=[{"id": "x"}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


# --- chart and snapshots ------------------------------------------------------------------------


def test_chart_to_a_pipe_is_plain(run: Run) -> None:
    lines = ok(run("trade", "--chart")).splitlines()
    bars = {line.split("  ")[0].strip(): line for line in lines if "#" in line}
    assert set(bars) == {"Trade turnover", "Exports from Kazakhstan", "Imports"}
    assert bars["Trade turnover"].count("#") == 40
    assert bars["Exports from Kazakhstan"].count("#") == 31  # 38.6 / 49.7 × 40
    assert bars["Imports"].count("#") == 9
    assert "█" not in "".join(lines)
    assert "USD 11.1 billion" in bars["Imports"]


def test_chart_without_trade_parts_says_so(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    for stat in facts_data["statistics"]:
        stat.pop("of", None)
    out = ok(run("--facts", str(write_facts(facts_data)), "trade", "--chart"))
    assert "nothing to chart: no turnover with exports and imports" in out
    assert "#" not in out


def test_chart_refuses_a_data_format(run: Run) -> None:
    result = run("trade", "--chart", "-f", "json")
    assert result.exit_code == 2
    assert "--chart draws a picture" in result.stderr


@pytest.mark.parametrize("command", ["people", "topics", "trade", "events"])
def test_svg_snapshot(run: Run, command: str) -> None:
    out = ok(run(command, "-f", "svg"))
    assert out.startswith("<svg")
    assert 'url("http' not in out  # nothing to fetch when it is opened
    assert out.rstrip().endswith("</svg>")


def test_html_snapshot(run: Run) -> None:
    out = ok(run("people", "-f", "html"))
    assert "<!DOCTYPE html>" in out
    assert "Kassym-Jomart&#160;Tokayev" in out or "Kassym-Jomart Tokayev" in out


def test_check_finds_repeated_keys(run: Run, shipped: Facts, write_facts: Writer) -> None:
    text = json.dumps(shipped, ensure_ascii=False)
    text = text.replace('"value": 38.6,', '"value": 38.6, "value": 38.6,', 1)
    result = run("check", "--facts", str(write_facts(text)), "-f", "json")
    assert result.exit_code == 1
    rows = {r["check"]: r for r in json.loads(result.stdout)}
    assert rows["unique keys"] == {
        "check": "unique keys",
        "status": "fail",
        "detail": ["key 'value' appears more than once in one object"],
    }
    assert rows["schema"]["status"] == "pass"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_fast_folding_of_ascii_matches_the_mapped_folding(text: str) -> None:
    assert fold(text) == Folded.of(text).text


# --- a report that gives no publication date ---------------------------------------------------


def test_a_file_without_a_publication_date_works_in_every_view(
    run: Run, write_facts: Writer, facts_data: Facts
) -> None:
    facts_data["source"]["published"] = None
    facts_data["source"]["published_quote"] = None
    path = str(write_facts(facts_data))
    source = as_object(run("source", "--facts", path, "-f", "json"))
    assert source["published"] is None
    assert re.search(r"published +not stated", ok(run("source", "--facts", path, "-f", "table")))
    assert "(Astana, date not stated)" in ok(run("people", "--facts", path, "-f", "table"))
    upcoming = [e for e in as_json(run("events", "--facts", path, "-f", "json")) if e["timing"]]
    # "next week" cannot be placed on the calendar without the report's date.
    assert all(e["window_start"] is None and not e["window_inferred"] for e in upcoming)


def test_a_published_quote_without_its_date_is_refused(
    run: Run, write_facts: Writer, facts_data: Facts
) -> None:
    facts_data["source"]["published"] = None
    result = run("people", "--facts", str(write_facts(facts_data)))
    assert result.exit_code == 1
    assert "source.published: published_quote needs the date it states" in result.stderr


# --- one way of matching ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Trans Caspian", "trans-caspian-route"),
        ("kazakh european", "kazakh-european-relations"),
        ("EUROPÉAN kazakh", "kazakh-european-relations"),
    ],
)
def test_search_words_match_across_hyphens_in_any_order(
    run: Run, typed: str, expected: str
) -> None:
    rows = as_json(run("search", typed, "-f", "json"))
    assert expected in {r["id"] for r in rows}


def test_search_with_several_words_finds_the_facts_that_hold_them_all(run: Run) -> None:
    rows = as_json(run("search", "visa kazakhstan", "-f", "json"))
    ids = {r["id"] for r in rows}
    assert "eu-visa-regime-agreement" in ids
    assert "visa-facilitation" not in ids  # "visa" alone: it does not hold "Kazakhstan"
    every = {r["id"] for r in as_json(run("search", "visa", "-f", "json"))}
    assert "visa-facilitation" in every
    assert run("search", "visa zzzz").exit_code == 1


def test_search_words_need_no_quotes(run: Run) -> None:
    quoted = as_json(run("search", "visa kazakhstan", "-f", "json"))
    assert as_json(run("search", "visa", "kazakhstan", "-f", "json")) == quoted
    assert {r["id"] for r in as_json(run("search", "trans", "caspian", "-f", "json"))} == {
        "trans-caspian-route"
    }


def test_ids_are_taken_in_any_case(run: Run) -> None:
    assert as_object(run("cite", "Imports", "-f", "json"))["id"] == "imports"
    assert as_object(run("cite", "EXPORTS-SHARE", "-f", "json"))["id"] == "exports-share"
    rows = as_json(run("topics", "--raised-by", "KAJA-KALLAS", "-f", "json"))
    assert rows
    assert all("kaja-kallas" in r["raised_by"] for r in rows)


def test_cite_reads_sentence_and_citation_first_and_leaves_empty_fields_out(run: Run) -> None:
    lines = ok(run("cite", "imports", "-f", "table")).splitlines()
    assert lines[1].split(maxsplit=1) == ["sentence", lines[1].split(maxsplit=1)[1]]
    assert lines[1].split(maxsplit=1)[1].startswith("The trade turnover")
    assert lines[2].split(maxsplit=1)[1].startswith("“$11.1 billion in imports”")
    fields = [line.split()[0] for line in lines[1:] if line and not line.startswith(" ")]
    assert fields.index("quote_start") > fields.index("quote")
    data = as_object(run("cite", "imports", "-f", "json"))
    assert data["qualifier"] is None  # kept in the JSON
    assert "qualifier" not in fields  # left out of the table
    assert list(data)[:2] == ["sentence", "citation"]


def test_cite_markdown_goes_through_the_one_dispatcher(run: Run) -> None:
    out = ok(run("cite", "imports", "-f", "markdown"))
    assert out.startswith("> The trade turnover")
    assert "**$11.1 billion in imports**" in out
    assert "\n>\n> — the Foreign Ministry’s press service, 2025-03-28\n" in out


def test_rows_are_built_from_their_columns_keys() -> None:
    from kzeu import load
    from kzeu.views.common import rows_of
    from kzeu.views.events import events
    from kzeu.views.people import PEOPLE_COLUMNS, people
    from kzeu.views.topics import topics
    from kzeu.views.trade import trade as trade_view

    facts = load()
    for listing in (people(facts), topics(facts), events(facts)):
        keys = [c.key for c in listing.columns]
        assert all(list(row) == keys for row in listing.rows)
    trade = trade_view(facts)
    assert all(list(row) == [c.key for c in trade.columns] for row in trade.rows)
    with pytest.raises(ValueError, match="no column has the key"):
        rows_of(PEOPLE_COLUMNS, facts.people, nmae=lambda p: p.name)


def test_check_and_chart_read_parts_stated_in_another_scale(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    from tests.test_derive import with_mixed_scales

    path = write_facts(with_mixed_scales(facts_data))
    rows = list(csv.DictReader(io.StringIO(ok(run("--facts", str(path), "check", "-f", "csv")))))
    trade = next(r for r in rows if r["check"] == "trade adds up")
    assert trade["status"] == "pass"
    chart = ok(run("--facts", str(path), "trade", "--chart", "-f", "table"))
    bars = {
        line.split("#")[0].strip(): line.count("#") for line in chart.splitlines() if "#" in line
    }
    # One scale for the bars: 0.98 and 0.22 billion against the turnover's 1.2.
    turnover = bars.pop("Trade turnover")
    shares = {label: round(marks / turnover, 1) for label, marks in bars.items()}
    assert shares == {"Exports from Kazakhstan": 0.8, "Imports": 0.2}
    assert "USD 980 million" in chart


def test_cite_source_is_the_report_whose_fields_search_lists(run: Run) -> None:
    rows = as_json(run("search", "ministry", "-f", "json"))
    assert {r["id"] for r in rows} == {"source"}
    cited = json.loads(ok(run("cite", "Source", "-f", "json")))
    assert cited == json.loads(ok(run("source", "-f", "json")))
    assert cited["attribution"] == "the Foreign Ministry’s press service"


def test_check_says_why_trade_was_not_added_up(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    # Exports and imports of another year, not given as parts of the turnover.
    facts_data["source"]["text"] += (
        "\n\nIn 2023 exports were $38.6 billion and imports $11.1 billion."
    )
    for stat in facts_data["statistics"]:
        if stat["id"] in ("exports", "imports"):
            del stat["of"]
            stat["period"] = "2023"
            stat["quote"] = "In 2023 exports were $38.6 billion and imports $11.1 billion"
    rows = {
        r["check"]: r
        for r in as_json(run("check", "--facts", str(write_facts(facts_data)), "-f", "json"))
    }
    assert rows["trade adds up"]["status"] == "skip"
    assert rows["trade adds up"]["detail"] == [
        "not run: trade-turnover (no period stated) has no exports or imports as its parts;"
        " stated apart from it: exports (period 2023), imports (period 2023)"
    ]
    # No turnover at all: said so, with what there is.
    facts_data["statistics"] = [s for s in facts_data["statistics"] if s["id"] != "trade-turnover"]
    for stat in facts_data["statistics"]:
        stat.pop("of", None)
    rows = {
        r["check"]: r
        for r in as_json(run("check", "--facts", str(write_facts(facts_data)), "-f", "json"))
    }
    assert rows["trade adds up"]["detail"] == [
        "not run: no trade turnover is stated; stated: exports (exports), imports (imports)"
    ]
