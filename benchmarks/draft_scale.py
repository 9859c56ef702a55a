"""How ``kzeu draft`` scales: plain prose at 1, 2, 4 and 8 MB, and a run of every character class
at a size and at 4x that size, then at 1 MB.

Run: ``python benchmarks/draft_scale.py [--quick]``. It drafts (``kzeu.draft.draft``, once kzeu
is imported: the stages, the assembly and the draft's own proof) and prints, for each text,
its size, the CPU seconds and the size of the draft as JSON against the size of the text:

- plain prose (the corpus reports, repeated, so with dates, names and figures) at 1, 2, 4 and
  8 MB, with the ratio of each time to the one before (near 2 for each doubling: linear),
  drafted whole: the caps of ``kzeu.draft.read_to`` (2,000 people or events, which the corpus
  repeated passes after 1 MB) are lifted for it;
- for each hostile shape (a run of dots, ``!``, ``?``, commas, dashes, brackets, quotes,
  currency signs, ``%``, digits, capitalised words, "and", title-name runs, month names, mixed
  figures, events named by their kind, bare kind words, meeting phrases, topic verbs, lists
  and sentences, and sentences each naming other people, events, bodies or places; the
  punctuation
  inside a word, as in ``a???…?b``), the time at 64 KB and at 256 KB and their ratio (near
  4: linear; 16 would be quadratic), then the time at 1 MB (the aim: under 4 s for any shape,
  where issue 17 asks for 5).

``--quick`` stops prose at 2 MB and skips the 1 MB runs. ``--vs DIR`` measures side by side
instead: for 1 MB of prose and of each shape, this checkout and the checkout ``DIR`` (another
commit, e.g. a ``git worktree``) each draft it in a fresh process, in turn, ``--runs`` times
(default 2), and the best of each and their ratio are printed (this machine's speed drifts by a
third over minutes: only times taken in turn compare). Standard library and kzeu only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
MB = 1_000_000
SMALL = 64_000

# name -> (what comes before the run, the repeated unit, what comes after it)
SHAPES: dict[str, tuple[str, str, str]] = {
    "dots in a word": ("Talks a", ".", "b ended."),
    "! in a word": ("Talks a", "!", "b ended."),
    "? in a word": ("Talks a", "?", "b ended."),
    "dots and spaces": ("Talks ", ". ", "ended."),
    "commas": ("Talks a", ",", "b ended."),
    "hyphens": ("Talks a", "-", "b ended."),
    "dashes": ("Talks ", "– ", "ended."),
    "opening brackets": ("Talks ", "(", "ended."),
    "brackets": ("Talks ", "(a) [b] ", "ended."),
    "straight quotes": ("Talks ", '"', "ended."),
    "curly quotes": ("Talks ", "“a” ", "ended."),
    "currency signs": ("Talks ", "$€£¥", " ended."),
    '"$1 "': ("Talks ", "$1 ", "ended."),
    "%": ("Talks 5", "%", " ended."),
    "digits": ("Talks ", "1", " ended."),
    '",111"': ("Talks 1", ",111", " ended."),
    "capitalised words": ("Talks ", "Aaa ", "ended."),
    '"and "': ("Talks ", "and ", "ended."),
    "title-name runs": ("Talks ", "Minister Jan Novak ", "ended."),
    "month names": ("Talks ", "May June ", "2024 ended."),
    "dates": ("Talks ", "14 June 2023 met ", "ended."),
    "mixed figures": ("Talks ", "$1.5 billion, 20% and 7 tonnes of ", "ended."),
    "events by kind": (
        "Talks ",
        "the next joint working group on trade in Riga will be held ",
        ".",
    ),
    "kind words": ("Talks ", "forum summit council ", "ended."),
    "meeting phrases": ("Talks ", "after talks in Riga on Tuesday between ", "ended."),
    "topic verbs": ("Talks ", "discussed ", "ended."),
    "topic lists": ("The sides discussed ", "energy, trade and ", "ended."),
    "topic sentences": ("", "Novak discussed trade, economic and cultural cooperation. ", ""),
}


def prose(size: int) -> str:
    """Return about ``size`` characters of report prose: the corpus reports, repeated."""
    paths = sorted(REPORTS.glob("*.txt")) or sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    unit = "\n\n".join(p.read_text(encoding="utf-8").removeprefix("\ufeff") for p in paths)
    return (unit * (size // len(unit) + 1))[:size]


def shaped(name: str, size: int) -> str:
    """Return the hostile text ``name`` of about ``size`` characters."""
    if name in DISTINCT:
        return distinct(DISTINCT[name], size)
    before, unit, after = SHAPES[name]
    return before + unit * (size // len(unit)) + after


# name -> a sentence with a new made-up name at each "{}": every name another, so that a text
# names thousands of people, events, bodies or places (a table of every surname must not be tried
# one by one at every place of the text; past 2,000 people or events, kzeu.draft.read_to)
DISTINCT: dict[str, str] = {
    "distinct names": "Minister {} {} met Ambassador {} {}. ",
    "distinct untitled names": "{} {} said. ",
    "distinct events": "The {} Forum was held in {} on Monday. ",
    "distinct bodies": "The {} {} Council met. ",
    "distinct places": "Talks were held in {}. ",
}


def distinct(sentence: str, size: int) -> str:
    """Return about ``size`` characters of ``sentence`` repeated, each "{}" a new name ("Kaaaab",
    "Kaaaac", ...)."""
    sentences: list[str] = []
    written, count = 0, 0

    def name() -> str:
        nonlocal count
        count += 1
        letters, n = "", count
        for _ in range(5):
            n, letter = divmod(n, 26)
            letters = "abcdefghijklmnopqrstuvwxyz"[letter] + letters
        return "K" + letters

    holes = sentence.count("{}")
    while written < size:
        made = sentence.format(*(name() for _ in range(holes)))
        sentences.append(made)
        written += len(made)
    return "".join(sentences)


@contextmanager
def uncapped() -> Iterator[None]:
    """Lift the people and event caps of ``kzeu.draft.read_to`` for a while: prose is drafted
    whole, however long, so that its times measure the stages on every size of text, not a
    draft of its first part."""
    from kzeu.draft import read_to

    caps = read_to.MAX_PEOPLE, read_to.MAX_EVENTS
    read_to.MAX_PEOPLE = read_to.MAX_EVENTS = sys.maxsize
    try:
        yield
    finally:
        read_to.MAX_PEOPLE, read_to.MAX_EVENTS = caps


def timed(draft: Callable[[str], dict[str, Any]], text: str) -> tuple[float, int]:
    """Return the CPU seconds ``draft(text)`` took and the size of the draft as JSON. CPU time
    (``time.process_time``), not wall time: on a shared machine the other processes' load
    changes the wall time of a run by a factor of 3 and more, this process's own work much
    less."""
    from kzeu.render import json_document

    start = time.process_time()
    result = draft(text)
    seconds = time.process_time() - start
    return seconds, len(json_document(result))


def one(root: str, name: str) -> float:
    """Return the CPU seconds the checkout ``root`` takes to draft 1 MB of ``name`` ("plain
    prose", uncapped, or a shape), after a first draft that imports what drafting needs."""
    sys.path.insert(0, root)
    from kzeu.draft import draft

    draft("Minister Jan Novak met Ambassador Eva Horn. Exports reached $2 billion.")
    if name == "plain prose":
        with uncapped():
            return timed(draft, prose(MB))[0]
    return timed(draft, shaped(name, MB))[0]


def side_by_side(other: Path, runs: int) -> int:
    """Print, for 1 MB of prose and of each shape, the best time of this checkout and of
    ``other`` over ``runs`` runs each, taken in turn in fresh processes, and their ratio."""
    print(f"{'1 MB of':24} {'there s':>8} {'here s':>8} {'here/there':>10}")
    for name in ("plain prose", *SHAPES, *DISTINCT):
        best: dict[Path, float] = {}
        for _ in range(runs):
            for root in (other, ROOT):
                command = [sys.executable, __file__, "--one", name, "--root", str(root)]
                seconds = float(subprocess.run(command, capture_output=True, check=True).stdout)
                best[root] = min(best.get(root, seconds), seconds)
        there, here = best[other], best[ROOT]
        print(f"{name:24} {there:>8.2f} {here:>8.2f} {here / there:>10.2f}", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="prose to 2 MB, no 1 MB runs")
    parser.add_argument("--vs", type=Path, help="a checkout to measure side by side with")
    parser.add_argument("--runs", type=int, default=2, help="runs each, with --vs (default 2)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a run of --vs, in its own process
    parser.add_argument("--root", default=str(ROOT), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(f"{one(args.root, args.one):.4f}")
        return 0
    if args.vs:
        return side_by_side(args.vs.resolve(), args.runs)
    sys.path.insert(0, str(ROOT))
    from kzeu.draft import draft

    started = time.perf_counter()
    draft("Minister Jan Novak met Ambassador Eva Horn. Exports reached $2 billion.")
    print(f"first draft, imports included: {time.perf_counter() - started:.3f} s")
    print(f"{'plain prose':20} {'size':>10} {'seconds':>8} {'x before':>8} {'out/in':>7}")
    previous: float | None = None
    with uncapped():  # the corpus repeated tells of more than 2,000 events past 1 MB
        for megabytes in (1, 2) if args.quick else (1, 2, 4, 8):
            text = prose(megabytes * MB)
            seconds, out = timed(draft, text)
            ratio = f"{seconds / previous:.2f}" if previous else "—"
            print(f"{'':20} {len(text):>10,} {seconds:>8.3f} {ratio:>8} {out / len(text):>7.2f}")
            previous = seconds
    print(
        f"{'shape':20} {'64 KB s':>8} {'256 KB s':>8} {'x4 ratio':>8} {'1 MB s':>7} {'out/in':>7}"
    )
    for name in (*SHAPES, *DISTINCT):
        small, _ = timed(draft, shaped(name, SMALL))
        large, _ = timed(draft, shaped(name, 4 * SMALL))
        whole = "—"
        if not args.quick:
            text = shaped(name, MB)
            seconds, out = timed(draft, text)
            whole = f"{seconds:.3f} {out / len(text):>7.2f}"
        print(f"{name:20} {small:>8.3f} {large:>8.3f} {large / max(small, 1e-6):>8.2f} {whole:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
