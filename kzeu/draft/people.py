"""People of a report, named the ways reports name them: a title before the name
(``Foreign Minister Vadim Belousov``, ``Minister of Foreign Affairs of Türkiye Hakan Öztürk``,
``the Prime Minister of Estonia, Mart Kask``, ``Deputy Prime Minister – Minister of Trade …``),
a name with a title after it (``Aibek Osmonov, the Chairman of …``, ``Li Wenhua, China's vice
finance minister``), one plural title for two people (``Foreign Ministers of Chile and Peru Ana
Soto and Luis Paredes``) and ``his counterpart …``.

The text is cut into words once; a title is read from where it starts, a bounded number of
words, so the work is linear in the length of the report. A later mention of a known surname is
the same person. The affiliation proposed is the country the title names; it is always listed
under ``draft``, as is the role.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from kzeu.draft.places import AFFILIATIONS, COUNTRIES, NOT_NAMES
from kzeu.draft.report import LONGEST, TO_FILL, Report, Span, words

_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*['’]?|[^\w\s]")
HEADS = words(
    "president vice-president minister ministers ambassador ambassadors secretary "
    "secretary-general secretaries chairman chairwoman chairperson chair speaker governor "
    "mayor commissioner commissioners representative representatives director "
    "director-general head chief envoy premier chancellor king queen emir prince spokesperson "
    "spokesman spokeswoman counterpart counterparts senator consul adviser advisor akim hokim "
    "rector ceo vice-premier"
)
MODIFIERS = words(
    "deputy vice first acting foreign prime special permanent executive general senior "
    "assistant state trade finance economy economic energy defence defense interior justice "
    "agriculture transport industry health education culture high under plenipotentiary "
    "extraordinary crown presidential chief vice-prime"
)
PARTICLES = words("von van der de den del al el bin ibn da di du la le ter ten dos das")
_POSSESSIVE = re.compile(r"['’]s?\Z")
_SAID = words("said says told noted stressed added stated emphasized emphasised announced")
LOOKAHEAD = 40  # words a title may span, at most


class Token(NamedTuple):
    text: str
    start: int
    end: int


class Words(list[Token]):
    """The words of a report, with the text they were cut from."""

    def __init__(self, source: str, tokens: list[Token]) -> None:
        super().__init__(tokens)
        self.source = source


class Found(NamedTuple):
    """A person as first named: name, titles, the span that states both, and a country."""

    name: str
    titles: list[str]
    span: Span
    affiliation: str | None
    sure_title: bool


def people(report: Report, body: int) -> list[dict[str, Any]]:
    """Return every person the report names from offset ``body`` on."""
    tokens = Words(
        report.text,
        [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(report.text, body)],
    )
    found: list[Found] = []
    at = 0
    while at < len(tokens):
        people_here, after = _titled(tokens, at) or _appositive(tokens, at) or ([], at + 1)
        found.extend(people_here)
        at = max(after, at + 1)
    return _unique(report, found)


def _lower(token: Token) -> str:
    return token.text.lower().rstrip(".")


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _is_title_word(token: Token) -> bool:
    word = _lower(token)
    return word in HEADS or word in MODIFIERS


def _name_word(token: Token) -> bool:
    word = _bare(token.text)
    return (
        word[:1].isupper()
        and word not in NOT_NAMES
        and word.lower() not in HEADS
        and word.lower() not in MODIFIERS
        and any(c.islower() for c in word)
    )


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") or word[-1:] in "'’" else word


def _title_at(tokens: Words, at: int) -> tuple[int, bool] | None:
    """Return where a run of title words starting at ``at`` ends (exclusive), and whether it
    holds a head word ("Minister"), or None."""
    end, head, plural = at, False, False
    limit = min(len(tokens), at + 8)
    while end < limit and _is_title_word(tokens[end]):
        head = head or _lower(tokens[end]) in HEADS
        plural = plural or (_lower(tokens[end]).endswith("s") and _lower(tokens[end]) in HEADS)
        end += 1
    return (end, plural) if head else None


def _titled(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Title [of Complement] Name" from ``at``: the people named and where reading ends."""
    first = _title_at(tokens, at)
    if first is None or (at > 0 and _is_title_word(tokens[at - 1])):
        return None
    end, plural = first
    limit = min(len(tokens), at + LOOKAHEAD)
    segments: list[tuple[int, int]] = []  # title segments as token ranges
    segment_start = at
    run: list[int] = []  # the capitalised words after the last connector: complement or name
    while end < limit:
        word = _lower(tokens[end])
        if word in ("of", "for") and end + 1 < limit:
            end += 1
            if _lower(tokens[end]) == "the":
                end += 1
            run, end = _complement(tokens, end, limit)
            while end + 1 < limit and _lower(tokens[end]) in ("and", "&", "of"):
                following = end + 1
                if not _capitalised(tokens[following]) or _title_at(tokens, following):
                    break
                if _lower(tokens[end]) == "of":
                    break  # "Republic of Kazakhstan": the complement goes on, read above
                run, end = _complement(tokens, following, limit)
            if not run:
                return None
            continue
        if word in ("and", "–", "—", "-", ",") and end + 1 < limit:
            more = _title_at(tokens, end + 1)
            if more is not None:
                segments.append((segment_start, end))
                segment_start = end + 1
                end, plural = more[0], plural or more[1]
                run = []
                continue
        break
    return _named(tokens, at, end, run, segments=[*segments, (segment_start, end)], plural=plural)


def _complement(tokens: Words, start: int, limit: int) -> tuple[list[int], int]:
    """Return the capitalised words from ``start`` (up to a head word) and where they end."""
    run: list[int] = []
    end = start
    while end < limit and _capitalised(tokens[end]) and _lower(tokens[end]) not in HEADS:
        run.append(end)
        end += 1
    return run, end


def _named(
    tokens: Words,
    at: int,
    end: int,
    run: list[int],
    *,
    segments: list[tuple[int, int]],
    plural: bool,
) -> tuple[list[Found], int] | None:
    """Split the words after the titles into complement and name(s) and build the people."""
    name: list[int] = []
    if run:
        # The complement's words then the name: the name is the trailing two or three words,
        # after a country if the complement names one.
        countries = [i for i, k in enumerate(run) if _bare(tokens[k].text) in COUNTRIES]
        if plural:
            return _two_people(tokens, at, segments[-1][0], run, segments[:-1])
        if countries and countries[0] < len(run) - 1:
            name = run[countries[0] + 1 : countries[0] + 4]
        elif len(run) >= 3:
            name = run[-2:]
        title_end = name[0] if name else end
    else:
        title_end = end
    if not name:
        # "Minister Jan Novak" or "the Prime Minister of Estonia, Mart Kask"
        start = end + 1 if end < len(tokens) and tokens[end].text == "," and run else end
        name = _name_run(tokens, start)
        if not name:
            return None
    if not all(_name_word(tokens[k]) or _lower(tokens[k]) in PARTICLES for k in name):
        return None
    if not _name_word(tokens[name[-1]]):
        return None
    segments = [*segments[:-1], (segments[-1][0], title_end)]
    titles = [_cut_title(tokens, s, e) for s, e in segments]
    titles = [t for t in titles if t]
    if not titles:
        return None
    start = tokens[at].start
    stop = tokens[name[-1]].start + len(_bare(tokens[name[-1]].text))
    full = " ".join(_bare(tokens[k].text) for k in name)
    before = tokens[at - 1].text if at > 0 else ""
    affiliation = _affiliation(tokens, at, title_end, before)
    if affiliation is not None and _bare(before) in AFFILIATIONS:
        start = tokens[at - 1].start
    sure = all(t.lower() not in ("counterpart", "counterparts") for t in titles)
    return [Found(full, titles, Span(start, stop), affiliation, sure)], name[-1] + 1


def _name_run(tokens: Words, start: int) -> list[int]:
    """Return the two or three name words at ``start`` (particles allowed inside), or []."""
    name: list[int] = []
    k = start
    while k < len(tokens) and len(name) < 4:
        if _name_word(tokens[k]) or (name and _lower(tokens[k]) in PARTICLES):
            name.append(k)
            k += 1
            if _bare(tokens[k - 1].text) != tokens[k - 1].text:
                break  # "Kowalski's": the possessive ends the name
        else:
            break
    while name and not _name_word(tokens[name[-1]]):
        name.pop()
    return name if 1 <= len(name) <= 3 else []


def _two_people(
    tokens: Words,
    at: int,
    segment_start: int,
    run: list[int],
    segments: list[tuple[int, int]],
) -> tuple[list[Found], int] | None:
    """Read "Foreign Ministers of Chile and Peru Ana Soto and Luis Paredes": two people."""
    last = run[-1] + 1
    if last + 2 >= len(tokens) or _lower(tokens[last]) != "and":
        return None
    second = _name_run(tokens, last + 1)
    if len(second) < 2 or len(run) < 2:
        return None
    first = run[-2:]
    title = _cut_title(tokens, segment_start, first[0])
    if not title or not all(_name_word(tokens[k]) for k in first):
        return None
    span = Span(tokens[at].start, tokens[second[-1]].end)
    found = [
        Found(" ".join(tokens[k].text for k in names), [title], span, None, True)
        for names in (first, second)
    ]
    return found, second[-1] + 1


def _cut_title(tokens: Words, start: int, end: int) -> str:
    while end > start and tokens[end - 1].text in (",", "–", "—", "-", "and", "the"):
        end -= 1
    if end <= start:
        return ""
    return _text_of(tokens, start, end)


def _text_of(tokens: Words, start: int, end: int) -> str:
    """Return the words ``tokens[start:end]`` as the text spells them, spaces included."""
    return tokens.source[tokens[start].start : tokens[end - 1].end]


def _affiliation(tokens: Words, at: int, end: int, before: str) -> str | None:
    """Return the country the title names: "Kazakh", "Britain's" before it, "of Kazakhstan" in
    it."""
    bare = _bare(before)
    if bare in AFFILIATIONS:
        return AFFILIATIONS[bare]
    for k in range(at, min(end, len(tokens))):
        word = _bare(tokens[k].text)
        if word in COUNTRIES or (word in AFFILIATIONS and word[:1].isupper() and k > at):
            return AFFILIATIONS.get(word, word)
    return None


def _appositive(tokens: Words, at: int) -> tuple[list[Found], int] | None:
    """Read "Name, the Title of …", "Name, Country's title …" or "Name, Title …"."""
    if at > 0 and (_name_word(tokens[at - 1]) or _lower(tokens[at - 1]) in PARTICLES):
        return None
    name = _name_run(tokens, at)
    if len(name) < 2:
        return None
    comma = name[-1] + 1
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    k = comma + 1
    affiliation: str | None = None
    if k < len(tokens) and _lower(tokens[k]) in ("the", "his", "her", "its", "a"):
        k += 1
    if k < len(tokens) and _bare(tokens[k].text) in AFFILIATIONS:
        affiliation = AFFILIATIONS[_bare(tokens[k].text)]
        k += 1
    title = _title_at(tokens, k)
    if title is None:
        return None
    end = title[0]
    # a complement in any case: "minister for trade policy", "Chairman of the Board"
    limit = min(len(tokens), end + 8)
    while end + 1 < limit and _lower(tokens[end]) in ("of", "for", "on"):
        stop = end + 1
        if _lower(tokens[stop]) == "the":
            stop += 1
        words = stop
        while (
            words < limit
            and tokens[words].text.isalpha()
            and _lower(tokens[words])
            not in (
                "said",
                "and",
                "who",
                "which",
                "that",
            )
        ):
            words += 1
        if words == stop:
            break
        end = words
    title_text = _text_of(tokens, k, end)
    full = " ".join(_bare(tokens[i].text) for i in name)
    span = Span(tokens[at].start, tokens[end - 1].end)
    for i in range(k, end):
        word = _bare(tokens[i].text)
        if affiliation is None and word in COUNTRIES:
            affiliation = AFFILIATIONS.get(word, word)
    return [Found(full, [title_text], span, affiliation, True)], end


def _unique(report: Report, found: list[Found]) -> list[dict[str, Any]]:
    """Return one person per name: a surname already known is the same person."""
    drafted: list[dict[str, Any]] = []
    names: set[str] = set()
    surnames: set[str] = set()
    for person in found:
        words = person.name.split()
        if person.name in names or (len(words) == 1 and words[0] in surnames):
            continue
        if len(person.name) > LONGEST or any(len(t) > LONGEST for t in person.titles):
            continue
        names.add(person.name)
        surnames.add(words[-1])
        index = len(drafted)
        drafted.append(
            {
                "id": report.new_id(person.name),
                "name": person.name,
                "titles": person.titles,
                "affiliation": person.affiliation or TO_FILL,
                "role": TO_FILL,
                "quote": report.cut(person.span),
            }
        )
        report.flag(f"people[{index}].affiliation")
        report.flag(f"people[{index}].role")
        if not person.sure_title:
            report.flag(f"people[{index}].titles")
    return drafted
