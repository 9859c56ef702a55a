"""The affiliation proposed for each person, completed once every person is found: an
organisation the title names ("CEO of Northwind Cargo LLP"), an institution of the EU
("President of the European Council": "EU"), a country's possessive before a modifier
("Ruritania's interim Minister"), the side or delegation the person is named in ("the
Ruritanian side was led by ...", "a delegation of the Parliament of Ruritania led by ..."), and the
countries of a title shared by two people named in the same order ("the energy ministers of A
and B, X and Y"). The country a title names (``titles.affiliation_named``) is read before; each
proposal stays listed for a reader to confirm, with its reason."""

from __future__ import annotations

import re
from itertools import pairwise

from kzeu.draft.drafted import TO_FILL, DraftPerson
from kzeu.draft.lexicon.people import (
    AFFILIATION_SPELLINGS,
    EU_BODIES,
    ORGANISATION_HEADS,
    POSSESSIVE_MODIFIERS,
    SIDE_NOUNS,
    STATE_BODY_WORDS,
)
from kzeu.draft.places import AFFILIATIONS, COUNTRIES
from kzeu.draft.report import Report

_CAPITALISED = r"[A-Z][\w'’&.-]*"
# "of the Northwind Logistics Group", "at Harbour University", "of the Ruritanian Bank for
# Reconstruction and Development (EBRD)": a run of capitalised words, with "for", "of", "and"
# inside, after "of" or "at"
_ORGANISATION = re.compile(
    rf"""\b(?:of|at)\ (?:the\ )?(?:[\w-]+-based\ )?
    (?P<name>{_CAPITALISED}(?:\ (?:(?:for|of|and|on)\ (?:the\ )?)?{_CAPITALISED})*)""",
    re.VERBOSE,
)
_SIDE_NOUNS = "|".join(SIDE_NOUNS)
_SIDE = re.compile(
    rf"""\b(?:[Tt]he|[Aa]n?)\ (?P<adjective>{_CAPITALISED})(?:\ [a-z]+)?\ (?:{_SIDE_NOUNS})\b
    | \bdelegations?\ of\ (?:the\ )?(?:{_CAPITALISED}\ )*?(?:of\ )?(?P<country>{_CAPITALISED})
      \ (?:led|headed|consisting|included|includes|comprising)\b""",
    re.VERBOSE,
)
_POSSESSIVE = re.compile(
    rf"\b(?P<country>{_CAPITALISED})['’]s\ (?:(?:{'|'.join(POSSESSIVE_MODIFIERS)})\ )$", re.VERBOSE
)
_TWO_COUNTRIES = re.compile(rf"\bof\ (?:the\ )?(?P<a>{_CAPITALISED})\ and\ (?P<b>{_CAPITALISED})\b")


def complete_affiliations(report: Report, people: list[DraftPerson]) -> None:
    """Give each person of ``people`` with no affiliation the one the text points to, listed."""
    _respective(people)
    for person in people:
        _complete(report, person)
        person.affiliation = _SPELLINGS.get(person.affiliation, person.affiliation)


def _complete(report: Report, person: DraftPerson) -> None:
    """Give ``person`` the organisation its title names, else the country before it."""
    if person.affiliation not in (TO_FILL, *_COUNTRY_NAMES):  # "the World Bank's director"
        person.unsure["affiliation"] = "proposed from the organisation named before the title"
    organisation = _organisation(person.titles)
    if organisation and _names_it(organisation, person.affiliation):
        person.affiliation = organisation
        person.unsure["affiliation"] = "proposed from the organisation the title names"
    if person.affiliation != TO_FILL:
        return
    at = report.text.find(person.quote, report.body)
    found = _before(report, at) if at >= 0 else None
    if found is not None:
        person.affiliation, person.unsure["affiliation"] = found


_EU = "EU"
_COUNTRY_NAMES = frozenset(AFFILIATIONS.values())
# the gazetteer's name of each affiliation -> its spelling in a facts file
_SPELLINGS = {AFFILIATIONS.get(name, name): spelt for name, spelt in AFFILIATION_SPELLINGS.items()}


def _names_it(organisation: str, affiliation: str) -> bool:
    """Whether ``organisation`` is the affiliation to propose over ``affiliation``: none was
    found, it is the EU's, or the country found is a word of its name ("Ruritania Railways",
    "Federation of Exporters of Ruritania": the country was read from the organisation)."""
    if affiliation == TO_FILL or organisation == _EU:
        return True
    named = {AFFILIATIONS.get(w) for w in organisation.split()}
    return bool(
        named & {affiliation, *(k for k, v in AFFILIATION_SPELLINGS.items() if v == affiliation)}
    )


def _organisation(titles: list[str]) -> str | None:
    """Return the organisation the first of ``titles`` names (its name up to an acronym in
    brackets or "in" a city), "EU" for an institution of the EU, else None."""
    for title in titles[:1]:
        if any(body in title for body in EU_BODIES):
            return _EU
        for match in _ORGANISATION.finditer(title):
            name = _shortest(match.group("name").split(" in ")[0])
            words = name.split()
            heads = [k for k, w in enumerate(words) if w in ORGANISATION_HEADS]
            if not heads or name in AFFILIATIONS or name in COUNTRIES:
                continue  # "of the Ruritanian Federation" names a country
            if any(k > 0 and words[k - 1] in STATE_BODY_WORDS for k in heads):
                continue
            return name
    return None


def _shortest(name: str) -> str:
    """Return the last part of ``name`` after an "of" that still names an organisation: "Board
    of Ruritania Railways" is the railways' board ("Federation of Exporters of Ruritania" stays
    whole)."""
    parts = name.split(" of ")
    for k in range(len(parts) - 1, 0, -1):
        last = " of ".join(parts[k:]).removeprefix("the ")
        if any(w in ORGANISATION_HEADS for w in last.split()):
            return last
    return name


def _before(report: Report, at: int) -> tuple[str, str] | None:
    """Return the country and why, read before offset ``at`` in its sentence: "Ruritania's
    interim Minister", the last side or delegation named ("the Ruritanian side by ...")."""
    sentence = report.sentence(at)
    before = report.text[sentence.start : at]
    possessive = _POSSESSIVE.search(before)
    if possessive and possessive.group("country") in AFFILIATIONS:
        return AFFILIATIONS[
            possessive.group("country")
        ], "proposed from the country before the title"
    sides = list(_SIDE.finditer(before))
    if not sides:
        return None
    word = sides[-1].group("adjective") or sides[-1].group("country")
    if word not in AFFILIATIONS or (sides[-1].group("country") and word not in COUNTRIES):
        return None
    return AFFILIATIONS[word], "proposed from the side or delegation the person is named in"


def _respective(people: list[DraftPerson]) -> None:
    """Give two people named in turn with one title of two countries ("the energy ministers of
    A and B, X and Y") the countries in the same order."""
    for first, second in pairwise(people):
        if first.titles != second.titles or first.affiliation or second.affiliation:
            continue
        both = _TWO_COUNTRIES.search(first.titles[0]) if first.titles else None
        if both is None or not all(both.group(k) in AFFILIATIONS for k in "ab"):
            continue
        for person, key in ((first, "a"), (second, "b")):
            person.affiliation = AFFILIATIONS[both.group(key)]
            person.unsure["affiliation"] = "proposed from the countries of a shared title, in turn"
