"""Names read with no title that the report shows elsewhere to be a firm's or a body's: two
capitalised words are a person's name as much as a bank's ("Aldric Sachs said", "Rodmar Kazyna
said"), but a report that names a firm tells its kind once, and that mention settles every other:
"sovereign wealth fund Rodmar Kazyna", "asset manager Baillie Novak" (a noun of a kind of body
just before the name), "received the guests at Ak Novara" (a place or a venue), "Baillie Novak,
which holds shares" (no person is "which"), "Rodmar Kazyna, the sovereign wealth fund," (an
appositive whose last noun is a kind of body), "met Aldric Sachs executives" (a group of people
or a title after the name, ``GROUP_NOUNS``), "Rodmar Kazyna's board" (what a firm owns).

One pass over the words: each word is looked up by its text among the last words of the names
asked about, and only a match reads the few words around it."""

from __future__ import annotations

from kzeu.draft.lexicon.bodies import BODY_KIND_NOUNS, BODY_KIND_PAIRS, BODY_PARTS
from kzeu.draft.lexicon.people import GROUP_NOUNS, TITLE_HEADS, TITLE_MODIFIERS
from kzeu.draft.words import Words, bare, plain

Name = tuple[str, ...]

_NAMESAKES = 8  # names of one last word looked for, at most

# words an appositive may hold before its last noun: "the Edinburgh-based asset manager"
_APPOSITIVE = 6
_ARTICLES = frozenset(("the", "a", "an"))
# what ends an appositive set apart after a name: "Rodmar Kazyna, the wealth fund, said"
_APPOSITIVE_ENDS = frozenset((",", ".", ";", ")", "which", "that"))
# what stops reading an appositive before its end: its head has a complement ("Jan Novak, the
# head of the fund,": the head is the person's title, not the fund)
_APPOSITIVE_STOPS = frozenset(("of", "at", "for", "in", "to", "with", "on", "and", "who"))
_AFTER_NAME = GROUP_NOUNS | TITLE_HEADS | TITLE_MODIFIERS


def named_as_bodies(tokens: Words, names: set[Name]) -> set[Name]:
    """Return those of ``names`` (each as its words) that the report writes somewhere as a firm's
    or a body's name."""
    by_last: dict[str, list[Name]] = {}
    for name in names:
        namesakes = by_last.setdefault(name[-1], [])
        if len(namesakes) < _NAMESAKES:  # bounded: a hostile list of namesakes stays linear
            namesakes.append(name)
    bodies: set[Name] = set()
    for k, token in enumerate(tokens):
        for name in by_last.get(bare(token.text), ()):
            start = k - len(name) + 1
            if name in bodies or start < 0 or not _spelt(tokens, start, name):
                continue
            if bare(token.text) != token.text:  # "Rodmar Kazyna's board"
                owns = k + 1 < len(tokens) and tokens[k + 1].text in BODY_PARTS
                if owns:
                    bodies.add(name)
                continue
            if _placed(tokens, start) or _kind_before(tokens, start) or _kind_after(tokens, k + 1):
                bodies.add(name)
    return bodies


def _spelt(tokens: Words, start: int, name: Name) -> bool:
    """Whether the words from ``start`` spell ``name`` (the last one possibly in the possessive)."""
    return all(bare(tokens[start + i].text) == word for i, word in enumerate(name))


def _placed(tokens: Words, start: int) -> bool:
    """Whether "at" or "in" stands right before the name (not in the possessive): a place or a
    venue ("received the guests at Ak Orda"), never a person."""
    return start >= 1 and tokens[start - 1].text in ("at", "in")


def _kind_before(tokens: Words, start: int) -> bool:
    """Whether a noun of a kind of body stands right before the name: "wealth fund Samruk
    Kazyna", "asset manager Baillie Novak", "JSC Rodmar Kazyna"."""
    if start < 1:
        return False
    noun = plain(tokens[start - 1])
    if noun in BODY_KIND_NOUNS:
        return tokens[start - 1].text.islower() or tokens[start - 1].text.isupper()
    return start >= 2 and (plain(tokens[start - 2]), noun) in BODY_KIND_PAIRS


def _kind_after(tokens: Words, after: int) -> bool:
    """Whether the words after the name say it is a body's: ", which", an appositive whose last
    noun is a kind of body, or a lower-case noun of a group of people or a title ("Aldric Sachs
    executives", "Harbour Projects chief executive")."""
    if after >= len(tokens):
        return False
    following = tokens[after]
    if following.text.islower() and plain(following) in _AFTER_NAME:
        return True
    if following.text != "," or after + 1 >= len(tokens):
        return False
    if plain(tokens[after + 1]) == "which":
        return True  # "Baillie Novak, which holds shares,"
    return plain(tokens[after + 1]) in _ARTICLES and _appositive_body(tokens, after + 2)


def _appositive_body(tokens: Words, at: int) -> bool:
    """Whether the appositive from ``at`` (after its article) ends on a noun of a kind of body
    before a comma or a full stop: "the sovereign wealth fund,", "a U.S. investment bank."."""
    for k in range(at, min(len(tokens), at + _APPOSITIVE)):
        word = plain(tokens[k])
        if tokens[k].text == "." and k > at and _abbreviation(tokens[k - 1].text):
            continue  # "the U.S. investment bank": a stop inside the appositive
        if tokens[k].text in _APPOSITIVE_ENDS or word in _APPOSITIVE_ENDS:
            return k > at and plain(tokens[k - 1]) in BODY_KIND_NOUNS
        if word in _APPOSITIVE_STOPS or bare(tokens[k].text) != tokens[k].text:
            return False  # "the head of the fund", "the fund's chief": a person's title
    return False


def _abbreviation(word: str) -> bool:
    """Whether ``word`` is a short abbreviation in capitals before its stop ("U.S", "UK")."""
    return len(word) <= 4 and word.replace(".", "").isupper()
