"""Other gatherings of a body told of by a word of sequence: "the previous meeting in Lindor",
"its next session, which will be held in Marno", "agreed to hold the tenth meeting of the
intergovernmental commission in Corvale", "met in Lindor last month and will meet again in
Marno"; and "a fair in Marno and another in Lindor". Each is the event's own gathering at that
place (its name listed: a guess), held when the word looks back, to come when it looks ahead,
unless the report drafted it already."""

from __future__ import annotations

import re

from kzeu.draft.body_index import CalledBodies, Gatherings
from kzeu.draft.drafted import DraftEvent
from kzeu.draft.kind_once import ByPosition
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import (
    SEQUENCE_AHEAD,
    SEQUENCE_BACK,
    SEQUENCE_ORDINALS,
    SESSION_BODY_KINDS,
    SESSION_WORDS,
)
from kzeu.draft.report import TO_FILL, Report
from kzeu.draft.timing import PLACE, place_of

_WHICH = alternation((*SEQUENCE_BACK, *SEQUENCE_AHEAD, *SEQUENCE_ORDINALS))
_OTHER = re.compile(
    rf"\b(?P<which>{_WHICH}|[0-9]+(?:st|nd|rd|th))\s+(?P<kind>{alternation(SESSION_WORDS)})\b"
    r"(?:\s+of\s+(?:the|its|their)\s+(?P<body>[\w–-]+(?:\s+[\w–-]+){0,8}?))?"
    r"(?:,?\s+(?:which\s+|that\s+)?(?:(?:will|is\s+to|is\s+due\s+to|is\s+scheduled\s+to)\s+"
    r"(?:be\s+held|take\s+place)|took\s+place|was\s+held|(?:to\s+be\s+)?held))?"
    r"(?=\s+in\s+[A-Z])"
)
_AGAIN = re.compile(r"\b(?:will|to|would)\s+(?:meet|convene)\s+again(?=\s+in\s+[A-Z])")
# "a trade fair will take place in Marno on 3 June and another in Lindor": another of the event
# told of before it in its sentence
_ANOTHER = re.compile(r"\band\s+another(?:\s+one)?(?=\s+in\s+[A-Z])")
# words before an ordinal gathering that put it ahead: "agreed to hold the tenth meeting"
_AHEAD = re.compile(r"\b(?:will|shall|agreed|plan|plans|planned|decided|to\s+hold|to\s+be)\b")


def other_sessions(report: Report, drafted: list[DraftEvent]) -> None:
    """Add to ``drafted`` each other gathering of a body drafted before that a sentence tells
    of by a word of sequence and a place."""
    bodies = [e for e in drafted if e.name != TO_FILL and e.kind in SESSION_BODY_KINDS]
    found = Gatherings(drafted)  # indexed once: no pass over the draft for each word
    called, told = CalledBodies(bodies), ByPosition(bodies)
    for match in _OTHER.finditer(report.text, report.body) if bodies else ():
        body = _body(report, bodies, (called, told), match.start(), match.group("body"))
        if body is not None:
            status = _status(report, match.group("which").lower(), match.start(), match.end())
            _add(report, found, body, match.end(), status=status)
    for match in _AGAIN.finditer(report.text, report.body) if bodies else ():
        sentence = report.sentence(match.start())
        inside = told.within(sentence.start, match.start())
        if inside:
            _add(report, found, bodies[inside[0]], match.end(), status="upcoming")
    named = [e for e in drafted if e.name != TO_FILL]
    by_position = ByPosition(named)
    for match in _ANOTHER.finditer(report.text, report.body):
        sentence = report.sentence(match.start())
        inside = by_position.within(sentence.start, match.start())
        if inside:
            last = named[inside[-1]]
            _add(report, found, last, match.end(), status=last.status)
    drafted.extend(found.added)


def drop_body_meetings(report: Report, drafted: list[DraftEvent]) -> None:
    """Drop a meeting of no one named drafted from "met" whose subject is a body drafted ("the
    … Commission last met in Lindor"): that is the body's gathering."""
    names = {e.name for e in drafted if e.name != TO_FILL and e.kind in SESSION_BODY_KINDS}
    lengths = {len(name) for name in names}
    dropped: set[int] = set()
    for event in [e for e in drafted if e.name == TO_FILL and not e.participants]:
        sentence = report.text[slice(*report.sentence(event.told_at))]
        # a body's name right before "met in": a look-up per length, not a regex per body; a
        # "met in" of no body beside it ("…, and the heads of the customs services met in
        # Turkmenabat") keeps the meeting
        bodies = [
            any(
                sentence[max(0, met.start() - length) : met.start()] in names
                for length in lengths
                if length <= met.start()
            )
            for met in _MET.finditer(sentence)
        ]
        if any(bodies) and all(bodies):
            dropped.add(id(event))
    drafted[:] = [e for e in drafted if id(e) not in dropped]


_MET = re.compile(r"(?<!last)(?=\s(?:last\s)?met\s(?:in|on|at)\b)")


def _status(report: Report, which: str, at: int, end: int) -> str:
    """Held when ``which`` looks back, to come when it looks ahead; an ordinal ("the tenth
    meeting") is to come when its sentence plans it up to ``end``, else held."""
    if which in SEQUENCE_BACK:
        return "held"
    if which in SEQUENCE_AHEAD:
        return "upcoming"
    sentence = report.sentence(at)
    return "upcoming" if _AHEAD.search(report.text, sentence.start, end) else "held"


def _body(
    report: Report,
    bodies: list[DraftEvent],
    indexed: tuple[CalledBodies, ByPosition],
    at: int,
    named: str | None,
) -> DraftEvent | None:
    """Return the body whose gathering the words at ``at`` tell of: the one ``named`` calls
    by its name or kind, else the last drafted in the sentence before, else in the 400
    characters before."""
    called, told = indexed
    if named is not None:
        return called.called(named.casefold(), at)
    sentence = report.sentence(at)
    near = told.within(min(sentence.start, at - 400), at)
    return bodies[near[-1]] if near else None


def _add(
    report: Report,
    found: Gatherings,
    body: DraftEvent,
    end: int,
    *,
    status: str,
) -> None:
    """Add to ``found`` a gathering of ``body`` with ``status`` at the place named right after
    offset ``end``, unless there is none or one of its kind, status and place is drafted."""
    place = PLACE.match(report.text, end + 1)
    where = place_of(place.group("place")) if place is not None else None
    if where is None:
        return
    sentence = report.sentence(end)
    # drafted already: a gathering of it with its status there, or told of in this sentence
    if found.drafted(body, status, where, sentence.start, sentence.end):
        return
    event = DraftEvent(
        id=report.new_id(body.name),
        name=body.name,
        kind=body.kind,
        place=where,
        status=status,
        quote=report.cut(report.trimmed(sentence)),
        told_at=end,
    )
    event.doubt("name", f"another gathering of the {body.name}, told of by its sequence")
    found.add(event)
