"""TSV: what a pipe gets by default, as ``gh`` gives it: a header row of data keys, then one
line a row, fields separated by tabs, no box drawing, nothing wrapped or cut.

A tab, a line break or a backslash inside a cell is written as ``\\t``, ``\\n``, ``\\r`` or
``\\\\`` (the escapes of PostgreSQL's text format), so that every row is one line and
``cut -f2``, ``sort`` and ``awk -F'\\t'`` see the fields as they are.
"""

from __future__ import annotations

from collections.abc import Iterator

from kzeu.render.cells import plain
from kzeu.render.listing import Cell, Listing

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def tsv_cell(value: Cell) -> str:
    """Return ``value`` as one TSV field: escaped text with no tab or line break in it."""
    return plain(value).translate(_ESCAPES)


def tsv_pieces(listing: Listing) -> Iterator[str]:
    """Yield a header row of data keys, then one line a row."""
    keys = listing.data_keys()
    yield "\t".join(keys) + "\n"
    for row in listing.rows:
        yield "\t".join(tsv_cell(row.get(k)) for k in keys) + "\n"


def to_tsv(listing: Listing) -> str:
    """Return a header row of data keys and one line a row."""
    return "".join(tsv_pieces(listing))
