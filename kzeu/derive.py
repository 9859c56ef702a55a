"""Figures computed from the stated ones, each with its formula, in exact decimal arithmetic.

Nothing here knows which meeting it is about: a trade balance exists wherever a facts file has a
turnover with exports and imports that are ``of`` it, a previous turnover wherever a per-cent
change is ``of`` a figure. Values keep full precision; only the display rounds them.
"""

import datetime as dt
from collections.abc import Iterator
from decimal import Context, Decimal
from typing import NamedTuple

from kzeu.models import FactsFile, Statistic

_EXACT = Context(prec=28)
_HUNDRED = Decimal(100)


class Derived(NamedTuple):
    """A computed figure: its value, what it is measured in, and how it was computed; or, where
    it cannot be computed (a division by zero), no value and the ``reason``."""

    id: str
    label: str
    value: Decimal | None
    formula: str
    inputs: tuple[str, ...]
    currency: str | None = None
    scale: str | None = None
    unit: str | None = None
    period: str | None = None
    places: int = 1
    reason: str | None = None

    @property
    def display_value(self) -> Decimal | None:
        """The value rounded for display to ``places`` decimal places (None if not computable)."""
        if self.value is None:
            return None
        # As many digits as the rounded value needs: a share of a tiny part can be huge.
        digits = max(_EXACT.prec, self.value.adjusted() + self.places + 2)
        return self.value.quantize(Decimal(1).scaleb(-self.places), context=Context(prec=digits))


# The power of ten each scale word stands for, so that figures stated in different scales
# ("$1.2 billion", of which "$980 million" exports) are compared in one.
_POWER: dict[str | None, int] = {None: 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}


class TradeParts(NamedTuple):
    """A turnover with its exports and imports, all in one currency (in any scales)."""

    turnover: Statistic
    exports: Statistic
    imports: Statistic

    def in_turnover_scale(self, stat: Statistic) -> Decimal:
        """Return ``stat``'s value in the turnover's scale: $980 million is 0.98 of a turnover
        stated in billions (exactly: only the decimal exponent moves)."""
        return _value(stat).scaleb(_POWER[stat.scale] - _POWER[self.turnover.scale], _EXACT)


def trade_parts(facts: FactsFile) -> Iterator[TradeParts]:
    """Yield each turnover that has both exports and imports stated as parts of it, in its
    currency (the first of each where there are several); their scales may differ."""
    parts: dict[tuple[str, str], Statistic] = {}
    for stat in facts.statistics:
        if stat.of is not None and stat.flow in ("exports", "imports") and stat.value is not None:
            parts.setdefault((stat.of, stat.flow), stat)
    for total in facts.statistics:
        if total.flow != "turnover" or total.value is None:
            continue
        exports, imports = parts.get((total.id, "exports")), parts.get((total.id, "imports"))
        if exports is None or imports is None:
            continue
        if all(p.currency == total.currency for p in (exports, imports)):
            yield TradeParts(total, exports, imports)


def _value(stat: Statistic) -> Decimal:
    if stat.value is None:  # trade_parts and changes only pass figures that have one
        raise ValueError(f"{stat.id} has no value")
    return stat.value


def _exponent(stat: Statistic | Decimal) -> int:
    """Return the exponent of the value's last digit: -1 for 1.5, 0 for 300."""
    exponent = (stat if isinstance(stat, Decimal) else _value(stat)).as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0  # NaN and infinities never load


def _common_period(*stats: Statistic) -> str | None:
    """Return the period all ``stats`` share; None (not stated) if they differ or give none."""
    periods = {s.period for s in stats}
    return periods.pop() if len(periods) == 1 else None


def _places(*values: Statistic | Decimal) -> int:
    return max(-_exponent(v) for v in values)


def derived_figures(facts: FactsFile) -> list[Derived]:
    """Return every figure that can be computed from the stated statistics of ``facts``."""
    figures: list[Derived] = []
    for parts in trade_parts(facts):
        figures.extend(_trade_figures(parts))
    by_id = {s.id: s for s in facts.statistics}
    for change in facts.statistics:
        base = by_id.get(change.of or "")
        if (
            change.kind == "change"
            and change.unit == "percent"
            and base is not None
            and base.kind == "amount"
            and base.value is not None
        ):
            figures.append(_previous(base, change))
    return figures


def _ratio(part: Decimal, whole: Decimal, whole_id: str) -> tuple[Decimal | None, str | None]:
    """Return (``part`` / ``whole`` × 100, None), or (None, why not) when ``whole`` is 0."""
    if whole == 0:
        return None, f"{whole_id} is 0: a division by zero"
    return _EXACT.multiply(_EXACT.divide(part, whole), _HUNDRED), None


def _trade_figures(parts: TradeParts) -> Iterator[Derived]:
    total, exports, imports = parts.turnover, parts.exports, parts.imports
    e, i = parts.in_turnover_scale(exports), parts.in_turnover_scale(imports)
    money = {"currency": total.currency, "scale": total.scale}
    yield Derived(
        id=f"{total.id}-balance",
        label="Trade balance",
        value=_EXACT.subtract(e, i),
        formula=f"{exports.id} − {imports.id}",
        inputs=(exports.id, imports.id),
        places=_places(e, i),
        period=_common_period(exports, imports),
        **money,
    )
    for part, amount in ((exports, e), (imports, i)):
        value, reason = _ratio(amount, _value(total), total.id)
        yield Derived(
            id=f"{part.id}-share",
            label=f"{(part.flow or part.id).capitalize()}, share of turnover",
            value=value,
            formula=f"{part.id} / {total.id} × 100",
            inputs=(part.id, total.id),
            unit="percent",
            period=_common_period(part, total),
            reason=reason,
        )
    value, reason = _ratio(e, i, imports.id)
    yield Derived(
        id=f"{total.id}-coverage",
        label="Export/import coverage",
        value=value,
        formula=f"{exports.id} / {imports.id} × 100",
        inputs=(exports.id, imports.id),
        unit="percent",
        period=_common_period(exports, imports),
        reason=reason,
    )


def _previous(base: Statistic, change: Statistic) -> Derived:
    factor = _EXACT.add(Decimal(1), _EXACT.divide(_value(change), _HUNDRED))
    return Derived(
        id=f"{base.id}-previous",
        label=f"{base.label}, previous period (implied)",
        value=None if factor == 0 else _EXACT.divide(_value(base), factor),
        formula=f"{base.id} / (1 + {change.id} / 100)",
        inputs=(base.id, change.id),
        currency=base.currency,
        scale=base.scale,
        places=_places(base),
        reason=f"{change.id} is -100%: a division by zero" if factor == 0 else None,
    )


def parts_add_up(parts: TradeParts) -> tuple[bool, Decimal, Decimal]:
    """Return (exports + imports = turnover within rounding, the sum, the tolerance).

    Each stated figure may be off by half a unit of its last digit, so the tolerance is the sum.
    """
    values = [parts.in_turnover_scale(s) for s in (parts.turnover, parts.exports, parts.imports)]
    tolerance = sum((Decimal(5).scaleb(_exponent(v) - 1) for v in values), Decimal(0))
    total = _EXACT.add(values[1], values[2])
    return abs(total - values[0]) <= tolerance, total, tolerance


# Relative timings a report may give, as (first day, last day) offsets from its date's Monday.
_WEEKS = {"next week": 7, "this week": 0, "last week": -7, "previous week": -7}
_DAYS = {"tomorrow": 1, "today": 0, "yesterday": -1}


def inferred_window(
    timing: str | None, published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """Return the dates a relative timing ("next week") spans, counted from ``published``.

    The window is an inference, not a fact: views mark it so.
    """
    if timing is None or published is None:
        return None
    said = timing.casefold()
    try:
        for phrase, offset in _WEEKS.items():
            if phrase in said:
                monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(offset)
                return monday, monday + dt.timedelta(days=6)
        for phrase, offset in _DAYS.items():
            if phrase in said:
                day = published + dt.timedelta(days=offset)
                return day, day
    except OverflowError:  # a window past 9999-12-31 or before 0001-01-01: none is inferred
        return None
    return None
