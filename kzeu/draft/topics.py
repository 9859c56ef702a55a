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
from kzeu.draft.lexicon import (
    ADJECTIVE_ENDINGS,
    EVENT_WORDS,
    KIND_WORDS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TOPIC_EVERYONE,
    TOPIC_FRAME_ENDS,
    TOPIC_FRAMES,
    TOPIC_NO_ONE,
    TOPIC_NOT_FIRST,
    TOPIC_ON_NOT,
    TOPIC_PARTICIPLES,
    TOPIC_PASSIVES,
    TOPIC_PRONOUNS,
    TOPIC_SHARED_HEADS,
    TOPIC_TALK_WORDS,
    TOPIC_URGE_WORDS,
    TOPIC_VAGUE,
    TOPIC_VERB_NOT_AFTER,
    TOPIC_VERBS,
    alternation,
)
from kzeu.draft.report import LONGEST, Report, Span

# At most this many topics are drafted from one report: past it the rest are the reader's.
MAX_TOPICS = 500
# How far a verb's object may run: a clause's list, not a paragraph.
OBJECT_LENGTH = LONGEST + 100

_VERB = re.compile(
    r"""
      (?<![\w-])(?P<active>"""
    + alternation(TOPIC_VERBS)
    + r""")(?![\w-])     # "discussed", "exchanged views on": the topic follows
    | (?<![\w-])(?P<passive>"""
    + alternation(TOPIC_PASSIVES)
    + r""")(?![\w-])     # "were discussed": the topic stands before
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A word of talk that an "on" or "about" after it turns into a topic verb: "held talks with Y on
# X", "briefed them on X", "informed Y about X", "met Y on X".
_TALK = re.compile(
    r"\b" + alternation(TOPIC_TALK_WORDS) + r"\b  # 'talks', 'briefed', 'informed'", re.VERBOSE
)
_ABOUT = re.compile(r"\s(?:on|about|regarding|concerning)\s  # what the talk was about", re.VERBOSE)
# A word of asking that a "to" after it turns into a topic verb: "asked the guests to support".
_URGE = re.compile(
    r"\b" + alternation(TOPIC_URGE_WORDS) + r"\b  # 'asked', 'urged', 'calling on'", re.VERBOSE
)
_TO = re.compile(r"\sto\s(?=[a-z])  # the verb asked for: 'to support'", re.VERBOSE)
_SIGNED = re.compile(r"\bsign(?:ed|s|ing)?\b  # 'signed documents on ...'", re.VERBOSE)
# How far after its word of talk an "on" may open what was talked of: "talks with Minister of
# Energy and Water Resources Daler Jumazoda on ...".
TALK_REACH = 160

# A relative clause that ends an object ("..., which is planned in Riga") and the list that
# may go on after it (", as well as cooperation within the SCO").
_RELATIVE = re.compile(
    r",\s(?:which|where|whose|scheduled|planned|to\ be)\b  # ', which'", re.VERBOSE
)
_AS_WELL_AS = re.compile(
    r""",\s(?:as\ well\ as|and)\s                      # ", as well as ", ", and "
    (?!the\ (?:sides|parties|two|ministers)\b|they\b|he\b|she\b|both\b|[a-z]+ed\b)
                                                       # not a new clause: ", and the sides"
    """,
    re.VERBOSE,
)

# A verb of speech that opens the clause a person reports: "Novak said (that) ...".
_SAID = re.compile(
    r"\b" + alternation(SPEECH_VERBS) + r"\b(?:\ that\b)?  # 'said', 'noted that'", re.VERBOSE
)

# Where a verb's object ends: what follows it is no longer the list of what was discussed.
_OBJECT_END = re.compile(
    r"""
      [;:()\[\]"“”]                                  # a semicolon, colon, bracket or quote
    | \s[–—]\s | \s--\s                              # a dash between spaces
    | ,\s(?:which|where|who|whose|while|when|with|noting|stressing|saying|adding|as\ well\ as\ to
        |emphasi[sz]ing|underlining|highlighting|according|to\ be|scheduled|planned|due|including
        |in\ particular|especially|and\ (?:the\ (?:sides|parties|two|ministers)|they|he|she|both))\b
                                                     # ", which ...", ", and the sides ..."
    | ,\s(?:the\s)?(?:[\w'’.-]+\s){1,12}(?:reports?|reported|said|says|added|told|noted)\b
                                                     # ", Trend reports", ", the ministry said"
    | \s(?:during|at\ (?:a|the|their)\ (?:meeting|talks)|on\ the\ sidelines|in\ order\ to
        |as\ part\ of|within\ the\ framework)\b         # " during the meeting", " in order to"
    | \sto\s(?:about\s|around\s|some\s|nearly\s)?(?:US\$|[$€£¥₸₽]|\d)   # " to $5 billion"
    | \sby\s(?:19|20)\d\d\b                                          # " by 2030"
    | \swithin\s(?:the\snext\s)?(?:\d+|a|an|one|two|three|four|five|ten)\s  # "within five years"
    | \sand\s(?:agreed|noted|signed|stressed|expressed|reaffirmed|welcomed|invited|decided
        |confirmed|underlined|emphasi[sz]ed|highlighted|stated|said|praised|thanked)\b
                                                     # " and agreed ...": another verb
    """,
    re.VERBOSE,
)
# Where a list parts its items: commas, "and", "as well as" (one with the next item's
# preposition: "and on the implementation of ...").
_SEPARATOR = re.compile(
    r"""
      ,?\s(?:as\ well\ as|and|or)\s(?:on\s|to\s|of\s)?   # " and ", ", as well as on "
    | ,\s(?:on\s|to\s)?                                  # ", ", ", on "
    """,
    re.VERBOSE,
)
# A word that joins the object to the next verb's clause: "the situation in Afghanistan and
# (agreed to develop ...)".
_TRAILING_JOIN = re.compile(
    r"""(?:,?\s(?:and|or|as\ well\ as|also|and\ also))+\s*\Z  # " and" at the end""", re.VERBOSE
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\w.,]*  # a word or a number", re.VERBOSE)
_ARTICLE = re.compile(r"(?:the|a|an)\s  # an article, left out of a label", re.VERBOSE)


class Item(NamedTuple):
    """One agenda item of a verb's object: its label, where its words end, and whether its label
    shares words the report writes once for several items (a guess)."""

    label: str
    end: int
    shared: bool


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
    names = _NameIndex(people)
    drafted: list[DraftTopic] = []
    seen: set[str] = set()
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
            key = topic.label.casefold()
            if key in seen:
                continue
            seen.add(key)
            topic.id = report.new_id(topic.label)
            drafted.append(topic)
            if len(drafted) == MAX_TOPICS:
                return drafted
    return drafted


class Verb(NamedTuple):
    """Where a clause says what was on the agenda, and whether the topic stands before it."""

    start: int
    end: int
    passive: bool = False


def _verbs(report: Report, body: int) -> list[Verb]:
    """Return the topic verbs of the report from ``body`` on, in order: the lexicon's phrases,
    and "talks with Y on", "informed Y about" (``_talks_on``)."""
    text = report.text
    found = [
        Verb(m.start(), m.end(), m.group("passive") is not None)
        for m in _VERB.finditer(text, body)
        if _is_topic_verb(text, m)
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


def _talks_on(report: Report, body: int) -> list[Verb]:
    """Return a verb for each "held talks with Y on X", "briefed them on X", "informed Y
    about X": from the word of talk to the "on" or "about" that opens what was talked of,
    within ``TALK_REACH`` characters of its sentence: the first such word, unless it is "on
    Tuesday", "on the sidelines" or inside a name ("the Commission on Trade") or a body named
    by its kind ("the working group on trade")."""
    text = report.text
    found = []
    for talk in _TALK.finditer(text, body):
        limit = min(report.sentence(talk.start()).end, talk.end() + TALK_REACH)
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
    relax X": from the word of asking to the first "to" of its sentence within ``TALK_REACH``."""
    text = report.text
    found = []
    for urge in _URGE.finditer(text, body):
        limit = min(report.sentence(urge.start()).end, urge.end() + TALK_REACH)
        to = _TO.search(text, urge.end(), limit)
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
    names: _NameIndex,
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
        found = _object(report, Span(_after_opening(report.text, start, verb.start), verb.start))
        raised: list[str] = []
        why = None
        quote_start = found.start
    else:
        end = min(sentence.end, room.end, verb.end + OBJECT_LENGTH)
        found = _object(report, Span(verb.end, end))
        subject = Span(max(sentence.start, room.start, verb.start - LONGEST), verb.start)
        said = names.raised_by(report.text, subject, meeting)
        if said is not None:
            raised, why = said
        elif last.sentence == index:
            raised, why = last.raised, last.why
        else:
            raised, why = [], None
        quote_start = verb.start
    items = _items(report.text, found)
    if not verb.passive:
        items.extend(_items(report.text, _resumed(report, found, Span(found.end, end))))
    drafted = []
    for item in items:
        topic = DraftTopic(
            id="",
            label=item.label,
            raised_by=raised,
            event=meeting.id,
            quote=report.cut(report.trimmed(Span(quote_start, max(item.end, verb.end)))),
        )
        if item.shared:
            topic.doubt("label", "a list's shared words given to each of its items: confirm")
        if why is not None:
            topic.doubt("raised_by", why)
        drafted.append(topic)
    return drafted, _Subject(index, raised, why)


def _resumed(report: Report, found: Span, rest: Span) -> Span:
    """Return the list that goes on after a relative clause cut it short ("preparations for the
    meeting, which is planned in the autumn, as well as cooperation within the SCO"): from the
    ", as well as" in ``rest`` (the words after the object, to the end of its room), else an
    empty span."""
    text = report.text
    if _RELATIVE.match(text, found.end) is None:
        return Span(rest.end, rest.end)
    again = _AS_WELL_AS.search(text, rest.start, rest.end)
    if again is None:
        return Span(rest.end, rest.end)
    return _object(report, Span(again.end(), rest.end))


def _after_opening(text: str, start: int, end: int) -> int:
    """Return where a passive clause's subject starts: after an opening phrase ("During the
    talks, issues of ... were discussed") when the words before its first comma are one."""
    comma = text.find(",", start, end)
    opening = text[start:comma].split()
    if comma >= 0 and opening and opening[0].lower() in ("during", "at", "in", "also", "besides"):
        return comma + 1
    return start


def _object(report: Report, room: Span) -> Span:
    """Return a verb's object within ``room``: up to the first word that ends its list."""
    end = _OBJECT_END.search(report.text, room.start, room.end)
    found = report.trimmed(Span(room.start, end.start() if end is not None else room.end))
    tail = _TRAILING_JOIN.search(report.text, found.start, found.end)
    return report.trimmed(Span(found.start, tail.start())) if tail is not None else found


def _items(text: str, found: Span) -> list[Item]:
    """Return the agenda items of the object ``found``: one per item of its list, each with
    the frame before the list and the noun after a list of adjectives."""
    start = found.start
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, found.start, found.end)]
    if words and (words[0][2].lower() in TOPIC_NOT_FIRST or words[0][2].lower() in TOPIC_ON_NOT):
        return []  # "proposed convening the working group on trade and investment": an event
    frame = _frame(words)
    if frame is not None:
        start = words[frame][1]
    parts = _parts(text, Span(start, found.end))
    if frame is None or len(parts) == 1:
        frame_words = ""
        if len(parts) == 1:
            parts = [(found.start, parts[0][1])] if parts else []
    else:
        frame_words = _label(text[found.start : start])
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
    well as", except an "and" inside a name ("Trade and Integration") or after "between"."""
    parts: list[tuple[int, int]] = []
    start = span.start
    for separator in _SEPARATOR.finditer(text, span.start, span.end):
        if _joins_a_name(text, start, separator):
            continue
        if separator.start() > start:
            parts.append((start, separator.start()))
        start = separator.end()
    if span.end > start:
        parts.append((start, span.end))
    return parts


def _joins_a_name(text: str, start: int, separator: re.Match[str]) -> bool:
    """Whether the "and" of ``separator`` joins two words of one name ("Trade and Integration",
    "Chile and Peru") or two sides ("between A and B")."""
    before = text[start : separator.start()].split()
    after = text[separator.end() : separator.end() + 1]
    if "and" in separator.group() and before and before[-1][:1].isupper() and after.isupper():
        return True
    if "between" not in before:
        return False
    after_between = before[len(before) - before[::-1].index("between") :]
    return "and" not in after_between  # "between A, B and C": to the first "and" after it


def _labelled(text: str, parts: list[tuple[int, int]], frame: str) -> list[Item]:
    """Return the items of ``parts`` labelled: the frame before each that opens with no article,
    the last item's noun after each item before it that shares it (``_shared_noun``)."""
    cut = [text[start:end] for start, end in parts]
    noun = _shared_noun(cut)
    inner = _first_frame(cut) if noun is None else ""
    items = []
    for index, ((_, end), words) in enumerate(zip(parts, cut, strict=True)):
        label = _label(words)
        shared = False
        if noun is not None and index < len(parts) - 1:
            label, shared = f"{label} {noun}", True
        if inner and index > 0:
            label, shared = f"{inner} {label}", True
        if frame and not _ARTICLE.match(words.lstrip()):
            label, shared = f"{frame} {label}", True
        if _worth_listing(label):
            items.append(Item(label, parts[-1][1] if shared and noun else end, shared))
    return items


def _first_frame(items: list[str]) -> str:
    """Return the frame the first of ``items`` gives the short fields after it ("joint projects
    in energy, transport and agriculture" -> "joint projects in"), or ""."""
    later = items[1:]
    if not later or any(len(i.split()) > 2 or _ARTICLE.match(i.lstrip()) for i in later):
        return ""
    first = items[0].split()
    ends = [i for i, word in enumerate(first[:6]) if word.lower() in ("in", "of", "for")]
    if not ends or ends[-1] == 0 or len(first) - ends[-1] > 3:
        return ""
    return _label(" ".join(first[: ends[-1] + 1]))


def _shared_noun(items: list[str]) -> str | None:
    """Return the noun the last of ``items`` shares with the short items before it, when one of
    them is an adjective ("trade, economic and cultural cooperation" -> "cooperation") or the
    noun is one lists share ("hydropower and irrigation projects" -> "projects")."""
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
    heads = [item.split()[-1].lower() for item in items[:-1]] + [last[0].lower()]
    if not any(word.endswith(ADJECTIVE_ENDINGS) for word in heads):
        return None
    return " ".join(last[1:])


_NEW = frozenset(("new", "joint", "major", "large"))


def _label(words: str) -> str:
    """Return an item's words as a label: one line, without a leading article or "to"."""
    label = " ".join(words.split())
    if label[:1].isdigit() and " " in label:  # "38 cooperation projects": what, not how many
        label = label.split(" ", 1)[1]
    first = label.split(" ", 1)[0]
    if first.lower() in TOPIC_FRAMES or first.lower() in TOPIC_VAGUE:
        label = first.lower() + label[len(first) :]  # "Issues of ..." opening a sentence
    for lead in ("the ", "a ", "an ", "to ", "on ", "of ", "in "):
        label = label.removeprefix(lead)
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


class _NameIndex:
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
        words = text[subject.start : subject.end]
        reported = list(_SAID.finditer(words))
        clause = words[reported[-1].end() :] if reported else ""
        if re.search(r"[^\W\d_]", clause) and ", and " not in clause:
            # "Novak said that Moldova is ready to": the clause's subject is Moldova (but not
            # in "Novak stressed the importance of", nor "Novak noted that ..., and called for")
            return self._named(clause, meeting) or ([], None)
        tail = words.rsplit(",", 1)[-1]
        if tail != words:  # the words after the last comma first: "During the talks, Novak"
            found = self._named(tail, meeting)
            if found is not None:
                return found
        return self._named(words, meeting)

    def _named(self, words: str, meeting: DraftEvent) -> tuple[list[str], str | None] | None:
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
            return [], "the subject is a pronoun: whom it stands for is the reader's to give"
        return None


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
