"""Drafts of the development corpus, stored and compared byte for byte: the safety net of a
refactor of ``kzeu draft``.

Run: ``python benchmarks/draft_snapshot.py save DIR`` to write the draft of every
``tests/fixtures/reports/*.txt`` (the development set; never the holdout) to ``DIR/NAME.json``,
then ``python benchmarks/draft_snapshot.py compare DIR`` after a change: it prints each report
whose draft differs (with the first differing line) and exits 1 if any does, 0 if every draft is
byte-identical. Standard library and kzeu only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"


def drafts() -> dict[str, str]:
    """Return the draft (as the JSON text ``kzeu draft`` writes) of each development report."""
    sys.path.insert(0, str(ROOT))
    from kzeu.draft import draft
    from kzeu.render import json_document

    return {
        path.stem: json_document(draft(path.read_text(encoding="utf-8")))
        for path in sorted(REPORTS.glob("*.txt"))
    }


def first_difference(old: str, new: str) -> str:
    for number, (before, after) in enumerate(
        zip(old.splitlines(), new.splitlines(), strict=False), 1
    ):
        if before != after:
            return f"line {number}: {before.strip()!r} -> {after.strip()!r}"
    return "one is longer"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("directory", type=Path)
    args = parser.parse_args()
    current = drafts()
    if args.action == "save":
        args.directory.mkdir(parents=True, exist_ok=True)
        for name, text in current.items():
            (args.directory / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"saved {len(current)} drafts to {args.directory}")
        return 0
    changed = 0
    for name, text in current.items():
        stored = args.directory / f"{name}.json"
        old = stored.read_text(encoding="utf-8") if stored.exists() else ""
        if old != text:
            changed += 1
            print(f"{name}: {first_difference(old, text)}")
    print(f"{len(current) - changed} of {len(current)} drafts byte-identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
