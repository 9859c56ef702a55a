"""Forgiving text matching: case, accents, curly vs. straight quotes and dash vs. hyphen ignored.

``North – South`` (spaced en dash) and ``north-south`` normalise alike, and so do
``Ministry’s`` and ``ministry's``. Matches are mapped back to spans of the original text so that
they can be highlighted where they stand.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`"), "'")
_QUOTES.update(dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'))
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_FOLD = {**_QUOTES, **_DASHES}


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Folded(NamedTuple):
    """A text folded for matching, with the original index of every folded character."""

    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> Folded:
        """Fold ``original``: casefold, strip accents, straighten quotes and dashes, and drop
        the white space around a dash (so that "North – South" reads as "north-south")."""
        chars: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(original):
            for folded in _fold_char(char):
                if folded.isspace() and chars and chars[-1] == "-":
                    continue
                if folded == "-":
                    while chars and chars[-1].isspace():
                        chars.pop()
                        origin.pop()
                chars.append(" " if folded.isspace() else folded)
                origin.append(index)
        return cls("".join(chars), tuple(origin))

    def spans(self, needle: str) -> Iterator[tuple[int, int]]:
        """Yield the (start, end) spans of the original text where ``needle`` occurs, folded."""
        if not needle:
            return
        start = self.text.find(needle)
        while start >= 0:
            end = start + len(needle)
            yield self.origin[start], self.origin[end - 1] + 1
            start = self.text.find(needle, end)


_ASCII_SPACE = re.compile("[\t\n\r\x0b\x0c\x1c-\x1f]")
_AROUND_DASH = re.compile(" *- *")


def fold(text: str) -> str:
    """Return ``text`` folded as ``Folded.of`` folds it; ASCII text the fast way, whole."""
    if text.isascii():
        return _AROUND_DASH.sub("-", _ASCII_SPACE.sub(" ", text.translate(_FOLD).lower()))
    return Folded.of(text).text


def find(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of ``text`` that match ``query`` when both are folded."""
    return tuple(Folded.of(text).spans(fold(query).strip()))
