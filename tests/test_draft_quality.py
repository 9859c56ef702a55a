"""benchmarks/draft_quality.py: its counts, on reports whose truth the test writes itself."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from benchmarks.draft_quality import main
from tests.conftest import ROOT

REPORT = (
    "ASTANA – Minister Jan Novak met Ambassador Eva Horn in Astana.\n\n"
    "Kazakh exports of $2.6 billion and imports of $1.3 billion were recorded.\n"
)


def truth(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "style": "test",
        "published": None,
        "published_year_stated": False,
        "dateline": "Astana",
        "attribution": None,
        "people": [
            {"name": "Jan Novak", "affiliation": "Kazakhstan"},
            {"name": "Eva Horn", "affiliation": "EU"},
        ],
        "figures": [
            {
                "figure": "$2.6 billion",
                "magnitude": "2600000000",
                "currency": "USD",
                "unit": None,
                "flow": "exports",
                "comparison": False,
            },
            {
                "figure": "$1.3 billion",
                "magnitude": "1300000000",
                "currency": "USD",
                "unit": None,
                "flow": "imports",
                "comparison": False,
            },
        ],
        "events": [
            {
                "name": None,
                "kind": "meeting",
                "place": "Astana",
                "date": None,
                "status": "held",
                "participants": ["Jan Novak", "Eva Horn"],
            },
        ],
        "not_figures": [],
    }
    data.update(changes)
    return data


def measured(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """Run the script on ``folder``; return each line's numbers, keyed by its first word."""
    assert main(["--reports", str(folder)]) == 0
    rows: dict[str, list[str]] = {}
    for line in capsys.readouterr().out.splitlines():
        words = line.split()
        if words and words[0] in (
            *("figures", "people", "events", "event", "date", "dateline", "wrong"),
            *("topics", "raised_by", "edits"),
        ):
            rows[words[0]] = re.findall(r"\d+(?:\.\d+)?|—", line)
    return rows


def write(folder: Path, name: str, text: str, data: dict[str, Any]) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.truth.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_report_drafted_as_its_truth_says_scores_full_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "01-test", REPORT, truth())
    rows = measured(tmp_path, capsys)
    assert rows["figures"] == ["1.00", "1.00", "2", "2", "2"]
    assert rows["people"] == ["1.00", "1.00", "2", "2", "2"]
    assert rows["events"] == ["1.00", "1.00", "1", "1", "1"]
    # kind, status, place, date, participants of the one event matched, all right
    assert rows["event"] == ["1.00", "1.00", "1.00", "1.00", "1.00", "1"]
    assert rows["date"] == ["1.00", "1", "1"]  # no date: right because it is listed
    assert rows["dateline"] == ["1.00", "1", "1"]
    assert rows["wrong"] == ["0"]


def test_a_wrong_value_not_listed_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = truth()["figures"]
    figures[1] = {**figures[1], "flow": "turnover"}  # the draft says imports, unflagged
    write(tmp_path, "01-test", REPORT, truth(figures=figures, dateline="Almaty"))
    rows = measured(tmp_path, capsys)
    assert rows["dateline"] == ["0.00", "0", "1"]
    assert rows["wrong"] == ["2"]  # the flow and the dateline


def test_missed_and_extra_figures_lower_recall_and_precision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = [
        truth()["figures"][0],
        {
            "figure": "5%",
            "magnitude": "5",
            "currency": None,
            "unit": "percent",
            "flow": None,
            "comparison": False,
        },
    ]
    write(tmp_path, "01-test", REPORT, truth(figures=figures))
    rows = measured(tmp_path, capsys)
    assert rows["figures"] == ["0.50", "0.50", "1", "2", "2"]


def test_it_reads_the_corpus_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = ROOT / "tests" / "fixtures" / "reports"
    for path in sorted(corpus.glob("0[1-3]-*"))[:6]:
        shutil.copy(path, tmp_path / path.name)
    rows = measured(tmp_path, capsys)
    assert len(rows["figures"]) == 5
    matched, total = int(rows["figures"][2]), int(rows["figures"][3])
    assert 0 < matched <= total
    assert rows["date"][2] == "3"


def test_an_event_matched_with_wrong_fields_lowers_their_shares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = {
        **truth()["events"][0],
        "status": "upcoming",
        "place": "Riga",
        "participants": ["Jan Novak"],
    }
    write(tmp_path, "01-test", REPORT, truth(events=[event]))
    rows = measured(tmp_path, capsys)
    assert rows["events"] == ["1.00", "1.00", "1", "1", "1"]  # matched on its name all the same
    assert rows["event"] == ["1.00", "0.00", "0.00", "1.00", "0.00", "1"]


def test_a_status_the_truth_leaves_open_is_right_when_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "ASTANA – The ministry referred to a round table on nuclear safety in Almaty.\n"
    event: dict[str, Any] = {
        "name": "round table on nuclear safety",
        "kind": "round table",
        "place": "Almaty",
        "date": None,
        "status": None,
        "participants": [],
    }
    write(tmp_path, "01-test", text, truth(events=[event], people=[], figures=[]))
    rows = measured(tmp_path, capsys)
    assert rows["events"] == ["1.00", "1.00", "1", "1", "1"]
    assert rows["event"] == ["1.00", "1.00", "1.00", "1.00", "1.00", "1"]


TOPICS_REPORT = (
    "ASTANA – Minister Jan Novak met Ambassador Eva Horn in Astana. The sides discussed trade,"
    " economic and cultural cooperation. Novak raised the issue of water supplies.\n\n"
    "Kazakh exports of $2.6 billion and imports of $1.3 billion were recorded.\n"
)


def topic(label: str, keys: list[str], raised_by: list[str]) -> dict[str, Any]:
    return {"label": label, "keys": keys, "raised_by": raised_by}


def test_topics_are_matched_by_their_keys_and_missed_ones_are_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    topics = [
        topic("trade cooperation", ["trade"], []),
        topic("cultural cooperation", ["cultural"], []),
        topic("water supplies", ["water"], ["Jan Novak"]),
        topic("energy", ["energy"], []),  # not in the text: missed
    ]
    write(tmp_path, "01-test", TOPICS_REPORT, truth(topics=topics))
    rows = measured(tmp_path, capsys)
    # drafted: trade, economic and cultural cooperation, water supplies; economic unmatched
    assert rows["topics"] == ["0.75", "0.75", "3", "4", "4", "1", "1"]
    assert rows["raised_by"] == ["1.00", "3"]
    # edits: the missed topic, and each listed field wrong or empty: the ambassador's
    # affiliation (none drafted; the minister's is proposed from the dateline's city, and their
    # roles are composed from the meeting), the label of the
    # unmatched "economic cooperation" (the matched "trade cooperation"'s label is right); the
    # meeting's name, proposed from its participants' surnames, the date and attribution listed
    # are right: the truth has none
    assert rows["edits"][:2] == ["3.00", "3"]


def test_a_report_whose_truth_has_no_topics_is_not_scored_on_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "01-test", TOPICS_REPORT, truth())
    rows = measured(tmp_path, capsys)
    assert rows["topics"] == ["—", "—", "0", "0", "0", "0", "1"]
    assert rows["edits"][:2] == ["1.00", "1"]  # the same, less the missed topic and the label
