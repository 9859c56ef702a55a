"""Every pattern of the draft engine written with ``re.VERBOSE`` and a comment per branch parses
to the same tree as the one-line pattern it replaced, so the rewrite changed no match.

``BEFORE`` holds the source of each pattern as it was (evaluated in its module, so it reads the
same lexicon tables); each is compared with the module's pattern as ``re``'s own parser sees it:
the same operations, the same groups, the same flags but VERBOSE.
"""

# ruff: noqa: E501

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzeu.draft.lexicon import alternation, trie

try:  # Python 3.11 renamed the parser module
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse

BEFORE = {
    # a pattern that was written inside a function (``_dated_line``), now named
    "kzeu.draft.source._TIME_AFTER_DATE": r"""re.compile(r"(?:[,|]?\s?[0-9]{1,2}[:.][0-9][0-9](?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?)?")""",
    "kzeu.draft.figures._PERCENT": r"""re.compile(_SP + r"?(?:%|per ?cent\b|percent\b|pct\b)")""",
    "kzeu.draft.figures._CURRENCY_NAME": r"""re.compile(
    _SP
    + r"(?:(?P<us>US|U\.S\.|American)"  # "US dollars": a sure code
    + _SP
    + r")?(?P<name>"
    + alternation(_NAME_FORMS)  # "dollars", "pounds sterling", "tenge"
    + r")\b"
    r"|" + _SP + r"(?P<code>" + "|".join(CODES) + r")\b"  # "40 million EUR"
)""",
    "kzeu.draft.figures._NOUN_WORDS": r"""re.compile(
    _SP + r"(?P<words>(?:[A-Z][A-Za-z]{0,20}" + _SP + r"){0,2}[a-z]+(?:-[a-z]+)?"
    r"(?:" + _SP + r"[a-z]+(?:-[a-z]+)?){0,3})"
)""",
    "kzeu.draft.figures._NOT_A_COUNT_BEFORE": r"""re.compile(
    r"(?:\b(?:top|[Nn]o\.?|[Nn]os\.?|number|[Nn]umber|[Rr]esolution"
    r"|[Dd]ecree|[Ll]aw|[Aa]rticle|[Oo]rder|[Pp]rotocol|[Ss]ection|[Pp]aragraph|[Cc]hapter"
    r"|[Pp]age|[Rr]oom|[Hh]all|[Bb]uilding|[Ff]light|[Rr]oute|[Tt]erminal|[Gg]ate|[Pp]hase"
    r"|[Ss]tage|[Ll]evel|[Rr]ank|[Rr]anked|G|C)\s?|#|[-–/:])\Z"
)""",
    "kzeu.draft.figures._ANAPHORIC": r"""re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Bb]oth)\s\Z")""",
    "kzeu.draft.figures._MONTH_BEFORE": r"""re.compile(r"\b" + MONTH + r"\s\Z")""",
    "kzeu.draft.figures._MONTH_AFTER": r"""re.compile(r"\s(?:of\s)?" + MONTH)""",
    "kzeu.draft.figures._WORD": r"""re.compile(r"\S+")""",
    "kzeu.draft.judgements._FALLING": r"""re.compile(
    r"\b(?:fell|fall|falls|fallen|falling|declined?|declines|declining|decreased?|decreases"
    r"|decreasing"
    r"|dropped|drops?|dropping|down|lower|less|shrank|shrunk|shrinking|contracted|slumped"
    r"|plunged|reduced|reduction|slid|slipped|negative|cut|cuts|lowered|slashed)\b",
    re.IGNORECASE,
)""",
    "kzeu.draft.judgements._RISING": r"""re.compile(
    r"\b(?:rose|rise|rises|rising|grew|grow|grows|growing|growth|increased?|increases|increasing"
    r"|grown|risen|up|higher|more|jumped|surged|gained|expanded|added|climbed|soared|boosted)\b",
    re.IGNORECASE,
)""",
    "kzeu.draft.judgements._FALLING_AFTER": r"""re.compile(
    r"\s(?:decline|decrease|drop|fall|lower|less|down|reduction|contraction)\b", re.IGNORECASE
)""",
    "kzeu.draft.judgements.INTENT": r"""re.compile(r"\b" + alternation((*INTENT_WORDS, *INTENT_PHRASES)) + r"\b", re.IGNORECASE)""",
    "kzeu.draft.judgements._INTENT_AFTER": r"""re.compile(
    r"\b(?:by (?:the end of )?(?:19|20)[0-9][0-9]|(?:is|are|be|being) (?:expected|envisaged|planned"
    r"|targeted|forecast|projected|intended|foreseen)|will|would|could|should)\b"
)""",
    "kzeu.draft.judgements._SHARE_BEFORE": r"""re.compile(
    r"\b(?:shares?|accounted|accounts?|accounting|made up|makes? up|making up|constituted"
    r"|constitutes?|represent(?:s|ed|ing)?|or)\b",
    re.IGNORECASE,
)""",
    "kzeu.draft.judgements._SHARE_AFTER": r"""re.compile(
    r"\s(?:share\b|of\s(?!the same\b|a year\b|the previous\b))", re.IGNORECASE
)""",
    "kzeu.draft.judgements._THAN": r"""re.compile(r"\b(?:more|less|higher|lower|fewer)\sthan\b", re.IGNORECASE)""",
    "kzeu.draft.judgements._CHANGE_AFTER": r"""re.compile(
    r"\s?(?:(?:year[- ]on[- ]year|y/y|yoy|annually|on the year|compared)\b|\s(?:(?:annual|yearly"
    r"|year-on-year)\s)?(?:increase|decrease|rise|growth|decline|drop|fall|jump|gain|reduction"
    r"|contraction|higher|lower|more|less|up|down)\b)",
    re.IGNORECASE,
)""",
    "kzeu.draft.judgements._EARLIER": r"""re.compile(
    r"\b(?:earlier|ago|previous|previously|prior|before|last year|a year before|the year before"
    r"|in (?:19|20)[0-9][0-9])\b"
)""",
    "kzeu.draft.judgements._FLOW_AFTER": r"""re.compile(
    r"\s(?:in|of|worth of|of direct)\s(?:\w+\s)?(?P<word>exports|imports|investments?|trade)\b",
    re.IGNORECASE,
)""",
    "kzeu.draft.judgements._ELLIPTIC": r"""re.compile(
    r"(?:\(|up|down|rising|falling|having|an increase|a decrease|a rise|a drop|a growth|or|i\.e\."
    r"|which (?:rose|grew|fell|declined|increased|decreased))"
    r"\b",
    re.IGNORECASE,
)""",
    "kzeu.draft.periods.PERIOD_WORD": r"""re.compile(
    r"\b(?:" + alternation((*MONTH_NAMES, *MONTH_ABBREVIATIONS)) + r"|Q[1-4]|quarter|half|months?"
    r"|year|(?:19|20)[0-9][0-9])\b"
)""",
    "kzeu.draft.periods._OPENING": r"""re.compile(r"(?:From|In|During|Over|For|Since|Between|Throughout)\b[^,.;]{0,100},\s*\Z")""",
    "kzeu.draft.judgements._JAPAN_OR_CHINA": r"""re.compile(r"\b(?:(?P<japan>Japan|Japanese|yen)|China|Chinese|yuan|renminbi)\b")""",
    "kzeu.draft.statistics._QUALIFIER": r"""re.compile(
    r"\b(?P<q>"
    + "|".join(re.escape(q) for q in QUALIFIERS)  # "more than", "nearly", ...
    + r")\s(?:a\ record\s|an\ estimated\s|a\ total\ of\s)?"  # "more than a record"
    + r"(?:"
    + _SIGN
    + r"|[A-Z]{3}\s)?\s?\Z",  # a currency sign or code, then the figure
    re.IGNORECASE,
)""",
    "kzeu.draft.statistics._YEAR": r"""re.compile(r"\b(?:19|20)[0-9][0-9]\b")""",
    "kzeu.draft.source._LEGACY_DATE": r"""re.compile(r"[ \t]*date ([0-9]{4}-[0-9]{2}-[0-9]{2})\b")""",
    "kzeu.draft.source._TIMESTAMP_WORDS": r"""re.compile(
    r"(?:(?:Updated|Published|Posted|Last updated|Date)?:?\s?)"
    r"(?:No\.?:?\s?[0-9]{1,6}(?:/[0-9]{1,4})?,\s)?"
)""",
    "kzeu.draft.source._CAPS_CITY": r"""re.compile(r"(?:[A-Z]{1,3}\. )?[A-Z][A-Z'’-]*[A-Z](?: [A-Z][A-Z'’-]*[A-Z]){0,3}\b")""",
    "kzeu.draft.source._CITY": r"""re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}(?=[,.]\s)")""",
    "kzeu.draft.source._COUNTRY": r"""re.compile(
    r",\s(?P<country>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})(?=,|\s?(?:–|—|--?)\s)"
)""",
    "kzeu.draft.source._SEPARATOR": r"""re.compile(r"\s?(?:–|—|--?|:)(?=\s)")""",
    "kzeu.draft.attribution._REPORTS": r"""re.compile(
    r"\b(?:a |an )?(?P<agency>[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,10})?)"
    r"(?: correspondent| news agency)? reports?\b"
)""",
    "kzeu.draft.attribution._TOLD": r"""re.compile(
    r"\b(?:told|[Ss]peaking to|[Cc]ommenting (?:on [^,.]{1,60} )?to|in an interview with)"
    r" (?P<agency>[A-Z][A-Za-z]{1,20} (?:Agency|News|Press|Today|Times|Daily)"
    r"|[A-Z][A-Za-z]{1,20}-[A-Z][A-Za-z]{1,20}(?= that\b|,)"
    r"|[A-Z][A-Za-z]{1,20}\.(?:uz|kg|kz|tj|az|com|ru|net))\b"
)""",
    "kzeu.draft.attribution._SIGNATURE": r"""re.compile(
    r"(?:Press [Ss]ervice|Press [Oo]ffice|Information [Ss]ervice|Press [Cc]entre|Press [Cc]enter"
    r"|Press and [Ii]nformation [Tt]eam)"
    r" of [^\n]{3,150}"
)""",
    "kzeu.draft.attribution._CREDIT_WORDS": r"""re.compile(
    r"\A(?:a |the )?(?:statement|report|release|press release)"
    r" (?:issued |published |released )?by "
)""",
    "kzeu.draft.attribution._ACCORDING": r"""re.compile(r"\b[Aa]ccording to (?P<who>(?:the )?[^\s.,;:()][^.,;:()\n]{0,150})")""",
    "kzeu.draft.attribution._INSTITUTION": r"""re.compile(
    r"\b(?:[Mm]inistry|[Ss]ervice|[Oo]ffice|[Pp]ress|[Aa]gency|[Cc]ommittee|[Bb]ureau|[Gg]overnment"
    r"|[Dd]epartment|[Ee]mbassy|[Aa]dministration|[Ww]ebsite|[Cc]hannel|[Pp]ortal|[Cc]hancellery"
    r"|[Cc]abinet|[Cc]hamber|[Cc]ouncil|[Dd]elegation)\b"
)""",
    "kzeu.draft.published_year._PAST_YEAR": r"""re.compile(
    r"(?<![-–/])(?<!by )(?<!until )(?<!till )(?<!since )(?<!Since )\b((?:19|20)[0-9][0-9])\b(?![-–/]\d)"
)""",
    "kzeu.draft.words.TOKEN": r"""re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*['’]?|[^\w\s]")""",
    "kzeu.draft.words._POSSESSIVE": r"""re.compile(r"['’]s?\Z")""",
    "kzeu.draft.report._CLAUSE_MARK": r"""re.compile(
    r"(?<!\d),|,(?!\d)|[;:()]|\s[–—]\s|\s--\s|\b(?:while|whereas|but)\b"
)""",
    "kzeu.sentences._WORD_BEFORE": r"""re.compile(r"[A-Za-z.]{1,12}\Z")""",
    "kzeu.numbers._WORD_NUMBER": r"""re.compile(
    r"\b(?P<tens>"
    + "|".join(TENS)
    + r")-(?P<unit>"
    + "|".join(UNIT_WORDS)
    + r")\b|\b(?P<word>"
    + "|".join(sorted(WORDS, key=len)[::-1])
    + r")\b",
    re.IGNORECASE,
)""",
    "kzeu.numbers._PART": r"""re.compile(
    r"(?<![\d.,])(?P<number>[0-9]{1,3}(?:,[0-9]{3}){1,4}(?:\.[0-9]{1,6})?|[0-9]{1,15}(?:\.[0-9]{1,6})?)(?![\d,])"
    r"\s?(?P<scale>" + "|".join(SCALES) + r")\b",
    re.IGNORECASE,
)""",
}


def _tree(node: Any) -> Any:
    """Return ``node`` of a parse tree as plain tuples, comparable with ``==``."""
    if isinstance(node, sre_parse.SubPattern):
        return tuple(_tree(item) for item in node.data)
    if isinstance(node, (list, tuple)):
        return tuple(_tree(item) for item in node)
    return str(node) if type(node).__name__ == "_NamedIntConstant" else node


def parsed(pattern: re.Pattern[str]) -> tuple[Any, dict[str, int], int]:
    """Return the parse tree of ``pattern``, its named groups and its flags but VERBOSE."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    return _tree(tree), dict(tree.state.groupdict), pattern.flags & ~re.VERBOSE


def pattern_now(name: str) -> re.Pattern[str]:
    """Return the compiled pattern ``module.NAME`` as the module defines it today."""
    module, _, attribute = name.rpartition(".")
    pattern: re.Pattern[str] = getattr(importlib.import_module(module), attribute)
    return pattern


def pattern_before(name: str) -> re.Pattern[str]:
    """Return the pattern ``name`` built from its former source, in its module's namespace."""
    module = importlib.import_module(name.rpartition(".")[0])
    pattern: re.Pattern[str] = eval(BEFORE[name], dict(vars(module)))
    return pattern


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_pattern_parses_as_before(name: str) -> None:
    now = pattern_now(name)
    assert now.flags & re.VERBOSE, f"{name} is not written with re.VERBOSE"
    assert parsed(now) == parsed(pattern_before(name))


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_each_branch_has_a_comment(name: str) -> None:
    """A verbose pattern has at least one comment for each of its top-level branches."""
    now = pattern_now(name)
    (operation, argument), *rest = sre_parse.parse(now.pattern, now.flags).data
    branches = len(argument[1]) if str(operation) == "BRANCH" and not rest else 1
    assert len(re.findall(r"(?<!\\)#", now.pattern)) >= branches


def test_a_changed_pattern_is_caught() -> None:
    """The comparison sees a one-character change (so the test above proves something)."""
    now = pattern_now("kzeu.draft.words.TOKEN")
    changed = re.compile(now.pattern.replace("_]+", "_]*", 1), now.flags)
    assert parsed(changed) != parsed(now)


# --- trie: the tree of a table, matching as its alternation does --------------------------------

_LETTERS = st.text(alphabet="abAB-' ", min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(
    choices=st.lists(_LETTERS, min_size=1, max_size=12),
    text=st.text(alphabet="abAB-' .", max_size=60),
)
def test_a_trie_matches_what_its_alternation_matches(choices: list[str], text: str) -> None:
    # the same spans, the longest choice first, with the whole-word edges roles.py puts around it
    # (a longer choice that fails the edge gives way to a shorter one, in both)
    plain = re.compile(rf"(?<![\w-]){alternation(choices)}(?![\w-])")
    tree = re.compile(rf"(?<![\w-]){trie(choices)}(?![\w-])")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_trie_of_thousands_of_names_is_one_group() -> None:
    names = [f"K{n:05d}" for n in range(5_000)]
    pattern = re.compile(rf"\b(?P<s>{trie(names)})\b")
    found = pattern.search("met K04999 and K00000")
    assert found is not None
    assert found["s"] == "K04999"
    assert pattern.search("K1") is None
