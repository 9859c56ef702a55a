"""``kzeu cite``: a fact with its sentence of the report, its quote marked, and a citation; a
derived figure with its formula and inputs; across meetings, ``MEETING/ID``."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from kzeu.models import KIND_OF, Fact, FactsFile, Source
from kzeu.render import Cell, Listing, Marked, Quote, Row, shortened
from kzeu.views.common import caption, field_row, record_listing
from kzeu.views.records import source
from kzeu.views.trade import exact_text, quantity
from kzeu.views.values import find_id, ids_meant

if TYPE_CHECKING:
    from kzeu.derive import Derived
    from kzeu.meetings import Meeting, Meetings


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentences of ``text`` that hold ``text[start:end]`` (sentences as
    ``kzeu draft`` splits them: not after "Sept.", "U.S.", "Mr.", initials or decimals)."""
    from kzeu.sentences import sentence_around as around

    return around(text, start, end)


def citation(source: Source, quote: str) -> str:
    """Return a one-line citation of ``quote``: the quote, then the outlet (or whom the report
    credits), the title, the date and the URL, each where known."""
    return f"“{quote}” — {credit(source)}"


def _credit_parts(source: Source) -> tuple[str, ...]:
    parts = (
        source.outlet or source.attribution,
        f"“{source.title}”" if source.title else None,
        source.published.isoformat() if source.published else None,
    )
    return tuple(p for p in parts if p)


def credit(source: Source) -> str:
    """Return where a quote comes from: outlet or attribution, title, date, URL where known."""
    parts = [*_credit_parts(source), *([source.url] if source.url else [])]
    return ", ".join(parts) or "the report (source not stated)"


def _in_context(facts: FactsFile, fact: Fact) -> tuple[int, Marked]:
    """Return where the quote of ``fact`` starts, and its sentence with the quote marked."""
    text = facts.source.text
    start = text.find(fact.quote)
    first, last = sentence_around(text, start, start + len(fact.quote))
    marked = Marked(text[first:last], ((start - first, start - first + len(fact.quote)),))
    return start, marked


def cite(facts: FactsFile, fact_id: str) -> Listing | None:
    """Return the fact ``fact_id`` (any case) with its sentence of the report and a citation
    first, then its fields and the offsets of its quote (``source``: the report itself, as
    ``kzeu source`` shows it); None if no fact or derived figure has that id. Empty fields are
    left out of the table, kept in the data formats."""
    from kzeu.derive import derived_figures

    found = find_id(facts, fact_id)
    if found is None:
        # search lists the report's own fields under the id "source": citing it is the report.
        return source(facts) if fact_id.strip().casefold() == "source" else None
    fact = facts.by_id().get(found)
    if fact is None:
        derived = {d.id: d for d in derived_figures(facts)}[found]
        return _cite_derived(facts, derived)
    start, sentence = _in_context(facts, fact)
    rows: list[Row] = [
        field_row("sentence", sentence),
        field_row("citation", citation(facts.source, fact.quote)),
        field_row("fact", KIND_OF[type(fact)]),
    ]
    rows.extend(field_row(f, _cell(getattr(fact, f))) for f in type(fact).model_fields)
    rows.extend((field_row("quote_start", start), field_row("quote_end", start + len(fact.quote))))
    quote = Quote(sentence, _credit_parts(facts.source), facts.source.url)
    return record_listing(f"Cite: {found}", rows, caption(facts), quote=quote)


def _cite_derived(facts: FactsFile, figure: Derived) -> Listing:
    by_id = {s.id: s for s in facts.statistics}
    rounded = figure.display_value
    shown = (
        quantity(rounded, figure, None)
        if rounded is not None
        else f"not computable: {figure.reason}"
    )
    inputs = [by_id[i] for i in figure.inputs]
    rows: list[Row] = [
        field_row("fact", "derived"),
        field_row("id", figure.id),
        field_row("label", figure.label),
        field_row("value", rounded),
        field_row("value_exact", exact_text(figure.value)),
        field_row("shown", shown),
        field_row("formula", figure.formula),
        field_row(
            "inputs",
            [{"id": s.id, "quote": s.quote} for s in inputs],
            tuple(f"{s.id}: “{s.quote}”" for s in inputs),
        ),
        field_row("citation", "; ".join(citation(facts.source, s.quote) for s in inputs)),
    ]
    notes = ("Derived: computed from the stated figures above, not stated by the report.",)
    return record_listing(f"Cite: {figure.id}", rows, caption(facts), notes)


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | Decimal | bool):
        return value
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return str(value)  # dates


# --- a citation among several meetings --------------------------------------------------------


class NoSuchFact(ValueError):
    """``cite`` was given an id that names no fact, or one that several meetings hold."""


SEPARATOR = "/"


def cite_across(listed: Meetings, typed: str) -> Listing:
    """Return the citation of ``MEETING/ID`` (or of a bare id that one meeting alone holds),
    with its meeting first; ``NoSuchFact`` naming the candidates (a bare id found in several
    meetings), the meetings (an unknown key) or the ids meant."""
    key, slash, fact_id = typed.partition(SEPARATOR)
    if slash:
        meeting = listed.by_key(key)
        if meeting is None:
            known = ", ".join(shortened([m.key for m in listed], "kzeu meetings"))
            raise NoSuchFact(f"no meeting has the key {key!r}; meetings: {known}")
        found = [meeting]
    else:
        fact_id = typed
        found = [m for m in listed if _holds(m, fact_id)]
    if len(found) > 1:
        candidates = ", ".join(f"{m.key}{SEPARATOR}{_id_in(m, fact_id)}" for m in found)
        raise NoSuchFact(
            f"the id {fact_id!r} is in {len(found)} meetings: {candidates}; cite one as MEETING/ID"
        )
    listing = cite(found[0].facts, fact_id) if found else None
    if listing is None:
        near = ((m, ids_meant(m.facts, fact_id)) for m in (found or listed))
        meant = [f"{m.key}{SEPARATOR}{i}" for m, ids in near for i in ids][:5]
        hint = f"; did you mean: {', '.join(meant)}?" if meant else "; see kzeu search TEXT"
        raise NoSuchFact(f"no fact has the id {typed!r}{hint}")
    meeting = found[0]
    head: Row = {"field": "meeting", "value": meeting.key, "shown": meeting.key}
    return listing._replace(
        title=f"Cite: {meeting.key}{SEPARATOR}{listing.title.removeprefix('Cite: ')}",
        rows=[head, *listing.rows],
    )


def _holds(meeting: Meeting, fact_id: str) -> bool:
    return find_id(meeting.facts, fact_id) is not None or (fact_id.strip().casefold() == "source")


def _id_in(meeting: Meeting, fact_id: str) -> str:
    return find_id(meeting.facts, fact_id) or fact_id.strip()
