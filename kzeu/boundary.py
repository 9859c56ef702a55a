"""kzeu's error boundary: where an error becomes one line on stderr and an exit code.

Exit codes (kzeu/exits.py): 0 success, 1 bad data (a facts file that cannot be used, output that
cannot be written), 2 bad usage (including an output that exists or is refused), 70 an internal
error (a bug), 130 interrupted (SIGINT), 143 terminated (SIGTERM), 129 hung up. Modules below
raise one domain error with a human message; the commands turn it into an exit here.
"""

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

import typer

from kzeu.exits import EXIT_DATA, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE
from kzeu.render import visible

if TYPE_CHECKING:
    from kzeu.files import Target


def fail(message: str, code: int) -> NoReturn:
    """Print ``message`` to stderr, escaped, and exit with ``code``."""
    sys.stderr.write(f"kzeu: {visible(message)}\n")
    raise typer.Exit(code)


def output_target(name: str, *, force: bool, through: bool = False) -> "Target":
    """Return where the output ``name`` goes; print why it is refused and exit if it is."""
    from kzeu.files import WriteError, target

    try:
        return target(name, force=force, through=through)
    except WriteError as error:
        write_failed(error)


def write_output(out: "Target", data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``out`` whole, or print why not and exit (nothing is left behind)."""
    from kzeu.files import WriteError, write_file

    try:
        write_file(out, data, force=force)
    except WriteError as error:
        write_failed(error)


def write_failed(error: Exception) -> NoReturn:
    """Exit 2 for an output refused as given, 1 for one that could not be written."""
    from kzeu.files import Refused

    fail(str(error), EXIT_USAGE if isinstance(error, Refused) else EXIT_DATA)


def _internal_error(error: BaseException) -> NoReturn:
    if os.environ.get("KZEU_DEBUG") == "1":
        import traceback

        traceback.print_exception(error)
    detail = visible(f"{type(error).__name__}: {error}", inline=True)[:500]  # one line
    sys.stderr.write(
        f"kzeu: internal error: {detail} (a bug in kzeu: please report it with the command you"
        " ran; KZEU_DEBUG=1 shows the traceback)\n"
    )
    sys.exit(EXIT_INTERNAL)


def guarded(app: Callable[[], object]) -> None:
    """Run ``app`` with kzeu's error boundary: a bug exits 70 with a short message."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:
        # Files kzeu reads or writes by name report their own errors: what is left is the
        # output itself (a full disk, a closed stdout).
        sys.stderr.write(f"kzeu: cannot write output: {visible(str(error.strerror or error))}\n")
        sys.exit(EXIT_DATA)
    except MemoryError:
        # Not a bug: the input (a facts file or report under the size caps) needs more memory
        # than this machine or its limits give kzeu.
        sys.stderr.write(
            "kzeu: out of memory: the input needs more memory than is available here"
            " (try a smaller file, or raise the memory limit)\n"
        )
        sys.exit(EXIT_DATA)
    except Exception as error:
        _internal_error(error)
