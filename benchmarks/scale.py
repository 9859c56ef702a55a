"""Time `kzeu people -f json` against `jq '.people'` on facts files of about 1, 3 and 10 MB.

    python benchmarks/scale.py [--runs 10] [--sizes 1 3 10]

Standard library only; needs jq on the PATH (Debian: apt-get install jq). Files are made by
benchmarks/generate.py in a temporary folder. For each size the two commands alternate, output
to /dev/null; the script prints the median wall times, their ratio, kzeu's peak memory (the
child's maximum resident set) against the file size, and kzeu's time per MB, both raw and net
of its start-up (the same command on the small packaged facts file, timed in the same rounds:
the median of the differences, round by round).
Targets: at 10 MB <= 1.5 x jq's time and peak memory <= 15 x the file size; net time per MB
the same within 20 % from 1 to 10 MB.
"""

import argparse
import os
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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 3.0, 10.0])
    args = parser.parse_args(argv)
    kzeu = shutil.which("kzeu") or str(Path(sys.executable).with_name("kzeu"))
    jq = shutil.which("jq")
    if jq is None:
        print("jq is not on the PATH (Debian: apt-get install jq)", file=sys.stderr)
        return 2
    compile_bytecode()
    startup_command = [kzeu, "people", "-f", "json"]
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for size in args.sizes:
            # Written by a child process: a child's peak memory counts from the size of the
            # process it was forked from, so this one must stay small.
            path = Path(folder) / f"facts-{size:g}mb.json"
            generator = [
                sys.executable,
                str(HERE / "generate.py"),
                "--mb",
                str(size),
                "-o",
                str(path),
            ]
            subprocess.run(generator, check=True, capture_output=True)
            files.append(path)
        commands = [([kzeu, "--facts", str(p), "people", "-f", "json"], [jq, ".people", str(p)])
                    for p in files]  # fmt: skip
        run(startup_command)
        for ours, theirs in commands:  # warm-up: every file in the page cache
            run(ours), run(theirs)
        startups: list[float] = []
        ours_s: list[list[float]] = [[] for _ in files]
        theirs_s: list[list[float]] = [[] for _ in files]
        peaks: list[list[int]] = [[] for _ in files]
        for _ in range(args.runs):
            # One round runs everything once, so that machine noise falls on all alike.
            startups.append(run(startup_command)[0])
            for index, (ours, theirs) in enumerate(commands):
                seconds, peak = run(ours)
                ours_s[index].append(seconds)
                peaks[index].append(peak)
                theirs_s[index].append(run(theirs)[0])
        startup_ms = statistics.median(startups) * 1000
        print(f"kzeu start-up (people -f json, packaged facts): {startup_ms:.0f} ms")
        print(
            f"{'size MB':>8}{'kzeu s':>8}{'jq s':>7}{'x jq':>6}{'peak MB':>9}{'x size':>8}"
            f"{'s/MB':>7}{'net s/MB':>10}"
        )
        net_per_mb: list[float] = []
        for index, path in enumerate(files):
            mb = path.stat().st_size / 1_000_000
            k_med = statistics.median(ours_s[index])
            j_med = statistics.median(theirs_s[index])
            ratio = statistics.median(
                k / j for k, j in zip(ours_s[index], theirs_s[index], strict=True)
            )
            net = (
                statistics.median(k - s for k, s in zip(ours_s[index], startups, strict=True)) / mb
            )
            net_per_mb.append(net)
            peak_mb = max(peaks[index]) / 1_000_000
            print(
                f"{mb:>8.2f}{k_med:>8.3f}{j_med:>7.3f}{ratio:>6.2f}"
                f"{peak_mb:>9.1f}{peak_mb / mb:>8.1f}{k_med / mb:>7.3f}{net:>10.3f}"
            )
    spread = (max(net_per_mb) - min(net_per_mb)) / min(net_per_mb)
    print(f"net time per MB varies by {spread:.0%} across sizes (target: within 20%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
