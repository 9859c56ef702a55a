"""Where a capitalised title's complement goes on when no capitalised words follow its
connector: "at" a body ("Director for Central Asia at the Lanka Service Jan Novak"), a long
complement ("Head of the press service of the President Jan Novak"), or a lower-case one with
the name set apart after "the" ("The Vice-Chair of the Parliament's delegation for relations
with Central Asia, Eva Horn,"); a complement of several parts, two fields of one body joined
by "and" in one ("the head of the Ministry of Economy and Finance of Hungary Jan Novak"). Each
reader looks a bounded number of words ahead."""

from __future__ import annotations

from kzeu.draft.honorifics import honorific
from kzeu.draft.lexicon.calendar import CALENDAR_WORDS
from kzeu.draft.titles import lower_complement, past_place, title_at
from kzeu.draft.untitled import (
    apart_after_the,
    bracketed_name,
    ends_on_a_name,
    full_name,
    set_apart,
)
from kzeu.draft.words import Words, capitalised, name_run, name_word, plain


def at_body(tokens: Words, at: int, run: list[int], limit: int) -> bool:
    """Whether the "at" at ``at`` joins a body to a title ("Director for Central Asia at the
    Lanka External Service Jan Novak"), not a place or a time ("at the meeting", "at 10:00"),
    nor the place after a name that ends the complement ("Prime Minister of Ruritania Jan Novak
    at the Palace")."""
    if plain(tokens[at]) != "at" or (run and _ends_on_full_name(tokens, run)):
        return False
    k = at + 1
    if k < limit and plain(tokens[k]) == "the":
        k += 1
    return k < limit and capitalised(tokens[k]) and tokens[k].text not in CALENDAR_WORDS


def _ends_on_full_name(tokens: Words, run: list[int]) -> bool:
    """Whether the capitalised words ``run`` end on a name of two or three words."""
    return any(len(run) >= n and full_name(tokens, run[-n]) == run[-n:] for n in (2, 3))


def complement_tail(
    tokens: Words, at: int, connector: int, limit: int
) -> tuple[list[int], int] | None:
    """Read the complement of the capitalised title at ``at`` from the connector at
    ``connector`` when no capitalised words follow it: a long complement ("Head of the press
    service of the President Jan Novak"), or a lower-case one after "the" with the name set
    apart ("The Vice-Chair of the Parliament's delegation for relations with Central Asia, Eva
    Horn,"); else None."""
    parts = long_complement(tokens, connector, limit)
    if parts is not None:
        return parts
    end = lower_complement(tokens, connector)
    return ([], end) if apart_after_the(tokens, at, end) else None


def bracketed_field(tokens: Words, at: int, limit: int) -> int:
    """Return where a field in brackets right after a title ends when a name follows it
    ("Additional Secretary (Trade Policy) Jan Novak": past the ")"), else ``at``; a name in
    the brackets ("Minister of Economy (Jan Novak)") is no field."""
    if at >= limit or tokens[at].text != "(":
        return at
    k = at + 1
    while k < limit and k - at <= _FIELD_WORDS and capitalised(tokens[k]):
        k += 1
    if k == at + 1 or k + 1 >= limit or tokens[k].text != ")" or bracketed_name(tokens, at + 1):
        return at
    after = k + 1 + honorific(tokens, k + 1)
    return k + 1 if after < len(tokens) and name_run(tokens, after) else at


_FIELD_WORDS = 4  # capitalised words a bracketed field holds, at most ("(Trade Policy)")


def on_field(tokens: Words, at: int, end: int, limit: int) -> bool:
    """Whether a lower-case title's field in lower case follows it on "on": "the Speaker's
    adviser on foreign policy Jan Novak"."""
    return (
        end + 1 < limit
        and plain(tokens[end]) == "on"
        and not capitalised(tokens[at])
        and tokens[end + 1].text.isalpha()
        and tokens[end + 1].text.islower()
    )


# What joins the parts of a long complement: "head of the press service of the President",
# "Adviser to the President"
_JOINS = frozenset(("of", "for", "from", "to"))


def long_complement(tokens: Words, at: int, limit: int) -> tuple[list[int], int] | None:
    """Read a complement of several parts from the connector at ``at``, its inner parts in any
    case ("of the board of", "of the press service of") and its last part capitalised, and
    return the last part's words and where it ends when a name ends it ("chairman of the board
    of Halyk Bank Umut Shayakhmetova"), or ``([], comma)`` when a name set apart by a comma
    follows it ("press secretary of the President of Kyrgyzstan, Askat Alagozov,"); else None."""
    k = at
    while k < limit and plain(tokens[k]) in _JOINS:
        k += 1
        if k < limit and plain(tokens[k]) == "the":
            k += 1
        start = k
        while k < limit and k - start < 6 and tokens[k].text[:1].isalpha():
            if _fields_joined(tokens, k, limit):
                k += 1  # "of Economy and Finance of Uzbekistan": two fields of one body
                continue
            if plain(tokens[k]) in _JOINS or (k > start and _lower_after_capital(tokens, k)):
                break  # a join, or a lower-case word after the capitalised ones: the part ends
            k += 1
        part = list(range(start, k))
        if not part or (k - start > 3 and not all(capitalised(tokens[i]) for i in part)):
            return None
        if k < limit and plain(tokens[k]) in _JOINS:
            continue  # an inner part: "of the board", "of the press service"
        if not all(capitalised(tokens[i]) for i in part):
            return None  # "minister of economy met Jan Novak": a verb, not a complement
        if ends_on_a_name(tokens, part):
            return part, k
        # "… of the President in the Chui Region Jan Novak": a place, then the name
        placed = k < limit and plain(tokens[k]) == "in" and past_place(tokens, k) > k
        return ([], k) if set_apart(tokens, k) or placed else None
    return None


def _fields_joined(tokens: Words, at: int, limit: int) -> bool:
    """Whether "and" at ``at`` joins two capitalised fields of one body ("Economy and Finance",
    "Regulation and Development"): the word before is no name word, no title follows."""
    return (
        plain(tokens[at]) == "and"
        and at + 1 < limit
        and capitalised(tokens[at - 1])
        and not name_word(tokens[at - 1])
        and capitalised(tokens[at + 1])
        and title_at(tokens, at + 1) is None
    )


def _lower_after_capital(tokens: Words, at: int) -> bool:
    return not capitalised(tokens[at]) and capitalised(tokens[at - 1])
