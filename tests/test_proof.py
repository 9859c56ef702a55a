"""The proof of a facts file (kzeu.integrity, run by kzeu.facts): linear, once per command, whole
tokens, a message that points at the fault, models as strict as their JSON Schema."""

from __future__ import annotations

import ast
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kzeu import integrity
from kzeu.facts import FactsError, InvalidFacts, load_facts, parse_facts, prove_json
from kzeu.models import FactsFile
from kzeu.quotes import QuoteSearch
from tests.conftest import ROOT, Facts
from tests.helpers import Run, Writer

# --- the search: linear, once ---------------------------------------------------------------


def hostile(pairs: int, long: int = 2_000) -> Facts:
    """The attack of issue 21, small: quotes found only at the end of the text, each followed by
    a long run of ``a`` found only at its start, so that each is searched for back from the end
    over positions that match all but one of its characters."""
    ends = [f"<{index}>" for index in range(pairs)]
    text = "a" * long + ("b" + "a" * (long // 2 - 1)) * 20 + "".join(ends)
    quotes = [quote for index in range(pairs) for quote in (ends[index], "a" * (long - index))]
    return {
        "format_version": 1,
        "source": {"published": None, "text": text},
        "meeting": "m",
        "events": [{"id": "m", "name": "M", "kind": "meeting", "status": "held", "quote": "a"}],
        "topics": [
            {"id": f"t{index}", "label": f"T{index}", "quote": quote}
            for index, quote in enumerate(quotes)
        ],
    }


class Spy:
    """Counts the searches of the text and the comparisons charged for each."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.searches: list[tuple[str, int]] = []
        self.charges: list[int] = []
        for name in ("after", "before"):
            monkeypatch.setattr(QuoteSearch, name, self._counted(getattr(QuoteSearch, name)))

    def _counted(self, plain: Callable[[QuoteSearch, str, int], int]) -> Any:
        def search(searcher: QuoteSearch, quote: str, start: int) -> int:
            budget = searcher.budget
            found = plain(searcher, quote, start)
            self.searches.append((quote, start))
            self.charges.append(budget - searcher.budget)
            return found

        return search


def test_the_attack_is_proven_and_each_quote_found_where_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = Spy(monkeypatch)
    data = hostile(pairs=10)
    facts = prove_json(json.dumps(data))
    text = data["source"]["text"]
    starts = [
        start for section, _, _, start in integrity.quote_positions(facts) if section == "topics"
    ]
    assert starts == [
        start
        for index in range(10)
        # Each run of a is found as near the end of the text as it is: its last place, the
        # very start of the text or one character further for one character less.
        for start in (text.index(f"<{index}>"), index)
    ]
    # Each quote is looked for from the previous one, in the direction that found the previous,
    # then in the other (back: a forward search of the text reversed): two searches at most.
    assert len(spy.searches) == 1 + (1 + 2) + 9 * (2 + 2)
    assert sum(spy.charges) <= integrity.search_budget(facts)


class Walks:
    """Records the automaton's walks: the quotes left to it and the steps they took."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.quotes: list[str] = []
        self.work: list[int] = []
        from kzeu import quotes

        plain = quotes.first_places

        def counted(text: str, quotes: list[str], nodes: int) -> tuple[list[int], int]:
            places, work = plain(text, quotes, nodes)
            self.quotes.extend(quotes)
            self.work.append(work)
            return places, work

        monkeypatch.setattr(integrity, "first_places", counted)


def test_the_attack_past_its_budget_is_proven_in_one_walk_of_the_text(
    monkeypatch: pytest.MonkeyPatch, write_facts: Writer, run: Run
) -> None:
    # Before, once the searches had spent the budget, the file was refused ("not looked for").
    spy, walks = Spy(monkeypatch), Walks(monkeypatch)
    monkeypatch.setattr(integrity, "WORK_FLOOR", 0)
    monkeypatch.setattr(integrity, "WORK_PER_CHARACTER", 4)
    data = hostile(pairs=40)
    result = run("--facts", str(write_facts(data)), "topics", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 80
    text = data["source"]["text"]
    size = len(text) + sum(len(t["quote"]) for t in data["topics"]) + 1
    # The searches stop at the budget, give or take the last; the quotes left are all found at
    # once by the automaton, in steps linear in the text and those quotes.
    assert sum(spy.charges) <= 4 * size + max(spy.charges)
    assert 0 < len(walks.quotes) < len(data["topics"])
    assert len(walks.work) == 1
    assert walks.work[0] <= 3 * (len(text) + sum(map(len, walks.quotes)))
    facts = prove_json(json.dumps(data))
    starts = [s for section, _, _, s in integrity.quote_positions(facts) if section == "topics"]
    assert all(
        text[s : s + len(t["quote"])] == t["quote"]
        for s, t in zip(starts, data["topics"], strict=True)
    )
    # A quote left to the automaton is where the text first has it.
    left = set(walks.quotes)
    assert [s for s, t in zip(starts, data["topics"], strict=True) if t["quote"] in left] == [
        text.find(t["quote"]) for t in data["topics"] if t["quote"] in left
    ]


def test_a_quote_past_the_budget_that_is_not_in_the_text_is_refused_as_not_verbatim(
    monkeypatch: pytest.MonkeyPatch, write_facts: Writer, run: Run
) -> None:
    walks = Walks(monkeypatch)
    monkeypatch.setattr(integrity, "WORK_FLOOR", 0)
    monkeypatch.setattr(integrity, "WORK_PER_CHARACTER", 4)
    data = hostile(pairs=40)
    data["topics"][-1]["quote"] = "a" * 1_500 + "<0>"  # each part is in the text, not the whole
    result = run("--facts", str(write_facts(data)), "people")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1].startswith(
        "  topics[79].quote: quote is not verbatim in source.text"
    )
    assert data["topics"][-1]["quote"] in walks.quotes


def test_the_automaton_finds_each_quote_where_str_find_does() -> None:
    from kzeu.quotes import first_places

    text = "abaabaaabaaaab" * 3 + "ba"
    quotes = ["a", "aab", "aaaa", "aaaaa", "ba" * 3, "bab", "b" + "a" * 4 + "b", "abaa", "x"]
    expected = [text.find(q) for q in quotes]
    assert first_places(text, quotes, 1_000)[0] == expected
    # A trie of at most 4 nodes at a time: one walk of the text for each few quotes, the same.
    places, work = first_places(text, quotes, 4)
    assert places == expected
    assert work <= 3 * (len(text) * len(quotes) + sum(map(len, quotes)))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab\u00e9", max_size=60),
    st.lists(st.text(alphabet="ab\u00e9", min_size=1, max_size=8), min_size=1, unique=True),
    st.integers(min_value=1, max_value=40),
)
def test_the_automaton_agrees_with_str_find(text: str, quotes: list[str], nodes: int) -> None:
    from kzeu.quotes import QuoteAutomaton, first_places

    places, _ = first_places(text, quotes, nodes)
    assert places == [text.find(q) for q in quotes]
    automaton = QuoteAutomaton(quotes, 10_000)
    automaton.first_places(text)
    # Linear: the trie's nodes, at most two steps per character of the quotes for the links,
    # and two per character of the text for the walk.
    assert automaton.work <= 1 + 3 * sum(map(len, quotes)) + 2 * len(text)


def jumping(pairs: int, filler: int = 200_000) -> Facts:
    """Valid quotes that alternate between the start and the end of a long text, each a word
    the text writes once: a search from one to the next scans the whole text."""
    first = [f"s{index:06d}" for index in range(pairs)]
    last = [f"e{index:06d}" for index in range(pairs)]
    text = " ".join(first) + " " + "x " * filler + " ".join(last)
    quotes = [quote for index in range(pairs) for quote in (first[index], last[-1 - index])]
    data = hostile(pairs=1)
    data["source"]["text"] = text
    data["events"][0]["quote"] = first[0]
    data["topics"] = [
        {"id": f"t{index}", "label": f"T{index}", "quote": quote}
        for index, quote in enumerate(quotes)
    ]
    return data


def test_quotes_that_jump_across_the_text_are_found_by_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Before the word index, such a file was refused once the scans spent the budget.
    monkeypatch.setattr(integrity, "WORK_FLOOR", 0)
    monkeypatch.setattr(integrity, "WORK_PER_CHARACTER", 32)
    spy = Spy(monkeypatch)
    data = jumping(pairs=2_000)
    facts = prove_json(json.dumps(data))
    text = data["source"]["text"]
    starts = [s for section, _, _, s in integrity.quote_positions(facts) if section == "topics"]
    assert starts == [text.index(t["quote"]) for t in data["topics"]]
    # The text is scanned while the budget lasts; past half of it, quotes are found by words.
    assert len(spy.searches) < len(data["topics"]) // 4


def test_a_quote_whose_word_is_nowhere_is_reported_not_verbatim_by_the_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(integrity, "WORK_FLOOR", 0)
    monkeypatch.setattr(integrity, "WORK_PER_CHARACTER", 32)
    data = jumping(pairs=2_000)
    data["topics"][-1]["quote"] = "s000001 zzz s000002"  # "zzz": a whole word, nowhere
    with pytest.raises(InvalidFacts) as caught:
        prove_json(json.dumps(data))
    assert f"topics[{len(data['topics']) - 1}].quote: quote is not verbatim" in str(caught.value)


def test_a_quote_given_again_is_searched_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    data = hostile(pairs=1)
    data["topics"] = [
        {"id": f"t{index}", "label": "T", "quote": quote}
        for index, quote in enumerate(["<0>", "a" * 2_000] * 500)
    ]
    facts = prove_json(json.dumps(data))
    assert [quote[:3] for quote, _ in spy.searches] == ["a", "<0>", "aaa", "aaa"]
    assert {start for _, _, _, start in integrity.quote_positions(facts)} == {
        0,
        len(data["source"]["text"]) - 3,
    }


def test_export_proves_each_file_once(
    monkeypatch: pytest.MonkeyPatch, run: Run, tmp_path: Path
) -> None:
    import sqlite3

    located: list[int] = []
    plain = integrity._locate_quotes

    def counted(facts: FactsFile) -> list[int]:
        located.append(id(facts))
        return plain(facts)

    monkeypatch.setattr(integrity, "_locate_quotes", counted)
    out = tmp_path / "out.db"
    example = ROOT / "docs" / "examples" / "delhi-meeting.json"
    result = run(
        "export", "--sqlite", str(out), "--facts", str(ROOT / "facts.json"), "--facts", str(example)
    )
    assert result.exit_code == 0, result.output
    assert len(located) == len(set(located)) == 2
    with sqlite3.connect(out) as db:
        text, start, end = db.execute(
            'SELECT sources.text, start, "end" FROM quotes JOIN sources ON sources.id = source_id'
            " WHERE fact_id = 'trade-turnover'"
        ).fetchone()
    assert text[start:end].startswith("The trade turnover between Kazakhstan")


# --- where a quote departs from the report ----------------------------------------------------


def test_a_straight_apostrophe_is_pointed_at(
    facts_data: Facts, write_facts: Writer, run: Run
) -> None:
    facts_data["source"]["attribution_quote"] = "according to the Foreign Ministry's press service"
    facts_data["source"]["attribution"] = "the Foreign Ministry's press service"
    expected = (
        "source.attribution_quote: quote is not verbatim in source.text: at character 34 of the"
        " quote, \"'\" (U+0027) in the quote, '’' (U+2019) in source.text, whose nearest span is"
        " '…ording to the Foreign Ministry’s press service.\\n\\nIn the cont…'"
        ' (got "according to the Foreign Ministry\'s press service")'
    )
    path = write_facts(facts_data)
    with pytest.raises(FactsError) as caught:
        load_facts(path)
    assert caught.value.details == (expected,)
    checked = run("check", "--facts", str(path), "-f", "json")
    assert checked.exit_code == 1
    rows = {row["check"]: row for row in json.loads(checked.stdout)}
    assert rows["quotes verbatim"]["detail"] == [expected]


def test_a_quote_that_goes_past_the_end_of_the_report(facts_data: Facts) -> None:
    ending = facts_data["source"]["text"][-40:]
    facts_data["topics"][0]["quote"] = ending + " More."
    with pytest.raises(InvalidFacts) as caught:
        prove_json(json.dumps(facts_data))
    assert caught.value.errors[0]["msg"] == (
        "quote is not verbatim in source.text: source.text ends where character 41 of the quote is"
    )


def test_only_the_first_twenty_differences_are_described(facts_data: Facts) -> None:
    facts_data["topics"] = [
        {**topic, "quote": f"Kazakhstan{index:02d} is here"}
        for index, topic in enumerate(facts_data["topics"] * 2)
    ]
    for index, topic in enumerate(facts_data["topics"]):
        topic["id"] = f"topic-{index}"
    with pytest.raises(InvalidFacts) as caught:
        prove_json(json.dumps(facts_data))
    messages = [e["msg"] for e in caught.value.errors if e["type"] == "quote_not_in_source"]
    assert len(messages) == 26
    assert messages[0].startswith(
        "quote is not verbatim in source.text: at character 11 of the quote, '0' (U+0030) in"
    )
    assert messages[19].startswith("quote is not verbatim in source.text: at character 11")
    assert messages[20:] == ["quote is not verbatim in source.text"] * 6


# --- values stated as whole tokens ------------------------------------------------------------


def problems_of(data: Facts) -> list[str]:
    try:
        prove_json(json.dumps(data))
    except InvalidFacts as error:
        return list(error.details)
    return []


@pytest.mark.parametrize(
    ("name", "quote", "stated"),
    [
        ("Ice Smith", "Alice Smith met the minister", False),
        ("Alice Smit", "Alice Smith met the minister", False),
        ("Alice Smith", "Alice Smith met the minister", True),
        ("ALICE SMITH", "Alice Smith met the minister", True),
        ("Alice Smith", "Alice\nSmith met the minister", True),
        ("Alice Smith", "Alice Smith, the minister", True),
        ("Alice Smith", "Ms Alice Smithson, the minister; Alice Smith", True),
        ("José", "Jose\u0301 met the minister", False),
    ],
)
def test_a_name_is_stated_as_whole_words(
    facts_data: Facts, name: str, quote: str, stated: bool
) -> None:
    facts_data["source"]["text"] += " " + quote
    facts_data["people"][0].update(
        name=name, titles=["Minister"], quote=quote.replace("Minister", "minister")
    )
    facts_data["people"][0]["titles"] = ["minister"]
    expected = (
        [] if stated else [f"people[0].name: value is not stated in its quote (got {name!r})"]
    )
    assert problems_of(facts_data) == expected


def test_a_title_is_stated_as_whole_words(facts_data: Facts) -> None:
    facts_data["people"][0]["titles"] = ["Deputy Prime Minister", "Foreign Minister", "Prime Mini"]
    assert problems_of(facts_data) == [
        "people[0].titles: value is not stated in its quote (got 'Prime Mini')"
    ]


@pytest.mark.parametrize(
    ("value", "figure", "stated"),
    [
        (5.7, "$15.7 billion", False),
        (15, "$15.7 billion", False),
        (15.7, "$15.7 billion", True),
        (15.7, "US$15.7 billion", True),
        (3000, "3,000 companies", True),
        (30, "3,000 companies", False),
    ],
)
def test_a_value_is_stated_in_its_figure_as_a_whole_number(
    facts_data: Facts, value: float, figure: str, stated: bool
) -> None:
    facts_data["source"]["text"] += f" It reached {figure}."
    facts_data["statistics"] = [
        {
            "id": "total",
            "label": "Total",
            "kind": "count",
            "value": value,
            "figure": figure,
            "quote": f"It reached {figure}.",
        }
    ]
    expected = (
        []
        if stated
        else [f"statistics[0].value: value does not appear in its figure (got {value})"]
    )
    assert problems_of(facts_data) == expected


def test_every_draft_of_the_corpus_and_every_example_loads() -> None:
    from kzeu.draft import draft, read_report
    from kzeu.render import json_document

    reports = sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))
    assert len(reports) > 30
    for report in reports:
        facts = prove_json(json_document(draft(read_report(str(report)))), report.name)
        assert facts.events, report.name
    assert load_facts(ROOT / "facts.json").people[1].name == "Kaja Kallas"
    assert load_facts(ROOT / "docs" / "examples" / "delhi-meeting.json").events


# --- the models: as strict as the JSON Schema -------------------------------------------------


def changed(shipped: Facts, path: tuple[str | int, ...], value: object) -> Facts:
    data = copy.deepcopy(shipped)
    place: Any = data
    for part in path[:-1]:
        place = place[part]
    place[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "valid"),
    [
        (("format_version",), 1, True),
        (("format_version",), True, False),
        (("format_version",), "1", False),
        (("format_version",), 2, False),
        # JSON Schema reads 1.0 as the integer 1 (a number with no fraction), and so does kzeu.
        (("format_version",), 1.0, True),
        (("source", "published"), "2025-03-28", True),
        (("source", "published"), 0, False),
        (("source", "published"), 1743120000, False),
        (("source", "published"), "2025-03-28T00:00:00", False),
        (("source", "published"), "2025-03-28T00:00:00Z", False),
        (("source", "published"), "20250328", False),
        (("source", "published"), "2025-02-30", False),
        (("source", "published"), None, True),
        (("events", 0, "date"), "2025-03-28", True),
        (("events", 0, "date"), True, False),
        (("events", 0, "date"), "2025-03-28 00:00", False),
        (("statistics", 1, "value"), 49.7, True),
        (("statistics", 1, "value"), "49.7", False),
        (("statistics", 1, "value"), "100", False),
        (("statistics", 1, "value"), True, False),
        (("statistics", 1, "value"), None, True),
        (("people", 0, "titles"), "Foreign Minister", False),
        (("people", 0, "name"), 5, False),
        (("events", 0, "status"), "Held", False),
    ],
)
def test_the_loader_and_the_json_schema_agree(
    shipped: Facts, path: tuple[str | int, ...], value: object, valid: bool
) -> None:
    schema = json.loads((ROOT / "docs" / "kzeu.schema.json").read_text(encoding="utf-8"))
    assert schema == FactsFile.model_json_schema()
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    data = changed(shipped, path, value)
    by_schema = validator.is_valid(data)
    try:
        parse_facts(Path("facts.json"), json.dumps(data).encode("utf-8"))
        by_loader = True
    except InvalidFacts:
        by_loader = False
    assert (by_loader, by_schema) == (valid, valid)


def test_an_unknown_key_is_shown_cut(facts_data: Facts, write_facts: Writer, run: Run) -> None:
    facts_data["k" * 1_000_000] = 1
    result = run("--facts", str(write_facts(facts_data)), "people")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1] == (
        f"  {'k' * 60}… (1,000,000 characters): Extra inputs are not permitted"
    )
    assert len(result.stderr) < 300


# --- no import cycle --------------------------------------------------------------------------


def imports_of_kzeu() -> dict[str, set[str]]:
    """Return every kzeu module and the kzeu modules it imports, at the top or in a function."""
    package = ROOT / "kzeu"
    graph: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[name] = imported
    return {
        name: {m for m in imported if m in graph and m != name} for name, imported in graph.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Return the strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_among_kzeu_modules() -> None:
    graph = imports_of_kzeu()
    assert "kzeu.integrity" in graph["kzeu.facts"]
    assert "kzeu.models" in graph["kzeu.integrity"]
    assert "kzeu.integrity" not in graph["kzeu.models"]  # the model proves nothing
    assert cycles(graph) == []
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]


def test_values_inside_longer_words_are_looked_for_within_a_budget(
    facts_data: Facts, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = "a" * 19_000  # each title is first found inside this one long word
    facts_data["source"]["text"] += " " + run + " a aa"
    facts_data["people"][0].update(
        quote=f"{run} a aa", name="a", titles=["a" * n for n in range(1, 51)]
    )
    with pytest.raises(InvalidFacts) as caught:
        prove_json(json.dumps(facts_data))
    unstated = [e["loc"] for e in caught.value.errors if e["type"] == "value_not_in_quote"]
    assert unstated == [("people", 0, "titles")] * 48  # all but "a" and "aa"
    monkeypatch.setattr(integrity, "WORK_FLOOR", 0)
    monkeypatch.setattr(integrity, "WORK_PER_CHARACTER", 1)
    with pytest.raises(InvalidFacts) as caught:
        prove_json(json.dumps(facts_data))
    limits = [e for e in caught.value.errors if e["type"] == "value_check_limit"]
    assert [(e["loc"], e["input"]) for e in limits] == [(("people", 0, "titles"), "a")]
    assert limits[0]["msg"] == (
        "this value and those after it were not checked: so many values against such long"
        " quotes would take too long"
    )


@settings(max_examples=400, deadline=None)
@given(
    quote=st.text(alphabet="ab1.,  \né\u0301A", min_size=1, max_size=30),
    value=st.text(alphabet="ab1., A", min_size=1, max_size=6),
)
def test_whole_words_as_marked_agree_with_every_occurrence_looked_at(
    quote: str, value: str
) -> None:
    """The quick test (the value as written, then the quote marked at word edges) says what
    looking at every occurrence of the value, one by one, says."""
    from kzeu.stated import StatedValues, comparable, whole

    assume(value.strip())  # a value of spaces alone: in every quote with a space, as before
    text, wanted = comparable(quote), comparable(value)
    every = wanted != "" and any(
        whole(text, start, start + len(wanted))
        for start in range(len(text))
        if text.startswith(wanted, start)
    )
    assert StatedValues(10**9).states(quote, value) is every
