"""Tables and the chart as a terminal and a pipe show them: widths, wrapping, markers, colours."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console, RenderableType

from kzeu.render import (
    Bar,
    Chart,
    Column,
    Listing,
    OutputFormat,
    Row,
    render,
)
from kzeu.render.chart import build_chart
from kzeu.render.layout import Measured, column_widths
from kzeu.render.table import CELL_CHARS, CELL_LINES, build_table


def drawn(renderable: RenderableType, width: int, *, colour: bool = False) -> str:
    """Return what a terminal ``width`` columns wide shows of ``renderable``."""
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=colour,
        color_system="standard" if colour else None,
        highlight=False,
        emoji=False,
    )
    console.print(renderable, crop=False)
    return out.getvalue()


def piped(listing: Listing) -> str:
    out = io.StringIO()
    render(listing, OutputFormat.table, out)
    return out.getvalue()


FIGURES = Listing(
    "Figures — a meeting somewhere, on a day",
    (
        Column("label", "Figure"),
        Column("shown", "Value", justify="right"),
        Column("period", "Period"),
        Column("basis", "Basis"),
    ),
    [
        {"label": "A standing", "shown": "a leading partner in trade and more", "period": "now"},
        *(
            {"label": f"Figure number {n} of the report", "shown": f"USD {n}00.5 billion"}
            for n in range(1, 6)
        ),
        {
            "label": "A figure computed from the others, previous period (implied)",
            "shown": "USD 42.5 billion",
            "period": "not stated",
            "basis": "derived: trade-turnover / (1 + trade-turnover-change / 100)",
            "derived": True,
        },
    ],
    "Source: a report filed somewhere, published on a day; according to a ministry",
    marker="derived",
)


def test_no_id_or_formula_is_cut_mid_word_at_80_columns() -> None:
    out = drawn(build_table(FIGURES, 80), 80)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "trade-turnover-change" in out
    # Every value is on one line, and the value column is no wider than they need.
    for n in range(1, 6):
        assert f"  USD {n}00.5 billion   " in out
    header = next(line for line in out.splitlines() if "Value" in line)
    assert "             Value   Period" in header  # as wide as its values: "≈ USD 42.5 billion"
    assert "│" not in out  # a rule under the header, no frame
    assert "┌" not in out


def test_column_widths_give_words_first_then_short_columns() -> None:
    measured = [Measured(10, 30, 60), Measured(8, 16, 36, numeric=True), Measured(6, 6, 6)]
    assert column_widths(measured, 60) == [38, 16, 6]
    assert column_widths(measured, 30) == [10, 14, 6]
    assert column_widths(measured, 200) == [60, 36, 6]
    assert column_widths(measured, 20) == [7, 7, 6]  # the widest give way


def test_a_list_is_one_bulleted_item_a_line_wrapped_under_its_text() -> None:
    people = Listing(
        "People",
        (Column("id", "ID", no_wrap=True), Column("titles", "Titles")),
        [
            {"id": "someone", "titles": ("First Title of Many Words", "Second")},
            {"id": "other", "titles": ("Only one",)},
        ],
    )
    lines = [line.rstrip() for line in drawn(build_table(people, 30), 30).splitlines()]
    assert lines[3:7] == [
        "someone   • First Title of",
        "            Many Words",
        "          • Second",
        "other     Only one",
    ]


def test_marked_rows_are_drawn_apart_with_a_note() -> None:
    out = drawn(build_table(FIGURES, 120), 120)
    lines = out.splitlines()
    # The mark goes with the figure, in the first number column.
    assert " ≈ USD 42.5 billion   " in out
    assert "   USD 100.5 billion   " in out
    assert "≈ marks the derived rows." in lines
    coloured = drawn(build_table(FIGURES, 120), 120, colour=True)
    marked = next(line for line in coloured.splitlines() if "≈" in line)
    assert "\x1b[3m" in marked  # italic
    assert "\x1b[3m" not in next(x for x in coloured.splitlines() if "A standing" in x)
    # A note that explains the marker itself replaces the default one.
    explained = FIGURES._replace(notes=("≈ computed, not stated.",))
    assert "≈ marks" not in drawn(build_table(explained, 120), 120)
    assert "≈ USD 42.5 billion" in piped(FIGURES)


def test_without_a_number_column_the_mark_leads_the_row_and_wraps_under_it() -> None:
    words = Listing(
        "Words",
        (Column("label", "Label"), Column("basis", "Basis")),
        [
            {"label": "A label long enough to wrap here", "basis": "derived", "derived": True},
            {"label": "Another one", "basis": "stated"},
        ],
        marker="derived",
    )
    lines = [line.rstrip() for line in drawn(build_table(words, 30), 30).splitlines()]
    assert lines[3:7] == [
        "≈ A label long         derived",
        "  enough to wrap",
        "  here",
        "  Another one          stated",
    ]


def test_a_table_keeps_its_columns_while_its_longest_words_fit() -> None:
    wide = Listing(
        "Ids",
        (Column("id", "ID", no_wrap=True), Column("formula", "Formula")),
        [{"id": "an-identifier-of-thirty-chars", "formula": "a-formula-of-28-characters-x / 2"}],
    )
    lines = [line.rstrip() for line in drawn(build_table(wide, 60), 60).splitlines()]
    assert lines[1:5] == [
        "ID                              Formula",
        "─" * 60,
        "an-identifier-of-thirty-chars   a-formula-of-28-characters-x",
        "                                / 2",
    ]
    assert drawn(build_table(wide, 59), 59).splitlines()[1].split() == ["ID", wide.rows[0]["id"]]


def test_styles_colour_the_cells_they_name() -> None:
    checks = Listing(
        "Check: a file",
        (Column("check", "Check"), Column("status", "Status")),
        [{"check": "a", "status": "pass"}, {"check": "b", "status": "fail"}],
        "1 check failed",
        styles={"status": {"pass": "green", "fail": "bold red", "skip": "dim"}},
    )
    out = drawn(build_table(checks, 80), 80, colour=True)
    assert "\x1b[32mpass" in out
    assert "\x1b[1;31mfail" in out
    summary = next(line for line in out.splitlines() if "failed" in line)
    assert "\x1b[2m" not in summary  # the verdict is not dimmed


def test_a_pipe_gets_a_flush_left_title_and_no_trailing_spaces() -> None:
    out = piped(FIGURES)
    lines = out.splitlines()
    assert lines[0] == "Figures — a meeting somewhere, on a day"
    assert lines[-2] == (
        "Source: a report filed somewhere, published on a day; according to a ministry"
    )
    assert [line for line in lines if line != line.rstrip()] == []
    assert "\x1b" not in out
    assert "A figure computed from the others, previous period (implied)" in out


def test_a_big_cell_is_cut_in_the_table_and_whole_in_the_data_formats() -> None:
    text = "\n".join(f"line {n}" for n in range(CELL_LINES + 10))
    big = Listing("Big", (Column("field"), Column("value")), [{"field": "text", "value": text}])
    out = piped(big)
    assert f"line {CELL_LINES - 1}" in out
    assert f"line {CELL_LINES}\n" not in out
    assert "Long cells are cut to 100,000 characters or 2,000 lines here" in out
    json_out = io.StringIO()
    render(big, OutputFormat.json, json_out)
    assert f"line {CELL_LINES + 9}" in json_out.getvalue()
    titles = tuple(f"Envoy {n}" for n in range(CELL_LINES + 5))
    out = piped(big._replace(rows=[{"field": "titles", "value": titles}]))
    assert f"; Envoy {CELL_LINES - 1}\n" in out  # a pipe's table: a list on one line
    assert f"Envoy {CELL_LINES};" not in out
    long_line = "word " * (CELL_CHARS // 4)
    out = drawn(build_table(big._replace(rows=[{"field": "x", "value": long_line}]), 100), 100)
    assert out.count("word") == CELL_CHARS // 5


# --- the chart ----------------------------------------------------------------------------------

TRADE = Chart(
    "Trade — a meeting",
    (
        Bar("Trade turnover", Decimal("49.7"), "USD 49.7 billion"),
        Bar("Exports from Somewhere", Decimal("38.6"), "USD 38.6 billion"),
        Bar("Imports", Decimal("11.1"), "USD 11.1 billion"),
    ),
    "Source: a report",
)


@pytest.mark.parametrize(
    ("width", "bars"),
    [(40, [10, 8, 2]), (60, [20, 16, 4]), (80, [37, 29, 8]), (120, [60, 47, 13]), (30, [10, 8, 2])],
)
def test_the_chart_fits_its_width_with_whole_values_and_true_bars(
    width: int, bars: list[int]
) -> None:
    out = drawn(build_chart(TRADE, plain=True, width=width), width)
    lines = out.splitlines()
    assert [line.count("#") for line in lines if "#" in line] == bars
    for bar in TRADE.bars:
        assert any(line.endswith(bar.shown) for line in lines)
    assert max(len(line) for line in lines) <= max(width, 40)
    assert "…" not in out
    # Proportional: each bar within half a cell of the exact share of the longest.
    for bar, length in zip(TRADE.bars, bars, strict=True):
        assert abs(length - bar.value / Decimal("49.7") * bars[0]) <= Decimal("0.5")


def test_a_label_wraps_but_is_never_cut() -> None:
    out = drawn(build_chart(TRADE, plain=True, width=40), 40)
    assert " Exports    ########    USD 38.6 billion" in out.splitlines()
    assert " from" in out.splitlines()
    assert " Somewhere" in out.splitlines()


def test_the_chart_to_a_pipe_is_plain_and_unwrapped() -> None:
    out = io.StringIO()
    render(TRADE, OutputFormat.table, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Trade — a meeting"
    assert lines[1] == " Trade turnover          " + "#" * 40 + "  USD 49.7 billion"
    assert [line for line in lines if line != line.rstrip()] == []


def test_the_chart_as_html_is_a_table_of_bars() -> None:
    out = io.StringIO()
    render(TRADE, OutputFormat.html, out)
    html = out.getvalue()
    assert '<th scope="row">Exports from Somewhere</th>' in html
    assert '<span class="bar" style="width: 10.0em"></span>' in html
    assert '<span class="bar" style="width: 7.8em"></span>' in html
    with pytest.raises(ValueError, match="cannot be written as csv"):
        render(TRADE, OutputFormat.csv, out)


def test_a_record_to_a_pipe_is_two_aligned_columns() -> None:
    thing = Listing(
        "A thing",
        (Column("field", no_wrap=True), Column("value")),
        [{"field": "name", "value": "X"}, {"field": "titles", "value": ("a", "b")}],
        "Source: s",
        show_header=False,
        record=True,
    )
    assert piped(thing).splitlines() == [
        "A thing",
        "name    X",
        "titles  a; b",
        "Source: s",
    ]


def test_a_table_too_wide_for_its_words_is_stacked_a_row_a_block() -> None:
    people = Listing(
        "People",
        (
            Column("id", "ID", no_wrap=True),
            Column("titles", "Titles"),
            Column("n", "N", justify="right"),
        ),
        [
            {"id": "a-rather-long-identifier", "titles": ("First Title", "Second"), "n": 1},
            {"id": "b", "titles": ("Only",), "n": 2, "derived": True},
        ],
        "Source: s",
        marker="derived",
    )
    lines = [line.rstrip() for line in drawn(build_table(people, 36), 36).splitlines()]
    assert lines == [
        "People",
        "ID      a-rather-long-identifier",
        "Titles  • First Title",
        "        • Second",
        "N       1",
        "",
        "ID      b",
        "Titles  Only",
        "N       ≈ 2",
        "Source: s",
        "≈ marks the derived rows.",
    ]


def test_a_stacked_block_leaves_out_the_fields_it_has_nothing_for() -> None:
    checks = Listing(
        "Checks",
        (Column("check", "Check", no_wrap=True), Column("detail", "Detail", no_wrap=True)),
        [
            {"check": "a-check-whose-name-is-long", "detail": ""},
            {"check": "b", "detail": "a-detail-of-18-cel"},
        ],
    )
    lines = [line.rstrip() for line in drawn(build_table(checks, 40), 40).splitlines()]
    assert lines == [
        "Checks",
        "Check   a-check-whose-name-is-long",
        "",
        "Check   b",
        "Detail  a-detail-of-18-cel",
    ]


# A check's details: one long path in a table of short rows.
CHECKS = Listing(
    "Check: a draft",
    (Column("check", "Check"), Column("status", "Status"), Column("detail", "Detail")),
    [
        *({"check": f"check number {n}", "status": "pass", "detail": ""} for n in range(7)),
        {
            "check": "nothing unconfirmed",
            "status": "fail",
            "detail": (
                "topics/one: label (guessed)",
                "events/an-intergovernmental-commission-on-economic-cooperation: status"
                " (held or to come)",
            ),
        },
    ],
)


def test_a_long_path_in_a_few_rows_is_broken_after_a_hyphen_not_stacked() -> None:
    lines = [line.rstrip() for line in drawn(build_table(CHECKS, 60), 60).splitlines()]
    assert lines[1].split() == ["Check", "Status", "Detail"]
    assert max(len(line) for line in lines) <= 60
    row = lines.index(next(line for line in lines if line.startswith("nothing")))
    assert [line[28:] for line in lines[row:]] == [
        "• topics/one: label (guessed)",
        "• events/an-intergovernmental-",
        "  commission-on-economic-",
        "  cooperation: status (held or",
        "  to come)",
    ]
    # No bullet is left alone on its line.
    assert [line for line in lines if line.strip() == "•"] == []


def test_a_word_too_long_for_its_line_breaks_after_a_hyphen_or_slash_else_at_the_width() -> None:
    from kzeu.render.layout import wrap_words

    assert wrap_words("see events/central-asia-eu-summit now", 16) == [
        "see",
        "events/central-",
        "asia-eu-summit",
        "now",
    ]
    assert wrap_words("abcdefghijkl", 5) == ["abcde", "fghij", "kl"]
    assert wrap_words("a b", 5) == ["a b"]


@given(
    st.text(alphabet=st.sampled_from("ab-/ 漢\u00e9"), max_size=60),
    st.integers(min_value=2, max_value=20),
)
def test_wrapped_words_fit_their_width_and_lose_nothing(text: str, width: int) -> None:
    from rich.cells import cell_len

    from kzeu.render.layout import wrap_words

    pieces = wrap_words(text, width)
    assert all(cell_len(piece) <= width for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_a_title_too_wide_for_the_terminal_breaks_after_its_dash() -> None:
    lines = drawn(build_table(FIGURES, 30), 30).splitlines()
    assert lines[:2] == ["Figures —", "a meeting somewhere, on a day"]
    assert drawn(build_table(FIGURES, 80), 80).splitlines()[0] == FIGURES.title


def test_a_column_that_gives_way_with_nothing_in_it_needs_no_note() -> None:
    columns = (
        Column("report", "Report"),
        Column("n", "Count", justify="right"),
        Column("problem", "Problem", gives_way=True),
    )
    rows: list[Row] = [
        {"report": f"report-number-{n}.txt", "n": n, "problem": ""} for n in range(3)
    ]
    quiet = drawn(build_table(Listing("Drafts", columns, rows), 30), 30)
    assert "Too narrow" not in quiet
    rows[1] = {**rows[1], "problem": "the report could not be read at all"}
    noted = drawn(build_table(Listing("Drafts", columns, rows), 30), 30)
    assert "Too narrow for problem: --fields problem,... shows it." in " ".join(noted.split())


def test_a_long_group_heading_breaks_after_a_slash_not_mid_word() -> None:
    path = "/home/someone/facts/meetings/2023-a-meeting-somewhere.json"
    checks = Listing(
        "Check: 1 file",
        (Column("file", "File"), Column("check", "Check"), Column("status", "Status")),
        [{"file": path, "check": "schema", "status": "pass"}],
        groups=("file",),
    )
    lines = [line.rstrip() for line in drawn(build_table(checks, 30), 30).splitlines()]
    assert lines[3:6] == [
        "/home/someone/facts/meetings/",
        "2023-a-meeting-somewhere.json",
        "schema   pass",
    ]


def test_a_mark_stays_on_the_line_of_its_figure_in_a_narrow_column() -> None:
    columns = (
        Column("label", "Label"),
        Column("value", "Value", justify="right"),
        Column("derived", table=False),
    )
    short: list[Row] = [{"label": "Short", "value": Decimal(n), "derived": False} for n in range(5)]
    rows: list[Row] = [
        {
            "label": "A long label that takes the room " * 2,
            "value": Decimal("150.0"),
            "derived": True,
        },
        *short,
    ]
    listing = Listing("Figures", columns, rows, marker="derived")
    out = drawn(build_table(listing, 40), 40)
    assert any(line.endswith(" ≈ 150.0") for line in out.splitlines())
    assert not any(line.rstrip(" │").endswith("≈") for line in out.splitlines())


# --- one plain writer, one limit ----------------------------------------------------------------


def test_a_big_terminal_table_is_the_plain_writer_with_its_mark_and_note() -> None:
    from kzeu.render.table import needs_plain

    columns = (
        Column("label", "Label"),
        Column("value", "Value", justify="right"),
        Column("id", "ID", gives_way=True),
    )
    rows: list[Row] = [
        {"label": "x" * 2_000, "value": Decimal(n), "id": f"row-{n}", "derived": n % 2 == 1}
        for n in range(1_001)
    ]
    listing = Listing("Big", columns, rows, "Source: s", marker="derived")
    assert needs_plain(listing)
    assert needs_plain(listing._replace(rows=rows[:200]))  # 400,000 characters
    assert not needs_plain(listing._replace(rows=rows[:20]))
    lines = piped(listing).splitlines()
    assert lines[1].split() == ["Label", "Value", "ID"]
    assert lines[3].endswith("  0  row-0")
    assert lines[4].endswith("≈ 1  row-1")  # the mark with the figure, as in a drawn table
    assert "1,001 rows" in lines
    assert "≈ marks the derived rows." in lines
    small = piped(listing._replace(rows=rows[:2])).splitlines()
    assert small[4].endswith("≈ 1  row-1")


def test_every_list_is_shortened_by_one_rule_and_one_limit() -> None:
    from kzeu.render import SHOWN_ITEMS, shortened

    items = [f"item {n}" for n in range(SHOWN_ITEMS + 5)]
    assert shortened(items, "kzeu x") == [*items[:SHOWN_ITEMS], "... and 5 more (kzeu x)"]
    assert shortened(items[:SHOWN_ITEMS], "kzeu x") == items[:SHOWN_ITEMS]
    # what is counted can be named, with what else the rest hold
    assert shortened(items, "kzeu x", noun="fact", besides=", with 9 fields")[-1] == (
        "... and 5 more facts, with 9 fields (kzeu x)"
    )
    one_more = shortened(items[: SHOWN_ITEMS + 1], "kzeu x", noun="fact")
    assert one_more == [*items[:SHOWN_ITEMS], "... and 1 more fact (kzeu x)"]


def test_text_written_without_spaces_wraps_between_its_characters() -> None:
    from kzeu.render.layout import height, measure, wrap_words

    # A line of Chinese is one "word" to a space-splitter: it fills the line, then breaks.
    assert wrap_words("They discussed 关于区域合作和贸易", 20) == [
        "They discussed 关于",
        "区域合作和贸易",
    ]
    # A column of it can be as narrow as one character: it does not force a block a field.
    assert measure([["关于区域合作和贸易发展"]]).minimum == 2
    assert measure([["关于区域合作和贸易发展"]], breaking=True).minimum == 2
    # Lines are counted in cells, not characters: 30 wide characters take two lines of 40.
    assert height(["中" * 30], 40) == 2
    # Words of other scripts are as they were.
    assert wrap_words("They discussed ports", 18) == ["They discussed", "ports"]
    assert measure([["a-long-word and more"]]).minimum == len("a-long-word")


def test_a_record_with_a_word_wider_than_the_terminal_stays_a_field_a_line() -> None:
    record = Listing(
        "Cite: x",
        (Column("field", "Field"), Column("value", "Value")),
        [
            {"field": "id", "value": "x"},
            {"field": "quote", "value": "said " + "b" * 70 + " today"},
        ],
        show_header=False,
        record=True,
    )
    lines = [line.rstrip() for line in drawn(build_table(record, 40), 40).splitlines()]
    assert lines == [
        "Cite: x",
        "id     x",
        "quote  said",
        "       " + "b" * 32,
        "       " + "b" * 32,
        "       bbbbbb today",
    ]


def test_a_table_of_short_rows_and_one_long_cell_stays_a_table_at_about_the_same_length() -> None:
    # kzeu check of a draft at 60 columns: nine short rows and a long list of fields. Blocks
    # of "Check" and "Status" were as long as the table (a line or two shorter) and read
    # worse: the statuses could no longer be read down a column.
    reasons = "(composed from what the draft found: the meetings it lists them in; confirm)"
    detail = tuple(
        f"events/an-event-named-{n}-after-its-participants: name {reasons}" for n in range(6)
    )
    checks = Listing(
        "Check: a draft",
        (
            Column("check", "Check", no_wrap=True),
            Column("status", "Status", no_wrap=True),
            Column("detail", "Detail"),
        ),
        [
            *({"check": f"check number {n}", "status": "pass", "detail": ""} for n in range(9)),
            {"check": "nothing unconfirmed", "status": "fail", "detail": detail},
        ],
    )
    lines = [line.rstrip() for line in drawn(build_table(checks, 60), 60).splitlines()]
    assert lines[1].split() == ["Check", "Status", "Detail"]
    assert lines[3] == "check number 0        pass"
    assert max(len(line) for line in lines) <= 60
    assert not any(line.startswith("Status") for line in lines)


def test_a_mark_of_closing_punctuation_never_starts_a_line() -> None:
    from kzeu.render.layout import hanging, measure, wrap_words

    # A draft's "?" after an unconfirmed value stays with the value, as "≈" does.
    assert wrap_words("KZT 1.2 trillion ?", 16) == ["KZT 1.2", "trillion ?"]
    assert wrap_words("12.5 billion ?; Companies", 14) == ["12.5", "billion ?;", "Companies"]
    assert hanging(["Investment projects: KZT 1.2 trillion ?"], 38) == [
        "Investment projects: KZT 1.2",
        "trillion ?",
    ]
    assert measure([["a trillion ?"]]).minimum == len("trillion ?")
    record = Listing(
        "Overview",
        (Column("field", "Field"), Column("value", "Value")),
        [{"field": "figures", "value": "Investment projects: KZT 1.2 trillion ?"}],
        show_header=False,
        record=True,
    )
    lines = [line.rstrip() for line in drawn(build_table(record, 48), 48).splitlines()]
    assert lines[1:] == ["figures  Investment projects: KZT 1.2", "         trillion ?"]


def test_a_chart_with_nothing_to_draw_says_so_under_its_labels_on_every_line() -> None:
    empty = Chart(
        "Trade — a meeting",
        (),
        "Source: s",
        "nothing to chart: no turnover with exports and imports stated as parts of it",
    )
    lines = [
        line.rstrip() for line in drawn(build_chart(empty, plain=True, width=50), 50).splitlines()
    ]
    assert lines[1:] == [
        " nothing to chart: no turnover with exports and",
        " imports stated as parts of it",
        "Source: s",
    ]
