"""``kzeu review``: a draft's unconfirmed fields answered one at a time, as ``git add -p`` asks
about hunks, or by a script (``--accept PATH``, ``--set PATH=VALUE``).

Each answer changes the file's JSON data, which is then proven whole, as the loader proves any
file (kzeu.facts: the model, then quotes verbatim and values stated), before it is written
through the one atomic writer (kzeu.files): a value the model or the quote rules refuse is never
written, and the file on disk is whole after every answer. An answered field leaves the draft
list (once the list is empty it is removed) and is recorded as confirmed in the file's record
(``review.confirmed``), which the draft list does not replace (kzeu.gate). The terminal session
is in kzeu.review_terminal.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzeu.facts import InvalidFacts, parse_facts, prove_facts, read_regular_file
from kzeu.gate import Unconfirmed, named_path, parse_path, unconfirmed
from kzeu.models import SECTIONS

if TYPE_CHECKING:
    from kzeu.models import FactsFile
    from kzeu.render import Listing


class ReviewError(Exception):
    """An answer that cannot be given; ``usage``: the command line is at fault (exit 2), else
    the data (exit 1). The file is unchanged. ``quote``: the path of the quote a source field's
    value needs, when the report's text has none to give (kzeu.source_quotes)."""

    def __init__(self, message: str, *, usage: bool = False, quote: str | None = None) -> None:
        super().__init__(message)
        self.usage = usage
        self.quote = quote


def parse_value(typed: str) -> Any:
    """Return what a person typed as a value: the JSON value it parses as (numbers exact),
    else the text itself."""
    try:
        return json.loads(typed, parse_float=Decimal)
    except ValueError:
        return typed


def parse_setting(given: str) -> tuple[str, Any]:
    """Return (path, value) of ``--set PATH=VALUE``; raise ``ReviewError`` (usage) without
    ``=``."""
    path, equals, typed = given.partition("=")
    if not equals or not path:
        raise ReviewError(f"--set {given}: give PATH=VALUE", usage=True)
    return path, parse_value(typed)


# An answer that takes kzeu's suggestion.
ACCEPT: Any = object()


def is_empty_suggestion(value: object) -> bool:
    """Whether a suggestion gives nothing to accept."""
    return value is None or value in ("", [])


@dataclass
class Review:
    """A draft under review: its name, its JSON data and the facts proven from them."""

    name: str
    data: dict[str, Any]
    facts: FactsFile

    @classmethod
    def open(cls, name: str) -> Review:
        """Return the review of the facts file ``name``; raise ``kzeu.facts.FactsError`` if
        it cannot be read or is not a valid facts file (a draft is one)."""
        if name == "-":
            raise ReviewError("review writes its answers into FILE: give a file, not -", usage=True)
        where = Path(name)
        raw = read_regular_file(where)
        facts = prove_facts(where, parse_facts(where, raw))
        data = json.loads(raw, parse_float=Decimal)
        return cls(name, data, facts)

    def pending(self) -> tuple[Unconfirmed, ...]:
        """Return the fields left to fill in or confirm."""
        return unconfirmed(self.facts)

    def accept(self, path: str) -> None:
        """Confirm the suggestion for ``path`` (in memory: ``save`` writes it)."""
        self.answer([(path, ACCEPT)])

    def set(self, path: str, value: Any) -> None:
        """Give ``path`` the value ``value`` (in memory: ``save`` writes it)."""
        self.answer([(path, value)])

    def answer(self, answers: Sequence[tuple[str, Any]]) -> None:
        """Give every answer of ``answers`` (a path and its value, or ``ACCEPT``: the
        suggestion), proven with the whole file once; raise ``ReviewError``, with nothing
        changed, if a path names no field, a suggestion is accepted where there is none, or
        the file would not load with the values. Each answered field leaves the draft list and
        is recorded as confirmed (``review.confirmed``, where the file has the record); a
        source field given a value its quote does not state is given a quote from the report
        (kzeu.source_quotes)."""
        pending = {field.path: field for field in self.pending()}
        data = copy.deepcopy(self.data)
        places: dict[str, dict[str, dict[str, Any]]] = {}
        for path, given in answers:
            value = given
            if given is ACCEPT:
                field = self._accepted(pending, path)
                if field.gone or field.kept:
                    continue  # no fact to write to, or the value it holds is the one accepted
                value = field.suggested
            _put(data, places, path, value)
        answered = {path for path, _ in answers}
        _quote_sources(data, answered)
        _record(data, [path for path, _ in answers])
        remaining = [f for f in self._flags() if f["path"] not in answered]
        if remaining:
            data["draft"] = remaining
        else:
            data.pop("draft", None)
        self.facts = _proven(self.name, data)
        self.data = data

    def _accepted(self, pending: dict[str, Unconfirmed], path: str) -> Unconfirmed:
        field = pending.get(path)
        if field is None:
            if parse_path(path) is None:
                raise ReviewError(f"{path}: not a path of a facts file", usage=True)
            raise ReviewError(f"{path}: not an unconfirmed field (kzeu review {self.name} --list)")
        if not field.gone and is_empty_suggestion(field.suggested):
            raise ReviewError(f"{path}: kzeu has no suggestion: give a value (--set PATH=VALUE)")
        return field

    def save(self, *, more_to_come: bool = False) -> None:
        """Write the file whole, through the one atomic writer, in place of the old one.
        ``more_to_come``: a session goes on after this answer, so the ending signals are let
        go once the file is in place (a command that has written its file holds them until
        it exits, kzeu.files): Ctrl-C then ends the session with 130, every answer kept."""
        from kzeu import exits
        from kzeu.files import target, write_file

        holding = exits.in_command
        exits.in_command = holding and not more_to_come
        try:
            write_file(target(self.name, force=True), document(self.data).encode(), force=True)
        finally:
            exits.in_command = holding

    def _flags(self) -> list[dict[str, Any]]:
        """Return the draft list as flags naming each fact by id (older drafts named places)."""
        ids = {s: [f.id for f in getattr(self.facts, s)] for s in SECTIONS}
        flags = []
        for flag in self.facts.draft:
            item = flag.model_dump(exclude_defaults=True)
            item["path"] = named_path(flag.path, ids)
            flags.append(item)
        return flags


def document(data: dict[str, Any]) -> str:
    """Return the facts file's JSON text as kzeu writes it."""
    from kzeu.render import json_document

    return json_document(data)


def _proven(name: str, data: dict[str, Any]) -> FactsFile:
    where = Path(name)
    try:
        return prove_facts(where, parse_facts(where, document(data).encode()))
    except InvalidFacts as error:
        from kzeu.facts import describe, syntax_error
        from kzeu.render import shortened

        if syntax_error(error.errors) is not None:  # not JSON: no value given can cause it
            raise ReviewError(error.problem) from None
        problems = [describe({**e, "loc": _by_id(data, e["loc"])}) for e in error.errors]
        lines = ("refused, the file is unchanged:", *shortened(problems, "kzeu check"))
        raise ReviewError("\n  ".join(lines)) from None


def _quote_sources(data: dict[str, Any], answered: set[str]) -> None:
    """Give each source field answered with a value its quote does not state a quote from the
    report (none for no value), unless its quote is answered too; raise ``ReviewError`` naming
    the quote to give when the report has none."""
    from kzeu.source_quotes import QUOTED, find_quote, quote_field, states

    source = data["source"]
    for name in QUOTED:
        key = quote_field(name)
        if f"source.{name}" not in answered or f"source.{key}" in answered:
            continue
        value, quote = source.get(name), source.get(key)
        if value is None:
            source[key] = None  # a field and its quote go together
        elif not isinstance(value, str) or (isinstance(quote, str) and states(name, value, quote)):
            continue  # kept (a value of the wrong type is the model's to refuse)
        else:
            found = find_quote(str(source.get("text", "")), name, value)
            if found is None:
                raise ReviewError(
                    f"source.{name}: the report does not state {value!r}: give the words of the"
                    f" report that do (--set source.{key}=WORDS)",
                    quote=f"source.{key}",
                )
            source[key] = found


def _record(data: dict[str, Any], answered: Sequence[str]) -> None:
    """Add each path of ``answered`` that the file's record flags to its confirmed paths."""
    record = data.get("review")
    if not isinstance(record, dict):
        return
    confirmed = list(record.get("confirmed", ()))
    flagged, done = set(record.get("flagged", ())), set(confirmed)
    for path in answered:
        if path in flagged and path not in done:
            confirmed.append(path)
            done.add(path)
    if confirmed:
        record["confirmed"] = confirmed


def _by_id(data: dict[str, Any], loc: Sequence[str | int]) -> tuple[str | int, ...]:
    """Return an error's place with its fact named by id, as review names fields:
    ("people", 0, "role") -> ("people/jane-doe", "role")."""
    if len(loc) >= 2 and loc[0] in SECTIONS and isinstance(loc[1], int):
        facts = data.get(str(loc[0]))
        if isinstance(facts, list) and loc[1] < len(facts) and isinstance(facts[loc[1]], dict):
            fact_id = facts[loc[1]].get("id")
            if isinstance(fact_id, str):
                return (f"{loc[0]}/{fact_id}", *loc[2:])
    return tuple(loc)


def _put(
    data: dict[str, Any], places: dict[str, dict[str, dict[str, Any]]], path: str, value: Any
) -> None:
    """Set the field ``path`` names in ``data`` to ``value`` (``places``: each section's facts
    by id, filled as needed, so that many answers cost one pass); raise ``ReviewError``."""
    where = parse_path(path)
    if where is None:
        raise ReviewError(
            f"{path}: not a path of a facts file (source.FIELD, SECTION/ID.FIELD, SECTION,"
            " meeting)",
            usage=True,
        )
    if where.section == "source":
        data["source"][where.field] = value
    elif where.section == "meeting":
        data["meeting"] = value
    elif where.id is None:
        data[where.section] = value
        places.pop(where.section, None)  # a new section: its facts are found afresh
    else:
        if where.section not in places:
            facts = data.get(where.section)
            listed = facts if isinstance(facts, list) else []
            places[where.section] = {
                f["id"]: f for f in listed if isinstance(f, dict) and isinstance(f.get("id"), str)
            }
        fact = places[where.section].get(where.id)
        if fact is None:
            raise ReviewError(f"{path}: the file has no {where.section} with the id {where.id}")
        if where.field is None:
            raise ReviewError(f"{path}: give one field of the fact ({path}.FIELD)", usage=True)
        if where.field == "id":
            raise ReviewError(f"{path}: an id names the fact: change it by editing the file")
        fact[where.field] = value


def apply_answers(review: Review, accepted: Sequence[str], settings: Sequence[str]) -> None:
    """Give every answer of a script, in order (``--accept`` first), and write the file once:
    all of them or, on the first that fails (``ReviewError``), none."""
    answers = [(path, ACCEPT) for path in accepted]
    answers.extend(parse_setting(given) for given in settings)
    review.answer(answers)
    review.save()


def listing(review: Review) -> Listing:
    """Return the unconfirmed fields as rows: path, why, suggested, sentence."""
    from kzeu.render import Column, Listing, Row, counted

    columns = (
        Column("path", "Field", no_wrap=True),
        Column("suggested", "Suggested"),
        Column("why", "Why"),
        Column("sentence", "Sentence", table=False),
    )
    rows: list[Row] = [
        {"path": f.path, "why": f.why, "suggested": _cell(f.suggested), "sentence": f.sentence}
        for f in review.pending()
    ]
    left = f"{counted(len(rows), 'field')} to fill in or confirm" if rows else "nothing to confirm"
    return Listing(f"Review: {review.name}", columns, rows, left)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def what_next(review: Review) -> str:
    """Return what is left of ``review`` and the command to run next."""
    from kzeu.render import counted

    left = len(review.pending())
    if left:
        return f"{counted(left, 'field')} still unconfirmed; next: kzeu review {review.name}"
    return f"nothing left to confirm; next: kzeu check --facts {review.name}" + (
        f" and kzeu --facts {review.name} overview"
    )
