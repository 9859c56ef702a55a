"""``kzeu check``: every check a facts file must pass, each reported as pass, fail or skip.

The loader stops at the first broken file; this runs the same checks one by one so that the
author of a facts file sees all that is wrong at once, grouped by what it is about.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from kzeu.facts import (
    ENV_VAR,
    FactsError,
    check_utf8,
    describe,
    read_regular_file,
    resolve_path,
    shown,
    syntax_error,
)
from kzeu.render import Column, Listing, Row

if TYPE_CHECKING:
    from kzeu.models import FactsFile

Status = Literal["pass", "fail", "skip"]

# What each kind of error the models raise is about; any other kind is a schema error.
_CHECK_OF_ERROR = {
    "duplicate_id": "unique ids",
    "unknown_reference": "references",
    "quote_not_in_source": "quotes verbatim",
    "quote_search_limit": "quotes verbatim",
    "value_not_in_quote": "values stated",
    "value_not_in_figure": "values stated",
    "missing_value": "values stated",
    "unexpected_value": "values stated",
    "negative_amount": "values stated",
    "missing_quote": "values stated",
}
MODEL_CHECKS = ("unique ids", "references", "quotes verbatim", "values stated")
SHOWN = 5


class CheckResult(NamedTuple):
    """The outcome of one check."""

    name: str
    status: Status
    detail: tuple[str, ...] = ()


ORDER = (
    "readable",
    "unique keys",
    "JSON syntax",
    "schema",
    *MODEL_CHECKS,
    "trade adds up",
    "no draft fields",
)


def run_checks(path: str | os.PathLike[str] | None) -> tuple[str, list[CheckResult]]:
    """Return what was checked (its path, or "the packaged facts.json") and the result of
    every check, in order."""
    from pydantic import ValidationError

    from kzeu.models import FactsFile

    try:
        where = resolve_path(path)
    except FactsError as error:
        return error.path, [CheckResult("readable", "fail", (error.problem,)), *_after("readable")]
    label = str(where) if path or os.environ.get(ENV_VAR) else "the packaged facts.json"
    try:
        text = read_regular_file(where)
        check_utf8(where, text)
    except FactsError as error:
        return label, [CheckResult("readable", "fail", (error.problem,)), *_after("readable")]
    results = [CheckResult("readable", "pass"), _unique_keys(text)]
    try:
        facts = FactsFile.model_validate_json(text)
    except ValidationError as error:
        return label, results + _grouped(error.errors(include_url=False))
    except RecursionError:
        return label, [*results, CheckResult("JSON syntax", "fail", ("nested too deeply",))]
    results.extend(CheckResult(name, "pass") for name in ("JSON syntax", "schema", *MODEL_CHECKS))
    # Every draft field is listed: together they are the author's to-do list.
    drafts = CheckResult("no draft fields", "fail" if facts.draft else "pass", facts.draft)
    return label, [*results, *_trade_checks(facts), drafts]


def _trade_checks(facts: FactsFile) -> list[CheckResult]:
    from kzeu.derive import parts_add_up, trade_parts

    results = []
    for parts in trade_parts(facts):
        adds_up, total, tolerance = parts_add_up(parts)
        detail = (
            f"{parts.exports.id} + {parts.imports.id} = {total}, {parts.turnover.id} = "
            f"{parts.turnover.value} (tolerance {tolerance})",
        )
        results.append(CheckResult("trade adds up", "pass" if adds_up else "fail", detail))
    return results or [
        CheckResult("trade adds up", "skip", ("no turnover with exports and imports",))
    ]


def _unique_keys(text: bytes) -> CheckResult:
    """Find keys repeated within one JSON object: loading keeps only the last of them."""
    import json

    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in items]
        repeated.extend(sorted({k for k in keys if keys.count(k) > 1}))
        return dict(items)

    try:
        json.loads(text, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return CheckResult("unique keys", "skip", ("not run: not parsable as JSON",))
    detail = [f"key {shown(key)!r} appears more than once in one object" for key in repeated]
    return _result("unique keys", detail)


def _after(failed: str, reason: str = "") -> list[CheckResult]:
    """Return a skip for every check after ``failed``: they need it to pass first."""
    why = reason or f"not run: {failed} failed"
    return [CheckResult(name, "skip", (why,)) for name in ORDER[ORDER.index(failed) + 1 :]]


def _grouped(errors: Sequence[Mapping[str, Any]]) -> list[CheckResult]:
    syntax = syntax_error(errors)
    if syntax is not None:
        return [CheckResult("JSON syntax", "fail", (syntax,)), *_after("JSON syntax")]
    by_check: dict[str, list[str]] = {}
    for error in errors:
        by_check.setdefault(_CHECK_OF_ERROR.get(error["type"], "schema"), []).append(
            describe(error)
        )
    results = [CheckResult("JSON syntax", "pass"), _result("schema", by_check.get("schema", []))]
    if "schema" in by_check:
        # The cross-checks run only on a file whose every field is well formed.
        return results + _after("schema")
    results.extend(_result(name, by_check.get(name, [])) for name in MODEL_CHECKS)
    return results + _after(MODEL_CHECKS[-1], "not run: an earlier check failed")


def _result(name: str, problems: list[str]) -> CheckResult:
    if not problems:
        return CheckResult(name, "pass")
    shown = problems[:SHOWN]
    if len(problems) > SHOWN:
        shown.append(f"... and {len(problems) - SHOWN} more")
    return CheckResult(name, "fail", tuple(shown))


def as_listing(path: str, results: list[CheckResult]) -> Listing:
    """Return the results as rows: check, status, detail."""
    columns = (
        Column("check", "Check", no_wrap=True),
        Column("status", "Status", no_wrap=True),
        Column("detail", "Detail"),
    )
    rows: list[Row] = [{"check": r.name, "status": r.status, "detail": r.detail} for r in results]
    failed = sum(r.status == "fail" for r in results)
    verdict = f"{failed} check(s) failed" if failed else "all checks passed"
    return Listing(f"Check: {shown(path)}", columns, rows, verdict)
