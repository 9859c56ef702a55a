"""Property tests: any input gives either well-formed output or the one clean error."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzeu.facts import FactsError, load_facts
from kzeu.models import FactsFile
from kzeu.render import (
    Column,
    Listing,
    Marked,
    OutputFormat,
    render,
)
from kzeu.render.as_csv import to_csv
from kzeu.render.as_json import to_json
from kzeu.render.as_markdown import to_markdown
from tests.conftest import FACTS_JSON

SHIPPED: dict[str, Any] = json.loads(FACTS_JSON.read_text(encoding="utf-8"))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "fuzz.json"


def load_bytes(path: Path, data: bytes) -> FactsFile | str:
    """Return the loaded facts, or the message of the one error kzeu raises for a bad file."""
    path.write_bytes(data)
    try:
        return load_facts(path)
    except FactsError as error:
        message = error.message
    assert message.startswith(f"{path}: ")
    return message


@FUZZ
@given(document=json_values)
def test_any_json_document_loads_or_fails_cleanly(fuzz_file: Path, document: Any) -> None:
    load_bytes(fuzz_file, json.dumps(document).encode("utf-8"))


@FUZZ
@given(data=st.binary(max_size=300))
def test_any_bytes_load_or_fail_cleanly(fuzz_file: Path, data: bytes) -> None:
    load_bytes(fuzz_file, data)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


SHIPPED_PATHS = _paths(SHIPPED)


@FUZZ
@given(where=st.sampled_from(SHIPPED_PATHS), replacement=json_values)
def test_a_mutated_facts_file_loads_or_fails_cleanly(
    fuzz_file: Path, where: tuple[Any, ...], replacement: Any
) -> None:
    mutated = json.loads(json.dumps(SHIPPED))
    node = mutated
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = replacement
    load_bytes(fuzz_file, json.dumps(mutated, ensure_ascii=False).encode("utf-8"))


cells = st.one_of(
    st.text(),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, max_value=10**12, min_value=-(10**12)
    ),
    st.lists(st.text(max_size=10), max_size=3).map(tuple),
    st.text().map(lambda t: Marked(t, ((0, len(t) // 2),))),
)
KEYS = ("a", "b", "c")
COLUMNS = tuple(Column(k, k.upper()) for k in KEYS)
rows_strategy = st.lists(st.fixed_dictionaries(dict.fromkeys(KEYS, cells)), max_size=6)
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def expected(value: Any) -> Any:
    if isinstance(value, Marked):
        return value.text
    if isinstance(value, tuple):
        return list(value)
    return value


@FUZZ
@given(rows=rows_strategy, title=st.text(max_size=30))
def test_any_text_gives_well_formed_output(rows: list[dict[str, Any]], title: str) -> None:
    listing = Listing(title, COLUMNS, rows, caption=title)
    parsed = json.loads(to_json(listing), parse_float=Decimal)
    assert parsed == [{k: expected(row[k]) for k in KEYS} for row in rows]

    read_back = list(csv.reader(io.StringIO(to_csv(listing), newline="")))
    assert len(read_back) == 1 + len(rows)
    assert all(len(row) == len(KEYS) for row in read_back)

    markdown = to_markdown(listing).splitlines()
    assert len(markdown) == 2 + len(rows)
    assert all(len(re.split(r"(?<!\\)\|", line)) == len(KEYS) + 2 for line in markdown)

    for fmt in (OutputFormat.table, OutputFormat.svg):
        out = io.StringIO()
        render(listing, fmt, out)
        assert not UNSAFE.search(out.getvalue().replace("\n", "").replace("\t", ""))
