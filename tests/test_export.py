"""`kzeu export --sqlite`: many facts files in one database, exact, repeatable, all or nothing."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import FACTS_JSON, ROOT
from tests.helpers import Run, ok


@pytest.fixture
def second() -> Path:
    """A second meeting's facts file: the filled-in draft of a test report."""
    return ROOT / "docs" / "examples" / "delhi-meeting.json"


def export(run: Run, out: Path, *files: Path, extra: tuple[str, ...] = ()) -> None:
    args = [a for f in files for a in ("--facts", str(f))]
    ok(run("export", "--sqlite", str(out), *args, *extra))


def test_export_two_meetings(run: Run, tmp_path: Path, second: Path) -> None:
    out = tmp_path / "meetings.db"
    result = run(
        "export",
        "--sqlite",
        str(out),
        "--facts",
        str(FACTS_JSON),
        "--facts",
        str(second),
        "-f",
        "json",
    )
    counts = {r["table"]: r["rows"] for r in json.loads(ok(result))}
    assert counts == {
        "sources": 2,
        "quotes": 27 + 9,
        "people": 3 + 2,
        "events": 4 + 2,
        "topics": 13 + 1,
        "statistics": 7 + 4,
    }
    db = sqlite3.connect(out)
    rows = db.execute(
        "SELECT s.meeting_name, st.id, st.value_text, st.value, q.text"
        " FROM statistics st JOIN sources s ON s.id = st.source_id"
        " JOIN quotes q ON q.id = st.quote_id"
        " WHERE st.flow = 'turnover' ORDER BY s.published"
    ).fetchall()
    assert rows == [
        (
            "Nurtleu–Kallas meeting",
            "trade-turnover",
            "49.7",
            49.7,
            "The trade turnover between Kazakhstan and the European Union reached"
            " $49.7 billion (+16.9%)",
        ),
        (
            "Menon–Virtanen meeting",
            "trade-turnover",
            "3.5",
            3.5,
            "Bilateral trade turnover reached USD 3.5 bn in the first half of 2025",
        ),
    ]
    names = [r[0] for r in db.execute("SELECT name FROM people ORDER BY source_id, rowid")]
    assert names == [
        "Murat Nurtleu",
        "Kaja Kallas",
        "Kassym-Jomart Tokayev",
        "Ravi Menon",
        "Lena Virtanen",
    ]
    # Every quote's offsets point at its text in its source.
    for text, start, end, source in db.execute(
        'SELECT q.text, q.start, q."end", s.text FROM quotes q JOIN sources s ON s.id = q.source_id'
    ):
        assert source[start:end] == text
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"quotes_by_fact", "people_by_name", "statistics_by_kind"} <= indexes
    titles = db.execute("SELECT titles FROM people WHERE id = 'kaja-kallas'").fetchone()[0]
    assert json.loads(titles)[1] == "Vice-President of the European Commission"
    db.close()


def test_values_are_stored_exactly(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "one.db"
    export(run, out, FACTS_JSON)
    db = sqlite3.connect(out)
    stored = dict(db.execute("SELECT id, value_text FROM statistics WHERE value_text IS NOT NULL"))
    db.close()
    assert Decimal(stored["exports"]) + Decimal(stored["imports"]) == Decimal(
        stored["trade-turnover"]
    )
    assert stored["european-companies"] == "3000"


def test_the_same_files_give_the_same_database(run: Run, tmp_path: Path, second: Path) -> None:
    first, again = tmp_path / "a.db", tmp_path / "b.db"
    export(run, first, FACTS_JSON, second)
    export(run, again, FACTS_JSON, second)
    dumps = []
    for path in (first, again):
        db = sqlite3.connect(path)
        dumps.append(list(db.iterdump()))
        db.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) > 50


def test_an_existing_database_is_kept_without_force(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "kept.db"
    out.write_bytes(b"not a database")
    result = run("export", "--sqlite", str(out))
    assert result.exit_code == 2
    assert result.stderr == f"kzeu: {out} exists: add --force to replace it\n"
    assert out.read_bytes() == b"not a database"
    ok(run("export", "--sqlite", str(out), "--force"))
    db = sqlite3.connect(out)
    assert db.execute("SELECT file FROM sources").fetchall() == [("packaged facts.json",)]
    db.close()


def test_a_bad_input_exports_nothing(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    out = tmp_path / "none.db"
    result = run("export", "--sqlite", str(out), "--facts", str(FACTS_JSON), "--facts", str(bad))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kzeu: {bad}: is not a valid facts file")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_a_large_file_exports_with_every_quote_located(run: Run, tmp_path: Path) -> None:
    from benchmarks.generate import generate

    data = generate(400_000)
    path = tmp_path / "large.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "large.db"
    export(run, out, path)
    db = sqlite3.connect(out)
    count = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    located = db.execute(
        "SELECT count(*) FROM quotes q JOIN sources s ON s.id = q.source_id"
        ' WHERE substr(s.text, q.start + 1, q."end" - q.start) = q.text'
    ).fetchone()[0]
    db.close()
    assert count == located == 4 * len(data["people"])
