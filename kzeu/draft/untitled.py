"""People a report names with no title: the words around the name say it is a person's.

A run of two or three name words (``name_run``) is a person's name when a word before it says
someone is named there ("met Jan Novak", "led by Jan Novak", "included A and B", ", and B" after
a person), or when it opens a sentence or a clause and a verb of speech follows it ("Speaking to
reporters, Jan Novak said", "The spokesperson of the Ministry, Jan Novak, said"). The name must
end there: a capitalised word after it ("Silk Road Fund") makes it an organisation's, not a
person's. One surname, a country, a month or an institution's word is never such a name.
"""

from __future__ import annotations

from kzeu.draft.countries_named import of_country
from kzeu.draft.honorifics import honorific
from kzeu.draft.hosts import CITIES, NATIONAL_BODIES
from kzeu.draft.lexicon.people import (
    COMPLEMENT_NOUNS,
    FAMILY_NAMES_FIRST,
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_WORDS,
    MEETING_HELD,
    MEETING_VERBS,
    OFFICE_NOUNS,
    ORGANISATION_HEADS,
    POST_NOMINALS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    UNTITLED_AFTER_PAIRS,
    UNTITLED_AFTER_WORDS,
)
from kzeu.draft.listed_bodies import among_bodies
from kzeu.draft.places import AFFILIATIONS, COUNTRIES
from kzeu.draft.words import (
    PARTICLES,
    Token,
    Words,
    bare,
    capitalised,
    common_noun,
    initial,
    line_ends,
    name_run,
    name_word,
    plain,
    text_of,
)

# What may stand before a name that opens a clause: a sentence's end, a comma, a colon, a quote.
_QUOTE_ENDS = frozenset((",", '"', "”", "’", "'"))  # what ends a quote before "said Jan Novak"
_CLAUSE_START = frozenset((".", ",", ";", ":", "!", "?", '"', "“", "–", "—"))


def untitled_name(tokens: Words, at: int, *, after_person: bool) -> list[int]:
    """Return the tokens of a name with no title that starts at ``at``, or [] if none does.
    ``after_person``: a person was named just before, so ", and" or "and" may join this one."""
    if _inside_a_name(tokens, at) or _no_name_here(tokens, at, after_person=after_person):
        return []
    name = full_name(tokens, at)
    if not name or (written := text_of(tokens, name[0], name[-1] + 1)) in CITIES:
        return []  # no name; or "Abu Dhabi said", "New Delhi stressed": a city for its state
    if written in NATIONAL_BODIES:
        return []  # "Jogorku Kenesh said": a legislature
    after = name[-1] + 1
    if after < len(tokens) and tokens[after].text in POST_NOMINALS:
        after += 1  # "Anna Holm MP said", "Ivo Brandt OBE": letters after a name are no word of it
    elif after < len(tokens) and capitalised(tokens[after]) and tokens[after].text != "I":
        return []  # "Silk Road Fund": the words of an organisation's name run on
    elif (
        after < len(tokens)
        and tokens[after].text.islower()
        and (plain(tokens[after]) in _TITLE_WORDS or plain(tokens[after]) in GROUP_NOUNS)
    ):
        # "Harbour Projects chief executive Jan Novak": a firm before a title; "met Kok Tobe
        # residents": a place before a group of people
        return []
    said = named_before(tokens, at, after_person=after_person) or _speaks_after(tokens, at, after)
    # "Jan Novak of the Harbour Investment Bank", "Jan Novak of Ruritania's trade ministry"; not
    # "the New Silk Way of ..."
    article = plain(tokens[at - 1]) in _THING_BEFORE if at > 0 else False
    said = said or (not article and _of_an_organisation(tokens, after))
    # "included Suzuki Yuki, Kato Aiko and Ito Ken": a list goes on
    listed = after_person and tokens[at - 1].text == "," and _listed_on(tokens, after)
    # "companies including A B", "talks with A B and Harbour Bank": a firm among firms
    return name if (said or listed) and not among_bodies(tokens, at, after) else []


def _no_name_here(tokens: Words, at: int, *, after_person: bool) -> bool:
    """Whether no untitled name can start at ``at``, known before the name is read: a surname
    read with its honorific ("Mr Kasymaliev said"), a headline's capitalised words, or
    capitalised words after an article or a preposition ("the New Silk Way", "in Harbour City")
    where the words before do not say a person is named."""
    if plain(tokens[at]) in HONORIFICS or tokens.in_headline(tokens[at]):
        return True
    return (
        at > 0
        and plain(tokens[at - 1]) in _THING_BEFORE
        and not after_person
        and not _opens(tokens, at)
        and not named_before(tokens, at, after_person=after_person)
    )


def _inside_a_name(tokens: Words, at: int) -> bool:
    """Whether ``at`` is inside a longer run of names, not where a name starts: after a name
    word or a particle, or after an initial ("J. Michael Reed": the name started there)."""
    if at > 0 and (name_word(tokens[at - 1]) or plain(tokens[at - 1]) in PARTICLES):
        return True
    return at > 1 and initial(tokens, at - 2)


# Words before capitalised words that make them a place or a thing: "the New Silk Way", "in Harbour
# City"
_THING_BEFORE = frozenset(("the", "a", "an", "in", "at", "of", "from", "to", "for", "on"))


def _of_an_organisation(tokens: Words, after: int) -> bool:
    """Whether "of" at ``after`` names the organisation or ministry a person is of: one of the
    next few words is an organisation's head word or "ministry" ("of the Harbour Investment
    Bank", "of Ruritania's Ministry of Commerce", "of the Ruritanian trade ministry")."""
    if after >= len(tokens) or tokens[after].text != "of":
        return False
    for k in range(after + 1, min(len(tokens), after + 7)):
        word = tokens[k].text
        if not word[:1].isalpha():
            return False
        if word in ORGANISATION_HEADS or plain(tokens[k]) in ("ministry", "ministry's"):
            return True
    return False


def _listed_on(tokens: Words, after: int) -> bool:
    """Whether a list of names goes on or ends at ``after``: a comma, "and", a full stop, or
    the country the name is of ("A of Czechia, B of Estonia and C of Peru")."""
    after = of_country(tokens, after)[1]
    return after < len(tokens) and (
        tokens[after].text in (",", ".", ";") or plain(tokens[after]) == "and"
    )


def named_before(tokens: Words, at: int, *, after_person: bool) -> bool:
    """Whether the words before ``at`` say someone is named there."""
    if at < 1 or line_ends(tokens, tokens[at - 1], tokens[at]):
        return False
    last = plain(tokens[at - 1])
    if last in UNTITLED_AFTER_WORDS:
        return True
    if at >= 2 and (plain(tokens[at - 2]), last) in UNTITLED_AFTER_PAIRS:
        return True
    if last in SPEECH_VERBS and at >= 2 and tokens[at - 2].text in _QUOTE_ENDS:
        return True  # '"We are ready," said Jan Novak'
    return after_person and last == "and"  # "A, the Irish ambassador, and B"; "included A and B"


def _speaks_after(tokens: Words, at: int, after: int) -> bool:
    """Whether the name from ``at`` to ``after`` opens a clause and a verb of speech or "who"
    follows it ("Jan Novak said", ", Jan Novak, said", "Jan Novak, who heads the fund,")."""
    if not _opens(tokens, at) or after >= len(tokens):
        return False
    if tokens[after].text == "," and after + 1 < len(tokens):
        after += 1  # "The spokesperson of the Ministry, Jan Novak, said"; "Jan Novak, who"
        return plain(tokens[after]) in SPEECH_VERBS or plain(tokens[after]) == "who"
    if plain(tokens[after]) == "and" and after + 1 < len(tokens):
        other = full_name(tokens, after + 1)  # "Jan Novak and Ali Demir met"
        if not other:
            return False
        after = other[-1] + 1
    return _acts(tokens, after)


def _opens(tokens: Words, at: int) -> bool:
    """Whether the word at ``at`` opens a clause: the text's first, after a stop, a comma, a
    colon, a quote or a dash, or a paragraph's first."""
    return (
        at == 0
        or tokens[at - 1].text in _CLAUSE_START
        or line_ends(tokens, tokens[at - 1], tokens[at])
    )


_ALSO = frozenset(("also", "then", "later", "first"))


def _acts(tokens: Words, at: int) -> bool:
    """Whether a verb of speech or of meeting stands at ``at``, after "also" or the like."""
    if at < len(tokens) and plain(tokens[at]) in _ALSO:
        at += 1
    if at >= len(tokens):
        return False
    verb = plain(tokens[at])
    if verb in ("held", "holds"):  # "held talks", "held a meeting", not "held a hackathon"
        # "held talks", "held a meeting", "held another round of talks"
        return any(plain(t) in MEETING_HELD for t in tokens[at + 1 : at + 5])
    return verb in SPEECH_VERBS or verb in MEETING_VERBS


def full_name(tokens: Words, at: int) -> list[int]:
    """Return the tokens of a name of two words or more at ``at``, or []: one word alone may be
    a place or a company as well as a surname."""
    name = name_run(tokens, at)
    real = sum(1 for k in name if name_word(tokens[k]) and plain(tokens[k]) not in PARTICLES)
    # an initial and a surname are a name too: "led by A. Tajani"
    return name if real >= 2 or (real == 1 and any(initial(tokens, k) for k in name)) else []


# What may follow a name set apart after a lower-case title: "the mayor of Osh, Jan Novak,"
_AFTER_APART = frozenset((",", ".", ";", ")", "and"))


def set_apart(tokens: Words, comma: int) -> bool:
    """Whether a comma at ``comma`` sets a full name apart after a lower-case title: the name
    ends with a comma, a full stop, "and" or a verb of speech ("the head of the central bank,
    Timur Ishmetov, attended")."""
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return False
    name = full_name(tokens, comma + 1)
    after = name[-1] + 1 if name else len(tokens)
    return after < len(tokens) and (
        tokens[after].text in _AFTER_APART or plain(tokens[after]) in SPEECH_VERBS
    )


def place_before_comma(tokens: Words, end: int) -> int:
    """Return where a lower-case title ends when its complement names a place before a name set
    apart ("the mayor of Osh, Jan Novak") or a place of one word before a name of two ("the
    akim of Shymkent Syrymbet Gabit"): after the place; else ``end``."""
    if end >= len(tokens) or plain(tokens[end]) not in ("of", "for", "in"):
        return end
    k = end + 1
    if k < len(tokens) and plain(tokens[k]) == "the":
        k += 1
    start = k
    stop = min(len(tokens), k + 3)
    while k < stop and capitalised(tokens[k]):
        k += 1
    # "the akim of Aktobe region, Jan Novak": a place's lower-case noun goes on it
    noun = k > start and k < len(tokens) and plain(tokens[k]) in COMPLEMENT_NOUNS
    if k > end + 1 and set_apart(tokens, k + noun):
        return k + noun
    # "the akim of Shymkent Syrymbet Gabit met": a place of one word, then a name of two
    whole = k == start + 3 and (k >= len(tokens) or not capitalised(tokens[k]))
    if whole and name_word(tokens[start]) and full_name(tokens, start + 1) == [k - 2, k - 1]:
        return start + 1
    return end


def name_at_end(tokens: Words, run: list[int]) -> list[int]:
    """Return the name that ends a complement's capitalised words ``run``, or []: one name word
    that particles carry on ("of the European Commission Ursula von der Leyen"), or three or
    four that start with a family name written first ("of Industry and Trade Nguyen Thi Thanh
    Ha"). Two words at the end are read by the caller."""
    start = len(run)
    while start > 0 and name_word(tokens[run[start - 1]]):
        start -= 1
    stretch = run[start:]
    if not stretch:
        return []
    name = full_name(tokens, stretch[0])
    if len(stretch) == 1 and name and name[-1] > run[-1]:
        return name
    family = tokens[stretch[0]].text in FAMILY_NAMES_FIRST
    if family and len(stretch) >= 3 and name[-1:] == run[-1:]:
        return name
    # "of Investment, Trade and Industry Siti Aminah Yusof": three name words after a word of
    # an institution's field
    field = tokens[run[start - 1]].text if start > 0 else ""
    after_field = field in INSTITUTION_WORDS or common_noun(field)  # "for Internationalisation"
    return name if after_field and len(stretch) == 3 and name == stretch else []


def bracketed_country(tokens: Words, at: int) -> int:
    """Return where the words after a listed name go on, past a country in brackets after it
    ("Tomás Ruiz (Spain), Kaisa Virtanen (Finland)")."""
    if (
        at + 2 < len(tokens)
        and tokens[at].text == "("
        and tokens[at + 1].text in COUNTRIES
        and tokens[at + 2].text == ")"
    ):
        return at + 3
    return at


def ends_on_a_name(tokens: Words, run: list[int]) -> bool:
    """Whether the capitalised words ``run`` of a lower-case title's complement are an
    organisation's name that ends on a word of no name, then a name of two or three words ("the
    rector of Nazarbayev University Jan Novak", "the head of Siemens Energy Jan Novak")."""
    start = len(run)
    while start > 0 and name_word(tokens[run[start - 1]]):
        start -= 1
    return (
        start >= 1 and 2 <= len(run) - start <= 3 and full_name(tokens, run[start]) == run[start:]
    )


_OFFICE_JOINS = frozenset(("for", "of", "the", "and"))


def _goes_on(token: Token) -> bool:
    return capitalised(token) or plain(token) == "the"


def named_office(tokens: Words, at: int, limit: int) -> int:
    """Return how many words at ``at`` name a body's office, mission or branch: capitalised
    words (with "for the", "of" and an acronym in brackets inside) and a noun of OFFICE_NOUNS
    ("UNDP office", "World Bank office") before "in" or a comma; else 0."""
    k = at
    while k < limit and k - at < 12:
        if capitalised(tokens[k]):
            k += 1
        elif plain(tokens[k]) in _OFFICE_JOINS and k + 1 < limit and _goes_on(tokens[k + 1]):
            k += 1  # "Harbour Council for the Promotion of Trade office"
        elif tokens[k].text == "(" and k + 2 < limit and tokens[k + 2].text == ")":
            k += 3  # "Harbour Cooperation Agency (HCA) office"
        else:
            break
    if not (at < k < limit - 1 and plain(tokens[k]) in OFFICE_NOUNS):
        return 0
    # "office in Prague", "office, Jan Novak": the title ends there ("the Prague office of the
    # Ruritania Trade Agency" goes on to an organisation named after a country: not read)
    return k + 1 - at if tokens[k + 1].text in ("in", ",") else 0


def bracketed_name(tokens: Words, at: int) -> list[int]:
    """Return the full name that fills a bracket from ``at`` to its closing ")", else []."""
    name = name_run(tokens, at) if at < len(tokens) else []
    closes = bool(name) and name[-1] + 1 < len(tokens) and tokens[name[-1] + 1].text == ")"
    return name if closes and len(name) >= 2 else []


def apart_after_the(tokens: Words, at: int, end: int) -> bool:
    """Whether a capitalised title after "the", a possessive or "the" and a country's adjective
    has its name set apart by two commas, or by a comma and the sentence's end: "the Latvian
    Ambassador, Eva Horn, attended", "Ruritania's Deputy Energy Minister, Jan Novak,
    led"; not "met the Foreign Minister, Jan Novak said"."""
    return _after_the(tokens, at) and bool(_apart_name(tokens, end))


def _after_the(tokens: Words, at: int) -> bool:
    """Whether the title at ``at`` follows "the", a possessive, or "the" and a country's
    adjective."""
    before = at - 1
    if before < 0:
        return False
    possessive = bare(tokens[before].text) != tokens[before].text  # "Ruritania's"
    if not possessive and tokens[before].text in AFFILIATIONS:
        before -= 1  # "the Latvian Ambassador": the country's adjective
    return possessive or (before >= 0 and plain(tokens[before]) == "the")


def _apart_name(tokens: Words, comma: int) -> list[int]:
    """Return the full name after the comma at ``comma`` that a comma or a full stop ends, else
    []."""
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return []
    start = comma + 1 + honorific(tokens, comma + 1)  # ", Mr Jan Novak,"
    name = full_name(tokens, start) if start < len(tokens) else []
    ended = bool(name) and name[-1] + 1 < len(tokens) and tokens[name[-1] + 1].text in (",", ".")
    return name if ended else []


FIELDS_LENGTH = 24  # words a title's list of fields may span before its name


def name_after_fields(tokens: Words, at: int, end: int) -> list[int]:
    """Return the name set apart after a capitalised title's list of fields and bodies, for a
    title after "the" or a possessive: "the Deputy Managing Director for Ruritania, Eastern
    Partnership, Central Asia and OSCE of the Lanka Service, Jan Novak,"; else []. The list
    holds capitalised words that are no title's, commas, "and", "of", "for" and "the"."""
    if not _after_the(tokens, at):
        return []
    limit = min(len(tokens), end + FIELDS_LENGTH)
    k = end
    while k < limit:
        token = tokens[k]
        if token.text == ",":
            name = _apart_name(tokens, k)
            if name:
                return name
        elif plain(token) not in _FIELD_JOINS and not (
            capitalised(token) and plain(token) not in _TITLE_WORDS
        ):
            return []
        k += 1
    return []


_FIELD_JOINS = frozenset(("and", "of", "for", "the", "&"))
_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS


def fields_go_on(tokens: Words, at: int) -> bool:
    """Whether the words at ``at``, after a comma, go on listing the fields or places of a title
    rather than naming anyone: a capitalised word that is no name word ("Central Asia")."""
    return at < len(tokens) and capitalised(tokens[at]) and not name_word(tokens[at])
