"""Whether a text states a value in so many words: as whole words, in any case.

A value is stated by a text (a fact's quote, a statistic's figure) when it occurs in it with no
letter or digit joined to its first or last letter or digit, nor a decimal part or group of
thousands to a number's: ``Ice Smith`` is not stated by ``Alice Smith``, nor ``5.7`` by
``$15.7 billion``. Case and line breaks do not count (a quote from a wrapped paragraph).
"""

from __future__ import annotations

import re
from decimal import Decimal

from kzeu.quotes import cost


def comparable(text: str) -> str:
    """Return ``text`` as values are compared with it: in any case, with every run of spaces and
    line breaks (a quote from a wrapped paragraph) as one space."""
    return " ".join(text.split()).casefold()


# A letter, a digit or a combining mark: what a word is made of.
_WORD = r"[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_EDGE = rf"(?<={_WORD})(?!{_WORD})|(?<!{_WORD})(?={_WORD})"
# A decimal point or comma between two digits, made part of the number: letters of a script that
# a report in Latin letters will not write beside digits (Lisu).
_DECIMAL_POINT = r"(?<=[0-9])\.(?=[0-9])"
_DECIMAL_COMMA = r"(?<=[0-9]),(?=[0-9])"


def marked(text: str) -> str:
    """Return ``text`` made ``comparable``, with a number's decimal point or comma made part of
    it and the edges of every word marked with NUL: a value is stated in whole words in a text
    when the value marked is a plain substring of the text marked. ``Ice Smith`` marked is not in
    ``Alice Smith`` marked, ``5.7`` not in ``$15.7``, ``15`` not in ``15.7``."""
    # re.sub compiles each pattern once and keeps it: nothing is compiled for a file whose
    # values all appear as written.
    text = re.sub(_DECIMAL_COMMA, "\ua4d1", re.sub(_DECIMAL_POINT, "\ua4d0", comparable(text)))
    return re.sub(_EDGE, "\0", text)


class StatedValues:
    """The values a quote states in whole words, looked for within a budget of comparisons: at
    first as the value is written (the common case, one search), else in the quote ``marked``
    (one search more)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.unchecked = False  # whether the budget ran out and values were left unchecked
        self._quote = ""
        self._marked = ""

    def states(self, quote: str, value: str) -> bool:
        start, length = quote.find(value), len(value)
        if start >= 0 and len(quote) < 2_500:
            # What cost() charges for a value found in a short quote, without the call: the
            # usual case, some 40,000 times for a 10 MB file.
            self.budget -= (start + length) * length + 1
        else:
            self.budget -= cost(len(quote), length, start)
        if start >= 0:
            end = start + length
            # The usual case without a call: a space or punctuation, or an end, on either side.
            if (start == 0 or quote[start - 1] in _APART) and (
                end == len(quote) or quote[end] in _APART
            ):
                return True
            if whole(quote, start, end):
                return True
        if quote is not self._quote:
            self._quote, self._marked = quote, marked(quote)
            self.budget -= 4 * len(quote)
        wanted = marked(value)
        found = self._marked.find(wanted) if wanted else -1
        self.budget -= cost(len(self._marked), len(wanted), found)
        return found >= 0


def whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole words: no part of a word (``_inside``) on either side
    of a part of a word at its edge; the same rule as ``marked``, one occurrence at a time."""
    # The common case first: a space or a mark of punctuation on either side.
    joined_before = (
        start > 0
        and text[start - 1] not in _APART
        and _inside(text, start)
        and _inside(text, start - 1)
    )
    joined_after = (
        end < len(text)
        and text[end] not in _APART
        and _inside(text, end - 1)
        and _inside(text, end)
    )
    return not joined_before and not joined_after


# What surely keeps apart what it stands between: ASCII, neither a letter nor a digit, nor a
# decimal point or comma.
_APART = frozenset(c for c in map(chr, range(128)) if not c.isalnum() and c not in ".,")
_DIGITS = frozenset("0123456789")
# What, just before a number, would make it part of a longer one.
_JOINED_BEFORE = frozenset("0123456789.,")


def _inside(text: str, at: int) -> bool:
    """Whether ``text[at]`` is part of a word: a letter, a digit, a combining mark (of the blocks
    of combining marks), or a decimal point or comma between two digits."""
    char = text[at]
    if char in ".,":
        return 0 < at < len(text) - 1 and text[at - 1] in _DIGITS and text[at + 1] in _DIGITS
    return char.isalnum() or (not char.isascii() and re.fullmatch(_WORD, char) is not None)


# A number as a report prints it: digits, with a decimal point or groups of thousands.
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


# An ordinal's ending after a number ("15th"): the number is no figure's value.
_ORDINAL = re.compile(r"(?:st|nd|rd|th)(?![^\W_])", re.IGNORECASE)


def figure_states(value: Decimal, figure: str) -> bool:
    """Whether ``figure`` prints ``value`` (its magnitude: the sign may be a word or an arrow)
    as a whole number: not ``5.7`` in ``$15.7``, nor ``15`` in ``15.7`` or ``15th``. Letters
    may be joined to a number in a figure, as reports print them: a currency code before it
    (``EUR2.5 billion``), a scale after it (``$4.1bn``, ``3.2m euros``); digits may not."""
    magnitude = abs(value)
    # The usual figure prints the value as Decimal writes it ("$6.5 billion"): found with one
    # search, where nothing joined before it and nothing after it makes it another number.
    written = str(magnitude)
    at = figure.find(written)
    if at >= 0 and (at == 0 or figure[at - 1] not in _JOINED_BEFORE):
        number = _NUMBER.match(figure, at)
        end = at + len(written)
        if number is not None and number.end() == end and not _ORDINAL.match(figure, end):
            return True
    for number in _NUMBER.finditer(figure):
        start, end = number.span()
        if (start > 0 and figure[start - 1] in _DIGITS) or _ORDINAL.match(figure, end):
            continue
        written = number.group()
        if "," in written:
            if _GROUPED.fullmatch(written) is None:
                continue  # "1,5": a decimal comma, not a figure kzeu reads
            written = written.replace(",", "")
        if "." in written.partition(".")[2]:
            continue  # "1.2.3": not a number
        if Decimal(written) == magnitude:
            return True
    return False
