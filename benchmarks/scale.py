"""Time kzeu's commands on facts files of about 1, 3 and 10 MB, and `kzeu people -f json`
against `jq '.people'`.

    python benchmarks/scale.py [--runs 5] [--sizes 1 3 10] [--no-draft]

Standard library only; needs jq on the PATH (Debian: apt-get install jq). Files are made by
benchmarks/generate.py in a temporary folder, with the report of each written beside it as plain
text for `kzeu draft`. Every command reads the whole file: `people -f json`, `check -f json`,
`source -f json`, `cite ID -f json` (the last statistic, whose quote ends the report) and
`draft REPORT` (unless --no-draft). In each round every command runs once on every file, output
to /dev/null, beside jq and beside kzeu's start-up (`people -f json` on the small packaged file),
so that machine noise falls on all alike. Printed for each command and size: the median wall
time, the time per MB, raw and net of start-up (the median of the round-by-round differences),
and the peak memory (the child's maximum resident set), in MB and per MB of file.
Targets: people at 10 MB <= 1.5 x jq's time; peak memory <= 15 x the file size; net time per MB
the same within 20 % from 1 to 10 MB, for every command (linear).
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.startup import compile_bytecode  # noqa: E402

# The report of a generated facts file, written out as the plain text `kzeu draft` reads.
_REPORT = (
    "import json, sys; open(sys.argv[2], 'w').write(json.load(open(sys.argv[1]))['source']['text'])"
)


def run(argv: list[str]) -> tuple[float, int]:
    """Return (wall seconds, peak resident set in bytes) of one run of ``argv``."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {child.returncode}")
    return elapsed, usage.ru_maxrss * 1024  # Linux reports kilobytes


def make_files(folder: Path, sizes: list[float]) -> list[tuple[Path, Path]]:
    """Return (facts file, report) for each size, each written by a child process: a child's
    peak memory counts from the size of the process it was forked from, so this one stays
    small."""
    files = []
    for size in sizes:
        path = folder / f"facts-{size:g}mb.json"
        report = folder / f"report-{size:g}mb.txt"
        generator = [sys.executable, str(HERE / "generate.py"), "--mb", str(size), "-o", str(path)]
        subprocess.run(generator, check=True, capture_output=True)
        subprocess.run([sys.executable, "-c", _REPORT, str(path), str(report)], check=True)
        files.append((path, report))
    return files


def last_statistic(path: Path) -> str:
    """Return the id of the last statistic of a generated file (its size in paragraphs)."""
    text = path.read_bytes()
    start = text.rindex(b'"id": "turnover-') + len(b'"id": "')
    return text[start : text.index(b'"', start)].decode()


def commands(kzeu: str, path: Path, report: Path, draft: bool) -> dict[str, list[str]]:
    """Return name -> argv of every kzeu command measured on ``path``."""
    facts = [kzeu, "--facts", str(path)]
    measured = {
        "people -f json": [*facts, "people", "-f", "json"],
        "check -f json": [*facts, "check", "-f", "json"],
        "source -f json": [*facts, "source", "-f", "json"],
        "cite ID -f json": [*facts, "cite", last_statistic(path), "-f", "json"],
    }
    if draft:
        measured["draft REPORT"] = [kzeu, "draft", str(report), "--date", "2025-01-01"]
    return measured


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 3.0, 10.0])
    parser.add_argument("--no-draft", dest="draft", action="store_false")
    args = parser.parse_args(argv)
    kzeu = shutil.which("kzeu") or str(Path(sys.executable).with_name("kzeu"))
    jq = shutil.which("jq")
    if jq is None:
        print("jq is not on the PATH (Debian: apt-get install jq)", file=sys.stderr)
        return 2
    compile_bytecode()
    startup_command = [kzeu, "people", "-f", "json"]
    with tempfile.TemporaryDirectory() as folder:
        files = make_files(Path(folder), args.sizes)
        sizes_mb = [path.stat().st_size / 1_000_000 for path, _ in files]
        measured = [commands(kzeu, path, report, args.draft) for path, report in files]
        names = list(measured[0])
        jqs = [[jq, ".people", str(path)] for path, _ in files]
        run(startup_command)
        for index in range(len(files)):  # warm-up: every file in the page cache
            run(jqs[index])
            for name in names:
                run(measured[index][name])
        startups: list[float] = []
        seconds: dict[tuple[str, int], list[float]] = {
            (n, i): [] for n in [*names, "jq"] for i in range(len(files))
        }
        peaks: dict[tuple[str, int], list[int]] = {
            (n, i): [] for n in names for i in range(len(files))
        }
        for _ in range(args.runs):
            startups.append(run(startup_command)[0])
            for index in range(len(files)):
                seconds["jq", index].append(run(jqs[index])[0])
                for name in names:
                    elapsed, peak = run(measured[index][name])
                    seconds[name, index].append(elapsed)
                    peaks[name, index].append(peak)
    report(
        runs=args.runs,
        startups=startups,
        sizes_mb=sizes_mb,
        names=names,
        seconds=seconds,
        peaks=peaks,
    )
    return 0


def report(
    *,
    runs: int,
    startups: list[float],
    sizes_mb: list[float],
    names: list[str],
    seconds: dict[tuple[str, int], list[float]],
    peaks: dict[tuple[str, int], list[int]],
) -> None:
    """Print the medians, the ratios to jq, and the spread of net time per MB."""
    print(
        f"{platform.python_implementation()} {platform.python_version()} on"
        f" {platform.machine()}, {os.cpu_count()} CPUs; {runs} rounds"
    )
    print(f"kzeu start-up (people -f json, packaged facts): {statistics.median(startups):.3f} s")
    print(f"{'people -f json':<16}{'size MB':>8}{'kzeu s':>8}{'jq s':>7}{'x jq':>6}")
    for index, mb in enumerate(sizes_mb):
        ours, theirs = seconds["people -f json", index], seconds["jq", index]
        ratio = statistics.median(k / j for k, j in zip(ours, theirs, strict=True))
        print(
            f"{'':<16}{mb:>8.2f}{statistics.median(ours):>8.3f}"
            f"{statistics.median(theirs):>7.3f}{ratio:>6.2f}"
        )
    print(
        f"{'command':<16}{'size MB':>8}{'s':>8}{'s/MB':>7}{'net s/MB':>10}{'peak MB':>9}"
        f"{'peak/MB':>9}"
    )
    for name in names:
        net_per_mb: list[float] = []
        for index, mb in enumerate(sizes_mb):
            times = seconds[name, index]
            net = statistics.median(t - s for t, s in zip(times, startups, strict=True)) / mb
            net_per_mb.append(net)
            peak_mb = max(peaks[name, index]) / 1_000_000
            print(
                f"{name:<16}{mb:>8.2f}{statistics.median(times):>8.3f}"
                f"{statistics.median(times) / mb:>7.3f}{net:>10.3f}{peak_mb:>9.1f}"
                f"{peak_mb / mb:>9.1f}"
            )
        if min(net_per_mb) <= 0:
            print(f"{'':<16}net time too small to compare across sizes")
            continue
        spread = (max(net_per_mb) - min(net_per_mb)) / min(net_per_mb)
        print(f"{'':<16}net time per MB varies by {spread:.0%} across sizes (target: within 20%)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
