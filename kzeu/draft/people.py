"""People of a report, named the ways reports name them: a title before the name
(``Foreign Minister Vadim Belousov``, ``Minister of Foreign Affairs of Türkiye Hakan Öztürk``,
``the Prime Minister of Estonia, Mart Kask``, ``Deputy Prime Minister – Minister of Trade …``),
a name with a title after it (``Aibek Osmonov, the Chairman of …``, ``Li Wenhua, China's vice
finance minister``), one plural title for two people (``Foreign Ministers of Chile and Peru Ana
Soto and Luis Paredes``), ``his counterpart …``, an honorific (``Mr. Bilal Hashmi``, as a title
to fill in when there is no other) and initials (``J. Michael Reed``).

The text is cut into words once; a title is read from where it starts, a bounded number of
words, so the work is linear in the length of the report. A name never runs across a line
break, nor takes the verbs of a title-case headline ("Minister Receives Credentials"). A surname
alone is the person named in full with it. The affiliation proposed is the country the title
names; it is always listed under ``draft``, as is the role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from kzeu.draft.drafted import DraftPerson
from kzeu.draft.lexicon import (
    CALENDAR_WORDS,
    COMPLEMENT_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kzeu.draft.places import AFFILIATIONS, COUNTRIES, COUNTRY_NAMES, NOT_NAMES
from kzeu.draft.report import LONGEST, TO_FILL, Report, Span, words

_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*['’]?|[^\w\s]")
HEADS = TITLE_HEADS
MODIFIERS = TITLE_MODIFIERS
_TITLE_WORDS = HEADS | MODIFIERS
PARTICLES = NAME_PARTICLES
_CALENDAR = CALENDAR_WORDS
_POSSESSIVE = re.compile(r"['’]s?\Z")
LOOKAHEAD = 40  # words a title may span, at most


class Token(NamedTuple):
    text: str
    start: int
    end: int


class Words(list[Token]):
    """The words of a report, with the text they were cut from and the starts and ends of its
    title-case headlines."""

    def __init__(self, source: str, tokens: list[Token]) -> None:
        super().__init__(tokens)
        self.source = source
        self.headlines = _headlines(source, tokens)

    def in_headline(self, token: Token) -> bool:
        at = bisect_right(self.headlines, token.start)
        return at % 2 == 1  # between a headline's start and its end


def _headlines(source: str, tokens: list[Token]) -> list[int]:
    """Return the start and end of each title-case headline line, in order: a line of three
    words or more, mostly capitalised, that does not end a sentence. One pass: only the
    space between two words is searched for a line end."""
    bounds: list[int] = []
    line_start, previous_end, words, capitals = 0, 0, 0, 0
    for token in tokens:
        line = source.rfind("\n", previous_end, token.start)
        if line >= 0:  # a new line starts before this token: close the one before
            if _headline(source[line_start:line], words, capitals):
                bounds.extend((line_start, line))
            line_start, words, capitals = line + 1, 0, 0
        if token.text[:1].isalpha():
            words += 1
            capitals += token.text[:1].isupper()
        previous_end = token.end
    if _headline(source[line_start:], words, capitals):
        bounds.extend((line_start, len(source)))
    return bounds


def _headline(line: str, words: int, capitals: int) -> bool:
    """Whether a line of ``words`` words, ``capitals`` of them capitalised, is a headline."""
    return (
        words >= 3
        and capitals * 4 >= words * 3
        and not line.rstrip().endswith((".", ":", "?", "!"))
    )


class Found(NamedTuple):
    """A person as first named: name, titles, the span that states both, and a country."""

    name: str
    titles: list[str]
    span: Span
    affiliation: str | None
    sure_title: bool


def people(report: Report, body: int) -> list[DraftPerson]:
    """Return every person the report names from offset ``body`` on."""
    tokens = Words(
        report.text,
        [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(report.text, body)],
    )
    found: list[Found] = []
    at = 0
    while at < len(tokens):
        word = tokens[at].text
        if not word[0].isupper() and word.lower() not in _TITLE_WORDS:
            at += 1  # most words start no one's name or title: skipped at once
            continue
        people_here, after = (
            _titled(tokens, at) or _appositive(tokens, at) or _addressed(tokens, at) or ([], at + 1)
        )
        found.extend(people_here)
        at = max(after, at + 1)
    return _unique(report, found)


def _lower(token: Token) -> str:
    return token.text.lower().rstrip(".")


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _is_title_word(token: Token) -> bool:
    word = _lower(token)
    return _is_head(word) or word in MODIFIERS


def _is_head(word: str) -> bool:
    """Whether ``word`` (lower case) is a head word, or a compound that starts or ends with one
    ("ambassador-at-large", "vice-chairman")."""
    if word in HEADS:
        return True
    return "-" in word and (word.split("-", 1)[0] in HEADS or word.rsplit("-", 1)[1] in HEADS)


def _name_word(token: Token) -> bool:
    word = _bare(token.text)
    return (
        word[:1].isupper()
        and word not in NOT_NAMES
        and word.lower() not in HEADS
        and word.lower() not in MODIFIERS
        and any(c.islower() for c in word)
    )


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") or word[-1:] in "'’" else word


def _title_at(tokens: Words, at: int) -> tuple[int, bool] | None:
    """Return where a run of title words starting at ``at`` ends (exclusive), and whether it
    names several people ("Ministers"); None unless it holds a head word ("Minister"). One
    other capitalised word may stand between title words: "Deputy Treasury Secretary"."""
    end, head, plural = at, False, False
    limit = min(len(tokens), at + 8)
    while end < limit:
        if end > at and _line_ends(tokens, tokens[end - 1], tokens[end]):
            break  # a headline's "Special Representative" and the body's "President"
        if not _is_title_word(tokens[end]):
            # "Deputy Treasury Secretary", "Ambassador Extraordinary and Plenipotentiary"
            inner = end > at and end + 1 < limit and end + 1 < len(tokens)
            inner = inner and (_capitalised(tokens[end]) or tokens[end].text == "and")
            if not (inner and _is_title_word(tokens[end + 1])):
                break
            if tokens[end].text != "and" and head:
                break
            if tokens[end].text == "and" and _head_follows(tokens, end + 1, limit):
                break  # "Deputy Prime Minister and Foreign Minister": a second title
            end += 1
            continue
        word = _lower(tokens[end])
        head = head or _is_head(word)
        plural = plural or (word.endswith("s") and word in HEADS)
        end += 1
    return (end, plural) if head else None


def _inside_title(tokens: Words, at: int) -> bool:
    """Whether ``tokens[at]`` goes on a title begun before it on the same line (read from its
    start already)."""
    return (
        at > 0
        and _is_title_word(tokens[at - 1])
        and not _line_ends(tokens, tokens[at - 1], tokens[at])
    )


def _head_follows(tokens: Words, at: int, limit: int) -> bool:
    """Whether the title words from ``at`` hold a head word ("Foreign Minister")."""
    while at < limit and _is_title_word(tokens[at]):
        if _lower(tokens[at]) in HEADS:
            return True
        at += 1
    return False


def _titled(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Title [of Complement] Name" from ``at``: the people named and where reading ends."""
    first = _title_at(tokens, at)
    if first is None or _inside_title(tokens, at):
        return None
    end, plural = first
    limit = min(len(tokens), at + LOOKAHEAD)
    segments: list[tuple[int, int]] = []  # title segments as token ranges
    segment_start = at
    run: list[int] = []  # the capitalised words after the last connector: complement or name
    while end < limit:
        word = _lower(tokens[end])
        if _on_complement(tokens, end, run, limit):
            word = "of"  # "Chairman of the Committee on International Affairs of ...": goes on
        if word in ("of", "for", "to") and end + 1 < limit:
            if 0 <= _country_end(tokens, run) < len(run) - 1:
                break  # "of Mongolia Tsogtbaatar Enkhbold to Bishkek": the name came first
            if not _capitalised(tokens[at]):
                country = _country_words(tokens, end + 1)
                if not country:  # "deputy minister of economic development"
                    end = _lower_complement(tokens, end, lower_only=True)
                    break
                # "Uzbekistan's ambassador to Germany, Dilshod Akhatov"
                run = list(range(end + 1, end + 1 + country))
                end = run[-1] + 1
                continue
            end += 1
            if _lower(tokens[end]) == "the":
                end += 1
            run, end = _complement(tokens, end, limit)
            run, end = _listed(tokens, run, end, limit)
            if not run:
                return None
            continue
        if word in ("and", "–", "—", "-", ",", "/") and end + 1 < limit and len(run) <= 2:
            more = _title_at(tokens, end + 1)
            if more is not None:  # "Deputy Prime Minister and Foreign Minister"
                segments.append((segment_start, end))
                segment_start = end + 1
                end, plural = more[0], plural or more[1]
                run = []
                continue
        break
    segments.append((segment_start, end))
    if plural:
        return _several_people(tokens, at, end, run, segments)
    return _named(tokens, at, end, run, segments=segments)


def _on_complement(tokens: Words, at: int, run: list[int], limit: int) -> bool:
    """Whether the "on" at ``at`` goes on a complement ("Committee on International Affairs"),
    not the title's clause ("Minister of Economy on Tuesday")."""
    return (
        bool(run)
        and at + 1 < limit
        and _lower(tokens[at]) == "on"
        and _capitalised(tokens[at + 1])
        and tokens[at + 1].text not in _CALENDAR
    )


def _complement(tokens: Words, start: int, limit: int) -> tuple[list[int], int]:
    """Return the capitalised words from ``start`` (up to a head word or an honorific) and
    where they end; an acronym in brackets ("(FICCI)"), a name in quotes ("Atameken") and a
    noun of the lexicon's COMPLEMENT_NOUNS after a capitalised word ("Riksdag delegation") go
    on the complement."""
    run: list[int] = []
    end = start
    while end < limit:
        inner = _inner_words(tokens, end, limit) if run else 0
        if inner:
            run.extend(range(end, end + inner))
            end += inner
            continue
        if not _complement_word(tokens, start, end):
            break
        run.append(end)
        end += 1
    return run, end


def _complement_word(tokens: Words, start: int, at: int) -> bool:
    return (
        _capitalised(tokens[at])
        and (_lower(tokens[at]) not in HEADS or _body_of_heads(tokens, start, at))
        and not _honorific(tokens, at)
        and not _initial(tokens, at)  # "of State J. Michael Reed": the name starts there
        and tokens[at].text not in _CALENDAR  # "of Uzbekistan Shavkat Mirziyoyev Tuesday"
    )


def _inner_words(tokens: Words, at: int, limit: int) -> int:
    """Return how many tokens at ``at`` go on a complement without being capitalised words: 3
    for "( FICCI )" and '" Atameken "', 1 for "delegation" in "the Riksdag delegation"."""
    text = tokens[at].text
    if (
        at + 2 < limit
        and (text, tokens[at + 2].text) in _AROUND
        and tokens[at + 1].text[:1].isupper()
    ):
        return 3
    return 1 if _lower(tokens[at]) in COMPLEMENT_NOUNS else 0


_AROUND = frozenset((("(", ")"), ('"', '"'), ("“", "”"), ("«", "»")))


def _body_of_heads(tokens: Words, start: int, at: int) -> bool:
    """Whether the head word at ``at`` names a body, as "Ministers" in "Cabinet of Ministers"."""
    return at == start and _lower(tokens[at]).endswith("s") and _lower(tokens[at - 1]) == "of"


def _listed(tokens: Words, run: list[int], end: int, limit: int) -> tuple[list[int], int]:
    """Read on a complement that lists several things: "of Investment, Industry and Trade",
    "for Europe and the Americas"; stop where a name may have begun (more than two words), at
    a country ("of Estonia, Mart Kask") or before another title ("and Hungarian Minister")."""
    while end + 1 < limit and len(run) <= 2 and _country_end(tokens, run) < 0:
        joiner = tokens[end].text.lower()
        if joiner not in ("and", "&", ","):
            break
        following = end + 1
        if joiner != "," and _lower(tokens[following]) == "the" and following + 1 < limit:
            following += 1
        word = tokens[following]
        if not _capitalised(word) or _title_at(tokens, following):
            break
        if joiner != "," and _another_title(tokens, following, limit):
            break  # "and Hungarian Minister ...": the title of someone else
        more, after = _complement(tokens, following, limit)
        if joiner == "," and (len(more) > 1 or after >= limit or _lower(tokens[after]) != "and"):
            break  # "of Economy, Jan Novak said": the name follows the comma
        run, end = more, after
    return run, end


def _another_title(tokens: Words, at: int, limit: int) -> bool:
    """Whether the word at ``at`` names a country that goes before a title ("Hungarian
    Minister"), not a word of a complement ("European Affairs")."""
    return (
        _bare(tokens[at].text) in AFFILIATIONS
        and at + 1 < limit
        and _title_at(tokens, at + 1) is not None
    )


def _country_end(tokens: Words, run: list[int]) -> int:
    """Return the index in ``run`` just after the first country it names ("Estonia", "United
    Arab Emirates"), or -1."""
    words = [_bare(tokens[k].text) for k in run]
    for i, word in enumerate(words):
        for country in COUNTRY_NAMES.get(word, ()):
            if tuple(words[i : i + len(country)]) == country:
                return i + len(country)
    return -1


def _country_at(tokens: Words, at: int) -> tuple[str, int] | None:
    """Return the country of more than one word that starts at ``at`` ("South Korea's") and
    its number of words, or None."""
    if at >= len(tokens):
        return None
    for country in COUNTRY_NAMES.get(tokens[at].text, ()):
        if len(country) > 1 and at + len(country) <= len(tokens):
            spelt = tuple(_bare(tokens[at + i].text) for i in range(len(country)))
            if spelt == country:
                return " ".join(country), len(country)
    return None


def _country_words(tokens: Words, at: int) -> int:
    """Return how many words the country at ``at`` has ("Germany", "South Korea"), or 0."""
    country = _country_at(tokens, at)
    if country:
        return country[1]
    return 1 if at < len(tokens) and _bare(tokens[at].text) in COUNTRIES else 0


def _initial(tokens: Words, at: int) -> bool:
    """Whether ``tokens[at]`` is an initial before its full stop: "J." of "J. Michael Reed"."""
    text = tokens[at].text
    return len(text) == 1 and text.isupper() and at + 1 < len(tokens) and tokens[at + 1].text == "."


_HONORIFICS = HONORIFICS


def _honorific(tokens: Words, at: int) -> int:
    """Return how many tokens the honorific at ``at`` spans: 2 for "Mr." or "Dr.", 1 for "Mr"
    or "Ms" without a full stop before a name (British style), else 0."""
    if tokens[at].text.lower() not in _HONORIFICS or at + 1 >= len(tokens):
        return 0
    if tokens[at + 1].text == ".":
        return 2
    return 1 if _name_word(tokens[at + 1]) else 0


def _named(
    tokens: Words, at: int, end: int, run: list[int], *, segments: list[tuple[int, int]]
) -> tuple[list[Found], int] | None:
    """Split the words after the titles into complement and name and build the person."""
    name: list[int] = []
    title_end = end
    if run:
        # The complement's words, then the name: the words after a country the complement
        # names, else the last two.
        after = _country_end(tokens, run)
        if 0 <= after < len(run):
            name = _name_run(tokens, run[after])
            if name and name[-1] < run[-1]:
                name = []  # "of Uzbekistan Temir Yollari JSC Aziz Karimov": not at the end
        if not name and len(run) >= 3:
            name = run[-2:]
        if name and not all(
            _name_word(tokens[k])
            or _lower(tokens[k]) in PARTICLES
            or tokens[k].text == "."
            or len(tokens[k].text) == 1
            for k in name
        ):
            return None
        title_end = name[0] if name else end
    if not name:
        # "Minister Jan Novak", "the Prime Minister of Estonia, Mart Kask", "Minister Mr. X"
        # "of Estonia, Mart Kask", "his Italian counterpart, Antonio Tajani": a comma first
        comma = run or _lower(tokens[end - 1]) == "counterpart"
        start = end + 1 if end < len(tokens) and tokens[end].text == "," and comma else end
        start = start + _honorific(tokens, start) if start < len(tokens) else start
        name = _name_run(tokens, start)
        if not name or _line_ends(tokens, tokens[end - 1], tokens[name[0]]):
            return None
        following = tokens[name[-1] + 1].text if name[-1] + 1 < len(tokens) else ""
        if len(name) == 1 and following in ("of", "for", "to"):
            return None  # "Minister Delegate for ...": a word of the title, not a surname
    segments = [*segments[:-1], (segments[-1][0], title_end)]
    titles = [t for t in (_cut_title(tokens, s, e) for s, e in segments) if t]
    if not titles:
        return None
    start = tokens[at].start
    before = tokens[at - 1].text if at > 0 else ""
    affiliation = _affiliation(tokens, at, title_end, before)
    if affiliation is not None and _bare(before) in AFFILIATIONS:
        start = tokens[at - 1].start
    full, stop = _name_of(tokens, name)
    sure = all(t.lower() not in ("counterpart", "counterparts") for t in titles)
    return [Found(full, titles, Span(start, stop), affiliation, sure)], name[-1] + 1


def _name_of(tokens: Words, name: list[int]) -> tuple[str, int]:
    """Return the name the tokens ``name`` spell, as the text spells it (spaces included) but
    without a possessive ("Kowalski's"), and where it ends."""
    last = tokens[name[-1]]
    stop = last.start + len(_bare(last.text))
    return _one_line(tokens.source[tokens[name[0]].start : stop]), stop


def _name_run(tokens: Words, start: int) -> list[int]:
    """Return the tokens of the name at ``start``: two or three words (particles and initials
    such as "J." allowed before the last), or one surname; [] if none starts there."""
    name: list[int] = []
    words = 0
    k = start
    while k < len(tokens) and words < 4:
        token = tokens[k]
        if _initial(tokens, k):
            name.extend((k, k + 1))
            k += 2
            words += 1
            continue
        particle = bool(name) and _lower(token) in PARTICLES
        if not (_name_word(token) or particle):
            break
        if name and _line_ends(tokens, tokens[name[-1]], token):
            break  # a name never runs on into the next line, unless the line was wrapped
        name.append(k)
        words += not particle  # "Khalid bin Saeed Al Mansoori": three words and two particles
        k += 1
        if _bare(token.text) != token.text:
            break  # "Kowalski's": the possessive ends the name
    while name and not _name_word(tokens[name[-1]]):
        name.pop()
    if name and tokens.in_headline(tokens[name[0]]):
        # "Uzbek President Shavkat Mirziyoyev Praised Cooperation": a headline's verbs are
        # capitalised too
        while sum(1 for k in name if _name_word(tokens[k])) > 2:
            name.pop()
    real = sum(1 for k in name if _name_word(tokens[k]) and _lower(tokens[k]) not in PARTICLES)
    return name if 1 <= real <= 3 else []


WRAPPED = 50  # a line at least this long that ends inside a sentence was wrapped, not ended


def _line_ends(tokens: Words, before: Token, after: Token) -> bool:
    """Whether a line ends between two words for good: a blank line, or a line too short to
    have been wrapped (a header, a headline). A paragraph wrapped at a fixed width ends its
    lines anywhere, inside a name too ("Erlan\nSadykov")."""
    gap = tokens.source[before.end : after.start]
    if "\n" not in gap:
        return False
    if gap.count("\n") > 1:
        return True
    line = before.end - tokens.source.rfind("\n", 0, before.end) - 1
    return line < WRAPPED


# What may stand between a plural title and its list of names: "of Chile and Peru", "– Javlon
# Ergashev and ...", "of Uzbekistan and Hungary, ..."
_BEFORE_NAMES = frozenset(("and", "the", ",", "–", "—", "-"))
MAX_LISTED = 12  # names one plural title may list, at most


def _several_people(
    tokens: Words, at: int, end: int, run: list[int], segments: list[tuple[int, int]]
) -> tuple[list[Found], int] | None:
    """Read a plural title and the names it lists, each with that title: "Foreign Ministers of
    Chile and Peru Ana Soto and Luis Paredes", "the foreign ministers of A and B – Jan Novak and
    Ali Demir –", "MEPs Anna Lindqvist, Tomasz Wróbel and Giulia Ferraro", "Members of the
    Bundestag Jörg Hansen, Sabine Krüger and Mehmet Yılmaz"."""
    k = _names_start(tokens, run, end)
    while k < len(tokens) and (
        _bare(tokens[k].text) in AFFILIATIONS or _lower(tokens[k]) in _BEFORE_NAMES
    ):
        k += 1
    names = [_name_run(tokens, k)]
    if len(names[0]) < 2:
        return None
    after = names[0][-1] + 1
    while len(names) < MAX_LISTED and after + 1 < len(tokens):
        joiner = tokens[after].text.lower()
        if joiner not in (",", "and") or _title_at(tokens, after + 1) is not None:
            break  # "and Representative Daniel Okafor": someone with a title of their own
        following = _name_run(tokens, after + 1)
        if len(following) < 2:
            break
        names.append(following)
        after = following[-1] + 1
        if joiner == "and":
            break  # "and" ends a list
    if len(names) < 2:
        return None
    title = _cut_title(tokens, segments[-1][0], names[0][0])
    if not title:
        return None
    span = Span(tokens[at].start, _name_of(tokens, names[-1])[1])
    found = [Found(_name_of(tokens, name)[0], [title], span, None, True) for name in names]
    return found, after


def _names_start(tokens: Words, run: list[int], end: int) -> int:
    """Return where the names after a plural title and its complement start: after the
    country the complement names, else at the last two of three or more capitalised words
    ("of the Bundestag Jörg Hansen, ..."), else after the complement."""
    if not run:
        return end
    country = _country_end(tokens, run)
    if 0 <= country < len(run):
        return run[country]
    if country < 0 and len(run) >= 3:
        return run[-2]
    return run[0]


def _cut_title(tokens: Words, start: int, end: int) -> str:
    while end > start and tokens[end - 1].text in (",", "–", "—", "-", "and", "the"):
        end -= 1
    if end <= start:
        return ""
    return _text_of(tokens, start, end)


def _text_of(tokens: Words, start: int, end: int) -> str:
    """Return the words ``tokens[start:end]`` as the text spells them, a line end as a space."""
    return _one_line(tokens.source[tokens[start].start : tokens[end - 1].end])


def _one_line(text: str) -> str:
    """Return ``text`` as written, or with single spaces if a wrapped line ends inside it."""
    return " ".join(text.split()) if "\n" in text else text


def _affiliation(tokens: Words, at: int, end: int, before: str) -> str | None:
    """Return the country the title names: "Uzbek", "Britain's" before it, "of Uzbekistan" in
    it."""
    bare = _bare(before)
    if bare in AFFILIATIONS:
        return AFFILIATIONS[bare]
    for k in range(at, min(end, len(tokens))):
        word = _bare(tokens[k].text)
        state = k + 1 < len(tokens) and tokens[k + 1].text in ("Republic", "Federation")
        if word in COUNTRIES or (word in AFFILIATIONS and k > at and state):
            return AFFILIATIONS.get(word, word)  # "of Türkiye", "of the Kyrgyz Republic"
    return None


def _appositive(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Name, the Title of …", "Name, Country's title …" or "Name, Title …"."""
    if "," not in (tokens[k].text for k in range(at + 1, min(len(tokens), at + 8))):
        return None  # no comma after a short name: the common case, decided at once
    if at > 0 and (_name_word(tokens[at - 1]) or _lower(tokens[at - 1]) in PARTICLES):
        return None
    first = at + _honorific(tokens, at)  # "Ms. Ayesha Qureshi, the ..."
    name = _name_run(tokens, first)
    comma = name[-1] + 1 if len(name) >= 2 else len(tokens)
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    k = comma + 1
    affiliation: str | None = None
    if k < len(tokens) and _lower(tokens[k]) in ("the", "his", "her", "its", "a", "an"):
        k += 1
    country = _country_at(tokens, k)  # "South Korea's trade minister"
    if country:
        affiliation = AFFILIATIONS.get(country[0], country[0])
        k += country[1]
    elif k < len(tokens) and _bare(tokens[k].text) in AFFILIATIONS:
        affiliation = AFFILIATIONS[_bare(tokens[k].text)]
        k += 1
    title = _title_at(tokens, k) or _title_after_nouns(tokens, k)
    if title is None:
        return None
    end = _lower_complement(tokens, title[0])
    countries = (_bare(tokens[i].text) for i in range(k, end))
    named = next((w for w in countries if w in COUNTRIES), None)
    affiliation = affiliation or (AFFILIATIONS.get(named, named) if named else None)
    full = _name_of(tokens, name)[0]
    span = Span(tokens[first].start, tokens[end - 1].end)
    return [Found(full, [_text_of(tokens, k, end)], span, affiliation, True)], end


_FUNCTION_WORDS = words(
    "the a an and or but who whom whose which that with to of in at on by for from as his her "
    "its their was is were are has had have said says not also"
)


def _title_after_nouns(tokens: Words, at: int) -> tuple[int, bool] | None:
    """Read a lower-case title after one or two nouns the title words do not know: "the EU's
    gas envoy", "the bank's regional director"."""
    for skip in (1, 2):
        k = at + skip
        if k >= len(tokens):
            return None
        noun = _bare(tokens[k - 1].text)
        if not (noun.isalpha() and noun.islower()) or noun in _FUNCTION_WORDS:
            return None
        if not _capitalised(tokens[k]):
            title = _title_at(tokens, k)
            if title is not None:
                return title
    return None


_NOT_COMPLEMENT = frozenset(("said", "and", "who", "which", "that"))


def _lower_complement(tokens: Words, end: int, *, lower_only: bool = False) -> int:
    """Return where a title's complement in any case ends: "minister for trade policy",
    "Chairman of the Board"; never on a connector ("of the Communist Party of")."""
    start = end
    limit = min(len(tokens), end + 12)
    while end + 1 < limit and _lower(tokens[end]) in ("of", "for", "on", "at"):
        stop = end + 1
        if _lower(tokens[stop]) == "the":
            stop += 1
        words = stop
        while (
            words < limit
            and tokens[words].text.isalpha()
            and not (lower_only and _capitalised(tokens[words]))
            and _lower(tokens[words]) not in _NOT_COMPLEMENT
        ):
            words += 1
        if words == stop:
            break
        end = words
    while end > start + 1 and _lower(tokens[end - 1]) in _CONNECTING:
        end -= 1
    return end


_CONNECTING = frozenset(("of", "for", "on", "at", "the", "and"))


def _addressed(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Ms. Anna Nowak-Wiśniewska" with no other title: the honorific stands in for one,
    and the titles are listed for a person to fill in."""
    length = _honorific(tokens, at)
    if not length:
        return None
    name = _name_run(tokens, at + length)
    if sum(1 for k in name if tokens[k].text != ".") < 2:
        return None
    full, stop = _name_of(tokens, name)
    title = _text_of(tokens, at, at + length)
    return [Found(full, [title], Span(tokens[at].start, stop), None, False)], name[-1] + 1


def _unique(report: Report, found: list[Found]) -> list[DraftPerson]:
    """Return one person per name: a surname already known is the same person."""
    drafted: list[DraftPerson] = []
    names: set[str] = set()
    # a surname alone is the person named in full, before or after it: its last word, or its
    # first in the region's surname-first style ("Sato Kenji" ... "Sato said")
    surnames = {p.name.split()[-1] for p in found if len(p.name.split()) > 1}
    surnames |= {p.name.split()[0] for p in found if len(p.name.split()) == 2}
    # by surname, the words of each full name drafted: "Michael Reed" after "J. Michael Reed"
    known: dict[str, list[frozenset[str]]] = {}
    for person in found:
        words = person.name.split()
        if person.name in names or (len(words) == 1 and words[0] in surnames):
            continue
        if any(set(words) <= full for full in known.get(words[-1], ())):
            continue
        namesakes = known.setdefault(words[-1], [])
        if len(namesakes) < 8:  # bounded: a hostile list of namesakes stays linear
            namesakes.append(frozenset(words))
        if len(person.name) > LONGEST or any(len(t) > LONGEST for t in person.titles):
            continue
        names.add(person.name)
        surnames.add(words[-1])
        drafted.append(_drafted(report, person))
    return drafted


def _drafted(report: Report, person: Found) -> DraftPerson:
    """Return ``person`` as a draft fact, with what a reader must confirm and why."""
    drafted = DraftPerson(
        id=report.new_id(person.name),
        name=person.name,
        titles=person.titles,
        affiliation=person.affiliation or TO_FILL,
        quote=report.cut(person.span),
    )
    drafted.doubt(
        "affiliation",
        "the side a person represents is the reader's to say"
        if person.affiliation is None
        else "proposed from the country the title names",
    )
    drafted.doubt("role", "the person's part in the story is the reader's to say")
    if not person.sure_title:
        drafted.doubt("titles", 'an honorific or "counterpart" stands in for a title')
    return drafted
