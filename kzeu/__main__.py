"""The ``kzeu`` script and ``python -m kzeu``: signals first, then the CLI.

Signal handling is set before anything heavy is imported, so that Ctrl-C at any moment ends
kzeu at once with exit code 130 and no traceback, and a closed pipe ends kzeu quietly as it
does any Unix filter.
"""

from __future__ import annotations

import os
import signal
from types import FrameType

EXIT_INTERRUPTED = 130


def _interrupted(signum: int, frame: FrameType | None) -> None:
    # Not an exception: native code (pydantic's validator) may swallow one raised inside it.
    os._exit(EXIT_INTERRUPTED)


def main() -> None:
    """Run kzeu as a command."""
    signal.signal(signal.SIGINT, _interrupted)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from kzeu.cli import run

    run()


if __name__ == "__main__":
    main()
