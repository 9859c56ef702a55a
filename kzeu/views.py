"""What each command lists: rows and columns built from a facts file, with stable keys.

The keys of each view are the JSON keys and CSV header that the README documents; changing one
is a breaking change. Titles and captions come from the facts file alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from kzeu.models import KIND_OF, Event, Fact, FactsFile, Person, Source, Statistic
from kzeu.render import Bar, Cell, Chart, Column, Listing, Marked, Row

if TYPE_CHECKING:
    from kzeu.derive import Derived

# kzeu.derive and kzeu.search are imported by the views that use them: `people` and `topics`
# answer without paying for them.

NOT_STATED = "not stated"


def heading(facts: FactsFile, what: str) -> str:
    """Return a title such as "People — <meeting>, <place>, <date>" for the file's meeting."""
    meeting = meeting_event(facts)
    where = ", ".join(p for p in (meeting.place, _date(meeting)) if p)
    return f"{what} — {meeting.name}" + (f", {where}" if where else "")


def caption(facts: FactsFile) -> str:
    """Return the line naming the source: dateline, publication date and attribution."""
    source = facts.source
    filed = f"filed in {source.dateline}, " if source.dateline else ""
    published = source.published.isoformat() if source.published else "on a date not stated"
    text = f"Source: report {filed}published {published}"
    return text + (f"; according to {source.attribution}" if source.attribution else "")


def meeting_event(facts: FactsFile) -> Event:
    """Return the event the file is about (the loader proved that it exists)."""
    return next(e for e in facts.events if e.id == facts.meeting)


def _date(event: Event) -> str:
    return event.date.isoformat() if event.date else ""


def _names_by_id(facts: FactsFile) -> dict[str, str]:
    return {p.id: p.name for p in facts.people}


PEOPLE_COLUMNS = (
    Column("id", "ID", no_wrap=True),
    Column("name", "Name"),
    Column("titles", "Titles"),
    Column("affiliation", "Affiliation"),
    Column("role", "Role", table=False),
    Column("quote", table=False),
)


def people(facts: FactsFile, *, affiliation: str | None = None) -> Listing:
    """List the officials, optionally only those of one affiliation (any case)."""
    rows: list[Row] = [
        {
            "id": p.id,
            "name": p.name,
            "titles": p.titles,
            "affiliation": p.affiliation,
            "role": p.role,
            "quote": p.quote,
        }
        for p in facts.people
        if affiliation is None or p.affiliation.casefold() == affiliation.casefold()
    ]
    return Listing(heading(facts, "People"), PEOPLE_COLUMNS, rows, caption(facts))


TOPIC_COLUMNS = (
    Column("id", "ID", table=False),
    Column("label", "Topic"),
    Column("raised_by", table=False),
    Column("raised_by_names", "Raised by"),
    Column("event", table=False),
    Column("event_name", "At"),
    Column("quote", table=False),
)


def topics(facts: FactsFile, *, raised_by: str | None = None) -> Listing:
    """List the agenda, optionally only items raised by one person (id or name, any case)."""
    events = {e.id: e.name for e in facts.events}
    people = _names_by_id(facts)
    wanted = raised_by.casefold() if raised_by else None
    rows: list[Row] = []
    for topic in facts.topics:
        names = tuple(people[i] for i in topic.raised_by)
        if wanted is not None and wanted not in {
            *(i.casefold() for i in topic.raised_by),
            *(n.casefold() for n in names),
        }:
            continue
        rows.append(
            {
                "id": topic.id,
                "label": topic.label,
                "raised_by": topic.raised_by,
                "raised_by_names": names,
                "event": topic.event,
                "event_name": events.get(topic.event or ""),
                "quote": topic.quote,
            }
        )
    return Listing(heading(facts, "Agenda"), TOPIC_COLUMNS, rows, caption(facts))


TRADE_COLUMNS = (
    Column("id", "ID", table=False),
    Column("label", "Figure"),
    Column("kind", table=False),
    Column("shown", "Value", data=False, justify="right"),
    Column("value", table=False),
    Column("currency", table=False),
    Column("scale", table=False),
    Column("unit", table=False),
    Column("qualifier", table=False),
    Column("period", table=False),
    Column("period_shown", "Period", data=False),
    Column("figure", table=False),
    Column("derived", table=False),
    Column("formula", table=False),
    Column("basis", "Basis", data=False),
    Column("quote", table=False),
)


def trade(facts: FactsFile, *, derived: bool = True) -> Listing:
    """List the statistics as stated, then (unless ``derived`` is false) the computed ones."""
    from kzeu.derive import derived_figures

    rows: list[Row] = [_stated_row(s) for s in facts.statistics]
    notes: tuple[str, ...] = ()
    if derived:
        figures = derived_figures(facts)
        rows.extend(_derived_row(d) for d in figures)
        if figures:
            notes = ("Derived rows are computed from the stated figures; see their formula.",)
    return Listing(
        heading(facts, "Trade and investment"), TRADE_COLUMNS, rows, caption(facts), notes
    )


def _stated_row(stat: Statistic) -> Row:
    return {
        "id": stat.id,
        "label": stat.label,
        "kind": stat.kind,
        "shown": stat.figure if stat.value is None else quantity(stat.value, stat, stat.qualifier),
        "value": stat.value,
        "currency": stat.currency,
        "scale": stat.scale,
        "unit": stat.unit,
        "qualifier": stat.qualifier,
        "period": stat.period,
        "period_shown": period_text(stat.period),
        "figure": stat.figure,
        "derived": False,
        "formula": None,
        "basis": "stated",
        "quote": stat.quote,
    }


def _derived_row(figure: Derived) -> Row:
    rounded = figure.display_value
    return {
        "id": figure.id,
        "label": figure.label,
        "kind": "derived",
        "shown": (
            quantity(rounded, figure, None)
            if rounded is not None
            else f"not computable: {figure.reason}"
        ),
        "value": figure.value,
        "currency": figure.currency,
        "scale": figure.scale,
        "unit": figure.unit,
        "qualifier": None,
        "period": figure.period,
        "period_shown": period_text(figure.period),
        "figure": None,
        "derived": True,
        "formula": figure.formula,
        "basis": f"derived: {figure.formula}",
        "quote": None,
    }


def quantity(value: Decimal, measure: Statistic | Derived, qualifier: str | None) -> str:
    """Return a value with its currency, scale and unit: "USD 1.5 billion", "+3.2%"."""
    if measure.unit == "percent":
        sign = (
            "+" if isinstance(measure, Statistic) and measure.kind == "change" and value > 0 else ""
        )
        text = f"{sign}{value:,f}%"
    else:
        parts = (measure.currency, f"{value:,f}", measure.scale, measure.unit)
        text = " ".join(p for p in parts if p)
    return f"{qualifier} {text}" if qualifier else text


def period_text(period: str | None) -> str:
    """Return the period, or "not stated" where the report gives none."""
    return period or NOT_STATED


EVENT_COLUMNS = (
    Column("id", "ID", table=False),
    Column("name", "Event"),
    Column("kind", table=False),
    Column("place", "Place"),
    Column("date", table=False),
    Column("timing", table=False),
    Column("when", "When", data=False),
    Column("status", "Status"),
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

    rows: list[Row] = []
    published = facts.source.published
    people = _names_by_id(facts)
    for event in facts.events:
        if status is not None and event.status != status:
            continue
        window = None if event.date else inferred_window(event.timing, published)
        when = [event.timing or "", event.date.isoformat() if event.date else ""]
        if window:
            when.append(f"{window[0].isoformat()} to {window[1].isoformat()} (inferred)")
        rows.append(
            {
                "id": event.id,
                "name": event.name,
                "kind": event.kind,
                "place": event.place,
                "date": event.date.isoformat() if event.date else None,
                "timing": event.timing,
                "when": tuple(w for w in when if w) or NOT_STATED,
                "status": event.status,
                "participants": event.participants,
                "participant_names": tuple(people[i] for i in event.participants),
                "purpose": event.purpose,
                "window_start": window[0].isoformat() if window else None,
                "window_end": window[1].isoformat() if window else None,
                "window_inferred": window is not None,
                "quote": event.quote,
            }
        )
    notes = ("Windows marked (inferred) are computed from the report's date and wording.",)
    return Listing(heading(facts, "Events"), EVENT_COLUMNS, rows, caption(facts), notes)


FIELD_COLUMNS = (Column("field", "Field", no_wrap=True), Column("value", "Value"))


# An overview is a glance: past this many items a list ends with how many more there are.
GLANCE = 20


def _glance(items: list[str], command: str) -> list[str]:
    if len(items) <= GLANCE:
        return items
    return [*items[:GLANCE], f"... and {len(items) - GLANCE:,} more ({command})"]


def overview(facts: FactsFile) -> Listing:
    """Return the at-a-glance view: who met whom, where, when, why, the agenda and figures."""
    meeting = meeting_event(facts)
    people = {p.id: p for p in facts.people}
    figures = [
        f"{s.label}: {quantity(s.value, s, s.qualifier)}"
        for s in facts.statistics
        if s.value is not None and s.kind in ("amount", "count")
    ]
    related = [_event_line(e) for e in facts.events if e.id != meeting.id]
    rows: list[Row] = [
        {"field": "meeting", "value": meeting.name},
        {"field": "where", "value": meeting.place or NOT_STATED},
        {"field": "when", "value": _date(meeting) or meeting.timing or NOT_STATED},
        {"field": "who", "value": tuple(_who(people[i]) for i in meeting.participants)},
        {"field": "purpose", "value": meeting.purpose or NOT_STATED},
        {
            "field": "agenda",
            "value": "; ".join(_glance([t.label for t in facts.topics], "kzeu topics")),
        },
        {"field": "figures", "value": tuple(_glance(figures, "kzeu trade"))},
        {"field": "related", "value": tuple(_glance(related, "kzeu events"))},
        {"field": "source", "value": caption(facts)},
    ]
    notes = (
        "Next: kzeu people | kzeu topics | kzeu trade | kzeu events | kzeu search TEXT"
        " | kzeu cite ID | kzeu source | kzeu check",
    )
    title = heading(facts, "Overview")
    return Listing(title, FIELD_COLUMNS, rows, "", notes, show_header=False)


def _who(person: Person) -> str:
    return f"{person.name} ({', '.join(person.titles)}; {person.affiliation})"


def _event_line(event: Event) -> str:
    where = ", ".join(x for x in (event.place, event.timing) if x)
    return f"{event.name}" + (f" — {where}" if where else "") + f" ({event.status})"


SEARCH_COLUMNS = (
    Column("kind", "Kind", no_wrap=True),
    Column("id", "ID", no_wrap=True),
    Column("field", "Field", no_wrap=True),
    Column("text", "Text"),
    Column("matched", table=False),
)
# Ids and references are not prose; the whole report is not one fact.
_NOT_SEARCHED = frozenset({"id", "participants", "raised_by", "event", "of", "text"})


def search(facts: FactsFile, query: str) -> Listing:
    """List every text field of every fact that matches ``query`` (see ``kzeu.search``)."""
    from kzeu.search import Folded, fold

    needle = fold(query).strip()
    rows: list[Row] = []
    searched: list[tuple[str, Fact | Source]] = [("source", facts.source)]
    searched.extend((fact.id, fact) for _, _, fact in facts.facts())
    for fact_id, fact in searched:
        for field, text in _texts(fact):
            # Fold the whole text first (fast); map the match back only where there is one.
            spans = tuple(Folded.of(text).spans(needle)) if needle in fold(text) else ()
            if spans:
                rows.append(
                    {
                        "kind": KIND_OF.get(type(fact), "source"),
                        "id": fact_id,
                        "field": field,
                        "text": Marked(text, spans),
                        "matched": tuple(text[a:b] for a, b in spans),
                    }
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


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentences of ``text`` that hold ``text[start:end]`` (sentences as
    ``kzeu draft`` splits them: not after "Sept.", "U.S.", "Mr.", initials or decimals)."""
    from kzeu.sentences import sentence_around as around

    return around(text, start, end)


def cite(facts: FactsFile, fact_id: str) -> Listing | None:
    """Return the fact ``fact_id`` field by field with its sentence of the report, or None."""
    from kzeu.derive import derived_figures

    fact = facts.by_id().get(fact_id)
    if fact is None:
        derived = {d.id: d for d in derived_figures(facts)}.get(fact_id)
        return None if derived is None else _cite_derived(facts, derived)
    text = facts.source.text
    start = text.find(fact.quote)
    first, last = sentence_around(text, start, start + len(fact.quote))
    rows: list[Row] = [{"field": "fact", "value": KIND_OF[type(fact)]}]
    rows.extend({"field": f, "value": _cell(getattr(fact, f))} for f in type(fact).model_fields)
    rows.extend(
        (
            {"field": "quote_start", "value": start},
            {"field": "quote_end", "value": start + len(fact.quote)},
            {
                "field": "in context",
                "value": Marked(
                    text[first:last], ((start - first, start - first + len(fact.quote)),)
                ),
            },
        )
    )
    return Listing(f"Cite: {fact_id}", FIELD_COLUMNS, rows, caption(facts), show_header=False)


def _cite_derived(facts: FactsFile, figure: Derived) -> Listing:
    by_id = {s.id: s for s in facts.statistics}
    rounded = figure.display_value
    shown = (
        quantity(rounded, figure, None)
        if rounded is not None
        else f"not computable: {figure.reason}"
    )
    rows: list[Row] = [
        {"field": "fact", "value": "derived"},
        {"field": "id", "value": figure.id},
        {"field": "label", "value": figure.label},
        {"field": "value", "value": figure.value},
        {"field": "shown", "value": shown},
        {"field": "formula", "value": figure.formula},
    ]
    rows.extend({"field": f"input {i}", "value": by_id[i].quote} for i in figure.inputs)
    notes = ("Derived: computed from the stated figures above, not stated by the report.",)
    return Listing(
        f"Cite: {figure.id}", FIELD_COLUMNS, rows, caption(facts), notes, show_header=False
    )


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | Decimal | bool):
        return value
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return str(value)  # dates


def source(facts: FactsFile) -> Listing:
    """Return the report itself: date, dateline, attribution and the full text."""
    src = facts.source
    rows: list[Row] = [
        {"field": "published", "value": src.published.isoformat() if src.published else NOT_STATED},
        {"field": "dateline", "value": src.dateline or NOT_STATED},
        {"field": "attribution", "value": src.attribution or NOT_STATED},
        {"field": "text", "value": src.text},
    ]
    return Listing("Source report", FIELD_COLUMNS, rows, show_header=False)


def trade_chart(facts: FactsFile) -> Chart:
    """Return a bar chart of each turnover with its exports and imports."""
    from kzeu.derive import trade_parts

    bars: list[Bar] = []
    for parts in trade_parts(facts):
        for stat in (parts.turnover, parts.exports, parts.imports):
            if stat.value is not None:
                bars.append(Bar(stat.label, stat.value, quantity(stat.value, stat, stat.qualifier)))
    empty = "nothing to chart: no turnover with exports and imports stated as parts of it"
    return Chart(heading(facts, "Trade"), tuple(bars), caption(facts), empty)


def completion_values(facts: FactsFile, what: str) -> list[str]:
    """Return the values present in the data for completion: "affiliation", "person" ids, or
    every fact "id"."""
    if what == "affiliation":
        return sorted({p.affiliation for p in facts.people})
    if what == "person":
        return [p.id for p in facts.people]
    return list(facts.by_id())
