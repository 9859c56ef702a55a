"""How ``kzeu draft`` scales: seconds per MB of plain prose and of hostile texts, at two sizes.

Run: ``python benchmarks/draft_scale.py``. For plain prose (0.5, 1 and 2 MB, made by repeating
the reports of the corpus, so with dates, names and figures) and for each hostile text (runs of
``$1 ``, ``7 apples ``, ``($1 ``, ``Forum ``, dates, digits, ``,111``, ``Aaa ``,
``Minister of Aaa ``, ``Aaa-``), it drafts the text and prints the time and the time per MB; a
ratio near 1 between the two sizes of one text shows the work is linear in its size (a quadratic
pass would double the time per MB each time the size doubles). Standard library and kzeu only.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
MB = 1_000_000

# name -> (the repeated unit, the two sizes in characters)
HOSTILE: dict[str, tuple[str, tuple[int, int]]] = {
    '"$1 "': ("$1 ", (12_000, 48_000)),
    '"7 apples "': ("7 apples ", (36_000, 144_000)),
    '"($1 "': ("($1 ", (16_000, 64_000)),
    '"Forum "': ("Forum ", (60_000, 240_000)),
    '"14 June 2023 met "': ("14 June 2023 met ", (68_000, 272_000)),
    "digits": ("1", (20_000, 80_000)),
    '",111"': (",111", (20_000, 80_000)),
    '"Aaa "': ("Aaa ", (80_000, 320_000)),
    '"Minister of Aaa "': ("Minister of Aaa ", (80_000, 320_000)),
    '"Aaa-"': ("Aaa-", (80_000, 320_000)),
}


def prose(size: int) -> str:
    """Return about ``size`` characters of report prose: the corpus reports, repeated."""
    paths = sorted(REPORTS.glob("*.txt")) or sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    unit = "\n\n".join(p.read_text(encoding="utf-8").removeprefix("\ufeff") for p in paths)
    return (unit * (size // len(unit) + 1))[:size]


def timed(draft: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    draft(text)
    return time.perf_counter() - start


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from kzeu.draft import draft

    started = time.perf_counter()
    draft("Minister Jan Novak met Ambassador Eva Horn. Exports reached $2 billion.")
    print(f"first draft, imports included: {time.perf_counter() - started:.3f} s")
    print(f"{'text':24} {'size':>10} {'seconds':>9} {'s per MB':>9} {'ratio':>6}")
    words = prose(60_000)
    ten_thousand = " ".join(words.split()[:10_000])
    seconds = timed(draft, ten_thousand)
    print(f"{'10,000 words of prose':24} {len(ten_thousand):>10,} {seconds:>9.3f}")
    rows: list[tuple[str, list[str]]] = [("plain prose", [prose(n) for n in (MB // 2, MB, 2 * MB)])]
    rows.extend(
        (name, [(unit * (n // len(unit) + 1))[:n] for n in sizes])
        for name, (unit, sizes) in HOSTILE.items()
    )
    for name, texts in rows:
        first: float | None = None
        for text in texts:
            seconds = timed(draft, text)
            per_mb = seconds / (len(text) / MB)
            first = first if first is not None else per_mb
            print(
                f"{name:24} {len(text):>10,} {seconds:>9.3f} {per_mb:>9.2f} {per_mb / first:>6.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
