"""Shell completion written so that the shell inserts each value as one word.

Typer asks a completion callback (``kzeu.options.completer``) for values, keeps those that start
as typed, and writes them in each shell's protocol. zsh and fish quote what they insert
themselves; bash inserts each reply as it is, so that ``United Nations`` would become two words.
kzeu's bash protocol (``BashWords``, registered by ``register_shells`` when a shell asks)
therefore escapes each value the way bash escapes a file name (``United\\ Nations``), unless the
word being completed is already inside quotes, where the value goes in as it is.
"""

from __future__ import annotations

import os
import re

# Typer's own bash protocol, which kzeu's extends: no public name; kzeu.options reaches it.
from kzeu.options import BashComplete, CompletionItem, add_completion_class

_BASH_SPECIAL = re.compile(r"([^\w@%+=:,./-])")


def bash_word(value: str) -> str:
    """Return ``value`` escaped as one bash word, as ``printf %q`` would for plain text."""
    return _BASH_SPECIAL.sub(r"\\\1", value)


def inside_quotes(words: str) -> bool:
    """Return whether the command line ``words`` ends inside an open quote."""
    import shlex

    lexer = shlex.shlex(words, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    try:
        for _ in lexer:
            pass
    except ValueError:
        # shlex keeps the quote it is inside in `state` (not in its type stubs).
        return getattr(lexer, "state", None) in ("'", '"')
    return False


class BashWords(BashComplete):
    """Typer's bash protocol, each value escaped to be inserted as one word."""

    def format_completion(self, item: CompletionItem) -> str:
        value = super().format_completion(item)
        if inside_quotes(os.environ.get("COMP_WORDS", "")):
            return value
        return bash_word(value)


def register_shells() -> None:
    """Answer bash with ``BashWords`` (after Typer has registered its own protocols)."""
    add_completion_class(BashWords, BashComplete.name)
