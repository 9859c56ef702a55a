"""Whom a report credits, read from its body when its header names no agency: a body named
before "reported" or "said in a statement" ("the press service of the Ministry of Foreign
Affairs reported"), "X reports", "told X Agency", a press service's signature line, or "according
to" an institution. Each is a best guess, listed for a person to confirm."""

from __future__ import annotations

import re
from typing import NamedTuple

from kzeu.draft.lexicon import capitalisable
from kzeu.draft.lexicon.text import SOURCE_BODIES
from kzeu.draft.report import Report, Span

_REPORTS = re.compile(
    r"""\b(?:a\ |an\ )?(?P<agency>[A-Z][A-Za-z]{1,20}(?:\ [A-Z][A-Za-z]{1,10})?)  # "Kazinform"
    (?:\ correspondent|\ news\ agency)?\ reports?\b       # "correspondent reports", "reports"
    """,
    re.VERBOSE,
)
# "told Anadolu Agency": an agency the report names as told.
_TOLD = re.compile(
    r"""\b(?:told|[Ss]peaking\ to|[Cc]ommenting\ (?:on\ [^,.]{1,60}\ )?to|in\ an\ interview\ with)
    \ (?P<agency>[A-Z][A-Za-z]{1,20}\ (?:Agency|News|Press|Today|Times|Daily)  # 'Anadolu Agency'
      | [A-Z][A-Za-z]{1,20}-[A-Z][A-Za-z]{1,20}(?=\ that\b|,)  # 'told Interfax-Kazakhstan that'
      | [A-Z][A-Za-z]{1,20}\.(?:uz|kg|kz|tj|az|com|ru|net))\b   # 'to Kun.uz'
    """,
    re.VERBOSE,
)
_SIGNATURE = re.compile(
    r"""(?:
      Press\ [Ss]ervice|Press\ [Oo]ffice          # "Press Service of the Ministry ..."
    | Information\ [Ss]ervice                     # "Information Service of ..."
    | Press\ [Cc]entre|Press\ [Cc]enter           # "Press Centre of ..."
    )\ of\ [^\n]{3,150}""",
    re.VERBOSE,
)
_CREDIT_WORDS = re.compile(
    r"""\A(?:a\ |the\ )?(?:statement|report|release|press\ release)  # "a statement"
    \ (?:issued\ |published\ |released\ )?by\                        # "issued by "
    """,
    re.VERBOSE,
)
_ACCORDING = re.compile(
    r"""\b[Aa]ccording\ to\ (?P<who>(?:the\ )?   # "according to the"
    [^\s.,;:()][^.,;:()\n]{0,150})                # whom, up to the end of the clause
    """,
    re.VERBOSE,
)
_INSTITUTION = re.compile(
    r"\b(?:" + capitalisable(SOURCE_BODIES) + r")\b  # a body: 'Ministry', 'press service'",
    re.VERBOSE,
)


class Found(NamedTuple):
    """A value of the source with the span that states it."""

    value: str
    span: Span
    sure: bool = True  # False: a best guess, listed for a person to confirm


def read_attribution(report: Report) -> Found | None:
    """Return whom the report credits: "the press service of X reported", "X said in a
    statement", "X reports", "told X Agency", a press service's signature line, or "according
    to" an institution."""
    text = report.text
    told = _TOLD.search(text)
    if told is not None:  # the outlet a person told or spoke to is the report's own
        return Found(told.group("agency"), Span(told.start(), told.end()))
    body_credit = _credited(report)
    if body_credit is not None:
        return body_credit
    reports = _REPORTS.search(text)
    if reports is not None and reports.group("agency").split()[0] not in ("He", "She", "It", "The"):
        return Found(reports.group("agency"), Span(reports.start(), reports.end()))
    signature = _SIGNATURE.search(text, max(0, len(text) - 400))
    if signature is not None:
        return Found(signature.group().rstrip(" .\r"), Span(signature.start(), signature.end()))
    for match in _ACCORDING.finditer(text):
        who = match.group("who").strip()
        if _INSTITUTION.search(who) is not None and len(who) <= 150:
            credited = _CREDIT_WORDS.sub("", who)
            credited = credited[4:] if credited.startswith("the ") else credited
            end = match.start() + len(match.group(0).rstrip())
            return Found(credited, Span(match.start(), end))
    return None


# A verb by which a body credits itself with the report: "the press service of the Ministry ...
# reported", "the Ministry said in a statement"; whom it credits is the name just before it.
_CREDITS = re.compile(
    r"""\b(?:
      reported|reports|informed|announced                          # "... reported that"
    | (?:said|stated|announced|noted)\ in\ (?:a|its|an\ official)\    # "said in a statement"
      (?:statement|press\ release|release|communiqu[eé])
    )\b""",
    re.VERBOSE,
)
# A word of a body's name: capitalised ("Ministry", "Moldova's"), or a press service's own
# lower-case words ("the press service of ..."), or a word that joins two of them ("of", "and").
_NAME_WORD = re.compile(r"[A-Z][\w'’.&-]*|press|service|office|centre|center|information")
_JOINS = frozenset(("of", "the", "and", "for", "on"))


def _credited(report: Report) -> Found | None:
    """Return the body named just before the first verb of ``_CREDITS`` that names an
    institution (a press service, a ministry), as written without a leading "the", or None."""
    text = report.text
    for verb in _CREDITS.finditer(text, report.body):
        line_start = text.rfind("\n", max(0, verb.start() - 200), verb.start()) + 1
        start = _name_start(text, max(line_start, verb.start() - 200), verb.start())
        who = text[start : verb.start()].rstrip()
        if who and _INSTITUTION.search(who) is not None:
            return Found(who, Span(start, verb.end()))
    return None


def _name_start(text: str, low: int, end: int) -> int:
    """Return where the name that ends just before ``end`` starts: the words walked back while
    each is a word of a name or joins two, not before ``low``; a leading "the" or joining
    word is left out."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[low:end])]
    start = end
    for at, word in reversed(words):
        if _NAME_WORD.fullmatch(word) is None and word not in _JOINS:
            break
        start = low + at
    while start < end:
        first = re.match(r"\S+", text[start:end])
        if first is None or first.group().lower() not in _JOINS:
            break
        start += len(first.group())
        start += len(text[start:end]) - len(text[start:end].lstrip())
    return start
