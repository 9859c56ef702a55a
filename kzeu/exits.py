"""kzeu's exit codes, in one place for the CLI and ``__main__`` (which imports nothing heavy).

A signal that ends kzeu gives 128 plus its number, as a shell reports a process it killed.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_DATA = 1  # a facts file that cannot be used, or output that cannot be written
EXIT_USAGE = 2  # bad usage: an unknown option, a bad value, an output that exists or is refused
EXIT_INTERNAL = 70  # a bug in kzeu (EX_SOFTWARE)
EXIT_HANGUP = 129  # SIGHUP: the terminal went away
EXIT_INTERRUPTED = 130  # SIGINT: Ctrl-C
EXIT_TERMINATED = 143  # SIGTERM: kill, or a container stopping
