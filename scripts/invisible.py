"""Write the table of characters ``kzeu.render.escape`` shows as escapes, from Unicode itself.

Run ``python scripts/invisible.py`` after moving to a Python with a newer Unicode database;
tests/test_security.py checks that the table in kzeu/render/escape.py is what this writes.
The table is generated rather than computed when kzeu starts: looking at every code point takes
a fifth of a second, longer than a whole command.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ESCAPE_PY = Path(__file__).resolve().parent.parent / "kzeu" / "render" / "escape.py"
# Control, format, unassigned (noncharacters included), private use, surrogate, line and
# paragraph separator: nothing a reader can see, or a terminal may obey.
CATEGORIES = {"Cc", "Cf", "Cn", "Co", "Cs", "Zl", "Zp"}
# Default-ignorable letters and marks, invisible too: the combining grapheme joiner, the Khmer
# inherent vowels, the Hangul fillers and the variation selectors.
IGNORABLE = [(0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F)]
IGNORABLE += [(0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xE0100, 0xE01EF)]
# Kept: the C0 and C1 controls, which escape.py lists itself (tab and line feed are for the
# formats to place), and the zero-width non-joiner and joiner, which scripts such as Persian and
# emoji sequences need.
KEPT = {*range(0x00, 0x20), *range(0x7F, 0xA0), 0x200C, 0x200D}
_BLOCK = re.compile(r"(# BEGIN generated.*?\n)(.*?)(# END generated)", re.DOTALL)


def invisible() -> list[int]:
    """Return the code points shown as escapes (the C0 and C1 controls apart)."""
    ignorable = {c for first, last in IGNORABLE for c in range(first, last + 1)}
    return [
        c
        for c in range(sys.maxunicode + 1)
        if c not in KEPT and (c in ignorable or unicodedata.category(chr(c)) in CATEGORIES)
    ]


def ranges(codes: list[int]) -> list[tuple[int, int]]:
    """Return ``codes`` (ascending) as (first, last) runs."""
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return [(first, last) for first, last in runs]


def block() -> str:
    """Return the generated lines of escape.py."""
    codes = invisible()
    bmp = ranges([c for c in codes if c <= 0xFFFF])
    astral = ranges([c for c in codes if c > 0xFFFF])
    pieces = [f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in bmp]
    lines = ["# fmt: off", f"# Unicode {unicodedata.unidata_version}.", "_INVISIBLE_BMP = ("]
    lines += [f'    "{"".join(pieces[i : i + 7])}"' for i in range(0, len(pieces), 7)]
    lines += [")", "# Runs above U+FFFF, each from its first code point to the one after its last."]
    lines += ["_INVISIBLE_ASTRAL = ("]
    pairs = [f"0x{a:X}, 0x{b + 1:X}," for a, b in astral]
    lines += ["    " + " ".join(pairs[i : i + 4]) for i in range(0, len(pairs), 4)]
    lines += [")", "# fmt: on"]
    return "\n".join(lines) + "\n"


def main() -> None:
    text = ESCAPE_PY.read_text(encoding="utf-8")
    ESCAPE_PY.write_text(_BLOCK.sub(lambda m: m[1] + block() + m[3], text), encoding="utf-8")


if __name__ == "__main__":
    main()
