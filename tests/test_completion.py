"""Shell completion through Typer's protocol: values from the facts file, each one word to the
shell that asked, a value with a space included (bash escapes it; zsh and fish quote it)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import Facts
from tests.helpers import Run, Writer


def bash(run: Run, *words: str, **env: str) -> str:
    """Return what kzeu answers bash completing the last of ``words``, sent as bash's
    completion function sends them (one word a line, as ``local IFS=$'\\n'`` joins them)."""
    result = run(
        env={
            "_KZEU_COMPLETE": "complete_bash",
            "COMP_WORDS": "\n".join(words),
            "COMP_CWORD": str(len(words) - 1),
            **env,
        }
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def zsh(run: Run, line: str) -> str:
    result = run(env={"_KZEU_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_bash_gets_a_value_with_a_space_escaped(run: Run) -> None:
    assert bash(run, "kzeu", "people", "--affiliation", "Eu") == "European\\ Union\n"
    assert bash(run, "kzeu", "people", "-a", "") == "European\\ Union\nKazakhstan\n"


def test_bash_continues_an_escaped_value(run: Run) -> None:
    assert bash(run, "kzeu", "people", "-a", "European\\ U") == "European\\ Union\n"


def test_bash_inside_an_open_quote_gets_the_value_as_it_is(run: Run) -> None:
    assert bash(run, "kzeu", "people", "-a", '"Eu') == "European Union\n"


def test_zsh_gets_a_value_with_a_space_quoted(run: Run) -> None:
    assert zsh(run, "kzeu people --affiliation Eu") == "_arguments '*: :((\"European Union\"))'\n"


def test_fish_gets_the_value_as_it_is(run: Run) -> None:
    result = run(
        env={
            "_KZEU_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
            "_TYPER_COMPLETE_ARGS": "kzeu people -a Eu",
        }
    )
    assert result.stdout == "European Union\n"


def test_cite_completes_derived_ids_too(run: Run) -> None:
    assert bash(run, "kzeu", "cite", "trade-turnover-") == (
        "trade-turnover-change\ntrade-turnover-balance\ntrade-turnover-coverage\n"
        "trade-turnover-previous\n"
    )


def test_raised_by_completes_person_ids(run: Run) -> None:
    assert (
        bash(run, "kzeu", "topics", "--raised-by", "ka") == "kaja-kallas\nkassym-jomart-tokayev\n"
    )


def test_choices_complete(run: Run) -> None:
    assert bash(run, "kzeu", "events", "--status", "") == "held\nupcoming\n"
    assert bash(run, "kzeu", "people", "-f", "js") == "json\njsonl\n"


def test_completion_reads_the_facts_file_given_before_the_value(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["people"][0]["affiliation"] = "Côte d'Ivoire"
    path = str(write_facts(facts_data))
    assert bash(run, "kzeu", "--facts", path, "people", "-a", "C") == "Côte\\ d\\'Ivoire\n"
    assert bash(run, "kzeu", "people", "--facts", path, "-a", "C") == "Côte\\ d\\'Ivoire\n"
    assert bash(run, "kzeu", "people", "-a", "C", KZEU_FACTS=path) == "Côte\\ d\\'Ivoire\n"


def test_completion_of_a_broken_facts_file_offers_nothing(run: Run, write_facts: Writer) -> None:
    path = str(write_facts("{"))
    assert bash(run, "kzeu", "--facts", path, "people", "-a", "") == "\n"


BASH_SESSION = """
source <(_KZEU_COMPLETE=source_bash kzeu)
COMP_WORDS=(kzeu people --affiliation Eu)
COMP_CWORD=3
_kzeu_completion kzeu
printf '%s\\n' "${COMPREPLY[@]}"
eval "inserted=(${COMPREPLY[0]})"
printf 'words: %s\\n' "${#inserted[@]}" "${inserted[0]}"
"""


def test_real_bash_inserts_the_value_as_one_word() -> None:
    bindir = os.path.dirname(sys.executable)
    env = {k: v for k, v in os.environ.items() if k != "KZEU_FACTS"}
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    result = subprocess.run(
        ["bash", "--norc", "-c", BASH_SESSION],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.stdout.splitlines() == [
        "European\\ Union",
        "words: 1",
        "words: European Union",
    ], result.stderr


@pytest.mark.parametrize("value", ["plain", "two words", "it's", 'say "x"', "a$b", "a;b|c&d"])
def test_bash_escaping_gives_back_the_value(value: str) -> None:
    from kzeu.completion import bash_word

    result = subprocess.run(
        ["bash", "--norc", "-c", f"printf '%s' {bash_word(value)}"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.stdout == value
