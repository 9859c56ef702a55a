"""The gate: which fields of a facts file are not yet confirmed, so that nothing unconfirmed
passes as a fact.

A field is unconfirmed when the file's ``draft`` list flags it (``kzeu draft`` flags every guess
and every field it could not fill in), when ``kzeu draft`` flagged it (its record,
``review.flagged``) and ``kzeu review`` has not confirmed it since (``review.confirmed``), or
when it is a required field left empty, whatever the list says. So deleting the ``draft`` list,
or a flag of it, by hand confirms nothing: the record still names the field, and an empty name,
role or label is never a fact. Text that older drafts wrote in place of a value (``(to fill
in)``, a label ending ``(target or forecast)``) counts as empty. A file with an unconfirmed
field is a draft: every view opens it with a banner, ``kzeu check`` fails, ``kzeu export``
refuses it unless ``--allow-draft``. A file with no record (written by hand, or by an older
kzeu) is judged by its list and its empty fields alone.

A field is named by its fact's id, not its place in a list: ``people/jane-doe.role``,
``statistics/trade-turnover.period``, ``source.attribution``, a whole section (``topics``) or
``meeting``. Flags of older drafts, which named a place (``people[0].role``), are read so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from kzeu.models import SECTIONS

if TYPE_CHECKING:
    from pydantic import JsonValue

    from kzeu.models import Fact, FactsFile

# What drafts of kzeu 0.1 wrote where they had no value, and after a target's label.
PLACEHOLDER = "(to fill in)"
TARGET_MARKER = "(target or forecast)"

# The fields each kind of fact must have; empty, they are to fill in.
REQUIRED: dict[str, tuple[str, ...]] = {
    "people": ("name", "titles", "affiliation", "role"),
    "events": ("name", "kind"),
    "topics": ("label",),
    "statistics": ("label",),
}
EMPTY_WHY = "required, and empty: kzeu could not fill it in"
# A field kzeu draft flagged whose flag left the draft list without kzeu review.
REMOVED_WHY = "removed from the draft list without being confirmed"
NO_FIELD_WHY = "flagged, and names no field of a facts file: accept to confirm"
GONE_WHY = "flagged, and its fact is gone (deleted, or its id changed, by hand): accept to confirm"

_POSITION = re.compile(r"(people|events|topics|statistics)\[([0-9]{1,9})\](?:\.([a-z_]{1,40}))?")
_PATH = re.compile(
    r"""(?:
        source\.(?P<source>[a-z_]{1,40})                   # source.attribution
      | (?P<section>people|events|topics|statistics)       # a section ...
        (?:/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)              # ... or one fact of it
           (?:\.(?P<field>[a-z_]{1,40}))?)?                # ... or one field of that
      | (?P<meeting>meeting)
    )""",
    re.VERBOSE,
)


class Where(NamedTuple):
    """What a path names: ``section`` ("source", "meeting" or a section of facts), the fact's
    ``id`` (None: the source, the meeting or a whole section) and the ``field`` (None: all)."""

    section: str
    id: str | None
    field: str | None


def parse_path(path: str) -> Where | None:
    """Return what ``path`` names, or None if it is no path of a facts file."""
    found = _PATH.fullmatch(path)
    if found is None:
        return None
    if found["source"]:
        return Where("source", None, found["source"])
    if found["meeting"]:
        return Where("meeting", None, None)
    return Where(found["section"], found["id"], found["field"])


@dataclass(frozen=True)
class Unconfirmed:
    """A field to fill in or confirm: its ``path``, why, kzeu's suggestion (None: none) and the
    report's sentence it comes from; ``fact`` is what it groups under (``people/jane-doe``,
    ``source``, ``topics``)."""

    path: str
    why: str
    suggested: JsonValue
    sentence: str
    fact: str
    listed: bool  # flagged in the draft list (else: found by the record, or empty)
    quote: str = ""  # the span of the sentence the fact quotes, to highlight
    kept: bool = False  # the suggestion is the value the field holds (its flag left the list)
    gone: bool = False  # its fact is no longer in the file: nothing to fill in, only to confirm

    def field(self) -> str:
        """Return the field's name within its fact ("" for a whole section or fact)."""
        where = parse_path(self.path)
        return (where.field or "") if where is not None else ""


def is_empty(value: object, *, label: bool = False) -> bool:
    """Whether a required field's ``value`` is empty: blank, a placeholder, no item, or (a
    ``label``) ending with the target marker of older drafts."""
    if isinstance(value, tuple | list):
        return not value or all(is_empty(item) for item in value)
    if not isinstance(value, str):
        return value is None
    text = value.strip().casefold()  # "(To Fill In)" is the placeholder too
    return not text or text == PLACEHOLDER or (label and text.endswith(TARGET_MARKER))


def unconfirmed(facts: FactsFile) -> tuple[Unconfirmed, ...]:
    """Return every unconfirmed field of ``facts``: the flags of its draft list and the fields
    its record flags and does not confirm (in the record's order, the list's own flags after
    those it does not name), then every required field that is empty and not flagged, in the
    file's order."""
    sentences = _SentenceFinder(facts)
    ids = {section: [f.id for f in getattr(facts, section)] for section in SECTIONS}
    known = {section: set(known) for section, known in ids.items()}
    listed: dict[str, Unconfirmed] = {}
    for flag in facts.draft:
        path = named_path(flag.path, ids)
        if path in listed:
            continue
        sentence, quote = sentences.of_path(path)
        if flag.sentence is not None:
            sentence = flag.sentence
        listed[path] = Unconfirmed(
            path,
            flag.why,
            flag.suggested,
            sentence,
            _group(path),
            listed=True,
            quote=quote,
            gone=_gone(path, known),
        )
    found: dict[str, Unconfirmed] = {}
    for path in unanswered(facts):
        if path in listed:
            found[path] = listed.pop(path)
        elif path not in found:
            found[path] = _removed(facts, path, sentences, known)
    found.update(listed)
    for path, group, fact in _empty_fields(facts):
        if path not in found:
            sentence = sentences.of_fact(fact)
            found[path] = Unconfirmed(
                path, EMPTY_WHY, None, sentence, group, listed=False, quote=fact.quote
            )
    return tuple(found.values())


def unanswered(facts: FactsFile) -> list[str]:
    """Return the paths the file's record flags and does not confirm, in its order."""
    record = facts.review
    if record is None or not record.flagged:
        return []
    confirmed = set(record.confirmed)
    return [path for path in record.flagged if path not in confirmed]


def is_draft(facts: FactsFile) -> bool:
    """Whether ``facts`` has a field to fill in or confirm."""
    return bool(facts.draft) or bool(unanswered(facts)) or any(True for _ in _empty_fields(facts))


def _group(path: str) -> str:
    return path.split(".", 1)[0] if "/" in path or path.startswith("source.") else path


def _gone(path: str, known: dict[str, set[str]]) -> bool:
    """Whether ``path`` names a field of a fact the file no longer has, or no field at all (a
    flag edited by hand): nothing to fill in, only to confirm."""
    where = parse_path(path)
    return where is None or (where.id is not None and where.id not in known[where.section])


def _removed(
    facts: FactsFile, path: str, sentences: _SentenceFinder, known: dict[str, set[str]]
) -> Unconfirmed:
    """Return the field ``path``, flagged by the record and not in the draft list: its
    suggestion is the value it holds (None where that is empty: a value is to give)."""
    sentence, quote = sentences.of_path(path)
    if _gone(path, known):
        why = GONE_WHY if parse_path(path) is not None else NO_FIELD_WHY
        return Unconfirmed(path, why, None, "", _group(path), listed=False, gone=True)
    value = _held(facts, parse_path(path), sentences)
    suggested = None if is_empty(value) else value
    return Unconfirmed(
        path, REMOVED_WHY, suggested, sentence, _group(path), listed=False, quote=quote, kept=True
    )


def _held(facts: FactsFile, where: Where | None, sentences: _SentenceFinder) -> JsonValue:
    """Return the value the field ``where`` names holds, as JSON writes it (None: a whole
    section, which no one value suggests, or a field the file does not have)."""
    if where is None:
        return None
    if where.section == "meeting":
        return facts.meeting
    if where.section == "source":
        return _as_json(getattr(facts.source, where.field or "", None))
    if where.id is None or where.field is None:
        return None
    fact = sentences.fact(where.section, where.id)
    return _as_json(getattr(fact, where.field, None)) if fact is not None else None


def _as_json(value: object) -> JsonValue:
    import datetime as dt
    from decimal import Decimal

    if isinstance(value, tuple | list):
        return [_as_json(item) for item in value]
    if isinstance(value, Decimal):  # at most 15 digits: a float writes it back exactly
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return None


def named_path(path: str, ids: dict[str, list[str]]) -> str:
    """Return ``path`` naming its fact by id (``people[0].role`` -> ``people/jane-doe.role``),
    as it is if it names no fact by position."""
    found = _POSITION.fullmatch(path)
    if found is None:
        return path
    section, index, field = found.groups()
    known = ids[section]
    if int(index) >= len(known):
        return path
    named = f"{section}/{known[int(index)]}"
    return f"{named}.{field}" if field else named


def _empty_fields(facts: FactsFile) -> Iterator[tuple[str, str, Fact]]:
    """Yield (path, fact, the fact) for every required field of ``facts`` that is empty."""
    for section in SECTIONS:
        names = REQUIRED[section]
        for fact in getattr(facts, section):
            for name in names:
                value = getattr(fact, name)
                # The usual field cleared without a call (a command asks this of every field of
                # every file, twice): a string, or a list's first item, with nothing to strip,
                # not the placeholder (nor, a label, ending with the target marker).
                text = value[0] if value.__class__ is tuple and value else value
                if (
                    text.__class__ is str
                    and text
                    and not text[0].isspace()
                    and not text[-1].isspace()
                    and text[0] != "("  # a placeholder, in any case: is_empty decides
                    and (name != "label" or text[-1] != ")")
                ):
                    continue
                if is_empty(value, label=name == "label"):
                    yield f"{section}/{fact.id}.{name}", f"{section}/{fact.id}", fact


class _SentenceFinder:
    """The sentence of the report each fact's quote comes from, found by the loader's own
    location of the quotes (kzeu.integrity.quote_positions, located once per file) and the one
    sentence splitter."""

    def __init__(self, facts: FactsFile) -> None:
        self.facts = facts
        self._starts: dict[int, int] | None = None
        self._sentences: object = None
        self._by_id: dict[tuple[str, str], Fact] | None = None

    def of_fact(self, fact: Fact) -> str:
        start = self._positions().get(id(fact), -1)
        return self._around(start, len(fact.quote)) if start >= 0 else fact.quote

    def of_path(self, path: str) -> tuple[str, str]:
        """Return the sentence of the field ``path`` names and the quote it holds ("", "" for
        none: a section, the meeting, a fact that is not there)."""
        where = parse_path(path)
        if where is None or where.section == "meeting":
            return "", ""
        if where.section == "source":
            quote = getattr(self.facts.source, f"{where.field}_quote", None)
            if not isinstance(quote, str):
                return "", ""
            start = self.facts.source.text.find(quote)  # three fields at most: not a loop
            return (self._around(start, len(quote)) if start >= 0 else quote), quote
        if where.id is None:
            return "", ""
        fact = self.fact(where.section, where.id)
        return (self.of_fact(fact), fact.quote) if fact is not None else ("", "")

    def fact(self, section: str, fact_id: str) -> Fact | None:
        """Return the fact of ``section`` with the id ``fact_id``, None if there is none."""
        if self._by_id is None:
            self._by_id = {(section, f.id): f for section, _, f in self.facts.facts()}
        return self._by_id.get((section, fact_id))

    def _positions(self) -> dict[int, int]:
        if self._starts is None:
            from kzeu.integrity import quote_positions

            self._starts = {id(fact): start for _, _, fact, start in quote_positions(self.facts)}
        return self._starts

    def _around(self, start: int, length: int) -> str:
        from kzeu.sentences import Sentences

        if not isinstance(self._sentences, Sentences):
            self._sentences = Sentences(self.facts.source.text)
        assert isinstance(self._sentences, Sentences)
        first, last = self._sentences.around(start, start + length)
        return self.facts.source.text[first:last].strip()
