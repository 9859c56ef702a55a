"""Shared fixtures: the shipped facts, a writer for variants of them, and a CLI runner."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from kzeu.cli import app

ROOT = Path(__file__).resolve().parent.parent
FACTS_JSON = ROOT / "facts.json"
# The report as received, byte for byte (shared/source/article.txt, copied into the checkout so
# that the tests need nothing beside it; .ci/run compares the two where the original exists).
ARTICLE = ROOT / "tests" / "fixtures" / "article.txt"

Facts = dict[str, Any]


@pytest.fixture(scope="session")
def shipped() -> Facts:
    """The shipped facts.json as plain JSON data."""
    data: Facts = json.loads(FACTS_JSON.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def facts_data(shipped: Facts) -> Facts:
    """A deep copy of the shipped facts that a test may change."""
    return copy.deepcopy(shipped)


@pytest.fixture
def write_facts(tmp_path: Path) -> Callable[[Facts | str | bytes], Path]:
    """Write facts (data, text or bytes) to a file and return its path."""

    def write(content: Facts | str | bytes) -> Path:
        path = tmp_path / "facts.json"
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def run() -> Callable[..., Result]:
    """Invoke the CLI in-process with the given arguments; KZEU_FACTS is cleared."""
    runner = CliRunner(env={"KZEU_FACTS": None, "NO_COLOR": "1"})

    def invoke(
        *args: str, env: dict[str, str | None] | None = None, input: str | None = None
    ) -> Result:
        return runner.invoke(app, list(args), env=env, input=input)

    return invoke
