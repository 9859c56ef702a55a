"""The country a title, its complement or the words after a name name: "of Estonia", "of the
United Arab Emirates", "Uzbek" or "Britain's" before a title, "Jan Novak of Czechia" — each
as the affiliation it gives. Read from a given word, a bounded number of words on."""

from __future__ import annotations

from kzeu.draft.hosts import long_affiliation
from kzeu.draft.places import AFFILIATIONS, COUNTRIES, COUNTRY_NAMES
from kzeu.draft.words import Words, bare, plain


def country_end(tokens: Words, run: list[int]) -> int:
    """Return the index in ``run`` just after the first country it names ("Estonia", "United
    Arab Emirates"), or -1."""
    words = [bare(tokens[k].text) for k in run]
    for i, word in enumerate(words):
        for country in COUNTRY_NAMES.get(word, ()):
            if tuple(words[i : i + len(country)]) == country:
                return i + len(country)
    return -1


def country_at(tokens: Words, at: int) -> tuple[str, int] | None:
    """Return the country of more than one word that starts at ``at`` ("South Korea's") and
    its number of words, or None."""
    if at >= len(tokens):
        return None
    for country in COUNTRY_NAMES.get(tokens[at].text, ()):
        if len(country) > 1 and at + len(country) <= len(tokens):
            spelt = tuple(bare(tokens[at + i].text) for i in range(len(country)))
            if spelt == country:
                return " ".join(country), len(country)
    return None


def country_words(tokens: Words, at: int) -> int:
    """Return how many words the country at ``at`` has ("Germany", "South Korea"), or 0."""
    country = country_at(tokens, at)
    if country:
        return country[1]
    return 1 if at < len(tokens) and bare(tokens[at].text) in COUNTRIES else 0


def affiliation_named(tokens: Words, at: int, end: int, before: str) -> str | None:
    """Return the country the title names: "Uzbek", "Britain's" before it, "of Uzbekistan" in
    it."""
    adjective = bare(before)
    if adjective in AFFILIATIONS:
        return AFFILIATIONS[adjective]
    for k in range(at, min(end, len(tokens))):
        if k > at and plain(tokens[k - 1]) in _POSTED_IN:
            continue  # "Resident Coordinator in Ruritania": where they serve, not whose they are
        long_name = country_at(tokens, k)
        if long_name is not None:  # "of the United Arab Emirates", "of the Republic of Korea"
            return long_affiliation(long_name[0])
        word = bare(tokens[k].text)
        # "of the Kyrgyz Republic", "of the Uzbek embassy", "at the Turkish Ministry of Trade"
        state = k + 1 < len(tokens) and plain(tokens[k + 1]) in _STATE_NOUNS
        if word in COUNTRIES or (word in AFFILIATIONS and k > at and state):
            return AFFILIATIONS.get(word, word)  # "of Türkiye", "of the Kyrgyz Republic"
    return None


_POSTED_IN = frozenset(("in", "to"))
_STATE_NOUNS = frozenset(
    ("republic", "federation", "embassy", "ministry", "government", "consulate", "parliament")
)


def of_country(tokens: Words, after: int) -> tuple[str | None, int]:
    """Return the country that "of" at ``after`` names right after a name ("Jan Novak of
    Czechia", "of the United States"), as an affiliation, and where it ends; else None and
    ``after``."""
    if after >= len(tokens) or tokens[after].text != "of":
        return None, after
    at = after + 1 + (after + 1 < len(tokens) and plain(tokens[after + 1]) == "the")
    long_name = country_at(tokens, at)
    if long_name is not None:
        return long_affiliation(long_name[0]), at + long_name[1]
    if at < len(tokens) and bare(tokens[at].text) in COUNTRIES:
        country = bare(tokens[at].text)
        return AFFILIATIONS.get(country, country), at + 1
    return None, after
