"""Shell completion that inserts each value from the data as one word, and nothing else.

Typer asks a completion callback (``kzeu.options.completer``) for values, keeps those that start
as typed, and writes them in each shell's protocol. A value comes from a facts file, which may be
anyone's: it must reach the command line as data, never as shell syntax. So each value is first
made visible (``kzeu.render.escape.visible``: no control, direction or invisible character
reaches the terminal), then quoted for what reads it:

- bash inserts each reply as it is, after the opening quote if the word has one, and closes that
  quote after a single match. ``bash_reply`` therefore quotes for the state the word is in: no
  quote (``United\\ Nations``), an open ``"`` (``$ ` \\ " !`` and the glob characters are each
  written as the quote closed, the character escaped and the quote reopened) or an open ``'``
  (``'``, ``\\`` and the glob characters likewise: the backslash for ``$'``, which
  reads escapes). Glob characters are escaped in every state because
  bash's completion function splits kzeu's answer unquoted, which expands patterns.
- zsh evaluates kzeu's answer (``eval $(...)``), and ``_arguments`` evaluates the list inside it
  again, inside double quotes: ``zsh_item`` quotes for both; zsh's ``compadd`` then quotes the
  value for the command line itself.
- fish reads one value a line and escapes what it inserts itself: a value is one line once made
  visible.
"""

from __future__ import annotations

import os
import re

from kzeu.render.escape import visible

# Typer's own protocols, which kzeu's extend: no public name for them.
from kzeu.typer_private import (
    BashComplete,
    CompletionItem,
    FishComplete,
    ZshComplete,
    add_completion_class,
)

_BASH_SPECIAL = re.compile(r"([^\w@%+=:,./-])")
# What bash still reads inside an open quote, plus the glob characters (see the module's doc).
_SPECIAL_IN_DOUBLE = re.compile(r'([$`\\"!*?\[])')
# A backslash too: after ``$'`` (which looks like an open ``'``) bash reads escapes.
_SPECIAL_IN_SINGLE = re.compile(r"(['\\*?\[])")
# What zsh reads inside _arguments' double quotes, and its value:description separator.
_SPECIAL_IN_ZSH = re.compile(r'([$`\\"])')


def bash_word(value: str) -> str:
    """Return ``value`` escaped as one bash word, as ``printf %q`` would for plain text."""
    return _BASH_SPECIAL.sub(r"\\\1", value)


def bash_reply(value: str, quote: str | None) -> str:
    """Return what bash is to insert for ``value`` when the word being completed is inside the
    open ``quote`` (``"``, ``'``, or None for none), so that the line holds ``value`` as one
    word once bash has closed the quote."""
    shown = visible(value, inline=True)
    if quote is None:
        return bash_word(shown)
    special = _SPECIAL_IN_DOUBLE if quote == '"' else _SPECIAL_IN_SINGLE
    reply = special.sub(lambda m: f"{quote}\\{m.group()}{quote}", shown)
    if reply.endswith(quote) and special.search(shown[-1:]):
        # Ends with the quote just reopened: close it here, or bash's closing quote (which it
        # adds only when the reply does not already end with one) would never come.
        reply += quote
    return reply


def open_quote(words: str) -> str | None:
    """Return the quote the command line ``words`` ends inside (``"`` or ``'``), or None."""
    import shlex

    lexer = shlex.shlex(words, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    try:
        for _ in lexer:
            pass
    except ValueError:
        # shlex keeps the quote it is inside in `state` (not in its type stubs).
        state = getattr(lexer, "state", None)
        return state if state in ("'", '"') else None
    return None


def zsh_item(value: str) -> str:
    """Return ``value`` as one item of the list in Typer's zsh answer,
    ``_arguments '*: :((ITEM ...))'``: safe within its single quotes, then within the double
    quotes ``_arguments`` evaluates it in, with ``:`` escaped from its value:description split."""
    item = _SPECIAL_IN_ZSH.sub(r"\\\1", visible(value, inline=True)).replace(":", r"\\:")
    return '"' + item.replace("'", "'\\''") + '"'


class BashWords(BashComplete):
    """Typer's bash protocol, each value quoted for the state of the word being completed."""

    def format_completion(self, item: CompletionItem) -> str:
        return bash_reply(str(item.value), open_quote(os.environ.get("COMP_WORDS", "")))


class ZshWords(ZshComplete):
    """Typer's zsh protocol, each value quoted for the two evaluations it goes through."""

    def format_completion(self, item: CompletionItem) -> str:
        return zsh_item(str(item.value))


class FishWords(FishComplete):
    """Typer's fish protocol, each value made visible (fish quotes what it inserts)."""

    def format_completion(self, item: CompletionItem) -> str:
        return visible(str(item.value), inline=True)


def register_shells() -> None:
    """Answer bash, zsh and fish with kzeu's protocols (after Typer has registered its own)."""
    add_completion_class(BashWords, BashComplete.name)
    add_completion_class(ZshWords, ZshComplete.name)
    add_completion_class(FishWords, FishComplete.name)
