"""How much of a report a draft reads: all of it, unless the report names more people or tells
of more events than a person could review in one draft.

A report of thousands of distinct people (a list, a directory, a hostile text) would draft a
facts file of tens of MB that nobody reviews, and every person costs each stage its work. So
a stage that finds more than its cap raises ``ReadTo`` with the offset of the sentence where the
cap was passed; ``kzeu.draft.draft_facts`` drafts the report again up to there, once and with
no cap (a second cut could come a sentence sooner each time), and the draft
lists people, events, agenda and figures as a whole, saying where reading stopped: nothing is
dropped in silence. Figures and agenda items have caps of their own that cut no text
(``statistics.MAX_FIGURES``, ``topics.MAX_TOPICS``)."""

from __future__ import annotations

from collections.abc import Iterable

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.report import Report

MAX_PEOPLE = 2_000  # distinct surnames a draft reads: far past any report of a meeting
MAX_EVENTS = 2_000  # events a draft reads


class ReadTo(Exception):
    """A stage found more than its cap: the draft reads the report only up to ``offset``."""

    def __init__(self, offset: int, why: str) -> None:
        super().__init__(why)
        self.offset = offset
        self.why = why


def stop_at(report: Report, at: int, why: str) -> ReadTo:
    """Return the ``ReadTo`` that stops reading at the sentence holding offset ``at`` (at
    ``at`` itself when that sentence starts the body: a body of one long sentence)."""
    start = report.sentence(at).start
    return ReadTo(start if start > report.body else at, why)


def count_people(report: Report, count: int, at: int) -> None:
    """Raise ``ReadTo`` at the sentence holding offset ``at`` when ``count`` people named up to
    there are past ``MAX_PEOPLE`` (and the report is read with its caps)."""
    if count > MAX_PEOPLE and report.capped:
        raise stop_at(report, at, f"the report names more than {MAX_PEOPLE:,} people")


class Events(list[DraftEvent]):
    """The events drafted so far: a list that passes ``ReadTo`` up when one more event than
    ``MAX_EVENTS`` is added, at the sentence of the first event past the cap in the report's
    order."""

    def __init__(self, report: Report, events: Iterable[DraftEvent] = ()) -> None:
        super().__init__(events)
        self.report = report
        self.capped = True  # False once past the cap with nothing to cut (all in the headline)

    def append(self, event: DraftEvent) -> None:
        super().append(event)
        self._check()

    def extend(self, events: Iterable[DraftEvent]) -> None:
        super().extend(events)
        self._check()

    def _check(self) -> None:
        if len(self) <= MAX_EVENTS or not self.capped:
            return
        # the first event past the cap in the report's order (a pass may have read to the end
        # before the next one adds the event past it)
        past = sorted(event.told_at for event in self)[MAX_EVENTS]
        if past <= self.report.body or not self.report.capped:
            self.capped = False  # checked once, not at each event more
            return
        raise stop_at(self.report, past, f"the report tells of more than {MAX_EVENTS:,} events")
