"""Snapshots: a drawn table or chart as a standalone SVG picture, made by Rich.

A snapshot is a picture of what a terminal shows, for slides; ``-f html`` is a document
(``kzeu.render.as_html``), and exporting means SQLite (``kzeu export``).
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from kzeu.render.escape import visible
from kzeu.render.terminal import make_console

if TYPE_CHECKING:
    from rich.console import RenderableType

# The terminal width a snapshot is drawn at.
SNAPSHOT_WIDTH = 100
# Rich's SVG names web fonts to fetch; kzeu's snapshots use the reader's local fonts instead,
# so that opening one fetches nothing.
_WEB_FONTS = re.compile(r',\s*url\("https?://[^"]*"\) format\("[^"]*"\)')


def svg_snapshot(renderable: RenderableType, title: str) -> str:
    """Return ``renderable`` drawn as a standalone SVG document."""
    console = make_console(io.StringIO(), record=True, width=SNAPSHOT_WIDTH)
    console.print(renderable, crop=False)
    return _WEB_FONTS.sub("", console.export_svg(title=visible(title)))
