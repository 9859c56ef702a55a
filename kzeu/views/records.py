"""The records of the meeting: ``kzeu overview`` (the meeting at a glance) and ``kzeu source``
(the report itself; across meetings, a row a report)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from kzeu.models import Event, FactsFile, Person, Source, Statistic
from kzeu.render import Cell, Column, Listing, Row, shortened
from kzeu.views.common import (
    NOT_STATED,
    UNLABELLED,
    UNNAMED,
    caption,
    event_date,
    field_row,
    heading,
    meeting_event,
    named,
    record_listing,
)
from kzeu.views.drafts import unsure_by_id
from kzeu.views.meetings import MEETING, sources_caption, span_title
from kzeu.views.trade import quantity

if TYPE_CHECKING:
    from kzeu.gate import Unconfirmed
    from kzeu.meetings import Meetings

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
    when = event_date(meeting) or meeting.timing
    rows: list[Row] = [
        # The title names the meeting; a draft's guessed name is shown again, marked.
        field_row(
            "meeting",
            {"id": meeting.id, "name": meeting.name},
            asked(meeting.name, fields=["name"]),
            drawn="name" in mine,
        ),
        field_row(
            "where",
            meeting.place,
            asked(meeting.place or NOT_STATED, fields=["place"]),
            drawn=not meeting.place or "place" in mine,
        ),
        field_row(
            "when",
            when,
            asked(when or NOT_STATED, fields=["date", "timing"]),
            drawn=not meeting.date or bool(mine & {"date", "timing"}),
        ),
        field_row(
            "who",
            [
                {"id": p.id, "name": p.name, "titles": p.titles, "affiliation": p.affiliation}
                for p in who
            ],
            tuple(asked(_person_line(p), p.id) for p in who),
        ),
        field_row(
            "purpose", meeting.purpose, asked(meeting.purpose or NOT_STATED, fields=["purpose"])
        ),
        field_row(
            "agenda",
            [{"id": t.id, "label": t.label} for t in facts.topics],
            tuple(
                shortened(
                    [asked(named(t.label, "unlabelled topic"), t.id) for t in facts.topics],
                    "kzeu topics",
                )
            ),
        ),
        field_row(
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
        field_row(
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
        field_row(
            "source",
            _source_object(facts.source),
            caption(facts).removeprefix("Source: ") + (" ?" if source_unsure else ""),
        ),
    ]
    return record_listing(heading(facts, "Overview"), rows)


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


def source(facts: FactsFile) -> Listing:
    """Return the report itself: date, dateline, attribution, outlet, title, URL and text."""
    src = facts.source
    published = src.published.isoformat() if src.published else None
    rows: list[Row] = [
        field_row("published", published, published or NOT_STATED),
        field_row("dateline", src.dateline, src.dateline or NOT_STATED),
        field_row("attribution", src.attribution, src.attribution or NOT_STATED),
        field_row("outlet", src.outlet, src.outlet or NOT_STATED),
        field_row("title", src.title, src.title or NOT_STATED),
        field_row("url", src.url, src.url or NOT_STATED),
        field_row("text", src.text),
    ]
    return record_listing("Source report", rows)


# --- the reports of several meetings -----------------------------------------------------------

SOURCE_COLUMNS = (
    MEETING,
    Column("published", "Published", no_wrap=True),
    Column("dateline", "Dateline"),
    Column("attribution", "Attribution"),
    Column("outlet", table=False),
    Column("title", "Title"),
    Column("url", table=False),
    Column("text", table=False),
)


def source_across(listed: Meetings) -> Listing:
    """List the reports, one row a meeting (``text``: the whole report, in the data formats)."""
    rows: list[Row] = []
    for meeting in listed:
        src = meeting.facts.source
        rows.append(
            {
                "meeting": meeting.key,
                "published": src.published.isoformat() if src.published else None,
                "dateline": src.dateline,
                "attribution": src.attribution,
                "outlet": src.outlet,
                "title": src.title,
                "url": src.url,
                "text": src.text,
            }
        )
    return Listing(
        span_title(listed, "Source reports"), SOURCE_COLUMNS, rows, sources_caption(listed)
    )
