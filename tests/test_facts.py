"""Finding and reading a facts file, and the one clear error for every way it can be bad."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import BaseModel, Field, ValidationError

from kzeu import facts as loader
from kzeu.facts import FactsError, field_path, load_facts, resolve_path
from kzeu.render import listing
from tests.conftest import FACTS_JSON, Facts

Writer = Callable[[Facts | str | bytes], Path]


def message_of(path: str | Path) -> str:
    with pytest.raises(FactsError) as caught:
        load_facts(path)
    return caught.value.message


def test_default_is_the_packaged_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KZEU_FACTS", raising=False)
    assert load_facts().people[1].name == "Kaja Kallas"
    assert json.loads(resolve_path().read_text(encoding="utf-8")) == json.loads(
        FACTS_JSON.read_text(encoding="utf-8")
    )


def test_environment_variable_chooses_the_file(
    monkeypatch: pytest.MonkeyPatch, facts_data: Facts, write_facts: Writer
) -> None:
    facts_data["people"][0]["role"] = "Chose by KZEU_FACTS"
    monkeypatch.setenv("KZEU_FACTS", str(write_facts(facts_data)))
    assert load_facts().people[0].role == "Chose by KZEU_FACTS"


def test_missing_file(tmp_path: Path) -> None:
    assert message_of(tmp_path / "nope.json") == f"{tmp_path / 'nope.json'}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert message_of(tmp_path) == f"{tmp_path}: is a directory"


def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert message_of(fifo) == f"{fifo}: is not a regular file"


def test_device_is_refused_without_reading_it() -> None:
    assert message_of("/dev/zero") == "/dev/zero: is not a regular file"


def test_unreadable_file(write_facts: Writer, shipped: Facts) -> None:
    path = write_facts(shipped)
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make the open itself fail instead
        path.chmod(0o644)
        path.unlink()
        path.symlink_to(path)
        assert message_of(path).startswith(f"{path}: cannot be opened: ")
    else:
        assert message_of(path) == f"{path}: cannot be opened: Permission denied"


def test_file_over_the_size_cap_is_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch, write_facts: Writer
) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 100)
    path = write_facts("x" * 101)  # not JSON: a parse would give another message
    assert message_of(path) == f"{path}: is too large: 101 bytes, the limit is 100 bytes"


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file(write_facts: Writer, content: bytes) -> None:
    path = write_facts(content)
    assert message_of(path) == f"{path}: is empty"


def test_invalid_json_gives_line_and_column(write_facts: Writer) -> None:
    path = write_facts('{\n  "format_version": 1,\n  "source": {,\n}')
    assert (
        message_of(path) == f"{path}: is not valid JSON: key must be a string at line 3 column 14"
    )


def test_invalid_utf8_gives_the_byte(write_facts: Writer) -> None:
    path = write_facts(b'{\n "x": "caf\xe9"}')
    assert message_of(path) == f"{path}: is not valid UTF-8: byte 13 (line 2, column 11)"


def test_byte_order_mark_is_accepted(write_facts: Writer, shipped: Facts) -> None:
    path = write_facts(codecs.BOM_UTF8 + json.dumps(shipped).encode("utf-8"))
    assert load_facts(path).statistics[1].figure == "$49.7 billion"


def test_schema_errors_name_each_field_path(write_facts: Writer, facts_data: Facts) -> None:
    del facts_data["people"][2]["name"]
    facts_data["statistics"][1]["value"] = "lots"
    path = write_facts(facts_data)
    assert message_of(path).splitlines() == [
        f"{path}: is not a valid facts file (2 problems):",
        "  people[2].name: Field required",
        "  statistics[1].value: write the value as a JSON number, such as 1.5 or -3 (got 'lots')",
    ]


def test_many_errors_are_capped(
    monkeypatch: pytest.MonkeyPatch, write_facts: Writer, facts_data: Facts
) -> None:
    monkeypatch.setattr(listing, "SHOWN_ITEMS", 3)
    for topic in facts_data["topics"]:
        topic["quote"] = "not in the report"
    lines = message_of(write_facts(facts_data)).splitlines()
    assert lines[0].endswith("is not a valid facts file (13 problems):")
    assert lines[1:] == [
        "  topics[0].quote: quote is not verbatim in source.text: no span of source.text starts"
        " as it does (got 'not in the report')",
        "  topics[1].quote: quote is not verbatim in source.text: no span of source.text starts"
        " as it does (got 'not in the report')",
        "  topics[2].quote: quote is not verbatim in source.text: no span of source.text starts"
        " as it does (got 'not in the report')",
        "  ... and 10 more (kzeu check groups them by check)",
    ]


def test_field_path() -> None:
    assert field_path(("people", 2, "name")) == "people[2].name"
    assert field_path(()) == "(top level)"


def test_an_empty_path_is_an_error_not_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert message_of("") == "'': is not a file name: name the facts file to read"
    monkeypatch.setenv("KZEU_FACTS", "")
    assert load_facts().people[0].name == "Murat Nurtleu"  # an empty variable is unset


def test_the_loader_is_its_steps_in_order(write_facts: Writer, facts_data: Facts) -> None:
    facts_data["people"][0]["quote"] = "not in the report"
    path = write_facts(facts_data)
    data = loader.read_regular_file(path)
    loader.check_utf8(path, data)
    parsed = loader.parse_facts(path, data)  # well formed, not yet proven
    assert parsed.people[0].quote == "not in the report"
    with pytest.raises(loader.InvalidFacts) as caught:
        loader.prove_facts(path, parsed)
    assert [(e["type"], e["loc"]) for e in caught.value.errors] == [
        ("quote_not_in_source", ("people", 0, "quote")),
        ("value_not_in_quote", ("people", 0, "name")),
        ("value_not_in_quote", ("people", 0, "titles")),
        ("value_not_in_quote", ("people", 0, "titles")),
    ]
    assert caught.value.message == message_of(path)


def test_validating_the_model_alone_checks_the_shape_and_the_loader_proves(
    facts_data: Facts, write_facts: Writer
) -> None:
    from kzeu.models import FactsFile

    facts_data["people"][0]["quote"] = "not in the report"
    # The model is the shape of a file: no proof inside a validator, so no second proof path.
    assert FactsFile.model_validate_json(json.dumps(facts_data)).people[0].quote == (
        "not in the report"
    )
    assert message_of(write_facts(facts_data)).splitlines()[1] == (
        "  people[0].quote: quote is not verbatim in source.text: no span of source.text starts"
        " as it does (got 'not in the report')"
    )


def test_a_name_with_a_nul_character() -> None:
    assert message_of("a\0b") == "a\\x00b: is not a file name: it contains a NUL character"


def test_a_name_too_long(tmp_path: Path) -> None:
    path = str(tmp_path / ("x" * 300))
    # The message repeats the first 200 characters of a name too long to use, and its length.
    assert message_of(path) == (
        f"{path[:200]}… ({len(path):,} characters): is not a usable file name: it is too long"
    )


def test_a_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "facts.json"
    assert message_of(path) == (
        f"{path}: no such file: the directory {tmp_path / 'no' / 'such'} does not exist"
    )


def test_a_file_where_a_directory_should_be(write_facts: Writer, shipped: Facts) -> None:
    file = write_facts(shipped)
    path = file / "facts.json"
    assert message_of(path) == f"{path}: no such file: {file} is not a directory"


def test_the_current_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    # Path("") is Path("."): the message says what an empty name meant.
    assert message_of(Path("")) == ".: is a directory (an empty name means this one)"


@pytest.mark.parametrize("path", [b"facts.json", 3])
def test_a_path_that_is_not_a_name(path: object) -> None:
    with pytest.raises(FactsError) as caught:
        load_facts(path)  # type: ignore[arg-type]
    assert caught.value.problem == "is not a file name: give a str or a Path"


def value_problems(write_facts: Writer, facts_data: Facts, written: str) -> list[str]:
    """Return the problems of the shipped facts with the turnover's value written as given."""
    text = json.dumps(facts_data).replace('"value": 49.7', f'"value": {written}')
    return message_of(write_facts(text)).splitlines()[1:]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ('"0_7"', "'0_7'"),
        ('"49.7 "', "'49.7 '"),
        ('"4.97e1"', "'4.97e1'"),
        ('"49.7"', "'49.7'"),  # a string, even of a plain number: the JSON Schema says number
    ],
)
def test_a_value_in_another_notation_is_refused(
    write_facts: Writer, facts_data: Facts, written: str, shown: str
) -> None:
    assert value_problems(write_facts, facts_data, written) == [
        f"  statistics[1].value: write the value as a JSON number, such as 1.5 or -3 (got {shown})"
    ]


@pytest.mark.parametrize(
    "written",
    ["49.7" + "0" * 100_000, "49.700000000000001", "49.70000000000000", "1.5e-400"],
)
def test_a_value_of_more_than_15_digits_as_written_is_refused(
    write_facts: Writer, facts_data: Facts, written: str
) -> None:
    snippet = written if len(written) <= 60 else written[:60] + "…"
    assert value_problems(write_facts, facts_data, written) == [
        "  statistics[1].value: more than 15 digits as written: kzeu keeps a value exactly,"
        f" in at most 15 (got '{snippet}')"
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("1234567890123456", "1234567890123456"),
        ("1.2345678901234567", "1.2345678901234567"),
        ("1e20", "1e+20"),
        ("-0.0000000000000001", "-1e-16"),
    ],
)
def test_a_value_read_with_more_than_15_digits_is_named_as_pydantic_named_it(
    write_facts: Writer, facts_data: Facts, written: str, shown: str
) -> None:
    # The model no longer counts digits (kzeu.exact does, on the bytes): the message is the one
    # pydantic's max_digits=15 gave, checked here against pydantic itself.
    class Counted(BaseModel):
        value: Annotated[Decimal, Field(max_digits=15)]

    with pytest.raises(ValidationError) as refused:
        Counted.model_validate_json(f'{{"value": {written}}}')
    message = refused.value.errors()[0]["msg"]
    assert value_problems(write_facts, facts_data, written) == [
        f"  statistics[1].value: {message} (got {shown})"
    ]


def test_a_value_under_an_escaped_key_is_checked_too(
    write_facts: Writer, facts_data: Facts
) -> None:
    text = json.dumps(facts_data).replace('"value": 49.7', '"\\u0076alue": "0_7"')
    assert message_of(write_facts(text)).splitlines()[1:] == [
        "  statistics[1].value: write the value as a JSON number, such as 1.5 or -3 (got '0_7')"
    ]


@pytest.mark.parametrize(
    ("written", "value"),
    [("49.7", "49.7"), ("4.97e1", "49.7"), ("49.7000000000", "49.7")],
)
def test_values_written_exactly_load(
    write_facts: Writer, facts_data: Facts, written: str, value: str
) -> None:
    text = json.dumps(facts_data).replace('"value": 49.7', f'"value": {written}')
    assert load_facts(write_facts(text)).statistics[1].value == Decimal(value)


def test_the_digits_a_value_takes_written_out() -> None:
    from kzeu.exact import digits

    assert [digits(Decimal(x)) for x in ("1.50", "1E+3", "0.005", "0", "-16.9", "1E-15")] == [
        3,
        4,
        3,
        1,
        3,
        15,
    ]


def test_the_draft_list_is_capped(write_facts: Writer, facts_data: Facts) -> None:
    facts_data["draft"] = ["people[0].name"] * 1_000_001
    assert message_of(write_facts(facts_data)).splitlines()[1:] == [
        "  draft: Tuple should have at most 1000000 items after validation, not 1000001"
    ]


@pytest.mark.parametrize(
    ("change", "failed"),
    [
        (lambda d: d["people"][0].update(quote="not in the report"), "quotes verbatim"),
        (lambda d: d["statistics"][1].update(value="4_9.7"), "schema"),
        (lambda d: d["topics"][0].update(id="kaja-kallas"), "unique ids"),
    ],
)
def test_check_reports_what_the_loader_refuses(
    write_facts: Writer, facts_data: Facts, change: Callable[[Facts], None], failed: str
) -> None:
    from kzeu.checks import run_checks

    change(facts_data)
    path = write_facts(facts_data)
    _, results = run_checks(path)
    reported = [line for r in results if r.status == "fail" for line in r.detail]
    assert failed in {r.name for r in results if r.status == "fail"}
    assert reported == [line.strip() for line in message_of(path).splitlines()[1:]]
