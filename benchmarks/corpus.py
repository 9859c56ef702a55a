"""Many meetings at jq's speed: kzeu over a folder of facts files and over one 10 MB file, side
by side with jq, in one run.

    python benchmarks/corpus.py [--runs 5] [--mode auto|cli|api]

Standard library only; needs ``jq`` and the ``kzeu`` of the active virtualenv. It writes, with
``benchmarks/generate.py``, a corpus of 1,000 meetings of about 10 KB each (and its first 100
in a folder of their own) and one file of about 10 MB, then, round after round, runs each of
these once, alternated so that the machine's drift falls on all alike (output to /dev/null):

- kzeu over the 100 and the 1,000 meetings, and ``jq -s '[.[].people[]]' DIR/*.json``;
- ``kzeu --facts BIG people -f json`` and ``jq .people BIG``;
- kzeu's start-up: the same as over the folders, over a folder of one meeting.

"kzeu over a folder" is ``kzeu --facts DIR people -f json`` when this kzeu takes a folder
(``--mode cli``; ``auto`` tries it on the 100 meetings and checks that the JSON holds every
person of every file: a person met in several meetings is one row, each meeting in its
``history``; counting rows instead made ``auto`` fall back to the API until 2026-12-05).
Otherwise (``--mode api``) it is the same work through kzeu's Python API in one process, as
the CLI would do it: a child ``python`` that loads and proves each file with the one loader
(``kzeu.facts.load_facts``), lists each file's people (``kzeu.views.people``) and writes them
all as one JSON array with the one dispatcher (``kzeu.render.render``), with the cyclic garbage
collector off and a quick exit, as ``kzeu`` runs.

Printed: the median wall time of each, its ratio to jq's (and the ratio of the median CPU
times, user and system: steadier on a shared machine), the peak memory (the child's maximum
resident set) and its ratio to the data's size, and the growth of kzeu's time past start-up
from 100 to 1,000 meetings. Targets (issue 20): at most 1.0 x jq over 1,000 meetings, at most
1.2 x jq on the 10 MB file, at most about 12 x the time past start-up for 10 x the files, peak
memory at most 8 x the data.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate import generate, write_corpus  # noqa: E402

# Files are written by a child: a child's peak memory counts from the size of the process it was
# forked from, so this one must stay small.
MAKE = "--make"

# The folder's people through the Python API, as one JSON array: the work of
# `kzeu --facts DIR people -f json`, in one process.
API = """
import gc, os, sys
gc.disable()
from pathlib import Path
from kzeu.facts import load_facts
from kzeu.views.people import people
from kzeu.render import OutputFormat, render
listings = [people(load_facts(p)) for p in sorted(Path(sys.argv[1]).glob("*.json"))]
rows = [row for listing in listings for row in listing.rows]
render(listings[0]._replace(rows=rows), OutputFormat.json, sys.stdout)
sys.stdout.flush()
os._exit(0)
"""


class Run(NamedTuple):
    wall: float  # seconds
    cpu: float  # seconds of user and system time
    peak: int  # the maximum resident set, in bytes
    code: int  # the exit code


def run(argv: list[str]) -> Run:
    """Return the wall and CPU time, peak memory and exit code of one run of ``argv``."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, cpu, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status))


def folder_command(kzeu: str, mode: str, folder: Path) -> list[str]:
    if mode == "cli":
        return [kzeu, "--facts", str(folder), "people", "-f", "json"]
    return [sys.executable, "-c", API, str(folder)]


def takes_a_folder(kzeu: str, folder: Path) -> bool:
    """Whether this kzeu lists the people of every file of ``folder`` (``--facts DIR``)."""
    done = subprocess.run(
        folder_command(kzeu, "cli", folder), capture_output=True, timeout=600, check=False
    )
    if done.returncode != 0:
        return False
    expected = sum(
        len(json.loads(p.read_text(encoding="utf-8"))["people"]) for p in folder.glob("*.json")
    )
    try:
        rows = json.loads(done.stdout)
        # Over several meetings a person met again is one row, each meeting in its history.
        listed = sum(len(row["history"]) if "history" in row else 1 for row in rows)
    except (ValueError, TypeError, KeyError):
        return False
    return bool(listed == expected)


def megabytes(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1_000_000


def make(folder: Path, files: int, size_mb: float) -> None:
    """Write the corpora (of 1, ``files`` / 10 and ``files`` meetings: the same seed, so each
    the start of the next) and the one big file into ``folder``."""
    for name, count in (("tiny", 1), ("small", files // 10), ("big", files)):
        write_corpus(folder / name, count)
    big = generate(int(size_mb * 1_000_000))
    (folder / "one.json").write_text(json.dumps(big, indent=1), encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == [MAKE]:
        make(Path(argv[1]), int(argv[2]), float(argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mode", choices=("auto", "cli", "api"), default="auto")
    parser.add_argument("--files", type=int, default=1_000, help="meetings in the big corpus")
    parser.add_argument("--mb", type=float, default=10.0, help="size of the one big file")
    args = parser.parse_args(argv)
    kzeu, jq = str(Path(sys.executable).with_name("kzeu")), shutil.which("jq")
    if jq is None:
        print("jq is not on PATH: install it (apt-get install jq)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kzeu-corpus-") as tmp:
        make_them = [sys.executable, __file__, MAKE, tmp, str(args.files), str(args.mb)]
        subprocess.run(make_them, check=True)
        folders = {name: Path(tmp) / name for name in ("tiny", "small", "big")}
        one = Path(tmp) / "one.json"
        mode = args.mode
        if mode == "auto":
            mode = "cli" if takes_a_folder(kzeu, folders["small"]) else "api"
        files = {name: sorted(folder.glob("*.json")) for name, folder in folders.items()}
        commands: dict[str, list[str]] = {}
        for name, folder in folders.items():
            commands[f"kzeu {name}"] = folder_command(kzeu, mode, folder)
            commands[f"jq {name}"] = [jq, "-s", "[.[].people[]]", *map(str, files[name])]
        commands["kzeu one"] = [kzeu, "--facts", str(one), "people", "-f", "json"]
        commands["jq one"] = [jq, ".people", str(one)]
        results: dict[str, list[Run]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                results[name].append(run(command))
        failed = [name for name, runs in results.items() if any(r.code for r in runs)]
        if failed:
            print(f"these exited non-zero: {', '.join(failed)}", file=sys.stderr)
            return 1
        wall = {name: statistics.median(r.wall for r in runs) for name, runs in results.items()}
        cpu = {name: statistics.median(r.cpu for r in runs) for name, runs in results.items()}
        peak = {name: max(r.peak for r in runs) / 1_000_000 for name, runs in results.items()}
        sizes = {name: megabytes(paths) for name, paths in files.items()}
        sizes["one"] = megabytes([one])
        print(
            f"CPython {sys.version.split()[0]}, {os.cpu_count()} CPUs; {args.runs} rounds;"
            f" folder of meetings through the {'CLI (--facts DIR)' if mode == 'cli' else 'API'}"
        )
        print(f"kzeu start-up (the same over a folder of one meeting): {wall['kzeu tiny']:.3f} s")
        print(
            f"{'case':<18}{'data MB':>8}{'kzeu s':>7}{'jq s':>6}{'x jq':>6}{'target':>7}"
            f"{'cpu x jq':>9}{'peak MB':>8}{'x data':>7}{'jq MB':>6}"
        )
        cases = (
            (f"{len(files['small']):,} meetings", "small", None),
            (f"{len(files['big']):,} meetings", "big", 1.0),
            (f"one {sizes['one']:.0f} MB file", "one", 1.2),
        )
        for label, name, target in cases:
            ratio = wall[f"kzeu {name}"] / wall[f"jq {name}"]
            aim = f"{target:7.1f}" if target else f"{'':7}"
            by_cpu = cpu[f"kzeu {name}"] / cpu[f"jq {name}"]
            print(
                f"{label:<18}{sizes[name]:8.2f}{wall[f'kzeu {name}']:7.3f}{wall[f'jq {name}']:6.3f}"
                f"{ratio:6.2f}{aim}{by_cpu:9.2f}{peak[f'kzeu {name}']:8.1f}"
                f"{peak[f'kzeu {name}'] / sizes[name]:7.1f}{peak[f'jq {name}']:6.1f}"
            )
        for what, times in (("wall", wall), ("CPU", cpu)):
            net_small = times["kzeu small"] - times["kzeu tiny"]
            net_big = times["kzeu big"] - times["kzeu tiny"]
            growth = net_big / net_small if net_small > 0 else float("inf")
            print(
                f"{what} time past start-up: {net_small:.3f} s for {len(files['small']):,}"
                f" meetings, {net_big:.3f} s for {len(files['big']):,}: x{growth:.1f}"
                " (target: at most 12)"
            )
        print("targets for peak memory: at most 8 x the data")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
