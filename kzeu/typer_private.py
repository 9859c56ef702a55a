"""The names kzeu needs from Typer that Typer does not export, reached from this one module.

Typer (>= 0.26) carries its own copy of Click: the exceptions its parser raises, its context,
and its shell-completion protocols and their registry have no public name in Typer.
``kzeu.options`` uses the first, ``kzeu.completion`` extends the second. A test
(``tests/test_options.py``) fails when one of them changes, and another when any other module
reaches into Typer's private modules.
"""

from __future__ import annotations

from typer._click.core import Context
from typer._click.exceptions import ClickException, UsageError
from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._completion_classes import BashComplete, FishComplete, ZshComplete

__all__ = [
    "BashComplete",
    "ClickException",
    "CompletionItem",
    "Context",
    "FishComplete",
    "UsageError",
    "ZshComplete",
    "add_completion_class",
]
