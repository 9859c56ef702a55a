"""kzeu: a command-line explorer for a sourced, checked record of one meeting.

``from kzeu import load`` gives the validated model for scripts and notebooks.
Importing this package is cheap: pydantic is imported only when ``load`` runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzeu.models import FactsFile

__version__ = "0.1.0"
__all__ = ["__version__", "load"]


def load(path: str | Path | None = None, *, allow_draft: bool = False) -> FactsFile:
    """Return the validated facts of ``path``, or of the packaged facts file.

    Raises ``kzeu.facts.FactsError`` for a path that names no usable file (empty, a NUL
    character, too long, a directory, a missing directory on the way), a file that cannot be
    read, one that fails any check, and, unless ``allow_draft``, a draft: a file with a field
    still unconfirmed (``kzeu.gate.unconfirmed`` lists them).
    """
    from kzeu.facts import load_facts, refuse_draft

    facts = load_facts(path)
    return facts if allow_draft else refuse_draft(path or "facts.json", facts)
