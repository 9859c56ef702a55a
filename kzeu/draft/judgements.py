"""What a figure is, judged from the words of its own clause: a change or a share, rising or
falling, a target or forecast, an earlier value given for comparison, its flow (turnover,
exports, imports, investment) and the period it covers. Each judgement reads a few words around
the figure, so the work is linear in the length of the report."""

from __future__ import annotations

import re
from typing import NamedTuple

from kzeu.draft.drafted import DraftStatistic
from kzeu.draft.figures import _SIGN, Figure
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.money import FLOW_NAME_HEADS, INTENT_PHRASES, INTENT_WORDS, STATED_VERBS
from kzeu.draft.report import LONGEST, Report, Span

_FALLING = re.compile(
    r"""\b(?:
      fell|fall|falls|fallen|falling                         # "fell 12%"
    | declined?|declines|declining|decreased?|decreases
    | decreasing                                             # "decreased by 3%"
    | dropped|drops?|dropping|down|lower|less                # "down 4%", "lower by 2%"
    | shrank|shrunk|shrinking|contracted|slumped
    | plunged|reduced|reduction|slid|slipped|negative        # "a reduction of 5%"
    | cut|cuts|lowered|slashed                               # "cut by half"
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


_RISING = re.compile(
    r"""\b(?:
      rose|rise|rises|rising|grew|grow|grows|growing|growth  # "grew 11.2%"
    | increased?|increases|increasing                        # "increased by 4%"
    | grown|risen|up|higher|more                             # "up 4%"
    | jumped|surged|gained|expanded|added|climbed|soared|boosted
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


_FALLING_AFTER = re.compile(
    r"""\s(?:
      decline|decrease|drop|fall   # "a 21 percent decrease"
    | lower|less|down              # "5% lower"
    | reduction|contraction        # "a 3% contraction"
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


_COMPARED = re.compile(
    r"""
    # what introduces an earlier value: "compared with", "up from", "against"
    \b(?:compared\ (?:with|to)|against|versus|vs\.?
      |(?:up|down|rising|falling|increasing|decreasing)\ from|from)
    \s(?:a\ record\s|about\s|some\s|around\s)?
    # "a previous target of", "the level of"
    (?:(?:a|an|the)\s(?:previous\s|earlier\s|initial\s|original\s|former\s)?
       (?:target|goal|forecast|level|figure|estimate)\sof\s)?
    (?:"""
    + _SIGN
    + r"""|[A-Z]{3}\s)?\s?\Z  # a currency sign or code, then the figure
    """,
    re.VERBOSE,
)


# Words of a clause that tells what is wanted or foreseen, not what is: "expected turnover to
# reach $1 billion", "agreed to raise trade to $40 billion", "will invest $2 billion".
INTENT = re.compile(
    r"\b"
    + alternation((*INTENT_WORDS, *INTENT_PHRASES))
    + r"\b  # a word or phrase of intent, whole",
    re.IGNORECASE | re.VERBOSE,
)


# After a figure: "by 2030" (a year it is to be reached by), "is envisaged", "will".
_INTENT_AFTER = re.compile(
    r"""\b(?:
      by\ (?:the\ end\ of\ )?(?:19|20)[0-9][0-9]      # "by 2030", "by the end of 2030"
    | (?:is|are|be|being)\ (?:expected|envisaged|planned
      |targeted|forecast|projected|intended|foreseen)  # "is expected", "are planned"
    | will|would|could|should                          # "will", "could"
    )\b""",
    re.VERBOSE,
)


# A per cent is a change only when its words say so ("grew 11.2%", "a 21 percent decrease",
# "up 4%"); "or 88 percent of the total", "accounted for 40 percent" are shares, and a per cent
# the words leave open is no change either: no earlier figure is derived from it.
_SHARE_BEFORE = re.compile(
    r"""\b(?:
      shares?                                           # "a share of 40%"
    | accounted|accounts?|accounting                    # "accounted for 40%"
    | made\ up|makes?\ up|making\ up                    # "made up 12%"
    | constituted|constitutes?|represent(?:s|ed|ing)?   # "represents 9%"
    | or                                                # "or 88 percent of the total"
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


_SHARE_AFTER = re.compile(
    r"""\s(?:
      share\b                                            # "a 40% share"
    | of\s(?!the\ same\b|a\ year\b|the\ previous\b)      # "40% of", not "of the same period"
    )""",
    re.IGNORECASE | re.VERBOSE,
)


_THAN = re.compile(
    r"\b(?:more|less|higher|lower|fewer)\sthan\b  # 'more than', 'lower than': a comparison",
    re.IGNORECASE | re.VERBOSE,
)


_CHANGE_AFTER = re.compile(
    r"""\s?(?:
      (?:year[-\ ]on[-\ ]year|y/y|yoy|annually|on\ the\ year|compared)\b   # "4% year on year"
    | \s(?:(?:annual|yearly|year-on-year)\s)?
      (?:increase|decrease|rise|growth|decline|drop|fall|jump|gain|reduction
      |contraction|higher|lower|more|less|up|down)\b                        # "a 4% annual rise"
    )""",
    re.IGNORECASE | re.VERBOSE,
)


_EARLIER = re.compile(
    r"""\b(?:
      earlier|ago|previous|previously|prior|before               # "a year earlier", "ago"
    | last\ year|a\ year\ before|the\ year\ before               # "last year"
    | in\ (?:19|20)[0-9][0-9]                                    # "in 2019"
    )\b""",
    re.VERBOSE,
)


FLOW = re.compile(
    r"""
    (?=\w)  # every branch starts a word: tried at word starts only
    (?:
      \b(?P<turnover>trade\ turnover|turnover|trade|commerce)\b
      # not a word of a hyphenated name: the "Export-Import Bank" lends, it does not export
    | (?<![\w-])(?P<exports>exports?|exported|exporting)(?![\w-])
    | (?<![\w-])(?P<imports>imports?|imported|importing)(?![\w-])
    | \b(?P<investment>invest(?:ment|ments|ed|ing|s|ors?)?|FDI)\b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)


_FLOW_AFTER = re.compile(
    r"""\s(?:in|of|worth\ of|of\ direct)\s(?:\w+\s)?       # "$2 billion in", "worth of"
    (?P<word>exports|imports|investments?|trade)\b        # the flow: "$2 billion of exports"
    """,
    re.IGNORECASE | re.VERBOSE,
)


# A clause with no subject of its own, as in ", up 7%" or ", having increased by 38.7%": read it
# with the clause before it.
# Examples set off between commas after a subject: ", mostly wheat and steel,".
_EXAMPLES = re.compile(
    r"(?:mostly|mainly|largely|chiefly|primarily|predominantly|notably|including|such\ as)\b",
    re.IGNORECASE,
)
_ELLIPTIC = re.compile(
    r"""(?:
      \(                                             # "(up 7%)"
    | up|down|rising|falling|having                  # ", up 7%", ", having increased"
    | an\ increase|a\ decrease|a\ rise|a\ drop|a\ growth   # ", an increase of 7%"
    | or|i\.e\.                                      # ", or 7%"
    | which\ (?:rose|grew|fell|declined|increased|decreased)
                                                     # "exports in 2024, which rose 2% to ..."
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


_FLOW_WORDS = {
    "trade": "turnover",
    "export": "exports",
    "import": "imports",
    "investments": "investment",
}


class Previous(NamedTuple):
    """The figure drafted last, its statistic and whether its flow was settled."""

    figure: Figure
    stat: DraftStatistic
    flow_sure: bool


class Context(NamedTuple):
    """Where a figure stands: its clause, the clause that gives its subject (the one before,
    for ", up 7%"), and the words of its clause since the figure before it."""

    clause: Span
    subject: Span
    segment_start: int
    before: str


def context_of(report: Report, figure: Figure, previous: Previous | None) -> Context:
    text, span = report.text, figure.span
    clause = report.clause(span.start, span.end)
    segment_start = clause.start
    if previous is not None and report.clause(*previous.figure.span) == clause:
        segment_start = max(previous.figure.span.end, clause.start)
    before = text[segment_start : span.start]
    subject = clause
    alone = clause.end - clause.start <= span.end - span.start + 3
    if (alone or _ELLIPTIC.match(text, clause.start)) and not flows_in(before):
        subject = report.clause_before(clause)
    elif not flows_in(before):
        # "Norland's exports, mostly timber and paper, fell by 9%": the subject is before the
        # examples set off between commas
        examples = report.clause_before(clause)
        if examples != clause and _EXAMPLES.match(text, examples.start):
            subject = report.clause_before(examples)
            subject = examples if subject == examples else subject
    return Context(clause, subject, segment_start, before)


def is_change(text: str, before: str, span: Span) -> bool:
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


def is_intended(report: Report, figure: Figure, context: Context) -> bool:
    """Whether the clause of ``figure`` tells of a target or a forecast, not of what is:
    its words before the figure (with the clause that gives its subject, for ", up from a
    target of $35 billion"), or "by 2030" after it."""
    text, span = report.text, figure.span
    start = context.segment_start
    if start == context.clause.start and context.subject != context.clause:
        start = context.subject.start
    low = max(start, span.start - LONGEST * 2)
    clause = min(context.clause.start, context.subject.start, low)
    if any(intends(text, clause, match) for match in INTENT.finditer(text, low, span.start)):
        return True
    return _INTENT_AFTER.search(text, span.end, min(context.clause.end, span.end + 60)) is not None


# A verb that states a figure as what is ("grew", "reached", "amounted to"): a "to reach" after
# it tells where the figure got to, not where it is wanted ("grew by 12.4% to reach €6.8 billion").
_STATED = re.compile(
    r"\b" + alternation(STATED_VERBS) + r"\b  # a verb that states a figure, whole",
    re.IGNORECASE | re.VERBOSE,
)


def intends(text: str, low: int, match: re.Match[str]) -> bool:
    """Whether the word of intent ``match`` tells of a target: a bare "to reach", "to grow"
    after a verb that states a figure (in text[low:], the figure's clause) does not."""
    if not match.group().lower().startswith("to "):
        return True
    return _STATED.search(text, low, match.start()) is None


_JAPAN_OR_CHINA = re.compile(
    r"""\b(?:
      (?P<japan>Japan|Japanese|yen)        # "¥" is the yen
    | China|Chinese|yuan|renminbi          # or the yuan
    )\b""",
    re.VERBOSE,
)


def yen_or_yuan(text: str, span: Span) -> str:
    """Return JPY or CNY for "¥" by the country named nearest before it (listed either way)."""
    named = None
    for match in _JAPAN_OR_CHINA.finditer(text, max(0, span.start - 600), span.start):
        named = match
    if named is None:
        named = _JAPAN_OR_CHINA.search(text, span.end, span.end + 600)
    return "JPY" if named is not None and named.group("japan") else "CNY"


def is_falling(text: str, before: str, span: Span) -> bool:
    if text[span.start : span.start + 1] in ("-", "−"):
        return True
    if text[span.start : span.start + 1] == "+":
        return False
    falling = [m.start() for m in _FALLING.finditer(before)]
    rising = [m.start() for m in _RISING.finditer(before)]
    if falling and (not rising or falling[-1] > rising[-1]):
        return True
    return not falling and not rising and _FALLING_AFTER.match(text, span.end) is not None


def is_comparison(report: Report, figure: Figure, previous: Previous | None) -> bool:
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


def judge_flow(
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
    flows = flows_in(context.before)
    if flows:
        return flows[-1], len(set(flows)) == 1 or flows[-1] != "turnover"
    flow, sure = _flow_from_before(report, context, previous)
    if flow is not None or figure.kind != "amount":
        return flow, sure
    # "USD 221.3 mln was invested": the rest of the clause, if it names one flow only (not
    # for a per cent: "90 percent of our trade" is a share of it)
    rest = report.text[figure.span.end : min(context.clause.end, figure.span.end + 80)]
    named = set(flows_in(rest))
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
        if inherited is not None or context.subject == context.clause:
            return inherited, inherited is not None and previous.flow_sure
    if context.subject == context.clause:
        return None, False
    head = report.text[context.subject.start : context.clause.start]
    flows = flows_in(head)
    return (flows[-1], len(set(flows)) == 1) if flows else (None, False)


# The word after a word of flow, which may say the two name a body ("Sea Trade Port").
_NEXT_WORD = re.compile(r"\ (?P<word>[A-Za-z]+)\b", re.VERBOSE)
_BODY_HEADS = frozenset(head.lower() for head in FLOW_NAME_HEADS)


def flows_in(text: str) -> list[str]:
    """Return the flows the words of ``text`` name, in order, but for a flow word that names a
    body with the word after it ("Aktau Sea Trade Port", "an investment company")."""
    flows: list[str] = []
    for match in FLOW.finditer(text):
        after = _NEXT_WORD.match(text, match.end())
        if after is None or after["word"].lower() not in _BODY_HEADS:
            flows.append(_flow_of(match))
    return flows


def _flow_of(match: re.Match[str]) -> str:
    return next(name for name, value in match.groupdict().items() if value is not None)
