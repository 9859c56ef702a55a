"""Hostile and broken facts files: no markup or escape injection, clean errors, quiet pipes.

Every test runs the real CLI, in-process or as the installed script, and asserts the exit code,
the message and the absence of the injected bytes.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import generate
from kzeu import cli
from kzeu.facts import MAX_BYTES
from kzeu.views import people as people_view
from tests.conftest import Facts
from tests.helpers import Run, Writer

SCRIPT = Path(sys.executable).with_name("kzeu")
PAUSED = Path(__file__).with_name("paused_kzeu.py")
MARKUP = "[red]x x[/] [link=https://example.org]click[/link] :smile: [bold"
# ESC-based CSI, OSC title change with BEL, the 8-bit CSI, other C0/C1, and bidi controls.
ESCAPES = (
    "\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x9b31m \x00\x08\x7f\x85 \u202eevil\u202c \u2066x\u2069"
)
RAW = [
    "\x1b",
    "\x9b",
    "\x07",
    "\x00",
    "\x08",
    "\x7f",
    "\x85",
    "\u202e",
    "\u202c",
    "\u2066",
    "\u2069",
]
FORMATS = ["table", "json", "csv", "markdown", "svg", "html"]
COMMANDS = [
    ["overview"],
    ["meetings"],
    ["people"],
    ["topics"],
    ["events"],
    ["trade"],
    ["search", "hostile"],
    ["cite", "hostile-person"],
    ["source"],
]


def hostile(data: Facts, payload: str) -> Facts:
    """Return ``data`` with ``payload`` in a person, a topic, an event and a statistic."""
    sentence = f"Hostile {payload} met. Hostile {payload} figure $1.5 billion."
    data["source"]["text"] += "\n" + sentence
    data["people"].append(
        {
            "id": "hostile-person",
            "name": f"Hostile {payload}",
            "titles": [f"Hostile {payload}"],
            "affiliation": payload,
            "role": payload,
            "quote": f"Hostile {payload} met.",
        }
    )
    data["topics"].append({"id": "hostile-topic", "label": payload, "quote": f"Hostile {payload}"})
    data["events"].append(
        {
            "id": "hostile-event",
            "name": payload,
            "kind": payload,
            "status": "held",
            "place": f"Hostile {payload}",
            "quote": f"Hostile {payload} met.",
        }
    )
    data["statistics"].append(
        {
            "id": "hostile-stat",
            "label": payload,
            "kind": "amount",
            "value": 1.5,
            "figure": "$1.5 billion",
            "currency": payload,
            "quote": f"Hostile {payload} figure $1.5 billion.",
        }
    )
    data["meeting"] = "hostile-event"
    return data


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_markup_is_shown_literally(
    run: Run, facts_data: Facts, write_facts: Writer, command: list[str], fmt: str
) -> None:
    path = write_facts(hostile(facts_data, MARKUP))
    result = run("--facts", str(path), *command, "-f", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        out = json.dumps(json.loads(out), ensure_ascii=False)
    elif fmt in ("svg", "html"):
        out = out.replace("&#160;", " ").replace("&quot;", '"')
    elif fmt == "markdown":
        assert "\\[red\\]x" in out  # escaped, so that it is not a link
        out = out.replace("\\", "")
    assert "[red]x" in out or "[red]x" in out.replace("&#91;", "[")
    assert ":smile:" in out
    assert "\U0001f604" not in out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_control_characters_never_reach_the_output(
    run: Run, facts_data: Facts, write_facts: Writer, command: list[str], fmt: str
) -> None:
    path = write_facts(hostile(facts_data, ESCAPES))
    result = run("--facts", str(path), *command, "-f", fmt)
    assert result.exit_code == 0, result.output
    leaked = [c for c in RAW if c in result.stdout or c in result.stderr]
    assert leaked == []
    shown = "\\u001b" if fmt == "json" else "\\x1b"
    assert shown in result.stdout


def test_json_escapes_every_control_as_unicode_escape(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    path = write_facts(hostile(facts_data, ESCAPES))
    result = run("--facts", str(path), "people", "-f", "json")
    role = json.loads(result.stdout)[-1]["role"]
    assert role == ESCAPES  # escaped on the wire, exact once parsed
    for raw in ("\\u001b", "\\u009b", "\\u202e", "\\u2066", "\\u0000"):
        assert raw in result.stdout


def test_error_messages_escape_what_they_quote(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["people"][0]["quote"] = ESCAPES + MARKUP
    path = write_facts(facts_data)
    result = run("--facts", str(path), "people")
    assert result.exit_code == 1
    assert [c for c in RAW if c in result.stderr] == []
    assert (
        "people[0].quote: quote is not verbatim in source.text: its first character, '\\x1b'"
        " (U+001B), is nowhere in source.text (got '\\x1b[31mred" in result.stderr
    )


def test_a_hostile_path_is_escaped(run: Run, tmp_path: Path) -> None:
    result = run("--facts", str(tmp_path / "a\x1b[2Jb\u202e.json"), "people")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "a\\x1b[2Jb\\u202e.json: no such file" in result.stderr


# Invisible and direction characters: marks, zero-width space, byte-order mark, a tag character.
INVISIBLE = "\u200e\u200f\u061c\u200b\ufeff\U000e0041"


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "html", "svg"])
def test_invisible_characters_are_shown_escaped(
    run: Run, facts_data: Facts, write_facts: Writer, fmt: str
) -> None:
    path = write_facts(hostile(facts_data, f"A{INVISIBLE}B"))
    result = run("--facts", str(path), "people", "-f", fmt)
    assert result.exit_code == 0, result.output
    assert [c for c in INVISIBLE if c in result.stdout] == []
    shown = "A\\u200e\\u200f\\u061c\\u200b\\ufeff\\U000e0041B"
    if fmt == "markdown":  # where a backslash is itself escaped, to be shown as one
        shown = shown.replace("\\", "\\\\")
    assert shown in result.stdout


# The invisible characters a reviewer found passing raw, one from each run: a combining grapheme
# joiner, a Khmer inherent vowel, Mongolian and standard variation selectors, unassigned and
# variation-selector code points among the tags, a shorthand format control, a musical format
# control, an unassigned U+2065, U+FFF0, and the noncharacters U+FFFE and U+FFFF.
UNSEEN = (
    "\u034f\u17b4\u180b\ufe00\ufe0f\U000e0080\U000e0100\U0001bca0\U0001d173\u2065\ufff0\ufffe\uffff"
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_unicode_categories_of_invisible_characters_never_reach_the_output(
    run: Run, facts_data: Facts, write_facts: Writer, command: list[str], fmt: str
) -> None:
    path = write_facts(hostile(facts_data, f"A{UNSEEN}B"))
    result = run("--facts", str(path), *command, "-f", fmt)
    assert result.exit_code == 0, result.output
    assert [f"U+{ord(c):04X}" for c in UNSEEN if c in result.stdout] == []
    if fmt == "json":  # escaped on the wire, exact once parsed
        assert f"A{UNSEEN}B" in json.dumps(json.loads(result.stdout), ensure_ascii=False)
    elif command == ["people"]:
        shown = "\\u034f\\u17b4\\u180b\\ufe00\\ufe0f\\U000e0080\\U000e0100"
        if fmt == "markdown":
            shown = shown.replace("\\", "\\\\")
        assert shown in result.stdout


def test_emoji_and_joiners_stay_as_they_are(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    payload = "\U0001f468\u200d\U0001f469 \u0645\u200c\u06cc \u4e2d \U00020000"
    path = write_facts(hostile(facts_data, payload))
    result = run("--facts", str(path), "people", "-f", "csv")
    assert payload in result.stdout
    assert payload in run("--facts", str(path), "people", "-f", "json").stdout


def test_json_escapes_del_in_ascii_text(run: Run, facts_data: Facts, write_facts: Writer) -> None:
    path = write_facts(hostile(facts_data, "a\x7fb"))
    for fmt in ("json", "jsonl"):
        result = run("--facts", str(path), "people", "-f", fmt)
        assert "\x7f" not in result.stdout
        assert "a\\u007fb" in result.stdout
    rows = json.loads(run("--facts", str(path), "people", "-f", "json").stdout)
    assert rows[-1]["role"] == "a\x7fb"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_svg_is_well_formed_xml_with_noncharacters(
    run: Run, facts_data: Facts, write_facts: Writer, command: list[str]
) -> None:
    import xml.etree.ElementTree as ET

    path = write_facts(hostile(facts_data, "a\ufffeb\uffffc"))
    result = run("--facts", str(path), *command, "-f", "svg")
    assert result.exit_code == 0, result.output
    root = ET.fromstring(result.stdout)  # raises on a character XML forbids
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    if command == ["people"]:
        assert "a\\ufffeb\\uffffc" in "".join(root.itertext()).replace("\xa0", " ")


def test_the_table_of_invisible_characters_is_unicodes() -> None:
    import unicodedata

    from kzeu.render import escape
    from scripts.invisible import block, invisible

    text = Path(escape.__file__).read_text(encoding="utf-8")
    table_version = re.search(r"# Unicode ([0-9.]+)\.", text)
    assert table_version is not None
    if table_version[1] == unicodedata.unidata_version:
        assert block() in text  # what scripts/invisible.py writes, today
    # Whatever this Python's Unicode: every character it calls invisible and has assigned is
    # escaped (one assigned since the table was made was unassigned then, so escaped too).
    assigned = [c for c in invisible() if unicodedata.category(chr(c)) != "Cn"]
    assert [f"U+{c:04X}" for c in assigned if not escape.invisible(c)] == []
    assert not escape.invisible(0x200D)
    assert not escape.invisible(0x1F600)
    assert escape.invisible(0xFFFF)


def test_invisible_characters_in_messages_are_escaped(run: Run, tmp_path: Path) -> None:
    result = run("--facts", str(tmp_path / f"a{INVISIBLE}\tb.json"), "people")
    assert result.exit_code == 1
    assert "a\\u200e\\u200f\\u061c\\u200b\\ufeff\\U000e0041\\x09b.json: no such file" in (
        result.stderr
    )


def test_search_query_is_escaped(run: Run) -> None:
    result = run("search", "\x1b[2J")
    assert result.exit_code == 1
    assert result.stderr == "kzeu: no fact matches '\\x1b[2J'\n"


def test_csv_neutralises_formulas_and_keeps_numbers(
    run: Run, facts_data: Facts, write_facts: Writer
) -> None:
    formulas = ["=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"]
    for n, formula in enumerate(formulas):
        facts_data["source"]["text"] += f"\nAmbassador Person{n} said {formula}."
        facts_data["people"].append(
            {
                "id": f"person-{n}",
                "name": f"Person{n}",
                "titles": ["Ambassador"],
                "affiliation": "x",
                "role": formula,
                "quote": f"Ambassador Person{n}",
            }
        )
    result = run("--facts", str(write_facts(facts_data)), "people", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    roles = [r["role"] for r in rows[3:]]
    assert roles == ["'=1+2", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A9)", "'\t=1", "\\x0d=1"]
    trade = list(csv.reader(io.StringIO(run("trade", "-f", "csv").stdout)))
    assert all(len(row) == len(trade[0]) for row in trade)
    assert trade[2][3] == "49.7"


def test_markdown_keeps_its_columns(run: Run, facts_data: Facts, write_facts: Writer) -> None:
    path = write_facts(hostile(facts_data, "a | b\nc"))
    lines = run("--facts", str(path), "people", "-f", "markdown").stdout.splitlines()
    assert len(lines) == 2 + 4
    assert {len(re.split(r"(?<!\\)\|", line)) for line in lines} == {8}  # 6 cells, 2 edges
    assert "a \\| b<br>c" in lines[-1]


# --- bad files ----------------------------------------------------------------------------------


def run_script(*args: str, timeout: float = 30, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
        **kw,
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (
            b'{\n  "format_version": 1,\n  oops\n}',
            "is not valid JSON: key must be a string at line 3 column 3",
        ),
        (b"\xff\xfe{}", "is not valid UTF-8: byte 1 (line 1, column 1)"),
        (
            b"[NaN]",
            "is not a valid facts file (1 problem):\n  (top level): Input should be an object",
        ),
        (
            b"[" * 10_000 + b"]" * 10_000,
            "is not valid JSON: recursion limit exceeded at line 1 column 202",
        ),
        (
            b'{"format_version": ' + b"9" * 4301 + b"}",
            "is not valid JSON: number out of range at line 1 column 4321",
        ),
        (b'"\\ud800"', "is not valid JSON: unexpected end of hex escape at line 1 column 8"),
    ],
    ids=["empty", "syntax", "utf8", "nan", "deep", "4301-digits", "lone-surrogate"],
)
def test_broken_json(run: Run, write_facts: Writer, content: bytes, message: str) -> None:
    path = write_facts(content)
    result = run("--facts", str(path), "people")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"kzeu: {path}: {message}\n"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("NaN", "statistics[1].value: Input should be a finite number"),
        ("Infinity", "statistics[1].value: Input should be a finite number"),
        ("-Infinity", "statistics[1].value: Input should be a finite number"),
        ("1e400", "statistics[1].value: Input should be a finite number"),
        (
            "1234567890123456",
            "statistics[1].value: Decimal input should have no more than 15 digits in total",
        ),
        ('"49.7"', "statistics[1].value: write the value as a JSON number, such as 1.5 or -3"),
    ],
)
def test_numbers_that_are_not_figures(
    run: Run, shipped: Facts, write_facts: Writer, value: str, message: str
) -> None:
    text = json.dumps(shipped, ensure_ascii=False).replace('"value": 49.7', f'"value": {value}', 1)
    if value == '"49.7"':
        text = text.replace('"figure": "$49.7 billion"', '"figure": "$48.7 billion"')
    result = run("--facts", str(write_facts(text)), "trade")
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_key_and_wrong_type(run: Run, facts_data: Facts, write_facts: Writer) -> None:
    facts_data["events"][1]["attendance"] = 1000
    facts_data["topics"][3]["raised_by"] = "murat-nurtleu"
    result = run("--facts", str(write_facts(facts_data)), "events")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [
        "  events[1].attendance: Extra inputs are not permitted",
        "  topics[3].raised_by: Input should be a valid array (got 'murat-nurtleu')",
    ]


def test_messages_do_not_echo_the_whole_input(run: Run, write_facts: Writer) -> None:
    huge = json.dumps({"format_version": "x" * 100_000})
    result = run("--facts", str(write_facts(huge)), "people")
    assert result.exit_code == 1
    assert len(result.stderr) < 1000


def test_special_files_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path, message in (
        (fifo, "is not a regular file"),
        (Path("/dev/zero"), "is not a regular file"),
        (tmp_path, "is a folder that holds no *.json file"),
        (tmp_path / "missing.json", "no such file"),
    ):
        result = run_script("--facts", str(path), "people", timeout=10)
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == f"kzeu: {path}: {message}\n"


def test_file_over_the_cap_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no time spent writing it
    result = run_script("--facts", str(path), "people", timeout=10)
    assert result.returncode == 1
    assert result.stderr == (
        f"kzeu: {path}: is too large: {MAX_BYTES + 1:,} bytes, the limit is {MAX_BYTES:,} bytes\n"
    )


# --- pipes, signals, terminals ------------------------------------------------------------------


@pytest.fixture(scope="module")
def large_facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "facts.json"
    path.write_text(json.dumps(generate(3_000_000)), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_closed_pipe_ends_quietly(large_facts: Path, fmt: str) -> None:
    command = f"set -o pipefail; '{SCRIPT}' --facts '{large_facts}' people -f {fmt} | head -1"
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1
    # Killed by SIGPIPE, like any Unix filter whose reader has gone: 128 + 13.
    assert result.returncode == 128 + signal.SIGPIPE


def _wait_until_started(pid: int) -> None:
    """Wait until process ``pid`` is past Python's start-up, where kzeu's signal handling is in
    place: its libraries take it past 25 MB, which bare Python never reaches (a fixed sleep sent
    the signal during start-up on a loaded machine, where Python's default handler answers)."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():  # no /proc here: the start-up is long over after a second
        time.sleep(1.0)
        return
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rss = next(x for x in status.read_text().splitlines() if x.startswith("VmRSS:"))
        if int(rss.split()[1]) > 25_000:  # kB
            return
        time.sleep(0.01)
    raise AssertionError("kzeu was not past its start-up within 30 s")


def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(generate(30_000_000)), encoding="utf-8")
    # Started as from a terminal, Ctrl-C at its default action whatever the runner inherited (a
    # background job or nohup ignores SIGINT, and kzeu keeps an ignored signal ignored).
    process = subprocess.Popen(
        [sys.executable, str(PAUSED), "-", "-", "--facts", str(path), "people", "-f", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_until_started(process.pid)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in stderr


def test_pipe_output_is_plain_and_not_wrapped(large_facts: Path) -> None:
    result = run_script("topics", env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "40"})
    assert "\x1b" not in result.stdout
    line = next(x for x in result.stdout.splitlines() if "Trans-Caspian" in x)
    assert "Joint practical steps on the Trans-Caspian International Transport Route" in line
    assert max(len(x) for x in result.stdout.splitlines()) > 80


def test_force_color_no_color_and_dumb_terminals() -> None:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    forced = run_script("people", env={**base, "FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[" in forced.stdout
    no_color = run_script(
        "trade", "--chart", env={**base, "FORCE_COLOR": "1", "NO_COLOR": "1", "TERM": "xterm"}
    )
    assert "\x1b[36m" not in no_color.stdout  # no colour, and plain bars
    assert "#" in no_color.stdout
    dumb = run_script("people", env={**base, "FORCE_COLOR": "1", "TERM": "dumb"})
    assert "\x1b[" not in dumb.stdout


# --- internal errors ----------------------------------------------------------------------------


def test_a_bug_exits_70_with_a_short_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        secret = "local-value-never-shown"
        raise RuntimeError(f"boom {len(secret)}\nsecond line")

    monkeypatch.setattr(people_view, "people", broken)
    monkeypatch.setattr(sys, "argv", ["kzeu", "people"])
    monkeypatch.delenv("KZEU_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 70
    err = capsys.readouterr().err
    assert err == (
        "kzeu: internal error: RuntimeError: boom 23\\x0asecond line (a bug in kzeu: please"
        " report it with the command you ran; KZEU_DEBUG=1 shows the traceback)\n"
    )
    assert "Traceback" not in err
    monkeypatch.setenv("KZEU_DEBUG", "1")
    with pytest.raises(SystemExit):
        cli.run()
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "local-value-never-shown" not in err


def test_running_out_of_memory_is_one_clear_line_not_a_bug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def too_big(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(people_view, "people", too_big)
    monkeypatch.setattr(sys, "argv", ["kzeu", "people"])
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 1
    assert capsys.readouterr().err == (
        "kzeu: out of memory: the input needs more memory than is available here (try a"
        " smaller file, or raise the memory limit)\n"
    )


def test_a_full_disk_or_closed_stdout_is_reported() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [str(SCRIPT), "people", "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=30,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == "kzeu: cannot write output: No space left on device\n"
    closed = subprocess.run(
        ["bash", "-c", f"'{SCRIPT}' people >&-"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert closed.returncode == 1
    assert closed.stderr == "kzeu: cannot write output: standard output is closed\n"


def test_a_byte_order_mark_is_accepted_through_the_cli(
    run: Run, shipped: Facts, write_facts: Writer
) -> None:
    path = write_facts(b"\xef\xbb\xbf" + json.dumps(shipped).encode("utf-8"))
    result = run("--facts", str(path), "trade", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[1]["value"] == 49.7


def test_quotes_in_reverse_order_are_located_without_searching_far(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kzeu import integrity
    from kzeu.facts import load_facts

    data = generate(400_000)
    for section in ("people", "events", "topics", "statistics"):
        data[section].reverse()
    path = tmp_path / "reversed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    # Linear: locating every quote searches about the text's length per section, no more.
    monkeypatch.setattr(integrity, "WORK_FLOOR", 0)
    monkeypatch.setattr(integrity, "WORK_PER_CHARACTER", 200)
    assert len(load_facts(path).people) == len(data["people"])


def test_quotes_far_out_of_order_are_found_by_their_words_within_the_budget(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, run: Run
) -> None:
    import random

    from kzeu import integrity

    data = generate(400_000)
    for section in ("people", "events", "topics", "statistics"):
        random.Random(7).shuffle(data[section])
    path = tmp_path / "shuffled.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(integrity, "WORK_FLOOR", 0)
    monkeypatch.setattr(integrity, "WORK_PER_CHARACTER", 200)
    result = run("--facts", str(path), "people", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert sorted(p["id"] for p in json.loads(result.stdout)) == sorted(
        p["id"] for p in data["people"]
    )
