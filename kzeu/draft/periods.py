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
    | \b(?P<compared>year\ on\ year|year-on-year|(?:compared\ (?:with|to)\ )?the\ same\ period)\b
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
    value = (
        best.group("range")
        or best.group("span")
        or best.group("months")
        or best.group("range2")
        or best.group("relative")
        or best.group("past")
        or best.group("since")
        or best.group("until")
    )
    if best.start() > quote.end:
        return None, None
    return value, Span(best.start(), best.end())


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
