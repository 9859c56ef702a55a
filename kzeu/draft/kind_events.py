"""Events named by their kind rather than a capitalised title: "the second Uzbek–Korean
interregional conference", "a business forum in Namangan", "the next session of the joint
commission", "the working group on trade", "the summit in 2025". An event is drafted when its
kind word (the lexicon's ``KIND_WORDS``) comes with words that tell it apart: words before it
that describe it, a complement after it ("on trade", "of Central Asian hydrologists"), a place
or year right after it, or "the meeting of the ..." before it. A bare "the conference" refers to
one told of already and adds none. Its status comes from the nearest word of time around it
("will be held", "next", "preparing for" -> upcoming; "was held", "took place", "recently" ->
held) and is always listed; so are its place and a date worked out rather than stated."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.kind_described import described
from kzeu.draft.kind_once import (
    ByPosition,
    drop_referring_back,
    named_inside,
    names_on,
    take_over,
    unnamed_in,
)
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.calendar import CALENDAR_WORDS
from kzeu.draft.lexicon.events import (
    COMPLEMENT_STOPS,
    HELD_AFTER,
    HELD_BEFORE,
    HELD_ONLY_KINDS,
    ITS_SESSION_AGAIN,
    KIND_AGAIN,
    KIND_GENERIC,
    KIND_NOT_EVENTS,
    KIND_NOT_EVENTS_OF,
    KIND_SET_UP,
    KIND_SET_UP_AFTER,
    KIND_WORDS,
    KIND_WORDS_ANY_CASE,
    SELF_NAMING_KINDS,
    SESSION_WORDS,
)
from kzeu.draft.lexicon.people import SPEECH_VERBS
from kzeu.draft.named_events import a_source, headed
from kzeu.draft.report import Report, Span
from kzeu.draft.retold import talks_of_sentence, told_already
from kzeu.draft.timing import (
    PLACE,
    TIMING,
    dated,
    in_a_later_year,
    place_of,
    status_around,
    to_come,
)

_KIND = re.compile(
    r"""
    \b(?P<kind>"""
    + alternation(KIND_WORDS)  # "business council", "working group", "forum", ...
    + r"""|(?i:"""
    + alternation(KIND_WORDS_ANY_CASE)  # "Working Group", "Round Table" too
    + r""")|[Dd]ays\ of\ [A-Z][\w'’-]+\ [Cc]ulture)\b      # "Days of Lankan culture"
    (?=(?P<complement>                  # what the body or event is about, or whose it is:
      \ (?:on|of)                       # "on trade", "of Central Asian hydrologists"
      (?:\ (?!and\ (?:a|an|the)\b)    # "on logistics | and an exhibition of ..."
      (?!"""
    + alternation(CALENDAR_WORDS)  # "the Corvale forum | on Monday": its day
    + r"""\b)
      (?!"""
    + alternation(COMPLEMENT_STOPS)  # "in", "was", "which", ...: the complement ends
    + r"""\b|[a-z]+ed\b|[0-9])[\w'’-]+){1,5}  # up to five words, none a verb, a preposition
                                                # or a number ("summit on | 3 May")
    ))?                                 # read ahead: a kind word inside it is read too
    """,
    re.VERBOSE,
)


# Right after the name: a place or a year that sets it apart ("forum in Namangan", "summit in
# 2025").
_PLACE_OR_YEAR = re.compile(
    r"""
    (?P<with>\swith(?:\s(?!in\b|at\b|by\b)[\w'’-]+){1,3}?(?=\s(?:in|at|organi[sz]ed|hosted)\s))?
                                                # "a roundtable with Lankan investors | in Lindor"
    (?:
      \s(?:in|at)\s(?:[A-Z]|(?:19|20)[0-9][0-9]\b)  # "forum in Namangan", "summit in 2025"
    | ,?\s(?:organi[sz]ed|hosted|convened)\sby\s(?:the\s)?[A-Z]
                                                # its parties: "a round table organised by the
                                                # Chamber of Commerce"
    )
    """,
    re.VERBOSE,
)


# Right after the kind word, its being held and a place or year: "the next summit will take
# place in Tokyo", "the round table was held in Osh".
_HELD_THEN_PLACE = re.compile(
    r"""
    ,?\s(?:will\s(?:be\sheld|take\splace) | was\sheld | were\sheld | took\splace
       | is\sto\sbe\sheld | is\sscheduled | to\sbe\sheld  # its being held, or to be
       | held | which\swas\sheld)               # "the previous forum, held in Velmora"
    \s(?:in|at|for)\s(?:[A-Z]|(?:19|20)[0-9][0-9]\b)  # then a place or a year
    """,
    re.VERBOSE,
)


# Its being held set apart by a comma: "The summit, held in Lindor in March, ..." (one told of
# before is that one: ``told_already``).
_HELD_APART = re.compile(r",\s(?:which\swas\s)?held\s(?:in|at)\s[A-Z]")


# After a kind word: "the commission's next meeting", "the forum's upcoming session".
# "the commission would hold its second meeting in Lindor", "the council is to hold its next
# session": a gathering of the body, even named by its kind alone.
_ITS_NEXT = re.compile(
    r"(?:['’]s|\s(?:will|would|shall|is\sto|are\sto|plans\sto|to)\s(?:also\s)?hold\sits)"
    rf"\s(?P<again>{alternation(ITS_SESSION_AGAIN)}|[0-9]+(?:st|nd|rd|th))"
    rf"\s{alternation(SESSION_WORDS)}\b"
)


# Right after a kind word, a meeting of the body: "a business council meeting".
_MEETING_AFTER = re.compile(r"\s(?:meeting|session|sitting)\b")


# "on the sidelines of the forum": an event, even named by its kind alone, where a meeting
# was held (both are drafted).
_SIDELINES_OF = re.compile(r"\b(?:sidelines|margins)\sof\s(?:the\s|an?\s)?\Z")


# A year just before the words of the name: "the 2026 summit", "next year's forum".
_YEAR_BEFORE = re.compile(r"\b(?:(?:19|20)[0-9][0-9]|year['’]s)\s\Z")


# "the meeting of the working group", "the next session of the joint commission": a meeting of
# the body, so an event even when the body is named by its kind alone.
_MEETING_OF = re.compile(r"\b(?:session|meeting|sitting|round)\sof\s(?:the\s)?\Z")


# A session of office holders, not of a body: "a plenary session of the heads of government".
_OF_OFFICE = re.compile(
    r" of the (?:heads|leaders|(?:[a-z]+ )?ministers"
    r"|(?:two )?(?:governments|parliaments|cabinets))\b"  # "a joint session of the two governments"
)


# Links a complement cut at its fifth word may end on: "of the heads of state of".
_TRAILING_LINKS = re.compile(r"(?:\s(?:of|the|and|for|on|a|an|to))+\Z")


_SEQUENCE = re.compile(r"\b" + alternation(KIND_AGAIN) + r"\b")


# "every session" (none in particular), and a body that speaks right after its kind word ("the
# organising committee announced"): a body's statement, not its gathering.
_GENERIC = re.compile(r"\b" + alternation(KIND_GENERIC) + r"\s\Z")
_SPEAKS = re.compile(r"\s" + alternation(SPEECH_VERBS) + r"\b")


_SET_UP = re.compile(r"\b" + alternation(KIND_SET_UP) + r"\s(?:a\s|an\s|the\s)?\Z")
_SET_UP_AFTER = re.compile(
    r"(?:\s(?:on|of)(?:\s[\w'’-]+){1,5}?)?\s(?:will|would|is\sto|are\sto|to)?\s?be\s"
    + alternation(KIND_SET_UP_AFTER)
    + r"\b"
)


class Named(NamedTuple):
    """An event named by its kind: the span of its name, the name, its kind and where its words
    (with "the next session of the") begin."""

    span: Span
    name: str
    kind: str
    lead: int


def kind_events(
    report: Report, body: int, published: dt.date | None, drafted: list[DraftEvent]
) -> set[str]:
    """Add each event the report names by its kind, once (a later mention of the same one adds
    none; "the next" one, elsewhere, is an entry of its own), and return their ids. One that
    names an event drafted without a name ("attended a business forum") takes its place."""
    text = report.text
    added: set[str] = set()
    told = ByPosition(drafted)
    for match in _KIND.finditer(text, body):
        named = _named(text, match, body)
        if named is None:
            continue
        event = event_named(report, named, published)
        if talks_of_sentence(report, drafted, event, told):
            continue  # "held a trilateral meeting with ...": the meeting drafted from its verb
        if names_on(text, drafted, named.span.start, named.name, named.kind) or named_inside(
            drafted, named.span, named.name
        ):
            continue  # "the ... Advisory Council ministerial meeting": one event, named on
        lead, after = (
            text[max(body, named.lead - 20) : named.span.start],
            text[named.span.end : named.span.end + 20],
        )
        unnamed = unnamed_in(report, drafted, event, told)
        # a format named alone is the meeting of its sentence, not one told of before
        own = unnamed is not None and drafted[unnamed].kind == "meeting"
        if not own and told_already(drafted, event, lead, after):
            continue
        if unnamed is None:
            drafted.append(event)
            told.add(len(drafted) - 1, event.told_at)
        else:
            take_over(event, drafted[unnamed])
            told.move(unnamed, drafted[unnamed].told_at, event.told_at)
            drafted[unnamed] = event
        added.add(event.id)
    drop_referring_back(drafted, added)
    return added


def _named(text: str, match: re.Match[str], body: int) -> Named | None:
    """Return the event named around the kind word ``match``, or None when the words do not set
    one apart (a bare "the conference", "a press conference", a body being set up)."""
    start, words = described(text, match.start(), body)
    dated = _YEAR_BEFORE.search(text, max(body, start - 12), start) is not None  # "the 2026 summit"
    if (
        words
        and words[-1].lower() in KIND_NOT_EVENTS
        and match.group("kind").lower() in KIND_NOT_EVENTS_OF
    ):
        return None
    if _no_gathering(text, match, start, body) or _not_held(text, match, start, body):
        return None
    lead = max(body, start - 40)
    if _SET_UP.search(text, lead, start) or _SET_UP_AFTER.match(text, match.end()):
        return None
    wrapped = _MEETING_OF.search(text, lead, start) or _SIDELINES_OF.search(text, lead, start)
    complement = match.group("complement")
    end = match.end("complement") if complement else match.end()
    after = _place_or_year(text, end, match.group("kind").lower()) or (
        # "the next summit will take place in Tokyo"; "the summit was held in Osh" is the
        # one told of before
        _HELD_THEN_PLACE.match(text, end)
        if _SEQUENCE.search(text, lead, start) or _HELD_APART.match(text, end)
        else None
    )
    if after is not None and after.re is _PLACE_OR_YEAR and after.group("with"):
        end = after.end("with")  # whose it is: "a roundtable with Lankan investors"
    # "the commission's next meeting", "a business council meeting"
    again = _ITS_NEXT.match(text, match.end()) or _MEETING_AFTER.match(text, match.end())
    # "a consultative meeting", "Days of Lankan culture"
    own = match.group("kind").lower() in SELF_NAMING_KINDS or match.group("kind")[1:5] == "ays "
    if not any((words, complement, after, wrapped, dated, again, own)):
        return None
    if complement:  # "of the heads of state of the region": the complement ends on a noun
        kept = _TRAILING_LINKS.sub("", complement)
        end -= len(complement) - len(kept)
    kind = KIND_WORDS.get(match.group("kind").lower(), "forum")  # "days of Lankan culture"
    if (
        kind == "session"
        and complement
        and complement.startswith(" of")
        and not _OF_OFFICE.match(complement)
    ):
        return None  # "the next session of the joint commission": the commission is the event
    return Named(
        Span(start, end),
        text[start:end],
        kind,
        wrapped.start() if wrapped else start,
    )


# Two capitalised words in a row: a person's name ("with Minister Emre Demir").
_A_NAME = re.compile(r"[A-Z][\w'’-]*\s[A-Z]")


def _place_or_year(text: str, end: int, kind_word: str) -> re.Match[str] | None:
    """Return the place or year right after an event's name at ``end``, perhaps after whom it
    gathers ("with Lankan investors | in Lindor"): not a person ("a technical meeting with
    Minister X in Lindor" is the meeting with X)."""
    found = _PLACE_OR_YEAR.match(text, end)
    whom = found.group("with") if found is not None else None
    if whom and (KIND_WORDS.get(kind_word) == "meeting" or _A_NAME.search(whom)):
        return None
    return found


def _no_gathering(text: str, match: re.Match[str], start: int, body: int) -> bool:
    """Whether the kind word ``match``, its words starting at ``start``, names no gathering:
    "every session", a body that speaks ("the organising committee announced") or reports
    ("according to the statistics committee"), or one someone heads ("chair of the organising
    committee")."""
    lead = max(body, start - 120)
    return bool(
        _SPEAKS.match(text, match.end())
        # "according to the statistics committee": a body that reports
        or a_source(text, max(body, start - 40), start)
        or _GENERIC.search(text, max(0, start - 7), start)
        or headed(text, lead, start)
    )


# Words that hold a gathering of a kind that needs them (``HELD_ONLY_KINDS``): before its name
# ("co-chaired the strategic dialogue", "the second round of the"), and in its clause after it
# ("…, which will take place in Lindor", "which Corvale will host").
_HELD_BEFORE = re.compile(
    r"\b" + alternation(HELD_BEFORE) + r"\s(?:[\w'’-]+\s){0,2}\Z"  # "attended the annual"
)
_HELD_AFTER = re.compile(
    r"(?:\s(?:in|at)\s[A-Z][\w'’-]*)?"  # "the dialogue in Lindor will be held"
    r"(?:(?:,?\s(?:which|that)\s(?:[\w'’-]+\s){0,3}?|\s(?:(?:will|would|shall|is\sto|are\sto|to)\s)?)"
    r"(?:" + alternation(HELD_AFTER) + r")\b"  # ", which Corvale will host", "will take place"
    # "will be held", "which was held"; a bare "held" only before a place or day ("held in
    # Lindor", not "the dialogue held at the highest level")
    r"|,?\s(?:which\s|that\s)?(?:will\sbe|would\sbe|is\sto\sbe|to\sbe|was|were|is|are)\sheld\b"
    r"|\sheld\s(?:in|at|on)\s(?:the\s)?[A-Z0-9])"
)


def _not_held(text: str, match: re.Match[str], start: int, body: int) -> bool:
    """Whether the kind word ``match`` is one that names a gathering only when held ("the
    strategic dialogue") and no words around it hold it ("deepen the political dialogue")."""
    if match.group("kind").lower() not in HELD_ONLY_KINDS:
        return False
    before = text[max(body, start - 70) : start]
    end = match.end("complement") if match.group("complement") else match.end()
    return not (_HELD_BEFORE.search(before) or _HELD_AFTER.match(text, end))


def event_named(report: Report, named: Named, published: dt.date | None) -> DraftEvent:
    """Return the event ``named`` with its place, timing and status from the words around it."""
    text = report.text
    sentence = report.sentence(named.span.start)
    event = DraftEvent(
        id=report.new_id(named.name),
        name=named.name,
        kind=named.kind,
        told_at=named.span.start,
    )
    reach = min(sentence.end, named.span.end + 80)
    end = named.span.end
    # a place that starts within 50 characters of the name, read whole (a window that ended
    # inside "Hanoi" drafted "Hano")
    window = min(sentence.end, named.span.end + 120)
    place = PLACE.search(text, named.span.end, window)
    if place is not None and (
        place.start() - named.span.end > 50 or place.end() == window < sentence.end
    ):
        place = None
    value = place_of(place.group("place")) if place is not None else None
    if place is not None and value is not None:
        event.place = value
        end = place.start("place") + len(value)
    else:
        event.doubt("place", "no place follows its name")
    around = Span(max(sentence.start, named.lead - 80), reach)
    status = status_around(text, Span(named.lead, named.span.end), around)
    timing = TIMING.search(text, named.span.end, reach)
    if in_a_later_year(text, named.span.end, published) or (
        status is None and timing is not None and to_come(timing.group(0), published)
    ):
        status = "upcoming"  # "the summit in 2026", "… and the Days of Culture in September"
    event.status = status or "held"
    event.doubt("status", "held or to come, as the nearest words of time around its name tell")
    if timing is not None:
        end = max(end, timing.end())
        future = event.status == "upcoming"
        if dated(event, timing.group(0), published, future=future):
            event.doubt(
                "date", "worked out from a weekday, a day without a year or the report's date"
            )
    event.quote = report.cut(Span(named.lead, end))
    return event
