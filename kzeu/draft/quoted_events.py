"""Events named by a title in quotation marks after their kind word: the exhibition "Made in
Lanka – 2021", the forum «Green Week», the conference "Water for Peace". The title is the name,
as written (before the kind word, the title and the kind word: the "Green Lanka 2030"
conference is "Green Lanka 2030 conference"); the kind comes from the kind word (an exhibition
is a forum), the place, time and status from the words after it, as for an event named by its
kind."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.kind_events import Named, event_named
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import KIND_WORDS
from kzeu.draft.report import Report, Span

_QUOTED = re.compile(
    r"""
    \b(?:[Tt]he|[Aa]n?)\s(?:[a-z-]+\s){0,2}  # "the international exhibition", not a name's
    (?P<kind>(?i:"""
    + alternation(KIND_WORDS)  # "exhibition", "forum", "round table", ...
    + r"""))
    ,?\s["“«]                           # its title, in quotation marks
    (?P<name>[A-Z0-9][^"”»\n]{2,79}?)  # a title: "Made in Lanka – 2021"
    ["”»]
    """,
    re.VERBOSE,
)


# A title in quotation marks before the kind word: the "Green Lanka 2030" conference.
_QUOTED_BEFORE = re.compile(
    r"""
    \b(?:[Tt]he|[Aa]n?)\s["“«]
    (?P<name>[A-Z0-9][^"”»\n]{2,79}?)  # a title: "Green Lanka 2030"
    ["”»]\s(?P<kind>"""
    + alternation(KIND_WORDS)  # "conference", "forum", ...
    + r""")\b""",
    re.VERBOSE,
)


def quoted_events(
    report: Report, body: int, published: dt.date | None, drafted: list[DraftEvent]
) -> None:
    """Add each event named by a title in quotation marks after its kind word, once."""
    text = report.text
    for match in _QUOTED.finditer(text, body):
        name = " ".join(match.group("name").split())
        if any(e.name == name for e in drafted):
            continue
        kind = KIND_WORDS[match.group("kind").lower()]
        span = Span(match.start("name"), match.end("name"))
        event = event_named(report, Named(span, name, kind, match.start()), published)
        # the quote runs to the closing mark and on to the place or time read after it
        end = text.find(event.quote, match.start()) + len(event.quote)
        event.quote = report.cut(Span(match.start(), max(end, match.end())))
        drafted.append(event)
    for match in _QUOTED_BEFORE.finditer(text, body):
        name = " ".join(match.group("name").split()) + " " + match.group("kind")
        if any(e.name == name for e in drafted):
            continue
        # the kind word alone, drafted by its kind, is this one
        drafted[:] = [e for e in drafted if e.told_at != match.start("kind")]
        kind = KIND_WORDS[match.group("kind")]
        span = Span(match.start("name"), match.end())
        drafted.append(event_named(report, Named(span, name, kind, match.start()), published))
