"""The draft's own proof: a draft never fails the validation its loader applies.

``kzeu draft`` cuts every quote from the text and writes only what it read there, but a stage
can still propose a value its quote does not state (a timing told in another sentence), or one
the model refuses. Rather than write a file its own loader refuses (exit 70, "a bug"), the
assembled draft is proven exactly as a facts file is loaded (``kzeu.facts.prove_json``: the
models, then ``kzeu.integrity``'s quote and value rules); each field the proof refuses is left
empty (or, if optional, absent) and listed as unconfirmed with the reason, and the draft is
proven again. A fact whose quote itself fails is cut to the longest quote the model allows when
that is what fails, else dropped, and the drop is said in the draft list (its section is listed
with the reason), never silently; a reference to a dropped fact is removed with it. The usual
draft passes at the first proof, the one ``kzeu draft`` always made: nothing is proven twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from kzeu.draft.drafted import TO_FILL, Draft, DraftEvent, DraftFact

if TYPE_CHECKING:
    from kzeu.models import FactsFile

# A draft is proven at most so many times: each proof after the first repairs what the one
# before refused (first the model's problems, then the quote rules', then references to facts
# dropped), and each repair only empties fields or drops facts, so a few rounds end it.
ROUNDS = 6
# The fields whose failure loses the fact itself: without a proven figure or value a statistic
# says nothing, and a status is one of two words the draft chose.
_VITAL = {
    "statistics": frozenset(("kind", "value", "figure")),
    "events": frozenset(("status",)),
}
_SECTIONS = ("people", "events", "topics", "statistics")


class Unprovable(Exception):
    """The draft still fails its proof after every repair: a bug in kzeu."""


class Proven(NamedTuple):
    """A draft that passed its own proof: as JSON data, as the JSON text kzeu writes, and as
    the loader reads it."""

    data: dict[str, Any]
    document: str
    facts: FactsFile


def proven(drafted: Draft, text: str, check: Callable[[str], None]) -> Proven:
    """Return the facts file of ``drafted``, proven, after leaving empty and listing every
    field its proof refuses; ``check(document)`` is called on each document before it is
    proven (the size cap). Raise ``Unprovable`` if the proof still fails after ``ROUNDS``
    repairs."""
    from kzeu.facts import InvalidFacts, prove_json
    from kzeu.render import json_document

    for _ in range(ROUNDS):
        data = drafted.assemble(text)
        document = json_document(data)
        check(document)
        try:
            return Proven(data, document, prove_json(document))
        except InvalidFacts as error:
            if not repair(drafted, error.errors, text):
                raise Unprovable(error.message) from error
    raise Unprovable(f"the draft fails its own proof after {ROUNDS} repairs")


def repair(drafted: Draft, errors: Sequence[Mapping[str, Any]], text: str) -> bool:
    """Leave empty, or drop, what each of ``errors`` (pydantic's, as the loader gives them)
    refuses in ``drafted``; return whether anything was repaired."""
    dropped: list[DraftFact] = []
    repaired = False
    for error in errors:
        loc = tuple(error["loc"])
        if loc[:1] == ("source",) and len(loc) >= 2:
            repaired |= _repair_source(drafted, str(loc[1]), error)
        elif loc == ("meeting",):
            repaired |= _point_meeting_elsewhere(drafted)
        elif len(loc) >= 3 and loc[0] in _SECTIONS and isinstance(loc[1], int):
            section, index, name = str(loc[0]), loc[1], str(loc[2])
            facts: list[DraftFact] = getattr(drafted, section)
            if index >= len(facts):
                continue
            fact = facts[index]
            if fact in dropped:
                continue  # dropped for a problem before: one reason is said
            if name == "quote":
                repaired |= _repair_quote(drafted, section, fact, text, dropped)
            elif name in _VITAL.get(section, ()) or name == "id":
                dropped.append(fact)
                _say_dropped(drafted, section, fact, f"its {name} {_shown(error)}")
                repaired = True
            else:
                repaired |= _empty(fact, name, loc[3:], error)
    if dropped:
        _drop(drafted, dropped)
    return repaired


def _shown(error: Mapping[str, Any]) -> str:
    """Return the refused value of ``error`` and why, in words, cut to a line."""
    from kzeu.facts import cut

    value = error.get("input")
    shown = repr(cut(value)) if isinstance(value, str) else cut(str(value))
    return f"{shown} could not be proven: {error['msg']}"


def _why(value: object, error: Mapping[str, Any]) -> str:
    """Return the reason listed for a field left empty because of ``error``."""
    from kzeu.facts import cut

    shown = cut(value) if isinstance(value, str) else cut(str(value))
    if error["type"] == "value_not_in_quote":
        return f"kzeu could not prove {shown!r} from its quote: fill it in or confirm it"
    return f"kzeu could not write {shown!r} ({error['msg']}): fill it in or confirm it"


def _empty(fact: DraftFact, name: str, rest: tuple[Any, ...], error: Mapping[str, Any]) -> bool:
    """Leave the field ``name`` of ``fact`` empty (None if optional, "" if required; a list
    without the item refused) and list it with the reason; return whether it changed."""
    if not hasattr(fact, name):
        return False
    value = getattr(fact, name)
    if isinstance(value, list):
        kept = _kept_items(fact, value, rest, error)
        if kept == value:
            return False
        setattr(fact, name, kept)
        removed = [item for item in value if item not in kept]
        if name not in ("participants", "raised_by"):  # a reference dropped is no field to fill
            fact.unsure[name] = _why(removed[0] if removed else value, error)
        return True
    if value in (None, TO_FILL):
        return False
    setattr(fact, name, TO_FILL if isinstance(value, str) and _required(fact, name) else None)
    fact.unsure[name] = _why(value, error)
    return True


def _kept_items(
    fact: DraftFact, items: list[Any], rest: tuple[Any, ...], error: Mapping[str, Any]
) -> list[Any]:
    """Return ``items`` without the one the error names (by index), or without every item the
    fact's quote does not state (the quote rules name the field, not the item)."""
    if rest and isinstance(rest[0], int):
        return [item for index, item in enumerate(items) if index != rest[0]]
    if error["type"] == "value_not_in_quote":
        from kzeu.stated import StatedValues

        stated = StatedValues(1 << 62)
        return [item for item in items if stated.states(fact.quote, str(item))]
    return [item for item in items if item != error.get("input")]


def _required(fact: DraftFact, name: str) -> bool:
    """Whether the model requires the field ``name`` of ``fact`` (left "", not None)."""
    from pydantic import BaseModel

    from kzeu.models import Event, Person, Statistic, Topic

    models: dict[str, type[BaseModel]] = {
        "DraftPerson": Person,
        "DraftEvent": Event,
        "DraftTopic": Topic,
    }
    info = models.get(type(fact).__name__, Statistic).model_fields.get(name)
    return info is not None and info.is_required()


def _repair_quote(
    drafted: Draft, section: str, fact: DraftFact, text: str, dropped: list[DraftFact]
) -> bool:
    """Hold ``fact`` by a quote the model takes (a quote past its length, cut to it: still a
    span of the text), else drop it; the meeting, which the file cannot do without, is held by
    the report's first line when no other event can be the meeting."""
    longest = _longest_quote()
    if len(fact.quote) > longest and fact.quote[:longest].strip():
        fact.quote = fact.quote[:longest]
        return True
    if fact is drafted.meeting and len(drafted.events) == 1:
        first = next(line for line in text.splitlines() if line.strip())
        fact.quote = first.strip()[:longest]
        return True
    dropped.append(fact)
    _say_dropped(drafted, section, fact, "its quote could not be proven")
    return True


def _longest_quote() -> int:
    """Return the most characters the model lets a quote have."""
    from kzeu.models import Event

    limits = (getattr(m, "max_length", None) for m in Event.model_fields["quote"].metadata)
    return next(limit for limit in limits if isinstance(limit, int))


def _say_dropped(drafted: Draft, section: str, fact: DraftFact, why: str) -> None:
    drafted.dropped.setdefault(section, []).append(f"{fact.id} ({why})")


def _drop(drafted: Draft, dropped: list[DraftFact]) -> None:
    """Remove the ``dropped`` facts from ``drafted``, and every reference to them."""
    gone = {id(fact) for fact in dropped}
    ids = {fact.id for fact in dropped}
    for section in _SECTIONS:
        facts: list[DraftFact] = getattr(drafted, section)
        facts[:] = [fact for fact in facts if id(fact) not in gone]
    for event in drafted.events:
        if event.participants is not None:
            event.participants = [ref for ref in event.participants if ref not in ids]
    for topic in drafted.topics:
        topic.raised_by = [ref for ref in topic.raised_by if ref not in ids]
        if topic.event in ids:
            topic.event = None
    for statistic in drafted.statistics:
        if statistic.of in ids:
            statistic.of = None
    if id(drafted.meeting) in gone:
        _point_meeting_elsewhere(drafted)


def _point_meeting_elsewhere(drafted: Draft) -> bool:
    """Make the first event left the file's meeting, listed for a person to confirm."""
    if not drafted.events:
        return False
    meeting: DraftEvent = drafted.events[0]
    changed = drafted.meeting is not meeting or not drafted.meeting_unsure
    drafted.meeting, drafted.meeting_unsure = meeting, True
    drafted.meeting_why = (
        "the meeting drafted could not be proven from its quote (see events): which event is"
        " the file about?"
    )
    return changed


def _repair_source(drafted: Draft, name: str, error: Mapping[str, Any]) -> bool:
    """Leave the source's field ``name`` (or the one its quote proves) and its quote absent,
    listed with the reason."""
    source = drafted.source
    field = name.removesuffix("_quote")
    if field not in ("published", "dateline", "attribution"):
        return False
    value = getattr(source, field)
    if value is None and getattr(source, f"{field}_quote") is None:
        return False
    setattr(source, field, None)
    setattr(source, f"{field}_quote", None)
    source.unsure[field] = _why(value if value is not None else error.get("input"), error)
    return True
