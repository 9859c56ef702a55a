"""The last settling of an event's fields (kzeu.draft.event_fields): a timing its quote does not
state is never written — the quote is widened to it, or the timing and its date are dropped and
the date listed."""

from __future__ import annotations

import datetime as dt

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.event_fields import settle_event_fields
from kzeu.draft.report import Report

TEXT = (
    "Minister Arno Keller met Minister Ilse Varga on Tuesday. The talks covered river shipping."
    + " Filler words." * 60
    + " The ministers last spoke on Friday."
)


def _event(quote: str, timing: str) -> DraftEvent:
    return DraftEvent(
        id="meeting",
        quote=quote,
        timing=timing,
        date=dt.date(2025, 3, 11),
        participants=["arno-keller", "ilse-varga"],
        told_at=TEXT.find(quote),
        place="Velmora",  # nothing to settle but the timing
    )


def test_a_timing_near_its_quote_widens_the_quote() -> None:
    event = _event("The talks covered river shipping", "on Tuesday")
    settle_event_fields(Report(TEXT), [event], [], None, dt.date(2025, 3, 12))
    assert event.quote == "on Tuesday. The talks covered river shipping"
    assert (event.timing, event.date) == ("on Tuesday", dt.date(2025, 3, 11))


def test_a_timing_far_from_its_quote_is_dropped_and_its_date_listed() -> None:
    event = _event("Minister Arno Keller met Minister Ilse Varga", "on Friday")
    settle_event_fields(Report(TEXT), [event], [], None, dt.date(2025, 3, 12))
    assert event.quote == "Minister Arno Keller met Minister Ilse Varga"
    assert (event.timing, event.date) == (None, None)
    assert event.unsure["date"] == "its timing is not in its quote: give the date"
