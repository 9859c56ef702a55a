"""``kzeu draft``: a first facts file proposed from a plain-text news report.

Every fact it proposes quotes a span cut from the text itself, so a draft always passes the
quote check. What only a reader can supply (a label, the topics, an affiliation, a status the
text leaves open), and every value the text does not settle in the fact's own clause, is given a
placeholder or a best guess and its path is listed in the file's ``draft``: ``kzeu check`` fails
until a person has filled in or confirmed each one. Nothing here knows about any one meeting: it
reads patterns of English news prose. Any text gives a draft; only an empty one is refused.

The parts, each named for what it finds: ``source`` (date, dateline, attribution), ``figures``,
``people``, ``events``; ``report`` holds the text with its sentences and clauses, ``places`` the
countries and the adjectives that name them. Dates are read by ``kzeu.dates``, numbers in words
by ``kzeu.numbers`` and sentences by ``kzeu.sentences``, which the loader and ``cite`` share.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from kzeu.draft.drafted import TO_FILL, Draft

if TYPE_CHECKING:
    from kzeu.draft.proven import Proven
    from kzeu.draft.read_to import ReadTo

__all__ = [
    "Draft",
    "DraftError",
    "draft",
    "draft_document",
    "draft_facts",
    "proven_draft",
    "read_report",
]


class DraftError(Exception):
    """The report cannot be drafted: the message says why and what to do."""


def read_report(path: str) -> str:
    """Return the text of the report at ``path`` ("-" for standard input), read and checked as a
    facts file is (``kzeu.facts.read_regular_file``): a regular file under the size cap, not
    blank, UTF-8. Raise ``FactsError``."""
    from pathlib import Path

    from kzeu.facts import STDIN, check_utf8, read_regular_file

    data = read_regular_file(Path(path))
    check_utf8(Path("<stdin>" if path == STDIN else path), data)
    return data.decode("utf-8")


def draft(text: str, *, date: dt.date | None = None) -> dict[str, Any]:
    """Return a draft facts file (as JSON data) for the report ``text``; ``date`` is the
    publication date when the caller knows it. Raise ``DraftError`` for a blank text, or one
    whose draft would be larger than a facts file may be."""
    return proven_draft(text, date=date).data


def draft_document(text: str, *, date: dt.date | None = None) -> str:
    """Return ``draft``'s facts file as the JSON text kzeu writes, written once (the size
    check reads the same text). Raise ``DraftError`` as ``draft`` does."""
    return proven_draft(text, date=date).document


def proven_draft(text: str, *, date: dt.date | None = None) -> Proven:
    """Return the draft of ``text`` as JSON data, as the JSON text kzeu writes and as the
    loader reads it: proven as any facts file is, each field the proof refuses left empty and
    listed with the reason (kzeu.draft.proven), so that a draft never fails its own proof.
    Raise ``DraftError`` as ``draft`` does."""
    from kzeu.draft.proven import proven

    with _no_cycle_collection():
        return proven(draft_facts(text, date=date), text, _check_size)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while drafting. A draft keeps millions of small objects
    alive (the words of the text, their tokens) and makes almost no cycles; each full collection
    rescans them all, so with it running an 8 MB report took 4.35 times as long as a 2 MB one
    instead of 3.9 times (docs/performance.md). Reference counting still frees the rest."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def draft_facts(text: str, *, date: dt.date | None = None) -> Draft:
    """Return the draft facts of the report ``text``, each with what it is unsure of and why:
    of all of it, or of as much as a draft reads (``kzeu.draft.read_to``), saying so."""
    from kzeu.draft.read_to import ReadTo

    if not text.strip():
        raise DraftError("the report is empty")
    try:
        return _draft_facts(text, date, capped=True)
    except ReadTo as cut:
        # once, and then to the end of what is read: a second cut could come a sentence
        # sooner each time, a draft of nearly the whole text each
        drafted = _draft_facts(text[: cut.offset], date, capped=False)
        drafted.read_to = _stopped(text, cut)
        return drafted


def _stopped(text: str, cut: ReadTo) -> str:
    """Return why and where a draft stops reading ``text``."""
    line = text.count("\n", 0, cut.offset) + 1
    return (
        f"{cut.why}: the draft reads it to line {line:,} (character {cut.offset:,}), and what it"
        " tells after that is the reader's to add"
    )


def _draft_facts(text: str, date: dt.date | None, *, capped: bool) -> Draft:
    """Return the draft facts of ``text``; raise ``ReadTo`` when a stage's cap is passed, if
    ``capped``."""
    from kzeu.draft.events import events
    from kzeu.draft.people import people
    from kzeu.draft.report import Report
    from kzeu.draft.roles import add_roles
    from kzeu.draft.source import read_source
    from kzeu.draft.statistics import MAX_FIGURES, statistics
    from kzeu.draft.topics import topics

    report = Report(text)
    report.capped = capped
    source, body = read_source(report, date)
    report.body = body
    found_people = people(report, body)
    year = source.published.year if source.published else None
    found_statistics, more = statistics(report, body, year)
    incomplete = (
        f"more figures than the {MAX_FIGURES:,} drafted: the rest are the reader's"
        if more
        else _unread_digits(text[body:])
    )
    found_events = events(report, body, found_people, source.published, source=source)
    meeting = next((e for e in found_events if e.kind == "meeting"), None)
    # the first meeting, else the first named event (listed), else the first event
    the_meeting = meeting or next((e for e in found_events if e.name != TO_FILL), found_events[0])
    # from the first line: a headline states agenda items too ("A, B discuss LNG supplies")
    found_topics = topics(report, 0, found_people, the_meeting, found_events)
    add_roles(report, found_people, found_events, found_topics, found_statistics)
    return Draft(
        source=source,
        people=found_people,
        events=found_events,
        statistics=found_statistics,
        meeting=the_meeting,
        meeting_unsure=meeting is None,
        statistics_incomplete=incomplete,
        topics=found_topics,
    )


# A number in digits of another script than ASCII ("٣٥%", "３５%"): the loader compares a value
# with its figure's ASCII digits, so such a figure cannot be drafted; it is not passed over in
# silence either.
_OTHER_DIGITS = re.compile(r"(?![0-9])\d+")


def _unread_digits(text: str) -> str | None:
    """Return why the statistics are incomplete when ``text`` has numbers in digits kzeu does
    not read (the first of them quoted), else None."""
    found = _OTHER_DIGITS.search(text)
    if found is None:
        return None
    return (
        f"numbers in digits of another script ({found.group()!r}) are not drafted: any figure"
        " they write is the reader's to add"
    )


def _check_size(document: str) -> None:
    """Raise ``DraftError`` if the draft ``document`` (its JSON text) is past the size a facts
    file may have (``kzeu.facts.MAX_BYTES``): a draft that its own loader would refuse is no
    draft. The file holds the text and the quotes cut from it, each character escaped as the
    JSON writer does (a control character takes six bytes), so a few MB of report can exceed
    the cap."""
    from kzeu.facts import MAX_BYTES

    size = len(document.encode("utf-8"))
    if size > MAX_BYTES:
        raise DraftError(
            f"the draft would be {size:,} bytes, past the {MAX_BYTES:,} bytes a facts file may"
            " have: split the report and draft each part"
        )
