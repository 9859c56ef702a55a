"""The renderer alone: each format parsed back, exact numbers, and untrusted text kept inert."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from kzeu.render import Column, Listing, OutputFormat, render_listing, to_csv, to_json, to_markdown

COLUMNS = (Column("id", "ID"), Column("text", "Text"), Column("n", "N", justify="right"))


def listing(*rows: dict[str, object]) -> Listing:
    return Listing("Title", COLUMNS, rows, "Caption")  # type: ignore[arg-type]


def test_json_keeps_decimals_exact() -> None:
    out = to_json(listing({"id": "a", "text": "x", "n": Decimal("0.1000000000000000000000001")}))
    assert json.loads(out, parse_float=Decimal)[0]["n"] == Decimal("0.1000000000000000000000001")
    assert json.loads(to_json(listing())) == []


def test_csv_reads_back_with_the_same_columns() -> None:
    out = to_csv(listing({"id": "a", "text": 'say "hi", then\nleave', "n": 3}))
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [["id", "text", "n"], ["a", 'say "hi", then\nleave', "3"]]


def test_csv_neutralises_formulas_but_not_numbers() -> None:
    cells = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "plain", "+16.9%", "-3,000", "-2+3", "+A1"]
    out = to_csv(listing(*({"id": c, "text": c, "n": Decimal(-1)} for c in cells)))
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert [r[0] for r in rows] == [
        "'=1+2",
        "+1",
        "-1",
        "'@SUM(A1)",
        "'\tx",
        "plain",
        "+16.9%",
        "-3,000",
        "'-2+3",
        "'+A1",
    ]
    assert {r[2] for r in rows} == {"-1"}


def test_markdown_cells_cannot_break_the_row() -> None:
    out = to_markdown(listing({"id": "a|b", "text": "line1\nline2 <b>", "n": 1}))
    assert out.splitlines() == [
        "| id | text | n |",
        "|---|---|---:|",
        "| a\\|b | line1<br>line2 &lt;b&gt; | 1 |",
    ]


def test_table_to_a_pipe_is_plain_and_unwrapped() -> None:
    long = "word " * 60
    out = io.StringIO()
    render_listing(listing({"id": "a", "text": long.strip(), "n": 1}), OutputFormat.table, out)
    text = out.getvalue()
    assert "\x1b" not in text
    assert long.strip() in text
