"""JSON and JSON Lines: one writer, decimals as exact JSON numbers, controls escaped.

A ``Decimal`` is written with its own digits (``77.7``, ``0.1000000000000000000000001``), never
through a float. Characters a terminal would obey are ``\\u`` escapes on the wire; a JSON parser
reads back the exact text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from decimal import Decimal

from kzeu.render.decimals import decimal_text
from kzeu.render.escape import json_safe
from kzeu.render.listing import Cell, Listing, Marked, Row

_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


class _NeedsExactWriter(Exception):
    """A value the C encoder cannot write as ``json_value`` does (a ``Decimal``, a ``Marked``,
    a mapping that is not a dict)."""


def _refuse(value: object) -> object:
    raise _NeedsExactWriter


# The C encoder writes a row whole, nested objects and lists included, exactly as ``json_value``
# would (the same separators; keys are strings); it calls ``_refuse`` for any other type.
_NATIVE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=_refuse)


def json_value(value: object, indent: int | None = None, level: int = 0) -> str:
    """Return ``value`` as JSON text: on one line, or indented by ``indent`` spaces a level
    like ``json.dumps``. ``Decimal`` becomes an exact JSON number, ``Marked`` its text."""
    return _written(value, None if indent is None else _Pads(indent), level)


# The exact types of the usual value, looked up before any ``isinstance`` (a draft of thousands
# of people is half a million values; an ABC check on each cost a third of writing it).
_encode_text = json.encoder.encode_basestring  # the C function where there is one


def _leaf(value: object) -> str:
    """Return a value that is neither a mapping nor a list as JSON text."""
    kind = type(value)
    if kind is str:
        return _encode_text(value)  # type: ignore[arg-type]
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, Marked):
        return _encode_text(value.text)
    if value is None or isinstance(value, str | int | float):
        return _ENCODER.encode(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


class _Pads:
    """The line breaks and indents of each level, made once a document."""

    def __init__(self, indent: int) -> None:
        self.indent = indent
        self.made: list[str] = []

    def __getitem__(self, level: int) -> str:
        while len(self.made) <= level:
            self.made.append("\n" + " " * (self.indent * len(self.made)))
        return self.made[level]


def _written(value: object, pads: _Pads | None, level: int) -> str:
    """Return ``value`` as JSON text, indented by ``pads`` (on one line if None)."""
    kind = type(value)
    if kind is dict or (kind is not str and isinstance(value, Mapping)):
        items = [
            f"{_encode_text(str(k))}: {_written(v, pads, level + 1)}"
            for k, v in value.items()  # type: ignore[attr-defined]
        ]
        return _bracketed("{", items, "}", pads, level)
    if kind is list or kind is tuple or isinstance(value, list | tuple):
        items = [_written(v, pads, level + 1) for v in value]  # type: ignore[attr-defined]
        return _bracketed("[", items, "]", pads, level)
    return _leaf(value)


def _bracketed(opening: str, items: list[str], closing: str, pads: _Pads | None, level: int) -> str:
    if not items:
        return opening + closing
    if pads is None:
        return opening + ", ".join(items) + closing
    inner = pads[level + 1]
    return opening + inner + ("," + inner).join(items) + pads[level] + closing


def json_document(data: object) -> str:
    """Return ``data`` as an indented JSON document: decimals exact, controls escaped."""
    return json_safe(json_value(data, indent=2)) + "\n"


def json_object(row: Mapping[str, Cell]) -> str:
    """Return one row as a JSON object on one line."""
    # The C encoder writes most rows, nested ones too (a person's history across meetings:
    # 0.1 s of Python for 1,000 meetings); only a row that holds a Decimal or a Marked, at any
    # depth, needs the exact writer.
    if any(isinstance(v, Decimal | Marked) for v in row.values()):
        return json_value(row)  # known at once: no partial encoding thrown away (a search)
    try:
        return _NATIVE.encode(row)
    except _NeedsExactWriter:
        return json_value(row)


def record_object(listing: Listing) -> dict[str, Cell]:
    """Return a record listing as one mapping, each field name to its value."""
    keys = listing.data_keys()
    name, value = keys[0], keys[1]
    return {str(row.get(name)): row.get(value) for row in listing.rows}


# Rows are written in batches of this many: one piece of text for each, not one for each row.
ROWS_A_PIECE = 1_000
# The types of value the C encoder writes as they are, checked by type alone (the usual row).
_PLAIN = frozenset({str, int, float, bool, type(None), tuple})


def _row_text(row: Row, keys: list[str]) -> str:
    """Return ``row``'s data keys as a JSON object on one line (escaped by the caller)."""
    if list(row) != keys:
        row = {k: row.get(k) for k in keys}
    for value in row.values():
        if type(value) not in _PLAIN:
            return json_object(row)
    return _ENCODER.encode(row)


def _batches(listing: Listing, keys: list[str]) -> Iterator[list[str]]:
    """Yield the rows of ``listing`` as JSON objects, a list of ``ROWS_A_PIECE`` at a time."""
    rows = listing.rows
    for start in range(0, len(rows), ROWS_A_PIECE):
        yield [_row_text(row, keys) for row in rows[start : start + ROWS_A_PIECE]]


def json_pieces(listing: Listing) -> Iterator[str]:
    """Yield the rows as a JSON array of objects with the listing's data keys, a batch of rows
    at a time (written as they come, a big listing is never held twice); a record as one
    object."""
    if listing.record:
        yield json_document(record_object(listing))
        return
    keys = listing.data_keys()
    if not listing.rows:
        yield "[]\n"
        return
    lead = "[\n  "
    for batch in _batches(listing, keys):
        yield json_safe(lead + ",\n  ".join(batch))
        lead = ",\n  "
    yield "\n]\n"


def jsonl_pieces(listing: Listing) -> Iterator[str]:
    """Yield one JSON object per row, one per line (a record: its one object), a batch of rows
    at a time."""
    if listing.record:
        yield json_safe(json_object(record_object(listing))) + "\n"
        return
    keys = listing.data_keys()
    for batch in _batches(listing, keys):
        yield json_safe("\n".join(batch) + "\n")


def to_json(listing: Listing) -> str:
    """Return the rows as a JSON array of objects (see ``json_pieces``)."""
    return "".join(json_pieces(listing))


def to_jsonl(listing: Listing) -> str:
    """Return one JSON object per row, one per line (a record: its one object)."""
    return "".join(jsonl_pieces(listing))
