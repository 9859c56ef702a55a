"""Statistics of a report: each figure (``figures``) with what its clause says of it
(``judgements``), as a draft fact with the fields its clause does not settle listed and why; a
per-cent change tied to its amount, and amounts of one flow that only a reader can tell apart.

What a figure measures and the period it covers are taken only from its own clause. A figure in
brackets after another, with "a year earlier" or the like, or after "compared with", "up from",
"against", is a comparison: drafted as such, tied to the figure it is compared with, never as a
second current figure."""

from __future__ import annotations

import re
from typing import NamedTuple

from kzeu.draft.clause_labels import LABEL_REACH, sentence_label
from kzeu.draft.drafted import TO_FILL, DraftStatistic
from kzeu.draft.figures import _SIGN, Figure, find_figures
from kzeu.draft.flow_links import carry_flows
from kzeu.draft.judgements import (
    Context,
    Previous,
    context_of,
    is_change,
    is_comparison,
    is_falling,
    is_intended,
    judge_flow,
    yen_or_yuan,
)
from kzeu.draft.labels import LABELS, compose_label, lowered, stem
from kzeu.draft.lexicon.money import MEASURE_UNITS, QUALIFIERS
from kzeu.draft.periods import (
    BEFORE,
    FLOWS_OF_A_PERIOD,
    IN_SENTENCE,
    INTENDED,
    PERIOD,
    PERIOD_WORD,
    carry_turnover_periods,
    period_of,
    settle_periods,
)
from kzeu.draft.report import LONGEST, Report, Span

_QUALIFIER = re.compile(
    r"\b(?P<q>"
    + "|".join(re.escape(q) for q in QUALIFIERS)
    + r""")\s                                            # "more than", "nearly", ...
    (?:a\ record\s|an\ estimated\s|a\ total\ of\s)?     # "more than a record"
    (?:"""
    + _SIGN
    + r"""|[A-Z]{3}\s)?\s?\Z                            # a currency sign or code, then the figure
    """,
    re.IGNORECASE | re.VERBOSE,
)


# At most this many figures are drafted from one report (a long report has a few hundred): past
# it, "statistics" is listed for a person to complete, so that a text of nothing but figures
# ("$1 $1 $1 ...") costs what finding them costs, not minutes of drafting each.
MAX_FIGURES = 2_000


def statistics(
    report: Report, body: int, published: int | None = None
) -> tuple[list[DraftStatistic], bool]:
    """Return every figure of the report from offset ``body`` on, as statistics (the first
    ``MAX_FIGURES``), and whether there were more; a figure whose period is a year after
    ``published`` (the year of the report, when known) is a target."""
    drafted: list[DraftStatistic] = []
    starts: list[int] = []
    previous: Previous | None = None
    turnovers: dict[tuple[str | None, str | None], str] = {}
    seen = Seen({})
    dated = False  # whether a figure before has a period
    for figure in find_figures(report, body):
        if len(drafted) == MAX_FIGURES:
            return _linked(report, starts, drafted), True  # the rest is the reader's
        stat, sure = _statistic(report, figure, previous, seen)
        if stat is None:
            continue
        _doubt_in_report(stat, figure, published, dated=dated)
        dated = dated or stat.period is not None
        _tie_to_turnover(stat, turnovers)
        drafted.append(stat)
        starts.append(figure.span.start)
        previous = Previous(figure, stat, sure)
    return _linked(report, starts, drafted), False


def _doubt_in_report(
    stat: DraftStatistic, figure: Figure, published: int | None, *, dated: bool
) -> None:
    """List what the report around ``stat`` leaves open: a value cut to its first part, a
    period after the report's year (a target), a period that may carry over from a sentence
    before in a report that dates its figures (``dated``)."""
    if figure.value_doubt is not None:
        stat.doubt("value", figure.value_doubt)
    if _after(stat.period, published) and not stat.intended:
        stat.intended = True
        _doubt_judged(stat, not_a_change=False, intent=True)
    if stat.period is None and dated and stat.flow in FLOWS_OF_A_PERIOD:
        stat.doubt("period", BEFORE)


def _tie_to_turnover(
    stat: DraftStatistic, turnovers: dict[tuple[str | None, str | None], str]
) -> None:
    """Remember a stated turnover by currency and scale, and tie stated exports or imports in
    the same currency and scale to the last one as their ``of``."""
    if stat.intended or stat.comparison or stat.kind != "amount":
        return
    if stat.flow == "turnover":
        turnovers[(stat.currency, stat.scale)] = stat.id
    elif stat.flow in ("exports", "imports") and stat.of is None:
        stat.of = turnovers.get((stat.currency, stat.scale))


def _linked(
    report: Report, starts: list[int], drafted: list[DraftStatistic]
) -> list[DraftStatistic]:
    """Return ``drafted`` with its changes tied to their amounts and its scopes judged."""
    carry_flows(report, starts, drafted)
    _link_changes(report, starts, drafted)
    _tie_before_turnover(report, starts, drafted)
    carry_turnover_periods(report, starts, drafted)
    settle_periods(report, starts, drafted)
    _doubt_scopes(drafted)
    return drafted


def _tie_before_turnover(report: Report, starts: list[int], stats: list[DraftStatistic]) -> None:
    """Tie stated exports and imports to a stated turnover told after them in the same sentence
    and in the same currency and scale ("Exports reached $2 billion and imports $1 billion,
    bringing turnover to $3 billion")."""
    waiting: dict[tuple[int, str | None, str | None], list[DraftStatistic]] = {}
    for start, stat in zip(starts, stats, strict=True):
        if stat.intended or stat.comparison or stat.kind != "amount":
            continue
        key = (report.sentences.index(start), stat.currency, stat.scale)
        if stat.flow in ("exports", "imports") and stat.of is None:
            waiting.setdefault(key, []).append(stat)
        elif stat.flow == "turnover":
            for part in waiting.pop(key, []):
                part.of = stat.id


_YEAR = re.compile(r"\b(?:19|20)[0-9][0-9]\b  # a year of this century or the last", re.VERBOSE)


def _after(period: str | None, published: int | None) -> bool:
    """Whether ``period`` names a year after ``published``."""
    if period is None or published is None:
        return False
    return any(int(year.group()) > published for year in _YEAR.finditer(period))


def _doubt_scopes(stats: list[DraftStatistic]) -> None:
    """List the label of each stated amount that shares its flow with another one (of which the
    periods do not tell them apart), and the ``of`` links to them: "trade with Latvia" and "trade
    with the wider Baltic region" are both turnover, and only a reader can tell which is which."""
    by_flow: dict[str, list[DraftStatistic]] = {}
    for stat in stats:
        if (
            stat.kind == "amount"
            and stat.flow is not None
            and not stat.intended
            and not stat.comparison
        ):
            by_flow.setdefault(stat.flow, []).append(stat)
    unsure: set[str] = set()
    for same in by_flow.values():
        periods = [stat.period for stat in same]
        if len(same) > 1 and (None in periods or len(set(periods)) < len(periods)):
            for stat in same:
                stat.doubt("label", f"another {stat.flow} figure of the same period")
                # what may tell trade figures apart is the period; investment stocks differ by
                # what their label says ("Turkish investments in ...", "... in Türkiye")
                if stat.period is None and stat.flow in FLOWS_OF_A_PERIOD:
                    stat.doubt("period", f"another {stat.flow} figure may differ by its period")
                unsure.add(stat.id)
    for stat in stats:
        if stat.of in unsure:
            stat.doubt("of", "the figure it is part of shares its flow with another")


class Seen(NamedTuple):
    """What drafting the figures has found so far beyond each one."""

    periods: dict[int, bool]  # whether each sentence states a period, found once


def _statistic(
    report: Report,
    figure: Figure,
    previous: Previous | None,
    seen: Seen,
) -> tuple[DraftStatistic | None, bool]:
    """Return the statistic of ``figure`` (None if it cannot be one) and whether its flow is
    settled, with what its clause leaves open listed, and why."""
    text, span = report.text, figure.span
    if span.end - span.start > LONGEST:
        return None, False
    context = context_of(report, figure, previous)
    not_a_change = figure.kind == "change" and not is_change(text, context.before, span)
    if not_a_change:  # a share or a rate: drafted as a per cent, and no change of anything
        figure = figure._replace(kind="count")
    intent = figure.kind in ("amount", "change") and is_intended(report, figure, context)
    comparison = is_comparison(report, figure, previous)
    flow, flow_sure = judge_flow(report, figure, context, previous, comparison)
    labelled = flow_sure and not comparison and figure.kind == "amount"
    stat = _judged(report, figure, context, flow, comparison=comparison, labelled=labelled)
    stat.intended = intent
    quote = _quoted(report, stat, figure, context)
    period, period_span = period_of(report, quote, span)
    if period_span is not None:
        quote = Span(min(quote.start, period_span.start), max(quote.end, period_span.end))
    if figure.kind in ("amount", "change") or not_a_change:
        stat.period, stat.flow = period, flow
    if comparison and previous is not None:
        stat.of = previous.stat.id
        quote = _with_compared(report, quote, previous)
    stat.quote = report.cut(_closed(report, report.trimmed(quote)))
    _doubt_open_fields(
        figure,
        stat,
        flow_sure=flow_sure,
        period_nearby=_period_nearby(report, span, seen),
    )
    _doubt_judged(stat, not_a_change=not_a_change, intent=intent)
    _suggest_label(stat)
    before = previous.stat if previous is not None else None
    # from the clause's start, or from a bracket just before the figure: "($9.5 billion)"
    words = report.text[max(context.segment_start, span.start - 200, 0) : span.start]
    if not words.strip():
        words = report.text[max(span.start - 3, 0) : span.start]
    compose_label(stat, words, report.text[span.end : span.end + 120], before)
    if stat.label == TO_FILL:
        sentence = report.sentence(span.start)
        # a few clauses either side say what the figure is: a sentence of a megabyte (no stop
        # in it) is read no further, so that each figure costs the same
        label, why = sentence_label(
            stat,
            report.text[max(sentence.start, span.start - LABEL_REACH) : span.start],
            report.text[span.end : min(sentence.end, span.end + LABEL_REACH)],
            report.text,
        )
        if label:
            stat.label, stat.unsure["label"] = label, why
    return stat, flow_sure


def _suggest_label(stat: DraftStatistic) -> None:
    """Propose the noun a count counts as its label ("40 Austrian companies" -> "Austrian
    companies"), still listed: the reader may name it better."""
    if (
        stat.label == TO_FILL
        and stat.kind == "count"
        and stat.unit
        and not MEASURE_UNITS & set(stat.unit.lower().split())
    ):
        stat.label = stat.unit[:1].upper() + stat.unit[1:]
        stat.unsure["label"] = "guessed from the noun the figure counts"


def _judged(
    report: Report,
    figure: Figure,
    context: Context,
    flow: str | None,
    *,
    comparison: bool,
    labelled: bool,
) -> DraftStatistic:
    """Return the statistic of ``figure``: its id from its flow, its label too when
    ``labelled`` (its clause settles the flow of an amount), its value with the sign its words
    give, its currency."""
    text, span = report.text, figure.span
    falling = figure.kind == "change" and is_falling(text, context.before, span)
    stat = DraftStatistic(
        id=report.new_id("comparison" if comparison else stem(figure, flow, context.before)),
        label=LABELS[flow] if labelled and flow else TO_FILL,
        kind=figure.kind,
        value=-figure.value if falling else figure.value,
        figure=text[span.start : span.end],
        scale=figure.scale,
        unit=figure.unit,
        comparison=comparison,
    )
    if figure.kind == "amount":
        stat.currency = figure.currency
        if text[span.start : span.start + 1] == "¥":
            stat.currency = yen_or_yuan(text, span)
    return stat


def _quoted(report: Report, stat: DraftStatistic, figure: Figure, context: Context) -> Span:
    """Return the span to quote for ``stat``: its clause with the one that gives its subject,
    from its qualifier ("more than") on, which is set on ``stat``."""
    span = figure.span
    quote = report.bounded(
        Span(min(context.subject.start, context.clause.start), context.clause.end), span
    )
    start = max(context.segment_start, span.start - 40)
    qualifier = _QUALIFIER.search(report.text, start, span.start)
    if qualifier is None:
        return quote
    stat.qualifier = qualifier.group("q").lower()
    return Span(min(quote.start, qualifier.start()), quote.end)


def _with_compared(report: Report, quote: Span, previous: Previous) -> Span:
    """Return ``quote`` from the figure it is compared with on, which gives it its subject."""
    compared = report.clause(*previous.figure.span).start
    compared = max(compared, previous.figure.span.start - LONGEST)
    return Span(min(quote.start, compared), quote.end)


def _period_nearby(report: Report, span: Span, seen: Seen) -> bool:
    """Whether the sentence of ``span`` tells of a period (found once per sentence)."""
    sentence = report.sentences.index(span.start)
    periods = seen.periods
    if sentence not in periods:
        around = report.sentence(span.start)
        periods[sentence] = (
            PERIOD.search(report.text, *around) is not None
            or PERIOD_WORD.search(report.text, *around) is not None
        )
    return periods[sentence]


def _doubt_judged(stat: DraftStatistic, *, not_a_change: bool, intent: bool) -> None:
    """List the kind of a per cent that is no change, and the label, flow and period of a
    target or forecast (its label unmarked: the flag says why): a reader says what it is and for
    when."""
    if not_a_change:
        stat.doubt("kind", "a per cent its words do not call a change: a share or a rate?")
    if intent:
        stat.doubt("label", INTENDED)
        stat.doubt("flow", INTENDED)
        stat.doubt("period", INTENDED)


def _doubt_open_fields(
    figure: Figure,
    stat: DraftStatistic,
    *,
    flow_sure: bool,
    period_nearby: bool,
) -> None:
    """List the fields of ``stat`` its clause does not settle, and why."""
    money_or_change = figure.kind in ("amount", "change")
    if stat.label == TO_FILL:
        stat.doubt("label", "only a reader can say what it measures")
    if money_or_change and (stat.flow is None or not flow_sure):
        stat.doubt("flow", "its clause does not say whether trade, exports or imports")
    if figure.kind == "amount" and not figure.currency_sure:
        stat.doubt("currency", "a sign or name more than one currency uses")
    if money_or_change and stat.period is None and period_nearby:
        stat.doubt("period", IN_SENTENCE)
    if stat.comparison:
        stat.doubt("of", "compared with the figure before it")


def _closed(report: Report, quote: Span) -> Span:
    """Return ``quote`` with the bracket it opens last closed: "$5.2 billion (+3.1%)"."""
    words = report.cut(quote)
    if words.rfind("(") <= words.rfind(")"):
        return quote
    limit = min(report.sentence(quote.end).end + 1, quote.end + 80)
    closing = report.text.find(")", quote.end, limit)
    return Span(quote.start, closing + 1) if closing >= 0 else quote


def _link_changes(report: Report, starts: list[int], stats: list[DraftStatistic]) -> None:
    """Tie each per-cent change to the nearest amount of its sentence with the same flow (a
    link to or from a target or forecast is listed)."""
    by_sentence: dict[int, list[int]] = {}
    for index, stat in enumerate(stats):
        if stat.kind == "amount" and not stat.comparison:
            by_sentence.setdefault(report.sentences.index(starts[index]), []).append(index)
    for index, stat in enumerate(stats):
        if stat.kind != "change" or stat.of:
            continue
        start = starts[index]
        amounts = by_sentence.get(report.sentences.index(start), [])
        candidates = [
            (abs(starts[i] - start), i) for i in amounts[:50] if stats[i].flow == stat.flow
        ]
        if candidates:
            amount = stats[min(candidates)[1]]
            stat.of = amount.id
            if stat.intended or amount.intended:
                stat.doubt("of", "a change tied to a target or forecast")
            if amount.label != TO_FILL and stat.label == TO_FILL:
                stat.label = f"Change in {lowered(amount.label)}"
        if stat.label == TO_FILL and stat.flow is not None:
            stat.label = f"Change in {LABELS[stat.flow].lower()}"
            stat.unsure["label"] = "named after its flow: what changed may be narrower"
