"""The gate: nothing unconfirmed passes. A placeholder of an older draft, an empty required
field, a deleted or edited draft list: ``check`` fails, every view opens the file as a draft
(banner, marked cells, ``"draft": true``), ``export`` refuses it unless ``--allow-draft``."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kzeu.facts import load_facts
from kzeu.gate import EMPTY_WHY, is_draft, parse_path, unconfirmed
from tests.conftest import Facts
from tests.helpers import Run, Writer, ok

FIXTURES = Path(__file__).parent / "fixtures"


def check_rows(run: Run, path: Path) -> dict[str, Any]:
    result = run("check", "--facts", str(path), "-f", "json")
    assert result.exit_code == 1, result.output
    return {row["check"]: row for row in json.loads(result.stdout)}


def test_the_shipped_file_is_no_draft(run: Run) -> None:
    facts = load_facts(None)
    assert (is_draft(facts), unconfirmed(facts)) == (False, ())
    assert "draft" not in json.loads(ok(run("-f", "json")))  # its JSON is as it was
    assert "draft" not in json.loads(ok(run("people", "-f", "json")))[0]


EMPTIED: dict[tuple[str, str], object] = {
    ("people", "name"): "",  # an empty value states nothing: no quote problem
    ("people", "affiliation"): "(to fill in)",  # a placeholder of kzeu 0.1
    ("people", "role"): "",
    ("people", "titles"): [],
    ("events", "name"): "  ",
    ("topics", "label"): "",
    ("statistics", "label"): "Trade turnover (target or forecast)",  # its old marker
}


@pytest.mark.parametrize(("section", "field"), list(EMPTIED))
def test_an_empty_required_field_is_unconfirmed_without_any_draft_list(
    run: Run, facts_data: Facts, write_facts: Writer, section: str, field: str
) -> None:
    value = EMPTIED[section, field]
    facts_data[section][1][field] = value
    fact = facts_data[section][1]["id"]
    assert "draft" not in facts_data  # the list deleted: the file says nothing of a draft
    path = write_facts(facts_data)
    rows = check_rows(run, path)
    assert rows["schema"]["status"] == "pass"  # it loads: the user can look at it
    assert rows["nothing unconfirmed"] == {
        "check": "nothing unconfirmed",
        "status": "fail",
        "detail": [f"{section}/{fact}: {field} ({EMPTY_WHY})"],
    }
    refused = run("export", "--sqlite", str(path.with_suffix(".db")), str(path))
    assert refused.exit_code == 1
    assert "is a draft, with 1 field unconfirmed" in refused.stderr
    assert not path.with_suffix(".db").exists()


def test_an_edited_list_of_an_older_draft_names_facts_by_id(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["draft"] = ["statistics[1].period", "source.attribution", "topics"]
    path = write_facts(facts_data)
    stat = facts_data["statistics"][1]["id"]
    assert [f.path for f in unconfirmed(load_facts(path))] == [
        f"statistics/{stat}.period",
        "source.attribution",
        "topics",
    ]
    listed = json.loads(ok_or_banner(run("review", str(path), "--list", "-f", "json")))
    assert [row["path"] for row in listed] == [
        f"statistics/{stat}.period",
        "source.attribution",
        "topics",
    ]
    # each with the sentence of the report it comes from
    assert facts_data["statistics"][1]["quote"] in listed[0]["sentence"]
    assert "press service" in listed[1]["sentence"]


def ok_or_banner(result: Any) -> str:
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def draft_of(run: Run, tmp_path: Path, report: str = "report-euro.txt") -> Path:
    out = tmp_path / "draft.json"
    result = run("draft", str(FIXTURES / report), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"kzeu: wrote {out}; next: kzeu review {out}\n"
    return out


def test_a_draft_opens_in_every_view_marked_as_one(run: Run, tmp_path: Path) -> None:
    path = draft_of(run, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "(to fill in)" not in path.read_text(encoding="utf-8")
    count = len(unconfirmed(load_facts(path)))
    banner = f"kzeu: draft: {count} fields unconfirmed — kzeu review {path}\n"
    people = run("--facts", str(path), "people", "-f", "json")
    assert (people.exit_code, people.stderr) == (0, banner)
    rows = {row["id"]: row for row in json.loads(people.stdout)}
    assert rows["anna-berger"]["draft"] is True
    assert rows["anna-berger"]["unconfirmed"] == ["affiliation", "role"]
    # composed from the meeting and topics drafted, and listed all the same
    assert rows["anna-berger"]["role"] == (
        "Met Timur Alimov in Vienna; raised energy links and transport links"
    )
    overview = json.loads(run("--facts", str(path), "-f", "json").stdout)
    assert overview["draft"] is True
    assert "people/anna-berger.affiliation" in overview["unconfirmed"]
    table = run("--facts", str(path), "people", "-f", "table")
    assert "Austria ?" in table.stdout  # a guessed cell is marked
    assert "draft: " in table.stdout
    tsv = run("--facts", str(path), "trade").stdout.splitlines()
    assert tsv[0].split("\t")[-2:] == ["draft", "unconfirmed"]
    assert data["draft"][0] == {
        "path": "source.attribution",
        "why": "read from the body's words, not from its header",
        "suggested": "Austrian Foreign Ministry",
    }


def test_a_deleted_draft_list_keeps_its_fields_and_a_deleted_record_its_empty_ones(
    run: Run, tmp_path: Path
) -> None:
    # a person named only as "counterpart", who does nothing the draft finds: no affiliation
    # and no role can be proposed
    report = tmp_path / "report.txt"
    report.write_text(
        "VIENNA – His counterpart, Jan Novak, arrived in Vienna on Monday.\n", encoding="utf-8"
    )
    path = tmp_path / "draft.json"
    assert run("draft", str(report), "-o", str(path)).exit_code == 0
    before = [f.path for f in unconfirmed(load_facts(path))]
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["draft"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert [f.path for f in unconfirmed(load_facts(path))] == before  # the record keeps them
    del data["review"]  # the record deleted too, a forgery of two places: what is empty is left
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rows = check_rows(run, path)
    assert rows["nothing unconfirmed"]["detail"] == [
        f"people/jan-novak: affiliation ({EMPTY_WHY}), role ({EMPTY_WHY})",
        f"events/meeting: name ({EMPTY_WHY})",
    ]


def met_report(tmp_path: Path, meetings: int) -> Path:
    """Return a report of ``meetings`` sentences "Minister A B met Ambassador C D.", every name
    another made-up one: a draft of it has two people and an event a sentence to confirm."""
    names = ("K" + "".join(letters) for letters in itertools.product("aeiou", repeat=4))
    text = " ".join(
        f"Minister {next(names)} {next(names)} met Ambassador {next(names)} {next(names)}."
        for _ in range(meetings)
    )
    report = tmp_path / "report.txt"
    report.write_text(text + "\n", encoding="utf-8")
    return report


def drafted_from(run: Run, report: Path) -> Path:
    path = report.with_suffix(".json")
    assert run("draft", str(report), "-o", str(path)).exit_code == 0
    return path


PERSON_WHY = (
    "affiliation (the side a person represents is the reader's to say), role (composed from"
    " what the draft found: the meetings it lists them in; confirm or reword)"
)


def test_a_draft_of_few_facts_lists_every_one_in_check(run: Run, tmp_path: Path) -> None:
    path = drafted_from(run, met_report(tmp_path, 1))
    assert check_rows(run, path)["nothing unconfirmed"]["detail"] == [
        "source: published (the report states no date), attribution (the report credits no one)",
        f"people/kaaaa-kaaae: {PERSON_WHY}",
        f"people/kaaai-kaaao: {PERSON_WHY}",
        "events/kaaae-kaaao-meeting: name (named after its participants' surnames: confirm, or"
        " give the name the report uses), place (its sentence names no place)",
        "topics: (all of it) (no clause found that says what was discussed)",
    ]


SUMMARY = re.compile(
    r"\.\.\. and (?P<facts>[\d,]+) more facts, with (?P<fields>[\d,]+) unconfirmed fields"
    r" \((?P<command>kzeu review .+ --list) lists every field\)"
)


def test_a_draft_of_many_facts_shows_the_first_and_counts_the_rest_alike_in_every_format(
    run: Run, tmp_path: Path
) -> None:
    from kzeu.render import SHOWN_ITEMS

    path = drafted_from(run, met_report(tmp_path, 12))  # 24 people, 12 meetings: 38 facts
    fields = unconfirmed(load_facts(path))
    facts = list(dict.fromkeys(field.fact for field in fields))
    assert len(facts) == 38 > SHOWN_ITEMS
    detail = check_rows(run, path)["nothing unconfirmed"]["detail"]
    assert len(detail) == SHOWN_ITEMS + 1
    # the first facts' lines as they were, in the order of the file
    assert detail[1] == f"people/kaaaa-kaaae: {PERSON_WHY}"
    assert [line.partition(": ")[0] for line in detail[:SHOWN_ITEMS]] == facts[:SHOWN_ITEMS]
    # then the exact count of the facts and fields left out, and the command that lists them
    summary = SUMMARY.fullmatch(detail[-1])
    assert summary is not None, detail[-1]
    shown_facts = set(facts[:SHOWN_ITEMS])
    left_out = [field for field in fields if field.fact not in shown_facts]
    assert int(summary["facts"]) == len(facts) - SHOWN_ITEMS == 18
    assert int(summary["fields"]) == len(left_out) == 35
    assert summary["command"] == f"kzeu review {path} --list"
    listed = json.loads(ok_or_banner(run(*summary["command"].split()[1:], "-f", "json")))
    assert [row["path"] for row in listed] == [field.path for field in fields]
    # CSV, TSV and JSONL carry the same lines: one place shortens them
    csv_rows = as_csv_rows(run("check", "--facts", str(path), "-f", "csv"))
    assert csv_rows["nothing unconfirmed"]["detail"] == "; ".join(detail)
    jsonl = run("check", "--facts", str(path), "-f", "jsonl")
    assert jsonl.exit_code == 1
    last = json.loads(jsonl.stdout.splitlines()[-1])
    assert last == {"check": "nothing unconfirmed", "status": "fail", "detail": detail}
    tsv = run("check", "--facts", str(path), "-f", "tsv")
    assert tsv.exit_code == 1
    assert tsv.stdout.splitlines()[-1].endswith(detail[-1])


def test_a_draft_read_from_standard_input_is_named_file_in_the_command(
    run: Run, tmp_path: Path
) -> None:
    path = drafted_from(run, met_report(tmp_path, 12))
    result = run("check", "--facts", "-", "-f", "json", input=path.read_text(encoding="utf-8"))
    assert result.exit_code == 1
    detail = json.loads(result.stdout)[-1]["detail"]
    assert detail[-1].endswith("(kzeu review FILE --list lists every field)")


def as_csv_rows(result: Any) -> dict[str, dict[str, str]]:
    assert result.exit_code == 1, result.output
    return {row["check"]: row for row in csv.DictReader(io.StringIO(result.stdout))}


def test_export_allow_draft_records_the_unconfirmed_fields(run: Run, tmp_path: Path) -> None:
    path = draft_of(run, tmp_path)
    db_path = tmp_path / "draft.db"
    refused = run("export", "--sqlite", str(db_path), str(path))
    assert refused.exit_code == 1
    assert not db_path.exists()
    allowed = run("export", "--sqlite", str(db_path), str(path), "--allow-draft", "-f", "json")
    assert allowed.exit_code == 0
    counts = {row["table"]: row["rows"] for row in json.loads(allowed.stdout)}
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT path, suggested FROM unconfirmed ORDER BY rowid").fetchall()
    db.close()
    assert counts["unconfirmed"] == len(rows) == len(unconfirmed(load_facts(path)))
    assert ("people/anna-berger.affiliation", '"Austria"') in rows
    assert ("statistics/exports.period", '"last year"') in rows  # the turnover's period


@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("people/ilse-vandermeer.affiliation", ("people", "ilse-vandermeer", "affiliation")),
        ("statistics/trade-turnover.period", ("statistics", "trade-turnover", "period")),
        ("source.attribution", ("source", None, "attribution")),
        ("events/x.participants", ("events", "x", "participants")),
        ("topics", ("topics", None, None)),
        ("meeting", ("meeting", None, None)),
    ],
)
def test_paths_name_a_fact_by_id(path: str, named: tuple[str, str | None, str | None]) -> None:
    assert parse_path(path) == named


@pytest.mark.parametrize("path", ["people[0].role", "people/", "people/X.role", "source", ""])
def test_what_is_no_path(path: str) -> None:
    assert parse_path(path) is None


def test_the_python_api_refuses_a_draft_unless_allowed(run: Run, tmp_path: Path) -> None:
    from kzeu import load
    from kzeu.facts import FactsError

    path = draft_of(run, tmp_path)
    count = len(unconfirmed(load_facts(path)))
    with pytest.raises(FactsError) as refused:
        load(path)
    assert refused.value.message == (
        f"{path}: is a draft, with {count} fields unconfirmed (kzeu review {path} --list lists"
        " them)"
    )
    assert load(path, allow_draft=True).people[0].affiliation == "Austria"


def test_search_and_cite_of_a_draft_are_marked_too(run: Run, tmp_path: Path) -> None:
    path = draft_of(run, tmp_path)
    found = json.loads(run("--facts", str(path), "search", "Berger", "-f", "json").stdout)
    assert {row["draft"] for row in found} == {True}
    cited = json.loads(run("--facts", str(path), "cite", "anna-berger", "-f", "json").stdout)
    assert (cited["draft"], "people/anna-berger.role" in cited["unconfirmed"]) == (True, True)


def test_a_hostile_flag_is_shown_escaped(run: Run, facts_data: Facts, write_facts: Writer) -> None:
    facts_data["draft"] = [{"path": "topics\x1b[2J", "why": "\x1b]0;owned\x07", "suggested": None}]
    path = write_facts(facts_data)
    for args in (("check", "--facts", str(path)), ("review", str(path), "--list")):
        result = run(*args)
        assert "\x1b" not in result.stdout + result.stderr, args
    listed = json.loads(run("review", str(path), "--list", "-f", "json").stdout)
    assert listed[0]["path"] == "topics\x1b[2J"  # JSON carries it exactly, as an escape


# What a quick look at a field's first and last character could miss: padding of any kind of
# white space around a placeholder or a marker, either in other capitals, a list whose first
# item is blank.
PADDED: list[tuple[str, str, object, bool]] = [
    ("people", "affiliation", " (to fill in)\t", True),
    ("people", "role", "\u00a0\u2003", True),
    ("people", "titles", ["", ""], True),
    ("people", "titles", ["", "KEPT"], False),  # one title given: filled in
    ("people", "titles", ["KEPT", ""], False),
    ("events", "kind", "\n(to fill in)\n", True),
    ("topics", "label", "Trade (target or forecast) ", True),
    ("statistics", "label", "(target or forecast) and more", False),
    ("people", "role", "(To Fill In)", True),  # the placeholder in any case
    ("statistics", "label", "Trade (Target or Forecast)", True),
    ("people", "role", "(host)", False),  # brackets alone are a value
]


@pytest.mark.parametrize("case", PADDED)
def test_padded_placeholders_and_blank_items_are_found_empty(
    facts_data: Facts, write_facts: Writer, case: tuple[str, str, object, bool]
) -> None:
    section, field, value, empty = case
    kept = facts_data[section][1][field]
    if isinstance(value, list):  # the title given is the fact's own, stated in its quote
        value = [kept[0] if item == "KEPT" else item for item in value]
    facts_data[section][1][field] = value
    fact = facts_data[section][1]["id"]
    facts = load_facts(write_facts(facts_data))
    expected = (f"{section}/{fact}.{field}",) if empty else ()
    assert tuple(f.path for f in unconfirmed(facts)) == expected
    assert is_draft(facts) is empty


@pytest.mark.parametrize("view", ["trade", "events", "topics", "people"])
def test_every_drawn_row_of_a_guess_is_marked(run: Run, tmp_path: Path, view: str) -> None:
    # a trade row draws label and period as one "Measure" cell: the row is marked all the same
    path = draft_of(run, tmp_path)
    unsure = {f.fact.partition("/")[2] for f in unconfirmed(load_facts(path)) if "/" in f.fact}

    def stdout(*args: str) -> list[str]:
        result = run("--facts", str(path), view, *args)
        assert result.exit_code == 0, result.output
        return result.stdout.splitlines()

    rows = [json.loads(line) for line in stdout("-f", "jsonl")]
    drawn = stdout("-f", "table")
    checked = 0
    for row in rows:
        line = next(line for line in drawn if line.rstrip().endswith(row["id"]))
        assert ("?" in line) is (row["id"] in unsure), line
        checked += row["id"] in unsure
    assert checked  # each view of this draft has a guess to mark
