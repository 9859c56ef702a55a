"""Whether a meeting drafted from a sentence is one told of before: of the same kind and
people, not told apart by a place or a date. One that tells more (a place or date the earlier
one lacks) replaces it, unless one is held and the other to come ("X on Monday held talks with
Y. On Tuesday, Y will meet officials in Lindor" keeps the talks); one that tells less adds
nothing, or its people to the earlier one's."""

from __future__ import annotations

from kzeu.draft.drafted import DraftEvent


def placed(drafted: list[DraftEvent], event: DraftEvent, *, acts: bool) -> int | None:
    """Add ``event`` to ``drafted``, or let it replace the same meeting told of with less, and
    return its position; None if it adds nothing (the people it names may complete the same
    meeting's)."""
    participants = event.participants or []
    same = _same_meeting(drafted, event)
    if same is None:
        if not (participants or not drafted or acts):
            return None
        drafted.append(event)
        return len(drafted) - 1
    earlier = drafted[same]
    if _tells_more(event, earlier) and event.status == earlier.status:
        event.id = earlier.id
        event.participants = participants or earlier.participants
        drafted[same] = event
        return same
    if participants and not earlier.participants:
        # "Talks ... were held in Tashkent today. Minister X held talks with his counterpart
        # Y": the people of the meeting told of just before
        earlier.participants = participants
        earlier.doubt("participants", "named in a later sentence about the talks")
    return None


def _tells_more(event: DraftEvent, earlier: DraftEvent) -> bool:
    """Whether ``event`` states all that ``earlier`` does of place and date, and more."""
    now = (event.place is not None, event.date is not None)
    before = (earlier.place is not None, earlier.date is not None)
    return all(n for n, b in zip(now, before, strict=True) if b) and any(
        n and not b for n, b in zip(now, before, strict=True)
    )


def _apart(one: DraftEvent, other: DraftEvent) -> bool:
    """Whether two meetings are told apart by their places or their dates: both stated, not
    the same."""
    return (one.place is not None and other.place is not None and one.place != other.place) or (
        one.date is not None and other.date is not None and one.date != other.date
    )


def _vague(event: DraftEvent) -> bool:
    """Whether ``event`` states neither place nor date."""
    return event.place is None and event.date is None


def _same_meeting(drafted: list[DraftEvent], event: DraftEvent) -> int | None:
    """Return the index of an earlier event of the same kind with these participants."""
    people = set(event.participants or ())
    last = len(drafted) - 1
    for index, other in enumerate(drafted[-20:], start=max(0, len(drafted) - 20)):
        # "The next round will be held in Lindor. X held a video call with Y": a meeting to
        # come that names no one is not a held one's
        told_apart = not other.participants and (
            other.status != event.status or _apart(other, event)
        )
        if (
            other.kind == event.kind
            and not told_apart
            and _same_people(people, other, last=index == last)
        ):
            return index
    return None


def _same_people(people: set[str], other: DraftEvent, *, last: bool) -> bool:
    """Whether a meeting of ``people`` is ``other``, a meeting of its kind told of before."""
    theirs = set(other.participants or ())
    if people and people <= theirs:
        return True
    if theirs and theirs <= people and _vague(other):
        return True  # a headline's "X received a delegation", then the body's account
    if not (people or theirs):
        return _vague(other)  # a headline's "On the video conference between ...", the body
    # a headline's "Meeting with the State Minister ...", or the talks of the sentence before
    return bool(people) and not theirs and (other.place is None or last)
