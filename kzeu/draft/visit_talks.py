"""Talks a sentence tells of in the passive, their parties named in the visit told just before
("At the invitation of President X, President Y paid an official visit to Lanka. Talks were
held in narrow and extended formats"): a meeting of the people the visit's sentence names,
unless a meeting of them, or one told of close before, is drafted already. And talks at a
venue of several capitalised words ("after talks at Lancaster House between X and Y", "talks at
the Ak Orda Palace with"), which the meetings stage reads only after a one-word place."""

from __future__ import annotations

import datetime as dt
import re

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.meetings import doubt_meeting, meeting_of, participants_in, surnames
from kzeu.draft.report import Report

_PASSIVE_TALKS = re.compile(
    r"\b(?:[Tt]alks|[Nn]egotiations)\s(?:were|have\sbeen)\s(?:held|conducted)\b"
    r"|\b(?:[Tt]he\s)?(?:[Tt]alks|[Nn]egotiations)\stook\splace\b"
)
# "talks at Lancaster House between", "talks in the Blue Hall with": a venue of two to four
# capitalised words (a bounded run: linear)
_TALKS_AT_VENUE = re.compile(
    r"\btalks\s(?:at|in)\s(?:the\s)?(?:[A-Z][\w'’-]*\s){1,3}[A-Z][\w'’-]*\s(?:between|with)\b"
)
# a visit told in the sentence before: whose parties the talks are
_VISIT = re.compile(r"\b(?:visit|invitation|arrived)\b")
_CLOSE = 600  # characters before the talks within which a meeting drafted is the same


def visit_talks(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Give the meeting that passive talks tell of after a visit the visit's people, or add it
    when no stage drafted it."""
    by_surname = surnames(people)
    text = report.text
    for match in _PASSIVE_TALKS.finditer(text, body):
        sentence = report.sentence(match.start())
        said = report.trimmed(sentence)
        if participants_in(report.cut(said), by_surname):
            continue  # its own sentence names its people: the meetings stage's
        whom = _visitors(report, sentence.start, body, by_surname)
        if len(whom) < 2 or any(set(whom) <= set(e.participants or ()) for e in drafted):
            continue
        unnamed = [
            e
            for e in drafted
            if e.kind == "meeting"
            and not e.participants
            and sentence.start <= e.told_at
            and e.told_at < sentence.end
        ]
        if any(
            e.kind == "meeting" and match.start() - _CLOSE <= e.told_at < sentence.start
            for e in drafted
        ):
            continue  # "X held talks with Y. The talks were held one on one": told already
        if unnamed:
            event = unnamed[0]
        else:
            event, unsure = meeting_of(report, match, said, published, kind="meeting")
            drafted.append(event)
            doubt_meeting(event, date_unsure=unsure)
        event.participants = whom
        event.unsure.pop("participants", None)
        event.doubt("participants", "the people of the visit told before the talks: confirm")


def _visitors(report: Report, at: int, body: int, by_surname: dict[str, str]) -> list[str]:
    """The people of a visit told in the sentence before offset ``at``, else none."""
    end = at
    while end > body and report.text[end - 1].isspace():
        end -= 1
    if end <= body:
        return []
    before = report.sentence(end - 1)
    told = report.text[before.start : before.end]
    return participants_in(told, by_surname) if _VISIT.search(told) else []


def venue_talks(
    report: Report,
    body: int,
    people: list[DraftPerson],
    published: dt.date | None,
    drafted: list[DraftEvent],
) -> None:
    """Add the meeting that talks at a venue of several words tell of, with the people of its
    sentence, unless a meeting of them is drafted already."""
    by_surname = surnames(people)
    for match in _TALKS_AT_VENUE.finditer(report.text, body):
        said = report.trimmed(report.sentence(match.start()))
        whom = participants_in(report.text[match.start() : said.end], by_surname)
        if len(whom) < 2 or any(set(whom) <= set(e.participants or ()) for e in drafted):
            continue
        event, unsure = meeting_of(report, match, said, published, kind="meeting")
        event.participants = whom
        event.place = None  # the venue's first word is no city: the later stages place it
        drafted.append(event)
        doubt_meeting(event, date_unsure=unsure)
