"""The English of news reports that ``kzeu draft`` reads, as tables: every word list in one place.

One module a subject: ``money`` (currency symbols, codes and names, number and scale words, the
words around a figure), ``calendar`` (months and weekdays), ``people`` (the words of titles,
honorifics, name particles, the words before an untitled name), ``events`` (the words of
meetings, event names and kinds, places), ``topics`` (the words of agenda items) and ``text``
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


def words(text: str) -> frozenset[str]:
    """Return the set of the words of ``text``: a long list written as one string."""
    return frozenset(text.split())


def alternation(choices: Iterable[str]) -> str:
    """Return a regex group that matches any of ``choices`` literally, the longest first (so that
    "US$" is tried before "$" and "pounds sterling" before "pounds")."""
    ordered = sorted(set(choices), key=lambda choice: (-len(choice), choice))
    return "(?:" + "|".join(re.escape(choice) for choice in ordered) + ")"


def capitalisable(choices: Iterable[str]) -> str:
    """Return the alternation of ``choices`` in their order, each also with a capital first letter
    ("[Dd]ecree"): a word that may open a sentence or a title."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in choices)
