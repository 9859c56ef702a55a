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

# The signals whose default action ends a process and that another process or the terminal
# sends: kzeu catches each to remove its temporary files, and ends with 128 plus its number
# (SIGQUIT 131, SIGUSR1 138, SIGUSR2 140, SIGALRM 142, ...). SIGTERM is set last: tests wait
# for it. SIGPIPE keeps its default (a closed pipe ends kzeu quietly, as any Unix filter).
ENDING_SIGNALS = (
    "SIGHUP",
    "SIGINT",
    "SIGQUIT",
    "SIGUSR1",
    "SIGUSR2",
    "SIGALRM",
    "SIGVTALRM",
    "SIGPROF",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGPOLL",
    "SIGPWR",
    "SIGTERM",
)
# Set by kzeu.__main__ when kzeu runs as a command (not as a library or in a test's process):
# once an output file is in place, the ending signals stay blocked until kzeu exits, so that
# its exit code (0, with its "wrote" message) says the file was written.
in_command = False
