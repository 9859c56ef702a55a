"""The fields of an event that the stages before leave open or unsure, settled from the words
around it: where it was held ("here" in a wire's copy, a venue that bears its city's name, the
event on whose sidelines it met, the meeting before it on the same occasion, the dateline of the
report's own meeting), with whom ("the two ministers" after a meeting of two), and when ("the
same day", "later in the day" after a dated meeting). Each is a guess, listed with its reason.
A place is stated by the event's quote, so the quote is widened to the nearest mention of the
city, within ``WIDEST`` characters; where it cannot be, the city is only
named in the reason. Last, an event whose timing its quote does not state is mended: its quote is
widened to the timing, or the timing and the date worked out from it are dropped and listed."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.event_places import AT_A_DISTANCE, sidelines_kind
from kzeu.draft.event_places import city_named as _city
from kzeu.draft.hosts import CITIES
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.calendar import SAME_DAY, SAME_VISIT
from kzeu.draft.lexicon.participants import PAIR_REFERENCES
from kzeu.draft.lexicon.venues import STATE_VENUE_WORDS
from kzeu.draft.report import Report, Span
from kzeu.draft.timing import ANY_PLACE
from kzeu.draft.title_holders import holders_by_title, participants_by_title
from kzeu.stated import StatedValues

# A quote widened to state its event's place: two or three sentences at most.
WIDEST = 600
_NO_PLACE_KINDS = frozenset(("phone call",))
_SIDELINES = re.compile(r"\b(?:sidelines|margins) of\b")
# Xinhua's "said here on Monday": the city of the dateline.
_HERE = re.compile(r"\b(?:here|in this city)\b(?! (?:and|is|are|was|were)\b)")
# A venue that bears its city's name: "at the Velmora Trade House", "at the Corvale
# International Fair Centre".
_VENUE = re.compile(r"\bat the (?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) [A-Z]")
# "the port of Lindor, where he is to attend a round table": the city the event is held in.
_WHERE = re.compile(
    r"\b(?:in|to|visit|visits|visited|port of|city of) "
    r"(?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), where\b"
)
# "at the Government House", "at the Yntymak Ordo state residence": a venue of state, no city
_STATE_VENUE = re.compile(
    r"\bat the (?:[A-Z][\w'’-]+ ){0,3}(?:state )?" + alternation(STATE_VENUE_WORDS) + r"\b"
)
_SAME_DAY = re.compile(r"\b" + alternation(SAME_DAY) + r"\b", re.IGNORECASE)
_SAME_VISIT = re.compile(r"\b" + alternation((*SAME_DAY, *SAME_VISIT)) + r"\b", re.IGNORECASE)
_PAIR = re.compile(r"\b" + alternation(PAIR_REFERENCES) + r"\b(?! of\b)", re.IGNORECASE)


def settle_event_fields(
    report: Report,
    drafted: list[DraftEvent],
    people: list[DraftPerson],
    dateline: str | None,
    published: dt.date | None,
) -> None:
    """Settle the place, participants and date each event of ``drafted`` is listed without,
    where the words around it tell them; then mend any timing its quote does not state, and
    set the status a date gives against the report's date (``published``)."""
    told = sorted(drafted, key=lambda e: e.told_at)
    places = _places_named(report, dateline)
    titled = holders_by_title(people)
    for index, event in enumerate(told):
        before = told[:index]
        if event.participants == []:
            _participants_by_reference(event, before)
        if event.participants == []:
            participants_by_title(event, titled)
        if event.date is None and event.status == "held":
            _date_of_same_day(event, _told_in(report, event), before)
        if event.place is None and "place" in event.unsure:
            _settle_place(report, event, Around(before, dateline, places))
    for event in drafted:
        _mend_timing(report, event)
        _status_by_date(event, published)


class Around(NamedTuple):
    """What an event's place is settled from: the events told of before it, the report's
    dateline, and the cities the report names as places (with the gazetteer's)."""

    before: list[DraftEvent]
    dateline: str | None
    places: frozenset[str]


def _places_named(report: Report, dateline: str | None) -> frozenset[str]:
    """Return the gazetteer's cities, the dateline's and those the report names after "in"."""
    named = {_city(m.group("place")) for m in ANY_PLACE.finditer(report.text)}
    named.add(dateline)
    return CITIES | {city for city in named if city is not None}


def _settle_place(report: Report, event: DraftEvent, around: Around) -> None:
    """Place ``event`` in the city the words around it point to, widening its quote to it."""
    if event.kind in _NO_PLACE_KINDS:
        return
    sentence = report.sentence(event.told_at)
    words = report.text[sentence.start : sentence.end]
    if AT_A_DISTANCE.search(words) and not _SIDELINES.search(event.quote):
        return
    found = _city_around(Words(words, _told_in(report, event)), event, around)
    if found is None:
        return
    city, why = found
    if _widened_to(report, event, city):
        event.place = city
        event.unsure["place"] = why
    else:
        reason = why.split(":")[0]
        event.unsure["place"] = f"probably {city} ({reason}), which its quote does not name"


class Words(NamedTuple):
    """The words of an event's sentence, and of it up to the end of the event's quote."""

    sentence: str
    told: str


def _city_around(words: Words, event: DraftEvent, around: Around) -> tuple[str, str] | None:
    """Return the city the words of ``event``'s sentence point to, and why; None if none."""
    if _SIDELINES.search(event.quote):
        return _by_sidelines(words, event, around)
    for finder in (_by_here, _by_name, _by_venue, _by_meeting_before, _by_state_venue):
        found = finder(words, event, around)
        if found is not None:
            return found
    return None


Found = tuple[str, str] | None  # a city and why


def _by_sidelines(words: Words, event: DraftEvent, around: Around) -> Found:
    """The place of the event on whose sidelines ``event`` met."""
    host = _sidelines_of(event, around.before)
    if host is None or host.place is None:
        return None
    return host.place, f"met on the sidelines of the {host.name}, in {host.place}: confirm"


def _by_here(words: Words, event: DraftEvent, around: Around) -> Found:
    """The dateline's city, for an event its clause says is "here"."""
    if around.dateline is None or not _here(words.sentence, event):
        return None
    return around.dateline, f"the report says 'here', filed in {around.dateline}: confirm"


def _by_name(words: Words, event: DraftEvent, around: Around) -> Found:
    """The city a named event's name begins with ("Lindor International Investment Forum")."""
    if event.participants is not None or not event.name:
        return None
    city = _city_in(" ".join(event.name.split()[:2]), around.places)
    return (city, f"the city its name bears ({city}): confirm where it is held") if city else None


def _by_venue(words: Words, event: DraftEvent, around: Around) -> Found:
    """The city of a venue named for it ("at the Velmora Trade House"), or of a "…, where"."""
    venue, where = _VENUE.search(words.sentence), _WHERE.search(words.sentence)
    city = _city_in(venue.group("city"), around.places) if venue is not None else None
    if city is None and where is not None:
        city = _city(where.group("city"))  # "the port of Lindor, where": a place by its words
    if city is None:
        return None
    return city, f"held at a place in {city}, as its sentence says: confirm"


def _by_meeting_before(words: Words, event: DraftEvent, around: Around) -> Found:
    """The place of the meeting told of before a held event whose sentence, up to it, tells of
    the same day or visit ("After the talks, they met the press", "The ministers also
    addressed the … Business Forum", "The meeting was followed by the … Commission")."""
    if event.status != "held" or not _SAME_VISIT.search(words.told):
        return None
    placed = next((e for e in reversed(around.before) if _met_in_person(e)), None)
    if placed is None or placed.place is None:
        return None
    return placed.place, f"where the meeting before it was held ({placed.place}): confirm"


def _by_state_venue(words: Words, event: DraftEvent, around: Around) -> Found:
    """The dateline's city, for a held event its clause puts at a venue of state named without
    a city ("held a joint press conference at the Government House")."""
    if around.dateline is None or event.status != "held":
        return None
    if _STATE_VENUE.search(words.sentence) is None:
        return None
    return around.dateline, f"at a venue of state of {around.dateline}, the dateline's: confirm"


# How far from its quote "here" may be to place it: "who is here to attend the … Forum".
_NEAR = 40


def _met_in_person(event: DraftEvent) -> bool:
    """Whether ``event`` is a meeting of people held in a place: not a call or a video link."""
    return (
        event.participants is not None
        and event.place is not None
        and event.status == "held"
        and event.kind not in _NO_PLACE_KINDS
        and not AT_A_DISTANCE.search(event.quote)
    )


def _here(words: str, event: DraftEvent) -> bool:
    """Whether the clause of ``event`` says "here": in its quote or just around it."""
    at = words.find(event.quote)
    if at < 0:
        return _HERE.search(event.quote) is not None
    return _HERE.search(words, max(0, at - _NEAR), at + len(event.quote) + _NEAR) is not None


def _city_in(words: str, places: frozenset[str]) -> str | None:
    """Return the city of ``places`` that ``words`` name, in full or by their first word
    ("Velmora Trade", "Corvale International")."""
    first = words.split(maxsplit=1)[0].removesuffix("'s").removesuffix("’s")
    return words if words in places else first if first in places else None


def _sidelines_of(event: DraftEvent, before: list[DraftEvent]) -> DraftEvent | None:
    """Return the event on whose sidelines ``event`` met: named in its quote, else the last one
    told of before it whose last word or kind its quote names ("the forum")."""
    quote = event.quote.casefold()
    hosts = [e for e in before if e.participants is None and e.name]
    named = next((e for e in hosts if e.name.casefold() in quote), None)
    if named is not None:
        return named
    kind = sidelines_kind(event.quote)
    return next(
        (
            e
            for e in reversed(hosts)
            if e.name.split()[-1].casefold() in quote or e.kind in quote or e.kind == kind
        ),
        None,
    )


def _quote_at(report: Report, event: DraftEvent) -> int:
    """Return where the quote of ``event`` starts, looked for only around where the report tells
    of it (one bounded search an event, whatever the report's size); -1 if not there."""
    size = len(event.quote)
    return report.text.find(event.quote, max(0, event.told_at - size), event.told_at + 2 * size)


def _widened_to(report: Report, event: DraftEvent, city: str) -> bool:
    """Widen the quote of ``event`` to the nearest mention of ``city`` before it (or after it,
    in its paragraph), within ``WIDEST`` characters; return whether it did or need not."""
    text = report.text
    start = _quote_at(report, event)
    if start < 0:
        return False
    end = start + len(event.quote)
    mention = re.compile(r"(?<![\w])" + re.escape(city) + r"(?![\w])", re.IGNORECASE)
    if mention.search(event.quote):
        return True
    sentence = report.sentence(start)
    within = mention.search(text, sentence.start, sentence.end)
    if within is not None:  # "a round table was held at the Lindor Trade House"
        event.quote = report.cut(Span(min(start, within.start()), max(end, within.end())))
        return True
    earlier = [m.start() for m in mention.finditer(text, max(0, end - WIDEST), start)]
    if earlier:
        event.quote = report.cut(Span(earlier[-1], end))
        return True
    later = mention.search(text, end, start + WIDEST)
    if later is not None and "\n\n" not in text[end : later.end()]:
        event.quote = report.cut(Span(start, later.end()))
        return True
    return False


# The gatherings of the people who met: "the two ministers" of a meeting or call, not of a
# commission they chaired.
_MET = frozenset(("meeting", "phone call", "press conference"))


def _participants_by_reference(event: DraftEvent, before: list[DraftEvent]) -> None:
    """Give an event whose clause names no one but "the two ministers" or "the leaders" the
    people of the last meeting of two or more told of before it (listed)."""
    said = _PAIR.search(event.quote)
    if said is None:
        return
    meeting = next(
        (e for e in reversed(before) if len(e.participants or ()) >= 2 and e.kind in _MET), None
    )
    if meeting is None or meeting.participants is None:
        return
    event.participants = list(meeting.participants)
    event.unsure["participants"] = (
        f"'{said.group(0)}': the people of the {meeting.name or 'meeting'} told of before it:"
        " confirm"
    )


def _told_in(report: Report, event: DraftEvent) -> str:
    """Return the words of ``event``'s sentence up to the end of its quote: "On the same day, a
    round table on … was held" for the round table."""
    sentence = report.sentence(event.told_at)
    start = _quote_at(report, event)
    end = start + len(event.quote) if start >= 0 else sentence.end
    return report.text[sentence.start : max(end, event.told_at)]


def _date_of_same_day(event: DraftEvent, words: str, before: list[DraftEvent]) -> None:
    """Date an event told of as the same day as the dated one before it ("On the same day",
    "Later in the day", "After the talks"), listed."""
    said = _SAME_DAY.search(words)
    if said is None:
        return
    dated = next((e for e in reversed(before) if e.date is not None), None)
    if dated is None or dated.date is None or dated.status != "held":
        return
    event.date = dated.date
    event.unsure["date"] = f"'{said.group(0)}': the date of the event told of before it: confirm"


def _mend_timing(report: Report, event: DraftEvent) -> None:
    """Make sure the quote of ``event`` states its timing: widen it to the timing when that is
    near, else drop the timing and the date worked out from it, listing the date."""
    if event.timing is None or StatedValues(10_000).states(event.quote, event.timing):
        return
    start = _quote_at(report, event)
    end = start + len(event.quote)
    at = report.text.find(event.timing, max(0, start - WIDEST // 2), end + WIDEST)
    at = at if start >= 0 else -1
    span = Span(min(start, at), max(end, at + len(event.timing)))
    if start >= 0 and at >= 0 and span.end - span.start <= max(WIDEST, end - start):
        event.quote = report.cut(span)
        return
    event.timing = None
    if event.date is not None:
        event.date = None
        event.unsure["date"] = "its timing is not in its quote: give the date"


_A_WEEKDAY = re.compile(r"^(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|is\sto|are\sto)\b")


def _status_by_date(event: DraftEvent, published: dt.date | None) -> None:
    """Set the status an event's date, stated in full, gives against the report's: held before
    it, to come after it, whatever the words around its name said (listed)."""
    if event.date is None or published is None or event.date == published:
        return
    if "date" in event.unsure:
        # a date worked out (a weekday, a day without its year) is no proof of status; one to
        # come ("will meet … on Friday") is the Friday after the report, not the one before
        weekday = _A_WEEKDAY.search(event.timing or "") and _WILL.search(event.quote)
        if event.status == "upcoming" and event.date < published and weekday:
            event.date += dt.timedelta(days=7)
        return
    status = "held" if event.date < published else "upcoming"
    if status != event.status:
        event.status = status
        event.unsure["status"] = (
            f"dated {event.date.isoformat()}, {'before' if status == 'held' else 'after'} the"
            " report's own date: confirm"
        )
