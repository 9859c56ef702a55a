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
from functools import partial
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from kzeu import __version__
from kzeu.exits import EXIT_DATA, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from kzeu.options import (
    FactsOption,
    FieldsOption,
    FormatOption,
    Group,
    choice_completer,
    choose,
    completer,
    facts_path,
    output_format,
    selected_fields,
)
from kzeu.render import (
    CHART_FORMATS,
    Listing,
    OutputFormat,
    render_chart,
    render_listing,
    visible,
)

if TYPE_CHECKING:
    from kzeu.facts import FactsError
    from kzeu.files import Target
    from kzeu.models import FactsFile

app = typer.Typer(
    cls=Group,
    name="kzeu",
    help="Explore the sourced, checked facts of a meeting: people, agenda, events and figures.",
    epilog="Every fact carries the verbatim span of the report that supports it.",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _statuses() -> tuple[str, ...]:
    """Return the statuses an event can have: those of the model, the one source of them."""
    from typing import get_args

    from kzeu.models import Status

    return get_args(Status)


def _status(value: str | None) -> str | None:
    return None if value is None else choose(value, _statuses())


def _print_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kzeu {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_print_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Explore the sourced, checked facts of a meeting.

    With no command, print an overview of the meeting (kzeu -f json: the overview as JSON).
    --format, --fields and --facts may come before the command or after it.
    """
    if ctx.invoked_subcommand is None:
        overview(ctx)


def fail(message: str, code: int) -> NoReturn:
    """Print ``message`` to stderr, escaped, and exit with ``code``."""
    sys.stderr.write(f"kzeu: {visible(message)}\n")
    raise typer.Exit(code)


def _facts_path(ctx: typer.Context, facts: str | None = None) -> str | None:
    """Return ``facts`` if given, else the file ``--facts`` names (None: the default)."""
    return facts if facts is not None else facts_path(ctx)


def load(ctx: typer.Context, facts: str | None = None) -> "FactsFile":
    """Return the facts of ``facts``, else of ``--facts``, else of the file ``resolve_path``
    chooses; print the problem, saying where the path came from, and exit 1 if they cannot be
    used."""
    from kzeu.facts import FactsError, load_facts

    chosen = _facts_path(ctx, facts)
    try:
        return load_facts(chosen)
    except FactsError as error:
        fail(_named(error, chosen).message, EXIT_DATA)


def _named(error: "FactsError", chosen: str | None) -> "FactsError":
    """Return ``error`` naming its file as the user gave it: standard input as ``<stdin>``, a
    path that came from the environment with the variable's name."""
    from kzeu.facts import FactsError, chosen_name

    name = chosen_name(chosen, error.path)
    return error if name == error.path else FactsError(name, error.problem, error.details)


def show(ctx: typer.Context, listing: Listing) -> None:
    """Write ``listing`` to stdout in the format asked for, with only the fields asked for
    (exit 2 naming the valid ones if one is unknown)."""
    fields = selected_fields(ctx)
    if fields is not None:
        try:
            listing = listing.select(fields)
        except ValueError as error:
            fail(f"--fields: {error}", EXIT_USAGE)
    render_listing(listing, output_format(ctx), sys.stdout)


def present(ctx: typer.Context, view: Callable[["FactsFile"], Listing]) -> None:
    """Show what ``view`` lists of the chosen facts; a filter that leaves nothing exits 1,
    saying why and which values there are."""
    from kzeu.views import NothingMatches

    try:
        listing = view(load(ctx))
    except NothingMatches as error:
        fail(str(error), EXIT_DATA)
    show(ctx, listing)


@app.command(
    short_help="Show the meeting at a glance.",
    epilog="Examples: kzeu overview; kzeu overview -f json; kzeu -f json",
)
def overview(
    ctx: typer.Context,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """Show the meeting at a glance: who met whom, where, when, the agenda and the figures."""
    from kzeu import views

    present(ctx, views.overview)


@app.command(
    short_help="List the officials and their titles.",
    epilog="Examples: kzeu people; kzeu people -f csv; kzeu people -a AFFILIATION; "
    "kzeu people --fields id,name -f json",
)
def people(
    ctx: typer.Context,
    affiliation: Annotated[
        str | None,
        typer.Option(
            "--affiliation",
            "-a",
            metavar="TEXT",
            help="Only people of this affiliation (any case or accents).",
            autocompletion=completer("affiliation"),
        ),
    ] = None,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """List the officials named in the report, with their titles and affiliation."""
    from kzeu import views

    present(ctx, partial(views.people, affiliation=affiliation))


@app.command(
    short_help="List the agenda and who raised each item.",
    epilog="Examples: kzeu topics; kzeu topics -f markdown; kzeu topics --raised-by SURNAME",
)
def topics(
    ctx: typer.Context,
    raised_by: Annotated[
        str | None,
        typer.Option(
            "--raised-by",
            "-r",
            metavar="PERSON",
            help="Only items raised by this person: an id, a name, a surname or a part of a"
            " name (any case or accents).",
            autocompletion=completer("person"),
        ),
    ] = None,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """List the agenda: each item, who raised it and at which event."""
    from kzeu import views

    present(ctx, partial(views.topics, raised_by=raised_by))


@app.command(
    short_help="List the meetings and summits.",
    epilog="Examples: kzeu events; kzeu events --status upcoming -f json",
)
def events(
    ctx: typer.Context,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            help="Only events with this status: held or upcoming (any case).",
            callback=_status,
            autocompletion=choice_completer(_statuses),
        ),
    ] = None,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """List the meetings and summits: place, timing as the report gives it, and status."""
    from kzeu import views

    present(ctx, partial(views.events, status=status))


@app.command(
    short_help="List the trade figures, stated and derived.",
    epilog="Examples: kzeu trade; kzeu trade -f json; kzeu trade --no-derived -f csv; "
    "kzeu trade --fields id,value,value_exact; kzeu trade --chart",
)
def trade(
    ctx: typer.Context,
    derived: Annotated[
        bool,
        typer.Option("--derived/--no-derived", help="Add figures computed from the stated ones."),
    ] = True,
    chart: Annotated[
        bool, typer.Option("--chart", help="Draw turnover, exports and imports as bars.")
    ] = False,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """List the trade and investment figures as stated, then those derived from them."""
    from kzeu import views

    if not chart:
        present(ctx, partial(views.trade, derived=derived))
        return
    fmt = output_format(ctx)
    if fmt not in CHART_FORMATS:
        fail(
            f"--chart draws a picture: use it with -f table, svg or html, not {fmt.value}",
            EXIT_USAGE,
        )
    render_chart(views.trade_chart(load(ctx)), fmt, sys.stdout)


@app.command(
    short_help="Find text in every fact.",
    epilog='Examples: kzeu search trade; kzeu search "prime minister" -f json',
)
def search(
    ctx: typer.Context,
    text: Annotated[
        str,
        typer.Argument(metavar="TEXT", help="Text to find, in any case, accents or dashes."),
    ],
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """Find TEXT in every fact, derived figures included; exit 1 when nothing matches, like
    grep."""
    from kzeu import views

    if not text.strip():
        fail("search needs some text to find", EXIT_USAGE)
    listing = views.search(load(ctx), text)
    if not listing.rows:
        fail(f"no fact matches {text!r}", EXIT_DATA)
    show(ctx, listing)


@app.command(
    short_help="Show a fact with its sentence and a citation.",
    epilog="Examples: kzeu cite ID; kzeu cite ID -f json | jq -r .quote; "
    "kzeu cite ID -f markdown (kzeu search TEXT shows ids)",
)
def cite(
    ctx: typer.Context,
    fact_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Id of a fact or derived figure.", autocompletion=completer("id")
        ),
    ],
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """Show a fact, the sentence of the report it comes from with its quote highlighted, and a
    citation ready to paste; -f markdown gives the sentence as a block quote with its
    citation."""
    from kzeu import views

    data = load(ctx)
    listing = views.cite(data, fact_id)
    if listing is None:
        meant = views.ids_meant(data, fact_id)
        hint = f"; did you mean: {', '.join(meant)}?" if meant else "; see kzeu search TEXT"
        fail(f"no fact has the id {fact_id!r}{hint}", EXIT_USAGE)
    quoted = None
    if output_format(ctx) is OutputFormat.markdown and selected_fields(ctx) is None:
        quoted = views.cite_markdown(data, fact_id)
    if quoted is None:
        show(ctx, listing)
    else:
        sys.stdout.write(quoted)


@app.command(
    short_help="Print the report the facts come from.",
    epilog="Examples: kzeu source; kzeu source -f json | jq -r .text",
)
def source(
    ctx: typer.Context,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """Print the report itself, with its date, dateline, attribution, outlet, title and URL."""
    from kzeu import views

    present(ctx, views.source)


@app.command(
    short_help="Check a facts file and report every problem.",
    epilog="Examples: kzeu check; kzeu check --facts draft.json -f json; "
    "kzeu check --facts - < draft.json",
)
def check(
    ctx: typer.Context,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
    _facts: FactsOption = None,
) -> None:
    """Run every check on a facts file and report each; exit 1 if any fails."""
    from kzeu.checks import as_listing, run_checks

    path, results = run_checks(facts_path(ctx))
    show(ctx, as_listing(path, results))
    if any(r.status == "fail" for r in results):
        raise typer.Exit(EXIT_DATA)


@app.command(
    short_help="Draft a facts file from a news report.",
    epilog="Examples: kzeu draft report.txt -o meeting.json; kzeu draft - --date 2025-05-14",
)
def draft(
    article: Annotated[
        str,
        typer.Argument(metavar="ARTICLE", help="A plain-text news report (UTF-8); - for stdin."),
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="Publication date; overrides the one the text states.",
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
        fail(f"{article}: {error}", EXIT_DATA)  # a blank report: bad data, as an empty file
    FactsFile.model_validate_json(document)  # a draft that does not load is a bug in kzeu
    if out is None:
        sys.stdout.write(document)
        return
    write_output(out, document.encode("utf-8"), force=force)
    if not out.through:
        shown = visible(out.name)
        sys.stderr.write(f"kzeu: wrote {shown}; next: kzeu check --facts {shown}\n")


@app.command(
    short_help="Export facts files into one SQLite database.",
    epilog="Examples: kzeu export --sqlite meetings.db --facts a.json --facts b.json; "
    "sqlite3 meetings.db 'SELECT * FROM statistics'",
)
def export(
    ctx: typer.Context,
    *,
    sqlite: Annotated[
        str, typer.Option("--sqlite", metavar="FILE", help="The SQLite database to write.")
    ],
    facts: Annotated[
        list[str] | None,
        typer.Option("--facts", metavar="FILE", help="A facts file to export; repeat for more."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the database if it exists.")
    ] = False,
    allow_draft: Annotated[
        bool, typer.Option("--allow-draft", help="Export a draft with fields left to fill in.")
    ] = False,
    _format: FormatOption = None,
    _fields: FieldsOption = None,
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
    show(ctx, summary(counts, sqlite))


@app.command(
    short_help="Print the JSON Schema of the facts-file format.",
    epilog="Examples: kzeu schema > kzeu-facts.schema.json",
)
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
