"""A report that names more people, or tells of more events, than a draft reads is drafted up
to the sentence where the cap is passed, and the draft says where it stopped (read_to.py)."""

from __future__ import annotations

import pytest

from kzeu.draft import draft, draft_facts, read_to
from kzeu.facts import prove_json
from kzeu.render import json_document

SECTIONS = ["people", "events", "topics", "statistics"]


def _names(count: int) -> list[str]:
    """Return ``count`` distinct made-up surnames ("Kaaab", "Kaaac", ...)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["K" + "".join(letters[(n // 26**p) % 26] for p in (3, 2, 1, 0)) for n in range(count)]


def _whole_sections(data: dict[str, object]) -> dict[str, str]:
    flags = data["draft"]
    assert isinstance(flags, list)
    return {f["path"]: f["why"] for f in flags if f["path"] in SECTIONS}


def test_past_the_people_a_draft_reads_it_stops_at_that_sentence_and_says_where() -> None:
    names = _names(2 * 1_001 * 2)
    lines = [
        f"Minister {names[4 * k]} {names[4 * k + 1]} met Ambassador {names[4 * k + 2]}"
        f" {names[4 * k + 3]}."
        for k in range(1_001)
    ]
    text = "\n".join([*lines, "Exports reached $5 billion."]) + "\n"
    data = draft(text)
    assert len(data["people"]) == read_to.MAX_PEOPLE == 2_000
    assert data["people"][-1]["name"] == f"{names[3998]} {names[3999]}"
    assert len(data["events"]) == 1_000
    assert data["statistics"] == []  # told after the cut: the reader's
    assert data["source"]["text"] == text  # the whole report is kept
    why = _whole_sections(data)
    assert sorted(why) == sorted(SECTIONS)
    stopped = (
        "the report names more than 2,000 people: the draft reads it to line 1,001"
        f" (character {text.index(lines[1_000]):,}), and what it tells after that is the"
        " reader's to add"
    )
    assert why["people"] == stopped
    assert why["statistics"] == stopped
    assert why["topics"] == f"no clause found that says what was discussed; {stopped}"
    assert set(data["review"]["flagged"]) >= set(SECTIONS)
    prove_json(json_document(data))  # the draft loads


def test_past_the_events_a_draft_reads_it_stops_at_that_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(read_to, "MAX_EVENTS", 3)
    forums = [f"The {name} Forum was held in Lindor on 3 May 2024." for name in _names(5)]
    text = "\n".join([*forums, "Minister Jan Novak said trade reached $2 billion."])
    data = draft(text)
    assert [e["name"] for e in data["events"]] == [
        "Kaaaa Forum",
        "Kaaab Forum",
        "Kaaac Forum",
    ]
    assert data["people"] == []  # named after the cut
    why = _whole_sections(data)
    assert why["events"].startswith(
        "the report tells of more than 3 events: the draft reads it to line 4 (character"
    )
    assert why["people"] == why["events"]


def test_after_one_cut_the_text_read_is_drafted_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a second cut could come a sentence sooner at each draft: the text read is drafted once more,
    # with no cap, whatever it holds
    monkeypatch.setattr(read_to, "MAX_PEOPLE", 6)
    monkeypatch.setattr(read_to, "MAX_EVENTS", 2)
    names = _names(12)
    text = "\n".join(
        f"Minister Jan {names[2 * k]} met Ambassador Eva {names[2 * k + 1]} in Lindor"
        f" on {k + 3} May 2024."
        for k in range(6)
    )
    drafted = draft_facts(text)
    assert [p.name for p in drafted.people] == [
        f"{given} {name}" for given, name in zip(["Jan", "Eva"] * 3, names[:6], strict=True)
    ]
    assert len(drafted.events) == 3  # past the events' cap of 2, in the text read
    assert drafted.read_to is not None
    assert drafted.read_to.startswith(
        "the report names more than 6 people: the draft reads it to line 4 ("
    )


def test_a_report_within_the_caps_is_read_to_its_end() -> None:
    text = "Minister Jan Novak met Ambassador Eva Horn in Lindor. Trade reached $2 billion."
    drafted = draft_facts(text)
    assert drafted.read_to is None
    assert "people" not in [f["path"] for f in drafted.assemble(text)["draft"]]
    assert [s.value for s in drafted.statistics] == [2]
