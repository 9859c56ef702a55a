"""A draft in the record views and with blanks: the overview and ``cite`` mark each guess with
``?`` as the tables do, and a fact whose label, name or affiliation is empty reads as such,
never as a blank or a dangling comma."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Facts
from tests.helpers import Run, Writer


@pytest.fixture
def blanks(facts_data: Facts, write_facts: Writer) -> Path:
    """The shipped facts as a draft: the imports' label, Kallas's affiliation and the
    Kallas–Tokayev meeting's name left empty, each in the draft list, and the meeting's name
    and place guesses."""
    for stat in facts_data["statistics"]:
        if stat["id"] == "imports":
            stat["label"] = ""
    for person in facts_data["people"]:
        if person["id"] == "kaja-kallas":
            person["affiliation"] = ""
    for event in facts_data["events"]:
        if event["id"] == "kallas-tokayev-meeting":
            event["name"] = ""
    facts_data["draft"] = [
        {"path": path, "why": "to fill in", "suggested": None}
        for path in (
            "statistics/imports.label",
            "people/kaja-kallas.affiliation",
            "events/kallas-tokayev-meeting.name",
            "events/nurtleu-kallas-meeting.name",
            "events/nurtleu-kallas-meeting.place",
        )
    ]
    return write_facts(facts_data)


def drawn(run: Run, path: Path, *args: str) -> list[str]:
    result = run("--facts", str(path), *args, "-f", "table")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("kzeu: draft: 5 fields unconfirmed")
    return [line.rstrip() for line in result.stdout.splitlines()]


def test_the_overview_of_a_draft_names_blanks_and_marks_guesses(run: Run, blanks: Path) -> None:
    lines = drawn(run, blanks)
    text = " ".join(" ".join(lines).split())
    assert "who Murat Nurtleu, Kazakhstan; Kaja Kallas ? purpose" in text
    assert "Kaja Kallas," not in text
    # The title gives the name and place; guessed, they are shown again, marked.
    assert "2025-03-28 meeting Nurtleu–Kallas meeting ? where Almaty ? who" in text
    assert (
        "Exports from Kazakhstan: USD 38.6 billion; unlabelled figure: USD 11.1 billion ?;" in text
    )
    assert "unnamed event (held) ?" in text
    assert "; :" not in text
    assert "; (held)" not in text
    # The data formats keep the file's values as they are.
    data = json.loads(run("--facts", str(blanks), "-f", "json").stdout)
    assert [f["label"] for f in data["figures"] if f["id"] == "imports"] == [""]
    assert [p["affiliation"] for p in data["who"] if p["id"] == "kaja-kallas"] == [""]


def test_tables_of_a_draft_name_a_blank_label_or_name(run: Run, blanks: Path) -> None:
    trade = drawn(run, blanks, "trade")
    assert any(
        line.startswith("unlabelled figure ?") and "USD 11.1 billion" in line for line in trade
    )
    events = drawn(run, blanks, "events")
    assert any(line.startswith("unnamed event (held) ?") for line in events)


def test_cite_of_a_draft_marks_its_unconfirmed_fields(run: Run, blanks: Path) -> None:
    record = {
        line.split()[0]: line.split(None, 1)[1] if len(line.split()) > 1 else ""
        for line in drawn(run, blanks, "cite", "kaja-kallas")[1:]
        if line and not line.startswith(("Source:", "draft:"))
    }
    assert record["affiliation"] == "?"
    assert record["name"] == "Kaja Kallas"  # confirmed: no mark
    label = drawn(run, blanks, "cite", "imports")
    assert "label        ?" in label
    assert "value        11.1" in label
    # The data formats say which fields are unconfirmed, and keep the value as it is.
    data = json.loads(run("--facts", str(blanks), "cite", "imports", "-f", "json").stdout)
    assert (data["label"], data["draft"]) == ("", True)
    assert "statistics/imports.label" in data["unconfirmed"]


def test_a_view_with_nothing_to_list_says_so(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["topics"] = []
    facts_data["draft"] = [{"path": "topics", "why": "none found", "suggested": None}]
    path = str(write_facts(facts_data))
    table = run("--facts", path, "topics", "-f", "table")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[:3] == [
        "Agenda — Nurtleu–Kallas meeting, Almaty, 2025-03-28",
        "no topics listed",
        "Source: the Foreign Ministry’s press service (Astana, 2025-03-28)",
    ]
    banner = f"kzeu: draft: 1 field unconfirmed — kzeu review {path}\n"
    assert table.stderr == banner  # the table says it: no second word on stderr
    # The data formats are as ever: a header alone, an empty array; stderr says why.
    as_csv = run("--facts", path, "topics", "-f", "csv")
    assert (as_csv.exit_code, as_csv.stderr) == (0, banner + "kzeu: no topics listed\n")
    assert as_csv.stdout.splitlines()[0].startswith("id,label,raised_by,")
    assert len(as_csv.stdout.splitlines()) == 1
    as_json = run("--facts", path, "topics", "-f", "json")
    assert (as_json.exit_code, json.loads(as_json.stdout)) == (0, [])
