"""``kzeu people``: the officials, with their titles and affiliation; the people a query names,
for the filters that take a person; and across meetings, everyone merged: a person named in
several meetings (the same id, or the same name in any case and with or without accents) is one
row listing their meetings and titles over time."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kzeu.models import FactsFile, Person
from kzeu.render import Column, Listing, Row
from kzeu.views.common import NothingMatches, caption, heading, matcher, rows_of
from kzeu.views.meetings import sources_caption, span_title

if TYPE_CHECKING:
    from kzeu.meetings import Meeting, Meetings

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
    people = Listing(heading(facts, "People"), PEOPLE_COLUMNS, [], caption(facts))
    if affiliation is not None:
        wanted = matcher(affiliation)
        chosen = [p for p in facts.people if wanted and wanted.matches(p.affiliation)]
        if not chosen:
            raise NothingMatches(
                f"no person has the affiliation {affiliation!r}",
                "affiliations",
                sorted({p.affiliation for p in facts.people}),
                "kzeu people",
                listing=people,
            )
    return people._replace(rows=rows_of(PEOPLE_COLUMNS, chosen), empty="no people listed")


def matching_people(facts: FactsFile, query: str) -> list[Person]:
    """Return the people ``query`` names: by id or whole name if one has it, else every person
    whose name or id matches it (a surname, a part of a name: see ``kzeu.search``)."""
    from kzeu.search import fold

    wanted = matcher(query)
    if not wanted:
        return []
    typed = " ".join(wanted.words)
    exact = [
        p
        for p in facts.people
        if p.id.casefold() == query.strip().casefold() or " ".join(matcher(p.name).words) == typed
    ]
    if exact:
        return exact
    return [p for p in facts.people if wanted.matches(p.name, fold(p.id))]


# --- people, merged across meetings -------------------------------------------------------------

MERGED_COLUMNS = (
    # The titles say each meeting's date: the keys come after the name, and give way first.
    Column("meeting", "Meetings", gives_way=True),
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("name", "Name"),
    Column("titles", table=False),
    Column("titles_over_time", "Titles", data=False),
    Column("affiliation", "Affiliation"),
    Column("history", table=False),
)


class _Someone:
    """A person as several meetings name them: each meeting's key and record, in date order."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: list[tuple[Meeting, Person]] = []

    @property
    def latest(self) -> Person:
        return self.seen[-1][1]

    def titles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for _, p in self.seen for t in p.titles))

    def affiliations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.affiliation for _, p in self.seen))


def _name_key(name: str) -> str:
    from kzeu.search import fold

    return " ".join(fold(name).split())


def _merged(listed: Meetings) -> list[_Someone]:
    """Return everyone named in ``listed``, a person in several meetings once: matched by id
    first, then by name folded (case, accents, spaces); never two people of one meeting."""
    everyone: list[_Someone] = []
    by_id: dict[str, _Someone] = {}
    by_name: dict[str, _Someone] = {}
    keys: dict[str, str] = {}  # each name folded once: the same people meet again and again
    for meeting in listed:
        for person in meeting.facts.people:
            name = keys.get(person.name)
            if name is None:
                name = keys[person.name] = _name_key(person.name)
            someone = by_id.get(person.id) or by_name.get(name)
            if someone is None or someone.seen[-1][0] is meeting:
                someone = _Someone()
                everyone.append(someone)
            someone.seen.append((meeting, person))
            by_id.setdefault(person.id, someone)
            by_name.setdefault(name, someone)
    return everyone


def people_across(listed: Meetings, *, affiliation: str | None = None) -> Listing:
    """List everyone named, one row a person across meetings: their meetings, their titles
    over time (each with the meeting's date), their latest affiliation; ``affiliation`` keeps
    those who had a matching one in any meeting."""
    everyone = _merged(listed)
    if affiliation is not None:
        from kzeu.search import Query

        wanted = Query(affiliation)
        chosen = [s for s in everyone if wanted and wanted.matches(*s.affiliations())]
        if not chosen:
            raise NothingMatches(
                f"no person has the affiliation {affiliation!r}",
                "affiliations",
                sorted({a for s in everyone for a in s.affiliations()}),
                "kzeu people",
                listing=Listing(span_title(listed, "People"), MERGED_COLUMNS, []),
            )
        everyone = chosen
    days = {id(m): m.day for m in listed}  # each meeting's date written once, not per person
    rows: list[Row] = [
        {
            "meeting": tuple(m.key for m, _ in s.seen),
            "id": s.seen[0][1].id,
            "name": s.seen[0][1].name,
            "titles": s.titles(),
            "titles_over_time": tuple(
                f"{days[id(m)] or m.key}: {', '.join(p.titles)}" for m, p in s.seen
            ),
            "affiliation": s.latest.affiliation,
            "history": [
                {
                    "meeting": m.key,
                    "date": days[id(m)],
                    "id": p.id,
                    "name": p.name,
                    "titles": p.titles,
                    "affiliation": p.affiliation,
                    "role": p.role,
                    "quote": p.quote,
                }
                for m, p in s.seen
            ],
        }
        for s in everyone
    ]
    return Listing(span_title(listed, "People"), MERGED_COLUMNS, rows, sources_caption(listed))
