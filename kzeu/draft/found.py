"""The candidate of a person: what the text says of someone where it first names them, before
``people`` decides who is one person and drafts each (``same_person.unique``)."""

from __future__ import annotations

from typing import NamedTuple

from kzeu.draft.report import Span


class Found(NamedTuple):
    """A person as first named: name, titles, the span that states both, and a country."""

    name: str
    titles: list[str]
    span: Span
    affiliation: str | None
    sure_title: bool
