"""Write a valid kzeu facts file of about the size asked for, for scale tests and benchmarks.

    python benchmarks/generate.py --mb 10 -o /tmp/facts-10mb.json

The report is made of numbered paragraphs; each paragraph supports one person, one event, one
topic and one statistic, every quote cut from it, so the file passes every check of the loader.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

_PARAGRAPH = (
    "Minister of Trade {n} Official Person{n} met delegates in City{n} next week to discuss "
    "cooperation on corridor {n}. The officials agreed on joint work on corridor {n}. "
    "Turnover on corridor {n} reached ${whole}.{tenth} billion."
)


def paragraph(n: int) -> str:
    """Return the text of paragraph ``n``."""
    return _PARAGRAPH.format(n=n, whole=n % 997 + 1, tenth=n % 10)


def facts_for(n: int) -> dict[str, list[dict[str, Any]]]:
    """Return the four facts that paragraph ``n`` supports."""
    whole, tenth = n % 997 + 1, n % 10
    return {
        "people": [
            {
                "id": f"person-{n}",
                "name": f"Official Person{n}",
                "titles": [f"Minister of Trade {n}"],
                "affiliation": f"Country {n % 7}",
                "role": "Met delegates",
                "quote": f"Minister of Trade {n} Official Person{n}",
            }
        ],
        "events": [
            {
                "id": f"meeting-{n}",
                "name": f"Meeting {n}",
                "kind": "meeting",
                "place": f"City{n}",
                "timing": "next week",
                "status": "upcoming",
                "participants": [f"person-{n}"],
                "quote": f"met delegates in City{n} next week",
            }
        ],
        "topics": [
            {
                "id": f"corridor-{n}",
                "label": f"Joint work on corridor {n}",
                "raised_by": [f"person-{n}"],
                "event": f"meeting-{n}",
                "quote": f"The officials agreed on joint work on corridor {n}.",
            }
        ],
        "statistics": [
            {
                "id": f"turnover-{n}",
                "label": f"Turnover on corridor {n}",
                "kind": "amount",
                "value": float(f"{whole}.{tenth}"),
                "figure": f"${whole}.{tenth} billion",
                "currency": "USD",
                "scale": "billion",
                "quote": f"Turnover on corridor {n} reached ${whole}.{tenth} billion.",
            }
        ],
    }


# About how many bytes of facts file one paragraph adds.
_BYTES_PER_PARAGRAPH = 1160


def generate(size_bytes: int) -> dict[str, Any]:
    """Return a facts file (as JSON data) of about ``size_bytes`` when written."""
    count = max(1, size_bytes // _BYTES_PER_PARAGRAPH)
    header = "date 2025-01-01 CAPITAL – Generated report."
    data: dict[str, Any] = {
        "format_version": 1,
        "source": {
            "published": "2025-01-01",
            "published_quote": "date 2025-01-01",
            "dateline": "Capital",
            "dateline_quote": "CAPITAL –",
            "text": "\n".join([header, *(paragraph(n) for n in range(count))]),
        },
        "meeting": "meeting-0",
        "people": [],
        "events": [],
        "topics": [],
        "statistics": [],
    }
    for n in range(count):
        for section, facts in facts_for(n).items():
            data[section].extend(facts)
    return data


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, required=True, help="approximate size in MB")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    text = json.dumps(generate(int(args.mb * 1_000_000)), ensure_ascii=False, indent=1)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}: {len(text.encode('utf-8')):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
