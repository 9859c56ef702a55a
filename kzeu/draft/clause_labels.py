"""The label of a figure that the words right around it do not name (``labels``), read from its
sentence as a journalist would: the subject of its clause ("Shipments of timber fell 8% to 95
thousand tonnes" -> "Shipments of timber (tonnes)"), the noun a clause refers back to ("trade
between the two kingdoms, which reached ..." -> "Trade between the two kingdoms"), the verb
that says what the figure is ("The rail link is expected to cost $1.3 billion" -> "Cost of the
rail link"), what money is for ("will allocate $12 million for flood defences" -> "Funding for
flood defences") and what a per cent is a stake in ("a 30% stake in a cement plant" -> "Stake
in a cement plant"). Every label proposed here is a guess and is listed, with why."""

from __future__ import annotations

import re
from functools import lru_cache

from kzeu.draft.drafted import DraftStatistic
from kzeu.draft.lexicon import words
from kzeu.draft.lexicon.money import (
    CLAUSE_VERBS,
    LABEL_STOPS,
    MEASURE_UNITS,
    MONEY_NOUNS,
    PERCENT_NOUNS,
    QUALIFIERS,
    SUBJECT_VERBS,
    VERB_NOUNS,
)

# Words that join the words of one noun phrase: "trade between the two kingdoms and Vesk".
_JOINS = words("of between with in to from and for on the a an its their his her our")
_PREPOSITIONS = words("of between with in to from for on")
_DETERMINERS = words("the a an its their his her our this these those")
# Words that are never part of a figure's noun phrase: verbs, pronouns, words of report.
_STOPS = (
    CLAUSE_VERBS
    | SUBJECT_VERBS
    | LABEL_STOPS
    | frozenset(VERB_NOUNS)
    | words(
        "that which who whose said says noted added stated told while whereas although as than "
        "also only just it they he she we there here not no nor per cent percent year years "
        "more less up down about around some nearly almost over under above below ready able "
        "this these those since until till by during after before within including last next "
        "annually each every "
        "stood"
    )
    | frozenset(q for q in QUALIFIERS if " " not in q)
) - words("total")  # "the region's total trade": a modifier inside a noun phrase
# Words of change that head a phrase about an amount: "the growth of trade" is the trade.
_CHANGE_HEADS = re.compile(r"(?:growth|increase|rise|decline|fall|drop)\s(?:of|in)\s", re.I)
# Where a clause opens, with its own subject, within a sentence.
_OPENS = re.compile(
    r"""(?i)\b(?:that|while|whereas|although|though|but|said|says|noted|added|where|when
    |because|if|after|before|as)\s+|[;:(“\"]\s*|,\s+and\s+""",
    re.VERBOSE,
)
_WHICH = re.compile(r",?\s*\bwhich\s*\Z")
_WORD = re.compile(r"[^\s,;:()\"“”—]+")
# What a clause raises to the figure: "to increase salt shipments to Norland to".
_RAISED = re.compile(
    r"""\b(?:raise|raising|increase|increasing|bring|bringing|boost|boosting|expand|expanding
    |lift|lifting)\s+(?P<words>[^,;:()]{3,80}?)\s+to\s+
    (?:(?:about|around|some|nearly|almost|over|more\ than|up\ to)\s+)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# What a measure is of: "312,000 tonnes of refined copper".
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<words>[^,.;:()\"“”]{1,80})")
_FOR_AFTER = re.compile(r"\s+for\s+(?P<words>[^,.;:()\"“”]{1,80})")
MAX_WORDS = 9  # of a noun phrase read from a sentence
LABEL_REACH = 600  # characters of a sentence read either side of its figure


def sentence_label(stat: DraftStatistic, head: str, tail: str, text: str) -> tuple[str, str]:
    """Return a label for ``stat`` read from its sentence (``head`` up to the figure, ``tail``
    after it, in the report ``text``) and why it is a guess, or two empty strings. A change of
    a flow is named after it (``statistics``), a comparison after the figure it is compared
    with."""
    if stat.comparison or (stat.kind == "change" and stat.flow is not None):
        return "", ""
    label, why = _label(stat, head, tail)
    return _lowered_within(label[:1].upper() + label[1:], text), why


def _lowered_within(label: str, text: str) -> str:
    """Return ``label`` with the first word of each phrase it joins in lower case where the
    report writes that word so ("Change in Bilateral trade" -> "Change in bilateral trade")."""

    written = _words_written(text)

    def lower(match: re.Match[str]) -> str:
        word = match.group(2)
        if word[1:2].isupper() or word.lower() not in written:
            return match.group()
        return match.group(1) + word.lower()

    return re.sub(r"(\b(?:in|of|for|the)\s)([A-Z][\w'’-]*)", lower, label)


@lru_cache(maxsize=4)
def _words_written(text: str) -> frozenset[str]:
    """Return the words of ``text`` as written, each with its joined parts ("trade-related")
    and each part alone ("trade", "related"): read once a report, not once a label."""
    joined = frozenset(_JOINED.findall(text))
    # a word of one part is itself already: only the joined ones are split (a tenth of them)
    return joined.union(*(_JOINERS.split(word) for word in joined if _JOINERS.search(word)))


_JOINED = re.compile(r"\w+(?:[-'’]\w+)*")
_JOINERS = re.compile(r"[-'’]")


def _label(stat: DraftStatistic, head: str, tail: str) -> tuple[str, str]:
    """Return the label of ``sentence_label`` before its words are set in lower case."""
    subject, verb, states = _subject_and_verb(head)
    noun = VERB_NOUNS.get(verb, "")
    if stat.unit == "percent" or noun:
        pass  # what the per cent is of, or the verb, says what it is
    elif not states:
        subject = ""  # the subject does something else: "contractors have undertaken"
    if stat.kind == "change":
        what = _of(noun, subject) or subject
        return (f"Change in {what}", _WHY_SUBJECT) if what else ("", "")
    if stat.unit == "percent":
        return _percent(head, tail, subject)
    raised = _RAISED.search(head)
    what = _tidy(_phrase_before(raised["words"])) if raised is not None else ""
    if stat.kind == "count" and stat.unit and MEASURE_UNITS & set(stat.unit.lower().split()):
        of = _OF_AFTER.match(tail)
        thing = _phrase_after(of["words"]) if of else ""
        why = "read from what the measure is of" if thing else _WHY_SUBJECT
        thing = thing or what or _of(noun, subject) or subject or noun.removesuffix(" by")
        return (f"{thing} ({stat.unit})", why) if thing else ("", "")
    if what and stat.kind == "amount":  # "to raise the fund's capital to $90 million"
        return what, "read from what the figure raises"
    return _amount(noun, subject, tail) if stat.kind == "amount" else ("", "")


def _amount(noun: str, subject: str, tail: str) -> tuple[str, str]:
    """Return the label of an amount: what the money is for, the verb that gives it, or the
    subject that states it."""
    purpose = _FOR_AFTER.match(tail)
    aim = _phrase_after(purpose["words"]) if purpose else ""
    if aim:
        base = noun.removesuffix(" by") or "Funding"
        return f"{base} for {aim}", "read from what the money is for"
    if noun:
        return _of(noun, subject) or noun.removesuffix(" by"), "read from the verb of its clause"
    return (subject, _WHY_SUBJECT) if subject else ("", "")


_WHY_SUBJECT = "read from the subject of its sentence"


def _percent(head: str, tail: str, subject: str) -> tuple[str, str]:
    """Return the label of a per cent that is no change: what it is a stake or share in ("a
    30% stake in a cement plant"), or the subject of its clause."""
    found = _WORD.match(tail.lstrip())
    if found is not None and found.group().lower() in PERCENT_NOUNS:
        rest = tail.lstrip()[found.end() :]
        place = re.match(r"\s+(?:in|of)\s+(?P<words>[^,.;:()\"“”]{1,80})", rest)
        what = _phrase_after(place["words"]) if place else ""
        joined = rest[: place.start("words")].strip() if place else ""
        label = f"{found.group()} {joined} {what}" if what else found.group()
        return label[:1].upper() + label[1:], "read from what the per cent is a part of"
    share = re.search(r"(?P<words>[\w'’ -]{1,60})\b(?:share|stake)\s+of\s+\Z", head)
    if share is not None:  # "Vesk's share of 34 percent"
        whose = _phrase_before(share.group().removesuffix(" ").rsplit(" of", 1)[0])
        if whose:
            return whose, "read from what the per cent is a part of"
    return (subject, _WHY_SUBJECT) if subject else ("", "")


def _of(noun: str, subject: str) -> str:
    """Return "Cost of the plant" from a noun and the subject it is of ("" if either is
    missing, or the subject is a name alone: "Output", not "Output of Vesk")."""
    if not noun or not subject or all(word[:1].isupper() for word in subject.split()):
        return ""
    joined = noun if noun.endswith(" by") else f"{noun} of"
    return f"{joined} the {subject}" if subject[:1].islower() else f"{joined} {subject}"


def _subject_and_verb(head: str) -> tuple[str, str, bool]:
    """Return the subject of the clause ``head`` ends in (up to its figure), the last word
    after it that makes a label of a verb ("cost"), lower case, and whether the subject's verb
    states the figure ("trade reached", not "contractors have undertaken projects worth"); a
    clause without a subject of its own ("and to produce") takes the one before it, and one
    that opens with "which" the noun it refers to."""
    starts = [0, *(m.end() for m in _OPENS.finditer(head))]
    last = [w.lower() for w in head[starts[-1] :].split() if w.lower() in _LABEL_VERBS]
    for at in reversed(starts[-3:]):
        words_before = _up_to_verb(head[at:])
        rest = head[at + len(words_before) :]
        which = _WHICH.search(words_before)
        if which is not None:  # "trade between the two kingdoms, which reached"
            words_before = words_before[: which.start()]
        subject = _tidy(_phrase_before(words_before))
        if subject or (which is None and words_before.strip()):  # its own subject, or none
            verbs = [w.lower() for w in rest.split() if w.lower() in _LABEL_VERBS]
            verb = verbs[-1] if verbs else ""  # the last: "carried across ... reached" states
            return subject, verb, _states(rest)
    return "", last[-1] if last else "", False  # "In 2023 alone it committed"


_AUXILIARIES = words(
    "is are was were has have had will would could can may might should shall be been being"
)
_STATING = (
    (
        CLAUSE_VERBS
        - _AUXILIARIES
        - words("needs need require requires required expected plans planned aims aimed intends")
    )
    | SUBJECT_VERBS
    | words("grown risen climbed")
)

_LABEL_VERBS = frozenset(VERB_NOUNS) | _STATING  # a verb that names a figure, or states it
_VERBS = CLAUSE_VERBS | SUBJECT_VERBS


def _states(rest: str) -> bool:
    """Whether ``rest`` (a clause from its subject's verb to its figure) states the figure of
    the subject: auxiliaries and adverbs, a verb that states a figure, and no other verb."""
    tokens = [t.lower().strip(".,") for t in rest.split()]
    while tokens and (
        tokens[0] in _AUXILIARIES
        or tokens[0].endswith("ly")
        or tokens[0] in ("so", "far", "also", "already")
    ):
        tokens.pop(0)
    if not tokens or tokens[0] not in _STATING:
        return False
    return not any(
        t in LABEL_STOPS or t in _STATING or t.endswith(("ed", "ing")) for t in tokens[1:]
    )


def _up_to_verb(clause: str) -> str:
    """Return ``clause`` up to its first verb (all of it if it has none)."""
    before = ""
    for found in _WORD.finditer(clause):
        word = found.group().lower()
        # "the region's total trade": a noun's modifier, not a verb
        modifier = before in _DETERMINERS or before.endswith(("'s", "’s"))
        if word in _VERBS and not modifier:
            return clause[: found.start()]
        before = word
    return ""


def _tidy(phrase: str) -> str:
    """Return a subject as a label: no article, no "growth of" before what grew, capitalised;
    "" for a name alone ("Norland") or a pronoun."""
    first = phrase.split(" ", 1)[0].lower() if phrase else ""
    while first in _DETERMINERS and " " in phrase:
        phrase = phrase.split(" ", 1)[1]
        first = phrase.split(" ", 1)[0].lower()
    phrase = _CHANGE_HEADS.sub("", phrase, count=1) if _CHANGE_HEADS.match(phrase) else phrase
    kept = phrase.split()
    if len(kept) > MAX_WORDS:  # to the second word that joins: "turnover with the member states"
        joins = [i for i, word in enumerate(kept) if word.lower() in _PREPOSITIONS]
        phrase = " ".join(kept[: joins[1]]) if len(joins) > 1 else " ".join(kept[:MAX_WORDS])
    if not phrase or (phrase.replace("’s", "").replace("'s", "").istitle() and " " not in phrase):
        return ""
    return phrase


def _phrase_before(text: str) -> str:
    """Return the noun phrase ``text`` ends with, its words joined by "of", "between", "and"
    ("the growth of trade between the two kingdoms"), up to twice ``MAX_WORDS`` words."""
    tail = re.split(r"[,;:()\"“”—]", text)[-1]
    found = tail.split()
    kept: list[str] = []
    for word in reversed(found):
        lower = word.lower()
        if lower[:1].isdigit() or lower[:1] in "$€£¥₸₽":
            return ""  # "... came to $870 million": the words of a figure, not a noun phrase
        if lower in _STOPS or not _nominal(word) or len(kept) == 2 * MAX_WORDS:
            break
        kept.append(word)
    kept.reverse()
    while kept and kept[0].lower() in _JOINS - _DETERMINERS:
        kept.pop(0)
    if not kept or kept[-1].lower() in _JOINS:
        return ""
    return " ".join(kept)


def _phrase_after(text: str) -> str:
    """Return the noun phrase ``text`` starts with ("flood defences in the delta and ..." ->
    "flood defences in the delta"), up to ``MAX_WORDS`` words."""
    kept: list[str] = []
    for word in text.split():
        lower = word.lower()
        verbal = not _nominal(word) and not lower.isalpha()  # a number, a sign
        if lower in _STOPS or lower == "to" or verbal or len(kept) == MAX_WORDS:
            break
        kept.append(word)
    # an "-ed" or "-ing" word only before a noun: "refined copper", not "copper shipped"
    while kept and (kept[-1].lower() in _JOINS or not _nominal(kept[-1])):
        kept.pop()
    return " ".join(kept)


def _nominal(word: str) -> bool:
    """Whether ``word`` may be part of a noun phrase: no number, no verb form unless hyphenated
    ("EU-funded") or a noun of money ("financing")."""
    lower = word.lower().strip(".")
    if not lower or lower[0].isdigit() or lower[0] in "$€£¥₸₽":
        return False
    if lower in MONEY_NOUNS or "-" in lower:
        return True
    return not lower.endswith(("ed", "ing")) or lower in _JOINS
