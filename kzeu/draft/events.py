"""Meetings and named events of a report.

A meeting is a sentence that says two sides met: ``met``, ``held talks with``, ``held a meeting
with``, ``received``, ``at a meeting with``, ``talks between``, ``a phone call with``, ``a joint
press conference``. A named event is a run of capitalised words ending in Summit, Forum, Council,
Commission, Conference, Session, Ministerial, Meeting, ... (``Intergovernmental Commission on
Economic Cooperation``, ``G20 summit``), with its place only when a place follows ("in Tashkent";
"Forum in June" has none) and its timing in the report's words. A date the text does not state
in full (a weekday, a day without a year) is resolved against the publication date and listed
under ``draft``; an impossible one is left out and listed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from kzeu.dates import MONTH, WEEKDAYS, found_dates, weekday_before
from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.lexicon import (
    EVENT_KINDS,
    EVENT_WORDS,
    TITLE_HEADS,
    WEEKDAY_NAMES,
    alternation,
)
from kzeu.draft.places import NOT_NAMES
from kzeu.draft.report import LONGEST, TO_FILL, Report, Span

_MEETING = re.compile(
    r"\b(?:met|meets|meet with|held talks|holds talks|hold talks|held a meeting|holds a meeting"
    r"|received|receives|at a meeting|during a meeting|during talks|after meeting|talks between"
    r"|talks with|meeting with|met with|meeting between"
    r"|talks in (?-i:[A-Z])[\w'’-]+ (?:between|with)|held (?:political )?consultations"
    r"|(?:political|bilateral|interministerial|inter-ministerial) consultations"
    r"|held (?:their|its|a|the) (?:[\w-]+ )?meeting\b(?! of)"
    r"|(?:by |a |held a |via )?video ?(?:conference|call)|virtual meeting|online meeting"
    r"|(?:meet|hosted|hosts|welcomed)(?=\s(?:the\s|a\s|his\s|her\s)?(?:(?-i:[A-Z])|counterpart|delegation))"
    r"|(?:talks|negotiations|consultations) (?:were held|took place)"
    r"|(?P<call>(?:tele)?phone (?:call|conversation|talk)s?|by (?:tele)?phone)"
    r"|(?P<press>joint press conference|jointly met the press|press conference))\b",
    re.IGNORECASE,
)
# Words that tell of a meeting of its own, even with no one named: "also held a meeting with
# representatives of ..."; "during the meeting" only refers to one.
_ACTS = re.compile(
    r"held a meeting|holds a meeting|met|received|(?:tele)?phone|by (?:tele)?phone|joint press"
    r"|jointly met|held (?:political )?consultations|(?:by |a |held a |via )?video"
    r"|held (?:their|its|a|the) ",
    re.IGNORECASE,
)
_OTHER_CLAUSE = re.compile(r",? and (?:the|a|an) |; | while | whereas ")
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|to be held|planned|plans|scheduled|due|expected|next"
    r"|upcoming|later this|opens|open|tomorrow|forthcoming)\b",
    re.IGNORECASE,
)
_EVENT_WORDS = EVENT_WORDS
_CONNECTORS = frozenset(["of", "for", "on", "and", "the", "de", "–", "—", "-"])
# Heads that also name standing bodies ("the European Commission"): an event only when the text
# says it meets ("the 20th meeting of the ... Commission") or the name says so.
_BODIES = frozenset(["Commission", "Council", "Assembly", "Congress"])
_MEETS = re.compile(
    r"\b(?:meeting|session|sitting|summit|part in|attend|attended|attending|participate in"
    r"|co-chaired|chaired|meet again at|meet at|met at|sidelines of|margins of)\s"
    r"(?:of |in |at )?(?:the )?(?:\w+ )?\Z"
)
_MEETING_NAMES = frozenset(["Intergovernmental", "Joint", "Business", "Ministerial", "Bilateral"])
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*|[^\w\s]")
_PLACE = re.compile(r"\b(?:in|at|visit to) (?P<place>(?:St\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_TIMING = re.compile(
    r"\b(?:(?:held |to be held |will be held |planned |scheduled )?(?:yesterday|today|tomorrow)"
    r"|next (?:week|month|year)|last (?:week|month|year)|this (?:week|month|year)"
    r"|[Ee]arlier in the day|recently held|recently|upcoming"
    r"|(?:earlier|later) this (?:week|month|year)"
    r"|in the (?:spring|summer|autumn|fall|winter)"
    r"|on "
    + alternation(WEEKDAY_NAMES)
    + r"|(?:on |in )(?:the (?:morning|afternoon|evening) of )?"
    + MONTH
    + r"(?: [0-9]{1,2}(?:st|nd|rd|th)?\b(?:[-–][0-9]{1,2}\b)?)?(?:,? (?:19|20)[0-9][0-9]\b)?"
    r"|"
    + MONTH
    + r" [0-9]{1,2}(?:st|nd|rd|th)?\b(?:[-–][0-9]{1,2}\b)?(?:,? (?:19|20)[0-9][0-9]\b)?"
    r"|(?:on |On )?[0-9]{1,2}(?:st|nd|rd|th)?(?:[-–][0-9]{1,2})? "
    + MONTH
    + r"(?:,? (?:19|20)[0-9][0-9]\b)?)"
)
_KINDS = EVENT_KINDS
_NOT_PLACES = NOT_NAMES  # "in June", "in The ...": not places


def events(
    report: Report, body: int, people: list[DraftPerson], published: dt.date | None
) -> list[DraftEvent]:
    """Return the meetings (first) and the named events of the report."""
    drafted: list[DraftEvent] = []
    _meetings(report, body, people, published, drafted)
    _unnamed_events(report, body, people, published, drafted)
    _named_events(report, body, published, drafted)
    _name_next_sessions(drafted)
    _date_sideline_meetings(drafted)
    if not drafted:
        drafted.append(_placeholder(report, body))
    return drafted


_SIDELINES = re.compile(r"\b(?:sidelines|margins) of\b")


def _date_sideline_meetings(drafted: list[DraftEvent]) -> None:
    """Give a meeting "on the sidelines of the Forum" the date of that forum, named in its
    sentence or the last of its kind told of before it (listed for a person to confirm)."""
    named = [e for e in drafted[-40:] if e.name != TO_FILL and e.date is not None]
    for meeting in drafted:
        if meeting.name != TO_FILL or meeting.date is not None:
            continue
        quote = meeting.quote
        if not _SIDELINES.search(quote):
            continue
        event = next((e for e in named if e.name in quote), None)
        if event is None:
            told = set(_NAME_WORD.findall(quote))
            before = [e for e in named if e.told_at <= meeting.told_at]
            event = next((e for e in reversed(before) if e.name.split()[-1] in told), None)
        if event is not None:
            meeting.date = event.date
            meeting.doubt("date", f"the date of the {event.name}, on whose sidelines it met")


def _name_next_sessions(drafted: list[DraftEvent]) -> None:
    """Give "The next meeting will be held in Tashkent" the name and kind of the named event
    told of last before it, if there is one (its name stays listed for a person to confirm)."""
    named = [e for e in drafted if e.name != TO_FILL]
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


def _meetings(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Add a meeting, call or press conference for each sentence that says one took place,
    once for the same people (a later sentence with the place or date replaces an earlier one
    without)."""
    text = report.text
    seen: set[int] = set()
    by_surname = {p.name.split()[-1]: p.id for p in people}
    for match in _MEETING.finditer(text, body):
        if match.group().lower().startswith("receive") and not _GUEST.match(text, match.end()):
            continue  # "the proposal received broad support": no one was received
        if _NAMED_SUBJECT.search(text, max(body, match.start() - 20), match.start()):
            continue  # "the Cooperation Committee meets in Brussels": the named event itself
        if drafted and _TOLD_BEFORE.search(text, max(body, match.start() - 20), match.start()):
            continue  # "After talks with Halász, ...": the talks told of already
        index = report.sentences.index(match.start())
        sentence = report.sentence(match.start())
        if index in seen or sentence.end - sentence.start > 2000:
            continue
        seen.add(index)
        said = report.trimmed(sentence)
        words = report.cut(said)
        participants = list(
            dict.fromkeys(by_surname[w] for w in _NAME_WORD.findall(words) if w in by_surname)
        )
        kind = "phone call" if match.group("call") else "meeting"
        kind = "press conference" if match.group("press") else kind
        event, unsure = _meeting(report, match, said, published, kind=kind)
        event.participants = participants
        same = _same_meeting(drafted, event)
        if same is None and (participants or not drafted or _ACTS.match(match.group())):
            position = len(drafted)
            drafted.append(event)
        elif same is not None and _tells_more(event, drafted[same]):
            event.id = drafted[same].id
            event.participants = participants or drafted[same].participants
            position, drafted[same] = same, event
        elif same is not None and participants and not drafted[same].participants:
            # "Talks ... were held in Tashkent today. Minister X held talks with his
            # counterpart Y": the people of the meeting told of just before
            drafted[same].participants = participants
            drafted[same].doubt("participants", "named in a later sentence about the talks")
            continue
        else:
            continue
        _doubt_meeting(event, date_unsure=unsure)
        if kind != "meeting" and _AFTER_IT.search(words):
            _follow(drafted, position)
        elif kind == "meeting" and event.date is None and _SAME_DAY.search(words):
            _follow(drafted, position)  # "Later in the day, X held a meeting with Y"


# "Following the meeting, the ministers held a joint press conference": it follows the meeting
# before it, on its day and with its people (both listed for a person to confirm).
_AFTER_IT = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing) (?:the|their) (?:meeting|talks|negotiations)\b"
    r"|\bthe same day\b"
)


# "After talks with ...", "Following the talks with ...": a meeting told of before, not another
_TOLD_BEFORE = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing)\s(?:the\s|their\s|his\s|her\s)?\Z")
_SAME_DAY = re.compile(r"\b(?:[Ll]ater in the day|[Tt]he same day|[Oo]n the same day)\b")


def _follow(drafted: list[DraftEvent], position: int) -> None:
    """Give the event at ``position`` the date and people of the meeting before it."""
    event = drafted[position]
    meeting = next(
        (e for e in reversed(drafted[max(0, position - 20) : position]) if e.kind == "meeting"),
        None,
    )
    if meeting is None:
        return
    if event.date is None and meeting.date is not None:
        event.date = meeting.date
        event.doubt("date", "the date of the meeting it follows")
    if not event.participants and meeting.participants:
        event.participants = list(meeting.participants)
        event.doubt("participants", "the people of the meeting it follows")


_NAMED_SUBJECT = re.compile(r"\b(?:" + "|".join(sorted(_EVENT_WORDS)) + r")\s\Z")
# a word of a name, without a possessive: "O'Brien", "Öztürk" in "Öztürk's"
_GUEST = re.compile(
    r"\s(?:the\s|a\s|an\s)?(?:[A-Z]|delegation|representatives|members|ambassador|minister"
    r"|head|chairman|president|governor|envoy|deputy|his|her)"
)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+|['’][^\W\d_]{2,})*")


# Events a sentence tells of without naming them: "attended a business forum in Riga", "The
# next meeting will be held in Tashkent".
_UNNAMED = re.compile(
    r"\b(?:attended|attend|attends|hosted|hosts|host|opened|opens|took part in|take part in"
    r"|participated in|addressed)\s(?P<article>a|an|the)\s(?:[a-z]+\s)?(?P<kind>forum|conference"
    r"|summit|round table|roundtable|exhibition)\b"
    r"|\b(?:[Aa]n?|[Tt]he) (?:[a-z]+\s)?(?P<held>forum|conference|round table|roundtable)"
    r" (?:was|will be|is to be) held\b"
    r"|\b[Tt]he next (?P<next>meeting)\b(?! of)"
)


_UNNAMED_KINDS = ("forum", "conference", "summit", "round table", "roundtable", "exhibition")


def _unnamed_events(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Add the forums, conferences and next meetings a sentence tells of without a name."""
    by_surname = {p.name.split()[-1]: p.id for p in people}
    text = report.text
    # where each kind of event is first named ("Financing Conference"), found once
    named_at = {kind: text.find(kind.title(), body) for kind in _UNNAMED_KINDS}
    for match in _UNNAMED.finditer(text, body):
        kind_word = match.group("kind") or match.group("held")
        if kind_word and match.group("held"):
            if match.group().lower().startswith("the ") and named_at[kind_word] >= 0:
                continue  # "the conference was held": the named one
        elif match.group("article") == "the" and 0 <= named_at[kind_word] < match.start():
            continue  # "addressed the conference": the named conference told of before
        sentence = report.sentence(match.start())
        if sentence.end - sentence.start > 2000:
            continue
        said = report.trimmed(sentence)
        words = report.cut(said)
        kind = "meeting" if match.group("next") else kind_word.replace("round", "round ")
        kind = " ".join(kind.split())
        event, unsure = _meeting(report, match, said, published, kind=kind)
        event.participants = list(
            dict.fromkeys(by_surname[w] for w in _NAME_WORD.findall(words) if w in by_surname)
        )
        drafted.append(event)
        _doubt_meeting(event, date_unsure=unsure)
        if match.group("next"):
            event.status, event.next_session = "upcoming", True


def _tells_more(event: DraftEvent, earlier: DraftEvent) -> bool:
    """Whether ``event`` states all that ``earlier`` does of place and date, and more."""
    now = (event.place is not None, event.date is not None)
    before = (earlier.place is not None, earlier.date is not None)
    return all(n for n, b in zip(now, before, strict=True) if b) and any(
        n and not b for n, b in zip(now, before, strict=True)
    )


def _vague(event: DraftEvent) -> bool:
    """Whether ``event`` states neither place nor date."""
    return event.place is None and event.date is None


def _same_meeting(drafted: list[DraftEvent], event: DraftEvent) -> int | None:
    """Return the index of an earlier event of the same kind with these participants."""
    people = set(event.participants or ())
    last = len(drafted) - 1
    for index, other in enumerate(drafted[-20:], start=max(0, len(drafted) - 20)):
        if other.kind != event.kind:
            continue
        if people and people <= set(other.participants or ()):
            return index
        if other.participants and set(other.participants) <= people and _vague(other):
            return index  # a headline's "X received a delegation", then the body's account
        if people and not other.participants and (other.place is None or index == last):
            # a headline's "Meeting with the State Minister ...", or the talks of the sentence
            # before: the same one
            return index
    return None


def _meeting(
    report: Report,
    match: re.Match[str],
    said: Span,
    published: dt.date | None,
    *,
    kind: str,
) -> tuple[DraftEvent, bool]:
    """Return the meeting the sentence ``said`` tells of, and whether its date is unsure."""
    words = report.cut(said)
    event = DraftEvent(
        id=report.new_id("meeting" if kind == "meeting" else kind),
        kind=kind,
        quote=words,
        told_at=said.start,
    )
    after = match.end() - said.start
    # what follows ", and the ..." or "; ..." tells of something else
    other = _OTHER_CLAUSE.search(words, after)
    words = words[: other.start()] if other is not None else words
    timing = _TIMING.search(words, max(0, match.start() - said.start - 200))
    unsure = timing is not None and _dated(event, timing.group(0), published, future=False)
    place = _place(words, after)
    event.place = place
    if _FUTURE.search(words, max(0, match.start() - said.start - 60), after):
        event.status = "upcoming"
    if published is not None and event.date is not None and event.date > published:
        event.status = "upcoming"  # dated after the report: announced, not held
        unsure = True
    return event, unsure


def _doubt_meeting(event: DraftEvent, *, date_unsure: bool) -> None:
    """List what a meeting's sentence leaves open: its name always, its place if unstated, its
    status if announced, its date if worked out rather than stated."""
    event.doubt("name", "a meeting has no name of its own: the reader's to give")
    if event.place is None:
        event.doubt("place", "its sentence names no place")
    if event.status == "upcoming":
        event.doubt("status", "told of as to come: confirm it has not taken place")
    if date_unsure:
        event.doubt("date", "worked out from a weekday, a day without a year or the report's date")


def _place(words: str, after: int) -> str | None:
    """Return the first place named from just before ``after`` on in ``words``."""
    for match in _PLACE.finditer(words, max(0, after - 40)):
        place = _place_of(match.group("place"))
        if place is not None:
            return place
    return None


def _dated(event: DraftEvent, timing: str, published: dt.date | None, *, future: bool) -> bool:
    """Set the event's timing and, where it can be worked out, its date; return whether the
    date needs a person's confirmation (worked out from a weekday, a day without a year,
    "yesterday", or impossible as written)."""
    event.timing = timing.strip()
    date: dt.date | None = None
    stated = next(found_dates(timing), None)
    lower = timing.lower()
    weekday = next((w for w in WEEKDAYS if w in lower), None)
    if stated is not None and stated.year is not None:
        date = stated.on(stated.year)
        if date is not None:
            event.date = date
            return False
        return True  # "30 February 2023": impossible as written
    if published is None:
        return stated is not None or weekday is not None
    if stated is not None:
        date = stated.on(published.year)
    elif weekday is not None:
        date = weekday_before(weekday, published)
        if future and date <= published:
            date += dt.timedelta(days=7)
    elif "yesterday" in lower:
        date = published - dt.timedelta(days=1)
    elif "today" in lower or "earlier in the day" in lower:
        date = published
    if date is not None:
        event.date = date
    return date is not None or stated is not None


Word = tuple[str, int, int]
_EVENT_HEAD = re.compile(r"\b(?:" + "|".join(sorted(_EVENT_WORDS)) + r"|summit)\b")


def _named_events(
    report: Report, body: int, published: dt.date | None, drafted: list[DraftEvent]
) -> None:
    """Add every named event of the report, once each, to ``drafted``."""
    text = report.text
    places: dict[str, str | None] = {}  # each name drafted, with its place
    where: dict[str, int] = {}  # each name drafted, with its position
    for head in _EVENT_HEAD.finditer(text, body):
        # the words around the event word: the name reaches ten words back, eight on
        start = max(body, head.start() - 160)
        words: list[Word] = [
            (m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, head.end() + 120)
        ]
        if start > body and words:
            words = words[1:]  # the first may be cut
        k = next((i for i, w in enumerate(words) if w[1] == head.start()), -1)
        span = _event_name(words, k) if k >= 0 else None
        if span is None:
            continue
        name = _one_line(report.cut(span))
        if len(name) > LONGEST or not _an_event(report.text, name, span):
            continue
        position = len(drafted)
        if name in places and not _another_session(text, span, places[name]):
            earlier = drafted[where[name]]
            if earlier.date is not None or earlier.status != "held":
                continue
            position = where[name]  # a headline first, the body with its date after
        event = _named_event(report, name, span, published, head=head.group())
        if event.date is None and position < len(drafted):
            continue
        if position == len(drafted):
            drafted.append(event)
        else:
            event.id = drafted[position].id
            drafted[position] = event
        places[name], where[name] = event.place, position


_NEXT = re.compile(r"\b(?:next|following|upcoming|will|to be held)\b", re.IGNORECASE)


def _another_session(text: str, span: Span, place: str | None) -> bool:
    """Whether a second mention of an event announces its next session elsewhere: "The next
    ... Meeting will take place in Bishkek"."""
    if not _NEXT.search(text, max(0, span.start - 40), min(len(text), span.end + 40)):
        return False
    found = _PLACE.search(text, span.end, min(len(text), span.end + 60))
    return found is not None and found.group("place").split()[0] != (place or "").split(" ")[0]


def _event_name(words: list[Word], k: int) -> Span | None:
    """Return the span of the event named by the words that end at ``words[k]`` ("... Forum",
    "... Commission on Economic Cooperation", "G20 summit"), or None."""
    word = words[k][0]
    capital = k > 0 and words[k - 1][0][:1].isupper()
    summit = word == "summit" and capital
    if (word not in _EVENT_WORDS and not summit) or not (capital or word in _BODIES):
        return None
    if k + 1 < len(words) and words[k + 1][0] in _EVENT_WORDS:
        return None  # "Ministerial Meeting": the name ends at the last of them
    first = k
    while first > 0 and k - first < 10 and _goes_on(words, first - 1):
        first -= 1
    while first < k and words[first][0] in _CONNECTORS:
        first += 1
    last = _complement_end(words, k)
    if first == k and last == k and not summit:
        return None  # "Forum" alone is not a name; "Council of Foreign Ministers" is
    return Span(words[first][1], words[last][2])


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
    last, stop = k, k + 2
    while stop < len(words) and stop - k < 12:
        word = words[stop][0]
        if word[:1].isupper():
            last = stop
        elif word not in ("and", "of", "the", ",") or last < stop - 2:
            break
        stop += 1
    return last


def _an_event(text: str, name: str, span: Span) -> bool:
    """Whether a "Commission" or "Council" is an event here, not the standing body; a body
    someone heads ("chairman of the ... Business Council") is never one, unless it meets."""
    words = name.split()
    if _HEADED.search(text, max(0, span.start - 120), span.start) is not None:
        return _TOOK_PLACE.match(text, span.end) is not None
    if not _BODIES.intersection(words[-4:]) or _MEETING_NAMES.intersection(words):
        return True
    if _MEETS.search(text, max(0, span.start - 60), span.start) is not None:
        return True
    # "the 20th EU-Kyrgyzstan Cooperation Council", "... Council took place in Brussels"
    if _ORDINAL_BEFORE.search(text, max(0, span.start - 20), span.start) is not None:
        return True
    return _TOOK_PLACE.match(text, span.end) is not None


# The title of someone who heads or sits on a body, then its name: "chairman of the", "member of
# the Political Bureau of the".
_HEADED = re.compile(
    r"""
    \b(?i:"""
    + "|".join(sorted(TITLE_HEADS))
    + r""")          # a title's head word, in any case
    \s(?:of|at)\s(?:the\s)?            # "of the"
    (?:[A-Z][\w'’-]*\s(?:of\s(?:the\s)?)?){0,6}  # up to six words of a body it belongs to
    \Z""",
    re.VERBOSE,
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)\s\Z",
    re.IGNORECASE,
)
_TOOK_PLACE = re.compile(
    r"\s(?:took place|was held|is held|will be held|will take place|convened"
    r"|(?:met|meets|will meet) (?:in|on|at|for))\b"
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
    Tashkent, the ... Forum"), its timing and status, to be drafted at ``position``."""
    text = report.text
    sentence = report.sentence(span.start)
    reach = min(sentence.end, span.end + 120)
    event = DraftEvent(
        id=report.new_id(name),
        name=name,
        kind=_event_kind(text, name, span, head),
        told_at=span.start,
    )
    start, end = span
    place = _PLACE.search(text, span.end, reach)
    if place is not None and place.start() - span.end <= 60:
        value = _place_of(place.group("place"))
        if value is not None:
            event.place = value
            end = place.start("place") + len(value)
    else:
        opening = _PLACE_FIRST.match(text, sentence.start, span.start)
        value = _place_of(opening.group("place")) if opening is not None else None
        if opening is not None and value is not None:
            event.place = value
            start = opening.start()
    # the timing of the event's own clause: after its name, else just before it
    clause = report.clause(span.start, span.end)
    if _ABOUT_IT.match(text, clause.end):  # ", which opens in Xi'an on Saturday": still its own
        clause = report.clause(clause.end + 2, clause.end + 2)
    clause_end = min(reach, clause.end)
    timing = _TIMING.search(text, span.end, clause_end)
    if timing is not None and timing.start() - span.end <= 80:
        end = max(end, timing.end())
    else:
        timing = _TIMING.search(text, max(sentence.start, span.start - 60), span.start)
        start = timing.start() if timing is not None else start
    lead = max(sentence.start, span.start - 150)
    future = _FUTURE.search(text, lead, reach) is not None
    future = future and _HELD.search(text, span.end, reach) is None
    if timing is not None and _dated(event, timing.group(0), published, future=future):
        event.doubt("date", "worked out from a weekday, a day without a year or the report's date")
    event.status = "upcoming" if future else "held"
    event.doubt("status", "held or to come, as the words around its name tell")
    if event.place is None:
        event.doubt("place", "no place follows its name")
    event.quote = report.cut(Span(start, end))
    return event


# "In Tashkent, the Tashkent International Investment Forum opened ...": the place first
_PLACE_FIRST = re.compile(
    r"\s*In (?P<place>(?:St\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:the )?(?:[0-9]+\w* )?\S*\Z"
)


def _one_line(text: str) -> str:
    """Return ``text`` as written, or with single spaces if a wrapped line ends inside it."""
    return " ".join(text.split()) if "\n" in text else text


_ABOUT_IT = re.compile(r",\s(?:which|that|to be|held|scheduled|planned|due)\b")
_HELD = re.compile(r"\b(?:was held|were held|took place|held yesterday|recently held|co-chaired)\b")
_SESSION = re.compile(r"\bsession of (?:the )?\Z")


def _event_kind(text: str, name: str, span: Span, head: str) -> str:
    """Return the kind of a named event: from its last event word, "session" for "the 78th
    session of the UN General Assembly"."""
    if name.endswith(("Ministerial Meeting", "Ministerial")):
        return "ministerial"
    if name.endswith("Business Council"):
        return "business council"
    if head == "Assembly" and _SESSION.search(text, max(0, span.start - 20), span.start):
        return "session"
    return _KINDS.get(head.capitalize(), "event")


def _place_of(words: str) -> str | None:
    """Return the place in "in Tashkent", "in St. Petersburg"; None for "in June"."""
    parts = words.split()
    if parts[0] in _NOT_PLACES or parts[0].isupper():
        return None
    return parts[0] if parts[-1] in _NOT_PLACES else words
