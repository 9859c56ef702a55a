"""Signals, races and full disks, in real child processes: an output file is written whole or
not at all, a file that appears meanwhile is never replaced, and nothing is left behind.

A child started through tests/paused_kzeu.py stops half-way through writing its output file
and says so; the test then knows the temporary file exists, signals the child or creates the
target, and lets it go on. Full disks are small tmpfs mounts (root only; skipped elsewhere, with
the reason) and /dev/full.
"""

from __future__ import annotations

import os
import re
import select
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ARTICLE, FACTS_JSON, ROOT

SCRIPT = Path(sys.executable).with_name("kzeu")
PAUSED = ROOT / "tests" / "paused_kzeu.py"
ENDINGS = [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129)]
# The other signals that would end kzeu, each 128 plus its number.
OTHER_ENDINGS = [("SIGQUIT", 131), ("SIGUSR1", 138), ("SIGUSR2", 140), ("SIGALRM", 142)]


class Paused:
    """A kzeu child stopped half-way through writing its output file."""

    def __init__(
        self, *args: str, cwd: Path, ignored: str = "-", after_commit: bool = False
    ) -> None:
        notify, self._notified = os.pipe()
        where = f"commit:{self._notified}" if after_commit else str(self._notified)
        self.process = subprocess.Popen(
            [sys.executable, str(PAUSED), where, ignored, *args],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            pass_fds=(self._notified,),
        )
        os.close(self._notified)
        ready, _, _ = select.select([notify], [], [], 120)
        said = os.read(notify, 100) if ready else b""
        os.close(notify)
        if said != b"paused\n":
            self.process.kill()
            _, stderr = self.process.communicate()
            pytest.fail(f"kzeu did not reach its write: {stderr}")

    def go_on(self) -> tuple[int, str, str]:
        """Let the child finish; return its exit code, stdout and stderr."""
        stdout, stderr = self.process.communicate("\n", timeout=120)
        return self.process.returncode, stdout, stderr

    def end(self, signum: int) -> tuple[int, str]:
        """Send ``signum``; return the exit code and stderr."""
        self.process.send_signal(signum)
        _, stderr = self.process.communicate(timeout=120)
        return self.process.returncode, stderr


def listing(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def temporaries(directory: Path, name: str) -> list[str]:
    pattern = re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")
    return [p.name for p in directory.iterdir() if pattern.fullmatch(p.name)]


COMMANDS = {
    "export": ("out.db", ["export", "--sqlite", "out.db", "--facts", str(FACTS_JSON)]),
    "draft": ("out.json", ["draft", str(ARTICLE), "-o", "out.json"]),
}


@pytest.mark.parametrize(("signame", "code"), ENDINGS)
@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("force", [False, True], ids=["new", "replacing"])
def test_a_signal_mid_write_leaves_the_directory_as_it_was(
    tmp_path: Path, signame: str, code: int, command: str, force: bool
) -> None:
    name, args = COMMANDS[command]
    (tmp_path / "other.txt").write_text("untouched\n")
    if force:
        (tmp_path / name).write_text("the old file\n")
    before = listing(tmp_path)
    child = Paused(*args, *(["--force"] if force else []), cwd=tmp_path)
    # Half-way: the temporary file exists, unguessably named, beside the target.
    assert len(temporaries(tmp_path, name)) == 1
    assert set(listing(tmp_path)) == {*before, *temporaries(tmp_path, name)}
    exit_code, stderr = child.end(getattr(signal, signame))
    assert (exit_code, stderr) == (code, "")
    assert listing(tmp_path) == before


@pytest.mark.parametrize(("signame", "code"), OTHER_ENDINGS)
@pytest.mark.parametrize("command", COMMANDS)
def test_any_signal_that_ends_kzeu_mid_write_leaves_nothing_behind(
    tmp_path: Path, signame: str, code: int, command: str
) -> None:
    name, args = COMMANDS[command]
    (tmp_path / name).write_text("the old file\n")
    before = listing(tmp_path)
    child = Paused(*args, "--force", cwd=tmp_path)
    assert len(temporaries(tmp_path, name)) == 1
    exit_code, stderr = child.end(getattr(signal, signame))
    assert (exit_code, stderr) == (code, "")
    assert listing(tmp_path) == before


WROTE = {
    "export": "",
    "draft": "kzeu: wrote out.json; next: kzeu review out.json\n",
}


@pytest.mark.parametrize(("signame", "code"), ENDINGS + OTHER_ENDINGS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_signal_just_after_the_commit_waits_and_kzeu_exits_0(
    tmp_path: Path, signame: str, code: int, command: str
) -> None:
    # The new file has its name when the signal comes: the exit code must say so (0, with the
    # "wrote" message), not 128 plus the signal's number, which would mean the old state.
    name, args = COMMANDS[command]
    (tmp_path / name).write_text("the old file\n")
    child = Paused(*args, "--force", cwd=tmp_path, after_commit=True)
    new = (tmp_path / name).read_bytes()
    assert new != b"the old file\n"
    child.process.send_signal(getattr(signal, signame))
    exit_code, stdout, stderr = child.go_on()
    assert (exit_code, stderr) == (0, WROTE[command])
    if command == "export":
        assert stdout.startswith("table\trows\n")
        assert "\npeople\t3\n" in stdout
    assert listing(tmp_path) == {name: new}


def test_an_ignored_hangup_stays_ignored(tmp_path: Path) -> None:
    # nohup kzeu export ...: the terminal going away does not end the export.
    name, args = COMMANDS["export"]
    child = Paused(*args, cwd=tmp_path, ignored="SIGHUP")
    child.process.send_signal(signal.SIGHUP)
    exit_code, _, stderr = child.go_on()
    assert (exit_code, stderr) == (0, "")
    assert sorted(listing(tmp_path)) == [name]


def test_a_file_that_appears_mid_write_is_not_replaced(tmp_path: Path) -> None:
    name, args = COMMANDS["export"]
    child = Paused(*args, cwd=tmp_path)
    (tmp_path / name).write_text("someone else's\n")
    exit_code, stdout, stderr = child.go_on()
    assert (exit_code, stdout) == (2, "")
    assert stderr == (
        f"kzeu: {name} exists (it appeared while kzeu was writing): add --force to replace it\n"
    )
    assert listing(tmp_path) == {name: b"someone else's\n"}


def test_of_two_exports_to_one_path_one_fails(tmp_path: Path) -> None:
    name, args = COMMANDS["export"]
    first = Paused(*args, cwd=tmp_path)
    second = subprocess.run(
        [str(SCRIPT), *args, "-f", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (second.returncode, second.stderr) == (0, "")
    finished = (tmp_path / name).read_bytes()
    exit_code, _, stderr = first.go_on()
    assert exit_code == 2
    assert stderr.endswith("(it appeared while kzeu was writing): add --force to replace it\n")
    assert listing(tmp_path) == {name: finished}


def test_with_force_a_target_that_appears_mid_write_is_replaced(tmp_path: Path) -> None:
    name, args = COMMANDS["draft"]
    child = Paused(*args, "--force", cwd=tmp_path)
    (tmp_path / name).write_text("old\n")
    (tmp_path / name).chmod(0o640)
    exit_code, _, stderr = child.go_on()
    assert (exit_code, stderr) == (0, f"kzeu: wrote {name}; next: kzeu review {name}\n")
    assert (tmp_path / name).read_text().startswith('{\n  "format_version": 1,')
    assert (tmp_path / name).stat().st_mode & 0o777 == 0o640
    assert set(listing(tmp_path)) == {name}


@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_with_force_a_target_that_stops_being_a_file_is_not_replaced(
    tmp_path: Path, kind: str
) -> None:
    name, args = COMMANDS["export"]
    (tmp_path / name).write_text("old\n")
    child = Paused(*args, "--force", cwd=tmp_path)
    (tmp_path / name).unlink()
    if kind == "directory":
        (tmp_path / name).mkdir()
    else:
        os.mkfifo(tmp_path / name)
    exit_code, _, stderr = child.go_on()
    assert exit_code == 2
    assert stderr == f"kzeu: {name}: is no longer a regular file; nothing was replaced\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert (tmp_path / name).is_dir() if kind == "directory" else (tmp_path / name).is_fifo()


def caught(pid: int) -> set[int]:
    """Return the signals process ``pid`` has handlers for (Linux: /proc/PID/status)."""
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"^SigCgt:\s*([0-9a-f]+)$", status, re.MULTILINE)
    assert found, status
    mask = int(found[1], 16)
    return {n for n in range(1, 65) if mask >> (n - 1) & 1}


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize(("signame", "code"), ENDINGS + OTHER_ENDINGS)
def test_a_signal_ends_a_command_reading_its_input(signame: str, code: int) -> None:
    # draft - waits on stdin, which the test never closes: the signal lands mid-command.
    process = subprocess.Popen(
        [sys.executable, str(PAUSED), "-", "-", "draft", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # kzeu's handlers are set together, SIGTERM's last (Python catches SIGINT from the start).
    while signal.SIGTERM not in caught(process.pid):
        select.select([], [], [], 0.01)
    process.send_signal(getattr(signal, signame))
    stdout, stderr = process.communicate(timeout=60)
    assert (process.returncode, stdout, stderr) == (code, "", "")


# --- full disks ---------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs, to fill."""
    disk = tmp_path / "disk"
    disk.mkdir()
    try:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", str(disk)],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        pytest.skip("filling a disk needs a small tmpfs, and there is no mount command")
    if mounted.returncode != 0:
        pytest.skip(
            "filling a disk needs a small tmpfs, and mounting one needs root (CAP_SYS_ADMIN):"
            f" {mounted.stderr.strip()}"
        )
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def fill(disk: Path, leave: int = 0) -> None:
    """Fill ``disk`` but for about ``leave`` bytes."""
    with (disk / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"x" * 4096)
        except OSError:
            pass
    if leave:
        size = (disk / "filler").stat().st_size
        os.truncate(disk / "filler", size - leave)


@pytest.mark.parametrize("leave", [0, 4096], ids=["full", "nearly-full"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_full_disk_leaves_the_directory_as_it_was(
    small_disk: Path, command: str, leave: int
) -> None:
    name, args = COMMANDS[command]
    fill(small_disk, leave)
    before = listing(small_disk)
    result = subprocess.run(
        [str(SCRIPT), *args], cwd=small_disk, capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"kzeu: cannot write {name}: No space left on device\n"
    assert listing(small_disk) == before


STDOUT_COMMANDS = [
    *(["--facts", "{large}", "people", "-f", fmt] for fmt in ("table", "json", "csv", "markdown")),
    ["--facts", "{large}", "source", "-f", "json"],
    ["draft", str(ARTICLE)],
]


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import json

    from benchmarks.generate import generate

    path = tmp_path_factory.mktemp("large") / "facts.json"
    path.write_text(json.dumps(generate(300_000)), encoding="utf-8")
    return path


@pytest.mark.parametrize("unbuffered", ["1", ""], ids=["unbuffered", "buffered"])
@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=lambda a: " ".join(a[-3:]))
def test_stdout_on_a_nearly_full_disk_is_an_error(
    small_disk: Path, large: Path, args: list[str], unbuffered: str
) -> None:
    fill(small_disk, leave=4096)  # room for part of the output: the write is short, then fails
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = unbuffered
    with (small_disk / "out").open("w") as out:
        result = subprocess.run(
            [str(SCRIPT), *(a.format(large=large) for a in args)],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == "kzeu: cannot write output: No space left on device\n"
    assert 0 < (small_disk / "out").stat().st_size <= 4096


@pytest.mark.parametrize("args", [["export", "--sqlite", "x.db"], ["draft", str(ARTICLE)]])
def test_dev_full_as_stdout_is_an_error(tmp_path: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [str(SCRIPT), *args],
            cwd=tmp_path,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert (result.returncode, result.stderr) == (
        1,
        "kzeu: cannot write output: No space left on device\n",
    )


def test_the_exported_database_opens(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(SCRIPT), "export", "--sqlite", "m.db"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    db = sqlite3.connect(tmp_path / "m.db")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.db"]
