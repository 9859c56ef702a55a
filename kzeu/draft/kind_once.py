"""Whether an event named by its kind is one drafted already: named on by the words just
before it, drafted from its own last words, the event drafted without a name from its sentence
(whose place it takes), or, for an event drafted without a name, one named by its kind told of
before it."""

from __future__ import annotations

from bisect import bisect_left, insort

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.lexicon.events import MEETINGS_BY_WHO, SELF_NAMING_KINDS
from kzeu.draft.report import TO_FILL, Report, Span


def names_on(text: str, drafted: list[DraftEvent], at: int, name: str, kind: str) -> bool:
    """Whether the kind words ``name`` (of ``kind``, at offset ``at``) go on the name of an
    event drafted just before them ("Southern Gas Corridor Advisory Council" then "ministerial
    meeting"): that event takes them into its name and their kind, and they are no event of
    their own."""
    for event in reversed(drafted[-40:]):
        end = event.told_at + len(event.name)
        if end + 1 == at and text[event.told_at : end] == event.name:
            event.name, event.kind = f"{event.name} {name}", kind
            return True
    return False


def take_over(event: DraftEvent, unnamed: DraftEvent) -> None:
    """Let ``event`` stand for the event drafted without a name from its sentence: its id, its
    people, and its day when its own words give none ("met on 13 March for a consultative
    meeting")."""
    event.id, event.participants = unnamed.id, unnamed.participants
    if event.date is None and unnamed.date is not None and unnamed.kind == "meeting":
        event.date, event.timing = unnamed.date, unnamed.timing
        if "date" in unnamed.unsure:
            event.unsure["date"] = unnamed.unsure["date"]


def named_inside(drafted: list[DraftEvent], span: Span, name: str) -> bool:
    """Whether an event was drafted from the last words of ``name`` (at ``span``): "OTS
    summit" in "the informal OTS summit", the same event, told of once."""
    return any(span.start < e.told_at < span.end and name.endswith(e.name) for e in drafted[-40:])


def drop_referring_back(drafted: list[DraftEvent], added: set[str]) -> None:
    """Remove an event drafted without a name from "opened the conference" when a conference
    named by its kind was told of before it: that one, not another."""
    told = {e.kind: e.told_at for e in reversed(drafted) if e.id in added}
    drafted[:] = [
        e
        for e in drafted
        if not (
            e.name == TO_FILL
            and e.kind in told
            and told[e.kind] < e.told_at
            and f"the {e.kind}" in e.quote.lower()
        )
    ]


class ByPosition:
    """The indices of the events drafted, ordered by where each is told: those of a sentence
    found by bisection, not by a pass over every event for each kind word."""

    def __init__(self, drafted: list[DraftEvent]) -> None:
        self.keys = sorted((e.told_at, index) for index, e in enumerate(drafted))

    def add(self, index: int, told_at: int) -> None:
        insort(self.keys, (told_at, index))

    def move(self, index: int, was: int, now: int) -> None:
        self.keys.remove((was, index))
        self.add(index, now)

    def within(self, start: int, end: int) -> list[int]:
        """Return the indices of the events told at ``start`` to ``end``, in list order."""
        low, high = bisect_left(self.keys, (start, -1)), bisect_left(self.keys, (end, -1))
        return sorted(index for _, index in self.keys[low:high])


def unnamed_in(
    report: Report, drafted: list[DraftEvent], event: DraftEvent, told: ByPosition
) -> int | None:
    """Return the index of the event of ``event``'s kind drafted without a name from its
    sentence ("attended a business forum in Riga"), or None."""
    sentence = report.sentence(event.told_at)
    return next(
        (
            index
            for index in told.within(sentence.start, sentence.end)
            if (other := drafted[index]).name == TO_FILL
            and other.kind == event.kind
            # a trilateral meeting is not the talks; a round of a dialogue is, and so is a
            # format named alone in the sentence of a meeting of no one named
            and (
                event.kind != "meeting"
                or event.name.lower().endswith("dialogue")
                or (event.name.lower() in SELF_NAMING_KINDS and not other.participants)
                # a meeting named by who meets is the meeting of its sentence: "would be
                # signed at the meeting of the heads of government of …"
                or any(words in event.name for words in MEETINGS_BY_WHO)
            )
            and sentence.start <= other.told_at < sentence.end
        ),
        None,
    )
