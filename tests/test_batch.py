"""``kzeu draft A.txt B.txt ... -o DIR/``: one draft per report, the others drafted when one
cannot be, a summary in every format, a progress bar on a terminal and none on a pipe."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzeu.cli import app
from kzeu.facts import MAX_BYTES, load_facts
from tests.conftest import ROOT
from tests.helpers import Run, ok
from tests.test_terminal import in_terminal

FIXTURES = ROOT / "tests" / "fixtures"
SCRIPT = Path(sys.executable).with_name("kzeu")


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    """Two reports of the test fixtures, copied where the tests may write beside them."""
    folder = tmp_path / "in"
    folder.mkdir()
    copies = []
    for name in ("report-euro.txt", "report-usd.txt"):
        shutil.copy(FIXTURES / name, folder / name)
        copies.append(folder / name)
    return copies


def drafted(run: Run, *args: str) -> list[dict[str, object]]:
    """Return the summary rows of a batch that drafted every report (exit 0, stderr empty)."""
    rows: list[dict[str, object]] = json.loads(ok(run("draft", *args, "-f", "json")))
    return rows


def test_each_report_gets_its_own_draft_as_one_report_would(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    out = tmp_path / "drafts"
    rows = drafted(run, *map(str, reports), "-o", f"{out}/")
    assert sorted(p.name for p in out.iterdir()) == ["report-euro.json", "report-usd.json"]
    for report, row in zip(reports, rows, strict=True):
        written = out / (report.stem + ".json")
        # The same bytes as the draft of that report alone.
        assert written.read_text(encoding="utf-8") == ok(run("draft", str(report)))
        facts = load_facts(written)
        assert row == {
            "report": str(report),
            "draft": str(written),
            "people": len(facts.people),
            "figures": len(facts.statistics),
            "topics": len(facts.topics),
            # what `kzeu review --list` lists: flags, and required fields left empty
            "unconfirmed": len(json.loads(ok(run("review", str(written), "--list", "-f", "json")))),
            "outcome": "drafted",
            "problem": None,
        }
    assert [r["people"] for r in rows] == [2, 2]
    assert [r["figures"] for r in rows] == [4, 4]
    assert all(isinstance(r["unconfirmed"], int) and r["unconfirmed"] > 0 for r in rows)


def test_reports_that_cannot_be_read_are_named_and_the_rest_drafted(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    binary = tmp_path / "in" / "binary.txt"
    binary.write_bytes(b"\x00\xff\xfe PK\x03\x04")
    huge = tmp_path / "in" / "huge.txt"
    with huge.open("wb") as handle:  # sparse: its size is refused before it is read
        handle.truncate(MAX_BYTES + 1)
    missing = tmp_path / "in" / "missing.txt"
    out = tmp_path / "drafts"
    given = [reports[0], missing, binary, huge, reports[1]]
    result = run("draft", *map(str, given), "-o", str(out), "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"kzeu: {missing}: no such file",
        f"kzeu: {binary}: is not valid UTF-8: byte 2 (line 1, column 2)",
        f"kzeu: {huge}: is too large: 67,108,865 bytes, the limit is 67,108,864 bytes",
    ]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["report"], r["outcome"]) for r in rows] == [
        (str(reports[0]), "drafted"),
        (str(missing), "unreadable"),
        (str(binary), "unreadable"),
        (str(huge), "unreadable"),
        (str(reports[1]), "drafted"),
    ]
    assert rows[1]["problem"] == f"{missing}: no such file"
    assert rows[1]["people"] == rows[1]["draft"] == ""
    assert sorted(p.name for p in out.iterdir()) == ["report-euro.json", "report-usd.json"]


def test_an_existing_draft_is_kept_without_force_and_the_others_written(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    out = tmp_path / "drafts"
    out.mkdir()
    kept = out / "report-euro.json"
    kept.write_text("keep me", encoding="utf-8")
    result = run("draft", *map(str, reports), "-o", str(out), "-f", "json")
    assert result.exit_code == 2
    assert result.stderr == f"kzeu: {kept} exists: add --force to replace it\n"
    rows = json.loads(result.stdout)
    assert [r["outcome"] for r in rows] == ["refused", "drafted"]
    assert kept.read_text(encoding="utf-8") == "keep me"
    assert load_facts(out / "report-usd.json").statistics
    rows = drafted(run, *map(str, reports), "-o", str(out), "--force")
    assert [r["outcome"] for r in rows] == ["drafted", "drafted"]
    assert load_facts(kept).people
    assert sorted(p.name for p in out.iterdir()) == ["report-euro.json", "report-usd.json"]


def test_two_reports_of_one_name_never_share_a_draft(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    twin = other / reports[0].name
    shutil.copy(FIXTURES / "report-usd.txt", twin)
    out = tmp_path / "drafts"
    result = run("draft", str(reports[0]), str(twin), "-o", f"{out}/", "--force", "-f", "json")
    assert result.exit_code == 2
    name = out / "report-euro.json"
    assert result.stderr == (
        f"kzeu: {name}: is the draft of {reports[0]}, drafted before {twin}: rename one report\n"
    )
    assert [r["outcome"] for r in json.loads(result.stdout)] == ["drafted", "refused"]
    # The first report's draft is the one there.
    assert name.read_text(encoding="utf-8") == ok(run("draft", str(reports[0])))


def test_a_report_given_twice_is_drafted_once(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    out = tmp_path / "drafts"
    result = run("draft", str(reports[0]), str(reports[0]), "-o", f"{out}/", "--force")
    assert result.exit_code == 2
    assert result.stderr == (
        f"kzeu: {reports[0]} is given twice: its draft is {out}/report-euro.json\n"
    )
    assert [p.name for p in out.iterdir()] == ["report-euro.json"]


def test_a_draft_never_replaces_its_own_report(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    report = folder / "notes.json"
    text = (FIXTURES / "report-usd.txt").read_text(encoding="utf-8")
    report.write_text(text, encoding="utf-8")
    other = folder / "other.txt"
    shutil.copy(FIXTURES / "report-euro.txt", other)
    result = run("draft", str(report), str(other), "-o", f"{folder}/", "--force")
    assert result.exit_code == 2
    assert result.stderr == (
        f"kzeu: {folder}/notes.json: is the report {report} itself: give another directory\n"
    )
    assert report.read_text(encoding="utf-8") == text
    assert load_facts(folder / "other.json").people


def test_one_report_into_a_directory_and_a_facts_file_among_reports(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    out = tmp_path / "new"
    rows = drafted(run, str(reports[0]), "-o", f"{out}/")
    assert [r["draft"] for r in rows] == [str(out / "report-euro.json")]
    facts = ROOT / "facts.json"
    result = run("draft", str(facts), str(reports[1]), "-o", f"{out}/")
    assert result.exit_code == 2
    assert result.stderr == (
        f"kzeu: {facts} is a facts file, not a news report: kzeu check --facts {facts}\n"
    )
    assert (out / "report-usd.json").exists()
    assert not (out / "facts.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.txt", "b.txt"], "several reports are drafted into a directory: add -o DIR/"),
        (
            ["a.txt", "b.txt", "-o", "-"],
            "several reports are drafted into a directory: add -o DIR/",
        ),
        (
            ["a.txt", "-", "-o", "d/"],
            "- (standard input) has no name to draft after: draft it on its own",
        ),
        (
            ["a.txt", "-f", "json"],
            "--format and --fields apply to the summary of drafts written into a directory"
            " (-o DIR/): one report's draft is JSON",
        ),
    ],
)
def test_batch_usage_errors(run: Run, args: list[str], message: str) -> None:
    result = run("draft", *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"kzeu: {message}\nTry 'kzeu draft -h' for help.\n"


def test_the_summary_fields_are_checked_before_anything_is_drafted(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    out = tmp_path / "drafts"
    listed = ok(run("draft", *map(str, reports), "-o", f"{out}/", "--fields"))
    assert listed.split() == [
        "report", "draft", "people", "figures", "topics", "unconfirmed", "outcome", "problem"
    ]  # fmt: skip
    result = run("draft", *map(str, reports), "-o", f"{out}/", "--fields", "report,size")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("kzeu: --fields: ")
    assert "size" in result.stderr
    assert not out.exists()  # not even the directory
    chosen = ok(run("draft", *map(str, reports), "-o", f"{out}/", "--fields", "figures,report"))
    assert chosen.splitlines() == [
        "figures\treport",
        f"4\t{reports[0]}",
        f"4\t{reports[1]}",
    ]


def test_a_directory_that_cannot_be_created_writes_nothing(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    result = run("draft", *map(str, reports), "-o", str(tmp_path / "no" / "such" / "dir"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"kzeu: cannot create the directory {tmp_path}/no/such/dir: No such file or directory\n"
    )
    plain = tmp_path / "plain"
    plain.write_text("x", encoding="utf-8")
    result = run("draft", *map(str, reports), "-o", f"{plain}/")
    assert (result.exit_code, result.stderr) == (2, f"kzeu: {plain}/: is not a directory\n")


def test_hostile_report_names_are_shown_escaped(run: Run, tmp_path: Path) -> None:
    name = tmp_path / "\x1b[2Jevil.txt"
    result = run("draft", str(name), str(FIXTURES / "report-usd.txt"), "-o", f"{tmp_path}/d/")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert "\\x1b[2Jevil.txt: no such file" in result.stderr


# --- a terminal and a pipe ---------------------------------------------------------------------


def test_a_terminal_gets_a_progress_bar_on_stderr_and_the_summary_table(
    tmp_path: Path, reports: list[Path]
) -> None:
    out = tmp_path / "drafts"
    missing = tmp_path / "missing.txt"
    code, shown = in_terminal(
        "draft", str(reports[0]), str(missing), str(reports[1]), "-o", f"{out}/", columns=250
    )
    assert code == 1
    assert "drafting ━" in shown  # the bar, with its count
    assert "3/3" in shown
    assert f"kzeu: {missing}: no such file" in shown
    table = shown[shown.index("Drafts") :].splitlines()
    assert table[1].split() == ["Report", "People", "Figures", "Topics", "Unconfirmed", "Problem"]
    assert table[3].split()[:4] == [
        str(reports[0]),
        "2",
        "4",
        "2",
    ]  # topics drafted: energy, transport links
    assert f"2 of 3 reports drafted into {out}/" in shown
    hint = f"next: kzeu --facts {out}/ check, and kzeu review {out}/report-euro.json"
    assert hint in shown
    # The check suggested, run as shown: every draft of the folder, each failing on its flags.
    checked = CliRunner().invoke(app, [*hint.split(",", maxsplit=1)[0].split()[2:], "-f", "csv"])
    assert checked.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(checked.stdout)))
    assert {r["file"] for r in rows if r["status"] == "fail"} == {
        f"{out}/report-euro.json",
        f"{out}/report-usd.json",
    }


def test_a_pipe_gets_no_bar_and_clean_tab_separated_rows(
    tmp_path: Path, reports: list[Path]
) -> None:
    out = tmp_path / "drafts"
    env = {k: v for k, v in os.environ.items() if k not in ("TTY_COMPATIBLE", "FORCE_COLOR")}
    result = subprocess.run(
        [str(SCRIPT), "draft", *map(str, reports), "-o", f"{out}/"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "━" not in result.stdout
    assert "\x1b" not in result.stdout
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert [(r["report"], r["draft"], r["outcome"]) for r in rows] == [
        (str(reports[0]), str(out / "report-euro.json"), "drafted"),
        (str(reports[1]), str(out / "report-usd.json"), "drafted"),
    ]
    assert [r["figures"] for r in rows] == ["4", "4"]


# --- signals ------------------------------------------------------------------------------------


def test_a_signal_mid_write_leaves_no_draft_and_no_temporary(
    tmp_path: Path, reports: list[Path]
) -> None:
    from tests.test_signals import Paused

    out = tmp_path / "drafts"
    child = Paused("draft", *map(str, reports), "-o", f"{out}/", cwd=tmp_path)
    written = [p.name for p in out.iterdir()]  # half-way: the first draft's temporary file
    assert len(written) == 1
    assert written[0].startswith(".report-euro.json.")
    exit_code, stderr = child.end(signal.SIGINT)
    assert (exit_code, stderr) == (130, "")
    assert list(out.iterdir()) == []


def test_a_signal_between_two_drafts_stops_the_batch_with_each_draft_whole(
    run: Run, tmp_path: Path, reports: list[Path]
) -> None:
    # Once the first draft has its name, Ctrl-C is not held to the end of the batch (as it is
    # for one file): it stops kzeu before the next report, the first draft whole.
    from tests.test_signals import Paused

    out = tmp_path / "drafts"
    child = Paused("draft", *map(str, reports), "-o", f"{out}/", cwd=tmp_path, after_commit=True)
    first = (out / "report-euro.json").read_text(encoding="utf-8")
    child.process.send_signal(signal.SIGINT)
    exit_code, stdout, stderr = child.go_on()
    assert (exit_code, stdout, stderr) == (130, "", "")
    assert [p.name for p in out.iterdir()] == ["report-euro.json"]
    assert load_facts(out / "report-euro.json").people
    assert first == ok(run("draft", str(reports[0])))  # whole: as the report drafted alone
