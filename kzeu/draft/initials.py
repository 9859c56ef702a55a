"""A name written with its initial joined to it, as Mongolian copy writes a patronymic's initial
("B.Enkhjargal", "Ts.Oyunchimeg"): one token, a name, never a word of the complement of the
title before it ("Director General of the Department … of the Ministry B.Enkhjargal")."""

from __future__ import annotations

import re

from kzeu.draft.lexicon.people import DIGRAPH_INITIALS
from kzeu.draft.words import Token, bare

_JOINED = re.compile(
    r"""
      (?:[A-Z][a-z]?\.)+   # initials, each of one letter or a digraph's two: "B.", "Ts."
      [A-Z][a-z]+           # then a name with no space: "B.Enkhjargal", "Ts.Oyunchimeg"
    """,
    re.VERBOSE,
)


def joined_initial(token: Token) -> bool:
    """Whether ``token`` is a name written with its initial joined to it ("B.Enkhjargal"), its
    initial one capital or a digraph's two letters ("Ts."), not "Dr.Novak"."""
    match = _JOINED.fullmatch(bare(token.text))
    return match is not None and token.text.split(".")[0] in _JOINABLE


_JOINABLE = DIGRAPH_INITIALS | frozenset(chr(c) for c in range(ord("A"), ord("Z") + 1))
