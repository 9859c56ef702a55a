"""Validating a large facts file in less memory than pydantic's parse of the whole bytes takes.

``FactsFile.model_validate_json`` holds three copies of a file at its peak: the bytes,
pydantic-core's tree of the parsed JSON (every string copied again) and the models being built.
Here the bytes are parsed by pydantic-core's own JSON parser (the same one, so the same JSON is
accepted) into Python objects whose strings the models then keep, the bytes are freed, and each
section of facts is validated a part at a time, each part's dictionaries freed as its models are
made (their memory goes to the next part's models).

The models, values and messages are those of ``kzeu.facts.parse_facts``: a file that is not
valid goes to it, its objects written back as JSON, for pydantic's JSON messages (a test
compares both paths on valid and invalid files).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import secrets
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator

    from kzeu.models import Fact, FactsFile

# Facts validated in one call: small enough for a part's dictionaries to be a small part of the
# peak, large enough for the calls to cost nothing next to the validation (a few per MB).
PART = 2_000


class Reparse(Exception):
    """The file is to be parsed as any other (``kzeu.facts.parse_facts``), from ``data``: it
    is not JSON as pydantic reads it, or not a valid facts file (then ``data`` is what it held,
    written back as JSON, for pydantic's JSON messages)."""

    def __init__(self, data: bytes):
        super().__init__("parse again")
        self.data = data


def parse_owned(owned: list[bytes]) -> tuple[FactsFile, list[dict[str, Any]]]:
    """Return the model of the bytes ``data`` that ``owned`` holds alone (``[data]``), and the
    errors of its values not written exactly (``kzeu.exact``); raise ``Reparse`` for a file
    that is not valid. The bytes are taken from ``owned`` and freed once parsed."""
    from pydantic import ValidationError
    from pydantic_core import from_json

    from kzeu.exact import inexact_values

    data = owned.pop()
    try:
        document = from_json(data, allow_inf_nan=False, cache_strings="all")
    except ValueError:  # not JSON, or nested too deeply
        raise Reparse(data) from None
    if not isinstance(document, dict):
        raise Reparse(data)
    inexact = list(inexact_values(data)) if document.get("statistics") else []
    del data
    try:
        return _validated(document), inexact
    except (ValidationError, RecursionError):
        # Python objects get pydantic's Python messages: the file's are its JSON ones.
        written = as_json(document)
    del document
    raise Reparse(written)


def _validated(document: dict[str, Any]) -> FactsFile:
    """Return ``document`` validated into the model, each long section a part at a time; on
    failure, ``document`` holds what it held or, for the parts validated, their models."""
    from kzeu.models import FactsFile

    for section, validator in _validators().items():
        items = document.get(section)
        if type(items) is list and len(items) > PART:
            document[section] = _in_parts(items, validator)
    return FactsFile.model_validate(document)


def _in_parts(items: list[Any], validator: SchemaValidator) -> tuple[Fact, ...]:
    """Return the models of ``items``, validated ``PART`` at a time, each part's items freed
    once made (put back as models if a part fails, for ``as_json``)."""
    from pydantic import ValidationError

    made: list[Fact] = []
    for start in range(0, len(items), PART):
        part = items[start : start + PART]
        try:
            made.extend(validator.validate_python(part))
        except ValidationError:
            items[:start] = made
            raise
        del part
        items[start : start + PART] = [None] * min(PART, len(items) - start)
    return tuple(made)


@cache
def _validators() -> dict[str, SchemaValidator]:
    """Return a validator of a list of each section's facts: the model's own validator (its
    schema, config and ``model_post_init``) for each item (some microseconds to build, where
    a ``TypeAdapter`` takes some milliseconds)."""
    from pydantic import BaseModel
    from pydantic_core import SchemaValidator, core_schema

    from kzeu.models import Event, Person, Statistic, Topic

    models: dict[str, type[BaseModel]] = {
        "people": Person,
        "events": Event,
        "topics": Topic,
        "statistics": Statistic,
    }
    return {
        section: SchemaValidator(core_schema.list_schema(model.__pydantic_core_schema__))
        for section, model in models.items()
    }


def as_json(document: object) -> bytes:
    """Return ``document`` (parsed JSON, models in places) written as JSON that pydantic reads
    back as the same values: a number too large for a float (read as infinite) as ``1e999``."""
    marker = secrets.token_hex(16)  # no file can know it: it cannot fake a number
    text = json.dumps(_plain(document, marker), ensure_ascii=True, allow_nan=False)
    return text.replace(f'"+{marker}"', "1e999").replace(f'"-{marker}"', "-1e999").encode()


def _plain(value: object, marker: str) -> object:
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        value = value.model_dump(exclude_unset=True)
    if isinstance(value, dict):
        return {key: _plain(item, marker) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item, marker) for item in value]
    if isinstance(value, float) and math.isinf(value):
        return f"{'+' if value > 0 else '-'}{marker}"
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
