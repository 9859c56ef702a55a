"""Which truth events of the development reports ``kzeu draft`` misses, and which it drafts
that the truth has not.

Run: ``python benchmarks/event_misses.py [REPORT ...]``. For each development report
(``tests/fixtures/reports/NN-slug.txt``, never the holdout folder) it drafts the text, matches
drafted events with the truth's the way ``draft_quality.py`` does, and prints each truth event
missed with its kind and the sentence that names it (the first sentence holding its name, or
its place when it has no name), then each drafted event left over. Standard library and kzeu.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.draft_quality import Score, _score_events, print_misses

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def sentence_naming(text: str, words: str) -> str:
    """The first sentence of ``text`` holding ``words`` (case-folded), or '' when none does."""
    if not words:
        return ""
    folded = words.casefold()
    for match in _SENTENCE.finditer(text):
        if folded in match.group().casefold():
            return match.group().strip()
    return ""


def misses(path: Path) -> list[str]:
    """One line for each truth event missed and each drafted event left over in one report."""
    from kzeu.draft import draft_facts

    text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    truth: dict[str, Any] = json.loads(path.with_suffix(".truth.json").read_text("utf-8"))
    drafted = draft_facts(text)
    data = drafted.assemble(text)
    matched = _score_events(data, truth, set(drafted.paths()), Score())
    lines = []
    for event in truth["events"]:
        if event not in matched.values():
            named = event["name"] or event.get("place") or ""
            lines.append(
                f"  MISSED {event['kind']} {event['name']!r}: {sentence_naming(text, named)}"
            )
    for index, mine in enumerate(data["events"]):
        if index not in matched:
            lines.append(f"  EXTRA  {mine['kind']} {mine['name']!r}")
    return lines


def main(argv: list[str]) -> int:
    return print_misses(misses, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
