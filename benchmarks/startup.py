"""Time kzeu's commands against the least its libraries cost (benchmarks/floor.py).

    python benchmarks/startup.py [--runs 30]

Standard library only. Runs every command once to warm up, then in each round runs them all,
one after the other, so that machine noise falls on all alike. Prints the median wall time of
each command and the median of its ratio to the floor's time in the same round. Output of the
commands goes to a pipe, as in a script (where a listing is TSV unless -f table asks for the
drawn table). Targets: tables <= 1.05 x the floor; TSV, JSON, CSV and Markdown <= 0.90 x;
--help <= 0.75 x.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def commands(kzeu: str) -> dict[str, tuple[list[str], float | None]]:
    """Return name -> (argv, target ratio to the floor)."""
    python = sys.executable
    return {
        "python -c pass": ([python, "-c", "pass"], None),
        "floor": ([python, str(HERE / "floor.py")], None),
        "kzeu trade -f table": ([kzeu, "trade", "-f", "table"], 1.05),
        "kzeu people -f table": ([kzeu, "people", "-f", "table"], 1.05),
        "kzeu topics -f table": ([kzeu, "topics", "-f", "table"], 1.05),
        "kzeu trade (tsv, piped)": ([kzeu, "trade"], 0.90),
        "kzeu trade -f json": ([kzeu, "trade", "-f", "json"], 0.90),
        "kzeu people -f csv": ([kzeu, "people", "-f", "csv"], 0.90),
        "kzeu topics -f markdown": ([kzeu, "topics", "-f", "markdown"], 0.90),
        "kzeu --help": ([kzeu, "--help"], 0.75),
    }


def wall_time(argv: list[str]) -> float:
    """Return the wall time of one run of ``argv`` with its output to a pipe."""
    start = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {result.stderr.decode(errors='replace')}")
    return elapsed


def compile_bytecode() -> None:
    """Compile kzeu's modules, as `pip install .` does: with PYTHONDONTWRITEBYTECODE set, an
    editable install would otherwise compile them afresh on every run, and the floor's
    libraries in site-packages never pay that."""
    where = subprocess.run(
        [sys.executable, "-c", "import kzeu, os; print(os.path.dirname(kzeu.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", where], check=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="rounds to time (default 30)")
    args = parser.parse_args(argv)
    kzeu = shutil.which("kzeu") or str(Path(sys.executable).with_name("kzeu"))
    table = commands(kzeu)
    env_note = {k: os.environ[k] for k in ("NO_COLOR", "FORCE_COLOR") if k in os.environ}
    compile_bytecode()
    for argv_ in (cmd for cmd, _ in table.values()):
        wall_time(argv_)  # warm-up: disk cache and .pyc files
    times: dict[str, list[float]] = {name: [] for name in table}
    ratios: dict[str, list[float]] = {name: [] for name in table}
    for _ in range(args.runs):
        this_round = {name: wall_time(cmd) for name, (cmd, _) in table.items()}
        for name, seconds in this_round.items():
            times[name].append(seconds)
            ratios[name].append(seconds / this_round["floor"])
    print(
        f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs; {args.runs} rounds; {env_note or 'default environment'}"
    )
    print(f"{'command':<26}{'median ms':>10}{'x floor':>9}{'target':>8}  verdict")
    for name, (_, target) in table.items():
        median_ms = statistics.median(times[name]) * 1000
        ratio = statistics.median(ratios[name])
        verdict = "" if target is None else ("met" if ratio <= target else "MISSED")
        shown_target = "" if target is None else f"{target:.2f}"
        print(f"{name:<26}{median_ms:>10.1f}{ratio:>9.2f}{shown_target:>8}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
