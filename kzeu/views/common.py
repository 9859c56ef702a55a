"""What every view shares: its title and caption, the one cached matcher, rows built from their
columns' keys, the record (one thing field by field), and the error of a filter that leaves
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from kzeu.models import Event, FactsFile
from kzeu.render import Cell, Column, Listing, Quote, Row, shortened

if TYPE_CHECKING:
    from kzeu.search import Query

NOT_STATED = "not stated"
# What a view shows for a fact whose label or name is empty (only a draft has one).
UNLABELLED = "unlabelled figure"
UNNAMED = "unnamed event"


def named(text: str, instead: str) -> str:
    """Return ``text``, or ``instead`` where it is empty: never a blank where a name goes."""
    return text if text.strip() else instead


class NothingMatches(Exception):
    """A filter left nothing: the message says why (``problem``) and which values the file has
    (``known``, called ``what``), shortened with a pointer to ``command``. ``listing`` is the
    view with no rows, its keys those of the view that matched nothing: the data formats
    write it (``[]``, a header alone)."""

    def __init__(
        self,
        problem: str,
        what: str = "",
        known: Sequence[str] = (),
        command: str = "",
        *,
        listing: Listing | None = None,
    ) -> None:
        self.problem = problem
        self.what = what
        self.known = tuple(known)
        self.command = command
        self.listing = None if listing is None else listing._replace(rows=[])
        super().__init__(f"{problem}; {what}: {_known(known, command)}" if what else problem)

    def of(self, listing: Listing) -> NothingMatches:
        """Return the same error, its empty view ``listing``."""
        return NothingMatches(self.problem, self.what, self.known, self.command, listing=listing)


def _known(values: Iterable[str], command: str) -> str:
    return ", ".join(shortened(list(dict.fromkeys(values)), command)) or "none"


def heading(facts: FactsFile, what: str) -> str:
    """Return a title such as "People — <meeting>, <place>, <date>" for the file's meeting."""
    meeting = meeting_event(facts)
    where = ", ".join(p for p in (meeting.place, event_date(meeting)) if p)
    return f"{what} — {meeting.name or meeting.id}" + (f", {where}" if where else "")


def caption(facts: FactsFile) -> str:
    """Return the line naming the source: attribution, dateline and publication date."""
    source = facts.source
    published = source.published.isoformat() if source.published else "date not stated"
    where = ", ".join(p for p in (source.dateline, published) if p)
    return f"Source: {source.attribution or 'report'} ({where})"


def meeting_event(facts: FactsFile) -> Event:
    """Return the event the file is about (the loader proved that it exists)."""
    return next(e for e in facts.events if e.id == facts.meeting)


def event_date(event: Event) -> str:
    """Return the event's date as YYYY-MM-DD, or "" where it is not stated."""
    return event.date.isoformat() if event.date else ""


def names_by_id(facts: FactsFile) -> dict[str, str]:
    """Return each person's name by their id."""
    return {p.id: p.name for p in facts.people}


@lru_cache(maxsize=64)
def matcher(typed: str) -> Query:
    """Return the ``kzeu.search.Query`` of ``typed``, imported only by the views that match."""
    # Cached: a filter is matched against every figure of every meeting.
    from kzeu.search import Query

    return Query(typed)


def rows_of(
    columns: Sequence[Column], items: Iterable[object], **computed: Callable[[Any], Cell]
) -> list[Row]:
    """Return a row per item, built from the columns' keys, so that a key is written once:
    each column's value is the item's attribute of that name, or ``computed[key](item)``."""
    keys = {c.key for c in columns}
    unknown = set(computed) - keys
    if unknown:
        raise ValueError(f"no column has the key(s) {sorted(unknown)}")
    getters = [(c.key, computed.get(c.key) or attrgetter(c.key)) for c in columns]
    return [{key: get(item) for key, get in getters} for item in items]


# --- a record: the overview, a citation, the source --------------------------------------------

# A record is one thing field by field: JSON writes it as one object of typed values (``value``),
# the table shows ``shown``, its display form ("not stated", one line per item); a field whose
# ``shown`` is None is left out of the table (its title says it, or it is empty).
RECORD_COLUMNS = (
    Column("field", "Field", no_wrap=True),
    Column("value", table=False),
    Column("shown", "Value", data=False),
)


def field_row(name: str, value: Cell, shown: Cell = None, *, drawn: bool = True) -> Row:
    """Return a record's row: ``value`` as data, ``shown`` (else ``value``) drawn, unless
    ``drawn`` is false."""
    if not drawn:
        return {"field": name, "value": value, "shown": None}
    return {"field": name, "value": value, "shown": value if shown is None else shown}


def record_listing(
    title: str,
    rows: list[Row],
    caption_text: str = "",
    notes: tuple[str, ...] = (),
    quote: Quote | None = None,
) -> Listing:
    """Return a record: a listing of ``field_row`` rows, written as one JSON object."""
    return Listing(
        title,
        RECORD_COLUMNS,
        rows,
        caption_text,
        notes,
        show_header=False,
        record=True,
        quote=quote,
    )
