"""The bodies and gatherings drafted, indexed once for ``other_sessions``: a body looked up by the
words that call it, and a gathering drafted already by its kind or name, status and place, each
without a pass over every event drafted for each word of sequence."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from itertools import accumulate

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.report import TO_FILL


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
        """Return the last listed of the bodies ``words`` (case folded) call by their name or a
        part of it (else by their kind) that is told before offset ``at``; else the last listed
        of them; None if ``words`` call none."""
        # by its name first, else by its kind ("the commission")
        groups = [g for name, g in self.names.items() if name in words or words in name]
        groups = groups or [g for kind, g in self.kinds.items() if kind.search(words)]
        if not groups:
            return None
        earlier = max(group.last_before(at) for group in groups)
        return self.bodies[earlier if earlier >= 0 else max(g.last[-1] for g in groups)]


def _same_name(name: str, body: str) -> bool:
    """Whether a gathering named ``name`` of a body's kind is one of the body named ``body``:
    unnamed, or named by a part of its name or the whole ("the Business Council", "the
    Lanka–Corvale Business Council"); another body of its kind ("the … Subcommittee") is not."""
    mine, its = name.casefold(), body.casefold()
    return name == TO_FILL or mine in its or its in mine


class Gatherings:
    """The gatherings drafted, by kind and by name with their status: where each is placed, and
    where those placed nowhere are told (with their names, for the kind)."""

    def __init__(self, drafted: list[DraftEvent]) -> None:
        self.named_at: dict[tuple[str, str], set[str]] = {}
        self.named_told: dict[tuple[str, str], list[int]] = {}
        self.kind_at: dict[tuple[str, str, str], list[str]] = {}
        self.kind_told: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self.added: list[DraftEvent] = []  # those added since, in order
        for event in drafted:
            self._index(event)

    def add(self, event: DraftEvent) -> None:
        self.added.append(event)
        self._index(event)

    def _index(self, event: DraftEvent) -> None:
        named, kind = (event.name, event.status), (event.kind, event.status)
        if event.place is None:
            insort(self.named_told.setdefault(named, []), event.told_at)
            insort(self.kind_told.setdefault(kind, []), (event.told_at, event.name))
        else:
            self.named_at.setdefault(named, set()).add(event.place)
            self.kind_at.setdefault((*kind, event.place), []).append(event.name)

    def drafted(self, body: DraftEvent, status: str, where: str, start: int, end: int) -> bool:
        """Whether a gathering of ``body`` (by its name, or of its kind and a name that fits)
        with ``status`` is drafted at ``where``, or placed nowhere and told at ``start`` to
        ``end``."""
        named = (body.name, status)
        if where in self.named_at.get(named, ()):
            return True
        told = self.named_told.get(named, [])
        low = bisect_left(told, start)
        if low < len(told) and told[low] < end:
            return True
        if any(_same_name(n, body.name) for n in self.kind_at.get((body.kind, status, where), ())):
            return True
        near = self.kind_told.get((body.kind, status), [])
        low = bisect_left(near, (start, ""))
        high = bisect_left(near, (end, ""))
        return any(_same_name(name, body.name) for _, name in near[low:high])
