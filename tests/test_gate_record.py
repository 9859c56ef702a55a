"""The record of a draft (``review.flagged``, ``review.confirmed``): a flag deleted from the
``draft`` list by hand confirms nothing. Deleting the whole list, or one flag of it, leaves
``check`` failing on the same fields, every view marking them, ``export`` refusing the file and
``review --list`` listing them; only ``kzeu review`` confirms a field."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kzeu.facts import load_facts
from kzeu.gate import GONE_WHY, NO_FIELD_WHY, REMOVED_WHY, unconfirmed
from tests.helpers import Run

ROOT = Path(__file__).parent.parent
HARBOUR = ROOT / "docs" / "examples" / "harbour-release.txt"
REPORTS = Path(__file__).parent / "fixtures" / "reports"
DEV = sorted(REPORTS.glob("0[1-6]-*.txt"))  # the development set only, never holdout/

# What kzeu draft flags in the harbour release, in the file's order.
HARBOUR_FLAGGED = [
    "source.attribution",
    "people/rita-almeida.affiliation",
    "people/rita-almeida.role",
    "people/daniyar-osmonov.affiliation",
    "people/daniyar-osmonov.role",
    "events/almeida-osmonov-meeting.name",
    "events/almeida-osmonov-meeting.date",
    "events/atlantic-central-asia-business-forum.status",
    "topics/transport-links.label",
    "statistics/trade-turnover-change.label",
    "statistics/exports.period",
    "statistics/portuguese-companies.label",
]


def drafted(run: Run, tmp_path: Path, report: Path = HARBOUR) -> Path:
    out = tmp_path / "draft.json"
    result = run("draft", str(report), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def paths(path: Path) -> list[str]:
    return [field.path for field in unconfirmed(load_facts(path))]


def failed_check(run: Run, path: Path) -> list[str]:
    result = run("check", "--facts", str(path), "-f", "json")
    assert result.exit_code == 1, result.output
    rows = {row["check"]: row for row in json.loads(result.stdout)}
    assert rows["schema"]["status"] == "pass"
    assert rows["nothing unconfirmed"]["status"] == "fail"
    detail: list[str] = rows["nothing unconfirmed"]["detail"]
    return detail


def test_the_draft_records_every_path_it_flags(run: Run, tmp_path: Path) -> None:
    data = read(drafted(run, tmp_path))
    assert data["review"] == {"flagged": HARBOUR_FLAGGED}
    assert [flag["path"] for flag in data["draft"]] == HARBOUR_FLAGGED
    # the record comes before the facts, the list after them: deleting one is not the other
    keys = list(data)
    assert keys.index("review") < keys.index("people") < keys.index("draft")


def test_deleting_the_draft_list_confirms_nothing(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    del data["draft"]
    write(path, data)
    assert paths(path) == HARBOUR_FLAGGED
    detail = failed_check(run, path)
    assert detail[0] == f"source: attribution ({REMOVED_WHY})"
    assert detail[1] == (f"people/rita-almeida: affiliation ({REMOVED_WHY}), role ({REMOVED_WHY})")
    assert len(detail) == 9  # one line per fact: the source and eight facts
    # every view: the banner, and each row a guess is in
    people = run("--facts", str(path), "people", "-f", "json")
    assert people.exit_code == 0
    assert people.stderr == f"kzeu: draft: 12 fields unconfirmed — kzeu review {path}\n"
    rows = {row["id"]: row for row in json.loads(people.stdout)}
    assert rows["rita-almeida"]["draft"] is True
    assert rows["rita-almeida"]["unconfirmed"] == ["affiliation", "role"]
    assert rows["rita-almeida"]["affiliation"] == "Portugal"  # a guess, still marked as one
    table = run("--facts", str(path), "events", "-f", "table").stdout
    assert "Almeida–Osmonov meeting (held) ?" in table
    # export refuses it
    db = tmp_path / "draft.db"
    refused = run("export", "--sqlite", str(db), str(path))
    assert refused.exit_code == 1
    assert "is a draft, with 12 fields unconfirmed" in refused.stderr
    assert not db.exists()
    # and review lists each with the value it holds as the suggestion
    listed = json.loads(run("review", str(path), "--list", "-f", "json").stdout)
    assert [row["path"] for row in listed] == HARBOUR_FLAGGED
    assert listed[1] == {
        "path": "people/rita-almeida.affiliation",
        "suggested": "Portugal",
        "why": REMOVED_WHY,
        "sentence": "date 2026-02-10 LISBON – Portuguese Foreign Minister Rita Almeida met with"
        " Kyrgyz Foreign Minister Daniyar Osmonov on 10 February in Lisbon to discuss transport"
        " and energy links.",
    }
    # the role, composed from the draft's own facts, is offered as it stands
    assert (
        listed[2]["suggested"]
        == "Met Daniyar Osmonov in Lisbon; raised transport links and energy links"
    )


@pytest.mark.parametrize("removed", [0, 5, 7, 11])
def test_deleting_one_flag_leaves_that_field_unconfirmed(
    run: Run, tmp_path: Path, removed: int
) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    gone = data["draft"].pop(removed)
    write(path, data)
    assert paths(path) == HARBOUR_FLAGGED  # in the record's order, the deleted one included
    field = {f.path: f for f in unconfirmed(load_facts(path))}[gone["path"]]
    assert (field.why, field.listed) == (REMOVED_WHY, False)
    assert field.suggested == gone["suggested"]  # the value drafted is the value held
    fact, _, name = gone["path"].partition(".")
    assert any(line.startswith(f"{fact}: ") and name in line for line in failed_check(run, path))


@pytest.mark.parametrize("report", DEV, ids=lambda p: p.name[:2])
def test_a_dev_report_without_its_draft_list_keeps_every_field_unconfirmed(
    run: Run, tmp_path: Path, report: Path
) -> None:
    path = drafted(run, tmp_path, report)
    before = paths(path)
    assert before  # every report of the set has a guess
    data = read(path)
    del data["draft"]
    write(path, data)
    assert sorted(paths(path)) == sorted(before)
    overview = run("--facts", str(path), "-f", "json")
    assert json.loads(overview.stdout)["draft"] is True
    assert run("export", "--sqlite", str(tmp_path / "x.db"), str(path)).exit_code == 1


def test_every_command_sees_the_same_fields(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    del data["draft"][3:6]  # some flags deleted by hand, some left
    write(path, data)
    expected = set(paths(path))
    assert expected == set(HARBOUR_FLAGGED)
    # review --list
    listed = json.loads(run("review", str(path), "--list", "-f", "json").stdout)
    assert {row["path"] for row in listed} == expected
    # check: "fact: field (why), field (why)" per fact
    from_check = set()
    for line in failed_check(run, path):
        fact, _, fields = line.partition(": ")
        group = fact if fact != "source" else "source"
        for part in fields.split("), "):
            name = part.split(" (", 1)[0]
            from_check.add(f"{group}.{name}")
    assert from_check == expected
    # the overview's object lists every path
    overview = json.loads(run("--facts", str(path), "-f", "json").stdout)
    assert set(overview["unconfirmed"]) == expected
    # each view's rows list the fields of their fact
    from_views = {"source.attribution"}  # the source is no row of any view
    for view, section in (
        ("people", "people"),
        ("events", "events"),
        ("topics", "topics"),
        ("trade", "statistics"),
    ):
        rows = json.loads(run("--facts", str(path), view, "-f", "json").stdout)
        for row in rows:
            if row.get("draft"):
                from_views |= {f"{section}/{row['id']}.{name}" for name in row["unconfirmed"]}
    assert from_views == expected
    # export --allow-draft: the table unconfirmed
    db_path = tmp_path / "draft.db"
    assert run("export", "--sqlite", str(db_path), str(path), "--allow-draft").exit_code == 0
    db = sqlite3.connect(db_path)
    exported = {row[0] for row in db.execute("SELECT path FROM unconfirmed")}
    db.close()
    assert exported == expected


def test_review_confirms_and_records_every_field(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    del data["draft"]  # deleted by hand first: review still confirms each field
    write(path, data)
    given = {
        "people/rita-almeida.role": "host",
        "people/daniyar-osmonov.role": "guest",
        "events/atlantic-central-asia-business-forum.status": "upcoming",
        "statistics/exports.period": None,
    }
    answers = [a for key, value in given.items() for a in ("--set", f"{key}={json.dumps(value)}")]
    answers += [a for p in HARBOUR_FLAGGED if p not in given for a in ("--accept", p)]
    result = run("review", str(path), *answers)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("kzeu: nothing left to confirm; next: kzeu check")
    record = read(path)["review"]
    assert record["flagged"] == HARBOUR_FLAGGED
    assert sorted(record["confirmed"]) == sorted(HARBOUR_FLAGGED)
    checked = run("check", "--facts", str(path), "-f", "json")
    assert checked.exit_code == 0, checked.output
    assert {row["status"] for row in json.loads(checked.stdout)} <= {"pass", "skip"}
    facts = read(path)
    assert facts["people"][0]["affiliation"] == "Portugal"  # accepted: the value it held
    assert facts["events"][1]["status"] == "upcoming"
    exported = run("export", "--sqlite", str(tmp_path / "ok.db"), str(path))
    assert exported.exit_code == 0, exported.output


def test_answers_are_recorded_one_by_one(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    assert run("review", str(path), "--accept", "source.attribution").exit_code == 0
    data = read(path)
    assert data["review"]["confirmed"] == ["source.attribution"]
    assert [flag["path"] for flag in data["draft"]] == HARBOUR_FLAGGED[1:]
    # editing the list back by hand, or deleting it, does not undo or fake an answer
    del data["draft"]
    write(path, data)
    assert paths(path) == HARBOUR_FLAGGED[1:]


def test_a_deleted_or_renamed_fact_stays_until_confirmed(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    exports = next(s for s in data["statistics"] if s["id"] == "exports")
    exports["id"] = "portuguese-exports"  # its id changed by hand: its guess is not confirmed
    data["draft"] = [f for f in data["draft"] if not f["path"].startswith("statistics/exports")]
    write(path, data)
    left = {f.path: f for f in unconfirmed(load_facts(path))}
    assert (left["statistics/exports.period"].why, left["statistics/exports.period"].gone) == (
        GONE_WHY,
        True,
    )
    assert len(left) == len(HARBOUR_FLAGGED)
    refused = run("review", str(path), "--set", "statistics/exports.period=null")
    assert refused.exit_code == 1
    assert "the file has no statistics with the id exports" in refused.stderr
    confirmed = run("review", str(path), "--accept", "statistics/exports.period")
    assert confirmed.exit_code == 0, confirmed.output
    assert "statistics/exports.period" not in paths(path)
    assert read(path)["review"]["confirmed"] == ["statistics/exports.period"]


def test_a_recorded_path_that_names_no_field_is_confirmed_by_accepting_it(
    run: Run, tmp_path: Path
) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    data["review"]["flagged"].append("people[0].role")  # edited by hand: names no field
    write(path, data)
    left = {f.path: f for f in unconfirmed(load_facts(path))}
    assert (left["people[0].role"].why, left["people[0].role"].gone) == (NO_FIELD_WHY, True)
    assert run("review", str(path), "--accept", "people[0].role").exit_code == 0
    assert paths(path) == HARBOUR_FLAGGED


def test_a_file_without_a_record_is_judged_as_before(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    del data["review"]  # an older kzeu's draft: the list alone
    write(path, data)
    assert paths(path) == HARBOUR_FLAGGED
    del data["draft"]  # and the list too: a forgery of two places, which kzeu cannot tell
    write(path, data)
    assert paths(path) == []  # every field holds a value: the limit docs/draft.md states
    shipped = ROOT / "facts.json"
    assert "review" not in read(shipped)
    assert unconfirmed(load_facts(shipped)) == ()


def test_the_schema_publishes_the_record(run: Run) -> None:
    schema = json.loads(run("schema").stdout)
    record = schema["$defs"]["Record"]
    assert set(record["properties"]) == {"flagged", "confirmed"}
    assert record["additionalProperties"] is False
    assert "review" in schema["properties"]
    assert "review" not in schema.get("required", [])


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"flagged": "people/x.role"}, "review.flagged"),
        ({"flagged": [], "extra": []}, "review.extra"),
        ({"confirmed": [""]}, "review.confirmed[0]"),
    ],
)
def test_a_malformed_record_is_refused(
    run: Run, tmp_path: Path, record: dict[str, Any], problem: str
) -> None:
    path = drafted(run, tmp_path)
    data = read(path)
    data["review"] = record
    write(path, data)
    result = run("check", "--facts", str(path), "-f", "json")
    assert result.exit_code == 1
    rows = {row["check"]: row for row in json.loads(result.stdout)}
    assert rows["schema"]["status"] == "fail"
    assert any(problem in line for line in rows["schema"]["detail"]), rows["schema"]


# --- a source field's quote --------------------------------------------------------------------


def test_a_source_value_takes_its_quote_from_the_report(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    result = run("review", str(path), "--set", "source.attribution=portuguese ministry")
    assert result.exit_code == 0, result.output
    source = read(path)["source"]
    # the current quote states it: kept
    assert (source["attribution"], source["attribution_quote"]) == (
        "portuguese ministry",
        "according to the Portuguese Ministry of Foreign Affairs",
    )
    result = run("review", str(path), "--set", "source.attribution=Kyrgyz Foreign Minister")
    assert result.exit_code == 0, result.output
    source = read(path)["source"]
    assert source["attribution_quote"] == "Kyrgyz Foreign Minister"  # found in the text
    assert run("review", str(path), "--set", "source.dateline=null").exit_code == 0
    source = read(path)["source"]
    assert (source["dateline"], source["dateline_quote"]) == (None, None)
    assert run("review", str(path), "--set", "source.published=2026-02-10").exit_code == 0


def test_a_source_value_the_report_does_not_state_needs_its_words(run: Run, tmp_path: Path) -> None:
    path = drafted(run, tmp_path)
    before = path.read_bytes()
    refused = run("review", str(path), "--set", "source.attribution=Lusa")
    assert (refused.exit_code, refused.stdout) == (1, "")
    assert refused.stderr == (
        "kzeu: source.attribution: the report does not state 'Lusa': give the words of the"
        " report that do (--set source.attribution_quote=WORDS)\n"
    )
    assert path.read_bytes() == before
    refused = run("review", str(path), "--set", "source.published=2026-02-11")
    assert "the report does not state '2026-02-11'" in refused.stderr
    # given words that do not state it: the quote rules refuse them
    wrong = run(
        "review",
        str(path),
        "--set",
        "source.attribution=Lusa",
        "--set",
        "source.attribution_quote=Lisbon",
    )
    assert wrong.exit_code == 1
    assert "source.attribution: value is not stated in its quote (got 'Lusa')" in wrong.stderr
    assert path.read_bytes() == before
