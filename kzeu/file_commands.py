"""The commands that read and write the files they are given: ``draft`` (one report, or many
into a directory), ``export`` (a SQLite database) and ``review`` (a draft, answer by answer).

Each turns the errors of its module (``kzeu.batch``, ``kzeu.export``, ``kzeu.review``,
``kzeu.files``) into a message and an exit code through ``kzeu.boundary``.
"""

import os
import sys
from typing import TYPE_CHECKING

import typer

from kzeu.boundary import fail, output_target, write_failed, write_output
from kzeu.exits import EXIT_DATA, EXIT_OK, EXIT_USAGE
from kzeu.listing_commands import draft_banner, drawn, hint, show
from kzeu.options import (
    LIST_FIELDS,
    facts_paths,
    output_format,
    selected_fields,
    usage_error,
    use_pager,
)
from kzeu.render import is_terminal, visible

if TYPE_CHECKING:
    from datetime import date

    from kzeu.facts import FactsError


def draft(
    ctx: typer.Context, articles: list[str], *, day: str | None, output: str | None, force: bool
) -> None:
    """Draft ``articles`` (published on ``day``, else as their text says): one into ``output``
    (a file, or stdout), several into the directory ``output``."""
    import datetime as dt

    from kzeu import batch

    try:
        when = dt.date.fromisoformat(day) if day is not None else None
    except ValueError:
        usage_error(ctx, f"--date must be a date as YYYY-MM-DD, not {day!r}")
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
        # --facts reads the folder's every *.json: the drafts of this run, and any beside them.
        folder = visible(output if output.endswith(("/", os.sep)) else output + os.sep)
        hint(f"next: kzeu --facts {folder} check, and kzeu review {visible(drafted[0])}")
    code = batch.exit_code(outcomes)
    if code != EXIT_OK:
        raise typer.Exit(code)


def export(
    ctx: typer.Context, files: list[str] | None, *, sqlite: str, force: bool, allow_draft: bool
) -> None:
    """Export ``files`` (after those of ``--facts``; none: the one kzeu reads; a folder: its
    ``*.json`` files, as ``--facts`` reads one) into the SQLite database ``sqlite``, and show
    what was written."""
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
    from kzeu.meetings import given_files

    out = output_target(sqlite, force=force)
    try:
        paths = [g.path for g in given_files([*facts_paths(ctx), *(files or [])])]
    except FactsError as error:
        fail(error.message, EXIT_DATA)
    names = [input_name(path) for path in paths]
    try:
        refuse_same_files(paths, names)
        inputs = []
        for path in paths:
            try:
                inputs.append(read_input(path))
            except FactsError as error:
                fail(_named(error, path).message, EXIT_DATA)
            draft_banner(ctx, inputs[-1].facts, path)
        counts = export_sqlite(inputs, out, force=force, allow_draft=allow_draft)
    except ExportError as error:
        fail(str(error), EXIT_USAGE if error.usage else EXIT_DATA)
    except WriteError as error:
        write_failed(error)
    show(ctx, summary(counts, sqlite))


def _named(error: "FactsError", chosen: str | None) -> "FactsError":
    """Return ``error`` naming its file as the user gave it: standard input as ``<stdin>``, a
    path that came from the environment with the variable's name."""
    from kzeu.facts import FactsError, chosen_name

    name = chosen_name(chosen, error.path)
    return error if name == error.path else FactsError(name, error.problem, error.details)


def review(
    ctx: typer.Context,
    file: str,
    *,
    list_only: bool,
    accept: list[str] | None,
    settings: list[str] | None,
) -> None:
    """Review the draft ``file``: list its unconfirmed fields (``list_only``), apply the
    answers given, or ask on the terminal one field at a time."""
    from kzeu.facts import FactsError
    from kzeu.files import WriteError
    from kzeu.review import Review, ReviewError, apply_answers, listing, what_next

    try:
        under_review = Review.open(file)
        if list_only:
            listed = listing(under_review)
            if listed.rows or not drawn(ctx):
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
