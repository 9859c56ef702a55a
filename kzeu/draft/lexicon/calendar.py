"""Months and weekdays, in full and abbreviated."""

from __future__ import annotations

# --- the calendar -------------------------------------------------------------------------------

# Each month's name in full and its abbreviations, in the order of the year.
MONTH_SPELLINGS = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
MONTH_NAMES = tuple(spellings[0] for spellings in MONTH_SPELLINGS)
MONTH_ABBREVIATIONS = tuple(short for spellings in MONTH_SPELLINGS for short in spellings[1:])
# month name or abbreviation, in lower case -> its number
MONTHS = {
    name.lower(): number
    for number, spellings in enumerate(MONTH_SPELLINGS, start=1)
    for name in spellings
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
CALENDAR_WORDS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))
