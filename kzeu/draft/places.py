"""Countries and unions as reports name them, and the adjectives that point to them ("Uzbek",
"Britain's"): what ``draft`` proposes as a person's affiliation, and words that are never part of
a person's name."""

from __future__ import annotations

import json
from pathlib import Path

from kzeu.draft.lexicon.calendar import CALENDAR_WORDS
from kzeu.draft.lexicon.people import CAPITALISED_NOT_NAMES, HEADLINE_VERBS, INSTITUTION_WORDS

# The gazetteer is data, not code: every country and union, with the adjectives that point to
# them, as reports name them (countries.json beside this module).
_GAZETTEER = json.loads((Path(__file__).parent / "countries.json").read_text(encoding="utf-8"))
COUNTRIES: frozenset[str] = frozenset(_GAZETTEER["countries"])
# adjective or short name -> the country or union, as an affiliation
AFFILIATIONS: dict[str, str] = dict(_GAZETTEER["adjectives"])
AFFILIATIONS.update(
    {country: country for country in COUNTRIES if len(country) > 3 and country not in AFFILIATIONS}
)
AFFILIATIONS.update(_GAZETTEER["aliases"])
# Capitalised words that are never a person's name: months, days, and the words of institutions.
NOT_NAMES = (
    CAPITALISED_NOT_NAMES
    | INSTITUTION_WORDS
    | HEADLINE_VERBS
    | CALENDAR_WORDS
    | COUNTRIES
    | frozenset(AFFILIATIONS)
)
# Countries of more than one word, by their first word: "United Arab Emirates".
_LONG_NAMES: list[str] = _GAZETTEER["long_names"]
COUNTRY_NAMES: dict[str, list[tuple[str, ...]]] = {}
for _name in sorted(_LONG_NAMES, key=len, reverse=True):
    COUNTRY_NAMES.setdefault(_name.split()[0], []).append(tuple(_name.split()))
for _name in COUNTRIES:
    COUNTRY_NAMES.setdefault(_name, []).append((_name,))
