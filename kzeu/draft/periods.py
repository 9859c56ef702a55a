"""The period a figure covers, read from its own clause: "in 2024", "in the first half of
2024", "from 2005 through 2024", "in January-June", "last year"; a comparison ("year on year")
is no period. Split from ``judgements`` for its size: one pattern and the function that reads
it."""

from __future__ import annotations

import re

from kzeu.dates import MONTH_NAME
from kzeu.draft.drafted import DraftStatistic
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES
from kzeu.draft.report import Report, Span

PERIOD = re.compile(
    r"""
    (?=[FfIiDdOoltaycSsbu])  # a quick test of the first letter of every branch below
    (?:
      # a range of years: "from 2005 through the first half of 2024"
      \b[Ff]rom\ (?P<range>(?:19|20)[0-9][0-9]\ (?:through|to|until|till)\ (?:the\ )?
        (?:(?:first|second|third|fourth|last)\ )?(?:(?:\w+)\ )?(?:months?|half|quarter)
        \ of\ (?:19|20)[0-9][0-9])\b
      # "in 2024", "in the first half of 2024", "during 2022-2023", "in January-June 2024"
    | \b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver)\ (?:
        (?P<span>(?:the\ )?(?:(?:first|second|third|fourth|last|past)\ )?
          (?:(?:\w+)\ )?(?:months?|half|quarter|years?)\ (?:of\ )?
          (?:(?:the|this|last)\ year|(?:19|20)[0-9][0-9])
        | (?:19|20)[0-9][0-9](?:[–-](?:19|20)[0-9][0-9])?
        | """
    + MONTH_NAME
    + r"(?:[–-]"
    + MONTH_NAME
    + r""")?\ (?:19|20)[0-9][0-9])\b
        # without a year: "in the first eight months", "in January-November"
      | (?P<months>(?:the\ )?(?:first|second|third|fourth|last|past)\ (?:\w+\ )?
          (?:months?|half|quarter))\b
      | (?P<range2>"""
    + MONTH_NAME
    + r"[–-]"
    + MONTH_NAME
    + r""")\b
      )
      # a time up to now: "over the past five years", "in the last year"
    | \b(?:[Oo]ver|[Ii]n|[Dd]uring)\ (?P<past>the\ (?:past|last)\ (?:\w+\ )?years?)\b(?!\ of\b)
      # from a year or an event on: "since 2005", "since independence"
    | \b(?P<since>[Ss]ince\ (?:(?:19|20)[0-9][0-9]|independence))\b
      # up to a year, as a target's is: "by 2030", "until 2029"
    | \b(?P<until>(?:by|until|till)\ (?:19|20)[0-9][0-9])\b
      # relative to the report: "last year", "a year earlier"
    | \b(?P<relative>last\ year|this\ year|a\ year\ earlier)\b
      # a comparison, not a period: the sentence says one and it is not drafted from these
    | \b(?P<compared>year\ on\ year|year-on-year|(?:compared\ (?:with|to)\ )?the\ same\ period
        |in\ the\ period(?!\ (?:of|from|between|since|to|until)\b))\b
    )""",
    re.VERBOSE,
)


# A word that tells of a period in a form not read above ("in Q3", "for the year to June"): a
# figure of its sentence drafted without a period has its period listed.
PERIOD_WORD = re.compile(
    r"\b(?:"
    + alternation((*MONTH_NAMES, *MONTH_ABBREVIATIONS))
    + r"""              # a month: "for the year to June"
    | Q[1-4]|quarter|half|months?|year   # "in Q3", "the quarter"
    | (?:19|20)[0-9][0-9]                # a year
    )\b""",
    re.VERBOSE,
)


# An opening phrase that sets the time of the clause after it: "From 2005 through 2024, ..."
_OPENING = re.compile(
    r"""(?:From|In|During|Over|For|Since|Between|Throughout)\b   # "From 2005", "In the first half"
    [^,.;]{0,100},\s*\Z                                         # up to the comma before the figure
    """,
    re.VERBOSE,
)


def _opens_lower(report: Report, opening: int, quote: Span) -> bool:
    """Whether the clause after a colon opens, in lower case, with a phrase that sets its time
    ("...: in January-September 2024, trade reached ...")."""
    text = report.text
    if opening >= quote.start or not text.startswith(("in ", "during ", "over ", "for "), opening):
        return False
    words = text[opening : quote.start]
    return _OPENING.match(words[:1].upper() + words[1:]) is not None


def period_of(report: Report, quote: Span, figure: Span) -> tuple[str | None, Span | None]:
    """Return the period the clause of ``figure`` states, nearest the figure, with its span."""
    best: re.Match[str] | None = None
    sentence = report.sentence(quote.start)
    # the clause may open the sentence or follow its colon: "The EU leads: in 2024, trade ..."
    colon = max(report.text.rfind(stop, sentence.start, quote.start) for stop in (":", ";"))
    opening = sentence.start if colon < 0 else colon + 1
    while opening < quote.start and report.text[opening] in " \t":
        opening += 1
    if _OPENING.match(report.text, opening, quote.start) or _opens_lower(report, opening, quote):
        quote = Span(opening, quote.end)  # "In 2022, trade ..." is the clause's period
    for match in PERIOD.finditer(report.text, quote.start, quote.end + 60):
        if match.start() > quote.end + 1:
            break
        if match.group("compared"):
            continue
        distance = abs(match.start() - figure.start)
        if best is None or distance < abs(best.start() - figure.start):
            best = match
    if best is None:
        return None, None
    if best.start() > quote.end:
        return None, None
    return _value(best), Span(best.start(), best.end())


_GROUPS = ("range", "span", "months", "range2", "relative", "past", "since", "until")


def _value(match: re.Match[str]) -> str:
    """Return the period a match of ``PERIOD`` states: "2024" of "in 2024"."""
    return next((match.group(name) for name in _GROUPS if match.group(name)), match.group())


_PARTS = ("exports", "imports")


def carry_turnover_periods(report: Report, starts: list[int], stats: list[DraftStatistic]) -> None:
    """Give stated exports and imports (and their changes) without a period of their own the
    period of the turnover they are part of, told in the same sentence ("Trade reached $3 billion
    in 2024, with exports of $2 billion and imports of $1 billion"), their quote stretched to
    state it, and list it: the reader confirms that the parts are of the same period."""
    turnovers: dict[int, int] = {}  # sentence -> the first stated turnover told in it
    for index, stat in enumerate(stats):
        if (
            stat.flow == "turnover"
            and stat.kind == "amount"
            and not (stat.comparison or stat.intended)
        ):
            turnovers.setdefault(report.sentences.index(starts[index]), index)
    for index, stat in enumerate(stats):
        if stat.flow not in _PARTS or stat.kind == "count" or stat.period is not None:
            continue
        sentence = report.sentence(starts[index])
        whole = turnovers.get(report.sentences.index(starts[index]))
        if whole is None or stats[whole].period is None or stat.intended:
            continue
        turnover = stats[whole]
        parts = [report.text.find(quote, sentence.start) for quote in (stat.quote, turnover.quote)]
        if min(parts) < 0:
            continue
        end = max(parts[0] + len(stat.quote), parts[1] + len(turnover.quote))
        stat.quote = report.cut(Span(min(parts), end))
        stat.period = turnover.period
        stat.unsure["period"] = "the period of the turnover it is part of, told in its sentence"


# Why a period is listed (statistics, and ``settle_periods`` below, which reads these).
INTENDED = "a target or forecast, not what is"
IN_SENTENCE = "its sentence tells of a period its clause does not give"
BEFORE = "its clause names no period; one before it may hold"
# Flows that are always of some period (a year's trade); a loan, a deal, a cost or an
# investment stock may be of none.
FLOWS_OF_A_PERIOD = frozenset({"turnover", "exports", "imports"})
# The time a target or forecast is set for: "within five years", "over the next decade".
HORIZON = re.compile(
    r"""\b(?:(?:within|over|in|during|for)\ the\ (?:next|coming)
        \ (?:\w+\ )?(?:years?|months?|decade)
    | within\ (?:\w+\ )?(?:years?|months?|decade)
    | (?:next|this)\ (?:year|month|decade)
    | (?:by|before)\ the\ end\ of\ (?:the|this|next)\ (?:year|day|decade|month)
    | (?:by|until|till)\ (?:the\ end\ of\ )?(?:19|20)[0-9][0-9])\b""",
    re.VERBOSE,
)
# A sentence that opens with its time: "In 2021, ...", "During the first half, ...".
_OPENS_WITH = re.compile(r"\s*(?:From|In|During|Over|For|Since|Between|Throughout)\b[^,.;]{0,100},")
# What ends one clause of a sentence and opens another with its own subject: the period of one
# is not the other's.
_CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whereas|but|although)\b|,\s(?:and\s)?(?:which|that)\b|,\sand\b|\band\sthat\b"
)


def settle_periods(report: Report, starts: list[int], stats: list[DraftStatistic]) -> None:
    """Settle each period listed empty: a target's horizon ("within five years") is proposed,
    and a target stating none has no period (none listed); a period told elsewhere in the
    sentence is proposed for a figure of its clause, of a flow of a period or a change, or when
    it opens the sentence ("In 2022, ..."), and a figure of no such flow with none in its clause
    (a cost, a loan, an investment stock) has no period listed; a figure whose clause refers back
    ("in the same period") or names none in a report that dates its figures is proposed the
    period of the last figure before it that has one. Every period proposed here is listed."""
    last: tuple[int, DraftStatistic] | None = None
    for start, stat in zip(starts, stats, strict=True):
        why = stat.unsure.get("period")
        if stat.period is None and why in (INTENDED, IN_SENTENCE, BEFORE):
            span = Span(start, start + len(stat.figure))
            if why == INTENDED or stat.intended:
                _horizon(report, stat, span)
            elif why == IN_SENTENCE:
                _in_sentence(report, stat, span, last)
            else:
                _carried(report, stat, span, last)
        stated = not (stat.intended or stat.comparison)
        if stat.period is not None and stated and stat.period in stat.quote:
            last = (start, stat)


def _propose(
    report: Report, stat: DraftStatistic, span: Span, found: Span, why: str, *, period: str = ""
) -> None:
    """Give ``stat`` (its figure at ``span``) the period ``period`` (the text ``found``), its
    quote stretched to state it, listed for ``why``."""
    quote = report.text.find(stat.quote, max(span.end - len(stat.quote), 0))
    if quote < 0 or quote > span.start:
        return
    stat.period = period or report.cut(found)
    stat.quote = report.cut(Span(min(quote, found.start), max(quote + len(stat.quote), found.end)))
    stat.unsure["period"] = why


def _horizon(report: Report, stat: DraftStatistic, span: Span) -> None:
    """Propose the horizon a target's sentence states, or list no period: a target is of no
    period unless the text sets it one."""
    sentence = report.sentence(span.start)
    found = HORIZON.search(report.text, sentence.start, sentence.end)
    if found is None:
        del stat.unsure["period"]
        return
    _propose(report, stat, span, Span(found.start(), found.end()), "the time the target is set for")


def _in_sentence(
    report: Report, stat: DraftStatistic, span: Span, last: tuple[int, DraftStatistic] | None
) -> None:
    """Propose the period told elsewhere in the sentence of ``span``, where it may be the
    figure's (see ``settle_periods``); list none for a figure that needs none."""
    sentence = report.sentence(span.start)
    found: re.Match[str] | None = None
    back = False
    for match in PERIOD.finditer(report.text, sentence.start, sentence.end):
        if match.group("compared"):
            back = back or "period" in match.group()
            continue
        if found is None or abs(match.start() - span.start) < abs(found.start() - span.start):
            found = match
    of_a_period = stat.flow in FLOWS_OF_A_PERIOD or stat.kind == "change"
    if found is None:
        if back and last is not None:
            _carried(report, stat, span, last)
        elif not of_a_period:
            del stat.unsure["period"]  # a cost, a loan, a stock: of no period the text gives
        return
    low, high = (
        sorted((found.end(), span.start))
        if found.start() < span.start
        else (
            span.end,
            found.start(),
        )
    )
    own = _CLAUSE_BREAK.search(report.text, low, high) is None
    opening = _OPENS_WITH.match(report.text, sentence.start, span.start)
    opens = opening is not None and opening.end() >= found.end()
    where = Span(found.start(), found.end())
    if own or opens:
        _propose(report, stat, span, where, "told in its sentence", period=_value(found))
    elif of_a_period:
        _propose(report, stat, span, where, "told in another clause", period=_value(found))
    else:
        del stat.unsure["period"]


def _carried(
    report: Report, stat: DraftStatistic, span: Span, last: tuple[int, DraftStatistic] | None
) -> None:
    """Propose the period of the last figure before ``span`` that has one, its quote stretched
    back to it (within a few sentences), still listed."""
    if last is None:
        return
    start, before = last
    period = report.text.rfind(before.period or "", max(start - len(before.quote), 0), span.start)
    # within the paragraph, or from the one before
    if period < 0 or report.text.count("\n", period, span.start) > 2:
        return
    _propose(
        report,
        stat,
        span,
        Span(period, period + len(before.period or "")),
        "the period of the figure before it, which its clause does not change",
    )
