"""Writing an output file whole or not at all, the way git writes a lockfile.

The new content goes to a temporary file that ``tempfile.mkstemp`` creates in the target's
directory (``O_EXCL``, an unguessable name, mode 0600 while it is incomplete). It is written
through that descriptor only, never reopened by name, flushed to disk and given the mode (and,
for root, the owner) of the file it replaces, or ``0666 & ~umask`` for a new one. Then it takes
the target's name in one step: ``os.link`` without ``--force``, so that a file that appeared
meanwhile is never replaced, or ``os.replace`` with it, and only onto a regular file. A target
that is a symlink is followed to the file it names; a directory is refused; a device or a FIFO
is refused, or, where the caller allows it, written into as a shell redirect would.

kzeu follows symlinks itself, so the kernel's ``fs.protected_symlinks`` never applies; kzeu
applies its rule instead: a symlink in a sticky directory writable by all (``/tmp``) that
belongs neither to kzeu's user nor to the directory's owner is refused, wherever it is on the
way. And when the name given is a symlink, the file it leads to is written only in a directory
kzeu's user owns or may write by its permission bits (root's power to write anywhere aside):
root is not led by a link into another user's private directory.

Every temporary file being written is listed in ``TEMPORARIES`` until it is gone, and the signal
handler of ``kzeu.__main__`` calls ``remove_temporaries`` before it exits: an interrupted, killed
or failed write leaves the directory as it was. Once the new file has its name, a command holds
the ending signals until it exits, so that its exit code is 0: a signal either comes before the
commit (old state, 128 plus its number) or waits for the end (new file, 0).
"""

from __future__ import annotations

import errno
import os
import re
import signal
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import NamedTuple

from kzeu import exits
from kzeu.exits import ENDING_SIGNALS

# Temporary files being written, by path; removed, with SQLite's journals beside them, by the
# signal handler (kzeu.__main__) before it ends the process.
TEMPORARIES: set[str] = set()
_JOURNALS = ("", "-journal", "-wal", "-shm")
_SIGNALS = {getattr(signal, name) for name in ENDING_SIGNALS if hasattr(signal, name)}
# os.link fails so on file systems without hard links (FAT, some network and FUSE mounts).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS}
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# Names of a descriptor kzeu already has open: /dev/stdout, /dev/fd/1, /proc/self/fd/1.
_DESCRIPTOR = re.compile(r"/(?:dev|proc/(?:self|(?P<pid>[0-9]+)))/fd/(?P<fd>[0-9]+)")
_STANDARD = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}


class WriteError(Exception):
    """A file could not be written; whatever was there before is unchanged."""


class Refused(WriteError):
    """The output was refused as given: an empty name, a directory, a device, or a file that
    exists without ``--force``."""


class Target(NamedTuple):
    """Where an output goes: the name as given (for messages) and the path actually written."""

    name: str
    path: str  # ``name`` with its symlinks followed
    through: bool  # a device or FIFO written into directly, as a shell redirect would
    descriptor: int | None = None  # /dev/stdout and the like: the descriptor it names


def remove_temporaries() -> None:
    """Remove every temporary file still being written, and any SQLite journal beside it."""
    for temporary in list(TEMPORARIES):
        for suffix in _JOURNALS:
            with suppress(OSError):
                os.unlink(temporary + suffix)
    TEMPORARIES.clear()


def target(name: str, *, force: bool, through: bool = False) -> Target:
    """Return where the output ``name`` is to be written, or raise ``Refused`` (or
    ``WriteError`` when it cannot even be looked at). ``through``: a device or FIFO is written
    into rather than refused."""
    if not name:
        raise Refused("the output file name is empty")
    if name.endswith(os.sep):
        raise Refused(f"{name}: names a directory, not a file")
    descriptor = _descriptor(name)
    if descriptor is not None:
        if through:
            return Target(name, name, through=True, descriptor=descriptor)
        raise Refused(f"{name}: names an open descriptor, not a file: give a file name")
    _refuse_planted_links(name)
    try:
        info = os.stat(name)  # follows symlinks
    except FileNotFoundError:
        path = os.path.realpath(name)
        if os.path.islink(path):  # a symlink that realpath could not follow: a loop
            raise WriteError(f"cannot write {name}: {os.strerror(errno.ELOOP)}") from None
        _refuse_led_elsewhere(name, path)
        return Target(name, path, through=False)  # a dangling symlink creates what it names
    except OSError as error:
        raise WriteError(f"cannot write {name}: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        return _special(name, info, through=through)
    if not force:
        raise Refused(f"{name} exists: add --force to replace it")
    path = os.path.realpath(name)
    try:
        same = os.path.samestat(info, os.lstat(path))
    except OSError:
        same = False
    if not same:  # replaced while it was looked at, or a name realpath cannot follow back
        raise Refused(f"{name}: cannot tell which file this names, so it is not replaced")
    _refuse_led_elsewhere(name, path)
    return Target(name, path, through=False)


def _refuse_planted_links(name: str) -> None:
    """Raise ``Refused`` if resolving ``name`` follows a symlink that the kernel's
    ``fs.protected_symlinks`` would not: one in a sticky directory writable by all, owned
    neither by kzeu's user nor by the directory's owner."""
    pending = list(reversed(name.split(os.sep)))
    try:
        path = os.sep if name.startswith(os.sep) else os.getcwd()
    except OSError:
        return  # the working directory is gone: writing reports it
    for _ in range(10_000):  # components and symlinks: a loop is reported by the caller
        if not pending:
            return
        part = pending.pop()
        if part in ("", "."):
            continue
        if part == "..":
            path = os.path.dirname(path)
            continue
        step = os.path.join(path, part)
        try:
            link = os.lstat(step)
            if not stat.S_ISLNK(link.st_mode):
                path = step
                continue
            directory = os.stat(path)
            destination = os.readlink(step)
        except OSError:
            return  # missing or unreadable on the way: writing reports it
        shared = directory.st_mode & stat.S_ISVTX and directory.st_mode & stat.S_IWOTH
        if shared and link.st_uid not in (os.geteuid(), directory.st_uid):
            raise Refused(
                f"{name}: {step} is a symlink in a shared directory (sticky and writable by"
                f" all) that belongs to another user (uid {link.st_uid}), so it is not followed:"
                " give the path of the file it names if that is the one meant"
            )
        if destination.startswith(os.sep):
            path = os.sep
        pending.extend(reversed(destination.split(os.sep)))


def _refuse_led_elsewhere(name: str, path: str) -> None:
    """Raise ``Refused`` if ``name`` is a symlink that leads to ``path`` in a directory that
    kzeu's user neither owns nor may write by its permission bits."""
    if not os.path.islink(name):
        return
    directory = os.path.dirname(path)
    try:
        info = os.stat(directory)
    except OSError:
        return  # writing reports it
    mode = info.st_mode
    groups = {os.getegid(), *os.getgroups()}
    if (
        info.st_uid == os.geteuid()
        or mode & stat.S_IWOTH
        or (info.st_gid in groups and mode & stat.S_IWGRP)
    ):
        return
    raise Refused(
        f"{name}: is a symlink to {path}, in a directory that belongs to another user (uid"
        f" {info.st_uid}) and that this user could not write without being root, so it is not"
        " followed: give that path itself if it is the file meant"
    )


def _special(name: str, info: os.stat_result, *, through: bool) -> Target:
    if stat.S_ISDIR(info.st_mode):
        raise Refused(f"{name}: is a directory")
    if through and not stat.S_ISSOCK(info.st_mode):
        return Target(name, name, through=True)
    raise Refused(f"{name}: is not a regular file (a device, FIFO or socket): give a file name")


def write_file(out: Target, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``out`` whole or not at all; raise ``Refused`` if the target appeared
    (without ``force``) or stopped being a regular file meanwhile, ``WriteError`` if it cannot
    be written. Nothing is left behind on any error or signal."""
    if out.through:
        _write_through(out, data)
        return
    directory, base = os.path.split(out.path)
    with _signals_held():
        try:
            # The name cut so that it fits wherever the target's does (NAME_MAX is 255 bytes).
            prefix = f".{os.fsdecode(os.fsencode(base)[:200])}."
            fd, temporary = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=directory)
        except OSError as error:
            raise WriteError(f"cannot write {out.name}: {error.strerror}") from None
        TEMPORARIES.add(temporary)
    try:
        try:
            write_all(fd, data)
            _take_mode(fd, out.path)
            os.fsync(fd)
        finally:
            os.close(fd)
        _commit_holding_signals(temporary, out, force=force)
        _sync_directory(directory)
    except OSError as error:
        raise WriteError(f"cannot write {out.name}: {error.strerror}") from None
    finally:
        with _signals_held():
            with suppress(OSError):
                os.unlink(temporary)
            TEMPORARIES.discard(temporary)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd``: a short write is continued, a failed one raises."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _commit(temporary: str, out: Target, *, force: bool) -> None:
    if force:
        try:
            info = os.lstat(out.path)
        except FileNotFoundError:
            pass
        else:
            if not stat.S_ISREG(info.st_mode):
                raise Refused(
                    f"{out.name}: is no longer a regular file; nothing was replaced"
                ) from None
        os.replace(temporary, out.path)
        return
    try:
        os.link(temporary, out.path)
    except FileExistsError:
        raise Refused(
            f"{out.name} exists (it appeared while kzeu was writing): add --force to replace it"
        ) from None
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        _claim_and_replace(temporary, out)


def _commit_holding_signals(temporary: str, out: Target, *, force: bool) -> None:
    # The signals are held for the commit; once it is done, when kzeu runs as a command, they
    # stay held until it exits: a signal then would end it with 130 or 143 although the new
    # file is in place. (In a library caller's process they are let go again.)
    if not hasattr(signal, "pthread_sigmask"):
        _commit(temporary, out, force=force)
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        _commit(temporary, out, force=force)
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        raise
    if not exits.in_command:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def release_signals() -> None:
    """Let the ending signals go again once a file is in place (a commit holds them until kzeu
    exits): for a command that writes several files, each whole, and may be stopped between
    two (``kzeu draft A B -o DIR/``). A signal that came meanwhile is delivered now."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)


def _claim_and_replace(temporary: str, out: Target) -> None:
    # Without hard links, claim the name with O_EXCL (as git creates index.lock), then move
    # the finished file onto the empty claim: the name is never taken from someone else.
    try:
        fd = os.open(out.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    except FileExistsError:
        raise Refused(
            f"{out.name} exists (it appeared while kzeu was writing): add --force to replace it"
        ) from None
    os.close(fd)
    try:
        os.replace(temporary, out.path)
    except OSError:
        os.unlink(out.path)
        raise


def _take_mode(fd: int, path: str) -> None:
    try:
        old = os.stat(path)
    except FileNotFoundError:
        os.fchmod(fd, 0o666 & ~_umask())
        return
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    if os.geteuid() == 0 and (old.st_uid, old.st_gid) != (0, 0):
        # As SQLite does for its journal: root keeps the file its owner's.
        os.fchown(fd, old.st_uid, old.st_gid)


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _sync_directory(directory: str) -> None:
    # The new name is durable once the directory is on disk (as SQLite syncs it after a
    # journal is deleted); some file systems cannot sync a directory, which loses nothing.
    try:
        fd = os.open(directory or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _descriptor(name: str) -> int | None:
    """Return the descriptor ``name`` stands for, following symlinks (/dev/stdout is one to
    /proc/self/fd/1), or None if it names none of kzeu's own."""
    path = os.path.abspath(name)
    for _ in range(40):  # as many symlinks as the kernel follows
        if path in _STANDARD:
            return _STANDARD[path]
        match = _DESCRIPTOR.fullmatch(path)
        if match and match["pid"] in (None, str(os.getpid())):
            return int(match["fd"])
        try:
            link = os.readlink(path)
        except OSError:
            return None
        path = os.path.normpath(os.path.join(os.path.dirname(path), link))
    return None


def _write_through(out: Target, data: bytes) -> None:
    if out.descriptor is not None:  # written as to stdout: at its offset, in its mode
        try:
            write_all(out.descriptor, data)
        except OSError as error:
            raise WriteError(f"cannot write {out.name}: {error.strerror}") from None
        return
    try:
        fd = os.open(out.path, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise WriteError(f"cannot write {out.name}: {error.strerror}") from None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # replaced by a file since it was looked at
            raise Refused(f"{out.name}: is no longer a device or FIFO; nothing was written")
        write_all(fd, data)
    except OSError as error:
        raise WriteError(f"cannot write {out.name}: {error.strerror}") from None
    finally:
        os.close(fd)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold the ending signals (SIGINT, SIGTERM, SIGHUP, ...) until the block is done: a
    temporary file is created and listed, or moved and unlisted, as one step for the signal
    handler."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
