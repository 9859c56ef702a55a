"""`kzeu export --sqlite`: many facts files in one database, exact, repeatable, all or nothing."""

from __future__ import annotations

import codecs
import hashlib
import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from kzeu.gate import EMPTY_WHY
from tests.conftest import FACTS_JSON, ROOT, Facts
from tests.helpers import Run, Writer, ok


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
        "statistics": 7 + 4 + 5 + 5,  # stated, then derived (balance, shares, coverage, ...)
        "event_windows": 1 + 0,
        "unconfirmed": 0,
    }
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM statistics WHERE derived = 0").fetchone() == (11,)
    rows = db.execute(
        "SELECT s.meeting_name, st.id, st.value_text, st.value, q.text"
        " FROM statistics st JOIN sources s ON s.id = st.source_id"
        " JOIN quotes q ON q.id = st.quote_id"
        " WHERE st.flow = 'turnover' AND st.derived = 0 ORDER BY s.published"
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


# --- what the database records beside the facts -------------------------------------------------


def test_each_source_is_its_file_as_given_with_the_sha256_of_its_bytes(
    run: Run, tmp_path: Path, second: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(FACTS_JSON, tmp_path / "a.json")
    # A byte-order mark, which kzeu reads past, is part of the bytes hashed (as sha256sum does).
    (tmp_path / "b.json").write_bytes(codecs.BOM_UTF8 + second.read_bytes())
    # The global --facts (before the command) and the files given as arguments: all exported.
    ok(run("--facts", "a.json", "export", "--sqlite", "m.db", "./b.json"))
    db = sqlite3.connect(tmp_path / "m.db")
    rows = db.execute("SELECT file, sha256, meeting FROM sources ORDER BY id").fetchall()
    db.close()
    assert rows == [
        ("a.json", hashlib.sha256(FACTS_JSON.read_bytes()).hexdigest(), "nurtleu-kallas-meeting"),
        (
            "./b.json",
            hashlib.sha256((tmp_path / "b.json").read_bytes()).hexdigest(),
            "meeting",
        ),
    ]
    assert rows[1][1] != hashlib.sha256(second.read_bytes()).hexdigest()
    ok(run("export", "--sqlite", "env.db", env={"KZEU_FACTS": "a.json"}))
    db = sqlite3.connect(tmp_path / "env.db")
    assert db.execute("SELECT file, sha256 FROM sources").fetchall() == [rows[0][:2]]
    db.close()
    piped = FACTS_JSON.read_text(encoding="utf-8")
    ok(run("export", "--sqlite", "piped.db", "--facts", "-", input=piped))
    db = sqlite3.connect(tmp_path / "piped.db")
    assert db.execute("SELECT file, sha256 FROM sources").fetchall() == [
        ("-", hashlib.sha256(piped.encode("utf-8")).hexdigest())
    ]
    db.close()


def test_a_whole_count_is_an_integer_and_other_values_reals(run: Run, tmp_path: Path) -> None:
    from kzeu.export import _number

    out = tmp_path / "numbers.db"
    export(run, out, FACTS_JSON)
    db = sqlite3.connect(out)
    rows = {
        r[0]: r[1:]
        for r in db.execute(
            "SELECT id, value, typeof(value), value_text FROM statistics WHERE derived = 0"
        )
    }
    # SQL arithmetic on the money stays decimal: no integer division.
    third = db.execute("SELECT value / 3 FROM statistics WHERE id = 'trade-turnover'").fetchone()
    db.close()
    assert rows["european-companies"] == (3000, "integer", "3000")
    assert rows["trade-turnover"] == (49.7, "real", "49.7")
    assert rows["trade-turnover-change"] == (16.9, "real", "16.9")
    assert rows["leading-partner"] == (None, "null", None)
    assert third == (49.7 / 3,)
    # A whole amount of money is a REAL; only a count becomes an INTEGER, and only when whole.
    assert (_number(Decimal("50"), count=False), _number(Decimal("12.5"), count=True)) == (
        50.0,
        12.5,
    )
    assert isinstance(_number(Decimal("50"), count=False), float)
    assert isinstance(_number(Decimal("3000.0"), count=True), int)


def test_derived_figures_are_rows_marked_derived(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "derived.db"
    export(run, out, FACTS_JSON)
    trade = json.loads(ok(run("--facts", str(FACTS_JSON), "trade", "-f", "json")))
    listed = [(r["id"], r["label"], r["value_exact"], r["formula"]) for r in trade if r["derived"]]
    db = sqlite3.connect(out)
    rows = db.execute(
        "SELECT id, label, value_text, formula FROM statistics WHERE derived = 1 ORDER BY rowid"
    ).fetchall()
    balance = db.execute(
        "SELECT kind, value, currency, scale, inputs, figure, quote_id, reason FROM statistics"
        " WHERE id = 'trade-turnover-balance'"
    ).fetchone()
    db.close()
    assert rows == listed
    assert [r[0] for r in rows] == [
        "trade-turnover-balance",
        "exports-share",
        "imports-share",
        "trade-turnover-coverage",
        "trade-turnover-previous",
    ]
    assert rows[1][2] == "77.66599597585513078470824950"
    assert balance == (
        "derived",
        27.5,
        "USD",
        "billion",
        '["exports", "imports"]',
        None,
        None,
        None,
    )


def test_two_derived_figures_of_one_id_are_both_exported(
    run: Run, tmp_path: Path, facts_data: Facts, write_facts: Writer
) -> None:
    # Two changes of one amount each imply a previous figure, under the same derived id.
    change = next(s for s in facts_data["statistics"] if s["id"] == "trade-turnover-change")
    facts_data["statistics"].append({**change, "id": "trade-turnover-change-again"})
    out = tmp_path / "twice.db"
    export(run, out, write_facts(facts_data))
    db = sqlite3.connect(out)
    previous = db.execute(
        "SELECT inputs FROM statistics WHERE id = 'trade-turnover-previous' ORDER BY rowid"
    ).fetchall()
    db.close()
    assert previous == [
        ('["trade-turnover", "trade-turnover-change"]',),
        ('["trade-turnover", "trade-turnover-change-again"]',),
    ]


def test_inferred_event_windows_are_exported_as_events_lists_them(
    run: Run, tmp_path: Path, second: Path
) -> None:
    out = tmp_path / "windows.db"
    export(run, out, FACTS_JSON, second)
    events = json.loads(ok(run("--facts", str(FACTS_JSON), "events", "-f", "json")))
    listed = [
        (1, e["id"], e["timing"], e["window_start"], e["window_end"])
        for e in events
        if e["window_inferred"]
    ]
    db = sqlite3.connect(out)
    rows = db.execute(
        'SELECT w.source_id, w.event_id, w.timing, w.start, w."end" FROM event_windows w'
        " JOIN events e ON e.source_id = w.source_id AND e.id = w.event_id"
    ).fetchall()
    db.close()
    assert (
        rows == listed == [(1, "central-asia-eu-summit", "next week", "2025-03-31", "2025-04-06")]
    )


# --- what is refused ----------------------------------------------------------------------------


def test_a_file_given_twice_is_refused(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "twice.db"
    link = tmp_path / "link.json"
    link.symlink_to(FACTS_JSON)
    for files, message in (
        ((FACTS_JSON, FACTS_JSON), f"{FACTS_JSON} is given twice"),
        ((FACTS_JSON, link), f"{link} is the same file as {FACTS_JSON}"),
    ):
        result = run(
            "export", "--sqlite", str(out), *(a for f in files for a in ("--facts", str(f)))
        )
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == f"kzeu: {message}: give each file once\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json"]


def test_a_copy_of_a_meeting_is_refused(run: Run, tmp_path: Path, second: Path) -> None:
    copy = tmp_path / "copy.json"
    copy.write_bytes(FACTS_JSON.read_bytes())
    out = tmp_path / "copies.db"
    result = run(
        "export", "--sqlite", str(out), "--facts", str(FACTS_JSON), "--facts", str(second),
        "--facts", str(copy),
    )  # fmt: skip
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"kzeu: {copy} holds the same report and meeting as {FACTS_JSON}: export each once\n"
    )
    assert not out.exists()


def test_a_draft_is_refused_unless_allowed(
    run: Run, tmp_path: Path, facts_data: Facts, write_facts: Writer
) -> None:
    person = facts_data["people"][0]["id"]
    facts_data["draft"] = [
        # a list of an older draft, naming a place: read as the fact's id
        "events[0].date",
        {"path": f"people/{person}.affiliation", "why": "a guess", "suggested": "Astana"},
    ]
    facts_data["people"][0]["role"] = ""  # an empty required field, listed or not
    path = write_facts(facts_data)
    out = tmp_path / "draft.db"
    result = run("export", "--sqlite", str(out), "--facts", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == (
        f"kzeu: {path}: is a draft, with 3 fields unconfirmed (kzeu review {path} --list"
        " lists them); add --allow-draft to export it anyway, each recorded in the table"
        " unconfirmed"
    )
    assert not out.exists()
    allowed = run("export", "--sqlite", str(out), "--facts", str(path), "--allow-draft")
    assert allowed.exit_code == 0
    assert allowed.stderr == f"kzeu: draft: 3 fields unconfirmed — kzeu review {path}\n"
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM people").fetchone() == (3,)
    event = facts_data["events"][0]["id"]
    rows = db.execute("SELECT source_id, path, fact, why, suggested FROM unconfirmed").fetchall()
    assert rows == [
        (1, f"events/{event}.date", f"events/{event}", "", None),
        (1, f"people/{person}.affiliation", f"people/{person}", "a guess", '"Astana"'),
        (1, f"people/{person}.role", f"people/{person}", EMPTY_WHY, None),
    ]
    sentence = db.execute("SELECT sentence FROM unconfirmed WHERE path LIKE '%role'").fetchone()
    assert facts_data["people"][0]["quote"] in sentence[0]
    db.close()


# --- the schema ---------------------------------------------------------------------------------

# Every table's columns (name, type, NOT NULL), as queries written against kzeu rely on them.
COLUMNS = {
    "sources": [
        ("id", "INTEGER", 0), ("file", "TEXT", 1), ("sha256", "TEXT", 1), ("meeting", "TEXT", 1),
        ("meeting_name", "TEXT", 1), ("published", "TEXT", 0), ("dateline", "TEXT", 0),
        ("attribution", "TEXT", 0), ("text", "TEXT", 1),
    ],
    "quotes": [
        ("id", "INTEGER", 0), ("source_id", "INTEGER", 1), ("fact_kind", "TEXT", 1),
        ("fact_id", "TEXT", 1), ("text", "TEXT", 1), ("start", "INTEGER", 1),
        ("end", "INTEGER", 1),
    ],
    "people": [
        ("source_id", "INTEGER", 1), ("id", "TEXT", 1), ("name", "TEXT", 1),
        ("titles", "TEXT", 1), ("affiliation", "TEXT", 1), ("role", "TEXT", 1),
        ("quote_id", "INTEGER", 1),
    ],
    "events": [
        ("source_id", "INTEGER", 1), ("id", "TEXT", 1), ("name", "TEXT", 1), ("kind", "TEXT", 1),
        ("place", "TEXT", 0), ("date", "TEXT", 0), ("timing", "TEXT", 0),
        ("status", "TEXT", 1), ("participants", "TEXT", 1), ("purpose", "TEXT", 0),
        ("quote_id", "INTEGER", 1),
    ],
    "topics": [
        ("source_id", "INTEGER", 1), ("id", "TEXT", 1), ("label", "TEXT", 1),
        ("raised_by", "TEXT", 1), ("event", "TEXT", 0), ("quote_id", "INTEGER", 1),
    ],
    "statistics": [
        ("source_id", "INTEGER", 1), ("id", "TEXT", 1), ("label", "TEXT", 1),
        ("kind", "TEXT", 1), ("value_text", "TEXT", 0), ("value", "", 0),
        ("figure", "TEXT", 0), ("currency", "TEXT", 0), ("scale", "TEXT", 0),
        ("unit", "TEXT", 0), ("qualifier", "TEXT", 0), ("period", "TEXT", 0),
        ("flow", "TEXT", 0), ("of", "TEXT", 0), ("derived", "INTEGER", 1),
        ("formula", "TEXT", 0), ("inputs", "TEXT", 0), ("reason", "TEXT", 0),
        ("quote_id", "INTEGER", 0),
    ],
    "event_windows": [
        ("source_id", "INTEGER", 1), ("event_id", "TEXT", 1), ("timing", "TEXT", 1),
        ("start", "TEXT", 1), ("end", "TEXT", 1),
    ],
    "unconfirmed": [
        ("source_id", "INTEGER", 1), ("path", "TEXT", 1), ("fact", "TEXT", 1),
        ("why", "TEXT", 1), ("suggested", "TEXT", 0), ("sentence", "TEXT", 1),
    ],
}  # fmt: skip


def test_the_schema_is_the_documented_one(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "schema.db"
    export(run, out, FACTS_JSON)
    db = sqlite3.connect(out)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == list(COLUMNS)
    for table, columns in COLUMNS.items():
        info = [(r[1], r[2], r[3]) for r in db.execute(f"PRAGMA table_info({table})")]
        assert info == columns, table
    keys = [r[1] for r in db.execute("PRAGMA table_info(events)") if r[5]]
    assert keys == ["source_id", "id"]
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {
        "sources_by_sha256",
        "statistics_stated",
        "statistics_by_id",
        "event_windows_by_start",
    } <= indexes
    # A stated id is unique in its file; derived rows are not held to it.
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO statistics (source_id, id, label, kind, derived) VALUES"
            " (1, 'exports', 'x', 'amount', 0)"
        )
    db.close()


def test_every_field_of_a_fact_is_stored(run: Run, tmp_path: Path, shipped: Facts) -> None:
    out = tmp_path / "fields.db"
    export(run, out, FACTS_JSON)
    db = sqlite3.connect(out)
    db.row_factory = sqlite3.Row
    for section in ("people", "events", "topics", "statistics"):
        stated = " WHERE derived = 0" if section == "statistics" else ""
        rows = db.execute(f"SELECT * FROM {section}{stated} ORDER BY rowid").fetchall()
        assert len(rows) == len(shipped[section])
        for row, fact in zip(rows, shipped[section], strict=True):
            for key, value in fact.items():
                if key == "quote":
                    quoted = db.execute("SELECT text FROM quotes WHERE id = ?", (row["quote_id"],))
                    assert quoted.fetchone()[0] == value
                elif isinstance(value, list):
                    assert json.loads(row[key]) == value
                elif key == "value" and value is not None:
                    assert Decimal(row["value_text"]) == Decimal(str(value))
                else:
                    assert row[key] == value, (section, key)
    db.close()


def test_the_database_image_is_the_same_without_serialize(tmp_path: Path) -> None:
    # Python 3.10 has no Connection.serialize: the copy through a private file must match.
    from kzeu.export import SCHEMA, _image, _image_through_a_file

    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    db.execute("INSERT INTO sources VALUES (1, 'f', 'ab', 'm', 'M', NULL, NULL, NULL, 'text')")
    db.commit()
    through_a_file = _image_through_a_file(db)
    assert through_a_file[:16] == b"SQLite format 3\x00"
    path = tmp_path / "copy.db"
    path.write_bytes(through_a_file)
    copy = sqlite3.connect(path)
    assert list(copy.iterdump()) == list(db.iterdump())
    copy.close()
    assert len(_image(db)) == len(through_a_file)
    db.close()


def test_a_database_named_dash_is_refused(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Elsewhere "-" is standard output; a database is a binary file for a name.
    monkeypatch.chdir(tmp_path)
    result = run("export", "--sqlite", "-", "--facts", str(FACTS_JSON))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "kzeu: -: export writes a database file, not standard output: give a file name"
        " (./- for a file named -)\n"
    )
    assert list(tmp_path.iterdir()) == []
    ok(run("export", "--sqlite", "./-", "--facts", str(FACTS_JSON)))
    assert sqlite3.connect(tmp_path / "-").execute("SELECT count(*) FROM sources").fetchone() == (
        1,
    )


@pytest.mark.parametrize("how", ["same name", "symlink", "hard link", "default input"])
def test_an_input_is_never_replaced_by_its_database(
    run: Run, tmp_path: Path, write_facts: Writer, shipped: Facts, how: str
) -> None:
    facts = write_facts(shipped)
    before = facts.read_bytes()
    out = facts
    if how == "symlink":
        out = tmp_path / "out.db"
        out.symlink_to(facts)
    elif how == "hard link":
        out = tmp_path / "out.db"
        out.hardlink_to(facts)
    if how == "default input":
        result = run("export", "--sqlite", str(out), "--force", env={"KZEU_FACTS": str(facts)})
        named = str(facts)  # as $KZEU_FACTS gives it
    else:
        result = run("export", "--sqlite", str(out), "--facts", str(facts), "--force")
        named = str(facts)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"kzeu: {out} is the facts file {named}, an input: the database would replace it;"
        " give another output file\n"
    )
    assert facts.read_bytes() == before


def test_a_folder_is_read_as_facts_reads_one(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "tests" / "fixtures" / "meetings", tmp_path / "meetings")
    (tmp_path / "meetings" / "notes.txt").write_text("not a facts file\n", encoding="utf-8")
    shutil.copyfile(FACTS_JSON, tmp_path / "a.json")
    # The --facts first, then the arguments; a folder's *.json files in the order of their names.
    ok(run("--facts", "a.json", "export", "--sqlite", "m.db", "meetings"))
    db = sqlite3.connect(tmp_path / "m.db")
    rows = db.execute("SELECT file, meeting FROM sources ORDER BY id").fetchall()
    db.close()
    assert rows == [
        ("a.json", "nurtleu-kallas-meeting"),
        (str(Path("meetings", "2023-tashkent.json")), "tashkent-meeting"),
        (str(Path("meetings", "2024-brussels.json")), "brussels-talks"),
        (str(Path("meetings", "2025-astana.json")), "astana-talks"),
    ]
    listed = ok(run("--facts", "meetings", "meetings", "-f", "json", "--fields", "meeting"))
    assert [r["meeting"] for r in json.loads(listed)] == [r[1] for r in rows[1:]]
    ok(run("export", "--sqlite", "env.db", env={"KZEU_FACTS": "meetings"}))
    db = sqlite3.connect(tmp_path / "env.db")
    assert db.execute("SELECT file FROM sources ORDER BY id").fetchall() == [
        (r[0],) for r in rows[1:]
    ]
    db.close()
    (tmp_path / "empty").mkdir()
    for args in (("export", "--sqlite", "e.db", "empty"), ("--facts", "empty", "meetings")):
        result = run(*args)
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr == "kzeu: empty: is a folder that holds no *.json file\n"
    assert not (tmp_path / "e.db").exists()
