"""``kzeu search``: the text fields of every fact, derived figures included, that hold every
word of a query, each with its words highlighted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import chain

from kzeu.models import KIND_OF, Fact, FactsFile, Source
from kzeu.render import Cell, Column, Listing, Marked, Row
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
    marks: dict[tuple[str, tuple[tuple[int, int], ...]], Marked] = {}
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
            _Found(_share(marks, text, spans), kind, field, fact_id, wanted.matched(text, spans))
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


def _share(
    marks: dict[tuple[str, tuple[tuple[int, int], ...]], Marked],
    text: str,
    spans: tuple[tuple[int, int], ...],
) -> Marked:
    """Return the one ``Marked`` of ``text`` and ``spans`` (a label of many facts is one)."""
    mark = marks.get((text, spans))
    if mark is None:
        mark = marks[text, spans] = Marked(text, spans)
    return mark


_KEYS = tuple(column.key for column in SEARCH_COLUMNS)


class _Found(Mapping[str, Cell]):
    """One row of a search, read as a mapping of the columns' keys: a search can list a row
    for every field of a file, and a dictionary each took more memory than the file itself
    (measured: 139,000 tiny topics, 278,000 rows, 159 MB peak as dictionaries)."""

    __slots__ = ("field", "id", "kind", "matched", "text")

    def __init__(
        self, text: Marked, kind: str, field: str, fact_id: str, matched: tuple[str, ...]
    ) -> None:
        self.text, self.kind, self.field, self.id, self.matched = (
            text,
            kind,
            field,
            fact_id,
            matched,
        )

    def __getitem__(self, key: str) -> Cell:
        if key not in _KEYS:
            raise KeyError(key)
        value: Cell = getattr(self, key)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(_KEYS)

    def __len__(self) -> int:
        return len(_KEYS)
