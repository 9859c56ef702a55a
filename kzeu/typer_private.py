"""Typer's private API, reached from this one module: the names kzeu needs that Typer does not
export, and the two private methods kzeu overrides.

Typer (>= 0.26) carries its own copy of Click: the exceptions its parser raises, its context,
and its shell-completion protocols and their registry have no public name in Typer.
``kzeu.options`` uses the first, ``kzeu.completion`` extends the second. ``ShownArgument`` and
``CompletingGroup`` override Typer's private methods and give ``kzeu.options`` public ones
instead. A test (``tests/test_options.py``) fails when one of them changes, and another when
any other module reaches into Typer's private modules or methods.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from typing import Any

import typer
from typer._click.core import Context
from typer._click.exceptions import ClickException, UsageError
from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._completion_classes import BashComplete, FishComplete, ZshComplete
from typer._completion_shared import Shells, get_completion_script, install
from typer.core import TyperArgument, TyperGroup

__all__ = [
    "BashComplete",
    "ClickException",
    "CompletingGroup",
    "CompletionItem",
    "Context",
    "FishComplete",
    "ShownArgument",
    "UsageError",
    "ZshComplete",
    "add_completion_class",
    "completion_script",
    "install_completion",
    "shells",
]


class ShownArgument(TyperArgument):
    """An argument shown by its metavar alone, as options are: ``ID`` in the usage line and in
    the list of arguments, not Typer's ``{ID}`` and ``ID <str>``."""

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        return name if self.required else f"[{name}]"

    def display_type_rich(self, ctx: typer.Context) -> str | None:  # type: ignore[override]
        return None


class CompletingGroup(TyperGroup):
    """Typer's group with a public hook, ``before_completion``, run when a shell asks for
    completions (Typer's private ``_main_shell_completion``, run on every start)."""

    def before_completion(self) -> None:
        """Run before Typer answers a shell's request for completions."""

    def _main_shell_completion(
        self,
        ctx_args: MutableMapping[str, Any],
        prog_name: str,
        complete_var: str | None = None,
    ) -> None:
        variable = complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()
        if os.environ.get(variable):
            self.before_completion()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)


def shells() -> list[str]:
    """Return the shells Typer writes completion for: bash, zsh, fish, powershell, pwsh."""
    return [shell.value for shell in Shells]


def completion_script(shell: str) -> str:
    """Return kzeu's completion script for ``shell`` (one of ``shells()``), as
    ``--show-completion`` prints it for the shell it runs in."""
    return get_completion_script(prog_name="kzeu", complete_var="_KZEU_COMPLETE", shell=shell)


def install_completion(shell: str) -> str:
    """Install kzeu's completion for ``shell`` (one of ``shells()``) as
    ``--install-completion`` does for the shell it runs in; return the file it wrote."""
    _, path = install(shell=shell, prog_name="kzeu", complete_var="_KZEU_COMPLETE")
    return str(path)
