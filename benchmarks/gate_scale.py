"""How the gate and ``kzeu review`` scale with the size of a draft.

Run: ``python benchmarks/gate_scale.py [--quick]``. It drafts plain prose (the development
reports of ``tests/fixtures/reports/``, repeated) at 0.25, 0.5 and 1 MB (``--quick``: up to
0.5 MB), then prints, for each draft, its size, how many fields are unconfirmed, and the CPU
seconds (``time.process_time``) of:

- ``unconfirmed``: listing every unconfirmed field of the loaded draft, with its sentence (what
  ``check``, every view's banner and ``review --list`` do beside loading);
- ``no list``: the same with the ``draft`` list deleted, every field then found through the
  draft's record (``review.flagged``) with the value it holds;
- ``answer all``: one scripted review that accepts every suggestion of a fact and gives a text
  to every empty label, role, affiliation and name (``Review.answer``: the values put in, the
  whole file proven once);

and the ratio of each time to the one before (near 2 for each doubling: linear). Standard
library and kzeu only; nothing is written.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
MB = 1_000_000
TEXT_FIELDS = ("label", "role", "affiliation", "name")


def prose(size: int) -> str:
    """Return the development reports, repeated to about ``size`` characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))]
    unit = "\n\n".join(texts)
    return (unit * (size // len(unit) + 1))[:size]


def cpu(work: Any) -> tuple[float, Any]:
    start = time.process_time()
    result = work()
    return time.process_time() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="stop at 0.5 MB")
    sizes = [MB // 4, MB // 2] if parser.parse_args().quick else [MB // 4, MB // 2, MB]
    import json
    from decimal import Decimal

    from kzeu.draft import draft_document
    from kzeu.facts import prove_json
    from kzeu.gate import unconfirmed
    from kzeu.review import ACCEPT, Review, is_empty_suggestion

    heads = ("draft MB", "fields", "unconfirmed s", "x", "no list s", "answer all s", "x")
    widths = (9, 8, 14, 5, 10, 13, 5)
    print(" ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    before: tuple[float, float] | None = None
    for size in sizes:
        document = draft_document(prose(size))
        facts = prove_json(document)
        listing_time, fields = cpu(lambda facts=facts: unconfirmed(facts))
        unlisted = facts.model_copy(update={"draft": ()})
        record_time, found = cpu(lambda facts=unlisted: unconfirmed(facts))
        assert len(found) == len(fields)
        review = Review("draft.json", json.loads(document, parse_float=Decimal), facts)
        answers = [
            (f.path, ACCEPT) if not is_empty_suggestion(f.suggested) else (f.path, "x")
            for f in fields
            if "/" in f.path and (not is_empty_suggestion(f.suggested) or f.field() in TEXT_FIELDS)
        ]
        answer_time, _ = cpu(lambda review=review, answers=answers: review.answer(answers))
        ratios = ("", "")
        if before is not None:
            ratios = (f"{listing_time / before[0]:.2f}", f"{answer_time / before[1]:.2f}")
        print(
            f"{len(document) / MB:>9.2f} {len(fields):>8,} {listing_time:>14.3f} {ratios[0]:>5}"
            f" {record_time:>10.3f} {answer_time:>13.3f} {ratios[1]:>5}"
        )
        before = (listing_time, answer_time)


if __name__ == "__main__":
    main()
