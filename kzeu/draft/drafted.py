"""The last stage of ``kzeu draft``: draft facts, each with the fields it is unsure of and why,
and their assembly into a facts file.

The stages before find candidates in the text (spans: ``figures.Figure``, ``found.Found``, the
match of a meeting phrase) and judge them (a flow, a period, a comparison, a place, each decided
with its reason). What they decide is a ``DraftPerson``, ``DraftEvent`` or ``DraftStatistic``:
typed, with ``unsure`` mapping each field a person must fill in or confirm to the reason. Only
``assemble`` turns them into the file's JSON data and its ``draft`` list of flags, each naming
its field by the fact's id (``statistics/trade-turnover.flow``) with why and the value
suggested: no stage builds a path, and a fact replaced by a better one takes its doubts with
it. A field kzeu cannot fill in is left empty, never given placeholder text: the loader counts
every empty required field as unconfirmed (kzeu.gate).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# What only a reader can supply (a label, a role, an affiliation the text does not give) is
# left empty: the loader lists an empty required field as unconfirmed.
TO_FILL = ""


@dataclass(kw_only=True, eq=False)
class DraftFact:
    """A fact proposed from the report: its id, the span of text it quotes, and what of it a
    person must fill in or confirm (field -> why)."""

    id: str
    quote: str = ""
    unsure: dict[str, str] = field(default_factory=dict)

    def doubt(self, name: str, why: str) -> None:
        """List the field ``name`` for a person to fill in or confirm, because ``why``."""
        self.unsure.setdefault(name, why)


@dataclass(kw_only=True, eq=False)
class DraftPerson(DraftFact):
    name: str
    titles: list[str]
    affiliation: str = TO_FILL
    role: str = TO_FILL

    def data(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "titles": self.titles,
            "affiliation": self.affiliation,
            "role": self.role,
            "quote": self.quote,
        }


@dataclass(kw_only=True, eq=False)
class DraftEvent(DraftFact):
    name: str = TO_FILL
    kind: str = "meeting"
    place: str | None = None
    date: dt.date | None = None
    timing: str | None = None
    status: str = "held"
    # None: not a meeting of people (a named event, the placeholder); written only when a list
    participants: list[str] | None = None
    told_at: int = 0  # where the report tells of it: to order and match events while drafting
    next_session: bool = False  # "The next meeting will be held in ...": named after the last

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name, "kind": self.kind}
        if self.place is not None:
            data["place"] = self.place
        if self.date is not None:
            data["date"] = self.date.isoformat()
        if self.timing is not None:
            data["timing"] = self.timing
        data["status"] = self.status
        if self.participants is not None:
            data["participants"] = self.participants
        data["quote"] = self.quote
        return data


@dataclass(kw_only=True, eq=False)
class DraftStatistic(DraftFact):
    label: str
    kind: str
    value: Decimal
    figure: str
    currency: str | None = None
    scale: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    period: str | None = None
    flow: str | None = None
    of: str | None = None
    comparison: bool = False  # an earlier value given to compare with the figure before it
    intended: bool = False  # a target or forecast, not what is

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "value": self.value,
            "figure": self.figure,
        }
        if self.kind == "amount":
            data.update(currency=self.currency, scale=self.scale)
        elif self.scale is not None:
            data["scale"] = self.scale
        for name in ("unit", "qualifier"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        if self.kind in ("amount", "change") or self.unit == "percent":
            # written even when null: the clause of a sum or a per cent names none
            data.update(period=self.period, flow=self.flow)
        if self.of is not None:
            data["of"] = self.of
        data["quote"] = self.quote
        return data


@dataclass(kw_only=True, eq=False)
class DraftTopic(DraftFact):
    """An agenda item: its label, who raised it (ids of people) and the event it came up at."""

    label: str
    raised_by: list[str] = field(default_factory=list)
    event: str | None = None

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "label": self.label, "raised_by": self.raised_by}
        if self.event is not None:
            data["event"] = self.event
        data["quote"] = self.quote
        return data


@dataclass(kw_only=True, eq=False)
class DraftSource:
    """The report's date, dateline and attribution, with what of them is unsure and why."""

    published: dt.date | None = None
    published_quote: str | None = None
    dateline: str | None = None
    dateline_quote: str | None = None
    attribution: str | None = None
    attribution_quote: str | None = None
    unsure: dict[str, str] = field(default_factory=dict)

    def doubt(self, name: str, why: str) -> None:
        self.unsure.setdefault(name, why)

    def data(self, text: str) -> dict[str, Any]:
        data: dict[str, Any] = {"published": self.published.isoformat() if self.published else None}
        for name in _SOURCE_FIELDS:
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        data["text"] = text
        return data


_SOURCE_FIELDS = (
    *("published_quote", "dateline", "dateline_quote", "attribution", "attribution_quote"),
)
# The fields of each kind of fact in the order of the facts file: the order of ``draft``.
_FIELDS = {
    "people": ("name", "titles", "affiliation", "role"),
    "events": ("name", "kind", "place", "date", "timing", "status", "participants", "purpose"),
    "topics": ("label", "raised_by", "event"),
    "statistics": (
        *("label", "kind", "value", "figure", "currency", "scale", "unit", "qualifier"),
        *("period", "flow", "of"),
    ),
}


@dataclass(kw_only=True)
class Draft:
    """Every draft fact of a report, and the sections a person must complete as a whole."""

    source: DraftSource
    people: list[DraftPerson]
    events: list[DraftEvent]
    statistics: list[DraftStatistic]
    meeting: DraftEvent
    meeting_unsure: bool  # the file is about an event the text does not call a meeting
    statistics_incomplete: str | None  # why not every figure is drafted, if not
    topics: list[DraftTopic] = field(default_factory=list)
    # section -> the facts dropped from it, each "id (why)": facts whose quote or vital value
    # the draft's own proof refused (kzeu.draft.proven), listed as the section's flag
    dropped: dict[str, list[str]] = field(default_factory=dict)
    meeting_why: str | None = None  # why the meeting is listed, when not that none is told of
    read_to: str | None = None  # why and where the draft stopped reading, if before the end

    def assemble(self, text: str) -> dict[str, Any]:
        """Return the facts file as JSON data, its ``draft`` list made from the facts' doubts:
        the source's, then each section's in the order of the file, fact by fact. The same
        paths are recorded under ``review.flagged``, away from the list (near the top of the
        file, the list being at its end): a flag deleted from the list by hand stays
        unconfirmed until ``kzeu review`` confirms it (kzeu.gate)."""
        flags = self.flags()
        return {
            "format_version": 1,
            "source": self.source.data(text),
            "meeting": self.meeting.id,
            "review": {"flagged": [flag["path"] for flag in flags]},
            "people": [p.data() for p in self.people],
            "events": [e.data() for e in self.events],
            "topics": [t.data() for t in self.topics],
            "statistics": [s.data() for s in self.statistics],
            "draft": flags,
        }

    def flags(self) -> list[dict[str, Any]]:
        """Return the ``draft`` list: a flag ``{path, why, suggested}`` for every field listed
        to fill in or confirm, in the order of ``paths``, each naming its fact by id; the
        suggestion is the value drafted (None where the field is left empty)."""
        why = self.reasons()
        flags = []
        for path in self.paths():
            named, suggested = self._named(path)
            reason = why.get(path, _WHY.get(path, ""))[:MAX_WHY]
            flags.append({"path": named, "why": reason, "suggested": suggested})
        return flags

    def _named(self, path: str) -> tuple[str, Any]:
        """Return ``path`` with its fact named by id, and the value drafted there."""
        if path == "meeting":
            return path, self.meeting.id
        if path.startswith("source."):
            name = path.removeprefix("source.")
            return path, _suggestion(getattr(self.source, name))
        if "[" not in path:
            return path, None  # a whole section
        section, rest = path.split("[", 1)
        index, name = rest.split("].", 1)
        fact = getattr(self, section)[int(index)]
        return f"{section}/{fact.id}.{name}", _suggestion(fact.data().get(name))

    def paths(self) -> list[str]:
        """Return the path of every field listed to fill in or confirm, in the file's order."""
        paths = [f"source.{name}" for name in ("published", "dateline", "attribution")]
        listed = [path for path in paths if path.removeprefix("source.") in self.source.unsure]
        if self.meeting_unsure:
            listed.append("meeting")
        for section in ("people", "events", "topics", "statistics"):
            listed.extend(_paths(section, getattr(self, section)))
            if self._whole(section):
                listed.append(section)
        return listed

    def _whole(self, section: str) -> bool:
        """Whether the ``section`` as a whole is listed: no agenda item found, not every figure
        drafted, facts dropped from it, or the report not read to its end."""
        return (
            section in self.dropped
            or self.read_to is not None
            or (section == "topics" and not self.topics)
            or (section == "statistics" and self.statistics_incomplete is not None)
        )

    def reasons(self) -> dict[str, str]:
        """Return why each path of ``paths`` is listed."""
        why = {f"source.{name}": reason for name, reason in self.source.unsure.items()}
        if not self.topics:
            why["topics"] = "no clause found that says what was discussed"
        if self.statistics_incomplete is not None:
            why["statistics"] = self.statistics_incomplete
        if self.meeting_why is not None:
            why["meeting"] = self.meeting_why
        if self.read_to is not None:
            for section in ("people", "events", "topics", "statistics"):
                why[section] = f"{why[section]}; {self.read_to}" if section in why else self.read_to
        for section, dropped in self.dropped.items():
            said = f"kzeu dropped {len(dropped):,} fact(s) it could not prove: {'; '.join(dropped)}"
            why[section] = f"{why[section]}; {said}" if section in why else said
        for section, facts in (
            ("people", self.people),
            ("events", self.events),
            ("topics", self.topics),
            ("statistics", self.statistics),
        ):
            for index, fact in enumerate(facts):
                why.update(
                    {f"{section}[{index}].{name}": reason for name, reason in fact.unsure.items()}
                )
        return why


# The longest reason a flag may give (``kzeu.models.Flag.why``): a longer one is cut.
MAX_WHY = 2000
# Why a flag not of one fact's doubts is listed.
_WHY = {
    "meeting": "the report tells of no meeting: which event is the file about?",
    "topics": "no clause found that says what was discussed",
}


def _suggestion(value: object) -> Any:
    """Return a drafted value as a suggestion: as JSON writes it, None where it is empty."""
    if value in (None, "", []):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _paths(section: str, facts: list[Any]) -> list[str]:
    order = _FIELDS[section]
    return [
        f"{section}[{index}].{name}"
        for index, fact in enumerate(facts)
        for name in order
        if name in fact.unsure
    ]
