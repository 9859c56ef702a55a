"""Compare two runs of ``python benchmarks/draft_quality.py --each``, report by report.

Run: ``python benchmarks/draft_quality.py --each > before.txt`` on the code before a change,
the same into ``after.txt`` after it, then ``python benchmarks/draft_compare.py before.txt
after.txt``. It prints each development report that got worse on any measure (figures,
people or events missed or drafted wrongly, the date, the dateline, values wrong and not
listed) with what got worse, then those that got better; it exits 1 if any got worse. The
holdout is only ever totalled by ``draft_quality.py``, so it is not compared here. Standard
library only.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LINE = re.compile(
    r"^(?P<name>\S+)\s+figures (\d+)/(\d+) of (\d+)\s+people (\d+)/(\d+) of (\d+)"
    r"\s+events (\d+)/(\d+) of (\d+)\s+date (\d+)\s+dateline (\d+)\s+wrong (\d+)"
)
# (measure, index of the found count, index of the drafted count): a false one is drafted - found
SECTIONS = (("figures", 0, 2), ("people", 3, 5), ("events", 6, 8))


def scores(path: Path) -> dict[str, tuple[int, ...]]:
    """Return each report's counts from a ``--each`` run."""
    found: dict[str, tuple[int, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = LINE.match(line)
        if match:
            found[match.group("name")] = tuple(int(n) for n in match.groups()[1:])
    return found


def worse(before: tuple[int, ...], after: tuple[int, ...]) -> list[str]:
    """Return what got worse from ``before`` to ``after``."""
    lost = [f"{name} missed" for name, hit, _ in SECTIONS if after[hit] < before[hit]]
    lost += [
        f"{name} drafted wrongly"
        for name, hit, drafted in SECTIONS
        if after[drafted] - after[hit] > before[drafted] - before[hit]
    ]
    lost += [name for name, at in (("date", 9), ("dateline", 10)) if after[at] < before[at]]
    return lost + (["wrong and not listed"] if after[11] > before[11] else [])


def main() -> int:
    before, after = (scores(Path(p)) for p in sys.argv[1:3])
    regressions = 0
    for name in sorted(before.keys() & after.keys()):
        lost = worse(before[name], after[name])
        if lost:
            regressions += 1
            print(f"worse   {name}: {', '.join(lost)}")
    for name in sorted(before.keys() & after.keys()):
        if before[name] != after[name] and not worse(before[name], after[name]):
            print(f"better  {name}")
    print(f"{regressions} of {len(before.keys() & after.keys())} reports worse")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
