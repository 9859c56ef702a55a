"""People named with their title after the name, set apart by a comma or a bracket: "Aibek
Osmonov, the Chairman of …", "Li Wenhua, China's vice finance minister", "Jan Novak (Minister of
Economy)", and for a plural title the name before "and" too ("A and B, the energy ministers of
…")."""

from __future__ import annotations

from kzeu.draft.countries_named import affiliation_named, country_at
from kzeu.draft.found import Found
from kzeu.draft.honorifics import honorific
from kzeu.draft.hosts import CITY_ENDS
from kzeu.draft.lexicon.people import CHAIN_ABBREVIATIONS, ORGANISATION_HEADS, SPEECH_VERBS
from kzeu.draft.places import AFFILIATIONS, COUNTRIES
from kzeu.draft.report import Span
from kzeu.draft.titles import (
    lower_complement,
    title_after_nouns,
    title_at,
)
from kzeu.draft.words import (
    PARTICLES,
    Words,
    bare,
    capitalised,
    in_name,
    name_of,
    name_run,
    name_word,
    plain,
    surname_in_capitals,
    text_of,
)


def appositive(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Name, the Title of …", "Name, Country's title …", "Name, Title …" or "Name
    (Title of …)"."""
    first = at + honorific(tokens, at)  # "Ms. Ayesha Qureshi, the ...", "H.E. Sheikh ..."
    if _APART.isdisjoint([token.text for token in tokens[at + 1 : first + 8]]):
        return None  # no comma after a short name: the common case, decided at once
    inside = at > 0 and (name_word(tokens[at - 1]) or plain(tokens[at - 1]) in PARTICLES)
    if inside and tokens[at - 1].text not in CITY_ENDS:
        return None  # inside a longer name (not after a city: "in Abu Dhabi Jan Novak, ...")
    name = name_run(tokens, first) or (surname_in_capitals(tokens, first) if first > at else [])
    comma = name[-1] + 1 if len(name) >= 2 else len(tokens)
    comma = _past_age(tokens, comma)  # "Jan Novak, 54, the foreign minister"
    if comma >= len(tokens) or tokens[comma].text not in _APART:
        return None
    return _titled_after(tokens, first, name, comma)


def _past_age(tokens: Words, comma: int) -> int:
    """Return where the title after a name starts past an age set apart ("Jan Novak, 54, the
    foreign minister": the second comma), else ``comma``."""
    if comma + 2 < len(tokens) and tokens[comma].text == "," and tokens[comma + 2].text == ",":
        age = tokens[comma + 1].text
        if age.isdigit() and len(age) <= 3:
            return comma + 2
    return comma


def _titled_after(
    tokens: Words, first: int, name: list[int], comma: int
) -> tuple[list[Found], int] | None:
    """Read the title after the name ``name`` and the comma or bracket at ``comma``: the
    people it names (the name before "and" too, for a plural title) and where reading ends."""
    # "A and B, respectively director of ... and deputy minister of ..."
    leading = comma + 1 < len(tokens) and plain(tokens[comma + 1]) == "respectively"
    k, affiliation = _country_before_title(tokens, comma + 1 + leading)
    title = title_at(tokens, k) or title_after_nouns(tokens, k)
    if title is None:
        return None
    end = lower_complement(tokens, title[0])
    split = end  # where a second title joined by "and" starts, if any
    if not title[1] and not _name_before_and(tokens, first):
        end = _joined_title(tokens, end)  # "Jan Novak, President and CEO of Harbour Lithium"
    bracket = tokens[comma].text == "("
    if not bracket and (_title_before_a_name(tokens, end) or _title_speaks(tokens, k, end)):
        return None  # "In New York, Foreign Minister Tomas Redl met": the title is his
    if bracket and (end >= len(tokens) or tokens[end].text != ")"):
        return None  # "Jan Novak (Minister of Economy of Czechia)": the bracket closes it
    names = [name]
    if title[1]:  # "A and B, the energy ministers of ...": the plural title is both's
        names = [*_name_before_and(tokens, first), name]
        first = names[0][0]
    named = affiliation or affiliation_named(tokens, k, end, "") or _country_in(tokens, k, end)
    affiliation = None if len(names) > 1 else named
    closed = end + bracket  # the closing bracket goes in the quote
    span = Span(tokens[first].start, tokens[closed - 1].end)
    titles = [text_of(tokens, k, split)] + (
        [text_of(tokens, split + 1, end)] if end > split else []
    )
    found = [Found(name_of(tokens, n)[0], titles, span, affiliation, True) for n in names]
    if not title[1]:  # "A and B, director of ...": A is named too
        found, closed = _with_one_before_and(
            tokens, first, (k, end), found[0], closed, leading=leading
        )
    return found, closed


def _with_one_before_and(
    tokens: Words,
    first: int,
    title: tuple[int, int],
    person: Found,
    closed: int,
    *,
    leading: bool = False,
) -> tuple[list[Found], int]:
    """Return ``person`` (named at ``first`` with the title at ``title``) and the person named
    before "and" ahead of them, if any, and where reading ends: "Karl Weber and Ida Berg,
    director of ... and deputy minister of ... respectively" gives each title in turn; with one
    title, the first name stands in for a title of its own (listed)."""
    before = _name_before_and(tokens, first)
    if not before or (before[0][0] > 0 and plain(tokens[before[0][0] - 1]) in _NOT_BEFORE_NAME):
        return [person], closed  # "the Silk Road and Jan Novak, ...": a place or a thing
    name, stop = name_of(tokens, before[0])
    span = Span(tokens[before[0][0]].start, stop)
    end = title[1]
    second = (
        title_at(tokens, end + 1) if end + 1 < len(tokens) and plain(tokens[end]) == "and" else None
    )
    if second is not None:
        second_end = lower_complement(tokens, second[0])  # "... of economy respectively"
        trailing = plain(tokens[second_end - 1]) == "respectively"
        if leading or trailing:
            first_title = text_of(tokens, title[0], end)
            other = text_of(tokens, end + 1, second_end - trailing)
            whole = Span(span.start, tokens[second_end - 1].end)
            return [
                Found(name, [first_title], whole, None, True),
                person._replace(titles=[other], span=whole),
            ], second_end
    return [Found(name, [name], span, None, False), person], closed


_APART = frozenset((",", "("))  # what sets a title after a name apart
# Words before "A and B, title" that make A a place or a thing, not a person
_NOT_BEFORE_NAME = frozenset(("the", "a", "an", "in", "at", "of", "from", "to", "for", "on"))


def _joined_title(tokens: Words, end: int) -> int:
    """Return where a second title joined by "and" to the one ending at ``end`` ends ("President
    and Chief Executive Officer of Harbour Lithium"), else ``end``; not when the words after it
    name someone else ("… and Minister Jan Novak")."""
    if end + 1 >= len(tokens) or plain(tokens[end]) != "and":
        return end
    second = title_at(tokens, end + 1)
    if second is None or second[1]:
        return end
    second_end = lower_complement(tokens, second[0])
    return end if _title_before_a_name(tokens, second_end) else second_end


def _title_speaks(tokens: Words, start: int, end: int) -> bool:
    """Whether the lower-case title from ``start`` to ``end`` is the subject of a verb of speech
    right after it ("Addressing Participants, the minister said …"): the words before the comma
    are a clause, not a name."""
    return (
        end < len(tokens)
        and plain(tokens[end]) in SPEECH_VERBS
        and not any(capitalised(tokens[k]) for k in range(start, end))
    )


def _title_before_a_name(tokens: Words, end: int) -> bool:
    """Whether the capitalised title that ends at ``end`` runs straight on into a full name
    ("New York, Foreign Minister Tomas Redl met"): the title is that name's, and the words
    before the comma are a place, not a person ("…, chief executive of the state company
    Tau-Ken Samruk, signed" ends on an organisation, set apart by a comma)."""
    if end >= len(tokens) or not tokens[end - 1].text[:1].isupper():
        return False
    run = name_run(tokens, end)
    return len(run) >= 2 and (run[-1] + 1 >= len(tokens) or tokens[run[-1] + 1].text not in _APART)


def _name_before_and(tokens: Words, at: int) -> list[list[int]]:
    """Return the name that ends just before "and" at ``at - 1`` ("Aidos Zhaksylykov and"), as
    a list of one, or []."""
    while at > 0 and (_in_chain(tokens, at - 1)):
        at -= 1  # "A and H.E. Dr. B, Assistant Ministers ...": the honorifics before B
    if at < 3 or plain(tokens[at - 1]) != "and":
        return []
    start = at - 2
    while start > max(0, at - 6) and _goes_on_name(tokens, start - 1):
        start -= 1
    name = name_run(tokens, start)
    return [name] if len(name) >= 2 and name[-1] == at - 2 else []


def _in_chain(tokens: Words, at: int) -> bool:
    """Whether the token at ``at`` is an honorific of a chain or its full stop."""
    text = tokens[at].text
    return text == "." or honorific(tokens, at) > 0 or text.lower() in CHAIN_ABBREVIATIONS


def _goes_on_name(tokens: Words, at: int) -> bool:
    """Whether the word at ``at`` may be a word of the name after it: not a mark ("day, Jan
    Novak and ..." starts at "Jan") other than an initial's full stop."""
    text = tokens[at].text
    if text == ".":  # an initial's full stop ("J. Michael Reed"), not an honorific's ("H.E.")
        return at > 0 and len(tokens[at - 1].text) == 1 and tokens[at - 1].text.isupper()
    return text[:1].isalpha() and in_name(tokens, at)


def _country_in(tokens: Words, start: int, end: int) -> str | None:
    """Return the first country the words ``tokens[start:end]`` name, as an affiliation."""
    countries = (bare(tokens[i].text) for i in range(start, end))
    named = next((w for w in countries if w in COUNTRIES), None)
    return AFFILIATIONS.get(named, named) if named else None


def _country_before_title(tokens: Words, at: int) -> tuple[int, str | None]:
    """Return where the title after an appositive's comma starts, past an article and the
    country it names ("the EU's", "South Korea's"), and that country (None if none)."""
    if at < len(tokens) and plain(tokens[at]) in ("the", "his", "her", "its", "a", "an"):
        at += 1
    country = country_at(tokens, at)  # "South Korea's trade minister"
    if country:
        return at + country[1], AFFILIATIONS.get(country[0], country[0])
    if at < len(tokens) and bare(tokens[at].text) in AFFILIATIONS:
        return at + 1, AFFILIATIONS[bare(tokens[at].text)]
    return _organisation_before_title(tokens, at)


def _organisation_before_title(tokens: Words, at: int) -> tuple[int, str | None]:
    """Return where the title starts past an organisation's possessive ("the World Bank's
    regional director": a few capitalised words, one of them an organisation's head, the last
    with "'s"), and that organisation; else ``at`` and None."""
    for k in range(at, min(len(tokens), at + 4)):
        if not capitalised(tokens[k]):
            break
        if bare(tokens[k].text) != tokens[k].text:
            words = [bare(tokens[j].text) for j in range(at, k + 1)]
            if ORGANISATION_HEADS.intersection(words):
                return k + 1, " ".join(words)
            break
    return at, None
