"""When and where an event is, in the report's words: its timing ("on Tuesday", "next week",
"on 28 March"), the date worked out from it against the report's own date (listed when it is
worked out rather than stated), whether it is to come, and the place named after "in"."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.dates import MONTH, WEEKDAYS, found_dates, weekday_before
from kzeu.draft.drafted import DraftEvent
from kzeu.draft.lexicon import alternation, caseless_trie
from kzeu.draft.lexicon.calendar import HELD_TIMES, MONTH_NAMES, UPCOMING_TIMES, WEEKDAY_NAMES
from kzeu.draft.lexicon.events import (
    ANOTHER_AHEAD,
    CITY_STATES,
    HELD_WORDS,
    UPCOMING_WORDS,
    VENUE_HEADS,
)
from kzeu.draft.places import NOT_NAMES
from kzeu.draft.report import Span

FUTURE = re.compile(
    # "plans" a verb, not the subject of one: "the plans were discussed at a meeting"
    r"\b(?:will|shall|is to|are to|to be held|planned|plans(?! (?:were|was|are|is|had|have)\b)"
    r"|scheduled|due|expected|next"
    r"|upcoming|later this|opens|open|tomorrow|forthcoming|to hold|to host|invitation|invited"
    r"|preparations for|preparing for|ahead of|to meet|meet again|to convene"
    # put off, still to come: "was postponed to July", "has been rescheduled"
    r"|postponed|put off|rescheduled"
    # reported speech of a plan: "agreed that the commission would be held in …"
    r"|would be held|would take place|would convene|would meet|would be convened)\b",
    re.IGNORECASE,
)


# "in Velmora", "in St. Aldric", "in the capital Corvale", "in the capital, Lindor", "in the
# Lankan town of Marno", "in the border city of Lindor"
_PLACE_AFTER = (
    r" (?:the (?:capital|(?:[A-Z][\w'’-]+ |border |resort |port )?(?:city|town|village) of),? )?"
    r"(?P<place>(?:St\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
PLACE = re.compile(r"\b(?:in|at|visit to)" + _PLACE_AFTER)
# the same, a sentence's opening "In Velmora, …" (a place that may be another clause's) and a
# journey's end: "will travel to Velmora for the … Forum" (a guess, listed)
ANY_PLACE = re.compile(
    r"\b(?:[Ii]n|at|(?:visit|trip|travel|travels|travelled|traveled)(?:\ on)?\ to)" + _PLACE_AFTER
)


_DAY_OF = r"[0-9]{1,2}(?:st|nd|rd|th)?"  # "5", "5th"
TIMING = re.compile(
    r"""
    \b(?:
      # "yesterday", "to be held tomorrow", a sentence's opening "Today, …"
      (?:held\ |to\ be\ held\ |will\ be\ held\ |planned\ |scheduled\ )?
      (?:[Yy]esterday|[Tt]oday|[Tt]omorrow)
    | next\ (?:week|month|year) | last\ (?:week|month|year) | this\ (?:week|month|year)
    | [Ee]arlier\ in\ the\ day | recently\ held | recently | upcoming
    | (?:earlier|later)\ this\ (?:week|month|year)
    | in\ the\ (?:spring|summer|autumn|fall|winter)
    | (?:on|[Ll]ast|[Nn]ext)\ """
    + alternation(WEEKDAY_NAMES)
    # "on June 5", "in the morning of June 5, 2024", "in May"
    + r"""
    | (?:on\ |in\ )(?:the\ (?:morning|afternoon|evening)\ of\ )?"""
    + MONTH
    + r"(?:\ "
    + _DAY_OF
    + r"\b(?:[-–][0-9]{1,2}\b)?)?(?:,?\ (?:19|20)[0-9][0-9]\b)?"
    # "June 5-6, 2024"
    + r"""
    | """
    + MONTH
    + r"\ "
    + _DAY_OF
    + r"\b(?:[-–][0-9]{1,2}\b)?(?:,?\ (?:19|20)[0-9][0-9]\b)?"
    # "on 5 June", "5-6 June 2024"
    + r"""
    | (?:on\ |On\ )?"""
    + _DAY_OF
    + r"(?:[-–][0-9]{1,2})?\ "
    + MONTH
    + r"""(?:,?\ (?:19|20)[0-9][0-9]\b)?
    )
    # a whole word: not "today" in "today0"
    (?!\w)""",
    re.VERBOSE,
)


NOT_PLACES = NOT_NAMES  # "in June", "in The ...": not places


# The words of a title that a place completes: "office in Lindor", "Ambassador in Corvale".
_A_TITLES_PLACE = re.compile(
    r"\b(?:office|offices|embassy|mission|consulate|bureau|branch|representative|representation"
    r"|[Aa]mbassador|[Cc]onsul|[Aa]ffaires)\s\Z"
)


# A venue's name right before its city's: "held at Gedung Sate in Bandung" (the city follows).
_CITY_NEXT = re.compile(r"\s(?:in|,)\s(?:St\.\s)?[A-Z]")
# Words that give the places after them to another gathering to come: "agreed to convene the
# fifth meeting of the committee in Lindor".
ANOTHER_GATHERING = re.compile(r"\b" + alternation(ANOTHER_AHEAD) + r"\b")


def place_after(words: str, after: int) -> str | None:
    """Return the first place named from just before ``after`` on in ``words``: not a venue
    whose city follows it, nor a place of another gathering the clause tells of ahead."""
    for match in PLACE.finditer(words, max(0, after - 40)):
        if _A_TITLES_PLACE.search(words, max(0, match.start() - 30), match.start()):
            continue  # "the head of the agency's office in Lindor": where a title is
        if match.group(0).startswith("at") and _CITY_NEXT.match(words, match.end()):
            continue  # "at Gedung Sate in Bandung": the city is the next place
        if ANOTHER_GATHERING.search(words, after, match.start()):
            return None  # "agreed to hold the next round in Lindor": that round's place
        place = place_of(match.group("place"))
        if place is not None:
            return place
    return None


def dated(event: DraftEvent, timing: str, published: dt.date | None, *, future: bool) -> bool:
    """Set the event's timing and, where it can be worked out, its date; return whether the
    date needs a person's confirmation (worked out from a weekday, a day without a year,
    "yesterday", or impossible as written)."""
    event.timing = timing.strip().rstrip(".")  # "in November." at a sentence's end
    stated = next(found_dates(timing), None)
    if stated is not None and stated.year is not None:
        event.date = stated.on(stated.year)
        return event.date is None  # "30 February 2023": impossible as written
    lower = timing.lower()
    weekday = next((w for w in WEEKDAYS if w in lower), None)
    if published is None:
        return stated is not None or weekday is not None
    if stated is not None:
        event.date = stated.on(published.year)
        if future and event.date is not None and event.date < published:
            # "will take place on 3 March" in a report of November: next year's March
            event.date = stated.on(published.year + 1)
    else:
        event.date = _relative(lower, weekday, published, future=future)
    return event.date is not None or stated is not None


def _relative(
    lower: str, weekday: str | None, published: dt.date, *, future: bool
) -> dt.date | None:
    """Return the day a timing without a date means, against the report's date: a weekday
    (the last one, or the next for an event to come), "yesterday", "today"; None."""
    if weekday is not None:
        date = weekday_before(weekday, published)
        if lower.startswith("last") and date == published:
            return date - dt.timedelta(days=7)  # "last Thursday", said on a Thursday
        to_come = future or lower.startswith("next")
        return date + dt.timedelta(days=7) if to_come and date <= published else date
    if "yesterday" in lower:
        return published - dt.timedelta(days=1)
    if "today" in lower or "earlier in the day" in lower:
        return published
    return None


def place_of(words: str) -> str | None:
    """Return the place in "in Tashkent", "in St. Petersburg"; None for "in June"."""
    parts = words.split()
    if parts[0] in CITY_STATES:
        return parts[0]  # "in Luxembourg", "in Singapore": a city of the name
    if parts[0] in NOT_PLACES or parts[0].isupper() or parts[-1] in VENUE_HEADS:
        return None  # "in June", "at Lancaster House": no city
    return parts[0] if parts[-1] in NOT_PLACES else words


# The words before a gathering still to come that another gathering's clause leads to: "met in
# Tashkent on Monday ahead of the inaugural … summit" (the place and day are the meeting's).
AHEAD_OF = re.compile(
    r"\b(?:ahead\ of|on\ the\ eve\ of|in\ the\ run-up\ to|in\ preparation\ for)"
    r"\s(?:the\s|a\s)?(?:[\w'’-]+\s){0,2}\Z"
)


# A year right after an event's name, or after its place: "the summit in 2026", "the Lindor
# summit in Corvale in 2026".
_YEAR_AFTER = re.compile(
    r"(?:\s(?:in|at)\s(?:St\.\s)?[A-Z][\w'’-]+)?,?\s(?:in\s)?((?:19|20)[0-9][0-9])\b"
)


def in_a_later_year(text: str, end: int, published: dt.date | None) -> bool:
    """Whether the words right after an event's name, ending at ``end``, give it a year after
    the report's: one to come, whatever the tense ("said the summit in 2026 would ...")."""
    found = _YEAR_AFTER.match(text, end)
    return published is not None and found is not None and int(found.group(1)) > published.year


_MONTH_INDEX = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}


def to_come(timing: str, published: dt.date | None) -> bool:
    """Whether ``timing`` puts an event after the report's date when no word of time says
    whether it has taken place: "next week", "in the autumn" of a spring report, "in September"
    of a March one."""
    words = timing.lower().split()
    if words[:1] == ["next"] or timing.lower().startswith(("later this", "tomorrow")):
        return True
    if published is None or len(words) != 2 or words[0] != "in":
        return False
    month = _MONTH_INDEX.get(words[1].rstrip("."))
    return month is not None and month > published.month


_UPCOMING = re.compile(
    r"\b(?P<upcoming>" + caseless_trie((*UPCOMING_WORDS, *UPCOMING_TIMES)) + r")\b", re.IGNORECASE
)
_HELD = re.compile(r"\b" + caseless_trie((*HELD_WORDS, *HELD_TIMES)) + r"\b", re.IGNORECASE)
# A clause after the name that tells of something else: "…, where Park said Seoul would host".
_OTHER_CLAUSE = re.compile(r",\s(?:where|when|while)\b")


# A clause about the event right after its name: "…, which will meet in Lindor", "…, which met
# in Corvale in July".
_ABOUT_IT = re.compile(
    r",?\s(?:which|that)\s(?:(?P<upcoming>will|would|is\sto|are\sto|is\sdue|is\sexpected|is\sset)"
    r"|was\sheld|were\sheld|took\splace|met|opened|brought)\b"
)


def status_around(text: str, named: Span, around: Span) -> str | None:
    """Return "upcoming" or "held" for the event whose words span ``named``: a clause about it
    right after its name ("…, which will meet in Lindor"), else the word of time nearest to
    them within ``around``; None when none does."""
    about = _ABOUT_IT.match(text, named.end)
    if about is not None:
        return "upcoming" if about.group("upcoming") else "held"
    other = _OTHER_CLAUSE.search(text, named.end, around.end)
    if other is not None:
        around = Span(around.start, other.start())
    nearest: tuple[int, str] | None = None
    for pattern, status in ((_UPCOMING, "upcoming"), (_HELD, "held")):
        for found in pattern.finditer(text, around.start, around.end):
            if named.start <= found.start() < named.end:
                distance = 0 if status == "upcoming" else 1  # "the next session of the ..."
            elif found.start() >= named.end:
                distance = found.start() - named.end
            else:
                distance = named.start - found.end()
            if nearest is None or distance < nearest[0]:
                nearest = (distance, status)
    return nearest[1] if nearest is not None else None
