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
    LIST_FIELDS,
    CurrencyFilter,
    FlowFilter,
    Group,
    LabelFilter,
    choice_completer,
    choose,
    command_help,
    completer,
    examples,
    facts_paths,
    keep_going,
    output_format,
    refuse_unshared,
    selected_fields,
    shared_options,
    some_text,
    usage_error,
    use_pager,
)
from kzeu.render import CHART_FORMATS, Chart, Listing, OutputFormat, is_terminal, render, visible

if TYPE_CHECKING:
    from datetime import date

    from kzeu.facts import FactsError
    from kzeu.files import Target
    from kzeu.gate import Unconfirmed
    from kzeu.meetings import Meetings
    from kzeu.models import FactsFile

app = typer.Typer(
    cls=Group,
    name="kzeu",
    help="Explore the sourced, checked facts of a meeting: people, agenda, events and figures.",
    epilog=examples(
        "kzeu",
        "kzeu trade",
        "kzeu people -a union",
        'kzeu search "north south"',
        "kzeu cite imports",
        "kzeu topics | cut -f2",
        "kzeu help people",
    ),
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
@shared_options()
def root(
    ctx: typer.Context,
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
    On a terminal tables are drawn, paged when taller than the screen; to a pipe they are
    tab-separated. --format, --fields, --facts, --keep-going and --no-pager may come before
    the command or after it. --facts may be repeated and may name a folder: every view then
    shows each meeting's rows under its key (kzeu meetings lists them).
    """
    if ctx.invoked_subcommand is None:
        _overview(ctx)


def fail(message: str, code: int) -> NoReturn:
    """Print ``message`` to stderr, escaped, and exit with ``code``."""
    sys.stderr.write(f"kzeu: {visible(message)}\n")
    raise typer.Exit(code)


def hint(text: str) -> None:
    """Print a hint on stderr, only when a person is reading: stdout and stderr terminals."""
    if is_terminal(sys.stdout) and is_terminal(sys.stderr):
        sys.stderr.write(text + "\n")


def _unconfirmed(ctx: typer.Context, facts: "FactsFile") -> "tuple[Unconfirmed, ...]":
    """Return the unconfirmed fields of ``facts`` (kzeu.gate: none unless it is a draft),
    found once per file a command reads: its banner and its marks both ask, and the walk covers
    every field of every fact. Kept on the command's context with the file, so no other run's
    answer is taken."""
    from kzeu.gate import unconfirmed

    found: dict[int, tuple[FactsFile, tuple[Unconfirmed, ...]]]
    found = ctx.meta.setdefault("kzeu.unconfirmed", {})
    if id(facts) not in found:
        found[id(facts)] = (facts, unconfirmed(facts))
    return found[id(facts)][1]


def _draft_banner(ctx: typer.Context, facts: "FactsFile", chosen: str | None) -> None:
    """Say on stderr, whatever stdout is, that ``facts`` is a draft, if it is one."""
    left = _unconfirmed(ctx, facts)
    if left:
        name = visible(chosen or "FILE", inline=True)
        sys.stderr.write(f"kzeu: draft: {len(left):,} field(s) unconfirmed — kzeu review {name}\n")


def drafted(ctx: typer.Context, facts: "FactsFile", listing: Listing) -> Listing:
    """Return ``listing`` marked as a draft's (``kzeu.views.drafts``) if ``facts`` is one."""
    from kzeu.views.drafts import as_draft

    left = _unconfirmed(ctx, facts)
    if not left:
        return listing
    return as_draft(listing, left, drawn=_drawn(ctx))


def _drawn(ctx: typer.Context) -> bool:
    """Return whether the command's output is drawn as a table (where a guess is marked ?)."""
    chosen = output_format(ctx)
    return chosen is OutputFormat.table or (chosen is None and is_terminal(sys.stdout))


def _named(error: "FactsError", chosen: str | None) -> "FactsError":
    """Return ``error`` naming its file as the user gave it: standard input as ``<stdin>``, a
    path that came from the environment with the variable's name."""
    from kzeu.facts import FactsError, chosen_name

    name = chosen_name(chosen, error.path)
    return error if name == error.path else FactsError(name, error.problem, error.details)


def show(ctx: typer.Context, item: Listing | Chart) -> None:
    """Write ``item`` to stdout in the format asked for, with only the fields asked for (exit
    2 naming the valid ones if one is unknown; ``--fields`` alone lists them)."""
    fields = selected_fields(ctx)
    if isinstance(item, Listing) and fields == LIST_FIELDS:
        sys.stdout.write("".join(f"{name}\n" for name in item.field_names()))
        return
    if isinstance(item, Listing) and isinstance(fields, list):
        try:
            item = item.select(fields)
        except ValueError as error:
            usage_error(ctx, f"--fields: {error}")
    if isinstance(item, Listing) and item.empty and not item.rows and not _drawn(ctx):
        # The data formats stay an empty list or a header alone; a person is told why.
        sys.stderr.write(f"kzeu: {item.empty}\n")
    render(item, output_format(ctx), sys.stdout, pager=use_pager(ctx))


def load_all(ctx: typer.Context) -> "Meetings":
    """Return the meetings of every facts file ``--facts`` names (see ``kzeu.meetings``); a
    file that cannot be used is named and exits 1, or with ``--keep-going`` is named on
    stderr now and makes ``finish`` exit 1 once the rest is shown."""
    from kzeu.facts import FactsError
    from kzeu.meetings import load_meetings

    try:
        meetings = load_meetings(facts_paths(ctx), keep_going=keep_going(ctx))
    except FactsError as error:
        fail(error.message, EXIT_DATA)
    for failure in meetings.failures:
        sys.stderr.write(f"kzeu: {visible(failure.message)}\n")
    if not meetings.items:
        fail("no facts file could be used", EXIT_DATA)
    for meeting in meetings.items:
        _draft_banner(ctx, meeting.facts, meeting.file)
    return meetings


def finish(meetings: "Meetings") -> None:
    """Exit 1 if a facts file could not be used (``--keep-going`` showed the rest)."""
    if meetings.failures:
        raise typer.Exit(EXIT_DATA)


def present(
    ctx: typer.Context,
    view: Callable[["FactsFile"], Listing],
    across: Callable[["Meetings"], Listing] | None = None,
) -> None:
    """Show what ``view`` lists of the chosen facts; with several meetings, what ``across``
    lists of them (default: ``view`` of each, under its meeting's key). A filter that leaves
    nothing exits 1, saying why and which values there are."""
    from kzeu.views.common import NothingMatches

    meetings = load_all(ctx)
    try:
        if not meetings.many:
            facts = meetings.items[0].facts
            listing = drafted(ctx, facts, view(facts))
        elif across is not None:
            listing = across(meetings)
        else:
            from kzeu.across import each

            listing = each(meetings, lambda facts: drafted(ctx, facts, view(facts)))
    except NothingMatches as error:
        fail(str(error), EXIT_DATA)
    show(ctx, listing)
    finish(meetings)


def _overview(ctx: typer.Context) -> None:
    from kzeu import across
    from kzeu.views import records

    def view(facts: "FactsFile") -> Listing:
        # Drawn, each item of a draft's overview that holds a guess ends with "?".
        return records.overview(facts, _unconfirmed(ctx, facts) if _drawn(ctx) else ())

    present(ctx, view, across.meetings)
    hint(records.NEXT)


@app.command(
    short_help="List the meetings read, with counts of their facts.",
    epilog=examples(
        "kzeu --facts meetings/ meetings",
        "kzeu meetings --facts a.json --facts b.json -f csv",
    ),
)
@shared_options()
def meetings(ctx: typer.Context) -> None:
    """List the meetings of the facts files read, in date order: key, date, name, place,
    participants, counts of people, events, topics and figures, and file."""
    from kzeu import across

    listed = load_all(ctx)
    show(ctx, across.meetings(listed))
    finish(listed)


@app.command(
    short_help="Show the meeting at a glance.",
    epilog=examples("kzeu overview", "kzeu", "kzeu -f json", "kzeu overview --fields agenda"),
)
@shared_options()
def overview(ctx: typer.Context) -> None:
    """Show the meeting at a glance: who met whom, where, when, the agenda and the figures."""
    _overview(ctx)


@app.command(
    short_help="List the officials and their titles.",
    epilog=examples(
        "kzeu people",
        "kzeu people -a union",
        "kzeu people -f csv",
        "kzeu people --fields id,name -f json",
        "kzeu people | cut -f2",
    ),
)
@shared_options()
def people(
    ctx: typer.Context,
    affiliation: Annotated[
        str | None,
        typer.Option(
            "--affiliation",
            "-a",
            metavar="TEXT",
            help="Only people whose affiliation holds TEXT: a part of a word, any case or accents.",
            callback=some_text,
            autocompletion=completer("affiliation"),
        ),
    ] = None,
) -> None:
    """List the officials named in the report, with their titles and affiliation."""
    from kzeu import across
    from kzeu.views.people import people as view

    present(
        ctx,
        partial(view, affiliation=affiliation),
        partial(across.people, affiliation=affiliation),
    )


@app.command(
    short_help="List the agenda and who raised each item.",
    epilog=examples("kzeu topics", "kzeu topics --raised-by SURNAME", "kzeu topics -f markdown"),
)
@shared_options()
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
            callback=some_text,
            autocompletion=completer("person"),
        ),
    ] = None,
) -> None:
    """List the agenda: each item, who raised it and at which event."""
    from kzeu.views.topics import topics as view

    present(ctx, partial(view, raised_by=raised_by))


@app.command(
    short_help="List the meetings and summits.",
    epilog=examples("kzeu events", "kzeu events --status upcoming -f json"),
)
@shared_options()
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
) -> None:
    """List the meetings and summits: place, timing as the report gives it, and status."""
    from kzeu.views.events import events as view

    present(ctx, partial(view, status=status))


@app.command(
    short_help="List the trade figures, stated and derived.",
    epilog=examples(
        "kzeu trade",
        "kzeu trade -f json",
        "kzeu trade --no-derived -f csv",
        "kzeu trade --fields id,value,value_exact",
        "kzeu trade --chart",
        "kzeu --facts meetings/ trade --flow turnover --currency usd --chart",
    ),
)
@shared_options()
def trade(
    ctx: typer.Context,
    derived: Annotated[
        bool,
        typer.Option("--derived/--no-derived", help="Add figures computed from the stated ones."),
    ] = True,
    chart: Annotated[
        bool,
        typer.Option(
            "--chart",
            help="Draw turnover, exports and imports as bars (with a filter: the figures it"
            " keeps); across meetings, each measure is a series over time.",
        ),
    ] = False,
    *,
    flow: FlowFilter = None,
    label: LabelFilter = None,
    currency: CurrencyFilter = None,
) -> None:
    """List the trade and investment figures as stated, then those derived from them; with
    several meetings, each report's figures with its meeting's date."""
    from kzeu import across
    from kzeu.views.trade import FigureFilter, trade_chart
    from kzeu.views.trade import trade as view

    only = FigureFilter(flow, label, currency)
    if not chart:
        present(
            ctx,
            partial(view, derived=derived, only=only),
            partial(across.trade, derived=derived, only=only),
        )
        return
    fmt = output_format(ctx)
    if fmt is not None and fmt not in CHART_FORMATS:
        usage_error(
            ctx, f"--chart draws a picture: use it with -f table, svg or html, not {fmt.value}"
        )
    if selected_fields(ctx) is not None:
        usage_error(ctx, "--fields does not apply to --chart: a chart has no fields to choose")
    listed = load_all(ctx)
    if not listed.many and not only.given():
        show(ctx, trade_chart(listed.items[0].facts))
    else:
        from kzeu.across import NotComparable

        try:
            show(ctx, across.trade_chart(listed, only=only))
        except NotComparable as error:
            fail(str(error), EXIT_DATA)
    finish(listed)


@app.command(
    short_help="Find text in every fact.",
    epilog=examples(
        "kzeu search trade",
        "kzeu search trans caspian",
        'kzeu search "prime minister" -f json',
    ),
)
@shared_options()
def search(
    ctx: typer.Context,
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="TEXT...",
            help="Words to find, quoted or not, each a part of a word, in any case or accents;"
            " a fact matches when it holds them all.",
            show_default=False,
        ),
    ],
) -> None:
    """Find the facts that hold every word of TEXT, derived figures included; exit 1 when
    nothing matches, like grep."""
    from kzeu.search import Query
    from kzeu.views.search import search as view

    text = " ".join(words)
    if not Query(text):
        usage_error(ctx, "search needs some text to find")
    listed = load_all(ctx)
    if listed.many:
        from kzeu.across import each

        listing = each(listed, lambda facts: drafted(ctx, facts, view(facts, query=text)))
    else:
        facts = listed.items[0].facts
        listing = drafted(ctx, facts, view(facts, text))
    if not listing.rows:
        fail(f"no fact matches {text!r}", EXIT_DATA)
    show(ctx, listing)
    finish(listed)


@app.command(
    short_help="Show a fact with its sentence and a citation.",
    epilog=examples(
        "kzeu cite imports",
        "kzeu cite imports -f json | jq -r .quote",
        "kzeu cite imports -f markdown",
        "kzeu search imports --fields id",
    ),
)
@shared_options()
def cite(
    ctx: typer.Context,
    fact_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Id of a fact or derived figure, in any case; MEETING/ID with several"
            " meetings (kzeu meetings lists their keys).",
            autocompletion=completer("id"),
        ),
    ],
) -> None:
    """Show the sentence of the report a fact comes from, its quote highlighted, and a
    citation ready to paste; then the fact's fields. -f markdown gives the sentence as a block
    quote with its citation."""
    from kzeu.views.cite import cite as view
    from kzeu.views.values import ids_meant

    listed = load_all(ctx)
    if listed.many or "/" in fact_id:
        from kzeu.across import NoSuchFact, cite

        try:
            show(ctx, cite(listed, fact_id))
        except NoSuchFact as error:
            usage_error(ctx, str(error))
        finish(listed)
        return
    data = listed.items[0].facts
    listing = view(data, fact_id)
    if listing is None:
        meant = ids_meant(data, fact_id)
        hint_text = f"; did you mean: {', '.join(meant)}?" if meant else "; see kzeu search TEXT"
        usage_error(ctx, f"no fact has the id {fact_id!r}{hint_text}")
    show(ctx, drafted(ctx, data, listing))


@app.command(
    short_help="Print the report the facts come from.",
    epilog=examples("kzeu source", "kzeu source -f json | jq -r .text"),
)
@shared_options()
def source(ctx: typer.Context) -> None:
    """Print the report itself, with its date, dateline, attribution, outlet, title and URL."""
    from kzeu import across
    from kzeu.views.records import source as view

    present(ctx, view, across.source)


@app.command(
    short_help="Check a facts file and report every problem.",
    epilog=examples(
        "kzeu check",
        "kzeu check --facts draft.json -f json",
        "kzeu check --facts - < draft.json",
    ),
)
@shared_options()
def check(ctx: typer.Context) -> None:
    """Run every check on a facts file (or on each of several) and report each; exit 1 if any
    fails."""
    from kzeu.checks import as_listing, run_checks
    from kzeu.facts import FactsError
    from kzeu.meetings import given_files

    try:
        given = given_files(facts_paths(ctx))
    except FactsError as error:
        fail(error.message, EXIT_DATA)
    done = [run_checks(g.path) for g in given]
    if len(done) == 1:
        show(ctx, as_listing(*done[0]))
    else:
        from kzeu.across import checks

        show(ctx, checks(done))
    if any(r.status == "fail" for _, results in done for r in results):
        raise typer.Exit(EXIT_DATA)


@app.command(
    short_help="Draft a facts file from a news report.",
    epilog=examples(
        "kzeu draft report.txt -o meeting.json",
        "kzeu draft - --date 2025-05-14 < report.txt",
        "kzeu draft reports/*.txt -o drafts/",
        "kzeu draft a.txt b.txt -o drafts/ -f json",
    ),
)
@shared_options(
    "format", "fields", "pager", why="it reads a news report and writes a facts file as JSON"
)
def draft(
    ctx: typer.Context,
    articles: Annotated[
        list[str],
        typer.Argument(
            metavar="ARTICLE...",
            help="Plain-text news reports (UTF-8); - for stdin (one report only).",
            show_default=False,
        ),
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
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write here, not stdout. With several reports, or a name ending in /, a"
            " directory: one draft per report, named after it.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace FILE (or a draft in DIR) if it exists.")
    ] = False,
) -> None:
    """Draft a facts file from a news report: every quote cut from the text, every field a
    person must fill in listed under "draft" (kzeu check fails until none is left). Several
    reports with -o DIR/ give one draft each and a summary table on stdout."""
    import datetime as dt

    from kzeu import batch

    try:
        when = dt.date.fromisoformat(date) if date is not None else None
    except ValueError:
        usage_error(ctx, f"--date must be a date as YYYY-MM-DD, not {date!r}")
    if batch.into_directory(articles, output):
        _draft_many(ctx, articles, output, when, force=force)
        return
    if output_format(ctx) is not None or selected_fields(ctx) is not None:
        usage_error(
            ctx,
            "--format and --fields apply to the summary of drafts written into a directory"
            " (-o DIR/): one report's draft is JSON",
        )
    _draft_one(ctx, articles[0], output, when, force=force)


def _draft_one(
    ctx: typer.Context, article: str, output: str | None, when: "date | None", *, force: bool
) -> None:
    """Write the draft of ``article`` to ``output`` (None or -: stdout, paged as listings)."""
    from kzeu import batch
    from kzeu import draft as drafting
    from kzeu.facts import FactsError

    out = None if output in (None, "-") else output_target(output, force=force, through=True)
    try:
        document, _ = batch.draft_report(article, date=when)
    except FactsError as error:
        fail(error.message, EXIT_DATA)
    except drafting.DraftError as error:
        fail(f"{article}: {error}", EXIT_DATA)  # a blank report: bad data, as an empty file
    except batch.NotAReport as error:
        usage_error(ctx, str(error))
    if out is None:
        from kzeu.render.terminal import write

        write(document, sys.stdout, pager=use_pager(ctx))  # paged on a terminal, as listings
        return
    write_output(out, document.encode("utf-8"), force=force)
    if not out.through:
        shown = visible(out.name)
        sys.stderr.write(f"kzeu: wrote {shown}; next: kzeu review {shown}\n")


def _draft_many(
    ctx: typer.Context, articles: list[str], output: str | None, when: "date | None", *, force: bool
) -> None:
    """Draft each of ``articles`` into the directory ``output``; show the summary; exit with
    the worst outcome (kzeu.batch)."""
    from kzeu import batch
    from kzeu.files import WriteError

    if output is None or output == "-":
        usage_error(ctx, "several reports are drafted into a directory: add -o DIR/")
    if "-" in articles:
        usage_error(ctx, "- (standard input) has no name to draft after: draft it on its own")
    fields = selected_fields(ctx)
    if fields == LIST_FIELDS:  # the summary's keys, before any report is drafted
        show(ctx, batch.summary([], output))
        return
    if isinstance(fields, list):
        try:
            batch.summary([], output).select(fields)
        except ValueError as error:
            usage_error(ctx, f"--fields: {error}")
    try:
        batch.prepare_directory(output)
    except WriteError as error:
        write_failed(error)
    outcomes = batch.draft_batch(
        articles, output, date=when, force=force, progress=is_terminal(sys.stderr)
    )
    show(ctx, batch.summary(outcomes, output))
    drafted = [o.draft for o in outcomes if o.draft]
    if drafted:
        hint(f"next: kzeu check --facts {visible(drafted[0])}")
    code = batch.exit_code(outcomes)
    if code != EXIT_OK:
        raise typer.Exit(code)


@app.command(
    short_help="Export facts files into one SQLite database.",
    epilog=examples(
        "kzeu export --sqlite meetings.db a.json b.json",
        "kzeu export --sqlite meetings.db --facts a.json --facts b.json",
        "sqlite3 meetings.db 'SELECT * FROM statistics'",
    ),
)
@shared_options()
def export(
    ctx: typer.Context,
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[FILE]...",
            help="Facts files to export (as --facts, which may be repeated; default: the one"
            " kzeu reads).",
        ),
    ] = None,
    *,
    sqlite: Annotated[
        str, typer.Option("--sqlite", metavar="DB", help="The SQLite database to write.")
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Replace the database if it exists.")
    ] = False,
    allow_draft: Annotated[
        bool, typer.Option("--allow-draft", help="Export a draft with fields left to fill in.")
    ] = False,
) -> None:
    """Export facts files into one SQLite database: a table per kind of fact, plus sources
    (each file as given, with its SHA-256), quotes and inferred event windows, every row keyed
    to its file and meeting; derived figures are statistics rows marked derived."""
    from kzeu.export import (
        ExportError,
        export_sqlite,
        input_name,
        read_input,
        refuse_same_files,
        summary,
    )
    from kzeu.facts import FactsError
    from kzeu.files import WriteError

    out = output_target(sqlite, force=force)
    given = [*facts_paths(ctx), *(files or [])]
    paths: list[str | None] = list(given) if given else [None]
    names = [input_name(path) for path in paths]
    try:
        refuse_same_files(paths, names)
        inputs = []
        for path in paths:
            try:
                inputs.append(read_input(path))
            except FactsError as error:
                fail(_named(error, path).message, EXIT_DATA)
            _draft_banner(ctx, inputs[-1].facts, path)
        counts = export_sqlite(inputs, out, force=force, allow_draft=allow_draft)
    except ExportError as error:
        fail(str(error), EXIT_USAGE if error.usage else EXIT_DATA)
    except WriteError as error:
        write_failed(error)
    show(ctx, summary(counts, sqlite))


@app.command(
    short_help="Confirm a draft's unconfirmed fields, one at a time.",
    epilog=examples(
        "kzeu review draft.json",
        "kzeu review draft.json --list",
        "kzeu review draft.json --list -f json",
        "kzeu review draft.json --accept people/jane-doe.affiliation",
        "kzeu review draft.json --set 'people/jane-doe.role=host'",
    ),
)
@shared_options("format", "fields", "pager", why="it reviews the draft FILE it is given")
def review(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="The draft to review.")],
    *,
    list_only: Annotated[
        bool, typer.Option("--list", help="List the unconfirmed fields and exit.")
    ] = False,
    accept: Annotated[
        list[str] | None,
        typer.Option("--accept", metavar="PATH", help="Accept the suggestion for PATH."),
    ] = None,
    settings: Annotated[
        list[str] | None,
        typer.Option("--set", metavar="PATH=VALUE", help="Give PATH a value (JSON, else text)."),
    ] = None,
) -> None:
    """Confirm a draft's fields one at a time, as git add -p does: y accepts kzeu's
    suggestion, e gives a value, n skips, q quits, ? helps. Each answer is proven and written
    at once. Scripts: --accept PATH and --set PATH=VALUE (all or none written)."""
    from kzeu.facts import FactsError
    from kzeu.files import WriteError
    from kzeu.review import Review, ReviewError, apply_answers, listing, what_next

    try:
        under_review = Review.open(file)
        if list_only:
            listed = listing(under_review)
            if listed.rows or not _drawn(ctx):
                show(ctx, listed)
            else:  # nothing to list: one line says so, and what comes next
                sys.stdout.write(f"{visible(what_next(under_review))}\n")
        elif accept or settings:
            apply_answers(under_review, accept or [], settings or [])
            sys.stderr.write(f"kzeu: {visible(what_next(under_review))}\n")
        elif not is_terminal(sys.stdin):
            usage_error(
                ctx,
                "review asks on a terminal, and standard input is not one: give --accept PATH"
                " or --set PATH=VALUE, or --list",
            )
        else:
            from rich.console import Console

            from kzeu.review_terminal import run as run_review

            code = run_review(under_review, _ask, Console(highlight=False))
            if code:
                raise typer.Exit(code)
    except FactsError as error:
        fail(error.message, EXIT_DATA)
    except ReviewError as error:
        fail(str(error), EXIT_USAGE if error.usage else EXIT_DATA)
    except WriteError as error:
        write_failed(error)


def _ask(prompt: str) -> str | None:
    """Return the line typed after ``prompt``, None at the end of input."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    return line.rstrip("\n") if line else None


@app.command(
    short_help="Print the JSON Schema of the facts-file format.",
    epilog=examples("kzeu schema > kzeu-facts.schema.json"),
)
@shared_options("format", "pager", formats=(OutputFormat.json,), why="it writes the JSON Schema")
def schema(ctx: typer.Context) -> None:
    """Print the JSON Schema of the facts-file format, generated from the models."""
    from kzeu.models import FactsFile
    from kzeu.render import json_document
    from kzeu.render.terminal import write

    write(json_document(FactsFile.model_json_schema()), sys.stdout, pager=use_pager(ctx))


@app.command(
    "help",
    short_help="Show the help of kzeu or of a command.",
    epilog=examples("kzeu help", "kzeu help trade"),
)
def help_command(
    ctx: typer.Context,
    command: Annotated[
        str | None,
        typer.Argument(metavar="COMMAND", help="The command to explain."),
    ] = None,
) -> None:
    """Show the help of kzeu, or of COMMAND: kzeu help COMMAND is kzeu COMMAND --help."""
    refuse_unshared(ctx, (), why="it prints help")
    sys.stdout.write(command_help(ctx, command) + "\n")


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
    detail = visible(f"{type(error).__name__}: {error}", inline=True)[:500]  # one line
    sys.stderr.write(
        f"kzeu: internal error: {detail} (a bug in kzeu: please report it with the command you"
        " ran; KZEU_DEBUG=1 shows the traceback)\n"
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
    except MemoryError:
        # Not a bug: the input (a facts file or report under the size caps) needs more memory
        # than this machine or its limits give kzeu.
        sys.stderr.write(
            "kzeu: out of memory: the input needs more memory than is available here"
            " (try a smaller file, or raise the memory limit)\n"
        )
        sys.exit(EXIT_DATA)
    except Exception as error:
        _internal_error(error)
