"""Events of one kind named together in the plural: "the SCO and BRICS summits", "the Lindor,
Velmora and Corvale forums". Each name before the plural kind word is an event of its own,
named by it and the kind word in the singular ("SCO summit", "BRICS summit"); its place, time
and status come from the words around the list, as for an event named by its kind, and are
listed. So is a meeting named by a code name or an acronym: "the C5+1 meeting in New York",
"the SCO ministerial"."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.kind_events import Named, event_named
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import LISTED_KINDS
from kzeu.draft.report import Report, Span

# A capitalised name, or a code name: "SCO", "BRICS", "Lindor", "C5+1", "EU–Central".
_NAME = r"(?:[A-Z][\w'’+–-]*)"

_LISTED = re.compile(
    r"\b(?P<names>"
    + _NAME
    + r"(?:,\s"
    + _NAME
    + r")*,?\s(?:and|&)\s"
    + _NAME
    + r")\s(?P<kind>"
    + alternation(LISTED_KINDS)  # "summits", "forums", ...
    + r")\b"
)


# "the C5+1 meeting", "a G20 ministerial", "the SCO meeting": a code name of capitals and digits
# or an acronym, then the word of a meeting.
_CODE_MEETING = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s(?P<name>(?:[A-Z]+[0-9]*(?:\+[0-9]+)?)\s(?P<kind>meeting|ministerial))\b"
)


def code_meetings(
    report: Report, body: int, published: dt.date | None, drafted: list[DraftEvent]
) -> None:
    """Add each meeting named by a code name or an acronym ("the C5+1 meeting"), once."""
    text = report.text
    for match in _CODE_MEETING.finditer(text, body):
        name, code = match.group("name"), match.group("name").split()[0]
        if len(code) < 2 or any(name.lower() in e.name.lower() for e in drafted):
            continue
        if any(code in e.name.split() for e in drafted):
            continue  # "the SCO Summit" then "the SCO meeting": the one told of
        kind = "ministerial" if match.group("kind") == "ministerial" else "meeting"
        span = Span(match.start("name"), match.end("name"))
        drafted.append(event_named(report, Named(span, name, kind, match.start()), published))


# "on the sidelines of COP29", "on the margins of the ABCF": an event named by a code name or an
# acronym alone, where a meeting was held (not one followed by a kind word: "the ABC summit").
_CODE_SIDELINES = re.compile(
    r"\b(?:sidelines|margins)\sof\s(?:the\s)?(?P<name>[A-Z]{2,}[0-9]*)\b(?![\w'’+–-])"
    r"(?!\s(?:[a-z]+\s)?(?:summit|forum|conference|session|meeting|ministerial|council)\b)"
)


def code_sidelines(
    report: Report, body: int, published: dt.date | None, drafted: list[DraftEvent]
) -> None:
    """Add the event named by a code name or an acronym alone on whose sidelines a meeting was
    held ("on the sidelines of COP29"), once; its kind is the reader's to confirm (listed)."""
    text = report.text
    for match in _CODE_SIDELINES.finditer(text, body):
        name = match.group("name")
        if any(name in e.name.split() for e in drafted):
            continue  # "the ABC summit" told of already
        span = Span(match.start("name"), match.end("name"))
        event = event_named(report, Named(span, name, "conference", match.start("name")), published)
        event.status = "held" if event.status != "upcoming" else event.status
        event.doubt("kind", "named by a code name or an acronym alone: what kind of event it is")
        drafted.append(event)


def listed_events(
    report: Report, body: int, published: dt.date | None, drafted: list[DraftEvent]
) -> None:
    """Add an event for each name of a list before a plural kind word, once each."""
    text = report.text
    for match in _LISTED.finditer(text, body):
        kind_word = match.group("kind")
        singular, kind = LISTED_KINDS[kind_word]
        names = re.split(r",\s(?:and\s|&\s)?|\s(?:and|&)\s", match.group("names"))
        if match.group("names")[0] in "TA" and names[0] in ("The", "A", "An"):
            continue  # a sentence's first word, not a name
        for each in names:
            name = f"{each} {singular}"
            if any(e.name.lower() == name.lower() for e in drafted):
                continue  # "the SCO summit" told of already
            span = Span(match.start(), match.end())
            drafted.append(event_named(report, Named(span, name, kind, match.start()), published))
