"""Time the commands that draw one big cell: a long report, many titles, one very long line.

    python benchmarks/cells.py [--lines 80000] [--titles 80000] [--megabytes 8] [--timeout 300]
                               [--cases lines titles line]

Standard library only. Each facts file is the shipped one with one thing made big:

- ``lines``: the report (``source.text``) followed by that many short lines;
- ``titles``: one person with that many titles, each stated in their quote (a quote is at
  most 20,000 characters, so the titles are short spans of it, many of them repeated);
- ``line``: the report followed by one line of that many megabytes.

Each command runs once as the installed kzeu would (``python -m kzeu``), drawn for a terminal
100 columns wide (``TTY_COMPATIBLE=1``) and piped; the script prints the wall time, the peak
memory of the child, the size of what it printed and its exit code. A command that runs past
``--timeout`` is stopped and shown as such. Run it from a checkout; set PYTHONPATH to time
another copy of kzeu (e.g. an older commit unpacked with ``git archive``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHIPPED = HERE.parent / "facts.json"
# Distinct words in the titles' quote.
WORDS = 1500


def with_lines(data: dict[str, Any], count: int) -> dict[str, Any]:
    """Return ``data`` with ``count`` short lines after its report."""
    data["source"]["text"] += "".join(f"\nLine {n} of the appendix." for n in range(count))
    return data


def with_titles(data: dict[str, Any], count: int) -> dict[str, Any]:
    """Return ``data`` with a first person of ``count`` titles, all stated in their quote."""
    person = data["people"][0]
    sentence = f"{person['name']}, " + " ".join(f"Envoy{n}" for n in range(WORDS)) + "."
    data["source"]["text"] += "\n" + sentence
    person["titles"] = [f"Envoy{n % WORDS} Envoy{(n + 1) % WORDS}" for n in range(count)]
    # The last word does not precede the first: that title is the last word alone.
    person["titles"] = [t if not t.endswith(" Envoy0") else t[:-7] for t in person["titles"]]
    person["quote"] = sentence
    return data


def with_line(data: dict[str, Any], megabytes: float) -> dict[str, Any]:
    """Return ``data`` with one line of ``megabytes`` MB after its report."""
    words = "appendix " * int(megabytes * 1_000_000 / 9)
    data["source"]["text"] += "\n" + words.strip()
    return data


def run(args: list[str], facts: Path, *, terminal: bool, timeout: float) -> str:
    """Return a line of figures for one run of ``kzeu --facts FACTS ARGS``."""
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "KZEU_FACTS": ""}
    env.pop("TTY_COMPATIBLE", None)
    if terminal:
        env["TTY_COMPATIBLE"] = "1"
    argv = [sys.executable, "-m", "kzeu", "--facts", str(facts), *args]
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, env=env)
        try:
            status, usage = _wait(child, timeout)
        except TimeoutError:
            child.kill()
            child.wait()
            return f"stopped after {timeout:.0f} s"
        elapsed = time.perf_counter() - start
        size = out.seek(0, os.SEEK_END)
    code = os.waitstatus_to_exitcode(status)
    return (
        f"{elapsed:7.2f} s  peak {usage.ru_maxrss / 1024:7.0f} MB  "
        f"output {size / 1_000_000:8.2f} MB  exit {code}"
    )


def _wait(child: subprocess.Popen[bytes], timeout: float) -> tuple[int, Any]:
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            return status, usage
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--lines", type=int, default=80_000)
    parser.add_argument("--titles", type=int, default=80_000)
    parser.add_argument("--megabytes", type=float, default=8)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--cases", nargs="+", choices=["lines", "titles", "line"])
    options = parser.parse_args()
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    first = shipped["people"][0]["id"]
    cases = [
        ("lines", with_lines, options.lines, [["source"], ["source", "-f", "svg"]]),
        ("titles", with_titles, options.titles, [["people"], ["cite", first]]),
        ("line", with_line, options.megabytes, [["source"], ["source", "-f", "svg"]]),
    ]
    with tempfile.TemporaryDirectory() as folder:
        for name, make, size, commands in cases:
            if options.cases and name not in options.cases:
                continue
            path = Path(folder) / f"{name}.json"
            data = make(json.loads(json.dumps(shipped)), size)
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            print(f"{name} ({size:,}), facts file {path.stat().st_size / 1_000_000:.1f} MB")
            for args in commands:
                for terminal in (True, False) if "-f" not in args else (False,):
                    how = "terminal" if terminal else "pipe    "
                    figures = run(args, path, terminal=terminal, timeout=options.timeout)
                    print(f"  kzeu {' '.join(args):24} {how}  {figures}", flush=True)


if __name__ == "__main__":
    main()
