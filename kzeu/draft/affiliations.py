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
from bisect import bisect_right
from itertools import pairwise

from kzeu.draft.drafted import TO_FILL, DraftPerson
from kzeu.draft.hosts import NATIONAL_BODIES, host_country, long_affiliation
from kzeu.draft.lexicon.people import (
    AFFILIATION_SPELLINGS,
    CHAIN_ABBREVIATIONS,
    CHAIN_CAPITALS,
    CHAIN_TITLES,
    EU_BODIES,
    HONORIFICS,
    ORGANISATION_HEADS,
    POSSESSIVE_MODIFIERS,
    SIDE_NOUNS,
    STATE_BODY_WORDS,
    STATE_TITLE_WORDS,
    STATE_TITLE_WORDS_ALONE,
)
from kzeu.draft.places import AFFILIATIONS, COUNTRIES, NOT_NAMES
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
_POSSESSIVE = re.compile(
    rf"\b(?P<country>{_CAPITALISED})['’]s\ (?:(?:{'|'.join(POSSESSIVE_MODIFIERS)})\ )$", re.VERBOSE
)
_TWO_COUNTRIES = re.compile(rf"\bof\ (?:the\ )?(?P<a>{_CAPITALISED})\ and\ (?P<b>{_CAPITALISED})\b")
# The capitalised words just before a title: "Rosatom deputy director general", "EBRD Managing
# Director", "Korea Gas Corporation executive vice-president" (a bounded window is searched)
_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[\s(\"“]))(?P<name>(?:{_CAPITALISED}\ ){{0,4}}{_CAPITALISED})\ \Z", re.VERBOSE
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# "head of the HTA office in Prague", "of the Harbour Trade Agency (HTA) office"
_ACRONYM_OFFICE = re.compile(
    r"""\bof\ the\ (?:(?P<full>[^()]+)\ \([A-Z]{2,6}\)|(?P<acronym>[A-Z]{2,6})
    |(?P<owner>[A-Z][^()'’]+)['’]s)\ office\b""",
    re.VERBOSE,
)
# "and" or a comma before two capitalised words, the first no institution's: a name, not a
# word of the organisation's name ("for Reconstruction and Development" goes on)
_NEXT_NAME = re.compile(
    r",?\ and\ (?=[A-Z][\w'’-]*\ [A-Z])(?!(?:" + "|".join(sorted(NOT_NAMES)) + r")\b)|,\ "
)
_HONORIFIC_WORDS = HONORIFICS | CHAIN_ABBREVIATIONS | CHAIN_TITLES
_WINDOW = 80
# The name an acronym stands for, right before its bracket: "Harbour Bank for Trade (HBT)"
_SPELT_OUT = re.compile(
    rf"(?P<full>{_CAPITALISED}(?:\ (?:(?:for|of|and|on)\ (?:the\ )?)?{_CAPITALISED}){{1,8}})\Z"
)  # characters read before a title or after a name for an organisation


class _Context:
    """What the report says of sides and hosts, read once: the sides and delegations it names,
    where each ends, and its cities."""

    def __init__(self, report: Report) -> None:
        self.report = report
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
    context = _Context(report)
    for person in people:
        _complete(context, person)
        person.affiliation = _SPELLINGS.get(person.affiliation, person.affiliation)


def _complete(context: _Context, person: DraftPerson) -> None:
    """Give ``person`` the organisation or state body its title names, else the country or side
    the text names before it, else the host country of an official."""
    report = context.report
    if person.affiliation not in (TO_FILL, *_COUNTRY_NAMES):  # "the World Bank's director"
        person.unsure["affiliation"] = "proposed from the organisation named before the title"
    at = report.text.find(person.quote, report.body)
    body = _national_body(person.titles)
    if body is not None and person.affiliation == TO_FILL:
        person.affiliation = body
        person.unsure["affiliation"] = "proposed from the legislature or state body the title names"
    organisation = _organisation(person.titles) or (
        _organisation_around(report, at, person) if at >= 0 and body is None else None
    )
    if organisation and _names_it(organisation, person.affiliation):
        person.affiliation = organisation
        person.unsure["affiliation"] = "proposed from the organisation the title names"
    if person.affiliation != TO_FILL or at < 0:
        return
    named = report.text.find(person.name, at, at + len(person.quote))
    found = _bracketed(report, named + len(person.name)) if named >= 0 else None
    found = found or (_of_country(report, named + len(person.name)) if named >= 0 else None)
    found = found or _before(context, at)
    found = found or _host(context, at, person)
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


def _national_body(titles: list[str]) -> str | None:
    """Return the country of the legislature or state body one of ``titles`` names by its own
    name ("Speaker of the Jogorku Kenesh"), or None."""
    for title in titles:
        for body, country in NATIONAL_BODIES.items():
            if re.search(rf"\b{re.escape(body)}\b", title):
                return country
    return None


def _organisation(titles: list[str]) -> str | None:
    """Return the organisation the first of ``titles`` names (its name up to an acronym in
    brackets or "in" a city), "EU" for an institution of the EU named by any, else None."""
    if any(body in title for title in titles for body in EU_BODIES):
        return _EU
    for title in titles[:1]:
        found = _organisation_in(title)
        if found:
            return found
        office = _ACRONYM_OFFICE.search(title)
        if office:
            return office.group("full") or office.group("acronym") or office.group("owner")
    return None


def _organisation_in(text: str) -> str | None:
    """Return the organisation named after "of" or "at" in ``text``, or None."""
    for match in _ORGANISATION.finditer(text):
        name = _shortest(match.group("name").split(" in ")[0]).rstrip(".")
        words = name.split()
        heads = [k for k, w in enumerate(words) if w in ORGANISATION_HEADS]
        if not heads and _works_at(match, words):
            return name  # "an analyst at Harbour Finance in Prague"
        if not heads or name in AFFILIATIONS or name in COUNTRIES:
            continue  # "of the Ruritanian Federation" names a country
        if any(k > 0 and words[k - 1] in STATE_BODY_WORDS for k in heads):
            continue
        return name
    return None


def _works_at(match: re.Match[str], words: list[str]) -> bool:
    """Whether "at" and the capitalised words ``words`` after it name the firm a person works
    at ("analyst at Harbour Finance"): no country, no state's office, no place's word."""
    if not match.group().startswith("at "):
        return False
    return not any(w in AFFILIATIONS or w in COUNTRIES or w in _STATE_OFFICES for w in words)


_STATE_OFFICES = frozenset(
    ("Ministry", "Embassy", "Government", "Cabinet", "Parliament", "Office", "Consulate", "Palace")
)


def _organisation_around(report: Report, at: int, person: DraftPerson) -> str | None:
    """Return the organisation named right after the person's quote ("economist Jan Novak of
    the Harbour Policy Centre", "a fellow at the Prague-based Harbour Institute") or right
    before their title ("Northwind Cargo Group chief executive Jan Novak", "EBRD Managing
    Director Jan Novak"), or None."""
    end = at + len(person.quote)
    after = re.split(r"[.;:!?–—(](?:\s|$)|\n", report.text[end : end + _WINDOW])[0]
    after = _NEXT_NAME.split(after)[0]  # "... Bank and Jan Novak of ...": the next person
    if after.startswith((" of ", " at ")):
        found = _organisation_in(after)
        if found:
            return found
    if person.titles == [person.name] or not person.quote.startswith(person.titles[0]):
        return None  # no title before the name: the words before it are the sentence's
    window = report.text[max(report.sentence(at).start, at - _WINDOW) : at]
    before = _BEFORE_TITLE.search(window)
    lower_title = person.quote[:1].islower()
    if before is None or not _an_organisation(before, lower_title=lower_title):
        return None
    return _expanded(report, before.group("name"))


def _an_organisation(before: re.Match[str], *, lower_title: bool) -> bool:
    """Whether the capitalised words before a title name an organisation: they hold a head word
    ("Harbour Cargo Group"), or are one acronym ("EBRD") or one name of its own before a
    lower-case title ("Northwind chief executive"), and no country or common word."""
    words = before.group("name").split()
    if any(w in ORGANISATION_HEADS for w in words):
        return not all(w in AFFILIATIONS or w in ORGANISATION_HEADS for w in words)
    if len(words) != 1 or words[0] in AFFILIATIONS or words[0] in COUNTRIES:
        return False
    if words[0].rstrip(".").lower() in _HONORIFIC_WORDS or words[0] in CHAIN_CAPITALS:
        return False  # "HE Minister of ...", "H.E. Sheikh ..."
    word = words[0]
    if _ACRONYM.fullmatch(word):
        return True
    opens = before.start() == 0  # "Meanwhile foreign minister ...": a sentence's first word
    return lower_title and not opens and word not in NOT_NAMES and not word.endswith(("'s", "’s"))


def _expanded(report: Report, name: str) -> str:
    """Return the full name an acronym stands for when the report spells it out before it in
    brackets ("the Harbour Bank for Trade (HBT)"), else ``name``."""
    if not _ACRONYM.fullmatch(name):
        return name
    bracket = report.text.find(f" ({name})")
    if bracket < 0:
        return name
    # the words just before the first bracket: a bounded window, read once
    spelt = _SPELT_OUT.search(report.text, max(0, bracket - 2 * _WINDOW), bracket)
    return spelt.group("full").removeprefix("The ") if spelt else name


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


def _side(match: re.Match[str]) -> str | None:
    """Return what a side or delegation named by ``match`` stands for: a country ("the
    Ruritanian side", "a delegation of the Parliament of Ruritania"), "EU", a legislature's
    country ("of the Bundestag"), an organisation ("of the Harbour Investment Bank"), or None."""
    adjective = match.group("adjective") or match.group("represented")
    if adjective is not None:
        return AFFILIATIONS.get(adjective)
    body = match.group("body")
    if any(eu in body for eu in EU_BODIES):
        return _EU
    national = _national_body([body])
    if national is not None:
        return national
    organisation = _organisation_in(f"of {body}")
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
