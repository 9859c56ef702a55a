"""One person written two ways: the candidates of ``people`` that name someone named already in
another spelling, renamed to the first spelling, and the people drafted from them, one per name
(``unique``: a surname already known is the same person).

Real copy writes one person with and without accents ("Jan Novák" … "Mr. Novak"), with a hyphen
or a space ("Lars-Erik Holm" … "Lars Erik Holm"), in capitals ("Petra SVOBODOVÁ"), and by the
initials of the given names ("J. Novák", "A.S. Nurlanov", "M. Lindholm-Berg"), or without the
second part of a double surname ("Pedro Alvarez" of "Pedro Alvarez Castillo"), or with the
surname first and then last ("Orazov Kerim" … "Kerim Orazov"). Each is the same
person when exactly one person of the report is written so; a spelling two people share is left
as it is. Also here: the names of vessels ("the ferry Professor Gul"), which are no one's.
"""

from __future__ import annotations

import unicodedata

from kzeu.draft.drafted import DraftPerson
from kzeu.draft.found import Found
from kzeu.draft.lexicon.people import NAME_PREFIXES, VESSEL_WORDS
from kzeu.draft.report import LONGEST, TO_FILL, Report


def one_spelling(text: str, found: list[Found]) -> list[Found]:
    """Return ``found`` without the vessels' names and without the names that write a person
    ``found`` names already: the same words in another spelling (after the first), or a surname
    alone or with initials when exactly one full name is so written (see the module's
    docstring). The spelling kept is one the report writes where it names the person."""
    people = [person for person in found if not _vessel(text, person)]
    words = [_words(person.name) for person in people]
    # the full names by their first and by their last word, a few each: a hostile list of
    # namesakes stays linear
    full: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
    for name in words:
        if len(name) >= 2 and not _initial(name[0]):
            for word in {name[0], name[-1]}:
                kin = full.setdefault(word, {})
                if len(kin) < _KIN:
                    kin.setdefault(_key(name), name)
    kept: list[Found] = []
    kept_names: set[str] = set()
    keys: dict[tuple[str, ...], int] = {}  # a name's words -> its place in ``kept``
    for person, name in zip(people, words, strict=True):
        key = _key(name)
        if key in keys and person.name not in kept_names:
            first = kept[keys[key]]
            if first.name.isupper() and not person.name.isupper():
                # "… AMBASSADOR OF LANKA ALI DEMIR" in a headline, then "Ambassador Ali Demir":
                # the name as the text writes it in sentences
                kept[keys[key]] = person
                kept_names.add(person.name)
            continue  # "Karel Dvorak-Horak" after "Karel Dvořák-Horák"
        if len(key) == 2 and key[::-1] in keys:
            continue  # "Kerim Orazov" after "Orazov Kerim": the surname first, then last
        kin = {**full.get(name[0], {}), **full.get(name[-1], {})}
        longer = [f for k, f in kin.items() if k != key and _short_of(name, f)]
        if len(longer) == 1:
            continue  # "Mr. Novak", "J. Novák" of "Jan Novák"; "Pedro Alvarez" of "… Castillo"
        keys[key] = len(kept)
        kept_names.add(person.name)
        kept.append(person)
    return kept


_KIN = 8


def _words(name: str) -> tuple[str, ...]:
    """Return the words of ``name`` without accents, case or apostrophes, initials apart:
    "Lars-Erik O'Neill" -> ("lars-erik", "oneill"), "A.S. Nurlanov" -> ("a.", "s.", "nurlanov")."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).casefold()
    plain = plain.replace("'", "").replace("\u2019", "")
    return tuple(w for w in plain.replace(".", ". ").split() if w)


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return ``words`` with a hyphen written as a space: "Lars-Erik" is "Lars Erik"."""
    return tuple(" ".join(words).replace("-", " ").split())


def _initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".")


def _short_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Return whether the name ``short`` is a surname alone, or initials and a surname, of the
    full name ``full`` (words as ``_words`` gives them), or its first words ("Pedro Alvarez" of
    "Pedro Alvarez Castillo": a double surname's second part left out)."""
    if 2 <= len(short) < len(full) and full[: len(short)] == short:
        return True
    if short[-1] != full[-1] or len(short) > len(full) + 1:
        return False
    given = short[:-1]
    if not all(_initial(w) for w in given):
        return False
    if len(short) == len(full) + 1:  # "P.S. Ignatov" of "Pavel Ignatov": a patronymic's initial
        return len(full) == 2 and given[0][0] == full[0][0]
    # "A.S. Nurlanov" of "Aibek Serikovich Nurlanov": the initials of the given names, in order
    names = iter(full[:-1])
    return not given or (
        given[0][0] == full[0][0] and all(any(n[0] == w[0] for n in names) for w in given)
    )


def _vessel(text: str, person: Found) -> bool:
    """Return whether ``person`` is read right after a word of craft ("the ferry Professor
    Gul"), skipping an article: the name is a vessel's."""
    before = text[max(0, person.span.start - 40) : person.span.start].split()
    if before and before[-1].casefold() in ("the", "a"):
        before.pop()
    return bool(before) and before[-1].casefold().strip(".,") in VESSEL_WORDS


def surnames_of(found: list[Found]) -> set[str]:
    """Return the words that, written alone, name a person named in full in ``found``."""
    # a surname alone is the person named in full, before or after it: its last word, or its
    # first in the region's surname-first style ("Sato Kenji" ... "Sato said")
    surnames = {p.name.split()[-1] for p in found if len(p.name.split()) > 1}
    surnames |= {p.name.split()[0] for p in found if len(p.name.split()) == 2}
    # and any later word of a longer name: Spanish and Portuguese names go by their first
    # surname ("Albares" of "José Manuel Albares Bueno")
    surnames |= {w for p in found for w in p.name.split()[1:] if len(p.name.split()) >= 4}
    # and a first name, in the style of names with "bin" ("Sheikh Rashid" after "Rashid bin
    # Omar Al Nuaimi")
    surnames |= {p.name.split()[0] for p in found if _PATRONYMIC & set(p.name.lower().split())}
    # ... and in Malay names, after an honorific ("Datuk Seri Amran" after "Amran Mohamed
    # Zin"): the first word of a name of three words or more
    surnames |= {p.name.split()[0] for p in found if len(p.name.split()) >= 3}
    # ... and either part of a double surname ("Ms Horak" after "Eva Horak-Lindqvist")
    surnames |= {
        part
        for p in found
        if len(p.name.split()) > 1
        for part in p.name.split()[-1].split("-")
        if len(part) >= 3 and part[:1].isupper() and part.lower() not in NAME_PREFIXES
    }
    return surnames


_PATRONYMIC = frozenset(("bin", "bint", "ibn"))


def unique(report: Report, found: list[Found]) -> list[DraftPerson]:
    """Return one person per name: a surname already known is the same person."""
    drafted: list[DraftPerson] = []
    names: set[str] = set()
    untitled: dict[str, int] = {}  # name -> place in ``drafted`` of one named without a title
    surnames = surnames_of(found)
    # by surname, the words of each full name drafted: "Michael Reed" after "J. Michael Reed"
    known: dict[str, list[frozenset[str]]] = {}
    for person in found:
        words = person.name.split()
        if person.name in untitled and person.sure_title:
            # "attended by Jan Novak and Eva Horn, respectively ...": the title read after
            drafted[untitled.pop(person.name)] = _drafted(report, person)
            continue
        if person.name in names or (len(words) == 1 and words[0] in surnames):
            continue
        if any(set(words) <= full for full in known.get(words[-1], ())):
            continue
        namesakes = known.setdefault(words[-1], [])
        if len(namesakes) < 8:  # bounded: a hostile list of namesakes stays linear
            namesakes.append(frozenset(words))
        if len(person.name) > LONGEST or any(len(t) > LONGEST for t in person.titles):
            continue
        names.add(person.name)
        surnames.add(words[-1])
        if not person.sure_title:  # no title, or an honorific standing in for one
            untitled[person.name] = len(drafted)
        drafted.append(_drafted(report, person))
    return drafted


def _drafted(report: Report, person: Found) -> DraftPerson:
    """Return ``person`` as a draft fact, with what a reader must confirm and why."""
    drafted = DraftPerson(
        id=report.new_id(person.name),
        name=person.name,
        titles=person.titles,
        affiliation=person.affiliation or TO_FILL,
        quote=report.cut(person.span),
    )
    drafted.doubt(
        "affiliation",
        "the side a person represents is the reader's to say"
        if person.affiliation is None
        else "proposed from the country the title names",
    )
    drafted.doubt("role", "the person's part in the story is the reader's to say")
    if person.titles == [person.name]:
        drafted.doubt("titles", "no title is given: the name stands in for one")
    elif not person.sure_title:
        drafted.doubt("titles", 'an honorific or "counterpart" stands in for a title')
    return drafted
