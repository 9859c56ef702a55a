"""Which truth topics of the development reports ``kzeu draft`` misses, which it drafts that
the truth has not, and which it matches with the wrong raised_by.

Run: ``python benchmarks/topic_misses.py [REPORT ...]``. For each development report
(``tests/fixtures/reports/NN-slug.txt``, never the holdout folder) whose truth has topics, it
drafts the text, matches drafted topics with the truth's the way ``draft_quality.py`` does, and
prints each truth topic missed (its label and keys), each drafted topic left over (its label and
quote), and each matched topic whose raised_by is not the truth's. Standard library and kzeu.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.draft_quality import Score, _raised_right, _score_topics, print_misses


def misses(path: Path) -> list[str]:
    """One line for each truth topic missed, each drafted topic left over and each raised_by
    wrong in one report."""
    from kzeu.draft import draft_facts

    text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    truth: dict[str, Any] = json.loads(path.with_suffix(".truth.json").read_text("utf-8"))
    if "topics" not in truth:
        return []
    data = draft_facts(text).assemble(text)
    matched = _score_topics(data, truth, Score())
    lines = []
    for topic in truth["topics"]:
        if topic not in matched.values():
            lines.append(f"  MISSED {topic['label']!r} keys={topic['keys']}")
    for index, mine in enumerate(data["topics"]):
        if index not in matched:
            lines.append(f"  EXTRA  {mine['label']!r}  <- {mine.get('quote', '')!r}")
        elif not _raised_right(data, mine, matched[index]):
            lines.append(
                f"  RAISED {mine['label']!r}: {mine['raised_by']} not {matched[index]['raised_by']}"
            )
    return lines


def main(argv: list[str]) -> int:
    return print_misses(misses, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
