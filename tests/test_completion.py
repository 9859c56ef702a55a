"""Shell completion through Typer's protocol: values from the facts file, each one word to the
shell that asked, a value with a space included (bash escapes it; zsh and fish quote it), and a
value holding shell syntax or terminal controls inserted as data, in every quoting state: bash
itself is driven on a pseudo-terminal, and zsh's answer is read back as zsh reads it."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzeu.completion import bash_reply, bash_word
from kzeu.render.escape import visible
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
    result = subprocess.run(
        ["bash", "--norc", "-c", f"printf '%s' {bash_word(value)}"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.stdout == value


# A value from a facts file that would run `touch` if completion inserted it as shell syntax,
# in each quoting state; with a glob, history expansion, a backslash, an escape and a bidi
# override besides.
NASTY = [
    'European" ; touch {marker} ; #',
    "European' ; touch {marker} ; #",
    "European $(touch {marker}) `touch {marker}` !! \\ * ? [a] ~ \x1b[31m \u202e",
    'European"',
    "European\\",
    "European\\'; touch {marker}; #",
]


def interactive_bash(keys: list[bytes], cwd: Path, timeout: float = 30) -> str:
    """Return what an interactive bash on a pseudo-terminal shows when ``keys`` are typed,
    each once the prompt is back, with kzeu's completion sourced as a user sources it."""
    env = {k: v for k, v in os.environ.items() if k != "KZEU_FACTS"}
    # The prompt numbers each command (\\#): the next number shows that the last one is done.
    env.update(PS1="PROMPT\\#> ", HOME=str(cwd), TERM="dumb", INPUTRC="/dev/null")
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    setup = [
        b"bind 'set enable-bracketed-paste off'\r",
        b"source <(_KZEU_COMPLETE=source_bash kzeu)\r",
    ]
    pid, fd = pty.fork()
    if pid == 0:  # the child: bash, as a user starts it
        os.chdir(cwd)
        os.execvpe("bash", ["bash", "--norc", "--noprofile", "-i"], env)
    shown = b""

    def read_until(prompt: bytes) -> None:
        nonlocal shown
        deadline = time.monotonic() + timeout
        while prompt not in shown and time.monotonic() < deadline:
            if select.select([fd], [], [], 0.5)[0]:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # bash has gone
                    return
                shown += chunk

    try:
        read_until(b"> ")
        first = int(re.findall(rb"PROMPT(\d+)> ", shown)[0])
        for number, line in enumerate([*setup, *keys, b"exit\r"], start=first):
            read_until(b"PROMPT%d> " % number)
            os.write(fd, line)
        read_until(b"\nexit")
    finally:
        os.close(fd)
        os.waitpid(pid, 0)
    return shown.decode("utf-8", "replace")


def bash_runs(line: str, cwd: Path) -> list[str]:
    """Return the words bash would run for ``line`` completed with Tab: the line is typed, Tab
    pressed, and the completed line then run as the arguments of a printf that shows them."""
    shown = interactive_bash([line.encode() + b"\t\x01printf 'ARG<%s>\\n' \r"], cwd)
    return re.findall(r"^ARG<(.*)>\r?$", shown, re.MULTILINE)


@pytest.mark.parametrize("typed", ["Eu", '"Eu', "'Eu"], ids=["no-quote", "double", "single"])
@pytest.mark.parametrize("value", NASTY, ids=range(len(NASTY)))
def test_real_bash_completes_data_as_one_word_in_every_quoting_state(
    typed: str, value: str, facts_data: Facts, write_facts: Writer, tmp_path: Path
) -> None:
    marker = tmp_path / "touched"
    (tmp_path / "a").write_text("a glob would find this file")
    affiliation = value.format(marker=marker)
    facts_data["people"][1]["affiliation"] = affiliation
    path = write_facts(facts_data)
    words = bash_runs(f"kzeu --facts {path} people -a {typed}", tmp_path)
    assert words == ["kzeu", "--facts", str(path), "people", "-a", visible(affiliation)]
    assert not marker.exists()


@pytest.mark.parametrize("opened", ["", '"', "'", "$'"], ids=["none", "double", "single", "ansi-c"])
@pytest.mark.parametrize("value", NASTY, ids=range(len(NASTY)))
def test_bash_reply_reads_back_as_the_value(opened: str, value: str) -> None:
    # What bash would hold after inserting the reply and closing the quote (if the reply left
    # it open), read by bash itself. After $' (which bash's completion does not complete, and
    # which looks like an open ') the reply must hold too: bash reads escapes there.
    quote = opened[-1:] or None
    reply = bash_reply(value, quote)
    line = opened + reply
    if quote and not reply.endswith(quote):
        line += quote
    result = subprocess.run(
        ["bash", "--norc", "-c", f"printf '%s' {line}"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        cwd="/",
    )
    assert result.stdout == visible(value, inline=True)


def test_completion_shows_controls_and_bidi_as_escapes(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["people"][1]["affiliation"] = "Eu\x1b]0;pwned\x07\u202eX\u2066"
    path = str(write_facts(facts_data))
    assert bash(run, "kzeu", "--facts", path, "people", "-a", "Eu") == (
        r"Eu\\x1b\]0\;pwned\\x07\\u202eX\\u2066" + "\n"
    )
    fish = run(
        env={
            "_KZEU_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
            "_TYPER_COMPLETE_ARGS": f"kzeu --facts {path} people -a Eu",
        }
    )
    assert fish.stdout == "Eu\\x1b]0;pwned\\x07\\u202eX\\u2066\n"


def zsh_values(answer: str) -> list[str]:
    """Return the values zsh offers for Typer's answer ``_arguments '*: :((ITEMS))'``, read as
    zsh reads it: the answer's words joined by spaces and evaluated (``eval $(...)``), then the
    items evaluated again inside ``_arguments`` (``eval ws=( ITEMS )``), each ``value:descr``
    split at its first unescaped colon."""
    import shlex

    words = shlex.split(" ".join(answer.split()))  # eval of the unquoted $(...)
    assert words[0] == "_arguments"
    assert len(words) == 2
    spec = words[1]
    assert spec.startswith("*: :((")
    assert spec.endswith("))")
    values = []
    for item in _zsh_double_quoted_words(spec[len("*: :((") : -2]):
        value = re.split(r"(?<!\\):", item, maxsplit=1)[0]
        values.append(value.replace("\\:", ":"))
    return values


def _zsh_double_quoted_words(text: str) -> list[str]:
    # Each item is one double-quoted word: inside, a backslash quotes $ ` " \ and is kept before
    # anything else, as in any POSIX shell; anything outside quotes but spaces is a failure.
    words: list[str] = []
    at = 0
    while at < len(text):
        if text[at] == " ":
            at += 1
            continue
        assert text[at] == '"', f"unquoted text in zsh's list at {at}: {text[at:]!r}"
        at += 1
        word = ""
        while text[at] != '"':
            if text[at] == "\\" and text[at + 1] in '$`"\\':
                at += 1
            word += text[at]
            at += 1
        words.append(word)
        at += 1
    return words


@pytest.mark.parametrize("value", NASTY, ids=range(len(NASTY)))
def test_zsh_answer_holds_each_value_as_data(
    value: str, run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["people"][1]["affiliation"] = value.format(marker="/tmp/x")
    path = str(write_facts(facts_data))
    answer = zsh(run, f"kzeu --facts {path} people -a ")
    shown = visible(value.format(marker="/tmp/x"), inline=True)
    assert zsh_values(answer) == [shown, "Kazakhstan"]


def test_zsh_answer_of_a_plain_value_is_typers(run: Run) -> None:
    assert zsh(run, "kzeu people -a Eu") == "_arguments '*: :((\"European Union\"))'\n"


def test_the_completion_of_a_shell_named_is_that_shells(run: Run, tmp_path: Path) -> None:
    # kzeu --show-completion zsh from bash printed bash's script, the name ignored.
    shown = run("--show-completion", "zsh")
    assert shown.exit_code == 0
    assert shown.stdout.startswith("#compdef kzeu")
    assert "_KZEU_COMPLETE=complete_zsh" in shown.stdout
    fish = run("--show-completion", "Fish")
    assert fish.stdout.startswith("complete --command kzeu")
    assert "complete -o default -F _kzeu_completion kzeu" in run("--show-completion", "bash").stdout
    # A name that is no shell is refused, with the shells there are.
    refused = run("--show-completion", "tcsh")
    assert refused.exit_code == 2
    assert refused.stderr.splitlines() == [
        "kzeu: --show-completion: unknown shell 'tcsh'; shells: bash, zsh, fish, powershell, pwsh",
        "Try 'kzeu -h' for help.",
    ]
    assert refused.stdout == ""
    # Installed for the shell named, in that shell's place.
    installed = run("--install-completion", "fish", env={"HOME": str(tmp_path)})
    assert installed.exit_code == 0
    script = tmp_path / ".config" / "fish" / "completions" / "kzeu.fish"
    assert installed.stdout.splitlines()[0] == f"fish completion installed in {script}"
    assert script.read_text(encoding="utf-8").startswith("complete --command kzeu")
