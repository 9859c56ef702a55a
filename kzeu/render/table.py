"""Tables: a listing drawn with Rich for a terminal, plain for a pipe, streamed when long.

Columns are sized by their content: each is at least as wide as its longest word (no id or
formula is cut mid-word when the terminal can hold it), short columns get their whole width,
and the long ones share what is left. A list is one item a line, each after a bullet. Rows a
listing marks (``Listing.marker``) are drawn in italics after ``≈``. A table cell shows at most
``CELL_CHARS`` characters and ``CELL_LINES`` lines; the data formats always carry everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, TextIO

from kzeu.render.cells import plain
from kzeu.render.escape import visible
from kzeu.render.listing import Cell, Column, Listing, Marked, Row

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

BULLET = "• "
MARK = "≈ "
MARKED_STYLE = "italic"
# What one table cell shows, at most: enough for any report, little enough to draw at once.
CELL_CHARS = 20_000
CELL_LINES = 400
# Past this many rows a table is streamed as aligned plain text: a Rich table lays out every
# row before it prints the first, which takes seconds for a listing of many thousands.
STREAM_ROWS = 1000

_WORD = re.compile(r"\S+")


class _Cut(NamedTuple):
    """A cell's text as the table shows it, and whether some of it was left out."""

    lines: list[str]
    cut: bool


def _cut(lines: list[str]) -> _Cut:
    """Return at most CELL_LINES lines and CELL_CHARS characters of ``lines``."""
    kept: list[str] = []
    budget = CELL_CHARS
    for line in lines:
        if len(kept) == CELL_LINES or budget <= 0:
            return _Cut(kept, True)
        kept.append(line[:budget])
        budget -= len(line)
    return _Cut(kept, budget < 0)


def _cell_lines(value: Cell) -> _Cut:
    """Return the lines a cell shows, escaped (a list: one item a line, each after a bullet)."""
    if isinstance(value, tuple):
        items = _cut([visible(v) for v in value[: CELL_LINES + 1]])
        cut = items.cut or len(value) > CELL_LINES
        if len(items.lines) < 2:
            return _Cut(items.lines, cut)
        return _Cut([BULLET + item for item in items.lines], cut)
    text = value.text if isinstance(value, Marked) else value
    if not isinstance(text, str):
        text = plain(text)
    return _cut(visible(text[: CELL_CHARS + 1]).split("\n"))


class _Measured(NamedTuple):
    """A column's narrowest width without cutting a word, and its width without wrapping."""

    minimum: int
    maximum: int


def _measure(lines: Sequence[str]) -> _Measured:
    from rich.cells import cell_len

    widest_line = max((cell_len(line) for line in lines), default=0)
    widest_word = max((cell_len(w) for line in lines for w in _WORD.findall(line)), default=0)
    bullet = len(BULLET) if lines and lines[0].startswith(BULLET) else 0
    return _Measured(min(widest_word + bullet, widest_line), widest_line)


def column_widths(
    measured: Sequence[_Measured], available: int, fixed: Sequence[bool]
) -> list[int] | None:
    """Return the width of each column so that all fit ``available`` cells, or None when even
    their longest words do not fit (then Rich folds). Every column gets its longest word; the
    rest is shared out evenly, a column never getting more than its widest line, so that short
    columns are whole and the long ones wrap."""
    widths = [m.maximum if f else m.minimum for m, f in zip(measured, fixed, strict=True)]
    spare = available - sum(widths)
    if spare < 0:
        return None
    wanting = [i for i, m in enumerate(measured) if m.maximum > widths[i]]
    while spare > 0 and wanting:
        share = max(spare // len(wanting), 1)
        for i in sorted(wanting, key=lambda i: measured[i].maximum - widths[i]):
            give = min(share, measured[i].maximum - widths[i], spare)
            widths[i] += give
            spare -= give
        wanting = [i for i in wanting if measured[i].maximum > widths[i]]
    return widths


def _hanging(lines: list[str], width: int) -> list[str]:
    """Return ``lines`` with each bulleted item wrapped to ``width``, its continuation lines
    indented under the item's text."""
    from rich.cells import cell_len

    out: list[str] = []
    indent = " " * len(BULLET)
    for line in lines:
        if not line.startswith(BULLET) or cell_len(line) <= width:
            out.append(line)
            continue
        pieces = wrap_words(line[len(BULLET) :], width - len(BULLET))
        out.append(BULLET + pieces[0])
        out.extend(indent + piece for piece in pieces[1:])
    return out


def wrap_words(text: str, width: int) -> list[str]:
    from rich.cells import cell_len

    pieces: list[str] = []
    current: list[str] = []
    length = 0
    for word in text.split():
        size = cell_len(word)
        if current and length + 1 + size > width:
            pieces.append(" ".join(current))
            current, length = [], 0
        length += size + (1 if current else 0)
        current.append(word)
    pieces.append(" ".join(current))
    return pieces


class _Prepared(NamedTuple):
    """What the table shows of each row, column by column, and what it left out."""

    columns: list[Column]
    header: list[str]
    cells: list[list[_Cut]]
    marked: list[bool]
    cut: bool


def _prepare(listing: Listing) -> _Prepared:
    columns = [c for c in listing.columns if c.table]
    marker = listing.marker
    marked = [bool(marker and row.get(marker)) for row in listing.rows]
    cells = [[_cell_lines(row.get(c.key)) for c in columns] for row in listing.rows]
    if any(marked) and columns:
        for cut_cells, is_marked in zip(cells, marked, strict=True):
            first = cut_cells[0]
            prefix = MARK if is_marked else " " * len(MARK)
            lines = first.lines or [""]
            shifted = [prefix + lines[0], *(" " * len(MARK) + x for x in lines[1:])]
            cut_cells[0] = _Cut(shifted, first.cut)
    header = [visible(c.header or c.key) for c in columns]
    cut = any(c.cut for row in cells for c in row)
    return _Prepared(columns, header, cells, marked, cut)


def marker_note(listing: Listing) -> str | None:
    """Return the note that explains the marker, unless the listing's notes already do or no
    row is marked."""
    marker = listing.marker
    if not marker or not any(row.get(marker) for row in listing.rows):
        return None
    if any(MARK.strip() in note for note in listing.notes):
        return None
    return f"{MARK}marks the {marker} rows."


def _notes(listing: Listing, prepared: _Prepared) -> list[str]:
    notes = [visible(note) for note in listing.notes]
    explained = marker_note(listing)
    if explained:
        notes.insert(0, visible(explained))
    if prepared.cut:
        notes.append(
            f"Long cells are cut to {CELL_CHARS:,} characters or {CELL_LINES:,} lines here;"
            " -f json, jsonl or csv carry them whole."
        )
    return notes


def _text(value: Cell, cut: _Cut, lines: list[str], style: str) -> Text:
    """Return a cell as Rich ``Text`` in ``style``, with the highlighted spans of a whole
    Marked."""
    from rich.text import Text

    if not isinstance(value, Marked) or cut.cut or lines != cut.lines:
        return Text("\n".join(lines), style=style)
    text = Text(style=style)
    for piece, is_marked in value.segments():
        text.append(visible(piece), style="bold reverse" if is_marked else "")
    return text


def build_table(listing: Listing, width: int | None = None) -> RenderableType:
    """Return the listing as a Rich renderable: its table, then any notes. ``width``: the
    terminal's, to size the columns for; None for a pipe (nothing wraps, title on the left)."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    prepared = _prepare(listing)
    framed = listing.show_header
    centred = framed and width is not None
    table = Table(
        title=Text(visible(listing.title), style="bold"),
        caption=Text(visible(listing.caption)) if listing.caption else None,
        header_style="bold",
        expand=False,
        show_header=framed,
        box=box.SQUARE if framed else None,
        title_justify="center" if centred else "left",
        caption_justify="center" if centred else "left",
    )
    widths = _widths(prepared, width, framed)
    for i, column in enumerate(prepared.columns):
        table.add_column(
            Text(prepared.header[i]),
            justify=column.justify,
            overflow="fold",
            no_wrap=column.no_wrap,
            width=widths[i] if widths else None,
        )
    for row, cells, is_marked in zip(listing.rows, prepared.cells, prepared.marked, strict=True):
        texts = []
        for i, column in enumerate(prepared.columns):
            value = row.get(column.key)
            lines = _hanging(cells[i].lines, widths[i]) if widths else cells[i].lines
            styles = listing.styles.get(column.key)
            style = styles.get(plain(value), "") if styles else ""
            texts.append(_text(value, cells[i], lines, style))
        table.add_row(*texts, style=MARKED_STYLE if is_marked else None)
    notes = _notes(listing, prepared)
    if not notes:
        return table
    return Group(table, *(Text(note, style="dim") for note in notes))


def _widths(prepared: _Prepared, width: int | None, framed: bool) -> list[int] | None:
    if width is None or not prepared.columns:
        return None
    count = len(prepared.columns)
    # Each cell has one space either side; a frame adds a line between and around columns.
    available = width - 2 * count - (count + 1 if framed else 0)
    measured = []
    for i in range(count):
        lines = [line for row in prepared.cells for line in row[i].lines]
        cells = _measure(lines)
        header = _measure([prepared.header[i]] if framed else [])
        # A header is not wrapped: the column is at least as wide as it.
        measured.append(
            _Measured(max(cells.minimum, header.maximum), max(cells.maximum, header.maximum))
        )
    return column_widths(measured, available, [c.no_wrap for c in prepared.columns])


def stream_table(listing: Listing, stream: TextIO) -> None:
    """Write a long listing as an aligned plain-text table, row by row, ending with its count."""
    from rich.cells import cell_len

    shown = [c for c in listing.columns if c.table]
    headers = [visible(c.header or c.key) for c in shown]
    marker = listing.marker
    cells = [_stream_row(row, shown, marker) for row in listing.rows]
    # Each text with its width on screen, measured once: the widest sets its column's width.
    measured = [[(t, cell_len(t)) for t in texts] for texts in [headers, *cells]]
    widths = [max(row[i][1] for row in measured) for i in range(len(shown))]

    def line(texts: list[tuple[str, int]]) -> str:
        padded = (
            " " * (w - n) + t if c.justify == "right" else t + " " * (w - n)
            for (t, n), w, c in zip(texts, widths, shown, strict=True)
        )
        return "  ".join(padded).rstrip() + "\n"

    stream.write(visible(listing.title) + "\n")
    stream.write(line(measured[0]))
    stream.write("  ".join("─" * w for w in widths) + "\n")
    for texts in measured[1:]:
        stream.write(line(texts))
    stream.write(f"{len(cells):,} rows\n")
    for text in (listing.caption, *listing.notes):
        if text:
            stream.write(visible(text) + "\n")


def _stream_row(row: Row, shown: list[Column], marker: str | None) -> list[str]:
    texts = [plain(row.get(c.key)).replace("\n", " ") for c in shown]
    if marker and texts:
        texts[0] = (MARK if row.get(marker) else " " * len(MARK)) + texts[0]
    return texts
