"""Meetings a sentence tells of: ``met``, ``held talks with``, ``received``, ``a phone call
with``, ``a joint press conference``, and events told of without a name ("attended a business
forum", "The next meeting will be held in Tashkent"); one per meeting of the same people, a
later sentence with its place or date replacing an earlier one without."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.lexicon import alternation, caseless_trie, trie
from kzeu.draft.lexicon.events import (
    EVENT_WORDS,
    FAMILY_FIRST,
    FAMILY_FIRST_ENDINGS,
    KIND_WORDS,
    KIND_WORDS_ANY_CASE,
    MEETING_FORMATS,
    MEETING_PHRASES,
    MET_WHOM,
    OTHER_MATTER,
    WHO_MEET,
)
from kzeu.draft.report import Report, Span
from kzeu.draft.same_meeting import placed
from kzeu.draft.timing import FUTURE, TIMING, dated, place_after

_MEETING = re.compile(
    r"""
    # every branch starts with a letter: looked for first, so that the branches are tried at
    # the starts of words only, not of numbers (half the time of this pattern over a text)
    (?=[^\W\d_])\b(?<!not\ )(?<!never\ )(?<!yet\ to\ )(?:  # not "has not met yet", "never met"
    # an ambassador presenting credentials, a ceremony with the one who receives them (not
    # "received X, who presented ...": the reception told of); before "received" alone
    (?:(?<!who\ )present(?:ed|s|ing)?|accept(?:ed|s|ing)?|receiv(?:ed|es|ing))
      \ (?:(?:a|the)\ )?(?:cop(?:y|ies)\ of\ )?(?:(?:his|her|their|the)\ )?(?:letters\ of\ )?
      credentials
    | """
    + "|".join(re.escape(phrase) for phrase in MEETING_PHRASES)  # "met", "held talks", ...
    + r"""
    | talks\ in\ (?-i:[A-Z])[\w'’-]+\ (?:between|with)       # "talks in Seoul between"
    # "talks in Riga on Tuesday between", "a telephone conversation on Wednesday between": the
    # phrase with its place or day before the people
    | (?:talks|negotiations|a\ meeting|(?:a\ |the\ )?video\ (?:conference|call))
      (?:\ (?:held\ )?(?:in|on|at)\ (?:St\.\ )?(?-i:[A-Z])[\w'’-]+){1,2}\ (?:between|with)
    # "X was received by Y", "X was received in Lindor by Y", "… at the Oguz Palace by Y"
    | (?:was|were)\ received
      (?:\ (?:in|at)\ (?:the\ )?(?-i:[A-Z])[\w'’-]+(?:\ (?-i:[A-Z])[\w'’-]+)?)?\ by
    # "will travel on to Lindor on Wednesday to meet Lankan officials", "to meet with his
    # counterpart": a meeting to come with people, not "to meet demand"
    | (?:will|would|to)\ (?:also\ )?meet(?:\ with)?
      (?=\s(?:the\s|his\s|her\s|their\s)?(?:(?-i:[A-Z])[\w'’-]+\s)?"""
    + alternation(MET_WHOM)
    + r"""\b)
    # a meeting told by its format: "a tete-a-tete meeting of the co-chairs", "a one-on-one
    # meeting" (one with the talks in an expanded format that follow it)
    | (?:a|the)\ """
    + alternation(MEETING_FORMATS)
    + r"""\ meeting
    # a signing ceremony of people: "was signed in Lindor by A and B, in the presence of C"
    | (?:was|were)\ signed(?:\ (?:in|at)\ (?-i:[A-Z])[\w'’-]+)?\ by
      (?=[^.;]{0,200}\bin\ the\ presence\ of\b)
    # a courtesy call on someone, not an appeal ("called on the sides to sign ...")
    | (?:called|calls|paid\ a\ courtesy\ call)\ on(?![^.;]{0,80}\bto\ [a-z])
    | meet\ again(?!\ at\b)        # "will meet again next week in Tashkent" (not at an event)
    | held\ (?:political\ )?consultations                      # "held political consultations"
    # talks with a word or two of their manner: "held online talks", "had in-depth talks"
    | (?:held|holds|hold|had|have)\ (?:[a-z-]+\ ){1,2}(?:talks|negotiations)\b
    # "had a brief conversation with" (a telephone one is a call, below)
    | (?:had|held)\ an?\ (?!(?:tele)?phone\ )[a-z-]+\ conversation\b  # "… with", or of two
    # "held the third round of strategic dialogue": a round of a named format is a meeting
    # "the fifth round of strategic consultations", "… of border negotiations"
    # ("the second round of the strategic dialogue" is that dialogue's: ``kind_events``)
    | round\ of\ (?!the\ )(?:[a-z-]+\ ){0,2}(?:dialogue|talks|negotiations|consultations)
    | (?:political|bilateral|interministerial|inter-ministerial)\ consultations
    | held\ (?:their|its|a|the)\ (?:[\w-]+\ )?meeting\b(?!\ of)  # "held their 20th meeting"
    | (?:by\ |a\ |held\ a\ |via\ )?(?:video\ ?(?:conference|call|link)|teleconference)
    | virtual\ meeting | online\ meeting
    # "spoke with her counterpart X", "conferred with Minister Y": a conversation with someone
    # (not "spoke with reporters"; "spoke by phone with" is a call, below)
    | (?:spoke|speaks|talked|conferred)\ with
      (?=\s(?:the\s|his\s|her\s|their\s)?(?:(?-i:[A-Z])|counterpart|minister|president))
    # "are due to meet in Ankara", "will meet with": a meeting to come (not "to meet demand")
    | (?:will|would|are\ to|is\ to|due\ to|expected\ to|plan\ to|plans\ to|set\ to|agreed\ to)
      \ (?:also\ )?meet(?=\s(?:in\s(?-i:[A-Z])|on\s(?-i:[A-Z])|next\b|later\b|for\stalks\b))
    # "held a series of meetings with business leaders": one meeting told of
    | held\ a\ series\ of\ (?:[a-z-]+\ )?(?:meetings|talks|consultations)
    # "paid a courtesy visit to Minister X", "had an exchange of views with": a meeting
    | paid\ a\ courtesy\ visit\ to(?=\s(?:the\s|his\s|her\s)?(?:(?-i:[A-Z])|minister|president))
    | (?:had|held)\ an\ exchange\ of\ views\ with
    # "hosted the ...", "welcomed his counterpart": someone received
    | (?:meet|hosted|hosts|welcomed)
      (?=\s(?:the\s|a\s|his\s|her\s)?(?:(?-i:[A-Z])|counterpart|delegation))
    | (?:talks|negotiations|consultations)\ (?:were\ held|took\ place)  # "talks were held"
    | (?:a|the)\ meeting\ (?:was\ held|took\ place)            # "a meeting was held ... between"
    | (?:during|at)\ their\ (?:meeting|talks)                # "discussed ... during their meeting"
    | (?:following|after)\ their\ (?:talks|meeting|negotiations)  # "signed … following their
                                                             # talks", when none is told of
    # a call: kind "phone call"
    | (?P<call>(?:tele)?phone\ (?:call|conversation|talk)s?|conference\ call
      |(?:by|on\ the|over\ the)\ (?:tele)?phone                 # "spoke on the phone with"
      |(?:tele)?phoned(?=\s(?:the\s|his\s|her\s)?(?:(?-i:[A-Z])|counterpart))  # "telephoned X"
      |(?:(?<=in\ a\ )|(?<=ing\ a\ ))call(?=\ with\b)       # "in a call with", "during a call"
      # "had a call with", "a call between", "in a call initiated by the other side"
      |(?:(?<=ha[ds]\ a\ )|(?<=have\ a\ )|(?<=held\ a\ )|(?<=\ba\ ))call
        (?=\ (?:with|between)\b|,?\ (?:initiated|requested)\ by\b
          |\ (?:took\ place|was\ held)\b))                    # "a call took place between"
      (?:\ (?:in|on|at)\ (?-i:[A-Z])[\w'’-]+\ (?:between|with))?  # "... on Wednesday between"
    # a press conference: kind "press conference"
    | (?P<press>joint\ press\ conference|jointly\ met\ the\ press|press\ conference
      |(?:joint\ )?news\ conference                           # "told a news conference"
      |(?:joint\ |press\ )briefing)                            # "held a joint briefing"
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


# Words that tell of a meeting of its own, even with no one named: "also held a meeting with
# representatives of ..."; "during the meeting" only refers to one.
_ACTS = re.compile(
    r"held a meeting|holds a meeting|met|meet again|received|(?:tele)?phone|by (?:tele)?phone"
    r"|joint press|call"
    r"|jointly met|held (?:political )?consultations|(?:by |a |held a |via )?(?:video|tele)"
    r"|held (?:their|its|a|the) |spoke|speaks|talked|conferred|paid a courtesy"
    r"|(?:had|held) an ex|held a series"
    r"|(?:will|would|are to|is to|due to|expected to|plans? to|set to|agreed to) (?:also )?meet",
    re.IGNORECASE,
)


_OTHER_CLAUSE = re.compile(
    rf"""
      ,?\ and\ (?:the|a|an)\    # ", and the ...": a second clause
    | ;\                         # "...; ...": a second clause
    | \ (?:while|whereas)\       # a clause set against it
    | \ {alternation(OTHER_MATTER)}\b  # another matter: what was said, a gathering ahead
    """,
    re.VERBOSE,
)


def _other_clause(words: str, after: int) -> int | None:
    """Return where what follows ", and the ..." or "; ..." begins in ``words``: the clause of
    something else. "between the delegations of A and the B" goes on naming the same sides."""
    for found in _OTHER_CLAUSE.finditer(words, after):
        clause = words[words.rfind(",", 0, found.start()) + 1 : found.start()]
        if found.group().startswith(" and") and "between " in clause:
            continue
        return found.start()
    return None


def meetings(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Add a meeting, call or press conference for each sentence that says one took place,
    once for the same people (a later sentence with the place or date replaces an earlier one
    without)."""
    text = report.text
    seen: set[int] = set()
    by_surname = surnames(people)
    kinds = {e.kind for e in drafted}  # kept up to date below: one pass, not one a phrase
    for match in _MEETING.finditer(text, body):
        if _not_a_meeting(text, match, body, _kind(match) in kinds):
            continue
        index = report.sentences.index(match.start())
        sentence = report.sentence(match.start())
        if index in seen or sentence.end - sentence.start > 2000:
            continue
        seen.add(index)
        said = report.trimmed(sentence)
        words = report.cut(said)
        participants = participants_in(words, by_surname)
        event, unsure = meeting_of(report, match, said, published, kind=_kind(match))
        event.participants = participants
        position = placed(drafted, event, acts=_ACTS.match(match.group()) is not None)
        if position is None:
            continue
        kinds.add(event.kind)
        doubt_meeting(event, date_unsure=unsure)
        if event.kind != "meeting" and _AFTER_IT.search(words):
            _follow(drafted, position)
        elif event.kind == "meeting" and event.date is None and _SAME_DAY.search(words):
            _follow(drafted, position)  # "Later in the day, X held a meeting with Y"


def surnames(people: list[DraftPerson]) -> dict[str, str]:
    """Return the id of each person by the last word of their name, and by the first of a name
    written family name first ("Li Anmin": "Li")."""
    by_surname = {p.name.split()[-1]: p.id for p in people}
    for person in people:
        words = person.name.split()
        if len(words) >= 2 and family_first(words) and words[0] not in by_surname:
            by_surname[words[0]] = person.id
    return by_surname


def family_first(words: list[str]) -> bool:
    """Whether the name ``words`` is written family name first: a Chinese or Korean family name
    before a given name, or a Turkic or Slavic surname's ending on its first word only."""
    first, last = words[0], words[-1]
    if first in FAMILY_FIRST:
        return last not in FAMILY_FIRST
    return first.endswith(FAMILY_FIRST_ENDINGS) and not last.endswith(FAMILY_FIRST_ENDINGS)


def participants_in(words: str, by_surname: dict[str, str]) -> list[str]:
    """Return the ids of the people ``words`` name, by surname, once each, in order."""
    return list(dict.fromkeys(by_surname[w] for w in NAME_WORD.findall(words) if w in by_surname))


_FORMATS = tuple(f"{words} meeting" for words in MEETING_FORMATS)


def _not_a_meeting(text: str, match: re.Match[str], body: int, told: bool) -> bool:
    """Whether the meeting phrase ``match`` tells of no meeting of its own: "the proposal
    received broad support", "the Cooperation Committee meets in Brussels" (the named event),
    "After talks with Halász, ..." (the talks told of already, when any are)."""
    if match.group().lower().startswith("receive") and not _GUEST.match(text, match.end()):
        return True
    phrase = match.group().lower()
    if (phrase.endswith("meeting") and _OF_A_BODY.match(text, match.end())) or phrase.startswith(
        "held its "
    ):
        return True  # "held a meeting of the working group", "the … group held its meeting"
    before = max(body, match.start() - 20)
    if _NAMED_SUBJECT.search(text, before, match.start()):
        return True
    if _ROUND_OF.search(text, before, match.start()) or (
        phrase.startswith("round of") and _WHICH_ROUND.search(text, before, match.start())
    ):
        return True  # "the next round of political consultations": an unnamed event, below
    if _KIND_SUBJECT.search(text, max(body, match.start() - 60), match.start()):
        return True  # "the working group on transport met in Samara": that body's event
    # "The meeting took place in ...": the one told of, when one is
    again = phrase.startswith(("the meeting", "following their", "after their"))
    # "The conversation began with a tete-a-tete meeting": the format of the one told of
    again = again or phrase.endswith(_FORMATS)
    return told and (again or _TOLD_BEFORE.search(text, before, match.start()) is not None)


def _kind(match: re.Match[str]) -> str:
    if match.group("press"):
        return "press conference"
    return "phone call" if match.group("call") else "meeting"


# "Following the meeting, the ministers held a joint press conference": it follows the meeting
# before it, on its day and with its people (both listed for a person to confirm).
_AFTER_IT = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing) (?:the|their) (?:meeting|talks|negotiations)\b"
    r"|\bthe same day\b"
)


# "After talks with ...", "Following the talks with ...": a meeting told of before, not another
# "During the video conference between ...": the one told of, too
# "Prior to the telephone talk, … held a video conference": the call told of, the conference new
_TOLD_BEFORE = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing)\s(?:the\s|their\s|his\s|her\s)?\Z"
    r"|\b(?:[Dd]uring|[Pp]rior\sto|[Bb]efore)\s(?:the|their)\s\Z"
)


_SAME_DAY = re.compile(r"\b(?:[Ll]ater in the day|[Tt]he same day|[Oo]n the same day)\b")


def _follow(drafted: list[DraftEvent], position: int) -> None:
    """Give the event at ``position`` the date and people of the meeting before it."""
    event = drafted[position]
    meeting = next(
        (e for e in reversed(drafted[max(0, position - 20) : position]) if e.kind == "meeting"),
        None,
    )
    if meeting is None:
        return
    if event.date is None and meeting.date is not None:
        event.date = meeting.date
        event.doubt("date", "the date of the meeting it follows")
    if not event.participants and meeting.participants:
        event.participants = list(meeting.participants)
        event.doubt("participants", "the people of the meeting it follows")


# "the next round of political consultations" (an unnamed event, below); "the 7th round of
# political consultations was held" is the meeting itself
_ROUND_OF = re.compile(r"\b(?i:next|previous|last|following|upcoming)\s(?:[\w-]+\s)?round of\s\Z")


# Before "round of talks" itself: "The next round of talks will be held in Lindor" (drafted once,
# by ``unnamed_events``).
_WHICH_ROUND = re.compile(r"\b(?i:next|previous|last|following|upcoming)\s(?:[\w-]+\s)?\Z")


# After "held a meeting": " of the working group", " of the Intergovernmental Commission".
_OF_A_BODY = re.compile(r"\sof\s(?:the|its|their)\s(?!" + alternation(WHO_MEET) + r"\b)")


# An event named by its kind, then its complement, as the subject: "the working group on
# transport met", "the business council meets".
_KIND_SUBJECT = re.compile(
    r"\b(?:"
    + trie(KIND_WORDS)  # a tree, so that only the kind words of its first letter are tried
    + r"|(?i:"
    + caseless_trie(KIND_WORDS_ANY_CASE)
    + r"))(?:\s(?:on|of)(?:\s[\w'’-]+){1,6})?"
    # ", which met in", ", which first met in", ", which will meet in"
    + r"(?:,\s(?:which|that)(?:\s(?:first|last|previously|already|also|recently|will|would"
    # ", which is due to meet in": the phrase read from "due to meet"
    + r"|is\sdue\sto|is\sto|is\sexpected\sto|is\sscheduled\sto|is|are))?)?"
    + r"\s\Z"
)


_NAMED_SUBJECT = re.compile(r"\b(?:" + "|".join(sorted(EVENT_WORDS)) + r")\s\Z")


# a word of a name, without a possessive: "O'Brien", "Öztürk" in "Öztürk's"
_GUEST = re.compile(
    # "received at the Oguz Palace a delegation", "received in Lindor the …"
    r"(?:\s(?:at|in)\s(?:the\s)?(?:St\.\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,4})?"
    r"\s(?:the\s|a\s|an\s)?(?:newly[\s-]appointed\s|new\s|visiting\s|outgoing\s)?"
    r"(?:[A-Z]|delegation|representatives|members|ambassador|minister"
    r"|head|chairman|president|governor|envoy|deputy|his|her)"
)


NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+|['’][^\W\d_]{2,})*")


def meeting_of(
    report: Report,
    match: re.Match[str],
    said: Span,
    published: dt.date | None,
    *,
    kind: str,
) -> tuple[DraftEvent, bool]:
    """Return the meeting the sentence ``said`` tells of, and whether its date is unsure."""
    words = report.cut(said)
    event = DraftEvent(
        id=report.new_id("meeting" if kind == "meeting" else kind),
        kind=kind,
        quote=words,
        told_at=said.start,
    )
    after = match.end() - said.start
    # what follows ", and the ..." or "; ..." tells of something else
    other = _other_clause(words, after)
    words = words[:other] if other is not None else words
    timing = TIMING.search(words, max(0, match.start() - said.start - 200))
    unsure = timing is not None and dated(event, timing.group(0), published, future=False)
    event.place = place_after(words, after)
    at = match.start() - said.start
    # the words of its own clause before it: not "... will have a full agenda," X said after talks
    lead = max(at - 60, *(words.rfind(mark, 0, at) for mark in ',"”;'))
    if FUTURE.search(words, max(0, lead), after):
        event.status = "upcoming"
    if published is not None and event.date is not None and event.date > published:
        event.status = "upcoming"  # dated after the report: announced, not held
        unsure = True
    return event, unsure


def doubt_meeting(event: DraftEvent, *, date_unsure: bool) -> None:
    """List what a meeting's sentence leaves open: its name always, its place if unstated, its
    status if announced, its date if worked out rather than stated."""
    event.doubt("name", "a meeting has no name of its own: the reader's to give")
    if event.kind in ("meeting", "phone call") and not event.participants:
        event.doubt("participants", "no clause names who met: the reader's to give")
    if event.place is None:
        event.doubt("place", "its sentence names no place")
    elif event.kind == "phone call":
        # "X, who is in Seoul": where one side was; a call joins two places
        event.doubt("place", "a call joins two places: the one named may be one side's")
    if event.status == "upcoming":
        event.doubt("status", "told of as to come: confirm it has not taken place")
    if date_unsure:
        event.doubt("date", "worked out from a weekday, a day without a year or the report's date")
