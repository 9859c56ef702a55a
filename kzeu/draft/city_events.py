"""Gatherings named by the city they were held in: "the Corvale meeting", "at the Lindor
talks", and the city of a summit or forum named so ("the Lindor summit", placed in Lindor). A
meeting named by its city is an event of its own unless a meeting drafted from a verb was held
there (then it is that one, told of again)."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.kind_events import Named, event_named
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import ADJECTIVE_ENDINGS, CITY_MEETING_WORDS, KIND_WORDS
from kzeu.draft.places import AFFILIATIONS, COUNTRIES, NOT_NAMES
from kzeu.draft.report import TO_FILL, Report, Span

# "the Corvale meeting", "At the Port-Aldric meeting": an article, one capitalised word (two
# joined by a hyphen), the meeting word; not at a sentence's start ("Velmora meeting agenda").
_CITY_MEETING = re.compile(
    r"""
    \b(?:the|The)\s
    (?P<city>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)     # "Corvale", "Port-Aldric"
    \s(?P<kind>"""
    + alternation(CITY_MEETING_WORDS)
    + r""")\b
    """,
    re.VERBOSE,
)


def city_of_name(name: str, people: list[DraftPerson]) -> str | None:
    """Return the city an event named by its kind bears in its name ("Lindor summit" ->
    "Lindor"): a name of two words, a capitalised one and a lower-case kind word, the first no
    country, adjective, month, acronym or word of a person's name."""
    words = name.split()
    if len(words) != 2 or words[1] not in (*KIND_WORDS, *CITY_MEETING_WORDS):
        return None
    city = words[0]
    return city if _a_city(city, people) else None


def _a_city(word: str, people: list[DraftPerson]) -> bool:
    parts = word.split("-")
    return (
        all(p[:1].isupper() and p[1:].islower() for p in parts)
        and not any(p in COUNTRIES or p in AFFILIATIONS for p in (word, *parts))
        and word not in NOT_NAMES
        and not word.lower().endswith(ADJECTIVE_ENDINGS)
        # "the Novak-Demir talks": named by people, not a city
        and not any(part in p.name.split() for p in people for part in (word, *parts))
    )


def city_meetings(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Add each meeting named by its city, once, placed there (listed); "the Corvale meeting
    between A and B" names the meeting drafted from its phrase."""
    text = report.text
    for match in _CITY_MEETING.finditer(text, body):
        city = match.group("city")
        if not _a_city(city, people):
            continue
        name = f"{city} {match.group('kind')}"
        if _names_its_meeting(report, match, name, drafted) or _told(report, match, drafted):
            continue
        span = Span(match.start("city"), match.end())
        event = event_named(report, Named(span, name, "meeting", span.start), published)
        if event.place is None:
            event.place = city
            event.unsure["place"] = f"the city its name bears ({city}): confirm where it was held"
        drafted.append(event)


# "after the Velmora talks", "during the Corvale meeting": the meeting told of, when there is one
_REFERS = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing|[Dd]uring|[Ss]ince)\s\Z")


def _told(report: Report, match: re.Match[str], drafted: list[DraftEvent]) -> bool:
    """Whether the meeting named by its city at ``match`` is one drafted already: of its name,
    a gathering held in its city, a meeting of its sentence, or the report's unplaced meeting
    referred back to ("told reporters after the Velmora talks")."""
    city, name = match.group("city"), f"{match.group('city')} {match.group('kind')}"
    sentence = report.sentence(match.start())
    meetings = [e for e in drafted if e.kind == "meeting" and e.status == "held"]
    back = _REFERS.search(report.text, max(0, match.start() - 12), match.start()) is not None
    return any(
        e.name.casefold() == name.casefold()
        or (e.place == city and e.status == "held")
        or (e.kind == "meeting" and sentence.start <= e.told_at < sentence.end)
        for e in drafted
    ) or (back and any(e.place is None for e in meetings))


# A meeting's phrase right after its city's name: "the Corvale meeting between A and B".
_PEOPLE_AFTER = re.compile(r"\s(?:between|with)\s")


def _names_its_meeting(
    report: Report, match: re.Match[str], name: str, drafted: list[DraftEvent]
) -> bool:
    """Give the name ``name`` and its city to the unnamed meeting its sentence tells of by
    "the Corvale meeting between A and B"; return whether there was one."""
    if not _PEOPLE_AFTER.match(report.text, match.end()):
        return False
    sentence = report.sentence(match.start())
    event = next(
        (
            e
            for e in drafted
            if e.kind == "meeting"
            and e.name == TO_FILL
            and sentence.start <= e.told_at < sentence.end
        ),
        None,
    )
    if event is None:
        return False
    event.name = name
    event.unsure.pop("name", None)
    if event.place is None:
        event.place = match.group("city")
        event.unsure["place"] = (
            f"the city its name bears ({event.place}): confirm where it was held"
        )
    return True


def drop_city_retellings(drafted: list[DraftEvent]) -> None:
    """Remove an event named by a city and its kind ("the Lindor round table", "the Lindor
    summit") when an event of its kind placed in that city was told of before it: that one."""
    first: dict[tuple[str, str | None], int] = {}  # where each kind in each place is first told
    for other in drafted:
        key = (other.kind, other.place)
        first[key] = min(first.get(key, other.told_at), other.told_at)
    drafted[:] = [
        e
        for e in drafted
        if not (
            len(e.name.split()) >= 2
            and e.name.split()[1].lower() in _KIND_HEADS
            and (e.kind, e.name.split()[0]) in first
            and first[e.kind, e.name.split()[0]] < e.told_at
        )
    ]


_KIND_HEADS = frozenset(w.split()[0] for w in (*KIND_WORDS, *CITY_MEETING_WORDS))


def place_by_city_names(drafted: list[DraftEvent], people: list[DraftPerson]) -> None:
    """Place an event named by its kind and a city ("the Lindor summit") that nothing else
    places in that city, listed: the name may only recall where it was first held."""
    for event in drafted:
        if event.place is not None or event.name == TO_FILL:
            continue
        city = city_of_name(event.name, people)
        if city is not None and city in event.quote:
            event.place = city
            event.unsure["place"] = f"the city its name bears ({city}): confirm where it is held"
