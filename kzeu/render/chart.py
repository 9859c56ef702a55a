"""A horizontal bar chart that tells the truth at any width (``kzeu.render.render`` writes it).

Every value is shown whole; a label may wrap; the longest bar takes what the width leaves
(between ``MIN_BAR`` and ``MAX_BAR`` cells) and every other bar is in proportion to it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, NamedTuple

from kzeu.render.escape import visible
from kzeu.render.listing import OutputFormat

if TYPE_CHECKING:
    from rich.console import RenderableType


class Bar(NamedTuple):
    """One bar of a chart: its label, its length, the value as shown beside it, and the
    series (one measure) it belongs to, shown as a heading above its first bar ("": none)."""

    label: str
    value: Decimal
    shown: str
    series: str = ""


class Chart(NamedTuple):
    """A horizontal bar chart, and what to say when it has no bars."""

    title: str
    bars: tuple[Bar, ...]
    caption: str = ""
    empty: str = "nothing to chart"


CHART_FORMATS = (OutputFormat.table, OutputFormat.svg, OutputFormat.html)
MIN_WIDTH = 40
MIN_BAR = 8
MAX_BAR = 60
# The bar of a chart written to a pipe, where there is no width to fit.
PLAIN_BAR = 40
_GAP = "  "


class Layout(NamedTuple):
    """The widths of a chart's three columns."""

    label: int
    bar: int
    value: int


def layout(chart: Chart, width: int | None) -> Layout:
    """Return the column widths for a chart ``width`` cells wide (None: a pipe, no limit)."""
    from rich.cells import cell_len

    labels = [visible(b.label) for b in chart.bars]
    value = max((cell_len(visible(b.shown)) for b in chart.bars), default=0)
    longest = max((cell_len(x) for x in labels), default=0)
    if width is None:
        return Layout(longest, PLAIN_BAR, value)
    # One space before the labels, a gap before the bars and one before the values.
    room = max(width, MIN_WIDTH) - 1 - 2 * len(_GAP) - value
    word = max((cell_len(w) for x in labels for w in x.split()), default=0)
    label = min(longest, max(room // 2, min(word, room - MIN_BAR)))
    return Layout(max(label, 1), min(max(room - label, MIN_BAR), MAX_BAR), value)


def bar_lengths(chart: Chart, longest: int) -> list[int]:
    """Return each bar's length in cells: the largest value ``longest``, the others in
    proportion, rounded half up."""
    top = max((bar.value for bar in chart.bars), default=Decimal(0))
    if top <= 0:
        return [0 for _ in chart.bars]
    return [
        max(int((bar.value / top * longest).to_integral_value(ROUND_HALF_UP)), 0)
        for bar in chart.bars
    ]


def _label_lines(label: str, width: int) -> list[str]:
    from rich.cells import cell_len

    from kzeu.render.layout import wrap_words

    lines: list[str] = []
    for piece in wrap_words(label, width):
        rest = piece
        while cell_len(rest) > width:  # a word longer than the column is folded
            lines.append(rest[:width])
            rest = rest[width:]
        lines.append(rest)
    return lines


def _heading_lines(series: str, width: int | None) -> list[RenderableType]:
    """Return the heading of a series, wrapped to ``width`` (None: one line)."""
    return _indented(visible(series), width, style="bold")


def _indented(text: str, width: int | None, *, style: str) -> list[RenderableType]:
    """Return ``text`` as lines under the chart's labels, one cell in, each wrapped to
    ``width`` (None: one line)."""
    from rich.text import Text

    from kzeu.render.layout import wrap_words

    lines = [text] if width is None else wrap_words(text, max(width, MIN_WIDTH) - 1)
    return [Text(" " + line, style=style, no_wrap=True, overflow="ignore") for line in lines]


def build_chart(chart: Chart, *, plain: bool, width: int | None = None) -> RenderableType:
    """Return the chart as Rich renderables, laid out for ``width`` (None: for a pipe);
    ``plain`` draws its bars with ``#`` and no colour."""
    from rich.cells import cell_len
    from rich.console import Group
    from rich.text import Text

    from kzeu.render.layout import title_lines

    sizes = layout(chart, width)
    parts: list[RenderableType] = [Text(title_lines(visible(chart.title), width), style="bold")]
    series = ""
    for bar, length in zip(chart.bars, bar_lengths(chart, sizes.bar), strict=True):
        if bar.series and bar.series != series:
            series = bar.series
            parts.extend(_heading_lines(series, width))
        labels = _label_lines(visible(bar.label), sizes.label)
        shown = visible(bar.shown)
        line = Text(no_wrap=True, overflow="ignore")
        line.append(" " + labels[0] + " " * (sizes.label - cell_len(labels[0])) + _GAP)
        if plain:
            line.append("#" * length)
        else:
            line.append("█" * length, style="cyan")
        line.append(" " * (sizes.bar - length) + _GAP)
        line.append(" " * (sizes.value - cell_len(shown)) + shown)
        parts.append(line)
        parts.extend(Text(" " + more, no_wrap=True, overflow="ignore") for more in labels[1:])
    if not chart.bars:
        parts.extend(_indented(visible(chart.empty), width, style="italic"))
    if chart.caption:
        parts.append(Text(visible(chart.caption)))
    return Group(*parts)
