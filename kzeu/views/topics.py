"""``kzeu topics``: the agenda, each item with who raised it and at which event."""

from __future__ import annotations

from kzeu.models import FactsFile, Topic
from kzeu.render import Column, Listing
from kzeu.views.common import (
    NOT_STATED,
    NothingMatches,
    caption,
    heading,
    named,
    names_by_id,
    rows_of,
)
from kzeu.views.people import matching_people

TOPIC_COLUMNS = (
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("label", "Topic"),
    Column("raised_by", table=False),
    Column("raised_by_names", "Raised by"),
    Column("event", table=False),
    Column("event_name", table=False),
    # Drawn, only an event other than the meeting the title names (blank: that meeting): a
    # column that repeated it on every row would take the width the topics need.
    Column("elsewhere", "At", data=False),
    Column("quote", table=False),
)


def topics(facts: FactsFile, *, raised_by: str | None = None) -> Listing:
    """List the agenda, optionally only items raised by one person (id or name: see
    ``matching_people``); drawn, the "At" column only where an item was raised at another
    event than the meeting (and not at all when none was)."""
    events = {e.id: e.name for e in facts.events}
    people = names_by_id(facts)
    agenda = Listing(heading(facts, "Agenda"), TOPIC_COLUMNS, [], caption(facts))
    chosen = list(facts.topics)
    if raised_by is not None:
        chosen = _raised_by(facts, raised_by, agenda)

    def elsewhere(topic: Topic) -> str | None:
        if topic.event == facts.meeting:
            return None
        return (
            NOT_STATED if topic.event is None else named(events.get(topic.event, ""), topic.event)
        )

    rows = rows_of(
        TOPIC_COLUMNS,
        chosen,
        raised_by_names=lambda topic: tuple(people[i] for i in topic.raised_by),
        event_name=lambda topic: events.get(topic.event or ""),
        elsewhere=elsewhere,
    )
    if not any(row["elsewhere"] for row in rows):
        columns = tuple(
            c._replace(table=False) if c.key == "elsewhere" else c for c in TOPIC_COLUMNS
        )
        return agenda._replace(columns=columns, rows=rows, empty="no topics listed")
    return agenda._replace(rows=rows, empty="no topics listed")


def _raised_by(facts: FactsFile, query: str, agenda: Listing) -> list[Topic]:
    names = names_by_id(facts)
    raisers = {i for t in facts.topics for i in t.raised_by}
    known = [f"{names[i]} ({i})" for i in names if i in raisers]
    found = matching_people(facts, query)
    if not found:
        raise NothingMatches(
            f"no person matches {query!r}",
            "topics were raised by",
            known,
            "kzeu people",
            listing=agenda,
        )
    ids = {p.id for p in found}
    chosen = [t for t in facts.topics if ids.intersection(t.raised_by)]
    if not chosen:
        who = " or ".join(p.name for p in found)
        raise NothingMatches(
            f"{who} raised no topic", "topics were raised by", known, "kzeu people", listing=agenda
        )
    return chosen
