"""Time `kzeu people -f json` against `jq '.people'` on facts files of about 1, 3 and 10 MB.

    python benchmarks/scale.py [--runs 10] [--sizes 1 3 10]

Standard library only; needs jq on the PATH (Debian: apt-get install jq). Files are made by
benchmarks/generate.py in a temporary folder. For each size the two commands alternate, output
to /dev/null; the script prints the median wall times, their ratio, kzeu's peak memory (the
child's maximum resident set) against the file size, and kzeu's time per MB, both raw and net
of its start-up (the median time of the same command on the small packaged facts file).
Targets: at 10 MB <= 1.5 x jq's time and peak memory <= 15 x the file size; net time per MB
the same within 20 % from 1 to 10 MB.
"""

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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate
from benchmarks.startup import compile_bytecode


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
    startup = statistics.median(run([kzeu, "people", "-f", "json"])[0] for _ in range(args.runs))
    print(f"kzeu start-up (people -f json, packaged facts): {startup * 1000:.0f} ms")
    print(
        f"{'size MB':>8}{'kzeu s':>8}{'jq s':>7}{'x jq':>6}{'peak MB':>9}{'x size':>8}"
        f"{'s/MB':>7}{'net s/MB':>10}"
    )
    net_per_mb: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"facts-{size:g}mb.json"
            text = json.dumps(generate(int(size * 1_000_000)), indent=1)
            path.write_text(text, encoding="utf-8")
            mb = path.stat().st_size / 1_000_000
            ours = [kzeu, "--facts", str(path), "people", "-f", "json"]
            theirs = [jq, ".people", str(path)]
            run(ours), run(theirs)  # warm-up: the file is in the page cache for both
            k_times, j_times, peaks, ratios = [], [], [], []
            for _ in range(args.runs):
                k, peak = run(ours)
                j, _ = run(theirs)
                k_times.append(k), j_times.append(j), peaks.append(peak), ratios.append(k / j)
            k_med, j_med = statistics.median(k_times), statistics.median(j_times)
            peak_mb = max(peaks) / 1_000_000
            net_per_mb.append((k_med - startup) / mb)
            print(
                f"{mb:>8.2f}{k_med:>8.3f}{j_med:>7.3f}{statistics.median(ratios):>6.2f}"
                f"{peak_mb:>9.1f}{peak_mb / mb:>8.1f}{k_med / mb:>7.3f}{net_per_mb[-1]:>10.3f}"
            )
    spread = (max(net_per_mb) - min(net_per_mb)) / min(net_per_mb)
    print(f"net time per MB varies by {spread:.0%} across sizes (target: within 20%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
