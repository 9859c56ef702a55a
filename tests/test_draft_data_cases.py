"""Data-driven cases of ``kzeu draft``, as black keeps its ``tests/data/cases``: each file of
``tests/data/draft_cases/`` holds a report and the facts expected from it, so a new rule (a
currency, a title word, a meeting phrase) is a new file.

A case file is a few ``#`` lines that say what it tests, the report, then a line ``# expected``
and a JSON object. Its ``source`` holds the fields of the source expected (only those given are
compared); ``people``, ``events``, ``topics`` and ``statistics`` hold one object per fact, in
order (as many as are drafted; only the keys given are compared); ``draft_has`` lists paths the
draft must list and ``draft_lacks`` paths it must not.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kzeu.draft import draft
from kzeu.facts import prove_json
from kzeu.render import json_document
from tests.helpers import listed

CASES = Path(__file__).parent / "data" / "draft_cases"
SECTIONS = ("people", "events", "topics", "statistics")


def read_case(path: Path) -> tuple[str, dict[str, Any]]:
    """Return the report of the case file at ``path`` and the facts expected from it."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    split = lines.index("# expected\n")
    start = 0
    while start < split and lines[start].startswith("#"):
        start += 1
    report = "".join(lines[start:split]).rstrip("\n") + "\n"
    expected: dict[str, Any] = json.loads("".join(lines[split + 1 :]), parse_float=Decimal)
    return report, expected


def drafted(report: str) -> dict[str, Any]:
    """Return the draft of ``report`` as the JSON ``kzeu draft`` writes, after loading it."""
    document = json_document(draft(report))
    prove_json(document)
    data: dict[str, Any] = json.loads(document, parse_float=Decimal)
    return data


def picked(fact: dict[str, Any], keys: dict[str, Any]) -> dict[str, Any]:
    return {key: fact.get(key) for key in keys}


def test_every_case_file_is_read() -> None:
    assert len(sorted(CASES.glob("*.case"))) >= 20


@pytest.mark.parametrize("path", sorted(CASES.glob("*.case")), ids=lambda p: p.stem)
def test_case(path: Path) -> None:
    report, expected = read_case(path)
    data = drafted(report)
    source = expected.get("source", {})
    assert picked(data["source"], source) == source
    for section in SECTIONS:
        if section in expected:
            facts = data[section]
            assert [picked(f, e) for f, e in zip(facts, expected[section], strict=False)] == (
                expected[section]
            )
            assert len(facts) == len(expected[section]), [f.get("id") for f in facts]
    assert sorted(set(expected.get("draft_has", ())) - set(listed(data))) == []
    assert sorted(set(expected.get("draft_lacks", ())) & set(listed(data))) == []
