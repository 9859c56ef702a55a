"""Turning a listing or a chart into a table, TSV, JSON, JSON Lines, CSV, Markdown, HTML or SVG.

The renderer knows nothing about meetings: it gets a ``Listing`` of rows and columns
(``kzeu.render.listing``) or a ``Chart`` (``kzeu.render.chart``) and writes it in the format
asked for, each format in its own module; ``render`` is the one place that picks one. Text
from a facts file is never trusted: what a terminal would obey or a reader cannot see is shown
escaped (``kzeu.render.escape``), Rich only ever sees ``Text`` objects (no markup, no emoji
codes), a CSV cell a spreadsheet would run is neutralised, and Markdown and HTML carry data only
as text. Importing this package imports no Rich: only the table, chart and snapshot load it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from kzeu.render.chart import CHART_FORMATS, Bar, Chart
from kzeu.render.escape import visible
from kzeu.render.listing import (
    SHOWN_ITEMS,
    STREAM_ROWS,
    Cell,
    Column,
    Listing,
    Marked,
    OutputFormat,
    Quote,
    Row,
    counted,
    shortened,
)
from kzeu.render.terminal import is_terminal

__all__ = [
    "CHART_FORMATS",
    "SHOWN_ITEMS",
    "STREAM_ROWS",
    "Bar",
    "Cell",
    "Chart",
    "Column",
    "Listing",
    "Marked",
    "OutputFormat",
    "Quote",
    "Row",
    "counted",
    "default_format",
    "is_terminal",
    "json_document",
    "render",
    "shortened",
    "visible",
]


def json_document(data: object) -> str:
    """Return ``data`` as an indented JSON document (see ``kzeu.render.as_json``)."""
    from kzeu.render.as_json import json_document as document

    return document(data)


def default_format(stream: TextIO) -> OutputFormat:
    """Return the format used when none is asked for: a table on a terminal, TSV to a pipe."""
    return OutputFormat.table if is_terminal(stream) else OutputFormat.tsv


def render(
    item: Listing | Chart, fmt: OutputFormat | None, stream: TextIO, *, pager: bool = False
) -> None:
    """Write ``item`` to ``stream`` in ``fmt`` (None: the default for ``stream``): the one
    place that picks a format. Each format's module is imported only when it is asked for;
    on a terminal, output taller than the screen goes through the pager if ``pager``."""
    from kzeu.render.terminal import may_page, write

    if isinstance(item, Chart):
        _render_chart(item, fmt or OutputFormat.table, stream, pager)
    elif (fmt is None and is_terminal(stream)) or fmt is OutputFormat.table:
        _render_table(item, stream, pager)
    else:
        pieces = _pieces_of(item, fmt or OutputFormat.tsv)
        if may_page(stream, pager=pager):
            write("".join(pieces), stream, pager=pager)
        else:
            _write_batched(pieces, stream)


# Pieces are written in batches of about this many characters: a write per row would cost a
# system call per row on kzeu's unbuffered stdout.
BATCH = 1 << 20


def _write_batched(pieces: Iterable[str], stream: TextIO) -> None:
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= BATCH:
            stream.write("".join(batch))
            batch, size = [], 0
    if batch:
        stream.write("".join(batch))


def _pieces_of(listing: Listing, fmt: OutputFormat) -> Iterable[str]:
    """Return ``listing`` in ``fmt`` as pieces of text to write in order: the line-based
    formats a row at a time, so that a big listing is never held whole twice."""
    if fmt is OutputFormat.tsv:
        from kzeu.render.as_tsv import tsv_pieces

        return tsv_pieces(listing)
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        from kzeu.render.as_json import json_pieces, jsonl_pieces

        return json_pieces(listing) if fmt is OutputFormat.json else jsonl_pieces(listing)
    return (_text_of(listing, fmt),)


def _text_of(listing: Listing, fmt: OutputFormat) -> str:
    if fmt is OutputFormat.csv:
        from kzeu.render.as_csv import to_csv

        return to_csv(listing)
    if fmt is OutputFormat.markdown:
        from kzeu.render.as_markdown import to_markdown

        return to_markdown(listing)
    if fmt is OutputFormat.html:
        from kzeu.render.as_html import to_html

        return to_html(listing)
    from kzeu.render.snapshot import SNAPSHOT_WIDTH, svg_snapshot
    from kzeu.render.table import build_table

    return svg_snapshot(build_table(listing, SNAPSHOT_WIDTH), listing.title)


def _render_table(listing: Listing, stream: TextIO, pager: bool) -> None:
    from kzeu.render.plain import plain_table
    from kzeu.render.table import build_table, needs_plain
    from kzeu.render.terminal import make_console, print_drawn, write

    if not is_terminal(stream) or needs_plain(listing):
        import io

        out = io.StringIO()
        plain_table(listing, out)
        write(out.getvalue(), stream, pager=pager)
        return
    print_drawn(build_table(listing, make_console(stream).width), stream, pager=pager)


def _render_chart(chart: Chart, fmt: OutputFormat, stream: TextIO, pager: bool) -> None:
    from kzeu.render.chart import build_chart
    from kzeu.render.terminal import make_console, print_drawn, print_plain

    if fmt is OutputFormat.table:
        if not is_terminal(stream):
            print_plain(build_chart(chart, plain=True), stream)
            return
        console = make_console(stream)
        plain = console.no_color or console.color_system is None
        print_drawn(build_chart(chart, plain=plain, width=console.width), stream, pager=pager)
    elif fmt is OutputFormat.svg:
        from kzeu.render.snapshot import SNAPSHOT_WIDTH, svg_snapshot

        drawing = build_chart(chart, plain=False, width=SNAPSHOT_WIDTH)
        stream.write(svg_snapshot(drawing, chart.title))
    elif fmt is OutputFormat.html:
        from kzeu.render.as_html import chart_html

        stream.write(chart_html(chart))
    else:
        raise ValueError(f"a chart cannot be written as {fmt.value}")
