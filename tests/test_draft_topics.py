"""Topics drafted from the clauses that say what was discussed (``kzeu/draft/topics.py``).

The forms one sentence at a time are data-driven cases (``tests/data/draft_cases/topic-*.case``).
Here: the topics of a few development reports, against the agenda items this test writes for
them by the rule of the topics truth (items in order, each with the keys a drafted label must
hold), matched as ``benchmarks/draft_quality.py`` matches them; and what a draft's topics are
as facts (ids, doubts with reasons, a bounded number, a file that loads).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.draft_quality import key_in
from kzeu.draft import draft, draft_facts
from kzeu.draft.topics import MAX_TOPICS
from kzeu.facts import prove_json
from kzeu.render import json_document
from tests.conftest import ROOT

REPORTS = ROOT / "tests" / "fixtures" / "reports"

# The agenda items of development reports, written for this test by the topics truth's rule
# (keys, then who raised it); the truth files gain their own on another branch.
EXPECTED: dict[str, list[tuple[list[str], list[str]]]] = {
    "07": [
        (["digital", "government"], []),
        (["cybersecurity"], []),
        (["logistics"], []),
        (["education"], []),
        (["trans-caspian"], []),
    ],
    "12": [
        (["hydropower"], []),
        (["mining"], []),
        (["textiles"], []),
        (["tourism"], []),
        (["afghanistan"], []),
        (["diversifying"], ["Davlatsho Qurbonov"]),
        (["hydropower", "projects"], []),  # "companies ... are interested in new hydropower
        (["irrigation"], []),  # and irrigation projects": companies raise nothing
        (["scholarships"], []),  # "The Italian side also offered 60 scholarships ...": a side
    ],
    "18": [
        (["middle", "corridor"], []),
        (["energy", "projects"], []),
        (["railway"], []),
        (["strategic"], []),
        (["turkic"], ["Kerem Öztürk"]),  # "stressed the importance of coordination within ..."
    ],
    "19": [
        (["energy"], ["Vadim Belousov", "Hossein Rahimi"]),
        (["transport"], ["Vadim Belousov", "Hossein Rahimi"]),
        (["agriculture"], ["Vadim Belousov", "Hossein Rahimi"]),
        (["north"], ["Vadim Belousov", "Hossein Rahimi"]),
        (["joint", "comprehensive"], ["Vadim Belousov", "Hossein Rahimi"]),
        (["resolution"], ["Vadim Belousov", "Hossein Rahimi"]),
        (["caspian"], []),
    ],
    "23": [
        (["supply"], []),  # "China is willing to work with all G20 members to keep ..."
        (["global", "economic"], []),
        (["debt"], []),
        (["g20"], []),
        (["export"], ["Li Wenhua"]),  # "..., Li said, calling on the U.S. side to relax ..."
    ],
    "45": [
        (["agreements"], ["Javlon Ergashev", "Péter Halász"]),
        (["textile"], []),
        (["pharmaceuticals"], []),
        (["irrigation"], []),
        (["education"], []),
        (["flights"], []),
        (["trading", "house"], []),
        (["yarn"], ["Péter Halász"]),  # "held a meeting with ... on joint production of ..."
        (["fabrics"], ["Péter Halász"]),
    ],
}


def report(number: str) -> str:
    return next(REPORTS.glob(f"{number}-*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_the_agenda_of_a_development_report_is_drafted(number: str) -> None:
    data = draft(report(number))
    names = {p["id"]: p["name"] for p in data["people"]}
    unused = dict(enumerate(data["topics"]))
    missed, wrong_raisers = [], []
    for keys, raisers in EXPECTED[number]:
        index = next(
            (i for i, t in unused.items() if all(key_in(k, t["label"]) for k in keys)), None
        )
        if index is None:
            missed.append(keys)
            continue
        topic = unused.pop(index)
        if sorted(names[i] for i in topic["raised_by"]) != sorted(raisers):
            wrong_raisers.append(keys)
    assert (missed, wrong_raisers, [t["label"] for t in unused.values()]) == ([], [], [])


def test_the_key_rule_is_a_whole_word_or_its_start() -> None:
    assert key_in("digital", "digitalization of customs")
    assert not key_in("digitalization", "digital customs")
    assert key_in("trans-caspian", "the Trans-Caspian route")
    assert not key_in("port", "transport links")  # a key inside a word is no match


def test_topics_are_facts_that_load_with_ids_events_and_doubts() -> None:
    text = (
        "Foreign Minister Jan Novak held talks with Minister of Economy Ali Demir in Ankara."
        " The ministers discussed trade, economic and cultural cooperation. Novak raised the"
        " issue of water resources management."
    )
    drafted = draft_facts(text)
    data = drafted.assemble(text)
    prove_json(json_document(data))
    assert [t["id"] for t in data["topics"]] == [
        "trade-cooperation",
        "economic-cooperation",
        "cultural-cooperation",
        "water-resources-management",
    ]
    assert {t["event"] for t in data["topics"]} == {data["meeting"]}
    assert data["topics"][3]["raised_by"] == ["jan-novak"]
    reasons = drafted.reasons()
    assert reasons["topics[0].label"].startswith("a list's shared words")
    assert reasons["topics[0].raised_by"] == "the subject names the participants as a group"
    assert "topics[3].raised_by" not in drafted.paths()
    assert "topics" not in drafted.paths()
    flags = {flag["path"]: flag for flag in data["draft"]}
    assert flags["topics/trade-cooperation.label"]["suggested"] == "trade cooperation"
    assert "topics/water-resources-management.raised_by" not in flags


def test_a_report_with_no_agenda_lists_the_topics_section() -> None:
    drafted = draft_facts("Foreign Minister Jan Novak met Minister of Economy Ali Demir.")
    assert drafted.topics == []
    assert "topics" in [flag["path"] for flag in drafted.assemble("x")["draft"]]
    assert drafted.reasons()["topics"] == "no clause found that says what was discussed"


def test_a_report_of_nothing_but_topic_lists_drafts_a_bounded_number(tmp_path: Path) -> None:
    text = "The sides discussed energy. " * (MAX_TOPICS + 50)
    repeated = draft(text)
    assert [t["label"] for t in repeated["topics"]] == ["energy"]
    many = " ".join(f"The sides discussed field{n:04d} and area{n:04d}." for n in range(400))
    data = draft(many)
    assert len(data["topics"]) == MAX_TOPICS
    assert data["topics"][-1]["label"] == "area0249"  # the 500th, in the report's order
    path = tmp_path / "draft.json"
    path.write_text(json_document(data), encoding="utf-8")
    prove_json(path.read_text(encoding="utf-8"))
    assert json.loads(path.read_text(encoding="utf-8"))["topics"][0]["quote"] == (
        "discussed field0000"
    )
