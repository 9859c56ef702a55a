"""Run kzeu as the installed script does, pausing half-way through writing any output file.

``python tests/paused_kzeu.py NOTIFY_FD ARGS...`` writes the first half of the file, then
writes ``paused`` to the descriptor ``NOTIFY_FD`` and waits for a line on stdin before it writes
the rest. A test can then look at the directory, signal the process, or create the target, at
a moment it knows, with no sleeps: the signals and races of tests/test_signals.py.
"""

from __future__ import annotations

import os
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


if __name__ == "__main__":
    _pausing(int(sys.argv[1]))
    sys.argv = ["kzeu", *sys.argv[2:]]
    main()
