"""Snapshots: a drawn table or chart as a standalone SVG picture, made by Rich.

A snapshot is a picture of what a terminal shows, for slides; ``-f html`` is a document
(``kzeu.render.as_html``), and exporting means SQLite (``kzeu export``).

A picture is capped, as a table's cells are: it draws at most ``SNAPSHOT_LINES`` lines, then a
line saying it was cut and what shows everything. Rich writes about a kilobyte of SVG per line
drawn, slowly: uncapped, 2 MB of long cells made 78 MB of SVG in 11 s. The drawing is taken
line by line from Rich and stopped at the cap, so a large listing is not drawn in full first.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from kzeu.render.escape import visible
from kzeu.render.terminal import make_console

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import RenderableType
    from rich.segment import Segment

# The terminal width a snapshot is drawn at, and the most lines it draws.
SNAPSHOT_WIDTH = 100
SNAPSHOT_LINES = 1_000
# Rich's SVG names web fonts to fetch; kzeu's snapshots use the reader's local fonts instead,
# so that opening one fetches nothing.
_WEB_FONTS = re.compile(r',\s*url\("https?://[^"]*"\) format\("[^"]*"\)')


def _first_lines(segments: Iterable[Segment], count: int) -> tuple[list[Segment], bool]:
    """Return ``segments`` up to the end of their ``count``-th line, as they come (a drawing that
    is not cut is recorded exactly as Rich draws it), and whether anything was left out."""
    kept: list[Segment] = []
    ends = 0
    stream = iter(segments)
    for segment in stream:
        breaks = segment.text.count("\n")
        if ends + breaks < count:
            kept.append(segment)
            ends += breaks
            continue
        at = -1
        for _ in range(count - ends):
            at = segment.text.index("\n", at + 1)
        kept.append(segment._replace(text=segment.text[: at + 1]))
        left = segment.text[at + 1 :] != "" or any(s.text for s in stream)
        return kept, left
    return kept, False


def svg_snapshot(renderable: RenderableType, title: str) -> str:
    """Return ``renderable`` drawn as a standalone SVG document, cut at ``SNAPSHOT_LINES``."""
    from rich.segment import Segments
    from rich.text import Text

    console = make_console(io.StringIO(), record=True, width=SNAPSHOT_WIDTH)
    drawn, cut = _first_lines(console.render(renderable, console.options), SNAPSHOT_LINES)
    console.print(Segments(drawn), crop=False)
    if cut:
        console.print(
            Text(
                f"… cut here: a snapshot draws at most {SNAPSHOT_LINES:,} lines; -f html or a"
                " data format shows everything"
            )
        )
    return _WEB_FONTS.sub("", console.export_svg(title=visible(title)))
