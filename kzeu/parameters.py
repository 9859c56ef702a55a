"""Each command's own options and arguments, declared once as ``Annotated`` types: the name,
the help, the check of the value (a callback) and its completion from the data. A command
states only its parameter's name, type and default (``affiliation: Affiliation = None``); the
options every listing shares are ``kzeu.options``'s ``shared_options``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from kzeu import __version__
from kzeu.exits import EXIT_OK
from kzeu.options import choice_completer, choose, facts_paths


def completer(what: str) -> Callable[[typer.Context], list[str]]:
    """Return a completion callback offering the values of ``what`` in the facts files chosen
    by ``--facts`` or ``$KZEU_FACTS`` (see ``kzeu.views.values.completion_values``); with several
    meetings, ids as ``MEETING/ID``, as ``kzeu cite`` takes them."""

    def complete(ctx: typer.Context) -> list[str]:
        from kzeu.facts import FactsError
        from kzeu.meetings import load_meetings
        from kzeu.views.values import completion_values

        paths = facts_paths(ctx)
        if "-" in paths:
            return []  # standard input is the user's to type, not completion's to read
        try:
            listed = load_meetings(paths, keep_going=True)
        except FactsError:
            return []
        values = [
            f"{m.key}/{value}" if listed.many and what == "id" else value
            for m in listed
            for value in completion_values(m.facts, what)
        ]
        unique = list(dict.fromkeys(values))
        return sorted(unique) if what == "affiliation" else unique

    return complete


def some_text(value: str | None) -> str | None:
    """A filter's value: some text to match (an empty one is bad usage, as for search)."""
    if value is not None and not value.strip():
        raise typer.BadParameter("needs some text to match")
    return value


def _flows() -> tuple[str, ...]:
    from typing import get_args

    from kzeu.models import Flow

    return get_args(Flow)


def _filter(name: str, what: str) -> Any:
    return typer.Option(
        f"--{name}",
        metavar="TEXT",
        help=f"Only figures whose {what} holds TEXT: a part of a word, any case or accents.",
        callback=some_text,
        autocompletion=choice_completer(_flows) if name == "flow" else None,
        show_default=False,
    )


# kzeu trade's filters of figures, declared once: each matched through kzeu.search.Query.
FlowFilter = Annotated[str | None, _filter("flow", "flow (turnover, exports, imports, ...)")]
LabelFilter = Annotated[str | None, _filter("label", "label")]
CurrencyFilter = Annotated[str | None, _filter("currency", "currency")]


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


Version = Annotated[
    bool,
    typer.Option(
        "--version",
        "-V",
        callback=_print_version,
        is_eager=True,
        help="Print the version and exit.",
    ),
]

# --- the listings -------------------------------------------------------------------------------

Affiliation = Annotated[
    str | None,
    typer.Option(
        "--affiliation",
        "-a",
        metavar="TEXT",
        help="Only people whose affiliation holds TEXT: a part of a word, any case or accents.",
        callback=some_text,
        autocompletion=completer("affiliation"),
    ),
]
RaisedBy = Annotated[
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
]
EventStatus = Annotated[
    str | None,
    typer.Option(
        "--status",
        "-s",
        metavar="STATUS",
        help="Only events with this status: held or upcoming (any case).",
        callback=_status,
        autocompletion=choice_completer(_statuses),
    ),
]
WithDerived = Annotated[
    bool,
    typer.Option("--derived/--no-derived", help="Add figures computed from the stated ones."),
]
DrawChart = Annotated[
    bool,
    typer.Option(
        "--chart",
        help="Draw turnover, exports and imports as bars (with a filter: the figures it"
        " keeps); across meetings, each measure is a series over time.",
    ),
]
Words = Annotated[
    list[str],
    typer.Argument(
        metavar="TEXT...",
        help="Words to find, quoted or not, each a part of a word, in any case or accents;"
        " a fact matches when it holds them all.",
        show_default=False,
    ),
]
FactId = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="Id of a fact or derived figure, in any case; MEETING/ID with several"
        " meetings (kzeu meetings lists their keys).",
        autocompletion=completer("id"),
    ),
]

# --- the commands that write files --------------------------------------------------------------

Articles = Annotated[
    list[str],
    typer.Argument(
        metavar="ARTICLE...",
        help="Plain-text news reports (UTF-8); - for stdin (one report only).",
        show_default=False,
    ),
]
PublishedOn = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="YYYY-MM-DD",
        help="Publication date; overrides the one the text states.",
    ),
]
DraftOutput = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write here, not stdout. With several reports, or a name ending in /, a"
        " directory: one draft per report, named after it.",
    ),
]
ReplaceDraft = Annotated[
    bool, typer.Option("--force", help="Replace FILE (or a draft in DIR) if it exists.")
]
ExportFiles = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[FILE]...",
        help="Facts files or folders (their *.json files) to export, after those of --facts"
        " (default: the one kzeu reads).",
    ),
]
Database = Annotated[
    str, typer.Option("--sqlite", metavar="DB", help="The SQLite database to write.")
]
ReplaceDatabase = Annotated[
    bool, typer.Option("--force", help="Replace the database if it exists.")
]
AllowDraft = Annotated[
    bool, typer.Option("--allow-draft", help="Export a draft with fields left to fill in.")
]
DraftFile = Annotated[str, typer.Argument(metavar="FILE", help="The draft to review.")]
ListOnly = Annotated[bool, typer.Option("--list", help="List the unconfirmed fields and exit.")]
Accept = Annotated[
    list[str] | None,
    typer.Option("--accept", metavar="PATH", help="Accept the suggestion for PATH."),
]
Settings = Annotated[
    list[str] | None,
    typer.Option("--set", metavar="PATH=VALUE", help="Give PATH a value (JSON, else text)."),
]
HelpTopic = Annotated[
    str | None,
    typer.Argument(metavar="COMMAND", help="The command to explain."),
]
