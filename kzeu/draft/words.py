"""The words of a report as ``people`` reads them: tokens with their offsets, the title-case
headlines among them, and what makes a word part of a name (capitalised, a particle, an
initial, an honorific before it), a name never running on across a line that ends for good."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from kzeu.draft.hosts import CITIES
from kzeu.draft.lexicon.bodies import FIELD_WORDS
from kzeu.draft.lexicon.people import (
    CAPITALS_NOT_SURNAMES,
    COMPANY_WORDS,
    DIGRAPH_INITIALS,
    FACILITY_WORDS,
    FAMILY_NAMES_FIRST,
    INSTITUTION_WORDS,
    NAME_AFTER_WORDS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NOUN_ENDING_LENGTH,
    NOUN_ENDINGS,
    POST_NOMINALS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kzeu.draft.places import NOT_NAMES

TOKEN = re.compile(
    r"""
      [^\W_]+(?:['’.-][^\W_]+)*['’]?   # a word, with its inner apostrophes, dots and hyphens:
                                       # "O'Neill", "U.S", "Al-Sabah", "Jones'"
    | [^\w\s]                          # or one mark: ",", "(", "–"
    """,
    re.VERBOSE,
)


PARTICLES = NAME_PARTICLES
_NAMED_AFTER = FACILITY_WORDS | NAME_AFTER_WORDS


_POSSESSIVE = re.compile(
    r"['’]s?\Z  # a possessive's ending: \"the ministry's\", \"Jones'\"", re.VERBOSE
)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    plain: str  # the word in lower case without a full stop after it: "mr" of "Mr."


def tokens_of(text: str, start: int, end: int | None = None) -> list[Token]:
    """Return the tokens of ``text`` from offset ``start`` on (up to ``end``)."""
    return [
        Token(word := m.group(), m.start(), m.end(), word.lower().rstrip("."))
        for m in TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


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
    words or more, mostly capitalised, that does not end a sentence, and that does not go on
    a wrapped line before it (the third line of "... Novara Aldric University of
    International Relations and World\nLanguages, ..." is no headline). One pass: only the
    space between two words is searched for a line end."""
    bounds: list[int] = []
    line_start, previous_end, words, capitals = 0, 0, 0, 0
    wrapped = False  # whether the line goes on a wrapped line before it
    for token in tokens:
        # a line ends only between two words apart (a run of marks is a word a mark)
        line = source.rfind("\n", previous_end, token.start) if token.start > previous_end else -1
        if line >= 0:  # a new line starts before this token: close the one before
            if not wrapped and _headline(source[line_start:line], words, capitals):
                bounds.extend((line_start, line))
            single = source.count("\n", previous_end, token.start) == 1
            wrapped = single and line - line_start >= WRAPPED
            line_start, words, capitals = line + 1, 0, 0
        if token.text[:1].isalpha():
            words += 1
            capitals += token.text[:1].isupper()
        previous_end = token.end
    if not wrapped and _headline(source[line_start:], words, capitals):
        bounds.extend((line_start, len(source)))
    return bounds


def _headline(line: str, words: int, capitals: int) -> bool:
    """Whether a line of ``words`` words, ``capitals`` of them capitalised, is a headline."""
    return (
        words >= 3
        and capitals * 4 >= words * 3
        and not line.rstrip().endswith((".", ":", "?", "!"))
    )


def plain(token: Token) -> str:
    return token.plain


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def name_word(token: Token) -> bool:
    return _name_word(token.text)


@lru_cache(maxsize=1 << 16)  # a word is asked of again and again, by every reader of a name
def _name_word(text: str) -> bool:
    word = _unprefixed(bare(text))
    return (
        word[:1].isupper()
        and word not in NOT_NAMES
        and word not in FACILITY_WORDS
        and word not in COMPANY_WORDS
        and word not in NAME_AFTER_WORDS
        and word not in FIELD_WORDS  # "of the Agency for Strategic Planning Jan Novak"
        and word not in POST_NOMINALS  # "Eva Horak PhD"
        and word.lower() not in TITLE_HEADS
        and word.lower() not in TITLE_MODIFIERS
        and any(c.islower() for c in word)
        and not common_noun(word)
    )


def common_noun(word: str) -> bool:
    """Whether ``word`` ends as a long common noun does ("Internationalisation", "Enlargement")."""
    return len(word) >= NOUN_ENDING_LENGTH and word.endswith(NOUN_ENDINGS)


def _unprefixed(word: str) -> str:
    """Return a name word without its lower-case prefix: "Hussein" of "al-Hussein"."""
    prefix, hyphen, rest = word.partition("-")
    return rest if hyphen and prefix in NAME_PREFIXES and rest[:1].isupper() else word


def bare(word: str) -> str:
    return _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") or word[-1:] in "'’" else word


def initial(tokens: Words, at: int) -> bool:
    """Whether ``tokens[at]`` is an initial before its full stop: "J." of "J. Michael Reed",
    or initials written together, "A.B." of "A.B. Demir" (not a country's "U.S.")."""
    text = tokens[at].text
    if not (at + 1 < len(tokens) and tokens[at + 1].text == "."):
        return False
    if len(text) == 1:
        return text.isupper()
    if text in DIGRAPH_INITIALS:
        return at + 2 < len(tokens) and capitalised(tokens[at + 2])
    return _INITIALS.fullmatch(text) is not None and text + "." not in NOT_NAMES


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")  # "A.B" of "A.B. Demir", its last stop apart


def name_of(tokens: Words, name: list[int]) -> tuple[str, int]:
    """Return the name the tokens ``name`` spell, as the text spells it (spaces included) but
    without a possessive ("Kowalski's"), and where it ends."""
    last = tokens[name[-1]]
    stop = last.start + len(bare(last.text))
    return one_line(tokens.source[tokens[name[0]].start : stop]), stop


def name_run(tokens: Words, start: int) -> list[int]:
    """Return the tokens of the name at ``start``: two or three words (particles and initials
    such as "J." allowed before the last), or one surname; [] if none starts there."""
    name = _name_words(tokens, start)
    while name and not _ends_name(tokens, name):
        name.pop()
    if name and tokens.in_headline(tokens[name[0]]):
        # "Uzbek President Shavkat Mirziyoyev Praised Cooperation": a headline's verbs are
        # capitalised too
        # (the words on the headline's line only: a wrapped line goes on with the name)
        while sum(1 for k in name if name_word(tokens[k]) and tokens.in_headline(tokens[k])) > 2:
            name.pop()
    after = _past_kind_words(tokens, name[-1] + 1) if name else 0
    if name and after < len(tokens) and _names_a_thing(tokens[after]):
        # "Sheikh Zayed Road", "Jan Novak Airport": a place named after someone; "King Aldric
        # Institute", "Queen Mira University": a body; "Eastern Partnership": a thing; "Queen
        # Mira International Airport": with the words of its kind between
        return []
    real = sum(1 for k in name if _ends_name(tokens, [k]) and plain(tokens[k]) not in PARTICLES) + (
        len(name) > 1 and capital_surname(tokens[name[-1]])
    )
    # four for "Nguyen Thi Thanh Ha" and "Theyab bin Saif bin Hamdan Al Nuaimi"
    long = name and (
        tokens[name[0]].text in FAMILY_NAMES_FIRST
        or any(plain(tokens[k]) in _PATRONYMIC for k in name)
    )
    if real >= 3 and tokens[name[-1]].text in CITIES:
        name.pop()  # "met Minister Jan Novak Prague officials": the city is no word of the name
        real -= 1
    # four for "José Manuel Albares Bueno" and "Luiz Inácio Lula da Silva" too, unless a city
    # comes first ("in Abu Dhabi Jan Novak": the name after it is read on its own)
    if real == 4 and not long and _city_first(tokens, name):
        return []
    return name if 1 <= real <= 4 else []


def _past_kind_words(tokens: Words, at: int) -> int:
    """Return where the capitalised words of an institution's kind from ``at`` end ("International",
    "National", "State" of "Jan Novak International Airport"), at most _KIND_WORDS of them."""
    k = at
    while (
        k < len(tokens)
        and k - at < _KIND_WORDS
        and tokens[k].text in INSTITUTION_WORDS
        and not _names_a_thing(tokens[k])
    ):
        k += 1
    return k


_KIND_WORDS = 3


def _names_a_thing(token: Token) -> bool:
    """Whether ``token``, right after a name, makes it the name of a place, a body or a thing:
    "Road", "Institute", a long common noun ("Partnership")."""
    word = bare(token.text)
    return word in _NAMED_AFTER or (capitalised(token) and common_noun(word))


def _city_first(tokens: Words, name: list[int]) -> bool:
    """Whether the first one or two words of ``name`` are a city of the gazetteer."""
    first = tokens[name[0]].text
    return first in CITIES or f"{first} {tokens[name[1]].text}" in CITIES


def _ends_name(tokens: Words, name: list[int]) -> bool:
    """Whether the last word of ``name`` may end a name: a name word, or a surname in capitals
    after a given name."""
    last = tokens[name[-1]]
    return name_word(last) or (len(name) > 1 and capital_surname(last))


def capital_surname(token: Token) -> bool:
    """Whether ``token`` is a surname written in capitals ("VIRTANEN", "LOBO-ANTUNES"): three
    letters or more with a vowel, and no acronym ("CEO", "NATO") nor word that is never a name."""
    word = bare(token.text)
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return (
        len(letters) >= 3
        and letters.isalpha()
        and letters.isupper()
        and any(c in "AEIOUY" for c in letters)
        and word not in CAPITALS_NOT_SURNAMES
        and word not in NOT_NAMES
        and word.lower() not in PARTICLES  # "Eva VAN DER BERG": particles go on
    )


_PATRONYMIC = frozenset(("bin", "bint", "ibn"))  # "son of", "daughter of": a name of four goes on


def _name_words(tokens: Words, start: int) -> list[int]:
    """Return the tokens from ``start`` that may make a name: up to four words, with initials
    ("J.") and particles ("bin", "van der"), never across a line that ends for good nor past a
    possessive ("Kowalski's"). A surname in capitals after a given name ends it ("Helena
    VIRTANEN", the style of EU and French releases)."""
    name: list[int] = []
    words = 0
    k = start
    while k < len(tokens) and words < 4:
        if initial(tokens, k):
            name.extend((k, k + 1))
            k, words = k + 2, words + 1
            continue
        token = tokens[k]
        if name and capital_surname(token) and not _line_ended(tokens, name, token):
            name.append(k)
            break
        particle = bool(name) and plain(token) in PARTICLES
        if not (name_word(token) or particle) or _line_ended(tokens, name, token):
            break
        name.append(k)
        words += not particle  # "Khalid bin Saeed Al Mansoori": three words and two particles
        k += 1
        if bare(token.text) != token.text:
            break  # "Kowalski's": the possessive ends the name
    return name


def _line_ended(tokens: Words, name: list[int], token: Token) -> bool:
    """Whether a line ends for good between the name so far and ``token`` (a name never runs
    on into the next line, unless the line was wrapped)."""
    return bool(name) and line_ends(tokens, tokens[name[-1]], token)


WRAPPED = 50  # a line at least this long that ends inside a sentence was wrapped, not ended


def line_ends(tokens: Words, before: Token, after: Token) -> bool:
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


def text_of(tokens: Words, start: int, end: int) -> str:
    """Return the words ``tokens[start:end]`` as the text spells them, a line end as a space."""
    return one_line(tokens.source[tokens[start].start : tokens[end - 1].end])


def one_line(text: str) -> str:
    """Return ``text`` as written, or with single spaces if a wrapped line ends inside it."""
    return " ".join(text.split()) if "\n" in text else text


def in_name(tokens: Words, at: int) -> bool:
    """Whether the word at ``at`` may be a word of a name: a name word, a particle, an initial
    or its full stop."""
    token = tokens[at]
    return (
        name_word(token)
        or plain(token) in PARTICLES
        or token.text == "."
        or (len(token.text) == 1 and token.text.isalpha())  # not a quotation mark
    )


def surname_in_capitals(tokens: Words, at: int) -> list[int]:
    """Return "SATO Kenji" after an honorific: a surname in capitals, then a given name (the
    style of some foreign ministries), else []."""
    if at + 1 >= len(tokens):
        return []
    surname = tokens[at].text
    if not (len(surname) >= 3 and surname.isalpha() and surname.isupper()):
        return []
    return [at, at + 1] if name_word(tokens[at + 1]) else []


def capitals_first(tokens: Words, at: int) -> list[int]:
    """Return "SATO Kenji" at ``at``: a surname in capitals (no acronym) and a given name."""
    return surname_in_capitals(tokens, at) if capital_surname(tokens[at]) else []
