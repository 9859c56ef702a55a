"""The integrity engine: every invariant of a facts file that spans more than one field.

Quotes are located in ``source.text`` (within a search budget), values are stated in their
quotes, ids are unique, references resolve, and statistics obey the rules of their kind. Each
broken invariant is a pydantic error with the path of the field at fault, so that
``FactsFile``'s validator raises them all at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pydantic_core import InitErrorDetails, PydanticCustomError

from kzeu.models import SECTIONS, Event, Fact, FactsFile, Person, Source, Statistic, Topic


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
    text = source.text
    for field in ("published_quote", "dateline_quote", "attribution_quote"):
        quote = getattr(source, field)
        if quote is not None and quote not in text:
            yield _problem(
                "quote_not_in_source",
                "quote is not verbatim in source.text",
                ("source", field),
                quote,
            )
    if source.published_quote is not None and source.published is None:
        yield _problem(
            "missing_value",
            "published_quote needs the date it states in published",
            ("source", "published"),
            None,
        )
    elif source.published_quote is not None and source.published is not None:
        published = source.published.isoformat()
        if published not in source.published_quote:  # "14 June 2023": read it as a date
            from kzeu.dates import states_date

            if not states_date(source.published_quote, source.published):
                yield from _stated(published, source.published_quote, ("source", "published"))
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


# How many characters of the text kzeu may search, in all, to locate the quotes of one file:
# about a second's work (measured: a 10 MB file in random order is refused after 1.3 s). A file
# whose quotes follow the text, either way, needs a small part of it.
SEARCH_BUDGET = 5_000_000_000
NOT_SEARCHED = -2


def quote_positions(facts: FactsFile) -> Iterator[tuple[str, int, Fact, int]]:
    """Yield (section, index, fact, start) for every fact, where ``start`` is the offset of its
    quote in ``source.text``, -1 if it is not there, or ``NOT_SEARCHED`` once the search budget
    is spent (quotes far out of the order of the text, or very many missing)."""
    text = facts.source.text
    budget = SEARCH_BUDGET
    for section in SECTIONS:
        # Facts are usually listed in the order of the text: each quote is looked for from
        # where the previous one was found, first in the direction that found the previous.
        hint, backward = 0, False
        for index, fact in enumerate(getattr(facts, section)):
            if budget <= 0:
                yield section, index, fact, NOT_SEARCHED
                continue
            found = -1 if backward else text.find(fact.quote, hint)
            if found >= 0:  # the common case, kept inline: next in the text
                budget -= found - hint
            else:
                found, searched, backward = _locate(text, fact.quote, hint, backward)
                budget -= searched
            if found >= 0:
                hint = found
            yield section, index, fact, found


def _locate(text: str, quote: str, hint: int, backward: bool) -> tuple[int, int, bool]:
    """Return (where ``quote`` starts or -1, characters searched, whether found backward)."""
    searched = 0
    for behind in (backward, not backward):
        if behind:
            found = text.rfind(quote, 0, hint + len(quote))
            searched += hint - found if found >= 0 else hint
        else:
            found = text.find(quote, hint)
            searched += found - hint if found >= 0 else len(text) - hint
        if found >= 0:
            return found, searched, behind
    return -1, searched, backward


def _fact_problems(facts: FactsFile) -> Iterator[InitErrorDetails]:
    """Check each fact once: its id is new, its quote is in the text, its values in its quote."""
    yield from _duplicate_ids(facts)
    unsearched = False
    for section, index, fact, found in quote_positions(facts):
        quote = fact.quote
        if found == NOT_SEARCHED and not unsearched:
            unsearched = True  # one problem says it for every quote left
            yield _problem(
                "quote_search_limit",
                "this quote and those after it were not looked for: the quotes are too far out"
                " of the order of the text, or too many are missing (list facts in text order)",
                (section, index, "quote"),
                None,
            )
        elif found == -1:
            yield _problem(
                "quote_not_in_source",
                "quote is not verbatim in source.text",
                (section, index, "quote"),
                quote,
            )
        for field in STATED_FIELDS[type(fact)]:
            value = getattr(fact, field)
            for item in value if isinstance(value, tuple) else (value,):
                # The exact test first, inline: it is the common case, and the fastest.
                if item is not None and item not in quote:
                    problem = _unstated(item, quote, (section, index, field))
                    if problem is not None:
                        yield problem
        if isinstance(fact, Statistic):
            yield from _statistic_problems(fact, (section, index))


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

    def unknown(
        ref: str, known: set[str], what: str, loc: tuple[str | int, ...]
    ) -> Iterator[InitErrorDetails]:
        if ref not in known:
            yield _problem("unknown_reference", f"no {what} has this id", loc, ref)

    yield from unknown(facts.meeting, events, "event", ("meeting",))
    for i, event in enumerate(facts.events):
        for j, ref in enumerate(event.participants):
            yield from unknown(ref, people, "person", ("events", i, "participants", j))
    for i, topic in enumerate(facts.topics):
        for j, ref in enumerate(topic.raised_by):
            yield from unknown(ref, people, "person", ("topics", i, "raised_by", j))
        if topic.event is not None:
            yield from unknown(topic.event, events, "event", ("topics", i, "event"))
    for i, stat in enumerate(facts.statistics):
        if stat.of is not None:
            yield from unknown(stat.of, statistics, "statistic", ("statistics", i, "of"))


def _unstated(value: str, quote: str, loc: tuple[str | int, ...]) -> InitErrorDetails | None:
    """Return the problem if ``quote`` does not state ``value`` in so many words (any case, a
    line end where the value has a space: a quote from a wrapped paragraph)."""
    if value in quote or value.casefold() in quote.casefold():
        return None
    if "\n" in quote and " ".join(value.split()).casefold() in " ".join(quote.split()).casefold():
        return None
    return _problem("value_not_in_quote", "value is not stated in its quote", loc, value)


def _stated(value: str, quote: str, loc: tuple[str | int, ...]) -> Iterator[InitErrorDetails]:
    problem = _unstated(value, quote, loc)
    if problem is not None:
        yield problem


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
    if not any(text in stat.figure for text in number_spellings(stat.value)) and not _in_words(
        stat.value, stat.figure
    ):
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


def number_spellings(value: Decimal) -> tuple[str, str]:
    """Return the ways a report may print ``value``: plain and with thousands separators."""
    magnitude = abs(value).normalize()
    return format(magnitude, "f"), format(magnitude, ",f")
