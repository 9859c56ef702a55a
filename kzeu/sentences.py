"""Sentences of a report: the one splitter that ``kzeu draft`` and ``kzeu cite`` share.

A full stop ends a sentence only when what follows starts one: not after an abbreviation
(``Sept.``, ``Mr.``, ``No.``), an initial (``J.``), a dotted acronym (``U.S.``) or a dateline word
(``BISHKEK. KABAR``, ``June 9. /TASS/.``), and never inside a decimal (``12.5``). A blank line
always ends one; a single line break does unless the next line goes on in lower case. One pass
of ``re.finditer`` over the candidate stops, each judged from a few characters around it; a
candidate starts only at the start of a run of stops, so the pass is linear in the text whatever
it repeats.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kzeu.draft.lexicon import words
from kzeu.draft.lexicon.text import ABBREVIATIONS

__all__ = [
    "ABBREVIATIONS",
    "Sentences",
    "abbreviated",
    "sentence_around",
    "sentence_spans",
    "words",
]
_CANDIDATE = re.compile(
    r"""
    (?<![.!?])              # a stop starts at the start of its run, never inside one: a run
                            # that is not followed by a space is tried once, not from each of
                            # its characters (which was quadratic in the run)
    [.!?]+ [\"'’”)\]]*      # the stop and the closing quotes or brackets after it
    (?=[ \t\r\n]|\Z)        # followed by a space, a line break or the end
    | \r?\n                 # or a line break
    """,
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"[A-Za-z.]{1,12}\Z  # the word before a stop: 'Mr', 'U.S'", re.VERBOSE)
_CLOSING = "\"'’”)]"
_SPACE = " \t\r\n"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each sentence of ``text``, in order, without the space around
    it; the end is after its closing punctuation."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group().endswith("\n"):
            if not _line_ends(text, match.start(), match.end()):
                continue
            end = match.start()
        else:
            if not _stop_ends(text, match.start(), match.end()):
                continue
            end = match.end()
        _add(text, spans, start, end)
        start = end
    _add(text, spans, start, len(text))
    return spans


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentences of ``text`` that hold ``text[start:end]``."""
    return Sentences(text).around(start, end)


class Sentences:
    """The sentences of one text, found once and looked up by offset in logarithmic time."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text)
        self.ends = [end for _, end in self.spans]

    def index(self, at: int) -> int:
        """Return the index of the sentence that holds offset ``at`` (or the next one; the last
        one past the end), -1 if the text has none."""
        return min(bisect_right(self.ends, at), len(self.spans) - 1)

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Return the span from the sentence holding ``start`` to the one holding ``end``;
        ``(start, end)`` if the text has no sentence."""
        if not self.spans:
            return start, end
        first = self.index(start)
        last = max(first, min(bisect_left(self.ends, end), len(self.spans) - 1))
        return min(self.spans[first][0], start), max(self.spans[last][1], end)


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if start < end:
        spans.append((start, end))


def _next_visible(text: str, at: int) -> str:
    """Return the first character at or after ``at`` that is not a space ("" at the end)."""
    limit = min(len(text), at + 8)
    while at < limit and text[at] in " \t\r":
        at += 1
    return text[at] if at < limit else ""


def _line_ends(text: str, start: int, end: int) -> bool:
    """Whether the line break text[start:end] ends a sentence: a blank line or a heading always
    does; a line that goes on in lower case (a wrapped sentence) does not."""
    following = _next_visible(text, end)
    return not (following.islower() and text[start - 1 : start] not in ".!?")


def _stop_ends(text: str, start: int, end: int) -> bool:
    """Whether the stop text[start:end] (punctuation and closing quotes) ends a sentence."""
    following = _next_visible(text, end)
    if following in ("", "\n"):
        return True
    if not (following.isupper() or following in "\"'‘“(["):
        return False  # "No. 5", "June 9. /TASS/", "U.S. dollars": the sentence goes on
    return text[start] != "." or text[end - 1] in _CLOSING or not abbreviated(text, start)


def abbreviated(text: str, start: int) -> bool:
    """Whether the full stop at ``start`` ends an abbreviation ("Sept."), a dotted acronym
    ("U.S."), an initial ("J.") or a dateline word at the start of a line ("BISHKEK.")."""
    word = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if word is None:
        return False
    token = word.group().lstrip(".")
    line_start = text[start - len(token) - 1 : start - len(token)] in ("", "\n")
    return (
        token.casefold() in ABBREVIATIONS
        or "." in token
        or (len(token) == 1 and token.isupper())
        or (token.isupper() and line_start)
    )
