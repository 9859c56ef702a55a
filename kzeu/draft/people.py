"""People of a report, named the ways reports name them: a title before the name
(``Foreign Minister Vadim Belousov``, ``Minister of Foreign Affairs of Türkiye Hakan Öztürk``,
``the Prime Minister of Estonia, Mart Kask``, ``Deputy Prime Minister – Minister of Trade …``),
a name with a title after it (``Aibek Osmonov, the Chairman of …``, ``Li Wenhua, China's vice
finance minister``), one plural title for two people (``Foreign Ministers of Chile and Peru Ana
Soto and Luis Paredes``), ``his counterpart …``, an honorific (``Mr. Bilal Hashmi``, as a title
to fill in when there is no other) and initials (``J. Michael Reed``).

The text is cut into words once (``words``); a title is read from where it starts, a bounded
number of words (``titles``), so the work is linear in the length of the report. A plural title
names each person of the list after it (``Senators Ann Lee and Tom Hart``, ``MEPs A, B and
C``, ``the foreign ministers of A and B – X and Y –``). A name never runs across a line
break, nor takes the verbs of a title-case headline ("Minister Receives Credentials"). A surname
alone is the person named in full with it. The affiliation proposed is the country the title
names; it is always listed under ``draft``, as is the role.
"""

from __future__ import annotations

from kzeu.draft.affiliations import complete_affiliations
from kzeu.draft.appositives import appositive
from kzeu.draft.complements import (
    at_body,
    bracketed_field,
    complement_tail,
    long_complement,
    on_field,
)
from kzeu.draft.countries_named import (
    affiliation_named,
    country_end,
    country_words,
    of_country,
)
from kzeu.draft.credit_lines import credit_line_end
from kzeu.draft.drafted import DraftPerson
from kzeu.draft.found import Found
from kzeu.draft.honorifics import honorific
from kzeu.draft.hosts import CITY_ENDS
from kzeu.draft.lexicon.people import (
    CHAIN_TITLES,
    STAND_IN_TITLES,
)
from kzeu.draft.organisations import not_firms
from kzeu.draft.places import AFFILIATIONS
from kzeu.draft.plural_titles import several_people
from kzeu.draft.read_to import count_people
from kzeu.draft.report import Report, Span
from kzeu.draft.same_person import one_spelling, unique
from kzeu.draft.titles import (
    LOOKAHEAD,
    complement,
    cut_title,
    inside_title,
    is_title_word,
    listed,
    lower_complement,
    on_complement,
    past_place,
    title_at,
)
from kzeu.draft.untitled import (
    apart_after_the,
    bracketed_name,
    ends_on_a_name,
    fields_go_on,
    name_after_fields,
    name_at_end,
    named_before,
    place_before_comma,
    set_apart,
    untitled_name,
)
from kzeu.draft.words import (
    PARTICLES,
    Token,
    Words,
    bare,
    capital_surname,
    capitalised,
    capitals_first,
    in_name,
    initial,
    line_ends,
    name_of,
    name_run,
    name_word,
    plain,
    surname_in_capitals,
    text_of,
    tokens_of,
)


def people(report: Report, body: int) -> list[DraftPerson]:
    """Return every person the report names from offset ``body`` on, and those its title-case
    headlines above the body name (``_headlined``)."""
    tokens = Words(report.text, tokens_of(report.text, body))
    found = _read(report, tokens) + _headlined(report, body)
    drafted = unique(report, one_spelling(report.text, not_firms(tokens, found)))
    complete_affiliations(report, drafted)
    return drafted


def _headlined(report: Report, body: int) -> list[Found]:
    """Return the people the headlines before the body name ("Akim Jan Novak Opens Grain
    Terminal", "Ruritanian FM meets envoy Jan Novak" over a dateline): the text's first line and
    the title-case lines of the header, read after the body, so that a person the body names too
    keeps the body's spelling; bylines and other header lines are no headlines."""
    if body <= 0:
        return []
    head = Words(report.text, tokens_of(report.text, 0, body))
    first = report.text.find("\n", 0, body)
    lines = [0, body if first < 0 else first, *head.headlines]
    return [p for p in _read(report, head) if _within(lines, p.span.start)]


def _within(bounds: list[int], at: int) -> bool:
    """Whether offset ``at`` lies inside one of the ranges ``bounds`` lists as starts and ends."""
    return any(start <= at < end for start, end in zip(bounds[::2], bounds[1::2], strict=True))


def _read(report: Report, tokens: Words) -> list[Found]:
    """Return the candidates ``tokens`` name, in order."""
    found: list[Found] = []
    surnames: set[str] = set()  # to count the people named (``read_to.MAX_PEOPLE``)
    at = 0
    last = -3  # where the words after the last person named start
    while at < len(tokens):
        word = tokens[at].text
        if not word[0].isupper() and (not word[0].isalpha() or not is_title_word(tokens[at])):
            at += 1  # most words start no one's name or title: skipped at once
            continue
        if (skip := credit_line_end(tokens, at)) > at:
            at = skip  # "Contact: Jan Novak, press officer": the issuer's, no person of the report
            continue
        if _in_a_name(tokens, at):  # "June" of "May June": only a title or an honorific here
            people_here, after = _titled(tokens, at) or _addressed(tokens, at) or ([], at + 1)
        else:
            people_here, after = (
                _styled_then_titled(tokens, at)
                or _titled(tokens, at)
                or appositive(tokens, at)
                or _addressed(tokens, at)
                or _untitled(tokens, at, after_person=at - last <= 2)
                or ([], at + 1)
            )
        found.extend(people_here)
        if people_here:
            last = after
            surnames.update(person.name.rsplit(" ", 1)[-1] for person in people_here)
            count_people(report, len(surnames), tokens[at].start)
        at = max(after, at + 1)
    return found


def _in_a_name(tokens: Words, at: int) -> bool:
    """Whether the word at ``at`` goes on a run of name words (not after a city's last word): no
    appositive nor untitled name starts there; a title or an honorific still may."""
    before = tokens[at - 1] if at else Token("", 0, 0, "")
    return (name_word(before) or plain(before) in PARTICLES) and before.text not in CITY_ENDS


def _styled_then_titled(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Sheikh Khalid bin Rashid Al Mazrouei, chairman of …": a style of address ("Sheikh")
    before the name gives way to the title after it, when one follows."""
    if plain(tokens[at]) not in CHAIN_TITLES:
        return None
    return appositive(tokens, at)


def _untitled(tokens: Words, at: int, *, after_person: bool) -> tuple[list[Found], int] | None:
    """Read a name with no title ("met Jan Novak", "Jan Novak said"): the name stands in for the
    title (a title must be stated in the quote), listed for a person to fill in."""
    name = untitled_name(tokens, at, after_person=after_person)
    if not name:
        return None
    full, stop = name_of(tokens, name)
    country, after = of_country(tokens, name[-1] + 1)
    return [Found(full, [full], Span(tokens[at].start, stop), country, False)], after


def _titled(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Title [of Complement] Name" from ``at``: the people named and where reading ends."""
    first = title_at(tokens, at)
    if first is None or inside_title(tokens, at):
        return None
    end, plural = first
    limit = min(len(tokens), at + LOOKAHEAD)
    segments: list[tuple[int, int]] = []  # title segments as token ranges
    segment_start = at
    run: list[int] = []  # the capitalised words after the last connector: complement or name
    while end < limit:
        end = bracketed_field(tokens, end, limit)  # "Secretary (Trade Policy) Jan Novak"
        if _connects(tokens, end, run, limit) or on_field(tokens, at, end, limit):
            if 0 <= country_end(tokens, run) < len(run) - 1:
                break  # "of Mongolia Tsogtbaatar Enkhbold to Bishkek": the name came first
            lower = not capitalised(tokens[at])
            organisation = _complement_after(tokens, end, limit) if lower else ([], end)
            if organisation[0] and ends_on_a_name(tokens, organisation[0]):
                run, end = organisation  # "the rector of Nazarbayev University Jan Novak"
                continue
            parts = long_complement(tokens, end, limit) if lower else None
            if parts is not None:  # "the head of the press service of the President Jan Novak"
                run, end = parts
                break
            if lower and not (plural and capitalised(tokens[end + 1])):
                country = country_words(tokens, end + 1)
                if not country:  # "deputy minister of economic development"
                    end = place_before_comma(tokens, lower_complement(tokens, end, lower_only=True))
                    break
                # "Uzbekistan's ambassador to Germany, Dilshod Akhatov"
                run = list(range(end + 1, end + 1 + country))
                end = run[-1] + 1
                continue
            # "the mayors of Tashkent and Chengdu, A and B": a plural title's complement
            connector = end
            run, end = _complement_after(tokens, end, limit)
            if not run:  # "Head of the press service of the President Jan Novak"
                run, end = complement_tail(tokens, at, connector, limit) or ([], -1)
                if end < 0:
                    return None
                break
            continue
        more = _next_title(tokens, end, run, limit)
        if more is None:
            break
        segments.append((segment_start, end))  # "Deputy Prime Minister and Foreign Minister"
        segment_start = end + 1
        end, plural = more[0], plural or more[1]
        run = []
    segments.append((segment_start, end))
    if plural:
        return several_people(tokens, at, end, run, segments)
    return _named(tokens, at, end, run, segments=segments)


def _connects(tokens: Words, at: int, run: list[int], limit: int) -> bool:
    """Whether the word at ``at`` joins a complement to a title: "of", "for", "to", "from", and "on"
    in "Chairman of the Committee on International Affairs of ..."."""
    word = plain(tokens[at])
    return at + 1 < limit and (
        word in ("of", "for", "to", "from")
        or on_complement(tokens, at, run, limit)
        or at_body(tokens, at, run, limit)
    )


def _complement_after(tokens: Words, at: int, limit: int) -> tuple[list[int], int]:
    """Return the capitalised words of the complement after the connector at ``at`` (and a
    "the"), and where they end."""
    at += 1
    if plain(tokens[at]) == "the":
        at += 1
    run, end = complement(tokens, at, limit)
    return listed(tokens, run, end, limit)


def _next_title(tokens: Words, at: int, run: list[int], limit: int) -> tuple[int, bool] | None:
    """Return the second title joined at ``at`` ("and Foreign Minister", "– Minister of
    Trade"), or None."""
    if plain(tokens[at]) in ("and", "–", "—", "-", ",", "/") and at + 1 < limit and len(run) <= 2:
        if line_ends(tokens, tokens[at - 1], tokens[at]):
            return None  # a headline's title, then the body's ("Berlin – Parliamentary ...")
        return title_at(tokens, at + 1)
    return None


def _named(
    tokens: Words, at: int, end: int, run: list[int], *, segments: list[tuple[int, int]]
) -> tuple[list[Found], int] | None:
    """Split the words after the titles into complement and name and build the person."""
    # "of the Federal Foreign Office, Thomas Bagger,": the name is set apart after the complement
    apart = bool(run) and set_apart(tokens, run[-1] + 1)
    # "... of the Harbour Service Ms Anna Holm", "... of the Foreign Ministry S.A. Novak": an
    # honorific or an initial after the complement starts the name
    following = run[-1] + 1 if run else len(tokens)
    apart = apart or (
        following < len(tokens) and (honorific(tokens, following) > 0 or initial(tokens, following))
    )
    name = _name_in_complement(tokens, run) if run and not apart else []
    if name is None:
        return None
    if not name and end < len(tokens) and plain(tokens[end]) == "in":
        end = past_place(tokens, end)  # "Chargé d'Affaires of Chile in Baku, Ana Soto"
    title_end = name[0] if name else end
    # "its Vice-President, Tomas Lindberg,": a title after "its" or "his" is read as a lower-case
    # one, so a name set apart by commas follows it
    owned = at > 0 and plain(tokens[at - 1]) in _OWNERS
    lower = owned or not capitalised(tokens[at]) or apart_after_the(tokens, at, end)
    name = name or _name_after_title(tokens, end, run, lower=lower)
    if not name:  # "the Director for A, B and C of the Lanka Service, Jan Novak,"
        name = name_after_fields(tokens, at, end)
        title_end = name[0] - 1 if name else title_end
    if not name:
        return None
    segments = [*segments[:-1], (segments[-1][0], title_end)]
    titles = [t for t in (cut_title(tokens, s, e) for s, e in segments) if t]
    if not titles:
        return None
    start = tokens[at].start
    # the word before the title, on its line: a headline's last word ("… of Portugal") is not
    # the country of the title that opens the next paragraph
    on_line = at > 0 and "\n" not in tokens.source[tokens[at - 1].end : tokens[at].start]
    before = tokens[at - 1].text if on_line else ""
    if before == "." and at > 1 and tokens[at - 2].text + "." in AFFILIATIONS:
        before = tokens[at - 2].text + "."  # "U.S. Deputy Treasury Secretary"
    affiliation = affiliation_named(tokens, at, title_end, before)
    if affiliation is not None and bare(before) in AFFILIATIONS:
        start = tokens[at - 1].start
    full, stop = name_of(tokens, name)
    sure = all(t.lower() not in STAND_IN_TITLES for t in titles)
    return [Found(full, titles, Span(start, stop), affiliation, sure)], name[-1] + 1


_OWNERS = frozenset(("its", "his", "her", "their"))


def _name_in_complement(tokens: Words, run: list[int]) -> list[int] | None:
    """Return the name at the end of a complement's capitalised words: the words after a
    country the complement names, else the last two of three or more; [] if none is there,
    None if those words cannot be a name."""
    name: list[int] = []
    after = country_end(tokens, run)
    if 0 <= after < len(run):
        name = name_run(tokens, run[after])
        if name and name[-1] < run[-1]:
            name = []  # "of Uzbekistan Temir Yollari JSC Aziz Karimov": not at the end
    if name and name[0] > 0 and line_ends(tokens, tokens[name[0] - 1], tokens[name[0]]):
        return []  # "... of Ruritania\n\nPRAGUE –": a headline's complement, then a dateline
    if not name and len(run) >= 2 and capitals_first(tokens, run[-2]) == run[-2:]:
        name = run[-2:]  # "of the … Friendship Group SATO Kenji": the surname in capitals first
    if not name and len(run) >= 2:
        name = name_at_end(tokens, run) or (run[-2:] if len(run) >= 3 else [])
    if name and not all(in_name(tokens, k) or capital_surname(tokens[k]) for k in name):
        return None
    return name


def _name_after_title(tokens: Words, end: int, run: list[int], *, lower: bool) -> list[int]:
    """Return the name right after a title: "Minister Jan Novak", "the Prime Minister of
    Estonia, Mart Kask", "his Italian counterpart, Antonio Tajani", "Minister Mr. X", "the
    mayor of Osh, Jan Novak,"; []."""
    # a comma before the name: after a complement, "counterpart", or a lower-case title when
    # a full name follows it, set apart ("the minister of economy, Aziz Karimov, said")
    comma = run or plain(tokens[end - 1]) == "counterpart" or (lower and set_apart(tokens, end))
    start = end + 1 if end < len(tokens) and tokens[end].text == "," and comma else end
    if end < len(tokens) and tokens[end].text == "(":
        return bracketed_name(tokens, end + 1)  # "the minister of economy (Jan Novak)"
    start = start + honorific(tokens, start) if start < len(tokens) else start
    name = name_run(tokens, start)
    if not name or line_ends(tokens, tokens[end - 1], tokens[name[0]]):
        return []
    if lower and named_before(tokens, name[0], after_person=False):
        return []  # "the minister of economy met Jan Novak": the minister is someone else
    following = tokens[name[-1] + 1].text if name[-1] + 1 < len(tokens) else ""
    if len(name) == 1 and following in ("of", "for", "to"):
        return []  # "Minister Delegate for ...": a word of the title, not a surname
    if start > end and following == "," and fields_go_on(tokens, name[-1] + 2):
        return []  # "Director for Russia, Eastern Partnership, Central Asia and ...": fields
    return name


def _addressed(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Ms. Anna Nowak-Wiśniewska" (or "Mr Novak") with no other title: the honorific
    stands in for one, and the titles are listed for a person to fill in."""
    length = honorific(tokens, at)
    if not length:
        return None
    name = name_run(tokens, at + length) or surname_in_capitals(tokens, at + length)
    # "attended by Mr Novak and Dr Demir": a surname alone after an honorific names someone (the
    # one named in full elsewhere, if any); "Mr President" is no name
    if not any(name_word(tokens[k]) for k in name):
        return None
    full, stop = name_of(tokens, name)
    title = text_of(tokens, at, at + length)
    return [Found(full, [title], Span(tokens[at].start, stop), None, False)], name[-1] + 1
