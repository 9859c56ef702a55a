"""Other gatherings of a body told of by a word of sequence: "the previous meeting in Lindor",
"its next session, which will be held in Marno", "agreed to hold the tenth meeting of the
intergovernmental commission in Corvale", "met in Lindor last month and will meet again in
Marno"; and "a fair in Marno and another in Lindor". Each is the event's own gathering at that
place (its name listed: a guess), held when the word looks back, to come when it looks ahead,
unless the report drafted it already."""

from __future__ import annotations

import re

from kzeu.draft.drafted import DraftEvent
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
    found: list[DraftEvent] = []
    for match in _OTHER.finditer(report.text, report.body) if bodies else ():
        body = _body(report, bodies, match.start(), match.group("body"))
        if body is not None:
            status = _status(report, match.group("which").lower(), match.start(), match.end())
            _add(report, drafted, found, body, match.end(), status=status)
    for match in _AGAIN.finditer(report.text, report.body) if bodies else ():
        sentence = report.sentence(match.start())
        inside = [e for e in bodies if sentence.start <= e.told_at < match.start()]
        if inside:
            _add(report, drafted, found, inside[0], match.end(), status="upcoming")
    for match in _ANOTHER.finditer(report.text, report.body):
        sentence = report.sentence(match.start())
        inside = [
            e for e in drafted if e.name != TO_FILL and sentence.start <= e.told_at < match.start()
        ]
        if inside:
            _add(report, drafted, found, inside[-1], match.end(), status=inside[-1].status)
    drafted.extend(found)


def drop_body_meetings(report: Report, drafted: list[DraftEvent]) -> None:
    """Drop a meeting of no one named drafted from "met" whose subject is a body drafted ("the
    … Commission last met in Lindor"): that is the body's gathering."""
    bodies = [e for e in drafted if e.name != TO_FILL and e.kind in SESSION_BODY_KINDS]
    for event in [e for e in drafted if e.name == TO_FILL and not e.participants]:
        sentence = report.text[slice(*report.sentence(event.told_at))]
        pattern = r"\s(?:last\s)?met\s(?:in|on|at)\b"
        if any(re.search(re.escape(b.name) + pattern, sentence) is not None for b in bodies):
            drafted.remove(event)


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
    report: Report, bodies: list[DraftEvent], at: int, named: str | None
) -> DraftEvent | None:
    """Return the body whose gathering the words at ``at`` tell of: the one ``named`` calls
    by its name or kind, else the last drafted in the sentence before, else in the 400
    characters before."""
    before = [e for e in bodies if e.told_at < at]
    if named is not None:
        words = named.casefold()
        # by its name first, else by its kind ("the commission")
        called = [e for e in bodies if e.name.casefold() in words or words in e.name.casefold()]
        called = called or [e for e in bodies if re.search(rf"\b{re.escape(e.kind)}\b", words)]
        earlier = [e for e in called if e.told_at < at]
        return (earlier or called)[-1] if called else None
    sentence = report.sentence(at)
    near = [e for e in before if e.told_at >= min(sentence.start, at - 400)]
    return near[-1] if near else None


def _add(
    report: Report,
    drafted: list[DraftEvent],
    found: list[DraftEvent],
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
    if any(
        _same_body(e, body)
        and e.status == status
        and (e.place == where or (e.place is None and sentence.start <= e.told_at < sentence.end))
        for e in (*drafted, *found)
    ):
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
    found.append(event)


def _same_body(event: DraftEvent, body: DraftEvent) -> bool:
    """Whether ``event`` is a gathering of ``body``: of its kind, unnamed or named by a part of
    its name or the whole ("the Business Council", "the Lanka–Corvale Business Council"); another
    body of its kind that met at the place ("the … Subcommittee met in Marno") is not."""
    if event.kind != body.kind:
        return event.name == body.name
    mine, its = event.name.casefold(), body.name.casefold()
    return event.name == TO_FILL or mine in its or its in mine
