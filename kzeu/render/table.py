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
CELL_CHARS = 100_000
CELL_LINES = 2_000

_WORD = re.compile(r"\S+")
# What a wrapped line keeps its text under: a list item, a marked row, an unmarked one.
_HANGING = (BULLET, MARK, " " * len(MARK))


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
        items = _cut([plain(v) for v in value[: CELL_LINES + 1]])
        cut = items.cut or len(value) > CELL_LINES
        if len(items.lines) < 2:
            return _Cut(items.lines, cut)
        return _Cut([BULLET + item for item in items.lines], cut)
    text = value.text if isinstance(value, Marked) else value
    if not isinstance(text, str):
        text = plain(text)
    return _cut(visible(text[: CELL_CHARS + 1]).split("\n"))


class _Measured(NamedTuple):
    """A column's narrowest width without cutting a word, the width that holds three cells in
    four on one line, and its width without wrapping."""

    minimum: int
    typical: int
    maximum: int
    numeric: bool = False


def _measure(cells: Sequence[Sequence[str]], header: str = "", numeric: bool = False) -> _Measured:
    """Measure a column from the lines of each of its cells (and its header, never wrapped)."""
    from rich.cells import cell_len

    widest = sorted(max((cell_len(line) for line in lines), default=0) for lines in cells)
    words = (w for lines in cells for line in lines for w in _WORD.findall(line))
    longest_word = max((cell_len(w) for w in words), default=0)
    bullets = any(lines and lines[0].startswith(BULLET) for lines in cells)
    # A mark stays on the line of the word it marks: "≈ 150.0" is never "≈" over "150.0".
    marked = (
        cell_len(MARK)
        + max((cell_len(w) for w in _WORD.findall(lines[0][len(MARK) :])[:1]), default=0)
        for lines in cells
        if lines and lines[0].startswith(MARK)
    )
    least = cell_len(header)
    maximum = max(widest[-1] if widest else 0, least)
    unbroken = max(longest_word + (len(BULLET) if bullets else 0), max(marked, default=0))
    minimum = max(min(unbroken, maximum), least)
    typical = widest[(len(widest) * 3) // 4] if widest else 0
    return _Measured(minimum, min(max(typical, minimum), maximum), maximum, numeric)


def column_widths(measured: Sequence[_Measured], available: int) -> list[int]:
    """Return the width of each column so that all fit ``available`` cells if they can.

    Every column gets its longest word, so that no word is cut; then number columns get the
    width of three cells in four, then every column does; then the rest is shared out evenly
    up to each column's widest line, text columns before number columns (a number column
    wider than its usual value while text wraps helps no one). When the longest words do not
    fit, the widest columns give way (and Rich folds their words)."""
    widths = [m.minimum for m in measured]
    spare = available - sum(widths)
    if spare < 0:
        return _narrowed(widths, available)
    numbers = [i for i, m in enumerate(measured) if m.numeric]
    spare = _fill(widths, [m.typical for m in measured], spare, numbers)
    everyone = list(range(len(measured)))
    spare = _fill(widths, [m.typical for m in measured], spare, everyone)
    words = [i for i, m in enumerate(measured) if not m.numeric]
    spare = _fill(widths, [m.maximum for m in measured], spare, words)
    _fill(widths, [m.maximum for m in measured], spare, numbers)
    return widths


def _fill(widths: list[int], targets: list[int], spare: int, columns: list[int]) -> int:
    """Widen ``columns`` towards their targets, sharing ``spare`` evenly; return what is left."""
    wanting = [i for i in columns if targets[i] > widths[i]]
    while spare > 0 and wanting:
        share = max(spare // len(wanting), 1)
        for i in sorted(wanting, key=lambda i: targets[i] - widths[i]):
            give = min(share, targets[i] - widths[i], spare)
            widths[i] += give
            spare -= give
        wanting = [i for i in wanting if targets[i] > widths[i]]
    return spare


def _narrowed(widths: list[int], available: int) -> list[int]:
    """Return ``widths`` with the widest narrowed, one cell at a time, until they fit (none
    narrower than 4)."""
    narrowed = list(widths)
    excess = sum(narrowed) - available
    while excess > 0:
        widest = max(range(len(narrowed)), key=lambda i: narrowed[i])
        if narrowed[widest] <= 4:
            break
        narrowed[widest] -= 1
        excess -= 1
    return narrowed


def _hanging(lines: list[str], width: int) -> list[str]:
    """Return ``lines`` with each line that starts with a bullet or a row marker wrapped to
    ``width``, its continuation lines indented under its text."""
    from rich.cells import cell_len

    out: list[str] = []
    for line in lines:
        lead = next((h for h in _HANGING if line.startswith(h)), "")
        if not lead or cell_len(line) <= width:
            out.append(line)
            continue
        pieces = wrap_words(line[len(lead) :], width - len(lead))
        out.append(lead + pieces[0])
        out.extend(" " * len(lead) + piece for piece in pieces[1:])
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
        at = marker_column(columns)
        right = columns[at].justify == "right"
        for cut_cells, is_marked in zip(cells, marked, strict=True):
            cell = cut_cells[at]
            lines = cell.lines or [""]
            if right:  # the mark just before the number; nothing to line up
                shifted = [MARK + lines[0], *lines[1:]] if is_marked else lines
            else:
                prefix = MARK if is_marked else " " * len(MARK)
                shifted = [prefix + lines[0], *(" " * len(MARK) + x for x in lines[1:])]
            cut_cells[at] = _Cut(shifted, cell.cut)
    header = [visible(c.header or c.key) for c in columns]
    cut = any(c.cut for row in cells for c in row)
    return _Prepared(columns, header, cells, marked, cut)


def marker_column(columns: Sequence[Column]) -> int:
    """Return which shown column carries a marked row's mark: the first number column (the
    mark reads as part of the figure), else the first column."""
    return next((i for i, c in enumerate(columns) if c.justify == "right"), 0)


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
    widths, edge, fits = _widths(prepared, width, framed)
    if width is not None and not fits and len(prepared.columns) > 1:
        return _stacked(listing, prepared, width)
    table = Table(
        title=Text(visible(listing.title), style="bold"),
        caption=Text(visible(listing.caption)) if listing.caption else None,
        header_style="bold",
        expand=False,
        show_header=framed,
        box=box.SQUARE if framed else None,
        title_justify="center" if centred else "left",
        caption_justify="center" if centred else "left",
        show_edge=edge,
    )
    for i, column in enumerate(prepared.columns):
        table.add_column(
            Text(prepared.header[i]),
            justify=column.justify,
            overflow="fold",
            no_wrap=column.no_wrap and widths is None,
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


def _widths(
    prepared: _Prepared, width: int | None, framed: bool
) -> tuple[list[int] | None, bool, bool]:
    """Return the width of each column for a terminal ``width`` cells wide (None: no limit);
    whether the frame keeps its outer edge (it gives those two cells to the columns when their
    longest words would not fit otherwise); and whether the longest words fit."""
    if width is None or not prepared.columns:
        return None, True, True
    count = len(prepared.columns)
    # Each cell has one space either side; a frame adds a line between and around columns.
    available = width - 2 * count - (count + 1 if framed else 0)
    measured = []
    for i, column in enumerate(prepared.columns):
        m = _measure(
            [row[i].lines for row in prepared.cells],
            prepared.header[i] if framed else "",
            numeric=column.justify == "right",
        )
        measured.append(_Measured(m.maximum, m.maximum, m.maximum) if column.no_wrap else m)
    edge = True
    if framed and sum(m.minimum for m in measured) > available:
        edge, available = False, available + 2
    fits = sum(m.minimum for m in measured) <= available
    return column_widths(measured, available), edge, fits


def _stacked(listing: Listing, prepared: _Prepared, width: int) -> RenderableType:
    """Return a table too wide for the terminal as one block per row, a field a line: on a
    narrow terminal that reads better than columns whose words are cut."""
    from rich.cells import cell_len
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    name_width = max(cell_len(h) for h in prepared.header)
    value_width = max(width - name_width - 4, 8)  # one space either side of each column
    grid = Table(
        title=Text(visible(listing.title), style="bold"),
        caption=Text(visible(listing.caption)) if listing.caption else None,
        show_header=False,
        box=None,
        title_justify="left",
        caption_justify="left",
    )
    grid.add_column(no_wrap=True, width=name_width, style="bold")
    grid.add_column(overflow="fold", width=value_width)
    rows = zip(listing.rows, prepared.cells, prepared.marked, strict=True)
    for n, (row, cells, is_marked) in enumerate(rows):
        if n:
            grid.add_row("", "")
        for i, column in enumerate(prepared.columns):
            value = row.get(column.key)
            lines = _hanging(cells[i].lines, value_width)
            styles = listing.styles.get(column.key)
            style = styles.get(plain(value), "") if styles else ""
            grid.add_row(
                Text(prepared.header[i]),
                _text(value, cells[i], lines, style),
                style=MARKED_STYLE if is_marked else None,
            )
    notes = _notes(listing, prepared)
    return Group(grid, *(Text(note, style="dim") for note in notes)) if notes else grid


def plain_table(listing: Listing, stream: TextIO) -> None:
    """Write the listing for a pipe or a file: the table a terminal shows, drawn as plain text
    without colour or wrapping, each column as wide as its widest line, no trailing spaces.

    Laid out here rather than by Rich, in time linear in the text: a record's last column (a
    whole report) is never padded, so a big cell costs what it weighs."""
    from rich.cells import cell_len

    prepared = _prepare(listing)
    framed = listing.show_header
    count = len(prepared.columns)
    widths = [cell_len(h) if framed else 0 for h in prepared.header]
    for cells in prepared.cells:
        for i, cell in enumerate(cells):
            widths[i] = max(widths[i], *(cell_len(line) for line in cell.lines), 0)
    right = [c.justify == "right" for c in prepared.columns]

    def line(texts: Sequence[str]) -> str:
        padded = []
        for i, text in enumerate(texts):
            gap = " " * (widths[i] - cell_len(text))
            last = i == count - 1 and not framed
            padded.append(gap + text if right[i] else text + ("" if last else gap))
        if framed:
            return ("│ " + " │ ".join(padded) + " │").rstrip() + "\n"
        return (" " + "  ".join(padded)).rstrip() + "\n"

    def rule(left: str, middle: str, end: str) -> str:
        return left + middle.join("─" * (w + 2) for w in widths) + end + "\n"

    stream.write(visible(listing.title) + "\n")
    if framed:
        stream.write(rule("┌", "┬", "┐"))
        stream.write(line(prepared.header))
        stream.write(rule("├", "┼", "┤"))
    for cells in prepared.cells:
        height = max((len(c.lines) for c in cells), default=0)
        for at in range(max(height, 1)):
            stream.write(line([c.lines[at] if at < len(c.lines) else "" for c in cells]))
    if framed:
        stream.write(rule("└", "┴", "┘"))
    if listing.caption:
        stream.write(visible(listing.caption) + "\n")
    for note in _notes(listing, prepared):
        stream.write(note + "\n")


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
