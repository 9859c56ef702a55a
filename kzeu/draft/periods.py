"""The period a figure covers, read from its own clause: "in 2024", "in the first half of
2024", "from 2005 through 2024", "in January-June", "last year"; a comparison ("year on year")
is no period. Split from ``judgements`` for its size: one pattern and the function that reads
it."""

from __future__ import annotations

import re

from kzeu.dates import MONTH_NAME
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES
from kzeu.draft.report import Report, Span

PERIOD = re.compile(
    r"""
    (?=[Ffidoltayc])      # a quick test of the first letter of every branch below
    (?:
      # a range of years: "from 2005 through the first half of 2024"
      \b[Ff]rom\ (?P<range>(?:19|20)[0-9][0-9]\ (?:through|to|until|till)\ (?:the\ )?
        (?:(?:first|second|third|fourth|last)\ )?(?:(?:\w+)\ )?(?:months?|half|quarter)
        \ of\ (?:19|20)[0-9][0-9])\b
      # "in 2024", "in the first half of 2024", "during 2022-2023", "in January-June 2024"
    | \b(?:in|during|for|over)\ (?:
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


def period_of(report: Report, quote: Span, figure: Span) -> tuple[str | None, Span | None]:
    """Return the period the clause of ``figure`` states, nearest the figure, with its span."""
    best: re.Match[str] | None = None
    sentence = report.sentence(quote.start)
    if _OPENING.match(report.text, sentence.start, quote.start):
        quote = Span(sentence.start, quote.end)  # "In 2022, trade ..." is the clause's period
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
    )
    if best.start() > quote.end:
        return None, None
    return value, Span(best.start(), best.end())
