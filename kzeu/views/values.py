"""The values the data holds: for shell completion, and for an id that was mistyped."""

from __future__ import annotations

from kzeu.models import FactsFile


def find_id(facts: FactsFile, typed: str) -> str | None:
    """Return the id of a fact or derived figure that ``typed`` names, in any case."""
    ids = completion_values(facts, "id")
    if typed in ids:
        return typed
    wanted = typed.strip().casefold()
    return next((i for i in ids if i.casefold() == wanted), None)


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
