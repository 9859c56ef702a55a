"""The events of a report, in order: its meetings (``meetings``), then the events it names
(``named_events``) and by their kind (``kind_events``), the heads of delegations the next
sentence names for a meeting whose own names no one, a meeting "on the sidelines of" a forum
dated by the forum, "the next meeting" named after the last one, and a placeholder when the
text tells of none. When and where each is comes from ``timing``: a date the text does not
state in full (a weekday, a day without a year) is worked out against the report's date and
listed under ``draft``; an impossible one is left out and listed."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.kind_events import kind_events
from kzeu.draft.meetings import NAME_WORD, meetings, participants_in, surnames, unnamed_events
from kzeu.draft.named_events import named_events
from kzeu.draft.report import LONGEST, TO_FILL, Report, Span


def events(
    report: Report, body: int, people: list[DraftPerson], published: dt.date | None
) -> list[DraftEvent]:
    """Return the meetings (first) and the named events of the report."""
    drafted: list[DraftEvent] = []
    meetings(report, body, people, published, drafted)
    _heads_of_delegations(report, drafted, surnames(people))
    unnamed_events(report, body, people, published, drafted)
    named_events(report, body, published, drafted)
    by_kind = kind_events(report, body, published, drafted)
    _name_next_sessions(drafted, by_kind)
    _place_sideline_meetings(drafted)
    if not drafted:
        drafted.append(_placeholder(report, body))
    return drafted


# "The Kyrgyz delegation was headed by X, and the Korean delegation by Y": who met, when the
# sentence of the meeting names no one.
_LED_BY = re.compile(r"\b(?:headed|led)\sby\b")


def _heads_of_delegations(
    report: Report, drafted: list[DraftEvent], by_surname: dict[str, str]
) -> None:
    """Give a meeting whose sentence names no one the people the next sentence says headed the
    delegations (listed: named in another sentence)."""
    spans = report.sentences.spans
    for event in drafted:
        if event.kind != "meeting" or event.participants:
            continue
        index = report.sentences.index(event.told_at) + 1
        if index >= len(spans) or spans[index][1] - spans[index][0] > 2000:
            continue
        words = report.text[spans[index][0] : spans[index][1]]
        if _LED_BY.search(words) is None:
            continue
        event.participants = participants_in(words, by_surname)
        if event.participants:
            event.unsure["participants"] = "named in the next sentence as heads of the delegations"


_SIDELINES = re.compile(r"\b(?:sidelines|margins) of\b")


def _place_sideline_meetings(drafted: list[DraftEvent]) -> None:
    """Date a meeting "on the sidelines of the Forum" by that forum, named in its sentence or
    the last of its kind told of before it, and list its place as the forum's (its quote, which
    must state what is drafted, does not name that place)."""
    named = [e for e in drafted[-40:] if e.name != TO_FILL and (e.date or e.place)]
    for meeting in drafted:
        if meeting.name != TO_FILL or not _SIDELINES.search(meeting.quote):
            continue
        event = _sidelines_of(meeting, named)
        if event is None:
            continue
        if meeting.date is None and event.date is not None:
            meeting.date = event.date
            meeting.doubt("date", f"the date of the {event.name}, on whose sidelines it met")
        if event.place is not None and meeting.place != event.place:
            # its quote does not name the place, so it is listed rather than drafted, with this
            # reason rather than "its sentence names no place"
            meeting.unsure["place"] = (
                f"met on the sidelines of the {event.name}, in {event.place}: confirm"
            )


def _sidelines_of(meeting: DraftEvent, named: list[DraftEvent]) -> DraftEvent | None:
    """Return the event on whose sidelines ``meeting`` was held: named in its quote, else the
    last told of before it whose last word ("Forum") or kind its quote names."""
    quote = meeting.quote
    event = next((e for e in named if e.name in quote), None)
    if event is not None:
        return event
    told = {word.casefold() for word in NAME_WORD.findall(quote)}
    before = [e for e in named if e.told_at <= meeting.told_at]
    # "Forum" of its name, or its kind: "the conference" for "a conference on glaciers"
    return next(
        (e for e in reversed(before) if {e.name.split()[-1].casefold(), e.kind} & told), None
    )


def _name_next_sessions(drafted: list[DraftEvent], by_kind: set[str]) -> None:
    """Give "The next meeting will be held in Tashkent" the name and kind of the named event
    told of last before it, if there is one (its name stays listed for a person to confirm);
    an event named by its kind alone ("a business forum", ids in ``by_kind``) lends none."""
    named = sorted(
        (e for e in drafted if e.name != TO_FILL and e.id not in by_kind), key=lambda e: e.told_at
    )
    starts = [e.told_at for e in named]
    for event in drafted:
        if not event.next_session:
            continue
        before = bisect_left(starts, event.told_at) - 1
        if before >= 0:
            event.name, event.kind = named[before].name, named[before].kind


def _placeholder(report: Report, body: int) -> DraftEvent:
    """A meeting the text does not describe: quoted by its first words, every field to fill."""
    spans = [s for s in report.sentences.spans if s[1] > body]
    first = Span(*spans[0]) if spans else Span(0, len(report.text))
    first = Span(max(first.start, body), first.end)
    opening = report.trimmed(first)
    if opening.start == opening.end:  # no words at all: quote what there is
        text = report.text
        opening = Span(len(text) - len(text.lstrip()), len(text.rstrip()))
    opening = Span(opening.start, min(opening.end, opening.start + LONGEST))
    event = DraftEvent(id=report.new_id("meeting"), quote=report.cut(opening))
    event.doubt("name", "the report tells of no meeting: every field is the reader's")
    event.doubt("status", "the report tells of no meeting: every field is the reader's")
    return event
