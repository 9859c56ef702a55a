"""Run kzeu as the installed script does, pausing half-way through writing any output file.

``python tests/paused_kzeu.py NOTIFY_FD IGNORED ARGS...`` starts with the default action for
every signal kzeu catches, as from a terminal, whatever the test runner inherited (nohup), and
IGNORED (a signal name, or -) ignored, as nohup would. With NOTIFY_FD (not -), it writes the
first half of any output file, then writes ``paused`` to that descriptor and waits for a line
on stdin before it writes the rest; with ``commit:NOTIFY_FD`` it pauses so just after the new
file has taken its name. A test can then look at the directory, signal the process,
or create the target, at a moment it knows, with no sleeps: the signals and races of
tests/test_signals.py.
"""

from __future__ import annotations

import os
import signal
import sys

from kzeu import files
from kzeu.__main__ import main
from kzeu.exits import ENDING_SIGNALS


def _pausing(notify: int) -> None:
    write_all = files.write_all

    def paused(fd: int, data: bytes) -> None:
        half = len(data) // 2
        write_all(fd, data[:half])
        os.write(notify, b"paused\n")
        sys.stdin.readline()
        write_all(fd, data[half:])

    files.write_all = paused


def _pausing_after_commit(notify: int) -> None:
    commit = files._commit

    def paused(temporary: str, out: files.Target, *, force: bool) -> None:
        commit(temporary, out, force=force)
        os.write(notify, b"paused\n")
        sys.stdin.readline()

    files._commit = paused


def _as_started(ignored: str) -> None:
    for name in ENDING_SIGNALS:
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    if ignored != "-":
        signal.signal(getattr(signal, ignored), signal.SIG_IGN)


if __name__ == "__main__":
    notify, ignored, *args = sys.argv[1:]
    _as_started(ignored)
    if notify.startswith("commit:"):
        _pausing_after_commit(int(notify.removeprefix("commit:")))
    elif notify != "-":
        _pausing(int(notify))
    sys.argv = ["kzeu", *args]
    main()
