"""``kzeu export --sqlite``: facts files into one SQLite database, to query many meetings at once.

One table per kind of fact, plus ``sources`` (one row per facts file, with its meeting, its name
as given and the SHA-256 of its bytes), ``quotes`` (every quote with its place in the report)
and ``event_windows`` (the dates a relative timing such as "next week" spans: inferred, as
``kzeu events`` marks them). Each fact row carries ``source_id``, the key of its file and
meeting. A fact table's columns are its model's fields, in order: ``quote`` becomes ``quote_id``
(the row of ``quotes``), a list is stored as JSON text, a date as YYYY-MM-DD, and a number
exactly, as decimal text in ``value_text``, beside ``value`` for arithmetic: an INTEGER for a
whole count, else a REAL. ``statistics`` also holds the figures ``kzeu.derive`` computes, as
rows with ``derived`` = 1, their ``formula``, ``inputs`` and (where none can be computed) the
``reason``, and no quote. A file given twice, a second copy of one report's meeting, and a draft
(unless allowed) are refused; a draft's fields to fill in or confirm (kzeu.gate) are rows of
``unconfirmed``, each with its path, why, the suggestion as JSON text and its sentence. The
database is built in memory and written by ``kzeu.files``: whole or not at all, never onto an
existing file without ``--force``, never onto one of its own inputs (even with it), and never to
a file named ``-``, which elsewhere in kzeu means standard output: a database is a binary file,
for a name (``./-`` if a file named so is really meant).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kzeu.derive import Derived, derived_figures, inferred_window
from kzeu.facts import FactsError, load_facts_and_bytes, path_from_environment, resolve_path
from kzeu.files import Target, write_file
from kzeu.gate import is_draft, unconfirmed
from kzeu.integrity import quote_positions
from kzeu.models import KIND_OF, SECTIONS, FactsFile
from kzeu.render import Column, Listing, Row

_SCHEMA = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    meeting TEXT NOT NULL,
    meeting_name TEXT NOT NULL,
    published TEXT,
    dateline TEXT,
    attribution TEXT,
    text TEXT NOT NULL
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    fact_kind TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
{facts}CREATE TABLE event_windows (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    event_id TEXT NOT NULL,
    timing TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    PRIMARY KEY (source_id, event_id),
    FOREIGN KEY (source_id, event_id) REFERENCES events(source_id, id)
);
CREATE INDEX sources_by_sha256 ON sources (sha256);
CREATE TABLE unconfirmed (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    path TEXT NOT NULL,
    fact TEXT NOT NULL,
    why TEXT NOT NULL,
    suggested TEXT,
    sentence TEXT NOT NULL,
    PRIMARY KEY (source_id, path)
);
CREATE INDEX quotes_by_fact ON quotes (source_id, fact_id);
CREATE INDEX people_by_name ON people (name);
CREATE INDEX events_by_status ON events (status, date);
CREATE INDEX topics_by_event ON topics (source_id, event);
CREATE UNIQUE INDEX statistics_stated ON statistics (source_id, id) WHERE derived = 0;
CREATE INDEX statistics_by_id ON statistics (source_id, id);
CREATE INDEX statistics_by_kind ON statistics (kind, flow);
CREATE INDEX event_windows_by_start ON event_windows (start);
"""
TABLES = ("sources", "quotes", *SECTIONS, "event_windows", "unconfirmed")


class ExportError(Exception):
    """The export was refused, or failed; ``usage``: the command line is at fault."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


# How an input read from the default facts file ($KZEU_FACTS, else the packaged one) is named.
DEFAULT_INPUT = "packaged facts.json"


class Input(NamedTuple):
    """A facts file to export: how it is named in the database (the path given, or
    ``DEFAULT_INPUT``), its facts, and the SHA-256 of its bytes (hex)."""

    name: str
    facts: FactsFile
    sha256: str


def input_name(path: str | None) -> str:
    """Return how the facts file ``path`` is named in the database: as given, where the user
    gave it (the command line, else ``$KZEU_FACTS``), else ``DEFAULT_INPUT``."""
    return path or path_from_environment() or DEFAULT_INPUT


def read_input(path: str | None) -> Input:
    """Return the facts file ``path`` (None: the default one) loaded and proven as every command
    loads one, with the SHA-256 of the very bytes proven; raise ``FactsError``."""
    facts, data = load_facts_and_bytes(path)
    return Input(input_name(path), facts, hashlib.sha256(data).hexdigest())


class _Column(NamedTuple):
    name: str
    declaration: str
    value: Callable[[BaseModel], object]


def _types(annotation: Any) -> set[Any]:
    """Return the types ``annotation`` admits, with ``Annotated`` and unions taken apart."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return {t for arg in typing.get_args(annotation) for t in _types(arg)}
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return {typing.get_origin(annotation) or annotation}


def _as_text(value: object) -> object:
    if isinstance(value, tuple):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _field_columns(name: str, field: FieldInfo) -> list[_Column]:
    admits = _types(field.annotation)
    null = "" if type(None) in admits else " NOT NULL"

    def get(fact: BaseModel) -> object:
        return getattr(fact, name)

    if Decimal in admits:  # exactly as decimal text, and as a number for arithmetic

        def text(fact: BaseModel) -> object:
            value = get(fact)
            return None if value is None else format(value, "f")

        def number(fact: BaseModel) -> object:
            value = get(fact)
            if value is None:
                return None
            return _number(typing.cast(Decimal, value), count=getattr(fact, "kind", "") == "count")

        # No declared type, so no affinity: SQLite keeps an INTEGER and a REAL as given (REAL
        # would make 3000 companies 3000.0; NUMERIC would make $50 billion an INTEGER, which
        # SQL then divides as one).
        return [
            _Column(f"{name}_text", f"TEXT{null}", text),
            _Column(name, null.strip(), number),
        ]
    return [_Column(name, f"TEXT{null}", lambda fact: _as_text(get(fact)))]


def _number(value: Decimal, *, count: bool) -> int | float:
    """Return ``value`` as SQLite stores it: an INTEGER for a whole count, else a REAL."""
    if count and value == value.to_integral_value():
        return int(value)
    return float(value)


def _fact_columns(model: type[BaseModel]) -> list[_Column]:
    """Return the columns of ``model``'s fields, in order, but ``quote``: the table stores it
    as ``quote_id``, a row of ``quotes``, after them (and ``source_id`` before)."""
    fields = model.model_fields.items()
    return [c for name, field in fields if name != "quote" for c in _field_columns(name, field)]


def _model_of(section: str) -> type[BaseModel]:
    model: type[BaseModel] = typing.get_args(FactsFile.model_fields[section].annotation)[0]
    return model


FACT_COLUMNS: dict[str, list[_Column]] = {s: _fact_columns(_model_of(s)) for s in SECTIONS}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ``statistics`` holds the derived figures too (kzeu.derive): rows marked ``derived`` = 1, with
# their formula, the ids of their inputs (a JSON array), the reason where no value can be
# computed, and neither a figure as printed nor a quote. Its stated ids are unique (a partial
# index); a derived id may repeat (two changes of one amount each imply a previous figure).
_DERIVED_COLUMNS = (
    ("derived", "INTEGER NOT NULL"),
    ("formula", "TEXT"),
    ("inputs", "TEXT"),
    ("reason", "TEXT"),
)
_NONE_WHEN_DERIVED = ("figure",)


def _table_columns(section: str) -> list[tuple[str, str]]:
    """Return the (name, declaration) of the columns of ``section``'s table between
    ``source_id`` and ``quote_id``."""
    columns = [(c.name, c.declaration) for c in FACT_COLUMNS[section]]
    if section != "statistics":
        return columns
    loosened = [
        (name, declaration.removesuffix(" NOT NULL") if name in _NONE_WHEN_DERIVED else declaration)
        for name, declaration in columns
    ]
    return [*loosened, *_DERIVED_COLUMNS]


def _create_table(section: str) -> str:
    stated_only = section != "statistics"
    lines = [
        "    source_id INTEGER NOT NULL REFERENCES sources(id)",
        *(f"    {_quoted(n)} {d}".rstrip() for n, d in _table_columns(section)),
        f"    quote_id INTEGER{' NOT NULL' if stated_only else ''} REFERENCES quotes(id)",
        *(["    PRIMARY KEY (source_id, id)"] if stated_only else []),
    ]
    return f"CREATE TABLE {section} (\n" + ",\n".join(lines) + "\n);\n"


def _insert(section: str) -> str:
    names = ["source_id", *(n for n, _ in _table_columns(section)), "quote_id"]
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {section} ({', '.join(map(_quoted, names))}) VALUES ({marks})"


SCHEMA = _SCHEMA.format(facts="".join(_create_table(s) for s in SECTIONS))
INSERTS = {section: _insert(section) for section in SECTIONS}


def refuse_same_files(paths: Sequence[str | None], names: Sequence[str]) -> None:
    """Raise ``ExportError`` if two of ``paths`` (None: the default) are one file, by device
    and inode; a path that cannot be used is left for loading to report."""
    seen: dict[tuple[int, int], str] = {}
    for path, name in zip(paths, names, strict=True):
        try:
            info = os.stat(resolve_path(path))
        except (FactsError, OSError, ValueError):
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            same = "is given twice" if name == seen[key] else f"is the same file as {seen[key]}"
            raise ExportError(f"{name} {same}: give each file once", usage=True)
        seen[key] = name


def refuse_output(out: Target, inputs: Sequence[Input]) -> None:
    """Raise ``ExportError`` for an output named ``-`` or one that is one of the ``inputs``
    (by device and inode, so through a symlink or a hard link too)."""
    if out.name == "-":
        raise ExportError(
            "-: export writes a database file, not standard output: give a file name"
            " (./- for a file named -)",
            usage=True,
        )
    try:
        written = os.stat(out.path)
    except OSError:
        return  # a new file: none of the inputs
    for item in inputs:
        if item.name == "-":  # standard input
            continue
        try:
            info = os.stat(resolve_path(None if item.name == DEFAULT_INPUT else item.name))
        except (FactsError, OSError, ValueError):
            continue
        if os.path.samestat(info, written):
            raise ExportError(
                f"{out.name} is the facts file {item.name}, an input: the database would replace"
                " it; give another output file",
                usage=True,
            )


def check_inputs(inputs: Sequence[Input], *, allow_draft: bool) -> None:
    """Raise ``ExportError`` for a meeting given twice (the same report and meeting in two
    files) or, unless ``allow_draft``, a draft with fields still to fill in."""
    seen: dict[tuple[str, str], str] = {}
    for item in inputs:
        facts = item.facts
        key = (facts.meeting, facts.source.text)
        if key in seen:
            raise ExportError(
                f"{item.name} holds the same report and meeting as {seen[key]}: export each once",
                usage=True,
            )
        seen[key] = item.name
        if not allow_draft and is_draft(facts):
            count = len(unconfirmed(facts))
            raise ExportError(
                f"{item.name}: is a draft, with {count} field{'s' if count != 1 else ''}"
                f" unconfirmed (kzeu review {item.name} --list lists them);"
                " add --allow-draft to export it anyway, each recorded in the table unconfirmed"
            )


def export_sqlite(
    inputs: Sequence[Input], out: Target, *, force: bool = False, allow_draft: bool = False
) -> dict[str, int]:
    """Write ``inputs`` into a new SQLite database at ``out``; return the rows per table.

    Raises ``ExportError`` for inputs that are refused, ``kzeu.files.WriteError`` (or its
    ``Refused``) when the database cannot be written where ``out`` says."""
    refuse_output(out, inputs)
    check_inputs(inputs, allow_draft=allow_draft)
    db = sqlite3.connect(":memory:")
    try:
        with db:
            db.executescript(SCHEMA)
            for source_id, item in enumerate(inputs, start=1):
                _insert_source(db, source_id, item)
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        image = _image(db)
    finally:
        db.close()
    write_file(out, image, force=force)
    return counts


def _image(db: sqlite3.Connection) -> bytes:
    """Return the database file's bytes."""
    if hasattr(db, "serialize"):
        return bytes(db.serialize())
    return _image_through_a_file(db)


def _image_through_a_file(db: sqlite3.Connection) -> bytes:
    # Python 3.10 has no serialize(): a copy in a private directory (mode 0700), read back.
    with tempfile.TemporaryDirectory(prefix="kzeu-") as private:
        path = os.path.join(private, "export.db")
        copy = sqlite3.connect(path)
        try:
            db.backup(copy)
        finally:
            copy.close()
        return Path(path).read_bytes()


def summary(counts: dict[str, int], out: str) -> Listing:
    """Return the rows written to each table of ``out``."""
    rows: list[Row] = [{"table": table, "rows": count} for table, count in counts.items()]
    columns = (Column("table", "Table"), Column("rows", "Rows", justify="right"))
    return Listing("Exported", columns, rows, f"to {out}")


def _insert_source(db: sqlite3.Connection, source_id: int, item: Input) -> None:
    facts = item.facts
    source = facts.source
    meeting = next(e for e in facts.events if e.id == facts.meeting)
    db.execute(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            source_id,
            item.name,
            item.sha256,
            facts.meeting,
            meeting.name,
            source.published.isoformat() if source.published else None,
            source.dateline,
            source.attribution,
            source.text,
        ),
    )
    quote_ids: dict[tuple[str, int], int] = {}
    for section, index, fact, start in quote_positions(facts):
        cursor = db.execute(
            'INSERT INTO quotes (source_id, fact_kind, fact_id, text, start, "end")'
            " VALUES (?, ?, ?, ?, ?, ?)",
            (source_id, KIND_OF[type(fact)], fact.id, fact.quote, start, start + len(fact.quote)),
        )
        quote_ids[section, index] = int(cursor.lastrowid or 0)
    for section in SECTIONS:
        db.executemany(INSERTS[section], _rows(facts, section, source_id, quote_ids))
    db.executemany(INSERTS["statistics"], _derived_rows(derived_figures(facts), source_id))
    db.executemany(
        'INSERT INTO event_windows (source_id, event_id, timing, start, "end")'
        " VALUES (?, ?, ?, ?, ?)",
        _window_rows(facts, source_id),
    )
    db.executemany(
        "INSERT INTO unconfirmed VALUES (?, ?, ?, ?, ?, ?)",
        (
            (source_id, f.path, f.fact, f.why, _suggested_text(f.suggested), f.sentence)
            for f in unconfirmed(facts)
        ),
    )


def _suggested_text(value: object) -> str | None:
    """Return a suggestion as JSON text (None: no suggestion)."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _rows(
    facts: FactsFile, section: str, source_id: int, quote_ids: dict[tuple[str, int], int]
) -> Iterator[tuple[object, ...]]:
    columns = FACT_COLUMNS[section]
    stated = (0, None, None, None) if section == "statistics" else ()  # _DERIVED_COLUMNS
    for index, fact in enumerate(getattr(facts, section)):
        yield (source_id, *(c.value(fact) for c in columns), *stated, quote_ids[section, index])


def _derived_rows(figures: Iterable[Derived], source_id: int) -> Iterator[tuple[object, ...]]:
    """Yield a ``statistics`` row for each derived figure: its exact value as decimal text
    beside a REAL, kind ``derived`` (as ``kzeu trade`` lists it), no figure and no quote."""
    names = [name for name, _ in _table_columns("statistics")]
    for figure in figures:
        exact = figure.value
        values: dict[str, object] = {
            "id": figure.id,
            "label": figure.label,
            "kind": "derived",
            "value_text": None if exact is None else format(exact, "f"),
            "value": None if exact is None else float(exact),
            "currency": figure.currency,
            "scale": figure.scale,
            "unit": figure.unit,
            "period": figure.period,
            "derived": 1,
            "formula": figure.formula,
            "inputs": json.dumps(figure.inputs, ensure_ascii=False),
            "reason": figure.reason,
        }
        yield (source_id, *(values.get(name) for name in names), None)


def _window_rows(facts: FactsFile, source_id: int) -> Iterator[tuple[object, ...]]:
    """Yield the inferred window of each event that has no date but a relative timing, as
    ``kzeu events`` infers it from the report's date."""
    for event in facts.events:
        window = None if event.date else inferred_window(event.timing, facts.source.published)
        if window is not None:
            start, end = window
            yield (source_id, event.id, event.timing, start.isoformat(), end.isoformat())
