"""The Typer app: parse options, call the loader, the views and the renderer, map errors to exits.

Exit codes (kzeu/exits.py): 0 success, 1 bad data (a facts file that cannot be used, output that
cannot be written), 2 bad usage (including an output that exists or is refused), 70 an internal
error (a bug), 130 interrupted (SIGINT), 143 terminated (SIGTERM), 129 hung up.

pydantic and Rich are imported only by the commands that need them, so ``kzeu --help`` never
builds the models and JSON, CSV and Markdown never load Rich.
"""

import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, NamedTuple, NoReturn

import typer

from kzeu import __version__
from kzeu.exits import EXIT_DATA, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from kzeu.render import (
    CHART_FORMATS,
    Listing,
    OutputFormat,
    render_chart,
    render_listing,
    visible,
)

if TYPE_CHECKING:
    from kzeu.files import Target
    from kzeu.models import FactsFile

app = typer.Typer(
    name="kzeu",
    help="Explore the sourced, checked facts of a meeting: people, agenda, events and figures.",
    epilog="Every fact carries the verbatim span of the report that supports it.",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


class EventStatus(str, Enum):
    """The statuses an event can have."""

    held = "held"
    upcoming = "upcoming"


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format: table, json, csv, markdown, svg or html.",
    ),
]


FactsOption = Annotated[
    str | None,
    typer.Option(
        "--facts",
        envvar="KZEU_FACTS",
        metavar="PATH",
        help="Facts file to load instead of the packaged one.",
        show_default=False,
    ),
]


class Settings(NamedTuple):
    """Options given before the command, shared by every command."""

    facts: str | None = None


def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kzeu {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    facts: FactsOption = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Explore the sourced, checked facts of a meeting.

    With no command, print an overview of the meeting.
    """
    ctx.obj = Settings(facts=facts)
    if ctx.invoked_subcommand is None:
        overview(ctx)


def fail(message: str, code: int) -> NoReturn:
    """Print ``message`` to stderr, escaped, and exit with ``code``."""
    sys.stderr.write(f"kzeu: {visible(message)}\n")
    raise typer.Exit(code)


def _facts_path(ctx: typer.Context, facts: str | None) -> str | None:
    settings = ctx.find_object(Settings) or Settings()
    return facts if facts is not None else settings.facts


def load(ctx: typer.Context, facts: str | None = None) -> "FactsFile":
    """Return the facts chosen by the command's or the global ``--facts``, ``$KZEU_FACTS`` or
    the package; print the problem and exit 1 if they cannot be used."""
    from kzeu import load as load_facts
    from kzeu.facts import FactsError

    try:
        return load_facts(_facts_path(ctx, facts))
    except FactsError as error:
        fail(error.message, EXIT_DATA)


def show(listing: Listing, fmt: OutputFormat) -> None:
    """Write ``listing`` to stdout in ``fmt``."""
    render_listing(listing, fmt, sys.stdout)


def _completer(what: str) -> Callable[[typer.Context, str], list[str]]:
    """Return a shell-completion callback offering the values of ``what`` in the facts file."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from kzeu import load as load_facts
        from kzeu import views
        from kzeu.facts import FactsError

        root = ctx.find_root()
        path = ctx.params.get("facts") or root.params.get("facts")
        try:
            values = views.completion_values(load_facts(path), what)
        except FactsError:
            return []
        return [v for v in values if v.casefold().startswith(incomplete.casefold())]

    return complete


@app.command(epilog="Examples: kzeu overview; kzeu overview -f json")
def overview(
    ctx: typer.Context, fmt: FormatOption = OutputFormat.table, facts: FactsOption = None
) -> None:
    """Show the meeting at a glance: who met whom, where, when, the agenda and the figures."""
    from kzeu import views

    show(views.overview(load(ctx, facts)), fmt)


@app.command(
    epilog="Examples: kzeu people; kzeu people -f csv; kzeu people --affiliation AFFILIATION"
)
def people(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    affiliation: Annotated[
        str | None,
        typer.Option(
            "--affiliation",
            "-a",
            help="Only people of this affiliation (any case).",
            autocompletion=_completer("affiliation"),
        ),
    ] = None,
    facts: FactsOption = None,
) -> None:
    """List the officials named in the report, with their titles and affiliation."""
    from kzeu import views

    show(views.people(load(ctx, facts), affiliation=affiliation), fmt)


@app.command(
    epilog="Examples: kzeu topics; kzeu topics -f markdown; kzeu topics --raised-by PERSON-ID"
)
def topics(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    raised_by: Annotated[
        str | None,
        typer.Option(
            "--raised-by",
            "-r",
            help="Only items raised by this person (id or name, any case).",
            autocompletion=_completer("person"),
        ),
    ] = None,
    facts: FactsOption = None,
) -> None:
    """List the agenda: each item, who raised it and at which event."""
    from kzeu import views

    show(views.topics(load(ctx, facts), raised_by=raised_by), fmt)


@app.command(epilog="Examples: kzeu events; kzeu events --status upcoming -f json")
def events(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    status: Annotated[
        EventStatus | None,
        typer.Option("--status", "-s", help="Only events that are held or upcoming."),
    ] = None,
    facts: FactsOption = None,
) -> None:
    """List the meetings and summits: place, timing as the report gives it, and status."""
    from kzeu import views

    show(views.events(load(ctx, facts), status=status.value if status else None), fmt)


@app.command(
    epilog="Examples: kzeu trade; kzeu trade -f json; kzeu trade --no-derived -f csv; "
    "kzeu trade --chart"
)
def trade(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    derived: Annotated[
        bool,
        typer.Option("--derived/--no-derived", help="Add figures computed from the stated ones."),
    ] = True,
    chart: Annotated[
        bool, typer.Option("--chart", help="Draw turnover, exports and imports as bars.")
    ] = False,
    facts: FactsOption = None,
) -> None:
    """List the trade and investment figures as stated, then those derived from them."""
    from kzeu import views

    if chart:
        if fmt not in CHART_FORMATS:
            fail(
                f"--chart draws a picture: use it with -f table, svg or html, not {fmt.value}",
                EXIT_USAGE,
            )
        render_chart(views.trade_chart(load(ctx, facts)), fmt, sys.stdout)
        return
    show(views.trade(load(ctx, facts), derived=derived), fmt)


@app.command(epilog='Examples: kzeu search trade; kzeu search "prime minister" -f json')
def search(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Text to find, in any case, accents or dashes.")],
    fmt: FormatOption = OutputFormat.table,
    facts: FactsOption = None,
) -> None:
    """Find TEXT in every fact and its quote; exit 1 when nothing matches, like grep."""
    from kzeu import views

    if not text.strip():
        fail("search needs some text to find", EXIT_USAGE)
    listing = views.search(load(ctx, facts), text)
    if not listing.rows:
        fail(f"no fact matches {text!r}", EXIT_DATA)
    show(listing, fmt)


@app.command(epilog="Examples: kzeu cite ID; kzeu cite ID -f json (kzeu search TEXT shows ids)")
def cite(
    ctx: typer.Context,
    fact_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Id of a fact or derived figure.", autocompletion=_completer("id")
        ),
    ],
    fmt: FormatOption = OutputFormat.table,
    facts: FactsOption = None,
) -> None:
    """Show a fact and the sentence of the report it comes from, its quote highlighted."""
    import difflib

    from kzeu import views

    data = load(ctx, facts)
    listing = views.cite(data, fact_id)
    if listing is None:
        ids = views.completion_values(data, "id")
        close = difflib.get_close_matches(fact_id, ids, n=5, cutoff=0.5)
        hint = f"; did you mean: {', '.join(close)}?" if close else "; see kzeu search TEXT"
        fail(f"no fact has the id {fact_id!r}{hint}", EXIT_USAGE)
    show(listing, fmt)


@app.command(epilog="Examples: kzeu source; kzeu source -f json")
def source(
    ctx: typer.Context, fmt: FormatOption = OutputFormat.table, facts: FactsOption = None
) -> None:
    """Print the report itself, with its date, dateline and attribution."""
    from kzeu import views

    show(views.source(load(ctx, facts)), fmt)


@app.command(epilog="Examples: kzeu check; kzeu check --facts draft.json -f json")
def check(
    ctx: typer.Context, fmt: FormatOption = OutputFormat.table, facts: FactsOption = None
) -> None:
    """Run every check on a facts file and report each; exit 1 if any fails."""
    from kzeu.checks import as_listing, run_checks

    path, results = run_checks(_facts_path(ctx, facts))
    show(as_listing(path, results), fmt)
    if any(r.status == "fail" for r in results):
        raise typer.Exit(EXIT_DATA)


@app.command(
    epilog="Examples: kzeu draft report.txt -o meeting.json; kzeu draft - --date 2025-05-14"
)
def draft(
    article: Annotated[
        str,
        typer.Argument(metavar="ARTICLE", help="A plain-text news report (UTF-8); - for stdin."),
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date", metavar="YYYY-MM-DD", help="Publication date, if the text has none."
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help="Write here, not stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """Draft a facts file from a news report: every quote cut from the text, every field a
    person must fill in listed under "draft" (kzeu check fails until none is left)."""
    import datetime as dt

    from kzeu import draft as drafting
    from kzeu.facts import FactsError
    from kzeu.models import FactsFile
    from kzeu.render import json_document

    try:
        when = dt.date.fromisoformat(date) if date is not None else None
    except ValueError:
        fail(f"--date must be a date as YYYY-MM-DD, not {date!r}", EXIT_USAGE)
    out = None if output in (None, "-") else output_target(output, force=force, through=True)
    try:
        document = json_document(drafting.draft(drafting.read_report(article), date=when))
    except FactsError as error:
        fail(error.message, EXIT_DATA)
    except drafting.DraftError as error:
        fail(f"{article}: {error}", EXIT_USAGE)
    FactsFile.model_validate_json(document)  # a draft that does not load is a bug in kzeu
    if out is None:
        sys.stdout.write(document)
        return
    write_output(out, document.encode("utf-8"), force=force)
    if not out.through:
        shown = visible(out.name)
        sys.stderr.write(f"kzeu: wrote {shown}; next: kzeu check --facts {shown}\n")


@app.command(
    epilog="Examples: kzeu export --sqlite meetings.db --facts a.json --facts b.json; "
    "sqlite3 meetings.db 'SELECT * FROM statistics'"
)
def export(
    ctx: typer.Context,
    *,
    sqlite: Annotated[
        str, typer.Option("--sqlite", metavar="OUT.db", help="The SQLite database to write.")
    ],
    facts: Annotated[
        list[str] | None,
        typer.Option("--facts", metavar="FILE", help="A facts file to export; repeat for more."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUT.db if it exists.")] = False,
    allow_draft: Annotated[
        bool, typer.Option("--allow-draft", help="Export a draft with fields left to fill in.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Export facts files into one SQLite database: a table per kind of fact, plus sources
    and quotes, every row keyed to its file and meeting."""
    from kzeu.export import ExportError, Input, export_sqlite, refuse_same_files, summary
    from kzeu.files import WriteError

    out = output_target(sqlite, force=force)
    paths: list[str | None] = list(facts) if facts else [_facts_path(ctx, None)]
    names = [path or "packaged facts.json" for path in paths]
    try:
        refuse_same_files(paths, names)
        inputs = [Input(name, load(ctx, path)) for name, path in zip(names, paths, strict=True)]
        counts = export_sqlite(inputs, out, force=force, allow_draft=allow_draft)
    except ExportError as error:
        fail(str(error), EXIT_USAGE if error.usage else EXIT_DATA)
    except WriteError as error:
        write_failed(error)
    show(summary(counts, sqlite), fmt)


@app.command(epilog="Examples: kzeu schema > kzeu-facts.schema.json")
def schema() -> None:
    """Print the JSON Schema of the facts-file format, generated from the models."""
    from kzeu.models import FactsFile
    from kzeu.render import json_document

    sys.stdout.write(json_document(FactsFile.model_json_schema()))


def output_target(name: str, *, force: bool, through: bool = False) -> "Target":
    """Return where the output ``name`` goes; print why it is refused and exit if it is."""
    from kzeu.files import WriteError, target

    try:
        return target(name, force=force, through=through)
    except WriteError as error:
        write_failed(error)


def write_output(out: "Target", data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``out`` whole, or print why not and exit (nothing is left behind)."""
    from kzeu.files import WriteError, write_file

    try:
        write_file(out, data, force=force)
    except WriteError as error:
        write_failed(error)


def write_failed(error: Exception) -> NoReturn:
    """Exit 2 for an output refused as given, 1 for one that could not be written."""
    from kzeu.files import Refused

    fail(str(error), EXIT_USAGE if isinstance(error, Refused) else EXIT_DATA)


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


def run() -> None:
    """Run the app with kzeu's error boundary: a bug exits 70 with a short message."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:
        # Files kzeu reads or writes by name report their own errors: what is left is the
        # output itself (a full disk, a closed stdout).
        sys.stderr.write(f"kzeu: cannot write output: {visible(str(error.strerror or error))}\n")
        sys.exit(EXIT_DATA)
    except Exception as error:
        _internal_error(error)
