"""``kzeu.draft.text_windows``: the words of overlapping windows, each word read once, are the
words each window alone gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kzeu.draft.text_windows import Windows, words_of

TEXT = "The St. Aldric Forum in the U.S. met O'Neill's team – “Jones’ plan” a_b _x"


def test_a_window_cut_inside_words_reads_them_as_cut() -> None:
    start = TEXT.index("ldric")  # inside "Aldric"
    end = TEXT.index("U.S.") + 2  # after "U."
    got = Windows(TEXT).words(start, end)
    assert got == words_of(TEXT, start, end)
    assert got[0] == ("ldric", start, start + 5)
    assert [word for word, _, _ in got[-3:]] == ["the", "U", "."]


def test_overlapping_windows_are_each_as_read_alone() -> None:
    windows = Windows(TEXT)
    for start in range(0, len(TEXT), 3):
        end = min(len(TEXT), start + 25)
        assert windows.words(start, end) == words_of(TEXT, start, end)


def test_a_window_before_the_stretch_read_starts_a_new_one() -> None:
    windows = Windows(TEXT)
    late = windows.words(40, 70)
    early = windows.words(0, 30)
    assert late == words_of(TEXT, 40, 70)
    assert early == words_of(TEXT, 0, 30)
    assert early[:3] == [("The", 0, 3), ("St", 4, 6), (".", 6, 7)]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab A.'’-_ \n,–", max_size=80),
    cuts=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 40)), max_size=12),
    ordered=st.booleans(),
)
def test_any_windows_give_the_words_of_each_alone(
    text: str, cuts: list[tuple[int, int]], ordered: bool
) -> None:
    windows = Windows(text)
    spans = [(min(start, len(text)), min(len(text), start + length)) for start, length in cuts]
    for start, end in sorted(spans) if ordered else spans:
        assert windows.words(start, end) == words_of(text, start, end)
