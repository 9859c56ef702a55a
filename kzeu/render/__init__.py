"""Turning a listing into a table, JSON, JSON Lines, CSV, Markdown, HTML or an SVG snapshot.

The renderer knows nothing about meetings: it gets a ``Listing`` of rows and columns
(``kzeu.render.listing``) and writes it in the format asked for, each in its own module. Text
from a facts file is never trusted: what a terminal would obey or a reader cannot see is shown
escaped (``kzeu.render.escape``), Rich only ever sees ``Text`` objects (no markup, no emoji
codes), a CSV cell a spreadsheet would run is neutralised, and Markdown and HTML carry data only
as text. Importing this package imports no Rich: only the table, chart and snapshot load it.
"""

from __future__ import annotations

from typing import TextIO

from kzeu.render.chart import CHART_FORMATS, Bar, Chart, render_chart
from kzeu.render.escape import visible
from kzeu.render.listing import STREAM_ROWS, Cell, Column, Listing, Marked, OutputFormat, Row

__all__ = [
    "CHART_FORMATS",
    "STREAM_ROWS",
    "Bar",
    "Cell",
    "Chart",
    "Column",
    "Listing",
    "Marked",
    "OutputFormat",
    "Row",
    "json_document",
    "render_chart",
    "render_listing",
    "visible",
]


def json_document(data: object) -> str:
    """Return ``data`` as an indented JSON document (see ``kzeu.render.as_json``)."""
    from kzeu.render.as_json import json_document as document

    return document(data)


def render_listing(listing: Listing, fmt: OutputFormat, stream: TextIO) -> None:
    """Write ``listing`` to ``stream`` in ``fmt``: the one place that picks a format. Each
    format's module is imported only when it is asked for."""
    if fmt is OutputFormat.json:
        from kzeu.render.as_json import to_json

        stream.write(to_json(listing))
    elif fmt is OutputFormat.jsonl:
        from kzeu.render.as_json import to_jsonl

        stream.write(to_jsonl(listing))
    elif fmt is OutputFormat.csv:
        from kzeu.render.as_csv import to_csv

        stream.write(to_csv(listing))
    elif fmt is OutputFormat.markdown:
        from kzeu.render.as_markdown import to_markdown

        stream.write(to_markdown(listing))
    elif fmt is OutputFormat.html:
        from kzeu.render.as_html import to_html

        stream.write(to_html(listing))
    elif fmt is OutputFormat.svg:
        from kzeu.render.snapshot import SNAPSHOT_WIDTH, svg_snapshot
        from kzeu.render.table import build_table

        stream.write(svg_snapshot(build_table(listing, SNAPSHOT_WIDTH), listing.title))
    else:
        _render_table(listing, stream)


def _render_table(listing: Listing, stream: TextIO) -> None:
    from kzeu.render.table import build_table, plain_table, stream_table
    from kzeu.render.terminal import make_console

    if len(listing.rows) > STREAM_ROWS:
        stream_table(listing, stream)
        return
    console = make_console(stream)
    if console.is_terminal:
        console.print(build_table(listing, console.width), crop=False)
    else:
        plain_table(listing, stream)
