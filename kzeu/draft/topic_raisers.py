"""Who raised a topic: the people a topic clause's subject names, by name, surname or title;
"the two ministers" and "they" are the meeting's participants, "the sides" no one."""

from __future__ import annotations

import re

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.people import SPEECH_VERBS, TITLE_HEADS
from kzeu.draft.lexicon.topics import TOPIC_EVERYONE, TOPIC_NO_ONE, TOPIC_PRONOUNS
from kzeu.draft.report import Span

# A verb of speech that opens the clause a person reports: "Novak said (that) ...".
_SAID = re.compile(
    r"\b" + alternation(SPEECH_VERBS) + r"\b(?:\ that\b)?  # 'said', 'noted that'", re.VERBOSE
)


# Whom the subject met, after it: "X held talks with Y", not "X, together with Y,".
_WITH = re.compile(
    r"""(?<!together)(?<!along)\swith\s             # "held talks with Y", not "together with"
    | (?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)\s(?:met|received|hosted)\s(?!by\b|with\b)
                                                  # "X met Y to discuss", not "was received by""
    """,
    re.VERBOSE,
)
# A relative clause whose subject is the person named right before it: ", who called for".
_WHO = re.compile(r"\s*who\b  # ', who'", re.VERBOSE)
# Who leads a delegation that is the subject: "the Afghan delegation, led by Y, raised".
_LED_BY = re.compile(r",?\s(?:led|headed)\ by\ [^,]*,?  # ', led by Y,'", re.VERBOSE)


# How far back a pronoun's person may be named: a paragraph or two.
EARLIER = 600


class NameIndex:
    """The people of the report by the words that name them: name, surname, first word (of a
    name written surname first) and title heads."""

    def __init__(self, people: list[DraftPerson]) -> None:
        self.by_word: dict[str, set[str]] = {}
        self.by_title: dict[str, set[str]] = {}
        self.order = [person.id for person in people]
        for person in people:
            parts = person.name.split()
            for word in {parts[0], parts[-1]} if parts else set():
                self.by_word.setdefault(word.casefold(), set()).add(person.id)
            for title in person.titles:
                for word in title.lower().split():
                    if word in TITLE_HEADS:
                        self.by_title.setdefault(word, set()).add(person.id)

    def raised_by(
        self, text: str, subject: Span, meeting: DraftEvent
    ) -> tuple[list[str], str | None] | None:
        """Return the ids of the people the subject of a clause names (text[subject], cut after
        its last comma unless nothing is left), and why they are a guess, if they are; None if
        its words name no one and no group (no subject of its own)."""
        words = _LED_BY.sub("", text[subject.start : subject.end])
        earlier = text[max(0, subject.start - EARLIER) : subject.start]
        reported = list(_SAID.finditer(words))
        clause = words[reported[-1].end() :] if reported else ""
        if re.search(r"[^\W\d_]", clause) and ", and " not in clause:
            # "Novak said that Moldova is ready to": the clause's subject is Moldova (but not
            # in "Novak stressed the importance of", nor "Novak noted that ..., and called for")
            return self._named(clause, meeting, earlier) or ([], None)
        met = _WITH.search(words)
        if met is not None and (
            ", " not in words[met.end() :] or self._named(words.rsplit(",", 1)[-1], meeting) is None
        ):
            # "X held talks with Y, focusing on", "X met Y to discuss": Y is whom X met
            found = self._named(words[: met.start()], meeting, earlier)
            if found is not None and found[0]:
                return found
        head, _, tail = words.rpartition(",")
        if head and _WHO.match(tail):  # "... by Speaker Marat Sydykbekov, who called for"
            return self._last_named(head) or self._last_named(earlier + head), None
        if head:  # the words after the last comma first: "During the talks, Novak"
            found = self._named(tail, meeting, earlier)
            if found is not None:
                return found
        return self._named(words, meeting, earlier)

    def _last_named(self, earlier: str) -> list[str]:
        """Return the id of the person last named in ``earlier`` (by a word only they bear), or
        an empty list."""
        for token in reversed(re.findall(r"[\w'’-]+", earlier)):
            ids = self.by_word.get(token.casefold().removesuffix("'s"), set())
            if len(ids) == 1:
                return sorted(ids)
        return []

    def _named(
        self, words: str, meeting: DraftEvent, earlier: str = ""
    ) -> tuple[list[str], str | None] | None:
        """Return whom ``words``, a clause's subject, name (see ``raised_by``)."""
        tokens = [w.casefold().removesuffix("'s") for w in re.findall(r"[\w'’-]+", words)]
        named: list[str] = []
        for token in tokens:
            ids = self.by_word.get(token, set())
            if len(ids) == 1:
                named.extend(i for i in ids if i not in named)
        if named:
            return named, None
        if any(token in TOPIC_NO_ONE for token in tokens):
            return [], None
        everyone = list(meeting.participants or [])
        if everyone and any(token in TOPIC_EVERYONE for token in tokens):
            return everyone, "the subject names the participants as a group"
        for token in tokens:
            ids = self.by_title.get(token, set())
            if len(ids) == 1:
                return sorted(ids), "the subject names a title, not the person"
        if any(token in TOPIC_PRONOUNS for token in tokens):
            return self._pronoun(earlier)
        return None

    def _pronoun(self, earlier: str) -> tuple[list[str], str]:
        """Return whom a pronoun subject stands for: the person named last before it (a guess),
        or no one, and why it is listed."""
        last = self._last_named(earlier)
        if last:
            return last, "the subject is a pronoun: the person named last before it"
        return [], "the subject is a pronoun: whom it stands for is the reader's to give"
