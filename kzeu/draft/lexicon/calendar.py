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

# --- the same day -------------------------------------------------------------------------------

# Words that tell of an event on the day of the one told of before it: "On the same day, A was
# received by B", "Later in the day, A met C", "After the talks, they met the press".
SAME_DAY = (
    *("the same day", "that day", "later in the day", "later that day", "earlier in the day"),
    *("in the evening", "that evening", "after the talks", "after the meeting", "later on"),
    *("following the talks", "following the meeting", "after the negotiations"),
)
# Words that tie a gathering to the visit told of before it, whatever the day: "The ministers also
# addressed the … Forum", "The meeting was followed by the … Commission".
SAME_VISIT = (
    *("also attended", "also addressed", "also took part in", "also visited", "was followed by"),
    *("were followed by", "during the visit", "during his visit", "during her visit"),
)

# --- whether it has taken place -----------------------------------------------------------------

# Words of time that tell a gathering is still to come or has taken place, beside the event
# words of ``lexicon.events`` (UPCOMING_WORDS, HELD_WORDS): "The programme opens on 9 April with
# a plenary session", "in preparation for the summit"; "the forum held yesterday", "the round
# table hosted earlier this week".
UPCOMING_TIMES = (
    *("opens on", "opens in", "starts on", "begins on", "in preparation for", "plans to hold"),
    *("plan to hold", "planning to hold", "intends to host", "plans to host", "tomorrow"),
)
HELD_TIMES = (
    *("yesterday", "earlier this week", "earlier today", "hosted", "was hosted", "were hosted"),
    *("closed", "wrapped up", "came to a close"),
)
