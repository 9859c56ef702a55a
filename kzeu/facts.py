"""Finding, reading and validating a facts file; ``FactsError`` is the one error for a bad one."""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kzeu.models import FactsFile

ENV_VAR = "KZEU_FACTS"
MAX_BYTES = 64 * 1024 * 1024
MAX_SHOWN_PROBLEMS = 20
_SNIPPET = 60


class FactsError(Exception):
    """A facts file that cannot be used: missing, unreadable, malformed or failing a check."""

    def __init__(self, path: str | os.PathLike[str], problem: str, details: Sequence[str] = ()):
        self.path = os.fspath(path)
        self.problem = problem
        self.details = tuple(details)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The whole message: the file, what is wrong, and one line per detail."""
        lines = [f"{shown(self.path)}: {self.problem}"]
        lines.extend(f"  {detail}" for detail in self.details)
        return "\n".join(lines)


def shown(text: str) -> str:
    """Return ``text`` as it can be shown safely: with escapes if it has unprintable characters."""
    return text if text.isprintable() else repr(text)[1:-1]


def default_path() -> Path:
    """Return the packaged facts file, or the checkout's top-level one when run from source."""
    here = Path(__file__).resolve().parent
    packaged = here / "facts.json"
    return packaged if packaged.is_file() else here.parent / "facts.json"


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the facts file to use: ``path``, else ``$KZEU_FACTS`` (unless empty), else the
    packaged one. An empty ``path`` is an error, not a request for the default."""
    if path is not None:
        if os.fspath(path) == "":
            raise FactsError("''", "is not a file name: name the facts file to read")
        return Path(path)
    from_env = os.environ.get(ENV_VAR)
    return Path(from_env) if from_env else default_path()


def load_facts(path: str | os.PathLike[str] | None = None) -> FactsFile:
    """Return the validated facts of ``path`` (see ``resolve_path``); raise ``FactsError``."""
    from pydantic import ValidationError

    from kzeu.models import FactsFile

    where = resolve_path(path)
    data = read_regular_file(where)
    try:
        # pydantic parses the bytes itself, and refuses invalid UTF-8: no need to decode first.
        return FactsFile.model_validate_json(data)
    except ValidationError as error:
        check_utf8(where, data)
        raise _validation_error(where, error.errors(include_url=False)) from None
    except RecursionError:
        raise FactsError(where, "is not valid JSON: nested too deeply") from None


def read_regular_file(path: Path) -> bytes:
    """Return the content of the regular file ``path`` (a facts file or a report), without a
    UTF-8 byte-order mark; refuse anything else, and a file over the size cap, before reading
    it, and a blank one."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; we refuse it just after.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FactsError(path, "no such file") from None
    except IsADirectoryError:
        raise FactsError(path, "is a directory") from None
    except OSError as error:
        raise FactsError(path, f"cannot be opened: {error.strerror}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FactsError(path, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise FactsError(path, "is not a regular file")
        if info.st_size > MAX_BYTES:
            raise FactsError(path, _too_large(info.st_size))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise FactsError(path, f"cannot be read: {error.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise FactsError(path, _too_large(len(data)))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data or data.isspace():
        raise FactsError(path, "is empty")
    return data


def check_utf8(path: Path, data: bytes) -> None:
    """Raise ``FactsError`` naming the first byte of ``data`` that is not valid UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise FactsError(
            path, f"is not valid UTF-8: byte {error.start + 1} (line {line}, column {column})"
        ) from None


def _too_large(size: int) -> str:
    return f"is too large: {size:,} bytes, the limit is {MAX_BYTES:,} bytes"


def _validation_error(path: Path, errors: Sequence[Mapping[str, Any]]) -> FactsError:
    syntax = syntax_error(errors)
    if syntax is not None:
        return FactsError(path, f"is not valid JSON: {syntax}")
    lines = [describe(error) for error in errors[:MAX_SHOWN_PROBLEMS]]
    if len(errors) > MAX_SHOWN_PROBLEMS:
        lines.append(f"... and {len(errors) - MAX_SHOWN_PROBLEMS} more")
    count = "1 problem" if len(errors) == 1 else f"{len(errors)} problems"
    return FactsError(path, f"is not a valid facts file ({count}):", lines)


def syntax_error(errors: Sequence[Mapping[str, Any]]) -> str | None:
    """Return what makes the text not JSON (with line and column), if that is the problem."""
    for error in errors:
        if error["type"] == "json_invalid":
            return str(error["msg"]).removeprefix("Invalid JSON: ")
    return None


def describe(error: Mapping[str, Any]) -> str:
    """Return one pydantic error as ``path: message (got value)``."""
    line = f"{field_path(error['loc'])}: {error['msg']}"
    shown_input = error.get("input")
    if error["type"] not in ("missing", "extra_forbidden") and _is_scalar(shown_input):
        line += f" (got {_snippet(error['input'])})"
    return line


def field_path(loc: Iterable[str | int]) -> str:
    """Return an error location as a path: ``("people", 2, "name")`` -> ``people[2].name``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return shown(path) or "(top level)"


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float | Decimal)


def _snippet(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    if len(text) > _SNIPPET:
        text = text[:_SNIPPET] + "…"
    return repr(text) if isinstance(value, str) else shown(text)
