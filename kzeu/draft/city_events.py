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
    + r""")\b(?!\s(?:of|with|between)\b)             # not "the Velmora meeting of the ministers"
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
        and not any(word in p.name.split() for p in people)
    )


def city_meetings(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Add each meeting named by its city, once, placed there (listed)."""
    text = report.text
    for match in _CITY_MEETING.finditer(text, body):
        city = match.group("city")
        if not _a_city(city, people):
            continue
        name = f"{city} {match.group('kind')}"
        sentence = report.sentence(match.start())
        if any(
            e.name.casefold() == name.casefold()
            or (e.place == city and e.status == "held")
            or (e.kind == "meeting" and sentence.start <= e.told_at < sentence.end)
            for e in drafted
        ):
            continue  # told of already, the gathering held there, or its sentence's
        span = Span(match.start("city"), match.end())
        event = event_named(report, Named(span, name, "meeting", span.start), published)
        if event.place is None:
            event.place = city
            event.unsure["place"] = f"the city its name bears ({city}): confirm where it was held"
        drafted.append(event)


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
