"""The bodies and gatherings drafted, indexed once for ``other_sessions``: a body looked up by the
words that call it, and a gathering drafted already by its kind or name, status and place, each
without a pass over every event drafted for each word of sequence."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from itertools import accumulate

from kzeu.draft.drafted import DraftEvent


class _Group:
    """The positions of some bodies in their list, ordered by where each is told: the last listed
    of those told before an offset found by bisection."""

    def __init__(self, told: list[tuple[int, int]]) -> None:
        told.sort()
        self.offsets = [at for at, _ in told]
        self.last = list(accumulate((position for _, position in told), max))

    def last_before(self, at: int) -> int:
        """Return the last position told before ``at``, -1 if none is."""
        count = bisect_left(self.offsets, at)
        return self.last[count - 1] if count else -1


class CalledBodies:
    """The bodies drafted, grouped by their name (case folded) and by their kind."""

    def __init__(self, bodies: list[DraftEvent]) -> None:
        self.bodies = bodies
        names: dict[str, list[tuple[int, int]]] = {}
        kinds: dict[str, list[tuple[int, int]]] = {}
        for position, body in enumerate(bodies):
            names.setdefault(body.name.casefold(), []).append((body.told_at, position))
            kinds.setdefault(body.kind, []).append((body.told_at, position))
        self.names = {name: _Group(told) for name, told in names.items()}
        self.kinds = {
            re.compile(rf"\b{re.escape(kind)}\b"): _Group(told) for kind, told in kinds.items()
        }

    def called(self, words: str, at: int) -> DraftEvent | None:
        """Return the last listed of the bodies ``words`` (case folded) call by their name, a
        part of it or their kind that is told before offset ``at``; else the last listed of
        them; None if ``words`` call none."""
        groups = [g for name, g in self.names.items() if name in words or words in name]
        groups += [g for kind, g in self.kinds.items() if kind.search(words)]
        if not groups:
            return None
        earlier = max(group.last_before(at) for group in groups)
        return self.bodies[earlier if earlier >= 0 else max(g.last[-1] for g in groups)]


class Gatherings:
    """The gatherings drafted, by kind and by name with their status: where each is placed, and
    where those placed nowhere are told."""

    def __init__(self, drafted: list[DraftEvent]) -> None:
        self.places: dict[tuple[str, str, str], set[str]] = {}
        self.unplaced: dict[tuple[str, str, str], list[int]] = {}
        self.added: list[DraftEvent] = []  # those added since, in order
        for event in drafted:
            self._index(event)

    def add(self, event: DraftEvent) -> None:
        self.added.append(event)
        self._index(event)

    def _index(self, event: DraftEvent) -> None:
        for key in (("kind", event.kind, event.status), ("name", event.name, event.status)):
            if event.place is None:
                insort(self.unplaced.setdefault(key, []), event.told_at)
            else:
                self.places.setdefault(key, set()).add(event.place)

    def drafted(self, body: DraftEvent, status: str, where: str, start: int, end: int) -> bool:
        """Whether a gathering of ``body``'s kind or name with ``status`` is drafted at
        ``where``, or placed nowhere and told at ``start`` to ``end``."""
        for key in (("kind", body.kind, status), ("name", body.name, status)):
            if where in self.places.get(key, ()):
                return True
            told = self.unplaced.get(key, [])
            low = bisect_left(told, start)
            if low < len(told) and told[low] < end:
                return True
        return False
