"""``kzeu review``: a draft's unconfirmed fields answered one at a time, as ``git add -p`` asks
about hunks, or by a script (``--accept PATH``, ``--set PATH=VALUE``).

Each answer changes the file's JSON data, which is then proven whole, as the loader proves any
file (kzeu.facts: the model, then quotes verbatim and values stated), before it is written
through the one atomic writer (kzeu.files): a value the model or the quote rules refuse is never
written, and the file on disk is whole after every answer. An answered field leaves the draft
list; once the list is empty it is removed. The terminal session is here too, without Typer:
it reads answers through a function it is given and writes through a Rich console.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzeu.facts import InvalidFacts, parse_facts, prove_facts, read_regular_file
from kzeu.gate import Unconfirmed, named_path, parse_path, unconfirmed
from kzeu.models import SECTIONS

if TYPE_CHECKING:
    from rich.console import Console

    from kzeu.models import FactsFile
    from kzeu.render import Listing


class ReviewError(Exception):
    """An answer that cannot be given; ``usage``: the command line is at fault (exit 2), else
    the data (exit 1). The file is unchanged."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


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
        the file would not load with the values."""
        pending = {field.path: field for field in self.pending()}
        data = copy.deepcopy(self.data)
        places: dict[str, dict[str, dict[str, Any]]] = {}
        for path, given in answers:
            value = given
            if given is ACCEPT:
                value = self._suggestion(pending, path)
            _put(data, places, path, value)
        answered = {path for path, _ in answers}
        remaining = [f for f in self._flags() if f["path"] not in answered]
        if remaining:
            data["draft"] = remaining
        else:
            data.pop("draft", None)
        self.facts = _proven(self.name, data)
        self.data = data

    def _suggestion(self, pending: dict[str, Unconfirmed], path: str) -> Any:
        field = pending.get(path)
        if field is None:
            if parse_path(path) is None:
                raise ReviewError(f"{path}: not a path of a facts file", usage=True)
            raise ReviewError(f"{path}: not an unconfirmed field (kzeu review {self.name} --list)")
        if is_empty_suggestion(field.suggested):
            raise ReviewError(f"{path}: kzeu has no suggestion: give a value (--set PATH=VALUE)")
        return field.suggested

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
    from kzeu.render import Column, Listing, Row

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
    left = f"{len(rows):,} field(s) to fill in or confirm" if rows else "nothing to confirm"
    return Listing(f"Review: {review.name}", columns, rows, left)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


# --- the terminal session -----------------------------------------------------------------------

HELP = """\
y - accept the suggestion
e - give a value (JSON, such as 12.5 or ["a", "b"] or null; any other text is taken as it is)
n - skip this field for now
q - quit (every answer given is already written)
? - show this help"""


def what_next(review: Review) -> str:
    """Return what is left of ``review`` and the command to run next."""
    left = len(review.pending())
    if left:
        return f"{left:,} field(s) still unconfirmed; next: kzeu review {review.name}"
    return f"nothing left to confirm; next: kzeu check --facts {review.name}" + (
        f" and kzeu --facts {review.name} overview"
    )


def session(review: Review, ask: Callable[[str], str | None], console: Console) -> int:
    """Ask about each unconfirmed field in turn, writing each answer at once; return how many
    answers were written. ``ask`` returns the line typed, or None at the end of input."""
    written = 0
    todo = review.pending()
    for number, field in enumerate(todo, start=1):
        console.print(_shown(field, number, len(todo)))
        outcome = _answer(review, field, ask, console)
        if outcome == "quit":
            break
        written += outcome == "written"
    return written


def _answer(
    review: Review, field: Unconfirmed, ask: Callable[[str], str | None], console: Console
) -> str:
    """Ask about ``field`` until answered; return "written", "skipped" or "quit"."""
    while True:
        typed = ask(f"Confirm {_inline(field.path)}? [y,e,n,q,?] ")
        if typed is None:  # the end of input
            return "quit"
        choice = typed.strip().lower()
        if choice == "y":
            if is_empty_suggestion(field.suggested):
                console.print("no suggestion to accept: e gives a value", style="yellow")
                continue
            return _written(review, console, lambda: review.accept(field.path))
        if choice == "e":
            outcome = _edit(review, field, ask, console)
            if outcome != "back":
                return outcome
            continue
        if choice == "n":
            return "skipped"
        if choice == "q":
            return "quit"
        console.print(HELP, markup=False, highlight=False)


def _edit(
    review: Review, field: Unconfirmed, ask: Callable[[str], str | None], console: Console
) -> str:
    while True:
        typed = ask(f"{_inline(field.path)} = (empty: back) ")
        if typed is None:
            return "quit"
        if not typed.strip():
            return "back"
        value = parse_value(typed.strip())
        outcome = _written(review, console, partial(review.set, field.path, value))
        if outcome == "written":
            return outcome


def _inline(text: str) -> str:
    from kzeu.render.escape import visible

    return visible(text, inline=True)


def _written(review: Review, console: Console, answer: Callable[[], None]) -> str:
    from rich.text import Text

    from kzeu.render.escape import visible

    try:
        answer()
        review.save(more_to_come=True)
    except ReviewError as error:
        console.print(Text(visible(str(error)), style="red"), soft_wrap=True)
        return "refused"
    written = Text(f"written to {visible(review.name, inline=True)}", style="green")
    console.print(written, soft_wrap=True)
    return "written"


def _shown(field: Unconfirmed, number: int, total: int) -> Any:
    """Return the field as Rich text: its path, the sentence with the quote highlighted, why
    and the suggestion."""
    from rich.text import Text

    from kzeu.render.escape import visible

    text = Text()
    text.append(f"\n({number}/{total}) ", style="dim")
    text.append(visible(field.path, inline=True), style="bold")
    text.append("\n")
    for piece, quoted in _pieces(field.sentence, field.quote):
        text.append(visible(piece, inline=True), style="bold yellow" if quoted else "")
    text.append(f"\nwhy: {visible(field.why, inline=True)}\n", style="dim")
    suggested = field.suggested
    shown = "none" if is_empty_suggestion(suggested) else json.dumps(suggested, ensure_ascii=False)
    text.append(f"suggested: {visible(shown, inline=True)}")
    return text


def _pieces(sentence: str, quote: str) -> Iterator[tuple[str, bool]]:
    at = sentence.find(quote) if quote else -1
    if at < 0:
        yield sentence, False
        return
    yield sentence[:at], False
    yield quote, True
    yield sentence[at + len(quote) :], False
