"""``kzeu check``: every check a facts file must pass, each reported as pass, fail or skip.

The loader's steps (kzeu.facts: read, UTF-8, parse into the model, prove) are run one by one,
each reported, so that the author of a facts file sees all that is wrong at once, grouped by what
it is about; a few checks only this command makes follow (repeated keys, trade, and nothing
unconfirmed: kzeu.gate, the fields of a draft grouped by fact, past ``SHOWN_ITEMS`` facts
shortened to their first and a count of the rest).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from kzeu.facts import (
    STDIN,
    FactsError,
    InvalidFacts,
    check_utf8,
    chosen_name,
    cut,
    describe,
    parse_facts,
    path_from_environment,
    prove_facts,
    read_regular_file,
    resolve_path,
    shown,
    syntax_error,
)
from kzeu.render import SHOWN_ITEMS, Column, Listing, Row, counted, shortened

if TYPE_CHECKING:
    from pathlib import Path

    from kzeu.models import FactsFile, Statistic

Status = Literal["pass", "fail", "skip"]

# What each kind of problem the proof (kzeu.integrity) finds is about.
_CHECK_OF_ERROR = {
    "duplicate_id": "unique ids",
    "unknown_reference": "references",
    "quote_not_in_source": "quotes verbatim",
    "quote_search_limit": "quotes verbatim",
    "value_not_in_quote": "values stated",
    "value_check_limit": "values stated",
    "value_not_in_figure": "values stated",
    "missing_value": "values stated",
    "unexpected_value": "values stated",
    "negative_amount": "values stated",
    "missing_quote": "values stated",
}
MODEL_CHECKS = ("unique ids", "references", "quotes verbatim", "values stated")


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
    "nothing unconfirmed",
)


def run_checks(path: str | os.PathLike[str] | None) -> tuple[str, list[CheckResult]]:
    """Return what was checked (its path, or "the packaged facts.json") and the result of
    every check, in order: the loader's own steps (kzeu.facts), each reported, then the checks
    that only ``kzeu check`` makes."""
    try:
        where = resolve_path(path)
    except FactsError as error:
        return error.path, [CheckResult("readable", "fail", (error.problem,)), *_after("readable")]
    if path is None and path_from_environment() is None:
        label = "the packaged facts.json"
    else:
        label = chosen_name(path, str(where))
    try:
        data = read_regular_file(where)
        check_utf8(where, data)
    except FactsError as error:
        return label, [CheckResult("readable", "fail", (error.problem,)), *_after("readable")]
    results = [CheckResult("readable", "pass"), _unique_keys(data)]
    try:
        facts = parse_facts(where, data)
    except InvalidFacts as error:
        return label, results + _grouped(error.errors)
    del data  # the bytes are no longer needed: only the model is kept
    results.extend(CheckResult(name, "pass") for name in ("JSON syntax", "schema"))
    try:
        prove_facts(where, facts)
    except InvalidFacts as error:
        return label, results + _proof_results(error.errors)
    results.extend(CheckResult(name, "pass") for name in MODEL_CHECKS)
    to_confirm = _unconfirmed_check(facts, _review_name(path, where))
    return label, [*results, *_trade_checks(facts), to_confirm]


def _review_name(path: str | os.PathLike[str] | None, where: Path) -> str:
    """Return the file to name in ``kzeu review FILE --list``: standard input is no file that
    review can read and write, so FILE stands for the one it came from."""
    if path is not None and os.fspath(path) == STDIN:
        return "FILE"
    return shown(os.fspath(where))


def _unconfirmed_check(facts: FactsFile, review_name: str) -> CheckResult:
    """Fail for a draft: one line per fact, naming each unconfirmed field and why (the author's
    to-do list; ``kzeu review`` answers them). Past ``SHOWN_ITEMS`` facts, the first of them
    and one line with the exact count of the facts and fields left out and the command that
    lists every field."""
    from kzeu.gate import unconfirmed

    by_fact: dict[str, list[str]] = {}
    for field in unconfirmed(facts):
        name = field.path.removeprefix(field.fact).lstrip(".") or "(all of it)"
        by_fact.setdefault(field.fact, []).append(f"{name} ({field.why})" if field.why else name)
    if not by_fact:
        return CheckResult("nothing unconfirmed", "pass")
    lines = [shown(f"{fact}: {', '.join(fields)}") for fact, fields in by_fact.items()]
    # Shortened here, so alike in every format, JSON and JSONL too: the detail is one cell of a
    # report of checks (a draft of thousands of people made it half a megabyte), and a program
    # that wants every field reads `kzeu review FILE --list -f json`, one row a field with its
    # path, suggestion, why and sentence, rather than parsing these lines.
    left_out = sum(len(fields) for fields in list(by_fact.values())[SHOWN_ITEMS:])
    detail = shortened(
        lines,
        f"kzeu review {review_name} --list lists every field",
        noun="fact",
        besides=f", with {counted(left_out, 'unconfirmed field')}",
    )
    return CheckResult("nothing unconfirmed", "fail", tuple(detail))


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
    return results or [CheckResult("trade adds up", "skip", _why_no_parts(facts))]


def _why_no_parts(facts: FactsFile) -> tuple[str, ...]:
    """Return why no turnover could be added up, from what the file states: no turnover, or
    for each turnover the parts it lacks and the exports and imports stated apart from it
    (part of another figure, in another currency, or of another period)."""
    stated = [s for s in facts.statistics if s.value is not None and s.kind == "amount"]
    apart = [s for s in stated if s.flow in ("exports", "imports")]
    totals = [s for s in stated if s.flow == "turnover"]
    if not totals:
        found = ", ".join(f"{s.id} ({s.flow})" for s in apart)
        return ("not run: no trade turnover is stated" + (f"; stated: {found}" if found else ""),)
    lines = []
    for total in totals:
        tied = {s.flow for s in apart if s.of == total.id and s.currency == total.currency}
        missing = [flow for flow in ("exports", "imports") if flow not in tied]
        others = [_apart(s, total) for s in apart if s.flow in missing]
        line = f"not run: {total.id} ({_period(total)}) has no {' or '.join(missing)} as its parts"
        lines.append(line + (f"; stated apart from it: {', '.join(others)}" if others else ""))
    return tuple(shown(line) for line in lines)


def _period(stat: Statistic) -> str:
    return f"period {stat.period}" if stat.period else "no period stated"


def _apart(stat: Statistic, total: Statistic) -> str:
    """Return a figure stated apart from ``total`` with what sets it apart."""
    if stat.of is not None and stat.of != total.id:
        why = f"part of {stat.of}"
    elif stat.currency != total.currency:
        why = f"in {stat.currency or 'no currency'}"
    elif stat.period != total.period:
        why = _period(stat)
    else:
        why = "not given as part of it"
    return f"{stat.id} ({why})"


def _unique_keys(data: bytes) -> CheckResult:
    """Find keys repeated within one JSON object: loading keeps only the last of them."""
    import json
    from collections import Counter

    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> None:
        if len({key for key, _ in items}) < len(items):
            counts = Counter(key for key, _ in items)
            repeated.extend(sorted(key for key, count in counts.items() if count > 1))
        # None: nothing of the document is kept, only its keys are looked at.

    try:
        json.loads(data, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return CheckResult("unique keys", "skip", ("not run: not parsable as JSON",))
    detail = [f"key {shown(cut(key))!r} appears more than once in one object" for key in repeated]
    return _result("unique keys", detail)


def _after(failed: str, reason: str = "") -> list[CheckResult]:
    """Return a skip for every check after ``failed``: they need it to pass first."""
    why = reason or f"not run: {failed} failed"
    return [CheckResult(name, "skip", (why,)) for name in ORDER[ORDER.index(failed) + 1 :]]


def _grouped(errors: Sequence[Mapping[str, Any]]) -> list[CheckResult]:
    """Return the results of the parse step that failed: JSON syntax, else the schema."""
    syntax = syntax_error(errors)
    if syntax is not None:
        return [CheckResult("JSON syntax", "fail", (syntax,)), *_after("JSON syntax")]
    results = [CheckResult("JSON syntax", "pass"), _result("schema", [describe(e) for e in errors])]
    # The cross-checks run only on a file whose every field is well formed.
    return results + _after("schema")


def _proof_results(errors: Sequence[Mapping[str, Any]]) -> list[CheckResult]:
    """Return the results of the proof step that failed, grouped by what each problem is about."""
    by_check: dict[str, list[str]] = {name: [] for name in MODEL_CHECKS}
    for error in errors:
        by_check[_CHECK_OF_ERROR.get(error["type"], MODEL_CHECKS[-1])].append(describe(error))
    results = [_result(name, problems) for name, problems in by_check.items()]
    return results + _after(MODEL_CHECKS[-1], "not run: an earlier check failed")


def _result(name: str, problems: list[str]) -> CheckResult:
    if not problems:
        return CheckResult(name, "pass")
    return CheckResult(name, "fail", tuple(shortened(problems, "fix these and check again")))


def as_listing(path: str, results: list[CheckResult]) -> Listing:
    """Return the results as rows: check, status, detail."""
    columns = (
        Column("check", "Check", no_wrap=True),
        Column("status", "Status", no_wrap=True),
        Column("detail", "Detail"),
    )
    rows: list[Row] = [{"check": r.name, "status": r.status, "detail": r.detail} for r in results]
    failed = sum(r.status == "fail" for r in results)
    verdict = f"{counted(failed, 'check')} failed" if failed else "all checks passed"
    styles = {"status": {"pass": "green", "fail": "bold red", "skip": "dim"}}
    return Listing(f"Check: {shown(path)}", columns, rows, verdict, styles=styles)
