"""The agenda items of a topic verb's object: its list parted into items, each labelled with the
words the list shares (a frame before it, "the development of cooperation in"; the noun after a
list of adjectives, "trade, economic and cultural cooperation")."""

from __future__ import annotations

import re
from typing import NamedTuple

from kzeu.draft.lexicon.topics import (
    ADJECTIVE_ENDINGS,
    TOPIC_FRAME_ENDS,
    TOPIC_FRAMES,
    TOPIC_NOT_FIRST,
    TOPIC_ON_NOT,
    TOPIC_SHARED_HEADS,
    TOPIC_VAGUE,
)
from kzeu.draft.report import Span

# Where a list parts its items: commas, "and", "as well as" (one with the next item's
# preposition: "and on the implementation of ...").
_SEPARATOR = re.compile(
    r"""
      ,?\s(?:as\ well\ as|and|or)\s(?:on\s|to\s|of\s)?   # " and ", ", as well as on "
    | ,\s(?:on\s|to\s)?                                  # ", ", ", on "
    | \s(?P<title>And)\s                                 # a headline's "Gas And Fertiliser"
    """,
    re.VERBOSE,
)


_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\w.,]*  # a word or a number", re.VERBOSE)

_OWNER = re.compile(r"[^\W\d_][\w-]*['’]s\s  # a possessive: 'Russia's'", re.VERBOSE)
# Two adjectives joined by "and" that name one field: "small and medium-sized businesses".
_ONE_FIELD = re.compile(r"\b[Ss]mall\ and\ medium\b  # 'small and medium(-sized)'", re.VERBOSE)

_ARTICLE = re.compile(r"(?:the|a|an)\s  # an article, left out of a label", re.VERBOSE)
# A name of two capitalised words or more with its fields after "on" or "for": one item, its
# fields part of the name ("the Team Europe Initiative on water, energy and climate change").
_NAMED_ON = re.compile(
    r"(?:the\s)?(?:[A-Z][\w'’-]*\s){2,}(?:on|for)\s(?=[a-z])  # 'Team Europe Initiative on'",
    re.VERBOSE,
)
# Words before what a side proposes or offers that are not part of it: who is to act ("suggested
# the two sides increase ...") and to whom it is offered ("offered the Tashkent side the ...").
_LEAD = re.compile(
    r"""(?:that\s)?(?:the\s|both\s)?(?:two\s)?(?:sides|parties)\s(?:should\s|would\s|could\s)?
    (?=[a-z])                                           # "the two sides increase ..."
    | (?:the|his|her|their|its)\s(?:[A-Z][\w'’-]*\s)?(?:side|guests|partners|colleagues?
    |counterparts?)\s(?=(?:the|a|an)\s)                  # "the Tashkent side the experience"
    """,
    re.VERBOSE,
)
# The prepositions that open what the last item of a list says of every item: "the supply of
# building materials and agricultural machinery to the Osh region".
_COMPLEMENT = frozenset(("to", "via", "into", "through", "across", "from", "in", "at", "within"))
# The prepositions of a long item, within which a last word after "and" is one of its own:
# "the exchange of information on the movement of goods and people".
_NESTING = frozenset(("of", "on", "in", "for", "to"))
# The prepositions that open an item of their own, not the frame's: "and in the potential of".
_OWN_PREPOSITIONS = frozenset(("in", "on", "to", "of", "for", "about", "with"))


class Item(NamedTuple):
    """One agenda item of a verb's object: its label, where its words end, and whether its label
    shares words the report writes once for several items (a guess)."""

    label: str
    end: int
    shared: bool


def items_of(text: str, found: Span) -> list[Item]:
    """Return the agenda items of the object ``found``: one per item of its list, each with
    the frame before the list and the noun after a list of adjectives."""
    lead = _LEAD.match(text, found.start, found.end)
    if lead is not None:
        found = Span(lead.end(), found.end)
    start = found.start
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, found.start, found.end)]
    if words and (words[0][2].lower() in TOPIC_NOT_FIRST or words[0][2].lower() in TOPIC_ON_NOT):
        return []  # "proposed convening the working group on trade and investment": an event
    if _NAMED_ON.match(text, found.start, found.end):
        return _labelled(text, [(found.start, found.end)], "")  # "Team Europe Initiative on A, B"
    frame = _frame(words)
    if frame is not None:
        start = words[frame][1]
    parts = _parts(text, Span(start, found.end))
    if frame is None or len(parts) == 1:
        frame_words = ""
        if len(parts) == 1:
            parts = [(found.start, parts[0][1])] if parts else []
    else:
        frame_words = label_of(text[found.start : start])
    return _labelled(text, parts, frame_words)


def _frame(words: list[tuple[int, int, str]]) -> int | None:
    """Return the index of the last word of the frame that opens an object ("the development
    of cooperation in", "expanding"), words of ``TOPIC_FRAMES`` ending on a preposition or a
    verb in -ing, or None."""
    last = None
    for index, (_, _, word) in enumerate(words[:12]):
        lower = word.lower()
        if (lower in TOPIC_FRAME_ENDS and index > 0) or (
            lower.endswith("ing") and lower in TOPIC_FRAMES
        ):
            last = index  # "the development of", "expanding"
        elif lower not in TOPIC_FRAMES:
            break
    return last


def _parts(text: str, span: Span) -> list[tuple[int, int]]:
    """Return the spans of the items of the list in ``span``: parted at commas, "and" and "as
    well as", except an "and" inside a name ("Trade and Integration") or after "between"; a
    headline in title case at "And" too."""
    parts: list[tuple[int, int]] = []
    start, end = span
    title = _title_case(text[span.start : span.end])
    joined = False  # whether an "and" has joined two items: a ", a ..." after it is no item
    bare = False  # whether the last item follows an "and" with no comma before it
    for separator in _SEPARATOR.finditer(text, span.start, span.end):
        if (separator["title"] and not title) or _joins_a_name(text, start, separator):
            continue
        if joined and separator.group() == ", " and _APPOSITION.match(text, separator.end()):
            end = separator.start()  # "wheat and flour via Termez, a route both countries ..."
            break
        joined = joined or separator.group() != ", "
        bare = separator.group().startswith(" ")
        if separator.start() > start:
            parts.append((start, separator.start()))
        start = separator.end()
    if end > start:
        parts.append((start, end))
    if len(parts) > 1 and bare and _nested(text, parts[-2], parts[-1]):
        parts[-2:] = [(parts[-2][0], parts[-1][1])]  # "the movement of goods and people"
    return parts


_APPOSITION = re.compile(r"(?:a|an)\s  # ', a route ...': what the item before is", re.VERBOSE)


def _nested(text: str, before: tuple[int, int], last: tuple[int, int]) -> bool:
    """Whether the last item ``last`` is one word in lower case that goes with the end of the
    long item before it ("the exchange of information on the movement of goods and people")."""
    word = text[last[0] : last[1]].strip()
    if not word.isalpha() or not word.islower():
        return False
    return sum(w in _NESTING for w in text[before[0] : before[1]].split()) >= 2


def _title_case(words: str) -> bool:
    """Whether ``words`` are a headline's in title case ("Gas And Fertiliser Supplies"): every
    word of four letters or more capitalised, and more than one of them."""
    long = [word for word in words.split() if len(word) > 3 and word[:1].isalpha()]
    return len(long) > 1 and all(word[:1].isupper() for word in long)


def _joins_a_name(text: str, start: int, separator: re.Match[str]) -> bool:
    """Whether the "and" of ``separator`` joins two words of one name ("Trade and Integration",
    "Chile and Peru") or two sides ("between A and B")."""
    before = text[start : separator.start()].split()
    after = text[separator.end() : separator.end() + 1]
    if _ONE_FIELD.search(text, max(start, separator.start() - 8), separator.end() + 8):
        return True  # "small and medium-sized businesses": one field
    owner = _OWNER.match(text, separator.end()) is not None  # "... and Russia's war": two items
    if "and" in separator.group() and before and before[-1][:1].isupper() and after.isupper():
        return not owner or "between" in before  # "between the Belt and Road and X's"
    if "between" not in before:
        return False
    after_between = before[len(before) - before[::-1].index("between") :]
    return "and" not in after_between  # "between A, B and C": to the first "and" after it


def _labelled(text: str, parts: list[tuple[int, int]], frame: str) -> list[Item]:
    """Return the items of ``parts`` labelled: the frame before each that opens with no article
    (or with the frame's own preposition: "preparations for the summit and for the council"),
    the last item's noun after each item before it that shares it (``_shared_noun``), the first
    item's frame before the short items after it and the last item's complement after each
    (``_first_frame``)."""
    cut = [text[start:end] for start, end in parts]
    noun = _shared_noun(cut)
    inner, complement = _first_frame(cut) if noun is None else ("", "")
    items = []
    for index, ((_, end), words) in enumerate(zip(parts, cut, strict=True)):
        label = label_of(words)
        shared = False
        if noun is not None and index < len(parts) - 1:
            label, shared = f"{label} {noun}", True
        if complement and index < len(parts) - 1:
            label, shared = f"{label} {complement}", True
        if inner and index > 0:
            label, shared = f"{inner} {label}", True
        if frame:
            label, shared = _framed(frame, words, label, shared)
        if _worth_listing(label):
            items.append(
                Item(label, parts[-1][1] if shared and (noun or complement) else end, shared)
            )
    return items


def _framed(frame: str, words: str, label: str, shared: bool) -> tuple[str, bool]:
    """Return ``label`` with the list's ``frame`` before it: not before an item with an article
    of its own, and once before one that repeats the frame's preposition ("and for the
    council" -> "preparations for the council")."""
    head, _, preposition = frame.rpartition(" ")
    first = words.split(" ", 1)[0] if words.strip() else ""
    if head and first.lower() == preposition.lower():
        return f"{head} {' '.join(words.split())}", True
    if _ARTICLE.match(words.lstrip()) or first.lower() in _OWN_PREPOSITIONS:
        return label, shared  # "in the development of A and in the potential of B": B alone
    return f"{frame} {label}", True


def _first_frame(items: list[str]) -> tuple[str, str]:
    """Return the frame the first of ``items`` gives the short fields after it ("joint projects
    in energy, transport and agriculture" -> "joint projects in"), and the complement the last
    gives every item before it ("the supply of building materials and agricultural machinery to
    the Osh region" -> "to the Osh region"), or empty strings."""
    later = items[1:]
    core, complement = _complement(items[-1]) if later else ("", "")
    later = [*later[:-1], core or items[-1]] if later else later
    if not later or any(len(i.split()) > 2 or _ARTICLE.match(i.lstrip()) for i in later):
        return "", ""
    first = items[0].split()
    ends = [i for i, word in enumerate(first[:6]) if word.lower() in ("in", "of", "for")]
    if not ends or ends[-1] == 0 or len(first) - ends[-1] > 3:
        return "", ""
    return label_of(" ".join(first[: ends[-1] + 1])), complement


def _complement(last: str) -> tuple[str, str]:
    """Return the words of the last item of a list before its complement and the complement
    ("rice to the Uzbek market" -> "rice", "to the Uzbek market"), or two empty strings when
    it has none: one or two words in lower case, then a preposition of ``_COMPLEMENT``."""
    words = last.split()
    for index, word in enumerate(words[:3]):
        if word in _COMPLEMENT and index > 0:
            # "energy and agriculture projects in Uzbekistan": each item's "projects in ..."
            cut = 1 if index == 2 and words[1] in TOPIC_SHARED_HEADS else index
            return " ".join(words[:cut]), " ".join(words[cut:])
        if not word.isalpha() or not word.islower():
            break
    return "", ""


def _shared_noun(items: list[str]) -> str | None:
    """Return the noun the last of ``items`` shares with the short items before it, when one of
    those is an adjective ("trade, economic and cultural cooperation" -> "cooperation") or the
    noun is one lists share ("hydropower and irrigation projects", "trade and economic
    cooperation")."""
    if len(items) < 2:
        return None
    last = items[-1].split()
    if len(last) < 2 or any(len(item.split()) not in (1, 2) for item in items[:-1]):
        return None
    if last[1].lower() in TOPIC_SHARED_HEADS:
        return " ".join(last[1:])  # "water supply, energy efficiency and road projects"
    if any(
        len(item.split()) == 2 and item.split()[0].lower() not in TOPIC_FRAMES | _NEW
        for item in items[:-1]
    ):
        return None  # "green energy and climate change": two things, not one kind of each
    heads = [item.split()[-1].lower() for item in items[:-1]]
    if not any(word.endswith(ADJECTIVE_ENDINGS) for word in heads):
        return None  # "water and vocational training": not "water training"
    return " ".join(last[1:])


_NEW = frozenset(("new", "joint", "major", "large"))


def label_of(words: str) -> str:
    """Return an item's words as a label: one line, without a leading article or "to"."""
    label = " ".join(words.replace('"', "").replace("“", "").replace("”", "").split())
    if label[:1].isdigit() and " " in label:  # "38 cooperation projects": what, not how many
        label = label.split(" ", 1)[1]
    first = label.split(" ", 1)[0]
    if first.lower() in TOPIC_FRAMES or first.lower() in TOPIC_VAGUE:
        label = first.lower() + label[len(first) :]  # "Issues of ..." opening a sentence
    for lead in ("to ", "on ", "of ", "in ", "for ", "the ", "a ", "an "):
        label = label.removeprefix(lead)  # "for the protection of ...": the article too
    return label.rstrip(" ,.")


def _worth_listing(label: str) -> bool:
    """Whether ``label`` names a topic: not only vague words ("issues of mutual interest"), an
    event or a date."""
    words = label.lower().split()
    if not words or words[0] in TOPIC_NOT_FIRST or not words[0][:1].isalpha():
        return False
    return any(
        word.strip(",.") not in TOPIC_VAGUE and word.strip(",.") not in TOPIC_ON_NOT
        for word in words
    )


_LABEL_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*  # a word of a label", re.VERBOSE)


def label_words(label: str) -> list[str]:
    """Return the words of ``label``, case-folded."""
    return _LABEL_WORD.findall(label.casefold())


def restates(label: str, headings: list[list[str]]) -> bool:
    """Whether ``label`` tells again an item a headline stated (``headings``, each in words):
    it ends with that item's words ("cooperation on water" after "discuss water"), or holds
    them when they are more than one ("the joint management of border markets in the region"
    after "discuss border markets")."""
    words = label_words(label)
    for head in headings:
        size = len(head)
        if not size or size > len(words) or words == head:
            continue
        if words[-size:] == head:
            return True
        if size > 1 and any(words[i : i + size] == head for i in range(len(words) - size + 1)):
            return True
    return False
