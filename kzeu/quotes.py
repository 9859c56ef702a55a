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
from array import array


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
        if found < 0:
            self.budget -= cost(len(self.text) - start, len(quote), -1)
            return found
        # What cost() charges a quote found, without the call: the usual case, once a fact.
        haystack, needle = len(self.text) - start, len(quote)
        scanned = found - start + needle
        if needle < 6 or haystack < 2_500 or (needle < 100 and haystack < 30_000):
            self.budget -= scanned * needle + 1
        else:
            self.budget -= 4 * (scanned + needle)
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


# An edge of the automaton's trie is keyed by its node times this plus its character's code.
_CODES = 0x110000


class QuoteAutomaton:
    """Where each of many quotes first occurs in a text, found in one walk of the text whatever
    the quotes and the text repeat (Aho–Corasick): a trie of the quotes, each node linked to the
    longest proper suffix of its path that is also in the trie, is walked one character of the
    text at a time. Linear in the text and the quotes: making the links takes, for each quote, at
    most twice its length in steps (amortised along its path), the walk two steps a character
    of the text at most, and each quote is reported once. ``work`` counts those steps."""

    def __init__(self, quotes: list[str], limit: int) -> None:
        """Take the first of ``quotes``, as many as keep the trie within ``limit`` nodes (at
        least one): ``quotes[: len(self.quotes)]``."""
        self._edges: dict[int, int] = {}  # node * _CODES + code -> child; node 0 is the root
        self._ends = array("q", [-1])  # the index of the quote that ends at each node, or -1
        parent, code, depth = array("q", [0]), array("q", [0]), array("q", [0])
        self.quotes: list[str] = []
        for quote in quotes:
            if self.quotes and len(parent) + len(quote) > limit:
                break
            node = 0
            for char in map(ord, quote):
                key = node * _CODES + char
                child = self._edges.get(key)
                if child is None:
                    child = self._edges[key] = len(parent)
                    parent.append(node)
                    code.append(char)
                    depth.append(depth[node] + 1)
                    self._ends.append(-1)
                node = child
            if self._ends[node] < 0:
                self._ends[node] = len(self.quotes)
            self.quotes.append(quote)
        self.nodes = len(parent)
        self.work = self.nodes
        self._suffix, self._output = self._links(parent, code, depth)

    def _links(
        self, parent: array[int], code: array[int], depth: array[int]
    ) -> tuple[array[int], array[int]]:
        """Return each node's suffix link and output link (the nearest node along its suffix
        links where a quote ends, 0 for none), made a level of the trie at a time."""
        levels: list[list[int]] = [[] for _ in range(max(depth) + 1)]
        for node in range(1, self.nodes):
            levels[depth[node]].append(node)
        suffix, output = array("q", bytes(8 * self.nodes)), array("q", bytes(8 * self.nodes))
        edges, ends = self._edges, self._ends
        for level in levels[2:]:  # the root and its children link to the root
            for node in level:
                link, char = suffix[parent[node]], code[node]
                while True:
                    self.work += 1
                    found = edges.get(link * _CODES + char)
                    if found is not None or link == 0:
                        break
                    link = suffix[link]
                target = found or 0
                suffix[node] = target
                output[node] = target if ends[target] >= 0 else output[target]
        return suffix, output

    def first_places(self, text: str) -> list[int]:
        """Return where each quote first occurs in ``text`` (its start), -1 where it does not."""
        ends, suffix, output, edges = self._ends, self._suffix, self._output, self._edges
        places = [-1] * len(self.quotes)
        lengths = [len(quote) for quote in self.quotes]
        node = steps = 0
        for end, char in enumerate(map(ord, text), 1):
            while True:
                child = edges.get(node * _CODES + char)
                if child is not None:
                    node = child
                    break
                if node == 0:
                    break
                node = suffix[node]
                steps += 1
            # The quotes ending here, each reported once: the nodes along the output links of
            # a node reported before were all reported with it.
            found = node if ends[node] >= 0 else output[node]
            while found and places[ends[found]] < 0:
                places[ends[found]] = end - lengths[ends[found]]
                found = output[found]
        self.work += len(text) + steps
        return places


def first_places(text: str, quotes: list[str], nodes: int) -> tuple[list[int], int]:
    """Return where each of ``quotes`` first occurs in ``text`` (-1: nowhere) and the steps it
    took: ``QuoteAutomaton`` walks, each over quotes whose trie has at most ``nodes`` nodes (its
    memory), so that the text is walked at most 1 + (the quotes' length) / ``nodes`` times:
    linear in the file when ``nodes`` is a part of the text's length."""
    places: list[int] = []
    work = 0
    while len(places) < len(quotes):
        automaton = QuoteAutomaton(quotes[len(places) :], nodes)
        found = automaton.first_places(text)
        places.extend(found)
        work += automaton.work
    return places, work
