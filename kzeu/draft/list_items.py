"""Gatherings told in the items of a list: "The programme of the visit includes:" then "1. the
… Forum;", "- the … Dialogue, in Lindor in October;". An item that has no word of time of its
own is told at the time of the line that introduces the list: one that plans ("the following
meetings of the coming months:", "includes:", "will") makes each such item a gathering to come,
listed. Each item's introduction is found once, through the item before it (linear)."""

from __future__ import annotations

import re

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import LIST_TO_COME
from kzeu.draft.report import Report, Span
from kzeu.draft.timing import FUTURE, status_around

_LONGEST_ITEM = 2000
# The mark that opens a list item: a dash or bullet, or a number ("3.", "3)").
_ITEM = re.compile(r"\s*(?:[-•*–—]|[0-9]{1,2}[.)])\s")
# An introducing line's words of a plan ("includes:", "of the coming months:").
_TO_COME = re.compile(r"\b" + alternation(LIST_TO_COME) + r"\b", re.IGNORECASE)


def status_by_list(report: Report, drafted: list[DraftEvent]) -> None:
    """Make an event told in a list item with no word of time of its own a gathering to come
    when the line that introduces the list plans (listed)."""
    spans = report.sentences.spans
    if not spans:
        return
    text = report.text
    intros: dict[int, int | None] = {}
    plans: dict[int, bool] = {}  # each introducing line, read once: whether it plans
    for event in drafted:
        index = report.sentences.index(event.told_at)
        start, end = spans[index]
        if end - start > _LONGEST_ITEM:
            continue  # a list item is a line, not a megabyte without a full stop
        if not _ITEM.match(text, start) or status_around(
            text, Span(start, start), Span(start, end)
        ):
            continue  # not an item, or one with its own time: "…, to be held in Lindor;"
        intro = _intro(report, index, intros)
        if intro is None:
            continue
        if intro not in plans:
            words = text[spans[intro][0] : spans[intro][1]]
            plans[intro] = bool(FUTURE.search(words) or _TO_COME.search(words))
        if plans[intro]:
            event.status = "upcoming"
            event.unsure["status"] = "an item of a list whose first line plans it: confirm"


def _intro(report: Report, index: int, intros: dict[int, int | None]) -> int | None:
    """Return the index of the sentence that introduces the list item at ``index`` (the line
    before the first item, ending on a colon): walked back over the items before it, each
    remembered, so a long list is walked once."""
    spans, text = report.sentences.spans, report.text
    walked: list[int] = []
    at = index
    found: int | None = None
    while at not in intros:
        walked.append(at)
        before = at - 1
        if before < 0:
            break
        start, end = spans[before]
        if not _ITEM.match(text, start):
            found = before if text[start:end].rstrip().endswith(":") else None
            break
        at = before
    else:
        found = intros[at]
    for each in walked:
        intros[each] = found
    return found
