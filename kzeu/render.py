"""Turning a listing into a Rich table, JSON, CSV, Markdown, SVG or HTML: every format lives here.

The renderer knows nothing about meetings: it gets a ``Listing`` of rows and columns. Text from
a facts file is never trusted: control characters and bidi overrides are shown escaped, never
raw, Rich only ever sees ``Text`` objects (no markup, no emoji codes), a CSV cell that a
spreadsheet would run as a formula is neutralised, and a Markdown cell cannot break its row.
Rich is imported only by the formats that draw with it, so JSON, CSV and Markdown stay light.
"""

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Literal, NamedTuple, TextIO

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text


class Marked:
    """Text with spans to highlight (search matches, a quote within its sentence)."""

    __slots__ = ("spans", "text")

    def __init__(self, text: str, spans: tuple[tuple[int, int], ...] = ()) -> None:
        self.text = text
        self.spans = spans

    def __repr__(self) -> str:
        return f"Marked({self.text!r}, {self.spans!r})"

    def segments(self) -> list[tuple[str, bool]]:
        """Return the text cut into (piece, highlighted) segments, in order."""
        pieces: list[tuple[str, bool]] = []
        at = 0
        for start, end in sorted(self.spans):
            if start < at:
                continue
            pieces.extend(((self.text[at:start], False), (self.text[start:end], True)))
            at = end
        pieces.append((self.text[at:], False))
        return [(piece, marked) for piece, marked in pieces if piece]


Cell = str | int | Decimal | bool | None | tuple[str, ...] | Marked
Row = Mapping[str, Cell]


class OutputFormat(str, Enum):
    """The output formats every listing offers."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    svg = "svg"
    html = "html"


class Column(NamedTuple):
    """A column: ``key`` in JSON, CSV and Markdown; ``header`` in a table.

    ``data`` columns go to the machine formats; ``table`` columns to the drawn table, where a
    column may hold a display form (``"USD 1.5 billion"``) of data kept elsewhere.
    """

    key: str
    header: str = ""
    data: bool = True
    table: bool = True
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False


class Listing(NamedTuple):
    """What a command shows: titled rows under named columns."""

    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Row]
    caption: str = ""
    notes: tuple[str, ...] = ()
    show_header: bool = True

    def data_keys(self) -> list[str]:
        """Return the keys that JSON, CSV and Markdown carry, in order."""
        return [c.key for c in self.columns if c.data]


# C0 controls but tab and newline, DEL, C1 controls (0x9B is the 8-bit CSI), bidi embeddings,
# overrides and isolates, the Unicode line separators and lone surrogates (unencodable).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# What json.dumps leaves raw of the above: it escapes C0 itself.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Return ``text`` with every control or direction-changing character shown as an escape."""
    return _UNSAFE.sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _json_safe(text: str) -> str:
    """Escape what json.dumps leaves raw of the unsafe characters (none in ASCII text)."""
    return text if text.isascii() else _UNSAFE_IN_JSON.sub(_json_escape, text)


def decimal_text(value: Decimal) -> str:
    """Return ``value`` as a JSON number, exactly: no exponent, no float rounding."""
    return format(value, "f")


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _json_value(value: object) -> str:
    """Return ``value`` as JSON text; ``Decimal`` becomes an exact JSON number."""
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, Marked):
        return _ENCODER.encode(value.text)
    if isinstance(value, Mapping):
        items = (f"{_ENCODER.encode(str(k))}: {_json_value(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_json_value(v) for v in value) + "]"
    return _ENCODER.encode(value)


def _number(value: object) -> int | float:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    if isinstance(value, Decimal):
        return float(value)  # exact: a facts file's values have at most 15 digits
    raise TypeError(f"{type(value).__name__} is not JSON")


def json_document(data: object) -> str:
    """Return ``data`` as an indented JSON document: decimals as numbers, controls escaped."""
    return _json_safe(json.dumps(data, ensure_ascii=False, indent=2, default=_number)) + "\n"


def to_json(listing: Listing) -> str:
    """Return the rows as a JSON array of objects with the listing's data keys."""
    keys = listing.data_keys()
    if not listing.rows:
        return "[]\n"
    objects = ("  " + _json_object({k: row.get(k) for k in keys}) for row in listing.rows)
    return _json_safe("[\n" + ",\n".join(objects) + "\n]\n")


def _json_object(row: Mapping[str, Cell]) -> str:
    # The C encoder writes most rows; only a Decimal or a Marked needs the exact writer.
    if any(isinstance(v, Decimal | Marked) for v in row.values()):
        return _json_value(row)
    return _ENCODER.encode(row)


def _plain(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, tuple):
        return "; ".join(visible(v) for v in value)
    text = value.text if isinstance(value, Marked) else str(value)
    return visible(text)


def csv_cell(value: Cell) -> str:
    """Return ``value`` as a CSV cell that no spreadsheet will evaluate (OWASP's advice)."""
    text = _plain(value)
    if isinstance(value, str | tuple | Marked) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv(listing: Listing) -> str:
    """Return a header row of data keys and one row per listing row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = listing.data_keys()
    writer.writerow(keys)
    writer.writerows([csv_cell(row.get(k)) for k in keys] for row in listing.rows)
    return out.getvalue()


def _markdown_text(text: str) -> str:
    for raw, safe in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(raw, safe)
    return text.replace("\r\n", "<br>").replace("\n", "<br>")


def markdown_cell(value: Cell) -> str:
    """Return ``value`` as a GitHub Markdown table cell: pipes, newlines and tags escaped,
    highlighted spans in bold."""
    if isinstance(value, Marked):
        return "".join(
            f"**{_markdown_text(visible(piece))}**" if marked else _markdown_text(visible(piece))
            for piece, marked in value.segments()
        )
    return _markdown_text(_plain(value))


def to_markdown(listing: Listing) -> str:
    """Return a GitHub-flavoured Markdown table with the listing's data keys as its header."""
    keys = listing.data_keys()
    lines = [
        "| " + " | ".join(keys) + " |",
        "|" + "|".join("---:" if _is_numeric(listing, k) else "---" for k in keys) + "|",
    ]
    lines.extend(
        "| " + " | ".join(markdown_cell(row.get(k)) for k in keys) + " |" for row in listing.rows
    )
    return "\n".join(lines) + "\n"


def _is_numeric(listing: Listing, key: str) -> bool:
    return any(c.key == key and c.justify == "right" for c in listing.columns)


def _table_text(value: Cell) -> "Text":
    from rich.text import Text

    if isinstance(value, Marked):
        text = Text()
        for piece, marked in value.segments():
            text.append(visible(piece), style="bold reverse" if marked else "")
        return text
    if isinstance(value, tuple):
        return Text("\n".join(visible(v) for v in value))
    return Text(_plain(value))


def build_table(listing: Listing) -> "RenderableType":
    """Return the listing as a Rich renderable: its table, then any notes."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=Text(visible(listing.title), style="bold"),
        caption=Text(visible(listing.caption), style="dim") if listing.caption else None,
        header_style="bold",
        expand=False,
        show_header=listing.show_header,
        box=box.SQUARE if listing.show_header else None,
        title_justify="center" if listing.show_header else "left",
        caption_justify="center" if listing.show_header else "left",
    )
    shown = [c for c in listing.columns if c.table]
    for column in shown:
        table.add_column(
            Text(visible(column.header or column.key)),
            justify=column.justify,
            overflow="fold",
            no_wrap=column.no_wrap,
        )
    for row in listing.rows:
        table.add_row(*(_table_text(row.get(c.key)) for c in shown))
    if not listing.notes:
        return table
    return Group(table, *(Text(visible(note), style="dim") for note in listing.notes))


def make_console(stream: TextIO, *, record: bool = False, width: int | None = None) -> "Console":
    """Return a Console on ``stream``: Rich decides colour from the terminal, NO_COLOR, TERM."""
    from rich.console import Console

    return Console(file=stream, record=record, width=width, highlight=False, emoji=False)


def print_renderable(renderable: "RenderableType", stream: TextIO) -> None:
    """Print ``renderable``; to a pipe or file, as wide as it needs so that nothing wraps, and
    without the padding that would trail each line."""
    console = make_console(stream)
    if console.is_terminal:
        console.print(renderable, crop=False)
        return
    console = make_console(io.StringIO(), width=_natural_width(console, renderable))
    with console.capture() as captured:
        console.print(renderable, crop=False)
    stream.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def _natural_width(console: "Console", renderable: "RenderableType") -> int:
    from rich.measure import Measurement

    wide = console.options.update_width(1_000_000)
    return max(40, Measurement.get(console, wide, renderable).maximum)


# Rich's SVG names web fonts to fetch; kzeu's snapshots use the reader's local fonts instead,
# so that opening one fetches nothing.
_WEB_FONTS = re.compile(r',\s*url\("https?://[^"]*"\) format\("[^"]*"\)')


def export(renderable: "RenderableType", fmt: OutputFormat, title: str) -> str:
    """Return ``renderable`` as a standalone SVG or HTML document (Rich's own export)."""
    sink = io.StringIO()
    console = make_console(sink, record=True, width=100)
    console.print(renderable, crop=False)
    if fmt is OutputFormat.svg:
        return _WEB_FONTS.sub("", console.export_svg(title=visible(title)))
    return console.export_html()


# Past this many rows a table is streamed as aligned plain text: a Rich table lays out every
# row before it prints the first, which takes seconds for a listing of many thousands.
STREAM_ROWS = 1000


def stream_table(listing: Listing, stream: TextIO) -> None:
    """Write a long listing as an aligned plain-text table, row by row, ending with its count."""
    from rich.cells import cell_len

    shown = [c for c in listing.columns if c.table]
    headers = [visible(c.header or c.key) for c in shown]
    cells = [[_plain(row.get(c.key)).replace("\n", " ") for c in shown] for row in listing.rows]
    # Each text with its width on screen, measured once: the widest sets its column's width.
    measured = [[(t, cell_len(t)) for t in texts] for texts in [headers, *cells]]
    widths = [max(row[i][1] for row in measured) for i in range(len(shown))]

    def line(texts: list[tuple[str, int]]) -> str:
        padded = (
            " " * (w - n) + t if c.justify == "right" else t + " " * (w - n)
            for (t, n), w, c in zip(texts, widths, shown, strict=True)
        )
        return "  ".join(padded).rstrip() + "\n"

    stream.write(visible(listing.title) + "\n")
    stream.write(line(measured[0]))
    stream.write("  ".join("─" * w for w in widths) + "\n")
    for texts in measured[1:]:
        stream.write(line(texts))
    stream.write(f"{len(cells):,} rows\n")
    for text in (listing.caption, *listing.notes):
        if text:
            stream.write(visible(text) + "\n")


def render_listing(listing: Listing, fmt: OutputFormat, stream: TextIO) -> None:
    """Write ``listing`` to ``stream`` in ``fmt``: the one place that picks a format."""
    if fmt is OutputFormat.table and len(listing.rows) > STREAM_ROWS:
        stream_table(listing, stream)
    elif fmt is OutputFormat.json:
        stream.write(to_json(listing))
    elif fmt is OutputFormat.csv:
        stream.write(to_csv(listing))
    elif fmt is OutputFormat.markdown:
        stream.write(to_markdown(listing))
    elif fmt is OutputFormat.table:
        print_renderable(build_table(listing), stream)
    else:
        stream.write(export(build_table(listing), fmt, listing.title))


class Bar(NamedTuple):
    """One bar of a chart: its label, its length, and the value as shown beside it."""

    label: str
    value: Decimal
    shown: str


class Chart(NamedTuple):
    """A horizontal bar chart, and what to say when it has no bars."""

    title: str
    bars: tuple[Bar, ...]
    caption: str = ""
    empty: str = "nothing to chart"


CHART_FORMATS = (OutputFormat.table, OutputFormat.svg, OutputFormat.html)


def build_chart(chart: Chart, *, plain: bool, width: int = 40) -> "RenderableType":
    """Return the chart as a Rich grid; ``plain`` draws its bars with ``#`` and no colour."""
    from rich.table import Table
    from rich.text import Text

    grid = Table(
        title=Text(visible(chart.title), style="bold"),
        caption=Text(visible(chart.caption), style="dim") if chart.caption else None,
        show_header=False,
        box=None,
        padding=(0, 1),
    )
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    top = max((bar.value for bar in chart.bars), default=Decimal(0))
    for bar in chart.bars:
        length = int((bar.value / top * width).to_integral_value()) if top > 0 else 0
        body = Text("#" * length) if plain else Text("█" * length, style="cyan")
        grid.add_row(Text(visible(bar.label)), body, Text(visible(bar.shown)))
    if not chart.bars:
        grid.add_row(Text(visible(chart.empty), style="italic"), Text(""), Text(""))
    return grid


def render_chart(chart: Chart, fmt: OutputFormat, stream: TextIO) -> None:
    """Write ``chart`` to ``stream``: drawn on a terminal, plain elsewhere, or as SVG or HTML."""
    if fmt is OutputFormat.table:
        console = make_console(stream)
        plain = not console.is_terminal or console.no_color
        print_renderable(build_chart(chart, plain=plain), stream)
    elif fmt in CHART_FORMATS:
        stream.write(export(build_chart(chart, plain=False), fmt, chart.title))
    else:
        raise ValueError(f"a chart cannot be written as {fmt.value}")
