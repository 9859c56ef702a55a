"""Flows a figure's own clause does not name but its sentence does, as a reader takes them: a
change told right after an amount is that amount's change ("trade reached $387 million in 2024,
23.5% more than a year earlier"), an amount whose clause says "it" of the figure before it is of
that figure's flow ("trade amounted to $421 million in 2020, while in January–March it reached
$98 million"), and an amount or change whose clause's subject is trade, exports or imports
("the growth of trade between the two kingdoms, which reached ..."). Each flow so given is
listed, with why."""

from __future__ import annotations

import re

from kzeu.draft.drafted import DraftStatistic
from kzeu.draft.judgements import flows_in
from kzeu.draft.labels import LABELS, lowered
from kzeu.draft.report import Report

# The words between an amount and the change of it told right after it: ", 23.5% more than",
# ", which is 14% more", ", an increase of 21 percent", " (+3.1%)", ", up 12 per cent".
_CHANGE_OF_IT = re.compile(
    r"""\s*(?:in\s[^,;()]{1,40})?\s*[,(]\s*
    (?:which\s(?:is|was|represents)\s|an?\s(?:increase|decrease|rise|growth|decline|drop|fall)
      \sof\s|up\s|down\s|having\s(?:increased|grown|risen|fallen|decreased|declined)\sby\s
      |(?:and\s)?(?:grew|rose|fell|declined|increased|decreased)\s(?:by\s)?(?:a\ further\s)?)?
    (?:about\s|around\s|nearly\s|almost\s|some\s|over\s|more\sthan\s)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# An amount's clause that refers back to the figure before it: "it reached", "and reached",
# "it came to".
_IT = re.compile(
    r"""(?:\bit\s|,?\s+and\s+|\bwhich\s)(?:(?:has|had|was)\s)?
    (?:reached|amounted\sto|came\sto|totall?ed|stood\sat|rose\sto|grew\sto|exceeded)\s
    (?:about\s|around\s|nearly\s|almost\s|some\s|over\s|more\sthan\s)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)
LONGEST_BETWEEN = 80  # characters between a figure and the one it refers back to


def carry_flows(report: Report, starts: list[int], stats: list[DraftStatistic]) -> None:
    """Give each amount or change with no flow the flow its sentence gives it (see the module),
    listed."""
    for index, stat in enumerate(stats):
        if stat.flow is not None or stat.comparison or stat.kind not in ("amount", "change"):
            continue
        before = _before_in_sentence(report, starts, stats, index)
        if before is not None:
            amount, between = before
            refers = _CHANGE_OF_IT.match(between) if stat.kind == "change" else _IT.search(between)
            if amount.flow is not None and refers is not None:
                _give(stat, amount.flow, f"the flow of the {amount.flow} figure it follows")
                if stat.kind == "amount" and not stat.label:
                    stat.label = LABELS[amount.flow]
                    stat.unsure["label"] = "named after the flow of the figure it follows"
                if stat.kind == "change" and stat.of is None:
                    stat.of = amount.id
                if stat.kind == "change" and not stat.label and amount.label:
                    stat.label = f"Change in {lowered(amount.label)}"
                    stat.unsure["label"] = "named after the amount it changes"
                continue
        if stat.intended and stat.kind == "amount" and not stat.label:
            _target_of_sentence(report, starts[index], stat)
            continue
        if "flow" in stat.unsure and stat.unsure.get("label", "").startswith(_FROM_SUBJECT):
            named = _head_flow(stat.label.removeprefix("Change in "))
            if named is not None:
                _give(stat, named, "read from the subject its label is made of")


# Why a label is made of its clause's subject (``labels``, ``clause_labels``).
_FROM_SUBJECT = "read from the subject of its"
_JOINS = frozenset(("of", "between", "with", "to", "from", "in"))


def _head_flow(label: str) -> str | None:
    """Return the flow a label's head word names ("Trade between the two kingdoms", "Exports of
    timber"), or None ("Investment projects" are projects)."""
    words = label.split()
    if not words or (len(words) > 1 and words[1].lower() not in _JOINS):
        return None
    named = flows_in(words[0])
    return named[0] if len(named) == 1 else None


def _target_of_sentence(report: Report, start: int, stat: DraftStatistic) -> None:
    """Give a target with no flow of its own clause the one flow its sentence names ("bilateral
    trade rose 31% to $6.3 billion, and the two countries aimed to reach $10 billion"), and
    that flow's label, listed."""
    named = set(flows_in(report.cut(report.sentence(start))))
    if len(named) == 1:
        flow = named.pop()
        _give(stat, flow, "a target: the flow its sentence names")
        stat.label = LABELS[flow]
        stat.unsure["label"] = "a target of the flow its sentence names"


def _before_in_sentence(
    report: Report, starts: list[int], stats: list[DraftStatistic], index: int
) -> tuple[DraftStatistic, str] | None:
    """Return the stated amount right before ``stats[index]`` in its sentence (not a target,
    not a comparison, nothing but words and, for an amount, the change of the one before
    between) and the words between, or None."""
    start = starts[index]
    sentence = report.sentence(start)
    for back in range(index - 1, -1, -1):
        other = stats[back]
        end = starts[back] + len(other.figure)
        if starts[back] < sentence.start or start - end > LONGEST_BETWEEN:
            return None
        if other.comparison:
            continue  # "$3.9 billion ($3.5 billion a year earlier)": the current one counts
        if other.kind == "change" and stats[index].kind == "amount":
            continue  # "$31 billion last year, up 24 percent, and reached $9 billion in ..."
        if other.kind != "amount" or other.intended:
            return None
        between = report.text[end:start]
        return (other, between) if ";" not in between else None
    return None


def _give(stat: DraftStatistic, flow: str, why: str) -> None:
    """Set the flow of ``stat`` and list it for ``why``."""
    stat.flow = flow
    stat.unsure["flow"] = why
