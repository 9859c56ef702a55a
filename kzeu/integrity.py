"""The integrity engine: every invariant of a facts file that spans more than one field.

Quotes are located in ``source.text`` (in time linear in the file: searches within a budget
counted from above, then one walk of the text for the quotes left), values are stated in their
quotes as whole tokens, ids are unique, references resolve, and statistics obey the rules of
their kind. Each broken invariant is a pydantic error with the path of the field at fault, so
that ``kzeu.facts.prove_facts`` reports them all at once. The models (kzeu.models) know nothing
of this: a file is proven by the loader, once.
"""

from __future__ import annotations

import weakref
from array import array
from collections.abc import Iterator
from decimal import Decimal
from operator import attrgetter

from pydantic_core import InitErrorDetails, PydanticCustomError

from kzeu.models import SECTIONS, Event, Fact, FactsFile, Person, Source, Statistic, Topic
from kzeu.quotes import (
    QuoteSearch,
    WordIndex,
    first_places,
    where_it_differs,
    words_of,
)
from kzeu.stated import StatedValues, figure_states


def _problem(
    kind: str, message: str, loc: tuple[str | int, ...], value: object
) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=value)


# The fields whose values a fact's quote must state in so many words (ignoring case).
STATED_FIELDS: dict[type, tuple[str, ...]] = {
    Person: ("name", "titles"),
    Event: ("place", "timing", "purpose"),
    Topic: (),
    Statistic: ("figure", "qualifier", "period"),
}


def integrity_problems(facts: FactsFile) -> Iterator[InitErrorDetails]:
    """Yield every broken invariant of ``facts``: ids, references, quotes and stated values."""
    yield from _source_problems(facts.source)
    yield from _fact_problems(facts)
    yield from _reference_problems(facts)


def _source_problems(source: Source) -> Iterator[InitErrorDetails]:
    search = QuoteSearch(source.text, WORK_FLOOR + WORK_PER_CHARACTER * len(source.text))
    for field in ("published_quote", "dateline_quote", "attribution_quote"):
        quote = getattr(source, field)
        if quote is not None and search.after(quote, 0) < 0:
            yield _not_verbatim(where_it_differs(search, quote), quote, ("source", field))
    if source.published_quote is not None and source.published is None:
        yield _problem(
            "missing_value",
            "published_quote needs the date it states in published",
            ("source", "published"),
            None,
        )
    elif source.published_quote is not None and source.published is not None:
        published = source.published.isoformat()
        if not StatedValues(WORK_FLOOR).states(source.published_quote, published):
            from kzeu.dates import states_date  # "14 June 2023": read it as a date

            if not states_date(source.published_quote, source.published):
                yield _problem(
                    "value_not_in_quote",
                    "value is not stated in its quote",
                    ("source", "published"),
                    published,
                )
    for field in ("dateline", "attribution"):
        value, quote = getattr(source, field), getattr(source, f"{field}_quote")
        if (value is None) != (quote is None):
            yield _problem(
                "missing_quote",
                f"{field} and {field}_quote go together",
                ("source", f"{field}_quote"),
                quote,
            )
        elif value is not None and quote is not None:
            yield from _stated(value, quote, ("source", field))


# Locating the quotes may take WORK_PER_CHARACTER character comparisons per character of the
# text and the quotes, beyond a floor: linear in the file, whatever its text and quotes repeat.
# The comparisons are counted from above (kzeu.quotes.cost), some 25 times more than a usual
# file takes: the floor, under a second's work at worst, lets a small file list its facts in any
# order. Quotes in the order of the text, either way, take a small part of the budget; the quotes
# left when it is spent are found all at once, in one walk of the text (kzeu.quotes.first_places).
WORK_FLOOR = 1_000_000_000
WORK_PER_CHARACTER = 32
NOT_SEARCHED = -2  # a quote left for the automaton
# Quotes whose difference from the text a message describes (kzeu shows 20 problems at most).
MAX_DESCRIBED = 20

Located = tuple[str, int, Fact, int]
_QUOTE = attrgetter("quote")
_PARTICIPANTS = attrgetter("participants")
_RAISED_BY = attrgetter("raised_by")


def search_budget(facts: FactsFile) -> int:
    """Return how many comparisons locating the quotes of ``facts`` may take."""
    quoted = sum(sum(map(len, map(_QUOTE, getattr(facts, section)))) for section in SECTIONS)
    return WORK_FLOOR + WORK_PER_CHARACTER * (len(facts.source.text) + quoted)


# Where the quotes of each FactsFile still alive are, in the order of FactsFile.facts(): an array
# of offsets, 8 bytes a fact.
_located: dict[int, array[int]] = {}


def quote_positions(facts: FactsFile) -> Iterator[Located]:
    """Yield (section, index, fact, start) for every fact, where ``start`` is the offset of its
    quote in ``source.text``, or -1 if it is not there. Located once per ``FactsFile``: the
    proof and then an export ask for them alike."""
    for (section, index, fact), start in zip(facts.facts(), _starts(facts), strict=True):
        yield section, index, fact, start


def _starts(facts: FactsFile) -> array[int]:
    """Return where the quote of each fact starts, in the order of ``facts.facts()``, located
    once per ``FactsFile``."""
    key = id(facts)
    if key not in _located:
        _located[key] = array("q", _locate_quotes(facts))
        weakref.finalize(facts, _located.pop, key, None)
    return _located[key]


# The automaton that finds the quotes the searches could not, within the budget, holds at most
# this many nodes (about 140 bytes each), or a sixteenth of the text's length if more: the text
# is walked once per so many nodes of distinct quotes, at most 1 + 16 x the quotes' length / the
# text's length times.
AUTOMATON_NODES = 1 << 16


def _locate_quotes(facts: FactsFile) -> list[int]:
    """Return where the quote of each fact starts, in the order of ``facts.facts()``: each
    searched for near the one before while the search budget lasts, then by its words; the
    quotes left when the budget is spent all at once in one walk of the text (kzeu.quotes'
    automaton), whatever they repeat."""
    text = facts.source.text
    budget = search_budget(facts)
    search = QuoteSearch(text, budget)
    half = budget // 2
    index: WordIndex | None = None
    seen: dict[str, int] = {}  # a quote given again is where it was found before, or not
    starts: list[int] = []
    for section in SECTIONS:
        # Facts are usually listed in the order of the text: each quote is looked for from
        # where the previous one was found, first in the direction that found the previous.
        hint, backward = 0, False
        for fact in getattr(facts, section):
            quote = fact.quote
            found = seen.get(quote)
            if found is None and not backward and search.budget >= half:
                # The usual case, in the order of the text: one search forward from the last.
                found = search.after(quote, hint)
                if found < 0:
                    found = search.before(quote, hint)
                    backward = found >= 0
                seen[quote] = found
                hint = found if found >= 0 else hint
            elif found is None:
                if index is None and search.budget < half:
                    # Quotes far out of the order of the text: find the rest by their words.
                    index = WordIndex(text, _quote_words(facts))
                    search.budget -= 4 * len(text)
                located = _by_words(index, search, quote)
                if located is not None:
                    found = located
                elif search.budget <= 0:
                    found = NOT_SEARCHED
                else:
                    found, backward = _locate(search, quote, hint, backward)
                seen[quote] = found
                hint = found if found >= 0 else hint  # a quote given again does not move it
            starts.append(found)
    left = [quote for quote, found in seen.items() if found == NOT_SEARCHED]
    if left:
        nodes = max(AUTOMATON_NODES, len(text) // 16)
        places = dict(zip(left, first_places(text, left, nodes)[0], strict=True))
        starts = [
            places[fact.quote] if found == NOT_SEARCHED else found
            for (_, _, fact), found in zip(facts.facts(), starts, strict=True)
        ]
    return starts


def _by_words(index: WordIndex | None, search: QuoteSearch, quote: str) -> int | None:
    """Return where the word index finds ``quote`` (-1: nowhere), or None if it cannot tell;
    its work is charged to the search's budget, though it may run past it: it is linear in the
    quote and the places of its rarest word."""
    if index is None:
        return None
    found, spent = index.find(quote, max(search.budget, 0))
    search.budget -= spent
    return found


def _quote_words(facts: FactsFile) -> set[str]:
    return {
        word
        for section in SECTIONS
        for fact in getattr(facts, section)
        for word in words_of(fact.quote)
    }


def _locate(search: QuoteSearch, quote: str, hint: int, backward: bool) -> tuple[int, bool]:
    """Return (where ``quote`` starts or -1, whether it was found behind ``hint``)."""
    for behind in (backward, not backward):
        found = search.before(quote, hint) if behind else search.after(quote, hint)
        if found >= 0:
            return found, behind
    return -1, backward


def _fact_problems(facts: FactsFile) -> Iterator[InitErrorDetails]:
    """Check each fact once: its id is new, its quote is in the text, its values in its quote."""
    yield from _duplicate_ids(facts)
    # Describing how a quote departs from the text takes a budget of its own, as large.
    search: QuoteSearch | None = None  # made for the first quote that is not in the text
    described: dict[str, str | None] = {}
    budget = search_budget(facts)
    stated = StatedValues(budget)  # the values too take a budget of their own
    starts = iter(_starts(facts))
    # One loop over the facts, without a generator for each (a file may hold 100,000 facts).
    for section in SECTIONS:
        for index, fact in enumerate(getattr(facts, section)):
            quote = fact.quote
            if next(starts) == -1:
                if quote not in described and len(described) < MAX_DESCRIBED:
                    search = search or QuoteSearch(facts.source.text, budget)
                    described[quote] = where_it_differs(search, quote)
                yield _not_verbatim(described.get(quote), quote, (section, index, "quote"))
            for field in STATED_FIELDS[type(fact)]:
                value = getattr(fact, field)
                for item in value if type(value) is tuple else (value,):
                    # An empty value (a draft's name left to fill in) states nothing: the
                    # gate (kzeu.gate) lists it as unconfirmed.
                    if item is None or item == "" or stated.unchecked:
                        continue
                    if stated.budget <= 0:
                        stated.unchecked = True  # one problem says it for every value left
                        yield _problem(
                            "value_check_limit",
                            "this value and those after it were not checked: so many values"
                            " against such long quotes would take too long",
                            (section, index, field),
                            item,
                        )
                    elif not stated.states(quote, item):
                        yield _problem(
                            "value_not_in_quote",
                            "value is not stated in its quote",
                            (section, index, field),
                            item,
                        )
            if type(fact) is Statistic:
                yield from _statistic_problems(fact, (section, index))


def _not_verbatim(
    difference: str | None, quote: str, loc: tuple[str | int, ...]
) -> InitErrorDetails:
    message = "quote is not verbatim in source.text"
    if difference is not None:
        message += f": {difference}"
    return _problem("quote_not_in_source", message, loc, quote)


def _duplicate_ids(facts: FactsFile) -> Iterator[InitErrorDetails]:
    ids = [fact.id for section in SECTIONS for fact in getattr(facts, section)]
    if len(set(ids)) == len(ids):
        return
    seen: dict[str, str] = {}
    for section, index, fact in facts.facts():
        if fact.id in seen:
            yield _problem(
                "duplicate_id",
                f"id is already used by {seen[fact.id]}",
                (section, index, "id"),
                fact.id,
            )
        else:
            seen[fact.id] = f"{section}.{index}"


def _reference_problems(facts: FactsFile) -> Iterator[InitErrorDetails]:
    people = {p.id for p in facts.people}
    events = {e.id for e in facts.events}
    statistics = {s.id for s in facts.statistics}

    # The usual file, every reference known, cleared with set operations, without a loop.
    cited = set().union(*map(_PARTICIPANTS, facts.events), *map(_RAISED_BY, facts.topics))
    if (
        facts.meeting in events
        and cited <= people
        and {t.event for t in facts.topics if t.event is not None} <= events
        and {s.of for s in facts.statistics if s.of is not None} <= statistics
    ):
        return
    # Checked inline, a problem made only for a reference that is unknown.
    if facts.meeting not in events:
        yield _unknown(facts.meeting, "event", ("meeting",))
    for i, event in enumerate(facts.events):
        for j, ref in enumerate(event.participants):
            if ref not in people:
                yield _unknown(ref, "person", ("events", i, "participants", j))
    for i, topic in enumerate(facts.topics):
        for j, ref in enumerate(topic.raised_by):
            if ref not in people:
                yield _unknown(ref, "person", ("topics", i, "raised_by", j))
        if topic.event is not None and topic.event not in events:
            yield _unknown(topic.event, "event", ("topics", i, "event"))
    for i, stat in enumerate(facts.statistics):
        if stat.of is not None and stat.of not in statistics:
            yield _unknown(stat.of, "statistic", ("statistics", i, "of"))


def _unknown(ref: str, what: str, loc: tuple[str | int, ...]) -> InitErrorDetails:
    return _problem("unknown_reference", f"no {what} has this id", loc, ref)


def _stated(value: str, quote: str, loc: tuple[str | int, ...]) -> Iterator[InitErrorDetails]:
    if not StatedValues(WORK_FLOOR).states(quote, value):
        yield _problem("value_not_in_quote", "value is not stated in its quote", loc, value)


def _statistic_problems(stat: Statistic, loc: tuple[str | int, ...]) -> Iterator[InitErrorDetails]:
    if stat.kind == "standing":
        if stat.value is not None:
            yield _problem(
                "unexpected_value", "a standing has no value", (*loc, "value"), stat.value
            )
        return
    if stat.value is None:
        yield _problem(
            "missing_value", f"a statistic of kind {stat.kind} needs a value", (*loc, "value"), None
        )
        return
    if stat.kind in ("amount", "count") and stat.value < 0:
        yield _problem(
            "negative_amount", "an amount or count cannot be negative", (*loc, "value"), stat.value
        )
    if not figure_states(stat.value, stat.figure) and not _in_words(stat.value, stat.figure):
        yield _problem(
            "value_not_in_figure",
            "value does not appear in its figure",
            (*loc, "value"),
            stat.value,
        )


def _in_words(value: Decimal, figure: str) -> bool:
    """Whether ``figure`` states ``value`` in words ("five") or in parts ("2 bln 140 mln")."""
    from kzeu.numbers import states_number

    return states_number(value, figure)
