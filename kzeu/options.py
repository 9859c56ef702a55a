"""The options every command shares, each declared once: ``--format``, ``--fields``, ``--facts``.

They are accepted before the command and after it (``kzeu -f json people``, ``kzeu people -f
json``): each option's callback records its value in the context's ``meta``, which the root and
the command share, so the one given last wins and no command merges them by hand. A command
reads them back with ``output_format``, ``selected_fields`` and ``facts_path``. Where no
``--facts`` is given, ``kzeu.facts.resolve_path`` alone decides (``$KZEU_FACTS``, else the
packaged file).

Choices (formats, statuses) are matched in any case, and a near miss is answered with the
choice meant: ``-f jsn`` says "did you mean 'json'?".
"""

from __future__ import annotations

import os
from collections.abc import Callable, MutableMapping, Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperGroup

from kzeu.render import OutputFormat

_FORMAT = "kzeu.format"
_FIELDS = "kzeu.fields"
_FACTS = "kzeu.facts"

FORMATS = tuple(f.value for f in OutputFormat)


def choose(value: str, choices: Sequence[str]) -> str:
    """Return the choice ``value`` names, in any case; raise ``typer.BadParameter`` naming the
    choices, and the likeliest one where ``value`` is close to it."""
    for choice in choices:
        if choice.casefold() == value.casefold():
            return choice
    import difflib

    close = difflib.get_close_matches(value.casefold(), choices, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else "."
    raise typer.BadParameter(f"{value!r} is not one of {', '.join(map(repr, choices))}{hint}")


def choice_completer(choices: Callable[[], Sequence[str]]) -> Callable[[], list[str]]:
    """Return a completion callback offering the ``choices`` (Typer keeps those that start as
    typed)."""

    def complete() -> list[str]:
        return list(choices())

    return complete


def completer(what: str) -> Callable[[typer.Context], list[str]]:
    """Return a completion callback offering the values of ``what`` in the facts file chosen
    by ``--facts`` or ``$KZEU_FACTS`` (see ``kzeu.views.completion_values``)."""

    def complete(ctx: typer.Context) -> list[str]:
        from kzeu import views
        from kzeu.facts import FactsError, load_facts

        path = facts_path(ctx)
        if path == "-":
            return []  # standard input is the user's to type, not completion's to read
        try:
            return views.completion_values(load_facts(path), what)
        except FactsError:
            return []

    return complete


def _remember_format(ctx: typer.Context, value: str | None) -> None:
    if value is not None:
        ctx.meta[_FORMAT] = OutputFormat(choose(value, FORMATS))


def _remember_fields(ctx: typer.Context, value: str | None) -> None:
    if value is not None:
        ctx.meta[_FIELDS] = [f.strip() for f in value.split(",") if f.strip()]


def _remember_facts(ctx: typer.Context, value: str | None) -> None:
    if value is not None:
        ctx.meta[_FACTS] = value


# Each is a parameter of the root and of every command that shows facts. Its value is not
# passed to the function (expose_value=False): the callback records it, see the module's doc.
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"Output format: {', '.join(FORMATS[:-1])} or {FORMATS[-1]} (any case; default:"
        " table).",
        callback=_remember_format,
        expose_value=False,
        autocompletion=choice_completer(lambda: FORMATS),
        show_default=False,
    ),
]
FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="FIELDS",
        help="Only these keys, comma-separated, in this order (e.g. id,name).",
        callback=_remember_fields,
        expose_value=False,
        show_default=False,
    ),
]
FactsOption = Annotated[
    str | None,
    typer.Option(
        "--facts",
        metavar="FILE",
        help="Facts file to read, - for standard input (default: $KZEU_FACTS, else the "
        "packaged file).",
        callback=_remember_facts,
        expose_value=False,
        show_default=False,
    ),
]


def output_format(ctx: typer.Context) -> OutputFormat:
    """Return the format asked for, before or after the command; a table by default."""
    chosen: OutputFormat = ctx.meta.get(_FORMAT, OutputFormat.table)
    return chosen


def selected_fields(ctx: typer.Context) -> list[str] | None:
    """Return the fields ``--fields`` asked for, or None for all of them."""
    fields: list[str] | None = ctx.meta.get(_FIELDS)
    return fields


def facts_path(ctx: typer.Context) -> str | None:
    """Return the facts file ``--facts`` names (the last one given), or None for the default."""
    path: str | None = ctx.meta.get(_FACTS)
    return path


class _Argument(TyperArgument):
    """An argument shown by its metavar alone, as options are: ``ID`` in the usage line and in
    the list of arguments, not Typer's ``{ID}`` and ``ID <str>``."""

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        return name if self.required else f"[{name}]"

    def display_type_rich(self, ctx: typer.Context) -> str | None:  # type: ignore[override]
        return None


class Group(TyperGroup):
    """kzeu's command group: every command's arguments are shown as ``_Argument`` shows them,
    so that a metavar reads the same wherever it appears, and completion answers bash with
    values it inserts as one word (``kzeu.completion``)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for command in self.commands.values():
            for param in command.params:
                if type(param) is TyperArgument:
                    param.__class__ = _Argument

    def _main_shell_completion(
        self,
        ctx_args: MutableMapping[str, Any],
        prog_name: str,
        complete_var: str | None = None,
    ) -> None:
        # Typer's hook, run on every start: a shell asks for completions when this variable
        # is set, and then kzeu's bash protocol replaces Typer's (which Typer registered while
        # it built the commands).
        variable = complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()
        if os.environ.get(variable):
            from kzeu.completion import register_shells

            register_shells()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)
