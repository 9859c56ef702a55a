"""The one way kzeu matches text: ``search`` and every name or value filter use ``Query``.

A query is a list of words; a text matches when it holds every one of them, each as a part of
a word, in any case, with or without accents, curly or straight quotes: ``north south``
finds "North-South", ``cafe`` finds "Café", ``uni`` finds "United Nations". Spaces and
dashes only separate the words, so a space in a query matches a hyphen in the text and the
other way round.

Linear by construction: a text is folded one character at a time (no pattern that backtracks
on runs of spaces) and each word is found with ``str.find``; a match is mapped back to the
original text only where there is one, through an array of offsets (8 bytes a character).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple, TypeVar

_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`"), "'")
_QUOTES.update(dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'))
_DASH_CHARACTERS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_DASHES = dict.fromkeys(map(ord, _DASH_CHARACTERS), "-")
_FOLD = {**_QUOTES, **_DASHES}
# What separates the words of a query: white space and dashes of every kind (those that fold).
_SEPARATOR = re.compile(rf"[\s\-{_DASH_CHARACTERS}]+")


_Shared = TypeVar("_Shared", str, tuple[int, int], tuple[str, ...], tuple[tuple[int, int], ...])


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Return ``text`` as it is compared: casefolded, accents stripped, quotes and dashes
    straightened (one character of the text may become none or several)."""
    if text.isascii():
        return text.translate(_FOLD).lower()
    return "".join(map(_fold_char, text))


class Folded(NamedTuple):
    """A text folded for matching, with the original index of every folded character (None:
    the same index, for text whose folding keeps its length)."""

    text: str
    origin: array[int] | None

    @classmethod
    def of(cls, original: str) -> Folded:
        """Fold ``original`` as ``fold`` does, remembering where each character came from."""
        if original.isascii():
            return cls(fold(original), None)
        chars: list[str] = []
        origin = array("q")
        for index, char in enumerate(original):
            folded = _fold_char(char)
            chars.append(folded)
            origin.extend([index] * len(folded))
        return cls("".join(chars), origin)

    def spans(self, word: str) -> Iterator[tuple[int, int]]:
        """Yield the (start, end) spans of the original text where ``word`` (folded) occurs,
        those that touch as one ("aaaa" holds "a" once, four characters long): one pass of a
        pattern without nested or ambiguous repeats."""
        if not word:
            return
        for match in _runs_of(word).finditer(self.text):
            yield self._original(*match.span())

    def _original(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=64)
def _runs_of(word: str) -> re.Pattern[str]:
    return re.compile(f"(?:{re.escape(word)})+")


def merged(spans: Iterable[tuple[int, int]], text: str = "") -> tuple[tuple[int, int], ...]:
    """Return ``spans`` sorted, with those that overlap or touch joined into one, and those
    that only spaces or dashes of ``text`` separate ("Central Asia – EU" is one match of
    ``central asia-eu``)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or _SEPARATOR.fullmatch(text, out[-1][1], start)):
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(out)


Spans = tuple[tuple[int, int], ...]


class Query:
    """What a user typed to find or filter by: its words, folded. The spans and matched words
    it returns are shared between the texts that give equal ones (``_shared``): a search that
    matches a hundred thousand short fields holds each distinct answer once, not once a row."""

    __slots__ = ("_shared", "typed", "words")

    def __init__(self, typed: str) -> None:
        self.typed = typed
        self.words: tuple[str, ...] = tuple(
            dict.fromkeys(w for w in _SEPARATOR.split(fold(typed)) if w)
        )
        self._shared: dict[object, object] = {}

    def __bool__(self) -> bool:
        return bool(self.words)

    def found_in(self, folded: str) -> set[str]:
        """Return the words of the query that the folded text holds."""
        return {w for w in self.words if w in folded}

    def matches(self, *texts: str) -> bool:
        """Return whether ``texts``, together, hold every word of the query."""
        missing = set(self.words)
        for text in texts:
            missing -= self.found_in(fold(text))
            if not missing:
                return True
        return not missing

    def spans(self, text: str) -> Spans:
        """Return the spans of ``text`` where a word of the query occurs, merged."""
        folded = fold(text)
        words = [w for w in self.words if w in folded]
        if not words:
            return ()
        mapped = Folded.of(text)
        found = merged((span for w in words for span in mapped.spans(w)), text)
        return self._share(tuple(self._share(span) for span in found))

    def matched(self, text: str, spans: Spans) -> tuple[str, ...]:
        """Return the parts of ``text`` at ``spans``, as written (one string object per
        spelling, one tuple per distinct list of them)."""
        return self._share(tuple(self._share(text[a:b]) for a, b in spans))

    def _share(self, value: _Shared) -> _Shared:
        """Return the one object equal to ``value`` this query has returned, or ``value``."""
        return self._shared.setdefault(value, value)  # type: ignore[return-value]


def find(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of ``text`` that match the words of ``query``."""
    return Query(query).spans(text)
