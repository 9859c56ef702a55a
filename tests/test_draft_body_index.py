"""The indexes behind ``other_sessions``: each answers as the pass over every event it replaces."""

from __future__ import annotations

from kzeu.draft.body_index import CalledBodies, Gatherings
from kzeu.draft.drafted import DraftEvent
from kzeu.draft.other_sessions import drop_body_meetings
from kzeu.draft.report import TO_FILL, Report


def _event(name: str, kind: str, told_at: int, **fields: str | None) -> DraftEvent:
    return DraftEvent(id=name, name=name, kind=kind, told_at=told_at, **fields)  # type: ignore[arg-type]


BODIES = [
    _event("Joint Commission on Trade", "commission", 50),
    _event("Working Group on Energy", "working group", 10),
    _event("Joint Commission on Trade", "commission", 300),
    _event("Business Council", "business council", 120),
]


def test_called_bodies_gives_the_last_listed_told_before() -> None:
    called = CalledBodies(BODIES)
    # by its kind: the commissions at 50 and 300; only the one at 50 is told before 200
    assert called.called("intergovernmental commission", 200) is BODIES[0]
    # none told before 40: the last listed of those called
    assert called.called("intergovernmental commission", 40) is BODIES[2]
    # a part of a name ("working group on energy" holds it) and the name holding the words
    assert called.called("group on energy", 400) is BODIES[1]
    assert called.called("working group on energy and climate", 5) is BODIES[1]
    assert called.called("business council", 400) is BODIES[3]
    assert called.called("steering board", 400) is None


def test_gatherings_drafted_by_place_or_by_its_sentence() -> None:
    drafted = [
        _event("Joint Commission on Trade", "commission", 50, place="Lindor", status="held"),
        _event("Forum", "forum", 500, status="upcoming"),
    ]
    found = Gatherings(drafted)
    commission = BODIES[0]
    assert found.drafted(commission, "held", "Lindor", 0, 10)
    assert not found.drafted(commission, "upcoming", "Lindor", 0, 10)
    assert not found.drafted(commission, "held", "Marno", 0, 10)
    forum = _event("Forum", "forum", 0)
    assert found.drafted(forum, "upcoming", "Marno", 480, 520)  # placed nowhere, told there
    assert not found.drafted(forum, "upcoming", "Marno", 501, 520)
    found.add(_event("Forum", "forum", 900, place="Marno", status="held"))
    assert found.drafted(forum, "held", "Marno", 0, 10)
    assert [e.told_at for e in found.added] == [900]


def test_drop_body_meetings_drops_the_meeting_a_body_held() -> None:
    text = "The Joint Commission last met in Lindor. The ministers met in Marno."
    report = Report(text)
    body = _event("Joint Commission", "commission", 4)
    theirs = _event(TO_FILL, "meeting", text.index("met in Lindor"))
    other = _event(TO_FILL, "meeting", text.index("met in Marno"))
    drafted = [body, theirs, other]
    drop_body_meetings(report, drafted)
    assert drafted == [body, other]
