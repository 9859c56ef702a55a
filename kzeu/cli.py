"""The Typer app: parse options, call the loader, the views and the renderer, map errors to exits.

Exit codes: 0 success, 1 bad data (a facts file that cannot be used), 2 bad usage, 70 an internal
error (a bug), 130 interrupted. pydantic and Rich are imported only by the commands that need them,
so ``kzeu --help`` never builds the models and JSON, CSV and Markdown never load Rich.
"""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from kzeu import __version__
from kzeu.render import Listing, OutputFormat, render_listing, visible

if TYPE_CHECKING:
    from kzeu.models import FactsFile

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="kzeu",
    help="Explore the sourced, checked facts of a meeting: people, agenda, events and figures.",
    epilog="Every fact carries the verbatim span of the report that supports it.",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)

FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format: table, json, csv, markdown, svg or html.",
    ),
]


@dataclass(frozen=True)
class Settings:
    """Options given before the command, shared by every command."""

    facts: str | None = None


def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kzeu {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    facts: Annotated[
        str | None,
        typer.Option(
            "--facts",
            envvar="KZEU_FACTS",
            metavar="PATH",
            help="Facts file to load instead of the packaged one.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Explore the sourced, checked facts of a meeting.

    With no command, print an overview. Examples: kzeu people; kzeu trade -f json
    """
    ctx.obj = Settings(facts=facts)
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def fail(message: str, code: int) -> NoReturn:
    """Print ``message`` to stderr, escaped, and exit with ``code``."""
    sys.stderr.write(f"kzeu: {visible(message)}\n")
    raise typer.Exit(code)


def load(ctx: typer.Context) -> FactsFile:
    """Return the facts chosen by ``--facts``, ``$KZEU_FACTS`` or the package; exit 1 if bad."""
    from kzeu.facts import FactsError, load_facts

    settings = ctx.find_object(Settings) or Settings()
    try:
        return load_facts(settings.facts)
    except FactsError as error:
        fail(error.message, EXIT_DATA)


def show(listing: Listing, fmt: OutputFormat) -> None:
    """Write ``listing`` to stdout in ``fmt``."""
    render_listing(listing, fmt, sys.stdout)


@app.command(
    epilog="Examples: kzeu people; kzeu people -f csv; kzeu people --affiliation 'European Union'"
)
def people(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    affiliation: Annotated[
        str | None,
        typer.Option("--affiliation", "-a", help="Only people of this affiliation (any case)."),
    ] = None,
) -> None:
    """List the officials named in the report, with their titles and affiliation."""
    from kzeu import views

    show(views.people(load(ctx), affiliation=affiliation), fmt)


@app.command(
    epilog="Examples: kzeu topics; kzeu topics -f markdown; kzeu topics --raised-by kaja-kallas"
)
def topics(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    raised_by: Annotated[
        str | None,
        typer.Option("--raised-by", "-r", help="Only items raised by this person (id or name)."),
    ] = None,
) -> None:
    """List the agenda: each item, who raised it and at which event."""
    from kzeu import views

    show(views.topics(load(ctx), raised_by=raised_by), fmt)


@app.command(epilog="Examples: kzeu trade; kzeu trade -f json; kzeu trade --no-derived -f csv")
def trade(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    derived: Annotated[
        bool,
        typer.Option("--derived/--no-derived", help="Add figures computed from the stated ones."),
    ] = True,
) -> None:
    """List the trade and investment figures as stated, then those derived from them."""
    from kzeu import views

    show(views.trade(load(ctx), derived=derived), fmt)


def _internal_error(error: BaseException) -> NoReturn:
    if os.environ.get("KZEU_DEBUG") == "1":
        import traceback

        traceback.print_exception(error)
    detail = visible(f"{type(error).__name__}: {error}")[:500]
    sys.stderr.write(
        f"kzeu: internal error: {detail}\n"
        "This is a bug in kzeu: please report it with the command you ran "
        "(set KZEU_DEBUG=1 to see the traceback).\n"
    )
    sys.exit(EXIT_INTERNAL)


def main() -> None:
    """Run the CLI: the entry point of the ``kzeu`` script and of ``python -m kzeu``."""
    if hasattr(signal, "SIGPIPE"):
        # A closed pipe (kzeu ... | head -1) ends kzeu quietly, as it does any Unix filter.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except Exception as error:
        _internal_error(error)
