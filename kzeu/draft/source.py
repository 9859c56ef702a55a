"""The source of a report: when it was published, where it was filed (the dateline) and whom it
credits (the attribution), read from its first lines as wire copy and ministry releases write
them: ``date 2025-03-28``, a timestamp line (``14 June 2023, 09:15``, ``Updated March 3, 2025``),
an agency prefix (``(MENAFN- Trend)``) and datelines such as ``BISHKEK –``, ``TASHKENT. DUNYO``,
``MOSCOW, June 9. /TASS/.``, ``LONDON:``, ``BEIJING, Oct. 5 (Xinhua) --``,
``DUSHANBE, Tajikistan, May 12.``."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from kzeu.dates import FoundDate, found_dates
from kzeu.draft.attribution import Found, read_attribution
from kzeu.draft.drafted import DraftSource
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.calendar import CALENDAR_WORDS, WEEKDAY_NAMES
from kzeu.draft.lexicon.events import CITY_STATES
from kzeu.draft.lexicon.text import NOT_PLACE_WORDS, WIRE_TAGS
from kzeu.draft.places import COUNTRIES
from kzeu.draft.published_year import resolved_date
from kzeu.draft.report import Report, Span

# How far into the report its header may reach: a few short lines.
HEADER = 400
_LEGACY_DATE = re.compile(
    r"[ \t]*date\ ([0-9]{4}-[0-9]{2}-[0-9]{2})\b  # an old header's line: 'date 2024-05-03'",
    re.VERBOSE,
)
# "(MENAFN- Trend)", "(Silk Road Dispatch - 3rd May, 2024)": an outlet and an agency or a date
_PREFIX = re.compile(
    r"""
    # the outlet: "(MENAFN", "(Silk Road Dispatch"
    \((?P<outlet>[A-Z][A-Za-z]{0,20}(?:\ [A-Z][A-Za-z]{0,20}){0,3})
    (?:\s?[-–—]\s?(?P<rest>[^()\n]{1,40}))?\)  # "- Trend)", "- 3rd May, 2024)", or ")"
    """,
    re.VERBOSE,
)
_TIMESTAMP_WORDS = re.compile(
    r"""(?:(?:Updated|Published|Posted|Last\ updated|Date)?:?\s?)  # "Updated:", "Date:"
    (?:No\.?:?\s?[0-9]{1,6}(?:/[0-9]{1,4})?,\s)?                  # a release's "No. 123/45, "
    """,
    re.VERBOSE,
)
_CAPS_CITY = re.compile(
    r"""(?:[A-Z]{1,3}\.\ )?                    # a state's letters first: "N. "
    [A-Z][A-Z'’-]*[A-Z](?:\ [A-Z][A-Z'’-]*[A-Z]){0,3}\b   # a city in capitals: "NUR-SULTAN"
    """,
    re.VERBOSE,
)
_CITY = re.compile(
    r"[A-Z][a-z'’-]+(?:\ [A-Z][a-z'’-]+){0,2}(?=[,.]\s)  # a city in title case, then ',' or '.'",
    re.VERBOSE,
)
# ... or in title case before its agency in brackets: "Jakarta (ANTARA) -"
_CITY_BEFORE_AGENCY = re.compile(
    r"[A-Z][a-z'’-]+(?:\ [A-Z][a-z'’-]+){0,2}(?=\ \()  # a city, then ' (' and its agency",
    re.VERBOSE,
)
_COUNTRY = re.compile(
    r""",\s(?P<country>[A-Z][^\W\d_]+(?:\ [A-Z][^\W\d_]+){0,2})  # ", Tajikistan"
    (?=,|\s?(?:–|—|--?)\s)                                       # then a comma or a dash
    """,
    re.VERBOSE,
)
_AGENCY = re.compile(
    r"""
      \.?\s?/(?P<slash>[A-Z][A-Za-z-]{1,20}(?:\ [A-Z][A-Za-z-]{1,20}){0,2})/\.?  # ". /TASS/."
    | \s?\((?P<paren>[A-Z][A-Za-z\ -]{1,30})\)             # "(Xinhua)"
    | (?<=\.)\s(?P<caps>[A-Z]{3,20})\b                      # "DUSHANBE. KHOVAR"
    | \.\s(?P<caps2>[A-Z]{3,20}(?:-[A-Z]{2,20})?)\b         # "BISHKEK. KABAR", "Veskgrad.
                                                            # March 12. NORLAND-NEWS -"
    | ,\s(?P<last>[A-Z]{3,20})(?=\s*$)                      # "Veskgrad, October 8, NORTAC"
    # ", AKIpress -"
    | ,\s(?P<comma>[A-Z][A-Za-z]{1,20}(?:-[A-Z][A-Za-z]{1,20})?)(?=\s?(?:–|—|--?)\s)
    """,
    re.VERBOSE | re.MULTILINE,
)
_SEPARATOR = re.compile(
    r"""\s?(?:
      – | —        # a dash: "DUSHANBE –"
    | --?          # or hyphens: "DUSHANBE --"
    | :            # or a colon: "DUSHANBE:"
    )(?=\s)""",
    re.VERBOSE,
)

# What may follow a date with no year on a header's line: nothing, or the time it was filed.
# A weekday before a timestamp's date, "Wednesday, 11 September 2024 21:40 WIB": a line of the
# date and time alone, then (the dateline follows on its own line); and no weekday or month is a
# dateline's city.
_WEEKDAY_FIRST = re.compile(alternation(WEEKDAY_NAMES) + r",?[ \t]")
_TIME_AFTER_DATE = re.compile(
    r"""(?:
      [,|]?\s?[0-9]{1,2}[:.][0-9][0-9]   # ", 14:30", "| 9.05"
      (?:\s?[AaPp]\.?[Mm]\.?)?           # "pm", "a.m."
      (?:\s[A-Z]{2,4})?                  # a time zone: "GMT", "AST"
    )?""",
    re.VERBOSE,
)


class Header(NamedTuple):
    """What the first lines of a report state, and where its body starts."""

    published: dt.date | None
    published_quote: Span | None
    year_stated: bool
    dateline: Found | None
    agency: Found | None
    body: int


def read_source(report: Report, date: dt.date | None) -> tuple[DraftSource, int]:
    """Return the ``source`` of the facts file (without its text) and where the body starts."""
    header = read_header(report)
    source = DraftSource(published=header.published)
    if header.published is not None and header.year_stated and header.published_quote is not None:
        source.published_quote = report.cut(header.published_quote)
    if date is not None:
        source.published = date
        if header.published != date or not header.year_stated:
            source.published_quote = None
    elif header.published is None:
        source.doubt("published", "the report states no date")
    elif not header.year_stated:
        source.doubt("published", "the report's date gives no year: the year is a guess")
    if header.dateline is not None:
        source.dateline = header.dateline.value
        source.dateline_quote = report.cut(header.dateline.span)
    attribution = header.agency or read_attribution(report)
    if attribution is None:  # what it cannot find is a field to fill in, as the date is
        source.doubt("attribution", "the report credits no one")
    else:
        source.attribution = attribution.value
        source.attribution_quote = report.cut(attribution.span)
        if header.agency is None:
            source.doubt("attribution", "read from the body's words, not from its header")
        elif not attribution.sure:
            source.doubt("attribution", "the agency prefix names no one after its dash")
    return source, header.body


def read_header(report: Report) -> Header:
    """Read the date, dateline and agency from the first lines of ``report``."""
    text = report.text
    found = _Found()
    body = at = _legacy_date(text, found)
    for _ in range(6):  # a prefix, a timestamp, a label, a dateline: a few lines at most
        at = _skip_space(text, at)
        if at >= min(len(text), HEADER):
            break
        prefix = _prefix(text, at, found)
        line_end = _line_end(text, at)
        if prefix is not None:
            body = at = prefix
        elif (stamp := _timestamp(text, at, line_end)) is not None:
            found.published = found.published or stamp
            body = at = line_end
        elif (line := _dateline(text, at, line_end)) is not None:
            found.dateline, stated, named, body = line
            found.published = found.published or stated
            found.agency = found.agency or named
            break
        elif (stamp := _labelled_date(text, at, line_end)) is not None:
            found.published = found.published or stamp
            at = line_end  # "Press release | 3 March 2024": a label; the body starts after
        elif _heading(text, at, line_end):
            at = line_end  # "Press release", a headline: read on; the body starts before it
        else:
            break
    resolved, year_stated = resolved_date(report, found.published)
    published = found.published
    quote = None if published is None else Span(published.start, published.end)
    return Header(resolved, quote, year_stated, found.dateline, found.agency, body)


class _Found:
    """What the header has stated so far."""

    def __init__(self) -> None:
        self.published: FoundDate | None = None
        self.dateline: Found | None = None
        self.agency: Found | None = None


def _legacy_date(text: str, found: _Found) -> int:
    """Read kzeu's own leading "date YYYY-MM-DD"; return where the header goes on."""
    legacy = _LEGACY_DATE.match(text)
    if legacy is None:
        return 0
    if _valid_iso(legacy.group(1)):
        date = dt.date.fromisoformat(legacy.group(1))
        found.published = FoundDate(
            legacy.start(1) - 5, legacy.end(), date.year, date.month, date.day
        )
    return legacy.end()


def _prefix(text: str, at: int, found: _Found) -> int | None:
    """Read an agency prefix at ``at``, "(MENAFN- Trend)" or "(Silk Road Dispatch - 3rd May,
    2024)"; return where it ends, or None."""
    prefix = _PREFIX.match(text, at)
    if prefix is None:
        return None
    name, sure = prefix.group("outlet"), True
    if prefix.group("rest") is None and name.casefold() in WIRE_TAGS:
        return prefix.end()  # "(LEAD) ...": a wire's tag, no outlet; its credit comes later
    if prefix.group("rest") is not None:
        start = prefix.start("rest")
        stated = next(found_dates(text, start, prefix.end("rest")), None)
        if stated is not None and stated.start == start:
            found.published = found.published or stated
        elif prefix.group("rest").strip():
            name = prefix.group("rest")
        else:  # "(Agency -  )" names no one after its dash: the outlet, to confirm
            sure = False
    found.agency = found.agency or Found(name.strip(), Span(prefix.start(), prefix.end()), sure)
    return prefix.end()


def _heading(text: str, at: int, line_end: int) -> bool:
    """Whether the line at ``at`` is a label or a headline: short, with no full stop at its end."""
    line = text[at:line_end].rstrip()
    return 0 < len(line) <= 160 and line[-1] not in '.!?"”'


def _valid_iso(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n\ufeff":
        at += 1
    return at


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at, at + HEADER)
    return end if end >= 0 else min(len(text), at + HEADER)


def _timestamp(text: str, at: int, line_end: int) -> FoundDate | None:
    """Return the date of a line that holds only a date and time ("14 June 2023, 09:15")."""
    words = _TIMESTAMP_WORDS.match(text, at, line_end)
    start = words.end() if words is not None else at
    weekday = _WEEKDAY_FIRST.match(text, start, line_end)  # "Wednesday, 11 September 2024 …"
    start = weekday.end() if weekday is not None else start
    date = next(found_dates(text, start, line_end), None)
    if date is None or date.start != start:
        return None
    if date.year is not None and weekday is None:
        return date  # "28 June 2022, Press Release ...": a dated line
    rest = text[date.end : line_end].strip()
    return date if _TIME_AFTER_DATE.fullmatch(rest) else None


# A label's parts: "Press release | 3 March 2024 | Corvale", "Press release, 04.03.2024".
_LABEL_PART = re.compile(r"(?:^|(?<=[|,]))[ \t]*(?P<part>[^|,\n]+?)[ \t]*(?=[|,]|$)", re.MULTILINE)


def _labelled_date(text: str, at: int, line_end: int) -> FoundDate | None:
    """Return the date, with its year, that is a whole part of a label's line after its first
    ("Press release | 3 March 2024 | Corvale", "Bulletin No. 7-2/2024 | 4 March
    2024"), or None: a line that is a label, not a sentence."""
    if not _heading(text, at, line_end) or not any(mark in text[at:line_end] for mark in "|,"):
        return None
    for part in _LABEL_PART.finditer(text, at, line_end):
        if part.start("part") == at:
            continue  # the label itself
        date = next(found_dates(text, part.start("part"), part.end("part")), None)
        if (
            date is not None
            and date.year is not None
            and (date.start, date.end) == part.span("part")
        ):
            return date
    return None


def _dateline(
    text: str, at: int, line_end: int
) -> tuple[Found | None, FoundDate | None, Found | None, int] | None:
    """Read a dateline at ``at``: (the place, the date it gives, the agency it names, where the
    body starts), or None. A country's name is no place: "UZBEKISTAN, May 3 -" on a government
    release gives a date but no city."""
    caps = _CAPS_CITY.match(text, at, line_end)
    city = caps or _CITY.match(text, at, line_end) or _CITY_BEFORE_AGENCY.match(text, at, line_end)
    if city is None:
        return None
    date, named, end = _dateline_rest(text, city.end(), line_end)
    bracketed = named is not None and city.re is _CITY_BEFORE_AGENCY
    if end < 0 or (caps is None and date is None and not bracketed):
        # "Baku, Azerbaijan, May 12" and "Jakarta (ANTARA) -" are datelines; "Uzbekistan, the EU
        # ..." and "Ms. SATO Yumi" are not
        return None
    if date is None and named is None and _not_a_place(city.group()):
        return None  # "JOINT STATEMENT", "DAILY SABAH WITH AGENCIES": a label or a byline
    quote = Span(at, end)
    while quote.end > quote.start and text[quote.end - 1] in " \t\r":
        quote = Span(quote.start, quote.end - 1)
    agency = None if named is None else _agency_named(named, quote)
    place = _capitalised(city.group())
    if (place in COUNTRIES and place not in CITY_STATES) or place in CALENDAR_WORDS:
        return None, date, agency, end  # "UZBEKISTAN, May 3 -", "Monday, May 3 -": no city
    return Found(place, quote), date, agency, end


def _not_a_place(words: str) -> bool:
    """Whether a line's words in capitals are a label's or a byline's, not a city's."""
    return any(word.casefold() in NOT_PLACE_WORDS for word in words.split())


def _dateline_rest(
    text: str, at: int, line_end: int
) -> tuple[FoundDate | None, re.Match[str] | None, int]:
    """Read what follows a dateline's city at ``at``: its country, date, agency and separator;
    return the date, the agency's match and where the dateline ends (-1 if nothing marks it as
    one: "EU AND ..." at the start of a sentence)."""
    end = _after(_COUNTRY.match(text, at, line_end), at)
    date = _date_at(text, end, line_end)
    end = date.end if date is not None else end
    named = _AGENCY.match(text, end, line_end)
    end = _after(named, end)
    separator = _SEPARATOR.match(text, end, line_end)
    if separator is not None:
        end = separator.end()
    elif text[end : end + 1] == ".":
        end += 1
    marked = separator or date or named or end >= line_end or text[end - 1 : end] == "."
    return date, named, end if marked else -1


def _after(match: re.Match[str] | None, at: int) -> int:
    """Return where ``match`` ends, or ``at`` if there is none."""
    return at if match is None else match.end()


def _agency_named(named: re.Match[str], quote: Span) -> Found:
    """Return the agency a dateline names ("/TASS/", "(Xinhua)", "KABAR"), capitalised as a
    name when the dateline shouts it."""
    name = next(n for n in named.groups() if n is not None).strip()
    return Found(_capitalised(name) if len(name) > 4 and name.isupper() else name, quote)


def _date_at(text: str, at: int, line_end: int) -> FoundDate | None:
    """Return the date that follows ", " or ". " at ``at`` ("MOSCOW, June 9", "Veskgrad. March
    12."), or None."""
    if not text.startswith((", ", ". "), at):
        return None
    date = next(found_dates(text, at + 2, min(line_end, at + 30)), None)
    return date if date is not None and date.start == at + 2 else None


def _capitalised(place: str) -> str:
    """Return an upper-case place in normal capitals: "NUR-SULTAN" -> "Nur-Sultan"."""
    if not place.isupper():
        return place
    return "".join(part.capitalize() for part in re.split(r"([ -])", place.lower()))
