"""``kzeu export --sqlite``: facts files into one SQLite database, to query many meetings at once.

One table per kind of fact, plus ``sources`` (one row per facts file, with its meeting) and
``quotes`` (every quote with its place in the report). Each fact row carries ``source_id``, the
key of its file and meeting. Values are stored exactly, as decimal text in ``value_text``, beside
a REAL ``value`` for arithmetic. The database is written to a temporary file and moved into
place only when complete, so a failed export leaves nothing behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from kzeu.files import replacing
from kzeu.integrity import quote_positions
from kzeu.models import KIND_OF, FactsFile
from kzeu.render import Column, Listing, Row

SCHEMA = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
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
CREATE TABLE people (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    titles TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    role TEXT NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (source_id, id)
);
CREATE TABLE events (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    place TEXT,
    date TEXT,
    timing TEXT,
    status TEXT NOT NULL,
    participants TEXT NOT NULL,
    purpose TEXT,
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (source_id, id)
);
CREATE TABLE topics (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    label TEXT NOT NULL,
    raised_by TEXT NOT NULL,
    event TEXT,
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (source_id, id)
);
CREATE TABLE statistics (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    value_text TEXT,
    value REAL,
    figure TEXT NOT NULL,
    currency TEXT,
    scale TEXT,
    unit TEXT,
    qualifier TEXT,
    period TEXT,
    flow TEXT,
    "of" TEXT,
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (source_id, id)
);
CREATE INDEX quotes_by_fact ON quotes (source_id, fact_id);
CREATE INDEX people_by_name ON people (name);
CREATE INDEX events_by_status ON events (status, date);
CREATE INDEX topics_by_event ON topics (source_id, event);
CREATE INDEX statistics_by_kind ON statistics (kind, flow);
"""
TABLES = ("sources", "quotes", "people", "events", "topics", "statistics")


class ExportError(Exception):
    """The export was refused: the output exists, or it cannot be written."""


class Input(NamedTuple):
    """A facts file to export: how it is named in the database, and its facts."""

    name: str
    facts: FactsFile


def export_sqlite(inputs: Sequence[Input], out: Path, *, force: bool = False) -> dict[str, int]:
    """Write ``inputs`` into a new SQLite database at ``out``; return the rows per table."""
    if (out.exists() or out.is_symlink()) and not force:
        raise ExportError(f"{out} exists: add --force to replace it")
    try:
        with replacing(out) as temporary:
            db = sqlite3.connect(temporary)
            try:
                with db:
                    db.executescript(SCHEMA)
                    for source_id, item in enumerate(inputs, start=1):
                        _insert(db, source_id, item)
                counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
            finally:
                db.close()
    except (OSError, sqlite3.Error) as error:
        raise ExportError(f"cannot write {out}: {error}") from None
    return counts


def summary(counts: dict[str, int], out: str) -> Listing:
    """Return the rows written to each table of ``out``."""
    rows: list[Row] = [{"table": table, "rows": count} for table, count in counts.items()]
    columns = (Column("table", "Table"), Column("rows", "Rows", justify="right"))
    return Listing("Exported", columns, rows, f"to {out}")


def _insert(db: sqlite3.Connection, source_id: int, item: Input) -> None:
    facts = item.facts
    source = facts.source
    meeting = next(e for e in facts.events if e.id == facts.meeting)
    db.execute(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            source_id,
            item.name,
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

    for i, p in enumerate(facts.people):
        db.execute(
            "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)",
            (source_id, p.id, p.name, json.dumps(p.titles, ensure_ascii=False), p.affiliation,
             p.role, quote_ids["people", i]),
        )  # fmt: skip
    for i, e in enumerate(facts.events):
        db.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source_id, e.id, e.name, e.kind, e.place, e.date.isoformat() if e.date else None,
             e.timing, e.status, json.dumps(e.participants), e.purpose, quote_ids["events", i]),
        )  # fmt: skip
    for i, t in enumerate(facts.topics):
        db.execute(
            "INSERT INTO topics VALUES (?, ?, ?, ?, ?, ?)",
            (source_id, t.id, t.label, json.dumps(t.raised_by), t.event, quote_ids["topics", i]),
        )  # fmt: skip
    for i, s in enumerate(facts.statistics):
        db.execute(
            "INSERT INTO statistics VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source_id, s.id, s.label, s.kind,
             None if s.value is None else format(s.value, "f"),
             None if s.value is None else float(s.value),
             s.figure, s.currency, s.scale, s.unit, s.qualifier, s.period, s.flow, s.of,
             quote_ids["statistics", i]),
        )  # fmt: skip
