"""The words of windows of a report, each as reading that window alone would give them, with each
word read once however much the windows overlap: an event word every few words ("forum summit
council ...") asked for the words of 280 characters around each, read them all again each time.

The words of a text split where it has a space, so from a space on, a window's words are the
text's own; only a word cut at the window's start or end is read apart (the rest of "Novak" when
the window starts inside it, "U" and "." of a "U.S" cut after its dot).
"""

from __future__ import annotations

import re
from bisect import bisect_left

Word = tuple[str, int, int]  # a word, its start and its end

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*|[^\w\s]")
_SPACE = re.compile(r"\s")


def words_of(text: str, start: int, end: int) -> list[Word]:
    """Return the words of ``text[start:end]`` as that window alone gives them."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


class Windows:
    """The words of ``text``, read once a stretch, as ``words_of`` gives them for any window.
    The windows asked for must start in order (each at or after the one before), as the event
    words they are read around come; a window past the stretch read so far starts a new one,
    so what is kept is the stretch the windows overlap."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.read: list[Word] = []  # the words of text[since:upto], as the whole text has them
        self.starts: list[int] = []
        self.since = self.upto = 0

    def words(self, start: int, end: int) -> list[Word]:
        """Return ``words_of(text, start, end)``."""
        space = _SPACE.search(self.text, start, end)
        if space is None:  # no space: the window is one cut word or a few marks
            return words_of(self.text, start, end)
        synced = space.start()  # from here on, the window's words are the text's own
        head = words_of(self.text, start, synced)
        self._read_to(synced, end)
        middle = self.read[bisect_left(self.starts, synced) : bisect_left(self.starts, end)]
        if middle and middle[-1][2] > end:  # the last word runs on past the window: cut there
            head.extend(middle[:-1])
            head.extend(words_of(self.text, middle[-1][1], end))
            return head
        head.extend(middle)
        return head

    def _read_to(self, synced: int, end: int) -> None:
        """Read the words from the space at ``synced`` to the first space at or after ``end``."""
        if synced > self.upto or synced < self.since:  # apart from the stretch read: a new one
            self.read, self.starts, self.since, self.upto = [], [], synced, synced
        if end <= self.upto:
            return
        space = _SPACE.search(self.text, end)
        stop = space.start() if space is not None else len(self.text)
        added = words_of(self.text, self.upto, stop)
        self.read.extend(added)
        self.starts.extend(word[1] for word in added)
        self.upto = stop
