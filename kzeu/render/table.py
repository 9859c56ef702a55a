"""Tables: a listing drawn with Rich for a terminal, or as plain aligned text.

Columns are sized by their content: each is at least as wide as its longest word (no id or
formula is cut mid-word when the terminal can hold it), short columns get their whole width,
and the long ones share what is left. A column that gives way (an id) is drawn last, dim, and
left out when the terminal is too narrow for it beside the others. A list is one item a line,
each after a bullet. Rows a listing marks (``Listing.marker``) are drawn in italics after
``≈``. A table cell shows at most ``CELL_CHARS`` characters and ``CELL_LINES`` lines; the data
formats always carry everything.

``kzeu.render.plain`` writes the same tables as plain text, for a pipe and for tables too big
for Rich to lay out quickly (``needs_plain``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from kzeu.render.cells import plain
from kzeu.render.escape import visible
from kzeu.render.groups import Run, grouped
from kzeu.render.layout import (
    BULLET,
    FEWEST_LINES_ROWS,
    MARK,
    Measured,
    column_widths,
    fewest_lines,
    hanging,
    height,
    measure,
    title_lines,
    wrap_words,
)
from kzeu.render.listing import STREAM_CHARS, STREAM_ROWS, Cell, Column, Listing, Marked, Row

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

MARKED_STYLE = "italic"
# What one table cell shows, at most: enough for any report, little enough to draw at once.
CELL_CHARS = 100_000
CELL_LINES = 2_000


class Cut(NamedTuple):
    """A cell's text as the table shows it, and whether some of it was left out."""

    lines: list[str]
    cut: bool


def cut_to_limits(lines: list[str]) -> Cut:
    """Return at most CELL_LINES lines and CELL_CHARS characters of ``lines``."""
    kept: list[str] = []
    budget = CELL_CHARS
    for line in lines:
        if len(kept) == CELL_LINES or budget <= 0:
            return Cut(kept, True)
        kept.append(line[:budget])
        budget -= len(line)
    return Cut(kept, budget < 0)


def cell_lines(value: Cell) -> Cut:
    """Return the lines a cell shows, escaped (a list: one item a line, each after a bullet)."""
    if isinstance(value, tuple):
        items = cut_to_limits([plain(v) for v in value[: CELL_LINES + 1]])
        cut = items.cut or len(value) > CELL_LINES
        if len(items.lines) < 2:
            return Cut(items.lines, cut)
        return Cut([BULLET + item for item in items.lines], cut)
    text = value.text if isinstance(value, Marked) else value
    if not isinstance(text, str):
        text = plain(text)
    return cut_to_limits(visible(text[: CELL_CHARS + 1]).split("\n"))


class Prepared(NamedTuple):
    """What the table shows of each row, column by column, and what it left out."""

    columns: list[Column]
    header: list[str]
    cells: list[list[Cut]]
    marked: list[bool]
    cut: bool
    rows: list[Row]


def drawn_rows(listing: Listing, columns: Sequence[Column]) -> list[Row]:
    """Return the rows a table draws: a record's fields with nothing to show are left out."""
    if not listing.record:
        return list(listing.rows)
    return [row for row in listing.rows if any(_shows(row.get(c.key)) for c in columns[1:])]


def _any_shown(rows: Sequence[Row], column: Column) -> bool:
    return any(_shows(row.get(column.key)) for row in rows)


def _shows(value: Cell) -> bool:
    return value is not None and value not in ("", ())


def table_columns(listing: Listing) -> list[Column]:
    """Return the columns a table draws, in order: those that give way last."""
    shown = [c for c in listing.columns if c.table]
    return [c for c in shown if not c.gives_way] + [c for c in shown if c.gives_way]


def _prepare(listing: Listing, columns: Sequence[Column] | None = None) -> Prepared:
    columns = table_columns(listing) if columns is None else list(columns)
    rows = drawn_rows(listing, columns)
    marker = listing.marker
    marked = [bool(marker and row.get(marker)) for row in rows]
    cells = [[cell_lines(row.get(c.key)) for c in columns] for row in rows]
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
            cut_cells[at] = Cut(shifted, cell.cut)
    header = [visible(c.heading()) for c in columns]
    cut = any(c.cut for row in cells for c in row)
    return Prepared(list(columns), header, cells, marked, cut, rows)


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


def table_notes(listing: Listing, prepared: Prepared, hidden: Sequence[Column] = ()) -> list[str]:
    notes = [visible(note) for note in listing.notes]
    explained = marker_note(listing)
    if explained:
        notes.insert(0, visible(explained))
    if hidden:
        keys = [c.key for c in hidden]
        them = "it" if len(keys) == 1 else "them"
        notes.append(f"Too narrow for {', '.join(keys)}: --fields {keys[0]},... shows {them}.")
    if prepared.cut:
        notes.append(
            f"Long cells are cut to {CELL_CHARS:,} characters or {CELL_LINES:,} lines here;"
            " -f json, jsonl or csv carry them whole."
        )
    return notes


def title_text(title: str, width: int | None) -> Text:
    """Return a listing's title as a bold line of its own (``title_lines``)."""
    from rich.text import Text

    return Text(title_lines(visible(title), width), style="bold")


def _heading_text(heading: str, width: int | None) -> Text:
    """Return a group's heading as a bold line, a long path in it broken after a slash or a
    hyphen rather than anywhere."""
    from rich.text import Text

    lines = [heading] if width is None else wrap_words(heading, width)
    return Text("\n".join(lines), style="bold", overflow="fold")


def _text(value: Cell, cut: Cut, lines: list[str], style: str) -> Text:
    """Return a cell as Rich ``Text`` in ``style``, with the highlighted spans of a whole
    Marked."""
    from rich.text import Text

    if not isinstance(value, Marked) or cut.cut or lines != cut.lines:
        return Text("\n".join(lines), style=style)
    text = Text(style=style)
    for piece, is_marked in value.segments():
        text.append(visible(piece), style="bold reverse" if is_marked else "")
    return text


def _cell_style(listing: Listing, column: Column, value: Cell) -> str:
    styles = listing.styles.get(column.key)
    style = styles.get(plain(value), "") if styles else ""
    return f"{style} dim".strip() if column.gives_way else style


def needs_plain(listing: Listing) -> bool:
    """Return whether a terminal gets ``plain_table`` rather than a Rich table: more than
    ``STREAM_ROWS`` rows or ``STREAM_CHARS`` characters of cells to lay out."""
    if len(listing.rows) > STREAM_ROWS:
        return True
    keys = [c.key for c in listing.columns if c.table]
    total = 0
    for row in listing.rows:
        for key in keys:
            value = row.get(key)
            if isinstance(value, str | Marked):
                total += len(value if isinstance(value, str) else value.text)
            elif isinstance(value, tuple):
                total += sum(len(v) for v in value)
        if total > STREAM_CHARS:
            return True
    return False


def build_table(listing: Listing, width: int | None = None) -> RenderableType:
    """Return the listing as a Rich renderable for a terminal ``width`` cells wide (None: no
    limit): its table, then any notes. A column that gives way is left out if the others
    would be squeezed by it; a table whose longest words do not fit is stacked."""
    from rich.console import Group
    from rich.text import Text

    listing, runs = grouped(listing) if width is not None else (listing, [])
    prepared = _prepare(listing)
    framed = listing.show_header
    widths, fits = _widths(prepared, width, framed)
    hidden: list[Column] = []
    giving = [c for c in prepared.columns if c.gives_way]
    kept = [c for c in prepared.columns if not c.gives_way]
    if width is not None and giving and kept:
        # As many of the columns that give way as are worth their room, in their order.
        narrower = _prepare(listing, kept)
        narrower_widths, narrower_fits = _widths(narrower, width, framed)
        for count in range(len(giving), -1, -1):
            if count < len(giving):
                prepared = _prepare(listing, kept + giving[:count]) if count else narrower
                widths, fits = (
                    _widths(prepared, width, framed)
                    if count
                    else (
                        narrower_widths,
                        narrower_fits,
                    )
                )
            if not count or _roomy(prepared, widths, fits, narrower, narrower_widths):
                # A column left out that holds nothing needs no note.
                hidden = [c for c in giving[count:] if _any_shown(prepared.rows, c)]
                break
    stacks = not listing.record and len(prepared.columns) > 1
    if width is not None and not fits and stacks:
        # Long ids or paths (a check's details, a report's file name) read better broken
        # after a hyphen in a table than in blocks of a field a line, unless the blocks are
        # shorter by more than a quarter (a row or two of long words): a table of the same
        # length reads at a glance, down its columns, where blocks have to be read through.
        broken_widths, broken_fits = _widths(prepared, width, framed, breaking=True)
        if (
            broken_fits
            and broken_widths
            and 4 * (_lines(prepared, broken_widths) + 2) <= 5 * _stacked_lines(prepared, width)
        ):
            widths, fits = broken_widths, True
    # The title and caption are lines of their own, wrapped at the terminal's width, not the
    # table's: a narrow table would fold them word by word.
    parts: list[RenderableType] = [title_text(listing.title, width)]
    if not prepared.rows and listing.empty:
        parts.append(Text(visible(listing.empty), style="italic"))
    elif width is not None and not fits and stacks:
        # A record is already a field a line: its long words are folded in their column.
        return _stacked(listing, prepared, width, runs)
    elif not runs:
        parts.append(_rich_table(listing, prepared, widths, range(len(prepared.rows)), True))
    else:
        parts.append(_rich_table(listing, prepared, widths, range(0), True))
        for run in runs:
            parts.append(_heading_text(run.heading, width))
            rows = range(run.start, run.end)
            parts.append(_rich_table(listing, prepared, widths, rows, False))
    if listing.caption:
        parts.append(Text(visible(listing.caption)))
    parts.extend(Text(note, style="dim") for note in table_notes(listing, prepared, hidden))
    return Group(*parts)


def _rich_table(
    listing: Listing, prepared: Prepared, widths: list[int] | None, rows: range, head: bool
) -> Table:
    """Return ``rows`` of the prepared listing as a Rich table at ``widths``; ``head``: with
    the header (else the bare rows of a group)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    # A group's rows are drawn in the frame of the header above them, so that columns line up.
    table = Table(
        header_style="bold",
        expand=False,
        show_header=listing.show_header and head,
        box=box.SIMPLE_HEAD if listing.show_header else None,
        show_edge=False,
        pad_edge=False,
    )
    for i, column in enumerate(prepared.columns):
        table.add_column(
            Text(prepared.header[i]),
            justify=column.justify,
            overflow="fold",
            no_wrap=column.no_wrap and widths is None,
            width=widths[i] if widths else None,
        )
    for at in rows:
        row, cells = prepared.rows[at], prepared.cells[at]
        texts = []
        for i, column in enumerate(prepared.columns):
            value = row.get(column.key)
            lines = hanging(cells[i].lines, widths[i]) if widths else cells[i].lines
            texts.append(_text(value, cells[i], lines, _cell_style(listing, column, value)))
        table.add_row(*texts, style=MARKED_STYLE if prepared.marked[at] else None)
    return table


def _available(count: int, width: int) -> int:
    # One space between columns (no outer edge, no padding at the edges), one either side
    # of the separator.
    return width - 3 * (count - 1)


def _measured(prepared: Prepared, framed: bool, breaking: bool = False) -> list[Measured]:
    measured = []
    for i, column in enumerate(prepared.columns):
        m = measure(
            [row[i].lines for row in prepared.cells],
            prepared.header[i] if framed else "",
            numeric=column.justify == "right",
            breaking=breaking,
        )
        measured.append(Measured(m.maximum, m.maximum, m.maximum) if column.no_wrap else m)
    return measured


def _roomy(
    prepared: Prepared,
    widths: list[int] | None,
    fits: bool,
    narrower: Prepared,
    narrower_widths: list[int] | None,
) -> bool:
    """Return whether the columns that give way are worth their room: the longest words all
    fit, and the table is at most a line in eight rows longer with them (plus the line of
    the note that says they are left out)."""
    if not fits or widths is None or narrower_widths is None:
        return False
    allowed = _lines(narrower, narrower_widths) + 1 + len(prepared.cells) // 8
    return _lines(prepared, widths) <= allowed


def _stacked_lines(prepared: Prepared, width: int) -> int:
    """Return how many lines ``_stacked`` takes for the rows at ``width``."""
    from rich.cells import cell_len

    name_width = max(cell_len(h) for h in prepared.header)
    room = _stacked_value_width(name_width, width)
    blocks = (
        sum(
            height(cell.lines, room)
            for i, (cell, column) in enumerate(zip(row, prepared.columns, strict=True))
            if not i or _shows(value.get(column.key))
        )
        for row, value in zip(prepared.cells, prepared.rows, strict=True)
    )
    return sum(blocks) + max(len(prepared.cells) - 1, 0)


def _stacked_value_width(name_width: int, width: int) -> int:
    return max(width - name_width - 2, 8)  # two spaces between name and value


def _lines(prepared: Prepared, widths: Sequence[int]) -> int:
    """Return how many lines the rows take at ``widths``."""
    return sum(
        max((height(cell.lines, w) for cell, w in zip(row, widths, strict=True)), default=1)
        for row in prepared.cells
    )


def _widths(
    prepared: Prepared, width: int | None, framed: bool, breaking: bool = False
) -> tuple[list[int] | None, bool]:
    """Return the width of each column for a terminal ``width`` cells wide (None: no limit),
    and whether the longest words fit (``breaking``: broken after hyphens and slashes)."""
    if width is None or not prepared.columns:
        return None, True
    measured = _measured(prepared, framed, breaking)
    available = _available(len(measured), width)
    fits = sum(m.minimum for m in measured) <= available
    if fits and len(prepared.cells) <= FEWEST_LINES_ROWS:
        return fewest_lines(
            [[c.lines for c in row] for row in prepared.cells], measured, available
        ), fits
    return column_widths(measured, available), fits


def _stacked(
    listing: Listing, prepared: Prepared, width: int, runs: Sequence[Run] = ()
) -> RenderableType:
    """Return a table too wide for the terminal as one block per row, a field a line: on a
    narrow terminal that reads better than columns whose words are cut. Each group's rows
    come under its heading."""
    from rich.cells import cell_len
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    name_width = max(cell_len(h) for h in prepared.header)
    value_width = _stacked_value_width(name_width, width)

    def grid(rows: range) -> Table:
        # Flush left, as a record is; a field with nothing in it is left out of its block.
        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(no_wrap=True, width=name_width, style="bold")
        table.add_column(overflow="fold", width=value_width)
        for at in rows:
            if at != rows.start:
                table.add_row("", "")
            row, cells = prepared.rows[at], prepared.cells[at]
            for i, column in enumerate(prepared.columns):
                value = row.get(column.key)
                if i and not _shows(value):
                    continue
                lines = hanging(cells[i].lines, value_width)
                table.add_row(
                    Text(prepared.header[i]),
                    _text(value, cells[i], lines, _cell_style(listing, column, value)),
                    style=MARKED_STYLE if prepared.marked[at] else None,
                )
        return table

    parts: list[RenderableType] = [title_text(listing.title, width)]
    for run in runs or [Run("", 0, len(prepared.rows))]:
        if run.heading:
            parts.append(_heading_text(run.heading, width))
        parts.append(grid(range(run.start, run.end)))
    if listing.caption:
        parts.append(Text(visible(listing.caption)))
    parts.extend(Text(note, style="dim") for note in table_notes(listing, prepared))
    return Group(*parts)
