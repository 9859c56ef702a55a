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
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple, get_args

from kzeu.dates import MONTH
from kzeu.draft.lexicon import alternation, capitalisable
from kzeu.draft.lexicon.money import (
    CODE_ALIASES,
    COUNT_UNITS,
    COUNT_WORDS,
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    NUMBERED_NOUNS,
    SCALE_ABBREVIATIONS,
    SCALE_NAMES,
    UNIT_WORDS,
    UNSURE_CURRENCIES,
    currency_name_forms,
)
from kzeu.draft.report import Report, Span, words
from kzeu.models import Scale
from kzeu.numbers import SCALES, compound_value, word_value
from kzeu.stated import whole

# "bn" -> "billion": each abbreviation to the scale of the facts file it stands for
_SCALE_NAMES = dict(zip((3, 6, 9, 12), get_args(Scale), strict=True))
SCALE_OF = {word: _SCALE_NAMES[power] for word, power in SCALES.items()}

SYMBOLS = {**CURRENCY_SYMBOLS, **CODE_ALIASES}
CODES = CURRENCY_CODES
NAMES = CURRENCY_NAMES
_NAME_FORMS = currency_name_forms()  # "dollars" -> "dollar"
# A currency's sign as a pattern: "US$" before "$".
_SIGN = alternation(CURRENCY_SYMBOLS)

_NUMBER = r"""
    (?<![\w.,])(?P<num>
      [0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,6})?(?![\d])(?!,\d)  # 1,200 or 12,500.5
    | [0-9]{1,15}(?:\.[0-9]{1,6})?(?!\d)(?![.,]\d)               # 1200 or 4.1
    )"""
_WORDS = "|".join(COUNT_WORDS)
_SP = r"[ \t\u00a0]"  # a space within a line: a figure never runs across a line break
_SCALES_OF_A_SUM = alternation((*SCALE_NAMES, *SCALE_ABBREVIATIONS))
_SCALES_OF_A_PART = alternation(
    w for w, power in {**SCALE_NAMES, **SCALE_ABBREVIATIONS}.items() if power <= 9
)
# A part of a compound amount just before a figure that was not joined to it (a third part, or
# parts in the wrong order): "300 trillion 450 billion | 123 million dollars".
_PART_BEFORE = re.compile(
    r"[0-9][0-9.,]*" + _SP + r"?(?:" + _SCALES_OF_A_SUM + r")" + _SP + r"$", re.IGNORECASE
)
# The characters a figure in digits can start with: a currency sign's or code's first, or a digit.
# Looked for first, so that its branch is tried only where one stands (half the time of a scan);
# a number in words is the other branch.
_FIRST = "".join(sorted({w[0] for w in (*CURRENCY_SYMBOLS, *CODES, "RMB")} | set("0123456789")))
_FIGURE = re.compile(
    r"(?=["
    + re.escape(_FIRST)
    + r"""])
    # a number in digits, with a currency before it (a sign or a code) or none
    (?:(?P<sym>"""
    + _SIGN
    + r")"
    + _SP
    + r"""?
      | \b(?P<code>"""
    + "|".join((*CODES, "RMB"))
    + r")"
    + _SP
    + r"""?
    )?"""
    + _NUMBER
    # its scale in a word ("billion", "bn") or a letter ("5 m", "$12k")
    + r"(?:"
    + _SP
    + r"?(?P<scale>"
    + _SCALES_OF_A_SUM
    + r""")\b
      | (?P<short>"""
    + _SP
    + r"""?[mkb])\b(?![.'’]\w)
    )?
    # a second part of a compound amount: "2 bln 140 mln"
    (?:"""
    + _SP
    + r"(?P<num2>[0-9]{1,3}(?:\.[0-9]{1,3})?)"
    + _SP
    + r"?(?P<scale2>"
    + _SCALES_OF_A_PART
    + r""")\b
    )?
    # or a number in words: "five", "twenty-five", "four thousand"
    | (?=[A-Za-z])(?<![\w-])(?P<word>(?i:"""  # a letter first: tried only where one stands
    + _WORDS
    + r")(?:-(?i:"
    + "|".join(UNIT_WORDS)
    + r"""))?)(?![\w-])
      (?:"""
    + _SP
    + r"(?P<wscale>"
    + alternation(w for w, p in SCALE_NAMES.items() if p <= 6)
    + r""")\b)?
    """,
    re.VERBOSE,
)
_PERCENT = re.compile(
    _SP
    + r"""?(?:
      %                     # "12%", "12 %"
    | per\ ?cent\b         # "12 per cent", "12 percent"
    | percent\b            # the same again, as it was written before the branch above
    | pct\b                # "12 pct"
    )""",
    re.VERBOSE,
)
_CURRENCY_NAME = re.compile(
    _SP
    + r"""(?:(?P<us>US|U\.S\.|American)"""  # "US dollars": a sure code
    + _SP
    + r""")?(?P<name>"""
    + alternation(_NAME_FORMS)
    + r""")\b             # a currency's name: "dollars", "pounds sterling", "tenge"
    |"""
    + _SP
    + r"(?P<code>"
    + "|".join(CODES)
    + r""")\b             # or its code after the number: "40 million EUR"
    """,
    re.VERBOSE,
)
_NOUN_WORDS = re.compile(
    _SP
    + r"""(?P<words>
      (?:[A-Z][A-Za-z]{0,20}"""
    + _SP
    + r"""){0,2}            # up to two capitalised words: "1,200 Chinese joint ventures"
      [a-z]+(?:-[a-z]+)?    # then a lower-case word, hyphenated or not
      (?:"""
    + _SP
    + r"""[a-z]+(?:-[a-z]+)?){0,3}  # and up to three more
    )""",
    re.VERBOSE,
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
_NOT_A_COUNT_BEFORE = re.compile(
    r"""(?:
      \b(?:top                    # "top 10"
        | [Nn]o\.? | [Nn]os\.?    # "No. 5", "Nos. 3"
        | number
        | """
    + capitalisable(NUMBERED_NOUNS)
    + r"""                        # "Resolution 2231", "Flight 204", "ranked 12"
        | G | C                   # "G20", "C5"
      )\s?
    | \#                          # "#3"
    | [-–/:]                      # a range's or a ratio's second number: "2023-24", "3:1"
    )\Z""",
    re.VERBOSE,
)
_ANAPHORIC = re.compile(
    r"""\b(?:
      [Tt]he | [Tt]hese | [Tt]hose    # "the 12", "these 12": figures said before
    | [Aa]ll | [Bb]oth               # "all 12", "both"
    )\s\Z""",
    re.VERBOSE,
)
_MONTH_BEFORE = re.compile(
    r"\b" + MONTH + r"\s\Z  # a month's name before: a day, 'May 5'", re.VERBOSE
)
_MONTH_AFTER = re.compile(
    r"\s(?:of\s)?" + MONTH + r"  # a month's name after: a day, '5 May', '5th of May'", re.VERBOSE
)


class Figure(NamedTuple):
    """A figure found in the text, before it is written as a statistic."""

    kind: str  # amount, change, count
    span: Span  # the figure as printed
    value: Decimal
    scale: str | None
    currency: str | None
    currency_sure: bool
    unit: str | None
    # Why the value drafted may not be all the figure says, listed for a person to confirm:
    # a compound amount past 15 digits (its first part alone), or a part of one before it
    value_doubt: str | None = None


# The most significant digits a facts file's value holds (``kzeu.models.Number``).
MAX_DIGITS = 15


def find_figures(report: Report, body: int) -> Iterator[Figure]:
    """Yield each figure of the report from offset ``body`` on, in the order of the text: one
    at a time, so that a reader who stops (``statistics.MAX_FIGURES``) judges no more."""
    text = report.text
    for match in _FIGURE.finditer(text, body):
        figure = _figure(text, match)
        if figure is None or _joined_to_a_word(text, figure.span):
            continue
        if _PART_BEFORE.search(text, max(0, figure.span.start - 40), figure.span.start):
            figure = figure._replace(
                value_doubt="a part of a compound amount before it is not joined to it"
            )
        yield figure


def _joined_to_a_word(text: str, span: Span) -> bool:
    """Whether the figure at ``span`` runs on into a word ("£0Ö", "$5bnX"): not whole words by
    the loader's own rule (``kzeu.stated.whole``), so not a figure it could find stated in its
    quote."""
    return not whole(text, *span)


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
    number = match.group("num")
    if len(number.replace(",", "").replace(".", "")) > MAX_DIGITS:
        return None
    value, end, value_doubt = _value(match)
    scale_word = match.group("scale") or (match.group("short") or "").strip() or None
    symbol = match.group("sym") or match.group("code")
    if symbol is None and match.group("short") is not None:
        end = match.end("num")  # "5 m" (metres?) without a currency is not money
        scale_word = None
    scale = SCALE_OF.get(scale_word.lower()) if scale_word else None
    if symbol is not None:
        currency = SYMBOLS.get(symbol, symbol)
        span = Span(match.start(), end)
        return Figure("amount", span, value, scale, currency, symbol != "¥", None, value_doubt)
    if _not_a_figure(text, match.start("num"), end, number, scale):
        return None
    figure = _unmarked(text, match, value, scale, end)
    return figure if figure is None else figure._replace(value_doubt=value_doubt)


def _value(match: re.Match[str]) -> tuple[Decimal, int, str | None]:
    """Return the value of the number ``match`` (a compound amount's, "2 bln 140 mln" -> 2.14,
    when its parts fall in scale and fit 15 digits), where its figure ends, and why the value
    may not be all the figure says (None: it is)."""
    value = Decimal(match.group("num").replace(",", ""))
    if match.group("num2") is None:
        return value, match.end(), None
    compound = compound_value(match.group(0))
    too_long = compound is not None and len(compound.as_tuple().digits) > MAX_DIGITS
    if compound is not None and not too_long:
        return compound, match.end(), None
    # "5 bn 7 mln" in the wrong order, or too long: the first part alone
    end = match.end("scale") if match.group("scale") else match.end("num")
    return (
        value,
        end,
        "a compound amount past 15 digits: its first part alone" if too_long else None,
    )


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
    alone = _UNIT_AFTER.match(text, end)
    if alone is not None:  # "11,300 TEU, up 18%": a unit alone, before any lower-case word
        return Figure("count", Span(match.start(), alone.end()), value, scale, None, True, alone[1])
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


_WORD = re.compile(r"\S+  # a word: a run of anything but spaces", re.VERBOSE)
# A unit right after the number, counted alone: "240,000 TEU", "500 MW".
_UNIT_AFTER = re.compile(_SP + r"(" + alternation(COUNT_UNITS) + r")(?![\w-])")


def _counted_head(word: str) -> bool:
    return (word.islower() and _plural(word)) or word in COUNT_UNITS


# Units of measure that are counted though they are not plurals: "1,000 km", "400 MW".


def _plural(word: str) -> bool:
    lower = word.lower()
    return lower in _PLURAL_WORDS or (
        len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
    )
