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
    | Press\ and\ [Ii]nformation\ [Tt]eam         # an EU delegation's signature
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
    """Return whom the report credits: a release's sender line above it, "told X Agency" (the
    outlet a person told or spoke to is the report's own), "the press service of X reported",
    "X said in a statement", "X reports", a press service's signature line, or "according to"
    an institution."""
    text = report.text
    return (
        _sender_line(report)
        or _matched(_TOLD.search(text))
        or _credited(report)
        or _reports(text)
        or _signature(text)
        or _according(text)
    )


def _matched(found: re.Match[str] | None) -> Found | None:
    return None if found is None else Found(found.group("agency"), Span(found.start(), found.end()))


def _reports(text: str) -> Found | None:
    """Return the agency of "Kazinform reports", not of "He reports"."""
    reports = _REPORTS.search(text)
    if reports is None or reports.group("agency").split()[0] in ("He", "She", "It", "The"):
        return None
    return _matched(reports)


def _signature(text: str) -> Found | None:
    """Return a press service's signature line near the end of the report."""
    signature = _SIGNATURE.search(text, max(0, len(text) - 400))
    if signature is None:
        return None
    return Found(signature.group().rstrip(" .\r"), Span(signature.start(), signature.end()))


def _according(text: str) -> Found | None:
    """Return the institution the report is "according to", as named (not "the ministry")."""
    for match in _ACCORDING.finditer(text):
        who = match.group("who").strip()
        if _INSTITUTION.search(who) is not None and len(who) <= 150:
            credited = _CREDIT_WORDS.sub("", who)
            credited = credited[4:] if credited.startswith("the ") else credited
            if credited == credited.lower():
                continue  # "according to the ministry", "its water ministry": no one named
            end = match.start() + len(match.group(0).rstrip())
            return Found(credited, Span(match.start(), end))
    return None


# How far into a report its sender line may stand: its first few short lines.
SENDER_REACH = 400
# A line that is only an institution's name: "Ministry of Investment, Industry and Trade of the
# Republic of Uzbekistan", "Press Service of the President of ...", "Embassy of ... in ...", with
# a date after a comma ("..., 13.02.2020") left out; a headline has a verb in lower case.
_SENDER = re.compile(
    r"""[ \t\ufeff]*(?P<name>(?:Press\ Service|Press\ Office|[A-Z][a-z]+)
    (?:,?\ (?:[A-Z][\w'’.-]*|of|the|and|for|in|on|to))*?\ of\ (?:[A-Z][\w'’.-]*|the)
    (?:,?\ (?:[A-Z][\w'’.-]*|of|the|and|for|in|on|to))*)
    (?:,\ [0-9][0-9./-]{5,9})?[ \t\r]*$""",
    re.VERBOSE | re.MULTILINE,
)


def _sender_line(report: Report) -> Found | None:
    """Return the institution a release names on a line of its own above its text (its first
    word a body's: "Ministry", "Embassy", "Chamber", "Bureau", "Press Service"), or None."""
    text = report.text
    at = 0
    while at < min(len(text), SENDER_REACH):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        sender = _SENDER.match(text, at, end)
        if sender is not None and sender.group("name").split()[0].lower() in SOURCE_BODIES:
            return Found(sender.group("name"), Span(sender.start("name"), sender.end("name")))
        at = end + 1
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
