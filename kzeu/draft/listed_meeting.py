"""Whether a named body sits in a list of gatherings whose verb says they meet: "the Lindor
Business Council, the Council of Exporters and the working group on transit will meet" (split
from ``named_events``)."""

from __future__ import annotations

import re

from kzeu.draft.lexicon.events import LIST_GATHERINGS

# "the Lindor Business Council, the Council of Exporters and the working group on transit will
# meet": the gatherings named in a list before it, each "the" and a word of a gathering
_LIST_PART = re.compile(r",\s(?:and\s)?|\s(?:and|&)\s")
_LIST_TAIL = re.compile(r"[^.;:!?\n]{0,160}?(?=,?\s(?:will\smeet|met|will\sconvene|convened)\b)")


def listed_meeting(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens or sits in a list of gatherings whose verb says
    they meet: each later part "the" and at most nine words, one a word of a gathering."""
    tail = _LIST_TAIL.match(text, end)
    if tail is None or not tail.group():
        return False
    parts = _LIST_PART.split(tail.group())
    if parts[0] or len(parts) < 2:
        return False
    return all(
        part.startswith("the ")
        and len(part.split()) <= 10
        and any(word.lower() in LIST_GATHERINGS for word in part.split())
        for part in parts[1:]
    )
