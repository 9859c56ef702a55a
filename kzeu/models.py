"""The shape of a kzeu facts file: the pydantic models, frozen, with no unknown keys.

Every fact has a stable ``id`` and a ``quote``: a span copied verbatim from ``source.text``.
The models hold the shape of a file, each field as strict as the JSON Schema they publish says
(``kzeu schema``); what spans fields (a quote in the text, a value in its quote, ids and
references) is proven by the loader, ``kzeu.facts.prove_facts`` with ``kzeu.integrity``, not by a
validator here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, JsonValue, WithJsonSchema
from pydantic_core import PydanticCustomError

# Each field takes only what the JSON Schema says, without pydantic's lax conversions: no
# ``true`` for 1, no number of seconds or date-time for a date, no string for a number.


def _not_a_boolean(value: object) -> object:
    if isinstance(value, bool):
        raise PydanticCustomError("literal_error", "Input should be 1")
    return value


def _a_day(value: object) -> object:
    if isinstance(value, dt.datetime) or not isinstance(value, str | dt.date):
        raise PydanticCustomError("date_type", "Input should be a date written as YYYY-MM-DD")
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise PydanticCustomError("date_format", "Input should be a date written as YYYY-MM-DD")
    return value


def _a_number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise PydanticCustomError(
            "decimal_type", "write the value as a JSON number, such as 1.5 or -3"
        )
    return value


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FormatVersion = Annotated[Literal[1], BeforeValidator(_not_a_boolean)]
Day = Annotated[dt.date, BeforeValidator(_a_day)]

Slug = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        max_length=100,
        description="Stable identifier: lower-case words joined by hyphens, e.g. `jane-doe`.",
    ),
]
Line = Annotated[str, Field(min_length=1, max_length=2000)]
# A field every fact must have, which a draft may leave empty (""): kzeu could not fill it in.
# The loader lists every empty one as unconfirmed (kzeu.gate), so that a file with one is a
# draft, whatever its ``draft`` list says.
Required = Annotated[
    str, Field(max_length=2000, description="Required; empty only in a draft, to fill in.")
]
# An http(s) address with nothing a terminal or a Markdown link could be fooled by: no space,
# no control character, no quote or angle bracket.
WebAddress = Annotated[str, Field(pattern=r"^https?://[^\s\x00-\x1f\x7f<>\"'`]+$", max_length=2000)]
Quote = Annotated[
    str,
    Field(
        min_length=1,
        max_length=20_000,
        description="The span of `source.text` that supports this fact, copied verbatim.",
    ),
]
Number = Annotated[
    Decimal,
    BeforeValidator(_a_number),
    WithJsonSchema(
        {
            "type": "number",
            "description": "Exact decimal value as a JSON number (at most 15 significant digits).",
        }
    ),
    # No ``max_digits=15``: pydantic counts the digits of every value in Python (a third of
    # the validation of a file of statistics); the loader counts them on the bytes, as written
    # (kzeu.exact), and names a value read with more than 15 as pydantic did.
    Field(
        allow_inf_nan=False,
        description="Exact decimal value as a JSON number (at most 15 significant digits).",
    ),
]
# A draft's to-do list names each field left to fill in: `kzeu draft` lists about three per
# paragraph of a report (some 170,000 for a report as large as a facts file may be). The cap
# bounds the work a hostile list can cause, well above any draft.
MAX_DRAFT_FIELDS = 1_000_000
FlagPath = Annotated[
    str,
    Field(
        min_length=1,
        max_length=200,
        description="The field: `source.FIELD`, `SECTION/ID.FIELD` (`people/jane-doe.role`),"
        " a whole `SECTION` or `meeting`.",
    ),
]
Scale = Literal["thousand", "million", "billion", "trillion"]
Flow = Literal["turnover", "exports", "imports", "investment"]
StatKind = Literal["amount", "change", "count", "standing"]
Status = Literal["held", "upcoming"]


# Each set of field names given, once: pydantic gives every instance its own set (728 bytes for
# six names or more, more than the instance, its dict and its strings together).
_FIELDS_GIVEN: dict[frozenset[str], set[str]] = {}


class _Frozen(BaseModel):
    # cache_strings: the names, roles and places met again from file to file are kept once
    # (over 1,000 meetings: a peak of 72 MB against 84 MB, the same CPU time; one 10 MB file of
    # mostly unique strings: 98 against 100 MB, some 6 % more CPU; measured 2026-12-05).
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, cache_strings="all")

    def model_post_init(self, context: object, /) -> None:
        """Share this instance's set of the fields given with every instance given the same
        ones: a quarter of the memory of a loaded file (frozen, so no one adds to it; pydantic
        copies it before a ``model_copy`` changes it)."""
        given = self.__pydantic_fields_set__
        shared = _FIELDS_GIVEN.setdefault(frozenset(given), given)
        object.__setattr__(self, "__pydantic_fields_set__", shared)


class Source(_Frozen):
    """The report the facts come from, with the text every quote is checked against."""

    published: Day | None = Field(
        description="Publication date of the report; null if the text does not give it."
    )
    published_quote: Quote | None = Field(
        default=None, description="The span that states the date; null if the text has none."
    )
    dateline: Line | None = Field(
        default=None, description="Where the report was filed (not the venue); null if unstated."
    )
    dateline_quote: Quote | None = None
    attribution: Line | None = Field(
        default=None, description="Whom the report credits for its account; null if no one."
    )
    attribution_quote: Quote | None = None
    outlet: Line | None = Field(
        default=None, description="The outlet that published the report; null if not known."
    )
    title: Line | None = Field(default=None, description="The report's headline, if known.")
    url: WebAddress | None = Field(default=None, description="Where the report is published.")
    text: str = Field(
        min_length=1,
        description="The whole report, verbatim: every quote must be a span of it.",
    )


def _flag_of_path(value: object) -> object:
    # Drafts of kzeu 0.1 listed bare paths ("statistics[5].flow"): read as flags without words.
    return {"path": value} if isinstance(value, str) else value


class Flag(_Frozen):
    """A field a person must fill in or confirm, and what kzeu knows of it."""

    path: FlagPath
    why: Annotated[str, Field(max_length=2000)] = Field(
        default="", description="Why kzeu is unsure, in words."
    )
    suggested: JsonValue = Field(
        default=None, description="kzeu's guess, already in the field; null if it has none."
    )
    sentence: Annotated[str, Field(max_length=20_000)] | None = Field(
        default=None,
        description="The report's sentence it comes from; null: the sentence of the fact's quote.",
    )


DraftFlag = Annotated[Flag, BeforeValidator(_flag_of_path)]


class Record(_Frozen):
    """What ``kzeu draft`` flagged and ``kzeu review`` has confirmed since: kept apart from the
    ``draft`` list, so that a flag deleted from that list by hand is no confirmation
    (kzeu.gate)."""

    flagged: tuple[FlagPath, ...] = Field(
        default=(),
        max_length=MAX_DRAFT_FIELDS,
        description="Every field `kzeu draft` flagged (written by it, never changed after).",
    )
    confirmed: tuple[FlagPath, ...] = Field(
        default=(),
        max_length=MAX_DRAFT_FIELDS,
        description="The flagged fields `kzeu review` has confirmed (added by it, answer by"
        " answer); a flagged field not listed here is unconfirmed.",
    )


class Person(_Frozen):
    """An official the report names."""

    id: Slug
    name: Required = Field(description="Full name as the report gives it.")
    titles: tuple[Required, ...] = Field(
        description="Titles exactly as the report gives them (at least one; none in a draft)."
    )
    affiliation: Required = Field(description="The side the person represents.")
    role: Required = Field(description="The person's part in the story, in a few words.")
    quote: Quote


class Event(_Frozen):
    """A meeting, summit or other event the report mentions."""

    id: Slug
    name: Required = Field(description="Name of the event (the report's wording where it has one).")
    kind: Required = Field(description="Kind of event: meeting, summit, ministerial meeting, ...")
    place: Line | None = Field(default=None, description="Where it takes place; null if unstated.")
    date: Day | None = Field(default=None, description="Calendar date, only if stated.")
    timing: Line | None = Field(
        default=None, description="When, in the report's words: 'on March 28', 'next week'."
    )
    status: Status = Field(description="`held` or `upcoming`, as of the report's date.")
    participants: tuple[Slug, ...] = Field(default=(), description="Ids of people taking part.")
    purpose: Line | None = Field(
        default=None, description="Why it was held, in the report's words."
    )
    quote: Quote


class Topic(_Frozen):
    """An item on the agenda."""

    id: Slug
    label: Required = Field(description="Short name of the agenda item.")
    raised_by: tuple[Slug, ...] = Field(
        default=(), description="Ids of the people the report says raised it (may be empty)."
    )
    event: Slug | None = Field(default=None, description="Id of the event where it came up.")
    quote: Quote


class Statistic(_Frozen):
    """A figure the report states: an amount, a change, a count or a standing."""

    id: Slug
    label: Required = Field(description="What the figure measures.")
    kind: StatKind = Field(
        description="`amount` (money), `change` (per cent), `count`, or `standing` (no number)."
    )
    value: Number | None = Field(default=None, description="The number; null for a standing.")
    figure: Line = Field(description="The figure exactly as printed: '$1.5 billion', '+3.2%'.")
    currency: Line | None = Field(default=None, description="ISO 4217 code, e.g. USD.")
    scale: Scale | None = Field(default=None, description="Multiplier of `value`, if any.")
    unit: Line | None = Field(default=None, description="Unit: 'percent', 'companies', ...")
    qualifier: Line | None = Field(default=None, description="Hedge such as 'more than'.")
    period: Line | None = Field(
        default=None, description="Period the figure covers; null when the report does not say."
    )
    flow: Flow | None = Field(
        default=None, description="For trade figures: turnover, exports or imports."
    )
    of: Slug | None = Field(
        default=None,
        description="Id of the statistic this one is part of (exports, imports) or a change of.",
    )
    quote: Quote


Fact = Person | Event | Topic | Statistic


class FactsFile(_Frozen):
    """A kzeu facts file: one report and the facts drawn from it."""

    format_version: FormatVersion = Field(description="Version of the facts-file format.")
    source: Source
    meeting: Slug = Field(description="Id of the event the file is about.")
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    topics: tuple[Topic, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    draft: tuple[DraftFlag, ...] = Field(
        default=(),
        max_length=MAX_DRAFT_FIELDS,
        description="The fields a person must still fill in or confirm (written by `kzeu draft`,"
        " answered by `kzeu review`); with every empty required field, they make the file a"
        " draft, which `kzeu check` and `kzeu export` refuse.",
    )
    review: Record | None = Field(
        default=None,
        description="Written by `kzeu draft`, kept by `kzeu review`: the fields flagged and those"
        " confirmed. A flagged field not confirmed stays unconfirmed, whatever `draft` says."
        " None in a facts file written by hand.",
    )

    def facts(self) -> Iterator[tuple[str, int, Fact]]:
        """Yield (section, index, fact) for every fact, section by section."""
        for section in SECTIONS:
            facts: tuple[Fact, ...] = getattr(self, section)
            for index, fact in enumerate(facts):
                yield section, index, fact

    def by_id(self) -> dict[str, Fact]:
        """Return every fact keyed by its id."""
        return {fact.id: fact for _, _, fact in self.facts()}


SECTIONS = ("people", "events", "topics", "statistics")
# What one fact of each model is called, in listings and in an exported database.
KIND_OF: dict[type, str] = {
    Person: "person",
    Event: "event",
    Topic: "topic",
    Statistic: "statistic",
}
