"""Dates as news copy writes them: ``14 June 2023``, ``June 14, 2023``, ``3rd May, 2024``,
``Sept. 2``, ``7 Dec.``, ``2025-03-28``, ``14.06.2023``, and weekdays (``on Tuesday``); an event
over several days (``4-5 July 2022``, ``Sept. 9-10``) is dated by its first day.

The month and weekday names are the lexicon's (``kzeu.draft.lexicon``). ``found_dates`` reads
them in one pass; ``states_date`` is what the loader asks of a
``published_quote`` that does not hold the ISO date itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, WEEKDAYS

__all__ = ["MONTH", "MONTHS", "MONTH_NAME", "WEEKDAYS", "FoundDate", "found_dates", "states_date"]

# A month's name as a pattern: in full, and also abbreviated (with or without its full stop).
MONTH_NAME = alternation(MONTH_NAMES)
MONTH = alternation((*MONTH_NAMES, *MONTH_ABBREVIATIONS)) + r"\b\.?"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]|2[0-9])[0-9][0-9]\b"
_DATE = re.compile(
    r"""
    # ISO, or with slashes: 2025-03-28, 2024/05/21
    \b(?P<iso_y>"""
    + _YEAR
    + r""")([-/])(?P<iso_m>[01][0-9])\2(?P<iso_d>[0-3][0-9])\b
    # day first with dots or slashes: 14.06.2023, 05/02/2025
    | \b(?P<dot_d>[0-3]?[0-9])[./](?P<dot_m>[01]?[0-9])[./](?P<dot_y>"""
    + _YEAR
    + r""")
    # day and month: 14 June 2023, 3rd May, 2024, 4-5 July 2022, 7 of December
    | \b(?P<dm_d>"""
    + _DAY
    + r")(?:[-–][0-9]{1,2})?(?:\ of)?\ (?P<dm_m>"
    + MONTH
    + r")(?:,?\ (?P<dm_y>"
    + _YEAR
    + r"""))?
    # month and day: June 14, 2023, Sept. 9-10 (not "May 3,500")
    | \b(?P<md_m>"""
    + MONTH
    + r")\ (?P<md_d>"
    + _DAY
    + r")(?:[-–][0-9]{1,2}\b)?(?!,\d)(?:,?\ (?P<md_y>"
    + _YEAR
    + r"))?",
    re.VERBOSE,
)


class FoundDate(NamedTuple):
    """A date as written: where it is, and its parts (``year`` None when not stated)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int

    def on(self, year: int) -> dt.date | None:
        """Return the date in ``year`` when the text gave none; None if impossible (30 Feb)."""
        try:
            return dt.date(self.year or year, self.month, self.day)
        except ValueError:
            return None


def found_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundDate]:
    """Yield every date written in ``text[start:end]``, in order."""
    for match in _DATE.finditer(text, start, len(text) if end is None else end):
        parts = _parts(match)
        if parts is not None:
            yield FoundDate(match.start(), match.end(), *parts)


def _parts(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    group = match.group
    if group("iso_y"):
        return int(group("iso_y")), int(group("iso_m")), int(group("iso_d"))
    if group("dot_y"):  # day first, as outside the US; 06/14/2023 is read as nothing
        year, month, day = int(group("dot_y")), int(group("dot_m")), int(group("dot_d"))
    else:
        kind = "dm" if group("dm_m") else "md"
        month = MONTHS[group(f"{kind}_m").rstrip(".").lower()]
        day = int(re.sub(r"\D", "", group(f"{kind}_d")))
        stated = group(f"{kind}_y")
        year = int(stated) if stated else 0
        return (year or None), month, day
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def states_date(quote: str, date: dt.date) -> bool:
    """Whether ``quote`` states ``date``, year included, in any spelling ``found_dates`` reads."""
    if date.isoformat() in quote:
        return True
    return any(
        found.year is not None and found.on(found.year) == date for found in found_dates(quote)
    )


def weekday_before(weekday: str, reference: dt.date) -> dt.date:
    """Return the last ``weekday`` ("Tuesday") on or before ``reference``."""
    back = (reference.weekday() - WEEKDAYS[weekday.lower()]) % 7
    return reference - dt.timedelta(days=back)
