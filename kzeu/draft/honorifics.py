"""Honorifics before a name: "Mr", "Dr.", "Shri", and chains of them ("H.E. Sheikh", "His
Excellency Mr", "Datuk Seri"), read as one, so that the name after them is read from its first
word."""

from __future__ import annotations

from kzeu.draft.lexicon.people import (
    CHAIN_ABBREVIATIONS,
    CHAIN_CAPITALS,
    CHAIN_STYLES,
    CHAIN_TITLES,
    FULL_NAME_HONORIFICS,
    HONORIFICS,
)
from kzeu.draft.words import Words, initial, name_word


def honorific(tokens: Words, at: int) -> int:
    """Return how many tokens the honorific at ``at`` spans: 2 for "Mr." or "Dr.", 1 for "Mr"
    or "Ms" without a full stop before a name or its initial (British style, and "Shri P. K.
    Rao"), else 0. A chain ("H.E. Sheikh", "His Excellency Mr", "H.E. Dr.") spans all its
    honorifics when a name or a stopped honorific ends it; a chain of at most four."""
    if at >= len(tokens) or (
        tokens[at].text.lower() not in _CHAIN_FIRSTS and tokens[at].text not in CHAIN_CAPITALS
    ):
        return 0  # no honorific begins with this word: most words, decided at once
    k, stopped = at, False
    while k < len(tokens) and k - at < 8:
        step = _chain_step(tokens, k)
        if not step:
            break
        stopped = tokens[k + step - 1].text == "."
        k += step
    if k == at or k >= len(tokens):
        return 0
    if stopped or name_word(tokens[k]) or initial(tokens, k):
        return k - at
    return 0


def _chain_step(tokens: Words, at: int) -> int:
    """Return how many tokens the one honorific at ``at`` spans (its full stop too), else 0."""
    word = tokens[at].text.lower()
    dot = 1 if at + 1 < len(tokens) and tokens[at + 1].text == "." else 0
    if at + 1 < len(tokens) and (word, tokens[at + 1].text.lower()) in CHAIN_STYLES:
        return 2  # "His Excellency", "Datuk Seri"
    if word in HONORIFICS or (word in CHAIN_TITLES and at + 1 < len(tokens)):
        return 1 + dot
    if word in CHAIN_ABBREVIATIONS and dot:
        return 2
    if word in FULL_NAME_HONORIFICS and dot and _full_name(tokens, at + 2):
        return 2  # "Ch. Jan Novak", not "Ch. T. Novakov"
    if tokens[at].text in CHAIN_CAPITALS and at + 1 < len(tokens):
        return 1
    return 0


# The words a chain of honorifics (``_chain_step``) may begin with (lower case): no other word
# begins one.
_CHAIN_FIRSTS = (
    frozenset(first for first, _ in CHAIN_STYLES)
    | HONORIFICS
    | CHAIN_TITLES
    | CHAIN_ABBREVIATIONS
    | FULL_NAME_HONORIFICS
)


def _full_name(tokens: Words, at: int) -> bool:
    """Whether a given name and a surname start at ``at``, no initial among them."""
    return (
        at + 1 < len(tokens)
        and name_word(tokens[at])
        and name_word(tokens[at + 1])
        and not initial(tokens, at)
        and not initial(tokens, at + 1)
    )
