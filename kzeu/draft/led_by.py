"""The body a person heads or belongs to, told around the name rather than in a title: the body
said to be chaired, headed or led by them ("Kazatomprom, chaired by Askar Ibraimov", "the
Ruritanian-Novaran Business Council, headed by Jan Novak"), a body's initials right after the
name ("Vice President Eva Horn of the EBRD"), and the EU for an EU title of a field in a report
that names the EU ("Commissioner for Trade Eva Horn"). A proposal, listed like every
affiliation."""

from __future__ import annotations

import re

from kzeu.draft.lexicon.people import EU_FIELD_TITLES
from kzeu.draft.organisations import CAPITALISED
from kzeu.draft.places import AFFILIATIONS, COUNTRIES

_WINDOW = 100  # characters read before a person's first words
# "Kazatomprom, chaired by", "the Harbour Business Council, which is headed by": a run of at most
# seven capitalised words (with "for", "of", "and", "on" inside) right before a verb of heading
_LED_BY = re.compile(
    rf"""(?P<body>{CAPITALISED}(?:\ (?:(?:for|of|and|on)\ (?:the\ )?)?{CAPITALISED}){{0,6}})
    ,?\ (?:which\ is\ |that\ is\ )?          # "..., which is chaired by"
    (?:chaired|headed|led|run|managed|directed|co-chaired)\ by\ \Z""",
    re.VERBOSE,
)
# "Jan Novak of the EBRD", "Eva Horn of UNDP": a body's initials, two to six capitals, right
# after the name (a country's, "of the UAE", gives the country)
_OF_INITIALS = re.compile(r"\ of\ (?:the\ )?(?P<body>[A-Z]{2,6})(?![\w-])")
_ARTICLES = ("The ", "A ", "An ")


def led_by(text: str, at: int) -> tuple[str, str] | None:
    """Return the body said to be chaired, headed or led by the person whose words start at
    offset ``at`` of ``text``, and why; else None."""
    found = _LED_BY.search(text, max(0, at - _WINDOW), at)
    if found is None:
        return None
    body = found.group("body")
    opens = text[: found.start()].rstrip()[-1:] in ("", ".", "!", "?", "\n")
    if ". " in body:  # "on Monday. Talks led by": the run is cut at the sentence's start
        body, opens = body.rsplit(". ", 1)[1], True
    for article in _ARTICLES:
        body = body.removeprefix(article)
    if " " not in body and opens:
        return None  # "Talks led by ...": one capitalised word opening a sentence is no name
    return (
        AFFILIATIONS.get(body, body),
        "proposed from the body the text says they chair, head or lead",
    )


def of_initials(text: str, end: int) -> tuple[str, str] | None:
    """Return the body whose initials follow the name that ends at offset ``end`` ("Eva Horn of
    the EBRD"), or the country they stand for ("of the UAE"), and why; else None."""
    found = _OF_INITIALS.match(text, end, end + 16)
    if found is None:
        return None
    body = found.group("body")
    return (AFFILIATIONS.get(body, body), "proposed from the initials of the body after the name")


_EU = re.compile(
    r"\b(?:"
    + "|".join(re.escape(k) for k, v in AFFILIATIONS.items() if v == AFFILIATIONS["EU"])
    + r")\b"
)


def eu_titled(text: str, titles: list[str]) -> tuple[str, str] | None:
    """Return the EU, and why, for a first title the EU gives for a field ("Commissioner for
    Trade") in a report ``text`` that names the EU; else None."""
    if not titles or not titles[0].startswith(EU_FIELD_TITLES) or _EU.search(text) is None:
        return None
    return ("EU", "proposed from the title, one the EU gives, in a report that names the EU")


# "Minister Jan Novak of Czechia said": a country, and nothing more, right after the name
_OF_COUNTRY = re.compile(rf"\ of\ (?:the\ )?(?P<country>{CAPITALISED}(?:\ {CAPITALISED}){{0,3}})")


def of_country(text: str, end: int) -> tuple[str, str] | None:
    """Return the country named, whole, after "of" right after the name that ends at offset
    ``end`` ("Minister Jan Novak of Czechia", "of the United States"), and why; else None."""
    found = _OF_COUNTRY.match(text, end, end + 60)
    country = found.group("country").rstrip(".,") if found else ""
    if country not in COUNTRIES:
        return None
    return (AFFILIATIONS.get(country, country), "proposed from the country named after the name")
