"""The English of news reports that ``kzeu draft`` reads, as tables: every word list in one place.

One module a subject: ``money`` (currency symbols, codes and names, number and scale words, the
words around a figure), ``calendar`` (months and weekdays), ``people`` (the words of titles,
honorifics, name particles, the words before an untitled name), ``bodies`` (the words that tell
a firm's or a body's name from a person's), ``events`` (the words of meetings, event names and
kinds, places), ``topics`` (the words of agenda items) and ``text``
(abbreviations after which a full stop ends no sentence, the bodies that issue a report). The
patterns that find them are built from these tables (``alternation``), so adding a currency or a
title word is one edit here plus one test case (``tests/data/draft_cases/``). Beside it,
``countries.json`` holds the gazetteer.

Nothing here imports from kzeu outside this package: ``kzeu.dates``, ``kzeu.numbers`` and
``kzeu.sentences``, which the loader and ``cite`` share, read the same tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def words(text: str) -> frozenset[str]:
    """Return the set of the words of ``text``: a long list written as one string."""
    return frozenset(text.split())


def alternation(choices: Iterable[str]) -> str:
    """Return a regex group that matches any of ``choices`` literally, the longest first (so that
    "US$" is tried before "$" and "pounds sterling" before "pounds")."""
    ordered = sorted(set(choices), key=lambda choice: (-len(choice), choice))
    return "(?:" + "|".join(re.escape(choice) for choice in ordered) + ")"


def trie(choices: Iterable[str]) -> str:
    """Return a regex group that matches any of ``choices`` literally, the longest first, as
    ``alternation`` does, but as a tree of their shared beginnings: at each place of a text only
    the choices that begin with its character are tried, however many there are (a table of
    verbs, or the surnames of a report of thousands of people, which a plain alternation tries
    one by one at every place)."""
    tree: dict[str, dict[str, Any]] = {}
    for choice in choices:
        node = tree
        for char in choice:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict[str, dict[str, Any]]) -> str:
    """Return the regex of the choices below ``node`` of ``trie``'s tree."""
    parts = []
    for char in sorted(key for key in node if key):
        child = node[char]
        run = re.escape(char)
        while len(child) == 1 and "" not in child:  # a chain of single characters: one run
            ((letter, child),) = child.items()
            run += re.escape(letter)
        below = _branches(child) if any(child) else ""
        if below and "" in child:
            run += "(?:" + below + ")?"  # the longer choice first, then this one
        elif below:
            run += below if len([k for k in child if k]) == 1 else "(?:" + below + ")"
        parts.append(run)
    return "|".join(parts)


def caseless_trie(choices: Iterable[str]) -> str:
    """Return ``trie`` of ``choices`` for a pattern compiled with ``re.IGNORECASE``, behind a
    look at the first character: at a place of the text whose character begins no choice,
    nothing more is tried (a table of fifty phrases was otherwise tried at every word). The
    choices are lower-cased first, so that "Next" and "next week" share a branch and the
    longest is still tried first."""
    lowered = {choice.lower() for choice in choices}
    firsts = "".join(sorted({re.escape(choice[0]) for choice in lowered if choice}))
    return f"(?=[{firsts}]){trie(lowered)}"


def capitalisable(choices: Iterable[str]) -> str:
    """Return the alternation of ``choices`` in their order, each also with a capital first letter
    ("[Dd]ecree"): a word that may open a sentence or a title."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in choices)
