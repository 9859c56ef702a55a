"""The one plain-text table writer: a table asked for with ``-f table`` on a pipe, and a table
too long for Rich to lay out quickly on a terminal (``kzeu.render.table.needs_plain``), one line
a row, in time linear in the text."""

from __future__ import annotations

from typing import TextIO

from kzeu.render.cells import plain
from kzeu.render.escape import visible
from kzeu.render.groups import grouped
from kzeu.render.layout import MARK
from kzeu.render.listing import STREAM_ROWS, Cell, Listing
from kzeu.render.table import (
    CELL_LINES,
    Cut,
    Prepared,
    cell_lines,
    cut_to_limits,
    drawn_rows,
    marker_column,
    table_columns,
    table_notes,
)


def plain_table(listing: Listing, stream: TextIO) -> None:
    """Write the listing as plain aligned text, one line a row (a cell's lines joined by
    spaces, a list's items by "; "), each column as wide as its widest cell, no colour and no
    trailing spaces; past ``STREAM_ROWS`` rows it ends with their count.

    The one plain-text writer (for ``-f table`` on a pipe, and for tables too big for Rich),
    linear in the text: a record's last column (a whole report) is never padded."""
    from rich.cells import cell_len

    listing, runs = grouped(listing)
    headings = {run.start: run.heading for run in runs}
    columns = table_columns(listing)
    rows = drawn_rows(listing, columns)
    at = marker_column(columns)
    marker = listing.marker
    any_marked = bool(marker) and any(row.get(marker or "") for row in rows)
    cut = False
    lines: list[list[str]] = []
    for row in rows:
        texts = []
        for i, column in enumerate(columns):
            shown = _plain_cell(row.get(column.key))
            cut = cut or shown.cut
            text = shown.lines[0] if shown.lines else ""
            if any_marked and i == at:
                text = (MARK if row.get(marker or "") else " " * len(MARK)) + text
            texts.append(text)
        lines.append(texts)
    framed = listing.show_header
    headers = [visible(c.heading()) for c in columns]
    drawn = [headers, *lines] if framed else lines
    measured = [[(t, cell_len(t)) for t in texts] for texts in drawn]
    widths = [max((row[i][1] for row in measured), default=0) for i in range(len(columns))]
    right = [c.justify == "right" for c in columns]

    def line(texts: list[tuple[str, int]]) -> str:
        padded = []
        for i, ((text, size), w) in enumerate(zip(texts, widths, strict=True)):
            gap = " " * (w - size)
            last = i == len(columns) - 1
            padded.append(gap + text if right[i] else text + ("" if last else gap))
        return "  ".join(padded).rstrip() + "\n"

    stream.write(visible(listing.title) + "\n")
    if not rows and listing.empty:
        stream.write(visible(listing.empty) + "\n")
    elif framed:
        stream.write(line(measured[0]))
        stream.write("  ".join("─" * w for w in widths) + "\n")
    for at, sized in enumerate(measured[1 if framed else 0 :]):
        if at in headings:
            stream.write(headings[at] + "\n")
        stream.write(line(sized))
    if len(rows) > STREAM_ROWS:
        stream.write(f"{len(rows):,} rows\n")
    if listing.caption:
        stream.write(visible(listing.caption) + "\n")
    prepared = Prepared(columns, headers, [], [], cut, rows)
    for note in table_notes(listing, prepared):
        stream.write(note + "\n")


def _plain_cell(value: Cell) -> Cut:
    """Return a cell as one line: a list's items joined by "; ", lines by spaces."""
    if isinstance(value, tuple):
        items = cut_to_limits([plain(v) for v in value[: CELL_LINES + 1]])
        return Cut(["; ".join(items.lines)], items.cut or len(value) > CELL_LINES)
    shown = cell_lines(value)
    return Cut([" ".join(shown.lines)], shown.cut)
