"""Helpers for reading what a CLI run printed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from typer.testing import Result

Run = Callable[..., Result]
Writer = Callable[[dict[str, Any] | str | bytes], Path]


def ok(result: Result) -> str:
    """Return stdout of a run that must have succeeded with nothing on stderr."""
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result.stdout


def as_json(result: Result) -> list[dict[str, Any]]:
    """Return the JSON a successful run printed, with numbers as exact decimals."""
    rows: list[dict[str, Any]] = json.loads(ok(result), parse_float=Decimal)
    return rows


def as_csv(result: Result) -> list[dict[str, str]]:
    """Return the CSV rows a successful run printed, keyed by the header."""
    return list(csv.DictReader(io.StringIO(ok(result))))


def by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Return rows keyed by their id."""
    return {row["id"]: row for row in rows}


def listed(data: dict[str, Any]) -> list[str]:
    """Return the paths a draft's ``draft`` list flags, each fact named by its place in its
    section (``people[0].role``) as the draft engine's ``Draft.paths`` names them; the file
    names it by id (``people/jane-doe.role``)."""
    paths = []
    for flag in data.get("draft", ()):
        path = flag["path"] if isinstance(flag, dict) else flag
        section, slash, rest = path.partition("/")
        if slash:
            fact_id, dot, field = rest.partition(".")
            index = [fact["id"] for fact in data[section]].index(fact_id)
            path = f"{section}[{index}]" + (f".{field}" if dot else "")
        paths.append(path)
    return paths
