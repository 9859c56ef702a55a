"""Who an event's clause names by title only ("The prime minister also held a meeting with …",
"the Chargé d'Affaires and the Minister held a bilateral meeting"): the heads of the drafted
people's titles, who holds each, and the one holder of each head the clause names."""

from __future__ import annotations

import re
from typing import NamedTuple

from kzeu.draft.drafted import DraftEvent, DraftPerson
from kzeu.draft.lexicon import alternation

# Where a title's head ends: "Minister| of Energy", "Chargé d'Affaires| a.i.", "Ambassador| to …".
_TITLE_END = re.compile(r",| (?:of|to|in|for|at|a\.i\.)(?: |$)")


class Titles(NamedTuple):
    """Each title's head in lower case ("prime minister", "deputy minister") -> the ids of the
    people who hold it, and the pattern that finds "the <head>" in a clause."""

    ids: dict[str, list[str]]
    pattern: re.Pattern[str] | None


def holders_by_title(people: list[DraftPerson]) -> Titles:
    """Return the heads of the people's titles, and who holds each."""
    held: dict[str, dict[str, None]] = {}  # each head's holders, in order, each once
    for person in people:
        for title in person.titles:
            head = _TITLE_END.split(title, maxsplit=1)[0].strip().casefold()
            if head and head != person.name.casefold():
                held.setdefault(head, {})[person.id] = None
    holders = {head: list(ids) for head, ids in held.items()}
    if not holders:
        return Titles(holders, None)
    # "the minister", not "the minister of energy of …" (another's title) nor "the minister's"
    pattern = re.compile(
        r"\bthe (" + alternation(holders) + r")\b(?! of\b)(?!['’]s)", re.IGNORECASE
    )
    return Titles(holders, pattern)


def participants_by_title(event: DraftEvent, holders: Titles) -> None:
    """Give an event whose clause names its people only by title ("The prime minister also held
    a meeting with …", "the Chargé d'Affaires and the Minister held a bilateral meeting") the
    one person who holds each title (listed); a title two people hold names no one."""
    if holders.pattern is None:
        return
    found: list[str] = []
    for match in holders.pattern.finditer(event.quote):
        ids = holders.ids[match.group(1).casefold()]
        if len(ids) == 1 and ids[0] not in found:
            found.append(ids[0])
    if found:
        event.participants = found
        event.unsure["participants"] = "named by title only: the one person who holds it: confirm"
