"""The README's example outputs and the screenshots in docs/ are what kzeu prints today."""

from __future__ import annotations

import subprocess
import sys

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
