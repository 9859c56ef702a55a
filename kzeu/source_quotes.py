"""The quote of a source field a person gives a value: ``source.published``, ``dateline`` and
``attribution`` are each proven by a quote of the report (``published_quote``, ...), so a new
value needs words of the report that state it. ``kzeu review`` keeps the quote the field has
when it states the new value, else looks for the value in the report's text (in any case, as
whole words, line breaks as spaces: as the loader compares a value with its quote), else asks
the person for the words.
"""

from __future__ import annotations

import datetime as dt
import re

# The source fields proven by a quote, each by the field of its name with "_quote".
QUOTED = ("published", "dateline", "attribution")


def quote_field(name: str) -> str:
    """Return the field that holds the quote of the source field ``name``."""
    return f"{name}_quote"


def states(name: str, value: str, quote: str) -> bool:
    """Whether ``quote`` states ``value`` of the source field ``name`` as the loader reads it
    (kzeu.integrity: a date in any spelling it reads, else the value as whole words)."""
    if name == "published":
        day = _day(value)
        if day is None:
            return False
        from kzeu.dates import states_date

        return states_date(quote, day)
    from kzeu.integrity import WORK_FLOOR
    from kzeu.stated import StatedValues

    return StatedValues(WORK_FLOOR).states(quote, value)


def find_quote(text: str, name: str, value: str) -> str | None:
    """Return the first span of the report ``text`` that states ``value`` of the source field
    ``name``, None if it has none: for the date, a date the text writes with its year; else
    the value's words, in any case, as whole words."""
    if name == "published":
        day = _day(value)
        if day is None:
            return None
        from kzeu.dates import found_dates

        for date in found_dates(text):
            if date.year is not None and date.on(date.year) == day:
                return text[date.start : date.end]
        return None
    words = value.split()
    if not words:
        return None
    from kzeu.stated import whole

    # The value's words apart by any white space: one pass over the text, no nested repeat.
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    for match in pattern.finditer(text):
        if whole(text, match.start(), match.end()):
            return match.group()
    return None


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None
