"""How the quote proof scales on hostile facts files: seconds at 1, 2, 4 and 8 MB.

Run: ``python benchmarks/proof_scale.py`` (``--sizes 0.25 0.5 1`` for others, ``--timeout S``
to give up on a run). Every command proves the whole file; each file but ``missing`` is valid:

- ``issue``: the attack as issue 21 gives it. The text (half the file) is a run of ``a`` broken
  by a ``b`` every 20,000 characters, starting with 20,000 ``a`` and ending with ``z``; the
  topics (the other half) quote in turn the final ``z`` and the first 20,000 ``a``.
- ``repeated``: the same attack with quotes that are all different. The text (half the file)
  is a run of ``a`` broken by a ``b`` every 10,000 characters, starting with 20,000 ``a`` and
  ending with ``<0><1>...``; the topics (the other half) quote in turn one of those ends
  (``<0>``, ``<1>``, ...) and a run of 20,000, 19,999, ... ``a`` from its start, so that each
  long quote is searched for back from the end of the text, over positions that each match all
  but one of its characters. Past 2 MB it takes more than the proof's search budget: the quotes
  left are found in one walk of the text (kzeu.quotes.QuoteAutomaton).
- ``reversed``: 1,000 distinct quotes of 100 characters listed in the reverse order of the text.
- ``missing``: the same, in text order, then 1,000 quotes of 99 ``a`` and a ``b``, which the
  text does not hold (the file is refused, with one message for all).

For each it prints the time of ``kzeu --facts F people -f json`` and of ``kzeu export``, the same
less kzeu's start-up (net), and the ratio of the net time to the size before: a linear proof
grows about 2 times per doubling (less, while parsing the JSON dominates), a quadratic one 4.
Then, proving the largest ``repeated`` file in this process, it prints the longest single search
of the text: Ctrl-C (SIGINT) is answered between two searches, so that is how long it may wait.
Runs the ``kzeu`` on PATH (the one of the active virtualenv).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MB = 1_000_000
QUOTE = 20_000


def _facts(text: str, topics: list[str]) -> dict[str, Any]:
    return {
        "format_version": 1,
        "source": {"published": None, "text": text},
        "meeting": "m",
        "events": [{"id": "m", "name": "M", "kind": "meeting", "status": "held", "quote": "a"}],
        "topics": [
            {"id": f"t{index}", "label": f"T{index}", "quote": quote}
            for index, quote in enumerate(topics)
        ],
    }


def issue(size: int) -> dict[str, Any]:
    """The attack as the issue gives it: one long quote of one letter, found only at the start,
    after one found only at the end, again and again."""
    unit = "b" + "a" * (QUOTE - 1)
    body = "a" * QUOTE + unit * max(0, (size // 2 - QUOTE) // QUOTE)
    return _facts(body + "z", ["z", "a" * QUOTE] * max(1, size // 2 // QUOTE))


def repeated(size: int) -> dict[str, Any]:
    """The attack: long quotes of one letter, found only at the start, each after a quote found
    only at the end."""
    unit = "b" + "a" * (QUOTE // 2 - 1)
    pairs = max(1, size // 2 // QUOTE)
    ends = [f"<{index}>" for index in range(pairs)]
    body = "a" * QUOTE + unit * max(0, (size // 2 - QUOTE) // len(unit))
    quotes = [quote for index in range(pairs) for quote in (ends[index], "a" * (QUOTE - index))]
    return _facts(body + "".join(ends), quotes)


def _distinct(size: int, count: int) -> tuple[str, list[str]]:
    """Return a text of about ``size`` characters with ``count`` distinct 100-character spans."""
    gap = max(0, size // count - 100)
    spans = [f"{index:08d}" + "c" * 92 for index in range(count)]
    return "".join(span + "a" * gap for span in spans) + "z", spans


def reversed_order(size: int) -> dict[str, Any]:
    text, spans = _distinct(size, 1_000)
    return _facts(text, spans[::-1])


def missing(size: int) -> dict[str, Any]:
    text, spans = _distinct(size, 1_000)
    absent = [f"{index:06d}" + "a" * 93 + "b" for index in range(1_000)]
    return _facts(text, [*spans, *absent])


SHAPES = {"issue": issue, "repeated": repeated, "reversed": reversed_order, "missing": missing}


def timed(command: list[str], timeout: float) -> tuple[float | None, int]:
    """Return (seconds, exit code) of ``command``, or (None, -1) past ``timeout``."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, -1
    return time.perf_counter() - start, done.returncode


def longest_search(path: Path) -> tuple[float, int, str]:
    """Return the longest single search of the text while proving ``path`` in this process,
    how many searches there were, and the outcome."""
    from kzeu import integrity
    from kzeu.facts import FactsError, load_facts

    longest, count = 0.0, 0
    plain = {name: getattr(integrity.QuoteSearch, name) for name in ("after", "before")}

    def timing(name: str) -> Any:
        def search(self: Any, quote: str, start: int) -> int:
            nonlocal longest, count
            began = time.perf_counter()
            found: int = plain[name](self, quote, start)
            longest, count = max(longest, time.perf_counter() - began), count + 1
            return found

        return search

    for name in plain:
        setattr(integrity.QuoteSearch, name, timing(name))
    try:
        load_facts(path)
        outcome = "proven"
    except FactsError as error:
        outcome = error.problem
    finally:
        for name, method in plain.items():
            setattr(integrity.QuoteSearch, name, method)
    return longest, count, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], metavar="MB")
    parser.add_argument("--timeout", type=float, default=600.0, metavar="S")
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    args = parser.parse_args()
    kzeu = shutil.which("kzeu")
    if kzeu is None:
        print("kzeu is not on PATH: activate the virtualenv first", file=sys.stderr)
        return 1
    print(f"CPython {sys.version.split()[0]}, {os.cpu_count()} CPUs; kzeu {kzeu}")
    startup = min(timed([kzeu, "people", "-f", "json"], args.timeout)[0] or 0.0 for _ in range(3))
    print(f"start-up (people -f json, packaged facts): {startup:.3f} s; net = seconds - start-up")
    print(f"{'file':9} {'MB':>6} {'command':8} {'exit':>4} {'seconds':>8} {'net':>6} {'ratio':>6}")
    with tempfile.TemporaryDirectory(prefix="kzeu-proof-") as folder:
        for shape in args.shapes:
            before: dict[str, float | None] = {}
            for size in args.sizes:
                path = Path(folder) / f"{shape}-{size}.json"
                path.write_text(json.dumps(SHAPES[shape](int(size * MB))), encoding="utf-8")
                megabytes = path.stat().st_size / MB
                db = Path(folder) / "out.db"
                commands = {
                    "people": [kzeu, "--facts", str(path), "people", "-f", "json"],
                    "export": [kzeu, "export", "--sqlite", str(db), "--facts", str(path)],
                }
                for name, command in commands.items():
                    db.unlink(missing_ok=True)
                    seconds, code = timed(command, args.timeout)
                    net = None if seconds is None else max(seconds - startup, 0.001)
                    previous = before.get(name)
                    ratio = f"{net / previous:6.2f}" if net and previous else ""
                    shown = f"{seconds:8.2f}" if seconds is not None else f">{args.timeout:7.0f}"
                    spent = f"{net:6.2f}" if net is not None else ""
                    print(
                        f"{shape:9} {megabytes:6.2f} {name:8} {code:4} {shown} {spent} {ratio:>6}"
                    )
                    before[name] = net
        if "repeated" in args.shapes:
            path = Path(folder) / f"repeated-{args.sizes[-1]}.json"
            longest, count, outcome = longest_search(path)
            print(
                f"proving {path.name} in process: {count} searches, the longest {longest:.4f} s"
                f" ({outcome})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
