"""CSV: a header row of data keys, one row per listing row, nothing a spreadsheet would run.

A cell that starts like a formula (``=``, ``@``, ``+``, ``-``, a tab or a line break) gets a
leading ``'`` (OWASP's advice), unless the whole cell is a signed number or percentage
(``+12.5%``, ``-3.2``, ``-3,000``): a spreadsheet reads that as the number it is, and so do
pandas and sqlite3.
"""

from __future__ import annotations

import csv
import io
import re

from kzeu.render.cells import plain
from kzeu.render.listing import Cell, Listing, Marked

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_SIGNED_NUMBER = re.compile(r"[+-](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")


def csv_cell(value: Cell) -> str:
    """Return ``value`` as a CSV cell that no spreadsheet will evaluate."""
    text = plain(value)
    if (
        isinstance(value, str | tuple | Marked)
        and text.startswith(_FORMULA_START)
        and not _SIGNED_NUMBER.fullmatch(text)
    ):
        return "'" + text
    return text


def to_csv(listing: Listing) -> str:
    """Return a header row of data keys and one row per listing row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = listing.data_keys()
    writer.writerow(keys)
    writer.writerows([csv_cell(row.get(k)) for k in keys] for row in listing.rows)
    return out.getvalue()
