"""Titles as reports write them: a run of title words with a head ("Deputy Prime Minister"),
the complement after it ("of Foreign Affairs of Türkiye", "of the Committee on ... of the
Majlisi Namoyandagon"), the country it names, and where the name after it starts. Each reader
looks a bounded number of words ahead, so the work is linear in the length of the report."""

from __future__ import annotations

from kzeu.draft.countries_named import country_end, country_words
from kzeu.draft.honorifics import honorific
from kzeu.draft.initials import joined_initial
from kzeu.draft.lexicon.calendar import CALENDAR_WORDS
from kzeu.draft.lexicon.people import (
    CLAUSE_VERBS,
    COMPLEMENT_NOUNS,
    MEETING_VERBS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kzeu.draft.lexicon.people import (
    INSTITUTION_WORDS as FIELD_WORDS,
)
from kzeu.draft.places import AFFILIATIONS, COUNTRIES
from kzeu.draft.quoted_names import quoted_name
from kzeu.draft.report import words
from kzeu.draft.untitled import (
    ends_on_a_name,
    named_office,
    place_before_comma,
)
from kzeu.draft.words import (
    Token,
    Words,
    bare,
    capitalised,
    initial,
    line_ends,
    name_run,
    name_word,
    plain,
    text_of,
)

HEADS = TITLE_HEADS


MODIFIERS = TITLE_MODIFIERS


TITLE_WORDS = HEADS | MODIFIERS


LOOKAHEAD = 40  # words a title may span, at most


def is_title_word(token: Token) -> bool:
    word = plain(token)
    return is_head(word) or word in MODIFIERS


def is_head(word: str) -> bool:
    """Whether ``word`` (lower case) is a head word, or a compound that starts or ends with one
    ("ambassador-at-large", "vice-chairman")."""
    if word in HEADS:
        return True
    return "-" in word and (word.split("-", 1)[0] in HEADS or word.rsplit("-", 1)[1] in HEADS)


def title_at(tokens: Words, at: int) -> tuple[int, bool] | None:
    """Return where a run of title words starting at ``at`` ends (exclusive), and whether it
    names several people ("Ministers"); None unless it holds a head word ("Minister"). One
    other capitalised word may stand between title words: "Deputy Treasury Secretary"."""
    end, head, plural = at, False, False
    limit = min(len(tokens), at + 8)
    while end < limit:
        if end > at and line_ends(tokens, tokens[end - 1], tokens[end]):
            break  # a headline's "Special Representative" and the body's "President"
        if not is_title_word(tokens[end]):
            if not _between_title_words(tokens, at, end, limit, head=head):
                break
            end += 1
            continue
        word = plain(tokens[end])
        head = head or is_head(word)
        plural = plural or (word.endswith("s") and word in HEADS)
        end += 1
        if "." in word and end < len(tokens) and tokens[end].text == ".":
            end += 1  # the full stop of an abbreviation: "Chargé d'Affaires a.i."
    return (end, plural) if head else None


def _between_title_words(tokens: Words, at: int, end: int, limit: int, *, head: bool) -> bool:
    """Whether the word at ``end``, no title word, stands between two title words of one title:
    "Deputy Treasury Secretary", "Ambassador Extraordinary and Plenipotentiary"; not "and"
    before a second title ("Deputy Prime Minister and Foreign Minister"), nor a capitalised
    word after the head."""
    inner = end > at and end + 1 < limit and end + 1 < len(tokens)
    inner = inner and (capitalised(tokens[end]) or tokens[end].text == "and")
    if not (inner and is_title_word(tokens[end + 1])):
        return False
    if tokens[end].text != "and":
        return not head
    return not _head_follows(tokens, end + 1, limit)


def inside_title(tokens: Words, at: int) -> bool:
    """Whether ``tokens[at]`` goes on a title begun before it on the same line (read from its
    start already)."""
    return (
        at > 0
        and is_title_word(tokens[at - 1])
        and not line_ends(tokens, tokens[at - 1], tokens[at])
    )


def _head_follows(tokens: Words, at: int, limit: int) -> bool:
    """Whether the title words from ``at`` hold a head word ("Foreign Minister")."""
    while at < limit and is_title_word(tokens[at]):
        if plain(tokens[at]) in HEADS:
            return True
        at += 1
    return False


def on_complement(tokens: Words, at: int, run: list[int], limit: int) -> bool:
    """Whether the "on" at ``at`` goes on a complement ("Committee on International Affairs"),
    not the title's clause ("Minister of Economy on Tuesday")."""
    return (
        bool(run)
        and at + 1 < limit
        and plain(tokens[at]) == "on"
        and capitalised(tokens[at + 1])
        and tokens[at + 1].text not in CALENDAR_WORDS
    )


def complement(tokens: Words, start: int, limit: int) -> tuple[list[int], int]:
    """Return the capitalised words from ``start`` (up to a head word or an honorific) and
    where they end; an acronym in brackets ("(FICCI)"), a name in quotes ("Atameken", 'the
    public foundation "Kemel Nur"': ``quoted_names``) and a noun of the lexicon's
    COMPLEMENT_NOUNS after a capitalised word ("Riksdag delegation") go on the complement."""
    run: list[int] = []
    end = start
    while end < limit:
        # a name in quotes ('JSC "NC "Harbour Gas"'), else "(FICCI)", "Riksdag delegation"
        inner = quoted_name(tokens, end, limit) or (_inner_words(tokens, end, limit) if run else 0)
        if inner:
            run.extend(range(end, end + inner))
            end += inner
            continue
        if not _complement_word(tokens, start, end):
            break
        if run and line_ends(tokens, tokens[end - 1], tokens[end]):
            break  # a headline's complement, then the dateline under it
        run.append(end)
        end += 1
    return run, end


def _complement_word(tokens: Words, start: int, at: int) -> bool:
    return (
        capitalised(tokens[at])
        and (plain(tokens[at]) not in HEADS or _body_of_heads(tokens, start, at))
        and not honorific(tokens, at)
        and not initial(tokens, at)  # "of State J. Michael Reed": the name starts there
        and not joined_initial(tokens[at])  # "of the Ministry B.Enkhjargal": so does it here
        and tokens[at].text not in CALENDAR_WORDS  # "of Uzbekistan Shavkat Mirziyoyev Tuesday"
    )


def _inner_words(tokens: Words, at: int, limit: int) -> int:
    """Return how many tokens at ``at`` go on a complement without being capitalised words: 3
    for "( FICCI )" and '" Atameken "', 1 for "delegation" in "the Riksdag delegation"."""
    text = tokens[at].text
    if (
        at + 2 < limit
        and (text, tokens[at + 2].text) in _AROUND
        and tokens[at + 1].text[:1].isupper()
    ):
        return 3
    return 1 if plain(tokens[at]) in COMPLEMENT_NOUNS else 0


_AROUND = frozenset((("(", ")"), ('"', '"'), ("“", "”"), ("«", "»")))


def _body_of_heads(tokens: Words, start: int, at: int) -> bool:
    """Whether the head word at ``at`` names a body, as "Ministers" in "Cabinet of Ministers"."""
    return at == start and plain(tokens[at]).endswith("s") and plain(tokens[at - 1]) == "of"


def listed(tokens: Words, run: list[int], end: int, limit: int) -> tuple[list[int], int]:
    """Read on a complement that lists several things: "of Investment, Industry and Trade",
    "for Europe and the Americas"; stop where a name may have begun (more than two words), at
    a country ("of Estonia, Mart Kask") or before another title ("and Hungarian Minister")."""
    while end + 1 < limit and len(run) <= 2 and country_end(tokens, run) < 0:
        joiner = tokens[end].text.lower()
        following = _listed_next(tokens, end, limit) if joiner in ("and", "&", ",") else None
        if following is None:
            break
        more, after = complement(tokens, following, limit)
        if joiner == "," and (len(more) > 1 or after >= limit or plain(tokens[after]) != "and"):
            break  # "of Economy, Jan Novak said": the name follows the comma
        run, end = more, after
    return run, end


def _listed_next(tokens: Words, joiner: int, limit: int) -> int | None:
    """Return where the next thing a complement lists starts after the joiner at ``joiner``
    ("and", "&", ","; and a "the"), or None if what follows is no part of it."""
    following = joiner + 1
    comma = tokens[joiner].text == ","
    if not comma and plain(tokens[following]) == "the" and following + 1 < limit:
        following += 1
    if not capitalised(tokens[following]) or title_at(tokens, following):
        return None
    if not comma and _another_title(tokens, following, limit):
        return None  # "and Hungarian Minister ...": the title of someone else
    return following


def _another_title(tokens: Words, at: int, limit: int) -> bool:
    """Whether the word at ``at`` names a country that goes before a title ("Hungarian
    Minister"), not a word of a complement ("European Affairs")."""
    return (
        bare(tokens[at].text) in AFFILIATIONS
        and at + 1 < limit
        and title_at(tokens, at + 1) is not None
    )


def cut_title(tokens: Words, start: int, end: int) -> str:
    while end > start and tokens[end - 1].text in (",", "–", "—", "-", "(", "and", "the"):
        end -= 1
    if end <= start:
        return ""
    return text_of(tokens, start, end)


_FUNCTION_WORDS = words(
    "the a an and or but who whom whose which that with to of in at on by for from as his her "
    "its their was is were are has had have said says not also"
)


def title_after_nouns(tokens: Words, at: int) -> tuple[int, bool] | None:
    """Read a lower-case title after one or two nouns the title words do not know: "the EU's
    gas envoy", "the bank's regional director"."""
    for skip in (1, 2):
        k = at + skip
        if k >= len(tokens):
            return None
        noun = bare(tokens[k - 1].text)
        if not (noun.isalpha() and noun.islower()) or noun in _FUNCTION_WORDS:
            return None
        if not capitalised(tokens[k]):
            title = title_at(tokens, k)
            if title is not None:
                return title
    return None


# Words a lower-case complement never runs on to: a clause's start or verb ("the co-chairs of
# the intergovernmental commission met in Dushanbe": the title ends before "met").
_NOT_COMPLEMENT = (
    frozenset(("said", "and", "who", "which", "that")) | SPEECH_VERBS | MEETING_VERBS | CLAUSE_VERBS
)


def _field_follows(tokens: Words, at: int, limit: int) -> bool:
    """Whether the comma or "and" at ``at`` goes on a list of a title's fields: a field's word
    follows ("of Trade, Industry and Energy"), not a name ("of Trade, Jan Novak")."""
    if not (0 < at < limit - 1 and tokens[at].text in (",", "and")):
        return False
    before, after = tokens[at - 1].text, tokens[at + 1].text
    # in either case: "of Trade, Industry and Energy", "of trade, industry and energy"
    if after.capitalize() not in FIELD_WORDS or title_at(tokens, at + 1) is not None:
        return False  # "... Department and deputy minister of ...": a second title
    return capitalised(tokens[at - 1]) or before.capitalize() in FIELD_WORDS


def _a_country(tokens: Words, at: int) -> bool:
    """Whether the word at ``at`` is a country's name: "of Kyrgyzstan and Tajikistan on border
    issues" is a lower-case complement still."""
    return bare(tokens[at].text) in COUNTRIES


def _and_a_country(tokens: Words, at: int) -> bool:
    """Whether the word at ``at`` is "and" before a country: "of Austria and Germany"."""
    return (
        plain(tokens[at]) == "and"
        and at + 1 < len(tokens)
        and bare(tokens[at + 1].text) in COUNTRIES
    )


def lower_complement(tokens: Words, end: int, *, lower_only: bool = False) -> int:
    """Return where a title's complement in any case ends: "minister for trade policy",
    "Chairman of the Board"; never on a connector ("of the Communist Party of")."""
    start = end
    limit = min(len(tokens), end + 24)
    while end + 1 < limit and plain(tokens[end]) in ("of", "for", "on", "at"):
        stop = end + 1
        if plain(tokens[stop]) == "the":
            stop += 1
        words = stop
        while words < limit and (
            # a possessive goes on ("the head of the LDB's Novara office, Jan Novak,")
            bare(tokens[words].text).replace("-", "").isalpha()
            or _field_follows(tokens, words, limit)
        ):
            if _field_follows(tokens, words, limit):
                words += 1  # "of Trade, Industry and Energy of ...": the fields go on
                continue
            if lower_only and capitalised(tokens[words]) and not _a_country(tokens, words):
                office = named_office(tokens, words, limit)
                if not office:
                    break  # "the minister of economy Jan Novak": the name
                words += office  # "the head of the World Bank office in ..."
                continue
            if plain(tokens[words]) in _NOT_COMPLEMENT and not _and_a_country(tokens, words):
                break
            words += 1
        if words == stop:
            break
        end = words
    while end > start + 1 and plain(tokens[end - 1]) in _CONNECTING:
        end -= 1
    return end


_CONNECTING = frozenset(("of", "for", "on", "at", "in", "the", "and"))


def past_place(tokens: Words, at: int) -> int:
    """Return where a title ends that goes on "in" a place at ``at`` before its name: after the
    place set apart by a comma ("in Baku, Ana Soto"), or after a country right before a full
    name ("in Ruritania Jan Novak"); else ``at``."""
    apart = place_before_comma(tokens, at)
    if apart > at:
        return apart
    after = at + 1 + country_words(tokens, at + 1)
    if after > at + 1 and len(name_run(tokens, after)) >= 2:
        return after
    # "in the Chui Region Jan Novak": a region's or a body's name ending on a word of no name,
    # then the name
    start = at + 2 if at + 2 < len(tokens) and plain(tokens[at + 1]) == "the" else at + 1
    run, _ = complement(tokens, start, min(len(tokens), start + 8))
    if ends_on_a_name(tokens, run):
        return next(k for k in reversed(run) if not name_word(tokens[k])) + 1
    return at
