"""What users run: the installed ``kzeu`` script, ``python -m kzeu``, and the wheel."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = Path(sys.executable).with_name("kzeu")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_installed_script_from_another_directory(tmp_path: Path) -> None:
    assert SCRIPT.is_file(), f"kzeu is not installed beside {sys.executable}: pip install '.[dev]'"
    result = run(str(SCRIPT), "trade", "-f", "table", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "USD 49.7 billion" in result.stdout
    assert "\x1b[" not in result.stdout  # a pipe gets no colour
    result = run(str(SCRIPT), "people", "-f", "json", cwd=tmp_path)
    assert [p["name"] for p in json.loads(result.stdout)][1] == "Kaja Kallas"


def test_python_dash_m(tmp_path: Path) -> None:
    result = run(sys.executable, "-m", "kzeu", "topics", "-f", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.splitlines()[0] == "id,label,raised_by,raised_by_names,event,event_name,quote"
    )


def test_installed_script_reports_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    result = run(str(SCRIPT), "--facts", "bad.json", "people", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert (
        result.stderr
        == "kzeu: bad.json: is not valid JSON: EOF while parsing an object at line 1 column 1\n"
    )


def test_wheel_contains_facts_json(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("kzeu-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "kzeu/facts.json" in names
        packaged = json.loads(archive.read("kzeu/facts.json"))
    assert packaged == json.loads((ROOT / "facts.json").read_text(encoding="utf-8"))
    assert "kzeu/py.typed" in names
    assert "kzeu/draft/countries.json" in names  # the gazetteer draft reads
