"""Where a quote is in a text: searches in time linear in the text, within a budget.

A search forward is ``str.find`` (a linear two-way search in CPython 3.10 and later, but for short
needles in short texts); a search backward is a forward search of the text reversed, never
``str.rfind``, which compares up to the whole quote at every position. Every search takes from a
budget the comparisons it may have made, counted from above, so that the caller can stop: the
proof (kzeu.integrity) gives a budget linear in the file. A quote that is not in the text is
described: the character where it departs from the text, and the nearest span.
"""

from __future__ import annotations

import re


class QuoteSearch:
    """Searches of ``text`` for quotes, each in time linear in the part of the text it scans,
    within a budget of comparisons counted from above (``spent``)."""

    def __init__(self, text: str, budget: int) -> None:
        self.text = text
        self.budget = budget
        self._backward: str | None = None  # the text reversed, made on the first backward search

    @property
    def spent(self) -> bool:
        return self.budget <= 0

    def after(self, quote: str, start: int) -> int:
        """Return where ``quote`` first occurs at or after ``start``, or -1."""
        found = self.text.find(quote, start)
        self.budget -= cost(len(self.text) - start, len(quote), found - start)
        return found

    def before(self, quote: str, start: int) -> int:
        """Return where ``quote`` last occurs at or before ``start``, or -1: the first occurrence
        of the quote reversed in the text reversed, a forward search (``str.rfind`` compares up
        to the whole quote at every position)."""
        if self._backward is None:
            self._backward = self.text[::-1]
        size, length = len(self.text), len(quote)
        origin = max(0, size - start - length)
        found = self._backward.find(quote[::-1], origin)
        self.budget -= cost(size - origin, length, found - origin)
        return -1 if found < 0 else size - found - length


# A word of the text, as the index below keys it.
_WORD = re.compile(r"\w+")


class WordIndex:
    """Where the words of the quotes occur in the text, found in one pass: a quote holding a
    word the text writes rarely is found, wherever it is, by checking only that word's places,
    so that quotes listed far out of the order of the text are found in time linear in the text
    and the quotes rather than by scanning the text for each. A word inside a quote (not at its
    edges, where the quote may cut a word of the text) is a whole word of the text wherever the
    quote occurs: when none of its places holds the quote, the text does not. A word the text
    writes more than ``MAX_PLACES`` times is not indexed (its places would cost memory and
    time, and a quote made only of such words is searched for as before)."""

    MAX_PLACES = 1_000

    def __init__(self, text: str, words: set[str]) -> None:
        self.text = text
        self.places: dict[str, list[int]] = {}
        common: set[str] = set()
        for match in _WORD.finditer(text):
            word = match.group()
            if word not in words or word in common:
                continue
            places = self.places.setdefault(word, [])
            if len(places) == self.MAX_PLACES:
                common.add(word)
                del self.places[word]
            else:
                places.append(match.start())
        self.common = common

    def find(self, quote: str, budget: int) -> tuple[int | None, int]:
        """Return (where ``quote`` occurs, -1 if the text surely does not hold it, or None if
        the index cannot tell within ``budget`` comparisons) and the comparisons it took,
        counted from above."""
        inside: list[tuple[int, int]] = []  # (places, offset in the quote) of whole words
        edges: list[tuple[int, int]] = []  # of words at its edges, maybe cut from longer ones
        for match in _WORD.finditer(quote):
            if match.group() in self.common:
                continue
            count = len(self.places.get(match.group(), ()))
            whole = match.start() > 0 and match.end() < len(quote)
            (inside if whole else edges).append((count, match.start()))
        spent = len(quote) + 1
        if inside:
            _, offset = min(inside)
        elif any(count for count, _ in edges):
            _, offset = min((c, o) for c, o in edges if c)
        else:
            return None, spent
        word = _WORD.match(quote, offset)
        for place in self.places.get(word.group(), []) if word else []:
            if spent > budget:
                return None, spent
            spent += len(quote)
            start = place - offset
            if start >= 0 and self.text.startswith(quote, start):
                return start, spent
        return (-1 if inside else None), spent


def words_of(quote: str) -> list[str]:
    """Return the words of ``quote`` as ``WordIndex`` keys them."""
    return _WORD.findall(quote)


def cost(haystack: int, needle: int, offset: int) -> int:
    """Return how many comparisons a ``str.find`` of a ``needle`` in a ``haystack``, found at
    ``offset`` into it (negative: not found), may have made, counted from above. CPython (3.10
    and later, Objects/stringlib/fastsearch.h) searches a needle under 6 characters, a haystack
    under 2,500, or a needle under 100 in a haystack under 30,000, with at most ``needle``
    comparisons per position; anything else with the two-way algorithm, linear."""
    scanned = haystack if offset < 0 or offset + needle > haystack else offset + needle
    if needle < 6 or haystack < 2_500 or (needle < 100 and haystack < 30_000):
        return scanned * needle + 1
    return 4 * (scanned + needle)


def where_it_differs(search: QuoteSearch, quote: str) -> str | None:
    """Return where ``quote`` departs from the text, in words: the longest start of the quote
    that the text holds, the character after it in both, and that span of the text; None once
    the search budget is spent. A binary search on the length of that start, at most 15
    searches of the text (a quote has at most 20,000 characters)."""
    text = search.text
    # quote[:matched] first occurs at `at`; quote[:unmatched] occurs nowhere.
    matched, at, unmatched = 0, 0, len(quote)
    while unmatched - matched > 1 and not search.spent:
        middle = (matched + unmatched) // 2
        found = search.after(quote[:middle], at)
        if found >= 0:
            matched, at = middle, found
        else:
            unmatched = middle
    if unmatched - matched > 1:
        return None
    theirs = at + matched
    if matched == 0:
        return f"its first character, {_character(quote[0])}, is nowhere in source.text"
    if matched < min(_AROUND // 3, len(quote) // 2):
        return "no span of source.text starts as it does"
    if theirs >= len(text):
        return f"source.text ends where character {matched + 1} of the quote is"
    span = _span(text, at, theirs)
    return (
        f"at character {matched + 1} of the quote, {_character(quote[matched])} in the quote,"
        f" {_character(text[theirs])} in source.text, whose nearest span is {span}"
    )


_AROUND = 30


def _character(char: str) -> str:
    return f"{char!r} (U+{ord(char):04X})"  # repr: a control or bidi character as an escape


def _span(text: str, start: int, differs: int) -> str:
    """Return the text from ``start`` (at most 30 characters before ``differs``) to 30 after."""
    first, last = max(start, differs - _AROUND), min(len(text), differs + _AROUND)
    return repr(
        f"{'…' if first > start else ''}{text[first:last]}{'…' if last < len(text) else ''}"
    )
