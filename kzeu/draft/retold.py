"""Whether an event named by its kind was told of already: the same name or a shorter one of
it ("the working group" after "the working group on trade"), a headline's shorter telling, or
a format named alone in the sentence of the meeting drafted from its verb ("held a trilateral
meeting with ..."). "The next ..." or "the third ..." elsewhere is another gathering of it."""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.kind_once import ByPosition
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import KIND_AGAIN, KIND_WORDS, SELF_NAMING_KINDS
from kzeu.draft.report import TO_FILL, Report, Span
from kzeu.draft.timing import PLACE, place_of

_SEQUENCE = re.compile(r"\b" + alternation(KIND_AGAIN) + r"\b")
_YEAR = re.compile(r"\b(?:19|20)[0-9][0-9]\b")
_ORDINAL = re.compile(r"\b[0-9]+(?:st|nd|rd|th)\b")


def talks_of_sentence(
    report: Report, drafted: list[DraftEvent], event: DraftEvent, told: ByPosition
) -> bool:
    """Whether ``event`` is a format named alone ("a trilateral meeting") in the sentence of a
    meeting drafted from its verb: that meeting, not another. ``told`` indexes ``drafted``."""
    if event.name.lower() not in SELF_NAMING_KINDS:
        return False
    sentence = report.sentence(event.told_at)
    # a meeting of no one named ("the presidents met in Lindor for a consultative
    # meeting") is this one, named by it (``kind_once.unnamed_in``)
    return any(
        drafted[index].kind == "meeting" and drafted[index].participants
        for index in told.within(sentence.start, sentence.end)
    )


def told_already(drafted: list[DraftEvent], event: DraftEvent, lead: str, after: str = "") -> bool:
    """Whether ``event`` is one told of before (the same name, or a shorter one of it); "the
    next ..." or "the third ..." elsewhere is another, and takes the earlier's full name."""
    name = event.name.casefold()
    earlier = [
        e
        for e in drafted[-40:]
        if e.told_at <= event.told_at
        and (name in e.name.casefold() or _bare_of(event, e) or _by_its_city(event, e))
    ]
    if not earlier:
        return any(_headline_of(event, e) for e in drafted[-40:])
    last = earlier[-1]
    # "the next …", "the third …", "the 20th meeting of the commission took place in Ufa"
    again = _SEQUENCE.search(lead.lower() + " " + event.quote.lower()) is not None
    again = again or _ORDINAL.search(lead) is not None
    # "the Marno summit …; preparing for the summit in 2026": one to come, of another year
    again = again or (
        event.status == "upcoming" != last.status and _YEAR.search(event.quote + after) is not None
    )
    if again and (event.place != last.place or event.status != last.status):
        if event.name != last.name and not _city_named(last):
            event.name = last.name
            event.doubt("name", f"a later mention of the {last.name}, named in full before")
        return False
    return True


def _city_named(event: DraftEvent) -> bool:
    """Whether ``event`` is named by a city and its kind ("Lindor summit"): a name a later
    gathering elsewhere does not take."""
    words = event.name.split()
    return len(words) == 2 and words[0][:1].isupper() and words[1] in KIND_WORDS


def _by_its_city(event: DraftEvent, other: DraftEvent) -> bool:
    """Whether ``event``, named by a city and its kind ("the Lindor round table"), is ``other``,
    an event of its kind placed in that city told of before."""
    words = event.name.split()
    return len(words) >= 2 and other.kind == event.kind and other.place == words[0]


def _headline_of(event: DraftEvent, named: DraftEvent) -> bool:
    """Whether ``event`` is a headline's shorter, lower-case telling of an event named in full
    after it ("… intergovernmental commission holds its meeting" above "… Intergovernmental
    Commission on Economic Cooperation"): the first words of its name, three or more."""
    name = event.name.casefold()
    return (
        named.told_at > event.told_at
        and len(name.split()) >= 3
        and named.kind == event.kind
        and named.status == event.status
        and named.name.casefold().startswith(name)
    )


def _bare_of(event: DraftEvent, other: DraftEvent) -> bool:
    """Whether ``event`` is named by its kind alone ("the working group") and ``other`` is of
    its kind, or, for "the session", a body that meets in sessions ("held talks on the sidelines
    of the session" of the commission told of before)."""
    bare = event.name.casefold()
    if bare not in KIND_WORDS:
        return False
    return other.kind == event.kind or (bare == "session" and other.kind in _IN_SESSIONS)


# Bodies whose gatherings are their sessions: "the session" after one refers to it.
_IN_SESSIONS = frozenset(("commission", "council", "working group", "business council"))


# A body's gathering to come told by a verb: "the working group … will meet again in Corvale".
_MEETS_AGAIN = re.compile(r"\b(?:meet|convene)\sagain\b|\breconvene\b")


def body_meets_again(report: Report, drafted: list[DraftEvent]) -> None:
    """Make a meeting drafted from "will meet again" whose sentence names an event before the
    verb ("the joint working group on trade, which met in Lindor, will meet again in Corvale") the
    next gathering of that event: its name (listed) and kind, placed after the verb."""
    named: _Named | None = None  # built at the first "meet again": most reports have none
    for position, event in enumerate(drafted):
        if event.name != TO_FILL or event.kind != "meeting" or event.participants:
            continue
        sentence = report.sentence(event.told_at)
        again = _MEETS_AGAIN.search(report.text, sentence.start, sentence.end)
        if again is None:
            continue
        named = named or _Named(drafted)
        body = named.before(report, sentence, again.start())
        if body is None:
            continue
        event.id = report.new_id(body.name)
        event.name, event.kind = body.name, body.kind
        named.add(position, event)
        event.status = "upcoming"  # "will meet again": the one to come, not the one held
        event.doubt("name", f"a later gathering of the {body.name}, told of in its sentence")
        place = PLACE.search(report.text, again.end(), sentence.end)
        where = place_of(place.group("place")) if place is not None else None
        if where is not None:
            event.place = where


class _Named:
    """The named events of a draft, looked up by offset and by the kind words they may be
    called by, each in logarithmic time: one index, not a pass over the draft per mention."""

    def __init__(self, drafted: list[DraftEvent]) -> None:
        self.all: list[tuple[int, int]] = []  # (told_at, position in the draft), sorted
        self.by_word: dict[str, list[tuple[int, int]]] = {}
        self.drafted = drafted
        for position, event in enumerate(drafted):
            if event.name != TO_FILL:
                self.add(position, event)

    def add(self, position: int, event: DraftEvent) -> None:
        insort(self.all, (event.told_at, position))
        for word in _kind_words(event):
            insort(self.by_word.setdefault(word, []), (event.told_at, position))

    def before(self, report: Report, sentence: Span, verb: int) -> DraftEvent | None:
        """Return the event named in ``sentence`` before offset ``verb`` (the first drafted), or
        the last told of before it that the words there call by its kind ("the working group
        will meet again")."""
        inside = self.all[
            bisect_left(self.all, (sentence.start, -1)) : bisect_left(self.all, (verb, -1))
        ]
        if inside:
            return self.drafted[min(position for _, position in inside)]
        subject = report.text[sentence.start : verb].casefold()
        # the latest told of before the verb; of those told at one offset, the first drafted
        called = [
            _latest(self.by_word[word], verb)
            for word, pattern in _KIND_PATTERNS.items()
            if word in self.by_word and pattern.search(subject)
        ]
        found = [(told_at, -position) for told_at, position in filter(None, called)]
        return self.drafted[-max(found)[1]] if found else None


def _latest(told: list[tuple[int, int]], verb: int) -> tuple[int, int] | None:
    """Return the last (offset, position) of ``told`` before offset ``verb``: of those at that
    offset, the first drafted."""
    last = bisect_left(told, (verb, -1)) - 1
    if last < 0:
        return None
    return told[bisect_left(told, (told[last][0], -1))]


_KIND_PATTERNS = {word: re.compile(rf"\b{re.escape(word)}\b") for word in KIND_WORDS}


def _kind_words(event: DraftEvent) -> list[str]:
    """Return the kind words a later mention may call ``event`` by: those of its name ("expert
    group" for "expert group on rail tariffs") and its kind."""
    name = event.name.lower()
    found = [word for word, pattern in _KIND_PATTERNS.items() if pattern.search(name)]
    return [*found, event.kind] if event.kind in KIND_WORDS and event.kind not in found else found


_NEXT = re.compile(r"\b(?:next|following|upcoming|will|to be held)\b", re.IGNORECASE)


# Before a body's name, its gathering before the one the report tells of: "since the last
# Cooperation Council".
_LAST = re.compile(r"\b(?:last|previous|latest)\s\Z")
_NEXT_BEFORE = re.compile(r"\b(?:[Nn]ext|[Uu]pcoming|[Ff]ollowing)\s\Z")


def after_the_last(text: str, span: Span, earlier: int) -> bool:
    """Whether a second mention of an event is its next gathering after the last one, told of
    first: "since the last Cooperation Council" … "The next Cooperation Council will …"."""
    return (
        _NEXT_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
        and _LAST.search(text, max(0, earlier - 12), earlier) is not None
    )


def another_session(text: str, span: Span, place: str | None) -> bool:
    """Whether a second mention of an event announces its next session elsewhere: "The next
    ... Meeting will take place in Bishkek"."""
    if not _NEXT.search(text, max(0, span.start - 40), min(len(text), span.end + 40)):
        return False
    found = PLACE.search(text, span.end, min(len(text), span.end + 60))
    return found is not None and found.group("place").split()[0] != (place or "").split(" ")[0]
