"""What each command lists: rows and columns built from a facts file, with stable keys.

The keys of each view are the JSON keys and CSV header that the README documents; changing one
is a breaking change. Titles and captions come from the facts file alone.
"""

from __future__ import annotations

from decimal import Decimal

from kzeu.derive import Derived, derived_figures
from kzeu.models import Event, FactsFile, Statistic
from kzeu.render import Column, Listing, Row

NOT_STATED = "not stated"


def heading(facts: FactsFile, what: str) -> str:
    """Return a title such as "People — <meeting>, <place>, <date>" for the file's meeting."""
    meeting = meeting_event(facts)
    where = ", ".join(p for p in (meeting.place, _date(meeting)) if p)
    return f"{what} — {meeting.name}" + (f", {where}" if where else "")


def caption(facts: FactsFile) -> str:
    """Return the line naming the source: dateline, publication date and attribution."""
    source = facts.source
    text = f"Source: report filed in {source.dateline}, published {source.published.isoformat()}"
    return text + (f"; according to {source.attribution}" if source.attribution else "")


def meeting_event(facts: FactsFile) -> Event:
    """Return the event the file is about (the loader proved that it exists)."""
    return next(e for e in facts.events if e.id == facts.meeting)


def _date(event: Event) -> str:
    return event.date.isoformat() if event.date else ""


def _names(facts: FactsFile, ids: tuple[str, ...]) -> tuple[str, ...]:
    names = {p.id: p.name for p in facts.people}
    return tuple(names[i] for i in ids)


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
    Column("raised_by", data=True, table=False),
    Column("raised_by_names", "Raised by"),
    Column("event", table=False),
    Column("event_name", "At"),
    Column("quote", table=False),
)


def topics(facts: FactsFile, *, raised_by: str | None = None) -> Listing:
    """List the agenda, optionally only items raised by one person (id or name, any case)."""
    events = {e.id: e.name for e in facts.events}
    wanted = raised_by.casefold() if raised_by else None
    rows: list[Row] = []
    for topic in facts.topics:
        names = _names(facts, topic.raised_by)
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
    return {
        "id": figure.id,
        "label": figure.label,
        "kind": "derived",
        "shown": quantity(figure.display_value, figure, None),
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
    """Return a value with its currency, scale and unit: "USD 49.7 billion", "+16.9%"."""
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
