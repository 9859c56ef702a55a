"""``kzeu review``: a draft's fields answered one at a time in a real pseudo-terminal (y, e, n,
q, ?; each answer written at once, none lost to Ctrl-C) and by scripts (``--accept``, ``--set``:
all or nothing), and listed (``--list``)."""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path
from typing import Any

import pytest

from kzeu.facts import load_facts
from kzeu.gate import unconfirmed
from kzeu.render import counted
from tests.helpers import Run

FIXTURES = Path(__file__).parent / "fixtures"
SCRIPT = Path(sys.executable).with_name("kzeu")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture
def draft(run: Run, tmp_path: Path) -> Path:
    """A draft of the invented Vienna report, written by kzeu draft."""
    out = tmp_path / "draft.json"
    assert run("draft", str(FIXTURES / "report-euro.txt"), "-o", str(out)).exit_code == 0
    return out


def flagged(path: Path) -> list[str]:
    return [f.path for f in unconfirmed(load_facts(path))]


def person(path: Path, person_id: str) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, Any] = next(p for p in data["people"] if p["id"] == person_id)
    return found


# --- scripts ------------------------------------------------------------------------------------


def test_accept_and_set_answer_fields_and_write_the_file(run: Run, draft: Path) -> None:
    before = flagged(draft)
    result = run(
        "review",
        str(draft),
        "--accept",
        "people/anna-berger.affiliation",
        "--set",
        "people/anna-berger.role=host",
        "--set",
        "statistics/exports.period=null",
    )
    assert result.exit_code == 0, result.output
    after = flagged(draft)
    answered = {
        "people/anna-berger.affiliation",
        "people/anna-berger.role",
        "statistics/exports.period",
    }
    assert after == [p for p in before if p not in answered]
    assert (
        result.stderr
        == f"kzeu: {counted(len(after), 'field')} still unconfirmed; next: kzeu review {draft}\n"
    )
    assert person(draft, "anna-berger") | {"quote": ""} == {
        "id": "anna-berger",
        "name": "Anna Berger",
        "titles": ["Foreign Minister"],
        "affiliation": "Austria",
        "role": "host",
        "quote": "",
    }


def test_a_value_that_parses_as_json_is_that_value(run: Run, draft: Path) -> None:
    result = run("review", str(draft), "--set", 'people/anna-berger.titles=["Minister"]')
    assert result.exit_code == 0, result.output
    assert person(draft, "anna-berger")["titles"] == ["Minister"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--set", "people/anna-berger.role"), 2, "--set people/anna-berger.role: give PATH=VALUE"),
        (("--accept", "people[0].role"), 2, "people[0].role: not a path of a facts file"),
        (
            ("--accept", "people/anna-berger.name"),
            1,
            "people/anna-berger.name: not an unconfirmed field",
        ),
        (("--set", "people/nobody.role=x"), 1, "the file has no people with the id nobody"),
        # the quote rules: a period its quote does not state
        (
            ("--set", 'statistics/exports.period="2019"'),
            1,
            "statistics/exports.period: value is not stated in its quote (got '2019')",
        ),
        # the model: a number where text is due
        (("--set", "people/anna-berger.role=12"), 1, "Input should be a valid string"),
    ],
)
def test_a_bad_path_or_value_changes_nothing(
    run: Run, draft: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    before = draft.read_bytes()
    # a good answer first: all or nothing is written
    result = run("review", str(draft), "--accept", "source.attribution", *args)
    assert (result.exit_code, result.stdout) == (code, "")
    assert message in result.stderr
    assert draft.read_bytes() == before


def test_answering_every_field_makes_a_file_that_passes_check(run: Run, draft: Path) -> None:
    answers: dict[str, object] = {
        "people/anna-berger.role": "host",
        "people/timur-alimov.role": "visitor",
        "topics": [],
        "statistics/exports.period": None,
        "statistics/austrian-companies.label": "Austrian companies in Uzbekistan",
    }
    settings = [a for path, v in answers.items() for a in ("--set", f"{path}={json.dumps(v)}")]
    accepted = [a for p in flagged(draft) if p not in answers for a in ("--accept", p)]
    result = run("review", str(draft), *accepted, *settings)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"kzeu: nothing left to confirm; next: kzeu check --facts {draft} and kzeu --facts"
        f" {draft} overview\n"
    )
    assert "draft" not in json.loads(draft.read_text(encoding="utf-8"))  # the list is gone
    checked = run("check", "--facts", str(draft), "-f", "json")
    assert checked.exit_code == 0, checked.output
    assert {row["status"] for row in json.loads(checked.stdout)} <= {"pass", "skip"}
    assert run("--facts", str(draft), "people").stderr == ""  # no banner any more


def test_list_gives_path_why_suggested_and_sentence(run: Run, draft: Path) -> None:
    result = run("review", str(draft), "--list", "-f", "json")
    assert result.exit_code == 0
    rows = {row["path"]: row for row in json.loads(result.stdout)}
    assert rows["people/anna-berger.affiliation"] == {
        "path": "people/anna-berger.affiliation",
        "suggested": "Austria",
        "why": "proposed from the country the title names",
        "sentence": "date 2025-06-12 VIENNA – Austrian Foreign Minister Anna Berger met with Uzbek"
        " Deputy Foreign Minister Timur Alimov on June 12 in Vienna to discuss energy and"
        " transport links.",
    }
    csv_lines = run("review", str(draft), "--list", "-f", "csv").stdout.splitlines()
    assert csv_lines[0] == "path,suggested,why,sentence"
    assert len(csv_lines) == len(rows) + 1


def test_without_a_terminal_or_answers_it_says_so(run: Run, draft: Path) -> None:
    result = run("review", str(draft), input="y\n")
    assert result.exit_code == 2
    assert "review asks on a terminal, and standard input is not one" in result.stderr


# --- a person at a terminal ---------------------------------------------------------------------


class Terminal:
    """kzeu review on a pseudo-terminal: read what it shows, type answers."""

    def __init__(self, *args: str, columns: int | None = None) -> None:
        self.main, side = os.openpty()
        if columns is not None:
            size = struct.pack("HHHH", 40, columns, 0, 0)
            fcntl.ioctl(side, termios.TIOCSWINSZ, size)
        environment = {k: v for k, v in os.environ.items() if k != "KZEU_FACTS"}
        environment.pop("NO_COLOR", None)
        environment.update({"TERM": "xterm-256color", "KZEU_PAGER": ""})
        self.process = subprocess.Popen(
            [str(SCRIPT), *args], stdin=side, stdout=side, stderr=side, env=environment
        )
        os.close(side)
        self.raw = ""
        self.read = 0

    def wait_for(self, text: str, timeout: float = 30) -> str:
        """Return what was shown since the last call, up to and with ``text``, once it is
        shown, without colours (``raw`` keeps all that was shown, with them)."""
        deadline = time.monotonic() + timeout
        while text not in self._unread():
            ready, _, _ = select.select([self.main], [], [], max(0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError(f"{text!r} not shown; shown: {self._unread()[-2000:]!r}")
            try:
                chunk = os.read(self.main, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                raise AssertionError(f"{text!r} not shown before the end: {self._unread()!r}")
            self.raw += chunk.decode("utf-8", "replace").replace("\r", "")
        unread = self._unread()
        shown = unread[: unread.index(text) + len(text)]
        self.read += len(shown)
        return shown

    def _unread(self) -> str:
        return ANSI.sub("", self.raw)[self.read :]

    def type(self, line: str) -> None:
        os.write(self.main, line.encode() + b"\n")

    def finish(self) -> int:
        code = self.process.wait(timeout=30)
        os.close(self.main)
        return code


def test_why_and_the_help_hang_under_their_labels_on_a_narrow_terminal(draft: Path) -> None:
    terminal = Terminal("review", str(draft), columns=40)
    lines = terminal.wait_for("Confirm source.attribution? [y,e,n,q,?] ").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("why: "))
    assert len(lines[at]) <= 40
    # The reason goes on under itself, not under "why:".
    assert lines[at + 1].startswith(" " * len("why: "))
    assert lines[at + 1].strip()
    assert lines[at + 2].startswith("suggested: ")
    terminal.type("?")
    shown = terminal.wait_for("Confirm source.attribution? [y,e,n,q,?] ").splitlines()
    at = next(i for i, line in enumerate(shown) if line.startswith("e - give a value"))
    after = shown.index(next(line for line in shown if line.startswith("n - ")))
    assert after > at + 1
    assert all(line.startswith("    ") for line in shown[at + 1 : after])
    terminal.type("q")
    assert terminal.finish() == 0


def test_one_field_at_a_time_as_git_add_p(draft: Path) -> None:
    terminal = Terminal("review", str(draft))
    shown = terminal.wait_for("Confirm source.attribution? [y,e,n,q,?] ")
    # the field, its sentence with the quote, why, and the suggestion
    assert "source.attribution" in shown
    assert "according to the Austrian Foreign Ministry." in shown
    # the quote highlighted within its sentence, legible on a dark or a light background
    assert "\x1b[1;4maccording to the Austrian Foreign Ministry\x1b[0m." in terminal.raw
    assert "why: read from the body's words, not from its header" in shown
    assert 'suggested: "Austrian Foreign Ministry"' in shown
    terminal.type("?")
    assert "e - give a value" in terminal.wait_for("Confirm source.attribution? [y,e,n,q,?] ")
    terminal.type("y")
    terminal.wait_for(f"written to {draft}")
    assert "source.attribution" not in flagged(draft)  # written at once
    terminal.wait_for("Confirm people/anna-berger.affiliation? ")
    terminal.type("n")
    # a role composed from the draft ("Met Timur Alimov in Vienna; ..."): reworded
    assert 'suggested: "Met Timur Alimov in Vienna' in terminal.wait_for(
        "Confirm people/anna-berger.role? "
    )
    terminal.type("e")
    terminal.wait_for("people/anna-berger.role = (empty: back) ")
    terminal.type("42")  # a number: the model wants text
    assert "Input should be a valid string" in terminal.wait_for("= (empty: back) ")
    terminal.type("host")
    terminal.wait_for(f"written to {draft}")
    terminal.wait_for("Confirm people/timur-alimov.affiliation? [y,e,n,q,?] ")
    assert person(draft, "anna-berger")["role"] == "host"
    terminal.process.send_signal(signal.SIGINT)  # Ctrl-C loses no answer given
    left = flagged(draft)
    # a new line after the prompt, then what is left and what next
    ended = terminal.wait_for(f"still unconfirmed; next: kzeu review {draft}\n")
    still = counted(len(left), "field")
    assert ended == f"\n{still} still unconfirmed; next: kzeu review {draft}\n"
    assert terminal.finish() == 130
    assert "people/anna-berger.affiliation" in left  # skipped: still to confirm
    assert "people/anna-berger.role" not in left
    json.loads(draft.read_text(encoding="utf-8"))  # whole

    again = Terminal("review", str(draft))
    again.wait_for("Confirm people/anna-berger.affiliation? ")
    again.type("q")
    end = f"{counted(len(left), 'field')} still unconfirmed; next: kzeu review {draft}\n"
    again.wait_for(end)
    assert again.finish() == 0


def test_e_on_the_attribution_finds_its_quote_or_asks_for_it(draft: Path) -> None:
    terminal = Terminal("review", str(draft))
    terminal.wait_for("Confirm source.attribution? [y,e,n,q,?] ")
    terminal.type("e")
    terminal.wait_for("source.attribution = (empty: back) ")
    terminal.type("Lusa")  # not in the report: its words are asked for
    shown = terminal.wait_for(
        "source.attribution_quote = (the report's words that state it; empty: back) "
    )
    assert "the report does not state 'Lusa'" in shown
    terminal.type("VIENNA")  # words that do not state it: refused, asked again
    shown = terminal.wait_for("(the report's words that state it; empty: back) ")
    assert "source.attribution: value is not stated in its quote (got 'Lusa')" in shown
    terminal.type("")  # back to the value
    terminal.wait_for("source.attribution = (empty: back) ")
    terminal.type("Uzbek Deputy Foreign Minister")  # in the report: its words are the quote
    shown = terminal.wait_for('attribution_quote: "Uzbek Deputy Foreign Minister"')
    assert f"written to {draft}" in shown
    terminal.wait_for("Confirm people/anna-berger.affiliation? ")
    terminal.type("q")
    terminal.wait_for("next: kzeu review")
    assert terminal.finish() == 0
    data = json.loads(draft.read_text(encoding="utf-8"))
    assert (data["source"]["attribution"], data["source"]["attribution_quote"]) == (
        "Uzbek Deputy Foreign Minister",
        "Uzbek Deputy Foreign Minister",
    )
    assert data["review"]["confirmed"] == ["source.attribution"]
    assert "source.attribution" not in flagged(draft)


def test_a_file_with_nothing_to_confirm_says_so_in_one_line(run: Run, tmp_path: Path) -> None:
    done = tmp_path / "facts.json"
    done.write_bytes((FIXTURES.parent.parent / "facts.json").read_bytes())
    next_step = (
        f"nothing left to confirm; next: kzeu check --facts {done} and kzeu --facts {done}"
        " overview\n"
    )
    terminal = Terminal("review", str(done))
    assert terminal.wait_for("overview\n") == next_step
    assert terminal.finish() == 0
    assert terminal.raw.replace("\x1b[0m", "") == next_step  # that line alone
    listed = Terminal("review", str(done), "--list")
    assert listed.wait_for("overview\n") == next_step
    assert listed.finish() == 0
    assert ANSI.sub("", listed.raw) == next_step
    # as data, it is an empty list
    assert run("review", str(done), "--list", "-f", "json").stdout == "[]\n"
    assert run("review", str(done), "--list", "-f", "table").stdout == next_step


def test_a_flag_deleted_by_hand_is_asked_about_with_the_value_it_holds(draft: Path) -> None:
    data = json.loads(draft.read_text(encoding="utf-8"))
    del data["draft"]  # deleted by hand: review still asks about every field
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    count = len(flagged(draft))
    terminal = Terminal("review", str(draft))
    shown = terminal.wait_for("Confirm source.attribution? [y,e,n,q,?] ")
    assert f"(1/{count}) source.attribution" in shown
    assert "why: removed from the draft list without being confirmed" in shown
    assert 'suggested: "Austrian Foreign Ministry"' in shown  # the value it holds
    terminal.type("y")
    terminal.wait_for(f"written to {draft}")
    terminal.wait_for("Confirm people/anna-berger.affiliation? [y,e,n,q,?] ")
    terminal.type("e")
    terminal.wait_for("people/anna-berger.affiliation = (empty: back) ")
    terminal.process.send_signal(signal.SIGINT)  # at the value's prompt too
    ended = terminal.wait_for(f"next: kzeu review {draft}\n")
    still = counted(count - 1, "field")
    assert ended == f"\n{still} still unconfirmed; next: kzeu review {draft}\n"
    assert terminal.finish() == 130
    record = json.loads(draft.read_text(encoding="utf-8"))["review"]
    assert record["confirmed"] == ["source.attribution"]
    assert flagged(draft)[0] == "people/anna-berger.affiliation"


def test_accepting_a_field_without_a_suggestion_is_refused(run: Run, draft: Path) -> None:
    data = json.loads(draft.read_text(encoding="utf-8"))
    for flag in data["draft"]:
        if flag["path"] == "statistics/exports.period":
            flag["suggested"] = None  # a field kzeu had nothing to offer for
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = draft.read_bytes()
    result = run("review", str(draft), "--accept", "statistics/exports.period")
    assert result.exit_code == 1
    assert (
        "statistics/exports.period: kzeu has no suggestion: give a value (--set PATH=VALUE)"
        in result.stderr
    )
    assert draft.read_bytes() == before


def test_no_suggestion_to_accept_is_said_in_bold_not_in_a_colour(draft: Path) -> None:
    data = json.loads(draft.read_text(encoding="utf-8"))
    data["draft"][0]["suggested"] = None
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    terminal = Terminal("review", str(draft))
    terminal.wait_for(f"Confirm {data['draft'][0]['path']}? [y,e,n,q,?] ")
    terminal.type("y")
    terminal.wait_for("no suggestion to accept: e gives a value")
    terminal.type("q")
    terminal.wait_for("next: kzeu review")
    assert terminal.finish() == 0
    # bold reads on a light background as on a dark one; yellow (33) on a light one does not
    assert "\x1b[1mno suggestion to accept: e gives a value\x1b[0m" in terminal.raw
    assert not re.search(r"\x1b\[(?:[\d;]*;)?33(?:;[\d;]*)?m", terminal.raw)
