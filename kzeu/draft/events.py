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
from collections import Counter
from typing import NamedTuple

from kzeu.draft.chaired import chaired_by, joined_formats
from kzeu.draft.city_events import city_meetings, drop_city_retellings, place_by_city_names
from kzeu.draft.drafted import DraftEvent, DraftPerson, DraftSource
from kzeu.draft.event_fields import settle_event_fields
from kzeu.draft.event_places import (
    doubt_places_at_a_distance,
    place_by_meeting_before,
    place_by_sentence,
    sidelines_kind,
)
from kzeu.draft.kind_events import kind_events
from kzeu.draft.lexicon.people import NAME_PARTICLES
from kzeu.draft.list_items import status_by_list
from kzeu.draft.listed_events import code_meetings, code_sidelines, listed_events
from kzeu.draft.meetings import NAME_WORD, family_first, meetings, participants_in, surnames
from kzeu.draft.named_events import named_events
from kzeu.draft.other_sessions import drop_body_meetings, other_sessions
from kzeu.draft.places import AFFILIATIONS, COUNTRIES
from kzeu.draft.pronoun_host import pronoun_hosts
from kzeu.draft.quoted_events import quoted_events
from kzeu.draft.read_to import Events
from kzeu.draft.report import LONGEST, TO_FILL, Report, Span
from kzeu.draft.retold import body_meets_again
from kzeu.draft.timing import PLACE, place_of
from kzeu.draft.told_places import place_by_capital, place_told_after
from kzeu.draft.unnamed_events import unnamed_events
from kzeu.draft.visit_talks import venue_talks, visit_talks


def events(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    *,
    source: DraftSource | None = None,
) -> list[DraftEvent]:
    """Return the meetings (first) and the named events of the report; ``source`` gives the
    dateline, where the report was filed."""
    dateline = _dateline(report, body, source)
    drafted = Events(report)
    meetings(report, body, people, published, drafted)
    _heads_of_delegations(report, drafted, surnames(people))
    pronoun_hosts(report, drafted, surnames(people))
    joined_formats(report, drafted, surnames(people))
    unnamed_events(report, body, people, published, drafted)
    visit_talks(report, body, people, published, drafted)
    venue_talks(report, body, people, published, drafted)
    named_events(report, body, published, drafted)
    by_kind = kind_events(report, body, published, drafted)
    quoted_events(report, body, published, drafted)
    listed_events(report, body, published, drafted)
    code_meetings(report, body, published, drafted)
    code_sidelines(report, body, published, drafted)
    _name_next_sessions(drafted, by_kind)
    chaired_by(report, drafted, by_kind, surnames(people))
    body_meets_again(report, drafted)
    other_sessions(report, drafted)
    place_by_sentence(report, drafted)
    _place_by_names(report, body, drafted, dateline)
    place_by_city_names(drafted, people)
    _place_sideline_meetings(report, drafted)
    place_by_meeting_before(report, drafted)
    _place_by_dateline(report, drafted, dateline)
    doubt_places_at_a_distance(drafted)
    city_meetings(report, body, people, published, drafted)  # after the meetings are placed
    drop_city_retellings(drafted)
    drop_body_meetings(report, drafted)
    place_told_after(report, drafted)
    place_by_capital(report, drafted, dateline.place if dateline else None)
    settle_event_fields(report, drafted, people, dateline.place if dateline else None, published)
    status_by_list(report, drafted)
    _name_by_participants(report, body, drafted, people)
    if not drafted:
        drafted.append(_placeholder(report, body))
    return drafted


class Dateline(NamedTuple):
    """Where a report was filed: the city, and the span of the dateline that names it."""

    place: str
    span: Span


def _dateline(report: Report, body: int, source: DraftSource | None) -> Dateline | None:
    """Return the report's dateline, from its quote in the lines before the body."""
    if source is None or source.dateline is None or source.dateline_quote is None:
        return None
    start = report.text.rfind(source.dateline_quote, 0, max(body, len(source.dateline_quote)))
    if start < 0:
        return None
    return Dateline(source.dateline, Span(start, start + len(source.dateline_quote)))


def _places_told(report: Report, body: int, dateline: Dateline | None) -> set[str]:
    """Return the cities the report names as places ("in Doha", the dateline's city), not its
    countries: one pass over the text."""
    places = {place_of(m.group("place")) for m in PLACE.finditer(report.text, body)}
    if dateline is not None:
        places.add(dateline.place)
    return {p for p in places if p is not None and p not in COUNTRIES and p not in AFFILIATIONS}


def _place_by_names(
    report: Report, body: int, drafted: list[DraftEvent], dateline: Dateline | None
) -> None:
    """Place an event that nothing else places in the city its name bears ("the Bishkek summit",
    "the Doha Forum"), when the report names that city as a place: listed, for the name may
    only recall where it was first held."""
    unplaced = [e for e in drafted if e.place is None and e.name != TO_FILL]
    if not unplaced:
        return
    places = _places_told(report, body, dateline)
    for event in unplaced:
        words = event.name.split()
        # "St. Aldric International Forum": a city of two words
        first = " ".join(words[:2]) if " ".join(words[:2]) in places else words[0]
        first = first.removesuffix("'s").removesuffix("’s")
        # its quote must state it: a name lent by an earlier event ("the next meeting") is not
        # in the quote of this one
        if first in places and (
            first in event.quote if " " in first else first in _WORD.findall(event.quote)
        ):
            event.place = first
            event.unsure["place"] = f"the city its name bears ({first}): confirm where it is held"


_WORD = re.compile(r"[\w'’-]+")


# A meeting held at a distance has no place: "by video link", "a video conference", "online".
_AT_A_DISTANCE = re.compile(r"\b(?:video\w*|tele\w*|online|virtual|phone)\b", re.IGNORECASE)


def _place_by_dateline(
    report: Report, drafted: list[DraftEvent], dateline: Dateline | None
) -> None:
    """Place the report's meeting, when the report places it nowhere else, in the city of its
    dateline, and list it: a report filed in a city usually tells of a meeting there, but not
    always. Its quote must state the place, so it is widened back to the dateline when the
    meeting is told of right after it; else the city is only named in the reason."""
    meeting = next((e for e in drafted if e.kind == "meeting"), None)
    if meeting is None or meeting.place is not None or dateline is None:
        return
    sidelines = _SIDELINES.search(meeting.quote) or "sidelines" in meeting.unsure.get("place", "")
    if sidelines or _AT_A_DISTANCE.search(meeting.quote):
        return  # placed at the event on whose sidelines it met, or held by video or phone
    start = report.text.find(meeting.quote, dateline.span.end)
    gap = report.text[dateline.span.end : start] if start >= 0 else "\n\n"
    if (
        start >= 0
        and len(gap) <= 40
        and "\n\n" not in gap
        and start + len(meeting.quote) - dateline.span.start <= LONGEST
    ):
        meeting.quote = report.cut(Span(dateline.span.start, start + len(meeting.quote)))
        meeting.place = dateline.place
        meeting.unsure["place"] = (
            f"placed only by the dateline ({dateline.place}): the report does not say where the"
            " meeting was held"
        )
        return
    meeting.unsure["place"] = (
        f"placed only by the dateline ({dateline.place}), which its quote does not name: confirm"
        " where the meeting was held"
    )


_NAMED_BY_PEOPLE = {
    "meeting": "meeting",
    "phone call": "phone call",
    "press conference": "press conference",
}


def _name_by_participants(
    report: Report, body: int, drafted: list[DraftEvent], people: list[DraftPerson]
) -> None:
    """Name a meeting, call or press conference with no name of its own after its two or three
    participants' surnames, as in "the Novak–Demir meeting" (en dash; of more than three, the
    two named first, who led the delegations), and list the name. The
    surname is the word of a name the report uses alone most ("Orazov Kerim" ... "Orazov
    said"), else its last."""
    unnamed = [
        e
        for e in drafted
        if e.name == TO_FILL and e.kind in _NAMED_BY_PEOPLE and len(e.participants or ()) >= 2
    ]
    if not unnamed:
        return
    told = Counter(NAME_WORD.findall(report.text, body))
    names = {p.id: p.name.split() for p in people}
    for event in unnamed:
        parts = [names[i] for i in event.participants or () if i in names]
        if len(parts) != len(event.participants or ()):
            continue
        if len(parts) > 3:
            parts = parts[:2]  # of a meeting of delegations, the two named first: who led them
        surnames = [_surname(words, told) for words in parts]
        event.name = "–".join(surnames) + " " + _NAMED_BY_PEOPLE[event.kind]
        event.id = report.new_id(event.name.replace("–", " "))  # "novak-demir-meeting"
        event.unsure["name"] = (
            "named after its participants' surnames: confirm, or give the name the report uses"
        )


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


def _place_sideline_meetings(report: Report, drafted: list[DraftEvent]) -> None:
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
        if event.place is not None and meeting.place is None and event.place in meeting.quote:
            # "met on the sidelines of the St. Aldric … Forum": its quote names the place
            meeting.place = event.place
            meeting.unsure["place"] = f"met on the sidelines of the {event.name}: confirm"
        elif (
            event.place is not None
            and meeting.place is None
            and _widened_to(report, meeting, event.place)
        ):
            # "… was held in Corvale on Monday. On its sidelines, A met B": the quote widened
            # back to the place, when it is near
            meeting.place = event.place
            meeting.unsure["place"] = (
                f"met on the sidelines of the {event.name}, in {event.place}: confirm"
            )
        elif event.place is not None and meeting.place != event.place:
            # its quote does not name the place, so it is listed rather than drafted, with this
            # reason rather than "its sentence names no place"
            meeting.unsure["place"] = (
                f"met on the sidelines of the {event.name}, in {event.place}: confirm"
            )


def _widened_to(report: Report, meeting: DraftEvent, place: str) -> bool:
    """Widen the quote of ``meeting`` back to the last mention of ``place`` before it, when
    that keeps it within ``LONGEST`` characters and in one paragraph; return whether it did."""
    start = report.text.find(meeting.quote, meeting.told_at)
    if start < 0:
        return False
    at = report.text.rfind(place, max(0, start + len(meeting.quote) - LONGEST), start)
    if at < 0 or "\n\n" in report.text[at:start]:
        return False
    meeting.quote = report.cut(Span(at, start + len(meeting.quote)))
    return True


def _sidelines_of(meeting: DraftEvent, named: list[DraftEvent]) -> DraftEvent | None:
    """Return the event on whose sidelines ``meeting`` was held: named in its quote, else the
    last told of before it whose last word ("Forum") or kind its quote names."""
    quote = meeting.quote
    event = next((e for e in named if e.name in quote), None)
    if event is not None:
        return event
    told = {word.casefold() for word in NAME_WORD.findall(quote)}
    before = sorted((e for e in named if e.told_at <= meeting.told_at), key=lambda e: e.told_at)
    # "Forum" of its name, or its kind: "the conference" for "a conference on glaciers", "the
    # session" for a commission
    called = next((e for e in reversed(before) if _called(e) & told), None)
    kind = sidelines_kind(quote) if called is None else None
    # "on the sidelines of the fair": a word of its kind ("fair", "expo" for a forum)
    return called or next((e for e in reversed(before) if kind and e.kind == kind), None)


_IN_SESSIONS = frozenset(("commission", "council", "working group", "business council"))


def _called(event: DraftEvent) -> set[str]:
    """Return the words a later mention may call ``event`` by: the last of its name, its kind,
    and "session" for a body that meets in sessions."""
    called = {event.name.split()[-1].casefold(), event.kind}
    return called | {"session"} if event.kind in _IN_SESSIONS else called


def _name_next_sessions(drafted: list[DraftEvent], by_kind: set[str]) -> None:
    """Give "The next meeting will be held in Tashkent" the name and kind of the named event
    told of last before it, if there is one (its name stays listed for a person to confirm);
    an event named by its kind alone ("a business forum", ids in ``by_kind``) lends none."""
    named = sorted(
        (e for e in drafted if e.name != TO_FILL and e.id not in by_kind), key=lambda e: e.told_at
    )
    starts = [e.told_at for e in named]
    # "The Commission will hold its next meeting in Lindor": the commission drafted to come
    again = [e for e in drafted if e.next_session and _to_come_in(e, named)]
    drafted[:] = [e for e in drafted if all(e is not t for t in again)]
    for event in drafted:
        if not event.next_session:
            continue
        before = bisect_left(starts, event.told_at) - 1
        if before < 0:
            continue
        # the one its sentence calls by its last word or kind ("The intergovernmental commission
        # met …; its next meeting …"), else the last told of
        told = {word.casefold() for word in NAME_WORD.findall(event.quote)}
        lender = next(
            (e for e in reversed(named[max(0, before - 7) : before + 1]) if _called(e) & told), None
        )
        lender = lender or named[before]
        event.name, event.kind = lender.name, lender.kind


def _to_come_in(event: DraftEvent, named: list[DraftEvent]) -> bool:
    """Whether the sentence of the next meeting ``event`` names an event drafted as to come:
    that event is the next meeting."""
    return any(e.status == "upcoming" and e.name in event.quote for e in named)


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


def _surname(words: list[str], told: Counter[str]) -> str:
    """Return the surname of the name ``words``: its first word when the report uses that
    alone more than the last (a name written surname first), else its last with the particles
    before it ("Al Mansoori", "von der Leyen")."""
    if len(words) > 1 and (
        told[words[0]] > told[words[-1]]
        or (told[words[0]] == told[words[-1]] and family_first(words))
    ):
        return words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])
