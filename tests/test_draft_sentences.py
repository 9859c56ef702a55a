"""The sentence splitter that ``draft`` and ``cite`` share: right on runs of stops, and tried
once per run, never from each of its characters (which made a long run quadratic)."""

from __future__ import annotations

import pytest

from kzeu.sentences import _CANDIDATE, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize("stop", [".", "!", "?"])
def test_a_run_of_stops_inside_a_word_ends_no_sentence(stop: str) -> None:
    text = f"Talks a{stop * 5000}b went on. Trade grew."
    assert sentences(text) == [f"Talks a{stop * 5000}b went on.", "Trade grew."]


@pytest.mark.parametrize("stop", [".", "!", "?"])
def test_a_run_of_stops_before_a_space_ends_its_sentence_after_the_whole_run(stop: str) -> None:
    text = f"Really{stop * 3}” Then talks began?! Yes."
    assert sentences(text) == [f"Really{stop * 3}”", "Then talks began?!", "Yes."]


def test_a_stop_is_tried_only_from_the_start_of_its_run() -> None:
    text = "Talks a???? Then more."
    assert [m.group() for m in _CANDIDATE.finditer(text)] == ["????", "."]
    # from inside the run nothing starts: each character of a long run is looked at a bounded
    # number of times, however long the run
    assert [_CANDIDATE.match(text, at) for at in range(8, 11)] == [None, None, None]
