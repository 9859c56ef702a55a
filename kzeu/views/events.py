"""``kzeu events``: place, timing in the report's words, status; a window where inferred."""

from __future__ import annotations

from kzeu.models import Event, FactsFile
from kzeu.render import Column, Listing
from kzeu.views.common import (
    NOT_STATED,
    UNNAMED,
    NothingMatches,
    caption,
    event_date,
    heading,
    named,
    names_by_id,
    rows_of,
)

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
                listing=Listing(heading(facts, "Events"), EVENT_COLUMNS, [], caption(facts)),
            )
    published = facts.source.published
    people = names_by_id(facts)
    windows = {e.id: None if e.date else inferred_window(e.timing, published) for e in chosen}

    def where_when(event: Event) -> str:
        when = [event.place or "", event.timing or "", event_date(event)]
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
