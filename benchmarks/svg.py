"""Time ``kzeu people -f svg`` on facts files of 1, 2, 4 and 8 MB of long cells.

    python benchmarks/svg.py [--sizes 1 2 4 8] [--rounds 3]

Standard library only. Each facts file is the shipped one with people added, each with an
affiliation of 2,000 characters (the longest a field may be), about 500 of them a megabyte:
the case that drew 78 MB of SVG in 11 s from 2 MB before snapshots were capped
(``kzeu.render.snapshot.SNAPSHOT_LINES``). For each size the script prints the median wall time
of the rounds, the peak memory of the child, the size of the SVG, and the ratio of the time to
the previous size's (about 2 per doubling is linear; 4 is quadratic).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHIPPED = HERE.parent / "facts.json"
PER_MB = 500


def with_long_people(data: dict[str, Any], megabytes: float) -> dict[str, Any]:
    """Return ``data`` with about ``megabytes`` MB of people with 2,000-character affiliations."""
    first = data["people"][0]
    for n in range(int(megabytes * PER_MB)):
        affiliation = " ".join(f"Affiliation{n}" for _ in range(200))[:2000]
        data["people"].append({**first, "id": f"long-{n}", "affiliation": affiliation})
    return data


def timed(path: Path) -> tuple[float, int, int]:
    """Return the wall time, the child's peak memory (KB, cumulative maximum) and the SVG's
    size of one ``kzeu people -f svg`` run."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "kzeu", "--facts", str(path), "people", "-f", "svg"],
        capture_output=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, len(result.stdout)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    print(f"{'MB':>6}{'file MB':>9}{'s':>8}{'x prev':>8}{'peak MB':>9}{'SVG MB':>8}")
    previous = None
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"long-{size}.json"
            data = with_long_people(json.loads(json.dumps(shipped)), size)
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            runs = [timed(path) for _ in range(args.rounds)]
            seconds = statistics.median(r[0] for r in runs)
            peak, svg = runs[-1][1], runs[-1][2]
            ratio = f"{seconds / previous:.2f}" if previous else "-"
            print(
                f"{size:>6g}{path.stat().st_size / 1e6:>9.2f}{seconds:>8.2f}{ratio:>8}"
                f"{peak / 1024:>9.0f}{svg / 1e6:>8.2f}"
            )
            previous = seconds
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
