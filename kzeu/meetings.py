"""Several facts files read together: the meetings a command shows, each under a stable key.

``--facts`` may be repeated and may name a folder (every ``*.json`` in it, by name);
``$KZEU_FACTS`` may name a folder too, or several paths separated by ``os.pathsep``. Every file
goes through the one loader, ``kzeu.facts.load_facts``: nothing else is read or proven here.

A meeting's key is the id of its meeting event (``facts.meeting``); where two meetings share
that id, each of them is keyed by its date and the id (``2024-06-10-talks``, ``undated-talks``),
and a key that is still taken gets ``-2``, ``-3``, ... in the order the files were given. The
same meeting in two files (the same meeting id and the same report text, as ``kzeu export``
refuses) is refused. Meetings come in the order of their dates (the meeting's own date, else
the report's), those without one last, then in the order the files were given.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from kzeu.facts import (
    ENV_VAR,
    STDIN,
    FactsError,
    chosen_name,
    load_facts,
    path_from_environment,
    resolve_path,
)

if TYPE_CHECKING:
    from kzeu.models import FactsFile

UNDATED = "undated"


class Meeting(NamedTuple):
    """One facts file read: its meeting's ``key``, the ``file`` as the user named it, its
    proven ``facts`` and its ``date`` (see ``meeting_date``)."""

    key: str
    file: str
    facts: FactsFile
    date: dt.date | None

    @property
    def day(self) -> str | None:
        """The date as YYYY-MM-DD, or None."""
        day = self.date
        return day.isoformat() if day else None


class Meetings:
    """The meetings a command shows, in date order, and the files that could not be used
    (only with ``keep_going``: otherwise the first such file stops the loading)."""

    __slots__ = ("failures", "items")

    def __init__(self, items: tuple[Meeting, ...], failures: tuple[FactsError, ...] = ()):
        self.items = items
        self.failures = failures

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Meeting]:
        return iter(self.items)

    @property
    def many(self) -> bool:
        """Whether there is more than one meeting (listings then carry a ``meeting`` key)."""
        return len(self.items) > 1

    def by_key(self, typed: str) -> Meeting | None:
        """Return the meeting whose key is ``typed``, in any case."""
        wanted = typed.strip().casefold()
        return next((m for m in self.items if m.key.casefold() == wanted), None)

    def span(self) -> str:
        """Return "N meetings, FIRST to LAST" (the dates known)."""
        days = [m.day for m in self.items if m.day]
        dates = f", {days[0]} to {days[-1]}" if days and days[0] != days[-1] else ""
        count = "1 meeting" if len(self.items) == 1 else f"{len(self.items):,} meetings"
        return count + dates


class Given(NamedTuple):
    """A facts file to read: the ``path`` for the loader (None: its default) and, for one that
    came from ``$KZEU_FACTS``, that it did."""

    path: str | None
    from_env: bool = False


def meeting_date(facts: FactsFile) -> dt.date | None:
    """Return the date of the meeting ``facts`` is about, else the report's, else None."""
    event = next((e for e in facts.events if e.id == facts.meeting), None)
    if event is not None and event.date is not None:
        return event.date
    return facts.source.published


def given_files(paths: Sequence[str]) -> list[Given]:
    """Return the files that ``paths`` (the ``--facts`` given, in order; none: ``$KZEU_FACTS``,
    else the packaged file) name: each folder as its ``*.json`` files, sorted by name."""
    if paths:
        return [f for path in paths for f in _expanded(path, from_env=False)]
    from_env = path_from_environment()
    if from_env is None:
        return [Given(None)]
    parts = [p for p in from_env.split(os.pathsep) if p] if os.pathsep in from_env else []
    if len(parts) < 2 and not os.path.isdir(from_env):
        return [Given(None, from_env=True)]  # one file: named as the loader names it today
    return [f for path in parts or [from_env] for f in _expanded(path, from_env=True)]


def _expanded(path: str, *, from_env: bool) -> list[Given]:
    if path == STDIN or not os.path.isdir(path):
        return [Given(path, from_env)]
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(path)
            if entry.name.endswith(".json") and not entry.is_dir()
        )
    except OSError as error:
        raise FactsError(_name(path, from_env), f"cannot be listed: {error.strerror}") from None
    if not names:
        raise FactsError(_name(path, from_env), "is a folder that holds no *.json file")
    return [Given(os.path.join(path, name), from_env) for name in names]


def _name(path: str, from_env: bool) -> str:
    return f"{path} (from {ENV_VAR})" if from_env else path


def load_meetings(paths: Sequence[str], *, keep_going: bool = False) -> Meetings:
    """Return the meetings of the facts files ``paths`` name (see ``given_files``), each proven
    by ``kzeu.facts.load_facts``. A file that cannot be used raises its ``FactsError``, naming
    it as the user did; with ``keep_going`` it is set aside in ``failures`` and the rest read."""
    loaded: list[tuple[str, FactsFile]] = []
    failures: list[FactsError] = []
    seen: dict[tuple[str, str], str] = {}
    for given in given_files(paths):
        try:
            name, facts = _load(given)
            key = (facts.meeting, facts.source.text)  # references, not copies of the text
            if key in seen:
                raise FactsError(
                    name,
                    f"holds the same report and meeting as {seen[key]}: give each meeting once",
                )
            seen[key] = name
        except FactsError as error:
            if not keep_going:
                raise
            failures.append(error)
            continue
        loaded.append((name, facts))
    return Meetings(_ordered(loaded), tuple(failures))


def _load(given: Given) -> tuple[str, FactsFile]:
    """Return the name to show for ``given`` and its facts; a ``FactsError`` names the file
    as the user gave it (standard input as ``<stdin>``, one from the environment saying so)."""
    try:
        facts = load_facts(given.path)
    except FactsError as error:
        name = _shown_name(given, error.path)
        if name == error.path:
            raise
        raise FactsError(name, error.problem, error.details) from None
    if given.path is None:
        return str(resolve_path(None)), facts
    return ("<stdin>" if given.path == STDIN else given.path), facts


def _shown_name(given: Given, resolved: str) -> str:
    if given.path is not None and given.from_env:
        return _name(resolved, True)
    return chosen_name(given.path, resolved)


def _ordered(loaded: Sequence[tuple[str, FactsFile]]) -> tuple[Meeting, ...]:
    """Return the meetings keyed (see the module's doc), in date order, then as given."""
    dates = [meeting_date(facts) for _, facts in loaded]
    order = sorted(range(len(loaded)), key=lambda i: (dates[i] is None, dates[i] or dt.date.min, i))
    ids: dict[str, int] = {}
    for _, facts in loaded:
        ids[facts.meeting] = ids.get(facts.meeting, 0) + 1
    taken: set[str] = set()
    # The next number to try for each base: many meetings of one id and date stay linear.
    numbers: dict[str, int] = {}
    meetings: list[Meeting] = []
    for i in order:
        name, facts = loaded[i]
        day = dates[i]
        base = facts.meeting
        if ids[base] > 1:
            base = f"{day.isoformat() if day else UNDATED}-{base}"
        n = numbers.get(base, 1)
        key = base if n == 1 else f"{base}-{n}"
        while key in taken:
            n += 1
            key = f"{base}-{n}"
        numbers[base] = n + 1
        taken.add(key)
        meetings.append(Meeting(key, name, facts, day))
    return tuple(meetings)
