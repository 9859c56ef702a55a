"""The organisation a person is of, as the text names it: in the title ("CEO of Northwind
Cargo LLP", "fellow at the Harbour Policy Institute"), right after the name ("economist Jan Novak
of the Harbour Policy Centre"), right before the title ("Northwind Cargo Group chief executive",
"EBRD Managing Director", an acronym spelt out elsewhere in brackets), or a body's office ("the
head of the HTA office in Prague"); "EU" for an institution of the EU. A state's own body
("National Bank") is no organisation: its holder is the state's."""

from __future__ import annotations

import re

from kzeu.draft.bodies_named import named_as_bodies
from kzeu.draft.drafted import DraftPerson
from kzeu.draft.found import Found
from kzeu.draft.lexicon.bodies import LEGAL_FORMS
from kzeu.draft.lexicon.people import (
    CHAIN_ABBREVIATIONS,
    CHAIN_CAPITALS,
    CHAIN_TITLES,
    COMPANY_WORDS,
    EU_BODIES,
    FACILITY_WORDS,
    HONORIFICS,
    ORGANISATION_HEADS,
    SCHOOL_HEADS,
    STATE_BODY_WORDS,
)
from kzeu.draft.places import AFFILIATIONS, COUNTRIES, NOT_NAMES
from kzeu.draft.report import Report
from kzeu.draft.words import Words, bare

EU = "EU"
CAPITALISED = r"[A-Z][\w'’&.-]*"
_CAPITALISED = CAPITALISED
_WINDOW = 80  # characters read before a title or after a name for an organisation
# "of the Northwind Logistics Group", "at Harbour University", "of the Ruritanian Bank for
# Reconstruction and Development (EBRD)": a run of capitalised words, with "for", "of", "and"
# inside, after "of" or "at"
_ORGANISATION = re.compile(
    rf"""\b(?:of|at)\ (?:the\ )?(?:[\w-]+-based\ )?
    (?P<name>{_CAPITALISED}(?:\ (?:(?:for|of|and|on)\ (?:the\ )?)?{_CAPITALISED})*)""",
    re.VERBOSE,
)
# The capitalised words just before a title: "Rosatom deputy director general", "EBRD Managing
# Director", "Korea Gas Corporation executive vice-president" (a bounded window is searched)
_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[\s(\"“]))(?P<name>(?:{_CAPITALISED}\ ){{0,4}}{_CAPITALISED})\ \Z", re.VERBOSE
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# the head words of firms a report names again as "the bank", "the fund"
_FIRM_HEADS = ("Bank", "Fund", "Company", "Group", "Holding", "Corporation", "Capital", "Airlines")
# a firm's or body's name of two words or more in the possessive, ending on its head word
_FIRM_POSSESSIVE = re.compile(
    rf"\ (?:{'|'.join(sorted(ORGANISATION_HEADS | COMPANY_WORDS))})['’]s\Z", re.VERBOSE
)
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
# The name an acronym stands for, right before its bracket: "Harbour Bank for Trade (HBT)"
_SPELT_OUT = re.compile(
    rf"(?P<full>{_CAPITALISED}(?:\ (?:(?:for|of|and|on)\ (?:the\ )?)?{_CAPITALISED}){{1,8}})\Z"
)


def organisation(titles: list[str]) -> str | None:
    """Return the organisation the first of ``titles`` names (its name up to an acronym in
    brackets or "in" a city), "EU" for an institution of the EU named by any, else None."""
    if any(body in title for title in titles for body in EU_BODIES):
        return EU
    for title in titles[:1]:
        found = organisation_in(title)
        if found:
            return found
        office = _ACRONYM_OFFICE.search(title)
        if office:
            return office.group("full") or office.group("acronym") or office.group("owner")
    return None


def organisation_in(text: str) -> str | None:
    """Return the organisation named after "of" or "at" in ``text``, or None."""
    for match in _ORGANISATION.finditer(text):
        name = _shortest(match.group("name").split(" in ")[0]).rstrip(".")
        if name in LEGAL_FORMS and (quoted := _QUOTED.match(text, match.end())):
            return quoted.group("name")  # 'of JSC "NC "Harbour Gas"': the firm named in quotes
        words = name.split()
        heads = [k for k, w in enumerate(words) if w in ORGANISATION_HEADS]
        if not heads and _works_at(match, words):
            return name  # "an analyst at Harbour Finance in Prague"
        if not heads or name in AFFILIATIONS or name in COUNTRIES:
            continue  # "of the Ruritanian Federation" names a country
        if any(k > 0 and words[k - 1] in STATE_BODY_WORDS for k in heads) and not any(
            words[k] in SCHOOL_HEADS for k in heads
        ):
            continue
        return name
    return None


# a name in quotes after a legal form, its innermost name if names nest ('"NC "Harbour Gas"')
_QUOTED = re.compile(
    r"""\ [«"“„](?:[^«"“„”»\n]{1,40}\ [«"“„])?(?P<name>[^«"“„”»\n]{1,80})[»"”]""", re.VERBOSE
)


def _works_at(match: re.Match[str], words: list[str]) -> bool:
    """Whether "at" and the capitalised words ``words`` after it name the firm a person works
    at ("analyst at Harbour Finance"): no country, no state's office, no place's word, no
    venue where people meet ("met Jan Novak at the Grand Hotel")."""
    if not match.group().startswith("at "):
        return False
    return not any(
        w in AFFILIATIONS or w in COUNTRIES or w in _STATE_OFFICES or w in FACILITY_WORDS
        for w in words
    )


_STATE_OFFICES = frozenset(
    ("Ministry", "Embassy", "Government", "Cabinet", "Parliament", "Office", "Consulate", "Palace")
)


def organisation_around(report: Report, at: int, person: DraftPerson) -> str | None:
    """Return the organisation named right after the person's quote ("economist Jan Novak of
    the Harbour Policy Centre", "a fellow at the Prague-based Harbour Institute") or right
    before their title ("Northwind Cargo Group chief executive Jan Novak", "EBRD Managing
    Director Jan Novak"), or None."""
    end = at + len(person.quote)
    after = re.split(r"[.;:!?–—(](?:\s|$)|\n", report.text[end : end + _WINDOW])[0]
    after = _NEXT_NAME.split(after)[0]  # "... Bank and Jan Novak of ...": the next person
    if after.startswith((" of ", " at ")):
        found = organisation_in(after)
        if found:
            return found
    if person.titles == [person.name] or not person.quote.startswith(person.titles[0]):
        return None  # no title before the name: the words before it are the sentence's
    window = report.text[max(report.sentence(at).start, at - _WINDOW) : at]
    before = _BEFORE_TITLE.search(window)
    lower_title = person.quote[:1].islower()
    if before is None:
        return _firm_named_before(report, at, window)
    if _FIRM_POSSESSIVE.search(before.group("name")):  # "Falcon Gulf Capital's chief executive"
        return _expanded(report, bare(before.group("name")))
    if not _an_organisation(before, lower_title=lower_title):
        return None
    return _expanded(report, before.group("name"))


def _firm_named_before(report: Report, at: int, window: str) -> str | None:
    """Return the firm a title's "the bank's" or "the fund's" points back to: the last name
    ending on that head word the report gives before ("Harbour Crest Bank ... the bank's chief
    executive, Jan Novak"), read in a bounded stretch before the title; else None."""
    head = _THE_FIRMS.search(window)
    if head is not None:
        noun = head.group("noun").capitalize()
        named = re.compile(rf"\b((?:{CAPITALISED}\ ){{1,4}}{noun})\b")
        start = max(report.body, at - _LOOK_BACK)
    elif window.endswith(" its "):  # "thanked the Harbour Bank and invited its Vice-President"
        named = _HEADED_NAME
        start = report.sentence(at).start
    else:
        return None
    found = [m.group(1) for m in named.finditer(report.text, start, at)]
    words = found[-1].split() if found else []
    while words and (words[0] != bare(words[0]) or words[0] in _ARTICLES):
        words.pop(0)  # "Ruritania's Harbour Bank", "The Harbour Bank": the firm's own words
    return " ".join(words) if len(words) >= 2 else None


# "the bank's chief executive", "the fund's managing partner": a firm named before, by its head
_THE_FIRMS = re.compile(
    rf"\b[Tt]he\ (?P<noun>{'|'.join(sorted(w.lower() for w in _FIRM_HEADS))})['’]s\ \Z",
    re.VERBOSE,
)
_ARTICLES = frozenset(("The", "A", "An"))
_LOOK_BACK = 2000  # characters read back for the firm "the bank's" names
# an organisation's name ending on its head word: "the Harbour Investment Bank"
_HEADED_NAME = re.compile(
    rf"\b((?:{CAPITALISED}\ ){{1,4}}(?:{'|'.join(sorted(ORGANISATION_HEADS))}))\b"
)


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
    # "Board of Directors of Harbour Invest": the firm, not its board
    board = 0
    while board < len(parts) - 1 and set(parts[board].split()) <= _GOVERNING:
        board += 1
    return " of ".join(parts[board:]).removeprefix("the ")


_GOVERNING = frozenset(
    ("Board", "Directors", "Supervisory", "Management", "Executive", "Trustees", "Governors")
)


# The heads of titles held in a firm or a body of its own ("Chief Executive Officer of Harbour
# Invest", "Director of Northwind Hub", "President of Harbour Plant Engineering")
_FIRM_TITLES = re.compile(
    r"""\b(?i:chief\ executive(?:\ officer)?|ceo|director|president|chairman|chairwoman|chair
    |founder|co-founder|managing\ partner|rector|head|executive\ director)\b""",
    re.VERBOSE,
)


def body_named(title: str) -> str | None:
    """Return the capitalised name of the body a firm's title names after "of" when nothing
    else gave an affiliation ("Chief Executive Officer of Harbour Invest" gives "Harbour
    Invest"): not a country, nor the words of a state's field or office only ("of Foreign
    Affairs", "of the Board"), nor a state's body ("National ..."); else None."""
    if _FIRM_TITLES.match(title) is None:
        return None
    found = _ORGANISATION.search(title)
    if found is None or not found.group().startswith("of "):
        return None
    whole = found.group("name").split(" in ")[0].rstrip(".")
    # "Board of Harbour Invest": the body is the part after an "of" that names one of its own
    parts = [p for p in whole.split(" of ") if not all(w in NOT_NAMES for w in p.split())]
    name = _owner(parts[-1].removeprefix("the ")) if parts else ""
    words = name.split()
    if len(words) < 2 and not _ACRONYM.fullmatch(name):
        return None  # "of Protocol", "of Mission": a field, not a body's name
    if name in AFFILIATIONS or name in COUNTRIES or words[0] in STATE_BODY_WORDS:
        return None
    if all(w in NOT_NAMES or w in _JOINERS for w in words):
        return None
    return None if any(w in _STATE_OFFICES for w in words) else name


_JOINERS = frozenset(("of", "for", "and", "on", "the"))


def _owner(name: str) -> str:
    """Return the owner of a possessive in ``name``: "LDB" of "LDB's Novara" (the head of
    the LDB's Novara office works for the LDB), else ``name``."""
    words = name.split()
    for k, word in enumerate(words):
        if bare(word) != word:
            return " ".join([*words[:k], bare(word)])
    return name


def not_firms(tokens: Words, found: list[Found]) -> list[Found]:
    """Drop the names read with no title that the report writes elsewhere as the start of a
    firm's or body's name ("Falcon Gulf planned" after "Falcon Gulf Capital signed") or as a
    body's name its kind is told of ("Rodmar Kazyna said" after "wealth fund Rodmar Kazyna":
    ``bodies_named``)."""
    untitled = {tuple(p.name.split()) for p in found if p.titles == [p.name]}
    if not untitled:
        return found
    firms: set[tuple[str, ...]] = named_as_bodies(tokens, untitled)
    for k, token in enumerate(tokens):
        if k >= 2 and (token.text in COMPANY_WORDS or token.text in ORGANISATION_HEADS):
            firms.add((tokens[k - 2].text, tokens[k - 1].text))
            if k >= 3:
                firms.add((tokens[k - 3].text, tokens[k - 2].text, tokens[k - 1].text))
    return [
        person
        for person in found
        if person.titles != [person.name] or tuple(person.name.split()) not in firms
    ]
