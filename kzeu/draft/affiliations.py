"""The affiliation proposed for each person, completed once every person is found, in this
order: a legislature or state body the title names by its own name ("Speaker of the Saeima"),
the organisation the person is of (``organisations.py``: in the title, right after the name,
right before the title; "EU" for an institution of the EU), a country in brackets after the name
("Eva Horn (Austria)"), a ministry's country after it ("of Ruritania's Ministry of Trade"), a
country's possessive before a modifier ("Ruritania's interim Minister"), the side or delegation
the person is named in ("the Ruritanian side was led by ...", "a delegation of the Harbour Bank
led by its ...", "The delegation also included ..."), and last, for a state's official whose
title names no country, the host country (``hosts.py``: the report's first city); the countries
of a title shared by two people named in the same order ("the energy ministers of A and B, X and
Y") and a counterpart of another country's official in the host's city. The country a title
names (``countries_named.affiliation_named``) is read before; each proposal stays listed for a
reader to confirm, with its reason."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from kzeu.draft.drafted import TO_FILL, DraftPerson
from kzeu.draft.hosts import NATIONAL_BODIES, host_country, long_affiliation
from kzeu.draft.led_by import eu_titled, led_by, of_country, of_initials
from kzeu.draft.lexicon.people import (
    AFFILIATION_SPELLINGS,
    EU_BODIES,
    POSSESSIVE_MODIFIERS,
    SIDE_NOUNS,
    STATE_TITLE_WORDS,
    STATE_TITLE_WORDS_ALONE,
)
from kzeu.draft.organisations import CAPITALISED as _CAPITALISED
from kzeu.draft.organisations import (
    EU,
    body_named,
    organisation,
    organisation_around,
    organisation_in,
)
from kzeu.draft.places import AFFILIATIONS
from kzeu.draft.report import Report
from kzeu.quotes import WordIndex, words_of

_SIDE_NOUNS = "|".join(SIDE_NOUNS)
# "the Ruritanian side", "A Ruritanian parliamentary delegation", "The Ruritanian Delegation";
# "a delegation of the German Bundestag consisting of", "the delegation of Ruritania was led by",
# "a delegation of the Harbour Investment Bank led by": the words of the delegation's body;
# "Ruritania was represented by"
_SIDE = re.compile(
    rf"""\b(?:[Tt]he|[Aa]n?)\ (?P<adjective>{_CAPITALISED})(?:\ [a-z]+)?\ (?i:{_SIDE_NOUNS})\b
    | \b(?i:delegations?)\ of\ (?:the\ )?
      (?P<body>{_CAPITALISED}(?:\ (?:(?:of|for|and)\ (?:the\ )?)?{_CAPITALISED}){{0,7}})
      ,?\ (?:(?:was|were)\ )?(?:led|headed|consisting|included|includes|comprising)\b
    | \b(?P<represented>{_CAPITALISED})\ (?:was|were)\ represented\ by\b""",
    re.VERBOSE,
)
# "The delegation also included ...": the delegation named last, in an earlier sentence
_THE_DELEGATION = re.compile(
    r"""\b[Tt]he\ delegation\ (?:also\ )?
    (?:included|includes|consisted|consists|comprised|comprises
    |was\ (?:also\ )?(?:made\ up|composed))
    \b""",
    re.VERBOSE,
)
# "Ruritania's interim Minister", "Ruritania's Investment Minister": a modifier or one or two
# capitalised field words between the country's possessive and the title
_POSSESSIVE = re.compile(
    rf"""\b(?P<country>{_CAPITALISED})['’]s\ (?:
      (?:{"|".join(POSSESSIVE_MODIFIERS)})\ |(?:{_CAPITALISED}\ ){{1,2}})$""",
    re.VERBOSE,
)
_TWO_COUNTRIES = re.compile(rf"\bof\ (?:the\ )?(?P<a>{_CAPITALISED})\ and\ (?P<b>{_CAPITALISED})\b")
_WINDOW = 80


class _Context:
    """What the report says of sides and hosts, read once: the sides and delegations it names,
    where each ends, and its cities."""

    def __init__(self, report: Report, people: list[DraftPerson]) -> None:
        self.report = report
        self.places = _quote_places(report, people)
        found = [(m.end(), _side(m)) for m in _SIDE.finditer(report.text)]
        self.side_ends = [end for end, _ in found]
        self.sides = [side for _, side in found]
        self.host = host_country(report.text)

    def side_before(self, at: int, since: int) -> str | None:
        """Return the side named last before offset ``at`` and from offset ``since``, or None
        (a side of no known country or body is none)."""
        k = bisect_right(self.side_ends, at)
        if k == 0 or self.side_ends[k - 1] < since:
            return None
        return self.sides[k - 1]


def complete_affiliations(report: Report, people: list[DraftPerson]) -> None:
    """Give each person of ``people`` with no affiliation the one the text points to, listed."""
    _respective(people)
    context = _Context(report, people)
    for person in people:
        _complete(context, person)
        person.affiliation = _SPELLINGS.get(person.affiliation, person.affiliation)
    _counterparts(context, people)


_FEW_PEOPLE = 100


def _quote_places(report: Report, people: list[DraftPerson]) -> dict[str, int]:
    """Return where each person's quote first occurs in the body (-1: nowhere), found through
    one index of the text's words (``kzeu.quotes.WordIndex``: by the quote's rarest word), not
    by searching the text from the body's start for each person, which a report of thousands
    of people would make quadratic."""
    text, body = report.text, report.body
    if len(people) <= _FEW_PEOPLE:  # a search each costs less than a pass over all the words
        return {person.id: text.find(person.quote, body) for person in people}
    index = WordIndex(text, {word for person in people for word in words_of(person.quote)})
    places: dict[str, int] = {}
    for person in people:
        at, _ = index.find(person.quote, len(text))
        if at is None or 0 <= at < body:  # not indexed, or first in the header: search the body
            at = text.find(person.quote, body)
        places[person.id] = at
    return places


_COUNTERPART_WHY = "proposed from the report's first city: the counterpart of another country's"


def _counterparts(context: _Context, people: list[DraftPerson]) -> None:
    """Give a counterpart with no country ("held talks with his counterpart Jan Novak") the host
    country, when the people named before them in their sentence are of another."""
    if context.host is None:
        return
    host = _SPELLINGS.get(AFFILIATIONS.get(context.host, context.host), context.host)
    report = context.report
    for k, person in enumerate(people):
        if person.affiliation != TO_FILL or person.titles not in (["counterpart"], ["Counterpart"]):
            continue
        at = context.places[person.id]
        sentence = report.sentence(at) if at >= 0 else None
        if sentence is None:
            continue
        met = [
            p.affiliation
            for p in people[:k]
            if sentence.start <= report.text.find(p.quote, sentence.start) < at
        ]
        if met and host not in met:
            person.affiliation = host
            person.unsure["affiliation"] = _COUNTERPART_WHY


def _complete(context: _Context, person: DraftPerson) -> None:
    """Give ``person`` the organisation or state body its title names, else the country or side
    the text names before it, else the host country of an official."""
    report = context.report
    if person.affiliation not in (TO_FILL, *_COUNTRY_NAMES):  # "the World Bank's director"
        person.unsure["affiliation"] = "proposed from the organisation named before the title"
    at = context.places[person.id]
    body = _national_body(person.titles)
    if body is not None and person.affiliation == TO_FILL:
        person.affiliation = body
        person.unsure["affiliation"] = "proposed from the legislature or state body the title names"
    organisation_named = organisation(person.titles) or (
        organisation_around(report, at, person) if at >= 0 and body is None else None
    )
    if organisation_named and _names_it(organisation_named, person.affiliation):
        person.affiliation = organisation_named
        person.unsure["affiliation"] = "proposed from the organisation the title names"
    if person.affiliation != TO_FILL or at < 0:
        return
    named = report.text.find(person.name, at, at + len(person.quote))
    found = _bracketed(report, named + len(person.name)) if named >= 0 else None
    found = found or (_of_country(report, named + len(person.name)) if named >= 0 else None)
    found = found or (of_initials(report.text, named + len(person.name)) if named >= 0 else None)
    found = found or (of_country(report.text, named + len(person.name)) if named >= 0 else None)
    found = found or _before(context, at)
    found = found or led_by(report.text, at) or eu_titled(report.text, person.titles)
    found = found or _host(context, at, person)
    # the first title that names a body ("President", then "Chief Executive Officer of X")
    body = next(filter(None, map(body_named, person.titles)), None) if found is None else None
    found = found or ((body, "proposed from the body the title names") if body else None)
    if found is not None:
        person.affiliation, person.unsure["affiliation"] = found


_COUNTRY_NAMES = frozenset(AFFILIATIONS.values())
# the gazetteer's name of each affiliation -> its spelling in a facts file
_SPELLINGS = {AFFILIATIONS.get(name, name): spelt for name, spelt in AFFILIATION_SPELLINGS.items()}


def _names_it(organisation: str, affiliation: str) -> bool:
    """Whether ``organisation`` is the affiliation to propose over ``affiliation``: none was
    found, it is the EU's, or the country found is a word of its name ("Ruritania Railways",
    "Federation of Exporters of Ruritania": the country was read from the organisation)."""
    if affiliation == TO_FILL or organisation == EU:
        return True
    named = {AFFILIATIONS.get(w) for w in organisation.split()}
    return bool(
        named & {affiliation, *(k for k, v in AFFILIATION_SPELLINGS.items() if v == affiliation)}
    )


def _national_body(titles: list[str]) -> str | None:
    """Return the country of the legislature or state body one of ``titles`` names by its own
    name ("Speaker of the Jogorku Kenesh"), or None."""
    for title in titles:
        for body, country in _NATIONAL_BODIES:
            if body.search(title):
                return country
    return None


# Each legislature or state body by its own name, as a whole word, in the table's order.
_NATIONAL_BODIES = [
    (re.compile(rf"\b{re.escape(body)}\b"), country) for body, country in NATIONAL_BODIES.items()
]


def _side(match: re.Match[str]) -> str | None:
    """Return what a side or delegation named by ``match`` stands for: a country ("the
    Ruritanian side", "a delegation of the Parliament of Ruritania"), "EU", a legislature's
    country ("of the Bundestag"), an organisation ("of the Harbour Investment Bank"), or None."""
    adjective = match.group("adjective") or match.group("represented")
    if adjective is not None:
        return AFFILIATIONS.get(adjective)
    body = match.group("body")
    if any(eu in body for eu in EU_BODIES):
        return EU
    national = _national_body([body])
    if national is not None:
        return national
    organisation = organisation_in(f"of {body}")
    if organisation is not None:
        return organisation
    for long_name in _LONG_COUNTRIES:
        if long_name in body:
            return AFFILIATIONS.get(long_name, long_name)
    return next((AFFILIATIONS[w] for w in body.split() if w in AFFILIATIONS), None)


_LONG_COUNTRIES = ("United States", "United Kingdom", "United Arab Emirates", "Saudi Arabia")


def _before(context: _Context, at: int) -> tuple[str, str] | None:
    """Return the country and why, read before offset ``at`` in its sentence: "Ruritania's
    interim Minister", the last side or delegation named ("the Ruritanian side by ..."), or
    the delegation named in an earlier sentence ("The delegation also included ...")."""
    report = context.report
    sentence = report.sentence(at)
    before = report.text[sentence.start : at]
    possessive = _POSSESSIVE.search(before)
    if possessive and possessive.group("country") in AFFILIATIONS:
        return AFFILIATIONS[
            possessive.group("country")
        ], "proposed from the country before the title"
    side = context.side_before(at, sentence.start)
    if side is None and _THE_DELEGATION.search(before[-4 * _WINDOW :]):
        side = context.side_before(sentence.start, 0)
    if side is None:
        return None
    return side, "proposed from the side or delegation the person is named in"


_BRACKETED = re.compile(rf"\ ?\((?P<country>{_CAPITALISED}(?:\ {_CAPITALISED}){{0,2}})\)")


def _bracketed(report: Report, end: int) -> tuple[str, str] | None:
    """Return the country in brackets right after a name ("Eva Horn (Austria)") and why."""
    found = _BRACKETED.match(report.text, end, end + _WINDOW)
    if found is None:
        return None
    name = found.group("country")
    country = AFFILIATIONS.get(name) or (
        long_affiliation(name) if name in _LONG_COUNTRIES else None
    )
    return (country, "proposed from the country in brackets after the name") if country else None


# "Jan Novak of Ruritania's Ministry of Commerce", "of the Ruritanian trade ministry"
_OF_COUNTRY = re.compile(
    rf"\ of\ (?:the\ )?(?P<country>{_CAPITALISED}?)(?:['’]s)?\ (?:[a-z]+\ )?(?i:ministry)\b"
)


def _of_country(report: Report, end: int) -> tuple[str, str] | None:
    """Return the country of the ministry named right after a name, and why."""
    found = _OF_COUNTRY.match(report.text, end, end + _WINDOW)
    country = AFFILIATIONS.get(found.group("country").rstrip("'’")) if found else None
    return (country, "proposed from the ministry named after the name") if country else None


def _host(context: _Context, at: int, person: DraftPerson) -> tuple[str, str] | None:
    """Return the host country proposed for an official of a state whose title names no
    country ("Minister of Finance Jan Novak"): the country of the report's first city."""
    words = {w.lower().strip(",") for title in person.titles for w in title.split()}
    alone = not words & {"of", "at", "for"} and words & STATE_TITLE_WORDS_ALONE
    if not (words & STATE_TITLE_WORDS or alone) or "counterpart" in words:
        return None
    country = context.host
    if country is None:
        return None
    why = "proposed from the report's first city: a title naming no country is often the host's"
    return AFFILIATIONS.get(country, country), why


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
