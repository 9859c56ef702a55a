"""HTML: a standalone, valid HTML5 document around a real ``<table>``.

The table has the listing's title as its caption, header cells, one row per listing row and
the source line after it, so that it reads in a browser, pastes into a CMS or a spreadsheet,
and can be styled. Every piece of data is escaped (``html.escape``, quotes included) after the
invisible and control characters are made visible: nothing in a facts file becomes a tag, an
attribute, a script or a link.
"""

from __future__ import annotations

import html

from kzeu.render.chart import Chart, bar_lengths
from kzeu.render.escape import visible
from kzeu.render.layout import MARK
from kzeu.render.listing import Cell, Listing, Marked
from kzeu.render.table import marker_column, marker_note

_STYLE = """\
body { font-family: system-ui, sans-serif; margin: 2em; }
table { border-collapse: collapse; }
caption { font-weight: bold; text-align: left; padding-bottom: 0.5em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
td.number { text-align: right; }
tr.marked td { font-style: italic; }
mark { font-weight: bold; }
.bar { display: inline-block; height: 0.9em; background: #2a7ab0; }
p.source { color: #555; }"""


def _escaped(text: str) -> str:
    return html.escape(visible(text), quote=True)


def html_cell(value: Cell) -> str:
    """Return the contents of one ``<td>``: escaped text, a list as lines, highlights marked."""
    from kzeu.render.cells import plain

    if isinstance(value, Marked):
        return "".join(
            f"<mark>{_escaped(piece)}</mark>" if marked else _escaped(piece)
            for piece, marked in value.segments()
        ).replace("\n", "<br>\n")
    if isinstance(value, tuple):
        return "<br>\n".join(html.escape(plain(v), quote=True) for v in value)
    return html.escape(plain(value), quote=True).replace("\n", "<br>\n")


def _document(title: str, body: list[str]) -> str:
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_escaped(title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"


def _paragraphs(caption: str, notes: tuple[str, ...]) -> list[str]:
    lines = [f'<p class="source">{_escaped(caption)}</p>'] if caption else []
    lines.extend(f'<p class="note">{_escaped(note)}</p>' for note in notes)
    return lines


def to_html(listing: Listing) -> str:
    """Return the listing as an HTML document: its table (the columns a terminal shows), the
    source line and the notes."""
    columns = [c for c in listing.columns if c.table]
    body = ["<table>", f"<caption>{_escaped(listing.title)}</caption>"]
    if listing.show_header:
        headers = "".join(f'<th scope="col">{_escaped(c.heading())}</th>' for c in columns)
        body.extend(["<thead>", f"<tr>{headers}</tr>", "</thead>"])
    body.append("<tbody>")
    marker = listing.marker
    for row in listing.rows:
        cells = []
        for i, column in enumerate(columns):
            content = html_cell(row.get(column.key))
            if not listing.show_header and i == 0:
                cells.append(f'<th scope="row">{content}</th>')
            elif column.justify == "right":
                cells.append(f'<td class="number">{content}</td>')
            else:
                cells.append(f"<td>{content}</td>")
        if marker and row.get(marker):
            at = marker_column(columns)
            cells[at] = cells[at].replace(">", f">{MARK}", 1)
            body.append(f'<tr class="marked">{"".join(cells)}</tr>')
        else:
            body.append(f"<tr>{''.join(cells)}</tr>")
    if not listing.rows and listing.empty:  # what the terminal says of an empty listing
        body.append(f'<tr><td colspan="{max(len(columns), 1)}">{_escaped(listing.empty)}</td></tr>')
    explained = marker_note(listing)
    notes = (explained, *listing.notes) if explained else listing.notes
    body.extend(["</tbody>", "</table>", *_paragraphs(listing.caption, notes)])
    return _document(listing.title, body)


def chart_html(chart: Chart) -> str:
    """Return the chart as an HTML document: a table of labels, bars and values."""
    body = ["<table>", f"<caption>{_escaped(chart.title)}</caption>", "<tbody>"]
    series = ""
    for bar, length in zip(chart.bars, bar_lengths(chart, 1000), strict=True):
        if bar.series and bar.series != series:
            series = bar.series
            body.append(f'<tr><th scope="rowgroup" colspan="3">{_escaped(series)}</th></tr>')
        width = f"{length / 100:.1f}em"  # the longest bar 10em
        body.append(
            f'<tr><th scope="row">{_escaped(bar.label)}</th>'
            f'<td><span class="bar" style="width: {width}"></span></td>'
            f'<td class="number">{_escaped(bar.shown)}</td></tr>'
        )
    if not chart.bars:
        body.append(f"<tr><td>{_escaped(chart.empty)}</td></tr>")
    body.extend(["</tbody>", "</table>", *_paragraphs(chart.caption, ())])
    return _document(chart.title, body)
