"""Figures of a report: money (``$4.1 billion``, ``US$18 billion``, ``USD 3.5 bn``,
``37 billion US dollars``, ``€12 m``, ``USD 2 bln 140 mln``), percentages (``%``, ``percent``,
``per cent``) and counts of things (``1,200 joint ventures``, ``five documents``,
``4 thousand joint ventures``), found in one pass of one pattern and each judged from a few words
around it. Years, dates, times, durations, ranks, ordinals and document numbers are not figures.

What a figure measures (its flow: turnover, exports, imports, investment) and the period it
covers are taken only from its own clause; what the clause does not settle is listed under
``draft``. A figure in brackets after another, with "a year earlier" or the like, or after
"compared with", "up from", "against", is a comparison: drafted as such, tied to the figure it
is compared with, never as a second current figure.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple, get_args

from kzeu.dates import MONTH, MONTH_NAME
from kzeu.draft.drafted import DraftStatistic
from kzeu.draft.lexicon import (
    CODE_ALIASES,
    COUNT_WORDS,
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    SCALE_ABBREVIATIONS,
    SCALE_NAMES,
    UNIT_WORDS,
    UNSURE_CURRENCIES,
    alternation,
    currency_name_forms,
)
from kzeu.draft.report import LONGEST, TO_FILL, Report, Span, words
from kzeu.models import Scale
from kzeu.numbers import SCALES, compound_value, word_value

# "bn" -> "billion": each abbreviation to the scale of the facts file it stands for
_SCALE_NAMES = dict(zip((3, 6, 9, 12), get_args(Scale), strict=True))
SCALE_OF = {word: _SCALE_NAMES[power] for word, power in SCALES.items()}

SYMBOLS = {**CURRENCY_SYMBOLS, **CODE_ALIASES}
CODES = CURRENCY_CODES
NAMES = CURRENCY_NAMES
_NAME_FORMS = currency_name_forms()  # "dollars" -> "dollar"
# A currency's sign as a pattern: "US$" before "$".
_SIGN = alternation(CURRENCY_SYMBOLS)

_NUMBER = (
    r"(?<![\w.,])(?P<num>[0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,6})?(?![\d])(?!,\d)"
    r"|[0-9]{1,15}(?:\.[0-9]{1,6})?(?!\d)(?![.,]\d))"
)
_WORDS = "|".join(COUNT_WORDS)
_SP = r"[ \t\u00a0]"  # a space within a line: a figure never runs across a line break
_FIGURE = re.compile(
    r"(?:(?P<sym>"
    + _SIGN
    + r")"
    + _SP
    + r"?|\b(?P<code>"
    + "|".join((*CODES, "RMB"))
    + r")"
    + _SP
    + r"?)?"
    + _NUMBER
    + r"(?:"
    + _SP
    + r"?(?P<scale>"
    + alternation((*SCALE_NAMES, *SCALE_ABBREVIATIONS))
    + r")\b"
    r"|(?P<short>" + _SP + r"?[mkb])\b(?![.'’]\w))?"
    r"(?:"
    + _SP
    + r"(?P<num2>[0-9]{1,3}(?:\.[0-9]{1,3})?)"
    + _SP
    + r"?(?P<scale2>"
    + alternation(w for w, power in {**SCALE_NAMES, **SCALE_ABBREVIATIONS}.items() if power <= 6)
    + r")\b)?"
    r"|(?<![\w-])(?P<word>(?i:" + _WORDS + r")(?:-(?i:" + "|".join(UNIT_WORDS) + r"))?)(?![\w-])"
    r"(?:"
    + _SP
    + r"(?P<wscale>"
    + alternation(w for w, p in SCALE_NAMES.items() if p <= 6)
    + r")\b)?"
)
_PERCENT = re.compile(_SP + r"?(?:%|per ?cent\b|percent\b|pct\b)")
_CURRENCY_NAME = re.compile(
    _SP
    + r"(?:(?P<us>US|U\.S\.|American)"
    + _SP
    + r")?(?P<name>"
    + alternation(_NAME_FORMS)
    + r")\b"
    r"|" + _SP + r"(?P<code>" + "|".join(CODES) + r")\b"
)
_NOUN_WORDS = re.compile(
    _SP + r"(?P<words>(?:[A-Z][A-Za-z]{0,20}" + _SP + r"){0,2}[a-z]+(?:-[a-z]+)?"
    r"(?:" + _SP + r"[a-z]+(?:-[a-z]+)?){0,3})"
)
_STOP = words(
    "a an the of in on at to from with for by and or but as than that which who were was are "
    "is be been have has had will would would can could may might per each this these those "
    "its their our his her worth into onto over under about between across among during since "
    "until operate operating work working"
)
_PLURAL_WORDS = frozenset(
    ["people", "children", "men", "women", "staff", "personnel", "cattle", "sheep", "livestock"]
)
_NOT_COUNTED = words(
    "years months weeks days hours minutes seconds decades centuries times percent sides "
    "heads parties"
)
_QUALIFIER = re.compile(
    r"\b(?P<q>more than|over|nearly|almost|about|around|some|at least|up to|exceeded|exceeds"
    r"|exceeding|exceed|approximately|roughly|close to|less than|fewer than|under|above|below"
    r"|just over|just under)\s(?:a record\s|an estimated\s|a total of\s)?(?:"
    + _SIGN
    + r"|[A-Z]{3}\s)?\s?\Z",
    re.IGNORECASE,
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:top|[Nn]o\.?|[Nn]os\.?|number|[Nn]umber|[Rr]esolution"
    r"|[Dd]ecree|[Ll]aw|[Aa]rticle|[Oo]rder|[Pp]rotocol|[Ss]ection|[Pp]aragraph|[Cc]hapter"
    r"|[Pp]age|[Rr]oom|[Hh]all|[Bb]uilding|[Ff]light|[Rr]oute|[Tt]erminal|[Gg]ate|[Pp]hase"
    r"|[Ss]tage|[Ll]evel|[Rr]ank|[Rr]anked|G|C)\s?|#|[-–/:])\Z"
)
_ANAPHORIC = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Bb]oth)\s\Z")
_MONTH_BEFORE = re.compile(r"\b" + MONTH + r"\s\Z")
_MONTH_AFTER = re.compile(r"\s(?:of\s)?" + MONTH)
_FALLING = re.compile(
    r"\b(?:fell|fall|falls|fallen|falling|declined?|declines|declining|decreased?|decreases"
    r"|decreasing"
    r"|dropped|drops?|dropping|down|lower|less|shrank|shrunk|shrinking|contracted|slumped"
    r"|plunged|reduced|reduction|slid|slipped|negative|cut|cuts|lowered|slashed)\b",
    re.IGNORECASE,
)
_RISING = re.compile(
    r"\b(?:rose|rise|rises|rising|grew|grow|grows|growing|growth|increased?|increases|increasing"
    r"|grown|risen|up|higher|more|jumped|surged|gained|expanded|added|climbed|soared|boosted)\b",
    re.IGNORECASE,
)
_FALLING_AFTER = re.compile(
    r"\s(?:decline|decrease|drop|fall|lower|less|down|reduction|contraction)\b", re.IGNORECASE
)
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?|(?:up|down|rising|falling|increasing"
    r"|decreasing) from|from)\s(?:a record\s|about\s|some\s|around\s)?"
    r"(?:(?:a|an|the)\s(?:previous\s|earlier\s|initial\s|original\s|former\s)?"
    r"(?:target|goal|forecast|level|figure|estimate)\sof\s)?(?:" + _SIGN + r"|[A-Z]{3}\s)?\s?\Z"
)
# Words of a clause that tells what is wanted or foreseen, not what is: "expected turnover to
# reach $1 billion", "agreed to raise trade to $40 billion", "will invest $2 billion".
INTENT = re.compile(
    r"\b(?:expect(?:s|ed|ing|ations?)?|aim(?:s|ed|ing)?|target(?:s|ed|ing)?|plan(?:s|ned|ning)?"
    r"|goals?|objectives?|forecast(?:s|ed|ing)?|projected|projections?|intend(?:s|ed)?|intention"
    r"|seek(?:s|ing)?|hope(?:s|d)?|will|would|shall|could|should|potential(?:ly)?|envisage[sd]?"
    r"|agree[sd]?|pledge[sd]?|commit(?:s|ted)?|vow(?:s|ed)?|promise[sd]?|set to|ready to"
    r"|to (?:reach|raise|increase|bring|boost|double|triple|expand|grow|hit|lift))\b",
    re.IGNORECASE,
)
# After a figure: "by 2030" (a year it is to be reached by), "is envisaged", "will".
_INTENT_AFTER = re.compile(
    r"\b(?:by (?:the end of )?(?:19|20)[0-9][0-9]|(?:is|are|be|being) (?:expected|envisaged|planned"
    r"|targeted|forecast|projected|intended|foreseen)|will|would|could|should)\b"
)
# A per cent is a change only when its words say so ("grew 11.2%", "a 21 percent decrease",
# "up 4%"); "or 88 percent of the total", "accounted for 40 percent" are shares, and a per cent
# the words leave open is no change either: no earlier figure is derived from it.
_SHARE_BEFORE = re.compile(
    r"\b(?:shares?|accounted|accounts?|accounting|made up|makes? up|making up|constituted"
    r"|constitutes?|represent(?:s|ed|ing)?|or)\b",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(
    r"\s(?:share\b|of\s(?!the same\b|a year\b|the previous\b))", re.IGNORECASE
)
_THAN = re.compile(r"\b(?:more|less|higher|lower|fewer)\sthan\b", re.IGNORECASE)
_CHANGE_AFTER = re.compile(
    r"\s?(?:(?:year[- ]on[- ]year|y/y|yoy|annually|on the year|compared)\b|\s(?:(?:annual|yearly"
    r"|year-on-year)\s)?(?:increase|decrease|rise|growth|decline|drop|fall|jump|gain|reduction"
    r"|contraction|higher|lower|more|less|up|down)\b)",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:earlier|ago|previous|previously|prior|before|last year|a year before|the year before"
    r"|in (?:19|20)[0-9][0-9])\b"
)
_FLOW = re.compile(
    r"\b(?P<turnover>trade turnover|turnover|trade|commerce)\b"
    r"|\b(?P<exports>exports?|exported|exporting)\b"
    r"|\b(?P<imports>imports?|imported|importing)\b"
    r"|\b(?P<investment>invest(?:ment|ments|ed|ing|s|ors?)?|FDI)\b",
    re.IGNORECASE,
)
_FLOW_AFTER = re.compile(
    r"\s(?:in|of|worth of|of direct)\s(?:\w+\s)?(?P<word>exports|imports|investments?|trade)\b",
    re.IGNORECASE,
)
# A clause with no subject of its own, as in ", up 7%" or ", having increased by 38.7%": read it
# with the clause before it.
_ELLIPTIC = re.compile(
    r"(?:\(|up|down|rising|falling|having|an increase|a decrease|a rise|a drop|a growth|or|i\.e\.)"
    r"\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"(?=[Ffidoltayc])"  # a quick test of the first letter of every branch below
    r"(?:\b[Ff]rom (?P<range>(?:19|20)[0-9][0-9] (?:through|to|until|till) (?:the )?"
    r"(?:(?:first|second"
    r"|third|fourth|last) )?(?:(?:\w+) )?(?:months?|half|quarter) of (?:19|20)[0-9][0-9])\b"
    r"|\b(?:in|during|for|over) (?:(?P<span>(?:the )?(?:(?:first|second|third|fourth|last|past) )?"
    r"(?:(?:\w+) )?(?:months?|half|quarter|years?) (?:of )?"
    r"(?:(?:the|this|last) year|(?:19|20)[0-9][0-9])"
    r"|(?:19|20)[0-9][0-9](?:[–-](?:19|20)[0-9][0-9])?"
    r"|" + MONTH_NAME + r"(?:[–-]" + MONTH_NAME + r")? (?:19|20)[0-9][0-9])\b"
    # without a year: "in the first eight months", "in January-November"
    r"|(?P<months>(?:the )?(?:first|second|third|fourth|last|past) (?:\w+ )?(?:months?|half"
    r"|quarter))\b"
    r"|(?P<range2>" + MONTH_NAME + r"[–-]" + MONTH_NAME + r")\b)"
    r"|\b(?P<relative>last year|this year|a year earlier)\b"
    # a comparison, not a period: the sentence says one and it is not drafted from these
    r"|\b(?P<compared>year on year|year-on-year|(?:compared (?:with|to) )?the same period)\b)"
)
# A word that tells of a period in a form not read above ("in Q3", "for the year to June"): a
# figure of its sentence drafted without a period has its period listed.
_PERIOD_WORD = re.compile(
    r"\b(?:" + alternation((*MONTH_NAMES, *MONTH_ABBREVIATIONS)) + r"|Q[1-4]|quarter|half|months?"
    r"|year|(?:19|20)[0-9][0-9])\b"
)
# An opening phrase that sets the time of the clause after it: "From 2005 through 2024, ..."
_OPENING = re.compile(r"(?:From|In|During|Over|For|Since|Between|Throughout)\b[^,.;]{0,100},\s*\Z")
_FLOW_WORDS = {
    "trade": "turnover",
    "export": "exports",
    "import": "imports",
    "investments": "investment",
}
_LABELS = {
    "turnover": "Trade turnover",
    "exports": "Exports",
    "imports": "Imports",
    "investment": "Investment",
}


class Figure(NamedTuple):
    """A figure found in the text, before it is written as a statistic."""

    kind: str  # amount, change, count
    span: Span  # the figure as printed
    value: Decimal
    scale: str | None
    currency: str | None
    currency_sure: bool
    unit: str | None
    # False when the figure says more than a facts file can hold (a compound amount past 15
    # digits): its first part alone is drafted, and its value listed for a person to confirm
    value_sure: bool = True


# At most this many figures are drafted from one report (a long report has a few hundred): past
# it, "statistics" is listed for a person to complete, so that a text of nothing but figures
# ("$1 $1 $1 ...") costs what finding them costs, not minutes of drafting each.
MAX_FIGURES = 2_000
# The most significant digits a facts file's value holds (``kzeu.models.Number``).
MAX_DIGITS = 15


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
    for figure in _figures(report, body):
        if len(drafted) == MAX_FIGURES:
            return _linked(report, starts, drafted), True  # the rest is the reader's
        stat, sure = _statistic(report, figure, previous, seen)
        if stat is None:
            continue
        if not figure.value_sure:
            stat.doubt("value", "a compound amount past 15 digits: its first part alone")
        if _after(stat.period, published) and not stat.intended:
            stat.intended = True
            _doubt_judged(stat, not_a_change=False, intent=True)
        if stat.period is not None:
            dated = True
        elif dated and stat.kind in ("amount", "change"):
            # the period of a report that dates its figures may carry over from a sentence before
            stat.doubt("period", "its clause names no period; one before it may hold")
        stated = not stat.intended and not stat.comparison
        if stat.flow == "turnover" and stat.kind == "amount" and stated:
            turnovers[(stat.currency, stat.scale)] = stat.id
        elif stat.flow in ("exports", "imports") and stat.kind == "amount" and stated:
            total = turnovers.get((stat.currency, stat.scale))
            if total is not None and stat.of is None:
                stat.of = total
        drafted.append(stat)
        starts.append(figure.span.start)
        previous = Previous(figure, stat, sure)
    return _linked(report, starts, drafted), False


def _linked(
    report: Report, starts: list[int], drafted: list[DraftStatistic]
) -> list[DraftStatistic]:
    """Return ``drafted`` with its changes tied to their amounts and its scopes judged."""
    _link_changes(report, starts, drafted)
    _doubt_scopes(drafted)
    return drafted


_YEAR = re.compile(r"\b(?:19|20)[0-9][0-9]\b")


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
                unsure.add(stat.id)
    for stat in stats:
        if stat.of in unsure:
            stat.doubt("of", "the figure it is part of shares its flow with another")


class Seen(NamedTuple):
    """What drafting the figures has found so far beyond each one."""

    periods: dict[int, bool]  # whether each sentence states a period, found once


class Previous(NamedTuple):
    """The figure drafted last, its statistic and whether its flow was settled."""

    figure: Figure
    stat: DraftStatistic
    flow_sure: bool


def _figures(report: Report, body: int) -> list[Figure]:
    text = report.text
    found: list[Figure] = []
    for match in _FIGURE.finditer(text, body):
        figure = _figure(text, match)
        if figure is not None:
            found.append(figure)
    return found


def _figure(text: str, match: re.Match[str]) -> Figure | None:
    """Judge one candidate number: a figure (with its kind, value, scale, unit), or None."""
    word = match.group("word")
    if word is None:
        return _numbered(text, match)
    worded = word_value(word)
    if not worded:
        return None
    return _counted(text, match, Decimal(worded), match.group("wscale"), match.end())


def _numbered(text: str, match: re.Match[str]) -> Figure | None:
    """Judge a number written in digits: money with a symbol or code, else ``_unmarked``."""
    end = match.end()
    number = match.group("num")
    if len(number.replace(",", "").replace(".", "")) > 15:
        return None
    value = Decimal(number.replace(",", ""))
    scale_word = match.group("scale") or (match.group("short") or "").strip() or None
    symbol = match.group("sym") or match.group("code")
    value_sure = True
    if match.group("num2") is not None:
        compound = compound_value(match.group(0))
        too_long = compound is not None and len(compound.as_tuple().digits) > MAX_DIGITS
        if compound is None or too_long:  # "5 bn 7 mln" in the wrong order: the first part
            end = match.end("scale") if match.group("scale") else match.end("num")
            value_sure = not too_long
        else:
            value = compound
    if symbol is None and match.group("short") is not None:
        end = match.end("num")  # "5 m" (metres?) without a currency is not money
        scale_word = None
    scale = SCALE_OF.get(scale_word.lower()) if scale_word else None
    if symbol is not None:
        currency = SYMBOLS.get(symbol, symbol)
        return Figure(
            "amount",
            Span(match.start(), end),
            value,
            scale,
            currency,
            symbol != "¥",
            None,
            value_sure,
        )
    if _not_a_figure(text, match.start("num"), end, number, scale):
        return None
    figure = _unmarked(text, match, value, scale, end)
    return figure if figure is None or value_sure else figure._replace(value_sure=False)


def _unmarked(
    text: str, match: re.Match[str], value: Decimal, scale: str | None, end: int
) -> Figure | None:
    """Judge a number without a currency before it: a percentage, money named after it
    ("37 billion US dollars") or a count."""
    percent = _PERCENT.match(text, end)
    if percent is None:
        named = _CURRENCY_NAME.match(text, end)
        if named is not None:
            return _named_money(match, named, value, scale)
        return _counted(text, match, value, scale, end)
    if scale is not None:
        return None
    start = match.start("num")
    if text[start - 1 : start] in ("+", "−", "-") and not text[start - 2 : start - 1].isalnum():
        start -= 1
    return Figure("change", Span(start, percent.end()), value, None, None, True, "percent")


def _named_money(
    match: re.Match[str], named: re.Match[str], value: Decimal, scale: str | None
) -> Figure:
    if named.group("code") is not None:
        currency, sure = named.group("code"), True
    else:
        singular = _NAME_FORMS[named.group("name")]
        currency = NAMES[singular]
        sure = singular not in UNSURE_CURRENCIES or named.group("us") is not None
    return Figure("amount", Span(match.start(), named.end()), value, scale, currency, sure, None)


def _not_a_figure(text: str, start: int, end: int, number: str, scale: str | None) -> bool:
    """Whether the number text[start:end] is a year, a date, a time, an ordinal, a rank or a
    document number rather than a figure."""
    if scale is not None:
        return False
    plain = number.replace(",", "")
    if len(number) == 4 and number.isdigit() and number[:2] in ("19", "20"):
        return True  # a year
    following = text[end : end + 3]
    if following[:2] in ("st", "nd", "rd", "th") and not following[2:3].isalpha():
        return True  # an ordinal: "20th"
    if following[:1] in (":", "/") or text[start - 1 : start] in (":", "/"):
        return True  # a time or a date: "09:15", "14/06"
    before = text[max(0, start - 16) : start]
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, end):
        return True  # a day of a month
    return "." not in plain and _NOT_A_COUNT_BEFORE.search(before) is not None


def _counted(
    text: str, match: re.Match[str], value: Decimal, scale: str | None, end: int
) -> Figure | None:
    """Return the count of a thing ("1,200 joint ventures"), or None if no thing is counted."""
    if match.group("word") is not None:
        before = text[max(0, match.start() - 16) : match.start()]
        if _ANAPHORIC.search(before) is not None and match.group("word").lower() == "two":
            return None  # "the two sides", "these two countries": the pair the report is about
    noun = _NOUN_WORDS.match(text, end)
    if noun is None:
        return None
    kept: list[re.Match[str]] = []
    for word in _WORD.finditer(text, noun.start("words"), noun.end("words")):
        lower = word.group().islower()
        if word.group().lower() in _STOP or (not lower and kept and kept[-1].group().islower()):
            break
        kept.append(word)
    # the noun phrase ends at its first plural: "joint ventures", "Estonian IT companies"
    heads = [i for i, w in enumerate(kept) if _counted_head(w.group())]
    if not heads or kept[heads[0]].group().lower() in _NOT_COUNTED:
        return None
    first, last = kept[0], kept[heads[0]]
    unit = text[first.start() : last.end()]
    return Figure("count", Span(match.start(), last.end()), value, scale, None, True, unit)


_WORD = re.compile(r"\S+")


def _counted_head(word: str) -> bool:
    return (word.islower() and _plural(word)) or word in _UNITS


# Units of measure that are counted though they are not plurals: "1,000 km", "400 MW".
_UNITS = words("km MW GW kW kWh MWh GWh TWh bcm ha")


def _plural(word: str) -> bool:
    lower = word.lower()
    return lower in _PLURAL_WORDS or (
        len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
    )


class Context(NamedTuple):
    """Where a figure stands: its clause, the clause that gives its subject (the one before,
    for ", up 7%"), and the words of its clause since the figure before it."""

    clause: Span
    subject: Span
    segment_start: int
    before: str


def _context(report: Report, figure: Figure, previous: Previous | None) -> Context:
    text, span = report.text, figure.span
    clause = report.clause(span.start, span.end)
    segment_start = clause.start
    if previous is not None and report.clause(*previous.figure.span) == clause:
        segment_start = max(previous.figure.span.end, clause.start)
    before = text[segment_start : span.start]
    subject = clause
    alone = clause.end - clause.start <= span.end - span.start + 3
    if (alone or _ELLIPTIC.match(text, clause.start)) and not _FLOW.search(before):
        subject = report.clause_before(clause)
    return Context(clause, subject, segment_start, before)


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
    context = _context(report, figure, previous)
    not_a_change = figure.kind == "change" and not _a_change(text, context.before, span)
    if not_a_change:  # a share or a rate: drafted as a per cent, and no change of anything
        figure = figure._replace(kind="count")
    intent = figure.kind in ("amount", "change") and _intended(report, figure, context)
    comparison = _comparison(report, figure, previous)
    flow, flow_sure = _flow(report, figure, context, previous, comparison)
    labelled = flow is not None and flow_sure and not comparison and figure.kind == "amount"
    falling = figure.kind == "change" and _falling(text, context.before, span)
    stat = DraftStatistic(
        id=report.new_id("comparison" if comparison else _stem(figure, flow)),
        label=_LABELS[flow] if labelled and flow else TO_FILL,
        kind=figure.kind,
        value=-figure.value if falling else figure.value,
        figure=text[span.start : span.end],
        scale=figure.scale,
        unit=figure.unit,
        comparison=comparison,
        intended=intent,
    )
    if figure.kind == "amount":
        stat.currency = figure.currency
        if text[span.start : span.start + 1] == "¥":
            stat.currency = _yen_or_yuan(text, span)
    quote = report.bounded(
        Span(min(context.subject.start, context.clause.start), context.clause.end), span
    )
    qualifier = _QUALIFIER.search(text, max(context.segment_start, span.start - 40), span.start)
    if qualifier is not None:
        stat.qualifier = qualifier.group("q").lower()
        quote = Span(min(quote.start, qualifier.start()), quote.end)
    period, period_span = _period(report, quote, span)
    if period_span is not None:
        quote = Span(min(quote.start, period_span.start), max(quote.end, period_span.end))
    if figure.kind in ("amount", "change") or not_a_change:
        stat.period, stat.flow = period, flow
    if comparison and previous is not None:
        stat.of = previous.stat.id
        # quoted with the figure it is compared with, which gives it its subject
        compared = report.clause(*previous.figure.span).start
        compared = max(compared, previous.figure.span.start - LONGEST)
        quote = Span(min(quote.start, compared), quote.end)
    stat.quote = report.cut(_closed(report, report.trimmed(quote)))
    _doubt_open_fields(
        figure,
        stat,
        flow_sure=flow_sure,
        period_nearby=_period_nearby(report, span, seen),
    )
    _doubt_judged(stat, not_a_change=not_a_change, intent=intent)
    return stat, flow_sure


def _period_nearby(report: Report, span: Span, seen: Seen) -> bool:
    """Whether the sentence of ``span`` tells of a period (found once per sentence)."""
    sentence = report.sentences.index(span.start)
    periods = seen.periods
    if sentence not in periods:
        around = report.sentence(span.start)
        periods[sentence] = (
            _PERIOD.search(report.text, *around) is not None
            or _PERIOD_WORD.search(report.text, *around) is not None
        )
    return periods[sentence]


def _doubt_judged(stat: DraftStatistic, *, not_a_change: bool, intent: bool) -> None:
    """List the kind of a per cent that is no change, and the label, flow and period of a
    target or forecast (labelled as one): a reader says what it is and for when."""
    if not_a_change:
        stat.doubt("kind", "a per cent its words do not call a change: a share or a rate?")
    if intent:
        if stat.label != TO_FILL:
            stat.label = f"{stat.label} (target or forecast)"
        why = "a target or forecast, not what is"
        stat.doubt("label", why)
        stat.doubt("flow", why)
        stat.doubt("period", why)


def _a_change(text: str, before: str, span: Span) -> bool:
    """Whether the per cent at ``span`` is a change: signed, or told by its words ("grew",
    "a 21 percent decrease", "year-on-year"), and not a share ("of the total", "accounted for",
    ", or 88 percent")."""
    if text[span.start : span.start + 1] in ("+", "-", "−"):
        return True
    if _SHARE_BEFORE.search(before) or _SHARE_AFTER.match(text, span.end):
        return False
    if _CHANGE_AFTER.match(text, span.end):
        return True
    plain = _THAN.sub(" ", before)
    return _RISING.search(plain) is not None or _FALLING.search(plain) is not None


def _intended(report: Report, figure: Figure, context: Context) -> bool:
    """Whether the clause of ``figure`` tells of a target or a forecast, not of what is:
    its words before the figure (with the clause that gives its subject, for ", up from a
    target of $35 billion"), or "by 2030" after it."""
    text, span = report.text, figure.span
    start = context.segment_start
    if start == context.clause.start and context.subject != context.clause:
        start = context.subject.start
    if INTENT.search(text, max(start, span.start - LONGEST * 2), span.start) is not None:
        return True
    return _INTENT_AFTER.search(text, span.end, min(context.clause.end, span.end + 60)) is not None


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
        stat.doubt("period", "its sentence tells of a period its clause does not give")
    if stat.comparison:
        stat.doubt("of", "compared with the figure before it")


_JAPAN_OR_CHINA = re.compile(r"\b(?:(?P<japan>Japan|Japanese|yen)|China|Chinese|yuan|renminbi)\b")


def _yen_or_yuan(text: str, span: Span) -> str:
    """Return JPY or CNY for "¥" by the country named nearest before it (listed either way)."""
    named = None
    for match in _JAPAN_OR_CHINA.finditer(text, max(0, span.start - 600), span.start):
        named = match
    if named is None:
        named = _JAPAN_OR_CHINA.search(text, span.end, span.end + 600)
    return "JPY" if named is not None and named.group("japan") else "CNY"


def _closed(report: Report, quote: Span) -> Span:
    """Return ``quote`` with the bracket it opens last closed: "$5.2 billion (+3.1%)"."""
    words = report.cut(quote)
    if words.rfind("(") <= words.rfind(")"):
        return quote
    limit = min(report.sentence(quote.end).end + 1, quote.end + 80)
    closing = report.text.find(")", quote.end, limit)
    return Span(quote.start, closing + 1) if closing >= 0 else quote


def _stem(figure: Figure, flow: str | None) -> str:
    """Return what a figure's id is made from: "trade-turnover", "exports", "change", ..."""
    if figure.kind == "count" and figure.unit:
        return figure.unit
    if figure.kind == "change":
        return "change"
    return _LABELS[flow] if flow else "amount"


def _falling(text: str, before: str, span: Span) -> bool:
    if text[span.start : span.start + 1] in ("-", "−"):
        return True
    if text[span.start : span.start + 1] == "+":
        return False
    falling = [m.start() for m in _FALLING.finditer(before)]
    rising = [m.start() for m in _RISING.finditer(before)]
    if falling and (not rising or falling[-1] > rising[-1]):
        return True
    return not falling and not rising and _FALLING_AFTER.match(text, span.end) is not None


def _comparison(report: Report, figure: Figure, previous: Previous | None) -> bool:
    """Whether ``figure`` is an earlier value given for comparison with the one before it."""
    text = report.text
    if previous is None:
        return False
    if previous.figure.span.end < report.sentence(figure.span.start).start:
        return False
    before = text[previous.figure.span.end : figure.span.start]
    if _COMPARED.search(
        text, max(previous.figure.span.end, figure.span.start - 40), figure.span.start
    ):
        return previous.figure.kind == figure.kind
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return False
    closing = text.find(")", figure.span.end, figure.span.end + 80)
    inside = text[
        previous.figure.span.end + opening + 1 : closing if closing >= 0 else figure.span.end
    ]
    return _EARLIER.search(inside) is not None and previous.figure.kind == figure.kind


def _flow(
    report: Report,
    figure: Figure,
    context: Context,
    previous: Previous | None,
    comparison: bool,
) -> tuple[str | None, bool]:
    """Return the flow of ``figure`` and whether its clause settles it: the words right after
    it ("$2 billion in exports"), else the last flow named in its clause before it, else the
    flow of the figure before it in the same clause, else the subject's."""
    if figure.kind == "count":
        return None, True
    if comparison and previous is not None:
        return previous.stat.flow, False
    # "$2 billion in exports" (a per cent "of bilateral trade" is a share of it, not its flow)
    after = _FLOW_AFTER.match(report.text, figure.span.end) if figure.kind == "amount" else None
    if after is not None:
        word = after.group("word").lower()
        return _FLOW_WORDS.get(word, word), True
    flows = [_flow_of(m) for m in _FLOW.finditer(context.before)]
    if flows:
        return flows[-1], len(set(flows)) == 1 or flows[-1] != "turnover"
    flow, sure = _flow_from_before(report, context, previous)
    if flow is not None or figure.kind != "amount":
        return flow, sure
    # "USD 221.3 mln was invested": the rest of the clause, if it names one flow only (not
    # for a per cent: "90 percent of our trade" is a share of it)
    rest = report.text[figure.span.end : min(context.clause.end, figure.span.end + 80)]
    named = {_flow_of(m) for m in _FLOW.finditer(rest)}
    return (named.pop(), True) if len(named) == 1 else (None, False)


def _flow_from_before(
    report: Report, context: Context, previous: Previous | None
) -> tuple[str | None, bool]:
    """Return the flow a figure shares with the one before it in its clause, or that the clause
    before it (its subject) names."""
    if previous is not None and report.clause(*previous.figure.span) in (
        context.clause,
        context.subject,
    ):
        inherited = previous.stat.flow
        return inherited, inherited is not None and previous.flow_sure
    if context.subject == context.clause:
        return None, False
    head = report.text[context.subject.start : context.clause.start]
    flows = [_flow_of(m) for m in _FLOW.finditer(head)]
    return (flows[-1], len(set(flows)) == 1) if flows else (None, False)


def _flow_of(match: re.Match[str]) -> str:
    return next(name for name, value in match.groupdict().items() if value is not None)


def _period(report: Report, quote: Span, figure: Span) -> tuple[str | None, Span | None]:
    """Return the period the clause of ``figure`` states, nearest the figure, with its span."""
    best: re.Match[str] | None = None
    sentence = report.sentence(quote.start)
    if _OPENING.match(report.text, sentence.start, quote.start):
        quote = Span(sentence.start, quote.end)  # "In 2022, trade ..." is the clause's period
    for match in _PERIOD.finditer(report.text, quote.start, quote.end + 60):
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
                stat.label = f"Change in {amount.label.lower()}"
