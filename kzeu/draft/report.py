"""The report being drafted: its text, sentences and clauses, looked up by offset, and the ids
given so far."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from kzeu.draft.drafted import TO_FILL
from kzeu.sentences import Sentences, abbreviated, words

__all__ = ["LONGEST", "TO_FILL", "Report", "Span", "slug", "words"]

# Long enough for any real name, title or phrase; a longer match is noise (or hostile text) and
# would not fit a facts file's fields (2,000 characters at most).
LONGEST = 200
# An id is at most 100 characters: a slug is cut to this, leaving room for "-12345".
SLUG_LENGTH = 80
_SPACE = " \t\r\n,;:"
# Where a clause ends: a comma, semicolon, colon or bracket, a dash between spaces, and the words
# that join two clauses ("while", "whereas", "and" before a new subject is not one: too common).
_CLAUSE_MARK = re.compile(
    r"""
      (?<!\d),                     # a comma, but not one between digits ("1,000"):
    | ,(?!\d)                     # one with no digit before it or none after it
    | [;:()]                      # a semicolon, a colon or a bracket
    | \s[–—]\s                    # a dash between spaces
    | \s--\s                      # two hyphens between spaces
    | \b(?:while|whereas|but)\b   # a word that joins two clauses
    """,
    re.VERBOSE,
)


class Span(NamedTuple):
    """A span of the report: where it starts and ends."""

    start: int
    end: int


# Characters that part two words of a name though ASCII folding would drop them: every dash
# and slash ("EU–Central Asia Summit" -> "eu-central-asia-summit", not "eucentral-...").
_BOUNDARY = re.compile(
    r"""
      [\u2010-\u2015\u2212\ufe58\ufe63\uff0d]  # a hyphen, an en or em dash, a minus sign
    | [/\u2044\u2215\uff0f]                    # a slash: solidus, fraction, division
    """,
    re.VERBOSE,
)


def slug(text: str) -> str:
    """Return an id for ``text``: "Zoë Brandt" -> "zoe-brandt", accents removed, every dash
    and slash a word boundary ("EU–Central Asia" -> "eu-central-asia"), at most
    ``SLUG_LENGTH`` characters."""
    spaced = _BOUNDARY.sub(" ", text[: SLUG_LENGTH * 4])
    plain = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore")
    words = re.sub(r"[^a-z0-9]+", "-", plain.decode().lower()).strip("-")
    if len(words) > SLUG_LENGTH:
        words = words[:SLUG_LENGTH].rsplit("-", 1)[0] if "-" in words[:SLUG_LENGTH] else ""
        words = words or plain.decode().lower()[:1]
        words = re.sub(r"[^a-z0-9]+", "-", words).strip("-")
    return words or "fact"


class Report:
    """One report's text and what drafting it has found so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.body = 0  # where the report's body starts, after its header and dateline
        self.capped = True  # whether a stage past its cap stops the reading (kzeu.draft.read_to)
        self.sentences = Sentences(text)
        marks = [(m.start(), m.end()) for m in _CLAUSE_MARK.finditer(text)]
        self.mark_starts = [start for start, _ in marks]
        self.mark_ends = [end for _, end in marks]
        self._ids: set[str] = set()
        self._next: dict[str, int] = {}

    def new_id(self, wanted: str) -> str:
        """Return ``slug(wanted)``, or it with the first free "-2", "-3", ... (counted per
        stem, so each id costs a few lookups however many share its stem)."""
        stem = slug(wanted)
        candidate = stem
        n = self._next.get(stem, 2)
        while candidate in self._ids:
            candidate, n = f"{stem}-{n}", n + 1
        self._next[stem] = n
        self._ids.add(candidate)
        return candidate

    def cut(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def sentence(self, at: int) -> Span:
        """Return the sentence that holds offset ``at``."""
        spans = self.sentences.spans
        if not spans:
            return Span(0, len(self.text))
        start, end = spans[self.sentences.index(at)]
        if start < self.body <= at:
            start = self.body
        return Span(min(start, at), max(end, at))

    def clause(self, start: int, end: int) -> Span:
        """Return the clause around text[start:end]: from the clause mark before it to the one
        after it, within its sentence, without the space and punctuation at its ends."""
        sentence = self.sentence(start)
        before = bisect_right(self.mark_ends, start) - 1
        low = self.mark_ends[before] if before >= 0 else 0
        after = bisect_left(self.mark_starts, end)
        high = self.mark_starts[after] if after < len(self.mark_starts) else len(self.text)
        return self.trimmed(Span(max(low, sentence.start), min(max(high, end), sentence.end)))

    def clause_before(self, clause: Span) -> Span:
        """Return the clause that ends where ``clause`` starts (``clause`` if it opens its
        sentence)."""
        sentence = self.sentence(clause.start)
        at = clause.start - 1
        while at > sentence.start and self.text[at] in _SPACE + "(–—-":
            at -= 1
        if at <= sentence.start:
            return clause
        return self.clause(at, at)

    def trimmed(self, span: Span) -> Span:
        """Return ``span`` without space or clause punctuation at either end; a closing full stop
        goes too, unless it ends an abbreviation."""
        text, (start, end) = self.text, span
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        if end > start + 1 and text[end - 1] == "." and not abbreviated(text, end - 1):
            end -= 1  # the sentence's full stop, not the one of "U.S." or "Sept."
        return Span(start, end)

    def bounded(self, span: Span, around: Span, limit: int = LONGEST * 2) -> Span:
        """Return ``span`` cut to at most about ``limit`` characters around ``around``."""
        if span.end - span.start <= limit:
            return span
        half = limit // 2
        return self.trimmed(
            Span(max(span.start, around.start - half), min(span.end, around.end + half))
        )
