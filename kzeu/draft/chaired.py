"""Who attended a gathering other than a meeting: the people its clause says chaired or
attended it ("…, co-chaired by A and B", "with the participation of A", "A and B attended the
…", "A addressed the plenary session of …", "The meeting was co-chaired by A and B" in the
sentence after it), and of a dialogue or other event named by its kind, those its sentence says
co-chaired it. Each is listed: the reader confirms who was there."""

from __future__ import annotations

import re
from bisect import bisect_left

from kzeu.draft.drafted import DraftEvent
from kzeu.draft.meetings import participants_in
from kzeu.draft.report import Report, Span

# "A and B co-chaired the fourth round of the energy dialogue": who chaired an event named by
# its kind, in its sentence just before it.
_CHAIRED = re.compile(r"\b(?:co-chaired|chaired|co-chair|chair|led|opened)\s[^.;]{0,60}\Z")
# "… was held in Osh on Tuesday, co-chaired by A and B", "… opened … with the participation of
# A and B": who chaired or attended an event, told right after it in its clause.
_CHAIRED_BY = re.compile(
    r"""[^.;:]{0,80}?\b(?:
        (?:co-chaired|chaired|opened|attended)\ by    # "co-chaired by A and B"
      | with\ the\ participation\ of                # "with the participation of A and B"
      | under\ the\ (?:co-)?chairmanship\ of          # "under the co-chairmanship of A and B"
    )\s""",
    re.VERBOSE,
)
# The end of the clause of the people after "co-chaired by": a sentence's or clause's end.
_CLAUSE_END = re.compile(r"[.;:]|,\s(?:the|a|an|which|who|where|and|said|it)\b")
# "A and B attended the …", "A addressed the plenary session of …", "A will co-chair the …":
# who attended a gathering, in its sentence just before it.
_ATTENDED = re.compile(
    r"""\b(?:
        attended | took\ part\ in | addressed | participated\ in   # "attended the forum"
      | (?:will|to)\ co-chair                                     # "will co-chair the 21st …"
    )\s(?:the|a|an|its)?[^.;,]{0,50}\Z""",
    re.VERBOSE,
)
_NOT_PEOPLE_KINDS = frozenset(("meeting", "phone call", "press conference"))


def chaired_by(
    report: Report, drafted: list[DraftEvent], by_kind: set[str], by_surname: dict[str, str]
) -> None:
    """Give an event that its sentence says two or more people chaired or opened ("A and B
    co-chaired the dialogue", of an event named by its kind), or that its clause says people
    chaired or attended ("…, co-chaired by A and B", "with the participation of A", of any
    gathering but a meeting, call or press conference) those people, listed."""
    told = sorted(e.told_at for e in drafted)
    for event in drafted:
        if event.participants or (event.kind in _NOT_PEOPLE_KINDS and event.id not in by_kind):
            continue  # a meeting's people come from its own words, but for a dialogue's
        sentence = _near(report.sentence(event.told_at), event.told_at)
        before: list[str] = []
        attended = _ATTENDED.search(report.text, sentence.start, event.told_at)
        chaired = attended or _CHAIRED.search(report.text, sentence.start, event.told_at)
        if chaired is not None:
            before = _subjects(report.text[sentence.start : chaired.start()], by_surname)
            if len(before) < 2 and attended is None:
                before = []  # "A opened the forum": one who chairs may not be its party
        after = _chaired_after(report, event, sentence, told, by_surname) or _chaired_next(
            report, event, sentence, told, by_surname
        )
        people = list(dict.fromkeys((*before, *after)))
        if people:
            event.participants = people
            event.unsure["participants"] = "the people its sentence says chaired or attended it"


# The sentence after a gathering that says who chaired it: "The meeting was co-chaired by A
# and B", "The session was chaired by A".
_CHAIRED_NEXT = re.compile(r"\s*(?:The|This)\s[a-z]+\swas\s(?:co-)?chaired\sby\s")


def _chaired_next(
    report: Report, event: DraftEvent, sentence: Span, told: list[int], by_surname: dict[str, str]
) -> list[str]:
    """Return the people the next sentence says chaired ``event``, when it is the last event
    told of in its own sentence: "… held the 9th meeting of the Committee. The meeting was
    co-chaired by A and B"."""
    later = bisect_left(told, event.told_at + 1)
    if later < len(told) and told[later] < sentence.end + 2:
        return []  # another event told of after it in its sentence
    found = _CHAIRED_NEXT.match(report.text, sentence.end)
    if found is None or "\n\n\n" in report.text[sentence.end : found.end()]:
        return []
    end = _near(report.sentence(found.end()), found.end()).end
    clause = _CLAUSE_END.search(report.text, found.end(), end)
    return participants_in(report.text[found.end() : clause.start() if clause else end], by_surname)


# How far around an event its clause's people are looked for: a sentence of a report, not a
# megabyte without a full stop (each event's search stays bounded, the whole linear).
_REACH = 400


def _near(sentence: Span, at: int) -> Span:
    """Return the part of ``sentence`` within ``_REACH`` characters of ``at``."""
    return Span(max(sentence.start, at - _REACH), min(sentence.end, at + _REACH))


def _subjects(words: str, by_surname: dict[str, str]) -> list[str]:
    """Return the people ``words`` name as the subject of the verb after them: of a clause
    "…, who" the one named last before it ("received X, who is in Lindor to co-chair")."""
    who = words.rfind(", who ")
    if who >= 0:
        return participants_in(words[:who], by_surname)[-1:]
    return participants_in(words, by_surname)


def _chaired_after(
    report: Report, event: DraftEvent, sentence: Span, told: list[int], by_surname: dict[str, str]
) -> list[str]:
    """Return the people "co-chaired by …" or "with the participation of …" names right after
    ``event`` in its sentence, when no other event is told of between them."""
    start = report.text.find(event.name, event.told_at, sentence.end)
    start = start + len(event.name) if start >= 0 else event.told_at
    found = _CHAIRED_BY.match(report.text, start, sentence.end)
    if found is None:
        return []
    later = bisect_left(told, event.told_at + 1)
    if later < len(told) and told[later] < found.end():
        return []  # another event told of between: "… Forum, where the council, chaired by"
    end = _CLAUSE_END.search(report.text, found.end(), sentence.end)
    return participants_in(
        report.text[found.end() : end.start() if end else sentence.end], by_surname
    )


# The sentence after a meeting that tells its formats and who joined them: "The conversation
# began with a tete-a-tete meeting, followed by talks in an expanded format with the
# participation of A and B".
_FORMATS_WITH = re.compile(
    r"\s*(?:The|These|Their)\s(?:conversation|talks|meeting|negotiations)\s[^.;]{0,160}?"
    r"\bformats?\swith\sthe\sparticipation\sof\s"
)


def _formats_after(report: Report, at: int) -> re.Match[str] | None:
    """Return the words "… formats with the participation of" that open one of the two
    sentences after the one at ``at`` (a photo caption may stand between), or None."""
    spans = report.sentences.spans
    index = report.sentences.index(at) if spans else 0
    for start, _ in spans[index + 1 : index + 3]:
        found = _FORMATS_WITH.match(report.text, start)
        if found is not None:
            return found
    return None


def joined_formats(report: Report, drafted: list[DraftEvent], by_surname: dict[str, str]) -> None:
    """Add to a meeting of people the people one of the two sentences after it says joined
    its talks in an expanded format ("… with the participation of A"), listed."""
    for event in drafted:
        if event.kind != "meeting" or not event.participants:
            continue
        found = _formats_after(report, event.told_at)
        if found is None:
            continue
        end = _near(report.sentence(found.end()), found.end()).end
        clause = _CLAUSE_END.search(report.text, found.end(), end)
        joined = participants_in(
            report.text[found.end() : clause.start() if clause else end], by_surname
        )
        more = [p for p in joined if p not in event.participants]
        if more:
            event.participants = [*event.participants, *more]
            event.unsure["participants"] = (
                "with the people the next sentence says joined its talks: confirm"
            )
