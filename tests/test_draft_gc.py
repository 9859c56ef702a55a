"""Drafting pauses the cycle collector and gives it back as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kzeu.draft import DraftError, draft

REPORT = "Minister Jan Novak met Ambassador Eva Horn in Lindor on 3 May 2024."


@pytest.fixture
def collector() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector")
def test_collector_enabled_again_after_a_draft() -> None:
    gc.enable()
    people = draft(REPORT)["people"]
    assert [p["name"] for p in people] == ["Jan Novak", "Eva Horn"]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    draft(REPORT)
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_collector_enabled_again_after_a_refused_report() -> None:
    gc.enable()
    with pytest.raises(DraftError, match="the report is empty"):
        draft("   \n")
    assert gc.isenabled()
