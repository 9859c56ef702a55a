"""``kzeu people``: the officials, with their titles and affiliation; and the people a query
names, for the filters that take a person."""

from __future__ import annotations

from collections.abc import Iterable

from kzeu.models import FactsFile, Person
from kzeu.render import Column, Listing
from kzeu.views.common import NothingMatches, caption, heading, matcher, rows_of

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
        wanted = matcher(affiliation)
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
