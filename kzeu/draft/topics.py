"""Topics of a report: the agenda items of the clauses that say what was discussed, raised,
focused on, touched upon, exchanged views on, agreed to develop, called for or proposed (the
lexicon's ``TOPIC_VERBS``), or what "was discussed" (``TOPIC_PASSIVES``).

The words after such a verb, up to the end of its clause's list, are its object. A list of
fields there is one item each, with the words they share: a frame before the list ("the
development of cooperation in digital government, logistics and education") or the noun after a
list of adjectives ("trade, economic and cultural cooperation" is trade cooperation, economic
cooperation and cultural cooperation). Each item is raised by the people its clause's subject
names (by name, surname or title; "the two ministers" and "they" are the meeting's
participants), by no one when the subject is "the sides" or a country, and belongs to the
report's meeting. Every verb's object ends at the next verb, so each character of the report is
read a bounded number of times.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from kzeu.draft.drafted import DraftEvent, DraftPerson, DraftTopic
from kzeu.draft.lexicon import alternation, caseless_trie
from kzeu.draft.lexicon.events import EVENT_WORDS, KIND_WORDS
from kzeu.draft.lexicon.topics import (
    TOPIC_AGENDA_HEADS,
    TOPIC_HOPE_VERBS,
    TOPIC_HOPE_WORDS,
    TOPIC_ON_NOT,
    TOPIC_PARTICIPLES,
    TOPIC_PASSIVES,
    TOPIC_TALK_WORDS,
    TOPIC_URGE_WORDS,
    TOPIC_VERB_NOT_AFTER,
    TOPIC_VERBS,
)
from kzeu.draft.report import LONGEST, Report, Span
from kzeu.draft.topic_items import items_of, label_words, restates
from kzeu.draft.topic_objects import listed_after, object_of, resumed
from kzeu.draft.topic_raisers import NameIndex

# At most this many topics are drafted from one report: past it the rest are the reader's.
MAX_TOPICS = 500
# At most this many items of headlines are looked for again in the body.
MAX_HEADINGS = 12
# How far a verb's object may run: a clause's list, not a paragraph.
OBJECT_LENGTH = LONGEST + 100

_VERB = re.compile(
    r"""
    (?=\w)  # every branch starts a word: tried only where one does
    (?:
      (?<![\w-])(?P<active>"""
    + caseless_trie(TOPIC_VERBS)
    + r"""      # "discussed", "exchanged views on": the topic follows
    )(?![\w-])
    | (?<![\w-])(?P<passive>"""
    + caseless_trie(TOPIC_PASSIVES)
    + r"""     # "were discussed": the topic stands before
    | """
    + alternation(TOPIC_AGENDA_HEADS)
    + r"""\s(?:the\s)?(?:[\w'’-]+\s){0,2}agenda # "tops Uzbek-Kazakh agenda"
    )(?![\w-])
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A word of talk that an "on" or "about" after it turns into a topic verb: "held talks with Y on
# X", "briefed them on X", "informed Y about X", "met Y on X".
_TALK = re.compile(
    r"\b" + caseless_trie(TOPIC_TALK_WORDS) + r"\b  # 'talks', 'briefed', 'informed'",
    re.VERBOSE | re.IGNORECASE,  # a headline in title case: "Hold Talks On Chemical Industry"
)
_ABOUT = re.compile(
    r"\s(?:[Oo]n|[Aa]bout|regarding|concerning)\s  # what the talk was about", re.VERBOSE
)
# "informed his colleague of X": the "of" after whom was told, a word in lower case (not the
# "of" of a title: "informed Minister of Energy ...").
_INFORMED_OF = re.compile(
    r"(?:informed|briefed|notified)\ (?:[\w'’-]+\ ){0,3}[a-z][\w'’-]*\ of\ (?=[a-z])"
)
# A word of asking that a "to" after it turns into a topic verb: "asked the guests to support".
_URGE = re.compile(
    r"\b" + alternation(TOPIC_URGE_WORDS) + r"\b  # 'asked', 'urged', 'calling on'", re.VERBOSE
)
_TO = re.compile(r"\sto\s(?=[a-z])  # the verb asked for: 'to support'", re.VERBOSE)
# A word of hoping that a "would" after it turns into a topic verb: "hoped that Y would support".
_HOPE = re.compile(r"\b" + alternation(TOPIC_HOPE_WORDS) + r"\b  # 'hoped'", re.VERBOSE)
_WOULD = re.compile(
    r"\s(?:would|will|could)\s(?=" + alternation(TOPIC_HOPE_VERBS) + r"\b)  # 'would support'",
    re.VERBOSE,
)
_SIGNED = re.compile(r"\bsign(?:ed|s|ing)?\b  # 'signed documents on ...'", re.VERBOSE)
# How far after its word of talk an "on" may open what was talked of: "talks with Minister of
# Energy and Water Resources Daler Jumazoda on ...".
TALK_REACH = 160

# A quotation mark or a line break (which closes any quote left open): quotes are paired in
# order, a straight one opening and closing in turn. A direct quote, whose words are the
# speaker's, names no topic ("\"We are ready to support your reforms,\" she said"); a term in
# quotation marks ("the \"green corridor\"") is shorter than ``QUOTE_LENGTH``.
_QUOTE_MARK = re.compile(r"[\"“”\n]  # a quotation mark or a line break", re.VERBOSE)
QUOTE_LENGTH = 30
# The frame of an item told again as "issues of" it: "issues of cross-border trade".
_ISSUES_OF = re.compile(r"\A(?:(?:the\ )?(?:issues?|questions?|matters?)\ of\ )")
# A verb of saying before a passive clause's subject: "X said (that) Y would be on the agenda".
_REPORTED = re.compile(
    r"\b(?:said|says|noted|added|stated|stressed|announced|confirmed|that)\s(?:that\s)?"
)


def topics(
    report: Report,
    body: int,
    people: list[DraftPerson],
    meeting: DraftEvent,
    events: list[DraftEvent] | None = None,
) -> list[DraftTopic]:
    """Return the topics of the report from offset ``body`` on, in the order the report first
    tells them, each tied to ``meeting``, or to another of ``events`` told in its sentence
    whose kind its subject names ("the round table discussed ...": listed)."""
    text = report.text
    told = _Told(report, [e for e in events or () if e is not meeting])
    verbs = _verbs(report, body)
    names = NameIndex(people)
    drafted: list[DraftTopic] = []
    seen: set[str] = set()
    headings: list[list[str]] = []  # the items of the report's headlines, in words
    subject = _Subject(-1, [], None)
    for index, verb in enumerate(verbs):
        limit = verbs[index + 1].start if index + 1 < len(verbs) else len(text)
        before = verbs[index - 1].end if index else body
        event = told.event_of(verb) or meeting
        found, subject = _topics_of(
            report, verb, Span(before, limit), names, meeting=event, last=subject
        )
        if event is not meeting:
            for topic in found:
                topic.doubt("event", "its clause's subject names another event than the meeting")
        for topic in found:
            key = _ISSUES_OF.sub("", topic.label.casefold())
            if key in seen or restates(key, headings):
                continue  # written twice, once more as "issues of ..." or after its headline
            seen.add(key)
            if len(headings) < MAX_HEADINGS and _in_heading(report, verb):
                headings.append(label_words(key))
            topic.id = report.new_id(topic.label)
            drafted.append(topic)
            if len(drafted) == MAX_TOPICS:
                return drafted
    return drafted


def _in_heading(report: Report, verb: Verb) -> bool:
    """Whether ``verb`` is in a headline: a sentence that is a whole line, with no full stop."""
    text = report.text
    start, end = report.sentences.spans[report.sentences.index(verb.start)]
    whole = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] in "\r\n")
    return whole and text[end - 1 : end] not in (".", "!", "?", ";", ":")


class Verb(NamedTuple):
    """Where a clause says what was on the agenda, and whether the topic stands before it."""

    start: int
    end: int
    passive: bool = False


def _verbs(report: Report, body: int) -> list[Verb]:
    """Return the topic verbs of the report from ``body`` on, in order: the lexicon's phrases,
    and "talks with Y on", "informed Y about" (``_talks_on``)."""
    text = report.text
    quoted = _quotes(text, body)
    opens = [start for start, _ in quoted]
    found = [
        Verb(m.start(), m.end(), m.group("passive") is not None)
        for m in _VERB.finditer(text, body)
        if _is_topic_verb(text, m) and not _inside(quoted, opens, m.start())
    ]
    starts = [verb.start for verb in found]
    for talk in [*_talks_on(report, body), *_urged_to(report, body)]:
        # a phrase of the lexicon inside "call with Y, in which the sides exchanged views on" is
        # the verb, with its own subject
        inside = bisect_left(starts, talk.start)
        if inside == len(starts) or starts[inside] >= talk.end:
            found.append(talk)
    found.sort()
    kept: list[Verb] = []
    for verb in found:  # a phrase inside one found already ("discuss" in "to discuss") goes
        if not kept or verb.start >= kept[-1].end:
            kept.append(verb)
    return kept


def _quotes(text: str, body: int) -> list[tuple[int, int]]:
    """Return the spans of the direct quotes of ``text`` from ``body`` on, in order: from an
    opening quotation mark to the one that closes it in its paragraph, ``QUOTE_LENGTH``
    characters or more."""
    spans = []
    opened = -1
    for mark in _QUOTE_MARK.finditer(text, body):
        char = mark.group()
        if opened < 0 and char in '"“':
            opened = mark.start()
        elif opened >= 0 and char != "“":
            if char != "\n" and mark.end() - opened >= QUOTE_LENGTH:
                spans.append((opened, mark.end()))
            opened = -1
    return spans


def _inside(quoted: list[tuple[int, int]], opens: list[int], at: int) -> bool:
    """Whether offset ``at`` is inside one of the direct quotes ``quoted`` (their starts
    ``opens``, in order)."""
    index = bisect_left(opens, at) - 1
    return index >= 0 and at < quoted[index][1]


def _talks_on(report: Report, body: int) -> list[Verb]:
    """Return a verb for each "held talks with Y on X", "briefed them on X", "informed Y
    about X" (or "of X", when no "on" or "about" follows): from the word of talk to the "on"
    or "about" that opens what was talked of, within ``TALK_REACH`` characters of its
    sentence: the first such word, unless it is "on Tuesday", "on the sidelines" or inside a
    name ("the Commission on Trade") or a body named by its kind ("the working group on
    trade")."""
    text = report.text
    found = []
    for talk in _TALK.finditer(text, body):
        limit = min(report.sentence(talk.start()).end, talk.end() + TALK_REACH)
        informed = _INFORMED_OF.match(text, talk.start(), limit)
        if informed is not None and _ABOUT.search(text, talk.end(), limit) is None:
            found.append(Verb(talk.start(), informed.end()))  # "informed Y of the results"
            continue
        for about in _ABOUT.finditer(text, talk.end(), limit):
            if _SIGNED.search(text, talk.end(), about.start()) is not None:
                break  # "signed five documents on cooperation": a signing, not a topic
            following = text[about.end() : about.end() + 40].split()[:2]
            if any(word.strip(",.").lower() in TOPIC_ON_NOT for word in following):
                continue  # "on Tuesday", "on the sidelines of": the next "on" may be the topic's
            before = text[max(talk.end(), about.start() - 40) : about.start()].split()[-1:]
            if not before or (before[0] not in EVENT_WORDS and before[0].lower() not in KIND_WORDS):
                found.append(Verb(talk.start(), about.end()))
            break  # not "the Commission on Trade", "the working group on trade"
    return found


def _urged_to(report: Report, body: int) -> list[Verb]:
    """Return a verb for each "asked the guests to support X", "calling on the U.S. side to
    relax X": from the word of asking to the first "to" of its sentence within ``TALK_REACH``;
    and for each "hoped that Y would support X", from the word of hoping to its "would"."""
    text = report.text
    found = []
    for word, then in ((_URGE, _TO), (_HOPE, _WOULD)):
        for urge in word.finditer(text, body):
            limit = min(report.sentence(urge.start()).end, urge.end() + TALK_REACH)
            to = then.search(text, urge.end(), limit)
            if to is not None:
                found.append(Verb(urge.start(), to.end()))
    return found


def _is_topic_verb(text: str, verb: re.Match[str]) -> bool:
    """Whether ``verb`` tells of the agenda: not "is considered", "the proposed plan"."""
    if verb.group("passive"):
        return True
    if verb.group().split()[0].lower() not in TOPIC_PARTICIPLES:
        return True  # "was interested in", "is ready to": no passive to tell apart
    words = text[max(0, verb.start() - 20) : verb.start()].split()
    return not words or words[-1].lower() not in TOPIC_VERB_NOT_AFTER


class _Subject(NamedTuple):
    """Who raised the topics of a verb: its sentence, the people's ids and why they are a guess."""

    sentence: int
    raised: list[str]
    why: str | None


def _topics_of(
    report: Report,
    verb: Verb,
    room: Span,
    names: NameIndex,
    *,
    meeting: DraftEvent,
    last: _Subject,
) -> tuple[list[DraftTopic], _Subject]:
    """Return the topics the clause of ``verb`` names, within ``room`` (from the verb before to
    the next one), and its subject; a verb whose words before it, since the verb ``last`` of
    the same sentence, name no subject shares that verb's ("The ministers discussed A and
    agreed to develop B")."""
    sentence = report.sentence(verb.start)
    index = report.sentences.index(verb.start)
    if verb.passive:
        start = max(sentence.start, room.start, verb.start - OBJECT_LENGTH)
        found = object_of(report, Span(_after_opening(report.text, start, verb.start), verb.start))
        raised: list[str] = []
        why = None
        quote_start = found.start
    else:
        end = min(sentence.end, room.end, verb.end + OBJECT_LENGTH)
        found = object_of(report, Span(verb.end, end))
        subject = Span(max(sentence.start, room.start, verb.start - LONGEST), verb.start)
        said = names.raised_by(report.text, subject, meeting)
        if said is not None:
            raised, why = said
        elif last.sentence == index:
            raised, why = last.raised, last.why
        else:
            raised, why = [], None
        quote_start = verb.start
    groups = [(Span(quote_start, verb.end), items_of(report.text, found))]
    if not verb.passive:
        groups[0][1].extend(items_of(report.text, resumed(report, found, Span(found.end, end))))
        if not groups[0][1]:  # "The agenda included the following issues:" and a list below
            groups = [
                (Span(at, at), items_of(report.text, object_of(report, Span(at, to))))
                for at, to in listed_after(report, found, room.end)
            ]
    drafted = []
    for (start, least), items in groups:
        for item in items:
            topic = DraftTopic(
                id="",
                label=item.label,
                raised_by=raised,
                event=meeting.id,
                quote=report.cut(report.trimmed(Span(start, max(item.end, least)))),
            )
            if item.shared:
                topic.doubt("label", "a list's shared words given to each of its items: confirm")
            if why is not None:
                topic.doubt("raised_by", why)
            drafted.append(topic)
    return drafted, _Subject(index, raised, why)


# The first words of an opening phrase before a passive clause's subject: "During the talks,",
# "Then, with the participation of the delegations,".
_OPENINGS = frozenset(
    ("during", "at", "in", "also", "besides", "with", "then", "after", "following", "later")
)


def _opening(words: str) -> bool:
    """Whether ``words`` (up to a comma) are an opening phrase: "During the talks"."""
    first = words.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in _OPENINGS


def _after_opening(text: str, start: int, end: int) -> int:
    """Return where a passive clause's subject starts: after an opening phrase ("During the
    talks, issues of ... were discussed") when the words before its first comma are one (and
    the next: "Then, with the participation of the delegations,"), and
    after the last verb of saying ("Demir said that a cement plant would be on the agenda")."""
    comma = text.find(",", start, end)
    while comma >= 0 and _opening(text[start:comma]):
        start = comma + 1  # "Then, with the participation of the delegations, issues of ..."
        comma = text.find(",", start, end)
    # the last: "Demir said (that) a cement plant would be on the agenda"
    return max((m.end() for m in _REPORTED.finditer(text, start, end)), default=start)


class _Told:
    """The events other than the meeting, by the sentence that tells of them."""

    def __init__(self, report: Report, events: list[DraftEvent]) -> None:
        self.report = report
        self.by_sentence: dict[int, list[DraftEvent]] = {}
        for event in events:
            index = report.sentences.index(event.told_at)
            self.by_sentence.setdefault(index, []).append(event)

    def event_of(self, verb: Verb) -> DraftEvent | None:
        """Return the event told in the sentence of ``verb``, before it, whose kind the words
        before the verb name ("a round table of hydrologists discussed"), or a meeting of
        people other than the report's ("Later, A met B to discuss ..."), or None."""
        index = self.report.sentences.index(verb.start)
        if index not in self.by_sentence:
            return None
        sentence = self.report.sentence(verb.start)
        subject = self.report.text[max(sentence.start, verb.start - LONGEST) : verb.start]
        subject = subject.rsplit(",", 1)[-1].lower()
        for event in self.by_sentence[index]:
            if event.told_at >= verb.start:
                continue
            if event.kind in subject or (event.kind == "meeting" and event.participants):
                return event  # "the round table discussed", "Later, A met B to discuss"
        return None
