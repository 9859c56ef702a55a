"""Where a topic verb's object ends, where a list cut short goes on, and the list a colon opens.

The object of "discussed", "focused on", ... runs to the first word that ends its list
(``_OBJECT_END``: a semicolon, a relative clause, ", the ministry said", a time or a target); an
acronym in brackets ("the TAPI (TAPI) gas pipeline") and a short term in quotation marks ("the
\"green corridor\" for fruit") are part of it. A list cut by a relative clause, its examples or a
time goes on after ", as well as" or ", and" (``resumed``). An object that is only "the
following issues" or nothing before a colon is the list after it: the bulleted or numbered lines
below ("- the state of ...;"), or the rest of its sentence parted at semicolons ("three groups
of issues: (1) ...; (2) ...; and (3) ...") (``listed_after``). Each search starts where the one
before ended, so every character is read a bounded number of times.
"""

from __future__ import annotations

import re

from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES
from kzeu.draft.report import Report, Span

# A relative clause that ends an object ("..., which is planned in Riga") and the list that
# may go on after it (", as well as cooperation within the SCO").
_RELATIVE = re.compile(
    r""",\s(?:which|where|whose|scheduled|planned|to\ be
    |(?:held|hosted|chaired|co-chaired|attended|organi[sz]ed)\ (?:in|by|on|at))\b
    # ', which', ', held in Tashkent last year'
    """,
    re.VERBOSE,
)
_AS_WELL_AS = re.compile(
    r""",\s(?:as\ well\ as|and)\s                      # ", as well as ", ", and "
    (?!the\ (?:sides|parties|two|ministers)\b|they\b|he\b|she\b|both\b|[a-z]+ed\b)
                                                       # not a new clause: ", and the sides"
    """,
    re.VERBOSE,
)
# A list's examples (", including ...", ", among other things") and the words of time or target
# that cut a list short ("during the visit", "to $3 billion", "by 2030"): the list may go on
# after them.
_EXAMPLES = re.compile(
    r""",\s(?:including|in\ particular|especially|among\ other\ things|inter\ alia)\b
    # ', including', ', among other things'
    """,
    re.VERBOSE,
)
_CUT = re.compile(
    r""",?\s(?:during\b|ahead\ of\b|to\s(?:about\s|around\s|some\s|nearly\s)?(?:US\$|[$€£¥₸₽]|\d)
    |by\s(?:19|20)\d\d\b)                             # " during", " to $3 billion", " by 2030"
    """,
    re.VERBOSE,
)
_AND = re.compile(
    r"""\sand\s(?=the\s(?!sides\b|parties\b|two\b|ministers\b)[a-z]
    |(?!meeting\b|morning\b|evening\b|during\b|signing\b)[a-z]{3,}ing\b)
                        # " and the export of ...", " and expanding cooperation", " and launching"
    """,
    re.VERBOSE,
)

# Where a verb's object ends: what follows it is no longer the list of what was discussed.
_OBJECT_END = re.compile(
    r"""
      [;:()\[\]"“”]                                  # a semicolon, colon, bracket or quote
    | \s[–—]\s | \s--\s                              # a dash between spaces
    | ,\s(?:(?:for|in|of|by|under|through|to|from)\ which|which|where|who|whose|while|when|with
        |noting|stressing|saying|adding|as\ well\ as\ to|in\ addition\ to
        |(?:held|hosted|chaired|co-chaired|attended|organi[sz]ed)\ (?:in|by|on|at)
        |emphasi[sz]ing|underlining|highlighting|according|to\ be|scheduled|planned|due|including
        |in\ particular|especially|among\ other\ things|inter\ alia
        |and\ (?:the\ (?:sides|parties|two|ministers|leaders|presidents|officials|heads
        |delegations|diplomats)|they|he|she|both)|after|following)\b
                                                     # ", which ...", ", and the sides ..."
    | ,\s(?:the\s)?(?:[\w'’.-]+\s){1,12}(?:reports?|reported|said|says|added|told|noted
        |learned|learnt|informs)\b                   # ", Trend reports", ", BelTA learned"
    | ,?\s(?:during|ahead\ of|at\ (?:a|the|their)\ (?:meeting|talks)|on\ the\ sidelines
        |in\ order\ to|as\ part\ of|within\ the\ framework)\b  # " during the meeting"
    | \s(?:to|worth)\s(?:about\s|around\s|some\s|nearly\s|over\s)?(?:US\$|[$€£¥₸₽]|\d)
                                                     # " to $5 billion", " worth $12 billion"
    | \sby\s(?:19|20)\d\d\b | \sby\s(?:the\s)?end\sof\b    # " by 2030", " by the end of"
    | \swithin\s(?:the\snext\s)?(?:\d+|a|an|one|two|three|four|five|ten)\s  # "within five years"
    | \s(?:in\s[A-Z][\w'’-]+\s)?on\s(?:\d{1,2}\s)?"""
    + alternation(WEEKDAY_NAMES + MONTH_NAMES)
    + r"""\b                                         # " in Minsk on Tuesday", " on 2 May"
    | \sand\s(?:agreed|noted|signed|stressed|expressed|reaffirmed|welcomed|invited|decided
        |confirmed|underlined|emphasi[sz]ed|highlighted|stated|said|praised|thanked|hoped
        |proposed|suggested|called|offered|intend|intends|plan|plans|hope|hopes|were|was|are|is
        |had|have|has)\b
                                                     # " and agreed ...": another verb
    | ,\s(?:provided|if|unless|subject\ to)\b       # ", provided that ...": a condition
    | ,?\s(?:together|jointly)\ with\b              # " together with Samruk-Kazyna"
    """,
    re.VERBOSE,
)
# A word that joins the object to the next verb's clause: "the situation in Afghanistan and
# (agreed to develop ...)".
_TRAILING_JOIN = re.compile(
    r"""(?:,?\s(?:and|or|as\ well\ as|also|and\ also))+\s*\Z  # " and" at the end""", re.VERBOSE
)
# What an object's end may be inside of: an acronym in brackets ("(TAPI)") or a short term in
# quotation marks ("\"green corridor\""), no clause of its own.
_ACRONYM = re.compile(r"\([A-Z][A-Z0-9&-]{1,11}\)  # '(TAPI)', '(CAREC)'", re.VERBOSE)
_TERM = re.compile(
    r"""["“](?:[^\s"“”.,;:!?]+\ ){0,5}[^\s"“”.,;:!?]+["”](?=[\s,.;])  # '"green corridor"'""",
    re.VERBOSE,
)
# A line of a bulleted or numbered list: "- the state of ...;", "• public transport", "1) ...".
_BULLET = re.compile(
    r"""[ \t]*(?:[-–—•·▪▫◦●○■□*✅🔹🔸➖]\ufe0f?|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+
    (?P<item>[^\n]+)                                # the item, to the end of its line
    """,
    re.VERBOSE,
)
# A number or letter that opens an item of a list inside a sentence: "(1) ...; (2) ...".
_INLINE_MARK = re.compile(
    r"\s*(?:and\s)?(?:\(\d{1,2}\)|\d{1,2}\)|\([a-z]\)|[a-z]\))\s  # '(1) ', 'and (3) '", re.VERBOSE
)
# At most this many lines or characters of a list after a colon are read.
MAX_LINES = 40
LIST_LENGTH = 4000


def object_of(report: Report, room: Span) -> Span:
    """Return a verb's object within ``room``: up to the first word that ends its list, past an
    acronym in brackets or a term in quotation marks."""
    text = report.text
    at = room.start
    end = _OBJECT_END.search(text, at, room.end)
    while end is not None and end.group() in '("“':
        inside = (_ACRONYM if end.group() == "(" else _TERM).match(text, end.start(), room.end)
        if inside is None:
            break
        at = inside.end()  # "(TAPI) gas pipeline", "\"green corridor\" for fruit": go on after
        end = _OBJECT_END.search(text, at, room.end)
    found = report.trimmed(Span(room.start, end.start() if end is not None else room.end))
    tail = _TRAILING_JOIN.search(text, found.start, found.end)
    return report.trimmed(Span(found.start, tail.start())) if tail is not None else found


def resumed(report: Report, found: Span, rest: Span) -> Span:
    """Return the list that goes on after a relative clause cut it short ("preparations for the
    meeting, which is planned in the autumn, as well as cooperation within the SCO"): from the
    ", as well as" in ``rest`` (the words after the object, to the end of its room), else an
    empty span. A list cut by a time or a target ("the agreements reached during the visit and
    the preparations for the council", "raising trade to $3 billion and expanding cooperation
    in ...") goes on at an " and" too, before "the" and a word in lower case or a verb in -ing;
    one cut by its examples (", including ...") at ", and" or ", as well as"."""
    text = report.text
    if _RELATIVE.match(text, found.end) is not None or _EXAMPLES.match(text, found.end):
        again = _AS_WELL_AS.search(text, rest.start, rest.end)
    elif _CUT.match(text, found.end) is not None:
        again = _AS_WELL_AS.search(text, rest.start, rest.end) or _AND.search(
            text, rest.start, rest.end
        )
    else:
        again = None
    if again is None:
        return Span(rest.end, rest.end)
    return object_of(report, Span(again.end(), rest.end))


def listed_after(report: Report, found: Span, limit: int) -> list[Span]:
    """Return the items of the list a colon right after the object ``found`` opens, before
    ``limit``: one per bulleted or numbered line below it ("The agenda included:\\n- trade;\\n-
    energy."), else the rest of its sentence parted at semicolons and numbers ("three groups of
    issues: (1) ...; (2) ...; and (3) ..."); no item if no colon follows."""
    text = report.text
    colon = found.end
    while colon < limit and text[colon] in " \t":
        colon += 1
    if colon >= limit or text[colon] != ":":
        return []
    limit = min(limit, colon + LIST_LENGTH)
    at = colon + 1
    while at < limit and text[at] in " \t\r":
        at += 1
    if at < limit and text[at] == "\n":
        return _lines(text, at + 1, limit)
    sentence = report.sentence(at)
    return _inline(text, Span(at, min(sentence.end, limit)))


def _lines(text: str, at: int, limit: int) -> list[Span]:
    """Return the items of the bulleted or numbered lines from ``at`` on, to the first line that
    is none."""
    items: list[Span] = []
    while len(items) < MAX_LINES:
        while at < limit and text[at] in "\r\n":
            at += 1  # a blank line between two items
        line = _BULLET.match(text, at, limit)
        if line is None:
            break
        items.append(Span(line.start("item"), line.end("item")))
        at = line.end()
    return items


def _inline(text: str, span: Span) -> list[Span]:
    """Return the items of a list inside a sentence: parted at its semicolons, without the
    number or letter that opens each ("(1) ", "and (3) ")."""
    items: list[Span] = []
    start = span.start
    while start < span.end and len(items) < MAX_LINES:
        semicolon = text.find(";", start, span.end)
        end = span.end if semicolon < 0 else semicolon
        mark = _INLINE_MARK.match(text, start, end)
        items.append(Span(mark.end() if mark is not None else start, end))
        start = end + 1
    return items
