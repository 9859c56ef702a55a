"""Where an event is when no "in <city>" follows its name or its meeting phrase: the city its
sentence says hosts it ("Velmora hosted the fourth meeting of …", "…, which Corvale is to
host", "planned for Lindor"), else the one city its sentence names as a place ("met in Corvale on
Monday for the fifth session of …"). Each is a guess, listed for a person to confirm, and the
event's quote is widened within its sentence to state it."""

from __future__ import annotations

import re

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.hosts import CITIES
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import HOST_AFTER, HOST_BEFORE, KIND_WORDS, SAME_OCCASION
from kzeu.draft.places import AFFILIATIONS, COUNTRIES
from kzeu.draft.report import LONGEST, Report, Span
from kzeu.draft.timing import AHEAD_OF, ANOTHER_GATHERING, ANY_PLACE, place_of

_CITY = r"(?:St\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
# "Velmora hosted", "which Corvale is to host"; "hosted by Lindor", "planned for Velmora"
_HOSTS = re.compile(
    rf"\b(?P<host>{_CITY}) {alternation(HOST_AFTER)}\b"
    rf"|\b{alternation(HOST_BEFORE)} (?P<hosted>{_CITY})\b(?![\w-])"
)
# A gathering at a distance has no place: "by video link", "a telephone conversation".
AT_A_DISTANCE = re.compile(
    r"\b(?:video\w*|teleconferenc\w*|online|virtual|telephone|phone)\b", re.IGNORECASE
)
_SIDELINES = re.compile(r"\b(?:sidelines|margins) of\b")
_NO_PLACE_KINDS = frozenset(("phone call",))
# "on the sidelines of the fair": the word after "of the", a kind word ("fair" gives a forum)
_SIDELINES_OF_THE = re.compile(r"\b(?:sidelines|margins) of the ([\w-]+)\b")


def sidelines_kind(quote: str) -> str | None:
    """Return the kind of the gathering on whose sidelines ``quote`` tells of a meeting, by the
    kind word after "sidelines of the" ("the fair", "the expo": a forum); None if none."""
    word = _SIDELINES_OF_THE.search(quote)
    return KIND_WORDS.get(word.group(1).lower()) if word is not None else None


def place_by_sentence(report: Report, drafted: list[DraftEvent]) -> None:
    """Place each event that nothing has placed in the city its sentence says hosts it, else in
    the one city its sentence names as a place; list it, and widen its quote to the city."""
    for event in drafted:
        if event.place is not None or event.kind in _NO_PLACE_KINDS:
            continue
        if _SIDELINES.search(event.quote):
            continue  # placed at the event on whose sidelines it met (``events``)
        sentence = report.sentence(event.told_at)
        start = report.text.find(event.quote, sentence.start, sentence.end + len(event.quote))
        if start < 0 or AT_A_DISTANCE.search(report.text, sentence.start, sentence.end):
            continue
        named = event.participants is None  # a named event, not a meeting of people
        if named and event.name.split(maxsplit=1)[:1] and event.name.split()[0] in CITIES:
            continue  # "the Belgrade Fair": placed by the city its name bears (``events``)
        if named and AHEAD_OF.search(
            report.text, max(sentence.start, event.told_at - 60), event.told_at
        ):
            # "met in Lindor ahead of the … summit": the city is the meeting's
            _place_by_later_mention(report, event, sentence, short=True)
            continue
        own = _own_clauses(report, sentence, event.told_at)
        found = (_hosted(report, sentence, event) if named else None) or _named(
            report, own, ahead=not named and event.status == "held"
        )
        if found is None and named:
            _place_by_later_mention(report, event, sentence)
            continue
        if found is None:
            continue
        city, where, why = found
        end = start + len(event.quote)
        event.quote = report.cut(Span(min(start, where.start), max(end, where.end)))
        event.place = city
        event.unsure["place"] = why


# How far after its sentence a gathering to come is looked for by its last word alone.
_LATER = 1500


def _place_by_later_mention(
    report: Report, event: DraftEvent, sentence: Span, *, short: bool = False
) -> None:
    """Place an event its own sentence does not (a headline's "A and B hold round table on
    …") by the one city of the sentence that names it next, quoting that mention (listed);
    with ``short``, by its last word too ("The summit is expected to take place in Marno")."""
    at = report.text.find(event.name, sentence.end)
    if at < 0 and short and event.name:
        again = re.compile(r"\bThe " + re.escape(event.name.split()[-1].lower()) + r"\b")
        found_again = again.search(report.text, sentence.end, sentence.end + _LATER)
        at = found_again.start() if found_again else -1
    if at < 0 or not event.name or event.kind in _NO_PLACE_KINDS:
        return
    later = report.sentence(at)
    found = _named(report, _own_clauses(report, later, at))
    if found is None:
        return
    city, where, _ = found
    span = Span(min(at, where.start), max(at + len(event.name), where.end))
    if span.end - span.start > LONGEST or (
        # timed by its own sentence ("... on Tuesday"): a later mention must state it too
        event.timing is not None
        and event.timing.casefold() not in report.text[span.start : span.end].casefold()
    ):
        return
    event.quote = report.cut(span)
    event.place = city
    event.unsure["place"] = f"the one place the sentence that names it next names ({city}): confirm"


# How far a host may be from the name it hosts: "…, which Corvale is to host" just after it,
# "Velmora hosted the ninth meeting of the …" before it.
_NEAR = 60


def _hosted(report: Report, sentence: Span, event: DraftEvent) -> tuple[str, Span, str] | None:
    """Return the city its sentence says hosts ``event``, and where it is named: "which <city>
    is to host" and "hosted by <city>" after its name, "<city> hosted the …" before it."""
    text, start = report.text, event.told_at
    end = start + len(event.name)
    for match in _HOSTS.finditer(text, sentence.start, sentence.end):
        group = "host" if match.group("host") else "hosted"
        before = text[max(sentence.start, match.start() - 12) : match.start()].rstrip()
        if group == "host" and not before.endswith(("which", "that")):
            near = start - match.end()  # "Velmora hosted the … Commission"
        else:
            near = match.start() - end  # "the … Summit, which Corvale is to host"
        city = city_named(match.group(group))
        if city is not None and 0 <= near <= _NEAR:
            where = Span(match.start(group), match.start(group) + len(city))
            return city, where, f"its sentence says {city} hosts it: confirm"
    return None


# Where another clause begins: ", and the council is to convene in …", "; its next …".
_NEXT_CLAUSE = re.compile(r", and (?:the|a|an|its|their)\b|; | while ")


def _own_clauses(report: Report, sentence: Span, at: int) -> Span:
    """Return ``sentence`` up to where a clause after ``at`` tells of something else."""
    other = _NEXT_CLAUSE.search(report.text, at, sentence.end)
    return Span(sentence.start, other.start()) if other is not None else sentence


# How far before a city the words giving it to another gathering are looked for.
_AHEAD_REACH = 120


def _named(report: Report, sentence: Span, *, ahead: bool = False) -> tuple[str, Span, str] | None:
    """Return the one city its sentence names as a place ("in Lindor"), if it names only one;
    with ``ahead`` (a meeting held), none when that city is another gathering's to come."""
    cities: dict[str, Span] = {}
    for match in ANY_PLACE.finditer(report.text, sentence.start, sentence.end):
        city = city_named(match.group("place"))
        lead = max(sentence.start, match.start() - _AHEAD_REACH)
        if ahead and city and ANOTHER_GATHERING.search(report.text, lead, match.start()):
            return None  # "agreed to convene the next session in Lindor": that session's city
        if city is not None:
            cities.setdefault(city, Span(match.start("place"), match.start("place") + len(city)))
    if len(cities) != 1:
        return None
    ((city, where),) = cities.items()
    return city, where, f"the one place its sentence names ({city}): confirm it was held there"


def city_named(words: str) -> str | None:
    """Return the city in ``words``; None for a country, a people or a word that is no place."""
    city = place_of(words)
    if city is None or any(w in COUNTRIES or w in AFFILIATIONS for w in (city, city.split()[0])):
        return None
    return city


# A meeting told of as part of the same day or visit as one before it: "Later in the day, A
# met B", "The same day, A was received by C", "After the talks, they held a press conference".
_SAME_OCCASION = re.compile(r"\b" + alternation(SAME_OCCASION) + r"\b", re.IGNORECASE)
_MET_IN_PERSON = frozenset(("meeting", "press conference"))


def place_by_meeting_before(report: Report, drafted: list[DraftEvent]) -> None:
    """Place a meeting or press conference that nothing has placed, whose quote tells of the
    same day or visit as a meeting before it ("Later in the day", "also", "After the talks"), in
    that meeting's city, when its quote can be widened back to a mention of the city within
    its paragraph; listed, for the visit may have moved on."""
    for index, event in enumerate(drafted):
        if event.place is not None or event.kind not in _MET_IN_PERSON:
            continue
        if not _SAME_OCCASION.search(event.quote) or AT_A_DISTANCE.search(event.quote):
            continue
        if _SIDELINES.search(event.quote):
            continue  # placed at the event on whose sidelines it met
        before = next(
            (e for e in reversed(drafted[:index]) if e.kind in _MET_IN_PERSON and e.place),
            None,
        )
        if before is None or before.place is None or before.told_at > event.told_at:
            continue
        start = report.text.find(event.quote, event.told_at)
        at = report.text.rfind(before.place, max(0, start + len(event.quote) - LONGEST), start)
        # the city in its paragraph or the one before (a wire's paragraphs are a sentence)
        if start < 0 or at < 0 or report.text.count("\n\n", at, start) > 1:
            event.unsure["place"] = f"probably {before.place}, where the meeting before it was"
            continue
        event.quote = report.cut(Span(at, start + len(event.quote)))
        event.place = before.place
        event.unsure["place"] = f"where the meeting before it was held ({before.place}): confirm"


def doubt_places_at_a_distance(drafted: list[DraftEvent]) -> None:
    """List the place of a meeting its words hold at a distance ("held a teleconference on
    Tuesday to prepare the forum, which will take place in Tashkent"): the city its sentence
    names is more often another event's than where the people sat."""
    for event in drafted:
        if event.place is None or "place" in event.unsure or event.participants is None:
            continue
        if AT_A_DISTANCE.search(event.quote):
            event.unsure["place"] = (
                f"held at a distance (by video or phone): {event.place} may be another event's"
                " place, or where one side sat"
            )
