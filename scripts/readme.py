"""Regenerate the example outputs of README.md and docs/*.md, the SVG screenshots and the JSON
Schema in docs/.

    python scripts/readme.py          # rewrite README.md, docs/*.md and docs/*.svg
    python scripts/readme.py --check  # exit 1 if any is out of date (the test suite runs this)

In README.md and every docs/*.md, a line ``<!-- run: kzeu ARGS -->`` is followed by a fenced
block that this script fills with ``$ kzeu ARGS`` and what kzeu printed, stdout and stderr as an
80-column terminal shows them (``TTY_COMPATIBLE=1``: tables drawn, hints shown, no pager;
colour codes removed); every format named with ``-f`` exactly as a pipe receives it. The
blocks of one document run in order in one scratch directory that sees the checkout's files
(``docs/``, ``tests/``, ...), so that a walkthrough can write a file (``kzeu draft ... -o
x.json``) and the next command read or change it; nothing is written into the checkout.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCUMENTS = (README, *sorted((ROOT / "docs").glob("*.md")))
SCREENSHOTS = {
    "docs/overview.svg": "kzeu overview -f svg",
    "docs/people.svg": "kzeu people -f svg",
    "docs/trade.svg": "kzeu trade -f svg",
    "docs/chart.svg": "kzeu trade --chart -f svg",
    "docs/cite.svg": "kzeu cite imports -f svg",
    "docs/kzeu.schema.json": "kzeu schema",
}
BLOCK = re.compile(r"(<!-- run: (?P<cmd>[^>]*?) -->\n)```[a-z]*\n.*?```\n", re.DOTALL)
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(command: str, where: Path = ROOT) -> str:
    """Return what ``command`` (a kzeu command line) prints, as a terminal of 80 columns, run
    in the directory ``where``."""
    args = shlex.split(command)
    assert args[0] == "kzeu", command
    env = {
        **os.environ,
        "COLUMNS": "80",
        "TTY_COMPATIBLE": "1",
        "NO_COLOR": "1",
        "KZEU_PAGER": "",
        "KZEU_FACTS": "",
    }
    result = subprocess.run(
        [sys.executable, "-m", "kzeu", *args[1:]],
        capture_output=True,
        text=True,
        env=env,
        cwd=where,
        check=False,
    )
    out = ANSI.sub("", result.stdout + result.stderr)
    return "".join(line.rstrip() + "\n" for line in out.splitlines())


def document_text(path: Path) -> str:
    """Return the Markdown file ``path`` with every example block filled in afresh, its
    commands run in order in one scratch directory."""
    with tempfile.TemporaryDirectory(prefix="kzeu-docs-") as scratch:
        where = Path(scratch)
        for entry in ROOT.iterdir():
            if not entry.name.startswith("."):
                (where / entry.name).symlink_to(entry)

        def fill(match: re.Match[str]) -> str:
            command = match.group("cmd")
            return f"{match.group(1)}```console\n$ {command}\n{run(command, where)}```\n"

        return BLOCK.sub(fill, path.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    wanted = {path: document_text(path) for path in DOCUMENTS}
    wanted.update({ROOT / path: run(cmd) for path, cmd in SCREENSHOTS.items()})
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
    if check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run: python scripts/readme.py)")
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
