"""How a table's text is laid out in columns: bullets and marks, word wrapping, and the width
of each column (``kzeu.render.table`` draws with them; ``kzeu.render.chart`` wraps its labels).

Columns are sized by their content: each is at least as wide as its longest word. Up to
``FEWEST_LINES_ROWS`` rows the room left goes where it saves the most lines (``fewest_lines``);
past that, ``column_widths`` shares it by a rule that costs one pass.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

BULLET = "• "
MARK = "≈ "

_WORD = re.compile(r"\S+")
# A word of closing punctuation alone, such as the "?" that marks a draft's unconfirmed value,
# after a space: it never starts a line, but stays with the word before it.
_CLOSING_AFTER_SPACE = re.compile(r" [?!.,;:)\]}»”’]+(?!\S)")
# A word with the words of closing punctuation after it.
_UNIT = re.compile(r"\S+(?:\s+[?!.,;:)\]}»”’]+(?!\S))*")
# What a wrapped line keeps its text under: a list item, a marked row, an unmarked one.
_HANGING = (BULLET, MARK, " " * len(MARK))


class Measured(NamedTuple):
    """A column's narrowest width without cutting a word, the width that holds three cells in
    four on one line, and its width without wrapping."""

    minimum: int
    typical: int
    maximum: int
    numeric: bool = False


def measure(
    cells: Sequence[Sequence[str]],
    header: str = "",
    numeric: bool = False,
    *,
    breaking: bool = False,
) -> Measured:
    """Measure a column from the lines of each of its cells (and its header, never wrapped);
    ``breaking``: a long word may be broken after a hyphen or a slash (``word_parts``)."""
    from rich.cells import cell_len

    widest = sorted(max((cell_len(line) for line in lines), default=0) for lines in cells)
    words = (w for lines in cells for line in lines for w in units(line))
    parts = word_parts if breaking else unspaced_parts
    longest_word = max((max(map(cell_len, parts(w))) for w in words), default=0)
    bullets = any(lines and lines[0].startswith(BULLET) for lines in cells)
    # A mark stays on the line of the word it marks: "≈ 150.0" is never "≈" over "150.0".
    marked = (
        cell_len(MARK)
        + max((cell_len(w) for w in _WORD.findall(lines[0][len(MARK) :])[:1]), default=0)
        for lines in cells
        if lines and lines[0].startswith(MARK)
    )
    least = cell_len(header)
    maximum = max(widest[-1] if widest else 0, least)
    unbroken = max(longest_word + (len(BULLET) if bullets else 0), max(marked, default=0))
    minimum = max(min(unbroken, maximum), least)
    typical = widest[(len(widest) * 3) // 4] if widest else 0
    return Measured(minimum, min(max(typical, minimum), maximum), maximum, numeric)


def column_widths(measured: Sequence[Measured], available: int) -> list[int]:
    """Return the width of each column so that all fit ``available`` cells if they can.

    Every column gets its longest word, so that no word is cut; then number columns get the
    width of three cells in four, then every column does; then the rest is shared out evenly
    up to each column's widest line, text columns before number columns (a number column
    wider than its usual value while text wraps helps no one). When the longest words do not
    fit, the widest columns give way (and Rich folds their words)."""
    widths = [m.minimum for m in measured]
    spare = available - sum(widths)
    if spare < 0:
        return _narrowed(widths, available)
    numbers = [i for i, m in enumerate(measured) if m.numeric]
    spare = _fill(widths, [m.typical for m in measured], spare, numbers)
    everyone = list(range(len(measured)))
    spare = _fill(widths, [m.typical for m in measured], spare, everyone)
    words = [i for i, m in enumerate(measured) if not m.numeric]
    spare = _fill(widths, [m.maximum for m in measured], spare, words)
    _fill(widths, [m.maximum for m in measured], spare, numbers)
    return widths


def _fill(widths: list[int], targets: list[int], spare: int, columns: list[int]) -> int:
    """Widen ``columns`` towards their targets, sharing ``spare`` evenly; return what is left."""
    wanting = [i for i in columns if targets[i] > widths[i]]
    while spare > 0 and wanting:
        share = max(spare // len(wanting), 1)
        for i in sorted(wanting, key=lambda i: targets[i] - widths[i]):
            give = min(share, targets[i] - widths[i], spare)
            widths[i] += give
            spare -= give
        wanting = [i for i in wanting if targets[i] > widths[i]]
    return spare


def _narrowed(widths: list[int], available: int) -> list[int]:
    """Return ``widths`` with the widest narrowed, one cell at a time, until they fit (none
    narrower than 4)."""
    narrowed = list(widths)
    excess = sum(narrowed) - available
    while excess > 0:
        widest = max(range(len(narrowed)), key=lambda i: narrowed[i])
        if narrowed[widest] <= 4:
            break
        narrowed[widest] -= 1
        excess -= 1
    return narrowed


def hanging(lines: list[str], width: int) -> list[str]:
    """Return ``lines`` with each line that starts with a bullet or a row marker wrapped to
    ``width``, its continuation lines indented under its text, and each line that holds a
    word longer than ``width`` wrapped with that word broken after a hyphen or a slash (a
    terminal would cut it anywhere, and leave a bullet alone on its line)."""
    from rich.cells import cell_len

    out: list[str] = []
    for line in lines:
        if cell_len(line) <= width:
            out.append(line)
            continue
        lead = next((h for h in _HANGING if line.startswith(h)), "")
        words_fit = all(cell_len(word) <= width for word in units(line))
        unspaced = not line.isascii() and _UNSPACED_CHARACTER.search(line)
        plain = not unspaced and not _CLOSING_AFTER_SPACE.search(line)
        if not lead and words_fit and plain:
            out.append(line)
            continue
        pieces = wrap_words(line[len(lead) :], width - len(lead))
        out.append(lead + pieces[0])
        out.extend(" " * len(lead) + piece for piece in pieces[1:])
    return out


def title_lines(title: str, width: int | None) -> str:
    """Return ``title`` broken after its first " — " when it is wider than ``width`` (None: no
    limit): "Trade — a meeting, a place, a date" reads as what the view is, then whose, rather
    than with a date or a word alone on its second line."""
    from rich.cells import cell_len

    if width is None or cell_len(title) <= width or " — " not in title:
        return title
    head, _, tail = title.partition(" — ")
    return f"{head} —\n{tail}"


def wrap_words(text: str, width: int) -> list[str]:
    """Return ``text`` wrapped at spaces to lines of ``width`` cells; a word longer than a line
    starts a line of its own and is broken after a hyphen or a slash (``word_parts``), or,
    with none where it must break, at the width. Text of a script written without spaces
    fills each line before it breaks: a word that does not fit gives the line its start,
    broken between two of those characters."""
    from rich.cells import cell_len

    fill = not text.isascii() and _UNSPACED_CHARACTER.search(text) is not None
    pieces: list[str] = []
    current: list[str] = []
    length = 0
    for whole_word in units(text):
        word, size = whole_word, cell_len(whole_word)
        if current and length + 1 + size > width:
            head = _head(word, width - length - 1) if fill else ""
            if head:
                current.append(head)
                word = word[len(head) :]
                size = cell_len(word)
            pieces.append(" ".join(current))
            current, length = [], 0
        shown = word
        if size > width > 0:
            *whole, shown = _broken(word, width)
            pieces.extend(whole)
            size = cell_len(shown)
        length += size + (1 if current else 0)
        current.append(shown)
    pieces.append(" ".join(current))
    return pieces


def units(text: str) -> list[str]:
    """Return the words of ``text`` a line may break between: its words, each with any word of
    closing punctuation that follows it ("trillion ?" is one)."""
    if not _CLOSING_AFTER_SPACE.search(text):
        return text.split()
    return _UNIT.findall(text)


# The scripts written without spaces between words, whose lines may break between any two
# characters: CJK ideographs, kana, Hangul, their punctuation and fullwidth forms.
_UNSPACED = (
    "\u1100-\u11ff"  # Hangul jamo
    "\u2e80-\u2fdf"  # CJK and Kangxi radicals
    "\u3000-\u303f"  # CJK punctuation
    "\u3040-\u31ff"  # kana, bopomofo, Hangul compatibility jamo
    "\u3400-\u4dbf"  # CJK ideographs, extension A
    "\u4e00-\u9fff"  # CJK ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff00-\uffef"  # fullwidth forms
    "\U00020000-\U0003ffff"  # CJK ideographs, extensions B onwards
)
# A part of a word that a line may end after: one character of those scripts, or a run up to
# and with a hyphen or slash, or the rest.
_PART = re.compile(rf"[{_UNSPACED}]|[^/{_UNSPACED}-]*[/-]+|[^/{_UNSPACED}-]+")
# A part of a word that a line may end after without a hyphen: one character of those
# scripts, or a run of any other.
_UNSPACED_PART = re.compile(rf"[{_UNSPACED}]|[^{_UNSPACED}]+")
_UNSPACED_CHARACTER = re.compile(rf"[{_UNSPACED}]")


def word_parts(word: str) -> list[str]:
    """Return the parts a long word may be broken into: after each hyphen or slash, so that
    an id or a path reads "events/central-" then "asia-summit", and between two characters
    of a script written without spaces."""
    return _PART.findall(word) or [word]


def unspaced_parts(word: str) -> list[str]:
    """Return the parts a word may be broken into as it stands: the characters of a script
    written without spaces (Chinese, Japanese), and the runs of any other."""
    return _UNSPACED_PART.findall(word) or [word]


def _head(word: str, room: int) -> str:
    """Return the longest start of ``word`` that fits ``room`` cells and ends where a script
    written without spaces may break ("" if none)."""
    from rich.cells import cell_len

    head: list[str] = []
    for part in unspaced_parts(word):
        room -= cell_len(part)
        if room < 0:
            break
        head.append(part)
    return "".join(head)


def _broken(word: str, width: int) -> list[str]:
    """Return ``word`` as lines of at most ``width`` cells, broken after hyphens or slashes
    where it can be, else at the width (in one pass over the word)."""
    from rich.cells import cell_len, get_character_cell_size

    lines: list[str] = []
    line: list[str] = []
    size = 0
    for part in word_parts(word):
        part_size = cell_len(part)
        if line and size + part_size > width:
            lines.append("".join(line))
            line, size = [], 0
        if part_size <= width:
            line.append(part)
            size += part_size
            continue
        for character in part:  # a part wider than a line: folded at the width
            cells = get_character_cell_size(character)
            if line and size + cells > width:
                lines.append("".join(line))
                line, size = [], 0
            line.append(character)
            size += cells
    if line:
        lines.append("".join(line))
    return lines


# Up to this many rows, columns are sized to take the fewest lines (each width tried is one
# wrap of the column's cells); past it, by ``column_widths`` alone.
FEWEST_LINES_ROWS = 200


def fewest_lines(
    cells: Sequence[Sequence[Sequence[str]]], measured: Sequence[Measured], available: int
) -> list[int]:
    """Return column widths that make the table short: from each column's longest word, the
    spare cells go, a few at a time, to the column whose widening saves the most lines per
    cell; what no column needs to save a line is shared as ``column_widths`` shares it."""
    widths = [m.minimum for m in measured]
    heights: dict[tuple[int, int], list[int]] = {}

    def column_heights(i: int, w: int) -> list[int]:
        if (i, w) not in heights:
            heights[i, w] = [height(row[i], w) for row in cells]
        return heights[i, w]

    def total(current: list[int]) -> int:
        per_column = [column_heights(i, w) for i, w in enumerate(current)]
        return sum(max(row) for row in zip(*per_column, strict=True)) if per_column else 0

    spare = available - sum(widths)
    lines = total(widths)
    while spare > 0:
        best: tuple[float, int, int, int] | None = None
        for i, m in enumerate(measured):
            for step in range(1, min(spare, m.maximum - widths[i]) + 1):
                trial = [*widths[:i], widths[i] + step, *widths[i + 1 :]]
                saved = lines - total(trial)
                if saved > 0:
                    rate = saved / step
                    if best is None or rate > best[0]:
                        best = (rate, i, step, lines - saved)
                    break
        if best is None:
            break
        _, i, step, lines = best
        widths[i] += step
        spare -= step
    lines = rebalanced(widths, measured, total, lines)
    grown = column_widths(
        [m._replace(minimum=w) for m, w in zip(measured, widths, strict=True)], available
    )
    return [max(a, b) for a, b in zip(widths, grown, strict=True)]


def rebalanced(
    widths: list[int],
    measured: Sequence[Measured],
    total: Callable[[list[int]], int],
    lines: int,
) -> int:
    """Move cells from one column to another while that saves lines (the greedy widening
    can spend the room on a column that saves one line where another would save many);
    return the lines taken."""
    improved = True
    while improved:
        improved = False
        for i, j in itertools.permutations(range(len(widths)), 2):
            for step in range(1, widths[j] - measured[j].minimum + 1):
                if widths[i] + step > measured[i].maximum:
                    break
                trial = list(widths)
                trial[i] += step
                trial[j] -= step
                fewer = total(trial)
                if fewer < lines:
                    widths[:], lines, improved = trial, fewer, True
                    break
    return lines


def height(lines: Sequence[str], width: int) -> int:
    """Return how many lines ``lines`` take wrapped to ``width`` (a list item's under its
    text)."""
    from rich.cells import cell_len

    count = 0
    for line in lines:
        lead = next((h for h in _HANGING if line.startswith(h)), "")
        room = max(width - len(lead), 1)
        wide = len(line) > width or cell_len(line) > width  # no cells counted for a long line
        count += len(wrap_words(line[len(lead) :], room)) if wide else 1
    return count
