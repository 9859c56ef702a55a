"""A draft's listing marked as one: a note, ``?`` after each unconfirmed cell drawn, and in the
data formats each row's ``draft`` and ``unconfirmed`` fields."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from kzeu.render import Cell, Column, Listing, Row, counted
from kzeu.views.common import field_row

if TYPE_CHECKING:
    from kzeu.gate import Unconfirmed

# The keys a draft's rows carry in the data formats.
DRAFT_COLUMNS = (Column("draft", table=False), Column("unconfirmed", table=False))


def as_draft(listing: Listing, fields: Sequence[Unconfirmed], *, drawn: bool) -> Listing:
    """Return ``listing`` of a draft marked as one: a note naming how many fields are
    unconfirmed; drawn as a table, each cell of an unconfirmed field ends with ``?``; in the
    data formats, each row says ``"draft": true`` and lists its ``unconfirmed`` fields (a
    record gains the fields ``draft`` and ``unconfirmed``, every path)."""
    note = f"draft: {counted(len(fields), 'field')} unconfirmed, marked ? (kzeu review FILE --list)"
    notes = (*listing.notes, note)
    by_id = unsure_by_id(fields)
    if listing.record:
        # A fact's record (kzeu cite ID) marks each of its unconfirmed fields.
        ident = next((r.get("value") for r in listing.rows if r.get("field") == "id"), None)
        unsure = set(by_id.get(str(ident), ())) if drawn and ident is not None else set()
        rows = [
            *(
                _questioned_field(row) if row.get("field") in unsure else row
                for row in listing.rows
            ),
            field_row("draft", True, drawn=False),
            field_row("unconfirmed", tuple(f.path for f in fields), drawn=False),
        ]
        return listing._replace(rows=rows, notes=notes)
    if drawn:
        shown = [c.key for c in listing.columns if c.table and not c.gives_way]
        rows = [_questioned(row, by_id.get(str(row.get("id")), ()), shown) for row in listing.rows]
        return listing._replace(rows=rows, notes=notes)
    rows = [
        {**row, "draft": True, "unconfirmed": tuple(by_id.get(str(row.get("id")), ()))}
        for row in listing.rows
    ]
    return listing._replace(columns=(*listing.columns, *DRAFT_COLUMNS), rows=rows, notes=notes)


def as_not_draft(listing: Listing) -> Listing:
    """Return ``listing`` of a file that is no draft with the keys a draft's rows have
    (``"draft": false``, no ``unconfirmed`` field), for a listing of several files some of
    which are drafts: every row then has the same keys, whatever the order of the files."""
    rows = [{**row, "draft": False, "unconfirmed": ()} for row in listing.rows]
    return listing._replace(columns=(*listing.columns, *DRAFT_COLUMNS), rows=rows)


def unsure_by_id(fields: Sequence[Unconfirmed]) -> dict[str, list[str]]:
    """Return the fields of ``fields`` by the id of their fact ("id": the fact as a whole)."""
    from kzeu.gate import parse_path

    by_id: dict[str, list[str]] = {}
    for field in fields:
        where = parse_path(field.path)
        if where is not None and where.id is not None:
            by_id.setdefault(where.id, []).append(where.field or "id")
    return by_id


def _questioned_field(row: Row) -> Row:
    """Return a record's ``row`` with its shown value ending with ``?`` (drawn, even empty)."""
    return {**row, "shown": _with_question(row.get("shown"))}


def _questioned(row: Row, unsure: Sequence[str], shown: Sequence[str]) -> Row:
    """Return ``row`` with the cell of each field in ``unsure`` ending with ``?``; a field the
    table does not show in a column of its own (a trade row's label and period are one
    "Measure" cell) marks the row's first ``shown`` cell, so no row of a guess reads as proven."""
    if not unsure:
        return row
    marked = dict(row)
    keys = {key if key in shown else (shown[0] if shown else key) for key in unsure}
    for key in keys:
        if key in marked:
            marked[key] = _with_question(marked[key])
    return marked


def _with_question(value: Cell) -> Cell:
    if value is None or value == "":
        return "?"
    if isinstance(value, str | int | Decimal):
        return f"{value} ?"
    if isinstance(value, tuple):
        return (*value, "?")
    return value
