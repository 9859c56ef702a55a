"""``kzeu draft A.txt B.txt ... -o DIR/``: one draft per report, in one process.

Each report is read, drafted and proven as ``kzeu draft`` does one (``draft_report``, which the
single-report command uses too), and its draft written whole into DIR under the report's name
with ``.json`` (``r.txt`` -> ``DIR/r.json``) by ``kzeu.files``. A report that cannot be read or
drafted, and a draft whose file is refused (it exists, without ``--force``; an earlier report of
the batch took its name; it would replace its own report) is named on stderr, and the others are
still drafted: the outcome of each is a ``Drafted``, and the command's exit code is the worst of
them. The libraries are loaded once, and each report is read once: the time grows with the
reports' total size (``benchmarks/batch.py``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from kzeu.exits import EXIT_DATA, EXIT_OK, EXIT_USAGE
from kzeu.render import Column, Listing, Row

if TYPE_CHECKING:
    from kzeu.models import FactsFile


class NotAReport(Exception):
    """The file given as a report is a facts file: the message says which command reads it."""


def is_facts_file(text: str) -> bool:
    """Return whether ``text`` is a JSON object with a facts file's keys (not a report)."""
    if not text.lstrip().startswith("{"):
        return False
    import json

    try:
        data = json.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) and {"format_version", "source"} <= data.keys()


def draft_report(report: str, *, date: dt.date | None) -> tuple[str, FactsFile]:
    """Return the draft of the report at ``report`` ("-": standard input) as the JSON text kzeu
    writes, and its facts as loaded back. Raise ``FactsError`` (unreadable), ``DraftError``
    (blank, or a draft too large) or ``NotAReport``. The draft is proven as any facts file is,
    each field its proof refuses left empty and listed (kzeu.draft.proven); one that still does
    not load is a bug in kzeu (``Unprovable`` propagates, exit 70)."""
    from kzeu import draft as drafting

    text = drafting.read_report(report)
    if is_facts_file(text):
        raise NotAReport(
            f"{report} is a facts file, not a news report: kzeu check --facts {report}"
        )
    drafted = drafting.proven_draft(text, date=date)
    return drafted.document, drafted.facts


def into_directory(reports: Sequence[str], output: str | None) -> bool:
    """Return whether the drafts go into a directory: several reports, or ``-o`` ending in a
    slash (one report with ``-o FILE`` writes FILE, as it always has)."""
    return len(reports) > 1 or (output is not None and output.endswith(("/", os.sep)))


Outcome = Literal["drafted", "unreadable", "refused", "not written"]
# The exit code each outcome gives (the batch exits with the worst): a refused output is bad
# usage, as for one report; the rest are bad data.
_EXIT = {
    "drafted": EXIT_OK,
    "refused": EXIT_USAGE,
    "unreadable": EXIT_DATA,
    "not written": EXIT_DATA,
}


@dataclass(frozen=True)
class Drafted:
    """What became of one report: the draft written (or None) and its counts, or the problem."""

    report: str
    outcome: Outcome
    draft: str | None = None
    people: int | None = None
    figures: int | None = None
    topics: int | None = None
    unconfirmed: int | None = None
    problem: str | None = None


def draft_name(report: str, directory: str) -> str:
    """Return where the draft of ``report`` goes in ``directory``: its name, ``.json`` for its
    last suffix (``r.txt`` -> ``DIR/r.json``, ``notes`` -> ``DIR/notes.json``)."""
    return os.path.join(directory, Path(report).stem + ".json")


def prepare_directory(directory: str) -> None:
    """Create ``directory`` if it does not exist (not its parents); raise ``WriteError`` if it
    cannot be, or ``Refused`` if the name is a file."""
    from kzeu.files import Refused, WriteError

    try:
        os.mkdir(directory)
    except FileExistsError:
        if not os.path.isdir(directory):
            raise Refused(f"{directory}: is not a directory") from None
    except OSError as error:
        raise WriteError(f"cannot create the directory {directory}: {error.strerror}") from None


def draft_all(
    reports: Sequence[str],
    directory: str,
    *,
    date: dt.date | None,
    force: bool,
    done: Callable[[Drafted], None] = lambda drafted: None,
) -> list[Drafted]:
    """Draft each of ``reports`` into ``directory``, in order; call ``done`` after each (the
    progress bar, the message of a report not drafted); return every outcome."""
    taken: dict[str, str] = {}  # draft file (real path) -> the report whose draft it is
    outcomes = []
    for report in reports:
        outcome = _draft_into(report, draft_name(report, directory), taken, date=date, force=force)
        outcomes.append(outcome)
        done(outcome)
    return outcomes


def _draft_into(
    report: str, name: str, taken: dict[str, str], *, date: dt.date | None, force: bool
) -> Drafted:
    from kzeu import draft as drafting
    from kzeu.facts import FactsError
    from kzeu.files import Refused, WriteError, release_signals, target, write_file
    from kzeu.gate import unconfirmed

    try:
        document, facts = draft_report(report, date=date)
    except FactsError as error:
        return Drafted(report, "unreadable", problem=error.message)
    except drafting.DraftError as error:
        return Drafted(report, "unreadable", problem=f"{report}: {error}")
    except NotAReport as error:
        return Drafted(report, "refused", problem=str(error))
    try:
        refused = _refused_name(report, name, taken)
        if refused:
            raise Refused(refused)
        out = target(name, force=force)
        write_file(out, document.encode("utf-8"), force=force)
        release_signals()  # Ctrl-C stops the batch between two drafts, each whole
    except Refused as error:
        return Drafted(report, "refused", problem=str(error))
    except WriteError as error:
        return Drafted(report, "not written", problem=str(error))
    taken[os.path.realpath(name)] = report
    return Drafted(
        report,
        "drafted",
        draft=name,
        people=len(facts.people),
        figures=len(facts.statistics),
        topics=len(facts.topics),
        unconfirmed=len(unconfirmed(facts)),
    )


def _refused_name(report: str, name: str, taken: dict[str, str]) -> str | None:
    """Return why the draft of ``report`` may not be written to ``name`` even with --force:
    an earlier report's draft has that name, or it is the report itself."""
    earlier = taken.get(os.path.realpath(name))
    if earlier is not None:
        if _same_file(earlier, report):
            return f"{report} is given twice: its draft is {name}"
        return f"{name}: is the draft of {earlier}, drafted before {report}: rename one report"
    if _same_file(report, name):
        return f"{name}: is the report {report} itself: give another directory"
    return None


def _same_file(one: str, other: str) -> bool:
    """Return whether ``one`` and ``other`` name one file (False if either is missing)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def exit_code(outcomes: Sequence[Drafted]) -> int:
    """Return the batch's exit code: 0 if every report was drafted, else the worst outcome's
    (2 if a draft's file was refused, 1 if a report could not be read or its draft written)."""
    return max((_EXIT[o.outcome] for o in outcomes), default=EXIT_OK)


SUMMARY_COLUMNS = (
    Column("report", "Report"),
    Column("draft", table=False),  # DIR/ and the report's name: the caption says DIR
    Column("people", "People", justify="right"),
    Column("figures", "Figures", justify="right"),
    Column("topics", "Topics", justify="right"),
    Column("unconfirmed", "Unconfirmed", justify="right"),
    Column("outcome", table=False),
    Column("problem", "Problem", gives_way=True),  # on stderr too: dropped first
)


def summary(outcomes: Sequence[Drafted], directory: str) -> Listing:
    """Return one row per report: its draft and what it holds, or why there is none."""
    rows: list[Row] = [
        {c.key: getattr(outcome, c.key) for c in SUMMARY_COLUMNS} for outcome in outcomes
    ]
    drafted = sum(o.outcome == "drafted" for o in outcomes)
    return Listing(
        "Drafts",
        SUMMARY_COLUMNS,
        rows,
        f"{drafted} of {len(outcomes)} reports drafted into {directory}",
    )


def draft_batch(
    reports: Sequence[str],
    directory: str,
    *,
    date: dt.date | None,
    force: bool,
    progress: bool,
) -> list[Drafted]:
    """Draft ``reports`` into ``directory`` (``draft_all``), naming on stderr each report not
    drafted as it happens; with ``progress`` (stderr is a terminal), under a Rich progress bar,
    which is gone once done. Without it Rich is not even loaded."""
    import sys

    from kzeu.render import visible

    if not progress:

        def say(drafted: Drafted) -> None:
            if drafted.problem:
                sys.stderr.write(f"kzeu: {visible(drafted.problem)}\n")

        return draft_all(reports, directory, date=date, force=force, done=say)

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from kzeu.render.terminal import make_console

    columns = (TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=make_console(sys.stderr), transient=True) as bar:
        task = bar.add_task("drafting", total=len(reports))

        def advance(drafted: Drafted) -> None:
            if drafted.problem:
                bar.console.print(f"kzeu: {visible(drafted.problem)}", markup=False)
            bar.update(task, advance=1, description=visible(drafted.report, inline=True))

        return draft_all(reports, directory, date=date, force=force, done=advance)
