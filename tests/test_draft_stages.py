"""The typed stages of ``kzeu draft``: draft facts carry what they are unsure of and why, and
the ``draft`` paths are made from them once, at assembly, from each fact's place."""

from __future__ import annotations

from decimal import Decimal

from kzeu.draft import draft, draft_facts
from kzeu.draft.drafted import DraftEvent, DraftStatistic
from tests.helpers import listed

MEETING_THEN_PLACE = (
    "Meeting with the State Minister for Foreign Affairs of Japan\n\n"
    "On 28 March, Minister of Foreign Affairs Jasur Nazarov received the State Minister for"
    " Foreign Affairs of Japan, Kenji Morimoto, who is in Tashkent on a working visit.\n"
)


def test_each_statistic_is_a_typed_fact_with_its_doubts_and_why() -> None:
    facts = draft_facts("Exports reached 40 million dollars. Trade grew 5% in 2024.")
    exports, change = facts.statistics
    assert isinstance(exports, DraftStatistic)
    assert (exports.value, exports.currency, exports.flow) == (Decimal(40), "USD", "exports")
    assert exports.unsure == {"currency": "a sign or name more than one currency uses"}
    # a change tied to no amount is named after its flow, and listed
    assert change.label == "Change in trade turnover"
    assert change.unsure["label"] == "named after its flow: what changed may be narrower"


def test_a_comparison_is_told_by_its_judgement_not_by_its_id() -> None:
    facts = draft_facts("Exports reached $5 billion, against $4 billion a year earlier.")
    current, earlier = facts.statistics
    assert (current.comparison, earlier.comparison) == (False, True)
    assert (earlier.id, earlier.of) == ("comparison", current.id)
    assert earlier.unsure["of"] == "compared with the figure before it"


def test_paths_are_made_at_assembly_from_each_facts_place() -> None:
    text = "Exports reached 40 million dollars. Imports reached 30 million dollars."
    data = draft(text)
    assert [s["figure"] for s in data["statistics"]] == [
        "40 million dollars",
        "30 million dollars",
    ]
    assert [p for p in listed(data) if p.startswith("statistics")] == [
        "statistics[0].currency",
        "statistics[1].currency",
    ]
    assert draft_facts(text).reasons()["statistics[1].currency"] == (
        "a sign or name more than one currency uses"
    )


def test_a_meeting_replaced_by_one_with_its_place_keeps_no_doubt_of_the_place() -> None:
    facts = draft_facts(MEETING_THEN_PLACE)
    (meeting,) = [e for e in facts.events if e.kind == "meeting"]
    assert isinstance(meeting, DraftEvent)
    assert meeting.place == "Tashkent"
    assert "place" not in meeting.unsure
    assert "events[0].place" not in listed(draft(MEETING_THEN_PLACE))


def test_the_draft_lists_source_then_sections_in_the_files_order() -> None:
    data = draft("Foreign Minister Jan Novak met Ambassador Eva Horn. Exports reached $2 bn.")
    assert listed(data) == [
        "source.published",
        "source.attribution",
        "people[0].affiliation",
        "people[0].role",
        "people[1].affiliation",
        "people[1].role",
        "events[0].name",
        "events[0].place",
        "topics",
    ]
    assert list(data["events"][0]) == ["id", "name", "kind", "status", "participants", "quote"]
