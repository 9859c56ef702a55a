"""The terminal kzeu writes to: whether stdout is one, its console, and the pager.

Whether output goes to a terminal is decided once, here, from the stream itself (or
``TTY_COMPATIBLE``, ``FORCE_COLOR``, as Rich reads them): a terminal gets drawn tables, a pipe
tab-separated text. On a terminal, output taller than the screen goes through a pager, as git
and gh do: ``$KZEU_PAGER``, else ``$PAGER``, else ``less -FRX``; an empty ``KZEU_PAGER`` (or
``PAGER``) or ``--no-pager`` turns it off. A pipe never gets one. As git does, the pager runs with
``LESS=FRX`` unless ``LESS`` is set.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

DEFAULT_PAGER = "less -FRX"


def is_terminal(stream: TextIO) -> bool:
    """Return whether ``stream`` is a terminal; as in Rich, ``TTY_COMPATIBLE=1`` or ``0``
    decides, else a non-empty ``FORCE_COLOR`` says yes."""
    forced = os.environ.get("TTY_COMPATIBLE", "")
    if forced in ("0", "1"):
        return forced == "1"
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def make_console(stream: TextIO, *, record: bool = False, width: int | None = None) -> Console:
    """Return a Console on ``stream``: Rich decides colour from the terminal, NO_COLOR, TERM."""
    from rich.console import Console

    terminal = True if is_terminal(stream) and not record else None
    height = None
    if width is None and terminal:
        width, height = _dumb_terminal_size(stream)
    return Console(
        file=stream,
        record=record,
        width=width,
        height=height,
        highlight=False,
        emoji=False,
        force_terminal=terminal,
    )


def _dumb_terminal_size(stream: TextIO) -> tuple[int | None, int | None]:
    """Return the width and height of a terminal whose TERM is ``dumb`` or ``unknown`` (None,
    None for any other): Rich takes such a terminal to be 80 columns wide whatever it is, so a
    table drawn for 80 would wrap on a narrower one. As Rich does, COLUMNS and LINES win."""
    if not _is_dumb():
        return None, None
    try:
        columns, lines = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        columns, lines = 80, 25
    sized = [os.environ.get(name, "") for name in ("COLUMNS", "LINES")]
    columns = int(sized[0]) if sized[0].isdigit() else columns
    lines = int(sized[1]) if sized[1].isdigit() else lines
    return columns or 80, lines or 25


def wrapped_for(text: str, stream: TextIO) -> str:
    """Return the message ``text`` as lines for the terminal ``stream``: wrapped at spaces to
    its width (COLUMNS wins, as for tables), so that a command or a path in it is not cut
    where the terminal would cut it; one line where the width is unknown."""
    from kzeu.render.layout import wrap_words

    sized = os.environ.get("COLUMNS", "")
    try:
        width = int(sized) if sized.isdigit() else os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        width = 0
    lines = wrap_words(text, width) if width > 0 else [text]
    return "".join(line + "\n" for line in lines)


# A pipe gets lines as long as they need to be, up to this many cells (past it, a drawing's
# every line would be padded to the longest).
PLAIN_WIDTH = 10_000


def print_plain(renderable: RenderableType, stream: TextIO) -> None:
    """Print ``renderable`` for a pipe or file: as wide as it needs so that nothing wraps (up
    to PLAIN_WIDTH), no colour, and without the padding that would trail each line."""
    console = make_console(io.StringIO(), width=natural_width(renderable))
    with console.capture() as captured:
        console.print(renderable, crop=False)
    stream.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def natural_width(renderable: RenderableType) -> int:
    """Return the width ``renderable`` takes when nothing has to wrap (40 to PLAIN_WIDTH)."""
    from rich.measure import Measurement

    console = make_console(io.StringIO())
    wide = console.options.update_width(1_000_000)
    return min(max(40, Measurement.get(console, wide, renderable).maximum), PLAIN_WIDTH)


def print_drawn(renderable: RenderableType, stream: TextIO, *, pager: bool) -> None:
    """Print ``renderable`` on the terminal ``stream``, through the pager if it is taller
    than the screen (and ``pager``)."""
    console = make_console(stream)
    with console.capture() as captured:
        console.print(renderable, crop=False)
    write(captured.get(), stream, pager=pager)


def pager_command() -> str | None:
    """Return the pager to use: ``$KZEU_PAGER``, else ``$PAGER``, else ``less -FRX``; None
    when the one set is empty. On a dumb terminal (``TERM`` ``dumb`` or ``unknown``, as in
    an editor's shell) only ``$KZEU_PAGER`` is used: less cannot draw there, and asks to
    press RETURN, then shows nothing if q is pressed."""
    if "KZEU_PAGER" in os.environ:
        return os.environ["KZEU_PAGER"].strip() or None
    if _is_dumb():
        return None
    if "PAGER" in os.environ:
        return os.environ["PAGER"].strip() or None
    return DEFAULT_PAGER


def _is_dumb() -> bool:
    return os.environ.get("TERM", "").lower() in ("dumb", "unknown")


def pager_environment() -> dict[str, str]:
    """Return the environment the pager runs in: as git does, ``LESS=FRX`` (and ``LV=-c``)
    where the user has not set them, so that a plain ``PAGER=less`` shows kzeu's colours
    rather than their escape codes, and a page that fits is not held."""
    return {"LESS": "FRX", "LV": "-c", **os.environ}


def _screen_height(stream: TextIO) -> int | None:
    try:
        return os.get_terminal_size(stream.fileno()).lines
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None


def may_page(stream: TextIO, *, pager: bool) -> bool:
    """Return whether output to ``stream`` may go through the pager: ``pager`` is on, a pager
    is set, and the stream is a real terminal with a height."""
    return bool(pager and pager_command() and is_terminal(stream) and _screen_height(stream))


def write(text: str, stream: TextIO, *, pager: bool) -> None:
    """Write ``text`` to ``stream``: through the pager when ``pager`` is on, the stream is a
    real terminal and ``text`` is taller than it."""
    command = pager_command() if may_page(stream, pager=pager) else None
    height = _screen_height(stream) if command else None
    if command is None or height is None or text.count("\n") < height:
        stream.write(text)
        return
    _page(command, text, stream)


def _page(command: str, text: str, stream: TextIO) -> None:
    """Run the pager ``command`` (split as a shell would, run without one) on ``text``; a
    pager that cannot be started leaves the text written as it is."""
    import shlex
    import subprocess

    try:
        argv = shlex.split(command)
        process = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=stream.fileno(), env=pager_environment()
        )
    except (OSError, ValueError):
        stream.write(text)
        return
    stream.flush()
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode(getattr(stream, "encoding", None) or "utf-8", "replace"))
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end
        pass
    process.wait()
