"""The Python API: `from kzeu import load` gives the typed, validated model."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import kzeu
from kzeu import load
from kzeu.facts import FactsError
from kzeu.models import FactsFile
from tests.conftest import FACTS_JSON


def test_load_the_packaged_facts() -> None:
    facts = load()
    assert isinstance(facts, FactsFile)
    assert [p.name for p in facts.people] == [
        "Murat Nurtleu",
        "Kaja Kallas",
        "Kassym-Jomart Tokayev",
    ]


def test_load_a_path(tmp_path: Path) -> None:
    data = json.loads(FACTS_JSON.read_text(encoding="utf-8"))
    data["people"][0]["role"] = "Read through the API"
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load(path).people[0].role == "Read through the API"
    assert load(str(path)).people[0].role == "Read through the API"


def test_load_raises_the_domain_error(tmp_path: Path) -> None:
    with pytest.raises(FactsError) as caught:
        load(tmp_path / "missing.json")
    assert caught.value.problem == "no such file"


def test_trade_figures_as_a_list_of_dicts() -> None:
    rows = [s.model_dump() for s in load().statistics if s.currency == "USD"]
    assert [(r["id"], r["value"]) for r in rows] == [
        ("trade-turnover", Decimal("49.7")),
        ("exports", Decimal("38.6")),
        ("imports", Decimal("11.1")),
        ("direct-investment-inflow", Decimal("200.7")),
    ]


def test_the_package_is_typed_and_light() -> None:
    assert (Path(kzeu.__file__).parent / "py.typed").is_file()
    probe = (
        "import sys, kzeu\n"
        "print(sorted(m for m in ('pydantic', 'rich', 'typer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("a\0b", "is not a file name: it contains a NUL character"),
        ("", "is not a file name: name the facts file to read"),
        ("x" * 5000, "is not a usable file name: it is too long"),
        (Path(""), "is a directory (an empty name means this one)"),
        ("/", "is a directory"),
    ],
)
def test_every_bad_path_raises_the_domain_error(path: str | Path, problem: str) -> None:
    with pytest.raises(FactsError) as caught:
        load(path)
    assert caught.value.problem == problem
