"""The one decimal speller: how every format and every view writes an exact number."""

from __future__ import annotations

from decimal import Decimal


def decimal_text(value: Decimal, *, grouped: bool = False) -> str:
    """Return ``value`` with its own digits: no exponent, no float rounding, trailing zeros
    kept; ``grouped`` puts a comma between thousands (for people to read, never for data)."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a number any format can write")
    return format(value, ",f" if grouped else "f")
