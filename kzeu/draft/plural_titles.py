"""One plural title and the names it lists, each with that title: "Foreign Ministers of Chile and
Peru Ana Soto and Luis Paredes", "the foreign ministers of A and B – Jan Novak and Ali Demir –",
"MEPs Anna Lindqvist, Tomasz Wróbel and Giulia Ferraro". At most ``MAX_LISTED`` names are read,
so the work stays bounded."""

from __future__ import annotations

from kzeu.draft.countries_named import country_end
from kzeu.draft.found import Found
from kzeu.draft.honorifics import honorific
from kzeu.draft.lexicon.people import STAND_IN_TITLES
from kzeu.draft.places import AFFILIATIONS, COUNTRIES
from kzeu.draft.report import Span
from kzeu.draft.titles import cut_title, title_at
from kzeu.draft.untitled import bracketed_country
from kzeu.draft.words import Words, bare, name_of, name_run, plain

# What may stand between a plural title and its list of names: "of Chile and Peru", "– Javlon
# Ergashev and ...", "of Uzbekistan and Hungary, ..."
_BEFORE_NAMES = frozenset(("and", "the", ",", "–", "—", "-", "("))
MAX_LISTED = 12  # names one plural title may list, at most


def several_people(
    tokens: Words, at: int, end: int, run: list[int], segments: list[tuple[int, int]]
) -> tuple[list[Found], int] | None:
    """Read a plural title and the names it lists, each with that title: "Foreign Ministers of
    Chile and Peru Ana Soto and Luis Paredes", "the foreign ministers of A and B – Jan Novak and
    Ali Demir –", "MEPs Anna Lindqvist, Tomasz Wróbel and Giulia Ferraro", "Members of the
    Bundestag Jörg Hansen, Sabine Krüger and Mehmet Yılmaz"."""
    k = _names_start(tokens, run, end)
    # past the countries, "and", "to" a country ("Ambassadors of A and B to C, ...") and marks
    while k < len(tokens) and (
        bare(tokens[k].text) in AFFILIATIONS
        or plain(tokens[k]) in _BEFORE_NAMES
        or (plain(tokens[k]) == "to" and k + 1 < len(tokens) and tokens[k + 1].text in COUNTRIES)
    ):
        k += 1
    first = k  # "Ambassadors of A and B, Mr. X and Mr. Y": an honorific before each name
    names = [name_run(tokens, k + honorific(tokens, k))]
    if len(names[0]) < 2:
        return None
    after = bracketed_country(tokens, names[0][-1] + 1)
    while len(names) < MAX_LISTED and after + 1 < len(tokens):
        joiner = tokens[after].text.lower()
        if joiner not in (",", "and") or title_at(tokens, after + 1) is not None:
            break  # "and Representative Daniel Okafor": someone with a title of their own
        following = name_run(tokens, after + 1 + honorific(tokens, after + 1))
        if len(following) < 2:
            break
        names.append(following)
        after = bracketed_country(tokens, following[-1] + 1)  # "Tomás Ruiz (Spain), ..."
        if joiner == "and":
            break  # "and" ends a list
    if len(names) < 2:
        return None
    title = cut_title(tokens, segments[-1][0], first)
    if not title:
        return None
    span = Span(tokens[at].start, name_of(tokens, names[-1])[1])
    sure = title.split()[-1].lower() not in STAND_IN_TITLES  # "her colleagues A and B"
    found = [Found(name_of(tokens, name)[0], [title], span, None, sure) for name in names]
    return found, after


def _names_start(tokens: Words, run: list[int], end: int) -> int:
    """Return where the names after a plural title and its complement start: after the
    country the complement names, else at the last two of three or more capitalised words
    ("of the Bundestag Jörg Hansen, ..."), else after the complement."""
    if not run:
        return end
    country = country_end(tokens, run)
    if 0 <= country < len(run):
        return run[country]
    if country < 0 and len(run) >= 3:
        return run[-2]
    return end  # "of Chile and Peru Ana Soto ...", "of the Diet delegation – Sato Kenji, ..."
