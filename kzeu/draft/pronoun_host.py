"""The person a meeting's "he" or "she" stands for: "Tesk met with Brann in the morning. In
the afternoon, he received the governor Rusk" is a meeting of Tesk and Rusk. The one meant is
the first person named in the nearest sentence before that names anyone (a report's subject),
within three sentences (a news paragraph is often one); added first, and listed."""

from __future__ import annotations

import re

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.meetings import participants_in
from kzeu.draft.report import Report

# "he received", "she also met", "he later held talks": a pronoun as the subject of a meeting.
_HE = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s(?:also\s|later\s|then\s|further\s)?"
    r"(?:met|received|hosted|welcomed|held|had|spoke|talked|conferred)\b"
)
# How far a sentence may be to be read (a sentence of a report, not a megabyte).
_LONGEST = 2000


def pronoun_hosts(report: Report, drafted: list[DraftEvent], by_surname: dict[str, str]) -> None:
    """Give a meeting whose sentence's subject is "he" or "she" the person that pronoun
    stands for, first among its participants (listed)."""
    spans = report.sentences.spans
    text = report.text
    for event in drafted:
        if event.kind not in ("meeting", "phone call") or event.participants is None:
            continue
        index = report.sentences.index(event.told_at)
        start, end = spans[index] if spans else (0, len(text))
        if end - start > _LONGEST or _HE.search(text, start, end) is None:
            continue
        host = _meant(report, index, by_surname)
        if host is None or host in event.participants:
            continue
        event.participants = [host, *event.participants]
        event.unsure["participants"] = (
            "'he' or 'she' taken for the person named first in the sentence before: confirm"
        )


def _meant(report: Report, index: int, by_surname: dict[str, str]) -> str | None:
    """Return the first person named in the nearest of the three sentences before ``index``
    that names anyone; None if none does."""
    spans, text = report.sentences.spans, report.text
    for before in range(index - 1, max(-1, index - 4), -1):
        start, end = spans[before]
        if end - start > _LONGEST:
            return None
        people = participants_in(text[start:end], by_surname)
        if people:
            return people[0]
    return None
