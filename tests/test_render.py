"""The renderer alone, format by format: each parsed back, one spelling of every number, and
untrusted text kept inert."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Mapping
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzeu.render import (
    Column,
    Listing,
    Marked,
    OutputFormat,
    render,
    visible,
)
from kzeu.render.as_csv import to_csv
from kzeu.render.as_html import to_html
from kzeu.render.as_json import json_document, json_object, json_value, to_json, to_jsonl
from kzeu.render.as_markdown import markdown_line, markdown_text, to_markdown

COLUMNS = (Column("id", "ID"), Column("text", "Text"), Column("n", "N", justify="right"))
RECORD = (Column("field", "Field"), Column("value", "Value"))


def listing(*rows: Mapping[str, object]) -> Listing:
    return Listing("Title", COLUMNS, rows, "Caption")  # type: ignore[arg-type]


def record(*rows: tuple[str, object]) -> Listing:
    cells = [{"field": name, "value": value} for name, value in rows]
    return Listing("A thing", RECORD, cells, show_header=False, record=True)  # type: ignore[arg-type]


def rendered(fmt: OutputFormat, shown: Listing) -> str:
    out = io.StringIO()
    render(shown, fmt, out)
    return out.getvalue()


# --- JSON and JSON Lines ------------------------------------------------------------------------


def test_json_keeps_decimals_exact() -> None:
    out = to_json(listing({"id": "a", "text": "x", "n": Decimal("0.1000000000000000000000001")}))
    assert json.loads(out, parse_float=Decimal)[0]["n"] == Decimal("0.1000000000000000000000001")
    assert '"n": 0.1000000000000000000000001}' in out
    assert json.loads(to_json(listing())) == []


def test_json_document_is_the_same_exact_writer() -> None:
    data = {"a": [Decimal("77.70"), Decimal("3E+3"), 1, None], "b": {}, "c": [], "d": "é"}
    out = json_document(data)
    assert out == (
        '{\n  "a": [\n    77.70,\n    3000,\n    1,\n    null\n  ],\n'
        '  "b": {},\n  "c": [],\n  "d": "é"\n}\n'
    )
    plain = {"x": [1, {"y": "z"}], "w": True}
    assert out != json.dumps(plain)
    assert json_document(plain) == json.dumps(plain, indent=2) + "\n"
    with pytest.raises(ValueError, match="not a number"):
        json_document({"nan": Decimal("NaN")})


def test_nested_rows_are_written_as_the_exact_writer_writes_them() -> None:
    history = [{"meeting": "a", "titles": ("x", "é\u2028"), "n": None}, {"meeting": "b"}]
    plain: dict[str, Any] = {"id": "p", "history": history, "count": 3, "ok": True}
    exact: dict[str, Any] = {**plain, "history": [*history, {"value": Decimal("1.50")}]}
    marked: dict[str, Any] = {**plain, "history": [{"text": Marked("abc", ((0, 1),))}]}
    for row in (plain, exact, marked):
        assert json_object(row) == json_value(row)
    assert json_object(plain) == json.dumps(plain, ensure_ascii=False)
    assert '{"value": 1.50}' in json_object(exact)
    assert '{"text": "abc"}' in json_object(marked)
    bad: dict[str, Any] = {"bad": [{"s": {1}}]}
    with pytest.raises(TypeError, match="set is not JSON"):
        json_object(bad)


def test_jsonl_is_one_object_per_line() -> None:
    out = to_jsonl(
        listing({"id": "a", "text": "x\ny", "n": Decimal("1.50")}, {"id": "b", "text": None})
    )
    lines = out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line, parse_float=Decimal) for line in lines] == [
        {"id": "a", "text": "x\ny", "n": Decimal("1.50")},
        {"id": "b", "text": None, "n": None},
    ]
    assert to_jsonl(listing()) == ""


def test_a_record_is_one_typed_object() -> None:
    shown = record(
        ("id", "x-1"),
        ("value", Decimal("49.7")),
        ("count", 3),
        ("titles", ("One", "Two")),
        ("in context", Marked("a b c", ((2, 3),))),
        ("missing", None),
    )
    expected = {
        "id": "x-1",
        "value": Decimal("49.7"),
        "count": 3,
        "titles": ["One", "Two"],
        "in context": "a b c",
        "missing": None,
    }
    assert json.loads(to_json(shown), parse_float=Decimal) == expected
    lines = to_jsonl(shown).splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0], parse_float=Decimal) == expected
    # CSV and Markdown keep the field/value rows.
    assert to_csv(shown).splitlines()[:3] == ["field,value", "id,x-1", "value,49.7"]
    assert to_markdown(shown).splitlines()[5] == "| titles | One; Two |"


def test_select_keeps_the_fields_asked_for_in_order() -> None:
    shown = Listing(
        "T",
        (Column("id", "ID"), Column("shown", "Value", data=False), Column("n", table=False)),
        [{"id": "a", "shown": "1 thing", "n": 1}],
    )
    picked = shown.select(["n", "id"])
    assert picked.data_keys() == ["n", "id"]
    assert [c.key for c in picked.columns if c.table] == ["n", "id"]
    assert to_csv(picked) == "n,id\n1,a\n"
    with pytest.raises(ValueError, match=r"unknown field 'nope'; valid fields: id, n$"):
        shown.select(["id", "nope"])
    with pytest.raises(ValueError, match=r"unknown fields 'x', 'y'; valid fields: id, n$"):
        shown.select(["x", "y"])
    # Any case, as the headers are shown: the keys come out as they are spelt.
    assert shown.select(["ID", "N"]).data_keys() == ["id", "n"]
    fields = record(("a", 1), ("b", 2), ("c", 3)).select(["c", "a"])
    assert json.loads(to_json(fields)) == {"c": 3, "a": 1}
    with pytest.raises(ValueError, match="valid fields: a, b, c"):
        record(("a", 1), ("b", 2), ("c", 3)).select(["d"])


# --- one spelling of a number -------------------------------------------------------------------


@pytest.mark.parametrize("value", ["77.7", "0.10", "3000", "-3.2", "12345678901234567890.5"])
def test_a_decimal_is_spelt_the_same_in_every_format(value: str) -> None:
    shown = listing({"id": "a", "text": "x", "n": Decimal(value)})
    assert f'"n": {value}' in to_json(shown)
    assert f'"n": {value}' in to_jsonl(shown)
    assert to_csv(shown).splitlines()[1] == f"a,x,{value}"
    assert to_markdown(shown).splitlines()[2] == f"| a | x | {value} |"
    assert f'<td class="number">{value}</td>' in to_html(shown)
    assert rendered(OutputFormat.table, shown).splitlines()[3].endswith(f"  {value}")
    assert rendered(OutputFormat.tsv, shown).splitlines()[1] == f"a\tx\t{value}"


# --- CSV ----------------------------------------------------------------------------------------


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
    more = ["-cmd|' /C calc'!A0", "\r=1", "+1.5e3", "-", "+", "-12.", "- 3", "+1,00"]
    out = to_csv(listing(*({"id": c} for c in more)))
    assert [r[0] for r in list(csv.reader(io.StringIO(out)))[1:]] == [
        "'-cmd|' /C calc'!A0",
        "\\x0d=1",
        "'+1.5e3",
        "'-",
        "'+",
        "'-12.",
        "'- 3",
        "'+1,00",
    ]


def test_a_signed_figure_stays_a_number_for_sqlite() -> None:
    out = to_csv(listing({"id": "+16.9", "text": "-3.2", "n": 1}))
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (id REAL, text REAL, n REAL)")
    db.executemany("INSERT INTO t VALUES (?, ?, ?)", list(csv.reader(io.StringIO(out)))[1:])
    assert db.execute("SELECT typeof(id), id + text FROM t").fetchone() == ("real", 13.7)


# --- Markdown -----------------------------------------------------------------------------------


def test_markdown_cells_cannot_break_the_row() -> None:
    out = to_markdown(listing({"id": "a|b", "text": "line1\nline2 <b>", "n": 1}))
    assert out.splitlines() == [
        "| id | text | n |",
        "|---|---|---:|",
        "| a\\|b | line1<br>line2 &lt;b&gt; | 1 |",
    ]


def test_markdown_neutralises_links_images_emphasis_and_html() -> None:
    hostile = "[x](javascript:alert(1)) ![i](http://e/i.png) **b** _u_ `c` ~~s~~ &amp; <img>"
    out = to_markdown(listing({"id": "a", "text": hostile, "n": 1}))
    assert out.splitlines()[2] == (
        "| a | \\[x\\](javascript:alert(1)) !\\[i\\](http://e/i.png) \\*\\*b\\*\\* \\_u\\_"
        " \\`c\\` \\~\\~s\\~\\~ &amp;amp; &lt;img&gt; | 1 |"
    )
    # Plain prose stays readable: only what Markdown would read is escaped.
    prose = "Trade & investment: 49.7 (+16.9%) - A&B, Trans-Caspian #1"
    assert to_markdown(listing({"id": prose})).splitlines()[2] == f"| {prose} |  |  |"


def test_markdown_highlights_are_the_only_emphasis() -> None:
    out = to_markdown(listing({"id": Marked("a *b* c", ((2, 5),))}))
    assert out.splitlines()[2] == "| a **\\*b\\*** c |  |  |"


# --- HTML ---------------------------------------------------------------------------------------


class Parsed(HTMLParser):
    """Every start tag with its attributes, and the text inside each kind of element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.open: list[str] = []
        self.text: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag not in ("br", "meta"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag, f"</{tag}> closes something else"

    def handle_data(self, data: str) -> None:
        if self.open and data.strip():
            self.text.setdefault(self.open[-1], []).append(data)


def parse(document: str) -> Parsed:
    parser = Parsed()
    parser.feed(document)
    parser.close()
    assert parser.open == []
    return parser


def test_html_is_a_document_with_a_real_table() -> None:
    shown = Listing(
        "Figures — a meeting",
        (Column("id", "ID"), Column("n", "Amount", justify="right"), Column("q", table=False)),
        [{"id": "a", "n": Decimal("1.5"), "q": "hidden"}, {"id": "b", "n": 2, "q": "x"}],
        "Source: a report",
        ("A note.",),
    )
    out = to_html(shown)
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    parsed = parse(out)
    names = [tag for tag, _ in parsed.tags]
    assert names.count("table") == 1
    assert names.count("tr") == 3
    assert parsed.text["title"] == ["Figures — a meeting"]
    assert parsed.text["caption"] == ["Figures — a meeting"]
    assert parsed.text["th"] == ["ID", "Amount"]
    assert parsed.text["td"] == ["a", "1.5", "b", "2"]
    assert parsed.text["p"] == ["Source: a report", "A note."]


def test_an_empty_listing_in_html_says_so_as_the_terminal_does() -> None:
    columns = (Column("id", "ID"), Column("label", "Topic"))
    empty = Listing("Agenda — a meeting", columns, [], empty="no topics listed")
    parsed = parse(to_html(empty))
    assert parsed.text["th"] == ["ID", "Topic"]
    assert parsed.text["td"] == ["no topics listed"]


def test_html_keeps_hostile_data_inert() -> None:
    hostile = (
        '<script>alert(1)</script><img src=x onerror="alert(2)"> "quoted" \'single\''
        " &amp; \x1b[31m \u202e"
    )
    shown = Listing(
        hostile,
        (Column("id", hostile), Column("text", "Text")),
        [{"id": hostile, "text": Marked(hostile, ((0, 8),))}, {"id": ("a<b", "c>d")}],
        hostile,
        (hostile,),
    )
    out = to_html(shown)
    parsed = parse(out)
    assert {tag for tag, _ in parsed.tags} == {
        "html", "head", "meta", "title", "style", "body", "table", "caption",
        "thead", "tr", "th", "tbody", "td", "mark", "br", "p",
    }  # fmt: skip
    attributes = {name for _, attrs in parsed.tags for name, _ in attrs}
    assert attributes <= {"lang", "charset", "scope", "class"}
    assert "\x1b" not in out
    assert "\u202e" not in out
    text = visible(hostile)
    assert parsed.text["title"] == [text]
    assert parsed.text["caption"] == [text]
    assert text in parsed.text["td"]
    assert parsed.text["mark"] == ["<script>"]


# --- escapes ------------------------------------------------------------------------------------

INVISIBLE = ["\u200e", "\u200f", "\u061c", "\u200b", "\ufeff", "\U000e0041", "\u2066", "\x9b"]


def test_invisible_and_direction_characters_are_shown_escaped() -> None:
    text = "a" + "b".join(INVISIBLE) + "c"
    assert visible(text) == ("a\\u200eb\\u200fb\\u061cb\\u200bb\\ufeffb\\U000e0041b\\u2066b\\x9bc")
    assert visible("tab\tand\nline") == "tab\tand\nline"
    assert visible("tab\tand\nline", inline=True) == "tab\\x09and\\x0aline"
    # The joiners that scripts and emoji need are kept.
    assert visible("\u200c\u200d") == "\u200c\u200d"
    table = rendered(OutputFormat.table, listing({"id": text, "text": (text, "x"), "n": 1}))
    csv_text = to_csv(listing({"id": text}))
    markdown = to_markdown(listing({"id": text}))
    for out in (table, csv_text, markdown, to_html(listing({"id": text}))):
        assert [c for c in INVISIBLE if c in out] == []
        assert "\\u200e" in out
        assert "\\U000e0041" in out


def test_json_escapes_them_and_reads_back_exact() -> None:
    text = "x" + "".join(INVISIBLE)
    out = to_json(listing({"id": text}))
    assert [c for c in INVISIBLE if c in out] == []
    assert "\\udb40\\udc41" in out  # a tag character as its UTF-16 pair
    rows: list[dict[str, Any]] = json.loads(out)
    assert rows[0]["id"] == text


# --- any text -----------------------------------------------------------------------------------

any_text = st.text(st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    ["=1+2", "[x](javascript:alert(1))", "<script>", "a|b", "\x1b[31m", "\u202e", "&amp;", "*b*"]
)


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(any_text, min_size=3, max_size=3),
    number=st.decimals(-(10**15), 10**15, allow_nan=False, allow_infinity=False),
)
def test_any_text_in_any_format_stays_in_its_cell(texts: list[str], number: Decimal) -> None:
    row = {"id": texts[0], "text": (texts[1], texts[2]), "n": number}
    shown = listing(row)
    assert json.loads(to_json(shown), parse_float=Decimal)[0] == {
        "id": texts[0],
        "text": [texts[1], texts[2]],
        "n": number,
    }
    assert len(list(csv.reader(io.StringIO(to_csv(shown))))[1]) == 3
    line = to_markdown(shown).splitlines()[2]
    assert len(re.findall(r"(?<!\\)(?:\\\\)*\|", line)) == 4  # 3 cells, 4 unescaped pipes
    parsed = parse(to_html(shown))
    assert [tag for tag, _ in parsed.tags].count("td") == 3
    for out in (rendered(OutputFormat.table, shown), to_csv(shown), to_markdown(shown)):
        assert [c for c in out if c in "\x1b\x9b\u202e\u200e"] == []


def test_the_data_formats_never_import_rich() -> None:
    probe = (
        "import io, sys\n"
        "from kzeu.render import Column, Listing, OutputFormat, render\n"
        "assert 'rich' not in sys.modules\n"
        "shown = Listing('T', (Column('a'),), [{'a': 'x'}], record=False)\n"
        "for fmt in ('json', 'jsonl', 'csv', 'markdown', 'html'):\n"
        "    render(shown, OutputFormat(fmt), io.StringIO())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout == "[]\n"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# Big", "\\# Big"),
        ("   - item", "   \\- item"),
        ("1. first", "1\\. first"),
        ("12) twelfth", "12\\) twelfth"),
        ("===", "\\==="),
        ("2025-03-28 ministers met", "2025-03-28 ministers met"),
        ("3 apples", "3 apples"),
        ("plain # not a heading", "plain # not a heading"),
    ],
)
def test_a_line_of_data_never_starts_a_markdown_block(text: str, line: str) -> None:
    assert markdown_line(markdown_text(text)) == line


# --- the house ----------------------------------------------------------------------------------


def test_no_module_of_the_renderer_imports_one_that_imports_it_back() -> None:
    import ast
    from pathlib import Path

    import kzeu.render

    root = Path(kzeu.render.__file__).parent
    imports: dict[str, set[str]] = {}
    for path in root.glob("*.py"):
        name = "kzeu.render" if path.stem == "__init__" else f"kzeu.render.{path.stem}"
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kzeu.render"):
                found.add(node.module or "")
        imports[name] = found - {name}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in imports.get(start, set()) - seen:
            if nxt == goal or reaches(nxt, goal, seen | {nxt}):
                return True
        return False

    modules = [m for m in imports if m != "kzeu.render"]  # the package re-exports its modules
    assert [m for m in modules if reaches(m, m, {"kzeu.render"})] == []


def test_tsv_keeps_every_row_on_one_line_and_every_field_in_its_column() -> None:
    from kzeu.render.as_tsv import to_tsv, tsv_cell

    assert tsv_cell("a\tb\nc\\d") == "a\\tb\\nc\\\\d"
    assert tsv_cell(("x", "y")) == "x; y"
    assert tsv_cell(Decimal("0.10")) == "0.10"
    shown = listing({"id": "a\tb", "text": "line one\nline two\x1b[2J", "n": Decimal("1.5")})
    lines = to_tsv(shown).splitlines()
    assert lines == ["id\ttext\tn", "a\\tb\tline one\\nline two\\\\x1b[2J\t1.5"]
