"""Running a command that lists facts: the facts files loaded, a draft's banner and marks, the
listing (or chart) written in the format asked for, and a filter that leaves nothing turned into
exit 1 with what there is.

pydantic and Rich are imported only by what needs them, so JSON, CSV and Markdown never load
Rich.
"""

import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NoReturn

import typer

from kzeu.boundary import fail
from kzeu.exits import EXIT_DATA
from kzeu.options import (
    LIST_FIELDS,
    facts_paths,
    keep_going,
    output_format,
    selected_fields,
    usage_error,
    use_pager,
)
from kzeu.render import (
    CHART_FORMATS,
    Chart,
    Listing,
    OutputFormat,
    counted,
    is_terminal,
    render,
    visible,
)

if TYPE_CHECKING:
    from kzeu.gate import Unconfirmed
    from kzeu.meetings import Meetings
    from kzeu.models import FactsFile
    from kzeu.views.trade import FigureFilter


def hint(text: str) -> None:
    """Print a hint on stderr, only when a person is reading: stdout and stderr terminals;
    wrapped at spaces to the terminal's width, so that no command in it is cut."""
    if is_terminal(sys.stdout) and is_terminal(sys.stderr):
        from kzeu.render.terminal import wrapped_for

        sys.stderr.write(wrapped_for(text, sys.stderr))


def unconfirmed(ctx: typer.Context, facts: "FactsFile") -> "tuple[Unconfirmed, ...]":
    """Return the unconfirmed fields of ``facts`` (kzeu.gate: none unless it is a draft),
    found once per file a command reads: its banner and its marks both ask, and the walk covers
    every field of every fact. Kept on the command's context with the file, so no other run's
    answer is taken."""
    from kzeu.gate import unconfirmed as fields_of

    found: dict[int, tuple[FactsFile, tuple[Unconfirmed, ...]]]
    found = ctx.meta.setdefault("kzeu.unconfirmed", {})
    if id(facts) not in found:
        found[id(facts)] = (facts, fields_of(facts))
    return found[id(facts)][1]


def draft_banner(ctx: typer.Context, facts: "FactsFile", chosen: str | None) -> None:
    """Say on stderr, whatever stdout is, that ``facts`` is a draft, if it is one."""
    left = unconfirmed(ctx, facts)
    if left:
        name = visible(chosen or "FILE", inline=True)
        fields = counted(len(left), "field")
        sys.stderr.write(f"kzeu: draft: {fields} unconfirmed — kzeu review {name}\n")


def drafted(ctx: typer.Context, facts: "FactsFile", listing: Listing) -> Listing:
    """Return ``listing`` marked as a draft's (``kzeu.views.drafts``) if ``facts`` is one."""
    from kzeu.views.drafts import as_draft

    left = unconfirmed(ctx, facts)
    if not left:
        return listing
    return as_draft(listing, left, drawn=drawn(ctx))


def drawn(ctx: typer.Context) -> bool:
    """Return whether the command's output is drawn as a table (where a guess is marked ?)."""
    chosen = output_format(ctx)
    return chosen is OutputFormat.table or (chosen is None and is_terminal(sys.stdout))


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
    if isinstance(item, Listing) and item.empty and not item.rows and not drawn(ctx):
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
        draft_banner(ctx, meeting.facts, meeting.file)
    return meetings


def finish(meetings: "Meetings") -> None:
    """Exit 1 if a facts file could not be used (``--keep-going`` showed the rest)."""
    if meetings.failures:
        raise typer.Exit(EXIT_DATA)


def present(
    ctx: typer.Context,
    view: Callable[["FactsFile"], Listing],
    across: Callable[["Meetings"], Listing] | None = None,
    *,
    dated: bool = False,
) -> None:
    """Show what ``view`` lists of the chosen facts; with several meetings, what ``across``
    lists of them (default: ``view`` of each, under its meeting's key, and ``dated``, its
    date). A filter that leaves nothing exits 1, saying why and which values there are."""
    from kzeu.views.common import NothingMatches

    meetings = load_all(ctx)
    try:
        if not meetings.many:
            listing = marked(ctx, view, meetings)(meetings.items[0].facts)
        elif across is not None:
            listing = across(meetings)
        else:
            listing = of_each(ctx, view, meetings, dated=dated)
    except NothingMatches as error:
        nothing(ctx, error.listing, str(error))
    show(ctx, listing)
    finish(meetings)


def marked(
    ctx: typer.Context, view: Callable[["FactsFile"], Listing], meetings: "Meetings"
) -> Callable[["FactsFile"], Listing]:
    """Return ``view`` of a file of ``meetings`` marked if it is a draft (``drafted``); when
    another of them is one, a file that is not has the same keys (``draft``: false), so that
    every row of the data formats has the same keys. An empty view of a filter that matched
    nothing is marked too."""
    from kzeu.views.common import NothingMatches
    from kzeu.views.drafts import as_not_draft

    some_draft = not drawn(ctx) and any(unconfirmed(ctx, m.facts) for m in meetings)

    def mark(facts: "FactsFile", listing: Listing) -> Listing:
        if unconfirmed(ctx, facts):
            return drafted(ctx, facts, listing)
        return as_not_draft(listing) if some_draft else listing

    def view_marked(facts: "FactsFile") -> Listing:
        try:
            return mark(facts, view(facts))
        except NothingMatches as error:
            raise error if error.listing is None else error.of(mark(facts, error.listing)) from None

    return view_marked


def of_each(
    ctx: typer.Context,
    view: Callable[["FactsFile"], Listing],
    meetings: "Meetings",
    *,
    dated: bool = False,
) -> Listing:
    """Return ``view`` of each of ``meetings``, marked (``marked``), under its key."""
    from kzeu.views.meetings import each

    return each(meetings, marked(ctx, view, meetings), dated=dated)


def nothing(ctx: typer.Context, listing: Listing | None, message: str) -> NoReturn:
    """Exit 1 saying ``message`` on stderr: a filter or a search matched nothing. In a data
    format, stdout is first the valid empty document of ``listing`` (``[]`` in JSON, nothing
    in JSON Lines, the header in CSV, TSV and Markdown), so that a client parses it; a table,
    HTML or SVG shows nothing. An unknown field is still bad usage (exit 2)."""
    chosen = output_format(ctx)
    if listing is None or drawn(ctx) or chosen in (OutputFormat.html, OutputFormat.svg):
        fail(message, EXIT_DATA)
    show(ctx, listing._replace(rows=[], empty=""))
    fail(message, EXIT_DATA)


def show_overview(ctx: typer.Context) -> None:
    """Show the meeting at a glance (with several, the meetings), then what to run next."""
    from kzeu.views import records
    from kzeu.views.meetings import meetings

    def view(facts: "FactsFile") -> Listing:
        # Drawn, each item of a draft's overview that holds a guess ends with "?".
        return records.overview(facts, unconfirmed(ctx, facts) if drawn(ctx) else ())

    present(ctx, view, meetings)
    hint(records.NEXT)


def show_trade_chart(ctx: typer.Context, only: "FigureFilter") -> None:
    """Draw the figures ``only`` keeps as bars: of one meeting, each turnover with its parts;
    across meetings, each measure as a series over time."""
    from kzeu.views.trade import NotComparable, trade_chart, trade_chart_across

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
        try:
            show(ctx, trade_chart_across(listed, only=only))
        except NotComparable as error:
            fail(str(error), EXIT_DATA)
    finish(listed)


def show_search(ctx: typer.Context, text: str) -> None:
    """Show the facts that hold every word of ``text``; exit 1 when none does, like grep."""
    from kzeu.search import Query
    from kzeu.views.search import search

    if not Query(text):
        usage_error(ctx, "search needs some text to find")
    listed = load_all(ctx)
    if listed.many:
        listing = of_each(ctx, partial(search, query=text), listed)
    else:
        listing = marked(ctx, partial(search, query=text), listed)(listed.items[0].facts)
    if not listing.rows:
        nothing(ctx, listing, f"no fact matches {text!r}")
    show(ctx, listing)
    finish(listed)


def show_citation(ctx: typer.Context, fact_id: str) -> None:
    """Show the fact ``fact_id`` (``MEETING/ID`` with several meetings) cited; exit 2 with the
    ids meant if there is no such fact."""
    from kzeu.views.cite import NoSuchFact, cite, cite_across
    from kzeu.views.values import ids_meant

    listed = load_all(ctx)
    if listed.many or "/" in fact_id:
        try:
            show(ctx, cite_across(listed, fact_id))
        except NoSuchFact as error:
            usage_error(ctx, str(error))
        finish(listed)
        return
    data = listed.items[0].facts
    listing = cite(data, fact_id)
    if listing is None:
        meant = ids_meant(data, fact_id)
        hint_text = f"; did you mean: {', '.join(meant)}?" if meant else "; see kzeu search TEXT"
        usage_error(ctx, f"no fact has the id {fact_id!r}{hint_text}")
    show(ctx, drafted(ctx, data, listing))


def show_checks(ctx: typer.Context) -> None:
    """Run every check on each facts file and show each result; exit 1 if any fails."""
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
        from kzeu.views.meetings import checks_across

        show(ctx, checks_across(done))
    if any(r.status == "fail" for _, results in done for r in results):
        raise typer.Exit(EXIT_DATA)
