"""The README's example outputs and the screenshots in docs/ are what kzeu prints today."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_readme_examples_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_python_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Python API", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "['Murat Nurtleu', 'Kaja Kallas', 'Kassym-Jomart Tokayev']",
        "Trade turnover 49.7 USD billion",
    ]
