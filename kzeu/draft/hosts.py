"""The host country of an official whose title names none: the country of the first city the
report names (its dateline, "talks were held in Ruritania's capital"). A guess, always listed: a
title that names no country ("Minister of Finance") is most often the host's, the guests being
named with their country, and a report is most often datelined or first placed where it
happens. The cities are the gazetteer's (``countries.json``, under "cities"): the capitals and
chief cities of the world's states."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kzeu.draft.lexicon import trie
from kzeu.draft.places import AFFILIATIONS

_GAZETTEER = json.loads((Path(__file__).parent / "countries.json").read_text(encoding="utf-8"))
_CITIES: dict[str, str] = _GAZETTEER["cities"]
CITIES = frozenset(_CITIES)
# The legislatures and state bodies a title names by their own name ("Speaker of the Saeima"),
# each with its country: data of the world's states, beside the cities.
NATIONAL_BODIES: dict[str, str] = _GAZETTEER["bodies"]
# Each city as reports write it: in title case or in capitals (a dateline), a whole word, not
# the given name of a person ("Sofia Rossi": a capitalised word follows).
_SPELLINGS = {spelt: city for city in _CITIES for spelt in (city, city.upper())}
_CITY = re.compile(r"\b(?P<city>" + trie(_SPELLINGS) + r")\b(?!\ [A-Z][a-z])")  # longest first


def host_country(text: str) -> str | None:
    """Return the country of the first city ``text`` names, or None."""
    found = _CITY.search(text)
    return _CITIES[_SPELLINGS[found.group("city")]] if found else None


def long_affiliation(name: str) -> str:
    """Return the affiliation a country's name of several words gives: "Republic of Korea" the
    Korea of "Korean", "Russian Federation" Russia, "United Arab Emirates" itself."""
    words = name.split()
    if name in AFFILIATIONS:
        return AFFILIATIONS[name]
    if words[0] == "Republic" and words[-1] in AFFILIATIONS:
        return AFFILIATIONS[words[-1]]
    if words[-1] in ("Republic", "Federation", "Union") and words[0] in AFFILIATIONS:
        return AFFILIATIONS[words[0]]
    return name


# The last word of each city's name: a name right after it is set apart from it ("received in
# Abu Dhabi Jan Novak, First Deputy Minister ...")
CITY_ENDS = frozenset(city.split()[-1] for city in _CITIES)
