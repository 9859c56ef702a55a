"""Names with no title listed among bodies: "companies including Rodmar Kazyna and Aldric
Tsusho", "banks such as Aldric Sachs", "held talks with Rodmar Kazyna and Harbour Bank",
"included Rodmar Kazyna, Harbour Holding and …" name firms, not people, though "included" and
"talks with" say a person may be named there. The list's plural noun or a member whose name
ends on a body's word ("Bank", "Holding", "Invest") tells it. Each reader looks a few words
around the name."""

from __future__ import annotations

from kzeu.draft.lexicon.bodies import BODY_KIND_NOUNS
from kzeu.draft.lexicon.people import (
    COMPANY_WORDS,
    GROUP_NOUNS,
    ORGANISATION_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kzeu.draft.words import Words, capitalised, plain

# the plural nouns of kinds of bodies before a list: "companies including", "funds such as"
_KINDS = frozenset(
    {f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s" for noun in BODY_KIND_NOUNS}
    | {"organisations", "organizations", "institutions", "bodies", "holdings"}
)
_INTRODUCING = frozenset(("including", "include", "includes", "included"))
_HEADS = ORGANISATION_HEADS | COMPANY_WORDS
_MEMBER = 5  # capitalised words a listed body's name may hold


def among_bodies(tokens: Words, at: int, after: int) -> bool:
    """Whether the name from ``at`` to ``after`` is listed among bodies: after a plural noun of
    their kind ("companies including", "banks such as") or beside a member whose name ends on
    a body's word."""
    return _kind_introduces(tokens, at) or _body_next(tokens, after) or _body_before(tokens, at)


def _kind_introduces(tokens: Words, at: int) -> bool:
    """Whether "companies including" or "banks such as" stands right before ``at``."""
    if at >= 2 and plain(tokens[at - 1]) in _INTRODUCING:
        return plain(tokens[at - 2]) in _KINDS
    if at >= 3 and (plain(tokens[at - 2]), plain(tokens[at - 1])) == ("such", "as"):
        return plain(tokens[at - 3]) in _KINDS
    return False


def _body_next(tokens: Words, after: int) -> bool:
    """Whether the list goes on from ``after`` with a body's name: "and Harbour Bank", or ",
    Harbour Holding and …" (a comma alone may set apart the person's own body: "Jan Novak,
    Harbour Bank, said")."""
    k = after
    while k < len(tokens) and k - after < 2 and plain(tokens[k]) in (",", "and"):
        k += 1
    joined = any(plain(t) == "and" for t in tokens[after:k])
    if k == after or k >= len(tokens):
        return False
    if plain(tokens[k]) == "the":
        k += 1
    start = k
    while k < len(tokens) and k - start < _MEMBER and capitalised(tokens[k]):
        k += 1
    if k == start or tokens[k - 1].text not in _HEADS:
        return False
    following = plain(tokens[k]) if k < len(tokens) else ""
    # "met Jan Novak and Harbour Bank officials", "Harbour Bank chairman": the bank's people
    return (joined or following == "and") and following not in _PEOPLE_AFTER


_PEOPLE_AFTER = GROUP_NOUNS | TITLE_HEADS | TITLE_MODIFIERS
# what opens a list of names or bodies: "included A, B and C", "talks with A and B"
_OPENERS = frozenset((",", "and", "with", "met", "received", "between", *_INTRODUCING))


def _body_before(tokens: Words, at: int) -> bool:
    """Whether a listed body's name ends right before ", " or "and" before ``at``: "included
    Harbour Bank and Rodmar Kazyna" (not "Jan Novak of Harbour Bank and Ali Demir")."""
    k = at - 1
    while k >= 0 and at - k <= 2 and plain(tokens[k]) in (",", "and"):
        k -= 1
    if not (0 <= k < at - 1 and tokens[k].text in _HEADS):
        return False
    start = k
    while start > 0 and k - start < _MEMBER and capitalised(tokens[start - 1]):
        start -= 1
    if start > 0 and plain(tokens[start - 1]) == "the":
        start -= 1
    return start > 0 and plain(tokens[start - 1]) in _OPENERS
