"""Events a sentence tells of without naming them: "attended a business forum in Riga", "a
round table was held", "a meeting of the heads of government of ...", "The next meeting will be
held in Velmora", "the previous round of political consultations"."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.lexicon import alternation
from kzeu.draft.lexicon.events import KIND_WORDS, SELF_NAMING_KINDS
from kzeu.draft.meetings import doubt_meeting, meeting_of, participants_in, surnames
from kzeu.draft.report import Report

_UNNAMED = re.compile(
    r"""
    # every branch starts a word with one of these letters: looked for first, so that the
    # branches are tried only there
    (?=\b[AaTtHhOoPpIiWwBCc])(?:
      # "attended a business forum", "addressed the conference"
      \b(?:attended|attend|attends|hosted|hosts|host|opened|opens|took\ part\ in|take\ part\ in
        |participated\ in|addressed)\s(?P<article>a|an|the)\s
        (?!(?:press|news|video|telephone|phone|online|virtual)\s)(?:[a-z]+\s)?  # not "a video
                                                                          # conference"
        (?P<kind>forum|conference|summit|round\ table|roundtable|exhibition)\b
      # "a round table was held", "the conference will be held"
    | \b(?:[Aa]n?|[Tt]he)\ (?!(?:press|news|video|telephone|phone|online|virtual)\s)
        (?:[a-z]+\s)?(?P<held>forum|conference|round\ table|roundtable)  # not "a video conference"
        \ (?:was|will\ be|is\ to\ be)\ held\b
      # "a meeting of the heads of government of the SCO member states", "a meeting of transport
      # ministers": a gathering of office holders, not of a named body
    | \b(?:[Aa]n?|[Tt]he)\ (?!"""
    + alternation(w.split()[0] for w in SELF_NAMING_KINDS)  # a kind of its own: kind_events
    + r"""\ )(?:[\w-]+\ )?(?P<heads>meeting)\ of\ (?:the\ )?(?:heads|leaders|ministers
        |[a-z]+\ ministers)(?:\ of)?\b     # "an informal meeting of the foreign ministers"
      # "The next meeting will be held in Tashkent" (not "the next meeting of" a named event)
    | \b(?:[Tt]he|[Ii]ts)\ next\ (?P<next>meeting)\b(?!\ of)   # "its next meeting is planned"
      # "the next round of talks" (to come), "a previous round of political consultations"
      # "the ministerial meeting scheduled for October": one to come, named by its kind only
    | \b(?:[Aa]n?|[Tt]he)\ (?:[a-z]+\ )?(?P<due>meeting)\ (?:scheduled|planned|set)\ for\b
      # "held a bilateral with the commissioner": the noun, a meeting of two
    | \bheld\ an?\ (?:[a-z]+\ )?(?P<bilateral>bilateral)\ (?:with|on\ the\ margins)\b
      # "held a briefing for the media", "a briefing for journalists"
    | \b(?:[Aa]|[Tt]he)\ (?P<briefing>briefing)\ for\ (?:the\ )?(?:media|press
        |journalists|reporters)\b
      # "the foreign ministers will hold a meeting on the sidelines of …": to come, of no one
      # named ("a meeting with X" and "a meeting of the commission" are other stages')
    | \b(?:will|to|would)\ hold\ (?:a|their)\ (?P<tohold>meeting)\b  # "its": a body's
        (?!\ (?:with|of|between)\b)
      # "B2B meetings between Lankan and Corvalian firms", "consultations on consular issues
      # were held": meetings of no one named
    | \b(?P<b2b>B2B)\ (?:meetings|talks|sessions)\b
    | \b(?P<consultations>[Cc]onsultations)\ on\ [^.;\n]{1,60}?\ (?:were|will\ be|are\ to\ be)
        \ held\b
    | \b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\ (?P<which>next|previous|last)
        \ (?P<round>round(?:\ of\ (?:[a-z]+\ )?
        (?:talks|consultations|negotiations))?)\b     # "the next round would be held in Isfara"
    )""",
    re.VERBOSE,
)


_OWN_NOUNS = ("briefing", "due", "bilateral", "b2b", "consultations", "tohold")
_WILL = re.compile(r"\b(?:will|is\sto|are\sto|is\sdue|is\sscheduled|planned)\b")


_UNNAMED_KINDS = ("forum", "conference", "summit", "round table", "roundtable", "exhibition")


def unnamed_events(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Add the forums, conferences and next meetings a sentence tells of without a name."""
    by_surname = surnames(people)
    text = report.text
    # where each kind of event is first named ("Financing Conference"), found once
    named_at = {kind: text.find(kind.title(), body) for kind in _UNNAMED_KINDS}
    for match in _UNNAMED.finditer(text, body):
        kind_word = _kind_word(match)
        if kind_word and match.group("held"):
            if match.group().lower().startswith("the ") and named_at[kind_word] >= 0:
                continue  # "the conference was held": the named one
        elif match.group("article") == "the" and 0 <= named_at.get(kind_word, -1) < match.start():
            continue  # "addressed the conference": the named conference told of before
        sentence = report.sentence(match.start())
        if sentence.end - sentence.start > 2000:
            continue
        said = report.trimmed(sentence)
        words = report.cut(said)
        again = match.group("next") or match.group("round")
        kind = "meeting" if again else kind_word.replace("round", "round ")
        kind = " ".join(kind.split())
        kind = KIND_WORDS.get(kind, kind)  # "an exhibition" is a forum
        event, unsure = meeting_of(report, match, said, published, kind=kind)
        event.participants = participants_in(words, by_surname)
        drafted.append(event)
        if again:
            unsure = _another_round(event, match) and unsure
        elif any(match.group(g) for g in _OWN_NOUNS):
            if (
                match.group("due")
                or match.group("tohold")
                or _WILL.search(report.text, sentence.start, sentence.end)
            ):
                event.status = "upcoming"  # "scheduled for", "a briefing … will follow"
                if event.date is not None and published is not None and event.date < published:
                    event.date, event.timing = None, None  # "on Friday": the one to come
            event.doubt("status", "held or to come, as the tense of its sentence tells")
            if event.participants:  # "…, Annayev said": the one who tells may not be there
                event.doubt("participants", "the people its sentence names: confirm who met")
        doubt_meeting(event, date_unsure=unsure)


def _kind_word(match: re.Match[str]) -> str:
    """The word of ``match`` that says its event's kind ("forum", "meeting", "briefing")."""
    if match.group("bilateral"):
        return "meeting"
    if match.group("briefing"):
        return "press conference"
    if match.group("b2b") or match.group("consultations") or match.group("tohold"):
        return "meeting"
    names = ("kind", "held", "heads", "due")
    return next((match.group(n) for n in names if match.group(n)), "")


def _another_round(event: DraftEvent, match: re.Match[str]) -> bool:
    """Make ``event`` the round its words tell of: "the next meeting", "the next round of
    talks" (to come), "the previous round of consultations" (held, and neither on its
    sentence's day nor with its people, who met at another); return whether its date stays."""
    if match.group("next") or match.group("which") == "next":
        event.status, event.next_session = "upcoming", bool(match.group("next"))
        if event.timing is not None and event.timing.lower().startswith(("earlier", "yesterday")):
            event.date, event.timing = None, None  # the last meeting's day, told before it
        return True
    event.status, event.date, event.timing, event.participants = "held", None, None, []
    return False
