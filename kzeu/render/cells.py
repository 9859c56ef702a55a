"""One spelling of a cell for every text format: a number is written the same everywhere."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from kzeu.render.escape import visible
from kzeu.render.listing import Cell, Marked

LIST_SEPARATOR = "; "


def decimal_text(value: Decimal) -> str:
    """Return ``value`` exactly as written in every format, JSON included: its digits as they
    are (no exponent, no float rounding, trailing zeros kept)."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a number any format can write")
    return format(value, "f")


def plain(value: Cell) -> str:
    """Return ``value`` as one line of escaped text: what CSV, Markdown and a table show."""
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
