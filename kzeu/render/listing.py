"""The listing contract: what a command hands the renderer, whatever the format.

A ``Listing`` is titled rows under named columns. The renderer knows nothing about meetings: it
draws whatever rows and columns it is given, in the format asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import Literal, NamedTuple


class Marked:
    """Text with spans to highlight (search matches, a quote within its sentence)."""

    __slots__ = ("spans", "text")

    def __init__(self, text: str, spans: tuple[tuple[int, int], ...] = ()) -> None:
        self.text = text
        self.spans = spans

    def __repr__(self) -> str:
        return f"Marked({self.text!r}, {self.spans!r})"

    def segments(self) -> list[tuple[str, bool]]:
        """Return the text cut into (piece, highlighted) segments, in order."""
        pieces: list[tuple[str, bool]] = []
        at = 0
        for start, end in sorted(self.spans):
            if start < at:
                continue
            pieces.extend(((self.text[at:start], False), (self.text[start:end], True)))
            at = end
        pieces.append((self.text[at:], False))
        return [(piece, marked) for piece, marked in pieces if piece]


# A tuple is a list of texts; a record's value may also be an object, or a list (``list``) of
# objects, which JSON writes as they are and the text formats as compact JSON.
Cell = (
    str
    | int
    | Decimal
    | bool
    | None
    | tuple[str, ...]
    | Marked
    | Mapping[str, "Cell"]
    | list[Mapping[str, "Cell"]]
)
Row = Mapping[str, Cell]


class OutputFormat(str, Enum):
    """The output formats every listing offers."""

    table = "table"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
    svg = "svg"


class Column(NamedTuple):
    """A column: ``key`` in JSON, CSV and Markdown; ``header`` in a table.

    ``data`` columns go to the machine formats; ``table`` columns to the drawn table, where a
    column may hold a display form (``"USD 1.5 billion"``) of data kept elsewhere. A table
    column that ``gives_way`` (an id) is drawn last, dim, and left out on a terminal too
    narrow for it beside the others (``--fields`` still asks for it).
    """

    key: str
    header: str = ""
    data: bool = True
    table: bool = True
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False
    gives_way: bool = False

    def heading(self) -> str:
        """Return the column's header in a table: its own, else its key as words ("Value
        exact"), so that columns asked for by ``--fields`` read as the others do."""
        return self.header or self.key.replace("_", " ").capitalize()


_NO_STYLES: Mapping[str, Mapping[str, str]] = MappingProxyType({})


class Listing(NamedTuple):
    """What a command shows: titled rows under named columns.

    ``record``: the rows are the fields of one thing, each row a name (first data column) and
    its value (second): JSON writes them as one object ``{name: value}``.
    ``styles``: per column key, a cell value and the Rich style to draw it in.
    ``marker``: the key of a boolean data column; the table draws the rows where it is true in
    a distinct style, marked ``≈``.
    ``quote``: a passage of the report the listing is about, with its credit: Markdown writes
    it as a block quote (``kzeu cite ID -f markdown``).
    ``groups``: keys of columns that a drawn table shows as a heading above each run of rows
    that share their values, rather than as columns repeated on every row (the data formats
    keep them as columns; ``select`` drops the grouping: the fields asked for are columns).
    ``empty``: what a drawn table (and HTML) says instead of a bare header when there are no
    rows ("no topics"); the data formats stay an empty list, a header alone.

    A record's row whose ``shown`` is None is carried by the data formats but not drawn: the
    title already says it, or it is empty.
    """

    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Row]
    caption: str = ""
    notes: tuple[str, ...] = ()
    show_header: bool = True
    record: bool = False
    styles: Mapping[str, Mapping[str, str]] = _NO_STYLES
    marker: str | None = None
    quote: Quote | None = None
    groups: tuple[str, ...] = ()
    empty: str = ""

    def data_keys(self) -> list[str]:
        """Return the keys that JSON, CSV and Markdown carry, in order."""
        return [c.key for c in self.columns if c.data]

    def field_names(self) -> list[str]:
        """Return the names ``select`` accepts: the data keys, or a record's field names."""
        if not self.record:
            return self.data_keys()
        name = self.data_keys()[0]
        return [str(row.get(name)) for row in self.rows]

    def select(self, fields: Sequence[str]) -> Listing:
        """Return the listing with only ``fields``, in that order: data columns (the table
        shows those columns) or, for a record, its fields. An unknown name is a ValueError
        that lists the valid ones."""
        valid = self.field_names()
        # Any case, as the table's headers ("ID") and -f (JSON) are.
        by_folded = {name.casefold(): name for name in valid}
        unknown = [f for f in fields if f.casefold() not in by_folded]
        if unknown or not fields:
            plural = "s" if len(unknown) > 1 else ""
            listed = ", ".join(map(repr, unknown))
            what = f"unknown field{plural} {listed}" if unknown else "no field"
            raise ValueError(f"{what}; valid fields: {', '.join(valid)}")
        wanted = list(dict.fromkeys(by_folded[f.casefold()] for f in fields))
        if self.record:
            name = self.data_keys()[0]
            by_name = {str(row.get(name)): row for row in self.rows}
            return self._replace(rows=[by_name[f] for f in wanted], quote=None, groups=())
        by_key = {c.key: c for c in self.columns if c.data}
        chosen = tuple(by_key[k]._replace(table=True, gives_way=False) for k in wanted)
        return self._replace(columns=chosen, quote=None, groups=())


class Quote(NamedTuple):
    """A passage with the span to highlight, and where it comes from: the parts of its
    credit (outlet, title, date) and its URL."""

    passage: Marked
    credit: tuple[str, ...]
    url: str | None = None


# Past this many rows, or this many characters of cells, a terminal table is written as aligned
# plain text, one line a row, in time linear in the text: Rich lays out every row and wraps
# every cell before it prints the first, which takes seconds for a listing of many thousands.
STREAM_ROWS = 1000
STREAM_CHARS = 200_000

# How many items a list shows before "... and N more": the one limit of every such list
# (an overview's agenda, the values a "nothing matches" message names).
SHOWN_ITEMS = 20


def shortened(
    items: Sequence[str], more_with: str, *, noun: str = "", besides: str = ""
) -> list[str]:
    """Return ``items``, or the first ``SHOWN_ITEMS`` of them and "... and N more (see
    ``more_with``)": the one truncation rule. ``noun`` names what is counted ("... and 3 more
    facts"), ``besides`` what else the items left out hold (", with 7 fields")."""
    if len(items) <= SHOWN_ITEMS:
        return list(items)
    rest = len(items) - SHOWN_ITEMS
    more = counted(rest, f"more {noun}") if noun else f"{rest:,} more"
    return [*items[:SHOWN_ITEMS], f"... and {more}{besides} ({more_with})"]


def counted(count: int, noun: str) -> str:
    """Return ``count`` with ``noun``, plural unless it is one: "1 check", "3 checks"."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"
