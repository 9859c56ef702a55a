"""Write a valid kzeu facts file of about the size asked for, or a folder of many meetings, for
scale tests and benchmarks.

    python benchmarks/generate.py --mb 10 -o /tmp/facts-10mb.json
    python benchmarks/generate.py --corpus 1000 -o /tmp/corpus/

The report is made of numbered paragraphs; each paragraph supports one person, one event, one
topic and one statistic, every quote cut from it, so the file passes every check of the loader.
In corpus mode each file is one meeting of about 10 KB (6 to 11 paragraphs): its own date,
place and report, its people drawn from a pool of 400 officials (so that the same person, with
the same id and name, meets again in other files), its figures different from meeting to
meeting. The same ``--seed`` writes the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

_PARAGRAPH = (
    "Minister of Trade {n} Official Person{n} met delegates in City{n} next week to discuss "
    "cooperation on corridor {n}. The officials agreed on joint work on corridor {n}. "
    "Turnover on corridor {n} reached ${whole}.{tenth} billion."
)


def paragraph(n: int, shift: int = 0) -> str:
    """Return the text of paragraph ``n`` (its figure moved by ``shift``)."""
    return _PARAGRAPH.format(n=n, whole=(n + shift) % 997 + 1, tenth=(n + shift) % 10)


def facts_for(n: int, shift: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Return the four facts that paragraph ``n`` supports (its figure moved by ``shift``)."""
    whole, tenth = (n + shift) % 997 + 1, (n + shift) % 10
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


# Corpus mode: how many officials the meetings draw their people from.
POOL = 400


def meeting(number: int, rng: random.Random) -> dict[str, Any]:
    """Return meeting ``number`` of a corpus: a facts file of about 10 KB."""
    day = dt.date(2010, 1, 1) + dt.timedelta(days=3 * number + rng.randrange(3))
    city = f"City{rng.randrange(60)}"
    header = f"date {day.isoformat()} {city.upper()} – Generated report {number}."
    people = rng.sample(range(POOL), rng.randint(6, 11))
    shift = rng.randrange(997)
    data: dict[str, Any] = {
        "format_version": 1,
        "source": {
            "published": day.isoformat(),
            "published_quote": f"date {day.isoformat()}",
            "dateline": city,
            "dateline_quote": f"{city.upper()} –",
            "text": "\n".join([header, *(paragraph(n, shift) for n in people)]),
        },
        "meeting": f"meeting-{people[0]}",
        "people": [],
        "events": [],
        "topics": [],
        "statistics": [],
    }
    for n in people:
        for section, facts in facts_for(n, shift).items():
            data[section].extend(facts)
    return data


def write_corpus(folder: Path, count: int, seed: int = 0) -> int:
    """Write ``count`` meetings, one file each, into ``folder``; return the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = 0
    for number in range(count):
        text = json.dumps(meeting(number, rng), ensure_ascii=False, indent=1)
        (folder / f"meeting-{number:05d}.json").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--mb", type=float, help="approximate size in MB of one file")
    size.add_argument("--corpus", type=int, metavar="N", help="N meetings, one file each")
    parser.add_argument("--seed", type=int, default=0, help="corpus mode: which corpus")
    parser.add_argument("-o", "--output", type=Path, required=True, help="a file, or a folder")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        written = write_corpus(args.output, args.corpus, args.seed)
        print(f"wrote {args.corpus:,} files to {args.output}: {written:,} bytes", file=sys.stderr)
        return 0
    text = json.dumps(generate(int(args.mb * 1_000_000)), ensure_ascii=False, indent=1)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}: {len(text.encode('utf-8')):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
