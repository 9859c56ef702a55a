"""Named events: a run of capitalised words ending in an event word (Summit, Forum, Council,
Commission, Conference, Session, Ministerial, Meeting, ...), with its place only when a place
follows its name ("in Tashkent"; "Forum in June" has none) and its timing in the report's
words. A body someone heads or that only exists ("the European Commission") is no event."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.lexicon import caseless_trie
from kzeu.draft.lexicon.calendar import CALENDAR_WORDS
from kzeu.draft.lexicon.events import EVENT_KINDS, EVENT_WORDS
from kzeu.draft.lexicon.people import TITLE_HEADS
from kzeu.draft.listed_meeting import listed_meeting
from kzeu.draft.report import LONGEST, Report, Span
from kzeu.draft.retold import after_the_last, another_session
from kzeu.draft.text_windows import Windows, Word
from kzeu.draft.timing import (
    AHEAD_OF,
    FUTURE,
    PLACE,
    TIMING,
    dated,
    in_a_later_year,
    place_of,
    to_come,
)
from kzeu.draft.words import one_line

# (a plural's possessive goes on too: "Foreign Ministers' Meeting")
_CONNECTORS = frozenset(["of", "for", "on", "and", "the", "de", "–", "—", "-", "plus", "'", "’"])


# Heads that also name standing bodies ("the European Commission"): an event only when the text
# says it meets ("the 20th meeting of the ... Commission") or the name says so.
_BODIES = frozenset(["Commission", "Council", "Assembly", "Congress"])


_MEETS = re.compile(
    r"""
    \b(?:
      meeting | session | sitting | summit          # "the 20th meeting of the ... Commission"
    | part\ in | attend | attended | attending | participate\ in  # someone goes to it
    | co-chaired | chaired | meet\ again\ at | meet\ at | met\ at
    | sidelines\ of | margins\ of                   # a meeting held beside it
    | preparations\ for | preparing\ for | prepare\ for | ahead\ of | eve\ of
                                                    # it is still to come
    )\s
    (?:of\ |in\ |at\ )?(?:the\ )?(?:\w+\ )?\Z    # "of the", "at the 78th"
    """,
    re.VERBOSE,
)


_MEETING_NAMES = frozenset(["Intergovernmental", "Joint", "Business", "Ministerial", "Bilateral"])


# Event words whose name may follow them alone ("Forum of Interregional Cooperation of ..."),
# not those that wrap another's ("Session of the UN General Assembly").
_ARTICLES = frozenset(["The", "A", "An", "This", "That", "Its", "Their"])
_NAMED_AFTER = frozenset(
    ["Forum", "Summit", "Conference", "Congress", "Symposium", "Exhibition", "Expo", "Subcommittee"]
)
_YEAR = re.compile(r"(?:19|20)[0-9][0-9]")


_EVENT_HEAD = re.compile(r"\b(?:" + "|".join(sorted(EVENT_WORDS)) + r"|summit)\b")


def named_events(
    report: Report, body: int, published: dt.date | None, drafted: list[DraftEvent]
) -> None:
    """Add every named event of the report, once each, to ``drafted``."""
    text = report.text
    places: dict[str, str | None] = {}  # each name drafted, with its place
    where: dict[str, int] = {}  # each name drafted, with its position
    windows = Windows(text)
    for head in _EVENT_HEAD.finditer(text, body):
        span = _name_around(windows, head, body)
        name = one_line(report.cut(span)) if span is not None else ""
        if span is None or len(name) > LONGEST or not _an_event(text, name, span):
            continue
        position = len(drafted)
        told = name if name in places else _told_shorter(name, where)
        if told is not None and not (
            another_session(text, span, places[told])
            or after_the_last(text, span, drafted[where[told]].told_at)
        ):
            earlier = drafted[where[told]]
            if earlier.date is not None or earlier.status != "held":
                continue
            position = where[told]  # a headline first, the body with its date after
        event = _named_event(report, name, span, published, head=head.group())
        if event.date is None and event.place is None and position < len(drafted):
            continue  # the body's telling replaces a headline's when it places or dates it
        if position == len(drafted):
            drafted.append(event)
        else:
            event.id = drafted[position].id
            drafted[position] = event
        places[name], where[name] = event.place, position


def _told_shorter(name: str, where: dict[str, int]) -> str | None:
    """Return the name of an event drafted lately that is ``name`` told shorter or longer
    ("Cooperation Committee" in a headline, "Uzbekistan–EU Cooperation Committee" in the body),
    or None. Only the last few names drafted are looked at: linear on any input."""
    for told in list(where)[-8:]:
        short, long = sorted((told, name), key=len)
        if long.endswith(short) and long[-len(short) - 1] in " –-":
            return told
    return None


def _name_around(windows: Windows, head: re.Match[str], body: int) -> Span | None:
    """Return the span of the event named around the event word ``head``, or None: the words
    around it, the name reaching ten words back and eight on."""
    start = max(body, head.start() - 160)
    words = windows.words(start, head.end() + 120)
    if start > body and words:
        words = words[1:]  # the first may be cut
    k = next((i for i, w in enumerate(words) if w[1] == head.start()), -1)
    return _event_name(words, k) if k >= 0 else None


def _event_name(words: list[Word], k: int) -> Span | None:
    """Return the span of the event named by the words that end at ``words[k]`` ("... Forum",
    "... Commission on Economic Cooperation", "G20 summit"), or None."""
    # a capitalised word of a name before it ("Bishkek summit"), not an article ("The summit")
    before = k - 2 if k > 1 and words[k - 1][0] in ("'", "’") else k - 1  # "Ministers' Meeting"
    capital = before >= 0 and words[before][0][:1].isupper() and words[before][0] not in _ARTICLES
    # "the fourth Forum of Interregional Cooperation of A and B": named by its complement
    capital = capital or (words[k][0] in _NAMED_AFTER and _complement_end(words, k) > k)
    # "the Expo 2025": named by its year
    dated = words[k][0] in _NAMED_AFTER and k + 1 < len(words) and _YEAR.fullmatch(words[k + 1][0])
    if dated and not capital:
        return Span(words[k][1], words[k + 1][2])
    summit = words[k][0] == "summit" and capital
    if not _ends_a_name(words, k, capital=capital, summit=summit):
        return None
    first = k
    while first > 0 and k - first < 10 and _goes_on(words, first - 1):
        first -= 1
    while first < k and words[first][0] in _CONNECTORS:
        first += 1
    last = _complement_end(words, k)
    if first == k and last == k and not summit:
        return None  # "Forum" alone is not a name; "Council of Foreign Ministers" is
    return Span(words[first][1], words[last][2])


def _ends_a_name(words: list[Word], k: int, *, capital: bool, summit: bool) -> bool:
    """Whether ``words[k]`` may end an event's name: an event word after a capitalised word
    (or a body's name, "Council"), and the last of a run of them ("Ministerial Meeting")."""
    word = words[k][0]
    if (word not in EVENT_WORDS and not summit) or not (capital or word in _BODIES):
        return False
    return not (k + 1 < len(words) and words[k + 1][0] in EVENT_WORDS)


def _goes_on(words: list[Word], at: int) -> bool:
    """Whether ``words[at]`` belongs to the name of the event after it."""
    word = words[at][0]
    if word == "." and at > 0 and words[at - 1][0] in ("St", "Ft", "Mt"):
        return True  # "St. Petersburg International Economic Forum"
    if word[:1].isupper():
        return word not in ("The", "A", "An", "In", "At", "On")
    return word in _CONNECTORS and at > 0 and words[at - 1][0][:1].isupper()


def _complement_end(words: list[Word], k: int) -> int:
    """Return the index of the last word of "of Foreign Ministers of the CIS" after an event
    word (``k`` if none follows)."""
    if k + 2 >= len(words) or words[k + 1][0] not in ("of", "on", "for"):
        return k
    if words[k + 2][0] in CALENDAR_WORDS:
        return k  # "Forum on Tuesday", "Council on 12 May": its day, not its complement
    last, stop = k, k + 2
    while stop < len(words) and stop - k < 12:
        word = words[stop][0]
        if word[:1].isupper():
            last = stop
        elif word not in ("and", "of", "the", ",", "plus") or last < stop - 2:
            break
        stop += 1
    return last


# words before a body that make it the source of what is told, not a gathering
A_SOURCE = re.compile(r"\baccording\sto\s(?:(?:data|figures)\s(?:of|from)\s)?(?:the\s)?\Z")


def _an_event(text: str, name: str, span: Span) -> bool:
    """Whether a "Commission" or "Council" is an event here, not the standing body; a body
    someone heads ("chairman of the ... Business Council") is never one, unless it meets."""
    words = name.split()
    if a_source(text, max(0, span.start - 40), span.start):
        return False  # "according to the State Customs Committee": a body that reports
    if headed(text, max(0, span.start - 120), span.start):
        return _TOOK_PLACE.match(text, span.end) is not None
    if not _BODIES.intersection(words[-4:]) or _MEETING_NAMES.intersection(words):
        return True
    if _MEETS.search(text, max(0, span.start - 60), span.start) is not None:
        return True
    # "the 20th EU-Kyrgyzstan Cooperation Council", "... Council took place in Brussels"
    if _ORDINAL_BEFORE.search(text, max(0, span.start - 20), span.start) is not None:
        return True
    return _meets_after(text, span)


def _meets_after(text: str, span: Span) -> bool:
    """Whether the words after an event's name say it meets: "... took place", "..., which is
    to convene", or a timing that ends the clause ("invited companies to the ... Congress in
    June."; a body is not dated so)."""
    if _TOOK_PLACE.match(text, span.end) is not None or listed_meeting(text, span.end):
        return True
    timing = _timing_after(text, span.end)
    place = PLACE.match(text, span.end + 1) if timing is None else None
    if place is not None:  # "… Congress in Avaza in October."
        timing = _timing_after(text, place.end())
    if timing is None:
        return False
    return timing.group().endswith(".") or text[timing.end() : timing.end() + 1] in _CLAUSE_ENDS


def _timing_after(text: str, end: int) -> re.Match[str] | None:
    return TIMING.match(text, end + 1) if text[end : end + 1] == " " else None


_CLAUSE_ENDS = frozenset(("", ".", ",", ";", "\n", "\r"))


# The title of someone who heads or sits on a body, then its name: "chairman of the", "member of
# the Political Bureau of the".
HEADED = re.compile(
    r"""
    \b(?:(?i:"""
    + caseless_trie((*TITLE_HEADS, "members", "member", "leadership", "service", "office"))
    + r""")\s(?:of|at)  # a title's head word, in
                                    # any case, or those of a body ("the press service of the
                                    # …"); a delegation "of" a body, not one "at" a summit
    |(?i:delegation|delegations)\sof)
    \s(?:the\s)?                       # "of the"
    (?:[A-Z][\w'’-]*\s(?:of\s(?:the\s)?)?){0,6}  # up to six words of a body it belongs to
    \Z""",
    re.VERBOSE,
)


def a_source(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with "according to (the)": ``A_SOURCE``, searched only
    where the window holds "according" (a search of the window from each of its places is the
    cost of a text of nothing but event words)."""
    return text.find("according", start, end) >= 0 and A_SOURCE.search(text, start, end) is not None


def headed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a title or a body "of" or "at" (``HEADED``):
    searched only where the window holds an "of" or an "at" that it needs."""
    return (text.find("of", start, end) >= 0 or text.find("at", start, end) >= 0) and HEADED.search(
        text, start, end
    ) is not None


_ORDINAL_BEFORE = re.compile(
    r"\b(?:[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    # a gathering of the body in its sequence: "since the last Cooperation Council"
    r"|tenth|last|previous|latest|next|upcoming)\s\Z",
    re.IGNORECASE,
)


_TOOK_PLACE = re.compile(
    r"""
    ,?\s(?:which\s|that\s)?                    # "..., which is to convene"
    (?:took\ place | was\ held | is\ held | will\ be\ held | will\ take\ place | convened
    | (?:is|are)\ (?:to|due\ to|scheduled\ to|expected\ to)\ (?:convene|meet|be\ held|take\ place)
                                               # "is to convene", "is due to meet"
    | will\ convene
    | (?:last\ )?(?:met|meets|will\ meet)\ (?:in|on|at|for)  # "(last) met in Brussels"
    | (?:held|holds|will\ hold)\ (?:its|their)\ (?:[\w-]+\ )?(?:meeting|session|sitting)
                                               # "held its fourth meeting"
    )\b
    """,
    re.VERBOSE,
)


def _named_event(
    report: Report,
    name: str,
    span: Span,
    published: dt.date | None,
    *,
    head: str,
) -> DraftEvent:
    """Return the event ``name`` with the place that follows it (or opens its sentence: "In
    Tashkent, the ... Forum"), its timing and status."""
    text = report.text
    sentence = report.sentence(span.start)
    reach = min(sentence.end, span.end + 120)
    event = DraftEvent(
        id=report.new_id(name),
        name=name,
        kind=_event_kind(text, name, span, head),
        told_at=span.start,
    )
    start, end = _placed(report, event, span, reach)
    timing, start, end = _timed(report, span, reach, Span(start, end))
    lead = max(sentence.start, span.start - 150)
    future = FUTURE.search(text, lead, reach) is not None
    clause_end = text.find(";", span.end, reach)  # "…, to be held in X; the 10th … took place"
    future = (
        future and _HELD.search(text, span.end, reach if clause_end < 0 else clause_end) is None
    )
    # "the … Subcommittee met in Dushanbe in September and will convene again": its own verb,
    # right after its name, says it was held, whatever the sentence plans after it
    future = future and _MET_AFTER.match(text, span.end) is None
    future = future or in_a_later_year(text, span.end, published)
    # "at the … Forum in Lindor in December" of a November report, no verb of its being held
    if not future and timing is not None and to_come(timing, published):
        future = _HELD.search(text, lead, reach) is None
    if timing is not None and dated(event, timing, published, future=future):
        event.doubt("date", "worked out from a weekday, a day without a year or the report's date")
    event.status = "upcoming" if future else "held"
    event.doubt("status", "held or to come, as the words around its name tell")
    if event.place is None:
        event.doubt("place", "no place follows its name")
    event.quote = report.cut(Span(start, end))
    return event


def _placed(report: Report, event: DraftEvent, span: Span, reach: int) -> Span:
    """Set the place of ``event``: the one that follows its name ("Forum in Tashkent"), else
    the one that opens its sentence ("In Tashkent, the ... Forum"); return the span to quote,
    widened to it."""
    text = report.text
    place = PLACE.search(text, span.end, reach)
    if place is not None and place.start() - span.end <= 60:
        value = place_of(place.group("place"))
        if value is None:
            return span
        event.place = value
        return Span(span.start, place.start("place") + len(value))
    opening = _PLACE_FIRST.match(text, report.sentence(span.start).start, span.start)
    value = place_of(opening.group("place")) if opening is not None else None
    if opening is None or value is None:
        return span
    event.place = value
    return Span(opening.start(), span.end)


def _timed(report: Report, span: Span, reach: int, quote: Span) -> tuple[str | None, int, int]:
    """Return the timing of the event named at ``span`` in the words of its own clause (after
    its name, else just before it) and the span to quote, widened to it."""
    text = report.text
    sentence = report.sentence(span.start)
    clause = report.clause(span.start, span.end)
    if _ABOUT_IT.match(text, clause.end):  # ", which opens in Xi'an on Saturday": still its own
        clause = report.clause(clause.end + 2, clause.end + 2)
    timing = TIMING.search(text, span.end, min(reach, clause.end))
    if timing is not None and timing.start() - span.end <= 80:
        return timing.group(0), quote.start, max(quote.end, timing.end())
    timing = TIMING.search(text, max(sentence.start, span.start - 60), span.start)
    if timing is None or AHEAD_OF.search(text, timing.end(), span.start):
        return None, quote.start, quote.end
    return timing.group(0), timing.start(), quote.end


# "In Tashkent, the Tashkent International Investment Forum opened ...": the place first
_PLACE_FIRST = re.compile(
    r"\s*In (?P<place>(?:St\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:the )?(?:[0-9]+\w* )?\S*\Z"
)


_ABOUT_IT = re.compile(r",\s(?:which|that|to be|held|scheduled|planned|due)\b")


_MET_AFTER = re.compile(r"\s(?:last\s|first\s)?(?:met|convened|gathered)\b")
_HELD = re.compile(r"\b(?:was held|were held|took place|held yesterday|recently held|co-chaired)\b")


_SESSION = re.compile(r"\bsession of (?:the )?\Z")


def _event_kind(text: str, name: str, span: Span, head: str) -> str:
    """Return the kind of a named event: from its last event word, "session" for "the 78th
    session of the UN General Assembly"."""
    if name.endswith(("Ministerial Meeting", "Ministerial")) or (
        head == "Meeting" and re.search(r"\bMinisters['’]? Meeting\b", name)
    ):
        return "ministerial"  # "Foreign Ministers' Meeting of the …" too
    if name.endswith("Business Council"):
        return "business council"
    if head == "Assembly" and _SESSION.search(text, max(0, span.start - 20), span.start):
        return "session"
    return EVENT_KINDS.get(head.capitalize(), "event")
