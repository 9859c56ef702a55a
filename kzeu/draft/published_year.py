"""The year of a report's date that gives none (a wire's "BEIJING, Oct. 5"): a guess from the
report's own words only (the latest year it looks back on, and the weekday it dates its news
by), always listed by ``source``. Split from ``source`` for its size."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.dates import FoundDate
from kzeu.draft.judgements import INTENT, intends
from kzeu.draft.report import Report

# A year the report looks back on ("in 2023"), not a target ("by 2030") or a range ("2024-2026").
_PAST_YEAR = re.compile(
    r"""(?<![-–/])(?<!by\ )(?<!until\ )(?<!till\ )   # not "by 2030", nor a range's second year
    (?<!since\ )(?<!Since\ )                          # nor where something started: "since 1994"
    \b((?:19|20)[0-9][0-9])\b(?![-–/]\d)              # a year, not a range's first: "2024-2026"
    """,
    re.VERBOSE,
)


def resolved_date(report: Report, found: FoundDate | None) -> tuple[dt.date | None, bool]:
    """Return the date ``found`` states, its year guessed from the latest year the text names
    when it has none (and whether the year was stated); (None, False) if impossible."""
    if found is None:
        return None, False
    if found.year is not None:
        return found.on(found.year), found.on(found.year) is not None
    looked_back = [m for m in _PAST_YEAR.finditer(report.text) if _looked_back(report, m)]
    if not looked_back:
        return None, False
    latest = max(int(m.group(1)) for m in looked_back)
    likely = max(_year_after(report.text, m, found) for m in looked_back)
    return found.on(_year_of_weekday(report, found, latest, likely)), False


# A month just before a year: "in January 2025", "January–September 2024".
_MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s\Z"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _year_after(text: str, year: re.Match[str], found: FoundDate) -> int:
    """Return the year a report is likely published in, from one year it looks back on: the
    next, when the year is named whole ("trade reached $96 million in 2024": its figures are
    told once the year is over); the same, when a month before the year is no later than the
    report's own month ("in January 2025" in a report of 26 February); else the year itself
    (a part of a year: "in the first quarter of 2024")."""
    stated = int(year.group(1))
    month = _MONTH_BEFORE.search(text, max(0, year.start() - 12), year.start())
    if month is not None:
        index = _MONTHS.index(month.group().strip(" .,")[:3].lower()) + 1
        return stated if index <= found.month else stated + 1
    before = text[max(0, year.start() - 40) : year.start()].split()
    return stated + 1 if before and before[-1].lower() in ("in", "for", "during") else stated


def _year_of_weekday(report: Report, found: FoundDate, latest: int, likely: int) -> int:
    """Return the year of a date without one: the latest year the text looks back on, or the
    year after it, whichever the report's weekday ("met on Tuesday") falls on for the date or
    the day before it and the other does not; else the year ``likely`` (``_year_after``)."""
    weekday = next(
        (day for day in _WEEKDAY.finditer(report.text) if not _planned(report, day.start())),
        None,
    )  # "met on Thursday"; not "the forum, which opens on Saturday", "will meet on Friday"
    if weekday is None:
        return likely
    day = _WEEKDAYS.index(weekday.group(1).lower())
    # the news of the report's day, or of the day before ("BAKU, July 2. ... on Tuesday")
    fits = [
        year
        for year in (latest, latest + 1)
        if (on := found.on(year)) and day in (on.weekday(), (on.weekday() - 1) % 7)
    ]
    return fits[0] if len(fits) == 1 else likely


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The weekday a report tells its news on: "met on Tuesday" (not "last Tuesday").
_WEEKDAY = re.compile(r"\b[Oo]n\ (" + "|".join(day.title() for day in _WEEKDAYS) + r")\b")


def _planned(report: Report, at: int) -> bool:
    """Whether the sentence of ``at`` tells of what is still to come ("will", "opens")."""
    return _TO_COME.search(report.text, *report.sentence(at)) is not None


# Words of what is still to come: "will meet on Friday", "the forum, which opens on Saturday".
_TO_COME = re.compile(
    r"""\b(?:will|shall|is\ to|are\ to|to\ be\ held|opens|starts|begins|is\ due|are\ due|next
    |upcoming|scheduled|planned)\b""",
    re.VERBOSE,
)


def _looked_back(report: Report, year: re.Match[str]) -> bool:
    """Whether the year ``year`` is one the report looks back on: its sentence up to the end of
    its clause (the whole sentence for an opening "In 2027, ...") tells of no plan, target or
    forecast ("would open an embassy in 2027", "aim to reach $5 billion in 2030")."""
    sentence = report.sentence(year.start())
    clause = report.clause(year.start(), year.end())
    end = sentence.end if clause.start <= sentence.start + 3 else clause.end
    start = max(sentence.start, year.start() - 400)
    # "grew by 14% in 2024 to reach $2 billion": a "to reach" after a stated verb plans nothing
    within = INTENT.finditer(report.text, start, min(end, year.end() + 400))
    return not any(intends(report.text, sentence.start, match) for match in within)
