"""What each command lists: rows and columns built from a facts file, with stable keys.

The keys of each view are the JSON keys and CSV header that docs/commands.md documents;
changing one is a breaking change. Titles and captions come from the facts file alone. Every
fact shows the id that ``kzeu cite`` takes, derived figures included.

A view that is filtered raises ``NothingMatches`` when nothing is left, with what the file does
hold: an empty table says less than "no person has that affiliation; there are: ...".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from kzeu.models import KIND_OF, Event, Fact, FactsFile, Person, Source, Statistic, Topic
from kzeu.render import Bar, Cell, Chart, Column, Listing, Marked, Quote, Row, shortened
from kzeu.render.decimals import decimal_text

if TYPE_CHECKING:
    from kzeu.derive import Derived
    from kzeu.gate import Unconfirmed
    from kzeu.search import Query

# kzeu.derive and kzeu.search are imported by the views that use them: `people` answers
# without paying for them.

NOT_STATED = "not stated"
# What a view shows for a fact whose label or name is empty (only a draft has one).
UNLABELLED = "unlabelled figure"
UNNAMED = "unnamed event"


def named(text: str, instead: str) -> str:
    """Return ``text``, or ``instead`` where it is empty: never a blank where a name goes."""
    return text if text.strip() else instead


class NothingMatches(Exception):
    """A filter left nothing: the message says why (``problem``) and which values the file has
    (``known``, called ``what``), shortened with a pointer to ``command``."""

    def __init__(
        self, problem: str, what: str = "", known: Sequence[str] = (), command: str = ""
    ) -> None:
        self.problem = problem
        self.what = what
        self.known = tuple(known)
        self.command = command
        super().__init__(f"{problem}; {what}: {_known(known, command)}" if what else problem)


def _known(values: Iterable[str], command: str) -> str:
    return ", ".join(shortened(list(dict.fromkeys(values)), command)) or "none"


def heading(facts: FactsFile, what: str) -> str:
    """Return a title such as "People — <meeting>, <place>, <date>" for the file's meeting."""
    meeting = meeting_event(facts)
    where = ", ".join(p for p in (meeting.place, _date(meeting)) if p)
    return f"{what} — {meeting.name or meeting.id}" + (f", {where}" if where else "")


def caption(facts: FactsFile) -> str:
    """Return the line naming the source: attribution, dateline and publication date."""
    source = facts.source
    published = source.published.isoformat() if source.published else "date not stated"
    where = ", ".join(p for p in (source.dateline, published) if p)
    return f"Source: {source.attribution or 'report'} ({where})"


def meeting_event(facts: FactsFile) -> Event:
    """Return the event the file is about (the loader proved that it exists)."""
    return next(e for e in facts.events if e.id == facts.meeting)


def _date(event: Event) -> str:
    return event.date.isoformat() if event.date else ""


def _names_by_id(facts: FactsFile) -> dict[str, str]:
    return {p.id: p.name for p in facts.people}


@lru_cache(maxsize=64)
def _query(typed: str) -> Query:
    # Cached: a filter is matched against every figure of every meeting.
    from kzeu.search import Query

    return Query(typed)


def rows_of(
    columns: Sequence[Column], items: Iterable[object], **computed: Callable[[Any], Cell]
) -> list[Row]:
    """Return a row per item, built from the columns' keys, so that a key is written once:
    each column's value is the item's attribute of that name, or ``computed[key](item)``."""
    keys = {c.key for c in columns}
    unknown = set(computed) - keys
    if unknown:
        raise ValueError(f"no column has the key(s) {sorted(unknown)}")
    getters = [(c.key, computed.get(c.key) or attrgetter(c.key)) for c in columns]
    return [{key: get(item) for key, get in getters} for item in items]


# --- people -------------------------------------------------------------------------------------

PEOPLE_COLUMNS = (
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("name", "Name"),
    Column("titles", "Titles"),
    Column("affiliation", "Affiliation"),
    Column("role", "Role", table=False),
    Column("quote", table=False),
)


def people(facts: FactsFile, *, affiliation: str | None = None) -> Listing:
    """List the officials, optionally only those whose affiliation matches ``affiliation``
    (see ``kzeu.search``: a part of a word, any case or accents)."""
    chosen: Iterable[Person] = facts.people
    if affiliation is not None:
        wanted = _query(affiliation)
        chosen = [p for p in facts.people if wanted and wanted.matches(p.affiliation)]
        if not chosen:
            raise NothingMatches(
                f"no person has the affiliation {affiliation!r}",
                "affiliations",
                sorted({p.affiliation for p in facts.people}),
                "kzeu people",
            )
    rows = rows_of(PEOPLE_COLUMNS, chosen)
    people = Listing(heading(facts, "People"), PEOPLE_COLUMNS, rows, caption(facts))
    return people._replace(empty="no people listed")


def matching_people(facts: FactsFile, query: str) -> list[Person]:
    """Return the people ``query`` names: by id or whole name if one has it, else every person
    whose name or id matches it (a surname, a part of a name: see ``kzeu.search``)."""
    from kzeu.search import fold

    wanted = _query(query)
    if not wanted:
        return []
    typed = " ".join(wanted.words)
    exact = [
        p
        for p in facts.people
        if p.id.casefold() == query.strip().casefold() or " ".join(_query(p.name).words) == typed
    ]
    if exact:
        return exact
    return [p for p in facts.people if wanted.matches(p.name, fold(p.id))]


# --- topics -------------------------------------------------------------------------------------

TOPIC_COLUMNS = (
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("label", "Topic"),
    Column("raised_by", table=False),
    Column("raised_by_names", "Raised by"),
    Column("event", table=False),
    Column("event_name", "At"),
    Column("quote", table=False),
)


def topics(facts: FactsFile, *, raised_by: str | None = None) -> Listing:
    """List the agenda, optionally only items raised by one person (id or name: see
    ``matching_people``)."""
    events = {e.id: e.name for e in facts.events}
    people = _names_by_id(facts)
    chosen = list(facts.topics)
    if raised_by is not None:
        chosen = _raised_by(facts, raised_by)
    rows = rows_of(
        TOPIC_COLUMNS,
        chosen,
        raised_by_names=lambda topic: tuple(people[i] for i in topic.raised_by),
        event_name=lambda topic: events.get(topic.event or ""),
    )
    agenda = Listing(heading(facts, "Agenda"), TOPIC_COLUMNS, rows, caption(facts))
    return agenda._replace(empty="no topics listed")


def _raised_by(facts: FactsFile, query: str) -> list[Topic]:
    names = _names_by_id(facts)
    raisers = {i for t in facts.topics for i in t.raised_by}
    known = [f"{names[i]} ({i})" for i in names if i in raisers]
    found = matching_people(facts, query)
    if not found:
        raise NothingMatches(
            f"no person matches {query!r}", "topics were raised by", known, "kzeu people"
        )
    ids = {p.id for p in found}
    chosen = [t for t in facts.topics if ids.intersection(t.raised_by)]
    if not chosen:
        who = " or ".join(p.name for p in found)
        raise NothingMatches(
            f"{who} raised no topic", "topics were raised by", known, "kzeu people"
        )
    return chosen


# --- trade --------------------------------------------------------------------------------------

TRADE_COLUMNS = (
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("label", table=False),
    # Not "Figure": that key is the figure as printed.
    Column("figure_shown", "Measure", data=False),
    Column("kind", table=False),
    Column("shown", "Value", data=False, justify="right"),
    Column("value", table=False, justify="right"),
    Column("value_exact", table=False),
    Column("currency", table=False),
    Column("scale", table=False),
    Column("unit", table=False),
    Column("qualifier", table=False),
    Column("period", table=False),
    Column("figure", table=False),
    Column("derived", table=False),
    Column("formula", table=False),
    Column("quote", table=False),
)


class FigureFilter(NamedTuple):
    """The figures ``kzeu trade`` keeps (``--flow``, ``--label``, ``--currency``): each filter
    given must match, as every filter does, through ``kzeu.search.Query``. A derived figure
    has a label and a currency but no flow: ``--flow`` keeps stated figures only."""

    flow: str | None = None
    label: str | None = None
    currency: str | None = None

    def given(self) -> bool:
        """Return whether any filter is given."""
        return any(v is not None for v in self)

    def keeps(self, figure: Statistic | Derived) -> bool:
        """Return whether ``figure`` matches every filter given."""
        flow = figure.flow if isinstance(figure, Statistic) else None
        return all(
            typed is None or (value is not None and _query(typed).matches(value))
            for typed, value in (
                (self.flow, flow),
                (self.label, figure.label),
                (self.currency, figure.currency),
            )
        )

    def nothing(self, stats: Sequence[Statistic]) -> NothingMatches:
        """Return the error for figures of which none is kept: the filters and what there is."""
        given = " ".join(f"--{k} {v!r}" for k, v in self._asdict().items() if v is not None)
        what, known = (
            ("flows", [s.flow for s in stats if s.flow])
            if self.flow is not None
            else ("currencies", [s.currency for s in stats if s.currency])
            if self.currency is not None
            else ("labels", [s.label for s in stats])
        )
        return NothingMatches(f"no figure matches {given}", what, sorted(set(known)), "kzeu trade")


ALL_FIGURES = FigureFilter()


def trade(facts: FactsFile, *, derived: bool = True, only: FigureFilter = ALL_FIGURES) -> Listing:
    """List the statistics as stated, then (unless ``derived`` is false) the computed ones;
    ``only`` those the filters keep (``NothingMatches`` if none)."""
    from kzeu.derive import derived_figures

    stated = facts.statistics
    if only.given():
        stated = tuple(s for s in stated if only.keeps(s))
    rows = _stated_rows(stated)
    notes: tuple[str, ...] = ()
    if derived:
        figures = derived_figures(facts)
        if only.given():
            figures = [d for d in figures if only.keeps(d)]
        rows.extend(_derived_rows(figures))
        if figures:
            notes = ("≈ derived: computed from the stated figures (kzeu cite ID shows how).",)
    if only.given() and not rows:
        raise only.nothing(facts.statistics)
    return Listing(
        heading(facts, "Trade and investment"),
        TRADE_COLUMNS,
        rows,
        caption(facts),
        notes,
        marker="derived",
        empty="no figures listed",
    )


def _exact(value: Decimal | None) -> str | None:
    return None if value is None else decimal_text(value)


def _stated_rows(stats: Iterable[Statistic]) -> list[Row]:
    return rows_of(
        TRADE_COLUMNS,
        stats,
        shown=lambda s: s.figure if s.value is None else quantity(s.value, s, s.qualifier),
        value_exact=lambda s: _exact(s.value),
        figure_shown=lambda s: _with_period(named(s.label, UNLABELLED), s.period),
        derived=lambda s: False,
        formula=lambda s: None,
    )


def _derived_rows(figures: Iterable[Derived]) -> list[Row]:
    def shown(figure: Derived) -> str:
        rounded = figure.display_value
        if rounded is None:
            return f"not computable: {figure.reason}"
        return quantity(rounded, figure, None)

    return rows_of(
        TRADE_COLUMNS,
        figures,
        kind=lambda d: "derived",
        shown=shown,
        value=lambda d: d.display_value,
        value_exact=lambda d: _exact(d.value),
        qualifier=lambda d: None,
        figure_shown=lambda d: _with_period(d.label, d.period),
        figure=lambda d: None,
        derived=lambda d: True,
        quote=lambda d: None,
    )


def quantity(value: Decimal, measure: Statistic | Derived, qualifier: str | None) -> str:
    """Return a value with its currency, scale and unit: "USD 1.5 billion", "+3.2%"."""
    if measure.unit == "percent":
        sign = (
            "+" if isinstance(measure, Statistic) and measure.kind == "change" and value > 0 else ""
        )
        text = f"{sign}{decimal_text(value, grouped=True)}%"
    else:
        parts = (measure.currency, decimal_text(value, grouped=True), measure.scale, measure.unit)
        text = " ".join(p for p in parts if p)
    return f"{qualifier} {text}" if qualifier else text


def _with_period(label: str, period: str | None) -> str:
    """Return a figure's label followed by the period it covers, if stated."""
    return f"{label} ({period})" if period else label


# --- events -------------------------------------------------------------------------------------

EVENT_COLUMNS = (
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("name", table=False),
    Column("event_shown", "Event", data=False),
    Column("kind", table=False),
    Column("place", table=False),
    Column("date", table=False),
    Column("timing", table=False),
    Column("where_when", "Where, when", data=False),
    Column("status", table=False),
    Column("participants", table=False),
    Column("participant_names", table=False),
    Column("purpose", table=False),
    Column("window_start", table=False),
    Column("window_end", table=False),
    Column("window_inferred", table=False),
    Column("quote", table=False),
)


def events(facts: FactsFile, *, status: str | None = None) -> Listing:
    """List the events: place, timing in the report's words, status; a window where inferred."""
    from kzeu.derive import inferred_window

    chosen = list(facts.events)
    if status is not None:
        chosen = [e for e in facts.events if e.status == status]
        if not chosen:
            raise NothingMatches(
                f"no event has the status {status!r}",
                "statuses",
                sorted({e.status for e in facts.events}),
                "kzeu events",
            )
    published = facts.source.published
    people = _names_by_id(facts)
    windows = {e.id: None if e.date else inferred_window(e.timing, published) for e in chosen}

    def where_when(event: Event) -> str:
        when = [event.place or "", event.timing or "", _date(event)]
        window = windows[event.id]
        if window:
            when.append(f"{window[0].isoformat()} to {window[1].isoformat()} (inferred)")
        return ", ".join(w for w in when if w) or NOT_STATED

    def window_day(event: Event, end: int) -> str | None:
        window = windows[event.id]
        return window[end].isoformat() if window else None

    rows = rows_of(
        EVENT_COLUMNS,
        chosen,
        event_shown=lambda e: f"{named(e.name, UNNAMED)} ({e.status})",
        date=lambda e: e.date.isoformat() if e.date else None,
        where_when=where_when,
        participant_names=lambda e: tuple(people[i] for i in e.participants),
        window_start=lambda e: window_day(e, 0),
        window_end=lambda e: window_day(e, 1),
        window_inferred=lambda e: windows[e.id] is not None,
    )
    notes: tuple[str, ...] = ()
    if any(row["window_inferred"] for row in rows):
        notes = ("(inferred): computed from the report's date and wording.",)
    return Listing(heading(facts, "Events"), EVENT_COLUMNS, rows, caption(facts), notes)


# --- records: the overview, a citation, the source ------------------------------------------------

# A record is one thing field by field: JSON writes it as one object of typed values (``value``),
# the table shows ``shown``, its display form ("not stated", one line per item); a field whose
# ``shown`` is None is left out of the table (its title says it, or it is empty).
RECORD_COLUMNS = (
    Column("field", "Field", no_wrap=True),
    Column("value", table=False),
    Column("shown", "Value", data=False),
)


def _field(name: str, value: Cell, shown: Cell = None, *, drawn: bool = True) -> Row:
    if not drawn:
        return {"field": name, "value": value, "shown": None}
    return {"field": name, "value": value, "shown": value if shown is None else shown}


def _record(
    title: str,
    rows: list[Row],
    caption_text: str = "",
    notes: tuple[str, ...] = (),
    quote: Quote | None = None,
) -> Listing:
    return Listing(
        title,
        RECORD_COLUMNS,
        rows,
        caption_text,
        notes,
        show_header=False,
        record=True,
        quote=quote,
    )


# What to run next, after the overview: a hint that goes to stderr, on a terminal only.
NEXT = "Next: kzeu trade | topics | people | events | help"


def overview(facts: FactsFile, unsure: Sequence[Unconfirmed] = ()) -> Listing:
    """Return the at-a-glance view: who met whom, where, when, why, the agenda (an item a
    line) and the figures; the meeting, place and date are in its title. Each item that holds
    a field of ``unsure`` (a draft's, drawn as a table) ends with ``?``."""
    meeting = meeting_event(facts)
    by_id = unsure_by_id(unsure)
    mine = set(by_id.get(meeting.id, ()))
    source_unsure = any(f.path.startswith("source.") for f in unsure)

    def asked(text: str, fact_id: str | None = None, fields: Iterable[str] = ()) -> str:
        doubt = fact_id in by_id if fact_id is not None else bool(mine & set(fields))
        return f"{text} ?" if doubt else text

    people = {p.id: p for p in facts.people}
    who = [people[i] for i in meeting.participants]
    figures = [
        (s, s.value)
        for s in facts.statistics
        if s.value is not None and s.kind in ("amount", "count")
    ]
    related = [e for e in facts.events if e.id != meeting.id]
    when = _date(meeting) or meeting.timing
    rows: list[Row] = [
        # The title names the meeting; a draft's guessed name is shown again, marked.
        _field(
            "meeting",
            {"id": meeting.id, "name": meeting.name},
            asked(meeting.name, fields=["name"]),
            drawn="name" in mine,
        ),
        _field(
            "where",
            meeting.place,
            asked(meeting.place or NOT_STATED, fields=["place"]),
            drawn=not meeting.place or "place" in mine,
        ),
        _field(
            "when",
            when,
            asked(when or NOT_STATED, fields=["date", "timing"]),
            drawn=not meeting.date or bool(mine & {"date", "timing"}),
        ),
        _field(
            "who",
            [
                {"id": p.id, "name": p.name, "titles": p.titles, "affiliation": p.affiliation}
                for p in who
            ],
            tuple(asked(_person_line(p), p.id) for p in who),
        ),
        _field(
            "purpose", meeting.purpose, asked(meeting.purpose or NOT_STATED, fields=["purpose"])
        ),
        _field(
            "agenda",
            [{"id": t.id, "label": t.label} for t in facts.topics],
            tuple(
                shortened(
                    [asked(named(t.label, "unlabelled topic"), t.id) for t in facts.topics],
                    "kzeu topics",
                )
            ),
        ),
        _field(
            "figures",
            [_figure(s) for s, _ in figures],
            # A paragraph, as the related events: a glance stays short; the agenda is a list.
            "; ".join(
                shortened(
                    [
                        asked(f"{named(s.label, UNLABELLED)}: {quantity(v, s, s.qualifier)}", s.id)
                        for s, v in figures
                    ],
                    "kzeu trade",
                )
            ),
        ),
        _field(
            "related",
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "place": e.place,
                    "timing": e.timing,
                    "status": e.status,
                }
                for e in related
            ],
            "; ".join(shortened([asked(_event_line(e), e.id) for e in related], "kzeu events")),
        ),
        # "source  the Foreign Ministry's press service (...)": the row's name says "Source:".
        _field(
            "source",
            _source_object(facts.source),
            caption(facts).removeprefix("Source: ") + (" ?" if source_unsure else ""),
        ),
    ]
    return _record(heading(facts, "Overview"), rows)


def _person_line(person: Person) -> str:
    """Return "name, affiliation", or the name alone where the affiliation is not stated."""
    return f"{person.name}, {person.affiliation}" if person.affiliation.strip() else person.name


def _figure(stat: Statistic) -> Mapping[str, Cell]:
    return {
        "id": stat.id,
        "label": stat.label,
        "kind": stat.kind,
        "value": stat.value,
        "currency": stat.currency,
        "scale": stat.scale,
        "unit": stat.unit,
        "qualifier": stat.qualifier,
        "period": stat.period,
    }


def _source_object(source: Source) -> Mapping[str, Cell]:
    return {
        "published": source.published.isoformat() if source.published else None,
        "dateline": source.dateline,
        "attribution": source.attribution,
        "outlet": source.outlet,
        "title": source.title,
        "url": source.url,
    }


def _event_line(event: Event) -> str:
    where = ", ".join(x for x in (event.place, event.timing) if x)
    return named(event.name, UNNAMED) + (f" — {where}" if where else "") + f" ({event.status})"


# --- search -------------------------------------------------------------------------------------

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

    wanted = _query(query)
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


# --- cite ---------------------------------------------------------------------------------------


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


def find_id(facts: FactsFile, typed: str) -> str | None:
    """Return the id of a fact or derived figure that ``typed`` names, in any case."""
    ids = completion_values(facts, "id")
    if typed in ids:
        return typed
    wanted = typed.strip().casefold()
    return next((i for i in ids if i.casefold() == wanted), None)


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
        _field("sentence", sentence),
        _field("citation", citation(facts.source, fact.quote)),
        _field("fact", KIND_OF[type(fact)]),
    ]
    rows.extend(_field(f, _cell(getattr(fact, f))) for f in type(fact).model_fields)
    rows.extend((_field("quote_start", start), _field("quote_end", start + len(fact.quote))))
    quote = Quote(sentence, _credit_parts(facts.source), facts.source.url)
    return _record(f"Cite: {found}", rows, caption(facts), quote=quote)


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
        _field("fact", "derived"),
        _field("id", figure.id),
        _field("label", figure.label),
        _field("value", rounded),
        _field("value_exact", _exact(figure.value)),
        _field("shown", shown),
        _field("formula", figure.formula),
        _field(
            "inputs",
            [{"id": s.id, "quote": s.quote} for s in inputs],
            tuple(f"{s.id}: “{s.quote}”" for s in inputs),
        ),
        _field("citation", "; ".join(citation(facts.source, s.quote) for s in inputs)),
    ]
    notes = ("Derived: computed from the stated figures above, not stated by the report.",)
    return _record(f"Cite: {figure.id}", rows, caption(facts), notes)


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | Decimal | bool):
        return value
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return str(value)  # dates


def source(facts: FactsFile) -> Listing:
    """Return the report itself: date, dateline, attribution, outlet, title, URL and text."""
    src = facts.source
    published = src.published.isoformat() if src.published else None
    rows: list[Row] = [
        _field("published", published, published or NOT_STATED),
        _field("dateline", src.dateline, src.dateline or NOT_STATED),
        _field("attribution", src.attribution, src.attribution or NOT_STATED),
        _field("outlet", src.outlet, src.outlet or NOT_STATED),
        _field("title", src.title, src.title or NOT_STATED),
        _field("url", src.url, src.url or NOT_STATED),
        _field("text", src.text),
    ]
    return _record("Source report", rows)


# --- chart and completion -----------------------------------------------------------------------


def trade_chart(facts: FactsFile) -> Chart:
    """Return a bar chart of each turnover with its exports and imports."""
    from kzeu.derive import trade_parts

    bars: list[Bar] = []
    for parts in trade_parts(facts):
        for stat in (parts.turnover, parts.exports, parts.imports):
            if stat.value is not None:  # bars in one scale, each labelled as the report states it
                length = parts.in_turnover_scale(stat)
                bars.append(Bar(stat.label, length, quantity(stat.value, stat, stat.qualifier)))
    empty = "nothing to chart: no turnover with exports and imports stated as parts of it"
    return Chart(heading(facts, "Trade"), tuple(bars), caption(facts), empty)


def ids_meant(facts: FactsFile, typed: str, most: int = 5) -> list[str]:
    """Return the ids, derived figures' included, that someone who typed ``typed`` may have
    meant: the closest in spelling, then those that hold it."""
    import difflib

    wanted = typed.casefold().strip()
    if not wanted:
        return []
    ids = completion_values(facts, "id")
    close = difflib.get_close_matches(wanted, ids, n=most, cutoff=0.5)
    return list(dict.fromkeys([*close, *(i for i in ids if wanted in i)]))[:most]


def completion_values(facts: FactsFile, what: str) -> list[str]:
    """Return the values present in the data for completion: "affiliation", "person" ids, or
    every "id" that ``kzeu cite`` takes (facts, then derived figures)."""
    from kzeu.derive import derived_figures

    if what == "affiliation":
        return sorted({p.affiliation for p in facts.people})
    if what == "person":
        return [p.id for p in facts.people]
    return [*facts.by_id(), *(d.id for d in derived_figures(facts))]


# --- a draft ------------------------------------------------------------------------------------


def as_draft(listing: Listing, fields: Sequence[Unconfirmed], *, drawn: bool) -> Listing:
    """Return ``listing`` of a draft marked as one: a note naming how many fields are
    unconfirmed; drawn as a table, each cell of an unconfirmed field ends with ``?``; in the
    data formats, each row says ``"draft": true`` and lists its ``unconfirmed`` fields (a
    record gains the fields ``draft`` and ``unconfirmed``, every path)."""
    note = f"draft: {len(fields):,} field(s) unconfirmed, marked ? (kzeu review FILE --list)"
    notes = (*listing.notes, note)
    by_id = unsure_by_id(fields)
    if listing.record:
        # A fact's record (kzeu cite ID) marks each of its unconfirmed fields.
        ident = next((r.get("value") for r in listing.rows if r.get("field") == "id"), None)
        unsure = set(by_id.get(str(ident), ())) if drawn and ident is not None else set()
        rows = [
            *(
                _questioned_field(row) if row.get("field") in unsure else row
                for row in listing.rows
            ),
            _field("draft", True, drawn=False),
            _field("unconfirmed", tuple(f.path for f in fields), drawn=False),
        ]
        return listing._replace(rows=rows, notes=notes)
    if drawn:
        shown = [c.key for c in listing.columns if c.table and not c.gives_way]
        rows = [_questioned(row, by_id.get(str(row.get("id")), ()), shown) for row in listing.rows]
        return listing._replace(rows=rows, notes=notes)
    columns = (*listing.columns, Column("draft", table=False), Column("unconfirmed", table=False))
    rows = [
        {**row, "draft": True, "unconfirmed": tuple(by_id.get(str(row.get("id")), ()))}
        for row in listing.rows
    ]
    return listing._replace(columns=columns, rows=rows, notes=notes)


def unsure_by_id(fields: Sequence[Unconfirmed]) -> dict[str, list[str]]:
    """Return the fields of ``fields`` by the id of their fact ("id": the fact as a whole)."""
    from kzeu.gate import parse_path

    by_id: dict[str, list[str]] = {}
    for field in fields:
        where = parse_path(field.path)
        if where is not None and where.id is not None:
            by_id.setdefault(where.id, []).append(where.field or "id")
    return by_id


def _questioned_field(row: Row) -> Row:
    """Return a record's ``row`` with its shown value ending with ``?`` (drawn, even empty)."""
    return {**row, "shown": _with_question(row.get("shown"))}


def _questioned(row: Row, unsure: Sequence[str], shown: Sequence[str]) -> Row:
    """Return ``row`` with the cell of each field in ``unsure`` ending with ``?``; a field the
    table does not show in a column of its own (a trade row's label and period are one
    "Measure" cell) marks the row's first ``shown`` cell, so no row of a guess reads as proven."""
    if not unsure:
        return row
    marked = dict(row)
    keys = {key if key in shown else (shown[0] if shown else key) for key in unsure}
    for key in keys:
        if key in marked:
            marked[key] = _with_question(marked[key])
    return marked


def _with_question(value: Cell) -> Cell:
    if value is None or value == "":
        return "?"
    if isinstance(value, str | int | Decimal):
        return f"{value} ?"
    if isinstance(value, tuple):
        return (*value, "?")
    return value
