"""Group headings: a drawn table shows the columns a listing groups by (``Listing.groups``) as
a heading above each run of rows that share their values, not as a column on every row.

Several meetings read at a glance this way at any width: ``brussels-talks, 2024-06-10`` once,
then that meeting's rows with the room its key and date would have taken on every line.
"""

from __future__ import annotations

from typing import NamedTuple

from kzeu.render.cells import plain
from kzeu.render.escape import visible
from kzeu.render.listing import Listing


class Run(NamedTuple):
    """A heading and the rows under it: ``listing.rows[start:end]``."""

    heading: str
    start: int
    end: int


def grouped(listing: Listing) -> tuple[Listing, list[Run]]:
    """Return ``listing`` without its group columns in the table, and the runs of rows under
    each heading; with no groups (or no rows), the listing as it is and no runs."""
    keys = [c.key for c in listing.columns if c.table and c.key in listing.groups]
    if not keys or not listing.rows or listing.record:
        return listing, []
    runs: list[Run] = []
    for at, row in enumerate(listing.rows):
        heading = ", ".join(visible(plain(row.get(k))) for k in keys if row.get(k) is not None)
        if runs and runs[-1].heading == heading:
            runs[-1] = runs[-1]._replace(end=at + 1)
        else:
            runs.append(Run(heading, at, at + 1))
    columns = tuple(c._replace(table=False) if c.key in keys else c for c in listing.columns)
    return listing._replace(columns=columns, groups=()), runs
