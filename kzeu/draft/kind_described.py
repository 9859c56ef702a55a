"""The words before a kind word that describe its event ("the second Uzbek–Korean
interregional conference"), read back word by word, four at most, to the first that ends a
description: a leading or stopping word of the lexicon, a kind word, a figure or number word,
a possessive."""

from __future__ import annotations

import re

from kzeu.draft.lexicon.events import KIND_LEADS, KIND_STOPS, KIND_WORDS
from kzeu.draft.lexicon.money import NUMBER_WORDS

# A name of letters and digits: "COP29", "C5+1", "G20".
_CODE_NAME = re.compile(r"[A-Z]+[0-9]+(?:\+[0-9]+)?")


# A word of an event's description: "Uzbek–Korean", "interregional", "year's".
_A_WORD = re.compile(r"[\w'’–+-]+")


def described(text: str, at: int, body: int) -> tuple[int, list[str]]:
    """Return where the words that describe the event before offset ``at`` begin, and those
    words ("Uzbek–Korean interregional"; none after "the", "next", "three-day")."""
    words: list[str] = []
    start = at
    while len(words) < 4:
        begin = _word_before(text, start, body)
        if begin is None:
            break
        word = text[begin : start - 1]
        if _ends_description(word):
            break
        words.insert(0, word)
        start = begin
    return start, words


def _word_before(text: str, at: int, body: int) -> int | None:
    """Return where the word that ends one space before offset ``at`` begins (reading back at
    most 40 characters), or None when no word ends there."""
    end = at - 1
    if end <= body or not text[end].isspace():
        return None
    begin, low = end, max(body, end - 40)
    while begin > low and not text[begin - 1].isspace():
        begin -= 1
    return begin if _A_WORD.fullmatch(text, begin, end) else None


def _ends_description(word: str) -> bool:
    """Whether ``word`` is no describing word of the event after it: an article, a word of
    timing or sequence, a link, a kind word, a number ("three-day"), a possessive."""
    lower = word.lower()
    if lower in KIND_LEADS or lower in KIND_STOPS or lower in KIND_WORDS:
        return True  # "the", "of", or another kind word: "forum summit" is two
    if any(c.isdigit() for c in word) and not _CODE_NAME.fullmatch(word):
        return True  # "three-day", "20th", but not "COP29" or "C5+1"
    if lower.split("-")[0] in NUMBER_WORDS:
        return True
    return lower.endswith(("'s", "’s"))  # not "ministers'": a plural's describes
