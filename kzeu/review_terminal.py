"""``kzeu review`` at a terminal: each unconfirmed field shown with its sentence, why and the
suggestion, and answered with one letter (y, e, n, q, ?), as ``git add -p`` asks about hunks.

Written without Typer: the session reads answers through a function it is given and writes
through a Rich console; each answer is given and written through kzeu.review. A source field
proven by a quote (``source.attribution``, ...) given a value with ``e`` takes its quote from the
report, or asks for one. Ctrl-C at a prompt ends the session (every answer given is written)
with what is left and what to run next, and exit code 130.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Callable, Iterator
from functools import partial
from types import FrameType
from typing import TYPE_CHECKING, Any

from kzeu.exits import EXIT_INTERRUPTED, EXIT_OK
from kzeu.review import Review, ReviewError, is_empty_suggestion, parse_value, what_next

if TYPE_CHECKING:
    from rich.console import Console

    from kzeu.gate import Unconfirmed

Ask = Callable[[str], "str | None"]

HELP = """\
y - accept the suggestion
e - give a value (JSON, such as 12.5 or ["a", "b"] or null; any other text is taken as it is)
n - skip this field for now
q - quit (every answer given is already written)
? - show this help"""


class _CtrlC:
    """SIGINT during a session: noted at once, and ending the session at a prompt only, so that
    an answer being proven or written is finished first (the file stays whole, the answer
    kept)."""

    def __init__(self) -> None:
        self.pressed = False
        self.waiting = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.pressed = True
        if self.waiting:
            raise KeyboardInterrupt

    def asking(self, ask: Ask) -> Ask:
        """Return ``ask`` ended by Ctrl-C (``KeyboardInterrupt``), pressed before or during."""

        def asked(prompt: str) -> str | None:
            if self.pressed:
                raise KeyboardInterrupt
            self.waiting = True
            try:
                return ask(prompt)
            finally:
                self.waiting = False

        return asked


def run(review: Review, ask: Ask, console: Console) -> int:
    """Review every unconfirmed field at the terminal, then say what is left and what next (on
    a file with nothing unconfirmed, that alone); return the exit code: 130 after Ctrl-C."""
    from kzeu.render.escape import visible

    if not review.pending():
        console.out(visible(what_next(review)), highlight=False)
        return EXIT_OK
    ctrl_c = _CtrlC()
    try:
        previous = signal.signal(signal.SIGINT, ctrl_c)
    except ValueError:  # not the main thread: Ctrl-C keeps what it does
        previous = None
    try:
        session(review, ctrl_c.asking(ask), console)
    except KeyboardInterrupt:
        ctrl_c.pressed = True
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if ctrl_c.pressed:
        console.out("")  # the line Ctrl-C left unfinished
    console.out(visible(what_next(review)), highlight=False)
    return EXIT_INTERRUPTED if ctrl_c.pressed else EXIT_OK


def session(review: Review, ask: Ask, console: Console) -> int:
    """Ask about each unconfirmed field in turn, writing each answer at once; return how many
    answers were written. ``ask`` returns the line typed, or None at the end of input."""
    written = 0
    todo = review.pending()
    for number, field in enumerate(todo, start=1):
        console.print(_shown(field, number, len(todo), console.width))
        outcome = _answer(review, field, ask, console)
        if outcome == "quit":
            break
        written += outcome == "written"
    return written


def _answer(review: Review, field: Unconfirmed, ask: Ask, console: Console) -> str:
    """Ask about ``field`` until answered; return "written", "skipped" or "quit"."""
    while True:
        typed = ask(f"Confirm {_inline(field.path)}? [y,e,n,q,?] ")
        if typed is None:  # the end of input
            return "quit"
        choice = typed.strip().lower()
        if choice == "y":
            if not field.gone and is_empty_suggestion(field.suggested):
                console.print("no suggestion to accept: e gives a value", style="bold")
                continue
            return _written(review, console, lambda: review.accept(field.path))
        if choice == "e":
            outcome = _edit(review, field, ask, console)
            if outcome != "back":
                return outcome
            continue
        if choice == "n":
            return "skipped"
        if choice == "q":
            return "quit"
        help_lines = (_hung(line[:4], line[4:], console.width) for line in HELP.splitlines())
        console.print("\n".join(help_lines), markup=False, highlight=False)


def _edit(review: Review, field: Unconfirmed, ask: Ask, console: Console) -> str:
    """Ask for a value of ``field`` until one is written; return "written", "back" or "quit".
    A source field's value the report does not state asks for the words that state it."""
    while True:
        typed = ask(f"{_inline(field.path)} = (empty: back) ")
        if typed is None:
            return "quit"
        if not typed.strip():
            return "back"
        value = parse_value(typed.strip())
        outcome = _written(review, console, partial(review.set, field.path, value))
        if outcome.startswith("quote "):
            quote = outcome.removeprefix("quote ")
            outcome = _quoted(review, (field.path, value), quote, ask, console)
        if outcome == "written":
            _show_quote(review, field.path, console)
        if outcome in ("written", "quit"):
            return outcome


def _show_quote(review: Review, path: str, console: Console) -> None:
    """Show the quote a source field proven by one now has (found in the report, or given)."""
    from rich.text import Text

    from kzeu.render.escape import visible
    from kzeu.source_quotes import QUOTED, quote_field

    name = path.removeprefix("source.")
    if path.startswith("source.") and name in QUOTED:
        quote = review.data["source"].get(quote_field(name))
        shown = json.dumps(quote, ensure_ascii=False)
        console.print(Text(f"{quote_field(name)}: {visible(shown, inline=True)}"), soft_wrap=True)


def _quoted(review: Review, answer: tuple[str, Any], quote: str, ask: Ask, console: Console) -> str:
    """Ask for the words of the report that state the value of ``answer`` (its ``quote``
    field) until both are written; return "written", "back" or "quit"."""
    while True:
        typed = ask(f"{_inline(quote)} = (the report's words that state it; empty: back) ")
        if typed is None:
            return "quit"
        words = typed.strip()
        if not words:
            return "back"
        outcome = _written(review, console, partial(review.answer, [answer, (quote, words)]))
        if outcome == "written":
            return outcome


def _inline(text: str) -> str:
    from kzeu.render.escape import visible

    return visible(text, inline=True)


def _written(review: Review, console: Console, answer: Callable[[], None]) -> str:
    """Give and write ``answer``; return "written", "refused", or "quote PATH" when a source
    field's value needs the quote PATH (the reason is shown)."""
    from rich.text import Text

    from kzeu.render.escape import visible

    try:
        answer()
        review.save(more_to_come=True)
    except ReviewError as error:
        console.print(Text(visible(str(error)), style="red"), soft_wrap=True)
        return f"quote {error.quote}" if error.quote else "refused"
    written = Text(f"written to {visible(review.name, inline=True)}", style="green")
    console.print(written, soft_wrap=True)
    return "written"


def _hung(label: str, text: str, width: int) -> str:
    """Return ``label`` and ``text`` on one line, or, wider than ``width``, ``text`` wrapped
    at spaces under itself, so that the label ("why:", "e -") stands out on a narrow
    terminal."""
    from rich.cells import cell_len

    from kzeu.render.layout import wrap_words

    if cell_len(label + text) <= width:
        return label + text
    pieces = wrap_words(text, max(width - len(label), 8))
    return "\n".join([label + pieces[0], *(" " * len(label) + piece for piece in pieces[1:])])


def _shown(field: Unconfirmed, number: int, total: int, width: int = 80) -> Any:
    """Return the field as Rich text: its path, the sentence with the quote highlighted, why
    and the suggestion, these two hung under their labels at ``width``."""
    from rich.text import Text

    from kzeu.render.escape import visible

    text = Text()
    text.append(f"\n({number}/{total}) ", style="dim")
    text.append(visible(field.path, inline=True), style="bold")
    text.append("\n")
    for piece, quoted in _pieces(field.sentence, field.quote):
        text.append(visible(piece, inline=True), style="bold underline" if quoted else "")
    why = _hung("why: ", visible(field.why, inline=True), width)
    text.append(f"\n{why}\n", style="dim")
    suggested = field.suggested
    shown = "none" if is_empty_suggestion(suggested) else json.dumps(suggested, ensure_ascii=False)
    text.append(_hung("suggested: ", visible(shown, inline=True), width))
    return text


def _pieces(sentence: str, quote: str) -> Iterator[tuple[str, bool]]:
    at = sentence.find(quote) if quote else -1
    if at < 0:
        yield sentence, False
        return
    yield sentence[:at], False
    yield quote, True
    yield sentence[at + len(quote) :], False
