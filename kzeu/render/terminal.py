"""The console kzeu draws on, and printing to a terminal or, plain and unwrapped, to a pipe."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


def make_console(stream: TextIO, *, record: bool = False, width: int | None = None) -> Console:
    """Return a Console on ``stream``: Rich decides colour from the terminal, NO_COLOR, TERM."""
    from rich.console import Console

    return Console(file=stream, record=record, width=width, highlight=False, emoji=False)


# A pipe gets lines as long as they need to be, up to this many cells (past it, a table's
# every line would be padded to the longest).
PLAIN_WIDTH = 10_000


def print_plain(renderable: RenderableType, stream: TextIO) -> None:
    """Print ``renderable`` for a pipe or file: as wide as it needs so that nothing wraps (up
    to PLAIN_WIDTH), no colour, and without the padding that would trail each line."""
    console = make_console(io.StringIO(), width=natural_width(renderable))
    with console.capture() as captured:
        console.print(renderable, crop=False)
    stream.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def natural_width(renderable: RenderableType) -> int:
    """Return the width ``renderable`` takes when nothing has to wrap (40 to PLAIN_WIDTH)."""
    from rich.measure import Measurement

    console = make_console(io.StringIO())
    wide = console.options.update_width(1_000_000)
    return min(max(40, Measurement.get(console, wide, renderable).maximum), PLAIN_WIDTH)
