"""``kzeu search``: the text fields of every fact, derived figures included, that hold every
word of a query, each with its words highlighted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from kzeu.models import KIND_OF, Fact, FactsFile, Source
from kzeu.render import Column, Listing, Marked, Row
from kzeu.views.common import caption, matcher

SEARCH_COLUMNS = (
    Column("text", "Text"),
    Column("kind", "Kind", no_wrap=True),
    Column("field", "Field", no_wrap=True),
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("matched", table=False),
)
# Ids and references are not prose; the whole report is not one fact.
_NOT_SEARCHED = frozenset({"id", "participants", "raised_by", "event", "of", "text"})
DERIVED = "derived"


def search(facts: FactsFile, query: str) -> Listing:
    """List the text fields of every fact, derived figures included, that holds every word
    of ``query`` (see ``kzeu.search``): each field that holds one, its words highlighted."""
    from kzeu.derive import derived_figures

    wanted = matcher(query)
    rows: list[Row] = []
    # Each fact's texts are read as it comes (not a list of them all first).
    searched: Iterable[tuple[str, str, Iterable[tuple[str, str]]]] = chain(
        [("source", "source", _texts(facts.source))],
        ((KIND_OF[type(f)], f.id, _texts(f)) for _, _, f in facts.facts()),
        (
            (DERIVED, d.id, (("label", d.label), ("formula", d.formula)))
            for d in derived_figures(facts)
        ),
    )
    for kind, fact_id, texts in searched:
        found = [(field, text, wanted.spans(text)) for field, text in texts]
        matched = [(field, text, spans) for field, text, spans in found if spans]
        if not matched or not wanted.matches(*(text for _, text, _ in matched)):
            continue
        rows.extend(
            {
                "text": Marked(text, spans),
                "kind": kind,
                "field": field,
                "id": fact_id,
                "matched": wanted.matched(text, spans),
            }
            for field, text, spans in matched
        )
    return Listing(f"Search: {query}", SEARCH_COLUMNS, rows, caption(facts))


def _texts(fact: Fact | Source) -> Iterator[tuple[str, str]]:
    for field in type(fact).model_fields:
        if field in _NOT_SEARCHED:
            continue
        value = getattr(fact, field)
        if isinstance(value, str):
            yield field, value
        elif isinstance(value, tuple):
            yield from ((field, v) for v in value if isinstance(v, str))
