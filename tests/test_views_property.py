"""Every view in every format, on generated valid facts files: output or a clean exit 1, never a
bug (exit 70). The files hold what breaks arithmetic and calendars: zero, negative, tiny, huge
and 15-digit values, the first and last dates there are, empty sections and any Unicode text."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest.mock import patch

import typer.main
import typer.testing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from kzeu.cli import app
from kzeu.derive import derived_figures
from kzeu.exact import MAX_DIGITS, digits
from kzeu.facts import load_facts
from kzeu.render.listing import OutputFormat
from kzeu.search import Query

FORMATS = [f.value for f in OutputFormat]
CHART_FORMATS = ["table", "svg", "html"]
# Words a report may use: letters of any script, digits, punctuation and symbols, and the odd
# control, direction or line-break character.
WORDS = st.text(
    alphabet=st.one_of(
        st.characters(categories=["L", "M", "N", "P", "S", "Zs"]),
        st.sampled_from("\x1b\u202e\t\n\u2028"),
    ),
    min_size=1,
    max_size=12,
)
DATES = st.one_of(
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29)]),
    st.dates(),
)
TIMINGS = st.sampled_from(["next week", "last week", "this week", "tomorrow", "yesterday", "today"])
EXTREMES = ["0", "999999999999999", "0.000000000000001", "100", "-100", "123456789012.345"]


@st.composite
def values(draw: st.DrawFn, negative: bool) -> Decimal:
    """Return a value of at most 15 digits: an extreme, or any mantissa and exponent."""
    value = draw(
        st.one_of(
            st.sampled_from([Decimal(x) for x in EXTREMES]),
            st.builds(
                lambda m, e: Decimal(m).scaleb(e),
                st.integers(-(10**MAX_DIGITS) + 1, 10**MAX_DIGITS - 1),
                st.integers(-MAX_DIGITS, 3),
            ).filter(lambda v: digits(v) <= MAX_DIGITS),
        )
    )
    return value if negative else abs(value)


def spelled(value: Decimal) -> str:
    return format(abs(value).normalize(), "f")


@st.composite
def facts_files(draw: st.DrawFn) -> dict[str, Any]:
    """Return a valid facts file (JSON data, values as placeholders: see ``as_json``)."""
    lines: list[str] = []
    people: list[dict[str, Any]] = []
    for n in range(draw(st.integers(0, 3))):
        name, title = draw(WORDS), draw(WORDS)
        quote = f"{title} {name}"
        lines.append(quote)
        people.append(
            {
                "id": f"p{n}",
                "name": name,
                "titles": [title],
                "affiliation": draw(WORDS),
                "role": draw(WORDS),
                "quote": quote,
            }
        )
    ids = [p["id"] for p in people]
    events: list[dict[str, Any]] = []
    for n in range(draw(st.integers(1, 3))):
        place = draw(st.none() | WORDS)
        timing = draw(st.none() | TIMINGS)
        quote = " ".join(x for x in ("Met", place, timing) if x)
        lines.append(quote)
        event = {
            "id": f"e{n}",
            "name": draw(WORDS),
            "kind": "meeting",
            "place": place,
            "timing": timing,
            "status": draw(st.sampled_from(["held", "upcoming"])),
            "participants": draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [],
            "quote": quote,
        }
        if draw(st.booleans()):
            event["date"] = draw(DATES).isoformat()
        events.append(event)
    topics: list[dict[str, Any]] = []
    for n in range(draw(st.integers(0, 3))):
        label = draw(WORDS)
        lines.append(f"On {label}")
        topics.append(
            {
                "id": f"t{n}",
                "label": label,
                "raised_by": draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [],
                "event": draw(st.sampled_from([None, *(e["id"] for e in events)])),
                "quote": f"On {label}",
            }
        )
    statistics: list[dict[str, Any]] = []
    if draw(st.booleans()):  # a turnover with its parts, and a change of it
        parts = [draw(values(negative=False)) for _ in range(3)]
        change = draw(values(negative=True))
        for n, (flow, value) in enumerate(
            zip(("turnover", "exports", "imports"), parts, strict=True)
        ):
            figure = f"${spelled(value)} billion"
            lines.append(f"{flow} {figure}")
            statistics.append(
                {
                    "id": f"s-{flow}",
                    "label": flow,
                    "kind": "amount",
                    "value": value,
                    "figure": figure,
                    "currency": "USD",
                    "scale": "billion",
                    "flow": flow,
                    "of": None if n == 0 else "s-turnover",
                    "quote": f"{flow} {figure}",
                }
            )
        figure = f"{'-' if change < 0 else '+'}{spelled(change)}%"
        lines.append(f"change {figure}")
        statistics.append(
            {
                "id": "s-change",
                "label": "change",
                "kind": "change",
                "value": change,
                "figure": figure,
                "unit": "percent",
                "of": "s-turnover",
                "quote": f"change {figure}",
            }
        )
    for n in range(draw(st.integers(0, 2))):
        value = draw(values(negative=False))
        figure = f"{spelled(value)} {draw(WORDS)}"
        lines.append(figure)
        statistics.append(
            {
                "id": f"s{n}",
                "label": draw(WORDS),
                "kind": "count",
                "value": value,
                "figure": figure,
                "quote": figure,
            }
        )
    published = draw(st.none() | DATES)
    source: dict[str, Any] = {"published": None, "text": "\n".join(["Report.", *lines])}
    if published is not None:
        source["published"] = published.isoformat()
        source["published_quote"] = f"Dated {published.isoformat()}"
        source["text"] += f"\n{source['published_quote']}"
    return {
        "format_version": 1,
        "source": source,
        "meeting": events[0]["id"],
        "people": people,
        "events": events,
        "topics": topics,
        "statistics": statistics,
    }


# Longer than any generated word, and without a space: no text of a generated file holds it.
MARK = "decimal-number-marker"


def as_json(data: dict[str, Any]) -> str:
    """Return ``data`` as JSON, each value written as a JSON number exactly."""
    text = json.dumps(data, default=lambda value: f"{MARK}{value}{MARK}")
    return text.replace(f'"{MARK}', "").replace(f'{MARK}"', "")


RUNNER = CliRunner(env={"KZEU_FACTS": None, "NO_COLOR": "1", "COLUMNS": "100"})
# typer builds the command from the app anew on every invoke (four fifths of a run's time here):
# it is built once, and the runner given it.
COMMAND = typer.main.get_command(app)


def run(path: Path, *args: str) -> Result:
    with patch.object(typer.testing, "_get_command", lambda _: COMMAND):
        return RUNNER.invoke(app, ["--facts", str(path), *args])


def assert_no_bug(result: Result, args: tuple[str, ...], codes: tuple[int, ...] = (0, 1)) -> None:
    # In process, a bug is an exception the runner caught: `kzeu` would exit 70 on it.
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crashed, (args, repr(result.exception))
    assert result.exit_code in codes, (args, result.exit_code, result.output)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(
    data=facts_files(),
    cite_format=st.sampled_from(FORMATS),
    # a query that folds to no word ("¨", a lone accent) is a usage error, exit 2: tested apart
    query=WORDS.filter(lambda q: bool(Query(q)) and not q.startswith("-")),
)
def test_every_view_in_every_format_exits_0_or_1(
    data: dict[str, Any], cite_format: str, query: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.json"
        path.write_text(as_json(data), encoding="utf-8")
        facts = load_facts(path)  # valid, as generated
        fact_ids = [fact.id for _, _, fact in facts.facts()]
        fact_ids += [d.id for d in derived_figures(facts)]
        views = [(), ("people",), ("topics",), ("events",), ("trade",), ("source",), ("check",)]
        views += [("search", query), ("search", "Met")]
        for view in views:
            for fmt in FORMATS:
                args = (*view, "-f", fmt)
                assert_no_bug(run(path, *args), args)
        for fmt in CHART_FORMATS:
            args = ("trade", "--chart", "-f", fmt)
            assert_no_bug(run(path, *args), args)
        for fact_id in fact_ids:
            args = ("cite", fact_id, "-f", cite_format)
            assert_no_bug(run(path, *args), args)
        typo = ("cite", f"{fact_ids[-1]}x", "-f", cite_format)
        assert_no_bug(run(path, *typo), typo, codes=(1, 2))  # 2: an id that is not there
