"""How batch drafting scales: ``kzeu draft A.txt ... -o DIR/`` of 1, 10 and 100 reports.

Run: ``python benchmarks/batch.py [--repeat N]``. The reports are the development corpus
(``tests/fixtures/reports/*.txt``, never the holdout), repeated under new names up to the count.
Each batch runs the installed ``kzeu`` script once, in one process, into a new directory (after
one run to warm the disk cache); the wall time printed is the best of ``--repeat`` runs
(default 5), measured side by side in this one run. Past the start-up (the one-report batch,
which loads the libraries and drafts one report), 100 reports should take about 10x what 10
take: linear. As the wall times of small batches are mostly start-up, the same batches are
also timed inside one process (``kzeu.batch.draft_all``, CPU seconds, libraries loaded once).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
SCRIPT = Path(sys.executable).with_name("kzeu")


def corpus(folder: Path, count: int) -> list[Path]:
    """Return ``count`` reports written into ``folder``: the corpus's, in turn, renamed."""
    sources = sorted(REPORTS.glob("*.txt"))
    made = []
    for index in range(count):
        report = folder / f"r{index:04d}-{sources[index % len(sources)].name}"
        shutil.copyfile(sources[index % len(sources)], report)
        made.append(report)
    return made


def batch_seconds(reports: list[Path], work: Path, repeat: int) -> float:
    """Return the best wall time of drafting ``reports`` into a new directory in one run."""
    best = float("inf")
    for attempt in range(repeat):
        out = work / f"out-{len(reports)}-{attempt}"
        start = time.perf_counter()
        done = subprocess.run(
            [str(SCRIPT), "draft", *map(str, reports), "-o", f"{out}/", "-f", "json"],
            capture_output=True,
            check=False,
        )
        best = min(best, time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"kzeu draft failed ({done.returncode}): {done.stderr.decode()}")
        if len(list(out.iterdir())) != len(reports):
            raise SystemExit("not every report got its draft")
    return best


def in_process_seconds(reports: list[Path], work: Path, repeat: int) -> float:
    """Return the best CPU time of ``kzeu.batch.draft_all`` over ``reports`` in this process."""
    from kzeu.batch import draft_all

    best = float("inf")
    for attempt in range(repeat):
        out = work / f"inside-{len(reports)}-{attempt}"
        out.mkdir()
        start = time.process_time()
        outcomes = draft_all([str(r) for r in reports], str(out), date=None, force=False)
        best = min(best, time.process_time() - start)
        if any(o.outcome != "drafted" for o in outcomes):
            raise SystemExit("not every report was drafted")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kzeu-batch-") as temporary:
        work = Path(temporary)
        reports = corpus(work, 100)
        size = sum(r.stat().st_size for r in reports[:10])
        (work / "warm").mkdir()
        batch_seconds(reports[:10], work / "warm", 1)
        times = {n: batch_seconds(reports[:n], work, args.repeat) for n in (1, 10, 100)}
        inside = {n: in_process_seconds(reports[:n], work, args.repeat) for n in (10, 100)}
    print(f"reports: the development corpus ({size:,} bytes per 10), best of {args.repeat}")
    for count, seconds in times.items():
        print(f"{count:>4} reports: {seconds:6.2f} s wall")
    startup = times[1]
    ratio = (times[100] - startup) / (times[10] - startup)
    print(f"100 vs 10 reports past start-up: {ratio:.1f}x for 10x the reports (linear: about 10)")
    for count, seconds in inside.items():
        print(f"{count:>4} reports in one process: {seconds:6.2f} s CPU")
    print(f"100 vs 10 reports in one process: {inside[100] / inside[10]:.1f}x (linear: about 10)")


if __name__ == "__main__":
    main()
