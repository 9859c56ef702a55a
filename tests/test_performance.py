"""What keeps kzeu fast, checked without timing anything: which libraries each path imports,
the scale generator's files, and the streamed table for long listings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate
from kzeu.facts import load_facts
from kzeu.render import STREAM_ROWS
from tests.helpers import Run, ok

PROBE = """
import sys
sys.argv = ["kzeu", *{args!r}]
from kzeu.cli import run
try:
    run()
except SystemExit:
    pass
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & {{"rich", "pydantic"}})
print("LOADED", ",".join(loaded), file=sys.stderr)
"""


def loaded_libraries(*args: str) -> set[str]:
    """Return which of rich and pydantic a real run of kzeu with ``args`` imported."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=list(args))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("LOADED"))
    return set(filter(None, line.removeprefix("LOADED ").split(",")))


@pytest.mark.parametrize(
    "args",
    [
        ("trade", "-f", "json"),
        ("people", "-f", "csv"),
        ("topics", "-f", "markdown"),
        ("events", "-f", "json"),
        ("search", "visa", "-f", "csv"),
    ],
)
def test_data_formats_do_not_import_rich(args: tuple[str, ...]) -> None:
    assert loaded_libraries(*args) == {"pydantic"}


def test_tables_import_rich() -> None:
    assert loaded_libraries("people", "-f", "table") == {"rich", "pydantic"}


def test_help_does_not_import_pydantic() -> None:
    assert loaded_libraries("--help") == set()


@pytest.mark.parametrize("size", [50_000, 400_000])
def test_generated_files_pass_every_check(tmp_path: Path, run: Run, size: int) -> None:
    data = generate(size)
    path = tmp_path / "generated.json"
    text = json.dumps(data, indent=1)
    path.write_text(text, encoding="utf-8")
    assert 0.7 * size < len(text) < 1.3 * size
    facts = load_facts(path)
    assert len(facts.people) == len(facts.events) == len(facts.topics) == len(facts.statistics)
    rows = json.loads(ok(run("--facts", str(path), "check", "-f", "json")))
    assert {r["status"] for r in rows} <= {"pass", "skip"}


def test_a_long_table_is_streamed_with_its_row_count(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "long.json"
    data = generate(2_000_000)
    path.write_text(json.dumps(data), encoding="utf-8")
    count = len(data["people"])
    assert count > STREAM_ROWS
    lines = ok(run("--facts", str(path), "people", "-f", "table")).splitlines()
    assert lines[0] == "People — Meeting 0, City0"
    assert lines[1].split() == ["Name", "Titles", "Affiliation", "ID"]
    assert lines[3].split() == [
        "Official",
        "Person0",
        "Minister",
        "of",
        "Trade",
        "0",
        "Country",
        "0",
        "person-0",
    ]
    assert f"{count:,} rows" in lines
    assert len([x for x in lines if x.rsplit(" ", 1)[-1].startswith("person-")]) == count


def test_the_overview_of_a_large_file_stays_a_glance(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "large.json"
    data = generate(400_000)
    path.write_text(json.dumps(data), encoding="utf-8")
    out = ok(run("--facts", str(path), "-f", "table"))
    count = len(data["topics"])
    assert f"... and {count - 20:,} more (kzeu topics)" in out
    assert f"... and {count - 20:,} more (kzeu trade)" in out
    assert len(out.splitlines()) < 60


def test_the_scale_benchmark_measures_real_commands(tmp_path: Path, run: Run) -> None:
    from benchmarks.scale import commands, last_statistic

    data = generate(50_000)
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    last = data["statistics"][-1]["id"]
    assert last_statistic(path) == last
    measured = commands("kzeu", path, tmp_path / "report.txt", draft=True)
    assert list(measured) == [
        "people -f json",
        "check -f json",
        "source -f json",
        "cite ID -f json",
        "draft REPORT",
    ]
    assert measured["cite ID -f json"][3:] == ["cite", last, "-f", "json"]
    for name in ("people -f json", "check -f json", "source -f json", "cite ID -f json"):
        ok(run(*measured[name][1:]))


def test_check_finds_a_repeated_key_among_forty_thousand(
    tmp_path: Path, run: Run, shipped: dict[str, object]
) -> None:
    keys = ", ".join(f'"k{n}": {n}' for n in range(40_000))
    text = json.dumps(shipped).replace('"format_version": 1', f'"format_version": 1, {keys}', 1)
    path = tmp_path / "keys.json"
    path.write_text(text.replace('"k7": 7', '"k7": 7, "k7": 8'), encoding="utf-8")
    result = run("--facts", str(path), "check", "-f", "json")
    rows = {row["check"]: row for row in json.loads(result.stdout)}
    assert result.exit_code == 1
    assert rows["unique keys"]["detail"] == ["key 'k7' appears more than once in one object"]
    assert rows["schema"]["detail"][0] == "k0: Extra inputs are not permitted"


def test_search_holds_each_distinct_match_once(tmp_path: Path, run: Run) -> None:
    # A search matching many short fields used to hold a tuple of spans, a tuple of matched words
    # and their pairs for every row: 21 x the file's size in memory for 139,000 tiny topics.
    from kzeu.views.search import search

    data = generate(20_000)
    quote = data["topics"][0]["quote"]
    data["topics"].extend(
        {"id": f"t-{n}", "label": "Ba ca", "raised_by": [], "quote": quote} for n in range(2_000)
    )
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    rows = [r for r in search(load_facts(path), "a").rows if r["field"] == "label"]
    labels = [r for r in rows if str(r["id"]).startswith("t-")]
    assert len(labels) == 2_000
    assert {r["matched"] for r in labels} == {("a", "a")}
    assert len({id(r["matched"]) for r in labels}) == 1
    assert {r["text"].spans for r in labels} == {((1, 2), (4, 5))}  # type: ignore[union-attr]
    assert len({id(r["text"].spans) for r in labels}) == 1  # type: ignore[union-attr]
    # The same rows, written: each label's matched words as written.
    listed = json.loads(ok(run("--facts", str(path), "search", "a", "-f", "json")))
    assert [r["matched"] for r in listed if r["id"] == "t-1999"] == [["a", "a"], ["a", "a"]]


def test_corpus_mode_writes_varied_valid_meetings(tmp_path: Path, run: Run) -> None:
    from benchmarks.generate import write_corpus

    written = write_corpus(tmp_path / "c", 12, seed=3)
    paths = sorted((tmp_path / "c").glob("*.json"))
    assert [p.name for p in paths] == [f"meeting-{n:05d}.json" for n in range(12)]
    assert written == sum(p.stat().st_size for p in paths)
    assert all(6_000 < p.stat().st_size < 14_000 for p in paths)  # about 10 KB each
    meetings = [load_facts(p) for p in paths]  # every one proven by the one loader
    assert len({m.source.published for m in meetings}) == 12
    assert len({(m.meeting, m.source.text) for m in meetings}) == 12
    # People meet again: the same id, with the same name, in more than one file.
    seen: dict[str, set[str]] = {}
    for m in meetings:
        for person in m.people:
            seen.setdefault(person.id, set()).add(person.name)
    assert sum(len(m.people) for m in meetings) > len(seen)
    assert all(len(names) == 1 for names in seen.values())
    # The same seed writes the same files.
    write_corpus(tmp_path / "d", 12, seed=3)
    assert [p.read_bytes() for p in paths] == [
        p.read_bytes() for p in sorted((tmp_path / "d").glob("*.json"))
    ]
    first = json.loads(ok(run("--facts", str(paths[0]), "people", "-f", "json")))
    assert [p["id"] for p in first] == [p.id for p in meetings[0].people]


def test_json_of_many_rows_is_written_in_batches_as_row_by_row(tmp_path: Path, run: Run) -> None:
    from kzeu.render.as_json import ROWS_A_PIECE

    data = generate(int(2.5 * ROWS_A_PIECE) * 1_160)
    path = tmp_path / "f.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    people = data["people"]
    assert len(people) > 2 * ROWS_A_PIECE
    keys = ("id", "name", "titles", "affiliation", "role", "quote")
    rows = [json.dumps({k: p[k] for k in keys}, ensure_ascii=False) for p in people]
    text = ok(run("--facts", str(path), "people", "-f", "json"))
    assert text == "[\n  " + ",\n  ".join(rows) + "\n]\n"
    lines = ok(run("--facts", str(path), "people", "-f", "jsonl"))
    assert lines == "".join(row + "\n" for row in rows)


def _tiny_topics(path: Path, count: int) -> bytes:
    data = generate(20_000)
    quote = data["topics"][0]["quote"][:18]
    data["topics"].extend(
        {"id": f"t-{n}", "label": "a", "raised_by": [], "quote": quote} for n in range(count)
    )
    path.write_text(json.dumps(data), encoding="utf-8")
    return path.read_bytes()


def test_a_large_file_gives_back_what_its_parse_freed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pydantic-core's tree of the parsed JSON, freed once the models are built, stayed in the
    # process for the rest of the command: a third of the peak of `search` over short fields.
    from kzeu import facts as loader

    given_back: list[str] = []
    monkeypatch.setattr(loader, "give_back_freed_memory", lambda: given_back.append("yes"))
    big = tmp_path / "big.json"
    data = _tiny_topics(big, 4_000)  # 300 bytes a fact counted: 1.2 MB
    proven = loader.prove_facts(big, loader.parse_facts(big, data))
    assert len(proven.topics) == 4_017  # the 17 of generate(20_000), and the tiny ones
    assert given_back == ["yes"]  # once, after the proof
    given_back.clear()
    small = tmp_path / "small.json"
    loader.prove_facts(small, loader.parse_facts(small, _tiny_topics(small, 10)))
    assert given_back == []  # a small file is not worth the call


def test_freed_memory_is_given_back_where_the_c_library_can() -> None:
    import platform

    from kzeu.facts import give_back_freed_memory

    expected = sys.platform == "linux" and platform.libc_ver()[0] == "glibc"
    assert give_back_freed_memory() is expected
