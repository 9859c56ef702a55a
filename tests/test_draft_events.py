"""Events as reports name them (issue 22): the meeting from the clause that names it, events
named by their kind with a status from their words, meetings named by a phrase, once each."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from kzeu.draft import draft, draft_facts
from kzeu.draft.lexicon.events import KIND_WORDS
from kzeu.models import FactsFile
from kzeu.render import json_document
from tests.helpers import listed


def drafted(text: str) -> dict[str, Any]:
    """Return the draft of ``text`` as ``kzeu draft`` writes it, after proving it loads."""
    document = json_document(draft(text))
    FactsFile.model_validate_json(document)
    data: dict[str, Any] = json.loads(document, parse_float=Decimal)
    return data


STATEMENT_FIRST = (
    "ASTANA, 19 February 2025 – Trade between Kazakhstan and Vietnam reached $1.4 billion last"
    " year, the press service said on Wednesday.\n\nThe figures were made public after talks in"
    " Astana on Tuesday between Vice Minister of Trade Dauren Ospanov and Deputy Minister of"
    " Industry Ali Demir.\n"
)


def test_the_meeting_is_the_clause_that_names_it_not_the_opening_statement() -> None:
    data = drafted(STATEMENT_FIRST)
    (meeting,) = data["events"]
    assert data["meeting"] == meeting["id"]
    assert meeting["quote"].startswith("The figures were made public after talks in Astana")
    assert "reached $1.4 billion" not in meeting["quote"]
    assert meeting["participants"] == ["dauren-ospanov", "ali-demir"]
    assert (meeting["place"], meeting["date"]) == ("Astana", "2025-02-18")
    assert "meeting" not in listed(data)  # the file is about a meeting the text tells of


def test_a_meeting_no_clause_names_is_drafted_with_its_participants_listed_and_why() -> None:
    facts = draft_facts(
        "ASHGABAT, 18 May 2023 – Talks between the delegations of Turkmenistan and the"
        " Sultanate of Oman were held yesterday at the Ministry of Foreign Affairs.\n"
    )
    (meeting,) = facts.events
    assert (meeting.kind, meeting.participants, meeting.status) == ("meeting", [], "held")
    assert meeting.date is not None
    assert meeting.date.isoformat() == "2023-05-17"
    assert facts.reasons()["events[0].participants"] == (
        "no clause names who met: the reader's to give"
    )


@pytest.mark.parametrize("word", sorted(KIND_WORDS))
def test_every_kind_word_of_the_lexicon_names_an_event_with_its_place(word: str) -> None:
    data = drafted(
        f"RIGA, 3 May 2025 – The ministers agreed that a joint {word} in Novara will be held."
    )
    (event,) = data["events"]
    assert (event["name"], event["kind"]) == (f"joint {word}", KIND_WORDS[word])
    assert (event["place"], event["status"]) == ("Novara", "upcoming")
    assert "events[0].status" in listed(data)  # read from words: to confirm


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("Officials are preparing for the upcoming regional water summit", "upcoming"),
        ("The regional water summit will be held in Khujand", "upcoming"),
        ("The sides agreed to hold a regional water summit", "upcoming"),
        ("The regional water summit, which took place in Khujand, ended", "held"),
        ("The regional water summit was held in Khujand", "held"),
        ("We recently held a regional water summit", "held"),
    ],
)
def test_a_status_comes_from_the_nearest_words_of_time(words: str, status: str) -> None:
    data = drafted(f"RIGA, 3 May 2025 – {words}.")
    assert [(e["name"], e["status"]) for e in data["events"]] == [("regional water summit", status)]


@pytest.mark.parametrize(
    "text",
    [
        "Novak proposed setting up a working group on transit tariffs.",  # set up: no event
        "The three-day conference ended on Friday.",  # the one told of: no name of its own
        "The commission will have a full agenda.",  # a bare kind word refers back
    ],
)
def test_a_kind_word_without_what_sets_an_event_apart_drafts_none(text: str) -> None:
    data = drafted(f"RIGA, 3 May 2025 – {text}")
    assert [e["kind"] for e in data["events"]] == ["meeting"]  # only the placeholder
    assert data["events"][0]["name"] == ""
    assert "events[0].status" in listed(data)


def test_a_meeting_on_the_sidelines_is_listed_at_the_other_event() -> None:
    data = drafted(
        "The Riga Investment Forum opened in Riga on 14 May 2025. On the sidelines of the Forum,"
        " Minister Nurbol Sarsenov met with Minister Otabek Ruziev."
    )
    meeting, forum = data["events"]
    assert forum["name"] == "Riga Investment Forum"
    assert meeting["date"] == forum["date"] == "2025-05-14"
    assert meeting["place"] == forum["place"] == "Riga"  # its quote widened back to "in Riga"
    assert meeting["quote"].startswith("Riga on 14 May 2025. On the sidelines")
    facts = draft_facts(
        "The Riga Investment Forum opened in Riga on 14 May 2025. On the sidelines of the Forum,"
        " Minister Nurbol Sarsenov met with Minister Otabek Ruziev."
    )
    assert facts.reasons()["events[0].place"] == (
        "met on the sidelines of the Riga Investment Forum, in Riga: confirm"
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "At a meeting with his counterpart Minister Ali Demir, Minister Jan Novak said",
        "After talks with Minister Ali Demir, Minister Jan Novak said",
        "During a telephone conversation with Minister Ali Demir, Minister Jan Novak said",
        "Minister Jan Novak spoke on the phone with Minister Ali Demir and said",
        "In a call with Minister Ali Demir, Minister Jan Novak said",
        "Minister Jan Novak was received by Minister Ali Demir and said",
    ],
)
def test_a_meeting_named_by_a_phrase_is_one_meeting_of_its_people(phrase: str) -> None:
    data = drafted(f"RIGA, 3 May 2025 – {phrase} that trade grew. Novak and Demir also spoke.")
    (meeting,) = data["events"]
    assert meeting["kind"] in ("meeting", "phone call")
    assert sorted(meeting["participants"]) == ["ali-demir", "jan-novak"]
    assert sorted(p["id"] for p in data["people"]) == ["ali-demir", "jan-novak"]


# Issue 18: "A was received by B", "B received A" and "held talks with" are meetings of both,
# named after their surnames when they have no name of their own, placed by the dateline only
# when the report places them nowhere else (and then listed).
@pytest.mark.parametrize(
    "sentence",
    [
        "Deputy Minister Aset Tulegenov was received by Prime Minister Farid Osman.",
        "Prime Minister Farid Osman received Deputy Minister Aset Tulegenov.",
        "Deputy Minister Aset Tulegenov held talks with Prime Minister Farid Osman.",
    ],
)
def test_a_meeting_is_named_after_its_participants_surnames(sentence: str) -> None:
    data = drafted(sentence + "\n")
    (meeting,) = data["events"]
    people = {p["id"]: p["name"] for p in data["people"]}
    names = [people[i] for i in meeting["participants"]]
    assert sorted(names) == ["Aset Tulegenov", "Farid Osman"]
    surnames = [name.split()[-1] for name in names]
    assert meeting["name"] == "–".join(surnames) + " meeting"
    assert meeting["id"] == "-".join(s.lower() for s in surnames) + "-meeting"
    assert data["meeting"] == meeting["id"]
    index = data["events"].index(meeting)
    assert f"events[{index}].name" in listed(data)


def test_a_name_written_surname_first_gives_its_first_word_and_a_particle_stays() -> None:
    data = drafted(
        "Orazov Kerim, Deputy Chairman of the Cabinet of Ministers, met Minister Khalid Al"
        " Mansoori. Orazov said trade had grown.\n"
    )
    assert [e["name"] for e in data["events"]] == ["Orazov–Al Mansoori meeting"]


def test_a_meeting_placed_nowhere_else_is_placed_by_the_dateline_and_listed() -> None:
    facts = draft_facts(
        "ANKARA – Foreign Minister Kerem Öztürk held talks with his Omani counterpart Salim"
        " Al-Harthi on Tuesday.\n"
    )
    (meeting,) = facts.events
    assert meeting.place == "Ankara"
    assert meeting.quote.startswith("ANKARA – Foreign Minister Kerem Öztürk held talks")
    assert meeting.unsure["place"].startswith("placed only by the dateline (Ankara)")
    data = drafted(
        "ANKARA – Foreign Minister Kerem Öztürk held talks with his Omani counterpart Salim"
        " Al-Harthi on Tuesday.\n"
    )
    assert data["events"][0]["place"] == "Ankara"
    assert "events[0].place" in listed(data)


def test_a_meeting_told_far_from_the_dateline_names_its_city_only_in_the_reason() -> None:
    facts = draft_facts(
        "ANKARA – Trade between Türkiye and Oman grew by 12% last year, the ministry said.\n\n"
        "Foreign Minister Kerem Öztürk held talks with his Omani counterpart Salim Al-Harthi.\n"
    )
    (meeting,) = facts.events
    assert meeting.place is None
    assert "dateline (Ankara)" in meeting.unsure["place"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Kerem Öztürk held talks in Muscat with Salim Al-Harthi.",
        "Foreign Minister Kerem Öztürk held a video conference with Salim Al-Harthi.",
    ],
)
def test_the_dateline_never_places_a_meeting_placed_or_held_at_a_distance(sentence: str) -> None:
    (meeting,) = draft_facts("ANKARA – " + sentence + "\n").events
    assert meeting.place in ("Muscat", None)
    assert "dateline" not in meeting.unsure.get("place", "")


def test_an_event_nothing_else_places_takes_the_city_its_name_bears_listed() -> None:
    data = drafted(
        "Foreign Minister Kerem Öztürk met Salim Al-Harthi in Doha. He was invited to attend"
        " the Doha Forum.\n"
    )
    forum = next(e for e in data["events"] if e["name"] == "Doha Forum")
    assert forum["place"] == "Doha"
    assert f"events[{data['events'].index(forum)}].place" in listed(data)


def test_a_place_after_an_event_named_by_its_kind_is_read_whole() -> None:
    # the place starts within 50 characters of the name and ends past them: it was cut to
    # "Hano" (a value its quote does not state) when the search stopped at 50
    data = drafted(
        "The sides agreed on the agenda of the next session of the joint commission on trade and"
        "  economic cooperation, which will be held in Hanoi in the autumn.\n"
    )
    (commission,) = [e for e in data["events"] if e["kind"] == "commission"]
    assert commission["place"] == "Hanoi"
