"""kzeu.files, and the outputs of `draft -o` and `export --sqlite`: whole or not at all, never
over what is not a regular file, never following a planted name, keeping the mode it replaces.

Signals, races and full disks, which need child processes, are in tests/test_signals.py.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzeu import files
from kzeu.files import Refused, Target, WriteError, target, write_file
from tests.conftest import ARTICLE
from tests.helpers import Run

SCRIPT = Path(sys.executable).with_name("kzeu")


@pytest.fixture
def umask() -> Iterator[int]:
    """A known umask (022) for the test, the old one restored after."""
    old = os.umask(0o022)
    yield 0o022
    os.umask(old)


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# --- where an output goes -----------------------------------------------------------------------


def test_a_new_file_is_written_where_it_is_named(tmp_path: Path, umask: int) -> None:
    out = target(str(tmp_path / "new.json"), force=False)
    assert out == Target(str(tmp_path / "new.json"), str(tmp_path / "new.json"), through=False)
    write_file(out, b"data\n", force=False)
    assert names(tmp_path) == ["new.json"]
    assert (tmp_path / "new.json").read_bytes() == b"data\n"
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "the output file name is empty"),
        ("/", "/: names a directory, not a file"),
        ("out/", "out/: names a directory, not a file"),
    ],
)
def test_names_that_cannot_be_a_file_are_refused(name: str, message: str) -> None:
    for force in (False, True):
        with pytest.raises(Refused) as refused:
            target(name, force=force)
        assert str(refused.value) == message


def test_an_existing_file_needs_force(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text("old")
    with pytest.raises(Refused) as refused:
        target(str(path), force=False)
    assert str(refused.value) == f"{path} exists: add --force to replace it"
    assert target(str(path), force=True).path == str(path)


def test_a_directory_is_refused_even_with_force(tmp_path: Path) -> None:
    with pytest.raises(Refused) as refused:
        target(str(tmp_path), force=True, through=True)
    assert str(refused.value) == f"{tmp_path}: is a directory"


def test_devices_fifos_and_sockets_are_refused_or_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    try:
        for special in ("/dev/null", str(fifo), str(tmp_path / "sock")):
            with pytest.raises(Refused) as refused:
                target(special, force=True)
            assert str(refused.value) == (
                f"{special}: is not a regular file (a device, FIFO or socket): give a file name"
            )
        assert target("/dev/null", force=False, through=True).through
        assert target(str(fifo), force=False, through=True).through
        with pytest.raises(Refused):
            target(str(tmp_path / "sock"), force=False, through=True)
    finally:
        sock.close()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert names(tmp_path) == ["fifo", "sock"]


def test_descriptors_are_written_as_stdout_or_refused() -> None:
    for name, fd in (
        ("/dev/stdout", 1),
        ("/dev/stderr", 2),
        ("/dev/fd/1", 1),
        ("/proc/self/fd/2", 2),
    ):
        assert target(name, force=False, through=True) == Target(name, name, True, fd)
        with pytest.raises(Refused) as refused:
            target(name, force=True)
        assert (
            str(refused.value) == f"{name}: names an open descriptor, not a file: give a file name"
        )


def test_a_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    with pytest.raises(Refused):
        target(str(link), force=False)
    out = target(str(link), force=True)
    assert out.path == str(real)
    write_file(out, b"new", force=True)
    assert link.is_symlink()
    assert os.readlink(link) == "real.json"
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert names(tmp_path) == ["link.json", "real.json"]


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.db"
    link.symlink_to("sub/made.db")
    write_file(target(str(link), force=False), b"db", force=False)
    assert link.is_symlink()
    assert (tmp_path / "sub" / "made.db").read_bytes() == b"db"


def test_a_symlink_loop_is_an_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to("loop")
    with pytest.raises(WriteError) as failed:
        target(str(loop), force=True)
    assert str(failed.value) == f"cannot write {loop}: Too many levels of symbolic links"


# --- symlinks in shared directories (root: links and directories given to another user) -------

OTHER = 1234  # another user's uid


def shared_directory(path: Path, owner: int = 0) -> Path:
    """Return ``path`` made a directory like /tmp: sticky and writable by all."""
    path.mkdir()
    path.chmod(0o1777)
    os.chown(path, owner, owner)
    return path


def planted_link(link: Path, to: Path, owner: int = OTHER) -> Path:
    link.symlink_to(to)
    os.lchown(link, owner, owner)
    return link


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a link to another user needs root")
@pytest.mark.parametrize("exists", [True, False], ids=["replacing", "creating"])
@pytest.mark.parametrize("command", ["draft", "export"])
def test_a_symlink_planted_by_another_user_in_a_shared_directory_is_refused(
    run: Run, tmp_path: Path, exists: bool, command: str
) -> None:
    # What fs.protected_symlinks refuses: root following a link another user put in /tmp.
    victim = tmp_path / "root-only.json"
    if exists:
        victim.write_text("precious")
        victim.chmod(0o600)
    link = planted_link(shared_directory(tmp_path / "tmp") / "out.json", victim)
    args = ["draft", str(ARTICLE), "-o"] if command == "draft" else ["export", "--sqlite"]
    result = run(*args, str(link), "--force")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"kzeu: {link}: {link} is a symlink in a shared directory (sticky and writable by all)"
        f" that belongs to another user (uid {OTHER}), so it is not followed: give the path of"
        " the file it names if that is the one meant\n"
    )
    assert victim.read_text() == "precious" if exists else not victim.exists()
    assert names(tmp_path) == sorted(["tmp", *(["root-only.json"] if exists else [])])


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a link to another user needs root")
def test_a_planted_symlink_anywhere_on_the_way_is_refused(tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir()
    link = planted_link(shared_directory(tmp_path / "tmp") / "dir", private)
    with pytest.raises(Refused) as refused:
        target(str(link / "out.json"), force=False)
    assert f"{link} is a symlink in a shared directory" in str(refused.value)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a link to another user needs root")
@pytest.mark.parametrize("case", ["own link", "directory owner's link", "not sticky"])
def test_symlinks_the_kernel_would_follow_are_followed(tmp_path: Path, case: str) -> None:
    victim = tmp_path / "file.json"
    victim.write_text("old")
    if case == "not sticky":
        directory = tmp_path / "open"
        directory.mkdir()
        directory.chmod(0o777)
        link = planted_link(directory / "out.json", victim)
    elif case == "own link":
        link = planted_link(shared_directory(tmp_path / "tmp") / "out.json", victim, 0)
    else:
        link = planted_link(shared_directory(tmp_path / "tmp", OTHER) / "out.json", victim)
    write_file(target(str(link), force=True), b"new", force=True)
    assert victim.read_bytes() == b"new"


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a directory to another user needs root")
@pytest.mark.parametrize("mode", [0o755, 0o700])
def test_force_through_a_symlink_into_another_users_directory_is_refused(
    tmp_path: Path, mode: int
) -> None:
    theirs = tmp_path / "home"
    theirs.mkdir()
    victim = theirs / "notes.json"
    victim.write_text("theirs")
    os.chown(victim, OTHER, OTHER)
    os.chown(theirs, OTHER, OTHER)
    theirs.chmod(mode)
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    with pytest.raises(Refused) as refused:
        target(str(link), force=True)
    assert str(refused.value) == (
        f"{link}: is a symlink to {victim}, in a directory that belongs to another user (uid"
        f" {OTHER}) and that this user could not write without being root, so it is not"
        " followed: give that path itself if it is the file meant"
    )
    assert victim.read_text() == "theirs"
    # Named itself, the file is root's to replace, as with a shell redirect.
    write_file(target(str(victim), force=True), b"root's", force=True)
    assert victim.read_bytes() == b"root's"


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a directory to another user needs root")
def test_force_through_a_symlink_into_a_directory_writable_by_all_follows_it(
    tmp_path: Path,
) -> None:
    theirs = tmp_path / "drop"
    theirs.mkdir()
    os.chown(theirs, OTHER, OTHER)
    theirs.chmod(0o777)
    victim = theirs / "notes.json"
    victim.write_text("old")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    write_file(target(str(link), force=True), b"new", force=True)
    assert victim.read_bytes() == b"new"


# --- how it is written --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755, 0o444])
def test_replacing_keeps_the_mode(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "kept.json"
    path.write_text("old")
    path.chmod(mode)
    write_file(target(str(path), force=True), b"new", force=True)
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert names(tmp_path) == ["kept.json"]


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_root_replacing_a_file_keeps_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "theirs.json"
    path.write_text("old")
    os.chown(path, 1234, 5678)
    write_file(target(str(path), force=True), b"new", force=True)
    info = path.stat()
    assert (info.st_uid, info.st_gid, path.read_bytes()) == (1234, 5678, b"new")


def test_the_temporary_name_is_unguessable_and_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    # Plant the name the temporary file would take first; mkstemp must pass it by.
    planted = tmp_path / ".out.json.planted.tmp"
    planted.symlink_to(victim)
    candidates = iter(["planted", "fresh123"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: candidates)
    write_file(target(str(tmp_path / "out.json"), force=False), b"output", force=False)
    assert victim.read_text() == "precious"
    assert (tmp_path / "out.json").read_bytes() == b"output"
    assert planted.is_symlink()
    assert names(tmp_path) == [".out.json.planted.tmp", "out.json", "victim.txt"]


def test_a_target_that_appears_meanwhile_is_never_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "race.json"
    out = target(str(path), force=False)
    path.write_text("theirs")
    with pytest.raises(Refused) as refused:
        write_file(out, b"mine", force=False)
    assert str(refused.value) == (
        f"{path} exists (it appeared while kzeu was writing): add --force to replace it"
    )
    assert (path.read_text(), names(tmp_path)) == ("theirs", ["race.json"])


@pytest.mark.parametrize("appeared", [False, True])
def test_without_hard_links_the_name_is_claimed_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, appeared: bool
) -> None:
    def no_links(source: str, destination: str) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "fat.json"
    out = target(str(path), force=False)
    if appeared:
        path.write_text("theirs")
        with pytest.raises(Refused):
            write_file(out, b"mine", force=False)
        assert path.read_text() == "theirs"
    else:
        write_file(out, b"mine", force=False)
        assert path.read_text() == "mine"
    assert names(tmp_path) == ["fat.json"]


def test_an_interrupted_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "old.json").write_text("old")

    def interrupted(fd: int, data: bytes) -> None:
        os.write(fd, data[:2])
        assert len(files.TEMPORARIES) == 1
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "write_all", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_file(target(str(tmp_path / "old.json"), force=True), b"new data", force=True)
    assert names(tmp_path) == ["old.json"]
    assert (tmp_path / "old.json").read_text() == "old"
    assert not files.TEMPORARIES


def test_the_signal_handler_removes_temporary_files_and_their_journals(tmp_path: Path) -> None:
    temporary = tmp_path / ".x.db.abcdefgh.tmp"
    for suffix in ("", "-journal", "-wal"):
        Path(f"{temporary}{suffix}").write_text("partial")
    (tmp_path / "x.db").write_text("kept")
    files.TEMPORARIES.add(str(temporary))
    files.remove_temporaries()
    assert names(tmp_path) == ["x.db"]
    assert not files.TEMPORARIES


def test_write_all_continues_short_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[bytes] = []

    def short(fd: int, data: memoryview) -> int:
        written.append(bytes(data[:3]))
        return len(written[-1])

    monkeypatch.setattr(os, "write", short)
    files.write_all(99, b"0123456789")
    assert written == [b"012", b"345", b"678", b"9"]


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_file(target(str(fifo), force=False, through=True), b"through\n", force=False)
    reader.join(timeout=30)
    assert received == [b"through\n"]
    assert names(tmp_path) == ["fifo"]
    assert fifo.is_fifo()


# --- through the CLI ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["draft", str(ARTICLE), "-o", ""],
        ["draft", str(ARTICLE), "-o", "", "--force"],
        ["export", "--sqlite", ""],
        ["export", "--sqlite", "", "--force"],
    ],
)
def test_an_empty_output_name_is_refused(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "kzeu: the output file name is empty\n"


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_export_refuses_what_is_not_a_file(run: Run, tmp_path: Path, force: list[str]) -> None:
    os.mkfifo(tmp_path / "fifo")
    special = "is not a regular file (a device, FIFO or socket): give a file name"
    for out, message in (
        ("/", "/: names a directory, not a file"),
        (str(tmp_path), f"{tmp_path}: is a directory"),
        ("/dev/null", f"/dev/null: {special}"),
        (str(tmp_path / "fifo"), f"{tmp_path / 'fifo'}: {special}"),
        ("/dev/stdout", "/dev/stdout: names an open descriptor, not a file: give a file name"),
    ):
        result = run("export", "--sqlite", out, *force)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == f"kzeu: {message}\n"
    assert names(tmp_path) == ["fifo"]
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_draft_to_a_directory_is_refused(run: Run, tmp_path: Path) -> None:
    result = run("draft", str(ARTICLE), "-o", str(tmp_path), "--force")
    assert (result.exit_code, result.stderr) == (2, f"kzeu: {tmp_path}: is a directory\n")


def test_draft_dash_o_dash_is_stdout(run: Run, tmp_path: Path) -> None:
    plain = run("draft", str(ARTICLE))
    dashed = run("draft", str(ARTICLE), "-o", "-")
    assert (dashed.exit_code, dashed.stderr) == (0, "")
    assert dashed.stdout == plain.stdout
    assert dashed.stdout.startswith('{\n  "format_version": 1,')


def run_script(
    *args: str, cwd: Path, stdout: int | None = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(SCRIPT), *args],
        cwd=cwd,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )


def test_draft_to_dev_stdout_writes_to_stdout(tmp_path: Path) -> None:
    expected = run_script("draft", str(ARTICLE), cwd=tmp_path).stdout
    for name in ("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"):
        piped = run_script("draft", str(ARTICLE), "-o", name, cwd=tmp_path)
        assert (piped.returncode, piped.stderr, piped.stdout) == (0, b"", expected)
        # Redirected to a file: written into it, as a shell redirect would, without --force.
        with (tmp_path / "out.json").open("wb") as out:
            redirected = run_script(
                "draft", str(ARTICLE), "-o", name, cwd=tmp_path, stdout=out.fileno()
            )
        assert (redirected.returncode, redirected.stderr) == (0, b"")
        assert (tmp_path / "out.json").read_bytes() == expected
        assert names(tmp_path) == ["out.json"]
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()


def test_draft_to_dev_null_writes_through_it(run: Run) -> None:
    result = run("draft", str(ARTICLE), "-o", "/dev/null", "--force")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_draft_replaces_a_0600_file_keeping_its_mode(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "private.json"
    out.write_text("old")
    out.chmod(0o600)
    refused = run("draft", str(ARTICLE), "-o", str(out))
    assert (refused.exit_code, refused.stderr) == (
        2,
        f"kzeu: {out} exists: add --force to replace it\n",
    )
    assert out.read_text() == "old"
    result = run("draft", str(ARTICLE), "-o", str(out), "--force")
    assert result.exit_code == 0
    assert out.read_text().startswith('{\n  "format_version": 1,')
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert names(tmp_path) == ["private.json"]


def test_a_directory_that_cannot_be_written_is_an_error(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "out.db"
    result = run("export", "--sqlite", str(missing))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"kzeu: cannot write {missing}: No such file or directory\n"
    assert names(tmp_path) == []


def test_a_name_of_the_longest_length_is_written(tmp_path: Path) -> None:
    name = "é" * 125 + ".db"  # 253 bytes: the temporary file's name must be cut to fit
    path = tmp_path / name
    write_file(target(str(path), force=False), b"long", force=False)
    assert names(tmp_path) == [name]
    assert path.read_bytes() == b"long"
