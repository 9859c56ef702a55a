"""Nothing about the shipped meeting lives in kzeu's code: it all comes from facts.json."""

from __future__ import annotations

import re

from kzeu import load
from tests.conftest import ROOT


def meeting_specific_words() -> set[str]:
    """Names, places, ids and figures of the shipped facts file."""
    facts = load()
    words: set[str] = {facts.source.dateline or "", facts.source.attribution or ""}
    for person in facts.people:
        words.update((person.name, *person.name.split(), person.id))
    for event in facts.events:
        words.update((event.name, event.place or "", event.id))
    for stat in facts.statistics:  # their ids are common words ("exports"): only the figures
        if stat.value is not None and stat.value != stat.value.to_integral_value():
            words.add(format(stat.value, "f"))
    words.update(("Kazakh", "Kazakhstan", "European Union"))
    return {w for w in words if len(w) > 3}


def test_no_name_place_or_figure_of_the_meeting_in_the_code() -> None:
    words = meeting_specific_words()
    assert {"Almaty", "49.7", "kaja-kallas", "Central Asia-EU Summit"} <= words
    found = []
    # Code in every subpackage. Data files are not scanned: kzeu/draft/countries.json is a
    # gazetteer of every country, which names the shipped meeting's countries among the others.
    for path in sorted((ROOT / "kzeu").rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        for word in words:
            if re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", code, re.IGNORECASE):
                found.append(f"{path.relative_to(ROOT)}: {word}")
    assert found == []
