"""Options declared once and refused where they do not apply, one error style, kzeu help, and
the Typer private API kzeu relies on (kzeu/options.py): these tests fail when it changes."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

from kzeu import cli, options
from tests.conftest import ARTICLE, FACTS_JSON
from tests.helpers import Run, ok

COMMANDS = [
    "overview", "meetings", "people", "topics", "events", "trade", "search", "cite", "source",
    "check", "draft", "export", "schema",
]  # fmt: skip


def usage_error(result: object, message: str, command: str = "kzeu") -> None:
    """Assert a run failed with exit 2 and exactly ``kzeu: message`` and the help hint."""
    assert getattr(result, "exit_code", None) == 2
    assert getattr(result, "stdout", None) == ""
    assert getattr(result, "stderr", None) == f"kzeu: {message}\nTry '{command} -h' for help.\n"


# --- refused where they do not apply ------------------------------------------------------------


def test_a_format_schema_does_not_write_is_refused(run: Run) -> None:
    usage_error(
        run("-f", "csv", "schema"),
        "-f csv does not apply to kzeu schema: it writes json",
        "kzeu schema",
    )
    assert json.loads(ok(run("-f", "json", "schema")))["title"] == "FactsFile"


def test_facts_given_to_draft_is_refused(run: Run) -> None:
    usage_error(
        run("--facts", "x.json", "draft", str(ARTICLE)),
        "--facts does not apply to kzeu draft (it reads a news report and writes a facts file"
        " as JSON)",
        "kzeu draft",
    )


def test_fields_with_a_chart_are_refused(run: Run) -> None:
    usage_error(
        run("trade", "--chart", "--fields", "id"),
        "--fields does not apply to --chart: a chart has no fields to choose",
        "kzeu trade",
    )


def test_draft_given_a_facts_file_says_it_is_one(run: Run) -> None:
    usage_error(
        run("draft", str(FACTS_JSON)),
        f"{FACTS_JSON} is a facts file, not a news report: kzeu check --facts {FACTS_JSON}",
        "kzeu draft",
    )


def test_no_command_repeats_the_shared_options(run: Run) -> None:
    source = inspect.getsource(cli)
    assert "FormatOption" not in source
    assert source.count('"--format"') == 0
    assert inspect.getsource(options).count('"--format"') == 1
    for command in ("people", "schema", "draft"):
        assert "--no-pager" in ok(run(command, "--help"))


def test_export_reads_files_as_arguments_or_facts(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "m.db"
    rows = json.loads(ok(run("export", "--sqlite", str(out), str(FACTS_JSON), "-f", "json")))
    assert {r["table"]: r["rows"] for r in rows}["people"] == 3


# --- one error style ----------------------------------------------------------------------------


def test_usage_and_data_errors_start_alike(run: Run, tmp_path: Path) -> None:
    usage_error(run("people", "--bogus"), "no such option: --bogus", "kzeu people")
    data = run("--facts", str(tmp_path / "none.json"), "people")
    assert data.exit_code == 1
    assert data.stderr.startswith("kzeu: ")
    assert len(data.stderr.splitlines()) == 1


def test_usage_errors_escape_what_a_terminal_would_obey(run: Run) -> None:
    result = run("people", "x\u202e\x1b[2J")
    assert result.exit_code == 2
    assert "\u202e" not in result.stderr
    assert "\x1b" not in result.stderr
    assert "x\\u202e\\x1b[2J" in result.stderr
    result = run("--bad\u202eoption")
    assert result.exit_code == 2
    assert "\u202e" not in result.stderr


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("trade", "-f"), "Try 'kzeu trade -h' for help."),
        (("check", "--facts"), "Try 'kzeu check -h' for help."),
        (("-f",), "Try 'kzeu -h' for help."),
    ],
)
def test_a_missing_value_points_at_the_commands_help(
    run: Run, args: tuple[str, ...], hint: str
) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == f"kzeu: option '{args[-1]}' requires an argument.\n{hint}\n"


def test_help_shows_its_optional_argument_in_one_pair_of_brackets(run: Run) -> None:
    result = run("help", "help")
    assert result.exit_code == 0
    assert "Usage: kzeu help [OPTIONS] [COMMAND]\n" in result.stdout


# --- --fields alone, help -----------------------------------------------------------------------


def test_fields_alone_lists_the_fields(run: Run) -> None:
    assert ok(run("people", "--fields")).splitlines() == [
        "id", "name", "titles", "affiliation", "role", "quote",
    ]  # fmt: skip
    assert ok(run("cite", "imports", "--fields")).splitlines()[:2] == ["sentence", "citation"]
    assert ok(run("trade", "--fields", "-f", "json")).splitlines()[0] == "id"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_command_is_the_command_help(run: Run, command: str) -> None:
    assert ok(run("help", command)) == ok(run(command, "--help"))


def test_help_alone_is_the_top_level_help_with_examples(run: Run) -> None:
    out = ok(run("help"))
    assert out == ok(run("--help"))
    examples = out.split("Examples:\n\n")[1].splitlines()
    assert "    kzeu trade" in examples
    assert len(examples) >= 5
    usage_error(run("help", "nonsense"), "no such command: 'nonsense'", "kzeu help")
    usage_error(
        run("-f", "json", "help"),
        "-f json does not apply to kzeu help (it prints help)",
        "kzeu help",
    )


# --- Typer's private API, in one module ---------------------------------------------------------


def test_the_private_typer_api_kzeu_uses_is_still_there() -> None:
    from typer._click.core import Context
    from typer._click.exceptions import ClickException, UsageError
    from typer.core import TyperArgument, TyperGroup

    assert issubclass(UsageError, ClickException)
    assert "ctx" in inspect.signature(UsageError).parameters
    assert callable(getattr(TyperGroup, "_main_shell_completion", None))
    assert callable(getattr(TyperArgument, "_usage_display_name", None))
    assert hasattr(Context, "command_path")
    from typer._completion_shared import Shells, get_completion_script, install

    assert {"bash", "zsh", "fish"} <= {shell.value for shell in Shells}
    assert {"prog_name", "complete_var", "shell"} <= set(
        inspect.signature(get_completion_script).parameters
    )
    assert {"prog_name", "complete_var", "shell"} <= set(inspect.signature(install).parameters)


def test_only_typer_private_imports_typer_private_modules() -> None:
    root = Path(options.__file__).parent
    users = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "typer._" in path.read_text(encoding="utf-8")
    )
    assert users == ["typer_private.py"]
    # Nor are Typer's private methods overridden anywhere else.
    overriders = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if re.search(r"def _(main_shell_completion|usage_display_name)\b", path.read_text("utf-8"))
    )
    assert overriders == ["typer_private.py"]
    from typer._click.shell_completion import CompletionItem
    from typer._completion_classes import BashComplete, FishComplete, ZshComplete

    for protocol in (BashComplete, ZshComplete, FishComplete):
        assert callable(getattr(protocol, "format_completion", None))
    from kzeu import typer_private

    assert typer_private.CompletionItem is CompletionItem


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("people", "-a", ""), "'--affiliation' / '-a'"),
        (("topics", "--raised-by", " "), "'--raised-by' / '-r'"),
    ],
)
def test_an_empty_filter_is_bad_usage_as_an_empty_search_is(
    run: Run, args: tuple[str, ...], option: str
) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == (
        f"kzeu: invalid value for {option}: needs some text to match\n"
        f"Try 'kzeu {args[0]} -h' for help.\n"
    )
