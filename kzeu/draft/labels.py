"""The label proposed for a figure its flow does not name: what the figure is, in a few words,
from the noun phrase it belongs to in its clause ("a loan of $40 million" -> "Loan", "projects
worth $2 billion" -> "Projects", "a $12 million programme" -> "Programme", "90 percent of
bilateral trade" -> "Share of bilateral trade", "1,500 tonnes of uranium" -> "Uranium
(tonnes)"), from the figure it changes ("Change in trade turnover") or from the one it is
compared with. Every label proposed here is a guess and is listed, with why."""

from __future__ import annotations

import re

from kzeu.draft.drafted import TO_FILL, DraftStatistic
from kzeu.draft.figures import Figure
from kzeu.draft.lexicon.money import (
    LABEL_NOUNS,
    LABEL_STOPS,
    MEASURE_UNITS,
    MONEY_NOUNS,
    QUALIFIERS,
    STATISTIC_ID_SKIP,
    SUBJECT_VERBS,
)

_QUALIFIER_END = re.compile(
    r"(?:\s(?:" + "|".join(re.escape(q) for q in QUALIFIERS) + r"))+\s*\Z",
    re.IGNORECASE,
)
# What ties an amount to the noun before it: "projects worth", "a loan of", "valued at".
_TIE_BEFORE = re.compile(
    r"""\s(?:worth|valued\ at|estimated\ at|totall?ing|of)  # "worth", "of", ...
    (?:\ (?:a\ total\ of|an\ estimated))?                 # "worth a total of"
    \s*\Z""",
    re.VERBOSE,
)
# What follows a count of a measure or a share, saying of what: "tonnes of natural uranium".
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?(?P<words>[^,.;:()\"“”]{1,80})")
# Nothing but a tie between a count and the amount after it: "38 projects| worth |$2 billion".
_TIE_ONLY = re.compile(
    r"""[^,;.()]{0,60}?\s(?:worth|valued\ at|with\ a\ total\ (?:value|cost)\ of|for\ a\ total\ of)
    (?:\ a\ total\ of)?\s+(?:(?:about|around|some|nearly|almost|over|more\ than|up\ to)\s+)?\Z
    # "projects in Novara worth about": the count before is what the amount is the worth of
    """,
    re.VERBOSE,
)
# What follows an amount and says what it is: "$6 billion in loans", "a €12 m regional
# programme": the words up to a word of function, a verb or a stop.
_IN_AFTER = re.compile(r"\s+in\s+(?P<words>[^,.;:()\"“”]{1,60})")
# A clause that ends in its subject's verb before the figure: "assistance to the region has
# exceeded", "the project is estimated at", "freight grew by".
_SUBJECT_VERB = re.compile(
    r"""\s(?:(?:has|have|had|is|are|was|were|will|would)\s)?(?:been\s)?  # an auxiliary
    (?P<verb>"""
    + "|".join(sorted(SUBJECT_VERBS, key=len, reverse=True))
    + r""")(?:\s(?:to|at|by|of))?\s*\Z                                 # "amounted to"
    """,
    re.VERBOSE,
)
# Where a subject starts: after the last "that", "which", "whose", "while", "although", a
# colon, a semicolon or a bracket.
_SUBJECT_START = re.compile(r"\b(?:that|which|whose|while|although|though|whereas)\s|[;:(]\s*")
# Words that open a clause before its subject: "the", "said" ("he said container traffic").
_LEADING = re.compile(
    r"(?:\b(?:the|a|an|its|their|our|this|these|he|she|they|we|said|says|noted|added|stated)\s+)+",
    re.IGNORECASE,
)
MAX_WORDS = 4  # of a noun phrase proposed as a label

LABELS = {
    "turnover": "Trade turnover",
    "exports": "Exports",
    "imports": "Imports",
    "investment": "Investment",
}


def lowered(label: str) -> str:
    """Return ``label`` to go inside a phrase: its first letter in lower case unless its first
    word is an acronym or a possessive ("Trade turnover" -> "trade turnover", "EU grants"
    and "France's exports" stay)."""
    first = label.split(" ", 1)[0]
    if first[1:2].isupper() or first.endswith(("'s", "’s")):  # "EU", "France's"
        return label
    return label[:1].lower() + label[1:]


def compose_label(
    stat: DraftStatistic, before: str, after: str, previous: DraftStatistic | None
) -> None:
    """Propose a label for ``stat`` when it has none, from the words of its clause before the
    figure (``before``, from the figure before it in the clause on) and after it (``after``),
    or from the statistic before it (``previous``): the one it is compared with, or the count
    it is the worth of ("38 projects worth $2 billion")."""
    if stat.label != TO_FILL:
        return
    # a label is read within a few words of its figure: the patterns anchored at the end of
    # ``before`` then try a bounded number of places
    label, why = _composed(stat, before[-200:], after, previous)
    if label:
        stat.label = label[:1].upper() + label[1:]
        stat.unsure["label"] = why


def _composed(
    stat: DraftStatistic, before: str, after: str, previous: DraftStatistic | None
) -> tuple[str, str]:
    """Return the label composed for ``stat`` and why it is a guess, or two empty strings."""
    label, why = "", ""
    if stat.comparison:
        if previous is not None and previous.label != TO_FILL:
            label, why = f"{previous.label}, earlier figure", "the figure it is compared with"
    elif stat.kind == "change":
        # one with a flow is named after its amount or flow (statistics._link_changes)
        subject = _subject(before) if stat.flow is None else ""
        label = f"Change in {lowered(subject)}" if subject else ""
        why = "read from the subject of its clause"
    elif stat.unit == "percent":
        share = _phrase_after_of(after)
        label, why = f"Share of {share}" if share else "", "read from what the per cent is of"
        if not label:  # "the share of the ruble ... has risen to 70 percent"
            label, why = _subject(before), "read from the subject of its clause"
    elif stat.kind == "count" and stat.unit and MEASURE_UNITS & set(stat.unit.lower().split()):
        thing = _phrase_after_of(after) or _phrase_before(before) or _subject(before)
        label = f"{thing} ({stat.unit})" if thing else ""
        why = "read from what the measure is of"
    elif stat.kind == "amount" and _converts(stat, before, previous):
        assert previous is not None
        label, why = previous.label, "a conversion of the figure before it into another currency"
    elif stat.kind == "amount":
        label, why = _phrase_before(before), "read from the noun phrase the amount belongs to"
        if not label and previous is not None and _TIE_ONLY.match(" " + before):
            counted = previous.unit if previous.kind == "count" else None
            label = counted if counted and counted != "percent" else ""
        label = label or _phrase_of_amount(after)
        if not label:
            label, why = _subject(before), "read from the subject of its clause"
    return label, why


def _converts(stat: DraftStatistic, before: str, previous: DraftStatistic | None) -> bool:
    """Whether ``stat`` is the figure before it in another currency, in brackets right after
    it: "7.5 billion pounds ($9.5 billion)"."""
    return (
        previous is not None
        and previous.kind == "amount"
        and previous.label != TO_FILL
        and previous.currency != stat.currency
        and before.rstrip().endswith("(")
    )


def _phrase_before(before: str) -> str:
    """Return the noun phrase that ``before`` ends with, before a word that ties an amount to
    it ("projects worth", "a loan of up to"), or ""."""
    before = _QUALIFIER_END.sub("", before.rstrip())
    tie = _TIE_BEFORE.search(" " + before)
    if tie is None:
        return ""
    phrase = _noun_phrase(before[: max(tie.start() - 1, 0)], from_end=True)
    # a name alone is where the thing is, not what it is: "projects in Novara worth"
    return "" if phrase.istitle() else phrase


def _subject(before: str) -> str:
    """Return the subject of a clause that ends in its verb before the figure ("American
    assistance to the region has exceeded" -> "American assistance"), or ""."""
    # "has exceeded" is a qualifier as well as a verb: tried with the qualifier, then without
    before = before.rstrip() + " "
    verb = _SUBJECT_VERB.search(" " + before)
    if verb is None:
        before = _QUALIFIER_END.sub("", before.rstrip()) + " "
        verb = _SUBJECT_VERB.search(" " + before)
    if verb is None:
        return ""
    words = before[: max(verb.start() - 1, 0)]
    words = words[-200:]
    starts = [m.end() for m in _SUBJECT_START.finditer(words)]
    words = words[starts[-1] :] if starts else words
    words = words.lstrip()
    leading = _LEADING.match(words)
    words = words[leading.end() :] if leading is not None else words
    phrase = _noun_phrase(words, from_end=False)
    tail = words[words.find(phrase) + len(phrase) :]
    of = _OF_AFTER.match(tail)
    if phrase and of is not None:  # "the volume of containers", "purchases of uranium"
        more = _noun_phrase(of["words"], from_end=False)
        if more and len(phrase.split()) + len(more.split()) <= MAX_WORDS + 1:
            phrase += " " + " ".join(tail[: of.start("words") + len(more)].split())
            tail = tail[of.start("words") + len(more) :]
    rest = tail.split(maxsplit=1)
    if rest and rest[0] in ("and", "or"):
        return ""  # one of a list: "rice and tea rose"
    if not phrase or phrase.istitle() or phrase.endswith(("'s", "’s")):
        return ""
    return phrase


def _phrase_of_amount(after: str) -> str:
    """Return what the words after an amount say it is: "in loans" ("$6 billion in loans"), a
    noun it qualifies ("€12 m regional programme"), or ""."""
    found = _IN_AFTER.match(after)
    if found is not None:
        phrase = _noun_phrase(found["words"], from_end=False)
        return phrase if phrase.rsplit(" ", 1)[-1].lower() in MONEY_NOUNS else ""
    if after[:1] != " " or not after[1:2].islower():
        return ""
    return _noun_phrase(after, from_end=False)


def _phrase_after_of(after: str) -> str:
    """Return the noun phrase after "of" at the start of ``after`` ("of bilateral trade"), or
    ""."""
    found = _OF_AFTER.match(after)
    return _noun_phrase(found["words"], from_end=False) if found else ""


def _noun_phrase(words: str, *, from_end: bool) -> str:
    """Return the words of a noun phrase at the end (or the start) of ``words``: up to
    ``MAX_WORDS`` words, none of them a word of function, a verb or a number."""
    found = [m.group() for m in _WORD.finditer(words)]
    if from_end:
        found.reverse()
    kept: list[str] = []
    for match in found:
        if not _nominal(match) or len(kept) == MAX_WORDS:
            break
        kept.append(match)
    if from_end:
        kept.reverse()
    # a phrase must end on its noun: drop words of function left at its end
    while kept and kept[-1].lower() in STATISTIC_ID_SKIP - LABEL_NOUNS:
        kept.pop()
    return " ".join(kept)


def _nominal(word: str) -> bool:
    """Whether ``word`` may be part of a noun phrase."""
    lower = word.lower()
    if (lower in STATISTIC_ID_SKIP and lower not in LABEL_NOUNS) or lower in LABEL_STOPS:
        return False
    # a verb ("signed", "undertaking"), unless hyphenated ("EU-funded")
    return "-" in word or not lower.endswith(("ed", "ing"))


def stem(figure: Figure, flow: str | None, before: str) -> str:
    """Return what a figure's id is made from, saying what it is: "trade-turnover",
    "exports-change", "loan-amount", "companies"; never a bare "change" or "amount"."""
    if figure.kind == "count" and figure.unit:
        return figure.unit
    if flow is not None:
        named = LABELS[flow]
        return f"{named}-change" if figure.kind == "change" else named
    noun = _noun_before(before)
    if figure.kind == "change":
        return f"{noun or 'percent'}-change"
    return f"{noun or figure.currency or 'money'}-amount"


# A word of a clause before its figure that may say what the figure is: "a loan of", "GDP grew".
_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w'’-]{1,30}(?![\w-])  # a word, not a number", re.VERBOSE)


def _noun_before(before: str) -> str | None:
    """Return the last word of ``before`` (a figure's clause up to it) that is neither a word of
    function nor a verb of change or statement ("a loan of" -> "loan"), in lower case, or
    None."""
    nouns = [
        word
        for word in (
            m.group().removesuffix("'s").removesuffix("’s") for m in _WORD.finditer(before[-80:])
        )
        if word.lower() not in STATISTIC_ID_SKIP
        and not word.endswith(("ed", "ing"))
        and (word.isupper() or word[:1].islower())  # "GDP", "loan"; not a place: "Moldova"
    ]
    return nouns[-1].lower() if nouns else None
