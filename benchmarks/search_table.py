"""Time `kzeu search` and a big terminal table on hostile files of about 1, 2, 4 and 8 MB.

    python benchmarks/search_table.py [--runs 3] [--sizes 1 2 4 8]

Standard library only. Each file is benchmarks/generate.py's small valid file plus topics whose
labels are 2,000 characters: for "letters", 2,000 times the letter a (``kzeu search a`` matches
every one of them); for "spaces", a word, 1,000 spaces, a hyphen, 997 spaces and a word (what
made a pattern like ``" *- *"`` quadratic); search's JSON goes to a pipe. "table" draws the
topics of the "letters" file on a terminal 80 columns wide (``TTY_COMPATIBLE=1``): thousands of
rows of 2,000-character cells. "search tiny" searches a file of tiny topics (label ``a``, an
18-character quote: about 81 bytes each, 139,000 in 11.3 MB), two matching fields each: the
most rows a file of that size can give, each with its dictionary and marked text.
Printed for each case and size: the median wall time, its ratio to the size before (about 2 for
a linear command when the size doubles), and the peak memory (the child's maximum resident
set) in MB and per MB of file. Targets: ratio per doubling near 2, peak memory <= 12 x the
file at 8 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate import generate  # noqa: E402

LABEL = 2_000
LABELS = {
    "letters": "a" * LABEL,
    "spaces": "x" + " " * 1_000 + "-" + " " * (LABEL - 1_003) + "y",
}
TINY = 81  # bytes of JSON a tiny topic takes
CASES = {
    "search letters": ("letters", ["search", "a", "-f", "json"]),
    "search tiny": ("tiny", ["search", "a", "-f", "json"]),
    "search spaces": ("spaces", ["search", "x y", "-f", "json"]),
    "table": ("letters", ["topics", "-f", "table", "--no-pager"]),
}


def hostile(size_mb: float, label: str) -> dict[str, object]:
    """Return a valid facts file of about ``size_mb`` MB, mostly topics labelled ``label``."""
    data = generate(20_000)
    quote = data["topics"][0]["quote"]  # type: ignore[index]
    count = int(size_mb * 1_000_000) // (LABEL + 80)
    data["topics"].extend(  # type: ignore[attr-defined]
        {"id": f"t-{n}", "label": label, "raised_by": [], "quote": quote} for n in range(count)
    )
    return data


def tiny(size_mb: float) -> dict[str, object]:
    """Return a valid facts file of about ``size_mb`` MB, mostly topics labelled ``a``."""
    data = generate(20_000)
    quote = data["topics"][0]["quote"][:18]  # type: ignore[index]
    count = int(size_mb * 1_000_000) // TINY
    data["topics"].extend(  # type: ignore[attr-defined]
        {"id": f"t-{n}", "label": "a", "raised_by": [], "quote": quote} for n in range(count)
    )
    return data


def run(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Return (wall seconds, peak resident set in bytes) of one run of ``argv``."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} exited {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss * 1024


def main(argv: list[str]) -> int:
    if argv[:1] == ["--make"]:
        path, kind, size = argv[1:4]
        data = tiny(float(size)) if kind == "tiny" else hostile(float(size), LABELS[kind])
        Path(path).write_text(json.dumps(data), encoding="utf-8")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    args = parser.parse_args(argv)
    kzeu = str(Path(sys.executable).with_name("kzeu"))
    piped = {**os.environ, "KZEU_PAGER": ""}
    terminal = {**piped, "TTY_COMPATIBLE": "1", "COLUMNS": "80"}
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for kind in [*LABELS, "tiny"]:
            for size in args.sizes:
                path = Path(folder) / f"{kind}-{size:g}mb.json"
                # Written by a child: a child's peak memory counts from the size of the
                # process it was forked from, so this one stays small.
                make = [sys.executable, __file__, "--make", str(path), kind, str(size)]
                subprocess.run(make, check=True)
                files[kind, size] = path
        print(f"{'case':<16}{'MB':>6}{'seconds':>10}{'x prev':>8}{'peak MB':>9}{'x file':>8}")
        for case, (kind, command) in CASES.items():
            previous = None
            for size in args.sizes:
                path = files[kind, size]
                mb = path.stat().st_size / 1_000_000
                env = terminal if case == "table" else piped
                runs = [run([kzeu, "--facts", str(path), *command], env) for _ in range(args.runs)]
                wall = statistics.median(r[0] for r in runs)
                peak = max(r[1] for r in runs) / 1_000_000
                ratio = f"{wall / previous:8.2f}" if previous else f"{'':8}"
                print(f"{case:<16}{mb:6.1f}{wall:10.2f}{ratio}{peak:9.0f}{peak / mb:8.1f}")
                previous = wall
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
