"""Each person's part in the story (``people/ID.role``), composed from what the draft found.

A role is proposed only from facts already drafted, each part true to the text: the meetings
and calls the person is listed in ("Met Jan Novak in Rome"), the topics they raised ("raised
the transport route"), the figures stated in a sentence where they speak ("stated exports of
$5 million"); failing those, what they did as the text tells it ("Spoke at the Harbour Forum",
"Quoted as Minister of Energy", "Named as Minister of Energy"). It runs after events, topics
and figures are drafted; the role stays listed for a reader to confirm, with how it was made.
"""

from __future__ import annotations

import re

from kzeu.draft.drafted import TO_FILL, DraftEvent, DraftPerson, DraftStatistic, DraftTopic
from kzeu.draft.lexicon import trie
from kzeu.draft.lexicon.people import ROLE_LENGTH, ROLE_SPEECH_VERBS, SPEECH_VERBS
from kzeu.draft.report import Report

Span = tuple[int, int]
_SEP = "; "
_SPEECH = "|".join(sorted(ROLE_SPEECH_VERBS | SPEECH_VERBS, key=len, reverse=True))
# words that may stand between a name and its verb: a title or an aside set apart by commas
_ASIDE = r"(?:,[^,.;]{1,120},)?"
# "said Foreign Minister Jan Novak": up to six capitalised words (a title) between
_TITLE_WORDS = r"(?:(?:[A-Z][\w'’-]*|of|the|for|and)\s+){0,8}"


def add_roles(
    report: Report,
    people: list[DraftPerson],
    events: list[DraftEvent],
    topics: list[DraftTopic],
    statistics: list[DraftStatistic],
) -> None:
    """Propose a role for each person in ``people`` whose role is empty, listed to confirm."""
    names = {p.id: p.name for p in people}
    naming = _sentences_naming(report, [p for p in people if p.role == TO_FILL])
    speakers = _speakers(report, naming)
    listing: dict[str, list[DraftEvent]] = {}  # the events that list each person, in order
    for event in events:
        for listed in dict.fromkeys(event.participants or ()):
            listing.setdefault(listed, []).append(event)
    spoken_at = _Spoken(report, events)
    for person in people:
        if person.role != TO_FILL:
            continue
        spoke = _spoken(naming, speakers, _surname(person))
        parts = {
            "the meetings it lists them in": _meetings(person, listing.get(person.id, []), names),
            "the topics it has them raise": _raised(person, topics),
            "the figures of what they said": [_stated(report, person, statistics, spoke)],
        }
        if not any(any(p) for p in parts.values()):
            parts = {"what the text says they did": [_what_they_did(person, spoken_at, spoke)]}
        role, used = _joined([p for found in parts.values() for p in found])
        if role:
            person.role = role
            how = ", ".join(name for name, found in parts.items() if set(found) & used)
            person.unsure["role"] = f"composed from what the draft found: {how}; confirm or reword"


def _joined(parts: list[str]) -> tuple[str, set[str]]:
    """Return ``parts`` as one sentence-case role of ``ROLE_LENGTH`` characters at most (the
    parts that fit, in order; the first cut at a word when it alone is too long), and the parts
    it holds."""
    role, used = "", set()
    for part in parts:
        if not part:
            continue
        candidate = part if not role else f"{role}{_SEP}{_lowered(part)}"
        if len(candidate) <= ROLE_LENGTH:
            role = candidate
        elif not role:
            role = part[:ROLE_LENGTH].rsplit(" ", 1)[0].rstrip(",;:– ")
        else:
            continue
        used.add(part)
    return role[:1].upper() + role[1:], used


def _lowered(words: str) -> str:
    """Return ``words`` with a capital first letter lowered, unless its word is an acronym."""
    return words[0].lower() + words[1:] if words[1:2].islower() else words


def _meetings(person: DraftPerson, events: list[DraftEvent], names: dict[str, str]) -> list[str]:
    """Return what the person did at the meetings, calls and press conferences the draft lists
    them in, those of one verb and place told as one: "Met A and B in Rome", "Spoke by phone
    with A", "Is to meet A", "Held a press conference with A", "Took part in the E Forum"."""
    met: dict[tuple[str, str], list[str]] = {}
    for event in events:
        if person.id not in (event.participants or ()) or event.status not in _VERBS:
            continue
        others = [names[i] for i in event.participants or () if i != person.id and i in names]
        verb = _VERBS[event.status].get(event.kind)
        if verb is None:
            named = f"the {event.name}" if event.name else f"a {event.kind}"
            met.setdefault((f"{_VERBS[event.status]['at']} {named}", ""), [])
        elif others:
            place = f" in {event.place}" if event.place else ""
            with_them = met.setdefault((verb, place), [])
            with_them.extend(o for o in others if o not in with_them)
    parts: list[str] = []
    for (verb, place), others in met.items():
        part = f"{verb} {_listed(others)}{place}" if others else verb
        if len(part) > ROLE_LENGTH and len(others) > 1:  # an event's long name is kept whole
            part = f"{verb} {others[0]} and others{place}"
        parts.append(part)
    return parts[:2]


_VERBS = {
    "held": {
        "meeting": "Met",
        "phone call": "Spoke by phone with",
        "press conference": "Held a press conference with",
        "at": "Took part in",
    },
    "upcoming": {
        "meeting": "Is to meet",
        "phone call": "Is to speak by phone with",
        "press conference": "Is to hold a press conference with",
        "at": "Is to take part in",
    },
}


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _raised(person: DraftPerson, topics: list[DraftTopic]) -> list[str]:
    """Return "Raised A and B": the topics the draft has the person raise."""
    labels = [t.label for t in topics if person.id in t.raised_by and t.label]
    if not labels:
        return []
    fitting: list[str] = []
    for label in labels:
        if len("Raised " + _listed([*fitting, label])) > ROLE_LENGTH and fitting:
            break
        fitting.append(label)
    return ["Raised " + _listed(fitting)]


def _surname(person: DraftPerson) -> str:
    return person.name.split()[-1] if person.name.split() else ""


def _sentences_naming(report: Report, people: list[DraftPerson]) -> dict[str, list[Span]]:
    """Return, for each surname of ``people``, the spans of the sentences of the body that name
    it, in text order, each once: one pass over the text for all of them, so that a report of
    many people costs no more a person than one of few."""
    surnames = sorted({s for s in map(_surname, people) if s}, key=len, reverse=True)
    if not surnames:
        return {}
    found: dict[str, dict[Span, None]] = {surname: {} for surname in surnames}
    for match in re.finditer(rf"(?<![\w-]){trie(surnames)}(?![\w-])", report.text):
        if match.start() >= report.body:
            sentence = report.sentence(match.start())
            found[match.group()][sentence.start, sentence.end] = None
    return {surname: list(spans) for surname, spans in found.items()}


def _spoken(
    naming: dict[str, list[Span]], speakers: dict[Span, set[str]], surname: str
) -> list[Span]:
    """Return the sentences in which the person of ``surname`` speaks, among those that name
    them (``naming``), as ``_speakers`` found them."""
    return [span for span in naming.get(surname, []) if surname in speakers.get(span, ())]


def _speakers(report: Report, naming: dict[str, list[Span]]) -> dict[Span, set[str]]:
    """Return, for each sentence that names someone, the surnames that speak in it: the
    surname before a verb of speech ("Novak said", "Novak, the minister, noted") or after one
    ("said Minister Jan Novak", "according to Novak"). Two patterns for all the surnames, and
    each sentence read once."""
    if not naming:
        return {}
    alternatives = trie(naming)  # longest first, and linear however many people are named
    after = re.compile(rf"\b(?P<s>{alternatives}){_ASIDE}\s+(?:also\s+|further\s+)?(?:{_SPEECH})\b")
    before = re.compile(rf"\b(?:{_SPEECH}|according\s+to)\s+{_TITLE_WORDS}(?P<s>{alternatives})\b")
    sentences = dict.fromkeys(span for spans in naming.values() for span in spans)
    return {
        (start, end): {m["s"] for p in (after, before) for m in p.finditer(report.text, start, end)}
        for start, end in sentences
    }


def _stated(
    report: Report,
    person: DraftPerson,
    statistics: list[DraftStatistic],
    spoke: list[tuple[int, int]],
) -> str:
    """Return "Stated A of X and B of Y": the labelled figures of the sentences the person
    speaks in (two at most)."""
    stated: list[str] = []
    for statistic in statistics:
        if not statistic.label or "label" in statistic.unsure:
            continue
        at = report.text.find(statistic.quote, report.body)
        if at >= 0 and any(start <= at < end for start, end in spoke):
            stated.append(f"{_lowered(statistic.label)} of {statistic.figure}")
    if not stated:
        return ""
    return "Stated " + _listed(stated[:2])


class _Spoken:
    """The first event held (no meeting, call or press conference) whose name a sentence holds,
    found once a sentence and once a name, however many people speak in it."""

    def __init__(self, report: Report, events: list[DraftEvent]) -> None:
        self.text = report.text
        # each name once, at its first event: the first event a sentence names is of one of them
        self.names = list(
            dict.fromkeys(
                e.name
                for e in events
                if e.name and e.kind not in _VERBS["held"] and e.status == "held"
            )
        )
        self.first: dict[Span, int | None] = {}

    def named_in(self, span: Span) -> int | None:
        """Return the place in ``names`` of the first name the sentence ``span`` holds."""
        if span not in self.first:
            said = self.text[span[0] : span[1]]
            self.first[span] = next((i for i, n in enumerate(self.names) if n in said), None)
        return self.first[span]

    def event_of(self, spoke: list[Span]) -> str | None:
        """Return the name of the first event named in any of the sentences ``spoke``."""
        found = [i for i in map(self.named_in, spoke) if i is not None]
        return self.names[min(found)] if found else None


def _what_they_did(person: DraftPerson, spoken_at: _Spoken, spoke: list[tuple[int, int]]) -> str:
    """Return "Spoke at E" (an event named in a sentence the person speaks in), "Quoted as
    TITLE" or "Named as TITLE" (the person's first title), "Quoted in the report"."""
    name = spoken_at.event_of(spoke)
    if name is not None:
        return f"Spoke at the {name.removeprefix('the ')}"
    title = next((t for t in person.titles if t != person.name), "")
    if "titles" in person.unsure:
        title = ""
    verb = "Quoted" if spoke else "Named"
    if title:
        return f"{verb} as {title}"
    return "Quoted in the report" if spoke else ""
