"""One spelling of a cell for every text format: a number is written the same everywhere."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from kzeu.render.decimals import decimal_text
from kzeu.render.escape import visible
from kzeu.render.listing import Cell, Marked

LIST_SEPARATOR = "; "


def plain(value: Cell) -> str:
    """Return ``value`` as escaped text: what CSV, TSV, Markdown and a table show (a list
    joined with "; ", an object as compact JSON)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, Mapping | list):
        from kzeu.render.as_json import json_value

        return visible(json_value(value))
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(plain(v) for v in value)
    text = value.text if isinstance(value, Marked) else str(value)
    return visible(text)
