"""Run kzeu as the installed script does, pausing half-way through writing any output file.

``python tests/paused_kzeu.py NOTIFY_FD IGNORED ARGS...`` starts with the default action for
SIGINT, SIGTERM and SIGHUP, as from a terminal, whatever the test runner inherited (nohup), and
IGNORED (a signal name, or -) ignored, as nohup would. With NOTIFY_FD (not -), it writes the
first half of any output file, then writes ``paused`` to that descriptor and waits for a line
on stdin before it writes the rest. A test can then look at the directory, signal the process,
or create the target, at a moment it knows, with no sleeps: the signals and races of
tests/test_signals.py.
"""

from __future__ import annotations

import os
import signal
import sys

from kzeu import files
from kzeu.__main__ import main


def _pausing(notify: int) -> None:
    write_all = files.write_all

    def paused(fd: int, data: bytes) -> None:
        half = len(data) // 2
        write_all(fd, data[:half])
        os.write(notify, b"paused\n")
        sys.stdin.readline()
        write_all(fd, data[half:])

    files.write_all = paused


def _as_started(ignored: str) -> None:
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    if ignored != "-":
        signal.signal(getattr(signal, ignored), signal.SIG_IGN)


if __name__ == "__main__":
    notify, ignored, *args = sys.argv[1:]
    _as_started(ignored)
    if notify != "-":
        _pausing(int(notify))
    sys.argv = ["kzeu", *args]
    main()
