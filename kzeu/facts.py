"""Finding, reading and validating a facts file; ``FactsError`` is the one error for a bad one."""

from __future__ import annotations

import codecs
import errno
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kzeu.models import FactsFile

ENV_VAR = "KZEU_FACTS"
MAX_BYTES = 64 * 1024 * 1024
_SNIPPET = 60


# How much of a file's name a message repeats.
_LONGEST_NAME = 200


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
        name = shown(self.path)
        if len(name) > _LONGEST_NAME:  # a name too long to use is too long to repeat whole
            name = f"{name[:_LONGEST_NAME]}… ({len(self.path):,} characters)"
        lines = [f"{name}: {self.problem}"]
        lines.extend(f"  {detail}" for detail in self.details)
        return "\n".join(lines)


def shown(text: str) -> str:
    """Return ``text`` as one line that can be shown safely: kzeu's one escaper (controls,
    direction and invisible characters, tabs and line breaks as escapes)."""
    from kzeu.render.escape import visible

    return visible(text, inline=True)


def default_path() -> Path:
    """Return the packaged facts file, or the checkout's top-level one when run from source."""
    here = Path(__file__).resolve().parent
    packaged = here / "facts.json"
    return packaged if packaged.is_file() else here.parent / "facts.json"


def path_from_environment() -> str | None:
    """Return the facts file ``$KZEU_FACTS`` names, or None when it is unset or empty."""
    return os.environ.get(ENV_VAR) or None


def chosen_name(path: str | os.PathLike[str] | None, resolved: str) -> str:
    """Return how to name the facts file ``resolve_path(path)`` gave as ``resolved``, as the user
    chose it: standard input as ``<stdin>``, a path from the environment with the variable's
    name, any other path as it is."""
    if path is not None and os.fspath(path) == STDIN:
        return "<stdin>"
    if path is None and path_from_environment() is not None:
        return f"{resolved} (from {ENV_VAR})"
    return resolved


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the facts file to use: ``path``, else ``$KZEU_FACTS`` (unless empty), else the
    packaged one. An empty ``path`` is an error, not a request for the default, and so is one
    that no file can have (a NUL character, a name too long)."""
    if path is None:
        from_env = path_from_environment()
        return _usable(Path(from_env)) if from_env else default_path()
    try:
        name = os.fspath(path)
    except TypeError:
        raise FactsError(repr(path), "is not a file name: give a str or a Path") from None
    if not isinstance(name, str):
        raise FactsError(repr(name), "is not a file name: give a str or a Path")
    if name == "":
        raise FactsError("''", "is not a file name: name the facts file to read")
    return _usable(Path(name))


def _usable(path: Path) -> Path:
    name = os.fspath(path)
    if "\0" in name:
        raise FactsError(name, "is not a file name: it contains a NUL character")
    return path


# The loader's steps, in order. `load_facts` runs them one after another and stops at the first
# that fails; `kzeu check` (kzeu.checks) runs the very same steps and reports each.


class InvalidFacts(FactsError):
    """A facts file that is JSON but not a valid facts file, or not JSON: ``errors`` holds
    pydantic's errors (``type``, ``loc``, ``msg``, ``input``), one per problem."""

    def __init__(self, path: str | os.PathLike[str], errors: Sequence[Mapping[str, Any]]):
        self.errors = tuple(errors)
        error = _validation_error(os.fspath(path), self.errors)
        super().__init__(path, error.problem, error.details)


def load_facts(path: str | os.PathLike[str] | None = None) -> FactsFile:
    """Return the validated facts of ``path`` (see ``resolve_path``); raise ``FactsError``."""
    where = resolve_path(path)
    data = read_regular_file(where)
    if len(data) < LEAN_FROM:
        return prove_facts(where, parse_facts(where, data))
    from kzeu.lean import Reparse, parse_owned

    owned = [data]
    del data  # parse_owned frees the bytes once parsed: nothing else may hold them
    try:
        facts, inexact = parse_owned(owned)
    except Reparse as again:
        data = again.data
    else:
        if inexact:
            raise InvalidFacts(where, inexact)
        return prove_facts(where, facts)
    return prove_facts(where, parse_facts(where, data))


def load_facts_and_bytes(path: str | os.PathLike[str] | None = None) -> tuple[FactsFile, bytes]:
    """Return what ``load_facts`` returns and the bytes of the file as read, a UTF-8
    byte-order mark included (``kzeu export`` records their SHA-256); raise ``FactsError``."""
    where = resolve_path(path)
    data = read_regular_file(where, keep_bom=True)
    return prove_facts(where, parse_facts(where, data.removeprefix(codecs.BOM_UTF8))), data


def refuse_draft(path: str | os.PathLike[str], facts: FactsFile) -> FactsFile:
    """Return ``facts`` unless it is a draft (a field unconfirmed: kzeu.gate); raise
    ``FactsError`` naming how many fields and the command that lists them."""
    from kzeu.gate import unconfirmed

    left = unconfirmed(facts)
    if left:
        plural = "s" if len(left) != 1 else ""
        raise FactsError(
            path,
            f"is a draft, with {len(left):,} field{plural} unconfirmed"
            f" (kzeu review {shown(os.fspath(path))} --list lists them)",
        )
    return facts


def prove_json(document: str | bytes, name: str = "<data>") -> FactsFile:
    """Return the facts of a JSON ``document`` (a draft, say) parsed and proven, as
    ``load_facts`` does those of a file; raise ``InvalidFacts`` naming it ``name``."""
    where = Path(name)
    data = document.encode("utf-8") if isinstance(document, str) else document
    return prove_facts(where, parse_facts(where, data))


def parse_facts(path: Path, data: bytes) -> FactsFile:
    """Return ``data`` parsed and validated field by field into the model, not yet proven
    (``prove_facts``); raise ``InvalidFacts`` for invalid JSON, a field that is not valid, or
    a value not written exactly (kzeu.exact), and ``FactsError`` for invalid UTF-8."""
    from pydantic import ValidationError

    from kzeu.exact import inexact_values
    from kzeu.models import FactsFile

    try:
        facts = FactsFile.model_validate_json(data)
    except ValidationError as error:
        # pydantic refuses invalid UTF-8 as it parses; the byte at fault is named only then,
        # so that a valid file is not decoded twice.
        check_utf8(path, data)
        raise InvalidFacts(path, error.errors(include_url=False)) from None
    except RecursionError:
        raise InvalidFacts(path, [_NESTED_TOO_DEEPLY]) from None
    # pydantic reads numbers through a float: the values as written are checked on the bytes.
    inexact = list(inexact_values(data)) if facts.statistics else []
    if inexact:
        raise InvalidFacts(path, inexact)
    return facts


_NESTED_TOO_DEEPLY = {"type": "json_invalid", "loc": (), "msg": "nested too deeply", "input": ""}
# Facts large enough for what their parse and proof freed to be worth giving back (some 5 ms,
# most of it importing ctypes): a text and facts of a MiB or more, a fact counted for the 300
# bytes or more that pydantic's tree of its JSON took.
_LARGE = 1 << 20
_BYTES_A_FACT = 300
# Files from this size are parsed in less memory (kzeu.lean), the same models and messages.
LEAN_FROM = _LARGE


def give_back_freed_memory() -> bool:
    """Return the memory the C allocator holds free to the system, where it can (glibc's
    ``malloc_trim``), and whether it could. pydantic-core parses a whole file into a tree of its
    own (some 300 bytes an object) before it builds the models; freed, that tree stays in the
    process, at the top of its memory for the rest of the command, unless given back (a
    third of the peak of ``search`` over many short fields). A few milliseconds."""
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (ImportError, OSError, AttributeError, TypeError):  # not glibc: nothing to do
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True


def prove_facts(path: Path, facts: FactsFile) -> FactsFile:
    """Return ``facts`` once every invariant across its fields holds (quotes verbatim, values
    stated, ids unique, references resolved: kzeu.integrity); raise ``InvalidFacts``."""
    from pydantic import ValidationError

    from kzeu.integrity import integrity_problems

    problems = list(integrity_problems(facts))
    if problems:
        error = ValidationError.from_exception_data(type(facts).__name__, problems)
        raise InvalidFacts(path, error.errors(include_url=False))
    # pydantic's tree of the parsed JSON and the proof's own tables (the ids, the places of the
    # quotes) are freed by now: given back once, here, for every command that loads a file.
    if len(facts.source.text) + _BYTES_A_FACT * sum(map(len, _sections(facts))) >= _LARGE:
        give_back_freed_memory()
    return facts


def _sections(facts: FactsFile) -> Iterator[tuple[object, ...]]:
    yield from (facts.people, facts.events, facts.topics, facts.statistics)


def read_regular_file(path: Path, *, keep_bom: bool = False) -> bytes:
    """Return the content of the regular file ``path`` (a facts file or a report), without a
    UTF-8 byte-order mark (unless ``keep_bom``); refuse anything else, and a file over the size
    cap, before reading it, and a blank one. ``-`` is standard input (``read_stdin``)."""
    if os.fspath(path) == STDIN:
        return read_stdin(keep_bom=keep_bom)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; we refuse it just after.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except ValueError:  # a NUL character: no file can have that name
        raise FactsError(path, "is not a file name: it contains a NUL character") from None
    except OSError as error:
        raise FactsError(path, _open_problem(path, error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FactsError(path, _directory(path))
        if not stat.S_ISREG(info.st_mode):
            raise FactsError(path, "is not a regular file")
        if info.st_size > MAX_BYTES:
            raise FactsError(path, _too_large(info.st_size))
        data = _read_at_most(fd, MAX_BYTES + 1, info.st_size)
    except OSError as error:
        raise FactsError(path, f"cannot be read: {error.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise FactsError(path, _too_large(len(data)))
    text = data.removeprefix(codecs.BOM_UTF8)
    if not text or text.isspace():
        raise FactsError(path, "is empty")
    return data if keep_bom else text


def _read_at_most(fd: int, limit: int, expected: int) -> bytes:
    """Return what ``fd`` holds, ``limit`` bytes at most: reads of the size the file said it
    had (plus one, to see it end), not of ``limit`` (a read of 64 MiB allocates 64 MiB first,
    some 40 microseconds a file)."""
    parts: list[bytes] = []
    total = 0
    while total < limit:
        part = os.read(fd, min(limit - total, max(expected - total + 1, 1 << 16)))
        if not part:
            break
        parts.append(part)
        total += len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


STDIN = "-"


def read_stdin(*, keep_bom: bool = False) -> bytes:
    """Return standard input (``--facts -``), read as a file is: under the size cap, without a
    byte-order mark, and not blank."""
    import sys

    if sys.stdin is None:
        raise FactsError("<stdin>", "is closed")
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FactsError("<stdin>", _too_large(len(data)))
    text = data.removeprefix(codecs.BOM_UTF8)
    if not text or text.isspace():
        raise FactsError("<stdin>", "is empty")
    return data if keep_bom else text


def _open_problem(path: Path, error: OSError) -> str:
    """Return why ``path`` cannot be opened, naming the directory at fault where there is one."""
    if isinstance(error, IsADirectoryError):
        return _directory(path)
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return _missing(path)
    if error.errno == errno.ENAMETOOLONG:
        return "is not a usable file name: it is too long"
    return f"cannot be opened: {error.strerror}"


def _missing(path: Path) -> str:
    """Return what is missing on the way to ``path``: the file, or a directory above it."""
    try:
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if folder.exists() and not folder.is_dir():
            return f"no such file: {shown(str(folder))} is not a directory"
        if not path.parent.is_dir():
            return f"no such file: the directory {shown(str(path.parent))} does not exist"
    except OSError:
        pass  # what is wrong above the file cannot be told: say only what is known
    return "no such file"


def check_utf8(path: Path, data: bytes) -> None:
    """Raise ``FactsError`` naming the first byte of ``data`` that is not valid UTF-8."""
    if data.isascii():  # the common case, without decoding a copy
        return
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


def _validation_error(path: str, errors: Sequence[Mapping[str, Any]]) -> FactsError:
    syntax = syntax_error(errors)
    if syntax is not None:
        return FactsError(path, f"is not valid JSON: {syntax}")
    from kzeu.render.listing import shortened

    lines = shortened([describe(error) for error in errors], "kzeu check groups them by check")
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
            name = cut(str(part))  # a key of the file, unknown maybe, of any length
            path += f".{name}" if path else name
    return shown(path) or "(top level)"


def cut(text: str) -> str:
    """Return ``text`` cut to its first 60 characters, saying how long it was, if longer."""
    if len(text) <= _SNIPPET:
        return text
    return f"{text[:_SNIPPET]}… ({len(text):,} characters)"


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float | Decimal)


def _snippet(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    if len(text) > _SNIPPET:
        text = text[:_SNIPPET] + "…"
    return repr(text) if isinstance(value, str) else shown(text)


def _directory(path: Path) -> str:
    # Path("") is Path("."): say so, since the name given may have been empty.
    return "is a directory (an empty name means this one)" if str(path) == "." else "is a directory"
