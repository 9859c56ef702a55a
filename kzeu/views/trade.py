"""``kzeu trade``: the figures as stated, then those derived from them, kept by their filters;
a figure's value as it is spelled everywhere (``quantity``); the chart of each turnover; and
across meetings, each report's figures with its meeting's date, and their chart over time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from kzeu.models import FactsFile, Statistic
from kzeu.render import Bar, Chart, Column, Listing, Row
from kzeu.render.decimals import decimal_text
from kzeu.views.common import (
    UNLABELLED,
    NothingMatches,
    caption,
    heading,
    matcher,
    named,
    rows_of,
)
from kzeu.views.meetings import sources_caption, span_title

if TYPE_CHECKING:
    from kzeu.derive import Derived
    from kzeu.meetings import Meeting, Meetings

# kzeu.derive is imported by the functions that use it: `people` answers without paying for it.

TRADE_COLUMNS = (
    Column("id", "ID", no_wrap=True, gives_way=True),
    Column("label", table=False),
    # Not "Figure": that key is the figure as printed.
    Column("figure_shown", "Measure", data=False),
    Column("kind", table=False),
    Column("shown", "Value", data=False, justify="right"),
    Column("value", table=False, justify="right"),
    Column("value_exact", table=False),
    Column("currency", table=False),
    Column("scale", table=False),
    Column("unit", table=False),
    Column("qualifier", table=False),
    Column("period", table=False),
    Column("figure", table=False),
    Column("derived", table=False),
    Column("formula", table=False),
    Column("quote", table=False),
)


class FigureFilter(NamedTuple):
    """The figures ``kzeu trade`` keeps (``--flow``, ``--label``, ``--currency``): each filter
    given must match, as every filter does, through ``kzeu.search.Query``. A derived figure
    has a label and a currency but no flow: ``--flow`` keeps stated figures only."""

    flow: str | None = None
    label: str | None = None
    currency: str | None = None

    def given(self) -> bool:
        """Return whether any filter is given."""
        return any(v is not None for v in self)

    def keeps(self, figure: Statistic | Derived) -> bool:
        """Return whether ``figure`` matches every filter given."""
        flow = figure.flow if isinstance(figure, Statistic) else None
        return all(
            typed is None or (value is not None and matcher(typed).matches(value))
            for typed, value in (
                (self.flow, flow),
                (self.label, figure.label),
                (self.currency, figure.currency),
            )
        )

    def nothing(self, stats: Sequence[Statistic], listing: Listing) -> NothingMatches:
        """Return the error for figures of which none is kept: the filters and what there is;
        ``listing`` is the view it leaves empty."""
        given = " ".join(f"--{k} {v!r}" for k, v in self._asdict().items() if v is not None)
        what, known = (
            ("flows", [s.flow for s in stats if s.flow])
            if self.flow is not None
            else ("currencies", [s.currency for s in stats if s.currency])
            if self.currency is not None
            else ("labels", [s.label for s in stats])
        )
        return NothingMatches(
            f"no figure matches {given}", what, sorted(set(known)), "kzeu trade", listing=listing
        )


ALL_FIGURES = FigureFilter()


def trade(facts: FactsFile, *, derived: bool = True, only: FigureFilter = ALL_FIGURES) -> Listing:
    """List the statistics as stated, then (unless ``derived`` is false) the computed ones;
    ``only`` those the filters keep (``NothingMatches`` if none)."""
    from kzeu.derive import derived_figures

    stated = facts.statistics
    if only.given():
        stated = tuple(s for s in stated if only.keeps(s))
    rows = _stated_rows(stated)
    notes: tuple[str, ...] = ()
    if derived:
        figures = derived_figures(facts)
        if only.given():
            figures = [d for d in figures if only.keeps(d)]
        rows.extend(_derived_rows(figures))
        if figures:
            notes = ("≈ derived: computed from the stated figures (kzeu cite ID shows how).",)
    listing = Listing(
        heading(facts, "Trade and investment"),
        TRADE_COLUMNS,
        rows,
        caption(facts),
        notes,
        marker="derived",
        empty="no figures listed",
    )
    if only.given() and not rows:
        raise only.nothing(facts.statistics, listing)
    return listing


def exact_text(value: Decimal | None) -> str | None:
    """Return ``value`` as its exact decimal text, or None."""
    return None if value is None else decimal_text(value)


def _stated_rows(stats: Iterable[Statistic]) -> list[Row]:
    return rows_of(
        TRADE_COLUMNS,
        stats,
        shown=lambda s: s.figure if s.value is None else quantity(s.value, s, s.qualifier),
        value_exact=lambda s: exact_text(s.value),
        figure_shown=lambda s: _with_period(named(s.label, UNLABELLED), s.period),
        derived=lambda s: False,
        formula=lambda s: None,
    )


def _derived_rows(figures: Iterable[Derived]) -> list[Row]:
    def shown(figure: Derived) -> str:
        rounded = figure.display_value
        if rounded is None:
            return f"not computable: {figure.reason}"
        return quantity(rounded, figure, None)

    return rows_of(
        TRADE_COLUMNS,
        figures,
        kind=lambda d: "derived",
        shown=shown,
        value=lambda d: d.display_value,
        value_exact=lambda d: exact_text(d.value),
        qualifier=lambda d: None,
        figure_shown=lambda d: _with_period(d.label, d.period),
        figure=lambda d: None,
        derived=lambda d: True,
        quote=lambda d: None,
    )


def quantity(value: Decimal, measure: Statistic | Derived, qualifier: str | None) -> str:
    """Return a value with its currency, scale and unit: "USD 1.5 billion", "+3.2%"."""
    if measure.unit == "percent":
        sign = (
            "+" if isinstance(measure, Statistic) and measure.kind == "change" and value > 0 else ""
        )
        text = f"{sign}{decimal_text(value, grouped=True)}%"
    else:
        parts = (measure.currency, decimal_text(value, grouped=True), measure.scale, measure.unit)
        text = " ".join(p for p in parts if p)
    return f"{qualifier} {text}" if qualifier else text


def _with_period(label: str, period: str | None) -> str:
    """Return a figure's label followed by the period it covers, if stated."""
    return f"{label} ({period})" if period else label


def trade_chart(facts: FactsFile) -> Chart:
    """Return a bar chart of each turnover with its exports and imports."""
    from kzeu.derive import trade_parts

    bars: list[Bar] = []
    for parts in trade_parts(facts):
        for stat in (parts.turnover, parts.exports, parts.imports):
            if stat.value is not None:  # bars in one scale, each labelled as the report states it
                length = parts.in_turnover_scale(stat)
                bars.append(Bar(stat.label, length, quantity(stat.value, stat, stat.qualifier)))
    empty = "nothing to chart: no turnover with exports and imports stated as parts of it"
    return Chart(heading(facts, "Trade"), tuple(bars), caption(facts), empty)


# --- each report's figures over time, across meetings -----------------------------------------


# The power of ten of each scale word, to draw figures stated in different scales in proportion.
_POWER: dict[str | None, int] = {None: 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}


def _bar(label: str, stat: Statistic, series: str = "") -> Bar:
    value = stat.value or Decimal(0)
    shown = quantity(value, stat, stat.qualifier)
    return Bar(label, value.scaleb(_POWER[stat.scale]), shown, series)


def _measure(stat: Statistic) -> tuple[str, str, str, str]:
    """Return what a figure measures: its flow (else its label, in any case), kind, currency
    and unit. One series over time holds figures of one measure only."""
    what = stat.flow or " ".join(stat.label.casefold().split())
    return (what, stat.kind, stat.currency or "", stat.unit or "")


def _series(drawn: list[tuple[Meeting, Statistic]]) -> tuple[Bar, ...]:
    """Return the bars of ``drawn`` as series, one a measure (in the order they first come),
    each headed by its label and each bar labelled with its meeting's date (or key)."""
    series: dict[tuple[str, str, str, str], list[tuple[Meeting, Statistic]]] = {}
    for meeting, stat in drawn:
        series.setdefault(_measure(stat), []).append((meeting, stat))
    bars: list[Bar] = []
    for members in series.values():
        labels = list(dict.fromkeys(s.label for _, s in members))
        flow = members[0][1].flow
        heading = labels[0] if len(labels) == 1 or flow is None else flow.capitalize()
        bars.extend(_bar(m.day or m.key, s, heading) for m, s in members)
    return tuple(bars)


class NotComparable(ValueError):
    """Figures that cannot be drawn on one axis: in different currencies or units."""


def trade_chart_across(listed: Meetings, *, only: FigureFilter = ALL_FIGURES) -> Chart:
    """Return a chart of figures over time: those the filters keep (none given: each
    meeting's turnover, exports and imports), each bar labelled with its meeting's date (or
    key) when there are several meetings, the title counting the meetings charted.
    ``NotComparable`` if they are in different currencies or units."""
    from kzeu.derive import trade_parts
    from kzeu.meetings import Meetings

    kept: list[tuple[Meeting, Statistic]] = []
    for meeting in listed:
        if only.given():
            stats = [s for s in meeting.facts.statistics if only.keeps(s)]
        else:
            parts = trade_parts(meeting.facts)
            stats = [s for p in parts for s in (p.turnover, p.exports, p.imports)]
        kept.extend((meeting, s) for s in stats)
    drawn = [(meeting, s) for meeting, s in kept if s.value is not None]
    measures = sorted({f"{s.currency or ''} {s.unit or ''}".strip() or "numbers" for _, s in drawn})
    if len(measures) > 1:
        raise NotComparable(
            f"the figures to chart are in {', '.join(measures)}: keep one with --currency"
            " or --label"
        )
    if listed.many:
        bars = _series(drawn)
        charted = Meetings(tuple({id(m): m for m, _ in drawn}.values())) if drawn else listed
        title = (
            heading(charted.items[0].facts, "Trade")
            if len(charted) == 1
            else span_title(charted, "Trade")
        )
        source_line = sources_caption(listed)
    else:
        bars = tuple(_bar(s.label, s) for _, s in drawn)
        title = heading(listed.items[0].facts, "Trade")
        source_line = caption(listed.items[0].facts)
    return Chart(title, bars, source_line, f"nothing to chart: {_why_none(only, kept)}")


def _why_none(only: FigureFilter, kept: Sequence[tuple[Meeting, Statistic]]) -> str:
    """Return why a chart has no bar: what the filters (or, without any, the turnovers) left."""
    if not only.given():
        return "no turnover with exports and imports stated as parts of it"
    given = " ".join(f"--{k} {v!r}" for k, v in only._asdict().items() if v is not None)
    if not kept:
        return f"no figure matches {given}"
    return f"no figure that {given} keeps states a number"
