"""Values as the file writes them: exact, in at most 15 digits, in plain decimal notation.

pydantic reads a JSON number through a binary float: ``7.000…`` with a hundred thousand zeros,
``1.00000000000000001`` and ``1e-400`` would load as 7, 1 and 0 (a string, such as ``"0_7"``,
the model refuses). So the loader looks at each statistic's ``value`` as written. A quick scan of
the bytes clears the usual file (every value null or a plain number of at most 15 digits); only a
file it cannot clear is parsed again to name the values.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

MAX_DIGITS = 15
# A value the quick scan cannot clear: anything but null, an integer of at most 15 digits, or a
# decimal of at most 15 digits, each followed by the end of its object or the next key.
_UNCLEAR = re.compile(
    rb'"value"\s*:(?!\s*(?:null|-?[0-9]{1,15}|-?(?=[0-9.]{3,16}[\s,}])[0-9]+\.[0-9]+)\s*[,}])'
)
# The key "value" written with an escape, which the scan above would not see: only a \uXXXX
# escape gives a letter, and only the letters after the last escape are written plainly.
_ESCAPED_KEY = re.compile(rb'\\u[0-9A-Fa-f]{4}(?:alue|lue|ue|e)?"\s*:')


class _Written(str):
    """A JSON number exactly as the file writes it."""


def inexact_values(data: bytes) -> Iterator[dict[str, Any]]:
    """Yield an error (``type``, ``loc``, ``msg``, ``input``, as pydantic gives them) for each
    statistic whose value is not written exactly in plain notation, in at most 15 digits.
    ``data`` is a facts file that pydantic has validated."""
    if _UNCLEAR.search(data) is None and _ESCAPED_KEY.search(data) is None:
        return
    document = json.loads(data, parse_float=_Written, parse_int=_Written)
    statistics = document.get("statistics") if isinstance(document, dict) else None
    for index, stat in enumerate(statistics if isinstance(statistics, list) else ()):
        value = stat.get("value") if isinstance(stat, dict) else None
        problem = None if value is None else _problem(value)
        if problem is not None:
            kind, message, shown = problem
            yield {
                "type": kind,
                "loc": ("statistics", index, "value"),
                "msg": message,
                "input": shown,
            }


def _problem(value: object) -> tuple[str, str, object] | None:
    """Return the type, message and input of the error for ``value`` as written, if any: the
    one pydantic's ``max_digits=15`` gave while the model counted digits (its count of the
    number as read, through a float), else kzeu's own (its count as written)."""
    if not isinstance(value, _Written):
        return None  # not a number (a string, say): the model has refused it already
    if digits(Decimal(value)) <= MAX_DIGITS:
        return None
    if value.lstrip("-").isdigit():  # an integer is read exactly: more than 15 digits read
        return "decimal_max_digits", _MAX_DIGITS_MESSAGE, int(value) if len(value) < 4300 else value
    read = float(value)
    if math.isfinite(read) and digits(Decimal(repr(read))) > MAX_DIGITS:
        return "decimal_max_digits", _MAX_DIGITS_MESSAGE, read
    message = f"more than {MAX_DIGITS} digits as written: kzeu keeps a value exactly, in at most 15"
    return "value_not_exact", message, str(value)


_MAX_DIGITS_MESSAGE = f"Decimal input should have no more than {MAX_DIGITS} digits in total"


def digits(value: Decimal) -> int:
    """Return how many digits ``value`` takes written out in full: 3 for 1.50, 4 for 1E+3 (1000),
    3 for 0.005 (its decimal places)."""
    _, numerals, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return 0  # NaN and infinities: refused as such elsewhere
    return len(numerals) + exponent if exponent >= 0 else max(len(numerals), -exponent)
