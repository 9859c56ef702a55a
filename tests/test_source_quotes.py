"""The quote of a source field's new value, found in the report as the loader compares a value
with its quote: in any case, as whole words, across line breaks; a date in any spelling."""

from __future__ import annotations

import pytest

from kzeu.source_quotes import find_quote, states

TEXT = (
    "RIGA, 14 June 2023 – The press service of the Ministry of\nForeign Affairs said on"
    " Tuesday that Alice Smith met officials."
)


@pytest.mark.parametrize(
    ("name", "value", "quote"),
    [
        ("attribution", "ministry of foreign affairs", "Ministry of\nForeign Affairs"),
        ("attribution", "press service", "press service"),
        ("attribution", "Ice Smith", None),  # not whole words: part of "Alice"
        ("attribution", "Lusa", None),
        ("attribution", "   ", None),
        ("dateline", "Riga", "RIGA"),
        ("published", "2023-06-14", "14 June 2023"),
        ("published", "2023-06-15", None),
        ("published", "14 June", None),  # not a date as the model writes one
    ],
)
def test_find_quote(name: str, value: str, quote: str | None) -> None:
    found = find_quote(TEXT, name, value)
    assert found == quote
    if found is not None:
        assert found in TEXT
        assert states(name, value, found)


def test_states_reads_as_the_loader_does() -> None:
    assert states("published", "2023-06-14", "RIGA, 14 June 2023")
    assert not states("published", "2023-06-14", "RIGA, 14 June")
    assert not states("published", "not a date", "RIGA, 14 June 2023")
    assert states("attribution", "Foreign Affairs", "the Ministry of Foreign Affairs said")
    assert not states("attribution", "Ice Smith", "Alice Smith")
