"""kzeu.lean: a large file parsed in less memory gives the models and messages of the usual path.

Each case is read both ways, through ``kzeu.facts.parse_facts`` (pydantic's parse of the bytes)
and through ``load_facts`` with every file taken the lean way (``LEAN_FROM`` set to 0), and the
outcomes compared: the same model, dumped to the same JSON, or the same message and errors.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kzeu.facts as loader
from kzeu.facts import FactsError, InvalidFacts, load_facts, parse_facts, prove_facts
from kzeu.lean import PART, Reparse, as_json, parse_owned

ROOT = Path(__file__).resolve().parent.parent
MEETINGS = sorted((ROOT / "tests" / "fixtures" / "meetings").glob("*.json"))
PACKAGED = ROOT / "facts.json" if (ROOT / "facts.json").is_file() else ROOT / "kzeu" / "facts.json"


def outcome(path: Path, *, lean: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    """Return ("facts", the model as JSON) or ("error", its message and pydantic errors)."""
    monkeypatch.setattr(loader, "LEAN_FROM", 0 if lean else 1 << 62)
    try:
        facts = load_facts(path)
    except InvalidFacts as error:
        return "error", (error.message, [repr(sorted(e.items())) for e in error.errors])
    except FactsError as error:
        return "error", (error.message, [])
    return "facts", facts.model_dump_json()


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    usual = outcome(path, lean=False, monkeypatch=monkeypatch)
    assert outcome(path, lean=True, monkeypatch=monkeypatch) == usual
    return usual


@pytest.mark.parametrize("path", [PACKAGED, *MEETINGS], ids=lambda p: p.name)
def test_every_facts_file_of_the_project_loads_the_same_lean(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kind, dumped = both_ways(path, monkeypatch)
    assert kind == "facts"
    assert json.loads(dumped)["meeting"] == json.loads(path.read_bytes())["meeting"]


def packaged() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PACKAGED.read_bytes())
    return data


# Values a field may be given: each of JSON's types, and those pydantic converts in one mode
# and not the other (numbers as strings, dates and date-times, floats for integers, overflow).
ODD_VALUES = [
    None, True, False, 0, 1, 1.0, -0.0, 1.5, 12345678901234567890123, "1", "1.5", "",
    "2024-01-01", "2024-01-01T10:00:00", "24-1-1", "x" * 2_001, [], [1], ["a"], {}, {"a": 1},
    "held", "million", "turnover", "amount", "Person", "a b", "jane-doe",
]  # fmt: skip


def paths_of(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Return the path of every value inside ``value`` (the quoted text left out)."""
    found = [here] if here else []
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "text":
                found.extend(paths_of(item, (*here, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found.extend(paths_of(item, (*here, index)))
    return found


def replaced(data: Any, path: tuple[Any, ...], value: object) -> Any:
    changed = copy.deepcopy(data)
    place = changed
    for step in path[:-1]:
        place = place[step]
    place[path[-1]] = value
    return changed


PATHS = paths_of(packaged())


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(PATHS), st.sampled_from(ODD_VALUES)), min_size=1, max_size=3
    )
)
def test_a_changed_file_gives_the_same_model_or_the_same_errors_lean(
    changes: list[tuple[tuple[Any, ...], object]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = packaged()
    for path, value in changes:
        try:
            data = replaced(data, path, value)
        except (KeyError, IndexError, TypeError):  # an earlier change removed the place
            continue
    target = tmp_path / "changed.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    both_ways(target, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        '{"format_version": 1e400}',
        "[1, 2]",
        '"facts"',
        '{"format_version": NaN}',
        '{"format_version": 1,}',
        '{"a": "\\ud800"}',
        "[" * 5_000 + "]" * 5_000,
        '{"format_version": 1, "format_version": true}',
        '{"x": 1}\xff',
    ],
    ids=["overflow", "array", "string", "nan", "comma", "surrogate", "deep", "twice", "bad utf-8"],
)
def test_a_file_that_is_not_a_facts_file_gives_the_same_message_lean(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "odd.json"
    target.write_bytes(text.encode("utf-8", "surrogateescape").replace(b"\xc3\xbf", b"\xff"))
    kind, (message, _) = both_ways(target, monkeypatch)
    assert kind == "error"
    assert message.startswith(f"{target}: ")


def large(count: int) -> dict[str, Any]:
    """Return the packaged file with ``count`` more topics, each quoting its first topic."""
    data = packaged()
    quote = data["topics"][0]["quote"]
    data["topics"].extend(
        {"id": f"extra-{n}", "label": "extra", "raised_by": [], "quote": quote}
        for n in range(count)
    )
    return data


def test_sections_longer_than_a_part_load_the_same_and_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "large.json"
    data = large(2 * PART + 7)
    target.write_text(json.dumps(data), encoding="utf-8")
    kind, dumped = both_ways(target, monkeypatch)
    assert kind == "facts"
    topics = json.loads(dumped)["topics"]
    assert len(topics) == len(data["topics"])
    assert topics[-1]["id"] == f"extra-{2 * PART + 6}"


@pytest.mark.parametrize("bad", [5, PART + 3, 2 * PART + 6], ids=["first", "second", "last"])
def test_an_error_in_any_part_gives_the_usual_errors(
    bad: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = large(2 * PART + 7)
    data["topics"][bad]["label"] = 7
    data["topics"][-1]["quote"] = ""
    target = tmp_path / "large.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    kind, (message, errors) = both_ways(target, monkeypatch)
    assert kind == "error"
    assert "2 problems" in message
    assert f"topics[{bad}].label: Input should be a valid string (got 7)" in message
    assert len(errors) == 2


def test_an_inexact_value_is_refused_lean_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = packaged()
    index = next(n for n, stat in enumerate(data["statistics"]) if stat.get("value") is not None)
    data["statistics"][index]["value"] = 4242.5
    target = tmp_path / "inexact.json"
    text = json.dumps(data).replace('"value": 4242.5', '"value": 4.2425e3', 1)
    target.write_text(text, encoding="utf-8")
    kind, (message, errors) = both_ways(target, monkeypatch)
    assert kind == "error"
    assert f"statistics[{index}].value" in message
    assert len(errors) == 1


def test_the_bytes_are_taken_from_their_holder_and_a_bad_file_handed_back() -> None:
    owned = [PACKAGED.read_bytes()]
    facts, inexact = parse_owned(owned)
    assert owned == []
    assert inexact == []
    assert facts == prove_facts(PACKAGED, parse_facts(PACKAGED, PACKAGED.read_bytes()))
    with pytest.raises(Reparse) as not_json:
        parse_owned([b"{"])
    assert not_json.value.data == b"{"


def test_written_back_a_document_reads_as_the_same_values() -> None:
    facts = parse_facts(PACKAGED, PACKAGED.read_bytes())
    stated = next(stat for stat in facts.statistics if stat.value is not None)
    document = {"a": math.inf, "b": -math.inf, "c": [stated, "+"], "d": 1.25}
    back = json.loads(as_json(document))
    assert back["a"] == math.inf
    assert back["b"] == -math.inf
    assert back["d"] == 1.25
    assert back["c"][1] == "+"
    assert back["c"][0]["id"] == stated.id
    assert back["c"][0]["value"] == float(stated.value or 0)
