"""The Typer app, thin: each command's options declared, and its body a call to what runs it.

The commands that list facts are run by ``kzeu.listing_commands`` (load, mark a draft, show),
those that write files by ``kzeu.file_commands``; ``run`` is the app inside kzeu's error
boundary (``kzeu.boundary``: the exit codes and their messages).

Each command imports what it needs when it runs, so ``kzeu --help`` never builds the models and
JSON, CSV and Markdown never load Rich.
"""

import sys
from functools import partial

import typer

from kzeu.options import Group, command_help, examples, refuse_unshared, shared_options, use_pager
from kzeu.parameters import (
    Accept,
    Affiliation,
    AllowDraft,
    Articles,
    CurrencyFilter,
    Database,
    DraftFile,
    DraftOutput,
    DrawChart,
    EventStatus,
    ExportFiles,
    FactId,
    FlowFilter,
    HelpTopic,
    LabelFilter,
    ListOnly,
    PublishedOn,
    RaisedBy,
    ReplaceDatabase,
    ReplaceDraft,
    Settings,
    Version,
    WithDerived,
    Words,
)
from kzeu.render import OutputFormat

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


@app.callback(invoke_without_command=True)
@shared_options()
def root(ctx: typer.Context, version: Version = False) -> None:
    """Explore the sourced, checked facts of a meeting.

    With no command, print an overview of the meeting (kzeu -f json: the overview as JSON).
    On a terminal tables are drawn, paged when taller than the screen; to a pipe they are
    tab-separated. --format, --fields, --facts, --keep-going and --no-pager may come before
    the command or after it. --facts may be repeated and may name a folder: every view then
    shows each meeting's rows under its key (kzeu meetings lists them).
    """
    if ctx.invoked_subcommand is None:
        from kzeu.listing_commands import show_overview

        show_overview(ctx)


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
    from kzeu.listing_commands import finish, load_all, show
    from kzeu.views.meetings import meetings as view

    listed = load_all(ctx)
    show(ctx, view(listed))
    finish(listed)


@app.command(
    short_help="Show the meeting at a glance.",
    epilog=examples("kzeu overview", "kzeu", "kzeu -f json", "kzeu overview --fields agenda"),
)
@shared_options()
def overview(ctx: typer.Context) -> None:
    """Show the meeting at a glance: who met whom, where, when, the agenda and the figures."""
    from kzeu.listing_commands import show_overview

    show_overview(ctx)


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
def people(ctx: typer.Context, affiliation: Affiliation = None) -> None:
    """List the officials named in the report, with their titles and affiliation."""
    from kzeu.listing_commands import present
    from kzeu.views.people import people as view
    from kzeu.views.people import people_across

    present(
        ctx,
        partial(view, affiliation=affiliation),
        partial(people_across, affiliation=affiliation),
    )


@app.command(
    short_help="List the agenda and who raised each item.",
    epilog=examples("kzeu topics", "kzeu topics --raised-by SURNAME", "kzeu topics -f markdown"),
)
@shared_options()
def topics(ctx: typer.Context, raised_by: RaisedBy = None) -> None:
    """List the agenda: each item, who raised it and at which event."""
    from kzeu.listing_commands import present
    from kzeu.views.topics import topics as view

    present(ctx, partial(view, raised_by=raised_by))


@app.command(
    short_help="List the meetings and summits.",
    epilog=examples("kzeu events", "kzeu events --status upcoming -f json"),
)
@shared_options()
def events(ctx: typer.Context, status: EventStatus = None) -> None:
    """List the meetings and summits: place, timing as the report gives it, and status."""
    from kzeu.listing_commands import present
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
        "kzeu --facts meetings/ trade --flow turnover",
        "kzeu --facts meetings/ trade --currency usd --chart",
    ),
)
@shared_options()
def trade(
    ctx: typer.Context,
    derived: WithDerived = True,
    chart: DrawChart = False,
    *,
    flow: FlowFilter = None,
    label: LabelFilter = None,
    currency: CurrencyFilter = None,
) -> None:
    """List the trade and investment figures as stated, then those derived from them; with
    several meetings, each report's figures with its meeting's date."""
    from kzeu.listing_commands import present, show_trade_chart
    from kzeu.views.trade import FigureFilter
    from kzeu.views.trade import trade as view

    only = FigureFilter(flow, label, currency)
    if chart:
        show_trade_chart(ctx, only)
        return
    # Across meetings, each report's figures with its meeting's date: a time series.
    present(ctx, partial(view, derived=derived, only=only), dated=True)


@app.command(
    short_help="Find text in every fact.",
    epilog=examples(
        "kzeu search trade",
        "kzeu search trans caspian",
        'kzeu search "prime minister" -f json',
    ),
)
@shared_options()
def search(ctx: typer.Context, words: Words) -> None:
    """Find the facts that hold every word of TEXT, derived figures included; exit 1 when
    nothing matches, like grep."""
    from kzeu.listing_commands import show_search

    show_search(ctx, " ".join(words))


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
def cite(ctx: typer.Context, fact_id: FactId) -> None:
    """Show the sentence of the report a fact comes from, its quote highlighted, and a
    citation ready to paste; then the fact's fields. -f markdown gives the sentence as a block
    quote with its citation."""
    from kzeu.listing_commands import show_citation

    show_citation(ctx, fact_id)


@app.command(
    short_help="Print the report the facts come from.",
    epilog=examples("kzeu source", "kzeu source -f json | jq -r .text"),
)
@shared_options()
def source(ctx: typer.Context) -> None:
    """Print the report itself, with its date, dateline, attribution, outlet, title and URL."""
    from kzeu.listing_commands import present
    from kzeu.views.records import source as view
    from kzeu.views.records import source_across

    present(ctx, view, source_across)


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
    from kzeu.listing_commands import show_checks

    show_checks(ctx)


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
    articles: Articles,
    date: PublishedOn = None,
    output: DraftOutput = None,
    force: ReplaceDraft = False,
) -> None:
    """Draft a facts file from a news report: every quote cut from the text, every field a
    person must fill in listed under "draft" (kzeu check fails until none is left). Several
    reports with -o DIR/ give one draft each and a summary table on stdout."""
    from kzeu import file_commands

    file_commands.draft(ctx, articles, day=date, output=output, force=force)


@app.command(
    short_help="Export facts files into one SQLite database.",
    epilog=examples(
        "kzeu export --sqlite meetings.db a.json b.json",
        "kzeu export --sqlite all.db meetings/",
        "kzeu --facts a.json --facts b.json export --sqlite x.db",
        "sqlite3 meetings.db 'SELECT * FROM statistics'",
    ),
)
@shared_options()
def export(
    ctx: typer.Context,
    files: ExportFiles = None,
    *,
    sqlite: Database,
    force: ReplaceDatabase = False,
    allow_draft: AllowDraft = False,
) -> None:
    """Export facts files into one SQLite database: a table per kind of fact, plus sources
    (each file as given, with its SHA-256), quotes and inferred event windows, every row keyed
    to its file and meeting; derived figures are statistics rows marked derived."""
    from kzeu import file_commands

    file_commands.export(ctx, files, sqlite=sqlite, force=force, allow_draft=allow_draft)


@app.command(
    short_help="Confirm a draft's unconfirmed fields, one at a time.",
    epilog=examples(
        "kzeu review draft.json",
        "kzeu review draft.json --list",
        "kzeu review draft.json --list -f json",
        "kzeu review draft.json --accept source.attribution",
        "kzeu review draft.json --set people/jane-doe.role=host",
    ),
)
@shared_options("format", "fields", "pager", why="it reviews the draft FILE it is given")
def review(
    ctx: typer.Context,
    file: DraftFile,
    *,
    list_only: ListOnly = False,
    accept: Accept = None,
    settings: Settings = None,
) -> None:
    """Confirm a draft's fields one at a time, as git add -p does: y accepts kzeu's
    suggestion, e gives a value, n skips, q quits, ? helps. Each answer is proven and written
    at once. Scripts: --accept PATH and --set PATH=VALUE (all or none written)."""
    from kzeu import file_commands

    file_commands.review(ctx, file, list_only=list_only, accept=accept, settings=settings)


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
def help_command(ctx: typer.Context, command: HelpTopic = None) -> None:
    """Show the help of kzeu, or of COMMAND: kzeu help COMMAND is kzeu COMMAND --help."""
    refuse_unshared(ctx, (), why="it prints help")
    sys.stdout.write(command_help(ctx, command) + "\n")


def run() -> None:
    """Run the app with kzeu's error boundary (``kzeu.boundary``): a bug exits 70 with a short
    message."""
    from kzeu.boundary import guarded

    guarded(app)
