"""The options commands share, each declared once, and kzeu's command group.

``shared_options`` is to kzeu what sqlite-utils' ``output_options`` is to it: a decorator that
gives a command the shared options it takes (``--format``, ``--fields``, ``--facts``,
``--keep-going``, ``--no-pager``), so that no command repeats their declarations. They are
accepted before the command and after it (``kzeu -f json people``, ``kzeu people -f json``):
each option's callback records its value in the context's ``meta``, which the root and the
command share, and a command reads them back with ``output_format``, ``selected_fields``,
``facts_paths``, ``keep_going`` and ``use_pager``; each command's own options are declared
once in ``kzeu.parameters``. An option given before a command that does not take it is
refused (exit 2, one line saying why): ``kzeu -f csv schema``, ``kzeu --facts x.json draft
r.txt``.

The group writes usage errors in kzeu's one-line style; the way arguments are shown in help
and the hook where completion starts come from ``kzeu.typer_private``, the one module that
reaches Typer's private API.
"""

from __future__ import annotations

import functools
import inspect
import io
import os
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer.core import TyperArgument, TyperGroup

from kzeu.exits import EXIT_OK, EXIT_USAGE
from kzeu.render import OutputFormat
from kzeu.render.escape import visible
from kzeu.typer_private import (
    ClickException,
    CompletingGroup,
    Context,
    ShownArgument,
    UsageError,
)

_FORMAT = "kzeu.format"
_FIELDS = "kzeu.fields"
_FACTS = "kzeu.facts"
_NO_PAGER = "kzeu.no_pager"
_KEEP_GOING = "kzeu.keep_going"
# Which shared options were given, with where: the command (or root) that took each.
_GIVEN = "kzeu.given"

FORMATS = tuple(f.value for f in OutputFormat)
SHARED = ("format", "fields", "facts", "keep_going", "pager")
# "--fields" alone: list the fields.
LIST_FIELDS = "\0list"


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


def _given(ctx: typer.Context, name: str, flag: str) -> None:
    ctx.meta.setdefault(_GIVEN, {})[name] = flag


def _remember_format(ctx: typer.Context, value: str | None) -> None:
    if value is not None:
        ctx.meta[_FORMAT] = OutputFormat(choose(value, FORMATS))
        _given(ctx, "format", f"-f {ctx.meta[_FORMAT].value}")


def _remember_fields(ctx: typer.Context, value: str | None) -> None:
    if value is not None:
        fields = [f.strip() for f in value.split(",") if f.strip()]
        ctx.meta[_FIELDS] = fields if value != LIST_FIELDS else LIST_FIELDS
        _given(ctx, "fields", "--fields")


def _remember_facts(ctx: typer.Context, value: Sequence[str] | None) -> None:
    if value:
        ctx.meta[_FACTS] = [*ctx.meta.get(_FACTS, []), *value]
        _given(ctx, "facts", "--facts")


def _remember_keep_going(ctx: typer.Context, value: bool) -> None:
    if value:
        ctx.meta[_KEEP_GOING] = True
        _given(ctx, "keep_going", "--keep-going")


def _remember_pager(ctx: typer.Context, value: bool) -> None:
    if value:
        ctx.meta[_NO_PAGER] = True
        _given(ctx, "pager", "--no-pager")


# Each is a parameter of the root and of the commands that take it. Its value is not passed to
# the function (expose_value=False): the callback records it, see the module's doc.
_OPTIONS: dict[str, tuple[Any, Any]] = {
    "format": (
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"Output format: {', '.join(FORMATS[:-1])} or {FORMATS[-1]} (any case;"
            " default: table on a terminal, tsv to a pipe).",
            callback=_remember_format,
            expose_value=False,
            autocompletion=choice_completer(lambda: FORMATS),
            show_default=False,
        ),
    ),
    "fields": (
        str | None,
        typer.Option(
            "--fields",
            metavar="FIELDS",
            help="Only these keys, comma-separated, in this order (e.g. id,name); alone: list"
            " the keys.",
            callback=_remember_fields,
            expose_value=False,
            show_default=False,
        ),
    ),
    "facts": (
        list[str] | None,
        typer.Option(
            "--facts",
            metavar="FILE",
            help="Facts file or folder (its *.json files) to read, - for standard input; may"
            " be repeated (default: $KZEU_FACTS, else the packaged file).",
            callback=_remember_facts,
            expose_value=False,
            show_default=False,
        ),
    ),
    "keep_going": (
        bool,
        typer.Option(
            "--keep-going",
            help="With several facts files, show those that can be used; a file that cannot"
            " is named, and kzeu exits 1 at the end (default: it stops at once).",
            callback=_remember_keep_going,
            expose_value=False,
            show_default=False,
        ),
    ),
    "pager": (
        bool,
        typer.Option(
            "--no-pager",
            help="Never page (default: output taller than the terminal goes through"
            " $KZEU_PAGER, else $PAGER, else less -FRX).",
            callback=_remember_pager,
            expose_value=False,
            show_default=False,
        ),
    ),
}


F = TypeVar("F", bound=Callable[..., Any])


def shared_options(
    *names: str, formats: Sequence[OutputFormat] | None = None, why: str = ""
) -> Callable[[F], F]:
    """Give a command the shared options ``names`` (default: all of them), declared once here.

    ``formats``: the only formats the command writes; ``why``: what the command does instead,
    said when an option given before it does not apply. The command must take a
    ``typer.Context`` named ``ctx``."""
    taken = names or SHARED

    def decorate(command: F) -> F:
        signature = inspect.signature(command)
        added = [
            inspect.Parameter(
                f"_{name}",
                inspect.Parameter.KEYWORD_ONLY,
                default=False if name in ("pager", "keep_going") else None,
                annotation=Annotated[_OPTIONS[name][0], _OPTIONS[name][1]],
            )
            for name in taken
        ]

        @functools.wraps(command)
        def checked(*args: Any, **kwargs: Any) -> Any:
            # Typer passes every parameter of the signature, these with their defaults.
            for parameter in added:
                kwargs.pop(parameter.name, None)
            refuse_unshared(kwargs["ctx"], taken, formats, why)
            return command(*args, **kwargs)

        checked.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[*signature.parameters.values(), *added]
        )
        return checked  # type: ignore[return-value]

    return decorate


def refuse_unshared(
    ctx: typer.Context,
    taken: Sequence[str],
    formats: Sequence[OutputFormat] | None = None,
    why: str = "",
) -> None:
    """Exit 2 if an option was given that the command ``ctx`` runs does not take."""
    name = ctx.command_path
    reason = f" ({why})" if why else ""
    for option, flag in ctx.meta.get(_GIVEN, {}).items():
        if option not in taken:
            usage_error(ctx, f"{flag} does not apply to {name}{reason}")
    chosen = ctx.meta.get(_FORMAT)
    if formats is not None and chosen is not None and chosen not in formats:
        allowed = ", ".join(f.value for f in formats)
        usage_error(ctx, f"-f {chosen.value} does not apply to {name}: it writes {allowed}")


def usage_error(ctx: typer.Context | None, message: str) -> NoReturn:
    """Stop with a usage error: ``kzeu: message``, then the help hint; exit 2."""
    raise UsageError(message, ctx)


def output_format(ctx: typer.Context) -> OutputFormat | None:
    """Return the format asked for, before or after the command; None: the default (a table
    on a terminal, TSV to a pipe)."""
    chosen: OutputFormat | None = ctx.meta.get(_FORMAT)
    return chosen


def selected_fields(ctx: typer.Context) -> list[str] | str | None:
    """Return the fields ``--fields`` asked for, ``LIST_FIELDS`` for ``--fields`` alone, or
    None for all of them."""
    fields: list[str] | str | None = ctx.meta.get(_FIELDS)
    return fields


def facts_path(ctx: typer.Context) -> str | None:
    """Return the facts file ``--facts`` names (the last one given), or None for the default."""
    paths = facts_paths(ctx)
    return paths[-1] if paths else None


def facts_paths(ctx: typer.Context) -> list[str]:
    """Return every facts file ``--facts`` named, in order."""
    paths: list[str] = ctx.meta.get(_FACTS, [])
    return paths


def keep_going(ctx: typer.Context) -> bool:
    """Return whether ``--keep-going`` was given: show the facts files that can be used."""
    return bool(ctx.meta.get(_KEEP_GOING, False))


def use_pager(ctx: typer.Context) -> bool:
    """Return whether output may go through a pager (not with ``--no-pager``)."""
    return not ctx.meta.get(_NO_PAGER, False)


def examples(*lines: str) -> str:
    """Return a help epilog listing example command lines, one a line."""
    # "\b" keeps Click from rewrapping the paragraph that follows it.
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


def _help_hint(ctx: Context | None, command: str | None = None) -> str:
    """Return the hint after a usage error: the help of the command at fault (``command``,
    the one named on the command line, when the parser gives no context)."""
    if ctx is None:
        return f"Try 'kzeu {command} -h' for help." if command else "Try 'kzeu -h' for help."
    return f"Try '{ctx.command_path} -h' for help."


class Group(CompletingGroup):
    """kzeu's command group: every command's arguments are shown as ``_Argument`` shows them,
    usage errors are written in kzeu's one-line style, and completion answers bash with values
    it inserts as one word (``kzeu.completion``)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for command in self.commands.values():
            for param in command.params:
                if type(param) is TyperArgument:
                    param.__class__ = ShownArgument

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        """Run kzeu; a usage error is ``kzeu: MESSAGE`` and the help hint, on stderr, exit 2."""
        kwargs["standalone_mode"] = False
        kwargs.setdefault("terminal_width", help_width())
        given = _fields_alone(sys.argv[1:] if args is None else args)
        shell = _named_shell(given)
        if shell is not None:
            _complete_for(*shell)
        try:
            code = super().main(given, *rest, **kwargs)
        except UsageError as error:
            message = visible(error.format_message(), inline=True)
            named = next((a for a in given if a in self.commands), None)
            hint = _help_hint(error.ctx, named)
            sys.stderr.write(f"kzeu: {_lower_first(message)}\n{hint}\n")
            sys.exit(EXIT_USAGE)
        except ClickException as error:
            sys.stderr.write(f"kzeu: {visible(error.format_message(), inline=True)}\n")
            sys.exit(error.exit_code)
        except typer.Abort:
            sys.stderr.write("kzeu: aborted\n")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def before_completion(self) -> None:
        # A shell asks for completions: kzeu's protocols replace Typer's (which Typer
        # registered while it built the commands).
        from kzeu.completion import register_shells

        register_shells()


_COMPLETION_FLAGS = ("--show-completion", "--install-completion")


def _named_shell(args: Sequence[str]) -> tuple[str, str] | None:
    """Return a completion option and the shell named after it (``kzeu --show-completion
    zsh``), which Typer, knowing the shell kzeu runs in, would ignore; None if none is."""
    for i, arg in enumerate(args[:-1]):
        if arg == "--":
            break
        if arg in _COMPLETION_FLAGS and not args[i + 1].startswith("-"):
            return arg, args[i + 1]
    return None


def _complete_for(flag: str, shell: str) -> NoReturn:
    """Show or install the completion of the ``shell`` named after ``flag``, and exit; an
    unknown shell is a usage error."""
    from kzeu.typer_private import completion_script, install_completion, shells

    known = shells()
    if shell.lower() not in known:
        sys.stderr.write(
            f"kzeu: {flag}: unknown shell {visible(repr(shell), inline=True)};"
            f" shells: {', '.join(known)}\n{_help_hint(None)}\n"
        )
        sys.exit(EXIT_USAGE)
    if flag == "--show-completion":
        sys.stdout.write(completion_script(shell.lower()) + "\n")
    else:
        path = install_completion(shell.lower())
        sys.stdout.write(f"{shell.lower()} completion installed in {path}\n")
        sys.stdout.write("Completion will take effect once you restart the terminal\n")
    sys.exit(EXIT_OK)


def help_width() -> int | None:
    """Return the width to wrap help to when stdout is not a terminal but the reader is at one
    (``kzeu help | less``, ``kzeu -h | head``): that terminal's, taken from stderr or stdin as
    Click takes stdout's (at most 78, at least 50); None where Click's own rule holds (COLUMNS
    set, stdout a terminal, or no terminal at all: 78)."""
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return None
    for stream in (sys.stderr, sys.stdin):
        try:
            if stream.isatty():
                return max(min(os.get_terminal_size(stream.fileno()).columns, 80) - 2, 50)
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            continue
    return None


def _fields_alone(args: Sequence[str]) -> list[str]:
    """Return ``args`` with ``--fields`` given no value (last, or before another option)
    given ``LIST_FIELDS``: the command then lists its fields."""
    out = list(args)
    for i in range(len(out) - 1, -1, -1):
        alone = i + 1 == len(out) or out[i + 1].startswith("-")
        if out[i] == "--fields" and alone and "--" not in out[:i]:
            out.insert(i + 1, LIST_FIELDS)
    return out


def _lower_first(message: str) -> str:
    """Return Click's message ("No such option: --x") as kzeu words its own ("no such ...")."""
    if message[:1].isupper() and message[1:2].islower():
        return message[0].lower() + message[1:]
    return message


def command_help(ctx: typer.Context, name: str | None) -> str:
    """Return the help of the command ``name`` (None: of kzeu), as ``kzeu NAME --help``
    prints it; a usage error for an unknown command."""
    root = ctx.find_root()
    group = root.command
    if name is None:
        return root.get_help()
    assert isinstance(group, TyperGroup)
    command = group.get_command(root, name)
    if command is None:
        usage_error(ctx, f"no such command: {name!r}")
    with command.make_context(name, [], parent=root, resilient_parsing=True) as sub:
        return sub.get_help()
