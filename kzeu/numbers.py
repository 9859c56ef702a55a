"""Numbers as reports write them beyond digits: words (``ten``, ``twenty-five``) and compound
amounts (``2 bln 140 mln``, read in the scale of their first part: 2.14).

The words and scales are the lexicon's (``kzeu.draft.lexicon``). ``states_number`` is what the
loader asks of a figure that does not hold its value in digits.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from kzeu.draft.lexicon.money import NUMBER_WORDS, SCALES, TENS, UNIT_WORDS

__all__ = ["SCALES", "WORDS", "compound_value", "states_number", "word_value"]

WORDS = NUMBER_WORDS
_WORD_NUMBER = re.compile(
    r"\b(?P<tens>"
    + "|".join(TENS)
    + r")-(?P<unit>"
    + "|".join(UNIT_WORDS)
    + r""")\b          # a tens word and a unit: "twenty-five"
    | \b(?P<word>"""
    + "|".join(re.escape(word) for word in sorted(WORDS, key=len)[::-1])
    + r""")\b          # or a number word, the longest first: "eighteen" before "eight"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PART = re.compile(
    r"""(?<![\d.,])(?P<number>
      [0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,6})?   # a number with thousands: "2,140.5"
    | [0-9]{1,15}(?:\.[0-9]{1,6})?                    # or without: "2140.5"
    )(?![\d,])
    \s?(?P<scale>"""
    + "|".join(SCALES)
    + r""")\b          # then its scale: "bn", "million"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def word_value(text: str) -> int | None:
    """Return the number a word or hyphenated pair names ("five", "Twenty-two"), else None."""
    match = _WORD_NUMBER.fullmatch(text.strip())
    if match is None:
        return None
    if match.group("tens"):
        return WORDS[match.group("tens").lower()] + WORDS[match.group("unit").lower()]
    return WORDS[" ".join(match.group("word").lower().split())]


def compound_value(text: str) -> Decimal | None:
    """Return the value of a compound amount ("2 bln 140 mln") in the scale of its first part
    (2.14), or None unless ``text`` holds two or more parts of falling scale."""
    parts = [
        (Decimal(m.group("number").replace(",", "")), SCALES[m.group("scale").lower()])
        for m in _PART.finditer(text)
    ]
    if len(parts) < 2 or any(b[1] >= a[1] for a, b in pairwise(parts)):
        return None
    top = parts[0][1]
    return sum((number.scaleb(scale - top) for number, scale in parts), Decimal(0)).normalize()


def states_number(value: Decimal, figure: str) -> bool:
    """Whether ``figure`` states ``value`` in words or as a compound amount."""
    try:
        magnitude = abs(value).normalize()
    except InvalidOperation:
        return False
    words = [m.group() for m in _WORD_NUMBER.finditer(figure)]
    if any(word_value(word) == magnitude for word in words):
        return True
    compound = compound_value(figure)
    return compound is not None and compound == magnitude
